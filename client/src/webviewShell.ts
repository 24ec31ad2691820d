// The one shell both webview panels (compare, summary) stand on: the panel options, the HTML page with its
// Content Security Policy, and the message plumbing (the webview's "ready", guarded receiving, posting). A
// CSP change is made here once, for both. The panels keep only what is theirs: the model and its messages.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { Locale } from '../../server/src/core/types';
import type { SmtpContext } from './context';

/** A panel's script and stylesheet in dist/webview: `<name>.js` and `<name>.css`. */
export type WebviewName = 'compare' | 'summary' | 'trace';

/** Scripts on, find widget on, and resources only from the built webview folder and the icons. */
export function panelOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

/**
 * The page of a panel: base.css, then the panel's own sheet, an empty <main> that the script fills, and the
 * script, which runs only with this render's nonce (fresh from crypto.randomBytes every time). The CSP allows
 * nothing else: no inline style or script, no fonts, no connections, images only from the extension.
 */
export function shellHtml(webview: vscode.Webview, extensionUri: vscode.Uri, locale: Locale, name: WebviewName): string {
  const nonce = randomBytes(16).toString('base64');
  const asset = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', file)).toString();
  const csp = ["default-src 'none'", `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`, `img-src ${webview.cspSource}`].join('; ');
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('base.css')}">
<link rel="stylesheet" href="${asset(`${name}.css`)}">
</head>
<body>
<main id="app" aria-busy="true"></main>
<script nonce="${nonce}" src="${asset(`${name}.js`)}"></script>
</body>
</html>`;
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export interface WebviewHostOptions<From> {
  name: WebviewName;
  /** What the webview may send; anything else is logged and ignored. */
  accepts: (message: unknown) => message is From;
  /** A checked message. On "ready" the host has already marked the webview ready to receive. */
  handle: (message: From) => Promise<void>;
  /** The panel was closed. */
  onDispose: () => void;
}

/**
 * A panel's webview: sets its page, tracks whether its script listens (it says "ready" on every load, and a
 * hidden webview loses its document), checks each message before the panel sees it, and logs what fails.
 */
export class WebviewHost<To, From extends { type: string }> implements vscode.Disposable {
  private ready = false;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly ctx: SmtpContext,
    private readonly options: WebviewHostOptions<From>,
  ) {
    panel.iconPath = vscode.Uri.joinPath(ctx.extensionUri, 'media', 'icon.png');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(() => {
        if (!panel.visible) this.ready = false;
      }),
      // A handler that fails (opening a link, the clipboard) is logged, never an unhandled rejection.
      panel.webview.onDidReceiveMessage((message: unknown) => {
        this.receive(message).catch((err: unknown) => this.ctx.output.warn(`The ${options.name} panel could not handle a message: ${errorText(err)}`));
      }),
    );
    panel.webview.html = shellHtml(panel.webview, ctx.extensionUri, ctx.locale, options.name);
  }

  /** True once the script has said "ready" (and the panel has not been hidden since). */
  get webviewReady(): boolean {
    return this.ready;
  }

  /** A message from the webview, or from a test through the API. False when it was refused. */
  async receive(message: unknown): Promise<boolean> {
    if (!this.options.accepts(message)) {
      this.ctx.output.warn(`The ${this.options.name} panel ignored a malformed message.`);
      return false;
    }
    if (message.type === 'ready') this.ready = true;
    await this.options.handle(message);
    return true;
  }

  /** Sends when the script listens; before "ready" nothing does, and the panel sends its state on "ready". */
  post(message: To): void {
    if (!this.ready) return;
    try {
      this.panel.webview.postMessage(message).then(undefined, (err: unknown) => this.ctx.output.warn(`The ${this.options.name} panel could not post: ${errorText(err)}`));
    } catch (err) {
      this.ctx.output.warn(`The ${this.options.name} panel could not post: ${errorText(err)}`);
    }
  }

  dispose(): void {
    const first = this.disposables.length > 0;
    for (const d of this.disposables.splice(0)) d.dispose();
    if (first) this.options.onDispose();
  }
}
