// The replies on Postfix's own lines, read where Postfix writes them, without the general recognizer's
// search of the whole line: a delivery record "dsn=4.2.0, status=deferred (host mx[ip] said: 450 4.2.0
// text (in reply to RCPT TO command))" or "status=sent (250 2.0.0 Ok: queued as ID)", and a refusal
// "reject: RCPT from host[ip]: 554 5.7.1 text; from=<a> to=<b> proto=ESMTP helo=<h>". The findings are the
// ones the recognizer (../scanner.ts) gives for these lines, field for field; a line of any other shape,
// or with a code-shaped word where none is expected, is declined (null) and goes to the recognizer.
// test/unit/readers.test.ts checks the two agree on every Postfix line of the fixtures and the bench logs.
import type { ReplyFinding } from '../types';
import { commandFromLine, commandPhrase, mayHoldCode, remoteHostOf } from '../scanner';

const MAX_TEXT = 4000;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** "4.2.0" at i: the end of the enhanced code, or -1. */
function enhancedEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (!(c === 50 || c === 52 || c === 53) || text.charCodeAt(i + 1) !== 46) return -1;
  let j = i + 2;
  const s1 = j;
  while (isDigit(text.charCodeAt(j)) && j - s1 < 3) j++;
  if (j === s1 || text.charCodeAt(j) !== 46) return -1;
  const s2 = ++j;
  while (isDigit(text.charCodeAt(j)) && j - s2 < 3) j++;
  if (j === s2 || isDigit(text.charCodeAt(j))) return -1;
  return j;
}

/** A reply code ("450") followed by " " or "-" at i. */
function codeAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (!(c === 50 || c === 52 || c === 53) || !isDigit(text.charCodeAt(i + 1)) || !isDigit(text.charCodeAt(i + 2))) return false;
  const sep = text.charCodeAt(i + 3);
  return sep === 32 || sep === 45;
}

/** Whether [from, to) holds anything the recognizer might read as a code (scanner.ts mayHoldCode). */
function codeShaped(text: string, from: number, to: number): boolean {
  return mayHoldCode(text, from, to);
}

/** The recognizer's end of a reply's text (scanner.ts textEnd): Postfix's appended envelope and command cut, closing parentheses of the line dropped, spaces trimmed. Read in place, no substring. */
function textEndAt(text: string, start: number, limit: number): number {
  const end = Math.min(limit, start + 4096);
  let cut = end;
  for (const tail of TAILS) {
    const at = text.indexOf(tail, start);
    if (at >= 0 && at < cut && at + tail.length <= end) cut = at;
  }
  if (cut > start && text.charCodeAt(cut - 1) === 41 /* ) */) {
    let depth = 0;
    for (let i = start; i < cut; i++) {
      const c = text.charCodeAt(i);
      if (c === 40) depth++;
      else if (c === 41) {
        if (depth === 0) {
          cut = i;
          break;
        }
        depth--;
      }
    }
  }
  // trimEnd: every white space character, as String.prototype.trimEnd
  while (cut > start && isWhiteSpace(text.charCodeAt(cut - 1))) cut--;
  return cut;
}

const TAILS = ['; from=', '; to=', '; proto=', '; helo=', ' (in reply to '];

function isWhiteSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && String.fromCharCode(c).trim() === '');
}

/**
 * The reply parts from `p` to `end`: "550-5.1.1 text 550-5.1.1 text 550 5.1.1 text" (Postfix joins a
 * multi-line reply with spaces) or one part. null when the shape is not that.
 */
function parts(text: string, line: number, p: number, end: number, out: ReplyFinding[]): ReplyFinding[] | null {
  const code = text.slice(p, p + 3);
  const first = p;
  for (;;) {
    if (!codeAt(text, p) || (p !== first && !text.startsWith(code, p))) return null;
    const continued = text.charCodeAt(p + 3) === 45;
    let q = p + 4;
    const ee = enhancedEnd(text, q);
    let enhanced: string | null = null;
    let es = 0;
    if (ee >= 0 && text.charCodeAt(ee) === 32) {
      enhanced = text.slice(q, ee);
      es = q;
      q = ee;
    } else if (continued || ee >= 0) return null;
    while (text.charCodeAt(q) === 32) q++;
    // the next part: " 550-" or " 550 " with the same code
    let next = -1;
    if (continued) {
      for (let i = text.indexOf(' ' + code, q); i >= 0 && i < end; i = text.indexOf(' ' + code, i + 1)) {
        if (codeAt(text, i + 1)) {
          next = i + 1;
          break;
        }
      }
      if (next < 0) return null;
    }
    const limit = continued ? next : end;
    if (codeShaped(text, q, limit)) return null;
    const te = textEndAt(text, q, limit);
    if (te <= q && enhanced === null) return null;
    out.push({
      line,
      code,
      codeStart: p,
      codeEnd: p + 3,
      enhanced,
      enhancedStart: enhanced === null ? 0 : es,
      enhancedEnd: enhanced === null ? 0 : es + enhanced.length,
      text: text.slice(q, Math.max(q, te)),
      command: null,
      continued,
      remoteHost: null,
    });
    if (!continued) return out;
    p = next;
  }
}

/**
 * The findings of a Postfix delivery record or refusal, or null to leave the line to the recognizer.
 * `body` is where the message after "program[pid]: " starts.
 */
export function postfixReplies(text: string, line: number, body: number): ReplyFinding[] | null {
  const n = text.length;
  if (n > MAX_TEXT) return null;
  const dsn = text.indexOf(', dsn=', body);
  if (dsn >= 0) {
    // ..., dsn=4.2.0, status=deferred (...)
    const es = dsn + 6;
    const ee = enhancedEnd(text, es);
    if (ee < 0 || !text.startsWith(', status=', ee) || codeShaped(text, body, dsn)) return null;
    const word = text.indexOf(' (', ee + 9);
    if (word < 0 || text.charCodeAt(n - 1) !== 41) return null;
    const inner = word + 2;
    let reply = -1;
    if (text.startsWith('host ', inner)) {
      const said = text.indexOf(' said: ', inner);
      if (said < 0 || codeShaped(text, inner, said)) return null;
      reply = said + 7;
    } else if (codeAt(text, inner)) reply = inner;
    else {
      if (codeShaped(text, inner, n)) return null;
      // no reply: a success status alone is bookkeeping, no finding; a failure's is the only trace
      return text.charCodeAt(es) === 50 ? [] : [statusFinding(text, line, es, ee, lineCommand(text), remoteHostOf(text))];
    }
    const tail = text.indexOf(' (in reply to ', reply);
    if (tail >= 0 && codeShaped(text, tail, n)) return null;
    // the status first, its command and host filled in with the others' once the line is known to be ours
    const found = parts(text, line, reply, tail >= 0 ? tail : n, [statusFinding(text, line, es, ee, null, null)]);
    if (found === null) return null;
    const command = tail >= 0 ? lineCommand(text) : commandFromLine(text);
    const host = remoteHostOf(text);
    for (const f of found) {
      f.command = command;
      f.remoteHost = host;
    }
    return found;
  }
  const reject = text.indexOf('reject: ', body);
  if (reject < 0 || reject - body > 24) return null;
  // reject: RCPT from host[ip]: 554 5.7.1 text; from=<a> to=<b> ...   (postscreen: "from [ip]:port: ")
  const from = text.indexOf(' from ', reject);
  if (from < 0) return null;
  const colon = text.indexOf(': ', from + 6);
  if (colon < 0 || !codeAt(text, colon + 2) || text.charCodeAt(colon + 5) !== 32) return null;
  const p = colon + 2;
  if (codeShaped(text, body, p)) return null;
  const envelope = text.indexOf('; from=<', p);
  const end = envelope >= 0 ? envelope : n;
  if (envelope >= 0 && codeShaped(text, envelope, n)) return null;
  const found = parts(text, line, p, end, []);
  if (found === null) return null;
  const command = commandFromLine(text);
  const host = remoteHostOf(text);
  for (const f of found) {
    f.command = command;
    f.remoteHost = host;
  }
  return found;
}

/** The status field "dsn=4.2.0" at [es, ee) as the recognizer reports it. */
function statusFinding(text: string, line: number, es: number, ee: number, command: string | null, host: string | null): ReplyFinding {
  return { line, code: null, codeStart: 0, codeEnd: 0, enhanced: text.slice(es, ee), enhancedStart: es, enhancedEnd: ee, text: '', command, continued: false, remoteHost: host, statusField: true };
}

/**
 * The recognizer's command of a line (commandFromLine), for a line known to hold "in reply to": the phrase
 * decides first, without the search for hints. On a line without it, commandFromLine alone is cheaper.
 */
function lineCommand(text: string): string | null {
  const i = text.indexOf('in reply to ');
  const c = i >= 0 && i < 4096 ? commandPhrase(text, i + 12) : null;
  return c ?? commandFromLine(text);
}
