// The custom messages between the SMTP language server and its clients (the VS Code extension, the tests,
// any editor that wants them). Both sides compile this file, so it imports only the protocol package and
// the core's types (type-only imports): nothing server-only, nothing from `vscode`.
/* eslint-disable @typescript-eslint/no-namespace -- the LSP convention: each message a namespace with method and type */
import { NotificationType, RequestType, type Position, type ProgressToken, type Range } from 'vscode-languageserver-protocol';
import type { Summary } from './core/summary';
import type { MessageStory, TraceKey } from './core/trace';
import type { StoryWords } from './core/traceText';
import type { Comparison, Explanation, Locale, ReplyClass } from './core/types';

/** A code of the picker list: every known basic and enhanced code with its title. */
export interface CodeListItem {
  code: string;
  title: string;
  kind: 'basic' | 'enhanced';
  replyClass: ReplyClass;
}

/** `smtp/compare`: the comparison model of two codes ("451", "4.7.1", "451 4.7.1"). */
export namespace CompareRequest {
  export const method = 'smtp/compare' as const;
  export interface Params {
    a: string;
    b: string;
    /** Defaults to the locale the server was started with. */
    locale?: Locale;
  }
  export type Result = Comparison | { error: string };
  export const type = new RequestType<Params, Result, void>(method);
}

/** What a log line says around a reply; the explanation then adds the provider usages that match it. */
export interface ExplainContext {
  /** The reply text (at most MAX_CONTEXT_TEXT characters are read). */
  text?: string;
  remoteHost?: string | null;
  /** The SMTP command the reply answered ("RCPT TO"). */
  command?: string | null;
}

/** Longest reply text a client sends back as context (copy explanation): a log line can be megabytes long. */
export const MAX_CONTEXT_TEXT = 600;

/** `smtp/explain`: one code or pair explained; null when the input is not a code of valid shape. */
export namespace ExplainRequest {
  export const method = 'smtp/explain' as const;
  export interface Params {
    code: string;
    locale?: Locale;
    /** Optional: the line's context, as `smtp.copyExplanation` receives it from a code action. */
    context?: ExplainContext;
  }
  export type Result = Explanation | null;
  export const type = new RequestType<Params, Result, void>(method);
}

/** `smtp/listCodes`: every known code with its title, for a picker. */
export namespace ListCodesRequest {
  export const method = 'smtp/listCodes' as const;
  export interface Params {
    locale?: Locale;
  }
  export type Result = CodeListItem[];
  export const type = new RequestType<Params, Result, void>(method);
}

/**
 * `smtp/replyAt`: the reply whose basic or enhanced code is at a position of an open document, found by the
 * same lookup as the hover (so a PID `smtpd[451]` or `delay=451` is no code here either); null when there is
 * none or the server does not hold the document. The VS Code client sets its `smtp.cursorOnCode` context key
 * and takes the compare command's first code from it.
 */
export namespace ReplyAtRequest {
  export const method = 'smtp/replyAt' as const;
  export interface Params {
    uri: string;
    position: Position;
  }
  export interface ReplyAt {
    code: string | null;
    enhanced: string | null;
    /** "451 4.7.1", "451" or "4.7.1": the whole reply, as code actions and the compare panel name it. */
    label: string;
    /** The code under the position (basic or enhanced), as the hover's range. */
    range: Range;
  }
  export type Result = ReplyAt | null;
  export const type = new RequestType<Params, Result, void>(method);
}

/** Counts of negative replies in one open document (the client's status item). */
export interface DocumentStats {
  uri: string;
  /** Transient negative replies (4xx, 4.x.x). */
  transient: number;
  /** Permanent negative replies (5xx, 5.x.x). */
  permanent: number;
  /** Lines in the document. */
  lines?: number;
  /**
   * How many line scans the server has made for this document since it was opened: the difference across
   * an edit shows how much was re-scanned (the benchmark and the tests read it).
   */
  linesScanned?: number;
}

/** `smtp/documentStats`: the counts for a document; zeros for a document the server does not know. */
export namespace DocumentStatsRequest {
  export const method = 'smtp/documentStats' as const;
  export interface Params {
    uri: string;
  }
  export type Result = DocumentStats;
  export const type = new RequestType<Params, Result, void>(method);
}

/** `smtp/statsChanged`: pushed each time the diagnostics of a document are published. */
export namespace StatsChangedNotification {
  export const method = 'smtp/statsChanged' as const;
  export type Params = DocumentStats;
  export const type = new NotificationType<Params>(method);
}

/** `smtp/summary`: the whole-log summary of an open document (issue E). Row lines are 1-based. */
export namespace SummaryRequest {
  export const method = 'smtp/summary' as const;
  export interface Params {
    uri: string;
    locale?: Locale;
  }
  export type Result = Summary;
  export const type = new RequestType<Params, Result, void>(method);
}

/**
 * `smtp/summarizeFile`: the same summary of a log file read from disk by the server, streaming (files
 * over VS Code's 50 MB limit for extensions, gzip-compressed rotations). With a `workDoneToken` the server
 * reports `$/progress` on it (begin, report with a percentage of the file's bytes, end). A cancelled
 * request stops the reading and is answered with the RequestCancelled error (-32800); a file that cannot
 * be read with an InvalidParams error whose message names the problem ("/var/log/x: no such file").
 * Only a file whose real path (symlinks resolved) lies inside a workspace folder is read, or one the person
 * picked (`pickedByUser`); never one under /proc, /sys or /dev. A refusal is an InvalidParams error with a
 * message for the person in the request's locale.
 */
export namespace SummarizeFileRequest {
  export const method = 'smtp/summarizeFile' as const;
  export interface Params {
    /** An absolute path on the server's machine. */
    path: string;
    locale?: Locale;
    workDoneToken?: ProgressToken;
    /**
     * True when the person chose this file in the client's own file dialog: the server then reads it even
     * outside the workspace folders. A client sets it only for a path that came from its dialog, never for
     * one from a command argument or a link.
     */
    pickedByUser?: boolean;
  }
  export type Result = Summary;
  export const type = new RequestType<Params, Result, void>(method);
}

/**
 * `smtp/unknownRecipients`: the distinct recipient addresses of the unknown-user refusals (reason
 * "userunknown") in an open document, in the order first seen; empty for a document the server does not hold.
 */
export namespace UnknownRecipientsRequest {
  export const method = 'smtp/unknownRecipients' as const;
  export interface Params {
    uri: string;
  }
  export interface Result {
    recipients: string[];
  }
  export const type = new RequestType<Params, Result, void>(method);
}

/** Client-side commands that the server's code actions run. */
export const ClientCommands = {
  /** Arguments: [firstCode] or [firstCode, secondCode]. */
  compare: 'smtp.compare',
  /** Arguments: [CopyExplanationArgs]. */
  copyExplanation: 'smtp.copyExplanation',
  /** Arguments: [TraceMessageArgs]. */
  traceMessage: 'smtp.traceMessage',
  /** Arguments: [uri] of the document (the client asks smtp/unknownRecipients when run); none: the active editor. */
  copyUnknownRecipients: 'smtp.copyUnknownRecipients',
  /** Arguments: [CopyBlocklistLookupsArgs]. */
  copyBlocklistLookups: 'smtp.copyBlocklistLookups',
} as const;

/** The argument of `smtp.copyBlocklistLookups`: the IP a refusal names and the DNS queries for the lists it names. */
export interface CopyBlocklistLookupsArgs {
  ip: string;
  lists: string[];
  queries: string[];
}

/**
 * The argument of `smtp.copyExplanation` from a code action: the reply's codes and its context, not prebuilt
 * text, so a code action costs nothing to offer and the client builds the text only when it is run.
 */
export interface CopyExplanationArgs extends ExplainContext {
  code: string | null;
  enhanced: string | null;
  /** 0-based line of the reply's first line. */
  line: number;
}

/** The argument of `smtp.traceMessage` from a code action: the document and the key to follow. */
export interface TraceMessageArgs {
  uri: string;
  key: TraceKey;
  /** 0-based line the action was offered on. */
  line: number;
}

/**
 * The semantic token legend, one type per reply class. Clients theme them by name; the VS Code extension
 * contributes them (`semanticTokenTypes` with a super type, `semanticTokenScopes`) so themes colour them.
 */
export const SemanticTokenLegend = {
  tokenTypes: ['smtpPositiveCompletion', 'smtpPositiveIntermediate', 'smtpTransientNegative', 'smtpPermanentNegative'],
  tokenModifiers: ['enhanced'],
} as const;

/** The index of a reply class in SemanticTokenLegend.tokenTypes. */
export function semanticTokenTypeOf(replyClass: ReplyClass): number {
  switch (replyClass) {
    case 'positive-completion':
      return 0;
    case 'positive-intermediate':
      return 1;
    case 'transient-negative':
      return 2;
    default:
      return 3;
  }
}

/** The settings section `smtp`, as the server reads it (every key optional: defaults fill the gaps). */
export interface SmtpSettings {
  languages?: string[];
  severity?: { transient?: string; permanent?: string };
  maxProblems?: number;
  inlayHints?: { enabled?: boolean };
  trace?: { server?: string };
}

/**
 * `smtp/trace`: the messages a queue id, Message-ID or address names in an open document, each told as a
 * story (hops, sender, size, recipients with attempts and fate, every line as a step); by the key at
 * `position`, a `key` given, or a typed `query`. Lines are 0-based. null when the position is on no key or nothing matches.
 */
export namespace TraceRequest {
  export const method = 'smtp/trace' as const;
  export interface Params {
    uri: string;
    position?: Position;
    key?: TraceKey;
    /** What a person typed: a queue id, an address or a Message-ID (with or without angle brackets). */
    query?: string;
    locale?: Locale;
  }
  export interface Result {
    key: TraceKey;
    /** The message of the position's line first, then the others the key names (at most MAX_TRACE_STORIES). */
    stories: MessageStory[];
    /** Each story's words in the request's locale, for views that only render. */
    words: StoryWords[];
    /** Messages the key names beyond those returned. */
    more: number;
  }
  export const type = new RequestType<Params, Result | null, void>(method);
}

/** Stories one smtp/trace answer carries at most (an address can name thousands of messages). */
export const MAX_TRACE_STORIES = 50;
