// The knowledge base as its readers see it: every registered code explained, in English and Indonesian,
// the IANA registry covered row by row, and codes of valid shape that no registry lists kept apart.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it, type TestContext } from 'node:test';
import { parseCodeQuery } from '../../server/src/core/codes';
import { assertSoundTables, basicCategoryDescriptions, buildTables, classLevelTexts, codeTables } from '../../server/src/core/data';
import { basicEntry, compareCodeOrder, enhancedEntry, explain, explainInput, listCodes } from '../../server/src/core/knowledgeBase';
import { localize } from '../../server/src/core/messages';
import type { BasicCodeEntry, EnhancedCodeEntry, Explanation } from '../../server/src/core/types';
import { readCsv, readCsvRecords, requireShared, sharedData } from './support';

/** A shared data file's text, or undefined when requireShared skipped the test (under CI=true it fails). */
function sharedFile(t: TestContext, name: string): string | undefined {
  const path = sharedData(name);
  return requireShared(t, path) ? readFileSync(path, 'utf8') : undefined;
}

function explainCode(input: string, locale: 'en' | 'id' = 'en'): Explanation {
  const e = explainInput(input, locale);
  assert.ok(e, `${input} should be read as a code`);
  return e;
}

function assertExplained(e: Explanation, what: string): void {
  assert.equal(e.registered, true, `${what} should be registered`);
  for (const [field, value] of Object.entries({
    title: e.title,
    description: e.description,
    whenYouSeeIt: e.whenYouSeeIt,
    'howToFix.sender': e.howToFix.sender,
    'howToFix.receiver': e.howToFix.receiver,
    useWhen: e.useWhen,
  })) {
    assert.ok(value.trim().length > 0, `${what}: ${field} is empty`);
  }
  assert.ok(e.references.length > 0, `${what}: no reference`);
}

// RFC 5321 section 4.2.3, and the extension replies the issue names (AUTH, STARTTLS, RFC 7504, RFC 5248).
const RFC5321_CODES = ['211', '214', '220', '221', '250', '251', '252', '354', '421', '450', '451', '452', '455', '500', '501', '502', '503', '504', '550', '551', '552', '553', '554', '555'];
const EXTENSION_CODES = ['235', '334', '432', '454', '530', '534', '535', '538', '521', '556', '523', '525'];

describe('code tables', () => {
  it('have no duplicate codes, no malformed codes and no empty texts', () => {
    assertSoundTables();
  });

  it('report a duplicated code instead of silently keeping both', () => {
    const entry = basicEntry('550');
    assert.ok(entry);
    const tables = buildTables([entry, { ...entry }], []);
    assert.equal(tables.basic.size, 1);
    assert.ok(tables.problems.some((p) => p.includes('550') && p.includes('twice')), tables.problems.join('; '));
    assert.throws(() => assertSoundTables(tables), /550 is defined twice/);
  });

  it('report an enhanced code that cannot be read both as transient and as permanent', () => {
    const entry = enhancedEntry('X.7.1');
    assert.ok(entry);
    const tables = buildTables([], [{ ...entry, classes: [5] } as EnhancedCodeEntry]);
    assert.ok(tables.problems.some((p) => p.includes('X.7.1')), tables.problems.join('; '));
  });
});

describe('basic reply codes', () => {
  it('every RFC 5321 code is explained in English and in Indonesian', () => {
    for (const code of RFC5321_CODES) {
      const en = explainCode(code, 'en');
      const id = explainCode(code, 'id');
      assertExplained(en, `${code} (en)`);
      assertExplained(id, `${code} (id)`);
      const entry = basicEntry(code) as BasicCodeEntry;
      assert.ok(entry.description.id && entry.description.id.trim().length > 0, `${code} has no Indonesian description`);
      assert.equal(id.description, entry.description.id);
      assert.notEqual(id.description, en.description, `${code}: the Indonesian description is the English one`);
      assert.notEqual(id.howToFix.sender, en.howToFix.sender, `${code}: the Indonesian fix is the English one`);
    }
  });

  it('every extension reply the issue names is explained', () => {
    for (const code of EXTENSION_CODES) assertExplained(explainCode(code), code);
  });

  it('every basic code in smtp-reply-codes.json is registered', (t) => {
    const text = sharedFile(t, 'smtp-reply-codes.json');
    if (text === undefined) return;
    const data = JSON.parse(text) as Record<string, unknown>;
    const codes = new Set<string>();
    for (const list of Object.values(data)) {
      if (!Array.isArray(list)) continue;
      for (const row of list as Array<{ code?: unknown }>) if (typeof row.code === 'string') codes.add(row.code);
    }
    assert.ok(codes.size >= 30, `expected the reply code list, found ${codes.size} codes`);
    const missing = [...codes].filter((c) => !basicEntry(c));
    assert.deepEqual(missing, [], `basic codes not in the knowledge base: ${missing.join(', ')}`);
  });

  it('every registered basic code has Indonesian title and texts', () => {
    const missing: string[] = [];
    for (const e of codeTables().basic.values()) {
      for (const [field, text] of Object.entries({ title: e.title, description: e.description, whenYouSeeIt: e.whenYouSeeIt, 'howToFix.sender': e.howToFix.sender, 'howToFix.receiver': e.howToFix.receiver })) {
        if (!text.id || text.id.trim() === '') missing.push(`${e.code} ${field}`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('says what a class means for delivery and whether the sender retries', () => {
    const temp = explainCode('451');
    const perm = explainCode('550');
    assert.equal(temp.replyClass, 'transient-negative');
    assert.equal(temp.retried, true);
    assert.equal(perm.replyClass, 'permanent-negative');
    assert.equal(perm.retried, false);
    assert.notEqual(temp.delivery, perm.delivery);
    assert.notEqual(temp.classTitle, perm.classTitle);
    assert.ok(temp.category && temp.category === perm.category, 'both have second digit 5, so one category');
  });
});

describe('the CSV reader the registry checks rely on', () => {
  it('keeps quoted commas, doubled quotes and line breaks inside their field', () => {
    const text = '\uFEFFCode,Sample Text,Description\r\nX.1.1,"Bad, ""destination"" mailbox","line one\r\nline two"\r\n\r\nX.1.2,plain,"a\nb"\nX.1.3,no newline at end,';
    assert.deepEqual(readCsv(text), [
      ['Code', 'Sample Text', 'Description'],
      ['X.1.1', 'Bad, "destination" mailbox', 'line one\r\nline two'],
      ['X.1.2', 'plain', 'a\nb'],
      ['X.1.3', 'no newline at end', ''],
    ]);
    assert.deepEqual(readCsvRecords('a,b\n1\n'), [{ a: '1', b: '' }]);
    assert.throws(() => readCsv('a,"unterminated\n'), /inside a quoted field/);
  });
});

describe('enhanced status codes: the IANA registry', () => {
  it('every row is explained as 4.y.z and 5.y.z, and as 2.y.z where the registry ties it to a 2xx reply', (t) => {
    const text = sharedFile(t, 'iana-smtp-enhanced-status-codes-3.csv');
    if (text === undefined) return;
    const rows = readCsvRecords(text);
    assert.ok(rows.length >= 81, `expected the whole registry, read ${rows.length} rows`);
    const failures: string[] = [];
    for (const row of rows) {
      const key = row['Code'].trim();
      assert.match(key, /^X\.\d+\.\d+$/, `unexpected registry code "${key}"`);
      const associated = row['Associated basic status code'];
      const ties2xx = /\b2\d\d\b/.test(associated) || /^\s*any\s*$/i.test(associated);
      const classes = ties2xx ? ['2', '4', '5'] : ['4', '5'];
      for (const digit of classes) {
        const code = digit + key.slice(1);
        try {
          const e = explainCode(code);
          assert.equal(e.enhanced, code);
          if (digit === '2') {
            assert.equal(e.registered, true, `${code} should be registered`);
            assert.ok(e.title.trim() && e.description.trim() && e.whenYouSeeIt.trim(), `${code}: empty text`);
          } else {
            assertExplained(e, code);
          }
        } catch (err) {
          failures.push((err as Error).message.split('\n')[0]);
        }
      }
    }
    assert.deepEqual(failures, [], `${failures.length} registry readings not covered`);
  });

  it('holds no enhanced code the registry does not have', (t) => {
    const text = sharedFile(t, 'iana-smtp-enhanced-status-codes-3.csv');
    if (text === undefined) return;
    const registry = new Set(readCsvRecords(text).map((r) => r['Code'].trim()));
    const extra = [...codeTables().enhanced.keys()].filter((k) => !registry.has(k));
    assert.deepEqual(extra, []);
  });

  it('titles are the registry titles', (t) => {
    const text = sharedFile(t, 'iana-smtp-enhanced-status-codes-3.csv');
    if (text === undefined) return;
    const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/^[\s.,]+|[\s.,]+$/g, '').toLowerCase();
    const wrong: string[] = [];
    for (const row of readCsvRecords(text)) {
      const sample = norm(row['Sample Text']);
      const entry = enhancedEntry(row['Code'].trim());
      if (sample && entry && norm(entry.title.en) !== sample) wrong.push(`${entry.code}: "${entry.title.en}" vs registry "${row['Sample Text']}"`);
    }
    assert.deepEqual(wrong, []);
  });

  it('the transient and the permanent reading tell the reader different things', () => {
    const same: string[] = [];
    for (const key of codeTables().enhanced.keys()) {
      const t = explainCode('4' + key.slice(1));
      const p = explainCode('5' + key.slice(1));
      assert.equal(t.retried, true);
      assert.equal(p.retried, false);
      if (t.whenYouSeeIt === p.whenYouSeeIt && t.howToFix.sender === p.howToFix.sender) same.push(key);
    }
    assert.deepEqual(same, [], 'these codes read the same as 4.y.z and 5.y.z');
  });

  it('an enhanced code alone takes subject and detail from its digits and entry', () => {
    const e = explainCode('5.1.1');
    assert.equal(e.code, null);
    assert.equal(e.category, null);
    assert.ok(e.subject && e.subject.length > 0);
    assert.equal(e.detail, e.title);
    assert.equal(e.title, localize((enhancedEntry('X.1.1') as EnhancedCodeEntry).title, 'en'));
  });

  it('2.7.1 is not a registered success code, though X.7.1 exists', () => {
    assert.ok(!(enhancedEntry('X.7.1') as EnhancedCodeEntry).classes.includes(2));
    const e = explainCode('2.7.1');
    assert.equal(e.registered, false);
    assert.equal(e.replyClass, 'positive-completion');
  });
});

// A pair whose enhanced code narrows the basic one (451 4.3.0: a local error, in the mail system). A pair
// with a policy code (451 4.7.1) reads differently: see "a mail-system code with a policy code".
describe('a pair "451 4.3.0"', () => {
  const pair = explainCode('451 4.3.0');
  const basic = explainCode('451');
  const enhanced = explainCode('4.3.0');

  it('is labelled with both codes and takes the enhanced title and the basic category', () => {
    assert.equal(pair.label, '451 4.3.0');
    assert.equal(pair.code, '451');
    assert.equal(pair.enhanced, '4.3.0');
    assert.equal(pair.replyClass, 'transient-negative');
    assert.equal(pair.title, enhanced.title);
    assert.equal(pair.category, basic.category);
    assert.equal(pair.subject, enhanced.subject);
    assert.equal(pair.detail, enhanced.detail);
    assert.equal(pair.registered, true);
  });

  it('describes the basic meaning first, then what 4.3.0 adds in its transient reading, each once', () => {
    // Beside a 4xx code the enhanced part is its transient reading (4.3.0's "when you see it"), not the
    // class-free description, which is written as a refusal.
    // (its first letter goes to lower case after the lead-in's colon)
    const b = pair.description.indexOf(basic.description);
    const e = pair.description.indexOf(enhanced.whenYouSeeIt.slice(1));
    assert.ok(b === 0, 'the basic description comes first');
    assert.ok(e > b, 'the enhanced reading follows');
    assert.ok(pair.description.includes('4.3.0'), 'the added part is introduced by its code');
    assert.equal(pair.description.split(enhanced.whenYouSeeIt.slice(1)).length, 2, 'said once');
    assert.ok(!pair.whenYouSeeIt.includes(enhanced.whenYouSeeIt.slice(1)), 'not repeated under "when you see it"');
    // after the colon of "For 4.3.0 in particular:" the sentence goes on in lower case
    assert.ok(pair.howToFix.sender.includes(basic.howToFix.sender) && pair.howToFix.sender.includes(enhanced.howToFix.sender.slice(1)));
  });

  it('merges references and related codes without duplicates or itself', () => {
    const urls = pair.references.map((r) => r.url);
    assert.equal(new Set(urls).size, urls.length);
    for (const r of [...basic.references, ...enhanced.references]) assert.ok(urls.includes(r.url), r.url);
    const codes = pair.related.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length);
    assert.ok(!codes.includes('451') && !codes.includes('4.3.0'));
  });

  it('is read in Indonesian, falling back to English only where no Indonesian is written', () => {
    const id = explainCode('451 4.3.0', 'id');
    assert.equal(id.category, explainCode('451', 'id').category);
    assert.notEqual(id.classTitle, pair.classTitle);
    assert.ok(id.description.startsWith(explainCode('451', 'id').description));
    assert.equal(localize({ en: 'only English' }, 'id'), 'only English');
    assert.equal(localize({ en: 'English', id: 'Indonesia' }, 'id'), 'Indonesia');
  });
});

describe('codes of valid shape that are not registered', () => {
  for (const code of ['459', '5.9.9', '4.8.1']) {
    it(`${code} gets the class-level explanation and says it is not registered`, () => {
      const e = explainCode(code);
      assert.equal(e.registered, false);
      const level = classLevelTexts[e.replyClass];
      assert.ok(e.description.includes(level.description.en), 'class-level description');
      assert.equal(e.whenYouSeeIt, level.whenYouSeeIt.en);
      assert.equal(e.howToFix.sender, level.howToFix.sender.en);
      assert.ok(e.title.length > 0);
      assert.notEqual(e.title, explainCode(code[0] === '4' ? '450' : '550').title);
    });
  }

  it('459 still names its category from the second digit, and 5.1.99 its subject', () => {
    assert.equal(explainCode('459').category, explainCode('450').category);
    assert.ok(explainCode('459').description.includes(localize(basicCategoryDescriptions['5'], 'en')));
    assert.equal(explainCode('5.9.9').category, null);
    assert.equal(explainCode('5.9.9').subject, null);
    const e = explainCode('5.1.99');
    assert.equal(e.registered, false);
    assert.equal(e.subject, explainCode('5.1.1').subject);
    assert.ok(e.subject && e.description.includes(e.subject));
  });

  it('in a pair, the unregistered part is named and the registered part explains', () => {
    const e = explainCode('451 4.9.9');
    assert.equal(e.registered, true);
    assert.equal(e.title, explainCode('451').title);
    assert.ok(e.description.startsWith(explainCode('451').description));
    assert.match(e.description, /4\.9\.9 is not/);
    const f = explainCode('459 4.7.1');
    assert.equal(f.title, explainCode('4.7.1').title);
    assert.match(f.description, /459 is not/);
    assert.ok(f.description.includes(explainCode('4.7.1').description));
  });

  it('an unregistered code is explained in Indonesian too', () => {
    const e = explainCode('459', 'id');
    assert.ok(e.description.includes(classLevelTexts['transient-negative'].description.id ?? '\u0000'));
  });
});

describe('what is not a code', () => {
  for (const input of ['abc', '600', '4.7', '', '45', '4511', '6.1.1', '451 5.7.1', '1.2.3.4']) {
    it(`"${input}" is not a code`, () => {
      assert.equal(explainInput(input, 'en'), undefined);
    });
  }
});

describe('context from the log line', () => {
  it('carries the command and a provider usage beside the standard meaning', () => {
    const q = parseCodeQuery('550 5.7.26');
    assert.ok(q);
    const e = explain(q, 'en', {
      text: 'This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate. gsmtp',
      remoteHost: 'gmail-smtp-in.l.google.com',
      command: 'DATA',
    });
    assert.equal(e.command, 'DATA');
    assert.equal(e.phase, 'data');
    assert.ok(e.providers.some((p) => p.provider === 'gmail' && p.meaning.length > 0), JSON.stringify(e.providers));
    assert.equal(e.title, explainCode('5.7.26').title, 'the standard title stays');
  });
});

describe('listCodes', () => {
  const list = listCodes('en');
  const codes = list.map((c) => c.code);

  it('lists every basic code and each enhanced code in the classes it can carry', () => {
    for (const code of [...RFC5321_CODES, '4.7.1', '5.7.1', '4.1.1', '5.1.1', '5.7.30', '4.0.0']) assert.ok(codes.includes(code), code);
    assert.ok(!codes.includes('2.7.1'), '2.7.1 is not a success code');
    assert.equal(list.filter((c) => c.kind === 'enhanced').length, codeTables().enhanced.size * 2 + [...codeTables().enhanced.values()].filter((e) => e.classes.includes(2)).length);
    assert.equal(list.filter((c) => c.kind === 'basic').length, codeTables().basic.size);
  });

  it('is sorted, without duplicates, each with a title and the class of its first digit', () => {
    assert.equal(new Set(codes).size, codes.length);
    for (let i = 1; i < codes.length; i++) assert.ok(compareCodeOrder(codes[i - 1], codes[i]) < 0, `${codes[i - 1]} before ${codes[i]}`);
    assert.ok(codes.indexOf('250') < codes.indexOf('451') && codes.indexOf('451') < codes.indexOf('4.7.1') && codes.indexOf('4.7.1') < codes.indexOf('550'));
    assert.ok(codes.indexOf('4.7.2') < codes.indexOf('4.7.10'), 'numeric, not text order');
    for (const c of list) {
      assert.ok(c.title.trim().length > 0, c.code);
      assert.equal(c.replyClass, explainCode(c.code).replyClass);
    }
  });

  it('gives Indonesian titles for basic codes', () => {
    const id = listCodes('id');
    assert.equal(id.length, list.length);
    assert.notEqual(id.find((c) => c.code === '550')?.title, list.find((c) => c.code === '550')?.title);
  });
});

describe('a provider\'s own code that no registry lists: its reading leads', () => {
  it('explain 5.7.606 opens with Microsoft\'s reading, not with "not registered" and the class-level text', () => {
    const e = explainCode('5.7.606');
    assert.equal(e.registered, false, 'still not a registry code');
    assert.equal(e.leadingProvider, 'Microsoft 365 / Outlook.com');
    assert.equal(e.title, 'Banned sending IP');
    assert.match(e.description, /^Microsoft's filtering .* has banned the IP address/);
    assert.match(e.description, /5\.7\.606 is not in the IANA registry/, 'says so after the reading');
    assert.ok(!e.description.startsWith('Not a registered code'));
    assert.match(e.howToFix.sender, /delist portal/);
    assert.doesNotMatch(e.howToFix.receiver, /550, 553 or 554/, 'not the advice for a basic code');
    assert.match(e.howToFix.receiver, /registered enhanced code such as 5\.7\.1/);
    assert.ok(e.references.some((r) => r.url === 'https://sender.office.com/'), 'the provider\'s links come along');
    assert.deepEqual(e.providers, [], 'the leading reading is not repeated as a possible one');
  });

  it('4.7.500, 5.7.708 and a pair 550 5.7.708 lead the same way; an exact entry beats the range (4.7.650)', () => {
    assert.equal(explainCode('4.7.500').title, 'Temporary restriction while traffic is evaluated');
    assert.equal(explainCode('5.7.708').title, 'Traffic not accepted from this IP');
    const pair = explainCode('550 5.7.708');
    assert.equal(pair.title, 'Traffic not accepted from this IP');
    assert.ok(pair.description.includes(explainCode('550').description), 'the basic code is still explained');
    assert.equal(explainCode('4.7.650').title, 'Rate limited for IP reputation (Outlook.com)');
  });

  it('says who acts as the provider\'s reading does, not "receiving server" by default', () => {
    for (const [code, actor] of [['5.7.606', 'sender-config'], ['4.7.650', 'sender-config'], ['5.7.134', 'receiving-server'], ['5.7.504', 'recipient-address'], ['5.6.11', 'sender-content']]) {
      assert.equal(explainCode(code).actor, actor, code);
    }
    assert.equal(explainCode('5.7.606').actorTitle, "Sending side's configuration");
  });

  it('an unregistered enhanced code nobody writes about advises a registered enhanced code, by subject', () => {
    for (const [code, suggested] of [['5.7.999', '5.7.1'], ['4.2.99', '4.2.0'], ['5.9.9', '5.0.0']]) {
      const e = explainCode(code);
      assert.equal(e.leadingProvider, null);
      assert.match(e.howToFix.receiver, new RegExp(`such as ${suggested.replace(/\./g, '\\.')}`), code);
      assert.doesNotMatch(e.howToFix.receiver, /550, 553 or 554/, code);
    }
  });

  it('a code no provider writes about has none; a tag entry (TSS04) needs its text', () => {
    assert.deepEqual(explainCode('451').providers, []);
    assert.deepEqual(explainCode('5.1.1').providers, []);
    assert.ok(explainCode('4.7.0').providers.every((p) => !/^[A-Z]+\d+$/.test(p.code)));
  });

  it('with a log line, only a provider the line shows leads', () => {
    const q = parseCodeQuery('550 5.7.606');
    assert.ok(q);
    const other = explain(q, 'en', { text: 'Access denied', remoteHost: 'mx.example.org', command: 'RCPT TO' });
    assert.deepEqual(other.providers, [], 'the line is not from Microsoft');
    assert.equal(other.leadingProvider, null);
    assert.equal(other.title, explainCode('550').title);
    const ms = explain(q, 'en', { text: 'Access denied, banned sending IP', remoteHost: 'x.mail.protection.outlook.com', command: 'RCPT TO' });
    assert.equal(ms.title, 'Banned sending IP');
  });

  it('a registered code that a provider reuses keeps the standard meaning first and the provider apart', () => {
    const e = explainCode('5.7.26');
    assert.equal(e.leadingProvider, null);
    assert.equal(e.title, localize(enhancedEntry('X.7.26')!.title, 'en'));
    assert.ok(e.providers.some((p) => p.provider === 'gmail' && p.possible === true));
  });

  it('speaks Indonesian', () => {
    const e = explainCode('5.7.606', 'id');
    assert.equal(e.title, 'IP pengirim diblokir (banned)');
    assert.match(e.description, /^Penyaringan Microsoft/);
    assert.match(e.howToFix.receiver, /kode status yang diperluas \(enhanced\) yang terdaftar seperti 5\.7\.1/);
  });
});

describe('a mail-system code with a policy code (451 4.7.1, 550 5.7.1) follows the policy reading', () => {
  const pair = explainCode('451 4.7.1');

  it('451 4.7.1 is greylisting or throttling, not a local error in processing', () => {
    assert.doesNotMatch(pair.description, /ran into a problem of its own/, 'not 451\'s local-error text');
    assert.doesNotMatch(pair.description, /will not accept/, 'the class-free refusal wording is not used for 4xx');
    assert.match(pair.description, /temporary policy decision/);
    assert.equal(pair.whenYouSeeIt, explainCode('4.7.1').whenYouSeeIt, '4.7.1\'s transient reading: greylisting');
    assert.doesNotMatch(pair.whenYouSeeIt, /scanner that timed out/);
    assert.equal(pair.howToFix.receiver, explainCode('4.7.1').howToFix.receiver, 'find the temporary rule that fired');
    assert.doesNotMatch(pair.howToFix.receiver, /outage on your side/);
    const id = explainCode('451 4.7.1', 'id');
    assert.match(id.description, /keputusan kebijakan sementara/);
    assert.ok(!id.description.includes(explainCode('451', 'id').description), 'not 451\'s local-error text');
  });

  it('550 5.7.1 leads with the refusal by policy, not with an unavailable mailbox', () => {
    const p = explainCode('550 5.7.1');
    assert.ok(p.description.startsWith(explainCode('5.7.1').description));
    assert.match(p.description, /policy decision/);
    assert.equal(p.whenYouSeeIt, explainCode('5.7.1').whenYouSeeIt);
  });

  it('other pairs still add the enhanced code to the basic one, with no capital after a lead-in', () => {
    const p = explainCode('451 4.3.0');
    assert.ok(p.description.startsWith(explainCode('451').description));
    for (const e of [p, explainCode('550 5.1.1'), explainCode('452 4.2.2')]) {
      for (const text of [e.description, e.whenYouSeeIt, e.howToFix.sender, e.howToFix.receiver, e.useWhen]) {
        for (const m of text.matchAll(/(?:narrows this down|With [\d.]+|For [\d.]+ in particular|About [\d.]+): (\S+)/g)) {
          assert.doesNotMatch(m[1], /^[A-Z][a-z]*$/, `capital after "${m[0]}" in ${e.label}`);
        }
      }
    }
    assert.match(explainCode('535 5.7.8').description, /^The server checked the user name/, 'an auth code keeps its own text');
  });

  it('who acts: 451 4.7.1 as for 451 (the receiver defers, the sender only waits); a permanent pair as its enhanced code', () => {
    assert.equal(pair.actor, explainCode('451').actor);
    assert.equal(pair.actorTitle, explainCode('451').actorTitle);
    assert.equal(explainCode('550 5.7.1').actor, explainCode('5.7.1').actor);
    // an enhanced actor that is not the sending side still narrows a transient pair: a full mailbox
    assert.equal(explainCode('452 4.2.2').actor, explainCode('4.2.2').actor);
  });
});

describe('success readings of enhanced codes say there is nothing to fix', () => {
  const successCodes = [...codeTables().enhanced.values()].filter((e) => e.classes.includes(2)).map((e) => `2${e.code.slice(1)}`);

  it('all nine 2.y.z codes, in both languages, without the advice for unregistered codes', () => {
    assert.equal(successCodes.length, 9);
    const fallback = classLevelTexts['positive-completion'].howToFix;
    for (const code of successCodes) {
      for (const locale of ['en', 'id'] as const) {
        const e = explainCode(code, locale);
        assert.notEqual(e.howToFix.receiver, localize(fallback.receiver, locale), `${code} ${locale}`);
        assert.notEqual(e.howToFix.sender, localize(fallback.sender, locale), `${code} ${locale}`);
        assert.doesNotMatch(e.howToFix.receiver, /registered code|kode terdaftar/, `${code} ${locale}`);
      }
      assert.match(explainCode(code).howToFix.sender, /^Nothing to fix/);
    }
  });

  it('beside a basic code, the basic code\'s own words stand, once', () => {
    const pair = explainCode('250 2.1.5');
    assert.equal(pair.howToFix.sender, explainCode('250').howToFix.sender);
  });
});

describe('who acts and the phase of the dialogue, also for an enhanced code alone', () => {
  const cases: Array<[string, string, string]> = [
    ['5.1.1', 'recipient-address', 'envelope-recipient'],
    ['550 5.1.1', 'recipient-address', 'envelope-recipient'],
    ['4.1.8', 'sender-config', 'envelope-sender'],
    ['5.7.8', 'sender-config', 'auth'],
    ['5.5.3', 'sender-config', 'envelope-recipient'],
    ['4.7.1', 'sender-config', 'any'],
  ];
  for (const [code, actor, phase] of cases) {
    it(`${code}: ${actor} at ${phase}`, () => {
      const e = explainCode(code);
      assert.equal(e.actor, actor);
      assert.equal(e.phase, phase);
    });
  }

  it('names the recipient\'s address in both languages', () => {
    assert.equal(explainCode('5.1.1').actorTitle, "Recipient's address (the sender corrects it)");
    assert.equal(explainCode('5.1.1', 'id').actorTitle, 'Alamat penerima (pengirim memperbaikinya)');
  });
});

describe('a refused login bounces nothing', () => {
  for (const code of ['530', '535', '534', '538', '5.7.8', '535 5.7.8']) {
    it(`${code}: the client shows the error; a relaying MTA defers`, () => {
      const e = explainCode(code);
      assert.doesNotMatch(e.delivery, /as a bounce/);
      assert.match(e.delivery, /nothing bounces/);
      assert.match(e.delivery, /Postfix defers on a SASL failure by default/);
      assert.match(explainCode(code, 'id').delivery, /tidak ada bounce/);
    });
  }

  it('other permanent replies still bounce the message', () => {
    assert.match(explainCode('550').delivery, /as a bounce/);
  });
});

describe('facts in the basic code texts', () => {
  it('503: "need RCPT command" is 503; "no valid recipients" is Postfix\'s 554', () => {
    for (const locale of ['en', 'id'] as const) {
      const text = explainCode('503', locale).whenYouSeeIt;
      assert.match(text, /"503 5\.5\.1 Error: need RCPT command"/);
      assert.doesNotMatch(text, /503 5\.5\.1 Error: no valid recipients/);
      assert.match(text, /"554 5\.5\.1 Error: no valid recipients"/);
    }
  });

  it('421: postscreen drops with 521 and enforces with 550, not 421', () => {
    for (const locale of ['en', 'id'] as const) {
      const text = explainCode('421', locale).whenYouSeeIt;
      assert.doesNotMatch(text, /postscreen or a tarpit dropping|postscreen atau tarpit yang memutus/);
      assert.match(text, /postscreen[^.]*521[^.]*550/);
    }
  });

  it('502: AUTH before STARTTLS is answered 503 or 530 5.7.0, not 502', () => {
    for (const locale of ['en', 'id'] as const) {
      const e = explainCode('502', locale);
      assert.doesNotMatch(e.whenYouSeeIt, /AUTH on a port or stage|AUTH pada port atau tahap/);
      assert.match(e.whenYouSeeIt, /STARTTLS[^.]*503[^.]*530 5\.7\.0/);
      assert.doesNotMatch(e.howToFix.sender, /have not done STARTTLS yet|belum melakukan STARTTLS/);
    }
  });

  it('220: when no greeting comes, the checks of server, port and firewall; on 465 after the TLS handshake', () => {
    const en = explainCode('220').howToFix.sender;
    for (const needle of ['running', 'port', '25', '587', '465', 'firewall', 'TLS handshake']) assert.ok(en.includes(needle), needle);
    const id = explainCode('220', 'id').howToFix.sender;
    for (const needle of ['berjalan', 'port', '587', '465', 'firewall', 'handshake TLS']) assert.ok(id.includes(needle), needle);
  });
});

describe('Microsoft NDRs: registry numbers Microsoft reuses and numbers of its own', () => {
  const MS_LINE = { text: 'Access denied [BN8NAM12FT053.eop-nam12.prod.protection.outlook.com]', remoteHost: 'example-com.mail.protection.outlook.com', command: null };
  // [code as the NDR shows it, the Microsoft reading's title, does it lead (a number no registry lists)]
  const table: Array<[string, RegExp, boolean]> = [
    ['550 5.1.8', /bad outbound sender/i, false],
    ['550 5.7.12', /not authenticated by the recipient's organization/, false],
    ['550 5.7.133', /only from inside its organization/, true],
    ['550 5.7.134', /only from inside its organization/, true],
    ['550 5.7.135', /only from inside its organization/, true],
    ['550 5.7.136', /only from inside its organization/, true],
    ['550 5.7.501', /banned for spam/, true],
    ['550 5.7.503', /banned for spam/, true],
    ['550 5.7.504', /Recipient address rejected/, true],
    ['550 5.7.505', /Banned recipient/, true],
    ['550 5.7.506', /Bad HELO/, true],
    ['550 5.7.507', /blocked by the recipient's organization/, true],
    ['550 5.7.508', /IPv6 range/, true],
    ['550 5.7.509', /DMARC/, true],
    ['550 5.7.510', /over IPv6/, true],
    ['550 5.7.511', /Sending account banned/, true],
    ['550 5.7.512', /From address/, true],
    ['554 5.4.14', /Routing loop/, true],
    ['550 5.6.11', /bare line feeds/, true],
    ['451 4.7.26', /IPv6 must pass SPF or DKIM/, false],
    ['550 5.7.25', /IPv6 address has no reverse DNS/, false],
  ];
  for (const [input, title, leads] of table) {
    it(`${input} on a Microsoft line: ${leads ? 'the reading leads' : 'the reading stands beside the standard meaning'}`, () => {
      const q = parseCodeQuery(input);
      assert.ok(q);
      const e = explain(q, 'en', MS_LINE);
      if (leads) {
        assert.equal(e.leadingProvider, 'Microsoft 365 / Outlook.com');
        assert.match(e.title, title);
      } else {
        assert.equal(e.leadingProvider, null);
        const ms = e.providers.find((p) => p.provider === 'microsoft');
        assert.ok(ms, JSON.stringify(e.providers.map((p) => p.code)));
        assert.match(ms.title, title);
        assert.match(ms.meaning, /registry/, 'says how it differs from the registry');
      }
      assert.notEqual(explain(q, 'id', MS_LINE).title, e.title, 'and in Indonesian');
    });
  }

  it('each of them is in the Exchange Online NDR list', (t) => {
    const tsv = sharedFile(t, 'microsoft-exchange-online-ndr/ndr-codes.tsv');
    if (tsv === undefined) return;
    const listed = tsv.split('\n').map((l) => l.split('\t')[0]);
    for (const [input] of table) {
      const code = input.split(' ')[1];
      const detail = code.split('.')[2];
      // the list writes "5.7.13 or 135" and "5.4.6 or 5.4.14"
      assert.ok(listed.some((c) => c === code || c.includes(code) || (c.startsWith(code.slice(0, 4)) && c.includes(detail))), code);
    }
  });
});

describe('explain what a person pastes: a whole reply, or a provider tag alone', () => {
  it('TSS04 alone is read as Yahoo sends it, 421 4.7.0, with the tag\'s reading first', () => {
    for (const input of ['TSS04', '[tss04]']) {
      const e = explainInput(input, 'en');
      assert.ok(e, input);
      assert.equal(e.label, '421 4.7.0');
      assert.equal(e.title, 'Deferred for unexpected volume or complaints');
      assert.equal(e.leadingProvider, 'Yahoo Mail / AOL');
      assert.match(e.description, /^Yahoo and AOL temporarily defer/);
      assert.ok(e.description.includes(explainCode('421').description), 'the standard meaning follows');
      assert.ok(e.references.some((r) => r.url.startsWith('https://senders.yahooinc.com/')));
    }
    assert.equal(explainInput('TSS04', 'id')?.title, 'Ditunda karena volume atau keluhan yang tidak terduga');
  });

  it('"421 4.7.0 [TSS04] …" reads the tag from the text', () => {
    const e = explainInput('421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints', 'en');
    assert.ok(e);
    assert.equal(e.label, '421 4.7.0');
    assert.equal(e.title, 'Deferred for unexpected volume or complaints');
    assert.ok(!e.providers.some((p) => p.code === 'TSS04'), 'not repeated as a provider section');
  });

  it('a pasted reply without a provider marker still gets the code\'s readings', () => {
    assert.equal(explainInput('550 5.7.606 Access denied, banned sending IP [192.0.2.1]', 'en')?.title, 'Banned sending IP');
    assert.equal(explainInput('smtp;550 5.1.1 <a@example.com>: Recipient address rejected', 'en')?.label, '550 5.1.1');
    assert.equal(explainInput('550-5.7.1 blocked', 'en')?.label, '550 5.7.1');
  });

  it('a tag no source pairs with a reply, and text that is no reply, are not explained', () => {
    assert.equal(explainInput('TSS05', 'en'), undefined);
    assert.equal(explainInput('XYZ99', 'en'), undefined);
    assert.equal(explainInput('hello 451', 'en'), undefined);
  });
});
