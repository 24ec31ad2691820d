// A record: what one line of a mail log says, read by the reader of that log's format. Every feature
// (findings, outline, summary, trace, reasons) reads records; nothing else in the core re-parses a line for
// its own fields.
import type { Reply } from '../types';

/** The log families the readers know; `generic` is the fallback that keeps the format-free heuristics. */
export type LogFormat =
  | 'postfix'
  | 'sendmail'
  | 'exim'
  | 'qmail'
  | 'courier'
  | 'opensmtpd'
  | 'exchange'
  | 'haraka'
  | 'amavis'
  | 'transcript'
  | 'dsn'
  | 'json'
  | 'generic';

/**
 * What happened on the line. The summary counts received, delivered, forwarded, deferred, bounced,
 * expired and rejected (its `Outcome`); the trace also reads the others.
 */
export type MailEvent =
  | 'connect'
  | 'disconnect'
  | 'received'
  | 'queued'
  | 'message-id'
  | 'delivered'
  | 'forwarded'
  | 'deferred'
  | 'bounced'
  | 'expired'
  | 'rejected'
  | 'notified'
  | 'removed';

/** The fields a reader takes from one line. Absent facts are null. Values are log text (untrusted). */
export interface LineFields {
  /** Postfix/Sendmail queue id, Exim message id, OpenSMTPD message id, qmail message number. */
  queueId: string | null;
  /** Envelope sender (`from=<...>`, Exim `<= addr`); "" for the null sender `<>`. */
  sender: string | null;
  /** Envelope recipient of a delivery attempt (`to=<...>`, Exim `=> addr`). */
  recipient: string | null;
  /** The original recipient before rewriting (`orig_to=<...>`, Exim `<parent>`). */
  origRecipient: string | null;
  /** The remote host of a delivery (relay) or the client of a reception or a reject: a name, else an IP. */
  relay: string | null;
  size: number | null;
  /** The Message-ID header (`message-id=<...>`, Exim `id=...`), without angle brackets. */
  messageId: string | null;
  /** Total delay as written (`delay=1.2`, Exim `QT=2s`), or null. */
  delay: string | null;
  /** The delivery status field (`dsn=5.1.1`), when it is an enhanced code. */
  dsn: string | null;
  /** The line's own words for a failure, when no reply code says more ("Connection timed out"). */
  reason: string | null;
  /**
   * Another queue id this line links the message to: Postfix "queued as NEWID" (a content filter or the
   * next hop re-queued it) and "sender non-delivery notification: ID", Sendmail "DSN: ..." ids.
   */
  linkedId: string | null;
  /** A session id that ties connection lines to the message (OpenSMTPD), or null. */
  session: string | null;
}

/** One line read by its format's reader, replies included. */
export interface LogRecord extends LineFields {
  /** 0-based line of the record, and its last line (a multi-line reply closed later ends there). */
  line: number;
  endLine: number;
  format: LogFormat;
  /** The time stamp as written, or null. */
  time: string | null;
  /** The syslog host, or null. */
  host: string | null;
  /** The program that wrote the line ("postfix/smtp", "sm-mta", "exim"), or null. */
  program: string | null;
  event: MailEvent | null;
  /** The replies that ended on this line. */
  replies: Reply[];
  /** The reply that speaks for the line (a negative one before a positive one), or null. */
  reply: Reply | null;
}
