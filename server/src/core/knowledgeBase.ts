// The one reader of data/: turns a code, an enhanced code or a pair "451 4.7.1" into an Explanation in one
// locale. Hover, compare, the CLI and the summary all explain codes through here, so they never disagree.
import { enhancedKey, parseCodeQuery, replyClassOf, type CodeQuery } from './codes';
import { authRefusalDelivery, classLevelTexts, codeTables, providerUsages, providerUsagesFor, successHowToFix } from './data';
import { rangeHolds, TAG } from './data/providers';
import { rfc } from './data/references';
import {
  actorName,
  bounceReasonName,
  categoryDescription,
  categoryName,
  classDelivery,
  localize,
  message,
  replyClassName,
  subjectName,
  type MessageKey,
} from './messages';
import type {
  Actor,
  BasicCodeEntry,
  EnhancedCodeEntry,
  Explanation,
  Locale,
  Phase,
  ProviderNote,
  ProviderUsage,
  Reference,
  ReplyClass,
  ReplyContext,
} from './types';

/** The entry of a basic reply code ("451"), when the code is registered. */
export function basicEntry(code: string): BasicCodeEntry | undefined {
  return codeTables().basic.get(code);
}

/** The entry of an enhanced code, given with its class ("4.7.1") or class-free ("X.7.1"). */
export function enhancedEntry(codeOrKey: string): EnhancedCodeEntry | undefined {
  const key = codeOrKey.startsWith('X.') ? codeOrKey : enhancedKey(codeOrKey);
  return codeTables().enhanced.get(key);
}

interface Texts {
  description: string;
  whenYouSeeIt: string;
  howToFix: { sender: string; receiver: string };
  /** True when howToFix is the shared "nothing to fix" of a success reading, which a basic code's own text replaces. */
  genericFix?: boolean;
  useWhen: string;
}

/** One half of an explanation: what the basic code or the enhanced code contributes on its own. */
interface Part {
  label: string;
  /** The entry's own texts; absent when the code is not registered (for this class). */
  texts?: Texts;
  /** What the digits say (category or subject), for a code explained without an entry. */
  digits: string;
  /** Why a code whose detail exists is still not registered in this class ("2.7.1"). */
  note?: string;
  /** Says that this part is not registered, naming it; used when the other part of a pair is. */
  unregistered: string;
  title?: string;
  actor?: Actor;
  phase?: Phase;
  references: Reference[];
  related: Array<{ code: string; difference: string }>;
  bounceReason?: string;
}

function basicPart(code: string, locale: Locale): Part {
  const e = basicEntry(code);
  const base = {
    label: code,
    digits: categoryDescription(code[1], locale) ?? '',
    unregistered: message(locale, 'unregistered.basic', code),
  };
  if (!e) return { ...base, references: [rfc(5321, '4.2.1')], related: [] };
  return {
    ...base,
    texts: {
      description: localize(e.description, locale),
      whenYouSeeIt: localize(e.whenYouSeeIt, locale),
      howToFix: { sender: localize(e.howToFix.sender, locale), receiver: localize(e.howToFix.receiver, locale) },
      useWhen: localize(e.useWhen, locale),
    },
    title: localize(e.title, locale),
    actor: e.actor,
    phase: e.phase,
    references: e.references,
    related: e.related.map((r) => ({ code: r.code, difference: localize(r.difference, locale) })),
  };
}

function enhancedPart(enhanced: string, cls: ReplyClass, locale: Locale): Part {
  const e = enhancedEntry(enhanced);
  const subject = subjectName(enhanced.split('.')[1], locale);
  const base = {
    label: enhanced,
    digits: subject ? message(locale, 'digits.subject', subject) : '',
    unregistered: message(locale, 'unregistered.enhanced', enhanced),
  };
  if (!e) return { ...base, references: [rfc(3463, '2')], related: [] };
  const title = localize(e.title, locale);
  if (cls === 'positive-completion' && !e.classes.includes(2)) {
    // The detail number is registered, but only for failures: "2.7.1" is not a registered success code.
    const note = message(locale, 'unregistered.successClass', enhanced, e.code, title);
    return { ...base, note, unregistered: note, references: [rfc(3463, '2')], related: [] };
  }
  const related = e.related.map((r) => ({ code: r.code, difference: localize(r.difference, locale) }));
  if (cls === 'positive-completion') {
    return {
      ...base,
      texts: {
        description: localize(e.description, locale),
        whenYouSeeIt: localize(e.whenYouSeeIt.success ?? e.description, locale),
        howToFix: { sender: localize(successHowToFix.sender, locale), receiver: localize(successHowToFix.receiver, locale) },
        genericFix: true,
        useWhen: localize(e.useWhen, locale),
      },
      title,
      actor: 'none',
      ...(e.phase ? { phase: e.phase } : {}),
      references: e.references,
      related,
    };
  }
  const reading = cls === 'transient-negative' ? 'transient' : 'permanent';
  return {
    ...base,
    texts: {
      description: localize(e.description, locale),
      whenYouSeeIt: localize(e.whenYouSeeIt[reading], locale),
      howToFix: {
        sender: localize(e.howToFix[reading].sender, locale),
        receiver: localize(e.howToFix[reading].receiver, locale),
      },
      useWhen: localize(e.useWhen, locale),
    },
    title,
    actor: e.actor,
    ...(e.phase ? { phase: e.phase } : {}),
    references: e.references,
    related,
    ...(e.bounceReason ? { bounceReason: e.bounceReason } : {}),
  };
}

function joinSentences(...sentences: string[]): string {
  return sentences.filter((s) => s.length > 0).join(' ');
}

/**
 * The basic code's text first, then what the enhanced code adds, introduced so the reader sees which
 * part is the narrower meaning. Identical texts are said once.
 */
function combine(basic: string, enhanced: string, lead: MessageKey, enhancedLabel: string, locale: Locale): string {
  if (basic.trim() === enhanced.trim()) return basic;
  return `${basic}\n\n${afterLead(message(locale, lead, enhancedLabel), enhanced)}`;
}

// Names that keep their capital after a lead-in; the entries' texts open with ordinary words otherwise.
const PROPER_NAMES = new Set(['Postfix', 'Exim', 'Sendmail', 'Microsoft', 'Outlook', 'Gmail', 'Google', 'Yahoo', 'Exchange']);

/**
 * A lead-in ending in a colon ("… narrows this down:") and the sentence it introduces, which then goes on
 * in lower case: "narrows this down: the receiving side …". Codes, acronyms and names keep their case.
 */
function afterLead(lead: string, text: string): string {
  if (!lead.endsWith(':')) return `${lead} ${text}`;
  const word = /^[A-Z][a-z]*(?:-[a-z]+)?(?=[\s,;:])/.exec(text)?.[0];
  if (word === undefined || PROPER_NAMES.has(word)) return `${lead} ${text}`;
  return `${lead} ${text[0].toLowerCase()}${text.slice(1)}`;
}

/** The phase a reply belongs to, from the command it answered as a log line names it. */
export function phaseOfCommand(command: string | null | undefined): Phase | undefined {
  if (!command) return undefined;
  const c = command.trim().toUpperCase();
  if (/^(?:EHLO|HELO|LHLO)\b/.test(c)) return 'greeting';
  if (/^STARTTLS\b/.test(c)) return 'tls';
  if (/^AUTH\b/.test(c)) return 'auth';
  if (/^MAIL\b/.test(c)) return 'envelope-sender';
  if (/^RCPT\b/.test(c)) return 'envelope-recipient';
  if (/END[\s-]*OF[\s-]*(?:DATA|MESSAGE)|^\.$/.test(c)) return 'end-of-data';
  if (/^(?:DATA|BDAT)\b/.test(c)) return 'data';
  if (/^(?:CONNECT|BANNER|GREETING)/.test(c)) return 'connection';
  return undefined;
}

function mergeReferences(lists: Reference[][]): Reference[] {
  const seen = new Set<string>();
  const out: Reference[] = [];
  for (const r of lists.flat()) {
    const key = r.url || `${r.document} ${r.section}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}

function mergeRelated(parts: Part[], own: Set<string>): Array<{ code: string; difference: string }> {
  const seen = new Set<string>();
  const out: Array<{ code: string; difference: string }> = [];
  for (const r of parts.flatMap((p) => p.related)) {
    if (own.has(r.code) || seen.has(r.code)) continue;
    seen.add(r.code);
    out.push(r);
  }
  return out;
}

/**
 * Without a log line the provider cannot be recognized, so every provider usage written for this code (or
 * for a range that holds it) is a possible reading; an exact entry hides the same provider's range, as
 * providerUsagesFor does. Tag entries (TSS04) need the text and never apply here.
 */
function possibleUsages(code: string | null, enhanced: string | null): ProviderUsage[] {
  const exact = providerUsages.filter((u) => u.code === enhanced || u.code === code);
  const ranged = enhanced === null ? [] : providerUsages.filter((u) => !exact.includes(u) && rangeHolds(u.code, enhanced));
  const withExact = new Set(exact.map((u) => u.provider));
  return [...exact, ...ranged.filter((u) => !withExact.has(u.provider))];
}

function providerNotes(query: CodeQuery, context: ReplyContext | undefined, locale: Locale): ProviderNote[] {
  const possible = context === undefined;
  const usages = possible
    ? possibleUsages(query.code, query.enhanced)
    : providerUsagesFor(query.code, query.enhanced, context.text ?? '', context.remoteHost ?? null);
  return usages.map((u) => ({
    provider: u.provider,
    providerName: u.providerName,
    code: u.code,
    title: localize(u.title, locale),
    meaning: localize(u.meaning, locale),
    howToFix: localize(u.howToFix, locale),
    references: u.references,
    ...(u.actor ? { actor: u.actor } : {}),
    ...(possible ? { possible: true } : {}),
  }));
}

/**
 * Everything known about a code, an enhanced code or a pair "451 4.7.1", in one locale. A code of valid
 * shape that no registry lists gets the class-level texts and registered=false. The context (the log line
 * the reply came from) adds the command it answered and the provider usages that match the line; without
 * a context, the provider usages written for the code are listed as possible readings (possible: true).
 */
export function explain(query: CodeQuery, locale: Locale, context?: ReplyContext): Explanation {
  const first = query.code ?? query.enhanced;
  if (first === null) throw new Error('explain() needs a basic or an enhanced code');
  const cls = replyClassOf(first);
  const classTitle = replyClassName(cls, locale);
  const basic = query.code !== null ? basicPart(query.code, locale) : undefined;
  const enhanced = query.enhanced !== null ? enhancedPart(query.enhanced, cls, locale) : undefined;
  const parts = [basic, enhanced].filter((p): p is Part => p !== undefined);
  const registeredParts = parts.filter((p) => p.texts !== undefined);
  const classLevel = classLevelTexts[cls];
  const label = parts.map((p) => p.label).join(' ');
  const negative = cls === 'transient-negative' || cls === 'permanent-negative';
  const notes = providerNotes(query, context, locale);

  // A provider's own number that no registry lists (5.7.606, 4.7.500): its reading is all there is to say,
  // so it leads, instead of "not registered" and the class-level text.
  const codeLead =
    enhanced !== undefined && enhanced.texts === undefined && enhanced.note === undefined && query.enhanced !== null
      ? notes.find((n) => n.code === query.enhanced || rangeHolds(n.code, query.enhanced!))
      : undefined;
  // A provider's tag in the reply ("421 4.7.0 [TSS04]") names the exact reason: it leads as well, before the
  // standard meaning of the codes, which still follows.
  const tagLead = notes.find((n) => TAG.test(n.code));
  const lead = tagLead ?? codeLead;
  const suggestion = query.enhanced !== null ? registeredSuggestion(query.enhanced) : '';

  // An enhanced code's description is class-free and mostly written as the refusal ("will not accept");
  // beside a transient basic code ("451 4.7.1") its transient reading says what it means here instead, in
  // the description, and is not repeated under "when you see it".
  const pairReading = cls === 'transient-negative' && basic?.texts !== undefined && enhanced?.texts !== undefined;
  // A mail-system basic code (45x, 55x: local error, mailbox unavailable, ...) beside a security or policy
  // enhanced code (X.7.x) is a policy decision: "451 4.7.1" is greylisting, not a fault of the server, so the
  // enhanced code's reading is followed throughout instead of being added to the basic code's.
  const policyReading =
    negative && basic?.texts !== undefined && enhanced?.texts !== undefined && query.code?.[1] === '5' && query.enhanced?.split('.')[1] === '7';

  const paragraphs: string[] = [];
  if (tagLead) paragraphs.push(tagLead.meaning);
  if (codeLead && !tagLead) {
    paragraphs.push(codeLead.meaning);
    if (basic?.texts) paragraphs.push(basic.texts.description);
    paragraphs.push(message(locale, 'provider.unregistered', enhanced!.label, codeLead.providerName));
  } else if (policyReading) {
    // The class-free description is written as the refusal, so a transient pair says only what the pair is;
    // its reading follows under "when you see it".
    if (!pairReading) paragraphs.push(enhanced!.texts!.description);
    paragraphs.push(message(locale, pairReading ? 'pair.policy.transient' : 'pair.policy.permanent', basic!.label, basic!.title ?? '', enhanced!.label));
  } else if (registeredParts.length === 0) {
    // Nothing registered: the class-level text, then what the digits say.
    for (const p of parts) if (p.note) paragraphs.push(p.note);
    paragraphs.push(joinSentences(localize(classLevel.description, locale), ...parts.map((p) => p.digits)));
  } else {
    for (const p of parts) {
      if (!p.texts) paragraphs.push(joinSentences(p.unregistered, p.digits));
      else if (p === enhanced && basic?.texts) paragraphs.push(afterLead(message(locale, 'pair.description', p.label), pairReading ? p.texts.whenYouSeeIt : p.texts.description));
      else paragraphs.push(p.texts.description);
    }
  }
  const description = paragraphs.filter((p) => p.length > 0).join('\n\n');

  const pick = (field: 'whenYouSeeIt' | 'useWhen', lead: MessageKey): string => {
    if (policyReading) return enhanced!.texts![field];
    const [b, e] = [basic?.texts?.[field], pairReading && field === 'whenYouSeeIt' ? undefined : enhanced?.texts?.[field]];
    if (b !== undefined && e !== undefined) return combine(b, e, lead, enhanced!.label, locale);
    return b ?? e ?? localize(classLevel[field], locale);
  };
  let whenYouSeeIt = pick('whenYouSeeIt', 'pair.whenYouSeeIt');
  let useWhen = pick('useWhen', 'pair.useWhen');
  // A success enhanced code's shared "nothing to fix" stands only when no basic code says it in its own words.
  const withTexts = parts.filter((p) => p.texts !== undefined);
  const fixes = (policyReading ? [enhanced!] : withTexts)
    .filter((p) => !p.texts?.genericFix || withTexts.length === 1)
    .map((p) => p.texts?.howToFix)
    .filter((f) => f !== undefined);
  let howToFix: { sender: string; receiver: string };
  if (fixes.length === 2) {
    const [b, e] = fixes;
    howToFix = {
      sender: combine(b.sender, e.sender, 'pair.howToFix', enhanced!.label, locale),
      receiver: combine(b.receiver, e.receiver, 'pair.howToFix', enhanced!.label, locale),
    };
  } else if (fixes.length === 1) {
    howToFix = fixes[0];
  } else {
    howToFix = { sender: localize(classLevel.howToFix.sender, locale), receiver: localize(classLevel.howToFix.receiver, locale) };
  }
  if (tagLead) {
    howToFix = { ...howToFix, sender: `${tagLead.howToFix}\n\n${howToFix.sender}` };
  } else if (codeLead) {
    const lead = codeLead;
    const seen = message(locale, 'provider.whenYouSeeIt', lead.providerName, enhanced!.label);
    whenYouSeeIt = basic?.texts ? `${seen}\n\n${basic.texts.whenYouSeeIt}` : seen;
    howToFix = { sender: lead.howToFix, receiver: message(locale, 'provider.receiver', enhanced!.label, lead.providerName, suggestion) };
    const advice = message(locale, 'unregistered.enhancedUseWhen', enhanced!.label, suggestion);
    useWhen = basic?.texts ? `${basic.texts.useWhen}\n\n${advice}` : advice;
  } else if (basic === undefined && enhanced !== undefined && enhanced.texts === undefined && negative) {
    // An unregistered enhanced code alone: the advice is about enhanced codes, not about 550, 553 or 554.
    howToFix = { ...howToFix, receiver: message(locale, 'unregistered.enhancedReceiver', enhanced.label, suggestion) };
    useWhen = message(locale, 'unregistered.enhancedUseWhen', enhanced.label, suggestion);
  }

  const positive = cls === 'positive-completion' || cls === 'positive-intermediate';
  // The enhanced code is the narrower statement, so its title and actor win when it has them.
  const title = lead?.title ?? enhanced?.title ?? basic?.title ?? message(locale, 'title.unregistered', classTitle);
  // Except in a transient pair: the entries name the sending side for the refusal, but under a 4xx reply
  // the sender retries on its own and the basic code's actor (written for its one class) is who acts, as
  // compare shows for that basic code.
  const senderSide = enhanced?.actor === 'sender-config' || enhanced?.actor === 'sender-content';
  const actor: Actor =
    codeLead?.actor ??
    (pairReading && senderSide ? basic?.actor : undefined) ??
    enhanced?.actor ??
    basic?.actor ??
    (positive ? 'none' : 'receiving-server');
  // The command the line names, else the enhanced code's phase (5.1.1 is answered at RCPT TO), else the basic code's.
  const phase: Phase = phaseOfCommand(context?.command) ?? enhanced?.phase ?? (basic?.phase !== 'any' ? basic?.phase : undefined) ?? 'any';
  const own = new Set([label, ...parts.map((p) => p.label)]);
  const detailEntry = query.enhanced !== null ? enhancedEntry(query.enhanced) : undefined;
  const bounceReason = enhanced?.bounceReason ?? null;
  const leadReferences: Reference[] = lead ? lead.references.map((r) => ({ document: r.title, section: '', url: r.url })) : [];

  return {
    label,
    code: query.code,
    enhanced: query.enhanced,
    replyClass: cls,
    classTitle,
    // A refused login bounces nothing: the client shows the error, or the relaying MTA defers.
    delivery: cls === 'permanent-negative' && phase === 'auth' ? localize(authRefusalDelivery, locale) : classDelivery(cls, locale),
    retried: cls === 'transient-negative',
    category: query.code !== null ? categoryName(query.code[1], locale) : null,
    subject: query.enhanced !== null ? subjectName(query.enhanced.split('.')[1], locale) : null,
    detail: detailEntry ? localize(detailEntry.title, locale) : null,
    title,
    description,
    whenYouSeeIt,
    howToFix,
    useWhen,
    actor,
    actorTitle: actorName(actor, locale),
    phase,
    registered: registeredParts.length > 0,
    leadingProvider: lead?.providerName ?? null,
    references: mergeReferences([...parts.map((p) => p.references), leadReferences]),
    related: mergeRelated(parts, own),
    bounceReason,
    bounceReasonTitle: bounceReason !== null ? bounceReasonName(bounceReason, locale) : null,
    providers: lead ? notes.filter((n) => n !== lead) : notes,
    command: context?.command ?? null,
  };
}

/**
 * A registered enhanced code to use instead of an unregistered one of the same class and subject: the
 * subject's catch-all (X.y.0), or X.7.1 for security and policy, the usual refusal; X.0.0 for an unknown subject.
 */
function registeredSuggestion(enhanced: string): string {
  const [cls, subject] = enhanced.split('.');
  if (subject === '7') return `${cls}.7.1`;
  return enhancedEntry(`X.${subject}.0`) ? `${cls}.${subject}.0` : `${cls}.0.0`;
}

/** A reply as a person pastes it: "421 4.7.0 [TSS04] Messages from …", "smtp;550 5.1.1 <a@b>: …", "550-5.7.1 …". */
const REPLY_LINE = /^\s*(?:smtp;\s*)?(?:([2-5][0-5]\d)(?:[ -]+([245]\.\d{1,3}\.\d{1,3}))?|([245]\.\d{1,3}\.\d{1,3}))(?=[\s:,;-]|$)[\s:,;-]*([\s\S]*)$/i;

/**
 * Explains what a person typed: a code ("451", "4.7.1", "451 4.7.1"), a whole reply ("421 4.7.0 [TSS04]
 * Messages from … deferred"), read with its text as the line, or a provider's tag alone ("TSS04"), read as the
 * reply the provider sends it in. Undefined when it is none of these.
 */
export function explainInput(input: string, locale: Locale): Explanation | undefined {
  const query = parseCodeQuery(input);
  if (query) return explain(query, locale);
  const tag = providerTag(input);
  if (tag) {
    const sentWith = tag.sentWith !== undefined ? parseCodeQuery(tag.sentWith) : undefined;
    return sentWith ? explain(sentWith, locale, { text: `[${tag.code}]` }) : undefined;
  }
  const m = REPLY_LINE.exec(input);
  if (!m) return undefined;
  const line = parseCodeQuery([m[1], m[2] ?? m[3]].filter((p) => p !== undefined).join(' '));
  if (!line) return undefined;
  // The text names the provider when it carries its tag or host name; when it does not, the provider
  // readings of the code are still worth listing, as for the code alone.
  const withLine = explain(line, locale, { text: m[4] ?? '' });
  return withLine.providers.length > 0 || withLine.leadingProvider !== null ? withLine : explain(line, locale);
}

/** The provider usage a tag names ("TSS04", also typed "[tss04]"), when there is one. */
export function providerTag(input: string): ProviderUsage | undefined {
  const tag = input.trim().replace(/^\[(.*)\]$/, '$1').toUpperCase();
  if (!TAG.test(tag)) return undefined;
  return providerUsages.find((u) => u.code === tag);
}

export interface CodeListing {
  code: string;
  title: string;
  kind: 'basic' | 'enhanced';
  replyClass: ReplyClass;
}

/** Orders codes by class, basic codes before enhanced ones within a class, then numerically. */
export function compareCodeOrder(a: string, b: string): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  const aEnhanced = a.includes('.');
  const bEnhanced = b.includes('.');
  if (aEnhanced !== bEnhanced) return aEnhanced ? 1 : -1;
  const an = a.split('.').map(Number);
  const bn = b.split('.').map(Number);
  for (let i = 0; i < Math.max(an.length, bn.length); i++) {
    const d = (an[i] ?? -1) - (bn[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Every registered code with its title: each basic code, and each enhanced code in every class it can
 * carry (2.y.z only where the registry ties it to a success reply). For pickers and completion.
 */
export function listCodes(locale: Locale): CodeListing[] {
  const { basic, enhanced } = codeTables();
  const out: CodeListing[] = [];
  for (const e of basic.values()) {
    out.push({ code: e.code, title: localize(e.title, locale), kind: 'basic', replyClass: replyClassOf(e.code) });
  }
  for (const e of enhanced.values()) {
    const title = localize(e.title, locale);
    for (const digit of [2, 4, 5] as const) {
      if (digit === 2 && !e.classes.includes(2)) continue;
      const code = `${digit}${e.code.slice(1)}`;
      out.push({ code, title, kind: 'enhanced', replyClass: replyClassOf(code) });
    }
  }
  return out.sort((x, y) => compareCodeOrder(x.code, y.code));
}
