// Enhanced codes X.0.0 and X.1.0 to X.4.7, checked against the IANA registry CSV (from the shared data folder:
// SMTP_SHARED_DATA, else ../shared/data beside the repository; without it these checks fail under CI=true and
// are skipped loudly elsewhere), and the provider usage matcher.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { enhancedCodes1 } from '../../server/src/core/data/enhancedCodes1';
import { providerUsages, providerUsagesFor } from '../../server/src/core/data/providers';
import { requireShared } from './support';
import {
  assertReadingsDiffer,
  entryTexts as texts,
  registryCsv,
  registryRows,
  relatedBothWays,
  sisimaiReasonNames,
  sisimaiReasons,
  squash as norm,
} from './enhancedChecks';

/** The registry rows X.0.x to X.4.x. */
const registry = () => registryRows(/^X\.[0-4]\.\d+$/);

/** "451, 550" / "250 or 251" -> three-digit codes; "Not given", "Any", empty -> []. */
function basicCodes(column: string): string[] {
  return [...new Set(column.match(/\b[2-5][0-9][0-9]\b/g) ?? [])];
}

const entries = new Map(enhancedCodes1.map((e) => [e.code, e]));

// ---------------------------------------------------------------------------- against the registry

test('every registry row X.0.x to X.4.x has exactly one entry, and there is no entry beyond them', (t) => {
  if (!requireShared(t, registryCsv)) return;
  const rows = registry();
  assert.equal(rows.length, 32, `the registry has ${rows.length} rows in X.0-X.4, this table was written for 32`);
  const wanted = rows.map((r) => r.code);
  assert.deepEqual(wanted.filter((c) => !entries.has(c)), [], 'registry codes with no entry');
  assert.deepEqual(enhancedCodes1.map((e) => e.code).filter((c) => !wanted.includes(c)), [], 'entries that are not registry rows');
  assert.equal(entries.size, enhancedCodes1.length, 'a code is defined twice');
});

test('titles are the registry sample texts', (t) => {
  if (!requireShared(t, registryCsv)) return;
  for (const row of registry()) assert.equal(entries.get(row.code)?.title.en, norm(row.title), row.code);
});

test('associated basic codes match the registry column', (t) => {
  if (!requireShared(t, registryCsv)) return;
  for (const row of registry()) {
    assert.deepEqual(entries.get(row.code)?.associatedBasic, basicCodes(row.basic), `${row.code} ("${norm(row.basic)}")`);
  }
});

test('class 2 is allowed exactly where the registry ties the code to a 2xx reply or to any reply', (t) => {
  if (!requireShared(t, registryCsv)) return;
  for (const row of registry()) {
    const e = entries.get(row.code);
    assert.ok(e, row.code);
    const success = /^\s*any\s*$/i.test(row.basic) || basicCodes(row.basic).some((c) => c.startsWith('2'));
    assert.equal(e.classes.includes(2), success, `${row.code}: class 2`);
    assert.ok(e.classes.includes(4) && e.classes.includes(5), `${row.code}: every code is read as 4.y.z and as 5.y.z`);
    assert.equal(e.whenYouSeeIt.success !== undefined, success, `${row.code}: a success reading exactly when class 2 is allowed`);
  }
});

test('every RFC the registry names for a code is among its references', (t) => {
  if (!requireShared(t, registryCsv)) return;
  for (const row of registry()) {
    const cited = (entries.get(row.code)?.references ?? []).map((r) => r.document);
    for (const [, num] of row.reference.matchAll(/RFC\s*(\d+)/g)) assert.ok(cited.includes(`RFC ${num}`), `${row.code} should cite RFC ${num}`);
  }
});

test('no explanation repeats a run of eight words from the registry description', (t) => {
  if (!requireShared(t, registryCsv)) return;
  const words = (s: string): string[] => s.toLowerCase().replace(/[^a-z0-9@.' ]+/g, ' ').split(/\s+/).filter(Boolean);
  for (const row of registry()) {
    const source = words(row.description);
    const runs = new Set<string>();
    for (let i = 0; i + 8 <= source.length; i++) runs.add(source.slice(i, i + 8).join(' '));
    for (const [where, text] of texts(entries.get(row.code)!)) {
      if (!text) continue;
      const ours = words(text.en);
      for (let i = 0; i + 8 <= ours.length; i++) {
        const run = ours.slice(i, i + 8).join(' ');
        assert.ok(!runs.has(run), `${row.code} ${where} copies the registry: "${run}"`);
      }
    }
  }
});

// ---------------------------------------------------------------------------- qualities a reader notices

test('every explanation is present, and no description or fix text is shared by two codes', () => {
  const seen = new Map<string, string>();
  for (const e of enhancedCodes1) {
    for (const [where, text] of texts(e)) {
      if (where === 'whenYouSeeIt.success' && text === undefined) continue;
      assert.ok(text && text.en.trim().length > 20, `${e.code} ${where} is missing or too short`);
      if (text.id !== undefined) assert.ok(text.id.trim() !== '', `${e.code} ${where}: empty Indonesian text`);
      if (where.startsWith('related')) continue;
      const key = norm(text.en).toLowerCase();
      assert.ok(!seen.has(key), `${e.code} ${where} repeats ${seen.get(key)}`);
      seen.set(key, `${e.code} ${where}`);
    }
  }
});

test('the transient and the permanent reading say different things', () => {
  for (const e of enhancedCodes1) assertReadingsDiffer(e);
});

test('the differences that matter most are spelled out both ways', () => {
  const pairs: Array<[string, string]> = [
    ['X.1.1', 'X.1.10'],
    ['X.1.1', 'X.2.1'],
    ['X.4.4', 'X.4.7'],
    ['X.3.4', 'X.2.3'],
    ['X.2.2', 'X.3.1'],
    ['X.4.1', 'X.4.2'],
  ];
  relatedBothWays(entries, pairs);
  const x34 = entries.get('X.3.4')!.related.map((r) => r.code);
  assert.ok(x34.includes('X.2.2') && x34.includes('X.2.3'), 'X.3.4 against X.2.2 and X.2.3');
  for (const e of enhancedCodes1) {
    for (const r of e.related) {
      assert.notEqual(r.code, e.code, `${e.code} relates to itself`);
      assert.match(r.code, /^X\.\d+\.\d+$/, `${e.code} related code ${r.code}`);
    }
  }
});

test('references link to the RFC Editor', () => {
  for (const e of enhancedCodes1) {
    assert.ok(e.references.length > 0, `${e.code} has no reference`);
    for (const r of e.references) assert.match(r.url, /^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+(#section-[\d.]+)?$/, e.code);
  }
});

test('bounce reasons are names of the Sisimai taxonomy', (t) => {
  if (!requireShared(t, sisimaiReasons)) return;
  const names = sisimaiReasonNames();
  for (const e of enhancedCodes1) if (e.bounceReason !== undefined) assert.ok(names.has(e.bounceReason), `${e.code}: "${e.bounceReason}"`);
  assert.equal(entries.get('X.1.1')?.bounceReason, 'userunknown');
  assert.equal(entries.get('X.2.2')?.bounceReason, 'mailboxfull');
  assert.equal(entries.get('X.4.7')?.bounceReason, 'expired');
});

// ---------------------------------------------------------------------------- provider usages

const names = (usages: ReturnType<typeof providerUsagesFor>): string[] => usages.map((u) => `${u.provider} ${u.code}`);

test('a Gmail 5.7.26 refusal shows the Gmail usage; the same code from an unknown server shows none', () => {
  const gmailText =
    'This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. - gsmtp';
  assert.deepEqual(names(providerUsagesFor('550', '5.7.26', gmailText, null)), ['gmail 5.7.26']);
  assert.deepEqual(names(providerUsagesFor('550', '5.7.26', 'Multiple authentication checks failed', 'mx.example.net')), []);
  // Recognized by the remote host alone, when the text carries no marker.
  assert.deepEqual(names(providerUsagesFor('550', '5.7.26', 'blocked', 'gmail-smtp-in.l.google.com')), ['gmail 5.7.26']);
});

test('Gmail\'s own uses of registry numbers (4.7.27, 4.7.28, 5.7.30) are found and say how they differ', () => {
  for (const code of ['4.7.27', '4.7.28', '5.7.30']) {
    const found = providerUsagesFor(code.startsWith('4') ? '421' : '550', code, 'Your email has been rate limited - gsmtp', null);
    assert.deepEqual(names(found), [`gmail ${code}`]);
    assert.match(found[0].meaning.en, /registry/, `${code} should say how Gmail's use differs from the registry`);
  }
});

test('a Yahoo TSS04 deferral is recognized by its tag alone, and is not taken for a Gmail 4.7.0', () => {
  const line = 'Messages from 1.2.3.4 temporarily deferred due to unexpected volume or user complaints';
  assert.deepEqual(names(providerUsagesFor('421', '4.7.0', `[TSS04] ${line}`, null)), ['yahoo TSS04']);
  assert.deepEqual(names(providerUsagesFor('421', '4.7.0', `[XTSS041] ${line}`, null)), [], 'a longer token is not the tag');
  assert.deepEqual(names(providerUsagesFor('553', '5.7.1', '[BL21] Connections will not be accepted from 1.2.3.4', null)), ['yahoo BL21']);
});

test('Microsoft ranges: 5.7.606 from outlook.com is the banned-IP usage; an exact entry wins over its range', () => {
  const banned = 'Access denied, banned sending IP [1.2.3.4]. To request removal from this list please visit https://sender.office.com/';
  assert.deepEqual(names(providerUsagesFor('550', '5.7.606', banned, 'example-com.mail.protection.outlook.com')), ['microsoft 5.7.606-649']);
  assert.deepEqual(names(providerUsagesFor('550', '5.7.649', 'Access denied', 'outlook-com.olc.protection.outlook.com')), ['microsoft 5.7.606-649']);
  assert.deepEqual(names(providerUsagesFor('550', '5.7.650', 'Access denied', 'outlook-com.olc.protection.outlook.com')), [], '5.7.650 is outside 606-649');
  assert.deepEqual(names(providerUsagesFor('550', '5.7.606', banned.replace('sender.office.com', 'example.org'), 'mx.example.org')), []);
  assert.deepEqual(names(providerUsagesFor('451', '4.7.650', 'rate limited due to IP reputation [x.prod.protection.outlook.com]', null)), ['microsoft 4.7.650']);
  assert.deepEqual(names(providerUsagesFor('451', '4.7.612', 'Access denied, please try again later [x.prod.protection.outlook.com]', null)), ['microsoft 4.7.500-699']);
  assert.deepEqual(names(providerUsagesFor('550', '5.7.708', 'Access denied, traffic not accepted from this IP', 'x.mail.protection.outlook.com')), ['microsoft 5.7.708']);
});

test('the provider table is well formed: lower-case match patterns, public references, no code twice per provider', () => {
  const seen = new Set<string>();
  for (const u of providerUsages) {
    const key = `${u.provider} ${u.code}`;
    assert.ok(!seen.has(key), `${key} is listed twice`);
    seen.add(key);
    for (const p of [...u.match.hosts, ...u.match.text]) assert.equal(p, p.toLowerCase(), `${key}: pattern "${p}" must be lower case`);
    assert.ok(u.match.hosts.length > 0, `${key} has no host pattern`);
    assert.ok(u.references.length > 0 && u.references.every((r) => r.url.startsWith('https://')), `${key} references`);
    assert.ok(u.meaning.en.length > 40 && u.howToFix.en.length > 40, `${key} texts`);
  }
  const required = ['gmail 4.7.27', 'gmail 4.7.28', 'gmail 5.7.26', 'gmail 5.7.30', 'microsoft 5.7.606-649', 'microsoft 5.7.708', 'microsoft 4.7.500-699', 'yahoo TSS04', 'yahoo BL21'];
  for (const key of required) assert.ok(seen.has(key), `${key} is missing`);
});
