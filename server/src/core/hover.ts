// The hover on a reply code: the explanation as Markdown. Our own texts are trusted but still kept from
// forming HTML; every character that came from the log goes through escapeMarkdown or inlineCode.
import { escapeMarkdown, inlineCode, isLinkableUrl, linkMarkdown as link, proseMarkdown as prose } from './markdown';
import { heading, message } from './messages';
import { reasonOfReply, reasonText, type ReasonResult } from './reasons';
import type { Explanation, Locale, Reply } from './types';

/** Longest reply text quoted in a hover; a 5 MB log line must not become a 5 MB hover. */
const MAX_QUOTED = 600;

/**
 * The hover Markdown for a reply. `focus` says which code the cursor is on; the explanation is of the
 * whole reply (basic and enhanced code together), so both halves of "451 4.7.1" show the same facts,
 * with the hovered code's part first. `sameLine` (the other replies of its line) lets a status field such
 * as `dsn=4.7.1` show the reason of the reply it repeats.
 */
export function hoverMarkdown(reply: Reply, focus: 'code' | 'enhanced', explanation: Explanation, locale: Locale, sameLine: readonly Reply[] = []): string {
  const h = (key: Parameters<typeof heading>[0]): string => heading(key, locale);
  const e = explanation;
  const out: string[] = [];

  const headline = [e.code, e.enhanced, prose(e.title, true)].filter((s): s is string => !!s).join(' · ');
  out.push(`### SMTP ${headline}`);
  out.push(`**${prose(e.classTitle, true)}** — ${prose(e.delivery, true)}`);
  // A provider's own code (5.7.606) is explained by that provider's reading, which its description says.
  if (!e.registered && e.leadingProvider === null) out.push(`*${prose(message(locale, 'hover.notRegistered'))}*`);
  const reason = reasonOfReply(reply, sameLine);
  if (reason) out.push(reasonMarkdown(reason, locale));

  const enhancedPart: string[] = [];
  if (e.enhanced !== null && (e.subject || e.detail)) {
    enhancedPart.push(
      `**${h('enhancedCode')} ${e.enhanced}:** ${[e.subject, e.detail].filter((s): s is string => !!s).map((s) => prose(s, true)).join(' — ')}`,
    );
  }
  const categoryPart = e.code !== null && e.category ? [`**${h('category')} (${e.code}):** ${prose(e.category, true)}`] : [];
  if (focus === 'enhanced') out.push(...enhancedPart, ...categoryPart);
  else out.push(...categoryPart, ...enhancedPart);

  if (e.description) out.push(`**${h('description')}**\n\n${prose(e.description)}`);
  if (e.whenYouSeeIt) out.push(`**${h('whenYouSeeIt')}**\n\n${prose(e.whenYouSeeIt)}`);
  const fixes: string[] = [];
  if (e.howToFix.sender) fixes.push(`- *${h('senderSide')}:* ${prose(e.howToFix.sender, true)}`);
  if (e.howToFix.receiver) fixes.push(`- *${h('receiverSide')}:* ${prose(e.howToFix.receiver, true)}`);
  if (fixes.length > 0) out.push(`**${h('howToFix')}**\n\n${fixes.join('\n')}`);

  for (const p of e.providers) {
    const refs = p.references.filter((r) => isLinkableUrl(r.url)).map((r) => link(r.title, r.url));
    out.push(
      '---',
      `**${h('providerUsage')}: ${prose(p.providerName, true)} ${prose(p.code, true)} — ${prose(p.title, true)}**  \n${prose(p.meaning, true)}` +
        (p.howToFix ? `  \n*${h('howToFix')}:* ${prose(p.howToFix, true)}` : '') +
        (refs.length > 0 ? `  \n${refs.join(' · ')}` : '') +
        `  \n*${prose(message(locale, 'hover.providerNote'))}*`,
    );
  }

  // From here on, what the log said: escaped character by character.
  const logPart: string[] = [];
  const command = reply.command ?? e.command;
  if (command) logPart.push(`**${h('command')}:** ${inlineCode(command.slice(0, 80))}`);
  const replyText = reply.text.trim();
  if (replyText.length > 0) {
    const shown = replyText.length > MAX_QUOTED ? replyText.slice(0, MAX_QUOTED) + '…' : replyText;
    const lines = reply.parts.length > 1 ? ` ${message(locale, 'hover.moreLines', reply.parts.length)}` : '';
    logPart.push(`**${h('replyText')}**${lines}\n\n> ${escapeMarkdown(shown)}`);
  }
  if (logPart.length > 0) out.push('---', ...logPart);

  const refs = e.references.filter((r) => isLinkableUrl(r.url));
  if (refs.length > 0) {
    const items = refs.map((r) => link(r.section ? `${r.document} §${r.section}` : r.document, r.url));
    out.push(`**${h('references')}:** ${items.join(' · ')}`);
  }
  return out.join('\n\n');
}

const PROVIDER_NAMES: Record<string, string> = { gmail: 'Gmail', microsoft: 'Microsoft 365', yahoo: 'Yahoo' };

/**
 * Why a negative reply failed: the reason's name and id (the id is what the Problems panel's filter
 * matches), its explanation, what to do, and what decided it. The evidence can be log text: a code span.
 */
function reasonMarkdown(result: ReasonResult, locale: Locale): string {
  const r = reasonText(result.reason, locale);
  const { source, detail } = result.evidence;
  let by: string;
  if (source === 'none') by = message(locale, 'reason.by.none');
  else if (source === 'provider') by = message(locale, 'reason.by.provider', PROVIDER_NAMES[detail] ?? detail);
  else by = message(locale, `reason.by.${source}`, '\u0000');
  const [before, after = ''] = by.split('\u0000');
  const evidence = source === 'none' || source === 'provider' ? prose(by, true) : `${prose(before, true)} ${inlineCode(detail.slice(0, 120))}${prose(after, true)}`;
  return (
    `**${heading('reason', locale)}: ${prose(r.name, true)}** (${inlineCode(result.reason)})  \n${prose(r.explanation, true)}  \n` +
    `*${heading('whatToDo', locale)}:* ${prose(r.whatToDo, true)}  \n*${evidence}*`
  );
}
