// `npm start`: try the extension in a browser, no VS Code needed. Builds and packages the extension, installs
// the .vsix into the cached code-server (VS Code for the web) with a fresh profile, and serves a copy of the
// sample logs on 127.0.0.1. Ctrl+C stops code-server (its whole process group) and removes the profile.
//
//   npm start                      http://127.0.0.1:<free port>/
//   npm start -- --port 8080       a fixed port
//   npm start -- --locale id       VS Code's display language set to Indonesian for the extension
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInstalled, freshProfile, installExtension, missingPrerequisite, removeProfile, root, startCodeServer } from './vscode/code-server.mjs';

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith('--')) die(`--${name} needs a value`);
  return value;
}

function die(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

const portText = option('port');
const port = portText === undefined ? undefined : Number(portText);
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) die(`--port ${portText} is not a port number`);
const locale = option('locale');
if (locale !== undefined && locale !== 'en' && locale !== 'id') die(`--locale ${locale}: the extension speaks en and id`);

// code-server itself (the browser is yours; Chromium is only needed by the tests).
const serverMissing = () => (missingPrerequisite() ?? '').includes('code-server') ? missingPrerequisite() : null;
if (serverMissing()) {
  console.log('Installing code-server and Node 24 into .cache/code-server (first time only, a few minutes)…');
  if (!ensureInstalled() || serverMissing()) die(`${serverMissing() ?? 'the install failed'}; see test/vscode/install.sh`);
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `${pkg.name}-${pkg.version}.vsix`);
console.log('Building and packaging the extension…');
const packaged = spawnSync('npm', ['run', '-s', 'package'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (packaged.status !== 0 || !existsSync(vsix)) die('npm run package failed (run it alone to see why)');

const profile = freshProfile({ locale, settings: { 'workbench.secondarySideBar.defaultVisibility': 'hidden' } });
const workspace = mkdtempSync(join(tmpdir(), 'smtp-codes-samples-'));
cpSync(join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
let server;
let stopping = false;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping code-server…');
  await server?.stop();
  removeProfile(profile);
  rmSync(workspace, { recursive: true, force: true });
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => void stop(0));

try {
  installExtension(profile, vsix);
  server = await startCodeServer(profile, [], { locale: locale === 'en' ? undefined : locale, port });
} catch (e) {
  console.error(`npm start: ${e instanceof Error ? e.message : e}`);
  await stop(1);
}

const url = `${server.url}/?folder=${encodeURIComponent(workspace)}`;
console.log(`
  SMTP Codes ${pkg.version} is running in VS Code for the web (code-server), with the sample logs:

    ${url}

  Open mail.log, hover a reply code, open the Problems panel (Ctrl+Shift+M),
  run "Compare SMTP codes" from the command palette (F1).
  The samples are a copy in ${workspace}; edit freely.
  Ctrl+C stops everything.
`);
const code = await server.exit;
if (!stopping) {
  const log = readFileSync(server.logFile, 'utf8').split('\n').slice(-20).join('\n');
  console.error(`code-server stopped on its own (${code}). The end of its log:\n${log}`);
  await stop(1);
}
