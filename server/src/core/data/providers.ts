// Provider usages: what Gmail, Microsoft 365 / Outlook.com and Yahoo / AOL mean by a code when they use it
// differently from the registry, or more narrowly. Shown beside the standard meaning, never instead of it.
// Facts (which provider sends which code for what) come from the providers' public documentation and
// shared/data; the sentences are this project's own.
//
// How `code` is written, and how a consumer matches it (providerUsagesFor below does exactly this):
//   "5.7.26"       an enhanced code; matches that enhanced code exactly.
//   "550"          a basic code; matches that basic code exactly (none in the table today).
//   "5.7.606-649"  a range of details within one class and subject; matches 5.7.606 to 5.7.649. An exact
//                  entry of the same provider wins over a range that also contains the code, so 4.7.650
//                  shows its own entry and not the 4.7.500-699 one.
//   "TSS04"        a provider tag (letters then digits). It matches when the tag stands on its own in the reply
//                  text ("[TSS04]"), whatever the code and host: the tag alone identifies the provider.
// Every other entry needs the provider to be recognized too: one of match.hosts in the remote host, or one of
// match.text in the reply text (both lower-case plain substrings).
import type { LocalizedText, ProviderUsage } from '../types';

function t(en: string, id?: string): LocalizedText {
  return id === undefined ? { en } : { en, id };
}

const GMAIL_MATCH: ProviderUsage['match'] = {
  hosts: ['gsmtp', 'google.com', 'gmail', 'googlemail'],
  text: ['gsmtp', 'support.google.com'],
};

// Microsoft's server names in brackets ("[BN8NAM12FT053.eop-nam12.prod.protection.outlook.com]") always end in
// outlook.com, so "outlook.com" recognizes them without a list of datacenter prefixes such as "[bn".
const MICROSOFT_MATCH: ProviderUsage['match'] = {
  hosts: ['outlook.com', 'protection.outlook.com', 'office365', 'hotmail', 'exchangelabs'],
  text: ['outlook.com', 'exchangelabs', 'office365', 'sender.office.com', 'microsoft'],
};

const YAHOO_MATCH: ProviderUsage['match'] = {
  hosts: ['yahoodns.net', 'yahoo.com', 'aol.com'],
  text: ['yahoodns.net', 'yahooinc.com', 'postmaster.yahoo.com'],
};

const GOOGLE_SMTP_ERRORS = { title: 'Gmail SMTP errors and codes (Google Workspace Admin Help)', url: 'https://support.google.com/a/answer/3726730' };
const GOOGLE_SENDER_GUIDELINES = { title: 'Email sender guidelines (Gmail Help)', url: 'https://support.google.com/mail/answer/81126' };

const MS_DOCS = 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/';
const MS_NDR = { title: 'Email non-delivery reports and SMTP errors in Exchange Online (Microsoft Learn)', url: `${MS_DOCS}non-delivery-reports-in-exchange-online` };
const MS_DELIST = { title: 'Microsoft 365 delist portal', url: 'https://sender.office.com/' };
const MS_700 = { title: 'Fix email delivery issues for error codes 5.7.700 through 5.7.750 in Exchange Online', url: `${MS_DOCS}fix-error-code-5-7-700-through-5-7-750` };
const MS_ASXXX = { title: 'Fix email delivery issues for error code 451 4.7.500-699 (ASxxx) in Exchange Online', url: `${MS_DOCS}fix-error-code-451-4-7-500-699-asxxx-in-exchange-online` };
const MS_5_1_10 = { title: 'Fix email delivery issues for error code 550 5.1.10 in Exchange Online', url: `${MS_DOCS}fix-error-code-550-5-1-10-in-exchange-online` };
const MS_5_4_1 = { title: 'Fix email delivery issues for error code 5.4.1 in Exchange Online', url: `${MS_DOCS}fix-error-code-550-5-4-1-in-exchange-online` };
const MS_5_7_1 = { title: 'Fix email delivery issues for error code 5.7.1 in Exchange Online', url: `${MS_DOCS}fix-error-code-550-5-7-1-in-exchange-online` };
const MS_5_7_57 = { title: 'Fix email delivery issues for error code 5.7.57 in Exchange Online', url: `${MS_DOCS}fix-error-code-5-7-57-in-exchange-online` };
const MS_5_7_64 = { title: 'Fix email delivery issues for error code 5.7.64 in Exchange Online', url: `${MS_DOCS}fix-error-code-5-7-64-in-exchange-online` };
const OUTLOOK_POSTMASTER = { title: 'Outlook.com postmaster troubleshooting', url: 'https://postmaster.live.com/pm/troubleshooting.aspx' };
const OUTLOOK_HIGH_VOLUME = {
  title: "Strengthening Email Ecosystem: Outlook's New Requirements for High-Volume Senders (Microsoft Tech Community)",
  url: 'https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730',
};

const YAHOO_ERRORS = { title: 'SMTP error codes (Yahoo Sender Hub)', url: 'https://senders.yahooinc.com/smtp-error-codes/' };
const SPAMHAUS_CHECK = { title: 'Spamhaus IP and domain reputation checker', url: 'https://check.spamhaus.org/' };

function gmail(code: string, title: string, meaning: string, howToFix: string, references = [GOOGLE_SMTP_ERRORS, GOOGLE_SENDER_GUIDELINES]): ProviderUsage {
  return { provider: 'gmail', providerName: 'Gmail / Google Workspace', code, match: GMAIL_MATCH, title: t(title), meaning: t(meaning), howToFix: t(howToFix), references };
}

function microsoft(code: string, title: string, meaning: string, howToFix: string, references = [MS_NDR]): ProviderUsage {
  return { provider: 'microsoft', providerName: 'Microsoft 365 / Outlook.com', code, match: MICROSOFT_MATCH, title: t(title), meaning: t(meaning), howToFix: t(howToFix), references };
}

function yahoo(code: string, title: string, meaning: string, howToFix: string, references = [YAHOO_ERRORS]): ProviderUsage {
  // A tag entry lists its own tag as a text pattern too, so a reader of the table sees what identifies it.
  const match = TAG.test(code) ? { hosts: YAHOO_MATCH.hosts, text: [...YAHOO_MATCH.text, code.toLowerCase()] } : YAHOO_MATCH;
  return { provider: 'yahoo', providerName: 'Yahoo Mail / AOL', code, match, title: t(title), meaning: t(meaning), howToFix: t(howToFix), references };
}

/** A provider tag such as TSS04, BL21, IPTS04, PH01. */
const TAG = /^[A-Z]+[0-9]+$/;

export const providerUsages: ProviderUsage[] = [
  // ------------------------------------------------------------------------------------------- Gmail
  gmail(
    '4.2.1',
    'Recipient is receiving mail too fast',
    'Gmail defers mail to a recipient who is getting more messages in a short time than Gmail lets through; Workspace also uses it when the SMTP relay service hits its peak rate. The registry\'s X.2.1 speaks of a disabled mailbox, but here the mailbox is fine and only the rate is the problem.',
    'Let your queue retry and spread messages to that recipient over time; if you send many alerts or notifications to one Gmail address, combine them into fewer messages.',
  ),
  gmail(
    '5.2.1',
    'Account disabled, or receiving too fast for too long',
    'Gmail answers 550 5.2.1 when the recipient account is disabled or inactive, and in a second form when a recipient\'s incoming rate stays so high that no more mail is taken. The reply text says which one applies.',
    'For a disabled account, stop sending and remove the address; for the rate form, check whether the address was added to your list by a sign-up script (a mail-bombing pattern) and send to it less often.',
  ),
  gmail(
    '4.7.0',
    'Temporary block: reputation, TLS, PTR or connection rate',
    'Gmail uses 421 4.7.0 for several distinct temporary refusals: an unusual rate of unsolicited mail from your IP, a very low reputation of your IP or domain, a sending IP without a PTR record, a recipient domain that requires TLS, an IP missing from the recipient domain\'s allowlist, or flood protection at HELO. The reply text names the case.',
    'Read the text: for TLS, make your server use STARTTLS; for PTR, give the IP a reverse DNS name that resolves back to it; for reputation or unsolicited-rate cases, check Google Postmaster Tools, cut volume and complaints, and let the queue retry slowly.',
  ),
  gmail(
    '5.7.1',
    'Blocked for reputation, DMARC, message format or relay policy',
    'Gmail\'s 550 5.7.1 covers several permanent blocks: low reputation or likely spam, failure of the From domain\'s DMARC policy, a missing or invalid From header, relaying through the Workspace SMTP relay without valid credentials, and rules set by the recipient\'s own administrator (marked "gcdp").',
    'Match the text to its cause: align SPF or DKIM with the From domain for DMARC refusals, repair the From header for format refusals, register the IP or use SMTP AUTH for relay refusals, ask the recipient\'s admin about gcdp rules, and improve list hygiene before resending after a reputation block.',
  ),
  gmail(
    '4.7.23',
    'No PTR record for the sending IP (rate limited)',
    'Gmail rate limits mail from an IP that has no reverse DNS (PTR) record, or whose PTR name does not resolve back to the same IP.',
    'Ask whoever owns the IP range (hosting provider or ISP) to set a PTR record for the sending IP, and give that name an A or AAAA record pointing back to the IP; the queued mail then goes through.',
  ),
  gmail(
    '5.7.25',
    'PTR record missing or not matching',
    'Gmail refuses mail from an IP without a PTR record, or whose reverse and forward DNS do not agree. The registry\'s X.7.25 says reverse DNS validation failed; Gmail applies the check to every sending IP, strictly so over IPv6.',
    'Set a PTR record for each sending IPv4 and IPv6 address whose name resolves back to the same address, then resend; until then, send from an IP that has one.',
  ),
  gmail(
    '4.7.26',
    'Unauthenticated mail rate limited',
    'Gmail slows down mail that passes neither SPF nor DKIM, and defers mail that the From domain\'s DMARC policy would reject when a DNS failure kept it from checking.',
    'Publish an SPF record covering all your sending IPs and sign with DKIM for your domain; if the text mentions DNS failures, make sure your SPF, DKIM and DMARC records resolve reliably.',
  ),
  gmail(
    '5.7.26',
    'Unauthenticated sender blocked',
    'Gmail blocks mail that passes neither SPF nor DKIM, mail that fails an SPF record ending in -all, and mail refused by the From domain\'s DMARC policy. The registry\'s X.7.26 only says that several authentication checks failed; Gmail uses it as its main "authenticate your mail" refusal.',
    'Make every sending source pass SPF or DKIM with a domain aligned to the From address: add the IP or service to SPF, turn on DKIM signing, and check the DMARC policy; forwarders should add ARC headers. Then resend.',
  ),
  gmail(
    '4.7.27',
    'SPF did not pass (rate limited)',
    'Gmail rate limits bulk mail whose SPF check did not pass. This has nothing to do with the registry\'s X.7.27, which is about a sender domain that publishes a null MX.',
    'Add every IP or service that sends for your envelope sender (Return-Path) domain to its SPF record, keep the record within 10 DNS lookups, and test it; the deferred mail is delivered once SPF passes.',
  ),
  gmail(
    '5.7.27',
    'SPF did not pass (blocked)',
    'The permanent form of 4.7.27: Gmail blocks the mail because SPF did not pass for a sender bound by its bulk sender rules. The registry meaning (sender domain with a null MX) does not apply.',
    'Fix the SPF record of the envelope sender domain, confirm with a test message to a Gmail address that SPF shows "pass" in Authentication-Results, then resend.',
  ),
  gmail(
    '4.7.28',
    'Unusual rate of mail (rate limited)',
    'Gmail saw an unusual rate of mail, or of unsolicited mail, from your IP, IP range, DKIM domain, SPF domain or carrying one of your URLs, and slows it down; it also uses 4.7.28 when too many messages share one Message-ID. The registry\'s X.7.28 speaks of a mail flood in general; Gmail ties it to its own rate and complaint measurements.',
    'Lower your sending rate to Gmail, drop recipients who never engage, offer one-click unsubscribe, and watch your spam rate in Google Postmaster Tools; let the queue retry slowly instead of pushing harder.',
  ),
  gmail(
    '5.7.28',
    'Unusual rate of unsolicited mail (blocked)',
    'Gmail permanently blocks mail from a source whose rate of unsolicited mail it considers abusive.',
    'Stop the campaign, find where the complaints come from (bought lists, compromised accounts, no unsubscribe link), and resume only at low volume after your spam rate in Postmaster Tools has fallen.',
  ),
  gmail(
    '4.7.29',
    'No TLS for bulk mail (rate limited)',
    'Gmail rate limits bulk mail that arrived over a connection without TLS. The registry\'s X.7.29 is about a failed ARC validation, a different matter.',
    'Turn on STARTTLS in your outbound MTA (in Postfix, smtp_tls_security_level = may or stricter) with a current TLS version; the queued mail goes through over TLS on the next attempt.',
  ),
  gmail(
    '5.7.29',
    'No TLS for bulk mail (blocked)',
    'The permanent form of 4.7.29: Gmail refuses bulk mail sent without TLS.',
    'Enable outbound TLS on every server that sends to Gmail, check with a test message that the Received header shows a TLS version, then resend.',
  ),
  gmail(
    '4.7.30',
    'DKIM did not pass (rate limited)',
    'Gmail rate limits bulk mail whose DKIM signature is missing or does not verify. The registry\'s X.7.30 means "REQUIRETLS support required", which is unrelated.',
    'Sign outgoing mail with DKIM for your domain (a 2048-bit key where possible), publish the public key under the selector, and make sure nothing changes signed headers or the body after signing.',
  ),
  gmail(
    '5.7.30',
    'DKIM did not pass (blocked)',
    'Gmail blocks the message because DKIM did not pass for a sender that must authenticate with DKIM. The registry\'s X.7.30 (REQUIRETLS support needed) does not apply here.',
    'Turn on DKIM signing for the From domain, confirm that a test message to Gmail shows "dkim=pass" in Authentication-Results, then resend.',
  ),
  gmail(
    '4.7.32',
    'From domain not aligned with SPF or DKIM',
    'Gmail rate limits mail whose From domain matches neither the domain that passed SPF nor the one that passed DKIM, the alignment DMARC asks for.',
    'Sign with DKIM using the From domain (or a subdomain of it), or use a Return-Path in the same organizational domain, and publish a DMARC record for the domain.',
  ),
  gmail(
    '5.4.5',
    'Daily sending limit reached',
    'Gmail and Google Workspace answer 550 5.4.5 when an account, or the Workspace SMTP relay, has used up its daily sending quota; it is not the mail system congestion the registry\'s X.4.5 describes.',
    'Wait until the quota frees up (it counts over a rolling 24 hours), spread the volume or move bulk mail to a dedicated sending service, and check that the account has not been compromised.',
  ),

  // ------------------------------------------------------------------------------------------- Microsoft
  microsoft(
    '5.7.606-649',
    'Banned sending IP',
    'Microsoft\'s filtering (Exchange Online Protection and Outlook.com) has banned the IP address you connect from, after spam or other malicious traffic from it. Every code from 5.7.606 to 5.7.649 carries this meaning; the number points at an internal list, not at a different cause.',
    'Stop whatever abuse came from the IP (compromised accounts, an open relay, a bad list), then ask for removal at the delist portal (sender.office.com) with the IP and the full reply; resend once it is delisted.',
    [MS_NDR, MS_DELIST],
  ),
  microsoft(
    '5.7.700-749',
    'Sending blocked for the whole tenant',
    'Most of the mail from a Microsoft 365 tenant was judged suspicious, so the tenant lost its ability to send. 5.7.705 and 5.7.708 are the documented members of this range.',
    'Secure the tenant first (reset compromised accounts, close open relays and permissive connectors), then ask Microsoft support to restore sending.',
    [MS_NDR, MS_700],
  ),
  microsoft(
    '5.7.705',
    'Tenant exceeded its threshold',
    'The tenant sent so much suspicious mail that Microsoft stopped all outbound mail for it.',
    'Find and clean the source (typically compromised accounts sending spam), reset their credentials and enable MFA, then contact Microsoft support to lift the block.',
    [MS_NDR, MS_700],
  ),
  microsoft(
    '5.7.708',
    'Traffic not accepted from this IP',
    'Exchange Online refuses to send mail for the tenant from this IP because the tenant\'s traffic looks suspicious; new tenants with little sending history run into it often. The restriction sits in Microsoft\'s service, not at the recipient.',
    'Make sure no compromised account or open relay sends through the tenant, verify your domains and set up SPF, DKIM and DMARC, then open a request with Microsoft support; there is no self-service delisting for this code.',
    [MS_NDR, MS_700],
  ),
  microsoft(
    '5.7.750',
    'Sending from unregistered domains blocked',
    'The tenant sends a suspicious amount of mail from domains that are not added and verified in Microsoft 365, and Microsoft blocked it.',
    'Add and verify every domain you send from in the Microsoft 365 admin center, or stop sending as domains the tenant does not own.',
    [MS_NDR, MS_700],
  ),
  microsoft(
    '4.7.500-699',
    'Temporary restriction while traffic is evaluated',
    'Microsoft 365 temporarily restricts mail from the sending IP or account while it evaluates suspicious activity; IPs without a sending history are throttled this way, and the restriction lifts on its own when the traffic proves legitimate. The registry has no codes in this range; these are Microsoft\'s own.',
    'Let your queue retry at a modest rate, warm up new IPs gradually, and look up the ASxxx tag in the text in Microsoft\'s guidance; if the deferrals last for days, contact Microsoft support.',
    [MS_NDR, MS_ASXXX],
  ),
  microsoft(
    '4.7.650',
    'Rate limited for IP reputation (Outlook.com)',
    'Outlook.com and Hotmail defer mail from an IP whose reputation is low, which is common for new IPs or IPs that recently sent unwanted mail; the text points to postmaster.live.com.',
    'Keep retrying slowly, register the IP in Microsoft\'s Smart Network Data Services (SNDS) to watch its status, and build reputation with authenticated mail people want; if it persists, contact Outlook.com sender support.',
    [OUTLOOK_POSTMASTER, MS_NDR],
  ),
  microsoft(
    '4.7.850-899',
    'Temporary restriction of the sending IP',
    'Microsoft saw suspicious activity from the sending IP and restricts it for a while as it evaluates the traffic.',
    'Let the queue retry, check what the IP sent recently (a compromised account, an unusual bulk send) and reduce volume until deliveries resume.',
  ),
  microsoft(
    '5.4.1',
    'Recipient address rejected: access denied',
    'With "Recipient address rejected: Access denied", Exchange Online\'s directory-based edge blocking refused a recipient that does not exist in the recipient organization; with "Relay Access Denied", the server does not accept mail for the recipient\'s domain at all. Neither has to do with the registry\'s X.4.1, a host that does not answer.',
    'For "Access denied", confirm the address with the recipient, since their tenant does not know it; for "Relay Access Denied", the recipient\'s MX likely points to Microsoft 365 while the domain is not (or no longer) set up in their tenant, which their admin must fix.',
    [MS_NDR, MS_5_4_1],
  ),
  microsoft(
    '5.1.10',
    'Recipient not found',
    'Microsoft 365 looked up the recipient\'s SMTP address and found no mailbox, mail user or group holding it. The registry\'s X.1.10 means the recipient domain has a null MX; Microsoft reuses the number for an unknown recipient, so treat it like 5.1.1.',
    'Check the spelling and ask the recipient for a current address; if the recipient is in your own tenant, check that the address is assigned to a mailbox or as a proxy address and that directory synchronization has finished.',
    [MS_NDR, MS_5_1_10],
  ),
  microsoft(
    '4.4.316',
    'Connection refused by the destination server',
    'Exchange Online tried to deliver to a mail server outside Microsoft 365 and the connection was refused (socket error 10061). The number is Microsoft\'s own; the registry has no X.4.316.',
    'Exchange Online keeps retrying; the recipient side must make sure its server listens on port 25, that its firewall admits Microsoft 365\'s outbound IP ranges, and that its MX records are correct.',
  ),
  microsoft(
    '5.7.1',
    'Not authorized, not authenticated, or unable to relay',
    'Exchange uses 5.7.1 for several refusals: the sender may not write to a restricted group or mailbox, a mail flow rule rejected the message, the server will not relay for the recipient\'s domain, or the client did not authenticate ("Client was not authenticated"); Outlook.com also uses it for an IP range on its block list (S3150).',
    'Read the text: ask the group owner for permission, authenticate before sending, check that the recipient domain\'s MX points to the tenant that hosts it, or for the S3150 block ask your ISP to contact Outlook.com sender support.',
    [MS_NDR, MS_5_7_1],
  ),
  microsoft(
    '5.7.57',
    'Client not authenticated to send (smtp.office365.com)',
    'An application or device tried to send through smtp.office365.com without authenticating first, so Exchange Online refused the MAIL FROM.',
    'Configure the device for port 587 with STARTTLS and SMTP AUTH with a licensed mailbox that has SMTP AUTH enabled; a device that cannot authenticate should use a connector or direct send instead.',
    [MS_NDR, MS_5_7_57],
  ),
  microsoft(
    '5.7.64',
    'TenantAttribution: relay access denied',
    'Mail arriving through an inbound connector, usually from on-premises servers, no longer matches the connector\'s settings, so Exchange Online cannot attribute it to your tenant and refuses to relay it.',
    'Compare the inbound connector with what the on-premises server presents now: a changed public IP or a renewed certificate with a different name is the usual cause; update the connector, then resend.',
    [MS_NDR, MS_5_7_64],
  ),
  microsoft(
    '5.7.509',
    'DMARC verification failed',
    'The From domain did not pass DMARC and publishes a reject policy, so Microsoft refuses the message.',
    'Make each service that sends as the From domain pass SPF or DKIM in alignment with it, using the DMARC aggregate reports to find the sources that fail.',
  ),
  microsoft(
    '5.7.513',
    'Blocked by the recipient organization\'s own block list',
    'The recipient organization put your sending IP on its custom block list in Microsoft 365; the block is their decision, not Microsoft\'s.',
    'Contact the recipient organization by another channel and ask them to remove your IP from their block list.',
  ),
  microsoft(
    '5.7.515',
    'Requirements for high-volume senders not met (Outlook.com)',
    'Since May 2025, Outlook.com, Hotmail and Live refuse mail from domains that send large volumes (over about 5,000 messages a day) without passing SPF, DKIM and DMARC with alignment. The registry has no X.7.515; the code is Microsoft\'s own.',
    'Publish SPF, sign with DKIM and publish a DMARC record (at least p=none) aligned with the From domain, check the Authentication-Results of a test message to Outlook.com, then resend.',
    [OUTLOOK_HIGH_VOLUME, MS_NDR],
  ),
  microsoft(
    '5.2.121',
    'Too many messages per hour to one recipient',
    'The sender exceeded how many messages per hour Exchange Online accepts from one sender for one recipient. Not a registry code; Microsoft\'s own.',
    'Slow the automated mailer down, combine messages to that recipient, and send the rest later.',
  ),
  microsoft(
    '5.2.122',
    'Recipient received too many messages this hour',
    'The Microsoft 365 recipient has reached how many messages per hour it may receive from all senders together. Not a registry code; Microsoft\'s own.',
    'Try again later; if your system is part of the flood, lower how often it writes to that recipient.',
  ),

  // ------------------------------------------------------------------------------------------- Yahoo / AOL
  yahoo(
    'TSS04',
    'Deferred for unexpected volume or complaints',
    'Yahoo and AOL temporarily defer mail from the IP because of its volume or the complaints its mail draws; in practice the same tag also appears for senders with weak authentication or a poor reputation.',
    'Let your queue retry at a lower rate with fewer connections, authenticate with SPF, DKIM and DMARC, remove recipients who do not engage and join Yahoo\'s complaint feedback loop; if it lasts more than a day or two, use the sender hub\'s support form.',
  ),
  yahoo(
    'TSS05',
    'Deferred: sending IP throttled',
    'Another of Yahoo\'s temporary deferrals of the sending IP, typically reached after a burst: Yahoo takes some messages per IP and defers the rest.',
    'Spread the volume over time and over fewer simultaneous connections, and let the queue retry; authenticated mail with few complaints is throttled less.',
  ),
  yahoo(
    'TSS09',
    'Permanently deferred: retrying will not help',
    'Yahoo will accept no more mail from the IP, and says outright that retries will fail.',
    'Stop sending to Yahoo from that IP, find out why its reputation collapsed (compromise, bought list), fix it, and contact Yahoo through the sender hub before you resume.',
  ),
  yahoo(
    'TSS11',
    'Permanently deferred (another internal reason)',
    'The same outcome as TSS09 under a different internal reason: the IP is refused for good and retries will fail.',
    'Treat it like TSS09: pause mail from that IP to Yahoo, correct what damaged its reputation, and ask for a review through the sender hub.',
  ),
  yahoo(
    'BL21',
    'Sending IP is on a Spamhaus list',
    'Yahoo refuses connections from the IP because a Spamhaus block list lists it.',
    'Look the IP up at Spamhaus, fix the reason it was listed and ask for removal there; Yahoo follows the listing, so mail flows again once it is gone.',
    [YAHOO_ERRORS, SPAMHAUS_CHECK],
  ),
  yahoo(
    'BL23',
    'Sending IP is on the Spamhaus XBL',
    'The IP is on the Spamhaus Exploits Block List, which lists hosts running malware or open proxies, so Yahoo refuses the connection.',
    'Check the host and the network behind it for malware or a compromised device, clean it, request delisting at Spamhaus, and let mail leave only through your mail server.',
    [YAHOO_ERRORS, SPAMHAUS_CHECK],
  ),
  yahoo(
    'IPTS04',
    'Sending IP blocked for reputation',
    'A block of the sending IP on reputation grounds, seen mostly on AOL and older Yahoo servers.',
    'Review what the IP has been sending, clean up the cause, and ask for a review through Yahoo\'s sender hub; removal depends on clean traffic afterwards.',
  ),
  yahoo(
    'PH01',
    'Suspected phishing',
    'Yahoo refused the message because its content or links look like phishing.',
    'Check the links and images (URL shorteners, link text that differs from the target, links to compromised sites), remove the suspicious ones, and request a review through the sender hub if the mail is legitimate.',
  ),
  yahoo(
    '5.7.9',
    'Refused for policy: DMARC or unauthenticated sender',
    'Yahoo uses 5.7.9 for mail refused on policy grounds, most often a DMARC failure or a sender that passes neither SPF nor DKIM. The registry\'s X.7.9 is about a SASL authentication mechanism that is too weak, which is unrelated.',
    'Authenticate the mail with SPF and DKIM aligned with the From domain and publish DMARC; never send with a From address at a provider\'s domain such as yahoo.com or aol.com through your own servers. Then resend.',
  ),
];

/** "5.7.606-649" -> { prefix: "5.7.", low: 606, high: 649 }; undefined for anything else. */
function parseRange(code: string): { prefix: string; low: number; high: number } | undefined {
  const dash = code.indexOf('-');
  if (dash < 0) return undefined;
  const head = code.slice(0, dash);
  const lastDot = head.lastIndexOf('.');
  if (lastDot < 0) return undefined;
  const low = Number(head.slice(lastDot + 1));
  const high = Number(code.slice(dash + 1));
  if (!Number.isInteger(low) || !Number.isInteger(high) || low > high) return undefined;
  return { prefix: head.slice(0, lastDot + 1), low, high };
}

function inRange(range: string, enhanced: string): boolean {
  const r = parseRange(range);
  if (r === undefined || !enhanced.startsWith(r.prefix)) return false;
  const detail = enhanced.slice(r.prefix.length);
  if (!/^[0-9]{1,3}$/.test(detail)) return false;
  const n = Number(detail);
  return n >= r.low && n <= r.high;
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9]/.test(c);
}

/** The tag stands on its own in the text: "[TSS04]" or "TSS04:" yes, "XTSS041" no. Case as the provider writes it. */
function hasTag(text: string, tag: string): boolean {
  for (let i = text.indexOf(tag); i >= 0; i = text.indexOf(tag, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + tag.length])) return true;
  }
  return false;
}

function recognizes(usage: ProviderUsage, lowerText: string, lowerHost: string): boolean {
  return (
    (lowerHost !== '' && usage.match.hosts.some((h) => lowerHost.includes(h))) ||
    usage.match.text.some((p) => lowerText.includes(p))
  );
}

/**
 * The provider usages that apply to one reply: its basic code, enhanced code, reply text and remote host.
 * A tag entry (TSS04) applies when the tag stands in the text; any other entry when its code equals the
 * enhanced or basic code, or is a range containing the enhanced code, and its provider is recognized from
 * the host or the text. Exact entries come first and hide the same provider's ranges.
 */
export function providerUsagesFor(code: string | null, enhanced: string | null, text: string, remoteHost: string | null): ProviderUsage[] {
  const lowerText = text.toLowerCase();
  const lowerHost = (remoteHost ?? '').toLowerCase();
  const exact: ProviderUsage[] = [];
  const ranged: ProviderUsage[] = [];
  for (const usage of providerUsages) {
    if (TAG.test(usage.code)) {
      if (hasTag(text, usage.code)) exact.push(usage);
      continue;
    }
    const isExact = (enhanced !== null && usage.code === enhanced) || (code !== null && usage.code === code);
    const isRanged = !isExact && enhanced !== null && inRange(usage.code, enhanced);
    if (!isExact && !isRanged) continue;
    if (!recognizes(usage, lowerText, lowerHost)) continue;
    (isExact ? exact : ranged).push(usage);
  }
  const exactProviders = new Set(exact.filter((u) => !TAG.test(u.code)).map((u) => u.provider));
  return [...exact, ...ranged.filter((u) => !exactProviders.has(u.provider))];
}
