// The messages between the compare panel (extension side) and its webview script. Pure: no `vscode`, no DOM,
// so both sides compile it and check every message they receive with the same guards.
import type { Comparison, Explanation } from '../../../server/src/core/types';
import { hasFields, isLocale, isObj, isReplyClass, isStr, isStrOrNull, messageGuard, textUpTo } from '../webviewGuards';

/** UI strings of the webview, translated by the extension (vscode.l10n) and sent in the `init` message. */
export interface CompareUiStrings {
  firstCode: string;
  secondCode: string;
  compare: string;
  swap: string;
  swapLabel: string;
  copyMarkdown: string;
  copied: string;
  invalidCode: string;
  sender: string;
  receiver: string;
  aspect: string;
  same: string;
  differs: string;
  notes: string;
  loading: string;
  notRegistered: string;
  noReferences: string;
  openInBrowser: string;
}

export const UI_STRING_KEYS: ReadonlyArray<keyof CompareUiStrings> = [
  'firstCode',
  'secondCode',
  'compare',
  'swap',
  'swapLabel',
  'copyMarkdown',
  'copied',
  'invalidCode',
  'sender',
  'receiver',
  'aspect',
  'same',
  'differs',
  'notes',
  'loading',
  'notRegistered',
  'noReferences',
  'openInBrowser',
];

/** Extension -> webview. */
export type ToWebview =
  | { type: 'init'; strings: CompareUiStrings; a: string; b: string }
  | { type: 'comparison'; a: string; b: string; comparison: Comparison }
  | { type: 'error'; a: string; b: string; message: string }
  | { type: 'copied' };

/** Webview -> extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'compare'; a: string; b: string }
  | { type: 'openReference'; url: string }
  | { type: 'copyMarkdown' };

/** What the webview keeps with setState and the serializer hands back after a reload. */
export interface ComparePanelState {
  a: string;
  b: string;
}

/** Longer input is not a code; the limit keeps a pasted log line out of titles and requests. */
export const MAX_CODE_INPUT = 32;

/**
 * The hosts whose pages the panel links to (RFCs, the IANA registry, the providers' postmaster pages).
 * A reference URL outside this list is shown as text, never opened.
 */
export const REFERENCE_HOSTS: ReadonlySet<string> = new Set([
  'www.rfc-editor.org',
  'rfc-editor.org',
  'datatracker.ietf.org',
  'www.iana.org',
  'iana.org',
  'support.google.com',
  'learn.microsoft.com',
  'senders.yahooinc.com',
  'postmaster.yahooinc.com',
  'help.yahoo.com',
]);

/** True for an https URL on one of REFERENCE_HOSTS, without credentials or an unusual port. */
export function isReferenceUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && REFERENCE_HOSTS.has(url.hostname);
}

const isCodeText = textUpTo(MAX_CODE_INPUT);

/** The parts of an Explanation the panel shows, each checked for its type. */
export function isExplanation(v: unknown): v is Explanation {
  if (!isObj(v)) return false;
  const fix = v.howToFix;
  return (
    isStr(v.label) &&
    isStrOrNull(v.code) &&
    isStrOrNull(v.enhanced) &&
    isReplyClass(v.replyClass) &&
    isStr(v.classTitle) &&
    isStr(v.delivery) &&
    isStrOrNull(v.category) &&
    isStrOrNull(v.subject) &&
    isStrOrNull(v.detail) &&
    isStr(v.title) &&
    isStr(v.description) &&
    isStr(v.whenYouSeeIt) &&
    isObj(fix) &&
    isStr(fix.sender) &&
    isStr(fix.receiver) &&
    typeof v.registered === 'boolean' &&
    Array.isArray(v.references) &&
    v.references.every((r) => isObj(r) && isStr(r.document) && isStr(r.section) && isStr(r.url))
  );
}

const HEADING_KEYS = ['description', 'whenYouSeeIt', 'howToFix', 'keyDifferences', 'whenToUse', 'references', 'summary', 'class', 'category', 'senderSide', 'receiverSide', 'aspect'];

/** A Comparison as smtp/compare returns it, checked deeply enough that rendering cannot throw. */
export function isComparison(v: unknown): v is Comparison {
  if (!isObj(v)) return false;
  const headings = v.headings;
  const whenToUse = v.whenToUse;
  return (
    isExplanation(v.a) &&
    isExplanation(v.b) &&
    isStr(v.summary) &&
    Array.isArray(v.keyDifferences) &&
    v.keyDifferences.every((r) => isObj(r) && isStr(r.aspect) && isStr(r.a) && isStr(r.b) && typeof r.same === 'boolean') &&
    Array.isArray(v.notes) &&
    v.notes.every(isStr) &&
    isObj(whenToUse) &&
    isStr(whenToUse.a) &&
    isStr(whenToUse.b) &&
    isObj(headings) &&
    HEADING_KEYS.every((k) => isStr(headings[k])) &&
    isLocale(v.locale)
  );
}

export function isUiStrings(v: unknown): v is CompareUiStrings {
  return hasFields<CompareUiStrings>(v, UI_STRING_KEYS, isStr);
}

export function isPanelState(v: unknown): v is ComparePanelState {
  return isObj(v) && isCodeText(v.a) && isCodeText(v.b);
}

/** Guards what the extension accepts from the webview: anything else is ignored. */
export const isFromWebview = messageGuard<FromWebview>({
  ready: () => true,
  copyMarkdown: () => true,
  compare: (m) => isCodeText(m.a) && isCodeText(m.b),
  openReference: (m) => isStr(m.url) && m.url.length <= 2048,
});

/** Guards what the webview accepts from the extension. */
export const isToWebview = messageGuard<ToWebview>({
  init: (m) => isUiStrings(m.strings) && isCodeText(m.a) && isCodeText(m.b),
  comparison: (m) => isCodeText(m.a) && isCodeText(m.b) && isComparison(m.comparison),
  error: (m) => isCodeText(m.a) && isCodeText(m.b) && isStr(m.message),
  copied: () => true,
});
