// The cursor on a code, as the server's scanner sees it (smtp/replyAt): the `smtp.cursorOnCode` context key
// that shows "Compare SMTP codes" in the editor's context menu, and the compare command's first code. A PID
// that reads 451 (`postfix/smtp[451]`) is no code: no menu entry there, and compare asks for both codes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, indonesian, openFixture, poll, positionOf, smtpApi, waitForDiagnosticCount, type SmtpCodesApi } from './helpers';

/** The picker's question for the second code, in the display language of this run. */
const compareWith = (code: string) => (indonesian ? `Ketik atau pilih kode untuk dibandingkan dengan ${code}` : `Type or pick the code to compare with ${code}`);

/** The parts of the test API (client/src/api.ts) this suite reads. */
type Api = SmtpCodesApi & {
  cursorOnCode(): boolean;
  codePicker(): { step: number; totalSteps: number; placeholder: string } | undefined;
};

describe('cursor on a code', () => {
  let api: Api;
  let editor: vscode.TextEditor;
  let onCode: vscode.Position;
  let onPid: vscode.Position;

  before(async () => {
    api = (await smtpApi()) as Api;
    await closeAllEditors();
    editor = await openFixture('mail.log');
    await waitForDiagnosticCount(editor.document.uri, 4);
    // Line 6: "postfix/smtp[451]: … said: 451 4.7.1 Greylisted"
    onCode = positionOf(editor.document, 5, 'said: 451', '451');
    onPid = positionOf(editor.document, 5, 'smtp[451]', '451');
  });
  after(closeAllEditors);

  function place(position: vscode.Position): void {
    editor.selection = new vscode.Selection(position, position);
  }

  /** Runs "Compare SMTP codes" as the palette does, reads what its picker asks, and cancels it. */
  async function pickerOfCompare(): Promise<{ step: number; totalSteps: number; placeholder: string }> {
    const run = vscode.commands.executeCommand('smtp.compare');
    const picker = await poll('the code picker of the compare command', () => api.codePicker());
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await run, undefined, 'cancelled: no panel');
    await poll('the picker to close', () => api.codePicker() === undefined);
    return picker;
  }

  it('the context key is set on 451 of "said: 451 4.7.1" and cleared on the PID smtp[451] of the same line', async () => {
    place(onCode);
    await poll('smtp.cursorOnCode on 451', () => api.cursorOnCode());
    place(onPid);
    await poll('smtp.cursorOnCode cleared on the PID', () => !api.cursorOnCode());
    place(onCode);
    await poll('smtp.cursorOnCode on 451 again', () => api.cursorOnCode());
  });

  it('with the cursor on 451, compare asks only for the second code, to compare with "451 4.7.1"', async () => {
    place(onCode);
    await poll('smtp.cursorOnCode on 451', () => api.cursorOnCode());
    const picker = await pickerOfCompare();
    assert.deepEqual([picker.step, picker.totalSteps], [1, 1]);
    assert.equal(picker.placeholder, compareWith('451 4.7.1'));
  });

  it('with the cursor on the PID, compare asks for both codes', async () => {
    place(onPid);
    await poll('smtp.cursorOnCode cleared on the PID', () => !api.cursorOnCode());
    const picker = await pickerOfCompare();
    assert.deepEqual([picker.step, picker.totalSteps], [1, 2]);
    assert.notEqual(picker.placeholder, compareWith('451'), 'the first question is for any code');
  });

  it('the key is cleared in an editor the server does not read', async () => {
    place(onCode);
    await poll('smtp.cursorOnCode on 451', () => api.cursorOnCode());
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'said: 451 4.7.1 Greylisted\n' });
    const plain = await vscode.window.showTextDocument(doc);
    plain.selection = new vscode.Selection(0, 7, 0, 7);
    await poll('smtp.cursorOnCode cleared in plain text', () => !api.cursorOnCode());
  });
});
