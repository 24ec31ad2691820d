// What the UI scripts (run.mjs, summary-shot.mjs) share around the gestures of driver.mjs: named checks with
// their pass/fail count, packaging the .vsix, and stopping everything a script started when it ends or is
// interrupted. Each script keeps its own passes, texts, checks and exit rules.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../vscode/code-server.mjs';

/** The checks counted so far by `check`. */
export const tally = { passed: 0, failed: 0 };

/**
 * One named check: counts it and prints a line a person can read in a CI log. A failed check stops its pass
 * (the next steps build on it) unless `{ fatal: false }`: then the pass goes on and the failure still counts.
 * The error it rethrows is marked `counted`, so the pass's own catch does not count it again.
 */
export async function check(name, fn, { fatal = true } = {}) {
  const t0 = Date.now();
  try {
    const value = await fn();
    tally.passed++;
    console.log(`  ✔ ${name} (${Date.now() - t0} ms)`);
    return value;
  } catch (e) {
    tally.failed++;
    console.log(`  ✘ ${name}\n      ${(e instanceof Error ? e.message : String(e)).split('\n').join('\n      ')}`);
    if (fatal) throw Object.assign(e instanceof Error ? e : new Error(String(e)), { counted: true });
    return undefined;
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** The .vsix to install: SMTP_UI_VSIX, else the one `npm run package` writes. */
export function packageVsix() {
  if (process.env.SMTP_UI_VSIX) return process.env.SMTP_UI_VSIX;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const r = spawnSync('npm', ['run', '-s', 'package'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const vsix = join(root, `${pkg.name}-${pkg.version}.vsix`);
  if (r.status !== 0 || !existsSync(vsix)) throw new Error(`npm run package failed:\n${(r.stdout + r.stderr).split('\n').slice(-15).join('\n')}`);
  return vsix;
}

/** The .vsix, made as a counted check; when it cannot be made, prints the count and exits 1. */
export async function packagedVsixOrExit() {
  try {
    return await check('npm run package writes the .vsix', () => packageVsix());
  } catch {
    console.log(`${tally.passed} passed, ${tally.failed} failed`);
    process.exit(1);
  }
}

/** Prints "N passed, N failed" and exits: 1 when a check failed or none passed, else 0. */
export function exitWithTally() {
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  process.exit(tally.failed > 0 || tally.passed === 0 ? 1 : 0);
}

// Everything a script started (code-server, Chromium), so a signal or a failure still stops it all.
const running = new Set();

/** Remembers how to stop something just started; stopAll stops it (last started first). */
export function track(stop) {
  running.add(stop);
}

export async function stopAll() {
  for (const stop of [...running].reverse()) await stop().catch(() => {});
  running.clear();
}

/** On SIGINT, SIGTERM or SIGHUP: says so when `say` is given, stops all and exits 130. */
export function stopOnSignals(say) {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      if (say) console.log(say(signal));
      void stopAll().finally(() => process.exit(130));
    });
  }
}
