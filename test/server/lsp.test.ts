// The language server as any editor sees it: spawned with --stdio, spoken to over JSON-RPC. Diagnostics
// are waited for (polled with a deadline), never slept for.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import MarkdownIt from 'markdown-it';
import type { CodeAction, Diagnostic, DocumentSymbol, InitializeResult } from 'vscode-languageserver-protocol';
import { TestClient, rangeOf } from './lspClient';

const LOG = [
  'Nov 28 06:12:01 mx postfix/smtpd[8738]: connect from mail.example.org[203.0.113.5]',
  'Nov 28 06:12:02 mx postfix/smtpd[8738]: NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.5]; from=<a@example.org> to=<b@example.net> proto=ESMTP helo=<x.example.org>',
  'Nov 28 06:12:03 mx postfix/smtp[9001]: 4F2A1B3C9D: to=<c@example.com>, relay=mx.example.com[198.51.100.7]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.com[198.51.100.7] said: 550 5.1.1 <c@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))',
  'Nov 28 06:12:04 mx postfix/smtp[9002]: 5A6B7C8D9E: to=<d@example.com>, relay=mx.example.com[198.51.100.7]:25, delay=0.4, delays=0.1/0/0.1/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 1234ABCD)',
  '2026-11-28 06:12:05 1rABCD-000123-4E == x@example.com R=dnslookup T=remote_smtp defer (-44) H=mx.example.com [198.51.100.7]: SMTP error from remote mail server after RCPT TO:<x@example.com>: 451 4.7.1 Greylisted, please try again later',
].join('\n');

const URI = 'file:///logs/mail.log';

/**
 * What a person reads in the Problems panel: line, columns, severity, and the reply code the message starts
 * with (the diagnostic's own code is the failure reason, checked apart).
 */
function panel(diagnostics: Diagnostic[]): Array<[number, number, number, number | undefined, unknown]> {
  return diagnostics
    .map((d): [number, number, number, number | undefined, unknown] => [d.range.start.line, d.range.start.character, d.range.end.character, d.severity, message(d).split(' ')[0]])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

const at = (line: number, needle: string) => rangeOf(LOG, line, needle);

/** A diagnostic's message as the Problems panel shows it. */
const message = (d: Diagnostic | undefined): string => (typeof d?.message === 'string' ? d.message : (d?.message.value ?? ''));

describe('language server over stdio', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ locale: 'en' });
  });
  after(async () => {
    const code = await client.stop();
    assert.equal(code, 0, 'the server exits cleanly after shutdown and exit');
  });

  it('advertises what Neovim 0.7 and VS Code need, all in the initialize result', () => {
    const caps = (client.initializeResult as InitializeResult).capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 }, 'incremental sync');
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', '']);
    assert.ok(caps.documentSymbolProvider);
    assert.ok(caps.inlayHintProvider);
    assert.deepEqual(caps.semanticTokensProvider?.legend.tokenTypes, ['smtpPositiveCompletion', 'smtpPositiveIntermediate', 'smtpTransientNegative', 'smtpPermanentNegative']);
  });

  it('pushes a warning for each transient and an error for each permanent reply, at the code', async () => {
    client.open(URI, LOG);
    const diagnostics = await client.waitForDiagnostics(URI, 1);
    assert.deepEqual(panel(diagnostics), [
      [1, at(1, '450').start.character, at(1, '450').end.character, 2, '450'],
      [2, at(2, '550').start.character, at(2, '550').end.character, 1, '550'],
      [4, at(4, '451').start.character, at(4, '451').end.character, 2, '451'],
    ]);
    // The code is why it failed: what the Problems panel's filter matches.
    assert.deepEqual(
      [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line).map((d) => d.code),
      ['requireptr', 'userunknown', 'greylisted'],
    );
    for (const d of diagnostics) {
      assert.equal(d.source, 'smtp');
      // The code is a reason; no page of ours describes one, so no link.
      assert.equal(d.codeDescription, undefined);
    }
    const bounce = diagnostics.find((d) => d.range.start.line === 2)!;
    assert.match(message(bounce), /^550 5\.1\.1 .+ — Unknown recipient \[userunknown\] — permanent, will not be retried$/);
    assert.match(message(diagnostics.find((d) => d.range.start.line === 1)), /^450 4\.7\.1 .+ — transient, will be retried$/);
  });

  it('counts the replies for the status item, and pushes the counts with the diagnostics', async () => {
    const stats = await client.request<{ transient: number; permanent: number }>('smtp/documentStats', { uri: URI });
    assert.equal(stats.transient, 2);
    assert.equal(stats.permanent, 1);
    const pushed = await client.waitFor('smtp/statsChanged', () =>
      client.notifications.find((n) => n.method === 'smtp/statsChanged' && (n.params as { uri: string }).uri === URI),
    );
    assert.deepEqual({ ...(pushed.params as object), replies: undefined, lines: undefined, linesScanned: undefined }, {
      uri: URI,
      transient: 2,
      permanent: 1,
      replies: undefined,
      lines: undefined,
      linesScanned: undefined,
    });
    const unknown = await client.request<{ transient: number; permanent: number }>('smtp/documentStats', { uri: 'file:///nope' });
    assert.equal(unknown.transient + unknown.permanent, 0);
  });

  it('explains a basic code, an enhanced code and the pair on hover, over the hovered code only', async () => {
    const onBasic = await client.hover(URI, 1, at(1, '450').start.character + 1);
    const onEnhanced = await client.hover(URI, 1, at(1, '4.7.1').start.character + 2);
    assert.ok(onBasic && onEnhanced);
    assert.equal(onBasic.contents.kind, 'markdown');
    assert.match(onBasic.contents.value, /^### SMTP 450 · 4\.7\.1 · \S/);
    assert.match(onEnhanced.contents.value, /^### SMTP 450 · 4\.7\.1 · \S/);
    assert.deepEqual(onBasic.range, at(1, '450'));
    assert.deepEqual(onEnhanced.range, at(1, '4.7.1'));
    assert.match(onBasic.contents.value, /will be retried|tries again later|retries/i, 'what the class means for delivery');
    assert.match(onBasic.contents.value, /How to fix/i);
    const exim = await client.hover(URI, 4, at(4, '451').start.character);
    assert.match(exim?.contents.value ?? '', /^### SMTP 451 · 4\.7\.1/);
    assert.match(exim?.contents.value ?? '', /RCPT TO/, 'the command the reply answered');
  });

  // A queue ID has a hover of its own since issue G: the story of its message (test/server/trace.test.ts).
  it('has no hover on a PID, a port, a time or plain text', async () => {
    const spots: Array<[number, string]> = [
      [1, '8738'],
      [2, ':25'],
      [0, '06:12:01'],
      [3, 'delay=0.4'],
      [0, 'connect'],
    ];
    for (const [line, needle] of spots) {
      const r = at(line, needle);
      const h = await client.hover(URI, line, r.start.character + 1);
      assert.equal(h, null, `hover on ${needle}`);
    }
  });

  it('offers compare and copy actions on a reply', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: at(1, '450').start, end: at(1, '450').start },
      context: { diagnostics: [] },
    });
    const compare = actions.find((a) => a.command?.command === 'smtp.compare');
    const copy = actions.find((a) => a.command?.command === 'smtp.copyExplanation');
    assert.equal(compare?.title, 'Compare 450 4.7.1 with…');
    assert.deepEqual(compare?.command?.arguments, ['450 4.7.1']);
    // The reply, not prebuilt text: the client builds the explanation only when the action runs.
    assert.deepEqual({ ...(copy?.command?.arguments?.[0] as object), text: undefined }, { code: '450', enhanced: '4.7.1', line: 1, text: undefined, remoteHost: null, command: 'RCPT TO' });
    assert.match(String((copy?.command?.arguments?.[0] as { text: string }).text), /Client host rejected/);
    const none = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(none, []);
  });

  it('offers the reasons\' quick actions: unknown-user recipients and blocklist lookups, each where it helps', async () => {
    const uri = 'file:///logs/reasons.log';
    const text = [
      LOG.split('\n')[2],
      'Nov 28 06:12:09 mx postfix/smtpd[8740]: NOQUEUE: reject: RCPT from unknown[203.0.113.9]: 554 5.7.1 Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; from=<a@example.org> to=<b@example.net> proto=ESMTP helo=<x>',
    ].join('\n');
    client.open(uri, text);
    await client.waitForDiagnostics(uri, 1);
    const actionsAt = (line: number, needle: string) =>
      client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: rangeOf(text, line, needle).start, end: rangeOf(text, line, needle).start },
        context: { diagnostics: [] },
      });
    const onUnknown = await actionsAt(0, '550');
    const copy = onUnknown.find((a) => a.command?.command === 'smtp.copyUnknownRecipients');
    assert.equal(copy?.title, 'Copy all recipients with unknown-user bounces');
    assert.deepEqual(copy?.command?.arguments, [uri], 'the list is collected when the action runs, not when it is offered');
    assert.ok(!onUnknown.some((a) => a.command?.command === 'smtp.copyBlocklistLookups'));
    assert.deepEqual(await client.request('smtp/unknownRecipients', { uri }), { recipients: ['c@example.com'] });

    const onBlocked = await actionsAt(1, '554');
    const lookups = onBlocked.find((a) => a.command?.command === 'smtp.copyBlocklistLookups');
    assert.equal(lookups?.title, 'Copy blocklist lookups for this IP (203.0.113.9)');
    assert.deepEqual(lookups?.command?.arguments, [{ ip: '203.0.113.9', lists: ['zen.spamhaus.org'], queries: ['9.113.0.203.zen.spamhaus.org'] }]);
    assert.ok(!onBlocked.some((a) => a.command?.command === 'smtp.copyUnknownRecipients'));

    // An editor without our client commands sends them back: the list comes as the result and in a message.
    assert.deepEqual(await client.request('workspace/executeCommand', { command: 'smtp.copyUnknownRecipients', arguments: [uri] }), { recipients: ['c@example.com'] });
    const isOurs = (n: { method: string; params: unknown }) => n.method === 'window/showMessage' && /unknown-user/.test((n.params as { message: string }).message);
    const shown = await client.waitFor('window/showMessage', () => client.notifications.find(isOurs));
    assert.equal((shown.params as { message: string }).message, 'Recipients with unknown-user bounces (1): c@example.com');
    client.notifications.splice(client.notifications.indexOf(shown), 1);
    assert.deepEqual(await client.request('smtp/unknownRecipients', { uri: 'file:///not/open.log' }), { recipients: [] });
  });

  it('answers a compare command sent back by an editor without client commands (eglot) in a message', async () => {
    const result = await client.request<{ a: { label: string }; b: { label: string } }>('workspace/executeCommand', { command: 'smtp.compare', arguments: ['451', '550'] });
    assert.deepEqual([result.a.label, result.b.label], ['451', '550']);
    const shown = await client.waitFor('window/showMessage', () => client.notifications.find((n) => n.method === 'window/showMessage'));
    assert.match((shown.params as { message: string }).message, /^451 vs 550: /);
    const related = await client.request<{ b: { label: string } }>('workspace/executeCommand', { command: 'smtp.compare', arguments: ['450'] });
    assert.ok(related.b.label.length >= 3, 'a related code is picked when none is given');
    await assert.rejects(client.request('workspace/executeCommand', { command: 'smtp.compare', arguments: ['hello'] }), /hello/);
  });

  it('answers smtp/compare, smtp/explain and smtp/listCodes', async () => {
    const cmp = await client.request<{ a: { code: string; title: string }; b: { code: string }; summary: string }>('smtp/compare', { a: '451', b: '550', locale: 'en' });
    assert.equal(cmp.a.code, '451');
    assert.equal(cmp.b.code, '550');
    assert.ok(cmp.summary.length > 20);
    const bad = await client.request<{ error?: string }>('smtp/compare', { a: 'hello', b: '550' });
    assert.match(bad.error ?? '', /hello/);
    const one = await client.request<{ enhanced: string; title: string } | null>('smtp/explain', { code: '4.7.1' });
    assert.equal(one?.enhanced, '4.7.1');
    assert.equal(await client.request('smtp/explain', { code: 'not a code' }), null);
    const list = await client.request<Array<{ code: string; title: string; kind: string }>>('smtp/listCodes', { locale: 'en' });
    for (const code of ['250', '451', '550', '4.7.1', '5.1.1']) assert.ok(list.some((c) => c.code === code && c.title.length > 0), code);
  });

  it('summarizes an open log through smtp/summary', async () => {
    const summary = await client.request<{ totals: { bounced: number; rejected: number }; byCode: Array<{ key: string; count: number }> }>('smtp/summary', { uri: URI });
    assert.equal(summary.totals.bounced, 1, 'the one status=bounced line');
    assert.equal(summary.totals.rejected, 1, 'the one NOQUEUE reject');
    await assert.rejects(client.request('smtp/summary', { uri: 'file:///not/open.log' }), /not open/);
  });

  it('lists queue IDs in the outline and colours codes by class', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    const queue = symbols.find((s) => s.name === '4F2A1B3C9D');
    assert.ok(queue, JSON.stringify(symbols.map((s) => s.name)));
    assert.ok(queue.children?.some((c) => c.name === '550 5.1.1'));
    assert.ok(symbols.some((s) => s.name === '1rABCD-000123-4E'), 'an Exim message ID');

    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: URI } });
    const decoded: Array<{ line: number; char: number; length: number; type: number }> = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, dc, length, type] = tokens.data.slice(i, i + 4);
      line += dl;
      char = dl === 0 ? char + dc : dc;
      decoded.push({ line, char, length, type });
    }
    const of = (l: number, needle: string) => decoded.find((t) => t.line === l && t.char === at(l, needle).start.character);
    assert.equal(of(1, '450')?.type, 2, '450: transient negative');
    assert.equal(of(1, '4.7.1')?.type, 2);
    assert.equal(of(2, '550')?.type, 3, '550: permanent negative');
    assert.equal(of(3, '250')?.type, 0, '250: positive completion');
  });

  it('has no inlay hints unless they are turned on', async () => {
    const hints = await client.request<unknown[]>('textDocument/inlayHint', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
    });
    assert.deepEqual(hints, []);
  });

  it('updates diagnostics after a one-line edit, re-scanning only that line', async () => {
    const before = await client.request<{ linesScanned: number }>('smtp/documentStats', { uri: URI });
    const published = client.publishCount.get(URI) ?? 0;
    // The Exim deferral becomes a rejection: 451 4.7.1 -> 550 5.7.1.
    const v = client.change(URI, { start: at(4, '451 4.7.1').start, end: at(4, '451 4.7.1').end }, '550 5.7.1');
    const diagnostics = await client.waitForDiagnostics(URI, v);
    assert.deepEqual(panel(diagnostics.filter((d) => d.range.start.line === 4)), [[4, at(4, '451').start.character, at(4, '451').end.character, 1, '550']]);
    assert.equal(client.publishCount.get(URI), published + 1, 'one publish for the edit');
    const afterEdit = await client.request<{ linesScanned: number; transient: number; permanent: number }>('smtp/documentStats', { uri: URI });
    assert.equal(afterEdit.linesScanned - before.linesScanned, 1, 'only the edited line was scanned again');
    assert.deepEqual([afterEdit.transient, afterEdit.permanent], [1, 2]);

    // A burst of edits (typing) gives one publish, and an inserted line moves the ranges below it.
    const count = client.publishCount.get(URI)!;
    let last = 0;
    const insert = 'Nov 28 06:12:00 mx postfix/smtpd[1]: ';
    for (let i = 0; i < insert.length; i++) last = client.change(URI, { start: { line: 0, character: i }, end: { line: 0, character: i } }, insert[i]);
    last = client.change(URI, { start: { line: 0, character: insert.length }, end: { line: 0, character: insert.length } }, 'new line\n');
    const moved = await client.waitForDiagnostics(URI, last);
    assert.equal(client.publishCount.get(URI), count + 1, 'one publish per burst of edits');
    assert.deepEqual(
      moved.map((d) => d.range.start.line).sort(),
      [2, 3, 5],
      'every diagnostic moved down one line',
    );
  });

  it('answers bad requests and keeps serving', async () => {
    assert.equal(await client.hover('file:///not/open.log', 0, 0), null, 'unknown document');
    assert.equal(await client.hover(URI, 10_000, 3), null, 'line past the end');
    assert.equal(await client.hover(URI, 1, 100_000), null, 'character past the end of the line');
    await assert.rejects(client.request('textDocument/hover', { textDocument: { uri: URI } }), /position/, 'no position');
    await assert.rejects(client.request('textDocument/hover', { position: 'x' }), /textDocument/);
    await assert.rejects(client.request('smtp/compare', { a: 451 }), /"a"/);
    await assert.rejects(client.request('smtp/explain', null), /"code"/);
    await assert.rejects(client.request('smtp/nope', {}), /Unhandled method|not found/i);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: 'file:///nope', version: 3 }, contentChanges: [{ text: 'x' }] });
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///broken' } });
    const h = await client.hover(URI, 3, at(2, '550').start.character); // line 2 of LOG, one line down since the edit
    assert.match(h?.contents.value ?? '', /^### SMTP 550/, 'still answering after all that');
  });

  it('shows hostile reply text in the hover as text: no command link, no image, no HTML', async () => {
    const uri = 'file:///logs/hostile.smtp';
    const text = [
      '220 mx.example.org ESMTP',
      'EHLO client.example',
      '250 mx.example.org',
      'MAIL FROM:<a@example.org>',
      '550 5.7.1 [x](command:foo) <img src=x onerror=alert(1)> ![i](https://e/x.png) <a href="command:bar">y</a>',
    ].join('\r\n');
    client.open(uri, text, 'smtp-transcript');
    const diagnostics = await client.waitForDiagnostics(uri, 1);
    assert.deepEqual(panel(diagnostics), [[4, 0, 3, 1, '550']]);
    const md = new MarkdownIt({ html: true, linkify: true });
    for (const character of [1, 5]) {
      const hover = await client.hover(uri, 4, character);
      assert.ok(hover);
      const html = md.render(hover.contents.value);
      assert.doesNotMatch(html, /<a href="command:/i);
      assert.doesNotMatch(html, /<img/i);
      assert.doesNotMatch(html, /href="https:\/\/e\//);
      assert.ok(html.includes('onerror=alert(1)'), 'the reader still sees what the log says');
    }
  });

  it('explains a multi-line reply as one reply from any of its lines', async () => {
    const uri = 'file:///logs/ehlo.smtp';
    const text = ['S: 220 mx.example.net ESMTP', 'C: EHLO client.example', 'S: 250-mx.example.net', 'S: 250-PIPELINING', 'S: 250 SIZE 10240000'].join('\n');
    client.open(uri, text, 'smtp-transcript');
    await client.waitForDiagnostics(uri, 1);
    for (const line of [2, 3, 4]) {
      const hover = await client.hover(uri, line, 4);
      assert.match(hover?.contents.value ?? '', /^### SMTP 250 · /, `line ${line}`);
      assert.match(hover?.contents.value ?? '', /\(3 lines\)/, `line ${line}: the whole reply`);
      assert.deepEqual(hover?.range, { start: { line, character: 3 }, end: { line, character: 6 } });
    }
  });

  it('takes a document whose bytes are not valid UTF-8, and clears diagnostics when a document closes', async () => {
    const uri = 'file:///logs/binary.log';
    // Written by hand on the wire: the JSON body carries raw 0xFF 0xFE bytes inside the text.
    const before = Buffer.from(
      JSON.stringify({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'smtp-log', version: 1, text: '@@@' } } }),
    );
    const at = before.indexOf('@@@');
    const reply = Buffer.from('\\nS: 554 5.7.1 rejected \\u0000 ok');
    const body = Buffer.concat([before.subarray(0, at), Buffer.from([0xff, 0xfe, 0x80]), reply, before.subarray(at + 3)]);
    client.process.stdin!.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
    const diagnostics = await client.waitForDiagnostics(uri, 1);
    assert.deepEqual(panel(diagnostics), [[1, 3, 6, 1, '554']]);

    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await client.waitFor('diagnostics cleared', () => (client.diagnostics.get(uri)?.diagnostics.length === 0 ? true : undefined));
    assert.equal(await client.hover(uri, 1, 4), null, 'a closed document has no hover');
  });

  // How fast is `npm run bench`'s business (test/bench/lsp.mjs); here the server has to answer at all.
  it('handles NUL bytes, CRLF and a 5 MB line', async () => {
    const uri = 'file:///logs/odd.log';
    const long = '4.4.4.'.repeat(Math.ceil((5 * 1024 * 1024) / 6));
    const text = ['garbage \u0000\u0000 451 in the middle \u0000', long, 'x postfix/smtp[1]: ABCDEF1234: to=<a@b>, status=deferred (host h[1.2.3.4] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))'].join('\r\n');
    client.open(uri, text);
    const diagnostics = await client.waitForDiagnostics(uri, 1);
    assert.ok(diagnostics.some((d) => d.range.start.line === 2 && d.code === 'mailboxfull' && message(d).startsWith('452 4.2.2')), JSON.stringify(diagnostics));
    assert.ok(!diagnostics.some((d) => d.range.start.line === 1), 'nothing in the long line of dots');
    assert.equal(await client.hover(uri, 1, 2_500_000), null, 'no hover in the long line of dots');
  });
});

describe('language server in Indonesian', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ locale: 'id-ID' });
  });
  after(async () => {
    await client.stop();
  });

  it('writes hovers, diagnostics and actions in Indonesian', async () => {
    client.open(URI, LOG);
    const diagnostics = await client.waitForDiagnostics(URI, 1);
    assert.match(message(diagnostics.find((d) => d.range.start.line === 1)), /sementara, akan dicoba lagi$/);
    const hover = await client.hover(URI, 1, at(1, '450').start.character);
    for (const word of ['Deskripsi', 'Ketika Anda Melihatnya', 'Cara Memperbaiki']) assert.ok(hover?.contents.value.includes(word), word);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: URI },
      range: { start: at(1, '450').start, end: at(1, '450').start },
      context: { diagnostics: [] },
    });
    assert.ok(actions.some((a) => a.title === 'Bandingkan 450 4.7.1 dengan…'));
  });
});

describe('language server settings', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({
      settings: { severity: { transient: 'error', permanent: 'off' }, maxProblems: 1, inlayHints: { enabled: true } },
      holdConfiguration: true,
    });
  });
  after(async () => {
    await client.stop();
  });

  it('reads workspace/configuration and re-validates when it changes', async () => {
    client.open(URI, LOG);
    // The document is fully scanned (this request waits for it) while the settings are still on their way.
    await client.request('smtp/documentStats', { uri: URI });
    client.releaseConfiguration();
    const first = await client.waitForDiagnostics(URI, 1);
    assert.equal(client.publishCount.get(URI), 1, 'published once, with the settings, not first with the defaults');
    // maxProblems 1: the first transient reply as an error, then the note on line 0 about the one not shown.
    assert.deepEqual(
      first.map((d) => [d.range.start.line, d.severity]),
      [
        [1, 1],
        [0, 3],
      ],
    );
    assert.match(message(first[1]), /^1 more SMTP problem was found and not shown/);

    const hints = await client.request<Array<{ position: { line: number; character: number }; label: string }>>('textDocument/inlayHint', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
    });
    const hint = hints.find((h) => h.position.line === 1);
    assert.deepEqual(hint?.position, at(1, '4.7.1').end, 'after the code');
    assert.ok((hint?.label.length ?? 0) > 3);

    const count = client.publishCount.get(URI) ?? 0;
    client.settings = { severity: { transient: 'hint', permanent: 'error' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.waitFor('re-validation', () => ((client.publishCount.get(URI) ?? 0) > count ? true : undefined));
    assert.deepEqual(panel(client.diagnostics.get(URI)!.diagnostics).map((d) => [d[0], d[3]]), [
      [1, 4],
      [2, 1],
      [4, 4],
    ]);
  });
});

describe('language server settings: smtp.maxProblems has a ceiling', () => {
  let client: TestClient;
  before(async () => {
    // A workspace setting of 1e9 once made one publishDiagnostics message of 152 MB.
    client = await TestClient.start({ settings: { maxProblems: 1e9 } });
  });
  after(async () => {
    await client.stop();
  });

  it('lists at most 10000 problems however large the setting, and says how many more there were', async () => {
    const uri = 'file:///logs/many-bounces.smtp';
    const lines = Array.from({ length: 10_050 }, (_, i) => `550 5.1.1 User unknown #${String(i).padStart(7, '0')}`);
    client.open(uri, lines.join('\n'), 'smtp-transcript');
    // The listed problems may come first (as soon as the scan has found them) and the note with the end of
    // the scan: wait for the note.
    const diagnostics = await client.waitFor(
      'the note on the problems not shown',
      () => client.diagnostics.get(uri)?.diagnostics.some((d) => d.code === 'smtp.maxProblems') ? client.diagnostics.get(uri)!.diagnostics : undefined,
      60_000,
    );
    assert.equal(diagnostics.length, 10_001, '10000 problems and the note');
    const note = diagnostics.find((d) => d.code === 'smtp.maxProblems');
    assert.match(message(note), /^50 more SMTP problems were found and not shown \(the limit is 10000; setting smtp\.maxProblems\)\.$/);
    for (const p of client.published.get(uri) ?? []) {
      assert.deepEqual(p.diagnostics, p.diagnostics.length === 10_001 ? diagnostics : diagnostics.slice(0, 10_000), 'an early publish lists the same problems');
    }
  });
});

describe('smtp/replyAt and smtp/explain with context', () => {
  const uri = 'file:///logs/reply-at.log';
  const text = [
    'Nov 28 06:20:01 mx postfix/smtp[451]: 4F2A1B3C9D: to=<c@example.com>, relay=mx.example.com[198.51.100.7]:25, delay=451, delays=0.1/0/0.5/450, dsn=4.7.1, status=deferred (host mx.example.com[198.51.100.7] said: 451 4.7.1 Greylisted, try again (in reply to RCPT TO command))',
    '220-mx.example.net ESMTP',
    '220 ready',
  ].join('\n');
  const spot = (line: number, needle: string) => rangeOf(text, line, needle);
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ locale: 'en' });
    client.open(uri, text);
    await client.waitForDiagnostics(uri, 1);
  });
  after(async () => {
    await client.stop();
  });

  const replyAt = (line: number, character: number) =>
    client.request<{ code: string | null; enhanced: string | null; label: string; range: unknown } | null>('smtp/replyAt', { uri, position: { line, character } });

  it('finds the reply under the cursor as the hover does: basic or enhanced code, with its range', async () => {
    const basic = spot(0, 'said: 451').start.character + 'said: '.length;
    assert.deepEqual(await replyAt(0, basic + 1), { code: '451', enhanced: '4.7.1', label: '451 4.7.1', range: { start: { line: 0, character: basic }, end: { line: 0, character: basic + 3 } } });
    const enhanced = spot(0, '451 4.7.1 Greylisted').start.character + 4;
    assert.deepEqual((await replyAt(0, enhanced + 2))?.range, { start: { line: 0, character: enhanced }, end: { line: 0, character: enhanced + 5 } });
    assert.equal((await replyAt(2, 1))?.label, '220', 'the last line of a multi-line greeting');
  });

  it('finds nothing on a PID, a delay or plain text that read 451, nor in a document the server does not hold', async () => {
    for (const needle of ['[451]', 'delay=451', 'delays=0.1/0/0.5/450', 'Greylisted']) {
      const at = spot(0, needle).start.character;
      const digits = needle.search(/\d/);
      assert.equal(await replyAt(0, at + Math.max(0, digits) + 1), null, needle);
    }
    assert.equal(await client.request('smtp/replyAt', { uri: 'file:///not/open.log', position: { line: 0, character: 0 } }), null);
    await assert.rejects(client.request('smtp/replyAt', { uri, position: { line: 'x' } }), /position/);
  });

  it('explains with the context a copy action passes back: the provider usage that matches it', async () => {
    type Explained = {
      label: string;
      title: string;
      leadingProvider: string | null;
      providers: Array<{ providerName: string; title: string; possible?: boolean }>;
      command: string | null;
    };
    const bare = await client.request<Explained>('smtp/explain', { code: '550 5.7.606' });
    // without a line nothing matched: the provider usages of the code come only as possible readings
    assert.deepEqual(bare.providers.filter((p) => !p.possible), []);
    const withContext = await client.request<Explained>('smtp/explain', {
      code: '550 5.7.606',
      context: { text: 'Access denied, banned sending IP [192.0.2.1]', remoteHost: 'example-com.mail.protection.outlook.com', command: 'RCPT TO' },
    });
    assert.equal(withContext.label, '550 5.7.606');
    // 5.7.606 is Microsoft's own number, so the matched reading leads the explanation
    assert.match(withContext.leadingProvider ?? '', /Microsoft/);
    assert.equal(withContext.title, 'Banned sending IP');
    assert.ok(withContext.providers.every((p) => !p.possible), 'matched, not possible');
    const gmail = await client.request<Explained>('smtp/explain', {
      code: '550 5.7.26',
      context: { text: 'The sender is unauthenticated. - gsmtp', remoteHost: 'mx.google.com', command: 'DATA' },
    });
    assert.match(gmail.providers[0]?.providerName ?? '', /Gmail/, 'a registered code keeps the matched usage beside it');
    assert.ok(gmail.providers.every((p) => !p.possible), 'matched, not possible');
    assert.equal(withContext.command, 'RCPT TO');
    const odd = await client.request<Explained>('smtp/explain', { code: '451', context: { text: 42, remoteHost: ['x'] } });
    assert.equal(odd.label, '451', 'context fields of the wrong type are ignored');
  });
});
