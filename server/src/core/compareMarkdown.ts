// "Copy as Markdown" of the compare view, and `smtp-codes compare --markdown`: the comparison as a Markdown
// document a person pastes into a ticket or a wiki. Every label is one of the comparison's own headings (its
// locale), so the document reads in one language whoever renders it, and the client that bundles this file
// does not bundle the knowledge base with it.
import { linkMarkdown as link, proseMarkdown } from './markdown';
import type { Comparison, Explanation } from './types';

/** Our own texts on one line, escaped by the core's one prose escaper. */
const md = (text: string): string => proseMarkdown(text, true);

/** A table cell: a pipe would end the cell. */
const cell = (text: string): string => md(text).replace(/\|/g, '\\|');

function referenceTitle(r: Explanation['references'][number]): string {
  return r.section ? `${r.document} §${r.section}` : r.document;
}

function explanationSection(e: Explanation, c: Comparison): string[] {
  const h = c.headings;
  const out = [`## ${md(e.label)}: ${md(e.title)}`, '', `**${md(h.class)}:** ${md(e.classTitle)}. ${md(e.delivery)}`];
  const category = [e.category, e.subject, e.detail].filter((s): s is string => s !== null && s !== '');
  if (category.length > 0) out.push('', `**${md(h.category)}:** ${category.map(md).join(' · ')}`);
  out.push('', `### ${md(h.description)}`, '', md(e.description));
  out.push('', `### ${md(h.whenYouSeeIt)}`, '', md(e.whenYouSeeIt));
  out.push(
    '',
    `### ${md(h.howToFix)}`,
    '',
    `- **${md(c.headings.senderSide)}:** ${md(e.howToFix.sender)}`,
    `- **${md(c.headings.receiverSide)}:** ${md(e.howToFix.receiver)}`,
  );
  return out;
}

/** The whole comparison: summary, both codes, key differences, when to use which, references. */
export function comparisonMarkdown(c: Comparison): string {
  const h = c.headings;
  const out = [`# ${md(c.a.label)} vs ${md(c.b.label)}`, '', md(c.summary), ''];
  // A code compared with itself: the summary says so, and two identical columns would say nothing more.
  if (c.a.label === c.b.label) return out.join('\n');
  out.push(...explanationSection(c.a, c), '');
  out.push(...explanationSection(c.b, c), '');
  const aspect = c.headings.aspect;
  out.push(`## ${md(h.keyDifferences)}`, '', `| ${cell(aspect)} | ${cell(c.a.label)} | ${cell(c.b.label)} |`, '| --- | --- | --- |');
  for (const r of c.keyDifferences) out.push(`| ${cell(r.aspect)} | ${cell(r.a)} | ${cell(r.b)} |`);
  if (c.notes.length > 0) out.push('', ...c.notes.map((n) => `- ${md(n)}`));
  out.push('', `## ${md(h.whenToUse)}`, '', `- **${md(c.a.label)}:** ${md(c.whenToUse.a)}`, `- **${md(c.b.label)}:** ${md(c.whenToUse.b)}`);
  const refs = [...c.a.references, ...c.b.references].filter((r, i, all) => all.findIndex((o) => o.url === r.url) === i);
  if (refs.length > 0) {
    out.push('', `## ${md(h.references)}`, '', ...refs.map((r) => `- ${link(referenceTitle(r), r.url)}`));
  }
  return out.join('\n') + '\n';
}
