// The "Compare SMTP codes" panel: one webview, reused; its model comes from the server (smtp/compare), so the
// panel, the hover and the CLI never disagree. The webview script (client/webview/compare.ts) only renders.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Comparison } from '../../../server/src/core/types';
import type { SmtpContext } from '../context';
import { normalizeCode } from '../codeQuery';
import { comparisonMarkdown } from './markdown';
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

  private readonly disposables: vscode.Disposable[] = [];
  private codes: ComparePanelState;
  private comparison: Comparison | undefined;
  private error: string | undefined;
  private webviewReady = false;
  /** Increases with each request, so a slow answer never overwrites a newer one. */
  private generation = 0;

  /** Opens the panel on a pair of codes, or shows the pair in the panel already open. */
  static async createOrShow(ctx: SmtpContext, a: string, b: string): Promise<ComparePanel> {
    const existing = ComparePanel.current;
    if (existing) {
      existing.panel.reveal(undefined, false);
      await existing.show(a, b);
      return existing;
    }
    const column = vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(ComparePanel.viewType, panelTitle(a, b), column, ComparePanel.options(ctx.extensionUri));
    const created = new ComparePanel(panel, ctx, { a, b });
    await created.show(a, b);
    return created;
  }

  /** Brings a panel back after a reload, from the state its webview kept. */
  static async revive(panel: vscode.WebviewPanel, ctx: SmtpContext, state: unknown): Promise<void> {
    ComparePanel.current?.panel.dispose();
    panel.webview.options = ComparePanel.options(ctx.extensionUri);
    const a = isPanelState(state) ? normalizeCode(state.a) : undefined;
    const b = isPanelState(state) ? normalizeCode(state.b) : undefined;
    const revived = new ComparePanel(panel, ctx, { a: a ?? '', b: b ?? '' });
    if (a !== undefined && b !== undefined) await revived.show(a, b);
  }

  static get currentPanel(): ComparePanel | undefined {
    return ComparePanel.current;
  }

  private static options(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly ctx: SmtpContext,
    codes: ComparePanelState,
  ) {
    ComparePanel.current = this;
    this.codes = codes;
    if (codes.a && codes.b) panel.title = panelTitle(codes.a, codes.b);
    panel.iconPath = vscode.Uri.joinPath(ctx.extensionUri, 'media', 'icon.png');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      // A hidden webview loses its document; it says "ready" again when shown and gets the state then.
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.webviewReady = false;
      }),
      panel.webview.onDidReceiveMessage((m: unknown) => void this.receive(m)),
    );
    this.render();
  }

  /** The HTML shell: the script builds everything else. A fresh nonce each time it is set. */
  private render(): void {
    const webview = this.panel.webview;
    this.webviewReady = false;
    const nonce = randomBytes(16).toString('base64');
    const asset = (name: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.ctx.extensionUri, 'dist', 'webview', name)).toString();
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
      `img-src ${webview.cspSource}`,
    ].join('; ');
    webview.html = `<!DOCTYPE html>
<html lang="${this.ctx.locale}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('compare.css')}">
</head>
<body>
<main id="app" aria-busy="true"></main>
<script nonce="${nonce}" src="${asset('compare.js')}"></script>
</body>
</html>`;
  }

  /** Asks the server for the comparison of a and b and shows it. */
  async show(a: string, b: string): Promise<void> {
    const generation = ++this.generation;
    this.codes = { a, b };
    this.panel.title = panelTitle(a, b);
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

  /** A message from the webview, or from a test through the API. Anything unexpected is ignored. */
  async receive(message: unknown): Promise<boolean> {
    if (!isFromWebview(message)) {
      this.ctx.output.warn('The compare panel ignored a malformed message.');
      return false;
    }
    await this.handle(message);
    return true;
  }

  private async handle(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.webviewReady = true;
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
        await vscode.env.clipboard.writeText(
          comparisonMarkdown(this.comparison, { sender: uiStrings().sender, receiver: uiStrings().receiver, aspect: uiStrings().aspect }),
        );
        this.post({ type: 'copied' });
        return;
    }
  }

  private post(message: ToWebview): void {
    // Before the script says "ready" nothing listens; it gets the latest state on "ready".
    if (this.webviewReady) void this.panel.webview.postMessage(message);
  }

  snapshot(): ComparePanelSnapshot {
    return {
      a: this.codes.a,
      b: this.codes.b,
      title: this.panel.title,
      comparison: this.comparison,
      error: this.error,
      webviewReady: this.webviewReady,
      visible: this.panel.visible,
    };
  }

  private dispose(): void {
    if (ComparePanel.current === this) ComparePanel.current = undefined;
    this.generation++;
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** Restores the panel after a window reload (the webview's getState/setState carry the two codes). */
export class ComparePanelSerializer implements vscode.WebviewPanelSerializer {
  constructor(private readonly ctx: SmtpContext) {}

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    await ComparePanel.revive(panel, this.ctx, state);
  }
}
