// Haraka: "[INFO] [8D6E1F2A-...-1] [core] ..." and "[NOTICE] [...] [outbound] ... delivered: ...": the
// bracketed UUID is the transaction (".1", ".2" for each message of a connection).
import type { LineFields, MailEvent } from './record';
import type { FormatReader } from './reader';
import { anyFields, anyOutcome } from './generic';

const UUID = /\[([0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12})(\.\d+)?\]/;

/** True for a Haraka line: a level in brackets, then a transaction UUID or a plugin in brackets. */
export function isHarakaLine(text: string): boolean {
  return /\[(?:DEBUG|INFO|NOTICE|WARN|ERROR|CRIT|PROTOCOL|DATA)\] \[/.test(text.length > 200 ? text.slice(0, 200) : text);
}

function fields(text: string, event: MailEvent | null): LineFields {
  const f = anyFields(text, event);
  const m = UUID.exec(text);
  if (m !== null) {
    f.session = m[1];
    if (m[2] !== undefined) f.queueId = m[1] + m[2];
  }
  return f;
}

export const harakaReader: FormatReader = { format: 'haraka', shape: (text) => anyOutcome(text), fields };
