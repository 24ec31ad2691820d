// The language status item: how many transient and permanent negative replies the active file holds.
import * as vscode from 'vscode';
import type { DocumentStats } from '../../server/src/protocol';
import type { LanguageFilter } from './languages';

const PROBLEMS_COMMAND = 'workbench.actions.view.problems';

export class DocumentStatsItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  /** Latest counts per document URI (as VS Code prints it), from smtp/statsChanged. */
  private readonly stats = new Map<string, DocumentStats>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    selector: LanguageFilter[],
    private readonly fetch: (uri: vscode.Uri) => Promise<DocumentStats | undefined>,
  ) {
    this.item = vscode.languages.createLanguageStatusItem('smtp.documentStats', selector);
    this.item.name = vscode.l10n.t('SMTP replies');
    this.item.command = { title: vscode.l10n.t('Show problems'), command: PROBLEMS_COMMAND };
    this.showUnknown();
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((d) => this.stats.delete(d.uri.toString())),
    );
  }

  setSelector(selector: LanguageFilter[]): void {
    this.item.selector = selector;
  }

  /** A push from the server. */
  update(stats: DocumentStats): void {
    if (typeof stats?.uri !== 'string') return;
    const key = vscode.Uri.parse(stats.uri).toString();
    this.stats.set(key, stats);
    if (vscode.window.activeTextEditor?.document.uri.toString() === key) this.show(stats);
  }

  /** Shows the active document's counts, asking the server when no push has arrived yet. */
  refresh(): void {
    const uri = vscode.window.activeTextEditor?.document.uri;
    if (!uri) return;
    const known = this.stats.get(uri.toString());
    if (known) {
      this.show(known);
      return;
    }
    this.showUnknown();
    this.fetch(uri).then(
      (stats) => {
        if (stats && vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.show(stats);
      },
      () => undefined,
    );
  }

  /** Forgets every count (the server restarted). */
  clear(): void {
    this.stats.clear();
    this.showUnknown();
  }

  private show(stats: DocumentStats): void {
    const transient = Number.isFinite(stats.transient) ? stats.transient : 0;
    const permanent = Number.isFinite(stats.permanent) ? stats.permanent : 0;
    this.item.busy = false;
    this.item.text = vscode.l10n.t('SMTP: {0} transient, {1} permanent', transient, permanent);
    this.item.detail = vscode.l10n.t('Negative replies in this file');
    this.item.severity = vscode.LanguageStatusSeverity.Information;
    this.item.accessibilityInformation = {
      label: vscode.l10n.t('{0} transient and {1} permanent negative SMTP replies in this file', transient, permanent),
    };
  }

  private showUnknown(): void {
    this.item.busy = true;
    this.item.text = vscode.l10n.t('SMTP');
    this.item.detail = vscode.l10n.t('Counting replies…');
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
