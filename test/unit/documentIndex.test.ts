// The per-document index must give after any sequence of edits exactly what a fresh scan of the final text
// gives, while re-scanning only the lines an edit can affect.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ReplyIndex, type LineScanner } from '../../server/src/core/documentIndex';
import { scanText, groupReplies } from '../../server/src/core/scanner';
import { replyClassOf } from '../../server/src/core/codes';
import type { Reply, ReplyFinding } from '../../server/src/core/types';

// A small scanner with the real one's contract: a carried state (inside a transcript between BEGIN and END
// lines, bare "250-..." lines are replies; outside, only "said: 550 ..." is) and multi-line replies.
interface FakeState {
  transcript: boolean;
}
const fakeScanner: LineScanner = {
  initialState: { transcript: false } as never,
  sameScanState: (a, b) => (a as unknown as FakeState).transcript === (b as unknown as FakeState).transcript,
  scanLine(text, line, state) {
    const s = state as unknown as FakeState;
    if (text === 'BEGIN') return { findings: [], state: { transcript: true } as never };
    if (text === 'END') return { findings: [], state: { transcript: false } as never };
    const m = s.transcript ? /^([2-5][0-5]\d)([ -])(.*)$/.exec(text) : /said: ([2-5][0-5]\d)( )(.*)$/.exec(text);
    if (!m) return { findings: [], state };
    const start = m.index + (s.transcript ? 0 : 'said: '.length);
    const f: ReplyFinding = {
      line,
      code: m[1],
      codeStart: start,
      codeEnd: start + 3,
      enhanced: null,
      enhancedStart: 0,
      enhancedEnd: 0,
      text: m[3],
      command: null,
      continued: m[2] === '-',
      remoteHost: null,
    };
    return { findings: [f], state };
  },
  groupReplies(findings) {
    const out: Reply[] = [];
    for (const f of findings) {
      const last = out[out.length - 1];
      const prev = last?.parts[last.parts.length - 1];
      if (last && prev && prev.continued && prev.line + 1 === f.line && prev.code === f.code) {
        last.parts.push(f);
        last.text += ' ' + f.text;
      } else {
        out.push({ parts: [f], code: f.code, enhanced: null, replyClass: replyClassOf(f.code ?? '5'), text: f.text, command: null, remoteHost: null });
      }
    }
    return out;
  },
};

/** A seeded generator, so a failing sequence can be replayed. */
function random(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const PIECES = ['BEGIN', 'END', '250-PIPELINING', '250-SIZE 1000', '250 OK', '451 4.7.1 later', '550-5.7.1 no', '550 5.7.1 no', 'x said: 550 unknown user', 'noise 12345', ''];

function randomLine(rnd: () => number): string {
  return PIECES[Math.floor(rnd() * PIECES.length)];
}

/** What a person would see: each reply's lines, code, text and class; plus the counts. */
function view(index: ReplyIndex): string {
  index.scanAll();
  assert.deepEqual([...index.iterateReplies()], index.replies(), 'both ways of walking the replies agree');
  const replies = index.replies().map((r) => `${r.parts.map((p) => `${p.line}:${p.codeStart}`).join(',')} ${r.code} ${r.replyClass} ${r.text}`);
  // What a hover finds on each line must be the same reply as the whole-document grouping has.
  const hovered: string[] = [];
  for (let line = 0; line < index.lineCount; line++) {
    for (const f of index.findingsAt(line)) {
      const hit = index.replyAt({ line, character: f.code !== null ? f.codeStart : f.enhancedStart });
      hovered.push(hit ? hit.reply.parts.map((p) => p.line).join(',') : 'none');
    }
  }
  return JSON.stringify({ replies, hovered, lines: index.lineCount });
}

function counts(index: ReplyIndex): { transient: number; permanent: number } {
  const replies = index.replies();
  return {
    transient: replies.filter((r) => r.replyClass === 'transient-negative').length,
    permanent: replies.filter((r) => r.replyClass === 'permanent-negative').length,
  };
}

function textOf(lines: string[]): string {
  return lines.join('\n');
}

describe('ReplyIndex', () => {
  it('random edits give the same replies as a full re-scan of the final text', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const rnd = random(seed);
      const lines = Array.from({ length: 40 }, () => randomLine(rnd));
      const index = new ReplyIndex(textOf(lines), fakeScanner);
      // Half the runs edit while the initial pass is still going.
      if (seed % 2 === 0) index.scanAll();
      for (let step = 0; step < 40; step++) {
        const text = textOf(lines);
        const lineCount = lines.length;
        const sl = Math.floor(rnd() * lineCount);
        const el = Math.min(lineCount - 1, sl + Math.floor(rnd() * 3));
        const sc = Math.floor(rnd() * (lines[sl].length + 1));
        const ec = sl === el ? sc + Math.floor(rnd() * (lines[el].length - sc + 1)) : Math.floor(rnd() * (lines[el].length + 1));
        const inserted = Array.from({ length: Math.floor(rnd() * 3) }, () => randomLine(rnd)).join('\n') + (rnd() < 0.5 ? '\n' : '');
        // Apply to the reference text.
        const offsets = [0];
        for (const l of lines) offsets.push(offsets[offsets.length - 1] + l.length + 1);
        const startOff = offsets[sl] + sc;
        const endOff = offsets[el] + ec;
        const next = text.slice(0, startOff) + inserted + text.slice(endOff);
        index.applyChange({ start: { line: sl, character: sc }, end: { line: el, character: ec } }, inserted);
        lines.splice(0, lines.length, ...next.split('\n'));
        if (step % 7 === 3) index.scanMore(5);
        const fresh = new ReplyIndex(next, fakeScanner);
        assert.equal(view(index), view(fresh), `seed ${seed}, step ${step}`);
      }
    }
  });

  it('with the real scanner, random edits of a mixed log and transcript equal a full re-scan', () => {
    const pool = [
      'S: 220 mx.example.net ESMTP ready',
      'C: EHLO client.example',
      'S: 250-mx.example.net',
      'S: 250-PIPELINING',
      'S: 250 SIZE 10240000',
      'C: MAIL FROM:<alice@example.org>',
      'C: RCPT TO:<bob@example.net>',
      'S: 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown',
      'S: 451 4.7.1 Greylisted, try again later',
      'C: DATA',
      'S: 354 End data with <CR><LF>.<CR><LF>',
      'Subject: 550 is not a reply here',
      '.',
      'C: QUIT',
      'S: 221 2.0.0 Bye',
      'Nov 28 06:12:03 mx postfix/smtp[9001]: 4F2A1B3C9D: to=<c@example.com>, relay=mx.example.com[198.51.100.7]:25, dsn=5.1.1, status=bounced (host mx.example.com[198.51.100.7] said: 550 5.1.1 <c@example.com>: User unknown (in reply to RCPT TO command))',
      'Nov 28 06:12:02 mx postfix/smtpd[8738]: NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 450 4.7.1 Client host rejected: cannot find your hostname',
      'Nov 28 06:12:01 mx postfix/smtpd[8738]: connect from mail.example.org[203.0.113.5]',
      '550-5.7.1 [203.0.113.5] Our system has detected an unusual rate of',
      '550-5.7.1 unsolicited mail originating from your IP address.',
      '550 5.7.1 https://support.google.com/mail/?p=UnsolicitedRateLimitError',
    ];
    for (let seed = 1; seed <= 30; seed++) {
      const rnd = random(seed * 7919);
      const pick = () => pool[Math.floor(rnd() * pool.length)];
      let lines = Array.from({ length: 60 }, pick);
      const index = new ReplyIndex(textOf(lines));
      index.scanAll();
      for (let step = 0; step < 30; step++) {
        const sl = Math.floor(rnd() * lines.length);
        const el = Math.min(lines.length - 1, sl + Math.floor(rnd() * 3));
        const inserted = Array.from({ length: Math.floor(rnd() * 3) }, pick);
        // Whole-line edits: replace lines sl..el (end of el) with the inserted lines, as an editor would.
        const text = inserted.length > 0 ? inserted.join('\n') : '';
        index.applyChange({ start: { line: sl, character: 0 }, end: { line: el, character: lines[el].length } }, text);
        lines = [...lines.slice(0, sl), ...(inserted.length > 0 ? inserted : ['']), ...lines.slice(el + 1)];
        assert.equal(view(index), view(new ReplyIndex(textOf(lines))), `seed ${seed}, step ${step}`);
      }
      // And the same replies as the scanner's own whole-text entry point gives.
      const whole = groupReplies(scanText(textOf(lines))).map((r) => `${r.parts.map((p) => `${p.line}:${p.codeStart}`).join(',')} ${r.code} ${r.replyClass} ${r.text}`);
      assert.deepEqual(JSON.parse(view(index)).replies, whole, `seed ${seed}: the index agrees with scanText`);
    }
  });

  it('with the real scanner, random edits of a quoted-printable bounce equal a full re-scan', () => {
    const pool = [
      'Content-Transfer-Encoding: quoted-printable',
      '--b1_4f2a',
      '',
      'Your message to uma@example.org was deferred. The server said: 45=',
      '1 4.7.1 Greylisted, please try again in 300 seconds',
      'host mx.example.org[192.0.2.5] said=',
      ': 552 5.2=',
      '.2 <vic@example.org>: mailbox full (in reply to RCPT TO command)',
      'Diagnostic-Code: sm=',
      'tp; 554 5.7.1 Message rejected as spam',
      'The remote server said: 550-5.1.1 The email account that=',
      ' you tried to reach does not exist.',
      '<p style=3D"color: #555">The server said: <b>550 5.1.1</b> no such user =',
      'NTUwIDUuMS4xIFRoaXMgaXMgYmFzZTY0=',
      'Nov 28 06:12:02 mx postfix/smtpd[8738]: NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 450 4.7.1 Client host rejected',
    ];
    for (let seed = 1; seed <= 30; seed++) {
      const rnd = random(seed * 104729);
      const pick = () => pool[Math.floor(rnd() * pool.length)];
      let lines = ['Content-Transfer-Encoding: quoted-printable', ...Array.from({ length: 40 }, pick)];
      const index = new ReplyIndex(textOf(lines));
      if (seed % 2 === 0) index.scanAll();
      for (let step = 0; step < 30; step++) {
        const sl = Math.floor(rnd() * lines.length);
        const el = Math.min(lines.length - 1, sl + Math.floor(rnd() * 3));
        const inserted = Array.from({ length: Math.floor(rnd() * 3) }, pick);
        const text = inserted.length > 0 ? inserted.join('\n') : '';
        index.applyChange({ start: { line: sl, character: 0 }, end: { line: el, character: lines[el].length } }, text);
        lines = [...lines.slice(0, sl), ...(inserted.length > 0 ? inserted : ['']), ...lines.slice(el + 1)];
        if (step % 5 === 2) index.scanMore(3);
        assert.equal(view(index), view(new ReplyIndex(textOf(lines))), `seed ${seed}, step ${step}`);
      }
      const whole = groupReplies(scanText(textOf(lines))).map((r) => `${r.parts.map((p) => `${p.line}:${p.codeStart}`).join(',')} ${r.code} ${r.replyClass} ${r.text}`);
      assert.deepEqual(JSON.parse(view(index)).replies, whole, `seed ${seed}: the index agrees with scanText`);
    }
  });

  it('quoted-printable: a hover lands on the characters of the original lines, and an edit re-scans the logical line', () => {
    const lines = [
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'The server said: 45=',
      '1 4.7.1 Greylisted',
      'Diagnostic-Code: sm=',
      'tp; 554 5.7.1 Rejected as spam',
      ...Array.from({ length: 50 }, () => 'plain text of the message'),
    ];
    const index = new ReplyIndex(textOf(lines));
    // 451 starts on line 2 (its "45" up to the soft break) and its 4.7.1 stands on line 3: one reply.
    const code = index.replyAt({ line: 2, character: 17 });
    assert.ok(code);
    assert.deepEqual([code.focus, code.start, code.end, code.reply.code, code.reply.enhanced], ['code', 17, 19, '451', '4.7.1']);
    const enhanced = index.replyAt({ line: 3, character: 3 });
    assert.deepEqual([enhanced?.focus, enhanced?.start, enhanced?.end, enhanced?.reply.code], ['enhanced', 2, 7, '451']);
    assert.equal(index.replyAt({ line: 2, character: 5 }), undefined);
    // "smtp;" joined across the break anchors the reply on line 5.
    index.scanAll();
    assert.deepEqual(index.findingsAt(5).map((f) => [f.code, f.codeStart, f.enhanced, f.enhancedStart]), [['554', 4, '5.7.1', 8]]);
    const before = index.stats().linesScanned;
    index.applyChange({ start: { line: 3, character: 2 }, end: { line: 3, character: 7 } }, '4.2.0');
    assert.deepEqual(index.findingsAt(3).map((f) => f.enhanced), ['4.2.0']);
    assert.equal(index.stats().linesScanned - before, 1, 'the last line of the logical line, from the state carried into it');
    index.applyChange({ start: { line: 2, character: 19 }, end: { line: 2, character: 20 } }, '');
    // Without the soft break line 2 is whole ("45" is no code) and line 3 is read alone.
    assert.deepEqual(index.findingsAt(2), []);
    assert.deepEqual(index.findingsAt(3).map((f) => [f.code, f.enhanced]), [], 'an enhanced code opening a line is no reply alone');
  });

  it('a one-line edit re-scans that line only when the carried state does not change', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => (i % 10 === 0 ? 'x said: 450 try later' : 'noise line'));
    const index = new ReplyIndex(textOf(lines), fakeScanner);
    index.scanAll();
    assert.deepEqual(counts(index), { transient: 1000, permanent: 0 });
    const before = index.stats().linesScanned;
    index.applyChange({ start: { line: 5001, character: 0 }, end: { line: 5001, character: 10 } }, 'x said: 550 no such user');
    assert.equal(index.stats().linesScanned - before, 1);
    assert.deepEqual(counts(index), { transient: 1000, permanent: 1 });
  });

  it('an edit that changes the carried state re-scans until the state matches again', () => {
    const lines = ['intro', '250-PIPELINING', '250 OK', 'END', ...Array.from({ length: 100 }, () => '250 OK')];
    const index = new ReplyIndex(textOf(lines), fakeScanner);
    index.scanAll();
    assert.equal(index.replies().length, 0, 'outside a transcript bare lines are not replies');
    const before = index.stats().linesScanned;
    index.applyChange({ start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }, 'BEGIN');
    // Lines 0..3 re-scanned (the END on line 3 restores the old state); line 4 onwards untouched.
    assert.equal(index.stats().linesScanned - before, 4);
    assert.deepEqual(index.replies().map((r) => r.parts.map((p) => p.line)), [[1, 2]], 'the two-line reply is one reply');
  });

  it('finds the reply under a position, on every line of a multi-line reply, and nothing elsewhere', () => {
    const index = new ReplyIndex(['BEGIN', '250-PIPELINING', '250 OK', 'noise 250'].join('\r\n'), fakeScanner);
    const hit = index.replyAt({ line: 2, character: 1 });
    assert.ok(hit);
    assert.equal(hit.focus, 'code');
    assert.deepEqual(hit.reply.parts.map((p) => p.line), [1, 2]);
    assert.deepEqual(index.replyAt({ line: 1, character: 0 })?.reply.parts.map((p) => p.line), [1, 2], 'the same reply from its first line');
    assert.equal(index.replyAt({ line: 2, character: 5 }), undefined);
    assert.equal(index.replyAt({ line: 3, character: 7 }), undefined);
    assert.equal(index.replyAt({ line: 99, character: 0 }), undefined, 'past the end');
    assert.equal(index.replyAt({ line: -1, character: 0 }), undefined);
  });

  it('clamps an edit past the end of the document instead of failing', () => {
    const index = new ReplyIndex('x said: 550 no', fakeScanner);
    index.applyChange({ start: { line: 40, character: 3 }, end: { line: 50, character: 0 } }, '\nx said: 451 later');
    assert.equal(view(index), view(new ReplyIndex('x said: 550 no\nx said: 451 later', fakeScanner)));
  });
});
