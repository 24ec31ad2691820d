// "Summarize mail log": the active SMTP document, a file from the explorer's context menu, or a log picked
// in an open dialog, summarized by the server and shown in the summary panel. A saved file is read from disk
// by the server (VS Code hands no document over 50 MB to extensions, and never a .gz), with a progress
// notification that can be cancelled; an unsaved or virtual document is summarized as the editor holds it.
import * as vscode from 'vscode';
import type { Summary } from '../../../server/src/core/summary';
import type { SmtpContext } from '../context';
import { isServed } from '../languages';
import { summaryView } from '../summary/messages';
import { SummaryPanel, type SummaryPanelSnapshot, type SummaryTarget } from '../summary/summaryPanel';
import type { SmtpCommand } from './index';

/** The name a person knows the log by: the file name, or an untitled editor's title. */
function nameOf(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

/**
 * A file read from disk when it is saved there and the server may read it (inside a workspace folder, or
 * picked in the open dialog); the document as the editor holds it otherwise (the server has its text).
 */
function targetOfDocument(ctx: SmtpContext, document: vscode.TextDocument): SummaryTarget {
  const readable = vscode.workspace.getWorkspaceFolder(document.uri) !== undefined || ctx.pickedFiles.has(document.uri.fsPath);
  return document.uri.scheme === 'file' && !document.isDirty && readable ? { kind: 'file', uri: document.uri } : { kind: 'document', uri: document.uri };
}

/**
 * What to summarize. Argument: a Uri (the explorer's context menu, the panel's "Summarize again"); without
 * one, the active SMTP document, else a file picked in an open dialog. Undefined when the person cancelled
 * or the Uri cannot be read.
 */
async function chooseTarget(ctx: SmtpContext, arg: unknown): Promise<SummaryTarget | undefined> {
  if (arg instanceof vscode.Uri) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === arg.toString());
    // The server holds only the documents it reads; any other is read from disk, when it is on disk (the
    // server refuses, with a message, a file outside the workspace folders that was not picked below).
    if (open && isServed(open)) return targetOfDocument(ctx, open);
    if (arg.scheme === 'file') return { kind: 'file', uri: arg };
    if (open) notServed(open);
    else void vscode.window.showErrorMessage(vscode.l10n.t('Only files on disk and open editors can be summarized: {0}', nameOf(arg)));
    return undefined;
  }
  const active = vscode.window.activeTextEditor?.document;
  if (active && isServed(active)) return targetOfDocument(ctx, active);
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Pick a mail log to summarize'),
    openLabel: vscode.l10n.t('Summarize'),
    canSelectMany: false,
    canSelectFiles: true,
    canSelectFolders: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  if (!picked?.[0]) return undefined;
  // Picked by the person: the server may read it wherever it is (smtp/summarizeFile's pickedByUser).
  if (picked[0].scheme === 'file') ctx.pickedFiles.add(picked[0].fsPath);
  return chooseTarget(ctx, picked[0]);
}

/** An unsaved or virtual editor in a language the server does not read: say so, and where to change it. */
function notServed(document: vscode.TextDocument): void {
  const settings = vscode.l10n.t('Open settings');
  const message = vscode.l10n.t(
    '{0} is not read as a mail log: its language is {1}. Set the editor\'s language to SMTP Log, or add {1} to the setting smtp.languages.',
    nameOf(document.uri),
    document.languageId,
  );
  void vscode.window.showWarningMessage(message, settings).then((pick) => {
    if (pick === settings) void vscode.commands.executeCommand('workbench.action.openSettings', 'smtp.languages');
  });
}

function isCancellation(err: unknown): boolean {
  if (err instanceof vscode.CancellationError) return true;
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === -32800;
}

/** The server's message without the request's name in front ("smtp/summarizeFile: /x: no such file"). */
function reason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/^smtp\/\w+: /, '');
}

/** Asks the server, under a cancellable progress notification. Undefined when cancelled. */
async function summarize(ctx: SmtpContext, target: SummaryTarget, name: string): Promise<Summary | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Summarizing {0}', name), cancellable: true },
    async (progress, token) => {
      let shown = 0;
      const onReport = (report: { percentage?: number; message?: string }) => {
        const percentage = typeof report.percentage === 'number' ? Math.min(100, Math.max(0, report.percentage)) : shown;
        progress.report({ increment: percentage - shown, message: report.message });
        shown = Math.max(shown, percentage);
      };
      try {
        return target.kind === 'file' ? await ctx.summarizeFile(target.uri.fsPath, onReport, token) : await ctx.summarizeDocument(target.uri, token);
      } catch (err) {
        if (token.isCancellationRequested || isCancellation(err)) return undefined;
        throw err;
      }
    },
  );
}

/**
 * Argument: (uri?). Resolves to what the panel shows, or undefined when the person cancelled (the picker or
 * the progress notification) or the summary failed (the person is told why).
 */
export const summarizeCommand: SmtpCommand = {
  id: 'smtp.summarize',
  async run(ctx: SmtpContext, arg?: unknown): Promise<SummaryPanelSnapshot | undefined> {
    const target = await chooseTarget(ctx, arg);
    if (!target) return undefined;
    const name = nameOf(target.uri);
    let summary: Summary | undefined;
    try {
      summary = await summarize(ctx, target, name);
    } catch (err) {
      ctx.output.warn(`summary of ${target.uri.toString()} failed: ${err instanceof Error ? err.message : String(err)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not summarize {0}: {1}', name, reason(err)));
      return undefined;
    }
    if (!summary) return undefined;
    return SummaryPanel.show(ctx, summaryView(summary, name, true), target).snapshot();
  },
};
