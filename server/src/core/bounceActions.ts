// What the two reason quick actions copy: the recipients of unknown-user bounces (a list to clean), and the
// DNS blocklist lookups for the IP a refusal names (the lists the reply text mentions). Pure: a log line and
// its replies in, strings out.
import { reasonOfReply } from './reasons';
import type { Reply } from './types';

// An address as logs write it: local part without spaces or brackets, a dotted domain.
const ADDRESS = String.raw`[^\s<>@,;()"'\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+`;

// Where each family of logs names the recipient, most specific first: Postfix/Sendmail `to=<a>`, OpenSMTPD
// `rcpt=<a>`, Exim's `** a` / `== a` (bounce, deferral), a `RCPT TO:<a>` in the line, then the first address
// of the reply text ("550 5.1.1 <a>: Recipient address rejected").
const RECIPIENT_FIELDS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:to|rcpt|orig_to)=<(${ADDRESS})>`, 'i'),
  new RegExp(String.raw`(?:^|\s)(?:\*\*|==)\s+<?(${ADDRESS})>?`),
  new RegExp(String.raw`\bRCPT TO:\s*<(${ADDRESS})>`, 'i'),
  new RegExp(String.raw`\bFinal-Recipient:\s*rfc822;\s*<?(${ADDRESS})`, 'i'),
];
const ANY_ADDRESS = new RegExp(`<?(${ADDRESS})>?`);

/** The recipient a log line names for its reply, or null. `from=` and the sender are never taken. */
export function recipientOf(lineText: string, reply: Pick<Reply, 'text'>): string | null {
  for (const re of RECIPIENT_FIELDS) {
    const m = re.exec(lineText);
    if (m) return m[1];
  }
  const inText = ANY_ADDRESS.exec(reply.text);
  return inText ? inText[1] : null;
}

/**
 * The distinct recipients of the unknown-user refusals among `replies` (document order, first seen first),
 * each read from the line its reply starts on. Replies whose line names no recipient are left out.
 */
export function unknownUserRecipients(replies: Iterable<Reply>, lineText: (line: number) => string, limit = 100_000): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  let lineReplies: Reply[] = [];
  let line = -1;
  const flush = (): void => {
    for (const r of lineReplies) {
      if (reasonOfReply(r, lineReplies)?.reason !== 'userunknown') continue;
      const address = recipientOf(lineText(r.parts[0].line), r);
      const key = address?.toLowerCase();
      if (address && key && !seen.has(key) && out.length < limit) {
        seen.add(key);
        out.push(address);
      }
    }
  };
  for (const r of replies) {
    if (r.parts[0].line !== line) {
      flush();
      lineReplies = [];
      line = r.parts[0].line;
    }
    lineReplies.push(r);
  }
  flush();
  return out;
}

// DNS blocklists by the zones their operators publish; a name under one of these domains in a reply is a
// list to query (the operators' web sites, www.*, are not).
const BLOCKLIST_DOMAINS = [
  'spamhaus.org',
  'barracudacentral.org',
  'spamcop.net',
  'abuseat.org',
  'sorbs.net',
  'mailspike.net',
  'surriel.com',
  'uceprotect.net',
  'manitu.net',
  'gbudb.net',
  'blocklist.de',
  'dronebl.org',
  's5h.net',
  'interserver.net',
  'junkemailfilter.com',
  'spameatingmonkey.net',
  'nordspam.com',
  '0spam.org',
  'backscatterer.org',
  'spamrats.com',
  'senderscore.com',
  'invaluement.com',
  'hostkarma.com',
];
const HOST = String.raw`(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}`;
const KNOWN_LIST = new RegExp(String.raw`(?<![\w.:/-])((?:[a-z0-9-]+\.)*(?:${BLOCKLIST_DOMAINS.map((d) => d.replace(/\./g, '\\.')).join('|')}))(?![\w-])`, 'gi');
// Any zone a reply names as the list it used: "blocked using x", "listed in x", "RBL: x", "(x)".
const NAMED_LIST = new RegExp(String.raw`\b(?:blocked using|listed (?:in|on|at|by)|rejected by|rbl|dnsbl|blocklist|blacklist)[\s:=]+(${HOST})`, 'gi');

const IPV4 = /(?<![\d.])((?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3})(?![\d.])/;
// A client in brackets where an SMTP server logs it: "RCPT from host[192.0.2.1]", "from [192.0.2.1]".
const CLIENT_IP = /\bfrom\s+(?:[\w.-]+)?\[((?:\d{1,3}\.){3}\d{1,3})\]/i;

export interface BlocklistLookups {
  ip: string;
  /** The lists the reply names, as it names them ("zen.spamhaus.org"). */
  lists: string[];
  /** The DNS names to query, one per list: the IP's octets reversed, then the list ("2.0.192.zen.spamhaus.org" for 192.0.2.x). */
  queries: string[];
}

/** The blocklists a reply text names, lower-cased, in the order they appear, without the operators' web sites. */
export function blocklistsIn(text: string): string[] {
  const found: Array<{ name: string; at: number }> = [];
  const add = (name: string, at: number): void => {
    const n = name.toLowerCase().replace(/\.$/, '');
    if (n.startsWith('www.') || !n.includes('.') || found.some((f) => f.name === n)) return;
    found.push({ name: n, at });
  };
  for (const m of text.matchAll(NAMED_LIST)) {
    const name = m[1];
    if (BLOCKLIST_DOMAINS.some((d) => name.toLowerCase().endsWith(d)) || /\b(?:bl|rbl|dnsbl|blacklist|blocklist)\b/i.test(name)) add(name, m.index + m[0].length - name.length);
  }
  for (const m of text.matchAll(KNOWN_LIST)) {
    // A bare operator domain ("spamhaus.org") is its web site, not a zone; a zone has a label in front.
    if (BLOCKLIST_DOMAINS.includes(m[1].toLowerCase())) continue;
    add(m[1], m.index);
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.name);
}

/**
 * The blocklist lookups for a refusal: the IP the reply text names (else the client IP the line names)
 * and one DNS query per list the reply mentions. Null when the reply names no list or no IPv4 address.
 */
export function blocklistLookups(reply: Pick<Reply, 'text'>, lineText: string): BlocklistLookups | null {
  const text = reply.text.slice(0, 4000);
  const lists = blocklistsIn(text);
  if (lists.length === 0) return null;
  const ip = IPV4.exec(text)?.[1] ?? CLIENT_IP.exec(lineText)?.[1];
  if (!ip) return null;
  const reversed = ip.split('.').reverse().join('.');
  return { ip, lists, queries: lists.map((l) => `${reversed}.${l}`) };
}
