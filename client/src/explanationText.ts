// "Copy explanation": an explanation as plain text, for a ticket or an email. Pure (no `vscode`): the
// headings come in translated, the rest from smtp/explain. Plain text needs no escaping, so the reply text
// from the log is copied as it stands, only without control characters.
import type { Explanation } from '../../server/src/core/types';

/** The headings of the text, in the display language. */
export interface ExplanationTextLabels {
  description: string;
  whenYouSeeIt: string;
  howToFix: string;
  sender: string;
  receiver: string;
  providerUsage: string;
  command: string;
  replyText: string;
  references: string;
}

/** What the log said with the reply, when the copy came from a reply in a log. */
export interface ReplyContextText {
  text?: string;
  command?: string | null;
}

/** Longest reply text copied: more than any reply, far less than a megabyte log line. */
export const MAX_REPLY_TEXT = 600;

/** Control characters (terminal escapes, NUL) removed; tabs and line breaks become spaces. */
function clean(text: string): string {
  return text.replace(/[\t\n\r\v\f\u0085\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
}

/** A text on one line (a list item, a heading's line): paragraphs joined with a space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Our own paragraphs keep their blank lines; single line breaks inside a paragraph become spaces. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
}

/** The explanation of one reply as plain text: headline, class, sections, provider usages, the log's reply, references. */
export function explanationText(e: Explanation, labels: ExplanationTextLabels, context: ReplyContextText = {}): string {
  const out: string[] = [];
  out.push([`SMTP ${e.label}`, e.title].join(' — '));
  out.push(`${e.classTitle}: ${oneLine(e.delivery)}`);
  const facts = [e.category, e.subject, e.detail].filter((s): s is string => s !== null && s !== '');
  if (facts.length > 0) out.push(facts.join(' · '));
  if (e.description) out.push(`${labels.description}\n${paragraphs(e.description)}`);
  if (e.whenYouSeeIt) out.push(`${labels.whenYouSeeIt}\n${paragraphs(e.whenYouSeeIt)}`);
  const fixes: string[] = [];
  if (e.howToFix.sender) fixes.push(`- ${labels.sender}: ${oneLine(e.howToFix.sender)}`);
  if (e.howToFix.receiver) fixes.push(`- ${labels.receiver}: ${oneLine(e.howToFix.receiver)}`);
  if (fixes.length > 0) out.push(`${labels.howToFix}\n${fixes.join('\n')}`);
  for (const p of e.providers) {
    const lines = [`${labels.providerUsage}: ${p.providerName} ${p.code} — ${p.title}`, oneLine(p.meaning)];
    if (p.howToFix) lines.push(`${labels.howToFix}: ${oneLine(p.howToFix)}`);
    for (const r of p.references) lines.push(`${r.title}: ${r.url}`);
    out.push(lines.join('\n'));
  }
  const command = clean(context.command ?? e.command ?? '').slice(0, 80);
  const reply = clean(context.text ?? '');
  const logPart: string[] = [];
  if (command) logPart.push(`${labels.command}: ${command}`);
  if (reply) logPart.push(`${labels.replyText}:\n${reply.length > MAX_REPLY_TEXT ? reply.slice(0, MAX_REPLY_TEXT) + '…' : reply}`);
  if (logPart.length > 0) out.push(logPart.join('\n'));
  if (e.references.length > 0) {
    const refs = e.references.map((r) => `- ${r.section ? `${r.document} §${r.section}` : r.document}: ${r.url}`);
    out.push(`${labels.references}\n${refs.join('\n')}`);
  }
  return out.join('\n\n') + '\n';
}
