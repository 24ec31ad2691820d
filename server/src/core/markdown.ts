// Every escaping for Markdown the product writes lives here: log text (untrusted: a line can carry
// "[x](command:...)", "<img onerror=...>" or "![i](https://...)" and must show as plain text), our own
// prose (hover, "Copy as Markdown") and code spans.

// C0 and C1 controls (newlines and tabs included, so a log value cannot open a new Markdown block),
// the Unicode line and paragraph separators, and the bidirectional overrides that can disguise text.
const CONTROL_RUN = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

// Every ASCII punctuation character that Markdown or HTML gives a meaning to. ':' is included so that
// renderers with autolinking (GFM, markdown-it's linkify) do not turn "https://..." into a link.
const MARKDOWN_SIGNIFICANT = /[\\`*_{}[\]()#+\-.!|<>&~:]/g;

/** Control characters (including line breaks) collapsed to one space each run. */
export function collapseControls(text: string): string {
  return text.replace(CONTROL_RUN, ' ');
}

/**
 * Makes untrusted text render as exactly that text in Markdown: every Markdown- or HTML-significant
 * character is backslash-escaped and runs of control characters become one space, so no link, image,
 * HTML tag, heading or list can come out of it.
 */
export function escapeMarkdown(text: string): string {
  return collapseControls(text).replace(MARKDOWN_SIGNIFICANT, (c) => '\\' + c);
}

/**
 * A Markdown code span showing text literally, whatever backticks it contains: the fence is one backtick
 * longer than the longest run inside, and the content is padded with a space that CommonMark strips.
 */
export function inlineCode(text: string): string {
  const content = collapseControls(text);
  let longest = 0;
  for (const run of content.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  return `${fence} ${content} ${fence}`;
}

/**
 * Our own prose (explanations, headings): plain sentences. Escaping only what could start HTML, a link or
 * emphasis keeps it readable where the Markdown source is shown (Neovim's hover, a pasted copy) while nothing
 * in it can turn into markup. Paragraphs stay paragraphs unless `inline` (a list item, a table cell, a
 * heading), which joins them with a space. Never for log text: that is escapeMarkdown's.
 */
export function proseMarkdown(text: string, inline = false): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[\\`*_[\]<>&]/g, (c) => '\\' + c).replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join(inline ? ' ' : '\n\n');
}

/** An https URL with nothing in it that could end a Markdown link early (space, parenthesis, angle bracket). */
const LINKABLE_URL = /^https:\/\/[^\s()<>]+$/;

/** Whether one of our reference URLs may be written as a link. */
export function isLinkableUrl(url: string): boolean {
  return LINKABLE_URL.test(url);
}

/** A Markdown link to one of our reference URLs; the title alone when the URL may not be a link. */
export function linkMarkdown(title: string, url: string): string {
  const text = proseMarkdown(title, true);
  return isLinkableUrl(url) ? `[${text}](${url})` : text;
}
