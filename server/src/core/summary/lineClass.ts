// What a log line says happened to a message (its outcome) and whether it can carry a reply at all, read
// from the line's shape: the program that wrote it (Postfix daemon, Sendmail, Exim flag) and its status
// words. Runs on every line of a multi-GB log: plain indexOf and char codes, no regular expression on the
// hot path, and the answer packed in one small integer.
import type { Outcome } from './types';
import { isDigit } from './fields';

/** What the line says happened to a message, or null when it says nothing about an outcome. */
export function lineOutcome(text: string): Outcome | null {
  return OUTCOMES[classifyLine(text) & OUTCOME_MASK];
}


// classifyLine packs the outcome (an index into OUTCOMES) and the NO_REPLY flag into one small integer,
// so the per-line work allocates nothing.
export const OUTCOMES: ReadonlyArray<Outcome | null> = [null, 'received', 'delivered', 'forwarded', 'deferred', 'bounced', 'expired', 'rejected'];
const O_RECEIVED = 1;
const O_DELIVERED = 2;
const O_FORWARDED = 3;
const O_DEFERRED = 4;
const O_BOUNCED = 5;
const O_EXPIRED = 6;
const O_REJECTED = 7;
export const OUTCOME_MASK = 7;
export const NO_REPLY = 8;

/** The line's outcome (`& OUTCOME_MASK` indexes OUTCOMES) and NO_REPLY when its shape carries no reply. */
export function classifyLine(text: string): number {
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
export function isKnownMtaLine(text: string): boolean {
  return isEximLine(text) || text.includes('postfix/') || text.includes('postfix[') || text.includes('sendmail[') || text.includes('sm-mta[');
}

/** "2026-11-28 06:25:01 ...": the Exim main log's time stamp. */
function isEximLine(text: string): boolean {
  return isDigit(text.charCodeAt(0)) && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 32 && text.charCodeAt(13) === 58;
}

/** The line of a bounce message that reports a failure (Diagnostic-Code:, a "#550 " line, ...), not the refusal of a mail. */
export function isBounceReport(text: string): boolean {
  const t = text.trimStart();
  return /^(?:diagnostic-code|x-postfix-sender|remote server returned|#[45]\d\d )/i.test(t) || t.startsWith('Remote Server returned');
}
