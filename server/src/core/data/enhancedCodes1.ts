// Enhanced status codes X.0.0 and X.1.0 to X.4.7 of the IANA registry (RFC 3463 and later).
// Facts (code, title, associated basic codes, references) follow the registry; every sentence is written
// for this project. Each code is read twice: as 4.y.z (the sender keeps the message and retries) and as
// 5.y.z (the message comes back), and as 2.y.z where the registry ties it to a 2xx reply.
import type { EnhancedCodeEntry, LocalizedText, RelatedCode } from '../types';
import { rfc } from './references';

function t(en: string, id: string): LocalizedText {
  return { en, id };
}

function rel(code: string, en: string, id: string): RelatedCode {
  return { code, difference: { en, id } };
}

export const enhancedCodes1: EnhancedCodeEntry[] = [
  // ---------------------------------------------------------------- X.0.x: other or undefined status
  {
    code: 'X.0.0',
    title: t('Other undefined Status', 'Status lain yang tidak terdefinisi'),
    description: t(
      'The catch-all enhanced code: the server tells you only whether the outcome was a success, a temporary failure or a permanent one, and nothing about the cause. Any basic reply code may carry it, so the basic code and the reply text are the only real clues.',
      'Kode status yang diperluas (enhanced) serbaguna (catch-all): server hanya memberi tahu apakah hasilnya sukses, kegagalan sementara, atau kegagalan permanen, tanpa menyebut penyebabnya. Kode balasan dasar apa pun boleh membawanya, jadi kode dasar dan teks balasan adalah satu-satunya petunjuk yang sebenarnya.',
    ),
    whenYouSeeIt: {
      success: t(
        '2.0.0 beside 250 is a plain "done" with no further detail; many servers attach it to every successful command, and nothing needs to be done.',
        '2.0.0 di samping 250 sekadar berarti "selesai" tanpa detail lain; banyak server menyertakannya pada setiap perintah yang berhasil, dan tidak ada yang perlu dilakukan.',
      ),
      transient: t(
        'A temporary failure the server did not classify, often a greylisting, resource or policy deferral; the words after the code usually name the real reason.',
        'Kegagalan sementara yang tidak diklasifikasikan server, sering kali penundaan karena greylisting, keterbatasan sumber daya, atau kebijakan; kata-kata setelah kode biasanya menyebut alasan sebenarnya.',
      ),
      permanent: t(
        'A permanent refusal without a category, common on servers that attach 5.0.0 to every 5xx reply; the basic code (550, 554) and the reply text tell you what was refused.',
        'Penolakan permanen tanpa kategori, umum pada server yang menyertakan 5.0.0 di setiap balasan 5xx; kode dasar (550, 554) dan teks balasan memberi tahu apa yang ditolak.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; if the same 4.0.0 repeats for hours, read the full reply text and the receiving provider\'s documentation, because the code itself gives no hint.',
          'Biarkan queue mencoba ulang; jika 4.0.0 yang sama terus berulang selama berjam-jam, baca teks balasan lengkap dan dokumentasi penyedia penerima, karena kodenya sendiri tidak memberi petunjuk.',
        ),
        receiver: t(
          'Find the session in your log by queue ID or client IP to see which check deferred it, and make that check answer with a specific code such as 4.7.1 or 4.3.0.',
          'Cari sesinya di log Anda berdasarkan queue ID atau IP klien untuk melihat pemeriksaan mana yang menundanya, lalu buat pemeriksaan itu menjawab dengan kode spesifik seperti 4.7.1 atau 4.3.0.',
        ),
      },
      permanent: {
        sender: t(
          'Do not resend unchanged: use the reply text to decide whether the address, the content or your server\'s reputation was refused, and fix that first.',
          'Jangan kirim ulang tanpa perubahan: gunakan teks balasan untuk menentukan apakah yang ditolak itu alamatnya, isinya, atau reputasi server Anda, lalu perbaiki itu terlebih dahulu.',
        ),
        receiver: t(
          'Find the rule that refused the message in your logs; if it is your own policy, make it return a specific code so that senders can act on it.',
          'Temukan aturan yang menolak pesan itu di log Anda; jika itu kebijakan Anda sendiri, buat aturan tersebut mengembalikan kode spesifik agar pengirim dapat menindaklanjutinya.',
        ),
      },
    },
    useWhen: t(
      'Send X.0.0 only when you know the class of the outcome and none of the specific codes fits; a specific code such as X.1.1, X.3.0 or X.7.1 is always more useful to the sender.',
      'Kirim X.0.0 hanya jika Anda tahu kelas hasilnya dan tidak ada kode spesifik yang cocok; kode spesifik seperti X.1.1, X.3.0, atau X.7.1 selalu lebih berguna bagi pengirim.',
    ),
    actor: 'receiving-server',
    associatedBasic: [],
    classes: [2, 4, 5],
    references: [rfc(3463, '3.1'), rfc(3463, '2')],
    related: [
      rel(
        'X.3.0',
        'X.3.0 at least places the problem inside the receiving mail system; X.0.0 does not even say which side of the conversation is at fault.',
        'X.3.0 setidaknya menempatkan masalahnya di dalam sistem email tujuan; X.0.0 bahkan tidak menyebut pihak mana dalam percakapan yang bersalah.',
      ),
      rel(
        'X.4.0',
        'X.4.0 points at the network or routing between the systems; X.0.0 gives no direction at all.',
        'X.4.0 menunjuk ke jaringan atau perutean di antara kedua sistem; X.0.0 sama sekali tidak memberi arah.',
      ),
    ],
    bounceReason: 'undefined',
  },

  // ---------------------------------------------------------------- X.1.x: addressing status
  {
    code: 'X.1.0',
    title: t('Other address status', 'Status alamat lainnya'),
    description: t(
      'One of the addresses in the envelope caused the reply, but the server does not say which one or what is wrong with it. It can concern the recipient as well as the sender.',
      'Salah satu alamat di envelope menjadi penyebab balasan ini, tetapi server tidak menyebut alamat yang mana atau apa yang salah dengannya. Bisa menyangkut penerima maupun pengirim.',
    ),
    whenYouSeeIt: {
      transient: t(
        'An address-related deferral, for example a recipient lookup that could not be finished or a sender address the server could not verify in time.',
        'Penundaan yang berkaitan dengan alamat, misalnya lookup penerima yang tidak dapat diselesaikan atau alamat pengirim yang tidak sempat diverifikasi server.',
      ),
      permanent: t(
        'An address was refused for a reason the server did not classify; Exchange, for one, uses 5.1.0 for "sender denied", so check whether the reply answered MAIL FROM or RCPT TO.',
        'Sebuah alamat ditolak karena alasan yang tidak diklasifikasikan server; Exchange, misalnya, memakai 5.1.0 untuk "sender denied", jadi periksa apakah balasan itu menjawab MAIL FROM atau RCPT TO.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; if it keeps deferring, check that both the sender and the recipient domains resolve and that the receiver can look up the recipient.',
          'Biarkan queue mencoba ulang; jika terus ditunda, pastikan domain pengirim maupun domain penerima dapat di-resolve dan server tujuan dapat melakukan lookup terhadap penerima.',
        ),
        receiver: t(
          'Check the address-verification backend the server consults (LDAP, SQL recipient table, directory sync); a lookup that times out shows up as this code.',
          'Periksa backend verifikasi alamat yang dipakai server (LDAP, tabel penerima SQL, sinkronisasi direktori); lookup yang timeout muncul sebagai kode ini.',
        ),
      },
      permanent: {
        sender: t(
          'See which command the refusal answered, compare that address with the one the recipient really uses, and correct it before sending again.',
          'Lihat perintah mana yang dijawab oleh penolakan itu, bandingkan alamat tersebut dengan alamat yang benar-benar dipakai penerima, dan perbaiki sebelum mengirim lagi.',
        ),
        receiver: t(
          'Find the address check that refused the message and make it answer with a specific code, X.1.1 for an unknown recipient or X.1.8 for a bad sender domain.',
          'Temukan pemeriksaan alamat yang menolak pesan itu dan buat pemeriksaan tersebut menjawab dengan kode spesifik: X.1.1 untuk penerima yang tidak dikenal atau X.1.8 untuk domain pengirim yang tidak valid.',
        ),
      },
    },
    useWhen: t(
      'Use it only when an address is at fault and no specific X.1.y applies; prefer X.1.1 for an unknown recipient and X.1.7 or X.1.8 for a bad sender.',
      'Gunakan hanya jika sebuah alamat bermasalah dan tidak ada X.1.y spesifik yang berlaku; utamakan X.1.1 untuk penerima yang tidak dikenal dan X.1.7 atau X.1.8 untuk pengirim yang tidak valid.',
    ),
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.2')],
    related: [
      rel(
        'X.1.1',
        'X.1.1 says exactly that the recipient mailbox does not exist; X.1.0 only says that some address was the problem.',
        'X.1.1 menyatakan dengan tepat bahwa mailbox penerima tidak ada; X.1.0 hanya menyatakan bahwa ada alamat yang bermasalah.',
      ),
      rel(
        'X.2.0',
        'X.2.0 means the address is fine and the mailbox behind it is the problem; X.1.0 blames the address itself.',
        'X.2.0 berarti alamatnya benar dan mailbox di baliknya yang bermasalah; X.1.0 menyalahkan alamat itu sendiri.',
      ),
    ],
    bounceReason: 'userunknown',
  },
  {
    code: 'X.1.1',
    title: t('Bad destination mailbox address', 'Alamat mailbox tujuan tidak valid'),
    description: t(
      'The part of the recipient address before the @ is unknown at the destination: the domain works, but it has no such mailbox. This is the classic "user unknown" bounce.',
      'Bagian alamat penerima sebelum @ tidak dikenal di tujuan: domainnya berfungsi, tetapi tidak memiliki mailbox tersebut. Inilah bounce "user unknown" yang klasik.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A 4.1.1 usually means the server could not confirm the recipient right now, for example because its user directory was unreachable, or that it defers unknown users on purpose to slow down address harvesting.',
        'Kode 4.1.1 biasanya berarti server tidak dapat memastikan penerima saat ini, misalnya karena direktori penggunanya tidak dapat dijangkau, atau server sengaja menunda pengguna yang tidak dikenal untuk memperlambat pengumpulan alamat (address harvesting).',
      ),
      permanent: t(
        'The recipient does not exist on the receiving system; the usual causes are a typo, a deleted account, or an old address still on a mailing list.',
        'Penerima tersebut tidak ada di sistem tujuan; penyebab yang biasa adalah salah ketik, akun yang sudah dihapus, atau alamat lama yang masih ada di milis.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Check the spelling while the queue retries; if the message later bounces with 5.1.1, treat the address as invalid.',
          'Periksa ejaan alamat selagi queue mencoba ulang; jika pesan kemudian di-bounce dengan 5.1.1, anggap alamat itu tidak valid.',
        ),
        receiver: t(
          'Make sure the recipient lookup (LDAP, SQL, relay_recipient_maps, directory sync) is reachable; an outage of that backend should give 4.1.1 or 4.3.0, never a permanent 5.1.1.',
          'Pastikan lookup penerima (LDAP, SQL, relay_recipient_maps, sinkronisasi direktori) dapat dijangkau; gangguan pada backend itu seharusnya menghasilkan 4.1.1 atau 4.3.0, jangan pernah 5.1.1 yang permanen.',
        ),
      },
      permanent: {
        sender: t(
          'Correct the address or remove it from your list; sending to it again bounces again and harms your reputation with the receiving provider.',
          'Perbaiki alamatnya atau hapus dari daftar Anda; mengirim lagi ke alamat itu akan kembali di-bounce dan merusak reputasi Anda di mata penyedia penerima.',
        ),
        receiver: t(
          'If the user should exist, check the account, its aliases and the recipient table your MTA reads (and directory sync for hosted mail); add the address, then ask the sender to resend.',
          'Jika pengguna itu seharusnya ada, periksa akunnya, alias-aliasnya, dan tabel penerima yang dibaca MTA Anda (serta sinkronisasi direktori untuk email yang di-hosting); tambahkan alamatnya, lalu minta pengirim mengirim ulang.',
        ),
      },
    },
    useWhen: t(
      'Answer 550 5.1.1 at RCPT TO when the domain is yours and the local part does not exist; for a domain that accepts no mail at all use 556 5.1.10, and for a mailbox that exists but is blocked use X.2.1.',
      'Jawab 550 5.1.1 pada RCPT TO jika domainnya milik Anda dan local part-nya tidak ada; untuk domain yang sama sekali tidak menerima email gunakan 556 5.1.10, dan untuk mailbox yang ada tetapi diblokir gunakan X.2.1.',
    ),
    actor: 'recipient-address',
    phase: 'envelope-recipient',
    associatedBasic: ['451', '550'],
    classes: [4, 5],
    references: [rfc(3463, '3.2')],
    related: [
      rel(
        'X.1.10',
        'X.1.10 means the whole recipient domain publishes a null MX and takes no mail; X.1.1 means the domain works but this one mailbox does not exist.',
        'X.1.10 berarti seluruh domain penerima memublikasikan null MX dan tidak menerima email; X.1.1 berarti domainnya berfungsi tetapi mailbox yang satu ini tidak ada.',
      ),
      rel(
        'X.2.1',
        'X.2.1 says the mailbox exists but is disabled or refusing mail; X.1.1 says there is no such mailbox, so the address should be removed from lists.',
        'X.2.1 menyatakan mailbox-nya ada tetapi dinonaktifkan atau menolak email; X.1.1 menyatakan mailbox itu tidak ada, jadi alamatnya sebaiknya dihapus dari daftar.',
      ),
      rel(
        'X.1.6',
        'X.1.6 says the address used to work and was retired without forwarding; X.1.1 does not say whether it ever existed.',
        'X.1.6 menyatakan alamat itu dahulu berfungsi lalu dipensiunkan tanpa penerusan; X.1.1 tidak menyebut apakah alamat itu pernah ada.',
      ),
      rel(
        'X.1.2',
        'X.1.2 faults the domain part, after the @; X.1.1 faults the local part, before it.',
        'X.1.2 menyalahkan bagian domain, setelah @; X.1.1 menyalahkan local part, sebelum @.',
      ),
    ],
    bounceReason: 'userunknown',
  },
  {
    code: 'X.1.2',
    title: t('Bad destination system address', 'Alamat sistem tujuan tidak valid'),
    description: t(
      'The domain after the @ in the recipient address cannot take mail: it does not exist, or the host it names is unable to receive messages. The whole destination is at fault, not one mailbox.',
      'Domain setelah @ pada alamat penerima tidak dapat menerima email: domain itu tidak ada, atau host yang ditunjuknya tidak mampu menerima pesan. Yang bermasalah adalah seluruh tujuan, bukan satu mailbox.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A 4.1.2 means the recipient domain could not be confirmed at this moment, most often because a DNS query for it timed out or returned SERVFAIL.',
        'Kode 4.1.2 berarti domain penerima tidak dapat dipastikan saat ini, paling sering karena kueri DNS untuk domain itu timeout atau mengembalikan SERVFAIL.',
      ),
      permanent: t(
        'The recipient\'s domain does not exist or has no usable mail host; usually a misspelled domain (gmial.com, yaho.com) or one that has expired.',
        'Domain penerima tidak ada atau tidak memiliki host email yang dapat dipakai; biasanya domain yang salah eja (gmial.com, yaho.com) atau yang sudah kedaluwarsa.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; meanwhile check with "dig MX domain" from the sending host that the domain resolves and that your own resolver is healthy.',
          'Biarkan queue mencoba ulang; sementara itu periksa dengan "dig MX domain" dari host pengirim apakah domain itu dapat di-resolve dan apakah resolver Anda sendiri berfungsi dengan baik.',
        ),
        receiver: t(
          'If the domain is yours, check that its authoritative name servers answer and that its MX records point at a host that accepts mail.',
          'Jika domain itu milik Anda, pastikan name server otoritatifnya menjawab dan record MX-nya menunjuk ke host yang menerima email.',
        ),
      },
      permanent: {
        sender: t(
          'Check the spelling of the domain and whether it still exists; correct or remove the address before sending again.',
          'Periksa ejaan domain dan apakah domain itu masih ada; perbaiki atau hapus alamatnya sebelum mengirim lagi.',
        ),
        receiver: t(
          'If the domain is yours and should receive mail, publish correct MX records and make sure the host they name accepts mail for the domain.',
          'Jika domain itu milik Anda dan seharusnya menerima email, publikasikan record MX yang benar dan pastikan host yang disebutnya menerima email untuk domain tersebut.',
        ),
      },
    },
    useWhen: t(
      'Use it when a relay or gateway knows the recipient domain cannot receive mail (no such domain, no mail host); for a domain that publishes a null MX prefer X.1.10, and for routing failures inside your own system X.4.4.',
      'Gunakan jika relay atau gateway tahu bahwa domain penerima tidak dapat menerima email (domain tidak ada, tidak ada host email); untuk domain yang memublikasikan null MX utamakan X.1.10, dan untuk kegagalan perutean di dalam sistem Anda sendiri X.4.4.',
    ),
    actor: 'recipient-address',
    phase: 'envelope-recipient',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.2'), rfc(5321, '5.1')],
    related: [
      rel(
        'X.1.1',
        'X.1.1 means the domain is fine but the mailbox before the @ is unknown; X.1.2 means the domain itself cannot take mail.',
        'X.1.1 berarti domainnya baik tetapi mailbox sebelum @ tidak dikenal; X.1.2 berarti domain itu sendiri tidak dapat menerima email.',
      ),
      rel(
        'X.4.4',
        'X.4.4 means no route to the domain could be worked out, which may be a passing DNS fault; X.1.2 states that the domain is not a valid mail destination.',
        'X.4.4 berarti tidak ada rute ke domain itu yang dapat ditentukan, yang bisa saja gangguan DNS sesaat; X.1.2 menyatakan bahwa domain itu bukan tujuan email yang valid.',
      ),
      rel(
        'X.1.10',
        'X.1.10 is the precise code for a domain that declares through a null MX record that it takes no mail; X.1.2 covers domains that simply do not exist or have no mail host.',
        'X.1.10 adalah kode yang tepat untuk domain yang menyatakan melalui record null MX bahwa domain itu tidak menerima email; X.1.2 mencakup domain yang memang tidak ada atau tidak memiliki host email.',
      ),
    ],
    bounceReason: 'hostunknown',
  },
  {
    code: 'X.1.3',
    title: t('Bad destination mailbox address syntax', 'Sintaks alamat mailbox tujuan salah'),
    description: t(
      'The recipient address is malformed, so the server cannot even parse it: missing angle brackets, spaces, two @ signs, a trailing dot or characters that are not allowed.',
      'Alamat penerima salah format sehingga server bahkan tidak dapat menguraikannya: kurung sudut yang hilang, spasi, dua tanda @, titik di akhir, atau karakter yang tidak diizinkan.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Rare as 4.1.3; it usually comes from a filter that defers an address it cannot parse, and waiting will not make the address valid.',
        'Jarang muncul sebagai 4.1.3; biasanya berasal dari filter yang menunda alamat yang tidak dapat diurainya, dan menunggu tidak akan membuat alamat itu valid.',
      ),
      permanent: t(
        'The RCPT TO argument is not a valid address, typically from a web form that accepted "name@domain..com", a list of addresses pasted into one field, or a non-ASCII address sent to a server without SMTPUTF8.',
        'Argumen RCPT TO bukan alamat yang valid, biasanya berasal dari formulir web yang menerima "name@domain..com", daftar alamat yang ditempel ke satu kolom, atau alamat non-ASCII yang dikirim ke server tanpa SMTPUTF8.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Look at the address exactly as your software sent it in RCPT TO and correct it; the retry will not fix a syntax problem.',
          'Lihat alamat itu persis seperti yang dikirim perangkat lunak Anda pada RCPT TO dan perbaiki; percobaan ulang tidak akan memperbaiki masalah sintaks.',
        ),
        receiver: t(
          'If your server defers unparsable addresses, reject them at once with 501 5.1.3 so the sender learns about the mistake right away.',
          'Jika server Anda menunda alamat yang tidak dapat diurai, tolak alamat itu langsung dengan 501 5.1.3 agar pengirim segera mengetahui kesalahannya.',
        ),
      },
      permanent: {
        sender: t(
          'Fix the address, and the input validation that let it through, so that your software sends RCPT TO:<user@domain> with nothing else inside the brackets; then resend.',
          'Perbaiki alamatnya, juga validasi input yang meloloskannya, agar perangkat lunak Anda mengirim RCPT TO:<user@domain> tanpa apa pun lagi di dalam kurung; lalu kirim ulang.',
        ),
        receiver: t(
          'Nothing to do unless valid addresses are refused; if they are, check how your parser treats quoted local parts, plus-addressing and internationalized addresses.',
          'Tidak ada yang perlu dilakukan kecuali alamat yang valid ikut ditolak; jika demikian, periksa cara parser Anda menangani local part yang diberi tanda kutip, plus-addressing, dan alamat internasional.',
        ),
      },
    },
    useWhen: t(
      'Answer 501 5.1.3 when the RCPT TO argument is not a valid address; use 550 5.1.1 for a well-formed address that does not exist, and X.1.7 for a malformed sender address.',
      'Jawab 501 5.1.3 jika argumen RCPT TO bukan alamat yang valid; gunakan 550 5.1.1 untuk alamat yang bentuknya benar tetapi tidak ada, dan X.1.7 untuk alamat pengirim yang salah format.',
    ),
    actor: 'recipient-address',
    phase: 'envelope-recipient',
    associatedBasic: ['501'],
    classes: [4, 5],
    references: [rfc(3463, '3.2'), rfc(5321, '4.1.2')],
    related: [
      rel(
        'X.1.1',
        'X.1.1 means the address is well formed but unknown; X.1.3 means it could not be parsed at all.',
        'X.1.1 berarti alamatnya berbentuk benar tetapi tidak dikenal; X.1.3 berarti alamat itu sama sekali tidak dapat diurai.',
      ),
      rel(
        'X.1.7',
        'X.1.7 is the same kind of syntax problem in the sender address (MAIL FROM); X.1.3 concerns a recipient.',
        'X.1.7 adalah masalah sintaks yang sama pada alamat pengirim (MAIL FROM); X.1.3 menyangkut penerima.',
      ),
      rel(
        'X.5.2',
        'X.5.2 faults the syntax of the whole command; X.1.3 faults only the address inside it.',
        'X.5.2 menyalahkan sintaks seluruh perintah; X.1.3 hanya menyalahkan alamat di dalamnya.',
      ),
    ],
    bounceReason: 'userunknown',
  },
  {
    code: 'X.1.4',
    title: t('Destination mailbox address ambiguous', 'Alamat mailbox tujuan ambigu'),
    description: t(
      'The recipient address matches more than one mailbox at the destination, so the server cannot tell who should get the message. It happens where addresses are resolved by name lookup or loose matching against a directory.',
      'Alamat penerima cocok dengan lebih dari satu mailbox di tujuan, sehingga server tidak dapat menentukan siapa yang seharusnya menerima pesan. Ini terjadi pada sistem yang mencocokkan alamat lewat lookup nama atau pencocokan longgar terhadap direktori.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The server found several candidates for the address and deferred; it clears once the duplicate entry in the directory is removed.',
        'Server menemukan beberapa kandidat untuk alamat itu lalu menunda; masalahnya hilang setelah entri ganda di direktori dihapus.',
      ),
      permanent: t(
        'Two or more directory entries claim the same address or alias (for example two users holding the same proxy address), and the receiver refused rather than guess.',
        'Dua entri direktori atau lebih mengklaim alamat atau alias yang sama (misalnya dua pengguna yang memegang proxy address yang sama), dan server tujuan memilih menolak daripada menebak.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let it retry, and tell the recipient by another channel that their address resolves to more than one mailbox.',
          'Biarkan dicoba ulang, dan beri tahu penerima lewat saluran lain bahwa alamatnya mengarah ke lebih dari satu mailbox.',
        ),
        receiver: t(
          'Search the directory for duplicate addresses, aliases or proxy addresses matching the recipient and remove the duplicate so the queued retry succeeds.',
          'Cari di direktori alamat, alias, atau proxy address ganda yang cocok dengan penerima dan hapus duplikatnya agar percobaan ulang dari queue berhasil.',
        ),
      },
      permanent: {
        sender: t(
          'Use a more specific address if the recipient has one, or ask the recipient\'s administrators to remove the duplicate before you resend.',
          'Gunakan alamat yang lebih spesifik jika penerima memilikinya, atau minta administrator pihak penerima menghapus duplikatnya sebelum Anda mengirim ulang.',
        ),
        receiver: t(
          'Make the address unique again: delete the conflicting alias or proxy address, or turn off the loose name matching that produced several candidates.',
          'Jadikan alamat itu unik kembali: hapus alias atau proxy address yang bentrok, atau matikan pencocokan nama longgar yang menghasilkan beberapa kandidat.',
        ),
      },
    },
    useWhen: t(
      'Return it when address resolution finds more than one local mailbox for one address; fixing the duplicate is better than delivering to a guessed recipient.',
      'Gunakan kode ini jika resolusi alamat menemukan lebih dari satu mailbox lokal untuk satu alamat; memperbaiki duplikatnya lebih baik daripada mengirim ke penerima hasil tebakan.',
    ),
    actor: 'receiving-server',
    phase: 'envelope-recipient',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.2')],
    related: [
      rel(
        'X.1.1',
        'X.1.1 means no mailbox matches the address; X.1.4 means more than one does.',
        'X.1.1 berarti tidak ada mailbox yang cocok dengan alamat itu; X.1.4 berarti ada lebih dari satu yang cocok.',
      ),
    ],
    bounceReason: 'filtered',
  },
  {
    code: 'X.1.5',
    title: t('Destination address valid', 'Alamat tujuan valid'),
    description: t(
      'A positive report: the recipient address was checked and is valid. It appears as 2.1.5 beside 250 after RCPT TO, and in delivery status notifications that confirm a delivery.',
      'Laporan positif: alamat penerima sudah diperiksa dan valid. Kode ini muncul sebagai 2.1.5 di samping 250 setelah RCPT TO, dan dalam notifikasi status pengiriman yang mengonfirmasi sebuah pengiriman.',
    ),
    whenYouSeeIt: {
      success: t(
        '250 2.1.5 after RCPT TO means this recipient was accepted; the message itself is only accepted once the reply to DATA (or the final dot) is also a 250.',
        '250 2.1.5 setelah RCPT TO berarti penerima ini diterima; pesannya sendiri baru diterima setelah balasan untuk DATA (atau untuk titik penutup) juga 250.',
      ),
      transient: t(
        'A 4.1.5 contradicts itself (a valid address with a temporary failure) and points to a misconfigured server or filter; the reply text holds the real reason.',
        'Kode 4.1.5 bertentangan dengan dirinya sendiri (alamat valid tetapi dengan kegagalan sementara) dan menunjukkan server atau filter yang salah konfigurasi; teks balasan memuat alasan sebenarnya.',
      ),
      permanent: t(
        'A 5.1.5 contradicts itself as well: the address was validated yet the message was refused under the wrong label, so rely on the reply text.',
        'Kode 5.1.5 juga bertentangan dengan dirinya sendiri: alamatnya sudah divalidasi, tetapi pesan ditolak dengan label yang salah, jadi andalkan teks balasan.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; if it persists, send the full reply to the receiving postmaster, because the code does not match a failure.',
          'Biarkan queue mencoba ulang; jika terus berlanjut, kirim balasan lengkap ke postmaster pihak penerima, karena kode itu tidak cocok untuk sebuah kegagalan.',
        ),
        receiver: t(
          'Fix the filter or script that returns 4.1.5 so that it uses a code naming the actual temporary problem, for example 4.3.0 or 4.7.1.',
          'Perbaiki filter atau skrip yang mengembalikan 4.1.5 agar memakai kode yang menyebut masalah sementara yang sebenarnya, misalnya 4.3.0 atau 4.7.1.',
        ),
      },
      permanent: {
        sender: t(
          'Treat it as a permanent refusal of unknown cause and contact the receiving side with the full reply; the address itself needs no change.',
          'Perlakukan sebagai penolakan permanen yang penyebabnya tidak diketahui dan hubungi pihak penerima dengan balasan lengkap; alamatnya sendiri tidak perlu diubah.',
        ),
        receiver: t(
          'Correct the configuration that pairs 5.1.5 with a refusal; a refusal should carry the code of its real cause, such as 5.7.1 for a policy block.',
          'Perbaiki konfigurasi yang memasangkan 5.1.5 dengan penolakan; sebuah penolakan seharusnya membawa kode penyebab sebenarnya, seperti 5.7.1 untuk pemblokiran karena kebijakan.',
        ),
      },
    },
    useWhen: t(
      'Send 250 2.1.5 to accept a recipient at RCPT TO, as Postfix, Exim and Exchange do; never pair X.1.5 with a 4xx or 5xx reply.',
      'Kirim 250 2.1.5 untuk menerima penerima pada RCPT TO, seperti yang dilakukan Postfix, Exim, dan Exchange; jangan pernah memasangkan X.1.5 dengan balasan 4xx atau 5xx.',
    ),
    actor: 'none',
    phase: 'envelope-recipient',
    associatedBasic: ['250'],
    classes: [2, 4, 5],
    references: [rfc(3463, '3.2')],
    related: [
      rel(
        'X.1.1',
        'X.1.1 refuses a recipient that does not exist; X.1.5 accepts one that does.',
        'X.1.1 menolak penerima yang tidak ada; X.1.5 menerima penerima yang ada.',
      ),
      rel(
        'X.1.9',
        'X.1.9 also confirms the address but warns that no further delivery report will come; X.1.5 is a plain confirmation.',
        'X.1.9 juga mengonfirmasi alamat tetapi memperingatkan bahwa tidak akan ada laporan pengiriman lebih lanjut; X.1.5 adalah konfirmasi biasa.',
      ),
    ],
    bounceReason: 'delivered',
  },
  {
    code: 'X.1.6',
    title: t('Destination mailbox has moved, No forwarding address', 'Mailbox tujuan telah pindah, tanpa alamat penerusan'),
    description: t(
      'The recipient address used to be valid but no longer takes mail, and the server does not know, or will not reveal, a new address. Typical for a person who has left an organization.',
      'Alamat penerima dahulu valid tetapi kini tidak lagi menerima email, dan server tidak mengetahui, atau tidak mau mengungkapkan, alamat barunya. Khas untuk orang yang sudah keluar dari suatu organisasi.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Rarely temporary; a 4.1.6 suggests the mailbox is being migrated and may take mail again once the move is finished.',
        'Jarang bersifat sementara; kode 4.1.6 menandakan mailbox sedang dimigrasikan dan mungkin menerima email lagi setelah pemindahan selesai.',
      ),
      permanent: t(
        'The person or role has left and the address was retired on purpose; the sender has to find the new address some other way.',
        'Orang atau peran tersebut sudah tidak ada di sana dan alamatnya sengaja dipensiunkan; pengirim harus mencari alamat baru dengan cara lain.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry during the migration; if it turns into 5.1.6, stop sending and ask the recipient for a current address.',
          'Biarkan queue mencoba ulang selama migrasi; jika berubah menjadi 5.1.6, berhenti mengirim dan minta alamat terbaru kepada penerima.',
        ),
        receiver: t(
          'Finish the mailbox move, or answer 5.1.6 once the address is definitely retired, so that senders stop waiting on it.',
          'Selesaikan pemindahan mailbox, atau jawab 5.1.6 setelah alamat itu pasti dipensiunkan, agar pengirim berhenti menunggu.',
        ),
      },
      permanent: {
        sender: t(
          'Remove or replace the address in your lists and address books, and reach the person another way to learn the new one.',
          'Hapus atau ganti alamat itu di daftar dan buku alamat Anda, dan hubungi orangnya dengan cara lain untuk mengetahui alamat barunya.',
        ),
        receiver: t(
          'If the retirement was a mistake, restore the address or add forwarding; otherwise keep the reply so senders update their records.',
          'Jika pemensiunan itu sebuah kekeliruan, pulihkan alamatnya atau tambahkan penerusan (forwarding); jika tidak, pertahankan balasan ini agar pengirim memperbarui catatan mereka.',
        ),
      },
    },
    useWhen: t(
      'Use 5.1.6 for addresses you retired on purpose, so senders update their records; use 551 with the new address when you are willing to name it, and 5.1.1 for addresses that never existed.',
      'Gunakan 5.1.6 untuk alamat yang sengaja Anda pensiunkan, agar pengirim memperbarui catatan mereka; gunakan 551 beserta alamat baru jika Anda bersedia menyebutkannya, dan 5.1.1 untuk alamat yang tidak pernah ada.',
    ),
    actor: 'recipient-mailbox',
    phase: 'envelope-recipient',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.2')],
    related: [
      rel(
        'X.1.1',
        'X.1.1 only says the mailbox is unknown; X.1.6 adds that it once existed and has been retired, so the person may have a new address.',
        'X.1.1 hanya menyatakan mailbox tidak dikenal; X.1.6 menambahkan bahwa mailbox itu pernah ada dan sudah dipensiunkan, jadi orangnya mungkin memiliki alamat baru.',
      ),
      rel(
        'X.2.1',
        'X.2.1 says the mailbox still exists but is switched off; X.1.6 says it is gone for good.',
        'X.2.1 menyatakan mailbox masih ada tetapi dimatikan; X.1.6 menyatakan mailbox itu sudah hilang untuk selamanya.',
      ),
      rel(
        'X.7.17',
        'X.7.17 says the mailbox now belongs to someone else (checked with RRVS); X.1.6 says the mailbox is gone and nothing is forwarded.',
        'X.7.17 menyatakan mailbox itu kini milik orang lain (diperiksa dengan RRVS); X.1.6 menyatakan mailbox-nya sudah tidak ada dan tidak ada yang diteruskan.',
      ),
    ],
    bounceReason: 'hasmoved',
  },
  {
    code: 'X.1.7',
    title: t("Bad sender's mailbox address syntax", 'Sintaks alamat mailbox pengirim salah'),
    description: t(
      'The envelope sender address (MAIL FROM) is malformed. Receivers refuse it because a bounce could never be returned to such an address.',
      'Alamat pengirim envelope (MAIL FROM) salah format. Server tujuan menolaknya karena bounce tidak akan pernah bisa dikembalikan ke alamat seperti itu.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A 4.1.7 means the receiver could not parse or verify the sender address this time; check the address anyway, since retrying an invalid one never helps.',
        'Kode 4.1.7 berarti server tujuan kali ini tidak dapat mengurai atau memverifikasi alamat pengirim; tetap periksa alamatnya, karena mencoba ulang alamat yang tidak valid tidak pernah membantu.',
      ),
      permanent: t(
        'The MAIL FROM argument is not valid syntax, often an application that puts a display name inside it ("John <john@example.com>"), a bare user name without a domain, or an address with spaces.',
        'Argumen MAIL FROM bukan sintaks yang valid, sering kali karena aplikasi yang memasukkan nama tampilan ke dalamnya ("John <john@example.com>"), nama pengguna saja tanpa domain, atau alamat yang mengandung spasi.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Look at the MAIL FROM your software actually sends; if it is malformed, fix it rather than wait for the retry.',
          'Lihat MAIL FROM yang benar-benar dikirim perangkat lunak Anda; jika salah format, perbaiki alih-alih menunggu percobaan ulang.',
        ),
        receiver: t(
          'If your sender check depends on a lookup that timed out, make it answer 4.3.0 or 4.4.3 instead, so an outage is not reported as bad syntax.',
          'Jika pemeriksaan pengirim Anda bergantung pada lookup yang timeout, buat pemeriksaan itu menjawab 4.3.0 atau 4.4.3, agar gangguan tidak dilaporkan sebagai sintaks yang salah.',
        ),
      },
      permanent: {
        sender: t(
          'Configure the application or MTA to send a bare, fully qualified address, MAIL FROM:<user@domain>, then resend.',
          'Konfigurasikan aplikasi atau MTA agar mengirim alamat saja (tanpa nama tampilan) yang lengkap (fully qualified), MAIL FROM:<user@domain>, lalu kirim ulang.',
        ),
        receiver: t(
          'Nothing to change unless valid senders are refused; if they are, check that your parser accepts quoted local parts and the null sender <> used by bounces.',
          'Tidak ada yang perlu diubah kecuali pengirim yang valid ikut ditolak; jika demikian, pastikan parser Anda menerima local part yang diberi tanda kutip dan null sender <> yang dipakai oleh bounce.',
        ),
      },
    },
    useWhen: t(
      'Answer 501 5.1.7 (or 553 5.1.7) to an unparsable MAIL FROM; use X.1.8 when the syntax is fine but the sender domain cannot receive mail, and X.1.3 for recipient syntax.',
      'Jawab 501 5.1.7 (atau 553 5.1.7) untuk MAIL FROM yang tidak dapat diurai; gunakan X.1.8 jika sintaksnya benar tetapi domain pengirim tidak dapat menerima email, dan X.1.3 untuk sintaks penerima.',
    ),
    actor: 'sender-config',
    phase: 'envelope-sender',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.2'), rfc(5321, '4.1.2')],
    related: [
      rel(
        'X.1.8',
        'X.1.8 is a well-formed sender address whose domain cannot receive mail; X.1.7 is a sender address that cannot be parsed at all.',
        'X.1.8 adalah alamat pengirim yang bentuknya benar tetapi domainnya tidak dapat menerima email; X.1.7 adalah alamat pengirim yang sama sekali tidak dapat diurai.',
      ),
      rel(
        'X.1.3',
        'X.1.3 is the same syntax problem in a recipient address; X.1.7 concerns the sender.',
        'X.1.3 adalah masalah sintaks yang sama pada alamat penerima; X.1.7 menyangkut pengirim.',
      ),
    ],
    bounceReason: 'rejected',
  },
  {
    code: 'X.1.8',
    title: t("Bad sender's system address", 'Alamat sistem pengirim tidak valid'),
    description: t(
      'The domain of the envelope sender cannot receive mail, so the receiver refuses the message: replies and bounces would have nowhere to go. Receivers test it by looking up MX or address records for the sender domain.',
      'Domain pengirim envelope tidak dapat menerima email, sehingga server tujuan menolak pesannya: balasan dan bounce tidak akan punya tujuan. Server tujuan mengujinya dengan melakukan lookup record MX atau record alamat untuk domain pengirim.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A 451 4.1.8 usually means the DNS lookup of your sender domain failed for the moment, for example a timeout at your DNS provider, so the receiver could not verify it yet.',
        'Kode 451 4.1.8 biasanya berarti lookup DNS untuk domain pengirim Anda gagal untuk sementara, misalnya timeout di penyedia DNS Anda, sehingga server tujuan belum dapat memverifikasinya.',
      ),
      permanent: t(
        'The sender domain does not resolve at all: a made-up domain in an application\'s From setting, an internal-only domain (server.local, company.lan), or a domain that has lapsed.',
        'Domain pengirim sama sekali tidak dapat di-resolve: domain karangan di pengaturan From sebuah aplikasi, domain khusus internal (server.local, company.lan), atau domain yang masa berlakunya sudah habis.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry and check that your domain\'s authoritative name servers answer quickly from outside your network.',
          'Biarkan queue mencoba ulang dan pastikan name server otoritatif domain Anda menjawab dengan cepat dari luar jaringan Anda.',
        ),
        receiver: t(
          'If many different senders get 4.1.8, suspect your own resolver: a broken DNS cache on the receiving side makes every sender domain look invalid.',
          'Jika banyak pengirim berbeda mendapat 4.1.8, curigai resolver Anda sendiri: cache DNS yang rusak di sisi penerima membuat setiap domain pengirim tampak tidak valid.',
        ),
      },
      permanent: {
        sender: t(
          'Send from a domain that exists in public DNS with MX or address records, and rewrite internal sender addresses to it before mail leaves your network; then resend.',
          'Kirim dari domain yang ada di DNS publik dengan record MX atau record alamat, dan tulis ulang (rewrite) alamat pengirim internal ke domain itu sebelum email keluar dari jaringan Anda; lalu kirim ulang.',
        ),
        receiver: t(
          'Keep the check, but reject only when the domain really does not exist (NXDOMAIN), never on a timeout, and answer a sender domain with a null MX with X.7.27.',
          'Pertahankan pemeriksaan itu, tetapi tolak hanya jika domain benar-benar tidak ada (NXDOMAIN), jangan pernah karena timeout, dan jawab domain pengirim yang memiliki null MX dengan X.7.27.',
        ),
      },
    },
    useWhen: t(
      'Answer 553 5.1.8 when the MAIL FROM domain has no way to receive mail, and 451 4.1.8 while DNS cannot tell; for a sender domain that publishes a null MX, X.7.27 is the precise code.',
      'Jawab 553 5.1.8 jika domain MAIL FROM sama sekali tidak dapat menerima email, dan 451 4.1.8 selama DNS belum dapat memastikannya; untuk domain pengirim yang memublikasikan null MX, X.7.27 adalah kode yang tepat.',
    ),
    actor: 'sender-config',
    phase: 'envelope-sender',
    associatedBasic: ['451', '501'],
    classes: [4, 5],
    references: [rfc(3463, '3.2')],
    related: [
      rel(
        'X.1.7',
        'X.1.7 is a sender address that cannot be parsed; X.1.8 is a well-formed one whose domain cannot receive mail.',
        'X.1.7 adalah alamat pengirim yang tidak dapat diurai; X.1.8 adalah alamat yang bentuknya benar tetapi domainnya tidak dapat menerima email.',
      ),
      rel(
        'X.7.27',
        'X.7.27 is for a sender domain that publishes a null MX on purpose; X.1.8 covers sender domains that do not resolve or have no mail host.',
        'X.7.27 ditujukan untuk domain pengirim yang sengaja memublikasikan null MX; X.1.8 mencakup domain pengirim yang tidak dapat di-resolve atau tidak memiliki host email.',
      ),
    ],
    bounceReason: 'rejected',
  },
  {
    code: 'X.1.9',
    title: t('Message relayed to non-compliant mailer', 'Pesan diteruskan ke mailer yang tidak sesuai standar'),
    description: t(
      'A delivery report saying the address was valid but the message was handed to a system that returns no delivery status, so the trail ends there. It comes from the message tracking extension.',
      'Laporan pengiriman yang menyatakan alamatnya valid tetapi pesan diserahkan ke sistem yang tidak mengembalikan status pengiriman, sehingga jejaknya berhenti di sana. Kode ini berasal dari ekstensi pelacakan pesan (message tracking).',
    ),
    whenYouSeeIt: {
      transient: t(
        'Uncommon as 4.1.9; it means the hand-off to a system without status reporting was deferred, and the queue will retry it.',
        'Jarang muncul sebagai 4.1.9; artinya penyerahan ke sistem tanpa pelaporan status ditunda, dan queue akan mencobanya ulang.',
      ),
      permanent: t(
        'Seen in a delivery status notification when a delivery report or tracking was requested but the next system cannot provide one; the message may still have arrived.',
        'Terlihat dalam notifikasi status pengiriman ketika laporan pengiriman atau pelacakan diminta tetapi sistem berikutnya tidak dapat menyediakannya; pesannya mungkin tetap sampai.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Nothing to change; let the retry run and do not expect a delivery notification from beyond that gateway.',
          'Tidak ada yang perlu diubah; biarkan percobaan ulang berjalan dan jangan mengharapkan notifikasi pengiriman dari balik gateway itu.',
        ),
        receiver: t(
          'Check the gateway or connector that passes mail to the legacy or non-SMTP system, and make sure it is running so the queue drains.',
          'Periksa gateway atau connector yang meneruskan email ke sistem lama atau non-SMTP, dan pastikan gateway itu berjalan agar queue kosong kembali.',
        ),
      },
      permanent: {
        sender: t(
          'Confirm with the recipient directly that the message arrived; reports beyond this point are not available and resending is usually unnecessary.',
          'Pastikan langsung kepada penerima bahwa pesannya sampai; laporan setelah titik ini tidak tersedia dan biasanya tidak perlu mengirim ulang.',
        ),
        receiver: t(
          'If delivery reports matter, upgrade or reconfigure the downstream system to support DSN, or document that reports stop at the gateway.',
          'Jika laporan pengiriman penting, tingkatkan atau konfigurasi ulang sistem di hilir agar mendukung DSN, atau dokumentasikan bahwa laporan berhenti di gateway.',
        ),
      },
    },
    useWhen: t(
      'Use it in delivery status notifications when you relay to a system that cannot report further (a legacy gateway, a non-SMTP transport); it is a report, never a reason to refuse a message.',
      'Gunakan dalam notifikasi status pengiriman ketika Anda me-relay ke sistem yang tidak dapat melapor lebih lanjut (gateway lama, transport non-SMTP); ini adalah laporan, bukan alasan untuk menolak pesan.',
    ),
    actor: 'receiving-server',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3886)],
    related: [
      rel(
        'X.1.5',
        'X.1.5 confirms the address and carries no caveat; X.1.9 confirms it but warns that tracking stops at the next system.',
        'X.1.5 mengonfirmasi alamat tanpa catatan apa pun; X.1.9 mengonfirmasinya tetapi memperingatkan bahwa pelacakan berhenti di sistem berikutnya.',
      ),
    ],
    bounceReason: 'systemerror',
  },
  {
    code: 'X.1.10',
    title: t('Recipient address has null MX', 'Alamat penerima memiliki null MX'),
    description: t(
      'The recipient\'s domain publishes a null MX record (MX 0 "."), its explicit statement that it accepts no mail at all. Senders are expected to give up without trying to connect.',
      'Domain penerima memublikasikan record null MX (MX 0 "."), pernyataan tegasnya bahwa domain itu sama sekali tidak menerima email. Pengirim diharapkan menyerah tanpa mencoba terhubung.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A 4.1.10 is odd, since a null MX is a deliberate and lasting statement; the domain\'s DNS may have just changed, but expect the address to fail.',
        'Kode 4.1.10 terasa janggal, karena null MX adalah pernyataan yang disengaja dan bersifat tetap; DNS domain itu mungkin baru saja berubah, tetapi perkirakan alamat itu akan gagal.',
      ),
      permanent: t(
        'Your server, or a relay, found only a null MX for the recipient\'s domain and gave up without connecting; the domain is web-only or parked, or the address was mistyped.',
        'Server Anda, atau sebuah relay, hanya menemukan null MX untuk domain penerima dan menyerah tanpa terhubung; domain itu khusus web atau diparkir, atau alamatnya salah ketik.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Check the recipient domain with "dig MX domain"; if the answer is "0 .", stop retrying and get a correct address.',
          'Periksa domain penerima dengan "dig MX domain"; jika jawabannya "0 .", hentikan percobaan ulang dan dapatkan alamat yang benar.',
        ),
        receiver: t(
          'If the domain should receive mail, replace the null MX with real MX records and allow the old record\'s TTL to run out.',
          'Jika domain itu seharusnya menerima email, ganti null MX dengan record MX yang sebenarnya dan tunggu sampai TTL record lama habis.',
        ),
      },
      permanent: {
        sender: t(
          'Ask the recipient for another address; mail to this domain cannot be delivered while it publishes a null MX.',
          'Minta alamat lain kepada penerima; email ke domain ini tidak dapat dikirim selama domain itu memublikasikan null MX.',
        ),
        receiver: t(
          'If the null MX was not intended (for example left over from a parked-domain template), publish the correct MX records; otherwise there is nothing to do.',
          'Jika null MX itu tidak disengaja (misalnya sisa dari templat domain parkir), publikasikan record MX yang benar; jika disengaja, tidak ada yang perlu dilakukan.',
        ),
      },
    },
    useWhen: t(
      'A sending MTA reports 556 5.1.10 when the recipient domain\'s only MX is the null MX; a receiving server refusing a sender whose domain has a null MX should answer 550 5.7.27 instead.',
      'MTA pengirim melaporkan 556 5.1.10 jika satu-satunya MX domain penerima adalah null MX; server tujuan yang menolak pengirim yang domainnya memiliki null MX sebaiknya menjawab 550 5.7.27.',
    ),
    actor: 'recipient-address',
    phase: 'envelope-recipient',
    associatedBasic: ['556'],
    classes: [4, 5],
    references: [rfc(7505, '4.1'), rfc(7504)],
    related: [
      rel(
        'X.1.1',
        'X.1.1 means the domain takes mail but this mailbox is unknown; X.1.10 means the domain takes no mail at all.',
        'X.1.1 berarti domain itu menerima email tetapi mailbox ini tidak dikenal; X.1.10 berarti domain itu sama sekali tidak menerima email.',
      ),
      rel(
        'X.1.2',
        'X.1.2 covers recipient domains that do not exist or have no mail host; X.1.10 is for a domain that says on purpose, with a null MX, that it takes no mail.',
        'X.1.2 mencakup domain penerima yang tidak ada atau tidak memiliki host email; X.1.10 untuk domain yang dengan sengaja menyatakan, melalui null MX, bahwa domain itu tidak menerima email.',
      ),
      rel(
        'X.7.27',
        'X.7.27 is a receiver refusing a sender whose domain has a null MX; X.1.10 is about the recipient\'s domain.',
        'X.7.27 adalah server tujuan yang menolak pengirim yang domainnya memiliki null MX; X.1.10 menyangkut domain penerima.',
      ),
      rel(
        'X.3.2',
        'X.3.2 comes from a host that itself says it is not accepting mail; X.1.10 comes from the DNS of the recipient domain, before any connection.',
        'X.3.2 berasal dari host yang menyatakan sendiri bahwa host itu tidak menerima email; X.1.10 berasal dari DNS domain penerima, sebelum ada koneksi apa pun.',
      ),
    ],
    bounceReason: 'notaccept',
  },

  // ---------------------------------------------------------------- X.2.x: mailbox status
  {
    code: 'X.2.0',
    title: t('Other or undefined mailbox status', 'Status mailbox lain atau tidak terdefinisi'),
    description: t(
      'The recipient mailbox exists, but something about it prevents delivery and the server does not say what. Servers use it for mailbox-level faults such as a locked or damaged mailbox.',
      'Mailbox penerima ada, tetapi ada sesuatu padanya yang menghalangi pengiriman dan server tidak menyebut apa. Server memakai kode ini untuk gangguan di tingkat mailbox, seperti mailbox yang terkunci atau rusak.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The mailbox cannot take the message for the moment, for instance locked by another delivery, in the middle of a migration, or on a store that is briefly offline.',
        'Mailbox untuk sementara tidak dapat menerima pesan, misalnya terkunci oleh pengiriman lain, sedang di tengah migrasi, atau berada di penyimpanan (store) yang untuk sementara offline.',
      ),
      permanent: t(
        'The mailbox refused the message for an unclassified reason, often a per-user rule or a mailbox left in a broken state.',
        'Mailbox menolak pesan karena alasan yang tidak diklasifikasikan, sering kali aturan per pengguna atau mailbox yang dibiarkan dalam keadaan rusak.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; if the deferral lasts more than a day, send the reply text to the recipient\'s administrators.',
          'Biarkan queue mencoba ulang; jika penundaan berlangsung lebih dari sehari, kirim teks balasannya ke administrator pihak penerima.',
        ),
        receiver: t(
          'Check the delivery agent\'s log (LMTP, Dovecot, the mailbox store) for this recipient: look for locks, permission errors or a store that is offline.',
          'Periksa log delivery agent (LMTP, Dovecot, penyimpanan mailbox) untuk penerima ini: cari lock, kesalahan izin akses, atau penyimpanan yang offline.',
        ),
      },
      permanent: {
        sender: t(
          'Contact the recipient by another channel; only their administrators can see why the mailbox refuses mail.',
          'Hubungi penerima lewat saluran lain; hanya administrator mereka yang dapat melihat mengapa mailbox itu menolak email.',
        ),
        receiver: t(
          'Inspect the mailbox (permissions, corruption, per-user filters), repair it, and answer with a specific X.2.y code where one fits.',
          'Periksa mailbox itu (izin akses, kerusakan, filter per pengguna), perbaiki, dan jawab dengan kode X.2.y yang spesifik bila ada yang cocok.',
        ),
      },
    },
    useWhen: t(
      'Use it for mailbox problems that neither X.2.1 (disabled), X.2.2 (full) nor X.2.3 (message too large for this mailbox) describes.',
      'Gunakan untuk masalah mailbox yang tidak tercakup oleh X.2.1 (dinonaktifkan), X.2.2 (penuh), maupun X.2.3 (pesan terlalu besar untuk mailbox ini).',
    ),
    actor: 'recipient-mailbox',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.3')],
    related: [
      rel(
        'X.2.1',
        'X.2.1 says the mailbox is disabled; X.2.0 gives no cause at all.',
        'X.2.1 menyatakan mailbox dinonaktifkan; X.2.0 sama sekali tidak memberi penyebab.',
      ),
      rel(
        'X.1.0',
        'X.1.0 blames the address; X.2.0 says the address is right and the mailbox behind it is the problem.',
        'X.1.0 menyalahkan alamatnya; X.2.0 menyatakan alamatnya benar dan mailbox di baliknya yang bermasalah.',
      ),
    ],
    bounceReason: 'filtered',
  },
  {
    code: 'X.2.1',
    title: t('Mailbox disabled, not accepting messages', 'Mailbox dinonaktifkan, tidak menerima pesan'),
    description: t(
      'The mailbox exists but has been switched off for incoming mail: suspended, locked for abuse, closed for inactivity, or flooded with mail. The address itself is right.',
      'Mailbox ada tetapi telah dimatikan untuk email masuk: ditangguhkan, dikunci karena penyalahgunaan, ditutup karena tidak aktif, atau kebanjiran email. Alamatnya sendiri benar.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A temporary block on the mailbox; at large providers 4.2.1 often means the recipient is getting mail faster than allowed, and delivery succeeds later at a lower rate.',
        'Pemblokiran sementara pada mailbox; di penyedia besar, 4.2.1 sering berarti penerima menerima email lebih cepat daripada yang diizinkan, dan pengiriman berhasil kemudian dengan laju yang lebih rendah.',
      ),
      permanent: t(
        'The account is disabled or suspended, for example closed for inactivity, blocked by its administrator, or locked after a compromise.',
        'Akun dinonaktifkan atau ditangguhkan, misalnya ditutup karena tidak aktif, diblokir oleh administratornya, atau dikunci setelah dibobol.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry, and slow down if you send many messages to the same recipient; it usually clears within hours.',
          'Biarkan queue mencoba ulang, dan perlambat pengiriman jika Anda mengirim banyak pesan ke penerima yang sama; biasanya masalah ini hilang dalam beberapa jam.',
        ),
        receiver: t(
          'Check whether the account is rate limited, locked or being migrated, and lift the temporary block if the incoming traffic is legitimate.',
          'Periksa apakah akun itu terkena rate limit, terkunci, atau sedang dimigrasikan, dan cabut pemblokiran sementaranya jika lalu lintas yang masuk memang sah.',
        ),
      },
      permanent: {
        sender: t(
          'Stop sending to the address and reach the recipient by another channel; if it stays disabled, remove it from your lists.',
          'Berhenti mengirim ke alamat itu dan hubungi penerima lewat saluran lain; jika alamat itu tetap nonaktif, hapus dari daftar Anda.',
        ),
        receiver: t(
          'Re-enable the account if it was disabled by mistake (a removed license, an inactivity policy), then ask the sender to resend.',
          'Aktifkan kembali akun itu jika dinonaktifkan karena kekeliruan (lisensi yang dicabut, kebijakan ketidakaktifan), lalu minta pengirim mengirim ulang.',
        ),
      },
    },
    useWhen: t(
      'Send X.2.1 when the mailbox exists but may not receive (suspended, locked, over a receiving rate); prefer 5.1.1 when it does not exist and X.2.2 when it is only full.',
      'Kirim X.2.1 jika mailbox ada tetapi tidak boleh menerima (ditangguhkan, dikunci, melewati rate limit penerimaan); utamakan 5.1.1 jika mailbox itu tidak ada dan X.2.2 jika hanya penuh.',
    ),
    actor: 'recipient-mailbox',
    phase: 'envelope-recipient',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.3')],
    related: [
      rel(
        'X.1.1',
        'X.1.1 says there is no such mailbox; X.2.1 says it exists but is switched off, which may be undone later.',
        'X.1.1 menyatakan mailbox itu tidak ada; X.2.1 menyatakan mailbox itu ada tetapi dimatikan, yang mungkin dibatalkan nanti.',
      ),
      rel(
        'X.2.2',
        'X.2.2 means the mailbox is over its storage quota and works again once space is freed; X.2.1 means it was disabled, whatever its size.',
        'X.2.2 berarti mailbox melewati kuota penyimpanannya dan berfungsi lagi setelah ruang dikosongkan; X.2.1 berarti mailbox itu dinonaktifkan, berapa pun ukurannya.',
      ),
      rel(
        'X.7.13',
        'X.7.13 says the user account as a whole is disabled; X.2.1 concerns the mailbox refusing incoming mail.',
        'X.7.13 menyatakan akun pengguna secara keseluruhan dinonaktifkan; X.2.1 menyangkut mailbox yang menolak email masuk.',
      ),
    ],
    bounceReason: 'suspend',
  },
  {
    code: 'X.2.2',
    title: t('Mailbox full', 'Mailbox penuh'),
    description: t(
      'The recipient\'s mailbox has reached its storage quota, so the message does not fit. The owner can fix it by deleting mail or getting more space.',
      'Mailbox penerima telah mencapai kuota penyimpanannya, sehingga pesan tidak muat. Pemiliknya dapat mengatasinya dengan menghapus email atau mendapatkan ruang tambahan.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The mailbox is over quota right now; your queue keeps retrying and the message goes through if the recipient frees space before the queue lifetime ends.',
        'Mailbox saat ini melewati kuota; queue Anda terus mencoba ulang dan pesan akan masuk jika penerima mengosongkan ruang sebelum batas waktu penyimpanan di queue berakhir.',
      ),
      permanent: t(
        'The mailbox is full and the receiver has decided not to wait, often because the account has been over quota for a long time and may be abandoned.',
        'Mailbox penuh dan server tujuan memutuskan untuk tidak menunggu, sering kali karena akun itu sudah lama melewati kuota dan mungkin telah ditinggalkan.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the retries continue; if the message matters, tell the recipient by another channel that their mailbox is full.',
          'Biarkan percobaan ulang berlanjut; jika pesan itu penting, beri tahu penerima lewat saluran lain bahwa mailbox-nya penuh.',
        ),
        receiver: t(
          'Ask the user to clean up or raise the quota, and check that the quota figure is current (a stale quota cache can outlive the deletions).',
          'Minta pengguna membersihkan mailbox-nya atau naikkan kuotanya, dan pastikan angka kuota sudah terkini (cache kuota yang basi dapat bertahan lebih lama daripada penghapusan).',
        ),
      },
      permanent: {
        sender: t(
          'Resend only after the recipient confirms they have freed space; if the address stays full for weeks, treat it as inactive.',
          'Kirim ulang hanya setelah penerima memastikan sudah mengosongkan ruang; jika alamat itu tetap penuh selama berminggu-minggu, anggap tidak aktif.',
        ),
        receiver: t(
          'Raise the quota or have the user delete mail, and consider answering 452 4.2.2 instead, so that senders keep retrying while the mailbox is full.',
          'Naikkan kuota atau minta pengguna menghapus email, dan pertimbangkan untuk menjawab 452 4.2.2 saja, agar pengirim terus mencoba ulang selama mailbox penuh.',
        ),
      },
    },
    useWhen: t(
      'Answer 452 4.2.2 (or 552 5.2.2 once you stop waiting) when the user\'s quota is the limit; use X.3.1 when the whole server is out of space and X.2.3 when one message exceeds the mailbox\'s size limit.',
      'Jawab 452 4.2.2 (atau 552 5.2.2 setelah Anda berhenti menunggu) jika kuota pengguna yang menjadi batasnya; gunakan X.3.1 jika seluruh server kehabisan ruang dan X.2.3 jika satu pesan melebihi batas ukuran mailbox.',
    ),
    actor: 'recipient-mailbox',
    associatedBasic: ['552'],
    classes: [4, 5],
    references: [rfc(3463, '3.3')],
    related: [
      rel(
        'X.3.1',
        'X.3.1 means the mail system\'s own storage is exhausted and only its operators can fix it; X.2.2 is one user\'s quota, fixed by that user.',
        'X.3.1 berarti penyimpanan sistem email itu sendiri habis dan hanya operatornya yang dapat memperbaikinya; X.2.2 adalah kuota satu pengguna, yang diatasi oleh pengguna itu.',
      ),
      rel(
        'X.2.3',
        'X.2.3 is one message exceeding the mailbox\'s per-message size limit; X.2.2 is about the total already stored.',
        'X.2.3 adalah satu pesan yang melebihi batas ukuran per pesan mailbox; X.2.2 menyangkut total yang sudah tersimpan.',
      ),
      rel(
        'X.3.4',
        'X.3.4 refuses a message larger than the whole system accepts; X.2.2 would accept its size, just not in this full mailbox.',
        'X.3.4 menolak pesan yang lebih besar daripada yang diterima seluruh sistem; X.2.2 sebenarnya menerima ukurannya, hanya saja tidak di mailbox yang penuh ini.',
      ),
    ],
    bounceReason: 'mailboxfull',
  },
  {
    code: 'X.2.3',
    title: t('Message length exceeds administrative limit', 'Panjang pesan melebihi batas administratif'),
    description: t(
      'The message is larger than the size limit set for this particular mailbox, a limit lower than what the mail system accepts in general.',
      'Pesan lebih besar daripada batas ukuran yang ditetapkan khusus untuk mailbox ini, batas yang lebih rendah daripada yang diterima sistem email secara umum.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Unusual as 4.2.3, since a message that is too large stays too large; the retry fails the same way unless the limit is raised in the meantime.',
        'Tidak lazim sebagai 4.2.3, karena pesan yang terlalu besar akan tetap terlalu besar; percobaan ulang gagal dengan cara yang sama kecuali batasnya dinaikkan sementara itu.',
      ),
      permanent: t(
        'The recipient\'s mailbox has its own maximum message size (common for shared or restricted mailboxes) and the message, with attachments and encoding, is bigger.',
        'Mailbox penerima memiliki ukuran pesan maksimum sendiri (umum pada mailbox bersama atau terbatas) dan pesan itu, beserta lampiran dan pengodeannya, lebih besar.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Do not count on the retry; make the message smaller or share large files through a link.',
          'Jangan mengandalkan percobaan ulang; perkecil pesannya atau bagikan file besar melalui tautan.',
        ),
        receiver: t(
          'If this mailbox should accept larger messages, raise its limit before the sender\'s queue gives up.',
          'Jika mailbox ini seharusnya menerima pesan yang lebih besar, naikkan batasnya sebelum queue pengirim menyerah.',
        ),
      },
      permanent: {
        sender: t(
          'Remove or compress attachments, or send a link instead (base64 encoding makes attachments about a third larger), then resend.',
          'Hapus atau kompres lampiran, atau kirim tautan sebagai gantinya (pengodean base64 membuat lampiran sekitar sepertiga lebih besar), lalu kirim ulang.',
        ),
        receiver: t(
          'Raise the mailbox\'s receive size limit if the message is legitimate, for example the MaxReceiveSize of that mailbox in Exchange.',
          'Naikkan batas ukuran penerimaan mailbox itu jika pesannya sah, misalnya MaxReceiveSize mailbox tersebut di Exchange.',
        ),
      },
    },
    useWhen: t(
      'Answer 552 5.2.3 when a per-recipient limit stops the message; when the limit is system-wide use 552 5.3.4, and advertise that limit with the SIZE extension.',
      'Jawab 552 5.2.3 jika batas per penerima yang menghentikan pesan; jika batasnya berlaku untuk seluruh sistem gunakan 552 5.3.4, dan umumkan batas itu dengan ekstensi SIZE.',
    ),
    actor: 'sender-content',
    associatedBasic: ['552'],
    classes: [4, 5],
    references: [rfc(3463, '3.3')],
    related: [
      rel(
        'X.3.4',
        'X.3.4 means the message exceeds the system-wide maximum; X.2.3 means only this recipient\'s lower limit was exceeded, so other recipients may have received it.',
        'X.3.4 berarti pesan melebihi batas maksimum seluruh sistem; X.2.3 berarti hanya batas penerima ini yang lebih rendah yang terlampaui, jadi penerima lain mungkin sudah menerimanya.',
      ),
      rel(
        'X.2.2',
        'X.2.2 means the mailbox has no room left for anything; X.2.3 means this one message is too big for the mailbox, even when it is empty.',
        'X.2.2 berarti mailbox tidak punya ruang lagi untuk apa pun; X.2.3 berarti pesan yang satu ini terlalu besar untuk mailbox itu, bahkan saat mailbox kosong.',
      ),
    ],
    bounceReason: 'exceedlimit',
  },
  {
    code: 'X.2.4',
    title: t('Mailing list expansion problem', 'Masalah ekspansi milis'),
    description: t(
      'The recipient is a mailing list or distribution group, and the server could not expand it into its member addresses.',
      'Penerimanya adalah milis atau grup distribusi, dan server tidak dapat mengekspansinya menjadi alamat-alamat anggotanya.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The list server could not read its member list at the moment, for example because the database or directory holding it was down; a later retry will succeed.',
        'Server milis saat ini tidak dapat membaca daftar anggotanya, misalnya karena basis data atau direktori yang menyimpannya sedang mati; percobaan ulang berikutnya akan berhasil.',
      ),
      permanent: t(
        'The list itself is broken: its member source is missing, it nests groups in a loop, or it expands to no valid member.',
        'Milisnya sendiri rusak: sumber anggotanya hilang, grup di dalamnya bersarang membentuk loop, atau hasil ekspansinya tidak berisi satu pun anggota yang valid.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry, and tell the list owner if the problem continues for more than a day.',
          'Biarkan queue mencoba ulang, dan beri tahu pemilik milis jika masalahnya berlanjut lebih dari sehari.',
        ),
        receiver: t(
          'Check the list manager (Mailman, Sympa, an Exchange distribution group) and the database or directory it reads members from.',
          'Periksa pengelola milis (Mailman, Sympa, grup distribusi Exchange) serta basis data atau direktori tempat pengelola itu membaca data anggota.',
        ),
      },
      permanent: {
        sender: t(
          'Tell the list owner, and meanwhile write to the members directly if you know them.',
          'Beri tahu pemilik milis, dan sementara itu kirim email langsung ke para anggotanya jika Anda mengenal mereka.',
        ),
        receiver: t(
          'Repair the list definition (member source, looping nested groups, empty membership), then ask the sender to resend.',
          'Perbaiki definisi milis (sumber anggota, grup bersarang yang membentuk loop, keanggotaan kosong), lalu minta pengirim mengirim ulang.',
        ),
      },
    },
    useWhen: t(
      'Use it when expanding a list address fails; when the sender is simply not allowed to post to the list, answer with X.7.2 instead.',
      'Gunakan jika ekspansi alamat milis gagal; jika pengirim hanya tidak diizinkan mengirim ke milis itu, jawab dengan X.7.2.',
    ),
    actor: 'receiving-server',
    associatedBasic: ['450', '452'],
    classes: [4, 5],
    references: [rfc(3463, '3.3')],
    related: [
      rel(
        'X.7.2',
        'X.7.2 means this sender may not post to the list; X.2.4 means the list could not be expanded at all, whoever sent the message.',
        'X.7.2 berarti pengirim ini tidak boleh mengirim ke milis itu; X.2.4 berarti milis itu sama sekali tidak dapat diekspansi, siapa pun pengirimnya.',
      ),
    ],
    bounceReason: 'filtered',
  },

  // ---------------------------------------------------------------- X.3.x: mail system status
  {
    code: 'X.3.0',
    title: t('Other or undefined mail system status', 'Status sistem email lain atau tidak terdefinisi'),
    description: t(
      'Something inside the receiving mail system, rather than the address or the content, caused the reply, and no more specific cause is given. The destination normally accepts mail.',
      'Sesuatu di dalam sistem email tujuan, bukan alamat atau isi pesan, yang menyebabkan balasan ini, dan tidak ada penyebab yang lebih spesifik yang diberikan. Tujuan ini biasanya menerima email.',
    ),
    whenYouSeeIt: {
      success: t(
        '2.3.0 shows up mostly beside 221 when the server closes the connection, or beside 250 as a generic system-level OK; nothing needs to be done.',
        '2.3.0 kebanyakan muncul di samping 221 ketika server menutup koneksi, atau di samping 250 sebagai OK umum di tingkat sistem; tidak ada yang perlu dilakukan.',
      ),
      transient: t(
        'A passing internal problem on the receiving side: 451 4.3.0 is what Postfix, Exim and many providers answer when a lookup table, content filter or spool write fails for a moment.',
        'Masalah internal sesaat di sisi penerima: 451 4.3.0 adalah jawaban Postfix, Exim, dan banyak penyedia ketika tabel lookup, filter konten, atau penulisan spool gagal sejenak.',
      ),
      permanent: t(
        'The receiving system refused the message because of an internal condition it did not classify, for example a milter or content scanner that failed on this message.',
        'Sistem penerima menolak pesan karena kondisi internal yang tidak diklasifikasikannya, misalnya milter atau pemindai konten yang gagal saat memproses pesan ini.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; it usually clears within minutes, and if it lasts for hours send the reply with its timestamp to the receiving postmaster.',
          'Biarkan queue mencoba ulang; biasanya masalah ini hilang dalam hitungan menit, dan jika berlangsung berjam-jam kirim balasan beserta stempel waktunya ke postmaster pihak penerima.',
        ),
        receiver: t(
          'Check the MTA log around the time of the reply for lookup, milter, antivirus or disk errors; the code is your own system asking for time.',
          'Periksa log MTA di sekitar waktu balasan untuk kesalahan lookup, milter, antivirus, atau disk; dengan kode ini, sistem Anda sendiri meminta waktu.',
        ),
      },
      permanent: {
        sender: t(
          'Send the full reply and its timestamp to the receiving side; there is nothing to change on your end unless the text names something.',
          'Kirim balasan lengkap beserta stempel waktunya ke pihak penerima; tidak ada yang perlu diubah di sisi Anda kecuali teksnya menyebut sesuatu.',
        ),
        receiver: t(
          'Find the failing component in your logs and fix it; an internal error that may pass should be answered with 451 4.3.0, not a 5xx.',
          'Temukan komponen yang gagal di log Anda dan perbaiki; kesalahan internal yang mungkin berlalu dengan sendirinya seharusnya dijawab dengan 451 4.3.0, bukan 5xx.',
        ),
      },
    },
    useWhen: t(
      'Answer 451 4.3.0 when an internal component fails and the sender should retry; use X.3.1 for exhausted storage, X.3.2 when you take no mail at all, and X.3.5 for a known configuration fault.',
      'Jawab 451 4.3.0 jika komponen internal gagal dan pengirim sebaiknya mencoba ulang; gunakan X.3.1 untuk penyimpanan yang habis, X.3.2 jika Anda sama sekali tidak menerima email, dan X.3.5 untuk kesalahan konfigurasi yang sudah diketahui.',
    ),
    actor: 'receiving-server',
    associatedBasic: ['221', '250', '421', '451', '550', '554'],
    classes: [2, 4, 5],
    references: [rfc(3463, '3.4')],
    related: [
      rel(
        'X.0.0',
        'X.0.0 does not say where the problem lies; X.3.0 places it inside the receiving mail system.',
        'X.0.0 tidak menyebut letak masalahnya; X.3.0 menempatkannya di dalam sistem email tujuan.',
      ),
      rel(
        'X.3.5',
        'X.3.5 admits the cause is the receiver\'s own configuration; X.3.0 leaves the cause open.',
        'X.3.5 mengakui bahwa penyebabnya adalah konfigurasi server tujuan sendiri; X.3.0 membiarkan penyebabnya terbuka.',
      ),
      rel(
        'X.4.0',
        'X.4.0 blames the network between the systems; X.3.0 blames the mail system at the other end.',
        'X.4.0 menyalahkan jaringan di antara kedua sistem; X.3.0 menyalahkan sistem email di ujung sana.',
      ),
    ],
    bounceReason: 'systemerror',
  },
  {
    code: 'X.3.1',
    title: t('Mail system full', 'Sistem email penuh'),
    description: t(
      'The receiving mail system has run out of storage: its queue or message store disk is full. Unlike a full mailbox, the recipient cannot fix it by deleting mail.',
      'Sistem email penerima kehabisan ruang penyimpanan: disk queue atau penyimpanan pesannya penuh. Berbeda dengan mailbox yang penuh, penerima tidak dapat mengatasinya dengan menghapus email.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The receiver\'s queue or store partition is full, so it defers all new mail until space is freed; Postfix reports this as 452 4.3.1 "Insufficient system storage".',
        'Partisi queue atau penyimpanan server tujuan penuh, sehingga server menunda semua email baru sampai ada ruang yang dikosongkan; Postfix melaporkannya sebagai 452 4.3.1 "Insufficient system storage".',
      ),
      permanent: t(
        'Rare as a permanent error; the system has been out of storage so long that it gave up, and only its operators can clear it.',
        'Jarang sebagai kesalahan permanen; sistem itu sudah begitu lama kehabisan ruang penyimpanan sehingga menyerah, dan hanya operatornya yang dapat membereskannya.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; the problem hits every sender, so after a few hours tell the receiving postmaster through another channel.',
          'Biarkan queue mencoba ulang; masalah ini menimpa setiap pengirim, jadi setelah beberapa jam beri tahu postmaster pihak penerima lewat saluran lain.',
        ),
        receiver: t(
          'Free disk space on the queue and store partitions at once (old logs, deferred mail, quarantine) and check the MTA\'s minimum free-space setting.',
          'Segera kosongkan ruang disk pada partisi queue dan penyimpanan (log lama, email yang tertunda, karantina) dan periksa pengaturan ruang kosong minimum pada MTA.',
        ),
      },
      permanent: {
        sender: t(
          'Resend once the receiving operators confirm that the storage problem is fixed.',
          'Kirim ulang setelah operator pihak penerima memastikan bahwa masalah penyimpanan sudah diperbaiki.',
        ),
        receiver: t(
          'Fix the storage, then make sure shortages are answered with 452 4.3.1 so that senders wait instead of bouncing.',
          'Perbaiki penyimpanannya, lalu pastikan kekurangan ruang dijawab dengan 452 4.3.1 agar pengirim menunggu alih-alih menghasilkan bounce.',
        ),
      },
    },
    useWhen: t(
      'Answer 452 4.3.1 when your queue or store lacks space for the message, so that senders come back later; use X.2.2 when only one user\'s quota is reached.',
      'Jawab 452 4.3.1 jika queue atau penyimpanan Anda kekurangan ruang untuk pesan itu, agar pengirim kembali nanti; gunakan X.2.2 jika hanya kuota satu pengguna yang tercapai.',
    ),
    actor: 'receiving-server',
    associatedBasic: ['452'],
    classes: [4, 5],
    references: [rfc(3463, '3.4')],
    related: [
      rel(
        'X.2.2',
        'X.2.2 is one mailbox over its quota, fixed by its owner; X.3.1 is the whole system out of storage, fixed only by its operators.',
        'X.2.2 adalah satu mailbox yang melewati kuotanya, diatasi oleh pemiliknya; X.3.1 adalah seluruh sistem yang kehabisan ruang penyimpanan, yang hanya dapat diatasi oleh operatornya.',
      ),
      rel(
        'X.4.5',
        'X.4.5 means the system is overloaded with traffic rather than out of disk; both pass with time, but X.3.1 needs disk space to be freed.',
        'X.4.5 berarti sistem kelebihan beban lalu lintas, bukan kehabisan disk; keduanya akan pulih seiring waktu, tetapi X.3.1 memerlukan ruang disk dikosongkan.',
      ),
    ],
    bounceReason: 'systemfull',
  },
  {
    code: 'X.3.2',
    title: t('System not accepting network messages', 'Sistem tidak menerima pesan jaringan'),
    description: t(
      'The destination host is not taking mail, at the moment or at all, whoever sends and whatever the content. Planned maintenance, a shutdown, and hosts that never receive mail use it.',
      'Host tujuan tidak menerima email, untuk saat ini atau sama sekali, siapa pun pengirimnya dan apa pun isinya. Kode ini dipakai saat pemeliharaan terencana, saat server dimatikan, dan oleh host yang memang tidak pernah menerima email.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The host is in maintenance, shutting down or overloaded and refuses new mail for now; 421 4.3.2 "Service not available" is the common form.',
        'Host sedang dalam pemeliharaan, sedang dimatikan, atau kelebihan beban dan untuk sementara menolak email baru; 421 4.3.2 "Service not available" adalah bentuk yang umum.',
      ),
      permanent: t(
        'The host never accepts mail, the meaning of 521: it is a web server, a host that only sends, or a domain whose mail service was shut down.',
        'Host itu tidak pernah menerima email, sesuai makna 521: host itu adalah server web, host yang hanya mengirim, atau domain yang layanan email-nya sudah dihentikan.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry or move on to the next MX; check whether the domain\'s other MX hosts are accepting.',
          'Biarkan queue mencoba ulang atau beralih ke MX berikutnya; periksa apakah host MX lain milik domain itu menerima email.',
        ),
        receiver: t(
          'Finish the maintenance and re-enable the listener; if it will take long, make sure a backup MX accepts mail meanwhile.',
          'Selesaikan pemeliharaan dan aktifkan kembali listener; jika akan memakan waktu lama, pastikan MX cadangan menerima email sementara itu.',
        ),
      },
      permanent: {
        sender: t(
          'Check the domain\'s MX records: you may be connecting to a host that was never meant to receive mail, or the domain has moved its mail elsewhere.',
          'Periksa record MX domain itu: Anda mungkin terhubung ke host yang memang tidak dimaksudkan untuk menerima email, atau domain itu sudah memindahkan email-nya ke tempat lain.',
        ),
        receiver: t(
          'If the host should receive mail, enable its SMTP service; if not, make sure no MX record points at it, or publish a null MX for the domain.',
          'Jika host itu seharusnya menerima email, aktifkan layanan SMTP-nya; jika tidak, pastikan tidak ada record MX yang menunjuk ke host itu, atau publikasikan null MX untuk domainnya.',
        ),
      },
    },
    useWhen: t(
      'Answer 421 4.3.2 during maintenance or shutdown so that senders retry, and 521 5.3.2 on hosts that never take mail; for a whole domain that takes no mail, publish a null MX.',
      'Jawab 421 4.3.2 selama pemeliharaan atau saat server dimatikan agar pengirim mencoba ulang, dan 521 5.3.2 pada host yang tidak pernah menerima email; untuk seluruh domain yang tidak menerima email, publikasikan null MX.',
    ),
    actor: 'receiving-server',
    associatedBasic: ['453', '521'],
    classes: [4, 5],
    references: [rfc(3463, '3.4'), rfc(7504)],
    related: [
      rel(
        'X.4.5',
        'X.4.5 means busy right now, come back soon; X.3.2 means the host as a whole is closed to incoming mail.',
        'X.4.5 berarti sedang sibuk, kembalilah sebentar lagi; X.3.2 berarti host itu secara keseluruhan tertutup bagi email masuk.',
      ),
      rel(
        'X.1.10',
        'X.1.10 is reported when the recipient domain\'s DNS says it takes no mail; X.3.2 comes from a host that says so itself.',
        'X.1.10 dilaporkan ketika DNS domain penerima menyatakan bahwa domain itu tidak menerima email; X.3.2 berasal dari host yang menyatakannya sendiri.',
      ),
      rel(
        'X.3.0',
        'X.3.0 is an unspecified internal fault; X.3.2 says plainly that the host is not taking mail.',
        'X.3.0 adalah gangguan internal yang tidak dirinci; X.3.2 menyatakan dengan jelas bahwa host itu tidak menerima email.',
      ),
    ],
    bounceReason: 'notaccept',
  },
  {
    code: 'X.3.3',
    title: t('System not capable of selected features', 'Sistem tidak mendukung fitur yang dipilih'),
    description: t(
      'The message asks for a feature the destination cannot provide, such as a kind of delivery notification, 8-bit transport, or a service extension that cannot be carried across a gateway.',
      'Pesan meminta fitur yang tidak dapat disediakan tujuan, seperti jenis notifikasi pengiriman tertentu, transport 8-bit, atau ekstensi layanan yang tidak dapat dibawa melewati gateway.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The feature is unavailable on the receiving side for now; the retry may succeed if it lands on another server of the pool that supports it.',
        'Fitur itu untuk sementara tidak tersedia di sisi penerima; percobaan ulang mungkin berhasil jika jatuh ke server lain dalam pool yang mendukungnya.',
      ),
      permanent: t(
        'The envelope or the message needs something the receiving system lacks, such as a DSN option, a delivery priority, or binary content through a gateway that cannot convert it.',
        'Envelope atau pesan membutuhkan sesuatu yang tidak dimiliki sistem tujuan, seperti opsi DSN, prioritas pengiriman, atau konten biner yang melewati gateway yang tidak dapat mengonversinya.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; if it persists, check which extension parameters your MTA put on MAIL FROM or RCPT TO (NOTIFY=, BODY=, SMTPUTF8).',
          'Biarkan queue mencoba ulang; jika terus berlanjut, periksa parameter ekstensi apa yang dipasang MTA Anda pada MAIL FROM atau RCPT TO (NOTIFY=, BODY=, SMTPUTF8).',
        ),
        receiver: t(
          'Make sure every server behind the MX advertises the same EHLO extensions, so a feature offered by one is not missing on another.',
          'Pastikan setiap server di balik MX mengumumkan ekstensi EHLO yang sama, agar fitur yang ditawarkan satu server tidak hilang di server lain.',
        ),
      },
      permanent: {
        sender: t(
          'Send without the unsupported feature: drop the extension parameter, or let your MTA convert 8-bit content to 7-bit MIME before relaying.',
          'Kirim tanpa fitur yang tidak didukung: buang parameter ekstensinya, atau biarkan MTA Anda mengonversi konten 8-bit ke MIME 7-bit sebelum me-relay.',
        ),
        receiver: t(
          'Enable the feature if you are meant to support it, and stop advertising extensions in EHLO that the path behind you cannot honour.',
          'Aktifkan fitur itu jika Anda memang seharusnya mendukungnya, dan berhenti mengumumkan ekstensi di EHLO yang tidak dapat dipenuhi oleh jalur di belakang Anda.',
        ),
      },
    },
    useWhen: t(
      'Use it when a requested feature cannot be honoured on the way to the recipient; for parameters your server does not understand X.5.4 is more precise, and for content conversion X.6.3.',
      'Gunakan jika fitur yang diminta tidak dapat dipenuhi dalam perjalanan ke penerima; untuk parameter yang tidak dipahami server Anda, X.5.4 lebih tepat, dan untuk konversi konten, X.6.3.',
    ),
    actor: 'sender-content',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.4')],
    related: [
      rel(
        'X.6.3',
        'X.6.3 is specifically about content that would need converting and cannot be; X.3.3 covers any selected feature the system lacks.',
        'X.6.3 khusus menyangkut konten yang perlu dikonversi tetapi tidak dapat dikonversi; X.3.3 mencakup fitur terpilih apa pun yang tidak dimiliki sistem.',
      ),
      rel(
        'X.5.4',
        'X.5.4 refuses a command argument the server does not recognise; X.3.3 understands the request but cannot deliver the feature.',
        'X.5.4 menolak argumen perintah yang tidak dikenali server; X.3.3 memahami permintaannya tetapi tidak dapat menyediakan fiturnya.',
      ),
    ],
    bounceReason: 'systemerror',
  },
  {
    code: 'X.3.4',
    title: t('Message too big for system', 'Pesan terlalu besar untuk sistem'),
    description: t(
      'The message is larger than anything the receiving system accepts. The limit is system-wide and is usually advertised in the SIZE keyword of the EHLO reply.',
      'Pesan lebih besar daripada apa pun yang diterima sistem tujuan. Batas ini berlaku untuk seluruh sistem dan biasanya diumumkan lewat kata kunci SIZE pada balasan EHLO.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Rare as 4.3.4; the server usually lacked temporary space for a very large message, so a retry can work later, though shrinking the message is the safer course.',
        'Jarang sebagai 4.3.4; biasanya server kekurangan ruang sementara untuk pesan yang sangat besar, jadi percobaan ulang bisa berhasil nanti, meskipun memperkecil pesan adalah langkah yang lebih aman.',
      ),
      permanent: t(
        'The message exceeds the receiver\'s maximum size, commonly somewhere between 10 and 50 MB at providers; large attachments plus base64 encoding are the usual cause.',
        'Pesan melebihi ukuran maksimum server tujuan, yang di penyedia umumnya antara 10 dan 50 MB; lampiran besar ditambah pengodean base64 adalah penyebab yang biasa.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Allow one retry, but if the message is near the receiver\'s advertised SIZE limit, shrink it or send a link instead.',
          'Izinkan satu kali percobaan ulang, tetapi jika pesan mendekati batas SIZE yang diumumkan server tujuan, perkecil pesannya atau kirim tautan sebagai gantinya.',
        ),
        receiver: t(
          'Check for temporary space limits on the queue and for proxies or content filters with a smaller limit than the MTA itself.',
          'Periksa batas ruang sementara pada queue serta proxy atau filter konten yang batasnya lebih kecil daripada MTA itu sendiri.',
        ),
      },
      permanent: {
        sender: t(
          'Read the SIZE value in the receiver\'s EHLO reply, get the message below it (compress, split, or share by link), then resend.',
          'Baca nilai SIZE pada balasan EHLO server tujuan, buat pesan di bawah nilai itu (kompres, pecah, atau bagikan lewat tautan), lalu kirim ulang.',
        ),
        receiver: t(
          'If the limit is too low for your users, raise message_size_limit (the setting has that name in both Postfix and Exim) and every filter\'s limit to match, and advertise the new value in SIZE.',
          'Jika batasnya terlalu rendah bagi pengguna Anda, naikkan message_size_limit (pengaturan ini bernama sama di Postfix maupun Exim) dan sesuaikan batas setiap filter, lalu umumkan nilai barunya di SIZE.',
        ),
      },
    },
    useWhen: t(
      'Answer 552 5.3.4 when a message exceeds your system maximum, and advertise that maximum with SIZE so clients can give up early; use 5.2.3 for a lower per-mailbox limit.',
      'Jawab 552 5.3.4 jika pesan melebihi batas maksimum sistem Anda, dan umumkan batas itu dengan SIZE agar klien dapat menyerah lebih awal; gunakan 5.2.3 untuk batas per mailbox yang lebih rendah.',
    ),
    actor: 'sender-content',
    associatedBasic: ['552', '554'],
    classes: [4, 5],
    references: [rfc(3463, '3.4'), rfc(1870)],
    related: [
      rel(
        'X.2.3',
        'X.2.3 is only one mailbox\'s lower limit, so other recipients may have received the message; X.3.4 is the system maximum, which no recipient there can exceed.',
        'X.2.3 hanyalah batas yang lebih rendah pada satu mailbox, jadi penerima lain mungkin sudah menerima pesannya; X.3.4 adalah batas maksimum sistem, yang tidak dapat dilampaui oleh penerima mana pun di sana.',
      ),
      rel(
        'X.2.2',
        'X.2.2 means the recipient\'s storage is full; X.3.4 means this message is too large whatever the free space.',
        'X.2.2 berarti penyimpanan penerima penuh; X.3.4 berarti pesan ini terlalu besar, berapa pun ruang kosong yang tersedia.',
      ),
    ],
    bounceReason: 'mesgtoobig',
  },
  {
    code: 'X.3.5',
    title: t('System incorrectly configured', 'Konfigurasi sistem salah'),
    description: t(
      'The receiving system is set up in a way that does not let it accept this message: the fault lies in its own configuration, not in the message or the sender.',
      'Sistem penerima dikonfigurasi dengan cara yang membuatnya tidak dapat menerima pesan ini: kesalahannya ada pada konfigurasinya sendiri, bukan pada pesan atau pengirim.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A configuration error on the receiving side that its operators are expected to fix, such as a missing transport, a broken lookup table, or a routing rule that points nowhere.',
        'Kesalahan konfigurasi di sisi penerima yang diharapkan diperbaiki oleh operatornya, seperti transport yang hilang, tabel lookup yang rusak, atau aturan perutean yang tidak menunjuk ke mana pun.',
      ),
      permanent: t(
        'The receiving system refuses because of its own setup, for example it believes it is the final destination for a domain it has no mailboxes for, or a required component is not configured.',
        'Sistem penerima menolak karena pengaturannya sendiri, misalnya sistem itu menganggap dirinya tujuan akhir suatu domain padahal tidak memiliki mailbox untuk domain itu, atau komponen yang diperlukan belum dikonfigurasi.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry and notify the receiving postmaster; the fix is entirely on their side.',
          'Biarkan queue mencoba ulang dan beri tahu postmaster pihak penerima; perbaikannya sepenuhnya ada di pihak mereka.',
        ),
        receiver: t(
          'Review recent configuration changes (transports, relay domains, virtual mailbox maps, connector settings) and reload once corrected.',
          'Tinjau perubahan konfigurasi terbaru (transport, relay domain, virtual mailbox map, pengaturan connector) dan lakukan reload setelah diperbaiki.',
        ),
      },
      permanent: {
        sender: t(
          'Send the full reply and its timestamp to the receiving postmaster, and resend once they confirm the fix.',
          'Kirim balasan lengkap beserta stempel waktunya ke postmaster pihak penerima, dan kirim ulang setelah mereka memastikan perbaikannya.',
        ),
        receiver: t(
          'Correct the configuration (a domain listed as local without mailboxes, a missing delivery agent), and answer with a 4xx code while the fix is under way.',
          'Perbaiki konfigurasinya (domain yang tercantum sebagai lokal tanpa mailbox, delivery agent yang hilang), dan jawab dengan kode 4xx selama perbaikan berlangsung.',
        ),
      },
    },
    useWhen: t(
      'Use X.3.5 when you know your own setup prevents delivery; prefer a 4xx reply so mail waits while you fix it, and X.3.0 when you cannot tell a configuration fault from a passing one.',
      'Gunakan X.3.5 jika Anda tahu pengaturan Anda sendiri yang menghalangi pengiriman; utamakan balasan 4xx agar email menunggu selama Anda memperbaikinya, dan X.3.0 jika Anda tidak dapat membedakan kesalahan konfigurasi dari gangguan sesaat.',
    ),
    actor: 'receiving-server',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.4')],
    related: [
      rel(
        'X.3.0',
        'X.3.0 is an unspecified internal problem; X.3.5 says the cause is the receiving system\'s configuration.',
        'X.3.0 adalah masalah internal yang tidak dirinci; X.3.5 menyatakan penyebabnya adalah konfigurasi sistem tujuan.',
      ),
      rel(
        'X.4.4',
        'X.4.4 says no route to the destination could be found; X.3.5 says the receiving system itself is set up wrongly for this message.',
        'X.4.4 menyatakan tidak ada rute ke tujuan yang dapat ditemukan; X.3.5 menyatakan sistem tujuan itu sendiri dikonfigurasi dengan salah untuk pesan ini.',
      ),
    ],
    bounceReason: 'systemerror',
  },
  {
    code: 'X.3.6',
    title: t('Requested priority was changed', 'Prioritas yang diminta telah diubah'),
    description: t(
      'Part of the message priority extension (MT-PRIORITY): the message was accepted, but not at the priority the sender asked for. The reply text begins with the priority actually applied.',
      'Bagian dari ekstensi prioritas pesan (MT-PRIORITY): pesan diterima, tetapi tidak dengan prioritas yang diminta pengirim. Teks balasan diawali dengan prioritas yang benar-benar diterapkan.',
    ),
    whenYouSeeIt: {
      success: t(
        '250 2.3.6 means the message was accepted and will be delivered, at the priority given at the start of the reply text rather than the one requested.',
        '250 2.3.6 berarti pesan diterima dan akan dikirim, dengan prioritas yang tertera di awal teks balasan, bukan prioritas yang diminta.',
      ),
      transient: t(
        'A 4.3.6 does not fit the definition, which is a success report; look in the reply text for the real temporary reason.',
        'Kode 4.3.6 tidak sesuai dengan definisinya, yang merupakan laporan sukses; cari alasan sementara yang sebenarnya di teks balasan.',
      ),
      permanent: t(
        'A 5.3.6 does not fit the definition either; if you see one, the server refused the message under the wrong label, so rely on the reply text.',
        'Kode 5.3.6 juga tidak sesuai dengan definisinya; jika Anda melihatnya, server menolak pesan dengan label yang salah, jadi andalkan teks balasan.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry, and report the mismatched code to the receiving side if it persists.',
          'Biarkan queue mencoba ulang, dan laporkan kode yang tidak sesuai itu ke pihak penerima jika terus berlanjut.',
        ),
        receiver: t(
          'Fix whatever returns X.3.6 with a failure; a refusal based on priority should use X.7.15 or X.7.16.',
          'Perbaiki apa pun yang mengembalikan X.3.6 pada balasan kegagalan; penolakan berdasarkan prioritas seharusnya memakai X.7.15 atau X.7.16.',
        ),
      },
      permanent: {
        sender: t(
          'Treat it as a refusal of unclear cause and ask the receiving side; resending with a lower MT-PRIORITY may help if the priority was the problem.',
          'Perlakukan sebagai penolakan yang penyebabnya tidak jelas dan tanyakan ke pihak penerima; mengirim ulang dengan MT-PRIORITY yang lebih rendah mungkin membantu jika prioritaslah masalahnya.',
        ),
        receiver: t(
          'Answer X.7.15 to a priority the sender may not use, and keep X.3.6 for accepted messages whose priority you changed.',
          'Jawab X.7.15 untuk prioritas yang tidak boleh dipakai pengirim, dan gunakan X.3.6 hanya untuk pesan yang diterima tetapi prioritasnya Anda ubah.',
        ),
      },
    },
    useWhen: t(
      'Send 250 2.3.6, followed by the new priority, when you accept a message but change its MT-PRIORITY; refuse a priority the sender may not use with X.7.15 instead.',
      'Kirim 250 2.3.6, diikuti prioritas barunya, jika Anda menerima pesan tetapi mengubah MT-PRIORITY-nya; tolak prioritas yang tidak boleh dipakai pengirim dengan X.7.15.',
    ),
    actor: 'none',
    associatedBasic: ['250', '251'],
    classes: [2, 4, 5],
    references: [rfc(6710)],
    related: [
      rel(
        'X.7.15',
        'X.7.15 refuses a message because the sender may not use the requested priority; X.3.6 accepts the message at a changed priority.',
        'X.7.15 menolak pesan karena pengirim tidak boleh memakai prioritas yang diminta; X.3.6 menerima pesan dengan prioritas yang diubah.',
      ),
    ],
  },

  // ---------------------------------------------------------------- X.4.x: network and routing status
  {
    code: 'X.4.0',
    title: t('Other or undefined network or routing status', 'Status jaringan atau perutean lain atau tidak terdefinisi'),
    description: t(
      'A networking or routing problem stopped the delivery, and none of the specific network codes fits. Sending MTAs attach it to their own connection failures as often as receivers send it.',
      'Masalah jaringan atau perutean menghentikan pengiriman, dan tidak ada kode jaringan spesifik yang cocok. MTA pengirim menyertakannya pada kegagalan koneksinya sendiri sama seringnya dengan server tujuan mengirimkannya.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Your server or a relay hit a connection or routing problem it could not classify, such as a reset connection, an aborted TLS handshake or an unreachable network; the queue will retry.',
        'Server Anda atau sebuah relay mengalami masalah koneksi atau perutean yang tidak dapat diklasifikasikannya, seperti koneksi yang di-reset, handshake TLS yang terputus, atau jaringan yang tidak dapat dijangkau; queue akan mencoba ulang.',
      ),
      permanent: t(
        'A routing problem the reporting system considers final, often a relay that gave up on its next hop; the reply text or the diagnostic line of the bounce carries the detail.',
        'Masalah perutean yang dianggap final oleh sistem pelapor, sering kali relay yang berhenti mencoba mengirim ke hop berikutnya; teks balasan atau baris diagnostik pada bounce memuat detailnya.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; if it persists, test the path yourself (nc or openssl s_client to port 25 of the MX) and check firewalls and any blocking of outbound port 25.',
          'Biarkan queue mencoba ulang; jika terus berlanjut, uji jalurnya sendiri (nc atau openssl s_client ke port 25 milik MX) dan periksa firewall serta pemblokiran port 25 keluar.',
        ),
        receiver: t(
          'Check that your MX hosts are reachable from outside on port 25 and that load balancers or firewalls are not resetting connections.',
          'Pastikan host MX Anda dapat dijangkau dari luar di port 25 dan bahwa load balancer atau firewall tidak me-reset koneksi.',
        ),
      },
      permanent: {
        sender: t(
          'Find the failing hop in the Remote-MTA and Diagnostic-Code lines of the bounce, fix the route (MX records, smarthost, connector), then resend.',
          'Temukan hop yang gagal pada baris Remote-MTA dan Diagnostic-Code di bounce, perbaiki rutenya (record MX, smarthost, connector), lalu kirim ulang.',
        ),
        receiver: t(
          'If the failing hop is yours, repair the routing between your gateway and your internal mail servers.',
          'Jika hop yang gagal itu milik Anda, perbaiki perutean antara gateway Anda dan server email internal Anda.',
        ),
      },
    },
    useWhen: t(
      'Use it for network or routing failures that X.4.1 to X.4.7 do not describe; a connection never answered is X.4.1, and one that broke mid-transaction is X.4.2.',
      'Gunakan untuk kegagalan jaringan atau perutean yang tidak dijelaskan oleh X.4.1 sampai X.4.7; koneksi yang tidak pernah dijawab adalah X.4.1, dan koneksi yang putus di tengah transaksi adalah X.4.2.',
    ),
    actor: 'network',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.5')],
    related: [
      rel(
        'X.4.2',
        'X.4.2 says an established connection broke or timed out; X.4.0 gives no detail.',
        'X.4.2 menyatakan koneksi yang sudah terjalin putus atau timeout; X.4.0 tidak memberi detail.',
      ),
      rel(
        'X.3.0',
        'X.3.0 blames the receiving mail system; X.4.0 blames the network or routing in between.',
        'X.3.0 menyalahkan sistem email tujuan; X.4.0 menyalahkan jaringan atau perutean di antaranya.',
      ),
    ],
    bounceReason: 'networkerror',
  },
  {
    code: 'X.4.1',
    title: t('No answer from host', 'Tidak ada jawaban dari host'),
    description: t(
      'The sending side tried to connect to the next mail server and got no answer: the connection timed out or was refused, so no SMTP conversation took place.',
      'Pihak pengirim mencoba terhubung ke server email berikutnya dan tidak mendapat jawaban: koneksi timeout atau ditolak, sehingga tidak terjadi percakapan SMTP sama sekali.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Your MTA could not reach the recipient\'s MX (connection timed out or refused); the host may be down, a firewall may drop the traffic, or your provider may block outbound port 25.',
        'MTA Anda tidak dapat menjangkau MX penerima (koneksi timeout atau ditolak); host itu mungkin mati, firewall mungkin membuang lalu lintasnya, atau penyedia Anda mungkin memblokir port 25 keluar.',
      ),
      permanent: t(
        'Found in bounces after the retry period ended with the host never answering: the destination stayed unreachable for days.',
        'Ditemukan dalam bounce setelah periode percobaan ulang berakhir tanpa host itu pernah menjawab: tujuan tetap tidak dapat dijangkau selama berhari-hari.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; meanwhile run "nc -vz <mx-host> 25" from the sending server and check whether your network blocks outbound port 25.',
          'Biarkan queue mencoba ulang; sementara itu jalankan "nc -vz <mx-host> 25" dari server pengirim dan periksa apakah jaringan Anda memblokir port 25 keluar.',
        ),
        receiver: t(
          'Make sure your MX hosts listen on port 25 from the internet, that the firewall lets the traffic through, and that the MX records point at the right addresses.',
          'Pastikan host MX Anda dapat menerima koneksi di port 25 dari internet, firewall meloloskan lalu lintasnya, dan record MX menunjuk ke alamat yang benar.',
        ),
      },
      permanent: {
        sender: t(
          'Check that the domain\'s MX records are current and reachable, and resend once the receiving host is back.',
          'Pastikan record MX domain itu terkini dan dapat dijangkau, lalu kirim ulang setelah host tujuan kembali aktif.',
        ),
        receiver: t(
          'Restore the mail service or correct the MX records, then tell senders to resend, since their queues have given up.',
          'Pulihkan layanan email atau perbaiki record MX, lalu minta pengirim mengirim ulang, karena queue mereka sudah menyerah.',
        ),
      },
    },
    useWhen: t(
      'This is a sending MTA\'s own status for an unanswered connection; a server that answers but wants the client to come back later should send 421 4.3.2 or 4.4.5 instead.',
      'Ini adalah status milik MTA pengirim sendiri untuk koneksi yang tidak dijawab; server yang menjawab tetapi ingin klien kembali nanti sebaiknya mengirim 421 4.3.2 atau 4.4.5.',
    ),
    actor: 'network',
    associatedBasic: ['451'],
    classes: [4, 5],
    references: [rfc(3463, '3.5')],
    related: [
      rel(
        'X.4.2',
        'X.4.2 means a connection was made and then broke; X.4.1 means no connection was ever answered.',
        'X.4.2 berarti koneksi sempat terjalin lalu putus; X.4.1 berarti tidak ada koneksi yang pernah dijawab.',
      ),
      rel(
        'X.4.7',
        'X.4.7 is the final status once retries ran out, for whatever reason; X.4.1 names the reason: the host never answered.',
        'X.4.7 adalah status akhir setelah percobaan ulang habis, apa pun alasannya; X.4.1 menyebut alasannya: host tidak pernah menjawab.',
      ),
    ],
    bounceReason: 'expired',
  },
  {
    code: 'X.4.2',
    title: t('Bad connection', 'Koneksi buruk'),
    description: t(
      'A connection to the next server was made, but the transaction could not be finished: it timed out or broke off midway.',
      'Koneksi ke server berikutnya berhasil dibuat, tetapi transaksinya tidak dapat diselesaikan: timeout atau terputus di tengah jalan.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The session dropped during the transaction, typically a timeout while sending a large message, a firewall or SMTP proxy cutting idle sessions, or a failed TLS handshake.',
        'Sesi terputus di tengah transaksi, biasanya karena timeout saat mengirim pesan besar, firewall atau proxy SMTP yang memutus sesi yang menganggur, atau handshake TLS yang gagal.',
      ),
      permanent: t(
        'Rare as 5.4.2; it appears in a bounce when the connection kept breaking until the message expired.',
        'Jarang sebagai 5.4.2; kode ini muncul dalam bounce ketika koneksi terus terputus sampai pesan kedaluwarsa.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry; if one destination fails repeatedly, look for packet loss, MTU problems or a middlebox with SMTP inspection on your side.',
          'Biarkan queue mencoba ulang; jika satu tujuan gagal berulang kali, cari packet loss, masalah MTU, atau middlebox dengan inspeksi SMTP di sisi Anda.',
        ),
        receiver: t(
          'Check your server timeouts and the health of load balancers and SMTP proxies, and lengthen the DATA timeout if large messages time out.',
          'Periksa timeout server Anda serta kesehatan load balancer dan proxy SMTP, dan perpanjang timeout DATA jika pesan besar terkena timeout.',
        ),
      },
      permanent: {
        sender: t(
          'Fix the network path, then resend; if large messages always fail, try a small test message to tell size from connectivity.',
          'Perbaiki jalur jaringannya, lalu kirim ulang; jika pesan besar selalu gagal, coba pesan uji yang kecil untuk membedakan masalah ukuran dari masalah konektivitas.',
        ),
        receiver: t(
          'Look for connection resets for the sender\'s IP in your logs and fix the device or timeout that breaks the sessions.',
          'Cari koneksi yang di-reset untuk IP pengirim di log Anda dan perbaiki perangkat atau timeout yang memutus sesi.',
        ),
      },
    },
    useWhen: t(
      'Report 4.4.2 when an established session fails; a server that drops a client on purpose should say why, with 421 and a specific code, before closing.',
      'Laporkan 4.4.2 jika sesi yang sudah terjalin gagal; server yang sengaja memutus klien sebaiknya menyebut alasannya, dengan 421 dan kode spesifik, sebelum menutup koneksi.',
    ),
    actor: 'network',
    associatedBasic: ['421'],
    classes: [4, 5],
    references: [rfc(3463, '3.5')],
    related: [
      rel(
        'X.4.1',
        'X.4.1 means the connection was never answered; X.4.2 means it was made and then failed during the transaction.',
        'X.4.1 berarti koneksi tidak pernah dijawab; X.4.2 berarti koneksi sempat terjalin lalu gagal di tengah transaksi.',
      ),
      rel(
        'X.4.7',
        'X.4.7 says time ran out after many attempts; X.4.2 describes one attempt that broke off.',
        'X.4.7 menyatakan masa pengiriman berakhir setelah banyak percobaan; X.4.2 menggambarkan satu percobaan yang terputus.',
      ),
    ],
    bounceReason: 'networkerror',
  },
  {
    code: 'X.4.3',
    title: t('Directory server failure', 'Kegagalan server direktori'),
    description: t(
      'A directory service needed to route the message was unavailable. Most often that directory is DNS; it can also be LDAP or another lookup the mail system depends on.',
      'Layanan direktori yang diperlukan untuk merutekan pesan tidak tersedia. Paling sering direktori itu adalah DNS; bisa juga LDAP atau lookup lain yang diandalkan sistem email.',
    ),
    whenYouSeeIt: {
      transient: t(
        'A DNS lookup (MX, address, or the sender\'s domain) or an LDAP query failed for the moment; the message stays queued and is tried again.',
        'Lookup DNS (MX, alamat, atau domain pengirim) atau kueri LDAP gagal untuk sementara; pesan tetap di queue dan dicoba lagi.',
      ),
      permanent: t(
        'A directory lookup failed in a way the reporting system treated as final; in practice often a misconfigured resolver or LDAP connection that fails every time.',
        'Lookup direktori gagal dengan cara yang dianggap final oleh sistem pelapor; dalam praktiknya sering kali resolver atau koneksi LDAP yang salah konfigurasi sehingga gagal setiap kali.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Check that the sending server\'s resolver works ("dig MX domain" on the MTA host) and let the queue retry.',
          'Pastikan resolver server pengirim berfungsi ("dig MX domain" di host MTA) dan biarkan queue mencoba ulang.',
        ),
        receiver: t(
          'Check the LDAP or SQL lookups your MTA uses for recipients and routing, and the resolver it uses for DNS.',
          'Periksa lookup LDAP atau SQL yang dipakai MTA Anda untuk penerima dan perutean, serta resolver yang dipakainya untuk DNS.',
        ),
      },
      permanent: {
        sender: t(
          'Fix the resolver or directory settings on the host that reported it, then resend; a 5.4.3 for a passing outage is a misclassification.',
          'Perbaiki pengaturan resolver atau direktori pada host yang melaporkannya, lalu kirim ulang; 5.4.3 untuk gangguan sesaat adalah klasifikasi yang keliru.',
        ),
        receiver: t(
          'Make directory failures answer 451 4.4.3 rather than a 5xx, so that an outage only delays mail instead of bouncing it.',
          'Buat kegagalan direktori dijawab dengan 451 4.4.3, bukan 5xx, agar gangguan hanya menunda email alih-alih membuatnya di-bounce.',
        ),
      },
    },
    useWhen: t(
      'Answer 451 4.4.3 when a lookup your routing depends on is unavailable; when the lookup worked and the domain or address does not exist, use X.1.2 or X.1.1 instead.',
      'Jawab 451 4.4.3 jika lookup yang diandalkan perutean Anda tidak tersedia; jika lookup berhasil dan domain atau alamatnya memang tidak ada, gunakan X.1.2 atau X.1.1.',
    ),
    actor: 'network',
    associatedBasic: ['451', '550'],
    classes: [4, 5],
    references: [rfc(3463, '3.5')],
    related: [
      rel(
        'X.4.4',
        'X.4.4 means the lookup answered but gave no usable route; X.4.3 means the lookup service itself could not be reached.',
        'X.4.4 berarti lookup menjawab tetapi tidak memberi rute yang dapat dipakai; X.4.3 berarti layanan lookup itu sendiri tidak dapat dijangkau.',
      ),
    ],
    bounceReason: 'systemerror',
  },
  {
    code: 'X.4.4',
    title: t('Unable to route', 'Tidak dapat merutekan'),
    description: t(
      'The mail system could not work out where to send the message next: the directory answered, but without usable routing data, such as a domain with neither MX nor address records.',
      'Sistem email tidak dapat menentukan ke mana pesan harus dikirim berikutnya: direktori menjawab, tetapi tanpa data perutean yang dapat dipakai, seperti domain yang tidak memiliki record MX maupun record alamat.',
    ),
    whenYouSeeIt: {
      transient: t(
        'No route could be found right now, for example DNS returned no MX and no address while the domain\'s zone was being changed, or the MX names a host that does not resolve.',
        'Saat ini tidak ada rute yang dapat ditemukan, misalnya DNS tidak mengembalikan MX maupun alamat ketika zona domain itu sedang diubah, atau MX menyebut host yang tidak dapat di-resolve.',
      ),
      permanent: t(
        'There is no route to the recipient\'s domain: it has no MX or address records (the lookup returned only an SOA), or its MX points to a name that does not exist.',
        'Tidak ada rute ke domain penerima: domain itu tidak memiliki record MX atau record alamat (lookup hanya mengembalikan SOA), atau MX-nya menunjuk ke nama yang tidak ada.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Run "dig MX domain" and then look up the address of each MX host from your server; if records are missing, tell the recipient and let the queue retry.',
          'Jalankan "dig MX domain" lalu cari alamat setiap host MX dari server Anda; jika ada record yang hilang, beri tahu penerima dan biarkan queue mencoba ulang.',
        ),
        receiver: t(
          'Check your domain\'s MX records and the A/AAAA records of the hosts they name, and fix them before senders\' queues expire.',
          'Periksa record MX domain Anda dan record A/AAAA host yang disebutnya, lalu perbaiki sebelum queue pengirim kedaluwarsa.',
        ),
      },
      permanent: {
        sender: t(
          'Correct the recipient domain if it is misspelled; otherwise the recipient\'s DNS must be fixed before you resend.',
          'Perbaiki domain penerima jika salah eja; jika tidak, DNS penerima harus diperbaiki terlebih dahulu sebelum Anda mengirim ulang.',
        ),
        receiver: t(
          'Publish MX records that point to hosts with A/AAAA records, and in your own MTA check transport maps and send connectors for the domain.',
          'Publikasikan record MX yang menunjuk ke host yang memiliki record A/AAAA, dan di MTA Anda sendiri periksa transport map dan send connector untuk domain itu.',
        ),
      },
    },
    useWhen: t(
      'Use it when routing data is missing (no MX and no address, no transport for the domain); use X.4.3 if the lookup service itself failed and X.1.10 if the domain publishes a null MX.',
      'Gunakan jika data perutean tidak ada (tidak ada MX maupun alamat, tidak ada transport untuk domain itu); gunakan X.4.3 jika layanan lookup itu sendiri gagal dan X.1.10 jika domain itu memublikasikan null MX.',
    ),
    actor: 'network',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.5'), rfc(5321, '5.1')],
    related: [
      rel(
        'X.4.7',
        'X.4.7 says the message sat in the queue until its lifetime ran out; X.4.4 says no route to the destination could be found at all, which is often why it sat there.',
        'X.4.7 menyatakan pesan tertahan di queue sampai batas waktunya habis; X.4.4 menyatakan sama sekali tidak ada rute ke tujuan yang dapat ditemukan, yang sering menjadi alasan pesan itu tertahan.',
      ),
      rel(
        'X.4.3',
        'X.4.3 means the DNS or directory lookup itself failed; X.4.4 means it answered but the answer gave no route.',
        'X.4.3 berarti lookup DNS atau direktori itu sendiri gagal; X.4.4 berarti lookup menjawab tetapi jawabannya tidak memberi rute.',
      ),
      rel(
        'X.1.2',
        'X.1.2 states that the recipient domain is not a valid mail destination; X.4.4 says only that no route to it could be determined, which may be a passing DNS fault.',
        'X.1.2 menyatakan bahwa domain penerima bukan tujuan email yang valid; X.4.4 hanya menyatakan bahwa tidak ada rute ke domain itu yang dapat ditentukan, yang bisa saja gangguan DNS sesaat.',
      ),
    ],
    bounceReason: 'hostunknown',
  },
  {
    code: 'X.4.5',
    title: t('Mail system congestion', 'Kemacetan sistem email'),
    description: t(
      'The mail system is overloaded and cannot take the message now. By its nature the condition is temporary.',
      'Sistem email kelebihan beban dan tidak dapat menerima pesan saat ini. Pada dasarnya kondisi ini bersifat sementara.',
    ),
    whenYouSeeIt: {
      transient: t(
        'The receiver or your own MTA is too busy: too many connections, a long queue or high load; Gmail answers 421 4.4.5 "Server busy, try again later".',
        'Server tujuan atau MTA Anda sendiri terlalu sibuk: terlalu banyak koneksi, queue panjang, atau beban tinggi; Gmail menjawab 421 4.4.5 "Server busy, try again later".',
      ),
      permanent: t(
        'Congestion should never be permanent; a 5.4.5 is usually a provider\'s daily sending or relay limit (Gmail uses 550 5.4.5 for it), meaning stop until the limit resets.',
        'Kemacetan seharusnya tidak pernah permanen; kode 5.4.5 biasanya adalah batas harian pengiriman atau relay dari penyedia (Gmail memakai 550 5.4.5 untuk itu), yang berarti berhenti sampai batasnya di-reset.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Let the queue retry and open fewer parallel connections to that destination (for example smtp_destination_concurrency_limit in Postfix).',
          'Biarkan queue mencoba ulang dan buka lebih sedikit koneksi paralel ke tujuan itu (misalnya smtp_destination_concurrency_limit di Postfix).',
        ),
        receiver: t(
          'Check load, connection limits and queue size, and add capacity or raise limits if legitimate traffic is being deferred.',
          'Periksa beban, batas koneksi, dan ukuran queue, lalu tambah kapasitas atau naikkan batas jika lalu lintas yang sah ikut ditunda.',
        ),
      },
      permanent: {
        sender: t(
          'If the text mentions a daily or sending limit, wait until it resets (usually 24 hours) and spread your volume; otherwise ask the receiving side.',
          'Jika teksnya menyebut batas harian atau batas pengiriman, tunggu sampai batas itu di-reset (biasanya 24 jam) dan sebar volume Anda; jika tidak, tanyakan ke pihak penerima.',
        ),
        receiver: t(
          'Answer congestion with a 4xx so senders retry; if you enforce a quota instead, say so in the reply text.',
          'Jawab kemacetan dengan 4xx agar pengirim mencoba ulang; jika yang Anda terapkan sebenarnya kuota, nyatakan itu di teks balasan.',
        ),
      },
    },
    useWhen: t(
      'Answer 421 4.4.5 or 451 4.4.5 when you are too busy to take mail now; for a per-sender rate limit, a 4.7.x code with explanatory text is clearer.',
      'Jawab 421 4.4.5 atau 451 4.4.5 jika Anda terlalu sibuk untuk menerima email saat ini; untuk rate limit per pengirim, kode 4.7.x dengan teks penjelasan lebih jelas.',
    ),
    actor: 'receiving-server',
    associatedBasic: ['451'],
    classes: [4, 5],
    references: [rfc(3463, '3.5')],
    related: [
      rel(
        'X.3.1',
        'X.3.1 means the system is out of disk space; X.4.5 means it is overloaded with traffic.',
        'X.3.1 berarti sistem kehabisan ruang disk; X.4.5 berarti sistem kelebihan beban lalu lintas.',
      ),
      rel(
        'X.3.2',
        'X.3.2 means the host is not taking mail at all; X.4.5 means it is only too busy for the moment.',
        'X.3.2 berarti host itu sama sekali tidak menerima email; X.4.5 berarti host itu hanya sedang terlalu sibuk.',
      ),
    ],
    bounceReason: 'systemfull',
  },
  {
    code: 'X.4.6',
    title: t('Routing loop detected', 'Terdeteksi loop perutean'),
    description: t(
      'The message went round in a loop, detected by counting its Received headers or hops, and the system stopped it. The cause is a routing or forwarding setup that points back on itself.',
      'Pesan berputar dalam loop, yang terdeteksi dengan menghitung header Received atau hop-nya, dan sistem menghentikannya. Penyebabnya adalah pengaturan perutean atau penerusan yang mengarah kembali ke dirinya sendiri.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Usually reported as final, but as 4.4.6 it means a loop was seen and may be fixed before the message is tried again.',
        'Biasanya dilaporkan sebagai final, tetapi sebagai 4.4.6 artinya loop terdeteksi dan mungkin sudah diperbaiki sebelum pesan dicoba lagi.',
      ),
      permanent: t(
        'The message exceeded the hop limit (Postfix and Gmail stop around 50 hops, Exchange after 20 rounds): two servers hand the domain to each other, or forwarding rules send mail back and forth.',
        'Pesan melampaui batas hop (Postfix dan Gmail berhenti di sekitar 50 hop, Exchange setelah 20 putaran): dua server saling melempar email untuk domain itu, atau aturan penerusan mengirim email bolak-balik.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Nothing to change unless you run one of the hops; tell the recipient\'s administrators.',
          'Tidak ada yang perlu diubah kecuali Anda mengelola salah satu hop-nya; beri tahu administrator pihak penerima.',
        ),
        receiver: t(
          'Read the Received headers of the looping message to find the servers involved, and correct the MX, relay or forwarding rules.',
          'Baca header Received dari pesan yang berputar itu untuk menemukan server yang terlibat, lalu perbaiki aturan MX, relay, atau penerusan.',
        ),
      },
      permanent: {
        sender: t(
          'Send the bounce, with its headers, to the recipient\'s administrators; resending before they fix the loop fails the same way.',
          'Kirim bounce itu, beserta header-nya, ke administrator pihak penerima; mengirim ulang sebelum mereka memperbaiki loop-nya akan gagal dengan cara yang sama.',
        ),
        receiver: t(
          'Find the loop in the Received trail (a domain both hosted and relayed, an MX pointing to a host that forwards back, mutual forwarding rules), fix it, then ask for a resend.',
          'Temukan loop pada jejak Received (domain yang sekaligus di-hosting dan di-relay, MX yang menunjuk ke host yang meneruskan balik, aturan penerusan yang saling meneruskan), perbaiki, lalu minta pesan dikirim ulang.',
        ),
      },
    },
    useWhen: t(
      'Use it when the hop count passes your limit or your own host appears in the Received trail too often; stop the message rather than forward it again.',
      'Gunakan jika jumlah hop melewati batas Anda atau host Anda sendiri terlalu sering muncul di jejak Received; hentikan pesan itu alih-alih meneruskannya lagi.',
    ),
    actor: 'receiving-server',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.5'), rfc(5321, '6.3')],
    related: [
      rel(
        'X.4.4',
        'X.4.4 means no route exists; X.4.6 means a route exists but leads back to where the message came from.',
        'X.4.4 berarti tidak ada rute; X.4.6 berarti rutenya ada tetapi mengarah kembali ke asal pesan.',
      ),
    ],
    bounceReason: 'networkerror',
  },
  {
    code: 'X.4.7',
    title: t('Delivery time expired', 'Waktu pengiriman kedaluwarsa'),
    description: t(
      'The message stayed undelivered longer than allowed and was given up. The real cause is whatever made the earlier attempts fail; this code only says that time ran out.',
      'Pesan tidak terkirim lebih lama daripada yang diizinkan sehingga pengirimannya dihentikan. Penyebab sebenarnya adalah apa pun yang membuat percobaan-percobaan sebelumnya gagal; kode ini hanya menyatakan bahwa waktunya habis.',
    ),
    whenYouSeeIt: {
      transient: t(
        'Found in a delay warning: the message has been queued for hours (Sendmail warns after 4 hours by default) and is still being retried.',
        'Ditemukan dalam peringatan keterlambatan: pesan sudah berjam-jam berada di queue (Sendmail secara bawaan memperingatkan setelah 4 jam) dan masih terus dicoba ulang.',
      ),
      permanent: t(
        'The retry period ended (5 days by default in Postfix and Sendmail, shorter at many providers) and the message came back undelivered; the bounce usually also shows the last error seen.',
        'Periode percobaan ulang berakhir (bawaannya 5 hari di Postfix dan Sendmail, lebih singkat di banyak penyedia) dan pesan kembali tanpa terkirim; bounce biasanya juga menampilkan kesalahan terakhir yang terlihat.',
      ),
    },
    howToFix: {
      transient: {
        sender: t(
          'Look up the last error recorded for the queued message (postqueue -p, exim -bp, Get-Queue) to see why attempts fail, and fix that.',
          'Cari kesalahan terakhir yang tercatat untuk pesan di queue (postqueue -p, exim -bp, Get-Queue) untuk melihat mengapa percobaan gagal, lalu perbaiki penyebab itu.',
        ),
        receiver: t(
          'If your server is the destination, check that it is reachable and accepting mail; a sender\'s delay warning means it has not been.',
          'Jika server Anda adalah tujuannya, pastikan server itu dapat dijangkau dan menerima email; peringatan keterlambatan dari pengirim berarti selama ini tidak demikian.',
        ),
      },
      permanent: {
        sender: t(
          'Find the original cause in the bounce\'s diagnostic text (host unreachable, repeated policy deferrals), fix it and resend; the message will not be retried any more.',
          'Temukan penyebab awalnya di teks diagnostik bounce (host tidak dapat dijangkau, penundaan kebijakan yang berulang), perbaiki, dan kirim ulang; pesan itu tidak akan dicoba ulang lagi.',
        ),
        receiver: t(
          'Find out why mail from this sender was deferred during that period (greylisting that never passed, a block, downtime) and fix it before asking for a resend.',
          'Cari tahu mengapa email dari pengirim ini ditunda selama periode itu (greylisting yang tidak pernah lolos, pemblokiran, downtime) dan perbaiki sebelum meminta pesan dikirim ulang.',
        ),
      },
    },
    useWhen: t(
      'A queue reports X.4.7 when it gives up after its retry lifetime; where possible, report the last real error code instead, which helps the sender more.',
      'Queue melaporkan X.4.7 ketika menyerah setelah masa percobaan ulangnya habis; bila memungkinkan, laporkan kode kesalahan nyata yang terakhir, yang lebih membantu pengirim.',
    ),
    actor: 'network',
    associatedBasic: [],
    classes: [4, 5],
    references: [rfc(3463, '3.5'), rfc(5321, '4.5.4.1')],
    related: [
      rel(
        'X.4.4',
        'X.4.4 says no route to the destination exists; X.4.7 says only that the message ran out of time, whatever the reason.',
        'X.4.4 menyatakan tidak ada rute ke tujuan; X.4.7 hanya menyatakan bahwa waktu pesan sudah habis, apa pun alasannya.',
      ),
      rel(
        'X.4.1',
        'X.4.1 names one reason delivery failed (the host never answered); X.4.7 is the verdict once the queue gives up.',
        'X.4.1 menyebut satu alasan pengiriman gagal (host tidak pernah menjawab); X.4.7 adalah keputusan akhir ketika queue menyerah.',
      ),
    ],
    bounceReason: 'expired',
  },
];
