// The names the views put around a code: classes, categories, subjects, actors, phases, section headings,
// and the class-level texts for a code of valid shape that no registry lists (459, 5.9.9). English and
// Indonesian. Read through data/index.ts, which types these tables.
import type { Actor, LocalizedText, Phase, ReplyClass } from '../types';

function t(en: string, id: string): LocalizedText {
  return { en, id };
}

/**
 * A reply class's name. The object is itself the title as a LocalizedText (so `localize(name)` gives the
 * title), and also carries `title`, `short` (the lower-case name in running text: a scan line, a count) and
 * `delivery` (what the class means for the message) explicitly.
 */
export type ReplyClassName = LocalizedText & { title: LocalizedText; short: LocalizedText; delivery: LocalizedText };

function className(title: LocalizedText, short: LocalizedText, delivery: LocalizedText): ReplyClassName {
  return { en: title.en, id: title.id, title, short, delivery };
}

/** RFC 5321 section 4.2.1: the first digit, and what it means for the message in flight. */
export const replyClassNames: Record<ReplyClass, ReplyClassName> = {
  'positive-completion': className(
    t('Positive completion', 'Penyelesaian positif'),
    t('positive completion', 'penyelesaian positif'),
    t(
      'Done: the command succeeded. After the final dot of DATA, the receiving server has taken over the message.',
      'Selesai: perintah berhasil. Setelah titik penutup DATA, server tujuan sudah mengambil alih pesan.',
    ),
  ),
  'positive-intermediate': className(
    t('Positive intermediate', 'Tahap antara positif'),
    t('positive intermediate', 'tahap antara positif'),
    t(
      'Accepted so far: the dialogue continues and the server is waiting for the next part from the client.',
      'Diterima sejauh ini: dialog berlanjut dan server menunggu bagian berikutnya dari klien.',
    ),
  ),
  'transient-negative': className(
    t('Transient negative completion', 'Penyelesaian negatif sementara'),
    t('transient negative', 'negatif sementara'),
    t(
      'Not this time: the sending server keeps the message in its queue and retries later on its own.',
      'Belum berhasil kali ini: server pengirim menyimpan pesan di queue-nya dan mencoba lagi nanti dengan sendirinya.',
    ),
  ),
  'permanent-negative': className(
    t('Permanent negative completion', 'Penyelesaian negatif permanen'),
    t('permanent negative', 'negatif permanen'),
    t(
      'Refused for good: the sender gives up and returns the message to its author as a bounce.',
      'Ditolak untuk seterusnya: server pengirim menyerah dan mengembalikan pesan kepada pengirim aslinya sebagai bounce.',
    ),
  ),
};

/**
 * What a permanent refusal of a login (530, 534, 535, 538, X.7.8) means for the message: no bounce is written
 * for it. A mail client submitting shows the error to its user; an MTA relaying through a smarthost with
 * SASL defers the message (Postfix: smtp_sasl_auth_soft_bounce, on by default).
 */
export const authRefusalDelivery: LocalizedText = t(
  'Refused for good, but only the login: nothing bounces. A mail program or an application submitting the message shows the error to its user; a server relaying through a smarthost keeps the message queued (Postfix defers on a SASL failure by default) until the credentials are fixed.',
  'Ditolak untuk seterusnya, tetapi yang ditolak hanya login-nya: tidak ada bounce. Program email atau aplikasi yang mengirimkan pesan menampilkan kesalahan itu kepada penggunanya; server yang me-relay lewat smarthost tetap menyimpan pesan di queue (Postfix secara bawaan menunda pesan jika SASL gagal) sampai kredensialnya diperbaiki.',
);

/** RFC 5321 section 4.2.1: the second digit of a basic code. */
export const basicCategoryNames: Record<string, LocalizedText> = {
  '0': t('Syntax', 'Sintaks'),
  '1': t('Information', 'Informasi'),
  '2': t('Connections', 'Koneksi'),
  '3': t('Unspecified', 'Tidak ditentukan'),
  '4': t('Unspecified', 'Tidak ditentukan'),
  '5': t('Mail system', 'Sistem email'),
};

/** What each second digit covers, one sentence, for codes explained from their digits. */
export const basicCategoryDescriptions: Record<string, LocalizedText> = {
  '0': t(
    'The second digit 0 is about syntax: a command that was not understood, not implemented, or not allowed at this point.',
    'Digit kedua 0 menyangkut sintaks: perintah yang tidak dipahami, tidak disediakan, atau tidak diizinkan pada titik ini.',
  ),
  '1': t(
    'The second digit 1 is about information: answers to requests for status or help.',
    'Digit kedua 1 menyangkut informasi: jawaban atas permintaan status atau bantuan.',
  ),
  '2': t(
    'The second digit 2 is about the connection itself: opening, keeping or closing the transmission channel.',
    'Digit kedua 2 menyangkut koneksi itu sendiri: membuka, mempertahankan, atau menutup saluran transmisi.',
  ),
  '3': t(
    'The second digit 3 has no meaning assigned by RFC 5321; SMTP extensions use it for authentication replies.',
    'Digit kedua 3 tidak diberi makna oleh RFC 5321; ekstensi SMTP memakainya untuk balasan autentikasi.',
  ),
  '4': t(
    'The second digit 4 has no meaning assigned by RFC 5321.',
    'Digit kedua 4 tidak diberi makna oleh RFC 5321.',
  ),
  '5': t(
    'The second digit 5 is about the receiving mail system: mailboxes, storage and whether the transfer can be carried out.',
    'Digit kedua 5 menyangkut sistem email tujuan: mailbox, penyimpanan, dan apakah pengiriman dapat dilaksanakan.',
  ),
};

/** RFC 3463 section 3: the subject (middle number) of an enhanced status code. */
export const enhancedSubjectNames: Record<string, LocalizedText> = {
  '0': t('Other or undefined status', 'Status lain atau tidak terdefinisi'),
  '1': t('Addressing status', 'Status pengalamatan'),
  '2': t('Mailbox status', 'Status mailbox'),
  '3': t('Mail system status', 'Status sistem email'),
  '4': t('Network and routing status', 'Status jaringan dan perutean'),
  '5': t('Mail delivery protocol status', 'Status protokol pengiriman email'),
  '6': t('Message content or media status', 'Status isi atau media pesan'),
  '7': t('Security or policy status', 'Status keamanan atau kebijakan'),
};

/**
 * The bounce-reason categories (Sisimai's taxonomy names, shared/data/sisimai/reasons.tsv) as a reader sees them.
 * The name itself stays beside the label, since log tools and the JSON output use it.
 */
export const bounceReasonNames: Record<string, LocalizedText> = {
  authfailure: t('authentication failure (SPF, DKIM, DMARC)', 'autentikasi gagal (SPF, DKIM, DMARC)'),
  badreputation: t('bad reputation of the sending IP', 'reputasi IP pengirim buruk'),
  blocked: t('sending host blocked', 'host pengirim diblokir'),
  contenterror: t('malformed content or headers', 'isi atau header tidak sesuai format'),
  delivered: t('delivered', 'terkirim'),
  exceedlimit: t('a limit exceeded', 'batas terlampaui'),
  expired: t('delivery time expired', 'masa pengiriman berakhir'),
  feedback: t('complaint feedback', 'umpan balik keluhan'),
  filtered: t('filtered after DATA', 'disaring setelah DATA'),
  hasmoved: t('mailbox has moved', 'mailbox sudah pindah'),
  hostunknown: t('recipient domain does not exist', 'domain penerima tidak ada'),
  mailboxfull: t('mailbox full', 'mailbox penuh'),
  mailererror: t('mailer program error', 'kesalahan program mailer'),
  mesgtoobig: t('message too big', 'pesan terlalu besar'),
  networkerror: t('network or DNS error', 'kesalahan jaringan atau DNS'),
  norelaying: t('relaying denied', 'relay ditolak'),
  notaccept: t('destination accepts no mail', 'server tujuan tidak menerima email'),
  notcompliantrfc: t('not compliant with the RFCs', 'tidak sesuai RFC'),
  onhold: t('reason not decided', 'alasan belum dapat ditentukan'),
  policyviolation: t('policy violation', 'pelanggaran kebijakan'),
  rejected: t('envelope sender rejected', 'pengirim envelope ditolak'),
  requireptr: t('PTR record missing or invalid', 'record PTR tidak ada atau tidak valid'),
  securityerror: t('security error', 'pelanggaran keamanan'),
  spamdetected: t('judged as spam', 'dinilai sebagai spam'),
  speeding: t('sending too fast (rate limit)', 'mengirim terlalu cepat (rate limit)'),
  suspend: t('recipient account suspended', 'akun penerima ditangguhkan'),
  syntaxerror: t('SMTP syntax error', 'kesalahan sintaks SMTP'),
  systemerror: t('system error at the destination', 'kesalahan sistem di server tujuan'),
  systemfull: t('destination disk full', 'disk server tujuan penuh'),
  toomanyconn: t('too many connections', 'terlalu banyak koneksi'),
  undefined: t('undefined', 'tidak terdefinisi'),
  userunknown: t('recipient unknown', 'penerima tidak dikenal'),
  vacation: t('automatic out-of-office reply', 'balasan otomatis di luar kantor'),
  virusdetected: t('virus found', 'virus ditemukan'),
};

/** Who has to act on a reply. */
export const actorNames: Record<Actor, LocalizedText> = {
  'sender-config': t("Sending side's configuration", 'Konfigurasi sisi pengirim'),
  'sender-content': t('Message or envelope content', 'Isi pesan atau envelope'),
  'receiving-server': t('Receiving server', 'Server tujuan'),
  network: t('Network, DNS or TLS', 'Jaringan, DNS, atau TLS'),
  'recipient-address': t("Recipient's address (the sender corrects it)", 'Alamat penerima (pengirim memperbaikinya)'),
  'recipient-mailbox': t("Recipient's mailbox", 'Mailbox penerima'),
  none: t('Nobody: no action needed', 'Tidak ada: tidak perlu tindakan'),
};

/** The part of the SMTP dialogue a reply belongs to. */
export const phaseNames: Record<Phase, LocalizedText> = {
  connection: t('Connection', 'Koneksi'),
  greeting: t('Greeting', 'Salam pembuka'),
  tls: t('TLS (STARTTLS)', 'TLS (STARTTLS)'),
  auth: t('Authentication (AUTH)', 'Autentikasi (AUTH)'),
  'envelope-sender': t('Envelope sender (MAIL FROM)', 'Pengirim envelope (MAIL FROM)'),
  'envelope-recipient': t('Envelope recipient (RCPT TO)', 'Penerima envelope (RCPT TO)'),
  data: t('Message transfer (DATA)', 'Pengiriman isi pesan (DATA)'),
  'end-of-data': t('After the end of the message', 'Setelah akhir pesan'),
  any: t('Any command', 'Perintah apa pun'),
};

/**
 * Headings and labels of every view (hover, compare, Copy as Markdown, CLI): the one table of them. The
 * Indonesian ones of the compare view are fixed wording. A label whose wording differs between views has a
 * key of its own (`registered` and `phaseOfDialogue` in compare's table, say) rather than one view's text changing.
 */
export const sectionHeadings = {
  description: t('Description', 'Deskripsi'),
  whenYouSeeIt: t('When you see it', 'Ketika Anda Melihatnya'),
  howToFix: t('How to fix', 'Cara Memperbaiki'),
  keyDifferences: t('Key differences', 'Perbedaan Utama'),
  whenToUse: t('When to use which', 'Kapan Menggunakan Yang Mana'),
  references: t('References', 'Referensi'),
  summary: t('Summary', 'Ringkasan'),
  class: t('Class', 'Kelas'),
  category: t('Category', 'Kategori'),
  subject: t('Subject', 'Subjek'),
  detail: t('Detail', 'Detail'),
  senderSide: t('Sending side', 'Sisi pengirim'),
  receiverSide: t('Receiving side', 'Sisi penerima'),
  providerUsage: t('Provider usage', 'Penggunaan oleh penyedia'),
  command: t('Command', 'Perintah'),
  relatedCodes: t('Related codes', 'Kode terkait'),
  notRegistered: t('Not registered', 'Tidak terdaftar'),
  retried: t('Retried by the sender', 'Dicoba ulang oleh pengirim'),
  notRetried: t('Not retried', 'Tidak dicoba ulang'),
  actor: t('Who acts', 'Siapa yang bertindak'),
  phaseOfDialogue: t('Phase of the dialogue', 'Tahap dialog'),
  registered: t('Registered', 'Terdaftar'),
  bounceReason: t('Bounce reason', 'Alasan bounce'),
  useWhen: t('When a server sends it', 'Kapan server mengirimkannya'),
  providerUsageNonStandard: t('Provider usage (differs from the standard)', 'Penggunaan oleh penyedia (berbeda dari standar)'),
  possibleProviderReadings: t(
    'Possible readings (if the reply came from one of these providers)',
    'Kemungkinan arti (jika balasan datang dari salah satu penyedia ini)',
  ),
  notes: t('Notes', 'Catatan'),
  aspect: t('Aspect', 'Aspek'),
  enhancedCode: t('Enhanced status code', 'Kode status yang diperluas (enhanced)'),
  replyText: t('Reply text', 'Teks balasan'),
  reason: t('Why it failed', 'Penyebab gagal'),
  whatToDo: t('What to do', 'Yang perlu dilakukan'),
} satisfies Record<string, LocalizedText>;

/** The lead sentence for a basic code of valid shape that no RFC defines (459, 532). */
export const unregisteredBasic: LocalizedText = t(
  'This code has a valid shape but is not registered: no SMTP specification defines it, so its meaning is read from its first two digits.',
  'Kode ini bentuknya sah tetapi tidak terdaftar: tidak ada spesifikasi SMTP yang mendefinisikannya, sehingga maknanya dibaca dari dua digit pertamanya.',
);

/**
 * How to fix a registered success enhanced code (2.0.0, 2.1.5, 2.6.0, ...) read on its own: there is nothing to
 * fix, said for a success rather than with the advice for unregistered codes. Beside a basic code (250 2.1.5)
 * the basic code's own text is used instead.
 */
export const successHowToFix: { sender: LocalizedText; receiver: LocalizedText } = {
  sender: t(
    'Nothing to fix: the enhanced code confirms that this step succeeded, and the dialogue goes on (after the final dot of DATA, the receiving side has taken the message over). Keep the reply in your log: its text often carries the receiver\'s queue ID, which their postmaster needs if the message is later reported missing.',
    'Tidak ada yang perlu diperbaiki: kode status yang diperluas ini menegaskan bahwa langkah tersebut berhasil, dan dialog berlanjut (setelah titik penutup DATA, server tujuan sudah mengambil alih pesan). Simpan balasan ini di log Anda: teksnya sering memuat queue ID milik server tujuan, yang dibutuhkan postmaster mereka jika pesan itu kelak dilaporkan hilang.',
  ),
  receiver: t(
    'Nothing is wrong. Sending an enhanced code with a success reply is good practice, because it tells the client and its log tools which step succeeded; keep doing it.',
    'Tidak ada masalah. Menyertakan kode status yang diperluas pada balasan sukses adalah praktik yang baik, karena kode itu memberi tahu klien dan alat pembaca log-nya langkah mana yang berhasil; pertahankan.',
  ),
};

export interface ClassLevelTexts {
  description: LocalizedText;
  whenYouSeeIt: LocalizedText;
  howToFix: { sender: LocalizedText; receiver: LocalizedText };
  useWhen: LocalizedText;
}

/**
 * Texts for a code of valid shape that is not registered, by class. They explain only what the class
 * (first digit) implies; the category or subject of the following digits is added by the loader.
 */
export const classLevelTexts: Record<ReplyClass, ClassLevelTexts> = {
  'positive-completion': {
    description: t(
      'Not a registered code, but the first digit 2 still says the command succeeded. The following digits only name the general area, so a client may treat it like any other success reply.',
      'Bukan kode terdaftar, tetapi digit pertama 2 tetap menyatakan bahwa perintah berhasil. Digit-digit berikutnya hanya menunjukkan bidang umumnya, jadi klien boleh memperlakukannya seperti balasan sukses lainnya.',
    ),
    whenYouSeeIt: t(
      'From servers or appliances that invent their own success codes, from test or home-made software, or in a log line where a number only looks like a reply code.',
      'Dari server atau perangkat yang membuat kode suksesnya sendiri, dari perangkat lunak uji atau buatan sendiri, atau pada baris log yang angkanya hanya tampak seperti kode balasan.',
    ),
    howToFix: {
      sender: t(
        'Nothing needs fixing for delivery; after DATA, a 2xx means the message was accepted. Check the server vendor\'s documentation if you need the exact meaning.',
        'Tidak ada yang perlu diperbaiki untuk pengiriman; setelah DATA, balasan 2xx berarti pesan diterima. Periksa dokumentasi vendor server jika Anda perlu makna persisnya.',
      ),
      receiver: t(
        'If your server sends it, switch to a registered code (nearly always 250) so clients and log tools understand it.',
        'Jika server Anda yang mengirimnya, beralihlah ke kode terdaftar (hampir selalu 250) agar klien dan alat pembaca log memahaminya.',
      ),
    },
    useWhen: t(
      'Do not send unregistered success codes: RFC 5321 asks servers to adapt the existing codes rather than invent new ones, and 250 fits almost every success.',
      'Jangan kirim kode sukses yang tidak terdaftar: RFC 5321 meminta server memakai kode yang sudah ada alih-alih membuat yang baru, dan 250 cocok untuk hampir setiap keberhasilan.',
    ),
  },
  'positive-intermediate': {
    description: t(
      'Not a registered code, but the first digit 3 still says the server accepted the command so far and expects more input from the client before it can finish.',
      'Bukan kode terdaftar, tetapi digit pertama 3 tetap menyatakan bahwa server menerima perintah sejauh ini dan mengharapkan masukan tambahan dari klien sebelum dapat menyelesaikannya.',
    ),
    whenYouSeeIt: t(
      'From non-standard extensions that run their own multi-step exchanges, or from a log where the number is not really a reply code. Only 334 (AUTH) and 354 (DATA) are defined in this class.',
      'Dari ekstensi nonstandar yang menjalankan pertukaran bertahapnya sendiri, atau dari log yang angkanya sebenarnya bukan kode balasan. Di kelas ini hanya 334 (AUTH) dan 354 (DATA) yang didefinisikan.',
    ),
    howToFix: {
      sender: t(
        'Nothing to fix by itself. If the session stalls after it, the client does not know what the server expects next; check that both sides speak the same extension.',
        'Tidak ada yang perlu diperbaiki dari kode itu sendiri. Jika sesi macet setelahnya, klien tidak tahu apa yang diharapkan server berikutnya; periksa apakah kedua pihak memakai ekstensi yang sama.',
      ),
      receiver: t(
        'If your server sends it, document the extension, or use 334 or 354 where one of them fits.',
        'Jika server Anda yang mengirimnya, dokumentasikan ekstensinya, atau gunakan 334 atau 354 bila salah satunya cocok.',
      ),
    },
    useWhen: t(
      'Ask for message data with 354 and for authentication data with 334; do not invent other 3xx codes.',
      'Minta data pesan dengan 354 dan data autentikasi dengan 334; jangan membuat kode 3xx lainnya.',
    ),
  },
  'transient-negative': {
    description: t(
      'Not a registered code, but the first digit 4 carries what matters: the failure is temporary, so a standard client keeps the message and retries later. The exact reason is only in the reply text.',
      'Bukan kode terdaftar, tetapi digit pertama 4 membawa hal yang terpenting: kegagalannya sementara, sehingga klien standar menyimpan pesan dan mencoba lagi nanti. Alasan persisnya hanya ada di teks balasan.',
    ),
    whenYouSeeIt: t(
      'From servers, filters or providers that use private codes for throttling, greylisting or internal errors, or from software that prints a standard code wrongly.',
      'Dari server, filter, atau penyedia yang memakai kode privat untuk rate limit, greylisting, atau kesalahan internal, atau dari perangkat lunak yang salah mencetak kode standar.',
    ),
    howToFix: {
      sender: t(
        'Let the queue retry as for any 4xx reply. Read the reply text for the real reason, and if it keeps coming for hours, contact the receiving postmaster with the full reply.',
        'Biarkan queue mencoba ulang seperti untuk balasan 4xx lainnya. Baca teks balasan untuk alasan sebenarnya, dan jika terus muncul berjam-jam, hubungi postmaster server tujuan dengan balasan lengkapnya.',
      ),
      receiver: t(
        'Find what produces this code in your MTA or filter configuration and replace it with a registered one (usually 450, 451 or 452), so senders and their tools read it correctly.',
        'Cari apa yang menghasilkan kode ini di konfigurasi MTA atau filter Anda dan ganti dengan kode terdaftar (biasanya 450, 451, atau 452), agar pengirim dan alat mereka membacanya dengan benar.',
      ),
    },
    useWhen: t(
      'Do not invent 4xx codes: 421 to close the session, 450 for a mailbox or policy hold, 451 for a local error and 452 for storage or too many recipients cover nearly every temporary case.',
      'Jangan membuat kode 4xx sendiri: 421 untuk menutup sesi, 450 untuk penahanan mailbox atau kebijakan, 451 untuk kesalahan lokal, dan 452 untuk penyimpanan atau terlalu banyak penerima sudah mencakup hampir setiap kasus sementara.',
    ),
  },
  'permanent-negative': {
    description: t(
      'Not a registered code, but the first digit 5 still decides what happens: the failure is permanent, so a standard client does not retry and bounces the message. The real reason is only in the reply text.',
      'Bukan kode terdaftar, tetapi digit pertama 5 tetap menentukan apa yang terjadi: kegagalannya permanen, sehingga klien standar tidak mencoba ulang dan mengembalikan pesan. Alasan sebenarnya hanya ada di teks balasan.',
    ),
    whenYouSeeIt: t(
      'From providers, spam filters and appliances that use private codes for policy refusals, or from software that prints a standard code wrongly.',
      'Dari penyedia, filter spam, dan perangkat yang memakai kode privat untuk penolakan kebijakan, atau dari perangkat lunak yang salah mencetak kode standar.',
    ),
    howToFix: {
      sender: t(
        'Treat it as a bounce: read the text, correct what it points to (address, content, reputation), and send again only after that change. Ask the receiving postmaster if the reason is unclear.',
        'Perlakukan sebagai bounce: baca teksnya, perbaiki hal yang ditunjuknya (alamat, isi, reputasi), dan kirim lagi hanya setelah perubahan itu. Tanyakan kepada postmaster server tujuan jika alasannya tidak jelas.',
      ),
      receiver: t(
        'Find the rule that produces the code and use a registered one (550, 553 or 554, with an enhanced code) so senders understand why their mail failed.',
        'Cari aturan yang menghasilkan kode itu dan gunakan kode terdaftar (550, 553, atau 554, beserta kode status yang diperluas (enhanced)) agar pengirim memahami mengapa email-nya gagal.',
      ),
    },
    useWhen: t(
      'Do not invent 5xx codes: 550 for a refused mailbox or policy, 553 for an unacceptable address, 552 for size and 554 for a failed transaction cover nearly every permanent case.',
      'Jangan membuat kode 5xx sendiri: 550 untuk mailbox atau kebijakan yang menolak, 553 untuk alamat yang tidak dapat diterima, 552 untuk ukuran, dan 554 untuk transaksi yang gagal sudah mencakup hampir setiap kasus permanen.',
    ),
  },
};
