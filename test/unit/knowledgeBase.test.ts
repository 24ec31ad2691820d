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

describe('a pair "451 4.7.1"', () => {
  const pair = explainCode('451 4.7.1');
  const basic = explainCode('451');
  const enhanced = explainCode('4.7.1');

  it('is labelled with both codes and takes the enhanced title and the basic category', () => {
    assert.equal(pair.label, '451 4.7.1');
    assert.equal(pair.code, '451');
    assert.equal(pair.enhanced, '4.7.1');
    assert.equal(pair.replyClass, 'transient-negative');
    assert.equal(pair.title, enhanced.title);
    assert.equal(pair.category, basic.category);
    assert.equal(pair.subject, enhanced.subject);
    assert.equal(pair.detail, enhanced.detail);
    assert.equal(pair.registered, true);
  });

  it('describes the basic meaning first, then what 4.7.1 adds in its transient reading, each once', () => {
    // Beside a 4xx code the enhanced part is its transient reading (4.7.1's "when you see it"), not the
    // class-free description, which is written as a refusal.
    const b = pair.description.indexOf(basic.description);
    const e = pair.description.indexOf(enhanced.whenYouSeeIt);
    assert.ok(b === 0, 'the basic description comes first');
    assert.ok(e > b, 'the enhanced reading follows');
    assert.ok(pair.description.includes('4.7.1'), 'the added part is introduced by its code');
    assert.equal(pair.description.split(enhanced.whenYouSeeIt).length, 2, 'said once');
    assert.ok(!pair.whenYouSeeIt.includes(enhanced.whenYouSeeIt), 'not repeated under "when you see it"');
    // after the colon of "For 4.7.1 in particular:" the sentence goes on in lower case
    assert.ok(pair.howToFix.sender.includes(basic.howToFix.sender) && pair.howToFix.sender.includes(enhanced.howToFix.sender.slice(1)));
  });

  it('merges references and related codes without duplicates or itself', () => {
    const urls = pair.references.map((r) => r.url);
    assert.equal(new Set(urls).size, urls.length);
    for (const r of [...basic.references, ...enhanced.references]) assert.ok(urls.includes(r.url), r.url);
    const codes = pair.related.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length);
    assert.ok(!codes.includes('451') && !codes.includes('4.7.1'));
  });

  it('is read in Indonesian, falling back to English only where no Indonesian is written', () => {
    const id = explainCode('451 4.7.1', 'id');
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

describe('provider usages without a log line: possible readings', () => {
  it('explain 5.7.606 lists Microsoft\'s reading as possible, apart from the class-level meaning', () => {
    const e = explainCode('5.7.606');
    assert.equal(e.registered, false, 'the standard meaning stays class-level');
    assert.equal(e.title, explainCode('5.7.999').title, 'and so does the title');
    assert.doesNotMatch(e.description, /Microsoft/, 'the provider reading is not mixed into the description');
    const ms = e.providers.find((p) => p.provider === 'microsoft');
    assert.ok(ms, JSON.stringify(e.providers));
    assert.equal(ms.possible, true);
    assert.match(ms.title, /banned sending IP/i);
    assert.ok(e.providers.every((p) => p.possible === true));
  });

  it('4.7.500 and 5.7.708 have theirs too; an exact entry hides the same provider\'s range (4.7.650)', () => {
    assert.ok(explainCode('4.7.500').providers.some((p) => p.provider === 'microsoft' && p.code === '4.7.500-699'));
    assert.ok(explainCode('550 5.7.708').providers.some((p) => p.code === '5.7.708'));
    const codes = explainCode('4.7.650').providers.filter((p) => p.provider === 'microsoft').map((p) => p.code);
    assert.deepEqual(codes, ['4.7.650']);
  });

  it('a code no provider writes about has none; a tag entry (TSS04) needs its text', () => {
    assert.deepEqual(explainCode('451').providers, []);
    assert.deepEqual(explainCode('5.1.1').providers, []);
    assert.ok(explainCode('4.7.0').providers.every((p) => !/^[A-Z]+\d+$/.test(p.code)));
  });

  it('with a log line only what matched is listed, and not as possible', () => {
    const q = parseCodeQuery('550 5.7.606');
    assert.ok(q);
    const other = explain(q, 'en', { text: 'Access denied', remoteHost: 'mx.example.org', command: 'RCPT TO' });
    assert.deepEqual(other.providers, [], 'the line is not from Microsoft');
    const ms = explain(q, 'en', { text: 'Access denied, banned sending IP', remoteHost: 'x.mail.protection.outlook.com', command: 'RCPT TO' });
    assert.ok(ms.providers.length > 0 && ms.providers.every((p) => p.possible === undefined));
  });

  it('speaks Indonesian', () => {
    const e = explainCode('5.7.606', 'id');
    assert.match(e.providers[0]?.title ?? '', /IP pengirim diblokir/);
  });
});

describe('a transient pair reads as transient, and says who acts as the basic code does', () => {
  const pair = explainCode('451 4.7.1');

  it('no permanent wording and no capital after the colon of a lead-in', () => {
    assert.doesNotMatch(pair.description, /will not accept/, 'the class-free refusal wording is not used for 4xx');
    assert.match(pair.description, /temporary policy refusal/);
    for (const text of [pair.description, pair.whenYouSeeIt, pair.howToFix.sender, pair.howToFix.receiver, pair.useWhen]) {
      for (const m of text.matchAll(/(?:narrows this down|With [\d.]+|For [\d.]+ in particular|About [\d.]+): (\S+)/g)) {
        assert.doesNotMatch(m[1], /^[A-Z][a-z]/, `capital after "${m[0]}"`);
      }
    }
    const id = explainCode('451 4.7.1', 'id');
    assert.match(id.description, /mempersempit artinya: 4\.7\.1 adalah penolakan kebijakan sementara/);
    assert.match(id.howToFix.sender, /Khusus untuk 4\.7\.1: biarkan/);
  });

  it('a permanent pair keeps the description of the enhanced code', () => {
    const p = explainCode('550 5.7.1');
    assert.ok(p.description.includes(explainCode('5.7.1').description.slice(1)));
    assert.match(p.description, /narrows this down: the receiving side will not accept/);
  });

  it('who acts: 451 4.7.1 as for 451 (the receiver defers, the sender only waits); a permanent pair as its enhanced code', () => {
    assert.equal(pair.actor, explainCode('451').actor);
    assert.equal(pair.actorTitle, explainCode('451').actorTitle);
    assert.equal(explainCode('550 5.7.1').actor, explainCode('5.7.1').actor);
    // an enhanced actor that is not the sending side still narrows a transient pair: a full mailbox
    assert.equal(explainCode('452 4.2.2').actor, explainCode('4.2.2').actor);
  });
});
