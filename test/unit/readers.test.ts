// The format readers, one line in and the record's fields out (core/readers). One row per shape a reader
// knows; a reader's row failing means a feature (summary, outline, trace) reads that format wrong.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { EVENT_MASK, NO_REPLY, detect, lineFields, lineShape, readRecords, timeOf, type LineFields, type LogFormat, type MailEvent } from '../../server/src/core/readers';
import { postfixNoise, postfixQuiet } from '../../server/src/core/readers/noise';
import { OUTCOMES } from '../../server/src/core/summary/lineClass';
import { INITIAL_SCAN_STATE, sameScanState, scanLine } from '../../server/src/core/scanner';
import { generateLog } from '../bench/generate.mjs';

import { ROOT, corpusDir } from './support';

const SHARED_CORPUS = corpusDir;

type Expect = Partial<LineFields> & { format: LogFormat; event: MailEvent | null };

const rows: Array<[string, string, Expect]> = [
  [
    'postfix smtp deferral',
    'Nov 28 06:25:01 mx1 postfix/smtp[2201]: 4F2D1A1B2C: to=<bob@example.net>, orig_to=<b@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=1543, delays=0.4/0/1.1/0.2, dsn=4.2.0, status=deferred (host mx.example.net[198.51.100.7] said: 450 4.2.0 <bob@example.net>: Recipient address rejected: Greylisted (in reply to RCPT TO command))',
    { format: 'postfix', event: 'deferred', queueId: '4F2D1A1B2C', recipient: 'bob@example.net', origRecipient: 'b@example.net', relay: 'mx.example.net', delay: '1543', dsn: '4.2.0', reason: 'host mx.example.net[198.51.100.7] said: 450 4.2.0 <bob@example.net>: Recipient address rejected: Greylisted (in reply to RCPT TO command)' },
  ],
  [
    'postfix relay=none',
    'Nov 28 06:25:01 mx1 postfix/smtp[2201]: 4F2D1A1B2C: to=<bob@example.net>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.net[198.51.100.7]:25: Connection timed out)',
    { format: 'postfix', event: 'deferred', relay: 'mx.example.net', dsn: '4.4.1', reason: 'connect to mx.example.net[198.51.100.7]:25: Connection timed out' },
  ],
  [
    'postfix content filter hop',
    'Nov 28 06:25:02 mx1 postfix/smtp[2202]: 4F2D1A1B2C: to=<bob@example.net>, relay=127.0.0.1[127.0.0.1]:10024, delay=0.9, dsn=2.0.0, status=sent (250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as 9A8B7C6D5E)',
    { format: 'postfix', event: 'delivered', queueId: '4F2D1A1B2C', relay: '127.0.0.1', linkedId: '9A8B7C6D5E' },
  ],
  ['postfix qmgr', 'Nov 28 06:25:00 mx1 postfix/qmgr[901]: 4F2D1A1B2C: from=<alice@example.com>, size=1234, nrcpt=2 (queue active)', { format: 'postfix', event: 'queued', queueId: '4F2D1A1B2C', sender: 'alice@example.com', size: 1234 }],
  ['postfix null sender', 'Nov 28 06:25:00 mx1 postfix/qmgr[901]: 4F2D1A1B2C: from=<>, size=4699, nrcpt=1 (queue active)', { format: 'postfix', event: 'queued', sender: '' }],
  ['postfix cleanup', 'Nov 28 06:25:00 mx1 postfix/cleanup[2301]: 4F2D1A1B2C: message-id=<abc.123@example.com>', { format: 'postfix', event: 'message-id', messageId: 'abc.123@example.com' }],
  ['postfix smtpd client', 'Nov 28 06:24:59 mx1 postfix/smtpd[2101]: 4F2D1A1B2C: client=mail.example.com[192.0.2.1]', { format: 'postfix', event: 'received', relay: 'mail.example.com' }],
  [
    'postfix NOQUEUE reject',
    'Nov 28 06:24:59 mx1 postfix/smtpd[2101]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 <x@example.org>: Relay access denied; from=<a@b.example> to=<x@example.org> proto=ESMTP helo=<b>',
    { format: 'postfix', event: 'rejected', queueId: null, relay: '192.0.2.9', sender: 'a@b.example', recipient: 'x@example.org', reason: '<x@example.org>: Relay access denied; from=<a@b.example> to=<x@example.org> proto=ESMTP helo=<b>' },
  ],
  ['postfix removed', 'Nov 28 06:25:03 mx1 postfix/qmgr[901]: 4F2D1A1B2C: removed', { format: 'postfix', event: 'removed', queueId: '4F2D1A1B2C' }],
  ['postfix bounce notification', 'Nov 28 06:25:03 mx1 postfix/bounce[3001]: 4F2D1A1B2C: sender non-delivery notification: 5E6F7A8B9C', { format: 'postfix', event: 'notified', linkedId: '5E6F7A8B9C' }],
  ['postfix expired', 'Nov 28 06:25:03 mx1 postfix/qmgr[901]: 4F2D1A1B2C: from=<alice@example.com>, status=expired, returned to sender', { format: 'postfix', event: 'expired' }],
  [
    'sendmail deferral',
    'Nov 28 06:25:20 relay1 sm-mta[4543]: 5ASAPKr0004543: to=<grey@example.net>, delay=00:00:03, xdelay=00:00:03, mailer=esmtp, pri=30550, relay=mx3.example.net. [198.51.100.9], dsn=4.2.0, stat=Deferred: 450 4.2.0 Greylisted',
    { format: 'sendmail', event: 'deferred', queueId: '5ASAPKr0004543', recipient: 'grey@example.net', relay: 'mx3.example.net', dsn: '4.2.0', reason: 'Greylisted' },
  ],
  [
    'sendmail arrival',
    'Nov 28 06:25:00 relay1 sm-mta[4501]: 5ASAP1l0004501: from=<alice@example.com>, size=2040, class=0, nrcpts=1, msgid=<m1@example.com>, proto=ESMTP, relay=client.example.com [192.0.2.5]',
    { format: 'sendmail', event: 'received', sender: 'alice@example.com', size: 2040, messageId: 'm1@example.com', relay: 'client.example.com' },
  ],
  [
    'sendmail check_rcpt reject',
    'Nov 28 06:25:09 relay1 sm-mta[4520]: 5ASAP9d0004520: ruleset=check_rcpt, arg1=<nobody@example.com>, relay=out.example.biz [203.0.113.77], reject=550 5.1.1 <nobody@example.com>... User unknown',
    { format: 'sendmail', event: 'rejected', recipient: 'nobody@example.com', relay: 'out.example.biz' },
  ],
  ['sendmail DSN', 'Nov 28 06:25:16 relay1 sm-mta[4530]: 5ASAPGl0004530: 5ASAPGm0004530: DSN: User unknown', { format: 'sendmail', event: null, queueId: '5ASAPGl0004530', linkedId: '5ASAPGm0004530' }],
  [
    'exim arrival',
    '2026-11-28 09:00:01 1tQ4aB-000Abc-1X <= alice@example.com H=mail.example.com [192.0.2.1] P=esmtps S=2311 id=m2@example.com',
    { format: 'exim', event: 'received', queueId: '1tQ4aB-000Abc-1X', sender: 'alice@example.com', relay: 'mail.example.com', size: 2311, messageId: 'm2@example.com' },
  ],
  [
    'exim deferral',
    '2026-11-28 09:00:02 [12345] 1tQ4aB-000Abc-1X == bob@example.net R=dnslookup T=remote_smtp defer (-44) H=mx.example.net [198.51.100.7]: SMTP error from remote mail server after RCPT TO:<bob@example.net>: 451 4.7.1 Try later',
    { format: 'exim', event: 'deferred', queueId: '1tQ4aB-000Abc-1X', recipient: 'bob@example.net', relay: 'mx.example.net', reason: 'SMTP error from remote mail server after RCPT TO:<bob@example.net>: 451 4.7.1 Try later' },
  ],
  ['exim delivery with parent', '2026-11-28 09:00:03 1tQ4aB-000Abc-1X => bob@example.net <b@example.net> R=dnslookup T=remote_smtp H=mx.example.net [198.51.100.7] C="250 2.0.0 OK" QT=2s', { format: 'exim', event: 'delivered', recipient: 'bob@example.net', origRecipient: 'b@example.net', delay: '2s' }],
  ['exim completed', '2026-11-28 09:00:04 1tQ4aB-000Abc-1X Completed', { format: 'exim', event: 'removed', queueId: '1tQ4aB-000Abc-1X' }],
  [
    'opensmtpd delivery',
    'Mar  3 08:01:00 mail smtpd[4021]: 8d2e1f3a6b7c9d03 mta delivery evpid=550e22a0f6b7c8d9 from=<alice@example.com> to=<erin@example.org> rcpt=<-> source="192.0.2.10" relay="198.51.100.60 (mx1.example.org)" delay=2s result="TempFail" stat="451 4.7.1 Greylisted"',
    { format: 'opensmtpd', event: 'deferred', queueId: '550e22a0', session: '8d2e1f3a6b7c9d03', sender: 'alice@example.com', recipient: 'erin@example.org', relay: 'mx1.example.org', delay: '2s' },
  ],
  ['opensmtpd message', 'Mar  3 08:00:00 mail smtpd[4021]: 8d2e1f3a6b7c9d02 smtp message msgid=7d3e12a0 size=1234 nrcpt=1 proto=ESMTP', { format: 'opensmtpd', event: 'queued', queueId: '7d3e12a0', size: 1234 }],
  ['qmail delivery', 'Nov 28 06:25:01 mx qmail: 1764311101.123456 starting delivery 7: msg 12345 to remote bob@example.net', { format: 'qmail', event: null, queueId: '12345', recipient: 'bob@example.net', session: 'delivery 7' }],
  ['courier', 'Nov 28 06:25:01 mx courieresmtp: id=0004A1B2.65A1B2C3.00001234,from=<a@example.com>,addr=<b@example.net>,status: deferred', { format: 'courier', event: null, queueId: '0004A1B2.65A1B2C3.00001234', sender: 'a@example.com', recipient: 'b@example.net' }],
  ['bounce field', 'Final-Recipient: rfc822; bob@example.net', { format: 'dsn', event: null, recipient: 'bob@example.net' }],
  ['json event', '{"event":"bounce","email":"bob@example.net","smtp-id":"<m3@example.com>","reason":"550 5.1.1 unknown"}', { format: 'json', event: null, recipient: 'bob@example.net', messageId: 'm3@example.com' }],
  ['transcript', 'C: RCPT TO:<bob@example.net>', { format: 'transcript', event: null, recipient: 'bob@example.net' }],
  ['haraka', '[NOTICE] [8D6E1F2A-1B2C-4D5E-8F90-123456789ABC.1] [outbound] delivered file=...', { format: 'haraka', event: null, queueId: '8D6E1F2A-1B2C-4D5E-8F90-123456789ABC.1' }],
  ['generic', 'Nov 28 06:25:01 mx someprogram[1]: 3A4B5C6D7E: something happened', { format: 'generic', event: null, queueId: '3A4B5C6D7E' }],
];

for (const [name, line, expect] of rows) {
  test(`reader: ${name}`, () => {
    const got = lineFields(line);
    for (const [key, value] of Object.entries(expect)) assert.deepEqual(got[key as keyof typeof got], value, `${key} of: ${line}`);
  });
}

test('record stream: a multi-line reply belongs to the line it ends on; records come once each, in line order', () => {
  const text = ['S: 220 mx.example.net ESMTP', 'C: EHLO client.example.com', 'S: 250-mx.example.net', 'S: 250-PIPELINING', 'S: 250 SIZE 10240000', 'C: MAIL FROM:<a@example.com>', 'S: 250 2.1.0 Ok'].join('\n');
  const records = readRecords(text);
  assert.deepEqual(
    records.map((r) => r.line),
    [0, 1, 2, 3, 4, 5, 6],
  );
  assert.equal(records[4].reply?.code, '250');
  assert.equal(records[4].reply?.parts.length, 3);
  assert.equal(records[2].reply, null);
  assert.equal(records[5].sender, 'a@example.com');
});

test('record stream: a reply left open by a dash and closed by a line without a reply goes to the line it started on', () => {
  const records = readRecords(['S: 250-first part', 'S: 250-second part', 'C: QUIT'].join('\n'));
  assert.deepEqual(
    records.map((r) => [r.line, r.endLine, r.reply?.code ?? null]),
    [
      [0, 1, '250'],
      [1, 1, null],
      [2, 2, null],
    ],
  );
});

test('record: time, host and program of a syslog line', () => {
  const [r] = readRecords('Nov 28 06:25:01 mx1 postfix/smtp[2201]: 4F2D1A1B2C: to=<bob@example.net>, relay=mx.example.net[198.51.100.7]:25, dsn=5.1.1, status=bounced (host mx.example.net[198.51.100.7] said: 550 5.1.1 no such user (in reply to RCPT TO command))');
  assert.equal(r.time, 'Nov 28 06:25:01');
  assert.equal(r.host, 'mx1');
  assert.equal(r.program, 'postfix/smtp');
  assert.equal(r.event, 'bounced');
  assert.equal(r.reply?.code, '550');
  assert.equal(r.reply?.enhanced, '5.1.1');
});

/** Every fixture and corpus file (latin1, as bytes read one to one), and a 2 MB generated day of each profile. */
async function fixturesCorpusAndDays(seed: number): Promise<Array<[string, string]>> {
  const sources: Array<[string, string]> = [];
  for (const dir of [join(ROOT, 'test/fixtures'), ...(existsSync(SHARED_CORPUS) ? [SHARED_CORPUS] : [])]) {
    for (const f of readdirSync(dir, { recursive: true }).map(String)) {
      const path = join(dir, f);
      if (statSync(path).isFile()) sources.push([path, readFileSync(path, 'latin1')]);
    }
  }
  for (const profile of ['day', 'failures'] as const) {
    let text = '';
    await generateLog(2 * 1024 * 1024, (chunk: string) => void (text += chunk), seed, profile);
    sources.push([`generated ${profile}`, text]);
  }
  return sources;
}

test("postfix reader: its own replies equal the general recognizer's on every Postfix line it reads (fixtures, corpus, generated days)", async () => {
  const sources = await fixturesCorpusAndDays(7);
  let read = 0;
  for (const [name, text] of sources) {
    text.split('\n').forEach((line, i) => {
      const { reader, header } = detect(line);
      if (reader.replies === undefined) return;
      const own = reader.replies(line, i, header);
      if (own === null) return;
      read++;
      const general = scanLine(line, i, INITIAL_SCAN_STATE);
      assert.deepEqual(own, general.findings, `${name}:${i + 1}: ${line}`);
      assert.ok(sameScanState(general.state, INITIAL_SCAN_STATE), `${name}:${i + 1}: the recognizer would carry state`);
    });
  }
  // the generated days alone hold thousands of delivery records and refusals
  assert.ok(read > 5000, `only ${read} lines read by the Postfix reader's own replies`);
});

test('postfix reader: numbers that cannot be codes (IP addresses, versions, a delay, a queue id) leave the line its own', () => {
  const yahoo =
    'Nov 28 06:25:01 mx1 postfix/smtp[2201]: 4F2D1A1B2C: to=<a@yahoo.com>, relay=mta5.am0.yahoodns.net[250.0.2.1]:25, delay=499, delays=0/0/0/1, dsn=4.7.0, status=deferred (host mta5.am0.yahoodns.net[250.0.2.1] said: 421 4.7.0 [TSS04] Messages from 4.56.9.81 temporarily deferred - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command))';
  const { reader, header } = detect(yahoo);
  const own = reader.replies?.(yahoo, 0, header);
  assert.deepEqual(
    own?.map((f) => [f.code, f.enhanced]),
    [
      [null, '4.7.0'],
      ['421', '4.7.0'],
    ],
  );
  assert.deepEqual(own, scanLine(yahoo, 0, INITIAL_SCAN_STATE).findings);
});

test('postfix reader: declines what it does not know, so the recognizer reads it', () => {
  // a second code in the reply's text: where it stands decides whether it is one, so the recognizer reads it
  const quoted =
    'Nov 28 06:25:01 mx1 postfix/smtp[2201]: 4F2D1A1B2C: to=<a@yahoo.com>, relay=mta5.am0.yahoodns.net[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=4.7.0, status=deferred (host mta5.am0.yahoodns.net[192.0.2.1] said: 421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred, last said: 550 5.7.1 (in reply to MAIL FROM command))';
  const { reader, header } = detect(quoted);
  assert.equal(reader.replies?.(quoted, 0, header), null);
  const other = 'Nov 28 06:25:01 mx1 postfix/smtp[2201]: 4F2D1A1B2C: host mx.example.net[192.0.2.1] said: 450 4.2.0 try later (in reply to RCPT TO command)';
  const d = detect(other);
  assert.equal(d.reader.replies?.(other, 0, d.header), null);
});

test('noise filter: a line it counts as bytes is one the Postfix reader gives no reply and no counted event, or exactly a message received (fixtures, corpus, generated days)', async () => {
  const sources = await fixturesCorpusAndDays(3);
  let noise = 0;
  let received = 0;
  let dayNoise = 0;
  let dayReceived = 0;
  let dayLines = 0;
  for (const [name, text] of sources) {
    text.split('\n').forEach((line, i) => {
      if (name === 'generated day') dayLines++;
      const bytes = Buffer.from(line, 'latin1');
      const quiet = postfixQuiet(bytes, 0, bytes.length);
      const host = postfixNoise(bytes, 0, bytes.length);
      if (quiet < 0) return assert.equal(host, -1);
      const { reader, shape } = lineShape(line);
      const where = `${name}:${i + 1}: ${line}`;
      assert.equal(reader.format, 'postfix', where);
      assert.ok((shape & NO_REPLY) !== 0, `the reader would look for a reply: ${where}`);
      assert.equal(timeOf(line), line.slice(0, (quiet >> 1) - 1), where);
      if ((quiet & 1) === 1) {
        received++;
        if (name === 'generated day') dayReceived++;
        assert.equal(host, -1, `noise and received at once: ${where}`);
        assert.equal(OUTCOMES[shape & EVENT_MASK], 'received', `not a message received: ${where}`);
      } else {
        noise++;
        if (name === 'generated day') dayNoise++;
        assert.equal(host, quiet >> 1, where);
        assert.equal(OUTCOMES[shape & EVENT_MASK], null, `the summary counts this line's event: ${where}`);
      }
    });
  }
  // most of a busy Postfix day is noise, and every message of it was received once
  assert.ok(dayNoise > dayLines / 2, `${dayNoise} of ${dayLines} lines of the generated day counted as noise (${noise} in all)`);
  assert.ok(dayReceived > dayLines / 10, `${dayReceived} of ${dayLines} lines of the generated day counted as received (${received} in all)`);
});

test('noise filter: refuses what a summary counts or reads further; arrivals are received, not noise', () => {
  const counted = [
    'Nov 28 06:25:01 mx1 postfix/qmgr[901]: ABCDE12345: from=<>, status=expired, returned to sender',
    'Nov 28 06:25:01 mx1 postfix/smtpd[2101]: ABCDE12345: client=host.example[192.0.2.1]',
    'Nov 28 06:25:01 mx1 postfix/smtpd[2101]: NOQUEUE: reject: RCPT from host.example[192.0.2.1]: 554 5.7.1 <a@b.example>: Relay access denied; from=<x@y.example> to=<a@b.example> proto=ESMTP helo=<h>',
    'Nov 28 06:25:01 mx1 postfix/pickup[2701]: ABCDE12345: uid=1039 from=<office>',
    'Nov 28 06:25:01 mx1 postfix/smtp[2201]: ABCDE12345: to=<a@b.example>, relay=mx.b.example[192.0.2.2]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok)',
    'Nov 28 06:25:01 mx1 postfix/smtpd[2101]: warning: hostname x.example does not resolve to address 192.0.2.1',
    'Nov 28 06:25:01 mx1 postfix/cleanup[2301]: ABCDE12345: milter-reject: END-OF-MESSAGE from h[192.0.2.1]: 5.7.1 spam; from=<a@b> to=<c@d>',
    'Nov 28 06:25:01 mx1 postfix-out/smtpd[2101]: connect from host.example[192.0.2.1]',
    'Nov 28 06:25:01 mx1 sendmail[2101]: connect from host.example[192.0.2.1]',
    'Nov 28 06:25',
    '',
  ];
  for (const line of counted) {
    const bytes = Buffer.from(line);
    assert.equal(postfixNoise(bytes, 0, bytes.length), -1, line);
  }
  const noise = 'Nov 28 06:25:01 mx1 postfix/smtpd[2101]: disconnect from host.example[192.0.2.1] ehlo=1 quit=1 commands=2';
  assert.equal(postfixNoise(Buffer.from(noise), 0, noise.length), 'Nov 28 06:25:01 '.length);
  // arrivals are "received" to postfixQuiet (host << 1 | 1), never noise; the rest of the table is refused
  const host = 'Nov 28 06:25:01 '.length;
  for (const line of [counted[1], counted[3], 'Nov 28 06:25:01 mx1 postfix/pickup[2701]: ABCDE12345: sender=<office@example.com>']) {
    const bytes = Buffer.from(line);
    assert.equal(postfixQuiet(bytes, 0, bytes.length), (host << 1) | 1, line);
  }
  for (const line of [counted[0], counted[2], ...counted.slice(4)]) {
    const bytes = Buffer.from(line);
    assert.equal(postfixQuiet(bytes, 0, bytes.length), -1, line);
  }
});
