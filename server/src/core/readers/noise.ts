// Lines that hold nothing a summary counts, told from their bytes before they become strings. Most of a
// busy Postfix log is connection noise (connect, disconnect, TLS, postscreen), queue bookkeeping (qmgr
// "from=... (queue active)", "removed", cleanup "message-id=") and notices (bounce, anvil, scache): no
// reply, no outcome. Reading them as bytes saves decoding them, a string each, and the reader's shape.
//
// This is a filter, not a second reader: it answers "noise" only for layouts that postfix.ts `shape`
// gives NO_REPLY and an event the summary does not count, "received" only where `shape` gives exactly
// received with NO_REPLY (the summary counts it and its hour), and "don't know" for everything else,
// which then goes the whole way (string, detector, reader). A unit test holds the two together on every
// line of the fixtures, the corpus and the generated logs.

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

// smtpd and postscreen: connection noise, the message starting right after "program[pid]: "
const SMTPD_NOISE = [
  'connect from ',
  'disconnect from ',
  'CONNECT from ',
  'DISCONNECT ',
  'PASS ',
  'PREGREET ',
  'HANGUP ',
  'COMMAND ',
  'DNSBL rank ',
  'lost connection after ',
  'timeout after ',
  'WHITELISTED ',
  'ALLOWLISTED ',
  'NON-SMTP COMMAND ',
  'BARE NEWLINE ',
  'cache ',
].map(ascii);
const TLS_ESTABLISHED = ascii(' TLS connection established');
/** First letters of the smtpd layouts above other than TLS notices ("A"nonymous and "W"HITELISTED may be either). */
const NOT_TLS_FIRST = Array.from('cdCPDHltNB', (c) => c.charCodeAt(0));
const CONNECT_TO = ascii('connect to ');
const POSTFIX = ascii('postfix/');
const QUEUE_ACTIVE = ascii('(queue active)');
const REMOVED = ascii('removed');
const FROM = ascii('from=<');
const MESSAGE_ID = ascii('message-id=<');
const STATUS = ascii(' status=');

/** Programs of which every line is noise to a summary (postfix.ts gives them NO_REPLY and no counted event). */
const QUIET_PROGRAMS = ['anvil', 'scache', 'tlsmgr', 'master', 'dnsblog', 'bounce'].map(ascii);
const SMTPD = ['smtpd', 'postscreen'].map(ascii);
const DELIVERY = ['smtp', 'lmtp', 'local', 'virtual', 'pipe', 'error', 'retry', 'discard'].map(ascii);
const QMGR = ascii('qmgr');
const CLEANUP = ascii('cleanup');
const PICKUP = ascii('pickup');
const CLIENT_EQ = ascii('client=');
const UID_EQ = ascii('uid=');
const SENDER_EQ = ascii('sender=');

function at(buf: Uint8Array, pos: number, end: number, word: Uint8Array): boolean {
  if (pos + word.length > end) return false;
  for (let i = 0; i < word.length; i++) if (buf[pos + i] !== word[i]) return false;
  return true;
}

function named(buf: Uint8Array, from: number, to: number, names: Uint8Array[]): boolean {
  for (const n of names) if (to - from === n.length && at(buf, from, to, n)) return true;
  return false;
}

function indexIn(buf: Uint8Array, byte: number, from: number, end: number): number {
  for (let i = from; i < end; i++) if (buf[i] === byte) return i;
  return -1;
}

function contains(buf: Uint8Array, from: number, end: number, word: Uint8Array): boolean {
  const first = word[0];
  for (let i = from; i + word.length <= end; i++) if (buf[i] === first && at(buf, i, end, word)) return true;
  return false;
}

/**
 * When the line buf[start, end) is Postfix noise to a summary: where its host name starts (the time stamp
 * is buf[start, that - 1)). Otherwise -1, and the line must be read as text.
 */
export function postfixNoise(buf: Uint8Array, start: number, end: number): number {
  const r = postfixQuiet(buf, start, end);
  return r >= 0 && (r & 1) === 0 ? r >> 1 : -1;
}

/**
 * postfixNoise, and also a message received (smtpd/postscreen "QUEUEID: client=...", pickup "QUEUEID:
 * uid=..." or "sender=..."), which postfix.ts shapes as received with no reply: a summary counts it and
 * its hour, nothing else. -1 for any other line; else (host << 1) | 1 for a received message, host << 1
 * for noise, host being where the host name starts.
 */
export function postfixQuiet(buf: Uint8Array, start: number, end: number): number {
  // "Nov 28 06:25:01 host postfix/smtpd[123]: ..." or "2026-11-28T06:25:01.123+00:00 host postfix/..."
  if (end - start < 24) return -1;
  let host: number;
  if (buf[start + 3] === 32 && buf[start + 6] === 32 && buf[start + 9] === 58 && buf[start + 15] === 32) host = start + 16;
  else if (buf[start] >= 48 && buf[start] <= 57 && buf[start + 4] === 45 && buf[start + 10] === 84) {
    host = indexIn(buf, 32, start + 19, Math.min(end, start + 64)) + 1;
    if (host === 0) return -1;
  } else return -1;
  const hostEnd = indexIn(buf, 32, host, Math.min(end, host + 256));
  if (hostEnd < 0) return -1;
  const prog = hostEnd + 1;
  if (!at(buf, prog, end, POSTFIX)) return -1;
  const name = prog + POSTFIX.length;
  const open = indexIn(buf, 91, name, Math.min(end, name + 32)); // "["
  if (open < 0) return -1;
  const close = indexIn(buf, 93, open, Math.min(end, open + 16)); // "]"
  if (close < 0 || close + 3 > end || buf[close + 1] !== 58 || buf[close + 2] !== 32) return -1;
  // no other "/" or space in the daemon's name (postfix-out/smtp and such go the whole way)
  for (let i = name; i < close; i++) if (buf[i] === 47 || buf[i] === 32) return -1;
  const msg = close + 3;
  const noise = host * 2;
  if (named(buf, name, open, QUIET_PROGRAMS)) return noise;
  // A queue id ("4F2D1A1B2C: "): a word of at most 20 characters ending in ":".
  const space = indexIn(buf, 32, msg, Math.min(end, msg + 22));
  const body = space > msg + 1 && buf[space - 1] === 58 ? space + 1 : -1;
  if (named(buf, name, open, SMTPD)) {
    if (body >= 0) return at(buf, body, end, CLIENT_EQ) ? noise + 1 : -1;
    for (const w of SMTPD_NOISE) if (at(buf, msg, end, w)) return noise;
    // as postfix.ts reads it: a TLS notice is looked for only where no other layout's first letter stands
    return !NOT_TLS_FIRST.includes(buf[msg]) && tlsEstablished(buf, msg, end) ? noise : -1;
  }
  if (named(buf, name, open, DELIVERY)) {
    if (body >= 0) return -1;
    return at(buf, msg, end, CONNECT_TO) || tlsEstablished(buf, msg, end) ? noise : -1;
  }
  if (open - name === PICKUP.length && at(buf, name, open, PICKUP)) {
    return body >= 0 && (at(buf, body, end, UID_EQ) || at(buf, body, end, SENDER_EQ)) ? noise + 1 : noise;
  }
  if (body < 0) return -1;
  if (open - name === QMGR.length && at(buf, name, open, QMGR)) {
    if (end - body === REMOVED.length && at(buf, body, end, REMOVED)) return noise;
    // "from=<a@b>, size=1234, nrcpt=1 (queue active)"; "from=<>, status=expired, returned to sender" counts
    if (at(buf, body, end, FROM) && end - QUEUE_ACTIVE.length > body && at(buf, end - QUEUE_ACTIVE.length, end, QUEUE_ACTIVE) && !contains(buf, body, end, STATUS)) return noise;
    return -1;
  }
  if (open - name === CLEANUP.length && at(buf, name, open, CLEANUP)) return at(buf, body, end, MESSAGE_ID) ? noise : -1;
  return -1;
}

/** "Anonymous TLS connection established from ...", "Trusted TLS connection established to ...". */
function tlsEstablished(buf: Uint8Array, msg: number, end: number): boolean {
  const sp = indexIn(buf, 32, msg, Math.min(end, msg + 12));
  return sp > 0 && at(buf, sp, end, TLS_ESTABLISHED);
}
