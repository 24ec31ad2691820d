// The log summary: what went wrong, how often, to whom and when. Fed line by line (text plus the
// scanner's findings for that line), so the CLI and the language server build it the same way and a
// multi-GB log needs no more memory than a small one: every table is bounded and the rest is counted
// as "other".
import type { Locale, Reply, ReplyClass, ReplyFinding } from './types';
import { replyClassOf } from './codes';
import { INITIAL_SCAN_STATE, groupReplies, sameScanState, scanLine, type ScanState } from './scanner';
import { explain } from './knowledgeBase';

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

export interface SummaryOptions {
  locale?: Locale;
  /** Rows kept in each top list of the result. */
  top?: number;
  /** Distinct patterns kept per table before the rest counts as "other". */
  maxPatterns?: number;
  /** Distinct hosts and domains kept before the rest counts as "other". */
  maxHosts?: number;
  /** Clock hours kept in perHour. */
  maxHours?: number;
  /** Title for a code pair; defaults to the knowledge base's explanation title. */
  title?: (code: string | null, enhanced: string | null) => string | null;
}

interface PatternEntry extends PatternRow {
  /** Insertion order, for stable sorting. */
  seq: number;
}

/** A time stamp read from the start of a line. */
export interface TimeStamp {
  readonly text: string;
  /** Bucket key of the clock hour ("2026-11-28 06" / "Nov 28 06"). */
  readonly hourKey: string;
  readonly hour: number;
}

const OTHER = '(other)';
/** The first line of a mail message: an mbox separator or a header field a stored message starts with. */
const MESSAGE_START = /^(?:From \S|(?:Return-Path|Received|Delivered-To|Envelope-To|Delivery-Date|Date|From|To|Subject|Message-ID|MIME-Version|Content-Type|X-[\w-]+):)/i;
const NO_FINDINGS: readonly ReplyFinding[] = [];
const MAX_PENDING_FINDINGS = 512;
const MAX_PATTERN_CHARS = 160;

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
  transient: PatternRow[];
  permanent: PatternRow[];
  deferral: PatternRow[];
  bounce: PatternRow[];
  reject: PatternRow[];
  hosts: HostRow[];
  domains: HostRow[];
  hours: HourRow[];
  hourOfDay: HourRow[];
  overflow: Summary['overflow'];
}

/**
 * Builds a Summary from a log fed line by line. Feed every line with `addLine` (the CLI and the server
 * both do): it reads the line's outcome (sent, deferred, bounced, rejected ...) and joins the findings of
 * multi-line replies itself. `add` takes one finished reply when only replies are at hand; it then counts
 * the reply but cannot know the line's outcome.
 */
export class SummaryBuilder {
  private readonly locale: Locale;
  private readonly top: number;
  private readonly maxPatterns: number;
  private readonly maxHosts: number;
  private readonly maxHours: number;
  private readonly titleOf: (code: string | null, enhanced: string | null) => string | null;
  private readonly titleCache = new Map<string, string | null>();

  private readonly files: string[] = [];
  private lines = 0;
  private lastText = '';
  private firstTime: string | null = null;
  /** The last line that had an event and a time stamp; its stamp is read once, at the end. */
  private lastStamped = '';
  /** The last time stamp of a merged part, when nothing was fed after it. */
  private mergedLastTime: string | null = null;
  private readonly totals: SummaryTotals = { received: 0, delivered: 0, forwarded: 0, deferred: 0, deferrals: 0, bounced: 0, expired: 0, rejected: 0 };
  private readonly deferredIds = new DistinctCounter();
  private replyCount = 0;
  private readonly byClass: Record<ReplyClass, number> = {
    'positive-completion': 0,
    'positive-intermediate': 0,
    'transient-negative': 0,
    'permanent-negative': 0,
  };
  private readonly byCode = new Map<string, number>();
  private readonly byEnhanced = new Map<string, number>();
  private readonly byCommand = new Map<string, number>();
  private readonly transient = new Map<string, PatternEntry>();
  private readonly permanent = new Map<string, PatternEntry>();
  private readonly deferral = new Map<string, PatternEntry>();
  private readonly bounce = new Map<string, PatternEntry>();
  private readonly reject = new Map<string, PatternEntry>();
  private readonly hosts = new Map<string, HostRow>();
  private readonly domains = new Map<string, HostRow>();
  private readonly hours = new Map<string, HourRow>();
  private readonly hourOfDay: HourRow[] = Array.from({ length: 24 }, (_, h) => emptyHour(String(h).padStart(2, '0')));
  private readonly overflow = { patterns: 0, hosts: 0, hours: 0 };
  private seq = 0;
  // The reply of a status line is patterned for the reply tables and again for the detail table.
  private memoText = '';
  private memoPattern = '';
  // ... and recorded in two tables under the same key, built (and hashed) once.
  private memoKeyOf: string | null = null;
  private memoCode: string | null = null;
  private memoEnhanced: string | null = null;
  private memoKey = '';

  private pending: ReplyFinding[] = [];
  /** Whether the current file is a mail message (a bounce, a DSN) rather than a log; read from its first line. */
  private messageMode: boolean | undefined;
  private diagnosticLine = -1;
  private scanState: ScanState = INITIAL_SCAN_STATE;
  private fileLine = 0;
  private pendingFile: string | undefined;
  private currentFile: string | undefined;

  constructor(options: SummaryOptions = {}) {
    this.locale = options.locale ?? 'en';
    this.top = options.top ?? 10;
    this.maxPatterns = options.maxPatterns ?? 10_000;
    this.maxHosts = options.maxHosts ?? 10_000;
    this.maxHours = options.maxHours ?? 24 * 400;
    this.titleOf = options.title ?? ((code, enhanced) => defaultTitle(code, enhanced, this.locale));
  }

  /**
   * One line of the log with the scanner's findings for it. `line` is the 0-based line number the
   * findings carry; `file` names the log in the report (several files can feed one summary).
   */
  addLine(text: string, line: number, findings: readonly ReplyFinding[], file?: string): void {
    if (file !== this.currentFile) this.startFile(file);
    this.addClassified(text, line, findings, file, classifyLine(text));
  }

  /**
   * One line of the log, scanned here: the builder keeps the scanner's state per file and counts lines
   * itself. Lines of a shape known to carry no reply (Postfix connect, TLS, qmgr, cleanup message-id ...)
   * are not scanned at all, which is most of a busy Postfix log.
   */
  feed(text: string, file?: string): void {
    if (file !== this.currentFile) this.startFile(file);
    const line = this.fileLine++;
    const cls = classifyLine(text);
    let findings: readonly ReplyFinding[] = NO_FINDINGS;
    if ((cls & NO_REPLY) === 0 || !sameScanState(this.scanState, INITIAL_SCAN_STATE)) {
      const r = scanLine(text, line, this.scanState);
      this.scanState = r.state;
      findings = r.findings;
    }
    this.addClassified(text, line, findings, file, cls);
  }

  private addClassified(text: string, line: number, findings: readonly ReplyFinding[], file: string | undefined, cls: number): void {
    this.lines++;
    this.lastText = text;
    if (this.messageMode === undefined) {
      if (text.trim() !== '') this.messageMode = MESSAGE_START.test(text);
    } else if (this.messageMode && (text.charCodeAt(0) === 68 || text.charCodeAt(0) === 100) && /^diagnostic-code:/i.test(text)) {
      this.diagnosticLine = line;
    }
    if (this.firstTime === null && this.lines <= 1000) {
      const first = stampOf(text);
      if (first !== null) this.firstTime = kept(first);
    }
    let replies: Reply[] | undefined;
    if (findings.length > 0) {
      if (this.pending.length === 0 && !findings[findings.length - 1].continued) replies = groupReplies(findings); // the common case: replies of this line alone
      else {
        for (let i = 0; i < findings.length; i++) this.pending.push(findings[i]);
        if (!findings[findings.length - 1].continued || this.pending.length >= MAX_PENDING_FINDINGS) replies = this.takePending();
      }
    } else if (this.pending.length > 0) {
      // A line without a reply ends any multi-line reply still open; it belongs to the lines before.
      for (const r of this.takePending()) this.countReply(r, null, file);
    }
    const outcome = OUTCOMES[cls & OUTCOME_MASK];
    if (outcome === null && replies === undefined) return;
    const stamp = stampOf(text);
    if (stamp !== null) {
      if (this.firstTime === null) this.firstTime = kept(stamp);
      this.lastStamped = text;
    }
    const primary = replies === undefined ? undefined : this.countLineReplies(replies, stamp, file, text);
    if (outcome !== null) this.countOutcome(outcome, text, line, primary, stamp, file);
    else if (primary === undefined || isKnownMtaLine(text)) return;
    else if (!this.messageMode) this.countFallback(primary, text, line, stamp, file);
    else if (primary.parts[0].line === this.diagnosticLine && isNegativeClass(primary.replyClass)) {
      // A bounce message tells each failure several times (the human part, Status:, Diagnostic-Code:);
      // the Diagnostic-Code field is the one that counts.
      this.countOutcome(primary.replyClass === 'transient-negative' ? 'deferred' : 'bounced', text, line, primary, stamp, file);
    }
  }

  /** One finished reply, when only replies are at hand (no per-line outcome). */
  add(reply: Reply, lineText: string, file?: string): void {
    const stamp = stampOf(lineText);
    this.countReply(reply, stamp, file);
  }

  /** The summary so far. Call it once the input has ended (it closes any open multi-line reply). */
  result(): Summary {
    if (this.pending.length > 0) for (const r of this.takePending()) this.countReply(r, null, this.pendingFile);
    forgetStamp();
    const hourRows = [...this.hours.values()];
    return {
      files: [...this.files],
      lines: this.lines,
      firstTime: this.firstTime,
      lastTime: this.lastTime(),
      totals: { ...this.totals, deferred: this.totals.deferred + this.deferredIds.size },
      replies: this.replyCount,
      byClass: { ...this.byClass },
      byCode: countRows(this.byCode),
      byEnhanced: countRows(this.byEnhanced),
      byCommand: countRows(this.byCommand),
      topTransient: this.topRows(this.transient),
      topPermanent: this.topRows(this.permanent),
      deferralDetail: this.topRows(this.deferral),
      bounceDetail: this.topRows(this.bounce),
      rejectDetail: this.topRows(this.reject),
      hosts: topHosts(this.hosts, this.top),
      domains: topHosts(this.domains, this.top),
      perHour: hourRows.map((r) => ({ ...r })),
      hourOfDay: this.hourOfDay.map((r) => ({ ...r })),
      overflow: { ...this.overflow },
    };
  }

  /**
   * Everything counted so far as plain data, for merging into another builder (see merge). Closes any
   * open multi-line reply, like result().
   */
  snapshot(): SummaryState {
    if (this.pending.length > 0) for (const r of this.takePending()) this.countReply(r, null, this.pendingFile);
    forgetStamp();
    const rows = (table: Map<string, PatternEntry>): PatternRow[] => [...table.values()].map(({ seq: _seq, ...row }) => row);
    return {
      files: [...this.files],
      lines: this.lines,
      firstTime: this.firstTime,
      lastTime: this.lastTime(),
      totals: { ...this.totals },
      deferredIds: this.deferredIds.export(),
      replies: this.replyCount,
      byClass: { ...this.byClass },
      byCode: [...this.byCode],
      byEnhanced: [...this.byEnhanced],
      byCommand: [...this.byCommand],
      transient: rows(this.transient),
      permanent: rows(this.permanent),
      deferral: rows(this.deferral),
      bounce: rows(this.bounce),
      reject: rows(this.reject),
      hosts: [...this.hosts.values()],
      domains: [...this.domains.values()],
      hours: [...this.hours.values()],
      hourOfDay: this.hourOfDay,
      overflow: { ...this.overflow },
    };
  }

  /**
   * Adds what another builder counted over the lines that come after everything this one has seen
   * (the next part of the same file, or a later file). `lineOffset` is the number of lines of that file
   * before the part, so first occurrences keep their true line numbers.
   */
  merge(state: SummaryState, lineOffset = 0): void {
    for (const f of state.files) if (!this.files.includes(f)) this.files.push(f);
    this.lines += state.lines;
    if (this.firstTime === null) this.firstTime = state.firstTime;
    if (state.lastTime !== null) {
      this.mergedLastTime = state.lastTime;
      this.lastText = '';
      this.lastStamped = '';
    }
    for (const k of Object.keys(this.totals) as Array<keyof SummaryTotals>) this.totals[k] += state.totals[k];
    this.deferredIds.addAll(state.deferredIds);
    this.replyCount += state.replies;
    for (const k of Object.keys(this.byClass) as ReplyClass[]) this.byClass[k] += state.byClass[k];
    for (const [map, entries] of [
      [this.byCode, state.byCode],
      [this.byEnhanced, state.byEnhanced],
      [this.byCommand, state.byCommand],
    ] as const) {
      for (const [key, n] of entries) {
        const have = map.get(key);
        if (have !== undefined) map.set(key, have + n);
        else if (map.size < this.maxPatterns || key === OTHER) map.set(key, n);
        else map.set(OTHER, (map.get(OTHER) ?? 0) + n);
      }
    }
    for (const [table, rows] of [
      [this.transient, state.transient],
      [this.permanent, state.permanent],
      [this.deferral, state.deferral],
      [this.bounce, state.bounce],
      [this.reject, state.reject],
    ] as const) {
      for (const row of rows) this.mergeRow(table, row, lineOffset);
    }
    for (const [table, rows] of [
      [this.hosts, state.hosts],
      [this.domains, state.domains],
    ] as const) {
      for (const row of rows) {
        let mine = table.get(row.name);
        if (mine === undefined) {
          if (table.size >= this.maxHosts && row.name !== OTHER) {
            this.overflow.hosts += row.total;
            mine = table.get(OTHER) ?? { name: OTHER, deferred: 0, bounced: 0, rejected: 0, total: 0 };
            table.set(OTHER, mine);
          } else {
            table.set(row.name, { ...row });
            continue;
          }
        }
        mine.deferred += row.deferred;
        mine.bounced += row.bounced;
        mine.rejected += row.rejected;
        mine.total += row.total;
      }
    }
    for (const row of state.hours) {
      const mine = this.hours.get(row.hour);
      if (mine === undefined) {
        if (this.hours.size < this.maxHours) this.hours.set(row.hour, { ...row });
        else this.overflow.hours += row.received + row.delivered + row.deferred + row.bounced + row.rejected;
        continue;
      }
      addHour(mine, row);
    }
    for (let h = 0; h < 24; h++) addHour(this.hourOfDay[h], state.hourOfDay[h]);
    this.overflow.patterns += state.overflow.patterns;
    this.overflow.hosts += state.overflow.hosts;
    this.overflow.hours += state.overflow.hours;
  }

  private mergeRow(table: Map<string, PatternEntry>, row: PatternRow, lineOffset: number): void {
    const key = row.pattern === OTHER ? OTHER : (row.code ?? '') + '|' + (row.enhanced ?? '') + '|' + row.pattern;
    let mine = table.get(key);
    if (mine === undefined && key !== OTHER && table.size >= this.maxPatterns) {
      this.overflow.patterns += row.count;
      mine = table.get(OTHER);
      if (mine === undefined) {
        mine = { ...row, code: null, enhanced: null, replyClass: null, pattern: OTHER, command: null, count: 0, firstLine: row.firstLine + lineOffset, seq: this.seq++ };
        table.set(OTHER, mine);
      }
    }
    if (mine === undefined) {
      table.set(key, { ...row, firstLine: row.firstLine + lineOffset, seq: this.seq++ });
      return;
    }
    mine.count += row.count;
    if (mine.first === null) mine.first = row.first;
    if (row.last !== null) mine.last = row.last;
  }

  private lastTime(): string | null {
    return readStamp(this.lastText)?.text ?? readStamp(this.lastStamped)?.text ?? this.mergedLastTime;
  }

  private startFile(file: string | undefined): void {
    if (this.pending.length > 0) for (const r of this.takePending()) this.countReply(r, null, this.pendingFile);
    this.currentFile = file;
    this.scanState = INITIAL_SCAN_STATE;
    this.fileLine = 0;
    this.messageMode = undefined;
    this.diagnosticLine = -1;
    if (file !== undefined && !this.files.includes(file)) this.files.push(file);
  }

  private takePending(): Reply[] {
    const findings = this.pending;
    this.pending = [];
    this.pendingFile = this.currentFile;
    return groupReplies(findings);
  }

  /**
   * Counts the replies that ended on this line and returns the one that speaks for the line. A Postfix
   * status line carries `dsn=4.2.0` and `said: 450 4.2.0 ...`: that is one event, not two, so an
   * enhanced-only reply beside a reply with a basic code is folded into it.
   */
  private countLineReplies(replies: Reply[], stamp: Stamp | null, file: string | undefined, lineText: string): Reply | undefined {
    let primary: Reply | undefined;
    let enhancedOnly: Reply | undefined;
    for (const r of replies) {
      if (r.code !== null) {
        if (primary === undefined || (isNegativeClass(r.replyClass) && !isNegativeClass(primary.replyClass))) primary = r;
      } else if (enhancedOnly === undefined) enhancedOnly = r;
    }
    if (primary === undefined) {
      for (const r of replies) this.countReply(r, stamp, file, lineText);
      return enhancedOnly;
    }
    let merged = primary;
    if (primary.enhanced === null && enhancedOnly?.enhanced && enhancedOnly.enhanced[0] === primary.code?.[0]) {
      merged = { ...primary, enhanced: enhancedOnly.enhanced };
    }
    for (const r of replies) {
      if (r.code !== null) this.countReply(r === primary ? merged : r, stamp, file, lineText);
    }
    return merged;
  }

  private countReply(reply: Reply, stamp: Stamp | null, file: string | undefined, lineText?: string): void {
    this.replyCount++;
    this.byClass[reply.replyClass]++;
    if (reply.code !== null) bump(this.byCode, reply.code, this.maxPatterns);
    if (reply.enhanced !== null) bump(this.byEnhanced, reply.enhanced, this.maxPatterns);
    bump(this.byCommand, reply.command ?? 'unknown', this.maxPatterns);
    if (reply.replyClass === 'transient-negative' || reply.replyClass === 'permanent-negative') {
      const table = reply.replyClass === 'transient-negative' ? this.transient : this.permanent;
      // "dsn=4.4.1, status=deferred (connect to ...)": the text after a bare dsn= is key=value noise.
      const text = lineText !== undefined && isStatusField(reply) ? reasonOf(lineText, 'deferred') : reply.text;
      this.record(table, reply.code, reply.enhanced, reply.replyClass, this.patternOf(text), reply.command, stamp, file, reply.parts[0].line);
    }
  }

  private countOutcome(outcome: Outcome, text: string, line: number, reply: Reply | undefined, stamp: Stamp | null, file: string | undefined): void {
    switch (outcome) {
      case 'received':
        this.totals.received++;
        break;
      case 'delivered':
        this.totals.delivered++;
        break;
      case 'forwarded':
        this.totals.forwarded++;
        break;
      case 'deferred': {
        this.totals.deferrals++;
        const id = queueIdOf(text);
        if (id === null) this.totals.deferred++;
        else this.deferredIds.add(id);
        break;
      }
      case 'bounced':
        this.totals.bounced++;
        break;
      case 'expired':
        this.totals.expired++;
        break;
      case 'rejected':
        this.totals.rejected++;
        break;
    }
    this.countHour(outcome, stamp);
    if (outcome === 'deferred' || outcome === 'bounced' || outcome === 'rejected') {
      const table = outcome === 'deferred' ? this.deferral : outcome === 'bounced' ? this.bounce : this.reject;
      if (reply !== undefined && !isStatusField(reply)) {
        this.record(table, reply.code, reply.enhanced, reply.replyClass, this.patternOf(reply.text), reply.command, stamp, file, line);
      } else {
        // No reply code: the line's own words ("Connection timed out") say why; dsn= gives the enhanced code.
        const enhanced = reply?.enhanced ?? dsnOf(text);
        this.record(table, null, enhanced, enhanced === null ? null : replyClassOf(enhanced), this.patternOf(reasonOf(text, outcome)), null, stamp, file, line);
      }
      const host = remoteHostOf(text, outcome) ?? reply?.remoteHost ?? null;
      if (host !== null) this.countHost(this.hosts, host, outcome);
      const domain = recipientDomainOf(text);
      if (domain !== null) this.countHost(this.domains, domain, outcome);
    }
  }

  /** A reply on a line of no known MTA format (transcripts, bounce messages, other servers): its class decides. */
  private countFallback(reply: Reply, text: string, line: number, stamp: Stamp | null, file: string | undefined): void {
    let outcome: Outcome | null = null;
    if (reply.replyClass === 'transient-negative') outcome = 'deferred';
    else if (reply.replyClass === 'permanent-negative') {
      // "Status: 5.1.1" repeats what the Diagnostic-Code line of the same bounce says.
      if (reply.code === null && /^\s*status:/i.test(text)) return;
      outcome = isBounceReport(text) ? 'bounced' : 'rejected';
    } else if (reply.replyClass === 'positive-completion' && reply.code === '250' && reply.command !== null && /DATA|\./i.test(reply.command)) {
      outcome = 'delivered';
    }
    if (outcome !== null) this.countOutcome(outcome, text, line, reply, stamp, file);
  }

  private patternOf(text: string): string {
    if (text !== this.memoText) {
      this.memoText = text;
      this.memoPattern = replyPattern(text);
    }
    return this.memoPattern;
  }

  private record(
    table: Map<string, PatternEntry>,
    code: string | null,
    enhanced: string | null,
    replyClass: ReplyClass | null,
    pattern: string,
    command: string | null,
    stamp: Stamp | null,
    file: string | undefined,
    line: number,
  ): void {
    let key: string;
    if (pattern === this.memoKeyOf && code === this.memoCode && enhanced === this.memoEnhanced) key = this.memoKey;
    else {
      key = (code ?? '') + '|' + (enhanced ?? '') + '|' + pattern;
      this.memoKeyOf = pattern;
      this.memoCode = code;
      this.memoEnhanced = enhanced;
      this.memoKey = key;
    }
    let entry = table.get(key);
    if (entry === undefined) {
      if (table.size >= this.maxPatterns) {
        this.overflow.patterns++;
        key = OTHER;
        entry = table.get(OTHER);
        code = null;
        enhanced = null;
        replyClass = null;
        pattern = OTHER;
        command = null;
      }
      if (entry === undefined) {
        entry = {
          code,
          enhanced,
          replyClass,
          pattern: own(pattern),
          count: 0,
          first: stamp === null ? null : kept(stamp),
          last: null,
          title: null,
          firstFile: file ?? null,
          firstLine: line + 1,
          command,
          seq: this.seq++,
        };
        table.set(key, entry);
      }
    }
    entry.count++;
    if (stamp !== null) {
      const text = kept(stamp);
      if (entry.first === null) entry.first = text;
      entry.last = text;
    }
  }

  private countHost(table: Map<string, HostRow>, name: string, outcome: 'deferred' | 'bounced' | 'rejected'): void {
    let row = table.get(name);
    if (row === undefined) {
      if (table.size >= this.maxHosts) {
        this.overflow.hosts++;
        name = OTHER;
        row = table.get(OTHER);
      }
      if (row === undefined) {
        name = own(name);
        row = { name, deferred: 0, bounced: 0, rejected: 0, total: 0 };
        table.set(name, row);
      }
    }
    row[outcome]++;
    row.total++;
  }

  private countHour(outcome: Outcome, stamp: Stamp | null): void {
    // pflogsumm's hourly table has no forwarded or expired column
    if (stamp === null || outcome === 'forwarded' || outcome === 'expired') return;
    const field = outcome;
    this.hourOfDay[stamp.hour][field]++;
    let row = this.hours.get(stamp.hourKey);
    if (row === undefined) {
      if (this.hours.size >= this.maxHours) {
        this.overflow.hours++;
        return;
      }
      row = emptyHour(stamp.hourKey);
      this.hours.set(stamp.hourKey, row);
    }
    row[field]++;
  }

  private topRows(table: Map<string, PatternEntry>): PatternRow[] {
    const rows = [...table.values()].sort((a, b) => b.count - a.count || a.seq - b.seq).slice(0, this.top);
    return rows.map(({ seq: _seq, ...row }) => ({ ...row, title: row.pattern === OTHER ? null : this.cachedTitle(row.code, row.enhanced) }));
  }

  private cachedTitle(code: string | null, enhanced: string | null): string | null {
    if (code === null && enhanced === null) return null;
    const key = (code ?? '') + ' ' + (enhanced ?? '');
    let title = this.titleCache.get(key);
    if (title === undefined) {
      title = this.titleOf(code, enhanced);
      this.titleCache.set(key, title);
    }
    return title;
  }
}

/**
 * A copy of s that does not keep the text it was cut from alive. V8 represents a substring of 13 or more
 * characters as a view into its parent: a host name kept from a line would otherwise pin the whole
 * megabyte chunk that line was decoded from, and a long log would pin many.
 */
function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

function defaultTitle(code: string | null, enhanced: string | null, locale: Locale): string | null {
  try {
    return explain({ code, enhanced }, locale).title;
  } catch {
    return null;
  }
}

/**
 * A code in a delivery-status field ("dsn=4.4.1", "Status: 5.1.1") rather than in a server's reply: the
 * text after it is empty or key=value noise (", status=deferred (...)"), so the line's reason says more.
 */
function isStatusField(reply: Reply): boolean {
  if (reply.code !== null) return false;
  if (reply.parts[0].statusField) return true;
  const t = reply.text.trimStart();
  return t === '' || t.charCodeAt(0) === 44 || t.charCodeAt(0) === 59;
}

function addHour(into: HourRow, from: HourRow): void {
  into.received += from.received;
  into.delivered += from.delivered;
  into.deferred += from.deferred;
  into.bounced += from.bounced;
  into.rejected += from.rejected;
}

function emptyHour(hour: string): HourRow {
  return { hour, received: 0, delivered: 0, deferred: 0, bounced: 0, rejected: 0 };
}

function isNegativeClass(cls: ReplyClass): boolean {
  return cls === 'transient-negative' || cls === 'permanent-negative';
}

function bump(map: Map<string, number>, key: string, cap: number): void {
  const n = map.get(key);
  if (n !== undefined) map.set(key, n + 1);
  else if (map.size < cap) map.set(key, 1);
  else map.set(OTHER, (map.get(OTHER) ?? 0) + 1);
}

function countRows(map: Map<string, number>): CountRow[] {
  return [...map].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function hostOrder(a: HostRow, b: HostRow): number {
  return b.total - a.total || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/** The `top` rows by failures: a bounded selection, not a sort of every host in a big log. */
function topHosts(map: Map<string, HostRow>, top: number): HostRow[] {
  const best: HostRow[] = [];
  for (const row of map.values()) {
    if (best.length === top && hostOrder(row, best[top - 1]) >= 0) continue;
    let i = best.length;
    while (i > 0 && hostOrder(row, best[i - 1]) < 0) i--;
    best.splice(i, 0, row);
    if (best.length > top) best.pop();
  }
  return best.map((r) => ({ ...r }));
}

// ---------------------------------------------------------------------------------------------
// Reading a line. Everything below runs on every line of a multi-GB log: plain indexOf and char
// codes, no regular expression on the hot path.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function isMonth(text: string): boolean {
  for (const m of MONTHS) if (text.startsWith(m)) return true;
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isStampChar(c: number): boolean {
  return isDigit(c) || c === 46 || c === 58 || c === 43 || c === 45 || c === 90; // . : + - Z
}

/**
 * The line's time stamp: syslog "Nov 28 06:25:01", ISO 8601 "2026-11-28T06:25:01.123+00:00" (with
 * the fraction and zone kept as written), Exim "2026-11-28 06:25:01". null when the line starts otherwise.
 */
export function readStamp(text: string): TimeStamp | null {
  const stamp = parseStamp(text);
  return stamp === null ? null : { text: kept(stamp), hourKey: stamp.hourKey, hour: stamp.hour };
}

/**
 * A time stamp as the builder reads it: `text` may be a view into the line (and so into the chunk of
 * text the line was cut from); keptText is its own copy, made the first time a table keeps the stamp.
 * Most stamps are only counted in an hour and never kept.
 */
interface Stamp extends TimeStamp {
  keptText: string | null;
}

/** The stamp's text as a string of its own: keeping it pins no log text. */
function kept(stamp: Stamp): string {
  if (stamp.keptText === null) stamp.keptText = own(stamp.text);
  return stamp.keptText;
}

function stampOf(text: string): Stamp | null {
  // Busy logs write many lines per second: the same stamp as the line before is answered from a cache,
  // which also hands out the same (once copied) strings.
  const prev = lastStamp;
  if (prev !== null && text.startsWith(prev.text) && !isStampChar(text.charCodeAt(prev.text.length))) return prev;
  const stamp = parseStamp(text);
  if (stamp !== null) lastStamp = stamp;
  return stamp;
}

/** The stamp of the last line read; its text is a view into that line, so a finished summary lets it go (forgetStamp). */
let lastStamp: Stamp | null = null;

function forgetStamp(): void {
  lastStamp = null;
}

function parseStamp(text: string): Stamp | null {
  if (text.length < 15) return null;
  const c0 = text.charCodeAt(0);
  if (isDigit(c0)) {
    // 2026-11-28T06:25:01 or 2026-11-28 06:25:01
    if (text.length < 19 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58) return null;
    const sep = text.charCodeAt(10);
    if (sep !== 84 && sep !== 32) return null;
    const hour = (text.charCodeAt(11) - 48) * 10 + (text.charCodeAt(12) - 48);
    if (!(hour >= 0 && hour < 24)) return null;
    let end = 19;
    if (sep === 84) {
      // fraction and zone belong to an ISO stamp: ".123", "Z", "+00:00" (a CSV comma or a space ends it)
      while (end < text.length && isStampChar(text.charCodeAt(end))) end++;
    }
    const hourKey = text.slice(0, 10) + ' ' + text.slice(11, 13);
    return { text: text.slice(0, end), keptText: null, hourKey: lastStamp?.hourKey === hourKey ? lastStamp.hourKey : own(hourKey), hour };
  }
  // Nov 28 06:25:01 (day padded with a space or a zero)
  if (text.charCodeAt(3) !== 32 || text.charCodeAt(6) !== 32 || text.charCodeAt(9) !== 58 || text.charCodeAt(12) !== 58) return null;
  const prev = lastStamp;
  if (prev !== null && prev.hourKey.length === 9 && text.startsWith(prev.hourKey)) {
    // the clock hour of the stamp before: month, day and hour were checked then
    return { text: text.slice(0, 15), keptText: null, hourKey: prev.hourKey, hour: prev.hour };
  }
  if (!isMonth(text)) return null;
  const hour = (text.charCodeAt(7) - 48) * 10 + (text.charCodeAt(8) - 48);
  if (!(hour >= 0 && hour < 24)) return null;
  return { text: text.slice(0, 15), keptText: null, hourKey: own(text.slice(0, 9)), hour };
}

/** What the line says happened to a message, or null when it says nothing about an outcome. */
export function lineOutcome(text: string): Outcome | null {
  return OUTCOMES[classifyLine(text) & OUTCOME_MASK];
}

/**
 * True when the line has a shape known to carry no SMTP reply (a Postfix connect, TLS, cleanup
 * message-id or qmgr line, ...), so a summary need not scan it. Anything unknown is scanned.
 */
export function lineNeedsScan(text: string): boolean {
  return (classifyLine(text) & NO_REPLY) === 0;
}

// classifyLine packs the outcome (an index into OUTCOMES) and the NO_REPLY flag into one small integer,
// so the per-line work allocates nothing.
const OUTCOMES: ReadonlyArray<Outcome | null> = [null, 'received', 'delivered', 'forwarded', 'deferred', 'bounced', 'expired', 'rejected'];
const O_RECEIVED = 1;
const O_DELIVERED = 2;
const O_FORWARDED = 3;
const O_DEFERRED = 4;
const O_BOUNCED = 5;
const O_EXPIRED = 6;
const O_REJECTED = 7;
const OUTCOME_MASK = 7;
const NO_REPLY = 8;

function classifyLine(text: string): number {
  // Syslog lines name their program: look only for what that program logs. A Postfix smtpd line is never
  // a delivery and a qmgr line never a reject, and most lines (connect, TLS, cleanup, anvil) carry none.
  const prog = programStart(text);
  if (prog >= 0) {
    if (text.startsWith('postfix', prog)) return classifyPostfix(text, prog);
    if (text.startsWith('sm-mta', prog) || text.startsWith('sendmail', prog)) return sendmailOutcome(text, prog);
    return anyOutcome(text);
  }
  if (isEximLine(text)) return eximFlag(text);
  return anyOutcome(text);
}

/** "postfix/smtp[123]: 4F2D1A1B2C: to=<...>": the daemon name and the message after the queue id decide. */
function classifyPostfix(text: string, prog: number): number {
  // The daemon name ends at "[pid]: " (or ": " without a pid) and follows the last "/"
  // ("postfix/submission/smtpd"). Single-character searches only: they are the fast ones.
  const space = text.indexOf(' ', prog);
  if (space < 0 || space - prog > 80) return 0;
  let end = text.indexOf('[', prog);
  let msg: number;
  if (end >= 0 && end < space) {
    const close = text.indexOf(']', end);
    if (close < 0 || close + 2 !== space || text.charCodeAt(close + 1) !== 58) return 0;
    msg = space + 1;
  } else {
    end = space - 1;
    if (text.charCodeAt(end) !== 58) return 0;
    msg = space + 1;
  }
  let slash = text.indexOf('/', prog + 7);
  if (slash < 0 || slash >= end) return 0;
  for (let next = text.indexOf('/', slash + 1); next >= 0 && next < end; next = text.indexOf('/', slash + 1)) slash = next;
  // A queue id ("4F2D1A1B2C: ", "3cBxXq2v0Sz1jkN: ", "NOQUEUE: ") or none ("connect from ..."): a word
  // of at most 20 characters before ": " (the first space of the message is the one after it).
  const q = text.indexOf(' ', msg) - 1;
  const body = q > msg && q - msg <= 20 && text.charCodeAt(q) === 58 ? q + 2 : -1;
  const name = slash + 1;
  const nameLen = end - name;
  switch (text.charCodeAt(name)) {
    case 115: // s
      if (nameLen === 4 && text.startsWith('smtp', name)) return deliveryAgent(text, msg, body);
      if (nameLen === 5 && text.startsWith('smtpd', name)) return smtpd(text, msg, body);
      if (text.startsWith('scache', name)) return NO_REPLY;
      return 0;
    case 108: // l
      if ((nameLen === 4 && text.startsWith('lmtp', name)) || (nameLen === 5 && text.startsWith('local', name))) return deliveryAgent(text, msg, body);
      return 0;
    case 112: // p
      if (nameLen === 10 && text.startsWith('postscreen', name)) return smtpd(text, msg, body);
      if (nameLen === 6 && text.startsWith('pickup', name)) return body >= 0 && (text.startsWith('uid=', body) || text.startsWith('sender=', body)) ? O_RECEIVED | NO_REPLY : NO_REPLY;
      if (nameLen === 4 && text.startsWith('pipe', name)) return deliveryAgent(text, msg, body);
      if (text.startsWith('postfix-script', name) || text.startsWith('postsuper', name) || text.startsWith('postlog', name)) return NO_REPLY;
      return 0;
    case 113: // q
    case 110: // n
    case 111: // o
      // qmgr: "from=<>, status=expired, returned to sender"
      if (text.startsWith('qmgr', name + nameLen - 4) && nameLen <= 5) return (body >= 0 ? postfixStatus(text, body) : 0) | NO_REPLY;
      return 0;
    case 99: // c
      if (nameLen === 7 && text.startsWith('cleanup', name)) {
        if (body < 0) return 0;
        if (text.startsWith('message-id=', body) || text.startsWith('resent-message-id=', body)) return NO_REPLY;
        if (text.startsWith('reject: ', body) || text.startsWith('milter-reject: ', body)) return O_REJECTED;
      }
      return 0;
    case 118: // v
      return nameLen === 7 && text.startsWith('virtual', name) ? deliveryAgent(text, msg, body) : 0;
    case 101: // e
      return nameLen === 5 && text.startsWith('error', name) ? deliveryAgent(text, msg, body) : 0;
    case 114: // r
      return nameLen === 5 && text.startsWith('retry', name) ? deliveryAgent(text, msg, body) : 0;
    case 100: // d
      if (nameLen === 7 && text.startsWith('discard', name)) return deliveryAgent(text, msg, body);
      if (text.startsWith('dnsblog', name)) return NO_REPLY;
      return 0;
    case 97: // a
      return text.startsWith('anvil', name) ? NO_REPLY : 0;
    case 98: // b
      return text.startsWith('bounce', name) ? NO_REPLY : 0;
    case 116: // t
      return text.startsWith('tlsmgr', name) ? NO_REPLY : 0;
    case 109: // m
      return text.startsWith('master', name) ? NO_REPLY : 0;
    default:
      return 0;
  }
}


/** smtp, lmtp, local, virtual, pipe, error, retry, discard: "to=<...>, ..., status=sent (...)". */
function deliveryAgent(text: string, msg: number, body: number): number {
  if (body >= 0) return text.startsWith('to=', body) ? postfixStatus(text, body) : 0;
  if (text.startsWith('connect to ', msg)) return NO_REPLY;
  return isTlsEstablished(text, msg) ? NO_REPLY : 0;
}

/** smtpd and postscreen: "client=" arrivals, "reject:" refusals, and the noise of every connection. */
function smtpd(text: string, msg: number, body: number): number {
  if (body >= 0) {
    if (text.startsWith('client=', body)) return O_RECEIVED | NO_REPLY;
    if (text.startsWith('reject: ', body)) return O_REJECTED;
    return 0;
  }
  switch (text.charCodeAt(msg)) {
    case 99: // c
      return text.startsWith('connect from ', msg) || text.startsWith('cache ', msg) ? NO_REPLY : 0;
    case 100: // d
      return text.startsWith('disconnect from ', msg) ? NO_REPLY : 0;
    case 67: // C
      return text.startsWith('CONNECT from ', msg) || text.startsWith('COMMAND ', msg) ? NO_REPLY : 0;
    case 80: // P
      return text.startsWith('PASS ', msg) || text.startsWith('PREGREET ', msg) ? NO_REPLY : 0;
    case 68: // D
      return text.startsWith('DNSBL rank ', msg) || text.startsWith('DISCONNECT ', msg) ? NO_REPLY : 0;
    case 72: // H
      return text.startsWith('HANGUP ', msg) ? NO_REPLY : 0;
    case 108: // l
      return text.startsWith('lost connection after ', msg) ? NO_REPLY : 0;
    case 116: // t
      return text.startsWith('timeout after ', msg) ? NO_REPLY : 0;
    case 87: // W
    case 65: // A ("Anonymous TLS connection established from ...")
      return text.startsWith('WHITELISTED ', msg) || text.startsWith('ALLOWLISTED ', msg) || isTlsEstablished(text, msg) ? NO_REPLY : 0;
    case 78: // N
      return text.startsWith('NON-SMTP COMMAND ', msg) ? NO_REPLY : 0;
    case 66: // B
      return text.startsWith('BARE NEWLINE ', msg) ? NO_REPLY : 0;
    default:
      return isTlsEstablished(text, msg) ? NO_REPLY : 0;
  }
}

/** "Anonymous TLS connection established from ...", "Trusted TLS connection established to ...". */
function isTlsEstablished(text: string, msg: number): boolean {
  const sp = text.indexOf(' ', msg);
  return sp > 0 && sp - msg < 12 && text.startsWith(' TLS connection established', sp);
}

/** Where the program name starts on a syslog line ("Nov 28 06:25:01 host postfix/smtp[1]: ..."), else -1. */
function programStart(text: string): number {
  let p: number;
  if (text.charCodeAt(3) === 32 && text.charCodeAt(6) === 32 && text.charCodeAt(9) === 58 && text.charCodeAt(15) === 32) p = 16;
  else if (isDigit(text.charCodeAt(0)) && text.charCodeAt(4) === 45 && text.charCodeAt(10) === 84) {
    p = text.indexOf(' ', 19) + 1;
    if (p === 0) return -1;
  } else return -1;
  const host = text.indexOf(' ', p);
  return host < 0 || host - p > 255 ? -1 : host + 1;
}

function postfixStatus(text: string, from: number): number {
  const i = text.indexOf(' status=', from);
  if (i < 0) return 0;
  const s = i + 8;
  if (text.startsWith('sent', s)) return text.includes('forwarded as ', s) ? O_FORWARDED : O_DELIVERED;
  if (text.startsWith('deferred', s)) return O_DEFERRED;
  if (text.startsWith('bounced', s)) return O_BOUNCED;
  if (text.startsWith('expired', s)) return O_EXPIRED;
  return 0;
}

function postfixReject(text: string, from: number): number {
  return text.includes(': reject: ', from) || text.includes(': milter-reject: ', from) ? O_REJECTED : 0;
}

function sendmailOutcome(text: string, from: number): number {
  const i = text.indexOf(' stat=', from);
  if (i >= 0) {
    const s = i + 6;
    if (text.startsWith('Sent', s)) return O_DELIVERED;
    if (text.startsWith('Deferred', s)) return O_DEFERRED;
    const d = text.indexOf('dsn=', from);
    if (d >= 0) {
      const c = text.charCodeAt(d + 4);
      if (c === 53) return O_BOUNCED;
      if (c === 52) return O_DEFERRED;
      if (c === 50) return O_DELIVERED;
    }
    return 0;
  }
  if (text.includes(', reject=', from)) return O_REJECTED;
  if (text.includes(', nrcpts=', from) && text.includes('from=', from)) return O_RECEIVED;
  return 0;
}

/** Lines of unknown layout: every marker is tried. */
function anyOutcome(text: string): number {
  const status = postfixStatus(text, 0);
  if (status !== 0) return status;
  if (text.includes('reject: ')) {
    const reject = postfixReject(text, 0);
    if (reject !== 0) return reject;
  }
  const sendmail = sendmailOutcome(text, 0);
  if (sendmail !== 0) return sendmail;
  // OpenSMTPD: result="Ok" / "TempFail" / "PermFail".
  const i = text.indexOf(' result="');
  if (i >= 0) {
    const s = i + 9;
    if (text.startsWith('Ok"', s)) return O_DELIVERED;
    if (text.startsWith('TempFail"', s)) return O_DEFERRED;
    if (text.startsWith('PermFail"', s)) return O_BOUNCED;
  }
  if (text.includes(': client=')) return O_RECEIVED;
  return 0;
}

/**
 * Exim main log: "<time> [pid] <message id> <flag> ...", the flag saying what happened to the address:
 * <= arrival, => and -> delivery, == deferral, ** failure; and "rejected RCPT|MAIL|after DATA ..." lines.
 */
function eximFlag(text: string): number {
  if (text.length < 24) return 0;
  let p = 19;
  // fraction of a second and zone, as written with log_timezone or millisecond logging
  while (p < text.length && text.charCodeAt(p) !== 32) p++;
  p++;
  if (text.charCodeAt(p) === 91) {
    // [pid]
    const close = text.indexOf('] ', p);
    if (close < 0 || close - p > 12) return 0;
    p = close + 2;
  }
  const idEnd = text.indexOf(' ', p);
  if (idEnd < 0) return 0;
  // message ids: 1rAbCd-0001Xy-2Z (16 chars) or the 4.97 form 1rAbCd-000000005vi-0000 (23 chars)
  const idLen = idEnd - p;
  if ((idLen === 16 || idLen === 23) && text.charCodeAt(p + 6) === 45 && text.charCodeAt(idEnd + 3) === 32) {
    const a = text.charCodeAt(idEnd + 1);
    const b = text.charCodeAt(idEnd + 2);
    if (b === 62 && (a === 61 || a === 45 || a === 42)) return O_DELIVERED; // => -> *>
    if (a === 61 && b === 61) return O_DEFERRED; // ==
    if (a === 42 && b === 42) return O_BOUNCED; // **
    if (a === 60 && b === 61) return O_RECEIVED; // <=
    return 0;
  }
  const r = text.indexOf(' rejected ', p);
  if (r >= 0) {
    const w = r + 10;
    if (text.startsWith('RCPT', w) || text.startsWith('MAIL', w) || text.startsWith('after', w) || text.startsWith('EHLO', w) || text.startsWith('HELO', w) || text.startsWith('connection', w) || text.startsWith('(', w)) return O_REJECTED;
  }
  return 0;
}

/** Lines of formats whose outcomes are read from their own status words, so a bare reply is no outcome. */
function isKnownMtaLine(text: string): boolean {
  return isEximLine(text) || text.includes('postfix/') || text.includes('postfix[') || text.includes('sendmail[') || text.includes('sm-mta[');
}

/** "2026-11-28 06:25:01 ...": the Exim main log's time stamp. */
function isEximLine(text: string): boolean {
  return isDigit(text.charCodeAt(0)) && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 32 && text.charCodeAt(13) === 58;
}

function isBounceReport(text: string): boolean {
  const t = text.trimStart();
  return /^(?:diagnostic-code|x-postfix-sender|remote server returned|#[45]\d\d )/i.test(t) || t.startsWith('Remote Server returned');
}

/** The queue id / Exim message id that a deferral belongs to, for counting deferred messages once. */
function queueIdOf(text: string): string | null {
  // Postfix / Sendmail: "... smtp[1234]: 4F2D1A1B2C: to=<...>" or "... sm-mta[1234]: 3AS1a2b3c4d5: to=..."
  let i = text.indexOf(': to=');
  if (i > 0) {
    const start = text.lastIndexOf(' ', i - 1) + 1;
    if (i - start >= 5 && i - start <= 20) return text.slice(start, i);
  }
  i = text.indexOf(' == ');
  if (i > 0) {
    const start = text.lastIndexOf(' ', i - 1) + 1;
    if (i - start >= 16) return text.slice(start, i);
  }
  return null;
}

/** Postfix "dsn=4.4.1," on a status line without a reply code. */
function dsnOf(text: string): string | null {
  const i = text.indexOf('dsn=');
  if (i < 0) return null;
  let end = i + 4;
  while (end < text.length && (isDigit(text.charCodeAt(end)) || text.charCodeAt(end) === 46)) end++;
  const dsn = text.slice(i + 4, end);
  return /^[245]\.\d{1,3}\.\d{1,3}$/.test(dsn) ? dsn : null;
}

/** The reason a line gives for a failure, when no reply code on it says more; codes in front are dropped (they have their own columns). */
function reasonOf(text: string, outcome: Outcome): string {
  const r = rawReasonOf(text, outcome);
  let i = 0;
  for (;;) {
    let j = i;
    while (j < r.length && (isDigit(r.charCodeAt(j)) || r.charCodeAt(j) === 46)) j++;
    if (j === i || j - i > 9 || r.charCodeAt(j) !== 32 || !isDigit(r.charCodeAt(i))) break;
    i = j + 1;
  }
  return i > 0 ? r.slice(i) : r;
}

function rawReasonOf(text: string, outcome: Outcome): string {
  // Postfix "status=deferred (connect to ...: Connection timed out)"
  const status = text.indexOf(' status=');
  if (status >= 0) {
    const open = text.indexOf(' (', status);
    if (open >= 0) {
      const close = text.lastIndexOf(')');
      return text.slice(open + 2, close > open ? close : text.length);
    }
  }
  // Sendmail "stat=Deferred: Connection refused by ...", "stat=User unknown"
  const stat = text.indexOf(' stat=');
  if (stat >= 0) {
    const s = stat + 6;
    return text.slice(text.startsWith('Deferred: ', s) ? s + 10 : s);
  }
  if (outcome === 'rejected') {
    // Postfix "reject: RCPT from host[1.2.3.4]:port: <reason>", Exim "rejected RCPT <a@b>: <reason>"
    let i = text.indexOf('reject: ');
    if (i >= 0) {
      const j = text.indexOf(']: ', i);
      if (j >= 0) return text.slice(j + 3);
      const k = text.indexOf(': ', i + 8);
      return k >= 0 ? text.slice(k + 2) : text.slice(i + 8);
    }
    i = text.indexOf(' rejected ');
    if (i >= 0) {
      const j = text.indexOf(': ', i);
      return j >= 0 ? text.slice(j + 2) : text.slice(i + 1);
    }
    i = text.indexOf(', reject=');
    if (i >= 0) return text.slice(i + 9);
  }
  const smtp = text.indexOf(': SMTP error from remote mail server after ');
  if (smtp >= 0) return text.slice(smtp + 2);
  for (const marker of [' : ', ']: ']) {
    const i = text.indexOf(marker, 20);
    if (i >= 0) return text.slice(i + marker.length);
  }
  return text.length > 20 ? text.slice(20) : text;
}

/** The remote host of a failure: the relay for deliveries, the client for rejects. */
function remoteHostOf(text: string, outcome: Outcome): string | null {
  if (outcome === 'rejected') {
    // Postfix "reject: RCPT from host[1.2.3.4]:port: ..."; Sendmail "relay=host [1.2.3.4]"; Exim "H=(helo) [1.2.3.4]"
    let i = text.indexOf(' from ');
    if (i >= 0 && text.includes('reject: ')) return hostAt(text, i + 6);
    i = text.indexOf('relay=');
    if (i >= 0) return hostAt(text, i + 6);
    i = text.indexOf(' H=');
    if (i >= 0) return hostAt(text, i + 3);
    return null;
  }
  let i = text.indexOf(' relay=');
  if (i >= 0) {
    const h = hostAt(text, i + 7);
    if (h !== 'none') return h;
    // relay=none: "connect to mx.example.com[1.2.3.4]:25: Connection timed out"
    const c = text.indexOf('connect to ', i);
    return c >= 0 ? hostAt(text, c + 11) : null;
  }
  i = text.indexOf(' H=');
  if (i >= 0) return hostAt(text, i + 3);
  return null;
}

/** "mx.example.com[1.2.3.4]:25" -> "mx.example.com"; "unknown[1.2.3.4]" and "(helo) [1.2.3.4]" -> "1.2.3.4". */
function hostAt(text: string, start: number): string | null {
  let end = start;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 91 || c === 32 || c === 44 || c === 59) break; // [ space , ;
    end++;
  }
  let name = text.slice(start, end);
  if (name.endsWith('.')) name = name.slice(0, -1);
  const open = text.charCodeAt(end) === 91 ? end : text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 91 ? end + 1 : -1;
  if (name === '' || name === 'unknown' || name.startsWith('(')) {
    if (open < 0) return name === '' ? null : name;
    const close = text.indexOf(']', open);
    if (close < 0 || close - open > 48) return null;
    return text.slice(open + 1, close);
  }
  return name.toLowerCase();
}

/** The recipient's domain: Postfix/Sendmail "to=<user@domain>", Exim "== user@domain ...". */
function recipientDomainOf(text: string): string | null {
  let i = text.indexOf('to=<');
  let end: number;
  if (i >= 0) {
    i += 4;
    end = text.indexOf('>', i);
  } else {
    i = text.indexOf(' == ');
    if (i < 0) i = text.indexOf(' ** ');
    if (i < 0) return null;
    i += 4;
    end = text.indexOf(' ', i);
    if (end < 0) end = text.length;
    if (text.charCodeAt(end - 1) === 58) end--; // "user@domain:"
  }
  if (end < 0 || end - i > 320) return null;
  const at = text.lastIndexOf('@', end);
  if (at < i) return null;
  const domain = text.slice(at + 1, end).toLowerCase();
  return domain === '' ? null : domain;
}

// ---------------------------------------------------------------------------------------------
// Reply text patterns: masking what varies between otherwise equal replies.

/**
 * The reply text with what varies masked: addresses become <ADDRESS>, IP addresses IP, numbers N,
 * long ids ID. Trailing Postfix context ("(in reply to RCPT TO command)", "; from=<...> to=<...>") is cut.
 */
export function replyPattern(text: string): string {
  let end = Math.min(text.length, 4 * MAX_PATTERN_CHARS);
  let cut = text.indexOf('; from=<');
  if (cut >= 0 && cut < end) end = cut;
  cut = text.indexOf(' (in reply to ');
  if (cut >= 0 && cut < end) end = cut;
  const out: string[] = [];
  let length = 0;
  let i = 0;
  while (i < end && length <= MAX_PATTERN_CHARS) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    // One word; most are plain (no digit, no "@", no "<"), kept as they are without further looks.
    let j = i;
    let plain = text.charCodeAt(i) !== 60;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (isSpace(c)) break;
      if ((c >= 48 && c <= 57) || c === 64) plain = false;
      j++;
    }
    let m = text.slice(i, j);
    if (!plain) {
      // "... go to 550 5.1.1 https://..." inside a wrapped multi-line reply is line noise, not text.
      if (j - i === 3 && BASIC_WORD.test(m)) {
        let k = j;
        while (k < end && isSpace(text.charCodeAt(k))) k++;
        let l = k;
        while (l < end && !isSpace(text.charCodeAt(l))) l++;
        if (l > k && text.charCodeAt(k) === text.charCodeAt(i) && ENHANCED_WORD.test(text.slice(k, l))) {
          i = l;
          continue;
        }
      }
      m = maskWord(m);
    }
    i = j;
    if (m === '') continue;
    if (out.length > 0 && m === out[out.length - 1] && (m === 'N' || m === 'ID')) continue;
    out.push(m);
    length += m.length + 1;
  }
  let p = out.join(' ');
  // An unbalanced ")" left over from "status=deferred (... said: 450 ...)".
  while (p.endsWith(')') && count(p, '(') < count(p, ')')) p = p.slice(0, -1);
  if (p.length > MAX_PATTERN_CHARS) p = p.slice(0, MAX_PATTERN_CHARS - 1) + '…';
  return p;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

const BASIC_WORD = /^[2-5]\d\d$/;
const ENHANCED_WORD = /^[245]\.\d{1,3}\.\d{1,3}$/;
const LEADING = '<([{"\'';
const TRAILING = '>)]}"\',;:.!?';

function maskWord(word: string): string {
  let a = 0;
  let b = word.length;
  while (a < b && LEADING.includes(word[a])) a++;
  while (b > a && TRAILING.includes(word[b - 1])) b--;
  // "host[1.2.3.4]": the closing bracket belongs to the host, not to the sentence.
  if (b < word.length && word.charCodeAt(b) === 93 && word.lastIndexOf('[', b) >= a) b++;
  const core = word.slice(a, b);
  if (core === '') return word;
  let masked = maskCore(core);
  // "<mail.example.com>": a HELO name or similar in angle brackets, specific to one client.
  if (masked === core && a > 0 && word.charCodeAt(a - 1) === 60 && core.includes('.') && !core.includes(' ')) masked = 'HOST';
  if (masked === core) return word;
  return masked === '' ? '' : word.slice(0, a) + masked + word.slice(b);
}

function maskCore(core: string): string {
  if (core.includes('@')) return 'ADDRESS';
  let digits = 0;
  let letters = 0;
  let dots = 0;
  let colons = 0;
  let hexOnly = true;
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      letters++;
      if (!((c >= 65 && c <= 70) || (c >= 97 && c <= 102))) hexOnly = false;
    } else if (c === 46) dots++;
    else if (c === 58) colons++;
    else hexOnly = false;
  }
  if (digits === 0) return core;
  // host[1.2.3.4] or host[1.2.3.4]:25
  const open = core.indexOf('[');
  if (open >= 0) {
    const close = core.indexOf(']', open);
    const rest = close >= 0 ? core.slice(close + 1) : '';
    // a port after the address (":25") varies as much as the address
    return (open > 0 ? maskCore(core.slice(0, open)) : '') + '[IP]' + (rest === '' || /^:\d+$/.test(rest) ? '' : maskCore(rest));
  }
  // 550-5.7.1 inside a wrapped multi-line reply is line noise
  if (/^[2-5]\d\d-[245]\.\d{1,3}\.\d{1,3}$/.test(core)) return '';
  if (ENHANCED_WORD.test(core)) return core;
  if (letters === 0 && dots === 3 && colons <= 1) return 'IP';
  // IPv6 ("2001:db8::25"), but not a time of day ("00:05:00")
  if (colons >= 2 && hexOnly && (letters > 0 || colons >= 3 || core.includes('::'))) return 'IP';
  if (letters === 0) return 'N';
  if (digits >= 3 && (digits * 3 >= core.length || (core.length >= 10 && dots === 0))) return 'ID';
  return core.replace(/\d+/g, 'N');
}

// ---------------------------------------------------------------------------------------------

/**
 * Counts distinct strings in fixed memory: 32-bit hashes in an open-addressing table that grows up to
 * 4M slots (16 MB). Past that it stops remembering and counts every further new-looking id once, so a
 * log with millions of deferred messages still runs in flat memory.
 */
class DistinctCounter {
  private table = new Uint32Array(1 << 12);
  private used = 0;
  private extra = 0;
  private static readonly MAX_SLOTS = 1 << 22;

  get size(): number {
    return this.used + this.extra;
  }

  /** Adds s; true when it was not there before. */
  add(s: string): boolean {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    return this.addHash(h >>> 0 || 1);
  }

  private addHash(h: number): boolean {
    if (this.used * 4 >= this.table.length * 3) {
      if (this.table.length >= DistinctCounter.MAX_SLOTS) {
        if (this.has(h)) return false;
        this.extra++;
        return true;
      }
      this.grow();
    }
    const mask = this.table.length - 1;
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const v = this.table[j];
      if (v === h) return false;
      if (v === 0) {
        this.table[j] = h;
        this.used++;
        return true;
      }
    }
  }

  /** The remembered hashes and the count past the cap, as plain data. */
  export(): { table: Uint32Array; extra: number } {
    return { table: this.table.slice(), extra: this.extra };
  }

  /** Adds every string another counter remembered (by hash). */
  addAll(other: { table: Uint32Array; extra: number }): void {
    for (const h of other.table) if (h !== 0) this.addHash(h);
    this.extra += other.extra;
  }

  private has(h: number): boolean {
    const mask = this.table.length - 1;
    for (let j = h & mask; ; j = (j + 1) & mask) {
      const v = this.table[j];
      if (v === h) return true;
      if (v === 0) return false;
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    const mask = this.table.length - 1;
    for (const h of old) {
      if (h === 0) continue;
      let j = h & mask;
      while (this.table[j] !== 0) j = (j + 1) & mask;
      this.table[j] = h;
    }
  }
}
