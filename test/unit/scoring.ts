// Scoring shared by the recognizer's evaluations (conformance.test.ts over the corpus, holdout.test.ts and
// holdout2.test.ts and holdout3.test.ts over the held-out sets): items are (file, line, code) where the codes are the basic and
// enhanced codes on that line, and a finding that only repeats a delivery-status field (statusField, no basic
// code, on a line without a reply) is kept apart from them. Each test keeps its own folder, targets and asserts.
// Not a test file itself (esbuild bundles it into each test that imports it).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scanText } from '../../server/src/core/scanner';

/** "file\tline\tcode" */
export type Item = string;

export interface Score {
  tp: number;
  fp: number;
  fn: number;
}

export const precision = (s: Score) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
export const recall = (s: Score) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
/** " 97.5%" */
export const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;

/** The "file\tline" key of an item. */
export function lineKey(it: Item): string {
  const [file, line] = it.split('\t');
  return `${file}\t${line}`;
}

export interface ScannedFile {
  /** The items of lines with a reply. */
  reply: Set<Item>;
  /** The items of status-field findings alone on a line without a reply. */
  status: Set<Item>;
  /** How many findings were status fields alone on their line (with or without an enhanced code). */
  unscored: number;
  /** The file's lines, for listing. */
  lines: string[];
}

/** The recognizer's items for one file's text, the status-field findings apart. */
export function scanItems(file: string, text: string): ScannedFile {
  const findings = scanText(text);
  const withReply = new Set<number>();
  for (const f of findings) if (f.code !== null) withReply.add(f.line);
  const reply = new Set<Item>();
  const status = new Set<Item>();
  let unscored = 0;
  for (const f of findings) {
    const line = f.line + 1;
    if (f.statusField && f.code === null && !withReply.has(f.line)) {
      unscored++;
      if (f.enhanced) status.add(`${file}\t${line}\t${f.enhanced}`);
      continue;
    }
    if (f.code) reply.add(`${file}\t${line}\t${f.code}`);
    if (f.enhanced) reply.add(`${file}\t${line}\t${f.enhanced}`);
  }
  return { reply, status, unscored, lines: text.split(/\r\n|\n|\r/) };
}

/** Findings against labels by tp and fp only (fn stays 0): for a convention that has no misses to count. */
export function scoreFindings(found: ReadonlySet<Item>, truth: ReadonlySet<Item>): Score {
  const s: Score = { tp: 0, fp: 0, fn: 0 };
  for (const it of found) {
    if (truth.has(it)) s.tp++;
    else s.fp++;
  }
  return s;
}

/** Findings against labels, fn counting the labels not found. */
export function scoreAll(found: ReadonlySet<Item>, truth: ReadonlySet<Item>): Score {
  const s = scoreFindings(found, truth);
  for (const it of truth) if (!found.has(it)) s.fn++;
  return s;
}

export interface ListOptions {
  /** Longer line texts are cut here, with "...". */
  width?: number;
  /** At most this many lines are listed... */
  limit?: number;
  /** ...and then "... N more <label> lines <moreHint>". */
  moreHint?: string;
}

/** Prints items grouped by line with the line's text: "FP file:12 [550,5.1.1] text", by file and line. */
export function listItems(label: string, items: Item[], text: Map<string, string[]>, options: ListOptions = {}): void {
  const { width = 220, limit = Infinity, moreHint = '' } = options;
  const byLine = new Map<string, string[]>();
  for (const it of items) {
    const [file, line, code] = it.split('\t');
    const key = `${file}:${line}`;
    if (!byLine.has(key)) byLine.set(key, []);
    byLine.get(key)!.push(code);
  }
  const keys = [...byLine.keys()].sort((a, b) => {
    const [fa, la] = a.split(':');
    const [fb, lb] = b.split(':');
    return fa === fb ? Number(la) - Number(lb) : fa < fb ? -1 : 1;
  });
  let shown = 0;
  for (const key of keys) {
    if (shown++ >= limit) {
      console.log(`    ... ${byLine.size - limit} more ${label} lines ${moreHint}`.trimEnd());
      break;
    }
    const [file, line] = key.split(':');
    const t = text.get(file)?.[Number(line) - 1] ?? '';
    console.log(`    ${label} ${key} [${byLine.get(key)!.join(',')}] ${t.length > width ? t.slice(0, width) + '...' : t}`);
  }
}

// ---- Held-out sets: a folder of log files with GROUND_TRUTH.tsv, STATUS_FIELDS.tsv and AMBIGUOUS.tsv. ----

const NOT_FIXTURES = new Set(['GROUND_TRUTH.tsv', 'STATUS_FIELDS.tsv', 'AMBIGUOUS.tsv', 'README.md']);
const FILE_COLUMN = 46;

export interface HoldoutSet {
  dir: string;
  /** The reply items GROUND_TRUTH.tsv labels. */
  truth: Set<Item>;
  /** The status-field items STATUS_FIELDS.tsv labels that the recognizer is meant to report. */
  statusTruth: Set<Item>;
  /** "file\tline" keys of lines where either labelling is defensible, with why. */
  ambiguous: Map<string, string>;
  /** The log files of the folder, sorted. */
  files: string[];
}

function rows(dir: string, name: string): string[][] {
  return readFileSync(join(dir, name), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((r) => r.trim() !== '')
    .map((r) => r.split('\t'));
}

function readTruth(dir: string): Set<Item> {
  const items = new Set<Item>();
  for (const [file, line, codes = '', enhanced = ''] of rows(dir, 'GROUND_TRUTH.tsv')) {
    for (const c of [...codes.split(','), ...enhanced.split(',')]) {
      if (c.trim()) items.add(`${file}\t${line}\t${c.trim()}`);
    }
  }
  return items;
}

/**
 * The status-field labels the recognizer is meant to report. A success status alone on its line (Sendmail
 * "dsn=2.0.0, stat=Sent" for a local delivery, with no reply) is a delivery record's bookkeeping, deliberately
 * not a finding (nothing there for a person to act on), so such labels are skipped rather than scored as
 * misses. A class-2 status beside a reply on the same line stays: it is that reply's status.
 */
function readStatusFields(dir: string, replyLines: ReadonlySet<string>): Set<Item> {
  const items = new Set<Item>();
  for (const [file, line, enhanced = ''] of rows(dir, 'STATUS_FIELDS.tsv')) {
    for (const c of enhanced.split(',')) {
      const code = c.trim();
      if (!code) continue;
      if (code.startsWith('2.') && !replyLines.has(`${file}\t${line}`)) continue;
      items.add(`${file}\t${line}\t${code}`);
    }
  }
  return items;
}

function readAmbiguous(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(join(dir, 'AMBIGUOUS.tsv'))) return out;
  for (const [file, line, why = ''] of rows(dir, 'AMBIGUOUS.tsv')) out.set(`${file}\t${line}`, why);
  return out;
}

/** Reads a held-out set's labels and lists its log files (the folder and GROUND_TRUTH.tsv must exist). */
export function readHoldoutSet(dir: string): HoldoutSet {
  const truth = readTruth(dir);
  const statusTruth = readStatusFields(dir, new Set([...truth].map(lineKey)));
  const ambiguous = readAmbiguous(dir);
  const files = readdirSync(dir)
    .filter((f) => !NOT_FIXTURES.has(f) && statSync(join(dir, f)).isFile())
    .sort();
  return { dir, truth, statusTruth, ambiguous, files };
}

/** The files the labels name, in label order (with repeats). */
export function labelledFiles(set: HoldoutSet): string[] {
  return [...set.truth, ...set.statusTruth].map((it) => it.split('\t')[0]);
}

export interface HoldoutResult {
  /** The asserted figure: reply items, ambiguous lines left out. */
  total: Score;
  /** Status-field findings against STATUS_FIELDS.tsv, ambiguous lines left out. */
  statusScore: Score;
  scannedReply: Set<Item>;
  scannedStatus: Set<Item>;
}

/**
 * Scans every file of the set, scores it, and prints the per-file table, the status-field score and the
 * misses with their lines. Lines in AMBIGUOUS.tsv are left out of both scores (their findings are listed).
 */
export function scoreHoldout(set: HoldoutSet): HoldoutResult {
  const { truth, statusTruth, ambiguous, files } = set;
  const text = new Map<string, string[]>();
  const perFile = new Map<string, Score>();
  const statusScore: Score = { tp: 0, fp: 0, fn: 0 };
  const fps: Item[] = [];
  const fns: Item[] = [];
  const statusFps: Item[] = [];
  const statusFns: Item[] = [];
  const onAmbiguous: string[] = [];
  const scannedStatus = new Set<Item>();
  const scannedReply = new Set<Item>();
  for (const file of files) {
    const s = scanItems(file, readFileSync(join(set.dir, file), 'utf8'));
    text.set(file, s.lines);
    perFile.set(file, { tp: 0, fp: 0, fn: 0 });
    for (const it of s.reply) scannedReply.add(it);
    for (const it of s.status) scannedStatus.add(it);
  }
  const score = (it: Item) => perFile.get(it.split('\t')[0])!;
  for (const it of scannedReply) {
    if (ambiguous.has(lineKey(it))) onAmbiguous.push(it);
    else if (truth.has(it)) score(it).tp++;
    else {
      score(it).fp++;
      fps.push(it);
    }
  }
  for (const it of truth) {
    if (ambiguous.has(lineKey(it)) || scannedReply.has(it)) continue;
    score(it).fn++;
    fns.push(it);
  }
  for (const it of scannedStatus) {
    if (ambiguous.has(lineKey(it))) onAmbiguous.push(it);
    else if (statusTruth.has(it)) statusScore.tp++;
    else {
      statusScore.fp++;
      statusFps.push(it);
    }
  }
  for (const it of statusTruth) {
    if (ambiguous.has(lineKey(it)) || scannedStatus.has(it)) continue;
    statusScore.fn++;
    statusFns.push(it);
  }

  const total: Score = { tp: 0, fp: 0, fn: 0 };
  console.log(`  ${'file'.padEnd(FILE_COLUMN)} ${'TP'.padStart(5)} ${'FP'.padStart(5)} ${'FN'.padStart(5)}  precision  recall`);
  for (const [file, s] of perFile) {
    total.tp += s.tp;
    total.fp += s.fp;
    total.fn += s.fn;
    console.log(
      `  ${file.padEnd(FILE_COLUMN)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}     ${pct(precision(s))}  ${pct(recall(s))}`,
    );
  }
  console.log(
    `  ${'overall'.padEnd(FILE_COLUMN)} ${String(total.tp).padStart(5)} ${String(total.fp).padStart(5)} ${String(total.fn).padStart(5)}     ${pct(precision(total))}  ${pct(recall(total))}`,
  );
  console.log(
    `  status fields (dsn=, Status:, (#x.y.z), JSON status), scored apart: TP ${statusScore.tp} FP ${statusScore.fp} FN ${statusScore.fn}, precision ${pct(precision(statusScore))}, recall ${pct(recall(statusScore))}`,
  );
  console.log(`  ${ambiguous.size} ambiguous line(s) not scored; ${onAmbiguous.length} code(s) found on them`);
  if (fps.length) console.log('  false positives (found, not labelled):');
  listItems('FP', fps, text);
  if (fns.length) console.log('  false negatives (labelled, not found):');
  listItems('FN', fns, text);
  if (statusFps.length || statusFns.length) console.log('  status-field misses:');
  listItems('status FP', statusFps, text);
  listItems('status FN', statusFns, text);
  if (onAmbiguous.length) console.log('  findings on ambiguous lines (not scored):');
  listItems('ambiguous', onAmbiguous, text);
  return { total, statusScore, scannedReply, scannedStatus };
}

/**
 * One held-out set as a test: every labelled file exists, then precision and recall of the whole set must
 * reach the targets (the tables are printed by scoreHoldout). `name` goes into the failure messages.
 */
export function checkHoldoutSet(t: { skip(message: string): void }, name: string, dir: string, targets = { precision: 0.95, recall: 0.95 }): void {
  if (!existsSync(join(dir, 'GROUND_TRUTH.tsv'))) {
    t.skip(`no ${name} held-out set at ${dir}`);
    return;
  }
  const set = readHoldoutSet(dir);
  assert.ok(set.files.length > 0, `no fixture files in ${dir}`);
  for (const file of labelledFiles(set)) {
    assert.ok(set.files.includes(file), `label names ${file}, which is not in ${dir}`);
  }
  const { total } = scoreHoldout(set);
  assert.ok(
    precision(total) >= targets.precision,
    `${name} held-out precision ${pct(precision(total))} < ${targets.precision * 100}% (${total.fp} false positives listed above)`,
  );
  assert.ok(
    recall(total) >= targets.recall,
    `${name} held-out recall ${pct(recall(total))} < ${targets.recall * 100}% (${total.fn} false negatives listed above)`,
  );
}
