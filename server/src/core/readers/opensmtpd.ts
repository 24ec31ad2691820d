// OpenSMTPD: "smtpd[123]: 1a2b3c4d5e6f7a8b smtp message msgid=0a1b2c3d size=1234 nrcpt=1 proto=ESMTP",
// "... mta delivery evpid=0a1b2c3d4e5f6071 from=<a@b> to=<c@d> rcpt=<-> source="192.0.2.10"
// relay="203.0.113.5 (mx.d)" delay=2s result="TempFail" stat="421 4.7.0 Try again later"". The 16-hex
// word after the program is the session; a message id is 8 hex digits, an envelope id starts with it.
import type { LineFields, MailEvent } from './record';
import type { FormatReader } from './reader';
import type { SyslogHeader } from './syslog';
import { syslogHeader } from './syslog';
import { E_CONNECT, E_DISCONNECT, E_QUEUED, EVENT_MASK } from './shape';
import { anyFields, anyOutcome } from './generic';
import { angleValue, plainValue } from './fields';

function isHex(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return e > s;
}

/** True for an OpenSMTPD line: "smtpd[pid]: <16 hex> smtp|mta ...". */
export function isOpensmtpdLine(text: string, h: SyslogHeader): boolean {
  if (!text.startsWith('smtpd', h.program) || h.programEnd - h.program !== 5) return false;
  return isHex(text, h.message, h.message + 16) && text.charCodeAt(h.message + 16) === 32;
}

function shape(text: string, h: SyslogHeader | null): number {
  const outcome = anyOutcome(text);
  if ((outcome & EVENT_MASK) !== 0 || h === null) return outcome;
  const w = h.message + 17;
  if (text.startsWith('smtp connected ', w)) return E_CONNECT;
  if (text.startsWith('smtp disconnected ', w)) return E_DISCONNECT;
  if (text.startsWith('smtp message ', w) || text.startsWith('smtp envelope ', w)) return E_QUEUED;
  return outcome;
}

const isAddress = (s: string): boolean => /^[\d.]+$/.test(s) || s.includes(':');

/** relay="mx.d (203.0.113.5)" and relay="203.0.113.5 (mx.d)" -> "mx.d"; relay="203.0.113.5" -> the address. */
function relayOf(text: string): string | null {
  const i = text.indexOf(' relay="');
  if (i < 0) return null;
  const e = text.indexOf('"', i + 8);
  if (e < 0) return null;
  const v = text.slice(i + 8, e);
  const open = v.indexOf(' (');
  if (open < 0 || !v.endsWith(')')) return v.toLowerCase();
  const a = v.slice(0, open);
  const b = v.slice(open + 2, -1);
  return (isAddress(a) && !isAddress(b) ? b : a).toLowerCase();
}

function fields(text: string, event: MailEvent | null): LineFields {
  const f = anyFields(text, event);
  const h = syslogHeader(text);
  if (h !== null && isOpensmtpdLine(text, h)) f.session = text.slice(h.message, h.message + 16);
  const msgid = plainValue(text, ' msgid=');
  const evpid = plainValue(text, ' evpid=');
  f.queueId = msgid !== null && msgid.length === 8 ? msgid : evpid !== null && evpid.length === 16 ? evpid.slice(0, 8) : null;
  f.sender = angleValue(text, 'from=<');
  f.relay = relayOf(text) ?? f.relay;
  const size = plainValue(text, ' size=');
  f.size = size === null ? null : Number(size);
  f.delay = plainValue(text, ' delay=');
  return f;
}

export const opensmtpdReader: FormatReader = { format: 'opensmtpd', shape, fields };
