// Enhanced status codes X.5.0 to X.7.30: the IANA registry's protocol (X.5), media (X.6) and security or
// policy (X.7) subjects. Facts (code, title, associated basic codes, references) come from the registry;
// every explanation is written for this project. Each entry is read in both classes: 4.y.z means the
// sender keeps the message and retries, 5.y.z means it gives up; 2.y.z only where the registry ties the
// code to a 2xx reply (X.5.0, X.6.4, X.6.8, X.7.0) or describes it as a success code (X.7.7).
//
// bounceReason follows Sisimai's map for the 5.y.z code, falling back to its 4.y.z entry. Deviations, where
// Sisimai's reason does not describe the code: X.5.3 (Sisimai: toomanyconn, a connection limit) ->
// exceedlimit; X.5.4 (Sisimai: systemerror) -> syntaxerror, since bad arguments are the client's doing;
// X.7.27 (Sisimai: notaccept, read as the recipient's null MX) -> rejected, since it is the sender's
// domain that has the null MX; X.5.1 has no Sisimai entry -> syntaxerror; X.5.0 has none and gets none.
import type { EnhancedCodeEntry, Reference } from '../types';
import { rfc } from './references';

/** The registry cites one Internet-Draft rather than an RFC. */
function draft(name: string): Reference {
  return { document: name, section: '', url: `https://datatracker.ietf.org/doc/${name}/` };
}

export const enhancedCodes2: EnhancedCodeEntry[] = [
  // ---- X.5.z: mail delivery protocol status ----
  {
    code: 'X.5.0',
    title: { en: 'Other or undefined protocol status', id: 'Status protokol lain atau tidak terdefinisi' },
    description: {
      en: 'A status about the SMTP dialogue itself (the commands, their order, the session) that the server did not narrow down to a specific protocol detail. It says nothing about the address, the mailbox or the content.',
    },
    whenYouSeeIt: {
      success: {
        en: 'Some servers attach 2.5.0 to ordinary protocol acknowledgements, such as the reply to NOOP, to a BDAT chunk or even the final 250 after DATA: nothing went wrong and nothing needs doing.',
      },
      transient: {
        en: '4.5.0 says the dialogue hit a snag the server expects to clear, often a session-state or pipelining problem or a server-side hiccup in the middle of a transaction. The sending server keeps the message and tries again.',
      },
      permanent: {
        en: '5.5.0 means the server refused something about the way the client spoke SMTP without giving a finer reason; the reply text usually names the command it objected to. The message is not retried.',
      },
    },
    howToFix: {
      transient: {
        sender: {
          en: 'Let the queue retry; if one destination keeps deferring with 4.5.0, capture a transcript (swaks, or the MTA’s debug log for that domain) to see which command draws it.',
        },
        receiver: {
          en: 'Look in the server log at the time of the deferral for the command and session state that triggered it, and for resource or proxy trouble that breaks sessions half-way.',
        },
      },
      permanent: {
        sender: {
          en: 'Read the reply text for the command that was refused and compare the client’s dialogue with RFC 5321; a faulty client library, a proxy that rewrites commands, or broken pipelining are the usual culprits.',
        },
        receiver: {
          en: 'Find which rule or protocol check produced the bare 5.5.0 and, where possible, answer with a specific detail (5.5.1, 5.5.2, 5.5.4) so senders know what to change.',
        },
      },
    },
    useWhen: {
      en: 'Send X.5.0 only when a protocol problem fits none of the specific X.5.z details. Prefer X.5.1 for a command out of order, X.5.2 for input that cannot be parsed and X.5.4 for bad parameters.',
    },
    actor: 'sender-config',
    associatedBasic: ['220', '250', '251', '252', '253', '451', '452', '454', '458', '459', '501', '502', '503', '554'],
    classes: [2, 4, 5],
    references: [rfc(3463, '3.6')],
    related: [
      { code: 'X.5.1', difference: { en: 'X.5.1 pins the problem down to a command that is out of sequence or not supported; X.5.0 is the catch-all when the server gives no such detail.' } },
      { code: 'X.5.2', difference: { en: 'X.5.2 says the command line could not be parsed at all; X.5.0 leaves the nature of the protocol problem open.' } },
      { code: 'X.5.4', difference: { en: 'X.5.4 blames a parameter of an otherwise valid command; X.5.0 does not say which part of the dialogue was wrong.' } },
    ],
  },
  {
    code: 'X.5.1',
    title: { en: 'Invalid command', id: 'Perintah tidak valid' },
    description: {
      en: 'The client sent a command the server will not accept at that point: one it does not implement, or one issued out of order, such as DATA before any recipient was accepted or MAIL FROM before EHLO.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.5.1 is uncommon; it usually means a command was refused only for now, because the session cannot take it until a pending step such as STARTTLS or AUTH has completed. The sender keeps the message queued.',
      },
      permanent: {
        en: '5.5.1 means the server will not act on the command as sent: a sequencing error (RCPT TO before MAIL FROM, DATA with no accepted recipients) or a verb it does not support. Scripts and hand-written clients that skip a step cause it most often.',
      },
    },
    howToFix: {
      transient: {
        sender: {
          en: 'Check the transcript for a step the server expected first, such as STARTTLS or AUTH, and make sure the client waits for each reply when the server did not offer PIPELINING.',
        },
        receiver: {
          en: 'Work out which session state made the command unacceptable and whether it clears by itself; if it does not, answer with a permanent code so the client stops retrying.',
        },
      },
      permanent: {
        sender: {
          en: 'Fix the command order in the client: EHLO, then STARTTLS and AUTH where needed, MAIL FROM, RCPT TO, and DATA only after at least one recipient was accepted. Stop using any extension the server did not list in its EHLO reply.',
        },
        receiver: {
          en: 'Confirm from the log which command was refused and why; if a legitimate client depends on an extension you turned off, re-enable it or tell the client’s owner.',
        },
      },
    },
    useWhen: {
      en: 'Reply 5.5.1 to a known command that arrives out of sequence or to a verb you do not implement. Use X.5.2 when the line cannot be parsed and X.5.4 when the command is fine but its arguments are not.',
    },
    actor: 'sender-config',
    associatedBasic: ['430', '500', '501', '503', '530', '550', '554', '555'],
    classes: [4, 5],
    references: [rfc(3463, '3.6')],
    related: [
      { code: 'X.5.2', difference: { en: 'X.5.1 concerns a command the server understood but will not take here or at all; X.5.2 means the line itself could not be parsed, so the client must fix its syntax rather than its sequence.' } },
      { code: 'X.5.3', difference: { en: 'X.5.3 is about the number of recipients in an otherwise correct transaction, not about commands; a client that sees it should split the recipient list, not change its command order.' } },
      { code: 'X.5.4', difference: { en: 'X.5.4 accepts the command but objects to its arguments; X.5.1 objects to the command being sent at all, or at that moment.' } },
    ],
    bounceReason: 'syntaxerror',
  },
  {
    code: 'X.5.2',
    title: { en: 'Syntax error', id: 'Kesalahan sintaks' },
    description: {
      en: 'The server could not make sense of what the client sent: the command word is unknown or misspelled, or the line is malformed, for example an address without angle brackets or stray characters after the command.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.5.2 is rare and usually points to a line the server could not read because of a passing input problem, such as a connection that garbled or cut the command; the message stays queued.',
      },
      permanent: {
        en: '5.5.2 means a command line was rejected as unreadable. Typical causes are a script sending "MAIL FROM: user@example.com" without brackets, bare LF line endings instead of CRLF, or a client speaking HTTP or another protocol to port 25.',
      },
    },
    howToFix: {
      transient: {
        sender: {
          en: 'If it keeps happening, take a transcript and look at line endings, character encoding and any middlebox (antivirus proxy, firewall SMTP fixup) that alters commands on the way.',
        },
        receiver: {
          en: 'Check whether a proxy or load balancer in front of the server truncates or splits lines, and whether the line-length limit is being reached.',
        },
      },
      permanent: {
        sender: {
          en: 'Compare the exact command bytes with RFC 5321 syntax: angle brackets around addresses, CRLF line endings, no trailing junk. Fix or update the sending library rather than the message.',
        },
        receiver: {
          en: 'Log the raw line that failed to parse; if many clients fail on the same construct, check whether your parser is stricter than the standard requires, for example about a space after the colon.',
        },
      },
    },
    useWhen: {
      en: 'Reply 5.5.2 when a command line cannot be parsed or the verb is unknown. Prefer X.5.4 when the verb is valid but a parameter is wrong, and X.5.1 when a valid command is out of place.',
    },
    actor: 'sender-config',
    associatedBasic: ['500', '501', '502', '550', '555'],
    classes: [4, 5],
    references: [rfc(3463, '3.6')],
    related: [
      { code: 'X.5.1', difference: { en: 'X.5.2 means the server could not parse the line; X.5.1 means it parsed a valid command but will not run it in that state or does not implement it.' } },
      { code: 'X.5.3', difference: { en: 'X.5.3 refuses extra recipients of a well-formed transaction, a sizing matter the sender solves by batching; X.5.2 says the commands themselves are malformed.' } },
      { code: 'X.5.4', difference: { en: 'X.5.4 means the command word was right and only an argument was unacceptable; X.5.2 means the line did not parse as a command at all.' } },
    ],
    bounceReason: 'syntaxerror',
  },
  {
    code: 'X.5.3',
    title: { en: 'Too many recipients', id: 'Terlalu banyak penerima' },
    description: {
      en: 'The transaction named more recipients than the server takes in one message. The expected reaction is to deliver to the recipients already accepted and send the others in a further transaction, not to give up on them.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.5.3 normally answers a RCPT TO after the per-message recipient limit was reached; the recipients accepted so far are fine, and a well-behaved MTA sends the remainder in a new transaction.',
      },
      permanent: {
        en: '5.5.3 means the recipients beyond the limit were refused for this attempt; if the sending software does not split the list itself, those people get a bounce although nothing is wrong with their addresses.',
      },
    },
    howToFix: {
      transient: {
        sender: {
          en: 'Make sure the MTA or application splits large recipient lists (for example Postfix smtp_destination_recipient_limit, or batching in the application) and keeps each transaction under the receiver’s limit.',
        },
        receiver: {
          en: 'Check the configured recipients-per-message limit; if legitimate senders reach it often, raise it, and keep answering with a 4xx reply so they send the rest later.',
        },
      },
      permanent: {
        sender: {
          en: 'Resend to the refused recipients in smaller batches, and cap recipients per transaction in the sender’s configuration so the limit is never crossed again.',
        },
        receiver: {
          en: 'Prefer a temporary reply for excess recipients, as RFC 5321 recommends with 452, so clients split and retry; a permanent refusal turns a sizing question into bounces.',
        },
      },
    },
    useWhen: {
      en: 'Answer the RCPT TO that goes over your per-message limit with a 4xx reply and 4.5.3 (RFC 5321 suggests 452, the registry lists 451) so the client delivers the rest later. Keep 5.5.3 for clients that ignore the deferral.',
    },
    actor: 'sender-config',
    associatedBasic: ['451'],
    classes: [4, 5],
    references: [rfc(3463, '3.6'), rfc(5321, '4.5.3.1.10')],
    related: [
      { code: 'X.5.1', difference: { en: 'X.5.1 blames the command or its order; X.5.3 accepts the commands and only limits how many recipients one message may carry.' } },
      { code: 'X.5.2', difference: { en: 'X.5.2 reports unreadable commands that the client must correct; X.5.3 reports a limit the client meets by splitting the recipient list.' } },
    ],
    bounceReason: 'exceedlimit',
  },
  {
    code: 'X.5.4',
    title: { en: 'Invalid command arguments', id: 'Argumen perintah tidak valid' },
    description: {
      en: 'The command was valid but one of its parameters was not: an option the server does not support, a value out of range, or an extension keyword the server never advertised, such as SMTPUTF8 or BODY=8BITMIME on MAIL FROM at a server that lacks them.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.5.4 suggests the server cannot honour a parameter at the moment, for example an option that depends on a helper service that is down; the sender retries.',
      },
      permanent: {
        en: '5.5.4 usually follows a MAIL FROM or RCPT TO carrying an ESMTP parameter the server did not offer, or a malformed value such as a non-numeric SIZE, and often comes with 501, 504 or 555.',
      },
    },
    howToFix: {
      transient: {
        sender: {
          en: 'Retry later; if it persists, drop the optional parameter the reply text names and check whether the destination’s EHLO reply still lists the matching extension.',
        },
        receiver: {
          en: 'Check whether the component behind the parameter (a DSN or size-check service, for instance) is failing, since a temporary argument error should clear without the client changing anything.',
        },
      },
      permanent: {
        sender: {
          en: 'Send only parameters the server advertised in its EHLO reply and check their values against the syntax; a client library that sends NOTIFY or SMTPUTF8 unconditionally needs a fix or an update.',
        },
        receiver: {
          en: 'Identify the parameter from the log; if clients legitimately need it, enable the matching extension, otherwise the rejection is right.',
        },
      },
    },
    useWhen: {
      en: 'Send 5.5.4 (with 501, 504 or 555) when the command is right but an argument is not acceptable. Use X.5.2 for a line that does not parse and X.5.1 for a command out of sequence.',
    },
    actor: 'sender-config',
    associatedBasic: ['451', '501', '502', '503', '504', '550', '555'],
    classes: [4, 5],
    references: [rfc(3463, '3.6')],
    related: [
      { code: 'X.5.1', difference: { en: 'X.5.1 refuses the command itself; X.5.4 accepts the command and refuses one of its arguments, so the client fixes a parameter, not its sequence.' } },
      { code: 'X.5.2', difference: { en: 'X.5.2 means the line would not parse; X.5.4 means it parsed and a parameter value or keyword was not acceptable.' } },
    ],
    bounceReason: 'syntaxerror',
  },
  {
    code: 'X.5.5',
    title: { en: 'Wrong protocol version', id: 'Versi protokol salah' },
    description: {
      en: 'The two sides could not agree on a version of the protocol, so the exchange could not go on; in practice it shows up when client and server disagree about a dialect or protocol variant they both need.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.5.5 is seldom seen; it points to a version mismatch that may resolve itself later, such as a gateway whose upstream runs a different protocol version during a migration.',
      },
      permanent: {
        en: '5.5.5 means the mismatch could not be worked around, for instance a client speaking LMTP to an SMTP-only listener, or a gateway receiving a protocol variant it does not understand.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let the message retry, and check whether the destination recently changed its mail software or is being migrated.' },
        receiver: { en: 'Verify that every node behind the listener runs a protocol version the front end can talk to, especially during upgrades.' },
      },
      permanent: {
        sender: { en: 'Check that the client connects to the right port and protocol (SMTP on 25 or 587, LMTP only where configured) and speaks the version the server expects.' },
        receiver: { en: 'Confirm which protocol the listener is configured for, document it, and point misconfigured clients to the correct service.' },
      },
    },
    useWhen: {
      en: 'Use X.5.5 only for a genuine protocol-version mismatch; ordinary unknown or misplaced commands belong to X.5.1 or X.5.2.',
    },
    actor: 'sender-config',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.6')],
    related: [
      { code: 'X.5.1', difference: { en: 'X.5.1 refuses a single command within a protocol both sides speak; X.5.5 says the two sides do not speak the same protocol version at all.' } },
    ],
    bounceReason: 'systemerror',
  },
  {
    code: 'X.5.6',
    title: { en: 'Authentication Exchange line is too long', id: 'Baris pertukaran autentikasi terlalu panjang' },
    description: {
      en: 'During AUTH, the client sent a base64 response longer than the server can buffer for the chosen SASL mechanism, so the server abandoned the authentication attempt.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.5.6 means the server could not take the long AUTH response this time; because the same response will be too long again, it usually recurs on every retry until the client changes.',
      },
      permanent: {
        en: '5.5.6 answers an AUTH exchange whose encoded line went over the limit, typically a large token such as an XOAUTH2 bearer token or a Kerberos ticket sent as the initial response.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry once; if the same reply comes back, treat it like the permanent case and shorten the AUTH response instead of waiting on the queue.' },
        receiver: { en: 'Check the SASL line-length limit and whether a configuration change lowered it, then raise it enough for the token sizes your clients use.' },
      },
      permanent: {
        sender: {
          en: 'Send the credentials after the 334 prompt instead of as an initial response on the AUTH line, pick a mechanism with shorter messages, or ask the server owner to raise the limit.',
        },
        receiver: {
          en: 'Raise the maximum AUTH line length for the mechanisms you offer (OAuth tokens can run to several kilobytes), or stop advertising a mechanism whose responses the server cannot hold.',
        },
      },
    },
    useWhen: {
      en: 'Send 500 5.5.6 when an AUTH response overflows your buffer for that mechanism; send X.7.8 when the credentials are wrong rather than too long.',
    },
    actor: 'sender-config',
    associatedBasic: ['500'],
    classes: [4, 5],
    references: [rfc(4954, '6')],
    related: [
      { code: 'X.7.8', difference: { en: 'X.7.8 says the credentials were checked and are wrong; X.5.6 says the server never got as far as checking them because the AUTH line was too long.' } },
    ],
    bounceReason: 'syntaxerror',
  },

  // ---- X.6.z: message content or media status ----
  {
    code: 'X.6.0',
    title: { en: 'Other or undefined media error', id: 'Kesalahan media lain atau tidak terdefinisi' },
    description: {
      en: 'Something in the content of the message made it undeliverable and no more specific media code applied; the trouble lies in the body or headers, not in the envelope or the sender’s reputation.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.0 points to content the server could not process for now, such as a scanner or converter timing out on a large or deeply nested attachment; the message is retried.',
      },
      permanent: {
        en: '5.6.0 means the receiving system refused the content itself: malformed MIME, a header it could not parse, or an attachment it will not carry. The reply text or the provider’s bounce usually names the part.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry; if one message keeps deferring, test a copy without attachments to see whether a particular part upsets the receiver’s content processing.' },
        receiver: { en: 'Check the content scanner and conversion services for timeouts or crashes at the time of the deferral, and the size or nesting depth of the message involved.' },
      },
      permanent: {
        sender: { en: 'Validate the MIME structure and headers of the message (a MIME linter or a test mailbox helps), remove unusual attachment types or nested archives, and resend.' },
        receiver: { en: 'Find the content rule or parser error that produced 5.6.0 and, if it is a specific failure, answer with the matching detail code such as X.6.1 or X.6.3.' },
      },
    },
    useWhen: {
      en: 'Use X.6.0 for content problems that fit no specific media code. Prefer X.6.1 for an unsupported media type and X.6.3 or X.6.5 when a conversion is at fault.',
    },
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.7')],
    related: [
      { code: 'X.6.1', difference: { en: 'X.6.1 names the cause, a media type or encoding the path cannot carry; X.6.0 only says the content was the problem.' } },
      { code: 'X.6.3', difference: { en: 'X.6.3 says the content would be fine after a conversion nobody could perform; X.6.0 leaves the content problem unspecified.' } },
      { code: 'X.6.5', difference: { en: 'X.6.5 reports a conversion that was attempted and failed; X.6.0 does not say whether any conversion was involved.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.1',
    title: { en: 'Media not supported', id: 'Media tidak didukung' },
    description: {
      en: 'The message carries a media type or encoding that the delivery path or the next system cannot handle, for instance a body part type the destination refuses, or binary content offered to a system that cannot take it.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.1 is unusual; it suggests the next system cannot take this kind of content at the moment, such as a gateway whose handler for the media type is temporarily unavailable.',
      },
      permanent: {
        en: '5.6.1 means the receiving side does not accept the content as sent, for example a blocked attachment type or binary data on a path that does not offer BINARYMIME.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry; if the deferral keeps coming back, resend with a common transfer encoding (base64 or quoted-printable) and without exotic attachment types.' },
        receiver: { en: 'Check the content handler or gateway responsible for that media type and whether it is down or misconfigured.' },
      },
      permanent: {
        sender: { en: 'Change the content: convert or compress the attachment into a type the destination accepts, use 7-bit-safe encodings, or share large and unusual files by link.' },
        receiver: { en: 'Review the attachment-type policy that fired; if the type is legitimate for your users, allow it, otherwise document the restriction.' },
      },
    },
    useWhen: {
      en: 'Reply X.6.1 when you refuse a media type or encoding as such; use X.6.3 when the content would be acceptable after a conversion you cannot perform.',
    },
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.7')],
    related: [
      { code: 'X.6.0', difference: { en: 'X.6.0 is the unspecified content error; X.6.1 tells the sender that the type or encoding of the content is what the path refuses.' } },
      { code: 'X.6.3', difference: { en: 'X.6.3 means a conversion could have made the content deliverable but was not available; X.6.1 means the content type is not wanted at all.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.2',
    title: { en: 'Conversion required and prohibited', id: 'Konversi diperlukan tetapi dilarang' },
    description: {
      en: 'The content would have to be converted for the next hop, but conversion was forbidden, whether by a no-conversion request carried with the message or by the rules of a system on the way.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.2 suggests the ban on converting may be lifted or the next hop may soon accept the original form; the message stays in the queue meanwhile.',
      },
      permanent: {
        en: '5.6.2 means a relay needed to convert the message, for example downgrade 8-bit text to 7-bit, but was not allowed to, so it returned the message rather than alter it.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Wait for the retries; if the deferral persists, send the message in a form that needs no conversion, such as 7-bit-safe encoding.' },
        receiver: { en: 'Check the relay’s conversion policy and whether the next hop’s capabilities (8BITMIME, BINARYMIME) changed recently.' },
      },
      permanent: {
        sender: { en: 'Resend using base64 or quoted-printable so no hop has to convert, or drop the setting that forbids conversion if it was not intended.' },
        receiver: { en: 'Confirm whether refusing to convert is deliberate; if not, allow downgrade conversion on the relay.' },
      },
    },
    useWhen: {
      en: 'Use X.6.2 when you could convert but are forbidden to; use X.6.3 when you are allowed to convert but unable to.',
    },
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.7')],
    related: [
      { code: 'X.6.3', difference: { en: 'With X.6.2 the conversion was possible but forbidden; with X.6.3 it was allowed but no host on the path could do it.' } },
      { code: 'X.6.4', difference: { en: 'X.6.4 is about a conversion that did happen and lost data; X.6.2 is about a conversion that was never carried out because it was not permitted.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.3',
    title: { en: 'Conversion required but not supported', id: 'Konversi diperlukan tetapi tidak didukung' },
    description: {
      en: 'The message has to be converted before it can go on, and the host that must do it cannot; the classic case is a relay that took 8-bit MIME and finds the next hop offers only 7-bit transport, with no downgrade routine of its own.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.3 means the relay cannot convert at present and will try again, in case the next hop’s capabilities or the converter become available.',
      },
      permanent: {
        en: '5.6.3 shows that the path needed a conversion no host could perform, so the message came back unchanged; 8-bit or binary content meeting a 7-bit-only hop is the usual story.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Nothing to do at first; if the deferral repeats, resend the message with 7-bit-safe transfer encodings.' },
        receiver: { en: 'Check whether the next hop stopped advertising 8BITMIME or BINARYMIME and whether your MTA’s downgrade feature is enabled.' },
      },
      permanent: {
        sender: { en: 'Encode the message with base64 or quoted-printable (most mail libraries can be told to) so that no conversion is needed anywhere.' },
        receiver: { en: 'Enable the MTA’s 8-bit to 7-bit downgrade if you relay to legacy hosts, or fix the next hop so it advertises 8BITMIME.' },
      },
    },
    useWhen: {
      en: 'Send 554 5.6.3 when you must convert but cannot. Prefer X.6.2 when policy forbids the conversion and X.6.5 when a conversion was tried and broke.',
    },
    actor: 'sender-content',
    associatedBasic: ['554'],
    classes: [4, 5],
    references: [rfc(3463, '3.7')],
    related: [
      { code: 'X.6.2', difference: { en: 'X.6.3 says the conversion was permitted but impossible on this path; X.6.2 says it was possible but someone forbade it.' } },
      { code: 'X.6.5', difference: { en: 'X.6.5 means a converter ran and failed on this message; X.6.3 means no converter for the case existed on the path.' } },
      { code: 'X.6.1', difference: { en: 'X.6.1 refuses the media type outright; X.6.3 would have carried the message had it been converted.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.4',
    title: { en: 'Conversion with loss performed', id: 'Konversi dilakukan dengan kehilangan data' },
    description: {
      en: 'The content was converted on the way in a manner that lost information, such as characters replaced or a part dropped. As a success code it is a warning; as a failure it means a lossy conversion was not acceptable for this message.',
    },
    whenYouSeeIt: {
      success: {
        en: '2.6.4 means the message was delivered, but a conversion on the way threw some data away; the recipient may see mangled characters or a missing part.',
      },
      transient: {
        en: '4.6.4 is rare; it suggests the relay would have to convert with loss and is holding the message for now instead of doing so.',
      },
      permanent: {
        en: '5.6.4 means only a lossy conversion could have delivered the message and the sender had asked that nothing be lost, so it was returned.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry, and if the deferral continues resend in a 7-bit-safe encoding so no lossy conversion is needed.' },
        receiver: { en: 'Check why the relay cannot pass on the original form and whether the next hop’s capabilities changed.' },
      },
      permanent: {
        sender: {
          en: 'Encode the message so it survives the path unchanged (base64 for binary parts, UTF-8 text with proper MIME labels), and remove the instruction forbidding lossy conversion if some loss is acceptable.',
        },
        receiver: { en: 'Review which conversion the relay attempted and whether a lossless route exists, for example by supporting 8BITMIME towards the next hop.' },
      },
    },
    useWhen: {
      en: 'Report 2.6.4 when you delivered after a lossy conversion so the sender learns of it, and 5.6.4 when the sender forbade such loss. Use X.6.5 when the conversion failed outright.',
    },
    actor: 'sender-content',
    associatedBasic: ['250'],
    classes: [2, 4, 5],
    references: [rfc(3463, '3.7')],
    related: [
      { code: 'X.6.5', difference: { en: 'X.6.5 means the conversion did not work at all; X.6.4 means it worked but dropped or altered part of the content.' } },
      { code: 'X.6.2', difference: { en: 'X.6.2 returns the message without converting because conversion is forbidden; X.6.4 reports a conversion that went ahead, or would have, at the cost of data.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.5',
    title: { en: 'Conversion Failed', id: 'Konversi gagal' },
    description: {
      en: 'A conversion of the content was attempted and did not succeed, so the message could not be passed on in the form the next hop needs.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.5 usually reflects a converter that crashed, timed out or ran out of resources, and the relay will try the conversion again later.',
      },
      permanent: {
        en: '5.6.5 means the conversion fails on this message every time, often because of malformed MIME or a character set the converter does not know.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Wait for the retries; if this message keeps deferring, check it for broken MIME or unusual character sets.' },
        receiver: { en: 'Check the converter’s logs and resources at the time of the failure, and restart or repair it.' },
      },
      permanent: {
        sender: { en: 'Correct the message structure (valid MIME boundaries, declared character sets) or send it in a form that needs no conversion.' },
        receiver: { en: 'Find the exact conversion error; if the converter mishandles valid content, fix or update it rather than bouncing the mail.' },
      },
    },
    useWhen: {
      en: 'Use X.6.5 when your conversion attempt fails on the message; prefer X.6.3 when you have no converter for the case at all.',
    },
    actor: 'receiving-server',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.7')],
    related: [
      { code: 'X.6.3', difference: { en: 'X.6.3 means nobody on the path could convert; X.6.5 means a converter tried and failed, which may be a bug on the relay or broken content.' } },
      { code: 'X.6.4', difference: { en: 'X.6.4 reports a conversion that completed with data lost; X.6.5 reports one that did not complete.' } },
      { code: 'X.6.0', difference: { en: 'X.6.0 is a content error of unstated kind; X.6.5 says specifically that converting the content failed.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.6',
    title: { en: 'Message content not available', id: 'Isi pesan tidak tersedia' },
    description: {
      en: 'The server was asked to take the message body from another system (the BURL extension, where a submission server fetches content from an IMAP URL) and could not retrieve it.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.6 means fetching the referenced content failed for now, for example because the IMAP server was unreachable, and the submission can be tried again.',
      },
      permanent: {
        en: '5.6.6 means the content behind the URL cannot be obtained: the URL expired, points to a deleted draft, or the submission server has no access to it.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry the submission; if it keeps failing, check that the IMAP server is reachable from the submission server.' },
        receiver: { en: 'Check connectivity and authentication between the submission server and the IMAP store at the time of the failure.' },
      },
      permanent: {
        sender: { en: 'Generate a fresh URLAUTH URL, make sure the draft still exists, or submit the message body directly with DATA instead of BURL.' },
        receiver: { en: 'Check the trust set-up between the submission and IMAP servers (see X.7.14) and the logs of the fetch attempt.' },
      },
    },
    useWhen: {
      en: 'Send 554 5.6.6 when BURL content cannot be fetched; if the fetch failed because no trust relationship exists, X.7.14 is the more precise reply.',
    },
    actor: 'sender-config',
    associatedBasic: ['554'],
    classes: [4, 5],
    references: [rfc(4468)],
    related: [
      { code: 'X.7.14', difference: { en: 'X.7.14 says the submission server is not trusted by the content server and so may not fetch; X.6.6 says the fetch failed, whatever the reason.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.7',
    title: { en: 'Non-ASCII addresses not permitted for that sender/recipient', id: 'Alamat non-ASCII tidak diizinkan untuk pengirim/penerima tersebut' },
    description: {
      en: 'An envelope address in MAIL FROM or RCPT TO contains non-ASCII characters (an internationalized address), and the server does not allow such addresses for that sender or recipient.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.7 suggests the server cannot take a UTF-8 address at the moment, for example while its SMTPUTF8 support or the lookup for such addresses is unavailable.',
      },
      permanent: {
        en: '5.6.7 appears when a client sends an internationalized address, with accented or non-Latin characters in it, to a server or mailbox that only accepts ASCII addresses.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry; if it continues, find out whether the recipient also has an ASCII alias.' },
        receiver: { en: 'Check whether SMTPUTF8 support or the address lookup for UTF-8 addresses is failing.' },
      },
      permanent: {
        sender: { en: 'Use the recipient’s ASCII address if one exists, and make sure the client sends UTF-8 addresses only to servers that advertise SMTPUTF8.' },
        receiver: { en: 'Decide whether to support internationalized addresses; if so, enable SMTPUTF8 and make sure mailboxes can carry UTF-8 names.' },
      },
    },
    useWhen: {
      en: 'Reply 553 5.6.7 when you refuse a non-ASCII address. Use X.6.8 when the trouble is a UTF-8 reply the client cannot receive, and X.6.9 when UTF-8 headers cannot be passed on.',
    },
    actor: 'sender-content',
    associatedBasic: ['553', '550'],
    classes: [4, 5],
    references: [rfc(6531)],
    related: [
      { code: 'X.6.8', difference: { en: 'X.6.8 is about the server’s reply needing UTF-8 that the client did not allow; X.6.7 is about the address the client sent being non-ASCII.' } },
      { code: 'X.6.9', difference: { en: 'X.6.9 comes after DATA, when UTF-8 headers cannot reach a recipient; X.6.7 comes at MAIL FROM or RCPT TO, for the address alone.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.8',
    title: {
      en: 'UTF-8 string reply is required, but not permitted by the SMTP client',
      id: 'Balasan string UTF-8 diperlukan, tetapi tidak diizinkan oleh klien SMTP',
    },
    description: {
      en: 'The server would have to answer with a UTF-8 mailbox name (to a VRFY or EXPN query, for example), but the client did not signal that it accepts UTF-8 replies, so the server cannot give the full answer.',
    },
    whenYouSeeIt: {
      success: {
        en: '2.6.8 comes with 252: the server could not show the mailbox name because the client did not allow UTF-8, but it will still accept a message for the address and try to deliver it.',
      },
      transient: {
        en: '4.6.8 is uncommon; it suggests the server is declining for now to answer a query whose result contains UTF-8 text the client has not agreed to receive.',
      },
      permanent: {
        en: '5.6.8 means a VRFY or EXPN result contains a non-ASCII mailbox name and the client did not use the SMTPUTF8 option, so the server refused to show it.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry with the SMTPUTF8 parameter on the query if the client supports it.' },
        receiver: { en: 'Check whether SMTPUTF8 handling is active on this listener, since clients cannot ask for UTF-8 replies without it.' },
      },
      permanent: {
        sender: { en: 'Add the SMTPUTF8 parameter to VRFY or EXPN after checking that the EHLO reply lists SMTPUTF8, or use a client that supports internationalized mail.' },
        receiver: { en: 'Nothing is wrong on your side when the client lacks SMTPUTF8; only make sure the reply uses 553 or 550 consistently.' },
      },
    },
    useWhen: {
      en: 'Send 252 2.6.8 when you withhold a UTF-8 name but still accept mail, and 553 5.6.8 when you refuse the query. X.6.10 is a deprecated duplicate, so always send X.6.8.',
    },
    actor: 'sender-config',
    associatedBasic: ['252', '553', '550'],
    classes: [2, 4, 5],
    references: [rfc(6531)],
    related: [
      { code: 'X.6.10', difference: { en: 'X.6.10 was registered for the same situation by mistake and is deprecated; read it exactly as X.6.8.' } },
      { code: 'X.6.7', difference: { en: 'X.6.7 refuses a non-ASCII address the client sent; X.6.8 withholds a non-ASCII answer the client is not ready for.' } },
      { code: 'X.6.9', difference: { en: 'X.6.9 rejects a whole message with UTF-8 headers after DATA; X.6.8 concerns only a reply to a query.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.9',
    title: {
      en: 'UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected',
      id: 'Pesan dengan header UTF-8 tidak dapat dikirim ke satu atau lebih penerima, sehingga pesan harus ditolak',
    },
    description: {
      en: 'The message has UTF-8 header fields (internationalized mail) and at least one recipient sits behind a system that cannot take them, so the transaction is refused after the end of DATA.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.9 means the server cannot forward the internationalized headers right now, for example because the next hop temporarily stopped advertising SMTPUTF8; the message is retried.',
      },
      permanent: {
        en: '5.6.9 comes after the final dot of DATA: the message carried raw UTF-8 in headers such as From or Subject, and a recipient’s system lacks SMTPUTF8 support.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry; if the deferral lasts, resend with headers encoded as RFC 2047 encoded words and ASCII addresses.' },
        receiver: { en: 'Check whether the downstream system for those recipients lost SMTPUTF8 support, and restore it.' },
      },
      permanent: {
        sender: {
          en: 'Resend with ASCII addresses and MIME-encoded headers (most libraries do this when SMTPUTF8 is not requested), or send the internationalized version only to recipients whose servers support it.',
        },
        receiver: { en: 'If those recipients should get internationalized mail, enable SMTPUTF8 on every hop to their mailboxes.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.6.9 after DATA when UTF-8 headers cannot reach a recipient; at RCPT TO time, refuse a non-ASCII address with X.6.7 instead.',
    },
    actor: 'sender-content',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(6531)],
    related: [
      { code: 'X.6.7', difference: { en: 'X.6.7 stops the transaction at the envelope because of a non-ASCII address; X.6.9 stops it after DATA because of UTF-8 in the headers.' } },
      { code: 'X.6.8', difference: { en: 'X.6.8 only withholds a UTF-8 reply to a query; X.6.9 returns the message itself.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.10',
    // The registry gives no sample text for this row; the title says what the row is.
    title: { en: 'Duplicate of X.6.8 (deprecated)', id: 'Duplikat X.6.8 (usang)' },
    description: {
      en: 'A second registration for the same UTF-8 reply situation as X.6.8, retired in its favour; it carries no meaning of its own.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.10 in a log comes from software written against the duplicate entry and means the same as 4.6.8: a UTF-8 reply was needed that the client had not permitted, for now.',
      },
      permanent: {
        en: '5.6.10 means the same as 5.6.8: the server would have had to reply with a UTF-8 mailbox name and the client did not allow it.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Treat it as 4.6.8: retry with SMTPUTF8 on the command where the server offers it.' },
        receiver: { en: 'Change the software to emit 4.6.8, the registered code, instead of the deprecated one.' },
      },
      permanent: {
        sender: { en: 'Treat it as 5.6.8: add SMTPUTF8 to the request, or use a client with internationalized mail support.' },
        receiver: { en: 'Replace 5.6.10 with 5.6.8 in the server’s replies, since the duplicate is deprecated.' },
      },
    },
    useWhen: {
      en: 'Never send X.6.10 from new software; X.6.8 is the code for this situation.',
    },
    actor: 'sender-config',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(6531)],
    related: [
      { code: 'X.6.8', difference: { en: 'X.6.8 is the registered code; X.6.10 is its deprecated twin, so a log showing either describes the same condition.' } },
    ],
    bounceReason: 'contenterror',
  },

  // ---- X.7.z: security or policy status ----
  {
    code: 'X.7.0',
    title: { en: 'Other or undefined security status', id: 'Status keamanan lain atau tidak terdefinisi' },
    description: {
      en: 'A security or policy condition stopped or qualified the action and no more specific security code was given; servers also use it when they prefer not to reveal which check failed. Its most familiar uses are around AUTH and STARTTLS.',
    },
    whenYouSeeIt: {
      success: {
        en: '2.7.0 accompanies a security step that worked, most commonly "235 2.7.0 Authentication successful" after AUTH, or the 220 reply to STARTTLS just before the TLS handshake.',
      },
      transient: {
        en: '4.7.0 often means a security step could not be completed for now: "454 4.7.0 TLS not available due to temporary reason", an authentication backend that is down, or a temporary policy block.',
      },
      permanent: {
        en: '5.7.0 most often appears as "530 5.7.0 Must issue a STARTTLS command first" or "Authentication required", or as a generic policy refusal whose exact reason the server keeps to itself.',
      },
    },
    howToFix: {
      transient: {
        sender: {
          en: 'Retry later; if STARTTLS or AUTH keeps failing temporarily, check the client’s TLS versions and ciphers and test the handshake with openssl s_client -starttls smtp.',
        },
        receiver: {
          en: 'Check the TLS certificate and key, the TLS library’s log, and the authentication backend (SASL daemon, LDAP, database) for failures at the time of the deferral.',
        },
      },
      permanent: {
        sender: {
          en: 'Do what the reply text asks: enable STARTTLS before AUTH, authenticate on the submission port (587 or 465) with the configured account, or contact the receiver if the text hints at a policy block.',
        },
        receiver: {
          en: 'Check which security rule produced 5.7.0; where a specific code exists (X.7.8 for bad credentials, X.7.10 for missing encryption), send that instead so clients can react.',
        },
      },
    },
    useWhen: {
      en: 'Send 235 2.7.0 on successful AUTH and 530 5.7.0 when authentication or TLS must come first. For a specific failure send the precise code, such as X.7.8, X.7.9 or X.7.1.',
    },
    actor: 'sender-config',
    associatedBasic: ['220', '235', '450', '454', '500', '501', '503', '504', '530', '535', '550'],
    classes: [2, 4, 5],
    references: [rfc(3463, '3.8'), rfc(4954, '6')],
    related: [
      { code: 'X.7.8', difference: { en: 'X.7.8 says the credentials themselves were wrong; X.7.0 around AUTH usually means authentication was required and not done, or a backend failed.' } },
      { code: 'X.7.9', difference: { en: 'X.7.9 says the chosen AUTH mechanism is too weak for the account; X.7.0 gives no reason beyond a security condition.' } },
      { code: 'X.7.1', difference: { en: 'X.7.1 is a refusal by delivery policy (relaying, blocklists, recipient rules); X.7.0 covers security steps such as TLS and authentication and unexplained security refusals.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.1',
    title: { en: 'Delivery not authorized, message refused', id: 'Pengiriman tidak diizinkan, pesan ditolak' },
    description: {
      en: 'The receiving side will not accept or deliver this message for this sender or recipient because of its policy: the connecting host, the sender, the recipient or the content is not permitted. It is the all-purpose "not allowed" code, used alike for relay denial, blocklist hits, spam verdicts and recipient restrictions.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.1 is a temporary policy refusal: greylisting ("try again later"), a rate limit or reputation throttle on a new or busy sending IP, or a policy lookup that could not complete. The sender keeps the message and retries, and greylisting usually lets it through on the second or third attempt.',
      },
      permanent: {
        en: '5.7.1 is a final refusal: relaying denied because the client did not authenticate or the domain is not local, the sending IP is on a blocklist, the content was judged spam, or the recipient accepts mail only from certain senders. The message bounces and is not retried.',
      },
    },
    howToFix: {
      transient: {
        sender: {
          en: 'Let the queue retry on its normal schedule rather than resending by hand. If deferrals last for hours, slow the sending rate to that destination, check the IP on blocklists, and follow any provider URL in the reply text.',
        },
        receiver: {
          en: 'Find which temporary rule fired: the greylisting database, per-client rate limits, or a policy service (policyd, rspamd) that timed out. Exempt known partners from greylisting if the delay hurts them.',
        },
      },
      permanent: {
        sender: {
          en: 'Read the reply text for the reason. For "Relay access denied", authenticate (SMTP AUTH on 587) or fix the route; for a blocklist, remove the cause and request delisting; for spam or policy rejections, check SPF, DKIM and DMARC alignment and the content.',
        },
        receiver: {
          en: 'Find the rule in the log (a recipient restriction, an RBL, a spam score, an access table) and confirm it was meant. If a legitimate sender is hit, whitelist it or correct the list or the relay domains.',
        },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.1 for a deliberate policy refusal such as relay denied or a blocked sender, and 450 or 451 with 4.7.1 for greylisting and temporary throttling. When a specific code fits, prefer it: X.7.23 for an SPF fail, X.7.26 for several failed authentication checks, X.7.27 for a null-MX sender.',
    },
    actor: 'sender-config',
    associatedBasic: ['451', '454', '502', '503', '533', '550', '551'],
    classes: [4, 5],
    references: [rfc(3463, '3.8')],
    related: [
      {
        code: '4.7.1',
        difference: {
          en: '4.7.1 is the temporary reading: greylisting, throttling, or a policy check that could not finish. The sending server keeps the message and retries on its own, so the usual answer is to wait and watch whether it clears.',
        },
      },
      {
        code: '5.7.1',
        difference: {
          en: '5.7.1 is the permanent reading: relay denied, a blocklist or spam verdict, or a recipient restriction. Nothing retries; the sender gets a bounce, and someone must change configuration, reputation or content before sending again.',
        },
      },
      { code: 'X.7.26', difference: { en: 'X.7.26 names the cause, several authentication checks such as SPF and DKIM failed, while X.7.1 only says policy refused the message; large providers now send 5.7.26 for unauthenticated mail where older servers said 5.7.1.' } },
      { code: 'X.7.27', difference: { en: 'X.7.27 refuses the message because the envelope sender’s domain publishes a null MX and could not take a bounce; X.7.1 is the generic refusal and does not point at the sender domain.' } },
      { code: 'X.7.23', difference: { en: 'X.7.23 is the specific reply for an SPF fail that RFC 7372 introduced in place of 5.7.1; seeing X.7.1 instead means the receiver used the older convention or refused for another policy reason.' } },
      { code: 'X.7.2', difference: { en: 'X.7.2 refuses a posting to a mailing list or group address; X.7.1 refuses delivery to an ordinary destination.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.2',
    title: { en: 'Mailing list expansion prohibited', id: 'Ekspansi milis dilarang' },
    description: {
      en: 'The recipient is a mailing list or group alias, and the sender is not allowed to post to it or to have it expanded to its members.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.2 suggests the list refused the posting only for now, for example while it sits in a moderation queue or the membership lookup is unavailable.',
      },
      permanent: {
        en: '5.7.2 means the list takes mail only from members, moderators or internal senders, and the envelope or From address did not qualify.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Wait for the retry or for moderation; if it persists, ask the list owner whether your postings need approval.' },
        receiver: { en: 'Check the list manager’s membership or moderation backend for errors at the time of the deferral.' },
      },
      permanent: {
        sender: { en: 'Post from the address that is subscribed to the list, or ask the list owner to allow yours; forwarding services that rewrite the sender are a frequent cause.' },
        receiver: { en: 'Check the list’s posting restrictions (members only, internal only) and add the sender if they should be allowed.' },
      },
    },
    useWhen: {
      en: 'Reply 550 5.7.2 when a sender may not post to a list or group address; for an ordinary mailbox that refuses a sender, X.7.1 fits better.',
    },
    actor: 'receiving-server',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(3463, '3.8')],
    related: [
      { code: 'X.7.1', difference: { en: 'X.7.1 is the general policy refusal for any destination; X.7.2 is specific to posting to a list or group, where membership or moderation decides.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.3',
    title: { en: 'Security conversion required but not possible', id: 'Konversi keamanan diperlukan tetapi tidak mungkin' },
    description: {
      en: 'To deliver the message, a gateway had to translate it from one secure messaging format to another (between S/MIME and another secure mail system, for example) and could not.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.3 suggests the gateway that performs security conversion cannot do so for now, for example because its conversion service is down.',
      },
      permanent: {
        en: '5.7.3 means no gateway on the path can turn the message’s security format into one the destination accepts, so the protected message could not be delivered.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Wait for the retries; if they keep failing, ask the recipient which secure format their system expects.' },
        receiver: { en: 'Check the status and logs of the security gateway that performs the conversion.' },
      },
      permanent: {
        sender: { en: 'Send the message in a security format the recipient’s system supports, or agree on one with the recipient.' },
        receiver: { en: 'Make sure the secure-mail gateway supports the formats your partners use, or document which ones you accept.' },
      },
    },
    useWhen: {
      en: 'Use X.7.3 only when translating between secure mail formats fails; for an algorithm the system lacks, X.7.6 is more precise.',
    },
    actor: 'receiving-server',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.8')],
    related: [
      { code: 'X.7.4', difference: { en: 'X.7.4 says a security feature is not supported at all; X.7.3 says the secure message existed but could not be converted to the destination’s format.' } },
      { code: 'X.7.6', difference: { en: 'X.7.6 pins the failure on an unsupported cryptographic algorithm; X.7.3 on the translation between secure formats.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.4',
    title: { en: 'Security features not supported', id: 'Fitur keamanan tidak didukung' },
    description: {
      en: 'The message or command asked for a security feature the delivery protocol or the server cannot provide, such as an authentication mechanism or security service it does not implement.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.4 suggests the security feature is unavailable for now, for example because the module that provides it failed to load.',
      },
      permanent: {
        en: '5.7.4 commonly answers an AUTH request for a mechanism the server does not offer (often with 504), or a request for a security service the path lacks.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry later, and check whether the server still lists the feature in its EHLO reply.' },
        receiver: { en: 'Check whether the module providing the feature (a SASL plugin, the TLS library) is loaded and healthy.' },
      },
      permanent: {
        sender: { en: 'Use only the mechanisms the server listed on its EHLO AUTH line, and adjust the client’s settings accordingly.' },
        receiver: { en: 'Make the EHLO reply advertise exactly the mechanisms and features you support, so clients do not try others.' },
      },
    },
    useWhen: {
      en: 'Send 504 5.7.4 when a client asks for a security mechanism you do not support; use X.7.9 when the mechanism exists but your policy finds it too weak.',
    },
    actor: 'sender-config',
    associatedBasic: ['504'],
    classes: [4, 5],
    references: [rfc(3463, '3.8')],
    related: [
      { code: 'X.7.9', difference: { en: 'X.7.9 means the server supports the mechanism but will not let this account use it; X.7.4 means the server does not support it at all.' } },
      { code: 'X.7.3', difference: { en: 'X.7.3 concerns converting a secured message between formats; X.7.4 concerns a requested security feature that is missing.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.5',
    title: { en: 'Cryptographic failure', id: 'Kegagalan kriptografi' },
    description: {
      en: 'A system that is allowed to verify or decrypt the message in transit could not, because a key or other material it needed was missing or not valid.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.5 usually means a key or certificate could not be obtained for now, such as a key server or directory lookup failing; the message waits for a retry.',
      },
      permanent: {
        en: '5.7.5 means the gateway could not verify or decrypt the message, typically because it was encrypted to an outdated key or signed with a revoked certificate.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry; if it keeps failing, make sure your published keys or certificates can be fetched.' },
        receiver: { en: 'Check the key store, directory or key server that the gateway consults.' },
      },
      permanent: {
        sender: { en: 'Re-encrypt with the recipient’s current public key or re-sign with a valid certificate, and confirm the recipient’s gateway holds the keys it needs.' },
        receiver: { en: 'Check the gateway’s keys and certificates for expiry, and make sure it has the private keys needed to decrypt.' },
      },
    },
    useWhen: {
      en: 'Use X.7.5 when the keys or certificates needed to verify or decrypt are missing or invalid; if the algorithm is unsupported, X.7.6 is the better reply.',
    },
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.8')],
    related: [
      { code: 'X.7.6', difference: { en: 'X.7.6 means the algorithm is unknown to the gateway; X.7.5 means the algorithm is fine but the key or certificate is missing or invalid.' } },
      { code: 'X.7.7', difference: { en: 'X.7.7 means the check ran and showed the message was altered; X.7.5 means the check could not run for lack of valid keys.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.6',
    title: { en: 'Cryptographic algorithm not supported', id: 'Algoritma kriptografi tidak didukung' },
    description: {
      en: 'A system allowed to check or decrypt the message could not, because the message was protected with a cryptographic algorithm that system does not implement.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.6 hints that support for the algorithm is missing for now, for example during an upgrade of the gateway’s crypto library.',
      },
      permanent: {
        en: '5.7.6 means the message uses an algorithm the gateway does not implement, either too new for it or old enough to have been switched off.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry later; if it persists, check which algorithms your signing or encryption software uses.' },
        receiver: { en: 'Check the gateway’s crypto library and configuration for recently removed algorithms.' },
      },
      permanent: {
        sender: { en: 'Configure the mail client or gateway to use widely supported algorithms (for example AES with SHA-256 in S/MIME) and resend.' },
        receiver: { en: 'Decide whether to add support for the algorithm; if it was disabled as weak, tell the sender which algorithms you accept.' },
      },
    },
    useWhen: {
      en: 'Send X.7.6 when the algorithm, not the key, is the problem; use X.7.5 for missing or invalid keys.',
    },
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.8')],
    related: [
      { code: 'X.7.5', difference: { en: 'X.7.5 blames missing or invalid keys; X.7.6 blames the choice of algorithm, so the sender changes settings rather than keys.' } },
      { code: 'X.7.3', difference: { en: 'X.7.3 is a failed translation between secure mail formats; X.7.6 is an unsupported algorithm within one format.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.7',
    title: { en: 'Message integrity failure', id: 'Kegagalan integritas pesan' },
    description: {
      en: 'A system that checks message integrity found the message damaged or changed after it was protected, so the check did not pass. The registry allows it as a success, transient or permanent code.',
    },
    whenYouSeeIt: {
      success: {
        en: '2.7.7 means the message was delivered even though an integrity check on the way did not pass; treat its content with care and look for a relay that alters messages.',
      },
      transient: {
        en: '4.7.7 suggests the integrity check failed in a way that may pass on a later attempt, for example a copy damaged in transit while the original is retried.',
      },
      permanent: {
        en: '5.7.7 means the message failed integrity validation and was refused; a relay or gateway that rewrote the body after it was signed (a footer, re-encoding) is a frequent cause.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry; if it keeps failing, look for software on your side that alters messages after signing.' },
        receiver: { en: 'Check the validation component and whether inbound relays modify messages before the check runs.' },
      },
      permanent: {
        sender: { en: 'Make sure nothing changes the message after it is signed (disclaimers, line rewrapping, re-encoding) and resend.' },
        receiver: { en: 'Compare the received message with what was signed; if a trusted relay of yours modifies mail, run the check before it or exempt it.' },
      },
    },
    useWhen: {
      en: 'Use X.7.7 when a message’s integrity protection does not verify. For DKIM failures, the RFC 7372 codes X.7.20 to X.7.22 tell the sender more.',
    },
    actor: 'sender-content',
    associatedBasic: [],
    classes: [2, 4, 5],
    references: [rfc(3463, '3.8')],
    related: [
      { code: 'X.7.5', difference: { en: 'X.7.5 means the integrity check could not be performed for lack of keys; X.7.7 means it was performed and failed.' } },
      { code: 'X.7.20', difference: { en: 'X.7.20 is the DKIM-specific report that no signature verified; X.7.7 is the general integrity failure for any protection scheme.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.8',
    title: { en: 'Authentication credentials invalid', id: 'Kredensial autentikasi tidak valid' },
    description: {
      en: 'The client’s SMTP AUTH attempt failed because the username, password, token or other credentials were wrong or not sufficient.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.8 is sent by some servers when credentials could not be confirmed for now, for example because the backend timed out; most deployments use 454 4.7.0 for that case.',
      },
      permanent: {
        en: '5.7.8 usually reads "535 5.7.8 Authentication credentials invalid" or "Username and Password not accepted": a wrong password, the wrong login form (full address versus local part), an expired app password, or an account that needs OAuth.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry once the server is healthy; if it repeats, test the same credentials in a mail client to rule out a password problem.' },
        receiver: { en: 'Check the authentication backend (SASL daemon, LDAP, database) for timeouts, and make sure temporary failures are not reported as wrong passwords.' },
      },
      permanent: {
        sender: {
          en: 'Fix the credentials in the sending application: the full login name, the current password or app password, and a mechanism the server accepts (PLAIN or LOGIN over TLS, or XOAUTH2). Repeated failures can lock the account or get the IP banned.',
        },
        receiver: {
          en: 'Check the auth log for the username tried and the reason (unknown user, bad password, disabled account). Send X.7.13 for disabled accounts and X.7.9 for weak mechanisms so users get a clearer message.',
        },
      },
    },
    useWhen: {
      en: 'Send 535 5.7.8 when credentials are wrong. Use 534 5.7.9 for a disallowed mechanism, 454 4.7.0 for a temporary backend failure, and 530 5.7.0 when authentication is required but was not attempted.',
    },
    actor: 'sender-config',
    associatedBasic: ['535', '554'],
    classes: [4, 5],
    references: [rfc(4954, '6')],
    related: [
      { code: 'X.7.9', difference: { en: 'X.7.9 means the credentials may be fine but the mechanism is too weak for the account; X.7.8 means the credentials themselves did not check out.' } },
      { code: 'X.7.0', difference: { en: 'X.7.0 around AUTH usually means authentication is required or a backend failed; X.7.8 means a login was attempted and rejected.' } },
      { code: 'X.7.13', difference: { en: 'X.7.13 means the login succeeded but the account is disabled; X.7.8 means the login itself failed.' } },
      { code: 'X.7.14', difference: { en: 'X.7.14 took over the BURL trust failure that X.7.8 once covered; X.7.8 now means only bad credentials.' } },
      { code: 'X.5.6', difference: { en: 'X.5.6 rejects the AUTH line for its length before any check; X.7.8 rejects the credentials after checking them.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.9',
    title: { en: 'Authentication mechanism is too weak', id: 'Mekanisme autentikasi terlalu lemah' },
    description: {
      en: 'The AUTH mechanism the client chose is weaker than the server’s policy allows for that user, so the server wants a different mechanism.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.9 is rare; it would mean the stronger mechanism is not available at the moment and the server will not accept the weak one meanwhile.',
      },
      permanent: {
        en: '5.7.9 with 534 means the server refuses the chosen mechanism for this account; a well-known variant is the "Application-specific password required" reply, which asks for an app password or OAuth instead of the normal password.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry later, and check whether the server still advertises the stronger mechanisms.' },
        receiver: { en: 'Check the modules that provide the stronger mechanisms, since clients cannot comply while they are missing.' },
      },
      permanent: {
        sender: { en: 'Switch the client to a mechanism the server accepts for the account (for example XOAUTH2, or an app password instead of the account password), as the reply text indicates.' },
        receiver: { en: 'Make the EHLO list of mechanisms match the per-user policy so clients can choose an allowed one.' },
      },
    },
    useWhen: {
      en: 'Send 534 5.7.9 when the credentials may be right but the mechanism is not good enough. Use X.7.8 when the credentials fail and X.7.10 when the mechanism needs encryption first.',
    },
    actor: 'sender-config',
    associatedBasic: ['534'],
    classes: [4, 5],
    references: [rfc(4954, '6')],
    related: [
      { code: 'X.7.8', difference: { en: 'X.7.8 is a failed login; X.7.9 refuses the way the client tried to log in, so changing the password will not help but changing the mechanism will.' } },
      { code: 'X.7.0', difference: { en: 'X.7.0 gives no reason; X.7.9 tells the client exactly what to change: the authentication mechanism.' } },
      { code: 'X.7.10', difference: { en: 'X.7.10 accepts the mechanism once the connection is encrypted; X.7.9 does not accept the mechanism for this account at all.' } },
      { code: 'X.7.4', difference: { en: 'X.7.4 means the mechanism is not supported; X.7.9 means it is supported but not allowed for this user.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.10',
    title: { en: 'Encryption Needed', id: 'Enkripsi diperlukan' },
    description: {
      en: 'The requested authentication mechanism can be used only inside an external encryption layer such as TLS; it mainly concerns mechanisms that send the password in clear text.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.10 is unusual and suggests encryption is needed but cannot be set up right now, for example while TLS is temporarily unavailable.',
      },
      permanent: {
        en: '5.7.10 answers AUTH PLAIN or LOGIN on an unencrypted connection: the server takes clear-text passwords only after STARTTLS or on an implicit-TLS port.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry later, and check that the server still offers STARTTLS in its EHLO reply.' },
        receiver: { en: 'Check the TLS certificate and configuration, because clients cannot encrypt while TLS is broken.' },
      },
      permanent: {
        sender: { en: 'Turn on STARTTLS (port 587) or implicit TLS (port 465) in the client before authenticating, or use a challenge-response mechanism.' },
        receiver: { en: 'Advertise clear-text mechanisms only once TLS is established so clients do not try them too early.' },
      },
    },
    useWhen: {
      en: 'Send 523 5.7.10 when a client tries a clear-text mechanism without encryption; X.7.11 is the older RFC 4954 form, kept for history.',
    },
    actor: 'sender-config',
    associatedBasic: ['523'],
    classes: [4, 5],
    references: [rfc(5248)],
    related: [
      { code: 'X.7.11', difference: { en: 'X.7.11 covers the same situation in RFC 4954’s older wording, with 538; current software prefers X.7.10 with 523.' } },
      { code: 'X.7.0', difference: { en: 'X.7.0 with 530 says TLS or authentication must come first without naming the mechanism; X.7.10 says this mechanism needs encryption.' } },
      { code: 'X.7.9', difference: { en: 'X.7.9 refuses the mechanism for the account regardless of encryption; X.7.10 accepts it once the connection is encrypted.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.11',
    title: { en: 'Encryption required for requested authentication mechanism', id: 'Enkripsi diperlukan untuk mekanisme autentikasi yang diminta' },
    description: {
      en: 'The chosen AUTH mechanism is permitted only on an encrypted SMTP connection; RFC 4954 keeps this code mainly for history, since servers should not advertise such mechanisms before encryption.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.11 would mean encryption is needed for the mechanism and cannot be offered right now; it is rarely seen.',
      },
      permanent: {
        en: '5.7.11, usually with 538, comes from older servers when a client sent AUTH with a clear-text mechanism before STARTTLS.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry later, making sure the client negotiates TLS before it authenticates.' },
        receiver: { en: 'Check the TLS set-up; clients cannot meet the requirement while it is broken.' },
      },
      permanent: {
        sender: { en: 'Enable STARTTLS or implicit TLS in the client settings, then authenticate again.' },
        receiver: { en: 'Hide clear-text mechanisms from the EHLO reply until TLS is active; newer software answers this case with X.7.10.' },
      },
    },
    useWhen: {
      en: 'Prefer X.7.10 (523) in new software; X.7.11 (538) exists for compatibility with older implementations.',
    },
    actor: 'sender-config',
    associatedBasic: ['524', '538'],
    classes: [4, 5],
    references: [rfc(4954, '6')],
    related: [
      { code: 'X.7.10', difference: { en: 'X.7.10 is the current code for a mechanism that needs encryption; X.7.11 is its historical predecessor and means the same to the client.' } },
      { code: 'X.7.9', difference: { en: 'X.7.9 refuses a mechanism as too weak whatever the transport; X.7.11 would accept it over an encrypted connection.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.12',
    title: { en: 'A password transition is needed', id: 'Transisi kata sandi diperlukan' },
    description: {
      en: 'The user has to move to the selected authentication mechanism, which normally takes one login with the PLAIN mechanism so the server can store what the new mechanism needs.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.12 with 432 is the normal form: the server cannot use the requested mechanism for this user until one PLAIN login (over TLS) lets it set up the new credentials.',
      },
      permanent: {
        en: '5.7.12 is unusual and means the server will not complete the transition for this user by this route, so the mechanism stays unusable.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Authenticate once with PLAIN over TLS, then go back to the stronger mechanism, which should work from then on.' },
        receiver: { en: 'Check that the mechanism’s credential store is updated after the PLAIN login, or users will be asked to transition every time.' },
      },
      permanent: {
        sender: { en: 'Use another mechanism the server accepts, or ask the administrator to reset the account’s credentials.' },
        receiver: { en: 'Find out why the transition cannot complete, such as a read-only credential store or PLAIN being disabled.' },
      },
    },
    useWhen: {
      en: 'Send 432 4.7.12 when a user’s stored credentials do not yet support the mechanism they chose; use X.7.8 for credentials that are wrong.',
    },
    actor: 'sender-config',
    associatedBasic: ['422', '432'],
    classes: [4, 5],
    references: [rfc(4954, '6')],
    related: [
      { code: 'X.7.8', difference: { en: 'X.7.8 says the credentials are wrong; X.7.12 says they may be right but the server has not yet stored them in the form the new mechanism needs.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.13',
    title: { en: 'User Account Disabled', id: 'Akun pengguna dinonaktifkan' },
    description: {
      en: 'Authentication succeeded, but the account has been disabled by its administrator (for unpaid service, abuse or a suspected break-in), so it cannot send.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.13 suggests a temporary suspension, such as an automatic lock after suspicious activity that lifts after a while.',
      },
      permanent: {
        en: '5.7.13 with 525 means the account logged in but is disabled and will stay so until its owner sorts it out with the provider.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Stop sending from the account and check it for compromise; wait for the lock to expire or contact the provider.' },
        receiver: { en: 'Check the reason for the temporary lock and whether it is set to lift automatically.' },
      },
      permanent: {
        sender: { en: 'Contact the mail provider or administrator to learn why the account was disabled, and change the password if a break-in is suspected.' },
        receiver: { en: 'Confirm the account status and reason in your user directory, and tell the user how to restore access.' },
      },
    },
    useWhen: {
      en: 'Send 525 5.7.13 after a successful login to a disabled account; keep X.7.8 for wrong credentials so users are not told that a correct password is wrong.',
    },
    actor: 'sender-config',
    associatedBasic: ['525'],
    classes: [4, 5],
    references: [rfc(5248)],
    related: [
      { code: 'X.7.8', difference: { en: 'X.7.8 is a failed login that the user fixes with the right credentials; X.7.13 follows a correct login and needs the provider to re-enable the account.' } },
    ],
    bounceReason: 'suspend',
  },
  {
    code: 'X.7.14',
    title: { en: 'Trust relationship required', id: 'Hubungan kepercayaan diperlukan' },
    description: {
      en: 'The submission server needs a configured trust relationship with another server, the IMAP server holding the content of a BURL submission, before it can fetch the message, and none exists.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.14 would mean the trust relationship cannot be checked right now; it is rarely used.',
      },
      permanent: {
        en: '5.7.14 means the submission server has no trust set up with the server holding the message content, so it cannot retrieve what the client pointed it to.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry later; if it persists, submit the message body with DATA instead of BURL.' },
        receiver: { en: 'Check the service that validates trust with the IMAP server.' },
      },
      permanent: {
        sender: { en: 'Submit the message directly with DATA, or ask the administrator to set up trust between the submission and IMAP servers.' },
        receiver: { en: 'Configure the trust (URLAUTH access for the submission server) between your submission server and the IMAP store.' },
      },
    },
    useWhen: {
      en: 'Send 554 5.7.14 when BURL fails for lack of trust with the content server; it replaced the earlier use of X.7.8 for that case, so keep X.7.8 for bad credentials.',
    },
    actor: 'receiving-server',
    associatedBasic: ['535', '554'],
    classes: [4, 5],
    references: [rfc(5248), rfc(4468)],
    related: [
      { code: 'X.6.6', difference: { en: 'X.6.6 reports that the content could not be fetched for any reason; X.7.14 says the reason is the missing trust between the servers.' } },
      { code: 'X.7.8', difference: { en: 'X.7.8 concerns the client’s own credentials; X.7.14 concerns trust between two servers, which the client cannot fix by logging in again.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.15',
    title: { en: 'Priority Level is too low', id: 'Tingkat prioritas terlalu rendah' },
    description: {
      en: 'The message’s MT-PRIORITY level is below the lowest priority the server currently accepts; a server in a restricted mode may take only higher-priority mail.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.15 means the server is taking only higher-priority mail for now, for example during an emergency or overload; lower-priority messages wait and are retried.',
      },
      permanent: {
        en: '5.7.15 means the server will not accept mail at this priority level at all.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry; the restriction usually lifts when the server leaves its restricted mode.' },
        receiver: { en: 'Check whether the restricted mode is still needed, and tell senders how long it will last.' },
      },
      permanent: {
        sender: { en: 'Send with a higher MT-PRIORITY if you are entitled to, or deliver through another route.' },
        receiver: { en: 'Review the minimum-priority policy and whether it should apply to this sender.' },
      },
    },
    useWhen: {
      en: 'Send 450 4.7.15 while in a temporary high-priority-only mode and 550 5.7.15 for a standing floor; for a size limit tied to priority use X.7.16.',
    },
    actor: 'sender-content',
    associatedBasic: ['450', '550'],
    classes: [4, 5],
    references: [rfc(6710)],
    related: [
      { code: 'X.7.16', difference: { en: 'X.7.16 accepts the priority but not a message this large at it; X.7.15 refuses the priority level whatever the size.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.16',
    title: { en: 'Message is too big for the specified priority', id: 'Pesan terlalu besar untuk prioritas yang ditentukan' },
    description: {
      en: 'The message exceeds the size the server accepts at its stated MT-PRIORITY level; larger messages may be allowed only at higher priority, or not at all while a restricted mode lasts.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.16 means the size limit for this priority is lowered for now, for example while the server takes only small high-priority messages.',
      },
      permanent: {
        en: '5.7.16 means messages of this size are never accepted at this priority.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry later, or send with a higher priority if you are allowed to.' },
        receiver: { en: 'Check the per-priority size limits in force during the restricted mode.' },
      },
      permanent: {
        sender: { en: 'Reduce the message size (compress attachments or share them by link) or raise the priority if permitted.' },
        receiver: { en: 'Review the per-priority size limits and whether they match what your senders need.' },
      },
    },
    useWhen: {
      en: 'Send 552 5.7.16 when size is refused because of the priority; for an overall size limit use X.3.4 or X.2.3.',
    },
    actor: 'sender-content',
    associatedBasic: ['552'],
    classes: [4, 5],
    references: [rfc(6710)],
    related: [
      { code: 'X.7.15', difference: { en: 'X.7.15 refuses the priority level itself; X.7.16 refuses only a message too large for that level.' } },
      { code: 'X.3.4', difference: { en: 'X.3.4 is the server’s general size limit; X.7.16 is a limit that depends on the message’s priority and may not apply at a higher one.' } },
    ],
    bounceReason: 'mesgtoobig',
  },
  {
    code: 'X.7.17',
    title: { en: 'Mailbox owner has changed', id: 'Pemilik kotak surat telah berubah' },
    description: {
      en: 'The message asked, through the RRVS extension or a Require-Recipient-Valid-Since header, to be delivered only if the mailbox has had the same owner since a given date, and the receiver knows it changed hands after that date.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.17 is not expected in practice, since an ownership change does not reverse; a receiver sending it may be deferring until its ownership records are confirmed.',
      },
      permanent: {
        en: '5.7.17 means the address was given to someone else after the date the sender supplied, so the message was held back to protect the former owner’s mail.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry, but prepare to update the contact details if the reply becomes permanent.' },
        receiver: { en: 'Confirm the mailbox ownership records and return a final answer.' },
      },
      permanent: {
        sender: { en: 'Remove or update the address in your records: the person you meant to reach no longer owns it, so find their new address another way.' },
        receiver: { en: 'No action is needed unless the ownership date in your records is wrong.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.17 when RRVS is requested and the mailbox changed owner after the given date; use X.7.18 when the whole domain changed owner.',
    },
    actor: 'recipient-mailbox',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(7293)],
    related: [
      { code: 'X.7.18', difference: { en: 'X.7.18 says the whole recipient domain changed owner; X.7.17 says one mailbox was reassigned.' } },
      { code: 'X.7.19', difference: { en: 'X.7.19 means the receiver cannot tell whether the owner changed; X.7.17 means it knows the owner did change.' } },
    ],
    bounceReason: 'hasmoved',
  },
  {
    code: 'X.7.18',
    title: { en: 'Domain owner has changed', id: 'Pemilik domain telah berubah' },
    description: {
      en: 'The message carried an RRVS date, and the receiving system discloses that the recipient’s domain has had a new owner since that date.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.18 is unexpected; it would mean the receiver is deferring while it confirms the domain’s ownership history.',
      },
      permanent: {
        en: '5.7.18 means the recipient’s domain came into someone else’s hands after the date the sender gave, so any address there may now belong to a different person.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Wait for the final answer, and check whether the domain still belongs to the organisation you meant to reach.' },
        receiver: { en: 'Confirm the domain ownership records and send a final reply.' },
      },
      permanent: {
        sender: { en: 'Drop addresses at that domain from your lists, or verify the contact through another channel before mailing them again.' },
        receiver: { en: 'Nothing to fix unless your domain ownership records are wrong.' },
      },
    },
    useWhen: {
      en: 'Send X.7.18 when you choose to disclose that the domain changed hands since the RRVS date; for a single reassigned mailbox use X.7.17.',
    },
    actor: 'recipient-mailbox',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(7293)],
    related: [
      { code: 'X.7.17', difference: { en: 'X.7.17 concerns one reassigned mailbox; X.7.18 concerns the whole domain, so every address there is suspect.' } },
    ],
    bounceReason: 'hasmoved',
  },
  {
    code: 'X.7.19',
    title: { en: 'RRVS test cannot be completed', id: 'Uji RRVS tidak dapat diselesaikan' },
    description: {
      en: 'The message requested an RRVS check, but the receiver never recorded when the mailbox was created or assigned, so it cannot tell whether the owner changed.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.19 suggests the receiver cannot answer the ownership question for now, for example because its account records are unreachable.',
      },
      permanent: {
        en: '5.7.19 means the receiver lacks the timestamp the check needs, so the sender has to decide whether to send again without the RRVS requirement.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let the retries run; the check may succeed once the receiver’s records are reachable.' },
        receiver: { en: 'Check access to the account database that holds mailbox creation dates.' },
      },
      permanent: {
        sender: { en: 'Decide whether the message may go without the ownership guarantee; if so, resend without RRVS, otherwise contact the recipient another way.' },
        receiver: { en: 'Consider recording mailbox creation and reassignment dates so RRVS checks can be answered.' },
      },
    },
    useWhen: {
      en: 'Send X.7.19 when an RRVS check cannot be evaluated; send X.7.17 or X.7.18 when you can show that the owner changed.',
    },
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(7293)],
    related: [
      { code: 'X.7.17', difference: { en: 'X.7.17 is a definite "the owner changed"; X.7.19 is "cannot tell", which leaves the decision to resend with the sender.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.20',
    title: { en: 'No passing DKIM signature found', id: 'Tidak ditemukan tanda tangan DKIM yang lolos' },
    description: {
      en: 'The receiver requires DKIM and the message had no DKIM signature that verified: it was unsigned, or every signature on it failed.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.20 points to a DKIM check that may pass later, often because the signer’s public key could not be fetched from DNS at that moment.',
      },
      permanent: {
        en: '5.7.20 means no valid DKIM signature arrived: signing is not set up, the selector’s DNS record is missing or wrong, or a relay changed the message after it was signed.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Make sure the selector’s TXT record (selector._domainkey.yourdomain) resolves reliably from the internet; retries usually pass once DNS answers.' },
        receiver: { en: 'Check your resolver for timeouts towards the sender’s DNS, and that the verifier treats DNS errors as temporary.' },
      },
      permanent: {
        sender: {
          en: 'Turn on DKIM signing for the sending domain, publish the public key at the selector, and verify with a test message to a mailbox that shows authentication results. Check that no footer or rewrap changes the body after signing.',
        },
        receiver: { en: 'Look at the Authentication-Results for the reason (no signature, body hash mismatch, key not found) before telling the sender what to change.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.20 when your policy requires a valid DKIM signature and none verifies. Use X.7.21 when signatures verify but none is acceptable, and X.7.26 when several checks fail together.',
    },
    actor: 'sender-config',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(7372, '3.1'), rfc(6376, '6.1')],
    related: [
      { code: 'X.7.21', difference: { en: 'X.7.21 means a signature verified but was not good enough for the receiver; X.7.20 means none verified at all.' } },
      { code: 'X.7.22', difference: { en: 'X.7.22 means valid signatures exist but none from the From domain; X.7.20 means there is no valid signature of any kind.' } },
      { code: 'X.7.26', difference: { en: 'X.7.26 reports that several checks failed together, DKIM among them as a rule; X.7.20 says DKIM alone decided the rejection.' } },
      { code: 'X.7.7', difference: { en: 'X.7.7 is the older, general integrity failure; X.7.20 tells the sender precisely that DKIM verification is what failed.' } },
    ],
    bounceReason: 'authfailure',
  },
  {
    code: 'X.7.21',
    title: { en: 'No acceptable DKIM signature found', id: 'Tidak ditemukan tanda tangan DKIM yang dapat diterima' },
    description: {
      en: 'At least one DKIM signature verified, but none met the receiver’s requirements, for example because the signing domain is not one it trusts or the signature covers too little of the message.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.21 suggests the acceptability check could not be completed for now, such as a policy lookup for the signing domain that failed.',
      },
      permanent: {
        en: '5.7.21 means DKIM worked technically but the signature came from the wrong domain, commonly the email platform’s domain instead of the sender’s own, or used a key or header set the receiver finds too weak.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry, and meanwhile confirm which domain (d=) your messages are signed with.' },
        receiver: { en: 'Check the policy service that decides which signatures are acceptable.' },
      },
      permanent: {
        sender: { en: 'Have the sending platform sign with your own domain (custom DKIM), use a 2048-bit key, and sign at least the From, Subject and Date headers.' },
        receiver: { en: 'Document which signatures you accept so senders can meet the rule, and confirm that the rule that fired is intended.' },
      },
    },
    useWhen: {
      en: 'Send X.7.21 when a signature verifies but does not satisfy your policy; X.7.22 is the narrower case where no signer matches the From domain.',
    },
    actor: 'sender-config',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(7372, '3.1'), rfc(6376, '6.1')],
    related: [
      { code: 'X.7.20', difference: { en: 'X.7.20 means no signature verified; X.7.21 means one did, but the receiver does not accept it.' } },
      { code: 'X.7.22', difference: { en: 'X.7.22 is the special case of X.7.21 in which the only missing property is a signer matching the From domain.' } },
    ],
    bounceReason: 'authfailure',
  },
  {
    code: 'X.7.22',
    title: { en: 'No valid author-matched DKIM signature found', id: 'Tidak ditemukan tanda tangan DKIM valid yang cocok dengan alamat pengirim' },
    description: {
      en: 'DKIM signatures verified, but none was made by the domain in the From header, which the receiver requires; it is a narrower form of X.7.21.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.22 means the author-domain check could not be completed at the moment, for example while looking up the From domain’s policy.',
      },
      permanent: {
        en: '5.7.22 means the message was signed only by a third party, such as an email service provider’s domain, and not by the domain shown in From, so it fails the receiver’s alignment rule.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry, and verify that the From domain’s DKIM keys are published.' },
        receiver: { en: 'Check the DNS lookups your author-domain check depends on.' },
      },
      permanent: {
        sender: { en: 'Set up DKIM signing with the From domain (d= equal to it or its parent domain), which DMARC alignment needs as well.' },
        receiver: { en: 'Confirm the alignment rule is intended, and consider accepting relaxed alignment (the organisational domain) as DMARC does.' },
      },
    },
    useWhen: {
      en: 'Send X.7.22 when you require a signature from the author’s domain and none is present; use X.7.21 for other reasons a signature is unacceptable.',
    },
    actor: 'sender-config',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(7372, '3.1'), rfc(6376, '6.1')],
    related: [
      { code: 'X.7.21', difference: { en: 'X.7.21 covers any reason a verified signature is unacceptable; X.7.22 says the reason is that no signer matches the From domain.' } },
      { code: 'X.7.20', difference: { en: 'X.7.20 means nothing verified; X.7.22 means signatures verified but from the wrong domain, so the fix is aligning the signer, not repairing DKIM.' } },
    ],
    bounceReason: 'authfailure',
  },
  {
    code: 'X.7.23',
    title: { en: 'SPF validation failed', id: 'Validasi SPF gagal' },
    description: {
      en: 'The sending IP is not authorised by the SPF record of the envelope sender’s domain (an SPF "fail" result), and the receiver rejects on that result.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.23 is unusual because an SPF fail is a definite answer; it may mean the receiver defers such mail for a while before deciding.',
      },
      permanent: {
        en: '5.7.23 means the SPF record of the MAIL FROM domain ends in -all and does not cover the connecting IP: a new mail service not yet added to SPF, or mail forwarded by a third party.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Add the sending IP or the provider’s include to your SPF record now, before the deferral turns into a bounce.' },
        receiver: { en: 'Check why an SPF fail is deferred rather than decided, and whether forwarded mail is caught by it.' },
      },
      permanent: {
        sender: {
          en: 'Add every legitimate sending source to the SPF record (ip4:, ip6:, include: for providers), keep it within ten DNS lookups, and check it with an SPF validator. For forwarded mail, ask the forwarder to use SRS.',
        },
        receiver: { en: 'Confirm the SPF result in the logs and whether the mail was forwarded, a known false positive; consider honouring DMARC instead of rejecting on SPF alone.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.23 when you reject on an SPF fail result, in place of a generic 5.7.1; use X.7.24 for SPF evaluation errors.',
    },
    actor: 'sender-config',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(7372, '3.2'), rfc(7208, '8.4')],
    related: [
      { code: 'X.7.24', difference: { en: 'X.7.24 means SPF could not be evaluated (DNS trouble or a broken record); X.7.23 means it was evaluated and the IP is not allowed.' } },
      { code: 'X.7.1', difference: { en: 'X.7.1 is the older, generic way to reject an SPF fail and is used for many other refusals; X.7.23 states that SPF was the reason.' } },
      { code: 'X.7.26', difference: { en: 'X.7.26 means SPF and at least one other check failed; X.7.23 means SPF alone decided.' } },
    ],
    bounceReason: 'authfailure',
  },
  {
    code: 'X.7.24',
    title: { en: 'SPF validation error', id: 'Kesalahan validasi SPF' },
    description: {
      en: 'Evaluating SPF for the message ended in an error instead of a pass or fail: a DNS problem (temperror) or a broken SPF record (permerror).',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.24, with 451, stands for an SPF temperror: the DNS lookup for the sender’s SPF record timed out or failed, and the sender will retry.',
      },
      permanent: {
        en: '5.7.24, with 550, stands for an SPF permerror: the record has a syntax error, the domain publishes more than one SPF record, or evaluating it needs more than ten DNS lookups.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Check that your domain’s DNS servers answer TXT queries quickly and consistently from outside your network.' },
        receiver: { en: 'Check your own resolvers for timeouts, in case the DNS error is on your side.' },
      },
      permanent: {
        sender: { en: 'Fix the SPF record: exactly one v=spf1 TXT record, valid mechanisms, at most ten lookups (flatten includes if needed), and test it with an SPF checker.' },
        receiver: { en: 'Confirm the permerror in the logs; rejecting on permerror is a local choice, and some receivers treat it as if no SPF record existed.' },
      },
    },
    useWhen: {
      en: 'Send 451 4.7.24 for an SPF temperror and 550 5.7.24 for a permerror, in place of the older 4.4.3 and 5.5.2; an SPF fail itself is X.7.23.',
    },
    actor: 'sender-config',
    associatedBasic: ['451', '550'],
    classes: [4, 5],
    references: [rfc(7372, '3.2'), rfc(7208, '8.6'), rfc(7208, '8.7')],
    related: [
      { code: 'X.7.23', difference: { en: 'X.7.23 is a clear SPF verdict against the sending IP; X.7.24 means no verdict could be reached, so the fix is in DNS or the record’s syntax.' } },
      { code: 'X.4.3', difference: { en: 'X.4.3 is a generic directory or DNS failure; RFC 7372 has an SPF temperror reported as 4.7.24 so the cause is visible.' } },
    ],
    bounceReason: 'authfailure',
  },
  {
    code: 'X.7.25',
    title: { en: 'Reverse DNS validation failed', id: 'Validasi DNS balik gagal' },
    description: {
      en: 'The connecting IP address failed the receiver’s reverse DNS check: it has no PTR record, or the PTR name does not resolve back to the same address.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.25 usually means the reverse lookup timed out or returned a temporary error, and the check may pass on a retry.',
      },
      permanent: {
        en: '5.7.25 means the sending IP has no PTR record or a mismatched one, typical of a server on a home or cloud connection where reverse DNS was never set.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Check that the PTR lookup for your sending IP answers reliably; retries usually succeed once DNS responds.' },
        receiver: { en: 'Check your resolver and whether the reverse zone’s name servers are slow.' },
      },
      permanent: {
        sender: {
          en: 'Ask the owner of the IP (the ISP or cloud provider) to set a PTR record naming your mail server, and make that name resolve back to the same IP (forward-confirmed reverse DNS).',
        },
        receiver: { en: 'Check the lookup result in the log; if you require forward-confirmed reverse DNS, make sure the rule handles IPv6 and multiple PTR records correctly.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.25 when you reject for missing or mismatched reverse DNS rather than a generic 5.7.1; send 4.7.25 when the lookup itself failed for now.',
    },
    actor: 'sender-config',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(7372, '3.3')],
    related: [
      { code: 'X.7.1', difference: { en: 'X.7.1 is the generic refusal many servers use for missing reverse DNS; X.7.25 tells the sender that the PTR record is what to fix.' } },
    ],
    bounceReason: 'requireptr',
  },
  {
    code: 'X.7.26',
    title: { en: 'Multiple authentication checks failed', id: 'Beberapa pemeriksaan autentikasi gagal' },
    description: {
      en: 'The message failed more than one authentication check, such as both SPF and DKIM, and the receiver rejects it without saying which ones.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.26 tells the sender the message failed several authentication checks but is being deferred rather than refused, which leaves time to fix the records; large providers use it while phasing in enforcement.',
      },
      permanent: {
        en: '5.7.26 means SPF and DKIM both failed or did not align, so the message counts as unauthenticated, often under the From domain’s DMARC policy; major mailbox providers use it to reject unauthenticated bulk mail.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Fix authentication before the deferrals become bounces: SPF must include the sending IP and DKIM must sign with the From domain.' },
        receiver: { en: 'Check which checks failed in the Authentication-Results and whether DNS problems could be behind the failures.' },
      },
      permanent: {
        sender: {
          en: 'Check SPF, DKIM and DMARC together: the sending IP in SPF, a valid DKIM signature by the From domain, and at least one of them aligned with From for DMARC. Test with a message to a mailbox that shows the results.',
        },
        receiver: { en: 'Look up the individual results in the Authentication-Results header or the logs and tell the sender which checks failed, since the code itself does not.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.26 when several authentication methods fail together; use X.7.23 or X.7.20 when a single check decided the rejection.',
    },
    actor: 'sender-config',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(7372, '3.4')],
    related: [
      { code: 'X.7.1', difference: { en: 'X.7.1 only says policy refused the message; X.7.26 says the refusal is about authentication, so the sender should look at SPF, DKIM and DMARC first.' } },
      { code: 'X.7.27', difference: { en: 'X.7.27 refuses the sender domain for publishing a null MX, however well it authenticates; X.7.26 refuses a message whose authentication checks failed.' } },
      { code: 'X.7.23', difference: { en: 'X.7.23 names SPF as the single failed check; X.7.26 means more than one check failed and does not say which.' } },
      { code: 'X.7.20', difference: { en: 'X.7.20 names DKIM as the single failed check; X.7.26 covers combined failures.' } },
    ],
    bounceReason: 'authfailure',
  },
  {
    code: 'X.7.27',
    title: { en: 'Sender address has null MX', id: 'Alamat pengirim memiliki null MX' },
    description: {
      en: 'The envelope sender’s domain publishes a null MX (an MX record pointing at "."), declaring that it receives no mail, so it could not take a bounce and the receiver refuses mail from it.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.27 is not the standard reading, since a null MX is a deliberate DNS setting; a receiver may defer in case the record changes, and some providers reuse this code with their own meaning.',
      },
      permanent: {
        en: '5.7.27 means the MAIL FROM domain has a null MX record, often a no-reply domain or an unused subdomain that sends mail but cannot receive any.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Check the MX record of the envelope sender domain, and replace the null MX if the domain should receive bounces.' },
        receiver: { en: 'Verify the DNS lookup result and decide whether the deferral should become final.' },
      },
      permanent: {
        sender: { en: 'Use an envelope sender (Return-Path) at a domain with working MX records, or replace the null MX with a real one so bounces can be delivered.' },
        receiver: { en: 'Confirm that the sender domain’s MX record really is "."; if so, the rejection is correct.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.27 when you refuse a sender because its domain has a null MX; use X.1.10 when a recipient domain has a null MX.',
    },
    actor: 'sender-config',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(7505, '4.2')],
    related: [
      { code: 'X.7.1', difference: { en: 'X.7.1 is a policy refusal of any kind; X.7.27 says exactly that the sender domain declared it accepts no mail.' } },
      { code: 'X.7.26', difference: { en: 'X.7.26 is about failed SPF and DKIM checks; X.7.27 would refuse even a well-authenticated message because its return address cannot receive bounces.' } },
      { code: 'X.1.10', difference: { en: 'X.1.10 is a recipient domain with a null MX, so the message cannot be delivered; X.7.27 is a sender domain with a null MX, so the message is not wanted.' } },
    ],
    bounceReason: 'rejected',
  },
  {
    code: 'X.7.28',
    title: { en: 'Mail flood detected', id: 'Banjir surat terdeteksi' },
    description: {
      en: 'The message looks like one of a flood of similar abusive messages, such as a subscription bomb or a burst of near-identical mail aimed at one mailbox.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.28 means the receiver sees a flood of similar messages and is throttling them; legitimate bulk mail sent too quickly can be caught as well, and some providers use the code for their own rate limits.',
      },
      permanent: {
        en: '5.7.28 means the message was judged part of a mail flood and refused, for example one of many sign-up confirmations triggered by bots entering the victim’s address into web forms.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Slow the sending rate to that recipient or domain, and check whether one of your web forms is being abused to send confirmations.' },
        receiver: { en: 'Check the flood-detection thresholds and which mailbox is being targeted.' },
      },
      permanent: {
        sender: { en: 'Protect sign-up forms with CAPTCHA and confirmed opt-in, limit messages per recipient, and stop sending to the targeted address.' },
        receiver: { en: 'Confirm the flood heuristics fired correctly, and protect the targeted mailbox from the rest of the flood.' },
      },
    },
    useWhen: {
      en: 'Send X.7.28 when you detect a flood of similar messages towards a recipient; for ordinary spam content, X.7.1 with an explanation is the usual reply.',
    },
    actor: 'sender-config',
    associatedBasic: [],
    classes: [4, 5],
    references: [draft('draft-levine-mailbomb-header')],
    related: [
      { code: 'X.7.1', difference: { en: 'X.7.1 is the general policy or spam refusal; X.7.28 says the message was refused as part of a flood of similar messages.' } },
    ],
    bounceReason: 'spamdetected',
  },
  {
    code: 'X.7.29',
    title: { en: 'ARC validation failure', id: 'Validasi ARC gagal' },
    description: {
      en: 'The message carried an ARC chain, the record that forwarders such as mailing lists add of the authentication results they saw, and the chain did not validate.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.29 suggests ARC validation failed on a lookup that might succeed later, such as a sealer’s public key that did not resolve.',
      },
      permanent: {
        en: '5.7.29 means the ARC seals on a forwarded message are broken or untrusted, so the receiver could not rely on the forwarder’s account of the original authentication.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'If you operate the forwarder, check that the DNS record of the ARC signing key resolves.' },
        receiver: { en: 'Check the DNS lookups for the ARC sealer’s key at the time of the deferral.' },
      },
      permanent: {
        sender: { en: 'If you run the list or forwarder, check the ARC signing configuration and keys, and that nothing modifies the message after sealing; otherwise ask the forwarder to fix it or send directly.' },
        receiver: { en: 'Check which ARC set failed (cv=fail) and whether you trust that sealer at all.' },
      },
    },
    useWhen: {
      en: 'Send X.7.29 when acceptance of a forwarded message depends on ARC and ARC fails; for direct SPF or DKIM failures use X.7.23, X.7.20 or X.7.26.',
    },
    actor: 'sender-config',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(8617)],
    related: [
      { code: 'X.7.26', difference: { en: 'X.7.26 is about the message’s own SPF and DKIM results; X.7.29 is about the chain of results a forwarder vouched for.' } },
    ],
    bounceReason: 'authfailure',
  },
  {
    code: 'X.7.30',
    title: { en: 'REQUIRETLS support required', id: 'Dukungan REQUIRETLS diperlukan' },
    description: {
      en: 'The message was sent with the REQUIRETLS option, demanding TLS on every hop, and no server for the next hop supports REQUIRETLS, so it could not be passed on.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.30 means no next-hop server offering REQUIRETLS was available right now; the message waits in case one becomes reachable.',
      },
      permanent: {
        en: '5.7.30 means the message required REQUIRETLS and the destination does not support it, so it was returned instead of being sent without the promised protection.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Wait for the retries, and check whether the recipient’s mail servers advertise REQUIRETLS at all.' },
        receiver: { en: 'If you are the relay, check that the next hops advertise REQUIRETLS and that TLS towards them works.' },
      },
      permanent: {
        sender: { en: 'Resend without REQUIRETLS if the content allows it, or use another secure channel; few servers support REQUIRETLS so far.' },
        receiver: { en: 'If your domain should receive such mail, deploy REQUIRETLS support on your MX servers.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.30 when you cannot forward a REQUIRETLS message over a hop that supports it; never fall back to delivery without TLS.',
    },
    actor: 'network',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(8689)],
    related: [
      { code: 'X.7.10', difference: { en: 'X.7.10 asks the client to encrypt its own connection before authenticating; X.7.30 concerns TLS on the hops after the server, which the sender cannot set up.' } },
    ],
    bounceReason: 'securityerror',
  },
];
