// What a summary is: the result a SummaryBuilder returns and the plain-data state its parts merge through.
import type { BounceReason, ReplyClass } from '../types';

/** What happened to a message, as the log line says it (Postfix status=, Exim flags, Sendmail stat=, ...). */
export type Outcome = 'received' | 'delivered' | 'forwarded' | 'deferred' | 'bounced' | 'expired' | 'rejected';

export interface SummaryTotals {
  /** Messages taken in (Postfix smtpd client= and pickup, Exim <=, Sendmail from= lines). */
  received: number;
  /** Deliveries per recipient (status=sent, Exim =>, stat=Sent), and 2xx answers to DATA in transcripts. */
  delivered: number;
  /** Postfix status=sent lines that only forwarded the message to another queue ("forwarded as"). */
  forwarded: number;
  /** Distinct messages (queue ids) with at least one deferral; deferral lines without a queue id count one each. */
  deferred: number;
  /** Deferral events: every status=deferred, Exim == or Sendmail Deferred line. */
  deferrals: number;
  /** Permanent delivery failures (status=bounced, Exim **, Sendmail 5.x.x, bounce messages). */
  bounced: number;
  /** Messages that stayed too long in the queue and were returned (Postfix status=expired). */
  expired: number;
  /** Refusals of incoming mail (smtpd/postscreen reject:, cleanup reject, Exim rejected, Sendmail reject=). */
  rejected: number;
}

/** A group of like replies or failure reasons: the same codes and the same text once addresses, IPs and numbers are masked. */
export interface PatternRow {
  code: string | null;
  enhanced: string | null;
  /** null for a failure reason that carries no code at all ("Connection timed out"). */
  replyClass: ReplyClass | null;
  /** The reply text with addresses, IPs, numbers and ids replaced by placeholders (untrusted log text). */
  pattern: string;
  count: number;
  /** Time stamps as written in the log (first and last seen, in input order); null when the lines carry none. */
  first: string | null;
  last: string | null;
  /** The knowledge base's title for the code(s), in the summary's locale. */
  title: string | null;
  /** Where it was first seen: the file as given and the 1-based line number. */
  firstFile: string | null;
  firstLine: number;
  command: string | null;
}

export interface HostRow {
  /** A remote host name, an IP address when the name is unknown, or a recipient domain. */
  name: string;
  deferred: number;
  bounced: number;
  rejected: number;
  total: number;
}

export interface HourRow {
  /** "2026-11-28 06" or, for syslog time stamps that carry no year, "Nov 28 06"; "06" in hourOfDay. */
  hour: string;
  received: number;
  delivered: number;
  deferred: number;
  bounced: number;
  rejected: number;
}

/** A recipient address (as the log wrote it) and how many failures it had. */
export interface RecipientRow {
  address: string;
  count: number;
}

/**
 * Failures (deferrals, bounces, rejects) of one reason: why they failed (core/reasons.ts), how often, and
 * to whom. Its top lists are bounded like the host tables: past the cap new domains and recipients count
 * as "(other)".
 */
export interface ReasonRow {
  /** The reason's id: `userunknown`, `blocked`, ..., `undefined` when nothing decides it. */
  reason: BounceReason;
  /** The reason's name in the summary's locale ("Unknown recipient", "Penerima tidak dikenal"). */
  name: string;
  deferred: number;
  bounced: number;
  rejected: number;
  total: number;
  /** Recipient domains with the most failures of this reason. */
  topDomains: HostRow[];
  topRecipients: RecipientRow[];
}

/** A reason's counts as plain data, for merging parts (no names: the merging builder's locale names them). */
/** A pattern row as a part of a log counted it: `lastAt` is the number of lines read before its last line. */
export interface PatternRowState extends PatternRow {
  lastAt?: number;
}

export interface ReasonState {
  reason: BounceReason;
  deferred: number;
  bounced: number;
  rejected: number;
  total: number;
  domains: HostRow[];
  recipients: Array<[string, number]>;
}

export interface CountRow {
  key: string;
  count: number;
}

export interface Summary {
  files: string[];
  lines: number;
  /** The log's first and last time stamps (syslog, ISO 8601 or Exim), as written; null when none was read. */
  firstTime: string | null;
  lastTime: string | null;
  totals: SummaryTotals;
  /** Replies found (multi-line replies count once). */
  replies: number;
  byClass: Record<ReplyClass, number>;
  byCode: CountRow[];
  byEnhanced: CountRow[];
  /** The command a reply answered ("RCPT TO"); replies that do not say are under "unknown". */
  byCommand: CountRow[];
  topTransient: PatternRow[];
  topPermanent: PatternRow[];
  deferralDetail: PatternRow[];
  bounceDetail: PatternRow[];
  rejectDetail: PatternRow[];
  /** Remote hosts by failures: the relay for deferrals and bounces, the client for rejects. */
  hosts: HostRow[];
  /** Recipient domains by failures. */
  domains: HostRow[];
  /**
   * Failures by reason, most first: every deferral, bounce and reject the tables above count, each with one
   * reason (from its reply, else from the line's own words and dsn=), and its top domains and recipients.
   */
  byReason: ReasonRow[];
  /** Chronological, one row per clock hour that had traffic. */
  perHour: HourRow[];
  /** 24 rows, hour of day 00 to 23, summed over all days (pflogsumm's Per-Hour Traffic). */
  hourOfDay: HourRow[];
  /**
   * Events counted as "other" because a table reached its cap; zero in logs of ordinary size. When a
   * capped table is merged from parts (a large file on threads), which rows land in "(other)" can differ
   * slightly from one pass; the rows above it do not.
   */
  overflow: { patterns: number; hosts: number; hours: number };
}

/**
 * What a SummaryBuilder has counted, as plain data (structured-clone safe): one builder per part of a
 * large file can run in its own thread, and the parts merge in order into one summary.
 */
export interface SummaryState {
  files: string[];
  lines: number;
  firstTime: string | null;
  lastTime: string | null;
  totals: SummaryTotals;
  deferredIds: { table: Uint32Array; extra: number };
  replies: number;
  byClass: Record<ReplyClass, number>;
  byCode: Array<[string, number]>;
  byEnhanced: Array<[string, number]>;
  byCommand: Array<[string, number]>;
  transient: PatternRowState[];
  permanent: PatternRowState[];
  deferral: PatternRowState[];
  bounce: PatternRowState[];
  reject: PatternRowState[];
  hosts: HostRow[];
  domains: HostRow[];
  reasons: ReasonState[];
  /** The reasons' domain (0) and recipient (1) rows in the order they were made, over all reasons (see merge). */
  reasonOrder?: Array<[BounceReason, 0 | 1, string]>;
  hours: HourRow[];
  hourOfDay: HourRow[];
  overflow: Summary['overflow'];
}
