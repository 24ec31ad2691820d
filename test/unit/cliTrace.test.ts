// `smtp-codes trace` as a person runs it (the built dist/cli.js in a child process): a message across a
// content filter in every supported fixture format, across rotated and gzip-compressed files given in any
// order, from standard input, as JSON; exit 1 when nothing matches, 2 for a usage mistake.
import { strict as assert } from 'node:assert';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'dist/cli.js');
const fixtures = join(root, 'test/fixtures/trace');
let dir = '';

function run(args: string[], input?: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir, env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } });
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'smtp-trace-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** The FILE:LINE prefixes of the printed lines. */
function places(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((l) => /^(\S+:\d+): /.exec(l)?.[1])
    .filter((x): x is string => x !== undefined);
}

test('a queue id: the story, then every line of the message across the filter hop and the bounce', () => {
  const file = join(fixtures, 'postfix-filter.log');
  const r = run(['trace', '4B1C2D3E4F', file]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Message 4B1C2D3E4F -> 5D6E7F8A9B \(re-queued after a content filter\) -> 6F7A8B9C0D \(bounce notification\)$/m);
  assert.match(r.stdout, /^ {4}carol@slow\.example\.org: delivered, deferred 2 times, 4 attempts$/m);
  assert.match(r.stdout, /^ {4}dave@example\.net: bounced, 2 attempts$/m);
  assert.match(r.stdout, /550 5\.1\.1 Bad destination mailbox address/);
  assert.match(r.stdout, /In the queue: 15 min 5 s, left the queue/);
  const expected = [2, 3, 4, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27].map((n) => `${file}:${n}`);
  assert.deepEqual(places(r.stdout), expected);
});

test('every fixture format, by queue id, Message-ID and address', () => {
  const cases: Array<[string, string, number]> = [
    ['exim.mainlog', '1tQ5aB-000Xyz-1A', 11],
    ['exim.mainlog', '<20261128110001.1@example.com>', 11],
    ['sendmail.maillog', '5ASA01aa003001', 8],
    ['sendmail.maillog', '20261128100001.1@example.com', 8],
    ['opensmtpd.maillog', '4b1c62a0', 8],
    ['opensmtpd.maillog', 'carol@slow.example.org', 8],
  ];
  for (const [file, key, lines] of cases) {
    const r = run(['trace', key, join(fixtures, file)]);
    assert.equal(r.status, 0, `${file} ${key}: ${r.stderr}`);
    assert.equal(places(r.stdout).length, lines, `${file} ${key}`);
  }
});

test('rotated and .gz files given newest first are read oldest first, and the message spans them', () => {
  const lines = readFileSync(join(fixtures, 'postfix-filter.log'), 'utf8').split('\n');
  writeFileSync(join(dir, 'mail.log.2.gz'), gzipSync(lines.slice(0, 10).join('\n') + '\n'));
  writeFileSync(join(dir, 'mail.log.1'), lines.slice(10, 20).join('\n') + '\n');
  writeFileSync(join(dir, 'mail.log'), lines.slice(20).join('\n'));
  const r = run(['trace', '--json', '5D6E7F8A9B', 'mail.log', 'mail.log.1', 'mail.log.2.gz']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.deepEqual(out.key, { kind: 'queue-id', value: '5D6E7F8A9B' });
  assert.equal(out.messages.length, 1);
  const m = out.messages[0];
  assert.deepEqual(m.entryLine, { file: 'mail.log.2.gz', line: 2 });
  assert.equal(m.lines.length, 22);
  assert.deepEqual(m.lines[m.lines.length - 1], { file: 'mail.log', line: 7, text: lines[26] });
  const carol = m.recipients.find((x: { address: string }) => x.address === 'carol@slow.example.org');
  assert.equal(carol.fate, 'delivered');
  assert.equal(carol.deferrals, 2);
  assert.equal(m.queueSeconds, 905);
});

test('standard input, Indonesian, and exit 1 when no message matches', () => {
  const text = readFileSync(join(fixtures, 'exim.mainlog'), 'utf8');
  const r = run(['trace', '--locale', 'id', '1tQ5aB-000Xyz-1A', '-'], text);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^Pesan 1tQ5aB-000Xyz-1A -> 1tQ5aD-000Def-3C \(notifikasi pentalan\)$/m);
  assert.match(r.stdout, /carol@slow\.example\.org: terkirim, ditunda 2 kali, 3 percobaan/);
  assert.equal(places(r.stdout).length, 11);
  const none = run(['trace', 'NOSUCH1234', '-'], text);
  assert.equal(none.status, 1);
  assert.equal(none.stdout, '');
  assert.match(none.stderr, /^smtp-codes: no message found for NOSUCH1234\n$/);
});

test('usage mistakes: exit 2 and one line', () => {
  for (const args of [['trace'], ['trace', '4B1C2D3E4F'], ['trace', '4B1C2D3E4F', 'nosuch.log'], ['trace', '--bogus', 'x', 'y']]) {
    const r = run(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stderr.trimEnd().split('\n').length, 1);
    assert.match(r.stderr, /^smtp-codes: /);
  }
});
