// The extension-host tier: @vscode/test-electron's runTests, as on any machine. Here (no VS Code download,
// no display) it gets vscodeExecutablePath = code-shim.sh, which runs the same suites in code-server.
// Set SMTP_VSCODE_DESKTOP=1 on a machine with internet and a display to let runTests download desktop VS Code.
// Prints "N passed, N failed". Exit 77 = skipped (outside CI only).
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireCodeServer, root, skipTier } from './code-server.mjs';

const desktop = process.env.SMTP_VSCODE_DESKTOP === '1';

const skip = (why) => skipTier('vscode tier', why);

if (!desktop) requireCodeServer('vscode tier');
if (!existsSync(join(root, 'out', 'test', 'vscode', 'suite', 'index.js'))) skip('the suites are not built (npm run build)');
if (!existsSync(join(root, 'dist', 'client.js')) || !existsSync(join(root, 'dist', 'server.js'))) skip('the extension is not built (npm run build)');

mkdirSync(join(root, 'test-results'), { recursive: true });

/**
 * A copy of the built extension (what the .vsix would hold) and of the built suites, taken once: the tests
 * then run against one consistent build even when `npm run build` rewrites dist/ meanwhile (watch mode, or
 * another build in the same tree), and the extension cannot lean on anything outside its package.
 */
function snapshotBuild() {
  // Inside the project (.cache is git-ignored) so the suites still resolve mocha from node_modules.
  mkdirSync(join(root, '.cache'), { recursive: true });
  const dir = mkdtempSync(join(root, '.cache', 'vscode-run-'));
  const ext = join(dir, 'extension');
  for (const entry of readdirSync(root)) {
    if (entry === 'package.json' || /^package\.nls(\.[\w-]+)?\.json$/.test(entry)) cpSync(join(root, entry), join(ext, entry));
  }
  for (const folder of ['dist', 'l10n', 'syntaxes', 'media']) {
    if (existsSync(join(root, folder))) cpSync(join(root, folder), join(ext, folder), { recursive: true });
  }
  const suites = join(dir, 'suite');
  cpSync(join(root, 'out', 'test', 'vscode', 'suite'), suites, { recursive: true });
  return { dir, ext, suite: join(suites, 'index.js') };
}

const build = snapshotBuild();

/** One run of every suite in a fresh copy of the fixture workspace. */
async function runOnce(label, extraEnv = {}, launchArgs = []) {
  const work = mkdtempSync(join(tmpdir(), 'smtp-ws-'));
  cpSync(join(root, 'test', 'fixtures', 'workspace'), work, { recursive: true });
  const resultsDir = mkdtempSync(join(tmpdir(), 'smtp-results-'));
  const results = join(resultsDir, 'results.json');
  let failedRun = false;
  try {
    await runTests({
      ...(desktop ? {} : { vscodeExecutablePath: join(root, 'test', 'vscode', 'code-shim.sh') }),
      extensionDevelopmentPath: build.ext,
      extensionTestsPath: build.suite,
      launchArgs: [work, '--disable-extensions', ...launchArgs],
      extensionTestsEnv: { SMTP_TEST_RESULTS: results, SMTP_TEST_WORKSPACE: work, ...extraEnv },
    });
  } catch (e) {
    failedRun = true;
    console.log(`${label}: runTests failed: ${e instanceof Error ? e.message : e}`);
  }
  let r = { passed: 0, failed: 0 };
  try { r = JSON.parse(readFileSync(results, 'utf8')); } catch { /* the host never wrote results */ }
  rmSync(work, { recursive: true, force: true });
  rmSync(resultsDir, { recursive: true, force: true });
  if (failedRun && r.failed === 0) r.failed = 1;
  console.log(`${label}: ${r.passed} passed, ${r.failed} failed`);
  return r;
}

// The same suites twice: in English, then with VS Code's display language set to Indonesian, where the
// suites expect the extension's Indonesian strings (helpers.ts reads SMTP_EXPECT_LOCALE). Desktop VS Code
// would need the Indonesian language pack from the Marketplace, so a desktop run keeps to English.
const runs = [await runOnce('vscode (en)')];
if (!desktop && process.env.SMTP_VSCODE_LOCALES !== 'en') runs.push(await runOnce('vscode (id)', { SMTP_EXPECT_LOCALE: 'id' }, ['--locale', 'id']));
rmSync(build.dir, { recursive: true, force: true });
const passed = runs.reduce((n, r) => n + r.passed, 0);
const failed = runs.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
