// The summary panel's messages (client/src/summary/messages.ts): the view built from a real summary, and the
// guards both sides run on what they receive, so a forged or broken message is dropped before it is used.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { SummaryBuilder, type Summary } from '../../server/src/core/summary';
import {
  SUMMARY_STRING_KEYS,
  fill,
  isFromWebview,
  isPanelState,
  isSummaryView,
  isToWebview,
  summaryView,
  type SummaryUiStrings,
  type SummaryView,
} from '../../client/src/summary/messages';

const root = resolve(__dirname, '../../..');

function summaryOf(file: string): Summary {
  const b = new SummaryBuilder();
  for (const line of readFileSync(join(root, 'test/fixtures/summary', file), 'utf8').split('\n')) b.feed(line, file);
  return b.result();
}

const postfix = summaryOf('postfix.log');
const view = summaryView(postfix, 'mail.log', true);
const strings = Object.fromEntries(SUMMARY_STRING_KEYS.map((k) => [k, `text of ${k}`])) as unknown as SummaryUiStrings;

/** A copy of the view with one change made by `edit`. */
function broken(edit: (v: Record<string, unknown> & SummaryView) => void): unknown {
  const copy = structuredClone(view) as Record<string, unknown> & SummaryView;
  edit(copy);
  return copy;
}

describe('summary panel: the view of a summary', () => {
  it('carries the totals, the top rows with their first lines, hosts and hours of the summary', () => {
    assert.equal(view.source, 'mail.log');
    assert.equal(view.lines, postfix.lines);
    assert.deepEqual(view.totals.bounced, postfix.totals.bounced);
    assert.ok(view.topPermanent.length > 0 && view.topTransient.length > 0, 'the Postfix fixture has both');
    view.topPermanent.forEach((r, i) => {
      assert.equal(r.line, postfix.topPermanent[i].firstLine);
      assert.equal(r.title, postfix.topPermanent[i].title);
    });
    assert.deepEqual(
      view.perHour.map((h) => h.hour),
      postfix.perHour.map((h) => h.hour),
    );
    assert.ok(isSummaryView(view));
  });

  it('carries the failures by reason: ids, names, counts and the top domains and recipients', () => {
    assert.deepEqual(
      view.reasons?.map((r) => [r.reason, r.total]),
      postfix.byReason.map((r) => [r.reason, r.total]),
    );
    const unknown = view.reasons!.find((r) => r.reason === 'userunknown')!;
    assert.equal(unknown.name, 'Unknown recipient');
    assert.deepEqual(unknown.topRecipients, [
      { name: 'frank@nosuch.example', count: 1 },
      { name: 'ivan@mx1.example.net', count: 1 },
    ]);
    assert.deepEqual(unknown.topDomains.map((d) => d.name), ['mx1.example.net', 'nosuch.example']);
  });

  it('gives rows no line when the log cannot be opened at one, and never to "(other)"', () => {
    assert.ok(summaryView(postfix, 'x', false).topPermanent.every((r) => r.line === null));
    const capped = new SummaryBuilder({ maxPatterns: 1 });
    for (const line of readFileSync(join(root, 'test/fixtures/summary/postfix.log'), 'utf8').split('\n')) capped.feed(line, 'p');
    const v = summaryView(capped.result(), 'p', true);
    const other = [...v.topTransient, ...v.topPermanent].filter((r) => r.pattern === '(other)');
    assert.ok(other.length > 0, 'a full table counts the rest as (other)');
    assert.ok(other.every((r) => r.line === null));
    assert.ok(v.overflow > 0);
  });
});

describe('summary panel: what the extension accepts from the webview', () => {
  it('takes ready, refresh and a reveal of a row by table and index', () => {
    for (const m of [{ type: 'ready' }, { type: 'refresh' }, { type: 'reveal', table: 'transient', index: 0 }, { type: 'reveal', table: 'permanent', index: 9 }]) {
      assert.ok(isFromWebview(m), JSON.stringify(m));
    }
  });

  it('drops anything else: other tables, indexes that are not small whole numbers, other shapes', () => {
    for (const m of [
      null,
      'reveal',
      [],
      { type: 'reveal', table: 'hosts', index: 0 },
      { type: 'reveal', table: 'transient', index: -1 },
      { type: 'reveal', table: 'transient', index: 1.5 },
      { type: 'reveal', table: 'transient', index: 1e9 },
      { type: 'reveal', table: 'transient', index: '0' },
      { type: 'reveal', table: 'transient' },
      { type: 'open', uri: 'file:///etc/passwd' },
    ]) {
      assert.equal(isFromWebview(m), false, JSON.stringify(m));
    }
  });
});

describe('summary panel: what the webview accepts from the extension', () => {
  it('takes init with every string, a summary, and loading', () => {
    assert.ok(isToWebview({ type: 'init', strings, locale: 'id' }));
    assert.ok(isToWebview({ type: 'summary', view, canRefresh: true, key: '4d1f0c1e-7b8a-4c2e-9d3f-0a1b2c3d4e5f' }));
    assert.ok(isToWebview({ type: 'summary', view, canRefresh: false, key: null }));
    assert.ok(isToWebview({ type: 'loading' }));
  });

  it('drops an init that misses a string or names another language', () => {
    const missing: Partial<SummaryUiStrings> = { ...strings };
    delete missing.heading;
    assert.equal(isToWebview({ type: 'init', strings: missing, locale: 'en' }), false);
    assert.equal(isToWebview({ type: 'init', strings, locale: 'fr' }), false);
  });

  it('drops a summary whose numbers, rows or texts could not be drawn', () => {
    const bad: Array<[string, unknown]> = [
      ['a count that is not a number', broken((v) => (v.totals.bounced = NaN))],
      ['a negative count', broken((v) => (v.totals.delivered = -1))],
      ['a fractional line', broken((v) => (v.topPermanent[0].line = 1.5))],
      ['line 0 (lines are 1-based)', broken((v) => (v.topPermanent[0].line = 0))],
      ['an unknown reply class', broken((v) => (v.topPermanent[0].replyClass = 'evil' as never))],
      ['a text of a megabyte', broken((v) => (v.source = 'x'.repeat(1 << 20)))],
      ['a missing table', broken((v) => delete (v as Partial<SummaryView>).hosts)],
      ['a host row with a string count', broken((v) => (v.hosts.push({ name: 'h', deferred: '1' as never, bounced: 0, rejected: 0, total: 1 })))],
      ['an hour row of another shape', broken((v) => (v.perHour.push({ hour: 6 as never, deferred: 0, bounced: 0 })))],
      ['too many rows', broken((v) => (v.topTransient = Array(101).fill(v.topPermanent[0])))],
      ['a reason id that is not a word', broken((v) => (v.reasons![0].reason = '<img src=x>'))],
      ['a reason with a fractional count', broken((v) => (v.reasons![0].rejected = 0.5))],
      ['a reason recipient without a count', broken((v) => v.reasons![0].topRecipients.push({ name: 'a@b' } as never))],
      ['reasons that are not a list', broken((v) => (v.reasons = {} as never))],
    ];
    for (const [what, v] of bad) {
      assert.equal(isSummaryView(v), false, what);
      assert.equal(isToWebview({ type: 'summary', view: v, canRefresh: true, key: null }), false, what);
    }
    assert.equal(isToWebview({ type: 'summary', view, canRefresh: true, key: 42 }), false, 'a key that is not a string');
    assert.equal(isToWebview({ type: 'summary', view, canRefresh: true, key: 'k'.repeat(65) }), false, 'a key longer than any the extension hands out');
    assert.equal(isToWebview({ type: 'error', message: 'x' }), false, 'a message type the webview does not know');
  });

  it('restores a panel only from a state it could have written: a view and a key', () => {
    assert.ok(isPanelState({ view, key: '4d1f0c1e-7b8a-4c2e-9d3f-0a1b2c3d4e5f' }));
    assert.ok(isPanelState({ view, key: null }));
    assert.equal(isPanelState({ view: broken((v) => (v.lines = -5)), key: null }), false);
    assert.equal(isPanelState({ key: null }), false);
    // A view saved by a version without failures by reason still comes back (without them).
    assert.ok(isPanelState({ view: broken((v) => delete v.reasons), key: null }));
    assert.equal(isPanelState(undefined), false);
  });
});

describe('summary panel: strings', () => {
  it('fills placeholders in order and leaves unknown ones', () => {
    assert.equal(fill('{0} lines', '1,234'), '1,234 lines');
    assert.equal(fill('{0} to {1}', 'a', 'b'), 'a to b');
    assert.equal(fill('{0} and {2}', 'a'), 'a and {2}');
  });

  it('are all translated by the panel through vscode.l10n', () => {
    const source = readFileSync(join(root, 'client/src/summary/summaryPanel.ts'), 'utf8');
    for (const key of SUMMARY_STRING_KEYS) assert.match(source, new RegExp(`\\b${key}: vscode\\.l10n\\.t\\('`), key);
  });
});
