// What the Problems panel shows for a log (and what `smtp-codes check` prints): one problem per negative
// reply, at the code, with a short message, capped at maxProblems plus one line saying how many were held back.
import { isNegative } from './codes';
import { providerUsages, providerUsagesFor } from './data';
import { explain } from './knowledgeBase';
import { localize, message } from './messages';
import { reasonOfReply, reasonText } from './reasons';
import type { BounceReason, Explanation, Locale, ProviderUsage, Reply } from './types';

export type Severity = 'off' | 'hint' | 'information' | 'warning' | 'error';
export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'information', 'warning', 'error'];

export interface ValidationSettings {
  /** 4xx and 4.x.x replies. */
  transientSeverity: Severity;
  /** 5xx and 5.x.x replies. */
  permanentSeverity: Severity;
  /** Problems shown per document; the rest are counted in one extra problem. */
  maxProblems: number;
}

export const DEFAULT_VALIDATION_SETTINGS: ValidationSettings = {
  transientSeverity: 'warning',
  permanentSeverity: 'error',
  maxProblems: 1000,
};

/** A problem at a range of the log; lines and characters 0-based (UTF-16), end exclusive. */
export interface Problem {
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
  severity: Exclude<Severity, 'off'>;
  /** The reply code ("451"), or the enhanced code when alone; "smtp.maxProblems" for the overflow note. */
  code: string;
  /** Why the delivery failed (core/reasons.ts), the editor's diagnostic code; null for the overflow note. */
  reason: BounceReason | null;
  message: string;
  /** The RFC section that defines the code, when known. */
  href: string | null;
}

/** Reads a severity setting; anything else gives the fallback. */
export function parseSeverity(value: unknown, fallback: Severity): Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value) ? (value as Severity) : fallback;
}

/**
 * The most problems a document may list, whatever the setting says: every problem travels in one
 * publishDiagnostics message, and a workspace setting of 1e9 made that message 152 MB and the server
 * 1.6 GB. package.json gives the same number as the setting's maximum.
 */
export const MAX_PROBLEMS_LIMIT = 10_000;

/** Reads a maxProblems setting: a non-negative integer (at most MAX_PROBLEMS_LIMIT), else the fallback. */
export function parseMaxProblems(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(Math.floor(value), MAX_PROBLEMS_LIMIT) : fallback;
}

const TEXT = {
  en: {
    transient: 'transient, will be retried',
    permanent: 'permanent, will not be retried',
    more: (n: number, max: number) =>
      `${n} more SMTP ${n === 1 ? 'problem was' : 'problems were'} found and not shown (the limit is ${max}; setting smtp.maxProblems).`,
  },
  id: {
    transient: 'sementara, akan dicoba lagi',
    permanent: 'permanen, tidak akan dicoba lagi',
    more: (n: number, max: number) =>
      `${n} masalah SMTP lainnya ditemukan dan tidak ditampilkan (batasnya ${max}; pengaturan smtp.maxProblems).`,
  },
} as const;

export type Explainer = (reply: Reply, locale: Locale) => Explanation;

// Explanations depend only on the codes and the locale here (no provider context in a one-line message),
// so a log with thousands of the same reply explains it once.
const cache = new Map<string, Explanation>();

function explainCodes(reply: Reply, locale: Locale): Explanation {
  const key = `${locale}|${reply.code ?? ''}|${reply.enhanced ?? ''}`;
  let e = cache.get(key);
  if (!e) {
    e = explain({ code: reply.code, enhanced: reply.enhanced }, locale);
    if (cache.size > 5000) cache.clear();
    cache.set(key, e);
  }
  return e;
}

// Most negative replies carry a code no provider writes about: a cheap test per code pair (and one regex
// for the provider tags such as TSS04) spares them the provider lookup.
const PROVIDER_TAG = /^[A-Z]+[0-9]+$/;
const providerTags = new RegExp(`(?<![A-Za-z0-9])(?:${providerUsages.filter((u) => PROVIDER_TAG.test(u.code)).map((u) => u.code).join('|') || '(?!)'})(?![A-Za-z0-9])`);
const providerCodes = new Map<string, boolean>();

function mayHaveProviderUsage(reply: Reply): boolean {
  const key = `${reply.code ?? ''}|${reply.enhanced ?? ''}`;
  let known = providerCodes.get(key);
  if (known === undefined) {
    // A range ("5.7.606-649") starts with the class and subject of the codes it holds.
    const prefix = reply.enhanced?.replace(/\d+$/, '');
    known = providerUsages.some(
      (u) => u.code === reply.code || u.code === reply.enhanced || (prefix !== undefined && u.code.includes('-') && u.code.startsWith(prefix)),
    );
    if (providerCodes.size > 5000) providerCodes.clear();
    providerCodes.set(key, known);
  }
  return known || providerTags.test(reply.text);
}

/** The provider usage that matches the reply's line (its text and remote host), when there is one. */
function providerUsageOf(reply: Reply): ProviderUsage | undefined {
  if (!mayHaveProviderUsage(reply)) return undefined;
  return providerUsagesFor(reply.code, reply.enhanced, reply.text, reply.remoteHost)[0];
}

/** The usage's title with the provider named once: "Banned sending IP (Microsoft 365 / Outlook.com)". */
function providerTitle(usage: ProviderUsage, locale: Locale): string {
  const title = localize(usage.title, locale);
  const named = usage.providerName.split(' / ').some((name) => title.includes(name));
  return named ? title : `${title} (${usage.providerName})`;
}

/** The label of a reply as people write it: "451 4.7.1", "451" or "4.7.1". */
export function replyLabel(reply: Pick<Reply, 'code' | 'enhanced'>): string {
  return [reply.code, reply.enhanced].filter((c): c is string => c !== null).join(' ');
}

/** The range shown for a reply: its basic code on the first line, or the enhanced code when alone. */
export function replyRange(reply: Reply): Pick<Problem, 'line' | 'character' | 'endLine' | 'endCharacter'> {
  const first = reply.parts[0];
  const basic = first.code !== null;
  return {
    line: first.line,
    character: basic ? first.codeStart : first.enhancedStart,
    endLine: first.line,
    endCharacter: basic ? first.codeEnd : first.enhancedEnd,
  };
}

/** Negative replies by class, counted as the problems are (one event told twice on a line counts once). */
export interface NegativeCounts {
  transient: number;
  permanent: number;
}

/** Replies in document order: a list, any iterable, or a store that visits them (the editor's index). */
export type ReplySource = Iterable<Reply> | { forEachReply(visit: (reply: Reply) => void): void };

function isVisitable(s: ReplySource): s is { forEachReply(visit: (reply: Reply) => void): void } {
  return typeof (s as { forEachReply?: unknown }).forEachReply === 'function';
}

/**
 * Calls `visit` for the replies in document order, without the ones that repeat another reply of the same
 * line. A Postfix status line says "dsn=5.1.1, status=bounced (... said: 550 5.1.1 ...)": one event, so an
 * enhanced code standing alone beside a basic code of the same class is not a second problem. Streams:
 * nothing is kept beyond one line's replies.
 */
function forEachEvent(replies: ReplySource, visit: (reply: Reply, sameLine: readonly Reply[]) => void): void {
  let line = -1;
  let batch: Reply[] = [];
  const flush = (): void => {
    if (batch.length === 1) {
      visit(batch[0], batch);
      return;
    }
    let basicClasses = '';
    for (const r of batch) if (r.code !== null && isNegative(r.replyClass)) basicClasses += r.code[0];
    for (const r of batch) {
      if (r.code === null && r.enhanced !== null && basicClasses.includes(r.enhanced[0])) continue;
      visit(r, batch);
    }
  };
  const take = (r: Reply): void => {
    const l = r.parts[0].line;
    if (l !== line && batch.length > 0) {
      flush();
      batch = [];
    }
    line = l;
    batch.push(r);
  };
  if (Array.isArray(replies)) for (let i = 0; i < replies.length; i++) take(replies[i]);
  else if (isVisitable(replies)) replies.forEachReply(take);
  else for (const r of replies as Iterable<Reply>) take(r);
  if (batch.length > 0) flush();
}

/** Negative replies by class, counted as the problems are (one event told twice on a line counts once). */
export function negativeCounts(replies: ReplySource): NegativeCounts {
  const counts = { transient: 0, permanent: 0 };
  forEachEvent(replies, (r) => {
    if (r.replyClass === 'transient-negative') counts.transient++;
    else if (r.replyClass === 'permanent-negative') counts.permanent++;
  });
  return counts;
}

export interface ProblemOptions {
  /** The explanation behind each message; the knowledge base by default. */
  explainer?: Explainer;
  /** Filled with the counts of negative replies on the way (saves a second pass over a large log). */
  counts?: NegativeCounts;
}

/**
 * The problems for these replies (in document order): negative replies only, severities from the
 * settings. Streams over the replies, so a generator over a large log is never held in memory at once.
 */
export function problemsFor(replies: ReplySource, settings: ValidationSettings, locale: Locale, options: ProblemOptions = {}): Problem[] {
  const explainer = options.explainer ?? explainCodes;
  const counts = options.counts;
  const text = TEXT[locale] ?? TEXT.en;
  const max = Math.max(0, Math.floor(settings.maxProblems));
  const problems: Problem[] = [];
  let notShown = 0;
  forEachEvent(replies, (reply, lineReplies) => {
    if (!isNegative(reply.replyClass)) return;
    const transient = reply.replyClass === 'transient-negative';
    if (counts) {
      if (transient) counts.transient++;
      else counts.permanent++;
    }
    const severity = transient ? settings.transientSeverity : settings.permanentSeverity;
    if (severity === 'off') return;
    if (problems.length >= max) {
      notShown++;
      return;
    }
    const e = explainer(reply, locale);
    // When the line shows which provider sent it and that provider gives the code its own meaning, the
    // problem says that meaning ("550 5.7.606 Banned sending IP (Microsoft 365 / Outlook.com)").
    const usage = providerUsageOf(reply);
    const title = usage ? providerTitle(usage, locale) : e.title;
    const reason = reasonOfReply(reply, lineReplies)?.reason ?? 'undefined';
    const why = message(locale, 'problem.reason', reasonText(reason, locale).name, reason);
    problems.push({
      ...replyRange(reply),
      severity,
      code: reply.code ?? reply.enhanced ?? '',
      reason,
      message: `${replyLabel(reply)} ${title} — ${why} — ${transient ? text.transient : text.permanent}`,
      href: usage?.references[0]?.url ?? e.references[0]?.url ?? null,
    });
  });
  if (notShown > 0) problems.push(moreProblemsNote(notShown, max, locale));
  return problems;
}

/** The note that closes a capped list: how many more problems there were than the `max` shown. */
export function moreProblemsNote(notShown: number, max: number, locale: Locale): Problem {
  return {
    line: 0,
    character: 0,
    endLine: 0,
    endCharacter: 0,
    severity: 'information',
    code: 'smtp.maxProblems',
    reason: null,
    message: (TEXT[locale] ?? TEXT.en).more(notShown, max),
    href: null,
  };
}
