// Read-only virtual documents of the trace: "Show only this message" (the lines of one message, named
// <queue id>.maillog so VS Code gives it the SMTP Log language, and with it the server's colours, hovers
// and tracing) and the full explanation of a reply opened from the trace panel. The text is kept here,
// per URI, until its document is closed.
import * as vscode from 'vscode';

export const TRACE_SCHEME = 'smtp-trace';

export class TraceDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private counter = 0;

  constructor() {
    this.disposables.push(
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(TRACE_SCHEME, this),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d.uri.scheme === TRACE_SCHEME) this.texts.delete(d.uri.toString());
      }),
    );
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }

  /** A new read-only document with this text; `name` becomes its tab title (a safe file name is made of it). */
  create(name: string, text: string): vscode.Uri {
    const safe = name.replace(/[^\w.@+-]+/g, '_').slice(0, 120) || 'message';
    const uri = vscode.Uri.from({ scheme: TRACE_SCHEME, path: `/${++this.counter}/${safe}` });
    this.texts.set(uri.toString(), text);
    return uri;
  }

  /** The open virtual documents' texts (tests). */
  get size(): number {
    return this.texts.size;
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
    this.texts.clear();
  }
}
