// The extension's state in one place: the language client, the output channel, the status item, the
// context keys and every disposable. Commands and the compare panel reach the server only through it.
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { State, WorkDoneProgress, type LanguageClient, type WorkDoneProgressReport } from 'vscode-languageclient/node';
import {
  CompareRequest,
  DocumentStatsRequest,
  ExplainRequest,
  ListCodesRequest,
  ReplyAtRequest,
  StatsChangedNotification,
  SummarizeFileRequest,
  SummaryRequest,
  TraceRequest,
  UnknownRecipientsRequest,
  type CodeListItem,
  type DocumentStats,
  type ExplainContext,
} from '../../server/src/protocol';
import type { Summary } from '../../server/src/core/summary';
import type { Explanation, Locale } from '../../server/src/core/types';
import { CursorOnCodeKey } from './cursorOnCode';
import { createLanguageClient } from './languageClient';
import { displayLocale, documentSelector, isServed, refreshLanguageSettings, servedLanguages } from './languages';
import { DocumentStatsItem } from './statusItem';
import { TraceDocuments } from './trace/messageDocument';

export class SmtpContext implements vscode.Disposable {
  readonly output: vscode.LogOutputChannel;
  readonly locale: Locale = displayLocale();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly statusItem: DocumentStatsItem;
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private codeList: Promise<CodeListItem[]> | undefined;
  /**
   * Files the person picked in the open dialog of "Summarize mail log" (this session): the server reads
   * these even outside the workspace folders, so "Summarize again" keeps working for them.
   */
  readonly pickedFiles = new Set<string>();
  /** The `smtp.cursorOnCode` context key. */
  readonly cursorOnCode: CursorOnCodeKey;
  private disposed = false;
  /** The read-only documents of "Show only this message" and of a reply's explanation from the trace panel. */
  readonly traceDocuments = new TraceDocuments();

  constructor(readonly extension: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel(vscode.l10n.t('SMTP Codes'), { log: true });
    this.statusItem = new DocumentStatsItem(documentSelector(), (uri) => this.documentStats(uri));
    this.cursorOnCode = new CursorOnCodeKey((document, position, token) => this.replyAt(document, position, { start: false }, token).then((r) => r !== undefined));
    this.disposables.push(this.output, this.statusItem, this.cursorOnCode, this.traceDocuments);
    this.updateLanguageContext();

    this.disposables.push(
      // The server starts when the first document it reads is opened, not before: activation is cheap.
      vscode.workspace.onDidOpenTextDocument((d) => {
        if (isServed(d)) void this.ensureStarted().catch(() => undefined);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('smtp.languages')) void this.onLanguagesChanged();
      }),
    );
  }

  get extensionUri(): vscode.Uri {
    return this.extension.extensionUri;
  }

  /** Starts the server now when an open document needs it. */
  startIfNeeded(): void {
    if (vscode.workspace.textDocuments.some(isServed)) void this.ensureStarted().catch(() => undefined);
  }

  /** The running client, started on first use. Rejects (after telling the user) when the server cannot start. */
  ensureStarted(): Promise<LanguageClient> {
    if (this.disposed) return Promise.reject(new Error('The SMTP extension is shutting down.'));
    if (this.client && this.client.state === State.Running) return Promise.resolve(this.client);
    this.starting ??= this.start().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  private async start(): Promise<LanguageClient> {
    // A client that stopped for good (the server crashed too often) is replaced, not revived.
    await this.stopClient();
    const client = createLanguageClient(this.extensionUri, this.output);
    this.client = client;
    client.onNotification(StatsChangedNotification.type, (stats) => this.statusItem.update(stats));
    try {
      await client.start();
    } catch (err) {
      this.client = undefined;
      const detail = err instanceof Error ? err.message : String(err);
      this.output.error(`The SMTP language server did not start: ${detail}`);
      const show = vscode.l10n.t('Show output');
      void vscode.window.showErrorMessage(vscode.l10n.t('The SMTP language server could not start.'), show).then((pick) => {
        if (pick === show) this.output.show(true);
      });
      throw err;
    }
    this.statusItem.refresh();
    return client;
  }

  /** Stops the server and starts a fresh one (the restart command, a changed language list). */
  async restart(): Promise<void> {
    if (this.starting) await this.starting.catch(() => undefined);
    await this.stopClient();
    this.statusItem.clear();
    await this.ensureStarted();
  }

  private async stopClient(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.codeList = undefined;
    if (!client) return;
    try {
      await client.dispose(2000);
    } catch (err) {
      this.output.warn(`Stopping the SMTP language server: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  private async onLanguagesChanged(): Promise<void> {
    refreshLanguageSettings();
    this.updateLanguageContext();
    this.statusItem.setSelector(documentSelector());
    this.cursorOnCode.refresh();
    // The document selector is fixed when a client starts: a new list needs a new client.
    if (this.client) await this.restart().catch(() => undefined);
    else this.startIfNeeded();
  }

  /** `smtp.servedLanguages` lets `when` clauses include the languages a user adds in settings. */
  private updateLanguageContext(): void {
    void vscode.commands.executeCommand('setContext', 'smtp.servedLanguages', servedLanguages());
  }

  /** smtp/compare in the display language. */
  async compare(a: string, b: string): Promise<CompareRequest.Result> {
    const client = await this.ensureStarted();
    return client.sendRequest(CompareRequest.type, { a, b, locale: this.locale });
  }

  /** smtp/explain of a code, with what the log said around it; null when the input is not a code. */
  async explain(code: string, context?: ExplainContext): Promise<Explanation | null> {
    const client = await this.ensureStarted();
    return client.sendRequest(ExplainRequest.type, { code, locale: this.locale, context });
  }

  /**
   * smtp/replyAt: the reply whose code is at a position, as the server's scanner (and so the hover) sees it.
   * Undefined for a document the server does not read, and, unless `start`, while no server runs or starts.
   */
  async replyAt(
    document: vscode.TextDocument,
    position: vscode.Position,
    options: { start: boolean },
    token?: vscode.CancellationToken,
  ): Promise<ReplyAtRequest.ReplyAt | undefined> {
    if (!isServed(document)) return undefined;
    let client: LanguageClient | undefined;
    try {
      if (options.start) client = await this.ensureStarted();
      else if (this.client?.state === State.Running) client = this.client;
      else if (this.starting) client = await this.starting;
      if (!client) return undefined;
      const uri = client.code2ProtocolConverter.asUri(document.uri);
      const result = await client.sendRequest(ReplyAtRequest.type, { uri, position: { line: position.line, character: position.character } }, token);
      return result ?? undefined;
    } catch (err) {
      if (!token?.isCancellationRequested) this.output.warn(`smtp/replyAt failed: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  }

  /** A document's URI as the server knows it (the client's converter), starting the server if needed. */
  async protocolUri(uri: vscode.Uri): Promise<string> {
    const client = await this.ensureStarted();
    return client.code2ProtocolConverter.asUri(uri);
  }

  /** smtp/unknownRecipients: the recipients of the unknown-user refusals in an open document. */
  async unknownRecipients(uri: string): Promise<string[]> {
    const client = await this.ensureStarted();
    const result = await client.sendRequest(UnknownRecipientsRequest.type, { uri });
    return Array.isArray(result?.recipients) ? result.recipients.filter((r): r is string => typeof r === 'string') : [];
  }

  /** Every known code with its title, asked once per server. */
  listCodes(): Promise<CodeListItem[]> {
    this.codeList ??= this.ensureStarted()
      .then((client) => client.sendRequest(ListCodesRequest.type, { locale: this.locale }))
      .then((list) => (Array.isArray(list) ? list : []))
      .catch((err: unknown) => {
        this.codeList = undefined;
        this.output.warn(`smtp/listCodes failed: ${err instanceof Error ? err.message : String(err)}`);
        return [];
      });
    return this.codeList;
  }

  /** smtp/summary of a document open in an editor, in the display language. */
  async summarizeDocument(uri: vscode.Uri, token?: vscode.CancellationToken): Promise<Summary> {
    const client = await this.ensureStarted();
    return client.sendRequest(SummaryRequest.type, { uri: client.code2ProtocolConverter.asUri(uri), locale: this.locale }, token);
  }

  /**
   * smtp/summarizeFile: the server reads the file from disk (any size), reporting $/progress on a token of
   * this request, which onProgress receives; cancelling `token` stops the reading. The server reads a file
   * inside a workspace folder, or one in pickedFiles; it refuses anything else with a message.
   */
  async summarizeFile(path: string, onProgress: (report: WorkDoneProgressReport) => void, token?: vscode.CancellationToken): Promise<Summary> {
    const client = await this.ensureStarted();
    const workDoneToken = randomUUID();
    const listening = client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
      if (value.kind === 'report') onProgress(value);
    });
    try {
      const pickedByUser = this.pickedFiles.has(path);
      return await client.sendRequest(SummarizeFileRequest.type, { path, locale: this.locale, workDoneToken, pickedByUser }, token);
    } finally {
      listening.dispose();
    }
  }

  /**
   * smtp/trace in the display language: the messages a key names in a document the server reads, found at a
   * position, by a key, or from what a person typed. Null when nothing matches.
   */
  async trace(
    document: vscode.TextDocument,
    where: { position: vscode.Position } | { key: TraceRequest.Params['key'] } | { query: string },
    token?: vscode.CancellationToken,
  ): Promise<TraceRequest.Result | null> {
    const client = await this.ensureStarted();
    const uri = client.code2ProtocolConverter.asUri(document.uri);
    const params: TraceRequest.Params = { uri, locale: this.locale };
    if ('position' in where) params.position = { line: where.position.line, character: where.position.character };
    else if ('key' in where) params.key = where.key;
    else params.query = where.query;
    return client.sendRequest(TraceRequest.type, params, token);
  }

  private async documentStats(uri: vscode.Uri): Promise<DocumentStats | undefined> {
    const client = this.client;
    if (!client || client.state !== State.Running) return undefined;
    return client.sendRequest(DocumentStatsRequest.type, { uri: client.code2ProtocolConverter.asUri(uri) });
  }

  async dispose(): Promise<void> {
    this.disposed = true;
    await this.stopClient();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
