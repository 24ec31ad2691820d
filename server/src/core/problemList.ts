// The Problems of a document built part by part, in document order, as its initial scan goes: the same
// list problemsFor gives for the whole document, but each part of the replies is read once, so a caller can
// work between turns of its event loop, and the listed problems are known (and can be shown) as soon as the
// first maxProblems of them are in, long before the last line is read; only the closing note on how many
// more there were waits for the end.
import { moreProblemsNote, negativeCounts, problemsFor, type NegativeCounts, type Problem, type ReplySource, type ValidationSettings } from './validation';
import type { Locale } from './types';

export class ProblemList {
  private readonly listed: Problem[] = [];
  private readonly max: number;
  private notShown = 0;
  /** Negative replies by class, counted as problemsFor counts them. */
  readonly counts: NegativeCounts = { transient: 0, permanent: 0 };

  constructor(
    readonly settings: ValidationSettings,
    readonly locale: Locale,
  ) {
    this.max = Math.max(0, Math.floor(settings.maxProblems));
  }

  /**
   * Adds the next replies, in document order. A part must begin and end between replies and between lines
   * (problemsFor reads the replies of one line together): documentIndex.ts wholeRepliesEnd() gives such ends.
   */
  add(part: ReplySource): void {
    const counts = { transient: 0, permanent: 0 };
    if (this.listed.length < this.max) {
      const room = this.max - this.listed.length;
      let shown = 0;
      for (const p of problemsFor(part, { ...this.settings, maxProblems: room }, this.locale, { counts })) {
        if (p.reason === null) continue; // the part's own note: the whole list gets one at the end
        this.listed.push(p);
        shown++;
      }
      this.notShown += this.shownOf(counts) - shown;
    } else {
      const c = negativeCounts(part);
      counts.transient = c.transient;
      counts.permanent = c.permanent;
      this.notShown += this.shownOf(counts);
    }
    this.counts.transient += counts.transient;
    this.counts.permanent += counts.permanent;
  }

  /** True once the list holds maxProblems problems: what is added later only counts toward the note. */
  get full(): boolean {
    return this.listed.length >= this.max;
  }

  /** The problems listed so far, without the note. */
  listedSoFar(): readonly Problem[] {
    return this.listed;
  }

  /** The problems, closed with the note when there were more than maxProblems: problemsFor's answer, once every part is in. */
  result(): Problem[] {
    return this.notShown > 0 ? [...this.listed, moreProblemsNote(this.notShown, this.max, this.locale)] : [...this.listed];
  }

  /** Negative replies of these counts that make a problem (their severity is not off). */
  private shownOf(c: NegativeCounts): number {
    return (this.settings.transientSeverity !== 'off' ? c.transient : 0) + (this.settings.permanentSeverity !== 'off' ? c.permanent : 0);
  }
}
