// Smoke: the extension activates when a mail log is opened, its language server starts, and the display
// language is the one this run was started in.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, expectedLocale, openFixture, poll, smtpApi } from './helpers';

describe('activation', () => {
  after(closeAllEditors);

  it('runs in the display language the run asked for', () => {
    assert.equal(vscode.env.language.split('-')[0], expectedLocale);
  });

  it('activates when mail.log is opened and starts the language server', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed in the extension host`);
    await openFixture('mail.log');
    await poll('the extension to activate', () => ext.isActive);
    const api = await smtpApi();
    assert.equal(typeof api.comparePanel, 'function', 'activate() returns the test API');
  });

  it('contributes its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['smtp.compare', 'smtp.restartServer', 'smtp.showOutput']) assert.ok(commands.includes(id), `${id} is registered`);
  });
});
