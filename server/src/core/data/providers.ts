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
import type { Actor, LocalizedText, ProviderUsage } from '../types';

function t(en: string, id: string): LocalizedText {
  return { en, id };
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

function gmail(code: string, title: LocalizedText, meaning: LocalizedText, howToFix: LocalizedText, references = [GOOGLE_SMTP_ERRORS, GOOGLE_SENDER_GUIDELINES]): ProviderUsage {
  return { provider: 'gmail', providerName: 'Gmail / Google Workspace', code, match: GMAIL_MATCH, title, meaning, howToFix, references };
}

function microsoft(code: string, title: LocalizedText, meaning: LocalizedText, howToFix: LocalizedText, references = [MS_NDR]): ProviderUsage {
  return { provider: 'microsoft', providerName: 'Microsoft 365 / Outlook.com', code, match: MICROSOFT_MATCH, title, meaning, howToFix, references };
}

function yahoo(
  code: string,
  title: LocalizedText,
  meaning: LocalizedText,
  howToFix: LocalizedText,
  references = [YAHOO_ERRORS],
  sentWith?: string,
): ProviderUsage {
  // A tag entry lists its own tag as a text pattern too, so a reader of the table sees what identifies it.
  const match = TAG.test(code) ? { hosts: YAHOO_MATCH.hosts, text: [...YAHOO_MATCH.text, code.toLowerCase()] } : YAHOO_MATCH;
  return { provider: 'yahoo', providerName: 'Yahoo Mail / AOL', code, match, title, meaning, howToFix, references, ...(sentWith ? { sentWith } : {}) };
}

/**
 * A number no registry lists, which the provider uses as its own: its reading leads the explanation, so it
 * says who acts as well (a banned IP: the sender; a recipient that refuses outsiders: the recipient's side).
 */
function ownNumber(actor: Actor, usage: ProviderUsage): ProviderUsage {
  return { ...usage, actor };
}

/** A provider tag such as TSS04, BL21, IPTS04, PH01. */
export const TAG = /^[A-Z]+[0-9]+$/;

export const providerUsages: ProviderUsage[] = [
  // ------------------------------------------------------------------------------------------- Gmail
  gmail(
    '4.2.1',
    t('Recipient is receiving mail too fast', 'Penerima menerima email terlalu cepat'),
    t(
      'Gmail defers mail to a recipient who is getting more messages in a short time than Gmail lets through; Workspace also uses it when the SMTP relay service hits its peak rate. The registry\'s X.2.1 speaks of a disabled mailbox, but here the mailbox is fine and only the rate is the problem.',
      'Gmail menunda email untuk penerima yang mendapat lebih banyak pesan dalam waktu singkat daripada yang diloloskan Gmail; Workspace juga memakainya ketika layanan SMTP relay mencapai laju puncaknya. X.2.1 di registri membahas mailbox yang dinonaktifkan, tetapi di sini mailbox-nya baik-baik saja dan hanya lajunya yang bermasalah.',
    ),
    t(
      'Let your queue retry and spread messages to that recipient over time; if you send many alerts or notifications to one Gmail address, combine them into fewer messages.',
      'Biarkan queue Anda mencoba ulang dan sebar pesan ke penerima itu dari waktu ke waktu; jika Anda mengirim banyak peringatan atau notifikasi ke satu alamat Gmail, gabungkan menjadi lebih sedikit pesan.',
    ),
  ),
  gmail(
    '5.2.1',
    t('Account disabled, or receiving too fast for too long', 'Akun dinonaktifkan, atau menerima terlalu cepat terlalu lama'),
    t(
      'Gmail answers 550 5.2.1 when the recipient account is disabled or inactive, and in a second form when a recipient\'s incoming rate stays so high that no more mail is taken. The reply text says which one applies.',
      'Gmail menjawab 550 5.2.1 jika akun penerima dinonaktifkan atau tidak aktif, dan dalam bentuk kedua jika laju email masuk ke penerima tetap begitu tinggi sehingga tidak ada lagi email yang diterima. Teks balasan menyebut mana yang berlaku.',
    ),
    t(
      'For a disabled account, stop sending and remove the address; for the rate form, check whether the address was added to your list by a sign-up script (a mail-bombing pattern) and send to it less often.',
      'Untuk akun yang dinonaktifkan, berhenti mengirim dan hapus alamatnya; untuk bentuk laju, periksa apakah alamat itu ditambahkan ke daftar Anda oleh skrip pendaftaran (pola mail-bombing) dan kirimlah ke alamat itu lebih jarang.',
    ),
  ),
  gmail(
    '4.7.0',
    t('Temporary block: reputation, TLS, PTR or connection rate', 'Pemblokiran sementara: reputasi, TLS, PTR, atau laju koneksi'),
    t(
      'Gmail uses 421 4.7.0 for several distinct temporary refusals: an unusual rate of unsolicited mail from your IP, a very low reputation of your IP or domain, a sending IP without a PTR record, a recipient domain that requires TLS, an IP missing from the recipient domain\'s allowlist, or flood protection at HELO. The reply text names the case.',
      'Gmail memakai 421 4.7.0 untuk beberapa penolakan sementara yang berbeda: laju email tak diminta (unsolicited) yang tidak biasa dari IP Anda, reputasi IP atau domain Anda yang sangat rendah, IP pengirim tanpa record PTR, domain penerima yang mewajibkan TLS, IP yang tidak ada di allowlist domain penerima, atau perlindungan banjir (flood protection) pada HELO. Teks balasan menyebut kasusnya.',
    ),
    t(
      'Read the text: for TLS, make your server use STARTTLS; for PTR, give the IP a reverse DNS name that resolves back to it; for reputation or unsolicited-rate cases, check Google Postmaster Tools, cut volume and complaints, and let the queue retry slowly.',
      'Baca teksnya: untuk TLS, buat server Anda memakai STARTTLS; untuk PTR, beri IP itu nama reverse DNS yang di-resolve kembali ke IP tersebut; untuk kasus reputasi atau laju email tak diminta, periksa Google Postmaster Tools, kurangi volume dan keluhan, dan biarkan queue mencoba ulang secara perlahan.',
    ),
  ),
  gmail(
    '5.7.1',
    t('Blocked for reputation, DMARC, message format or relay policy', 'Diblokir karena reputasi, DMARC, format pesan, atau kebijakan relay'),
    t(
      'Gmail\'s 550 5.7.1 covers several permanent blocks: low reputation or likely spam, failure of the From domain\'s DMARC policy, a missing or invalid From header, relaying through the Workspace SMTP relay without valid credentials, and rules set by the recipient\'s own administrator (marked "gcdp").',
      '550 5.7.1 dari Gmail mencakup beberapa pemblokiran permanen: reputasi rendah atau kemungkinan spam, gagal memenuhi kebijakan DMARC domain From, header From yang hilang atau tidak valid, me-relay lewat SMTP relay Workspace tanpa kredensial yang valid, dan aturan yang ditetapkan oleh administrator penerima sendiri (ditandai "gcdp").',
    ),
    t(
      'Match the text to its cause: align SPF or DKIM with the From domain for DMARC refusals, repair the From header for format refusals, register the IP or use SMTP AUTH for relay refusals, ask the recipient\'s admin about gcdp rules, and improve list hygiene before resending after a reputation block.',
      'Cocokkan teksnya dengan penyebabnya: selaraskan SPF atau DKIM dengan domain From untuk penolakan DMARC, perbaiki header From untuk penolakan format, daftarkan IP atau gunakan SMTP AUTH untuk penolakan relay, tanyakan aturan gcdp kepada admin penerima, dan perbaiki kebersihan daftar (list hygiene) sebelum mengirim ulang setelah pemblokiran karena reputasi.',
    ),
  ),
  gmail(
    '4.7.23',
    t('No PTR record for the sending IP (rate limited)', 'Tidak ada record PTR untuk IP pengirim (rate limit)'),
    t(
      'Gmail rate limits mail from an IP that has no reverse DNS (PTR) record, or whose PTR name does not resolve back to the same IP.',
      'Gmail menerapkan rate limit pada email dari IP yang tidak memiliki record reverse DNS (PTR), atau yang nama PTR-nya tidak di-resolve kembali ke IP yang sama.',
    ),
    t(
      'Ask whoever owns the IP range (hosting provider or ISP) to set a PTR record for the sending IP, and give that name an A or AAAA record pointing back to the IP; the queued mail then goes through.',
      'Minta pemilik rentang IP tersebut (penyedia hosting atau ISP) memasang record PTR untuk IP pengirim, dan beri nama itu record A atau AAAA yang menunjuk kembali ke IP tersebut; email di queue kemudian akan lolos.',
    ),
  ),
  gmail(
    '5.7.25',
    t('PTR record missing or not matching', 'Record PTR tidak ada atau tidak cocok'),
    t(
      'Gmail refuses mail from an IP without a PTR record, or whose reverse and forward DNS do not agree. The registry\'s X.7.25 says reverse DNS validation failed; Gmail applies the check to every sending IP, strictly so over IPv6.',
      'Gmail menolak email dari IP tanpa record PTR, atau yang reverse DNS dan forward DNS-nya tidak sesuai. X.7.25 di registri menyatakan validasi reverse DNS gagal; Gmail menerapkan pemeriksaan ini pada setiap IP pengirim, dan secara lebih ketat untuk IPv6.',
    ),
    t(
      'Set a PTR record for each sending IPv4 and IPv6 address whose name resolves back to the same address, then resend; until then, send from an IP that has one.',
      'Pasang record PTR untuk setiap alamat IPv4 dan IPv6 pengirim yang namanya di-resolve kembali ke alamat yang sama, lalu kirim ulang; sampai saat itu, kirim dari IP yang sudah memilikinya.',
    ),
  ),
  gmail(
    '4.7.26',
    t('Unauthenticated mail rate limited', 'Email tanpa autentikasi dikenai rate limit'),
    t(
      'Gmail slows down mail that passes neither SPF nor DKIM, and defers mail that the From domain\'s DMARC policy would reject when a DNS failure kept it from checking.',
      'Gmail memperlambat email yang tidak lolos SPF maupun DKIM, dan menunda email yang akan ditolak oleh kebijakan DMARC domain From ketika kegagalan DNS membuat Gmail tidak dapat memeriksanya.',
    ),
    t(
      'Publish an SPF record covering all your sending IPs and sign with DKIM for your domain; if the text mentions DNS failures, make sure your SPF, DKIM and DMARC records resolve reliably.',
      'Publikasikan record SPF yang mencakup semua IP pengirim Anda dan tandatangani dengan DKIM untuk domain Anda; jika teksnya menyebut kegagalan DNS, pastikan record SPF, DKIM, dan DMARC Anda dapat di-resolve dengan andal.',
    ),
  ),
  gmail(
    '5.7.26',
    t('Unauthenticated sender blocked', 'Pengirim tanpa autentikasi diblokir'),
    t(
      'Gmail blocks mail that passes neither SPF nor DKIM, mail that fails an SPF record ending in -all, and mail refused by the From domain\'s DMARC policy. The registry\'s X.7.26 only says that several authentication checks failed; Gmail uses it as its main "authenticate your mail" refusal.',
      'Gmail memblokir email yang tidak lolos SPF maupun DKIM, email yang gagal pada record SPF berakhiran -all, dan email yang ditolak oleh kebijakan DMARC domain From. X.7.26 di registri hanya menyatakan bahwa beberapa pemeriksaan autentikasi gagal; Gmail memakainya sebagai penolakan utamanya yang berarti "autentikasikan email Anda".',
    ),
    t(
      'Make every sending source pass SPF or DKIM with a domain aligned to the From address: add the IP or service to SPF, turn on DKIM signing, and check the DMARC policy; forwarders should add ARC headers. Then resend.',
      'Buat setiap sumber pengiriman lolos SPF atau DKIM dengan domain yang selaras dengan alamat From: tambahkan IP atau layanan ke SPF, aktifkan penandatanganan DKIM, dan periksa kebijakan DMARC; forwarder sebaiknya menambahkan header ARC. Lalu kirim ulang.',
    ),
  ),
  gmail(
    '4.7.27',
    t('SPF did not pass (rate limited)', 'SPF tidak lolos (rate limit)'),
    t(
      'Gmail rate limits bulk mail whose SPF check did not pass. This has nothing to do with the registry\'s X.7.27, which is about a sender domain that publishes a null MX.',
      'Gmail menerapkan rate limit pada email massal (bulk) yang pemeriksaan SPF-nya tidak lolos. Ini tidak ada hubungannya dengan X.7.27 di registri, yang menyangkut domain pengirim yang memublikasikan null MX.',
    ),
    t(
      'Add every IP or service that sends for your envelope sender (Return-Path) domain to its SPF record, keep the record within 10 DNS lookups, and test it; the deferred mail is delivered once SPF passes.',
      'Tambahkan setiap IP atau layanan yang mengirim atas nama domain pengirim envelope (Return-Path) Anda ke record SPF-nya, jaga agar record itu tidak melebihi 10 lookup DNS, dan ujilah; email yang ditunda akan terkirim setelah SPF lolos.',
    ),
  ),
  gmail(
    '5.7.27',
    t('SPF did not pass (blocked)', 'SPF tidak lolos (diblokir)'),
    t(
      'The permanent form of 4.7.27: Gmail blocks the mail because SPF did not pass for a sender bound by its bulk sender rules. The registry meaning (sender domain with a null MX) does not apply.',
      'Bentuk permanen dari 4.7.27: Gmail memblokir email karena SPF tidak lolos untuk pengirim yang terikat aturan pengirim massal (bulk sender) Gmail. Makna registri (domain pengirim dengan null MX) tidak berlaku.',
    ),
    t(
      'Fix the SPF record of the envelope sender domain, confirm with a test message to a Gmail address that SPF shows "pass" in Authentication-Results, then resend.',
      'Perbaiki record SPF domain pengirim envelope, pastikan dengan pesan uji ke alamat Gmail bahwa SPF menunjukkan "pass" di Authentication-Results, lalu kirim ulang.',
    ),
  ),
  gmail(
    '4.7.28',
    t('Unusual rate of mail (rate limited)', 'Laju email tidak biasa (rate limit)'),
    t(
      'Gmail saw an unusual rate of mail, or of unsolicited mail, from your IP, IP range, DKIM domain, SPF domain or carrying one of your URLs, and slows it down; it also uses 4.7.28 when too many messages share one Message-ID. The registry\'s X.7.28 speaks of a mail flood in general; Gmail ties it to its own rate and complaint measurements.',
      'Gmail melihat laju email, atau email tak diminta, yang tidak biasa dari IP, rentang IP, domain DKIM, atau domain SPF Anda, atau yang membawa salah satu URL Anda, lalu memperlambatnya; Gmail juga memakai 4.7.28 jika terlalu banyak pesan memakai Message-ID yang sama. X.7.28 di registri membahas banjir email secara umum; Gmail mengaitkannya dengan pengukuran laju dan keluhannya sendiri.',
    ),
    t(
      'Lower your sending rate to Gmail, drop recipients who never engage, offer one-click unsubscribe, and watch your spam rate in Google Postmaster Tools; let the queue retry slowly instead of pushing harder.',
      'Turunkan laju pengiriman Anda ke Gmail, buang penerima yang tidak pernah berinteraksi, sediakan one-click unsubscribe, dan pantau tingkat spam Anda di Google Postmaster Tools; biarkan queue mencoba ulang secara perlahan alih-alih mendorong lebih keras.',
    ),
  ),
  gmail(
    '5.7.28',
    t('Unusual rate of unsolicited mail (blocked)', 'Laju email tak diminta yang tidak biasa (diblokir)'),
    t(
      'Gmail permanently blocks mail from a source whose rate of unsolicited mail it considers abusive.',
      'Gmail secara permanen memblokir email dari sumber yang laju email tak dimintanya dianggap Gmail sebagai penyalahgunaan.',
    ),
    t(
      'Stop the campaign, find where the complaints come from (bought lists, compromised accounts, no unsubscribe link), and resume only at low volume after your spam rate in Postmaster Tools has fallen.',
      'Hentikan kampanye, temukan dari mana keluhan berasal (daftar yang dibeli, akun yang dibobol, tidak ada tautan berhenti berlangganan), dan lanjutkan hanya dengan volume rendah setelah tingkat spam Anda di Postmaster Tools turun.',
    ),
  ),
  gmail(
    '4.7.29',
    t('No TLS for bulk mail (rate limited)', 'Tanpa TLS untuk email massal (rate limit)'),
    t(
      'Gmail rate limits bulk mail that arrived over a connection without TLS. The registry\'s X.7.29 is about a failed ARC validation, a different matter.',
      'Gmail menerapkan rate limit pada email massal yang tiba lewat koneksi tanpa TLS. X.7.29 di registri menyangkut validasi ARC yang gagal, hal yang berbeda.',
    ),
    t(
      'Turn on STARTTLS in your outbound MTA (in Postfix, smtp_tls_security_level = may or stricter) with a current TLS version; the queued mail goes through over TLS on the next attempt.',
      'Aktifkan STARTTLS di MTA keluar Anda (di Postfix, smtp_tls_security_level = may atau yang lebih ketat) dengan versi TLS terkini; email di queue akan lolos lewat TLS pada percobaan berikutnya.',
    ),
  ),
  gmail(
    '5.7.29',
    t('No TLS for bulk mail (blocked)', 'Tanpa TLS untuk email massal (diblokir)'),
    t(
      'The permanent form of 4.7.29: Gmail refuses bulk mail sent without TLS.',
      'Bentuk permanen dari 4.7.29: Gmail menolak email massal yang dikirim tanpa TLS.',
    ),
    t(
      'Enable outbound TLS on every server that sends to Gmail, check with a test message that the Received header shows a TLS version, then resend.',
      'Aktifkan TLS keluar di setiap server yang mengirim ke Gmail, periksa dengan pesan uji bahwa header Received menunjukkan versi TLS, lalu kirim ulang.',
    ),
  ),
  gmail(
    '4.7.30',
    t('DKIM did not pass (rate limited)', 'DKIM tidak lolos (rate limit)'),
    t(
      'Gmail rate limits bulk mail whose DKIM signature is missing or does not verify. The registry\'s X.7.30 means "REQUIRETLS support required", which is unrelated.',
      'Gmail menerapkan rate limit pada email massal yang tanda tangan DKIM-nya tidak ada atau tidak dapat diverifikasi. X.7.30 di registri berarti "REQUIRETLS support required", yang tidak berkaitan.',
    ),
    t(
      'Sign outgoing mail with DKIM for your domain (a 2048-bit key where possible), publish the public key under the selector, and make sure nothing changes signed headers or the body after signing.',
      'Tandatangani email keluar dengan DKIM untuk domain Anda (kunci 2048-bit bila memungkinkan), publikasikan kunci publiknya di bawah selector, dan pastikan tidak ada yang mengubah header yang ditandatangani atau isi pesan setelah penandatanganan.',
    ),
  ),
  gmail(
    '5.7.30',
    t('DKIM did not pass (blocked)', 'DKIM tidak lolos (diblokir)'),
    t(
      'Gmail blocks the message because DKIM did not pass for a sender that must authenticate with DKIM. The registry\'s X.7.30 (REQUIRETLS support needed) does not apply here.',
      'Gmail memblokir pesan karena DKIM tidak lolos untuk pengirim yang wajib diautentikasi dengan DKIM. X.7.30 di registri (dukungan REQUIRETLS diperlukan) tidak berlaku di sini.',
    ),
    t(
      'Turn on DKIM signing for the From domain, confirm that a test message to Gmail shows "dkim=pass" in Authentication-Results, then resend.',
      'Aktifkan penandatanganan DKIM untuk domain From, pastikan pesan uji ke Gmail menunjukkan "dkim=pass" di Authentication-Results, lalu kirim ulang.',
    ),
  ),
  gmail(
    '4.7.32',
    t('From domain not aligned with SPF or DKIM', 'Domain From tidak selaras dengan SPF atau DKIM'),
    t(
      'Gmail rate limits mail whose From domain matches neither the domain that passed SPF nor the one that passed DKIM, the alignment DMARC asks for.',
      'Gmail menerapkan rate limit pada email yang domain From-nya tidak cocok dengan domain yang lolos SPF maupun domain yang lolos DKIM, yaitu keselarasan (alignment) yang diminta DMARC.',
    ),
    t(
      'Sign with DKIM using the From domain (or a subdomain of it), or use a Return-Path in the same organizational domain, and publish a DMARC record for the domain.',
      'Tandatangani dengan DKIM memakai domain From (atau subdomainnya), atau gunakan Return-Path dalam domain organisasi (organizational domain) yang sama, dan publikasikan record DMARC untuk domain itu.',
    ),
  ),
  gmail(
    '5.4.5',
    t('Daily sending limit reached', 'Batas pengiriman harian tercapai'),
    t(
      'Gmail and Google Workspace answer 550 5.4.5 when an account, or the Workspace SMTP relay, has used up its daily sending quota; it is not the mail system congestion the registry\'s X.4.5 describes.',
      'Gmail dan Google Workspace menjawab 550 5.4.5 ketika sebuah akun, atau SMTP relay Workspace, telah menghabiskan kuota pengiriman hariannya; ini bukan kemacetan sistem email yang dijelaskan X.4.5 di registri.',
    ),
    t(
      'Wait until the quota frees up (it counts over a rolling 24 hours), spread the volume or move bulk mail to a dedicated sending service, and check that the account has not been compromised.',
      'Tunggu sampai kuotanya tersedia lagi (dihitung dalam jendela bergulir 24 jam), sebar volumenya atau pindahkan email massal ke layanan pengiriman khusus, dan pastikan akun itu tidak dibobol.',
    ),
  ),

  // ------------------------------------------------------------------------------------------- Microsoft
  ownNumber('sender-config', microsoft(
    '5.7.606-649',
    t('Banned sending IP', 'IP pengirim diblokir (banned)'),
    t(
      'Microsoft\'s filtering (Exchange Online Protection and Outlook.com) has banned the IP address you connect from, after spam or other malicious traffic from it. Every code from 5.7.606 to 5.7.649 carries this meaning; the number points at an internal list, not at a different cause.',
      'Penyaringan Microsoft (Exchange Online Protection dan Outlook.com) telah memblokir alamat IP yang Anda pakai untuk terhubung, setelah ada spam atau lalu lintas berbahaya lain dari IP itu. Setiap kode dari 5.7.606 sampai 5.7.649 membawa makna ini; nomornya menunjuk ke daftar internal, bukan ke penyebab yang berbeda.',
    ),
    t(
      'Stop whatever abuse came from the IP (compromised accounts, an open relay, a bad list), then ask for removal at the delist portal (sender.office.com) with the IP and the full reply; resend once it is delisted.',
      'Hentikan penyalahgunaan apa pun yang berasal dari IP itu (akun yang dibobol, open relay, daftar yang buruk), lalu minta penghapusan di portal delist (sender.office.com) dengan menyertakan IP dan balasan lengkapnya; kirim ulang setelah IP itu di-delist.',
    ),
    [MS_NDR, MS_DELIST],
  )),
  ownNumber('sender-config', microsoft(
    '5.7.700-749',
    t('Sending blocked for the whole tenant', 'Pengiriman diblokir untuk seluruh tenant'),
    t(
      'Most of the mail from a Microsoft 365 tenant was judged suspicious, so the tenant lost its ability to send. 5.7.705 and 5.7.708 are the documented members of this range.',
      'Sebagian besar email dari sebuah tenant Microsoft 365 dinilai mencurigakan, sehingga tenant itu kehilangan kemampuan untuk mengirim. 5.7.705 dan 5.7.708 adalah anggota rentang ini yang terdokumentasi.',
    ),
    t(
      'Secure the tenant first (reset compromised accounts, close open relays and permissive connectors), then ask Microsoft support to restore sending.',
      'Amankan tenant terlebih dahulu (reset akun yang dibobol, tutup open relay dan connector yang terlalu longgar), lalu minta tim dukungan Microsoft memulihkan kemampuan mengirim.',
    ),
    [MS_NDR, MS_700],
  )),
  ownNumber('sender-config', microsoft(
    '5.7.705',
    t('Tenant exceeded its threshold', 'Tenant melampaui ambang batasnya'),
    t(
      'The tenant sent so much suspicious mail that Microsoft stopped all outbound mail for it.',
      'Tenant itu mengirim begitu banyak email mencurigakan sehingga Microsoft menghentikan semua email keluarnya.',
    ),
    t(
      'Find and clean the source (typically compromised accounts sending spam), reset their credentials and enable MFA, then contact Microsoft support to lift the block.',
      'Temukan dan bersihkan sumbernya (biasanya akun yang dibobol dan mengirim spam), reset kredensialnya dan aktifkan MFA, lalu hubungi tim dukungan Microsoft untuk mencabut pemblokiran.',
    ),
    [MS_NDR, MS_700],
  )),
  ownNumber('sender-config', microsoft(
    '5.7.708',
    t('Traffic not accepted from this IP', 'Lalu lintas dari IP ini tidak diterima'),
    t(
      'Exchange Online refuses to send mail for the tenant from this IP because the tenant\'s traffic looks suspicious; new tenants with little sending history run into it often. The restriction sits in Microsoft\'s service, not at the recipient.',
      'Exchange Online menolak mengirim email untuk tenant itu dari IP ini karena lalu lintas tenant tersebut tampak mencurigakan; tenant baru dengan riwayat pengiriman yang sedikit sering mengalaminya. Pembatasannya ada di layanan Microsoft, bukan di penerima.',
    ),
    t(
      'Make sure no compromised account or open relay sends through the tenant, verify your domains and set up SPF, DKIM and DMARC, then open a request with Microsoft support; there is no self-service delisting for this code.',
      'Pastikan tidak ada akun yang dibobol atau open relay yang mengirim lewat tenant itu, verifikasi domain Anda dan siapkan SPF, DKIM, dan DMARC, lalu ajukan permintaan ke tim dukungan Microsoft; untuk kode ini tidak ada delisting swalayan.',
    ),
    [MS_NDR, MS_700],
  )),
  ownNumber('sender-config', microsoft(
    '5.7.750',
    t('Sending from unregistered domains blocked', 'Pengiriman dari domain yang tidak terdaftar diblokir'),
    t(
      'The tenant sends a suspicious amount of mail from domains that are not added and verified in Microsoft 365, and Microsoft blocked it.',
      'Tenant itu mengirim email dalam jumlah yang mencurigakan dari domain yang belum ditambahkan dan diverifikasi di Microsoft 365, dan Microsoft memblokirnya.',
    ),
    t(
      'Add and verify every domain you send from in the Microsoft 365 admin center, or stop sending as domains the tenant does not own.',
      'Tambahkan dan verifikasi setiap domain yang Anda pakai untuk mengirim di Microsoft 365 admin center, atau berhenti mengirim atas nama domain yang bukan milik tenant itu.',
    ),
    [MS_NDR, MS_700],
  )),
  ownNumber('sender-config', microsoft(
    '4.7.500-699',
    t('Temporary restriction while traffic is evaluated', 'Pembatasan sementara selama lalu lintas dievaluasi'),
    t(
      'Microsoft 365 temporarily restricts mail from the sending IP or account while it evaluates suspicious activity; IPs without a sending history are throttled this way, and the restriction lifts on its own when the traffic proves legitimate. The registry has no codes in this range; these are Microsoft\'s own.',
      'Microsoft 365 untuk sementara membatasi email dari IP atau akun pengirim selagi mengevaluasi aktivitas yang mencurigakan; IP tanpa riwayat pengiriman dikenai rate limit dengan cara ini, dan pembatasannya dicabut dengan sendirinya jika lalu lintasnya terbukti sah. Registri tidak memiliki kode dalam rentang ini; kode-kode ini milik Microsoft sendiri.',
    ),
    t(
      'Let your queue retry at a modest rate, warm up new IPs gradually, and look up the ASxxx tag in the text in Microsoft\'s guidance; if the deferrals last for days, contact Microsoft support.',
      'Biarkan queue Anda mencoba ulang dengan laju yang wajar, lakukan warm-up IP baru secara bertahap, dan cari tag ASxxx dari teks balasan di panduan Microsoft; jika penundaan berlangsung berhari-hari, hubungi tim dukungan Microsoft.',
    ),
    [MS_NDR, MS_ASXXX],
  )),
  ownNumber('sender-config', microsoft(
    '4.7.650',
    t('Rate limited for IP reputation (Outlook.com)', 'Dikenai rate limit karena reputasi IP (Outlook.com)'),
    t(
      'Outlook.com and Hotmail defer mail from an IP whose reputation is low, which is common for new IPs or IPs that recently sent unwanted mail; the text points to postmaster.live.com.',
      'Outlook.com dan Hotmail menunda email dari IP yang reputasinya rendah, hal yang umum pada IP baru atau IP yang baru-baru ini mengirim email yang tidak diinginkan; teksnya merujuk ke postmaster.live.com.',
    ),
    t(
      'Keep retrying slowly, register the IP in Microsoft\'s Smart Network Data Services (SNDS) to watch its status, and build reputation with authenticated mail people want; if it persists, contact Outlook.com sender support.',
      'Terus coba ulang secara perlahan, daftarkan IP itu di Smart Network Data Services (SNDS) Microsoft untuk memantau statusnya, dan bangun reputasi dengan email terautentikasi yang memang diinginkan orang; jika terus berlanjut, hubungi tim dukungan pengirim Outlook.com.',
    ),
    [OUTLOOK_POSTMASTER, MS_NDR],
  )),
  ownNumber('sender-config', microsoft(
    '4.7.850-899',
    t('Temporary restriction of the sending IP', 'Pembatasan sementara terhadap IP pengirim'),
    t(
      'Microsoft saw suspicious activity from the sending IP and restricts it for a while as it evaluates the traffic.',
      'Microsoft melihat aktivitas mencurigakan dari IP pengirim dan membatasinya untuk sementara selagi mengevaluasi lalu lintasnya.',
    ),
    t(
      'Let the queue retry, check what the IP sent recently (a compromised account, an unusual bulk send) and reduce volume until deliveries resume.',
      'Biarkan queue mencoba ulang, periksa apa yang dikirim IP itu baru-baru ini (akun yang dibobol, pengiriman massal yang tidak biasa), dan kurangi volume sampai pengiriman berjalan lagi.',
    ),
  )),
  microsoft(
    '5.4.1',
    t('Recipient address rejected: access denied', 'Alamat penerima ditolak: akses ditolak'),
    t(
      'With "Recipient address rejected: Access denied", Exchange Online\'s directory-based edge blocking refused a recipient that does not exist in the recipient organization; with "Relay Access Denied", the server does not accept mail for the recipient\'s domain at all. Neither has to do with the registry\'s X.4.1, a host that does not answer.',
      'Dengan "Recipient address rejected: Access denied", directory-based edge blocking milik Exchange Online menolak penerima yang tidak ada di organisasi penerima; dengan "Relay Access Denied", server sama sekali tidak menerima email untuk domain penerima. Keduanya tidak berkaitan dengan X.4.1 di registri, yaitu host yang tidak menjawab.',
    ),
    t(
      'For "Access denied", confirm the address with the recipient, since their tenant does not know it; for "Relay Access Denied", the recipient\'s MX likely points to Microsoft 365 while the domain is not (or no longer) set up in their tenant, which their admin must fix.',
      'Untuk "Access denied", konfirmasikan alamatnya kepada penerima, karena tenant mereka tidak mengenalnya; untuk "Relay Access Denied", MX penerima kemungkinan menunjuk ke Microsoft 365 padahal domainnya belum (atau tidak lagi) dikonfigurasi di tenant mereka, dan admin merekalah yang harus memperbaikinya.',
    ),
    [MS_NDR, MS_5_4_1],
  ),
  microsoft(
    '5.1.10',
    t('Recipient not found', 'Penerima tidak ditemukan'),
    t(
      'Microsoft 365 looked up the recipient\'s SMTP address and found no mailbox, mail user or group holding it. The registry\'s X.1.10 means the recipient domain has a null MX; Microsoft reuses the number for an unknown recipient, so treat it like 5.1.1.',
      'Microsoft 365 mencari alamat SMTP penerima dan tidak menemukan mailbox, mail user, atau grup yang memilikinya. X.1.10 di registri berarti domain penerima memiliki null MX; Microsoft memakai ulang nomor itu untuk penerima yang tidak dikenal, jadi perlakukan seperti 5.1.1.',
    ),
    t(
      'Check the spelling and ask the recipient for a current address; if the recipient is in your own tenant, check that the address is assigned to a mailbox or as a proxy address and that directory synchronization has finished.',
      'Periksa ejaannya dan minta alamat terbaru kepada penerima; jika penerima ada di tenant Anda sendiri, pastikan alamat itu sudah ditetapkan ke sebuah mailbox atau sebagai proxy address serta sinkronisasi direktori sudah selesai.',
    ),
    [MS_NDR, MS_5_1_10],
  ),
  ownNumber('receiving-server', microsoft(
    '4.4.316',
    t('Connection refused by the destination server', 'Koneksi ditolak oleh server tujuan'),
    t(
      'Exchange Online tried to deliver to a mail server outside Microsoft 365 and the connection was refused (socket error 10061). The number is Microsoft\'s own; the registry has no X.4.316.',
      'Exchange Online mencoba mengirim ke server email di luar Microsoft 365 dan koneksinya ditolak (socket error 10061). Nomor ini milik Microsoft sendiri; registri tidak memiliki X.4.316.',
    ),
    t(
      'Exchange Online keeps retrying; the recipient side must make sure its server listens on port 25, that its firewall admits Microsoft 365\'s outbound IP ranges, and that its MX records are correct.',
      'Exchange Online terus mencoba ulang; pihak penerima harus memastikan servernya menerima koneksi di port 25, firewall-nya meloloskan rentang IP keluar Microsoft 365, dan record MX-nya benar.',
    ),
  )),
  microsoft(
    '5.7.1',
    t('Not authorized, not authenticated, or unable to relay', 'Tidak berwenang, tidak terautentikasi, atau tidak dapat me-relay'),
    t(
      'Exchange uses 5.7.1 for several refusals: the sender may not write to a restricted group or mailbox, a mail flow rule rejected the message, the server will not relay for the recipient\'s domain, or the client did not authenticate ("Client was not authenticated"); Outlook.com also uses it for an IP range on its block list (S3150).',
      'Exchange memakai 5.7.1 untuk beberapa penolakan: pengirim tidak boleh mengirim ke grup atau mailbox yang dibatasi, aturan mail flow menolak pesan, server tidak mau me-relay untuk domain penerima, atau klien tidak melakukan autentikasi ("Client was not authenticated"); Outlook.com juga memakainya untuk rentang IP yang ada di blocklist-nya (S3150).',
    ),
    t(
      'Read the text: ask the group owner for permission, authenticate before sending, check that the recipient domain\'s MX points to the tenant that hosts it, or for the S3150 block ask your ISP to contact Outlook.com sender support.',
      'Baca teksnya: minta izin kepada pemilik grup, lakukan autentikasi sebelum mengirim, pastikan MX domain penerima menunjuk ke tenant yang meng-hosting-nya, atau untuk pemblokiran S3150 minta ISP Anda menghubungi tim dukungan pengirim Outlook.com.',
    ),
    [MS_NDR, MS_5_7_1],
  ),
  ownNumber('sender-config', microsoft(
    '5.7.57',
    t('Client not authenticated to send (smtp.office365.com)', 'Klien tidak terautentikasi untuk mengirim (smtp.office365.com)'),
    t(
      'An application or device tried to send through smtp.office365.com without authenticating first, so Exchange Online refused the MAIL FROM.',
      'Sebuah aplikasi atau perangkat mencoba mengirim lewat smtp.office365.com tanpa autentikasi terlebih dahulu, sehingga Exchange Online menolak MAIL FROM-nya.',
    ),
    t(
      'Configure the device for port 587 with STARTTLS and SMTP AUTH with a licensed mailbox that has SMTP AUTH enabled; a device that cannot authenticate should use a connector or direct send instead.',
      'Konfigurasikan perangkat untuk port 587 dengan STARTTLS dan SMTP AUTH memakai mailbox berlisensi yang SMTP AUTH-nya aktif; perangkat yang tidak dapat melakukan autentikasi sebaiknya memakai connector atau direct send.',
    ),
    [MS_NDR, MS_5_7_57],
  )),
  ownNumber('sender-config', microsoft(
    '5.7.64',
    t('TenantAttribution: relay access denied', 'TenantAttribution: akses relay ditolak'),
    t(
      'Mail arriving through an inbound connector, usually from on-premises servers, no longer matches the connector\'s settings, so Exchange Online cannot attribute it to your tenant and refuses to relay it.',
      'Email yang datang lewat inbound connector, biasanya dari server on-premises, tidak lagi cocok dengan pengaturan connector itu, sehingga Exchange Online tidak dapat mengaitkannya dengan tenant Anda dan menolak me-relay-nya.',
    ),
    t(
      'Compare the inbound connector with what the on-premises server presents now: a changed public IP or a renewed certificate with a different name is the usual cause; update the connector, then resend.',
      'Bandingkan inbound connector dengan apa yang kini ditunjukkan server on-premises: IP publik yang berubah atau sertifikat yang diperbarui dengan nama berbeda adalah penyebab yang biasa; perbarui connector, lalu kirim ulang.',
    ),
    [MS_NDR, MS_5_7_64],
  )),
  ownNumber('sender-config', microsoft(
    '5.7.509',
    t('DMARC verification failed', 'Verifikasi DMARC gagal'),
    t(
      'The From domain did not pass DMARC and publishes a reject policy, so Microsoft refuses the message.',
      'Domain From tidak lolos DMARC dan memublikasikan kebijakan reject, sehingga Microsoft menolak pesan itu.',
    ),
    t(
      'Make each service that sends as the From domain pass SPF or DKIM in alignment with it, using the DMARC aggregate reports to find the sources that fail.',
      'Buat setiap layanan yang mengirim atas nama domain From lolos SPF atau DKIM yang selaras dengan domain itu, dengan memakai laporan agregat DMARC untuk menemukan sumber yang gagal.',
    ),
  )),
  ownNumber('receiving-server', microsoft(
    '5.7.513',
    t('Blocked by the recipient organization\'s own block list', 'Diblokir oleh blocklist milik organisasi penerima sendiri'),
    t(
      'The recipient organization put your sending IP on its custom block list in Microsoft 365; the block is their decision, not Microsoft\'s.',
      'Organisasi penerima memasukkan IP pengirim Anda ke blocklist kustomnya di Microsoft 365; pemblokiran itu keputusan mereka, bukan keputusan Microsoft.',
    ),
    t(
      'Contact the recipient organization by another channel and ask them to remove your IP from their block list.',
      'Hubungi organisasi penerima lewat saluran lain dan minta mereka menghapus IP Anda dari blocklist mereka.',
    ),
  )),
  ownNumber('sender-config', microsoft(
    '5.7.515',
    t('Requirements for high-volume senders not met (Outlook.com)', 'Persyaratan untuk pengirim bervolume tinggi tidak terpenuhi (Outlook.com)'),
    t(
      'Since May 2025, Outlook.com, Hotmail and Live refuse mail from domains that send large volumes (over about 5,000 messages a day) without passing SPF, DKIM and DMARC with alignment. The registry has no X.7.515; the code is Microsoft\'s own.',
      'Sejak Mei 2025, Outlook.com, Hotmail, dan Live menolak email dari domain yang mengirim dalam volume besar (lebih dari sekitar 5.000 pesan sehari) tanpa lolos SPF, DKIM, dan DMARC dengan alignment. Registri tidak memiliki X.7.515; kode ini milik Microsoft sendiri.',
    ),
    t(
      'Publish SPF, sign with DKIM and publish a DMARC record (at least p=none) aligned with the From domain, check the Authentication-Results of a test message to Outlook.com, then resend.',
      'Publikasikan SPF, tandatangani dengan DKIM, dan publikasikan record DMARC (minimal p=none) yang selaras dengan domain From, periksa Authentication-Results dari pesan uji ke Outlook.com, lalu kirim ulang.',
    ),
    [OUTLOOK_HIGH_VOLUME, MS_NDR],
  )),
  ownNumber('sender-config', microsoft(
    '5.2.121',
    t('Too many messages per hour to one recipient', 'Terlalu banyak pesan per jam ke satu penerima'),
    t(
      'The sender exceeded how many messages per hour Exchange Online accepts from one sender for one recipient. Not a registry code; Microsoft\'s own.',
      'Pengirim melampaui jumlah pesan per jam yang diterima Exchange Online dari satu pengirim untuk satu penerima. Bukan kode registri; milik Microsoft sendiri.',
    ),
    t(
      'Slow the automated mailer down, combine messages to that recipient, and send the rest later.',
      'Perlambat pengirim email otomatis itu, gabungkan pesan ke penerima tersebut, dan kirim sisanya nanti.',
    ),
  )),
  ownNumber('recipient-mailbox', microsoft(
    '5.2.122',
    t('Recipient received too many messages this hour', 'Penerima menerima terlalu banyak pesan dalam jam ini'),
    t(
      'The Microsoft 365 recipient has reached how many messages per hour it may receive from all senders together. Not a registry code; Microsoft\'s own.',
      'Penerima di Microsoft 365 telah mencapai jumlah pesan per jam yang boleh diterimanya dari semua pengirim bersama-sama. Bukan kode registri; milik Microsoft sendiri.',
    ),
    t(
      'Try again later; if your system is part of the flood, lower how often it writes to that recipient.',
      'Coba lagi nanti; jika sistem Anda ikut menyumbang banjir pesan itu, kurangi seberapa sering sistem Anda mengirim ke penerima tersebut.',
    ),
  )),

  // Microsoft NDRs from the Exchange Online list (shared/data/microsoft-exchange-online-ndr): registry numbers
  // Microsoft uses more narrowly (5.1.8, 5.7.12, 4.7.26, 5.7.25) and numbers of its own.
  microsoft(
    '5.1.8',
    t('Bad outbound sender: the sending account is blocked', 'Bad outbound sender: akun pengirim diblokir'),
    t(
      'Microsoft 365 has blocked the sending account itself because it sent too much spam, which nearly always means the account was compromised. The registry\'s X.1.8 speaks of a sender domain that does not exist; here the domain is fine and the account is the problem.',
      'Microsoft 365 memblokir akun pengirim itu sendiri karena akun tersebut mengirim terlalu banyak spam, yang hampir selalu berarti akunnya dibobol. X.1.8 di registri membahas domain pengirim yang tidak ada; di sini domainnya baik-baik saja dan akunnya yang bermasalah.',
    ),
    t(
      'Treat the account as compromised: reset its password, revoke its sessions, turn on MFA and look for forwarding rules an attacker added; then have the tenant admin release it from the Restricted entities (restricted users) list in the Defender portal.',
      'Perlakukan akun itu sebagai akun yang dibobol: ganti kata sandinya, cabut sesi-sesinya, aktifkan MFA, dan cari aturan penerusan yang ditambahkan penyerang; lalu minta admin tenant melepaskannya dari daftar Restricted entities (restricted users) di portal Defender.',
    ),
  ),
  microsoft(
    '5.7.12',
    t('Sender not authenticated by the recipient\'s organization', 'Pengirim tidak diautentikasi oleh organisasi penerima'),
    t(
      'The recipient is set to accept mail only from inside its own organization, and the sender is outside it. The registry\'s X.7.12 is about a password transition needed at AUTH, which is unrelated.',
      'Penerima diatur agar hanya menerima email dari dalam organisasinya sendiri, dan pengirim berada di luar organisasi itu. X.7.12 di registri menyangkut transisi kata sandi yang diperlukan saat AUTH, yang tidak berkaitan.',
    ),
    t(
      'Nothing on the sending side fixes it: ask the recipient to have their Microsoft 365 admin allow mail from outside the organization for that recipient, or reach them at another address.',
      'Tidak ada yang dapat diperbaiki di sisi pengirim: minta penerima agar admin Microsoft 365 mereka mengizinkan email dari luar organisasi untuk penerima itu, atau hubungi mereka di alamat lain.',
    ),
  ),
  ownNumber('receiving-server', microsoft(
    '5.7.133-136',
    t('Recipient accepts mail only from inside its organization', 'Penerima hanya menerima email dari dalam organisasinya'),
    t(
      'The recipient is set to refuse mail from outside its organization, and the number says what kind of recipient it is: 5.7.133 a distribution group, 5.7.134 a mailbox, 5.7.135 a public folder, 5.7.136 a mail user. The registry has no codes in this range.',
      'Penerima diatur agar menolak email dari luar organisasinya, dan nomornya menunjukkan jenis penerimanya: 5.7.133 grup distribusi, 5.7.134 mailbox, 5.7.135 public folder, 5.7.136 mail user. Registri tidak memiliki kode dalam rentang ini.',
    ),
    t(
      'Only the recipient\'s side can change it: ask the group owner or their admin to accept external senders for that recipient (for a group, turn off "only allow messages from people inside my organization"), then resend.',
      'Hanya pihak penerima yang dapat mengubahnya: minta pemilik grup atau admin mereka agar menerima pengirim eksternal untuk penerima itu (untuk grup, matikan "only allow messages from people inside my organization"), lalu kirim ulang.',
    ),
  )),
  ownNumber('sender-config', microsoft(
    '5.7.501-503',
    t('Sending account banned for spam', 'Akun pengirim diblokir (banned) karena spam'),
    t(
      'Microsoft banned the account that sent the message after detecting spam from it (5.7.501 "spam abuse detected", 5.7.502 and 5.7.503 "banned sender"). The registry has no codes in this range.',
      'Microsoft memblokir akun yang mengirim pesan itu setelah mendeteksi spam darinya (5.7.501 "spam abuse detected", 5.7.502 dan 5.7.503 "banned sender"). Registri tidak memiliki kode dalam rentang ini.',
    ),
    t(
      'Secure the account (new password, MFA, no unknown forwarding rules or app consents), then ask Microsoft support to restore its sending; resending before that fails the same way.',
      'Amankan akun itu (kata sandi baru, MFA, tidak ada aturan penerusan atau izin aplikasi yang tidak dikenal), lalu minta tim dukungan Microsoft memulihkan kemampuan mengirimnya; mengirim ulang sebelum itu akan gagal dengan cara yang sama.',
    ),
  )),
  ownNumber('recipient-address', microsoft(
    '5.7.504',
    t('Recipient address rejected: access denied', 'Alamat penerima ditolak: akses ditolak'),
    t(
      'Microsoft refused the recipient address as not valid. The registry has no X.7.504; the number is Microsoft\'s own.',
      'Microsoft menolak alamat penerima karena dianggap tidak valid. Registri tidak memiliki X.7.504; nomor ini milik Microsoft sendiri.',
    ),
    t(
      'Check the recipient address for typos and confirm it with the recipient before sending again.',
      'Periksa alamat penerima dari salah ketik dan konfirmasikan kepada penerima sebelum mengirim lagi.',
    ),
  )),
  ownNumber('recipient-address', microsoft(
    '5.7.505',
    t('Banned recipient', 'Penerima diblokir (banned)'),
    t(
      'Microsoft will not deliver to this recipient at all: the address is banned on Microsoft\'s side. The registry has no X.7.505.',
      'Microsoft sama sekali tidak akan mengirim ke penerima ini: alamatnya diblokir di sisi Microsoft. Registri tidak memiliki X.7.505.',
    ),
    t(
      'Remove the address from your lists; if you believe the ban is a mistake, contact Microsoft support.',
      'Hapus alamat itu dari daftar Anda; jika Anda yakin pemblokiran itu keliru, hubungi tim dukungan Microsoft.',
    ),
  )),
  ownNumber('sender-config', microsoft(
    '5.7.506',
    t('Bad HELO: the client introduced itself as the receiving server', 'HELO tidak valid: klien memperkenalkan diri sebagai server tujuan'),
    t(
      'The connecting server gave the name of the Microsoft server it connects to in HELO or EHLO, instead of its own fully qualified name. Spambots do that, so Microsoft refuses. The registry has no X.7.506.',
      'Server yang terhubung memberikan nama server Microsoft yang ditujunya di HELO atau EHLO, bukan nama lengkap (FQDN) miliknya sendiri. Spambot berbuat begitu, sehingga Microsoft menolaknya. Registri tidak memiliki X.7.506.',
    ),
    t(
      'Set the outbound HELO name to your server\'s own FQDN, one that resolves and matches the PTR record of the sending IP (in Postfix, smtp_helo_name, which defaults to myhostname).',
      'Atur nama HELO keluar menjadi FQDN server Anda sendiri, yang dapat di-resolve dan cocok dengan record PTR IP pengirim (di Postfix, smtp_helo_name, yang bawaannya myhostname).',
    ),
  )),
  ownNumber('receiving-server', microsoft(
    '5.7.507',
    t('Sending IP blocked by the recipient\'s organization', 'IP pengirim diblokir oleh organisasi penerima'),
    t(
      'The recipient organization has blocked the IP you send from; the decision is theirs, not Microsoft\'s. The registry has no X.7.507.',
      'Organisasi penerima memblokir IP yang Anda pakai untuk mengirim; keputusan itu milik mereka, bukan Microsoft. Registri tidak memiliki X.7.507.',
    ),
    t(
      'Contact the recipient by another channel and ask them to lift the block for your IP.',
      'Hubungi penerima lewat saluran lain dan minta mereka mencabut pemblokiran untuk IP Anda.',
    ),
  )),
  ownNumber('sender-config', microsoft(
    '5.7.508',
    t('IPv6 range over its limits', 'Rentang IPv6 melampaui batasnya'),
    t(
      'Too many messages came from the sender\'s IPv6 range in too short a time, so Microsoft refuses more for now. The registry has no X.7.508.',
      'Terlalu banyak pesan datang dari rentang IPv6 pengirim dalam waktu terlalu singkat, sehingga Microsoft menolak pesan berikutnya untuk saat ini. Registri tidak memiliki X.7.508.',
    ),
    t(
      'Lower the sending rate from that IPv6 range to Microsoft, or send over IPv4 until the volume is down; resend the refused messages later.',
      'Turunkan laju pengiriman dari rentang IPv6 itu ke Microsoft, atau kirim lewat IPv4 sampai volumenya turun; kirim ulang pesan yang ditolak nanti.',
    ),
  )),
  ownNumber('sender-config', microsoft(
    '5.7.510',
    t('Recipient domain does not accept mail over IPv6', 'Domain penerima tidak menerima email lewat IPv6'),
    t(
      'The message came over IPv6 to a recipient domain that takes mail only over IPv4. The registry has no X.7.510.',
      'Pesan datang lewat IPv6 ke domain penerima yang hanya menerima email lewat IPv4. Registri tidak memiliki X.7.510.',
    ),
    t(
      'Send to that domain over IPv4 (in Postfix, smtp_address_preference = ipv4, or an IPv4-only transport for the domain) and resend.',
      'Kirim ke domain itu lewat IPv4 (di Postfix, smtp_address_preference = ipv4, atau transport khusus IPv4 untuk domain itu) lalu kirim ulang.',
    ),
  )),
  ownNumber('sender-config', microsoft(
    '5.7.511',
    t('Sending account banned', 'Akun pengirim diblokir (banned)'),
    t(
      'The account the message was sent from has been banned from sending, usually after it sent spam and landed on the restricted users list. The registry has no X.7.511.',
      'Akun yang dipakai untuk mengirim pesan telah diblokir dari pengiriman, biasanya setelah mengirim spam dan masuk ke daftar restricted users. Registri tidak memiliki X.7.511.',
    ),
    t(
      'Secure the account, then have the tenant admin remove it from the restricted users list in the Defender portal; resend after that.',
      'Amankan akun itu, lalu minta admin tenant menghapusnya dari daftar restricted users di portal Defender; kirim ulang setelah itu.',
    ),
  )),
  ownNumber('sender-content', microsoft(
    '5.7.512',
    t('No valid From address (RFC 5322 section 3.6.2)', 'Tidak ada alamat From yang valid (RFC 5322 bagian 3.6.2)'),
    t(
      'Office 365 refuses a message whose From header has no valid email address, for example a display name without an address or an address without its angle brackets after a name. The registry has no X.7.512.',
      'Office 365 menolak pesan yang header From-nya tidak berisi alamat email yang valid, misalnya nama tampilan tanpa alamat atau alamat tanpa kurung sudut setelah nama. Registri tidak memiliki X.7.512.',
    ),
    t(
      'Make the sending application write a proper From header, such as From: Name <user@example.com>, then resend.',
      'Buat aplikasi pengirim menulis header From yang benar, seperti From: Nama <user@example.com>, lalu kirim ulang.',
    ),
  )),
  ownNumber('network', microsoft(
    '5.4.14',
    t('Routing loop detected (Exchange Online)', 'Loop perutean terdeteksi (Exchange Online)'),
    t(
      'A configuration error made the message go round in a loop, and Exchange Online stopped it and returned it. It is Exchange Online\'s number for what the registry calls X.4.6 (routing loop), which on-premises Exchange servers send in hybrid setups.',
      'Kesalahan konfigurasi membuat pesan berputar dalam loop, lalu Exchange Online menghentikan dan mengembalikannya. Ini nomor Exchange Online untuk apa yang di registri disebut X.4.6 (loop perutean), yang dikirim server Exchange on-premises dalam penyiapan hybrid.',
    ),
    t(
      'Look for the loop: MX records or connectors that point back at each other, a forwarding rule or accepted-domain setting that sends the mail back to where it came from, or a hybrid setup where both sides think the other hosts the mailbox.',
      'Cari loop-nya: record MX atau connector yang saling menunjuk, aturan penerusan atau pengaturan accepted domain yang mengirim email kembali ke asalnya, atau penyiapan hybrid yang kedua sisinya mengira sisi lain yang meng-hosting mailbox itu.',
    ),
  )),
  ownNumber('sender-content', microsoft(
    '5.6.11',
    t('Invalid characters: bare line feeds', 'Karakter tidak valid: bare line feed'),
    t(
      'The message contains bare line feeds (LF without the CR that SMTP requires before it), added by the program that sent it, and Exchange Online refuses it. The registry has no X.6.11.',
      'Pesan itu berisi bare line feed (LF tanpa CR yang diwajibkan SMTP di depannya), yang ditambahkan oleh program pengirimnya, dan Exchange Online menolaknya. Registri tidak memiliki X.6.11.',
    ),
    t(
      'Fix the sending program or library so that every line of the message ends in CR LF; as a stopgap, send through a relay that writes every line anew with CR LF, as Postfix does.',
      'Perbaiki program atau library pengirim agar setiap baris pesan diakhiri CR LF; sebagai solusi sementara, kirim lewat relay yang menulis ulang setiap baris dengan CR LF, seperti yang dilakukan Postfix.',
    ),
  )),
  microsoft(
    '4.7.26',
    t('Mail over IPv6 must pass SPF or DKIM', 'Email lewat IPv6 wajib lolos SPF atau DKIM'),
    t(
      'Microsoft accepts anonymous mail over IPv6 only when it passes SPF or DKIM, and this message passed neither. The registry\'s X.7.26 says several authentication checks failed; Microsoft applies it to IPv6 senders in particular.',
      'Microsoft hanya menerima email anonim lewat IPv6 jika email itu lolos SPF atau DKIM, dan pesan ini tidak lolos keduanya. X.7.26 di registri menyatakan beberapa pemeriksaan autentikasi gagal; Microsoft menerapkannya khususnya pada pengirim IPv6.',
    ),
    t(
      'Add the sending IPv6 address to the domain\'s SPF record or sign the mail with DKIM; until then, send to Microsoft over IPv4.',
      'Tambahkan alamat IPv6 pengirim ke record SPF domain itu atau tandatangani email dengan DKIM; sampai saat itu, kirim ke Microsoft lewat IPv4.',
    ),
  ),
  microsoft(
    '5.7.25',
    t('Sending IPv6 address has no reverse DNS record', 'Alamat IPv6 pengirim tidak memiliki record reverse DNS'),
    t(
      'Microsoft refuses mail over IPv6 from an address without a reverse DNS (PTR) record. The registry\'s X.7.25 says reverse DNS validation failed; Microsoft requires the record for every sending IPv6 address.',
      'Microsoft menolak email lewat IPv6 dari alamat yang tidak memiliki record reverse DNS (PTR). X.7.25 di registri menyatakan validasi reverse DNS gagal; Microsoft mewajibkan record itu untuk setiap alamat IPv6 pengirim.',
    ),
    t(
      'Ask whoever owns the IPv6 range to publish a PTR record for the sending address, with a name that resolves back to it; until then, send to Microsoft over IPv4.',
      'Minta pemilik rentang IPv6 itu memublikasikan record PTR untuk alamat pengirim, dengan nama yang di-resolve kembali ke alamat tersebut; sampai saat itu, kirim ke Microsoft lewat IPv4.',
    ),
  ),

  // ------------------------------------------------------------------------------------------- Yahoo / AOL
  yahoo(
    'TSS04',
    t('Deferred for unexpected volume or complaints', 'Ditunda karena volume atau keluhan yang tidak terduga'),
    t(
      'Yahoo and AOL temporarily defer mail from the IP because of its volume or the complaints its mail draws; in practice the same tag also appears for senders with weak authentication or a poor reputation.',
      'Yahoo dan AOL untuk sementara menunda email dari IP itu karena volumenya atau keluhan yang ditimbulkan email-nya; dalam praktiknya tag yang sama juga muncul untuk pengirim dengan autentikasi yang lemah atau reputasi yang buruk.',
    ),
    t(
      'Let your queue retry at a lower rate with fewer connections, authenticate with SPF, DKIM and DMARC, remove recipients who do not engage and join Yahoo\'s complaint feedback loop; if it lasts more than a day or two, use the sender hub\'s support form.',
      'Biarkan queue Anda mencoba ulang dengan laju lebih rendah dan koneksi lebih sedikit, lakukan autentikasi dengan SPF, DKIM, dan DMARC, hapus penerima yang tidak berinteraksi, dan ikuti complaint feedback loop Yahoo; jika berlangsung lebih dari satu atau dua hari, gunakan formulir dukungan di sender hub.',
    ),
    [YAHOO_ERRORS],
    '421 4.7.0',
  ),
  yahoo(
    'TSS05',
    t('Deferred: sending IP throttled', 'Ditunda: IP pengirim dikenai rate limit'),
    t(
      'Another of Yahoo\'s temporary deferrals of the sending IP, typically reached after a burst: Yahoo takes some messages per IP and defers the rest.',
      'Satu lagi penundaan sementara Yahoo terhadap IP pengirim, biasanya terjadi setelah lonjakan pengiriman: Yahoo menerima sebagian pesan per IP dan menunda sisanya.',
    ),
    t(
      'Spread the volume over time and over fewer simultaneous connections, and let the queue retry; authenticated mail with few complaints is throttled less.',
      'Sebar volumenya dari waktu ke waktu dan lewat lebih sedikit koneksi serentak, dan biarkan queue mencoba ulang; email terautentikasi dengan sedikit keluhan dikenai rate limit yang lebih ringan.',
    ),
  ),
  yahoo(
    'TSS09',
    t('Permanently deferred: retrying will not help', 'Ditunda secara permanen: percobaan ulang tidak akan membantu'),
    t(
      'Yahoo will accept no more mail from the IP, and says outright that retries will fail.',
      'Yahoo tidak akan menerima email lagi dari IP itu, dan menyatakan terang-terangan bahwa percobaan ulang akan gagal.',
    ),
    t(
      'Stop sending to Yahoo from that IP, find out why its reputation collapsed (compromise, bought list), fix it, and contact Yahoo through the sender hub before you resume.',
      'Berhenti mengirim ke Yahoo dari IP itu, cari tahu mengapa reputasinya runtuh (pembobolan, daftar yang dibeli), perbaiki, dan hubungi Yahoo lewat sender hub sebelum Anda melanjutkan.',
    ),
  ),
  yahoo(
    'TSS11',
    t('Permanently deferred (another internal reason)', 'Ditunda secara permanen (alasan internal lain)'),
    t(
      'The same outcome as TSS09 under a different internal reason: the IP is refused for good and retries will fail.',
      'Hasil yang sama dengan TSS09 tetapi dengan alasan internal yang berbeda: IP itu ditolak untuk seterusnya dan percobaan ulang akan gagal.',
    ),
    t(
      'Treat it like TSS09: pause mail from that IP to Yahoo, correct what damaged its reputation, and ask for a review through the sender hub.',
      'Perlakukan seperti TSS09: hentikan sementara email dari IP itu ke Yahoo, perbaiki apa yang merusak reputasinya, dan minta peninjauan lewat sender hub.',
    ),
  ),
  yahoo(
    'BL21',
    t('Sending IP is on a Spamhaus list', 'IP pengirim ada di daftar Spamhaus'),
    t(
      'Yahoo refuses connections from the IP because a Spamhaus block list lists it.',
      'Yahoo menolak koneksi dari IP itu karena IP tersebut tercantum di salah satu blocklist Spamhaus.',
    ),
    t(
      'Look the IP up at Spamhaus, fix the reason it was listed and ask for removal there; Yahoo follows the listing, so mail flows again once it is gone.',
      'Periksa IP itu di Spamhaus, perbaiki alasan IP itu masuk daftar, dan minta penghapusan di sana; Yahoo mengikuti daftar tersebut, jadi email mengalir lagi setelah IP itu dihapus dari daftar.',
    ),
    [YAHOO_ERRORS, SPAMHAUS_CHECK],
    '553 5.7.1',
  ),
  yahoo(
    'BL23',
    t('Sending IP is on the Spamhaus XBL', 'IP pengirim ada di Spamhaus XBL'),
    t(
      'The IP is on the Spamhaus Exploits Block List, which lists hosts running malware or open proxies, so Yahoo refuses the connection.',
      'IP itu ada di Spamhaus Exploits Block List, yang mencantumkan host yang menjalankan malware atau open proxy, sehingga Yahoo menolak koneksinya.',
    ),
    t(
      'Check the host and the network behind it for malware or a compromised device, clean it, request delisting at Spamhaus, and let mail leave only through your mail server.',
      'Periksa host itu dan jaringan di belakangnya, apakah ada malware atau perangkat yang dibobol, bersihkan, ajukan delisting di Spamhaus, dan biarkan email keluar hanya lewat server email Anda.',
    ),
    [YAHOO_ERRORS, SPAMHAUS_CHECK],
    '553 5.7.1',
  ),
  yahoo(
    'IPTS04',
    t('Sending IP blocked for reputation', 'IP pengirim diblokir karena reputasi'),
    t(
      'A block of the sending IP on reputation grounds, seen mostly on AOL and older Yahoo servers.',
      'Pemblokiran IP pengirim dengan alasan reputasi, terutama terlihat di AOL dan server Yahoo yang lebih lama.',
    ),
    t(
      'Review what the IP has been sending, clean up the cause, and ask for a review through Yahoo\'s sender hub; removal depends on clean traffic afterwards.',
      'Tinjau apa saja yang selama ini dikirim IP itu, bereskan penyebabnya, dan minta peninjauan lewat sender hub Yahoo; pencabutan blokir bergantung pada lalu lintas yang bersih sesudahnya.',
    ),
  ),
  yahoo(
    'PH01',
    t('Suspected phishing', 'Diduga phishing'),
    t(
      'Yahoo refused the message because its content or links look like phishing.',
      'Yahoo menolak pesan itu karena isi atau tautannya tampak seperti phishing.',
    ),
    t(
      'Check the links and images (URL shorteners, link text that differs from the target, links to compromised sites), remove the suspicious ones, and request a review through the sender hub if the mail is legitimate.',
      'Periksa tautan dan gambar (pemendek URL, teks tautan yang berbeda dari tujuannya, tautan ke situs yang dibobol), hapus yang mencurigakan, dan minta peninjauan lewat sender hub jika email-nya sah.',
    ),
    [YAHOO_ERRORS],
    '554',
  ),
  yahoo(
    '5.7.9',
    t('Refused for policy: DMARC or unauthenticated sender', 'Ditolak karena kebijakan: DMARC atau pengirim tanpa autentikasi'),
    t(
      'Yahoo uses 5.7.9 for mail refused on policy grounds, most often a DMARC failure or a sender that passes neither SPF nor DKIM. The registry\'s X.7.9 is about a SASL authentication mechanism that is too weak, which is unrelated.',
      'Yahoo memakai 5.7.9 untuk email yang ditolak dengan alasan kebijakan, paling sering kegagalan DMARC atau pengirim yang tidak lolos SPF maupun DKIM. X.7.9 di registri menyangkut mekanisme autentikasi SASL yang terlalu lemah, yang tidak berkaitan.',
    ),
    t(
      'Authenticate the mail with SPF and DKIM aligned with the From domain and publish DMARC; never send with a From address at a provider\'s domain such as yahoo.com or aol.com through your own servers. Then resend.',
      'Autentikasikan email dengan SPF dan DKIM yang selaras dengan domain From dan publikasikan DMARC; jangan pernah mengirim dengan alamat From di domain penyedia seperti yahoo.com atau aol.com lewat server Anda sendiri. Lalu kirim ulang.',
    ),
  ),
];

/**
 * "5.7.606-649" holds 5.7.606 to 5.7.649: an enhanced code of the range's class and subject whose detail (one to
 * three digits) lies within the bounds. False when `range` is not written as a range (an exact code, a tag).
 */
export function rangeHolds(range: string, enhanced: string): boolean {
  const m = /^(\d\.\d{1,3}\.)(\d{1,3})-(\d{1,3})$/.exec(range);
  if (!m || !enhanced.startsWith(m[1])) return false;
  const detail = enhanced.slice(m[1].length);
  return /^\d{1,3}$/.test(detail) && Number(detail) >= Number(m[2]) && Number(detail) <= Number(m[3]);
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

interface Candidate {
  usage: ProviderUsage;
  isTag: boolean;
  /** Its code is the enhanced or basic code (else a range holding the enhanced code). */
  isExact: boolean;
}

/**
 * The entries that may apply to a code pair, in table order: every tag entry, and the entries of the same
 * code or a range holding it. Computed once per pair: a log's problems repeat a few pairs thousands of
 * times, and testing all entries (a regular expression for each range) cost more than the rest of a
 * lookup.
 */
const candidatesByPair = new Map<string, Candidate[]>();

function candidatesFor(code: string | null, enhanced: string | null): Candidate[] {
  const key = `${code ?? '-'} ${enhanced ?? '-'}`;
  let found = candidatesByPair.get(key);
  if (found === undefined) {
    found = [];
    for (const usage of providerUsages) {
      if (TAG.test(usage.code)) {
        found.push({ usage, isTag: true, isExact: true });
        continue;
      }
      const isExact = (enhanced !== null && usage.code === enhanced) || (code !== null && usage.code === code);
      if (isExact || (enhanced !== null && rangeHolds(usage.code, enhanced))) found.push({ usage, isTag: false, isExact });
    }
    if (candidatesByPair.size > 5000) candidatesByPair.clear();
    candidatesByPair.set(key, found);
  }
  return found;
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
  for (const { usage, isTag, isExact } of candidatesFor(code, enhanced)) {
    if (isTag) {
      if (hasTag(text, usage.code)) exact.push(usage);
      continue;
    }
    if (!recognizes(usage, lowerText, lowerHost)) continue;
    (isExact ? exact : ranged).push(usage);
  }
  const exactProviders = new Set(exact.filter((u) => !TAG.test(u.code)).map((u) => u.provider));
  return [...exact, ...ranged.filter((u) => !exactProviders.has(u.provider))];
}
