// A minimal LSP client for the server tier: spawns `node dist/server.js --stdio` (what `smtp-codes lsp
// --stdio` runs), speaks JSON-RPC over its pipes, and keeps what the server pushes so tests can wait on it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const ROOT = join(__dirname, '..', '..', '..');
export const SERVER = join(ROOT, 'dist', 'server.js');

export interface TestClientOptions {
  locale?: string;
  /** The `smtp` section answered to workspace/configuration; undefined: the client has no such capability. */
  settings?: Record<string, unknown>;
  /** Answer workspace/configuration only after releaseConfiguration() (a slow client). */
  holdConfiguration?: boolean;
  /** Workspace folders (absolute paths) sent in initialize; the client then also announces folder changes. */
  workspaceFolders?: string[];
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  /** The latest diagnostics per uri, and how many times each uri got diagnostics. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  readonly publishCount = new Map<string, number>();
  /** Every publish per uri, in order (a large log gets its listed problems first, then the complete list). */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly notifications: Array<{ method: string; params: unknown }> = [];
  readonly stderr: string[] = [];
  settings: Record<string, unknown> | undefined;
  /** workspace/configuration is answered once this settles (a slow client); see releaseConfiguration. */
  private configGate: Promise<void> = Promise.resolve();
  releaseConfiguration: () => void = () => undefined;
  private version = new Map<string, number>();
  initializeResult!: InitializeResult;

  private constructor(options: TestClientOptions) {
    if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: build first with "node esbuild.mjs"`);
    this.settings = options.settings;
    if (options.holdConfiguration) this.configGate = new Promise<void>((resolve) => (this.releaseConfiguration = resolve));
    this.process = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr?.on('data', (d: Buffer) => this.stderr.push(d.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.publishCount.set(p.uri, (this.publishCount.get(p.uri) ?? 0) + 1);
      this.published.set(p.uri, [...(this.published.get(p.uri) ?? []), p]);
    });
    this.connection.onNotification((method, params) => {
      this.notifications.push({ method, params });
    });
    this.connection.onRequest('workspace/configuration', async (p: { items: Array<{ section?: string }> }) => {
      await this.configGate;
      return p.items.map((item) => (item.section === 'smtp' ? (this.settings ?? null) : null));
    });
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.listen();
  }

  static async start(options: TestClientOptions = {}): Promise<TestClient> {
    const client = new TestClient(options);
    client.initializeResult = await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      locale: options.locale ?? 'en',
      capabilities: {
        workspace: { configuration: options.settings !== undefined, inlayHint: { refreshSupport: true }, workspaceFolders: options.workspaceFolders !== undefined },
        textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] }, publishDiagnostics: { versionSupport: true } },
      },
      workspaceFolders: options.workspaceFolders?.map((path) => ({ uri: pathToFileURL(path).href, name: basename(path) })) ?? null,
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, text: string, languageId = 'smtp-log'): void {
    this.version.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** One incremental change; returns the new version. */
  change(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): number {
    const v = (this.version.get(uri) ?? 1) + 1;
    this.version.set(uri, v);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range, text }] });
    return v;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  hover(uri: string, line: number, character: number): Promise<{ contents: { kind: string; value: string }; range?: unknown } | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  /** Waits until `check` returns a value other than undefined, or fails after the deadline. */
  async waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; server stderr: ${this.stderr.join('').slice(-2000)}`);
      await new Promise<void>((resolve) => setImmediate(resolve));
      await new Promise<void>((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Diagnostics for uri once published for the given document version (or any version). */
  waitForDiagnostics(uri: string, version?: number, timeoutMs?: number): Promise<Diagnostic[]> {
    return this.waitFor(
      `diagnostics of ${uri}${version !== undefined ? ` version ${version}` : ''}`,
      () => {
        const p = this.diagnostics.get(uri);
        if (!p) return undefined;
        if (version !== undefined && p.version !== version) return undefined;
        return p.diagnostics;
      },
      timeoutMs,
    );
  }

  /** Shuts the server down the LSP way and waits for the process to end (kills it after a deadline). */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.process.exitCode !== null) resolve(this.process.exitCode);
      else this.process.once('exit', (code) => resolve(code));
    });
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // the connection may already be gone
    }
    const timer = setTimeout(() => this.process.kill(), 5000);
    const code = await exited;
    clearTimeout(timer);
    this.connection.dispose();
    return code;
  }
}

/** Where `needle` stands on `line` of `text` (the n-th occurrence), as an LSP range. */
export function rangeOf(text: string, line: number, needle: string, occurrence = 0) {
  const lineText = text.split(/\r\n|\r|\n/)[line];
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = lineText.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" not on line ${line}`);
  return { start: { line, character: at }, end: { line, character: at + needle.length } };
}
