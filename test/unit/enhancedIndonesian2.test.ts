// The Indonesian side of the knowledge base for enhanced codes X.5.0 to X.7.30: an Indonesian reader sees
// every text of every entry in Indonesian, never an empty string and never the English left in place.
// The walk is generic, so a text field added to the entry type later is covered without editing this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { LocalizedText } from '../../server/src/core/types';
import { enhancedCodes2 } from '../../server/src/core/data/enhancedCodes2';

function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { en?: unknown }).en === 'string';
}

/** Every LocalizedText reachable from `value`, labelled with its path (e.g. "howToFix.permanent.sender"). */
function localizedTexts(value: unknown, path: string): Array<[string, LocalizedText]> {
  if (isLocalizedText(value)) return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => localizedTexts(child, path ? `${path}.${key}` : key));
  }
  return [];
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

test('the walk finds every text field of every entry', () => {
  assert.ok(enhancedCodes2.length >= 49, `expected at least 49 entries, read ${enhancedCodes2.length}`);
  for (const e of enhancedCodes2) {
    const paths = new Set(localizedTexts(e, '').map(([p]) => p));
    const expected = [
      'title',
      'description',
      'whenYouSeeIt.transient',
      'whenYouSeeIt.permanent',
      'howToFix.transient.sender',
      'howToFix.transient.receiver',
      'howToFix.permanent.sender',
      'howToFix.permanent.receiver',
      'useWhen',
      ...(e.whenYouSeeIt.success ? ['whenYouSeeIt.success'] : []),
      ...e.related.map((_, i) => `related[${i}].difference`),
    ];
    for (const p of expected) assert.ok(paths.has(p), `${e.code}: the walk missed ${p}`);
  }
});

test('every text of every entry has an Indonesian version that is not empty and not the English', () => {
  const problems: string[] = [];
  for (const e of enhancedCodes2) {
    for (const [path, text] of localizedTexts(e, '')) {
      if (text.id === undefined) problems.push(`${e.code} ${path}: no Indonesian text`);
      else if (squash(text.id) === '') problems.push(`${e.code} ${path}: empty Indonesian text`);
      else if (squash(text.id).toLowerCase() === squash(text.en).toLowerCase()) problems.push(`${e.code} ${path}: Indonesian text is the English`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the Indonesian keeps every code the English names', () => {
  // A reader comparing 4.7.1 with 5.7.1 must find the same codes in either language.
  const codes = (s: string): string[] => [...new Set(s.match(/\b[X245]\.\d{1,3}\.\d{1,3}\b/g) ?? [])].sort();
  const problems: string[] = [];
  for (const e of enhancedCodes2) {
    for (const [path, text] of localizedTexts(e, '')) {
      const missing = codes(text.en).filter((c) => !codes(text.id ?? '').includes(c));
      if (missing.length > 0) problems.push(`${e.code} ${path}: Indonesian lacks ${missing.join(', ')}`);
    }
  }
  assert.deepEqual(problems, []);
});
