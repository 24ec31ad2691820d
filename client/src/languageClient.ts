// The language client: the server bundle over Node IPC, the documents it reads, the locale it speaks.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { displayLocale, documentSelector } from './languages';

/** The client id: VS Code reads `smtp.trace.server` for it. */
export const CLIENT_ID = 'smtp';

/**
 * A young generation of 2 MB instead of V8's default: with a 10 MB log open the server's RSS is about 97 MB
 * instead of 126 MB, at no measurable cost in time (npm run bench: first diagnostics 486 vs 469 ms; the
 * summary of 50 MB 0.76 vs 0.74 s). test/bench/lsp.mjs runs the server with the same flags.
 */
export const SERVER_EXEC_ARGV = ['--max-semi-space-size=2'];

export function createLanguageClient(extensionUri: vscode.Uri, output: vscode.LogOutputChannel): LanguageClient {
  const module = vscode.Uri.joinPath(extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_EXEC_ARGV } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    outputChannel: output,
    initializationOptions: { locale: displayLocale() },
    // The server pulls `smtp` through workspace/configuration; this makes VS Code tell it when to pull again.
    synchronize: { configurationSection: 'smtp' },
    diagnosticCollectionName: 'smtp',
    // Hover text quotes log lines: never trusted, never HTML.
    markdown: { isTrusted: false, supportHtml: false },
  };
  return new LanguageClient(CLIENT_ID, vscode.l10n.t('SMTP Language Server'), serverOptions, clientOptions);
}
