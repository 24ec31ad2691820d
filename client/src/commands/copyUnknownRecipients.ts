// "Copy all recipients with unknown-user bounces": run by the server's code action on an unknown-user
// refusal with the document's URI, or from the palette on the active editor. The list comes from
// smtp/unknownRecipients when run (never in the code action: it reads the whole document), one address a line.
import * as vscode from 'vscode';
import type { SmtpCommand } from './index';

/** Argument: the document's URI as the server knows it (a string), or none for the active editor. Resolves to the addresses copied. */
export const copyUnknownRecipientsCommand: SmtpCommand = {
  id: 'smtp.copyUnknownRecipients',
  async run(ctx, arg) {
    let uri: string | undefined = typeof arg === 'string' && arg.length <= 8192 ? arg : undefined;
    if (uri === undefined) {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a mail log first.'));
        return [];
      }
      uri = await ctx.protocolUri(document.uri);
    }
    let recipients: string[];
    try {
      recipients = await ctx.unknownRecipients(uri);
    } catch (err) {
      ctx.output.warn(`copy unknown-user recipients: ${err instanceof Error ? err.message : String(err)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not collect the recipients with unknown-user bounces.'));
      return [];
    }
    if (recipients.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No unknown-user bounce in this file names a recipient.'));
      return [];
    }
    await vscode.env.clipboard.writeText(recipients.join('\n') + '\n');
    vscode.window.setStatusBarMessage(vscode.l10n.t('Recipients with unknown-user bounces copied to the clipboard: {0}.', recipients.length), 4000);
    return recipients;
  },
};
