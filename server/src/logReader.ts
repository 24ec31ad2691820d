// Reading a log from disk or stdin as lines, streaming: a multi-GB file is never held in memory, bytes
// are decoded as UTF-8 with U+FFFD for invalid sequences, and \n, \r\n and a lone \r all end a line.
// gzip-compressed logs (mail.log.2.gz) are read through zlib. Used by the CLI; the language server can
// use it to summarize files VS Code will not open.
import { closeSync, constants as fsConstants, createReadStream, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { isAscii } from 'node:buffer';
import { Readable, pipeline } from 'node:stream';

/** A problem opening a log, with a one-line message meant for a person. */
export class LogOpenError extends Error {}

/** Thrown from an afterChunk callback to stop reading (the person cancelled); passes through readLogLines as is. */
export class LogReadCancelled extends Error {
  constructor(name: string) {
    super(`${name}: reading cancelled`);
  }
}

/** Lines longer than this (UTF-16 units) are cut; the rest of such a line is skipped, not held. */
export const MAX_LINE_CHARS = 16 * 1024 * 1024;

/**
 * Splits a byte stream into lines. Bytes are decoded only in runs that end at a line break, so a UTF-8
 * sequence is never cut; a run that is pure ASCII (most logs) is decoded as Latin-1, which is the same
 * text and several times faster. Invalid UTF-8 becomes U+FFFD. The part of a line that spans chunks is
 * kept as bytes and decoded once, so a very long line costs linear time; past maxLineChars it is cut.
 */
export class LineSplitter {
  private carry: Buffer[] = [];
  private carryBytes = 0;
  private overlong = false;
  private skipLF = false;
  private started = false;
  /** Lines cut at maxLineChars so far. */
  truncatedLines = 0;

  constructor(private readonly maxLineChars = MAX_LINE_CHARS) {}

  /**
   * Feeds raw bytes; calls onLine for every line they complete. `skip`, when given, sees each line as bytes
   * first (buf[start, end), no line break) and returns true for a line it has dealt with: that line is
   * never decoded into a string. (Lines that span chunks and runs holding a \r always arrive as text.)
   */
  push(bytes: Uint8Array, onLine: (text: string) => void, skip?: LineSkip): void {
    let buf = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (!this.started) {
      this.started = true;
      if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    if (buf.length === 0) return;
    if (this.skipLF && this.carryBytes === 0) {
      // "\r" ended the last chunk; a "\n" opening this one is part of the same line break.
      this.skipLF = false;
      if (buf[0] === 10) buf = buf.subarray(1);
      if (buf.length === 0) return;
    }
    const first = firstBreak(buf);
    if (first < 0) {
      this.hold(buf);
      return;
    }
    const last = Math.max(buf.lastIndexOf(10), buf.lastIndexOf(13));
    let start = 0;
    if (this.carryBytes > 0 || this.overlong) {
      // The line that began in earlier chunks ends at `first`.
      this.hold(buf.subarray(0, first));
      this.emitHeld(onLine);
      start = first + 1;
      if (buf[first] === 13) {
        if (start === buf.length) this.skipLF = true;
        else if (buf[start] === 10) start++;
      }
    }
    if (start <= last) {
      if (skip !== undefined && !this.skipLF && buf[last] === 10 && buf.indexOf(13, start) < 0) this.feedBytes(buf, start, last + 1, onLine, skip);
      else this.feed(decode(buf, start, last + 1), onLine);
    }
    if (last + 1 < buf.length) this.hold(buf.subarray(last + 1));
  }

  /** Ends the input: the last line, when it has no line break, is delivered here. */
  end(onLine: (text: string) => void): void {
    if (this.carryBytes > 0 || this.overlong) this.emitHeld(onLine);
  }

  private emitHeld(onLine: (text: string) => void): void {
    const head = this.carry.length === 1 ? this.carry[0] : Buffer.concat(this.carry, this.carryBytes);
    this.carry = [];
    this.carryBytes = 0;
    this.skipLF = false;
    const text = decode(head, 0, head.length);
    this.emit(text, 0, text.length, onLine);
  }

  /** Keeps bytes of an unfinished line (copied: the chunk they come from is not pinned). */
  private hold(bytes: Buffer): void {
    if (this.overlong) return;
    const room = this.maxLineChars - this.carryBytes;
    if (bytes.length > room) {
      this.overlong = true;
      bytes = bytes.subarray(0, Math.max(0, room));
    }
    if (bytes.length === 0) return;
    this.carry.push(Buffer.from(bytes));
    this.carryBytes += bytes.length;
  }

  /** Emits the lines of buf[from, to), which holds no \r and ends with \n: each offered to skip as bytes, decoded only if skip declines. */
  private feedBytes(buf: Buffer, from: number, to: number, onLine: (text: string) => void, skip: LineSkip): void {
    // Lines are cut at \n, which never occurs inside a UTF-8 sequence, so decoding line by line gives the
    // text decoding the whole run would.
    const ascii = isAscii(buf.subarray(from, to));
    for (let s = from; s < to; ) {
      const nl = buf.indexOf(10, s);
      if (!skip(buf, s, nl)) onLine(buf.toString(ascii ? 'latin1' : 'utf8', s, nl));
      s = nl + 1;
    }
  }

  /** Emits the lines of decoded text that ends with a line break. */
  private feed(s: string, onLine: (text: string) => void): void {
    let start = 0;
    if (this.skipLF) {
      this.skipLF = false;
      if (s.charCodeAt(0) === 10) start = 1;
    }
    // Without a \r (the common case) cr stays -1 and this is a plain \n loop.
    let cr = s.indexOf('\r', start);
    let nl = s.indexOf('\n', start);
    while (nl >= 0 || cr >= 0) {
      let end: number;
      let next: number;
      if (cr >= 0 && (nl < 0 || cr < nl)) {
        end = cr;
        if (cr + 1 === s.length) {
          // a \n opening the next chunk belongs to this \r
          this.skipLF = true;
          next = cr + 1;
        } else next = s.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      } else {
        end = nl;
        next = nl + 1;
      }
      this.emit(s, start, end, onLine);
      start = next;
      if (cr >= 0 && cr < start) cr = s.indexOf('\r', start);
      if (nl >= 0 && nl < start) nl = s.indexOf('\n', start);
    }
  }

  private emit(s: string, start: number, end: number, onLine: (text: string) => void): void {
    let text = s.slice(start, end);
    if (text.length > this.maxLineChars) {
      text = text.slice(0, this.maxLineChars);
      this.overlong = true;
    }
    if (this.overlong) {
      this.truncatedLines++;
      this.overlong = false;
    }
    onLine(text);
  }
}

/** Sees a line as bytes (buf[start, end), without its line break); true when it needs no string. */
export type LineSkip = (buf: Buffer, start: number, end: number) => boolean;

function firstBreak(buf: Buffer): number {
  const nl = buf.indexOf(10);
  const cr = buf.indexOf(13, 0);
  return nl < 0 ? cr : cr < 0 ? nl : Math.min(nl, cr);
}

function decode(buf: Buffer, start: number, end: number): string {
  const part = start === 0 && end === buf.length ? buf : buf.subarray(start, end);
  return isAscii(part) ? part.toString('latin1') : part.toString('utf8');
}

export interface LogSource {
  /** The name as given ("-" for stdin). */
  name: string;
  /** The bytes, in chunks: an uncompressed regular file is read with plain read calls (no stream machinery). */
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
  /** True when the first bytes held a NUL: not a text log, read as text anyway. */
  looksBinary: boolean;
  compressed: boolean;
  /** Bytes of the file itself consumed so far, for progress: a gzip file's compressed bytes. */
  sourceBytes?: () => number;
  /** The size on disk of a regular file, taken from the descriptor that is read; absent for a pipe or stdin. */
  size?: number;
}

export interface OpenLogOptions {
  /**
   * Accept only a regular file, decided on the opened descriptor (fstat), so a file swapped in after a
   * check cannot slip through. The open itself never waits (O_NONBLOCK where the platform has it): a FIFO
   * without a writer would otherwise block the caller's thread for good. For paths that come from a client.
   */
  regularFileOnly?: boolean;
}

const CHUNK = 1 << 20;

/** Checks that a path can be read as a log; throws LogOpenError with "<file>: no such file" and the like. */
export async function checkLogPath(path: string): Promise<void> {
  if (path === '-') return;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new LogOpenError(`${path}: is a directory`);
  } catch (e) {
    throw toOpenError(path, e);
  }
}

/** A one-line LogOpenError for an error of the file system ("<path>: no such file"). */
export function toOpenError(path: string, e: unknown): LogOpenError {
  if (e instanceof LogOpenError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new LogOpenError(`${path}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new LogOpenError(`${path}: permission denied`);
  if (code === 'EISDIR') return new LogOpenError(`${path}: is a directory`);
  return new LogOpenError(`${path}: cannot read (${code ?? String(e)})`);
}

/**
 * Opens a log ("-" is stdin) for streaming; gzip is decompressed on the fly. A regular file is read with
 * plain read calls; a pipe, a FIFO, /dev/stdin or a process substitution (`<(zcat mail.log.2.gz)`) is read
 * as a stream, since a pipe has no positions to read at.
 */
export async function openLog(path: string, stdin?: Readable, options: OpenLogOptions = {}): Promise<LogSource> {
  if (path === '-') {
    try {
      return await streamSource(path, stdin ?? process.stdin);
    } catch (e) {
      throw toOpenError(path, e);
    }
  }
  let fd: number | undefined;
  try {
    fd = options.regularFileOnly ? openSync(path, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0)) : openSync(path, 'r');
    const s = fstatSync(fd);
    if (s.isDirectory()) throw new LogOpenError(`${path}: is a directory`);
    if (!s.isFile()) {
      if (options.regularFileOnly) throw new LogOpenError(`${path}: not a regular file (a FIFO, device or socket is not read)`);
      const stream = createReadStream('', { fd, highWaterMark: CHUNK }); // reads at the current position; closes fd
      fd = undefined;
      try {
        return await streamSource(path, stream);
      } catch (e) {
        stream.destroy();
        throw e;
      }
    }
    const head = Buffer.alloc(4096);
    const bytesRead = readSync(fd, head, 0, head.length, 0);
    const compressed = bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b;
    const looksBinary = !compressed && head.subarray(0, bytesRead).includes(0);
    if (compressed) {
      const file = createReadStream('', { fd, highWaterMark: CHUNK });
      const stream = file.pipe(createGunzip({ chunkSize: 1 << 18 }));
      // A reader that stops early (cancelled, damaged data) destroys the gunzip stream; pipe() would leave
      // the file open behind it.
      stream.once('close', () => file.destroy());
      fd = undefined; // the stream closes it
      return { name: path, chunks: streamChunks(stream), looksBinary, compressed, sourceBytes: () => file.bytesRead, size: s.size };
    }
    const chunks = fileChunks(fd);
    fd = undefined;
    return { name: path, chunks, looksBinary, compressed, size: s.size };
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    const inherited = (e as NodeJS.ErrnoException)?.code === 'ENXIO' && !options.regularFileOnly ? inheritedDescriptor(path) : undefined;
    if (inherited === undefined) throw toOpenError(path, e);
    // Linux cannot open a socket by name, and a parent process may hand over stdin as one (Node's own
    // child processes do): /dev/stdin, /dev/fd/N then name a descriptor this process already has.
    try {
      return await streamSource(path, inherited === 0 ? (stdin ?? process.stdin) : createReadStream('', { fd: inherited, highWaterMark: CHUNK }));
    } catch (e2) {
      throw toOpenError(path, e2);
    }
  }
}

/** The descriptor number in /dev/stdin, /dev/fd/N or /proc/self/fd/N. */
function inheritedDescriptor(path: string): number | undefined {
  if (path === '/dev/stdin') return 0;
  const m = /^\/(?:dev|proc\/self)\/fd\/(\d+)$/.exec(path);
  return m ? Number(m[1]) : undefined;
}

/**
 * A log that arrives as a stream (stdin, a pipe): the first bytes are waited for, only until two are in
 * (the gzip magic), so a live `tail -f | smtp-codes scan -` is not held back; then everything streams.
 */
async function streamSource(name: string, input: Readable): Promise<LogSource> {
  const it = (input[Symbol.asyncIterator]() as AsyncIterator<Uint8Array | string>);
  const held: Buffer[] = [];
  let heldBytes = 0;
  let ended = false;
  while (heldBytes < 2) {
    const r = await it.next();
    if (r.done) {
      ended = true;
      break;
    }
    const b = typeof r.value === 'string' ? Buffer.from(r.value) : Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    held.push(b);
    heldBytes += b.length;
  }
  const head = held.length === 1 ? held[0] : Buffer.concat(held, heldBytes);
  const compressed = head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
  const looksBinary = !compressed && head.subarray(0, 4096).includes(0);
  let consumed = head.length;
  async function* all(): AsyncIterable<Uint8Array> {
    if (head.length > 0) yield head;
    if (ended) return;
    // for await hands a reader that stops early back to the stream (it.return), which ends the input.
    for await (const chunk of { [Symbol.asyncIterator]: () => it }) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      consumed += b.length;
      yield b;
    }
  }
  if (!compressed) return { name, chunks: all(), looksBinary, compressed };
  const gunzip = pipeline(Readable.from(all(), { objectMode: false }), createGunzip({ chunkSize: 1 << 18 }), () => undefined);
  return { name, chunks: streamChunks(gunzip), looksBinary, compressed, sourceBytes: () => consumed };
}

/** A regular file read in 1 MB pieces into one reused buffer (the splitter copies what it keeps). */
function* fileChunks(fd: number): Iterable<Uint8Array> {
  const buf = Buffer.allocUnsafe(CHUNK);
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n <= 0) return;
      yield n === buf.length ? buf : buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

async function* streamChunks(input: Readable): AsyncIterable<Uint8Array> {
  for await (const chunk of input) yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
}

/**
 * Reads every line of a log. onLine gets the text and the 0-based line number; afterChunk runs after
 * each chunk's lines with the bytes read so far (the CLI flushes its output there and waits when the
 * reader is slow; a server yields to its event loop there, and throws LogReadCancelled to stop).
 */
export async function readLogLines(
  source: LogSource,
  onLine: (text: string, line: number) => void,
  afterChunk?: (bytes: number) => Promise<void> | void,
  skip?: LineSkip,
): Promise<{ lines: number; bytes: number; truncatedLines: number }> {
  const splitter = new LineSplitter();
  let line = 0;
  let bytes = 0;
  const deliver = (text: string): void => onLine(text, line++);
  const skipped: LineSkip | undefined = skip && ((buf, start, end) => (skip(buf, start, end) ? (line++, true) : false));
  const take = async (chunk: Uint8Array): Promise<void> => {
    bytes += chunk.length;
    splitter.push(chunk, deliver, skipped);
    if (afterChunk) {
      const waiting = afterChunk(bytes);
      if (waiting) await waiting;
    }
  };
  try {
    if (Symbol.asyncIterator in source.chunks) for await (const chunk of source.chunks) await take(chunk);
    else for (const chunk of source.chunks) await take(chunk);
  } catch (e) {
    if (e instanceof LogOpenError || e instanceof LogReadCancelled) throw e;
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') throw new LogOpenError(`${source.name}: damaged gzip data`);
    throw toOpenError(source.name, e);
  }
  splitter.end(deliver);
  return { lines: line, bytes, truncatedLines: splitter.truncatedLines };
}

/** A byte range of a file that starts at the beginning of a line and ends at the start of another (or EOF). */
export interface LogPart {
  file: string;
  start: number;
  end: number;
}

/**
 * Cuts a plain (uncompressed) log file into at most `count` parts of similar size, each starting at a
 * line start, so each can be read on its own thread. Returns one part for stdin, gzip files, or when no
 * cut can be placed.
 */
export function planLogParts(file: string, count: number, minPartBytes = 16 * 1024 * 1024): LogPart[] {
  if (file === '-') return [{ file, start: 0, end: Infinity }];
  // A pipe or FIFO has no positions to cut at; not even opened here (opening and closing a FIFO's read end
  // would cost its writer the data in flight).
  if (!statSync(file).isFile()) return [{ file, start: 0, end: Infinity }];
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(2);
    readSync(fd, head, 0, 2, 0);
    const n = Math.min(count, Math.floor(size / Math.max(1, minPartBytes)));
    if (n < 2 || (head[0] === 0x1f && head[1] === 0x8b)) return [{ file, start: 0, end: size }];
    const cuts = [0];
    const window = Buffer.alloc(1 << 16);
    for (let i = 1; i < n; i++) {
      const at = Math.floor((size * i) / n);
      const got = readSync(fd, window, 0, window.length, at);
      const nl = window.subarray(0, got).indexOf(10);
      if (nl < 0) continue; // a line longer than the window, or \r-only breaks: no cut here
      const cut = at + nl + 1;
      if (cut > cuts[cuts.length - 1] && cut < size) cuts.push(cut);
    }
    return cuts.map((start, i) => ({ file, start, end: i + 1 < cuts.length ? cuts[i + 1] : size }));
  } finally {
    closeSync(fd);
  }
}

/** Reads the lines of one part synchronously (for a worker thread); returns the splitter's truncation count. */
export function readLogPart(part: LogPart, onLine: (text: string) => void, skip?: LineSkip): { truncatedLines: number } {
  const splitter = new LineSplitter();
  const fd = openSync(part.file, 'r');
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    let pos = part.start;
    while (pos < part.end) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, part.end - pos), pos);
      if (n <= 0) break;
      pos += n;
      splitter.push(n === buf.length ? buf : buf.subarray(0, n), onLine, skip);
    }
  } finally {
    closeSync(fd);
  }
  splitter.end(onLine);
  return { truncatedLines: splitter.truncatedLines };
}
