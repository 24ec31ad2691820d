// Reply text patterns: masking what varies between otherwise equal replies, so that they group into one row.

const MAX_PATTERN_CHARS = 160;

/**
 * The reply text with what varies masked: addresses become <ADDRESS>, IP addresses IP, numbers N,
 * long ids ID. Trailing Postfix context ("(in reply to RCPT TO command)", "; from=<...> to=<...>") is cut.
 */
export function replyPattern(text: string): string {
  let end = Math.min(text.length, 4 * MAX_PATTERN_CHARS);
  let cut = text.indexOf('; from=<');
  if (cut >= 0 && cut < end) end = cut;
  cut = text.indexOf(' (in reply to ');
  if (cut >= 0 && cut < end) end = cut;
  // Words are joined by one space. Plain words (no digit, "@" or "<": most of them) that stand one space
  // apart in the text are copied as one slice, so a reply of plain words costs one substring, not one per word.
  let out = '';
  let runFrom = -1;
  let runTo = -1;
  /** The last word out when it is N or ID (a repeat of either is dropped), else ''. */
  let lastMask = '';
  let length = 0;
  let i = 0;
  while (i < end && length <= MAX_PATTERN_CHARS) {
    const gap = i;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    if (i >= end) break;
    let j = i;
    let plain = text.charCodeAt(i) !== 60;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (isSpace(c)) break;
      if ((c >= 48 && c <= 57) || c === 64) plain = false;
      j++;
    }
    if (plain) {
      const isMaskWord = (j - i === 1 && text.charCodeAt(i) === 78) || (j - i === 2 && text.charCodeAt(i) === 73 && text.charCodeAt(i + 1) === 68);
      if (isMaskWord && lastMask !== '' && text.startsWith(lastMask, i)) {
        i = j;
        continue;
      }
      if (runFrom >= 0 && gap === runTo && i - gap === 1 && text.charCodeAt(gap) === 32) runTo = j;
      else {
        if (runFrom >= 0) out = out === '' ? text.slice(runFrom, runTo) : out + ' ' + text.slice(runFrom, runTo);
        runFrom = i;
        runTo = j;
      }
      lastMask = isMaskWord ? text.slice(i, j) : '';
      length += j - i + 1;
      i = j;
      continue;
    }
    let m = text.slice(i, j);
    // "... go to 550 5.1.1 https://..." inside a wrapped multi-line reply is line noise, not text.
    if (j - i === 3 && BASIC_WORD.test(m)) {
      let k = j;
      while (k < end && isSpace(text.charCodeAt(k))) k++;
      let l = k;
      while (l < end && !isSpace(text.charCodeAt(l))) l++;
      if (l > k && text.charCodeAt(k) === text.charCodeAt(i) && ENHANCED_WORD.test(text.slice(k, l))) {
        i = l;
        continue;
      }
    }
    m = maskWord(m);
    i = j;
    if (m === '') continue;
    if (m === lastMask && (m === 'N' || m === 'ID')) continue;
    if (runFrom >= 0) {
      out = out === '' ? text.slice(runFrom, runTo) : out + ' ' + text.slice(runFrom, runTo);
      runFrom = -1;
    }
    out = out === '' ? m : out + ' ' + m;
    lastMask = m === 'N' || m === 'ID' ? m : '';
    length += m.length + 1;
  }
  if (runFrom >= 0) out = out === '' ? text.slice(runFrom, runTo) : out + ' ' + text.slice(runFrom, runTo);
  let p = out;
  // An unbalanced ")" left over from "status=deferred (... said: 450 ...)".
  while (p.endsWith(')') && count(p, '(') < count(p, ')')) p = p.slice(0, -1);
  if (p.length > MAX_PATTERN_CHARS) p = p.slice(0, MAX_PATTERN_CHARS - 1) + '…';
  return p;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160;
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

const BASIC_WORD = /^[2-5]\d\d$/;
const ENHANCED_WORD = /^[245]\.\d{1,3}\.\d{1,3}$/;
const LEADING = '<([{"\'';
const TRAILING = '>)]}"\',;:.!?';

function maskWord(word: string): string {
  let a = 0;
  let b = word.length;
  while (a < b && LEADING.includes(word[a])) a++;
  while (b > a && TRAILING.includes(word[b - 1])) b--;
  // "host[1.2.3.4]": the closing bracket belongs to the host, not to the sentence.
  if (b < word.length && word.charCodeAt(b) === 93 && word.lastIndexOf('[', b) >= a) b++;
  const core = word.slice(a, b);
  if (core === '') return word;
  let masked = maskCore(core);
  // "<mail.example.com>": a HELO name or similar in angle brackets, specific to one client.
  if (masked === core && a > 0 && word.charCodeAt(a - 1) === 60 && core.includes('.') && !core.includes(' ')) masked = 'HOST';
  if (masked === core) return word;
  return masked === '' ? '' : word.slice(0, a) + masked + word.slice(b);
}

function maskCore(core: string): string {
  if (core.includes('@')) return 'ADDRESS';
  let digits = 0;
  let letters = 0;
  let dots = 0;
  let colons = 0;
  let hexOnly = true;
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      letters++;
      if (!((c >= 65 && c <= 70) || (c >= 97 && c <= 102))) hexOnly = false;
    } else if (c === 46) dots++;
    else if (c === 58) colons++;
    else hexOnly = false;
  }
  if (digits === 0) return core;
  // host[1.2.3.4] or host[1.2.3.4]:25
  const open = core.indexOf('[');
  if (open >= 0) {
    const close = core.indexOf(']', open);
    const rest = close >= 0 ? core.slice(close + 1) : '';
    // a port after the address (":25") varies as much as the address
    return (open > 0 ? maskCore(core.slice(0, open)) : '') + '[IP]' + (rest === '' || /^:\d+$/.test(rest) ? '' : maskCore(rest));
  }
  // 550-5.7.1 inside a wrapped multi-line reply is line noise
  if (/^[2-5]\d\d-[245]\.\d{1,3}\.\d{1,3}$/.test(core)) return '';
  if (ENHANCED_WORD.test(core)) return core;
  if (letters === 0 && dots === 3 && colons <= 1) return 'IP';
  // IPv6 ("2001:db8::25"), but not a time of day ("00:05:00")
  if (colons >= 2 && hexOnly && (letters > 0 || colons >= 3 || core.includes('::'))) return 'IP';
  if (letters === 0) return 'N';
  if (digits >= 3 && (digits * 3 >= core.length || (core.length >= 10 && dots === 0))) return 'ID';
  return core.replace(/\d+/g, 'N');
}
