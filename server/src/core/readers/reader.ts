// What a format reader is: one module per log family (postfix.ts, exim.ts, ...) implements this.
import type { ReplyFinding } from '../types';
import type { LineFields, LogFormat, MailEvent } from './record';
import type { SyslogHeader } from './syslog';

export interface FormatReader {
  readonly format: LogFormat;
  /**
   * The line's packed shape (shape.ts: the event and the NO_REPLY flag). `header` is the line's syslog
   * header when it has one; its offsets are valid only during this call.
   */
  shape(text: string, header: SyslogHeader | null): number;
  /** The line's fields. `event` is what shape() found. */
  fields(text: string, event: MailEvent | null): LineFields;
  /**
   * The line's replies where the format says exactly where they stand, or null to leave the line to the
   * general recognizer (../scanner.ts). Called only outside a transcript (the recognizer's state initial)
   * on lines whose shape may carry a reply; must give what the recognizer would.
   */
  replies?(text: string, line: number, header: SyslogHeader | null): ReplyFinding[] | null;
}
