// The SMTP language server: LSP requests adapted to the core, nothing else. Every handler runs through the
// safe runner; every capability is in the initialize result (no dynamic registration), so clients that
// ignore later registrations (Neovim 0.7) get everything.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  SymbolKind,
  TextDocumentSyncKind,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type DocumentHighlight,
  type Location,
  type Diagnostic,
  type DocumentSymbol,
  type InitializeParams,
  type InitializeResult,
  type InlayHint,
  type Range,
  type WorkDoneProgressReporter,
} from 'vscode-languageserver';
import { blocklistLookups, unknownUserRecipients } from './core/bounceActions';
import { parseCodeQuery } from './core/codes';
import { compareCodes } from './core/compare';
import { ReplyIndex, type ReadAhead, type TextPosition } from './core/documentIndex';
import { DocumentMessages, type MessagesAt } from './core/documentMessages';
import { traceKeyCandidates, type MessageGroup, type TraceKey } from './core/trace';
import { storyMarkdown, storyWords, traceStrings } from './core/traceText';
import { hoverMarkdown } from './core/hover';
import { explain, explainInput, listCodes } from './core/knowledgeBase';
import { message } from './core/messages';
import { OutlineBuilder } from './core/outline';
import { ProblemList } from './core/problemList';
import { reasonOfReply } from './core/reasons';
import { SummaryBuilder, type Summary } from './core/summary';
import type { Explanation, Locale, Reply, ReplyFinding } from './core/types';
import {
  DEFAULT_VALIDATION_SETTINGS,
  negativeCounts,
  parseMaxProblems,
  parseSeverity,
  problemsFor,
  replyLabel,
  type Problem,
  type ValidationSettings,
} from './core/validation';
import {
  ClientCommands,
  CompareRequest,
  DocumentStatsRequest,
  ExplainRequest,
  ListCodesRequest,
  MAX_CONTEXT_TEXT,
  ReplyAtRequest,
  SemanticTokenLegend,
  StatsChangedNotification,
  SummarizeFileRequest,
  SummaryRequest,
  MAX_TRACE_STORIES,
  TraceRequest,
  UnknownRecipientsRequest,
  type CopyBlocklistLookupsArgs,
  type CopyExplanationArgs,
  type DocumentStats,
  type ExplainContext,
  type TraceMessageArgs,
} from './protocol';
import { checkFileAccess, folderPaths } from './fileAccess';
import { LogOpenError, LogReadCancelled, toOpenError } from './logReader';
import { summarizeLogFile, type LogReadProgress } from './logSummary';
import { BadParams, requestClock, runSafe, runSafeNotification } from './runner';
import { runInSlices, semanticTokensOf } from './semanticTokens';

/** Diagnostics wait this long after the last edit of a burst. */
const VALIDATION_DELAY_MS = 150;
/**
 * Work in the background (the initial scan of a large document, its messages index) yields to requests this
 * often: a hover that arrives meanwhile waits for at most about one slice.
 */
const SLICE_MS = 0.5;
/** Lines scanned or indexed between two looks at the clock. */
const SLICE_LINES = 20;
/**
 * Requests first: while requests keep arriving (the last one less than REQUESTS_QUIET_MS ago), background
 * work runs one slice per PRESSED_SLICE_EVERY_MS instead of one every other turn. The pace is shared: all
 * open documents' scans and messages indexes together get one slice per PRESSED_SLICE_EVERY_MS. Besides
 * the slices themselves, the scan's allocations bring the young-generation collections (2 to 7 ms each on
 * a 10 MB log) that a hover would otherwise wait for; at this pace they come about a tenth as often. The
 * scan is never stopped: a client polling without pause still sees it finish.
 */
const REQUESTS_QUIET_MS = 10;
const PRESSED_SLICE_EVERY_MS = 8;
/**
 * A hover, the cursor's code actions or smtp/replyAt (asked on every cursor move) on a line this far past
 * the initial scan reads that line alone instead of scanning up to it (documentIndex.ts ReadAhead): about a
 * millisecond of scanning.
 */
const READ_AHEAD: ReadAhead = { lookAhead: 300 };

interface ServerSettings {
  validation: ValidationSettings;
  inlayHints: boolean;
}

const DEFAULT_SETTINGS: ServerSettings = { validation: DEFAULT_VALIDATION_SETTINGS, inlayHints: false };

interface OpenDocument {
  uri: string;
  version: number;
  index: ReplyIndex;
  timer?: ReturnType<typeof setTimeout>;
  scanJob?: BackgroundTurn;
  closed?: boolean;
  /** Negative replies by class as of the last publish; dropped on every edit. */
  counts?: { transient: number; permanent: number };
  /** The messages of the document (queue ids, links, Message-IDs), built after the scan, kept through edits. */
  messages?: DocumentMessages;
  messagesJob?: BackgroundTurn;
  /** The Problems of the initial scan, built as it goes (see feedProblems). */
  problems?: ScanProblems;
  /** Building them during the scan threw: the complete scan builds them in one pass instead. */
  problemsFailed?: boolean;
}

/** The Problems of one version of a document, built from the replies its initial scan has read so far. */
interface ScanProblems {
  version: number;
  list: ProblemList;
  /** The replies of lines [0, fedTo) are in the list. */
  fedTo: number;
  /** The listed problems were published before the scan ended. */
  publishedEarly: boolean;
}

const SEVERITY: Record<Problem['severity'], DiagnosticSeverity> = {
  hint: DiagnosticSeverity.Hint,
  information: DiagnosticSeverity.Information,
  warning: DiagnosticSeverity.Warning,
  error: DiagnosticSeverity.Error,
};

/**
 * A problem as a diagnostic. The code is the failure reason ("userunknown"): what the Problems panel's filter
 * and a client's quick fixes key on. No codeDescription: no page of ours describes a reason (the RFC link
 * describes the reply code, which the message starts with).
 */
function diagnosticOf(p: Problem): Diagnostic {
  return {
    range: { start: { line: p.line, character: p.character }, end: { line: p.endLine, character: p.endCharacter } },
    severity: SEVERITY[p.severity],
    code: p.reason ?? p.code,
    source: 'smtp',
    message: p.message,
  };
}

/** A pending slice of background work, to cancel when its document closes. */
interface BackgroundTurn {
  cancel(): void;
}

/** When the last background slice started (performance.now()), for the pace under requests. */
let lastSliceAt = -Infinity;

/**
 * Runs a slice of background work two turns of the event loop from now; `track` holds the pending turn (to
 * cancel it) and undefined once the slice runs. A request takes several turns from its arrival to its answer
 * (the transport's read and dispatch, the safe runner, the write): work that takes every other turn only
 * lets each request through past half as many slices, and costs nothing when nothing else is waiting.
 * While requests keep arriving, the slice waits its turn at the slower, shared pace (PRESSED_SLICE_EVERY_MS).
 */
function inBackground(track: (job: BackgroundTurn | undefined) => void, slice: () => void): void {
  const run = (): void => {
    const now = performance.now();
    const wait = now - requestClock.lastArrival < REQUESTS_QUIET_MS ? lastSliceAt + PRESSED_SLICE_EVERY_MS - now : 0;
    if (wait > 0) {
      const timer = setTimeout(run, wait);
      track({ cancel: () => clearTimeout(timer) });
      return;
    }
    track(undefined);
    lastSliceAt = now;
    slice();
  };
  const later = (then: () => void): void => {
    const turn = setImmediate(then);
    track({ cancel: () => clearImmediate(turn) });
  };
  later(() => later(run));
}

/** "id", "id-ID" -> id; anything else -> en. */
export function localeOf(value: unknown): Locale | undefined {
  if (typeof value !== 'string' || value.length === 0) return undefined;
  return value.toLowerCase().startsWith('id') ? 'id' : 'en';
}

/** Reads the `smtp` settings section, nested (`{severity: {transient}}`) or flat (`"severity.transient"`). */
export function readSettings(section: unknown): ServerSettings {
  if (!section || typeof section !== 'object') return DEFAULT_SETTINGS;
  const s = section as Record<string, unknown>;
  const nested = (key: string, sub: string): unknown => {
    const obj = s[key];
    if (obj && typeof obj === 'object' && sub in obj) return (obj as Record<string, unknown>)[sub];
    return s[`${key}.${sub}`];
  };
  const d = DEFAULT_SETTINGS.validation;
  return {
    validation: {
      transientSeverity: parseSeverity(nested('severity', 'transient'), d.transientSeverity),
      permanentSeverity: parseSeverity(nested('severity', 'permanent'), d.permanentSeverity),
      maxProblems: parseMaxProblems(s.maxProblems, d.maxProblems),
    },
    inlayHints: nested('inlayHints', 'enabled') === true,
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function requireString(params: unknown, key: string): string {
  if (!isObject(params) || typeof params[key] !== 'string') throw new BadParams(`expected a string "${key}" parameter`);
  return params[key] as string;
}

function requireUri(params: unknown): string {
  const doc = isObject(params) ? params.textDocument : undefined;
  if (!isObject(doc) || typeof doc.uri !== 'string') throw new BadParams('expected textDocument.uri');
  return doc.uri;
}

function requirePosition(value: unknown, name = 'position'): TextPosition {
  if (!isObject(value) || !Number.isInteger(value.line) || !Number.isInteger(value.character)) {
    throw new BadParams(`expected ${name} {line, character} as integers`);
  }
  return { line: value.line as number, character: value.character as number };
}

function requireRange(value: unknown): { start: TextPosition; end: TextPosition } {
  if (!isObject(value)) throw new BadParams('expected range {start, end}');
  return { start: requirePosition(value.start, 'range.start'), end: requirePosition(value.end, 'range.end') };
}

/** Starts the server on a connection (node IPC for VS Code, stdio for other editors) and listens. */
export function startServer(connection: Connection): void {
  const docs = new Map<string, OpenDocument>();
  let locale: Locale = 'en';
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let canPullConfiguration = false;
  let settingsLoaded = false;
  let canRefreshInlayHints = false;
  /** Workspace folder URIs: smtp/summarizeFile reads only inside them (or what the person picked). */
  let workspaceFolders: string[] = [];
  let canFollowFolders = false;
  const log = { error: (m: string) => connection.console.error(m) };
  // The last line of defence for "the server lives on": a promise nobody awaited must not end the process.
  process.on('unhandledRejection', (e) => log.error(`unhandled rejection: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
  /** A message sent without waiting: a failure (the client went away) is logged, never an unhandled rejection. */
  const settle = (label: string, p: Promise<unknown>): void => {
    p.catch((e: unknown) => log.error(`${label} failed: ${e instanceof Error ? e.message : String(e)}`));
  };

  const localeFrom = (params: unknown): Locale => (isObject(params) ? localeOf(params.locale) : undefined) ?? locale;

  // Titles for outline entries and inlay hints: the same few codes repeat thousands of times in a log.
  const titles = new Map<string, string>();
  function titleOf(reply: Pick<Reply, 'code' | 'enhanced'>): string {
    const key = `${locale}|${reply.code ?? ''}|${reply.enhanced ?? ''}`;
    let title = titles.get(key);
    if (title === undefined) {
      title = explain({ code: reply.code, enhanced: reply.enhanced }, locale).title;
      if (titles.size > 5000) titles.clear();
      titles.set(key, title);
    }
    return title;
  }

  /**
   * Runs what the first hover would run, on a few lines of our own, and throws the answers away. Without it
   * the user's first hover pays for the first use of the scanner, the knowledge base, the Markdown and the
   * trace (V8 compiles them then): 6 to 8 ms on a quiet machine against under 1 ms for the next hovers.
   * Run once, right after `initialized` (23-31 ms, most of it compiling what the first scan needs anyway); a
   * didOpen arriving meanwhile waits for it.
   */
  function warmUp(loc: Locale): void {
    const lines = [
      'Nov 28 09:00:01 mx postfix/smtp[1001]: 0A1B2C3D4E: to=<a@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command))',
      'Nov 28 09:00:02 mx postfix/smtp[1002]: 0A1B2C3D4E: to=<b@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=2, delays=0/0/0/2, dsn=4.7.1, status=deferred (host mx.example.org[192.0.2.1] said: 451 4.7.1 Try again later (in reply to RCPT TO command))',
      'Nov 28 09:00:03 mx postfix/qmgr[1003]: 0A1B2C3D4E: removed',
    ];
    const index = new ReplyIndex(lines.join('\n'));
    index.scanMore(lines.length);
    const messages = new DocumentMessages(index);
    for (const line of [0, 1]) {
      const at = lines[line].indexOf(line === 0 ? '550' : '451');
      const hit = index.replyAt({ line, character: at + 1 }, READ_AHEAD);
      if (hit) hoverMarkdown(hit.reply, hit.focus, explainReply(hit.reply, loc), loc, index.repliesOnLine(line, READ_AHEAD));
      const traced = messages.at({ line, character: lines[line].indexOf('0A1B2C3D4E') + 1 });
      if (traced) storyMarkdown(messages.story(traced.own ?? traced.groups[0], loc), loc, { otherMessages: traced.groups.length - 1 });
    }
  }

  function explainReply(reply: Reply, loc: Locale = locale): Explanation {
    return explain({ code: reply.code, enhanced: reply.enhanced }, loc, {
      text: reply.text,
      remoteHost: reply.remoteHost,
      command: reply.command,
    });
  }

  // ---- settings

  async function loadSettings(pushed?: unknown): Promise<void> {
    if (canPullConfiguration) {
      try {
        // A client that never answers must not hold the diagnostics back for good.
        const section: unknown = await Promise.race([
          connection.workspace.getConfiguration({ section: 'smtp' }),
          new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 3 s')), 3000).unref()),
        ]);
        settings = readSettings(section);
        return;
      } catch (e) {
        log.error(`workspace/configuration failed, keeping defaults: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    settings = isObject(pushed) && isObject(pushed.smtp) ? readSettings(pushed.smtp) : DEFAULT_SETTINGS;
  }

  // ---- diagnostics

  function stats(doc: OpenDocument): DocumentStats {
    doc.index.scanAll();
    doc.counts ??= negativeCounts(doc.index);
    const s = doc.index.stats();
    return { uri: doc.uri, ...doc.counts, lines: s.lines, linesScanned: s.linesScanned };
  }

  function publish(doc: OpenDocument): void {
    if (doc.closed) return;
    if (doc.timer) clearTimeout(doc.timer);
    doc.timer = undefined;
    if (!doc.index.complete) return; // the initial scan publishes when it is done
    if (!settingsLoaded) return; // published once the settings are in (severities, maxProblems)
    runSafeNotification(log, 'validation', () => {
      let counts = { transient: 0, permanent: 0 };
      let problems: Problem[];
      // The initial scan built them as it went: only its last lines are left to add.
      const built = currentProblems(doc);
      doc.problems = undefined;
      if (built) {
        feed(doc, built);
        problems = built.list.result();
        counts = { ...built.list.counts };
      } else problems = problemsFor(doc.index, settings.validation, locale, { counts });
      doc.counts = counts;
      const diagnostics: Diagnostic[] = problems.map(diagnosticOf);
      settle('publishDiagnostics', connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics }));
      settle(StatsChangedNotification.method, connection.sendNotification(StatsChangedNotification.type, stats(doc)));
    });
  }

  function scheduleValidation(doc: OpenDocument): void {
    if (doc.timer) clearTimeout(doc.timer);
    doc.timer = setTimeout(() => publish(doc), VALIDATION_DELAY_MS);
  }

  /**
   * Scans what is left of a document in slices, so requests are answered meanwhile; publishes the first
   * problems as soon as they are known (feedProblems), and all of them when the scan is complete.
   */
  function continueScan(doc: OpenDocument): void {
    if (doc.scanJob || doc.closed) return;
    inBackground((job) => (doc.scanJob = job), () => {
      if (doc.closed) return;
      const started = performance.now();
      runSafeNotification(log, 'scan', () => {
        while (!doc.index.complete && performance.now() - started < SLICE_MS) {
          doc.index.scanMore(SLICE_LINES);
          if (!doc.problemsFailed) {
            try {
              feedProblems(doc);
            } catch (e) {
              // logged once; the problems are then built in one pass when the scan is complete, as before
              doc.problemsFailed = true;
              doc.problems = undefined;
              log.error(`problems during the scan failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
            }
          }
        }
      });
      if (!doc.index.complete) return continueScan(doc);
      publish(doc);
      continueMessages(doc);
    });
  }

  /** The problems the initial scan is building for the document as it is now, with the settings as they are now. */
  function currentProblems(doc: OpenDocument): ScanProblems | undefined {
    const p = doc.problems;
    return p && p.version === doc.version && p.list.settings === settings.validation && p.list.locale === locale ? p : undefined;
  }

  /** Adds the replies the scan has read since the last call to the list (ProblemList), up to whole replies. */
  function feed(doc: OpenDocument, p: ScanProblems): void {
    const end = doc.index.wholeRepliesEnd();
    if (end <= p.fedTo) return;
    const from = p.fedTo;
    p.list.add({ forEachReply: (visit) => doc.index.forEachReply(visit, from, end) });
    p.fedTo = end;
  }

  /**
   * Builds the problems while the initial scan goes, and publishes the listed ones as soon as all of them
   * are known (the first maxProblems in document order): a large log shows its Problems after a fraction of
   * its scan. The note on how many more there were, and the counts, come with the end of the scan.
   */
  function feedProblems(doc: OpenDocument): void {
    if (!settingsLoaded) return; // the first publish waits for the settings anyway
    let p = currentProblems(doc);
    if (!p) p = doc.problems = { version: doc.version, list: new ProblemList(settings.validation, locale), fedTo: 0, publishedEarly: false };
    feed(doc, p);
    if (p.publishedEarly || !p.list.full || doc.index.complete || p.list.listedSoFar().length === 0) return;
    p.publishedEarly = true;
    settle('publishDiagnostics', connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: p.list.listedSoFar().map(diagnosticOf) }));
  }

  // ---- lifecycle

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = isObject(params.initializationOptions) ? params.initializationOptions : {};
    locale = localeOf(options.locale) ?? localeOf(params.locale) ?? 'en';
    canPullConfiguration = params.capabilities?.workspace?.configuration === true;
    canRefreshInlayHints = params.capabilities?.workspace?.inlayHint?.refreshSupport === true;
    canFollowFolders = params.capabilities?.workspace?.workspaceFolders === true;
    if (Array.isArray(params.workspaceFolders)) workspaceFolders = params.workspaceFolders.map((f) => f?.uri).filter((u): u is string => typeof u === 'string');
    else if (typeof params.rootUri === 'string') workspaceFolders = [params.rootUri];
    else if (typeof params.rootPath === 'string' && isAbsolute(params.rootPath)) workspaceFolders = [pathToFileURL(params.rootPath).href];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentHighlightProvider: true,
        referencesProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Empty] },
        inlayHintProvider: true,
        documentSymbolProvider: { label: 'SMTP' },
        semanticTokensProvider: {
          legend: { tokenTypes: [...SemanticTokenLegend.tokenTypes], tokenModifiers: [...SemanticTokenLegend.tokenModifiers] },
          full: true,
          range: true,
        },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'smtp-codes' },
    };
  });

  connection.onInitialized(() => {
    // A turn later, once: the first hover answers as fast as the next ones (see warmUp).
    setImmediate(() => runSafeNotification(log, 'warmUp', () => warmUp(locale)));
    runSafeNotification(log, 'workspaceFolders', () => {
      if (!canFollowFolders) return;
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => f.uri));
        workspaceFolders = [...workspaceFolders.filter((u) => !removed.has(u)), ...e.added.map((f) => f.uri)];
      });
    });
    settle(
      'settings',
      loadSettings().then(() => {
        settingsLoaded = true;
        for (const doc of docs.values()) publish(doc);
      }),
    );
  });

  connection.onDidChangeConfiguration((params) => {
    settle(
      'settings',
      loadSettings(params?.settings).then(() => {
        for (const doc of docs.values()) publish(doc);
        if (canRefreshInlayHints) settle('inlayHint/refresh', connection.languages.inlayHint.refresh());
      }),
    );
  });

  // ---- documents (incremental sync, kept in the line index)

  connection.onDidOpenTextDocument((params) => {
    runSafeNotification(log, 'didOpen', () => {
      const { uri, version, text } = params.textDocument;
      const old = docs.get(uri);
      if (old) close(old);
      const doc: OpenDocument = { uri, version, index: new ReplyIndex(typeof text === 'string' ? text : '') };
      doc.messages = new DocumentMessages(doc.index);
      docs.set(uri, doc);
      continueScan(doc); // and the messages index once the scan is done
    });
  });

  connection.onDidChangeTextDocument((params) => {
    runSafeNotification(log, 'didChange', () => {
      const doc = docs.get(params.textDocument.uri);
      if (!doc) return;
      for (const change of params.contentChanges) {
        if (typeof change.text !== 'string') continue;
        const edit = doc.messages?.beforeChange('range' in change ? change.range : undefined);
        doc.index.applyChange('range' in change ? change.range : undefined, change.text);
        if (edit) doc.messages?.afterChange(edit);
      }
      if (typeof params.textDocument.version === 'number') doc.version = params.textDocument.version;
      doc.counts = undefined;
      if (doc.index.complete) scheduleValidation(doc);
      else continueScan(doc);
    });
  });

  function close(doc: OpenDocument): void {
    doc.closed = true;
    if (doc.timer) clearTimeout(doc.timer);
    doc.scanJob?.cancel();
    doc.messagesJob?.cancel();
    docs.delete(doc.uri);
  }

  connection.onDidCloseTextDocument((params) => {
    runSafeNotification(log, 'didClose', () => {
      const doc = docs.get(params.textDocument.uri);
      if (!doc) return;
      close(doc);
      settle('publishDiagnostics', connection.sendDiagnostics({ uri: doc.uri, diagnostics: [] }));
    });
  });

  // ---- hover

  connection.onHover((params, token) =>
    runSafe(log, 'hover', token, { defaultValue: null }, () => {
      const doc = docs.get(requireUri(params));
      const position = requirePosition(params.position);
      if (!doc) return null;
      const hit = doc.index.replyAt(position, READ_AHEAD);
      if (!hit) return traceHover(doc, position);
      const line = hit.reply.parts[0].line;
      const value = hoverMarkdown(hit.reply, hit.focus, explainReply(hit.reply), locale, doc.index.repliesOnLine(line, READ_AHEAD));
      return {
        contents: { kind: 'markdown' as const, value },
        range: { start: { line: position.line, character: hit.start }, end: { line: position.line, character: hit.end } },
      };
    }),
  );

  // ---- code actions: compare and copy, for the replies the range touches

  connection.onCodeAction((params, token) =>
    runSafe(log, 'codeAction', token, { defaultValue: [] as CodeAction[] }, () => {
      const doc = docs.get(requireUri(params));
      const range = requireRange(params.range);
      if (!doc) return [];
      const only = params.context?.only;
      if (Array.isArray(only) && only.length > 0 && !only.some((k) => k === '' || 'quickfix'.startsWith(k) || k.startsWith('quickfix'))) {
        return [];
      }
      const replies = touchedReplies(doc.index, range);
      const actions: CodeAction[] = [];
      // Asked on every cursor move: the copy action carries the reply, and its text is built only when run.
      for (const reply of replies.slice(0, 5)) {
        const label = replyLabel(reply);
        const copy: CopyExplanationArgs = {
          code: reply.code,
          enhanced: reply.enhanced,
          line: reply.parts[0].line,
          text: reply.text.slice(0, MAX_CONTEXT_TEXT),
          remoteHost: reply.remoteHost,
          command: reply.command,
        };
        const compareTitle = message(locale, 'action.compare', label);
        const copyTitle = message(locale, 'action.copyExplanation', label);
        actions.push(
          { title: compareTitle, kind: CodeActionKind.QuickFix, command: { title: compareTitle, command: ClientCommands.compare, arguments: [label] } },
          { title: copyTitle, kind: CodeActionKind.QuickFix, command: { title: copyTitle, command: ClientCommands.copyExplanation, arguments: [copy] } },
        );
      }
      const traced = messagesAt(doc, range.start);
      if (traced) {
        const title = traceStrings(locale).traceAction(traced.key.value);
        const args: TraceMessageArgs = { uri: doc.uri, key: { kind: traced.key.kind, value: traced.key.value }, line: range.start.line };
        actions.push({ title, kind: CodeActionKind.Empty, command: { title, command: ClientCommands.traceMessage, arguments: [args] } });
      }
      actions.push(...reasonActions(doc, replies.slice(0, 5)));
      return actions;
    }),
  );

  /**
   * The reasons' quick actions for the touched replies: on an unknown-user refusal, copy every recipient of
   * one in the document (collected only when run: smtp/unknownRecipients); on a refusal that names DNS
   * blocklists and an IP, copy the lookups for that IP (built here from the one reply).
   */
  function reasonActions(doc: OpenDocument, replies: Reply[]): CodeAction[] {
    const out: CodeAction[] = [];
    let unknownUser = false;
    const lookups = new Set<string>();
    for (const reply of replies) {
      const line = reply.parts[0].line;
      const reason = reasonOfReply(reply, doc.index.repliesOnLine(line, READ_AHEAD))?.reason;
      if (reason === 'userunknown') unknownUser = true;
      const found = reason ? blocklistLookups(reply, doc.index.lineText(line)) : null;
      if (found && !lookups.has(found.ip)) {
        lookups.add(found.ip);
        const title = message(locale, 'action.copyBlocklistLookups', found.ip);
        const args: CopyBlocklistLookupsArgs = found;
        out.push({ title, kind: CodeActionKind.QuickFix, command: { title, command: ClientCommands.copyBlocklistLookups, arguments: [args] } });
      }
    }
    if (unknownUser) {
      const title = message(locale, 'action.copyUnknownRecipients');
      out.unshift({ title, kind: CodeActionKind.QuickFix, command: { title, command: ClientCommands.copyUnknownRecipients, arguments: [doc.uri] } });
    }
    return out;
  }

  function unknownRecipientsOf(uri: string): string[] {
    const doc = docs.get(uri);
    if (!doc) return [];
    doc.index.scanAll();
    return unknownUserRecipients(doc.index.iterateReplies(), (l) => doc.index.lineText(l));
  }

  // ---- inlay hints: a code's short title after it (off unless smtp.inlayHints.enabled)

  connection.languages.inlayHint.on((params, token) =>
    runSafe(log, 'inlayHint', token, { defaultValue: [] as InlayHint[] }, () => {
      const doc = docs.get(requireUri(params));
      const range = requireRange(params.range);
      if (!doc || !settings.inlayHints) return [];
      const hints: InlayHint[] = [];
      for (const reply of doc.index.repliesBetween(range.start.line, Math.min(range.end.line, range.start.line + 5000))) {
        const first = reply.parts[0];
        const end = first.enhanced !== null ? first.enhancedEnd : first.codeEnd;
        hints.push({ position: { line: first.line, character: end }, label: titleOf(reply), paddingLeft: true });
        if (hints.length >= 2000) break;
      }
      return hints;
    }),
  );

  // ---- document symbols: replies grouped by queue ID or SMTP session

  connection.onDocumentSymbol((params, token) =>
    runSafe<DocumentSymbol[] | ResponseError<void>>(log, 'documentSymbol', token, { defaultValue: [] }, async () => {
      const doc = docs.get(requireUri(params));
      if (!doc) return [];
      const index = doc.index;
      const lineRange = (from: number, to: number): Range => ({
        start: { line: from, character: 0 },
        end: { line: to, character: index.lineText(to).length },
      });
      const replySymbol = (reply: Reply): DocumentSymbol => {
        const first = reply.parts[0];
        const last = reply.parts[reply.parts.length - 1];
        const codeStart = first.code !== null ? first.codeStart : first.enhancedStart;
        const codeEnd = first.code !== null ? first.codeEnd : first.enhancedEnd;
        return {
          name: replyLabel(reply),
          detail: titleOf(reply),
          kind: SymbolKind.Event,
          range: lineRange(first.line, last.line),
          selectionRange: { start: { line: first.line, character: codeStart }, end: { line: first.line, character: codeEnd } },
        };
      };
      // In slices (scan what is left, then group the replies), so hover and cancellation get through.
      const version = doc.version;
      const control = { isCancelled: () => token.isCancellationRequested, isStale: () => doc.closed === true || doc.version !== version };
      const builder = new OutlineBuilder((l) => index.lineText(l));
      let replies: Iterator<Reply> | undefined;
      const outcome = await runInSlices(
        control,
        () => {
          if (!index.complete) {
            index.scanMore(2000);
            return false;
          }
          replies ??= index.iterateReplies();
          for (let i = 0; i < 2000; i++) {
            const next = replies.next();
            if (next.done) return true;
            builder.add(next.value);
          }
          return false;
        },
        () => builder.result(),
      );
      if (!('done' in outcome)) {
        if (outcome.stopped === 'cancelled' || doc.closed) return [];
        return new ResponseError<void>(LSPErrorCodes.ContentModified, 'documentSymbol: the document changed; ask again');
      }
      const outline = outcome.done;
      const symbols: DocumentSymbol[] = outline.groups.map((g) => {
        const children = g.replies.slice(0, 200).map(replySymbol);
        return {
          name: g.kind === 'queue' ? g.name : `SMTP ${g.name || 'session'}`,
          detail: g.replies.map(replyLabel).slice(0, 6).join(', ') + (g.replies.length > 6 ? ', …' : ''),
          kind: g.kind === 'queue' ? SymbolKind.Namespace : SymbolKind.Module,
          range: lineRange(g.firstLine, g.lastLine),
          selectionRange: children[0]?.selectionRange ?? lineRange(g.firstLine, g.firstLine),
          children,
        };
      });
      for (const r of outline.loose.slice(0, 5000)) symbols.push(replySymbol(r));
      return symbols;
    }),
  );

  // ---- semantic tokens: codes coloured by the class of their reply, the whole log or a range of it, built in
  // slices (hover and cancellation get through); an edit in between answers ContentModified.

  function semanticTokens(params: unknown, token: CancellationToken, ranged: boolean) {
    return runSafe<{ data: number[] } | ResponseError<void>>(log, ranged ? 'semanticTokens/range' : 'semanticTokens', token, { defaultValue: { data: [] } }, async () => {
      const doc = docs.get(requireUri(params));
      const range = ranged ? requireRange(isObject(params) ? params.range : undefined) : undefined;
      if (!doc) return { data: [] };
      const version = doc.version;
      const outcome = await semanticTokensOf(doc.index, range, {
        isCancelled: () => token.isCancellationRequested,
        isStale: () => doc.closed === true || doc.version !== version,
      });
      if ('done' in outcome) return { data: outcome.done };
      if (outcome.stopped === 'cancelled' || doc.closed) return { data: [] };
      return new ResponseError<void>(LSPErrorCodes.ContentModified, 'semanticTokens: the document changed; ask again');
    });
  }

  connection.languages.semanticTokens.on((params, token) => semanticTokens(params, token, false));
  connection.languages.semanticTokens.onRange((params, token) => semanticTokens(params, token, true));

  // ---- client commands sent back to the server: editors without our client-side commands (eglot, Neovim
  // without vim.lsp.commands) send them as workspace/executeCommand. Not advertised, so VS Code keeps
  // running its own; here "compare" answers in a message, with the closest related code when none is given.

  connection.onExecuteCommand((params, token) =>
    runSafe(log, 'executeCommand', token, { defaultValue: null, errorAsResponse: true }, () => {
      const args = Array.isArray(params?.arguments) ? params.arguments : [];
      if (params?.command === ClientCommands.compare) {
        if (typeof args[0] !== 'string') throw new BadParams('smtp.compare needs a code as its first argument');
        const first = explainInput(args[0], locale);
        const second = typeof args[1] === 'string' ? args[1] : first?.related[0]?.code;
        if (!second) throw new BadParams(`no second code to compare ${args[0]} with`);
        const result = compareCodes(args[0], second, locale);
        if ('error' in result) throw new BadParams(result.error);
        settle(
          'showMessage',
          connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: `${result.a.label} vs ${result.b.label}: ${result.summary}` }),
        );
        return result;
      }
      if (params?.command === ClientCommands.copyExplanation) return null; // the text is in the hover already
      if (params?.command === ClientCommands.traceMessage) {
        // Editors without our client: the story of the message, as a message and as the command's result.
        const a: unknown = args[0];
        const doc = isObject(a) && typeof a.uri === 'string' ? docs.get(a.uri) : undefined;
        const key = isObject(a) ? traceKeyOf(a.key) : undefined;
        if (!doc?.messages || !key) throw new BadParams('smtp.traceMessage needs {uri, key} of an open document');
        const group = doc.messages.resolve(key)[0];
        if (!group) return null;
        const story = doc.messages.story(group, locale);
        settle('showMessage', connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: storyMarkdown(story, locale) }));
        return story;
      }
      // Editors without our client commands get the list in a message (and as the command's result).
      if (params?.command === ClientCommands.copyUnknownRecipients) {
        if (typeof args[0] !== 'string') throw new BadParams('smtp.copyUnknownRecipients needs a document uri as its first argument');
        const recipients = unknownRecipientsOf(args[0]);
        const shown = recipients.slice(0, 50).join(', ') + (recipients.length > 50 ? ', …' : '');
        settle('showMessage', connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: message(locale, 'action.copiedUnknownRecipients', recipients.length, shown) }));
        return { recipients };
      }
      if (params?.command === ClientCommands.copyBlocklistLookups) {
        const a = args[0] as Partial<CopyBlocklistLookupsArgs> | undefined;
        if (!isObject(a) || typeof a.ip !== 'string' || !Array.isArray(a.queries)) throw new BadParams('smtp.copyBlocklistLookups needs {ip, lists, queries}');
        const queries = a.queries.filter((q): q is string => typeof q === 'string').slice(0, 50);
        settle('showMessage', connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: message(locale, 'action.copiedBlocklistLookups', a.ip.slice(0, 64), queries.join(' ')) }));
        return { queries };
      }
      throw new BadParams(`unknown command ${String(params?.command)}`);
    }),
  );

  // ---- following a message: the messages index, highlights, references, definition, hover, smtp/trace

  /**
   * Indexes the document's messages in slices; started when its replies are scanned (continueScan: the first
   * diagnostics come first), so requests are answered meanwhile; a trace asked for earlier indexes the rest at once.
   */
  function continueMessages(doc: OpenDocument): void {
    if (doc.messagesJob || doc.closed || !doc.messages || doc.messages.complete) return;
    inBackground((job) => (doc.messagesJob = job), () => {
      if (doc.closed || !doc.messages) return;
      const started = performance.now();
      runSafeNotification(log, 'messages', () => {
        while (doc.messages && !doc.messages.complete && performance.now() - started < SLICE_MS) doc.messages.buildMore(SLICE_LINES);
      });
      continueMessages(doc);
    });
  }

  function messagesAt(doc: OpenDocument, position: TextPosition): MessagesAt | undefined {
    return doc.messages?.at(position);
  }

  /** The lines of the messages at a position: the line's own message first, at most MAX_TRACE_LINES in all. */
  function linesAt(doc: OpenDocument, position: TextPosition): { at: MessagesAt; lines: number[] } | undefined {
    const at = messagesAt(doc, position);
    if (!at) return undefined;
    const lines = new Set<number>();
    for (const g of at.own ? [at.own, ...at.groups] : at.groups) {
      for (const l of g.lines) {
        if (lines.size >= MAX_TRACE_LINES) break;
        lines.add(l);
      }
    }
    return { at, lines: [...lines].sort((a, b) => a - b) };
  }

  /** The span of the key on a line when it is written there, else the whole line. */
  function keyRange(doc: OpenDocument, line: number, key: TraceKey): Range {
    const text = doc.index.lineText(line);
    const i = key.kind === 'address' ? text.toLowerCase().indexOf(key.value) : text.indexOf(key.value);
    if (i >= 0) return { start: { line, character: i }, end: { line, character: i + key.value.length } };
    return { start: { line, character: 0 }, end: { line, character: text.length } };
  }

  function traceHover(doc: OpenDocument, position: TextPosition) {
    const at = messagesAt(doc, position);
    if (!at) return null;
    const group = at.own ?? at.groups[0];
    const story = doc.messages!.story(group, locale);
    const value = storyMarkdown(story, locale, { otherMessages: at.groups.length - 1 });
    return {
      contents: { kind: 'markdown' as const, value },
      range: { start: { line: position.line, character: at.key.start }, end: { line: position.line, character: at.key.end } },
    };
  }

  connection.onDocumentHighlight((params, token) =>
    runSafe(log, 'documentHighlight', token, { defaultValue: [] as DocumentHighlight[] }, () => {
      const doc = docs.get(requireUri(params));
      const position = requirePosition(params.position);
      if (!doc) return [];
      const found = linesAt(doc, position);
      if (!found) return [];
      // Every line of the message lights up, whole (the key is often not written on a hop's lines).
      return found.lines.map((line) => ({ range: { start: { line, character: 0 }, end: { line, character: doc.index.lineText(line).length } }, kind: 1 }));
    }),
  );

  connection.onReferences((params, token) =>
    runSafe(log, 'references', token, { defaultValue: [] as Location[] }, () => {
      const doc = docs.get(requireUri(params));
      const position = requirePosition(params.position);
      if (!doc) return [];
      const found = linesAt(doc, position);
      if (!found) return [];
      return found.lines.map((line) => ({ uri: doc.uri, range: keyRange(doc, line, found.at.key) }));
    }),
  );

  connection.onDefinition((params, token) =>
    runSafe(log, 'definition', token, { defaultValue: [] as Location[] }, () => {
      const doc = docs.get(requireUri(params));
      const position = requirePosition(params.position);
      if (!doc) return [];
      const at = messagesAt(doc, position);
      if (!at) return [];
      // Where the message entered: its reception or queueing line (of each message, for an address).
      const groups: MessageGroup[] = at.key.kind === 'address' ? at.groups.slice(0, MAX_TRACE_STORIES) : [at.own ?? at.groups[0]];
      return groups.map((g) => {
        const entry = doc.messages!.story(g, locale).entryLine;
        return { uri: doc.uri, range: { start: { line: entry, character: 0 }, end: { line: entry, character: doc.index.lineText(entry).length } } };
      });
    }),
  );

  connection.onRequest(TraceRequest.type, (params, token) =>
    runSafe(log, TraceRequest.method, token, { defaultValue: null, errorAsResponse: true }, () => {
      const uri = requireString(params, 'uri');
      const doc = docs.get(uri);
      if (!doc?.messages) throw new BadParams(`the document ${uri} is not open`);
      const loc = localeFrom(params);
      let key: TraceKey | undefined;
      let groups: MessageGroup[];
      if (isObject(params) && params.key !== undefined) {
        key = traceKeyOf(params.key);
        if (!key) throw new BadParams('expected key {kind: "queue-id"|"message-id"|"address", value}');
        groups = doc.messages.resolve(key);
      } else if (isObject(params) && params.query !== undefined) {
        groups = [];
        for (const candidate of traceKeyCandidates(requireString(params, 'query'))) {
          key = candidate;
          groups = doc.messages.resolve(candidate);
          if (groups.length > 0) break;
        }
        if (!key) return null;
      } else {
        const at = messagesAt(doc, requirePosition(isObject(params) ? params.position : undefined));
        if (!at) return null;
        key = { kind: at.key.kind, value: at.key.value };
        groups = at.own ? [at.own, ...at.groups.filter((g) => g !== at.own)] : at.groups;
      }
      if (groups.length === 0) return null;
      const shown = groups.slice(0, MAX_TRACE_STORIES);
      const stories = shown.map((g) => doc.messages!.story(g, loc));
      return { key, stories, words: stories.map((st) => storyWords(st, loc)), more: groups.length - shown.length };
    }),
  );

  // ---- custom requests (server/src/protocol.ts)

  connection.onRequest(CompareRequest.type, (params, token) =>
    runSafe(log, CompareRequest.method, token, { defaultValue: { error: 'cancelled' }, errorAsResponse: true }, () =>
      compareCodes(requireString(params, 'a'), requireString(params, 'b'), localeFrom(params)),
    ),
  );

  connection.onRequest(ExplainRequest.type, (params, token) =>
    runSafe(log, ExplainRequest.method, token, { defaultValue: null, errorAsResponse: true }, () => {
      const query = parseCodeQuery(requireString(params, 'code'));
      return query ? explain(query, localeFrom(params), explainContextOf(params)) : null;
    }),
  );

  connection.onRequest(ReplyAtRequest.type, (params, token) =>
    runSafe(log, ReplyAtRequest.method, token, { defaultValue: null, errorAsResponse: true }, () => {
      const doc = docs.get(requireString(params, 'uri'));
      const position = requirePosition(params.position);
      const hit = doc?.index.replyAt(position, READ_AHEAD);
      if (!hit) return null;
      return {
        code: hit.reply.code,
        enhanced: hit.reply.enhanced,
        label: replyLabel(hit.reply),
        range: { start: { line: position.line, character: hit.start }, end: { line: position.line, character: hit.end } },
      };
    }),
  );

  connection.onRequest(UnknownRecipientsRequest.type, (params, token) =>
    runSafe(log, UnknownRecipientsRequest.method, token, { defaultValue: { recipients: [] }, errorAsResponse: true }, () => ({
      recipients: unknownRecipientsOf(requireString(params, 'uri')),
    })),
  );

  connection.onRequest(ListCodesRequest.type, (params, token) =>
    runSafe(log, ListCodesRequest.method, token, { defaultValue: [], errorAsResponse: true }, () => listCodes(localeFrom(params))),
  );

  connection.onRequest(DocumentStatsRequest.type, (params, token) =>
    runSafe(log, DocumentStatsRequest.method, token, { defaultValue: { uri: '', transient: 0, permanent: 0 }, errorAsResponse: true }, () => {
      const uri = requireString(params, 'uri');
      const doc = docs.get(uri);
      return doc ? stats(doc) : { uri, transient: 0, permanent: 0, lines: 0, linesScanned: 0 };
    }),
  );

  connection.onRequest(SummaryRequest.type, (params, token: CancellationToken) =>
    runSafe<Summary | ResponseError<void>>(log, SummaryRequest.method, token, { defaultValue: cancelledError(SummaryRequest.method), errorAsResponse: true }, async () => {
      const uri = requireString(params, 'uri');
      const doc = docs.get(uri);
      if (!doc) throw new BadParams(`the document ${uri} is not open`);
      const file = fileNameOfUri(uri);
      const loc = localeFrom(params);
      // In slices with a turn of the event loop between them: hover and diagnostics are answered meanwhile
      // and a cancellation gets through, also on a buffer far beyond VS Code's 50 MB (Neovim, Emacs). An
      // edit in between starts the summary over on the new text; a document that keeps changing is
      // answered with ContentModified.
      for (let attempt = 0; attempt < SUMMARY_ATTEMPTS; attempt++) {
        const version = doc.version;
        const builder = new SummaryBuilder({ locale: loc });
        let from = 0;
        for (;;) {
          if (token.isCancellationRequested) return cancelledError(SummaryRequest.method);
          if (doc.closed) throw new BadParams(`the document ${uri} was closed while it was summarized`);
          if (doc.version !== version) break;
          const to = Math.min(doc.index.lineCount, from + SUMMARY_SLICE_LINES);
          if (to > from) doc.index.ensureScanned(to - 1);
          for (let line = from; line < to; line++) builder.addLine(doc.index.lineText(line), line, doc.index.findingsAt(line), file);
          if (to >= doc.index.lineCount) return builder.result();
          from = to;
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
      return new ResponseError(LSPErrorCodes.ContentModified, `${SummaryRequest.method}: the document kept changing while it was summarized; ask again`);
    }),
  );

  connection.onRequest(SummarizeFileRequest.type, (params, token: CancellationToken) => {
    const cancelled = cancelledError(SummarizeFileRequest.method);
    return runSafe<Summary | ResponseError<void>>(log, SummarizeFileRequest.method, token, { defaultValue: cancelled, errorAsResponse: true }, async () => {
      const path = requireString(params, 'path');
      // A UNC path \\host\share (on Windows also //host/share, and the \\?\ and \\.\ device paths) would make
      // the server contact an SMB host or open a named pipe: only local files are read.
      if (path.startsWith('\\\\') || (process.platform === 'win32' && /^[\\/]{2}/.test(path))) {
        throw new BadParams(`a network (UNC) or device path is not read: "${path.slice(0, 200)}"; give a file on a local disk`);
      }
      if (!isAbsolute(path)) throw new BadParams(`expected an absolute path, not "${path.slice(0, 200)}"`);
      const loc = localeFrom(params);
      const access = await checkFileAccess(path, folderPaths(workspaceFolders), isObject(params) && params.pickedByUser === true);
      if (!access.allowed) {
        if (access.reason === 'unreadable') throw new BadParams(toOpenError(path, { code: access.code }).message);
        throw new BadParams(message(loc, access.reason === 'system' ? 'summarizeFile.system' : 'summarizeFile.outside', path.slice(0, 500)));
      }
      const progress = connection.window.attachWorkDoneProgress(progressTokenOf(params));
      progress.begin(message(loc, 'progress.summarizing'), 0, path.replace(/^.*[\\/]/, ''), true);
      const builder = new SummaryBuilder({ locale: loc });
      try {
        // The resolved path is opened, so a symlink changed after the check cannot lead elsewhere.
        await summarizeLogFile(access.realPath, builder, {
          name: path,
          regularFileOnly: true,
          onProgress: reportReading(progress, loc),
          isCancelled: () => token.isCancellationRequested,
          afterChunk: () => new Promise<void>((resolve) => setImmediate(resolve)),
        });
        return builder.result();
      } catch (e) {
        if (e instanceof LogReadCancelled) return cancelled;
        // named as the client gave it, not by the resolved path that was opened
        if (e instanceof LogOpenError) throw new BadParams(e.message.startsWith(access.realPath) ? path + e.message.slice(access.realPath.length) : e.message);
        throw e;
      } finally {
        progress.done();
      }
    });
  });

  connection.listen();
}

/** Lines one highlight or references answer lists at most (an address can name a whole log). */
const MAX_TRACE_LINES = 5000;

/** A trace key from a client, checked. */
function traceKeyOf(v: unknown): TraceKey | undefined {
  if (!isObject(v) || typeof v.value !== 'string' || v.value.length === 0 || v.value.length > 512) return undefined;
  if (v.kind !== 'queue-id' && v.kind !== 'message-id' && v.kind !== 'address') return undefined;
  return { kind: v.kind, value: v.kind === 'address' ? v.value.toLowerCase() : v.value };
}

/** Lines of an open document summarized between two turns of the event loop. */
const SUMMARY_SLICE_LINES = 5000;
/** smtp/summary starts over this many times when the document changes under it. */
const SUMMARY_ATTEMPTS = 3;

/** The last path segment of a document URI, decoded; a malformed %-escape is the client's mistake. */
function fileNameOfUri(uri: string): string {
  try {
    return decodeURIComponent(uri.replace(/^.*\//, ''));
  } catch {
    throw new BadParams(`the uri has a malformed %-escape (expected %XX of UTF-8 bytes): "${uri.slice(0, 200)}"`);
  }
}

/** The answer to a request the client cancelled: the LSP's RequestCancelled error. */
function cancelledError(method: string): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, `${method}: cancelled`);
}

/** smtp/explain's optional context, each field checked: it came from a client. */
function explainContextOf(params: unknown): ExplainContext | undefined {
  const c = isObject(params) ? params.context : undefined;
  if (!isObject(c)) return undefined;
  const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : null);
  return { text: text(c.text, MAX_CONTEXT_TEXT) ?? undefined, remoteHost: text(c.remoteHost, 255), command: text(c.command, 64) };
}

function progressTokenOf(params: unknown): string | number | undefined {
  const t = isObject(params) ? params.workDoneToken : undefined;
  return typeof t === 'string' || (typeof t === 'number' && Number.isInteger(t)) ? t : undefined;
}

/** $/progress reports while a file is read: one each time the whole percentage of its bytes changes. */
function reportReading(progress: WorkDoneProgressReporter, loc: Locale): (p: LogReadProgress) => void {
  let lastPercent = -1;
  return (p) => {
    if (p.totalBytes === null || p.totalBytes === 0) return;
    const percent = Math.min(100, Math.floor((p.bytesRead * 100) / p.totalBytes));
    if (percent === lastPercent) return;
    lastPercent = percent;
    const total = p.totalBytes / 2 ** 20;
    const mb = new Intl.NumberFormat(loc === 'id' ? 'id-ID' : 'en-US', { maximumFractionDigits: total < 10 ? 1 : 0 });
    progress.report(percent, `${mb.format(Math.min(p.bytesRead, p.totalBytes) / 2 ** 20)} / ${mb.format(total)} MB`);
  };
}

/** Replies with a code inside the range, or on the range's lines when the range is a cursor. */
function touchedReplies(index: ReplyIndex, range: { start: TextPosition; end: TextPosition }): Reply[] {
  const out: Reply[] = [];
  const seen = new Set<ReplyFinding>();
  const cursor = range.start.line === range.end.line && range.start.character === range.end.character;
  const hit = cursor ? index.replyAt(range.start, READ_AHEAD) : undefined;
  if (hit) return [hit.reply];
  const lastLine = Math.min(range.end.line, range.start.line + 200, index.lineCount - 1);
  for (let line = Math.max(0, range.start.line); line <= lastLine; line++) {
    index.ensureScanned(line);
    for (const f of index.findingsAt(line)) {
      const start = f.code !== null ? f.codeStart : f.enhancedStart;
      const end = f.enhanced !== null ? f.enhancedEnd : f.codeEnd;
      const before = line < range.start.line || (line === range.start.line && end < range.start.character);
      const after = line > range.end.line || (line === range.end.line && start > range.end.character);
      if (!cursor && (before || after)) continue;
      const r = index.replyOf(f);
      if (r && !seen.has(r.parts[0])) {
        seen.add(r.parts[0]);
        out.push(r);
      }
    }
  }
  return out;
}
