// Held-out evaluation: log excerpts written for this test from knowledge of real mail logs (formats and
// variants the development corpus does not have), labelled by hand line by line. It measures how far the
// recognizer generalizes beyond ../shared/corpus. The fixtures and the labelling rules are described in
// test/fixtures/holdout/README.md.
//
// Scoring is the conformance test's: items are (file, line, code) where the codes are the basic and enhanced
// codes on that line. A finding that only repeats a delivery-status field (statusField, no basic code, on a
// line without a reply) is outside GROUND_TRUTH.tsv's scope and is scored on its own against
// STATUS_FIELDS.tsv. Lines listed in AMBIGUOUS.tsv (either reading is defensible) are left out of both.
// A second figure is printed beside the asserted one (not asserted): the ambiguous lines scored as
// GROUND_TRUTH.tsv labels them, and the status-field findings scored by GROUND_TRUTH.tsv's convention.
// This set was looked at while tuning the scanner (e6839a0), so it is no longer strictly held out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { scanText } from '../../server/src/core/scanner';
import { ROOT } from './support';

const PRECISION_TARGET = 0.95;
const RECALL_TARGET = 0.95;
const FILE_COLUMN = 46;
const NOT_FIXTURES = new Set(['GROUND_TRUTH.tsv', 'STATUS_FIELDS.tsv', 'AMBIGUOUS.tsv', 'README.md']);

const dir = join(ROOT, 'test', 'fixtures', 'holdout');

/** "file\tline\tcode" */
type Item = string;

function rows(name: string): string[][] {
  return readFileSync(join(dir, name), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((r) => r.trim() !== '')
    .map((r) => r.split('\t'));
}

function readTruth(): Set<Item> {
  const items = new Set<Item>();
  for (const [file, line, codes = '', enhanced = ''] of rows('GROUND_TRUTH.tsv')) {
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
function readStatusFields(replyLines: ReadonlySet<string>): Set<Item> {
  const items = new Set<Item>();
  for (const [file, line, enhanced = ''] of rows('STATUS_FIELDS.tsv')) {
    for (const c of enhanced.split(',')) {
      const code = c.trim();
      if (!code) continue;
      if (code.startsWith('2.') && !replyLines.has(`${file}\t${line}`)) continue;
      items.add(`${file}\t${line}\t${code}`);
    }
  }
  return items;
}

/** "file\tline" keys of lines where either labelling is defensible. */
function readAmbiguous(): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(join(dir, 'AMBIGUOUS.tsv'))) return out;
  for (const [file, line, why = ''] of rows('AMBIGUOUS.tsv')) out.set(`${file}\t${line}`, why);
  return out;
}

interface Scan {
  reply: Set<Item>;
  status: Set<Item>;
  lines: string[];
}

function scanFixture(file: string): Scan {
  const text = readFileSync(join(dir, file), 'utf8');
  const findings = scanText(text);
  const withReply = new Set<number>();
  for (const f of findings) if (f.code !== null) withReply.add(f.line);
  const reply = new Set<Item>();
  const status = new Set<Item>();
  for (const f of findings) {
    const line = f.line + 1;
    if (f.statusField && f.code === null && !withReply.has(f.line)) {
      if (f.enhanced) status.add(`${file}\t${line}\t${f.enhanced}`);
      continue;
    }
    if (f.code) reply.add(`${file}\t${line}\t${f.code}`);
    if (f.enhanced) reply.add(`${file}\t${line}\t${f.enhanced}`);
  }
  return { reply, status, lines: text.split(/\r\n|\n|\r/) };
}

interface Score {
  tp: number;
  fp: number;
  fn: number;
}

const precision = (s: Score) => (s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp));
const recall = (s: Score) => (s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn));
const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;

function lineKey(it: Item): string {
  const [file, line] = it.split('\t');
  return `${file}\t${line}`;
}

/** Prints items grouped by line with the line's text: "FP file:12 [550,5.1.1] text". */
function listItems(label: string, items: Item[], text: Map<string, string[]>): void {
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
  for (const key of keys) {
    const [file, line] = key.split(':');
    const t = text.get(file)?.[Number(line) - 1] ?? '';
    console.log(`    ${label} ${key} [${byLine.get(key)!.join(',')}] ${t.length > 220 ? t.slice(0, 220) + '...' : t}`);
  }
}

test('held-out logs: precision and recall of the recognizer on formats outside the corpus', () => {
  // The set is part of the repository: without it the test fails instead of passing for one that scored.
  assert.ok(existsSync(join(dir, 'GROUND_TRUTH.tsv')), `no held-out set at ${dir}`);
  const truth = readTruth();
  const statusTruth = readStatusFields(new Set([...truth].map(lineKey)));
  const ambiguous = readAmbiguous();
  const files = readdirSync(dir)
    .filter((f) => !NOT_FIXTURES.has(f) && statSync(join(dir, f)).isFile())
    .sort();
  assert.ok(files.length > 0, `no fixture files in ${dir}`);
  for (const it of [...truth, ...statusTruth]) {
    const file = it.split('\t')[0];
    assert.ok(files.includes(file), `label names ${file}, which is not in ${dir}`);
  }

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
    const s = scanFixture(file);
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

  // The second figure, printed and not asserted. Ambiguous lines scored as GROUND_TRUTH.tsv labels them, and
  // the status-field findings scored by GROUND_TRUTH.tsv's convention (it labels lines that carry a reply,
  // so a status field on a line it does not label is a false positive) rather than against STATUS_FIELDS.tsv.
  const asLabelled: Score = { tp: 0, fp: 0, fn: 0 };
  for (const it of scannedReply) {
    if (truth.has(it)) asLabelled.tp++;
    else asLabelled.fp++;
  }
  for (const it of truth) if (!scannedReply.has(it)) asLabelled.fn++;
  const statusAsTruth: Score = { tp: 0, fp: 0, fn: 0 };
  for (const it of scannedStatus) {
    if (truth.has(it)) statusAsTruth.tp++;
    else statusAsTruth.fp++;
  }
  const all: Score = { tp: asLabelled.tp + statusAsTruth.tp, fp: asLabelled.fp + statusAsTruth.fp, fn: 0 };
  console.log('  second figure (printed, not asserted):');
  console.log(
    `    ambiguous lines scored as labelled: TP ${asLabelled.tp} FP ${asLabelled.fp} FN ${asLabelled.fn}, precision ${pct(precision(asLabelled))}, recall ${pct(recall(asLabelled))}`,
  );
  console.log(
    `    status-field findings by GROUND_TRUTH.tsv's convention: TP ${statusAsTruth.tp} FP ${statusAsTruth.fp}, precision ${pct(precision(statusAsTruth))}; all findings together: precision ${pct(precision(all))}`,
  );

  assert.ok(
    precision(total) >= PRECISION_TARGET,
    `held-out precision ${pct(precision(total))} < ${PRECISION_TARGET * 100}% (${total.fp} false positives listed above)`,
  );
  assert.ok(
    recall(total) >= RECALL_TARGET,
    `held-out recall ${pct(recall(total))} < ${RECALL_TARGET * 100}% (${total.fn} false negatives listed above)`,
  );
});
