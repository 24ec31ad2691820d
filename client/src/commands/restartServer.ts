// "Restart SMTP language server".
import * as vscode from 'vscode';
import type { SmtpCommand } from './index';

export const restartServerCommand: SmtpCommand = {
  id: 'smtp.restartServer',
  async run(ctx) {
    try {
      await ctx.restart();
    } catch {
      return false; // the context has told the user and written the reason to the output
    }
    vscode.window.setStatusBarMessage(vscode.l10n.t('SMTP language server restarted.'), 3000);
    return true;
  },
};
