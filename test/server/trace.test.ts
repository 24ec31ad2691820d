// Following a message over LSP, as any editor asks: on a queue id, a Message-ID or an address, the
// document highlights are every line of that message, references list them, the definition is the line
// where it entered, and the hover tells its story; smtp/trace answers the model the panel draws. Edits keep
// the index current without rebuilding it. The fixture is test/fixtures/trace/postfix-filter.log, counted
// by hand (a content-filter hop and a bounce notification).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import type { DocumentHighlight, InitializeResult, Location } from 'vscode-languageserver-protocol';
import type { MessageStory } from '../../server/src/core/trace';
import { ROOT, TestClient } from './lspClient';

const LOG = readFileSync(join(ROOT, 'test/fixtures/trace/postfix-filter.log'), 'utf8');
const LINES = LOG.split('\n');
const URI = 'file:///logs/trace/mail.log';
const MESSAGE = [1, 2, 3, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24, 25, 26];

const pos = (line: number, needle: string, offset = 1) => ({ line, character: LINES[line].indexOf(needle) + offset });

describe('following a message over LSP', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ locale: 'en' });
    client.open(URI, LOG);
    await client.waitForDiagnostics(URI, 1);
  });
  after(async () => {
    assert.equal(await client.stop(), 0);
  });

  const highlights = (p: { line: number; character: number }) =>
    client.request<DocumentHighlight[] | null>('textDocument/documentHighlight', { textDocument: { uri: URI }, position: p });
  const references = (p: { line: number; character: number }) =>
    client.request<Location[] | null>('textDocument/references', { textDocument: { uri: URI }, position: p, context: { includeDeclaration: true } });
  const definition = (p: { line: number; character: number }) => client.request<Location[] | null>('textDocument/definition', { textDocument: { uri: URI }, position: p });

  it('advertises highlights, references and definition', () => {
    const caps = (client.initializeResult as InitializeResult).capabilities;
    assert.equal(caps.documentHighlightProvider, true);
    assert.equal(caps.referencesProvider, true);
    assert.equal(caps.definitionProvider, true);
  });

  it('highlights every line of the message, whole, from its queue id, a hop id, its Message-ID', async () => {
    for (const p of [pos(3, '4B1C2D3E4F'), pos(16, '5D6E7F8A9B'), pos(11, 'queued as 5D6E', 12), pos(2, '20261128090001.1@')]) {
      const h = (await highlights(p)) ?? [];
      assert.deepEqual(
        h.map((x) => x.range.start.line),
        MESSAGE,
        JSON.stringify(p),
      );
      assert.deepEqual(h[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: LINES[1].length } });
    }
  });

  it('nothing on a time stamp, a host or a line of no message', async () => {
    assert.deepEqual((await highlights(pos(1, '09:00:01'))) ?? [], []);
    assert.deepEqual((await highlights(pos(15, 'mx.example.net'))) ?? [], []);
    assert.deepEqual((await highlights(pos(0, 'connect'))) ?? [], []);
    assert.deepEqual((await references(pos(0, 'connect'))) ?? [], []);
  });

  it('references list the lines, at the id where it is written', async () => {
    const refs = (await references(pos(1, '4B1C2D3E4F'))) ?? [];
    assert.deepEqual(
      refs.map((r) => r.range.start.line),
      MESSAGE,
    );
    assert.ok(refs.every((r) => r.uri === URI));
    const onId = refs.find((r) => r.range.start.line === 14)!;
    assert.deepEqual(onId.range, { start: pos(14, '4B1C2D3E4F', 0), end: { line: 14, character: LINES[14].indexOf('4B1C2D3E4F') + 10 } });
    const hopLine = refs.find((r) => r.range.start.line === 15)!;
    assert.deepEqual(hopLine.range, { start: { line: 15, character: 0 }, end: { line: 15, character: LINES[15].length } }, 'a hop line without the id: the whole line');
  });

  it('the definition is the line where the message entered, from any of its lines', async () => {
    for (const p of [pos(25, '5D6E7F8A9B'), pos(22, '6F7A8B9C0D'), pos(17, 'dave@')]) {
      const d = (await definition(p)) ?? [];
      assert.deepEqual(
        d.map((x) => x.range.start.line),
        [1],
        JSON.stringify(p),
      );
    }
  });

  it('the hover tells the story: sender, size, each recipient with its attempts and fate, time in the queue', async () => {
    const h = await client.hover(URI, pos(16, '5D6E7F8A9B').line, pos(16, '5D6E7F8A9B').character);
    assert.ok(h);
    const md = h.contents.value;
    assert.match(md, /^\*\*Message 4B1C2D3E4F → 5D6E7F8A9B \(re-queued after a content filter\) → 6F7A8B9C0D \(bounce notification\)\*\*/);
    assert.match(md, /From: ` alice@example\.com `/);
    assert.match(md, /Size: 2,048 bytes/);
    assert.match(md, /In the queue: 15 min 5 s, left the queue/);
    assert.match(md, /- ` carol@slow\.example\.org `: \*\*delivered, deferred 2 times, 4 attempts\*\*/);
    assert.match(md, /- ` dave@example\.net `: \*\*bounced, 2 attempts\*\*/);
    assert.match(md, /Nov 28 09\\:05\\:06 · mx\\.slow\\.example\\.org · 451 4\.7\.1 Delivery not authorized, message refused · delay 302/);
    assert.match(md, /bounce notification to ` alice@example\.com `: \*\*delivered, 1 attempt\*\*/);
    // rendered, nothing from the log turns into a link or markup
    const html = new MarkdownIt({ linkify: true }).render(md);
    assert.doesNotMatch(html, /<a |<img /);
    // a reply code on the same line still gets its own hover
    const onCode = await client.hover(URI, pos(16, '451').line, pos(16, '451').character);
    assert.match(onCode?.contents.value ?? '', /451/);
    assert.doesNotMatch(onCode?.contents.value ?? '', /Recipients/);
  });

  it('smtp/trace: the story model by position or by key; a code action offers the trace', async () => {
    const r = await client.request<{ key: { kind: string; value: string }; stories: MessageStory[]; more: number } | null>('smtp/trace', { uri: URI, position: pos(3, 'alice@') });
    assert.ok(r);
    assert.deepEqual(r.key, { kind: 'address', value: 'alice@example.com' });
    assert.equal(r.stories.length, 1);
    assert.deepEqual(r.stories[0].queueIds, ['4B1C2D3E4F', '5D6E7F8A9B', '6F7A8B9C0D']);
    const byKey = await client.request<{ stories: MessageStory[] } | null>('smtp/trace', { uri: URI, key: { kind: 'queue-id', value: '7E8F9A0B1C' }, locale: 'id' });
    assert.deepEqual(byKey?.stories[0].lines, [5, 21, 27]);
    assert.equal(await client.request('smtp/trace', { uri: URI, position: pos(0, 'connect') }), null);
    const actions = await client.request<Array<{ title: string; command: { command: string; arguments: unknown[] } }>>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: pos(1, '4B1C2D3E4F'), end: pos(1, '4B1C2D3E4F') },
      context: { diagnostics: [] },
    });
    const trace = actions.find((a) => a.command.command === 'smtp.traceMessage');
    assert.equal(trace?.title, 'Trace message 4B1C2D3E4F');
    assert.deepEqual(trace?.command.arguments, [{ uri: URI, key: { kind: 'queue-id', value: '4B1C2D3E4F' }, line: 1 }]);
  });

  it('edits move and change the message without rebuilding the index', async () => {
    // two lines inserted at the top, the bounce line (20 -> 22) removed: the notification leaves the message
    let v = client.change(URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, 'first\nsecond\n');
    await client.waitForDiagnostics(URI, v);
    v = client.change(URI, { start: { line: 21, character: 0 }, end: { line: 22, character: 0 } }, '');
    await client.waitForDiagnostics(URI, v);
    const h = (await highlights({ line: 3, character: LINES[1].indexOf('4B1C2D3E4F') + 1 })) ?? [];
    const expected = MESSAGE.filter((l) => ![18, 19, 20, 22, 23].includes(l)).map((l) => (l > 19 ? l + 1 : l + 2));
    assert.deepEqual(
      h.map((x) => x.range.start.line),
      expected,
    );
    // its own lines 18, 20, 22, 23 of the fixture, moved by +2 and, after the removed line 19, by +1
    const notification = (await highlights({ line: 23, character: LINES[22].indexOf('6F7A8B9C0D') + 1 })) ?? [];
    assert.deepEqual(
      notification.map((x) => x.range.start.line),
      [20, 21, 23, 24],
    );
  });
});
