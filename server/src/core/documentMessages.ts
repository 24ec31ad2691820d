// The messages of one open document, for the editor: a MessageIndex built in slices after the document
// opens and then kept current edit by edit (only the lines an edit replaces are read again), and the
// answers the editor asks of it: the key under the cursor, a message's lines, where it entered, its story.
import type { TextPosition } from './documentIndex';
import { MessageIndex, storyOf, traceKeyAt, type MessageGroup, type MessageStory, type TraceKey, type TraceKeyAt } from './trace';
import type { Locale } from './types';

/** The document's lines, as the reply index holds them. */
export interface LineSource {
  readonly lineCount: number;
  lineText(line: number): string;
}

/** What an edit replaced, taken before it is applied (see beforeChange). */
export interface PendingEdit {
  start: number;
  oldTexts: string[];
  oldLineCount: number;
}

/** What a position means for the trace: the key there and the messages it names. */
export interface MessagesAt {
  key: TraceKeyAt;
  groups: MessageGroup[];
  /** The message of the position's own line among them (an address names many; its line names one). */
  own: MessageGroup | undefined;
}

export class DocumentMessages {
  private readonly index = new MessageIndex();
  private builtTo = 0;

  constructor(private readonly lines: LineSource) {}

  /** True once every line is indexed. */
  get complete(): boolean {
    return this.builtTo >= this.lines.lineCount;
  }

  /** Indexes up to `maxLines` more lines of the initial pass; true when done. */
  buildMore(maxLines: number): boolean {
    const to = Math.min(this.lines.lineCount, this.builtTo + maxLines);
    for (let l = this.builtTo; l < to; l++) this.index.addLine(l, this.lines.lineText(l));
    this.builtTo = to;
    return this.complete;
  }

  /** Indexes what is left (a request needs the whole picture). */
  buildAll(): void {
    this.buildMore(Number.MAX_SAFE_INTEGER);
  }

  /**
   * Call before an LSP content change is applied to the lines (range undefined: the whole document). The
   * initial pass finishes first, so an edit only ever meets a complete index.
   */
  beforeChange(range: { start: TextPosition; end: TextPosition } | undefined): PendingEdit {
    this.buildAll();
    const count = this.lines.lineCount;
    const clamp = (l: number) => Math.max(0, Math.min(Number.isFinite(l) ? Math.floor(l) : 0, count - 1));
    let start = 0;
    let end = count - 1;
    if (range) {
      start = clamp(range.start.line);
      end = Math.max(start, clamp(range.end.line));
    }
    const oldTexts: string[] = [];
    for (let l = start; l <= end; l++) oldTexts.push(this.lines.lineText(l));
    return { start, oldTexts, oldLineCount: count };
  }

  /** Call after the change: the replaced lines' keys go, the new lines' keys come, the rest moves. */
  afterChange(edit: PendingEdit): void {
    const newCount = this.lines.lineCount - edit.oldLineCount + edit.oldTexts.length;
    const newTexts: string[] = [];
    for (let l = edit.start; l < edit.start + newCount; l++) newTexts.push(this.lines.lineText(l));
    this.index.replaceLines(edit.start, edit.oldTexts, newTexts);
    this.builtTo = this.lines.lineCount;
  }

  /** The key at a position and the messages it names; undefined when the position is on no key. */
  at(position: TextPosition): MessagesAt | undefined {
    if (!Number.isInteger(position.line) || position.line < 0 || position.line >= this.lines.lineCount) return undefined;
    const key = traceKeyAt(this.lines.lineText(position.line), position.character);
    if (!key) return undefined;
    this.buildAll();
    const groups = this.index.resolve(key);
    if (groups.length === 0) return undefined;
    const own = groups.find((g) => binaryHas(g.lines, position.line));
    return { key, groups, own };
  }

  /** The messages a key names (a typed key, a command's argument). */
  resolve(key: TraceKey): MessageGroup[] {
    this.buildAll();
    return this.index.resolve(key);
  }

  /** The story of a message. */
  story(group: MessageGroup, locale: Locale): MessageStory {
    return storyOf(group, this.index, (l) => this.lines.lineText(l), locale);
  }

  /** Lines that name a message (for a benchmark or a test: memory follows messages, not the document). */
  get indexedLines(): number {
    return this.index.indexedLines;
  }
}

function binaryHas(sorted: readonly number[], x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === x) return true;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
