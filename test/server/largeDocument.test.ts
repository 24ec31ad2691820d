// A large log open in the server: the whole-document requests an editor sends right after opening
// (semantic tokens, the outline) are built in slices, so a hover is answered meanwhile and a cancellation
// stops them; the viewport can ask for the tokens of a range only. Waits poll with a deadline; no sleeps.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { Diagnostic, DocumentSymbol, SemanticTokens } from 'vscode-languageserver-protocol';
import { TestClient } from './lspClient';

const SHAPES = ['451 4.7.1 Greylisted, try again later', '550 5.1.1 User unknown', '250 2.0.0 Ok: queued as ABC', '452 4.2.2 Mailbox full'];
const LINES = 300_000;
/** A bare transcript of server replies, each line a basic and an enhanced code: two tokens a line. */
const TEXT = Array.from({ length: LINES }, (_, i) => `${SHAPES[i % SHAPES.length]} #${String(i).padStart(7, "0")}`).join('\n');
const URI = 'file:///logs/replies.smtp';
const SMALL_URI = 'file:///logs/small.smtp';

/** Decoded tokens: absolute line and character. */
function decode(data: number[]): Array<{ line: number; char: number; length: number; type: number; modifiers: number }> {
  const out = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
    out.push({ line, char, length: data[i + 2], type: data[i + 3], modifiers: data[i + 4] });
  }
  return out;
}

/** The server's resident memory now and at its peak (kB from /proc), or undefined off Linux. */
function memoryOf(pid: number | undefined): { rssMB: number; peakMB: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1]) / 1024;
    return { rssMB: kb('VmRSS'), peakMB: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

describe('a large log: whole-document requests in slices', () => {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ locale: 'en' });
    client.open(SMALL_URI, 'S: 550 5.1.1 User unknown\n', 'smtp-transcript');
    client.open(URI, TEXT, 'smtp-transcript');
    // the whole log scanned and published (the note on the problems not shown comes with the end of the
    // scan): what follows measures the requests, not the initial scan
    await client.waitFor('the complete diagnostics', () => client.diagnostics.get(URI)?.diagnostics.some((d) => d.code === 'smtp.maxProblems') || undefined, 60_000);
  });
  after(async () => {
    assert.equal(await client.stop(), 0, 'the server exits cleanly');
  });

  /** Sends `method` on the large log, then a hover on the small one; says which answer came first. */
  async function hoverWhile<R>(method: string, params: unknown, source = new CancellationTokenSource()) {
    let answered: R | undefined;
    let failed: unknown;
    const request = client.connection.sendRequest(method, params, source.token).then(
      (r) => (answered = r as R),
      (e: unknown) => (failed = e),
    );
    const hover = await client.hover(SMALL_URI, 0, 4);
    const pendingAtHover = answered === undefined && failed === undefined;
    return { hover, pendingAtHover, request, source, result: () => answered, error: () => failed };
  }

  it('answers a hover while the tokens of the whole log are built, then gives every token', async (t) => {
    let reset = false;
    try {
      writeFileSync(`/proc/${client.process.pid}/clear_refs`, '5'); // the peak (VmHWM) starts again from now
      reset = true;
    } catch {
      // not Linux, or not allowed: the figure below is then the peak since start
    }
    const before = memoryOf(client.process.pid);
    const started = Date.now();
    const run = await hoverWhile<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: URI } });
    const hoverMs = Date.now() - started;
    assert.match(run.hover?.contents.value ?? '', /^### SMTP 550/);
    assert.ok(run.pendingAtHover, 'the hover was answered before the tokens');
    await client.waitFor('the tokens', () => run.result() ?? (run.error() ? { data: [] } : undefined), 60_000);
    assert.equal(run.error(), undefined, String(run.error()));
    const tokens = decode(run.result()!.data);
    assert.equal(tokens.length, 2 * LINES, 'a basic and an enhanced code on every line');
    assert.deepEqual(tokens[tokens.length - 1], { line: LINES - 1, char: 4, length: 5, type: 2, modifiers: 1 }, 'the last line: 452 4.2.2, enhanced');
    const peak = memoryOf(client.process.pid);
    const docMB = TEXT.length / 2 ** 20;
    if (before && peak) {
      t.diagnostic(
        `document ${docMB.toFixed(1)} MB; hover after ${hoverMs} ms, tokens after ${Date.now() - started} ms; RSS ${before.rssMB.toFixed(0)} MB before, ` +
          `peak ${reset ? 'during the tokens' : 'since start'} ${peak.peakMB.toFixed(0)} MB (+${((peak.peakMB - before.rssMB) / docMB).toFixed(1)}x the document)`,
      );
    }
  });

  it('gives the tokens of a range only, positions counted from the start of the document', async () => {
    assert.equal(client.initializeResult.capabilities.semanticTokensProvider?.range, true, 'range requests are offered');
    // Lines 1000..1002 are 451 4.7.1, 550 5.1.1, 250 2.0.0; the range starts inside 4.7.1 and ends inside 250.
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument: { uri: URI },
      range: { start: { line: 1000, character: 5 }, end: { line: 1002, character: 2 } },
    });
    assert.deepEqual(decode(tokens.data), [
      { line: 1000, char: 4, length: 5, type: 2, modifiers: 1 },
      { line: 1001, char: 0, length: 3, type: 3, modifiers: 0 },
      { line: 1001, char: 4, length: 5, type: 3, modifiers: 1 },
      { line: 1002, char: 0, length: 3, type: 0, modifiers: 0 },
    ]);
    const past = await client.request<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument: { uri: URI },
      range: { start: { line: LINES + 5, character: 0 }, end: { line: LINES + 9, character: 0 } },
    });
    assert.deepEqual(past.data, [], 'nothing past the end');
    await assert.rejects(client.request('textDocument/semanticTokens/range', { textDocument: { uri: URI } }), /range/);
  });

  it('stops building the tokens when the request is cancelled', async () => {
    const run = await hoverWhile<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: URI } });
    assert.ok(run.pendingAtHover, 'still building when the hover was answered');
    run.source.cancel();
    const cancelledAt = Date.now();
    const result = await client.waitFor('the cancelled request to end', () => run.result() ?? run.error(), 10_000);
    const error = run.error() as { code?: number } | undefined;
    // The LSP default answer (no tokens) or the RequestCancelled error: either way not the work of the whole log.
    assert.ok(error ? error.code === -32800 : (result as SemanticTokens).data.length === 0, `answered ${JSON.stringify(result).slice(0, 200)}`);
    const hover = await client.hover(SMALL_URI, 0, 4);
    assert.match(hover?.contents.value ?? '', /550/, `answering again ${Date.now() - cancelledAt} ms after the cancel`);
  });

  it('answers a hover while the outline of the whole log is built, and stops building it when cancelled', async () => {
    const whole = await hoverWhile<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.ok(whole.pendingAtHover, 'the hover was answered before the outline');
    await client.waitFor('the outline', () => whole.result() ?? whole.error(), 60_000);
    assert.ok((whole.result()?.length ?? 0) > 100, 'the outline lists replies');
    assert.deepEqual(whole.result()?.[0].selectionRange, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } });

    const run = await hoverWhile<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: URI } });
    assert.ok(run.pendingAtHover, 'still building when the hover was answered');
    run.source.cancel();
    const result = await client.waitFor('the cancelled request to end', () => run.result() ?? run.error(), 10_000);
    const error = run.error() as { code?: number } | undefined;
    assert.ok(error ? error.code === -32800 : (result as DocumentSymbol[]).length === 0, `answered ${JSON.stringify(result).slice(0, 200)}`);
  });

  it('answers ContentModified when the log changes while its tokens are built', async () => {
    const run = await hoverWhile<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: URI } });
    assert.ok(run.pendingAtHover, 'still building when the hover was answered');
    client.change(URI, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, '421');
    await client.waitFor('the request to end', () => run.result() ?? run.error(), 10_000);
    assert.equal((run.error() as { code?: number } | undefined)?.code, -32801, 'ContentModified: the editor asks again');
    const again = await client.request<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument: { uri: URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 20 } },
    });
    assert.deepEqual(decode(again.data)[0], { line: 0, char: 0, length: 3, type: 2, modifiers: 0 }, '421 after the edit: transient');
  });
});

describe('a large log: the first Problems before the end of its scan', () => {
  const uri = 'file:///logs/large-mail.log';
  const deferred = (i: number) =>
    `Nov 28 06:20:01 mx postfix/smtp[${1000 + (i % 9000)}]: ${(0x4f2a1b3c00 + i).toString(16).toUpperCase()}: to=<c${i}@example.com>, relay=mx.example.com[198.51.100.7]:25, delay=451, delays=0.1/0/0.5/450, dsn=4.7.1, status=deferred (host mx.example.com[198.51.100.7] said: 451 4.7.1 Greylisted, try again (in reply to RCPT TO command))`;
  const lines = Array.from({ length: 60_000 }, (_, i) => (i % 2 === 0 ? deferred(i) : `Nov 28 06:20:01 mx postfix/smtpd[2]: connect from mail${i}.example.org[203.0.113.9]`));
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ locale: 'en' });
  });
  after(async () => {
    assert.equal(await client.stop(), 0, 'the server exits cleanly');
  });

  it('lists the first 1000 problems, then adds the note on the rest; a hover at the end of the log says what it says after the scan', async () => {
    client.open(uri, lines.join('\n'), 'smtp-log');
    const first = await client.waitForDiagnostics(uri, 1, 60_000);
    // right away, on the last line: read on its own if the scan has not got there
    const last = lines.length - 2;
    const early = await client.hover(uri, last, lines[last].lastIndexOf('451') + 1);
    const complete = await client.waitFor('the note', () => client.diagnostics.get(uri)?.diagnostics.some((d) => d.code === 'smtp.maxProblems') ? client.diagnostics.get(uri)!.diagnostics : undefined, 60_000);
    assert.equal(complete.length, 1001);
    assert.match(message(complete[1000]), /^29000 more SMTP problems were found and not shown/);
    assert.equal(first.length, 1000, 'the first publish: the listed problems, the note to come');
    assert.deepEqual(first, complete.slice(0, 1000), 'the same problems, in the same order');
    assert.deepEqual(first[999].range.start.line, 1998);
    assert.match(early?.contents.value ?? '', /^### SMTP 451 · 4\.7\.1 · /);
    assert.deepEqual(early, await client.hover(uri, last, lines[last].lastIndexOf('451') + 1), 'the same hover once the log is scanned');
  });

  it('finishes the scan while hovers keep coming without a pause (requests go first, the scan slows down and goes on)', async () => {
    const busy = 'file:///logs/large-mail-hovered.log';
    client.open(busy, lines.join('\n'), 'smtp-log');
    await client.waitForDiagnostics(busy, 1, 60_000);
    const noted = () => client.diagnostics.get(busy)?.diagnostics.some((d) => d.code === 'smtp.maxProblems') ?? false;
    const deadline = Date.now() + 60_000;
    let hovers = 0;
    let onCodes = 0;
    let answered = 0;
    while (!noted() && Date.now() < deadline) {
      const line = (hovers * 7919) % lines.length;
      const h = await client.hover(busy, line, line % 2 === 0 ? lines[line].lastIndexOf('451') + 1 : 5);
      hovers++;
      if (line % 2 === 0) onCodes++;
      if (line % 2 === 0 && /^### SMTP 451 · 4\.7\.1 · /.test(h?.contents.value ?? '')) answered++;
    }
    assert.ok(noted(), `the scan ended (the note on the problems not shown came) after ${hovers} hovers`);
    assert.ok(hovers >= 10, `hovers were coming while the scan went on: ${hovers}`);
    assert.ok(onCodes > 0);
    assert.equal(answered, onCodes, 'every hover on a code was answered with its explanation');
    const errors = client.notifications.filter((n) => n.method === 'window/logMessage' && (n.params as { type: number }).type === 1);
    assert.deepEqual(errors, [], 'nothing in the background failed (the warm-up at start included)');
  });
});

function message(d: Diagnostic | undefined): string {
  return typeof d?.message === 'string' ? d.message : (d?.message.value ?? '');
}
