// Fields read from a log line for the summary's tables: queue id, dsn=, the failure reason, the remote
// host and the recipient domain. Plain indexOf and char codes: they run on every failure line.
import type { Outcome } from './types';

/**
 * A copy of s that does not keep the text it was cut from alive. V8 represents a substring of 13 or more
 * characters as a view into its parent: a host name kept from a line would otherwise pin the whole
 * megabyte chunk that line was decoded from, and a long log would pin many.
 */
export function own(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** A character code of 0-9. */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The queue id / Exim message id that a deferral belongs to, for counting deferred messages once. */
export function queueIdOf(text: string): string | null {
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
export function dsnOf(text: string): string | null {
  const i = text.indexOf('dsn=');
  if (i < 0) return null;
  let end = i + 4;
  while (end < text.length && (isDigit(text.charCodeAt(end)) || text.charCodeAt(end) === 46)) end++;
  const dsn = text.slice(i + 4, end);
  return /^[245]\.\d{1,3}\.\d{1,3}$/.test(dsn) ? dsn : null;
}

/** The reason a line gives for a failure, when no reply code on it says more; codes in front are dropped (they have their own columns). */
export function reasonOf(text: string, outcome: Outcome): string {
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
export function remoteHostOf(text: string, outcome: Outcome): string | null {
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
export function recipientDomainOf(text: string): string | null {
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
