// The messages between the summary panel (extension side) and its webview script. Pure: no `vscode`, no DOM,
// so both sides compile it and check every message they receive with the same guards. The webview gets a
// view of the summary (what it shows, nothing more), built here from the server's Summary.
import type { HostRow, HourRow, PatternRow, ReasonRow, Summary } from '../../../server/src/core/summary';
import type { Locale, ReplyClass } from '../../../server/src/core/types';
import { hasFields, isCount, isListOf, isLocale, isObj, isReplyClass, messageGuard, orNull, textUpTo } from '../webviewGuards';

/** UI strings of the webview, translated by the extension (vscode.l10n) and sent in `init`. `{0}` is filled in by the webview. */
export interface SummaryUiStrings {
  heading: string;
  lines: string;
  replies: string;
  timeSpan: string;
  summarizeAgain: string;
  totals: string;
  delivered: string;
  deliveredNote: string;
  deferred: string;
  deferredNote: string;
  bounced: string;
  bouncedNote: string;
  expiredNote: string;
  rejected: string;
  rejectedNote: string;
  chartPerHour: string;
  chartPerDay: string;
  chartSummary: string;
  chartEmpty: string;
  deferrals: string;
  bounces: string;
  hour: string;
  day: string;
  topTransient: string;
  topPermanent: string;
  code: string;
  enhanced: string;
  reply: string;
  count: string;
  first: string;
  last: string;
  meaning: string;
  goToLine: string;
  noTransient: string;
  noPermanent: string;
  hosts: string;
  domains: string;
  host: string;
  domain: string;
  total: string;
  noFailures: string;
  other: string;
  overflow: string;
  loading: string;
  byReason: string;
  byReasonSummary: string;
  reason: string;
  rejects: string;
  topDomains: string;
  topRecipients: string;
  noReasons: string;
}

export const SUMMARY_STRING_KEYS: ReadonlyArray<keyof SummaryUiStrings> = [
  'heading',
  'lines',
  'replies',
  'timeSpan',
  'summarizeAgain',
  'totals',
  'delivered',
  'deliveredNote',
  'deferred',
  'deferredNote',
  'bounced',
  'bouncedNote',
  'expiredNote',
  'rejected',
  'rejectedNote',
  'chartPerHour',
  'chartPerDay',
  'chartSummary',
  'chartEmpty',
  'deferrals',
  'bounces',
  'hour',
  'day',
  'topTransient',
  'topPermanent',
  'code',
  'enhanced',
  'reply',
  'count',
  'first',
  'last',
  'meaning',
  'goToLine',
  'noTransient',
  'noPermanent',
  'hosts',
  'domains',
  'host',
  'domain',
  'total',
  'noFailures',
  'other',
  'overflow',
  'loading',
  'byReason',
  'byReasonSummary',
  'reason',
  'rejects',
  'topDomains',
  'topRecipients',
  'noReasons',
];

/** A row of a top-replies table. `line` (1-based) is where it was first seen; null when the panel cannot go there. */
export interface ReplyRowView {
  code: string | null;
  enhanced: string | null;
  replyClass: ReplyClass | null;
  pattern: string;
  count: number;
  first: string | null;
  last: string | null;
  title: string | null;
  line: number | null;
}

export type HostRowView = Pick<HostRow, 'name' | 'deferred' | 'bounced' | 'rejected' | 'total'>;

/** A name (a domain, an address; log text) and its count, in a reason's top lists. */
export interface NamedCountView {
  name: string;
  count: number;
}

/** Failures of one reason (core ReasonRow): its id, its name in the summary's language, counts, top lists. */
export interface ReasonRowView {
  reason: string;
  name: string;
  deferred: number;
  bounced: number;
  rejected: number;
  total: number;
  topDomains: NamedCountView[];
  topRecipients: NamedCountView[];
}
export type HourRowView = Pick<HourRow, 'hour' | 'deferred' | 'bounced'>;

export interface SummaryTotalsView {
  received: number;
  delivered: number;
  deferred: number;
  deferrals: number;
  bounced: number;
  expired: number;
  rejected: number;
}

/** What the panel shows of a Summary. */
export interface SummaryView {
  /** The log's name as the person knows it (a file name, an untitled editor's title). */
  source: string;
  lines: number;
  replies: number;
  firstTime: string | null;
  lastTime: string | null;
  totals: SummaryTotalsView;
  topTransient: ReplyRowView[];
  topPermanent: ReplyRowView[];
  hosts: HostRowView[];
  domains: HostRowView[];
  /** Failures by reason, most first. Absent in a view a previous version saved for a reload. */
  reasons?: ReasonRowView[];
  perHour: HourRowView[];
  /** Events counted as "(other)" because a table was full. */
  overflow: number;
}

export type ReplyTable = 'transient' | 'permanent';

/** Extension -> webview. */
export type ToWebview =
  | { type: 'init'; strings: SummaryUiStrings; locale: Locale }
  | { type: 'summary'; view: SummaryView; canRefresh: boolean; key: string | null }
  | { type: 'loading' };

/** Webview -> extension. */
export type FromWebview = { type: 'ready' } | { type: 'reveal'; table: ReplyTable; index: number } | { type: 'refresh' };

/** What the webview keeps with setState and the serializer hands back after a reload. */
export interface SummaryPanelState {
  view: SummaryView;
  /**
   * Names the log this view was made from, which the extension keeps on its side (workspaceState), so rows
   * still lead to it after a reload; null when there is none (an unsaved editor). Never a path: the webview
   * cannot choose what the extension reads.
   */
  key: string | null;
}

/** Longest key the extension hands out (a UUID is 36). */
export const MAX_KEY = 64;

/** Rows kept per top table; the server sends 10 by default. */
export const MAX_ROWS = 100;
/** Reasons there are (core/data/reasons.ts has about 30); room for more. */
export const MAX_REASONS = 64;
/** Names kept in a reason's top domains and top recipients; the server sends 5. */
export const MAX_REASON_TOP = 20;
/** Clock hours kept in a view: 400 days, the builder's own cap. */
export const MAX_HOURS = 24 * 400;
const MAX_TEXT = 4096;

const pick = (r: PatternRow, line: number | null): ReplyRowView => ({
  code: r.code,
  enhanced: r.enhanced,
  replyClass: r.replyClass,
  pattern: r.pattern,
  count: r.count,
  first: r.first,
  last: r.last,
  title: r.title,
  line,
});

/**
 * The view of a summary. `canReveal` says whether rows lead to their first line (the log is a file or an
 * open document); a row of "(other)" never does.
 */
export function summaryView(summary: Summary, source: string, canReveal: boolean): SummaryView {
  const row = (r: PatternRow) => pick(r, canReveal && r.pattern !== '(other)' && r.firstLine >= 1 ? r.firstLine : null);
  const host = (h: HostRow): HostRowView => ({ name: h.name, deferred: h.deferred, bounced: h.bounced, rejected: h.rejected, total: h.total });
  const reason = (r: ReasonRow): ReasonRowView => ({
    reason: r.reason,
    name: r.name,
    deferred: r.deferred,
    bounced: r.bounced,
    rejected: r.rejected,
    total: r.total,
    topDomains: r.topDomains.slice(0, MAX_REASON_TOP).map((d) => ({ name: d.name, count: d.total })),
    topRecipients: r.topRecipients.slice(0, MAX_REASON_TOP).map((x) => ({ name: x.address, count: x.count })),
  });
  const t = summary.totals;
  return {
    source,
    lines: summary.lines,
    replies: summary.replies,
    firstTime: summary.firstTime,
    lastTime: summary.lastTime,
    totals: { received: t.received, delivered: t.delivered, deferred: t.deferred, deferrals: t.deferrals, bounced: t.bounced, expired: t.expired, rejected: t.rejected },
    topTransient: summary.topTransient.slice(0, MAX_ROWS).map(row),
    topPermanent: summary.topPermanent.slice(0, MAX_ROWS).map(row),
    hosts: summary.hosts.slice(0, MAX_ROWS).map(host),
    domains: summary.domains.slice(0, MAX_ROWS).map(host),
    reasons: (summary.byReason ?? []).slice(0, MAX_REASONS).map(reason),
    perHour: summary.perHour.slice(0, MAX_HOURS).map((h) => ({ hour: h.hour, deferred: h.deferred, bounced: h.bounced })),
    overflow: summary.overflow.patterns + summary.overflow.hosts + summary.overflow.hours,
  };
}

const isText = textUpTo(MAX_TEXT);
const isTextOrNull = orNull(isText);

export function isReplyRow(v: unknown): v is ReplyRowView {
  return (
    isObj(v) &&
    isTextOrNull(v.code) &&
    isTextOrNull(v.enhanced) &&
    orNull(isReplyClass)(v.replyClass) &&
    isText(v.pattern) &&
    isCount(v.count) &&
    isTextOrNull(v.first) &&
    isTextOrNull(v.last) &&
    isTextOrNull(v.title) &&
    (v.line === null || (isCount(v.line) && v.line >= 1))
  );
}

export function isHostRow(v: unknown): v is HostRowView {
  return isObj(v) && isText(v.name) && isCount(v.deferred) && isCount(v.bounced) && isCount(v.rejected) && isCount(v.total);
}

export function isNamedCount(v: unknown): v is NamedCountView {
  return isObj(v) && isText(v.name) && isCount(v.count);
}

export function isReasonRow(v: unknown): v is ReasonRowView {
  return (
    isObj(v) &&
    typeof v.reason === 'string' &&
    /^[a-z]{1,32}$/.test(v.reason) &&
    isText(v.name) &&
    isCount(v.deferred) &&
    isCount(v.bounced) &&
    isCount(v.rejected) &&
    isCount(v.total) &&
    isListOf(v.topDomains, MAX_REASON_TOP, isNamedCount) &&
    isListOf(v.topRecipients, MAX_REASON_TOP, isNamedCount)
  );
}

export function isHourRow(v: unknown): v is HourRowView {
  return isObj(v) && typeof v.hour === 'string' && v.hour.length <= 32 && isCount(v.deferred) && isCount(v.bounced);
}

const TOTAL_KEYS: ReadonlyArray<keyof SummaryTotalsView> = ['received', 'delivered', 'deferred', 'deferrals', 'bounced', 'expired', 'rejected'];

/** A SummaryView checked deeply enough that rendering it cannot throw. */
export function isSummaryView(v: unknown): v is SummaryView {
  if (!isObj(v) || !isObj(v.totals)) return false;
  const totals = v.totals;
  return (
    isText(v.source) &&
    isCount(v.lines) &&
    isCount(v.replies) &&
    isTextOrNull(v.firstTime) &&
    isTextOrNull(v.lastTime) &&
    TOTAL_KEYS.every((k) => isCount(totals[k])) &&
    isListOf(v.topTransient, MAX_ROWS, isReplyRow) &&
    isListOf(v.topPermanent, MAX_ROWS, isReplyRow) &&
    isListOf(v.hosts, MAX_ROWS, isHostRow) &&
    isListOf(v.domains, MAX_ROWS, isHostRow) &&
    (v.reasons === undefined || isListOf(v.reasons, MAX_REASONS, isReasonRow)) &&
    isListOf(v.perHour, MAX_HOURS, isHourRow) &&
    isCount(v.overflow)
  );
}

export function isUiStrings(v: unknown): v is SummaryUiStrings {
  return hasFields<SummaryUiStrings>(v, SUMMARY_STRING_KEYS, isText);
}

const isKey = orNull(textUpTo(MAX_KEY));

export function isPanelState(v: unknown): v is SummaryPanelState {
  return isObj(v) && isSummaryView(v.view) && isKey(v.key);
}

/** Guards what the extension accepts from the webview: anything else is ignored. */
export const isFromWebview = messageGuard<FromWebview>({
  ready: () => true,
  refresh: () => true,
  reveal: (m) => (m.table === 'transient' || m.table === 'permanent') && isCount(m.index) && m.index < MAX_ROWS,
});

/** Guards what the webview accepts from the extension. */
export const isToWebview = messageGuard<ToWebview>({
  init: (m) => isUiStrings(m.strings) && isLocale(m.locale),
  summary: (m) => isSummaryView(m.view) && typeof m.canRefresh === 'boolean' && isKey(m.key),
  loading: () => true,
});

/** "{0} lines" with its placeholders filled in order. */
export function fill(template: string, ...args: string[]): string {
  return template.replace(/\{(\d)\}/g, (m, i: string) => args[Number(i)] ?? m);
}
