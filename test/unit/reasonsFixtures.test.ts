// Issue I, "why it failed", done when every negative reply in every fixture has a reason. Every file under
// test/fixtures (logs, transcripts, bounce messages, the held-out and breadth sets, the workspace) is
// scanned as `check` and the editor scan it: each negative reply must get a reason ("undefined" where
// nothing decides it, counted and printed per file, never none at all). The summary of the same file must
// give every failure it counts (deferral, bounce, reject) a reason too.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { allReasons, reasonOfReply } from '../../server/src/core/reasons';
import { groupReplies, scanText } from '../../server/src/core/scanner';
import { SummaryBuilder } from '../../server/src/core/summary';
import type { BounceReason, Reply } from '../../server/src/core/types';
import { ROOT } from './support';

const FIXTURES = join(ROOT, 'test/fixtures');

/** Every fixture that is a log or a message: not the ground-truth tables and READMEs beside them. */
function fixtureFiles(dir = FIXTURES): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...fixtureFiles(path));
    else if (!name.endsWith('.tsv') && name !== 'README.md') out.push(path);
  }
  return out;
}

const isNegative = (r: Reply) => r.replyClass === 'transient-negative' || r.replyClass === 'permanent-negative';

test('every negative reply in every fixture has a reason ("undefined" only where nothing decides it)', () => {
  const files = fixtureFiles();
  assert.ok(files.length > 100, `${files.length} fixture files`);
  const byReason = new Map<BounceReason, number>();
  const known = new Set<string>(allReasons());
  const undefinedPerFile: string[] = [];
  let negatives = 0;
  let filesWithNegatives = 0;
  for (const path of files) {
    const replies = groupReplies(scanText(readFileSync(path, 'utf8')));
    // reasonOfReply reads a status field (dsn=) with the server reply on its line, as the editor does.
    const byLine = new Map<number, Reply[]>();
    for (const r of replies) {
      const line = r.parts[0].line;
      const list = byLine.get(line);
      if (list) list.push(r);
      else byLine.set(line, [r]);
    }
    let undecided = 0;
    let here = 0;
    for (const r of replies) {
      if (!isNegative(r)) continue;
      here++;
      const result = reasonOfReply(r, byLine.get(r.parts[0].line));
      const where = `${relative(ROOT, path)}:${r.parts[0].line + 1} ${r.code ?? ''} ${r.enhanced ?? ''}`;
      assert.ok(result !== null, `no reason at all: ${where}`);
      assert.ok(known.has(result.reason), `"${result.reason}" is not a reason: ${where}`);
      byReason.set(result.reason, (byReason.get(result.reason) ?? 0) + 1);
      if (result.reason === 'undefined') undecided++;
    }
    negatives += here;
    if (here > 0) filesWithNegatives++;
    if (undecided > 0) undefinedPerFile.push(`${String(undecided).padStart(4)} of ${String(here).padStart(4)}  ${relative(FIXTURES, path)}`);
  }
  const undecided = byReason.get('undefined') ?? 0;
  console.log(`negative replies: ${negatives} in ${filesWithNegatives} of ${files.length} fixture files; "undefined" ${undecided} (${((undecided / negatives) * 100).toFixed(1)}%)`);
  console.log([...byReason].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${String(n).padStart(6)}  ${reason}`).join('\n'));
  console.log(`"undefined" per file (${undefinedPerFile.length} files):\n${undefinedPerFile.join('\n')}`);
  assert.ok(negatives > 500, `${negatives} negative replies`);
  // Most replies say why they failed; a regression that loses the rules would show here first.
  assert.ok(undecided / negatives < 0.1, `${undecided} of ${negatives} undefined`);
});

test('the summary of every fixture gives every deferral, bounce and reject a reason', () => {
  let failures = 0;
  for (const path of fixtureFiles()) {
    const b = new SummaryBuilder();
    for (const line of readFileSync(path, 'utf8').split('\n')) b.feed(line, path);
    const s = b.result();
    const counted = s.totals.deferrals + s.totals.bounced + s.totals.rejected;
    const byReason = s.byReason.reduce((n, r) => n + r.total, 0);
    assert.equal(byReason, counted, `${relative(ROOT, path)}: ${byReason} failures by reason, ${counted} counted`);
    for (const r of s.byReason) {
      assert.equal(r.total, r.deferred + r.bounced + r.rejected, `${relative(ROOT, path)} ${r.reason}`);
      assert.ok(r.name.length > 0);
    }
    failures += counted;
  }
  console.log(`summary failures with a reason: ${failures}`);
  assert.ok(failures > 500);
});
