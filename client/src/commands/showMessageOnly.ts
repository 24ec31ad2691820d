// "SMTP: Show only this message": the lines of one message in a read-only document of their own.
import * as vscode from 'vscode';
import type { MessageStory } from '../../../server/src/core/trace';
import type { SmtpContext } from '../context';
import type { SmtpCommand } from './index';
import { chooseTrace } from './traceMessage';

/** Opens the lines of a story, read from its log, as `<queue id>.maillog` beside the log. */
export async function showMessageOnly(ctx: SmtpContext, document: vscode.TextDocument, story: MessageStory): Promise<vscode.TextEditor> {
  const lines = story.lines.filter((l) => l < document.lineCount).map((l) => document.lineAt(l).text);
  const name = `${story.queueIds[0] ?? 'message'}.maillog`;
  const uri = ctx.traceDocuments.create(name, lines.join('\n') + '\n');
  const shown = await vscode.workspace.openTextDocument(uri);
  const doc = shown.languageId === 'smtp-log' ? shown : await vscode.languages.setTextDocumentLanguage(shown, 'smtp-log');
  return vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
}

/** Argument: as smtp.traceMessage. Resolves to the virtual document's URI, or undefined. */
export const showMessageOnlyCommand: SmtpCommand = {
  id: 'smtp.showMessageOnly',
  async run(ctx: SmtpContext, arg?: unknown): Promise<string | undefined> {
    try {
      const target = await chooseTrace(ctx, arg);
      const story = target?.result.stories[0];
      if (!target || !story) return undefined;
      const editor = await showMessageOnly(ctx, target.document, story);
      return editor.document.uri.toString();
    } catch (err) {
      ctx.output.warn(`show only this message failed: ${err instanceof Error ? err.message : String(err)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not trace the message: {0}', err instanceof Error ? err.message : String(err)));
      return undefined;
    }
  },
};
