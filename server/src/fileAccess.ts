// Which files smtp/summarizeFile may read. A path comes from the client, and the client may have it from a
// command argument or a link rather than from the person, so the server reads only a file inside a
// workspace folder, or one the person picked in the client's own file dialog, and never a system file
// (/proc/self/environ once came back as a reply pattern of the summary). Decided on the real path: a
// symlink inside a folder that points out of it leads out of it.
import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Roots of system files that are no logs (process memory and environment, kernel state, devices). */
const SYSTEM_ROOTS = ['/proc', '/sys', '/dev'];

export type FileAccess =
  | { allowed: true; realPath: string }
  | { allowed: false; reason: 'system' | 'outside' }
  | { allowed: false; reason: 'unreadable'; code: string | undefined };

/** The local paths of workspace folder URIs (file: only; anything else is skipped). */
export function folderPaths(uris: Iterable<string>): string[] {
  const out: string[] = [];
  for (const uri of uris) {
    try {
      if (uri.startsWith('file:')) out.push(fileURLToPath(uri));
    } catch {
      // a malformed uri names no folder
    }
  }
  return out;
}

function isSystemPath(path: string): boolean {
  return process.platform !== 'win32' && SYSTEM_ROOTS.some((root) => isWithin(root, path));
}

function isWithin(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/**
 * Whether `path` may be read: its real path is no system file, and lies inside the real path of one of
 * `folders`, unless `picked` (the person chose it in the client's file dialog).
 */
export async function checkFileAccess(path: string, folders: readonly string[], picked: boolean): Promise<FileAccess> {
  let realPath: string;
  try {
    realPath = await realpath(path);
  } catch (e) {
    // Whether a path outside the folders exists is none of the client's business: the same refusal as
    // for a file that exists there. Only a path that is inside by its name gets the reason it cannot be read.
    const named = resolve(path);
    if (isSystemPath(named)) return { allowed: false, reason: 'system' };
    if (!picked && !folders.some((folder) => isWithin(resolve(folder), named))) return { allowed: false, reason: 'outside' };
    return { allowed: false, reason: 'unreadable', code: (e as NodeJS.ErrnoException)?.code };
  }
  if (isSystemPath(realPath)) return { allowed: false, reason: 'system' };
  if (picked) return { allowed: true, realPath };
  for (const folder of folders) {
    let realFolder: string;
    try {
      realFolder = await realpath(folder);
    } catch {
      continue;
    }
    if (isWithin(realFolder, realPath)) return { allowed: true, realPath };
  }
  return { allowed: false, reason: 'outside' };
}
