// "Restart SMTP language server": the server goes away and comes back, and the problems of the open log are
// published again by the new one.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, hoverTexts, openFixture, poll, positionOf, smtpApi, smtpDiagnostics, waitForDiagnosticCount } from './helpers';

describe('restart command', () => {
  before(() => smtpApi());
  after(closeAllEditors);

  it('restarts the server; the problems are published again and hovers work', async () => {
    const { document } = await openFixture('mail.log');
    await waitForDiagnosticCount(document.uri, 4);

    const counts: number[] = [];
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === document.uri.toString())) counts.push(smtpDiagnostics(document.uri).length);
    });
    try {
      const ok = await vscode.commands.executeCommand<boolean>('smtp.restartServer');
      assert.equal(ok, true, 'the command reports success');
      // The old client clears its problems when it stops; the new server publishes them again.
      await poll('the problems to be cleared and published again', () => counts.includes(0) && counts[counts.length - 1] === 4, 30_000, () => counts);
    } finally {
      sub.dispose();
    }
    const hover = await poll('a hover from the new server', async () => (await hoverTexts(document.uri, positionOf(document, 6, 'said: 550', '550')))[0]);
    assert.match(hover, /^### SMTP 550 · 5\.1\.1/);
  });

  it('is offered in the command palette only for SMTP documents (its when clause names our languages)', async () => {
    const ext = vscode.extensions.getExtension('smtp-codes.smtp-codes');
    const menu = (ext?.packageJSON?.contributes?.menus?.commandPalette ?? []) as Array<{ command: string; when?: string }>;
    const when = menu.find((m) => m.command === 'smtp.restartServer')?.when ?? '';
    assert.ok(when.includes('smtp-log') && when.includes('smtp-transcript'), when);
  });
});
