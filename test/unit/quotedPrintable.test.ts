// Quoted-printable decoding for the recognizer: the mode switches, soft line breaks, and the position map from
// the decoded logical line back to the physical lines and columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeQuotedPrintable, endsQuotedPrintable, softBreakAt, transferEncodingOf } from '../../server/src/core/quotedPrintable';

test('transferEncodingOf reads the header in any case, and only the header', () => {
  assert.equal(transferEncodingOf('Content-Transfer-Encoding: quoted-printable'), 'quoted-printable');
  assert.equal(transferEncodingOf('content-transfer-encoding:Quoted-Printable '), 'quoted-printable');
  assert.equal(transferEncodingOf('Content-Transfer-Encoding: 7bit'), 'other');
  assert.equal(transferEncodingOf('Content-Transfer-Encoding: base64'), 'other');
  assert.equal(transferEncodingOf('Content-Type: text/plain; charset=utf-8'), null);
  assert.equal(transferEncodingOf('Nov 28 mx postfix/cleanup[1]: warning: header Content-Transfer-Encoding: quoted-printable'), null);
});

test('endsQuotedPrintable: MIME boundaries and the next mbox message, not signatures or rules of dashes', () => {
  for (const line of ['--b1_4f2a', '--b1_4f2a--', '------=_Part_1234_5678.1700000000000', '--00000000000012ab34cd  ', 'From MAILER-DAEMON Sat Nov 28 06:00:00 2026']) {
    assert.ok(endsQuotedPrintable(line), line);
  }
  for (const line of ['-- ', '--', '------------------------------', '----- Original message -----', '-- Anna', 'From: a@example.com', '- item']) {
    assert.ok(!endsQuotedPrintable(line), line);
  }
});

test('softBreakAt: an "=" ending the line, blanks after it allowed', () => {
  assert.equal(softBreakAt('said: 45='), 8);
  assert.equal(softBreakAt('said: 45=  \t'), 8);
  assert.equal(softBreakAt('a=3D'), -1);
  assert.equal(softBreakAt(''), -1);
});

test('decodeQuotedPrintable joins soft-broken pieces and maps every unit back to its line and columns', () => {
  const d = decodeQuotedPrintable(['said: 45=', '1 4.7=', '.1 x=3Dy wasn=E2=80=99t =ZZ']);
  assert.equal(d.text, 'said: 451 4.7.1 x=y wasn\u2019t =ZZ');
  const at = (needle: string) => {
    const i = d.text.indexOf(needle);
    return [d.piece[i], d.column[i], d.endColumn[i]];
  };
  assert.deepEqual(at('45'), [0, 6, 7]);
  assert.deepEqual(at('1 4'), [1, 0, 1]);
  assert.deepEqual(at('.1 x'), [2, 0, 1]);
  assert.deepEqual(at('=y'), [2, 4, 7], '"=3D" is one "=" decoded from three columns');
  assert.deepEqual(at('\u2019'), [2, 13, 22], 'a UTF-8 sequence is one character from all its escapes');
  assert.deepEqual(at('=ZZ'), [2, 24, 25], 'an "=" that starts no escape stays');
  assert.equal(d.text.length, d.piece.length);
  assert.equal(d.text.length, d.column.length);
});

test('decodeQuotedPrintable: a byte that is no UTF-8 reads as Latin-1, an astral character is two units', () => {
  assert.equal(decodeQuotedPrintable(['caf=E9 =F0=9F=93=A7']).text, 'caf\u00e9 \u{1F4E7}');
  const d = decodeQuotedPrintable(['=F0=9F=93=A7']);
  assert.deepEqual([d.column[0], d.endColumn[0], d.column[1], d.endColumn[1]], [0, 12, 0, 12]);
});
