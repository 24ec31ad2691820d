// One build script for every bundle: the extension client, the language server, the CLI,
// the webview scripts, and the test files (each test file becomes one runnable bundle).
// Usage: node esbuild.mjs [--watch] [--production]
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
};

/** Files below dir whose names end with suffix. */
function find(dir, suffix) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...find(p, suffix));
    else if (name.endsWith(suffix)) out.push(p);
  }
  return out;
}

const only = (entries) => entries.filter((e) => existsSync(typeof e === 'string' ? e : e.in));

const contexts = [
  // Only the client sees `vscode`; the server and the CLI must never need it.
  { ...common, entryPoints: only(['client/src/extension.ts']), outfile: 'dist/client.js', external: ['vscode'] },
  { ...common, entryPoints: only(['server/src/node/main.ts']), outfile: 'dist/server.js' },
  {
    ...common,
    entryPoints: only(['server/src/cli.ts']),
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    // Each panel's script (a .ts beside its own .css, which it imports) and base.css, which both panels link
    // before their own sheet. Modules the scripts share (dom.ts) are bundled into them, not built alone.
    entryPoints: only([
      ...find('client/webview', '.ts')
        .filter((f) => existsSync(f.replace(/\.ts$/, '.css')))
        .map((f) => ({ in: f, out: f.replace(/^client\/webview\//, '').replace(/\.ts$/, '') })),
      { in: 'client/webview/base.css', out: 'base' },
    ]),
    outdir: 'dist/webview',
  },
  // Tests: unit and server tiers run under node --test; the vscode tier runs inside the extension host.
  {
    ...common,
    sourcemap: 'inline',
    minify: false,
    entryPoints: only([...find('test/unit', '.test.ts'), ...find('test/server', '.test.ts'), ...find('test/bench', '.ts')]),
    outdir: 'out',
    outbase: '.',
    external: ['vscode'],
  },
  {
    ...common,
    sourcemap: 'inline',
    minify: false,
    entryPoints: only(find('test/vscode/suite', '.ts')),
    outdir: 'out/test/vscode/suite',
    external: ['vscode', 'mocha'],
  },
].filter((c) => (c.entryPoints ?? []).length > 0);

if (watch) {
  for (const c of contexts) await (await esbuild.context(c)).watch();
} else {
  await Promise.all(contexts.map((c) => esbuild.build(c)));
}
