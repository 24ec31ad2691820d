// Enhanced status codes X.0.0 and X.1.0 to X.4.7 of the IANA registry (RFC 3463 and later).
// Facts (code, title, associated basic codes, references) follow the registry; every sentence is written
// for this project. Each code is read twice: as 4.y.z (the sender keeps the message and retries) and as
// 5.y.z (the message comes back), and as 2.y.z where the registry ties it to a 2xx reply.
import type { EnhancedCodeEntry, LocalizedText, RelatedCode } from '../types';
import { rfc } from './references';

function t(en: string, id?: string): LocalizedText {
  return id === undefined ? { en } : { en, id };
}

function rel(code: string, difference: string): RelatedCode {
  return { code, difference: { en: difference } };
}

export const enhancedCodes1: EnhancedCodeEntry[] = [
  // ---------------------------------------------------------------- X.0.x: other or undefined status
  {
    code: 'X.0.0',
    title: t('Other undefined Status', 'Status lain yang tidak terdefinisi'),
    description: t(
      'The catch-all enhanced code: the server tells you only whether the outcome was a success, a temporary failure or a permanent one, and nothing about the cause. Any basic reply code may carry it, so the basic code and the reply text are the only real clues.',
    ),
    whenYouSeeIt: {
      success: t(
        '2.0.0 beside 250 is a plain "done" with no further detail; many servers attach it to every successful command, and nothing needs to be done.',
      ),
      transient: t(
        'A temporary failure the server did not classify, often a greylisting, resource or policy deferral; the words after the code usually name the real reason.',
      ),
      permanent: t(
        'A permanent refusal without a category, common on servers that attach 5.0.0 to every 5xx reply; the basic code (550, 554) and the reply text tell you what was refused.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; if the same 4.0.0 repeats for hours, read the full reply text and the receiving provider\'s documentation, because the code itself gives no hint.',
        ),
        receiver: t(
          'Find the session in your log by queue ID or client IP to see which check deferred it, and make that check answer with a specific code such as 4.7.1 or 4.3.0.',
        ),
      },
      permanent: {
        sender: t(
          'Do not resend unchanged: use the reply text to decide whether the address, the content or your server\'s reputation was refused, and fix that first.',
        ),
        receiver: t(
          'Find the rule that refused the message in your logs; if it is your own policy, make it return a specific code so that senders can act on it.',
        ),
      },
    },
    useWhen: t(
      'Send X.0.0 only when you know the class of the outcome and none of the specific codes fits; a specific code such as X.1.1, X.3.0 or X.7.1 is always more useful to the sender.',
    ),
    actor: 'receiving-server',
    associatedBasic: [],
    classes: [2, 4, 5],
    references: [rfc(3463, '3.1'), rfc(3463, '2')],
    related: [
      rel('X.3.0', 'X.3.0 at least places the problem inside the receiving mail system; X.0.0 does not even say which side of the conversation is at fault.'),
      rel('X.4.0', 'X.4.0 points at the network or routing between the systems; X.0.0 gives no direction at all.'),
    ],
    bounceReason: 'undefined',
  },

  // ---------------------------------------------------------------- X.1.x: addressing status
  {
    code: 'X.1.0',
    title: t('Other address status', 'Status alamat lainnya'),
    description: t(
      'One of the addresses in the envelope caused the reply, but the server does not say which one or what is wrong with it. It can concern the recipient as well as the sender.',
    ),
    whenYouSeeIt: {
      transient: t(
        'An address-related deferral, for example a recipient lookup that could not be finished or a sender address the server could not verify in time.',
      ),
      permanent: t(
        'An address was refused for a reason the server did not classify; Exchange, for one, uses 5.1.0 for "sender denied", so check whether the reply answered MAIL FROM or RCPT TO.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; if it keeps deferring, check that both the sender and the recipient domains resolve and that the receiver can look up the recipient.',
        ),
        receiver: t(
          'Check the address-verification backend the server consults (LDAP, SQL recipient table, directory sync); a lookup that times out shows up as this code.',
        ),
      },
      permanent: {
        sender: t(
          'See which command the refusal answered, compare that address with the one the recipient really uses, and correct it before sending again.',
        ),
        receiver: t(
          'Find the address check that refused the message and make it answer with a specific code, X.1.1 for an unknown recipient or X.1.8 for a bad sender domain.',
        ),
      },
    },
    useWhen: t(
      'Use it only when an address is at fault and no specific X.1.y applies; prefer X.1.1 for an unknown recipient and X.1.7 or X.1.8 for a bad sender.',
    ),
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.2')],
    related: [
      rel('X.1.1', 'X.1.1 says exactly that the recipient mailbox does not exist; X.1.0 only says that some address was the problem.'),
      rel('X.2.0', 'X.2.0 means the address is fine and the mailbox behind it is the problem; X.1.0 blames the address itself.'),
    ],
    bounceReason: 'userunknown',
  },
  {
    code: 'X.1.1',
    title: t('Bad destination mailbox address', 'Alamat kotak surat tujuan tidak valid'),
    description: t(
      'The part of the recipient address before the @ is unknown at the destination: the domain works, but it has no such mailbox. This is the classic "user unknown" bounce.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A 4.1.1 usually means the server could not confirm the recipient right now, for example because its user directory was unreachable, or that it defers unknown users on purpose to slow down address harvesting.',
      ),
      permanent: t(
        'The recipient does not exist on the receiving system; the usual causes are a typo, a deleted account, or an old address still on a mailing list.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Check the spelling while the queue retries; if the message later bounces with 5.1.1, treat the address as invalid.',
        ),
        receiver: t(
          'Make sure the recipient lookup (LDAP, SQL, relay_recipient_maps, directory sync) is reachable; an outage of that backend should give 4.1.1 or 4.3.0, never a permanent 5.1.1.',
        ),
      },
      permanent: {
        sender: t(
          'Correct the address or remove it from your list; sending to it again bounces again and harms your reputation with the receiving provider.',
        ),
        receiver: t(
          'If the user should exist, check the account, its aliases and the recipient table your MTA reads (and directory sync for hosted mail); add the address, then ask the sender to resend.',
        ),
      },
    },
    useWhen: t(
      'Answer 550 5.1.1 at RCPT TO when the domain is yours and the local part does not exist; for a domain that accepts no mail at all use 556 5.1.10, and for a mailbox that exists but is blocked use X.2.1.',
    ),
    actor: 'sender-content',
    associatedBasic: ['451', '550'],
    classes: [4, 5],
    references: [rfc(3463, '3.2')],
    related: [
      rel('X.1.10', 'X.1.10 means the whole recipient domain publishes a null MX and takes no mail; X.1.1 means the domain works but this one mailbox does not exist.'),
      rel('X.2.1', 'X.2.1 says the mailbox exists but is disabled or refusing mail; X.1.1 says there is no such mailbox, so the address should be removed from lists.'),
      rel('X.1.6', 'X.1.6 says the address used to work and was retired without forwarding; X.1.1 does not say whether it ever existed.'),
      rel('X.1.2', 'X.1.2 faults the domain part, after the @; X.1.1 faults the local part, before it.'),
    ],
    bounceReason: 'userunknown',
  },
  {
    code: 'X.1.2',
    title: t('Bad destination system address', 'Alamat sistem tujuan tidak valid'),
    description: t(
      'The domain after the @ in the recipient address cannot take mail: it does not exist, or the host it names is unable to receive messages. The whole destination is at fault, not one mailbox.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A 4.1.2 means the recipient domain could not be confirmed at this moment, most often because a DNS query for it timed out or returned SERVFAIL.',
      ),
      permanent: t(
        'The recipient\'s domain does not exist or has no usable mail host; usually a misspelled domain (gmial.com, yaho.com) or one that has expired.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; meanwhile check with "dig MX domain" from the sending host that the domain resolves and that your own resolver is healthy.',
        ),
        receiver: t(
          'If the domain is yours, check that its authoritative name servers answer and that its MX records point at a host that accepts mail.',
        ),
      },
      permanent: {
        sender: t(
          'Check the spelling of the domain and whether it still exists; correct or remove the address before sending again.',
        ),
        receiver: t(
          'If the domain is yours and should receive mail, publish correct MX records and make sure the host they name accepts mail for the domain.',
        ),
      },
    },
    useWhen: t(
      'Use it when a relay or gateway knows the recipient domain cannot receive mail (no such domain, no mail host); for a domain that publishes a null MX prefer X.1.10, and for routing failures inside your own system X.4.4.',
    ),
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.2'), rfc(5321, '5.1')],
    related: [
      rel('X.1.1', 'X.1.1 means the domain is fine but the mailbox before the @ is unknown; X.1.2 means the domain itself cannot take mail.'),
      rel('X.4.4', 'X.4.4 means no route to the domain could be worked out, which may be a passing DNS fault; X.1.2 states that the domain is not a valid mail destination.'),
      rel('X.1.10', 'X.1.10 is the precise code for a domain that declares through a null MX record that it takes no mail; X.1.2 covers domains that simply do not exist or have no mail host.'),
    ],
    bounceReason: 'hostunknown',
  },
  {
    code: 'X.1.3',
    title: t('Bad destination mailbox address syntax', 'Sintaks alamat kotak surat tujuan salah'),
    description: t(
      'The recipient address is malformed, so the server cannot even parse it: missing angle brackets, spaces, two @ signs, a trailing dot or characters that are not allowed.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Rare as 4.1.3; it usually comes from a filter that defers an address it cannot parse, and waiting will not make the address valid.',
      ),
      permanent: t(
        'The RCPT TO argument is not a valid address, typically from a web form that accepted "name@domain..com", a list of addresses pasted into one field, or a non-ASCII address sent to a server without SMTPUTF8.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Look at the address exactly as your software sent it in RCPT TO and correct it; the retry will not fix a syntax problem.',
        ),
        receiver: t(
          'If your server defers unparsable addresses, reject them at once with 501 5.1.3 so the sender learns about the mistake right away.',
        ),
      },
      permanent: {
        sender: t(
          'Fix the address, and the input validation that let it through, so that your software sends RCPT TO:<user@domain> with nothing else inside the brackets; then resend.',
        ),
        receiver: t(
          'Nothing to do unless valid addresses are refused; if they are, check how your parser treats quoted local parts, plus-addressing and internationalized addresses.',
        ),
      },
    },
    useWhen: t(
      'Answer 501 5.1.3 when the RCPT TO argument is not a valid address; use 550 5.1.1 for a well-formed address that does not exist, and X.1.7 for a malformed sender address.',
    ),
    actor: 'sender-content',
    associatedBasic: ['501'],
    classes: [4, 5],
    references: [rfc(3463, '3.2'), rfc(5321, '4.1.2')],
    related: [
      rel('X.1.1', 'X.1.1 means the address is well formed but unknown; X.1.3 means it could not be parsed at all.'),
      rel('X.1.7', 'X.1.7 is the same kind of syntax problem in the sender address (MAIL FROM); X.1.3 concerns a recipient.'),
      rel('X.5.2', 'X.5.2 faults the syntax of the whole command; X.1.3 faults only the address inside it.'),
    ],
    bounceReason: 'userunknown',
  },
  {
    code: 'X.1.4',
    title: t('Destination mailbox address ambiguous', 'Alamat kotak surat tujuan ambigu'),
    description: t(
      'The recipient address matches more than one mailbox at the destination, so the server cannot tell who should get the message. It happens where addresses are resolved by name lookup or loose matching against a directory.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The server found several candidates for the address and deferred; it clears once the duplicate entry in the directory is removed.',
      ),
      permanent: t(
        'Two or more directory entries claim the same address or alias (for example two users holding the same proxy address), and the receiver refused rather than guess.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let it retry, and tell the recipient by another channel that their address resolves to more than one mailbox.',
        ),
        receiver: t(
          'Search the directory for duplicate addresses, aliases or proxy addresses matching the recipient and remove the duplicate so the queued retry succeeds.',
        ),
      },
      permanent: {
        sender: t(
          'Use a more specific address if the recipient has one, or ask the recipient\'s administrators to remove the duplicate before you resend.',
        ),
        receiver: t(
          'Make the address unique again: delete the conflicting alias or proxy address, or turn off the loose name matching that produced several candidates.',
        ),
      },
    },
    useWhen: t(
      'Return it when address resolution finds more than one local mailbox for one address; fixing the duplicate is better than delivering to a guessed recipient.',
    ),
    actor: 'receiving-server',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.2')],
    related: [
      rel('X.1.1', 'X.1.1 means no mailbox matches the address; X.1.4 means more than one does.'),
    ],
    bounceReason: 'filtered',
  },
  {
    code: 'X.1.5',
    title: t('Destination address valid', 'Alamat tujuan valid'),
    description: t(
      'A positive report: the recipient address was checked and is valid. It appears as 2.1.5 beside 250 after RCPT TO, and in delivery status notifications that confirm a delivery.',
    ),
    whenYouSeeIt: {
      success: t(
        '250 2.1.5 after RCPT TO means this recipient was accepted; the message itself is only accepted once the reply to DATA (or the final dot) is also a 250.',
      ),
      transient: t(
        'A 4.1.5 contradicts itself (a valid address with a temporary failure) and points to a misconfigured server or filter; the reply text holds the real reason.',
      ),
      permanent: t(
        'A 5.1.5 contradicts itself as well: the address was validated yet the message was refused under the wrong label, so rely on the reply text.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; if it persists, send the full reply to the receiving postmaster, because the code does not match a failure.',
        ),
        receiver: t(
          'Fix the filter or script that returns 4.1.5 so that it uses a code naming the actual temporary problem, for example 4.3.0 or 4.7.1.',
        ),
      },
      permanent: {
        sender: t(
          'Treat it as a permanent refusal of unknown cause and contact the receiving side with the full reply; the address itself needs no change.',
        ),
        receiver: t(
          'Correct the configuration that pairs 5.1.5 with a refusal; a refusal should carry the code of its real cause, such as 5.7.1 for a policy block.',
        ),
      },
    },
    useWhen: t(
      'Send 250 2.1.5 to accept a recipient at RCPT TO, as Postfix, Exim and Exchange do; never pair X.1.5 with a 4xx or 5xx reply.',
    ),
    actor: 'none',
    associatedBasic: ['250'],
    classes: [2, 4, 5],
    references: [rfc(3463, '3.2')],
    related: [
      rel('X.1.1', 'X.1.1 refuses a recipient that does not exist; X.1.5 accepts one that does.'),
      rel('X.1.9', 'X.1.9 also confirms the address but warns that no further delivery report will come; X.1.5 is a plain confirmation.'),
    ],
    bounceReason: 'delivered',
  },
  {
    code: 'X.1.6',
    title: t('Destination mailbox has moved, No forwarding address', 'Kotak surat tujuan telah pindah, tanpa alamat penerusan'),
    description: t(
      'The recipient address used to be valid but no longer takes mail, and the server does not know, or will not reveal, a new address. Typical for a person who has left an organization.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Rarely temporary; a 4.1.6 suggests the mailbox is being migrated and may take mail again once the move is finished.',
      ),
      permanent: t(
        'The person or role has left and the address was retired on purpose; the sender has to find the new address some other way.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry during the migration; if it turns into 5.1.6, stop sending and ask the recipient for a current address.',
        ),
        receiver: t(
          'Finish the mailbox move, or answer 5.1.6 once the address is definitely retired, so that senders stop waiting on it.',
        ),
      },
      permanent: {
        sender: t(
          'Remove or replace the address in your lists and address books, and reach the person another way to learn the new one.',
        ),
        receiver: t(
          'If the retirement was a mistake, restore the address or add forwarding; otherwise keep the reply so senders update their records.',
        ),
      },
    },
    useWhen: t(
      'Use 5.1.6 for addresses you retired on purpose, so senders update their records; use 551 with the new address when you are willing to name it, and 5.1.1 for addresses that never existed.',
    ),
    actor: 'recipient-mailbox',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.2')],
    related: [
      rel('X.1.1', 'X.1.1 only says the mailbox is unknown; X.1.6 adds that it once existed and has been retired, so the person may have a new address.'),
      rel('X.2.1', 'X.2.1 says the mailbox still exists but is switched off; X.1.6 says it is gone for good.'),
      rel('X.7.17', 'X.7.17 says the mailbox now belongs to someone else (checked with RRVS); X.1.6 says the mailbox is gone and nothing is forwarded.'),
    ],
    bounceReason: 'hasmoved',
  },
  {
    code: 'X.1.7',
    title: t("Bad sender's mailbox address syntax", 'Sintaks alamat kotak surat pengirim salah'),
    description: t(
      'The envelope sender address (MAIL FROM) is malformed. Receivers refuse it because a bounce could never be returned to such an address.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A 4.1.7 means the receiver could not parse or verify the sender address this time; check the address anyway, since retrying an invalid one never helps.',
      ),
      permanent: t(
        'The MAIL FROM argument is not valid syntax, often an application that puts a display name inside it ("John <john@example.com>"), a bare user name without a domain, or an address with spaces.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Look at the MAIL FROM your software actually sends; if it is malformed, fix it rather than wait for the retry.',
        ),
        receiver: t(
          'If your sender check depends on a lookup that timed out, make it answer 4.3.0 or 4.4.3 instead, so an outage is not reported as bad syntax.',
        ),
      },
      permanent: {
        sender: t(
          'Configure the application or MTA to send a bare, fully qualified address, MAIL FROM:<user@domain>, then resend.',
        ),
        receiver: t(
          'Nothing to change unless valid senders are refused; if they are, check that your parser accepts quoted local parts and the null sender <> used by bounces.',
        ),
      },
    },
    useWhen: t(
      'Answer 501 5.1.7 (or 553 5.1.7) to an unparsable MAIL FROM; use X.1.8 when the syntax is fine but the sender domain cannot receive mail, and X.1.3 for recipient syntax.',
    ),
    actor: 'sender-config',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.2'), rfc(5321, '4.1.2')],
    related: [
      rel('X.1.8', 'X.1.8 is a well-formed sender address whose domain cannot receive mail; X.1.7 is a sender address that cannot be parsed at all.'),
      rel('X.1.3', 'X.1.3 is the same syntax problem in a recipient address; X.1.7 concerns the sender.'),
    ],
    bounceReason: 'rejected',
  },
  {
    code: 'X.1.8',
    title: t("Bad sender's system address", 'Alamat sistem pengirim tidak valid'),
    description: t(
      'The domain of the envelope sender cannot receive mail, so the receiver refuses the message: replies and bounces would have nowhere to go. Receivers test it by looking up MX or address records for the sender domain.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A 451 4.1.8 usually means the DNS lookup of your sender domain failed for the moment, for example a timeout at your DNS provider, so the receiver could not verify it yet.',
      ),
      permanent: t(
        'The sender domain does not resolve at all: a made-up domain in an application\'s From setting, an internal-only domain (server.local, company.lan), or a domain that has lapsed.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry and check that your domain\'s authoritative name servers answer quickly from outside your network.',
        ),
        receiver: t(
          'If many different senders get 4.1.8, suspect your own resolver: a broken DNS cache on the receiving side makes every sender domain look invalid.',
        ),
      },
      permanent: {
        sender: t(
          'Send from a domain that exists in public DNS with MX or address records, and rewrite internal sender addresses to it before mail leaves your network; then resend.',
        ),
        receiver: t(
          'Keep the check, but reject only when the domain really does not exist (NXDOMAIN), never on a timeout, and answer a sender domain with a null MX with X.7.27.',
        ),
      },
    },
    useWhen: t(
      'Answer 553 5.1.8 when the MAIL FROM domain has no way to receive mail, and 451 4.1.8 while DNS cannot tell; for a sender domain that publishes a null MX, X.7.27 is the precise code.',
    ),
    actor: 'sender-config',
    associatedBasic: ['451', '501'],
    classes: [4, 5],
    references: [rfc(3463, '3.2')],
    related: [
      rel('X.1.7', 'X.1.7 is a sender address that cannot be parsed; X.1.8 is a well-formed one whose domain cannot receive mail.'),
      rel('X.7.27', 'X.7.27 is for a sender domain that publishes a null MX on purpose; X.1.8 covers sender domains that do not resolve or have no mail host.'),
    ],
    bounceReason: 'rejected',
  },
  {
    code: 'X.1.9',
    title: t('Message relayed to non-compliant mailer', 'Pesan diteruskan ke mailer yang tidak sesuai standar'),
    description: t(
      'A delivery report saying the address was valid but the message was handed to a system that returns no delivery status, so the trail ends there. It comes from the message tracking extension.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Uncommon as 4.1.9; it means the hand-off to a system without status reporting was deferred, and the queue will retry it.',
      ),
      permanent: t(
        'Seen in a delivery status notification when a delivery report or tracking was requested but the next system cannot provide one; the message may still have arrived.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Nothing to change; let the retry run and do not expect a delivery notification from beyond that gateway.',
        ),
        receiver: t(
          'Check the gateway or connector that passes mail to the legacy or non-SMTP system, and make sure it is running so the queue drains.',
        ),
      },
      permanent: {
        sender: t(
          'Confirm with the recipient directly that the message arrived; reports beyond this point are not available and resending is usually unnecessary.',
        ),
        receiver: t(
          'If delivery reports matter, upgrade or reconfigure the downstream system to support DSN, or document that reports stop at the gateway.',
        ),
      },
    },
    useWhen: t(
      'Use it in delivery status notifications when you relay to a system that cannot report further (a legacy gateway, a non-SMTP transport); it is a report, never a reason to refuse a message.',
    ),
    actor: 'receiving-server',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3886)],
    related: [
      rel('X.1.5', 'X.1.5 confirms the address and carries no caveat; X.1.9 confirms it but warns that tracking stops at the next system.'),
    ],
    bounceReason: 'systemerror',
  },
  {
    code: 'X.1.10',
    title: t('Recipient address has null MX', 'Alamat penerima memiliki null MX'),
    description: t(
      'The recipient\'s domain publishes a null MX record (MX 0 "."), its explicit statement that it accepts no mail at all. Senders are expected to give up without trying to connect.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A 4.1.10 is odd, since a null MX is a deliberate and lasting statement; the domain\'s DNS may have just changed, but expect the address to fail.',
      ),
      permanent: t(
        'Your server, or a relay, found only a null MX for the recipient\'s domain and gave up without connecting; the domain is web-only or parked, or the address was mistyped.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Check the recipient domain with "dig MX domain"; if the answer is "0 .", stop retrying and get a correct address.',
        ),
        receiver: t(
          'If the domain should receive mail, replace the null MX with real MX records and allow the old record\'s TTL to run out.',
        ),
      },
      permanent: {
        sender: t(
          'Ask the recipient for another address; mail to this domain cannot be delivered while it publishes a null MX.',
        ),
        receiver: t(
          'If the null MX was not intended (for example left over from a parked-domain template), publish the correct MX records; otherwise there is nothing to do.',
        ),
      },
    },
    useWhen: t(
      'A sending MTA reports 556 5.1.10 when the recipient domain\'s only MX is the null MX; a receiving server refusing a sender whose domain has a null MX should answer 550 5.7.27 instead.',
    ),
    actor: 'sender-content',
    associatedBasic: ['556'],
    classes: [4, 5],
    references: [rfc(7505, '4.1'), rfc(7504)],
    related: [
      rel('X.1.1', 'X.1.1 means the domain takes mail but this mailbox is unknown; X.1.10 means the domain takes no mail at all.'),
      rel('X.1.2', 'X.1.2 covers recipient domains that do not exist or have no mail host; X.1.10 is for a domain that says on purpose, with a null MX, that it takes no mail.'),
      rel('X.7.27', 'X.7.27 is a receiver refusing a sender whose domain has a null MX; X.1.10 is about the recipient\'s domain.'),
      rel('X.3.2', 'X.3.2 comes from a host that itself says it is not accepting mail; X.1.10 comes from the DNS of the recipient domain, before any connection.'),
    ],
    bounceReason: 'notaccept',
  },

  // ---------------------------------------------------------------- X.2.x: mailbox status
  {
    code: 'X.2.0',
    title: t('Other or undefined mailbox status', 'Status kotak surat lain atau tidak terdefinisi'),
    description: t(
      'The recipient mailbox exists, but something about it prevents delivery and the server does not say what. Servers use it for mailbox-level faults such as a locked or damaged mailbox.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The mailbox cannot take the message for the moment, for instance locked by another delivery, in the middle of a migration, or on a store that is briefly offline.',
      ),
      permanent: t(
        'The mailbox refused the message for an unclassified reason, often a per-user rule or a mailbox left in a broken state.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; if the deferral lasts more than a day, send the reply text to the recipient\'s administrators.',
        ),
        receiver: t(
          'Check the delivery agent\'s log (LMTP, Dovecot, the mailbox store) for this recipient: look for locks, permission errors or a store that is offline.',
        ),
      },
      permanent: {
        sender: t(
          'Contact the recipient by another channel; only their administrators can see why the mailbox refuses mail.',
        ),
        receiver: t(
          'Inspect the mailbox (permissions, corruption, per-user filters), repair it, and answer with a specific X.2.y code where one fits.',
        ),
      },
    },
    useWhen: t(
      'Use it for mailbox problems that neither X.2.1 (disabled), X.2.2 (full) nor X.2.3 (message too large for this mailbox) describes.',
    ),
    actor: 'recipient-mailbox',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.3')],
    related: [
      rel('X.2.1', 'X.2.1 says the mailbox is disabled; X.2.0 gives no cause at all.'),
      rel('X.1.0', 'X.1.0 blames the address; X.2.0 says the address is right and the mailbox behind it is the problem.'),
    ],
    bounceReason: 'filtered',
  },
  {
    code: 'X.2.1',
    title: t('Mailbox disabled, not accepting messages', 'Kotak surat dinonaktifkan, tidak menerima pesan'),
    description: t(
      'The mailbox exists but has been switched off for incoming mail: suspended, locked for abuse, closed for inactivity, or flooded with mail. The address itself is right.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A temporary block on the mailbox; at large providers 4.2.1 often means the recipient is getting mail faster than allowed, and delivery succeeds later at a lower rate.',
      ),
      permanent: t(
        'The account is disabled or suspended, for example closed for inactivity, blocked by its administrator, or locked after a compromise.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry, and slow down if you send many messages to the same recipient; it usually clears within hours.',
        ),
        receiver: t(
          'Check whether the account is rate limited, locked or being migrated, and lift the temporary block if the incoming traffic is legitimate.',
        ),
      },
      permanent: {
        sender: t(
          'Stop sending to the address and reach the recipient by another channel; if it stays disabled, remove it from your lists.',
        ),
        receiver: t(
          'Re-enable the account if it was disabled by mistake (a removed license, an inactivity policy), then ask the sender to resend.',
        ),
      },
    },
    useWhen: t(
      'Send X.2.1 when the mailbox exists but may not receive (suspended, locked, over a receiving rate); prefer 5.1.1 when it does not exist and X.2.2 when it is only full.',
    ),
    actor: 'recipient-mailbox',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.3')],
    related: [
      rel('X.1.1', 'X.1.1 says there is no such mailbox; X.2.1 says it exists but is switched off, which may be undone later.'),
      rel('X.2.2', 'X.2.2 means the mailbox is over its storage quota and works again once space is freed; X.2.1 means it was disabled, whatever its size.'),
      rel('X.7.13', 'X.7.13 says the user account as a whole is disabled; X.2.1 concerns the mailbox refusing incoming mail.'),
    ],
    bounceReason: 'suspend',
  },
  {
    code: 'X.2.2',
    title: t('Mailbox full', 'Kotak surat penuh'),
    description: t(
      'The recipient\'s mailbox has reached its storage quota, so the message does not fit. The owner can fix it by deleting mail or getting more space.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The mailbox is over quota right now; your queue keeps retrying and the message goes through if the recipient frees space before the queue lifetime ends.',
      ),
      permanent: t(
        'The mailbox is full and the receiver has decided not to wait, often because the account has been over quota for a long time and may be abandoned.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the retries continue; if the message matters, tell the recipient by another channel that their mailbox is full.',
        ),
        receiver: t(
          'Ask the user to clean up or raise the quota, and check that the quota figure is current (a stale quota cache can outlive the deletions).',
        ),
      },
      permanent: {
        sender: t(
          'Resend only after the recipient confirms they have freed space; if the address stays full for weeks, treat it as inactive.',
        ),
        receiver: t(
          'Raise the quota or have the user delete mail, and consider answering 452 4.2.2 instead, so that senders keep retrying while the mailbox is full.',
        ),
      },
    },
    useWhen: t(
      'Answer 452 4.2.2 (or 552 5.2.2 once you stop waiting) when the user\'s quota is the limit; use X.3.1 when the whole server is out of space and X.2.3 when one message exceeds the mailbox\'s size limit.',
    ),
    actor: 'recipient-mailbox',
    associatedBasic: ['552'],
    classes: [4, 5],
    references: [rfc(3463, '3.3')],
    related: [
      rel('X.3.1', 'X.3.1 means the mail system\'s own storage is exhausted and only its operators can fix it; X.2.2 is one user\'s quota, fixed by that user.'),
      rel('X.2.3', 'X.2.3 is one message exceeding the mailbox\'s per-message size limit; X.2.2 is about the total already stored.'),
      rel('X.3.4', 'X.3.4 refuses a message larger than the whole system accepts; X.2.2 would accept its size, just not in this full mailbox.'),
    ],
    bounceReason: 'mailboxfull',
  },
  {
    code: 'X.2.3',
    title: t('Message length exceeds administrative limit', 'Panjang pesan melebihi batas administratif'),
    description: t(
      'The message is larger than the size limit set for this particular mailbox, a limit lower than what the mail system accepts in general.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Unusual as 4.2.3, since a message that is too large stays too large; the retry fails the same way unless the limit is raised in the meantime.',
      ),
      permanent: t(
        'The recipient\'s mailbox has its own maximum message size (common for shared or restricted mailboxes) and the message, with attachments and encoding, is bigger.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Do not count on the retry; make the message smaller or share large files through a link.',
        ),
        receiver: t(
          'If this mailbox should accept larger messages, raise its limit before the sender\'s queue gives up.',
        ),
      },
      permanent: {
        sender: t(
          'Remove or compress attachments, or send a link instead (base64 encoding makes attachments about a third larger), then resend.',
        ),
        receiver: t(
          'Raise the mailbox\'s receive size limit if the message is legitimate, for example the MaxReceiveSize of that mailbox in Exchange.',
        ),
      },
    },
    useWhen: t(
      'Answer 552 5.2.3 when a per-recipient limit stops the message; when the limit is system-wide use 552 5.3.4, and advertise that limit with the SIZE extension.',
    ),
    actor: 'sender-content',
    associatedBasic: ['552'],
    classes: [4, 5],
    references: [rfc(3463, '3.3')],
    related: [
      rel('X.3.4', 'X.3.4 means the message exceeds the system-wide maximum; X.2.3 means only this recipient\'s lower limit was exceeded, so other recipients may have received it.'),
      rel('X.2.2', 'X.2.2 means the mailbox has no room left for anything; X.2.3 means this one message is too big for the mailbox, even when it is empty.'),
    ],
    bounceReason: 'exceedlimit',
  },
  {
    code: 'X.2.4',
    title: t('Mailing list expansion problem', 'Masalah ekspansi milis'),
    description: t(
      'The recipient is a mailing list or distribution group, and the server could not expand it into its member addresses.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The list server could not read its member list at the moment, for example because the database or directory holding it was down; a later retry will succeed.',
      ),
      permanent: t(
        'The list itself is broken: its member source is missing, it nests groups in a loop, or it expands to no valid member.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry, and tell the list owner if the problem continues for more than a day.',
        ),
        receiver: t(
          'Check the list manager (Mailman, Sympa, an Exchange distribution group) and the database or directory it reads members from.',
        ),
      },
      permanent: {
        sender: t(
          'Tell the list owner, and meanwhile write to the members directly if you know them.',
        ),
        receiver: t(
          'Repair the list definition (member source, looping nested groups, empty membership), then ask the sender to resend.',
        ),
      },
    },
    useWhen: t(
      'Use it when expanding a list address fails; when the sender is simply not allowed to post to the list, answer with X.7.2 instead.',
    ),
    actor: 'receiving-server',
    associatedBasic: ['450', '452'],
    classes: [4, 5],
    references: [rfc(3463, '3.3')],
    related: [
      rel('X.7.2', 'X.7.2 means this sender may not post to the list; X.2.4 means the list could not be expanded at all, whoever sent the message.'),
    ],
    bounceReason: 'filtered',
  },

  // ---------------------------------------------------------------- X.3.x: mail system status
  {
    code: 'X.3.0',
    title: t('Other or undefined mail system status', 'Status sistem surat lain atau tidak terdefinisi'),
    description: t(
      'Something inside the receiving mail system, rather than the address or the content, caused the reply, and no more specific cause is given. The destination normally accepts mail.',
    ),
    whenYouSeeIt: {
      success: t(
        '2.3.0 shows up mostly beside 221 when the server closes the connection, or beside 250 as a generic system-level OK; nothing needs to be done.',
      ),
      transient: t(
        'A passing internal problem on the receiving side: 451 4.3.0 is what Postfix, Exim and many providers answer when a lookup table, content filter or spool write fails for a moment.',
      ),
      permanent: t(
        'The receiving system refused the message because of an internal condition it did not classify, for example a milter or content scanner that failed on this message.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; it usually clears within minutes, and if it lasts for hours send the reply with its timestamp to the receiving postmaster.',
        ),
        receiver: t(
          'Check the MTA log around the time of the reply for lookup, milter, antivirus or disk errors; the code is your own system asking for time.',
        ),
      },
      permanent: {
        sender: t(
          'Send the full reply and its timestamp to the receiving side; there is nothing to change on your end unless the text names something.',
        ),
        receiver: t(
          'Find the failing component in your logs and fix it; an internal error that may pass should be answered with 451 4.3.0, not a 5xx.',
        ),
      },
    },
    useWhen: t(
      'Answer 451 4.3.0 when an internal component fails and the sender should retry; use X.3.1 for exhausted storage, X.3.2 when you take no mail at all, and X.3.5 for a known configuration fault.',
    ),
    actor: 'receiving-server',
    associatedBasic: ['221', '250', '421', '451', '550', '554'],
    classes: [2, 4, 5],
    references: [rfc(3463, '3.4')],
    related: [
      rel('X.0.0', 'X.0.0 does not say where the problem lies; X.3.0 places it inside the receiving mail system.'),
      rel('X.3.5', 'X.3.5 admits the cause is the receiver\'s own configuration; X.3.0 leaves the cause open.'),
      rel('X.4.0', 'X.4.0 blames the network between the systems; X.3.0 blames the mail system at the other end.'),
    ],
    bounceReason: 'systemerror',
  },
  {
    code: 'X.3.1',
    title: t('Mail system full', 'Sistem surat penuh'),
    description: t(
      'The receiving mail system has run out of storage: its queue or message store disk is full. Unlike a full mailbox, the recipient cannot fix it by deleting mail.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The receiver\'s queue or store partition is full, so it defers all new mail until space is freed; Postfix reports this as 452 4.3.1 "Insufficient system storage".',
      ),
      permanent: t(
        'Rare as a permanent error; the system has been out of storage so long that it gave up, and only its operators can clear it.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; the problem hits every sender, so after a few hours tell the receiving postmaster through another channel.',
        ),
        receiver: t(
          'Free disk space on the queue and store partitions at once (old logs, deferred mail, quarantine) and check the MTA\'s minimum free-space setting.',
        ),
      },
      permanent: {
        sender: t(
          'Resend once the receiving operators confirm that the storage problem is fixed.',
        ),
        receiver: t(
          'Fix the storage, then make sure shortages are answered with 452 4.3.1 so that senders wait instead of bouncing.',
        ),
      },
    },
    useWhen: t(
      'Answer 452 4.3.1 when your queue or store lacks space for the message, so that senders come back later; use X.2.2 when only one user\'s quota is reached.',
    ),
    actor: 'receiving-server',
    associatedBasic: ['452'],
    classes: [4, 5],
    references: [rfc(3463, '3.4')],
    related: [
      rel('X.2.2', 'X.2.2 is one mailbox over its quota, fixed by its owner; X.3.1 is the whole system out of storage, fixed only by its operators.'),
      rel('X.4.5', 'X.4.5 means the system is overloaded with traffic rather than out of disk; both pass with time, but X.3.1 needs disk space to be freed.'),
    ],
    bounceReason: 'systemfull',
  },
  {
    code: 'X.3.2',
    title: t('System not accepting network messages', 'Sistem tidak menerima pesan jaringan'),
    description: t(
      'The destination host is not taking mail, at the moment or at all, whoever sends and whatever the content. Planned maintenance, a shutdown, and hosts that never receive mail use it.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The host is in maintenance, shutting down or overloaded and refuses new mail for now; 421 4.3.2 "Service not available" is the common form.',
      ),
      permanent: t(
        'The host never accepts mail, the meaning of 521: it is a web server, a host that only sends, or a domain whose mail service was shut down.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry or move on to the next MX; check whether the domain\'s other MX hosts are accepting.',
        ),
        receiver: t(
          'Finish the maintenance and re-enable the listener; if it will take long, make sure a backup MX accepts mail meanwhile.',
        ),
      },
      permanent: {
        sender: t(
          'Check the domain\'s MX records: you may be connecting to a host that was never meant to receive mail, or the domain has moved its mail elsewhere.',
        ),
        receiver: t(
          'If the host should receive mail, enable its SMTP service; if not, make sure no MX record points at it, or publish a null MX for the domain.',
        ),
      },
    },
    useWhen: t(
      'Answer 421 4.3.2 during maintenance or shutdown so that senders retry, and 521 5.3.2 on hosts that never take mail; for a whole domain that takes no mail, publish a null MX.',
    ),
    actor: 'receiving-server',
    associatedBasic: ['453', '521'],
    classes: [4, 5],
    references: [rfc(3463, '3.4'), rfc(7504)],
    related: [
      rel('X.4.5', 'X.4.5 means busy right now, come back soon; X.3.2 means the host as a whole is closed to incoming mail.'),
      rel('X.1.10', 'X.1.10 is reported when the recipient domain\'s DNS says it takes no mail; X.3.2 comes from a host that says so itself.'),
      rel('X.3.0', 'X.3.0 is an unspecified internal fault; X.3.2 says plainly that the host is not taking mail.'),
    ],
    bounceReason: 'notaccept',
  },
  {
    code: 'X.3.3',
    title: t('System not capable of selected features', 'Sistem tidak mendukung fitur yang dipilih'),
    description: t(
      'The message asks for a feature the destination cannot provide, such as a kind of delivery notification, 8-bit transport, or a service extension that cannot be carried across a gateway.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The feature is unavailable on the receiving side for now; the retry may succeed if it lands on another server of the pool that supports it.',
      ),
      permanent: t(
        'The envelope or the message needs something the receiving system lacks, such as a DSN option, a delivery priority, or binary content through a gateway that cannot convert it.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; if it persists, check which extension parameters your MTA put on MAIL FROM or RCPT TO (NOTIFY=, BODY=, SMTPUTF8).',
        ),
        receiver: t(
          'Make sure every server behind the MX advertises the same EHLO extensions, so a feature offered by one is not missing on another.',
        ),
      },
      permanent: {
        sender: t(
          'Send without the unsupported feature: drop the extension parameter, or let your MTA convert 8-bit content to 7-bit MIME before relaying.',
        ),
        receiver: t(
          'Enable the feature if you are meant to support it, and stop advertising extensions in EHLO that the path behind you cannot honour.',
        ),
      },
    },
    useWhen: t(
      'Use it when a requested feature cannot be honoured on the way to the recipient; for parameters your server does not understand X.5.4 is more precise, and for content conversion X.6.3.',
    ),
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.4')],
    related: [
      rel('X.6.3', 'X.6.3 is specifically about content that would need converting and cannot be; X.3.3 covers any selected feature the system lacks.'),
      rel('X.5.4', 'X.5.4 refuses a command argument the server does not recognise; X.3.3 understands the request but cannot deliver the feature.'),
    ],
    bounceReason: 'systemerror',
  },
  {
    code: 'X.3.4',
    title: t('Message too big for system', 'Pesan terlalu besar untuk sistem'),
    description: t(
      'The message is larger than anything the receiving system accepts. The limit is system-wide and is usually advertised in the SIZE keyword of the EHLO reply.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Rare as 4.3.4; the server usually lacked temporary space for a very large message, so a retry can work later, though shrinking the message is the safer course.',
      ),
      permanent: t(
        'The message exceeds the receiver\'s maximum size, commonly somewhere between 10 and 50 MB at providers; large attachments plus base64 encoding are the usual cause.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Allow one retry, but if the message is near the receiver\'s advertised SIZE limit, shrink it or send a link instead.',
        ),
        receiver: t(
          'Check for temporary space limits on the queue and for proxies or content filters with a smaller limit than the MTA itself.',
        ),
      },
      permanent: {
        sender: t(
          'Read the SIZE value in the receiver\'s EHLO reply, get the message below it (compress, split, or share by link), then resend.',
        ),
        receiver: t(
          'If the limit is too low for your users, raise message_size_limit (the setting has that name in both Postfix and Exim) and every filter\'s limit to match, and advertise the new value in SIZE.',
        ),
      },
    },
    useWhen: t(
      'Answer 552 5.3.4 when a message exceeds your system maximum, and advertise that maximum with SIZE so clients can give up early; use 5.2.3 for a lower per-mailbox limit.',
    ),
    actor: 'sender-content',
    associatedBasic: ['552', '554'],
    classes: [4, 5],
    references: [rfc(3463, '3.4'), rfc(1870)],
    related: [
      rel('X.2.3', 'X.2.3 is only one mailbox\'s lower limit, so other recipients may have received the message; X.3.4 is the system maximum, which no recipient there can exceed.'),
      rel('X.2.2', 'X.2.2 means the recipient\'s storage is full; X.3.4 means this message is too large whatever the free space.'),
    ],
    bounceReason: 'mesgtoobig',
  },
  {
    code: 'X.3.5',
    title: t('System incorrectly configured', 'Sistem dikonfigurasi dengan salah'),
    description: t(
      'The receiving system is set up in a way that does not let it accept this message: the fault lies in its own configuration, not in the message or the sender.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A configuration error on the receiving side that its operators are expected to fix, such as a missing transport, a broken lookup table, or a routing rule that points nowhere.',
      ),
      permanent: t(
        'The receiving system refuses because of its own setup, for example it believes it is the final destination for a domain it has no mailboxes for, or a required component is not configured.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry and notify the receiving postmaster; the fix is entirely on their side.',
        ),
        receiver: t(
          'Review recent configuration changes (transports, relay domains, virtual mailbox maps, connector settings) and reload once corrected.',
        ),
      },
      permanent: {
        sender: t(
          'Send the full reply and its timestamp to the receiving postmaster, and resend once they confirm the fix.',
        ),
        receiver: t(
          'Correct the configuration (a domain listed as local without mailboxes, a missing delivery agent), and answer with a 4xx code while the fix is under way.',
        ),
      },
    },
    useWhen: t(
      'Use X.3.5 when you know your own setup prevents delivery; prefer a 4xx reply so mail waits while you fix it, and X.3.0 when you cannot tell a configuration fault from a passing one.',
    ),
    actor: 'receiving-server',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.4')],
    related: [
      rel('X.3.0', 'X.3.0 is an unspecified internal problem; X.3.5 says the cause is the receiving system\'s configuration.'),
      rel('X.4.4', 'X.4.4 says no route to the destination could be found; X.3.5 says the receiving system itself is set up wrongly for this message.'),
    ],
    bounceReason: 'systemerror',
  },
  {
    code: 'X.3.6',
    title: t('Requested priority was changed', 'Prioritas yang diminta telah diubah'),
    description: t(
      'Part of the message priority extension (MT-PRIORITY): the message was accepted, but not at the priority the sender asked for. The reply text begins with the priority actually applied.',
    ),
    whenYouSeeIt: {
      success: t(
        '250 2.3.6 means the message was accepted and will be delivered, at the priority given at the start of the reply text rather than the one requested.',
      ),
      transient: t(
        'A 4.3.6 does not fit the definition, which is a success report; look in the reply text for the real temporary reason.',
      ),
      permanent: t(
        'A 5.3.6 does not fit the definition either; if you see one, the server refused the message under the wrong label, so rely on the reply text.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry, and report the mismatched code to the receiving side if it persists.',
        ),
        receiver: t(
          'Fix whatever returns X.3.6 with a failure; a refusal based on priority should use X.7.15 or X.7.16.',
        ),
      },
      permanent: {
        sender: t(
          'Treat it as a refusal of unclear cause and ask the receiving side; resending with a lower MT-PRIORITY may help if the priority was the problem.',
        ),
        receiver: t(
          'Answer X.7.15 to a priority the sender may not use, and keep X.3.6 for accepted messages whose priority you changed.',
        ),
      },
    },
    useWhen: t(
      'Send 250 2.3.6, followed by the new priority, when you accept a message but change its MT-PRIORITY; refuse a priority the sender may not use with X.7.15 instead.',
    ),
    actor: 'none',
    associatedBasic: ['250', '251'],
    classes: [2, 4, 5],
    references: [rfc(6710)],
    related: [
      rel('X.7.15', 'X.7.15 refuses a message because the sender may not use the requested priority; X.3.6 accepts the message at a changed priority.'),
    ],
  },

  // ---------------------------------------------------------------- X.4.x: network and routing status
  {
    code: 'X.4.0',
    title: t('Other or undefined network or routing status', 'Status jaringan atau perutean lain atau tidak terdefinisi'),
    description: t(
      'A networking or routing problem stopped the delivery, and none of the specific network codes fits. Sending MTAs attach it to their own connection failures as often as receivers send it.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Your server or a relay hit a connection or routing problem it could not classify, such as a reset connection, an aborted TLS handshake or an unreachable network; the queue will retry.',
      ),
      permanent: t(
        'A routing problem the reporting system considers final, often a relay that gave up on its next hop; the reply text or the diagnostic line of the bounce carries the detail.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; if it persists, test the path yourself (nc or openssl s_client to port 25 of the MX) and check firewalls and any blocking of outbound port 25.',
        ),
        receiver: t(
          'Check that your MX hosts are reachable from outside on port 25 and that load balancers or firewalls are not resetting connections.',
        ),
      },
      permanent: {
        sender: t(
          'Find the failing hop in the Remote-MTA and Diagnostic-Code lines of the bounce, fix the route (MX records, smarthost, connector), then resend.',
        ),
        receiver: t(
          'If the failing hop is yours, repair the routing between your gateway and your internal mail servers.',
        ),
      },
    },
    useWhen: t(
      'Use it for network or routing failures that X.4.1 to X.4.7 do not describe; a connection never answered is X.4.1, and one that broke mid-transaction is X.4.2.',
    ),
    actor: 'network',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.5')],
    related: [
      rel('X.4.2', 'X.4.2 says an established connection broke or timed out; X.4.0 gives no detail.'),
      rel('X.3.0', 'X.3.0 blames the receiving mail system; X.4.0 blames the network or routing in between.'),
    ],
    bounceReason: 'networkerror',
  },
  {
    code: 'X.4.1',
    title: t('No answer from host', 'Tidak ada jawaban dari host'),
    description: t(
      'The sending side tried to connect to the next mail server and got no answer: the connection timed out or was refused, so no SMTP conversation took place.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Your MTA could not reach the recipient\'s MX (connection timed out or refused); the host may be down, a firewall may drop the traffic, or your provider may block outbound port 25.',
      ),
      permanent: t(
        'Found in bounces after the retry period ended with the host never answering: the destination stayed unreachable for days.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; meanwhile run "nc -vz <mx-host> 25" from the sending server and check whether your network blocks outbound port 25.',
        ),
        receiver: t(
          'Make sure your MX hosts listen on port 25 from the internet, that the firewall lets the traffic through, and that the MX records point at the right addresses.',
        ),
      },
      permanent: {
        sender: t(
          'Check that the domain\'s MX records are current and reachable, and resend once the receiving host is back.',
        ),
        receiver: t(
          'Restore the mail service or correct the MX records, then tell senders to resend, since their queues have given up.',
        ),
      },
    },
    useWhen: t(
      'This is a sending MTA\'s own status for an unanswered connection; a server that answers but wants the client to come back later should send 421 4.3.2 or 4.4.5 instead.',
    ),
    actor: 'network',
    associatedBasic: ['451'],
    classes: [4, 5],
    references: [rfc(3463, '3.5')],
    related: [
      rel('X.4.2', 'X.4.2 means a connection was made and then broke; X.4.1 means no connection was ever answered.'),
      rel('X.4.7', 'X.4.7 is the final status once retries ran out, for whatever reason; X.4.1 names the reason: the host never answered.'),
    ],
    bounceReason: 'expired',
  },
  {
    code: 'X.4.2',
    title: t('Bad connection', 'Koneksi buruk'),
    description: t(
      'A connection to the next server was made, but the transaction could not be finished: it timed out or broke off midway.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The session dropped during the transaction, typically a timeout while sending a large message, a firewall or SMTP proxy cutting idle sessions, or a failed TLS handshake.',
      ),
      permanent: t(
        'Rare as 5.4.2; it appears in a bounce when the connection kept breaking until the message expired.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; if one destination fails repeatedly, look for packet loss, MTU problems or a middlebox with SMTP inspection on your side.',
        ),
        receiver: t(
          'Check your server timeouts and the health of load balancers and SMTP proxies, and lengthen the DATA timeout if large messages time out.',
        ),
      },
      permanent: {
        sender: t(
          'Fix the network path, then resend; if large messages always fail, try a small test message to tell size from connectivity.',
        ),
        receiver: t(
          'Look for connection resets for the sender\'s IP in your logs and fix the device or timeout that breaks the sessions.',
        ),
      },
    },
    useWhen: t(
      'Report 4.4.2 when an established session fails; a server that drops a client on purpose should say why, with 421 and a specific code, before closing.',
    ),
    actor: 'network',
    associatedBasic: ['421'],
    classes: [4, 5],
    references: [rfc(3463, '3.5')],
    related: [
      rel('X.4.1', 'X.4.1 means the connection was never answered; X.4.2 means it was made and then failed during the transaction.'),
      rel('X.4.7', 'X.4.7 says time ran out after many attempts; X.4.2 describes one attempt that broke off.'),
    ],
    bounceReason: 'networkerror',
  },
  {
    code: 'X.4.3',
    title: t('Directory server failure', 'Kegagalan server direktori'),
    description: t(
      'A directory service needed to route the message was unavailable. Most often that directory is DNS; it can also be LDAP or another lookup the mail system depends on.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A DNS lookup (MX, address, or the sender\'s domain) or an LDAP query failed for the moment; the message stays queued and is tried again.',
      ),
      permanent: t(
        'A directory lookup failed in a way the reporting system treated as final; in practice often a misconfigured resolver or LDAP connection that fails every time.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Check that the sending server\'s resolver works ("dig MX domain" on the MTA host) and let the queue retry.',
        ),
        receiver: t(
          'Check the LDAP or SQL lookups your MTA uses for recipients and routing, and the resolver it uses for DNS.',
        ),
      },
      permanent: {
        sender: t(
          'Fix the resolver or directory settings on the host that reported it, then resend; a 5.4.3 for a passing outage is a misclassification.',
        ),
        receiver: t(
          'Make directory failures answer 451 4.4.3 rather than a 5xx, so that an outage only delays mail instead of bouncing it.',
        ),
      },
    },
    useWhen: t(
      'Answer 451 4.4.3 when a lookup your routing depends on is unavailable; when the lookup worked and the domain or address does not exist, use X.1.2 or X.1.1 instead.',
    ),
    actor: 'network',
    associatedBasic: ['451', '550'],
    classes: [4, 5],
    references: [rfc(3463, '3.5')],
    related: [
      rel('X.4.4', 'X.4.4 means the lookup answered but gave no usable route; X.4.3 means the lookup service itself could not be reached.'),
    ],
    bounceReason: 'systemerror',
  },
  {
    code: 'X.4.4',
    title: t('Unable to route', 'Tidak dapat merutekan'),
    description: t(
      'The mail system could not work out where to send the message next: the directory answered, but without usable routing data, such as a domain with neither MX nor address records.',
    ),
    whenYouSeeIt: {
      transient: t(
        'No route could be found right now, for example DNS returned no MX and no address while the domain\'s zone was being changed, or the MX names a host that does not resolve.',
      ),
      permanent: t(
        'There is no route to the recipient\'s domain: it has no MX or address records (the lookup returned only an SOA), or its MX points to a name that does not exist.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Run "dig MX domain" and then look up the address of each MX host from your server; if records are missing, tell the recipient and let the queue retry.',
        ),
        receiver: t(
          'Check your domain\'s MX records and the A/AAAA records of the hosts they name, and fix them before senders\' queues expire.',
        ),
      },
      permanent: {
        sender: t(
          'Correct the recipient domain if it is misspelled; otherwise the recipient\'s DNS must be fixed before you resend.',
        ),
        receiver: t(
          'Publish MX records that point to hosts with A/AAAA records, and in your own MTA check transport maps and send connectors for the domain.',
        ),
      },
    },
    useWhen: t(
      'Use it when routing data is missing (no MX and no address, no transport for the domain); use X.4.3 if the lookup service itself failed and X.1.10 if the domain publishes a null MX.',
    ),
    actor: 'network',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.5'), rfc(5321, '5.1')],
    related: [
      rel('X.4.7', 'X.4.7 says the message sat in the queue until its lifetime ran out; X.4.4 says no route to the destination could be found at all, which is often why it sat there.'),
      rel('X.4.3', 'X.4.3 means the DNS or directory lookup itself failed; X.4.4 means it answered but the answer gave no route.'),
      rel('X.1.2', 'X.1.2 states that the recipient domain is not a valid mail destination; X.4.4 says only that no route to it could be determined, which may be a passing DNS fault.'),
    ],
    bounceReason: 'hostunknown',
  },
  {
    code: 'X.4.5',
    title: t('Mail system congestion', 'Kemacetan sistem surat'),
    description: t(
      'The mail system is overloaded and cannot take the message now. By its nature the condition is temporary.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The receiver or your own MTA is too busy: too many connections, a long queue or high load; Gmail answers 421 4.4.5 "Server busy, try again later".',
      ),
      permanent: t(
        'Congestion should never be permanent; a 5.4.5 is usually a provider\'s daily sending or relay limit (Gmail uses 550 5.4.5 for it), meaning stop until the limit resets.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry and open fewer parallel connections to that destination (for example smtp_destination_concurrency_limit in Postfix).',
        ),
        receiver: t(
          'Check load, connection limits and queue size, and add capacity or raise limits if legitimate traffic is being deferred.',
        ),
      },
      permanent: {
        sender: t(
          'If the text mentions a daily or sending limit, wait until it resets (usually 24 hours) and spread your volume; otherwise ask the receiving side.',
        ),
        receiver: t(
          'Answer congestion with a 4xx so senders retry; if you enforce a quota instead, say so in the reply text.',
        ),
      },
    },
    useWhen: t(
      'Answer 421 4.4.5 or 451 4.4.5 when you are too busy to take mail now; for a per-sender rate limit, a 4.7.x code with explanatory text is clearer.',
    ),
    actor: 'receiving-server',
    associatedBasic: ['451'],
    classes: [4, 5],
    references: [rfc(3463, '3.5')],
    related: [
      rel('X.3.1', 'X.3.1 means the system is out of disk space; X.4.5 means it is overloaded with traffic.'),
      rel('X.3.2', 'X.3.2 means the host is not taking mail at all; X.4.5 means it is only too busy for the moment.'),
    ],
    bounceReason: 'systemfull',
  },
  {
    code: 'X.4.6',
    title: t('Routing loop detected', 'Terdeteksi loop perutean'),
    description: t(
      'The message went round in a loop, detected by counting its Received headers or hops, and the system stopped it. The cause is a routing or forwarding setup that points back on itself.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Usually reported as final, but as 4.4.6 it means a loop was seen and may be fixed before the message is tried again.',
      ),
      permanent: t(
        'The message exceeded the hop limit (Postfix and Gmail stop around 50 hops, Exchange after 20 rounds): two servers hand the domain to each other, or forwarding rules send mail back and forth.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Nothing to change unless you run one of the hops; tell the recipient\'s administrators.',
        ),
        receiver: t(
          'Read the Received headers of the looping message to find the servers involved, and correct the MX, relay or forwarding rules.',
        ),
      },
      permanent: {
        sender: t(
          'Send the bounce, with its headers, to the recipient\'s administrators; resending before they fix the loop fails the same way.',
        ),
        receiver: t(
          'Find the loop in the Received trail (a domain both hosted and relayed, an MX pointing to a host that forwards back, mutual forwarding rules), fix it, then ask for a resend.',
        ),
      },
    },
    useWhen: t(
      'Use it when the hop count passes your limit or your own host appears in the Received trail too often; stop the message rather than forward it again.',
    ),
    actor: 'receiving-server',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.5'), rfc(5321, '6.3')],
    related: [
      rel('X.4.4', 'X.4.4 means no route exists; X.4.6 means a route exists but leads back to where the message came from.'),
    ],
    bounceReason: 'networkerror',
  },
  {
    code: 'X.4.7',
    title: t('Delivery time expired', 'Waktu pengiriman kedaluwarsa'),
    description: t(
      'The message stayed undelivered longer than allowed and was given up. The real cause is whatever made the earlier attempts fail; this code only says that time ran out.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Found in a delay warning: the message has been queued for hours (Sendmail warns after 4 hours by default) and is still being retried.',
      ),
      permanent: t(
        'The retry period ended (5 days by default in Postfix and Sendmail, shorter at many providers) and the message came back undelivered; the bounce usually also shows the last error seen.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Look up the last error recorded for the queued message (postqueue -p, exim -bp, Get-Queue) to see why attempts fail, and fix that.',
        ),
        receiver: t(
          'If your server is the destination, check that it is reachable and accepting mail; a sender\'s delay warning means it has not been.',
        ),
      },
      permanent: {
        sender: t(
          'Find the original cause in the bounce\'s diagnostic text (host unreachable, repeated policy deferrals), fix it and resend; the message will not be retried any more.',
        ),
        receiver: t(
          'Find out why mail from this sender was deferred during that period (greylisting that never passed, a block, downtime) and fix it before asking for a resend.',
        ),
      },
    },
    useWhen: t(
      'A queue reports X.4.7 when it gives up after its retry lifetime; where possible, report the last real error code instead, which helps the sender more.',
    ),
    actor: 'network',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.5'), rfc(5321, '4.5.4.1')],
    related: [
      rel('X.4.4', 'X.4.4 says no route to the destination exists; X.4.7 says only that the message ran out of time, whatever the reason.'),
      rel('X.4.1', 'X.4.1 names one reason delivery failed (the host never answered); X.4.7 is the verdict once the queue gives up.'),
    ],
    bounceReason: 'expired',
  },
];
