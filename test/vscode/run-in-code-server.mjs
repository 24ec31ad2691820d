// Runs extension-host tests (mocha inside the extension host, the real vscode API) in code-server:
// VS Code web's `payload` URL parameter carries extensionDevelopmentPath and extensionTestsPath as
// vscode-remote URIs; headless Chromium is the window; the workbench calls window.codeAutomationExit(code)
// when the suites' run() settles. Called by code-shim.sh with desktop VS Code's flags.
import { format } from 'node:util';
import { resolve, join } from 'node:path';
import { copyFileSync, mkdirSync } from 'node:fs';
import { startCodeServer, freshProfile, removeProfile, launchChromium, missingPrerequisite, root } from './code-server.mjs';

// Lines the workbench logs on every start that say nothing about the tests.
const NOISE = /ENOTFOUND|AccountPolicyGate|AgentHost|getaddrinfo|connection token|Creating a socket|reconnection-grace-time|builtin extensions cache|\[Service Worker\]/;

function parseArgs(argv) {
  const out = { ext: null, tests: null, folder: process.cwd(), locale: process.env.SMTP_VSCODE_LOCALE || null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name) => (a.startsWith(name + '=') ? a.slice(name.length + 1) : argv[++i]);
    if (a.startsWith('--extensionDevelopmentPath')) out.ext = resolve(value('--extensionDevelopmentPath'));
    else if (a.startsWith('--extensionTestsPath')) out.tests = resolve(value('--extensionTestsPath'));
    else if (a.startsWith('--locale')) out.locale = value('--locale');
    else if (a.startsWith('--user-data-dir') || a.startsWith('--extensions-dir')) { if (!a.includes('=')) i++; }
    else if (!a.startsWith('--')) out.folder = resolve(a);
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
if (!args.ext || !args.tests) {
  console.error('code-shim: need --extensionDevelopmentPath and --extensionTestsPath');
  process.exit(2);
}
const missing = missingPrerequisite();
if (missing) {
  console.error(`code-shim: ${missing}`);
  process.exit(2);
}
const testsEntry = args.tests.endsWith('.js') ? args.tests : resolve(args.tests, 'index.js');
const settings = process.env.SMTP_VSCODE_SETTINGS ? JSON.parse(process.env.SMTP_VSCODE_SETTINGS) : {};
const profile = freshProfile({ settings, locale: args.locale ?? undefined });
let server;
let browser;
let code = 1;
const started = Date.now();

/** Stops Chromium and the code-server process group (server, extension host, language server, watcher). */
async function cleanUp() {
  await browser?.close();
  browser = undefined;
  await server?.stop();
  server = undefined;
}

// runTests forwards Ctrl+C as SIGINT; a CI runner that gives up sends SIGTERM. Either way nothing stays behind.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    console.error(`code-shim: ${signal}, stopping code-server`);
    void cleanUp().finally(() => {
      removeProfile(profile);
      process.exit(130);
    });
  });
}

try {
  server = await startCodeServer(profile, ['--vscode-option', 'enable-smoke-test-driver'], { locale: args.locale ?? undefined });
  browser = await launchChromium({ locale: args.locale ?? undefined });
  const page = browser.ctx.pages()[0] ?? (await browser.ctx.newPage());
  let done;
  const exited = new Promise((r) => (done = r));
  await page.exposeFunction('codeAutomationExit', (c) => done(c));
  page.once('crash', () => done('the page crashed'));
  page.once('close', () => done('the page closed'));
  await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
    const line = format(...(logArgs ?? []));
    if (!NOISE.test(line)) console.log(line);
  });
  const authority = `127.0.0.1:${server.port}`;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(args.ext)], ['extensionTestsPath', remote(testsEntry)]]);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(args.folder)}&payload=${encodeURIComponent(payload)}`);
  const limitMs = Number(process.env.SMTP_VSCODE_TIMEOUT_MS ?? 300_000);
  let timer;
  const timeout = new Promise((r) => (timer = setTimeout(() => r('timeout'), limitMs)));
  code = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  if (code !== 0) {
    const results = join(root, 'test-results');
    mkdirSync(results, { recursive: true });
    const tag = args.locale ?? 'en';
    const shot = resolve(process.env.SMTP_FAILURE_SHOT ?? join(results, `ext-tests-failure-${tag}.png`));
    await page.screenshot({ path: shot }).catch(() => {});
    const log = join(results, `code-server-${tag}.log`);
    try { copyFileSync(server.logFile, log); } catch { /* no log written */ }
    console.error(`extension tests ended with ${code}; screenshot ${shot}; server log ${log}`);
  }
} catch (e) {
  console.error(`code-shim: ${e instanceof Error ? e.message : e}`);
} finally {
  await cleanUp();
  removeProfile(profile);
}
console.log(`extension host run: exit ${code} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(code === 0 ? 0 : 1);
