// Semantic tokens (codes coloured by the class of their reply), built in slices of lines with a turn of the
// event loop between them, so a hover is answered and a cancellation is seen while a large log is encoded.
// Memory: a first pass counts the tokens, then one array of exactly that size is filled, so the result is
// the only large object (a 41 MB log of reply lines peaked at 1.2 GB when the tokens were pushed into one
// growing array with a temporary array per line).
import { replyClassOf } from './core/codes';
import type { ReplyIndex, TextPosition } from './core/documentIndex';
import { semanticTokenTypeOf } from './protocol';

/** How a sliced job looks at the world between slices. */
export interface SliceControl {
  /** A slice ends after this many milliseconds. */
  sliceMs?: number;
  /** Asked between slices: true stops the job ('cancelled'). */
  isCancelled(): boolean;
  /** Asked between slices: true stops the job ('modified'), e.g. the document changed. */
  isStale(): boolean;
}

export type SliceOutcome<T> = { done: T } | { stopped: 'cancelled' | 'modified' };

/**
 * Runs `step` (a bounded piece of work that returns true when everything is done) until it is done, in time
 * slices with a turn of the event loop between them; between slices a cancellation or a change stops it.
 */
export async function runInSlices<T>(control: SliceControl, step: () => boolean, result: () => T): Promise<SliceOutcome<T>> {
  const sliceMs = control.sliceMs ?? 5;
  for (;;) {
    if (control.isCancelled()) return { stopped: 'cancelled' };
    if (control.isStale()) return { stopped: 'modified' };
    const end = Date.now() + sliceMs;
    let finished = false;
    while (!finished && Date.now() < end) finished = step();
    if (finished) return { done: result() };
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Lines looked at between two looks at the clock. */
const LINES_PER_STEP = 2000;

type TokenVisitor = (line: number, start: number, length: number, type: number, modifiers: number) => void;

/**
 * The LSP encoding (5 numbers per token, relative to the previous token) of the codes in `range` (the whole
 * document when absent; a token counts when it overlaps the range), in slices. Positions stay relative to
 * the start of the document, as LSP asks for range results too.
 */
export async function semanticTokensOf(
  index: ReplyIndex,
  range: { start: TextPosition; end: TextPosition } | undefined,
  control: SliceControl,
): Promise<SliceOutcome<number[]>> {
  const first = Math.max(0, range?.start.line ?? 0);
  const firstChar = range?.start.line === first ? range.start.character : 0;
  const last = Math.min(range?.end.line ?? Infinity, index.lineCount - 1);
  const lastChar = range?.end.line === last ? range.end.character : Infinity;
  /** A step for runInSlices: visits the tokens of the next lines of the range in order; true once all are visited. */
  const pass = (visit: TokenVisitor) => {
    let line = first;
    return (): boolean => {
      const stop = Math.min(last + 1, line + LINES_PER_STEP);
      if (stop > line) index.ensureScanned(stop - 1);
      for (; line < stop; line++) tokensOfLine(index, line, visit, line === first ? firstChar : 0, line === last ? lastChar : Infinity);
      return line > last;
    };
  };

  let count = 0;
  const counted = await runInSlices(
    control,
    pass(() => count++),
    () => count,
  );
  if (!('done' in counted)) return counted;

  const data = packedZeros(count * 5);
  // What waited behind that allocation (a hover) goes first.
  await new Promise<void>((resolve) => setImmediate(resolve));
  let at = 0;
  let prevLine = 0;
  let prevChar = 0;
  return runInSlices(
    control,
    pass((line, start, length, type, modifiers) => {
      data[at++] = line - prevLine;
      data[at++] = line === prevLine ? start - prevChar : start;
      data[at++] = length;
      data[at++] = type;
      data[at++] = modifiers;
      prevLine = line;
      prevChar = start;
    }),
    // Between the passes the document is unchanged (isStale), so the count holds.
    () => data,
  );
}

/** The tokens of one line in order of position, those overlapping [fromChar, toChar) only. */
function tokensOfLine(index: ReplyIndex, line: number, visit: TokenVisitor, fromChar: number, toChar: number): void {
  const findings = index.findingsAt(line);
  if (findings.length === 0) return;
  const inRange = (start: number, length: number) => start + length > fromChar && start < toChar;
  // A finding's basic code stands before its enhanced code, and the scanner reports findings left to right;
  // a line that breaks that order (none known) is sorted on its own.
  let ordered = true;
  let end = -1;
  for (const f of findings) {
    const begin = f.code !== null ? f.codeStart : f.enhancedStart;
    if (begin < end || (f.code !== null && f.enhanced !== null && f.enhancedStart < f.codeEnd)) ordered = false;
    end = f.enhanced !== null ? f.enhancedEnd : f.codeEnd;
  }
  // In order (the usual case) the tokens go straight to the visitor, with no array for the line.
  const spans: Array<[number, number, number, number]> | undefined = ordered ? undefined : [];
  const put = (start: number, length: number, type: number, modifiers: number): void => {
    if (!inRange(start, length)) return;
    if (spans) spans.push([start, length, type, modifiers]);
    else visit(line, start, length, type, modifiers);
  };
  for (const f of findings) {
    // The class of a reply is the class of its code (all parts of a multi-line reply share the code).
    const type = semanticTokenTypeOf(replyClassOf((f.code ?? f.enhanced)!));
    if (f.code !== null) put(f.codeStart, f.codeEnd - f.codeStart, type, 0);
    if (f.enhanced !== null) put(f.enhancedStart, f.enhancedEnd - f.enhancedStart, type, 1);
  }
  if (!spans) return;
  spans.sort((a, b) => a[0] - b[0]);
  for (const [start, length, type, modifiers] of spans) visit(line, start, length, type, modifiers);
}

const ZERO_BLOCK_SIZE = 16_000;
let zeroBlock: number[] | undefined;

/**
 * An array of `n` zeros allocated once at its final size, with packed small-integer elements: `new
 * Array(n)` would be holey, which JSON.stringify (the transport) writes several times slower, and pushing
 * would copy the array each time it grows.
 */
function packedZeros(n: number): number[] {
  zeroBlock ??= Array.from({ length: ZERO_BLOCK_SIZE }, () => 0);
  const blocks: number[][] = new Array<number[]>(Math.floor(n / ZERO_BLOCK_SIZE)).fill(zeroBlock);
  blocks.push(zeroBlock.slice(0, n % ZERO_BLOCK_SIZE));
  return concatAll(blocks);
}

/** concat takes its arrays as arguments: more than a few thousand are joined in groups first. */
function concatAll(arrays: number[][]): number[] {
  const GROUP = 4000;
  if (arrays.length <= GROUP) return ([] as number[]).concat(...arrays);
  const groups: number[][] = [];
  for (let i = 0; i < arrays.length; i += GROUP) groups.push(([] as number[]).concat(...arrays.slice(i, i + GROUP)));
  return concatAll(groups);
}
