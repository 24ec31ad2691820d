// The extension's entry points. Everything it owns lives in SmtpContext; see context.ts.
import * as vscode from 'vscode';
import { createApi, type SmtpCodesApi } from './api';
import { registerCommands } from './commands/index';
import { ComparePanel, ComparePanelSerializer } from './compare/comparePanel';
import { SmtpContext } from './context';
import { SummaryPanel, SummaryPanelSerializer } from './summary/summaryPanel';

let ctx: SmtpContext | undefined;

export function activate(extension: vscode.ExtensionContext): SmtpCodesApi {
  ctx = new SmtpContext(extension);
  extension.subscriptions.push(
    ...registerCommands(ctx),
    vscode.window.registerWebviewPanelSerializer(ComparePanel.viewType, new ComparePanelSerializer(ctx)),
    vscode.window.registerWebviewPanelSerializer(SummaryPanel.viewType, new SummaryPanelSerializer(ctx)),
  );
  ctx.startIfNeeded();
  return createApi(ctx);
}

export async function deactivate(): Promise<void> {
  const current = ctx;
  ctx = undefined;
  await current?.dispose();
}
