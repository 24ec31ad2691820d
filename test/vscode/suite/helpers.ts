// Shared by the extension-host suites: open fixtures, wait on events with a deadline (never a fixed sleep),
// change settings and put them back, and the strings a person sees in the display language under test.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'smtp-codes.smtp-codes';

/** The display language this run expects: run.mjs sets SMTP_EXPECT_LOCALE for its Indonesian pass. */
export const expectedLocale: 'en' | 'id' = process.env.SMTP_EXPECT_LOCALE === 'id' ? 'id' : 'en';
export const indonesian = expectedLocale === 'id';

/** What the activated extension returns (client/src/api.ts); only the parts the suites use. */
export interface SmtpCodesApi {
  languageServerReady(): Promise<void>;
  comparePanel():
    | {
        a: string;
        b: string;
        title: string;
        comparison: { headings: Record<string, string>; summary: string; locale: string; a: { label: string }; b: { label: string } } | undefined;
        error: string | undefined;
        webviewReady: boolean;
        visible: boolean;
      }
    | undefined;
  sendToComparePanel(message: unknown): Promise<boolean>;
  /** A panel restored as after a window reload, from the state its webview had saved. */
  restorePanel(kind: 'compare' | 'summary', state: unknown): Promise<void>;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests run in a workspace folder (a copy of test/fixtures/workspace)');
  return folder.uri;
}

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder(), name);
}

/** Opens a fixture in an editor, as a person would by clicking it. */
export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(doc, { preview: false });
}

/**
 * Polls `probe` until it returns something other than undefined/false, or fails after `timeoutMs` with the
 * last value seen. Used where VS Code offers no event (the tab model, hovers once the server is up).
 */
export async function poll<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 20_000,
  describe?: () => unknown,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let delay = 25;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) {
      const seen = describe ? ` (last seen: ${JSON.stringify(describe())})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen}`);
    }
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 250);
  }
}

/** Our diagnostics (source "smtp") of a document. */
export function smtpDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'smtp');
}

/**
 * Waits for `languages.onDidChangeDiagnostics` until the diagnostics of `uri` satisfy `accept`, checking the
 * current state first (they may have arrived already).
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  what = 'diagnostics',
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const listeners: vscode.Disposable[] = [];
    const done = (fn: () => void) => {
      clearTimeout(timer);
      for (const l of listeners.splice(0)) l.dispose();
      fn();
    };
    const check = () => {
      const d = smtpDiagnostics(uri);
      if (accept(d)) done(() => resolve(d));
    };
    const timer = setTimeout(
      () => done(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what} on ${uri.path}; have ${describeDiagnostics(smtpDiagnostics(uri))}`))),
      timeoutMs,
    );
    listeners.push(
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => u.toString() === uri.toString())) check();
      }),
    );
    check();
  });
}

/** Waits until a document has exactly `count` SMTP diagnostics. */
export function waitForDiagnosticCount(uri: vscode.Uri, count: number, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitForDiagnostics(uri, (d) => d.length === count, `${count} SMTP diagnostics`, timeoutMs);
}

export function describeDiagnostics(ds: readonly vscode.Diagnostic[]): string {
  return JSON.stringify(ds.map(summarize));
}

/** A diagnostic as the suites compare it: where, how severe, which code. */
export interface DiagnosticSummary {
  line: number;
  start: number;
  end: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
}

const SEVERITY_NAME: Record<vscode.DiagnosticSeverity, DiagnosticSummary['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/**
 * A diagnostic as the tests name it: `code` is the reply code the message starts with ("451"), or
 * "smtp.maxProblems" for the overflow note. The diagnostic's own code is the failure reason ("userunknown"),
 * which `reasonOf` reads.
 */
export function summarize(d: vscode.Diagnostic): DiagnosticSummary {
  const own = reasonOf(d);
  const code = own === 'smtp.maxProblems' ? own : d.message.split(' ')[0];
  return { line: d.range.start.line, start: d.range.start.character, end: d.range.end.character, severity: SEVERITY_NAME[d.severity], code };
}

/** The diagnostic's code: the failure reason ("userunknown"), or "smtp.maxProblems". */
export function reasonOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code);
}

export function sortByPosition(list: DiagnosticSummary[]): DiagnosticSummary[] {
  return [...list].sort((a, b) => a.line - b.line || a.start - b.start);
}

/**
 * Where a code stands in a fixture line, found by the words before it ("said: 451"), so the expectation
 * reads like the log and still gives exact columns.
 */
export function codeIn(
  doc: vscode.TextDocument,
  line: number,
  context: string,
  code: string,
  severity: DiagnosticSummary['severity'],
): DiagnosticSummary {
  const text = doc.lineAt(line).text;
  const at = text.indexOf(context);
  assert.ok(at >= 0, `fixture ${doc.uri.path} line ${line + 1} does not contain "${context}"`);
  const offset = context.lastIndexOf(code);
  assert.ok(offset >= 0, `"${context}" does not contain "${code}"`);
  return { line, start: at + offset, end: at + offset + code.length, severity, code };
}

/** The position of the first character of `code` after `context` on a line. */
export function positionOf(doc: vscode.TextDocument, line: number, context: string, code: string): vscode.Position {
  const d = codeIn(doc, line, context, code, 'error');
  return new vscode.Position(line, d.start + 1);
}

/** Activates the extension (if a fixture did not already) and waits for its language server. */
export async function smtpApi(): Promise<SmtpCodesApi> {
  const ext = vscode.extensions.getExtension<SmtpCodesApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
  const api = ext.isActive ? ext.exports : await ext.activate();
  await api.languageServerReady();
  return api;
}

/** The hovers' Markdown at a position, as one string per hover. */
export async function hoverTexts(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.map((h) =>
    h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n'),
  );
}

/** Sets a setting in the user settings and returns a function that puts the old value back. */
export async function withSetting(section: string, key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration(section);
  const before = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  return async () => {
    await vscode.workspace.getConfiguration(section).update(key, before, vscode.ConfigurationTarget.Global);
  };
}

/**
 * Closes every editor and panel, so each test starts from an empty window. Edited documents are reverted
 * first: closing a dirty one would ask "Save changes?", and a dialog stalls a test run.
 */
export async function closeAllEditors(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty) continue;
    await vscode.window.showTextDocument(doc, { preview: false });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The strings a person sees, in the display language of this run. */
export const expected = indonesian
  ? {
      transient: 'sementara, akan dicoba lagi',
      permanent: 'permanen, tidak akan dicoba lagi',
      more: (n: number, max: number) => `${n} masalah SMTP lainnya ditemukan dan tidak ditampilkan (batasnya ${max}`,
      compareAction: (label: string) => `Bandingkan ${label} dengan`,
      copyAction: (label: string) => `Salin penjelasan ${label}`,
      headings: {
        description: 'Deskripsi',
        whenYouSeeIt: 'Ketika Anda Melihatnya',
        howToFix: 'Cara Memperbaiki',
        keyDifferences: 'Perbedaan Utama',
        whenToUse: 'Kapan Menggunakan Yang Mana',
      },
      hoverHeading: 'Deskripsi',
      enhancedHeading: 'Kode status yang diperluas (enhanced)',
      replyText: 'Teks balasan',
    }
  : {
      transient: 'transient, will be retried',
      permanent: 'permanent, will not be retried',
      more: (n: number, max: number) => `${n} more SMTP problems were found and not shown (the limit is ${max}`,
      compareAction: (label: string) => `Compare ${label} with`,
      copyAction: (label: string) => `Copy explanation of ${label}`,
      headings: {
        description: 'Description',
        whenYouSeeIt: 'When You See It',
        howToFix: 'How to Fix',
        keyDifferences: 'Key Differences',
        whenToUse: 'When to Use Which',
      },
      hoverHeading: 'Description',
      enhancedHeading: 'Enhanced status code',
      replyText: 'Reply text',
    };
