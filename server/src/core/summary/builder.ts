// The log summary: what went wrong, how often, to whom and when. Fed line by line (text plus the
// scanner's findings for that line), so the CLI and the language server build it the same way and a
// multi-GB log needs no more memory than a small one: every table is bounded and the rest is counted
// as "other".
import type { BounceReason, Locale, Reply, ReplyClass, ReplyFinding } from '../types';
import { replyClassOf } from '../codes';
import { INITIAL_SCAN_STATE, groupReplies, sameScanState, scanLine, type ScanState } from '../scanner';
import { explain } from '../knowledgeBase';
import { classifyReason, providerOf, reasonText } from '../reasons';
import type { CountRow, HostRow, HourRow, Outcome, PatternRow, PatternRowState, ReasonRow, ReasonState, RecipientRow, Summary, SummaryState, SummaryTotals } from './types';
import { anyReason } from '../readers/generic';
import { EVENT_MASK, NO_REPLY, detect, domainOf, isBounceReport, isKnownMtaLine, lineShape, own, type FormatReader } from '../readers';
import { OUTCOMES } from './lineClass';
import { postfixQuiet } from '../readers/noise';
import { forgetStamp, kept, readStamp, stampOf, type Stamp } from './stamps';
import { replyPattern } from './replyPattern';
import { DistinctCounter } from './distinctCounter';

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
  /** Rows kept in each reason's top domains and top recipients. */
  topPerReason?: number;
  /** Title for a code pair; defaults to the knowledge base's explanation title. */
  title?: (code: string | null, enhanced: string | null) => string | null;
}

interface PatternEntry extends PatternRow {
  /** Insertion order, for stable sorting. */
  seq: number;
  /** Lines read (over all files) before the row's last line: which of two rows' `last` is later, when parts merge into "(other)". */
  lastAt: number;
}

interface ReasonEntry {
  reason: BounceReason;
  deferred: number;
  bounced: number;
  rejected: number;
  total: number;
  domains: Map<string, HostRow>;
  recipients: Map<string, number>;
}

const OTHER = '(other)';
/** The first line of a mail message: an mbox separator or a header field a stored message starts with. */
const MESSAGE_START = /^(?:From \S|(?:Return-Path|Received|Delivered-To|Envelope-To|Delivery-Date|Date|From|To|Subject|Message-ID|MIME-Version|Content-Type|X-[\w-]+):)/i;
const NO_FINDINGS: readonly ReplyFinding[] = [];
const MAX_PENDING_FINDINGS = 512;

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
  private readonly topPerReason: number;
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
  private readonly reasons = new Map<BounceReason, ReasonEntry>();
  /** Domain and recipient rows over all reasons: together at most maxHosts each, the rest "(other)". */
  private reasonDomainRows = 0;
  private reasonRecipientRows = 0;
  /**
   * The reasons' domain (0) and recipient (1) rows in the order they were made: the caps above are shared
   * by all reasons, so a merge replays this order to cap rows as one pass over the whole log would.
   */
  private readonly reasonRowOrder: Array<[BounceReason, 0 | 1, string]> = [];
  /**
   * The reason of each distinct failure (codes, masked text, command, provider of the host): classifying
   * costs microseconds, and a big log repeats a few hundred kinds of failure millions of times.
   */
  private readonly reasonCache = new Map<string, Array<{ command: string | null; provider: string; reason: BounceReason }>>();
  private readonly providerCache = new Map<string, string>();
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
  /** The time stamp bytes of the last line skipBytes counted; lastText holds them as text. */
  private readonly skipStamp = new Uint8Array(64);
  private skipStampLength = -1;
  private skipStampText = '';
  private fileLine = 0;
  private pendingFile: string | undefined;
  /** The time stamp of the line an open multi-line reply started on: its time when a later line closes it. */
  private pendingStamp: Stamp | null = null;
  private currentFile: string | undefined;

  /**
   * A builder for one part of a file whose state another builder merges (threads): no caps, so every
   * host, domain, recipient and reply pattern keeps its own row, and the merge applies the real caps in
   * the order one pass would have met the rows. With caps in the parts, a row a part sent to "(other)"
   * could be one the whole file keeps, and the report would depend on the threads.
   */
  static forPart(): SummaryBuilder {
    return new SummaryBuilder({ maxHosts: Number.MAX_SAFE_INTEGER, maxPatterns: Number.MAX_SAFE_INTEGER, maxHours: Number.MAX_SAFE_INTEGER });
  }

  constructor(options: SummaryOptions = {}) {
    this.locale = options.locale ?? 'en';
    this.top = options.top ?? 10;
    this.maxPatterns = options.maxPatterns ?? 10_000;
    this.maxHosts = options.maxHosts ?? 10_000;
    this.maxHours = options.maxHours ?? 24 * 400;
    this.topPerReason = options.topPerReason ?? 5;
    this.titleOf = options.title ?? ((code, enhanced) => defaultTitle(code, enhanced, this.locale));
  }

  /**
   * One line of the log with the scanner's findings for it. `line` is the 0-based line number the
   * findings carry; `file` names the log in the report (several files can feed one summary).
   */
  addLine(text: string, line: number, findings: readonly ReplyFinding[], file?: string): void {
    if (file !== this.currentFile) this.startFile(file);
    const { reader, shape } = lineShape(text);
    this.addClassified(text, line, findings, file, shape, reader);
  }

  /**
   * One line of the log, scanned here: the builder keeps the scanner's state per file and counts lines
   * itself. Lines of a shape known to carry no reply (Postfix connect, TLS, qmgr, cleanup message-id ...)
   * are not scanned at all, which is most of a busy Postfix log.
   */
  feed(text: string, file?: string): void {
    if (file !== this.currentFile) this.startFile(file);
    const line = this.fileLine++;
    const { reader, header } = detect(text);
    const cls = reader.shape(text, header);
    let findings: readonly ReplyFinding[] = NO_FINDINGS;
    const initial = sameScanState(this.scanState, INITIAL_SCAN_STATE);
    if ((cls & NO_REPLY) === 0 || !initial) {
      // the format's reader reads its own replies where it knows their place; the recognizer the rest
      const own = initial && reader.replies !== undefined ? reader.replies(text, line, header) : null;
      if (own !== null) findings = own;
      else {
        const r = scanLine(text, line, this.scanState);
        this.scanState = r.state;
        findings = r.findings;
      }
    }
    this.addClassified(text, line, findings, file, cls, reader);
  }

  /**
   * A line offered as bytes before it is decoded (readLogLines' skip): true when the line is Postfix noise
   * (readers/noise.ts) that this builder would only count, or a message received that it would count with
   * its hour, which it then counts here without a string.
   * False, and the line comes to feed as text, whenever anything but counting could follow: the first
   * lines of a file (its kind and first time stamp are read there), an open multi-line reply, a transcript
   * in progress.
   */
  skipBytes(buf: Uint8Array, start: number, end: number, file?: string): boolean {
    if (file !== this.currentFile || this.messageMode !== false || this.pending.length > 0 || (this.firstTime === null && this.lines <= 1000)) return false;
    if (this.scanState !== INITIAL_SCAN_STATE && !sameScanState(this.scanState, INITIAL_SCAN_STATE)) return false;
    const quiet = postfixQuiet(buf, start, end);
    if (quiet < 0) return false;
    const host = quiet >> 1;
    const n = host - start;
    if (n > this.skipStamp.length) return false;
    // The last line's time stamp is the summary's last time: kept as text only when it changes (a copy in
    // a buffer of this builder's own, no allocation per line). A stamp that is not ASCII is read as text.
    const prev = this.skipStamp;
    let same = this.skipStampLength === n;
    for (let i = 0; same && i < n; i++) same = prev[i] === buf[start + i];
    if (!same) {
      for (let i = start; i < host; i++) if (buf[i] > 127) return false;
      for (let i = 0; i < n; i++) prev[i] = buf[start + i];
      this.skipStampLength = n;
      this.skipStampText = String.fromCharCode.apply(null, prev.subarray(0, n) as unknown as number[]);
    }
    this.lines++;
    this.fileLine++;
    this.lastText = this.skipStampText;
    if ((quiet & 1) === 1) {
      // a message received: what addClassified and countOutcome do for it, from the stamp alone
      const stamp = stampOf(this.skipStampText);
      this.noteStamp(stamp, this.skipStampText);
      this.totals.received++;
      this.countHour('received', stamp);
    }
    return true;
  }

  private addClassified(text: string, line: number, findings: readonly ReplyFinding[], file: string | undefined, cls: number, reader: FormatReader): void {
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
    const outcome = OUTCOMES[cls & EVENT_MASK];
    let replies: Reply[] | undefined;
    if (findings.length > 0) {
      // A reply ends with its line unless the line leaves it open ("250-..."). A delivery record (an outcome:
      // Postfix "status=deferred (... said: 450-4.2.1 ... 450-4.2.1 ...)") is complete on its line whatever
      // the reply's last dash says.
      const open = findings[findings.length - 1].continued && outcome === null;
      if (this.pending.length === 0 && !open) replies = groupReplies(findings); // the common case: replies of this line alone
      else {
        if (this.pending.length === 0) this.pendingStamp = stampOf(text);
        for (let i = 0; i < findings.length; i++) this.pending.push(findings[i]);
        if (!open || this.pending.length >= MAX_PENDING_FINDINGS) {
          replies = this.takePending(); // counted at this line's time, below
          this.pendingStamp = null;
        }
      }
    } else if (this.pending.length > 0) {
      // A line without a reply ends any multi-line reply still open; it belongs to the lines before.
      this.countPending();
    }
    if (outcome === null && replies === undefined) return;
    const stamp = stampOf(text);
    this.noteStamp(stamp, text);
    const primary = replies === undefined ? undefined : this.countLineReplies(replies, stamp, file, text);
    if (outcome !== null) this.countOutcome(outcome, text, line, primary, stamp, file, reader);
    else if (primary === undefined || isKnownMtaLine(text)) return;
    else if (!this.messageMode) this.countFallback(primary, text, line, stamp, file, reader);
    else if (primary.parts[0].line === this.diagnosticLine && isNegativeClass(primary.replyClass)) {
      // A bounce message tells each failure several times (the human part, Status:, Diagnostic-Code:);
      // the Diagnostic-Code field is the one that counts.
      this.countOutcome(primary.replyClass === 'transient-negative' ? 'deferred' : 'bounced', text, line, primary, stamp, file, reader);
    }
  }

  /** One finished reply, when only replies are at hand (no per-line outcome). */
  add(reply: Reply, lineText: string, file?: string): void {
    const stamp = stampOf(lineText);
    this.countReply(reply, stamp, file);
  }

  /** The summary so far. Call it once the input has ended (it closes any open multi-line reply). */
  result(): Summary {
    if (this.pending.length > 0) this.countPending();
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
      byReason: this.reasonRows(),
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
    if (this.pending.length > 0) this.countPending();
    forgetStamp();
    const rows = (table: Map<string, PatternEntry>): PatternRowState[] => [...table.values()].map(({ seq: _seq, ...row }) => row);
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
      reasonOrder: [...this.reasonRowOrder],
      reasons: [...this.reasons.values()].map((e) => ({
        reason: e.reason,
        deferred: e.deferred,
        bounced: e.bounced,
        rejected: e.rejected,
        total: e.total,
        domains: [...e.domains.values()],
        recipients: [...e.recipients],
      })),
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
    const linesBefore = this.lines;
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
      for (const row of rows) this.mergeRow(table, row, lineOffset, linesBefore);
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
    this.mergeReasons(state.reasons, state.reasonOrder);
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

  private mergeRow(table: Map<string, PatternEntry>, row: PatternRowState, lineOffset: number, linesBefore: number): void {
    const key = row.pattern === OTHER ? OTHER : (row.code ?? '') + '|' + (row.enhanced ?? '') + '|' + row.pattern;
    const { lastAt, ...plain } = row;
    const at = linesBefore + (lastAt ?? 0);
    let mine = table.get(key);
    if (mine === undefined && key !== OTHER && table.size >= this.maxPatterns) {
      this.overflow.patterns += row.count;
      mine = table.get(OTHER);
      if (mine === undefined) {
        mine = { ...plain, code: null, enhanced: null, replyClass: null, pattern: OTHER, command: null, count: 0, firstLine: row.firstLine + lineOffset, seq: this.seq++, lastAt: at };
        table.set(OTHER, mine);
      }
    }
    if (mine === undefined) {
      table.set(key, { ...plain, firstLine: row.firstLine + lineOffset, seq: this.seq++, lastAt: at });
      return;
    }
    mine.count += row.count;
    if (mine.first === null) mine.first = row.first;
    // Rows of one part arrive in the order they were first seen, not last: "(other)" keeps the latest.
    if (row.last !== null && at >= mine.lastAt) {
      mine.last = row.last;
      mine.lastAt = at;
    }
  }

  private lastTime(): string | null {
    return readStamp(this.lastText)?.text ?? readStamp(this.lastStamped)?.text ?? this.mergedLastTime;
  }

  private startFile(file: string | undefined): void {
    if (this.pending.length > 0) this.countPending();
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

  /** Counts the open multi-line reply that a line without a reply (or the end of the file) closed, at the time it started. */
  private countPending(): void {
    const stamp = this.pendingStamp;
    this.pendingStamp = null;
    for (const r of this.takePending()) this.countReply(r, stamp, this.pendingFile);
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
      const text = lineText !== undefined && isStatusField(reply) ? (anyReason(lineText, 'deferred')) : reply.text;
      this.record(table, reply.code, reply.enhanced, reply.replyClass, this.patternOf(text), reply.command, stamp, file, reply.parts[0].line);
    }
  }

  private countOutcome(outcome: Outcome, text: string, line: number, reply: Reply | undefined, stamp: Stamp | null, file: string | undefined, reader: FormatReader): void {
    // The line's own facts (queue id, relay, recipient, reason, dsn=) come from its format's reader, read
    // only for the outcomes that need them.
    const fields = outcome === 'deferred' || outcome === 'bounced' || outcome === 'rejected' ? reader.fields(text, outcome) : null;
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
        const id = fields?.queueId ?? null;
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
      if (fields === null) return;
      let reason: BounceReason;
      if (reply !== undefined && !isStatusField(reply)) {
        const pattern = this.patternOf(reply.text);
        this.record(table, reply.code, reply.enhanced, reply.replyClass, pattern, reply.command, stamp, file, line);
        reason = this.reasonOf(reply.code, reply.enhanced, reply.text, pattern, reply.command, reply.remoteHost);
      } else {
        // No reply code: the line's own words ("Connection timed out") say why; dsn= gives the enhanced code.
        // Read here, not from the scanner's finding: qmgr lines go unscanned (NO_REPLY) and an open 450-4.2.1 reply is not grouped yet.
        const enhanced = reply?.enhanced ?? fields.dsn;
        const text = fields.reason ?? '';
        const pattern = this.patternOf(text);
        this.record(table, null, enhanced, enhanced === null ? null : replyClassOf(enhanced), pattern, null, stamp, file, line);
        // The relay names the provider only for a delivery of ours; a reject's "relay" is the client refused.
        reason = this.reasonOf(null, enhanced, text, pattern, null, outcome === 'rejected' ? null : fields.relay);
      }
      const host = fields.relay ?? reply?.remoteHost ?? null;
      if (host !== null) this.countHost(this.hosts, host, outcome);
      const domain = domainOf(fields.recipient);
      if (domain !== null) this.countHost(this.domains, domain, outcome);
      this.countReason(reason, outcome, domain, fields.recipient);
    }
  }

  /** A counted line's time: the summary's first time if none yet, and the last line that had one. */
  private noteStamp(stamp: Stamp | null, text: string): void {
    if (stamp === null) return;
    if (this.firstTime === null) this.firstTime = kept(stamp);
    this.lastStamped = text;
  }

  /** A reply on a line of no known MTA format (transcripts, bounce messages, other servers): its class decides. */
  private countFallback(reply: Reply, text: string, line: number, stamp: Stamp | null, file: string | undefined, reader: FormatReader): void {
    let outcome: Outcome | null = null;
    if (reply.replyClass === 'transient-negative') outcome = 'deferred';
    else if (reply.replyClass === 'permanent-negative') {
      // "Status: 5.1.1" repeats what the Diagnostic-Code line of the same bounce says.
      if (reply.code === null && /^\s*status:/i.test(text)) return;
      outcome = isBounceReport(text) ? 'bounced' : 'rejected';
    } else if (reply.replyClass === 'positive-completion' && reply.code === '250' && reply.command !== null && /DATA|\./i.test(reply.command)) {
      outcome = 'delivered';
    }
    if (outcome !== null) this.countOutcome(outcome, text, line, reply, stamp, file, reader);
  }

  /**
   * Why a failure failed, classified once per distinct kind: the same codes, the same masked text, the same
   * command and the same provider. Masking keeps every word and drops only addresses, IPs, numbers and ids,
   * which no rule reads, so lines of one kind get one reason; the first line of a kind is the one read.
   */
  private reasonOf(code: string | null, enhanced: string | null, text: string, pattern: string, command: string | null, remoteHost: string | null | undefined): BounceReason {
    const provider = remoteHost ? this.providerName(remoteHost) : '';
    // Looked up under the same key string as the pattern tables (its hash is computed once), then by
    // command and provider among the few kinds that share it.
    const key = this.keyOf(code, enhanced, pattern);
    let kinds = this.reasonCache.get(key);
    if (kinds === undefined) {
      if (this.reasonCache.size >= this.maxPatterns) this.reasonCache.clear();
      kinds = [];
      this.reasonCache.set(key, kinds);
    }
    for (const k of kinds) if (k.command === command && k.provider === provider) return k.reason;
    // A failure line with a positive reply (rare, odd logs) still failed: nothing says why.
    const reason = classifyReason({ code, enhanced, text, command, remoteHost })?.reason ?? 'undefined';
    if (kinds.length < 64) kinds.push({ command: command === null ? null : own(command), provider, reason });
    return reason;
  }

  /** The provider a remote host belongs to ('' for none), remembered per host: providerOf tries a list of patterns. */
  private providerName(host: string): string {
    let p = this.providerCache.get(host);
    if (p === undefined) {
      p = providerOf(host, '') ?? '';
      if (this.providerCache.size >= this.maxHosts) this.providerCache.clear();
      this.providerCache.set(own(host), p);
    }
    return p;
  }

  /** The key of a pattern row, code|enhanced|pattern: the same string for the same row on consecutive calls, so it is hashed once. */
  private keyOf(code: string | null, enhanced: string | null, pattern: string): string {
    if (pattern !== this.memoKeyOf || code !== this.memoCode || enhanced !== this.memoEnhanced) {
      this.memoKey = (code ?? '') + '|' + (enhanced ?? '') + '|' + pattern;
      this.memoKeyOf = pattern;
      this.memoCode = code;
      this.memoEnhanced = enhanced;
    }
    return this.memoKey;
  }

  private reasonEntry(reason: BounceReason): ReasonEntry {
    let entry = this.reasons.get(reason);
    if (entry === undefined) {
      entry = { reason, deferred: 0, bounced: 0, rejected: 0, total: 0, domains: new Map(), recipients: new Map() };
      this.reasons.set(reason, entry);
    }
    return entry;
  }

  private countReason(reason: BounceReason, outcome: 'deferred' | 'bounced' | 'rejected', domain: string | null, recipient: string | null): void {
    const entry = this.reasonEntry(reason);
    entry[outcome]++;
    entry.total++;
    if (domain !== null) {
      let row = entry.domains.get(domain);
      if (row === undefined) {
        const name = this.reasonDomainRows < this.maxHosts ? own(domain) : OTHER;
        row = entry.domains.get(name);
        if (row === undefined) {
          row = { name, deferred: 0, bounced: 0, rejected: 0, total: 0 };
          entry.domains.set(name, row);
          this.reasonDomainRows++;
          this.reasonRowOrder.push([reason, 0, name]);
        }
      }
      row[outcome]++;
      row.total++;
    }
    if (recipient !== null && recipient !== '') {
      const n = entry.recipients.get(recipient);
      if (n !== undefined) entry.recipients.set(recipient, n + 1);
      else {
        const address = this.reasonRecipientRows < this.maxHosts ? own(recipient) : OTHER;
        const had = entry.recipients.get(address);
        if (had === undefined) {
          this.reasonRecipientRows++;
          this.reasonRowOrder.push([reason, 1, address]);
        }
        entry.recipients.set(address, (had ?? 0) + 1);
      }
    }
  }

  /**
   * Adds the reasons of a later part. Rows are met in the order the part made them (its reasonOrder, over
   * all reasons), so the shared caps send the same rows to "(other)" as one pass would.
   */
  private mergeReasons(rows: ReasonState[], order: ReadonlyArray<[BounceReason, 0 | 1, string]> | undefined): void {
    const domains = new Map<BounceReason, Map<string, HostRow>>();
    const recipients = new Map<BounceReason, Map<string, number>>();
    for (const row of rows) {
      const entry = this.reasonEntry(row.reason);
      entry.deferred += row.deferred;
      entry.bounced += row.bounced;
      entry.rejected += row.rejected;
      entry.total += row.total;
      domains.set(row.reason, new Map(row.domains.map((d) => [d.name, d])));
      recipients.set(row.reason, new Map(row.recipients));
    }
    for (const [reason, kind, key] of order ?? []) {
      if (kind === 0) {
        const d = domains.get(reason)?.get(key);
        if (d === undefined) continue;
        domains.get(reason)!.delete(key);
        this.mergeReasonDomain(this.reasonEntry(reason), d);
      } else {
        const n = recipients.get(reason)?.get(key);
        if (n === undefined) continue;
        recipients.get(reason)!.delete(key);
        this.mergeReasonRecipient(this.reasonEntry(reason), key, n);
      }
    }
    // rows without a recorded order (a state from before the order was kept): reason by reason
    for (const [reason, left] of domains) for (const d of left.values()) this.mergeReasonDomain(this.reasonEntry(reason), d);
    for (const [reason, left] of recipients) for (const [address, n] of left) this.mergeReasonRecipient(this.reasonEntry(reason), address, n);
  }

  private mergeReasonDomain(entry: ReasonEntry, d: HostRow): void {
    let mine = entry.domains.get(d.name);
    if (mine === undefined) {
      const name = d.name === OTHER || this.reasonDomainRows < this.maxHosts ? d.name : OTHER;
      mine = entry.domains.get(name);
      if (mine === undefined) {
        mine = { name, deferred: 0, bounced: 0, rejected: 0, total: 0 };
        entry.domains.set(name, mine);
        this.reasonDomainRows++;
        this.reasonRowOrder.push([entry.reason, 0, name]);
      }
    }
    mine.deferred += d.deferred;
    mine.bounced += d.bounced;
    mine.rejected += d.rejected;
    mine.total += d.total;
  }

  private mergeReasonRecipient(entry: ReasonEntry, address: string, n: number): void {
    const have = entry.recipients.get(address);
    if (have !== undefined) {
      entry.recipients.set(address, have + n);
      return;
    }
    const key = address === OTHER || this.reasonRecipientRows < this.maxHosts ? address : OTHER;
    const had = entry.recipients.get(key);
    if (had === undefined) {
      this.reasonRecipientRows++;
      this.reasonRowOrder.push([entry.reason, 1, key]);
    }
    entry.recipients.set(key, (had ?? 0) + n);
  }

  private reasonRows(): ReasonRow[] {
    const rows = [...this.reasons.values()].sort((a, b) => b.total - a.total || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
    return rows.map((e) => ({
      reason: e.reason,
      name: reasonText(e.reason, this.locale).name,
      deferred: e.deferred,
      bounced: e.bounced,
      rejected: e.rejected,
      total: e.total,
      topDomains: topHosts(e.domains, this.topPerReason),
      topRecipients: topRecipients(e.recipients, this.topPerReason),
    }));
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
    let key = this.keyOf(code, enhanced, pattern);
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
          lastAt: this.lines,
        };
        table.set(key, entry);
      }
    }
    entry.count++;
    if (stamp !== null) {
      entry.lastAt = this.lines;
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
    return rows.map(({ seq: _seq, lastAt: _lastAt, ...row }) => ({ ...row, title: row.pattern === OTHER ? null : this.cachedTitle(row.code, row.enhanced) }));
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

/** The `top` recipients by failures, most first (then by address): a bounded selection like topHosts. */
function topRecipients(map: Map<string, number>, top: number): RecipientRow[] {
  const best: RecipientRow[] = [];
  const order = (a: RecipientRow, b: RecipientRow): number => b.count - a.count || (a.address < b.address ? -1 : a.address > b.address ? 1 : 0);
  for (const [address, count] of map) {
    const row = { address, count };
    if (best.length === top && order(row, best[top - 1]) >= 0) continue;
    let i = best.length;
    while (i > 0 && order(row, best[i - 1]) < 0) i--;
    best.splice(i, 0, row);
    if (best.length > top) best.pop();
  }
  return best;
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
