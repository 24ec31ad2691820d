// "Copy as Markdown" in the compare panel: the document a person pastes into a ticket or a wiki. It must
// render as the panel reads (headings, the key-differences table, links), with our texts shown as written.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { compareCodes } from '../../server/src/core/compare';
import { comparisonMarkdown } from '../../server/src/core/compareMarkdown';
import type { Comparison, Locale } from '../../server/src/core/types';

const md = new MarkdownIt({ html: true, linkify: true });

function comparison(a: string, b: string, locale: Locale): Comparison {
  const c = compareCodes(a, b, locale);
  if ('error' in c) throw new Error(c.error);
  return c;
}

/** Text content of rendered HTML, entities decoded. */
function text(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('comparisonMarkdown', () => {
  it('a code compared with itself is the title and the summary, with no identical sections', () => {
    const doc = comparisonMarkdown(comparison('220', '220', 'en'));
    assert.equal(doc, '# 220 vs 220\n\n220 and 220 are the same code.\n');
  });

  for (const locale of ['en', 'id'] as const) {
    it(`renders the compare sections as headings and the differences as a table (${locale})`, () => {
      const c = comparison('220', '451', locale);
      const html = md.render(comparisonMarkdown(c));
      const h2 = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => text(m[1]));
      assert.ok(h2.some((h) => h.startsWith('220')) && h2.some((h) => h.startsWith('451')), `one section per code: ${h2.join(' / ')}`);
      assert.ok(h2.includes(c.headings.keyDifferences) && h2.includes(c.headings.whenToUse), h2.join(' / '));
      const h3 = [...html.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => text(m[1]));
      if (locale === 'id') for (const h of ['Deskripsi', 'Ketika Anda Melihatnya', 'Cara Memperbaiki']) assert.ok(h3.includes(h), `${h} in ${h3.join(' / ')}`);
      const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map((x) => text(x[1])));
      assert.equal(rows.length, c.keyDifferences.length + 1, 'a header row and one row per difference');
      for (const r of rows) assert.equal(r.length, 3, `three cells: ${JSON.stringify(r)}`);
      assert.deepEqual(rows[1], [c.keyDifferences[0].aspect, c.keyDifferences[0].a, c.keyDifferences[0].b]);
      const links = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
      assert.ok(links.length > 0 && links.every((u) => u.startsWith('https://')), links.join(' '));
    });
  }

  it('shows our texts as written: markup characters in them make no emphasis, tag, link or extra cell', () => {
    const c = comparison('450', '550', 'en');
    const tricky = 'Mailbox *busy* or <b>full</b> | try [later](command:retry) & again_now';
    c.summary = tricky;
    c.keyDifferences[0] = { ...c.keyDifferences[0], a: tricky };
    const html = md.render(comparisonMarkdown(c));
    assert.doesNotMatch(html, /<em>|<strong>busy|<b>|<a href="command:/, html.slice(0, 600));
    assert.ok(text(html).includes(tricky), 'the summary reads as written');
    const first = /<tbody>\s*<tr>([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
    const cells = [...first.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => text(m[1]));
    assert.deepEqual(cells, [c.keyDifferences[0].aspect, tricky, c.keyDifferences[0].b], 'the pipe stays inside its cell');
  });
});
