// The syslog line header that Postfix, Sendmail, qmail, Courier, OpenSMTPD and Haraka lines share:
// "Nov 28 06:25:01 host program[pid]: message" (RFC 3164) or "2026-11-28T06:25:01.123+00:00 host
// program[pid]: message" (ISO, as rsyslog and journald write). Read with char codes, no allocation: the
// offsets land in one reused object, since this runs on every line of a multi-GB log.

export interface SyslogHeader {
  /** Where the host name starts. */
  host: number;
  /** Where the program name starts ("postfix/smtp"), and where it ends (before "[pid]" or ":"). */
  program: number;
  programEnd: number;
  /** Where the message after "program[pid]: " starts. */
  message: number;
}

const header: SyslogHeader = { host: 0, program: 0, programEnd: 0, message: 0 };

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Where the program name starts on a syslog line, else -1 (the offsets are not filled). */
export function programStart(text: string): number {
  let p: number;
  if (text.charCodeAt(3) === 32 && text.charCodeAt(6) === 32 && text.charCodeAt(9) === 58 && text.charCodeAt(15) === 32) p = 16;
  else if (isDigit(text.charCodeAt(0)) && text.charCodeAt(4) === 45 && text.charCodeAt(10) === 84) {
    p = text.indexOf(' ', 19) + 1;
    if (p === 0) return -1;
  } else return -1;
  const host = text.indexOf(' ', p);
  return host < 0 || host - p > 255 ? -1 : host + 1;
}

/**
 * The header of a syslog line, or null. The returned object is reused by the next call: read its offsets
 * before reading another line.
 */
export function syslogHeader(text: string): SyslogHeader | null {
  const prog = programStart(text);
  if (prog < 0) return null;
  const space = text.indexOf(' ', prog);
  if (space < 0 || space - prog > 80) return null;
  let end = text.indexOf('[', prog);
  if (end >= 0 && end < space) {
    const close = text.indexOf(']', end);
    if (close < 0 || close + 2 !== space || text.charCodeAt(close + 1) !== 58) return null;
  } else {
    end = space - 1;
    if (text.charCodeAt(end) !== 58) return null;
  }
  header.host = text.lastIndexOf(' ', prog - 2) + 1;
  header.program = prog;
  header.programEnd = end;
  header.message = space + 1;
  return header;
}

/** The syslog host and program of a line (strings), for records; nulls when the line has no syslog header. */
export function syslogNames(text: string): { host: string | null; program: string | null } {
  const h = syslogHeader(text);
  if (h === null) return { host: null, program: null };
  return { host: text.slice(h.host, h.program - 1), program: text.slice(h.program, h.programEnd) };
}
