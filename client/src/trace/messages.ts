// The messages between the trace panel (extension side) and its webview script. Pure: no `vscode`, no DOM,
// so both sides compile it and check every message they receive with the same guards. The webview gets a
// view of the message's story (what it shows, nothing more), built here from the server's smtp/trace answer.
import type { HopRole, MessageStory, RecipientFate } from '../../../server/src/core/trace';
import type { StoryWords } from '../../../server/src/core/traceText';
import type { Locale, ReplyClass } from '../../../server/src/core/types';
import { hasFields, isCount, isListOf, isLocale, isObj, isReplyClass, messageGuard, orNull, textUpTo } from '../webviewGuards';

/** UI strings of the webview, translated by the extension (vscode.l10n) and sent in `init`. */
export interface TraceUiStrings {
  heading: string;
  recipients: string;
  timeline: string;
  goToLine: string;
  explain: string;
  showOnly: string;
  more: string;
  lines: string;
  noRecipients: string;
}

export const TRACE_STRING_KEYS: ReadonlyArray<keyof TraceUiStrings> = ['heading', 'recipients', 'timeline', 'goToLine', 'explain', 'showOnly', 'more', 'lines', 'noRecipients'];

export interface TraceStepView {
  /** 0-based line in the log. */
  line: number;
  time: string | null;
  queueId: string | null;
  /** Index of the step's hop in the story's hops (-1: a session line of no queue id). */
  hop: number;
  label: string;
  recipient: string | null;
  relay: string | null;
  code: string | null;
  enhanced: string | null;
  replyClass: ReplyClass | null;
  title: string | null;
  text: string | null;
}

export interface TraceRecipientView {
  address: string;
  notification: boolean;
  fate: RecipientFate;
  fateText: string;
}

export interface TraceStoryView {
  heading: string;
  hops: Array<{ queueId: string; role: HopRole; roleText: string }>;
  facts: Array<{ label: string; value: string }>;
  queue: string | null;
  recipients: TraceRecipientView[];
  steps: TraceStepView[];
  /** Steps beyond those in `steps`. */
  moreSteps: number;
  notificationTo: string;
}

export interface TraceView {
  /** The log's name. */
  source: string;
  /** The key followed, as typed or found under the cursor. */
  key: string;
  stories: TraceStoryView[];
  /** Messages the key names beyond those shown. */
  more: number;
}

export type ToWebview = { type: 'init'; strings: TraceUiStrings; locale: Locale } | { type: 'trace'; view: TraceView };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'reveal'; story: number; step: number }
  | { type: 'explain'; story: number; step: number }
  | { type: 'showOnly'; story: number };

/** Steps of one story the panel draws at most (a message that was deferred for days has many). */
export const MAX_STEPS = 2000;
export const MAX_STORIES = 50;
const MAX_TEXT = 2000;

const FATES: ReadonlySet<string> = new Set<RecipientFate>(['delivered', 'forwarded', 'deferred', 'bounced', 'expired', 'rejected', 'pending']);
const ROLES: ReadonlySet<string> = new Set<HopRole>(['origin', 'hop', 'notification']);

/** Log text cut to what a panel row shows. */
const cut = (s: string | null): string | null => (s === null ? null : s.length > MAX_TEXT ? s.slice(0, MAX_TEXT - 1) + '…' : s);

/** The view of an smtp/trace answer: each story with its words, at most MAX_STEPS steps each. */
export function traceView(source: string, key: string, stories: MessageStory[], words: StoryWords[], more: number): TraceView {
  return {
    source,
    key,
    more,
    stories: stories.slice(0, MAX_STORIES).map((s, i) => {
      const w = words[i];
      const hopIndex = new Map(s.hops.map((h, k) => [h.queueId, k]));
      return {
        heading: w.heading,
        hops: s.hops.map((h, k) => ({ queueId: h.queueId, role: h.role, roleText: w.roles[k] })),
        facts: w.facts.map((f) => ({ label: f.label, value: cut(f.value)! })),
        queue: w.queue,
        recipients: s.recipients.map((r, k) => ({ address: cut(r.address)!, notification: r.notification, fate: r.fate, fateText: w.fates[k] })),
        steps: s.steps.slice(0, MAX_STEPS).map((st, k) => ({
          line: st.line,
          time: st.time,
          queueId: st.queueId,
          hop: st.queueId === null ? -1 : (hopIndex.get(st.queueId) ?? -1),
          label: w.steps[k],
          recipient: cut(st.recipient),
          relay: cut(st.relay),
          code: st.code,
          enhanced: st.enhanced,
          replyClass: st.replyClass,
          title: st.title,
          text: cut(st.text),
        })),
        moreSteps: Math.max(0, s.steps.length - MAX_STEPS),
        notificationTo: w.notificationTo,
      };
    }),
  };
}

const isText = textUpTo(MAX_TEXT);
const isTextOrNull = orNull(isText);
const isShort = textUpTo(512);

function isStepView(v: unknown): v is TraceStepView {
  return (
    isObj(v) &&
    isCount(v.line) &&
    orNull(isShort)(v.time) &&
    orNull(isShort)(v.queueId) &&
    typeof v.hop === 'number' &&
    Number.isInteger(v.hop) &&
    v.hop >= -1 &&
    isShort(v.label) &&
    isTextOrNull(v.recipient) &&
    isTextOrNull(v.relay) &&
    orNull(textUpTo(3))(v.code) &&
    orNull(textUpTo(11))(v.enhanced) &&
    orNull(isReplyClass)(v.replyClass) &&
    isTextOrNull(v.title) &&
    isTextOrNull(v.text)
  );
}

function isStoryView(v: unknown): v is TraceStoryView {
  return (
    isObj(v) &&
    isShort(v.heading) &&
    isListOf(v.hops, 64, (h): h is TraceStoryView['hops'][number] => isObj(h) && isShort(h.queueId) && typeof h.role === 'string' && ROLES.has(h.role) && isShort(h.roleText)) &&
    isListOf(v.facts, 10, (f): f is { label: string; value: string } => isObj(f) && isShort(f.label) && isText(f.value)) &&
    isTextOrNull(v.queue) &&
    isListOf(v.recipients, 10_000, (r): r is TraceRecipientView => isObj(r) && isText(r.address) && typeof r.notification === 'boolean' && typeof r.fate === 'string' && FATES.has(r.fate) && isShort(r.fateText)) &&
    isListOf(v.steps, MAX_STEPS, isStepView) &&
    isCount(v.moreSteps) &&
    isShort(v.notificationTo)
  );
}

export function isTraceView(v: unknown): v is TraceView {
  return isObj(v) && isText(v.source) && isText(v.key) && isCount(v.more) && isListOf(v.stories, MAX_STORIES, isStoryView);
}

/** Guards what the extension accepts from the webview: anything else is ignored. */
export const isFromWebview = messageGuard<FromWebview>({
  ready: () => true,
  reveal: (m) => isCount(m.story) && isCount(m.step) && m.story < MAX_STORIES && m.step < MAX_STEPS,
  explain: (m) => isCount(m.story) && isCount(m.step) && m.story < MAX_STORIES && m.step < MAX_STEPS,
  showOnly: (m) => isCount(m.story) && m.story < MAX_STORIES,
});

/** Guards what the webview accepts from the extension. */
export const isToWebview = messageGuard<ToWebview>({
  init: (m) => hasFields<TraceUiStrings>(m.strings, TRACE_STRING_KEYS, isShort) && isLocale(m.locale),
  trace: (m) => isTraceView(m.view),
});

/** "Go to line {0}" with its placeholders filled in order. */
export function fill(template: string, ...args: string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => args[Number(i)] ?? whole);
}
