// The trace's core measured inside one process: indexing the messages of a log (time, and heap with
// --expose-gc), then 200 traces of random queue ids (resolve + story), then one edit. Bundled by esbuild.mjs
// to out/test/bench/traceIndex.js; test/bench/lsp.mjs runs it on its logs:
//   node --expose-gc out/test/bench/traceIndex.js FILE...   prints one JSON line per file
import { readFileSync } from 'node:fs';
import { DocumentMessages } from '../../server/src/core/documentMessages';

function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1048576;
}

function measure(file: string) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const source = { lineCount: lines.length, lineText: (l: number) => lines[l] ?? '' };
  const before = heapMB();
  let t = performance.now();
  const messages = new DocumentMessages(source);
  messages.buildAll();
  const buildMs = performance.now() - t;
  const indexMB = heapMB() - before;
  const ids: Array<{ line: number; character: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /\]: ([0-9A-F]{8,12}): /.exec(lines[i]);
    if (m) ids.push({ line: i, character: m.index + 4 });
  }
  let seed = 11;
  const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const times: number[] = [];
  let storyLines = 0;
  for (let i = 0; i < 200 && ids.length > 0; i++) {
    const p = ids[Math.floor(rnd() * ids.length)];
    t = performance.now();
    const at = messages.at(p);
    const story = at ? messages.story(at.own ?? at.groups[0], 'en') : undefined;
    times.push(performance.now() - t);
    storyLines += story?.lines.length ?? 0;
  }
  times.sort((a, b) => a - b);
  // one edit in the middle: a line replaced
  const mid = Math.floor(lines.length / 2);
  t = performance.now();
  const edit = messages.beforeChange({ start: { line: mid, character: 0 }, end: { line: mid, character: lines[mid].length } });
  lines[mid] = lines[mid].replace(/status=sent/, 'status=bounced');
  messages.afterChange(edit);
  const editMs = performance.now() - t;
  return {
    file,
    megabytes: +(lines.join('\n').length / 1048576).toFixed(1),
    lines: lines.length,
    indexedLines: messages.indexedLines,
    buildMs: Math.round(buildMs),
    indexHeapMB: +indexMB.toFixed(1),
    traceP50Ms: +(times[Math.floor(times.length / 2)] ?? 0).toFixed(3),
    traceMaxMs: +(times[times.length - 1] ?? 0).toFixed(3),
    meanStoryLines: times.length ? +(storyLines / times.length).toFixed(1) : 0,
    editMs: +editMs.toFixed(2),
  };
}

for (const file of process.argv.slice(2)) console.log(JSON.stringify(measure(file)));
