// The language server measured with a real stdio client, the way Neovim or Emacs talk to it:
// a 10 MB Postfix-style log opened, hovered, edited. Run by `npm run bench` (test/bench/run.mjs), or alone:
//   node esbuild.mjs && node test/bench/lsp.mjs
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import rpc from 'vscode-jsonrpc/node';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');

/** A deterministic Postfix-style log of about `bytes` bytes; returns its lines and where the codes stand. */
export function generateLog(bytes) {
  let seed = 12345;
  const rnd = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const hex = (n) => Array.from({ length: n }, () => '0123456789ABCDEF'[Math.floor(rnd() * 16)]).join('');
  const lines = [];
  const codeSpots = [];
  let size = 0;
  let t = 0;
  while (size < bytes) {
    t++;
    const stamp = `Nov 28 ${String(Math.floor(t / 3600) % 24).padStart(2, '0')}:${String(Math.floor(t / 60) % 60).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
    const pid = 1000 + Math.floor(rnd() * 30000);
    const id = hex(10);
    const r = rnd();
    let line;
    let code = null;
    if (r < 0.35) line = `${stamp} mx postfix/smtpd[${pid}]: connect from mail${Math.floor(rnd() * 999)}.example.org[203.0.113.${Math.floor(rnd() * 250)}]`;
    else if (r < 0.55) {
      line = `${stamp} mx postfix/smtp[${pid}]: ${id}: to=<user${Math.floor(rnd() * 9999)}@example.com>, relay=mx.example.com[198.51.100.7]:25, delay=0.${Math.floor(rnd() * 99)}, delays=0.1/0/0.1/0.1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ${hex(10)})`;
      code = '250 2.0.0';
    } else if (r < 0.7) {
      line = `${stamp} mx postfix/smtp[${pid}]: ${id}: to=<user${Math.floor(rnd() * 9999)}@example.net>, relay=mx.example.net[198.51.100.9]:25, delay=${Math.floor(rnd() * 900)}, delays=0.1/0/0.3/0, dsn=4.7.1, status=deferred (host mx.example.net[198.51.100.9] said: 451 4.7.1 Greylisted, please try again later (in reply to RCPT TO command))`;
      code = '451 4.7.1';
    } else if (r < 0.8) {
      line = `${stamp} mx postfix/smtp[${pid}]: ${id}: to=<nobody${Math.floor(rnd() * 9999)}@example.com>, relay=mx.example.com[198.51.100.7]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.com[198.51.100.7] said: 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))`;
      code = '550 5.1.1';
    } else if (r < 0.85) {
      line = `${stamp} mx postfix/smtpd[${pid}]: NOQUEUE: reject: RCPT from unknown[203.0.113.${Math.floor(rnd() * 250)}]: 450 4.7.1 Client host rejected: cannot find your hostname, [203.0.113.9]; from=<a@example.org> to=<b@example.net> proto=ESMTP helo=<x.example.org>`;
      code = '450 4.7.1';
    } else line = `${stamp} mx postfix/qmgr[${pid}]: ${id}: from=<sender${Math.floor(rnd() * 999)}@example.org>, size=${Math.floor(rnd() * 90000)}, nrcpt=1 (queue active)`;
    if (code) {
      const basic = code.slice(0, 3);
      const at = line.lastIndexOf(`${code} `);
      if (at >= 0) codeSpots.push({ line: lines.length, character: at, code: basic });
    }
    lines.push(line);
    size += line.length + 1;
  }
  return { text: lines.join('\n'), lines, codeSpots };
}

function rssKb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  } catch {
    return NaN;
  }
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function waitFor(check, what, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 1));
  }
}

/** Starts the server with V8 flags, opens the text, returns time to first diagnostics and RSS. */
async function openOnly(text, execArgv) {
  const uri = 'file:///bench/mail.log';
  const started = performance.now();
  const child = spawn(process.execPath, [...execArgv, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  let firstAt;
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    if (p.uri === uri && firstAt === undefined) firstAt = performance.now();
  });
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'en' });
  await conn.sendNotification('initialized', {});
  const idle = rssKb(child.pid);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'smtp-log', version: 1, text } });
  await waitFor(() => firstAt, 'first diagnostics');
  const open = rssKb(child.pid);
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  conn.dispose();
  return { ms: Math.round(firstAt - started), idleMB: idle / 1024, openMB: open / 1024 };
}

/** The flags VS Code starts the server with (SERVER_EXEC_ARGV in client/src/languageClient.ts). */
const SHIPPED_ARGV = ['--max-semi-space-size=2'];

/** Prints the server's figures; returns them too. */
export async function benchLsp({ megabytes = 10 } = {}) {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "node esbuild.mjs" first`);
  const { text, lines, codeSpots } = generateLog(megabytes * 1024 * 1024);
  const uri = 'file:///bench/mail.log';
  const published = [];

  const started = performance.now();
  const child = spawn(process.execPath, [...SHIPPED_ARGV, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    if (p.uri === uri) published.push({ at: performance.now(), version: p.version, count: p.diagnostics.length });
  });
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'en' });
  await conn.sendNotification('initialized', {});
  const rssIdle = rssKb(child.pid);
  const opened = performance.now();
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'smtp-log', version: 1, text } });
  const first = await waitFor(() => published.find((p) => p.version === 1), 'first diagnostics');
  const rssOpen = rssKb(child.pid);

  // Hovers: half on codes, half anywhere.
  let seed = 7;
  const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
  const times = [];
  let hits = 0;
  for (let i = 0; i < 200; i++) {
    let position;
    if (i % 2 === 0) {
      const s = codeSpots[Math.floor(rnd() * codeSpots.length)];
      position = { line: s.line, character: s.character + 1 };
    } else {
      const line = Math.floor(rnd() * lines.length);
      position = { line, character: Math.floor(rnd() * lines[line].length) };
    }
    const t0 = performance.now();
    const h = await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position });
    times.push(performance.now() - t0);
    if (h) hits++;
  }
  times.sort((a, b) => a - b);

  // What VS Code asks for right after opening: the outline and the semantic tokens of the whole log.
  let t0 = performance.now();
  const symbols = await conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  const symbolsMs = performance.now() - t0;
  t0 = performance.now();
  const tokens = await conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
  const tokensMs = performance.now() - t0;

  // A one-line edit: a sent line becomes a bounce.
  const spot = codeSpots.find((s) => s.code === '250' && s.line > lines.length / 2);
  const before = await conn.sendRequest('smtp/documentStats', { uri });
  const editAt = performance.now();
  await conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: spot.line, character: spot.character }, end: { line: spot.line, character: spot.character + 9 } }, text: '550 5.1.1' }],
  });
  const second = await waitFor(() => published.find((p) => p.version === 2), 'diagnostics after the edit');
  const after = await conn.sendRequest('smtp/documentStats', { uri });

  const figures = {
    documentMB: +(text.length / 1048576).toFixed(1),
    lines: lines.length,
    startToFirstDiagnosticsMs: Math.round(first.at - started),
    openToFirstDiagnosticsMs: Math.round(first.at - opened),
    diagnostics: first.count,
    hoverP50Ms: +percentile(times, 50).toFixed(2),
    hoverP99Ms: +percentile(times, 99).toFixed(2),
    hoverHits: hits,
    rssIdleMB: +(rssIdle / 1024).toFixed(1),
    rssAfterOpenMB: +(rssOpen / 1024).toFixed(1),
    rssGrowthPerDocSize: +((rssOpen - rssIdle) / 1024 / (text.length / 1048576)).toFixed(2),
    editToDiagnosticsMs: Math.round(second.at - editAt),
    linesRescannedByEdit: after.linesScanned - before.linesScanned,
    permanentBefore: before.permanent,
    permanentAfter: after.permanent,
    publishes: published.length,
    documentSymbolMs: Math.round(symbolsMs),
    documentSymbols: symbols.length,
    semanticTokensMs: Math.round(tokensMs),
    semanticTokens: tokens.data.length / 5,
  };
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
  conn.dispose();

  console.log(`\n== language server, ${figures.documentMB} MB log (${figures.lines} lines), stdio client, node ${SHIPPED_ARGV.join(' ')} as VS Code starts it ==`);
  // The same open with V8's default young generation (a client that passes no flags, e.g. smtp-codes lsp).
  const small = await openOnly(text, []);
  figures.defaultFlags = {
    startToFirstDiagnosticsMs: small.ms,
    rssAfterOpenMB: +small.openMB.toFixed(1),
    rssGrowthPerDocSize: +((small.openMB - small.idleMB) / (text.length / 1048576)).toFixed(2),
  };

  const miss = (ok) => (ok ? '' : '  <- target missed');
  console.log(`start to first diagnostics   ${figures.startToFirstDiagnosticsMs} ms (didOpen to diagnostics ${figures.openToFirstDiagnosticsMs} ms, ${figures.diagnostics} diagnostics; target: within 1000 ms)${miss(figures.startToFirstDiagnosticsMs <= 1000)}`);
  console.log(`hover over 200 positions     p50 ${figures.hoverP50Ms} ms, p99 ${figures.hoverP99Ms} ms round trip (${figures.hoverHits} with a hover; target: within 5 ms)${miss(figures.hoverP99Ms <= 5)}`);
  console.log(`server RSS                   ${figures.rssIdleMB} MB idle, ${figures.rssAfterOpenMB} MB with the log open: grew ${figures.rssGrowthPerDocSize}x the document (RSS keeps what the JSON-RPC transport and V8 took while reading; see the notes)`);
  console.log(`  with V8's default flags      ${figures.defaultFlags.rssAfterOpenMB} MB with the log open: grew ${figures.defaultFlags.rssGrowthPerDocSize}x the document; first diagnostics after ${figures.defaultFlags.startToFirstDiagnosticsMs} ms`);
  console.log(`outline (documentSymbol)      ${figures.documentSymbolMs} ms, ${figures.documentSymbols} top-level symbols; semantic tokens ${figures.semanticTokensMs} ms, ${figures.semanticTokens} tokens`);
  console.log(`one-line edit to diagnostics ${figures.editToDiagnosticsMs} ms (150 ms of it is the debounce); lines re-scanned: ${figures.linesRescannedByEdit}${miss(figures.linesRescannedByEdit <= 2)}; permanent ${figures.permanentBefore} -> ${figures.permanentAfter}`);
  return figures;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchLsp().catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
