// Code actions on a reply: "Compare … with…" and "Copy explanation of …", and both commands do their job.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, codeIn, expected, openFixture, poll, smtpApi, waitForDiagnosticCount } from './helpers';

function titleOf(a: vscode.Command | vscode.CodeAction): string {
  return a.title;
}

function commandOf(a: vscode.Command | vscode.CodeAction): vscode.Command | undefined {
  return 'command' in a && typeof a.command === 'object' ? a.command : (a as vscode.Command);
}

describe('code actions', () => {
  let doc: vscode.TextDocument;
  let api: Awaited<ReturnType<typeof smtpApi>>;

  before(async () => {
    api = await smtpApi();
    doc = (await openFixture('mail.log')).document;
    await waitForDiagnosticCount(doc.uri, 4);
  });
  after(closeAllEditors);

  async function actionsAt(range: vscode.Range): Promise<Array<vscode.Command | vscode.CodeAction>> {
    return (await vscode.commands.executeCommand<Array<vscode.Command | vscode.CodeAction>>('vscode.executeCodeActionProvider', doc.uri, range)) ?? [];
  }

  it('on 451 4.7.1: compare and copy, named after the reply', async () => {
    const at = codeIn(doc, 5, 'said: 451', '451', 'warning');
    const actions = await poll('code actions on 451', async () => {
      const list = await actionsAt(new vscode.Range(at.line, at.start, at.line, at.end));
      return list.length > 0 ? list : undefined;
    });
    const titles = actions.map(titleOf);
    assert.ok(titles.some((t) => t.startsWith(expected.compareAction('451 4.7.1'))), JSON.stringify(titles));
    assert.ok(titles.includes(expected.copyAction('451 4.7.1')), JSON.stringify(titles));
    const compare = actions.map(commandOf).find((c) => c?.command === 'smtp.compare');
    assert.deepEqual(compare?.arguments, ['451 4.7.1']);
  });

  it('on a line without a reply: none', async () => {
    assert.deepEqual(await actionsAt(new vscode.Range(0, 5, 0, 5)), []);
  });

  it('the compare action\'s argument opens the panel once the second code is given', async () => {
    const at = codeIn(doc, 6, 'said: 550', '550', 'error');
    const actions = await actionsAt(new vscode.Range(at.line, at.start, at.line, at.end));
    const compare = actions.map(commandOf).find((c) => c?.command === 'smtp.compare');
    assert.ok(compare, 'a compare action');
    await vscode.commands.executeCommand('smtp.compare', ...(compare.arguments ?? []), '451');
    const panel = await poll('the compare panel', () => api.comparePanel()?.comparison && api.comparePanel());
    assert.equal(panel.title, '550 5.1.1 vs 451');
    await closeAllEditors();
    doc = (await openFixture('mail.log')).document;
  });

  it('the copy action puts the explanation on the clipboard as plain text, with the reply as the log wrote it', async () => {
    const at = codeIn(doc, 8, ']: 554', '554', 'error');
    const actions = await actionsAt(new vscode.Range(at.line, at.start, at.line, at.end));
    const copy = actions.map(commandOf).find((c) => c?.command === 'smtp.copyExplanation');
    assert.ok(copy, 'a copy action');
    await vscode.env.clipboard.writeText('');
    const ok = await vscode.commands.executeCommand<boolean>(copy.command, ...(copy.arguments ?? []));
    assert.equal(ok, true);
    const text = await vscode.env.clipboard.readText();
    assert.match(text, /^SMTP 554 5\.7\.1 — \S/);
    assert.ok(text.includes('<spam@example.com>: Relay access denied'), `the reply text, unescaped:\n${text}`);
    assert.ok(text.toLowerCase().includes(`\n${expected.headings.howToFix.toLowerCase()}\n`), `a "${expected.headings.howToFix}" section in the display language`);
    assert.ok(!text.includes('\\'), `no Markdown escapes:\n${text.slice(0, 400)}`);
  });

  it('the copy command refuses an argument that is not a reply', async () => {
    for (const bad of ['### some markdown', { code: 'rm -rf' }, { code: '550', enhanced: '5.1.1', text: 7 }, undefined]) {
      assert.equal(await vscode.commands.executeCommand<boolean>('smtp.copyExplanation', bad), false, JSON.stringify(bad));
    }
  });
});
