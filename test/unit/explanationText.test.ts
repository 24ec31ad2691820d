// "Copy explanation" as plain text (client/src/explanationText.ts): what lands in a ticket or an email reads
// as written, with no Markdown escapes, and the log's reply text comes along without control characters.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { explanationText, MAX_REPLY_TEXT, type ExplanationTextLabels } from '../../client/src/explanationText';
import { explain } from '../../server/src/core/knowledgeBase';

const labels: ExplanationTextLabels = {
  description: 'Description',
  whenYouSeeIt: 'When you see it',
  howToFix: 'How to fix',
  sender: 'Sending side',
  receiver: 'Receiving side',
  providerUsage: 'Provider usage',
  command: 'Command',
  replyText: 'Reply text',
  references: 'References',
};

describe('explanationText', () => {
  const e = explain({ code: '550', enhanced: '5.1.1' }, 'en');

  it('starts with the code and its title, then the class, and has every section', () => {
    const text = explanationText(e, labels);
    assert.equal(text.split('\n')[0], `SMTP 550 5.1.1 — ${e.title}`);
    assert.ok(text.split('\n\n')[1].startsWith(`${e.classTitle}: `), text.split('\n\n')[1]);
    for (const heading of ['Description', 'When you see it', 'How to fix', 'References']) {
      assert.ok(text.includes(`\n\n${heading}\n`), `a "${heading}" section`);
    }
    assert.ok(text.includes(`- Sending side: ${e.howToFix.sender.replace(/\s+/g, ' ')}\n`), 'each fix on one line of its list');
    assert.match(text, /- RFC \d+[^:]*: https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+/);
    assert.doesNotMatch(text, /Reply text/, 'no reply section without a reply');
  });

  it('copies the reply text as the log wrote it: no backslash escapes, no Markdown', () => {
    const reply = '550 5.1.1 <nosuchuser@example.net>: Recipient address rejected: User unknown in virtual mailbox table [a-b_c] *x*';
    const text = explanationText(e, labels, { text: reply, command: 'RCPT TO' });
    assert.ok(text.includes(`Command: RCPT TO\nReply text:\n${reply}\n`), text);
    assert.ok(!text.includes('\\'), 'no backslash anywhere');
    assert.doesNotMatch(text, /^#|\*\*/m, 'no Markdown headings or bold');
  });

  it('drops control characters from the log (terminal escapes, NUL) and caps a long reply', () => {
    const text = explanationText(e, labels, { text: 'bad\u001b[31m red\u0000 text\r\nnext\u2028line', command: 'RCPT\u0007 TO' });
    assert.ok(text.includes('Reply text:\nbad[31m red text next line\n'), text);
    assert.ok(text.includes('Command: RCPT TO\n'));
    const long = explanationText(e, labels, { text: 'x'.repeat(5000) });
    assert.ok(long.includes(`${'x'.repeat(MAX_REPLY_TEXT)}…`));
    assert.ok(!long.includes('x'.repeat(MAX_REPLY_TEXT + 1)));
  });

  it('adds the provider usage that matched the line, with its links', () => {
    const m = explain({ code: '550', enhanced: '5.7.26' }, 'en', { text: 'The sender is unauthenticated. - gsmtp', remoteHost: 'mx.google.com', command: null });
    assert.ok(m.providers.length > 0, 'the knowledge base knows this Gmail usage');
    const text = explanationText(m, labels);
    const p = m.providers[0];
    assert.ok(text.includes(`Provider usage: ${p.providerName} ${p.code} — ${p.title}\n`), text);
    assert.ok(text.includes(`${p.references[0].title}: ${p.references[0].url}`));
  });

  it('uses the labels it is given (Indonesian)', () => {
    const id = explain({ code: '451', enhanced: null }, 'id');
    const text = explanationText(id, { ...labels, description: 'Deskripsi', howToFix: 'Cara memperbaiki' });
    assert.ok(text.includes('\n\nDeskripsi\n') && text.includes('\n\nCara memperbaiki\n'));
  });
});
