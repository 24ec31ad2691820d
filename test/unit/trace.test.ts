// Following a message: every line of it and nothing else, and its story, on logs counted by hand
// (test/fixtures/trace: Postfix with an amavis content-filter hop and a bounce notification, Exim with a
// bounce message, Sendmail with a DSN, OpenSMTPD with its sessions). Also the index kept current through
// edits: after any edit it answers what an index built from the final text answers.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  MessageIndex,
  fateCounts,
  indexMessages,
  parseTraceKey,
  stampSeconds,
  traceKeyAt,
  traceMessage,
  type MessageStory,
  type TraceKey,
} from '../../server/src/core/trace';
import { storyMarkdown } from '../../server/src/core/traceText';
import { ROOT } from './support';

function linesOf(file: string): string[] {
  const lines = readFileSync(join(ROOT, 'test/fixtures/trace', file), 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function trace(lines: string[], key: TraceKey): MessageStory[] {
  return traceMessage(indexMessages(lines), key, (l) => lines[l], 'en');
}

function only(lines: string[], key: TraceKey): MessageStory {
  const stories = trace(lines, key);
  assert.equal(stories.length, 1, `one message for ${key.value}, got ${stories.length}`);
  return stories[0];
}

/** recipient -> [fate, attempts, deferrals] */
function fates(s: MessageStory): Record<string, [string, number, number]> {
  const out: Record<string, [string, number, number]> = {};
  for (const r of s.recipients) out[(r.notification ? 'notification ' : '') + r.address] = [r.fate, r.attempts.length, r.deferrals];
  return out;
}

describe('trace: Postfix with a content filter (amavis) and a bounce notification', () => {
  const lines = linesOf('postfix-filter.log');
  // 0-based lines of message 4B1C2D3E4F, its re-injection 5D6E7F8A9B and the bounce 6F7A8B9C0D; not the
  // smtpd connect/disconnect lines (no queue id) and not 7E8F9A0B1C (lines 5, 21, 27)
  const expected = [1, 2, 3, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 24, 25, 26];

  it('every line of the message and nothing else, from any of its keys', () => {
    for (const key of [
      { kind: 'queue-id', value: '4B1C2D3E4F' },
      { kind: 'queue-id', value: '5D6E7F8A9B' },
      { kind: 'queue-id', value: '6F7A8B9C0D' },
      { kind: 'message-id', value: '20261128090001.1@example.com' },
    ] as TraceKey[]) {
      assert.deepEqual(only(lines, key).lines, expected, key.value);
    }
  });

  it('the story: hops, sender, size, each recipient with its attempts and fate, time in the queue', () => {
    const s = only(lines, { kind: 'queue-id', value: '4B1C2D3E4F' });
    assert.deepEqual(
      s.hops.map((h) => [h.queueId, h.role, h.from]),
      [
        ['4B1C2D3E4F', 'origin', null],
        ['5D6E7F8A9B', 'hop', '4B1C2D3E4F'],
        ['6F7A8B9C0D', 'notification', '5D6E7F8A9B'],
      ],
    );
    assert.equal(s.sender, 'alice@example.com');
    assert.equal(s.size, 2048);
    assert.equal(s.entryLine, 1);
    assert.deepEqual(s.messageIds, ['20261128090001.1@example.com', '20261128090006.6F7A8B9C0D@mx1.example.com']);
    assert.deepEqual(fates(s), {
      'bob@example.net': ['delivered', 2, 0],
      'carol@slow.example.org': ['delivered', 4, 2],
      'dave@example.net': ['bounced', 2, 0],
      'notification alice@example.com': ['delivered', 1, 0],
    });
    assert.deepEqual(fateCounts(s), { delivered: 2, forwarded: 0, deferred: 0, bounced: 1, expired: 0, rejected: 0, pending: 0 });
    const carol = s.recipients.find((r) => r.address === 'carol@slow.example.org')!;
    assert.equal(carol.attempts[0].handedTo, '5D6E7F8A9B', 'the filter hop says where it handed the message');
    assert.deepEqual(
      carol.attempts.slice(1).map((a) => [a.time, a.relay, a.code, a.enhanced, a.title, a.delay]),
      [
        ['Nov 28 09:00:06', 'mx.slow.example.org', '451', '4.7.1', 'Delivery not authorized, message refused', '2.1'],
        ['Nov 28 09:05:06', 'mx.slow.example.org', '451', '4.7.1', 'Delivery not authorized, message refused', '302'],
        ['Nov 28 09:15:06', 'mx.slow.example.org', '250', '2.0.0', s.recipients[0].attempts[1].title, '902'],
      ],
    );
    assert.equal(s.queueSeconds, 905);
    assert.equal(s.finished, true);
    assert.equal(s.steps.length, expected.length);
  });

  it('an address names every message it took part in', () => {
    const stories = trace(lines, { kind: 'address', value: 'ZED@example.com' });
    assert.equal(stories.length, 1);
    assert.deepEqual(stories[0].lines, [5, 21, 27]);
    assert.deepEqual(trace(lines, { kind: 'address', value: 'alice@example.com' }).map((s) => s.queueIds[0]), ['4B1C2D3E4F']);
    assert.deepEqual(trace(lines, { kind: 'queue-id', value: 'NOSUCHID1' }), []);
  });

  it('the key under the cursor: queue id, linked id, Message-ID, address; nothing on a time or a host', () => {
    const at = (line: number, needle: string, offset = 1) => traceKeyAt(lines[line], lines[line].indexOf(needle) + offset);
    assert.deepEqual(at(1, '4B1C2D3E4F'), { kind: 'queue-id', value: '4B1C2D3E4F', start: 41, end: 51 });
    assert.equal(at(11, 'queued as 5D6E', 12)?.value, '5D6E7F8A9B');
    assert.equal(at(2, '20261128090001.1@')?.kind, 'message-id');
    assert.deepEqual(at(3, 'alice@'), { kind: 'address', value: 'alice@example.com', start: 58, end: 75 });
    assert.equal(at(10, 'Queue-ID: 4B1C', 12)?.value, '4B1C2D3E4F');
    assert.equal(at(10, 'queued_as: 5D6E', 13)?.value, '5D6E7F8A9B');
    assert.equal(at(1, '09:00:01'), null);
    assert.equal(at(15, 'mx.example.net'), null);
    assert.equal(at(0, 'client.example.com'), null);
  });
});

describe('trace: Exim', () => {
  const lines = linesOf('exim.mainlog');
  it('every line of the message and its bounce message (R=), nothing else', () => {
    const expected = [0, 2, 3, 4, 6, 7, 9, 10, 11, 12, 13];
    assert.deepEqual(only(lines, { kind: 'queue-id', value: '1tQ5aB-000Xyz-1A' }).lines, expected);
    assert.deepEqual(only(lines, { kind: 'queue-id', value: '1tQ5aD-000Def-3C' }).lines, expected);
    assert.deepEqual(only(lines, { kind: 'queue-id', value: '1tQ5aC-000Abc-2B' }).lines, [1, 5, 8]);
  });
  it('the story', () => {
    const s = only(lines, { kind: 'message-id', value: '20261128110001.1@example.com' });
    assert.deepEqual(s.hops.map((h) => [h.queueId, h.role]), [
      ['1tQ5aB-000Xyz-1A', 'origin'],
      ['1tQ5aD-000Def-3C', 'notification'],
    ]);
    assert.equal(s.sender, 'alice@example.com');
    assert.equal(s.size, 2345);
    assert.deepEqual(fates(s), {
      'bob@example.net': ['delivered', 1, 0],
      'bob2@example.net': ['delivered', 1, 0],
      'carol@slow.example.org': ['delivered', 3, 2],
      'dave@example.net': ['bounced', 1, 0],
      'notification alice@example.com': ['delivered', 1, 0],
    });
    const dave = s.recipients.find((r) => r.address === 'dave@example.net')!;
    assert.deepEqual([dave.attempts[0].code, dave.attempts[0].enhanced, dave.attempts[0].relay], ['550', '5.1.1', 'mx.example.net']);
    assert.equal(s.queueSeconds, 1202);
    assert.equal(s.finished, true);
  });
});

describe('trace: Sendmail', () => {
  const lines = linesOf('sendmail.maillog');
  it('every line of the message and its DSN, nothing else', () => {
    assert.deepEqual(only(lines, { kind: 'queue-id', value: '5ASA01aa003001' }).lines, [0, 2, 3, 5, 6, 7, 8, 9]);
    assert.deepEqual(only(lines, { kind: 'queue-id', value: '5ASA01bb003005' }).lines, [1, 4]);
  });
  it('the story', () => {
    const s = only(lines, { kind: 'queue-id', value: '5ASA01aa003001' });
    assert.equal(s.sender, 'alice@example.com');
    assert.equal(s.size, 1500);
    assert.deepEqual(fates(s), {
      'bob@example.net': ['delivered', 1, 0],
      'carol@slow.example.org': ['delivered', 3, 2],
      'dave@example.net': ['bounced', 1, 0],
      'notification alice@example.com': ['delivered', 1, 0],
    });
    assert.equal(s.queueSeconds, 3602);
    assert.equal(s.finished, false, 'Sendmail logs no removal from the queue');
  });
});

describe('trace: OpenSMTPD', () => {
  const lines = linesOf('opensmtpd.maillog');
  it('the message with its session lines, nothing of the other session', () => {
    assert.deepEqual(only(lines, { kind: 'queue-id', value: '4b1c62a0' }).lines, [0, 2, 3, 4, 6, 7, 8, 10]);
    assert.deepEqual(only(lines, { kind: 'queue-id', value: '7d3e12a0' }).lines, [1, 5, 9]);
  });
  it('the story', () => {
    const s = only(lines, { kind: 'queue-id', value: '4b1c62a0' });
    assert.equal(s.sender, 'alice@example.com');
    assert.equal(s.size, 2200);
    assert.deepEqual(fates(s), {
      'bob@example.net': ['delivered', 1, 0],
      'carol@slow.example.org': ['bounced', 2, 1],
    });
    assert.equal(s.entryLine, 2);
    assert.equal(s.queueSeconds, 602);
  });
  it('the cursor on an envelope id means its message', () => {
    const line = lines[7];
    assert.equal(traceKeyAt(line, line.indexOf('evpid=') + 14)?.value, '4b1c62a0');
  });
});

describe('MessageIndex through edits', () => {
  const lines = linesOf('postfix-filter.log');
  const answer = (index: MessageIndex, text: string[], id: string) => traceMessage(index, { kind: 'queue-id', value: id }, (l) => text[l], 'en').map((s) => s.lines);

  it('inserting, deleting and changing lines answers as a fresh index of the result', () => {
    const text = [...lines];
    const index = indexMessages(text);
    const edits: Array<[number, number, string[]]> = [
      [0, 0, ['noise line', 'Nov 28 08:59:00 mx1 postfix/qmgr[2103]: 4B1C2D3E4F: from=<alice@example.com>, size=2048, nrcpt=3 (queue active)']],
      [10, 12, []],
      [5, 6, [text[5].replace('7E8F9A0B1C', '4B1C2D3E4F')]],
      // the bounce line goes: the notification is no longer part of the message
      [20, 21, ['changed']],
    ];
    for (const [start, end, repl] of edits) {
      const old = text.slice(start, end);
      text.splice(start, end - start, ...repl);
      index.replaceLines(start, old, repl);
      const fresh = indexMessages(text);
      for (const id of ['4B1C2D3E4F', '5D6E7F8A9B', '6F7A8B9C0D', '7E8F9A0B1C']) {
        assert.deepEqual(answer(index, text, id), answer(fresh, text, id), `${id} after edit at ${start}`);
      }
    }
    assert.equal(index.indexedLines, indexMessages(text).indexedLines);
  });
});

describe('small parts', () => {
  it('parses a key typed by a person', () => {
    assert.deepEqual(parseTraceKey('4B1C2D3E4F'), { kind: 'queue-id', value: '4B1C2D3E4F' });
    assert.deepEqual(parseTraceKey('<x@y>'), { kind: 'message-id', value: 'x@y' });
    assert.deepEqual(parseTraceKey('Alice@Example.com'), { kind: 'address', value: 'alice@example.com' });
    assert.equal(parseTraceKey('a b'), null);
  });
  it('reads time stamps', () => {
    assert.equal(stampSeconds('Mar  3 08:00:05')! - stampSeconds('Mar  3 08:00:01')!, 4);
    assert.equal(stampSeconds('2026-11-28T06:25:01.5+01:00')! - stampSeconds('2026-11-28 05:25:01')!, 0.5);
    assert.equal(stampSeconds('yesterday'), null);
  });
  it('writes a message size with the digits grouped as the locale groups them', () => {
    const lines = ['Nov 28 08:59:00 mx1 postfix/qmgr[2103]: 4B1C2D3E4F: from=<alice@example.com>, size=1234567, nrcpt=1 (queue active)'];
    const [story] = trace(lines, { kind: 'queue-id', value: '4B1C2D3E4F' });
    assert.match(storyMarkdown(story, 'en'), /1,234,567/);
    // Markdown escapes the dots
    assert.match(storyMarkdown(traceMessage(indexMessages(lines), { kind: 'queue-id', value: '4B1C2D3E4F' }, (l) => lines[l], 'id')[0], 'id'), /1\\\.234\\\.567 bita/);
  });
});
