// Bounce messages (RFC 3464 delivery status notifications and the human-readable bounces of every MTA):
// "Final-Recipient: rfc822; a@b", "Action: failed", "Status: 5.1.1", "Diagnostic-Code: smtp; 550 5.1.1 ...",
// "Original-Envelope-Id:", "X-Postfix-Queue-ID:". The summary counts one failure per Diagnostic-Code.
import type { LineFields, MailEvent } from './record';
import type { FormatReader } from './reader';
import { anyFields, anyOutcome } from './generic';

const FIELD = /^(final-recipient|original-recipient|x-actual-recipient|x-postfix-queue-id|message-id|status|action|remote-mta|reporting-mta|x-original-message-id|original-envelope-id):\s*(?:[a-z0-9-]+;\s*)?(.*)$/i;

/** True for a header field of a delivery status notification or a bounce's own header. */
export function isDsnField(text: string): boolean {
  return FIELD.test(text) || /^diagnostic-code:/i.test(text);
}

/** "The line of a bounce that reports a failure (Diagnostic-Code:, a "#550 " line, ...), not the refusal of a mail. */
export function isBounceReport(text: string): boolean {
  const t = text.trimStart();
  return /^(?:diagnostic-code|x-postfix-sender|remote server returned|#[45]\d\d )/i.test(t) || t.startsWith('Remote Server returned');
}

function fields(text: string, event: MailEvent | null): LineFields {
  const f = anyFields(text, event);
  const m = FIELD.exec(text);
  if (m !== null) {
    const value = m[2].trim().replace(/^<|>$/g, '');
    switch (m[1].toLowerCase()) {
      case 'final-recipient':
      case 'x-actual-recipient':
        f.recipient = value;
        break;
      case 'original-recipient':
        f.origRecipient = value;
        break;
      case 'x-postfix-queue-id':
        f.queueId = value;
        break;
      case 'message-id':
      case 'x-original-message-id':
        f.messageId = value;
        break;
      case 'remote-mta':
        f.relay = value.toLowerCase();
        break;
    }
  }
  return f;
}

export const dsnReader: FormatReader = { format: 'dsn', shape: (text) => anyOutcome(text), fields };
