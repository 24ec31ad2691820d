// The "Compare SMTP codes" panel: one webview, reused; its model comes from the server (smtp/compare), so the
// panel, the hover and the CLI never disagree. The webview script (client/webview/compare.ts) only renders.
import * as vscode from 'vscode';
import { comparisonMarkdown } from '../../../server/src/core/compareMarkdown';
import type { Comparison } from '../../../server/src/core/types';
import type { SmtpContext } from '../context';
import { normalizeCode } from '../codeQuery';
import { panelOptions, WebviewHost } from '../webviewShell';
import {
  isFromWebview,
  isPanelState,
  isReferenceUrl,
  type CompareUiStrings,
  type ComparePanelState,
  type FromWebview,
  type ToWebview,
} from './messages';

/** What tests and the API can see of the open panel. */
export interface ComparePanelSnapshot {
  a: string;
  b: string;
  title: string;
  comparison: Comparison | undefined;
  error: string | undefined;
  webviewReady: boolean;
  visible: boolean;
}

function uiStrings(): CompareUiStrings {
  return {
    firstCode: vscode.l10n.t('First code'),
    secondCode: vscode.l10n.t('Second code'),
    compare: vscode.l10n.t('Compare'),
    swap: vscode.l10n.t('Swap'),
    swapLabel: vscode.l10n.t('Swap the two codes'),
    copyMarkdown: vscode.l10n.t('Copy as Markdown'),
    copied: vscode.l10n.t('Comparison copied as Markdown.'),
    invalidCode: vscode.l10n.t('Type a reply code: 3 digits (451), an enhanced code (4.7.1), or both (451 4.7.1).'),
    sender: vscode.l10n.t('Sending side'),
    receiver: vscode.l10n.t('Receiving side'),
    aspect: vscode.l10n.t('Aspect'),
    same: vscode.l10n.t('same'),
    differs: vscode.l10n.t('differs'),
    notes: vscode.l10n.t('Notes on this pair'),
    loading: vscode.l10n.t('Loading…'),
    notRegistered: vscode.l10n.t('No registry lists this code: the text describes its class only.'),
    noReferences: vscode.l10n.t('No references.'),
    openInBrowser: vscode.l10n.t('Opens in your browser'),
  };
}

export function panelTitle(a: string, b: string): string {
  return vscode.l10n.t('{0} vs {1}', a, b);
}

export class ComparePanel {
  static readonly viewType = 'smtp.compare';
  private static current: ComparePanel | undefined;

  private readonly host: WebviewHost<ToWebview, FromWebview>;
  private codes: ComparePanelState;
  private comparison: Comparison | undefined;
  private error: string | undefined;
  /** Increases with each request, so a slow answer never overwrites a newer one. */
  private generation = 0;

  /** Opens the panel on a pair of codes, or shows the pair in the panel already open. */
  static async createOrShow(ctx: SmtpContext, a: string, b: string): Promise<ComparePanel> {
    const existing = ComparePanel.current;
    if (existing) {
      existing.host.panel.reveal(undefined, false);
      await existing.show(a, b);
      return existing;
    }
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(ComparePanel.viewType, panelTitle(a, b), column, panelOptions(ctx.extensionUri));
    const created = new ComparePanel(panel, ctx, { a, b });
    await created.show(a, b);
    return created;
  }

  /** Brings a panel back after a reload, from the state its webview kept. */
  static async revive(panel: vscode.WebviewPanel, ctx: SmtpContext, state: unknown): Promise<void> {
    ComparePanel.current?.host.panel.dispose();
    panel.webview.options = panelOptions(ctx.extensionUri);
    const a = isPanelState(state) ? normalizeCode(state.a) : undefined;
    const b = isPanelState(state) ? normalizeCode(state.b) : undefined;
    const revived = new ComparePanel(panel, ctx, { a: a ?? '', b: b ?? '' });
    if (a !== undefined && b !== undefined) await revived.show(a, b);
  }

  static get currentPanel(): ComparePanel | undefined {
    return ComparePanel.current;
  }

  private constructor(
    panel: vscode.WebviewPanel,
    private readonly ctx: SmtpContext,
    codes: ComparePanelState,
  ) {
    ComparePanel.current = this;
    this.codes = codes;
    if (codes.a && codes.b) panel.title = panelTitle(codes.a, codes.b);
    this.host = new WebviewHost(panel, ctx, { name: 'compare', accepts: isFromWebview, handle: (m) => this.handle(m), onDispose: () => this.dispose() });
  }

  /** Asks the server for the comparison of a and b and shows it. */
  async show(a: string, b: string): Promise<void> {
    const generation = ++this.generation;
    this.codes = { a, b };
    this.host.panel.title = panelTitle(a, b);
    let result: Awaited<ReturnType<SmtpContext['compare']>> | undefined;
    let failure: string | undefined;
    try {
      result = await this.ctx.compare(a, b);
    } catch (err) {
      failure = vscode.l10n.t('The SMTP language server did not answer: {0}', err instanceof Error ? err.message : String(err));
    }
    if (generation !== this.generation) return;
    if (result && 'error' in result) failure = typeof result.error === 'string' ? result.error : vscode.l10n.t('These codes cannot be compared.');
    if (failure !== undefined || !result || 'error' in result) {
      this.error = failure ?? vscode.l10n.t('These codes cannot be compared.');
      this.ctx.output.warn(`compare ${a} / ${b}: ${this.error}`);
      this.post({ type: 'error', a, b, message: this.error });
      return;
    }
    this.error = undefined;
    this.comparison = result;
    this.post({ type: 'comparison', a, b, comparison: result });
  }

  /** A message from the webview, or from a test through the API. Anything unexpected is ignored (false). */
  receive(message: unknown): Promise<boolean> {
    return this.host.receive(message);
  }

  private async handle(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.post({ type: 'init', strings: uiStrings(), a: this.codes.a, b: this.codes.b });
        if (this.comparison && !this.error) this.post({ type: 'comparison', a: this.codes.a, b: this.codes.b, comparison: this.comparison });
        else if (this.error) this.post({ type: 'error', a: this.codes.a, b: this.codes.b, message: this.error });
        return;
      case 'compare': {
        const a = normalizeCode(message.a);
        const b = normalizeCode(message.b);
        if (a === undefined || b === undefined) {
          this.post({ type: 'error', a: message.a, b: message.b, message: uiStrings().invalidCode });
          return;
        }
        await this.show(a, b);
        return;
      }
      case 'openReference':
        if (isReferenceUrl(message.url)) await vscode.env.openExternal(vscode.Uri.parse(message.url, true));
        else this.ctx.output.warn(`The compare panel refused to open a link outside the reference hosts: ${message.url.slice(0, 200)}`);
        return;
      case 'copyMarkdown':
        if (!this.comparison) return;
        // The labels come from the core in the comparison's own locale, like its headings.
        await vscode.env.clipboard.writeText(comparisonMarkdown(this.comparison));
        this.post({ type: 'copied' });
        return;
    }
  }

  private post(message: ToWebview): void {
    this.host.post(message);
  }

  snapshot(): ComparePanelSnapshot {
    return {
      a: this.codes.a,
      b: this.codes.b,
      title: this.host.panel.title,
      comparison: this.comparison,
      error: this.error,
      webviewReady: this.host.webviewReady,
      visible: this.host.panel.visible,
    };
  }

  /** The panel was closed: a comparison still on its way is dropped. */
  private dispose(): void {
    if (ComparePanel.current === this) ComparePanel.current = undefined;
    this.generation++;
  }
}

/** Restores the panel after a window reload (the webview's getState/setState carry the two codes). */
export class ComparePanelSerializer implements vscode.WebviewPanelSerializer {
  constructor(private readonly ctx: SmtpContext) {}

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    await ComparePanel.revive(panel, this.ctx, state);
  }
}
