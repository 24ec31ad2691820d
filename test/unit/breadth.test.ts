// Breadth set (issue H): one small file per "miss family" the recognizer had on mail nobody here wrote (a code
// glued to a colon, web-mail providers' labelled fields, a reply on its own line after "host:", a reply nested
// in a service's wrapper, quoted-printable bounce bodies, qmail's bracketed status and rblsmtpd/qmail-smtpd
// lines) plus the CSS of an HTML part that must stay silent. Written for this project, labelled by hand before
// the rules were written. Fixtures and labelling rules: test/fixtures/breadth/README.md. Scoring is
// test/unit/scoring.ts, as for the held-out sets.
import { test } from 'node:test';
import { join } from 'node:path';
import { ROOT } from './support';
import { checkHoldoutSet } from './scoring';

test('breadth set: the miss families of issue H, each by a general rule', (t) => {
  checkHoldoutSet(t, 'breadth', join(ROOT, 'test', 'fixtures', 'breadth'), { precision: 1, recall: 1 });
});
