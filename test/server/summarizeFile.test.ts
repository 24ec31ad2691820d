// smtp/summarizeFile over stdio: the server reads a log from disk by path, streaming, reports $/progress on
// the client's work-done token, stops when cancelled, and answers a file it cannot read with a message.
// Its summary is the one `smtp-codes summary --json` prints for the same file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import { ROOT, TestClient } from './lspClient';

type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

interface SummaryShape {
  files: string[];
  lines: number;
  totals: Record<string, number>;
  topTransient: Array<{ code: string | null; firstLine: number; firstFile: string | null }>;
  topPermanent: Array<{ code: string | null; firstLine: number }>;
}

const CLI = join(ROOT, 'dist', 'cli.js');
const FIXTURES = ['test/fixtures/summary/postfix.log', 'test/fixtures/summary/exim.mainlog', 'test/fixtures/summary/sendmail.log', 'test/fixtures/summary/transcript.txt', 'test/fixtures/summary/bounce.eml'];

/** What the command line prints for a file (one pass, no threads: the same reading as the server's). */
function cliSummary(path: string, locale = 'en'): unknown {
  const r = spawnSync(process.execPath, [CLI, 'summary', '--json', '--locale', locale, path], { encoding: 'utf8', env: { ...process.env, SMTP_CODES_THREADS: '1' } });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

describe('smtp/summarizeFile', () => {
  let client: TestClient;
  let tmp: string;
  let progressId = 0;

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'smtp-summarize-'));
    // the fixtures and the temporary files lie in the workspace: the server reads only there
    client = await TestClient.start({ locale: 'en', workspaceFolders: [ROOT, tmp] });
  });
  after(async () => {
    rmSync(tmp, { recursive: true, force: true });
    assert.equal(await client.stop(), 0, 'the server exits cleanly');
  });

  /** The request with a work-done token; resolves to the answer (or the error) and every $/progress value seen. */
  async function summarize(path: string, options: { locale?: string; cancelAfterReports?: number } = {}) {
    const token = `summary-${++progressId}`;
    const values: ProgressValue[] = [];
    const source = new CancellationTokenSource();
    const sub = client.connection.onProgress(WorkDoneProgress.type, token, (v) => {
      values.push(v);
      if (options.cancelAfterReports !== undefined && values.filter((x) => x.kind === 'report').length === options.cancelAfterReports) source.cancel();
    });
    try {
      const result = (await client.connection.sendRequest('smtp/summarizeFile', { path, locale: options.locale ?? 'en', workDoneToken: token }, source.token)) as SummaryShape;
      return { result, error: undefined, values };
    } catch (error) {
      return { result: undefined, error, values };
    } finally {
      sub.dispose();
    }
  }

  for (const fixture of FIXTURES) {
    it(`gives the summary the CLI prints for ${fixture.replace(/^.*\//, '')}`, async () => {
      const path = join(ROOT, fixture);
      const { result, error } = await summarize(path);
      assert.equal(error, undefined, String(error));
      assert.deepEqual(result, cliSummary(path));
      assert.ok(result!.lines > 0);
    });
  }

  it('counts what a person would: the Postfix fixture has deliveries, deferrals, bounces and rejects, each row with its first line', async () => {
    const path = join(ROOT, 'test/fixtures/summary/postfix.log');
    const { result } = await summarize(path);
    const s = result!;
    for (const k of ['delivered', 'deferred', 'bounced', 'rejected']) assert.ok(s.totals[k] > 0, `${k}: ${JSON.stringify(s.totals)}`);
    const lines = readFileSync(path, 'utf8').split('\n');
    for (const row of [...s.topTransient, ...s.topPermanent]) {
      assert.ok(row.firstLine >= 1 && row.firstLine <= lines.length, `line ${row.firstLine}`);
      assert.ok(lines[row.firstLine - 1].includes(row.code ?? ''), `line ${row.firstLine} holds ${row.code}: ${lines[row.firstLine - 1]}`);
    }
    assert.deepEqual(s.files, [path]);
  });

  it('reports progress on the work-done token: begin, percentages of the bytes up to 100, end', async () => {
    const { values } = await summarize(join(ROOT, 'test/fixtures/summary/postfix.log'));
    assert.equal(values[0]?.kind, 'begin');
    assert.equal(values[values.length - 1]?.kind, 'end');
    const reports = values.filter((v): v is WorkDoneProgressReport => v.kind === 'report');
    assert.ok(reports.length >= 1, 'at least one report');
    assert.equal(reports[reports.length - 1].percentage, 100);
    assert.match(reports[reports.length - 1].message ?? '', /MB$/);
  });

  it('reads gzip-compressed rotations (mail.log.2.gz) to the same summary, progress by compressed bytes', async () => {
    const plain = join(ROOT, 'test/fixtures/summary/postfix.log');
    const gz = join(tmp, 'mail.log.2.gz');
    writeFileSync(gz, gzipSync(readFileSync(plain)));
    const { result, values } = await summarize(gz);
    assert.deepEqual(result!.files, [gz]);
    // the same counts; the files and first occurrences name the file they were read from
    const renamed = JSON.parse(JSON.stringify(result).replaceAll(JSON.stringify(gz), JSON.stringify(plain)));
    assert.deepEqual(renamed, (await summarize(plain)).result);
    const reports = values.filter((v): v is WorkDoneProgressReport => v.kind === 'report');
    assert.ok(reports.every((r) => (r.percentage ?? 0) <= 100), JSON.stringify(reports));
  });

  it('stops reading a multi-MB log when cancelled mid-way and answers RequestCancelled', async () => {
    const big = join(tmp, 'big-mail.log');
    const block = readFileSync(join(ROOT, 'test/fixtures/summary/postfix.log'));
    const fd = openSync(big, 'w');
    for (let written = 0; written < 48 * 2 ** 20; written += block.length) writeSync(fd, block);
    closeSync(fd);
    const started = Date.now();
    const { result, error, values } = await summarize(big, { cancelAfterReports: 2 });
    assert.equal(result, undefined, 'no summary after a cancel');
    assert.ok(error instanceof ResponseError, String(error));
    assert.equal(error.code, -32800, error.message);
    const percents = values.filter((v): v is WorkDoneProgressReport => v.kind === 'report').map((v) => v.percentage ?? 0);
    assert.ok(Math.max(...percents) < 100, `stopped before the end of the file (reports: ${percents.join(', ')}; ${Date.now() - started} ms)`);
    assert.equal(values[values.length - 1]?.kind, 'end', 'the progress ends too');
    // and the server answers the next request
    const one = await client.request<{ enhanced: string } | null>('smtp/explain', { code: '4.7.1' });
    assert.equal(one?.enhanced, '4.7.1');
  });

  it('answers a missing file, a directory and a relative path with a message, and keeps answering', async () => {
    const missing = await summarize(join(tmp, 'no-such.log'));
    assert.ok(missing.error instanceof ResponseError);
    assert.match(missing.error.message, /no-such\.log: no such file/);
    assert.doesNotMatch(missing.error.message, /\n\s+at /, 'no stack trace');
    const dir = await summarize(tmp);
    assert.match(String((dir.error as Error)?.message), /not a regular file|is a directory/);
    const relative = await summarize('mail.log');
    assert.match(String((relative.error as Error)?.message), /absolute path/);
    const wrongType = await client.connection.sendRequest('smtp/summarizeFile', { path: 42 }).catch((e: unknown) => e);
    assert.match(String((wrongType as Error).message), /path/);
    const after = await summarize(join(ROOT, 'test/fixtures/summary/exim.mainlog'));
    assert.ok(after.result && after.result.lines > 0, 'the server still summarizes');
  });

  it('speaks Indonesian when asked: the titles of the replies', async () => {
    const path = join(ROOT, 'test/fixtures/summary/postfix.log');
    const { result } = await summarize(path, { locale: 'id' });
    assert.deepEqual(result, cliSummary(path, 'id'));
  });
});

describe('smtp/summarizeFile refuses what it must not open, and smtp/summary works in slices', () => {
  let client: TestClient;
  let tmp: string;
  const LOG_URI = 'file:///tmp/smtp-codes-slices/mail.log';
  const postfix = readFileSync(join(ROOT, 'test/fixtures/summary/postfix.log'), 'utf8');
  const hoverable = 'S: 550 5.1.1 User unknown';

  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'smtp-summarize-fifo-'));
    client = await TestClient.start({ locale: 'en', workspaceFolders: [ROOT, tmp] });
    client.open('file:///tmp/smtp-codes-slices/short.log', hoverable + '\n');
  });
  after(async () => {
    rmSync(tmp, { recursive: true, force: true });
    assert.equal(await client.stop(), 0, 'the server exits cleanly');
  });

  async function hoverStillAnswered(): Promise<void> {
    const h = await client.hover('file:///tmp/smtp-codes-slices/short.log', 0, 4);
    assert.match(h?.contents.value ?? '', /550/, 'the server still answers hover');
  }

  it('a FIFO with no writer is answered with an error at once (the open does not wait), and hover works after', async (t) => {
    const fifo = join(tmp, 'mail.fifo');
    if (spawnSync('mkfifo', [fifo]).status !== 0) {
      t.skip('mkfifo is not available here');
      return;
    }
    // Both through a symlink and by name: what is read is decided on the opened descriptor.
    symlinkSync(fifo, join(tmp, 'looks-like.log'));
    for (const path of [fifo, join(tmp, 'looks-like.log')]) {
      const error = await client.connection.sendRequest('smtp/summarizeFile', { path }).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(error instanceof ResponseError, `an error for ${path}`);
      assert.match(error.message, /not a regular file/);
      assert.doesNotMatch(error.message, /\n\s+at /, 'no stack trace');
    }
    await hoverStillAnswered();
  });

  it('a UNC path is refused before anything is opened', async () => {
    for (const path of ['\\\\fileserver\\share\\mail.log', '\\\\?\\UNC\\fileserver\\share\\mail.log', '\\\\.\\pipe\\smtp']) {
      const error = await client.connection.sendRequest('smtp/summarizeFile', { path }).catch((e: unknown) => e);
      assert.ok(error instanceof ResponseError, path);
      assert.match(error.message, /network \(UNC\) or device path is not read/);
    }
    await hoverStillAnswered();
  });

  it('smtp/summary on a large open buffer lets a hover through meanwhile and stops when cancelled', async () => {
    const copies = 2500; // 110 000 lines: many slices
    const text = postfix.repeat(copies);
    client.open(LOG_URI, text);
    const lineCount = text.split('\n').length;
    // the whole summary first, for the figures
    const whole = await client.request<{ lines: number; totals: { bounced: number } }>('smtp/summary', { uri: LOG_URI });
    assert.equal(whole.lines, lineCount);
    const once = await client.request<{ totals: { bounced: number } }>('smtp/summarizeFile', { path: join(ROOT, 'test/fixtures/summary/postfix.log') });
    assert.equal(whole.totals.bounced, once.totals.bounced * copies);

    // again, with a hover sent right behind it: answered before the summary is done
    const source = new CancellationTokenSource();
    const order: string[] = [];
    const summary = client.connection.sendRequest('smtp/summary', { uri: LOG_URI }, source.token).then(
      () => order.push('summary'),
      (e: unknown) => {
        order.push('summary-error');
        return e;
      },
    );
    await client.hover('file:///tmp/smtp-codes-slices/short.log', 0, 4);
    order.push('hover');
    source.cancel();
    await summary;
    assert.deepEqual(order, ['hover', 'summary-error'], 'the hover came first, then the summary stopped');
    const error = (await summary) as unknown;
    assert.ok(error instanceof ResponseError);
    assert.equal(error.code, -32800, error.message);
    await hoverStillAnswered();
  });

  it('a malformed %-escape in the uri is answered with a clear error', async () => {
    const uri = 'file:///tmp/smtp-codes-slices/bad%zzname.log';
    client.open(uri, hoverable + '\n');
    const error = await client.request('smtp/summary', { uri }).catch((e: unknown) => e);
    assert.ok(error instanceof ResponseError, String(error));
    assert.equal(error.code, -32602, 'InvalidParams, not an internal error');
    assert.match(error.message, /malformed %-escape/);
    assert.doesNotMatch(error.message, /URIError|\n\s+at /);
    assert.ok(!client.stderr.join('').includes('URIError'), 'no stack trace in the server log');
    await hoverStillAnswered();
  });
});

describe('smtp/summarizeFile reads only the workspace and what the person picked', () => {
  let client: TestClient;
  let workspace: string;
  let elsewhere: string;
  const fixture = readFileSync(join(ROOT, 'test/fixtures/summary/postfix.log'));

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'smtp-workspace-'));
    elsewhere = mkdtempSync(join(tmpdir(), 'smtp-elsewhere-'));
    writeFileSync(join(workspace, 'mail.log'), fixture);
    writeFileSync(join(elsewhere, 'mail.log'), fixture);
    symlinkSync(join(elsewhere, 'mail.log'), join(workspace, 'link-out.log'));
    client = await TestClient.start({ locale: 'en', workspaceFolders: [workspace] });
    client.open('file:///tmp/smtp-codes-access/short.log', 'S: 550 5.1.1 User unknown\n');
  });
  after(async () => {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(elsewhere, { recursive: true, force: true });
    assert.equal(await client.stop(), 0, 'the server exits cleanly');
  });

  const ask = (params: Record<string, unknown>) =>
    client.connection.sendRequest('smtp/summarizeFile', params).then(
      (result) => ({ result: result as SummaryShape, error: undefined }),
      (error: unknown) => ({ result: undefined, error: error as ResponseError<void> }),
    );

  it('reads a log inside a workspace folder', async () => {
    const { result, error } = await ask({ path: join(workspace, 'mail.log') });
    assert.equal(error, undefined, String(error));
    assert.ok(result!.totals.bounced > 0);
  });

  it('refuses a file outside the workspace, also through a symlink inside it, with a message for the person', async () => {
    for (const path of [join(elsewhere, 'mail.log'), join(workspace, 'link-out.log'), '/etc/passwd']) {
      const { result, error } = await ask({ path });
      assert.equal(result, undefined, `${path} was read`);
      assert.ok(error instanceof ResponseError, path);
      assert.equal(error.code, -32602);
      assert.equal(error.message, `smtp/summarizeFile: ${path} is outside the workspace folders, so the language server does not read it. Open a folder that holds it, or pick the file in the dialog of “Summarize mail log”.`);
    }
    // a file that does not exist there is refused the same way: existence outside is not told
    const missing = await ask({ path: join(elsewhere, 'no-such.log') });
    assert.match(String(missing.error?.message), /no-such\.log is outside the workspace folders/);
    const id = await ask({ path: join(elsewhere, 'mail.log'), locale: 'id' });
    assert.match(String(id.error?.message), /berada di luar folder ruang kerja, jadi server bahasa tidak membacanya/);
  });

  it('reads a file the person picked in the dialog, wherever it is, but never /proc or /sys', async () => {
    const picked = await ask({ path: join(elsewhere, 'mail.log'), pickedByUser: true });
    assert.equal(picked.error, undefined, String(picked.error));
    assert.deepEqual(picked.result!.files, [join(elsewhere, 'mail.log')]);
    for (const path of ['/proc/self/environ', '/proc/self/cmdline', '/sys/kernel/hostname']) {
      const { result, error } = await ask({ path, pickedByUser: true });
      assert.equal(result, undefined, `${path} was read`);
      assert.match(String(error?.message), /is a system file \(under \/proc, \/sys or \/dev\), not a mail log/, path);
      assert.doesNotMatch(String(error?.message), /\n\s+at /, 'no stack trace');
    }
    const h = await client.hover('file:///tmp/smtp-codes-access/short.log', 0, 4);
    assert.match(h?.contents.value ?? '', /550/, 'the server still answers');
  });

  it('follows the workspace folders the client adds', async () => {
    assert.ok((await ask({ path: join(elsewhere, 'mail.log') })).error);
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [{ uri: pathToFileURL(elsewhere).href, name: 'elsewhere' }], removed: [] },
    });
    // messages are handled in order: the request after the notification sees the new folder
    const added = await ask({ path: join(elsewhere, 'mail.log') });
    assert.equal(added.error, undefined, String(added.error));
    await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [], removed: [{ uri: pathToFileURL(elsewhere).href, name: 'elsewhere' }] },
    });
    assert.match(String((await ask({ path: join(elsewhere, 'mail.log') })).error?.message), /outside the workspace folders/);
  });
});
