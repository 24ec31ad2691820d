// A Postfix-style mail log for the benchmark, made deterministically from a seeded PRNG: inbound
// sessions through postscreen and smtpd (with NOQUEUE rejects), local and LMTP deliveries, outbound
// smtp with sent, deferred and bounced results (said: replies, dsn=, Gmail's wrapped multi-line
// replies, connection timeouts), bounce notifications, expiries, and the noise around them (TLS,
// connect/disconnect, anvil, warnings, PIDs, ports, delays).
//
//   node test/bench/generate.mjs --bytes 1073741824 [--seed 42] [--failures]   writes the log to stdout
//   import { generateLog } from './generate.mjs'                  calls write(chunk) until done
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** mulberry32: small, fast, good enough for test data, and the same sequence on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad2 = (n) => (n < 10 ? '0' + n : String(n));

/**
 * Generates about targetBytes of log and hands it to write(chunk) in pieces of about 1 MB.
 * write may return a Promise (backpressure); it is awaited.
 */
export async function generateLog(targetBytes, write, seed = 20261128, profile = 'day') {
  // 'failures': the failure-heavy day of the bench, about a third of all lines deferrals, bounces and
  // rejects (the same kinds of replies, more often); 'day' is the realistic busy day.
  const failing = profile === 'failures';
  const rnd = prng(seed);
  const int = (n) => Math.floor(rnd() * n);
  const pick = (arr) => arr[int(arr.length)];
  const hex = '0123456789ABCDEF';
  const qid = () => {
    let s = '';
    const n = 10 + int(3);
    for (let i = 0; i < n; i++) s += hex[int(16)];
    return s;
  };
  const ip = () => `${1 + int(223)}.${int(256)}.${int(256)}.${1 + int(254)}`;
  const port = () => 1024 + int(64000);
  const words = ['alpha', 'mail', 'news', 'shop', 'info', 'corp', 'bank', 'media', 'cloud', 'net', 'data', 'web', 'host', 'team', 'group', 'lab', 'works', 'hub', 'zone', 'base'];
  const tlds = ['com', 'net', 'org', 'de', 'co.id', 'nl', 'fr', 'io', 'example'];
  const domains = [];
  for (let i = 0; i < 3000; i++) domains.push(`${pick(words)}${int(900) + 10}${pick(words)}.${pick(tlds)}`);
  const bigDomains = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com'];
  const users = ['john', 'mary', 'admin', 'info', 'sales', 'support', 'billing', 'noreply', 'budi', 'siti', 'agus', 'dewi', 'kevin', 'linda', 'postmaster', 'hr', 'team', 'office'];
  const localDomain = 'mail.example.co.id';
  const user = () => `${pick(users)}${int(10) < 6 ? int(1000) : ''}`;
  const rcptDomain = () => (int(10) < 4 ? pick(bigDomains) : pick(domains));
  const mxOf = (d) => {
    if (d === 'gmail.com') return 'gmail-smtp-in.l.google.com';
    if (d === 'outlook.com' || d === 'hotmail.com') return `${d.replace('.', '-')}.olc.protection.outlook.com`;
    if (d === 'yahoo.com') return `mta${5 + int(3)}.am0.yahoodns.net`;
    if (d === 'icloud.com') return `mx0${1 + int(6)}.mail.icloud.com`;
    return `mx${int(3) || ''}.${d}`;
  };

  let t = Date.UTC(2026, 10, 28, 0, 0, 0);
  let stampSecond = -1;
  let stampText = '';
  const stamp = () => {
    const s = Math.floor(t / 1000);
    if (s !== stampSecond) {
      const d = new Date(s * 1000);
      const day = d.getUTCDate();
      stampText = `${MONTHS[d.getUTCMonth()]} ${day < 10 ? ' ' + day : day} ${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
      stampSecond = s;
    }
    return stampText;
  };
  const host = 'mx1';
  let pid = 1000;
  const pids = { smtpd: 2101, smtp: 2201, qmgr: 901, cleanup: 2301, postscreen: 2401, local: 2501, lmtp: 2601, pickup: 2701, bounce: 2801, anvil: 2901 };
  const newPid = (k) => {
    if (int(20) === 0) pids[k] = ++pid + 2000;
    return pids[k];
  };

  let buf = [];
  let bufBytes = 0;
  let total = 0;
  const line = (prog, text) => {
    const l = `${stamp()} ${host} postfix/${prog}[${newPid(prog.replace(/^.*\//, ''))}]: ${text}\n`;
    buf.push(l);
    bufBytes += l.length;
    t += int(900);
  };
  const flush = async () => {
    if (bufBytes === 0) return;
    const chunk = buf.join('');
    buf = [];
    total += bufBytes;
    bufBytes = 0;
    const r = write(chunk);
    if (r && typeof r.then === 'function') await r;
  };

  const greylist = (d) => `Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/${d}.html`;
  const delay = () => (rnd() * 5).toFixed(int(3));
  const delays = () => `${(rnd() * 0.5).toFixed(2)}/${(rnd() * 0.1).toFixed(2)}/${(rnd() * 2).toFixed(2)}/${(rnd() * 3).toFixed(2)}`;
  const tls = (peer, dir) =>
    `${pick(['Anonymous', 'Trusted', 'Untrusted', 'Verified'])} TLS connection established ${dir} ${peer}: TLSv1.${pick(['2', '3'])} with cipher ${pick(['TLS_AES_256_GCM_SHA384 (256/256 bits)', 'ECDHE-RSA-AES128-GCM-SHA256 (128/128 bits)', 'TLS_CHACHA20_POLY1305_SHA256 (256/256 bits)'])} key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256`;

  function inbound() {
    const cip = ip();
    const p = port();
    const named = int(4) !== 0;
    const cname = named ? `${pick(['mail', 'smtp', 'mx', 'out'])}${int(50)}.${pick(domains)}` : 'unknown';
    const client = `${cname}[${cip}]`;
    line('postscreen', `CONNECT from [${cip}]:${p} to [192.0.2.10]:25`);
    const r = int(100);
    if (r < 6) {
      line('postscreen', `DNSBL rank ${2 + int(5)} for [${cip}]:${p}`);
      line(
        'postscreen',
        `NOQUEUE: reject: RCPT from [${cip}]:${p}: 550 5.7.1 Service unavailable; client [${cip}] blocked using zen.spamhaus.org; from=<${user()}@${pick(domains)}>, to=<${user()}@${localDomain}>, proto=ESMTP, helo=<${cname}>`,
      );
      line('postscreen', `DISCONNECT [${cip}]:${p}`);
      return;
    }
    if (r < 9) {
      line('postscreen', `PREGREET ${5 + int(30)} after 0.${int(99)} from [${cip}]:${p}: EHLO ${cname}\\r\\n`);
      line('postscreen', `HANGUP after ${(rnd() * 3).toFixed(1)} from [${cip}]:${p} in tests before SMTP handshake`);
      line('postscreen', `DISCONNECT [${cip}]:${p}`);
      return;
    }
    line('postscreen', int(2) ? `PASS OLD [${cip}]:${p}` : `PASS NEW [${cip}]:${p}`);
    line('smtpd', `connect from ${client}`);
    if (!named && int(3) === 0)
      line('smtpd', `warning: hostname ${cip.replace(/\./g, '-')}.dynamic.${pick(domains)} does not resolve to address ${cip}: Name or service not known`);
    if (int(3)) line('smtpd', tls(client, 'from'));
    const rr = int(100);
    if (rr < (failing ? 70 : 18)) {
      const to = `${user()}@${int(3) ? localDomain : pick(domains)}`;
      const from = `${user()}@${pick(domains)}`;
      const why = pick([
        `554 5.7.1 <${to}>: Relay access denied`,
        `450 4.7.1 Client host rejected: cannot find your hostname, [${cip}]`,
        `550 5.1.1 <${to}>: Recipient address rejected: User unknown in virtual mailbox table`,
        `504 5.5.2 <${cname}>: Helo command rejected: need fully-qualified hostname`,
        `450 4.2.0 <${to}>: ${greylist(localDomain)}`,
        `554 5.7.1 Service unavailable; Client host [${cip}] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?${cip}`,
      ]);
      line('smtpd', `NOQUEUE: reject: RCPT from ${client}: ${why}; from=<${from}> to=<${to}> proto=ESMTP helo=<${cname}>`);
      line('smtpd', `disconnect from ${client} ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4`);
      return;
    }
    if (rr < 21) {
      line('smtpd', `lost connection after ${pick(['AUTH', 'EHLO', 'CONNECT', 'STARTTLS'])} from ${client}`);
      line('smtpd', `disconnect from ${client} ehlo=1 auth=0/1 commands=1/2`);
      return;
    }
    const id = qid();
    line('smtpd', `${id}: client=${client}`);
    line('cleanup', `${id}: message-id=<${Math.floor(t / 1000).toString(36)}${int(1e9)}@${pick(domains)}>`);
    const nrcpt = 1 + (int(5) === 0 ? int(3) : 0);
    line('qmgr', `${id}: from=<${user()}@${pick(domains)}>, size=${500 + int(90000)}, nrcpt=${nrcpt} (queue active)`);
    line('smtpd', `disconnect from ${client} ehlo=2 starttls=1 mail=1 rcpt=${nrcpt} data=1 quit=1 commands=${6 + nrcpt}`);
    for (let i = 0; i < nrcpt; i++) {
      const to = `${user()}@${localDomain}`;
      if (int(2))
        line('lmtp', `${id}: to=<${to}>, relay=${localDomain}[private/dovecot-lmtp], delay=${delay()}, delays=${delays()}, dsn=2.0.0, status=sent (250 2.0.0 <${to}> ${qid()}${qid()} Saved)`);
      else if (int(30)) line('local', `${id}: to=<${to}>, relay=local, delay=${delay()}, delays=${delays()}, dsn=2.0.0, status=sent (delivered to mailbox)`);
      else line('local', `${id}: to=<${to}>, relay=local, delay=${delay()}, delays=${delays()}, dsn=5.1.1, status=bounced (unknown user: "${to.split('@')[0]}")`);
    }
    line('qmgr', `${id}: removed`);
  }

  function outbound() {
    const id = qid();
    const from = `${user()}@${localDomain}`;
    line('pickup', `${id}: uid=${1000 + int(50)} from=<${from.split('@')[0]}>`);
    line('cleanup', `${id}: message-id=<${id}.${int(1e6)}@${localDomain}>`);
    const nrcpt = failing ? 1 + int(8) : 1 + (int(4) === 0 ? int(4) : 0);
    line('qmgr', `${id}: from=<${from}>, size=${500 + int(200000)}, nrcpt=${nrcpt} (queue active)`);
    let bounced = false;
    for (let i = 0; i < nrcpt; i++) {
      const d = rcptDomain();
      const to = `${user()}@${d}`;
      const mx = mxOf(d);
      const rip = ip();
      const relay = `${mx}[${rip}]:25`;
      const r = int(100);
      if (r < (failing ? 20 : 70)) {
        if (int(2)) line('smtp', tls(`${mx}[${rip}]:25`, 'to'));
        const ok = d === 'gmail.com' ? `250 2.0.0 OK  ${1764000000 + int(999999)} ${qid().toLowerCase()}si${int(999999)}.${int(99)} - gsmtp` : `250 2.0.0 Ok: queued as ${qid()}`;
        line('smtp', `${id}: to=<${to}>, relay=${relay}, delay=${delay()}, delays=${delays()}, dsn=2.0.0, status=sent (${ok})`);
      } else if (r < 85) {
        let said;
        let dsn;
        if (d === 'yahoo.com') {
          said = `421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes (in reply to MAIL FROM command)`;
          dsn = '4.7.0';
        } else if (d === 'gmail.com') {
          said = `421-4.7.28 [192.0.2.10      15] Gmail has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from 421-4.7.28 your IP address has been temporarily rate limited. 421 4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError ${qid().toLowerCase()}si${int(999999)}.${int(99)} - gsmtp (in reply to end of DATA command)`;
          dsn = '4.7.28';
        } else {
          [said, dsn] = pick([
            [`450 4.2.0 <${to}>: ${greylist(d)} (in reply to RCPT TO command)`, '4.2.0'],
            [`451 4.7.1 Please try again later (in reply to RCPT TO command)`, '4.7.1'],
            [`452 4.2.2 <${to}>: Mailbox full (in reply to RCPT TO command)`, '4.2.2'],
            [`421 4.3.2 Service not available, closing transmission channel (in reply to end of DATA command)`, '4.3.2'],
          ]);
        }
        line('smtp', `${id}: to=<${to}>, relay=${relay}, delay=${(rnd() * 4000).toFixed(0)}, delays=${delays()}, dsn=${dsn}, status=deferred (host ${mx}[${rip}] said: ${said})`);
      } else if (r < 90) {
        if (int(2)) {
          line('smtp', `connect to ${mx}[${rip}]:25: Connection timed out`);
          line('smtp', `${id}: to=<${to}>, relay=none, delay=${30 + int(4000)}, delays=${delays()}, dsn=4.4.1, status=deferred (connect to ${mx}[${rip}]:25: Connection timed out)`);
        } else {
          line('smtp', `${id}: to=<${to}>, relay=${relay}, delay=${delay()}, delays=${delays()}, dsn=4.4.2, status=deferred (lost connection with ${mx}[${rip}] while receiving the initial server greeting)`);
        }
      } else {
        bounced = true;
        let said;
        let dsn;
        if (d === 'gmail.com') {
          said = `550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser ${qid().toLowerCase()}si${int(999999)}.${int(99)} - gsmtp (in reply to RCPT TO command)`;
          dsn = '5.1.1';
        } else if (d === 'outlook.com' || d === 'hotmail.com') {
          said = `550 5.7.606 Access denied, banned sending IP [192.0.2.10]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430) [DM6NAM04FT0${int(99)}.eop-NAM04.prod.protection.outlook.com 2026-11-28T06:25:01.123Z 08DD0D${qid()}] (in reply to MAIL FROM command)`;
          dsn = '5.7.606';
        } else {
          [said, dsn] = pick([
            [`550 5.1.1 <${to}>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)`, '5.1.1'],
            [`552 5.2.2 <${to}>: Mailbox full (in reply to RCPT TO command)`, '5.2.2'],
            [`554 5.7.1 Message rejected as spam (in reply to end of DATA command)`, '5.7.1'],
            [`550 5.7.26 This mail has been blocked because the sender is unauthenticated (in reply to end of DATA command)`, '5.7.26'],
          ]);
        }
        line('smtp', `${id}: to=<${to}>, relay=${relay}, delay=${delay()}, delays=${delays()}, dsn=${dsn}, status=bounced (host ${mx}[${rip}] said: ${said})`);
      }
    }
    if (bounced) {
      const nid = qid();
      line('cleanup', `${nid}: message-id=<${nid}.${int(1e6)}@${localDomain}>`);
      line('bounce', `${id}: sender non-delivery notification: ${nid}`);
      line('qmgr', `${nid}: from=<>, size=${3000 + int(5000)}, nrcpt=1 (queue active)`);
      line('local', `${nid}: to=<${from}>, relay=local, delay=0.0${int(9)}, delays=0.01/0/0/0.0${int(9)}, dsn=2.0.0, status=sent (delivered to mailbox)`);
      line('qmgr', `${nid}: removed`);
    }
    if (int(200) === 0) line('qmgr', `${qid()}: from=<${user()}@${localDomain}>, status=expired, returned to sender`);
    else line('qmgr', `${id}: removed`);
  }

  while (total + bufBytes < targetBytes) {
    const r = int(100);
    if (r < (failing ? 30 : 48)) inbound();
    else if (r < 97) outbound();
    else if (r < 99) line('anvil', `statistics: max connection rate ${1 + int(9)}/60s for (smtp:${ip()}) at ${stamp()}`);
    else line('scache', `statistics: domain lookup hits=${int(50)} miss=${int(50)} success=${int(100)}%`);
    if (bufBytes >= 1 << 20) await flush();
  }
  await flush();
  return total;
}

// Run as a program: write to stdout, respecting backpressure. (No top-level await: tests bundle this file.)
if (typeof process !== 'undefined' && /generate\.mjs$/.test(process.argv[1] ?? '')) {
  const args = process.argv.slice(2);
  const bytes = args.includes('--bytes') ? Number(args[args.indexOf('--bytes') + 1]) : 50 * 1024 * 1024;
  const seed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : undefined;
  const profile = args.includes('--failures') ? 'failures' : 'day';
  process.stdout.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  generateLog(bytes, (chunk) => (process.stdout.write(chunk) ? undefined : new Promise((r) => process.stdout.once('drain', r))), seed, profile).catch((e) => {
    process.stderr.write(`generate: ${e.message}\n`);
    process.exit(1);
  });
}
