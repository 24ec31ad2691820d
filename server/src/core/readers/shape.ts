// A line's shape, packed in one small integer so the per-line work of a multi-GB log allocates nothing:
// the event (an index into EVENTS) and the NO_REPLY flag, set when the line's layout is known to carry no
// server reply (Postfix connect, TLS, qmgr, cleanup message-id ...), so the reply recognizer need not run.
import type { MailEvent } from './record';

export const EVENTS: ReadonlyArray<MailEvent | null> = [
  null,
  'received',
  'delivered',
  'forwarded',
  'deferred',
  'bounced',
  'expired',
  'rejected',
  'connect',
  'disconnect',
  'queued',
  'message-id',
  'notified',
  'removed',
];
export const E_RECEIVED = 1;
export const E_DELIVERED = 2;
export const E_FORWARDED = 3;
export const E_DEFERRED = 4;
export const E_BOUNCED = 5;
export const E_EXPIRED = 6;
export const E_REJECTED = 7;
export const E_CONNECT = 8;
export const E_DISCONNECT = 9;
export const E_QUEUED = 10;
export const E_MESSAGE_ID = 11;
export const E_NOTIFIED = 12;
export const E_REMOVED = 13;
export const EVENT_MASK = 15;
export const NO_REPLY = 16;

/** The event of a packed shape. */
export function eventOf(shape: number): MailEvent | null {
  return EVENTS[shape & EVENT_MASK];
}
