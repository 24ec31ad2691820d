// Escaping for text that comes from a log and ends up in Markdown (hover). Log text is untrusted: a line
// can carry "[x](command:...)", "<img onerror=...>" or "![i](https://...)" and must show as plain text.

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
