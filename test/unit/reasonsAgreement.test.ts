// Agreement of classifyReason with the peer project's own expectations: Sisimai's tests give a reason for
// each recipient of the 96 bounce messages in ../shared/corpus/sisimai-set-of-emails (expected.tsv). Each
// message is scanned with the core (scanText + groupReplies); the deciding reply is the one on a
// Diagnostic-Code line when there is one, else the first negative reply of the message (the human-readable
// part). With several recipients, the n-th deciding reply goes with the n-th expected row.
//
// What a bounce reader hands over beyond the scanner's one line (and what this test does the same way, so
// the figure is the classifier's): a header or reply folded onto indented continuation lines is read whole
// (RFC 5322 unfolding; Postfix and Exim indent wrapped replies the same way); a message with no reply code
// at all is read from its Diagnostic-Code text, else from its human-readable notification, with the
// Status: code when there is one. The strict figure (the scanner's reply text only, no reply = no reason)
// is printed beside it.
//
// Disagreements we argue (the peer is inconsistent or, we think, wrong) are in reason-disputes.tsv and
// printed with the argument; they still count as disagreements in both figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNegative } from '../../server/src/core/codes';
import { classifyReason, commandInText, type ReasonResult } from '../../server/src/core/reasons';
import { groupReplies, scanText } from '../../server/src/core/scanner';
import type { Reply } from '../../server/src/core/types';
import { ROOT, corpusDir, requireShared } from './support';

/** The figure reached when this test was written, asserted as a floor (see the report it prints). */
const AGREEMENT_FLOOR = 0.9;

const folder = join(corpusDir, 'sisimai-set-of-emails');
const disputesFile = join(ROOT, 'test', 'unit', 'reason-disputes.tsv');

interface Row {
  file: string;
  dsn: string;
  replycode: string;
  reason: string;
}

function readExpected(): Row[] {
  const rows = readFileSync(join(folder, 'expected.tsv'), 'utf8').split(/\r?\n/).slice(1);
  return rows
    .filter((r) => r.trim())
    .map((r) => {
      const [file, dsn, replycode, reason] = r.split('\t');
      return { file, dsn, replycode, reason };
    });
}

function readDisputes(): Map<string, { ours: string; why: string }> {
  const out = new Map<string, { ours: string; why: string }>();
  if (!existsSync(disputesFile)) return out;
  for (const row of readFileSync(disputesFile, 'utf8').split('\n').slice(1)) {
    const [file, , ours, why] = row.split('\t');
    if (file && why) out.set(file, { ours, why });
  }
  return out;
}

/**
 * A reply's text with its continuation lines: indented, non-blank lines carrying no reply of their own, and
 * quoted-printable soft line breaks ("bloc=" + "ked using ...") joined without a space.
 */
function withContinuation(text: string, lines: string[], after: number, findingLines: Set<number>): string {
  let out = text;
  for (let l = after + 1; l < lines.length && l <= after + 8; l++) {
    const s = lines[l];
    if (lines[l - 1].endsWith('=')) {
      out = out.replace(/=$/, '') + s.trim();
      continue;
    }
    if (!/^[ \t]+\S/.test(s) || findingLines.has(l)) break;
    out += ' ' + s.trim();
  }
  return out.trim();
}

/**
 * The lines of the same paragraph before a reply (no blank line between, no reply of their own): where a
 * bounce says which command was refused ("Connected to 192.0.2.225 but sender was rejected.", Exim's
 * "SMTP error from remote mail server after RCPT TO:").
 */
function lead(lines: string[], line: number, findingLines: Set<number>): string {
  const out: string[] = [];
  for (let l = line - 1; l >= 0 && l >= line - 4; l--) {
    if (lines[l].trim() === '' || findingLines.has(l)) break;
    out.unshift(lines[l].trim());
  }
  return out.join(' ');
}

/** The value of a header (unfolded), or undefined. */
function header(lines: string[], name: string): { value: string; line: number } | undefined {
  const re = new RegExp(`^${name}:\\s*(.*)$`, 'i');
  for (let l = 0; l < lines.length; l++) {
    const m = re.exec(lines[l]);
    if (!m) continue;
    let value = m[1];
    for (let k = l + 1; k < lines.length && /^[ \t]+\S/.test(lines[k]); k++) value += ' ' + lines[k].trim();
    return { value, line: l };
  }
  return undefined;
}

/** The human-readable notification: the body up to the copy of the original message, without MIME lines. */
function notification(lines: string[]): string {
  const start = lines.findIndex((l) => l.trim() === '') + 1;
  const out: string[] = [];
  for (let l = start; l < lines.length; l++) {
    const s = lines[l];
    if (/copy of (?:the|your)? ?(?:original )?message|^-+ ?original message|below this line|^content-type: (?:message|text\/rfc822)/i.test(s)) break;
    if (/^--\S|^content-|^\s*$/i.test(s)) continue;
    out.push(s.trim());
  }
  return out.join(' ');
}

interface Decision {
  result: ReasonResult | null;
  how: string;
  code: string | null;
  enhanced: string | null;
  text: string;
}

function decide(name: string, rowsOfFile: number, strict: boolean): Decision[] {
  const text = readFileSync(join(folder, name), 'utf8');
  const lines = text.split(/\r?\n/);
  const replies = groupReplies(scanText(text));
  const findingLines = new Set(replies.flatMap((r) => r.parts.map((p) => p.line)));
  const negative = replies.filter((r) => isNegative(r.replyClass) && !r.parts[0].statusField);
  const diagnostic = negative.filter((r) => /^diagnostic-code:/i.test(lines[r.parts[0].line]));
  const candidates = diagnostic.length > 0 ? diagnostic : negative;
  const out: Decision[] = [];
  const replyText = (r: Reply): string => (strict ? r.text : withContinuation(r.text, lines, r.parts[r.parts.length - 1].line, findingLines));
  // A Diagnostic-Code field repeats a reply the human-readable part also gives, often with the command
  // ("(in reply to end of DATA command)"): one event, told twice.
  const commandOf = (r: Reply): string | null => {
    if (strict || r.command) return r.command;
    for (const o of negative) {
      if (diagnostic.includes(o) || o.code !== r.code || o.enhanced !== r.enhanced) continue;
      const last = o.parts[o.parts.length - 1].line;
      const said = commandInText(`${lead(lines, o.parts[0].line, findingLines)} ${withContinuation(lines[last], lines, last, findingLines)}`);
      if (said) return said;
    }
    return null;
  };
  for (let i = 0; i < rowsOfFile; i++) {
    const r = candidates.length === rowsOfFile ? candidates[i] : candidates[0];
    if (r) {
      const inDiagnostic = diagnostic.includes(r);
      const t = strict || inDiagnostic ? replyText(r) : `${lead(lines, r.parts[0].line, findingLines)} ${replyText(r)}`.trim();
      out.push({
        result: classifyReason({ code: r.code, enhanced: r.enhanced, text: t, command: commandOf(r), remoteHost: r.remoteHost }),
        how: diagnostic.length > 0 ? 'Diagnostic-Code reply' : 'reply',
        code: r.code,
        enhanced: r.enhanced,
        text: t,
      });
      continue;
    }
    if (strict) {
      out.push({ result: null, how: 'no reply found', code: null, enhanced: null, text: '' });
      continue;
    }
    const status = replies.find((s) => s.parts[0].statusField && s.enhanced !== null && isNegative(s.replyClass));
    const diag = header(lines, 'Diagnostic-Code');
    const t = diag ? diag.value.replace(/^[\w-]+;\s*/, '') : notification(lines);
    const enhanced = status?.enhanced ?? null;
    out.push({
      result: classifyReason({ code: null, enhanced, text: t }),
      how: `${status ? 'Status field' : 'no code'} + ${diag ? 'Diagnostic-Code text' : 'notification text'}`,
      code: null,
      enhanced,
      text: t,
    });
  }
  return out;
}

interface Tally {
  agree: number;
  total: number;
}

function score(rows: Row[], strict: boolean): { overall: Tally; perReason: Map<string, Tally>; messages: Tally; misses: Array<{ row: Row; d: Decision }> } {
  const byFile = new Map<string, Row[]>();
  for (const r of rows) byFile.set(r.file, [...(byFile.get(r.file) ?? []), r]);
  const overall = { agree: 0, total: 0 };
  const messages = { agree: 0, total: 0 };
  const perReason = new Map<string, Tally>();
  const misses: Array<{ row: Row; d: Decision }> = [];
  for (const [file, fileRows] of byFile) {
    const decisions = decide(file, fileRows.length, strict);
    let all = true;
    fileRows.forEach((row, i) => {
      const d = decisions[i];
      const ok = d.result?.reason === row.reason;
      const t = perReason.get(row.reason) ?? { agree: 0, total: 0 };
      t.total++;
      overall.total++;
      if (ok) {
        t.agree++;
        overall.agree++;
      } else {
        all = false;
        misses.push({ row, d });
      }
      perReason.set(row.reason, t);
    });
    messages.total++;
    if (all) messages.agree++;
  }
  return { overall, perReason, messages, misses };
}

const pct = (t: Tally): string => `${((100 * t.agree) / Math.max(1, t.total)).toFixed(1)}%`;

test('reasons: agreement with the peer project on its bounce messages', (t) => {
  if (!requireShared(t, join(folder, 'expected.tsv'))) return;
  const rows = readExpected();
  const disputes = readDisputes();
  const main = score(rows, false);
  const strict = score(rows, true);

  console.log('');
  console.log(`  reason agreement with Sisimai's expectations (${rows.length} recipients in ${main.messages.total} messages)`);
  console.log(`    per recipient: ${main.overall.agree}/${main.overall.total} = ${pct(main.overall)}`);
  console.log(`    per message (every recipient agrees): ${main.messages.agree}/${main.messages.total} = ${pct(main.messages)}`);
  console.log(`    strict (scanner's reply text only, no reply = no reason): ${strict.overall.agree}/${strict.overall.total} = ${pct(strict.overall)}`);
  console.log('');
  console.log('    expected reason      agree/total');
  for (const [reason, tally] of [...main.perReason].sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))) {
    console.log(`    ${reason.padEnd(20)} ${String(tally.agree).padStart(3)}/${String(tally.total).padEnd(3)} ${pct(tally)}`);
  }
  console.log('');
  console.log(`    disagreements (${main.misses.length}):`);
  for (const { row, d } of main.misses) {
    const codes = [d.code, d.enhanced].filter((c) => c !== null).join(' ') || '-';
    const evidence = d.result ? `${d.result.evidence.source}${d.result.evidence.detail ? ` "${d.result.evidence.detail}"` : ''}` : '';
    console.log(`    ${row.file}: peer ${row.reason}, ours ${d.result?.reason ?? 'none'} (${d.how}; ${codes}; ${evidence})`);
    // The part of the text around what decided, else its start.
    const at = d.result?.evidence.source === 'text' ? Math.max(0, d.text.indexOf(d.result.evidence.detail) - 80) : 0;
    console.log(`        text: ${at > 0 ? '…' : ''}${d.text.slice(at, at + 160)}`);
    const dispute = disputes.get(row.file);
    if (dispute) console.log(`        argued: ${dispute.why}`);
  }
  assert.ok(
    main.overall.agree / main.overall.total >= AGREEMENT_FLOOR,
    `agreement ${pct(main.overall)} fell below the floor of ${(AGREEMENT_FLOOR * 100).toFixed(0)}%`,
  );
});
