// Sendmail: "Nov 28 06:25:01 mx1 sm-mta[123]: 5ASAP1a2b3c4: to=<a@b>, delay=00:00:01, mailer=esmtp,
// relay=mx.b. [192.0.2.1], dsn=4.2.0, stat=Deferred: 450 4.2.0 ...", "... from=<a@b>, size=1234, class=0,
// nrcpts=1, msgid=<...>", "... ruleset=check_rcpt, arg1=<a@b>, relay=..., reject=550 5.7.1 ...".
import type { LineFields, MailEvent } from './record';
import type { FormatReader } from './reader';
import type { SyslogHeader } from './syslog';
import { syslogHeader } from './syslog';
import { E_BOUNCED, E_DEFERRED, E_DELIVERED, E_RECEIVED, E_REJECTED } from './shape';
import { anyReason, anyRemoteHost } from './generic';
import { angleValue, dsnOf, emptyFieldsWith, hostAt, plainValue } from './fields';

/** Sendmail's own status words: "stat=Sent", "stat=Deferred", a dsn= class, ", reject=", a from= line with nrcpts=. */
export function sendmailOutcome(text: string, from: number): number {
  const i = text.indexOf(' stat=', from);
  if (i >= 0) {
    const s = i + 6;
    if (text.startsWith('Sent', s)) return E_DELIVERED;
    if (text.startsWith('Deferred', s)) return E_DEFERRED;
    const d = text.indexOf('dsn=', from);
    if (d >= 0) {
      const c = text.charCodeAt(d + 4);
      if (c === 53) return E_BOUNCED;
      if (c === 52) return E_DEFERRED;
      if (c === 50) return E_DELIVERED;
    }
    return 0;
  }
  if (text.includes(', reject=', from)) return E_REJECTED;
  if (text.includes(', nrcpts=', from) && text.includes('from=', from)) return E_RECEIVED;
  return 0;
}

function shape(text: string, h: SyslogHeader | null): number {
  return sendmailOutcome(text, h === null ? 0 : h.program);
}

/** "to=<a@b>," or "to=a@b,": Sendmail writes addresses with or without angle brackets. */
function address(text: string, key: string, from: number): string | null {
  const angled = angleValue(text, key + '<', from);
  if (angled !== null) return angled;
  const v = plainValue(text, key, from);
  return v === null ? null : v.replace(/^<|>$/g, '');
}

/** "stat=Deferred: Connection refused by mx.b.", "stat=User unknown": the reason in the line's words. */
export function sendmailReason(text: string): string | null {
  const stat = text.indexOf(' stat=');
  if (stat >= 0) {
    const s = stat + 6;
    return text.slice(text.startsWith('Deferred: ', s) ? s + 10 : s);
  }
  const i = text.indexOf(', reject=');
  return i >= 0 ? text.slice(i + 9) : null;
}

/** A queue id ("5ASAP1a2b3c4") followed by ": " at `at`, or null. */
function idAt(text: string, at: number): string | null {
  const colon = text.indexOf(': ', at);
  if (colon - at < 5 || colon - at > 20) return null;
  const id = text.slice(at, colon);
  return /^[0-9A-Za-z]+$/.test(id) ? id : null;
}

function fields(text: string, event: MailEvent | null): LineFields {
  const h = syslogHeader(text);
  const msg = h === null ? 0 : h.message;
  const f = emptyFieldsWith(idAt(text, msg));
  f.sender = event === 'received' ? address(text, 'from=', msg) : null;
  // a delivery's "to=", or the address a check_rcpt ruleset refused ("ruleset=check_rcpt, arg1=<a@b>")
  f.recipient = event === 'received' ? null : (address(text, 'to=', msg) ?? (text.includes('ruleset=check_rcpt', msg) ? angleValue(text, 'arg1=<', msg) : null));
  f.messageId = angleValue(text, 'msgid=<', msg);
  const size = plainValue(text, 'size=', msg);
  f.size = size === null ? null : Number(size);
  f.delay = plainValue(text, ' delay=', msg);
  f.dsn = dsnOf(text);
  const relay = text.indexOf('relay=', msg);
  if (relay >= 0) f.relay = hostAt(text, relay + 6);
  if (event === 'deferred' || event === 'bounced' || event === 'rejected') {
    f.reason = anyReason(text, event);
    if (f.relay === null) f.relay = anyRemoteHost(text, event);
  }
  // "5ASAP1a2b3c4: 5ASAP1a2b3c5: DSN: User unknown": the second id is the bounce sendmail queued.
  if (f.queueId !== null && text.includes(': DSN: ', msg)) f.linkedId = idAt(text, msg + f.queueId.length + 2);
  return f;
}

export const sendmailReader: FormatReader = { format: 'sendmail', shape, fields };
