// `smtp-codes` as a person runs it: the built dist/cli.js in a child process (npm test builds first;
// by hand: node esbuild.mjs). Exit codes, one-line errors, JSON shapes, stdin, pipes that close early.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import MarkdownIt from 'markdown-it';

const root = resolve(__dirname, '../../..');
const cli = join(root, 'dist/cli.js');
let dir = '';

function run(args: string[], input?: string | Buffer, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], {
    input,
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', ...env },
    maxBuffer: 1 << 26,
  });
}

/** A failure a person causes: exit 2, one line on stderr, nothing that looks like a stack trace. */
function assertUsageError(r: SpawnSyncReturns<string>, message: RegExp): void {
  assert.equal(r.status, 2, `exit status; stderr: ${r.stderr}`);
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got:\n${r.stderr}`);
  assert.match(lines[0], /^smtp-codes: /);
  assert.match(lines[0], message);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:|node:internal/);
}

const POSTFIX_DEFER =
  'Nov 28 07:02:46 mx1 postfix/smtp[1202]: 5B2C3D4E5F: to=<erin@example.com>, relay=mx.example.com[192.0.2.80]:25, delay=2.1, delays=0.02/0.01/1.1/1, dsn=4.7.1, status=deferred (host mx.example.com[192.0.2.80] said: 451 4.7.1 Please try again later (in reply to RCPT TO command))';
const POSTFIX_BOUNCE =
  'Nov 28 07:02:47 mx1 postfix/smtp[1203]: 6C3D4E5F60: to=<frank@nosuch.example>, relay=mx.nosuch.example[198.51.100.99]:25, delay=3, delays=0.02/0.01/1.5/1.4, dsn=5.1.1, status=bounced (host mx.nosuch.example[198.51.100.99] said: 550 5.1.1 <frank@nosuch.example>: User unknown (in reply to RCPT TO command))';
const CONNECT = 'Nov 28 07:02:45 mx1 postfix/smtpd[1102]: connect from mail.example.org[203.0.113.7]';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'smtp-codes-cli-'));
  writeFileSync(join(dir, 'warn.log'), [CONNECT, POSTFIX_DEFER, ''].join('\n'));
  writeFileSync(join(dir, 'mixed.log'), [CONNECT, POSTFIX_DEFER, POSTFIX_BOUNCE, ''].join('\n'));
  writeFileSync(join(dir, 'transcript.txt'), ['S: 220 mx.example.net ESMTP', 'C: EHLO me', 'S: 250-mx.example.net', 'S: 250-PIPELINING', 'S: 250 SIZE 1000', ''].join('\r\n'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('scan --json: one JSON object per reply, 1-based line and column of the first code', () => {
  const r = run(['scan', '--json', 'mixed.log']);
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  // Each status line holds the dsn= field and the server's reply: the recognizer finds both.
  assert.deepEqual(
    rows.map((x) => [x.line, x.code, x.enhanced]),
    [
      [2, null, '4.7.1'],
      [2, '451', '4.7.1'],
      [3, null, '5.1.1'],
      [3, '550', '5.1.1'],
    ],
  );
  const [dsn, defer, , bounce] = rows;
  assert.deepEqual(Object.keys(defer).sort(), ['class', 'code', 'column', 'command', 'endColumn', 'endLine', 'enhanced', 'file', 'line', 'reason', 'title'].sort());
  const col = POSTFIX_DEFER.indexOf('451 4.7.1') + 1;
  assert.deepEqual(
    { ...defer, title: typeof defer.title },
    { file: 'mixed.log', line: 2, column: col, endLine: 2, endColumn: col + '451 4.7.1'.length, code: '451', enhanced: '4.7.1', class: 'transient-negative', title: 'string', command: 'RCPT TO', reason: 'blocked' },
  );
  // The dsn= field has the reason of the reply it repeats; a success has none.
  assert.deepEqual(rows.map((x) => x.reason), ['blocked', 'blocked', 'userunknown', 'userunknown']);
  const transcript = run(['scan', '--json', 'transcript.txt']).stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.ok(transcript.every((x) => x.reason === null), JSON.stringify(transcript));
  assert.ok(defer.title.length > 0);
  const dsnCol = POSTFIX_DEFER.indexOf('dsn=4.7.1') + 'dsn='.length + 1;
  assert.deepEqual([dsn.column, dsn.endColumn], [dsnCol, dsnCol + '4.7.1'.length]);
  assert.equal(bounce.column, POSTFIX_BOUNCE.indexOf('550 5.1.1') + 1);
  assert.equal(bounce.class, 'permanent-negative');
});

test('scan: a multi-line reply is one object from its first to its last line; CRLF counts as one break', () => {
  const r = run(['scan', '--json', 'transcript.txt']);
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(
    rows.map((x) => [x.code, x.line, x.column, x.endLine, x.endColumn]),
    [
      ['220', 1, 4, 1, 7],
      ['250', 3, 4, 5, 7],
    ],
  );
});

test('scan: text output names file, line and column', () => {
  const r = run(['scan', 'warn.log']);
  assert.equal(r.status, 0, r.stderr);
  const col = POSTFIX_DEFER.indexOf('451 4.7.1') + 1;
  assert.match(r.stdout, new RegExp(`^warn\\.log:2:${col}: 451 4\\.7\\.1 `, 'm'));
});

test('check: warnings only exit 0, compiler style', () => {
  const r = run(['check', 'warn.log']);
  assert.equal(r.status, 0, r.stderr);
  const col = POSTFIX_DEFER.indexOf('451 4.7.1') + 1;
  assert.match(r.stdout, new RegExp(`^warn\\.log:2:${col}: warning: 451 4\\.7\\.1 `));
  assert.equal(r.stdout.trimEnd().split('\n').length, 1);
});

test('check: an error-severity reply exits 1; --format json gives one object per problem', () => {
  const text = run(['check', 'mixed.log']);
  assert.equal(text.status, 1);
  assert.match(text.stdout, /^mixed\.log:3:\d+: error: 550 5\.1\.1 /m);
  const json = run(['check', '--format', 'json', 'mixed.log']);
  assert.equal(json.status, 1);
  const rows = json.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(
    rows.map((p) => [p.file, p.line, p.severity, p.code, p.reason]),
    [
      ['mixed.log', 2, 'warning', '451', 'blocked'],
      ['mixed.log', 3, 'error', '550', 'userunknown'],
    ],
  );
  // The text form names the reason too, by name and id.
  assert.match(text.stdout, /^mixed\.log:3:\d+: error: 550 5\.1\.1 .+ — Unknown recipient \[userunknown\] — permanent, will not be retried$/m);
  assert.match(run(['check', '--locale', 'id', 'mixed.log']).stdout, /— Penerima tidak dikenal \[userunknown\] — permanen/);
  assert.equal(rows[1].column, POSTFIX_BOUNCE.indexOf('550 5.1.1') + 1);
});

test('a missing file or a bad argument: exit 2 and one line, never a stack trace', () => {
  assertUsageError(run(['check', 'nosuch.log']), /^smtp-codes: nosuch\.log: no such file$/);
  assertUsageError(run(['scan', '--json', 'warn.log', 'nosuch.log']), /nosuch\.log: no such file/);
  assertUsageError(run(['summary', '.']), /is a directory/);
  assertUsageError(run(['scan', '--bogus', 'warn.log']), /unknown option --bogus/);
  assertUsageError(run(['check', '--format', 'xml', 'warn.log']), /--format must be one of text, json/);
  assertUsageError(run(['explain', 'hello']), /not an SMTP code/);
  assertUsageError(run(['explain', '451', '--locale', 'fr']), /--locale must be one of en, id/);
  assertUsageError(run(['compare', '451']), /give two codes/);
  assertUsageError(run(['frobnicate']), /unknown command "frobnicate"/);
  assertUsageError(run(['scan']), /no FILE given/);
});

test('explain: 451, "451 4.7.1" and 4.7.1 as readable text; --json is the Explanation', () => {
  const basic = run(['explain', '451']);
  assert.equal(basic.status, 0, basic.stderr);
  assert.match(basic.stdout, /^451 — .+\n=+\n/);
  for (const heading of ['Description', 'When you see it', 'How to fix', 'References']) assert.match(basic.stdout, new RegExp(`^${heading}$`, 'm'));
  const pair = run(['explain', '451 4.7.1', '--json']);
  assert.equal(pair.status, 0, pair.stderr);
  const e = JSON.parse(pair.stdout);
  assert.equal(e.code, '451');
  assert.equal(e.enhanced, '4.7.1');
  assert.equal(e.replyClass, 'transient-negative');
  for (const field of ['title', 'description', 'whenYouSeeIt']) assert.ok(typeof e[field] === 'string' && e[field].length > 20, field);
  assert.ok(e.references.length > 0);
  // Two words work as well as one quoted argument.
  assert.equal(JSON.parse(run(['explain', '451', '4.7.1', '--json']).stdout).label, e.label);
});

test('explain --locale id, and LANG=id_ID without the option, give Indonesian headings', () => {
  const r = run(['explain', '4.7.1', '--locale', 'id']);
  assert.equal(r.status, 0, r.stderr);
  for (const heading of ['Deskripsi', 'Ketika Anda Melihatnya', 'Cara Memperbaiki']) assert.match(r.stdout, new RegExp(`^${heading}$`, 'm'));
  assert.doesNotMatch(r.stdout, /^Description$/m);
  const env = run(['explain', '4.7.1'], undefined, { LANG: 'id_ID.UTF-8' });
  assert.match(env.stdout, /^Deskripsi$/m);
  const en = run(['explain', '4.7.1', '--locale=en'], undefined, { LANG: 'id_ID.UTF-8' });
  assert.match(en.stdout, /^Description$/m);
});

test('compare 451 550 --json: the comparison model with a summary and both codes', () => {
  const r = run(['compare', '451', '550', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const c = JSON.parse(r.stdout);
  assert.equal(c.a.code, '451');
  assert.equal(c.b.code, '550');
  assert.ok(typeof c.summary === 'string' && c.summary.length > 20);
  assert.ok(c.keyDifferences.some((d: { same: boolean }) => !d.same));
  assert.ok(c.whenToUse.a.length > 0 && c.whenToUse.b.length > 0);
});

test('compare as text: the sections side by side, headings in Indonesian under --locale id', () => {
  const en = run(['compare', '451', '550']);
  assert.equal(en.status, 0, en.stderr);
  const c = JSON.parse(run(['compare', '451', '550', '--json']).stdout);
  for (const key of ['description', 'whenYouSeeIt', 'howToFix', 'keyDifferences', 'whenToUse'] as const) {
    assert.match(en.stdout, new RegExp(`^${c.headings[key]}$`, 'm'), key);
  }
  assert.match(en.stdout, / │ /);
  const id = run(['compare', '451 4.7.1', '550 5.7.1', '--locale', 'id']);
  assert.equal(id.status, 0, id.stderr);
  for (const heading of ['Deskripsi', 'Ketika Anda Melihatnya', 'Cara Memperbaiki', 'Perbedaan Utama', 'Kapan Menggunakan Yang Mana']) {
    assert.match(id.stdout, new RegExp(`^${heading}$`, 'm'), heading);
  }
});

test('compare --markdown: the "Copy as Markdown" document, rendering as headings and a key-differences table, in en and id', () => {
  const markdown = new MarkdownIt({ html: true, linkify: true });
  const textOf = (html: string): string => html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  const expected = {
    en: { h3: ['Description', 'When you see it', 'How to fix'], h2: ['Key differences', 'When to use which', 'References'], aspect: 'Aspect', sender: 'Sending side' },
    id: { h3: ['Deskripsi', 'Ketika Anda Melihatnya', 'Cara Memperbaiki'], h2: ['Perbedaan Utama', 'Kapan Menggunakan Yang Mana', 'Referensi'], aspect: 'Aspek', sender: 'Sisi pengirim' },
  };
  for (const locale of ['en', 'id'] as const) {
    const r = run(['compare', '451', '550', '--markdown', '--locale', locale]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const c = JSON.parse(run(['compare', '451', '550', '--json', '--locale', locale]).stdout);
    const html = markdown.render(r.stdout);
    const all = (tag: string): string[] => [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => textOf(m[1]));
    assert.deepEqual(all('h1'), ['451 vs 550']);
    const h2 = all('h2');
    assert.ok(h2.some((h) => h.startsWith('451: ')) && h2.some((h) => h.startsWith('550: ')), `a section per code: ${h2.join(' / ')}`);
    for (const h of expected[locale].h2) assert.ok(h2.includes(h), `${h} in ${h2.join(' / ')}`);
    const h3 = all('h3');
    for (const h of expected[locale].h3) assert.equal(h3.filter((x) => x === h).length, 2, `${h} once per code in ${h3.join(' / ')}`);
    assert.ok(all('strong').includes(`${expected[locale].sender}:`), `the sending side's fix is labelled ${expected[locale].sender}`);
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map((x) => textOf(x[1])));
    assert.deepEqual(rows[0], [expected[locale].aspect, '451', '550'], 'the table header');
    assert.deepEqual(
      rows.slice(1),
      c.keyDifferences.map((d: { aspect: string; a: string; b: string }) => [d.aspect, d.a, d.b]),
      'one row per key difference of the comparison',
    );
  }
  const both = run(['compare', '451', '550', '--markdown', '--json']);
  assertUsageError(both, /--json.*--markdown/);
  assert.equal(both.stdout, '');
});

test('"-" reads standard input', () => {
  const r = run(['scan', '--json', '-'], POSTFIX_BOUNCE + '\n');
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(
    rows.map((x) => [x.file, x.line, x.code]),
    [
      ['-', 1, null],
      ['-', 1, '550'],
    ],
  );
  const s = run(['summary', '--json', '-'], [POSTFIX_DEFER, POSTFIX_BOUNCE].join('\n'));
  assert.equal(JSON.parse(s.stdout).totals.bounced, 1);
});

test('binary input and invalid UTF-8 are read without a crash', () => {
  const bytes = Buffer.alloc(200_000);
  let x = 12345;
  for (let i = 0; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  writeFileSync(join(dir, 'random.bin'), bytes);
  for (const command of ['scan', 'check', 'summary']) {
    const r = run([command, 'random.bin']);
    assert.ok(r.status === 0 || (command === 'check' && r.status === 1), `${command}: ${r.status} ${r.stderr}`);
    assert.doesNotMatch(r.stderr, /\n\s+at |internal error/);
  }
  // Invalid UTF-8 in the middle of a line: the reply is still found, the bad bytes become U+FFFD.
  writeFileSync(join(dir, 'latin1.log'), Buffer.concat([Buffer.from('S: 550 5.1.1 Benutzer unbekannt: m'), Buffer.from([0xfc]), Buffer.from('ller\n')]));
  const r = run(['scan', 'latin1.log']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^latin1\.log:1:4: 550 5\.1\.1 /);
  const check = run(['check', 'latin1.log']);
  assert.match(check.stdout, /error: 550 5\.1\.1/);
});

test('a gzip-compressed log reads like the plain one', () => {
  writeFileSync(join(dir, 'mixed.log.gz'), gzipSync(readFileSync(join(dir, 'mixed.log'))));
  const plain = run(['check', '--format', 'json', 'mixed.log']).stdout.replaceAll('"mixed.log"', '"F"');
  const gz = run(['check', '--format', 'json', 'mixed.log.gz']);
  assert.equal(gz.status, 1);
  assert.equal(gz.stdout.replaceAll('"mixed.log.gz"', '"F"'), plain);
});

test('summary: the pflogsumm sections, in English and in Indonesian', () => {
  const fixture = join(root, 'test/fixtures/summary/postfix.log');
  const r = run(['summary', fixture]);
  assert.equal(r.status, 0, r.stderr);
  for (const section of ['Grand Totals', 'Per-Hour Traffic', 'Deferral detail', 'Bounce detail', 'Reject detail', 'Top transient replies (4xx)', 'Top permanent replies (5xx)']) {
    assert.match(r.stdout, new RegExp(`^${section.replace(/[()]/g, '\\$&')}\\n-+$`, 'm'), section);
  }
  assert.match(r.stdout, /^\s+4\s+delivered$/m);
  assert.match(r.stdout, /^\s+3\s+deferred\s+\(5 deferrals\)$/m);
  assert.match(r.stdout, /^\s+5\s+rejected \(55%\)$/m);
  const id = run(['summary', '--locale', 'id', fixture]);
  assert.match(id.stdout, /^Total Keseluruhan$/m);
  const json = JSON.parse(run(['summary', '--json', fixture]).stdout);
  assert.equal(json.totals.deferrals, 5);
  assert.equal(json.topTransient.length, 4);
});

test('summary --by reason: failures by why they failed, with names, counts, domains and recipients, in English and in Indonesian', () => {
  const fixture = join(root, 'test/fixtures/summary/postfix.log');
  const plain = run(['summary', fixture]);
  assert.doesNotMatch(plain.stdout, /Failures by reason/, 'the section is asked for');
  const r = run(['summary', '--by', 'reason', fixture]);
  assert.equal(r.status, 0, r.stderr);
  const section = /^Failures by reason\n-+\n([\s\S]*?)\n\n/m.exec(r.stdout);
  assert.ok(section, r.stdout);
  const body = section[1];
  // Counted by hand: 12 failures (5 deferrals, 2 bounces, 5 rejects).
  assert.match(body, /^\s+total\s+deferred\s+bounced\s+rejected\s+reason$/m);
  assert.match(body, /^\s+2\s+0\s+0\s+2\s+norelaying  Relaying denied$/m);
  assert.match(body, /^\s+2\s+0\s+2\s+0\s+userunknown  Unknown recipient$/m);
  assert.match(body, /^\s+2\s+2\s+0\s+0\s+greylisted  Greylisted$/m);
  assert.match(body, /^\s+1\s+1\s+0\s+0\s+toomanyconn  Too many connections$/m);
  assert.match(body, /^\s+domains: bad\.example \(2\)$/m);
  assert.match(body, /^\s+recipients: junk@bad\.example \(1\), spam@bad\.example \(1\)$/m);
  // The same with --by=reason, and the same section before the top replies in the rest of the report.
  assert.equal(run(['summary', '--by=reason', fixture]).stdout, r.stdout);
  assert.equal(r.stdout.replace(/^Failures by reason\n[\s\S]*?\n\n(?=Top transient)/m, ''), plain.stdout, 'only the section is added');

  const id = run(['summary', '--by', 'reason', '--locale', 'id', fixture]);
  assert.equal(id.status, 0, id.stderr);
  assert.match(id.stdout, /^Kegagalan menurut alasan\n-+$/m);
  assert.match(id.stdout, /^\s+total\s+ditunda\s+bounce\s+ditolak\s+alasan$/m);
  assert.match(id.stdout, /^\s+2\s+0\s+2\s+0\s+userunknown  Penerima tidak dikenal$/m);
  // wrapped between items at 100 columns (the width off a terminal)
  assert.match(id.stdout, /^\s+penerima: frank@nosuch\.example \(1\),\n\s{51}ivan@mx1\.example\.net \(1\)$/m);

  // --json always has it, as byReason; --by takes only "reason".
  const json = JSON.parse(run(['summary', '--json', fixture]).stdout);
  assert.equal(json.byReason.reduce((n: number, x: { total: number }) => n + x.total, 0), 12);
  assert.equal(json.byReason.find((x: { reason: string }) => x.reason === 'userunknown').name, 'Unknown recipient');
  assertUsageError(run(['summary', '--by', 'host', fixture]), /--by must be one of reason/);
  assert.match(run(['summary', '--help']).stdout, /--by reason/);
  assert.match(run(['--help']).stdout, /summary \[--json\] \[--by reason\]/);
});

test('summary on threads (a file cut into parts) prints what one pass prints', () => {
  const fixture = readFileSync(join(root, 'test/fixtures/summary/postfix.log'), 'utf8');
  // The fixture three times over, so parts cut in the middle of its story.
  writeFileSync(join(dir, 'thrice.log'), fixture + fixture + fixture);
  const one = run(['summary', '--json', 'thrice.log'], undefined, { SMTP_CODES_THREADS: '1' });
  const three = run(['summary', '--json', 'thrice.log'], undefined, { SMTP_CODES_THREADS: '3' });
  assert.equal(one.status, 0, one.stderr);
  assert.equal(three.status, 0, three.stderr);
  assert.equal(three.stdout, one.stdout);
  assert.equal(JSON.parse(one.stdout).totals.delivered, 12);
  assert.equal(JSON.parse(one.stdout).rejectDetail[0].firstLine, 13);
});

test('--help for the program and for every command; --version', () => {
  const main = run(['--help']);
  assert.equal(main.status, 0);
  for (const command of ['scan', 'check', 'explain', 'compare', 'summary', 'lsp']) {
    assert.match(main.stdout, new RegExp(`^  ${command} `, 'm'), command);
    const r = run([command, '--help']);
    assert.equal(r.status, 0, command);
    assert.match(r.stdout, new RegExp(`^Usage: smtp-codes ${command}`), command);
    assert.equal(r.stderr, '');
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(run(['--version']).stdout.trim(), pkg.version);
});

test('output into a pipe that closes early (| head -1) ends quietly', async () => {
  const many = Array.from({ length: 40_000 }, (_, i) => POSTFIX_DEFER.replace('5B2C3D4E5F', `Q${i}`)).join('\n');
  writeFileSync(join(dir, 'many.log'), many);
  const child = spawn(process.execPath, [cli, 'scan', '--json', 'many.log'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const firstLine = await new Promise<string>((resolveLine) => {
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const nl = buf.indexOf('\n');
      if (nl >= 0) {
        child.stdout.destroy(); // the reader goes away, like head after one line
        resolveLine(buf.slice(0, nl));
      }
    });
  });
  const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
  assert.equal(JSON.parse(firstLine).file, 'many.log');
  assert.equal(code, 0);
  assert.equal(stderr, '');
});

test('lsp --stdio answers initialize', async () => {
  const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  const send = (msg: object): void => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const response = new Promise<{ id: number; result?: { capabilities?: object } }>((resolveResponse, reject) => {
    let buf = Buffer.alloc(0);
    child.stdout.on('data', (d: Buffer) => {
      buf = Buffer.concat([buf, d]);
      for (;;) {
        const headerEnd = buf.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, headerEnd).toString())?.[1]);
        if (buf.length < headerEnd + 4 + length) return;
        const msg = JSON.parse(buf.subarray(headerEnd + 4, headerEnd + 4 + length).toString());
        buf = buf.subarray(headerEnd + 4 + length);
        if (msg.id === 1) resolveResponse(msg);
      }
    });
    child.on('exit', (c) => reject(new Error(`server exited with ${c} before answering`)));
  });
  send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  const deadline = setTimeout(() => child.kill(), 20_000);
  try {
    const msg = await response;
    assert.ok(msg.result?.capabilities, JSON.stringify(msg));
  } finally {
    clearTimeout(deadline);
    send({ id: 2, method: 'shutdown' });
    send({ method: 'exit' });
    await new Promise((done) => child.on('close', done));
  }
});

test('pipes are read: /dev/stdin, a FIFO and a process substitution, plain or gzip, also on threads', async () => {
  const plain = run(['check', '--format', 'json', 'mixed.log']);
  const asF = (r: SpawnSyncReturns<string>, name: string) => r.stdout.replaceAll(JSON.stringify(name), '"F"');
  const expected = asF(plain, 'mixed.log');
  assert.ok(expected.length > 0);
  // /dev/stdin with stdin a pipe: no positions to read at (this failed with ESPIPE)
  const piped = spawnSync('bash', ['-c', `cat mixed.log | "${process.execPath}" "${cli}" check --format json /dev/stdin`], { cwd: dir, encoding: 'utf8' });
  if (piped.error === undefined) {
    assert.equal(piped.status, 1, piped.stderr);
    assert.equal(asF(piped, '/dev/stdin'), expected);
  }
  // and with stdin a socket, as a Node parent gives it (Linux cannot open that by name)
  const stdin = run(['check', '--format', 'json', '/dev/stdin'], readFileSync(join(dir, 'mixed.log')));
  assert.equal(stdin.status, 1, stdin.stderr);
  assert.equal(asF(stdin, '/dev/stdin'), expected);
  const gz = run(['check', '--format', 'json', '/dev/stdin'], gzipSync(readFileSync(join(dir, 'mixed.log'))));
  assert.equal(asF(gz, '/dev/stdin'), expected, 'gzip through a pipe is decompressed');
  const dash = run(['check', '--format', 'json', '-'], gzipSync(readFileSync(join(dir, 'mixed.log'))));
  assert.equal(asF(dash, '-'), expected, 'and through "-"');

  // bash's <(…), the usual way to feed a rotated or filtered log
  const bash = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" summary --json <(cat mixed.log) && SMTP_CODES_THREADS=3 "${process.execPath}" "${cli}" summary --json <(cat mixed.log)`], { cwd: dir, encoding: 'utf8' });
  if (bash.error === undefined) {
    assert.equal(bash.status, 0, bash.stderr);
    assert.equal(bash.stderr, '');
    const [one, threads] = bash.stdout.split(/\n(?=\{)/).map((s) => JSON.parse(s));
    const file = JSON.parse(run(['summary', '--json', 'mixed.log']).stdout);
    assert.deepEqual(one.totals, file.totals);
    assert.deepEqual(threads.totals, file.totals, 'threads fall back to one pass on a pipe');
    assert.match(one.files[0], /^\/dev\/fd\/\d+$/);
  }

  // a named FIFO: the writer comes after the reader opened it
  const fifo = join(dir, 'mail.fifo');
  if (spawnSync('mkfifo', [fifo]).status === 0) {
    const reader = spawn(process.execPath, [cli, 'check', '--format', 'json', fifo], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    reader.stdout.on('data', (d) => (out += d));
    reader.stderr.on('data', (d) => (err += d));
    const writer = spawn(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(fifo)}, require('fs').readFileSync('mixed.log'))`], { cwd: dir });
    const [code] = await Promise.all([new Promise<number | null>((done) => reader.on('close', done)), new Promise((done) => writer.on('close', done))]);
    assert.equal(code, 1, err);
    assert.equal(out.replaceAll(JSON.stringify(fifo), '"F"'), expected);
  }
});

test('no arguments: the usage on stderr and exit 2; --help and help: on stdout and exit 0', () => {
  const none = run([]);
  assert.equal(none.status, 2);
  assert.equal(none.stdout, '');
  assert.match(none.stderr, /^smtp-codes .*\n\nUsage: smtp-codes <command>/);
  for (const args of [['--help'], ['-h'], ['help']]) {
    const r = run(args);
    assert.equal(r.status, 0, args.join(' '));
    assert.match(r.stdout, /Usage: smtp-codes <command>/);
    assert.equal(r.stderr, '');
  }
});

test('explain 5.7.606 leads with Microsoft\'s reading; a registered code keeps providers apart as possible readings', () => {
  const r = run(['explain', '5.7.606']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.split('\n')[0], '5.7.606 — Banned sending IP');
  assert.match(r.stdout, /^Not in the registry: Microsoft 365 \/ Outlook\.com’s own code/m);
  assert.doesNotMatch(r.stdout, /^Not a registered code/m);
  assert.match(r.stdout, /\nDescription\n {2}Microsoft's filtering/);
  assert.doesNotMatch(r.stdout, /550, 553 or 554/);
  assert.doesNotMatch(r.stdout, /^Possible readings/m, 'the one reading is not repeated');
  assert.match(r.stdout, /^ {2}Microsoft 365 delist portal {2}https:\/\/sender\.office\.com\/$/m);
  for (const [code, title] of [['4.7.500', 'Temporary restriction while traffic is evaluated'], ['550 5.7.708', 'Traffic not accepted from this IP']]) {
    assert.equal(run(['explain', code]).stdout.split('\n')[0], `${code} — ${title}`);
  }
  const json = JSON.parse(run(['explain', '5.7.606', '--json']).stdout);
  assert.equal(json.leadingProvider, 'Microsoft 365 / Outlook.com');
  assert.equal(run(['explain', '5.7.606', '--locale', 'id']).stdout.split('\n')[0], '5.7.606 — IP pengirim diblokir (banned)');
  const gmail = run(['explain', '5.7.26']).stdout;
  const heading = gmail.indexOf('\nPossible readings');
  assert.ok(heading > gmail.indexOf('\nDescription\n'), 'after the standard sections');
  assert.match(gmail.slice(heading), /^ {2}Gmail \/ Google Workspace 5\.7\.26: /m);
  assert.doesNotMatch(gmail.slice(0, heading), /Gmail/, 'not mixed into the standard meaning');
  assert.doesNotMatch(run(['explain', '451']).stdout, /Possible readings/);
});

test('explain TSS04 and explain "421 4.7.0 [TSS04] ..." give Yahoo\'s reading; a tag without a known reply asks for the reply', () => {
  for (const args of [['TSS04'], ['421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints']]) {
    const r = run(['explain', ...args]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.split('\n')[0], '421 4.7.0 — Deferred for unexpected volume or complaints');
    assert.match(r.stdout, /^Provider usage: Yahoo Mail \/ AOL$/m);
    assert.match(r.stdout, /\nDescription\n {2}Yahoo and AOL temporarily defer/);
  }
  const id = run(['explain', 'TSS04', '--locale', 'id']);
  assert.equal(id.stdout.split('\n')[0], '421 4.7.0 — Ditunda karena volume atau keluhan yang tidak terduga');
  assertUsageError(run(['explain', 'TSS05']), /TSS05 is a Yahoo Mail \/ AOL tag; give the whole reply/);
  assertUsageError(run(['explain', 'nonsense']), /is not an SMTP code/);
});

test('compare 220 220 stops after "the same code"; compare 530 535 says what each means', () => {
  const same = run(['compare', '220', '220']);
  assert.equal(same.status, 0, same.stderr);
  assert.match(same.stdout, /Summary\n {2}220 and 220 are the same code\.\n/);
  assert.doesNotMatch(same.stdout, /Description|Key differences|When to use which/);
  assert.equal(run(['compare', '220', '220', '--markdown']).stdout, '# 220 vs 220\n\n220 and 220 are the same code.\n');
  const auth = run(['compare', '530', '535']).stdout.replace(/\n {2}/g, ' ');
  assert.match(auth, /530: no login was attempted and one is required\. 535: a login was attempted/);
});

test('the README demo: check names the provider, explain "451 4.7.1" reads as a temporary policy decision, compare 451 550 has one note, "1 deferral"', () => {
  const check = run(['check', join(root, 'test/fixtures/logs/postfix/mail.log')]);
  assert.match(check.stdout, /mail\.log:30:\d+: error: 550 5\.7\.606 Banned sending IP \(Microsoft 365 \/ Outlook\.com\) — Sending IP or host blocked \[blocked\] — permanent/);
  const explained = run(['explain', '451 4.7.1']).stdout;
  assert.match(explained, /^Who acts: Receiving server$/m);
  assert.match(explained, /Here 4\.7\.1 makes the reply a temporary policy decision/);
  assert.match(explained, /\nWhen you see it\n {2}4\.7\.1 is a temporary policy refusal/);
  assert.doesNotMatch(explained, /ran into a problem of its own/, 'not read as a local error');
  assert.doesNotMatch(explained, /will not accept/);
  assert.doesNotMatch(explained, /(?:narrows this down|in particular|About 4\.7\.1|With 4\.7\.1): [A-Z][a-z]/, 'no capital after a lead-in');
  const compare = run(['compare', '451', '550']).stdout;
  const notes = compare.slice(compare.indexOf('\nNotes\n'), compare.indexOf('\nWhen to use which'));
  assert.equal(notes.match(/^ {2}- /gm)?.length, 1, notes);
  assert.match(compare, /^≠ Who acts +Receiving server /m);
  const one = run(['summary', 'warn.log']);
  assert.match(one.stdout, /^\s+1\s+deferred\s+\(1 deferral\)$/m);
  assert.match(run(['summary', '--locale', 'id', 'warn.log']).stdout, /^\s+1\s+ditunda\s+\(1 penundaan\)$/m);
});
