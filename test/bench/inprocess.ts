// The core measured inside one process, without start-up or I/O: what the scanner and the summary cost
// per megabyte. Bundled by esbuild.mjs to out/test/bench/inprocess.js; test/bench/run.mjs calls it.
import { readFileSync } from 'node:fs';
import { INITIAL_SCAN_STATE, scanLine } from '../../server/src/core/scanner';
import { SummaryBuilder } from '../../server/src/core/summary';

export interface InProcessFigures {
  megabytes: number;
  lines: number;
  /** Best of the runs, in seconds. */
  scanSeconds: number;
  findings: number;
  summarySeconds: number;
}

/** Scans every line of the file (read into memory first), then summarizes it; best of `runs`. */
export function measure(path: string, runs = 3): InProcessFigures {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let scanSeconds = Infinity;
  let summarySeconds = Infinity;
  let findings = 0;
  for (let run = 0; run < runs; run++) {
    let t = process.hrtime.bigint();
    let state = INITIAL_SCAN_STATE;
    findings = 0;
    for (let i = 0; i < lines.length; i++) {
      const r = scanLine(lines[i], i, state);
      state = r.state;
      findings += r.findings.length;
    }
    scanSeconds = Math.min(scanSeconds, Number(process.hrtime.bigint() - t) / 1e9);
    t = process.hrtime.bigint();
    const b = new SummaryBuilder();
    for (let i = 0; i < lines.length; i++) b.feed(lines[i], path);
    b.result();
    summarySeconds = Math.min(summarySeconds, Number(process.hrtime.bigint() - t) / 1e9);
  }
  return { megabytes: Buffer.byteLength(text) / 1048576, lines: lines.length, scanSeconds, findings, summarySeconds };
}
