// The fallback for lines no format reader claims: every status word of the known formats is tried, and the
// fields are read by the format-free heuristics (the first "to=<", a " relay=" or " H=", the text after a
// ": " marker). The other readers use it for the outcomes they do not decide themselves.
import type { LineFields, MailEvent } from './record';
import type { FormatReader } from './reader';
import { E_BOUNCED, E_DEFERRED, E_DELIVERED, E_RECEIVED, E_REJECTED } from './shape';
import { postfixStatus, rejectReason, statusReason } from './postfix';
import { sendmailOutcome, sendmailReason } from './sendmail';
import { eximReason } from './exim';
import { angleValue, dsnOf, emptyFieldsWith, hostAt, withoutLeadingCodes } from './fields';

/** Lines of unknown layout: every marker is tried. */
export function anyOutcome(text: string): number {
  const status = postfixStatus(text, 0);
  if (status !== 0) return status;
  if (text.includes('reject: ') && (text.includes(': reject: ') || text.includes(': milter-reject: '))) return E_REJECTED;
  const sendmail = sendmailOutcome(text, 0);
  if (sendmail !== 0) return sendmail;
  // OpenSMTPD: result="Ok" / "TempFail" / "PermFail".
  const i = text.indexOf(' result="');
  if (i >= 0) {
    const s = i + 9;
    if (text.startsWith('Ok"', s)) return E_DELIVERED;
    if (text.startsWith('TempFail"', s)) return E_DEFERRED;
    if (text.startsWith('PermFail"', s)) return E_BOUNCED;
  }
  if (text.includes(': client=')) return E_RECEIVED;
  return 0;
}

/** The queue id a delivery line names: Postfix/Sendmail "ID: to=", Exim "ID == ". */
function queueIdOf(text: string): string | null {
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

/** The reason a line gives for a failure in its own words, whatever the format. */
export function anyReason(text: string, event: MailEvent | null): string {
  const status = statusReason(text);
  if (status !== null) return status;
  if (text.includes(' stat=')) return withoutLeadingCodes(sendmailReason(text) ?? '');
  if (event === 'rejected') {
    const reject = rejectReason(text);
    if (reject !== null) return reject;
    if (text.indexOf(' rejected ') < 0) {
      const r = sendmailReason(text);
      if (r !== null) return withoutLeadingCodes(r);
    }
  }
  return withoutLeadingCodes(eximReason(text, event));
}

/** The remote host of a failure: the relay for deliveries, the client for rejects. */
export function anyRemoteHost(text: string, event: MailEvent | null): string | null {
  if (event === 'rejected') {
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
    const c = text.indexOf('connect to ', i);
    return c >= 0 ? hostAt(text, c + 11) : null;
  }
  i = text.indexOf(' H=');
  if (i >= 0) return hostAt(text, i + 3);
  return null;
}

/** The recipient: Postfix/Sendmail "to=<user@domain>", Exim "== user@domain ...". */
export function anyRecipient(text: string): string | null {
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
  return text.slice(i, end);
}

// "program[123]: 4F2A1B3C9D: ...": an id with at least one digit right after the process, so "warning:" or
// "NOQUEUE:" are not ids.
const SYSLOG_QUEUE_ID = /\]: (?=[A-Za-z]*[0-9])([0-9A-Za-z]{6,20}): /;

/** The fields every format shares, read without knowing the format. */
export function anyFields(text: string, event: MailEvent | null): LineFields {
  // a deferral's id counts deferred messages once: only the id a delivery line names ("ID: to=", "ID == ")
  const f = emptyFieldsWith(event === 'deferred' ? queueIdOf(text) : (SYSLOG_QUEUE_ID.exec(text.length > 400 ? text.slice(0, 400) : text)?.[1] ?? null));
  f.recipient = anyRecipient(text);
  f.sender = angleValue(text, 'from=<');
  f.dsn = dsnOf(text);
  if (event === 'deferred' || event === 'bounced' || event === 'rejected' || event === 'expired') {
    f.reason = anyReason(text, event);
    f.relay = anyRemoteHost(text, event);
  }
  return f;
}

export const genericReader: FormatReader = {
  format: 'generic',
  shape: (text) => anyOutcome(text),
  fields: anyFields,
};
