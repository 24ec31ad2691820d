// `npm run bench` (builds first): the CLI and the core on one 50 MB Postfix-style log, side by side with
// grep and pflogsumm on the same file, then a 1 GB log streamed through stdin for peak memory.
//
// The logs come from test/bench/generate.mjs (seeded, so every run and every machine sees the same
// bytes); the 50 MB file is cached in .cache/bench/ under a name that changes with the generator.
// Settings: BENCH_MB (default 50), BENCH_BIG_MB (default 1024; 0 skips the big run), BENCH_RUNS (median of,
// default 3).
//
// Every tool reads the same file. Each child runs BENCH_RUNS times and the table gives the median wall
// time and the median CPU time (user + sys, from /usr/bin/time) of those runs: on a shared machine other
// processes stretch the wall time, and a wall time far above the CPU time shows it. Ratios are of medians.
//
// Each measurement is one named function returning rows for the table, so another section (the
// language server's figures) plugs in as one more function.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateLog } from './generate.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const CACHE = join(ROOT, '.cache', 'bench');
const MB = 1024 * 1024;
const SIZE_MB = Number(process.env.BENCH_MB ?? 50);
const BIG_MB = Number(process.env.BENCH_BIG_MB ?? 1024);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const CODE_PATTERN = '[245][0-9][0-9][ -][245]\\.[0-9]';

// ---------------------------------------------------------------------------------------------
// Helpers

/** The 50 MB log, generated once into .cache/bench (the name carries a hash of the generator). */
async function benchLog(megabytes, profile = 'day') {
  const hash = createHash('sha256').update(readFileSync(join(ROOT, 'test', 'bench', 'generate.mjs'))).digest('hex').slice(0, 10);
  const path = join(CACHE, `postfix-${profile}-${megabytes}MB-${hash}.log`);
  if (existsSync(path)) return path;
  mkdirSync(CACHE, { recursive: true });
  const tmp = `${path}.part`;
  const out = createWriteStream(tmp);
  const started = Date.now();
  await generateLog(megabytes * MB, (chunk) => (out.write(chunk) ? undefined : new Promise((r) => out.once('drain', r))), undefined, profile);
  await new Promise((r, j) => out.end((e) => (e ? j(e) : r())));
  renameSync(tmp, path);
  console.log(`generated ${path} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return path;
}

const median = (xs) => {
  const v = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  return v.length === 0 ? null : v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

/**
 * Runs a command `runs` times with stdout to /dev/null (or captured: grep must write somewhere real, or
 * GNU grep stops at the first match); returns the median wall time, the median CPU time (user + sys)
 * and the largest peak RSS of the runs, with the output of the last run.
 */
function timed(cmd, args, { runs = RUNS, capture = false, env = {} } = {}) {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const devnull = capture ? 'pipe' : openSync('/dev/null', 'w');
    const argv = TIME ? ['-f', 'BENCH %U %S %M', cmd, ...args] : args;
    const started = process.hrtime.bigint();
    const r = spawnSync(TIME ?? cmd, argv, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', devnull, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (!capture) closeSync(devnull);
    if (r.error) throw r.error;
    const m = /BENCH ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(r.stderr ?? '');
    const run = {
      seconds,
      cpu: m ? Number(m[1]) + Number(m[2]) : null,
      rssMB: m ? Number(m[3]) / 1024 : null,
      status: r.status,
      stdout: r.stdout ?? '',
      stderr: (r.stderr ?? '').replace(/BENCH [\d. ]+\s*$/, ''),
    };
    if (run.status !== 0) return run;
    all.push(run);
  }
  const last = all[all.length - 1];
  return {
    ...last,
    seconds: median(all.map((r) => r.seconds)),
    cpu: median(all.map((r) => r.cpu)),
    rssMB: all.some((r) => r.rssMB !== null) ? Math.max(...all.map((r) => r.rssMB ?? 0)) : null,
    runs: all.length,
  };
}

function which(name) {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

const fmtS = (s) => (s === null || s === undefined ? '—' : s < 10 ? `${s.toFixed(3)} s` : `${s.toFixed(1)} s`);
const fmtRate = (mb, s) => (s ? `${(mb / s).toFixed(1)}` : '—');
const fmtMB = (mb) => (mb === null || mb === undefined ? '—' : `${mb.toFixed(0)} MB`);

// ---------------------------------------------------------------------------------------------
// Measurements: each returns table rows { what, seconds, cpu, mb, rssMB, note }

function benchGrep(file, mb) {
  const r = timed('grep', ['-cE', CODE_PATTERN, file], { capture: true });
  return { what: `grep -cE '${CODE_PATTERN}'`, seconds: r.seconds, cpu: r.cpu, mb, rssMB: r.rssMB, note: `${r.stdout.trim()} matching lines` };
}

function benchScanCli(file, mb) {
  const r = timed(process.execPath, [CLI, 'scan', '--json', file]);
  if (r.status !== 0) throw new Error(`scan failed: ${r.stderr}`);
  return { what: 'smtp-codes scan --json > /dev/null', seconds: r.seconds, cpu: r.cpu, mb, rssMB: r.rssMB, note: '' };
}

/** threads null: the command as a user runs it (SMTP_CODES_THREADS unset: one thread). */
function benchSummaryCli(file, mb, threads) {
  const env = { SMTP_CODES_THREADS: threads === null ? '' : String(threads) };
  const r = timed(process.execPath, [CLI, 'summary', file], { env });
  if (r.status !== 0) throw new Error(`summary failed: ${r.stderr}`);
  const label = threads === null ? 'smtp-codes summary (one thread, as a user runs it)' : threads === 1 ? 'smtp-codes summary, one thread' : `smtp-codes summary, ${threads} threads`;
  return { what: `${label} > /dev/null`, seconds: r.seconds, cpu: r.cpu, mb, rssMB: r.rssMB, note: '' };
}

/** Node itself, started and stopped: the floor under every smtp-codes row. */
function benchNodeStart() {
  const r = timed(process.execPath, ['-e', '0']);
  return { what: 'node -e 0 (start-up alone)', seconds: r.seconds, cpu: r.cpu, mb: null, rssMB: r.rssMB, note: '' };
}

/**
 * The floor under any summary written for Node (issue F's definition): start Node, read the file in 1 MiB
 * chunks and count its lines, nothing else. The second row also decodes and cuts line strings.
 */
const COUNT_FLOOR = `const fs = require('node:fs'); const fd = fs.openSync(process.argv[1], 'r'); const buf = Buffer.allocUnsafe(1 << 20);
let lines = 0;
for (let r; (r = fs.readSync(fd, buf, 0, buf.length, null)) > 0; ) { for (let i = buf.indexOf(10); i >= 0 && i < r; i = buf.indexOf(10, i + 1)) lines++; }
console.log(lines + ' lines');`;

function benchCountFloor(file, mb) {
  const r = timed(process.execPath, ['-e', COUNT_FLOOR, file], { capture: true });
  if (r.status !== 0) throw new Error(`count floor failed: ${r.stderr}`);
  return { what: 'floor: node start + streaming read, counting lines', seconds: r.seconds, cpu: r.cpu, mb, rssMB: r.rssMB, note: r.stdout.trim() };
}

const READ_FLOOR = `const fs = require('node:fs'); const fd = fs.openSync(process.argv[1], 'r'); const buf = Buffer.allocUnsafe(1 << 20);
let have = 0, lines = 0, chars = 0;
for (let r; (r = fs.readSync(fd, buf, have, buf.length - have, null)) > 0 || have > 0; ) {
  const end = have + r; const last = r === 0 ? end - 1 : buf.lastIndexOf(10, end - 1);
  const s = buf.toString('utf8', 0, last + 1); let start = 0;
  for (let i = s.indexOf('\\n'); i >= 0; i = s.indexOf('\\n', start)) { chars += s.slice(start, i).length; lines++; start = i + 1; }
  if (start < s.length) { chars += s.length - start; lines++; }
  have = buf.copy(buf, 0, last + 1, end);
}
console.log(lines + ' lines, ' + chars + ' characters');`;

function benchReadFloor(file, mb) {
  const r = timed(process.execPath, ['-e', READ_FLOOR, file], { capture: true });
  if (r.status !== 0) throw new Error(`read floor failed: ${r.stderr}`);
  return { what: 'node: read + split into lines, nothing else', seconds: r.seconds, cpu: r.cpu, mb, rssMB: r.rssMB, note: r.stdout.trim() };
}

async function benchInProcess(file, mb) {
  const require = createRequire(import.meta.url);
  const bundle = join(ROOT, 'out', 'test', 'bench', 'inprocess.js');
  if (!existsSync(bundle)) return [{ what: 'core in process', seconds: null, mb, note: 'not built (node esbuild.mjs)' }];
  const f = await require(bundle).measure(file, RUNS);
  return [
    { what: 'scan in process (readReplies, every line)', seconds: f.scanSeconds, cpu: f.scanCpu, mb, note: `${f.findings} findings, ${f.lines} lines, file in memory; ${(mb / f.scanCpu).toFixed(0)} MB/s of CPU (target: at least 300)` },
    { what: '  for reference: recognizer alone (scanLine, every line)', seconds: f.scanLineSeconds, cpu: f.scanLineCpu, mb, note: `${f.scanLineFindings} findings; ${(mb / f.scanLineCpu).toFixed(0)} MB/s of CPU` },
    ...f.stages.map((st) => ({ what: `  stage: ${st.what}`, seconds: st.seconds, cpu: st.cpu, mb, note: 'in process, no start-up' })),
  ];
}

/** pflogsumm on the same file, and whether its Grand Totals agree with ours. */
function benchPflogsumm(file, mb) {
  const path = ['/usr/sbin/pflogsumm', '/usr/bin/pflogsumm'].find((p) => existsSync(p)) ?? which('pflogsumm');
  if (!path) return { what: 'pflogsumm', seconds: null, mb, note: 'not installed: apt-get install pflogsumm' };
  const r = timed('perl', [path, file], { capture: true });
  if (r.status !== 0) return { what: 'perl pflogsumm', seconds: null, mb, note: `failed: ${r.stderr.trim().split('\n')[0]}` };
  const ours = JSON.parse(spawnSync(process.execPath, [CLI, 'summary', '--json', file], { encoding: 'utf8', maxBuffer: 1 << 28 }).stdout).totals;
  const theirs = {};
  for (const key of ['received', 'delivered', 'forwarded', 'deferred', 'bounced', 'rejected']) {
    theirs[key] = Number(new RegExp(`^\\s*(\\d+)\\s+${key}\\b`, 'm').exec(r.stdout)?.[1]);
  }
  const differ = Object.keys(theirs).filter((k) => theirs[k] !== ours[k]);
  const agree = differ.length === 0 ? 'Grand Totals agree with ours' : `Grand Totals differ: ${differ.map((k) => `${k} ${theirs[k]} vs ${ours[k]}`).join(', ')}`;
  return { what: 'perl pflogsumm > /dev/null', seconds: r.seconds, cpu: r.cpu, mb, rssMB: r.rssMB, note: agree };
}

/** A log of BIG_MB generated on the fly and piped into `smtp-codes summary -`: no disk, peak RSS from /usr/bin/time. */
async function benchBigStream() {
  if (BIG_MB <= 0) return { what: 'big log', seconds: null, mb: 0, note: 'skipped (BENCH_BIG_MB=0)' };
  const gen = spawn(process.execPath, [join(ROOT, 'test', 'bench', 'generate.mjs'), '--bytes', String(BIG_MB * MB)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const cmd = TIME ?? process.execPath;
  const args = TIME ? ['-f', 'BENCH %U %S %M', process.execPath, CLI, 'summary', '-'] : [CLI, 'summary', '-'];
  const started = process.hrtime.bigint();
  const child = spawn(cmd, args, { stdio: [gen.stdout, 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const status = await new Promise((r) => child.on('close', r));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (status !== 0) throw new Error(`big summary failed: ${stderr}`);
  const m = /BENCH ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(stderr);
  const cpu = m ? Number(m[1]) + Number(m[2]) : null;
  const lines = /^(\d+) lines/m.exec(stdout)?.[1];
  return {
    what: `smtp-codes summary - (${BIG_MB >= 1024 ? `${BIG_MB / 1024} GB` : `${BIG_MB} MB`} from the generator)`,
    seconds,
    cpu,
    mb: BIG_MB,
    rssMB: m ? Number(m[3]) / 1024 : null,
    note: `${lines} lines; ${fmtRate(BIG_MB, cpu)} MB/s of summary CPU (the generator shares the machine)`,
  };
}

// ---------------------------------------------------------------------------------------------
// Language server figures: test/bench/lsp.mjs (written with the server) measures a stdio client on
// a 10 MB log. Its numbers print in their own section below the table; add further LSP rows here.

async function lspFigures() {
  const path = join(ROOT, 'test', 'bench', 'lsp.mjs');
  if (!existsSync(path)) return null;
  const mod = await import(path);
  if (typeof mod.benchLsp !== 'function') return null;
  return mod.benchLsp();
}

// ---------------------------------------------------------------------------------------------

function printTable(rows) {
  const head = ['measurement', 'wall', 'CPU', 'MB/s (wall)', 'peak RSS', 'notes'];
  const cells = rows.map((r) => [r.what, fmtS(r.seconds), fmtS(r.cpu), r.seconds && r.mb ? fmtRate(r.mb, r.seconds) : '—', fmtMB(r.rssMB), r.note ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => c.map((x, i) => (i >= 1 && i <= 4 ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join('  ').trimEnd();
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

async function oneLog(profile, label) {
  const file = await benchLog(SIZE_MB, profile);
  const mb = statSync(file).size / MB;
  console.log(`\n== ${label}: smtp-codes on a ${mb.toFixed(1)} MB Postfix-style log (${file.replace(ROOT + '/', '')}); median of ${RUNS} runs ==`);
  const loadBefore = loadavg()[0];
  const grep = benchGrep(file, mb);
  const start = benchNodeStart();
  const floor = benchCountFloor(file, mb);
  const split = benchReadFloor(file, mb);
  const scan = benchScanCli(file, mb);
  const summary = benchSummaryCli(file, mb, null);
  const summaryTwo = benchSummaryCli(file, mb, 2);
  const inProcess = await benchInProcess(file, mb);
  const pflogsumm = benchPflogsumm(file, mb);
  console.log(`(${availableParallelism()} cores; load average ${loadBefore.toFixed(2)} before, ${loadavg()[0].toFixed(2)} after: other work on the machine stretches wall times, not CPU times)\n`);
  printTable([grep, start, floor, split, scan, ...inProcess, summary, summaryTwo, pflogsumm]);
  console.log('');
  const ratio = (a, b) => (a && b ? (a / b).toFixed(1) : '—');
  // The ratios are those of the command as a user runs it; SMTP_CODES_THREADS=2 is beside it.
  const best = summary;
  const vsFloor = best.seconds / floor.seconds;
  console.log(`summary / floor      ${vsFloor.toFixed(1)}x the floor's wall time, ${ratio(summary.cpu, floor.cpu)}x its CPU time (two threads: ${ratio(summaryTwo.seconds, floor.seconds)}x its wall) (target: at most 2.0x)${vsFloor <= 2 ? '' : '  <- target missed'}`);
  if (pflogsumm.seconds) {
    const vsPfl = pflogsumm.seconds / best.seconds;
    const target = profile === 'day' ? ' (target on this log: at least 10x)' : ' (reported, no target on this log)';
    console.log(`pflogsumm / summary  summary is ${vsPfl.toFixed(1)}x faster than pflogsumm in wall time (two threads: ${ratio(pflogsumm.seconds, summaryTwo.seconds)}x), ${ratio(pflogsumm.cpu, summary.cpu)}x in CPU time${target}${profile === 'day' && vsPfl < 10 ? '  <- target missed' : ''}`);
  } else {
    console.log('pflogsumm / summary  pflogsumm is not installed (Debian: apt-get install pflogsumm)');
  }
  const lines = Number(/^(\d+) lines/.exec(floor.note)?.[1]);
  // 2.0x the floor leaves one floor's time again for everything above reading: that much per line.
  console.log(`per line             the 2.0x target leaves ${((floor.seconds / lines) * 1e9).toFixed(0)} ns a line above the floor; the summary spends ${(((best.seconds - floor.seconds) / lines) * 1e9).toFixed(0)} ns`);
}

async function main() {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run npm run build first');
  await oneLog('day', 'realistic busy day');
  await oneLog('failures', 'failure-heavy day');

  console.log(`\n== memory on a large log ==\n`);
  const big = await benchBigStream();
  printTable([big]);
  if (big.rssMB) console.log(`\npeak RSS ${big.rssMB.toFixed(0)} MB for ${BIG_MB} MB of log (target: at most 200 MB)${big.rssMB <= 200 ? '' : '  <- target missed'}`);
  if (!TIME) console.log('(peak RSS needs /usr/bin/time: apt-get install time)');

  // LSP figures (see lspFigures above).
  try {
    await lspFigures();
  } catch (e) {
    console.log(`\nlanguage server bench failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

main().catch((e) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
