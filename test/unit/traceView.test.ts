// The trace panel's view model and its message guards (client/src/trace/messages.ts, pure): the view built
// from a story passes the webview's own check, log text arrives as text, and malformed messages are refused.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { indexMessages, traceMessage } from '../../server/src/core/trace';
import { storyWords } from '../../server/src/core/traceText';
import { isFromWebview, isToWebview, traceView } from '../../client/src/trace/messages';
import { ROOT } from './support';

const lines = readFileSync(join(ROOT, 'test/fixtures/trace/postfix-filter.log'), 'utf8').split('\n');

function viewOf(locale: 'en' | 'id', text = lines) {
  const stories = traceMessage(indexMessages(text), { kind: 'queue-id', value: '4B1C2D3E4F' }, (l) => text[l], locale);
  return traceView('mail.log', '4B1C2D3E4F', stories, stories.map((s) => storyWords(s, locale)), 0);
}

test('the view of a story: hops, recipients with their fate, a step per line, in the locale asked', () => {
  const v = viewOf('en');
  assert.ok(isToWebview({ type: 'trace', view: v }));
  const s = v.stories[0];
  assert.deepEqual(s.hops.map((h) => [h.queueId, h.roleText]), [
    ['4B1C2D3E4F', 'received'],
    ['5D6E7F8A9B', 're-queued after a content filter'],
    ['6F7A8B9C0D', 'bounce notification'],
  ]);
  assert.deepEqual(s.recipients.map((r) => [r.address, r.fate, r.fateText]), [
    ['bob@example.net', 'delivered', 'delivered, 2 attempts'],
    ['carol@slow.example.org', 'delivered', 'delivered, deferred 2 times, 4 attempts'],
    ['dave@example.net', 'bounced', 'bounced, 2 attempts'],
    ['alice@example.com', 'delivered', 'delivered, 1 attempt'],
  ]);
  assert.equal(s.steps.length, 22);
  const deferral = s.steps.find((x) => x.line === 16)!;
  assert.deepEqual([deferral.label, deferral.hop, deferral.code, deferral.enhanced, deferral.replyClass, deferral.title], ['deferred', 1, '451', '4.7.1', 'transient-negative', 'Delivery not authorized, message refused']);
  const id = viewOf('id').stories[0];
  assert.equal(id.recipients[1].fateText, 'terkirim, ditunda 2 kali, 4 percobaan');
  assert.equal(id.steps.find((x) => x.line === 16)!.label, 'ditunda');
  assert.deepEqual(id.facts.map((f) => f.label), ['Dari', 'Ukuran', 'Message-ID']);
});

test('hostile log text stays text in the view (the webview writes it with textContent)', () => {
  const hostile = [...lines];
  hostile[17] = hostile[17].replace('User unknown', '<img src=x onerror=alert(1)> [x](command:workbench.action.quit)');
  const v = viewOf('en', hostile);
  assert.ok(isToWebview({ type: 'trace', view: v }));
  assert.match(v.stories[0].steps.find((x) => x.line === 17)!.text ?? '', /<img src=x onerror=alert\(1\)>/);
});

test('guards refuse what is not a trace message', () => {
  const v = viewOf('en');
  assert.equal(isToWebview({ type: 'trace', view: { ...v, stories: [{ ...v.stories[0], steps: [{ line: -1 }] }] } }), false);
  assert.equal(isToWebview({ type: 'constructor' }), false);
  assert.equal(isToWebview({ type: 'trace', view: { ...v, source: 42 } }), false);
  assert.ok(isFromWebview({ type: 'reveal', story: 0, step: 3 }));
  assert.equal(isFromWebview({ type: 'reveal', story: 0, step: -1 }), false);
  assert.equal(isFromWebview({ type: 'showOnly', story: '0' }), false);
  assert.equal(isFromWebview({ type: 'open', path: '/etc/passwd' }), false);
});
