// The knowledge base for enhanced codes X.5.0 to X.7.30, checked against the IANA registry (from the shared
// data folder: SMTP_SHARED_DATA, or ../shared/data beside the repository; without it these checks fail under
// CI=true and are skipped loudly elsewhere) and for the qualities a reader notices: every code there, both
// readings explained differently, texts specific to their code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalizedText } from '../../server/src/core/types';
import { enhancedCodes2 } from '../../server/src/core/data/enhancedCodes2';
import { requireShared } from './support';
import {
  assertReadingsDiffer,
  entryTexts as textsOf,
  registryCsv as csvPath,
  registryRows as readRegistry,
  relatedBothWays,
  sisimaiReasonNames,
  sisimaiReasons as reasonsPath,
  squash,
} from './enhancedChecks';

/** The registry rows of subjects 5, 6 and 7, the range this table covers. */
const registryRows = () => readRegistry(/^X\.[567]\.\d+$/);

/** "451/550" -> ["451", "550"]; "Not given", "Any", "5XX", "." -> []. */
function basicCodesOf(column: string): string[] {
  if (/not given|^\s*any\s*$/i.test(column)) return [];
  return [...new Set(column.match(/\b[2-5]\d\d\b/g) ?? [])];
}

const byCode = new Map(enhancedCodes2.map((e) => [e.code, e]));

test('every X.5.x to X.7.x row of the IANA registry has an entry, and no entry is outside it', (t) => {
  if (!requireShared(t, csvPath)) return;
  const registry = registryRows();
  assert.ok(registry.length >= 49, `expected at least 49 registry rows in X.5-X.7, read ${registry.length}`);
  const wanted = new Set(registry.map((r) => r.code));
  const missing = [...wanted].filter((c) => !byCode.has(c));
  const extra = enhancedCodes2.map((e) => e.code).filter((c) => !wanted.has(c));
  assert.deepEqual(missing, [], 'registry codes without an entry');
  assert.deepEqual(extra, [], 'entries that are not registry codes of X.5-X.7');
});

test('no code is defined twice', () => {
  const seen = new Set<string>();
  const twice = enhancedCodes2.map((e) => e.code).filter((c) => seen.has(c) || !seen.add(c));
  assert.deepEqual(twice, []);
});

test('titles are the registry sample texts', (t) => {
  if (!requireShared(t, csvPath)) return;
  for (const row of registryRows()) {
    if (squash(row.title) === '') continue; // X.6.10 has none; its entry says what it is
    assert.equal(squash(byCode.get(row.code)?.title.en ?? ''), squash(row.title), row.code);
  }
});

test('associated basic codes match the registry', (t) => {
  if (!requireShared(t, csvPath)) return;
  for (const row of registryRows()) {
    const entry = byCode.get(row.code);
    assert.ok(entry, row.code);
    assert.deepEqual([...entry.associatedBasic].sort(), basicCodesOf(row.basic).sort(), `${row.code} (registry: "${squash(row.basic)}")`);
  }
});

test('class 2 exactly where the registry ties a code to a 2xx reply or calls it a success code', (t) => {
  if (!requireShared(t, csvPath)) return;
  for (const row of registryRows()) {
    const entry = byCode.get(row.code);
    assert.ok(entry, row.code);
    const tiedTo2xx = basicCodesOf(row.basic).some((c) => c.startsWith('2'));
    const describedAsSuccess = /success/i.test(row.description);
    if (tiedTo2xx) assert.ok(entry.classes.includes(2), `${row.code} is tied to a 2xx reply but lacks class 2`);
    if (entry.classes.includes(2)) assert.ok(tiedTo2xx || describedAsSuccess, `${row.code} claims class 2 without the registry's support`);
  }
});

test('every entry is readable as transient and as permanent', () => {
  for (const e of enhancedCodes2) assert.ok(e.classes.includes(4) && e.classes.includes(5), e.code);
});

test('references cite every document the registry names for the code', (t) => {
  if (!requireShared(t, csvPath)) return;
  for (const row of registryRows()) {
    const entry = byCode.get(row.code);
    assert.ok(entry, row.code);
    const cited = [...row.reference.matchAll(/\[(RFC\s?\d+|draft-[^\]]+)\]/gi)].map((m) => m[1].replace(/^RFC\s?/i, 'RFC '));
    assert.ok(cited.length > 0, `${row.code}: no reference in the registry row "${row.reference}"`);
    const documents = entry.references.map((r) => r.document);
    for (const doc of cited) assert.ok(documents.includes(doc), `${row.code} should cite ${doc}; has ${documents.join(', ')}`);
  }
});

test('references link to the RFC editor or the IETF datatracker', () => {
  for (const e of enhancedCodes2) {
    assert.ok(e.references.length > 0, `${e.code} has no reference`);
    for (const r of e.references) assert.match(r.url, /^https:\/\/(www\.rfc-editor\.org\/rfc\/rfc\d+(#section-[\d.]+)?|datatracker\.ietf\.org\/doc\/[\w-]+\/)$/, e.code);
  }
});

test('texts are in the project’s own words: no run of seven words from a registry description', (t) => {
  if (!requireShared(t, csvPath)) return;
  const words = (s: string): string[] => s.toLowerCase().match(/[a-z0-9]+(?:['’.-][a-z0-9]+)*/g) ?? [];
  const shingles = new Map<string, string>();
  for (const row of registryRows()) {
    const w = words(row.description);
    for (let i = 0; i + 7 <= w.length; i++) shingles.set(w.slice(i, i + 7).join(' '), row.code);
  }
  for (const e of enhancedCodes2) {
    for (const [where, text] of textsOf(e)) {
      if (!text) continue;
      const w = words(text.en);
      for (let i = 0; i + 7 <= w.length; i++) {
        const run = w.slice(i, i + 7).join(' ');
        assert.ok(!shingles.has(run), `${e.code} ${where} repeats "${run}" from the registry description of ${shingles.get(run)}`);
      }
    }
  }
});

test('every text is specific to its code: no two entries share a description or any other text', () => {
  const seen = new Map<string, string>();
  for (const e of enhancedCodes2) {
    for (const [where, text] of textsOf(e)) {
      if (!text) continue;
      const key = `${where.startsWith('related') ? 'related' : where}|${squash(text.en).toLowerCase()}`;
      assert.ok(!seen.has(key), `${e.code} ${where} repeats the text of ${seen.get(key)}`);
      seen.set(key, `${e.code} ${where}`);
    }
  }
});

test('the transient and permanent readings differ for every code', () => {
  for (const e of enhancedCodes2) {
    assertReadingsDiffer(e);
    // Each reading names its own class, so a reader sees which one applies.
    const detail = e.code.slice(1);
    assert.ok(e.whenYouSeeIt.transient.en.includes(`4${detail}`), `${e.code}: the transient reading should name 4${detail}`);
    assert.ok(e.whenYouSeeIt.permanent.en.includes(`5${detail}`), `${e.code}: the permanent reading should name 5${detail}`);
  }
});

test('a success reading exactly for the codes that can be 2.y.z', () => {
  for (const e of enhancedCodes2) {
    const canSucceed = e.classes.includes(2);
    assert.equal(Boolean(e.whenYouSeeIt.success?.en.trim()), canSucceed, `${e.code}: classes ${e.classes.join(',')}`);
    if (canSucceed) assert.ok(e.whenYouSeeIt.success?.en.includes(`2${e.code.slice(1)}`), `${e.code}: the success reading should name 2${e.code.slice(1)}`);
  }
});

test('every text is one to three sentences, and Indonesian, where given, is not empty', () => {
  for (const e of enhancedCodes2) {
    for (const [where, text] of [['title', e.title] as [string, LocalizedText], ...textsOf(e)]) {
      if (!text) continue;
      assert.ok(text.en.trim().length > 0, `${e.code} ${where} is empty`);
      if (text.id !== undefined) assert.ok(text.id.trim().length > 0, `${e.code} ${where} has an empty Indonesian text`);
      if (where === 'title') continue;
      const sentences = (text.en.match(/[.!?](?=\s|$)/g) ?? []).length;
      assert.ok(sentences >= 1 && sentences <= 3, `${e.code} ${where} has ${sentences} sentences: ${text.en}`);
    }
  }
});

test('X.7.1 explains 4.7.1 (greylisting, retried) against 5.7.1 (refused, not retried)', () => {
  const related = byCode.get('X.7.1')?.related ?? [];
  const transient = related.find((r) => r.code === '4.7.1')?.difference.en ?? '';
  const permanent = related.find((r) => r.code === '5.7.1')?.difference.en ?? '';
  assert.match(transient, /greylist/i);
  assert.match(transient, /retr/i);
  assert.match(permanent, /relay/i);
  assert.match(permanent, /bounce|not retried|nothing retries/i);
});

test('the pairs readers compare most are related in both directions, with the difference spelled out', () => {
  const pairs: Array<[string, string]> = [
    ['X.7.1', 'X.7.26'], ['X.7.1', 'X.7.27'], ['X.7.26', 'X.7.27'],
    ['X.5.1', 'X.5.2'], ['X.5.1', 'X.5.3'], ['X.5.2', 'X.5.3'],
    ['X.7.8', 'X.7.9'], ['X.7.8', 'X.7.0'], ['X.7.9', 'X.7.0'],
    ['X.6.2', 'X.6.3'], ['X.6.3', 'X.6.5'], ['X.6.7', 'X.6.8'], ['X.6.8', 'X.6.9'], ['X.6.8', 'X.6.10'],
    ['X.7.20', 'X.7.21'], ['X.7.23', 'X.7.24'], ['X.7.17', 'X.7.18'],
  ];
  for (const { from, to, difference } of relatedBothWays(byCode, pairs)) {
    assert.ok(difference.en.includes(to) || difference.en.includes(from), `${from} -> ${to}: the difference should name the codes it compares`);
  }
});

test('related codes are well formed, not the entry itself, and listed once', () => {
  for (const e of enhancedCodes2) {
    const codes = e.related.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length, `${e.code} lists a related code twice`);
    for (const c of codes) {
      assert.match(c, /^[X245]\.\d{1,3}\.\d{1,3}$/, `${e.code} related ${c}`);
      assert.notEqual(c, e.code, `${e.code} relates to itself`);
    }
  }
});

test('bounce reasons are names from the Sisimai taxonomy', (t) => {
  if (!requireShared(t, reasonsPath)) return;
  const reasons = sisimaiReasonNames();
  for (const e of enhancedCodes2) {
    if (e.bounceReason !== undefined) assert.ok(reasons.has(e.bounceReason), `${e.code}: "${e.bounceReason}" is not a Sisimai reason`);
  }
  const withReason = enhancedCodes2.filter((e) => e.bounceReason !== undefined).length;
  assert.ok(withReason >= enhancedCodes2.length - 1, `only ${withReason} of ${enhancedCodes2.length} entries have a bounce reason`);
});
