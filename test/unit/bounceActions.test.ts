// What the reasons' quick actions copy: recipients of unknown-user refusals read from each log family's
// own field, and blocklist lookups built from the lists and the IP a refusal names.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocklistLookups, blocklistsIn, recipientOf, unknownUserRecipients } from '../../server/src/core/bounceActions';
import { groupReplies, scanText } from '../../server/src/core/scanner';

const LOG = [
  'Nov 28 07:02:46 mx postfix/smtp[1]: 4F2A1: to=<ann@example.com>, relay=mx.example.com[192.0.2.10]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.10] said: 550 5.1.1 <ann@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))',
  'Nov 28 07:02:47 mx postfix/smtp[1]: 4F2A2: to=<bob@example.org>, relay=mx.example.org[192.0.2.20]:25, dsn=5.2.2, status=bounced (host mx.example.org[192.0.2.20] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command))',
  '2026-11-28 07:02:48 1rABCD-000123-4E ** cy@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.30]: SMTP error from remote mail server after RCPT TO:<cy@example.net>: 550 5.1.1 No such user here',
  'Nov 28 07:02:49 mx sm-mta[2]: x1: to=<Ann@Example.com>, delay=00:00:01, mailer=esmtp, dsn=5.1.1, stat=User unknown',
  'Nov 28 07:02:50 mx postfix/smtpd[3]: NOQUEUE: reject: RCPT from unknown[203.0.113.9]: 550 5.1.1 <dee@example.com>: Recipient address rejected: User unknown in local recipient table; from=<news@example.org> to=<dee@example.com> proto=ESMTP helo=<x>',
].join('\n');

describe('unknown-user recipients', () => {
  it('reads the recipient from each family\'s field, never the sender, once per address', () => {
    const lines = LOG.split('\n');
    const got = unknownUserRecipients(groupReplies(scanText(LOG)), (l) => lines[l]);
    assert.deepEqual(got, ['ann@example.com', 'cy@example.net', 'dee@example.com']);
  });

  it('falls back to the first address of the reply text', () => {
    assert.equal(recipientOf('S: 550 5.1.1 <eve@example.com>... User unknown', { text: '<eve@example.com>... User unknown' }), 'eve@example.com');
    assert.equal(recipientOf('S: 550 5.1.1 User unknown', { text: 'User unknown' }), null);
    assert.equal(recipientOf('x from=<a@example.org>, to=<b@example.com>', { text: '' }), 'b@example.com');
  });
});

describe('blocklist lookups', () => {
  it('names the lists a refusal mentions and the DNS query of each for its IP', () => {
    const text = 'Service unavailable; Client host [203.0.113.9] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.9';
    assert.deepEqual(blocklistLookups({ text }, ''), { ip: '203.0.113.9', lists: ['zen.spamhaus.org'], queries: ['9.113.0.203.zen.spamhaus.org'] });
  });

  it('finds several lists, and lists named by what precedes them', () => {
    assert.deepEqual(blocklistsIn('listed on b.barracudacentral.org and bl.spamcop.net; RBL: rbl.example.net'), [
      'b.barracudacentral.org',
      'bl.spamcop.net',
      'rbl.example.net',
    ]);
    assert.deepEqual(blocklistsIn('see https://www.spamhaus.org/ and spamhaus.org'), []);
  });

  it('takes the client IP of the line when the text names none, and offers nothing without a list or an IP', () => {
    const line = 'postfix/smtpd[3]: NOQUEUE: reject: RCPT from unknown[198.51.100.7]: 554 5.7.1 Service unavailable; blocked using b.barracudacentral.org';
    assert.equal(blocklistLookups({ text: 'Service unavailable; blocked using b.barracudacentral.org' }, line)?.queries[0], '7.100.51.198.b.barracudacentral.org');
    assert.equal(blocklistLookups({ text: 'blocked using b.barracudacentral.org' }, 'no ip here'), null);
    assert.equal(blocklistLookups({ text: 'Client host [203.0.113.9] blocked' }, ''), null);
  });
});
