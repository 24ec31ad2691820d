// The recognizer: codes in reply position per format, never-a-finding numbers, multi-line grouping, the
// transcript state, line endings, hostile input, and every fixture against its hand-written expectation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  INITIAL_SCAN_STATE,
  groupReplies,
  sameScanState,
  scanLine,
  scanText,
  type ScanState,
} from '../../server/src/core/scanner';
import type { ReplyFinding } from '../../server/src/core/types';
import { ROOT } from './support';

// ---- table: one line, the findings on it --------------------------------------------------------------

interface Expect {
  code: string | null;
  enhanced: string | null;
  /** The text the first code on the finding starts with; its first occurrence (or the nth) gives the column. */
  at: string;
  nth?: number;
  /** Where the enhanced code starts, when it does not follow the basic code after one space or "-". */
  enhAt?: string;
  command?: string | null;
  continued?: boolean;
  host?: string | null;
  text?: string;
  statusField?: boolean;
}

interface Case {
  name: string;
  line: string;
  expect: Expect[];
}

const R = (code: string | null, enhanced: string | null, at: string, more: Partial<Expect> = {}): Expect => ({
  code,
  enhanced,
  at,
  ...more,
});

const CASES: Case[] = [
  // Postfix
  {
    name: 'postfix smtpd NOQUEUE reject',
    line: 'Mar  3 08:01:13 mx1 postfix/smtpd[8738]: NOQUEUE: reject: RCPT from unknown[203.0.113.77]: 554 5.7.1 <bob@example.org>: Relay access denied; from=<s@example.biz> to=<bob@example.org> proto=ESMTP helo=<x>',
    expect: [R('554', '5.7.1', '554 5.7.1', { command: 'RCPT TO', text: '<bob@example.org>: Relay access denied' })],
  },
  {
    name: 'postfix smtp said, in reply to RCPT TO, with dsn=',
    line: 'Mar  3 08:07:00 mx1 postfix/smtp[8763]: A06B42A0F8: to=<n@example.net>, relay=mx.example.net[198.51.100.5]:25, delay=0.7, delays=0.05/0/0.3/0.35, dsn=5.1.1, status=bounced (host mx.example.net[198.51.100.5] said: 550 5.1.1 <n@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command))',
    expect: [
      R(null, '5.1.1', '5.1.1, status', { command: 'RCPT TO', host: 'mx.example.net', statusField: true, text: '' }),
      R('550', '5.1.1', '550 5.1.1', { command: 'RCPT TO', host: 'mx.example.net', text: '<n@example.net>: Recipient address rejected: User unknown' }),
    ],
  },
  {
    name: 'postfix status=sent (250 ...)',
    line: 'Mar  3 08:05:00 mx1 postfix/smtp[8760]: 7D3E12A0F5: to=<d@example.net>, relay=mx.example.net[198.51.100.5]:25, delay=1.2, delays=0.05/0.01/0.6/0.54, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4Tq8Zk1Xyz)',
    expect: [
      R(null, '2.0.0', '2.0.0, status', { host: 'mx.example.net', statusField: true, text: '' }),
      R('250', '2.0.0', '250 2.0.0', { host: 'mx.example.net', text: 'Ok: queued as 4Tq8Zk1Xyz' }),
    ],
  },
  {
    name: 'postfix dsn= with no reply (connect timeout)',
    line: 'Mar  3 08:11:00 mx1 postfix/smtp[8767]: F5B092A0FD: to=<j@example.org>, relay=none, delay=30, delays=0.02/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.org[198.51.100.80]:25: Connection timed out)',
    expect: [R(null, '4.4.1', '4.4.1', { statusField: true })],
  },
  {
    name: 'postscreen reject after [ip]:port',
    line: 'Mar  3 08:02:31 mx1 postfix/postscreen[8731]: NOQUEUE: reject: RCPT from [203.0.113.9]:41002: 550 5.7.1 Service unavailable; client [203.0.113.9] blocked using zen.spamhaus.org; from=<i@example.biz>, to=<c@example.com>, proto=ESMTP, helo=<example.biz>',
    expect: [R('550', '5.7.1', '550 5.7.1', { command: 'RCPT TO', text: 'Service unavailable; client [203.0.113.9] blocked using zen.spamhaus.org' })],
  },
  {
    name: 'postfix refused to talk to me',
    line: 'Mar  3 08:11:30 mx1 postfix/smtp[8768]: 06C1A2A0FE: host mx.example.org[198.51.100.81] refused to talk to me: 554 5.7.1 Service unavailable',
    expect: [R('554', '5.7.1', '554 5.7.1', { command: 'CONNECT', host: 'mx.example.org' })],
  },
  {
    name: 'postfix header_checks reject: enhanced code alone at the start of the reply text',
    line: 'Mar  3 08:13:00 mx1 postfix/cleanup[8741]: 28E3C2A100: reject: header Subject: You won from unknown[203.0.113.61]; from=<l@example.biz> to=<c@example.com> proto=ESMTP helo=<p.example.biz>: 5.7.1 Message content rejected',
    expect: [R(null, '5.7.1', '5.7.1 Message', { command: 'end of DATA', text: 'Message content rejected' })],
  },
  {
    name: 'postfix Gmail wrapped reply flattened on one line',
    line: 'C28D62A0FA: host gmail-smtp-in.l.google.com[2001:db8:4860::1b] said: 550-5.7.26 This mail has been blocked. 550-5.7.26 Gmail requires all senders to authenticate. 550 5.7.26 Learn more - gsmtp (in reply to end of DATA command)',
    expect: [
      R('550', '5.7.26', '550-5.7.26 This', { continued: true, command: 'end of DATA', host: 'gmail-smtp-in.l.google.com', text: 'This mail has been blocked.' }),
      R('550', '5.7.26', '550-5.7.26 Gmail', { continued: true, command: 'end of DATA', host: 'gmail-smtp-in.l.google.com', text: 'Gmail requires all senders to authenticate.' }),
      R('550', '5.7.26', '550 5.7.26', { command: 'end of DATA', host: 'gmail-smtp-in.l.google.com', text: 'Learn more - gsmtp' }),
    ],
  },
  {
    name: 'postfix Yahoo TSS04 with a version-like number in the text',
    line: 'E4AF82A0FC: host mta6.am0.yahoodns.net[198.51.100.70] said: 421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)',
    expect: [R('421', '4.7.0', '421 4.7.0', { command: 'MAIL FROM', host: 'mta6.am0.yahoodns.net' })],
  },
  {
    name: 'postfix SASL failure on the client side',
    line: '17D2B2A0FF: SASL authentication failed; server smtp.example.net[198.51.100.90] said: 535 5.7.8 Error: authentication failed',
    expect: [R('535', '5.7.8', '535 5.7.8', { command: 'AUTH', host: 'smtp.example.net' })],
  },
  {
    name: 'postfix verbose smtp client reply',
    line: 'Mar  3 08:00:01 mx1 postfix/smtp[8760]: < mx.example.net[198.51.100.5]:25: 250-PIPELINING',
    expect: [R('250', null, '250-PIPELINING', { continued: true, host: 'mx.example.net' })],
  },
  // Exim
  {
    name: 'exim defer after RCPT TO',
    line: '2024-03-03 08:02:00 1rgk5D-000CdE-4z == c@example.net R=dnslookup T=remote_smtp defer (-44) H=mx.example.net [198.51.100.5]: SMTP error from remote mail server after RCPT TO:<c@example.net>: 451 4.7.1 Greylisted',
    expect: [R('451', '4.7.1', '451 4.7.1', { command: 'RCPT TO', host: 'mx.example.net', text: 'Greylisted' })],
  },
  {
    name: 'exim C="250 ..."',
    line: '2024-03-03 08:01:00 1rgk4C-000BcD-3y => b@example.org R=dnslookup T=remote_smtp H=mx.example.org [198.51.100.80] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="250 2.0.0 Ok: queued as 4Tq9Ab2Cde"',
    expect: [R('250', '2.0.0', '250 2.0.0', { host: 'mx.example.org', text: 'Ok: queued as 4Tq9Ab2Cde' })],
  },
  {
    name: 'exim authenticator failed',
    line: '2024-03-03 08:04:00 dovecot_login authenticator failed for (User) [203.0.113.5]:61000 I=[192.0.2.10]:587: 535 Incorrect authentication data (set_id=admin)',
    expect: [R('535', null, '535 Incorrect', { command: 'AUTH', text: 'Incorrect authentication data (set_id=admin)' })],
  },
  {
    name: 'exim command with parameters before the reply',
    line: '2024-03-03 08:08:00 1rgk9H-000GhI-8d H=mx.example.net [198.51.100.5]: SMTP error from remote mail server after MAIL FROM:<s@example.com> SIZE=1863: 452 Insufficient system storage',
    expect: [R('452', null, '452 Insufficient', { command: 'MAIL FROM', host: 'mx.example.net' })],
  },
  {
    name: 'exim after end of data',
    line: '2024-03-03 08:06:00 1rgk7F-000EfG-6b ** e@example.org R=dnslookup T=remote_smtp H=mx1.example.org [198.51.100.60]: SMTP error from remote mail server after end of data: 554 5.7.1 Message rejected as spam',
    expect: [R('554', '5.7.1', '554 5.7.1', { command: 'end of DATA', host: 'mx1.example.org' })],
  },
  {
    name: 'exim callout response to "MAIL FROM:<>" was',
    line: '2024-03-03 08:11:00 H=c.example.net [198.51.100.44]:50111 sender verify fail for <b@example.net>: mx.example.net [198.51.100.5] : response to "MAIL FROM:<>" was: 550 5.7.1 Null sender not accepted',
    expect: [R('550', '5.7.1', '550 5.7.1', { command: 'MAIL FROM', host: 'c.example.net' })],
  },
  // Sendmail
  {
    name: 'sendmail reject=',
    line: 'Mar  3 08:01:00 mail sendmail[2347]: 423H02cD002347: ruleset=check_rcpt, arg1=<c@example.org>, relay=[203.0.113.9], reject=550 5.7.1 <c@example.org>... Relaying denied',
    expect: [R('550', '5.7.1', '550 5.7.1', { command: 'RCPT TO', text: '<c@example.org>... Relaying denied' })],
  },
  {
    name: 'sendmail stat=Deferred: with dsn=',
    line: 'Mar  3 08:02:00 mail sendmail[2348]: 423H03eF002348: to=<d@example.org>, delay=00:00:05, xdelay=00:00:05, mailer=esmtp, pri=31200, relay=mx.example.org. [198.51.100.80], dsn=4.0.0, stat=Deferred: 451 4.3.5 Server configuration problem',
    expect: [
      R(null, '4.0.0', '4.0.0, stat', { host: 'mx.example.org', statusField: true }),
      R('451', '4.3.5', '451 4.3.5', { host: 'mx.example.org', text: 'Server configuration problem' }),
    ],
  },
  // Courier, qmail, rblsmtpd
  {
    name: 'courier esmtp reply after addr=<...>:',
    line: 'Mar  3 08:02:00 mail courieresmtp: id=0006A1B4.65E42FEC.00003F31,from=<a@example.com>,addr=<n@example.org>: 550 5.1.1 <n@example.org>: User unknown',
    expect: [R('550', '5.1.1', '550 5.1.1')],
  },
  {
    name: 'courier msg="..." and cmd:',
    line: 'Mar  3 08:04:00 mail courieresmtpd: error,relay=::ffff:203.0.113.50,port=50123,msg="535 Authentication failed.",cmd: AUTH LOGIN',
    expect: [R('535', null, '535 Auth', { command: 'AUTH', text: 'Authentication failed.' })],
  },
  {
    name: 'qmail remote host said, underscores for spaces',
    line: '@400000006602a0c3223d5f70 delivery 2: failure: 198.51.100.80_does_not_like_recipient./Remote_host_said:_550_5.1.1_<n@example.org>:_User_unknown/Giving_up_on_198.51.100.80./',
    expect: [R('550', '5.1.1', '550_5.1.1', { text: '<n@example.org>:_User_unknown' })],
  },
  {
    name: 'qmail status code (#5.1.1)',
    line: '@400000006602a0f6556f8293 delivery 6: failure: Sorry,_no_mailbox_here_by_that_name._(#5.1.1)/',
    expect: [R(null, '5.1.1', '5.1.1)', { statusField: true })],
  },
  {
    name: 'rblsmtpd',
    line: 'rblsmtpd: 192.0.2.7 pid 12345: 451 http://www.spamhaus.org/query/ip/192.0.2.7',
    expect: [R('451', null, '451 http')],
  },
  {
    name: 'qmail bounce: said without a colon',
    line: '(Other MXes tried: 192.0.2.32 said 550 for RCPT TO response; 192.0.2.40 said 550 for RCPT TO response)',
    expect: [R('550', null, '550 for', { command: 'RCPT TO' }), R('550', null, '550 for', { nth: 1, command: 'RCPT TO' })],
  },
  // Exchange
  {
    name: 'exchange NDR Remote Server returned',
    line: "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'",
    expect: [R('550', '5.1.1', '550 5.1.1', { text: 'RESOLVER.ADR.RecipNotFound; not found' })],
  },
  {
    name: 'exchange NDR #550 ... ##',
    line: '#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##',
    expect: [R('550', '5.1.1', '550 5.1.1', { text: 'RESOLVER.ADR.RecipNotFound; not found ##' })],
  },
  {
    name: 'exchange Remote Server at ... returned, with a nested reply',
    line: `Remote Server at mx.example.net (198.51.100.5) returned '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError."'`,
    expect: [
      R('451', '4.4.0', '451 4.4.0', { host: 'mx.example.net' }),
      R('421', '4.4.2', '421 4.4.2', { host: 'mx.example.net', text: 'Connection dropped due to SocketError.' }),
    ],
  },
  {
    name: 'exchange protocol log direction field',
    line: '2024-03-03T08:00:01.380Z,Internet Send EX01,08DC3B4A5C6D7E90,11,192.0.2.20:51234,198.51.100.5:25,<,550 5.1.1 <n@example.net>: Recipient address rejected,',
    expect: [R('550', '5.1.1', '550 5.1.1', { text: '<n@example.net>: Recipient address rejected' })],
  },
  {
    name: 'exchange protocol log: a data field quoted because it holds a comma',
    line: '2026-11-28T06:25:01.126Z,EX01\\Default Frontend EX01,08DD0F1A2B3C4D5E,2,10.0.0.1:25,203.0.113.5:51234,>,"220 EX01.corp.example.com Microsoft ESMTP MAIL Service ready at Sat, 28 Nov 2026 06:25:01 +0000",',
    expect: [R('220', null, '220 EX01', { command: 'CONNECT', text: 'EX01.corp.example.com Microsoft ESMTP MAIL Service ready at Sat, 28 Nov 2026 06:25:01 +0000' })],
  },
  {
    name: 'exchange message tracking: Microsoft 365 expiry, basic and enhanced codes of different classes in a quoted CSV field',
    line: '2026-11-28T06:55:00.001Z,,,10.0.0.1,EX01,,,SMTP,FAIL,12884901895,<MBX01.251@corp.example.com>,ae617f80,slow@example.org,"550 4.4.7 QUEUE.Expired; message expired [{LED=451 4.7.1 Greylisted};{FQDN=mx.example.org}]",7710,1',
    expect: [R('550', '4.4.7', '550 4.4.7', { text: 'QUEUE.Expired; message expired [{LED=' }), R('451', '4.7.1', '451 4.7.1')],
  },
  {
    name: 'negative codes of different classes at the start of a parenthesized field',
    line: 'relay to mx.example.org failed (451 5.7.1 Greylisted by upstream)',
    expect: [R('451', '5.7.1', '451 5.7.1', { text: 'Greylisted by upstream' })],
  },
  // OpenSMTPD, Haraka, Oracle, ASSP
  {
    name: 'opensmtpd stat="..."',
    line: 'Mar  3 08:01:00 mail smtpd[4021]: 8d2e1f3a6b7c9d03 mta delivery evpid=550e22a0f6b7c8d9 from=<a@example.com> to=<e@example.org> rcpt=<-> source="192.0.2.10" relay="mx1.example.org (198.51.100.60)" delay=2s result="TempFail" stat="451 4.7.1 Greylisted"',
    expect: [R('451', '4.7.1', '451 4.7.1', { host: 'mx1.example.org', text: 'Greylisted' })],
  },
  {
    name: 'opensmtpd failed-command',
    line: 'Mar  3 08:03:00 mail smtpd[4021]: 8d2e1f3a6b7c9d04 smtp failed-command command="RCPT TO:<n@example.com>" result="550 Invalid recipient: <n@example.com>"',
    expect: [R('550', null, '550 Invalid', { command: 'RCPT TO', text: 'Invalid recipient: <n@example.com>' })],
  },
  {
    name: 'opensmtpd failed command: a quoted command, "=>" and a reply without an enhanced code',
    line: 'Nov 28 06:26:01 mx5 smtpd[31221]: smtp-in: Failed command on session 1c2d3e4f5a6b7c8d: "RCPT TO:<nobody@example.com>" => 550 Invalid recipient',
    expect: [R('550', null, '550 Invalid', { command: 'RCPT TO', text: 'Invalid recipient' })],
  },
  {
    name: 'opensmtpd failed command with parameters and a hostname with digit groups',
    line: 'Nov 28 06:26:10 mx5 smtpd[31224]: smtp-in: Failed command on session 5a6b: "EHLO 250-51-100-198" => 421 Too many connections',
    expect: [R('421', null, '421 Too', { command: 'EHLO', text: 'Too many connections' })],
  },
  {
    name: 'opensmtpd failed command in lower case with an enhanced code',
    line: 'Nov 28 06:26:01 mx5 smtpd[31221]: smtp-in: Failed command on session 1c2d: "mail from:<a@example.net> SIZE=99999999" => 552 5.3.4 Message too big',
    expect: [R('552', '5.3.4', '552 5.3.4', { command: 'MAIL FROM', text: 'Message too big' })],
  },
  {
    name: 'a container name starting with smtp- before a reply in running text',
    line: 'smtp-relay-7c9f5d-x2k4q  | 2026-11-28T06:25:16Z WARN  relay rejected: upstream said 421 4.7.0 Try again later, closing connection',
    expect: [R('421', '4.7.0', '421 4.7.0', { text: 'Try again later, closing connection' })],
  },
  {
    name: 'a container name starting with smtp- before a quoted reply',
    line: 'smtp-relay-7c9f5d-x2k4q  | 2026-11-28T06:25:17Z INFO  delivered id=550e8400 to=bob@example.net upstream="250 2.0.0 Ok: queued as 7E8F9A0B1C" latency_ms=421',
    expect: [R('250', '2.0.0', '250 2.0.0', { text: 'Ok: queued as 7E8F9A0B1C' })],
  },
  {
    name: 'haraka protocol line behind a syslog prefix',
    line: 'Mar  3 08:00:02 mail haraka[1234]: [PROTOCOL] [5E7C3A1B-2F4D] [core] S: 550 5.1.1 I cannot deliver mail for <n@example.com>',
    expect: [R('550', '5.1.1', '550 5.1.1')],
  },
  {
    name: 'haraka disconnect lr="..."',
    line: '[NOTICE] [5E7C3A1B-2F4D] [core] disconnect ip=198.51.100.23 errors=1 rcpts=0/0/1 lr="550 5.1.1 I cannot deliver mail" time=0.412',
    expect: [R('550', '5.1.1', '550 5.1.1', { text: 'I cannot deliver mail' })],
  },
  {
    name: 'oracle smtp;NNN and di="..."',
    line: '03-Mar-2024 08:03:30.89 tcp_submit - U TCP|192.0.2.10|587|203.0.113.5|51000 SMTP/mail.example.com/203.0.113.5 alice rejected authentication, di="535 5.7.8 Bad username or password"',
    expect: [R('535', '5.7.8', '535 5.7.8', { text: 'Bad username or password' })],
  },
  {
    name: 'assp [SMTP Error] tag',
    line: 'Mar-03-24 08:02:00 m1-12347-03 [Worker_1] 198.51.100.45 [SMTP Error] 451 Temporary failure, please try again later',
    expect: [R('451', null, '451 Temp')],
  },
  // Bounces
  {
    name: 'bounce Diagnostic-Code',
    line: 'Diagnostic-Code: smtp; 550 5.1.1 <n@example.net>: Recipient address rejected',
    expect: [R('550', '5.1.1', '550 5.1.1')],
  },
  {
    name: 'bounce Status:',
    line: 'Status: 5.2.2',
    expect: [R(null, '5.2.2', '5.2.2', { statusField: true })],
  },
  {
    name: 'bounce: reply code at the end of a wrapped line',
    line: '<k@example.jp>: host mx.example.jp[192.0.2.22] said: 550',
    expect: [R('550', null, '550', { host: 'mx.example.jp', text: '' })],
  },
  {
    name: 'gmail bounce: The error that the other server returned was',
    line: 'The error that the other server returned was: 554 554 5.7.0 Header error (state 18).',
    expect: [R('554', '5.7.0', '554 554', { enhAt: '5.7.0', text: 'Header error (state 18).' })],
  },
  {
    name: 'sendmail bounce (reason: ...)',
    line: '    (reason: 550 5.1.1 <u@example.org>... User Unknown)',
    expect: [R('550', '5.1.1', '550 5.1.1', { text: '<u@example.org>... User Unknown' })],
  },
  // Transcripts
  {
    name: 'S: line',
    line: '      S: 250-mx.example.com greets client.example.net',
    expect: [R('250', null, '250-mx', { continued: true, text: 'mx.example.com greets client.example.net' })],
  },
  {
    name: 'swaks error reply',
    line: '<** 550 5.7.1 <c@example.com>: Relay access denied',
    expect: [R('550', '5.7.1', '550 5.7.1')],
  },
  {
    name: 'swaks reply inside TLS',
    line: '<~  250-AUTH PLAIN LOGIN',
    expect: [R('250', null, '250-AUTH', { continued: true })],
  },
  {
    name: 'smtplib reply: b\'...\'',
    line: "reply: b'250-SIZE 35882577\\r\\n'",
    expect: [R('250', null, '250-SIZE', { continued: true, text: 'SIZE 35882577' })],
  },
  {
    name: 'smtplib retcode and Msg',
    line: "reply: retcode (550); Msg: b'5.1.1 The email account does not exist.'",
    expect: [R('550', '5.1.1', '550)', { enhAt: '5.1.1', text: 'The email account does not exist.' })],
  },
  {
    name: 'smtplib exception tuple',
    line: "smtplib.SMTPRecipientsRefused: {'n@example.net': (550, b'5.1.1 The email account does not exist.')}",
    expect: [R('550', '5.1.1', '550, b', { enhAt: '5.1.1', command: 'RCPT TO', text: 'The email account does not exist.' })],
  },
  {
    name: 'nodemailer S: after bracketed tags',
    line: '[2024-03-03 08:00:01] DEBUG [Xq3pL0aBcD] S: 535 5.7.8 Error: authentication failed',
    expect: [R('535', '5.7.8', '535 5.7.8', { command: 'AUTH' })],
  },
  {
    name: 'exim debug SMTP>>',
    line: 'SMTP>> 354 Enter message, ending with "." on a line by itself',
    expect: [R('354', null, '354 Enter', { command: 'DATA' })],
  },
  {
    name: 'phpmailer SERVER -> CLIENT',
    line: '2024-03-03 08:00:01 SERVER -> CLIENT: 250-smtp.example.com',
    expect: [R('250', null, '250-smtp', { continued: true })],
  },
  {
    name: 'bare server line',
    line: '250 2.1.0 Ok',
    expect: [R('250', '2.1.0', '250 2.1.0', { text: 'Ok' })],
  },
  {
    name: 'bare final EHLO line whose keyword starts with a digit',
    line: '250 8BITMIME',
    expect: [R('250', null, '250 8BITMIME', { text: '8BITMIME' })],
  },
  {
    name: 'Exim EHLO continuation with a space after the hyphen',
    line: '250- wotcher sverifier',
    expect: [R('250', null, '250- wotcher', { continued: true, text: ' wotcher sverifier' })],
  },
  // Direction markers inside a line (session logs of other servers and tools): the line names SMTP before
  // the marker, or it is the greeting; either direction, the reply-shaped content decides.
  {
    name: 'Axigen ">>" after the SMTP-IN session ID',
    line: '2024-03-11 09:40:02 +0100 16 mail SMTP-IN:00000421: >> 550 Mailbox unavailable or access denied',
    expect: [R('550', null, '550 Mailbox', { text: 'Mailbox unavailable or access denied' })],
  },
  {
    name: 'IceWarp ">>>" greeting after a time stamp',
    line: '198.51.100.53 [0A4C] 09:30:21 >>> 220 mail.example.com ESMTP IceWarp 13.0.3.8; Mon, 11 Mar 2024 09:30:21 +0100',
    expect: [R('220', null, '220 mail', { command: 'CONNECT' })],
  },
  {
    name: 'Postfix smtp-source "<<<" (the program name says SMTP)',
    line: 'smtp-source: <<< 250-mx1.example.net',
    expect: [R('250', null, '250-mx1', { continued: true })],
  },
  {
    name: 'Mercury ">>" greeting with its "<cr><lf>" marker (the text ends there, no host is read from it)',
    line: '10:05:01.481: >> 220 mail.example.com ESMTP server ready.<cr><lf>',
    expect: [R('220', null, '220 mail', { command: 'CONNECT', text: 'mail.example.com ESMTP server ready.' })],
  },
  {
    name: 'MailEnable SMTP activity log: the reply in its own tab-separated column after the command',
    line: '03/11/24 09:50:12\tSMTP-IN\t\t2208\t203.0.113.77\tRCPT\tRCPT TO:<someone@example.org>\t503 This mail server requires authentication\t228\t25',
    expect: [R('503', null, '503 This', { command: 'RCPT TO', text: 'This mail server requires authentication' })],
  },
  {
    name: 'MailEnable greeting column in an SMTP-IN record (no command field)',
    line: '03/11/24 09:50:01\tSMTP-IN\t\t1764\t198.51.100.53\t\t\t220 mail.example.com ESMTP MailEnable Service\t90\t0',
    expect: [R('220', null, '220 mail', { text: 'mail.example.com ESMTP MailEnable Service' })],
  },
  {
    name: 'Zoho bounce "ERROR CODE :550 - 5.1.1" (enhanced code after a spaced dash)',
    line: 'kim@example.net, ERROR CODE :550 - 5.1.1 <kim@example.net>: Recipient address rejected: User unknown',
    expect: [R('550', '5.1.1', '550 - 5.1.1', { enhAt: '5.1.1' })],
  },
  {
    name: 'Mailgun JSON "message" opening with an enhanced code',
    line: '      "message": "5.1.1 <kim@example.net>: Recipient address rejected: User unknown in virtual mailbox table",',
    expect: [R(null, '5.1.1', '5.1.1 <kim', { text: '<kim@example.net>: Recipient address rejected: User unknown in virtual mailbox table' })],
  },
  {
    name: 'spamdyke: underscore-glued reply after "reason:", its "(#5.7.1)" is the reply\'s enhanced code',
    line: "@4000000065eecc1f118293a4 spamdyke[25429]: DENIED_OTHER from: a@example.biz to: b@example.org origin_ip: 203.0.113.80 reason: 553_sorry,_that_domain_isn't_in_my_list_of_allowed_rcpthosts_(#5.7.1)",
    expect: [R('553', '5.7.1', '553_sorry', { enhAt: '5.7.1' })],
  },
  {
    name: 'Kerio: a Status field inside a comma-separated record',
    line: '[11/Mar/2024 09:15:10] Sent: Queue-ID: 65eeca5e-00000425, Recipient: <nobody@example.net>, Result: failed, Status: 5.1.1 , Remote-Host: 203.0.113.25',
    expect: [R(null, '5.1.1', '5.1.1 ,', { statusField: true, text: '' })],
  },
  {
    name: 'Exchange Online trace: "with status code 5.7.1"',
    line: '"Transport rule: \'Block external auto-forward\', message was rejected with status code 5.7.1 and reason text \'Auto-forwarding is not allowed\'."',
    expect: [R(null, '5.7.1', '5.7.1 and', { statusField: true, text: '' })],
  },
  // Other servers and list managers
  {
    name: 'mailman smtp-failure log: a comma after the code',
    line: 'Mar 03 08:00:01 2024 (1234) SMTP session failure: 550, 5.1.1 <n@example.net>... User unknown, msgid: <a1@example.com>',
    expect: [R('550', '5.1.1', '550, 5.1.1', { enhAt: '5.1.1', text: '<n@example.net>... User unknown, msgid: <a1@example.com>' })],
  },
  {
    name: 'hMailServer SENT: in a quoted field',
    line: '"SMTPD"\t4512\t12\t"2024-03-03 08:00:01.124"\t"198.51.100.23"\t"SENT: 550 5.1.1 Unknown user"',
    expect: [R('550', '5.1.1', '550 5.1.1', { text: 'Unknown user' })],
  },
  {
    name: 'MDaemon <-- reply',
    line: 'Sun 2024-03-03 08:00:01.223: <-- 451 4.7.1 Greylisted',
    expect: [R('451', '4.7.1', '451 4.7.1')],
  },
  {
    name: 'MDaemon inbound log: --> carries the reply',
    line: 'Sat 2026-11-28 06:30:01.801: --> 550 5.1.1 <nobody@example.com>, User unknown',
    expect: [R('550', '5.1.1', '550 5.1.1', { text: '<nobody@example.com>, User unknown' })],
  },
  {
    name: 'MDaemon inbound log: a continuation line after -->',
    line: 'Sat 2026-11-28 06:30:01.601: --> 250-AUTH LOGIN CRAM-MD5 PLAIN',
    expect: [R('250', null, '250-AUTH', { continued: true, text: 'AUTH LOGIN CRAM-MD5 PLAIN' })],
  },
  {
    name: 'MailHog byte dump of a reply in an SMTP session',
    line: "2026/11/28 06:27:01 [SMTP 172.18.0.5:45678] Sent 35 bytes: '220 mailhog.example ESMTP MailHog\\r\\n'",
    expect: [R('220', null, '220 mailhog', { command: 'CONNECT', text: 'mailhog.example ESMTP MailHog' })],
  },
  {
    name: 'PHPMailer 5: FROM SERVER: with no space before the code',
    line: 'SMTP -> FROM SERVER:220 smtp.example.com ESMTP Postfix (Ubuntu)<br />',
    expect: [R('220', null, '220 smtp', { command: 'CONNECT' })],
  },
  {
    name: 'PHPMailer 5: a command not accepted from the server',
    line: 'SMTP -> ERROR: DATA END not accepted from server: 554 Transaction failed<br />',
    expect: [R('554', null, '554 Transaction', { command: 'end of DATA' })],
  },
  {
    name: 'SMTP code and additional SMTP info labels (PHPMailer, WP Mail SMTP)',
    line: '[28-Nov-2026 06:25:12 UTC] WP Mail SMTP: Mailer: Other SMTP. SMTP Error: data not accepted. Detail: Message rejected as spam SMTP code: 554 Additional SMTP info: 5.7.1',
    expect: [R('554', null, '554 Additional', { command: 'DATA' }), R(null, '5.7.1', '5.7.1', { command: 'DATA' })],
  },
  {
    name: 'an enhanced status code introduced by its own label',
    line: 'delivery failed. Enhanced status code: 5.1.1 (mailbox does not exist)',
    expect: [R(null, '5.1.1', '5.1.1')],
  },
  {
    name: 'an enhanced code alone after a mail library exception (MailKit)',
    line: 'MailKit.Net.Smtp.SmtpCommandException: 5.7.60 SMTP; Client does not have permissions to send as this sender',
    expect: [R(null, '5.7.60', '5.7.60', { text: 'SMTP; Client does not have permissions to send as this sender' })],
  },
  {
    name: 'Mailgun JSON: "enhanced-code" is a delivery-status field',
    line: '        "enhanced-code": "5.1.1",',
    expect: [R(null, '5.1.1', '5.1.1', { statusField: true, text: '' })],
  },
  {
    name: 'JSON: "enhanced_status_code" is a delivery-status field',
    line: '{"event":"deferred","enhanced_status_code":"4.2.2","smtp_code":452}',
    expect: [R(null, '4.2.2', '4.2.2', { statusField: true, text: '' })],
  },
  {
    name: 'a line that starts with a Windows drive letter is not a client line (grep output)',
    line: 'C:\\logs\\smtp.log:12:host mx.example.org[192.0.2.1] said: 550 5.1.1 user unknown',
    expect: [R('550', '5.1.1', '550 5.1.1', { host: 'mx.example.org', text: 'user unknown' })],
  },
  {
    name: 'SparkPost JSON: raw_reason holds the reply',
    line: '{"type":"bounce","raw_reason":"550 User unknown","bounce_class":"10"}',
    expect: [R('550', null, '550 User', { text: 'User unknown' })],
  },
  {
    name: 'SmarterMail rsp:',
    line: '[2024.03.03] 08:00:01 [198.51.100.23][12345678] rsp: 550 <n@example.com> No such user here',
    expect: [R('550', null, '550 <n')],
  },
  // Application logs
  {
    name: 'JavaMail exception',
    line: 'com.sun.mail.smtp.SMTPSendFailedException: 554 Transaction failed: Message rejected',
    expect: [R('554', null, '554 Trans')],
  },
  {
    name: '.NET server response was: enhanced code alone',
    line: 'System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.1 Client does not have permissions',
    expect: [R(null, '5.7.1', '5.7.1', { text: 'Client does not have permissions' })],
  },
  {
    name: 'ESP JSON event: reply member and DSN status member',
    line: '{"event":"bounce","reason":"550 5.1.1 The email account does not exist.","status":"5.1.1"}',
    expect: [
      R('550', '5.1.1', '550 5.1.1', { text: 'The email account does not exist.' }),
      R(null, '5.1.1', '5.1.1"}', { statusField: true }),
    ],
  },
  {
    name: 'IIS SMTP log with + for spaces',
    line: '2024-03-03 08:00:01 198.51.100.5 OutboundConnectionResponse SMTPSVC1 EX01 - 25 - 550+5.1.1+User+unknown 0 0 20 0 47 SMTP - - - -',
    expect: [R('550', '5.1.1', '550+5.1.1', { text: 'User+unknown' })],
  },
  {
    name: 'a mail program whose syslog message starts with its reply',
    line: 'Mar  3 08:00:01 mx1 policyd-spf[1234]: 550 Message rejected due to: SPF fail',
    expect: [R('550', null, '550 Message')],
  },
  // Issue H: shapes met on mail nobody here wrote.
  {
    name: 'a colon glued to the code, with an enhanced code of the same class and no anchor',
    line: '550: 5.2.2 <ben@example.org>... Mailbox Full',
    expect: [R('550', '5.2.2', '550: 5.2.2', { enhAt: '5.2.2', text: '<ben@example.org>... Mailbox Full' })],
  },
  {
    name: 'a colon glued to the code after smtp; (501: 5.1.8)',
    line: 'Diagnostic-Code: smtp; 501: 5.1.8 Sender address domain does not resolve',
    expect: [R('501', '5.1.8', '501:', { enhAt: '5.1.8', text: 'Sender address domain does not resolve' })],
  },
  {
    name: 'a colon glued to the code and an empty field after it, after said:',
    line: 'Remote host said: 550: : User unknown',
    expect: [R('550', null, '550', { text: 'User unknown' })],
  },
  {
    name: 'web-mail labelled fields: the basic and the enhanced code in fields of their own are one reply',
    line: 'ERROR_CODE :550, ERROR_CODE :5.2.1 The mailbox of the recipient is disabled',
    expect: [R('550', '5.2.1', '550', { enhAt: '5.2.1', text: 'The mailbox of the recipient is disabled' })],
  },
  {
    name: 'web-mail labelled field ResponseCode in a line about a delivery',
    line: 'Status: Error, Recipient: gijs@example.org, Host: mx.example.org, ResponseCode 421, Reason: The remote mail server is busy',
    expect: [R('421', null, '421', { text: '' })],
  },
  {
    name: 'web-mail labelled fields with no words of mail: the enhanced code in the other field is enough',
    line: 'ERROR_CODE :550, ERROR_CODE :5.2.1 Account disabled',
    expect: [R('550', '5.2.1', '550', { enhAt: '5.2.1', text: 'Account disabled' })],
  },
  {
    name: 'web-mail ResponseCode on a line that names the remote host',
    line: 'Status: Error, Message: Connection refused by remote host, ResponseCode 421',
    expect: [R('421', null, '421', { text: '' })],
  },
  {
    name: 'a labelled field that says SMTP needs no other context',
    line: 'SmtpReplyCode=550 User unknown',
    expect: [R('550', null, '550', { text: 'User unknown' })],
  },
  {
    name: 'a labelled field repeating the reply on its line is no second finding',
    line: 'nodemailer: Error: Message failed: 552 5.2.2 <full@example.org>: Mailbox full (code=EMESSAGE, responseCode=552, command=DATA)',
    expect: [R('552', '5.2.2', '552 5.2.2')],
  },
  {
    name: "a reply nested in a service's wrapper: the outer status and the quoted reply",
    line: "Diagnostic-Code: smtp; 5.1.0 - Unknown address error 550-'5.7.1 <noor@example.org>... Access denied'",
    expect: [
      R(null, '5.1.0', '5.1.0', { text: '- Unknown address error' }),
      R('550', '5.7.1', '550', { enhAt: '5.7.1', text: '<noor@example.org>... Access denied' }),
    ],
  },
  {
    name: 'a reply nested in double quotes after a space',
    line: 'Diagnostic-Code: smtp; 4.4.0 - Other network error 421 "4.4.2 Connection timed out"',
    expect: [R(null, '4.4.0', '4.4.0'), R('421', '4.4.2', '421', { enhAt: '4.4.2', text: 'Connection timed out' })],
  },
  {
    name: "qmail's bracketed status after glued reply text",
    line: 'delivery 512: deferral: Connected_to_192.0.2.40_but_greeting_failed./Remote_host_said:_421_mx.example.org_busy,_please_try_again_later_[#4.1.9]./',
    expect: [R('421', '4.1.9', '421', { enhAt: '4.1.9', command: 'CONNECT' })],
  },
  {
    name: "qmail's bracketed status alone",
    line: 'Recipient mailbox is temporarily unavailable, please try again later [#4.1.9].',
    expect: [R(null, '4.1.9', '4.1.9', { statusField: true, text: '' })],
  },
  {
    name: 'rblsmtpd with the list named after the PID',
    line: '@400000006740a1b2c3d4ea00 rblsmtpd: 192.0.2.78 pid 4712 zen.example.net: 451 http://zen.example.net/query/ip/192.0.2.78',
    expect: [R('451', null, '451', { text: 'http://zen.example.net/query/ip/192.0.2.78' })],
  },
  {
    name: 'qmail-smtpd logging its reply without a PID',
    line: '@400000006740a1b2c3d4eb00 qmail-smtpd: 421 too many connections from 192.0.2.79, closing',
    expect: [R('421', null, '421')],
  },
  {
    name: 'columns are UTF-16 offsets (a character outside the BMP before the code)',
    line: '\u{1F4E7} host mx.example.net[192.0.2.1] said: 550 5.1.1 nope',
    expect: [R('550', '5.1.1', '550 5.1.1', { host: 'mx.example.net' })],
  },
];

/** Start of the nth occurrence of needle in s. */
function indexOfNth(s: string, needle: string, nth = 0): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = s.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`test table: "${needle}" (occurrence ${nth}) not in line`);
  }
  return i;
}

function describe(f: ReplyFinding): string {
  return `${f.code ?? '-'} ${f.enhanced ?? '-'} @${f.codeStart}/${f.enhancedStart} cmd=${f.command} cont=${f.continued} host=${f.remoteHost}`;
}

for (const c of CASES) {
  test(`recognizes: ${c.name}`, () => {
    const { findings } = scanLine(c.line, 7, INITIAL_SCAN_STATE);
    assert.equal(findings.length, c.expect.length, `findings: ${findings.map(describe).join(' | ')}`);
    c.expect.forEach((e, idx) => {
      const f = findings[idx];
      const start = indexOfNth(c.line, e.at, e.nth);
      assert.equal(f.line, 7);
      assert.equal(f.code, e.code, `code of finding ${idx}`);
      assert.equal(f.enhanced, e.enhanced, `enhanced of finding ${idx}`);
      if (e.code) {
        assert.deepEqual([f.codeStart, f.codeEnd], [start, start + 3], `code columns of finding ${idx}`);
      }
      if (e.enhanced) {
        const es = e.enhAt ? c.line.indexOf(e.enhAt, start) : e.code ? start + 4 : start;
        assert.deepEqual([f.enhancedStart, f.enhancedEnd], [es, es + e.enhanced.length], `enhanced columns of finding ${idx}`);
        assert.equal(c.line.slice(f.enhancedStart, f.enhancedEnd), e.enhanced);
      }
      if (e.code) assert.equal(c.line.slice(f.codeStart, f.codeEnd), e.code);
      assert.equal(f.command, e.command ?? null, `command of finding ${idx}`);
      assert.equal(f.continued, e.continued ?? false, `continued of finding ${idx}`);
      assert.equal(f.remoteHost, e.host ?? null, `remote host of finding ${idx}`);
      assert.equal(f.statusField ?? false, e.statusField ?? false, `statusField of finding ${idx}`);
      if (e.text !== undefined) assert.equal(f.text, e.text, `text of finding ${idx}`);
    });
  });
}

test('UTF-16 columns: a surrogate pair counts as two', () => {
  const { findings } = scanLine('\u{1F4E7} said: 550 5.1.1 nope', 0, INITIAL_SCAN_STATE);
  assert.equal(findings.length, 1);
  assert.deepEqual([findings[0].codeStart, findings[0].codeEnd, findings[0].enhancedStart, findings[0].enhancedEnd], [9, 12, 13, 18]);
});

// ---- never a finding -------------------------------------------------------------------------------------

const NEVER: Array<[string, string]> = [
  ['PID', 'Mar  3 08:00:03 host sshd[221]: Server listening on 0.0.0.0 port 22.'],
  ['PID of a mail program', 'Mar  3 08:00:03 mx1 postfix/smtpd[550]: connect from mail.example.net[198.51.100.23]'],
  ['port', 'Mar  3 08:00:05 mx1 postfix/postscreen[8731]: CONNECT from [198.51.100.23]:56026 to [192.0.2.10]:25'],
  ['port after a host', 'Mar  3 08:00:08 mx1 postfix/smtp[8761]: connect to mx.example.org[198.51.100.80]:25: Connection refused'],
  ['delays', 'to=<a@example.net>, relay=local, delay=0.53, delays=0.1/0/0.2/0.2, conn_use=2'],
  ['time', 'Greylisted, please come back in 00:05:00'],
  ['size', 'Mar  3 08:00:04 mx1 postfix/qmgr[1030]: 250B3A2A10A: from=<a@example.com>, size=2200, nrcpt=1 (queue active)'],
  ['SIZE keyword value', 'MAIL FROM:<a@example.com> SIZE 37748736'],
  ['IP addresses', 'client 250.250.250.250 and 203.0.113.250 and 2001:db8::550'],
  ['hostname with digit groups', 'connect from 66-220-155-151.mail.example.net[198.51.100.151]'],
  ['hostname that looks like a continuation line', '211-75-6-133.HINET-IP.example.net connected'],
  ['hostname with digit groups after a colon', 'warning: 203.0.113.77: hostname 211-75-6-133.HINET-IP.example.net verification failed'],
  ['queue id starting with a code', 'Mar  3 08:28:00 mx1 postfix/qmgr[1030]: 250B3A2A10A: removed'],
  ['version strings', 'Received: by EX01 with Microsoft SMTP Server id 15.01.2375.007 and 4.16.55.1 (Postfix 3.5.4)'],
  ['cipher bits', 'TLS connection established: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)'],
  ['a count after a colon', 'warning: Connection rate limit exceeded: 334 from client.example.net[198.51.100.44] for service smtp'],
  ['a count after a colon (550)', 'warning: Connection rate limit exceeded: 550 from unknown[203.0.113.9] for service smtp'],
  ['statistics', 'statistics: max message rate 250/60s for (smtp:203.0.113.9) at Mar  3 08:00:05'],
  ['cache size', 'statistics: max cache size 421 at Mar  3 08:00:05'],
  ['dates', '2024-03-03 and 03/03/2024 and Sun, 3 Mar 2024 08:00:01 +0000 and 20240303080001'],
  ['nginx access log with a 500', '203.0.113.9 - - [03/Mar/2024:08:00:03 +0000] "POST /api/send HTTP/1.1" 500 421 "-" "curl/8.5.0"'],
  ['nginx access log with a 503', '203.0.113.9 - - [03/Mar/2024:08:00:05 +0000] "GET /status?code=550 HTTP/1.1" 503 554 "-" "python-requests/2.31.0"'],
  ['apache access log', '203.0.113.9 - - [03/Mar/2024:08:00:03 +0000] "POST /cgi-bin/mail.cgi HTTP/1.1" 500 535 "-" "Mozilla/5.0"'],
  ['HTTP status in an error message', 'PHP Fatal error:  Uncaught Exception: HTTP 503 from backend in /var/www/html/send.php:250'],
  ['paths with versions', '"GET /download/4.4.1/setup-5.1.1.exe HTTP/2.0" 301 169'],
  ['phone numbers', 'call 555-123-4567 or +1 555 123 4567 or 250.555.0100'],
  ['phone number at the start of a line', '555-123-4567 is the support line'],
  ['number pair at the start of a line', '550 1234 5678'],
  ['a lone number that is not a code', '250 2'],
  ['message body text with a number', 'Subject: Meeting on the 25th, room 550'],
  ['counts in prose', 'totals: 221 items, 354 pages, 2.0.0 release'],
  ['a number and a unit', 'Mar  3 08:00:06 host systemd[1]: logrotate.service: Consumed 250ms CPU time.'],
  ['a session number', 'Mar  3 08:00:05 host systemd[1]: Started Session 550 of User alice.'],
  ['a program that is not a mail program starting with a number', 'Mar  3 08:00:01 host myapp[421]: 421 requests served in 250 ms'],
  ['non-standard code from a test server', 'H=127.0.0.1 [127.0.0.1]: SMTP error from remote mail server after pipelined DATA: 403 Sorry temp data error'],
  ['non-standard code with an enhanced code', '444 4.3.2 <foobar>: Helo command rejected: Try again later'],
  ['DSN status being mapped, not a reply', './smtpd_check: mapping DSN status 4.1.1 into Client host status 4.0.0'],
  ['RFC page header', 'Klensin                     Standards Track                    [Page 88]'],
  ['a client line in a transcript', 'C: 250 boxes leave the warehouse on 2024-03-04.'],
  ['a swaks client line', ' -> 550 lines of data'],
  ['quoted-printable and base64 noise', 'Q29udGVudC1UeXBlOiB0ZXh0L3BsYWluOyBjaGFyc2V0PSJ1dGYtOCI550NTUwIDUuMS4x=20550=3D'],
  ['an Outlook "Sent:" header', 'Sent: Sunday, March 3, 2024 8:00 AM'],
  ['an HTTP error in an application log', '2024-03-03 08:00:01 ERROR webhook: HTTP error: 500 Internal Server Error'],
  ['an HTTP response code in an application log', 'upstream returned HTTP response code: 503 Service Unavailable'],
  // Report columns: a count at the start of an indented line is not a bare reply (pflogsumm, uniq -c tables).
  ['pflogsumm grand totals', '    421   received'],
  ['pflogsumm per-domain row', '    250    12550k       0     1.2 s    5.0 s  example.net'],
  ['a count before a size column', '   221 4521k  gmail.com'],
  ['a tab-separated count', '\t550\tdelivered'],
  ['a count beside an address', '    250   newsletter@example.com'],
  // "=>" introduces a reply only after a quoted SMTP command in a line about SMTP or a failed command.
  ['a Perl dump', "$VAR1 = { 'quit' => 221, 'code' => 550 };"],
  ['a Ruby hash', '{"data" => 250, :status => 421}'],
  ['PHP print_r', '    [data] => 250'],
  ['a Perl hash with a verb as its key', 'my %limits = ("rcpt" => 550);'],
  // Byte dumps: only in an SMTP session.
  ['an HTTP/2 byte dump (421 Misdirected Request)', "2026/11/28 06:27:01 http2: Framer 0xc000: Received 24 bytes: '421 Misdirected Request\\r\\n'"],
  ['a byte dump that does not say SMTP', 'client: Sent 12 bytes: "250 OK"'],
  // Arrows of other programs (koa-logger) carry no reply.
  ['koa-logger request', '  <-- GET /api/users'],
  ['koa-logger response with a status and sizes', '  --> POST /send 500 250ms 421b'],
  ['a count from a server', 'Loaded from server: 250 records'],
  ['an HTTP status from a server', 'fetch: HTTP response from server: 421 Misdirected Request'],
  // CSV fields and mixed classes.
  ['a CSV field that is a street address', '2,"Main St","421 Elm Street, Springfield"'],
  ['a number beside a version in running text', 'upgrade from version 550 4.4.7 to 4.5.0'],
  ['a success code with a negative enhanced code', 'build,"250 5.1.1 beta"'],
  // Labels and exceptions that do not speak of SMTP.
  ['an exception of another library before a dotted number', 'java.lang.NumberFormatException: 4.5.6 is not a number'],
  ['a version in an exception message', 'com.example.VersionMismatchException: 5.1.2 required'],
  ['an HTTP code label', 'HTTP code: 421'],
  ['an error code label', 'Error code: 550 (see the manual)'],
  ['an exit code label', 'Exit code: 250'],
  ['a JSON version string', '  "version": "5.1.1",'],
  ['amavis timing', 'amavis[4321]: (04321-01) Passed CLEAN {RelayedInbound}, [198.51.100.23]:52344 <a@example.net> -> <b@example.com>, Queue-ID: 4B1C62A0F3, size: 2200, 250 ms'],
  ['empty line', ''],
  // Direction markers: only in an SMTP session, after a time stamp, an ID or a program name.
  ['an HTTP client debug line (no SMTP session)', '10:00:01.123: >> 500 Internal Server Error'],
  ['an HTTP client debug response line', '2024-03-11 10:00:01 << 503 Service Unavailable'],
  ['a shell redirection to a numbered file', 'echo foo >> 250.log'],
  ['comparisons in code', 'if (a < 250 and b > 300) return;'],
  ['a comparison after a colon', 'limit: < 250 messages per hour'],
  ['HTML', '<td>250 </td><p>> 250 messages</p>'],
  // Tab-separated columns: a reply column only in an SMTP record, and not a quantity.
  ['a hop table column with a delay', '2\t3/11/2024 10:06:40 AM\tSN1PR12MB2550.example.com\tMicrosoft SMTP Server (version=TLS1_2)\t421 ms'],
  ['a tab-separated report that is not an SMTP record', 'totals\tmail.example.com\t550 rejected messages\t12'],
  // Glued text and JSON messages.
  ['an identifier after "reason:"', 'rule matched, reason: 550_bounce_rule'],
  ['a JSON message with a version', '  "message": "5.1.1 released with performance fixes",'],
  // Issue H: CSS of a bounce's HTML part, labels without a mail context, a glued colon without a reply's shape.
  ['a CSS colour before !important in a rule', '.note { color: #555 !important; border-left: 3px solid #421 }'],
  ['a CSS colour in a declaration', '  color: #555 !important;'],
  ['a CSS colour in a style attribute', '<div style="border: 1px solid #421 ">x</div>'],
  ['CSS lengths', '.box { width: 550px; margin: 4.5.1em 0; padding: 2.0.0em; }'],
  ['a ticket number', 'Re: invoice 2026-550 (ticket #421)'],
  ['an ErrorCode of a program', 'ErrorCode: 550 (see the manual)'],
  ['an HTTP ResponseCode', 'upload failed: HTTP ResponseCode 421 for recipient list'],
  ['a ResponseCode of an API client', 'sync job 7 finished, ResponseCode 421, retrying in 30 s'],
  ['an ERROR_CODE of a program', 'ERROR_CODE :550, see the manual'],
  ['a count with a glued colon at a line start', '421: rows updated'],
  ['a count with a glued colon in prose', 'Totals for room 550: 12 seats'],
];

for (const [name, line] of NEVER) {
  test(`never a finding: ${name}`, () => {
    const { findings } = scanLine(line, 0, INITIAL_SCAN_STATE);
    assert.deepEqual(findings.map(describe), []);
  });
}

test('never a finding: a code of valid shape that is not registered is not reported, even in reply position', () => {
  for (const line of ['said: 435 Unable to authenticate at present', 'S: 403 Sorry', '<** 444 no']) {
    assert.deepEqual(scanLine(line, 0, INITIAL_SCAN_STATE).findings.map(describe), [], line);
  }
});

// ---- multi-line replies ----------------------------------------------------------------------------------

test('groupReplies joins an EHLO multi-line reply into one reply', () => {
  const text = ['S: 220 mx.example.com ESMTP', 'C: EHLO c.example.net', 'S: 250-mx.example.com', 'S: 250-PIPELINING', 'S: 250-SIZE 10240000', 'S: 250 HELP'].join('\n');
  const replies = groupReplies(scanText(text));
  assert.equal(replies.length, 2);
  assert.equal(replies[0].code, '220');
  assert.equal(replies[1].code, '250');
  assert.equal(replies[1].parts.length, 4);
  assert.deepEqual(replies[1].parts.map((p) => p.line), [2, 3, 4, 5]);
  assert.equal(replies[1].text, 'mx.example.com PIPELINING SIZE 10240000 HELP');
  assert.equal(replies[1].replyClass, 'positive-completion');
  assert.equal(replies[1].command, 'EHLO');
});

test("groupReplies joins Gmail's wrapped 550-5.7.1 lines, on one line and across lines", () => {
  const one = groupReplies(scanText('host g.example.com[192.0.2.1] said: 550-5.7.1 Our system 550-5.7.1 has detected 550 5.7.1 spam. - gsmtp'));
  assert.equal(one.length, 1);
  assert.equal(one[0].parts.length, 3);
  assert.equal(one[0].enhanced, '5.7.1');
  assert.equal(one[0].replyClass, 'permanent-negative');
  assert.equal(one[0].text, 'Our system has detected spam. - gsmtp');
  const bounce = [
    '<g@gmail.com>: host gmail-smtp-in.l.google.com[192.0.2.1] said:',
    '    550-5.1.1 The email account that you tried to reach does not exist. Please',
    '    try 550-5.1.1 double-checking the recipient\'s email address for typos or',
    '    550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1',
    '    https://support.google.com/mail/?p=NoSuchUser - gsmtp (in reply to RCPT TO command)',
  ].join('\n');
  const replies = groupReplies(scanText(bounce));
  assert.equal(replies.length, 1);
  assert.equal(replies[0].parts.length, 4);
  assert.deepEqual(replies[0].parts.map((p) => p.line), [1, 2, 3, 3]);
  assert.equal(replies[0].code, '550');
  assert.equal(replies[0].enhanced, '5.1.1');
});

test('groupReplies keeps apart replies that do not continue each other', () => {
  const lines = ['250-mx.example.com', '250 HELP', '250 2.1.0 Ok', '550-5.1.1 first', '', '550 5.1.1 later', '451-4.7.1 a', '452 4.3.1 b'];
  const replies = groupReplies(scanText(lines.join('\n')));
  assert.deepEqual(
    replies.map((r) => [r.code, r.parts.length]),
    [
      ['250', 2],
      ['250', 1],
      ['550', 1],
      ['550', 1],
      ['451', 1],
      ['452', 1],
    ],
  );
  // An enhanced code alone forms its own reply, classed by that code.
  const alone = groupReplies(scanText('Status: 4.4.1'));
  assert.equal(alone.length, 1);
  assert.equal(alone[0].code, null);
  assert.equal(alone[0].replyClass, 'transient-negative');
});

// ---- transcript state ------------------------------------------------------------------------------------

test('transcript state: the last client command answers the following replies', () => {
  const text = [
    '220 mx.example.com ESMTP',
    'EHLO c.example.net',
    '250-mx.example.com',
    '250 8BITMIME',
    'STARTTLS',
    '220 2.0.0 Ready to start TLS',
    'MAIL FROM:<a@example.net>',
    '250 2.1.0 Ok',
    'RCPT TO:<n@example.com>',
    '550 5.1.1 no such user',
    'DATA',
    '354 go ahead',
    'Subject: hi',
    '.',
    '250 2.0.0 queued',
    'QUIT',
    '221 2.0.0 Bye',
  ].join('\n');
  const got = scanText(text).map((f) => [f.line, f.code, f.command]);
  assert.deepEqual(got, [
    [0, '220', 'CONNECT'],
    [2, '250', 'EHLO'],
    [3, '250', 'EHLO'],
    [5, '220', 'STARTTLS'],
    [7, '250', 'MAIL FROM'],
    [9, '550', 'RCPT TO'],
    [11, '354', 'DATA'],
    [14, '250', 'end of DATA'],
    [16, '221', 'QUIT'],
  ]);
});

test('transcript state: a reply right after 354 answers the end of DATA even when the body is not shown', () => {
  const got = scanText(['250 Accepted', '354 Enter message', '250 OK id=1rgk'].join('\n')).map((f) => f.command);
  assert.equal(got[2], 'end of DATA');
});

test('transcript state: client markers of each transcript style set the command', () => {
  const styles: Array<[string, string]> = [
    ['C: RCPT TO:<a@b.example>', 'S: 550 5.1.1 no'],
    [' -> RCPT TO:<a@b.example>', '<** 550 5.1.1 no'],
    [' ~> RCPT TO:<a@b.example>', '<~  550 5.1.1 no'],
    [">>> RCPT To:<a@b.example>", '<<< 550 5.1.1 no'],
    ['SMTP<< rcpt to:<a@b.example>', 'SMTP>> 550 5.1.1 no'],
    ["send: 'rcpt TO:<a@b.example>\\r\\n'", "reply: b'550 5.1.1 no\\r\\n'"],
    ['[2024-03-03 08:00:01] DEBUG [abc] C: RCPT TO:<a@b.example>', '[2024-03-03 08:00:01] DEBUG [abc] S: 550 5.1.1 no'],
    ['2024-03-03 08:00:01 CLIENT -> SERVER: RCPT TO:<a@b.example>', '2024-03-03 08:00:01 SERVER -> CLIENT: 550 5.1.1 no'],
    ['"SMTPC"\t4513\t13\t"2024-03-03 08:00:02.001"\t"198.51.100.5"\t"SENT: RCPT TO:<a@b.example>"', '"SMTPC"\t4513\t13\t"2024-03-03 08:00:02.050"\t"198.51.100.5"\t"RECEIVED: 550 5.1.1 no"'],
    ['Sun 2024-03-03 08:00:01.123: --> RCPT TO:<a@b.example>', 'Sun 2024-03-03 08:00:01.223: <-- 550 5.1.1 no'],
    ['[2024.03.03] 08:00:01 [198.51.100.23][1234] cmd: RCPT TO:<a@b.example>', '[2024.03.03] 08:00:01 [198.51.100.23][1234] rsp: 550 5.1.1 no'],
    [
      '2024-03-03T08:00:01.330Z,Internet Send EX01,08DC3B4A5C6D7E90,10,192.0.2.20:51234,198.51.100.5:25,>,RCPT TO:<a@b.example>,',
      '2024-03-03T08:00:01.380Z,Internet Send EX01,08DC3B4A5C6D7E90,11,192.0.2.20:51234,198.51.100.5:25,<,550 5.1.1 no,',
    ],
    // MDaemon's inbound log: "<--" is what the client sent, "-->" what MDaemon answered.
    ['Sun 2024-03-03 08:00:01.123: <-- RCPT TO:<a@b.example>', 'Sun 2024-03-03 08:00:01.223: --> 550 5.1.1 no'],
    ['<-- RCPT TO:<a@b.example>', '--> 550 5.1.1 no'],
    // MailHog byte dumps, either direction.
    [
      "2024/03/03 08:00:01 [SMTP 172.18.0.5:45678] Received 28 bytes: 'RCPT TO:<a@b.example>\\r\\n'",
      "2024/03/03 08:00:01 [SMTP 172.18.0.5:45678] Sent 22 bytes: '550 5.1.1 no\\r\\n'",
    ],
    // PHPMailer 5.
    ['CLIENT -> SMTP: RCPT TO:<a@b.example>', 'SMTP -> FROM SERVER:550 5.1.1 no<br />'],
    // Exchange with a quoted command field, and a single-word command followed by the field's comma.
    [
      '2024-03-03T08:00:01.330Z,EX01\\Default Frontend EX01,08DC3B4A5C6D7E90,10,10.0.0.1:25,198.51.100.5:51234,<,"RCPT TO:<a@b.example>, x",',
      '2024-03-03T08:00:01.380Z,EX01\\Default Frontend EX01,08DC3B4A5C6D7E90,11,10.0.0.1:25,198.51.100.5:51234,>,550 5.1.1 no,',
    ],
  ];
  for (const [client, server] of styles) {
    const f = scanText(`${client}\n${server}`);
    assert.equal(f.length, 1, `${client} / ${server}: ${f.map(describe).join(' | ')}`);
    assert.equal(f[0].command, 'RCPT TO', `${client} / ${server}`);
    assert.equal(f[0].code, '550');
  }
});

test('transcript state: direction markers inside a line, either direction, once a session is under way', () => {
  // posttls-finger writes "<" for the server and ">" for itself; the line does not say SMTP, the greeting does.
  const finger = [
    'posttls-finger: Connected to mx1.example.net[203.0.113.25]:25',
    'posttls-finger: < 220 mx1.example.net ESMTP Postfix',
    'posttls-finger: > EHLO client.example.com',
    'posttls-finger: < 250-PIPELINING',
    'posttls-finger: < 250 CHUNKING',
    'posttls-finger: > QUIT',
    'posttls-finger: < 221 2.0.0 Bye',
  ].join('\n');
  assert.deepEqual(
    scanText(finger).map((f) => [f.line, f.code, f.command, f.continued]),
    [
      [1, '220', 'CONNECT', false],
      [3, '250', 'EHLO', true],
      [4, '250', 'EHLO', false],
      [6, '221', 'QUIT', false],
    ],
  );
  // Mercury marks the client with "<<" inbound and writes the line ending: "QUIT<cr><lf>" is still a command.
  const mercury = ['10:05:01.422: >> 220 mail.example.com ESMTP server ready.<cr><lf>', '10:05:01.960: << QUIT<cr><lf>', '10:05:01.961: >> 221 mail.example.com Service closing channel.<cr><lf>'].join('\n');
  assert.deepEqual(
    scanText(mercury).map((f) => [f.line, f.code, f.command, f.text]),
    [
      [0, '220', 'CONNECT', 'mail.example.com ESMTP server ready.'],
      [2, '221', 'QUIT', 'mail.example.com Service closing channel.'],
    ],
  );
  // Without a session, the same shapes from an HTTP client's debug output stay out.
  const http = ['10:00:01.100: >> GET /health HTTP/1.1', '10:00:01.180: << 503 Service Unavailable', '10:00:02.100: << 250 bytes read'].join('\n');
  assert.deepEqual(scanText(http).map(describe), []);
});

test('transcript state: a bare code opening a line of the message after 354 is message text, not a reply', () => {
  const telnet = ['354 End data with <CR><LF>.<CR><LF>', 'Subject: test 550 from the helpdesk', ' ', '421 reasons this should not be read as a reply.', '.', '250 2.0.0 Ok: queued as 4TtQ9x5Ni8z3mSn', '421 4.4.2 timeout'].join('\n');
  assert.deepEqual(
    scanText(telnet).map((f) => [f.line, f.code, f.command]),
    [
      [0, '354', 'DATA'],
      [5, '250', 'end of DATA'],
      [6, '421', 'end of DATA'],
    ],
  );
});

test('transcript state: MDaemon arrows in either direction (inbound and outbound logs)', () => {
  const outbound = [
    'Sat 2026-11-28 06:30:01.500: Attempting SMTP connection to [198.51.100.7:25]',
    'Sat 2026-11-28 06:30:01.600: <-- 220 mx.example.net ESMTP Postfix',
    'Sat 2026-11-28 06:30:01.601: --> EHLO mail.example.com',
    'Sat 2026-11-28 06:30:01.700: <-- 250-mx.example.net',
    'Sat 2026-11-28 06:30:01.701: <-- 250 8BITMIME',
    'Sat 2026-11-28 06:30:01.800: --> RCPT TO:<a@example.net>',
    'Sat 2026-11-28 06:30:01.900: <-- 550 5.1.1 <a@example.net>: Recipient address rejected',
  ].join('\n');
  assert.deepEqual(
    scanText(outbound).map((f) => [f.line, f.code, f.command]),
    [
      [1, '220', 'CONNECT'],
      [3, '250', 'EHLO'],
      [4, '250', 'EHLO'],
      [6, '550', 'RCPT TO'],
    ],
  );
  const inbound = ['Sat 2026-11-28 06:30:01.500: --> 220 mail.example.com ESMTP MDaemon', 'Sat 2026-11-28 06:30:01.600: <-- EHLO client.example.net', 'Sat 2026-11-28 06:30:01.601: --> 250 SIZE 52428800'].join('\n');
  assert.deepEqual(
    scanText(inbound).map((f) => [f.line, f.code, f.command]),
    [
      [0, '220', 'CONNECT'],
      [2, '250', 'EHLO'],
    ],
  );
});

test('transcript state: a MailHog session, with message data that quotes a reply', () => {
  const session = [
    "2026/11/28 06:27:01 [SMTP 172.18.0.5:45678] Sent 35 bytes: '220 mailhog.example ESMTP MailHog\\r\\n'",
    "2026/11/28 06:27:01 [SMTP 172.18.0.5:45678] Received 22 bytes: 'EHLO app.example.com\\r\\n'",
    "2026/11/28 06:27:01 [SMTP 172.18.0.5:45678] Sent 16 bytes: '250 AUTH PLAIN\\r\\n'",
    "2026/11/28 06:27:01 [SMTP 172.18.0.5:45678] Received 6 bytes: 'DATA\\r\\n'",
    "2026/11/28 06:27:01 [SMTP 172.18.0.5:45678] Sent 37 bytes: '354 End data with <CR><LF>.<CR><LF>\\r\\n'",
    "2026/11/28 06:27:01 [SMTP 172.18.0.5:45678] Received 421 bytes: 'Subject: test\\r\\n\\r\\n550 5.1.1 is what production said\\r\\n.\\r\\n'",
    "2026/11/28 06:27:01 [SMTP 172.18.0.5:45678] Sent 25 bytes: '250 Ok: queued as 9Hs4\\r\\n'",
  ].join('\n');
  assert.deepEqual(
    scanText(session).map((f) => [f.line, f.code, f.enhanced, f.command, f.text]),
    [
      [0, '220', null, 'CONNECT', 'mailhog.example ESMTP MailHog'],
      [2, '250', null, 'EHLO', 'AUTH PLAIN'],
      [4, '354', null, 'DATA', 'End data with <CR><LF>.<CR><LF>'],
      [6, '250', null, 'end of DATA', 'Ok: queued as 9Hs4'],
    ],
  );
});

test('report columns: an indented count is not a reply, an indented transcript still is', () => {
  // pflogsumm: counts right-aligned in a column, then wide spacing or another number column.
  const report = ['Grand Totals', '------------', 'messages', '', '    421   received', '    550   delivered', '    250   rejected (31%)', ' sent cnt  bytes   defers', '    250    12550k       0     1.2 s    5.0 s  example.net'].join('\n');
  assert.deepEqual(scanText(report).map(describe), []);
  // The same shape inside a report line that carries a reply keeps the reply (pflogsumm's deferral detail).
  const detail = '         3   550 5.1.1 <old.user@example.net>: Recipient address rejected: User unknown';
  assert.deepEqual(scanText(detail).map((f) => [f.code, f.enhanced]), [['550', '5.1.1']]);
  // A transcript quoted with an indent (a ticket, an e-mail): single spacing, and once it is a transcript,
  // wider spacing too.
  const quoted = ['    220 mx.example.com ESMTP Postfix', '    250-mx.example.com', '    250-PIPELINING', '    250 8BITMIME', '    250   Ok', '    550  5.1.1 <x@example.com> User unknown'].join('\n');
  assert.deepEqual(
    scanText(quoted).map((f) => [f.line, f.code, f.enhanced]),
    [
      [0, '220', null],
      [1, '250', null],
      [2, '250', null],
      [3, '250', null],
      [4, '250', null],
      [5, '550', '5.1.1'],
    ],
  );
  // An indented reply with its enhanced code is a reply even with column spacing and outside a transcript.
  assert.deepEqual(scanText('    421   4.7.0 Try again later').map((f) => [f.code, f.enhanced]), [['421', '4.7.0']]);
  // A number alone on its line is a count (exim -bpc, wc -l), unless a transcript is under way.
  assert.deepEqual(scanText(['$ exim -bpc', '421', '    250'].join('\n')).map(describe), []);
  assert.deepEqual(
    scanText(['220 mx.example.com ESMTP', 'NOOP', '250'].join('\n')).map((f) => [f.line, f.code, f.command]),
    [
      [0, '220', 'CONNECT'],
      [2, '250', 'NOOP'],
    ],
  );
});

test('wrapped bounce text: the enhanced code that opens the next, indented line belongs to the reply', () => {
  const bounce = ['<bram@example.com>: host mx1.example.com[192.0.2.1] said: 552', '    5.2.2 <bram@example.com> Quota exceeded (mailbox for user is full) (in', '    reply to end of DATA command)'].join('\n');
  const findings = scanText(bounce);
  assert.deepEqual(
    findings.map((f) => [f.line, f.code, f.enhanced, f.enhancedStart]),
    [
      [0, '552', null, 0],
      [1, null, '5.2.2', 4],
    ],
  );
  const replies = groupReplies(findings);
  assert.equal(replies.length, 1);
  assert.deepEqual([replies[0].code, replies[0].enhanced, replies[0].replyClass], ['552', '5.2.2', 'permanent-negative']);
  assert.equal(replies[0].text, '<bram@example.com> Quota exceeded (mailbox for user is full) (in');
  // The carried state says a code ended the line, and the next line clears it.
  const s1 = scanLine('<a@example.com>: host mx[192.0.2.1] said: 550', 0, INITIAL_SCAN_STATE).state;
  assert.equal(s1.wrappedCode, '550');
  assert.ok(!sameScanState(s1, INITIAL_SCAN_STATE));
  assert.ok(sameScanState(scanLine('    5.1.1 no such user', 1, s1).state, INITIAL_SCAN_STATE));
  // Not a continuation: another class, a blank line in between, no indent, or no reply before.
  const not = [
    ['<a@example.com>: host mx[192.0.2.1] said: 550', '    4.4.1 looks like a version'],
    ['<a@example.com>: host mx[192.0.2.1] said: 550', '', '    5.1.1 after a blank line'],
    ['<a@example.com>: host mx[192.0.2.1] said: 550', '5.1.1 not indented'],
    ['warning: Connection rate limit exceeded: 550', '    5.1.1 something'],
    ['550', '    5.1.1 a lone number on the line before'],
  ];
  for (const lines of not) {
    const got = scanText(lines.join('\n')).filter((f) => f.code === null);
    assert.deepEqual(got.map(describe), [], lines.join(' / '));
  }
});

test('announced reply: a code opening one of the two lines after a reply phrase or a lone recipient is the reply', () => {
  const lines = [
    '    SMTP error from remote server after RCPT command:',
    '    host: mx.example.org',
    '    5.1.1 <jan@example.org>: Recipient address rejected: User unknown',
    '    The remote server said:',
    '    4.2.2 Mailbox over quota',
    '    SMTP error from remote server after RCPT command:',
    '',
    '    5.0.0 after a blank line is not announced',
    'The following message was returned:',
    'a first line',
    'a second line',
    '5.1.1 is too far from the phrase',
    '<carl@example.org>:',
    '550: : User unknown',
    'dora@example.org:',
    '',
    '550: : is not announced after a blank line',
  ];
  const got = scanText(lines.join('\n')).map((f) => [f.line, f.code, f.enhanced, f.enhancedStart, f.text]);
  assert.deepEqual(got, [
    [2, null, '5.1.1', 4, '<jan@example.org>: Recipient address rejected: User unknown'],
    [4, null, '4.2.2', 4, 'Mailbox over quota'],
    [13, '550', null, 0, 'User unknown'],
  ]);
});

test('quoted-printable: codes split by soft line breaks are found on the lines and columns where they stand', () => {
  const lines = [
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'The server said: 45=',
    '1 4.7.1 Greylisted, try again in 300 seconds',
    'host mx.example.org[192.0.2.5] said=',
    ': 552 5.2=',
    '.2 <vic@example.org>: mailbox full',
    'Diagnostic-Code: sm=',
    'tp; 554 5.7.1 Rejected: limit 550=3D550 per day',
    '--b1_4f2a',
    'Content-Type: text/plain',
    '',
    'The server said: 45=',
    '1 4.7.1 is not joined outside a quoted-printable part',
  ];
  const findings = scanText(lines.join('\n'));
  const got = findings.map((f) => [f.line, f.code, f.codeStart, f.codeEnd, f.enhanced, f.enhancedStart, f.enhancedEnd, f.text]);
  assert.deepEqual(got, [
    [3, '451', 17, 19, null, 0, 0, ''],
    [4, null, 0, 0, '4.7.1', 2, 7, 'Greylisted, try again in 300 seconds'],
    [6, '552', 2, 5, '5.2.2', 6, 9, '<vic@example.org>: mailbox full'],
    [9, '554', 4, 7, '5.7.1', 8, 13, 'Rejected: limit 550=550 per day'],
  ]);
  // The two halves of 451 4.7.1 are one reply, as Postfix's wrapped bounce text is.
  const replies = groupReplies(findings);
  assert.deepEqual(
    replies.map((r) => [r.code, r.enhanced, r.parts.map((p) => p.line)]),
    [['451', '4.7.1', [3, 4]], ['552', '5.2.2', [6]], ['554', '5.7.1', [9]]],
  );
  // Threaded line by line, the findings are the same (the soft-broken lines return none of their own).
  let state: ScanState = INITIAL_SCAN_STATE;
  const threaded: ReplyFinding[] = [];
  lines.forEach((l, i) => {
    const r = scanLine(l, i, state);
    threaded.push(...r.findings);
    state = r.state;
  });
  assert.deepEqual(threaded, findings);
  assert.ok(sameScanState(state, { ...state }), 'the state with its pending lines is comparable');
});

test('quoted-printable: a logical line the text ends in is read, and a huge part stays linear', () => {
  const tail = ['Content-Transfer-Encoding: quoted-printable', '', 'The server said: 550 5.1.1 no such user=', ' here='];
  assert.deepEqual(scanText(tail.join('\n')).map((f) => [f.line, f.code, f.enhanced, f.text]), [[2, '550', '5.1.1', 'no such user here']]);
  const started = Date.now();
  const hostile = ['Content-Transfer-Encoding: quoted-printable', ...Array.from({ length: 2000 }, () => '='.repeat(500)), '=3D'.repeat(100_000)];
  assert.deepEqual(scanText(hostile.join('\n')), []);
  assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
});

test('scan state: immutable, comparable, stable across re-scans', () => {
  assert.ok(Object.isFrozen(INITIAL_SCAN_STATE));
  assert.ok(sameScanState(INITIAL_SCAN_STATE, { ...INITIAL_SCAN_STATE }));
  const s1 = scanLine('C: MAIL FROM:<a@example.com>', 0, INITIAL_SCAN_STATE).state;
  assert.ok(!sameScanState(INITIAL_SCAN_STATE, s1));
  assert.equal(s1.lastCommand, 'MAIL FROM');
  // The same line scanned from the same state gives an equal state: an editor can stop re-scanning there.
  const s2 = scanLine('S: 250-first', 1, s1).state;
  assert.ok(sameScanState(s2, scanLine('S: 250-first', 1, s1).state));
  assert.equal(s2.openCode, '250');
  assert.equal(scanLine('S: 250 last', 2, s2).state.openCode, null);
  // A log line with no transcript content leaves the state as it is (the same object).
  const log = 'Mar  3 08:00:05 mx1 postfix/smtp[1]: 7D3E12A0F5: to=<d@example.net>, dsn=2.0.0, status=sent (250 2.0.0 Ok)';
  assert.equal(scanLine(log, 3, s2).state, s2);
  assert.equal(scanLine('no codes here', 4, s2).state, s2);
});

test('scanLine threaded line by line gives what scanText gives', () => {
  const text = readFileSync(join(fixtures, 'transcripts', 'telnet.smtp'), 'utf8');
  const lines = text.split(/\r\n|\n|\r/);
  let state: ScanState = INITIAL_SCAN_STATE;
  const threaded: ReplyFinding[] = [];
  lines.forEach((l, i) => {
    const r = scanLine(l, i, state);
    threaded.push(...r.findings);
    state = r.state;
  });
  assert.deepEqual(threaded, scanText(text));
});

// ---- line endings ----------------------------------------------------------------------------------------

test('CRLF, LF and CR line endings give the same findings, and no line carries a CR', () => {
  const lines = ['220 mx.example.com ESMTP', 'HELO x', '250 mx.example.com', 'MAIL FROM:<a@b.example>', '451 4.7.1 greylisted', ''];
  const lf = scanText(lines.join('\n'));
  const crlf = scanText(lines.join('\r\n'));
  const cr = scanText(lines.join('\r'));
  assert.equal(lf.length, 3);
  assert.deepEqual(crlf, lf);
  assert.deepEqual(cr, lf);
  for (const f of crlf) assert.ok(!f.text.includes('\r'), JSON.stringify(f.text));
  assert.deepEqual(
    lf.map((f) => f.line),
    [0, 2, 4],
  );
  // A trailing CR on a single line handed to scanLine (an editor that keeps it) does not break recognition.
  assert.equal(scanLine('250 2.1.0 Ok\r', 0, INITIAL_SCAN_STATE).findings[0]?.code, '250');
});

// ---- hostile input ---------------------------------------------------------------------------------------

/** The fastest of three calls, in ms: the first call pays for compilation, a busy machine stretches some. */
// Fastest of five: one garbage collection of the whole test process landing in a run is not the input's cost.
function fastestOf5(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Fails when the work for an input 4 times as long grows clearly faster than 4 times: linear work grows
 * about 4x, quadratic 16x. Not a speed target (that is `npm run bench`): below MEASURABLE_MS the clock of a
 * shared machine cannot tell the two apart, and quadratic work on megabytes never finishes that fast.
 */
function assertLinear(name: string, small: () => void, large: () => void): void {
  const MEASURABLE_MS = 50;
  const a = fastestOf5(small);
  const b = fastestOf5(large);
  if (b < MEASURABLE_MS) return;
  assert.ok(b / Math.max(a, 1) < 8, `${name}: ${a.toFixed(1)} ms for n, ${b.toFixed(1)} ms for 4n (more than linear)`);
}

test('hostile input: long lines of dots, digits, markers, random bytes and NULs return, in time linear in their length', () => {
  const MB5 = 5 * 1024 * 1024;
  const rep = (s: string, size: number) => s.repeat(Math.ceil(size / s.length)).slice(0, size);
  let seed = 20240303;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const random = Array.from({ length: 1 << 20 }, () => String.fromCharCode(rnd() % 256)).join('');
  // name, the line at a given length, findings expected at 5 MB (null: any)
  const inputs: Array<[string, (size: number) => string, number | null]> = [
    ['4.4.4.4...', (n) => rep('4.', n), 0],
    ['packed digits', (n) => rep('2505505', n), 0],
    ['NUL bytes', (n) => '\0'.repeat(n), 0],
    ['random bytes', (n) => random.slice(0, n / 5), null],
    ['"said: 550 " repeated', (n) => rep('said: 550 ', n), null],
    ['"a: 250 " repeated', (n) => rep('a: 250 ', n), 0],
    ['"C=\\"250 " repeated', (n) => rep('C="250 ', n), null],
    ['"(250, b\'" repeated', (n) => rep("(250, b'", n), null],
    ['"[1.2]: 250 " repeated', (n) => rep('[1.2]: 250 ', n), null],
    ['"server after x: 250 " repeated', (n) => rep('server after x: 250 ', n), null],
    ['"dsn=5.1.1, " repeated', (n) => rep('dsn=5.1.1, ', n), null],
    ['spaces then a code', (n) => ' '.repeat(n) + '250 OK', null],
    ['brackets', (n) => rep('[', n), 0],
  ];
  for (const [name, make, expected] of inputs) {
    const line = make(MB5);
    const quarter = make(MB5 / 4);
    const r = scanLine(line, 0, INITIAL_SCAN_STATE);
    if (expected !== null) assert.equal(r.findings.length, expected, name);
    for (const f of r.findings) assert.ok(f.text.length <= 4096, `${name}: text kept short`);
    assertLinear(
      name,
      () => scanLine(quarter, 0, INITIAL_SCAN_STATE),
      () => scanLine(line, 0, INITIAL_SCAN_STATE),
    );
  }
  const lines = random.replace(/[\n\r]/g, ' ').match(/.{1,200}/gs)!;
  const text = lines.join('\n');
  const quarterText = lines.slice(0, lines.length / 4).join('\n');
  assertLinear(
    'random multi-line text',
    () => scanText(quarterText),
    () => scanText(text),
  );
});

// ---- fixtures --------------------------------------------------------------------------------------------

const fixtures = join(ROOT, 'test', 'fixtures', 'logs');

function fixtureFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...fixtureFiles(p));
    else if (!name.endsWith('.expected.tsv')) out.push(p);
  }
  return out;
}

test('every fixture has a hand-written expectation file', () => {
  const files = fixtureFiles(fixtures);
  assert.ok(files.length >= 20, `only ${files.length} fixtures`);
  for (const f of files) assert.ok(existsSync(`${f}.expected.tsv`), `missing ${relative(fixtures, f)}.expected.tsv`);
  const formats = new Set(files.map((f) => relative(fixtures, f).split(/[\\/]/)[0]));
  for (const fmt of ['postfix', 'exim', 'sendmail', 'courier', 'qmail', 'exchange', 'opensmtpd', 'haraka', 'assp', 'oracle', 'bounce', 'transcripts', 'negatives']) {
    assert.ok(formats.has(fmt), `no fixture for ${fmt}`);
  }
});

for (const file of existsSync(fixtures) ? fixtureFiles(fixtures) : []) {
  const name = relative(fixtures, file);
  test(`fixture ${name} matches its expected.tsv`, () => {
    const text = readFileSync(file, 'utf8');
    const lines = text.split(/\r\n|\n|\r/);
    const got = scanText(text).map((f) => `${f.line + 1}\t${f.code ?? ''}\t${f.enhanced ?? ''}`);
    const want = readFileSync(`${file}.expected.tsv`, 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l.trim() !== '');
    if (name.startsWith('negatives')) assert.deepEqual(want, [], 'a negative fixture expects nothing');
    const sortKey = (a: string, b: string) => Number(a.split('\t')[0]) - Number(b.split('\t')[0]) || (a < b ? -1 : a > b ? 1 : 0);
    const g = [...got].sort(sortKey);
    const w = [...want].sort(sortKey);
    if (JSON.stringify(g) !== JSON.stringify(w)) {
      const diff: string[] = [];
      const rest = [...g];
      for (const row of w) {
        const i = rest.indexOf(row);
        if (i >= 0) rest.splice(i, 1);
        else diff.push(`- expected ${row.replace(/\t/g, ' | ')}    ${lines[Number(row.split('\t')[0]) - 1]?.slice(0, 140)}`);
      }
      for (const row of rest) diff.push(`+ found    ${row.replace(/\t/g, ' | ')}    ${lines[Number(row.split('\t')[0]) - 1]?.slice(0, 140)}`);
      assert.fail(`${name}: findings differ from ${name}.expected.tsv\n${diff.join('\n')}`);
    }
  });
}
