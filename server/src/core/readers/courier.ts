// Courier: "courieresmtp: id=0004A1B2.65A1B2C3.00001234,from=<a@b>,addr=<c@d>,status: deferred",
// "courierd: completed,id=0004A1B2.65A1B2C3.00001234", "courieresmtpd: error,relay=::ffff:192.0.2.1,
// from=<a@b>,to=<c@d>: 550 User unknown."
import type { LineFields, MailEvent } from './record';
import type { FormatReader } from './reader';
import { anyFields, anyOutcome } from './generic';
import { angleValue, plainValue } from './fields';

function fields(text: string, event: MailEvent | null): LineFields {
  const f = anyFields(text, event);
  f.queueId = plainValue(text, 'id=');
  f.sender = angleValue(text, 'from=<');
  f.recipient = angleValue(text, 'addr=<') ?? angleValue(text, 'to=<');
  return f;
}

export const courierReader: FormatReader = { format: 'courier', shape: (text) => anyOutcome(text), fields };
