// `npm test`: builds once, then runs every tier in order and closes with one "N passed, N failed" line.
// Tiers: unit (core, including the corpus conformance and held-out scores), server (LSP round trips),
// grammar, vscode (extension host in a real VS Code), ui (a person's view through Chromium).
// Select tiers with SMTP_TIERS=unit,server; an unknown name stops the run (exit 2), and a run in which no
// test ran fails. Under CI=true a tier that cannot run fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 28, ...opts });
  process.stdout.write(r.stdout ?? '');
  return r;
}

function nodeTests(dir) {
  const full = join(root, dir);
  if (!existsSync(full)) return null;
  const files = readdirSync(full, { recursive: true }).filter((f) => String(f).endsWith('.test.js')).map((f) => join(dir, String(f)));
  if (files.length === 0) return null;
  const r = run(process.execPath, ['--test', '--test-reporter=spec', ...files]);
  const pass = Number(/^ℹ pass (\d+)/m.exec(r.stdout ?? '')?.[1] ?? 0);
  const fail = Number(/^ℹ fail (\d+)/m.exec(r.stdout ?? '')?.[1] ?? (r.status === 0 ? 0 : 1));
  return { pass, fail: r.status === 0 ? fail : Math.max(fail, 1) };
}

/** A tier implemented by its own script, which prints "N passed, N failed" as its last such line. */
function scriptTier(script) {
  if (!existsSync(join(root, script))) return null;
  const r = run(process.execPath, [script]);
  const m = [...(r.stdout ?? '').matchAll(/^(\d+) passed, (\d+) failed/gm)].pop();
  const pass = m ? Number(m[1]) : 0;
  const fail = m ? Number(m[2]) : 0;
  if (r.status === 77) return { pass, fail, skipped: true };
  return { pass, fail: r.status === 0 ? fail : Math.max(fail, 1) };
}

/** Tiers made of several scripts: their counts add up (null when none of them exists). */
function together(...results) {
  const ran = results.filter((r) => r !== null);
  if (ran.length === 0) return null;
  return ran.reduce((a, r) => ({ pass: a.pass + r.pass, fail: a.fail + r.fail, skipped: a.skipped || r.skipped === true }), { pass: 0, fail: 0, skipped: false });
}

const tiers = [
  ['unit', () => nodeTests('out/test/unit')],
  ['server', () => nodeTests('out/test/server')],
  ['grammar', () => scriptTier('test/grammar/run.mjs')],
  ['vscode', () => scriptTier('test/vscode/run.mjs')],
  // The editor (hover, Problems, compare), the log summary (open dialog, explorer menu, totals, chart, progress)
  // and following a message (highlights, Find All References, the trace panel).
  ['ui', () => together(scriptTier('test/ui/run.mjs'), scriptTier('test/ui/summary-shot.mjs'), scriptTier('test/ui/trace-shot.mjs'))],
];

const names = tiers.map(([name]) => name);
const selected = process.env.SMTP_TIERS ? process.env.SMTP_TIERS.split(',').map((n) => n.trim()).filter(Boolean) : null;
const unknown = (selected ?? []).filter((n) => !names.includes(n));
if (unknown.length > 0 || selected?.length === 0) {
  const what = unknown.length > 0 ? `unknown tier ${unknown.map((n) => `"${n}"`).join(', ')}` : 'names no tier';
  console.error(`SMTP_TIERS: ${what}; the tiers are ${names.join(', ')}`);
  process.exit(2);
}

const build = run('npm', ['run', '-s', 'build'], { stdio: ['ignore', 'inherit', 'inherit'] });
if (build.status !== 0) {
  console.log('build failed\n0 passed, 1 failed');
  process.exit(1);
}

let pass = 0;
let fail = 0;
const lines = [];
for (const [name, runTier] of tiers) {
  if (selected && !selected.includes(name)) continue;
  const started = Date.now();
  console.log(`\n=== tier: ${name} ===`);
  const r = runTier();
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r === null) {
    lines.push(`${name}: no tests (${secs}s)`);
    if (process.env.CI === 'true' && (name === 'unit' || name === 'server')) fail++;
    continue;
  }
  pass += r.pass;
  fail += r.fail;
  lines.push(`${name}: ${r.pass} passed, ${r.fail} failed${r.skipped ? ' (SKIPPED: see above)' : ''} (${secs}s)`);
}
console.log('\n=== summary ===\n' + lines.join('\n'));
if (pass + fail === 0) {
  console.log('no test ran: that is a failure, not a pass');
  fail = 1;
}
console.log(`${pass} passed, ${fail} failed`);
process.exit(fail > 0 ? 1 : 0);
