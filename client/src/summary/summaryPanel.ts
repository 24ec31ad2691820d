// The "Mail log summary" panel: one webview, reused; its model comes from the server (smtp/summary for an
// open document, smtp/summarizeFile for a file read from disk), so the panel and `smtp-codes summary` never
// disagree. The webview script (client/webview/summary.ts) only renders; a click on a row comes back here
// as the row's table and index, and the line to show is taken from the summary this side holds. The log a
// summary came from is kept on this side too (and in workspaceState for a reload): the webview only ever
// holds a key to it, never a path.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import type { SmtpContext } from '../context';
import { panelOptions, WebviewHost } from '../webviewShell';
import {
  isFromWebview,
  isPanelState,
  type FromWebview,
  type ReplyRowView,
  type SummaryUiStrings,
  type SummaryView,
  type ToWebview,
} from './messages';

/** The log a summary was made from: a document open in an editor, or a file read from disk. */
export interface SummaryTarget {
  kind: 'document' | 'file';
  uri: vscode.Uri;
}

/** What tests and the API can see of the open panel. */
export interface SummaryPanelSnapshot {
  title: string;
  view: SummaryView | undefined;
  target: string | undefined;
  /** The key the webview keeps with the view for a reload (null: nothing to reopen after one). */
  key: string | null;
  webviewReady: boolean;
  visible: boolean;
}

/** The placeholder argument that keeps "{0}" in a string for the webview to fill in. */
const P0 = '{0}';
const P1 = '{1}';

function uiStrings(): SummaryUiStrings {
  return {
    heading: vscode.l10n.t('Mail log summary'),
    lines: vscode.l10n.t('{0} lines', P0),
    replies: vscode.l10n.t('{0} SMTP replies', P0),
    timeSpan: vscode.l10n.t('{0} to {1}', P0, P1),
    summarizeAgain: vscode.l10n.t('Summarize again'),
    totals: vscode.l10n.t('Totals'),
    delivered: vscode.l10n.t('Delivered'),
    deliveredNote: vscode.l10n.t('{0} received', P0),
    deferred: vscode.l10n.t('Deferred'),
    deferredNote: vscode.l10n.t('messages, {0} deferral events', P0),
    bounced: vscode.l10n.t('Bounced'),
    bouncedNote: vscode.l10n.t('{0} of delivery attempts', P0),
    expiredNote: vscode.l10n.t('{0} expired in the queue', P0),
    rejected: vscode.l10n.t('Rejected'),
    rejectedNote: vscode.l10n.t('refused on arrival'),
    chartPerHour: vscode.l10n.t('Deferrals and bounces per hour'),
    chartPerDay: vscode.l10n.t('Deferrals and bounces per day'),
    chartSummary: vscode.l10n.t('Bar chart from {0} to {1}: {2} deferrals and {3} bounces in all; the busiest was {4} with {5}.', P0, P1, '{2}', '{3}', '{4}', '{5}'),
    chartEmpty: vscode.l10n.t('No deferrals or bounces with a time stamp in this log.'),
    deferrals: vscode.l10n.t('Deferrals'),
    bounces: vscode.l10n.t('Bounces'),
    hour: vscode.l10n.t('Hour'),
    day: vscode.l10n.t('Day'),
    topTransient: vscode.l10n.t('Top transient replies (4xx)'),
    topPermanent: vscode.l10n.t('Top permanent replies (5xx)'),
    code: vscode.l10n.t('Code'),
    enhanced: vscode.l10n.t('Enhanced code'),
    reply: vscode.l10n.t('Reply text'),
    count: vscode.l10n.t('Count'),
    first: vscode.l10n.t('First seen'),
    last: vscode.l10n.t('Last seen'),
    meaning: vscode.l10n.t('Meaning'),
    goToLine: vscode.l10n.t('Go to line {0}', P0),
    noTransient: vscode.l10n.t('No transient replies in this log.'),
    noPermanent: vscode.l10n.t('No permanent replies in this log.'),
    hosts: vscode.l10n.t('Remote hosts by failures'),
    domains: vscode.l10n.t('Recipient domains by failures'),
    host: vscode.l10n.t('Remote host'),
    domain: vscode.l10n.t('Recipient domain'),
    total: vscode.l10n.t('All failures'),
    noFailures: vscode.l10n.t('No failures to list.'),
    other: vscode.l10n.t('(other)'),
    overflow: vscode.l10n.t('{0} events of rare kinds are counted together as "(other)".', P0),
    loading: vscode.l10n.t('Summarizing…'),
    byReason: vscode.l10n.t('Failures by reason'),
    byReasonSummary: vscode.l10n.t('Bar chart of {0} failures by reason; the most were {1} with {2}.', P0, P1, '{2}'),
    reason: vscode.l10n.t('Reason'),
    rejects: vscode.l10n.t('Rejects'),
    topDomains: vscode.l10n.t('Top recipient domains'),
    topRecipients: vscode.l10n.t('Top recipients'),
    noReasons: vscode.l10n.t('No deferrals, bounces or rejects in this log.'),
  };
}

export function panelTitle(source: string): string {
  return vscode.l10n.t('Summary: {0}', source);
}

/** Where the log of the summary the panel shows is kept across a reload: its key and its file's URI. */
const TARGET_STATE = 'smtp.summaryPanel.target';

interface StoredTarget {
  key: string;
  uri: string;
}

function isStoredTarget(v: unknown): v is StoredTarget {
  return typeof v === 'object' && v !== null && typeof (v as StoredTarget).key === 'string' && typeof (v as StoredTarget).uri === 'string';
}

export class SummaryPanel {
  static readonly viewType = 'smtp.summary';
  private static current: SummaryPanel | undefined;

  private readonly host: WebviewHost<ToWebview, FromWebview>;
  private view: SummaryView | undefined;
  private target: SummaryTarget | undefined;
  /** The key the webview keeps with the view; the target it stands for stays here (TARGET_STATE). */
  private key: string | null = null;

  /** Shows a summary in the panel, opening it when none is open. */
  static show(ctx: SmtpContext, view: SummaryView, target: SummaryTarget): SummaryPanel {
    let panel = SummaryPanel.current;
    if (panel) panel.host.panel.reveal(undefined, false);
    else {
      const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
      const webviewPanel = vscode.window.createWebviewPanel(SummaryPanel.viewType, panelTitle(view.source), column, panelOptions(ctx.extensionUri));
      panel = new SummaryPanel(webviewPanel, ctx);
    }
    panel.setSummary(view, target);
    return panel;
  }

  /**
   * Brings a panel back after a reload, from the view its webview kept. Its rows lead to the log again only
   * when the key the webview kept is the one this side stored with a file: the path is never the webview's.
   */
  static revive(panel: vscode.WebviewPanel, ctx: SmtpContext, state: unknown): void {
    SummaryPanel.current?.host.panel.dispose();
    panel.webview.options = panelOptions(ctx.extensionUri);
    const revived = new SummaryPanel(panel, ctx);
    if (!isPanelState(state)) return;
    const stored = ctx.extension.workspaceState.get<unknown>(TARGET_STATE);
    let target: SummaryTarget | undefined;
    if (state.key !== null && isStoredTarget(stored) && stored.key === state.key) {
      try {
        const uri = vscode.Uri.parse(stored.uri, true);
        // After a reload only a file on disk can still be opened at a line.
        if (uri.scheme === 'file') target = { kind: 'file', uri };
      } catch {
        target = undefined;
      }
    }
    const noLine = (r: ReplyRowView): ReplyRowView => ({ ...r, line: null });
    const view = target ? state.view : { ...state.view, topTransient: state.view.topTransient.map(noLine), topPermanent: state.view.topPermanent.map(noLine) };
    revived.setSummary(view, target);
  }

  static get currentPanel(): SummaryPanel | undefined {
    return SummaryPanel.current;
  }

  private constructor(
    panel: vscode.WebviewPanel,
    private readonly ctx: SmtpContext,
  ) {
    SummaryPanel.current = this;
    this.host = new WebviewHost(panel, ctx, { name: 'summary', accepts: isFromWebview, handle: (m) => this.handle(m), onDispose: () => this.dispose() });
  }

  private setSummary(view: SummaryView, target: SummaryTarget | undefined): void {
    this.view = view;
    this.target = target;
    this.host.panel.title = panelTitle(view.source);
    this.keepTarget(target);
    this.postSummary();
  }

  /** A file target is stored for a reload under a fresh key; anything else clears what was stored. */
  private keepTarget(target: SummaryTarget | undefined): void {
    const stored: StoredTarget | undefined = target?.kind === 'file' ? { key: randomUUID(), uri: target.uri.toString() } : undefined;
    this.key = stored?.key ?? null;
    this.ctx.extension.workspaceState.update(TARGET_STATE, stored).then(undefined, (err: unknown) => {
      this.ctx.output.warn(`summary: the panel's log is not kept for a reload: ${err instanceof Error ? err.message : String(err)}`);
    });
  }

  private postSummary(): void {
    if (this.view) this.post({ type: 'summary', view: this.view, canRefresh: this.target !== undefined, key: this.key });
  }

  /** A message from the webview, or from a test through the API. Anything unexpected is ignored (false). */
  receive(message: unknown): Promise<boolean> {
    return this.host.receive(message);
  }

  private async handle(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.post({ type: 'init', strings: uiStrings(), locale: this.ctx.locale });
        this.postSummary();
        return;
      case 'reveal': {
        const rows = message.table === 'transient' ? this.view?.topTransient : this.view?.topPermanent;
        const row = rows?.[message.index];
        if (!row || row.line === null || !this.target) return;
        await this.reveal(this.target, row.line - 1);
        return;
      }
      case 'refresh':
        if (!this.target) return;
        this.post({ type: 'loading' });
        // A cancelled or failed run leaves the report as it was.
        if ((await vscode.commands.executeCommand('smtp.summarize', this.target.uri)) === undefined) this.postSummary();
        return;
    }
  }

  /** Shows the log at a 0-based line: in its editor when it is open, else the file opened by VS Code (any size). */
  private async reveal(target: SummaryTarget, line: number): Promise<void> {
    const selection = new vscode.Range(line, 0, line, 0);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.uri.toString());
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.uri.toString());
    const viewColumn = visible?.viewColumn ?? (this.host.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
    try {
      if (open) {
        const editor = await vscode.window.showTextDocument(open, { selection, viewColumn, preview: false });
        editor.revealRange(selection, vscode.TextEditorRevealType.InCenter);
      } else if (target.uri.scheme === 'file') {
        await vscode.commands.executeCommand('vscode.open', target.uri, { selection, viewColumn, preview: false });
      } else {
        void vscode.window.showWarningMessage(vscode.l10n.t('Cannot go to line {0}: {1} is no longer open.', line + 1, this.view?.source ?? ''));
      }
    } catch (err) {
      this.ctx.output.warn(`summary: cannot show line ${line + 1} of ${target.uri.toString()}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private post(message: ToWebview): void {
    this.host.post(message);
  }

  snapshot(): SummaryPanelSnapshot {
    return {
      title: this.host.panel.title,
      view: this.view,
      target: this.target?.uri.toString(),
      key: this.key,
      webviewReady: this.host.webviewReady,
      visible: this.host.panel.visible,
    };
  }

  private dispose(): void {
    if (SummaryPanel.current === this) SummaryPanel.current = undefined;
  }
}

/** Restores the panel after a window reload (the webview's getState/setState carry the summary). */
export class SummaryPanelSerializer implements vscode.WebviewPanelSerializer {
  constructor(private readonly ctx: SmtpContext) {}

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    SummaryPanel.revive(panel, this.ctx, state);
  }
}
