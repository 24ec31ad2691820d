// What a format reader is: one module per log family (postfix.ts, exim.ts, ...) implements this.
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
}
