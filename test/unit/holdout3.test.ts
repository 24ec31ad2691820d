// Third held-out evaluation: 16 log excerpts (13 mail logs, 3 negatives) written after the recognizer had been
// tuned on the corpus and on the first two held-out sets, without looking at the scanner or at those sets' logs,
// labelled by hand line by line. Measured once before it was committed (231 TP, 0 FP, 0 FN; status fields
// 14 TP, 0 FP, 0 FN); from now on it guards against regressions like the others. Fixtures and labelling rules:
// test/fixtures/holdout3/README.md. Scoring: test/unit/scoring.ts, as for the second set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './support';
import { labelledFiles, pct, precision, readHoldoutSet, recall, scoreHoldout } from './scoring';

const PRECISION_TARGET = 0.95;
const RECALL_TARGET = 0.95;

const dir = join(ROOT, 'test', 'fixtures', 'holdout3');

test('third held-out set: precision and recall of the recognizer on everyday mail logs it was not tuned on', (t) => {
  if (!existsSync(join(dir, 'GROUND_TRUTH.tsv'))) {
    t.skip(`no third held-out set at ${dir}`);
    return;
  }
  const set = readHoldoutSet(dir);
  assert.ok(set.files.length > 0, `no fixture files in ${dir}`);
  for (const file of labelledFiles(set)) {
    assert.ok(set.files.includes(file), `label names ${file}, which is not in ${dir}`);
  }

  const { total } = scoreHoldout(set);

  assert.ok(
    precision(total) >= PRECISION_TARGET,
    `third held-out precision ${pct(precision(total))} < ${PRECISION_TARGET * 100}% (${total.fp} false positives listed above)`,
  );
  assert.ok(
    recall(total) >= RECALL_TARGET,
    `third held-out recall ${pct(recall(total))} < ${RECALL_TARGET * 100}% (${total.fn} false negatives listed above)`,
  );
});
