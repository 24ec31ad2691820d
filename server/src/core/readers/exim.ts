// Exim main log: "<time> [pid] <message id> <flag> <address> ...", the flag saying what happened to the
// address: <= arrival, => and -> delivery (*> suppressed), == deferral, ** failure; "Completed" when the
// message leaves the queue; "rejected RCPT|MAIL|after DATA ..." lines for refusals.
import type { LineFields, MailEvent } from './record';
import type { FormatReader } from './reader';
import { E_BOUNCED, E_DEFERRED, E_DELIVERED, E_RECEIVED, E_REJECTED, E_REMOVED } from './shape';
import { emptyFieldsWith, hostAt, isDigit, plainValue, withoutLeadingCodes } from './fields';

/** "2026-11-28 06:25:01 ...": the Exim main log's time stamp. */
export function isEximLine(text: string): boolean {
  return isDigit(text.charCodeAt(0)) && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 32 && text.charCodeAt(13) === 58;
}

/** Where the message id starts, after the stamp (with fraction and zone when logged) and "[pid]"; -1 when the line has no room for one. */
function afterStamp(text: string): number {
  if (text.length < 24) return -1;
  let p = 19;
  while (p < text.length && text.charCodeAt(p) !== 32) p++;
  p++;
  if (text.charCodeAt(p) === 91) {
    const close = text.indexOf('] ', p);
    if (close < 0 || close - p > 12) return -1;
    p = close + 2;
  }
  return p;
}

/** The end of the message id at p (ids: 1rAbCd-0001Xy-2Z, 16 chars, or 1rAbCd-000000005vi-0000, 23), or -1. */
function idEnd(text: string, p: number): number {
  const end = text.indexOf(' ', p);
  if (end < 0) return -1;
  const len = end - p;
  return (len === 16 || len === 23) && text.charCodeAt(p + 6) === 45 ? end : -1;
}

function shape(text: string): number {
  const p = afterStamp(text);
  if (p < 0) return 0;
  const end = idEnd(text, p);
  if (end >= 0 && text.charCodeAt(end + 3) === 32) {
    const a = text.charCodeAt(end + 1);
    const b = text.charCodeAt(end + 2);
    if (b === 62 && (a === 61 || a === 45 || a === 42)) return E_DELIVERED; // => -> *>
    if (a === 61 && b === 61) return E_DEFERRED; // ==
    if (a === 42 && b === 42) return E_BOUNCED; // **
    if (a === 60 && b === 61) return E_RECEIVED; // <=
    return 0;
  }
  if (end >= 0 && text.startsWith('Completed', end + 1)) return E_REMOVED;
  const r = text.indexOf(' rejected ', p);
  if (r >= 0) {
    const w = r + 10;
    if (text.startsWith('RCPT', w) || text.startsWith('MAIL', w) || text.startsWith('after', w) || text.startsWith('EHLO', w) || text.startsWith('HELO', w) || text.startsWith('connection', w) || text.startsWith('(', w)) return E_REJECTED;
  }
  return 0;
}

/** The reason an Exim failure line gives in its own words. */
export function eximReason(text: string, event: MailEvent | null): string {
  if (event === 'rejected') {
    const i = text.indexOf(' rejected ');
    if (i >= 0) {
      const j = text.indexOf(': ', i);
      return j >= 0 ? text.slice(j + 2) : text.slice(i + 1);
    }
  }
  const smtp = text.indexOf(': SMTP error from remote mail server after ');
  if (smtp >= 0) return text.slice(smtp + 2);
  for (const marker of [' : ', ']: ']) {
    const i = text.indexOf(marker, 20);
    if (i >= 0) return text.slice(i + marker.length);
  }
  return text.length > 20 ? text.slice(20) : text;
}

function fields(text: string, event: MailEvent | null): LineFields {
  const p = afterStamp(text);
  const end = p < 0 ? -1 : idEnd(text, p);
  const f = emptyFieldsWith(end >= 0 ? text.slice(p, end) : null);
  if (end >= 0 && text.charCodeAt(end + 3) === 32) {
    // the address after the flag; "user@domain:" when a reason follows, "<parent>" after it when redirected
    const s = end + 4;
    let e = text.indexOf(' ', s);
    if (e < 0) e = text.length;
    let addr = text.slice(s, text.charCodeAt(e - 1) === 58 ? e - 1 : e);
    if (addr.startsWith('<') && addr.endsWith('>')) addr = addr.slice(1, -1);
    if (event === 'received') f.sender = addr === '<>' ? '' : addr;
    else {
      f.recipient = addr;
      if (text.charCodeAt(e + 1) === 60) {
        const close = text.indexOf('>', e + 2);
        if (close > 0) f.origRecipient = text.slice(e + 2, close);
      }
    }
  }
  const h = text.indexOf(' H=');
  if (h >= 0) f.relay = hostAt(text, h + 3);
  const size = plainValue(text, ' S=');
  f.size = size === null || !/^\d+$/.test(size) ? null : Number(size);
  if (event === 'received') {
    f.messageId = plainValue(text, ' id=');
    // "<= <> R=1tQ5aB-000Xyz-1A": a bounce message names the message it reports on
    const ref = plainValue(text, ' R=');
    if (ref !== null && idEnd(ref + ' ', 0) === ref.length) f.linkedId = ref;
  }
  f.delay = plainValue(text, ' QT=');
  if (event === 'deferred' || event === 'bounced' || event === 'rejected') f.reason = withoutLeadingCodes(eximReason(text, event));
  return f;
}

export const eximReader: FormatReader = { format: 'exim', shape, fields };
