// Postfix: "Nov 28 06:25:01 mx1 postfix/smtp[123]: 4F2D1A1B2C: to=<a@b>, relay=mx.b[192.0.2.1]:25,
// delay=1.2, dsn=4.2.0, status=deferred (host mx.b[192.0.2.1] said: 450 4.2.0 ... (in reply to RCPT TO
// command))". The daemon (smtp, smtpd, qmgr, cleanup, ...) says which lines it writes: a smtpd line is
// never a delivery and a qmgr line never a reject, and most lines (connect, TLS, anvil) carry no reply.
import type { LineFields, MailEvent } from './record';
import type { FormatReader } from './reader';
import type { SyslogHeader } from './syslog';
import { syslogHeader } from './syslog';
import { postfixReplies } from './postfixReplies';
import { E_BOUNCED, E_CONNECT, E_DEFERRED, E_DELIVERED, E_DISCONNECT, E_EXPIRED, E_FORWARDED, E_MESSAGE_ID, E_NOTIFIED, E_QUEUED, E_RECEIVED, E_REJECTED, E_REMOVED, NO_REPLY } from './shape';
import { anyReason, anyRemoteHost } from './generic';
import { angleValue, dsnOf, emptyFieldsWith, hostAt, plainValue, withoutLeadingCodes } from './fields';

/** Postfix's status words after "status=": the event they report. */
export function postfixStatus(text: string, from: number): number {
  const i = text.indexOf(' status=', from);
  if (i < 0) return 0;
  const s = i + 8;
  if (text.startsWith('sent', s)) return text.includes('forwarded as ', s) ? E_FORWARDED : E_DELIVERED;
  if (text.startsWith('deferred', s)) return E_DEFERRED;
  if (text.startsWith('bounced', s)) return E_BOUNCED;
  if (text.startsWith('expired', s)) return E_EXPIRED;
  return 0;
}

function shape(text: string, h: SyslogHeader | null): number {
  if (h === null) return 0;
  const prog = h.program;
  const end = h.programEnd;
  const msg = h.message;
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
      if (nameLen === 6 && text.startsWith('pickup', name)) return body >= 0 && (text.startsWith('uid=', body) || text.startsWith('sender=', body)) ? E_RECEIVED | NO_REPLY : NO_REPLY;
      if (nameLen === 4 && text.startsWith('pipe', name)) return deliveryAgent(text, msg, body);
      if (text.startsWith('postfix-script', name) || text.startsWith('postsuper', name) || text.startsWith('postlog', name)) return NO_REPLY;
      return 0;
    case 113: // q
    case 110: // n
    case 111: // o
      // qmgr: "from=<a@b>, size=1234, nrcpt=1 (queue active)", "removed", "from=<>, status=expired, returned to sender"
      if (text.startsWith('qmgr', name + nameLen - 4) && nameLen <= 5) {
        if (body < 0) return NO_REPLY;
        if (text.startsWith('removed', body)) return E_REMOVED | NO_REPLY;
        const status = postfixStatus(text, body);
        if (status !== 0) return status | NO_REPLY;
        return text.startsWith('from=', body) ? E_QUEUED | NO_REPLY : NO_REPLY;
      }
      return 0;
    case 99: // c
      if (nameLen === 7 && text.startsWith('cleanup', name)) {
        if (body < 0) return 0;
        if (text.startsWith('message-id=', body) || text.startsWith('resent-message-id=', body)) return E_MESSAGE_ID | NO_REPLY;
        if (text.startsWith('reject: ', body) || text.startsWith('milter-reject: ', body)) return E_REJECTED;
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
      if (text.startsWith('bounce', name)) return body >= 0 && text.includes(' notification: ', body) ? E_NOTIFIED | NO_REPLY : NO_REPLY;
      return 0;
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
    if (text.startsWith('client=', body)) return E_RECEIVED | NO_REPLY;
    if (text.startsWith('reject: ', body)) return E_REJECTED;
    return 0;
  }
  switch (text.charCodeAt(msg)) {
    case 99: // c
      if (text.startsWith('connect from ', msg)) return E_CONNECT | NO_REPLY;
      return text.startsWith('cache ', msg) ? NO_REPLY : 0;
    case 100: // d
      return text.startsWith('disconnect from ', msg) ? E_DISCONNECT | NO_REPLY : 0;
    case 67: // C
      if (text.startsWith('CONNECT from ', msg)) return E_CONNECT | NO_REPLY;
      return text.startsWith('COMMAND ', msg) ? NO_REPLY : 0;
    case 80: // P
      return text.startsWith('PASS ', msg) || text.startsWith('PREGREET ', msg) ? NO_REPLY : 0;
    case 68: // D
      if (text.startsWith('DISCONNECT ', msg)) return E_DISCONNECT | NO_REPLY;
      return text.startsWith('DNSBL rank ', msg) ? NO_REPLY : 0;
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

/** The queue id after "program[pid]: ", when the message starts with one ("NOQUEUE" is none). */
function queueIdAt(text: string, msg: number): string | null {
  const colon = text.indexOf(': ', msg);
  if (colon < 0 || colon - msg < 5 || colon - msg > 20) return null;
  let digit = false;
  for (let i = msg; i < colon; i++) {
    const c = text.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!alnum) return null;
    if (c <= 57) digit = true;
  }
  return digit ? text.slice(msg, colon) : null;
}

/** "... (250 2.0.0 Ok: queued as 4F2D1A1B2C)", "sender non-delivery notification: 4F2D1A1B2C". */
function linkedIdOf(text: string, from: number): string | null {
  let i = text.indexOf('queued as ', from);
  if (i >= 0) i += 10;
  else {
    i = text.indexOf(' notification: ', from);
    if (i < 0) return null;
    i += 15;
  }
  let e = i;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    e++;
  }
  return e - i >= 5 && e - i <= 20 ? text.slice(i, e) : null;
}

/** "status=deferred (connect to ...: Connection timed out)": the words in the status's parentheses, or null. */
export function statusReason(text: string): string | null {
  const status = text.indexOf(' status=');
  if (status < 0) return null;
  const open = text.indexOf(' (', status);
  if (open < 0) return null;
  const close = text.lastIndexOf(')');
  return withoutLeadingCodes(text.slice(open + 2, close > open ? close : text.length));
}

/** "reject: RCPT from host[1.2.3.4]:port: <reason>": the words after the client, or null. */
export function rejectReason(text: string): string | null {
  const i = text.indexOf('reject: ');
  if (i < 0) return null;
  const j = text.indexOf(']: ', i);
  if (j >= 0) return withoutLeadingCodes(text.slice(j + 3));
  const k = text.indexOf(': ', i + 8);
  return withoutLeadingCodes(k >= 0 ? text.slice(k + 2) : text.slice(i + 8));
}

/** The reason a failure line gives in its own words. */
function reasonOf(text: string, event: MailEvent | null): string | null {
  return statusReason(text) ?? (event === 'rejected' ? rejectReason(text) : null);
}

function fields(text: string, event: MailEvent | null): LineFields {
  const h = syslogHeader(text);
  const msg = h === null ? 0 : h.message;
  const f = emptyFieldsWith(queueIdAt(text, msg));
  // Each daemon writes its own keys: only those of the line's event are looked for (a search for an
  // absent key reads the whole line).
  switch (event) {
    case 'queued':
    case 'received':
      f.sender = angleValue(text, 'from=<', msg);
      if (event === 'queued') {
        const size = plainValue(text, 'size=', msg);
        f.size = size === null ? null : Number(size);
      } else {
        const client = text.indexOf('client=', msg);
        if (client >= 0) f.relay = hostAt(text, client + 7);
      }
      return f;
    case 'message-id':
      f.messageId = angleValue(text, 'message-id=<', msg);
      return f;
    case 'notified':
      f.linkedId = linkedIdOf(text, msg);
      return f;
    case 'removed':
    case 'connect':
    case 'disconnect':
      return f;
    case 'rejected': {
      f.sender = angleValue(text, 'from=<', msg);
      f.recipient = angleValue(text, 'to=<', msg);
      const from = text.indexOf(' from ', msg);
      f.relay = (from >= 0 && text.includes('reject: ') ? hostAt(text, from + 6) : null) ?? anyRemoteHost(text, event);
      f.reason = reasonOf(text, event) ?? anyReason(text, event);
      f.dsn = dsnOf(text);
      return f;
    }
    case 'expired':
      f.sender = angleValue(text, 'from=<', msg);
      f.reason = reasonOf(text, event) ?? anyReason(text, event);
      return f;
    default:
      break;
  }
  // a delivery record (sent, forwarded, deferred, bounced) or a line of no known event
  f.recipient = angleValue(text, 'to=<', msg);
  if (f.recipient !== null) {
    f.origRecipient = angleValue(text, 'orig_to=<', msg);
    f.delay = plainValue(text, ' delay=', msg);
    f.dsn = dsnOf(text);
  }
  const relay = text.indexOf(' relay=', msg);
  if (relay >= 0) {
    const host = hostAt(text, relay + 7);
    if (host !== 'none') f.relay = host;
    else {
      // relay=none: "connect to mx.example.com[1.2.3.4]:25: Connection timed out"
      const c = text.indexOf('connect to ', relay);
      f.relay = c >= 0 ? hostAt(text, c + 11) : null;
    }
  }
  if (event === 'deferred' || event === 'bounced') {
    f.reason = reasonOf(text, event) ?? anyReason(text, event);
    if (f.relay === null) f.relay = anyRemoteHost(text, event);
  } else if (event === 'delivered' || event === 'forwarded') f.linkedId = linkedIdOf(text, msg);
  return f;
}

export const postfixReader: FormatReader = {
  format: 'postfix',
  shape,
  fields,
  replies: (text, line, header) => (header === null ? null : postfixReplies(text, line, header.message)),
};
