// The readers: a cheap detector picks the format reader of each line (syslog program, Exim time stamp and
// id, transcript markers, bounce header fields, JSON), the reader reads the line's shape and fields, and
// the reply recognizer (../scanner.ts) finds its replies. `RecordStream` turns lines into records; the
// summary, the outline and the trace read those.
import type { Reply, ReplyFinding } from '../types';
import { INITIAL_SCAN_STATE, groupReplies, sameScanState, scanLine, type ScanState } from '../scanner';
import type { LineFields, LogFormat, LogRecord, MailEvent } from './record';
import type { FormatReader } from './reader';
import { programStart, syslogHeader, type SyslogHeader } from './syslog';
import { EVENTS, EVENT_MASK, NO_REPLY } from './shape';
import { postfixReader } from './postfix';
import { sendmailReader } from './sendmail';
import { eximReader, isEximLine } from './exim';
import { isOpensmtpdLine, opensmtpdReader } from './opensmtpd';
import { qmailReader } from './qmail';
import { courierReader } from './courier';
import { exchangeReader, isTrackingLine } from './exchange';
import { harakaReader, isHarakaLine } from './haraka';
import { amavisReader } from './amavis';
import { isTranscriptLine, transcriptReader } from './transcript';
import { dsnReader, isDsnField } from './dsn';
import { jsonReader } from './json';
import { genericReader } from './generic';

export type { LineFields, LogFormat, LogRecord, MailEvent } from './record';
export type { FormatReader } from './reader';
export { EVENTS, EVENT_MASK, NO_REPLY, eventOf } from './shape';
export { isBounceReport } from './dsn';
export { domainOf, own } from './fields';

export const READERS: readonly FormatReader[] = [
  postfixReader,
  sendmailReader,
  eximReader,
  qmailReader,
  courierReader,
  opensmtpdReader,
  exchangeReader,
  harakaReader,
  amavisReader,
  transcriptReader,
  dsnReader,
  jsonReader,
  genericReader,
];

/** The reader of a line and its syslog header (valid until the next call), chosen by the line's own shape. */
export function detect(text: string): { reader: FormatReader; header: SyslogHeader | null } {
  const reader = readerOf(text);
  return { reader, header: detectedHeader };
}

/** The syslog header of the line readerOf read last, or null. */
let detectedHeader: SyslogHeader | null = null;

/** detect without a result object (it runs on every line): the header is left in detectedHeader. */
function readerOf(text: string): FormatReader {
  // A line with a syslog header: the header says where the program starts; without one, programStart
  // still finds a program on a line whose header syslogHeader does not accept.
  const header = syslogHeader(text);
  detectedHeader = header;
  const prog = header !== null ? header.program : programStart(text);
  if (prog >= 0) {
    if (text.startsWith('postfix', prog)) return postfixReader;
    if (text.startsWith('sm-mta', prog) || text.startsWith('sendmail', prog)) return sendmailReader;
    if (header !== null) {
      if (text.startsWith('qmail', prog) || text.startsWith('rblsmtpd', prog)) return qmailReader;
      if (text.startsWith('courier', prog)) return courierReader;
      if (isOpensmtpdLine(text, header)) return opensmtpdReader;
      if (text.startsWith('haraka', prog)) return harakaReader;
      if (text.startsWith('amavis', prog)) return amavisReader;
    }
    return genericReader;
  }
  if (isEximLine(text)) return eximReader;
  const c = text.charCodeAt(0);
  if (c === 123 /* { */) return jsonReader;
  if (c === 64 /* @ */ && text.includes(' qmail')) return qmailReader;
  if (isTranscriptLine(text)) return transcriptReader;
  if (isDsnField(text)) return dsnReader;
  if (isTrackingLine(text)) return exchangeReader;
  if (isHarakaLine(text)) return harakaReader;
  return genericReader;
}

/** A line's packed shape (event | NO_REPLY) and its reader. */
export function lineShape(text: string): { reader: FormatReader; shape: number } {
  const { reader, header } = detect(text);
  return { reader, shape: reader.shape(text, header) };
}

/** Lines of formats whose outcomes are read from their own status words, so a bare reply is no outcome. */
export function isKnownMtaLine(text: string): boolean {
  return isEximLine(text) || text.includes('postfix/') || text.includes('postfix[') || text.includes('sendmail[') || text.includes('sm-mta[');
}

/** The fields of one line, by its own reader. */
export function lineFields(text: string): LineFields & { format: LogFormat; event: MailEvent | null } {
  const { reader, shape } = lineShape(text);
  const event = EVENTS[shape & EVENT_MASK];
  return { ...reader.fields(text, event), format: reader.format, event };
}

/** The time stamp at the start of a line as written (syslog, ISO 8601, Exim), or null. */
export function timeOf(text: string): string | null {
  const m = /^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?)/.exec(text.length > 40 ? text.slice(0, 40) : text);
  return m === null ? null : m[0];
}

/** The reply that speaks for a line: a negative one before any other, else the first with a code. */
export function primaryReply(replies: readonly Reply[]): Reply | null {
  let best: Reply | null = null;
  for (const r of replies) {
    const negative = r.replyClass === 'transient-negative' || r.replyClass === 'permanent-negative';
    if (best === null) best = r;
    else if (r.code !== null && best.code === null) best = r;
    else if (negative && r.code !== null && !(best.replyClass === 'transient-negative' || best.replyClass === 'permanent-negative')) best = r;
  }
  return best;
}

/**
 * Turns lines into records. Lines whose shape carries no reply skip the recognizer. A multi-line reply
 * ("250-PIPELINING" ... "250 OK") is joined and belongs to the record of the line it ends on; a delivery
 * line is complete whatever its reply's last dash says. When a line without a reply closes a reply left
 * open, the reply goes to the record of the line it started on: records wait while a reply is open, so
 * they still come out in line order, each once.
 */
export class RecordStream {
  private state: ScanState = INITIAL_SCAN_STATE;
  private pending: ReplyFinding[] = [];
  /** Records of the lines since an open reply started (the first is where it started). */
  private held: LogRecord[] = [];
  private line = 0;

  /** Reads the next line; returns the records it completes, in line order (none while a reply is open). */
  push(text: string): LogRecord[] {
    const line = this.line++;
    const { reader, header } = detect(text);
    const shape = reader.shape(text, header);
    const event = EVENTS[shape & EVENT_MASK];
    let findings: readonly ReplyFinding[] = [];
    const initial = sameScanState(this.state, INITIAL_SCAN_STATE);
    if ((shape & NO_REPLY) === 0 || !initial) {
      const own = initial && reader.replies !== undefined ? reader.replies(text, line, header) : null;
      if (own !== null) findings = own;
      else {
        const r = scanLine(text, line, this.state);
        this.state = r.state;
        findings = r.findings;
      }
    }
    const record: LogRecord = {
      ...reader.fields(text, event),
      line,
      endLine: line,
      format: reader.format,
      time: timeOf(text),
      host: header === null ? null : text.slice(header.host, header.program - 1),
      program: header === null ? null : text.slice(header.program, header.programEnd),
      event,
      replies: [],
      reply: null,
    };
    if (findings.length === 0) {
      if (this.pending.length === 0) return [record];
      const out = this.closePending(line - 1);
      out.push(record);
      return out;
    }
    const open = findings[findings.length - 1].continued && event === null;
    if (this.pending.length === 0 && !open) {
      record.replies = groupReplies(findings);
      record.reply = primaryReply(record.replies);
      return [record];
    }
    for (const f of findings) this.pending.push(f);
    if (open && this.pending.length < 512) {
      this.held.push(record);
      return [];
    }
    // the reply ends on this line: it is this line's
    record.replies = groupReplies(this.pending);
    record.reply = primaryReply(record.replies);
    this.pending = [];
    const out = this.held;
    this.held = [];
    out.push(record);
    return out;
  }

  /** Ends the input: a multi-line reply still open goes to the record it started on. */
  end(): LogRecord[] {
    return this.pending.length > 0 ? this.closePending(this.line - 1) : [];
  }

  private closePending(endLine: number): LogRecord[] {
    const out = this.held;
    const first = out[0];
    first.replies = groupReplies(this.pending);
    first.reply = primaryReply(first.replies);
    first.endLine = endLine;
    this.pending = [];
    this.held = [];
    return out;
  }
}

/**
 * The replies of one line, as `scanLine` gives them, read through the line's reader: outside a transcript
 * (the recognizer's state initial) a line whose shape carries no reply is not searched, and a reader that
 * knows where its format's replies stand reads them itself. Everything else goes to the recognizer. The
 * editor's document index and the CLI's scan call this in place of scanLine.
 */
export function readReplies(text: string, line: number, state: ScanState): { findings: ReplyFinding[]; state: ScanState } {
  if (state === INITIAL_SCAN_STATE || sameScanState(state, INITIAL_SCAN_STATE)) {
    const reader = readerOf(text);
    const header = detectedHeader;
    const shape = reader.shape(text, header);
    if ((shape & NO_REPLY) !== 0) return state === INITIAL_SCAN_STATE ? NOTHING : { findings: [], state };
    const own = reader.replies !== undefined ? reader.replies(text, line, header) : null;
    if (own !== null) return { findings: own, state };
  }
  return scanLine(text, line, state);
}

/** readReplies' answer for most lines of a log, shared: no findings, the state initial. Frozen, so a caller that changed it would fail loudly. */
const NOTHING: { findings: ReplyFinding[]; state: ScanState } = Object.freeze({ findings: Object.freeze([]) as unknown as ReplyFinding[], state: INITIAL_SCAN_STATE });

/** Every record of a text (a whole document). */
export function readRecords(text: string): LogRecord[] {
  const stream = new RecordStream();
  const out: LogRecord[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
    for (const r of stream.push(line)) out.push(r);
    if (nl < 0) break;
    start = nl + 1;
  }
  for (const r of stream.end()) out.push(r);
  return out;
}
