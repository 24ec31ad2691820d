// What activate() returns: a small window into the extension for its tests (and for other extensions).
import * as vscode from 'vscode';
import { currentPicker, type OpenPicker } from './codePicker';
import { ComparePanel, ComparePanelSerializer, type ComparePanelSnapshot } from './compare/comparePanel';
import type { SmtpContext } from './context';
import { SummaryPanel, SummaryPanelSerializer, type SummaryPanelSnapshot } from './summary/summaryPanel';
import { TracePanel, type TracePanelSnapshot } from './trace/tracePanel';

export interface SmtpCodesApi {
  /** Resolves when the language server runs (starting it if no SMTP document is open yet). */
  languageServerReady(): Promise<void>;
  /** The open compare panel: its codes, title and model; undefined when none is open. */
  comparePanel(): ComparePanelSnapshot | undefined;
  /**
   * Hands a message to the compare panel as if its webview had sent it. Resolves to false when no panel is
   * open or the message was rejected by the panel's checks.
   */
  sendToComparePanel(message: unknown): Promise<boolean>;
  /** The open summary panel: its title, the summary it shows and the log it came from; undefined when none is open. */
  summaryPanel(): SummaryPanelSnapshot | undefined;
  /** Hands a message to the summary panel as if its webview had sent it (false: no panel, or rejected). */
  sendToSummaryPanel(message: unknown): Promise<boolean>;
  /** The open trace panel: the key it follows, its log and its view; undefined when none is open. */
  tracePanel(): TracePanelSnapshot | undefined;
  /** Hands a message to the trace panel as if its webview had sent it (false: no panel, or rejected). */
  sendToTracePanel(message: unknown): Promise<boolean>;
  /** The value of the `smtp.cursorOnCode` context key, which shows "Compare SMTP codes" in the editor's context menu. */
  cursorOnCode(): boolean;
  /** The compare command's open code picker: which step of how many; undefined when none is open. */
  codePicker(): OpenPicker | undefined;
  /**
   * Restores a panel the way VS Code does after a window reload: a new webview panel handed to the
   * panel's serializer with the state its webview had saved (compare: {a, b}; summary: {view, key}).
   */
  restorePanel(kind: 'compare' | 'summary', state: unknown): Promise<void>;
}

export function createApi(ctx: SmtpContext): SmtpCodesApi {
  return {
    languageServerReady: async () => {
      await ctx.ensureStarted();
    },
    comparePanel: () => ComparePanel.currentPanel?.snapshot(),
    sendToComparePanel: async (message) => (await ComparePanel.currentPanel?.receive(message)) ?? false,
    summaryPanel: () => SummaryPanel.currentPanel?.snapshot(),
    sendToSummaryPanel: async (message) => (await SummaryPanel.currentPanel?.receive(message)) ?? false,
    tracePanel: () => TracePanel.currentPanel?.snapshot(),
    sendToTracePanel: async (message) => (await TracePanel.currentPanel?.receive(message)) ?? false,
    cursorOnCode: () => ctx.cursorOnCode.onCode,
    codePicker: currentPicker,
    restorePanel: async (kind, state) => {
      const viewType = kind === 'summary' ? SummaryPanel.viewType : ComparePanel.viewType;
      const panel = vscode.window.createWebviewPanel(viewType, '', vscode.ViewColumn.Active, {});
      const serializer = kind === 'summary' ? new SummaryPanelSerializer(ctx) : new ComparePanelSerializer(ctx);
      await serializer.deserializeWebviewPanel(panel, state);
    },
  };
}
