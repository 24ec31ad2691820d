// "SMTP: Trace message" and "SMTP: Show only this message": the message under the cursor (a queue id, a
// Message-ID or an address), the one a code action names, or one typed in an input box, traced by the
// server (smtp/trace). Trace shows the story in the trace panel; Show only opens the message's lines as a
// read-only document with the same colours and hovers.
import * as vscode from 'vscode';
import type { TraceRequest } from '../../../server/src/protocol';
import type { SmtpContext } from '../context';
import { isServed } from '../languages';
import { TracePanel, type TracePanelSnapshot } from '../trace/tracePanel';
import type { SmtpCommand } from './index';

export interface TraceTarget {
  document: vscode.TextDocument;
  result: TraceRequest.Result;
}

type Key = NonNullable<TraceRequest.Params['key']>;

/** A code action's argument {uri, key, line}, checked (a command can be run with anything). */
function argsOf(arg: unknown): { uri: string; key: Key } | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const a = arg as Record<string, unknown>;
  const key = a.key as Record<string, unknown> | undefined;
  if (typeof a.uri !== 'string' || typeof key !== 'object' || key === null || typeof key.value !== 'string' || key.value.length > 512) return undefined;
  if (key.kind !== 'queue-id' && key.kind !== 'message-id' && key.kind !== 'address') return undefined;
  return { uri: a.uri, key: { kind: key.kind, value: key.value } };
}

/** The name a person knows a document by. */
export function nameOf(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

/**
 * What to trace. Argument: a code action's {uri, key, line}, or a string (a key typed elsewhere); without one,
 * the key under the cursor of the active SMTP editor, else one typed in an input box. Undefined when the
 * person cancelled or nothing matched (the person is told).
 */
export async function chooseTrace(ctx: SmtpContext, arg: unknown): Promise<TraceTarget | undefined> {
  const given = argsOf(arg);
  const editor = vscode.window.activeTextEditor;
  const document = given ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === given.uri) : editor?.document;
  if (!document || !isServed(document)) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a mail log and put the cursor on a queue id, an address or a Message-ID to trace a message.'));
    return undefined;
  }
  const ask = async (query?: string): Promise<TraceTarget | undefined> => {
    const typed =
      query ??
      (await vscode.window.showInputBox({
        title: vscode.l10n.t('Trace message'),
        prompt: vscode.l10n.t('A queue id, an address or a Message-ID in {0}', nameOf(document.uri)),
        placeHolder: '4B1C2D3E4F, alice@example.com, <id@example.com>',
        ignoreFocusOut: true,
      }));
    if (typed === undefined || typed.trim() === '') return undefined;
    const result = await ctx.trace(document, { query: typed.trim() });
    if (!result) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No message with {0} in {1}.', typed.trim(), nameOf(document.uri)));
      return undefined;
    }
    return { document, result };
  };
  if (given) {
    const result = await ctx.trace(document, { key: given.key });
    return result ? { document, result } : ask(given.key.value);
  }
  if (typeof arg === 'string') return ask(arg);
  if (editor && editor.document === document) {
    const result = await ctx.trace(document, { position: editor.selection.active });
    if (result) return { document, result };
  }
  return ask();
}

/** Argument: a code action's {uri, key, line}, a typed key, or none. Resolves to what the panel shows. */
export const traceMessageCommand: SmtpCommand = {
  id: 'smtp.traceMessage',
  async run(ctx: SmtpContext, arg?: unknown): Promise<TracePanelSnapshot | undefined> {
    try {
      const target = await chooseTrace(ctx, arg);
      if (!target) return undefined;
      return TracePanel.show(ctx, target.document, target.result).snapshot();
    } catch (err) {
      ctx.output.warn(`trace failed: ${err instanceof Error ? err.message : String(err)}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not trace the message: {0}', err instanceof Error ? err.message : String(err)));
      return undefined;
    }
  },
};
