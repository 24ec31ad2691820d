// Time stamps at the start of a line (syslog, ISO 8601, Exim). Read on every line that counts an event,
// so plain char codes and a one-entry cache: busy logs write many lines with the same stamp.
import { isDigit, own } from '../readers/fields';

/** A time stamp read from the start of a line. */
export interface TimeStamp {
  readonly text: string;
  /** Bucket key of the clock hour ("2026-11-28 06" / "Nov 28 06"). */
  readonly hourKey: string;
  readonly hour: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function isMonth(text: string): boolean {
  for (const m of MONTHS) if (text.startsWith(m)) return true;
  return false;
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
export interface Stamp extends TimeStamp {
  keptText: string | null;
}

/** The stamp's text as a string of its own: keeping it pins no log text. */
export function kept(stamp: Stamp): string {
  if (stamp.keptText === null) stamp.keptText = own(stamp.text);
  return stamp.keptText;
}

export function stampOf(text: string): Stamp | null {
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

export function forgetStamp(): void {
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
