// The language client: the server bundle over Node IPC, the documents it reads, the locale it speaks.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { displayLocale, documentSelector } from './languages';

/** The client id: VS Code reads `smtp.trace.server` for it. */
export const CLIENT_ID = 'smtp';

export function createLanguageClient(extensionUri: vscode.Uri, output: vscode.LogOutputChannel): LanguageClient {
  const module = vscode.Uri.joinPath(extensionUri, 'dist', 'server.js').fsPath;
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
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
