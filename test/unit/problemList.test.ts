// The Problems of a large log are built while its initial scan goes (ProblemList fed with the index's whole
// replies, part by part): the list must be the one problemsFor gives for the whole document, whatever the
// parts, and a hover read ahead of the scan must say what it says once the scan has got there.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ReplyIndex } from '../../server/src/core/documentIndex';
import { ProblemList } from '../../server/src/core/problemList';
import { DEFAULT_VALIDATION_SETTINGS, problemsFor, type ValidationSettings } from '../../server/src/core/validation';
import { ROOT } from './support';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'logs');

function fixtureTexts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const dir of readdirSync(FIXTURES)) {
    const full = join(FIXTURES, dir);
    if (!statSync(full).isDirectory()) continue;
    for (const name of readdirSync(full)) {
      if (name.endsWith('.tsv')) continue;
      out.push([`${dir}/${name}`, readFileSync(join(full, name), 'utf8')]);
    }
  }
  return out;
}

/** Scans `text` a few lines at a time as the server does, feeding the list after every step. */
function builtInParts(text: string, settings: ValidationSettings, step: number): { list: ProblemList; index: ReplyIndex } {
  const index = new ReplyIndex(text);
  const list = new ProblemList(settings, 'en');
  let fedTo = 0;
  const feed = () => {
    const end = index.wholeRepliesEnd();
    if (end <= fedTo) return;
    const from = fedTo;
    list.add({ forEachReply: (visit) => index.forEachReply(visit, from, end) });
    fedTo = end;
  };
  while (!index.complete) {
    index.scanMore(step);
    feed();
  }
  feed();
  return { list, index };
}

const SETTINGS: Array<[string, ValidationSettings]> = [
  ['the defaults', DEFAULT_VALIDATION_SETTINGS],
  ['maxProblems 3', { ...DEFAULT_VALIDATION_SETTINGS, maxProblems: 3 }],
  ['maxProblems 1, transient off', { transientSeverity: 'off', permanentSeverity: 'error', maxProblems: 1 }],
  ['maxProblems 0', { ...DEFAULT_VALIDATION_SETTINGS, maxProblems: 0 }],
];

describe('ProblemList: the Problems built part by part during the scan', () => {
  const texts = fixtureTexts();

  it('has fixtures to read (a test over nothing passes for nothing)', () => {
    assert.ok(texts.length >= 20, `${texts.length} fixture logs`);
  });

  for (const [name, settings] of SETTINGS) {
    it(`gives what problemsFor gives for the whole document, with ${name}, in parts of 1 and 7 lines`, () => {
      for (const [file, text] of texts) {
        const whole = new ReplyIndex(text);
        whole.scanAll();
        const counts = { transient: 0, permanent: 0 };
        const expected = problemsFor(whole, settings, 'en', { counts });
        for (const step of [1, 7]) {
          const { list } = builtInParts(text, settings, step);
          assert.deepEqual(list.result(), expected, `${file}, parts of ${step}`);
          assert.deepEqual(list.counts, counts, `${file} counts`);
        }
      }
    });
  }

  it('is full, with the first maxProblems problems listed, long before the end of a large log', () => {
    const line = (i: number) => `Nov 28 06:20:${String(i % 60).padStart(2, '0')} mx postfix/smtp[1]: 4F2A1B3C${String(i % 100).padStart(2, '0')}: to=<u${i}@example.com>, relay=mx.example.com[198.51.100.7]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.com[198.51.100.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command))`;
    const text = Array.from({ length: 5000 }, (_, i) => line(i)).join('\n');
    const index = new ReplyIndex(text);
    const list = new ProblemList({ ...DEFAULT_VALIDATION_SETTINGS, maxProblems: 10 }, 'en');
    index.scanMore(50);
    list.add({ forEachReply: (visit) => index.forEachReply(visit, 0, index.wholeRepliesEnd()) });
    assert.ok(list.full, 'ten problems in the first 50 lines');
    const whole = new ReplyIndex(text);
    whole.scanAll();
    const all = problemsFor(whole, { ...DEFAULT_VALIDATION_SETTINGS, maxProblems: 10 }, 'en');
    assert.deepEqual(list.listedSoFar(), all.slice(0, 10), 'the listed ones are final');
    assert.match(all[10].message, /^4990 more SMTP problems/);
  });
});

describe('ReplyIndex: whole replies of the scanned part, and reading ahead of the scan', () => {
  const TRANSCRIPT = ['220 mx.example.org ESMTP', 'EHLO client', '250-mx.example.org', '250-PIPELINING', '250 SIZE 10240000', 'MAIL FROM:<a@b>', '250 2.1.0 Ok'].join('\n');

  it('never ends the whole part inside a multi-line reply', () => {
    const index = new ReplyIndex(TRANSCRIPT);
    index.scanMore(4); // the scan stops inside "250-" ... "250 SIZE"
    const end = index.wholeRepliesEnd();
    assert.ok(end <= 2, `end ${end} leaves the EHLO reply for later`);
    const seen: number[][] = [];
    index.forEachReply((r) => seen.push(r.parts.map((p) => p.line)), 0, end);
    assert.ok(seen.every((lines) => lines.every((l) => l < end)));
    index.scanAll();
    assert.equal(index.wholeRepliesEnd(), index.lineCount);
  });

  it('reads a line of a plain log far ahead of the scan as the scan reads it', () => {
    const lines = Array.from({ length: 2000 }, (_, i) =>
      i % 3 === 0
        ? `Nov 28 06:20:01 mx postfix/smtp[1]: 4F2A1B3C9D: to=<c${i}@example.com>, relay=mx.example.com[198.51.100.7]:25, delay=451, delays=0.1/0/0.5/450, dsn=4.7.1, status=deferred (host mx.example.com[198.51.100.7] said: 451 4.7.1 Greylisted, try again (in reply to RCPT TO command))`
        : `Nov 28 06:20:01 mx postfix/smtpd[2]: connect from mail${i}.example.org[203.0.113.9]`,
    );
    const text = lines.join('\n');
    const at = { line: 1800, character: lines[1800].indexOf('451 4.7.1') + 1 };
    const ahead = new ReplyIndex(text);
    ahead.scanMore(100);
    const read = ahead.replyAt(at, { lookAhead: 300 });
    assert.equal(ahead.stats().linesScanned, 100, 'the lines before it were not scanned for it');
    const whole = new ReplyIndex(text);
    whole.scanAll();
    assert.deepEqual(read, whole.replyAt(at));
    assert.deepEqual(ahead.repliesOnLine(1800, { lookAhead: 300 }), whole.repliesBetween(1800, 1800));
  });

  it('scans up to the line instead once the document carried state (a transcript), so the answer stays exact', () => {
    const text = TRANSCRIPT + '\n' + Array.from({ length: 1000 }, () => '250 2.0.0 Ok').join('\n');
    const index = new ReplyIndex(text);
    index.scanMore(10);
    const hit = index.replyAt({ line: 900, character: 1 }, { lookAhead: 300 });
    assert.ok(index.stats().linesScanned >= 901, 'scanned up to the line');
    const whole = new ReplyIndex(text);
    whole.scanAll();
    assert.deepEqual(hit, whole.replyAt({ line: 900, character: 1 }));
  });
});
