// The replies of one open document, indexed by line and kept up to date edit by edit. An edit re-scans the
// changed lines, then the following lines only until the scanner's carried state equals the state stored
// for that line (the rest of the document is known not to change); multi-line replies are regrouped only
// around the edit. A hover finds its reply by line in O(1).
import { isNegative } from './codes';
import { INITIAL_SCAN_STATE, groupReplies, sameScanState, scanLine } from './scanner';
import type { Reply, ReplyFinding } from './types';

type ScanState = Parameters<typeof scanLine>[2];

/** The scanner functions the index calls; injectable so tests can count or fake them. */
export interface LineScanner {
  scanLine(text: string, line: number, state: ScanState): { findings: ReplyFinding[]; state: ScanState };
  sameScanState(a: ScanState, b: ScanState): boolean;
  groupReplies(findings: ReplyFinding[]): Reply[];
  initialState: ScanState;
}

export const defaultLineScanner: LineScanner = {
  scanLine,
  sameScanState,
  groupReplies,
  initialState: INITIAL_SCAN_STATE,
};

/** A position as LSP and the editor give it: 0-based line, UTF-16 character. */
export interface TextPosition {
  line: number;
  character: number;
}

export interface ReplyIndexStats {
  transient: number;
  permanent: number;
  replies: number;
  lines: number;
  /** Line scans made since the index was created (a measure of re-scanning work). */
  linesScanned: number;
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
  /** Every reply with a part on the line (a multi-line reply is listed on each of its lines). */
  private lineReplies: Array<Reply[] | undefined>;
  /** Lines [0, scannedTo) are scanned; the rest wait for scanMore(). */
  private scannedTo = 0;
  private counts = { transient: 0, permanent: 0, replies: 0 };
  private scans = 0;

  constructor(
    text: string | string[],
    private readonly scanner: LineScanner = defaultLineScanner,
  ) {
    this.lines = typeof text === 'string' ? splitLines(text) : text.length > 0 ? [...text] : [''];
    this.startStates = [scanner.initialState];
    this.lineFindings = new Array(this.lines.length);
    this.lineReplies = new Array(this.lines.length);
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
    this.regroup(from, to - 1);
    return this.complete;
  }

  /** Scans everything still waiting (a hover or a request needs the whole picture). */
  scanAll(): void {
    while (!this.scanMore(1 << 20)) {
      /* keep scanning */
    }
  }

  /** Makes sure `line` has been scanned. */
  ensureScanned(line: number): void {
    if (line >= this.scannedTo) this.scanMore(line + 1 - this.scannedTo);
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

    // Replies touching the replaced lines go; their other lines are regrouped below.
    const [spanLo, oldSpanHi] = end > start ? this.unregister(start, end - 1) : [start, start - 1];
    const spanHi = oldSpanHi >= end ? oldSpanHi + delta : start + newLines.length - 1;

    this.lines.splice(start, end - start, ...newLines);
    this.lineFindings.splice(start, end - start, ...new Array<undefined>(newLines.length));
    this.lineReplies.splice(start, end - start, ...new Array<undefined>(newLines.length));
    if (this.lines.length === 0) {
      this.lines.push('');
      this.lineFindings.push(undefined);
      this.lineReplies.push(undefined);
    }

    if (start >= scannedBefore) return; // nothing scanned there yet: the initial pass will get to it

    // Line numbers after the edit move by delta; the stored states of the lines after it stay valid.
    const oldStates = this.startStates;
    this.startStates = oldStates.slice(0, start + 1);
    if (end <= scannedBefore) {
      this.scannedTo = scannedBefore + delta;
      if (delta !== 0) {
        for (let i = start + newLines.length; i < this.scannedTo; i++) {
          for (const f of this.lineFindings[i] ?? []) f.line = i;
        }
      }
      // States of the new lines are placeholders until re-scanned; after them come the kept lines' states.
      for (let i = 1; i < newLines.length; i++) this.startStates.push(this.scanner.initialState);
      const tail = oldStates.slice(newLines.length > 0 ? end : end + 1);
      for (const st of tail) this.startStates.push(st);
    } else {
      this.scannedTo = start; // the edit reaches into the unscanned part: the initial pass resumes here
    }

    // Re-scan from the edit until the carried state matches what was stored, or the scanned part ends.
    let state = this.startStates[start];
    let i = start;
    const changedEnd = start + newLines.length; // first line after the changed ones
    for (; i < this.scannedTo; i++) {
      state = this.scanOne(i, state);
      if (i + 1 >= changedEnd && i + 1 < this.scannedTo && this.scanner.sameScanState(state, this.startStates[i + 1])) {
        i++;
        break;
      }
      if (i + 1 < this.startStates.length) this.startStates[i + 1] = state;
      else this.startStates.push(state);
    }
    const lastScanned = i - 1;
    this.regroup(Math.min(spanLo, start), Math.max(spanHi, lastScanned, changedEnd - 1));
  }

  /** Findings on one line (empty for an unscanned line or a line past the end). */
  findingsAt(line: number): readonly ReplyFinding[] {
    return this.lineFindings[line] ?? [];
  }

  /** The replies with a part on this line. */
  repliesAt(line: number): readonly Reply[] {
    return this.lineReplies[line] ?? [];
  }

  /** The reply whose basic or enhanced code covers the position, if any. */
  replyAt(position: TextPosition): ReplyHit | undefined {
    const { line, character } = position;
    if (!Number.isInteger(line) || line < 0 || line >= this.lines.length) return undefined;
    this.ensureScanned(line);
    const findings = this.lineFindings[line];
    if (!findings) return undefined;
    let best: ReplyHit | undefined;
    for (const f of findings) {
      const reply = this.lineReplies[line]?.find((r) => r.parts.includes(f));
      if (!reply) continue;
      const spans: Array<['code' | 'enhanced', number, number]> = [];
      if (f.code !== null) spans.push(['code', f.codeStart, f.codeEnd]);
      if (f.enhanced !== null) spans.push(['enhanced', f.enhancedStart, f.enhancedEnd]);
      for (const [focus, s, e] of spans) {
        if (character >= s && character < e) return { reply, finding: f, focus, start: s, end: e };
        // The cursor right after a code (end position) still means that code, if nothing starts there.
        if (character === e && !best) best = { reply, finding: f, focus, start: s, end: e };
      }
    }
    return best;
  }

  /** Every reply of the scanned part, in document order (by first line). */
  replies(): Reply[] {
    const out: Reply[] = [];
    for (let i = 0; i < this.scannedTo; i++) {
      const rs = this.lineReplies[i];
      if (!rs) continue;
      for (const r of rs) if (r.parts[0].line === i) out.push(r);
    }
    return out;
  }

  /** Replies whose first line is in [fromLine, toLine]. */
  repliesBetween(fromLine: number, toLine: number): Reply[] {
    const out: Reply[] = [];
    const hi = Math.min(toLine, this.lines.length - 1);
    for (let i = Math.max(0, fromLine); i <= hi; i++) {
      this.ensureScanned(i);
      for (const r of this.lineReplies[i] ?? []) if (r.parts[0].line === i) out.push(r);
    }
    return out;
  }

  stats(): ReplyIndexStats {
    return { ...this.counts, lines: this.lines.length, linesScanned: this.scans };
  }

  private clamp(p: TextPosition): TextPosition {
    const lastLine = this.lines.length - 1;
    const line = Number.isFinite(p.line) ? Math.max(0, Math.floor(p.line)) : 0;
    if (line > lastLine) return { line: lastLine, character: this.lines[lastLine].length };
    const len = this.lines[line].length;
    const character = Number.isFinite(p.character) ? Math.max(0, Math.min(Math.floor(p.character), len)) : 0;
    return { line, character };
  }

  private scanOne(i: number, state: ScanState): ScanState {
    this.scans++;
    if (this.lineReplies[i]) this.unregister(i, i);
    const r = this.scanner.scanLine(this.lines[i], i, state);
    this.lineFindings[i] = r.findings.length > 0 ? r.findings : undefined;
    return r.state;
  }

  /**
   * Removes every reply with a part in [lo, hi] and returns the span of lines those replies covered
   * (at least [lo, hi]).
   */
  private unregister(lo: number, hi: number): [number, number] {
    let spanLo = lo;
    let spanHi = hi;
    const seen = new Set<Reply>();
    for (let i = lo; i <= hi; i++) {
      const rs = this.lineReplies[i];
      if (!rs) continue;
      for (const r of rs) {
        if (seen.has(r)) continue;
        seen.add(r);
        spanLo = Math.min(spanLo, r.parts[0].line);
        spanHi = Math.max(spanHi, r.parts[r.parts.length - 1].line);
      }
    }
    for (const r of seen) {
      this.count(r, -1);
      for (const p of r.parts) {
        const list = this.lineReplies[p.line];
        if (!list) continue;
        const kept = list.filter((x) => x !== r);
        this.lineReplies[p.line] = kept.length > 0 ? kept : undefined;
      }
    }
    return [spanLo, spanHi];
  }

  /** Groups the findings of lines [lo, hi] (and of whatever replies they join) into replies again. */
  private regroup(lo: number, hi: number): void {
    const last = this.scannedTo - 1;
    lo = Math.max(0, lo - 1);
    hi = Math.min(last, hi + 1);
    if (hi < lo) return;
    [lo, hi] = this.unregister(lo, hi);
    for (;;) {
      const findings: ReplyFinding[] = [];
      for (let i = lo; i <= hi; i++) {
        const fs = this.lineFindings[i];
        if (fs) for (const f of fs) findings.push(f);
      }
      const replies = findings.length > 0 ? this.scanner.groupReplies(findings) : [];
      const tail = replies[replies.length - 1];
      // The last reply reaches the end of the region and the next line has findings: it may go on there.
      if (tail && hi < last && tail.parts[tail.parts.length - 1].line === hi && this.lineFindings[hi + 1]) {
        hi = this.unregister(hi + 1, hi + 1)[1];
        continue;
      }
      for (const r of replies) {
        this.count(r, 1);
        for (const p of r.parts) {
          const list = this.lineReplies[p.line];
          if (!list) this.lineReplies[p.line] = [r];
          else if (!list.includes(r)) list.push(r);
        }
      }
      return;
    }
  }

  private count(r: Reply, sign: 1 | -1): void {
    this.counts.replies += sign;
    if (!isNegative(r.replyClass)) return;
    if (r.replyClass === 'transient-negative') this.counts.transient += sign;
    else this.counts.permanent += sign;
  }
}
