// What the client reads as a code: typed input, a selection, the word under the cursor. Pure (no `vscode`),
// built on the core's shape rules, so the picker, the context key and the webview agree with the server.
import { BASIC_CODE, ENHANCED_CODE, parseCodeQuery } from '../../server/src/core/codes';
import { MAX_CODE_INPUT } from './compare/messages';

/**
 * "451", "4.7.1", "451 4.7.1" (also "451-4.7.1", "X.7.1") in the one spelling the server and the panel title
 * use; undefined when the input is not a code of valid shape.
 */
export function normalizeCode(input: string): string | undefined {
  if (input.length > MAX_CODE_INPUT) return undefined;
  const q = parseCodeQuery(input);
  if (!q) return undefined;
  return [q.code, q.enhanced].filter((p) => p !== null).join(' ');
}

// Candidates only; the shape regexes from core decide. Digits and dots around a match make it part of
// something else (an IP address, a version, a longer number).
const CANDIDATE = /[245]\.\d{1,3}\.\d{1,3}|[2-5]\d\d/g;

/** The code under (or just after) `character` in `line`, or undefined. Scans only the candidates near it. */
export function codeAt(line: string, character: number): { code: string; start: number; end: number } | undefined {
  // A code is at most 11 characters long: look at a small window, never the whole (possibly huge) line.
  const from = Math.max(0, character - 12);
  const window = line.slice(from, character + 12);
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(window); m !== null; m = CANDIDATE.exec(window)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (character < start || character > end) continue;
    const before = line.charAt(start - 1);
    const after = line.charAt(end);
    const afterNext = line.charAt(end + 1);
    if (/[\d.]/.test(before) || /\d/.test(after) || (after === '.' && /\d/.test(afterNext))) continue;
    if (BASIC_CODE.test(m[0]) || ENHANCED_CODE.test(m[0])) return { code: m[0], start, end };
  }
  return undefined;
}
