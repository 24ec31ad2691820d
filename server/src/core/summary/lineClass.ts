// What a log line says happened to a message, as the summary counts it: the event its format's reader
// found (../readers), narrowed to the summary's outcomes.
import type { Outcome } from './types';
import { EVENT_MASK, lineShape } from '../readers';

/** The summary's outcome of each event index (readers/shape.ts EVENTS); null for events it does not count. */
export const OUTCOMES: ReadonlyArray<Outcome | null> = [null, 'received', 'delivered', 'forwarded', 'deferred', 'bounced', 'expired', 'rejected', null, null, null, null, null, null, null, null];

/** What the line says happened to a message, or null when it says nothing about an outcome. */
export function lineOutcome(text: string): Outcome | null {
  return OUTCOMES[lineShape(text).shape & EVENT_MASK];
}
