// Hovers through VS Code's own hover command, as the editor asks for them: on a basic code, on an enhanced
// code, on a provider's own code (Gmail 5.7.26), and nothing on a PID that happens to read 451.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, expected, hoverTexts, indonesian, openFixture, poll, positionOf, smtpApi } from './helpers';

/** A hover comes in well under a second once the server has read the file; this is the deadline. */
const HOVER_WAIT_MS = 10_000;

/** Markdown as a person reads it: backslash escapes removed. */
function unescapeMarkdown(markdown: string): string {
  return markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>&~:])/g, '$1');
}

describe('hover', () => {
  let doc: vscode.TextDocument;

  before(async () => {
    await smtpApi();
    doc = (await openFixture('mail.log')).document;
  });
  after(closeAllEditors);

  /** The server may still be reading the file: retry until a hover comes, with a deadline. */
  function hoverAt(position: vscode.Position): Promise<string> {
    return poll(`a hover at ${position.line}:${position.character}`, async () => {
      const texts = await hoverTexts(doc.uri, position);
      return texts.length > 0 ? texts.join('\n---\n') : undefined;
    }, HOVER_WAIT_MS);
  }

  it('on a basic code (550 of a bounce): the code, its class, the reply text from the log and the RFC', async () => {
    const text = await hoverAt(positionOf(doc, 6, 'said: 550', '550'));
    assert.match(text, /^### SMTP 550 · 5\.1\.1 · \S/, 'headline: both codes of the reply and a title');
    assert.ok(text.includes(expected.hoverHeading), `a "${expected.hoverHeading}" section`);
    assert.ok(text.includes(expected.replyText), 'quotes the reply');
    assert.ok(unescapeMarkdown(text).includes('<dave@example.net>: Recipient address rejected: User unknown'), 'the reply text as it stands in the log');
    assert.ok(!/(^|[^\\])<dave@/.test(text), 'the "<" from the log is escaped, so it never becomes HTML');
    assert.match(text, /https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d+/, 'a reference to an RFC');
  });

  it('on an enhanced code (4.7.1 after 451): the enhanced code explained first', async () => {
    const text = await hoverAt(positionOf(doc, 5, 'said: 451 4.7.1', '4.7.1'));
    assert.match(text, /^### SMTP 451 · 4\.7\.1 · \S/);
    const enhancedAt = text.indexOf(`**${expected.enhancedHeading} 4.7.1:**`);
    assert.ok(enhancedAt > 0, `an "${expected.enhancedHeading} 4.7.1" line`);
    const categoryAt = text.indexOf('(451):**');
    assert.ok(categoryAt > enhancedAt, 'the enhanced part comes before the basic code\'s category when hovering 4.7.1');
  });

  it('on the basic code of the same reply: the same explanation, basic part first', async () => {
    const text = await hoverAt(positionOf(doc, 5, 'said: 451 4.7.1', '451'));
    assert.match(text, /^### SMTP 451 · 4\.7\.1 · \S/);
    const enhancedAt = text.indexOf(`**${expected.enhancedHeading} 4.7.1:**`);
    const categoryAt = text.indexOf('(451):**');
    assert.ok(categoryAt > 0 && enhancedAt > categoryAt, 'category of 451 first, then the enhanced code');
  });

  it('on a Gmail bounce (550 5.7.26 from google.com): the provider\'s own usage beside the standard meaning', async () => {
    const text = await hoverAt(positionOf(doc, 7, 'said: 550 5.7.26', '5.7.26'));
    assert.match(text, /^### SMTP 550 · 5\.7\.26 · \S/);
    assert.ok(text.includes('Gmail'), 'names the provider');
    assert.ok(text.includes('https://support.google.com/'), 'links the provider\'s page');
  });

  it('on a PID that reads 451 (postfix/smtp[451]): no hover', async () => {
    // Positive control on the same line first, so "no hover" cannot mean "server not ready".
    await hoverAt(positionOf(doc, 5, 'said: 451', '451'));
    const pid = positionOf(doc, 5, 'smtp[451]', '451');
    assert.deepEqual(await hoverTexts(doc.uri, pid), []);
    const port = positionOf(doc, 5, ']:25', '25');
    assert.deepEqual(await hoverTexts(doc.uri, port), [], 'nor on a port');
  });

  it(`is in ${indonesian ? 'Indonesian' : 'English'}, the display language`, async () => {
    const text = await hoverAt(positionOf(doc, 6, 'said: 550', '550'));
    const other = indonesian ? 'Description' : 'Deskripsi';
    assert.ok(!text.includes(`**${other}**`), `no "${other}" heading`);
    assert.ok(text.includes(`**${expected.hoverHeading}**`));
  });
});

describe('hover in the other fixtures', () => {
  before(() => smtpApi());
  after(closeAllEditors);

  const cases: Array<[file: string, line: number, context: string, code: string, headline: RegExp]> = [
    ['maillog', 3, 'dsn=5.1.1', '5.1.1', /^### SMTP 5\.1\.1 · \S/],
    ['mainlog', 2, '>: 451', '451', /^### SMTP 451 · 4\.7\.1 · \S/],
    ['session.smtp', 13, 'S: 450', '450', /^### SMTP 450 · 4\.2\.0 · \S/],
    ['session.smtp', 0, 'S: 220', '220', /^### SMTP 220 · \S/],
    ['app.log', 2, 'said: 535', '535', /^### SMTP 535 · 5\.7\.8 · \S/],
  ];
  for (const [file, line, context, code, headline] of cases) {
    it(`${file}: ${code} on line ${line + 1}`, async () => {
      const { document } = await openFixture(file);
      const text = await poll(`a hover on ${code}`, async () => (await hoverTexts(document.uri, positionOf(document, line, context, code)))[0], HOVER_WAIT_MS);
      assert.match(text, headline);
    });
  }

  it('session.smtp: no hover on a code inside the message body', async () => {
    const { document } = await openFixture('session.smtp');
    await poll('the transcript to be read', async () => (await hoverTexts(document.uri, positionOf(document, 11, 'S: 550', '550'))).length > 0, HOVER_WAIT_MS);
    assert.deepEqual(await hoverTexts(document.uri, positionOf(document, 18, 'mentions 451', '451')), []);
  });

  it('notes.txt: no hover while plain text is not served', async () => {
    const { document } = await openFixture('notes.txt');
    assert.deepEqual(await hoverTexts(document.uri, positionOf(document, 2, 'said: 550', '550')), []);
  });

  it('an untitled transcript pasted by hand is served too', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'smtp-transcript', content: '220 mx.example.net ESMTP\nRCPT TO:<x@example.net>\n553 5.1.3 Bad recipient address syntax\n' });
    await vscode.window.showTextDocument(doc);
    const text = await poll('a hover on 553', async () => (await hoverTexts(doc.uri, new vscode.Position(2, 1)))[0], HOVER_WAIT_MS);
    assert.match(text, /^### SMTP 553 · 5\.1\.3 · \S/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
