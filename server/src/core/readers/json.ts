// JSON event payloads of mail services, one object per line (Amazon SES notifications, SendGrid and
// Mailgun events, Postmark bounces): "diagnosticCode", "reason", "delivery-status", "email"/"recipient",
// "smtp-id"/"messageId". The replies in them are the scanner's; the record adds the ids and addresses.
import type { LineFields, MailEvent } from './record';
import type { FormatReader } from './reader';
import { anyFields, anyOutcome } from './generic';

function stringField(text: string, keys: readonly string[]): string | null {
  for (const key of keys) {
    const i = text.indexOf(`"${key}"`);
    if (i < 0) continue;
    const m = /^\s*:\s*"((?:[^"\\]|\\.){0,500})"/.exec(text.slice(i + key.length + 2, i + key.length + 520));
    if (m !== null) return m[1].replace(/^<|>$/g, '');
  }
  return null;
}

function fields(text: string, event: MailEvent | null): LineFields {
  const f = anyFields(text, event);
  f.recipient = stringField(text, ['email', 'recipient', 'emailAddress', 'Recipient']) ?? f.recipient;
  f.messageId = stringField(text, ['smtp-id', 'messageId', 'message-id', 'MessageID', 'Message-Id']);
  f.queueId = f.messageId;
  return f;
}

export const jsonReader: FormatReader = { format: 'json', shape: (text) => anyOutcome(text), fields };
