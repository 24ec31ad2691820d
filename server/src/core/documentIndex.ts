// The findings of one open document, indexed by line and kept up to date edit by edit. An edit re-scans the
// changed lines, then the following lines only until the scanner's carried state equals the state stored
// for that line (the rest of the document is known not to change). Replies are not stored: a hover groups
// the few lines of its reply on demand (O(1) by line), and diagnostics group the whole document when they
// are published. Storing the scanner's findings only keeps memory near twice the document.
import { INITIAL_SCAN_STATE, carriedLines, groupReplies, sameScanState, scanLine } from './scanner';
import { readReplies } from './readers';
import type { Reply, ReplyFinding } from './types';

type ScanState = Parameters<typeof scanLine>[2];

/** The scanner functions the index calls; injectable so tests can count or fake them. */
export interface LineScanner {
  scanLine(text: string, line: number, state: ScanState): { findings: ReplyFinding[]; state: ScanState };
  sameScanState(a: ScanState, b: ScanState): boolean;
  groupReplies(findings: ReplyFinding[]): Reply[];
  initialState: ScanState;
  /**
   * How many lines before the next one a state carries unscanned (a quoted-printable logical line split by
   * soft line breaks): the next line's scan returns their findings too. Absent: none.
   */
  carriedLines?(state: ScanState): number;
}

/** Lines read through their format's reader (readers/index.ts readReplies), the recognizer for the rest. */
export const defaultLineScanner: LineScanner = {
  scanLine: readReplies,
  sameScanState,
  groupReplies,
  initialState: INITIAL_SCAN_STATE,
  carriedLines,
};

/** A position as LSP and the editor give it: 0-based line, UTF-16 character. */
export interface TextPosition {
  line: number;
  character: number;
}

export interface ReplyIndexStats {
  lines: number;
  /** Line scans made since the index was created (a measure of re-scanning work). */
  linesScanned: number;
}

/**
 * How far a request may read ahead of the initial scan. A line more than `lookAhead` lines past the scanned
 * part is read on its own instead of scanning up to it, when nothing scanned so far carried state from one
 * line to the next (a plain log: every line read from the scanner's initial state) and the line's own read
 * ends in that state too (its reply does not go on to the next line). A hover then costs one line, not the
 * scan of a large log's remaining lines; the scan reads the line again when it gets there.
 */
export interface ReadAhead {
  lookAhead: number;
}

/** Where a position falls on a reply: on its basic code or its enhanced code. */
export interface ReplyHit {
  reply: Reply;
  finding: ReplyFinding;
  focus: 'code' | 'enhanced';
  start: number;
  end: number;
}

const LINE_BREAK = /\r\n|\r|\n/;

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK);
}

export class ReplyIndex {
  private lines: string[];
  /** startStates[i]: the scanner state at the start of line i, valid for i <= scannedTo. */
  private startStates: ScanState[];
  private lineFindings: Array<ReplyFinding[] | undefined>;
  /** Lines [0, scannedTo) are scanned; the rest wait for scanMore(). */
  private scannedTo = 0;
  private scans = 0;
  /** True while every state the scan produced was the initial one (see ReadAhead). */
  private statelessSoFar = true;
  /** Lines read ahead of the scan (see ReadAhead), until the next edit. */
  private ahead = new Map<number, ReplyFinding[]>();

  constructor(
    text: string | string[],
    private readonly scanner: LineScanner = defaultLineScanner,
  ) {
    this.lines = typeof text === 'string' ? splitLines(text) : text.length > 0 ? [...text] : [''];
    this.startStates = [scanner.initialState];
    this.lineFindings = new Array(this.lines.length);
  }

  get lineCount(): number {
    return this.lines.length;
  }

  lineText(line: number): string {
    return this.lines[line] ?? '';
  }

  /** True once every line has been scanned. */
  get complete(): boolean {
    return this.scannedTo >= this.lines.length;
  }

  /** Lines [0, scannedLines) are scanned. */
  get scannedLines(): number {
    return this.scannedTo;
  }

  /**
   * The end of the scanned part that holds whole replies only: no reply of a line before it goes on after it,
   * and no line before it waits for a later line's scan (a quoted-printable soft break). Replies before it
   * are final until the next edit; at most the scanned part's last line is left out, more only where a
   * reply spans lines.
   */
  wholeRepliesEnd(): number {
    if (this.complete) return this.lines.length;
    let end = this.scannedTo - 1;
    while (end > 0 && (this.continues(end - 1) || this.carried(this.startStates[end]) > 0)) end--;
    return Math.max(0, end);
  }

  /** Scans up to `maxLines` more lines of the initial pass; returns true when the document is complete. */
  scanMore(maxLines: number): boolean {
    if (this.complete) return true;
    const from = this.scannedTo;
    const to = Math.min(this.lines.length, from + Math.max(1, maxLines));
    let state = this.startStates[from];
    for (let i = from; i < to; i++) {
      state = this.scanOne(i, state);
      this.startStates[i + 1] = state;
    }
    this.scannedTo = to;
    return this.complete;
  }

  /** Scans everything still waiting (a request needs the whole picture). */
  scanAll(): void {
    this.scanMore(this.lines.length);
  }

  /** Makes sure `line` has been scanned. */
  ensureScanned(line: number): void {
    if (line >= this.scannedTo) this.scanMore(line + 1 - this.scannedTo);
    // A line that a soft line break continues gets its findings from the scan of the logical line's last line.
    while (!this.complete && this.carried(this.startStates[this.scannedTo]) > 0) this.scanMore(1);
  }

  /**
   * Applies one LSP content change: `range` replaced by `text`; no range means the whole document.
   * Positions past the end are clamped to it, as LSP asks.
   */
  applyChange(range: { start: TextPosition; end: TextPosition } | undefined, text: string): void {
    if (!range) {
      this.replaceLines(0, this.lines.length, splitLines(text));
      return;
    }
    const start = this.clamp(range.start);
    let end = this.clamp(range.end);
    if (end.line < start.line || (end.line === start.line && end.character < start.character)) end = start;
    const prefix = this.lines[start.line].slice(0, start.character);
    const suffix = this.lines[end.line].slice(end.character);
    this.replaceLines(start.line, end.line + 1, splitLines(prefix + text + suffix));
  }

  /** Replaces lines [start, end) with `newLines` and re-scans what the change can affect. */
  replaceLines(start: number, end: number, newLines: string[]): void {
    start = Math.max(0, Math.min(start, this.lines.length));
    end = Math.max(start, Math.min(end, this.lines.length));
    if (newLines.length === 0 && start === 0 && end === this.lines.length) newLines = [''];
    const delta = newLines.length - (end - start);
    const scannedBefore = this.scannedTo;
    this.ahead.clear();

    this.lines = splice(this.lines, start, end - start, newLines);
    this.lineFindings = splice(this.lineFindings, start, end - start, new Array<undefined>(newLines.length));

    if (start >= scannedBefore) return; // nothing scanned there yet: the initial pass will get to it

    // Line numbers after the edit move by delta; the stored states of the lines after it stay valid.
    const oldStates = this.startStates;
    let states = oldStates.slice(0, start + 1);
    if (end <= scannedBefore) {
      this.scannedTo = scannedBefore + delta;
      if (delta !== 0) {
        for (let i = start + newLines.length; i < this.scannedTo; i++) {
          const fs = this.lineFindings[i];
          if (fs) for (const f of fs) f.line = i;
        }
      }
      // States of the new lines are placeholders until re-scanned; after them come the kept lines' states.
      const placeholders = new Array<ScanState>(Math.max(0, newLines.length - 1)).fill(this.scanner.initialState);
      states = states.concat(placeholders, oldStates.slice(newLines.length > 0 ? end : end + 1));
    } else {
      this.scannedTo = start; // the edit reaches into the unscanned part: the initial pass resumes here
    }
    this.startStates = states;

    // Re-scan from the edit until the carried state matches what was stored, or the scanned part ends.
    let state = states[start];
    const changedEnd = start + newLines.length; // first line after the changed ones
    for (let i = start; i < this.scannedTo; i++) {
      state = this.scanOne(i, state);
      if (i + 1 >= changedEnd && i + 1 < this.scannedTo && this.carried(state) === 0 && this.scanner.sameScanState(state, states[i + 1])) break;
      states[i + 1] = state;
    }
  }

  /** Findings on one line (empty for an unscanned line or a line past the end). */
  findingsAt(line: number): readonly ReplyFinding[] {
    return this.lineFindings[line] ?? [];
  }

  /** The reply whose basic or enhanced code covers the position, if any (see ReadAhead for `readAhead`). */
  replyAt(position: TextPosition, readAhead?: ReadAhead): ReplyHit | undefined {
    const { line, character } = position;
    if (!Number.isInteger(line) || line < 0 || line >= this.lines.length) return undefined;
    const read = this.readAhead(line, readAhead);
    if (!read) this.ensureScanned(line);
    const findings = read ?? this.lineFindings[line];
    if (!findings || findings.length === 0) return undefined;
    let best: { finding: ReplyFinding; focus: 'code' | 'enhanced'; start: number; end: number } | undefined;
    for (const f of findings) {
      const spans: Array<['code' | 'enhanced', number, number]> = [];
      if (f.code !== null) spans.push(['code', f.codeStart, f.codeEnd]);
      if (f.enhanced !== null) spans.push(['enhanced', f.enhancedStart, f.enhancedEnd]);
      for (const [focus, s, e] of spans) {
        if (character >= s && character < e) {
          best = { finding: f, focus, start: s, end: e };
          break;
        }
        // The cursor right after a code (end position) still means that code, if nothing starts there.
        if (character === e && !best) best = { finding: f, focus, start: s, end: e };
      }
      if (best && character < best.end) break;
    }
    if (!best) return undefined;
    const finding = best.finding;
    const reply = read ? this.scanner.groupReplies(read).find((r) => r.parts.includes(finding)) : this.replyOf(finding);
    return reply ? { reply, ...best } : undefined;
  }

  /** The replies that start on one line (see ReadAhead for `readAhead`). */
  repliesOnLine(line: number, readAhead?: ReadAhead): Reply[] {
    if (!Number.isInteger(line)) return [];
    const read = this.readAhead(line, readAhead);
    return read ? this.scanner.groupReplies(read) : this.repliesBetween(line, line);
  }

  /** The findings of a line read ahead of the scan, or undefined when the line must be scanned in order. */
  private readAhead(line: number, options: ReadAhead | undefined): ReplyFinding[] | undefined {
    if (!options || line < this.scannedTo + options.lookAhead || line >= this.lines.length) return undefined;
    const initial = this.scanner.initialState;
    if (!this.statelessSoFar || !this.scanner.sameScanState(this.startStates[this.scannedTo], initial)) return undefined;
    const known = this.ahead.get(line);
    if (known) return known;
    const r = this.scanner.scanLine(this.lines[line], line, initial);
    if (this.carried(r.state) > 0 || !this.scanner.sameScanState(r.state, initial)) return undefined;
    if (this.ahead.size >= MAX_READ_AHEAD) this.ahead.clear();
    this.ahead.set(line, r.findings);
    return r.findings;
  }

  /** The reply a finding belongs to, grouped from the lines of that reply only. */
  replyOf(finding: ReplyFinding): Reply | undefined {
    const [from, to] = this.replySpan(finding.line, finding.line);
    return this.group(from, to).find((r) => r.parts.includes(finding));
  }

  /** Every reply of the scanned part, in document order. */
  replies(): Reply[] {
    const out: Reply[] = [];
    this.forEachReply((r) => out.push(r));
    return out;
  }

  /** Every reply of the scanned part, in document order, grouped a few lines at a time (nothing kept). */
  *iterateReplies(): Generator<Reply> {
    const batch: Reply[] = [];
    for (let i = 0; i < this.scannedTo; ) {
      i = this.nextReplies(i, batch);
      for (let k = 0; k < batch.length; k++) yield batch[k];
    }
  }

  /**
   * Visits every reply of the scanned part, in document order (the fast path for a whole-document pass); with
   * `start` and `end` (each 0 or a value of wholeRepliesEnd()), the replies of the lines [start, end).
   */
  forEachReply(visit: (reply: Reply) => void, start = 0, end = this.scannedTo): void {
    const batch: Reply[] = [];
    const to = Math.min(end, this.scannedTo);
    for (let i = Math.max(0, start); i < to; ) {
      i = this.nextReplies(i, batch, to);
      for (let k = 0; k < batch.length; k++) visit(batch[k]);
    }
  }

  /** Fills `out` with the replies starting at the first line >= i (before `end`) that has findings; returns the line after them. */
  private nextReplies(i: number, out: Reply[], end = this.scannedTo): number {
    out.length = 0;
    while (i < end && !this.lineFindings[i]) i++;
    if (i >= end) return i;
    let hi = i;
    while (hi + 1 < end && this.continues(hi)) hi++;
    const fs = this.lineFindings[i]!;
    // Most lines hold one reply on their own: group without the intermediate array.
    if (hi === i && fs.length === 1) out.push(...this.scanner.groupReplies(fs));
    else out.push(...this.group(i, hi));
    return hi + 1;
  }

  /** Replies whose first line is in [fromLine, toLine]. */
  repliesBetween(fromLine: number, toLine: number): Reply[] {
    const lo = Math.max(0, fromLine);
    const hi = Math.min(toLine, this.lines.length - 1);
    if (hi < lo) return [];
    this.ensureScanned(hi);
    const [from, to] = this.replySpan(lo, hi);
    return this.group(from, to).filter((r) => r.parts[0].line >= lo && r.parts[0].line <= hi);
  }

  stats(): ReplyIndexStats {
    return { lines: this.lines.length, linesScanned: this.scans };
  }

  /**
   * Widens [from, to] to whole replies: back while the line before ends with a continued part ("250-"),
   * forward while the last line does. Bounded, so a pathological log cannot make a hover slow.
   */
  private replySpan(from: number, to: number): [number, number] {
    let lo = from;
    while (lo > 0 && from - lo < MAX_REPLY_LINES && this.continues(lo - 1)) lo--;
    let hi = to;
    while (hi + 1 < this.scannedTo && hi - to < MAX_REPLY_LINES && this.continues(hi)) hi++;
    return [lo, hi];
  }

  /**
   * The line's last finding says more lines of its reply follow ("250-PIPELINING"), or it is a basic code
   * with no text whose enhanced code opens the next line's findings (Postfix's wrapped bounce text, a
   * quoted-printable soft break between the codes), which groupReplies joins.
   */
  private continues(line: number): boolean {
    const fs = this.lineFindings[line];
    if (fs === undefined) return false;
    const last = fs[fs.length - 1];
    if (last.continued) return true;
    if (last.code === null || last.enhanced !== null || last.text !== '') return false;
    const next = this.lineFindings[line + 1];
    return next !== undefined && next[0].code === null && next[0].enhanced !== null;
  }

  private group(from: number, to: number): Reply[] {
    const findings: ReplyFinding[] = [];
    for (let i = Math.max(0, from); i <= to; i++) {
      const fs = this.lineFindings[i];
      if (fs) for (const f of fs) findings.push(f);
    }
    return findings.length > 0 ? this.scanner.groupReplies(findings) : [];
  }

  private clamp(p: TextPosition): TextPosition {
    const lastLine = this.lines.length - 1;
    const line = Number.isFinite(p.line) ? Math.max(0, Math.floor(p.line)) : 0;
    if (line > lastLine) return { line: lastLine, character: this.lines[lastLine].length };
    const len = this.lines[line].length;
    const character = Number.isFinite(p.character) ? Math.max(0, Math.min(Math.floor(p.character), len)) : 0;
    return { line, character };
  }

  private carried(state: ScanState): number {
    return this.scanner.carriedLines ? this.scanner.carriedLines(state) : 0;
  }

  private scanOne(i: number, state: ScanState): ScanState {
    this.scans++;
    const r = this.scanner.scanLine(this.lines[i], i, state);
    if (this.statelessSoFar && r.state !== this.scanner.initialState && !this.scanner.sameScanState(r.state, this.scanner.initialState)) this.statelessSoFar = false;
    const carried = this.carried(state);
    if (this.carried(r.state) > 0) {
      // A line that a soft line break continues: the scan of the logical line's last line sets its findings
      // (re-scanning never stops on a state that carries lines), or the end of the document does.
      this.lineFindings[i] = undefined;
      if (i === this.lines.length - 1) this.store(i, this.carried(r.state) - 1, this.scanner.scanLine('', i + 1, r.state).findings);
      return r.state;
    }
    if (carried === 0) {
      this.lineFindings[i] = r.findings.length > 0 ? r.findings : undefined;
      return r.state;
    }
    this.store(i, carried, r.findings);
    return r.state;
  }

  /**
   * Findings of a scan that read the `carried` lines before line i with it (a quoted-printable logical line):
   * they replace those lines' findings, each stored on the line its code stands on.
   */
  private store(i: number, carried: number, findings: ReplyFinding[]): void {
    const from = Math.max(0, i - carried);
    for (let l = from; l <= i; l++) this.lineFindings[l] = undefined;
    for (const f of findings) {
      const l = f.line >= from && f.line <= i ? f.line : i;
      const fs = this.lineFindings[l];
      if (fs) fs.push(f);
      else this.lineFindings[l] = [f];
    }
  }
}

/** Lines read ahead of the scan that are kept for the next request (a hover asks twice for its line). */
const MAX_READ_AHEAD = 64;

/** Lines of one multi-line reply looked at, at most, in each direction. */
const MAX_REPLY_LINES = 1000;

/** Array splice that stays safe for very long insertions (no spread of 100 000 arguments). */
function splice<T>(array: T[], start: number, deleteCount: number, items: T[]): T[] {
  if (items.length < 10_000) {
    array.splice(start, deleteCount, ...items);
    return array;
  }
  return array.slice(0, start).concat(items, array.slice(start + deleteCount));
}
