// The core measured inside one process, without start-up: what the scanner and the summary cost per
// megabyte. Bundled by esbuild.mjs to out/test/bench/inprocess.js; test/bench/run.mjs calls it.
// Figures are medians of the runs, wall time and this process's CPU time (user + sys) apiece.
import { readFileSync } from 'node:fs';
import { INITIAL_SCAN_STATE, scanLine } from '../../server/src/core/scanner';
import { SummaryBuilder } from '../../server/src/core/summary';
import { summarizeLogFile } from '../../server/src/logSummary';
import { openLog, readLogLines } from '../../server/src/logReader';
import { NO_REPLY, detect, lineShape, readReplies } from '../../server/src/core/readers';
import { postfixNoise } from '../../server/src/core/readers/noise';

export interface InProcessFigures {
  megabytes: number;
  lines: number;
  /** The product's scan path (readReplies on every line, as the CLI's scan and the editor's index): median of the runs, in seconds. */
  scanSeconds: number;
  scanCpu: number;
  findings: number;
  /** The recognizer alone on every line (scanLine), for reference. */
  scanLineSeconds: number;
  scanLineCpu: number;
  scanLineFindings: number;
  summarySeconds: number;
  summaryCpu: number;
  /** The summary's path stage by stage, each row including the ones before it (CPU seconds, medians). */
  stages: Array<{ what: string; cpu: number; seconds: number }>;
}

function median(xs: number[]): number {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
}

async function timeIt(run: () => unknown): Promise<{ seconds: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const t = process.hrtime.bigint();
  await run();
  const used = process.cpuUsage(cpu);
  return { seconds: Number(process.hrtime.bigint() - t) / 1e9, cpu: (used.user + used.system) / 1e6 };
}

/**
 * Scans every line of the file (read into memory first) the product's way (readReplies) and with the
 * recognizer alone (scanLine), then summarizes the file the way the CLI does
 * (summarizeLogFile: read from disk in chunks, lines offered as bytes first); median of `runs` each.
 */
export async function measure(path: string, runs = 3): Promise<InProcessFigures> {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const scans: Array<{ seconds: number; cpu: number }> = [];
  const scanLines: Array<{ seconds: number; cpu: number }> = [];
  const summaries: Array<{ seconds: number; cpu: number }> = [];
  let findings = 0;
  let scanLineFindings = 0;
  for (let run = 0; run < runs; run++) {
    scans.push(
      await timeIt(() => {
        let state = INITIAL_SCAN_STATE;
        findings = 0;
        for (let i = 0; i < lines.length; i++) {
          const r = readReplies(lines[i], i, state);
          state = r.state;
          findings += r.findings.length;
        }
      }),
    );
    scanLines.push(
      await timeIt(() => {
        let state = INITIAL_SCAN_STATE;
        scanLineFindings = 0;
        for (let i = 0; i < lines.length; i++) {
          const r = scanLine(lines[i], i, state);
          state = r.state;
          scanLineFindings += r.findings.length;
        }
      }),
    );
    summaries.push(
      await timeIt(async () => {
        const b = new SummaryBuilder();
        await summarizeLogFile(path, b);
        b.result();
      }),
    );
  }
  // The summary's path, one more stage per row: where the time goes. The first row decodes every line (the
  // path before the byte filter), for reference; the rows after it follow the summary, which tells Postfix
  // noise from its bytes and decodes the other lines only.
  const stage = async (onLine: (t: string) => void, skip?: (buf: Buffer, start: number, end: number) => boolean) => {
    const runsOf: Array<{ seconds: number; cpu: number }> = [];
    for (let run = 0; run < runs; run++) runsOf.push(await timeIt(async () => readLogLines(await openLog(path), onLine, undefined, skip)));
    return { seconds: median(runsOf.map((r) => r.seconds)), cpu: median(runsOf.map((r) => r.cpu)) };
  };
  let sink = 0;
  let noise = 0;
  const noiseSkip = (buf: Buffer, start: number, end: number): boolean => {
    if (postfixNoise(buf, start, end) < 0) return false;
    noise++;
    return true;
  };
  const read = await stage((t) => (sink += t.length));
  noise = 0;
  const filtered = await stage((t) => (sink += t.length), noiseSkip);
  const noiseLines = noise / runs;
  const shaped = await stage((t) => (sink += lineShape(t).shape), noiseSkip);
  let state = INITIAL_SCAN_STATE;
  let n = 0;
  // as SummaryBuilder.feed does it: the format's reader reads its own replies, the recognizer the rest
  const scanned = await stage((t) => {
    const { reader, header } = detect(t);
    const s = reader.shape(t, header);
    if ((s & NO_REPLY) === 0) {
      const own = reader.replies !== undefined ? reader.replies(t, n, header) : null;
      if (own !== null) sink += own.length;
      else {
        const r = scanLine(t, n, state);
        state = r.state;
        sink += r.findings.length;
      }
    }
    n++;
  }, noiseSkip);
  if (sink === -1) console.log(sink);
  const stages = [
    { what: 'read from disk, decode, split into line strings (every line, for reference)', ...read },
    { what: `read; Postfix noise told from its bytes (${((100 * noiseLines) / lines.length).toFixed(0)}% of lines), the rest decoded`, ...filtered },
    { what: '+ detector and reader shape on the decoded lines', ...shaped },
    { what: '+ replies read on lines that may carry one (reader, else recognizer)', ...scanned },
    { what: '+ records counted (the whole summary)', seconds: median(summaries.map((r) => r.seconds)), cpu: median(summaries.map((r) => r.cpu)) },
  ];
  return {
    stages,
    megabytes: Buffer.byteLength(text) / 1048576,
    lines: lines.length,
    scanSeconds: median(scans.map((r) => r.seconds)),
    scanCpu: median(scans.map((r) => r.cpu)),
    findings,
    scanLineSeconds: median(scanLines.map((r) => r.seconds)),
    scanLineCpu: median(scanLines.map((r) => r.cpu)),
    scanLineFindings,
    summarySeconds: median(summaries.map((r) => r.seconds)),
    summaryCpu: median(summaries.map((r) => r.cpu)),
  };
}
