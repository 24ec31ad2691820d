// "Copy explanation": run by the server's code action with the explanation's Markdown as its argument.
import * as vscode from 'vscode';
import type { SmtpCommand } from './index';

/** More than any explanation is long; a bigger argument is not ours. */
const MAX_TEXT = 100_000;

export const copyExplanationCommand: SmtpCommand = {
  id: 'smtp.copyExplanation',
  async run(ctx, text) {
    if (typeof text !== 'string' || text.length === 0 || text.length > MAX_TEXT) {
      ctx.output.warn('smtp.copyExplanation needs the explanation text as its argument.');
      return false;
    }
    await vscode.env.clipboard.writeText(text);
    vscode.window.setStatusBarMessage(vscode.l10n.t('SMTP code explanation copied to the clipboard.'), 3000);
    return true;
  },
};
