// `smtp-codes`: the command line on the same core as the editor. scan, check, explain, compare, summary,
// and the stdio language server. Logs are read streaming; every failure a person can cause (a missing
// file, a bad argument) ends with one line on stderr and exit status 2, never a stack trace.
import { version } from '../../package.json';
import { parseCodeQuery } from './core/codes';
import { compareCodes } from './core/compare';
import { comparisonMarkdown } from './core/compareMarkdown';
import type { SectionHeadingKey } from './core/data';
import { explain, explainInput, providerTag } from './core/knowledgeBase';
import { heading as sectionHeading, message, replyClassShortName } from './core/messages';
import { reasonOfReply } from './core/reasons';
import { readReplies } from './core/readers';
import { INITIAL_SCAN_STATE, carriedLines, groupReplies, scanLine } from './core/scanner';
import { SummaryBuilder, type HostRow, type HourRow, type PatternRow, type ReasonRow, type Summary, type SummaryState } from './core/summary';
import { DEFAULT_VALIDATION_SETTINGS, problemsFor, type Problem } from './core/validation';
import { MessageIndex, resolveInput, storyOf, type MessageStory } from './core/trace';
import { storyText, stepLabel, traceStrings } from './core/traceText';
import type { Comparison, Explanation, Locale, Reply, ReplyClass, ReplyFinding } from './core/types';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { statSync } from 'node:fs';
import { LogOpenError, checkLogPath, openLog, planLogParts, readLogLines, readLogPart, type LogPart } from './logReader';
import { summarizeLogFile } from './logSummary';

/** A mistake in how the command was called, or an input that cannot be read: exit status 2. */
class UsageError extends Error {}

// ---------------------------------------------------------------------------------------------
// Output: buffered, flushed per input chunk; writing into a closed pipe (`| head`) ends quietly.

class Output {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly stream: NodeJS.WriteStream = process.stdout) {}

  write(s: string): void {
    this.parts.push(s);
    this.size += s.length;
    if (this.size >= 1 << 16) this.flushSync();
  }

  line(s = ''): void {
    this.write(s + '\n');
  }

  private flushSync(): void {
    if (this.size === 0) return;
    const data = this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.pendingDrain = !this.stream.write(data) || this.pendingDrain;
  }

  private pendingDrain = false;

  /** Writes what is buffered and waits while the reader is behind, so memory stays flat. */
  async flush(): Promise<void> {
    this.flushSync();
    if (this.pendingDrain && this.stream.writableNeedDrain) {
      await new Promise<void>((resolve) => this.stream.once('drain', resolve));
    }
    this.pendingDrain = false;
  }
}

function quitOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') process.exit(0);
    process.stderr.write(`smtp-codes: cannot write output (${e.code ?? e.message})\n`);
    process.exit(2);
  });
}

// ---------------------------------------------------------------------------------------------
// Arguments

interface CommandSpec {
  flags: string[];
  options: Record<string, string[] | null>; // allowed values, or null for any value
}

interface Parsed {
  flags: Set<string>;
  options: Map<string, string>;
  positional: string[];
}

function parseArgs(command: string, args: string[], spec: CommandSpec): Parsed {
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positional: string[] = [];
  let onlyPositional = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (onlyPositional || a === '-' || !a.startsWith('-') || /^-\d/.test(a)) {
      positional.push(a);
      continue;
    }
    if (a === '--') {
      onlyPositional = true;
      continue;
    }
    if (a === '-h' || a === '--help') {
      flags.add('help');
      continue;
    }
    const eq = a.indexOf('=');
    const name = (eq >= 0 ? a.slice(0, eq) : a).replace(/^--?/, '');
    if (spec.flags.includes(name)) {
      if (eq >= 0) throw new UsageError(`${command}: option --${name} takes no value`);
      flags.add(name);
    } else if (name in spec.options) {
      let value: string | undefined;
      if (eq >= 0) value = a.slice(eq + 1);
      else value = args[++i];
      if (value === undefined) throw new UsageError(`${command}: option --${name} needs a value`);
      const allowed = spec.options[name];
      if (allowed && !allowed.includes(value)) throw new UsageError(`${command}: --${name} must be one of ${allowed.join(', ')}, not "${value}"`);
      options.set(name, value);
    } else {
      throw new UsageError(`${command}: unknown option ${eq >= 0 ? a.slice(0, eq) : a} (see smtp-codes ${command} --help)`);
    }
  }
  return { flags, options, positional };
}

/** --locale, else LC_ALL / LC_MESSAGES / LANG starting with "id", else English. */
function localeOf(parsed: Parsed): Locale {
  const given = parsed.options.get('locale');
  if (given === 'en' || given === 'id') return given;
  const env = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return env.toLowerCase().startsWith('id') ? 'id' : 'en';
}

const LOCALES = ['en', 'id'];

// ---------------------------------------------------------------------------------------------
// Help

const HELP: Record<string, string> = {
  main: `smtp-codes ${version}: SMTP reply codes in mail logs and transcripts, explained.

Usage: smtp-codes <command> [options] [arguments]

Commands:
  scan [--json] FILE...              every SMTP reply found in the logs
  check [--format text|json] FILE... negative replies as compiler-style problems (exit 1 on errors)
  explain CODE [--json]              what a code means: 451, 4.7.1, "451 4.7.1", a whole reply or a tag (TSS04)
  compare A B [--json|--markdown]    two codes side by side, e.g. compare 451 550
  summary [--json] [--by reason] FILE...  what went wrong, how often, to whom and when
  trace KEY [--json] FILE...         one message's lines and story: KEY is a queue id, address or Message-ID
  lsp --stdio                        run the language server on stdin/stdout

Options for every command:
  --locale en|id   language of titles and explanations (default: from LANG, else en)
  -h, --help       help for a command: smtp-codes <command> --help
  --version        print the version

FILE may be "-" for standard input; gzip-compressed logs are read as they are.
Exit status: 0 done, 1 check found an error-severity problem, 2 bad arguments or unreadable input.`,
  scan: `Usage: smtp-codes scan [--json] [--locale en|id] FILE...

Prints every SMTP reply found in the files, one per reply (a multi-line reply counts once):
  FILE:LINE:COLUMN: CODE ENHANCED  class  title
With --json, one JSON object per line (JSON Lines):
  {"file","line","column","endLine","endColumn","code","enhanced","class","title","command","reason"}
line and column are 1-based and mark the start of the first code; endLine and endColumn mark the end
of the code on the reply's last line (endColumn is one past the last character). reason is why a
negative reply failed (userunknown, mailboxfull, blocked, ..., undefined), null for a positive one.
FILE "-" reads standard input.`,
  check: `Usage: smtp-codes check [--format text|json] [--locale en|id] FILE...

Prints what the editor's Problems panel shows: transient (4xx) replies as warnings, permanent (5xx)
replies as errors, compiler style:
  mail.log:12:45: warning: 451 4.7.1 ...
Each message names why it failed, by name and id: "— Unknown recipient [userunknown] —".
--format json prints one JSON object per problem (JSON Lines) with 1-based positions and the reason id
in "reason" (userunknown, mailboxfull, blocked, ..., undefined).
Exit status: 1 when any error-severity problem was found, 0 otherwise, 2 for unreadable input.`,
  explain: `Usage: smtp-codes explain CODE [--json] [--locale en|id]

Explains a reply code (451), an enhanced status code (4.7.1) or both ("451 4.7.1"), a whole reply as a log
shows it ("421 4.7.0 [TSS04] Messages from ... deferred") or a provider's tag alone (TSS04): its class and what
that means for delivery, what happened, when you see it, how to fix it on the sending and on the
receiving side, and references. --json prints the whole explanation as one JSON object.`,
  compare: `Usage: smtp-codes compare A B [--json | --markdown] [--locale en|id]

Compares two codes (each 451, 4.7.1 or "451 4.7.1"): a one-sentence summary, the description, when you
see it, how to fix, the key differences (class, retry, who acts, phase) and, from a server operator's
view, when to use which. --json prints the comparison model the editor's compare view renders;
--markdown prints the Markdown document the compare view's "Copy as Markdown" copies.`,
  summary: `Usage: smtp-codes summary [--json] [--by reason] [--top N] [--locale en|id] FILE...

A report on whole logs (Postfix, Exim, Sendmail, OpenSMTPD, transcripts, bounce messages), with the
sections a pflogsumm user knows: Grand Totals, Per-Hour Traffic, Deferral detail, Bounce detail, Reject
detail; then the top transient and permanent replies with their explanation titles, the hosts and
recipient domains with the most failures, and counts by code, enhanced code and command.
Reply texts are grouped with addresses, IPs, numbers and ids masked. Files are read streaming: a log of
several GB runs in flat memory. SMTP_CODES_THREADS=N splits a plain file across N threads (the same
report as one thread; each thread holds its part's tables whole, so memory grows with N). --top N sets the rows per table
(default 10).
--by reason adds "Failures by reason": every deferral, bounce and reject counted by why it failed
(userunknown, mailboxfull, blocked, ..., undefined when nothing decides it), with each reason's name and
its top recipient domains and recipients. --json always has it, as "byReason".`,
  trace: `Usage: smtp-codes trace ID|ADDRESS|MESSAGE-ID [--json] [--locale en|id] FILE...

Follows a message through the logs as exigrep and track_msg do, for every format: the lines sharing its
queue id (Postfix, Sendmail, Exim, OpenSMTPD), joined across hops (a content filter's "queued as",
amavis' Queue-ID/queued_as, bounce notifications, the same Message-ID under another queue id). Prints
each message's story (sender, size, each recipient's attempts and fate, time in the queue), then its
lines as FILE:LINE: text. An address gives every message from or to it. Rotated files of one log
(mail.log.2.gz mail.log.1 mail.log, maillog-20261127 maillog) are read oldest first, whatever the order
given. --json prints {"key", "messages": [story...]} with 1-based lines and their files.
Exit status: 0 when a message was found, 1 when none was, 2 for bad arguments or unreadable input.`,
  lsp: `Usage: smtp-codes lsp --stdio

Runs the SMTP Codes language server on standard input and output, for editors other than VS Code.`,
};

// ---------------------------------------------------------------------------------------------
// Reading logs

interface LineSink {
  (text: string, line: number): void;
}

/** Streams every file, line by line; output is flushed between chunks. */
async function forEachLine(files: string[], out: Output, start: (file: string) => LineSink, end?: (file: string) => void): Promise<void> {
  if (files.length === 0) throw new UsageError('no FILE given (use "-" for standard input)');
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('"-" (standard input) can be given only once');
  for (const f of files) await checkLogPath(f);
  for (const f of files) {
    const source = await openLog(f);
    if (source.looksBinary) process.stderr.write(`smtp-codes: ${f}: binary data (NUL bytes), read as text\n`);
    const sink = start(f);
    const r = await readLogLines(source, sink, () => out.flush());
    if (r.truncatedLines > 0) {
      process.stderr.write(`smtp-codes: ${f}: ${r.truncatedLines} line(s) longer than 16 Mi characters were cut\n`);
    }
    end?.(f);
    await out.flush();
  }
}

/**
 * Turns a stream of per-line findings into finished replies: findings of a multi-line reply wait until
 * its last line ("250 OK" after "250-PIPELINING"), then groupReplies joins them.
 */
class ReplyStream {
  private pending: ReplyFinding[] = [];

  constructor(private readonly emit: (replies: Reply[]) => void) {}

  push(findings: ReplyFinding[]): void {
    if (findings.length === 0) {
      this.flush();
      return;
    }
    for (const f of findings) this.pending.push(f);
    if (!findings[findings.length - 1].continued || this.pending.length > 512) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const replies = groupReplies(this.pending);
    this.pending = [];
    this.emit(replies);
  }
}

/** Scans a file's lines and hands over finished replies. */
function replySink(onReplies: (replies: Reply[]) => void): { sink: LineSink; end: () => void } {
  let state = INITIAL_SCAN_STATE;
  let next = 0;
  const stream = new ReplyStream(onReplies);
  return {
    sink: (text, line) => {
      const r = readReplies(text, line, state);
      state = r.state;
      next = line + 1;
      stream.push(r.findings);
    },
    end: () => {
      // A quoted-printable logical line that the file ends in the middle of ends with it.
      if (carriedLines(state) > 0) stream.push(scanLine('', next, state).findings);
      stream.flush();
    },
  };
}

function makeTitler(locale: Locale): (code: string | null, enhanced: string | null) => string {
  const cache = new Map<string, string>();
  return (code, enhanced) => {
    const key = (code ?? '') + ' ' + (enhanced ?? '');
    let title = cache.get(key);
    if (title === undefined) {
      try {
        title = explain({ code, enhanced }, locale).title;
      } catch {
        title = '';
      }
      if (cache.size > 10_000) cache.clear();
      cache.set(key, title);
    }
    return title;
  };
}

/** Log text is untrusted: control characters would drive the terminal. */
function printable(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\uFFFD');
}

// ---------------------------------------------------------------------------------------------
// Commands

async function scanCommand(args: string[]): Promise<number> {
  const p = parseArgs('scan', args, { flags: ['json'], options: { locale: LOCALES } });
  if (p.flags.has('help')) return help('scan');
  const locale = localeOf(p);
  const json = p.flags.has('json');
  const out = new Output();
  const title = makeTitler(locale);
  let end: () => void = () => undefined;
  await forEachLine(
    p.positional,
    out,
    (file) => {
      const r = replySink((replies) => {
        for (const reply of replies) {
          const first = reply.parts[0];
          const last = reply.parts[reply.parts.length - 1];
          const column = (first.code !== null ? first.codeStart : first.enhancedStart) + 1;
          const endColumn = Math.max(last.code !== null ? last.codeEnd : 0, last.enhanced !== null ? last.enhancedEnd : 0) + 1;
          const t = title(reply.code, reply.enhanced);
          if (json) {
            out.line(
              JSON.stringify({
                file,
                line: first.line + 1,
                column,
                endLine: last.line + 1,
                endColumn,
                code: reply.code,
                enhanced: reply.enhanced,
                class: reply.replyClass,
                title: t,
                command: reply.command,
                reason: reasonOfReply(reply, replies)?.reason ?? null,
              }),
            );
          } else {
            const codes = [reply.code, reply.enhanced].filter((c) => c !== null).join(' ');
            const cmd = reply.command ? ` [${reply.command}]` : '';
            out.line(`${printable(file)}:${first.line + 1}:${column}: ${codes}  ${replyClassShortName(reply.replyClass, locale)}  ${t}${printable(cmd)}`);
          }
        }
      });
      end = r.end;
      return r.sink;
    },
    () => end(),
  );
  await out.flush();
  return 0;
}

async function checkCommand(args: string[]): Promise<number> {
  const p = parseArgs('check', args, { flags: [], options: { format: ['text', 'json'], locale: LOCALES } });
  if (p.flags.has('help')) return help('check');
  const locale = localeOf(p);
  const json = p.options.get('format') === 'json';
  const out = new Output();
  const settings = { ...DEFAULT_VALIDATION_SETTINGS, maxProblems: Number.MAX_SAFE_INTEGER };
  let errors = 0;
  let end: () => void = () => undefined;
  const print = (file: string, problem: Problem): void => {
    if (problem.severity === 'error') errors++;
    if (json) {
      out.line(
        JSON.stringify({
          file,
          line: problem.line + 1,
          column: problem.character + 1,
          endLine: problem.endLine + 1,
          endColumn: problem.endCharacter + 1,
          severity: problem.severity,
          code: problem.code,
          reason: problem.reason,
          message: problem.message,
          href: problem.href,
        }),
      );
    } else {
      out.line(`${printable(file)}:${problem.line + 1}:${problem.character + 1}: ${problem.severity}: ${printable(problem.message)}`);
    }
  };
  await forEachLine(
    p.positional,
    out,
    (file) => {
      const r = replySink((replies) => {
        for (const problem of problemsFor(replies, settings, locale)) print(file, problem);
      });
      end = r.end;
      return r.sink;
    },
    () => end(),
  );
  await out.flush();
  return errors > 0 ? 1 : 0;
}

async function summaryCommand(args: string[]): Promise<number> {
  const p = parseArgs('summary', args, { flags: ['json'], options: { locale: LOCALES, top: null, by: ['reason'] } });
  if (p.flags.has('help')) return help('summary');
  const locale = localeOf(p);
  const topText = p.options.get('top');
  const top = topText === undefined ? 10 : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > 10_000) throw new UsageError(`summary: --top must be a whole number from 1 to 10000, not "${topText}"`);
  const out = new Output();
  const builder = new SummaryBuilder({ locale, top });
  await summarizeFiles(p.positional, builder);
  const summary = builder.result();
  if (p.flags.has('json')) out.line(JSON.stringify(summary, null, 2));
  else writeSummary(out, summary, locale, { byReason: p.options.get('by') === 'reason' });
  await out.flush();
  return 0;
}

/**
 * Feeds every file to the builder. A large plain file is cut at line starts into parts summarized at the
 * same time: this thread reads the first part while worker threads read the others, and their counts
 * merge in order (SummaryBuilder.merge), so the result is the one a single pass gives (up to which rows a
 * full table sends to "(other)"). How many parts: summaryThreads.
 */
async function summarizeFiles(files: string[], builder: SummaryBuilder): Promise<void> {
  const sequential: string[] = [];
  const onWarning = (m: string): void => void process.stderr.write(`smtp-codes: ${m}\n`);
  const flushSequential = async (): Promise<void> => {
    for (const file of sequential.splice(0)) await summarizeLogFile(file, builder, { onWarning });
  };
  if (files.length === 0) throw new UsageError('no FILE given (use "-" for standard input)');
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('"-" (standard input) can be given only once');
  for (const f of files) await checkLogPath(f);
  for (const file of files) {
    const threads = file === '-' ? 1 : summaryThreads(file);
    const parts = threads > 1 ? planLogParts(file, threads, MIN_PART_BYTES) : [];
    if (parts.length < 2) {
      sequential.push(file);
      continue;
    }
    await flushSequential();
    // The workers start first (each loads this bundle: tens of milliseconds), then this thread reads part 0.
    const others = Promise.all(parts.slice(1).map(summarizePartInWorker)).catch(() => null);
    let firstLines = 0;
    const first = readLogPart(
      parts[0],
      (text) => {
        firstLines++;
        builder.feed(text, file);
      },
      (buf, start, end) => builder.skipBytes(buf, start, end, file) && ++firstLines > 0,
    );
    const results = await others;
    if (results === null) {
      // A thread failed (memory limit, no threads here): the rest of the file on this thread instead.
      const rest: LogPart = { file, start: parts[1].start, end: parts[parts.length - 1].end };
      const r = readLogPart(rest, (text) => builder.feed(text, file), (buf, start, end) => builder.skipBytes(buf, start, end, file));
      if (first.truncatedLines + r.truncatedLines > 0) onWarning(`${file}: ${first.truncatedLines + r.truncatedLines} line(s) longer than 16 Mi characters were cut`);
      continue;
    }
    let offset = firstLines;
    let truncated = first.truncatedLines;
    for (const r of results) {
      builder.merge(r.state, offset);
      offset += r.state.lines;
      truncated += r.truncatedLines;
    }
    if (truncated > 0) onWarning(`${file}: ${truncated} line(s) longer than 16 Mi characters were cut`);
  }
  await flushSequential();
}

/** A part smaller than this is not worth a thread's start-up (loading this bundle, warming the JIT). */
const MIN_PART_BYTES = 12 * 1024 * 1024;

/**
 * How many threads summarize one file: SMTP_CODES_THREADS=N asks for N; without it, one. Measured on two
 * cores (npm run bench's machine), threads did not pay by default: two threads were 15% slower than one on
 * a 50 MB log (each thread loads this bundle and warms its own JIT, and V8's collector threads lose their
 * core), and on 1 GB they saved 30% of the time but took the peak RSS from 141 MB to 257 MB, over the
 * 200 MB that a summary of 1 GB may take. Only a plain file is split; a gzip file, a pipe or standard
 * input is read on this thread.
 */
function summaryThreads(file: string): number {
  const asked = Number(process.env.SMTP_CODES_THREADS);
  if (process.env.SMTP_CODES_THREADS === undefined || process.env.SMTP_CODES_THREADS === '' || !Number.isInteger(asked) || asked <= 1) return 1;
  try {
    if (!statSync(file).isFile()) return 1;
  } catch {
    return 1;
  }
  return Math.min(asked, 16);
}

interface PartResult {
  state: SummaryState;
  truncatedLines: number;
}

function summarizePartInWorker(part: LogPart): Promise<PartResult> {
  return new Promise((resolvePart, reject) => {
    const worker = new Worker(__filename, { workerData: { smtpCodesSummaryPart: part }, resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 8 } });
    worker.once('message', (r: PartResult) => resolvePart(r));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`summary thread exited with ${code}`));
    });
  });
}

/** The worker side: one part of one file, summarized and sent back as plain data. */
function runSummaryPart(part: LogPart): void {
  // No caps in a part (SummaryBuilder.forPart): the merge applies them as one pass would. A part with
  // more rows than its heap holds ends the thread (resourceLimits), and the main thread then reads the
  // rest of the file itself, which is exact as well.
  const builder = SummaryBuilder.forPart();
  const { truncatedLines } = readLogPart(part, (text) => builder.feed(text, part.file), (buf, start, end) => builder.skipBytes(buf, start, end, part.file));
  const result: PartResult = { state: builder.snapshot(), truncatedLines };
  parentPort?.postMessage(result);
}

// ---------------------------------------------------------------------------------------------
// trace

/**
 * Rotated copies of one log, oldest first: "mail.log.2.gz", "mail.log.1", "mail.log"; "maillog-20261127"
 * before "maillog". Files of different logs keep the order given.
 */
export function rotationOrder(files: string[]): string[] {
  const parse = (f: string) => {
    const m = /^(.*?)(?:\.(\d{1,3})|-(\d{8}))?(?:\.gz)?$/.exec(f)!;
    return { base: m[1], rank: m[2] !== undefined ? -Number(m[2]) : m[3] !== undefined ? Number(m[3]) - 1e9 : 0 };
  };
  const parsed = files.map(parse);
  if (files.length < 2 || files.includes('-') || parsed.some((p) => p.base !== parsed[0].base)) return files;
  return files.map((f, i) => ({ f, rank: parsed[i].rank, i })).sort((a, b) => a.rank - b.rank || a.i - b.i).map((x) => x.f);
}

async function traceCommand(args: string[]): Promise<number> {
  const p = parseArgs('trace', args, { flags: ['json'], options: { locale: LOCALES } });
  if (p.flags.has('help')) return help('trace');
  const locale = localeOf(p);
  const [input, ...given] = p.positional;
  if (input === undefined) throw new UsageError('trace: give a queue id, an address or a Message-ID, then the files');
  if (given.length === 0) throw new UsageError('trace: no FILE given (use "-" for standard input)');
  const files = rotationOrder(given);
  if (files.filter((f) => f === '-').length > 1) throw new UsageError('"-" (standard input) can be given only once');
  for (const f of files) await checkLogPath(f);
  // Pass 1 indexes the keys of every line (line numbers run on across files); pass 2 reads again only to
  // collect the lines of the messages found. What cannot be read twice (stdin, a pipe) keeps its lines
  // from the first pass.
  const index = new MessageIndex();
  const starts: number[] = [];
  const spooled = new Map<number, string[]>();
  let total = 0;
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    starts.push(total);
    const source = await openLog(f);
    if (source.looksBinary) process.stderr.write(`smtp-codes: ${f}: binary data (NUL bytes), read as text\n`);
    const keep: string[] | null = source.size === undefined ? [] : null;
    const base = total;
    const r = await readLogLines(source, (text, line) => {
      index.addLine(base + line, text);
      keep?.push(text);
    });
    if (keep) spooled.set(i, keep);
    total += r.lines;
  }
  const fileOf = (line: number): number => {
    let i = starts.length - 1;
    while (i > 0 && starts[i] > line) i--;
    return i;
  };
  const found = resolveInput(index, input);
  const texts = new Map<number, string>();
  if (found) {
    const wanted = new Set<number>();
    for (const g of found.groups) for (const l of g.lines) wanted.add(l);
    for (let i = 0; i < files.length; i++) {
      const from = starts[i];
      const kept = spooled.get(i);
      if (kept) {
        kept.forEach((t, l) => {
          if (wanted.has(from + l)) texts.set(from + l, t);
        });
        continue;
      }
      await readLogLines(await openLog(files[i]), (text, line) => {
        if (wanted.has(from + line)) texts.set(from + line, text);
      });
    }
  }
  const lineText = (l: number) => texts.get(l) ?? '';
  const where = (l: number) => `${files[fileOf(l)]}:${l - starts[fileOf(l)] + 1}`;
  const stories: MessageStory[] = found ? found.groups.map((g) => storyOf(g, index, lineText, locale)) : [];
  const out = new Output();
  if (p.flags.has('json')) {
    const place = (l: number) => ({ file: files[fileOf(l)], line: l - starts[fileOf(l)] + 1 });
    const json = stories.map((s) => ({
      ...s,
      entryLine: place(s.entryLine),
      lines: s.lines.map((l) => ({ ...place(l), text: lineText(l) })),
      steps: s.steps.map((st) => ({ ...st, ...place(st.line), endLine: undefined, label: stepLabel(st, locale) })),
      recipients: s.recipients.map((r) => ({ ...r, attempts: r.attempts.map((a) => ({ ...a, ...place(a.line) })) })),
      hops: s.hops.map((h) => ({ ...h, firstLine: place(h.firstLine) })),
    }));
    out.line(JSON.stringify({ key: found?.key ?? { kind: null, value: input }, messages: json }, null, 2));
  } else if (stories.length === 0) {
    process.stderr.write(`smtp-codes: ${traceStrings(locale).noMessage} ${printable(input)}\n`);
  } else {
    stories.forEach((s, i) => {
      if (i > 0) out.line();
      for (const l of storyText(s, locale, where)) out.line(printable(l));
      out.line();
      for (const l of s.lines) out.line(printable(`${where(l)}: ${lineText(l)}`));
    });
  }
  await out.flush();
  return stories.length > 0 ? 0 : 1;
}

async function explainCommand(args: string[]): Promise<number> {
  const p = parseArgs('explain', args, { flags: ['json'], options: { locale: LOCALES } });
  if (p.flags.has('help')) return help('explain');
  if (p.positional.length === 0) throw new UsageError('explain: give a code, e.g. smtp-codes explain 451 or explain "451 4.7.1"');
  const input = p.positional.join(' ');
  const locale = localeOf(p);
  const e = explainInput(input, locale);
  const tag = e ? undefined : providerTag(input);
  if (tag) throw new UsageError(`explain: ${tag.code} is a ${tag.providerName} tag; give the whole reply it came in, as the log shows it (explain "CODE ENHANCED [${tag.code}] ...")`);
  if (!e) throw new UsageError(`explain: "${printable(input)}" is not an SMTP code (give 451, 4.7.1, "451 4.7.1", a whole reply or a provider tag such as TSS04)`);
  const out = new Output();
  if (p.flags.has('json')) out.line(JSON.stringify(e, null, 2));
  else writeExplanation(out, e, locale);
  await out.flush();
  return 0;
}

async function compareCommand(args: string[]): Promise<number> {
  const p = parseArgs('compare', args, { flags: ['json', 'markdown'], options: { locale: LOCALES } });
  if (p.flags.has('help')) return help('compare');
  if (p.flags.has('json') && p.flags.has('markdown')) throw new UsageError('compare: give either --json or --markdown, not both');
  const [a, b] = splitPair(p.positional);
  const locale = localeOf(p);
  const c = compareCodes(a, b, locale);
  if ('error' in c) throw new UsageError(`compare: ${c.error}`);
  const out = new Output();
  if (p.flags.has('json')) out.line(JSON.stringify(c, null, 2));
  else if (p.flags.has('markdown')) out.write(comparisonMarkdown(c));
  else writeComparison(out, c);
  await out.flush();
  return 0;
}

/** "451 550", "451 4.7.1 550 5.7.1" (four words) or two quoted pairs. */
function splitPair(words: string[]): [string, string] {
  if (words.length === 2) return [words[0], words[1]];
  if (words.length === 4) {
    const a = `${words[0]} ${words[1]}`;
    const b = `${words[2]} ${words[3]}`;
    if (parseCodeQuery(a) && parseCodeQuery(b)) return [a, b];
  }
  if (words.length === 3) {
    const ab = `${words[0]} ${words[1]}`;
    if (parseCodeQuery(ab)) return [ab, words[2]];
    const bc = `${words[1]} ${words[2]}`;
    if (parseCodeQuery(bc)) return [words[0], bc];
  }
  throw new UsageError('compare: give two codes, e.g. smtp-codes compare 451 550 or compare "451 4.7.1" "550 5.7.1"');
}

async function lspCommand(args: string[]): Promise<number> {
  const p = parseArgs('lsp', args, { flags: ['stdio'], options: {} });
  if (p.flags.has('help')) return help('lsp');
  if (!p.flags.has('stdio') || p.positional.length > 0) throw new UsageError('lsp: only --stdio is supported: smtp-codes lsp --stdio');
  // Loaded here so the other commands do not pay for the server and the LSP library at start-up.
  const [{ createConnection, ProposedFeatures }, { startServer }] = await Promise.all([import('vscode-languageserver/node'), import('./server')]);
  startServer(createConnection(ProposedFeatures.all));
  return -1; // keep running: the connection ends the process when the client exits
}

function help(command: string): number {
  process.stdout.write(HELP[command] + '\n');
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Text layouts

/** A heading or label of the core's one table (data/names.ts), in locale. */
function labels(locale: Locale): (key: SectionHeadingKey) => string {
  return (key) => sectionHeading(key, locale);
}

function width(): number {
  const cols = process.stdout.isTTY ? process.stdout.columns : 0;
  return Math.max(60, Math.min(cols || 100, 120));
}

/** Word-wraps text to lines of at most w characters (longer words stand alone). */
function wrap(text: string, w: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/)) {
      if (word === '') continue;
      if (line === '') line = word;
      else if (line.length + 1 + word.length <= w) line += ' ' + word;
      else {
        lines.push(line);
        line = word;
      }
    }
    lines.push(line);
  }
  return lines;
}

function section(out: Output, title: string, body: string, indent = '  '): void {
  out.line(title);
  for (const l of wrap(body, width() - indent.length)) out.line((indent + l).trimEnd());
  out.line();
}

function writeExplanation(out: Output, e: Explanation, locale: Locale): void {
  const L = labels(locale);
  out.line(`${e.label} — ${e.title}`);
  out.line('='.repeat(Math.min(width(), e.label.length + 3 + e.title.length)));
  out.line(`${L('class')}: ${e.classTitle}`);
  for (const l of wrap(e.delivery, width() - 2)) out.line('  ' + l);
  if (e.category) out.line(`${L('category')}: ${e.category}`);
  if (e.subject) out.line(`${L('subject')}: ${e.subject}`);
  if (e.detail) out.line(`${L('detail')}: ${e.detail}`);
  out.line(`${L('actor')}: ${e.actorTitle}`);
  if (e.command) out.line(`${L('command')}: ${e.command}`);
  if (e.bounceReasonTitle) out.line(`${L('bounceReason')}: ${e.bounceReasonTitle}`);
  if (!e.registered) out.line(e.leadingProvider ? message(locale, 'explain.providerCode', e.leadingProvider) : message(locale, 'explain.unregistered'));
  else if (e.leadingProvider) out.line(`${L('providerUsage')}: ${e.leadingProvider}`);
  out.line();
  section(out, L('description'), e.description);
  section(out, L('whenYouSeeIt'), e.whenYouSeeIt);
  out.line(L('howToFix'));
  for (const [label, text] of [
    [L('senderSide'), e.howToFix.sender],
    [L('receiverSide'), e.howToFix.receiver],
  ]) {
    if (!text) continue;
    out.line(`  ${label}:`);
    for (const l of wrap(text, width() - 4)) out.line(('    ' + l).trimEnd());
  }
  out.line();
  if (e.useWhen) section(out, L('useWhen'), e.useWhen);
  // Usages that matched the line, then (explain without a line) the possible readings, under their own heading.
  for (const [heading, notes] of [
    [L('providerUsageNonStandard'), e.providers.filter((pr) => !pr.possible)],
    [L('possibleProviderReadings'), e.providers.filter((pr) => pr.possible)],
  ] as const) {
    if (notes.length === 0) continue;
    out.line(heading);
    for (const pr of notes) {
      out.line(`  ${pr.providerName} ${pr.code}: ${pr.title}`);
      for (const l of wrap(pr.meaning, width() - 4)) out.line('    ' + l);
      for (const l of wrap(pr.howToFix, width() - 4)) out.line('    ' + l);
      for (const r of pr.references) out.line(`    ${r.title}: ${r.url}`);
    }
    out.line();
  }
  if (e.related.length > 0) {
    out.line(L('relatedCodes'));
    for (const r of e.related) {
      const lines = wrap(r.difference, width() - 12);
      out.line(`  ${r.code.padEnd(9)} ${lines[0] ?? ''}`);
      for (const l of lines.slice(1)) out.line(' '.repeat(12) + l);
    }
    out.line();
  }
  if (e.references.length > 0) {
    out.line(L('references'));
    for (const r of e.references) out.line(`  ${r.document}${r.section ? ' ' + r.section : ''}  ${r.url}`);
  }
}

/** Two texts in two columns, row by row. */
function columns(out: Output, left: string, right: string, indent = '  '): void {
  const total = width() - indent.length;
  const w = Math.floor((total - 3) / 2);
  const a = wrap(left, w);
  const b = wrap(right, w);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const l = a[i] ?? '';
    const r = b[i] ?? '';
    out.line((indent + l.padEnd(w) + (r ? ' │ ' + r : ' │')).trimEnd());
  }
}

function writeComparison(out: Output, c: Comparison): void {
  const h = c.headings;
  const L = labels(c.locale);
  const title = `${c.a.label} — ${c.a.title}   ⟷   ${c.b.label} — ${c.b.title}`;
  out.line(title);
  out.line('='.repeat(Math.min(width(), title.length)));
  section(out, h.summary, c.summary);
  // A code compared with itself: the summary says so, and two identical columns would say nothing more.
  if (c.a.label === c.b.label) return;
  const w = width();
  const colW = Math.floor((w - 2 - 3) / 2);
  out.line(('  ' + `${c.a.label}  (${c.a.classTitle})`.padEnd(colW) + ' │ ' + `${c.b.label}  (${c.b.classTitle})`).trimEnd());
  out.line('  ' + '─'.repeat(colW) + '─┼─' + '─'.repeat(colW));
  out.line();
  out.line(h.description);
  columns(out, c.a.description, c.b.description);
  out.line();
  out.line(h.whenYouSeeIt);
  columns(out, c.a.whenYouSeeIt, c.b.whenYouSeeIt);
  out.line();
  out.line(h.howToFix);
  columns(out, `${L('senderSide')}: ${c.a.howToFix.sender}`, `${L('senderSide')}: ${c.b.howToFix.sender}`);
  out.line('  ' + ' '.repeat(colW) + ' │');
  columns(out, `${L('receiverSide')}: ${c.a.howToFix.receiver}`, `${L('receiverSide')}: ${c.b.howToFix.receiver}`);
  out.line();
  out.line(h.keyDifferences);
  const aspectW = Math.min(28, Math.max(...c.keyDifferences.map((d) => d.aspect.length), 8));
  const valW = Math.floor((w - 2 - aspectW - 2 - 3) / 2);
  for (const d of c.keyDifferences) {
    const a = wrap(d.a, valW);
    const b = wrap(d.b, valW);
    const asp = wrap(d.aspect, aspectW);
    const mark = d.same ? ' ' : '≠';
    for (let i = 0; i < Math.max(a.length, b.length, asp.length); i++) {
      out.line(`${i === 0 ? mark : ' '} ${(asp[i] ?? '').padEnd(aspectW)}  ${(a[i] ?? '').padEnd(valW)} │ ${b[i] ?? ''}`.trimEnd());
    }
  }
  out.line();
  if (c.notes.length > 0) {
    out.line(L('notes'));
    for (const n of c.notes) for (const [i, l] of wrap(n, w - 4).entries()) out.line((i === 0 ? '  - ' : '    ') + l);
    out.line();
  }
  out.line(h.whenToUse);
  columns(out, `${c.a.label}: ${c.whenToUse.a}`, `${c.b.label}: ${c.whenToUse.b}`);
  out.line();
  const refs = [...c.a.references, ...c.b.references].filter((r, i, all) => all.findIndex((x) => x.url === r.url) === i);
  if (refs.length > 0) {
    out.line(h.references);
    for (const r of refs) out.line(`  ${r.document}${r.section ? ' ' + r.section : ''}  ${r.url}`);
  }
}

const SUMMARY_TEXT = {
  en: {
    title: 'SMTP log summary',
    lines: 'lines',
    from: 'from',
    to: 'to',
    grandTotals: 'Grand Totals',
    messages: 'messages',
    received: 'received',
    delivered: 'delivered',
    forwarded: 'forwarded',
    deferred: 'deferred',
    deferrals: (n: number) => (n === 1 ? 'deferral' : 'deferrals'),
    bounced: 'bounced',
    expired: 'expired',
    rejected: 'rejected',
    replies: 'replies',
    perHour: 'Per-Hour Traffic',
    summedOver: (days: number) => `summed over ${days} days`,
    time: 'time',
    deferralDetail: 'Deferral detail',
    bounceDetail: 'Bounce detail',
    rejectDetail: 'Reject detail',
    topTransient: 'Top transient replies (4xx)',
    topPermanent: 'Top permanent replies (5xx)',
    hosts: 'Remote hosts with the most failures',
    domains: 'Recipient domains with the most failures',
    byCode: 'Replies by code',
    byEnhanced: 'Replies by enhanced code',
    byCommand: 'Replies by command',
    none: 'none',
    first: 'first',
    last: 'last',
    host: 'host',
    domain: 'domain',
    total: 'total',
    byReason: 'Failures by reason',
    reason: 'reason',
    topDomains: 'domains',
    topRecipients: 'recipients',
    overflow: 'Some tables reached their size limit; the rest is counted under "(other)".',
  },
  id: {
    title: 'Ringkasan log SMTP',
    lines: 'baris',
    from: 'dari',
    to: 'sampai',
    grandTotals: 'Total Keseluruhan',
    messages: 'pesan',
    received: 'diterima',
    delivered: 'terkirim',
    forwarded: 'diteruskan',
    deferred: 'ditunda',
    deferrals: (_n: number) => 'penundaan', // Indonesian nouns do not change for the plural
    bounced: 'bounce',
    expired: 'kedaluwarsa',
    rejected: 'ditolak',
    replies: 'balasan',
    perHour: 'Lalu Lintas per Jam',
    summedOver: (days: number) => `jumlah dari ${days} hari`,
    time: 'jam',
    deferralDetail: 'Rincian penundaan',
    bounceDetail: 'Rincian bounce',
    rejectDetail: 'Rincian penolakan',
    topTransient: 'Balasan sementara terbanyak (4xx)',
    topPermanent: 'Balasan permanen terbanyak (5xx)',
    hosts: 'Host jarak jauh dengan kegagalan terbanyak',
    domains: 'Domain penerima dengan kegagalan terbanyak',
    byCode: 'Balasan menurut kode',
    byEnhanced: 'Balasan menurut kode status yang diperluas (enhanced)',
    byCommand: 'Balasan menurut perintah',
    none: 'tidak ada',
    first: 'pertama',
    last: 'terakhir',
    host: 'host',
    domain: 'domain',
    total: 'total',
    byReason: 'Kegagalan menurut alasan',
    reason: 'alasan',
    topDomains: 'domain',
    topRecipients: 'penerima',
    overflow: 'Beberapa tabel mencapai batas ukurannya; sisanya dihitung sebagai "(other)".',
  },
} as const;

function heading(out: Output, title: string): void {
  out.line();
  out.line(title);
  out.line('-'.repeat(title.length));
}

function num(n: number): string {
  return String(n).padStart(8);
}

function writeSummary(out: Output, s: Summary, locale: Locale, sections: { byReason: boolean }): void {
  const T = SUMMARY_TEXT[locale];
  const t = s.totals;
  const files = s.files.map(printable).join(', ') || '-';
  out.line(`${T.title}: ${files}`);
  const span = s.firstTime !== null ? `, ${T.from} ${printable(s.firstTime)} ${T.to} ${printable(s.lastTime ?? s.firstTime)}` : '';
  out.line(`${s.lines} ${T.lines}${span}`);

  heading(out, T.grandTotals);
  out.line(T.messages);
  out.line();
  const rejectBase = t.delivered + t.rejected;
  const pct = rejectBase > 0 ? Math.floor((t.rejected / rejectBase) * 100) : 0;
  out.line(`${num(t.received)}   ${T.received}`);
  out.line(`${num(t.delivered)}   ${T.delivered}`);
  if (t.forwarded > 0) out.line(`${num(t.forwarded)}   ${T.forwarded}`);
  out.line(`${num(t.deferred)}   ${T.deferred}${t.deferrals > 0 ? `  (${t.deferrals} ${T.deferrals(t.deferrals)})` : ''}`);
  out.line(`${num(t.bounced)}   ${T.bounced}`);
  if (t.expired > 0) out.line(`${num(t.expired)}   ${T.expired}`);
  out.line(`${num(t.rejected)}   ${T.rejected} (${pct}%)`);
  out.line();
  out.line(T.replies);
  out.line();
  out.line(`${num(s.replies)}   ${T.replies}`);
  for (const cls of Object.keys(s.byClass) as ReplyClass[]) out.line(`${num(s.byClass[cls])}   ${replyClassShortName(cls, locale)} (${CLASS_DIGIT[cls]}xx)`);

  const days = new Set(s.perHour.map((r) => r.hour.slice(0, -3))).size;
  heading(out, days > 1 ? `${T.perHour} (${T.summedOver(days)})` : T.perHour);
  writeHours(out, s.hourOfDay, T);

  writePatterns(out, T.deferralDetail, s.deferralDetail, T);
  writePatterns(out, T.bounceDetail, s.bounceDetail, T);
  writePatterns(out, T.rejectDetail, s.rejectDetail, T);
  if (sections.byReason) writeReasons(out, s.byReason, T);
  writePatterns(out, T.topTransient, s.topTransient, T);
  writePatterns(out, T.topPermanent, s.topPermanent, T);
  writeHosts(out, T.hosts, T.host, s.hosts, T);
  writeHosts(out, T.domains, T.domain, s.domains, T);

  for (const [title, rows] of [
    [T.byCode, s.byCode],
    [T.byEnhanced, s.byEnhanced],
    [T.byCommand, s.byCommand],
  ] as const) {
    heading(out, title);
    if (rows.length === 0) out.line(`  ${T.none}`);
    for (const r of rows.slice(0, 20)) out.line(`${num(r.count)}   ${printable(r.key)}`);
    if (rows.length > 20) out.line(`         … ${rows.length - 20} more`);
  }
  if (s.overflow.patterns + s.overflow.hosts + s.overflow.hours > 0) {
    out.line();
    out.line(T.overflow);
  }
}

const CLASS_DIGIT: Record<ReplyClass, string> = {
  'positive-completion': '2',
  'positive-intermediate': '3',
  'transient-negative': '4',
  'permanent-negative': '5',
};

type SummaryLabels = (typeof SUMMARY_TEXT)[Locale];

function writeHours(out: Output, rows: HourRow[], T: SummaryLabels): void {
  const cols = [T.received, T.delivered, T.deferred, T.bounced, T.rejected];
  const w = Math.max(10, ...cols.map((c) => c.length + 1));
  out.line(`    ${T.time.padEnd(11)}${cols.map((c) => c.padStart(w)).join('')}`);
  out.line('    ' + '-'.repeat(11 + w * cols.length));
  for (const r of rows) {
    const h = Number(r.hour);
    const label = `${String(h).padStart(2, '0')}00-${String(h + 1).padStart(2, '0')}00`;
    out.line(`    ${label.padEnd(11)}${[r.received, r.delivered, r.deferred, r.bounced, r.rejected].map((n) => String(n).padStart(w)).join('')}`);
  }
}

function writePatterns(out: Output, title: string, rows: PatternRow[], T: SummaryLabels): void {
  heading(out, title);
  if (rows.length === 0) {
    out.line(`  ${T.none}`);
    return;
  }
  const w = width();
  for (const r of rows) {
    const codes = [r.code ?? '', r.enhanced ?? ''].join(' ').trim();
    const head = `${num(r.count)}   ${codes.padEnd(9)} `;
    const lines = wrap(printable(r.pattern), Math.max(30, w - head.length));
    out.line(head + (lines[0] ?? ''));
    for (const l of lines.slice(1)) out.line(' '.repeat(head.length) + l);
    const pad = ' '.repeat(head.length);
    if (r.title) out.line(`${pad}→ ${printable(r.title)}`);
    if (r.first !== null) {
      const where = r.firstFile !== null ? `  (${printable(r.firstFile)}:${r.firstLine})` : '';
      out.line(`${pad}${T.first} ${printable(r.first)}, ${T.last} ${printable(r.last ?? r.first)}${where}`);
    }
  }
}

function writeHosts(out: Output, title: string, label: string, rows: HostRow[], T: SummaryLabels): void {
  heading(out, title);
  if (rows.length === 0) {
    out.line(`  ${T.none}`);
    return;
  }
  out.line(`${'total'.padStart(8)}${T.deferred.padStart(10)}${T.bounced.padStart(10)}${T.rejected.padStart(10)}   ${label}`);
  for (const r of rows) {
    out.line(`${num(r.total)}${String(r.deferred).padStart(10)}${String(r.bounced).padStart(10)}${String(r.rejected).padStart(10)}   ${printable(r.name)}`);
  }
}

/** Each reason's counts, its id and name, then its top domains and recipients (log text, made printable). */
function writeReasons(out: Output, rows: ReasonRow[], T: SummaryLabels): void {
  heading(out, T.byReason);
  if (rows.length === 0) {
    out.line(`  ${T.none}`);
    return;
  }
  out.line(`${T.total.padStart(8)}${T.deferred.padStart(10)}${T.bounced.padStart(10)}${T.rejected.padStart(10)}   ${T.reason}`);
  const pad = ' '.repeat(41);
  const w = width();
  const list = (label: string, items: string[]): void => {
    if (items.length === 0) return;
    // Wrapped between items, never inside one ("bob@example.net (2)").
    const room = Math.max(30, w - pad.length - label.length - 2);
    const lines: string[] = [];
    for (const item of items) {
      const last = lines.length - 1;
      if (last >= 0 && lines[last].length + 2 + item.length <= room) lines[last] += ', ' + item;
      else lines.push(item);
    }
    for (let i = 1; i < lines.length; i++) lines[i - 1] += ',';
    out.line(`${pad}${label}: ${lines[0]}`);
    for (const l of lines.slice(1)) out.line(`${pad}${' '.repeat(label.length + 2)}${l}`);
  };
  for (const r of rows) {
    out.line(`${num(r.total)}${String(r.deferred).padStart(10)}${String(r.bounced).padStart(10)}${String(r.rejected).padStart(10)}   ${r.reason}  ${printable(r.name)}`);
    list(T.topDomains, r.topDomains.map((d) => `${printable(d.name)} (${d.total})`));
    list(T.topRecipients, r.topRecipients.map((x) => `${printable(x.address)} (${x.count})`));
  }
}

// ---------------------------------------------------------------------------------------------

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  scan: scanCommand,
  check: checkCommand,
  explain: explainCommand,
  compare: compareCommand,
  summary: summaryCommand,
  trace: traceCommand,
  lsp: lspCommand,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    // Called with nothing to do is a usage mistake: the usage goes to stderr and the exit status is 2, so a
    // script that lost its arguments fails; --help asks for it and gets it on stdout with 0.
    process.stderr.write(HELP.main + '\n');
    return 2;
  }
  if (command === '-h' || command === '--help' || command === 'help') {
    if (command === 'help' && rest[0] && HELP[rest[0]]) return help(rest[0]);
    return help('main');
  }
  if (command === '--version' || command === '-V' || command === 'version') {
    process.stdout.write(version + '\n');
    return 0;
  }
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`unknown command "${printable(command)}" (see smtp-codes --help)`);
  return run(rest);
}

function start(): void {
  quitOnClosedPipe(process.stdout);
  process.on('uncaughtException', (e) => {
    process.stderr.write(`smtp-codes: internal error: ${String(e?.message ?? e).split('\n')[0]}\n`);
    if (process.env.SMTP_CODES_DEBUG) process.stderr.write(String(e?.stack) + '\n');
    process.exit(2);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      if (code >= 0) process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof UsageError || e instanceof LogOpenError) {
        process.stderr.write(`smtp-codes: ${e.message}\n`);
      } else {
        // A bug of ours: still one line, and a hint for the report.
        const message = e instanceof Error ? e.message : String(e);
        process.stderr.write(`smtp-codes: internal error: ${message.split('\n')[0]} (set SMTP_CODES_DEBUG=1 for details)\n`);
        if (process.env.SMTP_CODES_DEBUG) process.stderr.write(String((e as Error)?.stack) + '\n');
      }
      process.exitCode = 2;
    },
  );
}

if (isMainThread) start();
else if (workerData?.smtpCodesSummaryPart) runSummaryPart(workerData.smtpCodesSummaryPart as LogPart);
