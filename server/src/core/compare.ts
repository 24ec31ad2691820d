// The compare model: two explanations side by side, the facts that differ, the curated notes on the pair,
// and one sentence that says the difference. The webview, `smtp-codes compare` and smtp/compare render it.
import { enhancedKey, parseCodeQuery } from './codes';
import { explain } from './knowledgeBase';
import { heading, message, phaseName } from './messages';
import type { CompareHeadings, Comparison, Explanation, Locale } from './types';

type Row = Comparison['keyDifferences'][number];

function row(aspect: string, a: string, b: string): Row {
  return { aspect, a, b, same: a === b };
}

function retryValue(e: Explanation, locale: Locale): string {
  switch (e.replyClass) {
    case 'positive-completion':
      return message(locale, 'retry.success');
    case 'positive-intermediate':
      return message(locale, 'retry.intermediate');
    case 'transient-negative':
      return message(locale, 'retry.yes');
    default:
      return message(locale, 'retry.no');
  }
}

function keyDifferences(a: Explanation, b: Explanation, locale: Locale): Row[] {
  const none = message(locale, 'value.none');
  const rows = [
    row(heading('class', locale), a.classTitle, b.classTitle),
    row(heading('retried', locale), retryValue(a, locale), retryValue(b, locale)),
    row(heading('actor', locale), a.actorTitle, b.actorTitle),
    row(heading('phaseOfDialogue', locale), phaseName(a.phase, locale), phaseName(b.phase, locale)),
  ];
  // Basic codes have a category, enhanced codes a subject; a pair "451 4.7.1" has both.
  const withCategory = a.category !== null && b.category !== null;
  const withSubject = a.subject !== null && b.subject !== null;
  if (withCategory) rows.push(row(heading('category', locale), a.category ?? none, b.category ?? none));
  if (withSubject) rows.push(row(heading('subject', locale), a.subject ?? none, b.subject ?? none));
  if (!withCategory && !withSubject) {
    const aspect = message(locale, 'aspect.categoryOrSubject', heading('category', locale), heading('subject', locale));
    rows.push(row(aspect, a.category ?? a.subject ?? none, b.category ?? b.subject ?? none));
  }
  const registered = (e: Explanation) => message(locale, e.registered ? 'registered.yes' : 'registered.no');
  rows.push(row(heading('registered', locale), registered(a), registered(b)));
  return rows;
}

/** The ways a related-code entry can name the other side: "552", "5.7.1", "X.7.1", "451 4.7.1". */
function namesOf(e: Explanation): Set<string> {
  const names = new Set<string>([e.label]);
  if (e.code !== null) names.add(e.code);
  if (e.enhanced !== null) {
    names.add(e.enhanced);
    names.add(enhancedKey(e.enhanced));
  }
  return names;
}

/**
 * The curated differences the entries write about each other, one note per pair of codes: 451 and 550 each
 * write about the other in nearly the same words, so the note of the lower code stands (whichever side it
 * is on, so the order of the two does not change the notes) and the other one is left out. A pair is of
 * basic codes (451/550) or of enhanced codes (4.7.1/5.7.1); "451 4.7.1" against "550 5.7.1" can have one
 * note for each.
 */
function curatedNotes(a: Explanation, b: Explanation): string[] {
  const notes: string[] = [];
  const pairs = new Set<string>();
  const kind = (code: string): string => (/^\d{3}$/.test(code) ? 'basic' : 'enhanced');
  const add = (from: Explanation, other: Explanation, taken: Set<string>) => {
    const names = namesOf(other);
    for (const r of from.related) {
      if (!names.has(r.code) || taken.has(kind(r.code)) || notes.includes(r.difference)) continue;
      notes.push(r.difference);
      pairs.add(kind(r.code));
    }
  };
  const [first, second] = a.label <= b.label ? [a, b] : [b, a];
  add(first, second, new Set());
  add(second, first, new Set(pairs));
  return notes;
}

// A sentence ends at . ! or ? before a capital, a digit or a quote, but not after "e.g." and the like.
// The opening quote written as \u201C: one character beyond ASCII anywhere in the server's bundle makes V8 hold its whole
// source (1.3 MB) as two-byte text, which it then reads and compiles more slowly at every start.
const SENTENCE_END = /(?<!\b(?:e\.g|i\.e|etc|vs|cf|mis|dll|dsb|yaitu|yakni))[.!?](?=\s+[A-Z0-9\u201C"'])/;

/** The first sentence of a curated note, with its closing mark. */
function firstSentence(text: string): string {
  const m = SENTENCE_END.exec(text);
  return m ? text.slice(0, m.index + 1) : text.trim();
}

function mentions(text: string, e: Explanation): boolean {
  return [...namesOf(e)].some((name) => new RegExp(`(?<![\\d.])${name.replace(/\./g, '\\.')}(?![\\d])`).test(text));
}

/**
 * The part of a curated note the summary quotes: its first sentence, and the next one as well when the first
 * speaks of one side only and the next of the other ("530: no login was attempted … 535: a login was
 * attempted …"), so the summary says what each of the two codes means.
 */
function noteSummary(note: string, a: Explanation, b: Explanation): string {
  const one = firstSentence(note);
  if (mentions(one, a) === mentions(one, b)) return one;
  const two = firstSentence(note.slice(one.length).trim());
  const other = mentions(one, a) ? b : a;
  return two.length > 0 && mentions(two, other) ? `${one} ${two}` : one;
}

/** The class a summary speaks of: a refused login is its own case, since nothing bounces. */
function summaryClass(e: Explanation): Explanation['replyClass'] | 'auth-refused' {
  return e.replyClass === 'permanent-negative' && e.phase === 'auth' ? 'auth-refused' : e.replyClass;
}

function summary(a: Explanation, b: Explanation, notes: string[], locale: Locale): string {
  if (a.label === b.label) return message(locale, 'summary.same', a.label, b.label);
  const [ca, cb] = [summaryClass(a), summaryClass(b)];
  if (ca !== cb) {
    return message(locale, 'summary.twoSides', message(locale, `summary.side.${ca}`, a.label), message(locale, `summary.side.${cb}`, b.label));
  }
  // Same class: the difference is in who acts, when, or what the codes mean.
  const both = message(locale, `summary.both.${ca}`, a.label, b.label);
  if (notes.length > 0) return message(locale, 'summary.withNote', both, noteSummary(notes[0], a, b));
  if (a.actor !== b.actor) return message(locale, 'summary.actors', both, a.label, a.actorTitle, b.label, b.actorTitle);
  if (a.phase !== b.phase && a.phase !== 'any' && b.phase !== 'any') {
    return message(locale, 'summary.phases', both, a.label, phaseName(a.phase, locale), b.label, phaseName(b.phase, locale));
  }
  return message(locale, 'summary.titles', both, a.label, a.title, b.label, b.title);
}

function headings(locale: Locale): CompareHeadings {
  return {
    description: heading('description', locale),
    whenYouSeeIt: heading('whenYouSeeIt', locale),
    howToFix: heading('howToFix', locale),
    keyDifferences: heading('keyDifferences', locale),
    whenToUse: heading('whenToUse', locale),
    references: heading('references', locale),
    summary: heading('summary', locale),
    class: heading('class', locale),
    category: heading('category', locale),
    senderSide: heading('senderSide', locale),
    receiverSide: heading('receiverSide', locale),
    aspect: heading('aspect', locale),
  };
}

/**
 * Compares two codes as a person types them ("451", "5.7.1", "451 4.7.1"). Returns a localized error
 * message, never an exception, when either is not a code.
 */
export function compareCodes(a: string, b: string, locale: Locale): Comparison | { error: string } {
  if (a.trim() === '' || b.trim() === '') return { error: message(locale, 'compare.missing') };
  const qa = parseCodeQuery(a);
  if (!qa) return { error: message(locale, 'compare.invalid', a.trim()) };
  const qb = parseCodeQuery(b);
  if (!qb) return { error: message(locale, 'compare.invalid', b.trim()) };
  const ea = explain(qa, locale);
  const eb = explain(qb, locale);
  const notes = curatedNotes(ea, eb);
  return {
    a: ea,
    b: eb,
    summary: summary(ea, eb, notes, locale),
    keyDifferences: keyDifferences(ea, eb, locale),
    notes,
    whenToUse: { a: ea.useWhen, b: eb.useWhen },
    headings: headings(locale),
    locale,
  };
}
