// The context key `smtp.cursorOnCode`: true while the cursor (or the selection) of an SMTP document sits on
// a reply code, so the editor context menu offers "Compare SMTP codes" only there.
import * as vscode from 'vscode';
import { codeAt, normalizeCode } from './codeQuery';
import { isServed } from './languages';

const KEY = 'smtp.cursorOnCode';

/** The code under the editor's cursor or in its selection, normalized ("451", "4.7.1", "451 4.7.1"). */
export function codeAtCursor(editor: vscode.TextEditor | undefined): string | undefined {
  if (!editor) return undefined;
  const { selection, document } = editor;
  if (!selection.isEmpty) {
    if (!selection.isSingleLine) return undefined;
    const text = document.getText(selection);
    if (text.trim().length > 0) return normalizeCode(text);
  }
  // Only a few characters around the cursor: a log line can be megabytes long.
  const { line, character } = selection.active;
  const from = Math.max(0, character - 14);
  const around = document.getText(new vscode.Range(line, from, line, character + 14));
  return codeAt(around, character - from)?.code;
}

export class CursorOnCodeKey implements vscode.Disposable {
  private value = false;
  private readonly disposables: vscode.Disposable[];

  constructor() {
    this.disposables = [
      vscode.window.onDidChangeTextEditorSelection((e) => this.update(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.update(editor)),
    ];
    this.update(vscode.window.activeTextEditor);
  }

  private update(editor: vscode.TextEditor | undefined): void {
    const next = editor !== undefined && isServed(editor.document) && codeAtCursor(editor) !== undefined;
    if (next === this.value) return;
    this.value = next;
    void vscode.commands.executeCommand('setContext', KEY, next);
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
