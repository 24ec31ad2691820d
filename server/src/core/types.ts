// The vocabulary of the core. Pure: no VS Code, no LSP imports anywhere under core/.

/** RFC 5321 section 4.2.1: the first digit of a reply. */
export type ReplyClass =
  | 'positive-completion'
  | 'positive-intermediate'
  | 'transient-negative'
  | 'permanent-negative';

export type Locale = 'en' | 'id';

/** A text in English, with an Indonesian version where one is written. */
export interface LocalizedText {
  en: string;
  id?: string;
}

/** Who has to act on a reply. */
export type Actor =
  | 'sender-config' // the sending side's configuration or software
  | 'sender-content' // what the message or envelope carries
  | 'receiving-server' // the receiving server or its operator
  | 'network' // DNS, routing, connectivity, TLS between the two
  | 'recipient-address' // the recipient's address as the sender wrote it (unknown, mistyped, no such domain)
  | 'recipient-mailbox' // the recipient's account or mailbox
  | 'none'; // nothing to do (success, intermediate)

/** The part of the SMTP dialogue a reply belongs to. */
export type Phase =
  | 'connection'
  | 'greeting'
  | 'tls'
  | 'auth'
  | 'envelope-sender'
  | 'envelope-recipient'
  | 'data'
  | 'end-of-data'
  | 'any';

export interface Reference {
  /** e.g. "RFC 5321" */
  document: string;
  /** e.g. "4.2.3"; empty when the whole document is meant */
  section: string;
  /** https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3 */
  url: string;
}

export interface RelatedCode {
  code: string;
  /** What differs between the two and why it matters; written for this project. */
  difference: LocalizedText;
}

/** One basic reply code (three digits), as stored in core/data. */
export interface BasicCodeEntry {
  code: string;
  title: LocalizedText;
  description: LocalizedText;
  whenYouSeeIt: LocalizedText;
  /** Steps for the admin of the sending side and of the receiving side. */
  howToFix: { sender: LocalizedText; receiver: LocalizedText };
  /** When a server should send this code: the operator's view, used by "when to use which". */
  useWhen: LocalizedText;
  actor: Actor;
  phase: Phase;
  references: Reference[];
  related: RelatedCode[];
  /** Enhanced codes usually sent with it, e.g. ["4.7.1", "4.3.0"]. */
  typicalEnhanced: string[];
}

/**
 * One enhanced status code of the IANA registry, stored class-free as "X.y.z".
 * The transient and permanent readings differ in what the reader must do.
 */
export interface EnhancedCodeEntry {
  /** "X.7.1" */
  code: string;
  /** The registry's title (a fact), e.g. "Delivery not authorized, message refused". */
  title: LocalizedText;
  description: LocalizedText;
  whenYouSeeIt: { transient: LocalizedText; permanent: LocalizedText; success?: LocalizedText };
  howToFix: {
    transient: { sender: LocalizedText; receiver: LocalizedText };
    permanent: { sender: LocalizedText; receiver: LocalizedText };
  };
  useWhen: LocalizedText;
  actor: Actor;
  /** The part of the dialogue where the code is answered, when it is tied to one (X.1.1 at RCPT TO); else any. */
  phase?: Phase;
  /** Basic codes the registry associates with it, e.g. ["450", "550", "553"]; empty for "Not given". */
  associatedBasic: string[];
  /** Classes the registry allows: 2 only where it ties the code to a 2xx reply. */
  classes: Array<2 | 4 | 5>;
  references: Reference[];
  related: RelatedCode[];
  /** Bounce-reason category (Sisimai taxonomy name, e.g. "userunknown"), when one fits. */
  bounceReason?: string;
}

/** A provider's own use of a code that differs from, or narrows, the standard meaning. */
export interface ProviderUsage {
  provider: 'gmail' | 'microsoft' | 'yahoo';
  providerName: string;
  /** Enhanced or basic code it applies to ("5.7.26"), or a provider tag ("TSS04"). */
  code: string;
  /** How the provider is recognized on a line: reply text or remote host patterns (plain substrings, lower case). */
  match: { hosts: string[]; text: string[] };
  title: LocalizedText;
  meaning: LocalizedText;
  howToFix: LocalizedText;
  references: Array<{ title: string; url: string }>;
  /**
   * For a tag entry (TSS04): the reply it comes in, as the provider sends it ("421 4.7.0"), so the tag can be
   * explained on its own. Only where a source shows the pair.
   */
  sentWith?: string;
  /** Who acts, for a number no registry lists (5.7.606), whose explanation this reading leads. */
  actor?: Actor;
}

/**
 * Why a delivery failed, as a postmaster sorts bounces: the reason names of Sisimai's taxonomy that describe
 * a failure, "greylisted" (ours: Sisimai's bounces never show it, a live log often does), and "undefined"
 * when nothing in the reply decides it. Explained in core/data/reasons.ts.
 */
export type BounceReason =
  | 'userunknown'
  | 'mailboxfull'
  | 'suspend'
  | 'hasmoved'
  | 'hostunknown'
  | 'notaccept'
  | 'rejected'
  | 'blocked'
  | 'badreputation'
  | 'requireptr'
  | 'authfailure'
  | 'securityerror'
  | 'norelaying'
  | 'spamdetected'
  | 'virusdetected'
  | 'policyviolation'
  | 'filtered'
  | 'contenterror'
  | 'notcompliantrfc'
  | 'mesgtoobig'
  | 'exceedlimit'
  | 'speeding'
  | 'greylisted'
  | 'toomanyconn'
  | 'expired'
  | 'networkerror'
  | 'systemerror'
  | 'systemfull'
  | 'mailererror'
  | 'syntaxerror'
  | 'undefined';

/** A code found in reply position on one line. Columns are UTF-16 offsets, 0-based, end exclusive. */
export interface ReplyFinding {
  /** 0-based line number. */
  line: number;
  /** Three-digit basic code, or null when only an enhanced code is present. */
  code: string | null;
  codeStart: number;
  codeEnd: number;
  /** "4.7.1", or null. */
  enhanced: string | null;
  enhancedStart: number;
  enhancedEnd: number;
  /** The reply's text on this line after the code(s), as it stands in the log (untrusted). */
  text: string;
  /** The SMTP command this reply answered, when the line says so ("RCPT TO", "DATA", "MAIL FROM", "EHLO", ...). */
  command: string | null;
  /** True for "250-PIPELINING": more lines of the same reply follow. */
  continued: boolean;
  /** Remote host named on the line (e.g. "gmail-smtp-in.l.google.com"), used for provider matching. */
  remoteHost: string | null;
  /**
   * True when the code stands in a delivery-status field (Postfix/Sendmail `dsn=5.1.1`, a bounce's
   * `Status: 5.1.1` line, qmail's `(#5.1.1)`) rather than in an SMTP reply; absent otherwise. Such a finding
   * repeats what the reply on the same event says, so a view may count it once.
   */
  statusField?: boolean;
}

/** A whole reply: one finding, or several lines of a multi-line reply. */
export interface Reply {
  /** All the lines of the reply, in order; parts[0] carries the range shown to the user. */
  parts: ReplyFinding[];
  code: string | null;
  enhanced: string | null;
  replyClass: ReplyClass;
  /** The reply text, lines joined with a space. */
  text: string;
  command: string | null;
  remoteHost: string | null;
}

/** Context from the log line a code was found on; used to add provider usage and the command. */
export interface ReplyContext {
  text?: string;
  remoteHost?: string | null;
  command?: string | null;
}

/** A provider usage in one locale, ready to show beside the standard meaning. */
export interface ProviderNote {
  provider: ProviderUsage['provider'];
  providerName: string;
  code: string;
  title: string;
  meaning: string;
  howToFix: string;
  references: Array<{ title: string; url: string }>;
  /** Who acts, when the usage says so (a provider's own number). */
  actor?: Actor;
  /**
   * True when no log line was given (explain without context): the provider cannot be recognized, so this
   * is a reading the code has if the reply came from that provider, shown apart from the standard meaning.
   */
  possible?: boolean;
}

/**
 * Everything known about one code or one pair "451 4.7.1", in one locale. The single model behind
 * hover, compare, `smtp-codes explain` and the summary's titles.
 */
export interface Explanation {
  /** "451 4.7.1", "451" or "4.7.1" */
  label: string;
  code: string | null;
  enhanced: string | null;
  replyClass: ReplyClass;
  /** "Transient negative completion" / localized */
  classTitle: string;
  /** What the class means for delivery: "The sending server keeps the message and retries later." */
  delivery: string;
  /** true for 4xx: the sender will retry on its own. */
  retried: boolean;
  /** Basic code: the category from the second digit ("Mail system"); null without a basic code. */
  category: string | null;
  /** Enhanced code: subject ("Security or policy status") and detail title; null without an enhanced code. */
  subject: string | null;
  detail: string | null;
  title: string;
  description: string;
  whenYouSeeIt: string;
  howToFix: { sender: string; receiver: string };
  useWhen: string;
  actor: Actor;
  actorTitle: string;
  phase: Phase;
  /** false when the code has a valid shape but is in no registry (459, 5.9.9): the text is class-level. */
  registered: boolean;
  /**
   * The provider whose own reading leads the explanation of a code no registry lists (5.7.606: "Microsoft 365 /
   * Outlook.com"), or null. Its title, description and fix are then that reading, and it is not repeated in providers.
   */
  leadingProvider: string | null;
  references: Reference[];
  related: Array<{ code: string; difference: string }>;
  /** The Sisimai reason name, e.g. "securityerror" (a stable identifier), or null. */
  bounceReason: string | null;
  /** The bounce reason as a reader of this locale sees it ("pelanggaran keamanan (securityerror)"), or null. */
  bounceReasonTitle: string | null;
  providers: ProviderNote[];
  /** The command the reply answered, from the context. */
  command: string | null;
}

/** The compare view's model (smtp/compare, `smtp-codes compare`, the webview). */
export interface Comparison {
  a: Explanation;
  b: Explanation;
  /** One sentence on how the two differ. */
  summary: string;
  /** Rows of facts side by side: class, retried, who acts, phase, ... */
  keyDifferences: Array<{ aspect: string; a: string; b: string; same: boolean }>;
  /** Curated notes on this pair (from the entries' related lists), when there are any. */
  notes: string[];
  /** A server operator's view: when to send one and when the other. */
  whenToUse: { a: string; b: string };
  /** Section headings in the requested locale (Deskripsi, Ketika Anda Melihatnya, ...). */
  headings: CompareHeadings;
  locale: Locale;
}

export interface CompareHeadings {
  description: string;
  whenYouSeeIt: string;
  howToFix: string;
  keyDifferences: string;
  whenToUse: string;
  references: string;
  summary: string;
  class: string;
  category: string;
  senderSide: string;
  receiverSide: string;
  /** The first column of the key-differences table. */
  aspect: string;
}
