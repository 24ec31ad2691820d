// Each fixture opens in the language a person expects: the extension claims mail logs and transcripts by
// name, leaves other .log files to VS Code's Log language, and never claims plain text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, fixtureUri } from './helpers';

const cases: Array<[file: string, languageId: string]> = [
  ['mail.log', 'smtp-log'], // Postfix
  ['maillog', 'smtp-log'], // Sendmail
  ['mainlog', 'smtp-log'], // Exim
  ['session.smtp', 'smtp-transcript'],
  ['app.log', 'log'], // a plain .log with a few SMTP lines stays VS Code's Log language
  ['notes.txt', 'plaintext'],
];

describe('languages of the fixtures', () => {
  after(closeAllEditors);

  for (const [file, languageId] of cases) {
    it(`${file} opens as ${languageId}`, async () => {
      const doc = await vscode.workspace.openTextDocument(fixtureUri(file));
      assert.equal(doc.languageId, languageId);
    });
  }

  it('an untitled document starting with a 220 greeting is an SMTP transcript', async () => {
    const doc = await vscode.workspace.openTextDocument({ content: '220 mx.example.net ESMTP ready\nEHLO client.example.com\n250 mx.example.net\n' });
    assert.equal(doc.languageId, 'smtp-transcript');
  });
});
