// The compare model as the webview and `smtp-codes compare` show it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareCodes } from '../../server/src/core/compare';
import { explainInput } from '../../server/src/core/knowledgeBase';
import type { Comparison, Locale } from '../../server/src/core/types';

function compared(a: string, b: string, locale: Locale = 'en'): Comparison {
  const c = compareCodes(a, b, locale);
  assert.ok(!('error' in c), `compare ${a} ${b}: ${'error' in c ? c.error : ''}`);
  return c;
}

function rowOf(c: Comparison, aspect: string) {
  const row = c.keyDifferences.find((r) => r.aspect === aspect);
  assert.ok(row, `no "${aspect}" row in ${c.keyDifferences.map((r) => r.aspect).join(', ')}`);
  return row;
}

describe('pairs the issue names: a transient and a permanent refusal', () => {
  for (const [a, b] of [
    ['451', '550'],
    ['4.7.1', '5.7.1'],
    ['452', '552'],
    ['421', '521'],
    ['450', '550'],
  ]) {
    it(`${a} vs ${b}: summary names both, the class row differs, a curated note explains the pair`, () => {
      const c = compared(a, b);
      assert.ok(c.summary.includes(a) && c.summary.includes(b), c.summary);
      assert.equal(c.summary.split(/[.!?](?:\s|$)/).filter((s) => s.trim() !== '').length, 1, `one sentence: ${c.summary}`);
      const cls = rowOf(c, c.headings.class);
      assert.equal(cls.same, false);
      assert.equal(cls.a, c.a.classTitle);
      assert.equal(cls.b, c.b.classTitle);
      assert.ok(c.notes.length > 0, `no curated note on ${a} vs ${b}`);
      assert.ok(c.notes.every((n) => n.trim().length > 0));
      assert.equal(c.a.label, a);
      assert.equal(c.b.label, b);
    });
  }

  it('451 vs 550 says which one the sender retries', () => {
    const c = compared('451', '550');
    const retried = c.keyDifferences.find((r) => r.a !== r.b && r.aspect !== c.headings.class && /retr/i.test(r.aspect));
    assert.ok(retried, 'a row on retrying that differs');
    assert.match(c.summary, /temporar/i);
    assert.match(c.summary, /permanent/i);
  });

  it('the note on 4.7.1 vs 5.7.1 comes from X.7.1 and is given once', () => {
    const c = compared('4.7.1', '5.7.1');
    assert.equal(new Set(c.notes).size, c.notes.length);
    const subject = c.keyDifferences.find((r) => r.a === c.a.subject && r.b === c.b.subject);
    assert.ok(subject?.same, 'same subject');
  });

  it('the order of the codes does not change which notes are shown', () => {
    assert.deepEqual(new Set(compared('452', '552').notes), new Set(compared('552', '452').notes));
  });
});

describe('pairs of the same class', () => {
  for (const [a, b] of [
    ['530', '535'],
    ['535', '534'],
  ]) {
    it(`${a} vs ${b}: both permanent, the summary says how they differ anyway`, () => {
      const c = compared(a, b);
      assert.equal(rowOf(c, c.headings.class).same, true);
      assert.ok(c.summary.includes(a) && c.summary.includes(b), c.summary);
      assert.ok(c.notes.length > 0, `no curated note on ${a} vs ${b}`);
      assert.notEqual(c.whenToUse.a, c.whenToUse.b);
    });
  }
});

describe('what the summary and the rows say about particular pairs', () => {
  it('530 vs 535: the summary says what each side means, and that a refused login bounces nothing', () => {
    const c = compared('530', '535');
    assert.match(c.summary, /530: no login was attempted and one is required\. 535: a login was attempted and the credentials were rejected\./);
    assert.match(c.summary, /nothing bounces/);
    assert.doesNotMatch(c.summary, /bounces the message/);
    const id = compared('530', '535', 'id');
    assert.match(id.summary, /530: belum ada upaya login[^.]*\. 535: login sudah dicoba/);
    assert.match(id.summary, /tidak ada bounce/);
  });

  it('451 vs 5.1.1: 5.1.1 is the recipient\'s address, at RCPT TO', () => {
    const c = compared('451', '5.1.1');
    assert.equal(rowOf(c, 'Who acts').b, "Recipient's address (the sender corrects it)");
    assert.equal(rowOf(c, 'Phase of the dialogue').b, 'Envelope recipient (RCPT TO)');
    const id = compared('451', '5.1.1', 'id');
    assert.equal(rowOf(id, 'Tahap dialog').b, 'Penerima envelope (RCPT TO)');
  });

  it('220 vs 220: the same code, said once', () => {
    const c = compared('220', '220');
    assert.equal(c.summary, '220 and 220 are the same code.');
  });
});

describe('the model carries what the panel shows', () => {
  const c = compared('451', '550');

  it('each side is the explanation hover and CLI use', () => {
    assert.deepEqual(c.a, explainInput('451', 'en'));
    assert.deepEqual(c.b, explainInput('550', 'en'));
  });

  it('key differences: class, retry, who acts, phase, category, registered', () => {
    assert.ok(c.keyDifferences.length >= 6, c.keyDifferences.map((r) => r.aspect).join(', '));
    for (const r of c.keyDifferences) {
      assert.ok(r.aspect && r.a && r.b, JSON.stringify(r));
      assert.equal(r.same, r.a === r.b);
    }
    assert.equal(rowOf(c, c.headings.category).same, true, '451 and 550 share the "5" category');
  });

  it('when to use which comes from each entry', () => {
    assert.equal(c.whenToUse.a, c.a.useWhen);
    assert.equal(c.whenToUse.b, c.b.useWhen);
    assert.notEqual(c.whenToUse.a, c.whenToUse.b);
  });

  it('a basic code against an enhanced code compares category against subject', () => {
    const mixed = compared('550', '5.1.1');
    const row = mixed.keyDifferences.find((r) => r.a === mixed.a.category && r.b === mixed.b.subject);
    assert.ok(row, mixed.keyDifferences.map((r) => `${r.aspect}: ${r.a} | ${r.b}`).join('\n'));
  });

  it('an unregistered code can be compared and is marked so', () => {
    const u = compared('459', '451');
    assert.equal(u.a.registered, false);
    assert.equal(rowOf(u, 'Registered').same, false);
    assert.ok(u.summary.includes('459') && u.summary.includes('451'));
  });
});

describe('in Indonesian', () => {
  const c = compared('451', '550', 'id');
  const en = compared('451', '550', 'en');

  it('uses the Indonesian headings exactly', () => {
    assert.equal(c.headings.description, 'Deskripsi');
    assert.equal(c.headings.whenYouSeeIt, 'Ketika Anda Melihatnya');
    assert.equal(c.headings.howToFix, 'Cara Memperbaiki');
    assert.equal(c.headings.keyDifferences, 'Perbedaan Utama');
    assert.equal(c.headings.whenToUse, 'Kapan Menggunakan Yang Mana');
    assert.equal(c.locale, 'id');
  });

  it('writes the summary, rows and texts in Indonesian', () => {
    assert.notEqual(c.summary, en.summary);
    assert.ok(c.summary.includes('451') && c.summary.includes('550'));
    assert.notEqual(rowOf(c, c.headings.class).a, rowOf(en, en.headings.class).a);
    assert.notEqual(c.a.description, en.a.description);
    assert.notEqual(c.headings.keyDifferences, en.headings.keyDifferences);
  });
});

describe('bad input', () => {
  for (const [a, b, bad] of [
    ['abc', '550', 'abc'],
    ['451', '600', '600'],
    ['4.7', '5.7.1', '4.7'],
    ['451 5.7.1', '550', '451 5.7.1'],
  ]) {
    it(`"${a}" vs "${b}" gives a message naming "${bad}", in both languages`, () => {
      const en = compareCodes(a, b, 'en');
      const id = compareCodes(a, b, 'id');
      assert.ok('error' in en && 'error' in id);
      assert.ok(en.error.includes(bad) && id.error.includes(bad));
      assert.notEqual(en.error, id.error);
    });
  }

  it('an empty side asks for two codes', () => {
    const r = compareCodes('451', '  ', 'en');
    assert.ok('error' in r && /two codes/.test(r.error));
  });
});

describe('notes once per pair, and the same actor as explain', () => {
  it('451 vs 550: one note, not the near-duplicate each entry writes about the other', () => {
    const c = compared('451', '550');
    assert.equal(c.notes.length, 1, c.notes.join('\n'));
    const written = [explainInput('451', 'en'), explainInput('550', 'en')].map((e) => e?.related.find((r) => r.code === (e.code === '451' ? '550' : '451'))?.difference);
    assert.ok(written[0] && written[1], 'both entries write about the other');
    assert.ok(written.includes(c.notes[0]));
    assert.deepEqual(compared('550', '451').notes, c.notes, 'whichever order');
  });

  for (const [a, b] of [
    ['452', '552'],
    ['421', '521'],
    ['450', '550'],
    ['4.7.1', '5.7.1'],
  ]) {
    it(`${a} vs ${b}: one note`, () => assert.equal(compared(a, b).notes.length, 1, compared(a, b).notes.join('\n')));
  }

  it('"451 4.7.1" vs "550 5.7.1": at most one note for the basic pair and one for the enhanced pair', () => {
    const c = compared('451 4.7.1', '550 5.7.1');
    assert.ok(c.notes.length >= 1 && c.notes.length <= 2, c.notes.join('\n'));
    assert.equal(c.notes.filter((n) => /^(?:451|550)\b/.test(n)).length, 1);
    assert.ok(c.notes.filter((n) => /^[45]\.7\.1\b/.test(n)).length <= 1);
  });

  it('who acts for 451, in compare and in explain, alone and as "451 4.7.1"', () => {
    const actor = compared('451', '550').keyDifferences.find((r) => r.aspect === 'Who acts');
    const pairActor = compared('451 4.7.1', '550 5.7.1').keyDifferences.find((r) => r.aspect === 'Who acts');
    assert.ok(actor && pairActor);
    assert.equal(actor.a, explainInput('451', 'en')?.actorTitle);
    assert.equal(pairActor.a, explainInput('451 4.7.1', 'en')?.actorTitle);
    assert.equal(pairActor.a, actor.a, 'the pair does not contradict its basic code');
  });
});
