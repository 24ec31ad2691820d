// The one loader of the code tables. Every reader (knowledge base, compare, hover, CLI, summary) goes
// through here: the tables are indexed once, on first use, and checked while they are indexed.
import { BASIC_CODE } from '../codes';
import type { BasicCodeEntry, EnhancedCodeEntry, LocalizedText, ReplyClass } from '../types';
import { basicCodes } from './basicCodes';
import { enhancedCodes1 } from './enhancedCodes1';
import { enhancedCodes2 } from './enhancedCodes2';
import * as names from './names';

export { basicCodes } from './basicCodes';
export { providerUsages, providerUsagesFor } from './providers';

/** The keys of the section headings and labels every view uses (names.ts `sectionHeadings`). */
export type SectionHeadingKey =
  | 'description'
  | 'whenYouSeeIt'
  | 'howToFix'
  | 'keyDifferences'
  | 'whenToUse'
  | 'references'
  | 'summary'
  | 'class'
  | 'category'
  | 'subject'
  | 'detail'
  | 'senderSide'
  | 'receiverSide'
  | 'providerUsage'
  | 'command'
  | 'relatedCodes'
  | 'notRegistered'
  | 'retried'
  | 'notRetried'
  | 'actor'
  | 'phaseOfDialogue'
  | 'registered'
  | 'bounceReason'
  | 'useWhen'
  | 'providerUsageNonStandard'
  | 'possibleProviderReadings'
  | 'notes'
  | 'aspect'
  | 'enhancedCode'
  | 'replyText'
  | 'reason'
  | 'whatToDo';

export type { ClassLevelTexts, ReplyClassName } from './names';

// Typed views of names.ts: a missing heading or class text fails the type-check, not a user.
export const sectionHeadings: Readonly<Record<SectionHeadingKey, LocalizedText>> = names.sectionHeadings;
export const classLevelTexts: Readonly<Record<ReplyClass, names.ClassLevelTexts>> = names.classLevelTexts;
export const replyClassNames: Readonly<Record<ReplyClass, names.ReplyClassName>> = names.replyClassNames;
export const { successHowToFix, authRefusalDelivery } = names;
export const { bounceReasonNames } = names;
export const { basicCategoryNames, basicCategoryDescriptions, enhancedSubjectNames, actorNames, phaseNames } = names;

/** Every enhanced code entry, X.0.0 to X.7.30. */
export const enhancedCodes: readonly EnhancedCodeEntry[] = [...enhancedCodes1, ...enhancedCodes2];

export interface CodeTables {
  /** "451" -> entry */
  basic: ReadonlyMap<string, BasicCodeEntry>;
  /** "X.7.1" -> entry */
  enhanced: ReadonlyMap<string, EnhancedCodeEntry>;
  /** What is wrong with the tables; empty when they are sound. Tests assert it is empty. */
  problems: readonly string[];
}

const ENHANCED_KEY = /^X\.(?:0|[1-9][0-9]{0,2})\.(?:0|[1-9][0-9]{0,2})$/;

function checkText(problems: string[], where: string, text: LocalizedText | undefined): void {
  if (!text || typeof text.en !== 'string' || text.en.trim() === '') problems.push(`${where}: English text is empty`);
  else if (text.id !== undefined && text.id.trim() === '') problems.push(`${where}: Indonesian text is empty (omit it instead)`);
}

/**
 * Indexes the given entries by code and lists what is wrong with them: duplicate codes, codes of the
 * wrong shape, empty texts, classes a code cannot have. The first entry of a duplicated code wins, so a
 * mistake in the tables never stops the product; the tests make sure there is none.
 */
export function buildTables(basicEntries: readonly BasicCodeEntry[], enhancedEntries: readonly EnhancedCodeEntry[]): CodeTables {
  const problems: string[] = [];
  const basic = new Map<string, BasicCodeEntry>();
  for (const e of basicEntries) {
    if (!BASIC_CODE.test(e.code)) problems.push(`basic code "${e.code}" is not of the shape 2xx-5xx`);
    if (basic.has(e.code)) {
      problems.push(`basic code ${e.code} is defined twice`);
      continue;
    }
    basic.set(e.code, e);
    checkText(problems, `${e.code} title`, e.title);
    checkText(problems, `${e.code} description`, e.description);
    checkText(problems, `${e.code} whenYouSeeIt`, e.whenYouSeeIt);
    checkText(problems, `${e.code} howToFix.sender`, e.howToFix?.sender);
    checkText(problems, `${e.code} howToFix.receiver`, e.howToFix?.receiver);
    checkText(problems, `${e.code} useWhen`, e.useWhen);
    for (const r of e.related ?? []) checkText(problems, `${e.code} related ${r.code}`, r.difference);
  }
  const enhanced = new Map<string, EnhancedCodeEntry>();
  for (const e of enhancedEntries) {
    if (!ENHANCED_KEY.test(e.code)) problems.push(`enhanced code "${e.code}" is not of the shape X.y.z`);
    if (enhanced.has(e.code)) {
      problems.push(`enhanced code ${e.code} is defined twice`);
      continue;
    }
    enhanced.set(e.code, e);
    checkText(problems, `${e.code} title`, e.title);
    checkText(problems, `${e.code} description`, e.description);
    checkText(problems, `${e.code} whenYouSeeIt.transient`, e.whenYouSeeIt?.transient);
    checkText(problems, `${e.code} whenYouSeeIt.permanent`, e.whenYouSeeIt?.permanent);
    if (e.classes?.includes(2)) checkText(problems, `${e.code} whenYouSeeIt.success`, e.whenYouSeeIt?.success);
    for (const reading of ['transient', 'permanent'] as const) {
      checkText(problems, `${e.code} howToFix.${reading}.sender`, e.howToFix?.[reading]?.sender);
      checkText(problems, `${e.code} howToFix.${reading}.receiver`, e.howToFix?.[reading]?.receiver);
    }
    checkText(problems, `${e.code} useWhen`, e.useWhen);
    if (!e.classes?.includes(4) || !e.classes.includes(5)) problems.push(`${e.code} must allow classes 4 and 5`);
    for (const r of e.related ?? []) checkText(problems, `${e.code} related ${r.code}`, r.difference);
  }
  return { basic, enhanced, problems };
}

let loaded: CodeTables | undefined;

/** The indexed tables of this product, built on first use. */
export function codeTables(): CodeTables {
  loaded ??= buildTables(basicCodes, enhancedCodes);
  return loaded;
}

/** Throws with every problem in the tables; for tests and the build, never on a user's path. */
export function assertSoundTables(tables: CodeTables = codeTables()): void {
  if (tables.problems.length > 0) {
    throw new Error(`The code tables have ${tables.problems.length} problem(s):\n  ${tables.problems.join('\n  ')}`);
  }
}
