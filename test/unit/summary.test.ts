// The log summary, checked against small logs counted by hand (test/fixtures/summary/*, one per format)
// and against pflogsumm's Grand Totals for the Postfix fixture (skipped loudly without pflogsumm; under
// CI=true it fails instead).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { INITIAL_SCAN_STATE, scanLine } from '../../server/src/core/scanner';
import { SummaryBuilder, lineOutcome, readStamp, replyPattern, type PatternRow, type Summary } from '../../server/src/core/summary';
import { generateLog } from '../bench/generate.mjs';
import { ROOT, requireShared } from './support';

const fixtures = join(ROOT, 'test/fixtures/summary');

function linesOf(file: string): string[] {
  const lines = readFileSync(join(fixtures, file), 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function summarize(file: string, options: ConstructorParameters<typeof SummaryBuilder>[0] = {}): Summary {
  const b = new SummaryBuilder(options);
  for (const line of linesOf(file)) b.feed(line, file);
  return b.result();
}

/** The row for these codes, or a failure that lists what is there. */
function row(rows: PatternRow[], code: string | null, enhanced: string | null, patternPart = ''): PatternRow {
  const r = rows.find((x) => x.code === code && x.enhanced === enhanced && x.pattern.includes(patternPart));
  assert.ok(r, `no row ${code} ${enhanced} "${patternPart}" in ${JSON.stringify(rows.map((x) => [x.code, x.enhanced, x.pattern, x.count]))}`);
  return r;
}

const sum = (rows: Array<{ count: number }>): number => rows.reduce((n, r) => n + r.count, 0);

test('postfix: grand totals as counted by hand (and as pflogsumm counts them)', () => {
  const s = summarize('postfix.log');
  // received: 2 smtpd client= lines + 1 pickup; delivered: 4 status=sent (the "forwarded as" one apart);
  // deferred: 5 status=deferred lines of 3 queue ids; bounced: 2; expired: 1; rejected: 2 relay denied,
  // 1 postscreen, 1 cleanup milter-reject, 1 greylisting reject.
  assert.deepEqual(s.totals, { received: 3, delivered: 4, forwarded: 1, deferred: 3, deferrals: 5, bounced: 2, expired: 1, rejected: 5 });
  assert.equal(s.lines, 44);
  assert.equal(s.firstTime, 'Nov 28 06:25:01');
  assert.equal(s.lastTime, 'Nov 28 08:55:00');
});

test('postfix: per-hour traffic', () => {
  const s = summarize('postfix.log');
  const hour = (h: string) => s.hourOfDay.find((r) => r.hour === h);
  assert.deepEqual(hour('06'), { hour: '06', received: 1, delivered: 2, deferred: 0, bounced: 0, rejected: 2 });
  assert.deepEqual(hour('07'), { hour: '07', received: 2, delivered: 2, deferred: 2, bounced: 1, rejected: 3 });
  assert.deepEqual(hour('08'), { hour: '08', received: 0, delivered: 0, deferred: 3, bounced: 1, rejected: 0 });
  assert.equal(s.hourOfDay.length, 24);
  assert.deepEqual(
    s.perHour.map((r) => r.hour),
    ['Nov 28 06', 'Nov 28 07', 'Nov 28 08'],
  );
});

test('postfix: replies by class, code and enhanced code (dsn= beside said: counts once)', () => {
  const s = summarize('postfix.log');
  // 15 lines carry a reply: 3 positive (with 250), 6 transient, 6 permanent. The 2 lines with only
  // dsn=2.0.0 (local delivery) are delivery records, not replies.
  assert.equal(s.replies, 15);
  assert.deepEqual(s.byClass, { 'positive-completion': 3, 'positive-intermediate': 0, 'transient-negative': 6, 'permanent-negative': 6 });
  const codes = Object.fromEntries(s.byCode.map((r) => [r.key, r.count]));
  assert.deepEqual(codes, { '250': 3, '450': 3, '550': 2, '554': 2, '421': 1 });
  const enhanced = Object.fromEntries(s.byEnhanced.map((r) => [r.key, r.count]));
  assert.deepEqual(enhanced, { '2.0.0': 3, '5.7.1': 4, '4.2.0': 2, '4.4.1': 2, '5.1.1': 2, '4.7.0': 1, '4.7.1': 1 });
  assert.equal(s.byCommand.find((r) => r.key === 'RCPT TO')?.count, 7);
});

test('postfix: deferral, bounce and reject detail with patterns, times and first line', () => {
  const s = summarize('postfix.log');
  const grey = row(s.deferralDetail, '450', '4.2.0', 'Greylisted');
  assert.equal(grey.count, 2);
  assert.equal(grey.pattern, '<ADDRESS>: Recipient address rejected: Greylisted, see https://postgrey.example/help/example.com');
  assert.equal(grey.first, 'Nov 28 07:02:46');
  assert.equal(grey.last, 'Nov 28 07:32:09');
  assert.equal(grey.firstLine, 20);
  assert.equal(grey.firstFile, 'postfix.log');
  assert.ok(grey.title && grey.title.length > 0, 'the knowledge base title is attached');
  // A deferral without a reply code: the reason from the line, the enhanced code from dsn=.
  const timeout = row(s.deferralDetail, null, '4.4.1');
  assert.equal(timeout.count, 2);
  assert.equal(timeout.pattern, 'connect to mx.slow.example[IP]: Connection timed out');
  assert.equal(row(s.deferralDetail, '421', '4.7.0').pattern, 'Too many connections from IP, try again later');
  assert.equal(sum(s.deferralDetail), 5);

  assert.equal(row(s.bounceDetail, '550', '5.1.1').count, 1);
  assert.equal(row(s.bounceDetail, null, '5.1.1').pattern, 'unknown user: "ivan"');
  assert.equal(sum(s.bounceDetail), 2);

  assert.equal(row(s.rejectDetail, '554', '5.7.1', 'Relay access denied').count, 2);
  assert.equal(row(s.rejectDetail, '550', '5.7.1').pattern, 'Service unavailable; client [IP] blocked using zen.spamhaus.org');
  assert.equal(row(s.rejectDetail, null, '5.7.1').pattern, 'Spam message rejected');
  assert.equal(row(s.rejectDetail, '450', '4.7.1').count, 1);
  assert.equal(sum(s.rejectDetail), 5);
});

test('postfix: top transient and permanent replies', () => {
  const s = summarize('postfix.log');
  assert.equal(s.topTransient[0].code, '450');
  assert.equal(s.topTransient[0].count, 2);
  assert.ok(s.topTransient.every((r) => r.replyClass === 'transient-negative'));
  assert.equal(sum(s.topTransient), 6);
  assert.equal(s.topPermanent[0].code, '554');
  assert.equal(s.topPermanent[0].count, 2);
  assert.ok(s.topPermanent.every((r) => r.replyClass === 'permanent-negative'));
  assert.equal(sum(s.topPermanent), 6);
  // A bare dsn=4.4.1 gets the line's reason as its text, not ", status=deferred (...".
  assert.equal(row(s.topTransient, null, '4.4.1').pattern, 'connect to mx.slow.example[IP]: Connection timed out');
});

test('postfix: hosts and recipient domains with the most failures', () => {
  const s = summarize('postfix.log');
  assert.deepEqual(s.hosts[0], { name: 'mx.example.com', deferred: 3, bounced: 0, rejected: 0, total: 3 });
  const host = (n: string) => s.hosts.find((h) => h.name === n);
  assert.deepEqual(host('198.51.100.23'), { name: '198.51.100.23', deferred: 0, bounced: 0, rejected: 2, total: 2 });
  assert.deepEqual(host('mx.slow.example'), { name: 'mx.slow.example', deferred: 2, bounced: 0, rejected: 0, total: 2 });
  assert.deepEqual(host('smtp.partner.example'), { name: 'smtp.partner.example', deferred: 0, bounced: 0, rejected: 2, total: 2 });
  assert.deepEqual(host('192.0.2.200'), { name: '192.0.2.200', deferred: 0, bounced: 0, rejected: 1, total: 1 });
  assert.deepEqual(s.domains[0], { name: 'mx1.example.net', deferred: 0, bounced: 1, rejected: 3, total: 4 });
  assert.deepEqual(
    s.domains.find((d) => d.name === 'example.com'),
    { name: 'example.com', deferred: 3, bounced: 0, rejected: 0, total: 3 },
  );
});

test('postfix: failures by reason, counted by hand, with their top domains and recipients', () => {
  const s = summarize('postfix.log');
  // 5 deferrals, 2 bounces, 5 rejects, each with one reason: the reply's where the line has one, else the
  // line's own words and dsn= (the two "Connection timed out" deferrals, the local "unknown user" bounce).
  // The expired message (qmgr status=expired) is not a deferral, bounce or reject, as in the totals.
  const counts = Object.fromEntries(s.byReason.map((r) => [r.reason, [r.deferred, r.bounced, r.rejected, r.total]]));
  assert.deepEqual(counts, {
    blocked: [0, 0, 2, 2], // postscreen "blocked using zen.spamhaus.org"; 450 4.7.1 "Recipient address rejected: Try again later" (by 4.7.1)
    expired: [2, 0, 0, 2], // dsn=4.4.1 "connect to ...: Connection timed out", twice
    greylisted: [2, 0, 0, 2],
    norelaying: [0, 0, 2, 2],
    userunknown: [0, 2, 0, 2], // 550 5.1.1 "User unknown in virtual mailbox table"; local dsn=5.1.1 unknown user: "ivan"
    spamdetected: [0, 0, 1, 1], // cleanup milter-reject 5.7.1 "Spam message rejected"
    toomanyconn: [1, 0, 0, 1],
  });
  assert.deepEqual(
    s.byReason.map((r) => r.reason),
    ['blocked', 'expired', 'greylisted', 'norelaying', 'userunknown', 'spamdetected', 'toomanyconn'],
    'most failures first, then by id',
  );
  assert.equal(s.byReason.reduce((n, r) => n + r.total, 0), s.totals.deferrals + s.totals.bounced + s.totals.rejected);
  const unknown = s.byReason.find((r) => r.reason === 'userunknown')!;
  assert.equal(unknown.name, 'Unknown recipient');
  assert.deepEqual(unknown.topDomains, [
    { name: 'mx1.example.net', deferred: 0, bounced: 1, rejected: 0, total: 1 },
    { name: 'nosuch.example', deferred: 0, bounced: 1, rejected: 0, total: 1 },
  ]);
  assert.deepEqual(unknown.topRecipients, [
    { address: 'frank@nosuch.example', count: 1 },
    { address: 'ivan@mx1.example.net', count: 1 },
  ]);
  assert.deepEqual(s.byReason.find((r) => r.reason === 'greylisted')!.topRecipients, [{ address: 'erin@example.com', count: 2 }]);
  assert.equal(summarize('postfix.log', { locale: 'id' }).byReason.find((r) => r.reason === 'userunknown')!.name, 'Penerima tidak dikenal');
});

test('exim, sendmail, transcript and bounce message: every failure has a reason', () => {
  const reasons = (file: string) => Object.fromEntries(summarize(file).byReason.map((r) => [r.reason, r.total]));
  // Exim: 451 greylisted x2, 452 4.3.1 (insufficient storage), 550 5.1.1 user unknown, "relay not permitted" (no code)
  assert.deepEqual(reasons('exim.mainlog'), { greylisted: 2, systemfull: 1, userunknown: 1, norelaying: 1 });
  for (const file of ['sendmail.log', 'transcript.txt', 'bounce.eml']) {
    const s = summarize(file);
    assert.equal(s.byReason.reduce((n, r) => n + r.total, 0), s.totals.deferrals + s.totals.bounced + s.totals.rejected, file);
    assert.ok(s.byReason.length > 0, file);
  }
});

test('postfix: Grand Totals agree with pflogsumm (under CI=true it must be installed: .ci/run installs it)', (t) => {
  const pflogsumm = ['/usr/sbin/pflogsumm', '/usr/bin/pflogsumm'].find((p) => existsSync(p)) ?? whichPflogsumm() ?? '/usr/sbin/pflogsumm';
  if (!requireShared(t, pflogsumm, 'pflogsumm is not installed: apt-get install pflogsumm')) return;
  const r = spawnSync('perl', [pflogsumm, join(fixtures, 'postfix.log')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const total = (label: string): number => {
    const m = new RegExp(`^\\s*(\\d+)\\s+${label}\\b`, 'm').exec(r.stdout);
    assert.ok(m, `pflogsumm printed no "${label}" line`);
    return Number(m[1]);
  };
  const deferrals = /deferred\s+\((\d+)\s+deferrals\)/.exec(r.stdout);
  const s = summarize('postfix.log');
  assert.equal(s.totals.received, total('received'));
  assert.equal(s.totals.delivered, total('delivered'));
  assert.equal(s.totals.forwarded, total('forwarded'));
  assert.equal(s.totals.deferred, total('deferred'));
  assert.equal(s.totals.deferrals, Number(deferrals?.[1]));
  assert.equal(s.totals.bounced, total('bounced'));
  assert.equal(s.totals.rejected, total('rejected'));
});

function whichPflogsumm(): string | undefined {
  const r = spawnSync('sh', ['-c', 'command -v pflogsumm'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() || undefined : undefined;
}

test('exim: arrivals, deliveries, deferrals, failures and rejects from the main log flags', () => {
  const s = summarize('exim.mainlog');
  // <= x2; => bob, -> carol, => dan, => alice; == dan twice (one message) and frank; ** erin; one rejected RCPT.
  assert.deepEqual(s.totals, { received: 2, delivered: 4, forwarded: 0, deferred: 2, deferrals: 3, bounced: 1, expired: 0, rejected: 1 });
  assert.equal(s.firstTime, '2026-11-28 09:00:01');
  assert.equal(s.lastTime, '2026-11-28 10:45:00');
  // C="250 ..." x3, 451 x2, 452, 550, 535 (authenticator failed: a reply, but no message outcome)
  assert.equal(s.replies, 8);
  assert.deepEqual(s.byClass, { 'positive-completion': 3, 'positive-intermediate': 0, 'transient-negative': 3, 'permanent-negative': 2 });
  const grey = row(s.deferralDetail, '451', '4.7.1');
  assert.equal(grey.count, 2);
  assert.equal(grey.pattern, 'Greylisted, please try again in N seconds');
  assert.equal(grey.first, '2026-11-28 09:00:03');
  assert.equal(grey.last, '2026-11-28 09:10:00');
  assert.equal(row(s.deferralDetail, '452', '4.3.1').count, 1);
  assert.equal(row(s.bounceDetail, '550', '5.1.1').pattern, '<ADDRESS>: Recipient address rejected: User unknown');
  assert.equal(row(s.rejectDetail, null, null).pattern, 'relay not permitted');
  assert.equal(row(s.topPermanent, '535', null).count, 1);
  assert.deepEqual(s.hosts.find((h) => h.name === 'mx.slow.example'), { name: 'mx.slow.example', deferred: 2, bounced: 0, rejected: 0, total: 2 });
  assert.deepEqual(s.hosts.find((h) => h.name === '198.51.100.23'), { name: '198.51.100.23', deferred: 0, bounced: 0, rejected: 1, total: 1 });
  assert.deepEqual(
    s.perHour.map((r) => [r.hour, r.received, r.delivered, r.deferred, r.bounced, r.rejected]),
    [
      ['2026-11-28 09', 1, 3, 2, 1, 1],
      ['2026-11-28 10', 1, 1, 1, 0, 0],
    ],
  );
});

test('sendmail: stat=Sent, stat=Deferred, dsn=5.x.x and reject=', () => {
  const s = summarize('sendmail.log');
  assert.deepEqual(s.totals, { received: 1, delivered: 2, forwarded: 0, deferred: 1, deferrals: 1, bounced: 1, expired: 0, rejected: 1 });
  assert.equal(row(s.deferralDetail, '451', '4.3.5').pattern, 'Server configuration problem');
  assert.equal(row(s.bounceDetail, null, '5.1.1').pattern, 'User unknown');
  assert.equal(row(s.rejectDetail, '550', '5.7.1').count, 1);
  assert.deepEqual(s.hosts.find((h) => h.name === '198.51.100.23'), { name: '198.51.100.23', deferred: 0, bounced: 0, rejected: 1, total: 1 });
  assert.deepEqual(s.hosts.find((h) => h.name === 'mx.slow.example'), { name: 'mx.slow.example', deferred: 1, bounced: 0, rejected: 0, total: 1 });
});

test('transcript: a multi-line reply counts once; 4xx and 5xx without a log outcome count by their class', () => {
  const s = summarize('transcript.txt');
  // 220, 250 (three lines), 250 2.1.0, 550 5.1.1, 451 4.7.1, 221 2.0.0
  assert.equal(s.replies, 6);
  assert.deepEqual(s.byClass, { 'positive-completion': 4, 'positive-intermediate': 0, 'transient-negative': 1, 'permanent-negative': 1 });
  assert.equal(s.byCode.find((r) => r.key === '250')?.count, 2);
  assert.equal(s.byCommand.find((r) => r.key === 'RCPT TO')?.count, 2);
  assert.deepEqual(s.totals, { received: 0, delivered: 0, forwarded: 0, deferred: 1, deferrals: 1, bounced: 0, expired: 0, rejected: 1 });
  assert.equal(row(s.rejectDetail, '550', '5.1.1').firstLine, 9);
  assert.equal(s.firstTime, null);
});

test('a delivery record whose reply Postfix joined onto its line ("450-4.2.1 ... 450-4.2.1 ...") is one reply of that line', () => {
  const b = new SummaryBuilder();
  const lines = [
    'Mar 11 09:14:48 relay1 postfix/smtp[21764]: 4TtPzz4Kq1z3wTm: to=<team@example.net>, relay=gmail-smtp-in.l.google.com[192.0.2.27]:25, delay=7204, delays=7200/0.02/1.6/2.4, dsn=4.2.1, status=deferred (host gmail-smtp-in.l.google.com[192.0.2.27] said: 450-4.2.1 The user you are trying to contact is receiving mail at a rate that 450-4.2.1 prevents additional messages from being delivered. 450-4.2.1  https://support.google.com/mail/?p=ReceivingRate a1si1 - gsmtp (in reply to RCPT TO command))',
    'Mar 11 09:14:49 relay1 postfix/smtpd[21766]: connect from unknown[203.0.113.131]',
  ];
  for (const line of lines) b.feed(line, 'relay.log');
  const s = b.result();
  assert.deepEqual(s.topTransient.map((r) => [r.code, r.enhanced, r.count, r.first]), [['450', '4.2.1', 1, 'Mar 11 09:14:48']], 'one row, at the time of its line, the dsn= folded into it');
  const d = row(s.deferralDetail, '450', '4.2.1', 'receiving mail at a rate');
  assert.equal(d.count, 1);
  assert.equal(d.command, 'RCPT TO');
  assert.equal(s.replies, 1);
});

test('a multi-line reply that a line without a reply closes keeps the time of the line it started on', () => {
  const b = new SummaryBuilder();
  for (const line of ['2026-11-28 10:00:01 S: 451-4.7.1 Greylisted,', '2026-11-28 10:00:02 S: 451 4.7.1 please come back later', '2026-11-28 10:00:03 S: 452-4.2.2 Mailbox full', '2026-11-28 10:00:09 C: QUIT']) b.feed(line, 't.log');
  const s = b.result();
  assert.equal(row(s.topTransient, '451', '4.7.1').first, '2026-11-28 10:00:02', 'closed by its own last line: that line\'s time');
  assert.equal(row(s.topTransient, '452', '4.2.2').first, '2026-11-28 10:00:03', 'left open, closed by a client line: the time it started');
});

test('bounce message: each failed recipient counts once, from its Diagnostic-Code field', () => {
  const s = summarize('bounce.eml');
  // The human-readable part, Status: and Diagnostic-Code: each name the 3 failures: 9 replies, but
  // 2 bounces (550, 552; Action: failed) and 1 deferral (451; Action: delayed).
  assert.equal(s.replies, 9);
  assert.deepEqual(s.byClass, { 'positive-completion': 0, 'positive-intermediate': 0, 'transient-negative': 3, 'permanent-negative': 6 });
  assert.deepEqual(s.totals, { received: 0, delivered: 0, forwarded: 0, deferred: 1, deferrals: 1, bounced: 2, expired: 0, rejected: 0 });
  assert.deepEqual(
    s.bounceDetail.map((r) => [r.code, r.enhanced, r.firstLine]),
    [
      ['550', '5.1.1', 43],
      ['552', '5.2.2', 50],
    ],
  );
  assert.equal(row(s.deferralDetail, '451', '4.7.1').pattern, 'Please try again later');
});

test('several files feed one summary; each row remembers the file it was first seen in', () => {
  const b = new SummaryBuilder();
  for (const f of ['sendmail.log', 'postfix.log']) for (const line of linesOf(f)) b.feed(line, f);
  const s = b.result();
  assert.deepEqual(s.files, ['sendmail.log', 'postfix.log']);
  assert.equal(s.totals.delivered, 2 + 4);
  assert.equal(s.totals.rejected, 1 + 5);
  assert.equal(row(s.deferralDetail, '450', '4.2.0').firstFile, 'postfix.log');
  assert.equal(row(s.deferralDetail, '451', '4.3.5').firstFile, 'sendmail.log');
});

test('feed (which skips lines known to carry no reply) equals scanning every line with addLine', async () => {
  let text = '';
  await generateLog(400_000, (chunk: string) => {
    text += chunk;
  });
  const lines = text.split('\n');
  lines.pop();
  const fed = new SummaryBuilder();
  const added = new SummaryBuilder();
  let state = INITIAL_SCAN_STATE;
  for (let i = 0; i < lines.length; i++) {
    fed.feed(lines[i], 'x.log');
    const r = scanLine(lines[i], i, state);
    state = r.state;
    added.addLine(lines[i], i, r.findings, 'x.log');
  }
  const a = fed.result();
  assert.ok(a.totals.deferrals > 10 && a.totals.bounced > 10 && a.totals.rejected > 10, JSON.stringify(a.totals));
  assert.deepEqual(a, added.result());
});

test('parts summarized apart and merged in order equal one pass (as the CLI does on threads)', async () => {
  let text = '';
  await generateLog(300_000, (chunk: string) => {
    text += chunk;
  });
  const lines = [...linesOf('postfix.log'), ...text.split('\n').slice(0, -1)];
  const whole = new SummaryBuilder();
  for (const l of lines) whole.feed(l, 'all.log');
  const cuts = [0, 30, 1000, Math.floor(lines.length / 2), lines.length];
  const merged = new SummaryBuilder();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const part = new SummaryBuilder();
    for (const l of lines.slice(cuts[i], cuts[i + 1])) part.feed(l, 'all.log');
    merged.merge(part.snapshot(), cuts[i]);
  }
  const a = whole.result();
  assert.ok(a.totals.deferred > 10 && a.deferralDetail.length > 3);
  assert.ok(a.byReason.length > 3 && a.byReason.every((r) => r.topRecipients.length > 0), 'failures by reason, with recipients');
  assert.deepEqual(merged.result(), a);
});

test('tables stay bounded: past the cap new patterns count as "(other)" and no count is lost', () => {
  const b = new SummaryBuilder({ maxPatterns: 3, maxHosts: 2, top: 50 });
  for (let i = 0; i < 20; i++) {
    b.feed(
      `Nov 28 10:00:${String(i).padStart(2, '0')} mx1 postfix/smtp[100]: ABCDEF${String(i).padStart(4, '0')}: to=<u@d${i}.example>, relay=mx.d${i}.example[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.7.1, status=bounced (host mx.d${i}.example[192.0.2.1] said: 554 5.7.1 Rule number${'x'.repeat(i)} matched (in reply to end of DATA command))`,
      'cap.log',
    );
  }
  const s = b.result();
  assert.equal(s.totals.bounced, 20);
  assert.equal(s.bounceDetail.length, 4); // 3 patterns + "(other)"
  assert.equal(sum(s.bounceDetail), 20);
  assert.equal(s.bounceDetail.find((r) => r.pattern === '(other)')?.count, 17);
  assert.equal(s.hosts.length, 3);
  assert.equal(s.hosts.reduce((n, h) => n + h.total, 0), 20);
  assert.ok(s.overflow.patterns > 0 && s.overflow.hosts > 0);
});

test('reasons stay bounded: their domains and recipients share the host cap, past it "(other)", and no count is lost', () => {
  const b = new SummaryBuilder({ maxHosts: 3, top: 50, topPerReason: 50 });
  for (let i = 0; i < 20; i++) {
    b.feed(
      `Nov 28 10:00:${String(i).padStart(2, '0')} mx1 postfix/smtp[100]: ABCDEF${String(i).padStart(4, '0')}: to=<u${i}@d${i % 5}.example>, relay=mx.example[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example[192.0.2.1] said: 550 5.1.1 <u${i}@d${i % 5}.example>: Recipient address rejected: User unknown (in reply to RCPT TO command))`,
      'cap.log',
    );
  }
  const s = b.result();
  assert.equal(s.byReason.length, 1);
  const r = s.byReason[0];
  assert.equal(r.reason, 'userunknown');
  assert.equal(r.bounced, 20);
  assert.equal(r.topDomains.length, 4, '3 domains + "(other)"');
  assert.equal(r.topDomains.reduce((n, d) => n + d.total, 0), 20);
  assert.deepEqual(r.topDomains[0], { name: '(other)', deferred: 0, bounced: 8, rejected: 0, total: 8 }, 'd3 and d4 came after the cap');
  assert.deepEqual(r.topDomains[1], { name: 'd0.example', deferred: 0, bounced: 4, rejected: 0, total: 4 });
  assert.equal(r.topRecipients.length, 4, '3 recipients + "(other)"');
  assert.deepEqual(r.topRecipients[0], { address: '(other)', count: 17 });
  assert.equal(r.topRecipients.reduce((n, x) => n + x.count, 0), 20);
  // Classified once per kind of failure: twenty lines, one masked pattern, one cache entry.
  assert.equal((b as unknown as { reasonCache: Map<string, string> }).reasonCache.size, 1);
  // The default top list per reason is 5.
  const d = new SummaryBuilder({ top: 50 });
  for (let i = 0; i < 20; i++) d.feed(`Nov 28 10:00:00 mx1 postfix/smtpd[9]: NOQUEUE: reject: RCPT from x[192.0.2.9]: 554 5.7.1 <a${i}@b${i}.example>: Relay access denied; from=<s@x.example> to=<a${i}@b${i}.example> proto=ESMTP helo=<x>`, 'r.log');
  const relay = d.result().byReason[0];
  assert.equal(relay.reason, 'norelaying');
  assert.equal(relay.rejected, 20);
  assert.equal(relay.topDomains.length, 5);
  assert.equal(relay.topRecipients.length, 5);
});

test('reply patterns mask addresses, IPs, numbers and ids, and keep the words', () => {
  assert.equal(replyPattern('<bob@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command)'), '<ADDRESS>: Recipient address rejected: User unknown');
  assert.equal(replyPattern('Service unavailable; client [192.0.2.200] blocked using zen.spamhaus.org; from=<a@b.example>, to=<c@d.example>'), 'Service unavailable; client [IP] blocked using zen.spamhaus.org');
  assert.equal(replyPattern('lost connection with mx.example.com[2001:db8::25] while sending RCPT TO'), 'lost connection with mx.example.com[IP] while sending RCPT TO');
  assert.equal(replyPattern('Greylisted, please try again in 300 seconds'), 'Greylisted, please try again in N seconds');
  assert.equal(replyPattern('OK  1764313365 a640c23a62f3a-4f0bd1fbbbbsi123456.12 - gsmtp'), 'OK N ID - gsmtp');
  assert.equal(
    replyPattern('The account does not exist. Please try 550-5.1.1 double-checking the address. For more, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser'),
    'The account does not exist. Please try double-checking the address. For more, go to https://support.google.com/mail/?p=NoSuchUser',
  );
  assert.equal(replyPattern('<mail.client.example>: Helo command rejected: need fully-qualified hostname'), '<HOST>: Helo command rejected: need fully-qualified hostname');
  assert.ok(replyPattern('x '.repeat(5000)).length <= 160, 'a pattern is at most 160 characters');
});

test('time stamps: syslog, ISO 8601 with fraction and zone, Exim; anything else is none', () => {
  assert.deepEqual(readStamp('Nov 28 06:25:01 mx1 postfix/smtpd[1]: connect'), { text: 'Nov 28 06:25:01', hourKey: 'Nov 28 06', hour: 6 });
  assert.deepEqual(readStamp('Dec  1 23:59:59 mx1 x'), { text: 'Dec  1 23:59:59', hourKey: 'Dec  1 23', hour: 23 });
  assert.deepEqual(readStamp('2026-11-28T06:25:01.123+00:00 mx1 postfix/smtp[1]: x'), { text: '2026-11-28T06:25:01.123+00:00', hourKey: '2026-11-28 06', hour: 6 });
  assert.equal(readStamp('2026-11-28T06:25:01.123Z,192.0.2.21,EX02,SMTP')?.text, '2026-11-28T06:25:01.123Z');
  assert.deepEqual(readStamp('2026-11-28 06:25:01 1tQ4aB-000Abc-1X <= a@b'), { text: '2026-11-28 06:25:01', hourKey: '2026-11-28 06', hour: 6 });
  assert.equal(readStamp('S: 250 2.1.0 Ok'), null);
  assert.equal(readStamp('Foo 28 06:25:01 not a month'), null);
  assert.equal(readStamp('2026-11-28 99:25:01 bad hour'), null);
});

test('outcomes of lines in the layouts the summary reads', () => {
  const iso = '2026-11-28T06:25:01.123456+00:00 mx1 postfix/smtp[1201]: 4A1B2C3D4E: to=<a@b.example>, relay=mx.b.example[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok)';
  assert.equal(lineOutcome(iso), 'delivered');
  assert.equal(lineOutcome('Nov 28 06:25:01 mx1 postfix-out/submission/smtpd[9]: NOQUEUE: reject: RCPT from x[192.0.2.1]: 554 5.7.1 <a@b>: Relay access denied;'), 'rejected');
  assert.equal(lineOutcome('Nov 28 06:25:01 mx1 postfix/smtpd[9]: connect from x[192.0.2.1]'), null);
  assert.equal(lineOutcome('Nov 28 06:25:01 mx1 smtpd[9]: 4a1b2c3d result="PermFail" stat="550 5.1.1 unknown"'), 'bounced');
  assert.equal(lineOutcome('Nov 28 06:25:01 mx1 smtpd[9]: 4a1b2c3d result="TempFail" stat="421 4.7.0 later"'), 'deferred');
  assert.equal(lineOutcome('2026-11-28 09:00:02 [12345] 1tQ4aB-000Abc-1X => bob@example.net R=dnslookup T=remote_smtp'), 'delivered');
  assert.equal(lineOutcome('2026-11-28 09:00:02 1tQ4aB-000000005vi-0000 ** bob@example.net: Unrouteable address'), 'bounced');
  assert.equal(lineOutcome('2026-11-28 09:00:02 1tQ4aB-000Abc-1X Completed'), null);
  assert.equal(lineOutcome('S: 550 5.1.1 no such user'), null);
});

test('parts merged under small caps send the same rows to "(other)" as one pass (this thread reads part 0, threads the rest)', async () => {
  let text = '';
  await generateLog(400_000, (chunk: string) => void (text += chunk), 11, 'failures');
  const lines = text.split('\n').slice(0, -1);
  const caps = { maxHosts: 7, maxPatterns: 9 };
  const whole = new SummaryBuilder(caps);
  for (const l of lines) whole.feed(l, 'all.log');
  const cuts = [0, Math.floor(lines.length / 3), Math.floor((2 * lines.length) / 3), lines.length];
  const merged = new SummaryBuilder(caps);
  for (const l of lines.slice(0, cuts[1])) merged.feed(l, 'all.log');
  for (let i = 1; i + 1 < cuts.length; i++) {
    // a worker's builder (cli.ts runSummaryPart)
    const part = SummaryBuilder.forPart();
    for (const l of lines.slice(cuts[i], cuts[i + 1])) part.feed(l, 'all.log');
    merged.merge(part.snapshot(), cuts[i]);
  }
  const a = whole.result();
  const other = (rows: Array<{ address: string }>) => rows.some((r) => r.address === '(other)');
  assert.ok(a.byReason.some((r) => other(r.topRecipients)), 'the caps are reached: some reason lists "(other)" recipients');
  assert.deepEqual(merged.result(), a);
});

test('a log read as bytes, its noise counted before decoding, gives the summary of reading every line as text', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { summarizeLogFile } = await import('../../server/src/logSummary');
  const dir = mkdtempSync(join(tmpdir(), 'smtp-bytes-'));
  let day = '';
  await generateLog(1_500_000, (chunk: string) => void (day += chunk), 5, 'day');
  const files: Array<[string, string]> = [
    ['day.log', day],
    // CRLF breaks, a UTF-8 line, a last line without a break
    ['mixed.log', day.slice(0, 200_000).split('\n').join('\r\n') + 'Nov 28 23:59:59 mx1 postfix/smtpd[1]: connect from héllo[192.0.2.1]'],
    ['utf8.log', day.slice(0, 300_000).replace(/connect from /g, 'connect from ü') + 'Nov 29 00:00:01 mx1 postfix/qmgr[9]: ABCDE12345: removed'],
    ...['postfix.log', 'exim.mainlog', 'transcript.txt', 'bounce.eml'].map((f): [string, string] => [f, readFileSync(join(fixtures, f), 'utf8')]),
  ];
  let skipped = 0;
  for (const [name, content] of files) {
    const path = join(dir, name);
    writeFileSync(path, content);
    const asText = new SummaryBuilder();
    const textLines = content.split(/\r\n|\n/);
    if (textLines[textLines.length - 1] === '') textLines.pop();
    for (const l of textLines) asText.feed(l, path);
    const asBytes = new SummaryBuilder();
    const skip = asBytes.skipBytes.bind(asBytes);
    asBytes.skipBytes = (buf, start, end, file) => (skip(buf, start, end, file) ? (skipped++, true) : false);
    await summarizeLogFile(path, asBytes);
    assert.deepEqual(asBytes.result(), asText.result(), name);
  }
  assert.ok(skipped > 5000, `only ${skipped} lines counted as bytes`);
});
