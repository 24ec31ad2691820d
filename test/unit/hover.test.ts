// The hover a person reads on a code: heading, meaning for delivery, sections in their language, and the
// log's own text shown as text only, whatever it carries.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import { replyClassOf } from '../../server/src/core/codes';
import { hoverMarkdown } from '../../server/src/core/hover';
import { explain } from '../../server/src/core/knowledgeBase';
import { heading } from '../../server/src/core/messages';
import type { Locale, Reply } from '../../server/src/core/types';

function reply(code: string | null, enhanced: string | null, text: string, extra: Partial<Reply> = {}): Reply {
  const finding = {
    line: 3,
    code,
    codeStart: 10,
    codeEnd: 13,
    enhanced,
    enhancedStart: 14,
    enhancedEnd: 19,
    text,
    command: extra.command ?? null,
    continued: false,
    remoteHost: extra.remoteHost ?? null,
  };
  return { parts: [finding], code, enhanced, replyClass: replyClassOf((code ?? enhanced)!), text, command: null, remoteHost: null, ...extra };
}

function render(r: Reply, locale: Locale = 'en', focus: 'code' | 'enhanced' = 'code'): { md: string; html: string } {
  const e = explain({ code: r.code, enhanced: r.enhanced }, locale, { text: r.text, remoteHost: r.remoteHost, command: r.command });
  const md = hoverMarkdown(r, focus, e, locale);
  return { md, html: new MarkdownIt({ html: true, linkify: true }).render(md) };
}

describe('hover on a provider\'s reply', () => {
  it('a Microsoft 5.7.606 line opens with Microsoft\'s reading, without the "meaning of its class" note', () => {
    const { md } = render(reply('550', '5.7.606', 'Access denied, banned sending IP [192.0.2.1]', { remoteHost: 'x.mail.protection.outlook.com' }));
    assert.equal(md.split('\n')[0], '### SMTP 550 · 5.7.606 · Banned sending IP');
    assert.ok(!md.includes('the meaning below is the one of its class'), md);
    assert.match(md, /\*\*Description\*\*\n\nMicrosoft's filtering/);
  });

  it('a Yahoo [TSS04] line opens with the tag\'s reading, in Indonesian too', () => {
    const r = reply('421', '4.7.0', '[TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints');
    assert.equal(render(r).md.split('\n')[0], '### SMTP 421 · 4.7.0 · Deferred for unexpected volume or complaints');
    assert.equal(render(r, 'id').md.split('\n')[0], '### SMTP 421 · 4.7.0 · Ditunda karena volume atau keluhan yang tidak terduga');
  });
});

describe('hoverMarkdown', () => {
  it('opens with the code pair and its title, then what the class means for delivery', () => {
    const { md } = render(reply('451', '4.7.1', 'Greylisted, try again later', { command: 'RCPT TO' }));
    const e = explain({ code: '451', enhanced: '4.7.1' }, 'en');
    const lines = md.split('\n');
    assert.equal(lines[0], `### SMTP 451 · 4.7.1 · ${e.title.replace(/[\\`*_[\]<>&]/g, '\\$&')}`);
    assert.ok(md.includes(e.classTitle) && md.includes(e.delivery.slice(0, 30)), 'class and delivery meaning');
    assert.match(md, /RCPT TO/, 'the command answered');
    for (const key of ['description', 'whenYouSeeIt', 'howToFix', 'senderSide', 'receiverSide', 'references'] as const) {
      assert.ok(md.includes(heading(key, 'en')), `section ${key}`);
    }
  });

  it('uses the Indonesian headings for locale id', () => {
    const { md } = render(reply('550', '5.1.1', 'User unknown'), 'id');
    for (const word of ['Deskripsi', 'Ketika Anda Melihatnya', 'Cara Memperbaiki']) assert.ok(md.includes(word), word);
  });

  it('links only the references of our own data, as https links', () => {
    const { html } = render(reply('550', '5.7.1', 'see https://evil.example/x'));
    const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(hrefs.length > 0);
    assert.ok(hrefs.some((h) => h.startsWith('https://www.rfc-editor.org/')), 'the RFC is linked');
    for (const h of hrefs) {
      assert.match(h, /^https:\/\//, h);
      assert.ok(!h.includes('evil.example'), `a link taken from the log: ${h}`);
    }
  });

  it('shows hostile reply text as text: no command link, no image, no HTML', () => {
    const hostile = '[x](command:foo) <img src=x onerror=alert(1)> ![i](https://e/x.png) <a href="command:bar">y</a>';
    for (const focus of ['code', 'enhanced'] as const) {
      const { html } = render(reply('550', '5.7.1', hostile, { command: '`RCPT` <img src=y>' }), 'en', focus);
      assert.doesNotMatch(html, /<a href="command:/i);
      assert.doesNotMatch(html, /<img/i);
      assert.doesNotMatch(html, /href="https:\/\/e\//);
      assert.ok(html.includes('onerror=alert(1)'), 'the text itself is still there to read');
    }
  });

  it('keeps a huge reply text short', () => {
    const { md } = render(reply('451', null, 'x'.repeat(1_000_000)));
    assert.ok(md.length < 20_000, `hover of ${md.length} characters`);
  });
  it('says why a negative reply failed: the reason, its id, what to do and what decided it', () => {
    const { md } = render(reply('550', '5.1.1', '<ann@example.com>: Recipient address rejected: User unknown'));
    assert.match(md, /\*\*Why it failed: Unknown recipient\*\* \(` userunknown `\)/);
    assert.ok(md.includes(`*${heading('whatToDo', 'en')}:*`));
    assert.match(md, /Decided by the reply text ` User unknown `\./);
    const id = render(reply('550', '5.1.1', 'User unknown'), 'id').md;
    assert.match(id, /\*\*Penyebab gagal: Penerima tidak dikenal\*\*/);
    assert.match(id, /Ditentukan oleh teks balasan ` User unknown `\./);
  });

  it('has no reason on a positive reply', () => {
    assert.doesNotMatch(render(reply('250', '2.0.0', 'Ok: queued')).md, /Why it failed/);
  });

  it('shows the evidence from the log as a code span: no link, no HTML', () => {
    const { html } = render(reply('550', null, '[user unknown](command:x) <img src=x onerror=alert(1)>'));
    assert.doesNotMatch(html, /href="command:/);
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /<code>user unknown<\/code>/);
  });

  it('a dsn= field shows the reason of the reply it repeats on its line', () => {
    const dsn = reply(null, '4.7.1', '', { parts: [{ line: 3, code: null, codeStart: 0, codeEnd: 0, enhanced: '4.7.1', enhancedStart: 4, enhancedEnd: 9, text: '', command: null, continued: false, remoteHost: null, statusField: true }] });
    const said = reply('451', '4.7.1', 'Greylisted, see https://postgrey.example/');
    const e = explain({ code: null, enhanced: '4.7.1' }, 'en');
    assert.match(hoverMarkdown(dsn, 'enhanced', e, 'en', [dsn, said]), /Why it failed: Greylisted\*\*/);
    assert.match(hoverMarkdown(dsn, 'enhanced', e, 'en'), /Why it failed: Sending IP or host blocked\*\*/);
  });
});
