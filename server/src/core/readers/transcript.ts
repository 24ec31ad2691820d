// SMTP transcripts: "S: 250 OK" / "C: RCPT TO:<a@b>", swaks "<~ 250 OK" / " ~> RCPT TO:<a@b>", client
// libraries' debug output. The replies are the scanner's (it carries the dialogue state from line to
// line); the record adds the envelope addresses the client sent.
import type { LineFields, MailEvent } from './record';
import type { FormatReader } from './reader';
import { anyFields, anyOutcome } from './generic';

const MAIL = /MAIL FROM:\s*<([^<>]{0,320})>/i;
const RCPT = /RCPT TO:\s*<([^<>]{1,320})>/i;

/** True for a line of a transcript: a direction marker at its start. */
export function isTranscriptLine(text: string): boolean {
  return /^\s{0,4}(?:[SC]:|<~|~>|<-|->|<<<|>>>|\*\*\*)\s/.test(text);
}

function fields(text: string, event: MailEvent | null): LineFields {
  const f = anyFields(text, event);
  const mail = MAIL.exec(text);
  if (mail !== null) f.sender = mail[1];
  const rcpt = RCPT.exec(text);
  if (rcpt !== null) f.recipient = rcpt[1];
  return f;
}

export const transcriptReader: FormatReader = { format: 'transcript', shape: (text) => anyOutcome(text), fields };
