// Log text in hover Markdown must render as the text it is: no link, image, HTML or structure from it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown, inlineCode, isLinkableUrl, linkMarkdown } from '../../server/src/core/markdown';

// The default renderer, and one as permissive as a renderer gets (raw HTML on, bare URLs linked).
const renderers = [new MarkdownIt(), new MarkdownIt({ html: true, linkify: true })];
const hostile = '[x](command:foo) <img src=x onerror=alert(1)> ![i](https://e/x.png)';

/** The visible text of rendered HTML, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

describe('escapeMarkdown', () => {
  it('a hostile log line renders with no link, no image and no raw tag', () => {
    for (const md of renderers) {
      const html = md.render(escapeMarkdown(hostile));
      assert.doesNotMatch(html, /<a[\s>]/i, html);
      assert.doesNotMatch(html, /<img/i, html);
      assert.equal(visibleText(html), hostile, 'the reader still sees the text as it was in the log');
    }
  });

  it('no Markdown structure comes out of log text', () => {
    const cases = ['# heading', '> quote', '- item', '1. item', '*em* _em_ **strong**', '`code`', '~~del~~', '| a | b |', 'a\n\n    indented', 'https://example.com/x', 'www.example.com', '<script>alert(1)</script>', '&amp; &#60;', '\\[x\\](y)'];
    for (const md of renderers) {
      for (const text of cases) {
        const html = md.render(escapeMarkdown(text)).trim();
        assert.match(html, /^<p>[^<]*<\/p>$/, `${JSON.stringify(text)} rendered as ${html}`);
      }
    }
  });

  it('shows the text as it was, control characters collapsed to one space', () => {
    const text = 'said: 550-5.7.1 [1.2.3.4] (rejected) & <x> {y} !z | ~w + #q';
    assert.equal(visibleText(renderers[0].render(escapeMarkdown(text))), text);
    assert.equal(escapeMarkdown('a\r\n\tb\u0000\u202ec'), 'a b c');
  });
});

describe('inlineCode', () => {
  it('shows any backticks literally inside one code span', () => {
    for (const text of ['plain', 'a `b` c', '``', '`lead', 'trail`', 'x ``` y', '<img src=x>']) {
      for (const md of renderers) {
        const html = md.renderInline(inlineCode(text));
        assert.match(html, /^<code>[^<]*<\/code>$/, `${JSON.stringify(text)} rendered as ${html}`);
        assert.equal(visibleText(html), text);
      }
    }
  });

  it('keeps a line break in the log from ending the span', () => {
    assert.equal(visibleText(renderers[0].renderInline(inlineCode('a\nb'))), 'a b');
  });
});

describe('linkMarkdown', () => {
  it('links an https reference and shows its title as written', () => {
    const html = renderers[1].render(linkMarkdown('RFC 5321 §4.2.3 *replies*', 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3'));
    assert.match(html, /<a href="https:\/\/www\.rfc-editor\.org\/rfc\/rfc5321#section-4\.2\.3">RFC 5321 §4\.2\.3 \*replies\*<\/a>/, html);
  });

  it('writes the title alone for a URL that is not https or could end the link early', () => {
    for (const url of ['javascript:alert(1)', 'http://example.com/', 'command:smtp.compare', 'https://x.example/a) [y](command:z', 'https://x.example/a b', 'https://x.example/<img>']) {
      const md = linkMarkdown('Title', url);
      assert.equal(md, 'Title', url);
      assert.equal(isLinkableUrl(url), false, url);
    }
  });
});
