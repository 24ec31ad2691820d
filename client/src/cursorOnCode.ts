// The context key `smtp.cursorOnCode`: true while the cursor of an SMTP document sits on a reply code, so the
// editor context menu offers "Compare SMTP codes" only there. The server decides (smtp/replyAt, the hover's
// lookup): a PID `smtpd[451]` or `delay=451` is no code. Only the active editor's document is watched, and
// only while the server reads it; keyboard moves are asked about once the cursor rests.
import * as vscode from 'vscode';
import { isServed } from './languages';

const KEY = 'smtp.cursorOnCode';

/** A burst of cursor moves (holding an arrow key) asks once, this long after the last move. */
const SETTLE_MS = 100;

/** Is there a reply code at this position? Resolves false when unknown. */
export type CodeLookup = (document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) => Promise<boolean>;

export class CursorOnCodeKey implements vscode.Disposable {
  private value = false;
  private readonly disposables: vscode.Disposable[];
  /** Listens to selection changes only while the active editor is served. */
  private selectionListener: vscode.Disposable | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: vscode.CancellationTokenSource | undefined;

  constructor(private readonly lookup: CodeLookup) {
    this.disposables = [vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor))];
    this.follow(vscode.window.activeTextEditor);
  }

  /** The key's current value (the extension's test API reads it). */
  get onCode(): boolean {
    return this.value;
  }

  /** Looks again at the active editor: the list of served languages changed. */
  refresh(): void {
    this.follow(vscode.window.activeTextEditor);
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    this.cancel();
    const served = editor !== undefined && isServed(editor.document);
    if (!served) {
      this.selectionListener?.dispose();
      this.selectionListener = undefined;
      this.set(false);
      return;
    }
    this.selectionListener ??= vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor !== vscode.window.activeTextEditor) return;
      // A click (the right click that opens the context menu) is asked about at once.
      this.schedule(e.textEditor, e.kind === vscode.TextEditorSelectionChangeKind.Mouse ? 0 : SETTLE_MS);
    });
    this.schedule(editor, 0);
  }

  private schedule(editor: vscode.TextEditor, delay: number): void {
    this.cancel();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.check(editor);
    }, delay);
  }

  private async check(editor: vscode.TextEditor): Promise<void> {
    const source = new vscode.CancellationTokenSource();
    this.pending = source;
    let onCode = false;
    try {
      onCode = await this.lookup(editor.document, editor.selection.active, source.token);
    } catch {
      onCode = false;
    }
    // A newer move (or another editor) asked again meanwhile: its answer counts, not this one.
    if (source.token.isCancellationRequested) return;
    this.pending = undefined;
    source.dispose();
    this.set(onCode);
  }

  private cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending?.cancel();
    this.pending?.dispose();
    this.pending = undefined;
  }

  private set(next: boolean): void {
    if (next === this.value) return;
    this.value = next;
    void vscode.commands.executeCommand('setContext', KEY, next);
  }

  dispose(): void {
    this.cancel();
    this.selectionListener?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
