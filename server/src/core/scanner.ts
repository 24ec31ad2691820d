// The one recognizer: finds SMTP reply codes and enhanced status codes in reply position, line by line.
//
// A number is only a reply code when its context says so. Each candidate (a bounded three-digit run, or a
// bounded "d.d.d" enhanced status code) is accepted when one of these holds:
//  - an anchor stands right before it: the start of a line (a bare server line), a transcript marker
//    ("S:", "<-", "<<<", "SMTP>>", "reply: b'", or a "<"/">" run inside a session log line: "09:30:21 >>> 250"),
//    a reply column of a tab-separated SMTP record, a log phrase ("said:", "was:", "Deferred:", "smtp;",
//    "reject=", "stat=", 'C="', "returned '", "#"), or a structural mark ("host[ip]:", "<addr>:", "addr@dom:");
//  - or, without an anchor, the basic code is followed by an enhanced code of the same class
//    ("550 5.1.1", "550-5.7.26"), which is how wrapped provider replies appear inside running text.
// Everything else (PIDs, ports, delays, sizes, IPs, versions, counts, HTTP statuses) has no such context.
//
// The scanner is index-based: the only regular expression is a one-character class that jumps to the next
// candidate digit, every backward look is bounded, and each position of the line is visited a constant number
// of times, so it stays linear on hostile input.
import type { Reply, ReplyFinding } from './types';
import { replyClassOf } from './codes';
import { decodeQuotedPrintable, endsQuotedPrintable, softBreakAt, transferEncodingOf, type DecodedLine } from './quotedPrintable';

/**
 * What the scanner carries from one line to the next. Small and immutable: the editor stores one per line
 * and stops re-scanning once a line's outgoing state equals the stored one.
 */
export interface ScanState {
  /** The last client command seen in a transcript ("EHLO", "RCPT TO", "DATA", "end of DATA", ...). */
  readonly lastCommand: string | null;
  /** Basic code of a multi-line reply whose last line ended with "-" ("250-PIPELINING"), else null. */
  readonly openCode: string | null;
  /** Between a 354 reply and the end of the message data. */
  readonly inData: boolean;
  /** A transcript (bare server lines, S:/C:, swaks, debug output) has been seen. */
  readonly transcript: boolean;
  /**
   * Basic code that ended the previous line after a log phrase ("... said: 552"), else null: Postfix wraps
   * bounce text, so the enhanced code may open the next, indented line ("    5.2.2 <a@b> Quota exceeded").
   */
  readonly wrappedCode: string | null;
  /**
   * Inside message data, after a line of the message itself ("Subject: ...") was seen: a bare line that
   * starts with a code is the client's text now, not a reply, until the lone ".".
   */
  readonly inBody: boolean;
  /**
   * Lines left (2, 1 or 0) in which a code opening the line is the reply that a line ending in a reply phrase
   * announced ("SMTP error from remote server after RCPT command:", then "host: mx.example.org", then
   * "5.1.1 <a@b>: User unknown"): bounce bodies that quote the remote reply on a line of its own.
   */
  readonly announced: number;
  /**
   * Inside a quoted-printable body part ("Content-Transfer-Encoding: quoted-printable" up to the next MIME
   * boundary), else null. `pending` holds the raw lines of a logical line that soft line breaks ("=" at the
   * end) have not finished yet: at most MAX_QP_PIECES lines, so the state stays small.
   */
  readonly qp: QuotedPrintableState | null;
}

export interface QuotedPrintableState {
  readonly pending: readonly string[];
}

/** In a quoted-printable part, no logical line open. */
const QP_BODY: QuotedPrintableState = Object.freeze({ pending: Object.freeze([]) as readonly string[] });
/** A logical line joined from more lines than this (or longer than MAX_QP_CHARS) is read as it stands. */
const MAX_QP_PIECES = 32;
const MAX_QP_CHARS = 16 * 1024;

function sameQp(a: QuotedPrintableState | null, b: QuotedPrintableState | null): boolean {
  if (a === b) return true;
  if (a === null || b === null || a.pending.length !== b.pending.length) return false;
  for (let i = 0; i < a.pending.length; i++) if (a.pending[i] !== b.pending[i]) return false;
  return true;
}

/**
 * How many lines before the next one the state carries unscanned (the start of a quoted-printable logical line
 * split by soft line breaks): the next scanLine may return findings on those lines, and its findings replace
 * theirs.
 */
export function carriedLines(state: ScanState): number {
  return state.qp === null ? 0 : state.qp.pending.length;
}

export const INITIAL_SCAN_STATE: ScanState = Object.freeze({
  lastCommand: null,
  openCode: null,
  inData: false,
  transcript: false,
  wrappedCode: null,
  inBody: false,
  announced: 0,
  qp: null,
});

export function sameScanState(a: ScanState, b: ScanState): boolean {
  return (
    a === b ||
    (a.lastCommand === b.lastCommand &&
      a.openCode === b.openCode &&
      a.inData === b.inData &&
      a.transcript === b.transcript &&
      a.wrappedCode === b.wrappedCode &&
      a.inBody === b.inBody &&
      a.announced === b.announced &&
      sameQp(a.qp, b.qp))
  );
}

/**
 * Only this many UTF-16 units of a line are searched for codes. Real log lines are far shorter; the cap keeps
 * the work per line bounded on pathological input (a multi-megabyte line of digits, a minified blob).
 */
const MAX_SCAN = 64 * 1024;
/** The reply text kept on a finding is cut to this length. */
const MAX_TEXT = 4096;

/**
 * Basic codes recognized in logs: RFC 5321 4.2.3 and the extension replies (AUTH RFC 4954, STARTTLS RFC 3207,
 * RFC 7504, SIZE RFC 1870, RFC 5248, LMTP RFC 2033, ETRN RFC 1985, ODMR RFC 2645). A three-digit number of
 * valid shape that no document defines (403, 435, 444 from test servers) is not reported: in a log it is more
 * often something else than a reply, and when it is a reply nothing specific can be said about it.
 */
const KNOWN_CODES = new Set([
  '211', '214', '220', '221', '235', '250', '251', '252', '253', '334', '354',
  '421', '432', '450', '451', '452', '453', '454', '455', '458', '459',
  '500', '501', '502', '503', '504', '521', '523', '525', '530', '534', '535', '538',
  '550', '551', '552', '553', '554', '555', '556',
]);

// Anchor kinds: how the context before a candidate makes it a reply.
const enum Anchor {
  None,
  /** Only whitespace before the code: a bare server line. */
  LineStart,
  /** A transcript marker: "S:", "<-", "<**", "<~", "<<<", "SMTP>>", "reply:". */
  Transcript,
  /** A log phrase or structural mark: "said:", "host[ip]:", "<addr>:", "smtp;", "reject=", "#", "->". */
  Log,
  /** A quoted value: C="250 OK", di="535 ...", returned '550 ...': the text ends at the closing quote. */
  Quoted,
  /** status=sent (250 ...), retcode (250): the text ends at the closing parenthesis. */
  Paren,
  /** qmail's "Remote_host_said:_550_5.1.1_..." with underscores for spaces. */
  Qmail,
  /** A delivery-status field: dsn=5.1.1, "Status: 5.1.1", qmail "(#5.1.1)". */
  StatusField,
}

interface Candidate {
  anchor: Anchor;
  /** The quote character that closes a Quoted anchor. */
  quote: number;
}

const NO_ANCHOR: Candidate = { anchor: Anchor.None, quote: 0 };
const LINE_START: Candidate = { anchor: Anchor.LineStart, quote: 0 };
const TRANSCRIPT: Candidate = { anchor: Anchor.Transcript, quote: 0 };
/** A transcript line in a comma-separated field: the text ends at the next comma. */
const TRANSCRIPT_FIELD: Candidate = { anchor: Anchor.Transcript, quote: 44 /* , */ };
const LOG: Candidate = { anchor: Anchor.Log, quote: 0 };
const STATUS_FIELD: Candidate = { anchor: Anchor.StatusField, quote: 0 };
const PAREN: Candidate = { anchor: Anchor.Paren, quote: 0 };
const QMAIL: Candidate = { anchor: Anchor.Qmail, quote: 0 };
/** A labelled field of a web-mail provider ("ERROR_CODE :550, ..."): the text ends at the next comma. */
const LABEL_FIELD: Candidate = { anchor: Anchor.Log, quote: 44 /* , */ };
/** A reply in its own tab-separated field (MailEnable SMTP activity logs): the text ends at the next tab. */
const TAB_FIELD: Candidate = { anchor: Anchor.Log, quote: 9 /* tab */ };

// Words that, followed by ":", introduce a reply ("said: 550", "was: 554", "Deferred: 450", "talk to me: 421").
// Generic words ("code:", "status:", "message:") are left out: where a log uses them for a reply it also
// gives the enhanced code, and the same-class rule finds it.
const COLON_WORDS = new Set([
  'said', 'was', 'reason', 'deferred', 'error', 'returned', 'response', 'reply', 'me', 'with', 'answered',
  'responded', 'replied', 'msg', 'failure', 'deferral', 'failed', 'rejected', 'resp',
]);
// JSON keys whose string value is a reply (ESP webhooks and JSON logs: "smtpResponse":"250 2.0.0 Ok").
const JSON_KEYS = new Set([
  'response', 'reply', 'smtpresponse', 'smtp_response', 'smtp-response', 'lastresponse', 'last_response', 'raw_reason',
  'smtpreply', 'smtp_reply', 'diagnosticcode', 'diagnostic_code', 'diagnostic-code', 'reason', 'bounce_reason',
]);
// JSON keys (without "-" and "_") whose string value is a delivery status: SES and SendGrid "status",
// Mailgun "enhanced-code", others "dsn", "enhanced_status_code".
const JSON_STATUS_KEYS = new Set(['status', 'dsn', 'dsnstatus', 'enhancedcode', 'enhancedstatus', 'enhancedstatuscode', 'statuscode']);
// Generic JSON keys whose value may open with a delivery's enhanced code (see deliveryWords).
const JSON_MESSAGE_KEYS = new Set(['message', 'description', 'error', 'details', 'detail']);
const DELIVERY_WORDS = ['recipient', 'mailbox', 'address', 'sender', 'deferred', 'rejected', 'relay', 'deliver', 'spam', 'blocked', 'quota', 'smtp', 'mail', 'user unknown'];

/** The 200 (or length) characters from i speak of mail delivery ("Recipient address rejected", "temporarily deferred"). */
function deliveryWords(text: string, i: number, length = 200): boolean {
  const t = text.slice(i, i + length).toLowerCase();
  return DELIVERY_WORDS.some((w) => t.includes(w));
}

// Words that introduce an enhanced code alone ("said: 5.1.1 ..."); "Status:" is handled as a status field.
const COLON_WORDS_ENHANCED = new Set(['said', 'was', 'reason', 'deferred', 'error', 'returned', 'response', 'reply']);
// Keys whose value is a reply ("reject=550 5.7.1", "stat=451 4.7.1", "di=535", LED=550 in Exchange tracking).
const EQ_KEYS = new Set([
  'reject', 'stat', 'di', 'led', 'reply', 'response', 'smtpreply', 'lr', 'result', 'c', 'msg', 'smtpstatus', 'smtpmsg',
]);
// Exim names the command after "after": "after pipelined DATA: 503", "after initial connection: 554".
const AFTER_WORDS = new Set(['data', 'connection', 'quit', 'helo', 'ehlo', 'lhlo', 'starttls', 'auth', 'bdat', 'rset', 'greeting']);

const C_TAB = 9;
const C_SPACE = 32;
const C_DQUOTE = 34;
const C_HASH = 35;
const C_SQUOTE = 39;
const C_LPAREN = 40;
const C_RPAREN = 41;
const C_STAR = 42;
const C_COMMA = 44;
const C_DASH = 45;
const C_DOT = 46;
const C_COLON = 58;
const C_SEMI = 59;
const C_LT = 60;
const C_EQ = 61;
const C_GT = 62;
const C_AT = 64;
const C_LBRACKET = 91;
const C_RBRACKET = 93;
const C_UNDERSCORE = 95;
const C_PIPE = 124;
const C_TILDE = 126;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAlpha(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isSpace(c: number): boolean {
  return c === C_SPACE || c === C_TAB;
}
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** True when text[end - s.length, end) equals s, ignoring ASCII case (s must be lower case). */
function endsWithCI(text: string, end: number, s: string): boolean {
  const start = end - s.length;
  if (start < 0) return false;
  for (let i = 0; i < s.length; i++) if (lower(text.charCodeAt(start + i)) !== s.charCodeAt(i)) return false;
  return true;
}
/** True when text at pos starts with s, ignoring ASCII case (s must be lower case). */
function startsWithCI(text: string, pos: number, s: string): boolean {
  if (pos + s.length > text.length) return false;
  for (let i = 0; i < s.length; i++) if (lower(text.charCodeAt(pos + i)) !== s.charCodeAt(i)) return false;
  return true;
}

/** The letters (and "-", "_") ending at index end - 1, lower-cased, at most 24 long; "" when none. */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && end - s < 24) {
    const c = text.charCodeAt(s - 1);
    if (isAlpha(c) || c === C_DASH || c === C_UNDERSCORE) s--;
    else break;
  }
  return text.slice(s, end).toLowerCase();
}

/**
 * Parses an enhanced status code "c.s.d" at i (RFC 3463: class 2, 4 or 5; subject and detail of one to three
 * digits without leading zeros). Returns the end index, or -1 when there is none or it runs on into a longer
 * dotted number (an IP address, a version "4.16.55.1").
 */
function parseEnhanced(text: string, i: number, n: number): number {
  const c0 = text.charCodeAt(i);
  if (c0 !== 50 && c0 !== 52 && c0 !== 53) return -1;
  if (text.charCodeAt(i + 1) !== C_DOT) return -1;
  let j = i + 2;
  for (let part = 0; part < 2; part++) {
    const s = j;
    while (j < n && isDigit(text.charCodeAt(j)) && j - s < 4) j++;
    const len = j - s;
    if (len === 0 || len > 3) return -1;
    if (len > 1 && text.charCodeAt(s) === 48) return -1;
    if (part === 0) {
      if (text.charCodeAt(j) !== C_DOT) return -1;
      j++;
    }
  }
  if (j < n) {
    const a = text.charCodeAt(j);
    if (isDigit(a) || isAlpha(a)) return -1;
    if ((a === C_DOT || a === C_DASH) && j + 1 < n && isDigit(text.charCodeAt(j + 1))) return -1;
  }
  return j;
}

/** A character that may stand right before a code that has no anchor ("(550 5.1.1", "#550", "{550"). */
function freeBoundary(c: number): boolean {
  return (
    c < 0 ||
    isSpace(c) ||
    c === C_LPAREN ||
    c === C_LBRACKET ||
    c === 123 ||
    c === C_DQUOTE ||
    c === C_SQUOTE ||
    c === C_LT ||
    c === C_GT ||
    c === C_COLON ||
    c === C_SEMI ||
    c === C_EQ ||
    c === C_COMMA ||
    c === C_HASH ||
    c === C_PIPE
  );
}

/** A character that opens a field of a record: a quote, a bracket, a comma, a bar, or the line start. */
function fieldStart(c: number): boolean {
  return c < 0 || c === C_DQUOTE || c === C_SQUOTE || c === C_LPAREN || c === C_LBRACKET || c === 123 || c === C_COMMA || c === C_PIPE;
}

/** Index of the first non-space character at or after i. */
function skipSpaces(text: string, i: number, n: number): number {
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Looks at what stands before a candidate at p and says whether it is an anchor. `enhancedOnly` restricts the
 * anchors to those that may introduce an enhanced code without a basic code.
 */
function anchorBefore(text: string, p: number, enhancedOnly: boolean): Candidate {
  if (!enhancedOnly && p > 0 && text.charCodeAt(p - 1) === C_TAB && tabReplyField(text, p)) return TAB_FIELD;
  let k = p - 1;
  while (k >= 0 && isSpace(text.charCodeAt(k))) k--;
  if (k < 0) return enhancedOnly ? NO_ANCHOR : LINE_START;
  const spaced = k < p - 1;
  const c = text.charCodeAt(k);
  switch (c) {
    case C_COLON:
      return colonAnchor(text, k, enhancedOnly);
    case C_SEMI: {
      // Diagnostic-Code: smtp; 550 ...   and Oracle "smtp;250 2.1.5 ..."
      const w = wordBefore(text, k);
      if (w === 'smtp' || w === 'esmtp' || w === 'lmtp' || w === 'x-smtp') return LOG;
      // An NDR rendered as HTML: "mailbox unavailable -&gt; 550 : User unknown".
      if (!enhancedOnly && endsWithCI(text, k + 1, '-&gt;')) return LOG;
      return NO_ANCHOR;
    }
    case C_EQ: {
      if (spaced) return NO_ANCHOR;
      const w = wordBefore(text, k);
      if (w === 'dsn') return enhancedOnly ? STATUS_FIELD : NO_ANCHOR;
      if (EQ_KEYS.has(w) && w !== 'c') return LOG;
      if (codeLabel(text, k - w.length, w)) return LABEL_FIELD; // response_code=452
      return NO_ANCHOR;
    }
    case C_DQUOTE:
    case C_SQUOTE:
      if (spaced) return NO_ANCHOR;
      return quoteAnchor(text, k, c, enhancedOnly);
    case C_LPAREN: {
      if (spaced || enhancedOnly) return NO_ANCHOR;
      // Python smtplib exceptions: SMTPRecipientsRefused {'a@b': (550, b'5.1.1 ...')}, SMTPDataError(554, '...').
      if (text.charCodeAt(p + 3) === C_COMMA && text.charCodeAt(p + 4) === C_SPACE) {
        let q = p + 5;
        if (text.charCodeAt(q) === 98 /* b */) q++;
        const qc = text.charCodeAt(q);
        if (qc === C_SQUOTE || qc === C_DQUOTE) return { anchor: Anchor.Paren, quote: qc };
      }
      // status=sent (250 2.0.0 Ok ...), stat=Sent (250 ...), smtplib "retcode (250); Msg: ..."
      let e = k - 1;
      while (e >= 0 && isSpace(text.charCodeAt(e))) e--;
      const w = wordBefore(text, e + 1);
      if (w === 'retcode') return PAREN;
      const ws = e + 1 - w.length;
      if (w.length > 0 && text.charCodeAt(ws - 1) === C_EQ) {
        const key = wordBefore(text, ws - 1);
        if (key === 'status' || key === 'stat') return PAREN;
      }
      return NO_ANCHOR;
    }
    case C_COMMA: {
      // Exchange protocol logs: "...,198.51.100.5:25,<,250 2.1.0 Sender OK," (direction field "<" or ">").
      if (spaced || enhancedOnly || k < 2) return NO_ANCHOR;
      const d = text.charCodeAt(k - 1);
      // The field runs to the next comma (a field with a comma in it is quoted).
      if ((d === C_LT || d === C_GT) && text.charCodeAt(k - 2) === C_COMMA) return TRANSCRIPT_FIELD;
      return NO_ANCHOR;
    }
    case C_HASH: {
      // Exchange "#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##", qmail "(#5.1.1)".
      if (spaced) return NO_ANCHOR;
      // qmail also brackets it: "please try again later [#4.1.9]".
      const b = k > 0 ? text.charCodeAt(k - 1) : -1;
      if (!(b < 0 || isSpace(b) || b === C_LPAREN || b === C_LBRACKET || b === C_UNDERSCORE || b === C_GT || b === C_SEMI)) return NO_ANCHOR;
      if (enhancedOnly) return STATUS_FIELD;
      return cssColour(text, k, p) ? NO_ANCHOR : LOG;
    }
    case C_UNDERSCORE:
      if (!spaced && endsWithCI(text, k + 1, 'said:_')) return QMAIL;
      return NO_ANCHOR;
    case C_GT:
    case C_LT:
    case C_DASH:
    case C_STAR:
    case C_TILDE:
    case C_PIPE:
      if (enhancedOnly) return NO_ANCHOR;
      return markerAnchor(text, k);
    case C_RBRACKET: {
      // ASSP style "[SMTP Error] 550 ...": a bracketed tag that names an SMTP reply or error.
      if (enhancedOnly || !spaced) return NO_ANCHOR;
      const open = lastIndexWithin(text, '[', k, 40);
      if (open < 0) return NO_ANCHOR;
      const tag = text.slice(open + 1, k).toLowerCase();
      if (tag.includes('smtp') && (tag.includes('error') || tag.includes('reply') || tag.includes('response'))) {
        return LOG;
      }
      return NO_ANCHOR;
    }
    default:
      // qmail: "(Other MXes tried: 192.0.2.32 said 550 for RCPT TO response; ...)"
      if (spaced && !enhancedOnly && isAlpha(c) && wordBefore(text, k + 1) === 'said') return LOG;
      // Web-mail providers' labelled fields: "..., ResponseCode 421, Reason: ...".
      if (spaced && isAlpha(c)) {
        const w = wordBefore(text, k + 1);
        if (codeLabel(text, k + 1 - w.length, w)) return LABEL_FIELD;
      }
      // Exchange Online: "message was rejected with status code 5.7.1 and reason text ...".
      if (spaced && enhancedOnly && c === 101 /* e */ && wordBefore(text, k + 1) === 'code' && endsWithCI(text, k - 3, 'status ')) return STATUS_FIELD;
      return NO_ANCHOR;
  }
}

/**
 * A tab-separated field that opens with a code and its text ("\t503 This mail server requires ...\t") in a
 * record of an SMTP log: an earlier field holds a client command ("RCPT TO:<a@b>") or names SMTP
 * ("SMTP-IN"). A count column ("\t550\tdelivered") has no text after a space.
 */
function tabReplyField(text: string, p: number): boolean {
  const n = text.length;
  if (!replyShaped(text, p, n) || p + 4 >= n) return false;
  const t = text.charCodeAt(p + 4);
  if (isSpace(t) || (isDigit(t) && parseEnhanced(text, p + 4, n) < 0)) return false;
  // A quantity with its unit ("421 ms", "250 KB") is a column value, not a reply's text.
  let u = p + 4;
  while (u < n && isAlpha(text.charCodeAt(u)) && u - p < 9) u++;
  if (u - p - 4 <= 3 && (u >= n || isSpace(text.charCodeAt(u)))) return false;
  let end = p - 1;
  for (let fields = 0; fields < 12 && end > 0 && p - end < 600; fields++) {
    const start = text.lastIndexOf('\t', end - 1) + 1;
    if (clientCommandAt(text, start) && isUpper(text.charCodeAt(start))) return true;
    // A service column: "SMTP-IN", "SMTP-OUT", "SMTPC" (not "Microsoft SMTP Server" in a hop table).
    if (end - start >= 4 && end - start <= 12 && startsWithCI(text, start, 'smtp') && !text.slice(start, end).includes(' ')) return true;
    end = start - 1;
  }
  return false;
}

/** The client command in the tab-separated field before the one starting at p, or null. */
function commandInFieldBefore(text: string, p: number): string | null {
  const start = text.lastIndexOf('\t', p - 2) + 1;
  return clientCommandAt(text, start, false);
}

/** Anchors that end with ":" at index k. */
function colonAnchor(text: string, k: number, enhancedOnly: boolean): Candidate {
  const log = LOG;
  const b = k > 0 ? text.charCodeAt(k - 1) : -1;
  if (isSpace(b)) {
    // A label set apart from its colon: "ERROR_CODE :550, ERROR_CODE :5.2.1 ...".
    let e = k - 1;
    while (e > 0 && isSpace(text.charCodeAt(e - 1)) && k - e < 3) e--;
    const w = wordBefore(text, e);
    if (codeLabel(text, e - w.length, w)) return LABEL_FIELD;
  }
  if (isAlpha(b)) {
    const w = wordBefore(text, k);
    const ws = k - w.length;
    if (codeLabel(text, ws, w)) return LABEL_FIELD; // "SmtpResponseCode: 550", "ErrorCode: 5.2.1"
    // qmail's SMTP daemons log the reply they gave without a PID: "qmail-smtpd: 421 ...", "rblsmtpd: 451 ...".
    if (!enhancedOnly && (w.includes('smtpd') || w.startsWith('qmail-')) && (ws === 0 || isSpace(text.charCodeAt(ws - 1)))) return log;
    if (w === 'rsp') return enhancedOnly ? NO_ANCHOR : TRANSCRIPT; // SmarterMail: "rsp: 250 2.1.0 Sender OK"
    if (w === 'sent' || w === 'received') {
      // hMailServer: "SENT: 250 Queued" (as a server), "RECEIVED: 550 5.1.1 ..." (as a client).
      const bb = ws > 0 ? text.charCodeAt(ws - 1) : -1;
      return !enhancedOnly && (bb < 0 || bb === C_DQUOTE || bb === C_TAB) ? TRANSCRIPT : NO_ANCHOR;
    }
    if (w === 's' || w === 'server') {
      // "S: 250" transcript marker, after line start, whitespace or "]".
      if (w === 's') {
        const bb = ws > 0 ? text.charCodeAt(ws - 1) : -1;
        if (bb < 0 || isSpace(bb) || bb === C_RBRACKET) return enhancedOnly ? NO_ANCHOR : TRANSCRIPT;
        return NO_ANCHOR;
      }
      // "SMTP -> FROM SERVER:220 ..." (PHPMailer 5 debug output) is a transcript line; "RCPT not accepted
      // from server: 554 ..." an error that quotes the reply. Other things come "from server" too (counts).
      if (!enhancedOnly && endsWithCI(text, ws, '-> from ')) return TRANSCRIPT;
      if (!enhancedOnly && endsWithCI(text, ws, ' accepted from ')) return log;
      return NO_ANCHOR;
    }
    if (LABEL_WORDS.has(w) && smtpLabel(text, ws)) return log; // "SMTP code: 554", "Additional SMTP info: 5.7.1"
    if (w === 'status') {
      // A DSN "Status: 5.1.1" field stands at the start of its line, or in a list of fields after a comma
      // (Kerio "Result: failed, Status: 5.1.1 , Remote-Host: ...").
      let s = ws - 1;
      while (s >= 0 && isSpace(text.charCodeAt(s))) s--;
      return (s < 0 || (s < ws - 1 && text.charCodeAt(s) === C_COMMA)) && enhancedOnly ? STATUS_FIELD : NO_ANCHOR;
    }
    if (enhancedOnly ? COLON_WORDS_ENHANCED.has(w) : COLON_WORDS.has(w)) {
      // "HTTP error: 500", "HTTP response code: 503": the same words introduce web statuses.
      return mentionsHttp(text, ws) ? NO_ANCHOR : log;
    }
    // JavaMail "SMTPSendFailedException: 554 ...", MailKit "SmtpCommandException: 5.7.60 SMTP; ...": an
    // enhanced code alone only after an exception of a mail library (a NumberFormatException: 4.5.6 is not).
    if (w.endsWith('exception') && (!enhancedOnly || mailException(text, k))) return log;
    if (!enhancedOnly && w === 'client' && endsWithCI(text, ws, 'server -> ')) return TRANSCRIPT; // PHPMailer
    if (!enhancedOnly && AFTER_WORDS.has(w)) {
      // Exim: "SMTP error from remote mail server after pipelined DATA: 503 ..."
      const from = Math.max(0, ws - 40);
      if (text.slice(from, ws).toLowerCase().includes('after ')) return log;
    }
    return addressBefore(text, k) || eximAfter(text, k) || inStatValue(text, k) || pidThenName(text, k) ? log : NO_ANCHOR;
  }
  if (b === C_RBRACKET) {
    if (bracketHost(text, k - 1)) return log;
    // "policyd-spf[1234]: 550 5.7.23 ...": a syslog message that starts with a reply reads like a bare line.
    return !enhancedOnly && syslogTag(text, k - 1) ? LINE_START : NO_ANCHOR;
  }
  if (b === C_GT) return log; // "<user@example.com>: 550 ...", "helo=<x>: 5.7.1 ..."
  if (isDigit(b)) {
    // "[192.0.2.1]:25: 550 ..." (a port after the host) or rblsmtpd "pid 1234: 451 ..."
    let s = k - 1;
    while (s >= 0 && isDigit(text.charCodeAt(s)) && k - s <= 6) s--;
    if (s >= 0 && text.charCodeAt(s) === C_COLON && s > 0 && text.charCodeAt(s - 1) === C_RBRACKET) {
      return bracketHost(text, s - 1) ? log : NO_ANCHOR;
    }
    if (endsWithCI(text, s + 1, 'pid ')) return log;
    return !enhancedOnly && eximAfter(text, k) ? log : NO_ANCHOR;
  }
  return addressBefore(text, k) || (!enhancedOnly && eximAfter(text, k)) ? log : NO_ANCHOR;
}

// Generic label words that name a reply when the label also says SMTP ("SMTP code: 554", "SMTP error: 550",
// "Additional SMTP info: 5.7.1", "Enhanced status code: 5.1.1"). Alone they name HTTP statuses and counts too.
const LABEL_WORDS = new Set(['code', 'info', 'status', 'error', 'reply', 'response', 'result', 'detail', 'details']);
const LABEL_QUALIFIERS = new Set(['smtp', 'esmtp', 'enhanced', 'extended']);

// One-token labels of a reply's code in web-mail providers' bounces ("ERROR_CODE :550", "ResponseCode 421",
// "response_code=452", "SmtpReplyCode: 550"), compared without "-" and "_".
const CODE_LABELS = new Set([
  'errorcode', 'responsecode', 'replycode', 'smtpcode', 'smtperror', 'smtperrorcode', 'smtpresponse', 'smtpresponsecode',
  'smtpreply', 'smtpreplycode', 'smtpstatus', 'smtpstatuscode',
]);

/**
 * The word w starting at ws is a one-token code label. One that says SMTP is enough; "ErrorCode" and
 * "ResponseCode" also label HTTP statuses and program errors, so the line must not speak of HTTP and must show
 * mail: words of mail delivery, an e-mail address, a remote host, or an enhanced status code
 * ("ERROR_CODE :5.2.1").
 */
function codeLabel(text: string, ws: number, w: string): boolean {
  if (w.length < 8 || w.length > 20) return false;
  const key = w.replace(/[-_]/g, '');
  if (!CODE_LABELS.has(key)) return false;
  if (key.startsWith('smtp')) return true;
  if (mentionsHttp(text, ws)) return false;
  const head = text.length > 512 ? text.slice(0, 512) : text;
  return deliveryWords(head, 0, 512) || head.includes('@') || /remote|host/i.test(head) || ENHANCED_IN_TEXT.test(head);
}

/** An enhanced status code standing on its own somewhere in a text ("... :5.2.1 ..."). */
const ENHANCED_IN_TEXT = /(?:^|[^\d.])[245]\.\d{1,3}\.\d{1,3}(?![\d.])/;

/**
 * "#555" after a CSS property or in a style rule of a bounce's HTML part ("color: #555 !important",
 * "border: 1px solid #421 }") is a colour. Exchange's "#550 5.1.1 RESOLVER..." has its enhanced code after it.
 */
function cssColour(text: string, hash: number, p: number): boolean {
  const n = text.length;
  if (parseEnhanced(text, skipSpaces(text, p + 3, n), n) > 0) return false;
  const head = n > 1024 ? text.slice(0, 1024) : text;
  if (head.includes('{') || head.includes('}') || /style\s*=/i.test(head)) return true;
  // A declaration: a lower-case property name and its colon before the colour ("  color: #555 ...").
  let e = hash;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  if (e < 2 || text.charCodeAt(e - 1) !== C_COLON) return false;
  const w = wordBefore(text, e - 1);
  return w.length > 0 && !COLON_WORDS.has(w) && text.slice(e - 1 - w.length, e - 1) === w;
}

/** rblsmtpd names the list after the PID: "rblsmtpd: 192.0.2.1 pid 4712 zen.example.net: 451 ...". */
function pidThenName(text: string, k: number): boolean {
  const sp = lastIndexWithin(text, ' ', k, 256);
  if (sp < 0) return false;
  let d = sp;
  while (d > 0 && isDigit(text.charCodeAt(d - 1)) && sp - d < 8) d--;
  return d < sp && endsWithCI(text, d, ' pid ');
}

/** The one or two words before the label word starting at ws include "SMTP" or "enhanced"/"extended". */
function smtpLabel(text: string, ws: number): boolean {
  let e = ws;
  for (let words = 0; words < 2; words++) {
    if (e < 2 || text.charCodeAt(e - 1) !== C_SPACE) return false;
    const w = wordBefore(text, e - 1);
    if (w.length === 0) return false;
    if (LABEL_QUALIFIERS.has(w)) return true;
    e = e - 1 - w.length;
  }
  return false;
}

/** The exception whose name ends at end is a mail library's ("MailKit.Net.Smtp.SmtpCommandException"). */
function mailException(text: string, end: number): boolean {
  let s = end;
  while (s > 0 && end - s < 128 && !isSpace(text.charCodeAt(s - 1))) s--;
  const name = text.slice(s, end).toLowerCase();
  return name.includes('smtp') || name.includes('mail');
}

/** The last index of s that starts in [end - window, end), or -1. Bounded, unlike lastIndexOf. */
function lastIndexWithin(text: string, s: string, end: number, window: number): number {
  const from = Math.max(0, end - window);
  const i = text.slice(from, end).lastIndexOf(s);
  return i < 0 ? -1 : from + i;
}

/** Sendmail: the ":" at k is inside a "stat=" value ("stat=Service unavailable: 550 ..."). */
function inStatValue(text: string, k: number): boolean {
  const i = lastIndexWithin(text, 'stat=', k, 80);
  if (i < 0 || (i > 0 && isAlpha(text.charCodeAt(i - 1)))) return false;
  for (let j = i + 5; j < k; j++) {
    const c = text.charCodeAt(j);
    if (c === C_COMMA || c === C_COLON || c === C_EQ) return false;
  }
  return true;
}

/**
 * Exim names the whole command before the reply: "SMTP error from remote mail server after MAIL
 * FROM:<a@b> SIZE=1863: 452 ...". True when the ":" at k closes such a command (no ": " in between).
 */
function eximAfter(text: string, k: number): boolean {
  const i = lastIndexWithin(text, 'server after ', k, 600);
  if (i < 0) return false;
  const between = text.indexOf(': ', i);
  return between < 0 || between >= k;
}

/** "HTTP" (any case) in the 40 characters before index end. */
function mentionsHttp(text: string, end: number): boolean {
  const from = Math.max(0, end - 40);
  return text.slice(from, end).toLowerCase().includes('http');
}

/** "...]" at index close: true when the bracket holds a host address or name, not a PID ("smtpd[8738]"). */
function bracketHost(text: string, close: number): boolean {
  let s = close - 1;
  let allDigits = true;
  while (s >= 0 && close - s <= 64) {
    const c = text.charCodeAt(s);
    if (c === C_LBRACKET) return close - s > 1 && !allDigits;
    if (c === C_RBRACKET || c === C_SPACE) return false;
    if (!isDigit(c)) allDigits = false;
    s--;
  }
  return false;
}

// Mail programs whose syslog messages may start with the reply they gave ("policyd-spf[1234]: 550 ...").
const MAIL_PROGRAMS = ['smtp', 'mail', 'postfix', 'exim', 'sendmail', 'milter', 'spf', 'dkim', 'dmarc', 'policy', 'courier', 'qmail', 'haraka', 'lmtp', 'mta'];

/** "prog[1234]" ends at close: a syslog tag with a PID whose program is a mail program. */
function syslogTag(text: string, close: number): boolean {
  let s = close - 1;
  while (s >= 0 && isDigit(text.charCodeAt(s)) && close - s <= 8) s--;
  if (s === close - 1 || s < 1 || text.charCodeAt(s) !== C_LBRACKET) return false;
  let b = s - 1;
  while (b >= 0 && s - b <= 40 && !isSpace(text.charCodeAt(b))) b--;
  const prog = text.slice(b + 1, s).toLowerCase();
  return MAIL_PROGRAMS.some((m) => prog.includes(m));
}

/** The token before the ":" at k is an e-mail address ("user@example.com: 550 ..."). */
function addressBefore(text: string, k: number): boolean {
  let s = k - 1;
  let at = false;
  while (s >= 0 && k - s <= 128) {
    const c = text.charCodeAt(s);
    if (isSpace(c) || c === C_COMMA || c === C_LT || c === C_LPAREN || c === C_DQUOTE) break;
    if (c === C_AT) at = true;
    s--;
  }
  return at && s < k - 3;
}

/** A value opened by a quote at k: C="250 OK", stat="451 ...", returned '550 ...', reply: b'250 ...'. */
function quoteAnchor(text: string, k: number, quote: number, enhancedOnly: boolean): Candidate {
  const q: Candidate = { anchor: Anchor.Quoted, quote };
  let e = k - 1;
  // Exchange protocol logs quote a data field that holds a comma: ...,>,"220 EX01 ... ready at Sat, 28 Nov ...",
  if (!enhancedOnly && e >= 2 && text.charCodeAt(e) === C_COMMA && text.charCodeAt(e - 2) === C_COMMA) {
    const d = text.charCodeAt(e - 1);
    if (d === C_LT || d === C_GT) return { anchor: Anchor.Transcript, quote };
  }
  if (e >= 0 && text.charCodeAt(e) === C_EQ) {
    const w = wordBefore(text, e);
    if (EQ_KEYS.has(w)) return q;
    return NO_ANCHOR;
  }
  // smtplib: reply: b'250-smtp.example.com\r\n'
  if (e >= 0 && text.charCodeAt(e) === 98 /* b */ && (e === 0 || !isAlpha(text.charCodeAt(e - 1)))) e--;
  while (e >= 0 && isSpace(text.charCodeAt(e))) e--;
  if (e >= 0 && text.charCodeAt(e) === C_COLON) {
    if (e > 0 && text.charCodeAt(e - 1) === C_DQUOTE) {
      // A JSON member: "smtpResponse":"250 2.0.0 Ok", "status":"5.1.1" (a DSN status in an ESP event).
      const key = wordBefore(text, e - 1);
      if (JSON_STATUS_KEYS.has(key.replace(/[-_]/g, ''))) return enhancedOnly ? { anchor: Anchor.StatusField, quote } : NO_ANCHOR;
      if (JSON_KEYS.has(key)) return q;
      // Mailgun and others: "message": "5.1.1 <a@b>: Recipient address rejected ...". A generic key, so only an
      // enhanced code that opens the value and text that speaks of mail delivery.
      return enhancedOnly && JSON_MESSAGE_KEYS.has(key) && deliveryWords(text, k + 1) ? q : NO_ANCHOR;
    }
    const w = wordBefore(text, e);
    if (w === 'reply') return enhancedOnly ? NO_ANCHOR : { anchor: Anchor.Transcript, quote };
    if (COLON_WORDS.has(w)) return q;
    return NO_ANCHOR;
  }
  const w = wordBefore(text, e + 1);
  if (w === 'returned' || w === 'was' || w === 'said' || w === 'response') return q;
  return NO_ANCHOR;
}

/**
 * Transcript and arrow markers ending with the character at k: swaks "<-", "<**", "<~"; Sendmail "<<<";
 * Exim debug "SMTP>>", "SMTP<<", "SMTP>|"; Exchange protocol logs ",>," and ",<,"; "-> 550" in NDR text.
 */
function markerAnchor(text: string, k: number): Candidate {
  const t = TRANSCRIPT;
  if (text.charCodeAt(k) === C_GT && k > 0 && text.charCodeAt(k - 1) === C_EQ) return quotedCommandArrow(text, k - 1) ? LOG : NO_ANCHOR;
  // Walk back over the marker's symbols.
  let s = k;
  while (s >= 0 && k - s < 4) {
    const d = text.charCodeAt(s);
    if (d === C_LT || d === C_GT || d === C_DASH || d === C_STAR || d === C_TILDE || d === C_PIPE) s--;
    else break;
  }
  const marker = text.slice(s + 1, k + 1);
  const head = s; // index before the marker
  if (head >= 3 && endsWithCI(text, head + 1, 'smtp')) return t; // SMTP>> SMTP<< SMTP>| SMTP|>
  let h = head;
  while (h >= 0 && isSpace(text.charCodeAt(h))) h--;
  const atLineStart = h < 0;
  if (atLineStart) {
    if (marker === '<-' || marker === '<**' || marker === '<~' || marker === '<~*' || marker === '<<<' || marker === '<<' || marker === '<') return t;
    return NO_ANCHOR;
  }
  if ((marker === '>' || marker === '<') && text.charCodeAt(head) === C_COMMA && text.charCodeAt(k + 1) === C_COMMA) {
    return t; // Exchange protocol log direction field
  }
  if (marker === '<--') return t; // MDaemon: "08:00:01.123: <-- 550 5.1.1 User unknown"
  if (marker === '->' && h === head - 1 && isSpace(text.charCodeAt(head))) return LOG;
  if (marker === '->' && isSpace(text.charCodeAt(k + 1))) return LOG;
  return NO_ANCHOR;
}

/**
 * OpenSMTPD: 'Failed command on session 1c2d: "RCPT TO:<a@b>" => 550 Invalid recipient'. True when the "=>"
 * at eq follows a quoted SMTP command; a "=>" after anything else (a Perl or Ruby hash, a mapping in a
 * config dump) introduces no reply.
 */
function quotedCommandArrow(text: string, eq: number): boolean {
  let q = eq - 1;
  while (q >= 0 && isSpace(text.charCodeAt(q)) && eq - q < 4) q--;
  if (q < 1) return false;
  const quote = text.charCodeAt(q);
  if (quote !== C_DQUOTE && quote !== C_SQUOTE) return false;
  const open = lastIndexWithin(text, quote === C_DQUOTE ? '"' : "'", q, 600);
  if (open < 0 || clientCommandAt(text, open + 1) === null) return false;
  // The line speaks of SMTP or of a failed command; a hash key that happens to be a verb ({"data" => 250}) does not.
  const before = text.slice(Math.max(0, open - 200), open).toLowerCase();
  return before.includes('smtp') || before.includes('command');
}

// ---- commands -------------------------------------------------------------------------------------------

/** Client verbs and the command name a finding reports for them. */
const VERBS: ReadonlyArray<[string, string]> = [
  ['mail from', 'MAIL FROM'],
  ['rcpt to', 'RCPT TO'],
  ['ehlo', 'EHLO'],
  ['helo', 'HELO'],
  ['lhlo', 'LHLO'],
  ['data', 'DATA'],
  ['bdat', 'BDAT'],
  ['starttls', 'STARTTLS'],
  ['auth', 'AUTH'],
  ['rset', 'RSET'],
  ['quit', 'QUIT'],
  ['noop', 'NOOP'],
  ['vrfy', 'VRFY'],
  ['expn', 'EXPN'],
  ['etrn', 'ETRN'],
  ['xclient', 'XCLIENT'],
  ['xforward', 'XFORWARD'],
  ['help', 'HELP'],
  ['mail', 'MAIL FROM'],
  ['rcpt', 'RCPT TO'],
];

/** The first letters of VERBS and of "end of data": commandPhrase's first test. */
const VERB_INITIALS = new Set([101 /* e */, ...VERBS.map(([verb]) => verb.charCodeAt(0))]);

/**
 * The SMTP command a client line at pos sends ("MAIL FROM:<a@b>" -> "MAIL FROM"), or null. `inField`: the
 * command stands in a comma-separated field (Exchange protocol logs: ",<,STARTTLS,").
 */
function clientCommandAt(text: string, pos: number, inField = false): string | null {
  for (const [verb, name] of VERBS) {
    if (!startsWithCI(text, pos, verb)) continue;
    const a = pos + verb.length < text.length ? text.charCodeAt(pos + verb.length) : -1;
    if (a < 0 || isSpace(a) || a === C_COLON || a === 92 /* \ of \r\n in smtplib */ || a === C_SQUOTE) return name;
    // Mercury writes the line ending: "QUIT<cr><lf>".
    if (a === C_LT && startsWithCI(text, pos + verb.length, '<cr>')) return name;
    if (inField && a === C_COMMA) return name;
  }
  return null;
}

const COMMAND_KEYS: ReadonlyArray<string> = ['command="', 'rejected ', ',cmd: '];

/**
 * Every phrase commandFromLine looks for contains one of these: a line without any (every "status=sent"
 * line) is settled by one search instead of a dozen. Literal alternatives only: no backtracking.
 */
const COMMAND_HINTS = /in reply to |reject|"|after | not accepted|END-OF-MESSAGE|ruleset=check_|,cmd: |authenticat|SMTP| response|refused to talk to me|greeting/;

/**
 * The command a log line names for the reply on it ("in reply to RCPT TO command", "after DATA"), or null.
 * The phrases are searched with the casing the logs write them in; the command words in any case.
 */
export function commandFromLine(line: string): string | null {
  const t = line.length > 4096 ? line.slice(0, 4096) : line;
  if (!COMMAND_HINTS.test(t)) return null;
  let i = t.indexOf('in reply to ');
  if (i >= 0) {
    const c = commandPhrase(t, i + 12);
    if (c) return c;
  }
  // Most lines name no command at all (every "status=sent" line): a search that cannot match is skipped
  // when a shorter one it contains has already failed ("reject", a double quote, "SMTP").
  const reject = t.indexOf('reject');
  const quoted = t.indexOf('"') >= 0;
  i = reject < 0 ? -1 : t.indexOf('rejected after ', reject);
  if (i >= 0 && startsWithCI(t, i + 15, 'data')) return 'end of DATA';
  for (i = t.indexOf('after '); i >= 0; i = t.indexOf('after ', i + 6)) {
    let j = i + 6;
    if (t.startsWith('pipelined ', j)) j += 10;
    const c = commandPhrase(t, j);
    if (c) return c;
    if (t.startsWith('initial connection', j)) return 'CONNECT';
  }
  i = t.indexOf(' not accepted');
  if (i > 0) {
    // PHPMailer: "RCPT not accepted from server: 554 ...", "DATA command not accepted from server: 554 ..."
    let e = i;
    if (endsWithCI(t, e, ' command')) e -= 8;
    if (endsWithCI(t, e, 'data end')) return 'end of DATA';
    for (const [verb, name] of VERBS) {
      if (endsWithCI(t, e, verb) && (e === verb.length || !isAlpha(t.charCodeAt(e - verb.length - 1)))) return name;
    }
  }
  i = quoted ? t.indexOf('" => ') : -1;
  if (i > 0) {
    // OpenSMTPD: Failed command on session 1c2d: "RCPT TO:<a@b>" => 550 Invalid recipient
    const open = t.lastIndexOf('"', i - 1);
    const c = open >= 0 ? commandPhrase(t, open + 1) : null;
    if (c) return c;
  }
  i = quoted ? t.indexOf('response to "') : -1;
  if (i >= 0) {
    const c = commandPhrase(t, i + 13);
    if (c) return c;
  }
  i = reject;
  if (i >= 0) {
    // Postfix smtpd: "NOQUEUE: reject: RCPT from ...", "milter-reject: END-OF-MESSAGE from ...".
    const colon = t.indexOf(': ', i);
    if (colon >= 0 && colon - i < 16) {
      const j = colon + 2;
      if (startsWithCI(t, j, 'end-of-message') || t.startsWith('header ', j) || t.startsWith('body ', j)) return 'end of DATA';
      if (startsWithCI(t, j, 'connect from')) return 'CONNECT';
      const c = commandPhrase(t, j);
      if (c) return c;
    }
  }
  if (t.includes('END-OF-MESSAGE')) return 'end of DATA';
  i = t.indexOf('ruleset=check_');
  if (i >= 0) {
    const j = i + 14;
    if (t.startsWith('rcpt', j)) return 'RCPT TO';
    if (t.startsWith('mail', j)) return 'MAIL FROM';
    if (t.startsWith('relay', j)) return 'CONNECT';
  }
  for (const key of COMMAND_KEYS) {
    // OpenSMTPD failed-command, Exim "rejected RCPT <...>", Courier ",cmd: AUTH LOGIN".
    if ((key === 'command="' && !quoted) || (key === 'rejected ' && reject < 0)) continue;
    i = t.indexOf(key);
    if (i >= 0) {
      const c = commandPhrase(t, i + key.length);
      if (c) return c;
    }
  }
  const auth = t.indexOf('authenticat');
  if (auth >= 0 && (t.includes('authenticator failed', auth) || t.includes('authentication failed', auth))) return 'AUTH';
  if (t.includes('SMTP')) {
    // Python smtplib exceptions name the step.
    if (t.includes('SMTPRecipientsRefused')) return 'RCPT TO';
    if (t.includes('SMTPSenderRefused')) return 'MAIL FROM';
    if (t.includes('SMTPDataError')) return 'DATA';
    if (t.includes('SMTPAuthenticationError')) return 'AUTH';
    if (t.includes('SMTPHeloError')) return 'HELO';
  }
  i = t.indexOf(' response');
  if (i >= 0) {
    // qmail: "most progress was RCPT TO response", "said 550 for RCPT TO response"
    for (const [verb, name] of VERBS) if (verb.length > 4 && endsWithCI(t, i, verb)) return name;
    if (endsWithCI(t, i, 'data')) return 'DATA';
  }
  if (t.includes('refused to talk to me') || t.includes('greeting')) return 'CONNECT';
  return null;
}

/** A command named at j ("RCPT TO", "end of data", "MAIL FROM:<>", "DATA"), in any case. */
export function commandPhrase(t: string, j: number): string | null {
  const c = lower(t.charCodeAt(j));
  if (!VERB_INITIALS.has(c)) return null;
  if (startsWithCI(t, j, 'end of data')) return 'end of DATA';
  for (const [verb, name] of VERBS) {
    if (verb.charCodeAt(0) !== c || !startsWithCI(t, j, verb)) continue;
    const a = j + verb.length < t.length ? t.charCodeAt(j + verb.length) : -1;
    if (a < 0 || a === C_SPACE || a === C_COLON || a === C_DQUOTE || a === C_RPAREN || a === C_COMMA || a === C_LT) return name;
  }
  return null;
}

// ---- remote host ----------------------------------------------------------------------------------------

const HOST_KEYS: ReadonlyArray<string> = ['host ', 'server ', 'relay=', 'relay="', 'H=', 'Remote Server at ', 'remote server at '];

/** The remote server named on the line: "host X[ip] said", Exim "H=X [ip]", "relay=X[ip]", "Remote Server at X". */
export function remoteHostOf(text: string): string | null {
  const n = Math.min(text.length, 4096);
  // Postfix verbose client logging: "postfix/smtp[1]: < mx.example.net[192.0.2.1]:25: 250-PIPELINING"
  const verbose = text.indexOf(': < ');
  if (verbose >= 0 && verbose < 200) {
    const h = hostToken(text, verbose + 4, n);
    if (h) return h;
  }
  for (const key of HOST_KEYS) {
    let from = 0;
    for (let guard = 0; guard < 8; guard++) {
      const i = text.indexOf(key, from);
      if (i < 0 || i >= n) break;
      from = i + key.length;
      if (key === 'H=' && i > 0 && !isSpace(text.charCodeAt(i - 1))) continue;
      const h = hostToken(text, i + key.length, n);
      if (h) return h;
    }
  }
  return null;
}

function hostToken(text: string, s: number, n: number): string | null {
  let e = s;
  let dots = 0; // dots and colons
  while (e < n) {
    const c = text.charCodeAt(e);
    if (isSpace(c) || c === C_LBRACKET || c === C_COMMA || c === C_LPAREN || c === C_DQUOTE || c === C_SQUOTE || c === C_SEMI || c === C_LT) break;
    if (c === C_DOT || c === C_COLON) dots++;
    e++;
  }
  // a trailing dot or colon is no part of the name
  const last = e > s ? text.charCodeAt(e - 1) : -1;
  if (last === C_DOT || last === C_COLON) {
    e--;
    dots--;
  }
  if (e - s < 3 || e - s > 255 || dots === 0) return null;
  const c0 = text.charCodeAt(s);
  if (!isAlpha(c0) && !isDigit(c0)) return null;
  return text.slice(s, e);
}

// ---- the line scanner -----------------------------------------------------------------------------------

interface Raw {
  code: string | null;
  codeStart: number;
  codeEnd: number;
  enhanced: string | null;
  enhancedStart: number;
  enhancedEnd: number;
  textStart: number;
  /** End of the codes: scanning resumes here. */
  end: number;
  continued: boolean;
  anchor: Anchor;
  quote: number;
}

/** What a line is in a transcript: a server line (codes follow at `content`), a client line, or neither. */
interface LineRole {
  role: 'server' | 'client' | 'none' | 'debug';
  content: number;
  /**
   * A direction marker inside the line ("SMTP-IN:00000421: >> 220 ...", "09:30:21 <<< 250-SIZE",
   * "posttls-finger: < 250-PIPELINING"): either direction, the content decides, and it counts only in a
   * session (see weakMarkerHolds). `at` is where the marker's lead-in starts.
   */
  weak?: boolean;
  at?: number;
}

const NONE_ROLE: LineRole = { role: 'none', content: 0 };

/**
 * Role markers that stand further into a line. Literal alternatives only: the engine cannot backtrack
 * beyond the length of one marker.
 */
const ROLE_MARKERS = /\] C: |\] cmd: |: --> |: <-- | bytes: ['"]|"SENT: |"RECEIVED: | <{1,3} | >{1,3} /g;

/** Recognizes transcript prefixes at the start of a line (after whitespace and bracketed log tags). */
function lineRole(text: string, n: number): LineRole {
  let i = skipSpaces(text, 0, n);
  // Skip bracketed tags and a level word: "[2024-01-01 10:00:00] DEBUG [abc] S: 220", "[PROTOCOL] [id] [core] C: ..."
  for (let guard = 0; guard < 6 && i < n && i < 200; guard++) {
    const c = text.charCodeAt(i);
    if (c === C_LBRACKET) {
      const close = text.indexOf(']', i);
      if (close < 0 || close - i > 80) break;
      i = skipSpaces(text, close + 1, n);
      continue;
    }
    if (isAlpha(c) && i > 0) {
      let e = i;
      while (e < n && isAlpha(text.charCodeAt(e)) && e - i < 10) e++;
      const w = text.slice(i, e);
      if (e < n && text.charCodeAt(e) === C_SPACE && w === w.toUpperCase() && w.length > 2 && text.charCodeAt(e + 1) !== C_COLON) {
        i = skipSpaces(text, e, n);
        continue;
      }
    }
    break;
  }
  if (i >= n) return NONE_ROLE;
  const c = text.charCodeAt(i);
  const c1 = i + 1 < n ? text.charCodeAt(i + 1) : -1;
  const c2 = i + 2 < n ? text.charCodeAt(i + 2) : -1;
  if ((c === 83 || c === 67) && c1 === C_COLON && c2 !== 92 /* backslash */ && c2 !== 47 /* slash */) {
    // S: / C: (but not a drive letter: grep output "C:\logs\smtp.log:12:550 5.1.1 ...")
    return { role: c === 83 ? 'server' : 'client', content: skipSpaces(text, i + 2, n) };
  }
  if (c === C_LT) {
    // <- <** <~ <<< <<: server lines (swaks, Sendmail transcripts)
    let e = i;
    while (e < n && e - i < 4) {
      const d = text.charCodeAt(e);
      if (d === C_LT || d === C_DASH || d === C_STAR || d === C_TILDE) e++;
      else break;
    }
    const m = text.slice(i, e);
    if (m === '<-' || m === '<**' || m === '<~' || m === '<~*' || m === '<<<' || m === '<<') return { role: 'server', content: skipSpaces(text, e, n) };
    if (m === '<--' && e < n && isSpace(text.charCodeAt(e))) return { role: 'debug', content: skipSpaces(text, e, n) };
    return NONE_ROLE;
  }
  if (c === C_DASH || c === C_TILDE || c === C_GT) {
    // -> ~> >>>: client lines (swaks, Sendmail transcripts)
    if ((c === C_DASH || c === C_TILDE) && c1 === C_GT) return { role: 'client', content: skipSpaces(text, i + 2, n) };
    // "--> " / "<-- " (MDaemon-style arrows) point one way in an inbound log and the other way in an
    // outbound one: the content tells a reply from a command.
    if (c === C_DASH && c1 === C_DASH && i + 3 < n && text.charCodeAt(i + 2) === C_GT && isSpace(text.charCodeAt(i + 3))) {
      return { role: 'debug', content: skipSpaces(text, i + 3, n) };
    }
    if (c === C_GT && c1 === C_GT && i + 2 < n && text.charCodeAt(i + 2) === C_GT) return { role: 'client', content: skipSpaces(text, i + 3, n) };
    return NONE_ROLE;
  }
  if (startsWithCI(text, i, 'smtp') && i + 5 < n) {
    // Exim debug: SMTP>> / SMTP<< / SMTP>| ... either direction; the content tells a reply from a command.
    // The marker points somewhere ("<" or ">") and is followed by a space: a name that merely starts with
    // "smtp-" (a container "smtp-relay-7c9f5d  | ...", OpenSMTPD's "smtp-in:") is not a marker.
    let e = i + 4;
    let arrow = false;
    while (e < n && e - i < 8) {
      const d = text.charCodeAt(e);
      if (d === C_LT || d === C_GT) arrow = true;
      else if (d !== C_PIPE && d !== C_DASH) break;
      e++;
    }
    if (arrow && (e >= n || isSpace(text.charCodeAt(e)))) return { role: 'debug', content: skipSpaces(text, e, n) };
    // Otherwise a program name ("smtp-source: <<< 220 ..."): markers further into the line may still follow.
  }
  if (startsWithCI(text, i, 'send: ')) {
    // Python smtplib debug: send: b'mail FROM:<a@b>\r\n'
    let j = i + 6;
    if (text.charCodeAt(j) === 98) j++;
    if (text.charCodeAt(j) === C_SQUOTE || text.charCodeAt(j) === C_DQUOTE) j++;
    return { role: 'client', content: j };
  }
  // Markers further into the line, within its first 300 characters, found in one pass.
  const head = n > 320 ? text.slice(0, 320) : text;
  ROLE_MARKERS.lastIndex = 0;
  for (let m = ROLE_MARKERS.exec(head); m !== null && m.index < 300; m = ROLE_MARKERS.exec(head)) {
    const at = m.index;
    const end = at + m[0].length;
    switch (m[0]) {
      case '] C: ':
      case '] cmd: ':
        // A "C:" after a bracketed tag (Haraka behind a syslog prefix), SmarterMail's "[ip][id] cmd: MAIL FROM:<a@b>".
        if (at > 0) return { role: 'client', content: end };
        break;
      case ': --> ':
      case ': <-- ':
        // MDaemon after its time stamp: "--> " is what MDaemon sent, "<-- " what it received, so in an inbound
        // session "-->" carries the replies and in an outbound one "<--" does: the content decides.
        if (at > 0) return { role: 'debug', content: skipSpaces(text, end, n) };
        break;
      case '"SENT: ':
      case '"RECEIVED: ':
        // hMailServer: "SENT: MAIL FROM:<a@b>" (as a client) or "RECEIVED: EHLO x" (as a server): a command either way.
        if (at > 0 && clientCommandAt(text, end)) return { role: 'client', content: end };
        break;
      default: {
        const last = text.charCodeAt(end - 2);
        if (last === C_LT || last === C_GT) {
          const lead = at > 0 ? text.charCodeAt(at - 1) : -1;
          if (!(isDigit(lead) || lead === C_COLON || lead === C_RBRACKET)) break;
          // A direction marker of a session log after a time stamp, an ID or a program name: Axigen ">>",
          // IceWarp ">>>"/"<<<", Mercury ">>"/"<<", posttls-finger "<"/">", smtp-source "<<<"/">>>". Which
          // side each tool marks differs, so the content decides: a reply-shaped code, or a client command.
          if (replyShaped(text, end, n) || (isUpper(text.charCodeAt(end)) && clientCommandAt(text, end))) {
            return { role: 'debug', content: end, weak: true, at };
          }
          break;
        }
        // Byte dumps of an SMTP session (MailHog, Go and Python SMTP servers): "[SMTP 172.18.0.5:45678] Sent 35
        // bytes: '220 mailhog.example ESMTP\r\n'", "Received 6 bytes: 'QUIT\r\n'". Either direction; the
        // content decides. Only when the line names SMTP before the dump: HTTP clients log "bytes: '421 ...'" too.
        if (at > 0 && text.slice(0, at).toLowerCase().includes('smtp')) return { role: 'debug', content: end };
      }
    }
  }
  const first = text.charCodeAt(0);
  if (!isDigit(first) && first !== 67 /* C */) return NONE_ROLE;
  // PHPMailer debug output, after a timestamp: "CLIENT -> SERVER: MAIL FROM:<a@b>" (replies: "SERVER -> CLIENT: 250").
  const php = text.indexOf('CLIENT -> SERVER: ');
  if (php >= 0 && php < 80) return { role: 'client', content: php + 18 };
  // PHPMailer 5: "CLIENT -> SMTP: MAIL FROM:<a@b>".
  if (startsWithCI(text, 0, 'client -> smtp:')) return { role: 'client', content: skipSpaces(text, 15, n) };
  // Exchange protocol logs, after a timestamp: ...,>,220 ... / ...,<,EHLO x
  const dir = text.indexOf(',<,');
  const dir2 = dir >= 0 ? dir : text.indexOf(',>,');
  if (dir2 > 0 && dir2 < 400) {
    let j = dir2 + 3;
    if (text.charCodeAt(j) === C_DQUOTE) j++; // a quoted field: "EHLO [192.0.2.1],x"
    if (clientCommandAt(text, j, true)) return { role: 'client', content: j };
  }
  return NONE_ROLE;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A known code at i followed by a space, "-" or the line end: how a reply line starts. */
function replyShaped(text: string, i: number, n: number): boolean {
  if (!knownCodeAt(text, i, n)) return false;
  const a = i + 3 < n ? text.charCodeAt(i + 3) : -1;
  return a < 0 || a === C_SPACE || a === C_DASH;
}

/**
 * A direction marker inside a line is a transcript marker only in an SMTP session: the session is already
 * under way (a reply was seen), or the line names SMTP before the marker ("SMTP-IN:", "smtp-source:"), or it
 * is the greeting (220) that opens one. So ">> 500 Internal Server Error" in an HTTP client's debug output,
 * "a < 250 and b > 300" or "x: > 421 rows" are no replies.
 */
function weakMarkerHolds(text: string, role: LineRole, n: number, state: ScanState): boolean {
  if (state.transcript) return true;
  const at = role.at ?? 0;
  if (text.slice(Math.max(0, at - 200), at).toLowerCase().includes('smtp')) return true;
  return knownCodeAt(text, role.content, n) === '220';
}

function knownCodeAt(text: string, i: number, n: number): string | null {
  if (i + 3 > n) return null;
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  const c = text.charCodeAt(i + 2);
  if (!isDigit(a) || !isDigit(b) || !isDigit(c)) return null;
  if (i + 3 < n && isDigit(text.charCodeAt(i + 3))) return null;
  const code = text.slice(i, i + 3);
  return KNOWN_CODES.has(code) ? code : null;
}

/** After "NNN-": false when it runs on like a hostname or phone number ("211-75-6-133", "555-123-4567"). */
function plausibleContinuation(text: string, j: number, n: number): boolean {
  if (j >= n) return true;
  const c = text.charCodeAt(j);
  if (!isDigit(c)) return true;
  if (parseEnhanced(text, j, n) > 0) return true;
  let e = j;
  while (e < n && isDigit(text.charCodeAt(e))) e++;
  if (e - j === 3 && knownCodeAt(text, j, n) && (e >= n || text.charCodeAt(e) === C_DASH || isSpace(text.charCodeAt(e)))) return true;
  return e < n && isAlpha(text.charCodeAt(e)); // "250-8BITMIME"
}

/** A bare line "NNN text": the text must not start like a number that is not a code, an enhanced code or an IP. */
function plausibleBareText(text: string, j: number, n: number): boolean {
  if (j >= n) return true;
  const c = text.charCodeAt(j);
  if (!isDigit(c)) return true;
  if (parseEnhanced(text, j, n) > 0) return true;
  if (knownCodeAt(text, j, n)) {
    const a = j + 3 < n ? text.charCodeAt(j + 3) : -1;
    return a < 0 || isSpace(a) || a === C_DASH;
  }
  let e = j;
  while (e < n && isDigit(text.charCodeAt(e))) e++;
  if (e < n && isAlpha(text.charCodeAt(e))) return true; // "250 8BITMIME"
  // "220 192.0.2.1 ESMTP": a greeting that names the server by address.
  let dots = 0;
  e = j;
  while (e < n && (isDigit(text.charCodeAt(e)) || text.charCodeAt(e) === C_DOT) && e - j < 16) {
    if (text.charCodeAt(e) === C_DOT) dots++;
    e++;
  }
  return dots === 3 && (e >= n || isSpace(text.charCodeAt(e)));
}

/**
 * Tries a basic code at i (i starts a run of exactly three digits). Returns the raw finding or null.
 */
function tryBasic(text: string, i: number, n: number, forced: Candidate | null): Raw | null {
  const code = knownCodeAt(text, i, n);
  if (!code) return null;
  const cand = forced ?? anchorBefore(text, i, false);
  let anchor = cand.anchor;
  const after = i + 3 < n ? text.charCodeAt(i + 3) : -1;
  let continued = false;
  let j = i + 3; // where the reply text (or the enhanced code) starts
  let textStart0 = -1; // set when the text does not simply follow the codes
  let plusJoined = false;
  let colonJoined = false;
  let quoteOverride = 0;
  if (after < 0) {
    // A lone code: fine after a marker or a log phrase ("said: 550" wrapped), at a bare line start only in
    // a transcript (a lone number on a line is otherwise just a number).
    if (anchor === Anchor.None) return null;
  } else if (after === C_DASH) {
    if (anchor === Anchor.StatusField) return null;
    continued = true;
    j = i + 4;
    if (!plausibleContinuation(text, j, n)) return null;
  } else if (isSpace(after)) {
    j = skipSpaces(text, i + 3, n);
  } else if (after === C_COLON && (i + 4 >= n || isSpace(text.charCodeAt(i + 4)))) {
    // A colon glued to the code, as a large web-mail provider writes its bounces: "550: 5.2.2 <a@b>... Mailbox
    // Full", "550: : User unknown". Without an anchor only with an enhanced code of the same class (below).
    colonJoined = true;
    j = skipSpaces(text, i + 4, n);
  } else if (cand === LABEL_FIELD && (after === C_COMMA || after === C_SEMI)) {
    j = i + 3; // "ERROR_CODE :550, ERROR_CODE :5.2.1 ...", "ResponseCode 421, Reason: ..."
  } else if (anchor === Anchor.Quoted && after === cand.quote) {
    j = i + 3;
  } else if (anchor === Anchor.Paren && after === C_RPAREN) {
    // smtplib: "reply: retcode (250); Msg: b'2.1.0 OK'": the enhanced code opens the message.
    j = i + 4;
    if (startsWithCI(text, j, '; msg: ')) {
      j += 7;
      if (text.charCodeAt(j) === 98) j++;
      const q = text.charCodeAt(j);
      if (q === C_SQUOTE || q === C_DQUOTE) {
        quoteOverride = q;
        j++;
      }
    }
  } else if (anchor === Anchor.Paren && after === C_COMMA && cand.quote) {
    j = i + 5;
    if (text.charCodeAt(j) === 98) j++;
    j++; // the opening quote
  } else if (anchor === Anchor.Qmail && after === C_UNDERSCORE) {
    j = i + 4;
  } else if (anchor === Anchor.Log && after === C_UNDERSCORE && gluedSentence(text, i + 4, n)) {
    // qmail-style text with underscores for spaces after a log phrase (spamdyke "reason: 553_sorry,_that_...").
    anchor = Anchor.Qmail;
    j = i + 4;
  } else if (anchor === Anchor.Log && after === C_COMMA && text.charCodeAt(i + 4) === C_SPACE && parseEnhanced(text, i + 5, n) > 0) {
    j = i + 5; // Mailman: "SMTP session failure: 550, 5.1.1 <a@b>... User unknown"
  } else if (anchor === Anchor.None && after === 43 /* + */) {
    // IIS SMTP logs write spaces as "+": "550+5.1.1+User+unknown". Accepted with an enhanced code only.
    const e = parseEnhanced(text, i + 4, n);
    if (e < 0 || text.charCodeAt(e) !== 43) return null;
    j = i + 4;
  } else {
    return null;
  }

  // The enhanced code, after a duplicated basic code ("was: 554 554 5.7.0", "550 550 Recipient ...").
  let enh: string | null = null;
  let es = 0;
  let ee = 0;
  let k = j;
  if (!continued && knownCodeAt(text, k, n) === code && k + 3 < n && isSpace(text.charCodeAt(k + 3))) {
    const k2 = skipSpaces(text, k + 3, n);
    if (parseEnhanced(text, k2, n) > 0) k = k2;
  }
  let e = parseEnhanced(text, k, n);
  // "550 - 5.1.1 <a@b>: ..." (Zoho bounces): the enhanced code after a spaced dash, of the same class.
  let dashed = false;
  if (e < 0 && !continued && k === i + 4 && text.charCodeAt(k) === C_DASH && text.charCodeAt(k + 1) === C_SPACE && text.charCodeAt(k + 2) === code.charCodeAt(0)) {
    e = parseEnhanced(text, k + 2, n);
    if (e > 0) {
      k += 2;
      dashed = true;
    }
  }
  // A service's wrapper that quotes the remote reply: "Unknown address error 550-'5.7.1 <a@b>... Access denied'",
  // "error 421 \"4.4.2 Connection timed out\"": the enhanced code of the same class opens the quoted text, which
  // is the whole reply (the dash continues nothing).
  let nestedQuote = 0;
  if (e < 0 && !dashed && (j === i + 4 || (isSpace(after) && j - i < 6))) {
    const q = text.charCodeAt(j);
    if ((q === C_SQUOTE || q === C_DQUOTE) && text.charCodeAt(j + 1) === code.charCodeAt(0)) {
      e = parseEnhanced(text, j + 1, n);
      if (e > 0) {
        k = j + 1;
        nestedQuote = q;
        continued = false;
      }
    }
  }
  if (e > 0) {
    enh = text.slice(k, e);
    es = k;
    ee = e;
  }

  if (anchor === Anchor.None) {
    // No anchor: only a code followed by an enhanced code of the same class counts, with a clean boundary.
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    if (!freeBoundary(prev)) return null;
    if (!enh || (es !== i + 4 && !dashed && !nestedQuote && !(colonJoined && es === j))) return null;
    // Same class ("550 5.1.1"), or both negative at the start of a field: Microsoft 365 writes expiries as
    // "550 4.4.7 QUEUE.Expired" in a quoted CSV field. Inside running text a mixed pair is more likely a
    // number beside a version.
    if (enh.charCodeAt(0) !== code.charCodeAt(0) && !(code.charCodeAt(0) !== 50 && enh.charCodeAt(0) !== 50 && fieldStart(prev))) return null;
    if (after === 43) {
      textStart0 = ee + 1;
      plusJoined = true;
    }
  } else if (anchor === Anchor.LineStart) {
    if (after < 0 && i > 0 && text.charCodeAt(i - 1) !== C_SPACE) return null;
    if (colonJoined && !enh) return null; // "421: rows" opening a line is no reply
    if (!continued && !enh && !plausibleBareText(text, j, n)) return null;
  }

  if (nestedQuote) {
    anchor = Anchor.Quoted; // the reply's text ends at the closing quote
    quoteOverride = nestedQuote;
  }
  // "550: : User unknown": the provider's empty field between the colons is no part of the text.
  if (colonJoined && !enh && text.charCodeAt(j) === C_COLON) textStart0 = skipSpaces(text, j + 1, n);
  let textStart = textStart0 >= 0 ? textStart0 : enh ? skipSpaces(text, ee, n) : j;
  if (anchor === Anchor.Qmail && enh && text.charCodeAt(ee) === C_UNDERSCORE) textStart = ee + 1;
  return {
    code,
    codeStart: i,
    codeEnd: i + 3,
    enhanced: enh,
    enhancedStart: enh ? es : 0,
    enhancedEnd: enh ? ee : 0,
    textStart,
    end: enh ? ee : i + 3,
    continued,
    anchor,
    quote: plusJoined ? 43 : quoteOverride || cand.quote,
  };
}

/**
 * Text at i with underscores for spaces, as qmail and spamdyke write replies: a letter or an enhanced code
 * first, then at least three more underscore-joined words before the next space (an identifier such as
 * "550_bounce_rule" is not a sentence).
 */
function gluedSentence(text: string, i: number, n: number): boolean {
  if (!(isAlpha(text.charCodeAt(i)) || parseEnhanced(text, i, n) > 0)) return false;
  let underscores = 0;
  for (let j = i; j < n && j - i < 200 && !isSpace(text.charCodeAt(j)); j++) {
    if (text.charCodeAt(j) === C_UNDERSCORE && ++underscores >= 3) return true;
  }
  return false;
}

/** Tries an enhanced code standing alone at i (dsn=5.1.1, "Status: 5.1.1", "said: 5.7.1 ..."). */
function tryEnhancedAlone(text: string, i: number, n: number): Raw | null {
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  if (!(freeBoundary(prev) || prev === C_UNDERSCORE)) return null;
  const e = parseEnhanced(text, i, n);
  if (e < 0) return null;
  const cand = anchorBefore(text, i, true);
  if (cand.anchor === Anchor.None) return null;
  const after = e < n ? text.charCodeAt(e) : -1;
  if (!(after < 0 || isSpace(after) || after === C_COMMA || after === C_SEMI || after === C_RPAREN || after === C_RBRACKET || after === C_DQUOTE || after === C_SQUOTE || after === C_UNDERSCORE || after === C_COLON)) {
    return null;
  }
  return enhancedOnly(text, i, e, cand.anchor === Anchor.StatusField ? e : skipSpaces(text, e, n), cand);
}

/** A finding of an enhanced code without a basic code, at [i, e) with its reply text from textStart. */
function enhancedOnly(text: string, i: number, e: number, textStart: number, cand: Candidate): Raw {
  return {
    code: null,
    codeStart: 0,
    codeEnd: 0,
    enhanced: text.slice(i, e),
    enhancedStart: i,
    enhancedEnd: e,
    textStart,
    end: e,
    continued: false,
    anchor: cand.anchor,
    quote: cand.quote,
  };
}

/** Finds every code in reply position in text[from, n). `first` forces the anchor of a code right at `from`. */
function findCodes(text: string, from: number, n: number, first: Candidate | null): Raw[] {
  const out: Raw[] = [];
  let i = from;
  if (first) {
    const r = knownCodeAt(text, i, n) ? tryBasic(text, i, n, first) : null;
    if (r) {
      out.push(r);
      i = r.end;
    }
  }
  while (i < n) {
    // Jump to the next digit 2-5 (every code starts with one). A plain loop rather than a global regular
    // expression's lastIndex: simpler to read, and measured as fast.
    let c = text.charCodeAt(i);
    while (c < 50 || c > 53) {
      if (++i >= n) return out;
      c = text.charCodeAt(i);
    }
    const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
    let j = i + 1;
    while (j < n && isDigit(text.charCodeAt(j))) j++;
    if (isDigit(prev)) {
      // Inside a longer number: skip the rest of it.
      i = j;
      continue;
    }
    const okBefore = !isAlpha(prev) && prev !== C_DOT && prev !== C_DASH && prev !== 47 /* / */ && prev !== 43 /* + */;
    let r: Raw | null = null;
    if (okBefore) {
      if (j - i === 3) r = tryBasic(text, i, n, null);
      else if (j - i === 1 && j < n && text.charCodeAt(j) === C_DOT && c !== 51) r = tryEnhancedAlone(text, i, n);
    }
    if (r) {
      out.push(r);
      i = r.end;
    } else {
      i = j;
    }
  }
  return out;
}

/**
 * Whether findCodes could find a code that starts in [from, to) of a line: a known three-digit code or a
 * well-formed enhanced code at the start of a number, where findCodes would try one. A necessary condition
 * only (no anchor is consulted), so a reader that knows where its format's replies stand can tell, without
 * the recognizer, that the rest of the line holds none (readers/postfixReplies.ts).
 */
export function mayHoldCode(text: string, from: number, to: number): boolean {
  const n = Math.min(text.length, MAX_SCAN);
  if (to > n) to = n;
  // The regular expression finds the places worth a look (three characters each) faster than a loop over
  // every character; the checks after it are findCodes' own.
  CODE_START.lastIndex = from > 0 ? from - 1 : 0;
  while (CODE_START.test(text)) {
    const i = CODE_START.lastIndex - 3;
    if (i >= to) return false;
    if (i < from) continue;
    if (text.charCodeAt(i + 1) === C_DOT ? parseEnhanced(text, i, n) >= 0 : knownCodeAt(text, i, n) !== null) return true;
  }
  return false;
}

/**
 * Where findCodes tries a code: a digit 2-5 not inside a word, a number or a path, that starts a run of three
 * digits (not followed by a dot: tryBasic takes no code glued to one, such as an IP address "[250.1.2.3]")
 * or an enhanced code (not one starting with 3). The character before is matched, not looked behind at:
 * measured faster.
 */
const CODE_START = /(?:^|[^0-9A-Za-z.\-/+])(?:[2-5][0-9]{2}(?![0-9.])|[245]\.[0-9])/g;

/** Where the reply text of a finding ends on its line. */
function textEnd(text: string, r: Raw, limit: number): number {
  let end = limit;
  const before = r.code ? (r.codeStart > 0 ? text.charCodeAt(r.codeStart - 1) : -1) : -1;
  const quote =
    r.anchor === Anchor.Quoted || (r.anchor === Anchor.Paren && r.quote) || r.quote === C_COMMA || r.quote === C_TAB
      ? r.quote
      : before === C_DQUOTE || before === C_SQUOTE
        ? before
        : r.quote === 43
          ? C_SPACE
          : 0;
  if (r.anchor === Anchor.StatusField) return r.textStart;
  end = Math.min(end, r.textStart + MAX_TEXT);
  // A quoted value ('C="250 OK"', err="535 ..."), a "+"-joined field, or qmail's "/"-ended text ends early.
  const stop = quote || (r.anchor === Anchor.Qmail ? 47 : 0);
  if (stop) {
    for (let q = r.textStart; q < end; q++) {
      if (text.charCodeAt(q) === stop) {
        end = q;
        break;
      }
    }
  }
  const slice = text.slice(r.textStart, end);
  let cut = slice.length;
  // Postfix appends the envelope to smtpd rejects ("...; from=<a> to=<b> proto=ESMTP helo=<h>") and the
  // command to client-side replies ("... (in reply to RCPT TO command)").
  for (const tail of ['; from=', '; to=', '; proto=', '; helo=', ' (in reply to ']) {
    const at = slice.indexOf(tail);
    if (at >= 0 && at < cut) cut = at;
  }
  let s = slice.slice(0, cut);
  if (r.anchor === Anchor.Paren || s.endsWith(')')) {
    // Drop closing parentheses that belong to the log line ("status=sent (250 2.0.0 Ok)").
    let depth = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === C_LPAREN) depth++;
      else if (c === C_RPAREN) {
        if (depth === 0) {
          s = s.slice(0, i);
          break;
        }
        depth--;
      }
    }
  }
  if (r.anchor === Anchor.Transcript) {
    // Mercury writes the line ending as "<cr><lf>", and a whole multi-line reply on one line joined by it:
    // the reply's text is its first line.
    const crlf = s.indexOf('<cr><lf>');
    if (crlf >= 0) s = s.slice(0, crlf);
    // smtplib shows the line ending escaped: b'250-SIZE 35882577\r\n'
    if (s.endsWith('\\r\\n')) s = s.slice(0, -4);
    // hMailServer quotes the whole field ("SENT: 250 Queued"): drop the unpaired closing quote.
    if (s.endsWith('"') && (s.split('"').length - 1) % 2 === 1) s = s.slice(0, -1);
  }
  return r.textStart + s.trimEnd().length;
}

/**
 * Scans one line. Pure: the result depends only on `text` and `state`. Columns are UTF-16 offsets, 0-based,
 * end exclusive. `command` is one of "CONNECT", "EHLO", "HELO", "LHLO", "STARTTLS", "AUTH", "MAIL FROM",
 * "RCPT TO", "DATA", "end of DATA", "BDAT", "RSET", "VRFY", "EXPN", "ETRN", "NOOP", "QUIT", "XCLIENT", or null.
 */
export function scanLine(text: string, line: number, state: ScanState): { findings: ReplyFinding[]; state: ScanState } {
  const qp = state.qp;
  if (qp === null) {
    const r = scanPhysical(text, line, state);
    if (transferEncodingOf(text) === 'quoted-printable') r.state = { ...r.state, qp: QP_BODY };
    return r;
  }
  const encoding = transferEncodingOf(text);
  if (encoding !== null || endsQuotedPrintable(text)) {
    // The part ends (a boundary, the next message) or a new part header says its encoding: a logical line
    // still open ends here, and this line is read as written.
    let findings: ReplyFinding[] = [];
    let st: ScanState = state;
    if (qp.pending.length > 0) {
      const r0 = scanLogical(qp.pending, line - qp.pending.length, { ...state, qp: QP_BODY });
      findings = r0.findings;
      st = r0.state;
    }
    const r = scanPhysical(text, line, st.qp === null ? st : { ...st, qp: null });
    if (encoding === 'quoted-printable') r.state = { ...r.state, qp: QP_BODY };
    if (findings.length > 0) r.findings = findings.concat(r.findings);
    return r;
  }
  let chars = text.length;
  for (const p of qp.pending) chars += p.length;
  if (softBreakAt(text) >= 0 && qp.pending.length + 1 < MAX_QP_PIECES && chars < MAX_QP_CHARS) {
    return { findings: [], state: { ...state, qp: { pending: [...qp.pending, text] } } };
  }
  if (qp.pending.length === 0) {
    if (text.indexOf('=') < 0) return scanPhysical(text, line, state);
    return scanLogical([text], line, state);
  }
  return scanLogical([...qp.pending, text], line - qp.pending.length, { ...state, qp: QP_BODY });
}

/**
 * Scans the logical line that quoted-printable pieces (physical lines from firstLine on) decode to, and maps
 * every finding back to the physical line and columns its codes stand on. A reply whose basic and enhanced
 * codes a soft break put on two lines becomes two findings, the basic code with no text and then the enhanced
 * code with the text, which groupReplies joins as it joins Postfix's wrapped bounce text. A code that a soft
 * break splits is reported on the line where it starts, up to the break.
 */
function scanLogical(pieces: readonly string[], firstLine: number, state: ScanState): { findings: ReplyFinding[]; state: ScanState } {
  // Only the first MAX_SCAN characters of a line are read (see scanPhysical): decode no more of a huge last line.
  const last = pieces[pieces.length - 1];
  const d = decodeQuotedPrintable(last.length > MAX_SCAN ? [...pieces.slice(0, -1), last.slice(0, MAX_SCAN)] : pieces);
  const r = scanPhysical(d.text, firstLine, state);
  if (r.findings.length === 0) return r;
  const out: ReplyFinding[] = [];
  for (const f of r.findings) {
    if (f.code === null) {
      const e = physicalSpan(d, f.enhancedStart, f.enhancedEnd);
      out.push({ ...f, line: firstLine + e.piece, enhancedStart: e.start, enhancedEnd: e.end });
      continue;
    }
    const c = physicalSpan(d, f.codeStart, f.codeEnd);
    if (f.enhanced === null) {
      out.push({ ...f, line: firstLine + c.piece, codeStart: c.start, codeEnd: c.end });
      continue;
    }
    const e = physicalSpan(d, f.enhancedStart, f.enhancedEnd);
    if (e.piece === c.piece) {
      out.push({ ...f, line: firstLine + c.piece, codeStart: c.start, codeEnd: c.end, enhancedStart: e.start, enhancedEnd: e.end });
      continue;
    }
    out.push({ ...f, line: firstLine + c.piece, codeStart: c.start, codeEnd: c.end, enhanced: null, enhancedStart: 0, enhancedEnd: 0, text: '', continued: false });
    out.push({ ...f, line: firstLine + e.piece, code: null, codeStart: 0, codeEnd: 0, enhancedStart: e.start, enhancedEnd: e.end });
  }
  r.findings = out;
  return r;
}

/** The physical line (as a piece index) and columns of the decoded units [s, e): the part on the line of s. */
function physicalSpan(d: DecodedLine, s: number, e: number): { piece: number; start: number; end: number } {
  const piece = d.piece[s];
  let last = s;
  while (last + 1 < e && d.piece[last + 1] === piece) last++;
  return { piece, start: d.column[s], end: d.endColumn[last] };
}

/** scanLine for one line as it stands (or one decoded logical line). */
function scanPhysical(text: string, line: number, state: ScanState): { findings: ReplyFinding[]; state: ScanState } {
  const n = Math.min(text.length, MAX_SCAN);
  const r = scanLineWith(text, line, state, n);
  const wrapped = r.findings.length > 0 ? wrappedCodeAtEnd(text, n, r.findings[r.findings.length - 1]) : null;
  // A line ending in a reply phrase announces the reply for the next two lines (a "host: ..." line may stand
  // between); a blank line or a finding ends the wait.
  let announced = 0;
  if (r.findings.length === 0) {
    if (announcesReply(text, n)) announced = 2;
    else if (state.announced > 0 && skipSpaces(text, 0, n) < n) announced = state.announced - 1;
  }
  if (r.state.wrappedCode !== wrapped || r.state.announced !== announced) r.state = { ...r.state, wrappedCode: wrapped, announced };
  return r;
}

/**
 * The line ends with a phrase that introduces a reply and no reply follows on it: "... the server said:",
 * "SMTP error from remote server after RCPT command:", "... after MAIL FROM:<a@b> SIZE=1234:", or it is a
 * recipient alone with a colon ("<carl@example.org>:") over the reply the bounce gives for it.
 */
function announcesReply(text: string, n: number): boolean {
  let e = n;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  if (e < 2 || text.charCodeAt(e - 1) !== C_COLON) return false;
  const k = e - 1;
  const s = skipSpaces(text, 0, n);
  if (k - s <= 256 && addressBefore(text, k) && text.lastIndexOf(' ', k) < s) return true;
  const w = wordBefore(text, k);
  if (w.length > 0 && COLON_WORDS_ENHANCED.has(w)) return !mentionsHttp(text, k - w.length);
  const a = lastIndexWithin(text, 'after ', k, 300);
  if (a < 0 || (a > 0 && isAlpha(text.charCodeAt(a - 1)))) return false;
  let j = a + 6;
  if (text.startsWith('pipelined ', j)) j += 10;
  return commandPhrase(text, j) !== null || startsWithCI(text, j, 'initial connection');
}

/** An enhanced code opening a line that a reply phrase announced: "    5.1.1 <a@b>: Recipient address rejected". */
function announcedEnhanced(text: string, n: number): Raw | null {
  const i = skipSpaces(text, 0, n);
  if (i >= n) return null;
  const e = parseEnhanced(text, i, n);
  if (e < 0 || (e < n && !isSpace(text.charCodeAt(e)))) return null;
  return enhancedOnly(text, i, e, skipSpaces(text, e, n), LOG);
}

/** The code of a finding that ends its line after other text ("... said: 552"), else null. */
function wrappedCodeAtEnd(text: string, n: number, f: ReplyFinding): string | null {
  if (f.code === null || f.enhanced !== null || f.continued || f.statusField || f.text !== '') return null;
  if (skipSpaces(text, f.codeEnd, n) < n || skipSpaces(text, 0, n) >= f.codeStart) return null;
  return f.code;
}

/** An indented enhanced code of the wrapped code's class opening the line: "    5.2.2 <a@b> Quota exceeded". */
function wrappedEnhanced(text: string, n: number, code: string): Raw | null {
  const i = skipSpaces(text, 0, n);
  if (i === 0 || i >= n || text.charCodeAt(i) !== code.charCodeAt(0)) return null;
  const e = parseEnhanced(text, i, n);
  if (e < 0 || (e < n && !isSpace(text.charCodeAt(e)))) return null;
  return enhancedOnly(text, i, e, skipSpaces(text, e, n), LOG);
}

function scanLineWith(text: string, line: number, state: ScanState, n: number): { findings: ReplyFinding[]; state: ScanState } {
  let role = lineRole(text, n);
  if (role.weak && !weakMarkerHolds(text, role, n, state)) role = NONE_ROLE;

  if (role.role === 'client' || (role.role === 'debug' && !knownCodeAt(text, role.content, n))) {
    return { findings: [], state: afterClientLine(text, role.content, n, state) };
  }

  let raws: Raw[];
  if (role.role === 'server' || role.role === 'debug') {
    raws = findCodes(text, role.content, n, TRANSCRIPT);
    if (raws.length === 0 || raws[0].codeStart !== role.content) {
      // A server line without a code at its start: maybe a message body line or a free-text note.
      raws = raws.filter((r) => r.anchor !== Anchor.Transcript);
    }
  } else {
    // Fast path: a line without any digit 2-5 carries no code. A bare client command can still set state.
    const lead =
      state.wrappedCode !== null ? wrappedEnhanced(text, n, state.wrappedCode) : state.announced > 0 ? announcedEnhanced(text, n) : null;
    // A basic code opening an announced line is the reply too, whatever follows it ("550: : User unknown").
    const opening = lead === null && state.announced > 0 ? skipSpaces(text, 0, n) : -1;
    raws = opening >= 0 && knownCodeAt(text, opening, n) ? findCodes(text, opening, n, LOG) : findCodes(text, lead ? lead.end : 0, n, null);
    if (lead) raws.unshift(lead);
    if (raws.length === 0) return { findings: [], state: bareLineState(text, n, state) };
    // A number in a column of a report (pflogsumm "    421   received", "    250    12550k  0 ...", uniq -c)
    // or alone on its line (exim -bpc, wc -l) is a count. Outside a transcript, a bare code at the start of a
    // line counts only when it reads like a reply.
    if (!state.transcript && raws[0].anchor === Anchor.LineStart && reportNumber(text, raws[0], n)) {
      raws.shift();
      if (raws.length === 0) return { findings: [], state };
    }
    // A telnet-style transcript after 354 and a line of the message: a bare code opening a line is the
    // client's message text ("421 reasons this should not be read as a reply."), not a reply.
    if (state.inBody && raws[0].anchor === Anchor.LineStart) {
      raws.shift();
      if (raws.length === 0) return { findings: [], state: bareLineState(text, n, state) };
    }
  }
  if (raws.length === 0) return { findings: [], state };
  mergeQmailStatus(text, raws);
  mergeLabelFields(raws);

  let lineCommand: string | null | undefined; // computed once, lazily
  let host: string | null | undefined;
  const findings: ReplyFinding[] = [];
  let next = state;
  for (let idx = 0; idx < raws.length; idx++) {
    const r = raws[idx];
    // A success status in a delivery record ("dsn=2.0.0, status=sent (delivered to mailbox)") is a
    // bookkeeping field, not a server's reply: nothing for a person to look at, so it is no finding. A
    // negative one stays: it is often the only trace of a deferral or a bounce (connect timeouts).
    // Beside a reply on the same line it stays: it is that reply's status.
    if (r.anchor === Anchor.StatusField && r.enhanced !== null && r.enhanced.charCodeAt(0) === 50 /* 2 */ && !lineHasReply(raws)) continue;
    const limit = idx + 1 < raws.length ? (raws[idx + 1].code ? raws[idx + 1].codeStart : raws[idx + 1].enhancedStart) : n;
    const te = textEnd(text, r, limit);
    const transcriptish = r.anchor === Anchor.LineStart || r.anchor === Anchor.Transcript;
    if (host === undefined) host = remoteHostOf(text);
    // A transcript line holds only the server's words; the command comes from the dialogue. A log line
    // says which command the reply answered ("in reply to RCPT TO command", "after DATA").
    let command: string | null;
    if (transcriptish) command = r.code ? transcriptCommand(r.code, next) : null;
    else if (r.quote === C_TAB) command = commandInFieldBefore(text, r.codeStart);
    else {
      if (lineCommand === undefined) lineCommand = commandFromLine(text);
      command = lineCommand;
    }
    const finding: ReplyFinding = {
      line,
      code: r.code,
      codeStart: r.codeStart,
      codeEnd: r.codeEnd,
      enhanced: r.enhanced,
      enhancedStart: r.enhancedStart,
      enhancedEnd: r.enhancedEnd,
      text: text.slice(r.textStart, Math.max(r.textStart, te)),
      command,
      continued: r.continued,
      remoteHost: host,
    };
    if (r.anchor === Anchor.StatusField) finding.statusField = true;
    findings.push(finding);
    if (transcriptish && r.code) next = afterReply(r.code, r.continued, next);
  }
  return { findings, state: next };
}

/**
 * A bare code that reads like a number in a report: only spaces before it, and either nothing after it (a lone
 * number) or, on an indented line, column spacing (a tab, two or more spaces) or another number column
 * ("12550k") rather than an enhanced code or words.
 */
function reportNumber(text: string, r: Raw, n: number): boolean {
  if (r.enhanced !== null || r.continued || skipSpaces(text, 0, n) !== r.codeStart) return false;
  const a = r.codeEnd;
  if (skipSpaces(text, a, n) >= n) return true;
  if (r.codeStart === 0) return false;
  const c = text.charCodeAt(a);
  if (c === C_TAB) return true;
  if (c !== C_SPACE) return false;
  if (a + 1 < n && isSpace(text.charCodeAt(a + 1))) return true;
  // A quantity: digits with at most a two-letter unit ("12550k", "35m", "4521KB").
  let e = a + 1;
  while (e < n && isDigit(text.charCodeAt(e)) && e - a < 16) e++;
  if (e === a + 1) return false;
  let u = e;
  while (u < n && isAlpha(text.charCodeAt(u)) && u - e < 3) u++;
  return u - e <= 2 && (u >= n || isSpace(text.charCodeAt(u)));
}

/**
 * qmail-style glued text ends with the reply's enhanced code in "(#5.7.1)" ("553_sorry,_that_domain_isn't_in_my
 * _list_of_allowed_rcpthosts_(#5.7.1)"): it belongs to the reply, not a status field of its own.
 */
function mergeQmailStatus(text: string, raws: Raw[]): void {
  for (let idx = 0; idx + 1 < raws.length; idx++) {
    const r = raws[idx];
    const s = raws[idx + 1];
    if (r.anchor !== Anchor.Qmail || r.code === null || r.enhanced !== null) continue;
    if (s.anchor !== Anchor.StatusField || s.enhanced === null || s.enhanced.charCodeAt(0) !== r.code.charCodeAt(0)) continue;
    if (text.charCodeAt(s.enhancedStart - 1) !== C_HASH || text.slice(r.codeEnd, s.enhancedStart).includes(' ')) continue;
    r.enhanced = s.enhanced;
    r.enhancedStart = s.enhancedStart;
    r.enhancedEnd = s.enhancedEnd;
    raws.splice(idx + 1, 1);
  }
}

/** A labelled field of a web-mail provider ("ERROR_CODE :550", "ResponseCode 421, ..."). */
function labelField(r: Raw): boolean {
  return r.anchor === Anchor.Log && r.quote === C_COMMA;
}

/**
 * Labelled fields: "ERROR_CODE :550, ERROR_CODE :5.2.1 The mailbox ..." is one reply, the enhanced code in a
 * field of its own; a field that repeats a code the line already gave as a reply ("Message failed: 552 5.2.2
 * ... (code=EMESSAGE, responseCode=552)") is the same event told twice: one finding, at the reply.
 */
function mergeLabelFields(raws: Raw[]): void {
  for (let idx = raws.length - 1; idx > 0; idx--) {
    const r = raws[idx];
    if (!labelField(r)) continue;
    const b = raws[idx - 1];
    if (r.code === null && r.enhanced !== null && labelField(b) && b.code !== null && b.enhanced === null && b.code.charCodeAt(0) === r.enhanced.charCodeAt(0)) {
      b.enhanced = r.enhanced;
      b.enhancedStart = r.enhancedStart;
      b.enhancedEnd = r.enhancedEnd;
      b.textStart = r.textStart;
      b.end = r.end;
      raws.splice(idx, 1);
      continue;
    }
    for (let p = 0; p < idx; p++) {
      const q = raws[p];
      if ((r.code !== null && q.code === r.code) || (r.code === null && q.enhanced === r.enhanced)) {
        raws.splice(idx, 1);
        break;
      }
    }
  }
}

function lineHasReply(raws: readonly Raw[]): boolean {
  for (const r of raws) if (r.anchor !== Anchor.StatusField) return true;
  return false;
}

/** The command a bare or marked server reply answers, from the transcript state. */
function transcriptCommand(code: string, state: ScanState): string | null {
  if (state.openCode === code && state.lastCommand) return state.lastCommand;
  // Codes that only ever answer one command.
  if (code === '354') return 'DATA';
  if (AUTH_ONLY.has(code)) return 'AUTH';
  if (state.inData && code !== '354') return 'end of DATA';
  if (code === '220') return state.lastCommand === 'STARTTLS' ? 'STARTTLS' : 'CONNECT';
  return state.lastCommand;
}

/** Replies that only ever answer AUTH (RFC 4954): a log that does not show the client's AUTH still tells it. */
const AUTH_ONLY = new Set(['334', '235', '535', '534', '538']);

function withState(state: ScanState, lastCommand: string | null, openCode: string | null, inData: boolean): ScanState {
  const inBody = inData && state.inBody;
  if (state.lastCommand === lastCommand && state.openCode === openCode && state.inData === inData && state.transcript && state.inBody === inBody) return state;
  return { lastCommand, openCode, inData, transcript: true, wrappedCode: state.wrappedCode, inBody, announced: state.announced, qp: state.qp };
}

function afterReply(code: string, continued: boolean, state: ScanState): ScanState {
  let last = state.lastCommand;
  let inData = state.inData;
  if (code === '354') {
    last = 'DATA';
    inData = !continued;
  } else if (inData && !continued) {
    // The reply after the message data answers the end of DATA.
    last = 'end of DATA';
    inData = false;
  } else if (code === '220' && last !== 'STARTTLS') {
    last = 'CONNECT';
  }
  return withState(state, last, continued ? code : null, inData);
}

function afterClientLine(text: string, content: number, n: number, state: ScanState): ScanState {
  if (state.inData) {
    // Message data: only the lone "." ends it.
    const rest = text.slice(content, Math.min(n, content + 8)).replace(/\\r\\n['"]?$|['"]$/, '').trim();
    if (rest === '.') return withState(state, 'end of DATA', null, false);
    return state.transcript ? state : withState(state, state.lastCommand, state.openCode, state.inData);
  }
  const cmd = clientCommandAt(text, content, true);
  if (!cmd) return state.transcript ? state : withState(state, state.lastCommand, state.openCode, state.inData);
  return withState(state, cmd, null, false);
}

/** A line with no code: in a transcript, a bare client command ("MAIL FROM:<>") or the end-of-data dot. */
function bareLineState(text: string, n: number, state: ScanState): ScanState {
  if (!state.transcript) return state;
  const i = skipSpaces(text, 0, n);
  if (state.inData) {
    if (i < n && text.charCodeAt(i) === C_DOT && skipSpaces(text, i + 1, n) >= n) return withState(state, 'end of DATA', null, false);
    // A line of the message: from here on a bare code at a line start is message text ("421 reasons ...").
    return i < n && !state.inBody ? { ...state, inBody: true } : state;
  }
  if (i !== 0 || n === 0) return state;
  const c = text.charCodeAt(0);
  if (c < 65 || c > 90) return state; // bare client commands are written in capitals
  const cmd = clientCommandAt(text, 0);
  if (!cmd || cmd === state.lastCommand) return state;
  return withState(state, cmd, null, false);
}

/** Scans a whole text, splitting lines on \r\n, \n and \r and threading the state. */
export function scanText(text: string): ReplyFinding[] {
  const out: ReplyFinding[] = [];
  let state = INITIAL_SCAN_STATE;
  let line = 0;
  let start = 0;
  const len = text.length;
  while (start <= len) {
    let end = start;
    while (end < len) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    const r = scanLine(text.slice(start, end), line, state);
    for (const f of r.findings) out.push(f);
    state = r.state;
    if (end >= len) {
      // A quoted-printable logical line that the text ends in the middle of ends with it.
      if (carriedLines(state) > 0) for (const f of scanLine('', line + 1, state).findings) out.push(f);
      break;
    }
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    line++;
  }
  return out;
}

/**
 * A basic code that ended its line with no text ("... said: 552") and the enhanced code alone of the same class
 * on the next line ("    5.2.2 <a@b> Quota exceeded"): one reply that the log wrapped between its codes.
 */
function wrappedPair(prev: ReplyFinding, f: ReplyFinding): boolean {
  return (
    prev.code !== null &&
    prev.enhanced === null &&
    prev.text === '' &&
    !prev.continued &&
    f.code === null &&
    f.enhanced !== null &&
    !f.statusField &&
    f.line === prev.line + 1 &&
    f.enhanced.charCodeAt(0) === prev.code.charCodeAt(0)
  );
}

/**
 * Joins the lines of multi-line replies ("250-PIPELINING" ... "250 OK", Gmail's wrapped "550-5.7.1 ..." x N
 * then "550 5.7.1 ...") into one Reply each: a part joins the previous one when that part was continued, the
 * basic code is the same, and it stands on the same or the next line.
 */
export function groupReplies(findings: readonly ReplyFinding[]): Reply[] {
  const out: Reply[] = [];
  let start = 0;
  for (let i = 1; i <= findings.length; i++) {
    if (i < findings.length) {
      const prev = findings[i - 1];
      const f = findings[i];
      const joins =
        (prev.continued && prev.code !== null && f.code === prev.code && (f.line === prev.line || f.line === prev.line + 1)) ||
        wrappedPair(prev, f);
      if (joins) continue;
    }
    out.push(replyOf(findings.slice(start, i)));
    start = i;
  }
  return out;
}

/** One reply from its parts (the lines of a multi-line reply, or one finding). */
function replyOf(parts: ReplyFinding[]): Reply {
  const code = parts[0].code;
  let enhanced: string | null = null;
  let command: string | null = null;
  let remoteHost: string | null = null;
  let text = '';
  for (const p of parts) {
    if (enhanced === null && p.enhanced) enhanced = p.enhanced;
    if (command === null && p.command) command = p.command;
    if (remoteHost === null && p.remoteHost) remoteHost = p.remoteHost;
    if (p.text.length > 0) text = text === '' ? p.text : text + ' ' + p.text;
  }
  return {
    parts,
    code,
    enhanced,
    replyClass: replyClassOf(code ?? enhanced ?? '5'),
    text,
    command,
    remoteHost,
  };
}
