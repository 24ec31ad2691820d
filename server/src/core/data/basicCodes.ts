// Every basic reply code the knowledge base explains: RFC 5321 section 4.2.3 and the extension replies
// (AUTH RFC 4954, STARTTLS RFC 3207, RFC 7504, SIZE RFC 1870, SMTPUTF8 RFC 6531, RFC 5248, LMTP RFC 2033).
// Facts (codes, titles, RFC sections) come from shared/data; every sentence is written for this project.
//
// Rows of shared/data/smtp-reply-codes.json that were wrong or doubtful when checked against the RFC text:
// - 550 "UTF-8 header message cannot be transferred" (5.6.9): RFC 6531 section 3.5 names 554 "Transaction
//   failed" for a rejection after the final dot; 550 is only the IANA registry's associated basic code.
//   Modelled under 554 (typicalEnhanced 5.6.9), not 550.
// - 553 "UTF-8 reply required but not permitted by client" (5.6.8): RFC 6531 section 3.7.4.2 tells the server
//   to answer such a VRFY/EXPN with 252 or 550; 553 appears only in the registry's associated-code list.
//   Modelled under 252.
// - 553 "Non-ASCII addresses not permitted for that sender/recipient" (5.6.7): right for RCPT TO only. RFC 6531
//   section 3.5 gives 553 for a recipient and 550 for a rejected MAIL FROM address (the row's note has the 550).
// - 501 "Cannot Base64-decode client response / AUTH cancelled" with "5.5.2 / 5.7.0": RFC 4954 section 4 gives
//   5.5.2 for the undecodable response only; for a "*" cancel it asks for a bare 501. 5.7.0 is what Postfix
//   sends ("Authentication aborted"), practice rather than the RFC.
// - 530 note "Must issue a STARTTLS command first (5.7.0)": RFC 3207 section 4 gives the text without an
//   enhanced code; 5.7.0 is common practice (and what RFC 4954 pairs with "Authentication required").
// - 220 "Ready to start TLS" with "2.0.0 (common)": RFC 3207 defines no enhanced code; the row says so.
// - 552 (5.3.4) and 452 (4.3.1) under "RFC 1870 section 6": the replies are in RFC 1870, the enhanced codes are
//   not (RFC 1870 predates RFC 3463); they are the RFC 3463 codes servers usually pair with those replies.
// - 521 and 556 "RFC 7504 section 3": the section number could not be checked offline, so the references
//   below point to the whole of RFC 7504 (and to RFC 7505 for the null MX that produces 556).
// - 523 and 525 "RFC 5248": RFC 5248 is the enhanced-code registry; 523 and 525 are only the registry's
//   associated basic codes for X.7.10 and X.7.13, not replies an SMTP specification defines. 523/X.7.10
//   overlaps RFC 4954's 538/5.7.11. Kept, and described as rare.
// - 504 note "also RFC 3207 STARTTLS parameter errors use 501": correct, but it belongs to 501 (folded there).
// All other rows (235, 334, 432, 454, 500 5.5.6, 530, 534, 535, 538 per RFC 4954 section 6; 454/501/530 per
// RFC 3207 section 4; LMTP 452 per RFC 2033 section 4.2; BDAT 250 per RFC 3030) match the RFC text.
import type { BasicCodeEntry, LocalizedText, RelatedCode } from '../types';
import { rfc } from './references';

function t(en: string, id: string): LocalizedText {
  return { en, id };
}

function rel(code: string, en: string, id: string): RelatedCode {
  return { code, difference: { en, id } };
}

export const basicCodes: BasicCodeEntry[] = [
  // ---------------------------------------------------------------- 2yz positive completion
  {
    code: '211',
    title: t(`System status or help reply`, `Status sistem atau balasan bantuan`),
    description: t(
      `A positive, informational reply in which the server reports its own state or answers a request for general help. No command is required to produce it, so it only comes from servers that implement a status report or an extended HELP, and it says nothing about any message.`,
      `Balasan positif yang bersifat informasi: server melaporkan keadaannya sendiri atau menjawab permintaan bantuan umum. Tidak ada perintah yang wajib menghasilkannya, jadi kode ini hanya datang dari server yang menyediakan laporan status atau HELP yang diperluas, dan tidak menyangkut pesan apa pun.`,
    ),
    whenYouSeeIt: t(
      `Mostly in interactive sessions, when someone typed HELP or a vendor-specific status command while testing a server with telnet, openssl s_client or swaks. A few appliances answer a bare HELP with 211 rather than 214. It never appears in the normal delivery path of a message.`,
      `Biasanya pada sesi interaktif, ketika seseorang mengetik HELP atau perintah status khusus vendor saat menguji server dengan telnet, openssl s_client, atau swaks. Beberapa perangkat (appliance) menjawab HELP tanpa argumen dengan 211, bukan 214. Kode ini tidak pernah muncul dalam jalur pengiriman pesan yang normal.`,
    ),
    howToFix: {
      sender: t(
        `Nothing to fix: the server answered what was asked. If a script expects 214 after HELP, let it accept any 2xx there, since both are successful informational answers.`,
        `Tidak ada yang perlu diperbaiki: server menjawab apa yang ditanyakan. Jika skrip Anda mengharapkan 214 setelah HELP, biarkan skrip menerima 2xx apa pun di situ, karena keduanya merupakan jawaban informasi yang berhasil.`,
      ),
      receiver: t(
        `Nothing is wrong. If you prefer not to reveal software names or versions, trim the status and help output in the MTA configuration; anyone who connects can read it.`,
        `Tidak ada masalah. Jika Anda tidak ingin nama atau versi perangkat lunak terlihat, pangkas keluaran status dan bantuan di konfigurasi MTA; siapa pun yang terhubung dapat membacanya.`,
      ),
    },
    useWhen: t(
      `Send 211 only as the answer to a status-type request, for example a HELP without arguments if your server reports its state there. For help text aimed at a person, 214 is the usual choice; a plain NOOP gets 250.`,
      `Kirim 211 hanya sebagai jawaban atas permintaan jenis status, misalnya HELP tanpa argumen jika server Anda melaporkan keadaannya di situ. Untuk teks bantuan bagi manusia, 214 adalah pilihan yang lazim; NOOP tanpa argumen dijawab dengan 250.`,
    ),
    actor: 'none',
    phase: 'any',
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.3.2')],
    related: [
      rel(
        '214',
        `211 reports the server's status or gives a system-level help reply; 214 carries help text written for a person. Both are successes and neither affects mail delivery.`,
        `211 melaporkan status server atau memberi balasan bantuan tingkat sistem; 214 membawa teks bantuan yang ditulis untuk manusia. Keduanya sukses dan tidak memengaruhi pengiriman email.`,
      ),
    ],
    typicalEnhanced: [],
  },
  {
    code: '214',
    title: t(`Help message`, `Pesan bantuan`),
    description: t(
      `The server is returning help text meant for a human reader: how to use this server, or what a particular (often non-standard) command does. It is the ordinary success reply to HELP and has no bearing on mail delivery.`,
      `Server mengirim teks bantuan yang ditujukan bagi pembaca manusia: cara memakai server ini, atau fungsi suatu perintah (sering perintah nonstandar). Ini adalah balasan sukses biasa untuk HELP dan tidak berkaitan dengan pengiriman email.`,
    ),
    whenYouSeeIt: t(
      `In transcripts of manual tests or monitoring probes that sent HELP. Exim and Sendmail answer with 214 and a list of commands or a pointer to documentation, while Postfix does not implement HELP and answers 502. Automated mail clients almost never send HELP.`,
      `Pada transkrip uji manual atau probe pemantauan yang mengirim HELP. Exim dan Sendmail menjawab dengan 214 beserta daftar perintah atau petunjuk ke dokumentasi, sedangkan Postfix tidak menyediakan HELP dan menjawab 502. Klien email otomatis hampir tidak pernah mengirim HELP.`,
    ),
    howToFix: {
      sender: t(
        `Nothing to fix. Read the text if you are exploring a server by hand, but learn its capabilities from the EHLO reply, not from HELP output.`,
        `Tidak ada yang perlu diperbaiki. Baca teksnya jika Anda sedang menjelajahi server secara manual, tetapi kenali kemampuan server dari balasan EHLO, bukan dari keluaran HELP.`,
      ),
      receiver: t(
        `Nothing is wrong. Keep the help text short and free of version details, or disable HELP if your policy hides the server's identity.`,
        `Tidak ada masalah. Buat teks bantuan singkat dan tanpa detail versi, atau nonaktifkan HELP jika kebijakan Anda menyembunyikan identitas server.`,
      ),
    },
    useWhen: t(
      `Answer 214 to a HELP command you support, with text addressed to a person. If HELP is not implemented at all, 502 is the honest answer; if HELP names a topic you do not know, 504 fits.`,
      `Jawab 214 untuk perintah HELP yang Anda dukung, dengan teks untuk manusia. Jika HELP sama sekali tidak disediakan, 502 adalah jawaban yang jujur; jika HELP menyebut topik yang tidak Anda kenal, 504 lebih cocok.`,
    ),
    actor: 'none',
    phase: 'any',
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.1.1.8')],
    related: [
      rel(
        '211',
        `214 is help text for a human reader; 211 is a status or system help reply. A client should accept either as a successful answer to HELP.`,
        `214 adalah teks bantuan untuk pembaca manusia; 211 adalah balasan status atau bantuan sistem. Klien sebaiknya menerima keduanya sebagai jawaban HELP yang berhasil.`,
      ),
      rel(
        '502',
        `502 is what a server returns when it does not implement HELP at all; 214 means help exists and was returned.`,
        `502 adalah jawaban server yang sama sekali tidak menyediakan HELP; 214 berarti bantuan tersedia dan sudah dikirim.`,
      ),
    ],
    typicalEnhanced: ['2.0.0'],
  },
  {
    code: '220',
    title: t(`Service ready`, `Layanan siap`),
    description: t(
      `The server's greeting: it is willing to talk SMTP and the client may now send EHLO. The same code is also the positive answer to STARTTLS (RFC 3207), telling the client to begin the TLS handshake at once on the same connection.`,
      `Salam pembuka dari server: server bersedia berkomunikasi melalui SMTP dan klien kini boleh mengirim EHLO. Kode yang sama juga merupakan jawaban positif untuk STARTTLS (RFC 3207), yang meminta klien segera memulai handshake TLS pada koneksi yang sama.`,
    ),
    whenYouSeeIt: t(
      `On the first line of every successful SMTP session, usually followed by the server's host name and a software banner. In a transcript it appears a second time right after STARTTLS ("220 2.0.0 Ready to start TLS"); if the session stalls after that line, the trouble is in the TLS handshake, not in SMTP.`,
      `Pada baris pertama setiap sesi SMTP yang berhasil, biasanya diikuti nama host server dan banner perangkat lunak. Dalam transkrip, kode ini muncul untuk kedua kalinya tepat setelah STARTTLS ("220 2.0.0 Ready to start TLS"); jika sesi macet setelah baris itu, masalahnya ada pada handshake TLS, bukan pada SMTP.`,
    ),
    howToFix: {
      sender: t(
        `Nothing to fix when it arrives; if delivery fails later, read the replies after this greeting. If no 220 comes at all, check that the server is running and listening, that you connect to the right port (25 between servers, 587 or 465 for submission), and that no firewall drops the connection. On port 465 the 220 comes only after the TLS handshake, so a client that waits for the greeting before starting TLS hangs there. A pause of several seconds before the 220 usually means the receiver is checking your IP's reverse DNS or blocklist status, or is waiting on purpose to catch clients that talk too early.`,
        `Tidak ada yang perlu diperbaiki ketika kode ini datang; jika pengiriman gagal di tahap berikutnya, baca balasan setelah salam ini. Jika 220 sama sekali tidak datang, periksa apakah server berjalan dan menerima koneksi, apakah Anda terhubung ke port yang benar (25 antarserver, 587 atau 465 untuk submission), dan apakah ada firewall yang membuang koneksinya. Di port 465, 220 baru datang setelah handshake TLS, sehingga klien yang menunggu salam sebelum memulai TLS akan macet di situ. Jeda beberapa detik sebelum 220 biasanya berarti server tujuan sedang memeriksa reverse DNS atau status blocklist IP Anda, atau sengaja menunggu untuk menjebak klien yang mengirim perintah terlalu dini.`,
      ),
      receiver: t(
        `Nothing is wrong. Make sure the host name in the banner matches the server's PTR record and certificate, since some senders and audits compare them, and keep any greeting delay (postscreen or similar) short enough that legitimate senders do not time out.`,
        `Tidak ada masalah. Pastikan nama host di banner cocok dengan record PTR dan sertifikat server, karena sebagian pengirim dan audit membandingkannya, dan jaga agar jeda salam pembuka (postscreen atau sejenisnya) cukup singkat sehingga pengirim yang sah tidak terkena timeout.`,
      ),
    },
    useWhen: t(
      `Send 220 as the opening line whenever you are ready for a session, and as the reply to STARTTLS when you are about to start TLS. If you are up but overloaded or shutting down, open with 421; if this host never takes mail, open with 521 (554 on older software) instead of greeting and then refusing everything.`,
      `Kirim 220 sebagai baris pembuka setiap kali Anda siap menerima sesi, dan sebagai balasan STARTTLS ketika Anda akan memulai TLS. Jika server berjalan tetapi kelebihan beban atau sedang dimatikan, buka dengan 421; jika host ini tidak pernah menerima email, buka dengan 521 (554 pada perangkat lunak lama) alih-alih memberi salam lalu menolak semuanya.`,
    ),
    actor: 'none',
    phase: 'greeting',
    references: [rfc(5321, '4.2.3'), rfc(5321, '3.1'), rfc(3207, '4')],
    related: [
      rel(
        '421',
        `Both can be the first line of a session. 220 invites the client to go on; 421 at the greeting means the server is busy or going down, so the client disconnects and retries later, preferably at another MX.`,
        `Keduanya bisa menjadi baris pertama sesi. 220 mempersilakan klien melanjutkan; 421 saat salam berarti server sibuk atau akan dimatikan, sehingga klien memutus koneksi dan mencoba lagi nanti, sebaiknya ke MX lain.`,
      ),
      rel(
        '554',
        `554 in place of the greeting means there is no SMTP service here for this client: it should send QUIT and not retry this host for the message. 220 opens a normal session.`,
        `554 sebagai pengganti salam berarti tidak ada layanan SMTP di sini untuk klien ini: klien sebaiknya mengirim QUIT dan tidak mencoba host ini lagi untuk pesan tersebut. 220 membuka sesi yang normal.`,
      ),
      rel(
        '521',
        `521 at the greeting says the host never accepts mail (RFC 7504), so the client gives up on it; 220 says the host is ready now.`,
        `521 saat salam menyatakan host itu tidak pernah menerima email (RFC 7504), sehingga klien berhenti mencoba host itu; 220 menyatakan host siap sekarang.`,
      ),
      rel(
        '454',
        `As the reply to STARTTLS, 220 means "start the TLS handshake now"; 454 means TLS cannot be started at the moment, so the client continues without it or retries later.`,
        `Sebagai balasan STARTTLS, 220 berarti "mulai handshake TLS sekarang"; 454 berarti TLS tidak dapat dimulai saat ini, sehingga klien melanjutkan tanpa TLS atau mencoba lagi nanti.`,
      ),
    ],
    typicalEnhanced: ['2.0.0'],
  },
  {
    code: '221',
    title: t(`Service closing transmission channel`, `Layanan menutup saluran transmisi`),
    description: t(
      `The server acknowledges that the session is over and is closing the connection. It is the normal answer to QUIT and marks a tidy end of the conversation, whatever happened to the messages before it.`,
      `Server mengonfirmasi bahwa sesi selesai dan koneksi akan ditutup. Ini jawaban normal untuk QUIT dan menandai akhir percakapan yang rapi, apa pun yang terjadi pada pesan-pesan sebelumnya.`,
    ),
    whenYouSeeIt: t(
      `At the end of almost every transcript, right after the client sends QUIT, often as "221 2.0.0 Bye" or "closing connection". By itself it tells you nothing about whether the messages in that session were accepted; for that, read the reply that followed each DATA.`,
      `Di akhir hampir setiap transkrip, tepat setelah klien mengirim QUIT, sering berbunyi "221 2.0.0 Bye" atau "closing connection". Kode ini sendiri tidak memberi tahu apakah pesan-pesan dalam sesi itu diterima; untuk itu, baca balasan yang muncul setelah setiap DATA.`,
    ),
    howToFix: {
      sender: t(
        `Nothing to fix. If the client logs an error right after 221, it is usually a client that closed the socket before reading the reply, or a TLS shutdown quirk; both are harmless.`,
        `Tidak ada yang perlu diperbaiki. Jika klien mencatat kesalahan tepat setelah 221, biasanya karena klien menutup soket sebelum membaca balasan, atau karena keanehan saat TLS ditutup; keduanya tidak berbahaya.`,
      ),
      receiver: t(
        `Nothing is wrong. Sessions that end without QUIT (no 221 in your log) reflect the client's behaviour, not a fault of your server; spam bots in particular rarely say goodbye.`,
        `Tidak ada masalah. Sesi yang berakhir tanpa QUIT (tidak ada 221 di log Anda) mencerminkan perilaku klien, bukan kesalahan server Anda; bot spam khususnya jarang berpamitan.`,
      ),
    },
    useWhen: t(
      `Send 221 in reply to QUIT and then close the connection. If you have to end the session yourself because of shutdown, overload or abuse, use 421, which tells the client the close was not its own request and that it should retry later.`,
      `Kirim 221 sebagai balasan QUIT lalu tutup koneksi. Jika Anda harus mengakhiri sesi atas inisiatif sendiri karena server dimatikan, kelebihan beban, atau penyalahgunaan, gunakan 421, yang memberi tahu klien bahwa penutupan itu bukan permintaannya dan ia sebaiknya mencoba lagi nanti.`,
    ),
    actor: 'none',
    phase: 'connection',
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.1.1.10')],
    related: [
      rel(
        '421',
        `221 is the polite answer to the client's QUIT; 421 is the server hanging up on its own, which leaves any unfinished message for a later retry.`,
        `221 adalah jawaban sopan atas QUIT dari klien; 421 adalah server yang menutup koneksi atas kemauannya sendiri, sehingga pesan yang belum selesai ditunda untuk dicoba ulang nanti.`,
      ),
    ],
    typicalEnhanced: ['2.0.0'],
  },
  {
    code: '235',
    title: t(`Authentication succeeded`, `Autentikasi berhasil`),
    description: t(
      `The AUTH exchange has finished and the server accepted the credentials (RFC 4954). From now on the session is tied to that account, and the server applies its permissions, typically the right to relay mail to other domains.`,
      `Pertukaran AUTH sudah selesai dan server menerima kredensialnya (RFC 4954). Mulai saat ini sesi terikat pada akun tersebut, dan server menerapkan hak aksesnya, biasanya hak untuk meneruskan (relay) email ke domain lain.`,
    ),
    whenYouSeeIt: t(
      `On the submission ports (587 or 465) after a mail client, an application or a smarthost relay logs in, usually as "235 2.7.0 Authentication successful". In server logs it goes with Postfix's sasl_username= or Exim's A= field, which name the account that logged in.`,
      `Pada port submission (587 atau 465) setelah klien email, aplikasi, atau relay smarthost melakukan login, biasanya berbunyi "235 2.7.0 Authentication successful". Di log server, kode ini berpasangan dengan kolom sasl_username= pada Postfix atau A= pada Exim, yang menyebut akun yang login.`,
    ),
    howToFix: {
      sender: t(
        `Nothing to fix. If a later MAIL FROM or RCPT TO is still refused, the cause is the account's sending rights or the envelope sender address, not the password.`,
        `Tidak ada yang perlu diperbaiki. Jika MAIL FROM atau RCPT TO berikutnya tetap ditolak, penyebabnya adalah hak kirim akun atau alamat pengirim envelope, bukan kata sandi.`,
      ),
      receiver: t(
        `Nothing is wrong. Do watch for bursts of 235 for one account from many IPs or countries: that pattern usually means a stolen password is being used to send spam, and the account should be locked and its password reset.`,
        `Tidak ada masalah. Namun, waspadai lonjakan 235 untuk satu akun dari banyak IP atau negara: pola itu biasanya berarti kata sandi curian sedang dipakai untuk mengirim spam, dan akun tersebut perlu dikunci serta kata sandinya diganti.`,
      ),
    },
    useWhen: t(
      `Send 235 only when the SASL mechanism has completed and the identity is verified. If the credentials are wrong, send 535; if the backend that checks them is unreachable, send 454 so the client retries instead of reporting a bad password.`,
      `Kirim 235 hanya ketika mekanisme SASL sudah selesai dan identitas terverifikasi. Jika kredensialnya salah, kirim 535; jika backend pemeriksanya tidak dapat dihubungi, kirim 454 agar klien mencoba lagi alih-alih melaporkan kata sandi yang salah.`,
    ),
    actor: 'none',
    phase: 'auth',
    references: [rfc(4954, '4'), rfc(4954, '6')],
    related: [
      rel(
        '535',
        `235 ends AUTH with success; 535 ends the same exchange with rejected credentials. Compare the lines before each to see which account was tried.`,
        `235 mengakhiri AUTH dengan sukses; 535 mengakhiri pertukaran yang sama dengan kredensial yang ditolak. Bandingkan baris sebelum masing-masing untuk melihat akun mana yang dicoba.`,
      ),
      rel(
        '334',
        `334 is a step inside AUTH that asks the client for more data; 235 is the final success.`,
        `334 adalah langkah di dalam AUTH yang meminta data tambahan dari klien; 235 adalah keberhasilan akhirnya.`,
      ),
    ],
    typicalEnhanced: ['2.7.0'],
  },
  {
    code: '250',
    title: t(`Requested action completed`, `Tindakan yang diminta selesai`),
    description: t(
      `The command worked. What that means depends on the command: after EHLO the server lists the extensions it offers, after MAIL FROM or RCPT TO the address is accepted, and after the final dot of DATA the receiver has taken responsibility for the message and must deliver it or send a bounce.`,
      `Perintah berhasil. Maknanya bergantung pada perintahnya: setelah EHLO, server mencantumkan ekstensi yang ditawarkan, setelah MAIL FROM atau RCPT TO, alamatnya diterima, dan setelah titik penutup DATA, penerima mengambil alih tanggung jawab atas pesan dan wajib mengantarkannya atau mengirim pemberitahuan gagal kirim (bounce).`,
    ),
    whenYouSeeIt: t(
      `Everywhere in a healthy log: the multi-line EHLO reply (250-PIPELINING, 250-SIZE, 250 SMTPUTF8), "250 2.1.0 Ok" for the sender, "250 2.1.5 Ok" for each recipient, and "250 2.0.0 Ok: queued as 4F2A..." after DATA, which Postfix records as status=sent. In LMTP (RFC 2033) one 250 per accepted recipient follows the data, and with CHUNKING (RFC 3030) every BDAT chunk gets its own 250.`,
      `Ada di seluruh log yang normal: balasan EHLO multibaris (250-PIPELINING, 250-SIZE, 250 SMTPUTF8), "250 2.1.0 Ok" untuk pengirim, "250 2.1.5 Ok" untuk setiap penerima, dan "250 2.0.0 Ok: queued as 4F2A..." setelah DATA, yang dicatat Postfix sebagai status=sent. Pada LMTP (RFC 2033), setelah data menyusul satu 250 untuk setiap penerima yang diterima, dan dengan CHUNKING (RFC 3030) setiap potongan BDAT mendapat 250 sendiri.`,
    ),
    howToFix: {
      sender: t(
        `Nothing to fix. A 250 after DATA ends your responsibility: if the recipient says the mail never arrived, give the receiving side the queue ID quoted in the reply, because the message was filtered or lost on their side.`,
        `Tidak ada yang perlu diperbaiki. Balasan 250 setelah DATA mengakhiri tanggung jawab Anda: jika penerima mengaku email tidak pernah tiba, berikan queue ID yang disebut dalam balasan kepada pihak penerima, karena pesan tersaring atau hilang di sisi mereka.`,
      ),
      receiver: t(
        `Nothing is wrong, but keep the promise it makes: once you answer 250 to the final dot, you must deliver or bounce. Filters that later drop such mail silently (rather than filing it as spam) make senders lose it without notice, so reject during the session when you can.`,
        `Tidak ada masalah, tetapi tepati janji yang dibuatnya: begitu Anda menjawab 250 pada titik penutup, Anda wajib mengantarkan atau mengembalikan pesan. Filter yang kemudian membuang email seperti itu diam-diam (bukan memindahkannya ke folder spam) membuat pengirim kehilangan pesan tanpa pemberitahuan, jadi sebisa mungkin tolaklah selama sesi berlangsung.`,
      ),
    },
    useWhen: t(
      `Send 250 when a command fully succeeded and there is nothing more to say: EHLO, MAIL, RCPT, the end of DATA, RSET, NOOP. If you accept a recipient only to forward it elsewhere, 251 says so; if you cannot check an address given to VRFY but will still take mail for it, answer 252.`,
      `Kirim 250 ketika perintah berhasil sepenuhnya dan tidak ada lagi yang perlu disampaikan: EHLO, MAIL, RCPT, akhir DATA, RSET, NOOP. Jika Anda menerima alamat penerima hanya untuk meneruskan pesannya ke tempat lain, 251 menyatakan hal itu; jika Anda tidak bisa memeriksa alamat yang diberikan ke VRFY tetapi tetap mau menerima email untuknya, jawab 252.`,
    ),
    actor: 'none',
    phase: 'any',
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.2.5'), rfc(2033, '4.2'), rfc(3030, '2'), rfc(2920)],
    related: [
      rel(
        '251',
        `Both accept the recipient. 251 adds that the mailbox lives elsewhere and that the server will forward the message there; 250 says nothing about where delivery happens.`,
        `Keduanya menerima alamat penerima. 251 menambahkan bahwa mailbox berada di tempat lain dan server akan meneruskan pesan ke sana; 250 tidak mengatakan apa pun tentang tempat pesan diantarkan.`,
      ),
      rel(
        '354',
        `354 after the DATA command only invites the message; the 250 after the final dot is the real acceptance and the moment responsibility passes to the receiver.`,
        `354 setelah perintah DATA hanya mengundang pesan; 250 setelah titik penutup adalah penerimaan yang sebenarnya dan saat tanggung jawab berpindah ke penerima.`,
      ),
      rel(
        '252',
        `For VRFY, 250 confirms that the mailbox exists, usually giving its name; 252 declines to confirm but says mail would still be accepted.`,
        `Untuk VRFY, 250 membenarkan bahwa mailbox itu ada, biasanya dengan menyebut namanya; 252 menolak memastikan tetapi menyatakan email tetap akan diterima.`,
      ),
    ],
    typicalEnhanced: ['2.0.0', '2.1.0', '2.1.5', '2.6.0'],
  },
  {
    code: '251',
    title: t(`User not local; will forward`, `Pengguna tidak lokal; akan diteruskan`),
    description: t(
      `The recipient is accepted, but the server points out that the mailbox is not hosted here and that it will pass the message on to another address named in the reply. For the sender this is a success: delivery continues without any action on its part.`,
      `Penerima diterima, tetapi server menjelaskan bahwa mailbox itu tidak berada di sini dan pesan akan diteruskan ke alamat lain yang disebut dalam balasan. Bagi pengirim, ini keberhasilan: pengiriman berlanjut tanpa perlu tindakan apa pun darinya.`,
    ),
    whenYouSeeIt: t(
      `Rarely today. It shows up in RCPT TO replies from older or custom servers that still announce forwarding, for instance after a user moved to another domain and the old server keeps a forwarding entry. Most current MTAs forward silently and answer a plain 250.`,
      `Jarang sekali sekarang. Kode ini muncul pada balasan RCPT TO dari server lama atau buatan sendiri yang masih mengumumkan penerusan, misalnya setelah pengguna pindah ke domain lain dan server lama menyimpan entri penerusan. Sebagian besar MTA masa kini meneruskan tanpa pemberitahuan dan cukup menjawab 250.`,
    ),
    howToFix: {
      sender: t(
        `Nothing to fix for this message. If you maintain the address book or mailing list that used this address, update the entry to the new address from the reply so future mail goes there directly.`,
        `Tidak ada yang perlu diperbaiki untuk pesan ini. Jika Anda mengelola buku alamat atau milis yang memakai alamat ini, perbarui entrinya ke alamat baru dari balasan tersebut agar email berikutnya langsung ke sana.`,
      ),
      receiver: t(
        `Nothing is wrong. Check that the forwarding target is still valid and that forwarded mail will pass SPF and DMARC at the final destination (SRS or ARC on the forwarder); otherwise the second hop may reject it.`,
        `Tidak ada masalah. Pastikan tujuan penerusan masih berlaku dan bahwa email yang diteruskan akan lolos SPF dan DMARC di tujuan akhir (SRS atau ARC pada server penerus); jika tidak, hop kedua bisa menolaknya.`,
      ),
    },
    useWhen: t(
      `Send 251 when you accept a recipient that you will relay to a known new address and want the sender to learn about it. If you would rather refuse here and have the sender resend to the new address itself, use 551; if forwarding is just internal routing, 250 is enough.`,
      `Kirim 251 ketika Anda menerima alamat penerima yang pesannya akan Anda teruskan ke alamat baru yang diketahui dan Anda ingin pengirim mengetahuinya. Jika Anda lebih suka menolak di sini dan meminta pengirim mengirim ulang sendiri ke alamat baru, gunakan 551; jika penerusan hanyalah perutean internal, 250 sudah cukup.`,
    ),
    actor: 'none',
    phase: 'envelope-recipient',
    references: [rfc(5321, '4.2.3'), rfc(5321, '3.4'), rfc(6531, '3.7.4.1')],
    related: [
      rel(
        '551',
        `251 accepts the message and forwards it, so delivery succeeds without the sender doing anything. 551 refuses it and names the new address, so the sender has to resend there itself.`,
        `251 menerima pesan dan meneruskannya, sehingga pengiriman berhasil tanpa pengirim melakukan apa pun. 551 menolaknya dan menyebut alamat baru, sehingga pengirim harus mengirim ulang sendiri ke sana.`,
      ),
      rel(
        '250',
        `250 accepts the recipient without comment; 251 accepts it and discloses that the message will be forwarded to another address.`,
        `250 menerima alamat penerima tanpa keterangan; 251 menerimanya sambil memberi tahu bahwa pesan akan diteruskan ke alamat lain.`,
      ),
    ],
    typicalEnhanced: ['2.1.5'],
  },
  {
    code: '252',
    title: t(`Cannot verify user, will still accept mail`, `Pengguna tidak dapat diverifikasi, email tetap diterima`),
    description: t(
      `The answer to VRFY (sometimes EXPN) from a server that will not confirm whether a mailbox exists but would still take mail for it. It is a deliberate non-answer: the address is neither confirmed nor denied.`,
      `Jawaban atas VRFY (kadang EXPN) dari server yang tidak mau memastikan apakah mailbox itu ada, tetapi tetap mau menerima email untuknya. Ini jawaban yang sengaja mengambang: alamatnya tidak dibenarkan dan tidak pula dibantah.`,
    ),
    whenYouSeeIt: t(
      `When an address-verification tool, a list-cleaning service or a curious admin sends VRFY; most large providers answer 252 for every address so that harvesters cannot learn which mailboxes exist. Under SMTPUTF8 (RFC 6531) a server may also answer 252 when the true answer would need a UTF-8 mailbox name that the client has not said it can read.`,
      `Ketika alat verifikasi alamat, layanan pembersih daftar, atau admin yang penasaran mengirim VRFY; sebagian besar penyedia besar menjawab 252 untuk setiap alamat agar pengumpul alamat (harvester) tidak tahu mailbox mana yang ada. Pada SMTPUTF8 (RFC 6531), server juga dapat menjawab 252 bila jawaban sebenarnya memerlukan nama mailbox UTF-8 yang belum dinyatakan bisa dibaca oleh klien.`,
    ),
    howToFix: {
      sender: t(
        `Do not read 252 as proof that the address exists. If you need to know, send a real message and watch for a bounce, or use a list-validation method the receiving provider supports.`,
        `Jangan anggap 252 sebagai bukti bahwa alamat itu ada. Jika perlu tahu, kirim pesan sungguhan dan perhatikan apakah ada bounce, atau gunakan metode validasi daftar yang didukung penyedia penerima.`,
      ),
      receiver: t(
        `Nothing is wrong; 252 to VRFY is a sound privacy choice. On an Internet-facing server, make sure VRFY is not answered with 250 and real user details, which help spammers build target lists.`,
        `Tidak ada masalah; menjawab VRFY dengan 252 adalah pilihan yang baik demi privasi. Pada server yang terbuka ke internet, pastikan VRFY tidak dijawab dengan 250 beserta detail pengguna sungguhan, karena itu membantu spammer menyusun daftar sasaran.`,
      ),
    },
    useWhen: t(
      `Send 252 to VRFY when policy forbids confirming mailboxes but the domain does accept mail. If you do not implement VRFY at all, 502 is correct; if the address is certainly unknown and you are willing to say so, 550.`,
      `Kirim 252 untuk VRFY ketika kebijakan melarang konfirmasi mailbox tetapi domainnya memang menerima email. Jika Anda sama sekali tidak menyediakan VRFY, 502 adalah jawaban yang benar; jika alamatnya pasti tidak dikenal dan Anda bersedia mengatakannya, jawab 550.`,
    ),
    actor: 'none',
    phase: 'any',
    references: [rfc(5321, '4.2.3'), rfc(5321, '3.5.3'), rfc(5321, '7.3'), rfc(6531, '3.7.4.2')],
    related: [
      rel(
        '250',
        `250 to VRFY confirms that the mailbox exists; 252 neither confirms nor denies it, usually on purpose to frustrate address harvesting.`,
        `250 untuk VRFY membenarkan bahwa mailbox itu ada; 252 tidak membenarkan dan tidak membantah, biasanya sengaja untuk menggagalkan pengumpulan alamat (harvesting).`,
      ),
      rel(
        '550',
        `550 to VRFY says the mailbox does not exist or may not be checked; 252 says the server will not tell but would accept mail for it.`,
        `550 untuk VRFY menyatakan mailbox tidak ada atau tidak boleh diperiksa; 252 menyatakan server tidak mau memberi tahu tetapi akan menerima email untuknya.`,
      ),
      rel(
        '502',
        `502 means VRFY is not offered at all; 252 means it is offered but gives no verdict.`,
        `502 berarti VRFY sama sekali tidak disediakan; 252 berarti VRFY tersedia tetapi tidak memberi keputusan.`,
      ),
    ],
    typicalEnhanced: ['2.0.0', '2.1.5', '2.6.8'],
  },
  // ---------------------------------------------------------------- 3yz positive intermediate
  {
    code: '334',
    title: t(`Authentication challenge`, `Tantangan autentikasi`),
    description: t(
      `An intermediate step of AUTH (RFC 4954): the server sends a base64 challenge, possibly empty, and waits for the client's base64 answer on the next line. Nothing has succeeded or failed yet; the exchange goes on until 235 or an error.`,
      `Langkah antara dalam AUTH (RFC 4954): server mengirim tantangan berkode base64, bisa kosong, lalu menunggu jawaban base64 dari klien di baris berikutnya. Belum ada yang berhasil atau gagal; pertukaran berlanjut sampai 235 atau sampai muncul kesalahan.`,
    ),
    whenYouSeeIt: t(
      `In submission transcripts after AUTH LOGIN, where "334 VXNlcm5hbWU6" and "334 UGFzc3dvcmQ6" are base64 for the prompts Username: and Password:, or after AUTH PLAIN sent without an initial response ("334 " with nothing after it). Take care when sharing such logs: the client lines that follow carry the credentials in trivially decoded base64.`,
      `Pada transkrip submission setelah AUTH LOGIN, dengan "334 VXNlcm5hbWU6" dan "334 UGFzc3dvcmQ6" yang merupakan base64 untuk prompt Username: dan Password:, atau setelah AUTH PLAIN yang dikirim tanpa respons awal ("334 " tanpa apa pun sesudahnya). Hati-hati saat membagikan log seperti ini: baris klien setelahnya memuat kredensial dalam base64 yang sangat mudah didekode.`,
    ),
    howToFix: {
      sender: t(
        `Nothing to fix. If the session hangs after 334, the client is not sending its answer (often a library expecting a different prompt); if it ends with 501, the answer was not valid base64 or the client cancelled with "*".`,
        `Tidak ada yang perlu diperbaiki. Jika sesi macet setelah 334, klien tidak mengirim jawabannya (sering karena pustaka mengharapkan prompt yang berbeda); jika berakhir dengan 501, jawabannya bukan base64 yang sah atau klien membatalkan dengan "*".`,
      ),
      receiver: t(
        `Nothing is wrong. Offer AUTH only after STARTTLS or on the implicit-TLS port, so the base64 credentials that follow each 334 are never sent in the clear.`,
        `Tidak ada masalah. Tawarkan AUTH hanya setelah STARTTLS atau pada port TLS implisit, agar kredensial base64 yang mengikuti setiap 334 tidak pernah dikirim tanpa enkripsi.`,
      ),
    },
    useWhen: t(
      `Send 334 for each challenge step of a SASL mechanism, with nothing but the base64 challenge as text. End the exchange with 235 on success, 535 for bad credentials, or 501 when the client cancels or sends something that cannot be decoded.`,
      `Kirim 334 untuk setiap langkah tantangan mekanisme SASL, dengan teks yang hanya berisi tantangan base64. Akhiri pertukaran dengan 235 jika berhasil, 535 untuk kredensial yang salah, atau 501 jika klien membatalkan atau mengirim sesuatu yang tidak bisa didekode.`,
    ),
    actor: 'none',
    phase: 'auth',
    references: [rfc(4954, '4')],
    related: [
      rel(
        '235',
        `334 asks the client for the next piece of the AUTH exchange; 235 says the exchange is complete and the login succeeded.`,
        `334 meminta bagian berikutnya dari pertukaran AUTH kepada klien; 235 menyatakan pertukaran sudah selesai dan login berhasil.`,
      ),
      rel(
        '354',
        `Both are 3xx replies asking for more input: 334 for authentication data in base64, 354 for the message itself.`,
        `Keduanya balasan 3xx yang meminta masukan tambahan: 334 untuk data autentikasi dalam base64, 354 untuk pesannya sendiri.`,
      ),
    ],
    typicalEnhanced: [],
  },
  {
    code: '354',
    title: t(`Start mail input`, `Mulai input email`),
    description: t(
      `The server accepted the DATA command and now waits for the message itself: headers and body, ended by a line holding a single dot. It is an invitation, not an acceptance; the verdict on the message comes in the reply after that final dot.`,
      `Server menerima perintah DATA dan kini menunggu pesannya sendiri: header dan isi, diakhiri baris yang hanya berisi satu titik. Ini undangan, bukan penerimaan; keputusan atas pesan datang dalam balasan setelah titik penutup itu.`,
    ),
    whenYouSeeIt: t(
      `In every transcript that reaches DATA, just before the client streams the message. When a log shows 354 followed by a timeout or a lost connection, the body transfer broke off: typically a firewall or TLS offload device cutting long transfers, an MTU problem, or a very large attachment on a slow link.`,
      `Pada setiap transkrip yang sampai ke DATA, tepat sebelum klien mengirimkan isi pesan. Jika log menunjukkan 354 lalu timeout atau koneksi terputus, pengiriman isi pesan terhenti di tengah jalan: biasanya firewall atau perangkat TLS offload yang memotong transfer panjang, masalah MTU, atau lampiran sangat besar pada koneksi yang lambat.`,
    ),
    howToFix: {
      sender: t(
        `Nothing to fix at this step. If sessions die after 354, compare the message size with the SIZE the server advertised and look for idle or transfer timeouts on firewalls and proxies between the two sides.`,
        `Tidak ada yang perlu diperbaiki pada langkah ini. Jika sesi terputus setelah 354, bandingkan ukuran pesan dengan SIZE yang diumumkan server dan cari timeout idle atau transfer pada firewall dan proxy di antara kedua pihak.`,
      ),
      receiver: t(
        `Nothing is wrong. If many sessions stop right after 354, check your DATA timeout and anything that inspects traffic in front of the server; the SMTP fixup of Cisco ASA firewalls is a known culprit.`,
        `Tidak ada masalah. Jika banyak sesi berhenti tepat setelah 354, periksa timeout DATA Anda dan apa pun yang memeriksa lalu lintas di depan server; fitur SMTP fixup pada firewall Cisco ASA dikenal sering menjadi penyebabnya.`,
      ),
    },
    useWhen: t(
      `Send 354 in reply to DATA when at least one recipient has been accepted. If none was, or MAIL FROM is missing, answer DATA with 503 (or 554 "no valid recipients") rather than inviting a message you will throw away.`,
      `Kirim 354 sebagai balasan DATA ketika setidaknya satu penerima sudah diterima. Jika belum ada, atau MAIL FROM belum dikirim, jawab DATA dengan 503 (atau 554 "no valid recipients") daripada mengundang pesan yang akan Anda buang.`,
    ),
    actor: 'none',
    phase: 'data',
    references: [rfc(5321, '4.2.3'), rfc(5321, '3.3'), rfc(5321, '4.1.1.4')],
    related: [
      rel(
        '250',
        `354 only says the server is ready to receive the message; whether it is accepted is decided by the reply after the final dot, which is 250 on success.`,
        `354 hanya menyatakan server siap menerima pesan; diterima atau tidaknya diputuskan oleh balasan setelah titik penutup, yaitu 250 jika berhasil.`,
      ),
      rel(
        '503',
        `503 to DATA means there is no valid sender or recipient yet, so the server will not ask for the message; 354 means it is ready for it.`,
        `503 untuk DATA berarti belum ada pengirim atau penerima yang sah, sehingga server tidak akan meminta pesannya; 354 berarti server siap menerimanya.`,
      ),
    ],
    typicalEnhanced: [],
  },
  // ---------------------------------------------------------------- 4yz transient negative
  {
    code: '421',
    title: t(`Service not available, closing channel`, `Layanan tidak tersedia, saluran ditutup`),
    description: t(
      `The server is ending the session on its own initiative because it cannot serve the client right now. The condition is temporary: the client keeps the message in its queue and tries again later, possibly at another MX host. It can be the greeting or the answer to any command.`,
      `Server mengakhiri sesi atas inisiatifnya sendiri karena tidak dapat melayani klien saat ini. Kondisinya sementara: klien menyimpan pesan di queue-nya dan mencoba lagi nanti, mungkin ke host MX lain. Kode ini bisa berupa salam pembuka atau jawaban atas perintah apa pun.`,
    ),
    whenYouSeeIt: t(
      `Connection and rate limits ("421 4.7.0 Too many concurrent SMTP connections", or Gmail's 421 4.7.28 for an unusual volume from one IP), a server being restarted or shut down, and sessions cut after too many errors or an idle timeout. A client that talks before the greeting is not told 421 by Postfix's postscreen: its drop action answers 521 and its enforce action 550.`,
      `Batas koneksi dan rate limit ("421 4.7.0 Too many concurrent SMTP connections", atau 421 4.7.28 dari Gmail untuk volume tidak wajar dari satu IP), server yang sedang dimulai ulang atau dimatikan, dan sesi yang diputus setelah terlalu banyak kesalahan atau karena timeout idle. Klien yang mengirim perintah sebelum salam pembuka tidak dijawab 421 oleh postscreen Postfix: aksi drop-nya menjawab 521 dan aksi enforce-nya 550.`,
    ),
    howToFix: {
      sender: t(
        `Usually nothing: the message stays queued and the retry schedule handles it. If 421 keeps coming from one provider, lower your concurrency and sending rate to that domain and check your IP's reputation; if every server answers 421 at the greeting, your IP is probably on a blocklist that is checked at connection time.`,
        `Biasanya tidak perlu apa-apa: pesan tetap di queue dan jadwal percobaan ulang akan menanganinya. Jika 421 terus datang dari satu penyedia, kurangi jumlah koneksi paralel dan laju pengiriman ke domain itu serta periksa reputasi IP Anda; jika semua server menjawab 421 saat salam, IP Anda kemungkinan tercantum di blocklist yang diperiksa saat koneksi dibuka.`,
      ),
      receiver: t(
        `Check whether the limit that fired (process limits, per-client connection or rate limits, Postfix's anvil counters) fits your real traffic, and whether the server was overloaded or restarting at that moment. A long run of 421 to everyone means the service itself is unhealthy: look at disk, memory and the queue manager.`,
        `Periksa apakah batas yang terpicu (batas proses, batas koneksi atau rate limit per klien, penghitung anvil di Postfix) sesuai dengan lalu lintas sebenarnya, dan apakah server sedang kelebihan beban atau dimulai ulang saat itu. Rentetan panjang 421 untuk semua klien berarti layanannya sendiri bermasalah: periksa disk, memori, dan pengelola queue.`,
      ),
    },
    useWhen: t(
      `Send 421 and close when you must drop a session for a reason that will pass: shutdown, overload, too many connections from one client, a timeout. If the host will never accept mail, 521 is the permanent counterpart; if only one command or recipient is affected and the session can continue, use 450 or 451 without closing.`,
      `Kirim 421 lalu tutup koneksi ketika Anda harus memutus sesi karena alasan yang akan berlalu: server dimatikan, kelebihan beban, terlalu banyak koneksi dari satu klien, atau timeout. Jika host ini tidak akan pernah menerima email, 521 adalah padanan permanennya; jika hanya satu perintah atau penerima yang terdampak dan sesi masih bisa berlanjut, gunakan 450 atau 451 tanpa menutup koneksi.`,
    ),
    actor: 'receiving-server',
    phase: 'connection',
    references: [rfc(5321, '4.2.3'), rfc(5321, '3.8'), rfc(7504)],
    related: [
      rel(
        '521',
        `421 is temporary: the server cannot serve you now, and the client retries later. 521 is permanent: the host does not accept mail at all, so the client gives up on that host.`,
        `421 bersifat sementara: server tidak dapat melayani Anda sekarang, dan klien mencoba lagi nanti. 521 bersifat permanen: host itu sama sekali tidak menerima email, sehingga klien berhenti mencoba host tersebut.`,
      ),
      rel(
        '451',
        `451 fails one command but keeps the session open; 421 ends the session. Both are temporary and lead to a retry.`,
        `451 menggagalkan satu perintah tetapi sesi tetap terbuka; 421 mengakhiri sesi. Keduanya bersifat sementara dan berujung pada percobaan ulang.`,
      ),
      rel(
        '220',
        `220 is the normal greeting; 421 as the first line means the server turns the session away for now.`,
        `220 adalah salam pembuka yang normal; 421 sebagai baris pertama berarti server menolak sesi untuk saat ini.`,
      ),
      rel(
        '221',
        `221 closes the session because the client said QUIT; 421 closes it because the server had to.`,
        `221 menutup sesi karena klien mengirim QUIT; 421 menutupnya karena server terpaksa.`,
      ),
    ],
    typicalEnhanced: ['4.3.2', '4.4.2', '4.7.0'],
  },
  {
    code: '432',
    title: t(`A password transition is needed`, `Diperlukan transisi kata sandi`),
    description: t(
      `A reply to AUTH (RFC 4954): the account exists and the password may be right, but the server cannot use the chosen mechanism for this user until the user has logged in once with a plain mechanism, normally PLAIN over TLS, which lets it prepare the stored secret the other mechanism needs. After that one login the chosen mechanism should work.`,
      `Balasan atas AUTH (RFC 4954): akunnya ada dan kata sandinya mungkin benar, tetapi server belum bisa memakai mekanisme yang dipilih untuk pengguna ini sampai pengguna login sekali dengan mekanisme biasa, umumnya PLAIN melalui TLS, sehingga server dapat menyiapkan rahasia tersimpan yang dibutuhkan mekanisme lain itu. Setelah satu kali login tersebut, mekanisme yang dipilih seharusnya berfungsi.`,
    ),
    whenYouSeeIt: t(
      `Seldom. It turns up after a server migration or a change in how passwords are stored, when a client insists on a challenge-response mechanism such as CRAM-MD5 or SCRAM and the server has not yet stored the matching secret for that account.`,
      `Jarang. Kode ini muncul setelah migrasi server atau perubahan cara penyimpanan kata sandi, ketika klien bersikeras memakai mekanisme challenge-response seperti CRAM-MD5 atau SCRAM dan server belum menyimpan rahasia yang cocok untuk akun itu.`,
    ),
    howToFix: {
      sender: t(
        `Have the user, or the application's configuration, log in once with PLAIN or LOGIN over an encrypted connection, then switch back to the preferred mechanism. If the client cannot choose its mechanism, let it use PLAIN over TLS from now on.`,
        `Minta pengguna, atau konfigurasi aplikasi, login sekali dengan PLAIN atau LOGIN melalui koneksi terenkripsi, lalu kembali ke mekanisme yang diinginkan. Jika klien tidak bisa memilih mekanismenya, biarkan klien memakai PLAIN melalui TLS seterusnya.`,
      ),
      receiver: t(
        `Compare the mechanisms you advertise with what the password database can serve for every account. After a migration, either stop advertising mechanisms whose secrets are missing or make sure a plain login converts the account.`,
        `Cocokkan mekanisme yang Anda umumkan dengan apa yang bisa dilayani basis data kata sandi untuk setiap akun. Setelah migrasi, berhentilah mengumumkan mekanisme yang rahasianya belum tersedia, atau pastikan login biasa mengonversi akun tersebut.`,
      ),
    },
    useWhen: t(
      `Send 432 (with 4.7.12) only when a one-time plain login would make the requested mechanism usable for this user. If the password is simply wrong, send 535; if policy refuses the mechanism as too weak, 534.`,
      `Kirim 432 (dengan 4.7.12) hanya ketika satu kali login biasa akan membuat mekanisme yang diminta bisa dipakai pengguna ini. Jika kata sandinya memang salah, kirim 535; jika kebijakan menolak mekanisme itu karena terlalu lemah, kirim 534.`,
    ),
    actor: 'sender-config',
    phase: 'auth',
    references: [rfc(4954, '6')],
    related: [
      rel(
        '535',
        `535 says the credentials are wrong; 432 says they may be right but the account first needs one plain login before the chosen mechanism works.`,
        `535 menyatakan kredensialnya salah; 432 menyatakan kredensialnya mungkin benar tetapi akun perlu satu kali login biasa terlebih dahulu sebelum mekanisme yang dipilih berfungsi.`,
      ),
      rel(
        '534',
        `534 refuses the mechanism as too weak under the policy; 432 refuses it only until a one-time plain login has happened.`,
        `534 menolak mekanisme karena terlalu lemah menurut kebijakan; 432 menolaknya hanya sampai satu kali login biasa dilakukan.`,
      ),
    ],
    typicalEnhanced: ['4.7.12'],
  },
  {
    code: '450',
    title: t(`Requested mail action not taken: mailbox unavailable`, `Tindakan email yang diminta tidak dilakukan: mailbox tidak tersedia`),
    description: t(
      `The server did not act on this command, usually a RCPT TO, because the mailbox or the request cannot be handled at the moment. The condition is expected to clear, so the sending server keeps the message and tries again by itself.`,
      `Server tidak menjalankan perintah ini, biasanya RCPT TO, karena mailbox atau permintaannya tidak dapat ditangani saat ini. Kondisinya diperkirakan akan pulih, sehingga server pengirim menyimpan pesan dan mencoba lagi dengan sendirinya.`,
    ),
    whenYouSeeIt: t(
      `Greylisting is the classic case ("450 4.2.0 Greylisted"): the first attempt from an unknown sender is refused and a retry some minutes later goes through. Other common causes are Postfix checks that could not resolve the sender's domain or the client's reverse DNS (450 4.1.8, 450 4.7.1), a mailbox that is locked or being migrated, and per-sender policy throttles.`,
      `Greylisting adalah contoh klasiknya ("450 4.2.0 Greylisted"): percobaan pertama dari pengirim yang belum dikenal ditolak dan percobaan ulang beberapa menit kemudian berhasil. Penyebab umum lainnya adalah pemeriksaan Postfix yang tidak dapat me-resolve domain pengirim atau reverse DNS klien (450 4.1.8, 450 4.7.1), mailbox yang terkunci atau sedang dimigrasi, dan pembatasan kebijakan per pengirim.`,
    ),
    howToFix: {
      sender: t(
        `Let the queue retry: greylisted mail normally goes out on the next attempt, so do not resend by hand or rotate IPs between tries, because a new IP restarts the greylisting. If the same 450 lasts for hours, check that your sending domain and your IP's reverse DNS resolve, and that your retry interval is not so long that the greylist entry expires.`,
        `Biarkan queue mencoba ulang: email yang terkena greylisting biasanya terkirim pada percobaan berikutnya, jadi jangan kirim ulang secara manual atau berganti IP di antara percobaan, karena IP baru memulai greylisting dari awal. Jika 450 yang sama bertahan berjam-jam, pastikan domain pengirim dan reverse DNS IP Anda dapat di-resolve, dan interval percobaan ulang tidak terlalu lama hingga entri greylist kedaluwarsa.`,
      ),
      receiver: t(
        `Find which check returned it: greylisting (postgrey, rspamd), a DNS-based sender check hit by a resolver problem, or a mailbox under maintenance. If legitimate senders pile up in queues, whitelist large providers that retry from many IPs and make sure your own resolver answers reliably.`,
        `Cari tahu pemeriksaan mana yang mengembalikannya: greylisting (postgrey, rspamd), pemeriksaan pengirim berbasis DNS yang terkena masalah resolver, atau mailbox yang sedang dalam pemeliharaan. Jika pengirim sah menumpuk di queue, masukkan penyedia besar yang mencoba ulang dari banyak IP ke allowlist dan pastikan resolver DNS Anda sendiri menjawab dengan andal.`,
      ),
    },
    useWhen: t(
      `Send 450 for a recipient or sender that should work on a later try without any change: greylisting, a failed lookup, a mailbox locked for a moment. If the address does not exist or policy refuses it for good, send 550 so the sender stops at once instead of retrying for days.`,
      `Kirim 450 untuk penerima atau pengirim yang seharusnya berhasil pada percobaan berikutnya tanpa perubahan apa pun: greylisting, lookup yang gagal, mailbox yang terkunci sebentar. Jika alamatnya tidak ada atau kebijakan menolaknya untuk seterusnya, kirim 550 agar pengirim langsung berhenti alih-alih mencoba ulang berhari-hari.`,
    ),
    actor: 'receiving-server',
    phase: 'envelope-recipient',
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.2.1'), rfc(6647)],
    related: [
      rel(
        '550',
        `Same wording, different first digit. 450 is temporary, so the sender keeps the message and retries (greylisting, a locked mailbox, a failed lookup); 550 is permanent, so the sender bounces the message at once. A server that answers 550 for a passing problem loses mail that would have arrived.`,
        `Bunyinya sama, digit pertamanya berbeda. 450 bersifat sementara, sehingga pengirim menyimpan pesan dan mencoba lagi (greylisting, mailbox terkunci, lookup gagal); 550 bersifat permanen, sehingga pengirim langsung mengembalikan pesan sebagai bounce. Server yang menjawab 550 untuk masalah sesaat menghilangkan email yang sebenarnya akan sampai.`,
      ),
      rel(
        '451',
        `450 says the mailbox or the request is unavailable for now; 451 says the server's own processing failed. Both are retried.`,
        `450 menyatakan mailbox atau permintaannya sedang tidak tersedia; 451 menyatakan pemrosesan di server itu sendiri gagal. Keduanya dicoba ulang.`,
      ),
      rel(
        '452',
        `452 points to a lack of storage or too many recipients; 450 to the mailbox or a policy hold.`,
        `452 menunjuk pada kekurangan ruang penyimpanan atau terlalu banyak penerima; 450 pada mailbox atau penahanan karena kebijakan.`,
      ),
    ],
    typicalEnhanced: ['4.2.0', '4.2.1', '4.7.1', '4.1.8'],
  },
  {
    code: '451',
    title: t(`Requested action aborted: local error in processing`, `Tindakan yang diminta dibatalkan: kesalahan lokal saat pemrosesan`),
    description: t(
      `The receiving server started to handle the command, ran into a problem of its own and stopped, without deciding anything against the message. Because the fault is on the server's side and temporary, the sender keeps the message and retries; after the final dot of DATA, a 451 means the receiver has not taken the message at all.`,
      `Server tujuan mulai memproses perintah, lalu mengalami masalahnya sendiri dan berhenti, tanpa memutuskan apa pun yang merugikan pesan. Karena kesalahannya ada di sisi server dan bersifat sementara, pengirim menyimpan pesan dan mencoba lagi; setelah titik penutup DATA, 451 berarti penerima sama sekali belum mengambil alih pesan.`,
    ),
    whenYouSeeIt: t(
      `Greylisting done with 451 ("451 4.7.1 Please try again later"), a spam or virus scanner that timed out or crashed, a failed DNS lookup for SPF, a DKIM key or an RBL (often 451 4.4.3), an LDAP or database backend for recipient lookups that is down (451 4.3.0), a broken milter or content filter, and provider throttling such as Microsoft's "451 4.7.500 Server busy".`,
      `Greylisting yang memakai 451 ("451 4.7.1 Please try again later"), pemindai spam atau virus yang timeout atau crash, lookup DNS yang gagal untuk SPF, kunci DKIM, atau RBL (sering 451 4.4.3), backend LDAP atau basis data untuk lookup penerima yang mati (451 4.3.0), milter atau filter konten yang rusak, serta pembatasan oleh penyedia seperti "451 4.7.500 Server busy" dari Microsoft.`,
    ),
    howToFix: {
      sender: t(
        `Nothing urgent: the message is queued and will be retried. If one destination answers 451 for hours, read the text for a hint (rate limit, greylisting, temporary DNS failure), slow down to that domain, check that your SPF and DKIM records resolve quickly, and contact the receiving postmaster if it has not cleared within a day.`,
        `Tidak ada yang mendesak: pesan ada di queue dan akan dicoba lagi. Jika satu tujuan menjawab 451 selama berjam-jam, baca teksnya untuk petunjuk (rate limit, greylisting, kegagalan DNS sementara), perlambat pengiriman ke domain itu, pastikan record SPF dan DKIM Anda cepat di-resolve, dan hubungi postmaster server tujuan jika belum pulih dalam sehari.`,
      ),
      receiver: t(
        `Read your own logs around that time: filter and milter errors, timeouts to spamd, clamd or rspamd, resolver failures, backend connection errors, a full or read-only queue file system. A 451 that every sender gets is an outage on your side, not a policy decision.`,
        `Baca log Anda sendiri di sekitar waktu itu: kesalahan filter dan milter, timeout ke spamd, clamd, atau rspamd, kegagalan resolver, kesalahan koneksi backend, serta sistem berkas queue yang penuh atau read-only. Jika semua pengirim mendapat 451, itu gangguan di sisi Anda, bukan keputusan kebijakan.`,
      ),
    },
    useWhen: t(
      `Send 451 when your server cannot finish the command because of an internal problem that will pass: a crashed filter, a lookup that timed out, a backend that is down. If you are actually refusing the mail (spam, unknown user, policy), use 550 or 554; if the problem is lack of disk space, 452 describes it more precisely.`,
      `Kirim 451 ketika server Anda tidak dapat menyelesaikan perintah karena masalah internal yang akan berlalu: filter yang crash, lookup yang timeout, backend yang mati. Jika Anda sebenarnya menolak email itu (spam, pengguna tidak dikenal, kebijakan), gunakan 550 atau 554; jika masalahnya kekurangan ruang disk, 452 menggambarkannya lebih tepat.`,
    ),
    actor: 'receiving-server',
    phase: 'any',
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.2.5'), rfc(6647)],
    related: [
      rel(
        '550',
        `451 says the server had a temporary problem and the sender should try again; 550 is a decision to refuse for good. Reporting an internal fault as 550 makes senders bounce mail that would have arrived after a retry.`,
        `451 menyatakan server mengalami masalah sementara dan pengirim sebaiknya mencoba lagi; 550 adalah keputusan untuk menolak seterusnya. Melaporkan kesalahan internal sebagai 550 membuat pengirim mengembalikan email yang sebenarnya akan sampai setelah dicoba ulang.`,
      ),
      rel(
        '554',
        `554 refuses the transaction permanently, often after content checks; 451 after the final dot means the checks could not be completed, so the message stays with the sender for a retry.`,
        `554 menolak transaksi secara permanen, sering setelah pemeriksaan isi; 451 setelah titik penutup berarti pemeriksaan tidak dapat diselesaikan, sehingga pesan tetap pada pengirim untuk dicoba ulang.`,
      ),
      rel(
        '450',
        `451 blames the server's own processing; 450 says the mailbox or the request is unavailable for now. Both are retried.`,
        `451 menunjuk pada pemrosesan di server itu sendiri; 450 menyatakan mailbox atau permintaannya sedang tidak tersedia. Keduanya dicoba ulang.`,
      ),
      rel(
        '421',
        `421 ends the whole session; 451 fails only the current command and the session can go on.`,
        `421 mengakhiri seluruh sesi; 451 hanya menggagalkan perintah saat ini dan sesi masih bisa berlanjut.`,
      ),
    ],
    typicalEnhanced: ['4.7.1', '4.3.0', '4.4.3', '4.3.5'],
  },
  {
    code: '452',
    title: t(`Requested action not taken: insufficient system storage`, `Tindakan yang diminta tidak dilakukan: ruang penyimpanan sistem tidak cukup`),
    description: t(
      `The server cannot take this on right now because it lacks room: its disk or queue is short of space, or, as RFC 5321 specifies, it has already accepted as many recipients as it allows in one transaction. Both conditions are temporary, so the client keeps the message, or the remaining recipients, and tries again.`,
      `Server tidak dapat menerima ini sekarang karena kekurangan ruang: disk atau queue-nya hampir penuh, atau, sebagaimana ditetapkan RFC 5321, server sudah menerima jumlah penerima maksimum yang diizinkan dalam satu transaksi. Kedua kondisi itu bersifat sementara, sehingga klien menyimpan pesan, atau penerima yang tersisa, dan mencoba lagi.`,
    ),
    whenYouSeeIt: t(
      `"452 4.5.3 Too many recipients" after the Nth RCPT TO of a large mailing (Postfix's smtpd_recipient_limit, Exchange recipient limits); "452 4.3.1 Insufficient system storage" when the queue disk fell below the free-space threshold or the server declined a large SIZE for now (RFC 1870); and over-quota mailboxes reported per recipient by LMTP delivery agents, such as Dovecot with quota_full_tempfail set.`,
      `"452 4.5.3 Too many recipients" setelah RCPT TO ke-N dari pengiriman massal (smtpd_recipient_limit di Postfix, batas penerima di Exchange); "452 4.3.1 Insufficient system storage" ketika ruang kosong disk queue turun di bawah ambang batas atau server menolak SIZE yang besar untuk sementara (RFC 1870); dan mailbox yang melebihi kuota yang dilaporkan per penerima oleh agen pengantar LMTP, misalnya Dovecot dengan quota_full_tempfail aktif.`,
    ),
    howToFix: {
      sender: t(
        `For too many recipients nothing is lost: a correct client delivers to the accepted recipients now and sends to the rest in a new transaction, so check that your software does that instead of bouncing them. For storage problems let the queue retry; if it lasts, contact the receiving postmaster, because their server is running out of disk.`,
        `Untuk terlalu banyak penerima, tidak ada yang hilang: klien yang benar mengantarkan ke penerima yang sudah diterima sekarang dan mengirim ke sisanya dalam transaksi baru, jadi pastikan perangkat lunak Anda melakukan itu alih-alih mengembalikannya sebagai bounce. Untuk masalah penyimpanan, biarkan queue mencoba ulang; jika berlangsung lama, hubungi postmaster server tujuan, karena server mereka kehabisan ruang disk.`,
      ),
      receiver: t(
        `Check free space on the queue and mailbox file systems and the MTA's free-space threshold (Postfix queue_minfree, Exim check_spool_space). For recipient-limit replies, confirm the limit is intended; for over-quota replies, contact the mailbox owner or raise the quota.`,
        `Periksa ruang kosong pada sistem berkas queue dan mailbox serta ambang ruang kosong MTA (queue_minfree di Postfix, check_spool_space di Exim). Untuk balasan batas penerima, pastikan batas itu memang disengaja; untuk balasan melebihi kuota, hubungi pemilik mailbox atau naikkan kuotanya.`,
      ),
    },
    useWhen: t(
      `Send 452 when you are short of storage for now, and for "too many recipients" in one transaction, which RFC 5321 section 4.5.3.1.10 asks for explicitly. Keep 552 for a message larger than you will ever accept; some old servers sent 552 for the recipient limit, and clients are told to treat that case as temporary anyway.`,
      `Kirim 452 ketika ruang penyimpanan Anda sedang kurang, dan untuk "terlalu banyak penerima" dalam satu transaksi, yang secara tegas diminta RFC 5321 bagian 4.5.3.1.10. Gunakan 552 khusus untuk pesan yang terlalu besar untuk Anda terima kapan pun; beberapa server lama mengirim 552 untuk batas penerima, dan klien diminta tetap memperlakukan kasus itu sebagai sementara.`,
    ),
    actor: 'receiving-server',
    phase: 'envelope-recipient',
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.5.3.1.10'), rfc(5321, '4.5.3.1.9'), rfc(1870, '6'), rfc(2033, '4.2')],
    related: [
      rel(
        '552',
        `RFC 5321 section 4.5.3.1.10 asks for 452 when a transaction has too many recipients; older servers sent 552, and clients should treat that case as temporary as well. Otherwise 452 means storage is short for now (retry), while 552 means the message or mailbox exceeds a limit (bounce).`,
        `RFC 5321 bagian 4.5.3.1.10 meminta 452 ketika satu transaksi memiliki terlalu banyak penerima; server lama mengirim 552, dan klien sebaiknya juga memperlakukan kasus itu sebagai sementara. Di luar itu, 452 berarti ruang penyimpanan sedang kurang (dicoba ulang), sedangkan 552 berarti pesan atau mailbox melampaui batas (bounce).`,
      ),
      rel(
        '451',
        `451 reports a general local error; 452 specifically a lack of storage or the recipient limit. Both lead to a retry.`,
        `451 melaporkan kesalahan lokal secara umum; 452 secara khusus kekurangan ruang penyimpanan atau batas penerima. Keduanya berujung pada percobaan ulang.`,
      ),
      rel(
        '450',
        `450 concerns the mailbox or a policy hold; 452 concerns storage or the number of recipients.`,
        `450 menyangkut mailbox atau penahanan karena kebijakan; 452 menyangkut ruang penyimpanan atau jumlah penerima.`,
      ),
    ],
    typicalEnhanced: ['4.5.3', '4.3.1', '4.2.2'],
  },
  {
    code: '454',
    title: t(`TLS not available or temporary authentication failure`, `TLS tidak tersedia atau autentikasi gagal sementara`),
    description: t(
      `A temporary failure in one of two security steps. As the reply to STARTTLS (RFC 3207) it means the server offered TLS but cannot start it right now; as the reply to AUTH (RFC 4954, with 4.7.0) it means the credentials could not be checked for a temporary reason, not that they are wrong.`,
      `Kegagalan sementara pada salah satu dari dua langkah keamanan. Sebagai balasan STARTTLS (RFC 3207), artinya server menawarkan TLS tetapi tidak dapat memulainya saat ini; sebagai balasan AUTH (RFC 4954, dengan 4.7.0), artinya kredensial tidak bisa diperiksa karena alasan sementara, bukan karena salah.`,
    ),
    whenYouSeeIt: t(
      `Postfix's "454 4.7.0 TLS not available due to local problem", nearly always an unreadable or mismatched certificate or key file; "454 4.7.0 Temporary authentication failure" when saslauthd, Dovecot's auth service, LDAP or the user database is down. Postfix's default relay restrictions also answer a RCPT TO for a domain it does not serve with "454 4.7.1 Relay access denied" (defer_unauth_destination), a relay refusal made temporary on purpose.`,
      `"454 4.7.0 TLS not available due to local problem" dari Postfix, hampir selalu karena berkas sertifikat atau kunci yang tidak terbaca atau tidak cocok; "454 4.7.0 Temporary authentication failure" ketika saslauthd, layanan auth Dovecot, LDAP, atau basis data pengguna mati. Pembatasan relay bawaan Postfix juga menjawab RCPT TO untuk domain yang tidak dilayaninya dengan "454 4.7.1 Relay access denied" (defer_unauth_destination), yaitu penolakan relay yang sengaja dibuat sementara.`,
    ),
    howToFix: {
      sender: t(
        `After a STARTTLS failure the mail usually still goes out, because most MTAs continue without TLS or retry later, unless your policy requires TLS for that domain. After an AUTH failure, wait and retry without changing the password. For "Relay access denied", you are sending to a domain this server does not handle: authenticate first or deliver to the right MX.`,
        `Setelah kegagalan STARTTLS, email biasanya tetap terkirim, karena kebanyakan MTA melanjutkan tanpa TLS atau mencoba lagi nanti, kecuali kebijakan Anda mewajibkan TLS untuk domain itu. Setelah kegagalan AUTH, tunggu lalu coba lagi tanpa mengganti kata sandi. Untuk "Relay access denied", Anda mengirim ke domain yang tidak ditangani server ini: lakukan autentikasi terlebih dahulu atau kirim ke MX yang benar.`,
      ),
      receiver: t(
        `For TLS, check that the certificate and key files exist, are readable by the MTA's user and belong together, then look for tlsmgr or OpenSSL errors in the log. For AUTH, test the authentication backend directly. For relay denials, decide whether the domain belongs in relay_domains or whether the client should authenticate.`,
        `Untuk TLS, pastikan berkas sertifikat dan kunci ada, bisa dibaca oleh pengguna MTA, dan merupakan pasangan yang cocok, lalu cari kesalahan tlsmgr atau OpenSSL di log. Untuk AUTH, uji backend autentikasi secara langsung. Untuk penolakan relay, putuskan apakah domain itu perlu masuk relay_domains atau klien seharusnya melakukan autentikasi.`,
      ),
    },
    useWhen: t(
      `Send 454 when STARTTLS or AUTH fails because of something on your side that will be fixed: a certificate that did not load, an unreachable password backend. If the credentials were checked and are wrong, send 535; if TLS or a login is simply required and was not done, 530.`,
      `Kirim 454 ketika STARTTLS atau AUTH gagal karena sesuatu di sisi Anda yang akan diperbaiki: sertifikat yang gagal dimuat, backend kata sandi yang tidak dapat dihubungi. Jika kredensial sudah diperiksa dan ternyata salah, kirim 535; jika TLS atau login memang diwajibkan dan belum dilakukan, kirim 530.`,
    ),
    actor: 'receiving-server',
    phase: 'tls',
    references: [rfc(3207, '4'), rfc(4954, '6')],
    related: [
      rel(
        '535',
        `454 means the credentials could not be checked right now (a backend is down), so the client retries with the same login; 535 means they were checked and are wrong.`,
        `454 berarti kredensial tidak bisa diperiksa saat ini (ada backend yang mati), sehingga klien mencoba lagi dengan login yang sama; 535 berarti kredensial sudah diperiksa dan ternyata salah.`,
      ),
      rel(
        '220',
        `220 to STARTTLS means TLS starts now; 454 means TLS is unavailable for the moment.`,
        `220 untuk STARTTLS berarti TLS dimulai sekarang; 454 berarti TLS sedang tidak tersedia.`,
      ),
      rel(
        '530',
        `530 says TLS or a login is required before going on; 454 says the server tried to provide it and failed for a temporary reason.`,
        `530 menyatakan TLS atau login diwajibkan sebelum melanjutkan; 454 menyatakan server mencoba menyediakannya dan gagal karena alasan sementara.`,
      ),
    ],
    typicalEnhanced: ['4.7.0', '4.7.1'],
  },
  {
    code: '455',
    title: t(`Server unable to accommodate parameters`, `Server tidak dapat menampung parameter`),
    description: t(
      `The server understood the ESMTP parameters on MAIL FROM or RCPT TO (for example SIZE, RET, NOTIFY or BODY) but cannot honour them at this moment. The refusal is temporary, unlike 555, which says the parameters are unknown or unsupported.`,
      `Server memahami parameter ESMTP pada MAIL FROM atau RCPT TO (misalnya SIZE, RET, NOTIFY, atau BODY) tetapi tidak dapat memenuhinya saat ini. Penolakannya bersifat sementara, berbeda dengan 555 yang menyatakan parameternya tidak dikenal atau tidak didukung.`,
    ),
    whenYouSeeIt: t(
      `Rarely in real logs. It can appear when a server recognizes a parameter but the resource behind it is busy, such as a DSN or priority feature that depends on a subsystem that is briefly unavailable. Many servers report such cases with 452 or 451 instead.`,
      `Jarang terlihat di log nyata. Kode ini bisa muncul ketika server mengenali sebuah parameter tetapi sumber daya di baliknya sedang sibuk, misalnya fitur DSN atau prioritas yang bergantung pada subsistem yang untuk sementara tidak tersedia. Banyak server melaporkan kasus seperti ini dengan 452 atau 451.`,
    ),
    howToFix: {
      sender: t(
        `Let the queue retry. If it persists, try sending without the optional parameter (for example without NOTIFY or RET), or check whether a smaller declared SIZE goes through.`,
        `Biarkan queue mencoba ulang. Jika terus berlanjut, coba kirim tanpa parameter opsional (misalnya tanpa NOTIFY atau RET), atau periksa apakah SIZE yang dinyatakan lebih kecil bisa lolos.`,
      ),
      receiver: t(
        `Find in the logs which parameter triggered it and why it could not be served; if the feature is not really supported, stop advertising it in EHLO so clients stop asking for it.`,
        `Cari di log parameter mana yang memicunya dan mengapa tidak dapat dilayani; jika fitur itu sebenarnya tidak didukung, berhenti mengumumkannya di EHLO agar klien tidak memintanya lagi.`,
      ),
    },
    useWhen: t(
      `Send 455 when a MAIL or RCPT parameter is valid and supported but you cannot satisfy it now. If you do not know or implement the parameter, send 555; if its value is malformed, 501.`,
      `Kirim 455 ketika parameter MAIL atau RCPT sah dan didukung tetapi Anda tidak dapat memenuhinya sekarang. Jika Anda tidak mengenal atau tidak menyediakan parameter itu, kirim 555; jika nilainya salah format, kirim 501.`,
    ),
    actor: 'receiving-server',
    phase: 'envelope-sender',
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.1.1.11')],
    related: [
      rel(
        '555',
        `555 is permanent: the parameter is unknown or unsupported, so repeating it fails. 455 is temporary: the parameter is understood but cannot be honoured right now.`,
        `555 bersifat permanen: parameternya tidak dikenal atau tidak didukung, sehingga mengulangnya akan gagal. 455 bersifat sementara: parameternya dipahami tetapi tidak dapat dipenuhi saat ini.`,
      ),
      rel(
        '452',
        `452 concerns storage or recipient limits; 455 concerns MAIL or RCPT parameters the server cannot accommodate.`,
        `452 menyangkut ruang penyimpanan atau batas penerima; 455 menyangkut parameter MAIL atau RCPT yang tidak dapat ditampung server.`,
      ),
    ],
    typicalEnhanced: [],
  },
  // ---------------------------------------------------------------- 5yz permanent negative
  {
    code: '500',
    title: t(`Syntax error, command unrecognized`, `Kesalahan sintaks, perintah tidak dikenali`),
    description: t(
      `The server could not make sense of the line it received as a command: an unknown verb, garbage, or a line longer than it allows. Nothing was done, and sending the same line again will fail in the same way.`,
      `Server tidak dapat memahami baris yang diterimanya sebagai perintah: kata perintah yang tidak dikenal, data acak, atau baris yang lebih panjang daripada batas yang diizinkan. Tidak ada yang dilakukan, dan mengirim baris yang sama lagi akan gagal dengan cara yang sama.`,
    ),
    whenYouSeeIt: t(
      `Non-SMTP clients talking to port 25 (an HTTP request such as "GET / HTTP/1.1"), typos in telnet tests, firewalls that rewrite commands (Cisco's SMTP fixup turns EHLO into "XXXX"), and command lines beyond the 512-octet limit. RFC 4954 also uses 500 with 5.5.6 when an AUTH response line is too long. Postfix, for its part, answers unknown commands with 502 rather than 500.`,
      `Klien non-SMTP yang terhubung ke port 25 (permintaan HTTP seperti "GET / HTTP/1.1"), salah ketik saat uji telnet, firewall yang menulis ulang perintah (SMTP fixup Cisco mengubah EHLO menjadi "XXXX"), dan baris perintah yang melewati batas 512 oktet. RFC 4954 juga memakai 500 dengan 5.5.6 ketika baris respons AUTH terlalu panjang. Adapun Postfix menjawab perintah yang tidak dikenal dengan 502, bukan 500.`,
    ),
    howToFix: {
      sender: t(
        `Look at the exact command the server rejected in a transcript. If it is mangled (XXXX, cut short), disable SMTP inspection on the firewall in between; if your own software sends a non-standard command or an oversized line, fix or update the client.`,
        `Lihat perintah persis yang ditolak server dalam transkrip. Jika bentuknya rusak (XXXX, terpotong), nonaktifkan inspeksi SMTP pada firewall yang berada di antara keduanya; jika perangkat lunak Anda sendiri mengirim perintah nonstandar atau baris yang terlalu panjang, perbaiki atau perbarui kliennya.`,
      ),
      receiver: t(
        `Usually nothing: scanners and bots produce most 500 replies. If a real partner gets them, capture the session and check whether a device in front of your server alters the traffic, and whether your line-length limit is stricter than 512 octets.`,
        `Biasanya tidak perlu apa-apa: pemindai dan bot menghasilkan sebagian besar balasan 500. Jika mitra sungguhan mendapatkannya, rekam sesinya dan periksa apakah ada perangkat di depan server Anda yang mengubah lalu lintas, dan apakah batas panjang baris Anda lebih ketat daripada 512 oktet.`,
      ),
    },
    useWhen: t(
      `Send 500 for a command you do not recognize at all, or a line too long to parse. If you recognize the command but do not implement it, RFC 5321 section 4.2.4 asks for 502; if the command is fine but its arguments are not, 501.`,
      `Kirim 500 untuk perintah yang sama sekali tidak Anda kenali, atau baris yang terlalu panjang untuk diurai. Jika Anda mengenali perintahnya tetapi tidak menyediakannya, RFC 5321 bagian 4.2.4 meminta 502; jika perintahnya benar tetapi argumennya salah, kirim 501.`,
    ),
    actor: 'sender-config',
    phase: 'any',
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.2.4'), rfc(5321, '4.5.3.1.4'), rfc(4954, '6')],
    related: [
      rel(
        '502',
        `RFC 5321 section 4.2.4: 500 for a command the server does not recognize at all, 502 for one it recognizes but does not implement. Postfix uses 502 for both.`,
        `RFC 5321 bagian 4.2.4: 500 untuk perintah yang sama sekali tidak dikenali server, 502 untuk perintah yang dikenali tetapi tidak disediakan. Postfix memakai 502 untuk keduanya.`,
      ),
      rel(
        '501',
        `500 rejects the command word or the whole line; 501 accepts the command word but rejects its arguments.`,
        `500 menolak kata perintah atau seluruh baris; 501 menerima kata perintahnya tetapi menolak argumennya.`,
      ),
    ],
    typicalEnhanced: ['5.5.1', '5.5.2', '5.5.6'],
  },
  {
    code: '501',
    title: t(`Syntax error in parameters or arguments`, `Kesalahan sintaks pada parameter atau argumen`),
    description: t(
      `The command itself is known, but what follows it is malformed: an address without angle brackets, a bad name after HELO, an invalid parameter value. The server did nothing, and the identical command will be refused again.`,
      `Perintahnya dikenal, tetapi bagian sesudahnya salah format: alamat tanpa kurung sudut, nama yang salah setelah HELO, atau nilai parameter yang tidak sah. Server tidak melakukan apa pun, dan perintah yang persis sama akan ditolak lagi.`,
    ),
    whenYouSeeIt: t(
      `"501 5.5.2 Syntax: HELO hostname" or "Helo command rejected: Invalid name" from a badly configured client; "501 5.1.7 Bad sender address syntax" and "501 5.1.3 Bad recipient address syntax" when a script builds addresses with spaces, missing brackets or stray quotes. In AUTH it means the base64 answer could not be decoded (5.5.2) or the client cancelled with "*"; after STARTTLS it means the client added parameters, which RFC 3207 forbids.`,
      `"501 5.5.2 Syntax: HELO hostname" atau "Helo command rejected: Invalid name" dari klien yang konfigurasinya buruk; "501 5.1.7 Bad sender address syntax" dan "501 5.1.3 Bad recipient address syntax" ketika skrip menyusun alamat dengan spasi, tanpa kurung sudut, atau dengan tanda kutip yang salah tempat. Dalam AUTH, artinya jawaban base64 tidak bisa didekode (5.5.2) atau klien membatalkan dengan "*"; setelah STARTTLS, artinya klien menambahkan parameter, yang dilarang RFC 3207.`,
    ),
    howToFix: {
      sender: t(
        `Fix the command your software sends: put addresses in angle brackets (MAIL FROM:<user@example.com>), give HELO or EHLO a real fully qualified host name, and check how AUTH data is encoded. The message will not go out until the client is corrected, so look at the application's SMTP settings rather than at the queue.`,
        `Perbaiki perintah yang dikirim perangkat lunak Anda: apit alamat dengan kurung sudut (MAIL FROM:<user@example.com>), beri HELO atau EHLO nama host lengkap (FQDN) yang nyata, dan periksa cara data AUTH dikodekan. Pesan tidak akan terkirim sampai kliennya diperbaiki, jadi periksa pengaturan SMTP aplikasi, bukan queue-nya.`,
      ),
      receiver: t(
        `Confirm which argument was rejected and whether your check is stricter than it needs to be (for example strict_rfc821_envelopes or HELO restrictions). Keep strict checks on the public port; on the submission port, more forgiving parsing can save support calls.`,
        `Pastikan argumen mana yang ditolak dan apakah pemeriksaan Anda lebih ketat daripada yang perlu (misalnya strict_rfc821_envelopes atau pembatasan HELO). Pertahankan pemeriksaan ketat pada port publik; pada port submission, penguraian yang lebih longgar bisa mengurangi keluhan pengguna.`,
      ),
    },
    useWhen: t(
      `Send 501 when a known command carries arguments you cannot parse. For an unknown command use 500; for a well-formed parameter you do not implement, 504 (or 555 for MAIL and RCPT parameters); for an address that parses but is not allowed, 553.`,
      `Kirim 501 ketika perintah yang dikenal membawa argumen yang tidak dapat Anda uraikan. Untuk perintah yang tidak dikenal gunakan 500; untuk parameter yang bentuknya benar tetapi tidak Anda sediakan, gunakan 504 (atau 555 untuk parameter MAIL dan RCPT); untuk alamat yang bisa diurai tetapi tidak diizinkan, gunakan 553.`,
    ),
    actor: 'sender-config',
    phase: 'any',
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.5.3.1.9'), rfc(4954, '4'), rfc(3207, '4')],
    related: [
      rel(
        '500',
        `501 accepts the command word and rejects what follows it; 500 rejects the command or the line as a whole.`,
        `501 menerima kata perintahnya dan menolak bagian sesudahnya; 500 menolak perintah atau baris secara keseluruhan.`,
      ),
      rel(
        '504',
        `504 means a well-formed parameter is not implemented; 501 means the arguments are malformed.`,
        `504 berarti parameter yang bentuknya benar tidak disediakan; 501 berarti argumennya salah format.`,
      ),
      rel(
        '553',
        `553 means the address was parsed but the name is not allowed; 501 means the arguments could not be parsed at all.`,
        `553 berarti alamatnya berhasil diurai tetapi namanya tidak diizinkan; 501 berarti argumennya sama sekali tidak bisa diurai.`,
      ),
    ],
    typicalEnhanced: ['5.5.2', '5.5.4', '5.1.3', '5.1.7'],
  },
  {
    code: '502',
    title: t(`Command not implemented`, `Perintah tidak disediakan`),
    description: t(
      `The server recognizes the command but does not support it, by design or by configuration. Nothing is wrong with the message; the client asked for something this server does not do.`,
      `Server mengenali perintahnya tetapi tidak mendukungnya, baik karena rancangan maupun konfigurasi. Tidak ada yang salah dengan pesannya; klien meminta sesuatu yang tidak dilakukan server ini.`,
    ),
    whenYouSeeIt: t(
      `VRFY, EXPN, TURN or HELP on servers that disable them; a client using an extension the server never listed in EHLO. Postfix also answers every command it does not know with "502 5.5.2 Error: command not recognized". AUTH before STARTTLS is usually not a 502: Postfix answers it with 503, many other servers with "530 5.7.0 Must issue a STARTTLS command first".`,
      `VRFY, EXPN, TURN, atau HELP pada server yang menonaktifkannya; klien yang memakai ekstensi yang tidak pernah dicantumkan server di EHLO. Postfix juga menjawab setiap perintah yang tidak dikenalnya dengan "502 5.5.2 Error: command not recognized". AUTH sebelum STARTTLS biasanya tidak dijawab 502: Postfix menjawabnya dengan 503, banyak server lain dengan "530 5.7.0 Must issue a STARTTLS command first".`,
    ),
    howToFix: {
      sender: t(
        `Check the server's EHLO reply and use only the extensions listed there. If AUTH gets 502, the server does not offer authentication on this port at all (port 25 between servers, typically); submit through port 587 with STARTTLS or 465 with implicit TLS.`,
        `Periksa balasan EHLO dari server dan gunakan hanya ekstensi yang tercantum di sana. Jika AUTH mendapat 502, server sama sekali tidak menawarkan autentikasi di port ini (biasanya port 25 antarserver); kirim lewat port 587 dengan STARTTLS atau 465 dengan TLS implisit.`,
      ),
      receiver: t(
        `Nothing is wrong if the command is disabled on purpose. Never advertise in EHLO something you then answer with 502: RFC 5321 forbids it, and it sends clients into failures they cannot explain.`,
        `Tidak ada masalah jika perintah itu sengaja dinonaktifkan. Jangan pernah mengumumkan di EHLO sesuatu yang kemudian Anda jawab dengan 502: RFC 5321 melarangnya, dan hal itu menjerumuskan klien ke kegagalan yang tidak bisa mereka jelaskan.`,
      ),
    },
    useWhen: t(
      `Send 502 for a command you recognize but do not offer. Per RFC 5321 section 4.2.4, a command you do not recognize at all should get 500, and a supported command with an unsupported parameter gets 504.`,
      `Kirim 502 untuk perintah yang Anda kenali tetapi tidak Anda sediakan. Menurut RFC 5321 bagian 4.2.4, perintah yang sama sekali tidak dikenali sebaiknya mendapat 500, dan perintah yang didukung dengan parameter yang tidak didukung mendapat 504.`,
    ),
    actor: 'sender-config',
    phase: 'any',
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.2.4')],
    related: [
      rel(
        '500',
        `502: the command is known but not implemented. 500: the command is not recognized at all. RFC 5321 section 4.2.4 draws this line.`,
        `502: perintahnya dikenal tetapi tidak disediakan. 500: perintahnya sama sekali tidak dikenali. RFC 5321 bagian 4.2.4 menetapkan pembedaan ini.`,
      ),
      rel(
        '504',
        `502 refuses the command as a whole; 504 accepts the command but not the parameter it was given.`,
        `502 menolak perintah secara keseluruhan; 504 menerima perintahnya tetapi tidak menerima parameter yang diberikan.`,
      ),
    ],
    typicalEnhanced: ['5.5.1', '5.5.2'],
  },
  {
    code: '503',
    title: t(`Bad sequence of commands`, `Urutan perintah salah`),
    description: t(
      `The command is valid but came at the wrong point in the dialogue: RCPT before MAIL, DATA before any recipient was accepted, a second MAIL inside a transaction, AUTH after already authenticating. The server refuses it until the missing earlier step has been done.`,
      `Perintahnya sah tetapi datang pada titik yang salah dalam dialog: RCPT sebelum MAIL, DATA sebelum ada penerima yang diterima, MAIL kedua di dalam transaksi, atau AUTH setelah sudah terautentikasi. Server menolaknya sampai langkah sebelumnya yang terlewat dilakukan.`,
    ),
    whenYouSeeIt: t(
      `Most often as a follow-on error: a step before failed or was skipped, and the client goes on anyway. Postfix answers DATA without any RCPT TO with "503 5.5.1 Error: need RCPT command" and RCPT TO without MAIL FROM with "503 5.5.1 Error: need MAIL command" (when every RCPT TO was rejected, its DATA gets "554 5.5.1 Error: no valid recipients" instead). It also comes from pipelining clients that do not wait for replies, from MAIL FROM sent before EHLO, from AUTH before STARTTLS on a Postfix server that offers AUTH only over TLS, and from every command after a 554 greeting, which RFC 5321 says should get 503 until QUIT.`,
      `Paling sering sebagai kesalahan ikutan: langkah sebelumnya gagal atau terlewat, lalu klien tetap melanjutkan. Postfix menjawab DATA tanpa RCPT TO sama sekali dengan "503 5.5.1 Error: need RCPT command" dan RCPT TO tanpa MAIL FROM dengan "503 5.5.1 Error: need MAIL command" (jika semua RCPT TO ditolak, DATA-nya justru mendapat "554 5.5.1 Error: no valid recipients"). Kode ini juga datang dari klien pipelining yang tidak menunggu balasan, dari MAIL FROM yang dikirim sebelum EHLO, dari AUTH sebelum STARTTLS pada server Postfix yang hanya menawarkan AUTH lewat TLS, dan dari setiap perintah setelah salam 554, yang menurut RFC 5321 sebaiknya dijawab 503 sampai QUIT.`,
    ),
    howToFix: {
      sender: t(
        `Scroll up: the real cause is almost always the reply right before the 503, such as a rejected recipient or a failed AUTH. Fix that, and make sure the client checks each reply (or follows the PIPELINING rules) instead of pressing on.`,
        `Gulir ke atas: penyebab sebenarnya hampir selalu balasan tepat sebelum 503, seperti penerima yang ditolak atau AUTH yang gagal. Perbaiki itu, dan pastikan klien memeriksa setiap balasan (atau mengikuti aturan PIPELINING) alih-alih terus melanjutkan.`,
      ),
      receiver: t(
        `Usually nothing to change: 503 protects the order of the dialogue. If a legitimate client gets it, check whether your server demands EHLO or AUTH before MAIL in a way the client does not expect, and whether PIPELINING is advertised correctly.`,
        `Biasanya tidak ada yang perlu diubah: 503 menjaga urutan dialog. Jika klien yang sah mendapatkannya, periksa apakah server Anda mewajibkan EHLO atau AUTH sebelum MAIL dengan cara yang tidak diduga klien, dan apakah PIPELINING diumumkan dengan benar.`,
      ),
    },
    useWhen: t(
      `Send 503 when a command is valid but out of order for the current state. If the command would be allowed here once the client logs in or starts TLS, 530 is more helpful; if the line is not a command at all, 500.`,
      `Kirim 503 ketika perintah sah tetapi tidak sesuai urutan untuk status saat ini. Jika perintah itu akan diizinkan di sini setelah klien login atau memulai TLS, 530 lebih membantu; jika barisnya sama sekali bukan perintah, kirim 500.`,
    ),
    actor: 'sender-config',
    phase: 'any',
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.1.4'), rfc(5321, '3.1'), rfc(5321, '3.3'), rfc(4954, '4')],
    related: [
      rel(
        '530',
        `530 is specific: log in or start TLS first. 503 is general: the command is out of order for the current state.`,
        `530 bersifat spesifik: login atau mulai TLS terlebih dahulu. 503 bersifat umum: perintahnya tidak sesuai urutan untuk status saat ini.`,
      ),
      rel(
        '554',
        `After a 554 greeting, RFC 5321 has the server answer further commands with 503 until QUIT; the 554 is the real refusal, the 503s only follow from it.`,
        `Setelah salam 554, RFC 5321 meminta server menjawab perintah berikutnya dengan 503 sampai QUIT; 554 adalah penolakan yang sebenarnya, 503 hanya akibatnya.`,
      ),
    ],
    typicalEnhanced: ['5.5.1', '5.5.0'],
  },
  {
    code: '504',
    title: t(`Command parameter not implemented`, `Parameter perintah tidak disediakan`),
    description: t(
      `The command is supported, but the specific parameter or option the client asked for is not. In practice it is mostly the reply to AUTH with a mechanism the server does not offer (RFC 4954, with 5.5.4).`,
      `Perintahnya didukung, tetapi parameter atau opsi tertentu yang diminta klien tidak. Dalam praktik, kode ini kebanyakan merupakan balasan untuk AUTH dengan mekanisme yang tidak ditawarkan server (RFC 4954, dengan 5.5.4).`,
    ),
    whenYouSeeIt: t(
      `"504 5.5.4 Unrecognized authentication type" when a client tries CRAM-MD5, NTLM or XOAUTH2 on a server that lists only PLAIN and LOGIN, or a mechanism the server allows only inside TLS. Postfix also uses 504 for names that are not fully qualified, as in "504 5.5.2 Helo command rejected: need fully-qualified hostname" or a recipient without a domain.`,
      `"504 5.5.4 Unrecognized authentication type" ketika klien mencoba CRAM-MD5, NTLM, atau XOAUTH2 pada server yang hanya mencantumkan PLAIN dan LOGIN, atau mekanisme yang hanya diizinkan server di dalam TLS. Postfix juga memakai 504 untuk nama yang tidak lengkap, seperti "504 5.5.2 Helo command rejected: need fully-qualified hostname" atau penerima tanpa domain.`,
    ),
    howToFix: {
      sender: t(
        `For AUTH, pick a mechanism from the AUTH line of the EHLO reply, and read that line again after STARTTLS because it often changes then. For Postfix's fully-qualified rejects, have the client send a real FQDN in HELO and complete addresses (user@domain) in the envelope.`,
        `Untuk AUTH, pilih mekanisme dari baris AUTH pada balasan EHLO, dan baca baris itu lagi setelah STARTTLS karena baris itu sering berubah setelahnya. Untuk penolakan nama tidak lengkap dari Postfix, atur klien agar mengirim FQDN yang nyata pada HELO dan alamat lengkap (user@domain) pada envelope.`,
      ),
      receiver: t(
        `Compare the mechanisms you advertise with those your SASL backend can really perform; advertising one you cannot serve leads to 504 or 535 loops. For FQDN checks, consider whether they belong on the submission port, where internal clients often use short names.`,
        `Bandingkan mekanisme yang Anda umumkan dengan yang benar-benar bisa dijalankan backend SASL; mengumumkan mekanisme yang tidak bisa dilayani menimbulkan 504 atau 535 yang berulang-ulang. Untuk pemeriksaan FQDN, pertimbangkan apakah pemeriksaan itu pantas di port submission, tempat klien internal sering memakai nama pendek.`,
      ),
    },
    useWhen: t(
      `Send 504 when the command is implemented but the requested parameter or mechanism is not. For an unknown MAIL FROM or RCPT TO extension parameter, RFC 5321 prefers 555; for a parameter that is present but malformed, 501.`,
      `Kirim 504 ketika perintahnya disediakan tetapi parameter atau mekanisme yang diminta tidak. Untuk parameter ekstensi MAIL FROM atau RCPT TO yang tidak dikenal, RFC 5321 lebih memilih 555; untuk parameter yang ada tetapi salah format, kirim 501.`,
    ),
    actor: 'sender-config',
    phase: 'any',
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.2.1'), rfc(4954, '4')],
    related: [
      rel(
        '502',
        `504 accepts the command but not the parameter or mechanism; 502 refuses the command altogether.`,
        `504 menerima perintahnya tetapi tidak menerima parameter atau mekanismenya; 502 menolak perintah itu sepenuhnya.`,
      ),
      rel(
        '555',
        `555 is the code for unknown MAIL FROM or RCPT TO parameters; 504 covers unimplemented parameters of other commands, AUTH mechanisms above all.`,
        `555 adalah kode untuk parameter MAIL FROM atau RCPT TO yang tidak dikenal; 504 mencakup parameter perintah lain yang tidak disediakan, terutama mekanisme AUTH.`,
      ),
      rel(
        '501',
        `501 means the arguments are malformed; 504 means they are well formed but not supported.`,
        `501 berarti argumennya salah format; 504 berarti argumennya berbentuk benar tetapi tidak didukung.`,
      ),
    ],
    typicalEnhanced: ['5.5.4', '5.5.2'],
  },
  {
    code: '521',
    title: t(`Host does not accept mail`, `Host tidak menerima email`),
    description: t(
      `A permanent statement that this host never accepts mail, normally sent as the very first reply in place of a 220 greeting (RFC 7504). The client should not retry this host for the message, and the reply is not a judgement on the sender or the message.`,
      `Pernyataan permanen bahwa host ini tidak pernah menerima email, biasanya dikirim sebagai balasan pertama menggantikan salam 220 (RFC 7504). Klien tidak boleh mencoba host ini lagi untuk pesan tersebut, dan balasan ini bukan penilaian terhadap pengirim atau pesannya.`,
    ),
    whenYouSeeIt: t(
      `When mail reaches a host that exists for other purposes: a web server listed as MX by mistake, a dummy SMTP listener that answers every connection with 521, or a retired mail server kept running so senders fail fast. Some blocking setups also use 521 at the greeting for rejected IPs.`,
      `Ketika email sampai ke host yang sebenarnya ada untuk keperluan lain: server web yang keliru dicantumkan sebagai MX, listener SMTP tiruan yang menjawab setiap koneksi dengan 521, atau server email lama yang sudah tidak dipakai tetapi tetap dijalankan agar pengirim cepat gagal. Sebagian sistem pemblokiran juga memakai 521 saat salam untuk IP yang ditolak.`,
    ),
    howToFix: {
      sender: t(
        `Check the recipient domain's MX records: if they point to this host by mistake, the domain owner has to fix the DNS. If they are right and the domain really takes no mail, drop the address from your lists; retrying will not help.`,
        `Periksa record MX domain penerima: jika keliru mengarah ke host ini, pemilik domain harus memperbaiki DNS-nya. Jika record-nya benar dan domain itu memang tidak menerima email, hapus alamat tersebut dari daftar Anda; mencoba ulang tidak akan membantu.`,
      ),
      receiver: t(
        `If the host is not meant to receive mail, 521 is the right answer; make sure no MX record names it, and consider a null MX (RFC 7505) so senders do not even connect. If it should receive mail, the MTA is misconfigured or the wrong service is listening on port 25.`,
        `Jika host ini memang tidak dimaksudkan menerima email, 521 adalah jawaban yang tepat; pastikan tidak ada record MX yang menyebutnya, dan pertimbangkan null MX (RFC 7505) agar pengirim bahkan tidak perlu terhubung. Jika host ini seharusnya menerima email, MTA-nya salah konfigurasi atau yang aktif di port 25 adalah layanan yang salah.`,
      ),
    },
    useWhen: t(
      `Send 521 when the connection opens on a host that does not accept mail at all, ever. If you are only unable for a while, use 421 so the sender retries; if you accept mail in general but refuse this client or message, use 554 or 550 with the policy reason.`,
      `Kirim 521 saat koneksi dibuka ke host yang sama sekali tidak pernah menerima email. Jika Anda hanya tidak dapat melayani untuk sementara, gunakan 421 agar pengirim mencoba ulang; jika Anda menerima email pada umumnya tetapi menolak klien atau pesan ini, gunakan 554 atau 550 dengan alasan kebijakannya.`,
    ),
    actor: 'receiving-server',
    phase: 'greeting',
    references: [rfc(7504), rfc(7505)],
    related: [
      rel(
        '421',
        `521 is permanent: the host never takes mail, so the client stops trying it. 421 is temporary: the server cannot serve you now, and the client comes back later.`,
        `521 bersifat permanen: host itu tidak pernah menerima email, sehingga klien berhenti mencobanya. 421 bersifat sementara: server tidak dapat melayani Anda sekarang, dan klien kembali nanti.`,
      ),
      rel(
        '556',
        `521 is sent by the host itself when you connect; 556 is usually produced by the sending side after DNS shows that the whole domain accepts no mail (null MX), without any connection.`,
        `521 dikirim oleh host itu sendiri ketika Anda terhubung; 556 biasanya dihasilkan oleh sisi pengirim setelah DNS menunjukkan bahwa seluruh domain tidak menerima email (null MX), tanpa koneksi apa pun.`,
      ),
      rel(
        '554',
        `554 at the greeting turns away this client; 521 says the host turns away everyone, always (RFC 7504).`,
        `554 saat salam menolak klien ini; 521 menyatakan host itu menolak semua klien, selamanya (RFC 7504).`,
      ),
    ],
    typicalEnhanced: ['5.3.2'],
  },
  {
    code: '523',
    title: t(`Encryption needed`, `Enkripsi diperlukan`),
    description: t(
      `The basic code the enhanced-code registry pairs with X.7.10 (RFC 5248): the requested authentication needs an external encryption layer, such as TLS, before it may be used. It is aimed mainly at clear-text mechanisms; the client can start TLS and try again, or pick a stronger mechanism.`,
      `Kode dasar yang dipasangkan registri kode status yang diperluas (enhanced) dengan X.7.10 (RFC 5248): autentikasi yang diminta memerlukan lapisan enkripsi eksternal, seperti TLS, sebelum boleh dipakai. Kode ini terutama ditujukan untuk mekanisme teks biasa; klien dapat memulai TLS lalu mencoba lagi, atau memilih mekanisme yang lebih kuat.`,
    ),
    whenYouSeeIt: t(
      `Rarely: a client tried a clear-text mechanism such as AUTH PLAIN or LOGIN on an unencrypted connection, and the server follows the registry's pairing of X.7.10 with 523. Most servers report the same situation with 538 5.7.11, or avoid it by not offering those mechanisms before STARTTLS.`,
      `Jarang: klien mencoba mekanisme teks biasa seperti AUTH PLAIN atau LOGIN pada koneksi tanpa enkripsi, dan server mengikuti pasangan X.7.10 dengan 523 dari registri. Sebagian besar server melaporkan situasi yang sama dengan 538 5.7.11, atau menghindarinya dengan tidak menawarkan mekanisme itu sebelum STARTTLS.`,
    ),
    howToFix: {
      sender: t(
        `Enable STARTTLS, or connect to port 465 with implicit TLS, before authenticating. If the client cannot do TLS, update or replace it; keeping passwords off unencrypted links is exactly what the server is enforcing.`,
        `Aktifkan STARTTLS, atau sambungkan ke port 465 dengan TLS implisit, sebelum autentikasi. Jika klien tidak mendukung TLS, perbarui atau ganti kliennya; server justru sedang memastikan agar kata sandi tidak dikirim melalui koneksi tanpa enkripsi.`,
      ),
      receiver: t(
        `The policy is right. To spare clients the failed attempt, advertise clear-text mechanisms only once TLS is active (Postfix smtpd_tls_auth_only = yes).`,
        `Kebijakannya sudah benar. Agar klien tidak perlu mengalami percobaan gagal, umumkan mekanisme teks biasa hanya setelah TLS aktif (smtpd_tls_auth_only = yes di Postfix).`,
      ),
    },
    useWhen: t(
      `Prefer 538 with 5.7.11, which RFC 4954 defines for this case, and use 523 only if your clients expect it. Better still, do not advertise the mechanism until encryption is in place; where TLS is mandatory for every command, 530 fits.`,
      `Lebih baik gunakan 538 dengan 5.7.11, yang ditetapkan RFC 4954 untuk kasus ini, dan gunakan 523 hanya jika klien Anda mengharapkannya. Lebih baik lagi, jangan umumkan mekanisme itu sebelum enkripsi aktif; jika TLS wajib untuk setiap perintah, 530 lebih cocok.`,
    ),
    actor: 'sender-config',
    phase: 'auth',
    references: [rfc(5248), rfc(4954, '6')],
    related: [
      rel(
        '538',
        `Both ask for encryption before authenticating. 538 with 5.7.11 is the reply RFC 4954 defines; 523 with 5.7.10 comes from the registry and is seldom used.`,
        `Keduanya meminta enkripsi sebelum autentikasi. 538 dengan 5.7.11 adalah balasan yang ditetapkan RFC 4954; 523 dengan 5.7.10 berasal dari registri dan jarang dipakai.`,
      ),
      rel(
        '530',
        `530 requires STARTTLS before any further command; 523 concerns only the authentication mechanism chosen.`,
        `530 mewajibkan STARTTLS sebelum perintah apa pun berikutnya; 523 hanya menyangkut mekanisme autentikasi yang dipilih.`,
      ),
    ],
    typicalEnhanced: ['5.7.10'],
  },
  {
    code: '525',
    title: t(`User account disabled`, `Akun pengguna dinonaktifkan`),
    description: t(
      `The basic code the registry pairs with X.7.13 (RFC 5248): the login itself was correct, but an administrator has disabled the account. The failure lasts until someone re-enables it, so asking the user for the password again achieves nothing.`,
      `Kode dasar yang dipasangkan registri dengan X.7.13 (RFC 5248): login-nya sendiri benar, tetapi administrator telah menonaktifkan akun tersebut. Kegagalan ini berlangsung sampai seseorang mengaktifkannya kembali, jadi meminta pengguna memasukkan kata sandi lagi tidak ada gunanya.`,
    ),
    whenYouSeeIt: t(
      `After AUTH on the submission port for an account suspended for non-payment, abuse, a suspected compromise or a departed employee. Many servers report the same condition as 535 5.7.8 or 550 5.7.1, so 525 is uncommon in logs.`,
      `Setelah AUTH di port submission untuk akun yang ditangguhkan karena tunggakan pembayaran, penyalahgunaan, dugaan pembobolan, atau karyawan yang sudah keluar. Banyak server melaporkan kondisi yang sama sebagai 535 5.7.8 atau 550 5.7.1, sehingga 525 jarang terlihat di log.`,
    ),
    howToFix: {
      sender: t(
        `Stop retrying and ask the mail provider's support or your administrator why the account was disabled. If an application sends through this account, move it to another authorized account in the meantime.`,
        `Hentikan percobaan ulang dan tanyakan kepada tim dukungan penyedia email atau administrator Anda mengapa akun dinonaktifkan. Jika ada aplikasi yang mengirim melalui akun ini, pindahkan sementara ke akun lain yang berwenang.`,
      ),
      receiver: t(
        `Confirm the account's status in your directory and why it was disabled. If it was compromised, reset the credentials and look for queued spam before enabling it again.`,
        `Pastikan status akun di direktori Anda dan alasan penonaktifannya. Jika akun itu dibobol, atur ulang kredensialnya dan periksa apakah ada spam di queue sebelum mengaktifkannya kembali.`,
      ),
    },
    useWhen: t(
      `Send 525 (with 5.7.13) after a correct login to an account you have disabled, so the client does not prompt for a new password. For wrong credentials use 535; for a disabled recipient mailbox on incoming mail, 550 with 5.2.1 says it better.`,
      `Kirim 525 (dengan 5.7.13) setelah login yang benar ke akun yang telah Anda nonaktifkan, agar klien tidak meminta kata sandi baru. Untuk kredensial yang salah gunakan 535; untuk mailbox penerima yang dinonaktifkan pada email masuk, 550 dengan 5.2.1 lebih tepat.`,
    ),
    actor: 'receiving-server',
    phase: 'auth',
    references: [rfc(5248)],
    related: [
      rel(
        '535',
        `535 means the credentials are wrong, so the user should re-enter them; 525 means they were right but the account is disabled, so only an administrator can help.`,
        `535 berarti kredensialnya salah, sehingga pengguna perlu memasukkannya ulang; 525 berarti kredensialnya benar tetapi akunnya dinonaktifkan, sehingga hanya administrator yang bisa membantu.`,
      ),
    ],
    typicalEnhanced: ['5.7.13'],
  },
  {
    code: '530',
    title: t(`Authentication required (or STARTTLS first)`, `Autentikasi diperlukan (atau STARTTLS terlebih dahulu)`),
    description: t(
      `The server will not carry out this command in the session's current state: either the client must log in first (RFC 4954, 5.7.0), or it must switch to TLS with STARTTLS first (RFC 3207). Neither the message nor a password has been judged; a required earlier step is missing.`,
      `Server tidak akan menjalankan perintah ini dalam status sesi saat ini: klien harus login terlebih dahulu (RFC 4954, 5.7.0), atau harus beralih ke TLS dengan STARTTLS terlebih dahulu (RFC 3207). Baik pesan maupun kata sandi belum dinilai; ada langkah awal wajib yang terlewat.`,
    ),
    whenYouSeeIt: t(
      `"530 5.7.0 Authentication required" in reply to MAIL FROM when an application or a printer sends through a submission server without logging in, and "530 5.7.0 Must issue a STARTTLS command first" when a client skips TLS on a server that insists on it. Office 365's "530 5.7.57 Client was not authenticated to send anonymous mail" is the same situation.`,
      `"530 5.7.0 Authentication required" sebagai balasan MAIL FROM ketika aplikasi atau printer mengirim melalui server submission tanpa login, dan "530 5.7.0 Must issue a STARTTLS command first" ketika klien melewatkan TLS pada server yang mewajibkannya. Pesan Office 365 "530 5.7.57 Client was not authenticated to send anonymous mail" menunjukkan situasi yang sama.`,
    ),
    howToFix: {
      sender: t(
        `Turn on authentication in the client's SMTP settings (user name and password, or OAuth) and enable STARTTLS or use port 465. If the device cannot authenticate, send through a relay that accepts it by IP address, such as a connector or a local smarthost.`,
        `Aktifkan autentikasi pada pengaturan SMTP klien (nama pengguna dan kata sandi, atau OAuth) serta aktifkan STARTTLS atau gunakan port 465. Jika perangkatnya tidak mendukung autentikasi, kirim melalui relay yang menerimanya berdasarkan alamat IP, seperti connector atau smarthost lokal.`,
      ),
      receiver: t(
        `Nothing is wrong if the port is meant for authenticated submission. If internal devices must send without logging in, allow their addresses explicitly (mynetworks, a receive connector) rather than loosening authentication for everyone.`,
        `Tidak ada masalah jika port itu memang untuk submission terautentikasi. Jika perangkat internal harus mengirim tanpa login, izinkan alamat IP-nya secara eksplisit (mynetworks, receive connector) daripada melonggarkan autentikasi untuk semua orang.`,
      ),
    },
    useWhen: t(
      `Send 530 when the command would be allowed after AUTH or STARTTLS and neither has happened yet. If AUTH was attempted and the password was wrong, that is 535; if the chosen mechanism is too weak for your policy, 534.`,
      `Kirim 530 ketika perintah itu akan diizinkan setelah AUTH atau STARTTLS dan keduanya belum dilakukan. Jika AUTH sudah dicoba dan kata sandinya salah, itu 535; jika mekanisme yang dipilih terlalu lemah menurut kebijakan Anda, itu 534.`,
    ),
    actor: 'sender-config',
    phase: 'auth',
    references: [rfc(4954, '6'), rfc(3207, '4')],
    related: [
      rel(
        '535',
        `530: no login was attempted and one is required. 535: a login was attempted and the credentials were rejected. The first is fixed by enabling authentication in the client, the second by correcting the credentials.`,
        `530: belum ada upaya login padahal login diwajibkan. 535: login sudah dicoba dan kredensialnya ditolak. Yang pertama diperbaiki dengan mengaktifkan autentikasi di klien, yang kedua dengan membetulkan kredensialnya.`,
      ),
      rel(
        '534',
        `534: a login was attempted with a mechanism the policy rejects as too weak, whatever the password. 530: no login at all.`,
        `534: login dicoba dengan mekanisme yang ditolak kebijakan karena terlalu lemah, apa pun kata sandinya. 530: sama sekali belum login.`,
      ),
      rel(
        '503',
        `503 is the general out-of-order reply; 530 tells the client exactly which step is missing (AUTH or STARTTLS).`,
        `503 adalah balasan umum untuk urutan yang salah; 530 memberi tahu klien dengan tepat langkah mana yang terlewat (AUTH atau STARTTLS).`,
      ),
      rel(
        '454',
        `454 means TLS or AUTH was attempted but failed for a temporary reason on the server; 530 means it was never attempted.`,
        `454 berarti TLS atau AUTH sudah dicoba tetapi gagal karena alasan sementara di server; 530 berarti belum pernah dicoba.`,
      ),
    ],
    typicalEnhanced: ['5.7.0', '5.7.57'],
  },
  {
    code: '534',
    title: t(`Authentication mechanism is too weak`, `Mekanisme autentikasi terlalu lemah`),
    description: t(
      `The client chose an AUTH mechanism that the server's policy considers too weak for this user, so the login was refused before the credentials were judged (RFC 4954, 5.7.9). The server expects a stronger mechanism or a different way of logging in.`,
      `Klien memilih mekanisme AUTH yang dianggap terlalu lemah oleh kebijakan server untuk pengguna ini, sehingga login ditolak sebelum kredensialnya dinilai (RFC 4954, 5.7.9). Server mengharapkan mekanisme yang lebih kuat atau cara login yang lain.`,
    ),
    whenYouSeeIt: t(
      `Best known from Gmail: "534-5.7.9 Application-specific password required" when an account with 2-Step Verification logs in with its normal password, and "534-5.7.14 Please log in via your web browser" when Google blocks a sign-in it finds risky. Elsewhere, a server refusing PLAIN or LOGIN for accounts that must use a challenge-response or token mechanism.`,
      `Paling dikenal dari Gmail: "534-5.7.9 Application-specific password required" ketika akun dengan Verifikasi 2 Langkah login memakai kata sandi biasa, dan "534-5.7.14 Please log in via your web browser" ketika Google memblokir upaya masuk yang dianggap berisiko. Di tempat lain, server yang menolak PLAIN atau LOGIN untuk akun yang wajib memakai mekanisme challenge-response atau token.`,
    ),
    howToFix: {
      sender: t(
        `For Gmail, create an app password or switch the client to OAuth 2.0 (XOAUTH2); for 5.7.14, sign in once in a browser from the same network to clear the block. Elsewhere, choose a stronger mechanism from the server's AUTH list.`,
        `Untuk Gmail, buat sandi aplikasi atau alihkan klien ke OAuth 2.0 (XOAUTH2); untuk 5.7.14, masuk sekali melalui peramban dari jaringan yang sama untuk membuka blokirnya. Di tempat lain, pilih mekanisme yang lebih kuat daripada daftar AUTH server.`,
      ),
      receiver: t(
        `Check which mechanisms your policy allows for each group of users, and stop advertising mechanisms that no account may use, so clients do not try them first.`,
        `Periksa mekanisme mana yang diizinkan kebijakan Anda untuk tiap kelompok pengguna, dan berhenti mengumumkan mekanisme yang tidak boleh dipakai akun mana pun, agar klien tidak mencobanya lebih dahulu.`,
      ),
    },
    useWhen: t(
      `Send 534 when a mechanism is acceptable in general but not for this user under your policy. If the mechanism is not supported at all, 504; if it only needs TLS first, 538; if the credentials themselves are wrong, 535.`,
      `Kirim 534 ketika sebuah mekanisme pada umumnya dapat diterima tetapi tidak untuk pengguna ini menurut kebijakan Anda. Jika mekanismenya sama sekali tidak didukung, kirim 504; jika hanya memerlukan TLS terlebih dahulu, 538; jika kredensialnya sendiri salah, 535.`,
    ),
    actor: 'sender-config',
    phase: 'auth',
    references: [rfc(4954, '6')],
    related: [
      rel(
        '535',
        `535 rejects the credentials themselves; 534 rejects the way they were presented (the mechanism) before judging them.`,
        `535 menolak kredensialnya sendiri; 534 menolak cara kredensial itu disampaikan (mekanismenya) sebelum menilainya.`,
      ),
      rel(
        '530',
        `530 means no login was attempted; 534 means one was attempted with a mechanism the policy does not accept for this user.`,
        `530 berarti belum ada upaya login; 534 berarti login sudah dicoba dengan mekanisme yang tidak diterima kebijakan untuk pengguna ini.`,
      ),
      rel(
        '538',
        `538 accepts the mechanism once TLS is active; 534 refuses it for this user even over TLS.`,
        `538 menerima mekanisme itu setelah TLS aktif; 534 menolaknya untuk pengguna ini bahkan melalui TLS.`,
      ),
      rel(
        '504',
        `504 means the server does not support the mechanism at all; 534 means it supports it, but not for this user.`,
        `504 berarti server sama sekali tidak mendukung mekanisme itu; 534 berarti server mendukungnya, tetapi tidak untuk pengguna ini.`,
      ),
    ],
    typicalEnhanced: ['5.7.9', '5.7.14'],
  },
  {
    code: '535',
    title: t(`Authentication credentials invalid`, `Kredensial autentikasi tidak valid`),
    description: t(
      `The server checked the user name and password (or token) and rejected them (RFC 4954, 5.7.8). The client should ask for new credentials instead of retrying the same ones, because an identical login fails again and repeated failures may lock the account.`,
      `Server sudah memeriksa nama pengguna dan kata sandi (atau token) lalu menolaknya (RFC 4954, 5.7.8). Klien sebaiknya meminta kredensial baru alih-alih mencoba ulang yang sama, karena login yang identik akan gagal lagi dan kegagalan berulang bisa membuat akun terkunci.`,
    ),
    whenYouSeeIt: t(
      `A changed or mistyped password in a mail client or application, a user name given without its domain part, Gmail's "535-5.7.8 Username and Password not accepted", and Microsoft 365's "535 5.7.139 Authentication unsuccessful" when SMTP AUTH is turned off for the tenant or mailbox. In server logs, bursts of 535 from many IPs are password-guessing attacks.`,
      `Kata sandi yang berubah atau salah ketik di klien email atau aplikasi, nama pengguna tanpa bagian domain, "535-5.7.8 Username and Password not accepted" dari Gmail, dan "535 5.7.139 Authentication unsuccessful" dari Microsoft 365 ketika SMTP AUTH dimatikan untuk tenant atau mailbox. Di log server, rentetan 535 dari banyak IP menandakan serangan tebak kata sandi.`,
    ),
    howToFix: {
      sender: t(
        `Re-enter the credentials and confirm the exact login name the provider expects, often the full address. For Microsoft 365, enable SMTP AUTH for the mailbox or move to OAuth; for Gmail, use an app password or OAuth. Pause automated retries until it is fixed, to avoid a lockout.`,
        `Masukkan ulang kredensial dan pastikan nama login persis yang diharapkan penyedia, sering kali alamat lengkap. Untuk Microsoft 365, aktifkan SMTP AUTH untuk mailbox atau beralih ke OAuth; untuk Gmail, gunakan sandi aplikasi atau OAuth. Hentikan sementara percobaan ulang otomatis sampai beres, agar akun tidak terkunci.`,
      ),
      receiver: t(
        `Read the authentication backend's own log for the reason (unknown user, wrong password, disabled account, realm mismatch). Put repeated 535s from one IP behind fail2ban or a similar limiter, and look for accounts that succeed after many failures, whose passwords may have been guessed.`,
        `Baca log backend autentikasi untuk alasannya (pengguna tidak dikenal, kata sandi salah, akun dinonaktifkan, realm tidak cocok). Pasang fail2ban atau pembatas serupa untuk 535 berulang dari satu IP, dan cari akun yang berhasil login setelah banyak kegagalan, karena kata sandinya mungkin berhasil ditebak.`,
      ),
    },
    useWhen: t(
      `Send 535 when you checked the credentials and they are wrong. If the check could not be made because a backend is down, send 454 so the client retries; if no login was attempted, 530; if the mechanism was refused before any check, 534.`,
      `Kirim 535 ketika Anda sudah memeriksa kredensial dan hasilnya salah. Jika pemeriksaan tidak bisa dilakukan karena backend mati, kirim 454 agar klien mencoba lagi; jika belum ada upaya login, kirim 530; jika mekanismenya ditolak sebelum ada pemeriksaan, kirim 534.`,
    ),
    actor: 'sender-config',
    phase: 'auth',
    references: [rfc(4954, '6')],
    related: [
      rel(
        '530',
        `535 follows a login attempt that failed; 530 says a login is required and none was made.`,
        `535 menyusul upaya login yang gagal; 530 menyatakan login diwajibkan dan belum ada yang dilakukan.`,
      ),
      rel(
        '534',
        `534 refuses the mechanism before looking at the credentials; 535 looked at them and found them wrong.`,
        `534 menolak mekanismenya sebelum melihat kredensial; 535 sudah melihatnya dan mendapati kredensialnya salah.`,
      ),
      rel(
        '454',
        `454 means the server could not check the credentials for now, so the same login may work later; 535 means it checked them and they are wrong.`,
        `454 berarti server belum bisa memeriksa kredensial saat ini, sehingga login yang sama mungkin berhasil nanti; 535 berarti server sudah memeriksanya dan kredensialnya salah.`,
      ),
      rel(
        '525',
        `525 means the credentials were right but the account is disabled; 535 means the credentials themselves were rejected.`,
        `525 berarti kredensialnya benar tetapi akunnya dinonaktifkan; 535 berarti kredensialnya sendiri yang ditolak.`,
      ),
    ],
    typicalEnhanced: ['5.7.8', '5.7.3', '5.7.139'],
  },
  {
    code: '538',
    title: t(`Encryption required for requested authentication mechanism`, `Enkripsi diperlukan untuk mekanisme autentikasi yang diminta`),
    description: t(
      `The client asked for an AUTH mechanism that this server allows only over an encrypted connection, and the connection is not encrypted (RFC 4954, 5.7.11). The credentials have not been checked at all; the same login should work after STARTTLS.`,
      `Klien meminta mekanisme AUTH yang hanya diizinkan server ini melalui koneksi terenkripsi, sedangkan koneksinya belum terenkripsi (RFC 4954, 5.7.11). Kredensial sama sekali belum diperiksa; login yang sama seharusnya berhasil setelah STARTTLS.`,
    ),
    whenYouSeeIt: t(
      `A client set to "no encryption" that tries AUTH PLAIN or LOGIN on port 25 or 587 before STARTTLS. The registry notes that this reply survives mainly for history: current servers avoid it by not offering such mechanisms until TLS is active, so a client that meets 538 is usually ignoring the EHLO list.`,
      `Klien yang diatur "tanpa enkripsi" lalu mencoba AUTH PLAIN atau LOGIN di port 25 atau 587 sebelum STARTTLS. Registri mencatat bahwa balasan ini bertahan terutama karena alasan sejarah: server masa kini menghindarinya dengan tidak menawarkan mekanisme semacam itu sampai TLS aktif, sehingga klien yang menerima 538 biasanya mengabaikan daftar pada balasan EHLO.`,
    ),
    howToFix: {
      sender: t(
        `Enable STARTTLS (or SSL/TLS on port 465) in the client's account settings and try again; the password does not need to change.`,
        `Aktifkan STARTTLS (atau SSL/TLS di port 465) pada pengaturan akun klien lalu coba lagi; kata sandinya tidak perlu diganti.`,
      ),
      receiver: t(
        `The policy is sound. Make sure the EHLO reply before STARTTLS does not list mechanisms you will refuse without encryption, and that your certificate is valid so clients can actually switch to TLS.`,
        `Kebijakannya sudah tepat. Pastikan balasan EHLO sebelum STARTTLS tidak mencantumkan mekanisme yang akan Anda tolak tanpa enkripsi, dan sertifikat Anda valid agar klien benar-benar bisa beralih ke TLS.`,
      ),
    },
    useWhen: t(
      `Send 538 when a mechanism is refused only because TLS is not active yet. If every command needs TLS first, 530 "Must issue a STARTTLS command first" is the broader answer; if the mechanism is refused for this user even over TLS, 534.`,
      `Kirim 538 ketika sebuah mekanisme ditolak semata-mata karena TLS belum aktif. Jika setiap perintah memerlukan TLS terlebih dahulu, 530 "Must issue a STARTTLS command first" adalah jawaban yang lebih luas; jika mekanisme itu ditolak untuk pengguna ini bahkan melalui TLS, kirim 534.`,
    ),
    actor: 'sender-config',
    phase: 'auth',
    references: [rfc(4954, '6')],
    related: [
      rel(
        '530',
        `530 demands TLS (or a login) before any further command; 538 only refuses one AUTH mechanism until TLS is on.`,
        `530 menuntut TLS (atau login) sebelum perintah apa pun berikutnya; 538 hanya menolak satu mekanisme AUTH sampai TLS aktif.`,
      ),
      rel(
        '534',
        `534 refuses the mechanism for this user regardless of encryption; 538 would accept it over TLS.`,
        `534 menolak mekanisme itu untuk pengguna ini terlepas dari enkripsi; 538 akan menerimanya melalui TLS.`,
      ),
      rel(
        '523',
        `523 with 5.7.10 expresses the same need for encryption through the registry's pairing; 538 with 5.7.11 is the reply RFC 4954 itself defines.`,
        `523 dengan 5.7.10 menyatakan kebutuhan enkripsi yang sama melalui pasangan dari registri; 538 dengan 5.7.11 adalah balasan yang ditetapkan RFC 4954 sendiri.`,
      ),
    ],
    typicalEnhanced: ['5.7.11'],
  },
  {
    code: '550',
    title: t(`Requested action not taken: mailbox unavailable`, `Tindakan yang diminta tidak dilakukan: mailbox tidak tersedia`),
    description: t(
      `A permanent refusal of this command, usually of a recipient at RCPT TO: the mailbox does not exist, the client has no right to use it, or policy blocks the request. The sending server will not retry and returns a bounce to the original sender.`,
      `Penolakan permanen atas perintah ini, biasanya atas penerima pada RCPT TO: mailbox tidak ada, klien tidak berhak memakainya, atau kebijakan memblokir permintaan tersebut. Server pengirim tidak akan mencoba ulang dan mengirim bounce kepada pengirim asli.`,
    ),
    whenYouSeeIt: t(
      `The most common permanent failure in any log: unknown users ("550 5.1.1 User unknown", Gmail's "550-5.1.1 ... does not exist"), relaying refused ("550 5.7.1 Relaying denied"), an IP or domain on a blocklist, and authentication policy failures such as Gmail's 550 5.7.26 for mail that fails DMARC, SPF or DKIM. Under SMTPUTF8 a rejected non-ASCII sender address gets 550 5.6.7 (RFC 6531), and LMTP servers use 550 per recipient after DATA.`,
      `Kegagalan permanen yang paling umum di log mana pun: pengguna tidak dikenal ("550 5.1.1 User unknown", "550-5.1.1 ... does not exist" dari Gmail), relay ditolak ("550 5.7.1 Relaying denied"), IP atau domain yang tercantum di blocklist, dan kegagalan kebijakan autentikasi seperti 550 5.7.26 dari Gmail untuk email yang gagal DMARC, SPF, atau DKIM. Pada SMTPUTF8, alamat pengirim non-ASCII yang ditolak mendapat 550 5.6.7 (RFC 6531), dan server LMTP memakai 550 per penerima setelah DATA.`,
    ),
    howToFix: {
      sender: t(
        `Read the enhanced code and the text. For 5.1.1 the address is wrong: correct it or remove it from your list. For 5.7.x the receiver refused you on policy: check whether your IP or domain is on a blocklist and whether SPF, DKIM and DMARC pass for the From domain. Resending unchanged gets the same answer; contact the recipient's postmaster if you think the block is a mistake.`,
        `Baca kode status yang diperluas (enhanced) dan teksnya. Untuk 5.1.1, alamatnya salah: perbaiki atau hapus dari daftar Anda. Untuk 5.7.x, penerima menolak Anda karena kebijakan: periksa apakah IP atau domain Anda ada di blocklist dan apakah SPF, DKIM, dan DMARC lolos untuk domain From. Mengirim ulang tanpa perubahan akan mendapat jawaban yang sama; hubungi postmaster server tujuan jika Anda yakin pemblokiran itu keliru.`,
      ),
      receiver: t(
        `Find which restriction produced it: recipient lookup tables, relay permissions, blocklist checks or an authentication policy. If legitimate mail is refused, fix the lookup (an address missing from an alias or virtual table is typical) or add an exception for the sender; if it is spam, nothing needs to change.`,
        `Cari pembatasan mana yang menghasilkannya: tabel lookup penerima, izin relay, pemeriksaan blocklist, atau kebijakan autentikasi. Jika email yang sah ditolak, perbaiki lookup-nya (alamat yang hilang dari tabel alias atau virtual sering terjadi) atau tambahkan pengecualian untuk pengirim; jika itu spam, tidak ada yang perlu diubah.`,
      ),
    },
    useWhen: t(
      `Send 550 when the recipient does not exist or the request is refused for good. If the same attempt could succeed later (greylisting, a lookup failure), send 450; if the address is unacceptable as a name or syntax, 553 is more precise; if you are refusing the whole transaction or the content, 554 is the usual choice.`,
      `Kirim 550 ketika penerima tidak ada atau permintaannya ditolak untuk seterusnya. Jika percobaan yang sama bisa berhasil nanti (greylisting, lookup gagal), kirim 450; jika alamatnya tidak dapat diterima sebagai nama atau secara sintaks, 553 lebih tepat; jika Anda menolak seluruh transaksi atau isinya, 554 adalah pilihan yang lazim.`,
    ),
    actor: 'recipient-mailbox',
    phase: 'envelope-recipient',
    references: [rfc(5321, '4.2.3'), rfc(6531, '3.5'), rfc(6531, '3.7.4.2'), rfc(2033, '4.2')],
    related: [
      rel(
        '450',
        `550 is permanent and the message bounces now; 450, with the same wording, is temporary and the sender keeps retrying. Use 450 when the same attempt could work later without any change.`,
        `550 bersifat permanen dan pesan langsung dikembalikan sebagai bounce; 450, dengan bunyi yang sama, bersifat sementara dan pengirim terus mencoba ulang. Gunakan 450 bila percobaan yang sama bisa berhasil nanti tanpa perubahan apa pun.`,
      ),
      rel(
        '553',
        `553 points at the address itself (bad syntax, a name that is not allowed); 550 at the mailbox or a policy decision. Both are permanent.`,
        `553 menunjuk pada alamatnya sendiri (sintaks salah, nama yang tidak diizinkan); 550 pada mailbox atau keputusan kebijakan. Keduanya permanen.`,
      ),
      rel(
        '554',
        `550 usually refuses one recipient or the sender, so other recipients of the same message can still succeed; 554 refuses the whole transaction or the message itself.`,
        `550 biasanya menolak satu penerima atau pengirim, sehingga penerima lain dari pesan yang sama masih bisa berhasil; 554 menolak seluruh transaksi atau pesannya sendiri.`,
      ),
      rel(
        '551',
        `551 refuses the recipient but says where the person can now be reached; 550 gives no forwarding information.`,
        `551 menolak penerima tetapi menyebutkan di mana orang itu kini bisa dihubungi; 550 tidak memberi informasi penerusan.`,
      ),
      rel(
        '451',
        `550 is a deliberate, permanent refusal; 451 reports a temporary fault in the server's processing. A transient problem wrongly answered with 550 bounces mail that a retry would have delivered.`,
        `550 adalah penolakan permanen yang disengaja; 451 melaporkan gangguan sementara pada pemrosesan server. Masalah sesaat yang keliru dijawab dengan 550 membuat email dikembalikan padahal percobaan ulang akan mengantarkannya.`,
      ),
    ],
    typicalEnhanced: ['5.1.1', '5.7.1', '5.7.26', '5.1.0', '5.6.7'],
  },
  {
    code: '551',
    title: t(`User not local; please try another path`, `Pengguna tidak lokal; silakan coba jalur lain`),
    description: t(
      `The server does not handle this recipient and will not relay for it, but it tells the client where the mailbox now lives. The message is refused here; the sender has to resend it to the address given in the reply.`,
      `Server tidak menangani penerima ini dan tidak mau me-relay untuknya, tetapi memberi tahu klien di mana mailbox itu kini berada. Pesan ditolak di sini; pengirim harus mengirim ulang ke alamat yang disebut dalam balasan.`,
    ),
    whenYouSeeIt: t(
      `Rarely today: after a person changed employer or domain and the old server answers with the new address, or from servers that use 551 as a plain relay refusal with nothing useful inside. Some receivers also send 551 5.7.1 for policy refusals, which the registry permits.`,
      `Jarang sekarang: setelah seseorang pindah tempat kerja atau domain dan server lama menjawab dengan alamat barunya, atau dari server yang memakai 551 sebagai penolakan relay biasa tanpa informasi berguna di dalamnya. Sebagian penerima juga mengirim 551 5.7.1 untuk penolakan kebijakan, yang memang diizinkan registri.`,
    ),
    howToFix: {
      sender: t(
        `Look for a new address in the reply and update the recipient in your address book or list, then send the message again to that address. If no address is given, treat it like an unknown recipient and ask the person for their current address.`,
        `Cari alamat baru dalam balasan dan perbarui penerima di buku alamat atau daftar Anda, lalu kirim ulang pesan ke alamat itu. Jika tidak ada alamat yang disebut, perlakukan seperti penerima tidak dikenal dan tanyakan alamat terbaru orang tersebut.`,
      ),
      receiver: t(
        `Make sure the forwarding information you hand out is current and that you want to reveal it; some organizations prefer a plain 550 so the new addresses of former staff stay private.`,
        `Pastikan informasi penerusan yang Anda berikan masih terkini dan memang ingin Anda ungkapkan; sebagian organisasi lebih memilih 550 biasa agar alamat baru mantan staf tetap terjaga kerahasiaannya.`,
      ),
    },
    useWhen: t(
      `Send 551 when you know the recipient's new address but do not want to relay for it. If you will forward the message yourself, accept it with 251; if you do not know the user at all, 550.`,
      `Kirim 551 ketika Anda tahu alamat baru penerima tetapi tidak ingin me-relay untuknya. Jika Anda akan meneruskan pesan sendiri, terima dengan 251; jika Anda sama sekali tidak mengenal pengguna itu, kirim 550.`,
    ),
    actor: 'sender-content',
    phase: 'envelope-recipient',
    references: [rfc(5321, '4.2.3'), rfc(5321, '3.4'), rfc(6531, '3.7.4.1')],
    related: [
      rel(
        '251',
        `551 refuses the message and names the new address, so the sender must resend; 251 accepts it and forwards it without the sender doing anything.`,
        `551 menolak pesan dan menyebut alamat baru, sehingga pengirim harus mengirim ulang; 251 menerimanya dan meneruskannya tanpa pengirim melakukan apa pun.`,
      ),
      rel(
        '550',
        `550 refuses without saying where the person went; 551 refuses and points to the new address.`,
        `550 menolak tanpa menyebut ke mana orang itu pindah; 551 menolak sambil menunjuk alamat barunya.`,
      ),
    ],
    typicalEnhanced: ['5.1.6', '5.7.1'],
  },
  {
    code: '552',
    title: t(`Requested mail action aborted: exceeded storage allocation`, `Tindakan email yang diminta dibatalkan: alokasi penyimpanan terlampaui`),
    description: t(
      `The receiving side refuses to store the message because a size limit is exceeded: the message is larger than the server's fixed maximum (the SIZE extension, RFC 1870), or the recipient's mailbox quota is used up. It is a permanent reply, so the sender bounces the message, even though a full mailbox may accept mail again once its owner frees space.`,
      `Pihak penerima menolak menyimpan pesan karena batas ukuran terlampaui: pesan lebih besar daripada batas maksimum tetap server (ekstensi SIZE, RFC 1870), atau kuota mailbox penerima sudah habis. Ini adalah balasan permanen, sehingga pengirim mengembalikan pesan sebagai bounce, meskipun mailbox yang penuh bisa menerima email lagi setelah pemiliknya mengosongkan ruang.`,
    ),
    whenYouSeeIt: t(
      `"552 5.3.4 Message size exceeds fixed limit" after a MAIL FROM with SIZE= or after the final dot, typically for attachments above 25 to 35 MB (base64 makes files about a third larger); "552 5.2.2 Mailbox full" or "over quota" at RCPT TO or after DATA, including per-recipient LMTP replies. Older servers may also send 552 for too many recipients.`,
      `"552 5.3.4 Message size exceeds fixed limit" setelah MAIL FROM dengan SIZE= atau setelah titik penutup, biasanya untuk lampiran di atas 25 sampai 35 MB (base64 membuat berkas sekitar sepertiga lebih besar); "552 5.2.2 Mailbox full" atau "over quota" pada RCPT TO atau setelah DATA, termasuk balasan LMTP per penerima. Server lama juga bisa mengirim 552 untuk terlalu banyak penerima.`,
    ),
    howToFix: {
      sender: t(
        `For size limits, share the file as a link or split it, and compare the message size with the SIZE value the receiver advertises in EHLO. For a full mailbox, tell the recipient through another channel and resend once they have made room.`,
        `Untuk batas ukuran, bagikan berkas sebagai tautan atau pecah menjadi beberapa bagian, dan bandingkan ukuran pesan dengan nilai SIZE yang diumumkan penerima di EHLO. Untuk mailbox penuh, beri tahu penerima lewat saluran lain dan kirim ulang setelah mereka mengosongkan ruang.`,
      ),
      receiver: t(
        `Compare message_size_limit (both Postfix and Exim use that name) or the connector limits in Exchange with what your users need, and keep the EHLO SIZE value equal to the real limit. For quota bounces, warn users before their mailbox fills and check that the quota figure is right.`,
        `Bandingkan message_size_limit (Postfix dan Exim sama-sama memakai nama itu) atau batas connector di Exchange dengan kebutuhan pengguna Anda, dan samakan nilai SIZE di EHLO dengan batas sebenarnya. Untuk bounce karena kuota, peringatkan pengguna sebelum mailbox-nya penuh dan periksa apakah angka kuotanya benar.`,
      ),
    },
    useWhen: t(
      `Send 552 for a message larger than you will ever accept, or for a mailbox over a quota that will not change by itself. For "too many recipients" in one transaction, RFC 5321 section 4.5.3.1.10 asks for 452, and a temporary lack of disk space is also 452.`,
      `Kirim 552 untuk pesan yang terlalu besar untuk Anda terima kapan pun, atau untuk mailbox yang melebihi kuota yang tidak akan berubah dengan sendirinya. Untuk "terlalu banyak penerima" dalam satu transaksi, RFC 5321 bagian 4.5.3.1.10 meminta 452, dan kekurangan ruang disk yang bersifat sementara juga dijawab dengan 452.`,
    ),
    actor: 'recipient-mailbox',
    phase: 'end-of-data',
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.5.3.1.10'), rfc(1870, '6'), rfc(2033, '4.2')],
    related: [
      rel(
        '452',
        `552 is permanent: the message or mailbox exceeds a limit, so the sender bounces. 452 is temporary: storage is short for now, or the transaction has too many recipients, which RFC 5321 section 4.5.3.1.10 says should be 452 even though older servers sent 552.`,
        `552 bersifat permanen: pesan atau mailbox melampaui batas, sehingga pengirim mengembalikannya. 452 bersifat sementara: ruang penyimpanan sedang kurang, atau transaksi memiliki terlalu banyak penerima, yang menurut RFC 5321 bagian 4.5.3.1.10 seharusnya 452 meskipun server lama mengirim 552.`,
      ),
      rel(
        '554',
        `Some servers reject oversized messages with 554 5.3.4 instead of 552; both are permanent, and 552 is the code RFC 1870 uses for size.`,
        `Sebagian server menolak pesan yang terlalu besar dengan 554 5.3.4, bukan 552; keduanya permanen, dan 552 adalah kode yang dipakai RFC 1870 untuk ukuran.`,
      ),
      rel(
        '550',
        `550 refuses the recipient as such; 552 refuses because a size or quota limit was hit, which a smaller message or a cleaned-up mailbox can change.`,
        `550 menolak penerimanya itu sendiri; 552 menolak karena batas ukuran atau kuota tercapai, yang bisa berubah dengan pesan yang lebih kecil atau mailbox yang sudah dibersihkan.`,
      ),
    ],
    typicalEnhanced: ['5.3.4', '5.2.2', '5.2.3'],
  },
  {
    code: '553',
    title: t(`Requested action not taken: mailbox name not allowed`, `Tindakan yang diminta tidak dilakukan: nama mailbox tidak diizinkan`),
    description: t(
      `The address itself is unacceptable to this server: its syntax is wrong, its domain is invalid, or it is not an address this client may use. Where 550 is about the mailbox or a policy, 553 points at the name given in the command.`,
      `Alamatnya sendiri tidak dapat diterima server ini: sintaksnya salah, domainnya tidak sah, atau bukan alamat yang boleh dipakai klien ini. Sementara 550 menyangkut mailbox atau kebijakan, 553 menunjuk pada nama yang diberikan dalam perintah.`,
    ),
    whenYouSeeIt: t(
      `Addresses with typos or illegal characters ("553 5.1.3 Invalid address"), sender addresses the logged-in user does not own ("553 5.7.1 Sender address rejected: not owned by user" from Postfix's smtpd_sender_login_maps), a sender domain that does not exist ("553 5.1.8" from Sendmail), and qmail's relay refusal ("553 sorry, that domain isn't in my list of allowed rcpthosts"). Under SMTPUTF8 a server that does not accept non-ASCII recipients answers RCPT TO with 553 5.6.7 (RFC 6531).`,
      `Alamat yang salah ketik atau mengandung karakter terlarang ("553 5.1.3 Invalid address"), alamat pengirim yang bukan milik pengguna yang login ("553 5.7.1 Sender address rejected: not owned by user" dari smtpd_sender_login_maps di Postfix), domain pengirim yang tidak ada ("553 5.1.8" dari Sendmail), dan penolakan relay qmail ("553 sorry, that domain isn't in my list of allowed rcpthosts"). Pada SMTPUTF8, server yang tidak menerima penerima non-ASCII menjawab RCPT TO dengan 553 5.6.7 (RFC 6531).`,
    ),
    howToFix: {
      sender: t(
        `Check the address character by character, including hidden spaces and curly quotes pasted from documents. If the server says you do not own the sender address, send with the From and envelope address of the account you authenticate as, or ask to be allowed to use that address.`,
        `Periksa alamat huruf demi huruf, termasuk spasi tersembunyi dan tanda kutip lengkung yang tersalin dari dokumen. Jika server menyatakan alamat pengirim bukan milik Anda, kirim dengan alamat From dan envelope milik akun yang Anda pakai untuk autentikasi, atau minta izin untuk memakai alamat itu.`,
      ),
      receiver: t(
        `See which check rejected it: address syntax, sender-login maps, relay domain lists or SMTPUTF8 support. If users legitimately send as shared or alias addresses, add those to their allowed senders.`,
        `Lihat pemeriksaan mana yang menolaknya: sintaks alamat, peta login pengirim, daftar domain relay, atau dukungan SMTPUTF8. Jika pengguna memang sah mengirim sebagai alamat bersama atau alias, tambahkan alamat itu ke daftar pengirim yang diizinkan bagi mereka.`,
      ),
    },
    useWhen: t(
      `Send 553 when the address in MAIL or RCPT is malformed or not allowed as a name. If the address is fine but the mailbox does not exist, 550 is the usual reply; if the line cannot even be parsed, 501.`,
      `Kirim 553 ketika alamat pada MAIL atau RCPT salah format atau tidak diizinkan sebagai nama. Jika alamatnya benar tetapi mailbox-nya tidak ada, 550 adalah balasan yang lazim; jika barisnya bahkan tidak bisa diurai, kirim 501.`,
    ),
    actor: 'sender-content',
    phase: 'envelope-recipient',
    references: [rfc(5321, '4.2.3'), rfc(6531, '3.5')],
    related: [
      rel(
        '550',
        `553 rejects the name given in the command; 550 rejects the mailbox or the request on policy. Both are permanent, but 553 tells you to look at how the address is written.`,
        `553 menolak nama yang diberikan dalam perintah; 550 menolak mailbox atau permintaannya karena kebijakan. Keduanya permanen, tetapi 553 meminta Anda memeriksa cara alamat itu ditulis.`,
      ),
      rel(
        '501',
        `501 means the arguments could not be parsed at all; 553 means the address was understood but is not acceptable.`,
        `501 berarti argumennya sama sekali tidak bisa diurai; 553 berarti alamatnya dipahami tetapi tidak dapat diterima.`,
      ),
    ],
    typicalEnhanced: ['5.1.3', '5.1.8', '5.7.1', '5.6.7'],
  },
  {
    code: '554',
    title: t(`Transaction failed (or no SMTP service here)`, `Transaksi gagal (atau tidak ada layanan SMTP di sini)`),
    description: t(
      `A permanent failure of the whole transaction, most often the receiver's verdict on the message after DATA (spam, malware, policy). As the first line of a connection instead of 220, it means this server will not talk SMTP with this client at all.`,
      `Kegagalan permanen atas seluruh transaksi, paling sering berupa keputusan penerima atas pesan setelah DATA (spam, malware, kebijakan). Jika muncul sebagai baris pertama koneksi menggantikan 220, artinya server ini sama sekali tidak mau melayani SMTP untuk klien ini.`,
    ),
    whenYouSeeIt: t(
      `Content filters after the final dot ("554 5.7.1 Message rejected as spam", a virus found), Postfix's default for blocklist hits ("554 5.7.1 Service unavailable; Client host [...] blocked using zen.spamhaus.org"), relay refusals ("554 5.7.1 Relay access denied"), and greetings such as "554 No SMTP service here" for blocked IPs. Also "554 5.5.1 no valid recipients" to a DATA with nobody accepted, 554 5.6.9 for UTF-8 headers that cannot be delivered (RFC 6531), and "554 Command refused due to lack of security" after a weak TLS negotiation (RFC 3207).`,
      `Filter konten setelah titik penutup ("554 5.7.1 Message rejected as spam", virus ditemukan), balasan bawaan Postfix ketika IP tercantum di blocklist ("554 5.7.1 Service unavailable; Client host [...] blocked using zen.spamhaus.org"), penolakan relay ("554 5.7.1 Relay access denied"), dan salam seperti "554 No SMTP service here" untuk IP yang diblokir. Juga "554 5.5.1 no valid recipients" untuk DATA tanpa penerima yang diterima, 554 5.6.9 untuk header UTF-8 yang tidak bisa diantarkan (RFC 6531), dan "554 Command refused due to lack of security" setelah negosiasi TLS yang lemah (RFC 3207).`,
    ),
    howToFix: {
      sender: t(
        `If a blocklist is named, look up your sending IP there and follow its delisting procedure once the cause is fixed (a compromised account, an open relay, a spamming script). For content rejections, check SPF, DKIM and DMARC alignment, drop link shorteners or risky attachments, and test with a plain message; if it still fails, send the full reply text to the recipient's postmaster.`,
        `Jika sebuah blocklist disebut, cari IP pengirim Anda di sana dan ikuti prosedur penghapusannya setelah penyebabnya diperbaiki (akun yang dibobol, open relay, skrip pengirim spam). Untuk penolakan isi, periksa keselarasan SPF, DKIM, dan DMARC, buang pemendek tautan atau lampiran berisiko, lalu uji dengan pesan sederhana; jika tetap gagal, kirim teks balasan lengkap kepada postmaster server tujuan.`,
      ),
      receiver: t(
        `Find the rule that fired in the filter or MTA log, by queue ID or by the spam score line. If it is a false positive, whitelist the sender or tune the rule; if you reject at the greeting, make sure the blocklists you query are reliable and still running, because a dead list can start blocking everyone.`,
        `Temukan aturan yang terpicu di log filter atau MTA, melalui queue ID atau baris skor spam. Jika itu false positive, masukkan pengirim ke allowlist atau sesuaikan aturannya; jika Anda menolak saat salam pembuka, pastikan blocklist yang Anda periksa andal dan masih beroperasi, karena daftar yang sudah mati bisa mulai memblokir semua pengirim.`,
      ),
    },
    useWhen: t(
      `Send 554 to refuse a message after DATA, or as the greeting when you will not serve this client at all. For a refusal tied to one recipient, 550 is clearer because other recipients may still be accepted; for a host that takes no mail from anyone, RFC 7504 prefers 521.`,
      `Kirim 554 untuk menolak pesan setelah DATA, atau sebagai salam pembuka ketika Anda sama sekali tidak akan melayani klien ini. Untuk penolakan yang terkait satu penerima, 550 lebih jelas karena penerima lain mungkin masih diterima; untuk host yang tidak menerima email dari siapa pun, RFC 7504 lebih memilih 521.`,
    ),
    actor: 'sender-content',
    phase: 'end-of-data',
    references: [rfc(5321, '4.2.3'), rfc(5321, '3.1'), rfc(5321, '3.3'), rfc(3207, '4.1'), rfc(6531, '3.5'), rfc(7504)],
    related: [
      rel(
        '550',
        `554 refuses the whole transaction or the message after DATA; 550 usually refuses one recipient or the sender at the envelope stage, leaving other recipients unaffected.`,
        `554 menolak seluruh transaksi atau pesan setelah DATA; 550 biasanya menolak satu penerima atau pengirim pada tahap envelope, tanpa memengaruhi penerima lain.`,
      ),
      rel(
        '220',
        `At the greeting, 220 opens the session and 554 declines it for this client; after a 554 greeting the server answers everything but QUIT with 503.`,
        `Saat salam, 220 membuka sesi dan 554 menolaknya untuk klien ini; setelah salam 554, server menjawab semua perintah selain QUIT dengan 503.`,
      ),
      rel(
        '521',
        `554 at the greeting refuses this client; 521 states that the host accepts mail from nobody (RFC 7504).`,
        `554 saat salam menolak klien ini; 521 menyatakan bahwa host itu tidak menerima email dari siapa pun (RFC 7504).`,
      ),
      rel(
        '451',
        `554 is a final verdict and the message bounces; 451 after DATA means the checks could not finish, so the sender keeps the message and retries.`,
        `554 adalah keputusan akhir dan pesan dikembalikan sebagai bounce; 451 setelah DATA berarti pemeriksaan tidak dapat selesai, sehingga pengirim menyimpan pesan dan mencoba lagi.`,
      ),
    ],
    typicalEnhanced: ['5.7.1', '5.7.0', '5.3.4', '5.5.1', '5.6.9'],
  },
  {
    code: '555',
    title: t(`MAIL/RCPT parameters not recognized`, `Parameter MAIL/RCPT tidak dikenali`),
    description: t(
      `The server does not know, or does not support, an ESMTP parameter the client added to MAIL FROM or RCPT TO, such as SIZE, BODY=8BITMIME, SMTPUTF8, NOTIFY or RET. The whole command is refused; it would be accepted without that parameter.`,
      `Server tidak mengenal, atau tidak mendukung, parameter ESMTP yang ditambahkan klien pada MAIL FROM atau RCPT TO, seperti SIZE, BODY=8BITMIME, SMTPUTF8, NOTIFY, atau RET. Seluruh perintah ditolak; perintah itu akan diterima tanpa parameter tersebut.`,
    ),
    whenYouSeeIt: t(
      `A client that sends extension parameters without checking the EHLO reply, for example DSN options (NOTIFY=SUCCESS,FAILURE) to a server that does not list DSN, or SMTPUTF8 to one that does not offer it. It also happens when a proxy or firewall strips extensions from the EHLO reply while the client goes on using them.`,
      `Klien yang mengirim parameter ekstensi tanpa memeriksa balasan EHLO, misalnya opsi DSN (NOTIFY=SUCCESS,FAILURE) ke server yang tidak mencantumkan DSN, atau SMTPUTF8 ke server yang tidak menawarkannya. Hal ini juga terjadi ketika proxy atau firewall menghapus ekstensi dari balasan EHLO sementara klien tetap memakainya.`,
    ),
    howToFix: {
      sender: t(
        `Make the client send only the parameters the server advertised in EHLO; mainstream MTAs do this by themselves, so 555 usually points at a custom script or library. Remove the parameter and send again.`,
        `Pastikan klien hanya mengirim parameter yang diumumkan server di EHLO; MTA populer melakukannya sendiri, jadi 555 biasanya mengarah ke skrip atau pustaka buatan sendiri. Hapus parameter itu lalu kirim lagi.`,
      ),
      receiver: t(
        `Nothing is broken on your side if the parameter really is unsupported. If it is supported, check that the extension appears in the EHLO reply the client actually received, including through any proxy.`,
        `Tidak ada yang rusak di sisi Anda jika parameternya memang tidak didukung. Jika didukung, pastikan ekstensi itu muncul pada balasan EHLO yang benar-benar diterima klien, termasuk yang melewati proxy.`,
      ),
    },
    useWhen: t(
      `Send 555 for an unknown or unimplemented MAIL or RCPT parameter. If you support it but cannot honour it at the moment, 455 is the temporary form; for a malformed value of a known parameter, 501.`,
      `Kirim 555 untuk parameter MAIL atau RCPT yang tidak dikenal atau tidak disediakan. Jika Anda mendukungnya tetapi tidak dapat memenuhinya saat ini, 455 adalah bentuk sementaranya; untuk nilai yang salah format dari parameter yang dikenal, kirim 501.`,
    ),
    actor: 'sender-config',
    phase: 'envelope-sender',
    references: [rfc(5321, '4.2.3'), rfc(5321, '4.1.1.11')],
    related: [
      rel(
        '455',
        `555 is permanent: the parameter is unknown or unsupported. 455 is temporary: the parameter is understood but cannot be accommodated right now.`,
        `555 bersifat permanen: parameternya tidak dikenal atau tidak didukung. 455 bersifat sementara: parameternya dipahami tetapi tidak dapat ditampung saat ini.`,
      ),
      rel(
        '504',
        `555 is for MAIL FROM and RCPT TO parameters; 504 is for unimplemented parameters of other commands, such as an AUTH mechanism.`,
        `555 untuk parameter MAIL FROM dan RCPT TO; 504 untuk parameter perintah lain yang tidak disediakan, seperti mekanisme AUTH.`,
      ),
      rel(
        '501',
        `501 means the parameter's value is malformed; 555 means the parameter itself is not supported.`,
        `501 berarti nilai parameternya salah format; 555 berarti parameternya sendiri tidak didukung.`,
      ),
    ],
    typicalEnhanced: ['5.5.4'],
  },
  {
    code: '556',
    title: t(`Domain does not accept mail`, `Domain tidak menerima email`),
    description: t(
      `The recipient's domain has declared that it accepts no mail at all, normally by publishing a null MX record (RFC 7505). The code is usually produced by the sending side itself, or by a relay, after looking the domain up, so the message bounces without any server of that domain being contacted.`,
      `Domain penerima telah menyatakan bahwa domain itu sama sekali tidak menerima email, biasanya dengan memublikasikan record null MX (RFC 7505). Kode ini biasanya dihasilkan oleh sisi pengirim sendiri, atau oleh relay, setelah melakukan lookup DNS atas domain tersebut, sehingga pesan dikembalikan tanpa menghubungi server mana pun milik domain itu.`,
    ),
    whenYouSeeIt: t(
      `In bounces for addresses at parked domains, domains used only for websites, or typo domains whose owners published "MX 0 ." ("556 5.1.10 Recipient address has null MX"). Some receivers answer MAIL FROM with 550 5.7.27 when the sender's own domain has a null MX, the sender-side cousin of this code.`,
      `Pada bounce untuk alamat di domain parkir, domain yang hanya dipakai untuk situs web, atau domain salah ketik yang pemiliknya memublikasikan "MX 0 ." ("556 5.1.10 Recipient address has null MX"). Sebagian penerima menjawab MAIL FROM dengan 550 5.7.27 ketika domain pengirim sendiri memiliki null MX, yang merupakan padanan kode ini di sisi pengirim.`,
    ),
    howToFix: {
      sender: t(
        `Check the recipient address for a typo in the domain (gmial.com, hotmial.com). If it is right, the domain truly takes no mail and you need another way to reach the person; remove such addresses from mailing lists.`,
        `Periksa alamat penerima, mungkin ada salah ketik pada domainnya (gmial.com, hotmial.com). Jika alamatnya benar, domain itu memang tidak menerima email dan Anda perlu cara lain untuk menghubungi orangnya; hapus alamat seperti itu dari milis.`,
      ),
      receiver: t(
        `If you own the domain and expected to receive mail, remove the null MX (a single MX with preference 0 and target ".") and publish real MX hosts. If the domain should not receive mail, the null MX is doing its job.`,
        `Jika Anda pemilik domain dan ingin menerima email, hapus null MX (satu MX dengan prioritas 0 dan target ".") lalu publikasikan host MX yang sebenarnya. Jika domain itu memang tidak seharusnya menerima email, null MX sedang menjalankan tugasnya.`,
      ),
    },
    useWhen: t(
      `Generate 556 (with 5.1.10) in your MTA or relay when the recipient domain publishes a null MX, and do not retry. A host that refuses all connections should answer 521 itself; a domain whose DNS fails for the moment is a 4xx case, not 556.`,
      `Hasilkan 556 (dengan 5.1.10) di MTA atau relay Anda ketika domain penerima memublikasikan null MX, dan jangan mencoba ulang. Host yang menolak semua koneksi sebaiknya menjawab 521 sendiri; domain yang DNS-nya sedang gagal termasuk kasus 4xx, bukan 556.`,
    ),
    actor: 'sender-content',
    phase: 'envelope-recipient',
    references: [rfc(7504), rfc(7505)],
    related: [
      rel(
        '521',
        `556 concerns a whole domain and is usually generated by the sender from DNS without connecting; 521 is sent by a host when you connect to it.`,
        `556 menyangkut seluruh domain dan biasanya dihasilkan pengirim dari DNS tanpa terhubung; 521 dikirim oleh sebuah host ketika Anda terhubung kepadanya.`,
      ),
      rel(
        '550',
        `550 comes from a server that refused a recipient; 556 means no server of the domain was even contacted, because the domain declares it takes no mail.`,
        `550 datang dari server yang menolak seorang penerima; 556 berarti tidak ada server domain itu yang dihubungi sama sekali, karena domainnya menyatakan tidak menerima email.`,
      ),
    ],
    typicalEnhanced: ['5.1.10'],
  },
];
