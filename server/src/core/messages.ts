// The core's own sentences and labels, in English and Indonesian. Texts about individual codes live in
// data/; the names of classes, categories, subjects, actors, phases and the section headings live in
// data/names.ts and are read through the helpers at the end of this file.
import type { Actor, LocalizedText, Locale, Phase, ReplyClass } from './types';
import {
  actorNames,
  basicCategoryDescriptions,
  basicCategoryNames,
  bounceReasonNames,
  enhancedSubjectNames,
  phaseNames,
  replyClassNames,
  sectionHeadings,
  type SectionHeadingKey,
} from './data';

const en = {
  // Codes of valid shape that no registry lists.
  'title.unregistered': '{0} (not a registered code)',
  'unregistered.basic': '{0} is not a registered SMTP reply code, so only what its digits say is known.',
  'unregistered.enhanced': '{0} is not in the IANA registry of enhanced status codes, so only what its digits say is known.',
  'unregistered.successClass': 'The registry defines {1} ({2}) only for failure replies, so {0} as a success code is not registered.',
  'digits.subject': 'Its middle number puts it in the subject “{0}”.',
  'unregistered.enhancedReceiver': 'If your server sends {0}, give that reply a registered enhanced code instead, such as {1} or a more specific one of the same subject, so that senders and their tools can read it.',
  'unregistered.enhancedUseWhen': 'Do not send {0}: no registry lists it. Choose the registered enhanced code that fits, such as {1} or a more specific one of the same subject, and send it with a basic code of the same class.',

  // A provider's own code that no registry lists (5.7.606): its reading leads.
  'provider.unregistered': '{0} is not in the IANA registry of enhanced status codes: the number is {1}’s own, and only its first digit is standard.',
  'provider.whenYouSeeIt': 'In replies and bounce messages from {0}, which gives {1} the meaning described above.',
  'provider.receiver': '{0} is {1}’s own code, so there is nothing to change on your side unless your own server sends it; then use a registered enhanced code such as {2}, or a more specific one of the same subject, so that other software can read it.',

  // Joining a basic code's text with what its enhanced code adds ("451 4.7.1").
  'pair.description': 'The enhanced code {0} narrows this down:',
  'pair.whenYouSeeIt': 'With {0}:',
  'pair.howToFix': 'For {0} in particular:',
  'pair.useWhen': 'About {0}:',
  'pair.policy.transient': 'Here {2} makes the reply a temporary policy decision of the receiving side, not a fault in its processing: the basic code {0} (“{1}”) only sets the class, so the sender keeps the message and retries.',
  'pair.policy.permanent': 'Here {2} makes the reply a policy decision of the receiving side: the basic code {0} (“{1}”) only sets the class, and the refusal is final.',

  // Compare: aspect values (the aspect labels are headings in data/names.ts).
  'aspect.categoryOrSubject': '{0} / {1}',
  'retry.yes': 'Yes, it tries again later',
  'retry.no': 'No, it gives up',
  'retry.success': 'Nothing to retry: the step succeeded',
  'retry.intermediate': 'Nothing to retry: the dialogue goes on',
  'registered.yes': 'Yes',
  'registered.no': 'No, only its class is known',
  'value.none': '—',

  // Compare: the one-sentence summary.
  'summary.side.positive-completion': '{0} is a success reply: the step was accepted',
  'summary.side.positive-intermediate': '{0} is an intermediate reply: the server waits for the next part',
  'summary.side.transient-negative': '{0} is a temporary refusal that the sender retries',
  'summary.side.permanent-negative': '{0} is a permanent refusal that bounces the message',
  'summary.side.auth-refused': '{0} refuses the login for good: the client shows an error and nothing bounces',
  'summary.twoSides': '{0}; {1}.',
  'summary.both.positive-completion': '{0} and {1} are both success replies',
  'summary.both.positive-intermediate': '{0} and {1} are both intermediate replies',
  'summary.both.transient-negative': '{0} and {1} are both temporary refusals that the sender retries',
  'summary.both.permanent-negative': '{0} and {1} are both permanent refusals that the sender does not retry',
  'summary.both.auth-refused': '{0} and {1} both refuse the login for good: the client shows an error and nothing bounces',
  'summary.withNote': '{0}; {1}',
  'summary.actors': '{0}, but who acts differs: “{2}” for {1}, “{4}” for {3}.',
  'summary.phases': '{0}, but {1} belongs to “{2}” and {3} to “{4}”.',
  'summary.titles': '{0}: {1} means “{2}” and {3} means “{4}”.',
  'summary.same': '{0} and {1} are the same code.',

  // Compare: errors.
  'compare.invalid': '“{0}” is not an SMTP code. Give a reply code like 451, an enhanced status code like 4.7.1, or both, like "451 4.7.1".',
  'compare.missing': 'Give two codes to compare, for example 451 and 550.',
  'compare.title': '{0} vs {1}',

  // Explain (CLI): the line under the class of a code no registry lists.
  'explain.unregistered': 'Not a registered code: only what its digits say is known.',
  'explain.providerCode': 'Not in the registry: {0}’s own code, explained as that provider uses it.',

  // Hover: notes around the explanation, and the length of a multi-line reply.
  'hover.notRegistered': 'This code has a valid shape but is not registered: the meaning below is the one of its class.',
  'hover.providerNote': 'This is the provider’s own usage, beside the standard meaning above.',
  'hover.moreLines': '({0} lines)',
  'reason.by.text': 'Decided by the reply text {0}.',
  'reason.by.enhanced': 'Decided by the enhanced code {0}.',
  'reason.by.code': 'Decided by the reply code {0}.',
  'reason.by.command': 'Decided by the command it answered, {0}.',
  'reason.by.provider': 'Decided by how {0} uses this code.',
  'reason.by.none': 'Neither the codes nor the text decide it.',
  // Problems: the reason's name and id after the title ("Unknown recipient [userunknown]"), so the Problems
  // panel's filter finds every problem of one reason by its id in either language.
  'problem.reason': '{0} [{1}]',

  // Language server: code action titles ({0} is the code as in the log) and the summary's progress title.
  'action.compare': 'Compare {0} with…',
  'action.copyExplanation': 'Copy explanation of {0}',
  'action.copyUnknownRecipients': 'Copy all recipients with unknown-user bounces',
  'action.copiedUnknownRecipients': 'Recipients with unknown-user bounces ({0}): {1}',
  'action.copiedBlocklistLookups': 'Blocklist lookups for {0}: {1}',
  'action.copyBlocklistLookups': 'Copy blocklist lookups for this IP ({0})',
  'progress.summarizing': 'Summarizing mail log',
  // smtp/summarizeFile refusing a path ({0} is the path as the client gave it).
  'summarizeFile.outside': '{0} is outside the workspace folders, so the language server does not read it. Open a folder that holds it, or pick the file in the dialog of “Summarize mail log”.',
  'summarizeFile.system': '{0} is a system file (under /proc, /sys or /dev), not a mail log: the language server does not read it.',
} as const;

export type MessageKey = keyof typeof en;

const id: Record<MessageKey, string> = {
  'title.unregistered': '{0} (bukan kode terdaftar)',
  'unregistered.basic': '{0} bukan kode balasan SMTP yang terdaftar, jadi yang diketahui hanya arti digit-digitnya.',
  'unregistered.enhanced': '{0} tidak ada dalam registri IANA untuk kode status yang diperluas (enhanced), jadi yang diketahui hanya arti digit-digitnya.',
  'unregistered.successClass': 'Registri mendefinisikan {1} ({2}) hanya untuk balasan gagal, jadi {0} sebagai kode sukses tidak terdaftar.',
  'digits.subject': 'Angka tengahnya menempatkannya dalam subjek “{0}”.',
  'unregistered.enhancedReceiver': 'Jika server Anda yang mengirim {0}, beri balasan itu kode status yang diperluas (enhanced) yang terdaftar, seperti {1} atau kode yang lebih spesifik dalam subjek yang sama, agar pengirim dan alat mereka dapat membacanya.',
  'unregistered.enhancedUseWhen': 'Jangan kirim {0}: tidak ada registri yang mencantumkannya. Pilih kode status yang diperluas (enhanced) terdaftar yang cocok, seperti {1} atau kode yang lebih spesifik dalam subjek yang sama, dan kirimkan bersama kode dasar dari kelas yang sama.',

  'provider.unregistered': '{0} tidak ada dalam registri IANA untuk kode status yang diperluas (enhanced): nomor itu milik {1} sendiri, dan hanya digit pertamanya yang standar.',
  'provider.whenYouSeeIt': 'Dalam balasan dan pesan bounce dari {0}, yang memberi {1} makna seperti dijelaskan di atas.',
  'provider.receiver': '{0} adalah kode milik {1} sendiri, jadi tidak ada yang perlu diubah di sisi Anda kecuali server Anda sendiri yang mengirimnya; dalam hal itu, gunakan kode status yang diperluas (enhanced) yang terdaftar seperti {2}, atau kode yang lebih spesifik dalam subjek yang sama, agar perangkat lunak lain dapat membacanya.',

  'pair.description': 'Kode status yang diperluas (enhanced) {0} mempersempit artinya:',
  'pair.whenYouSeeIt': 'Dengan {0}:',
  'pair.howToFix': 'Khusus untuk {0}:',
  'pair.useWhen': 'Tentang {0}:',
  'pair.policy.transient': 'Di sini {2} menjadikan balasan ini keputusan kebijakan sementara dari server tujuan, bukan kesalahan dalam pemrosesannya: kode dasar {0} (“{1}”) hanya menentukan kelasnya, sehingga pengirim menyimpan pesan dan mencoba lagi.',
  'pair.policy.permanent': 'Di sini {2} menjadikan balasan ini keputusan kebijakan dari server tujuan: kode dasar {0} (“{1}”) hanya menentukan kelasnya, dan penolakannya bersifat final.',

  'aspect.categoryOrSubject': '{0} / {1}',
  'retry.yes': 'Ya, dicoba lagi nanti',
  'retry.no': 'Tidak, pengirim menyerah',
  'retry.success': 'Tidak ada yang dicoba ulang: langkah berhasil',
  'retry.intermediate': 'Tidak ada yang dicoba ulang: dialog berlanjut',
  'registered.yes': 'Ya',
  'registered.no': 'Tidak, hanya kelasnya yang diketahui',
  'value.none': '—',

  'summary.side.positive-completion': '{0} adalah balasan sukses: langkah tersebut diterima',
  'summary.side.positive-intermediate': '{0} adalah balasan antara: server menunggu bagian berikutnya',
  'summary.side.transient-negative': '{0} adalah penolakan sementara yang dicoba ulang oleh pengirim',
  'summary.side.permanent-negative': '{0} adalah penolakan permanen yang membuat pesan dikembalikan sebagai bounce',
  'summary.side.auth-refused': '{0} menolak login untuk seterusnya: klien menampilkan kesalahan dan tidak ada bounce',
  'summary.twoSides': '{0}; {1}.',
  'summary.both.positive-completion': '{0} dan {1} sama-sama balasan sukses',
  'summary.both.positive-intermediate': '{0} dan {1} sama-sama balasan antara',
  'summary.both.transient-negative': '{0} dan {1} sama-sama penolakan sementara yang dicoba ulang oleh pengirim',
  'summary.both.permanent-negative': '{0} dan {1} sama-sama penolakan permanen yang tidak dicoba ulang oleh pengirim',
  'summary.both.auth-refused': '{0} dan {1} sama-sama menolak login untuk seterusnya: klien menampilkan kesalahan dan tidak ada bounce',
  'summary.withNote': '{0}; {1}',
  'summary.actors': '{0}, tetapi pihak yang bertindak berbeda: “{2}” untuk {1}, “{4}” untuk {3}.',
  'summary.phases': '{0}, tetapi {1} termasuk “{2}” dan {3} termasuk “{4}”.',
  'summary.titles': '{0}: {1} berarti “{2}” dan {3} berarti “{4}”.',
  'summary.same': '{0} dan {1} adalah kode yang sama.',

  'compare.invalid': '“{0}” bukan kode SMTP. Masukkan kode balasan seperti 451, kode status yang diperluas (enhanced) seperti 4.7.1, atau keduanya, seperti "451 4.7.1".',
  'compare.missing': 'Masukkan dua kode untuk dibandingkan, misalnya 451 dan 550.',
  'compare.title': '{0} vs {1}',

  'explain.unregistered': 'Bukan kode terdaftar: yang diketahui hanya arti digit-digitnya.',
  'explain.providerCode': 'Tidak ada dalam registri: kode milik {0} sendiri, dijelaskan sesuai pemakaian penyedia itu.',

  'hover.notRegistered': 'Bentuk kode ini sah tetapi tidak terdaftar: arti di bawah ini adalah arti kelasnya.',
  'hover.providerNote': 'Ini adalah penggunaan khusus oleh penyedia tersebut, di samping arti standar di atas.',
  'hover.moreLines': '({0} baris)',
  'reason.by.text': 'Ditentukan oleh teks balasan {0}.',
  'reason.by.enhanced': 'Ditentukan oleh kode status tambahan {0}.',
  'reason.by.code': 'Ditentukan oleh kode balasan {0}.',
  'reason.by.command': 'Ditentukan oleh perintah yang dijawabnya, {0}.',
  'reason.by.provider': 'Ditentukan oleh cara {0} memakai kode ini.',
  'reason.by.none': 'Baik kode maupun teksnya tidak menentukannya.',
  'problem.reason': '{0} [{1}]',

  'action.compare': 'Bandingkan {0} dengan…',
  'action.copyExplanation': 'Salin penjelasan {0}',
  'action.copyUnknownRecipients': 'Salin semua penerima dengan bounce pengguna tidak dikenal',
  'action.copiedUnknownRecipients': 'Penerima dengan bounce pengguna tidak dikenal ({0}): {1}',
  'action.copiedBlocklistLookups': 'Pencarian daftar blokir untuk {0}: {1}',
  'action.copyBlocklistLookups': 'Salin pencarian daftar blokir untuk IP ini ({0})',
  'progress.summarizing': 'Meringkas log email',
  'summarizeFile.outside': '{0} berada di luar folder ruang kerja, jadi server bahasa tidak membacanya. Buka folder yang memuatnya, atau pilih berkas itu di dialog “Ringkas log email”.',
  'summarizeFile.system': '{0} adalah berkas sistem (di bawah /proc, /sys, atau /dev), bukan log email: server bahasa tidak membacanya.',
};

const tables: Record<Locale, Record<MessageKey, string>> = { en, id };

/** The core's sentence for key in locale, with {0}, {1}, ... replaced by args. */
export function message(locale: Locale, key: MessageKey, ...args: Array<string | number>): string {
  const template = tables[locale]?.[key] ?? en[key];
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => {
    const arg = args[Number(n)];
    return arg === undefined ? whole : String(arg);
  });
}

/** The Indonesian text when there is one and it is asked for, else the English. */
export function localize(text: LocalizedText, locale: Locale): string {
  return locale === 'id' && text.id ? text.id : text.en;
}

export function replyClassName(cls: ReplyClass, locale: Locale): string {
  return localize(replyClassNames[cls].title, locale);
}

/** The class's short lower-case name for running text ("transient negative"), as a scan line shows it. */
export function replyClassShortName(cls: ReplyClass, locale: Locale): string {
  return localize(replyClassNames[cls].short, locale);
}

/** What a class means for the message in flight: retried, bounced, accepted, waiting. */
export function classDelivery(cls: ReplyClass, locale: Locale): string {
  return localize(replyClassNames[cls].delivery, locale);
}

/** The category a basic code's second digit names ("Mail system"), or null for a digit without one. */
export function categoryName(digit: string, locale: Locale): string | null {
  const name = (basicCategoryNames as Readonly<Record<string, LocalizedText | undefined>>)[digit];
  return name ? localize(name, locale) : null;
}

/** One sentence on what a basic code's second digit covers, for codes explained from their digits. */
export function categoryDescription(digit: string, locale: Locale): string | null {
  const text = (basicCategoryDescriptions as Readonly<Record<string, LocalizedText | undefined>>)[digit];
  return text ? localize(text, locale) : null;
}

/** The subject an enhanced code's middle number names ("Security or policy status"), or null when unknown. */
export function subjectName(subject: string, locale: Locale): string | null {
  const name = (enhancedSubjectNames as Readonly<Record<string, LocalizedText | undefined>>)[subject];
  return name ? localize(name, locale) : null;
}

/** A Sisimai bounce reason ("securityerror") as a reader of locale sees it; an unknown name as it is. */
export function bounceReasonName(reason: string, locale: Locale): string {
  const name = (bounceReasonNames as Readonly<Record<string, LocalizedText | undefined>>)[reason];
  return name ? `${localize(name, locale)} (${reason})` : reason;
}

export function actorName(actor: Actor, locale: Locale): string {
  return localize(actorNames[actor], locale);
}

export function phaseName(phase: Phase, locale: Locale): string {
  return localize(phaseNames[phase], locale);
}

/** A section heading or label of the views (data/names.ts `sectionHeadings`) in locale. */
export function heading(key: SectionHeadingKey, locale: Locale): string {
  return localize(sectionHeadings[key], locale);
}
