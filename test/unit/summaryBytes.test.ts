// The summary's byte path: a reader of a file offers each line's bytes first (SummaryBuilder.feedQuiet)
// and only the lines the builder declines become strings. It must never change a result: a line taken
// from its bytes is one that classifyLine reads as carrying neither a reply nor an outcome, and a log
// read with the byte path summarizes exactly as the same lines fed one by one as text.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { SummaryBuilder, lineNeedsScan, lineOutcome } from '../../server/src/core/summary';
import { readLogLines, type LogSource } from '../../server/src/logReader';
import { generateLog } from '../bench/generate.mjs';

const root = resolve(__dirname, '../../..');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

function linesOf(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

async function generated(bytes: number, seed = 7): Promise<string> {
  let text = '';
  await generateLog(bytes, (chunk: string) => {
    text += chunk;
  }, seed);
  return text;
}

/** A builder past its first line and first time stamp: the state in which it takes lines from bytes. */
function readyBuilder(): SummaryBuilder {
  const b = new SummaryBuilder();
  b.feed('Nov 28 00:00:00 mx1 postfix/qmgr[1]: 4F2D1A1B2C: removed', 'x.log');
  return b;
}

const isAscii = (s: string): boolean => !/[^\x00-\x7f]/.test(s);

/** Checks the byte path on one line; returns whether it took the line. */
function takenFromBytes(b: SummaryBuilder, line: string): boolean {
  const bytes = Buffer.from(line, 'latin1');
  const taken = b.feedQuiet(bytes, 0, bytes.length, 'x.log');
  if (taken) {
    assert.equal(lineNeedsScan(line), false, `taken from bytes but needs a scan: ${line}`);
    assert.equal(lineOutcome(line), null, `taken from bytes but has an outcome: ${line}`);
  }
  return taken;
}

test('a line taken from its bytes is one the text reading finds empty (fixtures, corpus, bench log)', async () => {
  const b = readyBuilder();
  let lines = 0;
  let taken = 0;
  const sources = [...filesUnder(join(root, 'test/fixtures')), ...filesUnder(join(root, '../shared/corpus'))];
  for (const file of sources) {
    for (const line of linesOf(readFileSync(file, 'latin1'))) {
      if (!isAscii(line)) continue;
      lines++;
      if (takenFromBytes(b, line)) taken++;
    }
  }
  const bench = linesOf(await generated(2_000_000));
  let benchTaken = 0;
  for (const line of bench) if (takenFromBytes(b, line)) benchTaken++;
  assert.ok(lines > 1000, `only ${lines} fixture lines read`);
  // Most of a busy Postfix log is connection noise: the byte path must actually take it.
  assert.ok(benchTaken > bench.length / 2, `only ${benchTaken} of ${bench.length} bench lines taken from bytes`);
  assert.ok(taken > 0);
});

test('a taken line changed in any one place of its head is still read the same way as text', async () => {
  const b = readyBuilder();
  const quiet = linesOf(await generated(300_000, 11)).filter((l) => takenFromBytes(b, l));
  // one line of each daemon and message kind
  const kinds = new Map<string, string>();
  for (const l of quiet) kinds.set(l.slice(20, 60).replace(/\[\d+\]|[0-9A-F]{8,}|\d+/g, ''), l);
  assert.ok(kinds.size >= 8, `only ${kinds.size} kinds of quiet lines`);
  const replacements = [' ', ':', '[', ']', '/', 'x', 'T', '-', '='];
  let checked = 0;
  for (const line of kinds.values()) {
    for (let i = 0; i < Math.min(line.length, 90); i++) {
      for (const r of replacements) {
        takenFromBytes(b, line.slice(0, i) + r + line.slice(i + 1));
        takenFromBytes(b, line.slice(0, i) + line.slice(i + 1));
        checked += 2;
      }
    }
    // a status word appended to a qmgr line makes it an outcome (expired) the text reading must see
    takenFromBytes(b, line + ', status=expired, returned to sender');
  }
  assert.ok(checked > 1000);
});

/** A log as chunks of the given sizes, through the same reader the CLI uses. */
function chunked(text: string, sizes: number[]): LogSource {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const n = sizes[i % sizes.length];
    chunks.push(bytes.subarray(at, at + n));
    at += n;
  }
  return { name: 'x.log', chunks, looksBinary: false, compressed: false };
}

async function viaReader(text: string, sizes: number[]): Promise<unknown> {
  const b = new SummaryBuilder();
  const r = await readLogLines(
    chunked(text, sizes),
    (line) => b.feed(line, 'x.log'),
    undefined,
    (bytes, start, end) => b.feedQuiet(bytes, start, end, 'x.log'),
  );
  const s = b.result();
  assert.equal(s.lines, r.lines);
  return s;
}

function asText(text: string): unknown {
  const b = new SummaryBuilder();
  for (const line of linesOf(text)) b.feed(line, 'x.log');
  return b.result();
}

test('a log read through the byte path summarizes exactly as its lines fed as text', async () => {
  const logs = [
    await generated(400_000, 3),
    // the last line is connection noise with a later time stamp than any event: the summary's last time
    (await generated(50_000, 5)) + 'Nov 29 23:59:59 mx1 postfix/smtpd[9]: disconnect from unknown[192.0.2.1] ehlo=1 commands=1\n',
    // non-ASCII and \r\n runs take the text path; mixed with plain runs in one log
    (await generated(30_000, 9)) + 'Nov 29 01:00:00 mx1 postfix/smtpd[9]: connect from höst[192.0.2.1]\r\n' + (await generated(30_000, 10)),
    ...['summary/postfix.log', 'summary/exim.mainlog', 'summary/sendmail.log', 'summary/transcript.txt', 'summary/bounce.eml'].map((f) =>
      readFileSync(join(root, 'test/fixtures', f), 'utf8'),
    ),
  ];
  for (const text of logs) {
    const expected = asText(text);
    for (const sizes of [[1 << 20], [4096], [977, 13, 64 * 1024], [1]]) {
      if (sizes[0] === 1 && text.length > 100_000) continue;
      assert.deepEqual(await viaReader(text, sizes), expected, `chunks of ${sizes.join(',')} bytes`);
    }
  }
});
