// amavis (amavisd-new), the content filter Postfix hands a message to and gets it back from under a new
// queue id: "amavis[1234]: (01234-05) Passed CLEAN {RelayedInbound}, [192.0.2.1]:4321 [192.0.2.1]
// <a@b> -> <c@d>,<e@f>, Queue-ID: 4B1C62A0F3, Message-ID: <x@y>, mail_id: AbC, Hits: -1.2, size: 2200,
// queued_as: 5C2D73B1A4, 1234 ms". The line names both queue ids; the trace links them through it.
import type { LineFields, MailEvent } from './record';
import type { FormatReader } from './reader';
import { emptyFieldsWith } from './fields';

/** "key: value," up to the next comma or the end, or null. */
function colonValue(text: string, key: string): string | null {
  const i = text.indexOf(key);
  if (i < 0) return null;
  const s = i + key.length;
  let e = text.indexOf(',', s);
  if (e < 0) e = text.length;
  const v = text.slice(s, e).trim();
  return v === '' ? null : v;
}

/** A queue id as Postfix writes it: 5 to 20 letters and digits. */
function queueIdValue(v: string | null): string | null {
  return v !== null && /^[0-9A-Za-z]{5,20}$/.test(v) ? v : null;
}

function fields(text: string, _event: MailEvent | null): LineFields {
  const f = emptyFieldsWith(queueIdValue(colonValue(text, ' Queue-ID: ')));
  // "queued_as: 5C2D73B1A4" (one re-injection) or "queued_as: 5C2D73B1A4/5C2D73B1A5" (several): the first
  f.linkedId = queueIdValue(colonValue(text, ' queued_as: ')?.split('/')[0] ?? null);
  const mid = colonValue(text, ' Message-ID: ');
  if (mid !== null && mid.startsWith('<') && mid.endsWith('>')) f.messageId = mid.slice(1, -1);
  const size = colonValue(text, ' size: ');
  f.size = size !== null && /^\d+$/.test(size) ? Number(size) : null;
  // "<a@b> -> <c@d>,<e@f>": the sender and the first recipient
  const arrow = text.indexOf('> -> <');
  if (arrow >= 0) {
    const open = text.lastIndexOf(' <', arrow);
    if (open >= 0) f.sender = text.slice(open + 2, arrow);
    const close = text.indexOf('>', arrow + 6);
    if (close >= 0) f.recipient = text.slice(arrow + 6, close);
  }
  // "Passed CLEAN {RelayedInbound}", "Blocked SPAM {DiscardedInbound}": what the filter decided
  const verdict = /\) ((?:Passed|Blocked|Not-Delivered)[^,]{0,80})/.exec(text);
  f.reason = verdict === null ? null : verdict[1];
  return f;
}

export const amavisReader: FormatReader = {
  format: 'amavis',
  // The filter's verdict is no delivery event of the message; a line that quotes a reply still gets it read.
  shape: () => 0,
  fields,
};
