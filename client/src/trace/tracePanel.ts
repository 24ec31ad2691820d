// The "Message trace" panel: one webview, reused; its model comes from the server (smtp/trace), so the panel,
// the hover and `smtp-codes trace` tell the same story. The webview script (client/webview/trace.ts) only
// renders; a click on a step comes back here as the story's and step's index, and the line to show, the
// code to explain and the lines to show alone are taken from the answer this side holds.
import * as vscode from 'vscode';
import type { TraceRequest } from '../../../server/src/protocol';
import { labels as explanationLabels } from '../commands/copyExplanation';
import { nameOf } from '../commands/traceMessage';
import { showMessageOnly } from '../commands/showMessageOnly';
import type { SmtpContext } from '../context';
import { explanationText } from '../explanationText';
import { panelOptions, WebviewHost } from '../webviewShell';
import { isFromWebview, traceView, type FromWebview, type ToWebview, type TraceUiStrings, type TraceView } from './messages';

/** What tests and the API can see of the open panel. */
export interface TracePanelSnapshot {
  title: string;
  view: TraceView;
  source: string;
  webviewReady: boolean;
  visible: boolean;
}

function uiStrings(): TraceUiStrings {
  return {
    heading: vscode.l10n.t('Message trace'),
    recipients: vscode.l10n.t('Recipients'),
    timeline: vscode.l10n.t('Timeline'),
    goToLine: vscode.l10n.t('Go to line {0}', '{0}'),
    explain: vscode.l10n.t('Full explanation of {0}', '{0}'),
    showOnly: vscode.l10n.t('Show only this message'),
    more: vscode.l10n.t('{0} more not shown', '{0}'),
    lines: vscode.l10n.t('{0} lines', '{0}'),
    noRecipients: vscode.l10n.t('No recipient in these lines.'),
  };
}

export function panelTitle(key: string): string {
  return vscode.l10n.t('Trace: {0}', key);
}

export class TracePanel {
  static readonly viewType = 'smtp.trace';
  private static current: TracePanel | undefined;

  private readonly host: WebviewHost<ToWebview, FromWebview>;
  private document!: vscode.TextDocument;
  private result!: TraceRequest.Result;
  private view!: TraceView;

  /** Shows a trace in the panel, opening it beside the log when none is open. */
  static show(ctx: SmtpContext, document: vscode.TextDocument, result: TraceRequest.Result): TracePanel {
    let panel = TracePanel.current;
    if (panel) panel.host.panel.reveal(undefined, false);
    else {
      const webviewPanel = vscode.window.createWebviewPanel(TracePanel.viewType, panelTitle(result.key.value), vscode.ViewColumn.Beside, panelOptions(ctx.extensionUri));
      panel = new TracePanel(webviewPanel, ctx);
    }
    panel.setTrace(document, result);
    return panel;
  }

  static get currentPanel(): TracePanel | undefined {
    return TracePanel.current;
  }

  private constructor(
    panel: vscode.WebviewPanel,
    private readonly ctx: SmtpContext,
  ) {
    TracePanel.current = this;
    this.host = new WebviewHost(panel, ctx, { name: 'trace', accepts: isFromWebview, handle: (m) => this.handle(m), onDispose: () => this.dispose() });
  }

  private setTrace(document: vscode.TextDocument, result: TraceRequest.Result): void {
    this.document = document;
    this.result = result;
    const key = result.key.kind === 'message-id' ? `<${result.key.value}>` : result.key.value;
    this.view = traceView(nameOf(document.uri), key, result.stories, result.words, result.more);
    this.host.panel.title = panelTitle(key);
    this.host.post({ type: 'trace', view: this.view });
  }

  /** A message from the webview, or from a test through the API. Anything unexpected is ignored (false). */
  receive(message: unknown): Promise<boolean> {
    return this.host.receive(message);
  }

  private async handle(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.host.post({ type: 'init', strings: uiStrings(), locale: this.ctx.locale });
        this.host.post({ type: 'trace', view: this.view });
        return;
      case 'reveal': {
        const step = this.result.stories[message.story]?.steps[message.step];
        if (step) await this.reveal(step.line);
        return;
      }
      case 'explain': {
        const step = this.result.stories[message.story]?.steps[message.step];
        if (step && (step.code !== null || step.enhanced !== null)) await this.explain([step.code, step.enhanced].filter((c) => c !== null).join(' '), step.text);
        return;
      }
      case 'showOnly': {
        const story = this.result.stories[message.story];
        if (story) await showMessageOnly(this.ctx, this.document, story);
        return;
      }
    }
  }

  /** Shows the log at a 0-based line, selected, in the editor it is open in (or beside the panel). */
  private async reveal(line: number): Promise<void> {
    const selection = new vscode.Range(line, 0, line, this.document.lineAt(Math.min(line, this.document.lineCount - 1)).text.length);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === this.document);
    const viewColumn = visible?.viewColumn ?? (this.host.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    try {
      const editor = await vscode.window.showTextDocument(this.document, { selection, viewColumn, preview: false });
      editor.revealRange(selection, vscode.TextEditorRevealType.InCenter);
    } catch (err) {
      this.ctx.output.warn(`trace: cannot show line ${line + 1}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** The full explanation of a reply, as a read-only document beside the panel. */
  private async explain(code: string, text: string | null): Promise<void> {
    const explanation = await this.ctx.explain(code, text !== null ? { text: text.slice(0, 600) } : undefined);
    if (!explanation) return;
    const uri = this.ctx.traceDocuments.create(`${code}.txt`, explanationText(explanation, explanationLabels(), { text: text ?? undefined }) + '\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }

  snapshot(): TracePanelSnapshot {
    return { title: this.host.panel.title, view: this.view, source: this.document.uri.toString(), webviewReady: this.host.webviewReady, visible: this.host.panel.visible };
  }

  private dispose(): void {
    if (TracePanel.current === this) TracePanel.current = undefined;
  }
}
