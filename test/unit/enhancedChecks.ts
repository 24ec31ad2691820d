// What the two enhanced-code table tests share (enhancedCodes1.test.ts for X.0 to X.4, enhancedCodes2.test.ts
// for X.5 to X.7): the IANA registry rows of a range, every explanatory text of an entry, the Sisimai reason
// names, and the checks both tables must pass. Each test keeps its own range, counts and asserts.
// Not a test file itself (esbuild bundles it into each test that imports it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { EnhancedCodeEntry, LocalizedText } from '../../server/src/core/types';
import { readCsv, sharedData } from './support';

/** The IANA enhanced status code registry CSV of the shared data folder. */
export const registryCsv = sharedData('iana-smtp-enhanced-status-codes-3.csv');
/** Sisimai's bounce reason taxonomy of the shared data folder. */
export const sisimaiReasons = sharedData('sisimai/reasons.tsv');

export interface RegistryRow {
  code: string;
  /** "Sample Text" */
  title: string;
  /** "Associated basic status code", as written */
  basic: string;
  description: string;
  reference: string;
}

/** The registry rows whose code (trimmed) matches `codes`, e.g. /^X\.[0-4]\.\d+$/. */
export function registryRows(codes: RegExp): RegistryRow[] {
  const [header, ...body] = readCsv(readFileSync(registryCsv, 'utf8'));
  const at = (name: string): number => {
    const i = header.findIndex((h) => h.trim() === name);
    assert.notEqual(i, -1, `the registry CSV has no "${name}" column`);
    return i;
  };
  const [code, title, basic, description, reference] = ['Code', 'Sample Text', 'Associated basic status code', 'Description', 'Reference'].map(at);
  return body
    .filter((r) => codes.test(r[code]?.trim() ?? ''))
    .map((r) => ({ code: r[code].trim(), title: r[title], basic: r[basic], description: r[description], reference: r[reference] }));
}

/** Runs of white space made one space, ends trimmed. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every explanatory text of an entry, labelled by where it sits (the title is not among them). */
export function entryTexts(e: EnhancedCodeEntry): Array<[string, LocalizedText | undefined]> {
  return [
    ['description', e.description],
    ['whenYouSeeIt.success', e.whenYouSeeIt.success],
    ['whenYouSeeIt.transient', e.whenYouSeeIt.transient],
    ['whenYouSeeIt.permanent', e.whenYouSeeIt.permanent],
    ['howToFix.transient.sender', e.howToFix.transient.sender],
    ['howToFix.transient.receiver', e.howToFix.transient.receiver],
    ['howToFix.permanent.sender', e.howToFix.permanent.sender],
    ['howToFix.permanent.receiver', e.howToFix.permanent.receiver],
    ['useWhen', e.useWhen],
    ...e.related.map((r): [string, LocalizedText] => [`related ${r.code}`, r.difference]),
  ];
}

/** The reason names of Sisimai's taxonomy (first column, header skipped). */
export function sisimaiReasonNames(): Set<string> {
  return new Set(
    readFileSync(sisimaiReasons, 'utf8')
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split('\t')[0].trim())
      .filter((r) => r !== ''),
  );
}

/** The transient and the permanent reading, and each side's fix, say different things. */
export function assertReadingsDiffer(e: EnhancedCodeEntry): void {
  assert.notEqual(squash(e.whenYouSeeIt.transient.en), squash(e.whenYouSeeIt.permanent.en), `${e.code} whenYouSeeIt`);
  assert.notEqual(squash(e.howToFix.transient.sender.en), squash(e.howToFix.permanent.sender.en), `${e.code} howToFix.sender`);
  assert.notEqual(squash(e.howToFix.transient.receiver.en), squash(e.howToFix.permanent.receiver.en), `${e.code} howToFix.receiver`);
}

/**
 * Each pair is related in both directions: `a` lists `b` and `b` lists `a`. The notes found are returned
 * (from, to, note) for checks of their own.
 */
export function relatedBothWays(
  byCode: ReadonlyMap<string, EnhancedCodeEntry>,
  pairs: Array<[string, string]>,
): Array<{ from: string; to: string; difference: LocalizedText }> {
  const notes: Array<{ from: string; to: string; difference: LocalizedText }> = [];
  for (const [a, b] of pairs) {
    for (const [from, to] of [[a, b], [b, a]]) {
      const note = byCode.get(from)?.related.find((r) => r.code === to);
      assert.ok(note, `${from} should explain how it differs from ${to} (list it as related)`);
      notes.push({ from, to, difference: note.difference });
    }
  }
  return notes;
}
