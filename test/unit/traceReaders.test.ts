// The reader fields the trace links messages by, one row per line shape: amavis' two queue ids, Exim's
// bounce reference, Postfix's "queued as" and notification ids, Sendmail's DSN id.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineFields } from '../../server/src/core/readers';

const ROWS: Array<{ line: string; expect: Partial<ReturnType<typeof lineFields>> }> = [
  {
    line: 'Nov 28 09:00:04 mx1 amavis[3001]: (03001-01) Passed CLEAN {RelayedOutbound}, [192.0.2.10]:41000 [192.0.2.10] <alice@example.com> -> <bob@example.net>,<carol@example.org>, Queue-ID: 4B1C2D3E4F, Message-ID: <m1@example.com>, mail_id: xYz, Hits: -1.1, size: 2048, queued_as: 5D6E7F8A9B, 1890 ms',
    expect: { format: 'amavis', event: null, queueId: '4B1C2D3E4F', linkedId: '5D6E7F8A9B', messageId: 'm1@example.com', sender: 'alice@example.com', recipient: 'bob@example.net', size: 2048, reason: 'Passed CLEAN {RelayedOutbound}' },
  },
  {
    line: 'Nov 28 09:00:04 mx1 amavis[3001]: (03001-02) Blocked SPAM {DiscardedInbound}, [192.0.2.9]:4100 [192.0.2.9] <> -> <bob@example.net>, Queue-ID: 7A8B9C0D1E, Message-ID: <s@example.biz>, mail_id: q, Hits: 12, size: 900, 20 ms',
    expect: { format: 'amavis', queueId: '7A8B9C0D1E', linkedId: null, sender: '', reason: 'Blocked SPAM {DiscardedInbound}' },
  },
  {
    line: '2026-11-28 11:00:04 1tQ5aD-000Def-3C <= <> R=1tQ5aB-000Xyz-1A U=Debian-exim P=local S=3100',
    expect: { format: 'exim', event: 'received', queueId: '1tQ5aD-000Def-3C', linkedId: '1tQ5aB-000Xyz-1A', sender: '', size: 3100 },
  },
  {
    line: '2026-11-28 11:00:02 1tQ5aB-000Xyz-1A => bob@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.20] C="250 OK"',
    expect: { format: 'exim', event: 'delivered', queueId: '1tQ5aB-000Xyz-1A', linkedId: null, recipient: 'bob@example.net' },
  },
  {
    line: 'Nov 28 09:00:04 mx1 postfix/smtp[2104]: 4B1C2D3E4F: to=<bob@example.net>, relay=127.0.0.1[127.0.0.1]:10024, delay=3, dsn=2.0.0, status=sent (250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as 5D6E7F8A9B)',
    expect: { format: 'postfix', event: 'delivered', queueId: '4B1C2D3E4F', linkedId: '5D6E7F8A9B', relay: '127.0.0.1' },
  },
  {
    line: 'Nov 28 09:00:06 mx1 postfix/bounce[2107]: 5D6E7F8A9B: sender non-delivery notification: 6F7A8B9C0D',
    expect: { format: 'postfix', event: 'notified', queueId: '5D6E7F8A9B', linkedId: '6F7A8B9C0D' },
  },
  {
    line: 'Nov 28 10:00:04 mail sm-mta[3002]: 5ASA01aa003001: 5ASA01ac003001: DSN: User unknown',
    expect: { format: 'sendmail', queueId: '5ASA01aa003001', linkedId: '5ASA01ac003001' },
  },
];

for (const { line, expect } of ROWS) {
  test(`fields of: ${line.slice(0, 90)}`, () => {
    const f = lineFields(line);
    const got: Record<string, unknown> = {};
    for (const k of Object.keys(expect)) got[k] = (f as unknown as Record<string, unknown>)[k];
    assert.deepEqual(got, expect);
  });
}
