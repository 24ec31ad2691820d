// What the unit tests share: where the repository and the shared data are, one CSV reader, and the rule
// for a check whose input lives outside the repository (fail under CI=true, skip loudly elsewhere).
// Not a test file itself (esbuild bundles it into each test that imports it).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TestContext } from 'node:test';

/** The folder holding package.json, found by walking up from the running (bundled or source) file. */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'server', 'src'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json with server/src in any folder above ${from}`);
  }
}

/** The repository root. */
export const ROOT = findRoot(__dirname);

/** The shared data folder: SMTP_SHARED_DATA, else ../shared/data beside the repository. */
export const sharedDataDir = process.env.SMTP_SHARED_DATA || join(ROOT, '..', 'shared', 'data');

/** A file of the shared data folder, e.g. sharedData('iana-smtp-enhanced-status-codes-3.csv'). */
export function sharedData(name: string): string {
  return join(sharedDataDir, name);
}

/** The labelled corpus: SMTP_CORPUS, else ../shared/corpus beside the repository. */
export const corpusDir = process.env.SMTP_CORPUS || join(ROOT, '..', 'shared', 'corpus');

/** True under CI=true, where a check that cannot run is a failure, not a skip. */
export const inCI = process.env.CI === 'true';

/**
 * Whether `path` (a shared data file, the corpus, an installed tool) is there for this test. When it is
 * not: under CI=true the test fails; otherwise it is skipped with a message on stderr that names the
 * path, so a green run without the data does not pass for a run that checked it.
 * Use as `if (!requireShared(t, path)) return;`.
 */
export function requireShared(t: TestContext, path: string, hint = hintFor(path)): boolean {
  if (existsSync(path)) return true;
  const what = `${path} is not present (${hint})`;
  if (inCI) assert.fail(`${what}; under CI=true this check must run`);
  process.stderr.write(`\n*** SKIPPED "${t.name}": ${what}. It did not run. ***\n`);
  t.skip(what);
  return false;
}

function hintFor(path: string): string {
  if (path.startsWith(sharedDataDir)) return `SMTP_SHARED_DATA names the shared data folder, now ${sharedDataDir}`;
  if (path.startsWith(corpusDir)) return `SMTP_CORPUS names the corpus folder, now ${corpusDir}`;
  return 'needed by this check';
}

/**
 * RFC 4180 CSV into rows of fields. A quoted field may hold commas, line breaks and "" for a quote; a quote
 * inside an unquoted field is kept as a character. Line ends are LF, CRLF or CR; a leading BOM is dropped;
 * rows whose fields are all blank are left out.
 */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStart = true;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStart = true;
  };
  const endRow = () => {
    endField();
    if (row.some((f) => f.trim() !== '')) rows.push(row);
    row = [];
  };
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else {
      field += c;
      fieldStart = false;
    }
  }
  assert.ok(!quoted, 'CSV ends inside a quoted field');
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** CSV rows as records keyed by the header row's names. */
export function readCsvRecords(text: string): Array<Record<string, string>> {
  const [header = [], ...rows] = readCsv(text);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
