#!/usr/bin/env python3
"""A fifth hand-written batch (blind4), written without reading the recognizers or the earlier corpora.

Realistic documents (support tickets, chat transcripts, code and config, SQL/CSV/JSON dumps, HTML,
e-mails with sign-offs, CVs, invoices, bookings, minutes) and prose in many languages, plus hard
negatives that only look like PII (version numbers, OIDs, ZIP+4, order and tracking numbers,
placeholders, product and brand names, hashes, UUIDs, ISINs, company registration numbers).
All values are fictitious or public test numbers; checksummed IDs are computed by the helpers below
so that every national ID, IBAN and card passes its own check. Not to be tuned on.

Run: python3 src/test/resources/pii/blind4.py > src/test/resources/pii/corpus-blind4.jsonl
"""
from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit_with_offsets, m  # noqa: F401

def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc, bban, compact=False):
    chk = 98 - _num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    return s if compact else " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def dni(n):
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def nie(p, n):
    return "%s%07d%s" % (p, n, "TRWAGMYFPDXBNJZSQVHLCKE"[int("XYZ".index(p) * 10 ** 7 + n) % 23])


def bsn(first8):
    d = [int(c) for c in first8]
    s = sum(w * x for w, x in zip(range(9, 1, -1), d))
    c = s % 11
    assert c < 10, first8
    return first8 + str(c)


def pesel(first10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(a * int(b) for a, b in zip(w, first10))
    return first10 + str((10 - s % 10) % 10)


_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16,
                 10, 22, 25, 24, 23]))


def cf(first15):
    s = 0
    for i, ch in enumerate(first15):
        if i % 2 == 0:
            s += _ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return first15 + chr(65 + s % 26)


def nir(first13):
    return "%s %02d" % (first13, 97 - int(first13.replace(" ", "")) % 97)


def _luhn_digit(s):
    d = [int(c) for c in s]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return str((10 - tot % 10) % 10)


def card(prefix):
    return prefix + _luhn_digit(prefix)


def personnummer(yymmdd, nnn, sep="-"):
    return yymmdd + sep + nnn + _luhn_digit(yymmdd + nnn)


def fnr(ddmmyy, iii):
    d = [int(c) for c in ddmmyy + iii]
    k1 = 11 - sum(a * b for a, b in zip([3, 7, 6, 1, 8, 9, 4, 5, 2], d)) % 11
    k1 = 0 if k1 == 11 else k1
    assert k1 != 10
    d.append(k1)
    k2 = 11 - sum(a * b for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], d)) % 11
    k2 = 0 if k2 == 11 else k2
    assert k2 != 10
    return ddmmyy + iii + str(k1) + str(k2)


def hetu(ddmmyy, sep, nnn):
    return ddmmyy + sep + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + nnn) % 31]


def cnp(first12):
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    c = sum(a * int(b) for a, b in zip(w, first12)) % 11
    return first12 + str(1 if c == 10 else c)


def tckn(first9):
    d = [int(c) for c in first9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return first9 + str(d10) + str(d11)


def rc(yymmdd, nnn):
    c = int(yymmdd + nnn) % 11
    return yymmdd + "/" + nnn + str(0 if c == 10 else c)


def rrn(yymmdd, nnn, post2000=False):
    base = int(("2" if post2000 else "") + yymmdd + nnn)
    c = 97 - base % 97
    return "%s.%s.%s-%s.%02d" % (yymmdd[:2], yymmdd[2:4], yymmdd[4:], nnn, c)


def ahv(first12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(first12))
    d = (10 - s % 10) % 10
    x = first12 + str(d)
    return "%s.%s.%s.%s" % (x[:3], x[3:7], x[7:11], x[11:])


def ppsn(first7, second=""):
    s = sum(int(c) * w for c, w in zip(first7, range(8, 1, -1)))
    if second:
        s += (ord(second) - 64) * 9
    return first7 + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + second


def rib(bank, branch, account):
    return bank + branch + account + "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)


def ccc(bank, branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        d = 11 - sum(a * int(b) for a, b in zip(w, s)) % 11
        return {11: 0, 10: 1}.get(d, d)
    return bank + branch + str(dc("00" + bank + branch)) + str(dc(account)) + account


def be_bban(acct10):
    c = int(acct10) % 97
    return acct10 + "%02d" % (c or 97)


def no_bban(first10):
    c = 11 - sum(a * int(b) for a, b in zip([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], first10)) % 11
    c = 0 if c == 11 else c
    assert c != 10
    return first10 + str(c)


def steuer_id(first10):
    prod = 10
    for ch in first10:
        t = (int(ch) + prod) % 10 or 10
        prod = (t * 2) % 11
    c = 11 - prod
    x = first10 + str(0 if c == 10 else c)
    return "%s %s %s %s" % (x[:2], x[2:5], x[5:8], x[8:])


# --- computed values (each passes its own check) ---
IB_DE = iban("DE", "500105175407324931")
IB_NL = iban("NL", "RABO0312456789")
IB_FR = iban("FR", rib("10278", "07833", "00020345601"))
IB_ES = iban("ES", ccc("0049", "1500", "2710203456"))
IB_IT = iban("IT", "Z0306909606100000063829")
IB_PL = iban("PL", "114020040000350271234567")
IB_PT = iban("PT", "003500970000123456789")
IB_BE = iban("BE", be_bban("7350044123"))
IB_NO = iban("NO", no_bban("1503427931"))
IB_SE = iban("SE", "50000000053512345678")
IB_DK = iban("DK", "30000012345678")
IB_FI = iban("FI", "10345600012345")
IB_RO = iban("RO", "BTRLRONCRT0299551801")
IB_TR = iban("TR", "0001000158007312345678")
IB_CZ = iban("CZ", "06000000000123456789")
IB_GB = iban("GB", "BARC20000055779911")
IB_IE = iban("IE", "AIBK93115212345678")
IB_AT = iban("AT", "1200052066543301")
IB_CH = iban("CH", "04835012345678009")
IB_BR = iban("BR", "18236120000011223344556C1")
IB_DE2 = iban("DE", "120300001029384756", compact=True)
IB_NL2 = iban("NL", "INGB0007654321", compact=True)
IB_ES2 = iban("ES", ccc("2100", "0813", "6101234567"), compact=True)

DNI1 = dni(48291735)
NIE1 = nie("Y", 3816204)
BSN1 = bsn("17392845")
BSN2 = bsn("23856104")
PESEL1 = pesel("9203150782")
PESEL2 = pesel("0223091357")
CF1 = cf("BNCFNC88M52L219")
CF2 = cf("DMCCHR91A41F205")
CF3 = cf("LRSGPP76C14F839")
NIR1 = nir("2 88 08 75 116 042")
PN_SE = personnummer("870423", "318")
FNR_NO = fnr("150378", "120")
HETU1 = hetu("240689", "-", "157")
HETU2 = hetu("030201", "A", "482")
RC_CZ = rc("905612", "123")
CNP1 = cnp("286101240018")
CNP2 = cnp("179030512345")
TCKN1 = tckn("325814706")
TCKN2 = tckn("418203957")
RRN_BE = rrn("850730", "033")
AHV1 = ahv("756934512287")
PPSN1 = ppsn("6839217")
STEUER_ID = steuer_id("5721938465")

cases = [
    # ===================== tickets =====================
    ("ticket", "en", False, "Ticket #INC-40219 | Priority: P2" + NL + "Requester: " + m(N, "Ciarán Ó Briain") + " <" + m(E, "ciaran.obriain@mailbox.ie") + ">" + NL
     + "Subject: Refund not received" + NL + NL + "Hi, I returned the jacket on the 3rd but the refund still hasn't reached my card " + m(C, "4242 4242 4242 4242") + ". You can reach me on "
     + m(P, "087 412 3391") + " after 6pm." + NL + "PPS number for the tax receipt: " + m(ID, PPSN1)),
    ("ticket", "de", False, "Anfrage #2024-11873" + NL + "Kundin: Dr. " + m(N, "Annegret Schulze-Bäumer") + NL + "Anschrift: " + m(A, "Hauptstraße 112, 69117 Heidelberg") + NL
     + "Bitte buchen Sie die Monatsrate künftig von " + m(I, IB_DE) + " ab. Bei Rückfragen erreichen Sie mich unter " + m(P, "06221 4839170") + "."),
    ("ticket", "nl", False, "Melding 55120 – Gemeente Utrecht, afdeling Burgerzaken" + NL + "Aanvrager: mevrouw " + m(N, "Femke de Boer-Visser") + NL + "BSN: " + m(ID, BSN1) + NL
     + "Woonadres: " + m(A, "Keizersgracht 123-H, 1015 CJ Amsterdam") + NL + "Verzoek: verhuizing doorgeven per 1 juni, nieuw adres volgt."),
    ("ticket", "fr", False, "Dossier SAV n° 88-1204" + NL + "Client : M. " + m(N, "Aurélien Lefèvre-Dumas") + NL + "Adresse : " + m(A, "27, rue de la République, 69002 Lyon") + NL
     + "Portable : " + m(P, "06 78 12 45 90") + NL + "Le lave-linge commandé le 4 mars n'a toujours pas été livré."),
    ("ticket", "es", False, "Incidencia 3391 — Atención al cliente" + NL + "Titular: " + m(N, "María del Carmen Ruiz Sánchez") + ", DNI " + m(ID, DNI1) + NL
     + "Domicilio: " + m(A, "C/ Mayor 12, 3º 2ª, 28013 Madrid") + NL + "Solicita domiciliar los recibos en " + m(I, IB_ES) + "."),
    ("ticket", "it", False, "Richiesta n. 7720 – Ufficio reclami" + NL + "Cliente: " + m(N, "Francesca Bianchi") + " (C.F. " + m(ID, CF1) + ")" + NL
     + "Indirizzo: " + m(A, "Via Giuseppe Garibaldi 45, 10122 Torino") + NL + "Telefono: " + m(P, "+39 011 561 2233") + NL + "La bolletta di febbraio risulta addebitata due volte."),
    ("ticket", "pl", False, "Zgłoszenie nr 4471/2024" + NL + "Klientka: " + m(N, "Małgorzata Wróblewska") + ", PESEL " + m(ID, PESEL1) + NL + "Adres: " + m(A, "ul. Długa 5/7, 80-827 Gdańsk") + NL
     + "Prosi o zwrot nadpłaty na konto " + m(I, IB_PL) + "."),
    ("ticket", "es", False, "Ticket MX-2291 — Cliente: " + m(N, "Alejandro Guzmán Villaseñor") + NL + "Dirección de envío: " + m(A, "Av. Insurgentes Sur 1234, Col. Del Valle, 03100 Ciudad de México, CDMX") + NL
     + "Cel: " + m(P, "+52 55 4123 8890") + NL + "El repartidor no encontró el número exterior."),
    ("ticket", "tr", False, "Destek talebi #90312" + NL + "Ad Soyad: " + m(N, "Ayşe Çelik") + NL + "T.C. Kimlik No: " + m(ID, TCKN1) + NL + "Adres: " + m(A, "Atatürk Bulvarı No: 125 Daire: 7, 06640 Çankaya/Ankara") + NL
     + "Telefon: " + m(P, "0532 418 27 63")),
    ("ticket", "sv", False, "Ärende 2024-0412" + NL + "Kund: " + m(N, "Björn Åström") + ", personnummer " + m(ID, PN_SE) + NL + "Folkbokföringsadress: " + m(A, "Drottninggatan 53, 111 21 Stockholm") + NL
     + "Kunden vill att återbetalningen görs till " + m(I, IB_SE) + "."),
    ("ticket", "no", False, "Sak 31877 – Kundeservice" + NL + "Navn: " + m(N, "Solveig Bråten") + NL + "Fødselsnummer: " + m(ID, FNR_NO) + NL + "Adresse: " + m(A, "Storgata 12B, 0184 Oslo") + NL
     + "Mobil: " + m(P, "+47 912 34 567")),
    ("ticket", "fi", False, "Tukipyyntö 6620" + NL + "Asiakas: " + m(N, "Aino Mäkelä") + NL + "Henkilötunnus: " + m(ID, HETU1) + NL + "Osoite: " + m(A, "Mannerheimintie 14 A 5, 00100 Helsinki") + NL
     + "Puhelin: " + m(P, "040 712 3456")),
    ("ticket", "da", False, "Sag nr. 10-4432" + NL + "Borger: " + m(N, "Søren Østergaard") + ", CPR " + m(ID, "110592-1437") + NL + "Adresse: " + m(A, "Nørrebrogade 44, 2. th., 2200 København N") + NL
     + "Ønsker udbetaling til " + m(I, IB_DK) + "."),
    ("ticket", "cs", False, "Požadavek č. 5521" + NL + "Zákaznice: " + m(N, "Kateřina Procházková") + ", r. č. " + m(ID, RC_CZ) + NL + "Adresa: " + m(A, "Vinohradská 1511/230, 100 00 Praha 10") + NL
     + "Tel.: " + m(P, "+420 603 218 447")),
    ("ticket", "ro", False, "Sesizare nr. 1187" + NL + "Petent: " + m(N, "Andreea Dumitrescu") + ", CNP " + m(ID, CNP1) + NL + "Domiciliu: " + m(A, "Str. Mihai Eminescu nr. 17, bl. A3, ap. 14, 020081 București") + NL
     + "Telefon: " + m(P, "0722 318 904")),
    ("ticket", "en", False, "Case 00418832 — Benefits enrollment" + NL + "Employee: " + m(N, "DeShawn Whitaker") + NL + "SSN: " + m(S, "512-44-2093") + NL + "DOB: " + m(D, "11/23/1986") + NL
     + "Home address: " + m(A, "2718 W Addison St, Chicago, IL 60618") + NL + "Note: dependant added, coverage starts next pay period."),
    ("ticket", "en", False, "Payroll query from " + m(N, "Rhiannon Pryce-Jones") + " (NI number " + m(ID, "JG 10 37 44 A") + "): the March payslip was posted to her old flat at "
     + m(A, "Flat 2, 14 Wellington Road, Manchester M14 6EQ") + " instead of the new one."),
    ("ticket", "pt", False, "Chamado 77102 — Cliente: " + m(N, "Thiago Nascimento") + NL + "Endereço: " + m(A, "Rua Oscar Freire 379, apto 82, Jardins, São Paulo - SP, 01426-001") + NL
     + "WhatsApp: " + m(P, "+55 11 98765-4321") + NL + "O cartão " + m(C, "5555 5555 5555 4444") + " foi recusado na finalização da compra."),
    ("ticket", "en", False, "Reporter: " + m(N, "Venkatesh Subramaniam") + NL + "Component: network" + NL + "The lab printer at " + m(IP, "10.40.12.87") + " (MAC " + m(MAC, "3C:22:FB:1A:9E:04")
     + ") keeps dropping off VLAN 40 after firmware 4.2.1.1 was installed."),

    # ===================== chats =====================
    ("chat", "en", False, "[09:14] " + m(N, "Mehmet Yılmaz") + ": morning all, who has the staging db creds?" + NL + "[09:15] " + m(N, "Órla Ní Dhomhnaill") + ": @" + m(N, "mehmet") + " check the vault, don't ask here"
     + NL + "[09:15] " + m(N, "Mehmet Yılmaz") + ": vault is down lol" + NL + "[09:16] " + m(N, "Órla Ní Dhomhnaill") + ": fine, it's " + m(K, "stg_Rk8#q2Lm!v7W") + " — rotating it at noon"),
    ("chat", "en", False, "<vlad> anyone know why the router at " + m(IP, "172.16.4.1") + " keeps handing out the same lease?" + NL + "<ioana> which client?" + NL + "<vlad> mac " + m(MAC, "b8:27:eb:4c:19:a2")
     + ", it's the pi in the hallway" + NL + "<ioana> static mapping from last year, i'll remove it"),
    ("chat", "nl", False, "[12-03-24 18:22] " + m(N, "Sanne") + ": wie heeft er nog geld te goed van het weekend?" + NL + "[12-03-24 18:25] " + m(N, "Jeroen") + ": ik, €42,50" + NL
     + "[12-03-24 18:26] " + m(N, "Jeroen") + ": " + m(I, IB_NL) + " t.n.v. " + m(N, "J.P. van den Heuvel") + NL + "[12-03-24 18:30] " + m(N, "Sanne") + ": overgemaakt 👍"),
    ("chat", "de", False, m(N, "lena") + ": hey, brauchst du noch was für die Versicherung?" + NL + m(N, "jonas") + ": ja, dein Geburtsdatum und die Steuer-ID" + NL + m(N, "lena") + ": geb. " + m(D, "14.02.1991")
     + ", Steuer-ID " + m(ID, STEUER_ID) + NL + m(N, "jonas") + ": danke!"),
    ("chat", "es", False, "[21:04] " + m(N, "Lucía") + ": oye, ¿me pasas el número de tu casero?" + NL + "[21:05] " + m(N, "Diego") + ": claro, es " + m(P, "612 48 93 07") + ", se llama " + m(N, "Ramón Quintero")
     + NL + "[21:05] " + m(N, "Lucía") + ": gracias!!"),
    ("chat", "fr", False, m(N, "Élodie") + " : c'est quoi l'adresse du resto samedi ?" + NL + m(N, "Karim") + " : " + m(A, "14 rue des Martyrs, 75009 Paris") + NL + m(N, "Élodie") + " : top, je réserve au nom de "
     + m(N, "Karim Benali") + " ?" + NL + m(N, "Karim") + " : oui vas-y"),
    ("chat", "en", False, "#ops-alerts" + NL + "pagerbot: CRITICAL disk 94% on db-03" + NL + m(N, "Ngozi Eze") + ": on it" + NL + m(N, "Ngozi Eze") + ": ssh'd into " + m(IP, "2001:db8:4a1:12::3f")
     + ", purging old WAL files" + NL + m(N, "Ngozi Eze") + ": resolved"),
    ("chat", "tr", False, m(N, "zeynep") + ": selam, kargo adresini atar mısın?" + NL + m(N, "emre") + ": " + m(A, "Bağdat Caddesi No: 214 D: 9, 34728 Kadıköy/İstanbul") + NL + m(N, "zeynep") + ": telefonun hâlâ "
     + m(P, "0541 237 86 19") + " mu?" + NL + m(N, "emre") + ": evet"),
    ("chat", "pl", False, "[10:01] " + m(N, "Tomek") + ": @" + m(N, "Agnieszka") + " podeślesz numer karty firmowej do rezerwacji?" + NL + "[10:03] " + m(N, "Agnieszka") + ": " + m(C, "5105 1051 0510 5100")
     + ", ważna do 09/27, ale usuń potem tę wiadomość"),
    ("chat", "it", False, m(N, "Giulia") + ": ciao! mi mandi il tuo codice fiscale per il contratto?" + NL + m(N, "Chiara") + ": " + m(ID, CF2) + NL + m(N, "Giulia") + ": perfetto, e la data di nascita?"
     + NL + m(N, "Chiara") + ": " + m(D, "1/1/1991")),
    ("chat", "sv", False, m(N, "astrid") + ": har du mitt nya nummer?" + NL + m(N, "olle") + ": nej?" + NL + m(N, "astrid") + ": " + m(P, "070-312 45 87") + NL + m(N, "olle") + ": sparat 👍"),
    ("chat", "en", False, "[WhatsApp] 03/04/2024, 19:12 - " + m(N, "Chidinma") + ": Mummy please send me Uncle " + m(N, "Emeka") + "'s number" + NL + "03/04/2024, 19:20 - Mum: " + m(P, "+234 803 412 7765") + NL + "03/04/2024, 19:21 - " + m(N, "Chidinma") + ": thank you ma"),
    ("chat", "en", False, "dev-chat" + NL + m(N, "Li Wei") + ": who committed the aws key in settings.py?" + NL + m(N, "Rahul Mehta") + ": ugh, me. AWS_SECRET_ACCESS_KEY=" + m(K, "q7Vd2nR8kLw4ZpX1sT9mBc3YhGf6JeAu0iNoQ5Kx")
     + NL + m(N, "Li Wei") + ": rotate it now pls"),

    # ===================== code and config =====================
    ("config", "code", False, "# .env (do not commit)" + NL + "DATABASE_URL=" + m(U, "postgres://svc_orders:Tr0ub4dor-33@10.0.4.21:5432/orders") + NL + "REDIS_HOST=" + m(IP, "10.0.4.30") + NL
     + "STRIPE_SECRET_KEY=" + m(K, "sk_test_51Hx9QpLk3VzR8mWc2TgYb7Ne4Ju6Fa0Ds") + NL + "SENTRY_DSN=https://o4505.ingest.sentry.io/4506"),
    ("code", "code", False, "# deploy.sh" + NL + "curl -fsS -u ci-deployer:" + m(K, "9fT!kq2Wz#Lm4Rx") + " \\" + NL + "  -X POST https://artifacts.internal.example/api/v2/promote \\" + NL
     + "  -d '{\"build\": \"2024.05.17-1442\"}'"),
    ("code", "code", False, "git clone " + m(U, "https://x-access-token:ghp_7Hq2LmZx9RkV4nWc8TbY1pJd6SgFa3Ue0QoN@github.com/acme-corp/infra-live.git") + NL + "cd infra-live && terraform init"),
    ("config", "code", False, "spring:" + NL + "  datasource:" + NL + "    url: jdbc:postgresql://" + m(IP, "192.168.50.12") + ":5432/crm" + NL + "    username: crm_app" + NL
     + "    password: " + m(K, "H7v!x2QpLs9e") + NL + "  mail:" + NL + "    host: smtp.office365.com" + NL + "    username: " + m(E, "noreply.crm@haugland-consulting.no") + NL + "    password: " + m(K, "Vinter2024!Fjord")),
    ("code", "code", False, "class CustomerFixtures:" + NL + "    ALICE = Customer(" + NL + "        name=\"" + m(N, "Nguyễn Thị Lan") + "\"," + NL + "        email=\"" + m(E, "lan.nguyen@tiemhoa.vn") + "\"," + NL
     + "        dob=\"" + m(D, "1993-07-21") + "\"," + NL + "        phone=\"" + m(P, "+84 912 345 678") + "\"," + NL + "    )"),
    ("code", "code", False, "@Test" + NL + "void rejectsExpiredCard() {" + NL + "    Customer c = new Customer(\"" + m(N, "Oluwaseun Adeyemi") + "\", \"" + m(E, "seun.adeyemi@example.ng") + "\");" + NL
     + "    Card card = new Card(\"" + m(C, "4000056655665556") + "\", YearMonth.of(2020, 1));" + NL + "    assertThrows(ExpiredCardException.class, () -> gateway.charge(c, card, 1999));" + NL + "}"),
    ("config", "code", False, "# /etc/dhcp/dhcpd.conf" + NL + "host printer-2f {" + NL + "  hardware ethernet " + m(MAC, "00:1b:a9:4e:72:c1") + ";" + NL + "  fixed-address " + m(IP, "192.168.10.25") + ";" + NL + "}" + NL
     + "host nas-01 {" + NL + "  hardware ethernet " + m(MAC, "a4:5e:60:d2:09:3f") + ";" + NL + "  fixed-address " + m(IP, "192.168.10.40") + ";" + NL + "}"),
    ("log", "code", False, "switch-core-01#show mac address-table dynamic vlan 20" + NL + "Vlan    Mac Address       Type        Ports" + NL + "----    -----------       --------    -----" + NL
     + "  20    " + m(MAC, "0050.56a3.1b2c") + "    DYNAMIC     Gi1/0/14" + NL + "  20    " + m(MAC, "f4cf.e27b.8d10") + "    DYNAMIC     Gi1/0/22" + NL + "Total Mac Addresses for this criterion: 2"),
    ("log", "code", False, m(IP, "203.0.113.47") + " - - [17/May/2024:10:12:44 +0000] \"GET /api/v1/orders?page=2 HTTP/1.1\" 200 5123 \"-\" \"Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0\"" + NL
     + m(IP, "2a02:8108:1240:7f00:c1d4:9e2a:33b0:51f7") + " - - [17/May/2024:10:12:45 +0000] \"POST /login HTTP/1.1\" 302 0 \"-\" \"curl/8.5.0\""),
    ("config", "code", False, "apiVersion: v1" + NL + "kind: Secret" + NL + "metadata:" + NL + "  name: payments-db" + NL + "type: Opaque" + NL + "stringData:" + NL
     + "  DB_USER: payments" + NL + "  DB_PASSWORD: " + m(K, "pX4!rT9v#Qm2Ls8w") + NL + "  SLACK_BOT_TOKEN: " + m(K, "xoxb-4817203958-6620195738412-Zq8Rk2LmVx4nWc9TbY1pJd6S")),
    ("code", "code", False, "import psycopg2" + NL + "conn = psycopg2.connect(" + NL + "    host=\"" + m(IP, "10.8.0.14") + "\", dbname=\"hr\"," + NL + "    user=\"hr_ro\", password=\"" + m(K, "Sommer!Regen77") + "\")"
     + NL + "# TODO move to vault before merging (" + m(N, "Jussi Kärkkäinen") + ")"),
    ("config", "code", False, "[remote \"backup\"]" + NL + "    url = " + m(U, "ftp://backup_user:Qx7-pL2m-vR9@files.kjaergaard-arkitekter.dk/git/site.git") + NL + "    fetch = +refs/heads/*:refs/remotes/backup/*"),
    ("config", "code", False, "<connectionStrings>" + NL + "  <add name=\"Crm\" connectionString=\"Server=" + m(IP, "10.1.2.15") + ";Database=Crm;User Id=crm_web;Password=" + m(K, "W3bCrm#2024x") + ";\" />" + NL + "</connectionStrings>"),
    ("code", "code", False, "const client = new MongoClient(" + NL + "  \"" + m(U, "mongodb+srv://analytics:Zp9xV2kq7RmL@cluster0.h4k2q.mongodb.net/events?retryWrites=true&w=majority") + "\"" + NL + ");"),
    ("code", "code", False, "$ docker login registry.gitlab.com -u deploy-bot -p " + m(K, "glpat-xR8vK2mQz9LpW4nTc7Yb") + NL + "WARNING! Using --password via the CLI is insecure. Use --password-stdin." + NL + "Login Succeeded"),
    ("config", "code", False, "# ansible inventory" + NL + "[web]" + NL + "web-01 ansible_host=" + m(IP, "198.51.100.21") + NL + "web-02 ansible_host=" + m(IP, "198.51.100.22") + NL + "[db]" + NL
     + "db-01 ansible_host=" + m(IP, "10.20.0.5") + " ansible_become_pass=" + m(K, "R00t!Hav3n#91")),
    ("code", "code", False, "maps_client = googlemaps.Client(key=\"" + m(K, "AIzaSyD4kR8vX2mQ9LpW7nTc3Yb1JdS6gFa0Ue5") + "\")" + NL + "result = maps_client.geocode(\"" + m(A, "Kalverstraat 92, 1012 PH Amsterdam") + "\")"),

    # ===================== data dumps =====================
    ("sql", "code", False, "INSERT INTO customers (id, full_name, email, phone, date_of_birth) VALUES" + NL + "  (1041, '" + m(N, "Ioana Vasilescu") + "', '" + m(E, "ioana.vasilescu@posta.ro") + "', '" + m(P, "+40 744 215 380")
     + "', '" + m(D, "1979-03-05") + "')," + NL + "  (1042, '" + m(N, "Pádraig Mac Giolla") + "', '" + m(E, "padraig.macgiolla@eircom.net") + "', '" + m(P, "+353 86 204 7719") + "', '" + m(D, "1988-11-30") + "');"),
    ("csv", "en", False, "name,email,dob,ssn" + NL + m(N, "Marisol Echeverría") + "," + m(E, "marisol.e@example.com") + "," + m(D, "04/17/1982") + "," + m(S, "623-18-5520") + NL
     + m(N, "Tran Van Minh") + "," + m(E, "minh.tran@example.com") + "," + m(D, "09/02/1975") + "," + m(S, "219-47-3306") + NL + m(N, "Kwame Mensah") + "," + m(E, "kwame.mensah@example.com") + ","
     + m(D, "12/30/1990") + "," + m(S, "538-90-1174")),
    ("csv", "pl", False, "imie;nazwisko;pesel;telefon" + NL + m(N, "Tomasz") + ";" + m(N, "Zieliński") + ";" + m(ID, PESEL2) + ";" + m(P, "512 345 678") + NL + m(N, "Agnieszka") + ";" + m(N, "Dąbrowska") + ";"
     + m(ID, PESEL1) + ";" + m(P, "+48 22 628 14 90")),
    ("json", "code", False, "{" + NL + "  \"traveller\": {" + NL + "    \"surname\": \"" + m(N, "HADDAD") + "\"," + NL + "    \"given_names\": \"" + m(N, "LAYLA") + "\"," + NL + "    \"birth_date\": \"" + m(D, "1984-06-09") + "\","
     + NL + "    \"passport_number\": \"" + m(ID, "RL4829173") + "\"," + NL + "    \"nationality\": \"LBN\"" + NL + "  }," + NL + "  \"booking_ref\": \"QX7P2K\"" + NL + "}"),
    ("json", "code", False, "{\"event\":\"payout.created\",\"payout\":{\"id\":\"po_1P8xQm\",\"amount\":125000,\"currency\":\"eur\",\"beneficiary\":\"" + m(N, "Pieter-Jan Vermeulen") + "\",\"iban\":\""
     + m(I, IB_BE) + "\",\"created\":\"2024-05-17T08:22:11Z\"}}"),
    ("sql", "code", False, "UPDATE employees SET iban = '" + m(I, IB_NL2) + "', bsn = '" + m(ID, BSN2) + "' WHERE employee_no = 'E-20931';  -- verzoek " + m(N, "Daan Bakker") + ", 2024-04-02"),
    ("csv", "fr", False, "nom;prénom;date_naissance;n_securite_sociale;email" + NL + m(N, "MARCHAND") + ";" + m(N, "Élodie") + ";" + m(D, "12/08/1988") + ";" + m(ID, NIR1) + ";" + m(E, "elodie.marchand@orange.fr")),
    ("json", "code", False, "[{\"name\": \"" + m(N, "Zhang Wei") + "\", \"passport\": \"" + m(ID, "E83920174") + "\", \"mobile\": \"" + m(P, "+86 138 1234 5678") + "\"}," + NL
     + " {\"name\": \"" + m(N, "Ananya Krishnamurthy") + "\", \"passport\": \"" + m(ID, "M4827391") + "\", \"mobile\": \"" + m(P, "+91 98450 12377") + "\"}]"),
    ("csv", "en", False, "employee_id,last_name,first_name,ni_number,start_date" + NL + "E1001," + m(N, "Okafor") + "," + m(N, "Adaeze") + "," + m(ID, "SN 48 29 17 B") + ",2021-09-01" + NL
     + "E1002," + m(N, "MacLeod") + "," + m(N, "Callum") + "," + m(ID, "PE734192D") + ",2022-01-17"),
    ("sql", "code", False, "INSERT INTO pagos (titular, tarjeta, caducidad) VALUES ('" + m(N, "Javier Martínez López") + "', '" + m(C, "3714 496353 98431") + "', '08/26');"),

    # ===================== HTML =====================
    ("html", "en", False, "<div class=\"vcard\">" + NL + "  <span class=\"fn\">" + m(N, "Abdulrahman Al-Qahtani") + "</span>" + NL + "  <a href=\"mailto:" + m(E, "a.alqahtani@gulfbridge.example.sa") + "\">Email</a>" + NL
     + "  <span class=\"tel\">" + m(P, "+966 50 123 4567") + "</span>" + NL + "</div>"),
    ("html", "de", False, "<table>" + NL + "<tr><th>Name</th><th>Durchwahl</th><th>E-Mail</th></tr>" + NL + "<tr><td>" + m(N, "Klaus-Dieter Hoffmann") + "</td><td>" + m(P, "+49 89 2180 4417") + "</td><td>"
     + m(E, "kd.hoffmann@stadtwerke-example.de") + "</td></tr>" + NL + "<tr><td>" + m(N, "Jörg Müller") + "</td><td>" + m(P, "+49 89 2180 4421") + "</td><td>" + m(E, "j.mueller@stadtwerke-example.de") + "</td></tr>" + NL + "</table>"),
    ("html", "it", False, "<footer>" + NL + "<p><strong>" + m(N, "Giuseppe Lo Russo") + "</strong> – Avvocato</p>" + NL + "<p>" + m(A, "Corso Vittorio Emanuele II 218, 80135 Napoli") + "</p>" + NL + "<p>Tel. " + m(P, "081 552 3910")
     + " · PEC " + m(E, "giuseppe.lorusso@pec.example.it") + "</p>" + NL + "</footer>"),
    ("html", "en", False, "BEGIN:VCARD" + NL + "VERSION:3.0" + NL + "N:" + m(N, "Haugland") + ";" + m(N, "Kristoffer") + ";;;" + NL + "FN:" + m(N, "Kristoffer Haugland") + NL + "TEL;TYPE=CELL:" + m(P, "+47 934 12 870") + NL
     + "EMAIL:" + m(E, "kristoffer@haugland-consulting.no") + NL + "ADR;TYPE=WORK:;;" + m(A, "Bryggen 15") + ";Bergen;;5003;Norway" + NL + "END:VCARD"),
    ("html", "pt", False, "<p>Atenciosamente,<br>" + NL + "<b>" + m(N, "Ana Beatriz Sousa Lima") + "</b><br>" + NL + "Gerente de Contas<br>" + NL + m(P, "+351 912 345 678") + " | " + m(E, "ana.lima@exemplo.pt") + "<br>" + NL
     + m(A, "Av. da Liberdade 110, 1269-046 Lisboa") + "</p>"),
    ("html", "en", False, "<ul class=\"team\">" + NL + "  <li><img src=\"/img/chen.jpg\" alt=\"\"> " + m(N, "Chen Yu-ting") + ", Head of Design</li>" + NL + "  <li><img src=\"/img/wong.jpg\" alt=\"\"> " + m(N, "Wong Ka-ho")
     + ", Engineering Manager</li>" + NL + "  <li><img src=\"/img/omar.jpg\" alt=\"\"> " + m(N, "Omar Al-Farouq") + ", Finance</li>" + NL + "</ul>"),

    # ===================== e-mails =====================
    ("email", "nl", False, "Beste heer " + m(N, "Van Dijk") + "," + NL + NL + "Hierbij bevestigen wij de afspraak op dinsdag om 10.00 uur op ons kantoor aan de " + m(A, "Stationsplein 45, 3511 ED Utrecht")
     + ". Mocht u verhinderd zijn, bel dan " + m(P, "030 234 5678") + "." + NL + NL + "Met vriendelijke groet," + NL + m(N, "Sanne van der Linden") + NL + "Notariskantoor Linden & Bos"),
    ("email", "de", False, "Sehr geehrte Frau " + m(N, "Özdemir") + "," + NL + NL + "anbei erhalten Sie den unterschriebenen Mietvertrag für die Wohnung in der " + m(A, "Bergmannstraße 68, 10961 Berlin")
     + ". Die Kaution überweisen Sie bitte auf " + m(I, IB_AT) + "." + NL + NL + "Mit freundlichen Grüßen" + NL + m(N, "Wolfgang Steinbrecher") + NL + "Hausverwaltung Steinbrecher GmbH"),
    ("email", "fr", False, "Bonjour " + m(N, "Jean-Baptiste") + "," + NL + NL + "Comme convenu, voici mes coordonnées bancaires pour le remboursement des frais : " + m(I, IB_FR) + "." + NL
     + "Je suis joignable au " + m(P, "+33 6 41 27 83 90") + " jusqu'à vendredi." + NL + NL + "Cordialement," + NL + m(N, "Élise Fournier-Morel")),
    ("email", "es", False, "Hola " + m(N, "Lucía") + "," + NL + NL + "te reenvío los datos del nuevo proveedor: " + m(N, "Iñaki Etxeberria Goikoetxea") + ", " + m(E, "inaki@etxeberria-eraikuntzak.eus") + ", tel. "
     + m(P, "943 21 45 67") + ". Su taller está en " + m(A, "Calle Urbieta 18, 2º izda., 20006 Donostia") + "." + NL + NL + "Saludos cordiales," + NL + m(N, "Javier Martínez López")),
    ("email", "it", False, "Gentile dott.ssa " + m(N, "D'Amico") + "," + NL + NL + "le confermo la visita per giovedì alle 15:00." + NL + NL + "Cordiali saluti," + NL + m(N, "Francesca Bianchi") + NL
     + "Studio Medico Bianchi – " + m(A, "Via dei Mille 7, 20129 Milano") + " – " + m(P, "02 2951 8830")),
    ("email", "pl", False, "Dzień dobry Panie " + m(N, "Tomaszu") + "," + NL + NL + "w załączeniu przesyłam umowę. Proszę o odesłanie podpisanego egzemplarza na adres " + m(A, "ul. Piotrkowska 104 lok. 12, 90-926 Łódź")
     + "." + NL + NL + "Z poważaniem" + NL + m(N, "Agnieszka Dąbrowska") + NL + "tel. " + m(P, "+48 42 633 12 80")),
    ("email", "sv", False, "Hej " + m(N, "Linnea") + "!" + NL + NL + "Här kommer mina uppgifter till anmälan: " + m(N, "Astrid Lindqvist") + ", född " + m(D, "3 maj 1994") + ", " + m(A, "Kungsgatan 28, 411 19 Göteborg")
     + "." + NL + NL + "Med vänliga hälsningar" + NL + m(N, "Astrid")),
    ("email", "fi", False, "Hei " + m(N, "Mikko") + "," + NL + NL + "laskun voi maksaa tilille " + m(I, IB_FI) + ". Viitenumero on 12344." + NL + NL + "Ystävällisin terveisin" + NL + m(N, "Jussi Kärkkäinen") + NL + m(P, "+358 50 412 7788")),
    ("email", "tr", False, "Merhaba " + m(N, "Zeynep") + " Hanım" + "," + NL + NL + "kira ödemesini " + m(I, IB_TR) + " numaralı hesaba yapabilirsiniz. Hesap sahibi: " + m(N, "Emre Şahin") + "." + NL + NL
     + "Saygılarımla," + NL + m(N, "Emre Şahin")),
    ("email", "ro", False, "Bună ziua, domnule " + m(N, "Vasilescu") + "," + NL + NL + "vă rog să virați avansul în contul " + m(I, IB_RO) + ", titular " + m(N, "Mădălina Țurcanu") + "." + NL + NL + "Cu stimă," + NL
     + m(N, "Mădălina Țurcanu") + NL + m(P, "+40 721 904 332")),
    ("email", "cs", False, "Dobrý den, pane " + m(N, "Dvořáku") + "," + NL + NL + "fakturu prosím uhraďte na účet " + m(I, IB_CZ) + "." + NL + NL + "S pozdravem" + NL + m(N, "Kateřina Procházková") + NL + m(E, "katerina.prochazkova@seznam.cz")),
    ("email", "da", False, "Hej " + m(N, "Mette") + "," + NL + NL + "tak for i går. Min nye adresse er " + m(A, "Vesterbrogade 112, 3. tv., 1620 København V") + " og mit nummer er stadig " + m(P, "+45 28 41 57 63") + "." + NL + NL
     + "Med venlig hilsen" + NL + m(N, "Søren")),
    ("email", "en", False, "From: " + m(N, "Siddharth Rao") + " <" + m(E, "sid.rao@northwind-logistics.example") + ">" + NL + "To: " + m(E, "accounts@northwind-logistics.example") + NL + NL
     + "Hi team, please update my bank details for expenses to " + m(I, IB_GB) + " (sort code 20-00-00). Thanks," + NL + m(N, "Sid")),
    ("email", "no", False, "Hei " + m(N, "Kari") + "," + NL + NL + "depositumet kan settes inn på " + m(I, IB_NO) + ". Nøkler hentes i " + m(A, "Kirkegata 7, 7013 Trondheim") + "." + NL + NL + "Med vennlig hilsen" + NL + m(N, "Einar Ólafsson")),
    ("email", "en", False, "Dear Ms " + m(N, "Þórunn Sigurðardóttir") + "," + NL + NL + "Your Irish bank account " + m(I, IB_IE) + " has been added as the payout destination. If you did not make this change, call us on "
     + m(P, "+353 1 437 2210") + "." + NL + NL + "Kind regards," + NL + "Member Services"),

    # ===================== CVs =====================
    ("cv", "de", False, "LEBENSLAUF" + NL + NL + "Persönliche Daten" + NL + "Name: " + m(N, "Leonie Brandstätter") + NL + "Geburtsdatum: " + m(D, "07.09.1995") + " in Graz" + NL
     + "Anschrift: " + m(A, "Mariahilfer Straße 88/2/14, 1070 Wien") + NL + "Telefon: " + m(P, "+43 660 123 4567") + NL + "E-Mail: " + m(E, "leonie.brandstaetter@gmx.at") + NL + NL + "Berufserfahrung" + NL
     + "2019–heute  Controllerin, Alpenbräu AG"),
    ("cv", "en", False, "CURRICULUM VITAE" + NL + m(N, "Adaeze Okafor") + NL + m(A, "42 Marlborough Crescent, Newcastle upon Tyne NE2 4RL") + " | " + m(P, "07700 900412") + " | " + m(E, "adaeze.okafor@example.co.uk") + NL
     + "Date of birth: " + m(D, "22 October 1992") + NL + NL + "EXPERIENCE" + NL + "2020–present  Senior Analyst, Tyne Water Ltd"),
    ("cv", "es", False, "CURRÍCULUM VITAE" + NL + "Nombre: " + m(N, "Lucía Fernández de Córdoba") + NL + "Fecha de nacimiento: " + m(D, "15 de marzo de 1990") + NL + "NIE: " + m(ID, NIE1) + NL
     + "Dirección: " + m(A, "Carrer de Mallorca 401, 5è 1a, 08013 Barcelona") + NL + "Móvil: " + m(P, "+34 655 218 430")),
    ("cv", "fr", False, "CV — " + m(N, "Amadou Diallo") + NL + "Né le " + m(D, "2 février 1989") + " à Dakar" + NL + m(A, "8 allée des Tilleuls, 31400 Toulouse") + NL + m(P, "07 82 45 19 66") + " — " + m(E, "amadou.diallo@laposte.net")
     + NL + NL + "Expérience : ingénieur réseaux chez Occitanie Fibre (2016–2024)"),
    ("cv", "pt", False, "Nome: " + m(N, "João Conceição") + NL + "Data de nascimento: " + m(D, "28/06/1987") + NL + "Morada: " + m(A, "Rua de Santa Catarina 312, 4000-443 Porto") + NL + "Telemóvel: " + m(P, "936 481 205") + NL
     + "Formação: Licenciatura em Engenharia Informática, FEUP (2009)"),

    # ===================== invoices and bookings =====================
    ("invoice", "de", False, "RECHNUNG Nr. 2024-0417" + NL + "Rechnungsdatum: 17.05.2024" + NL + NL + "An:" + NL + m(N, "Jörg Müller") + NL + m(A, "Lindenweg 3" + NL + "86152 Augsburg") + NL + NL
     + "Gesamtbetrag: 1.249,50 EUR" + NL + "Zahlbar bis 31.05.2024 auf " + m(I, IB_DE2) + " (BIC COBADEFFXXX)"),
    ("invoice", "it", False, "FATTURA N. 118/2024 del 02/04/2024" + NL + "Cliente: " + m(N, "Giuseppe Lo Russo") + " – C.F. " + m(ID, CF3) + NL + m(A, "Via Toledo 256, 80134 Napoli") + NL
     + "Imponibile € 820,00 – IVA 22% € 180,40 – Totale € 1.000,40" + NL + "Pagamento: bonifico su " + m(I, IB_IT)),
    ("invoice", "en", False, "INVOICE #A-30917" + NL + "Bill to:" + NL + m(N, "Olivia Thompson") + NL + m(A, "Unit 7, 23 Oxford Street" + NL + "Paddington NSW 2021") + NL + "Phone: " + m(P, "(02) 9361 4478") + NL + NL
     + "Website redesign – AUD 4,800.00" + NL + "Paid by card " + m(C, "3530 1113 3330 0000")),
    ("booking", "en", False, "BOOKING CONFIRMATION  PNR: X7K2QP" + NL + "1. " + m(N, "OKONKWO/CHIDINMA") + " MS" + NL + "2. " + m(N, "OKONKWO/EMEKA") + " MR" + NL + "LH 569  LOS–FRA  12JUN  22:40" + NL
     + "Passport (1): " + m(ID, "A08451937") + "  Passport (2): " + m(ID, "A07329164") + NL + "Contact: " + m(P, "+234 809 552 1843")),
    ("booking", "fr", False, "Confirmation de réservation — Hôtel des Remparts" + NL + "Client : " + m(N, "GARNIER/MATHILDE") + " MME" + NL + "Arrivée : 14/07/2024 — Départ : 17/07/2024" + NL
     + "Garantie : carte " + m(C, "4988 4388 4388 4305") + NL + "Tél. : " + m(P, "+33 4 90 82 17 35")),
    ("booking", "es", False, "Localizador: 9KD2LM" + NL + "Pasajero: " + m(N, "RUIZ SANCHEZ/MARIA DEL CARMEN") + " SRA" + NL + "Pasaporte: " + m(ID, "PAK482915") + " — Fecha de nacimiento: " + m(D, "19/05/1976") + NL
     + "Vuelo IB 6253 MAD–JFK 03JUL"),
    ("booking", "en", False, "Car rental agreement RA-558201" + NL + "Driver: " + m(N, "Haruto Tanaka") + NL + "Licence held since 2009, DOB " + m(D, "1983-02-14") + NL + "Vehicle: Ford Transit Custom, reg. KX21 LPD"
     + NL + "Deposit card: " + m(C, "6011 1111 1111 1117")),

    # ===================== minutes =====================
    ("minutes", "en", False, "Minutes — Platform Steering Group, 14 May 2024" + NL + "Present: " + m(N, "Siobhán Kelly") + " (chair), " + m(N, "Pieter de Wit") + ", " + m(N, "Nguyen Van An") + ", " + m(N, "Rahul Mehta")
     + NL + "Apologies: " + m(N, "Þórunn Sigurðardóttir") + NL + "1. Release 2.14.0.3 approved." + NL + "2. " + m(N, "Pieter") + " to follow up on the Washington Street Bridge data feed."),
    ("minutes", "de", False, "Protokoll der Mitgliederversammlung vom 12.04.2024" + NL + "Anwesend: " + m(N, "Hannelore Vogt") + ", " + m(N, "Mustafa Kaya") + ", " + m(N, "Tobias Reinhardt") + NL + "Protokoll: " + m(N, "Hannelore Vogt") + NL
     + "TOP 3: Herr " + m(N, "Reinhardt") + " übernimmt die Kasse."),
    ("minutes", "nl", False, "Notulen teamoverleg 3 april" + NL + "Aanwezig: " + m(N, "Jan-Willem van den Heuvel") + ", " + m(N, "Fatma Yıldız") + ", " + m(N, "R. de Jong") + NL + "Actiepunten:" + NL
     + "- " + m(N, "Fatma") + " zet de nieuwe VPN-server (" + m(IP, "10.60.0.1") + ") op" + NL + "- " + m(N, "Jan-Willem") + " vraagt offerte Dell Latitude 7440 aan"),
    ("minutes", "fr", False, "Compte rendu — Conseil syndical du 5 mars" + NL + "Présents : Mme " + m(N, "Nadia Cherkaoui") + ", M. " + m(N, "Lucas Perrin") + ", M. " + m(N, "Théo Vasseur") + NL
     + "Le devis de ravalement de la façade du " + m(A, "17 boulevard Voltaire, 75011 Paris") + " est approuvé."),

    # ===================== forms and prose =====================
    ("form", "en", False, "W-4 worksheet (draft)" + NL + "First name and middle initial: " + m(N, "Marcus J.") + "   Last name: " + m(N, "Delgado") + NL + "SSN: " + m(S, "401 23 7789") + NL
     + "Address: " + m(A, "88 Larkin St, San Francisco, CA 94102") + NL + "Filing status: Single"),
    ("form", "en", False, "Tenant application — Applicant: " + m(N, "Keisha Brown") + ", date of birth " + m(D, "March 3, 1991") + ", SSN " + m(S, "164.29.0075") + ", current address " + m(A, "3506 Maple Ridge Dr, Apt 12, Austin, TX 78745")
     + ", phone " + m(P, "512-555-0168") + "."),
    ("form", "de", False, "Antrag auf Elternzeit" + NL + "Antragstellerin: " + m(N, "Sabine Krüger") + NL + "geb. am " + m(D, "23. Mai 1988") + NL + "Sozialversicherungsnummer: " + m(ID, "65 230588 K 513") + NL + "Kind: " + m(N, "Mia Krüger")
     + ", geb. " + m(D, "02.01.2024")),
    ("form", "nl", False, "Inschrijfformulier sportclub" + NL + "Naam: " + m(N, "Daan Bakker") + NL + "Geboortedatum: " + m(D, "30-11-2009") + NL + "Adres: " + m(A, "Dorpsstraat 14a, 1721 BK Broek op Langedijk") + NL
     + "Telefoon ouder: " + m(P, "06 12 34 56 78")),
    ("form", "it", False, "Modulo di iscrizione" + NL + "Cognome e nome: " + m(N, "Rossi, Alessandro") + NL + "Nato il " + m(D, "18/09/1985") + " a Bologna" + NL + "Residenza: " + m(A, "Via Zamboni 33, 40126 Bologna") + NL
     + "Cellulare: " + m(P, "347 218 4490")),
    ("prose", "en", False, "The committee thanks " + "Dr. " + m(N, "Ifeoma Nwachukwu") + " and " + "Prof. " + m(N, "Mateus Ribeiro") + " for their reviews."),
    ("prose", "fr", False, "Selon le dossier, " + "Mme " + m(N, "Hélène Lacroix") + " est née le " + m(D, "14 juillet 1962") + " et réside au " + m(A, "3 place Bellecour, 69002 Lyon") + "."),
    ("prose", "es", False, "La beneficiaria, " + m(N, "Guadalupe Hernández Ortiz") + ", nacida el " + m(D, "8 de agosto de 1958") + ", recibirá la pensión en la cuenta " + m(I, IB_ES2) + "."),
    ("prose", "pl", False, "Umowę zawarto z " + m(N, "Grzegorzem Kowalczykiem") + ", zamieszkałym przy " + m(A, "ul. Floriańska 22/4, 31-021 Kraków") + ", legitymującym się dowodem osobistym nr " + m(ID, "ABS 082917") + "."),
    ("prose", "en", False, "According to the police report, the vehicle was registered to " + m(N, "Nguyen, Thi Hoa") + " of " + m(A, "1120 Kensington Ave, Philadelphia, PA 19124") + "; her passport number " + m(ID, "564839217")
     + " was found in the glove box."),
    ("prose", "ro", False, "Subsemnatul " + m(N, "Ionuț Vasilescu") + ", născut la data de " + m(D, "5 martie 1979") + ", CNP " + m(ID, CNP2) + ", declar pe propria răspundere că datele sunt corecte."),
    ("prose", "en", False, "Swiss payroll: the AHV number for " + m(N, "Luca Brunner") + " is " + m(ID, AHV1) + "; salary goes to " + m(I, IB_CH) + ". Belgian colleague " + m(N, "Pieter-Jan Vermeulen") + " has national register number "
     + m(ID, RRN_BE) + "."),
    ("prose", "pt", False, "O pagamento ao fornecedor " + m(N, "Rafael Oliveira Santos") + " será feito para " + m(I, IB_BR) + " e a fatura enviada para " + m(E, "rafael.santos@exemplo.com.br") + "."),
    ("prose", "en", False, "Card on file for " + m(N, "Priya Raghavan") + ": " + m(C, "2223 0031 2200 3222") + "; backup card " + m(C, "3566 0020 2036 0505") + "."),
    ("prose", "fi", False, "Lapsen " + m(N, "Eetu Virtanen") + " henkilötunnus on " + m(ID, HETU2) + " ja huoltajan " + m(N, "Mikko Virtanen") + " osoite on " + m(A, "Hämeenkatu 21 B 12, 33200 Tampere") + "."),
    ("prose", "tr", False, m(N, "Kerem Aydın") + "'ın kimlik numarası " + m(ID, TCKN2) + ", doğum tarihi " + m(D, "12 Nisan 1990") + "."),
    ("prose", "en", False, "SSNs in the old export had spaces (" + m(S, "287 65 4301") + ") and some had dashes (" + m(S, "349-71-2256") + ")."),
    ("prose", "en", False, "Ship to " + m(N, "Aoife Gallagher") + ", " + m(A, "15 Ranelagh Road, Dublin 6, D06 X2K4") + ". Maestro card " + m(C, "6759 6498 2643 8453") + " was declined, used " + m(C, "5200 8282 8282 8210") + " instead."),

    # ===================== more network / credentials / SSN =====================
    ("config", "code", False, "# ~/.bashrc on the build box" + NL + "export HTTPS_PROXY=" + m(U, "http://svc-proxy:N0rd!c2024@proxy.corp.example:3128") + NL + "export NO_PROXY=localhost,.corp.example"),
    ("config", "code", False, "CELERY_BROKER_URL = \"" + m(U, "amqp://celery:Rb7mQ2xTz4@10.0.3.9:5672//") + "\"" + NL + "CACHES = {\"default\": {\"LOCATION\": \"" + m(U, "redis://default:pW9xK2vL7q@cache.internal:6379/0") + "\"}}"),
    ("log", "code", False, "$ ip neigh show dev eth0" + NL + m(IP, "192.168.1.1") + " lladdr " + m(MAC, "9c:53:22:1f:0a:7e") + " REACHABLE" + NL + m(IP, "192.168.1.23") + " lladdr " + m(MAC, "dc:a6:32:08:4b:e1") + " STALE"),
    ("log", "code", False, "Ethernet adapter Ethernet:" + NL + "   Description . . . . . . . . . . . : Intel(R) Ethernet Connection I219-LM" + NL + "   Physical Address. . . . . . . . . : " + m(MAC, "00-15-5D-4A-2B-91") + NL
     + "   IPv4 Address. . . . . . . . . . . : " + m(IP, "192.168.1.34") + "(Preferred)" + NL + "   Default Gateway . . . . . . . . . : " + m(IP, "192.168.1.1")),
    ("log", "code", False, "$ arp -a" + NL + "? (" + m(IP, "10.0.0.12") + ") at " + m(MAC, "8c:85:90:1b:2e:4d") + " on en0 ifscope [ethernet]" + NL + "? (" + m(IP, "10.0.0.1") + ") at " + m(MAC, "f0:9f:c2:71:aa:03") + " on en0 ifscope [ethernet]"),
    ("email", "en", False, "Subject: I-9 verification" + NL + NL + "Hi " + m(N, "Rosa") + ", the E-Verify case for " + m(N, "Tyrone Jackson") + " (SSN " + m(S, "045-62-8831") + ", DOB " + m(D, "06/14/1994")
     + ") came back as a tentative nonconfirmation. Can you ask him to bring his card in?" + NL + NL + "Thanks," + NL + m(N, "Beth")),
    ("form", "es", False, "Solicitud de empleo (EE. UU.)" + NL + "Nombre: " + m(N, "José Luis Carrasco") + NL + "Número de Seguro Social: " + m(S, "655-21-0487") + NL + "Dirección: " + m(A, "4410 W Olympic Blvd, Los Angeles, CA 90019") + NL
     + "Teléfono: " + m(P, "(323) 555-0182")),
    ("chat", "en", False, m(N, "jamal") + ": whats the ssn format the irs form wants, dashes?" + NL + m(N, "Priya Raghavan") + ": yes, like " + m(S, "731-05-2268") + " — that's mine, don't worry it's the test account lol" + NL + m(N, "jamal") + ": 👍"),
    # ===================== hard negatives =====================
    ("changelog", "en", True, "# Changelog" + NL + NL + "## 2.14.0.3 (2024-05-02)" + NL + "- Fix crash when the export folder is read-only (#4412)" + NL + "- Bump protobuf to 3.25.3" + NL + NL
     + "## 2.14.0.2 (2024-04-18)" + NL + "- Windows: require build 10.0.19045.3803 or later"),
    ("code", "code", True, "using System.Reflection;" + NL + "[assembly: AssemblyTitle(\"Contoso.Billing\")]" + NL + "[assembly: AssemblyVersion(\"4.8.1.22\")]" + NL + "[assembly: AssemblyFileVersion(\"4.8.1.22\")]" + NL
     + "[assembly: Guid(\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\")]"),
    ("spec", "en", True, "4.2.1.1 Retransmission timer" + NL + "The sender MUST restart the timer as described in Section 4.2.1.3 and Table 10.3.2.4. Implementations conforming to version 1.2.0.0 of this profile MAY ignore Annex B.2.1."),
    ("log", "code", True, "snmpwalk -v2c -c public switch-core-01 1.3.6.1.2.1.1" + NL + "SNMPv2-MIB::sysDescr.0 = STRING: Cisco IOS Software, Version 15.2(7)E4" + NL + "SNMPv2-MIB::sysObjectID.0 = OID: 1.3.6.1.4.1.9.1.2134" + NL
     + "DISMAN-EVENT-MIB::sysUpTimeInstance = Timeticks: (884213001) 102 days, 8:08:50.01"),
    ("prose", "en", True, "Bulk-rate discounts apply to ZIP+4 codes 94105-1804 through 94105-1899 and 10001-2062; mailings must be presorted by carrier route C012."),
    ("email", "en", True, "Your order 302-4478123-9914402 has shipped." + NL + "Carrier: UPS, tracking 1Z 999 AA1 01 2345 6784" + NL + "Estimated delivery: Tue, 21 May" + NL + "Items: 2 × USB-C cable (1 m), 1 × Anker PowerCore 10000"),
    ("code", "code", True, "@pytest.mark.parametrize(\"number\", [" + NL + "    \"4111 1111 1111 1112\",   # bad check digit" + NL + "    \"1234 5678 9012 3456\",   # not a card" + NL + "    \"0000-0000-0000\",        # too short" + NL + "])" + NL
     + "def test_rejects_invalid(number):" + NL + "    assert not is_valid_card(number)"),
    ("html", "en", True, "<label for=\"cc\">Card number</label>" + NL + "<input id=\"cc\" name=\"cc\" placeholder=\"XXXX XXXX XXXX XXXX\" inputmode=\"numeric\" maxlength=\"19\">" + NL + "<small>Example: •••• •••• •••• 4242</small>"),
    ("code", "code", True, "$ git remote -v" + NL + "origin  git@github.com:acme-corp/billing-service.git (fetch)" + NL + "origin  git@github.com:acme-corp/billing-service.git (push)" + NL + "upstream  ssh://git@gitlab.example.org:2222/platform/billing.git (fetch)"),
    ("config", "code", True, "# .env.example — copy to .env and fill in" + NL + "DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app" + NL + "STRIPE_SECRET_KEY=<YOUR_STRIPE_KEY>" + NL + "API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx" + NL
     + "SESSION_SECRET=changeme" + NL + "AWS_ACCESS_KEY_ID=" + NL + "AWS_SECRET_ACCESS_KEY="),
    ("config", "code", True, "spring:" + NL + "  datasource:" + NL + "    url: jdbc:postgresql://${DB_HOST:localhost}:5432/crm" + NL + "    username: ${DB_USER}" + NL + "    password: ${DB_PASSWORD}" + NL + "  security:" + NL + "    oauth2:" + NL
     + "      client-secret: '{cipher}REPLACE_ME'"),
    ("csv", "en", True, "asset_tag,model,assigned_dept,purchase_date" + NL + "IT-00412,Dell Latitude 7440,Finance,2023-11-02" + NL + "IT-00413,Lenovo ThinkPad T14s Gen 4,Legal,2023-11-02" + NL + "FL-0031,Ford Transit Custom 320 L1,Facilities,2022-06-15"
     + NL + "FL-0032,Tesla Model Y Long Range,Sales,2024-01-09"),
    ("prose", "en", True, "Tonight's setlist: Penny Lane, Abbey Road Medley, Baker Street (sax solo), and Dancing in the Street. Doors open at 19:30, tickets £25."),
    ("prose", "en", True, "Main Street Capital Corporation (NYSE: MAIN) reported net investment income of $1.02 per share; the Wall Street Journal noted the stock closed at $48.71."),
    ("log", "code", True, "$ git log --oneline -5" + NL + "3f9a1c2 Merge pull request #881 from acme/fix-timezone" + NL + "e4b7d90 Fix DST offset in invoice scheduler" + NL + "a1c3f5e Bump jackson-databind from 2.15.2 to 2.17.1" + NL
     + "9d8e7f6 Add retry for SFTP upload" + NL + "0c1b2a3 Release 5.3.0"),
    ("log", "code", True, "$ sha256sum release-5.3.0.tar.gz" + NL + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  release-5.3.0.tar.gz" + NL + "$ sha1sum install.sh" + NL
     + "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12  install.sh"),
    ("log", "code", True, "2024-05-17T08:22:11.482Z INFO  [req=7c9e6679-7425-40de-944b-e07fc1f90ae7] order accepted total=149.90 EUR" + NL
     + "2024-05-17T08:22:11.907Z WARN  [req=7c9e6679-7425-40de-944b-e07fc1f90ae7] slow query 1843 ms" + NL + "2024-05-17T08:22:12.001Z INFO  [req=16fd2706-8baf-433b-82eb-8c7fada847da] healthcheck ok"),
    ("prose", "en", True, "Further reading: ISBN 978-0-306-40615-7; ISBN-10 0-306-40615-2; ISSN 0317-8471. Shelf mark QA76.73.J38."),
    ("prose", "en", True, "The survey marker sits at 52.520008, 13.404954 (WGS84), elevation 34.0 m; the second one at -33.8688, 151.2093."),
    ("prose", "en", True, "Solve for x: 3.14159 * x^2 - 2.71828 * x + 1.41421 = 0. The discriminant is 7.389 - 17.77 = -10.38, so there are no real roots."),
    ("invoice", "de", True, "Zahlungserinnerung" + NL + "Rechnung 2024-0173 vom 15.03.2024, fällig am 14.04.2024" + NL + "Offener Betrag: 1.249,50 EUR" + NL + "Bitte geben Sie bei der Überweisung die Rechnungsnummer als Verwendungszweck an."),
    ("prose", "en", True, "Version 3.2 was released on 12 May 1998 and reached end of life on 30 June 2005; the 4.x line followed on 1 September 2004."),
    ("prose", "en", True, "The Washington Street Bridge rehabilitation project (contract 23-117) closes two lanes from 3 June; detours via Lincoln Tunnel approach and Route 9A."),
    ("prose", "en", True, "Reagents: C6H12O6 (CAS 50-99-7), CH3COOH (CAS 64-19-7), NaHCO3 (CAS 144-55-8). Molar mass of glucose: 180.156 g/mol."),
    ("prose", "en", True, "Q1 revenue: USD 1,234,567.89 (+4.7% YoY); EBITDA EUR 312.400,00; FX rate 1.0842 as of 31.03.2024."),
    ("code", "code", True, "#include <map>" + NL + "std::map<std::string, int> counts;" + NL + "for (const auto& [k, v] : counts) {" + NL + "    std::cout << k << \"::\" << v << std::endl;" + NL + "}"),
    ("log", "code", True, "$ xxd -l 32 firmware.bin" + NL + "00000000: 7f45 4c46 0201 0100 0000 0000 0000 0000  .ELF............" + NL + "00000010: 0300 3e00 0100 0000 4010 0000 0000 0000  ..>.....@......."),
    ("log", "code", True, "The authenticity of host 'build-02 (build-02)' can't be established." + NL + "ED25519 key fingerprint is SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s." + NL
     + "MD5 fingerprint: 43:51:43:a1:b5:fc:8b:b7:0a:3a:a9:b1:0f:66:73:a8" + NL + "Are you sure you want to continue connecting (yes/no/[fingerprint])?"),
    ("video", "en", True, "EDL 001  AX  V  C  01:02:03:04 01:02:10:12 00:00:00:00 00:00:07:08" + NL + "EDL 002  AX  V  C  01:05:44:20 01:05:50:00 00:00:07:08 00:00:12:12"),
    ("code", "code", True, "@SpringBootApplication" + NL + "public class BillingApplication {" + NL + "    @Override" + NL + "    public String toString() { return \"billing\"; }" + NL + "}" + NL
     + "// npm i @angular/core@17.3.2 @types/node@20.12.7"),
    ("log", "code", True, "deploy@ci-runner-3:~$ uptime" + NL + " 08:41:17 up 41 days,  3:12,  1 user,  load average: 0.42, 0.51, 0.48" + NL + "deploy@ci-runner-3:~$ exit"),
    ("prose", "en", True, "Scanned barcode EAN 4006381333931, GTIN-14 10614141000415; batch L2405-17, best before 03/2026."),
    ("form", "en", True, "Date of birth: __/__/____ (DD/MM/YYYY)" + NL + "Social Security Number: ___-__-____" + NL + "Name: ______________________" + NL + "Card number: ____ ____ ____ ____"),
    ("prose", "en", True, "Format reminder: SSNs are written AAA-GG-SSSS; numbers such as 000-12-3456, 666-45-1234, 912-70-1234 and 123-00-4567 are never issued as SSNs."),
    ("prose", "en", True, "Replacement cartridge P/N 334-21-0098 fits models 7440 and 7450; order via the parts catalogue page 12, item 4."),
    ("prose", "en", True, "Form help: enter your IBAN without spaces, e.g. DE00 0000 0000 0000 0000 00 is shown only as a layout example and will be rejected."),
    ("prose", "en", True, "Fund factsheet — ISIN DE0007164600, ISIN US0378331005, WKN 716460; LEI 529900D6BF99LW9R2E68; BIC DEUTDEFFXXX."),
    ("prose", "en", True, "Flight LH 2042 departs 07:35 from gate K12; connecting ICE 1537 leaves Frankfurt Hbf platform 7 at 10:14; seat 14C, coach 23."),
    ("prose", "en", True, "Diagnosis codes: ICD-10 E11.9 and I10; HbA1c 7.2%, LDL 3.4 mmol/L, BP 128/82 mmHg."),
    ("config", "code", True, "resources:" + NL + "  limits:" + NL + "    cpu: 500m" + NL + "    memory: 512Mi" + NL + "image: registry.example.org/billing@sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945"),
    ("code", "code", True, "\"node_modules/lodash\": {" + NL + "  \"version\": \"4.17.21\"," + NL + "  \"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\"," + NL
     + "  \"integrity\": \"sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg==\"" + NL + "}"),
    ("prose", "en", True, "Base64 demo: echo -n 'Hello World' | base64 prints SGVsbG8gV29ybGQ=, and the hex of 'abc' is 616263."),
    ("code", "code", True, "$ git clone https://github.com/apache/kafka.git" + NL + "$ git clone https://<username>:<token>@git.example.com/team/repo.git   # template, fill in" + NL + "$ curl -O ftp://ftp.gnu.org/gnu/tar/tar-1.35.tar.xz"),
    ("log", "code", True, "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36 Edg/124.0.2478.80"),
    ("prose", "en", True, "Duty-free price list: Hugo Boss Bottled 100 ml €68; Jack Daniel's Old No. 7 1 l €24.90; Louis Vuitton Keepall 55 €2,150; Ben & Jerry's Cookie Dough €6.50."),
    ("prose", "en", True, "Applications for the Marie Curie Postdoctoral Fellowship close on 11 September; interviews at the Jean Monnet Building, with shuttles from Charles de Gaulle Terminal 2E."),
    ("prose", "en", True, "Tonight on TV: Sesame Street (season 54), Coronation Street episode 11,234, then Miracle on 34th Street at 21:00. Street Fighter 6 tournament streams after midnight."),
    ("chat", "en", True, "[10:02] jenkins: Build #4471 FAILED (stage: integration-tests)" + NL + "[10:02] dependabot: Bump axios from 1.6.8 to 1.7.2" + NL + "[10:03] @here please don't merge to main until #4471 is green"),
    # non-English hard negatives
    ("prose", "de", True, "Die Firma feiert am 01.04.2025 ihren 50. Geburtstag; gegründet wurde sie am 1. April 1975 in Stuttgart. Siehe Art. 6 Abs. 1 lit. f DSGVO und § 823 BGB."),
    ("prose", "de", True, "Handelsregister: HRB 123456 B, Amtsgericht Charlottenburg; USt-IdNr. DE 129 273 398; Steuernummer 27/613/12345. Stammkapital 25.000,00 EUR."),
    ("prose", "fr", True, "Au Monopoly, la rue de la Paix coûte 400 € et l'avenue des Champs-Élysées 350 €. Voir l'article L. 1234-5 du Code du travail et le décret n° 2019-1234."),
    ("prose", "fr", True, "SIREN 552 100 554, SIRET 552 100 554 00025, code APE 2910Z ; capital social 1 234 567,00 €. Prise de la Bastille : 14 juillet 1789."),
    ("prose", "es", True, "El grupo Calle 13 actuará en la Plaza Mayor el 14/09; el Real Madrid juega ese día a las 21:00. CIF de la promotora: B-12345674, expediente 2024/00871."),
    ("prose", "nl", True, "Zie hoofdstuk 3.2.1.4 van het bestek. KvK-nummer 12345678, btw-id NL001234567B01; offerte 2024-0915 geldig tot 30-06-2024."),
    ("prose", "it", True, "Partita IVA 01234567890 (società Esempio S.p.A.), REA MI-1234567, capitale sociale € 120.000,00 i.v.; legge n. 196/2003, art. 13."),
    ("prose", "pl", True, "Dane spółki: NIP 526-104-08-28, REGON 012100784, KRS 0000012345; kapitał zakładowy 500 000,00 zł. Faktura FV/2024/05/117 z dnia 17.05.2024."),
    ("prose", "sv", True, "Org.nr 556036-0793, momsreg.nr SE556036079301; bankgiro 5050-1055, plusgiro 4 78 90-3. Årsstämman hålls 2024-05-23."),
    ("prose", "no", True, "Org.nr. 923 609 016 MVA; kontonummer for bedriftens tilbakebetalinger oppgis i Altinn. Versjon 7.4.2.1 av appen krever iOS 16."),
    ("prose", "fi", True, "Y-tunnus 0112038-9, ALV-numero FI01120389; tilausnumero 4500123456, toimitus viikolla 22."),
    ("prose", "da", True, "CVR 10 15 08 17, EAN-lokationsnummer 5790001330583; faktura 2024-117 forfalder 31.05.2024."),
    ("prose", "cs", True, "IČO 25596641, DIČ CZ25596641; spisová značka C 56835 vedená u Městského soudu v Praze. Verze 2.3.1.7."),
    ("prose", "ro", True, "CUI RO1590082, Nr. Reg. Com. J40/1234/2005; capital social 200 RON. Vezi art. 4.2.1 din contract."),
    ("prose", "tr", True, "Vergi No: 1234567890, Mersis No: 0123456789012345; sipariş 2024-000417, kargo takip 7312 4410 5520 183."),
    ("prose", "pt", True, "CNPJ 11.222.333/0001-81, NIPC 500 100 144; nota fiscal 000.123.456, série 1, emitida em 17/05/2024."),
    ("prose", "es", True, "Coordenadas del refugio: 42.6954, 0.5921; altitud 2.145 m. Pedido n.º 30-4417-882, seguimiento PK9X 3312 0045 7781 ES."),
    ("chat", "de", True, "[08:12] bot: Deployment v3.18.0.2 auf prod-eu abgeschlossen" + NL + "[08:13] bot: Nächster Wartungstermin 2024-06-01 02:00–04:00 UTC" + NL + "[08:15] @channel bitte Tickets bis Freitag schließen"),
    ("log", "code", True, "kernel: [  2.184311] usb 1-1.3: new high-speed USB device number 4 using xhci_hcd" + NL + "kernel: [  2.301442] usb 1-1.3: New USB device found, idVendor=0bda, idProduct=8153, bcdDevice=30.00"),
    ("prose", "en", True, "Sprint 24.3.1 retro: velocity 42 points, 3 bugs carried over; next planning on 2024-06-03 at 09:30 in room 4.2.17."),
]

emit_with_offsets("blind4", cases)
