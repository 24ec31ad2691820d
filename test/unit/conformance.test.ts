// Corpus conformance: runs the recognizer over real logs and transcripts (../shared/corpus, or SMTP_CORPUS)
// and compares its codes with the hand-reviewed ground truth, per folder, at the level of
// (file, line, code) items where the codes are the basic and enhanced codes on that line.
//
// Scope: the corpus labels every line that carries a basic reply code, with the enhanced codes on that
// line. A finding that only repeats a delivery-status field (Postfix/Sendmail dsn=, a bounce's "Status:",
// qmail's "(#5.1.1)") on a line without any reply is outside that scope: it is counted and reported, not
// scored. Labels we believe are wrong are listed, with reasons, in corpus-label-disputes.tsv and excluded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scanText } from '../../server/src/core/scanner';
import type { ReplyFinding } from '../../server/src/core/types';

const PRECISION_TARGET = 0.98;
const RECALL_TARGET = 0.97;
/** FP and FN lines listed per folder. */
const LIST_LIMIT = process.env.SMTP_CONFORMANCE_LIST === 'all' ? Infinity : 10;
const SKIP_FILES = new Set(['GROUND_TRUTH.tsv', 'SOURCE.txt', 'expected.tsv', 'README.md']);

function repoRoot(): string {
  let d = __dirname;
  for (let i = 0; i < 10; i++) {
    if (existsSync(join(d, 'package.json'))) return d;
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  throw new Error(`no package.json above ${__dirname}`);
}

const root = repoRoot();
const corpus = process.env.SMTP_CORPUS ?? join(root, '..', 'shared', 'corpus');
const disputesFile = join(root, 'test', 'unit', 'corpus-label-disputes.tsv');

type Item = string; // "file\tline\tcode"

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

/** The scanner's items for one file, and the count of status-field findings left out of scope. */
function scanFile(folder: string, file: string): { items: Set<Item>; unscored: number; lines: string[] } {
  const text = readFileSync(join(corpus, folder, file), 'utf8');
  const findings = scanText(text);
  const withReply = new Set<number>();
  for (const f of findings) if (f.code !== null) withReply.add(f.line);
  const items = new Set<Item>();
  let unscored = 0;
  for (const f of findings as ReplyFinding[]) {
    if (f.statusField && f.code === null && !withReply.has(f.line)) {
      unscored++;
      continue;
    }
    const line = f.line + 1;
    if (f.code) items.add(`${file}\t${line}\t${f.code}`);
    if (f.enhanced) items.add(`${file}\t${line}\t${f.enhanced}`);
  }
  return { items, unscored, lines: text.split(/\r\n|\n|\r/) };
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
}

function evaluate(folder: string, disputes: Set<string>): FolderResult {
  const truth = readTruth(folder);
  const found = new Set<Item>();
  const lineText = new Map<string, string[]>();
  let unscored = 0;
  for (const name of readdirSync(join(corpus, folder)).sort()) {
    if (SKIP_FILES.has(name) || !statSync(join(corpus, folder, name)).isFile()) continue;
    const r = scanFile(folder, name);
    unscored += r.unscored;
    lineText.set(name, r.lines);
    for (const it of r.items) found.add(it);
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
  const show = (label: string, items: Item[]) => {
    const byLine = new Map<string, string[]>();
    for (const it of items.sort(compareItems)) {
      const [file, line, code] = it.split('\t');
      const key = `${file}:${line}`;
      if (!byLine.has(key)) byLine.set(key, []);
      byLine.get(key)!.push(code);
    }
    let shown = 0;
    for (const [key, codes] of byLine) {
      if (shown++ >= LIST_LIMIT) {
        console.log(`    ... ${byLine.size - LIST_LIMIT} more ${label} lines (SMTP_CONFORMANCE_LIST=all lists them)`);
        break;
      }
      const [file, line] = key.split(':');
      const text = lineText.get(file)?.[Number(line) - 1] ?? '';
      console.log(`    ${label} ${key} [${codes.join(',')}] ${text.length > 160 ? text.slice(0, 160) + '...' : text}`);
    }
  };
  show('FP', fpItems);
  show('FN', fnItems);
  return { folder, tp, fp, fn, precision, recall, excluded: excludedLines.size, unscored };
}

function compareItems(a: Item, b: Item): number {
  const [fa, la] = a.split('\t');
  const [fb, lb] = b.split('\t');
  return fa === fb ? Number(la) - Number(lb) : fa < fb ? -1 : 1;
}

test('corpus conformance: precision and recall per folder', (t) => {
  if (!existsSync(corpus)) {
    const msg = `corpus not found at ${corpus} (set SMTP_CORPUS to its path)`;
    if (process.env.CI === 'true') assert.fail(`${msg}; under CI the corpus is required`);
    t.skip(msg);
    return;
  }
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
  for (const r of results) {
    assert.ok(r.precision >= PRECISION_TARGET, `${r.folder}: precision ${pct(r.precision)}% < ${PRECISION_TARGET * 100}%`);
    assert.ok(r.recall >= RECALL_TARGET, `${r.folder}: recall ${pct(r.recall)}% < ${RECALL_TARGET * 100}%`);
  }
});
