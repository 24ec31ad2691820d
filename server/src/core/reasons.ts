// Why a delivery failed: one reason for a negative reply, from its codes, its text, the command it answered
// and the provider that sent it. The code says how bad; the reason says what to do. Ordered rules, first
// match wins:
//   1. codes that say it all (the DMARC/SPF/DKIM family X.7.20-X.7.29, Microsoft's banned-IP, throttling and
//      tenant-block ranges),
//   2. the reply text: phrases in the wording of Postfix, Exim, Sendmail, qmail, Exchange, Gmail, Yahoo and
//      others, the cause before the consequence ("mailbox is full: retry timeout exceeded" is a full mailbox),
//   3. the command: a refusal of MAIL FROM that the text does not explain is about the sender,
//   4. the enhanced code (class-specific and provider codes in data/reasons.ts, else the registry entry's reason),
//   5. a basic code with one meaning in practice (535, 552, ...),
//   6. otherwise "undefined".
// Pure: strings in, data out.
import { enhancedKey, isNegative, replyClassOf } from './codes';
import { basicCodeReasons, enhancedReasonOverrides, inBannedIpRange, microsoftRangeReason, reasonEntries, type ReasonEntry } from './data/reasons';
import { enhancedEntry } from './knowledgeBase';
import { localize } from './messages';
import type { BounceReason, Locale, Reply } from './types';

export type { ReasonEntry } from './data/reasons';

export interface ReasonInput {
  /** "550", or null when only an enhanced code (or only text) is known. */
  code: string | null;
  /** "5.1.1", or null. */
  enhanced: string | null;
  /** The reply text as the log has it (untrusted; only read). */
  text: string;
  /** The SMTP command the reply answered ("RCPT TO", "MAIL FROM", "DATA"), when known. */
  command?: string | null;
  /** The remote host named on the line, used to recognize the provider. */
  remoteHost?: string | null;
  /** The provider, when the caller knows it already; otherwise recognized from the host and the text. */
  provider?: Provider | null;
}

export type Provider = 'gmail' | 'microsoft' | 'yahoo';

/** What decided the reason: a phrase of the text, a code, the command, the provider; or nothing. */
export interface ReasonEvidence {
  source: 'text' | 'enhanced' | 'code' | 'command' | 'provider' | 'none';
  /** The phrase as it stands in the text (untrusted), or the code, command or provider that decided. */
  detail: string;
}

export interface ReasonResult {
  reason: BounceReason;
  evidence: ReasonEvidence;
}

interface TextRule {
  reason: BounceReason;
  pattern: RegExp;
}

// Phrases, lower-cased text, whitespace collapsed. Order matters: the narrower cause comes first.
const TEXT_RULES: readonly TextRule[] = [
  // The local delivery program failed (procmail: Couldn't create ...; No such user): the mailer, not the user.
  { reason: 'mailererror', pattern: /\b(?:procmail|maildrop|command died|mailer (?:error|program)|pipe to \S+ (?:failed|returned)|(?:program|command) (?:exited|returned) (?:with )?(?:status|code)|unable to deliver to (?:program|command)|local delivery (?:program )?failed)\b/ },
  // Greylisting before everything that a 4.7.1 or "try again later" would otherwise suggest.
  { reason: 'greylisted', pattern: /\b(?:gr[ea]y-?list\w*)/ },
  // A receiver that says its own configuration failed (Postfix: "Client host rejected: Server configuration
  // error") has a problem of its own, whatever restriction it names.
  { reason: 'systemerror', pattern: /\b(?:server configuration error|system config(?:uration)? error|temporary lookup failure)\b/ },
  { reason: 'virusdetected', pattern: /\b(?:virus|malware|infected|trojan|worm found|ransomware)\b/ },
  {
    reason: 'authfailure',
    pattern:
      /\b(?:(?:spf|dkim|dmarc|arc)\b[^.;]{0,60}?\b(?:fail\w*|did not pass|does not pass|not pass\w*|invalid|reject\w*|error|records?|policy|validation)|(?:fail\w*|did not pass|does not pass|not pass)\b[^.;]{0,40}?\b(?:spf|dkim|dmarc)\b|not allowed to send (?:mail )?from .{0,80}\bspf\b|sender policy framework|authentication checks? failed|unauthenticated (?:email|mail|sender)|requires all senders to authenticate|not authorized to send on behalf)/,
  },
  {
    reason: 'requireptr',
    pattern:
      /\b(?:ptr records?|reverse dns|rdns|reverse (?:lookup|hostname|mapping|address)|ip name lookup failed|cannot find your (?:reverse )?hostname|no (?:reverse|ptr)\b|(?:hostname|host name) (?:does not|doesn't) (?:resolve|match)|unresolvable (?:ip|hostname|address)|not resolve to your ip)/,
  },
  {
    reason: 'notcompliantrfc',
    pattern:
      /\b(?:not (?:rfc ?(?:5322|2822|822|5321) )?compliant|rfc ?(?:5322|2822|822) (?:violation|non-?compliant|requirements)|not (?:rfc|standards)[- ]compliant|multiple (?:from|date|subject|message-id|to|sender|reply-to) headers|duplicate (?:\w+ )?headers?|missing (?:a )?(?:date|from|message-id) header|bare (?:lf|cr)\b|addresses in from: header are not)/,
  },
  { reason: 'systemfull', pattern: /\b(?:too busy|server (?:is )?busy|insufficient system storage|system (?:disk )?(?:is )?full|mail system full|(?:disk|spool|queue) (?:is )?full|no space left on device)\b/ },
  {
    reason: 'mailboxfull',
    pattern:
      /\b(?:mailbox (?:is )?full|mailbox full|inbox is full|over ?quota|quota (?:exceeded|exceed|full|reached)|exceeded (?:the |its |their |his |her )?(?:storage|mailbox|disk)? ?quota|(?:disk|storage|mailbox) quota|out of storage|storage (?:space|allocation) (?:exceeded|full)|exceeded storage allocation|insufficient (?:disk )?space (?:in|for) (?:the )?mailbox|mailbox size limit|user(?:'s)? (?:mailbox|account) is over|shutoffquotaexceeded|quotaexceeded)/,
  },
  {
    reason: 'mesgtoobig',
    pattern:
      /\b(?:message (?:size )?(?:is )?too (?:big|large)|(?:message|mail) too large|too large for this recipient|size exceeds|exceeds? (?:the )?(?:(?:fixed|maximum|max|allowed|permitted) ){1,3}(?:message )?size|message size (?:limit|exceeded)|recipsizelimit|message length exceeds)/,
  },
  {
    reason: 'suspend',
    pattern:
      /\b(?:(?:account|mailbox|user|recipient)(?: that you tried to reach)? (?:is |has been )?(?:disabled|inactive|suspended|locked|deactivated|frozen|blocked)|(?:disabled|suspended|inactive|deactivated) (?:account|mailbox|user)|mailbox disabled|account (?:has )?expired)\b/,
  },
  { reason: 'hasmoved', pattern: /\b(?:no longer (?:on (?:this )?server|with us|at this (?:address|company)|employed)|has moved|mailbox has moved|changed (?:his|her|their) (?:e-?mail )?address|is now at)\b/ },
  {
    reason: 'rejected',
    pattern:
      /\b(?:sender address rejected|domain of sender address|sender (?:address |domain )?(?:is )?(?:not found|unknown|invalid|rejected|denied|not allowed|blacklisted|blocked)|sender verif\w* fail\w*|unverified sender|invalid sender|bad sender|sender (?:domain )?(?:must|should) (?:resolve|exist)|sender was rejected|permissions? to send as this sender|not (?:allowed|authorized|permitted) to send as|(?:from|sender) address does not match|verified sender identity|return path|mail from (?:address )?(?:rejected|refused|not accepted)|envelope (?:sender|from) (?:rejected|invalid|domain))/,
  },
  {
    reason: 'norelaying',
    pattern:
      /\b(?:relay(?:ing)? (?:access )?(?:denied|not (?:permitted|allowed|authorized))|not (?:permitted|allowed|authorized) to relay|unable to relay|we do not relay|no relaying|relaying (?:is )?(?:disallowed|prohibited)|not an open relay|relay (?:is )?prohibited|(?:not in|isn't in) my list of (?:allowed )?rcpthosts|relaying to \S+ denied)\b/,
  },
  {
    reason: 'securityerror',
    pattern:
      /\b(?:authentication (?:is )?required|authentication (?:credentials )?(?:invalid|failed)|auth(?:entication)? (?:mechanism|method) (?:is )?(?:too weak|not supported)|must (?:issue|use|send) (?:a )?starttls|(?:tls|encryption|starttls) (?:is )?required|requires? (?:tls|encryption)|(?:does not|doesn't) support (?:tls|starttls)|must (?:authenticate|log ?in)|not authenticated|invalid credentials|username and password not accepted|authrequired)\b/,
  },
  // A message refused for what it carries, worded as "blocked": before the blocked rule below.
  { reason: 'policyviolation', pattern: /\b(?:content presents a potential security issue|(?:attachment|file type|content) (?:was |is )?(?:blocked|not allowed) (?:for|by|due to) (?:security|policy))/ },
  // Reputation before blocked and rate limits: "rate limited due to IP reputation" is a reputation problem.
  { reason: 'badreputation', pattern: /\b(?:reputation|user complaints|sender score|low (?:sender )?score)\b/ },
  {
    reason: 'toomanyconn',
    pattern:
      /\b(?:too many (?:concurrent |simultaneous |open )?(?:smtp )?(?:connections|sessions)|connection (?:rate )?limit|concurrency limit|too many smtp sessions|(?:maximum|max) (?:number of )?(?:concurrent )?connections|connection count limit)/,
  },
  {
    reason: 'speeding',
    pattern:
      /\b(?:rate limit\w*|rate-limit\w*|too (?:many|much) (?:messages|mail|emails|e-mails|recipients) (?:from|in|per|this|for)|sending (?:too fast|rate)|throttl\w*|slow down|unexpected volume|receiving mail at a rate|exceeded (?:the )?(?:message|sending|daily|hourly) (?:rate|limit|quota)|try again later, closing connection)/,
  },
  { reason: 'exceedlimit', pattern: /\b(?:too many recipients|recipient limit|recipients? (?:count )?exceed|administrative limit|exceeds? (?:the )?(?:limit|quota) for (?:this )?(?:recipient|user|account))/ },
  {
    reason: 'hostunknown',
    pattern:
      /\b(?:host or domain name not found|(?:host|domain) (?:name )?not found|domain (?:does not|doesn't) exist|no such domain|unknown (?:host|domain)|host unknown|nxdomain|name or service not known|unrouteable (?:mail )?domain|no mx (?:record|for)|domain (?:has )?no (?:mx|mail exchanger))/,
  },
  {
    reason: 'userunknown',
    pattern:
      /\b(?:user unknown|unknown user|no such (?:user|mailbox|recipient|address|account|local user)|(?:user|mailbox|recipient|address|account|email account)(?: name)? (?:that you tried to reach )?(?:does not|doesn't|did not) exist|(?:user|mailbox|recipient|address|account) (?:not found|unknown|invalid)|recip(?:ient)?notfound|recipient not found|not a valid (?:mailbox|recipient|user|address)|invalid (?:recipient|mailbox|user)\b|unknown (?:recipient|local[- ]part|mailbox|address)|unknown or illegal user|unrouteable address|doesn't have a [\w.-]+ account|no mailbox (?:here|by that name)|mailbox (?:not found|does not exist)|user not found|recipient address rejected: access denied|not our customer|bad destination mailbox)/,
  },
  {
    reason: 'blocked',
    pattern:
      /\b(?:blocked|block ?list(?:ed)?|black ?list(?:ed)?|deny ?list(?:ed)?|banned|listed (?:on|in|at|by)|(?:is|are|being|been) (?:black|block)?listed|dnsbl|rbl\b|spamhaus|barracuda|spamcop|sorbs|client host rejected|(?:ip|host|client) (?:address )?(?:refused|rejected|denied|not allowed)|your (?:ip|host|address|network) .{0,40}(?:rejected|not allowed|blocked|denied)|use the smtp server of your isp|not accepting (?:connections|mail|messages) from|(?:traffic|mail|messages) not accepted from (?:this|your) ip|messages from \S+ weren't sent|dynamic (?:ip|address|pool)|dial-?up|residential|not permitted to send|may not be mail exchanger|my name was rejected|(?:helo|ehlo) (?:command )?(?:rejected|refused|denied)|bad (?:helo|ehlo))/,
  },
  {
    reason: 'spamdetected',
    pattern:
      /\b(?:spam|junk mail|rspamd|gtube|unsolicited|bulk mail|scored too high|content (?:was )?rejected|looks like (?:spam|junk)|suspicious|phish\w*|uce\b|unwanted (?:mail|content))/,
  },
  {
    reason: 'policyviolation',
    pattern:
      /\b(?:policy (?:reasons|violation)|violat\w* (?:of )?(?:our|the|local|site) \w*\s?polic|not accepted for policy|content policy|(?:prohibited|forbidden|banned) (?:content|attachment|file)|attachment (?:type )?(?:is )?(?:not allowed|blocked|prohibited|forbidden)|executable (?:content|attachment)|header error|message (?:header )?policy|(?:file|attachment) type (?:that )?(?:is )?not (?:allowed|permitted)|due to (?:local |site |our )?policy|local policy|rejected by policy|content restrictions?|has a policy that prohibit\w*|(?:external )?forwarding (?:is )?(?:not allowed|disabled|prohibited)|does not allow external forwarding)/,
  },
  {
    reason: 'contenterror',
    pattern: /\b(?:8-?bit (?:data|characters)|improper use of 8-bit|non-?ascii|invalid (?:mime|header|encoding|charset)|malformed (?:mime|header|message)|mime (?:error|structure)|data format error|header (?:syntax|format))\b/,
  },
  // A host that never answered: the X.4.1 "no answer from host" case, which ends as an expired message. Before
  // the other network errors, after every cause a server stated.
  { reason: 'expired', pattern: /\b(?:connection timed out|timed out while|(?:connect|connection|smtp) timeout|timeout (?:connecting|waiting)|no answer from host)/ },
  {
    reason: 'networkerror',
    pattern:
      /\b(?:network (?:error|is unreachable|failure)|connection (?:refused|reset|closed|lost|dropped)|no route to host|host (?:is )?unreachable|(?:unable|failed) to (?:connect|establish)|(?:wasn't|was not) able to (?:connect|establish)|could not connect|couldn't connect|name service error|(?:dns|host name|hostname|name server) (?:\w+ )?(?:lookup )?(?:failure|error|failed)|dns query failed|lookup failure|temporary failure in name resolution|socket error|tls (?:handshake|negotiation) failed|lost connection|broken pipe|routing loop|mail loop|too many hops|hop count exceeded|loops back to myself|did not accept our requests to connect|error communicating with)/,
  },
  {
    reason: 'systemerror',
    pattern:
      /\b(?:ldap|directory (?:server|lookup)|system config(?:uration)? error|config(?:uration)? error|internal (?:server )?error|local error|server error|i\/o error|out of memory|resources? (?:temporarily )?unavailable|temporary (?:local )?problem|system error|misconfigured)\b/,
  },
  { reason: 'syntaxerror', pattern: /\b(?:syntax error|command (?:not recognized|unrecognized)|unrecognized command|bad sequence|need (?:rcpt|mail)|(?:rcpt|mail) first|out of sequence|line too long|invalid command)\b/ },
  { reason: 'filtered', pattern: /\b(?:filtered|content filter|(?:refused|rejected|blocked) by (?:the )?(?:recipient'?s? )?(?:\w+ )?(?:filter|rule)|members only|not a member|list members)\b/ },
  {
    reason: 'notaccept',
    pattern: /\b(?:(?:does not|doesn't|do not) accept (?:any )?(?:e-?mail|mail|messages)|accepts no (?:e-?mail|mail)|null mx|no mail service|not accepting (?:network )?(?:mail|messages))\b/,
  },
  {
    reason: 'expired',
    pattern:
      /\b(?:retry time(?:out)? (?:not reached|exceeded)|message expired|queue\.expired|delivery time expired|envelope expired|(?:in|on) the queue too long|too long in (?:the )?queue|could not be delivered for (?:too long|\d+ (?:hours?|days?))|giving up|will be deleted from queue|failing for a long time|delivery expired|lifetime exceeded|expired in queue|(?:has been|is|was) delayed|delayed for more than|will be retried for)/,
  },
];

/** Codes that decide before the text: a narrow statement no wording could overrule. */
function decisiveCode(enhanced: string | null): BounceReason | undefined {
  if (enhanced === null) return undefined;
  const detail = Number(enhanced.split('.')[2]);
  if (enhanced.startsWith('5.7.') || enhanced.startsWith('4.7.')) {
    if (detail === 25) return 'requireptr';
    if ((detail >= 20 && detail <= 26) || detail === 29) return 'authfailure';
  }
  if (inBannedIpRange(enhanced)) return 'blocked';
  // Microsoft's throttling and tenant-block ranges: their stock texts ("Server busy") would mislead.
  const microsoft = microsoftRangeReason(enhanced);
  if (microsoft) return enhancedReasonOverrides[enhanced] ?? microsoft;
  return undefined;
}

const PROVIDER_HOSTS: ReadonlyArray<[Provider, RegExp]> = [
  ['microsoft', /(?:^|\.)(?:outlook\.com|hotmail\.com|office365\.com|protection\.outlook\.com|exchangelabs\.com|live\.com)$/],
  ['gmail', /(?:^|\.)(?:google\.com|googlemail\.com|gmail\.com)$/],
  ['yahoo', /(?:^|\.)(?:yahoo\.com|yahoodns\.net|yahoo\.co\.jp|aol\.com)$/],
];

/** The provider that sent a reply, from the remote host or the provider's own markers in the text. */
export function providerOf(remoteHost: string | null | undefined, text: string): Provider | null {
  const host = remoteHost?.toLowerCase().replace(/\.$/, '');
  if (host) for (const [p, re] of PROVIDER_HOSTS) if (re.test(host)) return p;
  const t = text.toLowerCase();
  if (/\bgsmtp\b|support\.google\.com\/mail/.test(t)) return 'gmail';
  if (/protection\.outlook\.com|\bprod\.outlook\.com\b|aka\.ms\/|go\.microsoft\.com/.test(t)) return 'microsoft';
  if (/postmaster\.yahooinc\.com|\[tss\d\d\]/.test(t)) return 'yahoo';
  return null;
}

/** Provider rules: a provider's own use of a code, which its text alone does not name. */
function providerRule(provider: Provider | null, enhanced: string | null, text: string): BounceReason | undefined {
  // Microsoft's Directory-Based Edge Blocking refuses unknown recipients with 5.4.1 "Access denied".
  if (enhanced === '5.4.1' && (provider === 'microsoft' || /recipient address rejected: access denied/.test(text))) return 'userunknown';
  // Outlook.com answers an address it does not have with the stock "mailbox unavailable" text.
  if (provider === 'microsoft' && /\bmailbox unavailable\b/.test(text) && !/relay|not local/.test(text)) return 'userunknown';
  // Yahoo's TSS04: deferred for the sending IP's volume and user complaints.
  if (provider === 'yahoo' && /\[tss04\]/.test(text)) return 'badreputation';
  return undefined;
}

/**
 * The command a reply answered as the text says it: Postfix "(in reply to end of DATA command)", Exim "after
 * RCPT TO:<...>", qmail "sender was rejected". Null when the text does not say.
 */
export function commandInText(text: string): string | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  const m = /\bin reply to (end of data|data|mail from|rcpt to|helo|ehlo) command|\bafter (end of data|data|mail from|rcpt to|helo|ehlo)\b/.exec(t);
  if (m) return (m[1] ?? m[2]).toUpperCase();
  if (/\bsender was rejected\b/.test(t)) return 'MAIL FROM';
  return null;
}

function isMailFrom(command: string | null | undefined): boolean {
  return !!command && /^MAIL\b/i.test(command.trim());
}

/** The enhanced code's reason: class-specific and provider rows first, then the registry entry's. */
export function reasonOfEnhanced(enhanced: string): BounceReason | undefined {
  const override = enhancedReasonOverrides[enhanced] ?? microsoftRangeReason(enhanced);
  if (override) return override;
  const reason = enhancedEntry(enhancedKey(enhanced))?.bounceReason;
  // The registry entries name Sisimai's reasons; "delivered" and "undefined" decide nothing here.
  if (!reason || reason === 'undefined' || !isReason(reason)) return undefined;
  return reason;
}

function isReason(name: string): name is BounceReason {
  return reasonEntries.some((e) => e.reason === name);
}

/** Longest text read: the reason is in the first sentences; a 5 MB line must not cost 5 MB of matching. */
const MAX_TEXT = 2000;

/**
 * The reason of a negative reply. Null for a positive (2xx, 3xx) reply. With neither code given the text
 * alone is read (an Exim "retry timeout exceeded" line has no code).
 */
export function classifyReason(input: ReasonInput): ReasonResult | null {
  const first = input.code ?? input.enhanced;
  if (first !== null && !isNegative(replyClassOf(first))) return null;
  // Some logs write a reply with underscores for spaces (Service_unavailable;_Client_host_...).
  const text = input.text.slice(0, MAX_TEXT).toLowerCase().replace(/=\r?\n/g, '').replace(/[\s_]+/g, ' ');
  const enhanced = input.enhanced;

  const decided = decisiveCode(enhanced);
  if (decided) return { reason: decided, evidence: { source: 'enhanced', detail: enhanced! } };

  const command = input.command ?? commandInText(text);
  const provider = input.provider ?? providerOf(input.remoteHost, text);
  const byProvider = providerRule(provider, enhanced, text);
  if (byProvider) return { reason: byProvider, evidence: { source: 'provider', detail: provider ?? enhanced ?? '' } };

  for (const rule of TEXT_RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    // An unknown user stays an unknown user when the server says so only after DATA (an LMTP backend,
    // Yahoo's "doesn't have a yahoo.com account" at end of DATA): the address is still to be removed.
    return { reason: rule.reason, evidence: { source: 'text', detail: originalPhrase(input.text, m[0]) } };
  }

  if (isMailFrom(command)) return { reason: 'rejected', evidence: { source: 'command', detail: command!.trim() } };

  if (enhanced !== null) {
    const reason = reasonOfEnhanced(enhanced);
    if (reason) return { reason, evidence: { source: 'enhanced', detail: enhanced } };
  }
  if (input.code !== null) {
    const reason = basicCodeReasons[input.code];
    if (reason) return { reason, evidence: { source: 'code', detail: input.code } };
  }
  return { reason: 'undefined', evidence: { source: 'none', detail: '' } };
}

/** The matched phrase as the log wrote it (case kept), for evidence; the lower-cased match when not found. */
function originalPhrase(text: string, lowered: string): string {
  const at = text.toLowerCase().indexOf(lowered);
  return at >= 0 ? text.slice(at, at + lowered.length) : lowered;
}

/**
 * The reason of a reply (core/types.ts `Reply`), null for a positive one. A status field (`dsn=4.7.1`,
 * `Status: 5.1.1`) carries no words of its own; given the replies of its line (`sameLine`), it is read
 * with the text of the server reply it repeats, so "dsn=4.7.1 ... said: 451 4.7.1 Greylisted" is one reason.
 */
export function reasonOfReply(reply: Reply, sameLine: readonly Reply[] = []): ReasonResult | null {
  if (!isNegative(reply.replyClass)) return null;
  let told: Reply = reply;
  if (reply.parts[0].statusField) {
    const line = reply.parts[0].line;
    const said = sameLine.find((r) => r !== reply && !r.parts[0].statusField && r.parts[0].line === line && r.replyClass === reply.replyClass);
    if (said) told = said;
  }
  return classifyReason({ code: told.code, enhanced: reply.enhanced ?? told.enhanced, text: told.text, command: told.command, remoteHost: told.remoteHost });
}

const byReason = new Map<BounceReason, ReasonEntry>(reasonEntries.map((e) => [e.reason, e]));

/** A reason's entry: its names, explanation and what to do. */
export function reasonEntry(reason: BounceReason): ReasonEntry {
  return byReason.get(reason) ?? byReason.get('undefined')!;
}

/** Every reason, in reading order. */
export function allReasons(): readonly BounceReason[] {
  return reasonEntries.map((e) => e.reason);
}

/** A reason in one locale, ready for a view. */
export interface ReasonText {
  reason: BounceReason;
  name: string;
  explanation: string;
  whatToDo: string;
}

export function reasonText(reason: BounceReason, locale: Locale): ReasonText {
  const e = reasonEntry(reason);
  return { reason, name: localize(e.name, locale), explanation: localize(e.explanation, locale), whatToDo: localize(e.whatToDo, locale) };
}
