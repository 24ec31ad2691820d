// A message's story in words, English and Indonesian: the hover's Markdown (log text escaped) and the
// plain lines `smtp-codes trace` prints. The trace keeps its sentences here, beside the model they
// describe, rather than in messages.ts, so the two stay in step.
import { escapeMarkdown, inlineCode, proseMarkdown } from './markdown';
import type { DeliveryAttempt, HopRole, MessageStory, RecipientFate, RecipientStory, TraceStep } from './trace';
import type { MailEvent } from './readers';
import type { Locale } from './types';

type Strings = {
  message: string;
  from: string;
  nullSender: string;
  size: string;
  bytes: string;
  messageId: string;
  entered: string;
  line: string;
  inQueue: string;
  leftQueue: string;
  stillQueued: string;
  recipients: string;
  notificationTo: string;
  attempts: (n: number) => string;
  deferredTimes: (n: number) => string;
  delay: string;
  handedTo: string;
  role: Record<HopRole, string>;
  fate: Record<RecipientFate, string>;
  event: Record<MailEvent, string>;
  lineEvent: string;
  lines: (n: number) => string;
  moreMessages: (n: number) => string;
  noMessage: string;
  traceAction: (key: string) => string;
  unit: { d: string; h: string; min: string; s: string };
};

const STRINGS: Record<Locale, Strings> = {
  en: {
    message: 'Message',
    from: 'From',
    nullSender: '<> (null sender)',
    size: 'Size',
    bytes: 'bytes',
    messageId: 'Message-ID',
    entered: 'Entered',
    line: 'line',
    inQueue: 'In the queue',
    leftQueue: 'left the queue',
    stillQueued: 'not seen leaving the queue',
    recipients: 'Recipients',
    notificationTo: 'bounce notification to',
    attempts: (n) => (n === 1 ? '1 attempt' : `${n} attempts`),
    deferredTimes: (n) => (n === 1 ? 'deferred once' : `deferred ${n} times`),
    delay: 'delay',
    handedTo: 'handed on as',
    role: { origin: 'received', hop: 're-queued after a content filter', notification: 'bounce notification' },
    fate: {
      delivered: 'delivered',
      forwarded: 'forwarded',
      deferred: 'deferred, still in the queue',
      bounced: 'bounced',
      expired: 'expired in the queue',
      rejected: 'rejected',
      pending: 'no delivery attempt in this log',
    },
    event: {
      connect: 'connection',
      disconnect: 'disconnection',
      received: 'received',
      queued: 'queued',
      'message-id': 'Message-ID logged',
      delivered: 'delivered',
      forwarded: 'forwarded',
      deferred: 'deferred',
      bounced: 'bounced',
      expired: 'expired',
      rejected: 'rejected',
      notified: 'bounce notification queued',
      removed: 'left the queue',
    },
    lineEvent: 'logged',
    lines: (n) => (n === 1 ? '1 line' : `${n} lines`),
    moreMessages: (n) => (n === 1 ? '1 more message has this key' : `${n} more messages have this key`),
    noMessage: 'no message found for',
    traceAction: (key) => `Trace message ${key}`,
    unit: { d: 'd', h: 'h', min: 'min', s: 's' },
  },
  id: {
    message: 'Pesan',
    from: 'Dari',
    nullSender: '<> (pengirim kosong)',
    size: 'Ukuran',
    bytes: 'bita',
    messageId: 'Message-ID',
    entered: 'Masuk',
    line: 'baris',
    inQueue: 'Di antrean',
    leftQueue: 'keluar dari antrean',
    stillQueued: 'tidak terlihat keluar dari antrean',
    recipients: 'Penerima',
    notificationTo: 'notifikasi pentalan ke',
    attempts: (n) => `${n} percobaan`,
    deferredTimes: (n) => `ditunda ${n} kali`,
    delay: 'tunda',
    handedTo: 'diteruskan sebagai',
    role: { origin: 'diterima', hop: 'diantrekan ulang setelah filter konten', notification: 'notifikasi pentalan' },
    fate: {
      delivered: 'terkirim',
      forwarded: 'diteruskan',
      deferred: 'ditunda, masih di antrean',
      bounced: 'dipentalkan',
      expired: 'kedaluwarsa di antrean',
      rejected: 'ditolak',
      pending: 'belum ada percobaan pengiriman di log ini',
    },
    event: {
      connect: 'koneksi',
      disconnect: 'koneksi ditutup',
      received: 'diterima',
      queued: 'diantrekan',
      'message-id': 'Message-ID dicatat',
      delivered: 'terkirim',
      forwarded: 'diteruskan',
      deferred: 'ditunda',
      bounced: 'dipentalkan',
      expired: 'kedaluwarsa',
      rejected: 'ditolak',
      notified: 'notifikasi pentalan diantrekan',
      removed: 'keluar dari antrean',
    },
    lineEvent: 'dicatat',
    lines: (n) => `${n} baris`,
    moreMessages: (n) => `${n} pesan lain memiliki kunci ini`,
    noMessage: 'tidak ada pesan untuk',
    traceAction: (key) => `Lacak pesan ${key}`,
    unit: { d: 'hr', h: 'j', min: 'mnt', s: 'dtk' },
  },
};

/** The trace's words in a locale (the webview and the CLI take their labels from here too). */
export function traceStrings(locale: Locale): Strings {
  return STRINGS[locale];
}

/** "15 min 5 s", "2 d 3 h": the two largest units. */
export function durationText(seconds: number, locale: Locale): string {
  const u = STRINGS[locale].unit;
  const s = Math.round(seconds);
  if (s < 60) return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} ${u.s}`;
  const parts: Array<[number, string]> = [
    [Math.floor(s / 86400), u.d],
    [Math.floor((s % 86400) / 3600), u.h],
    [Math.floor((s % 3600) / 60), u.min],
    [s % 60, u.s],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  return parts
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(' ');
}

/** What a step did, in words: its event, else "logged". */
export function stepLabel(step: Pick<TraceStep, 'event'>, locale: Locale): string {
  return step.event === null ? STRINGS[locale].lineEvent : STRINGS[locale].event[step.event];
}

/** "deferred 2 times, then delivered (4 attempts)" in short: the fate and the counts. */
export function fateText(r: RecipientStory, locale: Locale): string {
  const T = STRINGS[locale];
  const parts = [T.fate[r.fate]];
  if (r.deferrals > 0 && r.fate !== 'deferred') parts.push(T.deferredTimes(r.deferrals));
  else if (r.deferrals > 1) parts.push(T.deferredTimes(r.deferrals));
  if (r.attempts.length > 0) parts.push(T.attempts(r.attempts.length));
  return parts.join(', ');
}

/** One attempt's facts without its time: relay, code and title, delay, the hop it handed on to. */
function attemptFacts(a: DeliveryAttempt, locale: Locale, esc: (s: string) => string, prose: (s: string) => string = (x) => x): string[] {
  const T = STRINGS[locale];
  const out: string[] = [];
  if (a.relay !== null) out.push(esc(a.relay));
  const code = [a.code, a.enhanced].filter((c) => c !== null).join(' ');
  out.push(a.title !== null ? `${code} ${prose(a.title)}` : `${code} ${prose(T.event[a.event])}`.trim());
  if (a.delay !== null) out.push(`${T.delay} ${esc(a.delay)}`);
  if (a.handedTo !== null) out.push(`${T.handedTo} ${esc(a.handedTo)}`);
  return out;
}

/**
 * A size as toLocaleString writes it in the locale ("12,345" in English, "12.345" in Indonesian), written
 * here for whole numbers: the first toLocaleString of a process loads the locale's number data (about 10 ms,
 * a trace hover's whole budget).
 */
export function groupedDigits(n: number, locale: Locale): string {
  const tag = locale === 'id' ? 'id-ID' : 'en-US';
  if (!Number.isSafeInteger(n) || n < 0) return n.toLocaleString(tag);
  return String(n).replace(/\B(?=(\d{3})+$)/g, locale === 'id' ? '.' : ',');
}

function headerParts(story: MessageStory, locale: Locale, esc: (s: string) => string = (x) => x, prose: (s: string) => string = (x) => x): { ids: string[]; facts: Array<[string, string | null]> } {
  const T = STRINGS[locale];
  const ids = story.hops.map((h) => (h.role === 'origin' ? esc(h.queueId) : `${esc(h.queueId)} (${prose(T.role[h.role])})`));
  const facts: Array<[string, string | null]> = [
    [T.from, story.sender === null ? null : story.sender === '' ? T.nullSender : story.sender],
    [T.size, story.size === null ? null : `${groupedDigits(story.size, locale)} ${T.bytes}`],
    [T.messageId, story.messageIds[0] ?? null],
  ];
  return { ids, facts };
}

function queueLine(story: MessageStory, locale: Locale): string | null {
  const T = STRINGS[locale];
  if (story.queueSeconds === null) return null;
  return `${T.inQueue}: ${durationText(story.queueSeconds, locale)}, ${story.finished ? T.leftQueue : T.stillQueued}`;
}

/**
 * The hover: the message's queue ids, sender, size, where it entered, time in the queue, and each
 * recipient with its fate and attempts. Every value from the log is escaped or in a code span.
 */
export function storyMarkdown(story: MessageStory, locale: Locale, options: { otherMessages?: number; maxAttempts?: number } = {}): string {
  const T = STRINGS[locale];
  const { ids, facts } = headerParts(story, locale, escapeMarkdown, (t) => proseMarkdown(t, true));
  const out: string[] = [];
  out.push(`**${T.message} ${ids.join(' → ')}**`);
  out.push('');
  const factLine = facts.filter(([, v]) => v !== null).map(([k, v]) => `${k}: ${k === T.size ? escapeMarkdown(v!) : inlineCode(v!)}`);
  const entry = story.steps.find((s) => s.line === story.entryLine);
  const where = `${T.entered}: ${entry?.time !== null && entry?.time !== undefined ? escapeMarkdown(entry.time) + ', ' : ''}${T.line} ${story.entryLine + 1}`;
  out.push([...factLine, where].join(' · '));
  const q = queueLine(story, locale);
  if (q !== null) {
    out.push('');
    out.push(proseMarkdown(q, true));
  }
  if (story.recipients.length > 0) {
    out.push('');
    out.push(`**${T.recipients}**`);
    out.push('');
    const max = options.maxAttempts ?? 6;
    for (const r of story.recipients.slice(0, 30)) {
      const who = (r.notification ? `${proseMarkdown(T.notificationTo, true)} ` : '') + inlineCode(r.address) + (r.origRecipient !== null && r.origRecipient !== r.address ? ` (${inlineCode(r.origRecipient)})` : '');
      out.push(`- ${who}: **${proseMarkdown(fateText(r, locale), true)}**`);
      const shown = r.attempts.length > max ? r.attempts.slice(r.attempts.length - max) : r.attempts;
      if (shown.length < r.attempts.length) out.push(`  - …`);
      for (const a of shown) {
        const facts2 = attemptFacts(a, locale, escapeMarkdown, (t) => proseMarkdown(t, true));
        out.push(`  - ${a.time !== null ? escapeMarkdown(a.time) + ' · ' : ''}${facts2.join(' · ')}`);
      }
    }
    if (story.recipients.length > 30) out.push(`- … (${story.recipients.length - 30})`);
  }
  out.push('');
  out.push(proseMarkdown(T.lines(story.lines.length), true) + (options.otherMessages ? ' · ' + proseMarkdown(T.moreMessages(options.otherMessages), true) : ''));
  return out.join('\n');
}

/** The story as plain lines for a terminal (the caller makes log text printable). */
export function storyText(story: MessageStory, locale: Locale, where: (line: number) => string): string[] {
  const T = STRINGS[locale];
  const { ids, facts } = headerParts(story, locale);
  const out: string[] = [];
  out.push(`${T.message} ${ids.join(' -> ')}`);
  for (const [k, v] of facts) if (v !== null) out.push(`  ${k}: ${k === T.messageId ? `<${v}>` : v}`);
  const entry = story.steps.find((s) => s.line === story.entryLine);
  out.push(`  ${T.entered}: ${entry?.time ? entry.time + '  ' : ''}(${where(story.entryLine)})`);
  const q = queueLine(story, locale);
  if (q !== null) out.push(`  ${q}`);
  if (story.recipients.length > 0) {
    out.push(`  ${T.recipients}:`);
    for (const r of story.recipients) {
      const who = (r.notification ? `${T.notificationTo} ` : '') + r.address + (r.origRecipient !== null && r.origRecipient !== r.address ? ` (${r.origRecipient})` : '');
      out.push(`    ${who}: ${fateText(r, locale)}`);
      for (const a of r.attempts) {
        out.push(`      ${a.time ?? ''}  ${a.queueId}  ${attemptFacts(a, locale, (s) => s).join('  ')}  (${where(a.line)})`);
      }
    }
  }
  return out;
}

/** A story's words in a locale, for a view that only renders (the trace panel): parallel to its lists. */
export interface StoryWords {
  /** "Message 4B1C2D3E4F" */
  heading: string;
  /** Each hop's role ("re-queued after a content filter"), parallel to story.hops. */
  roles: string[];
  facts: Array<{ label: string; value: string }>;
  /** "In the queue: 15 min 5 s, left the queue", or null without time stamps. */
  queue: string | null;
  /** Each recipient's fate and counts, parallel to story.recipients. */
  fates: string[];
  /** Each step's event in words, parallel to story.steps. */
  steps: string[];
  notificationTo: string;
}

export function storyWords(story: MessageStory, locale: Locale): StoryWords {
  const T = STRINGS[locale];
  const { facts } = headerParts(story, locale);
  return {
    heading: `${T.message} ${story.queueIds[0] ?? ''}`,
    roles: story.hops.map((h) => T.role[h.role]),
    facts: facts.filter((f): f is [string, string] => f[1] !== null).map(([label, value]) => ({ label, value: label === T.messageId ? `<${value}>` : value })),
    queue: queueLine(story, locale),
    fates: story.recipients.map((r) => fateText(r, locale)),
    steps: story.steps.map((s) => stepLabel(s, locale)),
    notificationTo: T.notificationTo,
  };
}
