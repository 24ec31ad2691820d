// Indonesian for the enhanced codes X.0.0 to X.4.7 and the provider usages: every LocalizedText anywhere in
// those tables, found by walking the objects rather than by naming fields, so a text added later without its
// Indonesian version fails here too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalizedText } from '../../server/src/core/types';
import { enhancedCodes1 } from '../../server/src/core/data/enhancedCodes1';
import { providerUsages } from '../../server/src/core/data/providers';

interface Found {
  where: string;
  text: LocalizedText;
}

/** Every object with a string `en` below `value`, with the path that leads to it. */
function localizedTexts(value: unknown, where: string): Found[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTexts(v, `${where}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record.en === 'string') return [{ where, text: record as unknown as LocalizedText }];
  return Object.entries(record).flatMap(([key, v]) => localizedTexts(v, `${where}.${key}`));
}

const tables: Array<[string, Found[]]> = [
  ['enhancedCodes1', enhancedCodes1.flatMap((e) => localizedTexts(e, e.code))],
  ['providerUsages', providerUsages.flatMap((u) => localizedTexts(u, `${u.provider} ${u.code}`))],
];
const all = tables.flatMap(([, found]) => found);

/** Tokens that must survive translation unchanged: codes, code ranges, RFC numbers, SMTP commands. */
const KEPT = /\b(?:[245X]\.\d{1,3}\.\d{1,3}(?:-\d{1,3})?|[2-5]\d\d|RFC \d+|MAIL FROM|RCPT TO|EHLO|HELO|DATA|STARTTLS|SMTPUTF8|MT-PRIORITY|SIZE)\b/g;

test('the walk reaches every text of every entry', () => {
  for (const e of enhancedCodes1) {
    const n = localizedTexts(e, e.code).length;
    // title, description, two or three readings, four fix texts, useWhen, one per related code
    const expected = 1 + 1 + (e.whenYouSeeIt.success ? 3 : 2) + 4 + 1 + e.related.length;
    assert.equal(n, expected, `${e.code}: found ${n} texts, the entry has ${expected}`);
  }
  for (const u of providerUsages) {
    assert.equal(localizedTexts(u, u.code).length, 3, `${u.provider} ${u.code}: title, meaning and howToFix`);
  }
  assert.ok(enhancedCodes1.length >= 32 && providerUsages.length > 0, 'tables are loaded');
});

test('every text has an Indonesian version that is not empty and not the English one', () => {
  for (const [table, found] of tables) {
    const missing = found.filter((f) => typeof f.text.id !== 'string' || f.text.id.trim() === '').map((f) => f.where);
    assert.deepEqual(missing, [], `${table}: texts without Indonesian`);
    const same = found.filter((f) => f.text.id?.trim() === f.text.en.trim()).map((f) => f.where);
    assert.deepEqual(same, [], `${table}: Indonesian identical to English`);
  }
});

test('codes, RFC numbers and command names stand unchanged in the Indonesian text', () => {
  for (const { where, text } of all) {
    const id = text.id ?? '';
    for (const token of new Set(text.en.match(KEPT) ?? [])) {
      assert.ok(id.includes(token), `${where}: "${token}" is in the English text but not in the Indonesian one`);
    }
  }
});

test('two different English texts never share one Indonesian text', () => {
  const seen = new Map<string, Found>();
  for (const f of all) {
    const key = (f.text.id ?? '').trim().toLowerCase();
    const earlier = seen.get(key);
    if (earlier) assert.equal(f.text.en, earlier.text.en, `${f.where} has the same Indonesian as ${earlier.where}`);
    else seen.set(key, f);
  }
});

test('longer Indonesian texts read as Indonesian, not as left-over English', () => {
  const indonesian = /\b(?:yang|dan|atau|tidak|untuk|dengan|jika|karena|ke|dari|di|pada|ini|itu|adalah|berarti|menyatakan|setelah|sebelum|bukan|lalu|agar)\b/i;
  const english = /\b(?:the|and|when|with|which|that|is|are)\b/gi;
  for (const { where, text } of all) {
    const id = text.id ?? '';
    if (id.length < 40) continue;
    // Titles are labels, often without a function word ("Mailbox tujuan telah pindah, ...").
    if (!where.endsWith('.title')) assert.match(id, indonesian, `${where}: no Indonesian function word in "${id}"`);
    const englishWords = id.match(english) ?? [];
    assert.ok(englishWords.length <= 1, `${where}: English words (${englishWords.join(', ')}) in "${id}"`);
  }
});
