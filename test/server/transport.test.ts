// The stdio transport itself, spoken to byte by byte: a frame the server cannot read (a bad Content-Length)
// makes it exit with the reason on stderr, so the client starts a new server, instead of living on without
// ever answering again. Waits are deadlines on the process's exit, never sleeps.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { describe, it } from 'node:test';
import { SERVER } from './lspClient';

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** The exit code, or 'still running' after the deadline (the process is then killed). */
  exit: (deadlineMs: number) => Promise<number | null | 'still running'>;
}

function startRaw(): Run {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exit: async (deadlineMs) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<'still running'>((resolve) => (timer = setTimeout(() => resolve('still running'), deadlineMs)));
      const result = await Promise.race([exited, late]);
      clearTimeout(timer);
      if (result === 'still running') {
        child.kill();
        await exited;
      }
      return result;
    },
  };
}

/** Waits until stdout matches, or the deadline passes (then the caller's assertion says what is missing). */
async function waitForStdout(run: Run, pattern: RegExp, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(run.stdout()) && Date.now() < deadline && run.child.exitCode === null) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
      run.child.stdout!.once('data', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

function frame(body: object): string {
  const json = JSON.stringify(body);
  return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
}

const INITIALIZE = frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });

describe('stdio transport', () => {
  for (const [what, garbage] of [
    ['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"shutdown"}'],
    ['a header without Content-Length', 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'],
    ['a header line without a colon', 'GET / HTTP/1.1\r\n\r\n'],
  ] as const) {
    it(`exits with a message on stderr after ${what}, once a good message was answered`, async () => {
      const run = startRaw();
      run.child.stdin!.write(INITIALIZE);
      // the good message first: it is answered
      await waitForStdout(run, /"id":1/);
      assert.match(run.stdout(), /"capabilities"/, 'the initialize was answered');
      run.child.stdin!.write(garbage);
      const code = await run.exit(10_000);
      assert.notEqual(code, 'still running', `the server exits (stderr: ${run.stderr()})`);
      assert.notEqual(code, 0, 'with a non-zero status, which a client reads as a crash and restarts');
      assert.match(run.stderr(), /the LSP stream on stdin is broken \(.+\); exiting/);
    });
  }

  it('reads a message that arrives a byte at a time and two messages in one write', async () => {
    const run = startRaw();
    for (const byte of Buffer.from(INITIALIZE)) run.child.stdin!.write(Buffer.from([byte]));
    const explain = (id: number) => frame({ jsonrpc: '2.0', id, method: 'smtp/explain', params: { code: '451' } });
    run.child.stdin!.write(explain(2) + explain(3));
    await waitForStdout(run, /"id":3/);
    assert.match(run.stdout(), /"id":2/);
    assert.match(run.stdout(), /"id":3/);
    run.child.stdin!.end();
    await run.exit(10_000);
    assert.doesNotMatch(run.stderr(), /broken/);
  });
});
