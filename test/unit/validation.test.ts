// What the Problems panel shows: one problem per negative reply at its code, severities from the settings,
// a cap with one line saying how many were held back.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { replyClassOf } from '../../server/src/core/codes';
import { explain } from '../../server/src/core/knowledgeBase';
import { groupReplies, scanText } from '../../server/src/core/scanner';
import type { Reply } from '../../server/src/core/types';
import { reasonText } from '../../server/src/core/reasons';
import { DEFAULT_VALIDATION_SETTINGS, negativeCounts, problemsFor } from '../../server/src/core/validation';

/** A reply as the scanner would give it for `text` on `line`, with the codes found where they stand. */
function reply(line: number, text: string, code: string | null, enhanced: string | null): Reply {
  const codeStart = code !== null ? text.indexOf(code) : 0;
  const enhancedStart = enhanced !== null ? text.indexOf(enhanced, code !== null ? codeStart + 3 : 0) : 0;
  const finding = {
    line,
    code,
    codeStart,
    codeEnd: code !== null ? codeStart + 3 : 0,
    enhanced,
    enhancedStart,
    enhancedEnd: enhanced !== null ? enhancedStart + enhanced.length : 0,
    text: text.slice((enhanced !== null ? enhancedStart + enhanced.length : codeStart + 3) + 1),
    command: null,
    continued: false,
    remoteHost: null,
  };
  return { parts: [finding], code, enhanced, replyClass: replyClassOf((code ?? enhanced)!), text: finding.text, command: null, remoteHost: null };
}

const lines = [
  'said: 250 2.0.0 Ok: queued',
  'said: 451 4.7.1 Greylisted',
  'reject: RCPT from x[1.2.3.4]: 550 5.1.1 <a@b>: User unknown',
  'Status: 5.2.2',
  'S: 421 closing',
  'S: 354 go ahead',
];
const col = (line: number, needle: string) => lines[line].indexOf(needle);
const replies = [
  reply(0, lines[0], '250', '2.0.0'),
  reply(1, lines[1], '451', '4.7.1'),
  reply(2, lines[2], '550', '5.1.1'),
  reply(3, lines[3], null, '5.2.2'),
  reply(4, lines[4], '421', null),
  reply(5, lines[5], '354', null),
];

describe('problemsFor', () => {
  it('flags transient replies as warnings and permanent ones as errors, at the code, by default', () => {
    const problems = problemsFor(replies, DEFAULT_VALIDATION_SETTINGS, 'en');
    assert.deepEqual(
      problems.map((p) => [p.line, p.character, p.endCharacter, p.severity, p.code, p.reason]),
      [
        [1, col(1, '451'), col(1, '451') + 3, 'warning', '451', 'greylisted'],
        [2, col(2, '550'), col(2, '550') + 3, 'error', '550', 'userunknown'],
        [3, col(3, '5.2.2'), col(3, '5.2.2') + 5, 'error', '5.2.2', 'mailboxfull'], // the enhanced code when it stands alone
        [4, col(4, '421'), col(4, '421') + 3, 'warning', '421', 'undefined'],
      ],
    );
  });

  it('says the code, its title and whether the sender retries, and links the defining RFC section', () => {
    const [transient, permanent] = problemsFor(replies, DEFAULT_VALIDATION_SETTINGS, 'en');
    const title = explain({ code: '451', enhanced: '4.7.1' }, 'en').title;
    const why = reasonText(transient.reason!, 'en');
    assert.equal(transient.message, `451 4.7.1 ${title} — ${why.name} [${transient.reason}] — transient, will be retried`);
    assert.match(permanent.message, /^550 5\.1\.1 .+ — permanent, will not be retried$/);
    assert.match(transient.href ?? '', /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+/);
  });

  it('names the reason, by its name and its id, so the Problems filter finds it in either language', () => {
    const [, permanent] = problemsFor(replies, DEFAULT_VALIDATION_SETTINGS, 'en');
    assert.match(permanent.message, / — Unknown recipient \[userunknown\] — /);
    const [, id] = problemsFor(replies, DEFAULT_VALIDATION_SETTINGS, 'id');
    assert.match(id.message, / — Penerima tidak dikenal \[userunknown\] — /);
  });

  it('speaks Indonesian for locale id', () => {
    const [transient] = problemsFor(replies, DEFAULT_VALIDATION_SETTINGS, 'id');
    assert.match(transient.message, /sementara, akan dicoba lagi$/);
  });

  it('follows the severity settings, and "off" hides a class entirely', () => {
    const problems = problemsFor(replies, { transientSeverity: 'off', permanentSeverity: 'hint', maxProblems: 1000 }, 'en');
    assert.deepEqual(problems.map((p) => [p.line, p.severity]), [
      [2, 'hint'],
      [3, 'hint'],
    ]);
  });

  it('shows at most maxProblems and one information line at the top counting the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) => reply(i, `said: 450 4.2.0 try later ${i}`, '450', '4.2.0'));
    const problems = problemsFor(many, { ...DEFAULT_VALIDATION_SETTINGS, maxProblems: 10 }, 'en');
    assert.equal(problems.length, 11);
    assert.deepEqual(problems.slice(0, 10).map((p) => p.line), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 'the first ones in the log are shown');
    const note = problems[10];
    assert.equal(note.severity, 'information');
    assert.equal(note.line, 0);
    assert.match(note.message, /^15 more SMTP problems were found and not shown/);
    assert.equal(problemsFor(many, { ...DEFAULT_VALIDATION_SETTINGS, maxProblems: 25 }, 'en').length, 25, 'no note when nothing is held back');
  });
});

describe('problemsFor on one event told twice', () => {
  it('a status line with dsn=5.1.1 and "said: 550 5.1.1" is one problem, at the 550', () => {
    const text = 'postfix/smtp[1]: 4F2A: to=<c@x>, dsn=5.1.1, status=bounced (host x said: 550 5.1.1 User unknown)';
    const dsn = reply(0, text, null, '5.1.1');
    const said = reply(0, text, '550', '5.1.1');
    const problems = problemsFor([dsn, said], DEFAULT_VALIDATION_SETTINGS, 'en');
    assert.deepEqual(problems.map((p) => [p.line, p.character, p.code]), [[0, text.indexOf('550'), '550']]);
    assert.deepEqual(negativeCounts([dsn, said]), { transient: 0, permanent: 1 }, 'the status item counts it once too');
  });

  it('counts every negative reply even past the cap, for the status item', () => {
    const counts = { transient: 0, permanent: 0 };
    problemsFor(replies, { ...DEFAULT_VALIDATION_SETTINGS, maxProblems: 1 }, 'en', { counts });
    assert.deepEqual(counts, { transient: 2, permanent: 2 });
    assert.deepEqual(negativeCounts(replies), counts);
  });
});

describe('problemsFor names the provider\'s meaning when the line shows the provider', () => {
  const outlook =
    'Mar  3 08:09:00 mx1 postfix/smtp[8765]: D39E72A0FB: to=<henry@outlook.com>, relay=outlook-com.olc.protection.outlook.com[198.51.100.200]:25, delay=0.8, dsn=5.7.606, status=bounced (host outlook-com.olc.protection.outlook.com[198.51.100.200] said: 550 5.7.606 Access denied, banned sending IP [192.0.2.10]. To request removal from this list please visit https://sender.office.com/ (in reply to RCPT TO command))';
  const elsewhere = outlook.replaceAll('outlook-com.olc.protection.outlook.com', 'mx.example.org').replace(/ To request removal.*sender\.office\.com\/ /, ' ');
  const yahoo =
    'Mar  3 08:10:00 mx1 postfix/smtp[8766]: E4AF82A0FC: host mta6.am0.yahoodns.net[198.51.100.70] said: 421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints (in reply to MAIL FROM command)';
  const problemsOf = (line: string, locale: 'en' | 'id' = 'en') => problemsFor(groupReplies(scanText(line)), DEFAULT_VALIDATION_SETTINGS, locale);

  it('550 5.7.606 from Microsoft reads "Banned sending IP (Microsoft 365 …)", one problem, linked to Microsoft\'s page', () => {
    const problems = problemsOf(outlook);
    assert.equal(problems.length, 1, JSON.stringify(problems));
    assert.match(problems[0].message, /^550 5\.7\.606 Banned sending IP \(Microsoft 365[^)]*\) — Sending IP or host blocked \[blocked\] — permanent, will not be retried$/);
    assert.doesNotMatch(problems[0].message, /Requested action not taken/);
    assert.match(problems[0].href ?? '', /^https:\/\/learn\.microsoft\.com\//);
  });

  it('the same code from another host keeps the standard title', () => {
    const [p] = problemsOf(elsewhere);
    assert.equal(p.message, `550 5.7.606 ${explain({ code: '550', enhanced: '5.7.606' }, 'en').title} — Sending IP or host blocked [blocked] — permanent, will not be retried`);
    assert.doesNotMatch(p.message, /Microsoft/);
  });

  it('a provider tag ([TSS04]) is enough, and the text is Indonesian under locale id', () => {
    const [en] = problemsOf(yahoo);
    assert.match(en.message, /^421 4\.7\.0 .*\(Yahoo Mail \/ AOL\) — Poor sender reputation \[badreputation\] — transient, will be retried$/);
    const [id] = problemsOf(yahoo, 'id');
    assert.match(id.message, /\(Yahoo Mail \/ AOL\) — Reputasi pengirim buruk \[badreputation\] — sementara, akan dicoba lagi$/);
    assert.notEqual(id.message, en.message);
  });
});
