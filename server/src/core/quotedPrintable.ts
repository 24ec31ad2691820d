// Quoted-printable (RFC 2045 section 6.7) as bounce messages carry it: a body part whose lines end in a soft
// line break ("=" at the end, maybe followed by blanks) continues on the next line, and "=XX" stands for the
// byte XX. A server's reply in such a part can be split anywhere ("Diagnostic-Code: sm=" / "tp; 550 5.1.1",
// "said: 45=" / "1 4.7.1 ...", "5.2=" / ".2"), so the scanner reads the decoded logical line and maps every
// position back to the physical line and column it came from.
//
// Pure and small: which lines switch quoted-printable on and off, where a soft break stands, and the decoding
// of one logical line with its position map. The scanner carries the raw lines of an unfinished logical line
// in its state (see scanner.ts), so the per-line contract holds.

/** What a "Content-Transfer-Encoding:" header line says: quoted-printable, another encoding, or no such header. */
export function transferEncodingOf(line: string): 'quoted-printable' | 'other' | null {
  const c = line.charCodeAt(0);
  if (c !== 67 && c !== 99) return null; // C, c
  const name = 'content-transfer-encoding:';
  if (line.length < name.length || line.slice(0, name.length).toLowerCase() !== name) return null;
  return line.slice(name.length).trim().toLowerCase().startsWith('quoted-printable') ? 'quoted-printable' : 'other';
}

/**
 * A line that ends a quoted-printable part: a MIME boundary ("--b1_4f2a", "------=_Part_12--": two dashes, then
 * no blank anywhere and something other than dashes) or the "From " separator of the next message in an mbox.
 * A signature marker ("-- ") or a rule of dashes in the text is neither.
 */
export function endsQuotedPrintable(line: string): boolean {
  if (line.startsWith('From ')) return true;
  let e = line.length;
  while (e > 0 && (line.charCodeAt(e - 1) === 32 || line.charCodeAt(e - 1) === 9)) e--;
  if (e < 3 || line.charCodeAt(0) !== 45 || line.charCodeAt(1) !== 45) return false;
  let other = false;
  for (let i = 2; i < e; i++) {
    const c = line.charCodeAt(i);
    if (c === 32 || c === 9) return false;
    if (c !== 45) other = true;
  }
  return other;
}

/** Index of the "=" of a soft line break ending the line ("... does=", "... does=  "), or -1. */
export function softBreakAt(line: string): number {
  let e = line.length;
  while (e > 0 && (line.charCodeAt(e - 1) === 32 || line.charCodeAt(e - 1) === 9)) e--;
  return e > 0 && line.charCodeAt(e - 1) === 61 ? e - 1 : -1;
}

/** One logical line decoded from its physical pieces, with where each of its UTF-16 units came from. */
export interface DecodedLine {
  text: string;
  /** piece[i]: the index, among the pieces, of the physical line unit i came from. */
  piece: number[];
  /** column[i], endColumn[i]: the physical columns [column, endColumn) unit i was decoded from. */
  column: number[];
  endColumn: number[];
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** The byte of "=XX" at i of s, or -1. */
function escapedByte(s: string, i: number, end: number): number {
  if (i + 2 >= end || s.charCodeAt(i) !== 61) return -1;
  const h = hexValue(s.charCodeAt(i + 1));
  const l = hexValue(s.charCodeAt(i + 2));
  return h < 0 || l < 0 ? -1 : h * 16 + l;
}

/**
 * Decodes the pieces of one logical line: every piece but a last one without a soft break ends at its soft
 * break, "=XX" becomes its byte, and bytes that form UTF-8 become their character (any other byte its Latin-1
 * character), so "wasn=E2=80=99t" reads "wasn’t". An "=" that starts no escape stays as written.
 */
export function decodeQuotedPrintable(pieces: readonly string[]): DecodedLine {
  let text = '';
  const piece: number[] = [];
  const column: number[] = [];
  const endColumn: number[] = [];
  const push = (s: string, p: number, from: number, to: number) => {
    text += s;
    for (let k = 0; k < s.length; k++) {
      piece.push(p);
      column.push(from);
      endColumn.push(to);
    }
  };
  for (let p = 0; p < pieces.length; p++) {
    const s = pieces[p];
    const soft = softBreakAt(s);
    const end = soft >= 0 ? soft : s.length;
    let i = 0;
    while (i < end) {
      const c = s.charCodeAt(i);
      if (c !== 61) {
        // A run of plain characters at once.
        let j = i + 1;
        while (j < end && s.charCodeAt(j) !== 61) j++;
        for (let k = i; k < j; k++) {
          piece.push(p);
          column.push(k);
          endColumn.push(k + 1);
        }
        text += s.slice(i, j);
        i = j;
        continue;
      }
      const b = escapedByte(s, i, end);
      if (b < 0) {
        push('=', p, i, i + 1);
        i++;
        continue;
      }
      // A UTF-8 sequence: its lead byte says how many continuation bytes follow, each an "=XX" of its own.
      const more = b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : 0;
      let cp = more === 3 ? b & 0x07 : more === 2 ? b & 0x0f : b & 0x1f;
      let j = i + 3;
      let ok = more > 0 && b < 0xf8;
      for (let m = 0; ok && m < more; m++) {
        const cb = escapedByte(s, j, end);
        if (cb < 0x80 || cb > 0xbf) ok = false;
        else {
          cp = cp * 64 + (cb & 0x3f);
          j += 3;
        }
      }
      if (ok && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
        push(String.fromCodePoint(cp), p, i, j);
        i = j;
      } else {
        push(String.fromCharCode(b), p, i, i + 3);
        i += 3;
      }
    }
  }
  return { text, piece, column, endColumn };
}
