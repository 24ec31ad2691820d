// The grammar tier: scope assertions in test/grammar/cases/ checked by vscode-tmgrammar-test (it reads the
// grammars from package.json), then a linear-time check of both grammars on long pathological lines.
// One check per asserted source line. Last line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const casesDir = join(root, 'test/grammar/cases');
const files = readdirSync(casesDir)
  .filter((f) => /\.test\.[\w-]+$/.test(f))
  .sort()
  .map((f) => relative(root, join(casesDir, f)));

/** 1-based numbers of the source lines that carry at least one assertion (the tool's own parsing rules). */
function assertedLines(file) {
  const lines = readFileSync(join(root, file), 'utf8').split(/\r?\n/);
  const token = /^(\S+)\s+SYNTAX\s+TEST\s+"/.exec(lines[0])?.[1];
  if (!token) return [];
  const isAssertion = (s) => s.startsWith(token) && /^\s*(\^|<~*-+)/.test(s.slice(token.length));
  const out = new Set();
  let source = -1;
  lines.forEach((s, i) => {
    if (i === 0) return;
    if (isAssertion(s)) {
      if (source > 0) out.add(source);
    } else source = i + 1;
  });
  return [...out];
}

let passed = 0;
let failed = 0;

// 1. Scope assertions.
const run = spawnSync('npx', ['--no-install', 'vscode-tmgrammar-test', '--compact', ...files], {
  cwd: root,
  encoding: 'utf8',
  env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
});
const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
if (run.error) {
  console.log(`vscode-tmgrammar-test did not run: ${run.error.message}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const failedLines = new Set();
const unparsable = new Set();
for (const line of output.split('\n')) {
  const parse = /ERROR can't parse testcase: (.+)$/.exec(line);
  if (parse) unparsable.add(parse[1].trim());
  const m = /^ERROR (.+?):(\d+):\d+:\d+ /.exec(line);
  if (m) failedLines.add(`${m[1]}:${m[2]}`);
}
for (const file of files) {
  const lines = assertedLines(file);
  if (unparsable.has(file) || lines.length === 0) {
    console.log(`✖ ${file}: no assertions could be read`);
    failed++;
    continue;
  }
  const bad = lines.filter((n) => failedLines.has(`${file}:${n}`));
  passed += lines.length - bad.length;
  failed += bad.length;
  console.log(`${bad.length === 0 ? '✓' : '✖'} ${file}: ${lines.length - bad.length} of ${lines.length} lines as asserted`);
}
if (failedLines.size > 0 || unparsable.size > 0) console.log(output.trim());

// 2. Linear time: a quadratic pattern takes minutes on these lines; a linear grammar takes milliseconds.
const require = createRequire(join(root, 'node_modules/vscode-tmgrammar-test/package.json'));
const vsctm = require('vscode-textmate');
const onig = require('vscode-oniguruma');
await onig.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')).buffer);
const grammars = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).contributes.grammars;
const registry = new vsctm.Registry({
  onigLib: Promise.resolve({ createOnigScanner: (p) => new onig.OnigScanner(p), createOnigString: (s) => new onig.OnigString(s) }),
  loadGrammar: async (scope) => {
    const g = grammars.find((x) => x.scopeName === scope);
    return g ? vsctm.parseRawGrammar(readFileSync(join(root, g.path), 'utf8'), g.path) : null;
  },
});
const SIZE = 200_000;
const LIMIT_MS = 3000;
const pathological = {
  'one long word': 'a'.repeat(SIZE),
  'hyphenated labels': 'a-'.repeat(SIZE / 2),
  'dotted labels': 'a.'.repeat(SIZE / 2),
  'dotted digits': '4.'.repeat(SIZE / 2),
  'at signs': 'a@'.repeat(SIZE / 2),
  'open angle brackets': '<'.repeat(SIZE),
  'key=value runs': 'k=v'.repeat(SIZE / 3),
  'repeated Postfix line': 'to=<a@b.example>, relay=mx.example.net[192.0.2.1]:25, dsn=4.7.1, status=deferred (451 4.7.1 x) '.repeat(SIZE / 95),
};
for (const g of grammars) {
  const grammar = await registry.loadGrammar(g.scopeName);
  for (const [name, line] of Object.entries(pathological)) {
    const started = performance.now();
    grammar.tokenizeLine(line, vsctm.INITIAL, 0);
    const ms = performance.now() - started;
    const ok = ms < LIMIT_MS;
    if (ok) passed++;
    else failed++;
    console.log(`${ok ? '✓' : '✖'} ${g.scopeName}: ${name} (${line.length} chars) in ${ms.toFixed(0)} ms${ok ? '' : ` (limit ${LIMIT_MS} ms)`}`);
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
