// Semantic tokens of a large log over stdio: how long the whole-document tokens take, how long a hover
// sent right behind them waits, and the server's peak RSS while the tokens are built (VmHWM, reset to the
// current RSS through /proc/PID/clear_refs just before the request, so the open's own peak is not counted).
//   node esbuild.mjs && node test/bench/tokens.mjs [MB] [postfix]
// MB defaults to 41 (the log of issue H: reply lines only); `postfix` takes the Postfix-style log of lsp.mjs instead.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import rpc from 'vscode-jsonrpc/node';
import { generateLog } from './lsp.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const MB = Number(process.argv[2] ?? 41);

/** Reply lines as a bare transcript holds them: 2xx, 4xx and 5xx with enhanced codes, about 40 bytes each. */
export function replyLines(bytes) {
  const shapes = ['250 2.1.5 Ok', '451 4.7.1 Greylisted, try again later', '550 5.1.1 User unknown', '250 2.0.0 Ok: queued as ABC', '452 4.2.2 Mailbox full', '554 5.7.1 Relay access denied'];
  const lines = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `${shapes[i % shapes.length]} #${i}`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

function status(pid, key) {
  return Number(new RegExp(`${key}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;
}

async function waitFor(check, what, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = check();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function main() {
  if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "node esbuild.mjs" first`);
  const postfix = process.argv[3] === 'postfix';
  const generated = postfix ? generateLog(MB * 1024 * 1024) : undefined;
  const text = generated ? generated.text : replyLines(MB * 1024 * 1024);
  // on a code: the hover has work to do
  const spot = generated ? { line: generated.codeSpots[0].line, character: generated.codeSpots[0].character + 1 } : { line: 1, character: 1 };
  const uri = postfix ? 'file:///bench/mail.log' : 'file:///bench/replies.smtp';
  const child = spawn(process.execPath, ['--max-semi-space-size=2', ...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  let published;
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    if (p.uri === uri) published = p;
  });
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'en' });
  await conn.sendNotification('initialized', {});
  const idle = status(child.pid, 'VmRSS');
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: postfix ? 'smtp-log' : 'smtp-transcript', version: 1, text } });
  await waitFor(() => published, 'diagnostics');
  const open = status(child.pid, 'VmRSS');
  let resetPeak = true;
  try {
    writeFileSync(`/proc/${child.pid}/clear_refs`, '5');
  } catch {
    resetPeak = false;
  }
  const t0 = performance.now();
  let tokensAt;
  const tokens = conn.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } }).then((r) => {
    tokensAt = performance.now();
    return r;
  });
  const hover = await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: spot });
  const hoverAt = performance.now();
  const data = (await tokens).data;
  const peak = status(child.pid, 'VmHWM');
  const docMB = text.length / 1048576;
  console.log(
    JSON.stringify(
      {
        documentMB: +docMB.toFixed(1),
        lines: text.split('\n').length,
        tokens: data.length / 5,
        tokensMs: Math.round(tokensAt - t0),
        hoverMs: Math.round(hoverAt - t0),
        hoverAnswered: hover !== null,
        rssIdleMB: Math.round(idle),
        rssOpenMB: Math.round(open),
        peakDuringTokensMB: resetPeak ? Math.round(peak) : 'unknown (clear_refs not writable)',
        peakOverOpenPerDocSize: resetPeak ? +((peak - open) / docMB).toFixed(2) : null,
        peakPerDocSize: resetPeak ? +(peak / docMB).toFixed(2) : null,
      },
      null,
      1,
    ),
  );
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  conn.dispose();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
