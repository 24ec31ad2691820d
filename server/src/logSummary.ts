// A log file summarized from disk, streaming: the one reading loop behind `smtp-codes summary` (one pass on
// this thread) and the language server's smtp/summarizeFile. The reader holds one chunk and the builder's
// tables are bounded, so memory stays flat on a multi-GB log; progress is told by bytes of the file read,
// and a caller can stop between chunks.
import type { SummaryBuilder } from './core/summary';
import { LogReadCancelled, openLog, readLogLines } from './logReader';

export interface LogReadProgress {
  file: string;
  /** Bytes of the file read so far (compressed bytes for a gzip file). */
  bytesRead: number;
  /** The file's size on disk; null for standard input and other streams. */
  totalBytes: number | null;
}

export interface SummarizeLogOptions {
  /** Called after every chunk (1 MB of the file or of its decompressed text). */
  onProgress?(progress: LogReadProgress): void;
  /** Asked after every chunk: true stops the reading with LogReadCancelled. */
  isCancelled?(): boolean;
  /** Awaited after every chunk: a server yields to its event loop here, so a cancellation can arrive. */
  afterChunk?(): Promise<void> | void;
  /** Notes for the person that do not stop the summary (binary data, cut lines). */
  onWarning?(message: string): void;
  /**
   * Refuse anything but a regular file (a device or a FIFO would never end), decided on the opened
   * descriptor; the open never waits on a FIFO. For paths from a client.
   */
  regularFileOnly?: boolean;
  /** The name the lines are summarized under, when it is not `file` (the server opens a resolved path). */
  name?: string;
}

export interface SummarizeLogResult {
  lines: number;
  /** Bytes of text read (decompressed for a gzip file). */
  bytes: number;
  truncatedLines: number;
}

/**
 * Feeds every line of `file` ("-" is standard input; gzip is decompressed) to the builder under the name
 * `file`. Throws LogOpenError with a one-line message when the file cannot be read, and LogReadCancelled
 * when isCancelled said so.
 */
export async function summarizeLogFile(file: string, builder: SummaryBuilder, options: SummarizeLogOptions = {}): Promise<SummarizeLogResult> {
  // Whether it is a regular file, and its size, come from the descriptor that is read (openLog), never
  // from a separate look at the path that could see another file.
  const source = await openLog(file, undefined, { regularFileOnly: options.regularFileOnly });
  const totalBytes = source.size ?? null;
  if (source.looksBinary) options.onWarning?.(`${file}: binary data (NUL bytes), read as text`);
  const { onProgress, isCancelled, afterChunk } = options;
  const after =
    onProgress || isCancelled || afterChunk
      ? async (bytes: number): Promise<void> => {
          onProgress?.({ file, bytesRead: source.sourceBytes ? source.sourceBytes() : bytes, totalBytes });
          if (isCancelled?.()) throw new LogReadCancelled(file);
          const waiting = afterChunk?.();
          if (waiting) await waiting;
          // a cancellation that arrived while we waited stops the reading before the next chunk
          if (isCancelled?.()) throw new LogReadCancelled(file);
        }
      : undefined;
  const name = options.name ?? file;
  const r = await readLogLines(source, (text) => builder.feed(text, name), after, (buf, start, end) => builder.skipBytes(buf, start, end, name));
  if (r.truncatedLines > 0) options.onWarning?.(`${file}: ${r.truncatedLines} line(s) longer than 16 Mi characters were cut`);
  return r;
}
