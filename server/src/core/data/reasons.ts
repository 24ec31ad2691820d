// Why a delivery failed: the reasons a negative reply is sorted into, each with its English and Indonesian
// name, what it means and what to do. The reason names and which enhanced code points to which reason are
// Sisimai's taxonomy (facts, BSD-2-Clause, ../shared/data/sisimai); every sentence here is written for this
// project. Reasons that never describe a failure (delivered, feedback, vacation) and Sisimai's internal
// "onhold" are left out: a negative reply that nothing decides is "undefined". "greylisted" is ours: a
// live log shows it often and it asks for nothing, unlike "blocked", where 4.7.1 would otherwise put it.
import type { BounceReason, LocalizedText } from '../types';

export interface ReasonEntry {
  reason: BounceReason;
  /** A short name for lists and the Problems panel: "Unknown recipient". */
  name: Required<LocalizedText>;
  /** One paragraph: what happened. */
  explanation: Required<LocalizedText>;
  /** What the sender's admin should do about it. */
  whatToDo: Required<LocalizedText>;
}

function t(en: string, id: string): Required<LocalizedText> {
  return { en, id };
}

function entry(reason: BounceReason, name: Required<LocalizedText>, explanation: Required<LocalizedText>, whatToDo: Required<LocalizedText>): ReasonEntry {
  return { reason, name, explanation, whatToDo };
}

/** Every reason, in the order a person reads a list of them: the recipient, the sender, the content, the servers. */
export const reasonEntries: readonly ReasonEntry[] = [
  entry(
    'userunknown',
    t('Unknown recipient', 'Penerima tidak dikenal'),
    t(
      'The receiving domain exists and answers, but the part before the @ names no mailbox there: a typo, a person who left, or an address that never existed.',
      'Domain penerima ada dan menjawab, tetapi bagian sebelum @ tidak menunjuk ke mailbox mana pun di sana: salah ketik, orang yang sudah keluar, atau alamat yang memang tidak pernah ada.',
    ),
    t(
      'Do not retry. Check the address for typos, then remove it from the list; repeated sends to unknown users hurt your reputation.',
      'Jangan dicoba ulang. Periksa alamatnya dari salah ketik, lalu hapus dari daftar; pengiriman berulang ke pengguna yang tidak ada merusak reputasi Anda.',
    ),
  ),
  entry(
    'mailboxfull',
    t('Mailbox full', 'Mailbox penuh'),
    t(
      'The recipient exists, but their mailbox has reached its storage quota and takes no more mail until they free space.',
      'Penerima ada, tetapi mailbox-nya sudah mencapai batas kuota penyimpanan dan tidak menerima surat lagi sampai ruangnya dikosongkan.',
    ),
    t(
      'Tell the recipient another way, or try again later. A mailbox that stays full for weeks is often abandoned: treat it like an unknown user after a while.',
      'Beri tahu penerima lewat jalur lain, atau coba lagi nanti. Mailbox yang penuh berminggu-minggu sering sudah ditinggalkan: setelah beberapa waktu perlakukan seperti pengguna tidak dikenal.',
    ),
  ),
  entry(
    'suspend',
    t('Account disabled', 'Akun dinonaktifkan'),
    t(
      'The mailbox exists but is disabled, suspended or inactive, for example an account not used for a long time or closed by its provider.',
      'Mailbox-nya ada tetapi dinonaktifkan, ditangguhkan atau tidak aktif, misalnya akun yang lama tidak dipakai atau ditutup oleh penyedianya.',
    ),
    t(
      'Stop sending to it for now; if it stays disabled, remove it from the list as you would an unknown user.',
      'Hentikan pengiriman ke alamat ini untuk sementara; jika tetap nonaktif, hapus dari daftar seperti pengguna tidak dikenal.',
    ),
  ),
  entry(
    'hasmoved',
    t('Recipient has moved', 'Penerima sudah pindah'),
    t(
      'The person no longer receives mail at this address and the server does not forward it; sometimes the reply names the new address.',
      'Orang tersebut tidak lagi menerima surat di alamat ini dan server tidak meneruskannya; kadang balasan menyebutkan alamat barunya.',
    ),
    t(
      'Update the address from the reply text, or ask the person for the new one; remove the old address.',
      'Perbarui alamat dari teks balasan, atau tanyakan alamat baru kepada orangnya; hapus alamat lama.',
    ),
  ),
  entry(
    'hostunknown',
    t('Unknown domain', 'Domain tidak dikenal'),
    t(
      'The domain after the @ does not exist in DNS or has no mail server to route to, so the message has nowhere to go.',
      'Domain setelah @ tidak ada di DNS atau tidak punya server surat yang bisa dituju, sehingga pesan tidak punya tujuan.',
    ),
    t(
      'Check the domain for typos (gmial.com, .con). If it is right, its DNS is broken or the domain has expired: tell the recipient another way.',
      'Periksa domain dari salah ketik (gmial.com, .con). Jika sudah benar, DNS-nya rusak atau domainnya kedaluwarsa: beri tahu penerima lewat jalur lain.',
    ),
  ),
  entry(
    'notaccept',
    t('Domain accepts no mail', 'Domain tidak menerima surat'),
    t(
      'The receiving domain says it takes no email at all, for example with a null MX record or a server that refuses every message.',
      'Domain penerima menyatakan sama sekali tidak menerima email, misalnya dengan record MX null atau server yang menolak setiap pesan.',
    ),
    t('Remove the address: mail to this domain will never be delivered.', 'Hapus alamat tersebut: surat ke domain ini tidak akan pernah terkirim.'),
  ),
  entry(
    'rejected',
    t('Sender address rejected', 'Alamat pengirim ditolak'),
    t(
      'The receiving server refused the envelope sender (MAIL FROM): its domain does not resolve, it is on a deny list, or the server does not trust it.',
      'Server penerima menolak pengirim envelope (MAIL FROM): domainnya tidak dapat di-resolve, ada di daftar tolak, atau server tidak memercayainya.',
    ),
    t(
      'Check the sender address your server uses (the return path, not the From header): it must be a real address in a domain with working DNS.',
      'Periksa alamat pengirim yang dipakai server Anda (return path, bukan header From): harus alamat nyata di domain dengan DNS yang berfungsi.',
    ),
  ),
  entry(
    'blocked',
    t('Sending IP or host blocked', 'IP atau host pengirim diblokir'),
    t(
      'The receiving server refused the connection or the message because of who is sending: the IP address is on a blocklist, looks dynamic or residential, or the host name is not trusted.',
      'Server penerima menolak koneksi atau pesan karena siapa pengirimnya: alamat IP ada di daftar blokir, tampak dinamis atau rumahan, atau nama host-nya tidak dipercaya.',
    ),
    t(
      'Look the IP up on the blocklists named in the reply, fix the cause (an open relay, a compromised account, a missing PTR) and ask for delisting; send through your provider\'s relay meanwhile.',
      'Cek IP pada daftar blokir yang disebut dalam balasan, perbaiki penyebabnya (open relay, akun yang dibobol, PTR yang tidak ada) lalu minta delisting; sementara itu kirim lewat relay penyedia Anda.',
    ),
  ),
  entry(
    'badreputation',
    t('Poor sender reputation', 'Reputasi pengirim buruk'),
    t(
      'The receiver limited or refused the mail because of the sending IP\'s or domain\'s reputation: complaints, spam traps or a sudden jump in volume.',
      'Penerima membatasi atau menolak surat karena reputasi IP atau domain pengirim: keluhan, spam trap, atau lonjakan volume yang tiba-tiba.',
    ),
    t(
      'Slow down, send only to people who asked for the mail, remove bouncing addresses, and check the provider\'s postmaster tools for your reputation.',
      'Perlambat pengiriman, kirim hanya ke orang yang memintanya, hapus alamat yang memantul, dan periksa reputasi Anda di alat postmaster penyedia.',
    ),
  ),
  entry(
    'requireptr',
    t('Missing reverse DNS (PTR)', 'Reverse DNS (PTR) tidak ada'),
    t(
      'The receiver requires the sending IP to have a PTR record whose name points back to the same IP, and this one has none or a mismatching one.',
      'Penerima mensyaratkan IP pengirim punya record PTR yang namanya menunjuk kembali ke IP yang sama, dan IP ini tidak punya atau tidak cocok.',
    ),
    t(
      'Ask whoever owns the IP (your hosting or ISP) to set a PTR to your mail server\'s name, and make that name resolve to the same IP.',
      'Minta pemilik IP (hosting atau ISP Anda) memasang PTR ke nama server surat Anda, dan pastikan nama itu mengarah ke IP yang sama.',
    ),
  ),
  entry(
    'authfailure',
    t('SPF, DKIM or DMARC failure', 'Gagal SPF, DKIM atau DMARC'),
    t(
      'The message failed the receiver\'s sender authentication: the SPF record does not list the sending IP, the DKIM signature is missing or broken, or the domain\'s DMARC policy says to reject it.',
      'Pesan gagal dalam autentikasi pengirim di sisi penerima: record SPF tidak mencantumkan IP pengirim, tanda tangan DKIM tidak ada atau rusak, atau kebijakan DMARC domainnya meminta penolakan.',
    ),
    t(
      'Add the sending IP or service to the domain\'s SPF record, sign with DKIM for the From domain, and check alignment before tightening DMARC.',
      'Tambahkan IP atau layanan pengirim ke record SPF domain, tanda tangani dengan DKIM untuk domain From, dan periksa kesesuaiannya sebelum memperketat DMARC.',
    ),
  ),
  entry(
    'securityerror',
    t('Authentication or encryption required', 'Perlu autentikasi atau enkripsi'),
    t(
      'The server wants something the client did not give: SMTP AUTH with valid credentials, a stronger mechanism, TLS, or a trust relationship; or it refused for another security reason.',
      'Server meminta sesuatu yang tidak diberikan klien: SMTP AUTH dengan kredensial yang benar, mekanisme yang lebih kuat, TLS, atau hubungan kepercayaan; atau menolak karena alasan keamanan lain.',
    ),
    t(
      'Check the client\'s login, password and mechanism, and that it uses STARTTLS or the submission port when the server requires it.',
      'Periksa login, kata sandi dan mekanisme klien, serta bahwa klien memakai STARTTLS atau port submission bila server memintanya.',
    ),
  ),
  entry(
    'norelaying',
    t('Relaying denied', 'Relay ditolak'),
    t(
      'The server is not the destination for the recipient\'s domain and will not pass the message on for this client: it is not an open relay.',
      'Server bukan tujuan untuk domain penerima dan tidak mau meneruskan pesan untuk klien ini: server itu bukan open relay.',
    ),
    t(
      'Send through your own outgoing server with authentication, or check that the MX records of the recipient domain point to the right servers.',
      'Kirim lewat server keluar Anda sendiri dengan autentikasi, atau periksa bahwa record MX domain penerima mengarah ke server yang benar.',
    ),
  ),
  entry(
    'spamdetected',
    t('Rejected as spam', 'Ditolak sebagai spam'),
    t(
      'The receiver\'s spam filter judged this message to be unsolicited or bulk mail from its content, links or sending pattern.',
      'Filter spam penerima menilai pesan ini sebagai surat tak diminta atau massal dari isi, tautan, atau pola pengirimannya.',
    ),
    t(
      'Check the content and links (shorteners, listed domains), send only to opted-in recipients, and make sure SPF, DKIM and DMARC pass.',
      'Periksa isi dan tautannya (pemendek URL, domain yang terdaftar di daftar blokir), kirim hanya ke penerima yang setuju, dan pastikan SPF, DKIM dan DMARC lolos.',
    ),
  ),
  entry(
    'virusdetected',
    t('Virus or malware found', 'Virus atau malware ditemukan'),
    t(
      'A scanner on the receiving side found a virus, malware or a dangerous attachment in the message.',
      'Pemindai di sisi penerima menemukan virus, malware, atau lampiran berbahaya di dalam pesan.',
    ),
    t(
      'Scan the sending machine and the attachment; send files through a link or another format if the finding is a false alarm.',
      'Pindai mesin pengirim dan lampirannya; kirim berkas lewat tautan atau format lain jika temuan itu alarm palsu.',
    ),
  ),
  entry(
    'policyviolation',
    t('Against the receiver\'s policy', 'Melanggar kebijakan penerima'),
    t(
      'The message breaks a rule of the receiving site that is not about spam as such: a forbidden attachment type, a header rule, content the organization does not accept.',
      'Pesan melanggar aturan situs penerima yang bukan soal spam semata: jenis lampiran terlarang, aturan header, atau isi yang tidak diterima organisasi itu.',
    ),
    t(
      'Read the reply text for the rule and change the message (attachment, headers, content); ask the receiving admin when the rule is unclear.',
      'Baca teks balasan untuk mengetahui aturannya lalu ubah pesannya (lampiran, header, isi); tanyakan admin penerima jika aturannya tidak jelas.',
    ),
  ),
  entry(
    'filtered',
    t('Refused by a filter', 'Ditolak oleh filter'),
    t(
      'A filter for this recipient or domain refused the message: a rule of the recipient, a list that accepts only members, or a refusal given only after the content was sent.',
      'Filter untuk penerima atau domain ini menolak pesan: aturan milik penerima, milis yang hanya menerima anggota, atau penolakan yang baru diberikan setelah isi pesan dikirim.',
    ),
    t(
      'Contact the recipient another way and ask them to allow your address; check whether the list or filter expects a different sender.',
      'Hubungi penerima lewat jalur lain dan minta alamat Anda diizinkan; periksa apakah milis atau filter mengharapkan pengirim lain.',
    ),
  ),
  entry(
    'contenterror',
    t('Malformed content', 'Isi pesan tidak sesuai format'),
    t(
      'The message\'s format is one the receiver cannot take: raw 8-bit or non-ASCII data where it is not allowed, a media type or conversion it does not support.',
      'Format pesan tidak dapat diterima penerima: data 8-bit mentah atau non-ASCII di tempat yang tidak diizinkan, jenis media atau konversi yang tidak didukung.',
    ),
    t(
      'Encode headers and bodies properly (MIME, quoted-printable or base64, RFC 2047 for headers) in the sending software.',
      'Kodekan header dan isi dengan benar (MIME, quoted-printable atau base64, RFC 2047 untuk header) di perangkat lunak pengirim.',
    ),
  ),
  entry(
    'notcompliantrfc',
    t('Not RFC-compliant', 'Tidak sesuai RFC'),
    t(
      'The message breaks the Internet message format (RFC 5322): duplicate or missing headers, a malformed From address, bad line endings; strict receivers refuse such mail.',
      'Pesan melanggar format pesan Internet (RFC 5322): header ganda atau hilang, alamat From yang rusak, akhir baris yang salah; penerima yang ketat menolak surat seperti ini.',
    ),
    t(
      'Fix the software that builds the message: one From, one Date, one Message-ID, well-formed addresses and CRLF line endings.',
      'Perbaiki perangkat lunak yang menyusun pesan: satu From, satu Date, satu Message-ID, alamat yang benar bentuknya, dan akhir baris CRLF.',
    ),
  ),
  entry(
    'mesgtoobig',
    t('Message too big', 'Pesan terlalu besar'),
    t(
      'The message is larger than the receiving server accepts; attachments grow by about a third once encoded.',
      'Pesan lebih besar dari yang diterima server penerima; lampiran membesar kira-kira sepertiganya setelah dikodekan.',
    ),
    t(
      'Send the files as a link or make them smaller; the server\'s limit is often in its EHLO SIZE reply.',
      'Kirim berkas sebagai tautan atau perkecil ukurannya; batas server sering tertera di balasan EHLO SIZE.',
    ),
  ),
  entry(
    'exceedlimit',
    t('Over a recipient limit', 'Melebihi batas penerima'),
    t(
      'The message went over a limit the receiver sets for this recipient or transaction: a per-user size limit or too many recipients at once.',
      'Pesan melewati batas yang ditetapkan penerima untuk penerima ini atau transaksi ini: batas ukuran per pengguna atau terlalu banyak penerima sekaligus.',
    ),
    t(
      'Split the recipients into smaller batches, or make the message smaller for this recipient.',
      'Pecah penerima menjadi kelompok yang lebih kecil, atau perkecil pesan untuk penerima ini.',
    ),
  ),
  entry(
    'speeding',
    t('Rate limited', 'Dibatasi lajunya'),
    t(
      'The sender sent too many messages or recipients too fast for the receiver, which slows it down with temporary refusals.',
      'Pengirim mengirim terlalu banyak pesan atau penerima terlalu cepat bagi server penerima, yang lalu memperlambatnya dengan penolakan sementara.',
    ),
    t(
      'Let the queue retry, lower the sending rate and the recipients per connection for this destination, and spread large sends over time.',
      'Biarkan antrean mencoba ulang, turunkan laju pengiriman dan jumlah penerima per koneksi untuk tujuan ini, dan sebar pengiriman besar dalam rentang waktu.',
    ),
  ),
  entry(
    'greylisted',
    t('Greylisted', 'Greylisting'),
    t(
      'The receiver turned away a first attempt from a sender it had not seen before and expects the same server to try again after a few minutes; a real mail server does, most spam software does not.',
      'Penerima menolak percobaan pertama dari pengirim yang belum pernah dilihatnya dan menunggu server yang sama mencoba lagi setelah beberapa menit; server surat sungguhan melakukannya, sebagian besar perangkat lunak spam tidak.',
    ),
    t(
      'Nothing, as a rule: the queue retries. If it lasts over an hour, check that retries leave from the same IP address (a pool of outgoing IPs looks like a new sender each time).',
      'Biasanya tidak perlu apa-apa: antrean akan mencoba ulang. Jika berlangsung lebih dari satu jam, pastikan percobaan ulang keluar dari alamat IP yang sama (kumpulan IP keluar tampak seperti pengirim baru setiap kali).',
    ),
  ),
  entry(
    'toomanyconn',
    t('Too many connections', 'Terlalu banyak koneksi'),
    t(
      'The receiver limits how many connections, or how many new connections a minute, one client may open, and this client went over it.',
      'Penerima membatasi berapa banyak koneksi, atau berapa koneksi baru per menit, yang boleh dibuka satu klien, dan klien ini melewatinya.',
    ),
    t(
      'Lower the concurrency for this destination (Postfix: smtp_destination_concurrency_limit, Exim: remote_max_parallel) and let the queue retry.',
      'Turunkan konkurensi untuk tujuan ini (Postfix: smtp_destination_concurrency_limit, Exim: remote_max_parallel) dan biarkan antrean mencoba ulang.',
    ),
  ),
  entry(
    'expired',
    t('Timed out or expired in the queue', 'Habis waktu atau kedaluwarsa di antrean'),
    t(
      'The destination did not answer in time: the connection timed out, again on every retry. While the queue keeps retrying this is a deferral; once the maximum queue time runs out the message comes back as expired, with the last error seen.',
      'Tujuan tidak menjawab tepat waktu: koneksi habis waktu, lagi dan lagi setiap kali dicoba ulang. Selama antrean masih mencoba ulang ini adalah penundaan; begitu batas waktu antrean habis, pesan kembali sebagai kedaluwarsa, dengan galat terakhir yang terlihat.',
    ),
    t(
      'Find out why the destination does not answer (is its MX up, is port 25 reachable from your server?), fix that, and send the message again if it has expired.',
      'Cari tahu mengapa tujuan tidak menjawab (apakah MX-nya hidup, apakah port 25 dapat dijangkau dari server Anda?), perbaiki, lalu kirim ulang pesannya jika sudah kedaluwarsa.',
    ),
  ),
  entry(
    'networkerror',
    t('Network or DNS error', 'Galat jaringan atau DNS'),
    t(
      'The sending server could not get a working connection: a DNS lookup failed, the connection was refused, timed out or broke, or the route looped.',
      'Server pengirim tidak mendapat koneksi yang berfungsi: pencarian DNS gagal, koneksi ditolak, habis waktu atau terputus, atau rutenya berputar-putar.',
    ),
    t(
      'Check the destination\'s MX and A records and whether port 25 is reachable from your server (firewall, provider blocking outbound 25); the queue retries on its own.',
      'Periksa record MX dan A tujuan serta apakah port 25 dapat dijangkau dari server Anda (firewall, penyedia yang memblokir port 25 keluar); antrean akan mencoba ulang sendiri.',
    ),
  ),
  entry(
    'systemerror',
    t('Receiving system error', 'Galat sistem penerima'),
    t(
      'Something broke on the receiving side: a misconfiguration, a directory (LDAP) lookup that failed, a mail loop, or an internal error of the server.',
      'Ada yang rusak di sisi penerima: salah konfigurasi, pencarian direktori (LDAP) yang gagal, loop surat, atau galat internal server.',
    ),
    t(
      'Usually nothing to change on your side: retry later, and tell the receiving admin if it persists, quoting the reply.',
      'Biasanya tidak ada yang perlu diubah di sisi Anda: coba lagi nanti, dan beri tahu admin penerima jika terus terjadi, dengan mengutip balasannya.',
    ),
  ),
  entry(
    'systemfull',
    t('Receiving system full', 'Sistem penerima penuh'),
    t(
      'The receiving server is out of disk space or queue capacity as a whole, not just one mailbox.',
      'Server penerima kehabisan ruang disk atau kapasitas antrean secara keseluruhan, bukan hanya satu mailbox.',
    ),
    t('Let the queue retry; tell the receiving admin if it lasts.', 'Biarkan antrean mencoba ulang; beri tahu admin penerima jika berlangsung lama.'),
  ),
  entry(
    'mailererror',
    t('Local delivery program failed', 'Program pengiriman lokal gagal'),
    t(
      'The message reached the final server, but the program that puts it into the mailbox (procmail, maildrop, a pipe or script) failed or exited with an error.',
      'Pesan sudah sampai di server akhir, tetapi program yang memasukkannya ke mailbox (procmail, maildrop, pipe atau skrip) gagal atau keluar dengan galat.',
    ),
    t(
      'A problem of the receiving side: tell its admin the program and error from the reply (permissions, a missing home directory, a broken filter).',
      'Masalah di sisi penerima: beri tahu admin-nya nama program dan galat dari balasan (izin akses, direktori home yang tidak ada, filter yang rusak).',
    ),
  ),
  entry(
    'syntaxerror',
    t('SMTP command error', 'Galat perintah SMTP'),
    t(
      'The client sent a command the server did not understand, in the wrong order, or with bad arguments: a bug or a misconfiguration of the sending software.',
      'Klien mengirim perintah yang tidak dipahami server, dalam urutan yang salah, atau dengan argumen yang keliru: bug atau salah konfigurasi perangkat lunak pengirim.',
    ),
    t(
      'Look at the SMTP transcript to see which command was refused, and fix or update the sending software.',
      'Lihat transkrip SMTP untuk mengetahui perintah mana yang ditolak, lalu perbaiki atau perbarui perangkat lunak pengirim.',
    ),
  ),
  entry(
    'undefined',
    t('Reason not determined', 'Alasan tidak dapat ditentukan'),
    t(
      'Neither the codes nor the reply text say why the delivery failed in a way we recognize.',
      'Baik kode maupun teks balasan tidak menyatakan penyebab kegagalan dengan cara yang kami kenali.',
    ),
    t(
      'Read the reply text and the receiver\'s documentation; the code\'s class still tells whether the sender retries.',
      'Baca teks balasan dan dokumentasi penerima; kelas kodenya tetap menunjukkan apakah pengirim mencoba ulang.',
    ),
  ),
];

/**
 * Enhanced codes whose reason differs by class or that providers added beyond the IANA registry. Every
 * other registered code takes the class-free `bounceReason` of its registry entry (enhancedCodes1/2.ts).
 * The 4.y.z rows are Sisimai's, where its 4.y.z reason differs from its 5.y.z one; the provider rows are the
 * providers' documented meanings (Microsoft 365 NDR codes, which Sisimai reads the same way).
 */
export const enhancedReasonOverrides: Readonly<Record<string, BounceReason>> = {
  '4.2.1': 'suspend',
  '4.4.4': 'networkerror', // a route that fails now may work on retry; 5.4.4 is the unknown host
  '4.4.8': 'networkerror',
  '4.7.1': 'blocked',
  '4.7.2': 'blocked',
  '4.5.3': 'exceedlimit',
  '4.7.16': 'mesgtoobig',
  // Microsoft 365 / Exchange Online (5.1.10 and 5.4.1, which it uses for unknown recipients, are read from
  // the text in core/reasons.ts: the registry gives both numbers other meanings)
  '5.7.509': 'authfailure', // sending domain fails DMARC with p=reject
  '5.7.515': 'authfailure', // high-volume sender without SPF, DKIM and DMARC
  '5.7.750': 'blocked', // tenant blocked from sending to unregistered domains
  '4.7.650': 'badreputation', // IP rate limited because of its reputation
  '4.7.651': 'badreputation',
};

/** Microsoft's range of "banned sending IP" codes (5.7.606 to 5.7.649): blocked. */
export function inBannedIpRange(enhanced: string): boolean {
  const m = /^5\.7\.(\d{3})$/.exec(enhanced);
  return m !== null && Number(m[1]) >= 606 && Number(m[1]) <= 649;
}

/**
 * Microsoft's other ranges beyond the registry, read when nothing more specific decides: 4.7.500-4.7.699
 * throttle the sending IP ("server busy, try again later"), 5.7.700-5.7.750 refuse a tenant's or an IP's
 * traffic outright.
 */
export function microsoftRangeReason(enhanced: string): BounceReason | undefined {
  const m = /^([45])\.7\.(\d{3})$/.exec(enhanced);
  if (!m) return undefined;
  const n = Number(m[2]);
  if (m[1] === '4' && n >= 500 && n <= 699) return 'speeding';
  if (m[1] === '5' && n >= 700 && n <= 750) return 'blocked';
  return undefined;
}

/**
 * Basic codes that decide a reason on their own, when neither the enhanced code nor the text does.
 * Only codes with one meaning in practice: 552 is RFC 5321's "exceeded storage allocation", the 53x codes
 * are SMTP AUTH (RFC 4954), 500 to 504 are command errors, 521 and 556 say the domain takes no mail (RFC 7504).
 */
export const basicCodeReasons: Readonly<Record<string, BounceReason>> = {
  '500': 'syntaxerror',
  '501': 'syntaxerror',
  '502': 'syntaxerror',
  '503': 'syntaxerror',
  '504': 'syntaxerror',
  '521': 'notaccept',
  '556': 'notaccept',
  '530': 'securityerror',
  '534': 'securityerror',
  '535': 'securityerror',
  '538': 'securityerror',
  '454': 'securityerror',
  '552': 'mailboxfull',
  '452': 'systemfull',
};
