// Exchange message tracking (CSV: date-time,client-ip,...,event-id,internal-message-id,message-id,...,
// recipient-address,recipient-status,...,sender-address) and Microsoft 365 message trace exports. A line
// is read without the header: the Message-ID is the "<...@...>" field, the event the RECEIVE / DELIVER /
// SEND / FAIL / DEFER word.
import type { LineFields, MailEvent } from './record';
import type { FormatReader } from './reader';
import { anyFields, anyOutcome } from './generic';

const ID = /,<([^<>,\s]{1,250}@[^<>,\s]{1,250})>,/;
const ADDRESS = /(?:^|,)([A-Za-z0-9._%+=-]{1,64}@[A-Za-z0-9.-]{1,253})(?=,|;|$)/g;

/** True for a message-tracking row: an ISO time first and an event-id word among the fields. */
export function isTrackingLine(text: string): boolean {
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^,]*,/.test(text) && /,(?:RECEIVE|DELIVER|SEND|FAIL|DEFER|DSN|SUBMIT|REDIRECT|EXPAND),/.test(text);
}

function fields(text: string, event: MailEvent | null): LineFields {
  const f = anyFields(text, event);
  f.messageId = ID.exec(text)?.[1] ?? null;
  const addresses = [...text.matchAll(ADDRESS)].map((m) => m[1]);
  if (addresses.length > 0) {
    // recipient-address comes before sender-address in the row
    f.recipient = f.recipient ?? addresses[0];
    if (addresses.length > 1) f.sender = addresses[addresses.length - 1];
  }
  f.queueId = f.messageId;
  return f;
}

export const exchangeReader: FormatReader = { format: 'exchange', shape: (text) => anyOutcome(text), fields };
