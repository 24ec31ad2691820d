// qmail: qmail-send "new msg 12345", "info msg 12345: bytes 2040 from <a@b> qp 99 uid 0", "starting
// delivery 7: msg 12345 to remote c@d", "delivery 7: deferral: Connected_to_192.0.2.1_but_..._451_...",
// "delivery 7: failure: ...", "end msg 12345"; qmail-smtpd and rblsmtpd lines carry replies. Delivery
// numbers are tied to a message only by the "starting delivery" line, so the trace links them.
import type { LineFields, MailEvent } from './record';
import type { FormatReader } from './reader';
import { anyFields, anyOutcome } from './generic';

function number(text: string, key: string): string | null {
  const i = text.indexOf(key);
  if (i < 0) return null;
  let e = i + key.length;
  while (e < text.length && text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57) e++;
  return e > i + key.length ? text.slice(i + key.length, e) : null;
}

function fields(text: string, event: MailEvent | null): LineFields {
  const f = anyFields(text, event);
  const msg = number(text, ' msg ');
  f.queueId = msg;
  // the delivery number stands in for the message until the trace ties it to one
  const delivery = number(text, 'delivery ');
  if (delivery !== null) f.session = 'delivery ' + delivery;
  const from = text.indexOf(' from <');
  if (from >= 0) {
    const e = text.indexOf('>', from + 7);
    if (e > 0) f.sender = text.slice(from + 7, e);
  }
  const to = text.indexOf(' to remote ');
  const local = text.indexOf(' to local ');
  const at = to >= 0 ? to + 11 : local >= 0 ? local + 10 : -1;
  if (at >= 0) {
    const e = text.indexOf(' ', at);
    f.recipient = text.slice(at, e < 0 ? text.length : e);
  }
  const bytes = number(text, ' bytes ');
  if (bytes !== null) f.size = Number(bytes);
  return f;
}

export const qmailReader: FormatReader = { format: 'qmail', shape: (text) => anyOutcome(text), fields };
