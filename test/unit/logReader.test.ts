// The streaming line reader under the CLI: line breaks of every kind, chunk boundaries anywhere (also
// inside a UTF-8 sequence or between \r and \n), invalid UTF-8, a BOM, and lines too long to keep.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { LineSplitter } from '../../server/src/logReader';

function split(chunks: Array<string | Buffer>, max?: number): { lines: string[]; truncated: number } {
  const s = new LineSplitter(max);
  const lines: string[] = [];
  for (const c of chunks) s.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : c, (l) => lines.push(l));
  s.end((l) => lines.push(l));
  return { lines, truncated: s.truncatedLines };
}

test('\\n, \\r\\n and a lone \\r each end a line; a last line without a break is kept', () => {
  assert.deepEqual(split(['a\nb\r\nc\rd']).lines, ['a', 'b', 'c', 'd']);
  assert.deepEqual(split(['x\r\n', '\r\n']).lines, ['x', '']);
  assert.deepEqual(split(['\n\n']).lines, ['', '']);
  assert.deepEqual(split(['abc\r']).lines, ['abc']);
});

test('a \\r\\n split between two chunks is one break', () => {
  assert.deepEqual(split(['a\r', '\nb\r', 'c\n']).lines, ['a', 'b', 'c']);
  assert.deepEqual(split(['a\r', '\n']).lines, ['a']);
});

test('every split of a mixed text gives the same lines', () => {
  const text = Buffer.from('S: 220 héllo\r\nC: EHLO x\n€uro 😀\rlast', 'utf8');
  const whole = split([text]).lines;
  assert.deepEqual(whole, ['S: 220 héllo', 'C: EHLO x', '€uro 😀', 'last']);
  for (let i = 0; i <= text.length; i++) {
    for (const j of [i, Math.min(text.length, i + 1), Math.min(text.length, i + 3)]) {
      assert.deepEqual(split([text.subarray(0, i), text.subarray(i, j), text.subarray(j)]).lines, whole, `split at ${i}, ${j}`);
    }
  }
});

test('invalid UTF-8 becomes U+FFFD; NUL bytes stay; a BOM is dropped', () => {
  assert.deepEqual(split([Buffer.from([0x61, 0xff, 0xfe, 0x62, 0x0a, 0x00, 0x63])]).lines, ['a\ufffd\ufffdb', '\u0000c']);
  assert.deepEqual(split(['\ufeffhello\n']).lines, ['hello']);
});

test('a line longer than the limit is cut, and the lines after it are intact', () => {
  const r = split(['abcdefghij', 'klmnop\nqr', 's\n'], 5);
  assert.deepEqual(r.lines, ['abcde', 'qrs']);
  assert.equal(r.truncated, 1);
  const long = 'x'.repeat(3_000_000);
  const chunks: Buffer[] = [];
  const all = Buffer.from(`${long}\nshort\n`);
  for (let i = 0; i < all.length; i += 65536) chunks.push(all.subarray(i, i + 65536));
  const big = split(chunks);
  assert.equal(big.lines.length, 2);
  assert.equal(big.lines[0].length, long.length);
  assert.equal(big.lines[1], 'short');
});
