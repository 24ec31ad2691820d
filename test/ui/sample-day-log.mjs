// A day of a busy outbound and inbound Postfix server, for the summary screenshots: more mail in office
// hours, a greylisting provider, a Gmail rate-limit incident in the afternoon (the spike a postmaster would
// look for), mailbox-full and unknown-user bounces, DMARC refusals, relay and DNSBL rejects, a host that
// times out. Deterministic (seeded), about `sessions` outbound messages.
//
//   node test/ui/sample-day-log.mjs > /tmp/mail.log
import { prng } from '../bench/generate.mjs';

const MONTH = 'Nov';
const DAY = 28;


/** The log's lines, in time order. */
export function sampleDayLog({ sessions = 6000, seed = 20261128 } = {}) {
  const rnd = prng(seed);
  const int = (n) => Math.floor(rnd() * n);
  const pick = (a) => a[int(a.length)];
  const pad = (x) => String(x).padStart(2, '0');
  const hex = () => Array.from({ length: 10 }, () => '0123456789ABCDEF'[int(16)]).join('');
  const ip = () => `${11 + int(200)}.${int(256)}.${int(256)}.${1 + int(254)}`;
  const users = ['anna', 'budi', 'citra', 'dewi', 'erik', 'fajar', 'gita', 'hadi', 'info', 'sales', 'billing', 'support', 'rina', 'tono', 'yusuf'];
  const domains = [
    ['gmail.com', 'gmail-smtp-in.l.google.com', '142.250.27.26', 18],
    ['outlook.com', 'outlook-com.olc.protection.outlook.com', '52.101.68.3', 10],
    ['yahoo.com', 'mta7.am0.yahoodns.net', '67.195.204.72', 6],
    ['web.de', 'mx-ha03.web.de', '212.227.17.8', 4],
    ['gmx.net', 'mx00.emig.gmx.net', '212.227.15.9', 4],
    ['telkom.net.id', 'mx.telkom.net.id', '118.98.44.12', 3],
    ['example-shop.co.id', 'mail.example-shop.co.id', '103.28.12.41', 3],
    ['kantor-hukum.id', 'mx1.kantor-hukum.id', '103.147.9.20', 2],
    ['old-partner.example', 'mail.old-partner.example', '198.51.100.23', 1],
    ['icloud.com', 'mx01.mail.icloud.com', '17.57.154.33', 3],
  ];
  const weighted = domains.flatMap((d) => Array(d[3]).fill(d));
  // Office hours carry most of the mail.
  const hourWeight = [2, 1, 1, 1, 1, 2, 4, 7, 10, 11, 11, 10, 8, 10, 11, 11, 10, 8, 6, 5, 4, 3, 3, 2];
  const times = [];
  const sum = hourWeight.reduce((a, b) => a + b, 0);
  for (let h = 0; h < 24; h++) {
    const count = Math.round((sessions * hourWeight[h]) / sum);
    for (let i = 0; i < count; i++) times.push(h * 3600 + int(3600));
  }
  times.sort((a, b) => a - b);
  const events = [];
  const at = (sec, text) => events.push([sec, text]);
  const stamp = (sec) => {
    const s = Math.min(sec, 86399);
    return `${MONTH} ${DAY} ${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
  };
  let pid = 3000;
  for (const t of times) {
    const q = hex();
    const from = `${pick(users)}@mail.contoh.co.id`;
    const [domain, mx, mxIp] = pick(weighted);
    const rcpt = `${pick(users)}${int(100)}@${domain}`;
    const p = ++pid;
    at(t, `mx1 postfix/pickup[1201]: ${q}: uid=1000 from=<${from}>`);
    at(t, `mx1 postfix/cleanup[${p}]: ${q}: message-id=<${q.toLowerCase()}@mail.contoh.co.id>`);
    at(t, `mx1 postfix/qmgr[1101]: ${q}: from=<${from}>, size=${2000 + int(90000)}, nrcpt=1 (queue active)`);
    const hour = Math.floor(t / 3600);
    const head = `mx1 postfix/smtp[${p + 1}]: ${q}: to=<${rcpt}>, relay=${mx}[${mxIp}]:25, delay=${(rnd() * 3).toFixed(1)}, delays=0.1/0/0.4/0.${int(9)}`;
    const r = rnd();
    let outcome = 'sent';
    // The afternoon incident: Gmail rate-limits this server from 14:00 to 16:00.
    if (domain === 'gmail.com' && hour >= 14 && hour < 16 && r < 0.7) {
      at(t + 2, `${head}, dsn=4.7.28, status=deferred (host ${mx}[${mxIp}] said: 421-4.7.28 Unusual rate of unsolicited mail from your IP address, mail is deferred 421 4.7.28 for a while - gsmtp (in reply to end of DATA command))`);
      outcome = r < 0.1 ? 'expired' : 'retry';
    } else if ((domain === 'web.de' || domain === 'gmx.net') && r < 0.45) {
      at(t + 2, `${head}, dsn=4.7.1, status=deferred (host ${mx}[${mxIp}] said: 451 4.7.1 Greylisted, please try again in ${5 + int(10)} minutes (in reply to RCPT TO command))`);
      outcome = 'retry';
    } else if (domain === 'yahoo.com' && r < 0.12) {
      at(t + 2, `${head}, dsn=4.7.0, status=deferred (host ${mx}[${mxIp}] said: 421 4.7.0 [TSS04] Messages from ${mxIp} temporarily deferred due to unexpected volume (in reply to MAIL FROM command))`);
      outcome = 'retry';
    } else if (domain === 'old-partner.example') {
      at(t + 30, `mx1 postfix/smtp[${p + 1}]: ${q}: to=<${rcpt}>, relay=none, delay=30, delays=0.1/0/30/0, dsn=4.4.1, status=deferred (connect to ${mx}[198.51.100.23]:25: Connection timed out)`);
      outcome = 'retry';
    } else if (r < 0.035) {
      at(t + 1, `${head}, dsn=5.1.1, status=bounced (host ${mx}[${mxIp}] said: 550 5.1.1 <${rcpt}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))`);
      outcome = 'bounced';
    } else if (r < 0.05) {
      at(t + 1, `${head}, dsn=5.2.2, status=bounced (host ${mx}[${mxIp}] said: 552 5.2.2 <${rcpt}>: Mailbox full, quota exceeded (in reply to RCPT TO command))`);
      outcome = 'bounced';
    } else if (domain === 'outlook.com' && r < 0.09) {
      at(t + 1, `${head}, dsn=5.7.26, status=bounced (host ${mx}[${mxIp}] said: 550 5.7.26 Unauthenticated email from contoh.co.id is not accepted due to domain's DMARC policy (in reply to end of DATA command))`);
      outcome = 'bounced';
    } else {
      at(t + 1, `${head}, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ${hex()})`);
    }
    if (outcome === 'retry') {
      const later = t + 600 + int(1800);
      at(later, `mx1 postfix/smtp[${p + 2}]: ${q}: to=<${rcpt}>, relay=${mx}[${mxIp}]:25, delay=${later - t}, delays=${later - t - 1}/0/0.4/0.5, dsn=2.0.0, status=sent (250 2.0.0 OK ${hex().toLowerCase()} - gsmtp)`);
      at(later + 1, `mx1 postfix/qmgr[1101]: ${q}: removed`);
    } else if (outcome === 'expired') {
      at(t + 5 * 3600, `mx1 postfix/qmgr[1101]: ${q}: from=<${from}>, status=expired, returned to sender`);
    } else {
      at(t + 2, `mx1 postfix/qmgr[1101]: ${q}: removed`);
    }
    // Inbound: a connection now and then, some refused.
    if (rnd() < 0.35) {
      const client = ip();
      const name = rnd() < 0.5 ? 'unknown' : `host-${client.replace(/\./g, '-')}.dsl.example.net`;
      const s = ++pid;
      at(t, `mx1 postfix/smtpd[${s}]: connect from ${name}[${client}]`);
      const k = rnd();
      if (k < 0.2) at(t + 1, `mx1 postfix/smtpd[${s}]: NOQUEUE: reject: RCPT from ${name}[${client}]: 554 5.7.1 Service unavailable; Client host [${client}] blocked using zen.spamhaus.org; from=<x${int(999)}@spam-sender.example> to=<${pick(users)}@contoh.co.id> proto=ESMTP helo=<${name}>`);
      else if (k < 0.3) at(t + 1, `mx1 postfix/smtpd[${s}]: NOQUEUE: reject: RCPT from ${name}[${client}]: 450 4.7.1 Client host rejected: cannot find your hostname, [${client}]; from=<${pick(users)}@somewhere.example> to=<${pick(users)}@contoh.co.id> proto=ESMTP helo=<mail>`);
      else if (k < 0.34) at(t + 1, `mx1 postfix/smtpd[${s}]: NOQUEUE: reject: RCPT from ${name}[${client}]: 554 5.7.1 <relaytest@example.org>: Relay access denied; from=<probe@example.org> to=<relaytest@example.org> proto=ESMTP helo=<${name}>`);
      else if (k < 0.4) at(t + 1, `mx1 postfix/smtpd[${s}]: NOQUEUE: reject: RCPT from ${name}[${client}]: 550 5.1.1 <nobody${int(99)}@contoh.co.id>: Recipient address rejected: User unknown in virtual mailbox table; from=<${pick(users)}@partner.example> to=<nobody@contoh.co.id> proto=ESMTP helo=<${name}>`);
      else {
        const iq = hex();
        at(t + 1, `mx1 postfix/smtpd[${s}]: ${iq}: client=${name}[${client}]`);
        at(t + 2, `mx1 postfix/local[${s + 1}]: ${iq}: to=<${pick(users)}@contoh.co.id>, relay=local, delay=0.2, delays=0.1/0/0/0.1, dsn=2.0.0, status=sent (delivered to mailbox)`);
      }
      at(t + 2, `mx1 postfix/smtpd[${s}]: disconnect from ${name}[${client}] ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4`);
    }
  }
  events.sort((a, b) => a[0] - b[0]);
  return events.filter(([sec]) => sec < 86400).map(([sec, text]) => `${stamp(sec)} ${text}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(sampleDayLog().join('\n') + '\n');
}
