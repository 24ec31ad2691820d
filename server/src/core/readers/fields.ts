// Small readers of key=value and address fields shared by the format readers. Plain indexOf and char
// codes: they run on every failure line of a large log.
import type { LineFields } from './record';

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

/** The value of `key<...>` ("to=<", "from=<"): the text up to ">", "" for "<>", null when absent. */
export function angleValue(text: string, key: string, from = 0): string | null {
  const i = text.indexOf(key, from);
  if (i < 0) return null;
  const s = i + key.length;
  const e = text.indexOf('>', s);
  if (e < 0 || e - s > 512) return null;
  return text.slice(s, e);
}

/** The value of `key` up to the next ",", ";", space or end ("relay=", "delay=", "size="), null when absent. */
export function plainValue(text: string, key: string, from = 0): string | null {
  const i = text.indexOf(key, from);
  if (i < 0) return null;
  const s = i + key.length;
  let e = s;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (c === 44 || c === 59 || c === 32 || c === 9) break;
    e++;
  }
  return e > s ? text.slice(s, e) : null;
}

/** `dsn=4.4.1` on a status line: the enhanced code, or null. */
export function dsnOf(text: string): string | null {
  const i = text.indexOf('dsn=');
  if (i < 0) return null;
  let end = i + 4;
  while (end < text.length && (isDigit(text.charCodeAt(end)) || text.charCodeAt(end) === 46)) end++;
  const dsn = text.slice(i + 4, end);
  return /^[245]\.\d{1,3}\.\d{1,3}$/.test(dsn) ? dsn : null;
}

/** "mx.example.com[1.2.3.4]:25" -> "mx.example.com"; "unknown[1.2.3.4]" and "(helo) [1.2.3.4]" -> "1.2.3.4". */
export function hostAt(text: string, start: number): string | null {
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

/** The domain of an address ("user@Example.COM" -> "example.com"), or null. */
export function domainOf(address: string | null): string | null {
  if (address === null) return null;
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const d = address.slice(at + 1).toLowerCase();
  return d === '' ? null : d;
}

/** Drops codes in front of a reason ("550 5.1.1 User unknown" -> "User unknown"): they have their own columns. */
export function withoutLeadingCodes(r: string): string {
  let i = 0;
  for (;;) {
    let j = i;
    while (j < r.length && (isDigit(r.charCodeAt(j)) || r.charCodeAt(j) === 46)) j++;
    if (j === i || j - i > 9 || r.charCodeAt(j) !== 32 || !isDigit(r.charCodeAt(i))) break;
    i = j + 1;
  }
  return i > 0 ? r.slice(i) : r;
}

/** Fields with only the queue id set, for a reader to fill in. */
export function emptyFieldsWith(queueId: string | null): LineFields {
  return {
    queueId,
    sender: null,
    recipient: null,
    origRecipient: null,
    relay: null,
    size: null,
    messageId: null,
    delay: null,
    dsn: null,
    reason: null,
    linkedId: null,
    session: null,
  };
}
