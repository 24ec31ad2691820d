// Following one message through a log. A message is the lines that share a queue id (Postfix, Sendmail,
// Exim, OpenSMTPD), joined across hops: Postfix "queued as NEWID" after a content filter re-injects it,
// amavis' "Queue-ID: A ... queued_as: B", a bounce notification (Postfix "sender non-delivery
// notification: ID", Sendmail "DSN:", Exim "<= <> R=ID"), the same Message-ID header under another queue
// id, and OpenSMTPD's session lines. The `MessageIndex` keeps only the keys of each line (queue ids, links,
// message-ids, addresses) and line numbers, updated line by line as a document changes; `traceMessage`
// re-reads the few lines of one message through the readers and tells its story.
import { explain } from './knowledgeBase';
import { EVENTS, EVENT_MASK, lineFields, lineShape, RecordStream, type LogRecord, type MailEvent } from './readers';
import type { Locale, ReplyClass } from './types';

export type TraceKeyKind = 'queue-id' | 'message-id' | 'address';

/** What a person follows: a queue id, a Message-ID (without angle brackets) or an envelope address. */
export interface TraceKey {
  kind: TraceKeyKind;
  value: string;
}

/** A key found on a line, with its UTF-16 span (end exclusive). */
export interface TraceKeyAt extends TraceKey {
  start: number;
  end: number;
}

/** How a queue id is tied to the one it came from. */
export type HopRole = 'origin' | 'hop' | 'notification';

/** What one line contributes to the index. */
interface LineKeys {
  queueId: string | null;
  /** The other queue id the line names, and which of the two is the later one. */
  linkedId: string | null;
  linkKind: 'hop' | 'notification' | null;
  /** True when linkedId is the earlier message (Exim "R=", the bounce names the message it reports on). */
  linkBack: boolean;
  messageId: string | null;
  addresses: string[];
  session: string | null;
}

const NO_KEYS: LineKeys = { queueId: null, linkedId: null, linkKind: null, linkBack: false, messageId: null, addresses: [], session: null };

/** The keys of a line, as its format's reader reads them. */
function keysOf(text: string): LineKeys {
  if (text.length === 0) return NO_KEYS;
  // lineFields without its object spread: this runs on every line of a document
  const { reader, shape } = lineShape(text);
  const event = EVENTS[shape & EVENT_MASK];
  const f = reader.fields(text, event);
  if (f.queueId === null && f.session === null) return NO_KEYS;
  const addresses: string[] = [];
  for (const a of [f.sender, f.recipient, f.origRecipient]) {
    if (a !== null && a.includes('@')) {
      const k = a.toLowerCase();
      if (!addresses.includes(k)) addresses.push(k);
    }
  }
  let linkKind: LineKeys['linkKind'] = null;
  let linkBack = false;
  if (f.linkedId !== null && f.linkedId !== f.queueId) {
    if (reader.format === 'exim') {
      linkKind = 'notification';
      linkBack = true;
    } else linkKind = event === 'notified' || reader.format === 'sendmail' ? 'notification' : 'hop';
  }
  return {
    queueId: f.queueId,
    linkedId: linkKind === null ? null : f.linkedId,
    linkKind,
    linkBack,
    messageId: f.messageId !== null && f.messageId.length > 0 ? f.messageId : null,
    addresses,
    session: f.session,
  };
}

/** One queue id. The maps are made when first needed: most queue ids of a log have none of them. */
interface MessageNode {
  id: string;
  /** Lines naming this queue id (unsorted after edits). */
  lines: number[];
  // Each a multiset in a plain array, one entry per line that names it (arrays cost a fraction of a Map).
  /** Linked queue ids. */
  links?: string[];
  messageIds?: string[];
  sessions?: string[];
  /** The queue ids this one came from, and how (a content filter's re-injection, a bounce notification). */
  parents?: Array<{ id: string; role: HopRole }>;
}

function inc<T>(list: T[] | undefined, value: T): T[] {
  if (!list) return [value];
  list.push(value);
  return list;
}

function dec<T>(list: T[] | undefined, value: T, same: (a: T, b: T) => boolean = (a, b) => a === b): T[] | undefined {
  if (!list) return undefined;
  for (let i = list.length - 1; i >= 0; i--) {
    if (same(list[i], value)) {
      list.splice(i, 1);
      break;
    }
  }
  return list.length > 0 ? list : undefined;
}

const sameParent = (a: { id: string; role: HopRole }, b: { id: string; role: HopRole }) => a.id === b.id && a.role === b.role;

/** Adds (sign 1) or removes (-1) one occurrence of `value` under `key`. */
function multiset(map: Map<string, string[]>, key: string, value: string, sign: 1 | -1): void {
  const list = map.get(key);
  if (sign > 0) {
    if (list) list.push(value);
    else map.set(key, [value]);
    return;
  }
  if (!list) return;
  const i = list.lastIndexOf(value);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) map.delete(key);
}

function removeOne(lines: number[], line: number): void {
  const i = lines.lastIndexOf(line);
  if (i >= 0) lines.splice(i, 1);
}

/** Queue ids followed from one key at most; a log where everything shares one Message-ID stays bounded. */
const MAX_COMPONENT_IDS = 64;
/** Messages one address resolves to at most. */
const MAX_MESSAGES = 500;

/** One message: its queue ids (hops and notifications) and every line that belongs to it. */
export interface MessageGroup {
  ids: string[];
  lines: number[];
}

/**
 * The messages of a log by their keys, built line by line (addLine in any order) and kept current through
 * edits (replaceLines): an edit re-reads only its own lines and moves the line numbers after it. Memory is
 * a few small maps per message plus one number per line that names a message.
 */
export class MessageIndex {
  private readonly nodes = new Map<string, MessageNode>();
  /**
   * Queue ids by Message-ID and by address, once per line that names them (a multiset in a plain array:
   * most keys name one message, and an array costs a fraction of a Map).
   */
  private readonly byMessageId = new Map<string, string[]>();
  private readonly byAddress = new Map<string, string[]>();
  /** OpenSMTPD session lines that name no message (connected, disconnected, TLS). */
  private readonly sessionLines = new Map<string, number[]>();
  private lineCount = 0;

  /** Lines that named a message or a session. */
  get indexedLines(): number {
    return this.lineCount;
  }

  get messageCount(): number {
    let n = 0;
    for (const node of this.nodes.values()) if (node.lines.length > 0) n++;
    return n;
  }

  private node(id: string): MessageNode {
    let n = this.nodes.get(id);
    if (!n) {
      n = { id, lines: [] };
      this.nodes.set(id, n);
    }
    return n;
  }

  /** Adds the keys of one line. */
  addLine(line: number, text: string): void {
    this.apply(line, keysOf(text), 1);
  }

  /** Removes what addLine(line, text) added (text as it was then). */
  removeLine(line: number, text: string): void {
    this.apply(line, keysOf(text), -1);
  }

  /**
   * Lines [start, start + oldTexts.length) were replaced by newTexts: the old lines' keys go, the line
   * numbers after them move, the new lines' keys come.
   */
  replaceLines(start: number, oldTexts: readonly string[], newTexts: readonly string[]): void {
    for (let i = 0; i < oldTexts.length; i++) this.removeLine(start + i, oldTexts[i]);
    const delta = newTexts.length - oldTexts.length;
    if (delta !== 0) {
      const after = start + oldTexts.length;
      const move = (lines: number[]) => {
        for (let i = 0; i < lines.length; i++) if (lines[i] >= after) lines[i] += delta;
      };
      for (const n of this.nodes.values()) move(n.lines);
      for (const lines of this.sessionLines.values()) move(lines);
    }
    for (let i = 0; i < newTexts.length; i++) this.addLine(start + i, newTexts[i]);
  }

  private apply(line: number, k: LineKeys, sign: 1 | -1): void {
    if (k.queueId === null) {
      if (k.session === null) return;
      let lines = this.sessionLines.get(k.session);
      if (sign > 0) {
        if (!lines) this.sessionLines.set(k.session, (lines = []));
        lines.push(line);
        this.lineCount++;
      } else if (lines) {
        removeOne(lines, line);
        this.lineCount--;
        if (lines.length === 0) this.sessionLines.delete(k.session);
      }
      return;
    }
    const step = sign > 0 ? inc : dec;
    const n = this.node(k.queueId);
    // A fresh [line] rather than a push onto []: V8 gives a pushed-to empty array room for 17 numbers, and
    // most queue ids of a log end up with a few lines.
    if (sign > 0) {
      if (n.lines.length === 0) n.lines = [line];
      else n.lines.push(line);
    } else removeOne(n.lines, line);
    this.lineCount += sign;
    if (k.session !== null) n.sessions = step(n.sessions, k.session);
    if (k.messageId !== null) {
      n.messageIds = step(n.messageIds, k.messageId);
      multiset(this.byMessageId, k.messageId, n.id, sign);
    }
    for (const a of k.addresses) multiset(this.byAddress, a, n.id, sign);
    if (k.linkedId !== null && k.linkKind !== null) {
      const other = this.node(k.linkedId);
      n.links = step(n.links, other.id);
      other.links = step(other.links, n.id);
      const [parent, child] = k.linkBack ? [other, n] : [n, other];
      const entry = { id: parent.id, role: k.linkKind as HopRole };
      child.parents = sign > 0 ? inc(child.parents, entry) : dec(child.parents, entry, sameParent);
      this.prune(other);
    }
    this.prune(n);
  }

  /** Drops a node nothing refers to any more. */
  private prune(n: MessageNode): void {
    if (n.lines.length === 0 && n.links === undefined && n.parents === undefined) this.nodes.delete(n.id);
  }

  /** Whether the index knows this queue id. */
  hasQueueId(id: string): boolean {
    const n = this.nodes.get(id);
    return n !== undefined && n.lines.length > 0;
  }

  /** The messages a key names, each with its queue ids and lines (sorted), in the order they entered. */
  resolve(key: TraceKey): MessageGroup[] {
    let seeds: string[];
    if (key.kind === 'queue-id') seeds = this.nodes.has(key.value) ? [key.value] : [];
    else if (key.kind === 'message-id') seeds = [...new Set(this.byMessageId.get(key.value))];
    else seeds = [...new Set(this.byAddress.get(key.value.toLowerCase()))];
    const groups: MessageGroup[] = [];
    const done = new Set<string>();
    for (const seed of seeds) {
      if (done.has(seed)) continue;
      const ids = this.component(seed);
      for (const id of ids) done.add(id);
      const lines = this.linesOf(ids);
      if (lines.length > 0) groups.push({ ids, lines });
      if (groups.length >= MAX_MESSAGES) break;
    }
    groups.sort((a, b) => a.lines[0] - b.lines[0]);
    return groups;
  }

  /** How a queue id of a message came to be: the queue id it came from and the role, or null (the origin). */
  parentOf(id: string): { id: string; role: HopRole } | null {
    const n = this.nodes.get(id);
    if (!n) return null;
    const p = n.parents?.[0];
    if (p) return { id: p.id, role: p.role };
    return null;
  }

  /** Queue ids joined to `seed` by links and shared Message-IDs. */
  private component(seed: string): string[] {
    const out: string[] = [seed];
    const seen = new Set(out);
    for (let i = 0; i < out.length && out.length < MAX_COMPONENT_IDS; i++) {
      const n = this.nodes.get(out[i]);
      // A queue id only named ("queued as" a remote server's id) joins nothing through itself: two messages
      // relayed to the same remote id are still two messages.
      if (!n || (n.lines.length === 0 && i > 0)) continue;
      const next = (id: string) => {
        if (!seen.has(id) && out.length < MAX_COMPONENT_IDS) {
          seen.add(id);
          out.push(id);
        }
      };
      for (const id of n.links ?? []) next(id);
      for (const mid of new Set(n.messageIds)) for (const id of this.byMessageId.get(mid) ?? []) next(id);
    }
    return out;
  }

  private linesOf(ids: readonly string[]): number[] {
    const set = new Set<number>();
    for (const id of ids) {
      const n = this.nodes.get(id);
      if (!n) continue;
      for (const l of n.lines) set.add(l);
      for (const s of new Set(n.sessions)) for (const l of this.sessionLines.get(s) ?? []) set.add(l);
    }
    return [...set].sort((a, b) => a - b);
  }
}

/** An index of a whole text (the CLI, tests). */
export function indexMessages(lines: readonly string[]): MessageIndex {
  const index = new MessageIndex();
  for (let i = 0; i < lines.length; i++) index.addLine(i, lines[i]);
  return index;
}

// ---------------------------------------------------------------------------------------------
// Keys under a cursor

const ID_CHAR = /[0-9A-Za-z-]/;

/** The key at a character of a line: its queue id, linked id, Message-ID or an address, or null. */
export function traceKeyAt(text: string, character: number): TraceKeyAt | null {
  const f = lineFields(text);
  const candidates: Array<[TraceKeyKind, string | null]> = [
    ['queue-id', f.queueId],
    ['queue-id', f.linkedId],
    ['message-id', f.messageId],
    ['address', f.sender],
    ['address', f.recipient],
    ['address', f.origRecipient],
  ];
  for (const [kind, value] of candidates) {
    if (value === null || value.length === 0 || (kind === 'address' && !value.includes('@'))) continue;
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      let start = at;
      let end = at + value.length;
      if (kind === 'queue-id') {
        // a whole word only ("4B1C2D3E4F", not inside another id); OpenSMTPD's envelope id starts with the message id
        if (start > 0 && ID_CHAR.test(text[start - 1])) continue;
        if (end < text.length && ID_CHAR.test(text[end])) {
          if (f.format !== 'opensmtpd') continue;
          while (end < text.length && ID_CHAR.test(text[end])) end++;
        }
      }
      if (character >= start && character <= end) {
        return { kind, value: kind === 'address' ? value.toLowerCase() : value, start, end };
      }
      start = end;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// The story of a message

/** What became of one recipient. */
export type RecipientFate = 'delivered' | 'forwarded' | 'deferred' | 'bounced' | 'expired' | 'rejected' | 'pending';

/** One delivery attempt (or refusal) for a recipient. */
export interface DeliveryAttempt {
  line: number;
  time: string | null;
  queueId: string;
  event: 'delivered' | 'forwarded' | 'deferred' | 'bounced' | 'expired' | 'rejected';
  relay: string | null;
  code: string | null;
  enhanced: string | null;
  replyClass: ReplyClass | null;
  /** The code's title in the story's locale, or null without a code. */
  title: string | null;
  /** The reply text or, without a reply, the line's own words (log text). */
  text: string | null;
  delay: string | null;
  /** The queue id this delivery handed the message on to (a content filter re-queued it), when in the log. */
  handedTo: string | null;
}

export interface RecipientStory {
  address: string;
  origRecipient: string | null;
  /** A recipient of a bounce notification about this message (normally its sender). */
  notification: boolean;
  attempts: DeliveryAttempt[];
  fate: RecipientFate;
  deferrals: number;
}

/** One line of the message, in log order. */
export interface TraceStep {
  line: number;
  endLine: number;
  time: string | null;
  queueId: string | null;
  program: string | null;
  event: MailEvent | null;
  sender: string | null;
  recipient: string | null;
  relay: string | null;
  code: string | null;
  enhanced: string | null;
  replyClass: ReplyClass | null;
  title: string | null;
  /** The reply text or the line's own words (log text), or null. */
  text: string | null;
  linkedId: string | null;
}

/** One queue id of the message. */
export interface MessageHop {
  queueId: string;
  role: HopRole;
  /** The queue id it came from (for a hop or a notification). */
  from: string | null;
  host: string | null;
  firstLine: number;
  /** The client it came from, or the line that queued it. */
  client: string | null;
  /** True when the log shows it leaving the queue (Postfix "removed", Exim "Completed"). */
  removed: boolean;
}

export interface MessageStory {
  queueIds: string[];
  hops: MessageHop[];
  sender: string | null;
  size: number | null;
  messageIds: string[];
  recipients: RecipientStory[];
  /** The line where the message entered (its first reception or queueing line, else its first line). */
  entryLine: number;
  lines: number[];
  steps: TraceStep[];
  firstTime: string | null;
  lastTime: string | null;
  /** Seconds from entry to the last line of the message (excluding notifications), when time stamps allow. */
  queueSeconds: number | null;
  /** True when every queue id of the message (notifications aside) left the queue. */
  finished: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Seconds of a time stamp as logged (syslog without a year: in a leap year, so the order within a log holds). */
export function stampSeconds(stamp: string | null): number | null {
  if (stamp === null) return null;
  const sys = /^([A-Z][a-z]{2}) +(\d{1,2}) (\d\d):(\d\d):(\d\d)/.exec(stamp);
  if (sys) {
    const m = MONTHS.indexOf(sys[1]);
    if (m < 0) return null;
    return Date.UTC(2000, m, Number(sys[2]), Number(sys[3]), Number(sys[4]), Number(sys[5])) / 1000;
  }
  const iso = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(\.\d+)?(Z|[+-]\d\d:?\d\d)?/.exec(stamp);
  if (!iso) return null;
  let t = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6])) / 1000;
  if (iso[7]) t += Number(iso[7]);
  const zone = iso[8];
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    t -= sign * (Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2)) * 60);
  }
  return t;
}

/** The difference of two stamps in seconds; a syslog year turning over (Dec 31 -> Jan 1) is counted forward. */
function secondsBetween(a: string | null, b: string | null): number | null {
  const x = stampSeconds(a);
  const y = stampSeconds(b);
  if (x === null || y === null) return null;
  let d = y - x;
  if (d < 0 && a !== null && /^[A-Z]/.test(a)) d += 366 * 86400;
  return d < 0 ? null : Math.round(d * 1000) / 1000;
}

/** Reads one line as a record (the line's replies included) at its real line number. */
function recordOf(text: string, line: number): LogRecord | null {
  const stream = new RecordStream();
  const records = stream.push(text);
  for (const r of stream.end()) records.push(r);
  const r = records[0];
  if (!r) return null;
  r.endLine = line + (r.endLine - r.line);
  r.line = line;
  return r;
}

const DELIVERY_EVENTS = new Set<MailEvent>(['delivered', 'forwarded', 'deferred', 'bounced', 'expired', 'rejected']);

/** Titles of codes in one locale: a message's story repeats a few codes. */
function titler(locale: Locale): (code: string | null, enhanced: string | null) => string | null {
  const cache = new Map<string, string>();
  return (code, enhanced) => {
    if (code === null && enhanced === null) return null;
    // "2.0.0", "4.0.0", "5.0.0" say only the class: the basic code's title says more, and alone it says nothing
    const undefinedDetail = enhanced !== null && enhanced.endsWith('.0.0');
    if (undefinedDetail && code === null) return null;
    const key = `${code ?? ''} ${enhanced ?? ''}`;
    let t = cache.get(key);
    if (t === undefined) {
      try {
        t = explain({ code, enhanced: undefinedDetail ? null : enhanced }, locale).title;
      } catch {
        t = '';
      }
      cache.set(key, t);
    }
    return t === '' ? null : t;
  };
}

function fateOf(event: DeliveryAttempt['event']): RecipientFate {
  return event;
}

/** The story of one message: its lines read through the readers. `lineText` gives a line's text. */
export function storyOf(group: MessageGroup, index: MessageIndex, lineText: (line: number) => string, locale: Locale): MessageStory {
  const title = titler(locale);
  const ids = new Set(group.ids);
  const records: LogRecord[] = [];
  for (const l of group.lines) {
    const r = recordOf(lineText(l), l);
    if (r) records.push(r);
  }
  // hops: every queue id with lines, in the order it first appears
  const hops: MessageHop[] = [];
  const hopOf = new Map<string, MessageHop>();
  for (const r of records) {
    if (r.queueId === null || !ids.has(r.queueId)) continue;
    let hop = hopOf.get(r.queueId);
    if (!hop) {
      const parent = index.parentOf(r.queueId);
      const known = parent !== null && ids.has(parent.id);
      hop = { queueId: r.queueId, role: known ? parent.role : 'origin', from: known ? parent.id : null, host: r.host, firstLine: r.line, client: null, removed: false };
      hopOf.set(r.queueId, hop);
      hops.push(hop);
    }
    if (r.event === 'received' && hop.client === null) hop.client = r.relay;
    if (r.event === 'removed') hop.removed = true;
  }
  const isNotification = (queueId: string | null) => queueId !== null && hopOf.get(queueId)?.role === 'notification';

  let sender: string | null = null;
  let size: number | null = null;
  const messageIds: string[] = [];
  const recipients = new Map<string, RecipientStory>();
  const expiredIds = new Set<string>();
  const steps: TraceStep[] = [];
  let entryLine = -1;
  for (const r of records) {
    const reply = r.reply;
    const text = reply !== null ? reply.text : r.reason;
    steps.push({
      line: r.line,
      endLine: r.endLine,
      time: r.time,
      queueId: r.queueId,
      program: r.program,
      event: r.event,
      sender: r.sender,
      recipient: r.recipient,
      relay: r.relay,
      code: reply?.code ?? null,
      enhanced: reply?.enhanced ?? r.dsn,
      replyClass: reply?.replyClass ?? null,
      title: title(reply?.code ?? null, reply?.enhanced ?? r.dsn),
      text,
      linkedId: r.linkedId,
    });
    const notification = isNotification(r.queueId);
    if (entryLine < 0 && !notification && (r.event === 'received' || r.event === 'queued')) entryLine = r.line;
    if (!notification) {
      if (sender === null && r.sender !== null && r.event !== null && r.event !== 'rejected') sender = r.sender;
      if (size === null && r.size !== null && Number.isFinite(r.size)) size = r.size;
    }
    if (r.messageId !== null && !messageIds.includes(r.messageId)) messageIds.push(r.messageId);
    if (r.event === 'expired' && r.recipient === null && r.queueId !== null) expiredIds.add(r.queueId);
    if (r.recipient === null || r.recipient.length === 0 || r.queueId === null) continue;
    const address = r.recipient;
    const key = (notification ? 'n:' : 'r:') + address.toLowerCase();
    let rcpt = recipients.get(key);
    const isAttempt = r.event !== null && DELIVERY_EVENTS.has(r.event) && r.format !== 'amavis';
    if (!rcpt) {
      if (!isAttempt && r.event !== 'queued' && r.event !== 'received') continue;
      rcpt = { address, origRecipient: r.origRecipient, notification, attempts: [], fate: 'pending', deferrals: 0 };
      recipients.set(key, rcpt);
    }
    if (rcpt.origRecipient === null && r.origRecipient !== null) rcpt.origRecipient = r.origRecipient;
    if (!isAttempt) continue;
    const event = r.event as DeliveryAttempt['event'];
    const code = reply?.code ?? null;
    const enhanced = reply?.enhanced ?? r.dsn;
    rcpt.attempts.push({
      line: r.line,
      time: r.time,
      queueId: r.queueId,
      event,
      relay: r.relay,
      code,
      enhanced,
      replyClass: reply?.replyClass ?? null,
      title: title(code, enhanced),
      text,
      delay: r.delay,
      handedTo: r.linkedId !== null && ids.has(r.linkedId) && hopOf.has(r.linkedId) ? r.linkedId : null,
    });
    if (event === 'deferred') rcpt.deferrals++;
  }
  for (const rcpt of recipients.values()) {
    const last = rcpt.attempts[rcpt.attempts.length - 1];
    if (!last) continue;
    rcpt.fate = fateOf(last.event);
    if (rcpt.fate === 'deferred' && expiredIds.has(last.queueId)) rcpt.fate = 'expired';
  }
  if (entryLine < 0) entryLine = group.lines[0];
  const main = records.filter((r) => !isNotification(r.queueId));
  const firstTime = main.find((r) => r.line >= entryLine && r.time !== null)?.time ?? main.find((r) => r.time !== null)?.time ?? null;
  let lastTime: string | null = null;
  for (let i = main.length - 1; i >= 0 && lastTime === null; i--) lastTime = main[i].time;
  const mainHops = hops.filter((h) => h.role !== 'notification');
  return {
    queueIds: hops.map((h) => h.queueId),
    hops,
    sender,
    size,
    messageIds,
    recipients: [...recipients.values()].sort((a, b) => Number(a.notification) - Number(b.notification)),
    entryLine,
    lines: group.lines,
    steps,
    firstTime,
    lastTime,
    queueSeconds: main.length > 1 ? secondsBetween(firstTime, lastTime) : null,
    finished: mainHops.length > 0 && mainHops.every((h) => h.removed),
  };
}

/** The stories of the messages a key names (one for a queue id, several for an address), in log order. */
export function traceMessage(index: MessageIndex, key: TraceKey, lineText: (line: number) => string, locale: Locale): MessageStory[] {
  return index.resolve(key).map((g) => storyOf(g, index, lineText, locale));
}

/** Counts of a story's recipients by fate. */
export function fateCounts(story: MessageStory): Record<RecipientFate, number> {
  const counts: Record<RecipientFate, number> = { delivered: 0, forwarded: 0, deferred: 0, bounced: 0, expired: 0, rejected: 0, pending: 0 };
  for (const r of story.recipients) if (!r.notification) counts[r.fate]++;
  return counts;
}

/** A key typed by a person (CLI, command palette): an address has "@", a Message-ID "<...>" or "@" with angle brackets. */
export function parseTraceKey(input: string): TraceKey | null {
  const s = input.trim();
  if (s.length === 0 || s.length > 512) return null;
  if (s.startsWith('<') && s.endsWith('>') && s.length > 2) return { kind: 'message-id', value: s.slice(1, -1) };
  if (s.includes('@')) return { kind: 'address', value: s.toLowerCase() };
  if (/^[0-9A-Za-z][0-9A-Za-z-]{3,30}$/.test(s)) return { kind: 'queue-id', value: s };
  return null;
}

/**
 * The keys a typed input may mean, most likely first: "<x@y>" a Message-ID; "a@b" an address, else a
 * Message-ID written without brackets; anything else a queue id, else a Message-ID.
 */
export function traceKeyCandidates(input: string): TraceKey[] {
  const key = parseTraceKey(input);
  const s = input.trim();
  if (key === null) return s.length > 0 && s.length <= 512 ? [{ kind: 'message-id', value: s }] : [];
  if (key.kind === 'address') return [key, { kind: 'message-id', value: s }];
  if (key.kind === 'queue-id') return [key, { kind: 'message-id', value: s }];
  return [key];
}

/** The messages the first candidate key that names any resolves to, and that key. */
export function resolveInput(index: MessageIndex, input: string): { key: TraceKey; groups: MessageGroup[] } | null {
  for (const key of traceKeyCandidates(input)) {
    const groups = index.resolve(key);
    if (groups.length > 0) return { key, groups };
  }
  return null;
}
