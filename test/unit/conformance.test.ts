// Corpus conformance: runs the recognizer over real logs and transcripts (../shared/corpus, or SMTP_CORPUS)
// and compares its codes with the hand-reviewed ground truth, per folder, at the level of
// (file, line, code) items where the codes are the basic and enhanced codes on that line.
//
// Scope: the corpus labels every line that carries a basic reply code, with the enhanced codes on that
// line. A finding that only repeats a delivery-status field (Postfix/Sendmail dsn=, a bounce's "Status:",
// qmail's "(#5.1.1)") on a line without any reply is outside that scope: it is counted and reported, not
// scored. Labels we believe are wrong are listed, with reasons, in corpus-label-disputes.tsv and excluded.
// Both choices flatter the asserted figure, so a second figure is printed beside it (not asserted): the
// disputed labels counted as the corpus has them, and the status-field findings scored in their own columns.
// Without the corpus (SMTP_CORPUS, else ../shared/corpus) the test fails under CI=true and is skipped loudly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, corpusDir as corpus, requireShared } from './support';
import { listItems, precision as precisionOf, recall as recallOf, scanItems, scoreAll, scoreFindings, type Item, type Score as Counts } from './scoring';

const PRECISION_TARGET = 0.98;
const RECALL_TARGET = 0.97;
/** FP and FN lines listed per folder. */
const LIST_LIMIT = process.env.SMTP_CONFORMANCE_LIST === 'all' ? Infinity : 10;
const SKIP_FILES = new Set(['GROUND_TRUTH.tsv', 'SOURCE.txt', 'expected.tsv', 'README.md']);

const disputesFile = join(ROOT, 'test', 'unit', 'corpus-label-disputes.tsv');

/** Reads the disputes list: folder, file, line, label says, we think, why. Returns "folder\tfile\tline" keys. */
function readDisputes(): Set<string> {
  const out = new Set<string>();
  if (!existsSync(disputesFile)) return out;
  for (const row of readFileSync(disputesFile, 'utf8').split('\n').slice(1)) {
    const cols = row.split('\t');
    if (cols.length < 6 || !cols[0]) continue;
    out.add(`${cols[0]}\t${cols[1]}\t${cols[2]}`);
  }
  return out;
}

function readTruth(folder: string): { items: Set<Item>; files: Set<string> } {
  const items = new Set<Item>();
  const files = new Set<string>();
  const rows = readFileSync(join(corpus, folder, 'GROUND_TRUTH.tsv'), 'utf8').split(/\r?\n/);
  for (const row of rows.slice(1)) {
    if (!row.trim()) continue;
    const [file, line, codes = '', enhanced = ''] = row.split('\t');
    files.add(file);
    for (const c of [...codes.split(','), ...enhanced.split(',')]) {
      if (c.trim()) items.add(`${file}\t${line}\t${c.trim()}`);
    }
  }
  return { items, files };
}

interface FolderResult {
  folder: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  excluded: number;
  unscored: number;
  /** The second figure: every label as GROUND_TRUTH.tsv has it, disputed or not. */
  asLabelled: Counts;
  /** Status-field findings against GROUND_TRUTH.tsv: a finding on a line it does not label is a false positive. */
  status: Counts;
}

function evaluate(folder: string, disputes: Set<string>): FolderResult {
  const truth = readTruth(folder);
  const found = new Set<Item>();
  const statusFound = new Set<Item>();
  const lineText = new Map<string, string[]>();
  let unscored = 0;
  for (const name of readdirSync(join(corpus, folder)).sort()) {
    if (SKIP_FILES.has(name) || !statSync(join(corpus, folder, name)).isFile()) continue;
    const r = scanItems(name, readFileSync(join(corpus, folder, name), 'utf8'));
    unscored += r.unscored;
    lineText.set(name, r.lines);
    for (const it of r.reply) found.add(it);
    for (const it of r.status) statusFound.add(it);
  }
  const disputed = (it: Item) => {
    const [file, line] = it.split('\t');
    return disputes.has(`${folder}\t${file}\t${line}`);
  };
  const excludedLines = new Set<string>();
  const tpItems: Item[] = [];
  const fpItems: Item[] = [];
  const fnItems: Item[] = [];
  for (const it of found) {
    if (disputed(it)) excludedLines.add(it.split('\t').slice(0, 2).join('\t'));
    else if (truth.items.has(it)) tpItems.push(it);
    else fpItems.push(it);
  }
  for (const it of truth.items) {
    if (disputed(it)) excludedLines.add(it.split('\t').slice(0, 2).join('\t'));
    else if (!found.has(it)) fnItems.push(it);
  }
  const tp = tpItems.length;
  const fp = fpItems.length;
  const fn = fnItems.length;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const show = (label: string, items: Item[]) =>
    listItems(label, items, lineText, {
      width: 160,
      limit: LIST_LIMIT,
      moreHint: '(SMTP_CONFORMANCE_LIST=all lists them)',
    });
  show('FP', fpItems);
  show('FN', fnItems);
  const asLabelled = scoreAll(found, truth.items);
  const status = scoreFindings(statusFound, truth.items);
  return { folder, tp, fp, fn, precision, recall, excluded: excludedLines.size, unscored, asLabelled, status };
}

test('corpus conformance: precision and recall per folder', (t) => {
  if (!requireShared(t, corpus)) return;
  const disputes = readDisputes();
  const folders = readdirSync(corpus)
    .filter((f) => existsSync(join(corpus, f, 'GROUND_TRUTH.tsv')))
    .sort();
  assert.ok(folders.length > 0, `no folder with GROUND_TRUTH.tsv under ${corpus}`);
  const results: FolderResult[] = [];
  for (const folder of folders) {
    console.log(`  ${folder}`);
    results.push(evaluate(folder, disputes));
  }
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  console.log('');
  console.log('  folder                      TP    FP    FN  precision  recall  disputed  status-field (not scored)');
  for (const r of results) {
    console.log(
      `  ${r.folder.padEnd(24)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)}  ${pct(r.precision)}%  ${pct(r.recall)}%  ${String(r.excluded).padStart(8)}  ${String(r.unscored).padStart(8)}`,
    );
  }
  const totalExcluded = results.reduce((s, r) => s + r.excluded, 0);
  console.log(`  ${totalExcluded} disputed label line(s) excluded from scoring (${disputesFile})`);
  printSecondFigure(results);
  for (const r of results) {
    assert.ok(r.precision >= PRECISION_TARGET, `${r.folder}: precision ${pct(r.precision)}% < ${PRECISION_TARGET * 100}%`);
    assert.ok(r.recall >= RECALL_TARGET, `${r.folder}: recall ${pct(r.recall)}% < ${RECALL_TARGET * 100}%`);
  }
});

/**
 * The second figure, printed and not asserted: the labels as the corpus has them (disputed lines counted),
 * and the status-field findings that the first figure leaves out scored in their own columns by the ground
 * truth's convention (GROUND_TRUTH.tsv labels lines that carry a reply, so a status field alone on a line it
 * does not label is a false positive). "all" is the precision a reader meets: both kinds of finding together.
 */
function printSecondFigure(results: FolderResult[]): void {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const num = (n: number, width = 5) => String(n).padStart(width);
  const total = { asLabelled: { tp: 0, fp: 0, fn: 0 }, status: { tp: 0, fp: 0, fn: 0 } };
  console.log('');
  console.log('  second figure (printed, not asserted): disputed labels counted as labelled; status-field findings scored apart,');
  console.log('  a status field on a line GROUND_TRUTH.tsv does not label counting as a false positive');
  console.log('                           disputes counted as labelled      |  status-field findings     | all findings');
  console.log('  folder                      TP    FP    FN  precision  recall |    TP    FP  precision   |  precision');
  const row = (name: string, a: Counts, st: Counts) => {
    const all: Counts = { tp: a.tp + st.tp, fp: a.fp + st.fp, fn: 0 };
    console.log(
      `  ${name.padEnd(24)} ${num(a.tp)} ${num(a.fp)} ${num(a.fn)}  ${pct(precisionOf(a))}%  ${pct(recallOf(a))}% | ${num(st.tp)} ${num(st.fp)}  ${pct(precisionOf(st))}%    |  ${pct(precisionOf(all))}%`,
    );
  };
  for (const r of results) {
    row(r.folder, r.asLabelled, r.status);
    for (const k of ['tp', 'fp', 'fn'] as const) {
      total.asLabelled[k] += r.asLabelled[k];
      total.status[k] += r.status[k];
    }
  }
  row('all folders', total.asLabelled, total.status);
}
