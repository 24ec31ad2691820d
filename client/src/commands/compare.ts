// "Compare SMTP codes": codes from the arguments, the cursor or the picker, then the compare panel.
import * as vscode from 'vscode';
import { normalizeCode } from '../codeQuery';
import { pickCode } from '../codePicker';
import { ComparePanel, type ComparePanelSnapshot } from '../compare/comparePanel';
import type { SmtpContext } from '../context';
import type { SmtpCommand } from './index';

/**
 * Reads one argument: a string is a code (an invalid one is reported and stops the command); anything else
 * (the URI VS Code passes from the editor context menu, undefined) counts as no argument.
 */
function codeArgument(arg: unknown): string | undefined | null {
  if (typeof arg !== 'string') return undefined;
  const code = normalizeCode(arg);
  if (code === undefined) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('"{0}" is not an SMTP code. Use 3 digits (451), an enhanced code (4.7.1), or both (451 4.7.1).', arg.slice(0, 40)),
    );
    return null;
  }
  return code;
}

/** The reply code under the active editor's cursor, as the server's scanner sees it (so never a PID). */
async function codeAtCursor(ctx: SmtpContext): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  return (await ctx.replyAt(editor.document, editor.selection.active, { start: true }))?.label;
}

/**
 * Arguments: (a?, b?). With both, opens the panel directly (code actions and tests call it so); with one,
 * asks for the second; with none, takes the first from the cursor when it sits on a reply code.
 * Resolves to what the panel shows, or undefined when the person cancelled.
 */
export const compareCommand: SmtpCommand = {
  id: 'smtp.compare',
  async run(ctx: SmtpContext, argA?: unknown, argB?: unknown): Promise<ComparePanelSnapshot | undefined> {
    let a = codeArgument(argA);
    let b = codeArgument(argB);
    if (a === null || b === null) return undefined;
    a ??= await codeAtCursor(ctx);
    const title = vscode.l10n.t('Compare SMTP codes');
    const codes = ctx.listCodes();
    const totalSteps = (a === undefined ? 1 : 0) + (b === undefined ? 1 : 0);
    let step = 1;
    if (a === undefined) {
      a = await pickCode(codes, { title, step: step++, totalSteps });
      if (a === undefined) return undefined;
    }
    if (b === undefined) {
      b = await pickCode(codes, { title, step, totalSteps, other: a });
      if (b === undefined) return undefined;
    }
    const panel = await ComparePanel.createOrShow(ctx, a, b);
    return panel.snapshot();
  },
};
