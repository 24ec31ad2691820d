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
      id: 'Status tentang dialog SMTP itu sendiri (perintah, urutannya, sesi) yang tidak dipersempit server menjadi detail protokol tertentu. Kode ini tidak menyatakan apa pun tentang alamat, mailbox, atau isi pesan.',
    },
    whenYouSeeIt: {
      success: {
        en: 'Some servers attach 2.5.0 to ordinary protocol acknowledgements, such as the reply to NOOP, to a BDAT chunk or even the final 250 after DATA: nothing went wrong and nothing needs doing.',
        id: 'Sebagian server menyertakan 2.5.0 pada konfirmasi protokol biasa, seperti balasan untuk NOOP, untuk potongan BDAT, atau bahkan 250 terakhir setelah DATA: tidak ada yang salah dan tidak ada yang perlu dilakukan.',
      },
      transient: {
        en: '4.5.0 says the dialogue hit a snag the server expects to clear, often a session-state or pipelining problem or a server-side hiccup in the middle of a transaction. The sending server keeps the message and tries again.',
        id: '4.5.0 menyatakan dialog tersendat pada hal yang menurut server akan pulih sendiri, sering kali masalah status sesi atau pipelining, atau gangguan sesaat di sisi server di tengah transaksi. Server pengirim menyimpan pesan dan mencoba lagi.',
      },
      permanent: {
        en: '5.5.0 means the server refused something about the way the client spoke SMTP without giving a finer reason; the reply text usually names the command it objected to. The message is not retried.',
        id: '5.5.0 berarti server menolak sesuatu pada cara klien berkomunikasi melalui SMTP tanpa memberi alasan yang lebih rinci; teks balasan biasanya menyebut perintah yang ditolaknya. Pesan tidak dicoba ulang.',
      },
    },
    howToFix: {
      transient: {
        sender: {
          en: 'Let the queue retry; if one destination keeps deferring with 4.5.0, capture a transcript (swaks, or the MTA’s debug log for that domain) to see which command draws it.',
          id: 'Biarkan queue mencoba lagi; jika satu tujuan terus menunda dengan 4.5.0, rekam transkrip (dengan swaks, atau log debug MTA untuk domain itu) untuk melihat perintah mana yang memicunya.',
        },
        receiver: {
          en: 'Look in the server log at the time of the deferral for the command and session state that triggered it, and for resource or proxy trouble that breaks sessions half-way.',
          id: 'Cari di log server, pada saat penundaan terjadi, perintah dan status sesi yang memicunya, serta masalah sumber daya atau proxy yang memutus sesi di tengah jalan.',
        },
      },
      permanent: {
        sender: {
          en: 'Read the reply text for the command that was refused and compare the client’s dialogue with RFC 5321; a faulty client library, a proxy that rewrites commands, or broken pipelining are the usual culprits.',
          id: 'Baca teks balasan untuk mengetahui perintah yang ditolak, lalu bandingkan dialog klien dengan RFC 5321; pustaka klien yang bermasalah, proxy yang menulis ulang perintah, atau pipelining yang rusak adalah penyebab yang biasa.',
        },
        receiver: {
          en: 'Find which rule or protocol check produced the bare 5.5.0 and, where possible, answer with a specific detail (5.5.1, 5.5.2, 5.5.4) so senders know what to change.',
          id: 'Cari aturan atau pemeriksaan protokol mana yang menghasilkan 5.5.0 tanpa detail dan, bila memungkinkan, jawab dengan detail yang spesifik (5.5.1, 5.5.2, 5.5.4) agar pengirim tahu apa yang harus diubah.',
        },
      },
    },
    useWhen: {
      en: 'Send X.5.0 only when a protocol problem fits none of the specific X.5.z details. Prefer X.5.1 for a command out of order, X.5.2 for input that cannot be parsed and X.5.4 for bad parameters.',
      id: 'Kirim X.5.0 hanya jika masalah protokol tidak cocok dengan satu pun detail X.5.z yang spesifik. Utamakan X.5.1 untuk perintah yang tidak sesuai urutan, X.5.2 untuk input yang tidak dapat diurai, dan X.5.4 untuk parameter yang salah.',
    },
    actor: 'sender-config',
    associatedBasic: ['220', '250', '251', '252', '253', '451', '452', '454', '458', '459', '501', '502', '503', '554'],
    classes: [2, 4, 5],
    references: [rfc(3463, '3.6')],
    related: [
      { code: 'X.5.1', difference: { en: 'X.5.1 pins the problem down to a command that is out of sequence or not supported; X.5.0 is the catch-all when the server gives no such detail.', id: 'X.5.1 menunjuk masalahnya secara tepat pada perintah yang tidak sesuai urutan atau tidak didukung; X.5.0 adalah kode umum ketika server tidak memberi detail seperti itu.' } },
      { code: 'X.5.2', difference: { en: 'X.5.2 says the command line could not be parsed at all; X.5.0 leaves the nature of the protocol problem open.', id: 'X.5.2 menyatakan baris perintah sama sekali tidak dapat diurai; X.5.0 tidak menjelaskan sifat masalah protokolnya.' } },
      { code: 'X.5.4', difference: { en: 'X.5.4 blames a parameter of an otherwise valid command; X.5.0 does not say which part of the dialogue was wrong.', id: 'X.5.4 menyalahkan parameter dari perintah yang selebihnya valid; X.5.0 tidak menyebut bagian dialog mana yang salah.' } },
    ],
  },
  {
    code: 'X.5.1',
    title: { en: 'Invalid command', id: 'Perintah tidak valid' },
    description: {
      en: 'The client sent a command the server will not accept at that point: one it does not implement, or one issued out of order, such as DATA before any recipient was accepted or MAIL FROM before EHLO.',
      id: 'Klien mengirim perintah yang tidak akan diterima server pada saat itu: perintah yang tidak diimplementasikan server, atau yang dikirim tidak sesuai urutan, seperti DATA sebelum ada penerima yang diterima atau MAIL FROM sebelum EHLO.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.5.1 is uncommon; it usually means a command was refused only for now, because the session cannot take it until a pending step such as STARTTLS or AUTH has completed. The sender keeps the message queued.',
        id: '4.5.1 jarang terjadi; biasanya artinya perintah ditolak hanya untuk sementara, karena sesi belum dapat menerimanya sampai langkah yang tertunda seperti STARTTLS atau AUTH selesai. Pengirim tetap menyimpan pesan di queue.',
      },
      permanent: {
        en: '5.5.1 means the server will not act on the command as sent: a sequencing error (RCPT TO before MAIL FROM, DATA with no accepted recipients) or a verb it does not support. Scripts and hand-written clients that skip a step cause it most often.',
        id: '5.5.1 berarti server tidak akan menjalankan perintah sebagaimana dikirim: kesalahan urutan (RCPT TO sebelum MAIL FROM, DATA tanpa penerima yang diterima) atau perintah (verb) yang tidak didukungnya. Skrip dan klien buatan sendiri yang melewatkan satu langkah paling sering menjadi penyebabnya.',
      },
    },
    howToFix: {
      transient: {
        sender: {
          en: 'Check the transcript for a step the server expected first, such as STARTTLS or AUTH, and make sure the client waits for each reply when the server did not offer PIPELINING.',
          id: 'Periksa transkrip untuk menemukan langkah yang diharapkan server lebih dahulu, seperti STARTTLS atau AUTH, dan pastikan klien menunggu setiap balasan jika server tidak menawarkan PIPELINING.',
        },
        receiver: {
          en: 'Work out which session state made the command unacceptable and whether it clears by itself; if it does not, answer with a permanent code so the client stops retrying.',
          id: 'Cari tahu status sesi mana yang membuat perintah tidak dapat diterima dan apakah status itu pulih sendiri; jika tidak, jawab dengan kode permanen agar klien berhenti mencoba lagi.',
        },
      },
      permanent: {
        sender: {
          en: 'Fix the command order in the client: EHLO, then STARTTLS and AUTH where needed, MAIL FROM, RCPT TO, and DATA only after at least one recipient was accepted. Stop using any extension the server did not list in its EHLO reply.',
          id: 'Perbaiki urutan perintah di klien: EHLO, lalu STARTTLS dan AUTH bila perlu, MAIL FROM, RCPT TO, dan DATA hanya setelah setidaknya satu penerima diterima. Berhenti memakai ekstensi apa pun yang tidak dicantumkan server dalam balasan EHLO-nya.',
        },
        receiver: {
          en: 'Confirm from the log which command was refused and why; if a legitimate client depends on an extension you turned off, re-enable it or tell the client’s owner.',
          id: 'Pastikan dari log perintah mana yang ditolak dan mengapa; jika klien yang sah bergantung pada ekstensi yang Anda matikan, aktifkan lagi ekstensi itu atau beri tahu pemilik klien.',
        },
      },
    },
    useWhen: {
      en: 'Reply 5.5.1 to a known command that arrives out of sequence or to a verb you do not implement. Use X.5.2 when the line cannot be parsed and X.5.4 when the command is fine but its arguments are not.',
      id: 'Balas dengan 5.5.1 untuk perintah yang dikenal tetapi datang tidak sesuai urutan, atau untuk perintah (verb) yang tidak Anda implementasikan. Gunakan X.5.2 jika baris tidak dapat diurai dan X.5.4 jika perintahnya benar tetapi argumennya tidak.',
    },
    actor: 'sender-config',
    associatedBasic: ['430', '500', '501', '503', '530', '550', '554', '555'],
    classes: [4, 5],
    references: [rfc(3463, '3.6')],
    related: [
      { code: 'X.5.2', difference: { en: 'X.5.1 concerns a command the server understood but will not take here or at all; X.5.2 means the line itself could not be parsed, so the client must fix its syntax rather than its sequence.', id: 'X.5.1 menyangkut perintah yang dipahami server tetapi tidak akan diterimanya di titik ini atau sama sekali; X.5.2 berarti barisnya sendiri tidak dapat diurai, sehingga klien harus memperbaiki sintaksnya, bukan urutannya.' } },
      { code: 'X.5.3', difference: { en: 'X.5.3 is about the number of recipients in an otherwise correct transaction, not about commands; a client that sees it should split the recipient list, not change its command order.', id: 'X.5.3 menyangkut jumlah penerima dalam transaksi yang selebihnya benar, bukan perintah; klien yang menerimanya sebaiknya memecah daftar penerima, bukan mengubah urutan perintahnya.' } },
      { code: 'X.5.4', difference: { en: 'X.5.4 accepts the command but objects to its arguments; X.5.1 objects to the command being sent at all, or at that moment.', id: 'X.5.4 menerima perintahnya tetapi keberatan dengan argumennya; X.5.1 tidak menerima perintah itu sama sekali, atau tidak menerimanya pada saat itu.' } },
    ],
    bounceReason: 'syntaxerror',
  },
  {
    code: 'X.5.2',
    title: { en: 'Syntax error', id: 'Kesalahan sintaks' },
    description: {
      en: 'The server could not make sense of what the client sent: the command word is unknown or misspelled, or the line is malformed, for example an address without angle brackets or stray characters after the command.',
      id: 'Server tidak dapat memahami apa yang dikirim klien: kata perintahnya tidak dikenal atau salah eja, atau barisnya salah format, misalnya alamat tanpa kurung sudut atau karakter liar setelah perintah.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.5.2 is rare and usually points to a line the server could not read because of a passing input problem, such as a connection that garbled or cut the command; the message stays queued.',
        id: '4.5.2 jarang terjadi dan biasanya menunjuk pada baris yang tidak dapat dibaca server karena masalah input sesaat, seperti koneksi yang merusak atau memotong perintah; pesan tetap di queue.',
      },
      permanent: {
        en: '5.5.2 means a command line was rejected as unreadable. Typical causes are a script sending "MAIL FROM: user@example.com" without brackets, bare LF line endings instead of CRLF, or a client speaking HTTP or another protocol to port 25.',
        id: '5.5.2 berarti sebuah baris perintah ditolak karena tidak terbaca. Penyebab umumnya adalah skrip yang mengirim "MAIL FROM: user@example.com" tanpa kurung sudut, akhir baris LF saja alih-alih CRLF, atau klien yang memakai HTTP atau protokol lain ke port 25.',
      },
    },
    howToFix: {
      transient: {
        sender: {
          en: 'If it keeps happening, take a transcript and look at line endings, character encoding and any middlebox (antivirus proxy, firewall SMTP fixup) that alters commands on the way.',
          id: 'Jika terus terjadi, ambil transkrip dan periksa akhir baris, pengodean karakter, dan middlebox apa pun (proxy antivirus, fitur SMTP fixup di firewall) yang mengubah perintah di tengah jalan.',
        },
        receiver: {
          en: 'Check whether a proxy or load balancer in front of the server truncates or splits lines, and whether the line-length limit is being reached.',
          id: 'Periksa apakah proxy atau load balancer di depan server memotong atau memecah baris, dan apakah batas panjang baris tercapai.',
        },
      },
      permanent: {
        sender: {
          en: 'Compare the exact command bytes with RFC 5321 syntax: angle brackets around addresses, CRLF line endings, no trailing junk. Fix or update the sending library rather than the message.',
          id: 'Bandingkan byte perintah yang persis dengan sintaks RFC 5321: kurung sudut di sekitar alamat, akhir baris CRLF, tanpa sisa karakter di belakang. Perbaiki atau perbarui pustaka pengirim, bukan pesannya.',
        },
        receiver: {
          en: 'Log the raw line that failed to parse; if many clients fail on the same construct, check whether your parser is stricter than the standard requires, for example about a space after the colon.',
          id: 'Catat di log baris mentah yang gagal diurai; jika banyak klien gagal pada konstruksi yang sama, periksa apakah parser Anda lebih ketat daripada yang diwajibkan standar, misalnya soal spasi setelah titik dua.',
        },
      },
    },
    useWhen: {
      en: 'Reply 5.5.2 when a command line cannot be parsed or the verb is unknown. Prefer X.5.4 when the verb is valid but a parameter is wrong, and X.5.1 when a valid command is out of place.',
      id: 'Balas dengan 5.5.2 jika baris perintah tidak dapat diurai atau perintahnya (verb) tidak dikenal. Utamakan X.5.4 jika perintahnya valid tetapi ada parameter yang salah, dan X.5.1 jika perintah yang valid datang di tempat yang salah.',
    },
    actor: 'sender-config',
    associatedBasic: ['500', '501', '502', '550', '555'],
    classes: [4, 5],
    references: [rfc(3463, '3.6')],
    related: [
      { code: 'X.5.1', difference: { en: 'X.5.2 means the server could not parse the line; X.5.1 means it parsed a valid command but will not run it in that state or does not implement it.', id: 'X.5.2 berarti server tidak dapat mengurai barisnya; X.5.1 berarti server mengurai perintah yang valid tetapi tidak akan menjalankannya dalam status itu atau tidak mengimplementasikannya.' } },
      { code: 'X.5.3', difference: { en: 'X.5.3 refuses extra recipients of a well-formed transaction, a sizing matter the sender solves by batching; X.5.2 says the commands themselves are malformed.', id: 'X.5.3 menolak penerima tambahan dalam transaksi yang formatnya benar, masalah ukuran yang diatasi pengirim dengan mengirim bertahap; X.5.2 menyatakan perintahnya sendiri salah format.' } },
      { code: 'X.5.4', difference: { en: 'X.5.4 means the command word was right and only an argument was unacceptable; X.5.2 means the line did not parse as a command at all.', id: 'X.5.4 berarti kata perintahnya benar dan hanya argumennya yang tidak dapat diterima; X.5.2 berarti baris itu sama sekali tidak terurai sebagai perintah.' } },
    ],
    bounceReason: 'syntaxerror',
  },
  {
    code: 'X.5.3',
    title: { en: 'Too many recipients', id: 'Terlalu banyak penerima' },
    description: {
      en: 'The transaction named more recipients than the server takes in one message. The expected reaction is to deliver to the recipients already accepted and send the others in a further transaction, not to give up on them.',
      id: 'Transaksi menyebut lebih banyak penerima daripada yang diterima server dalam satu pesan. Reaksi yang diharapkan adalah mengirim ke penerima yang sudah diterima dan mengirim sisanya dalam transaksi berikutnya, bukan berhenti mengirim ke mereka.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.5.3 normally answers a RCPT TO after the per-message recipient limit was reached; the recipients accepted so far are fine, and a well-behaved MTA sends the remainder in a new transaction.',
        id: '4.5.3 biasanya menjawab RCPT TO setelah batas penerima per pesan tercapai; penerima yang sudah diterima sejauh ini tidak bermasalah, dan MTA yang berperilaku baik mengirim sisanya dalam transaksi baru.',
      },
      permanent: {
        en: '5.5.3 means the recipients beyond the limit were refused for this attempt; if the sending software does not split the list itself, those people get a bounce although nothing is wrong with their addresses.',
        id: '5.5.3 berarti penerima di atas batas ditolak untuk percobaan ini; jika perangkat lunak pengirim tidak memecah daftarnya sendiri, orang-orang itu menerima bounce padahal alamat mereka tidak bermasalah.',
      },
    },
    howToFix: {
      transient: {
        sender: {
          en: 'Make sure the MTA or application splits large recipient lists (for example Postfix smtp_destination_recipient_limit, or batching in the application) and keeps each transaction under the receiver’s limit.',
          id: 'Pastikan MTA atau aplikasi memecah daftar penerima yang besar (misalnya smtp_destination_recipient_limit di Postfix, atau pengiriman bertahap di aplikasi) dan menjaga setiap transaksi di bawah batas server tujuan.',
        },
        receiver: {
          en: 'Check the configured recipients-per-message limit; if legitimate senders reach it often, raise it, and keep answering with a 4xx reply so they send the rest later.',
          id: 'Periksa batas penerima per pesan yang dikonfigurasi; jika pengirim yang sah sering mencapainya, naikkan batas itu, dan tetap jawab dengan balasan 4xx agar mereka mengirim sisanya nanti.',
        },
      },
      permanent: {
        sender: {
          en: 'Resend to the refused recipients in smaller batches, and cap recipients per transaction in the sender’s configuration so the limit is never crossed again.',
          id: 'Kirim ulang ke penerima yang ditolak dalam kelompok yang lebih kecil, dan batasi jumlah penerima per transaksi di konfigurasi pengirim agar batas itu tidak pernah terlampaui lagi.',
        },
        receiver: {
          en: 'Prefer a temporary reply for excess recipients, as RFC 5321 recommends with 452, so clients split and retry; a permanent refusal turns a sizing question into bounces.',
          id: 'Utamakan balasan sementara untuk penerima yang berlebih, seperti yang dianjurkan RFC 5321 dengan 452, agar klien memecah daftar dan mencoba lagi; penolakan permanen mengubah soal ukuran menjadi bounce.',
        },
      },
    },
    useWhen: {
      en: 'Answer the RCPT TO that goes over your per-message limit with a 4xx reply and 4.5.3 (RFC 5321 suggests 452, the registry lists 451) so the client delivers the rest later. Keep 5.5.3 for clients that ignore the deferral.',
      id: 'Jawab RCPT TO yang melampaui batas per pesan Anda dengan balasan 4xx dan 4.5.3 (RFC 5321 menyarankan 452, registri mencantumkan 451) agar klien mengirim sisanya nanti. Gunakan 5.5.3 hanya untuk klien yang mengabaikan penundaan.',
    },
    actor: 'sender-config',
    phase: 'envelope-recipient',
    associatedBasic: ['451'],
    classes: [4, 5],
    references: [rfc(3463, '3.6'), rfc(5321, '4.5.3.1.10')],
    related: [
      { code: 'X.5.1', difference: { en: 'X.5.1 blames the command or its order; X.5.3 accepts the commands and only limits how many recipients one message may carry.', id: 'X.5.1 menyalahkan perintah atau urutannya; X.5.3 menerima perintahnya dan hanya membatasi berapa banyak penerima yang boleh dibawa satu pesan.' } },
      { code: 'X.5.2', difference: { en: 'X.5.2 reports unreadable commands that the client must correct; X.5.3 reports a limit the client meets by splitting the recipient list.', id: 'X.5.2 melaporkan perintah tak terbaca yang harus diperbaiki klien; X.5.3 melaporkan batas yang dipenuhi klien dengan memecah daftar penerima.' } },
    ],
    bounceReason: 'exceedlimit',
  },
  {
    code: 'X.5.4',
    title: { en: 'Invalid command arguments', id: 'Argumen perintah tidak valid' },
    description: {
      en: 'The command was valid but one of its parameters was not: an option the server does not support, a value out of range, or an extension keyword the server never advertised, such as SMTPUTF8 or BODY=8BITMIME on MAIL FROM at a server that lacks them.',
      id: 'Perintahnya valid tetapi salah satu parameternya tidak: opsi yang tidak didukung server, nilai di luar rentang, atau kata kunci ekstensi yang tidak pernah ditawarkan server, seperti SMTPUTF8 atau BODY=8BITMIME pada MAIL FROM ke server yang tidak memilikinya.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.5.4 suggests the server cannot honour a parameter at the moment, for example an option that depends on a helper service that is down; the sender retries.',
        id: '4.5.4 menandakan server tidak dapat memenuhi suatu parameter saat ini, misalnya opsi yang bergantung pada layanan pembantu yang sedang mati; pengirim mencoba lagi.',
      },
      permanent: {
        en: '5.5.4 usually follows a MAIL FROM or RCPT TO carrying an ESMTP parameter the server did not offer, or a malformed value such as a non-numeric SIZE, and often comes with 501, 504 or 555.',
        id: '5.5.4 biasanya mengikuti MAIL FROM atau RCPT TO yang membawa parameter ESMTP yang tidak ditawarkan server, atau nilai yang salah format seperti SIZE yang bukan angka, dan sering muncul bersama 501, 504, atau 555.',
      },
    },
    howToFix: {
      transient: {
        sender: {
          en: 'Retry later; if it persists, drop the optional parameter the reply text names and check whether the destination’s EHLO reply still lists the matching extension.',
          id: 'Coba lagi nanti; jika masih terjadi, buang parameter opsional yang disebut teks balasan dan periksa apakah balasan EHLO tujuan masih mencantumkan ekstensi yang sesuai.',
        },
        receiver: {
          en: 'Check whether the component behind the parameter (a DSN or size-check service, for instance) is failing, since a temporary argument error should clear without the client changing anything.',
          id: 'Periksa apakah komponen di balik parameter itu (misalnya layanan DSN atau pemeriksa ukuran) sedang gagal, karena kesalahan argumen sementara seharusnya pulih tanpa klien mengubah apa pun.',
        },
      },
      permanent: {
        sender: {
          en: 'Send only parameters the server advertised in its EHLO reply and check their values against the syntax; a client library that sends NOTIFY or SMTPUTF8 unconditionally needs a fix or an update.',
          id: 'Kirim hanya parameter yang ditawarkan server dalam balasan EHLO-nya dan periksa nilainya terhadap sintaks; pustaka klien yang selalu mengirim NOTIFY atau SMTPUTF8 tanpa syarat perlu diperbaiki atau diperbarui.',
        },
        receiver: {
          en: 'Identify the parameter from the log; if clients legitimately need it, enable the matching extension, otherwise the rejection is right.',
          id: 'Kenali parameternya dari log; jika klien memang sah membutuhkannya, aktifkan ekstensi yang sesuai; jika tidak, penolakan itu sudah benar.',
        },
      },
    },
    useWhen: {
      en: 'Send 5.5.4 (with 501, 504 or 555) when the command is right but an argument is not acceptable. Use X.5.2 for a line that does not parse and X.5.1 for a command out of sequence.',
      id: 'Kirim 5.5.4 (dengan 501, 504, atau 555) jika perintahnya benar tetapi ada argumen yang tidak dapat diterima. Gunakan X.5.2 untuk baris yang tidak terurai dan X.5.1 untuk perintah yang tidak sesuai urutan.',
    },
    actor: 'sender-config',
    associatedBasic: ['451', '501', '502', '503', '504', '550', '555'],
    classes: [4, 5],
    references: [rfc(3463, '3.6')],
    related: [
      { code: 'X.5.1', difference: { en: 'X.5.1 refuses the command itself; X.5.4 accepts the command and refuses one of its arguments, so the client fixes a parameter, not its sequence.', id: 'X.5.1 menolak perintahnya sendiri; X.5.4 menerima perintahnya dan menolak salah satu argumennya, sehingga klien memperbaiki parameter, bukan urutannya.' } },
      { code: 'X.5.2', difference: { en: 'X.5.2 means the line would not parse; X.5.4 means it parsed and a parameter value or keyword was not acceptable.', id: 'X.5.2 berarti baris tidak dapat diurai; X.5.4 berarti baris terurai, tetapi nilai parameter atau kata kuncinya tidak dapat diterima.' } },
    ],
    bounceReason: 'syntaxerror',
  },
  {
    code: 'X.5.5',
    title: { en: 'Wrong protocol version', id: 'Versi protokol salah' },
    description: {
      en: 'The two sides could not agree on a version of the protocol, so the exchange could not go on; in practice it shows up when client and server disagree about a dialect or protocol variant they both need.',
      id: 'Kedua pihak tidak dapat menyepakati versi protokol, sehingga pertukaran tidak dapat dilanjutkan; dalam praktik, kode ini muncul ketika klien dan server berbeda pendapat tentang dialek atau varian protokol yang sama-sama mereka butuhkan.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.5.5 is seldom seen; it points to a version mismatch that may resolve itself later, such as a gateway whose upstream runs a different protocol version during a migration.',
        id: '4.5.5 jarang terlihat; kode ini menunjuk pada ketidakcocokan versi yang mungkin teratasi sendiri nanti, seperti gateway yang server hulunya menjalankan versi protokol berbeda selama migrasi.',
      },
      permanent: {
        en: '5.5.5 means the mismatch could not be worked around, for instance a client speaking LMTP to an SMTP-only listener, or a gateway receiving a protocol variant it does not understand.',
        id: '5.5.5 berarti ketidakcocokan itu tidak dapat diatasi, misalnya klien yang memakai LMTP ke listener yang hanya melayani SMTP, atau gateway yang menerima varian protokol yang tidak dipahaminya.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let the message retry, and check whether the destination recently changed its mail software or is being migrated.', id: 'Biarkan pesan dicoba ulang, dan periksa apakah tujuan baru saja mengganti perangkat lunak email-nya atau sedang dimigrasikan.' },
        receiver: { en: 'Verify that every node behind the listener runs a protocol version the front end can talk to, especially during upgrades.', id: 'Pastikan setiap node di belakang listener menjalankan versi protokol yang dapat dilayani front end, terutama selama upgrade.' },
      },
      permanent: {
        sender: { en: 'Check that the client connects to the right port and protocol (SMTP on 25 or 587, LMTP only where configured) and speaks the version the server expects.', id: 'Periksa apakah klien terhubung ke port dan protokol yang benar (SMTP di 25 atau 587, LMTP hanya jika dikonfigurasi) dan memakai versi yang diharapkan server.' },
        receiver: { en: 'Confirm which protocol the listener is configured for, document it, and point misconfigured clients to the correct service.', id: 'Pastikan protokol apa yang dikonfigurasi untuk listener, dokumentasikan, dan arahkan klien yang salah konfigurasi ke layanan yang benar.' },
      },
    },
    useWhen: {
      en: 'Use X.5.5 only for a genuine protocol-version mismatch; ordinary unknown or misplaced commands belong to X.5.1 or X.5.2.',
      id: 'Gunakan X.5.5 hanya untuk ketidakcocokan versi protokol yang sesungguhnya; perintah biasa yang tidak dikenal atau salah tempat termasuk X.5.1 atau X.5.2.',
    },
    actor: 'sender-config',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.6')],
    related: [
      { code: 'X.5.1', difference: { en: 'X.5.1 refuses a single command within a protocol both sides speak; X.5.5 says the two sides do not speak the same protocol version at all.', id: 'X.5.1 menolak satu perintah dalam protokol yang digunakan kedua pihak; X.5.5 menyatakan kedua pihak sama sekali tidak memakai versi protokol yang sama.' } },
    ],
    bounceReason: 'systemerror',
  },
  {
    code: 'X.5.6',
    title: { en: 'Authentication Exchange line is too long', id: 'Baris pertukaran autentikasi terlalu panjang' },
    description: {
      en: 'During AUTH, the client sent a base64 response longer than the server can buffer for the chosen SASL mechanism, so the server abandoned the authentication attempt.',
      id: 'Selama AUTH, klien mengirim respons base64 yang lebih panjang daripada yang dapat ditampung buffer server untuk mekanisme SASL yang dipilih, sehingga server membatalkan upaya autentikasi.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.5.6 means the server could not take the long AUTH response this time; because the same response will be too long again, it usually recurs on every retry until the client changes.',
        id: '4.5.6 berarti server tidak dapat menerima respons AUTH yang panjang kali ini; karena respons yang sama akan kembali terlalu panjang, kode ini biasanya berulang pada setiap percobaan ulang sampai klien berubah.',
      },
      permanent: {
        en: '5.5.6 answers an AUTH exchange whose encoded line went over the limit, typically a large token such as an XOAUTH2 bearer token or a Kerberos ticket sent as the initial response.',
        id: '5.5.6 menjawab pertukaran AUTH yang baris terenkodenya melampaui batas, biasanya token besar seperti bearer token XOAUTH2 atau tiket Kerberos yang dikirim sebagai respons awal (initial response).',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry once; if the same reply comes back, treat it like the permanent case and shorten the AUTH response instead of waiting on the queue.', id: 'Coba sekali lagi; jika balasan yang sama kembali, perlakukan seperti kasus permanen dan perpendek respons AUTH alih-alih menunggu queue.' },
        receiver: { en: 'Check the SASL line-length limit and whether a configuration change lowered it, then raise it enough for the token sizes your clients use.', id: 'Periksa batas panjang baris SASL dan apakah perubahan konfigurasi menurunkannya, lalu naikkan secukupnya untuk ukuran token yang dipakai klien Anda.' },
      },
      permanent: {
        sender: {
          en: 'Send the credentials after the 334 prompt instead of as an initial response on the AUTH line, pick a mechanism with shorter messages, or ask the server owner to raise the limit.',
          id: 'Kirim kredensial setelah prompt 334, bukan sebagai respons awal di baris AUTH, pilih mekanisme dengan pesan yang lebih pendek, atau minta pemilik server menaikkan batasnya.',
        },
        receiver: {
          en: 'Raise the maximum AUTH line length for the mechanisms you offer (OAuth tokens can run to several kilobytes), or stop advertising a mechanism whose responses the server cannot hold.',
          id: 'Naikkan panjang maksimum baris AUTH untuk mekanisme yang Anda tawarkan (token OAuth bisa mencapai beberapa kilobyte), atau berhenti menawarkan mekanisme yang responsnya tidak dapat ditampung server.',
        },
      },
    },
    useWhen: {
      en: 'Send 500 5.5.6 when an AUTH response overflows your buffer for that mechanism; send X.7.8 when the credentials are wrong rather than too long.',
      id: 'Kirim 500 5.5.6 jika respons AUTH melampaui buffer Anda untuk mekanisme itu; kirim X.7.8 jika kredensialnya salah, bukan terlalu panjang.',
    },
    actor: 'sender-config',
    associatedBasic: ['500'],
    classes: [4, 5],
    references: [rfc(4954, '6')],
    related: [
      { code: 'X.7.8', difference: { en: 'X.7.8 says the credentials were checked and are wrong; X.5.6 says the server never got as far as checking them because the AUTH line was too long.', id: 'X.7.8 menyatakan kredensial sudah diperiksa dan salah; X.5.6 menyatakan server bahkan belum sampai memeriksanya karena baris AUTH terlalu panjang.' } },
    ],
    bounceReason: 'syntaxerror',
  },

  // ---- X.6.z: message content or media status ----
  {
    code: 'X.6.0',
    title: { en: 'Other or undefined media error', id: 'Kesalahan media lain atau tidak terdefinisi' },
    description: {
      en: 'Something in the content of the message made it undeliverable and no more specific media code applied; the trouble lies in the body or headers, not in the envelope or the sender’s reputation.',
      id: 'Ada sesuatu pada isi pesan yang membuatnya tidak dapat dikirim dan tidak ada kode media yang lebih spesifik yang berlaku; masalahnya ada pada body atau header, bukan pada envelope atau reputasi pengirim.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.0 points to content the server could not process for now, such as a scanner or converter timing out on a large or deeply nested attachment; the message is retried.',
        id: '4.6.0 menunjuk pada isi yang untuk saat ini tidak dapat diproses server, seperti pemindai atau konverter yang timeout pada lampiran yang besar atau bersarang terlalu dalam; pesan dicoba ulang.',
      },
      permanent: {
        en: '5.6.0 means the receiving system refused the content itself: malformed MIME, a header it could not parse, or an attachment it will not carry. The reply text or the provider’s bounce usually names the part.',
        id: '5.6.0 berarti sistem tujuan menolak isinya sendiri: MIME yang salah format, header yang tidak dapat diurainya, atau lampiran yang tidak mau dibawanya. Teks balasan atau bounce dari penyedia biasanya menyebut bagian yang bermasalah.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry; if one message keeps deferring, test a copy without attachments to see whether a particular part upsets the receiver’s content processing.', id: 'Biarkan dicoba ulang; jika satu pesan terus ditunda, uji salinannya tanpa lampiran untuk melihat apakah ada bagian tertentu yang mengganggu pemrosesan isi di sisi penerima.' },
        receiver: { en: 'Check the content scanner and conversion services for timeouts or crashes at the time of the deferral, and the size or nesting depth of the message involved.', id: 'Periksa pemindai isi dan layanan konversi untuk timeout atau crash pada saat penundaan, serta ukuran atau kedalaman susunan bersarang pada pesan yang bersangkutan.' },
      },
      permanent: {
        sender: { en: 'Validate the MIME structure and headers of the message (a MIME linter or a test mailbox helps), remove unusual attachment types or nested archives, and resend.', id: 'Validasi struktur MIME dan header pesan (MIME linter atau mailbox uji membantu), hapus jenis lampiran yang tidak lazim atau arsip bersarang, lalu kirim ulang.' },
        receiver: { en: 'Find the content rule or parser error that produced 5.6.0 and, if it is a specific failure, answer with the matching detail code such as X.6.1 or X.6.3.', id: 'Cari aturan isi atau kesalahan parser yang menghasilkan 5.6.0 dan, jika itu kegagalan yang spesifik, jawab dengan kode detail yang sesuai seperti X.6.1 atau X.6.3.' },
      },
    },
    useWhen: {
      en: 'Use X.6.0 for content problems that fit no specific media code. Prefer X.6.1 for an unsupported media type and X.6.3 or X.6.5 when a conversion is at fault.',
      id: 'Gunakan X.6.0 untuk masalah isi yang tidak cocok dengan kode media spesifik mana pun. Utamakan X.6.1 untuk jenis media yang tidak didukung dan X.6.3 atau X.6.5 jika konversi yang menjadi masalah.',
    },
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.7')],
    related: [
      { code: 'X.6.1', difference: { en: 'X.6.1 names the cause, a media type or encoding the path cannot carry; X.6.0 only says the content was the problem.', id: 'X.6.1 menyebut penyebabnya, yaitu jenis media atau pengodean yang tidak dapat dibawa jalur pengiriman; X.6.0 hanya menyatakan bahwa isi pesanlah masalahnya.' } },
      { code: 'X.6.3', difference: { en: 'X.6.3 says the content would be fine after a conversion nobody could perform; X.6.0 leaves the content problem unspecified.', id: 'X.6.3 menyatakan isi pesan akan baik-baik saja setelah konversi yang tidak dapat dilakukan siapa pun; X.6.0 tidak merinci masalah isinya.' } },
      { code: 'X.6.5', difference: { en: 'X.6.5 reports a conversion that was attempted and failed; X.6.0 does not say whether any conversion was involved.', id: 'X.6.5 melaporkan konversi yang dicoba dan gagal; X.6.0 tidak menyatakan apakah ada konversi yang terlibat.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.1',
    title: { en: 'Media not supported', id: 'Media tidak didukung' },
    description: {
      en: 'The message carries a media type or encoding that the delivery path or the next system cannot handle, for instance a body part type the destination refuses, or binary content offered to a system that cannot take it.',
      id: 'Pesan membawa jenis media atau pengodean yang tidak dapat ditangani jalur pengiriman atau sistem berikutnya, misalnya jenis body part yang ditolak tujuan, atau konten biner yang ditawarkan ke sistem yang tidak dapat menerimanya.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.1 is unusual; it suggests the next system cannot take this kind of content at the moment, such as a gateway whose handler for the media type is temporarily unavailable.',
        id: '4.6.1 tidak lazim; kode ini menandakan sistem berikutnya saat ini tidak dapat menerima jenis isi seperti ini, misalnya gateway yang penangan untuk jenis media itu untuk sementara tidak tersedia.',
      },
      permanent: {
        en: '5.6.1 means the receiving side does not accept the content as sent, for example a blocked attachment type or binary data on a path that does not offer BINARYMIME.',
        id: '5.6.1 berarti pihak penerima tidak menerima isi sebagaimana dikirim, misalnya jenis lampiran yang diblokir atau data biner pada jalur yang tidak menawarkan BINARYMIME.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry; if the deferral keeps coming back, resend with a common transfer encoding (base64 or quoted-printable) and without exotic attachment types.', id: 'Biarkan dicoba ulang; jika penundaan terus berulang, kirim ulang dengan pengodean transfer yang umum (base64 atau quoted-printable) dan tanpa jenis lampiran yang tidak lazim.' },
        receiver: { en: 'Check the content handler or gateway responsible for that media type and whether it is down or misconfigured.', id: 'Periksa penangan isi atau gateway yang bertanggung jawab atas jenis media itu, apakah sedang mati atau salah konfigurasi.' },
      },
      permanent: {
        sender: { en: 'Change the content: convert or compress the attachment into a type the destination accepts, use 7-bit-safe encodings, or share large and unusual files by link.', id: 'Ubah isinya: konversi atau kompres lampiran menjadi jenis yang diterima tujuan, gunakan pengodean yang aman untuk 7-bit, atau bagikan file besar dan tidak lazim lewat tautan.' },
        receiver: { en: 'Review the attachment-type policy that fired; if the type is legitimate for your users, allow it, otherwise document the restriction.', id: 'Tinjau kebijakan jenis lampiran yang terpicu; jika jenis itu sah bagi pengguna Anda, izinkan; jika tidak, dokumentasikan pembatasannya.' },
      },
    },
    useWhen: {
      en: 'Reply X.6.1 when you refuse a media type or encoding as such; use X.6.3 when the content would be acceptable after a conversion you cannot perform.',
      id: 'Balas dengan X.6.1 jika Anda menolak jenis media atau pengodean itu sendiri; gunakan X.6.3 jika isinya dapat diterima setelah konversi yang tidak dapat Anda lakukan.',
    },
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.7')],
    related: [
      { code: 'X.6.0', difference: { en: 'X.6.0 is the unspecified content error; X.6.1 tells the sender that the type or encoding of the content is what the path refuses.', id: 'X.6.0 adalah kesalahan isi yang tidak dirinci; X.6.1 memberi tahu pengirim bahwa jenis atau pengodean isi itulah yang ditolak jalur pengiriman.' } },
      { code: 'X.6.3', difference: { en: 'X.6.3 means a conversion could have made the content deliverable but was not available; X.6.1 means the content type is not wanted at all.', id: 'X.6.3 berarti konversi sebenarnya dapat membuat isi terkirim tetapi tidak tersedia; X.6.1 berarti jenis isi itu sama sekali tidak diinginkan.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.2',
    title: { en: 'Conversion required and prohibited', id: 'Konversi diperlukan tetapi dilarang' },
    description: {
      en: 'The content would have to be converted for the next hop, but conversion was forbidden, whether by a no-conversion request carried with the message or by the rules of a system on the way.',
      id: 'Isi pesan harus dikonversi untuk hop berikutnya, tetapi konversi dilarang, baik oleh permintaan tanpa-konversi yang dibawa pesan maupun oleh aturan suatu sistem di tengah jalan.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.2 suggests the ban on converting may be lifted or the next hop may soon accept the original form; the message stays in the queue meanwhile.',
        id: '4.6.2 menandakan larangan konversi mungkin akan dicabut atau hop berikutnya mungkin segera menerima bentuk aslinya; sementara itu pesan tetap di queue.',
      },
      permanent: {
        en: '5.6.2 means a relay needed to convert the message, for example downgrade 8-bit text to 7-bit, but was not allowed to, so it returned the message rather than alter it.',
        id: '5.6.2 berarti relay perlu mengonversi pesan, misalnya menurunkan teks 8-bit menjadi 7-bit, tetapi tidak diizinkan, sehingga relay mengembalikan pesan alih-alih mengubahnya.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Wait for the retries; if the deferral persists, send the message in a form that needs no conversion, such as 7-bit-safe encoding.', id: 'Tunggu percobaan ulang; jika penundaan berlanjut, kirim pesan dalam bentuk yang tidak memerlukan konversi, seperti pengodean yang aman untuk 7-bit.' },
        receiver: { en: 'Check the relay’s conversion policy and whether the next hop’s capabilities (8BITMIME, BINARYMIME) changed recently.', id: 'Periksa kebijakan konversi relay dan apakah kemampuan hop berikutnya (8BITMIME, BINARYMIME) baru saja berubah.' },
      },
      permanent: {
        sender: { en: 'Resend using base64 or quoted-printable so no hop has to convert, or drop the setting that forbids conversion if it was not intended.', id: 'Kirim ulang dengan base64 atau quoted-printable agar tidak ada hop yang perlu mengonversi, atau hapus pengaturan yang melarang konversi jika itu tidak disengaja.' },
        receiver: { en: 'Confirm whether refusing to convert is deliberate; if not, allow downgrade conversion on the relay.', id: 'Pastikan apakah penolakan konversi memang disengaja; jika tidak, izinkan konversi downgrade di relay.' },
      },
    },
    useWhen: {
      en: 'Use X.6.2 when you could convert but are forbidden to; use X.6.3 when you are allowed to convert but unable to.',
      id: 'Gunakan X.6.2 jika Anda mampu mengonversi tetapi dilarang; gunakan X.6.3 jika Anda diizinkan mengonversi tetapi tidak mampu.',
    },
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.7')],
    related: [
      { code: 'X.6.3', difference: { en: 'With X.6.2 the conversion was possible but forbidden; with X.6.3 it was allowed but no host on the path could do it.', id: 'Pada X.6.2 konversi sebenarnya mungkin tetapi dilarang; pada X.6.3 konversi diizinkan tetapi tidak ada host di jalur yang mampu melakukannya.' } },
      { code: 'X.6.4', difference: { en: 'X.6.4 is about a conversion that did happen and lost data; X.6.2 is about a conversion that was never carried out because it was not permitted.', id: 'X.6.4 menyangkut konversi yang benar-benar terjadi dan menghilangkan data; X.6.2 menyangkut konversi yang tidak pernah dilakukan karena tidak diizinkan.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.3',
    title: { en: 'Conversion required but not supported', id: 'Konversi diperlukan tetapi tidak didukung' },
    description: {
      en: 'The message has to be converted before it can go on, and the host that must do it cannot; the classic case is a relay that took 8-bit MIME and finds the next hop offers only 7-bit transport, with no downgrade routine of its own.',
      id: 'Pesan harus dikonversi sebelum dapat diteruskan, dan host yang harus melakukannya tidak mampu; kasus klasiknya adalah relay yang menerima MIME 8-bit lalu mendapati hop berikutnya hanya menawarkan transport 7-bit, sementara relay itu tidak punya rutin downgrade sendiri.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.3 means the relay cannot convert at present and will try again, in case the next hop’s capabilities or the converter become available.',
        id: '4.6.3 berarti relay saat ini tidak dapat mengonversi dan akan mencoba lagi, dengan harapan kemampuan hop berikutnya atau konverternya tersedia kemudian.',
      },
      permanent: {
        en: '5.6.3 shows that the path needed a conversion no host could perform, so the message came back unchanged; 8-bit or binary content meeting a 7-bit-only hop is the usual story.',
        id: '5.6.3 menunjukkan jalur pengiriman memerlukan konversi yang tidak dapat dilakukan host mana pun, sehingga pesan kembali tanpa diubah; isi 8-bit atau biner yang bertemu hop yang hanya mendukung 7-bit adalah kasus yang biasa.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Nothing to do at first; if the deferral repeats, resend the message with 7-bit-safe transfer encodings.', id: 'Awalnya tidak ada yang perlu dilakukan; jika penundaan berulang, kirim ulang pesan dengan pengodean transfer yang aman untuk 7-bit.' },
        receiver: { en: 'Check whether the next hop stopped advertising 8BITMIME or BINARYMIME and whether your MTA’s downgrade feature is enabled.', id: 'Periksa apakah hop berikutnya berhenti menawarkan 8BITMIME atau BINARYMIME dan apakah fitur downgrade di MTA Anda aktif.' },
      },
      permanent: {
        sender: { en: 'Encode the message with base64 or quoted-printable (most mail libraries can be told to) so that no conversion is needed anywhere.', id: 'Enkode pesan dengan base64 atau quoted-printable (kebanyakan pustaka email dapat diatur untuk itu) agar tidak perlu ada konversi di mana pun.' },
        receiver: { en: 'Enable the MTA’s 8-bit to 7-bit downgrade if you relay to legacy hosts, or fix the next hop so it advertises 8BITMIME.', id: 'Aktifkan downgrade 8-bit ke 7-bit di MTA jika Anda me-relay ke host lama, atau perbaiki hop berikutnya agar menawarkan 8BITMIME.' },
      },
    },
    useWhen: {
      en: 'Send 554 5.6.3 when you must convert but cannot. Prefer X.6.2 when policy forbids the conversion and X.6.5 when a conversion was tried and broke.',
      id: 'Kirim 554 5.6.3 jika Anda harus mengonversi tetapi tidak mampu. Utamakan X.6.2 jika kebijakan melarang konversi dan X.6.5 jika konversi dicoba lalu gagal.',
    },
    actor: 'sender-content',
    associatedBasic: ['554'],
    classes: [4, 5],
    references: [rfc(3463, '3.7')],
    related: [
      { code: 'X.6.2', difference: { en: 'X.6.3 says the conversion was permitted but impossible on this path; X.6.2 says it was possible but someone forbade it.', id: 'X.6.3 menyatakan konversi diizinkan tetapi mustahil di jalur ini; X.6.2 menyatakan konversi mungkin dilakukan tetapi ada pihak yang melarangnya.' } },
      { code: 'X.6.5', difference: { en: 'X.6.5 means a converter ran and failed on this message; X.6.3 means no converter for the case existed on the path.', id: 'X.6.5 berarti konverter berjalan dan gagal pada pesan ini; X.6.3 berarti tidak ada konverter untuk kasus itu di jalur pengiriman.' } },
      { code: 'X.6.1', difference: { en: 'X.6.1 refuses the media type outright; X.6.3 would have carried the message had it been converted.', id: 'X.6.1 menolak jenis media itu sepenuhnya; X.6.3 sebenarnya akan membawa pesan itu seandainya dikonversi.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.4',
    title: { en: 'Conversion with loss performed', id: 'Konversi dilakukan dengan kehilangan data' },
    description: {
      en: 'The content was converted on the way in a manner that lost information, such as characters replaced or a part dropped. As a success code it is a warning; as a failure it means a lossy conversion was not acceptable for this message.',
      id: 'Isi pesan dikonversi di tengah jalan dengan cara yang menghilangkan informasi, seperti karakter yang diganti atau bagian yang dibuang. Sebagai kode sukses, ini adalah peringatan; sebagai kegagalan, artinya konversi yang menghilangkan data tidak dapat diterima untuk pesan ini.',
    },
    whenYouSeeIt: {
      success: {
        en: '2.6.4 means the message was delivered, but a conversion on the way threw some data away; the recipient may see mangled characters or a missing part.',
        id: '2.6.4 berarti pesan sudah terkirim, tetapi konversi di tengah jalan membuang sebagian data; penerima mungkin melihat karakter yang rusak atau bagian yang hilang.',
      },
      transient: {
        en: '4.6.4 is rare; it suggests the relay would have to convert with loss and is holding the message for now instead of doing so.',
        id: '4.6.4 jarang terjadi; kode ini menandakan relay harus mengonversi dengan kehilangan data dan untuk sementara menahan pesan alih-alih melakukannya.',
      },
      permanent: {
        en: '5.6.4 means only a lossy conversion could have delivered the message and the sender had asked that nothing be lost, so it was returned.',
        id: '5.6.4 berarti hanya konversi yang menghilangkan data yang dapat mengirimkan pesan itu, sedangkan pengirim meminta agar tidak ada yang hilang, sehingga pesan dikembalikan.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry, and if the deferral continues resend in a 7-bit-safe encoding so no lossy conversion is needed.', id: 'Biarkan dicoba ulang, dan jika penundaan berlanjut, kirim ulang dengan pengodean yang aman untuk 7-bit agar tidak perlu konversi yang menghilangkan data.' },
        receiver: { en: 'Check why the relay cannot pass on the original form and whether the next hop’s capabilities changed.', id: 'Periksa mengapa relay tidak dapat meneruskan bentuk aslinya dan apakah kemampuan hop berikutnya berubah.' },
      },
      permanent: {
        sender: {
          en: 'Encode the message so it survives the path unchanged (base64 for binary parts, UTF-8 text with proper MIME labels), and remove the instruction forbidding lossy conversion if some loss is acceptable.',
          id: 'Enkode pesan agar melewati jalur tanpa berubah (base64 untuk bagian biner, teks UTF-8 dengan label MIME yang benar), dan hapus instruksi yang melarang konversi dengan kehilangan data jika sedikit kehilangan masih dapat diterima.',
        },
        receiver: { en: 'Review which conversion the relay attempted and whether a lossless route exists, for example by supporting 8BITMIME towards the next hop.', id: 'Tinjau konversi mana yang dicoba relay dan apakah ada rute tanpa kehilangan data, misalnya dengan mendukung 8BITMIME ke arah hop berikutnya.' },
      },
    },
    useWhen: {
      en: 'Report 2.6.4 when you delivered after a lossy conversion so the sender learns of it, and 5.6.4 when the sender forbade such loss. Use X.6.5 when the conversion failed outright.',
      id: 'Laporkan 2.6.4 jika Anda mengirimkan pesan setelah konversi yang menghilangkan data agar pengirim mengetahuinya, dan 5.6.4 jika pengirim melarang kehilangan semacam itu. Gunakan X.6.5 jika konversinya gagal sama sekali.',
    },
    actor: 'sender-content',
    associatedBasic: ['250'],
    classes: [2, 4, 5],
    references: [rfc(3463, '3.7')],
    related: [
      { code: 'X.6.5', difference: { en: 'X.6.5 means the conversion did not work at all; X.6.4 means it worked but dropped or altered part of the content.', id: 'X.6.5 berarti konversi sama sekali tidak berhasil; X.6.4 berarti konversi berhasil tetapi membuang atau mengubah sebagian isi.' } },
      { code: 'X.6.2', difference: { en: 'X.6.2 returns the message without converting because conversion is forbidden; X.6.4 reports a conversion that went ahead, or would have, at the cost of data.', id: 'X.6.2 mengembalikan pesan tanpa mengonversi karena konversi dilarang; X.6.4 melaporkan konversi yang tetap dijalankan, atau akan dijalankan, dengan mengorbankan data.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.5',
    title: { en: 'Conversion Failed', id: 'Konversi gagal' },
    description: {
      en: 'A conversion of the content was attempted and did not succeed, so the message could not be passed on in the form the next hop needs.',
      id: 'Konversi isi pesan sudah dicoba dan tidak berhasil, sehingga pesan tidak dapat diteruskan dalam bentuk yang dibutuhkan hop berikutnya.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.5 usually reflects a converter that crashed, timed out or ran out of resources, and the relay will try the conversion again later.',
        id: '4.6.5 biasanya mencerminkan konverter yang crash, timeout, atau kehabisan sumber daya, dan relay akan mencoba konversi lagi nanti.',
      },
      permanent: {
        en: '5.6.5 means the conversion fails on this message every time, often because of malformed MIME or a character set the converter does not know.',
        id: '5.6.5 berarti konversi selalu gagal pada pesan ini, sering karena MIME yang salah format atau set karakter yang tidak dikenal konverter.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Wait for the retries; if this message keeps deferring, check it for broken MIME or unusual character sets.', id: 'Tunggu percobaan ulang; jika pesan ini terus ditunda, periksa apakah MIME-nya rusak atau set karakternya tidak lazim.' },
        receiver: { en: 'Check the converter’s logs and resources at the time of the failure, and restart or repair it.', id: 'Periksa log dan sumber daya konverter pada saat kegagalan, lalu restart atau perbaiki konverter itu.' },
      },
      permanent: {
        sender: { en: 'Correct the message structure (valid MIME boundaries, declared character sets) or send it in a form that needs no conversion.', id: 'Perbaiki struktur pesan (boundary MIME yang valid, set karakter yang dideklarasikan) atau kirim dalam bentuk yang tidak memerlukan konversi.' },
        receiver: { en: 'Find the exact conversion error; if the converter mishandles valid content, fix or update it rather than bouncing the mail.', id: 'Cari pesan kesalahan konversi yang persis; jika konverter salah menangani isi yang valid, perbaiki atau perbarui konverter itu alih-alih mem-bounce email-nya.' },
      },
    },
    useWhen: {
      en: 'Use X.6.5 when your conversion attempt fails on the message; prefer X.6.3 when you have no converter for the case at all.',
      id: 'Gunakan X.6.5 jika upaya konversi Anda gagal pada pesan itu; utamakan X.6.3 jika Anda sama sekali tidak punya konverter untuk kasus tersebut.',
    },
    actor: 'receiving-server',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.7')],
    related: [
      { code: 'X.6.3', difference: { en: 'X.6.3 means nobody on the path could convert; X.6.5 means a converter tried and failed, which may be a bug on the relay or broken content.', id: 'X.6.3 berarti tidak ada pihak di jalur yang dapat mengonversi; X.6.5 berarti konverter sudah mencoba dan gagal, yang bisa jadi bug di relay atau isi yang rusak.' } },
      { code: 'X.6.4', difference: { en: 'X.6.4 reports a conversion that completed with data lost; X.6.5 reports one that did not complete.', id: 'X.6.4 melaporkan konversi yang selesai dengan data yang hilang; X.6.5 melaporkan konversi yang tidak selesai.' } },
      { code: 'X.6.0', difference: { en: 'X.6.0 is a content error of unstated kind; X.6.5 says specifically that converting the content failed.', id: 'X.6.0 adalah kesalahan isi yang jenisnya tidak disebutkan; X.6.5 secara spesifik menyatakan bahwa konversi isi gagal.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.6',
    title: { en: 'Message content not available', id: 'Isi pesan tidak tersedia' },
    description: {
      en: 'The server was asked to take the message body from another system (the BURL extension, where a submission server fetches content from an IMAP URL) and could not retrieve it.',
      id: 'Server diminta mengambil body pesan dari sistem lain (ekstensi BURL, yaitu server submission mengambil isi dari URL IMAP) dan tidak dapat mengambilnya.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.6 means fetching the referenced content failed for now, for example because the IMAP server was unreachable, and the submission can be tried again.',
        id: '4.6.6 berarti pengambilan isi yang dirujuk gagal untuk sementara, misalnya karena server IMAP tidak dapat dijangkau, dan submission dapat dicoba lagi.',
      },
      permanent: {
        en: '5.6.6 means the content behind the URL cannot be obtained: the URL expired, points to a deleted draft, or the submission server has no access to it.',
        id: '5.6.6 berarti isi di balik URL tidak dapat diperoleh: URL sudah kedaluwarsa, menunjuk ke draf yang sudah dihapus, atau server submission tidak punya akses ke sana.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry the submission; if it keeps failing, check that the IMAP server is reachable from the submission server.', id: 'Coba submission lagi; jika terus gagal, periksa apakah server IMAP dapat dijangkau dari server submission.' },
        receiver: { en: 'Check connectivity and authentication between the submission server and the IMAP store at the time of the failure.', id: 'Periksa konektivitas dan autentikasi antara server submission dan penyimpanan IMAP pada saat kegagalan.' },
      },
      permanent: {
        sender: { en: 'Generate a fresh URLAUTH URL, make sure the draft still exists, or submit the message body directly with DATA instead of BURL.', id: 'Buat URL URLAUTH yang baru, pastikan drafnya masih ada, atau kirim body pesan langsung dengan DATA alih-alih BURL.' },
        receiver: { en: 'Check the trust set-up between the submission and IMAP servers (see X.7.14) and the logs of the fetch attempt.', id: 'Periksa pengaturan hubungan kepercayaan antara server submission dan server IMAP (lihat X.7.14) serta log upaya pengambilan.' },
      },
    },
    useWhen: {
      en: 'Send 554 5.6.6 when BURL content cannot be fetched; if the fetch failed because no trust relationship exists, X.7.14 is the more precise reply.',
      id: 'Kirim 554 5.6.6 jika isi BURL tidak dapat diambil; jika pengambilan gagal karena tidak ada hubungan kepercayaan, X.7.14 adalah balasan yang lebih tepat.',
    },
    actor: 'sender-config',
    associatedBasic: ['554'],
    classes: [4, 5],
    references: [rfc(4468)],
    related: [
      { code: 'X.7.14', difference: { en: 'X.7.14 says the submission server is not trusted by the content server and so may not fetch; X.6.6 says the fetch failed, whatever the reason.', id: 'X.7.14 menyatakan server submission tidak dipercaya oleh server isi sehingga tidak boleh mengambil; X.6.6 menyatakan pengambilan gagal, apa pun alasannya.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.7',
    title: { en: 'Non-ASCII addresses not permitted for that sender/recipient', id: 'Alamat non-ASCII tidak diizinkan untuk pengirim/penerima tersebut' },
    description: {
      en: 'An envelope address in MAIL FROM or RCPT TO contains non-ASCII characters (an internationalized address), and the server does not allow such addresses for that sender or recipient.',
      id: 'Alamat envelope di MAIL FROM atau RCPT TO berisi karakter non-ASCII (alamat internasional), dan server tidak mengizinkan alamat seperti itu untuk pengirim atau penerima tersebut.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.7 suggests the server cannot take a UTF-8 address at the moment, for example while its SMTPUTF8 support or the lookup for such addresses is unavailable.',
        id: '4.6.7 menandakan server saat ini tidak dapat menerima alamat UTF-8, misalnya selama dukungan SMTPUTF8-nya atau lookup untuk alamat semacam itu tidak tersedia.',
      },
      permanent: {
        en: '5.6.7 appears when a client sends an internationalized address, with accented or non-Latin characters in it, to a server or mailbox that only accepts ASCII addresses.',
        id: '5.6.7 muncul ketika klien mengirim alamat internasional, yang berisi karakter beraksen atau non-Latin, ke server atau mailbox yang hanya menerima alamat ASCII.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry; if it continues, find out whether the recipient also has an ASCII alias.', id: 'Biarkan dicoba ulang; jika berlanjut, cari tahu apakah penerima juga punya alias ASCII.' },
        receiver: { en: 'Check whether SMTPUTF8 support or the address lookup for UTF-8 addresses is failing.', id: 'Periksa apakah dukungan SMTPUTF8 atau lookup alamat untuk alamat UTF-8 sedang gagal.' },
      },
      permanent: {
        sender: { en: 'Use the recipient’s ASCII address if one exists, and make sure the client sends UTF-8 addresses only to servers that advertise SMTPUTF8.', id: 'Gunakan alamat ASCII penerima jika ada, dan pastikan klien mengirim alamat UTF-8 hanya ke server yang menawarkan SMTPUTF8.' },
        receiver: { en: 'Decide whether to support internationalized addresses; if so, enable SMTPUTF8 and make sure mailboxes can carry UTF-8 names.', id: 'Putuskan apakah akan mendukung alamat internasional; jika ya, aktifkan SMTPUTF8 dan pastikan mailbox dapat memakai nama UTF-8.' },
      },
    },
    useWhen: {
      en: 'Reply 553 5.6.7 when you refuse a non-ASCII address. Use X.6.8 when the trouble is a UTF-8 reply the client cannot receive, and X.6.9 when UTF-8 headers cannot be passed on.',
      id: 'Balas dengan 553 5.6.7 jika Anda menolak alamat non-ASCII. Gunakan X.6.8 jika masalahnya adalah balasan UTF-8 yang tidak dapat diterima klien, dan X.6.9 jika header UTF-8 tidak dapat diteruskan.',
    },
    actor: 'sender-content',
    associatedBasic: ['553', '550'],
    classes: [4, 5],
    references: [rfc(6531)],
    related: [
      { code: 'X.6.8', difference: { en: 'X.6.8 is about the server’s reply needing UTF-8 that the client did not allow; X.6.7 is about the address the client sent being non-ASCII.', id: 'X.6.8 menyangkut balasan server yang memerlukan UTF-8 padahal klien tidak mengizinkannya; X.6.7 menyangkut alamat yang dikirim klien yang berisi karakter non-ASCII.' } },
      { code: 'X.6.9', difference: { en: 'X.6.9 comes after DATA, when UTF-8 headers cannot reach a recipient; X.6.7 comes at MAIL FROM or RCPT TO, for the address alone.', id: 'X.6.9 muncul setelah DATA, ketika header UTF-8 tidak dapat sampai ke penerima; X.6.7 muncul pada MAIL FROM atau RCPT TO, hanya karena alamatnya.' } },
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
      id: 'Server harus menjawab dengan nama mailbox UTF-8 (misalnya untuk kueri VRFY atau EXPN), tetapi klien tidak menyatakan dukungannya untuk balasan UTF-8, sehingga server tidak dapat memberi jawaban lengkap.',
    },
    whenYouSeeIt: {
      success: {
        en: '2.6.8 comes with 252: the server could not show the mailbox name because the client did not allow UTF-8, but it will still accept a message for the address and try to deliver it.',
        id: '2.6.8 datang bersama 252: server tidak dapat menampilkan nama mailbox karena klien tidak mengizinkan UTF-8, tetapi server tetap akan menerima pesan untuk alamat itu dan mencoba mengirimkannya.',
      },
      transient: {
        en: '4.6.8 is uncommon; it suggests the server is declining for now to answer a query whose result contains UTF-8 text the client has not agreed to receive.',
        id: '4.6.8 jarang terjadi; kode ini menandakan server untuk sementara menolak menjawab kueri yang hasilnya berisi teks UTF-8 yang belum disetujui klien untuk diterima.',
      },
      permanent: {
        en: '5.6.8 means a VRFY or EXPN result contains a non-ASCII mailbox name and the client did not use the SMTPUTF8 option, so the server refused to show it.',
        id: '5.6.8 berarti hasil VRFY atau EXPN berisi nama mailbox non-ASCII dan klien tidak memakai opsi SMTPUTF8, sehingga server menolak menampilkannya.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry with the SMTPUTF8 parameter on the query if the client supports it.', id: 'Coba lagi dengan parameter SMTPUTF8 pada kueri jika klien mendukungnya.' },
        receiver: { en: 'Check whether SMTPUTF8 handling is active on this listener, since clients cannot ask for UTF-8 replies without it.', id: 'Periksa apakah penanganan SMTPUTF8 aktif pada listener ini, karena tanpa itu klien tidak dapat meminta balasan UTF-8.' },
      },
      permanent: {
        sender: { en: 'Add the SMTPUTF8 parameter to VRFY or EXPN after checking that the EHLO reply lists SMTPUTF8, or use a client that supports internationalized mail.', id: 'Tambahkan parameter SMTPUTF8 pada VRFY atau EXPN setelah memastikan balasan EHLO mencantumkan SMTPUTF8, atau gunakan klien yang mendukung email internasional.' },
        receiver: { en: 'Nothing is wrong on your side when the client lacks SMTPUTF8; only make sure the reply uses 553 or 550 consistently.', id: 'Tidak ada yang salah di pihak Anda jika klien tidak mendukung SMTPUTF8; cukup pastikan balasan memakai 553 atau 550 secara konsisten.' },
      },
    },
    useWhen: {
      en: 'Send 252 2.6.8 when you withhold a UTF-8 name but still accept mail, and 553 5.6.8 when you refuse the query. X.6.10 is a deprecated duplicate, so always send X.6.8.',
      id: 'Kirim 252 2.6.8 jika Anda menahan nama UTF-8 tetapi tetap menerima email, dan 553 5.6.8 jika Anda menolak kuerinya. X.6.10 adalah duplikat yang sudah usang (deprecated), jadi selalu kirim X.6.8.',
    },
    actor: 'sender-config',
    associatedBasic: ['252', '553', '550'],
    classes: [2, 4, 5],
    references: [rfc(6531)],
    related: [
      { code: 'X.6.10', difference: { en: 'X.6.10 was registered for the same situation by mistake and is deprecated; read it exactly as X.6.8.', id: 'X.6.10 terdaftar untuk situasi yang sama karena kekeliruan dan sudah usang (deprecated); artikan persis sama dengan X.6.8.' } },
      { code: 'X.6.7', difference: { en: 'X.6.7 refuses a non-ASCII address the client sent; X.6.8 withholds a non-ASCII answer the client is not ready for.', id: 'X.6.7 menolak alamat non-ASCII yang dikirim klien; X.6.8 menahan jawaban non-ASCII yang belum siap diterima klien.' } },
      { code: 'X.6.9', difference: { en: 'X.6.9 rejects a whole message with UTF-8 headers after DATA; X.6.8 concerns only a reply to a query.', id: 'X.6.9 menolak seluruh pesan dengan header UTF-8 setelah DATA; X.6.8 hanya menyangkut balasan atas sebuah kueri.' } },
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
      id: 'Pesan memiliki field header UTF-8 (email internasional) dan setidaknya satu penerima berada di belakang sistem yang tidak dapat menerimanya, sehingga transaksi ditolak setelah akhir DATA.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.9 means the server cannot forward the internationalized headers right now, for example because the next hop temporarily stopped advertising SMTPUTF8; the message is retried.',
        id: '4.6.9 berarti server saat ini tidak dapat meneruskan header internasional itu, misalnya karena hop berikutnya untuk sementara berhenti menawarkan SMTPUTF8; pesan dicoba ulang.',
      },
      permanent: {
        en: '5.6.9 comes after the final dot of DATA: the message carried raw UTF-8 in headers such as From or Subject, and a recipient’s system lacks SMTPUTF8 support.',
        id: '5.6.9 muncul setelah titik penutup DATA: pesan membawa UTF-8 mentah di header seperti From atau Subject, dan sistem salah satu penerima tidak mendukung SMTPUTF8.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry; if the deferral lasts, resend with headers encoded as RFC 2047 encoded words and ASCII addresses.', id: 'Biarkan dicoba ulang; jika penundaan berlangsung lama, kirim ulang dengan header yang dienkode sebagai encoded word RFC 2047 dan alamat ASCII.' },
        receiver: { en: 'Check whether the downstream system for those recipients lost SMTPUTF8 support, and restore it.', id: 'Periksa apakah sistem hilir untuk penerima-penerima itu kehilangan dukungan SMTPUTF8, lalu pulihkan.' },
      },
      permanent: {
        sender: {
          en: 'Resend with ASCII addresses and MIME-encoded headers (most libraries do this when SMTPUTF8 is not requested), or send the internationalized version only to recipients whose servers support it.',
          id: 'Kirim ulang dengan alamat ASCII dan header yang dienkode MIME (kebanyakan pustaka melakukannya jika SMTPUTF8 tidak diminta), atau kirim versi internasional hanya ke penerima yang servernya mendukungnya.',
        },
        receiver: { en: 'If those recipients should get internationalized mail, enable SMTPUTF8 on every hop to their mailboxes.', id: 'Jika penerima-penerima itu seharusnya menerima email internasional, aktifkan SMTPUTF8 di setiap hop menuju mailbox mereka.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.6.9 after DATA when UTF-8 headers cannot reach a recipient; at RCPT TO time, refuse a non-ASCII address with X.6.7 instead.',
      id: 'Kirim 550 5.6.9 setelah DATA jika header UTF-8 tidak dapat sampai ke penerima; pada saat RCPT TO, tolak alamat non-ASCII dengan X.6.7 sebagai gantinya.',
    },
    actor: 'sender-content',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(6531)],
    related: [
      { code: 'X.6.7', difference: { en: 'X.6.7 stops the transaction at the envelope because of a non-ASCII address; X.6.9 stops it after DATA because of UTF-8 in the headers.', id: 'X.6.7 menghentikan transaksi di tahap envelope karena alamat non-ASCII; X.6.9 menghentikannya setelah DATA karena ada UTF-8 di header.' } },
      { code: 'X.6.8', difference: { en: 'X.6.8 only withholds a UTF-8 reply to a query; X.6.9 returns the message itself.', id: 'X.6.8 hanya menahan balasan UTF-8 atas kueri; X.6.9 mengembalikan pesannya sendiri.' } },
    ],
    bounceReason: 'contenterror',
  },
  {
    code: 'X.6.10',
    // The registry gives no sample text for this row; the title says what the row is.
    title: { en: 'Duplicate of X.6.8 (deprecated)', id: 'Duplikat X.6.8 (usang)' },
    description: {
      en: 'A second registration for the same UTF-8 reply situation as X.6.8, retired in its favour; it carries no meaning of its own.',
      id: 'Pendaftaran kedua untuk situasi balasan UTF-8 yang sama dengan X.6.8, yang kemudian ditarik dan digantikan oleh X.6.8; kode ini tidak punya makna tersendiri.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.6.10 in a log comes from software written against the duplicate entry and means the same as 4.6.8: a UTF-8 reply was needed that the client had not permitted, for now.',
        id: '4.6.10 di log berasal dari perangkat lunak yang ditulis berdasarkan entri duplikat dan artinya sama dengan 4.6.8: untuk saat ini dibutuhkan balasan UTF-8 yang belum diizinkan klien.',
      },
      permanent: {
        en: '5.6.10 means the same as 5.6.8: the server would have had to reply with a UTF-8 mailbox name and the client did not allow it.',
        id: '5.6.10 artinya sama dengan 5.6.8: server seharusnya membalas dengan nama mailbox UTF-8 dan klien tidak mengizinkannya.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Treat it as 4.6.8: retry with SMTPUTF8 on the command where the server offers it.', id: 'Perlakukan sebagai 4.6.8: coba lagi dengan SMTPUTF8 pada perintahnya jika server menawarkannya.' },
        receiver: { en: 'Change the software to emit 4.6.8, the registered code, instead of the deprecated one.', id: 'Ubah perangkat lunak agar mengirim 4.6.8, kode yang terdaftar, alih-alih kode yang sudah usang.' },
      },
      permanent: {
        sender: { en: 'Treat it as 5.6.8: add SMTPUTF8 to the request, or use a client with internationalized mail support.', id: 'Perlakukan sebagai 5.6.8: tambahkan SMTPUTF8 ke permintaan, atau gunakan klien yang mendukung email internasional.' },
        receiver: { en: 'Replace 5.6.10 with 5.6.8 in the server’s replies, since the duplicate is deprecated.', id: 'Ganti 5.6.10 dengan 5.6.8 dalam balasan server, karena duplikat itu sudah usang.' },
      },
    },
    useWhen: {
      en: 'Never send X.6.10 from new software; X.6.8 is the code for this situation.',
      id: 'Jangan pernah mengirim X.6.10 dari perangkat lunak baru; X.6.8 adalah kode untuk situasi ini.',
    },
    actor: 'sender-config',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(6531)],
    related: [
      { code: 'X.6.8', difference: { en: 'X.6.8 is the registered code; X.6.10 is its deprecated twin, so a log showing either describes the same condition.', id: 'X.6.8 adalah kode yang terdaftar; X.6.10 adalah kembarannya yang sudah usang, jadi log yang menampilkan salah satunya menggambarkan kondisi yang sama.' } },
    ],
    bounceReason: 'contenterror',
  },

  // ---- X.7.z: security or policy status ----
  {
    code: 'X.7.0',
    title: { en: 'Other or undefined security status', id: 'Status keamanan lain atau tidak terdefinisi' },
    description: {
      en: 'A security or policy condition stopped or qualified the action and no more specific security code was given; servers also use it when they prefer not to reveal which check failed. Its most familiar uses are around AUTH and STARTTLS.',
      id: 'Suatu kondisi keamanan atau kebijakan menghentikan atau membatasi tindakan, dan tidak ada kode keamanan yang lebih spesifik yang diberikan; server juga memakainya jika tidak ingin mengungkap pemeriksaan mana yang gagal. Penggunaannya yang paling dikenal adalah seputar AUTH dan STARTTLS.',
    },
    whenYouSeeIt: {
      success: {
        en: '2.7.0 accompanies a security step that worked, most commonly "235 2.7.0 Authentication successful" after AUTH, or the 220 reply to STARTTLS just before the TLS handshake.',
        id: '2.7.0 menyertai langkah keamanan yang berhasil, paling sering "235 2.7.0 Authentication successful" setelah AUTH, atau balasan 220 untuk STARTTLS tepat sebelum handshake TLS.',
      },
      transient: {
        en: '4.7.0 often means a security step could not be completed for now: "454 4.7.0 TLS not available due to temporary reason", an authentication backend that is down, or a temporary policy block.',
        id: '4.7.0 sering berarti langkah keamanan tidak dapat diselesaikan untuk saat ini: "454 4.7.0 TLS not available due to temporary reason", backend autentikasi yang sedang mati, atau pemblokiran sementara karena kebijakan.',
      },
      permanent: {
        en: '5.7.0 most often appears as "530 5.7.0 Must issue a STARTTLS command first" or "Authentication required", or as a generic policy refusal whose exact reason the server keeps to itself.',
        id: '5.7.0 paling sering muncul sebagai "530 5.7.0 Must issue a STARTTLS command first" atau "Authentication required", atau sebagai penolakan kebijakan umum yang alasan persisnya dirahasiakan server.',
      },
    },
    howToFix: {
      transient: {
        sender: {
          en: 'Retry later; if STARTTLS or AUTH keeps failing temporarily, check the client’s TLS versions and ciphers and test the handshake with openssl s_client -starttls smtp.',
          id: 'Coba lagi nanti; jika STARTTLS atau AUTH terus gagal untuk sementara, periksa versi TLS dan cipher klien, lalu uji handshake dengan openssl s_client -starttls smtp.',
        },
        receiver: {
          en: 'Check the TLS certificate and key, the TLS library’s log, and the authentication backend (SASL daemon, LDAP, database) for failures at the time of the deferral.',
          id: 'Periksa sertifikat dan kunci TLS, log pustaka TLS, dan backend autentikasi (daemon SASL, LDAP, basis data) untuk kegagalan pada saat penundaan.',
        },
      },
      permanent: {
        sender: {
          en: 'Do what the reply text asks: enable STARTTLS before AUTH, authenticate on the submission port (587 or 465) with the configured account, or contact the receiver if the text hints at a policy block.',
          id: 'Lakukan yang diminta teks balasan: aktifkan STARTTLS sebelum AUTH, lakukan autentikasi di port submission (587 atau 465) dengan akun yang dikonfigurasi, atau hubungi pihak penerima jika teksnya mengisyaratkan pemblokiran karena kebijakan.',
        },
        receiver: {
          en: 'Check which security rule produced 5.7.0; where a specific code exists (X.7.8 for bad credentials, X.7.10 for missing encryption), send that instead so clients can react.',
          id: 'Periksa aturan keamanan mana yang menghasilkan 5.7.0; jika ada kode yang spesifik (X.7.8 untuk kredensial yang salah, X.7.10 untuk enkripsi yang tidak ada), kirim kode itu agar klien dapat bereaksi.',
        },
      },
    },
    useWhen: {
      en: 'Send 235 2.7.0 on successful AUTH and 530 5.7.0 when authentication or TLS must come first. For a specific failure send the precise code, such as X.7.8, X.7.9 or X.7.1.',
      id: 'Kirim 235 2.7.0 saat AUTH berhasil dan 530 5.7.0 jika autentikasi atau TLS harus dilakukan lebih dahulu. Untuk kegagalan yang spesifik, kirim kode yang tepat, seperti X.7.8, X.7.9, atau X.7.1.',
    },
    actor: 'sender-config',
    associatedBasic: ['220', '235', '450', '454', '500', '501', '503', '504', '530', '535', '550'],
    classes: [2, 4, 5],
    references: [rfc(3463, '3.8'), rfc(4954, '6')],
    related: [
      { code: 'X.7.8', difference: { en: 'X.7.8 says the credentials themselves were wrong; X.7.0 around AUTH usually means authentication was required and not done, or a backend failed.', id: 'X.7.8 menyatakan kredensialnya sendiri salah; X.7.0 seputar AUTH biasanya berarti autentikasi diwajibkan tetapi tidak dilakukan, atau backend gagal.' } },
      { code: 'X.7.9', difference: { en: 'X.7.9 says the chosen AUTH mechanism is too weak for the account; X.7.0 gives no reason beyond a security condition.', id: 'X.7.9 menyatakan mekanisme AUTH yang dipilih terlalu lemah untuk akun tersebut; X.7.0 tidak memberi alasan selain adanya kondisi keamanan.' } },
      { code: 'X.7.1', difference: { en: 'X.7.1 is a refusal by delivery policy (relaying, blocklists, recipient rules); X.7.0 covers security steps such as TLS and authentication and unexplained security refusals.', id: 'X.7.1 adalah penolakan karena kebijakan pengiriman (relay, blocklist, aturan penerima); X.7.0 mencakup langkah keamanan seperti TLS dan autentikasi, serta penolakan keamanan yang tidak dijelaskan.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.1',
    title: { en: 'Delivery not authorized, message refused', id: 'Pengiriman tidak diizinkan, pesan ditolak' },
    description: {
      en: 'The receiving side will not accept or deliver this message for this sender or recipient because of its policy: the connecting host, the sender, the recipient or the content is not permitted. It is the all-purpose "not allowed" code, used alike for relay denial, blocklist hits, spam verdicts and recipient restrictions.',
      id: 'Pihak penerima tidak akan menerima atau mengirimkan pesan ini untuk pengirim atau penerima ini karena kebijakannya: host yang terhubung, pengirim, penerima, atau isinya tidak diizinkan. Ini adalah kode serbaguna untuk "tidak diizinkan", yang dipakai untuk penolakan relay, kecocokan di blocklist, penilaian spam, maupun pembatasan penerima.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.1 is a temporary policy refusal: greylisting ("try again later"), a rate limit or reputation throttle on a new or busy sending IP, or a policy lookup that could not complete. The sender keeps the message and retries, and greylisting usually lets it through on the second or third attempt.',
        id: '4.7.1 adalah penolakan kebijakan sementara: greylisting ("coba lagi nanti"), rate limit berbasis reputasi pada IP pengirim yang baru atau sibuk, atau pemeriksaan kebijakan yang tidak dapat diselesaikan. Pengirim menyimpan pesan dan mencoba lagi, dan greylisting biasanya meloloskannya pada percobaan kedua atau ketiga.',
      },
      permanent: {
        en: '5.7.1 is a final refusal: relaying denied because the client did not authenticate or the domain is not local, the sending IP is on a blocklist, the content was judged spam, or the recipient accepts mail only from certain senders. The message bounces and is not retried.',
        id: '5.7.1 adalah penolakan final: relay ditolak karena klien tidak melakukan autentikasi atau domainnya bukan domain lokal, IP pengirim ada di blocklist, isinya dinilai spam, atau penerima hanya menerima email dari pengirim tertentu. Pesan di-bounce dan tidak dicoba ulang.',
      },
    },
    howToFix: {
      transient: {
        sender: {
          en: 'Let the queue retry on its normal schedule rather than resending by hand. If deferrals last for hours, slow the sending rate to that destination, check the IP on blocklists, and follow any provider URL in the reply text.',
          id: 'Biarkan queue mencoba lagi sesuai jadwal normalnya, jangan mengirim ulang secara manual. Jika penundaan berlangsung berjam-jam, perlambat laju pengiriman ke tujuan itu, periksa IP di blocklist, dan ikuti URL penyedia yang ada di teks balasan.',
        },
        receiver: {
          en: 'Find which temporary rule fired: the greylisting database, per-client rate limits, or a policy service (policyd, rspamd) that timed out. Exempt known partners from greylisting if the delay hurts them.',
          id: 'Cari aturan sementara mana yang terpicu: basis data greylisting, rate limit per klien, atau layanan kebijakan (policyd, rspamd) yang timeout. Kecualikan mitra yang dikenal dari greylisting jika penundaan merugikan mereka.',
        },
      },
      permanent: {
        sender: {
          en: 'Read the reply text for the reason. For "Relay access denied", authenticate (SMTP AUTH on 587) or fix the route; for a blocklist, remove the cause and request delisting; for spam or policy rejections, check SPF, DKIM and DMARC alignment and the content.',
          id: 'Baca teks balasan untuk mengetahui alasannya. Untuk "Relay access denied", lakukan autentikasi (SMTP AUTH di 587) atau perbaiki rutenya; untuk blocklist, hilangkan penyebabnya dan ajukan delisting; untuk penolakan karena spam atau kebijakan, periksa keselarasan (alignment) SPF, DKIM, dan DMARC serta isi pesan.',
        },
        receiver: {
          en: 'Find the rule in the log (a recipient restriction, an RBL, a spam score, an access table) and confirm it was meant. If a legitimate sender is hit, whitelist it or correct the list or the relay domains.',
          id: 'Temukan aturannya di log (pembatasan penerima, RBL, skor spam, tabel akses) dan pastikan aturan itu memang disengaja. Jika pengirim yang sah terkena, masukkan ke allowlist atau perbaiki daftar tersebut atau domain relay.',
        },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.1 for a deliberate policy refusal such as relay denied or a blocked sender, and 450 or 451 with 4.7.1 for greylisting and temporary throttling. When a specific code fits, prefer it: X.7.23 for an SPF fail, X.7.26 for several failed authentication checks, X.7.27 for a null-MX sender.',
      id: 'Kirim 550 5.7.1 untuk penolakan kebijakan yang disengaja seperti relay ditolak atau pengirim yang diblokir, dan 450 atau 451 dengan 4.7.1 untuk greylisting dan rate limit sementara. Jika ada kode spesifik yang cocok, utamakan kode itu: X.7.23 untuk SPF fail, X.7.26 untuk beberapa pemeriksaan autentikasi yang gagal, X.7.27 untuk pengirim dengan null MX.',
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
          id: '4.7.1 adalah bentuk sementaranya: greylisting, rate limit, atau pemeriksaan kebijakan yang tidak dapat diselesaikan. Server pengirim menyimpan pesan dan mencoba lagi sendiri, jadi jawaban yang biasa adalah menunggu dan memantau apakah masalahnya hilang.',
        },
      },
      {
        code: '5.7.1',
        difference: {
          en: '5.7.1 is the permanent reading: relay denied, a blocklist or spam verdict, or a recipient restriction. Nothing retries; the sender gets a bounce, and someone must change configuration, reputation or content before sending again.',
          id: '5.7.1 adalah bentuk permanennya: relay ditolak, masuk blocklist atau dinilai spam, atau pembatasan penerima. Tidak ada percobaan ulang; pengirim menerima bounce, dan seseorang harus mengubah konfigurasi, reputasi, atau isi sebelum mengirim lagi.',
        },
      },
      { code: 'X.7.26', difference: { en: 'X.7.26 names the cause, several authentication checks such as SPF and DKIM failed, while X.7.1 only says policy refused the message; large providers now send 5.7.26 for unauthenticated mail where older servers said 5.7.1.', id: 'X.7.26 menyebut penyebabnya, yaitu beberapa pemeriksaan autentikasi seperti SPF dan DKIM gagal, sedangkan X.7.1 hanya menyatakan kebijakan menolak pesan; penyedia besar kini mengirim 5.7.26 untuk email tanpa autentikasi yang dahulu dijawab server lama dengan 5.7.1.' } },
      { code: 'X.7.27', difference: { en: 'X.7.27 refuses the message because the envelope sender’s domain publishes a null MX and could not take a bounce; X.7.1 is the generic refusal and does not point at the sender domain.', id: 'X.7.27 menolak pesan karena domain pengirim envelope memublikasikan null MX sehingga tidak dapat menerima bounce; X.7.1 adalah penolakan umum dan tidak menunjuk ke domain pengirim.' } },
      { code: 'X.7.23', difference: { en: 'X.7.23 is the specific reply for an SPF fail that RFC 7372 introduced in place of 5.7.1; seeing X.7.1 instead means the receiver used the older convention or refused for another policy reason.', id: 'X.7.23 adalah balasan spesifik untuk SPF fail yang diperkenalkan RFC 7372 sebagai pengganti 5.7.1; jika yang terlihat X.7.1, berarti penerima memakai konvensi lama atau menolak karena alasan kebijakan lain.' } },
      { code: 'X.7.2', difference: { en: 'X.7.2 refuses a posting to a mailing list or group address; X.7.1 refuses delivery to an ordinary destination.', id: 'X.7.2 menolak kiriman ke milis atau alamat grup; X.7.1 menolak pengiriman ke tujuan biasa.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.2',
    title: { en: 'Mailing list expansion prohibited', id: 'Ekspansi milis dilarang' },
    description: {
      en: 'The recipient is a mailing list or group alias, and the sender is not allowed to post to it or to have it expanded to its members.',
      id: 'Penerimanya adalah milis atau alias grup, dan pengirim tidak diizinkan mengirim (posting) ke sana atau membuatnya diekspansi ke para anggotanya.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.2 suggests the list refused the posting only for now, for example while it sits in a moderation queue or the membership lookup is unavailable.',
        id: '4.7.2 menandakan milis menolak kiriman itu hanya untuk sementara, misalnya selama kiriman berada di queue moderasi atau lookup keanggotaan tidak tersedia.',
      },
      permanent: {
        en: '5.7.2 means the list takes mail only from members, moderators or internal senders, and the envelope or From address did not qualify.',
        id: '5.7.2 berarti milis hanya menerima email dari anggota, moderator, atau pengirim internal, dan alamat envelope atau From tidak memenuhi syarat.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Wait for the retry or for moderation; if it persists, ask the list owner whether your postings need approval.', id: 'Tunggu percobaan ulang atau moderasi; jika masih berlanjut, tanyakan kepada pemilik milis apakah kiriman Anda perlu persetujuan.' },
        receiver: { en: 'Check the list manager’s membership or moderation backend for errors at the time of the deferral.', id: 'Periksa backend keanggotaan atau moderasi di pengelola milis untuk kesalahan pada saat penundaan.' },
      },
      permanent: {
        sender: { en: 'Post from the address that is subscribed to the list, or ask the list owner to allow yours; forwarding services that rewrite the sender are a frequent cause.', id: 'Kirim dari alamat yang berlangganan milis itu, atau minta pemilik milis mengizinkan alamat Anda; layanan penerusan (forwarding) yang menulis ulang pengirim sering menjadi penyebabnya.' },
        receiver: { en: 'Check the list’s posting restrictions (members only, internal only) and add the sender if they should be allowed.', id: 'Periksa pembatasan posting milis (hanya anggota, hanya internal) dan tambahkan pengirim jika seharusnya diizinkan.' },
      },
    },
    useWhen: {
      en: 'Reply 550 5.7.2 when a sender may not post to a list or group address; for an ordinary mailbox that refuses a sender, X.7.1 fits better.',
      id: 'Balas dengan 550 5.7.2 jika seorang pengirim tidak boleh mengirim ke milis atau alamat grup; untuk mailbox biasa yang menolak seorang pengirim, X.7.1 lebih cocok.',
    },
    actor: 'receiving-server',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(3463, '3.8')],
    related: [
      { code: 'X.7.1', difference: { en: 'X.7.1 is the general policy refusal for any destination; X.7.2 is specific to posting to a list or group, where membership or moderation decides.', id: 'X.7.1 adalah penolakan kebijakan umum untuk tujuan apa pun; X.7.2 khusus untuk posting ke milis atau grup, yang ditentukan oleh keanggotaan atau moderasi.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.3',
    title: { en: 'Security conversion required but not possible', id: 'Konversi keamanan diperlukan tetapi tidak mungkin' },
    description: {
      en: 'To deliver the message, a gateway had to translate it from one secure messaging format to another (between S/MIME and another secure mail system, for example) and could not.',
      id: 'Untuk mengirimkan pesan, sebuah gateway harus menerjemahkannya dari satu format pesan aman ke format lain (misalnya antara S/MIME dan sistem email aman lainnya) dan tidak mampu melakukannya.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.3 suggests the gateway that performs security conversion cannot do so for now, for example because its conversion service is down.',
        id: '4.7.3 menandakan gateway yang melakukan konversi keamanan untuk sementara tidak dapat melakukannya, misalnya karena layanan konversinya sedang mati.',
      },
      permanent: {
        en: '5.7.3 means no gateway on the path can turn the message’s security format into one the destination accepts, so the protected message could not be delivered.',
        id: '5.7.3 berarti tidak ada gateway di jalur yang dapat mengubah format keamanan pesan menjadi format yang diterima tujuan, sehingga pesan yang dilindungi itu tidak dapat dikirimkan.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Wait for the retries; if they keep failing, ask the recipient which secure format their system expects.', id: 'Tunggu percobaan ulang; jika terus gagal, tanyakan kepada penerima format aman apa yang diharapkan sistem mereka.' },
        receiver: { en: 'Check the status and logs of the security gateway that performs the conversion.', id: 'Periksa status dan log gateway keamanan yang melakukan konversi.' },
      },
      permanent: {
        sender: { en: 'Send the message in a security format the recipient’s system supports, or agree on one with the recipient.', id: 'Kirim pesan dalam format keamanan yang didukung sistem tujuan, atau sepakati formatnya dengan penerima.' },
        receiver: { en: 'Make sure the secure-mail gateway supports the formats your partners use, or document which ones you accept.', id: 'Pastikan gateway email aman mendukung format yang dipakai mitra Anda, atau dokumentasikan format mana yang Anda terima.' },
      },
    },
    useWhen: {
      en: 'Use X.7.3 only when translating between secure mail formats fails; for an algorithm the system lacks, X.7.6 is more precise.',
      id: 'Gunakan X.7.3 hanya jika penerjemahan antar-format email aman gagal; untuk algoritme yang tidak dimiliki sistem, X.7.6 lebih tepat.',
    },
    actor: 'receiving-server',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.8')],
    related: [
      { code: 'X.7.4', difference: { en: 'X.7.4 says a security feature is not supported at all; X.7.3 says the secure message existed but could not be converted to the destination’s format.', id: 'X.7.4 menyatakan suatu fitur keamanan sama sekali tidak didukung; X.7.3 menyatakan pesan aman itu ada tetapi tidak dapat dikonversi ke format tujuan.' } },
      { code: 'X.7.6', difference: { en: 'X.7.6 pins the failure on an unsupported cryptographic algorithm; X.7.3 on the translation between secure formats.', id: 'X.7.6 menunjuk algoritme kriptografi yang tidak didukung sebagai penyebab kegagalan; X.7.3 menunjuk penerjemahan antar-format aman.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.4',
    title: { en: 'Security features not supported', id: 'Fitur keamanan tidak didukung' },
    description: {
      en: 'The message or command asked for a security feature the delivery protocol or the server cannot provide, such as an authentication mechanism or security service it does not implement.',
      id: 'Pesan atau perintah meminta fitur keamanan yang tidak dapat disediakan protokol pengiriman atau server, seperti mekanisme autentikasi atau layanan keamanan yang tidak diimplementasikannya.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.4 suggests the security feature is unavailable for now, for example because the module that provides it failed to load.',
        id: '4.7.4 menandakan fitur keamanan itu untuk sementara tidak tersedia, misalnya karena modul yang menyediakannya gagal dimuat.',
      },
      permanent: {
        en: '5.7.4 commonly answers an AUTH request for a mechanism the server does not offer (often with 504), or a request for a security service the path lacks.',
        id: '5.7.4 umumnya menjawab permintaan AUTH untuk mekanisme yang tidak ditawarkan server (sering dengan 504), atau permintaan layanan keamanan yang tidak ada di jalur pengiriman.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry later, and check whether the server still lists the feature in its EHLO reply.', id: 'Coba lagi nanti, dan periksa apakah server masih mencantumkan fitur itu dalam balasan EHLO-nya.' },
        receiver: { en: 'Check whether the module providing the feature (a SASL plugin, the TLS library) is loaded and healthy.', id: 'Periksa apakah modul yang menyediakan fitur itu (plugin SASL, pustaka TLS) sudah dimuat dan berjalan baik.' },
      },
      permanent: {
        sender: { en: 'Use only the mechanisms the server listed on its EHLO AUTH line, and adjust the client’s settings accordingly.', id: 'Gunakan hanya mekanisme yang dicantumkan server di baris AUTH pada balasan EHLO, dan sesuaikan pengaturan klien.' },
        receiver: { en: 'Make the EHLO reply advertise exactly the mechanisms and features you support, so clients do not try others.', id: 'Buat balasan EHLO menawarkan persis mekanisme dan fitur yang Anda dukung, agar klien tidak mencoba yang lain.' },
      },
    },
    useWhen: {
      en: 'Send 504 5.7.4 when a client asks for a security mechanism you do not support; use X.7.9 when the mechanism exists but your policy finds it too weak.',
      id: 'Kirim 504 5.7.4 jika klien meminta mekanisme keamanan yang tidak Anda dukung; gunakan X.7.9 jika mekanismenya ada tetapi kebijakan Anda menilainya terlalu lemah.',
    },
    actor: 'sender-config',
    associatedBasic: ['504'],
    classes: [4, 5],
    references: [rfc(3463, '3.8')],
    related: [
      { code: 'X.7.9', difference: { en: 'X.7.9 means the server supports the mechanism but will not let this account use it; X.7.4 means the server does not support it at all.', id: 'X.7.9 berarti server mendukung mekanisme itu tetapi tidak mengizinkan akun ini memakainya; X.7.4 berarti server sama sekali tidak mendukungnya.' } },
      { code: 'X.7.3', difference: { en: 'X.7.3 concerns converting a secured message between formats; X.7.4 concerns a requested security feature that is missing.', id: 'X.7.3 menyangkut konversi pesan aman antar-format; X.7.4 menyangkut fitur keamanan yang diminta tetapi tidak tersedia.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.5',
    title: { en: 'Cryptographic failure', id: 'Kegagalan kriptografi' },
    description: {
      en: 'A system that is allowed to verify or decrypt the message in transit could not, because a key or other material it needed was missing or not valid.',
      id: 'Sistem yang berwenang memverifikasi atau mendekripsi pesan dalam perjalanan tidak dapat melakukannya, karena kunci atau materi lain yang dibutuhkannya tidak ada atau tidak valid.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.5 usually means a key or certificate could not be obtained for now, such as a key server or directory lookup failing; the message waits for a retry.',
        id: '4.7.5 biasanya berarti kunci atau sertifikat untuk sementara tidak dapat diperoleh, seperti server kunci atau lookup direktori yang gagal; pesan menunggu percobaan ulang.',
      },
      permanent: {
        en: '5.7.5 means the gateway could not verify or decrypt the message, typically because it was encrypted to an outdated key or signed with a revoked certificate.',
        id: '5.7.5 berarti gateway tidak dapat memverifikasi atau mendekripsi pesan, biasanya karena pesan dienkripsi dengan kunci yang sudah usang atau ditandatangani dengan sertifikat yang sudah dicabut.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry; if it keeps failing, make sure your published keys or certificates can be fetched.', id: 'Biarkan dicoba ulang; jika terus gagal, pastikan kunci atau sertifikat yang Anda publikasikan dapat diambil.' },
        receiver: { en: 'Check the key store, directory or key server that the gateway consults.', id: 'Periksa penyimpanan kunci, direktori, atau server kunci yang digunakan gateway.' },
      },
      permanent: {
        sender: { en: 'Re-encrypt with the recipient’s current public key or re-sign with a valid certificate, and confirm the recipient’s gateway holds the keys it needs.', id: 'Enkripsi ulang dengan kunci publik penerima yang berlaku saat ini atau tandatangani ulang dengan sertifikat yang valid, dan pastikan gateway penerima memiliki kunci yang dibutuhkannya.' },
        receiver: { en: 'Check the gateway’s keys and certificates for expiry, and make sure it has the private keys needed to decrypt.', id: 'Periksa masa berlaku kunci dan sertifikat gateway, dan pastikan gateway memiliki kunci privat yang dibutuhkan untuk mendekripsi.' },
      },
    },
    useWhen: {
      en: 'Use X.7.5 when the keys or certificates needed to verify or decrypt are missing or invalid; if the algorithm is unsupported, X.7.6 is the better reply.',
      id: 'Gunakan X.7.5 jika kunci atau sertifikat yang dibutuhkan untuk memverifikasi atau mendekripsi tidak ada atau tidak valid; jika algoritmenya tidak didukung, X.7.6 adalah balasan yang lebih baik.',
    },
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.8')],
    related: [
      { code: 'X.7.6', difference: { en: 'X.7.6 means the algorithm is unknown to the gateway; X.7.5 means the algorithm is fine but the key or certificate is missing or invalid.', id: 'X.7.6 berarti algoritmenya tidak dikenal gateway; X.7.5 berarti algoritmenya tidak bermasalah tetapi kunci atau sertifikatnya tidak ada atau tidak valid.' } },
      { code: 'X.7.7', difference: { en: 'X.7.7 means the check ran and showed the message was altered; X.7.5 means the check could not run for lack of valid keys.', id: 'X.7.7 berarti pemeriksaan sudah berjalan dan menunjukkan pesan telah diubah; X.7.5 berarti pemeriksaan tidak dapat berjalan karena tidak ada kunci yang valid.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.6',
    title: { en: 'Cryptographic algorithm not supported', id: 'Algoritme kriptografi tidak didukung' },
    description: {
      en: 'A system allowed to check or decrypt the message could not, because the message was protected with a cryptographic algorithm that system does not implement.',
      id: 'Sistem yang berwenang memeriksa atau mendekripsi pesan tidak dapat melakukannya, karena pesan dilindungi dengan algoritme kriptografi yang tidak diimplementasikan sistem itu.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.6 hints that support for the algorithm is missing for now, for example during an upgrade of the gateway’s crypto library.',
        id: '4.7.6 mengisyaratkan dukungan untuk algoritme itu untuk sementara tidak ada, misalnya selama upgrade pustaka kripto gateway.',
      },
      permanent: {
        en: '5.7.6 means the message uses an algorithm the gateway does not implement, either too new for it or old enough to have been switched off.',
        id: '5.7.6 berarti pesan memakai algoritme yang tidak diimplementasikan gateway, entah karena terlalu baru atau karena sudah usang sehingga dinonaktifkan.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry later; if it persists, check which algorithms your signing or encryption software uses.', id: 'Coba lagi nanti; jika masih terjadi, periksa algoritme apa yang dipakai perangkat lunak penandatanganan atau enkripsi Anda.' },
        receiver: { en: 'Check the gateway’s crypto library and configuration for recently removed algorithms.', id: 'Periksa pustaka kripto dan konfigurasi gateway untuk algoritme yang baru saja dihapus.' },
      },
      permanent: {
        sender: { en: 'Configure the mail client or gateway to use widely supported algorithms (for example AES with SHA-256 in S/MIME) and resend.', id: 'Atur klien email atau gateway agar memakai algoritme yang didukung luas (misalnya AES dengan SHA-256 pada S/MIME) lalu kirim ulang.' },
        receiver: { en: 'Decide whether to add support for the algorithm; if it was disabled as weak, tell the sender which algorithms you accept.', id: 'Putuskan apakah akan menambahkan dukungan untuk algoritme itu; jika algoritme itu dinonaktifkan karena lemah, beri tahu pengirim algoritme mana yang Anda terima.' },
      },
    },
    useWhen: {
      en: 'Send X.7.6 when the algorithm, not the key, is the problem; use X.7.5 for missing or invalid keys.',
      id: 'Kirim X.7.6 jika yang bermasalah adalah algoritmenya, bukan kuncinya; gunakan X.7.5 untuk kunci yang tidak ada atau tidak valid.',
    },
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.8')],
    related: [
      { code: 'X.7.5', difference: { en: 'X.7.5 blames missing or invalid keys; X.7.6 blames the choice of algorithm, so the sender changes settings rather than keys.', id: 'X.7.5 menyalahkan kunci yang tidak ada atau tidak valid; X.7.6 menyalahkan pilihan algoritme, sehingga pengirim mengubah pengaturan, bukan kunci.' } },
      { code: 'X.7.3', difference: { en: 'X.7.3 is a failed translation between secure mail formats; X.7.6 is an unsupported algorithm within one format.', id: 'X.7.3 adalah penerjemahan antar-format email aman yang gagal; X.7.6 adalah algoritme yang tidak didukung di dalam satu format.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.7',
    title: { en: 'Message integrity failure', id: 'Kegagalan integritas pesan' },
    description: {
      en: 'A system that checks message integrity found the message damaged or changed after it was protected, so the check did not pass. The registry allows it as a success, transient or permanent code.',
      id: 'Sistem yang memeriksa integritas pesan mendapati pesan rusak atau berubah setelah dilindungi, sehingga pemeriksaan tidak lolos. Registri mengizinkannya sebagai kode sukses, sementara, atau permanen.',
    },
    whenYouSeeIt: {
      success: {
        en: '2.7.7 means the message was delivered even though an integrity check on the way did not pass; treat its content with care and look for a relay that alters messages.',
        id: '2.7.7 berarti pesan sudah terkirim walaupun pemeriksaan integritas di tengah jalan tidak lolos; perlakukan isinya dengan hati-hati dan cari relay yang mengubah pesan.',
      },
      transient: {
        en: '4.7.7 suggests the integrity check failed in a way that may pass on a later attempt, for example a copy damaged in transit while the original is retried.',
        id: '4.7.7 menandakan pemeriksaan integritas gagal dengan cara yang mungkin lolos pada percobaan berikutnya, misalnya salinan yang rusak dalam perjalanan sementara pesan aslinya dicoba ulang.',
      },
      permanent: {
        en: '5.7.7 means the message failed integrity validation and was refused; a relay or gateway that rewrote the body after it was signed (a footer, re-encoding) is a frequent cause.',
        id: '5.7.7 berarti pesan gagal dalam validasi integritas dan ditolak; relay atau gateway yang menulis ulang body setelah pesan ditandatangani (menambah footer, mengenkode ulang) sering menjadi penyebabnya.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry; if it keeps failing, look for software on your side that alters messages after signing.', id: 'Biarkan dicoba ulang; jika terus gagal, cari perangkat lunak di sisi Anda yang mengubah pesan setelah ditandatangani.' },
        receiver: { en: 'Check the validation component and whether inbound relays modify messages before the check runs.', id: 'Periksa komponen validasi dan apakah relay masuk mengubah pesan sebelum pemeriksaan berjalan.' },
      },
      permanent: {
        sender: { en: 'Make sure nothing changes the message after it is signed (disclaimers, line rewrapping, re-encoding) and resend.', id: 'Pastikan tidak ada yang mengubah pesan setelah ditandatangani (disclaimer, pemenggalan ulang baris, pengodean ulang) lalu kirim ulang.' },
        receiver: { en: 'Compare the received message with what was signed; if a trusted relay of yours modifies mail, run the check before it or exempt it.', id: 'Bandingkan pesan yang diterima dengan yang ditandatangani; jika relay tepercaya milik Anda mengubah email, jalankan pemeriksaan sebelum relay itu atau kecualikan relay itu.' },
      },
    },
    useWhen: {
      en: 'Use X.7.7 when a message’s integrity protection does not verify. For DKIM failures, the RFC 7372 codes X.7.20 to X.7.22 tell the sender more.',
      id: 'Gunakan X.7.7 jika perlindungan integritas pesan tidak terverifikasi. Untuk kegagalan DKIM, kode RFC 7372 X.7.20 sampai X.7.22 memberi pengirim informasi yang lebih rinci.',
    },
    actor: 'sender-content',
    associatedBasic: [],
    classes: [2, 4, 5],
    references: [rfc(3463, '3.8')],
    related: [
      { code: 'X.7.5', difference: { en: 'X.7.5 means the integrity check could not be performed for lack of keys; X.7.7 means it was performed and failed.', id: 'X.7.5 berarti pemeriksaan integritas tidak dapat dilakukan karena tidak ada kunci; X.7.7 berarti pemeriksaan sudah dilakukan dan gagal.' } },
      { code: 'X.7.20', difference: { en: 'X.7.20 is the DKIM-specific report that no signature verified; X.7.7 is the general integrity failure for any protection scheme.', id: 'X.7.20 adalah laporan khusus DKIM bahwa tidak ada tanda tangan yang terverifikasi; X.7.7 adalah kegagalan integritas umum untuk skema perlindungan apa pun.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.8',
    title: { en: 'Authentication credentials invalid', id: 'Kredensial autentikasi tidak valid' },
    description: {
      en: 'The client’s SMTP AUTH attempt failed because the username, password, token or other credentials were wrong or not sufficient.',
      id: 'Upaya SMTP AUTH dari klien gagal karena nama pengguna, kata sandi, token, atau kredensial lainnya salah atau tidak memadai.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.8 is sent by some servers when credentials could not be confirmed for now, for example because the backend timed out; most deployments use 454 4.7.0 for that case.',
        id: '4.7.8 dikirim sebagian server jika kredensial untuk sementara tidak dapat dikonfirmasi, misalnya karena backend timeout; sebagian besar server memakai 454 4.7.0 untuk kasus itu.',
      },
      permanent: {
        en: '5.7.8 usually reads "535 5.7.8 Authentication credentials invalid" or "Username and Password not accepted": a wrong password, the wrong login form (full address versus local part), an expired app password, or an account that needs OAuth.',
        id: '5.7.8 biasanya berbunyi "535 5.7.8 Authentication credentials invalid" atau "Username and Password not accepted": kata sandi salah, bentuk login yang salah (alamat lengkap atau hanya bagian lokal), sandi aplikasi yang kedaluwarsa, atau akun yang memerlukan OAuth.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry once the server is healthy; if it repeats, test the same credentials in a mail client to rule out a password problem.', id: 'Coba lagi setelah server pulih; jika berulang, uji kredensial yang sama di klien email untuk memastikan bukan masalah kata sandi.' },
        receiver: { en: 'Check the authentication backend (SASL daemon, LDAP, database) for timeouts, and make sure temporary failures are not reported as wrong passwords.', id: 'Periksa backend autentikasi (daemon SASL, LDAP, basis data) untuk timeout, dan pastikan kegagalan sementara tidak dilaporkan sebagai kata sandi salah.' },
      },
      permanent: {
        sender: {
          en: 'Fix the credentials in the sending application: the full login name, the current password or app password, and a mechanism the server accepts (PLAIN or LOGIN over TLS, or XOAUTH2). Repeated failures can lock the account or get the IP banned.',
          id: 'Perbaiki kredensial di aplikasi pengirim: nama login lengkap, kata sandi atau sandi aplikasi yang berlaku, dan mekanisme yang diterima server (PLAIN atau LOGIN melalui TLS, atau XOAUTH2). Kegagalan berulang dapat mengunci akun atau membuat IP diblokir.',
        },
        receiver: {
          en: 'Check the auth log for the username tried and the reason (unknown user, bad password, disabled account). Send X.7.13 for disabled accounts and X.7.9 for weak mechanisms so users get a clearer message.',
          id: 'Periksa log autentikasi untuk nama pengguna yang dicoba dan alasannya (pengguna tidak dikenal, kata sandi salah, akun dinonaktifkan). Kirim X.7.13 untuk akun yang dinonaktifkan dan X.7.9 untuk mekanisme yang lemah agar pengguna mendapat pesan yang lebih jelas.',
        },
      },
    },
    useWhen: {
      en: 'Send 535 5.7.8 when credentials are wrong. Use 534 5.7.9 for a disallowed mechanism, 454 4.7.0 for a temporary backend failure, and 530 5.7.0 when authentication is required but was not attempted.',
      id: 'Kirim 535 5.7.8 jika kredensial salah. Gunakan 534 5.7.9 untuk mekanisme yang tidak diizinkan, 454 4.7.0 untuk kegagalan backend sementara, dan 530 5.7.0 jika autentikasi diwajibkan tetapi tidak dicoba.',
    },
    actor: 'sender-config',
    phase: 'auth',
    associatedBasic: ['535', '554'],
    classes: [4, 5],
    references: [rfc(4954, '6')],
    related: [
      { code: 'X.7.9', difference: { en: 'X.7.9 means the credentials may be fine but the mechanism is too weak for the account; X.7.8 means the credentials themselves did not check out.', id: 'X.7.9 berarti kredensialnya mungkin benar tetapi mekanismenya terlalu lemah untuk akun itu; X.7.8 berarti kredensialnya sendiri tidak lolos pemeriksaan.' } },
      { code: 'X.7.0', difference: { en: 'X.7.0 around AUTH usually means authentication is required or a backend failed; X.7.8 means a login was attempted and rejected.', id: 'X.7.0 seputar AUTH biasanya berarti autentikasi diwajibkan atau backend gagal; X.7.8 berarti login sudah dicoba dan ditolak.' } },
      { code: 'X.7.13', difference: { en: 'X.7.13 means the login succeeded but the account is disabled; X.7.8 means the login itself failed.', id: 'X.7.13 berarti login berhasil tetapi akunnya dinonaktifkan; X.7.8 berarti login itu sendiri gagal.' } },
      { code: 'X.7.14', difference: { en: 'X.7.14 took over the BURL trust failure that X.7.8 once covered; X.7.8 now means only bad credentials.', id: 'X.7.14 mengambil alih kegagalan hubungan kepercayaan pada BURL yang dahulu dicakup X.7.8; kini X.7.8 hanya berarti kredensial yang salah.' } },
      { code: 'X.5.6', difference: { en: 'X.5.6 rejects the AUTH line for its length before any check; X.7.8 rejects the credentials after checking them.', id: 'X.5.6 menolak baris AUTH karena panjangnya sebelum pemeriksaan apa pun; X.7.8 menolak kredensial setelah memeriksanya.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.9',
    title: { en: 'Authentication mechanism is too weak', id: 'Mekanisme autentikasi terlalu lemah' },
    description: {
      en: 'The AUTH mechanism the client chose is weaker than the server’s policy allows for that user, so the server wants a different mechanism.',
      id: 'Mekanisme AUTH yang dipilih klien lebih lemah daripada yang diizinkan kebijakan server untuk pengguna itu, sehingga server menginginkan mekanisme lain.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.9 is rare; it would mean the stronger mechanism is not available at the moment and the server will not accept the weak one meanwhile.',
        id: '4.7.9 jarang terjadi; artinya mekanisme yang lebih kuat sedang tidak tersedia dan sementara itu server tidak mau menerima yang lemah.',
      },
      permanent: {
        en: '5.7.9 with 534 means the server refuses the chosen mechanism for this account; a well-known variant is the "Application-specific password required" reply, which asks for an app password or OAuth instead of the normal password.',
        id: '5.7.9 dengan 534 berarti server menolak mekanisme yang dipilih untuk akun ini; varian yang terkenal adalah balasan "Application-specific password required", yang meminta sandi aplikasi atau OAuth sebagai ganti kata sandi biasa.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry later, and check whether the server still advertises the stronger mechanisms.', id: 'Coba lagi nanti, dan periksa apakah server masih menawarkan mekanisme yang lebih kuat.' },
        receiver: { en: 'Check the modules that provide the stronger mechanisms, since clients cannot comply while they are missing.', id: 'Periksa modul yang menyediakan mekanisme yang lebih kuat, karena klien tidak dapat memenuhi syarat selama modul itu tidak ada.' },
      },
      permanent: {
        sender: { en: 'Switch the client to a mechanism the server accepts for the account (for example XOAUTH2, or an app password instead of the account password), as the reply text indicates.', id: 'Ganti mekanisme klien ke yang diterima server untuk akun itu (misalnya XOAUTH2, atau sandi aplikasi sebagai ganti kata sandi akun), sesuai petunjuk teks balasan.' },
        receiver: { en: 'Make the EHLO list of mechanisms match the per-user policy so clients can choose an allowed one.', id: 'Samakan daftar mekanisme di EHLO dengan kebijakan per pengguna agar klien dapat memilih yang diizinkan.' },
      },
    },
    useWhen: {
      en: 'Send 534 5.7.9 when the credentials may be right but the mechanism is not good enough. Use X.7.8 when the credentials fail and X.7.10 when the mechanism needs encryption first.',
      id: 'Kirim 534 5.7.9 jika kredensialnya mungkin benar tetapi mekanismenya kurang memadai. Gunakan X.7.8 jika kredensial gagal dan X.7.10 jika mekanismenya memerlukan enkripsi lebih dahulu.',
    },
    actor: 'sender-config',
    phase: 'auth',
    associatedBasic: ['534'],
    classes: [4, 5],
    references: [rfc(4954, '6')],
    related: [
      { code: 'X.7.8', difference: { en: 'X.7.8 is a failed login; X.7.9 refuses the way the client tried to log in, so changing the password will not help but changing the mechanism will.', id: 'X.7.8 adalah login yang gagal; X.7.9 menolak cara klien mencoba login, sehingga mengganti kata sandi tidak akan membantu, tetapi mengganti mekanisme akan membantu.' } },
      { code: 'X.7.0', difference: { en: 'X.7.0 gives no reason; X.7.9 tells the client exactly what to change: the authentication mechanism.', id: 'X.7.0 tidak memberi alasan; X.7.9 memberi tahu klien persis apa yang harus diubah: mekanisme autentikasinya.' } },
      { code: 'X.7.10', difference: { en: 'X.7.10 accepts the mechanism once the connection is encrypted; X.7.9 does not accept the mechanism for this account at all.', id: 'X.7.10 menerima mekanisme itu setelah koneksi dienkripsi; X.7.9 sama sekali tidak menerima mekanisme itu untuk akun ini.' } },
      { code: 'X.7.4', difference: { en: 'X.7.4 means the mechanism is not supported; X.7.9 means it is supported but not allowed for this user.', id: 'X.7.4 berarti mekanismenya tidak didukung; X.7.9 berarti mekanismenya didukung tetapi tidak diizinkan untuk pengguna ini.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.10',
    title: { en: 'Encryption Needed', id: 'Enkripsi diperlukan' },
    description: {
      en: 'The requested authentication mechanism can be used only inside an external encryption layer such as TLS; it mainly concerns mechanisms that send the password in clear text.',
      id: 'Mekanisme autentikasi yang diminta hanya dapat dipakai di dalam lapisan enkripsi eksternal seperti TLS; ini terutama menyangkut mekanisme yang mengirim kata sandi dalam teks biasa (clear text).',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.10 is unusual and suggests encryption is needed but cannot be set up right now, for example while TLS is temporarily unavailable.',
        id: '4.7.10 tidak lazim dan menandakan enkripsi diperlukan tetapi saat ini tidak dapat disiapkan, misalnya selama TLS untuk sementara tidak tersedia.',
      },
      permanent: {
        en: '5.7.10 answers AUTH PLAIN or LOGIN on an unencrypted connection: the server takes clear-text passwords only after STARTTLS or on an implicit-TLS port.',
        id: '5.7.10 menjawab AUTH PLAIN atau LOGIN pada koneksi yang tidak terenkripsi: server hanya menerima kata sandi teks biasa setelah STARTTLS atau di port TLS implisit.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry later, and check that the server still offers STARTTLS in its EHLO reply.', id: 'Coba lagi nanti, dan periksa apakah server masih menawarkan STARTTLS dalam balasan EHLO-nya.' },
        receiver: { en: 'Check the TLS certificate and configuration, because clients cannot encrypt while TLS is broken.', id: 'Periksa sertifikat dan konfigurasi TLS, karena klien tidak dapat mengenkripsi selama TLS rusak.' },
      },
      permanent: {
        sender: { en: 'Turn on STARTTLS (port 587) or implicit TLS (port 465) in the client before authenticating, or use a challenge-response mechanism.', id: 'Aktifkan STARTTLS (port 587) atau TLS implisit (port 465) di klien sebelum autentikasi, atau gunakan mekanisme challenge-response.' },
        receiver: { en: 'Advertise clear-text mechanisms only once TLS is established so clients do not try them too early.', id: 'Tawarkan mekanisme teks biasa hanya setelah TLS terbentuk agar klien tidak mencobanya terlalu dini.' },
      },
    },
    useWhen: {
      en: 'Send 523 5.7.10 when a client tries a clear-text mechanism without encryption; X.7.11 is the older RFC 4954 form, kept for history.',
      id: 'Kirim 523 5.7.10 jika klien mencoba mekanisme teks biasa tanpa enkripsi; X.7.11 adalah bentuk lama dari RFC 4954, yang dipertahankan karena alasan historis.',
    },
    actor: 'sender-config',
    phase: 'auth',
    associatedBasic: ['523'],
    classes: [4, 5],
    references: [rfc(5248)],
    related: [
      { code: 'X.7.11', difference: { en: 'X.7.11 covers the same situation in RFC 4954’s older wording, with 538; current software prefers X.7.10 with 523.', id: 'X.7.11 mencakup situasi yang sama dengan rumusan lama RFC 4954, bersama 538; perangkat lunak masa kini lebih memilih X.7.10 dengan 523.' } },
      { code: 'X.7.0', difference: { en: 'X.7.0 with 530 says TLS or authentication must come first without naming the mechanism; X.7.10 says this mechanism needs encryption.', id: 'X.7.0 dengan 530 menyatakan TLS atau autentikasi harus dilakukan lebih dahulu tanpa menyebut mekanismenya; X.7.10 menyatakan mekanisme ini memerlukan enkripsi.' } },
      { code: 'X.7.9', difference: { en: 'X.7.9 refuses the mechanism for the account regardless of encryption; X.7.10 accepts it once the connection is encrypted.', id: 'X.7.9 menolak mekanisme itu untuk akun tersebut terlepas dari enkripsi; X.7.10 menerimanya setelah koneksi dienkripsi.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.11',
    title: { en: 'Encryption required for requested authentication mechanism', id: 'Enkripsi diperlukan untuk mekanisme autentikasi yang diminta' },
    description: {
      en: 'The chosen AUTH mechanism is permitted only on an encrypted SMTP connection; RFC 4954 keeps this code mainly for history, since servers should not advertise such mechanisms before encryption.',
      id: 'Mekanisme AUTH yang dipilih hanya diizinkan pada koneksi SMTP yang terenkripsi; RFC 4954 mempertahankan kode ini terutama karena alasan historis, karena server seharusnya tidak menawarkan mekanisme seperti itu sebelum enkripsi.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.11 would mean encryption is needed for the mechanism and cannot be offered right now; it is rarely seen.',
        id: '4.7.11 berarti enkripsi diperlukan untuk mekanisme itu dan saat ini tidak dapat ditawarkan; kode ini jarang terlihat.',
      },
      permanent: {
        en: '5.7.11, usually with 538, comes from older servers when a client sent AUTH with a clear-text mechanism before STARTTLS.',
        id: '5.7.11, biasanya dengan 538, berasal dari server lama ketika klien mengirim AUTH dengan mekanisme teks biasa sebelum STARTTLS.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry later, making sure the client negotiates TLS before it authenticates.', id: 'Coba lagi nanti, dan pastikan klien menegosiasikan TLS sebelum melakukan autentikasi.' },
        receiver: { en: 'Check the TLS set-up; clients cannot meet the requirement while it is broken.', id: 'Periksa pengaturan TLS; klien tidak dapat memenuhi persyaratan itu selama TLS rusak.' },
      },
      permanent: {
        sender: { en: 'Enable STARTTLS or implicit TLS in the client settings, then authenticate again.', id: 'Aktifkan STARTTLS atau TLS implisit di pengaturan klien, lalu lakukan autentikasi lagi.' },
        receiver: { en: 'Hide clear-text mechanisms from the EHLO reply until TLS is active; newer software answers this case with X.7.10.', id: 'Sembunyikan mekanisme teks biasa dari balasan EHLO sampai TLS aktif; perangkat lunak yang lebih baru menjawab kasus ini dengan X.7.10.' },
      },
    },
    useWhen: {
      en: 'Prefer X.7.10 (523) in new software; X.7.11 (538) exists for compatibility with older implementations.',
      id: 'Utamakan X.7.10 (523) di perangkat lunak baru; X.7.11 (538) ada demi kompatibilitas dengan implementasi lama.',
    },
    actor: 'sender-config',
    phase: 'auth',
    associatedBasic: ['524', '538'],
    classes: [4, 5],
    references: [rfc(4954, '6')],
    related: [
      { code: 'X.7.10', difference: { en: 'X.7.10 is the current code for a mechanism that needs encryption; X.7.11 is its historical predecessor and means the same to the client.', id: 'X.7.10 adalah kode masa kini untuk mekanisme yang memerlukan enkripsi; X.7.11 adalah pendahulunya secara historis dan bagi klien artinya sama.' } },
      { code: 'X.7.9', difference: { en: 'X.7.9 refuses a mechanism as too weak whatever the transport; X.7.11 would accept it over an encrypted connection.', id: 'X.7.9 menolak mekanisme karena terlalu lemah apa pun transportnya; X.7.11 akan menerimanya melalui koneksi yang terenkripsi.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.12',
    title: { en: 'A password transition is needed', id: 'Transisi kata sandi diperlukan' },
    description: {
      en: 'The user has to move to the selected authentication mechanism, which normally takes one login with the PLAIN mechanism so the server can store what the new mechanism needs.',
      id: 'Pengguna harus beralih ke mekanisme autentikasi yang dipilih, yang biasanya memerlukan satu kali login dengan mekanisme PLAIN agar server dapat menyimpan apa yang dibutuhkan mekanisme baru itu.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.12 with 432 is the normal form: the server cannot use the requested mechanism for this user until one PLAIN login (over TLS) lets it set up the new credentials.',
        id: '4.7.12 dengan 432 adalah bentuk yang normal: server belum dapat memakai mekanisme yang diminta untuk pengguna ini sampai satu login PLAIN (melalui TLS) memungkinkannya menyiapkan kredensial baru.',
      },
      permanent: {
        en: '5.7.12 is unusual and means the server will not complete the transition for this user by this route, so the mechanism stays unusable.',
        id: '5.7.12 tidak lazim dan berarti server tidak akan menyelesaikan peralihan untuk pengguna ini melalui jalur ini, sehingga mekanisme itu tetap tidak dapat dipakai.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Authenticate once with PLAIN over TLS, then go back to the stronger mechanism, which should work from then on.', id: 'Lakukan autentikasi sekali dengan PLAIN melalui TLS, lalu kembali ke mekanisme yang lebih kuat, yang seharusnya berfungsi sejak saat itu.' },
        receiver: { en: 'Check that the mechanism’s credential store is updated after the PLAIN login, or users will be asked to transition every time.', id: 'Pastikan penyimpanan kredensial mekanisme itu diperbarui setelah login PLAIN, jika tidak, pengguna akan diminta beralih setiap kali.' },
      },
      permanent: {
        sender: { en: 'Use another mechanism the server accepts, or ask the administrator to reset the account’s credentials.', id: 'Gunakan mekanisme lain yang diterima server, atau minta administrator mereset kredensial akun.' },
        receiver: { en: 'Find out why the transition cannot complete, such as a read-only credential store or PLAIN being disabled.', id: 'Cari tahu mengapa peralihan tidak dapat diselesaikan, seperti penyimpanan kredensial yang read-only atau PLAIN yang dinonaktifkan.' },
      },
    },
    useWhen: {
      en: 'Send 432 4.7.12 when a user’s stored credentials do not yet support the mechanism they chose; use X.7.8 for credentials that are wrong.',
      id: 'Kirim 432 4.7.12 jika kredensial tersimpan milik pengguna belum mendukung mekanisme yang dipilihnya; gunakan X.7.8 untuk kredensial yang salah.',
    },
    actor: 'sender-config',
    phase: 'auth',
    associatedBasic: ['422', '432'],
    classes: [4, 5],
    references: [rfc(4954, '6')],
    related: [
      { code: 'X.7.8', difference: { en: 'X.7.8 says the credentials are wrong; X.7.12 says they may be right but the server has not yet stored them in the form the new mechanism needs.', id: 'X.7.8 menyatakan kredensialnya salah; X.7.12 menyatakan kredensialnya mungkin benar tetapi server belum menyimpannya dalam bentuk yang dibutuhkan mekanisme baru.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.13',
    title: { en: 'User Account Disabled', id: 'Akun pengguna dinonaktifkan' },
    description: {
      en: 'Authentication succeeded, but the account has been disabled by its administrator (for unpaid service, abuse or a suspected break-in), so it cannot send.',
      id: 'Autentikasi berhasil, tetapi akun telah dinonaktifkan oleh administratornya (karena layanan belum dibayar, penyalahgunaan, atau dugaan pembobolan), sehingga akun itu tidak dapat mengirim.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.13 suggests a temporary suspension, such as an automatic lock after suspicious activity that lifts after a while.',
        id: '4.7.13 menandakan penangguhan sementara, seperti penguncian otomatis setelah aktivitas mencurigakan yang akan dicabut setelah beberapa waktu.',
      },
      permanent: {
        en: '5.7.13 with 525 means the account logged in but is disabled and will stay so until its owner sorts it out with the provider.',
        id: '5.7.13 dengan 525 berarti akun berhasil login tetapi dinonaktifkan dan akan tetap begitu sampai pemiliknya menyelesaikannya dengan penyedia.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Stop sending from the account and check it for compromise; wait for the lock to expire or contact the provider.', id: 'Hentikan pengiriman dari akun itu dan periksa apakah akun telah disusupi; tunggu sampai penguncian itu berakhir atau hubungi penyedia.' },
        receiver: { en: 'Check the reason for the temporary lock and whether it is set to lift automatically.', id: 'Periksa alasan penguncian sementara dan apakah penguncian itu diatur untuk dicabut otomatis.' },
      },
      permanent: {
        sender: { en: 'Contact the mail provider or administrator to learn why the account was disabled, and change the password if a break-in is suspected.', id: 'Hubungi penyedia email atau administrator untuk mengetahui mengapa akun dinonaktifkan, dan ganti kata sandi jika dicurigai ada pembobolan.' },
        receiver: { en: 'Confirm the account status and reason in your user directory, and tell the user how to restore access.', id: 'Pastikan status akun dan alasannya di direktori pengguna Anda, lalu beri tahu pengguna cara memulihkan akses.' },
      },
    },
    useWhen: {
      en: 'Send 525 5.7.13 after a successful login to a disabled account; keep X.7.8 for wrong credentials so users are not told that a correct password is wrong.',
      id: 'Kirim 525 5.7.13 setelah login yang berhasil ke akun yang dinonaktifkan; gunakan X.7.8 hanya untuk kredensial yang salah agar pengguna tidak diberi tahu bahwa kata sandi yang benar itu salah.',
    },
    actor: 'sender-config',
    phase: 'auth',
    associatedBasic: ['525'],
    classes: [4, 5],
    references: [rfc(5248)],
    related: [
      { code: 'X.7.8', difference: { en: 'X.7.8 is a failed login that the user fixes with the right credentials; X.7.13 follows a correct login and needs the provider to re-enable the account.', id: 'X.7.8 adalah login gagal yang diperbaiki pengguna dengan kredensial yang benar; X.7.13 muncul setelah login yang benar dan memerlukan penyedia untuk mengaktifkan kembali akun.' } },
    ],
    bounceReason: 'suspend',
  },
  {
    code: 'X.7.14',
    title: { en: 'Trust relationship required', id: 'Hubungan kepercayaan diperlukan' },
    description: {
      en: 'The submission server needs a configured trust relationship with another server, the IMAP server holding the content of a BURL submission, before it can fetch the message, and none exists.',
      id: 'Server submission memerlukan hubungan kepercayaan yang dikonfigurasi dengan server lain, yaitu server IMAP yang menyimpan isi submission BURL, sebelum dapat mengambil pesan, dan hubungan itu tidak ada.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.14 would mean the trust relationship cannot be checked right now; it is rarely used.',
        id: '4.7.14 berarti hubungan kepercayaan saat ini tidak dapat diperiksa; kode ini jarang dipakai.',
      },
      permanent: {
        en: '5.7.14 means the submission server has no trust set up with the server holding the message content, so it cannot retrieve what the client pointed it to.',
        id: '5.7.14 berarti server submission tidak memiliki hubungan kepercayaan dengan server yang menyimpan isi pesan, sehingga tidak dapat mengambil apa yang ditunjuk klien.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry later; if it persists, submit the message body with DATA instead of BURL.', id: 'Coba lagi nanti; jika masih terjadi, kirim body pesan dengan DATA alih-alih BURL.' },
        receiver: { en: 'Check the service that validates trust with the IMAP server.', id: 'Periksa layanan yang memvalidasi hubungan kepercayaan dengan server IMAP.' },
      },
      permanent: {
        sender: { en: 'Submit the message directly with DATA, or ask the administrator to set up trust between the submission and IMAP servers.', id: 'Kirim pesan langsung dengan DATA, atau minta administrator menyiapkan hubungan kepercayaan antara server submission dan server IMAP.' },
        receiver: { en: 'Configure the trust (URLAUTH access for the submission server) between your submission server and the IMAP store.', id: 'Konfigurasikan hubungan kepercayaan (akses URLAUTH untuk server submission) antara server submission Anda dan penyimpanan IMAP.' },
      },
    },
    useWhen: {
      en: 'Send 554 5.7.14 when BURL fails for lack of trust with the content server; it replaced the earlier use of X.7.8 for that case, so keep X.7.8 for bad credentials.',
      id: 'Kirim 554 5.7.14 jika BURL gagal karena tidak ada hubungan kepercayaan dengan server isi; kode ini menggantikan penggunaan X.7.8 sebelumnya untuk kasus itu, jadi gunakan X.7.8 hanya untuk kredensial yang salah.',
    },
    actor: 'receiving-server',
    associatedBasic: ['535', '554'],
    classes: [4, 5],
    references: [rfc(5248), rfc(4468)],
    related: [
      { code: 'X.6.6', difference: { en: 'X.6.6 reports that the content could not be fetched for any reason; X.7.14 says the reason is the missing trust between the servers.', id: 'X.6.6 melaporkan bahwa isi tidak dapat diambil karena alasan apa pun; X.7.14 menyatakan alasannya adalah tidak adanya hubungan kepercayaan antar-server.' } },
      { code: 'X.7.8', difference: { en: 'X.7.8 concerns the client’s own credentials; X.7.14 concerns trust between two servers, which the client cannot fix by logging in again.', id: 'X.7.8 menyangkut kredensial milik klien sendiri; X.7.14 menyangkut hubungan kepercayaan antara dua server, yang tidak dapat diperbaiki klien dengan login ulang.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.15',
    title: { en: 'Priority Level is too low', id: 'Tingkat prioritas terlalu rendah' },
    description: {
      en: 'The message’s MT-PRIORITY level is below the lowest priority the server currently accepts; a server in a restricted mode may take only higher-priority mail.',
      id: 'Tingkat MT-PRIORITY pesan berada di bawah prioritas terendah yang saat ini diterima server; server dalam mode terbatas mungkin hanya menerima email berprioritas lebih tinggi.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.15 means the server is taking only higher-priority mail for now, for example during an emergency or overload; lower-priority messages wait and are retried.',
        id: '4.7.15 berarti server untuk sementara hanya menerima email berprioritas lebih tinggi, misalnya selama keadaan darurat atau kelebihan beban; pesan berprioritas lebih rendah menunggu dan dicoba ulang.',
      },
      permanent: {
        en: '5.7.15 means the server will not accept mail at this priority level at all.',
        id: '5.7.15 berarti server sama sekali tidak akan menerima email pada tingkat prioritas ini.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry; the restriction usually lifts when the server leaves its restricted mode.', id: 'Biarkan dicoba ulang; pembatasan biasanya dicabut ketika server keluar dari mode terbatasnya.' },
        receiver: { en: 'Check whether the restricted mode is still needed, and tell senders how long it will last.', id: 'Periksa apakah mode terbatas masih diperlukan, dan beri tahu pengirim berapa lama mode itu akan berlangsung.' },
      },
      permanent: {
        sender: { en: 'Send with a higher MT-PRIORITY if you are entitled to, or deliver through another route.', id: 'Kirim dengan MT-PRIORITY yang lebih tinggi jika Anda berhak, atau kirim melalui rute lain.' },
        receiver: { en: 'Review the minimum-priority policy and whether it should apply to this sender.', id: 'Tinjau kebijakan prioritas minimum dan apakah kebijakan itu seharusnya berlaku untuk pengirim ini.' },
      },
    },
    useWhen: {
      en: 'Send 450 4.7.15 while in a temporary high-priority-only mode and 550 5.7.15 for a standing floor; for a size limit tied to priority use X.7.16.',
      id: 'Kirim 450 4.7.15 selama mode sementara yang hanya menerima prioritas tinggi dan 550 5.7.15 untuk batas bawah yang tetap; untuk batas ukuran yang terkait prioritas, gunakan X.7.16.',
    },
    actor: 'sender-content',
    associatedBasic: ['450', '550'],
    classes: [4, 5],
    references: [rfc(6710)],
    related: [
      { code: 'X.7.16', difference: { en: 'X.7.16 accepts the priority but not a message this large at it; X.7.15 refuses the priority level whatever the size.', id: 'X.7.16 menerima prioritasnya tetapi tidak untuk pesan sebesar ini pada prioritas itu; X.7.15 menolak tingkat prioritasnya berapa pun ukurannya.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.16',
    title: { en: 'Message is too big for the specified priority', id: 'Pesan terlalu besar untuk prioritas yang ditentukan' },
    description: {
      en: 'The message exceeds the size the server accepts at its stated MT-PRIORITY level; larger messages may be allowed only at higher priority, or not at all while a restricted mode lasts.',
      id: 'Pesan melampaui ukuran yang diterima server pada tingkat MT-PRIORITY yang dinyatakan; pesan yang lebih besar mungkin hanya diizinkan pada prioritas lebih tinggi, atau sama sekali tidak selama mode terbatas berlangsung.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.16 means the size limit for this priority is lowered for now, for example while the server takes only small high-priority messages.',
        id: '4.7.16 berarti batas ukuran untuk prioritas ini diturunkan untuk sementara, misalnya selama server hanya menerima pesan kecil berprioritas tinggi.',
      },
      permanent: {
        en: '5.7.16 means messages of this size are never accepted at this priority.',
        id: '5.7.16 berarti pesan sebesar ini tidak pernah diterima pada prioritas ini.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Retry later, or send with a higher priority if you are allowed to.', id: 'Coba lagi nanti, atau kirim dengan prioritas lebih tinggi jika Anda diizinkan.' },
        receiver: { en: 'Check the per-priority size limits in force during the restricted mode.', id: 'Periksa batas ukuran per prioritas yang berlaku selama mode terbatas.' },
      },
      permanent: {
        sender: { en: 'Reduce the message size (compress attachments or share them by link) or raise the priority if permitted.', id: 'Kurangi ukuran pesan (kompres lampiran atau bagikan lewat tautan) atau naikkan prioritas jika diizinkan.' },
        receiver: { en: 'Review the per-priority size limits and whether they match what your senders need.', id: 'Tinjau batas ukuran per prioritas dan apakah batas itu sesuai dengan kebutuhan pengirim Anda.' },
      },
    },
    useWhen: {
      en: 'Send 552 5.7.16 when size is refused because of the priority; for an overall size limit use X.3.4 or X.2.3.',
      id: 'Kirim 552 5.7.16 jika ukuran ditolak karena prioritasnya; untuk batas ukuran keseluruhan, gunakan X.3.4 atau X.2.3.',
    },
    actor: 'sender-content',
    associatedBasic: ['552'],
    classes: [4, 5],
    references: [rfc(6710)],
    related: [
      { code: 'X.7.15', difference: { en: 'X.7.15 refuses the priority level itself; X.7.16 refuses only a message too large for that level.', id: 'X.7.15 menolak tingkat prioritasnya sendiri; X.7.16 hanya menolak pesan yang terlalu besar untuk tingkat itu.' } },
      { code: 'X.3.4', difference: { en: 'X.3.4 is the server’s general size limit; X.7.16 is a limit that depends on the message’s priority and may not apply at a higher one.', id: 'X.3.4 adalah batas ukuran umum server; X.7.16 adalah batas yang bergantung pada prioritas pesan dan mungkin tidak berlaku pada prioritas yang lebih tinggi.' } },
    ],
    bounceReason: 'mesgtoobig',
  },
  {
    code: 'X.7.17',
    title: { en: 'Mailbox owner has changed', id: 'Pemilik mailbox telah berubah' },
    description: {
      en: 'The message asked, through the RRVS extension or a Require-Recipient-Valid-Since header, to be delivered only if the mailbox has had the same owner since a given date, and the receiver knows it changed hands after that date.',
      id: 'Pesan meminta, melalui ekstensi RRVS atau header Require-Recipient-Valid-Since, agar hanya dikirimkan jika mailbox dimiliki pemilik yang sama sejak tanggal tertentu, dan penerima tahu mailbox itu berpindah tangan setelah tanggal tersebut.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.17 is not expected in practice, since an ownership change does not reverse; a receiver sending it may be deferring until its ownership records are confirmed.',
        id: '4.7.17 tidak diharapkan dalam praktik, karena perubahan kepemilikan tidak dapat dibatalkan; penerima yang mengirimnya mungkin menunda sampai catatan kepemilikannya terkonfirmasi.',
      },
      permanent: {
        en: '5.7.17 means the address was given to someone else after the date the sender supplied, so the message was held back to protect the former owner’s mail.',
        id: '5.7.17 berarti alamat itu sudah diberikan kepada orang lain setelah tanggal yang diberikan pengirim, sehingga pesan ditahan demi melindungi email untuk pemilik sebelumnya.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry, but prepare to update the contact details if the reply becomes permanent.', id: 'Biarkan dicoba ulang, tetapi bersiaplah memperbarui data kontak jika balasannya menjadi permanen.' },
        receiver: { en: 'Confirm the mailbox ownership records and return a final answer.', id: 'Pastikan catatan kepemilikan mailbox dan berikan jawaban final.' },
      },
      permanent: {
        sender: { en: 'Remove or update the address in your records: the person you meant to reach no longer owns it, so find their new address another way.', id: 'Hapus atau perbarui alamat itu di catatan Anda: orang yang ingin Anda hubungi tidak lagi memilikinya, jadi cari alamat barunya dengan cara lain.' },
        receiver: { en: 'No action is needed unless the ownership date in your records is wrong.', id: 'Tidak ada tindakan yang diperlukan kecuali tanggal kepemilikan di catatan Anda salah.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.17 when RRVS is requested and the mailbox changed owner after the given date; use X.7.18 when the whole domain changed owner.',
      id: 'Kirim 550 5.7.17 jika RRVS diminta dan mailbox berganti pemilik setelah tanggal yang diberikan; gunakan X.7.18 jika seluruh domain yang berganti pemilik.',
    },
    actor: 'recipient-mailbox',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(7293)],
    related: [
      { code: 'X.7.18', difference: { en: 'X.7.18 says the whole recipient domain changed owner; X.7.17 says one mailbox was reassigned.', id: 'X.7.18 menyatakan seluruh domain penerima berganti pemilik; X.7.17 menyatakan satu mailbox dialihkan ke orang lain.' } },
      { code: 'X.7.19', difference: { en: 'X.7.19 means the receiver cannot tell whether the owner changed; X.7.17 means it knows the owner did change.', id: 'X.7.19 berarti penerima tidak dapat mengetahui apakah pemiliknya berganti; X.7.17 berarti penerima tahu pemiliknya memang berganti.' } },
    ],
    bounceReason: 'hasmoved',
  },
  {
    code: 'X.7.18',
    title: { en: 'Domain owner has changed', id: 'Pemilik domain telah berubah' },
    description: {
      en: 'The message carried an RRVS date, and the receiving system discloses that the recipient’s domain has had a new owner since that date.',
      id: 'Pesan membawa tanggal RRVS, dan sistem tujuan mengungkapkan bahwa domain penerima sudah memiliki pemilik baru sejak tanggal itu.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.18 is unexpected; it would mean the receiver is deferring while it confirms the domain’s ownership history.',
        id: '4.7.18 tidak diharapkan; artinya penerima menunda sambil mengonfirmasi riwayat kepemilikan domain.',
      },
      permanent: {
        en: '5.7.18 means the recipient’s domain came into someone else’s hands after the date the sender gave, so any address there may now belong to a different person.',
        id: '5.7.18 berarti domain penerima jatuh ke tangan orang lain setelah tanggal yang diberikan pengirim, sehingga alamat apa pun di sana kini mungkin milik orang yang berbeda.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Wait for the final answer, and check whether the domain still belongs to the organisation you meant to reach.', id: 'Tunggu jawaban final, dan periksa apakah domain itu masih milik organisasi yang ingin Anda hubungi.' },
        receiver: { en: 'Confirm the domain ownership records and send a final reply.', id: 'Pastikan catatan kepemilikan domain dan kirim balasan final.' },
      },
      permanent: {
        sender: { en: 'Drop addresses at that domain from your lists, or verify the contact through another channel before mailing them again.', id: 'Hapus alamat di domain itu dari daftar Anda, atau verifikasi kontak melalui saluran lain sebelum mengirim email kepada mereka lagi.' },
        receiver: { en: 'Nothing to fix unless your domain ownership records are wrong.', id: 'Tidak ada yang perlu diperbaiki kecuali catatan kepemilikan domain Anda salah.' },
      },
    },
    useWhen: {
      en: 'Send X.7.18 when you choose to disclose that the domain changed hands since the RRVS date; for a single reassigned mailbox use X.7.17.',
      id: 'Kirim X.7.18 jika Anda memilih untuk mengungkapkan bahwa domain berpindah tangan sejak tanggal RRVS; untuk satu mailbox yang dialihkan, gunakan X.7.17.',
    },
    actor: 'recipient-mailbox',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(7293)],
    related: [
      { code: 'X.7.17', difference: { en: 'X.7.17 concerns one reassigned mailbox; X.7.18 concerns the whole domain, so every address there is suspect.', id: 'X.7.17 menyangkut satu mailbox yang dialihkan; X.7.18 menyangkut seluruh domain, sehingga setiap alamat di sana patut dicurigai.' } },
    ],
    bounceReason: 'hasmoved',
  },
  {
    code: 'X.7.19',
    title: { en: 'RRVS test cannot be completed', id: 'Uji RRVS tidak dapat diselesaikan' },
    description: {
      en: 'The message requested an RRVS check, but the receiver never recorded when the mailbox was created or assigned, so it cannot tell whether the owner changed.',
      id: 'Pesan meminta pemeriksaan RRVS, tetapi penerima tidak pernah mencatat kapan mailbox dibuat atau diberikan, sehingga tidak dapat mengetahui apakah pemiliknya berganti.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.19 suggests the receiver cannot answer the ownership question for now, for example because its account records are unreachable.',
        id: '4.7.19 menandakan penerima untuk sementara tidak dapat menjawab pertanyaan kepemilikan, misalnya karena catatan akunnya tidak dapat dijangkau.',
      },
      permanent: {
        en: '5.7.19 means the receiver lacks the timestamp the check needs, so the sender has to decide whether to send again without the RRVS requirement.',
        id: '5.7.19 berarti penerima tidak memiliki cap waktu yang dibutuhkan pemeriksaan, sehingga pengirim harus memutuskan apakah akan mengirim lagi tanpa persyaratan RRVS.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let the retries run; the check may succeed once the receiver’s records are reachable.', id: 'Biarkan percobaan ulang berjalan; pemeriksaan mungkin berhasil setelah catatan penerima dapat dijangkau.' },
        receiver: { en: 'Check access to the account database that holds mailbox creation dates.', id: 'Periksa akses ke basis data akun yang menyimpan tanggal pembuatan mailbox.' },
      },
      permanent: {
        sender: { en: 'Decide whether the message may go without the ownership guarantee; if so, resend without RRVS, otherwise contact the recipient another way.', id: 'Putuskan apakah pesan boleh dikirim tanpa jaminan kepemilikan; jika ya, kirim ulang tanpa RRVS; jika tidak, hubungi penerima dengan cara lain.' },
        receiver: { en: 'Consider recording mailbox creation and reassignment dates so RRVS checks can be answered.', id: 'Pertimbangkan untuk mencatat tanggal pembuatan dan pengalihan mailbox agar pemeriksaan RRVS dapat dijawab.' },
      },
    },
    useWhen: {
      en: 'Send X.7.19 when an RRVS check cannot be evaluated; send X.7.17 or X.7.18 when you can show that the owner changed.',
      id: 'Kirim X.7.19 jika pemeriksaan RRVS tidak dapat dievaluasi; kirim X.7.17 atau X.7.18 jika Anda dapat menunjukkan bahwa pemiliknya berganti.',
    },
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(7293)],
    related: [
      { code: 'X.7.17', difference: { en: 'X.7.17 is a definite "the owner changed"; X.7.19 is "cannot tell", which leaves the decision to resend with the sender.', id: 'X.7.17 adalah jawaban pasti "pemiliknya berganti"; X.7.19 adalah "tidak dapat diketahui", yang menyerahkan keputusan untuk mengirim ulang kepada pengirim.' } },
    ],
    bounceReason: 'securityerror',
  },
  {
    code: 'X.7.20',
    title: { en: 'No passing DKIM signature found', id: 'Tidak ditemukan tanda tangan DKIM yang lolos' },
    description: {
      en: 'The receiver requires DKIM and the message had no DKIM signature that verified: it was unsigned, or every signature on it failed.',
      id: 'Penerima mewajibkan DKIM dan pesan tidak memiliki tanda tangan DKIM yang terverifikasi: pesan tidak ditandatangani, atau setiap tanda tangannya gagal.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.20 points to a DKIM check that may pass later, often because the signer’s public key could not be fetched from DNS at that moment.',
        id: '4.7.20 menunjuk pada pemeriksaan DKIM yang mungkin lolos nanti, sering karena kunci publik penanda tangan tidak dapat diambil dari DNS pada saat itu.',
      },
      permanent: {
        en: '5.7.20 means no valid DKIM signature arrived: signing is not set up, the selector’s DNS record is missing or wrong, or a relay changed the message after it was signed.',
        id: '5.7.20 berarti tidak ada tanda tangan DKIM valid yang diterima: penandatanganan belum disiapkan, record DNS selector tidak ada atau salah, atau relay mengubah pesan setelah ditandatangani.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Make sure the selector’s TXT record (selector._domainkey.yourdomain) resolves reliably from the internet; retries usually pass once DNS answers.', id: 'Pastikan record TXT selector (selector._domainkey.yourdomain) dapat di-resolve dengan andal dari internet; percobaan ulang biasanya lolos setelah DNS menjawab.' },
        receiver: { en: 'Check your resolver for timeouts towards the sender’s DNS, and that the verifier treats DNS errors as temporary.', id: 'Periksa resolver Anda untuk timeout ke DNS pengirim, dan pastikan verifier memperlakukan kesalahan DNS sebagai kesalahan sementara.' },
      },
      permanent: {
        sender: {
          en: 'Turn on DKIM signing for the sending domain, publish the public key at the selector, and verify with a test message to a mailbox that shows authentication results. Check that no footer or rewrap changes the body after signing.',
          id: 'Aktifkan penandatanganan DKIM untuk domain pengirim, publikasikan kunci publik di selector, dan verifikasi dengan pesan uji ke mailbox yang menampilkan hasil autentikasi. Pastikan tidak ada footer atau pemenggalan ulang baris yang mengubah body setelah penandatanganan.',
        },
        receiver: { en: 'Look at the Authentication-Results for the reason (no signature, body hash mismatch, key not found) before telling the sender what to change.', id: 'Lihat Authentication-Results untuk mengetahui alasannya (tidak ada tanda tangan, body hash tidak cocok, kunci tidak ditemukan) sebelum memberi tahu pengirim apa yang harus diubah.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.20 when your policy requires a valid DKIM signature and none verifies. Use X.7.21 when signatures verify but none is acceptable, and X.7.26 when several checks fail together.',
      id: 'Kirim 550 5.7.20 jika kebijakan Anda mewajibkan tanda tangan DKIM yang valid dan tidak ada yang terverifikasi. Gunakan X.7.21 jika tanda tangan terverifikasi tetapi tidak ada yang dapat diterima, dan X.7.26 jika beberapa pemeriksaan gagal bersamaan.',
    },
    actor: 'sender-config',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(7372, '3.1'), rfc(6376, '6.1')],
    related: [
      { code: 'X.7.21', difference: { en: 'X.7.21 means a signature verified but was not good enough for the receiver; X.7.20 means none verified at all.', id: 'X.7.21 berarti ada tanda tangan yang terverifikasi tetapi tidak cukup baik bagi penerima; X.7.20 berarti tidak ada satu pun yang terverifikasi.' } },
      { code: 'X.7.22', difference: { en: 'X.7.22 means valid signatures exist but none from the From domain; X.7.20 means there is no valid signature of any kind.', id: 'X.7.22 berarti ada tanda tangan yang valid tetapi tidak ada yang dari domain From; X.7.20 berarti sama sekali tidak ada tanda tangan yang valid.' } },
      { code: 'X.7.26', difference: { en: 'X.7.26 reports that several checks failed together, DKIM among them as a rule; X.7.20 says DKIM alone decided the rejection.', id: 'X.7.26 melaporkan bahwa beberapa pemeriksaan gagal bersamaan, biasanya termasuk DKIM; X.7.20 menyatakan DKIM sendirilah yang menentukan penolakan.' } },
      { code: 'X.7.7', difference: { en: 'X.7.7 is the older, general integrity failure; X.7.20 tells the sender precisely that DKIM verification is what failed.', id: 'X.7.7 adalah kegagalan integritas umum yang lebih lama; X.7.20 memberi tahu pengirim secara tepat bahwa verifikasi DKIM-lah yang gagal.' } },
    ],
    bounceReason: 'authfailure',
  },
  {
    code: 'X.7.21',
    title: { en: 'No acceptable DKIM signature found', id: 'Tidak ditemukan tanda tangan DKIM yang dapat diterima' },
    description: {
      en: 'At least one DKIM signature verified, but none met the receiver’s requirements, for example because the signing domain is not one it trusts or the signature covers too little of the message.',
      id: 'Setidaknya satu tanda tangan DKIM terverifikasi, tetapi tidak ada yang memenuhi persyaratan penerima, misalnya karena domain penanda tangan bukan domain yang dipercayainya atau tanda tangan mencakup terlalu sedikit bagian pesan.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.21 suggests the acceptability check could not be completed for now, such as a policy lookup for the signing domain that failed.',
        id: '4.7.21 menandakan pemeriksaan kelayakan tanda tangan tidak dapat diselesaikan untuk sementara, seperti lookup kebijakan untuk domain penanda tangan yang gagal.',
      },
      permanent: {
        en: '5.7.21 means DKIM worked technically but the signature came from the wrong domain, commonly the email platform’s domain instead of the sender’s own, or used a key or header set the receiver finds too weak.',
        id: '5.7.21 berarti DKIM berfungsi secara teknis tetapi tanda tangannya berasal dari domain yang salah, umumnya domain platform email dan bukan domain milik pengirim sendiri, atau memakai kunci atau kumpulan header yang dinilai terlalu lemah oleh penerima.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry, and meanwhile confirm which domain (d=) your messages are signed with.', id: 'Biarkan dicoba ulang, dan sementara itu pastikan domain mana (d=) yang dipakai untuk menandatangani pesan Anda.' },
        receiver: { en: 'Check the policy service that decides which signatures are acceptable.', id: 'Periksa layanan kebijakan yang menentukan tanda tangan mana yang dapat diterima.' },
      },
      permanent: {
        sender: { en: 'Have the sending platform sign with your own domain (custom DKIM), use a 2048-bit key, and sign at least the From, Subject and Date headers.', id: 'Minta platform pengirim menandatangani dengan domain Anda sendiri (custom DKIM), gunakan kunci 2048-bit, dan tandatangani setidaknya header From, Subject, dan Date.' },
        receiver: { en: 'Document which signatures you accept so senders can meet the rule, and confirm that the rule that fired is intended.', id: 'Dokumentasikan tanda tangan mana yang Anda terima agar pengirim dapat memenuhi aturan itu, dan pastikan aturan yang terpicu memang disengaja.' },
      },
    },
    useWhen: {
      en: 'Send X.7.21 when a signature verifies but does not satisfy your policy; X.7.22 is the narrower case where no signer matches the From domain.',
      id: 'Kirim X.7.21 jika tanda tangan terverifikasi tetapi tidak memenuhi kebijakan Anda; X.7.22 adalah kasus yang lebih sempit, ketika tidak ada penanda tangan yang cocok dengan domain From.',
    },
    actor: 'sender-config',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(7372, '3.1'), rfc(6376, '6.1')],
    related: [
      { code: 'X.7.20', difference: { en: 'X.7.20 means no signature verified; X.7.21 means one did, but the receiver does not accept it.', id: 'X.7.20 berarti tidak ada tanda tangan yang terverifikasi; X.7.21 berarti ada yang terverifikasi, tetapi penerima tidak menerimanya.' } },
      { code: 'X.7.22', difference: { en: 'X.7.22 is the special case of X.7.21 in which the only missing property is a signer matching the From domain.', id: 'X.7.22 adalah kasus khusus X.7.21, yaitu ketika satu-satunya yang kurang adalah penanda tangan yang cocok dengan domain From.' } },
    ],
    bounceReason: 'authfailure',
  },
  {
    code: 'X.7.22',
    title: { en: 'No valid author-matched DKIM signature found', id: 'Tidak ditemukan tanda tangan DKIM valid yang cocok dengan domain penulis (From)' },
    description: {
      en: 'DKIM signatures verified, but none was made by the domain in the From header, which the receiver requires; it is a narrower form of X.7.21.',
      id: 'Tanda tangan DKIM terverifikasi, tetapi tidak ada yang dibuat oleh domain di header From, padahal penerima mewajibkannya; ini adalah bentuk yang lebih sempit daripada X.7.21.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.22 means the author-domain check could not be completed at the moment, for example while looking up the From domain’s policy.',
        id: '4.7.22 berarti pemeriksaan domain penulis (author domain) tidak dapat diselesaikan saat ini, misalnya ketika sedang melakukan lookup kebijakan domain From.',
      },
      permanent: {
        en: '5.7.22 means the message was signed only by a third party, such as an email service provider’s domain, and not by the domain shown in From, so it fails the receiver’s alignment rule.',
        id: '5.7.22 berarti pesan hanya ditandatangani oleh pihak ketiga, seperti domain penyedia layanan email, dan bukan oleh domain yang tampil di From, sehingga gagal memenuhi aturan keselarasan (alignment) penerima.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Let it retry, and verify that the From domain’s DKIM keys are published.', id: 'Biarkan dicoba ulang, dan pastikan kunci DKIM domain From sudah dipublikasikan.' },
        receiver: { en: 'Check the DNS lookups your author-domain check depends on.', id: 'Periksa lookup DNS yang diandalkan pemeriksaan domain penulis Anda.' },
      },
      permanent: {
        sender: { en: 'Set up DKIM signing with the From domain (d= equal to it or its parent domain), which DMARC alignment needs as well.', id: 'Siapkan penandatanganan DKIM dengan domain From (d= sama dengan domain itu atau domain induknya), yang juga dibutuhkan untuk alignment DMARC.' },
        receiver: { en: 'Confirm the alignment rule is intended, and consider accepting relaxed alignment (the organisational domain) as DMARC does.', id: 'Pastikan aturan alignment memang disengaja, dan pertimbangkan menerima relaxed alignment (domain organisasi) seperti yang dilakukan DMARC.' },
      },
    },
    useWhen: {
      en: 'Send X.7.22 when you require a signature from the author’s domain and none is present; use X.7.21 for other reasons a signature is unacceptable.',
      id: 'Kirim X.7.22 jika Anda mewajibkan tanda tangan dari domain penulis dan tanda tangan itu tidak ada; gunakan X.7.21 untuk alasan lain mengapa tanda tangan tidak dapat diterima.',
    },
    actor: 'sender-config',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(7372, '3.1'), rfc(6376, '6.1')],
    related: [
      { code: 'X.7.21', difference: { en: 'X.7.21 covers any reason a verified signature is unacceptable; X.7.22 says the reason is that no signer matches the From domain.', id: 'X.7.21 mencakup alasan apa pun mengapa tanda tangan yang terverifikasi tidak dapat diterima; X.7.22 menyatakan alasannya adalah tidak ada penanda tangan yang cocok dengan domain From.' } },
      { code: 'X.7.20', difference: { en: 'X.7.20 means nothing verified; X.7.22 means signatures verified but from the wrong domain, so the fix is aligning the signer, not repairing DKIM.', id: 'X.7.20 berarti tidak ada yang terverifikasi; X.7.22 berarti tanda tangan terverifikasi tetapi dari domain yang salah, sehingga perbaikannya adalah menyelaraskan penanda tangan, bukan memperbaiki DKIM.' } },
    ],
    bounceReason: 'authfailure',
  },
  {
    code: 'X.7.23',
    title: { en: 'SPF validation failed', id: 'Validasi SPF gagal' },
    description: {
      en: 'The sending IP is not authorised by the SPF record of the envelope sender’s domain (an SPF "fail" result), and the receiver rejects on that result.',
      id: 'IP pengirim tidak diotorisasi oleh record SPF domain pengirim envelope (hasil SPF "fail"), dan penerima menolak berdasarkan hasil itu.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.23 is unusual because an SPF fail is a definite answer; it may mean the receiver defers such mail for a while before deciding.',
        id: '4.7.23 tidak lazim karena SPF fail adalah jawaban yang pasti; kode ini mungkin berarti penerima menunda email seperti itu beberapa waktu sebelum memutuskan.',
      },
      permanent: {
        en: '5.7.23 means the SPF record of the MAIL FROM domain ends in -all and does not cover the connecting IP: a new mail service not yet added to SPF, or mail forwarded by a third party.',
        id: '5.7.23 berarti record SPF domain MAIL FROM diakhiri -all dan tidak mencakup IP yang terhubung: layanan email baru yang belum ditambahkan ke SPF, atau email yang diteruskan oleh pihak ketiga.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Add the sending IP or the provider’s include to your SPF record now, before the deferral turns into a bounce.', id: 'Tambahkan IP pengirim atau include milik penyedia ke record SPF Anda sekarang, sebelum penundaan berubah menjadi bounce.' },
        receiver: { en: 'Check why an SPF fail is deferred rather than decided, and whether forwarded mail is caught by it.', id: 'Periksa mengapa SPF fail ditunda alih-alih diputuskan, dan apakah email yang diteruskan ikut terjaring.' },
      },
      permanent: {
        sender: {
          en: 'Add every legitimate sending source to the SPF record (ip4:, ip6:, include: for providers), keep it within ten DNS lookups, and check it with an SPF validator. For forwarded mail, ask the forwarder to use SRS.',
          id: 'Tambahkan setiap sumber pengiriman yang sah ke record SPF (ip4:, ip6:, include: untuk penyedia), jaga agar tetap dalam batas sepuluh lookup DNS, dan periksa dengan validator SPF. Untuk email yang diteruskan, minta pihak penerus memakai SRS.',
        },
        receiver: { en: 'Confirm the SPF result in the logs and whether the mail was forwarded, a known false positive; consider honouring DMARC instead of rejecting on SPF alone.', id: 'Pastikan hasil SPF di log dan apakah email itu diteruskan, yang merupakan false positive yang sudah dikenal; pertimbangkan untuk mengikuti DMARC alih-alih menolak hanya berdasarkan SPF.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.23 when you reject on an SPF fail result, in place of a generic 5.7.1; use X.7.24 for SPF evaluation errors.',
      id: 'Kirim 550 5.7.23 jika Anda menolak berdasarkan hasil SPF fail, sebagai pengganti 5.7.1 yang umum; gunakan X.7.24 untuk kesalahan evaluasi SPF.',
    },
    actor: 'sender-config',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(7372, '3.2'), rfc(7208, '8.4')],
    related: [
      { code: 'X.7.24', difference: { en: 'X.7.24 means SPF could not be evaluated (DNS trouble or a broken record); X.7.23 means it was evaluated and the IP is not allowed.', id: 'X.7.24 berarti SPF tidak dapat dievaluasi (masalah DNS atau record yang rusak); X.7.23 berarti SPF sudah dievaluasi dan IP itu tidak diizinkan.' } },
      { code: 'X.7.1', difference: { en: 'X.7.1 is the older, generic way to reject an SPF fail and is used for many other refusals; X.7.23 states that SPF was the reason.', id: 'X.7.1 adalah cara lama yang umum untuk menolak SPF fail dan dipakai untuk banyak penolakan lain; X.7.23 menyatakan bahwa SPF-lah alasannya.' } },
      { code: 'X.7.26', difference: { en: 'X.7.26 means SPF and at least one other check failed; X.7.23 means SPF alone decided.', id: 'X.7.26 berarti SPF dan setidaknya satu pemeriksaan lain gagal; X.7.23 berarti SPF sendiri yang menentukan.' } },
    ],
    bounceReason: 'authfailure',
  },
  {
    code: 'X.7.24',
    title: { en: 'SPF validation error', id: 'Kesalahan validasi SPF' },
    description: {
      en: 'Evaluating SPF for the message ended in an error instead of a pass or fail: a DNS problem (temperror) or a broken SPF record (permerror).',
      id: 'Evaluasi SPF untuk pesan berakhir dengan kesalahan, bukan pass atau fail: masalah DNS (temperror) atau record SPF yang rusak (permerror).',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.24, with 451, stands for an SPF temperror: the DNS lookup for the sender’s SPF record timed out or failed, and the sender will retry.',
        id: '4.7.24, dengan 451, mewakili SPF temperror: lookup DNS untuk record SPF pengirim timeout atau gagal, dan pengirim akan mencoba lagi.',
      },
      permanent: {
        en: '5.7.24, with 550, stands for an SPF permerror: the record has a syntax error, the domain publishes more than one SPF record, or evaluating it needs more than ten DNS lookups.',
        id: '5.7.24, dengan 550, mewakili SPF permerror: record-nya memiliki kesalahan sintaks, domainnya memublikasikan lebih dari satu record SPF, atau evaluasinya memerlukan lebih dari sepuluh lookup DNS.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Check that your domain’s DNS servers answer TXT queries quickly and consistently from outside your network.', id: 'Periksa apakah server DNS domain Anda menjawab kueri TXT dengan cepat dan konsisten dari luar jaringan Anda.' },
        receiver: { en: 'Check your own resolvers for timeouts, in case the DNS error is on your side.', id: 'Periksa resolver Anda sendiri untuk timeout, untuk berjaga-jaga jika kesalahan DNS ada di sisi Anda.' },
      },
      permanent: {
        sender: { en: 'Fix the SPF record: exactly one v=spf1 TXT record, valid mechanisms, at most ten lookups (flatten includes if needed), and test it with an SPF checker.', id: 'Perbaiki record SPF: tepat satu record TXT v=spf1, mekanisme yang valid, paling banyak sepuluh lookup (lakukan flattening pada include jika perlu), dan uji dengan pemeriksa SPF.' },
        receiver: { en: 'Confirm the permerror in the logs; rejecting on permerror is a local choice, and some receivers treat it as if no SPF record existed.', id: 'Pastikan permerror di log; menolak karena permerror adalah pilihan lokal, dan sebagian penerima memperlakukannya seolah-olah tidak ada record SPF.' },
      },
    },
    useWhen: {
      en: 'Send 451 4.7.24 for an SPF temperror and 550 5.7.24 for a permerror, in place of the older 4.4.3 and 5.5.2; an SPF fail itself is X.7.23.',
      id: 'Kirim 451 4.7.24 untuk SPF temperror dan 550 5.7.24 untuk permerror, sebagai pengganti 4.4.3 dan 5.5.2 yang lama; SPF fail itu sendiri adalah X.7.23.',
    },
    actor: 'sender-config',
    associatedBasic: ['451', '550'],
    classes: [4, 5],
    references: [rfc(7372, '3.2'), rfc(7208, '8.6'), rfc(7208, '8.7')],
    related: [
      { code: 'X.7.23', difference: { en: 'X.7.23 is a clear SPF verdict against the sending IP; X.7.24 means no verdict could be reached, so the fix is in DNS or the record’s syntax.', id: 'X.7.23 adalah hasil SPF yang tegas terhadap IP pengirim; X.7.24 berarti tidak ada hasil pasti yang dapat diperoleh, sehingga perbaikannya ada di DNS atau sintaks record-nya.' } },
      { code: 'X.4.3', difference: { en: 'X.4.3 is a generic directory or DNS failure; RFC 7372 has an SPF temperror reported as 4.7.24 so the cause is visible.', id: 'X.4.3 adalah kegagalan direktori atau DNS yang umum; RFC 7372 menetapkan agar SPF temperror dilaporkan sebagai 4.7.24 supaya penyebabnya terlihat.' } },
    ],
    bounceReason: 'authfailure',
  },
  {
    code: 'X.7.25',
    title: { en: 'Reverse DNS validation failed', id: 'Validasi reverse DNS gagal' },
    description: {
      en: 'The connecting IP address failed the receiver’s reverse DNS check: it has no PTR record, or the PTR name does not resolve back to the same address.',
      id: 'Alamat IP yang terhubung gagal dalam pemeriksaan reverse DNS penerima: IP itu tidak memiliki record PTR, atau nama PTR-nya tidak di-resolve kembali ke alamat yang sama.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.25 usually means the reverse lookup timed out or returned a temporary error, and the check may pass on a retry.',
        id: '4.7.25 biasanya berarti reverse lookup timeout atau mengembalikan kesalahan sementara, dan pemeriksaan mungkin lolos pada percobaan ulang.',
      },
      permanent: {
        en: '5.7.25 means the sending IP has no PTR record or a mismatched one, typical of a server on a home or cloud connection where reverse DNS was never set.',
        id: '5.7.25 berarti IP pengirim tidak memiliki record PTR atau record-nya tidak cocok, khas untuk server pada koneksi rumahan atau cloud yang reverse DNS-nya tidak pernah diatur.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Check that the PTR lookup for your sending IP answers reliably; retries usually succeed once DNS responds.', id: 'Pastikan lookup PTR untuk IP pengirim Anda menjawab dengan andal; percobaan ulang biasanya berhasil setelah DNS merespons.' },
        receiver: { en: 'Check your resolver and whether the reverse zone’s name servers are slow.', id: 'Periksa resolver Anda dan apakah name server zona reverse lambat.' },
      },
      permanent: {
        sender: {
          en: 'Ask the owner of the IP (the ISP or cloud provider) to set a PTR record naming your mail server, and make that name resolve back to the same IP (forward-confirmed reverse DNS).',
          id: 'Minta pemilik IP (ISP atau penyedia cloud) mengatur record PTR yang menyebut nama server email Anda, dan buat nama itu di-resolve kembali ke IP yang sama (forward-confirmed reverse DNS).',
        },
        receiver: { en: 'Check the lookup result in the log; if you require forward-confirmed reverse DNS, make sure the rule handles IPv6 and multiple PTR records correctly.', id: 'Periksa hasil lookup di log; jika Anda mewajibkan forward-confirmed reverse DNS, pastikan aturannya menangani IPv6 dan beberapa record PTR dengan benar.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.25 when you reject for missing or mismatched reverse DNS rather than a generic 5.7.1; send 4.7.25 when the lookup itself failed for now.',
      id: 'Kirim 550 5.7.25 jika Anda menolak karena reverse DNS tidak ada atau tidak cocok, bukan 5.7.1 yang umum; kirim 4.7.25 jika lookup itu sendiri gagal untuk sementara.',
    },
    actor: 'sender-config',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(7372, '3.3')],
    related: [
      { code: 'X.7.1', difference: { en: 'X.7.1 is the generic refusal many servers use for missing reverse DNS; X.7.25 tells the sender that the PTR record is what to fix.', id: 'X.7.1 adalah penolakan umum yang dipakai banyak server untuk reverse DNS yang tidak ada; X.7.25 memberi tahu pengirim bahwa record PTR-lah yang harus diperbaiki.' } },
    ],
    bounceReason: 'requireptr',
  },
  {
    code: 'X.7.26',
    title: { en: 'Multiple authentication checks failed', id: 'Beberapa pemeriksaan autentikasi gagal' },
    description: {
      en: 'The message failed more than one authentication check, such as both SPF and DKIM, and the receiver rejects it without saying which ones.',
      id: 'Pesan gagal dalam lebih dari satu pemeriksaan autentikasi, misalnya SPF dan DKIM sekaligus, dan penerima menolaknya tanpa menyebut pemeriksaan mana.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.26 tells the sender the message failed several authentication checks but is being deferred rather than refused, which leaves time to fix the records; large providers use it while phasing in enforcement.',
        id: '4.7.26 memberi tahu pengirim bahwa pesan gagal dalam beberapa pemeriksaan autentikasi tetapi ditunda alih-alih ditolak, sehingga ada waktu untuk memperbaiki record; penyedia besar memakainya selama penegakan aturan diberlakukan secara bertahap.',
      },
      permanent: {
        en: '5.7.26 means SPF and DKIM both failed or did not align, so the message counts as unauthenticated, often under the From domain’s DMARC policy; major mailbox providers use it to reject unauthenticated bulk mail.',
        id: '5.7.26 berarti SPF dan DKIM sama-sama gagal atau tidak selaras, sehingga pesan dianggap tidak terautentikasi, sering berdasarkan kebijakan DMARC domain From; penyedia mailbox besar memakainya untuk menolak email massal yang tidak terautentikasi.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Fix authentication before the deferrals become bounces: SPF must include the sending IP and DKIM must sign with the From domain.', id: 'Perbaiki autentikasi sebelum penundaan berubah menjadi bounce: SPF harus mencakup IP pengirim dan DKIM harus menandatangani dengan domain From.' },
        receiver: { en: 'Check which checks failed in the Authentication-Results and whether DNS problems could be behind the failures.', id: 'Periksa pemeriksaan mana yang gagal di Authentication-Results dan apakah masalah DNS bisa menjadi penyebab kegagalan itu.' },
      },
      permanent: {
        sender: {
          en: 'Check SPF, DKIM and DMARC together: the sending IP in SPF, a valid DKIM signature by the From domain, and at least one of them aligned with From for DMARC. Test with a message to a mailbox that shows the results.',
          id: 'Periksa SPF, DKIM, dan DMARC bersama-sama: IP pengirim ada di SPF, tanda tangan DKIM yang valid dari domain From, dan setidaknya salah satunya selaras dengan From untuk DMARC. Uji dengan pesan ke mailbox yang menampilkan hasilnya.',
        },
        receiver: { en: 'Look up the individual results in the Authentication-Results header or the logs and tell the sender which checks failed, since the code itself does not.', id: 'Cari hasil masing-masing pemeriksaan di header Authentication-Results atau di log dan beri tahu pengirim pemeriksaan mana yang gagal, karena kode ini sendiri tidak menyebutkannya.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.26 when several authentication methods fail together; use X.7.23 or X.7.20 when a single check decided the rejection.',
      id: 'Kirim 550 5.7.26 jika beberapa metode autentikasi gagal bersamaan; gunakan X.7.23 atau X.7.20 jika satu pemeriksaan saja yang menentukan penolakan.',
    },
    actor: 'sender-config',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(7372, '3.4')],
    related: [
      { code: 'X.7.1', difference: { en: 'X.7.1 only says policy refused the message; X.7.26 says the refusal is about authentication, so the sender should look at SPF, DKIM and DMARC first.', id: 'X.7.1 hanya menyatakan kebijakan menolak pesan; X.7.26 menyatakan penolakan itu soal autentikasi, sehingga pengirim sebaiknya memeriksa SPF, DKIM, dan DMARC lebih dahulu.' } },
      { code: 'X.7.27', difference: { en: 'X.7.27 refuses the sender domain for publishing a null MX, however well it authenticates; X.7.26 refuses a message whose authentication checks failed.', id: 'X.7.27 menolak domain pengirim karena memublikasikan null MX, sebaik apa pun autentikasinya; X.7.26 menolak pesan yang pemeriksaan autentikasinya gagal.' } },
      { code: 'X.7.23', difference: { en: 'X.7.23 names SPF as the single failed check; X.7.26 means more than one check failed and does not say which.', id: 'X.7.23 menyebut SPF sebagai satu-satunya pemeriksaan yang gagal; X.7.26 berarti lebih dari satu pemeriksaan gagal dan tidak menyebut yang mana.' } },
      { code: 'X.7.20', difference: { en: 'X.7.20 names DKIM as the single failed check; X.7.26 covers combined failures.', id: 'X.7.20 menyebut DKIM sebagai satu-satunya pemeriksaan yang gagal; X.7.26 mencakup kegagalan gabungan.' } },
    ],
    bounceReason: 'authfailure',
  },
  {
    code: 'X.7.27',
    title: { en: 'Sender address has null MX', id: 'Alamat pengirim memiliki null MX' },
    description: {
      en: 'The envelope sender’s domain publishes a null MX (an MX record pointing at "."), declaring that it receives no mail, so it could not take a bounce and the receiver refuses mail from it.',
      id: 'Domain pengirim envelope memublikasikan null MX (record MX yang menunjuk ke "."), yang menyatakan bahwa domain itu tidak menerima email, sehingga tidak dapat menerima bounce dan penerima menolak email darinya.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.27 is not the standard reading, since a null MX is a deliberate DNS setting; a receiver may defer in case the record changes, and some providers reuse this code with their own meaning.',
        id: '4.7.27 bukan makna yang standar, karena null MX adalah pengaturan DNS yang disengaja; penerima mungkin menunda untuk berjaga-jaga jika record-nya berubah, dan sebagian penyedia memakai ulang kode ini dengan makna mereka sendiri.',
      },
      permanent: {
        en: '5.7.27 means the MAIL FROM domain has a null MX record, often a no-reply domain or an unused subdomain that sends mail but cannot receive any.',
        id: '5.7.27 berarti domain MAIL FROM memiliki record null MX, sering kali domain no-reply atau subdomain tak terpakai yang mengirim email tetapi tidak dapat menerima email apa pun.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Check the MX record of the envelope sender domain, and replace the null MX if the domain should receive bounces.', id: 'Periksa record MX domain pengirim envelope, dan ganti null MX jika domain itu seharusnya menerima bounce.' },
        receiver: { en: 'Verify the DNS lookup result and decide whether the deferral should become final.', id: 'Verifikasi hasil lookup DNS dan putuskan apakah penundaan seharusnya menjadi final.' },
      },
      permanent: {
        sender: { en: 'Use an envelope sender (Return-Path) at a domain with working MX records, or replace the null MX with a real one so bounces can be delivered.', id: 'Gunakan pengirim envelope (Return-Path) di domain dengan record MX yang berfungsi, atau ganti null MX dengan MX sungguhan agar bounce dapat dikirimkan.' },
        receiver: { en: 'Confirm that the sender domain’s MX record really is "."; if so, the rejection is correct.', id: 'Pastikan record MX domain pengirim memang "."; jika ya, penolakan itu sudah benar.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.27 when you refuse a sender because its domain has a null MX; use X.1.10 when a recipient domain has a null MX.',
      id: 'Kirim 550 5.7.27 jika Anda menolak pengirim karena domainnya memiliki null MX; gunakan X.1.10 jika domain penerima yang memiliki null MX.',
    },
    actor: 'sender-config',
    phase: 'envelope-sender',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(7505, '4.2')],
    related: [
      { code: 'X.7.1', difference: { en: 'X.7.1 is a policy refusal of any kind; X.7.27 says exactly that the sender domain declared it accepts no mail.', id: 'X.7.1 adalah penolakan kebijakan jenis apa pun; X.7.27 menyatakan dengan tepat bahwa domain pengirim menyatakan dirinya tidak menerima email.' } },
      { code: 'X.7.26', difference: { en: 'X.7.26 is about failed SPF and DKIM checks; X.7.27 would refuse even a well-authenticated message because its return address cannot receive bounces.', id: 'X.7.26 menyangkut pemeriksaan SPF dan DKIM yang gagal; X.7.27 bahkan akan menolak pesan yang autentikasinya baik karena alamat pengembaliannya tidak dapat menerima bounce.' } },
      { code: 'X.1.10', difference: { en: 'X.1.10 is a recipient domain with a null MX, so the message cannot be delivered; X.7.27 is a sender domain with a null MX, so the message is not wanted.', id: 'X.1.10 adalah domain penerima dengan null MX, sehingga pesan tidak dapat dikirimkan; X.7.27 adalah domain pengirim dengan null MX, sehingga pesan tidak diinginkan.' } },
    ],
    bounceReason: 'rejected',
  },
  {
    code: 'X.7.28',
    title: { en: 'Mail flood detected', id: 'Banjir email terdeteksi' },
    description: {
      en: 'The message looks like one of a flood of similar abusive messages, such as a subscription bomb or a burst of near-identical mail aimed at one mailbox.',
      id: 'Pesan tampak seperti salah satu dari banjir pesan serupa yang bersifat penyalahgunaan, seperti subscription bomb atau semburan email yang nyaris identik yang ditujukan ke satu mailbox.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.28 means the receiver sees a flood of similar messages and is throttling them; legitimate bulk mail sent too quickly can be caught as well, and some providers use the code for their own rate limits.',
        id: '4.7.28 berarti penerima melihat banjir pesan serupa dan sedang menerapkan rate limit padanya; email massal yang sah tetapi dikirim terlalu cepat juga bisa ikut terjaring, dan sebagian penyedia memakai kode ini untuk rate limit mereka sendiri.',
      },
      permanent: {
        en: '5.7.28 means the message was judged part of a mail flood and refused, for example one of many sign-up confirmations triggered by bots entering the victim’s address into web forms.',
        id: '5.7.28 berarti pesan dinilai sebagai bagian dari banjir email dan ditolak, misalnya salah satu dari banyak konfirmasi pendaftaran yang dipicu bot yang memasukkan alamat korban ke formulir web.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Slow the sending rate to that recipient or domain, and check whether one of your web forms is being abused to send confirmations.', id: 'Perlambat laju pengiriman ke penerima atau domain itu, dan periksa apakah salah satu formulir web Anda disalahgunakan untuk mengirim konfirmasi.' },
        receiver: { en: 'Check the flood-detection thresholds and which mailbox is being targeted.', id: 'Periksa ambang deteksi banjir dan mailbox mana yang menjadi sasaran.' },
      },
      permanent: {
        sender: { en: 'Protect sign-up forms with CAPTCHA and confirmed opt-in, limit messages per recipient, and stop sending to the targeted address.', id: 'Lindungi formulir pendaftaran dengan CAPTCHA dan confirmed opt-in, batasi jumlah pesan per penerima, dan hentikan pengiriman ke alamat yang menjadi sasaran.' },
        receiver: { en: 'Confirm the flood heuristics fired correctly, and protect the targeted mailbox from the rest of the flood.', id: 'Pastikan heuristik banjir terpicu dengan benar, dan lindungi mailbox sasaran dari sisa banjir.' },
      },
    },
    useWhen: {
      en: 'Send X.7.28 when you detect a flood of similar messages towards a recipient; for ordinary spam content, X.7.1 with an explanation is the usual reply.',
      id: 'Kirim X.7.28 jika Anda mendeteksi banjir pesan serupa ke seorang penerima; untuk isi spam biasa, X.7.1 dengan penjelasan adalah balasan yang lazim.',
    },
    actor: 'sender-config',
    associatedBasic: [],
    classes: [4, 5],
    references: [draft('draft-levine-mailbomb-header')],
    related: [
      { code: 'X.7.1', difference: { en: 'X.7.1 is the general policy or spam refusal; X.7.28 says the message was refused as part of a flood of similar messages.', id: 'X.7.1 adalah penolakan kebijakan atau spam yang umum; X.7.28 menyatakan pesan ditolak sebagai bagian dari banjir pesan serupa.' } },
    ],
    bounceReason: 'spamdetected',
  },
  {
    code: 'X.7.29',
    title: { en: 'ARC validation failure', id: 'Validasi ARC gagal' },
    description: {
      en: 'The message carried an ARC chain, the record that forwarders such as mailing lists add of the authentication results they saw, and the chain did not validate.',
      id: 'Pesan membawa rantai ARC, yaitu catatan yang ditambahkan penerus seperti milis tentang hasil autentikasi yang mereka lihat, dan rantai itu tidak tervalidasi.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.29 suggests ARC validation failed on a lookup that might succeed later, such as a sealer’s public key that did not resolve.',
        id: '4.7.29 menandakan validasi ARC gagal pada lookup yang mungkin berhasil nanti, seperti kunci publik sealer yang tidak dapat di-resolve.',
      },
      permanent: {
        en: '5.7.29 means the ARC seals on a forwarded message are broken or untrusted, so the receiver could not rely on the forwarder’s account of the original authentication.',
        id: '5.7.29 berarti seal ARC pada pesan yang diteruskan rusak atau tidak dipercaya, sehingga penerima tidak dapat mengandalkan keterangan penerus tentang autentikasi aslinya.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'If you operate the forwarder, check that the DNS record of the ARC signing key resolves.', id: 'Jika Anda mengelola penerusnya, pastikan record DNS kunci penandatanganan ARC dapat di-resolve.' },
        receiver: { en: 'Check the DNS lookups for the ARC sealer’s key at the time of the deferral.', id: 'Periksa lookup DNS untuk kunci sealer ARC pada saat penundaan.' },
      },
      permanent: {
        sender: { en: 'If you run the list or forwarder, check the ARC signing configuration and keys, and that nothing modifies the message after sealing; otherwise ask the forwarder to fix it or send directly.', id: 'Jika Anda mengelola milis atau penerusnya, periksa konfigurasi dan kunci penandatanganan ARC, serta pastikan tidak ada yang mengubah pesan setelah di-seal; jika bukan Anda, minta penerus memperbaikinya atau kirim secara langsung.' },
        receiver: { en: 'Check which ARC set failed (cv=fail) and whether you trust that sealer at all.', id: 'Periksa set ARC mana yang gagal (cv=fail) dan apakah Anda memang mempercayai sealer itu.' },
      },
    },
    useWhen: {
      en: 'Send X.7.29 when acceptance of a forwarded message depends on ARC and ARC fails; for direct SPF or DKIM failures use X.7.23, X.7.20 or X.7.26.',
      id: 'Kirim X.7.29 jika penerimaan pesan yang diteruskan bergantung pada ARC dan ARC gagal; untuk kegagalan SPF atau DKIM langsung, gunakan X.7.23, X.7.20, atau X.7.26.',
    },
    actor: 'sender-config',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(8617)],
    related: [
      { code: 'X.7.26', difference: { en: 'X.7.26 is about the message’s own SPF and DKIM results; X.7.29 is about the chain of results a forwarder vouched for.', id: 'X.7.26 menyangkut hasil SPF dan DKIM milik pesan itu sendiri; X.7.29 menyangkut rantai hasil yang dijamin oleh penerus.' } },
    ],
    bounceReason: 'authfailure',
  },
  {
    code: 'X.7.30',
    title: { en: 'REQUIRETLS support required', id: 'Dukungan REQUIRETLS diperlukan' },
    description: {
      en: 'The message was sent with the REQUIRETLS option, demanding TLS on every hop, and no server for the next hop supports REQUIRETLS, so it could not be passed on.',
      id: 'Pesan dikirim dengan opsi REQUIRETLS, yang menuntut TLS di setiap hop, dan tidak ada server untuk hop berikutnya yang mendukung REQUIRETLS, sehingga pesan tidak dapat diteruskan.',
    },
    whenYouSeeIt: {
      transient: {
        en: '4.7.30 means no next-hop server offering REQUIRETLS was available right now; the message waits in case one becomes reachable.',
        id: '4.7.30 berarti saat ini tidak tersedia server hop berikutnya yang menawarkan REQUIRETLS; pesan menunggu sampai ada yang dapat dijangkau.',
      },
      permanent: {
        en: '5.7.30 means the message required REQUIRETLS and the destination does not support it, so it was returned instead of being sent without the promised protection.',
        id: '5.7.30 berarti pesan mewajibkan REQUIRETLS dan tujuan tidak mendukungnya, sehingga pesan dikembalikan alih-alih dikirim tanpa perlindungan yang dijanjikan.',
      },
    },
    howToFix: {
      transient: {
        sender: { en: 'Wait for the retries, and check whether the recipient’s mail servers advertise REQUIRETLS at all.', id: 'Tunggu percobaan ulang, dan periksa apakah server email penerima menawarkan REQUIRETLS sama sekali.' },
        receiver: { en: 'If you are the relay, check that the next hops advertise REQUIRETLS and that TLS towards them works.', id: 'Jika Anda adalah relay-nya, periksa apakah hop berikutnya menawarkan REQUIRETLS dan apakah TLS ke sana berfungsi.' },
      },
      permanent: {
        sender: { en: 'Resend without REQUIRETLS if the content allows it, or use another secure channel; few servers support REQUIRETLS so far.', id: 'Kirim ulang tanpa REQUIRETLS jika isinya memungkinkan, atau gunakan saluran aman lain; sejauh ini baru sedikit server yang mendukung REQUIRETLS.' },
        receiver: { en: 'If your domain should receive such mail, deploy REQUIRETLS support on your MX servers.', id: 'Jika domain Anda seharusnya menerima email seperti itu, terapkan dukungan REQUIRETLS di server MX Anda.' },
      },
    },
    useWhen: {
      en: 'Send 550 5.7.30 when you cannot forward a REQUIRETLS message over a hop that supports it; never fall back to delivery without TLS.',
      id: 'Kirim 550 5.7.30 jika Anda tidak dapat meneruskan pesan REQUIRETLS melalui hop yang mendukungnya; jangan pernah beralih ke pengiriman tanpa TLS.',
    },
    actor: 'network',
    associatedBasic: ['550'],
    classes: [4, 5],
    references: [rfc(8689)],
    related: [
      { code: 'X.7.10', difference: { en: 'X.7.10 asks the client to encrypt its own connection before authenticating; X.7.30 concerns TLS on the hops after the server, which the sender cannot set up.', id: 'X.7.10 meminta klien mengenkripsi koneksinya sendiri sebelum autentikasi; X.7.30 menyangkut TLS pada hop setelah server, yang tidak dapat diatur oleh pengirim.' } },
    ],
    bounceReason: 'securityerror',
  },
];
