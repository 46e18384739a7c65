"""Blind test corpus 18 for the PII detector: hand-written, hand-labelled, written without looking
at the detector.

About 330 cases in 23 languages (about 40 % English), about 40 % hard negatives (texts that look
as if they held personal data but hold none).  Most cases are realistic documents: support
tickets, e-mail threads with signatures, chat exports (Slack, Teams, WhatsApp, IRC), CSV/SQL/JSON/
YAML dumps, server/auth/firewall/DHCP logs, config files (.env, application.yml, docker-compose,
k8s, .npmrc, .pgpass, connection URLs), shell history and CI logs, HTML and vCards, invoices, HR
and medical forms, shipping labels, letters, CVs, meeting notes, bank statements, police and
insurance reports, travel bookings and school records.  All people, numbers and addresses are
invented.  Card numbers, IBANs and national id numbers with a check-digit scheme are computed
below so that they carry valid check digits.

Writing aid: in the texts below a label is written <<T|value>> with a short type code
(N PERSON, A STREET_ADDRESS, D DATE_OF_BIRTH, ID PASSPORT_OR_ID, E EMAIL, P PHONE, C CREDIT_CARD,
I IBAN, S US_SSN, IP IP_ADDRESS, MAC MAC_ADDRESS, U URL_WITH_CREDENTIALS, K API_KEY_OR_SECRET);
L() turns it into m(TYPE, value), i.e. the markup ⟦TYPE|value⟧.  A value written $name is taken
from the dict V of computed check-digit values.

Labelling conventions

General
  * Label what a careful privacy reviewer would treat as personal data of a private individual.
    Public figures in news, historical people (also with life dates), fictional characters,
    companies, brands, products, places and institutions are not labelled.
  * The value only is labelled, never its field name, quotes, brackets or a trailing comma.
PERSON
  * A person's full name is one span, with particles and compound surnames (van der, de la,
    von, dos, di, bin, Ní ...), without titles/honorifics (Mr, Mrs, Dr, Prof., Frau, Herr,
    Sr., Sra., Pak, Bu, Anh, Chị, Bw., Bi, κ.) and without roles.  "Surname, Given" and
    airline style "SURNAME/GIVEN" are one span; Hungarian family-name-first order as written.
  * A given name alone is labelled when it refers to a specific private individual
    (greetings, sign-offs, chat lines), also when written in lower case in chats.
  * In records with separate given-name and surname fields each field value is its own span.
    Inflected names (genitive, case suffixes) are labelled as written; a suffix after an
    apostrophe (Turkish Derya'nın) is left out.  Short forms and nicknames (Deb, Fi, Bia) are
    names.  Kinship words and kinship/honorific prefixes (Mum, Dad, oma, mormor, mamie, Tita, kak,
    chị, chú) are not names and stay outside the span.
  * Names inside e-mail addresses, user names, host and device names, file paths and @handles
    are not labelled separately.  Chat @handles (@jdoe, <@U024BE7LH>) are account identifiers and are
    NOT labelled; a display name written out in a chat line header is labelled.
  * Professionals acting for a private matter (a GP, a solicitor, a support agent signing with
    a name) are private individuals and are labelled.
STREET_ADDRESS
  * A multi-line postal address is labelled line by line: each line (flat/unit/floor line,
    house-name line, street line, PO box line, town line, postcode + town line, "Town STATE ZIP"
    line) is its own span; the name line is PERSON; a country line is not labelled.
  * An address written on one line (prose, CSV field, form field) is one span from the first
    element (flat/house number/street) to the postcode + town; a trailing country is excluded.
  * In structured records whose street, postcode and town are separate fields, only the street
    value is labelled (a postcode or a town alone does not locate a person).
  * PO boxes of individuals are labelled.  A town or district mentioned alone, street names used
    as place names, landmark/government addresses and company registered offices are not.
    Company addresses appear in this corpus only as town names, never as full street addresses.
DATE_OF_BIRTH
  * The birth date value only, any format or language.  Ages, other dates (visits, invoices,
    hire dates), birth dates of public/historical figures and the date digits embedded in a
    national id number are not labelled.
PASSPORT_OR_ID
  * Passport, identity card, driving licence, residence permit, tax id of a person, social
    security / insurance / health-insurance numbers and national personal codes (PESEL, BSN,
    personnummer, HETU, CPR, TC Kimlik, CNP, rodné číslo, NIR, CPF, NIK, CCCD, AMKA, NINO, NHS,
    SIN, TFN, PPSN, NRIC, PAN, MBI ...).  Separators as written are included.  Most carry their
    real check digits; a few (driving licences, passports, some cards) are typed without.
  * US social security numbers are US_SSN, not PASSPORT_OR_ID.
  * Company registration / VAT numbers, customer, order, ticket, policy, employee and patient
    record numbers are not labelled.
API_KEY_OR_SECRET
  * The secret value only: passwords, API keys, tokens, client secrets, key-value connection
    string passwords, base64 secret data, private key blocks (BEGIN to END line), secret webhook
    URLs.  Access key ids that come with their secret are labelled too.
  * A user:password pair given together (curl -u, .pgpass-like, basic credentials) is one span;
    for "Authorization: Basic/Bearer xxx" only the token.
  * Secrets in URL query strings are labelled on the value only.  Placeholders, masked values
    (****), environment variable references, public keys, certificates, hashes and documented
    example keys are not labelled.
URL_WITH_CREDENTIALS
  * A URL with user:password@ in its authority is one span from the scheme to the end of the URL.
    URLs with only a user name (git@host, ssh://user@host) or with template placeholders are not.
EMAIL / PHONE
  * Addresses and numbers of individuals (private, and work addresses/direct lines of named
    staff) are labelled, phone numbers with country code, trunk prefix and extension as written.
  * Role mailboxes (info@, support@, noreply@, billing@, jobs@ ...), documentation addresses
    (example.com/.org), company switchboards, hotlines, toll-free and emergency numbers are not.
IP_ADDRESS / MAC_ADDRESS
  * Private network IPs (10.x, 172.16-31.x, 192.168.x) ARE labelled like public ones when they
    are the address of a concrete host/client/device: in logs and tickets they identify a
    person's machine.  A port suffix is excluded.  Not labelled: loopback, 0.0.0.0, netmasks,
    CIDR ranges, documentation ranges (192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32)
    in docs, public anycast resolvers (1.1.1.1, 8.8.8.8, 9.9.9.9) and version numbers.
  * Device MAC addresses are labelled in any notation; broadcast/all-zero addresses and OUI
    vendor prefixes are not.
CREDIT_CARD / IBAN / US_SSN
  * Full card numbers (all Luhn-valid) and IBANs of individuals (all mod-97 valid) are labelled
    as written, spaces included.  Masked cards, last-4 digits, documented test cards (4242...,
    4111...), documented example IBANs, BICs and sort codes are not.
  * SSNs in any notation; documented placeholders (123-45-6789, 000-00-0000) are not.
"""
import re
import sys

sys.path.insert(0, __import__("os").path.dirname(__import__("os").path.abspath(__file__)))
from labels import E, P, C, I, S, IP, MAC, U, K, N, A, D, ID, NL, m, luhn, iban_ok, emit  # noqa: E402,F401

# ---------------------------------------------------------------- check-digit helpers


def iban(cc, bban, grouped=True):
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    s = "%s%02d%s" % (cc, 98 - int(num) % 97, bban)
    assert iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


def card(body, groups=None, sep=" "):
    """body = all digits but the Luhn check digit."""
    full = next(body + c for c in "0123456789" if luhn(body + c))
    if groups is None:
        groups = {16: [4, 4, 4, 4], 15: [4, 6, 5], 14: [4, 6, 4], 19: [4, 4, 4, 4, 3]}[len(full)]
    out, i = [], 0
    for g in groups:
        out.append(full[i:i + g])
        i += g
    return sep.join(out)


def pesel(yymmdd, serial):
    s = yymmdd + serial
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


def bsn(eight):
    for base in [eight] + [eight[:-1] + str(d) for d in range(10)]:
        t = sum(int(a) * b for a, b in zip(base, range(9, 1, -1))) % 11
        if t < 10:
            return base + str(t)
    raise ValueError(eight)


def personnummer(yymmdd, nnn, sep="-"):
    body = yymmdd + nnn
    return yymmdd + sep + nnn + next(c for c in "0123456789" if luhn(body + c))


def hetu(ddmmyy, sep, nnn):
    return ddmmyy + sep + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + nnn) % 31]


def cpr(ddmmyy, seq3, sep="-"):
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2]
    for s3 in [seq3] + ["%03d" % ((int(seq3) + k) % 1000) for k in range(1, 50)]:
        d = (-sum(int(a) * b for a, b in zip(ddmmyy + s3, w))) % 11
        if d < 10:
            return ddmmyy + sep + s3 + str(d)
    raise ValueError


def fnr(ddmmyy, ind):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    for i3 in [ind] + ["%03d" % ((int(ind) + k) % 500) for k in range(1, 80)]:
        s = ddmmyy + i3
        k1 = (11 - sum(int(a) * b for a, b in zip(s, w1)) % 11) % 11
        if k1 == 10:
            continue
        s += str(k1)
        k2 = (11 - sum(int(a) * b for a, b in zip(s, w2)) % 11) % 11
        if k2 == 10:
            continue
        return s + str(k2)
    raise ValueError


def tckn(nine):
    d = [int(c) for c in nine]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return nine + str(d10) + str(d11)


def cnp(twelve):
    w = "279146358279"
    r = sum(int(a) * int(b) for a, b in zip(twelve, w)) % 11
    return twelve + ("1" if r == 10 else str(r))


def rodne(yymmdd, nnn):
    for n3 in [nnn] + ["%03d" % ((int(nnn) + k) % 1000) for k in range(1, 20)]:
        c = (-int(yymmdd + n3) * 10) % 11
        if c < 10:
            return yymmdd + "/" + n3 + str(c)
    raise ValueError


def nir(thirteen):
    s = thirteen.replace(" ", "")
    return thirteen + " " + "%02d" % (97 - int(s) % 97)


def cpf(nine):
    d = [int(c) for c in nine]
    r = sum(a * b for a, b in zip(d, range(10, 1, -1))) % 11
    d.append(0 if r < 2 else 11 - r)
    r = sum(a * b for a, b in zip(d, range(11, 1, -1))) % 11
    d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def luhn_complete(body):
    return next(body + c for c in "0123456789" if luhn(body + c))


def nhs(nine):
    for base in [nine] + [nine[:-1] + str(d) for d in range(10)]:
        c = 11 - sum(int(a) * b for a, b in zip(base, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c < 10:
            s = base + str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])
    raise ValueError


def tfn(eight):
    w = [1, 4, 3, 7, 5, 8, 6, 9]
    for base in [eight] + [eight[:-1] + str(d) for d in range(10)]:
        d9 = (-sum(int(a) * b for a, b in zip(base, w)) * 10) % 11
        if d9 < 10:
            s = base + str(d9)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])
    raise ValueError


def ppsn(seven, second=""):
    t = sum(int(a) * b for a, b in zip(seven, range(8, 1, -1)))
    if second:
        t += 9 * (ord(second) - 64)
    r = t % 23
    return seven + ("W" if r == 0 else chr(64 + r)) + second


def nric(prefix, seven):
    t = sum(int(a) * b for a, b in zip(seven, [2, 7, 6, 5, 4, 3, 2]))
    if prefix in "TG":
        t += 4
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + seven + table[t % 11]


def dni(eight):
    return eight + "TRWAGMYFPDXBNJZSQVHLCKE"[int(eight) % 23]


def nie(letter, seven):
    return letter + seven + "TRWAGMYFPDXBNJZSQVHLCKE"[int("XYZ".index(letter) * 10 ** 7 + int(seven)) % 23]


_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                 12, 14, 16, 10, 22, 25, 24, 23]))


def codice_fiscale(fifteen):
    t = 0
    for i, ch in enumerate(fifteen):
        if i % 2 == 0:
            t += _ODD[ch]
        else:
            t += int(ch) if ch.isdigit() else ord(ch) - 65
    return fifteen + chr(65 + t % 26)


def krrn(yymmdd, six):
    s = yymmdd + six
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return yymmdd + "-" + six + str((11 - sum(int(a) * b for a, b in zip(s, w)) % 11) % 10)


def my_number(eleven):
    t = 0
    for n, ch in enumerate(reversed(eleven), start=1):
        t += int(ch) * (n + 1 if n <= 6 else n - 5)
    r = t % 11
    s = eleven + str(0 if r <= 1 else 11 - r)
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def cn_id(seventeen):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return seventeen + "10X98765432"[sum(int(a) * b for a, b in zip(seventeen, w)) % 11]


def taj(eight):
    t = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(eight))
    s = eight + str(t % 10)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def hu_tax(nine):
    for base in [nine] + [nine[:-1] + str(d) for d in range(10)]:
        c = sum(int(a) * b for a, b in zip(base, range(1, 10))) % 11
        if c < 10:
            return base + str(c)
    raise ValueError


def be_nn(yymmdd, sss, after2000=False):
    base = yymmdd + sss
    c = 97 - int(("2" if after2000 else "") + base) % 97
    return "%s.%s.%s-%s.%02d" % (yymmdd[:2], yymmdd[2:4], yymmdd[4:], sss, c)


def nif_pt(eight):
    c = 11 - sum(int(a) * b for a, b in zip(eight, range(9, 1, -1))) % 11
    return eight + str(0 if c >= 10 else c)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 7, 6, 0, 8], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(eleven):
    c = 0
    for i, ch in enumerate(reversed(eleven)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s = eleven + str(_VINV[c])
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def steuer_id(ten):
    product = 10
    for ch in ten:
        s = (int(ch) + product) % 10
        s = 10 if s == 0 else s
        product = (s * 2) % 11
    c = 11 - product
    s = ten + str(0 if c == 10 else c)
    return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:])


# ---------------------------------------------------------------- computed values
V = {
    # cards
    "visa1": card("453201887364512"), "visa2": card("492938104475620"), "visa3": card("455673019283746", sep=""),
    "visa4": card("417500992837461", sep="-"), "visa5": card("400555301928476"),
    "mc1": card("535628019374652"), "mc2": card("222300481726354"), "mc3": card("518273640918273", sep="-"),
    "mc4": card("545018273645091", sep=""), "amex1": card("37428190563720"), "amex2": card("34018273645102", sep=""),
    "disc1": card("601100482736459"), "jcb1": card("353011827364519"), "diners1": card("3056930902590", [4, 6, 4]),
    "mc5": card("510510827364510"), "visa6": card("476173829102837"),
    # IBANs
    "de1": iban("DE", "500105175407324931"), "de2": iban("DE", "370400440532013000".replace("0532013000", "4471200938"), False),
    "de3": iban("DE", "100208900019283746"),
    "fr1": iban("FR", "30006000011234567890189".replace("12345678901", "48271936055")),
    "fr2": iban("FR", "2004101005050001302630".replace("0500013026", "0609182737") + "4", False),
    "es1": iban("ES", "21000418450200051332".replace("0200051332", "7738201946")),
    "it1": iban("IT", "X0542811101000000123456".replace("000000123456", "000004718293")),
    "nl1": iban("NL", "ABNA0417164300".replace("0417164300", "5829301746")), "nl2": iban("NL", "INGB0008273645", False),
    "pt1": iban("PT", "000700000018273645023"), "pl1": iban("PL", "109010140000071219812874".replace("7121981287", "6628193047")),
    "cz1": iban("CZ", "08000000192000145399".replace("192000145399", "004738291056")),
    "se1": iban("SE", "50000000058398257466".replace("58398257466", "74920183652")),
    "no1": iban("NO", "86011117947".replace("1117947", "4820193")), "dk1": iban("DK", "00400440116243".replace("0116243", "7382910")),
    "fi1": iban("FI", "21421000005601".replace("00005601", "04829371")),
    "tr1": iban("TR", "0006100519786457841326".replace("0519786457841326", "0772819304618273")),
    "ro1": iban("RO", "BACX0000001847293011"), "hu1": iban("HU", "117730161111101800000000".replace("1111101800000000", "2938471600000000")),
    "gr1": iban("GR", "01101250000000012300695".replace("0000000123006", "0000004829173")),
    "gb1": iban("GB", "NWBK60161331926819".replace("31926819", "48201736")), "gb2": iban("GB", "BARC20325347281902", False),
    "be1": iban("BE", "539007547034".replace("7547034", "4829173")), "ie1": iban("IE", "AIBK93115212345678".replace("12345678", "48201937")),
    "at1": iban("AT", "1904300234573201".replace("234573201", "482910376")),
    "ch1": iban("CH", "00762011623852957".replace("11623852957", "48290173641")),
    # national ids
    "pesel1": pesel("870314", "0468"), "pesel2": pesel("025109", "1237"), "pesel3": pesel("760822", "5519"),
    "bsn1": bsn("18273645"), "bsn2": bsn("28193047"), "bsn3": bsn("40029183"),
    "pnr1": personnummer("840512", "238"), "pnr2": personnummer("911107", "562"), "pnr3": "19" + personnummer("730219", "419"),
    "hetu1": hetu("150389", "-", "274"), "hetu2": hetu("030702", "A", "856"), "hetu3": hetu("211164", "-", "119"),
    "cpr1": cpr("120482", "173"), "cpr2": cpr("290995", "218"), "cpr3": cpr("070371", "402"),
    "fnr1": fnr("230588", "471"), "fnr2": fnr("110993", "224"), "fnr3": fnr("020776", "318"),
    "tc1": tckn("284719305"), "tc2": tckn("537201846"), "tc3": tckn("190384275"),
    "cnp1": cnp("285061240137"), "cnp2": cnp("191121040219"), "cnp3": cnp("603040340055"),
    "rc1": rodne("855217", "327"), "rc2": rodne("790903", "118"), "rc3": rodne("016115", "402"),
    "nir1": nir("2 86 07 75 116 238"), "nir2": nir("1 79 11 69 388 042"), "nir3": nir("2 93 02 13 055 117"),
    "cpf1": cpf("482193057"), "cpf2": cpf("730218465"), "cpf3": cpf("159264837"),
    "amka1": luhn_complete("1203870461"), "amka2": luhn_complete("2807921183"),
    "nhs1": nhs("485777345"), "nhs2": nhs("943476591"), "nhs3": nhs("721038465"),
    "sin1": luhn_complete("04628193"), "sin2": luhn_complete("52738190"),
    "tfn1": tfn("45928173"), "tfn2": tfn("87612094"),
    "ppsn1": ppsn("1847293"), "ppsn2": ppsn("6620194", "A"),
    "nric1": nric("S", "8819274"), "nric2": nric("T", "0239187"), "fin1": nric("G", "5528193"),
    "dni1": dni("48291736"), "dni2": dni("07362918"), "nie1": nie("Y", "2871934"), "nie2": nie("X", "4719302"),
    "cf1": codice_fiscale("RSSMRA85T10A562"), "cf2": codice_fiscale("BNCGLI92E54F205"), "cf3": codice_fiscale("FRRLCU78C12H501"),
    "krrn1": krrn("850417", "128374"), "krrn2": krrn("920803", "249183"), "krrn3": krrn("010226", "418273"),
    "myn1": my_number("48291736012"), "myn2": my_number("73019284651"),
    "cn1": cn_id("11010519870314452"), "cn2": cn_id("44030619920818273"), "cn3": cn_id("31011519780526004"),
    "taj1": taj("04829173"), "taj2": taj("11730284"), "hutax1": hu_tax("847291036"),
    "be1n": be_nn("880412", "237"), "be2n": be_nn("050923", "118", True),
    "nifpt1": nif_pt("23819473"), "nifpt2": nif_pt("21473920"),
    "aad1": aadhaar("48291736015"), "aad2": aadhaar("73920184652"),
    "stid1": steuer_id("4761039245"), "stid2": steuer_id("8602531975".replace("975", "971")),
}
V["nik1"] = "3174055703890002"
V["nik2"] = "3578216112910004"

# ---------------------------------------------------------------- markup helper

_CODES = {"E": E, "P": P, "C": C, "I": I, "S": S, "IP": IP, "MAC": MAC, "U": U, "K": K, "N": N, "A": A, "D": D, "ID": ID}
_RX = re.compile(r"<<(ID|IP|MAC|E|P|C|I|S|U|K|N|A|D)\|(.*?)>>", re.S)


def L(s):
    def rep(mo):
        v = mo.group(2)
        if v.startswith("$") and v[1:] in V:
            v = V[v[1:]]
        return m(_CODES[mo.group(1)], v)
    return _RX.sub(rep, s)


cases = []


def pos(kind, lang, text):
    t = L(text.strip("\n"))
    assert "\u27e6" in t, text[:80]
    cases.append((kind, lang, False, t))


def neg(kind, lang, text):
    t = L(text.strip("\n"))
    cases.append((kind, lang, True, t))

# ================================================================ English, positives
pos("ticket", "en", """
Ticket #48213 — Cannot log in after password reset
Opened by: <<N|Harriet Okonkwo-Blake>> (<<E|h.okonkwo.blake@fastmail.co.uk>>)
Priority: P3   Queue: Accounts

Hi, since Tuesday I can't sign in. The reset mail arrives but the link says "expired". I tried from
my laptop at home (IP shown on your error page was <<IP|81.174.233.19>>) and from my phone. You can
ring me on <<P|07700 914 362>> after 5pm.
Thanks, <<N|Harriet>>

-- internal note (agent <<N|Tomasz Wrona>>) --
Token TTL was 10 min for her tenant; raised to 60. Customer informed.
""")

pos("email", "en", """
From: Priya Raman <priya.raman@northgate-logistics.com>
To: <<E|d.kowalczyk@outlook.com>>
Subject: Re: Re: delivery slot for your sofa

Hi <<N|Dominik>>,

Thanks for confirming. The driver will call you on <<P|+44 7911 458 302>> about 30 minutes before
arrival. As agreed, delivery goes to:

<<A|Flat 3>>
<<A|27 Lavender Hill>>
<<A|London SW11 5RQ>>

Kind regards,
<<N|Priya Raman>>
Customer Delivery Coordinator | Northgate Logistics, Swindon
Direct: <<P|+44 1793 552 847>>  |  Switchboard: 0345 600 1122
""".replace("Priya Raman <priya.raman", "<<N|Priya Raman>> <<<E|priya.raman").replace("logistics.com>", "logistics.com>>>"))

pos("chat", "en", """
#proj-onboarding — exported 2024-05-02
[09:14] Megan Oyelaran: morning! @kchen can you add the new starter to the VPN group?
[09:15] Kevin Chen: which one, <<N|Ruairí>> or <<N|Sunita>>?
[09:15] Megan Oyelaran: <<N|Sunita Deshpande>>, she starts monday. personal email for the welcome pack is <<E|sunita.d1991@gmail.com>>
[09:17] Kevin Chen: done. her laptop MAC is <<MAC|3C:22:FB:71:0A:9E>>, I whitelisted it
[09:18] Megan Oyelaran: ty 🙏
""".replace("Megan Oyelaran:", "<<N|Megan Oyelaran>>:").replace("Kevin Chen:", "<<N|Kevin Chen>>:"))

pos("irc", "en", """
[2023-11-19 22:03:11] <marek_p> anyone else seeing 502s on the mirror?
[2023-11-19 22:03:40] <jules> yeah, from here too. my box is <<IP|94.23.118.207>> if you want to check the logs
[2023-11-19 22:04:02] <marek_p> jules: found it, the cache node ran out of disk
[2023-11-19 22:05:27] <jules> nice. btw tell <<N|annika>> she left her passphrase in the pastebin again: <<K|correct-pony-battery-7711>>
[2023-11-19 22:06:00] <marek_p> lol. pinging her
""")

pos("csv", "en", """
customer_id,first_name,last_name,email,phone,street,postcode,city,date_of_birth
100231,<<N|Aoife>>,<<N|Gallagher>>,<<E|aoife.gallagher@eircom.net>>,<<P|+353 87 294 1183>>,<<A|14 Clontarf Road>>,D03 X2K7,Dublin,<<D|1988-07-21>>
100232,<<N|Bartholomew>>,<<N|Nakamura-Reyes>>,<<E|bart.nr@protonmail.com>>,<<P|(415) 739-2281>>,<<A|2210 Fillmore St Apt 4>>,94115,San Francisco,<<D|1975-02-03>>
100233,<<N|Chidinma>>,<<N|Eze>>,<<E|chidinma.eze@yahoo.com>>,<<P|+44 7484 120 965>>,<<A|8 Portland Terrace>>,NG7 4BZ,Nottingham,<<D|1999-12-30>>
100234,<<N|Duncan>>,<<N|MacAskill>>,<<E|dmacaskill@btinternet.com>>,<<P|01463 710 284>>,<<A|Croft House, 3 Ness Bank>>,IV2 4SF,Inverness,<<D|1961-05-09>>
""")

pos("sql", "en", """
-- dump of table patients, staging copy (should have been anonymised!)
INSERT INTO patients (id, full_name, dob, ssn, phone, address) VALUES
 (5012, '<<N|Lakshmi Venkataraman>>', '<<D|1979-10-04>>', '<<S|518-62-4409>>', '<<P|(609) 555-0148>>', '<<A|41 Witherspoon St, Princeton, NJ 08542>>'),
 (5013, '<<N|Gideon Abernathy>>', '<<D|1952-06-17>>', '<<S|274-19-8836>>', '<<P|(609) 938-2714>>', '<<A|9 Mercer Ct, Lawrenceville, NJ 08648>>'),
 (5014, '<<N|Rosalind Q. Featherstonehaugh>>', '<<D|1990-01-28>>', '<<S|402 71 5563>>', NULL, '<<A|PO Box 117, Pennington, NJ 08534>>');
""")

pos("json", "en", """
{
  "user": {
    "id": "u_7f3a91",
    "displayName": "<<N|Marisol Oyelowo>>",
    "email": "<<E|marisol.oyelowo@icloud.com>>",
    "phone": "<<P|+1 312 555 7719>>",
    "birthDate": "<<D|1993-08-14>>",
    "address": {"line1": "<<A|1645 W Division St>>", "line2": "<<A|Unit 3R>>", "city": "Chicago", "state": "IL", "zip": "60622"},
    "lastLoginIp": "<<IP|73.44.190.208>>",
    "createdAt": "2021-04-02T11:20:33Z"
  }
}
""")

pos("config", "en", """
# application.yml (billing-service, prod)
spring:
  datasource:
    url: jdbc:postgresql://<<IP|10.20.4.17>>:5432/billing
    username: billing_rw
    password: <<K|T7q!mZ4v#Lr92xWe>>
  mail:
    host: smtp.mailgun.org
    username: postmaster@mg.example-billing.io
    password: <<K|key-3f9a1c7e0b2d4f6a8c9e1b3d5f7a9c0e>>
stripe:
  secret-key: <<K|sk_live_51HqT9xKz2eVb8Rw0PmN4cLs7YdJ3fGh6>>
  publishable-key: pk_live_51HqT9xKz2eVb8Rw0qAa1Bb2Cc3Dd4Ee5
""")

pos("log", "en", """
<<IP|185.220.101.47>> - - [12/Mar/2024:06:25:14 +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0"
<<IP|86.149.22.130>> - - [12/Mar/2024:06:25:19 +0000] "GET /account/orders?page=2 HTTP/2.0" 200 8812 "https://shop.example.net/account" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
<<IP|86.149.22.130>> - - [12/Mar/2024:06:25:21 +0000] "POST /api/cart/add HTTP/2.0" 201 64 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
127.0.0.1 - - [12/Mar/2024:06:25:30 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"
<<IP|2a02:c7c:5d21:9f00:1c4e:88ff:fe21:3b07>> - - [12/Mar/2024:06:25:44 +0000] "GET /static/app.js HTTP/2.0" 304 0 "-" "Mozilla/5.0 (X11; Linux x86_64)"
""")

pos("log", "en", """
Mar  3 02:11:08 bastion sshd[21877]: Failed password for invalid user admin from <<IP|45.155.205.233>> port 51822 ssh2
Mar  3 02:11:10 bastion sshd[21877]: Connection closed by invalid user admin <<IP|45.155.205.233>> port 51822 [preauth]
Mar  3 07:42:55 bastion sshd[22410]: Accepted publickey for rkaur from <<IP|82.132.219.64>> port 60114 ssh2: ED25519 SHA256:q8Hc2f0aVt1mX0d3PbQm0yZc7r6m1Kk4n9wE2sT5uLo
Mar  3 07:42:55 bastion sshd[22410]: pam_unix(sshd:session): session opened for user rkaur(uid=1004) by (uid=0)
Mar  3 07:58:31 bastion sudo:    rkaur : TTY=pts/0 ; PWD=/home/rkaur ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx
""")

pos("log", "en", """
2024-06-11T14:02:17Z fw01 DROP IN=eth0 OUT= MAC=00:1b:21:3a:4f:10:d4:6d:50:9a:11:02:08:00 SRC=<<IP|203.145.77.81>> DST=<<IP|10.1.0.25>> LEN=60 PROTO=TCP SPT=44321 DPT=3389 SYN
2024-06-11T14:02:19Z fw01 ACCEPT IN=eth1 OUT=eth0 SRC=<<IP|10.1.3.88>> DST=<<IP|151.101.2.133>> LEN=52 PROTO=TCP SPT=52110 DPT=443
2024-06-11T14:02:20Z fw01 DROP IN=eth1 OUT=eth0 SRC=<<IP|10.1.3.88>> DST=8.8.8.8 LEN=72 PROTO=UDP SPT=53411 DPT=53
""".replace("MAC=00:1b:21:3a:4f:10:d4:6d:50:9a:11:02:08:00", "MAC=<<MAC|d4:6d:50:9a:11:02>>"))

pos("log", "en", """
Jan 22 08:31:02 gw dhcpd[1188]: DHCPDISCOVER from <<MAC|a4:83:e7:2c:19:5f>> (Emilys-iPad) via br0
Jan 22 08:31:02 gw dhcpd[1188]: DHCPOFFER on <<IP|192.168.1.47>> to <<MAC|a4:83:e7:2c:19:5f>> (Emilys-iPad) via br0
Jan 22 08:31:03 gw dhcpd[1188]: DHCPREQUEST for <<IP|192.168.1.47>> (192.168.1.1) from <<MAC|a4:83:e7:2c:19:5f>> (Emilys-iPad) via br0
Jan 22 08:31:03 gw dhcpd[1188]: DHCPACK on <<IP|192.168.1.47>> to <<MAC|a4:83:e7:2c:19:5f>> (Emilys-iPad) via br0
Jan 22 08:40:51 gw dhcpd[1188]: DHCPINFORM from <<IP|192.168.1.63>> via br0
""")

pos("config", "en", """
# .env  — DO NOT COMMIT
APP_ENV=production
APP_KEY=<<K|base64:Qm9vdHN0cmFwS2V5Rm9yUHJvZEFwcDEyMzQ1Njc4OTA=>>
DB_HOST=<<IP|172.18.0.4>>
DB_USERNAME=forge
DB_PASSWORD=<<K|pZ8&uy3Kq!w7>>
REDIS_URL=<<U|redis://default:Hv72kLpq09zX@cache.internal:6379/0>>
MAIL_FROM_ADDRESS=no-reply@shopfront.test
SENTRY_DSN=https://4f2a9c1e7b3d4e5f8a6b7c8d9e0f1a2b@o447711.ingest.sentry.io/5512203
PUSHER_APP_SECRET=<<K|9c4e1f7a2b8d3e6f0a5c>>
""")

pos("config", "en", """
version: "3.9"
services:
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: wiki
      POSTGRES_PASSWORD: <<K|m4rm0set-Orbit-552>>
      POSTGRES_DB: wiki
  app:
    image: requarks/wiki:2
    environment:
      DB_TYPE: postgres
      DB_HOST: db
      DB_PASS: <<K|m4rm0set-Orbit-552>>
      ADMIN_EMAIL: <<E|f.lindqvist@lindqvist-family.net>>
    ports:
      - "3000:3000"
""")

pos("config", "en", """
apiVersion: v1
kind: Secret
metadata:
  name: payments-gateway
  namespace: prod
type: Opaque
data:
  ADYEN_API_KEY: <<K|QVFFcWhtZkt4SWpMYWhCTlp3OFhsR1pGdz09LWg0Rkx1Y3NPNw==>>
  WEBHOOK_HMAC: <<K|NGY3YTJjOWUxYjNkNWY3YTljMGUyYjRkNmY4YTBjMmU=>>
stringData:
  DB_URL: <<U|postgresql://payments:Qe81!vNz@pg-payments.prod.svc:5432/payments>>
""")

pos("config", "en", """
; ~/.npmrc on build agent 7
registry=https://registry.npmjs.org/
@acme-internal:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=<<K|ghp_Xk29vBq7LmT4nR8sWc1dY6eJ0pHa3uZ5fNgQ>>
//registry.npmjs.org/:_authToken=<<K|npm_8fKq2LzX9wR4tY7bN1mC5vD3sA6hJ0gE2pU>>
always-auth=true
""")

pos("config", "en", """
# ~/.pgpass  (chmod 600)
# hostname:port:database:username:password
db-reporting.internal:5432:analytics:<<K|report_ro:W1ndm1ll#Sky>>
<<IP|10.40.2.9>>:5432:*:<<K|postgres:Gr4nite-Falls-83>>
localhost:5432:dev:dev:dev
""")

pos("shell", "en", """
  501  cd ~/src/inventory
  502  git pull
  503  export GITHUB_TOKEN=<<K|ghp_7pQ2sLx9Vb4nM1cT8kR6wZ3yF0aH5dJ2eUgX>>
  504  curl -u <<K|deploy:Ha7!wq9Zr2>> https://ci.internal.example/job/inventory/build
  505  mysql -h <<IP|10.0.9.31>> -u root -p<<K|Oxford1987!>> inventory < fix.sql
  506  ssh deploy@10.0.9.40
  507  history | tail
""".replace("ssh deploy@10.0.9.40", "ssh deploy@<<IP|10.0.9.40>>"))

pos("ci", "en", """
Run ./scripts/publish.sh
+ echo "Publishing build 1482 to artifact store"
Publishing build 1482 to artifact store
+ curl -sS -H 'Authorization: Bearer <<K|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjaS1wdWJsaXNoZXIiLCJpYXQiOjE3MTI2NjQwMDB9.f3Nq8xV2pL0cR7dT1yK9wB4mZ6sH5jA3gE8uQ2oX1vc>>' -X PUT https://artifacts.internal/builds/1482 --data-binary @dist.tgz
  % Total    % Received % Xferd  Average Speed   Time
100 18.2M  100    31  100 18.2M  2211k      3  0:00:08  0:00:08 --:--:-- 2431k
{"status":"stored","build":1482}
+ echo "done"
""")

pos("html", "en", """
<section class="about">
  <h2>About me</h2>
  <p>I'm <strong><<N|Imogen Achterberg>></strong>, a freelance piano teacher in Bath. Lessons take place at my home studio,
  <<A|12 Camden Crescent, Bath BA1 5HY>>.</p>
  <ul class="contact">
    <li>Phone: <a href="tel:+447823614509"><<P|07823 614 509>></a></li>
    <li>Email: <a href="mailto:imogen.piano@gmail.com"><<E|imogen.piano@gmail.com>></a></li>
  </ul>
</section>
""".replace('mailto:imogen.piano@gmail.com', 'mailto:<<E|imogen.piano@gmail.com>>').replace('tel:+447823614509', 'tel:<<P|+447823614509>>'))

pos("vcard", "en", """
BEGIN:VCARD
VERSION:3.0
N:<<N|Delacroix-Whitfield>>;<<N|Simone>>;;;
FN:<<N|Simone Delacroix-Whitfield>>
TEL;TYPE=CELL:<<P|+1 646 555 0193>>
TEL;TYPE=HOME:<<P|+1 718 555 2270>>
EMAIL;TYPE=HOME:<<E|simone.dw@me.com>>
ADR;TYPE=HOME:;;<<A|388 Prospect Pl Apt 2F>>;Brooklyn;NY;11238;USA
BDAY:<<D|1984-11-02>>
END:VCARD
""")

pos("invoice", "en", """
INVOICE  INV-2024-00871                      Date: 3 April 2024
Greenleaf Gardening Ltd, Harrogate             VAT Reg. GB 284 7711 06

Bill to:
<<N|Mr Oluwaseun Adebayo-Hart>>
<<A|The Old Forge>>
<<A|2 Church Lane>>
<<A|Kirk Hammerton>>
<<A|York YO26 8DG>>

Hedge trimming (front and rear), 4 h @ £32.00        £128.00
Green waste removal                                 £ 45.00
Total due                                           £173.00
Pay by bank transfer, sort code 40-47-84, or call our office on 01423 500 600.
""".replace("<<N|Mr Oluwaseun", "Mr <<N|Oluwaseun"))

pos("form", "en", """
NEW HIRE INFORMATION — CONFIDENTIAL (HR use only)
Legal name ............ <<N|Theodore J. Vasquez-Lindgren>>
Preferred name ........ <<N|Teddy>>
Date of birth ......... <<D|04/19/1990>>
SSN ................... <<S|431-58-2076>>
Home address .......... <<A|5521 Alder Creek Dr, Boise, ID 83714>>
Personal phone ........ <<P|(208) 555-3391>>
Emergency contact ..... <<N|Marta Vasquez>> (mother) <<P|(208) 555-8842>>
Start date ............ 06/03/2024     Employee ID: E-20931
Direct deposit ........ routing 124000054, account ending 4471
""")

pos("form", "en", """
PATIENT REGISTRATION — Meadowbank Surgery
Surname: <<N|Fitzgerald-Osei>>           Forename(s): <<N|Caoimhe Adwoa>>
Date of birth: <<D|17.02.1968>>           NHS number: <<ID|$nhs1>>
Address: <<A|Flat 9, 41 Morningside Road, Edinburgh EH10 4AY>>
Mobile: <<P|07954 331 870>>
Previous GP: Dr <<N|Alasdair Munro>>, Tollcross Health Centre
Allergies: penicillin (rash, 2009)
Registered by: <<N|K. Sandhu>> (receptionist) on 12/01/2024
""")

pos("label", "en", """
SHIP TO:
<<N|Nomvula Dlamini>>
<<A|Unit 14B>>
<<A|88 Kingsway Drive>>
<<A|Morningside>>
<<A|Durban 4001>>
SOUTH AFRICA
Tel: <<P|+27 82 914 5530>>

FROM: Kestrel Outdoor Supplies, Leicester
Parcel 1/1   Weight 2.4 kg   Service: INTL TRACKED   Tracking: RR418273645GB
""")

pos("letter", "en", """
<<N|Mrs Eleanor Pryce-Jones>>
<<A|Ty Gwyn>>
<<A|14 Heol y Coed>>
<<A|Llandeilo>>
<<A|SA19 6RE>>

15 May 2024

Dear Mrs Pryce-Jones,

Re: Your claim for council tax reduction

Thank you for the documents you sent on 2 May. We have now assessed your claim and you will receive
a separate bill showing the reduction. If your circumstances change, please tell us within 21 days.

Yours sincerely,

<<N|Gareth Llewellyn>>
Revenues Officer
""".replace("<<N|Mrs Eleanor Pryce-Jones>>", "Mrs <<N|Eleanor Pryce-Jones>>").replace("Dear Mrs Pryce-Jones", "Dear Mrs <<N|Pryce-Jones>>"))

pos("cv", "en", """
<<N|FATIMA ZAHRA EL-AMRANI>>
<<A|17 Rue Rivoli Court, 4 Marlborough Road, Cardiff CF23 5BU>> · <<P|+44 7700 184 522>> · <<E|fz.elamrani@gmail.com>>
Date of birth: <<D|9 June 1995>> · linkedin.com/in/fatima-elamrani

PROFILE
Data analyst with five years of experience in retail forecasting (Python, SQL, Power BI).

EXPERIENCE
2021–present  Senior Analyst, Pennant Retail Group, Cardiff
2019–2021     Analyst, Severn Water, Gloucester

REFERENCES
<<N|Dr Hugh Pennington>>, Head of Analytics — available on request
""".replace("<<N|Dr Hugh Pennington>>", "Dr <<N|Hugh Pennington>>").replace("<<A|17 Rue Rivoli Court, 4 Marlborough Road, Cardiff CF23 5BU>>", "<<A|4 Marlborough Road, Cardiff CF23 5BU>>"))

pos("notes", "en", """
Weekly sync — Platform team — 14 Feb
Present: <<N|Yusuf>>, <<N|Beatriz>>, <<N|Hamish O'Rourke>>, <<N|Lin>> (notes)
Apologies: <<N|Kwame Asante>>

1. Incident 2024-02-09 (DNS): root cause confirmed, postmortem doc owned by <<N|Beatriz>>.
2. On-call rota: <<N|Hamish>> swaps week 9 with <<N|Yusuf>>.
3. <<N|Kwame>>'s parental leave starts 1 March; cover by <<N|Lin>>.
Action: Yusuf to rotate the staging DB password (currently in the wiki!) — value was <<K|St4ging#Feb2024>>.
""".replace("Action: Yusuf", "Action: <<N|Yusuf>>"))

pos("statement", "en", """
Statement of account — 01/05/2024 to 31/05/2024
Account holder: <<N|MR CALLUM J ARMSTRONG>>
IBAN: <<I|$gb1>>      BIC: NWBKGB2L
Date       Description                                   Out       In      Balance
02 May     CARD 4721 TESCO STORES 2281                   23.41              1,204.12
03 May     FP FROM <<N|ARMSTRONG L>> HOUSEKEEPING                   150.00   1,354.12
07 May     DD BRITISH GAS                                 88.00             1,266.12
15 May     SALARY HALCYON DESIGN LTD                             2,310.55   3,576.67
""".replace("<<N|MR CALLUM J ARMSTRONG>>", "MR <<N|CALLUM J ARMSTRONG>>"))

pos("report", "en", """
INCIDENT REPORT  Ref: CR/2024/118834         Officer: PC 4471 <<N|R. Adeyemi>>
Date/time of incident: 23/03/2024 approx. 23:40
Location: car park behind the Swan Hotel, High Street (no house number)
Victim: <<N|Jolanta Wiśniewska>>, DOB <<D|02/11/1986>>, of <<A|6 Orchard Close, Alton GU34 2LP>>, tel <<P|07402 558 931>>
Witness: <<N|Daniel Obi>>, DOB <<D|14/08/2001>>, address withheld
Account: Victim states that a male approx. 30 years old took her handbag containing her driving
licence (no. <<ID|WISNI862116J99FX>>) and bank cards. CCTV requested from the hotel.
""")

pos("report", "en", """
Motor claim notification — Policy HM-55102938
Policyholder: <<N|Siobhan Carrick>>, born <<D|30 January 1977>>
Driving licence: <<ID|CARRI701307S99AB>>
Third party: <<N|Mr Arjun Malhotra>>, <<A|Flat 2, 19 Boundary Road, Hove BN3 4EF>>, mobile <<P|07733 219 604>>
Circumstances: third party reversed out of a driveway on Boundary Road and struck the nearside door.
Vehicle: Ford Focus, reg. withheld. Photos attached (IMG_2231–IMG_2236).
""".replace("<<N|Mr Arjun Malhotra>>", "Mr <<N|Arjun Malhotra>>"))

pos("booking", "en", """
BOOKING CONFIRMATION   PNR: K7QX2M
Passenger 1: <<N|OKAFOR/CHIAMAKA MS>>     e-ticket 125-2384719931
Passenger 2: <<N|OKAFOR/EMEKA MSTR>>      e-ticket 125-2384719932
BA 0075   LHR 11:35 → LOS 18:25   12 AUG   Economy (V)
APIS: passport <<ID|561837294>> GBR exp 2031-04-08, DOB <<D|14MAR84>> / passport <<ID|548201673>> GBR, DOB <<D|02SEP15>>
Contact: <<P|+44 7946 120 318>> / <<E|chiamaka.okafor@hotmail.co.uk>>
""".replace("<<N|OKAFOR/CHIAMAKA MS>>", "<<N|OKAFOR/CHIAMAKA>> MS").replace("<<N|OKAFOR/EMEKA MSTR>>", "<<N|OKAFOR/EMEKA>> MSTR"))

pos("school", "en", """
Hillcrest Primary School — Pupil record (Year 4)
Pupil: <<N|Oliver Tremaine-Nkemelu>>    Admission no. 2019/044
Date of birth: <<D|22nd October 2015>>
Parent/carer 1: <<N|Ngozi Nkemelu>> — <<P|07881 240 566>> — <<E|ngozi.nkemelu@gmail.com>>
Parent/carer 2: <<N|Ben Tremaine>> — <<P|07592 118 043>>
Home: <<A|31 Sycamore Avenue, Luton LU3 1PF>>
Notes: mild asthma (inhaler in office); collected by grandmother <<N|Patricia>> on Thursdays.
""")

pos("chat", "en", """
[14/06/2024, 19:02:11] Mum: did you send the deposit for the flat?
[14/06/2024, 19:05:47] Rhiannon: yes! landlord's details were <<N|Colin Barraclough>>, <<I|$gb2>>
[14/06/2024, 19:06:02] Mum: and the address again?
[14/06/2024, 19:06:40] Rhiannon: <<A|42 Beech Grove, Headingley, Leeds LS6 3AF>> 🏠
[14/06/2024, 19:07:15] Mum: lovely. dad says well done x
""".replace("] Rhiannon:", "] <<N|Rhiannon>>:"))

pos("chat", "en", """
Microsoft Teams — chat with Dev Anand, 09/04/2024
Dev Anand 10:12
hey, the finance portal keeps kicking me out
Maria Kostadinova 10:13
can you send me your machine's IP? run ipconfig
Dev Anand 10:15
IPv4 Address. . . . . . . . . . . : 10.112.6.58
Physical Address. . . . . . . . . : 9C-B6-D0-4E-12-A7
Maria Kostadinova 10:17
thanks Dev, your lease was stale. try again now
""".replace("Dev Anand 10", "<<N|Dev Anand>> 10").replace("Maria Kostadinova 10", "<<N|Maria Kostadinova>> 10").replace("chat with Dev Anand", "chat with <<N|Dev Anand>>").replace("10.112.6.58", "<<IP|10.112.6.58>>").replace("9C-B6-D0-4E-12-A7", "<<MAC|9C-B6-D0-4E-12-A7>>").replace("thanks Dev,", "thanks <<N|Dev>>,"))

pos("ticket", "en", """
Chargeback dispute #CB-77120
Cardholder: <<N|Lucía Brennan>>
Card number (as provided by customer on the phone): <<C|$visa1>>   exp 09/27
Amount: USD 412.80   Merchant: Skyline Furniture Outlet
Reason: item never delivered. Customer address on file: <<A|77 Harbor View Rd, Apt 12, Portland, ME 04101>>
Agent: <<N|Terrence Oduya>> — please redact the PAN before forwarding to the merchant!
""")

pos("config", "en", """
# ~/.aws/credentials
[default]
aws_access_key_id = <<K|AKIA4ZQ7TRB2KXW9LM3D>>
aws_secret_access_key = <<K|u7Gk2pX9vL4mQ1sR8tY3wZ6bN0cH5jF2eA7dK9qP>>
region = eu-west-2

[backup]
aws_access_key_id = <<K|AKIA2MN8PQ4RS7TV1XY5>>
aws_secret_access_key = <<K|Zt3Yq8Wm1Vn6Ub4Rc9Xe2Kd7Jf0Hg5La3Ps8Oi1>>
""")

pos("ticket", "en", """
Subject: server access for contractor
From: <<N|Ines Carvalho>>

Hi IT, here's the key so you can log in to the staging box as me — sorry, it's the only copy I have:

<<K|-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDqR7YxW2vK9mL3tN8pQ4sZ1cF6hJ0bD5gA2eU7iO9wXAAAAJgKq2mPCqtp
jwAAAAtzc2gtZWQyNTUxOQAAACDqR7YxW2vK9mL3tN8pQ4sZ1cF6hJ0bD5gA2eU7iO9wXA
AAAEBk3Yq8Wm1Vn6Ub4Rc9Xe2Kd7Jf0Hg5La3Ps8Oi1Zt3Yq8Wm1Vn6Ub4Rc9Xe2Kd7J
-----END OPENSSH PRIVATE KEY----->>

Thanks!
<<N|Ines>>
""")

pos("form", "en", """
Service Canada — Direct deposit enrolment (copy kept by employer)
Name: <<N|Geneviève Tremblay-Nakashima>>
Social Insurance Number: <<ID|$sin1>>
Date of birth (YYYY-MM-DD): <<D|1982-09-25>>
Address: <<A|1408-250 Rue Saint-Antoine O, Montréal QC H2Y 0A3>>
Telephone: <<P|514-555-0177>>
Institution 815 / Transit 30051 / Account ****4412
""")

pos("email", "en", """
Hi Jason,

Please find my onboarding details below for payroll:
Full name: <<N|Matilda Rose Hargreaves>>
TFN: <<ID|$tfn1>>
DOB: <<D|3/12/1996>>
Residential address: <<A|Unit 5, 17 Coogee Bay Road, Randwick NSW 2031>>
Mobile: <<P|0412 558 907>>
Super fund: AustralianSuper, member no. 300418822

Cheers,
<<N|Tilly>>
""".replace("Hi Jason,", "Hi <<N|Jason>>,"))

pos("form", "en", """
Department of Social Protection — Change of address
PPS Number: <<ID|$ppsn1>>
Name: <<N|Pádraig Ó Súilleabháin>>
New address: <<A|Apartment 11, Block C, Gleann na Rí, Galway H91 X2C8>>
Previous address: <<A|3 Ard Mhuire, Tuam, Co. Galway H54 R6P3>>
Contact number: <<P|087 331 9025>>
Date of birth: <<D|1 Feabhra 1972>>
""")

pos("ticket", "en", """
Case 00981122 – KYC documents received (Singapore)
Applicant: <<N|Tan Wei Ling>>, NRIC <<ID|$nric1>>, DOB <<D|12 Jul 1988>>
Spouse: <<N|Rajesh s/o Kumaravel>>, FIN <<ID|$fin1>>
Residential: <<A|Blk 412 Ang Mo Kio Avenue 10, #08-1127, Singapore 560412>>
Mobile: <<P|+65 9183 4470>>
Checked by: <<N|Nur Aisyah binte Rahman>> (Compliance)
""")

pos("form", "en", """
Loan application — KYC section (Bengaluru branch)
Applicant name: <<N|Ananya Krishnamurthy>>
Father's name: <<N|K. Raghavendra Rao>>
PAN: <<ID|BQZPK4721M>>     Aadhaar: <<ID|$aad1>>
DOB: <<D|05-08-1991>>
Address: <<A|No. 23, 4th Cross, 2nd Main, Jayanagar 3rd Block, Bengaluru 560011>>
Mobile: <<P|+91 98450 22731>>
""")

pos("prose", "en", """
My grandmother, <<N|Dorothea Whitcombe>>, was born on <<D|the 3rd of March, 1941>> in a farmhouse near
Ludlow, and she still lives at <<A|Holly Cottage, Brook Lane, Onibury, Craven Arms SY7 9AW>>. If you write to her for
the family history project, her email is <<E|dottie.whitcombe41@btinternet.com>> — she checks it on Sundays.
""")

pos("config", "en", """
// config/database.js
module.exports = {
  mongo: {
    uri: process.env.MONGO_URI || "<<U|mongodb+srv://svc_orders:q9Lm2Vx7Tz@cluster0.k3j8x.mongodb.net/orders?retryWrites=true&w=majority>>",
  },
  redis: {
    url: "<<U|rediss://default:AVNS_k2Lw9Qx7Rt3Yp1Zm@redis-prod-4411.aivencloud.com:22771>>",
  },
  amqp: "<<U|amqp://orders:B7v!tq2Rz@10.3.1.22:5672/prod>>",
};
""")
pos("code", "en", """
# notify.py — quick hack, move to vault later
import requests

SLACK_WEBHOOK = "<<K|https://hooks.slack.com/services/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>>"
TWILIO_SID = "<<K|AC8f2e7d9c1b4a6e3f5d7c9b1a3e5f7d9c>>"
TWILIO_TOKEN = "<<K|4b9e2f7a1c8d3e6f0b5a9c2e7d1f4a8b>>"

def alert(msg):
    requests.post(SLACK_WEBHOOK, json={"text": msg}, timeout=5)
""")

pos("json", "en", """
{
  "type": "service_account",
  "project_id": "harvest-analytics-prod",
  "private_key_id": "<<K|3c9f1e7a2b8d4c6e0f5a9b1d3e7c2a4f6b8d0e1c>>",
  "private_key": "<<K|-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7x2K9mQ4sZ1cF6hJ0\\nbD5gA2eU7iO9wXq8Wm1Vn6Ub4Rc9Xe2Kd7Jf0Hg5La3Ps8Oi1Zt3Yq8Wm1Vn6Ub4Rc\\n-----END PRIVATE KEY----->>\\n",
  "client_email": "etl-runner@harvest-analytics-prod.iam.gserviceaccount.com",
  "client_id": "104829173650218374652",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""")

pos("config", "en", """
<!-- appsettings.Production.json excerpt pasted into ticket SR-22019 -->
"ConnectionStrings": {
  "Default": "Server=tcp:sql-hr-prod.database.windows.net,1433;Initial Catalog=hr;User ID=hr_app;Password=<<K|Kx7$pQ2!vR9m>>;Encrypt=True;",
  "Blob": "DefaultEndpointsProtocol=https;AccountName=hrdocsprod;AccountKey=<<K|r8Vq2Lx9Tz4Mn1Pk7Ws3Yb6Hc0Jd5Fg8Ea2Uo4Ti9Rl1Sm7Qn3Xv6Zw0Ky5Bh2Cg8==>>;EndpointSuffix=core.windows.net"
}
""")

pos("shell", "en", """
$ git remote -v
origin  <<U|https://rbanerjee:ghp_R4nD0mT0k3nV4lu3xQz9Lm2Wp7Ks1Yt6Hb3@github.com/fieldwork-labs/survey-app.git>> (fetch)
origin  <<U|https://rbanerjee:ghp_R4nD0mT0k3nV4lu3xQz9Lm2Wp7Ks1Yt6Hb3@github.com/fieldwork-labs/survey-app.git>> (push)
upstream  git@github.com:fieldwork-labs/survey-app-core.git (fetch)
$ git push origin main
""")

pos("code", "en", """
public class LegacyExport {
    private static final String FTP_HOST = "<<IP|10.14.0.61>>";
    private static final String FTP_USER = "export";
    private static final String FTP_PASS = "<<K|Winter2019!export>>";
    private static final String REPORT_URL = "<<U|ftp://export:Winter2019!export@10.14.0.61/outgoing/>>";

    public static void main(String[] args) throws Exception {
        new FtpUploader(FTP_HOST, FTP_USER, FTP_PASS).upload(Paths.get(args[0]));
    }
}
""")

pos("log", "en", """
[Pipeline] withCredentials
Masking supported pattern matches of $REGISTRY_PASS
[Pipeline] sh
+ docker login -u ci-bot -p **** registry.internal:5000
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
[Pipeline] sh
+ helm upgrade --install web ./chart --set image.tag=2.14.7 --set db.password=<<K|Lq8#nVz2!pR5>> --namespace web
Release "web" has been upgraded. Happy Helming!
""")

pos("http", "en", """
POST /v2/orders/sync HTTP/1.1
Host: api.partner-portal.io
Authorization: Basic <<K|b3JkZXJzeW5jOlRpZ2VyTGlseTc3IQ==>>
X-Api-Key: <<K|pp_live_7d2f9a4c1e8b3f6a0d5c9e2b>>
X-Forwarded-For: <<IP|90.201.144.17>>
Content-Type: application/json
Cookie: session=<<K|s%3AbQ9xL2vR7tZ4mK1pW8yC3nF6hJ0dG5sA.Yq8Wm1Vn6Ub4Rc9Xe2Kd7Jf0Hg5La3Ps8Oi1Zt3>>

{"since": "2024-07-01T00:00:00Z"}
""")

pos("config", "en", """
<?php
// wp-config.php (copied from live site for the migration)
define( 'DB_NAME', 'wp_bakery' );
define( 'DB_USER', 'wp_bakery' );
define( 'DB_PASSWORD', '<<K|Croissant&Jam_2022>>' );
define( 'DB_HOST', '<<IP|10.0.0.14>>' );
define( 'AUTH_KEY',         '<<K|x|v9Q#2mL@8pZ!rT4wK&7yB^3nC*6hJ(0dG)5sF+1eA=>>' );
define( 'SECURE_AUTH_KEY',  '<<K|P@7kQ!2vL#9mX$4tR%8wZ^1yB&6nC*3hJ(5dG)0sF-e>>' );
$table_prefix = 'wp_';
""")

pos("shell", "en", """
# crontab -l (backup server)
MAILTO=""
15 2 * * * /usr/local/bin/restic -r s3:s3.eu-central-1.amazonaws.com/bkp-lindholm backup /srv --password-file /root/.restic
30 3 * * * curl -fsS "https://hc-ping.com/7f3a91c2-4e8b-4d1f-9a2c-6b5e8d0f1a3c" > /dev/null
45 3 * * * curl -s "https://api.telegram.org/bot<<K|6841029375:AAH7qLm2Vx9Tz4Rk1Pw8Ys3Nb6Jc0Df5Gh>>/sendMessage?chat_id=184720391&text=backup-ok"
0 4 * * 1 PGPASSWORD='<<K|Lindholm#Pg2023>>' pg_dump -h <<IP|192.168.20.5>> -U postgres crm | gzip > /srv/dumps/crm.sql.gz
""")

pos("email", "en", """
From: <<E|rosa.valentini@studio-valentini.it>>
To: <<E|bookings@lakehouse-rentals.com>>
Date: Thu, 18 Jul 2024 09:41:05 +0200
Subject: Booking 88213 – guest details

Good morning,
for the registration required by the police, here are our details:
- <<N|Rosa Valentini>>, born <<D|11/02/1979>> in Bergamo, passport <<ID|YA4829173>>
- <<N|Stefano Rizzi>>, born <<D|27/06/1976>> in Brescia, identity card <<ID|CA48291BK>>
- our son <<N|Matteo Rizzi>>, born <<D|03/09/2012>>
We arrive around 18:00. My mobile: <<P|+39 347 882 1940>>.
Best regards,
<<N|Rosa>>
""")

pos("form", "en", """
Form W-4 (copy)   Employee's Withholding Certificate
(a) First name and middle initial: <<N|Kenji R.>>     Last name: <<N|Halvorsen>>
(b) Social security number: <<S|587-31-0942>>
Address: <<A|1920 Juniper Ridge Ln>>
City or town, state, and ZIP code: <<A|Flagstaff, AZ 86001>>
(c) [x] Married filing jointly
Employer: Coconino Outdoor Gear LLC, Flagstaff   EIN 86-2291047
""")

pos("letter", "en", """
Dr <<N|Miriam Abadi>>
Consultant Rheumatologist

Dear Dr <<N|Thorne>>,

Re: <<N|Mr Bogdan Petrescu>>, DOB <<D|19/04/1958>>, NHS No <<ID|$nhs2>>
<<A|22 Wharf Street, Macclesfield SK11 6LB>>

Thank you for referring this pleasant 66-year-old gentleman with a three-month history of
bilateral hand pain. Examination showed synovitis of the MCP joints. I have started methotrexate
and will review him in clinic in six weeks.

Yours sincerely,
<<N|Miriam Abadi>>
""".replace("<<N|Mr Bogdan Petrescu>>", "Mr <<N|Bogdan Petrescu>>"))

pos("csv", "en", """
member_no;surname;forename;dob;postcode;mobile;emergency_contact
R-0101;<<N|Abernethy>>;<<N|Struan>>;<<D|12/04/2009>>;KY16 9AL;<<P|07700 913 442>>;<<N|Fiona Abernethy>> <<P|07700 913 443>>
R-0102;<<N|Nwachukwu>>;<<N|Adaeze>>;<<D|30/11/2010>>;KY16 8RJ;;<<N|Obinna Nwachukwu>> <<P|07812 004 517>>
R-0103;<<N|de Villiers>>;<<N|Jan-Hendrik>>;<<D|05/01/2008>>;KY16 9QS;<<P|07388 660 219>>;<<N|Elsa de Villiers>> <<P|07388 660 210>>
R-0104;<<N|Mac an tSaoir>>;<<N|Eilidh>>;<<D|17/07/2011>>;KY15 4HD;;<<N|Ruaridh Mac an tSaoir>> <<P|01334 655 018>>
""")

pos("sms", "en", """
Hi <<N|Marguerite>>, this is <<N|Dr. Okafor>>'s office reminding you of your dental appointment on Tue 14 May at 3:40pm.
Reply C to confirm or call us on 0161 496 0000. Please bring your exemption card.
""".replace("<<N|Dr. Okafor>>'s", "Dr. <<N|Okafor>>'s"))

pos("ad", "en", """
FOR SALE: 2016 Ford Fiesta 1.0 EcoBoost, 58k miles, full service history, new clutch 2023.
£6,450 ono. Viewing in Stockport (SK4), evenings or weekends.
Ask for <<N|Hussein>> – <<P|07453 229 810>> (no texts please, call) or <<E|h.alsaadi.cars@gmail.com>>
""")

pos("forum", "en", """
Re: Lost cat — tabby with white paws, Kensington area
Posted by greenfinch_22 » Sat Mar 09, 2024 8:12 pm

Seen this evening in the garden of number 14! If it's yours, I'm <<N|Olga Petrovna Sidorova>>, <<A|14 Abingdon Villas, London W8 6BX>>,
you can come by or call <<P|07954 883 120>>. She's very friendly and hungry.
""")

pos("form", "en", """
HOTEL REGISTRATION CARD — Room 412
Guest: <<N|NGUYEN Thi Thu Hang>>
Nationality: Vietnamese   Passport No.: <<ID|C4829173>>   Date of birth: <<D|08 NOV 1990>>
Home address: <<A|18 Ngõ 62 Trần Quang Diệu, Đống Đa, Hà Nội>>
Arrival 02/08/2024  Departure 05/08/2024  Rate: BAR  Card guarantee: VISA ending 7731
Signature: ______________
""")

pos("form", "en", """
VEHICLE RENTAL AGREEMENT  RA 0072841
Driver 1: <<N|Oyelaran, Babatunde>>   DOB <<D|1983-02-11>>
Licence: <<ID|OYELA802113B99KL>> (UK)   Issued 14.05.2018
Driver 2: <<N|Oyelaran, Kemi>>        DOB <<D|1986-09-30>>
Licence: <<ID|OYELA856306K99NP>> (UK)
Card pre-authorisation: <<C|$mc1>> exp 03/26 — £250.00
Vehicle: Vauxhall Corsa, group B  Pick-up: Manchester Airport T2
""")

pos("ticket", "en", """
Support request #5593 (web form)
Name: <<N|yusuf ali khan>>
Email: <<E|yusufkhan.1987@hotmail.com>>
Message: hi my account got locked, username is yusufk87. i think someone logged in from abroad? i got an alert from IP <<IP|41.213.88.140>>
which isnt me. my real ip should be something like <<IP|2a00:23c7:8e1c:4b01:a4f2:19ff:fe0d:7c31>>. please help asap my number is <<P|07477 310 662>>
""")

pos("log", "en", """
2024-09-02 10:14:07,551 INFO  [auth] login ok user_id=88412 email=<<E|paulina.grzybowska@wp.pl>> ip=<<IP|83.27.164.90>> ua="Firefox/129.0"
2024-09-02 10:14:09,102 DEBUG [auth] issued refresh_token=<<K|rt_2f9Kq7LmX3vB8nZ1pW4yT6cR0sH5jD>> ttl=2592000
2024-09-02 10:14:31,774 WARN  [profile] update phone user_id=88412 old=+48 601 *** *** new=<<P|+48 601 233 918>>
2024-09-02 10:15:02,009 INFO  [auth] logout user_id=88412
""")

pos("yaml", "en", """
# ansible inventory — group_vars/all.yml (not encrypted, oops)
ansible_user: ops
ansible_become_pass: <<K|Orch1d-Lantern-64>>
mysql_root_password: <<K|9vT!q2LmZ7xR>>
backup_target: "<<U|sftp://backup:Bk8#wQ2zP@192.168.50.20:22/srv/backups>>"
admins:
  - name: <<N|Leopold Fairweather>>
    email: <<E|leo.fairweather@proton.me>>
  - name: <<N|Noor Al-Hashimi>>
    email: <<E|noor.hashimi@fastmail.com>>
""")

pos("statement", "en", """
Payslip — September 2024
Employee: <<N|Agnieszka Wróblewska-Hale>>      Employee no: 004417
NI number: <<ID|JT 48 29 17 C>>      Tax code: 1257L
Address: <<A|9 Cobden Street, Salford M6 6WF>>
Basic pay 2,450.00 | Overtime 182.40 | Tax 316.20 | NI 148.37 | Pension 131.62
Net pay 2,036.21 paid to account ****5521 (sort code 20-**-**)
""")

pos("email", "en", """
On Mon, 4 Mar 2024 at 16:20, Pierre-Yves Lemaire <py.lemaire@orange.fr> wrote:
> Could you send me the bank details again? The transfer bounced.

Hi Pierre-Yves,
sorry about that, I gave you an old account. The correct one is:
Account holder: <<N|Hannah Okoro-Whitley>>
IBAN: <<I|$fr1>>
BIC: BNPAFRPPXXX
Thanks! <<N|H.>>
""".replace("Pierre-Yves Lemaire <py.lemaire@orange.fr>", "<<N|Pierre-Yves Lemaire>> <<<E|py.lemaire@orange.fr>>>").replace("Hi Pierre-Yves,", "Hi <<N|Pierre-Yves>>,"))

pos("chat", "en", """
[Slack] #it-helpdesk
Grace Liu  2:41 PM
hey can someone reset my VPN password? current one is <<K|Blue!Heron42>> and it keeps saying expired
Sam Okafor  2:43 PM
@Grace please never post passwords here 😅 I've reset it, check your phone
Grace Liu  2:44 PM
oops sorry. thanks sam!
""".replace("Grace Liu  2", "<<N|Grace Liu>>  2").replace("Sam Okafor  2", "<<N|Sam Okafor>>  2").replace("thanks sam!", "thanks <<N|sam>>!"))

pos("notes", "en", """
Interview feedback — Backend Engineer (req 2231)
Candidate: <<N|Bilal Chaudhry>>
Panel: <<N|Ruth Ellery>> (chair), <<N|Giancarlo Bellini>>, <<N|Ama Owusu>>
Technical: strong on SQL, weaker on concurrency. Ama: "hire". Giancarlo: "lean hire".
Candidate's current salary (disclosed): £64k. Reachable on <<P|07931 552 004>>.
Decision: offer at L4; <<N|Ruth>> to call him Friday.
""".replace('Ama: "hire"', '<<N|Ama>>: "hire"').replace('Giancarlo: "lean', '<<N|Giancarlo>>: "lean'))

pos("form", "en", """
U.S. Passport renewal worksheet (prepared by applicant)
Name: <<N|Whitaker, Josephine Adelaide>>
Date of birth: <<D|July 4, 1969>>     Place of birth: Savannah, Georgia
SSN: <<S|263 41 8807>>
Most recent passport: <<ID|588120437>> issued 08/15/2015
Mailing address: <<A|PO Box 2281, Tybee Island, GA 31328>>
Phone: <<P|912-555-0164>>   Email: <<E|jo.whitaker.sav@gmail.com>>
""")

pos("invoice", "en", """
RECEIPT — Pawsome Vets, Norwich                      Receipt no. 2024-11873
Client: <<N|Mr T. Abiodun-Grant>>   Client ref 88102
Patient: "Biscuit" (Labrador, 7 y)
Consultation £48.00 | Vaccination £62.50 | Total £110.50
Paid by card: <<C|$visa2>> (customer typed full number into the notes field, please mask)
Next booster due: 18/10/2025
""".replace("<<N|Mr T. Abiodun-Grant>>", "Mr <<N|T. Abiodun-Grant>>"))

pos("report", "en", """
Background check — result summary (tenant screening)
Applicant: <<N|Cormac Delaney-Ruiz>>    DOB: <<D|1994/03/08>>
SSN (last 4 verified): ***-**-6612
Previous addresses:
  <<A|4410 Magnolia Ave Apt 7, Riverside, CA 92506>> (2019–2022)
  <<A|77 Canyon Crest Dr, Riverside, CA 92507>> (2022–present)
Eviction records: none. Credit score band: B.
Screened by: <<N|Latoya Jenkins>>, leasing agent
""")

pos("email", "en", """
Subject: Birth announcement 🎉

Dear friends,
we're delighted to announce the arrival of <<N|Isla Margaret Fenwick>>, born <<D|4 January 2024>> at 03:12,
weighing 3.4 kg. Mum (<<N|Charlotte>>) and baby are doing well. Cards can go to our new place:
<<A|11 Primrose Walk, Hexham NE46 3PL>>.
Love, <<N|Tom>> & <<N|Charlotte Fenwick>>
""")

pos("json", "en", """
[
 {"ts":"2024-10-02T08:15:33Z","event":"device.joined","mac":"<<MAC|f0:18:98:4c:2e:a1>>","ip":"<<IP|10.8.14.201>>","hostname":"MBP-Aleksandra","owner":"<<N|Aleksandra Nowicka>>"},
 {"ts":"2024-10-02T08:17:02Z","event":"device.joined","mac":"<<MAC|F0-18-98-4C-2E-B7>>","ip":"<<IP|10.8.14.202>>","hostname":"iPhone","owner":"<<N|Aleksandra Nowicka>>"},
 {"ts":"2024-10-02T08:20:45Z","event":"device.joined","mac":"<<MAC|0025.96ff.fe12>>","ip":"<<IP|10.8.14.57>>","hostname":"printer-3f","owner":null}
]
""")

pos("config", "en", """
[client]
user=wp_admin
password=<<K|5umm3rT1me!>>
host=<<IP|10.2.3.4>>

[mysqldump]
user=backup
password=<<K|qW8e#rT5y!>>
""")

pos("ticket", "en", """
#INC0091123  Laptop stolen from car
Reported by: <<N|Ebony Castellanos>> (Finance), tel. <<P|020 7946 4417>>
Asset: Lenovo ThinkPad T14 Gen 3, asset tag LT-20931, serial PF3K2X9Z
Wi-Fi MAC: <<MAC|8C:8D:28:1F:6A:03>>   Last seen IP: <<IP|10.60.12.88>> (VPN) 2024-03-11 18:02
BitLocker recovery key (requested to wipe): <<K|482617-093214-771902-305518-664271-120934-558301-927704>>
Police crime ref: 6029/11MAR24
""")
# ================================================================ English, hard negatives
neg("release", "en", """
Release notes — Harbor Sync 4.12.0 (build 4.12.0.20240611.1873)
* Upgraded bundled OpenSSL from 3.0.13 to 3.0.14 (CVE-2024-4741).
* New SNMP trap OID 1.3.6.1.4.1.53864.2.1.7 for replication lag alerts.
* Default pool size changed from 10 to 32; see section 7.4.2 of the admin guide.
* Fixed: agent 4.11.3 crashed when the config contained IPv6 literal [::1].
Upgrade path: 4.9.x → 4.10.5 → 4.12.0. Checksums (SHA-256):
  harbor-sync-4.12.0-linux-amd64.tar.gz  9f2c1e7a4b8d3f6e0a5c9b2d7e1f4a8c3b6d9e0f2a5c8b1d4e7f0a3c6b9d2e5f
""")

neg("inventory", "en", """
Fleet & IT asset register — Q2
Asset      Type                         Assigned to       Location
VH-0112    Ford Transit Custom 2.0 L2   Pool (Facilities) Depot, Wakefield
VH-0113    Ford Transit Connect         Pool (Estates)    Depot, Wakefield
VH-0120    Mercedes-Benz Sprinter 314   Pool (Logistics)  Hub, Doncaster
IT-4471    Dell Latitude 5440           Finance Pool 3    HQ, 2nd floor
IT-4472    HP EliteBook 840 G10         Loan stock        HQ, IT store
IT-4473    Apple MacBook Air M2         Design Pool       Studio, Leeds
Maintenance contractor: Johnson Controls (HVAC), contract JC-2023-118, renewal 01/09/2025.
""")

neg("news", "en", """
Morgan Stanley raised its price target for Tesla to $310 on Tuesday, citing stronger energy-storage
margins. Chief executive Elon Musk told analysts on the Q3 call that the Cybercab would enter production
"in 2026". Separately, Johnson & Johnson shares fell 2.1% after the company's talc settlement was rejected
by a bankruptcy judge in Houston. Goldman Sachs kept its rating on Ford Motor Co. at neutral.
""")

neg("email", "en", """
From: Customer Service <no-reply@homewares-direct.co.uk>
To: you
Subject: Your order HD-2024-5518273 has shipped

Good news! Your order is on its way.
Order number: HD-2024-5518273    Invoice: INV-778120    Parcel: 1 of 2
Carrier: DPD   Tracking: 15501923847261   Estimated delivery: Thu 12 Sep, 08:30–12:30

Questions? Reply to support@homewares-direct.co.uk or call free on 0800 028 5511 (Mon–Fri 8–8).
Homewares Direct Ltd, Milton Keynes. Registered in England No. 08123345.
""")

neg("git", "en", """
commit 3f9a1c7e0b2d4f6a8c9e1b3d5f7a9c0e2b4d6f8a
Merge: 91c2e4f 7ab03d1
Author: release-bot <release-bot@users.noreply.github.com>
Date:   Fri Jun 14 11:02:44 2024 +0000

    Merge pull request #4821 from org/dependabot/npm_and_yarn/express-4.19.2

    Bump express from 4.18.2 to 4.19.2

 package-lock.json | 112 +++++++++++++-------
 request-id: 6f1d2c3a-9b8e-4f7a-a1d2-5c6e7f8a9b0c
""")

neg("docs", "en", """
## Configuration

Copy `.env.example` to `.env` and fill in your own values:

```
DATABASE_URL=postgres://<user>:<password>@<host>:5432/<db>
API_TOKEN=<your-token>
SMTP_PASSWORD=${SMTP_PASSWORD}
ADMIN_PASSWORD=changeme   # example only — the installer forces you to change it
JWT_SECRET=xxxxxxxxxxxxxxxxxxxxxxxx
```

Never commit the real `.env`. In CI, set `API_TOKEN` as a masked variable and reference it as `$API_TOKEN`.
""")

neg("docs", "en", """
Testing payments
Use these test card numbers in sandbox mode only; any future expiry date and any 3-digit CVC work.
| Brand       | Number               | Result                  |
|-------------|----------------------|-------------------------|
| Visa        | 4242 4242 4242 4242  | Succeeds                |
| Visa        | 4000 0000 0000 0002  | Declined (generic)      |
| Mastercard  | 5555 5555 5555 4444  | Succeeds                |
| Amex        | 3782 822463 10005    | Succeeds                |
| Visa (3DS)  | 4000 0027 6000 3184  | Requires authentication |
Live card numbers are rejected in test mode.
""")

neg("docs", "en", """
IBAN format
An IBAN consists of a two-letter country code, two check digits and the BBAN. Examples from the
ECBS registry:
  United Kingdom   GB82 WEST 1234 5698 7654 32
  Germany          DE89 3704 0044 0532 0130 00
  France           FR14 2004 1010 0505 0001 3M02 606
The check digits are computed with ISO 7064 MOD 97-10. A BIC such as DEUTDEFF or NWBKGB2L identifies the bank,
not the account holder.
""")

neg("history", "en", """
Ada Lovelace (10 December 1815 – 27 November 1852) worked with Charles Babbage on the Analytical Engine.
Her notes, published in 1843 under the initials A.A.L., include what is often called the first
computer program. Babbage (1791–1871) lived for many years at 1 Dorset Street, Marylebone, where a
blue plaque now marks the house.
""")

neg("fiction", "en", """
Chapter 3
Holmes had taken rooms at 221B Baker Street, and it was there, on a foggy November evening, that
Inspector Lestrade called with news of the Brixton Road affair. "Watson," said Holmes, "pass me the
Bradshaw." Meanwhile, in a distant galaxy, Luke Skywalker and Leia Organa were escaping the Death Star.
""")

neg("directions", "en", """
Directions to the venue
From the station, turn left onto Martin Luther King Jr. Boulevard and continue past Lincoln Park.
At the roundabout take the second exit onto Victoria Road, then right at the Queen Elizabeth Hospital
signs. The conference centre is opposite the Kennedy Memorial Library; parking on George Street is free
after 6 pm. Nearest bus stop: Wellington Square (lines 4, 4A, 17).
""")

neg("prose", "en", """
Suppliers shortlisted: Harrington & Sons (Bristol), Patel Packaging (Leicester), Oakes Brothers Timber (Hereford)
and Fitzwilliam Print Ltd (Cambridge). All four quoted within 5% of each other; Harrington's lead time
of 14 working days was the shortest. Site visits are planned for the week of 21 October.
""")

neg("docs", "en", """
Useful numbers
Emergency (police, fire, ambulance): 999 or 112
NHS non-emergency: 111
Samaritans: 116 123 (free, 24/7)
Customer helpline: 0800 917 2244 (freephone) · from abroad +44 20 7946 0000
US office: 1-800-555-0199 (toll-free)
""")

neg("contract", "en", """
This Agreement is made on 14 March 2024 and shall commence on 1 April 2024 (the "Effective Date").
It continues for an initial term of 36 months and renews automatically for successive 12-month periods
unless either party gives not less than 90 days' written notice before 31 March 2027.
Invoices dated before 15 January 2025 are payable within 30 days.
""")

neg("lab", "en", """
Protocol 7.2 — buffer preparation
Dissolve 5.84 g NaCl and 1.21 g Tris base (C4H11NO3) in 800 mL H2O; adjust pH to 7.4 with HCl.
Add 0.5 mL Tween-20 (0.05 % v/v), make up to 1,000 mL. Filter through 0.22 µm. Store at 4 °C for up to 14 days.
Expected conductivity: 10.2 mS/cm at 25 °C. Lot 2024-117-B, expires 2025-06-30.
""")

neg("survey", "en", """
Survey control points (WGS84)
CP-01  51.507351, -0.127758   elev 11.2 m
CP-02  51.501476, -0.140634   elev 14.8 m
CP-03  48°51'29.6"N 2°17'40.2"E  elev 35.0 m
Grid convergence 0.42°, scale factor 0.9996012717. Bearings in degrees from grid north.
""")

neg("biblio", "en", """
Reading list — Module ECON 2031
1. Mankiw, N. G. Principles of Economics, 9th ed. ISBN 978-0-357-03831-4
2. Krugman, P. & Wells, R. Macroeconomics, 6th ed. ISBN 978-1-319-24541-1
3. Piketty, T. Capital in the Twenty-First Century. ISBN 978-0-674-43000-6
DOI examples: 10.1257/aer.20181169, 10.1093/qje/qjx043
""")

neg("math", "en", """
Exercise 4.3. Let f(x) = 3x^2 - 12x + 7. Then f'(x) = 6x - 12 = 0 gives x = 2, and f(2) = -5.
For the system 4x + 2y = 18 and 3x - y = 1, we obtain x = 2, y = 5.
The sequence 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144 satisfies F(n) = F(n-1) + F(n-2).
Check: 1234 × 5678 = 7,006,652.
""")

neg("code", "en", """
public final class PersonNameFormatter {
    private final AddressBookService addressBookService;
    private final CreditCardValidator creditCardValidator;

    public String formatFullName(Person person) {
        return person.getGivenName() + " " + person.getFamilyName();
    }

    boolean isValidIban(String iban) { return IbanUtil.checkMod97(iban); }
    static final String DEFAULT_EMAIL = "user@example.com";
    static final String DEFAULT_PHONE = "+1-555-0100";
}
""")

neg("docs", "en", """
Grace Period And Late Fees
Payment Methods We Accept
Changing Your Billing Address
How To Update Your Date Of Birth
Closing An Account On Behalf Of Someone Else
Each heading above links to a help article; article IDs KB-1021 to KB-1025.
""")

neg("log", "en", """
127.0.0.1 - - [02/Sep/2024:10:11:02 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "curl/8.5.0"
::1 - - [02/Sep/2024:10:11:12 +0000] "GET /metrics HTTP/1.1" 200 4471 "-" "Prometheus/2.53.0"
127.0.0.1 - - [02/Sep/2024:10:11:22 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "curl/8.5.0"
0.0.0.0:8080 listening; workers=8; version=2.4.58
""")

neg("docs", "en", """
Network plan (lab)
VLAN 10  office      10.10.0.0/16   gateway .1    netmask 255.255.0.0
VLAN 20  voice       172.20.0.0/22  gateway .1    netmask 255.255.252.0
VLAN 30  guest       192.168.30.0/24
Upstream resolvers: 1.1.1.1, 9.9.9.9, 8.8.8.8
Documentation examples in this guide use 192.0.2.0/24, 198.51.100.0/24 and 2001:db8::/32.
""")

neg("docs", "en", """
MAC address basics
The first three octets form the OUI that identifies the vendor, e.g. 00:1A:2B (Ayecom), 3C:5A:B4 (Google),
F0:18:98 (Apple). FF:FF:FF:FF:FF:FF is the broadcast address; 00:00:00:00:00:00 is used as "unknown".
Locally administered addresses have the second-least-significant bit of the first octet set (x2, x6, xA, xE).
""")

neg("config", "en", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders-api
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: api
          image: registry.internal/orders-api:1.42.3
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: orders-db, key: password}
            - name: STRIPE_KEY
              valueFrom:
                secretKeyRef: {name: stripe, key: secret-key}
""")

neg("ci", "en", """
Run actions/checkout@v4
Syncing repository: acme/web
Run ./deploy.sh
  env:
    AWS_ACCESS_KEY_ID: ***
    AWS_SECRET_ACCESS_KEY: ***
    DEPLOY_TOKEN: ***
Deploying build #2291 (commit 7ab03d1) to eu-west-1 ...
Uploaded 1,284 files (48.2 MB) in 41s
Invalidation I2J0S4F7K3L9M created
""")

neg("docs", "en", """
Example: configuring the AWS CLI
$ aws configure
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: us-west-2
The key pair above is the example used throughout the AWS documentation and does not work.
""")

neg("form", "en", """
Employee information form (TEMPLATE — do not fill in this copy)
Full legal name: ______________________
Social Security Number: ___-__-____  (format: 123-45-6789)
Date of birth: MM/DD/YYYY
Home address: __________________________  City ______ State __ ZIP _____
Phone: (___) ___-____
""")

neg("config", "en", """
# ~/.ssh/authorized_keys on build-runner-02
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq8Wm1Vn6Ub4Rc9Xe2Kd7Jf0Hg5La3Ps8Oi1Zt3Yq8 ci-deploy
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7x2K9mQ4sZ1cF6hJ0bD5gA2eU7iO9wXq8Wm1Vn6Ub4Rc9Xe2Kd7Jf0Hg5La3Ps8 ansible@mgmt
# host key fingerprint: SHA256:Yq8Wm1Vn6Ub4Rc9Xe2Kd7Jf0Hg5La3Ps8Oi1Zt3Yq8
""")

neg("invoice", "en", """
TAX INVOICE  No. 2024/0931           Date: 30/09/2024   Due: 30/10/2024
Supplier: Brightwater Signage Ltd, Reading     VAT GB 391 2284 55   Company no. 09123847
Customer: Pellham Dental Group Ltd, Oxford     PO 45-7781
Item                              Qty   Unit      Net
Illuminated fascia sign 3000x600   1    1,480.00  1,480.00
Installation (2 operatives)        1      360.00    360.00
VAT 20%                                             368.00
Total GBP                                         2,208.00
Bank: Lloyds, sort code 30-99-50, account 00482917. Queries: accounts@brightwater-signage.co.uk
""")

neg("catalogue", "en", """
Classic car auction — lot list
Lot 14  1967 Jaguar E-Type Series 1 — est. £95,000–£120,000
Lot 15  1972 Morgan Plus 8 — est. £38,000
Lot 16  1988 Ford Sierra RS Cosworth — est. £60,000
Lot 17  1959 Austin Healey 3000 — est. £48,000
Lot 18  Dell OptiPlex 7090 workstations (x40) — office clearance
Viewing at the Goodwood showground, Chichester. Buyer's premium 12.5%.
""")

neg("news", "en", """
Carlos Alcaraz beat Jannik Sinner 6-7(4), 6-4, 7-6(3) in Beijing on Wednesday, his 16th tour-level title.
Earlier, Iga Świątek withdrew with a shoulder problem. In football, Erling Haaland scored twice as
Manchester City won 3-1 at Brentford; Pep Guardiola said afterwards the team "needed this".
""")

neg("kb", "en", """
How do I change the e-mail address on my account?
1. Go to Settings → Profile.
2. Enter the new address and press Save. We'll send a confirmation link to both the old and the new address.
3. If you no longer have access to the old mailbox, write to accounts@sparrow-bank.com or privacy@sparrow-bank.com
   from the new address and include your customer number (never your password or full card number).
Phone support: 0345 300 0000 (local rate), textphone 18001 0345 300 0000.
""")

neg("log", "en", """
[build] Gradle 8.7, JVM 21.0.3 (Eclipse Adoptium 21.0.3+9-LTS)
> Task :app:compileJava
> Task :app:test
  LedgerServiceTest > postsDoubleEntry() PASSED (0.412s)
  IbanParserTest > rejectsBadChecksum() PASSED
  CardMaskerTest > masks4111111111111111() PASSED
BUILD SUCCESSFUL in 1m 14s
Build scan: https://scans.gradle.com/s/k3j8xq2lmz7ta
Artifact: ledger-service-3.18.0-SNAPSHOT+build.2291.jar  sha1=2fd4e1c67a2d28fced849ee1bb76e7391b93eb12
""")

neg("ticket", "en", """
Case summary (anonymised for the quarterly review)
A customer reported on 3 June that the mobile app showed another account's balance after switching users.
Reproduced on build 7.3.1 (iOS 17.5). Root cause: a cached session keyed by device model instead of user.
Fixed in 7.3.2; no data was exposed outside the household concerned. Customer satisfied; case closed 11 June.
""")

neg("bio", "en", """
Abraham Lincoln was born on February 12, 1809, in a log cabin in Hardin County, Kentucky, and was
assassinated on April 14, 1865. Marie Curie (born 7 November 1867 in Warsaw) was the first person to win
Nobel Prizes in two sciences. Alan Turing, born 23 June 1912 in Maida Vale, is commemorated on the £50 note.
""")

neg("sql", "en", """
CREATE TABLE customers (
  id            BIGSERIAL PRIMARY KEY,
  first_name    VARCHAR(80)  NOT NULL,
  last_name     VARCHAR(80)  NOT NULL,
  email         VARCHAR(254) UNIQUE,
  phone         VARCHAR(32),
  date_of_birth DATE,
  ssn_hash      CHAR(64),          -- sha256, never the raw SSN
  card_token    VARCHAR(40),       -- tokenised, e.g. tok_1Pq8Wm1Vn6Ub4Rc9
  created_at    TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX idx_customers_last_name ON customers (last_name);
""")

neg("openapi", "en", """
components:
  schemas:
    Contact:
      type: object
      properties:
        name:  {type: string, example: "Jane Doe"}
        email: {type: string, format: email, example: "jane.doe@example.com"}
        phone: {type: string, example: "+1 555 0100"}
        iban:  {type: string, example: "DE89 3704 0044 0532 0130 00"}
      required: [name, email]
""")

neg("log", "en", """
2024-10-04T12:00:01.114Z INFO  req=6f1d2c3a-9b8e-4f7a-a1d2-5c6e7f8a9b0c route=/api/v1/orders/88127/items status=200 dur=41ms
2024-10-04T12:00:01.352Z INFO  req=0b7e3c11-22a4-4e5f-8d91-77aa02c3e4b1 route=/api/v1/invoices/INV-2024-4471 status=404 dur=7ms
2024-10-04T12:00:02.009Z WARN  req=9a3f4b2c-1d5e-4a6f-b7c8-d9e0f1a2b3c4 slow query (812ms) on shard-07, plan_hash=0x7f3a91c2
2024-10-04T12:00:02.771Z INFO  job=nightly-rollup batch=2024-10-03 rows=1,284,117 status=ok
""")

neg("timetable", "en", """
Service 14A   Monday–Friday (from 2 September)
Bus station        06:12  06:42  07:12  07:37  08:02  then every 20 min until  18:42
Victoria Square    06:19  06:49  07:19  07:45  08:10                            18:50
Queen's Hospital   06:31  07:01  07:31  07:58  08:24                            19:03
Sutton Park gates  06:40  07:10  07:40  08:08  08:35                            19:12
""")

neg("recipe", "en", """
Beef Wellington (serves 6)
1.2 kg beef fillet, 500 g chestnut mushrooms, 12 slices Parma ham, 500 g puff pastry, 2 egg yolks.
Oven 220 °C / 200 °C fan / gas 7. Roast 25–30 min for medium-rare (core 52 °C). Rest 10 min.
Named after Arthur Wellesley, 1st Duke of Wellington (1769–1852), though the link is disputed.
""")

neg("config", "en", """
variable "db_password" {
  description = "Master password for the RDS instance"
  type        = string
  sensitive   = true
}

resource "aws_db_instance" "main" {
  identifier          = "orders-prod"
  engine              = "postgres"
  engine_version      = "16.3"
  instance_class      = "db.r6g.large"
  username            = "orders_admin"
  password            = var.db_password
  publicly_accessible = false
}
""")

neg("config", "en", """
# .env.example — copy to .env
APP_ENV=local
APP_KEY=
DB_HOST=127.0.0.1
DB_PASSWORD=
MAIL_PASSWORD=null
STRIPE_SECRET=sk_test_your_key_here
SENTRY_DSN=https://<key>@o0.ingest.sentry.io/<project>
REDIS_URL=redis://localhost:6379/0
""")

neg("table", "en", """
Parcel rates by postcode area (48h service)
Area            Postcodes                 Rate    Surcharge
Highlands       IV1–IV28, KW1–KW14        £9.80   £4.00
Islands         HS1–HS9, ZE1–ZE3          £12.40  £6.50
Northern Irel.  BT1–BT94                  £8.90   —
Mainland other  all remaining             £5.60   —
Rates valid from 01/04/2024; next review 31/03/2025.
""")

neg("advisory", "en", """
Security advisory SA-2024-017
Affected: libxmlsec 1.2.0 – 1.2.38, 1.3.0 – 1.3.3. Fixed in 1.2.39 and 1.3.4.
CVSS 3.1: 7.5 (AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N). CWE-611.
Workaround: set XMLSEC_NO_XSLT=1. Credit: reported via the project's security@ mailbox.
""")

neg("chat", "en", """
[10:02] <ci-bot> build #2291 passed (main @ 7ab03d1)
[10:05] <deploy-bot> staging updated to 3.18.0-rc.2
[10:11] <ci-bot> build #2292 FAILED: IbanParserTest.rejectsBadChecksum
[10:19] <ci-bot> build #2293 passed (main @ 9c1e2f4)
[10:20] <deploy-bot> prod rollout 3.18.0 started (canary 5%)
""")

neg("news", "en", """
King Charles III and Queen Camilla visited Cardiff on Thursday. Later, Prime Minister Keir Starmer met
French President Emmanuel Macron at Downing Street; the two leaders discussed Channel crossings. The
meeting took place at 10 Downing Street, London SW1A 2AA.
""")

neg("docs", "en", """
Password policy
Passwords must be at least 14 characters and may not contain your user name. Good examples of the
*shape* of a passphrase: "correct horse battery staple" (from xkcd 936 — do not use it!).
Masked in logs as ********. Reset links expire after 30 minutes. MFA codes are 6 digits, e.g. 123 456.
""")

neg("spec", "en", """
Dimensions: 1,820 × 915 × 45 mm; weight 38.5 kg; load 150 kg/m².
Operating voltage 220–240 V AC, 50/60 Hz; standby < 0.5 W.
Part numbers: 4471-220-09, 4471-220-10 (left/right bracket); screw M6×20 DIN 912.
Serial range SN2024-0001 to SN2024-4471. EAN 5012345678900.
""")

neg("email", "en", """
From: IT Service Desk <servicedesk@corp-helpdesk.net>
Subject: Planned maintenance — Saturday 19 October

Dear colleagues,
the VPN concentrators (vpn01, vpn02) will be upgraded to firmware 9.18.4 between 22:00 and 02:00.
Expect two short disconnects. No action is needed. Questions: servicedesk@corp-helpdesk.net or ext. 5000.
Thank you,
IT Service Desk
""")

neg("hash", "en", """
Downloaded files and checksums
  ubuntu-24.04.1-live-server-amd64.iso  e240e4b801f7bb68c20d1356b60968ad0c33a41d00d828e74ceb3364a0317be9
  SHA1  da39a3ee5e6b4b0d3255bfef95601890afd80709
  MD5   d41d8cd98f00b204e9800998ecf8427e
  UUID  123e4567-e89b-12d3-a456-426614174000
  git   4b825dc642cb6eb9a060e54bf8d69288fbee4904 (empty tree)
""")

neg("html", "en", """
<footer>
  <p>&copy; 2024 Whitfield &amp; Moss Architects LLP, Norwich</p>
  <p>Contact: <a href="mailto:studio@whitfieldmoss.co.uk">studio@whitfieldmoss.co.uk</a> · 01603 000 111</p>
  <p>Registered in England and Wales, OC412233. <a href="/privacy">Privacy</a> · <a href="/careers">jobs@whitfieldmoss.co.uk</a></p>
</footer>
""")

neg("review", "en", """
★★★★☆  "Great hotel, shame about the lift"
Stayed four nights in August. Room 512 overlooked Grafton Street. Breakfast (served 07:00–10:30) was
excellent. The lift was out of order for two days. Reception staff were lovely. Would come back in 2025.
""")

neg("sports", "en", """
Under-12 league table after round 9
Pos Team                 P  W D L  GF GA Pts
1   Kingsway Rovers      9  7 1 1  31 10 22
2   St Aidan's Juniors   9  6 2 1  25 12 20
3   Morgan Park Colts    9  5 1 3  19 15 16
4   Johnson Street FC    9  3 2 4  14 18 11
Fixtures 12 Oct: Rovers v Colts (10:00), Juniors v Johnson Street (11:30).
""")

neg("manual", "en", """
Reset procedure (Ford Transit, 2019–2023)
1. Ignition ON, engine OFF. 2. Hold OK and the brake pedal for 20 s until "Oil life reset" appears.
Default service PIN on the dealer tool is shown as 0000 in this manual; fleets must change it.
Tyre pressure 3.4 bar (49 psi) front, 4.1 bar (59 psi) rear. Torque wheel nuts to 204 Nm.
""")

neg("weather", "en", """
Met bulletin 06:00 UTC. Storm Henk (named 1 January) is moving NE at 35 kt. Gusts 70 mph at Aberporth,
62 mph at Mumbles Head. Pressure 962 hPa at 53°N 12°W, rising 4 hPa/3h. Visibility 3 km in heavy rain.
""")
# ================================================================ German


def ausweis(nine):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in nine]
    return nine + str(sum(v * w for v, w in zip(vals, [7, 3, 1] * 3)) % 10)


V["pa1"] = ausweis("L01X00T47")
V["pa2"] = ausweis("T22000129")

pos("email", "de", """
Von: <<N|Katharina Müller-Lüdenscheidt>> <<<E|k.mueller-luedenscheidt@web.de>>>
An: vermietung@hausverwaltung-altona.de
Betreff: Bewerbung um die 3-Zimmer-Wohnung (Objekt 4471)

Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich gemeinsam mit meinem Partner <<N|Jonas Ebersbach>> um die Wohnung. Anbei unsere Unterlagen.
Derzeitige Anschrift: <<A|Bahrenfelder Straße 112, 22765 Hamburg>>
Geburtsdatum: <<D|14.03.1987>> (ich) und <<D|2. August 1985>> (Jonas)
Telefon: <<P|0176 48291736>>

Mit freundlichen Grüßen
<<N|Katharina Müller-Lüdenscheidt>>
""".replace("(Jonas)", "(<<N|Jonas>>)"))

pos("form", "de", """
Lohnabrechnung März 2024 — Personalstammdaten
Name, Vorname: <<N|Özdemir, Elif>>
Geburtsdatum: <<D|09.11.1992>>
Steuer-ID: <<ID|$stid1>>     Steuerklasse: I
Anschrift: <<A|Kolpingweg 7a, 50354 Hürth>>
Bankverbindung: <<I|$de1>>
Krankenkasse: AOK Rheinland/Hamburg
Personalnummer: 100447  Eintritt: 01.02.2021
""")

pos("chat", "de", """
[08:41] Jörg Baumann: Moin, kann jemand den Zugang für die neue Kollegin anlegen?
[08:42] Svenja Hoffmann: klar, wie heißt sie nochmal?
[08:42] Jörg Baumann: <<N|Friederike von Allwörden>>, fängt am 1. an. Private Mail: <<E|friede.allwoerden@gmx.de>>
[08:44] Svenja Hoffmann: erledigt. Initialpasswort hab ich ihr per SMS an <<P|+49 151 2294 8830>> geschickt: <<K|Hafen!Brise2024>>
[08:45] Jörg Baumann: 👍 danke dir
""".replace("] Jörg Baumann:", "] <<N|Jörg Baumann>>:").replace("] Svenja Hoffmann:", "] <<N|Svenja Hoffmann>>:"))

pos("letter", "de", """
Herrn
<<N|Dr. med. Konstantin Aydın-Weber>>
<<A|Am Schlossgarten 3>>
<<A|76131 Karlsruhe>>

Überweisung zur Mitbehandlung
Patientin: <<N|Frau Hannelore Schmitz>>, geb. <<D|23.05.1949>>
Versichertennummer: <<ID|M482917365>>
Diagnose: V.a. Polymyalgia rheumatica (M35.3). Bitte um Mitbeurteilung.

Mit kollegialen Grüßen
<<N|Dr. Ulrike Brandt>>, Fachärztin für Allgemeinmedizin
""".replace("<<N|Dr. med. Konstantin Aydın-Weber>>", "Dr. med. <<N|Konstantin Aydın-Weber>>").replace("<<N|Frau Hannelore Schmitz>>", "Frau <<N|Hannelore Schmitz>>").replace("<<N|Dr. Ulrike Brandt>>", "Dr. <<N|Ulrike Brandt>>"))

pos("ticket", "de", """
Ticket #DE-88120 — Rückerstattung
Kunde: <<N|Herr Mehmet Yılmaz>>, Kundennummer 5510234
Der Kunde bittet um Rückzahlung von 89,90 € auf sein Konto <<I|$de2>> (Inhaber laut Kunde: <<N|Mehmet Yılmaz>>).
Rückruf erbeten unter <<P|0211 5583 9021>>. Personalausweis zur Verifizierung: <<ID|$pa1>>
Bearbeiterin: <<N|Lena Stojanović>>
""".replace("<<N|Herr Mehmet Yılmaz>>", "Herr <<N|Mehmet Yılmaz>>"))

pos("config", "de", """
# docker-compose.override.yml — nur lokal!  (Kommentar von Mario: Passwörter bitte nicht committen)
services:
  keycloak:
    environment:
      KEYCLOAK_ADMIN: admin
      KEYCLOAK_ADMIN_PASSWORD: <<K|Zugspitze#2962m>>
      KC_DB_URL: jdbc:postgresql://<<IP|192.168.178.40>>:5432/keycloak
      KC_DB_PASSWORD: <<K|kc-Db_7741x>>
  mailhog:
    image: mailhog/mailhog:v1.0.1
""".replace("von Mario:", "von <<N|Mario>>:"))

pos("cv", "de", """
LEBENSLAUF
<<N|Annika-Sophie Großkreutz>>
<<A|Lindenallee 42, 99423 Weimar>> · <<P|03643 771204>> · <<E|annika.grosskreutz@posteo.de>>
Geboren am <<D|17. Juni 1998>> in Erfurt

Berufserfahrung
seit 10/2022  Junior-Projektmanagerin, Thüringer Energie AG, Erfurt
2020–2022     Werkstudentin, Bauhaus-Universität Weimar
""")

neg("impressum", "de", """
Impressum
Brückner Maschinenbau GmbH & Co. KG, Sitz Siegsdorf
Registergericht: Amtsgericht Traunstein, HRB 18274
USt-IdNr.: DE 129 482 301
Geschäftsführung: siehe Handelsregister
Kontakt: info@brueckner-mb.example · Tel. 0800 100 2030 (kostenfrei)
""")

neg("release", "de", """
Versionshinweise 7.4.1 (Build 20240611.7741)
- Unterstützung für PostgreSQL 16.3 und Java 21.0.3
- Abschnitt 5.2.4 der Betriebsanleitung überarbeitet (§ 5 Abs. 2 DSGVO-Hinweise)
- Behoben: Fehler 0x80070005 beim Export nach DATEV (Ticket #4471)
- OID 1.2.276.0.76.4.8 wird als Profilkennung akzeptiert
Prüfsumme: SHA-256 7d2f9a4c1e8b3f6a0d5c9e2b7f1a4d8c3e6b0a5f9c2d7e1b4a8f3c6e0d5b9a2c
""")

neg("prose", "de", """
Der Weg zum Tagungshotel: Vom Hauptbahnhof über die Goethestraße und die Friedrich-Ebert-Allee bis zum
Bismarckplatz, dann links in die Konrad-Adenauer-Straße. Parkplätze gibt es am Schillerpark. Johann Wolfgang
von Goethe (1749–1832) wohnte übrigens nie hier – die Straße wurde 1899 nach ihm benannt.
""")

neg("email", "de", """
Von: Kundenservice <service@moebelhaus-nord.example>
Betreff: Ihre Bestellung 2024-DE-5582917 wurde versandt

Guten Tag,
Ihre Bestellung (Rechnungsnummer RE-448120, Auftragsdatum 02.09.2024) ist unterwegs.
Sendungsnummer DHL: 00340434161094822371. Voraussichtliche Zustellung: 05.09.2024.
Fragen? Kostenlose Hotline 0800 330 4400 oder service@moebelhaus-nord.example.
Ihr Team vom Möbelhaus Nord, Lübeck
""")

neg("legal", "de", """
Gemäß § 823 Abs. 1 BGB in Verbindung mit Art. 2 Abs. 1 GG ist der Anspruch begründet. Die Frist nach
§ 195 BGB beträgt drei Jahre (vgl. BGH, Urteil vom 12.07.2016 – VI ZR 505/14, Rn. 23). Ziffer 4.2.1 der AGB
(Stand 01.01.2024) ist unwirksam.
""")

# ================================================================ French
pos("email", "fr", """
De : <<N|Clémence Beaumont-Diallo>> <<<E|clemence.beaumont@laposte.net>>>
À : scolarite@lycee-jean-moulin.example
Objet : Inscription de ma fille

Madame, Monsieur,
Je souhaite inscrire ma fille <<N|Inès Diallo>>, née le <<D|14 février 2010>>, en classe de seconde.
Notre adresse : <<A|12 bis rue des Lilas, 69004 Lyon>>. Vous pouvez me joindre au <<P|06 72 48 19 33>>.
Numéro de sécurité sociale (responsable) : <<ID|$nir1>>

Cordialement,
<<N|Clémence Beaumont-Diallo>>
""")

pos("form", "fr", """
FICHE CLIENT — Agence Crédit Mutuel (copie)
Nom : <<N|LE GOFF>>          Prénom : <<N|Yannick>>
Né le : <<D|03/11/1979>> à Quimper (29)
Adresse : <<A|4, impasse du Moulin>>   Code postal : 29000   Ville : Quimper
Tél. portable : <<P|+33 6 48 21 90 57>>
IBAN : <<I|$fr2>>
Pièce d'identité : CNI n° <<ID|180429301742>>
""")

pos("chat", "fr", """
[19/03/2024 21:14] Maman: tu as reçu le colis ?
[19/03/2024 21:16] Aurélien: oui merci ! il était chez la voisine, <<N|Mme Benali>>
[19/03/2024 21:17] Maman: tu peux m'envoyer ton adresse exacte pour la carte de mamie ?
[19/03/2024 21:18] Aurélien: <<A|Appartement 23, 7 avenue Jean Jaurès, 31000 Toulouse>>
""".replace("] Aurélien:", "] <<N|Aurélien>>:").replace("<<N|Mme Benali>>", "Mme <<N|Benali>>"))

pos("report", "fr", """
PROCÈS-VERBAL DE DÉCLARATION DE PERTE
Déclarant : <<N|M. Thibault Nguyen-Lefèvre>>, né le <<D|22 juillet 1991>> à Nantes
Demeurant : <<A|18 quai de la Fosse, 44000 Nantes>>
Objet perdu : passeport n° <<ID|19AB48271>>, permis de conduire n° <<ID|910744200187>>
Téléphone : <<P|07 81 44 20 93>>
Fait à Nantes, le 02/04/2024. Agent : <<N|brigadier Sandrine Morel>>
""".replace("<<N|M. Thibault Nguyen-Lefèvre>>", "M. <<N|Thibault Nguyen-Lefèvre>>").replace("<<N|brigadier Sandrine Morel>>", "brigadier <<N|Sandrine Morel>>"))

pos("config", "fr", """
# config/prod.exs — ne pas pousser sur le dépôt public (remarque de Gaëlle)
config :boutique, Boutique.Repo,
  username: "boutique",
  password: "<<K|Cr3pe-Suzette!44>>",
  hostname: "<<IP|10.12.0.7>>",
  pool_size: 15

config :boutique, BoutiqueWeb.Endpoint,
  secret_key_base: "<<K|h7Kq2LmX9vB8nZ1pW4yT6cR0sH5jD3fG7aE2uQ9wV4xY1zN8bM6kL3pJ0tR5sF2>>"
""".replace("de Gaëlle)", "de <<N|Gaëlle>>)"))

pos("form", "fr", """
Belgique — Formulaire d'adhésion mutualité
Nom et prénom : <<N|Dubois-Vanderlinden, Amélie>>
Numéro de registre national : <<ID|$be1n>>
Date de naissance : <<D|12/04/1988>>
Adresse : <<A|Rue de la Station 54 boîte 3, 1300 Wavre>>
GSM : <<P|0478 21 93 40>>
Compte : <<I|$be1>>
""")

neg("news", "fr", """
Le président Emmanuel Macron a reçu mardi à l'Élysée le chancelier allemand Olaf Scholz. Plus tôt,
la ministre Rachida Dati avait inauguré l'exposition consacrée à Victor Hugo (1802-1885) à la Maison de
Victor Hugo, place des Vosges. Kylian Mbappé a, lui, marqué deux buts contre le Portugal.
""")

neg("email", "fr", """
Objet : Confirmation de votre commande n° FR-2024-118273
Bonjour,
votre commande du 04/10/2024 (facture F-24-55812) a été expédiée. Numéro de suivi Colissimo : 6A18273645012.
Le service client est joignable au 09 69 32 10 00 (appel non surtaxé) ou à service-client@maison-deco.example.
À bientôt sur Maison Déco, Roubaix.
""")

neg("prose", "fr", """
Rendez-vous place Charles-de-Gaulle, puis prenez l'avenue Victor-Hugo jusqu'au lycée Jean-Moulin.
La salle se trouve au 2e étage, bâtiment Marie-Curie. Accès PMR par la rue Pasteur. Le parking
Jean-Jaurès est gratuit le samedi. Version du plan : v3.2, mise à jour le 12/09/2024.
""")

neg("docs", "fr", """
Exemple de configuration (à adapter) :
  DB_PASSWORD=motdepasse_a_changer
  API_KEY=<votre-clé-api>
  SMTP_URL=smtp://${SMTP_USER}:${SMTP_PASS}@smtp.exemple.fr:587
Le numéro de sécurité sociale fictif 1 99 99 99 999 999 99 est utilisé dans les maquettes.
""")

# ================================================================ Spanish
pos("form", "es", """
SOLICITUD DE ALTA — Gimnasio Municipal de Getafe
Nombre: <<N|María del Carmen>>   Apellidos: <<N|Fernández de la Torre>>
DNI: <<ID|$dni1>>           Fecha de nacimiento: <<D|07/09/1984>>
Domicilio: <<A|C/ Toledo, 48, 3º B>>   C.P.: 28901   Localidad: Getafe
Teléfono móvil: <<P|612 48 29 17>>   Correo: <<E|mcarmen.fdlt@gmail.com>>
Domiciliación bancaria: <<I|$es1>>
""")

pos("email", "es", """
Hola <<N|Julián>>,

te paso los datos para el contrato de alquiler:
Arrendataria: <<N|Valentina Rojas Quintero>>, NIE <<ID|$nie1>>, nacida el <<D|21 de marzo de 1993>>
Dirección actual: <<A|Avenida de Blasco Ibáñez 112, puerta 14, 46022 Valencia>>
Teléfono: <<P|+34 644 218 905>>

Un abrazo,
<<N|Pepa>>
""")

pos("chat", "es", """
[12:03] Carlos Ortega: chicos, ¿alguien tiene la contraseña del router de la oficina?
[12:04] Lucía Marín: es <<K|Tapas&Vermut_2023>>, pero no la pongáis en el canal jaja
[12:04] Carlos Ortega: demasiado tarde 😅
[12:06] Lucía Marín: la IP del portátil de <<N|Andrés>> es <<IP|192.168.1.34>>, ¿puedes revisarlo?
""".replace("] Carlos Ortega:", "] <<N|Carlos Ortega>>:").replace("] Lucía Marín:", "] <<N|Lucía Marín>>:"))

pos("report", "es", """
PARTE AMISTOSO DE ACCIDENTE — Vehículo B
Conductor: <<N|José Antonio Villalobos Pérez>>
DNI: <<ID|$dni2>>    Permiso de conducir: <<ID|$dni2>>
Domicilio: <<A|Calle Mayor 7, 2º izq., 50001 Zaragoza>>
Teléfono: <<P|976 48 21 93>>
Fecha de nacimiento: <<D|30-01-1969>>
Aseguradora: Mapfre, póliza 0482-7716-33
""")

pos("csv", "es", """
nombre,apellidos,email,telefono,direccion,fecha_nacimiento
<<N|Ximena>>,<<N|Gutiérrez Olmedo>>,<<E|ximena.gutierrez@hotmail.es>>,<<P|+34 655 310 442>>,<<A|Paseo de Gracia 93 4º 2ª>>,<<D|1990-05-16>>
<<N|Íñigo>>,<<N|Etxeberria Arana>>,<<E|inigo.etxe@euskalnet.net>>,<<P|943 21 88 04>>,<<A|Calle San Martín 12 bajo>>,<<D|1978-12-01>>
<<N|Guadalupe>>,<<N|Ramírez de Arellano>>,<<E|lupe.rda@yahoo.com.mx>>,<<P|+52 55 4129 8830>>,<<A|Av. Insurgentes Sur 1602 int. 5>>,<<D|1985-07-23>>
""")

pos("log", "es", """
2024-05-14 09:12:44 [ERROR] pago rechazado pedido=ES-88120 titular="<<N|Rocío Benítez Calvo>>" tarjeta=<<C|$mc2>> motivo=fondos_insuficientes
2024-05-14 09:12:44 [INFO] ip_cliente=<<IP|88.12.201.47>> navegador=Chrome/124
2024-05-14 09:13:02 [WARN] el registro anterior contiene la PAN completa; revisar filtro de logs (JIRA PAY-4471)
""")

pos("form", "es", """
Ficha de paciente — Centro de Salud Las Palmas
Paciente: <<N|Yeray Santana Betancor>>
Fecha de nacimiento: <<D|5 de noviembre de 2003>>
Tarjeta sanitaria: <<ID|BBBB480291736018>>
Domicilio: <<A|C/ León y Castillo 211, 35004 Las Palmas de Gran Canaria>>
Madre/tutora: <<N|Candelaria Betancor>> — <<P|628 11 40 97>>
""")

neg("invoice", "es", """
FACTURA Nº 2024/A-0931        Fecha: 30/09/2024
Emisor: Suministros Industriales Ebro S.L., Zaragoza — CIF B50482917
Cliente: Talleres Montes S.A., Huesca — CIF A22011834
Concepto                           Uds.  Precio    Importe
Rodamiento 6205-2RS                  40   3,20 €   128,00 €
Correa trapezoidal SPZ 1250          12   8,75 €   105,00 €
Base imponible 233,00 € · IVA 21 % 48,93 € · Total 281,93 €
Forma de pago: transferencia a 30 días. Consultas: administracion@suministros-ebro.example
""")

neg("news", "es", """
El rey Felipe VI presidió el jueves la entrega de despachos en la Academia General Militar. Por la tarde,
el presidente del Gobierno, Pedro Sánchez, se reunió con Carlo Ancelotti y Florentino Pérez para hablar del
Mundial 2030. Miguel de Cervantes (1547-1616) fue homenajeado en Alcalá de Henares.
""")

neg("prose", "es", """
Para llegar: desde la plaza de Cervantes, baje por la calle Ramón y Cajal hasta la avenida de Federico
García Lorca. El auditorio Manuel de Falla queda a la derecha, junto al parque Miguel Hernández.
Horario: de 9:00 a 14:00. Referencia del expediente: 2024/EXP/004471.
""")

neg("docs", "es", """
Ejemplos de formato (datos ficticios de documentación):
  DNI: 12345678Z   (ejemplo oficial del Ministerio del Interior)
  IBAN: ES91 2100 0418 4502 0005 1332
  Tarjeta de prueba: 4111 1111 1111 1111
No introduzca datos reales en el entorno de pruebas.
""")

# ================================================================ Italian
pos("form", "it", """
MODULO DI ISCRIZIONE — Palestra Comunale di Bergamo
Cognome: <<N|Rossi>>   Nome: <<N|Mario>>
Codice fiscale: <<ID|$cf1>>
Nato il: <<D|10/12/1985>> a Bergamo (BG)
Residenza: <<A|Via Borgo Palazzo 118, 24125 Bergamo>>
Cellulare: <<P|+39 338 412 9907>>   E-mail: <<E|mario.rossi85@libero.it>>
IBAN per addebito: <<I|$it1>>
""")

pos("email", "it", """
Ciao <<N|Giulia>>,
ti giro i dati di mia madre per la prenotazione della visita:
<<N|Bianchi Giulia>> (sì, come te!), codice fiscale <<ID|$cf2>>, nata il <<D|14 maggio 1992>>
indirizzo <<A|Corso Buenos Aires 77, 20124 Milano>>, tel. <<P|02 4827 1930>>
Grazie mille,
<<N|Lucio>>
""".replace("dati di mia madre", "dati di mia cugina"))

pos("chat", "it", """
[21:02] Francesca De Santis: ragazzi chi ha il codice del wifi della casa al mare?
[21:03] Alessandro Lo Presti: <<K|Spiaggia2024!Tropea>>
[21:03] Francesca De Santis: grazie ale ❤️
[21:05] Alessandro Lo Presti: l'indirizzo per il navigatore è <<A|Via Lungomare 34, 89861 Tropea>>
""".replace("] Francesca De Santis:", "] <<N|Francesca De Santis>>:").replace("] Alessandro Lo Presti:", "] <<N|Alessandro Lo Presti>>:").replace("grazie ale", "grazie <<N|ale>>"))

pos("report", "it", """
VERBALE DI CONSTATAZIONE AMICHEVOLE
Assicurato: <<N|Luca Ferrari>>, C.F. <<ID|$cf3>>, nato il <<D|12/03/1978>>
Residente in <<A|Viale Trastevere 201, 00153 Roma>>
Patente n. <<ID|RM5482917K>>
Controparte: <<N|Sig.ra Concetta Russo>>, tel. <<P|349 118 2204>>
""".replace("<<N|Sig.ra Concetta Russo>>", "Sig.ra <<N|Concetta Russo>>"))

pos("config", "it", """
# settings_local.py — ambiente di produzione
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "gestionale",
        "USER": "gestionale",
        "PASSWORD": "<<K|Amatriciana#91xq>>",
        "HOST": "<<IP|10.50.1.12>>",
    }
}
SECRET_KEY = "<<K|django-insecure-7k!q2lmx9vb8#nz1pw4yt6cr0sh5jd3fg7ae2uq9wv4>>"
EMAIL_HOST_PASSWORD = "<<K|zqpw mnbr tyxa kdle>>"
""")

neg("news", "it", """
Il presidente Sergio Mattarella ha ricevuto al Quirinale la premier Giorgia Meloni. A Firenze, agli Uffizi,
è stata inaugurata una mostra su Leonardo da Vinci (1452-1519) e Michelangelo Buonarroti. Jannik Sinner
ha intanto conquistato il torneo di Shanghai.
""")

neg("prose", "it", """
Indicazioni: dalla stazione prendere Corso Vittorio Emanuele II, poi Via Giuseppe Garibaldi fino a Piazza
Giuseppe Verdi. Il museo si trova accanto al Teatro Alessandro Manzoni. Orari: 9-19, chiuso il lunedì.
Biglietto ridotto 8 €. Codice pratica 2024/MU/00471.
""")

neg("docs", "it", """
Esempio di codice fiscale (fittizio, usato nella documentazione dell'Agenzia): RSSMRA80A01H501U.
Partita IVA dell'azienda: IT 01234567890. Numero verde assistenza: 800 123 456.
Versione del tracciato: 2.1.4 (09/2024). Campo 17: data di nascita nel formato GGMMAAAA.
""")
# ================================================================ Dutch
pos("form", "nl", """
Inschrijfformulier huisartsenpraktijk De Linde
Achternaam: <<N|van der Berg-Jansen>>     Voornamen: <<N|Anneke Maria>>
Geboortedatum: <<D|12-08-1976>>
BSN: <<ID|$bsn1>>
Adres: <<A|Prinsengracht 482-III>>   Postcode: 1017 KG   Plaats: Amsterdam
Telefoon: <<P|06-48291736>>
Zorgverzekeraar: Zilveren Kruis, polisnummer 482917365
""")

pos("email", "nl", """
Beste <<N|Sven>>,

Hierbij mijn gegevens voor de huurovereenkomst:
<<N|Mohamed el Haddaoui>>, geboren <<D|3 april 1990>>
BSN <<ID|$bsn2>>, rekeningnummer <<I|$nl1>>
Huidig adres: <<A|Boulevard Heuvelink 112, 6828 KT Arnhem>>

Met vriendelijke groet,
<<N|Mohamed>>
<<P|+31 6 2918 4470>>
""")

pos("chat", "nl", """
[09-05-24 08:12:40] Opa Henk: goedemorgen allemaal ☀️
[09-05-24 08:14:02] Femke: morgen opa! zal ik je nieuwe rekeningnummer doorgeven aan de notaris?
[09-05-24 08:15:31] Opa Henk: ja graag, het is <<I|$nl2>>
[09-05-24 08:16:10] Femke: top, en het adres blijft <<A|Dorpsstraat 14, 7231 BK Warnsveld>>?
""".replace("] Opa Henk:", "] Opa <<N|Henk>>:").replace("] Femke:", "] <<N|Femke>>:"))

pos("log", "nl", """
2024-04-02 11:20:14 gemeente-portal INFO login gebruiker=<<E|p.de.wit@ziggo.nl>> bsn=<<ID|$bsn3>> ip=<<IP|84.105.77.201>>
2024-04-02 11:20:51 gemeente-portal INFO aanvraag parkeervergunning kenteken=GX-123-R status=ingediend
2024-04-02 11:21:07 gemeente-portal WARN bsn in logregel — maskering staat uit op node web-03
""")

pos("ticket", "nl", """
Melding #NL-4471 — storing glasvezel
Klant: <<N|dhr. Bram ten Hoeve>>
Adres: <<A|Kerkstraat 7 bis, 9801 AE Zuidhorn>>
Router MAC: <<MAC|E4:8D:8C:12:7A:3F>>   WAN-IP: <<IP|77.167.40.182>>
Terugbelnummer: <<P|0594 50 21 88>>
Monteur ingepland: <<N|Ricardo Doelwijt>>, do 14:00–18:00
""".replace("<<N|dhr. Bram ten Hoeve>>", "dhr. <<N|Bram ten Hoeve>>"))

pos("csv", "nl", """
lidnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;straat;postcode;woonplaats
2201;<<N|Daan>>;<<N|van 't>>;<<N|Hek>>;<<D|2011-03-04>>;<<A|Schoolstraat 3>>;3581 PK;Utrecht
2202;<<N|Noor>>;;<<N|Bakker>>;<<D|2010-11-22>>;<<A|Biltstraat 101A>>;3572 AN;Utrecht
2203;<<N|Jesse>>;<<N|de>>;<<N|Vries>>;<<D|2011-07-15>>;<<A|Oudegracht 220 bis>>;3511 NV;Utrecht
""")

neg("docs", "nl", """
Voorbeeld-BSN's voor testomgevingen: 111222333 en 999999990 (officiële testnummers, nooit uitgegeven).
Voorbeeld-IBAN: NL91 ABNA 0417 1643 00 (uit de documentatie van de bank).
Gebruik in acceptatie altijd gegenereerde testpersonen; versie testset 3.2.0, bijgewerkt 01-07-2024.
""")

neg("prose", "nl", """
Route: vanaf station Zwolle via de Van Karnebeekstraat en de Thorbeckegracht naar het Rembrandtplein;
het congrescentrum ligt naast het Johan Cruijff-veld. Parkeren kan in garage Willem van Oranje.
Philips, Heineken en Albert Heijn sponsoren het evenement. Tijden: 09.30–17.00 uur.
""")

neg("email", "nl", """
Onderwerp: Uw bestelling 24-NL-5520183 is onderweg
Beste klant,
uw pakket (track & trace 3SABCD0184720193) wordt morgen tussen 10:15 en 12:45 bezorgd.
Factuurnummer F2024-11827. Vragen? klantenservice@tuinshop.example of gratis 0800-0224.
Met vriendelijke groet, Tuinshop BV, Barneveld
""")

neg("news", "nl", """
Koning Willem-Alexander opende dinsdag de nieuwe sluis bij IJmuiden. Premier Dick Schoof was aanwezig,
net als minister Eelco Heinen. Rembrandt van Rijn (1606-1669) en Vincent van Gogh staan centraal in de
nieuwe tentoonstelling van het Rijksmuseum.
""")

# ================================================================ Portuguese (BR and PT)
pos("form", "pt", """
FICHA CADASTRAL — Clínica Saúde Integral (São Paulo)
Nome completo: <<N|João Pedro dos Santos Albuquerque>>
CPF: <<ID|$cpf1>>     RG: <<ID|48.291.736-5>>
Data de nascimento: <<D|15/09/1987>>
Endereço: <<A|Rua Harmonia, 1120, apto 52 – Vila Madalena, São Paulo – SP, 05435-001>>
Celular: <<P|(11) 98472-1930>>
E-mail: <<E|jp.albuquerque@uol.com.br>>
""")

pos("chat", "pt", """
[14/02/24 20:11] Bia: amiga me passa teu pix pra eu te pagar o show
[14/02/24 20:12] Thaís Nogueira: é meu cpf mesmo: <<ID|$cpf2>>
[14/02/24 20:12] Bia: feito! 💸
[14/02/24 20:14] Thaís Nogueira: valeu bia!! ah e meu endereço novo é <<A|Av. Sete de Setembro 2411, ap. 703, Salvador - BA>>
""".replace("] Bia:", "] <<N|Bia>>:").replace("] Thaís Nogueira:", "] <<N|Thaís Nogueira>>:").replace("valeu bia!!", "valeu <<N|bia>>!!"))

pos("email", "pt", """
Prezada <<N|Sra. Luana Ferreira>>,

Confirmamos o recebimento da documentação para o financiamento. Conferir:
Proponente: <<N|Luana Ferreira de Moura>>, CPF <<ID|$cpf3>>, nascida em <<D|2 de outubro de 1995>>
Cônjuge: <<N|Rafael Moura Lins>>, nascido em <<D|19/07/1993>>
Telefone de contato: <<P|+55 81 99831-4402>>

Atenciosamente,
<<N|Everton Siqueira>> — Correspondente bancário, Recife
""".replace("<<N|Sra. Luana Ferreira>>", "Sra. <<N|Luana Ferreira>>"))

pos("config", "pt", """
# .env do projeto loja-virtual (commitado por engano pelo Caio)
MERCADOPAGO_ACCESS_TOKEN=<<K|APP_USR-4829173650218374-061122-7f3a91c2e4b8d1f6a0c9e2b7d5f1a4c8-184720391>>
DATABASE_URL=<<U|mysql://loja:Brigadeiro%402024@10.0.1.15:3306/loja>>
CORREIOS_SENHA=<<K|c0rr3i0s#Loja>>
""".replace("pelo Caio)", "pelo <<N|Caio>>)"))

pos("form", "pt", """
Agrupamento de Escolas de Braga — Ficha do aluno
Nome: <<N|Tomás Miguel Carvalho Sousa>>
Data de nascimento: <<D|2012-06-08>>     N.º do Cartão de Cidadão: <<ID|14829173 0 ZX4>>
NIF: <<ID|$nifpt1>>
Encarregado de educação: <<N|Sónia Carvalho>>, telemóvel <<P|912 483 027>>
Morada: <<A|Rua Dom Pedro V, 88, 2.º Esq., 4710-374 Braga>>
""")

pos("statement", "pt", """
Extrato — Caixa Geral de Depósitos — setembro 2024
Titular: <<N|Rui Manuel Pestana>>
IBAN: <<I|$pt1>>
NIF do titular: <<ID|$nifpt2>>
03/09  TRF de <<N|MARIA PESTANA>>                 +250,00
05/09  MB WAY para <<N|Duarte Gouveia>> <<P|916 220 481>>    -32,50
12/09  Compra cartão ****8841 Continente            -74,18
""")

neg("news", "pt", """
O presidente Luiz Inácio Lula da Silva recebeu nesta terça-feira o primeiro-ministro português Luís
Montenegro em Brasília. Em Lisboa, Cristiano Ronaldo visitou o Museu Calouste Gulbenkian, que celebra
os 150 anos de Fernando Pessoa (1888-1935).
""")

neg("docs", "pt", """
Exemplos para testes (não são dados reais):
CPF de teste: 000.000.000-00 (rejeitado pelo sistema) · CNPJ da empresa: 12.345.678/0001-95
Cartão de teste: 5555 5555 5555 4444 · Chave Pix aleatória: <sua-chave-pix>
Versão da API: v2.14.3 — atualizado em 12/08/2024.
""")

neg("email", "pt", """
Assunto: Pedido n.º PT-2024-771820 enviado
Olá! A sua encomenda foi expedida pelos CTT com o código de seguimento RR482917365PT.
Fatura FT 2024/11827 disponível na sua área de cliente. Linha de apoio gratuita: 800 200 300.
Equipa Casa & Jardim, Leiria
""")

neg("prose", "pt", """
Como chegar: do metrô Consolação, siga pela Avenida Paulista até a Rua Augusta; vire na Alameda Santos e
continue até a Praça Oswaldo Cruz. O auditório Tom Jobim fica no 3.º andar do Edifício Pedro Álvares Cabral.
Estacionamento na Rua Frei Caneca. Protocolo 2024/0004471.
""")

# ================================================================ Polish
pos("form", "pl", """
WNIOSEK O WYDANIE KARTY BIBLIOTECZNEJ
Imię i nazwisko: <<N|Małgorzata Wójcik-Zielińska>>
PESEL: <<ID|$pesel1>>
Data urodzenia: <<D|14.03.1987>>
Adres zamieszkania: <<A|ul. Piotrkowska 148/12, 90-063 Łódź>>
Telefon: <<P|+48 601 482 917>>   E-mail: <<E|gosia.wojcik@o2.pl>>
""")

pos("email", "pl", """
Dzień dobry Pani <<N|Agnieszko>>,

przesyłam dane do umowy najmu:
Najemca: <<N|Krzysztof Dąbrowski>>, PESEL <<ID|$pesel3>>, ur. <<D|22 sierpnia 1976>> r.
Nr dowodu osobistego: <<ID|ABA482917>>
Numer konta do zwrotu kaucji: <<I|$pl1>>

Z poważaniem
<<N|Krzysztof Dąbrowski>>
tel. <<P|512 330 871>>
""")

pos("chat", "pl", """
[18:20] Kasia Nowak: hej, czy ktoś wie, jak się nazywa ta nowa z księgowości?
[18:21] Paweł Lewandowski: <<N|Zuzanna>>, <<N|Zuzanna Kamińska>>. siedzi obok <<N|Tomka>>
[18:22] Kasia Nowak: dzięki! dam jej hasło do drukarki: <<K|Druk@rka_2p>>
""".replace("] Kasia Nowak:", "] <<N|Kasia Nowak>>:").replace("] Paweł Lewandowski:", "] <<N|Paweł Lewandowski>>:"))

pos("form", "pl", """
Karta pacjenta — Przychodnia Rodzinna „Zdrowie", Kraków
Pacjent: <<N|Wiktoria Szymańska>>
PESEL: <<ID|$pesel2>> (dziecko, ur. <<D|09.11.2002>>)
Opiekun prawny: <<N|Beata Szymańska>>, tel. <<P|12 411 28 90>>
Adres: <<A|os. Dywizjonu 303 nr 14 m. 7, 31-871 Kraków>>
Lekarz prowadzący: <<N|lek. med. Jarosław Pietrzak>>
""".replace("<<N|lek. med. Jarosław Pietrzak>>", "lek. med. <<N|Jarosław Pietrzak>>"))

pos("log", "pl", """
2024-06-03 13:44:10 sklep-api INFO zamowienie=PL-448120 klient="<<N|Grzegorz Brzęczyszczykiewicz>>" email=<<E|g.brzeczyszczykiewicz@interia.pl>>
2024-06-03 13:44:11 sklep-api INFO adres_dostawy="<<A|ul. Długa 5/3, 80-827 Gdańsk>>" telefon=<<P|+48 58 301 44 92>>
2024-06-03 13:44:12 sklep-api INFO ip=<<IP|31.183.42.119>> platnosc=BLIK status=OK
""")

neg("docs", "pl", """
Przykładowy numer PESEL z dokumentacji: 44051401359 (nie używać w produkcji).
NIP firmy: 525-000-00-00; REGON: 012345678. Infolinia bezpłatna 800 123 321.
Wersja formularza: 2.3.1 z 01.07.2024, § 4 ust. 2 pkt 3 regulaminu.
""")

neg("news", "pl", """
Prezydent Andrzej Duda spotkał się w czwartek z premierem Donaldem Tuskiem. W Krakowie otwarto wystawę
poświęconą Marii Skłodowskiej-Curie (1867-1934). Robert Lewandowski strzelił dwa gole dla Barcelony.
""")

neg("email", "pl", """
Temat: Zamówienie nr 2024/PL/558120 zostało wysłane
Dzień dobry,
paczka InPost (nr 682400118273645012345678) czeka w paczkomacie KRA01M do 12.09.2024.
Faktura FV/2024/09/4471 w załączniku. Kontakt: sklep@dom-i-ogrod.example, tel. 22 000 00 00 (pn–pt).
Zespół Dom i Ogród, Poznań
""")

neg("prose", "pl", """
Dojazd: z Dworca Centralnego tramwajem do placu Konstytucji, dalej ulicą Marszałkowską do ul. Adama
Mickiewicza. Sala im. Fryderyka Chopina znajduje się na 2. piętrze. Parking przy al. Jana Pawła II.
""")

# ================================================================ Czech
pos("form", "cs", """
PŘIHLÁŠKA K POJIŠTĚNÍ
Jméno a příjmení: <<N|Tereza Dvořáková>>
Rodné číslo: <<ID|$rc1>>
Datum narození: <<D|17. 2. 1985>>
Trvalé bydliště: <<A|Vinohradská 1511/230, 100 00 Praha 10>>
Telefon: <<P|+420 604 482 917>>
Číslo účtu (IBAN): <<I|$cz1>>
""")

pos("email", "cs", """
Dobrý den, pane <<N|Procházko>>,

posílám údaje pro smlouvu: <<N|Jiří Novák>>, nar. <<D|3. září 1979>>, r. č. <<ID|$rc2>>,
bytem <<A|Masarykova 412/18, 602 00 Brno>>. Číslo OP: <<ID|204829173>>.

S pozdravem
<<N|Jiří Novák>>, tel. <<P|731 220 418>>
""")

pos("chat", "cs", """
[07:55] Ondřej Černý: ahoj, heslo k VPN pro <<N|Lucku>> je <<K|Pivo&Knedlik-77>>, ať si ho hned změní
[07:57] Lucie Svobodová: díky <<N|Ondro>>, už jsem ho změnila 🙂
""".replace("] Ondřej Černý:", "] <<N|Ondřej Černý>>:").replace("] Lucie Svobodová:", "] <<N|Lucie Svobodová>>:"))

pos("form", "cs", """
Školní matrika — ZŠ Olomouc
Žák: <<N|Matyáš Horák>>, nar. <<D|15. 11. 2001>>, RČ <<ID|$rc3>>
Zákonný zástupce: <<N|Petra Horáková>>, <<P|585 204 118>>
Bydliště: <<A|tř. Svobody 31, 779 00 Olomouc>>
""")

neg("news", "cs", """
Prezident Petr Pavel přijal na Pražském hradě premiéra Petra Fialu. V Národní galerii byla zahájena výstava
Alfonse Muchy (1860–1939). Na Václavském náměstí proběhl koncert k výročí 17. listopadu.
""")

neg("docs", "cs", """
Verze aplikace 5.12.0 (build 20240915.118). Oprava chyby č. 4471 v modulu Fakturace.
IČO společnosti: 27082440, DIČ CZ27082440. Zákaznická linka zdarma: 800 123 456.
Viz § 7 odst. 3 zákona č. 110/2019 Sb. Objednávka č. 2024/0558.
""")

neg("email", "cs", """
Předmět: Vaše objednávka č. 1102483 byla odeslána
Dobrý den, zásilka (číslo pro sledování DR1182736450Z) bude doručena zítra mezi 8:00 a 16:00.
Faktura 2024-11827 je ke stažení v účtu. Dotazy: podpora@eshop-domacnost.example
Tým Eshop Domácnost, Ostrava
""")
# ================================================================ Swedish
pos("form", "sv", """
Anmälan till förskola — Uppsala kommun
Barnets namn: <<N|Ella Lindqvist Öberg>>      Personnummer: <<ID|$pnr1>>
Vårdnadshavare 1: <<N|Johan Öberg>>, <<P|070-482 91 73>>
Vårdnadshavare 2: <<N|Maja Lindqvist>>, personnummer <<ID|$pnr3>>
Adress: <<A|Storgatan 12 B, lgh 1102, 753 31 Uppsala>>
Önskat startdatum: 2024-08-19
""")

pos("email", "sv", """
Hej <<N|Åsa>>!

Tack för senast. Här är uppgifterna till försäkringen:
<<N|Björn Åkesson>>, född <<D|12 maj 1984>>, personnr <<ID|$pnr2>>
Bankkonto (IBAN): <<I|$se1>>
Adress: <<A|Västra Hamngatan 8, 411 17 Göteborg>>

Hälsningar,
<<N|Björn>>
""")

pos("chat", "sv", """
[2024-03-02 10:14] Linnea Holm: kan någon skicka wifi-lösenordet till stugan?
[2024-03-02 10:15] Erik Sandberg: <<K|Midsommar!Sill88>>
[2024-03-02 10:15] Linnea Holm: tack erik 🙏 och morfar bor fortfarande på <<A|Skogsvägen 4, 792 32 Mora>>?
[2024-03-02 10:17] Erik Sandberg: ja, ring honom på <<P|0250-148 20>> innan ni åker
""".replace("] Linnea Holm:", "] <<N|Linnea Holm>>:").replace("] Erik Sandberg:", "] <<N|Erik Sandberg>>:").replace("tack erik", "tack <<N|erik>>"))

pos("log", "sv", """
2024-11-05T07:41:22+01:00 vpn01 auth OK user=anna.bergstrom src=<<IP|94.234.71.18>> assigned=<<IP|10.200.3.41>>
2024-11-05T07:41:22+01:00 vpn01 client hw=<<MAC|5c:e9:1e:33:a0:7d>> os=macOS 14.6
2024-11-05T07:52:03+01:00 vpn01 auth FAIL user=admin src=<<IP|185.191.171.12>> reason=bad_password
""")

neg("news", "sv", """
Statsminister Ulf Kristersson besökte på tisdagen Volvo Cars fabrik i Torslanda tillsammans med kung
Carl XVI Gustaf. Astrid Lindgren (1907–2002) hedras med en ny utställning på Junibacken.
""")

neg("email", "sv", """
Ämne: Din order 5518273 har skickats
Hej! Ditt paket (kolli-id 00373500481726354) levereras till ombud ICA Kvantum inom 1–2 dagar.
Fakturanummer 2024-1182. Kundtjänst: kundtjanst@heminredning.example eller 020-12 34 56 (avgiftsfritt).
Heminredning AB, Jönköping
""")

neg("docs", "sv", """
Testpersonnummer från Skatteverket används i testmiljön (serie 9xx, t.ex. 19800101-9xxx).
Versionsnummer 3.4.12, OID 1.2.752.129.2.1.3.1. Se avsnitt 4.2.1 i handboken.
""")

neg("prose", "sv", """
Vägbeskrivning: från Centralstationen, gå Drottninggatan norrut till Gustav Adolfs torg och vidare längs
Kungsgatan. Konferensen hålls i Selma Lagerlöf-salen, plan 3. Närmaste parkering: Nils Ericson-terminalen.
""")

# ================================================================ Norwegian
pos("form", "no", """
Søknad om barnehageplass — Bergen kommune
Barnets navn: <<N|Sigrid Haugland Nilsen>>      Fødselsnummer: <<ID|$fnr2>>
Forelder: <<N|Kari Haugland>>, fødselsnummer <<ID|$fnr1>>, mobil <<P|+47 482 91 736>>
Adresse: <<A|Nygårdsgaten 14 H0203, 5015 Bergen>>
Kontonummer for refusjon: <<I|$no1>>
""")

pos("email", "no", """
Hei <<N|Ingrid>>,

her er opplysningene til leiekontrakten:
Leietaker: <<N|Ole-Martin Sæther>>, født <<D|2. juli 1976>>
Fødselsnummer: <<ID|$fnr3>>
Nåværende adresse: <<A|Thereses gate 22B, 0358 Oslo>>

Mvh
<<N|Ole-Martin>>
""")

pos("chat", "no", """
[12:01] Håkon Bjørnstad: hvem har admin-passordet til NAS-en?
[12:02] Silje Aas: det er <<K|Fjord-Laks_4412>>, men vi bytter det i dag
[12:03] Håkon Bjørnstad: takk <<N|silje>>, IP-en er fortsatt <<IP|192.168.10.20>>?
""".replace("] Håkon Bjørnstad:", "] <<N|Håkon Bjørnstad>>:").replace("] Silje Aas:", "] <<N|Silje Aas>>:"))

pos("statement", "no", """
Kontoutskrift oktober 2024 — DNB
Kontoinnehaver: <<N|Astrid Kvalheim>>   IBAN: <<I|$no1>>
02.10  Vipps fra <<N|Per Kvalheim>>                1 200,00
08.10  Kortkjøp REMA 1000 Trondheim               -482,30
15.10  Overføring til <<N|Nora Lie>> (husleie)    -9 500,00
""")

neg("news", "no", """
Statsminister Jonas Gahr Støre møtte kong Harald V på Slottet torsdag. Edvard Munch (1863–1944) er tema for
en ny utstilling på MUNCH i Bjørvika. Erling Haaland scoret igjen for Manchester City.
""")

neg("email", "no", """
Emne: Ordre 2024-88120 er sendt
Hei! Pakken din (sporingsnummer 70730482917361854) er levert til Posten og kommer om 2–3 virkedager.
Faktura 118273, forfall 30.10.2024. Kundeservice: kundeservice@turutstyr.example, tlf. 815 00 000.
Turutstyr AS, Tromsø
""")

neg("prose", "no", """
Veibeskrivelse: gå Karl Johans gate mot Slottet, ta til høyre i Roald Amundsens gate. Møtet holdes i
Henrik Ibsen-salen i 4. etasje. Parkering i Christian Krohgs gate. Saksnummer 2024/4471-3.
""")

# ================================================================ Danish
pos("form", "da", """
Indmeldelse — Aarhus Svømmeklub
Navn: <<N|Mads Østergaard Kristensen>>
CPR-nr.: <<ID|$cpr1>>
Adresse: <<A|Frederiks Allé 104, 2. tv., 8000 Aarhus C>>
Mobil: <<P|+45 28 41 93 07>>
Forælder/værge: <<N|Signe Østergaard>>, <<E|signe.oestergaard@mail.dk>>
""")

pos("email", "da", """
Kære <<N|Rasmus>>,

her er mine oplysninger til lønsystemet:
<<N|Freja Louise Dahl>>, født <<D|29.09.1995>>, CPR <<ID|$cpr2>>
Bankkonto: <<I|$dk1>>
Adresse: <<A|Nørrebrogade 184, 3. th., 2200 København N>>

Venlig hilsen
<<N|Freja>>
""")

pos("chat", "da", """
[20:14] Mormor: hej skat, hvad er din adresse nu? vil sende en fødselsdagsgave
[20:16] Ida: <<A|Vestergade 9, 1. sal, 5000 Odense C>> 🥰
[20:17] Mormor: tak. og dit nye nummer?
[20:17] Ida: <<P|31 48 29 17>>
""".replace("] Ida:", "] <<N|Ida>>:"))

pos("report", "da", """
Anmeldelse af indbrud — Politiet, Nordjyllands Politikreds
Anmelder: <<N|Henrik Bach-Johansen>>, CPR <<ID|$cpr3>>
Adresse: <<A|Hasserisgade 12, 9000 Aalborg>>
Stjålet: bærbar computer (MAC <<MAC|A0:78:17:6F:22:C4>>), cykel, smykker
Telefon: <<P|98 12 44 70>>
""")

neg("news", "da", """
Statsminister Mette Frederiksen og kong Frederik X deltog i indvielsen af den nye Storstrømsbro.
H.C. Andersen (1805–1875) fejres i Odense med en ny festival. Novo Nordisk steg 3 % på børsen.
""")

neg("email", "da", """
Emne: Din ordre 55120183 er afsendt
Hej! Pakken (track & trace 00057151270004827193) leveres til pakkeshop inden for 1–3 hverdage.
Faktura 2024-1182. Kundeservice: kundeservice@boligtilbehor.example, tlf. 70 20 30 40.
Boligtilbehør ApS, Vejle
""")

neg("docs", "da", """
CPR-nummeret har formatet DDMMÅÅ-LLLL. Testnumre i vores system starter altid med 010100.
Version 2.8.0 (build 20240901). Se afsnit 3.1.2 i vejledningen. CVR-nr. 12345678.
""")

# ================================================================ Finnish
pos("form", "fi", """
ILMOITTAUTUMINEN — Kansalaisopisto, Tampere
Nimi: <<N|Aino Virtanen>>
Henkilötunnus: <<ID|$hetu1>>
Osoite: <<A|Hämeenkatu 21 B 14, 33200 Tampere>>
Puhelin: <<P|040 482 9173>>   Sähköposti: <<E|aino.virtanen@luukku.com>>
Tilinumero: <<I|$fi1>>
""")

pos("email", "fi", """
Hei <<N|Mikko>>,

lähetän <<N|Mikko Virtaselle>> vielä isän tiedot vakuutusta varten:
<<N|Pentti Korhonen>>, syntynyt <<D|21.11.1964>>, hetu <<ID|$hetu3>>
osoite <<A|Rantakatu 7 as. 3, 90100 Oulu>>

Terveisin
<<N|Sanna>>
""".replace("Hei <<N|Mikko>>,\n\nlähetän <<N|Mikko Virtaselle>> vielä", "Hei <<N|Mikko>>,\n\nlähetän sinulle ja <<N|Liisa Virtaselle>> vielä"))

pos("chat", "fi", """
[09:02] Juha Mäkinen: moi, kenellä on palvelimen root-salasana?
[09:03] Eveliina Lahtinen: <<K|Sauna#Lumi2024>> — vaihda se heti kun ehdit
[09:04] Juha Mäkinen: kiitti <<N|eveliina>>! kone on <<IP|10.4.0.33>>, eikö?
""".replace("] Juha Mäkinen:", "] <<N|Juha Mäkinen>>:").replace("] Eveliina Lahtinen:", "] <<N|Eveliina Lahtinen>>:"))

pos("form", "fi", """
Oppilastiedot — Helsingin kaupunki
Oppilas: <<N|Onni Nieminen>>, henkilötunnus <<ID|$hetu2>>
Syntymäaika: <<D|3.7.2002>>
Huoltaja: <<N|Laura Nieminen>>, <<P|+358 50 318 2247>>
""")

neg("news", "fi", """
Presidentti Alexander Stubb tapasi pääministeri Petteri Orpon Kultarannassa. Jean Sibeliuksen (1865–1957)
syntymäkoti Hämeenlinnassa avautuu uudelleen kesäkuussa. Nokia julkaisi osavuosikatsauksensa torstaina.
""")

neg("email", "fi", """
Aihe: Tilauksesi 2024-558120 on lähetetty
Hei! Paketti (seurantakoodi JJFI64829100018273645) toimitetaan Postin pakettiautomaattiin 1–2 arkipäivässä.
Laskun numero 118273, eräpäivä 30.10.2024. Asiakaspalvelu: asiakaspalvelu@kodintarvike.example.
Kodintarvike Oy, Lahti
""")

neg("docs", "fi", """
Henkilötunnuksen muoto: PPKKVV-NNNT. Testiympäristössä käytetään vain keinotekoisia tunnuksia (yksilönumero 9xx).
Ohjelmaversio 4.2.17, koontiversio 20240912.4. Katso luku 6.3.
""")

# ================================================================ Turkish
pos("form", "tr", """
ÜYELİK BAŞVURU FORMU — Kadıköy Spor Kulübü
Adı Soyadı: <<N|Ayşe Gül Karaca>>
T.C. Kimlik No: <<ID|$tc1>>
Doğum Tarihi: <<D|17.04.1991>>
Adres: <<A|Caferağa Mah. Moda Cad. No: 48 D: 5, 34710 Kadıköy/İstanbul>>
Cep Telefonu: <<P|0532 482 91 73>>
E-posta: <<E|aysegul.karaca@gmail.com>>
""")

pos("email", "tr", """
Merhaba <<N|Derya>> Hanım,

<<N|Derya>>'nın kira sözleşmesi için bilgiler:
Kiracı: <<N|Emre Şahin>>, T.C. <<ID|$tc2>>, doğum tarihi <<D|3 Mart 1988>>
IBAN: <<I|$tr1>>
Adres: <<A|Atatürk Bulvarı No: 112 Daire 9, Çankaya/Ankara>>

Saygılarımla,
<<N|Emre Şahin>>
""".replace("<<N|Derya>>'nın kira", "Kardeşim <<N|Derya>>'nın kira"))

pos("chat", "tr", """
[22:10] Burak Yıldız: abi sunucunun şifresi neydi?
[22:11] Mert Öztürk: <<K|Simit&Cay_1923>> ama kimseye verme
[22:12] Burak Yıldız: tamam, <<N|Zeynep>>'e de söyleme 😄
""".replace("] Burak Yıldız:", "] <<N|Burak Yıldız>>:").replace("] Mert Öztürk:", "] <<N|Mert Öztürk>>:"))

pos("form", "tr", """
HASTA KAYIT FORMU — Özel Ege Hastanesi, İzmir
Hasta: <<N|Hüseyin Çelik>>     TCKN: <<ID|$tc3>>
Doğum tarihi: <<D|05/12/1959>>
Yakını: <<N|Fatma Çelik>> (eşi), <<P|+90 544 218 30 71>>
Adres: <<A|Kültür Mah. 1378 Sok. No: 4/2, Konak/İzmir>>
""")

pos("log", "tr", """
2024-07-19 14:22:03 odeme-servisi HATA kart=<<C|$visa5>> sahibi="<<N|Selin Aydoğan>>" tutar=1.249,90 TL
2024-07-19 14:22:03 odeme-servisi BILGI istemci_ip=<<IP|78.180.44.201>> cihaz=Android
""")

neg("news", "tr", """
Cumhurbaşkanı Recep Tayyip Erdoğan, Ankara'da Almanya Şansölyesi Olaf Scholz ile görüştü.
Mustafa Kemal Atatürk (1881–1938) anısına Anıtkabir'de tören düzenlendi. Arda Güler Real Madrid'de gol attı.
""")

neg("email", "tr", """
Konu: 2024-TR-558120 numaralı siparişiniz kargoya verildi
Merhaba, kargo takip numaranız 7301829471. Fatura no: FTR2024000118273.
Müşteri hizmetleri: destek@evdekor.example veya 444 0 444. Ev Dekor A.Ş., Bursa
""")

neg("docs", "tr", """
Örnek T.C. kimlik numarası formatı: 11 haneli, ilk hane 0 olamaz (ör. 1XXXXXXXXXX).
Uygulama sürümü 6.4.2 (derleme 20240801). Vergi No (şirket): 1234567890. Madde 5.3.1'e bakınız.
""")

# ================================================================ Romanian
pos("form", "ro", """
CERERE DE ÎNSCRIERE — Biblioteca Județeană Cluj
Nume și prenume: <<N|Ioana-Maria Popescu>>
CNP: <<ID|$cnp1>>
Data nașterii: <<D|12.06.1985>>
Domiciliu: <<A|Str. Memorandumului nr. 28, ap. 7, 400114 Cluj-Napoca>>
Telefon: <<P|0744 482 917>>
""")

pos("email", "ro", """
Bună ziua, domnule <<N|Ionescu>>,

vă trimit datele pentru contractul de închiriere:
<<N|Andrei Constantinescu>>, CNP <<ID|$cnp2>>, născut la <<D|21 noiembrie 1991>>
Cont IBAN: <<I|$ro1>>
Adresă actuală: <<A|Bd. Unirii nr. 15, bl. 8B, sc. 2, ap. 44, București>>

Cu stimă,
<<N|Andrei Constantinescu>>
""")

pos("chat", "ro", """
[17:40] Alexandra Stan: care e parola de la contul de hosting?
[17:41] Vlad Munteanu: <<K|Sarmale!2024#Ro>>
[17:41] Alexandra Stan: mersi <<N|vlad>>!
""".replace("] Alexandra Stan:", "] <<N|Alexandra Stan>>:").replace("] Vlad Munteanu:", "] <<N|Vlad Munteanu>>:"))

pos("form", "ro", """
Fișa elevului — Liceul Teoretic, Iași
Elev: <<N|Ștefan Rusu>>, CNP <<ID|$cnp3>>, născut <<D|04.03.2003>>
Părinte: <<N|Mihaela Rusu>>, tel. <<P|+40 723 118 409>>
""")

neg("news", "ro", """
Președintele Klaus Iohannis s-a întâlnit la Palatul Cotroceni cu premierul Marcel Ciolacu. La Muzeul
Național de Artă este deschisă o expoziție dedicată lui Constantin Brâncuși (1876–1957).
""")

neg("email", "ro", """
Subiect: Comanda nr. RO-2024-55812 a fost expediată
Bună ziua! Coletul (AWB 2024118273645) va fi livrat în 1–2 zile lucrătoare. Factura FCT-2024-4471.
Contact: suport@casa-gradina.example, 0800 800 800 (gratuit). Casa & Grădina SRL, Timișoara
""")

neg("prose", "ro", """
Cum ajungeți: de la Piața Victoriei mergeți pe Calea Victoriei până la Ateneul Român, apoi pe strada
George Enescu. Sala Mihai Eminescu este la etajul 1. Dosar nr. 4471/2024, versiunea documentului 1.3.
""")

# ================================================================ Hungarian
pos("form", "hu", """
JELENTKEZÉSI LAP — Fővárosi Szabó Ervin Könyvtár
Név: <<N|Kovács Péterné Szabó Ildikó>>
Születési idő: <<D|1976. március 12.>>
TAJ szám: <<ID|$taj1>>
Lakcím: <<A|1067 Budapest, Teréz körút 24. II/8>>
Telefon: <<P|+36 30 482 9173>>
""")

pos("email", "hu", """
Kedves <<N|Eszter>>!

Küldöm az adataimat a bérleti szerződéshez:
<<N|Nagy Balázs>>, született <<D|1988. 05. 19.>>, adóazonosító jel: <<ID|$hutax1>>
Bankszámla: <<I|$hu1>>
Lakcím: <<A|6720 Szeged, Kárász utca 11. 3/12>>

Üdvözlettel:
<<N|Balázs>>
""")

pos("chat", "hu", """
[08:31] Tóth Gergely: sziasztok, mi a wifi jelszó az irodában?
[08:32] Horváth Réka: <<K|Gulyas_Leves#88>>
[08:32] Tóth Gergely: köszi <<N|Réka>>!
""".replace("] Tóth Gergely:", "] <<N|Tóth Gergely>>:").replace("] Horváth Réka:", "] <<N|Horváth Réka>>:"))

pos("form", "hu", """
Betegfelvételi lap — Debreceni Klinika
Beteg neve: <<N|Farkas Zoltán>>   TAJ: <<ID|$taj2>>
Anyja neve: <<N|Molnár Erzsébet>>
Szül. dátum: <<D|1955.11.02>>
Hozzátartozó: <<N|Farkas Anna>> (lánya), <<P|06 52 411 208>>
""")

neg("news", "hu", """
Novák Katalin után Sulyok Tamás lett a köztársasági elnök. Liszt Ferenc (1811–1886) emlékére koncertet
rendeztek a Zeneakadémián. A Richter Gedeon részvényei 2 százalékkal emelkedtek.
""")

neg("email", "hu", """
Tárgy: A HU-2024-558120 számú rendelését feladtuk
Kedves Vásárlónk! A csomag nyomkövetési száma: JJH3000482917365. Számla: SZ-2024/11827.
Ügyfélszolgálat: ugyfelszolgalat@otthon-kert.example, 06 80 123 456 (ingyenes). Otthon-Kert Kft., Győr
""")

neg("prose", "hu", """
Megközelítés: a Deák Ferenc térről az Andrássy úton a Kodály köröndig, majd a Bajza utcán tovább.
Az előadás a Bartók Béla teremben lesz a 2. emeleten. Ügyiratszám: 4471/2024, verzió 2.1.
""")
def tw_id(nine):
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    v = letters.index(nine[0]) + 10
    digits = [v // 10, v % 10] + [int(c) for c in nine[1:]]
    t = sum(d * w for d, w in zip(digits, [1, 9, 8, 7, 6, 5, 4, 3, 2, 1]))
    return nine + str((10 - t % 10) % 10)


V["tw1"] = tw_id("A22849173")

# ================================================================ Greek
pos("form", "el", """
ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ — Δημοτικό Ωδείο Θεσσαλονίκης
Ονοματεπώνυμο: <<N|Γεώργιος Παπαδόπουλος>>
Ημερομηνία γέννησης: <<D|12/03/1987>>
ΑΜΚΑ: <<ID|$amka1>>
Διεύθυνση: <<A|Εγνατίας 112, 546 30 Θεσσαλονίκη>>
Κινητό: <<P|694 482 9173>>
Email: <<E|g.papadopoulos87@yahoo.gr>>
""")

pos("email", "el", """
Αγαπητή κ. <<N|Οικονόμου>>,

σας στέλνω τα στοιχεία για το μισθωτήριο:
Μισθωτής: <<N|Νικόλαος Καραγιάννης>>, γεννηθείς <<D|28 Ιουλίου 1992>>, ΑΜΚΑ <<ID|$amka2>>
Αρ. δελτίου ταυτότητας: <<ID|ΑΚ 482917>>
IBAN: <<I|$gr1>>

Με εκτίμηση,
<<N|Νίκος Καραγιάννης>>
""")

pos("chat", "el", """
[21:40] Μαρία Αλεξίου: ποιος έχει τον κωδικό του router;
[21:41] Κώστας Δημητρίου: <<K|Souvlaki!Pita_77>>
[21:41] Μαρία Αλεξίου: ευχαριστώ <<N|Κώστα>> 😊
""".replace("] Μαρία Αλεξίου:", "] <<N|Μαρία Αλεξίου>>:").replace("] Κώστας Δημητρίου:", "] <<N|Κώστας Δημητρίου>>:"))

pos("ticket", "el", """
Αίτημα #GR-4471 — Βλάβη σύνδεσης
Πελάτης: <<N|Ελένη Βασιλείου>>, τηλ. <<P|+30 210 748 2917>>
Διεύθυνση εγκατάστασης: <<A|Λεωφόρος Αλεξάνδρας 54, 114 73 Αθήνα>>
MAC router: <<MAC|B0:4E:26:91:3C:0F>>, δημόσια IP <<IP|94.66.201.18>>
""")

neg("news", "el", """
Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε με την Πρόεδρο της Δημοκρατίας Κατερίνα Σακελλαροπούλου.
Στο Μουσείο της Ακρόπολης εγκαινιάστηκε έκθεση για τον Περικλή. Ο Γιάννης Αντετοκούνμπο σημείωσε 38 πόντους.
""")

neg("email", "el", """
Θέμα: Η παραγγελία σας GR-2024-558120 απεστάλη
Αριθμός αποστολής ACS: 7301829471. Τιμολόγιο ΤΠ-2024/11827. Εξυπηρέτηση πελατών: 801 11 12345
ή info@spiti-kipos.example. Σπίτι & Κήπος Α.Ε., Πάτρα
""")

neg("prose", "el", """
Οδηγίες: από την πλατεία Συντάγματος ακολουθήστε την οδό Ερμού, στρίψτε στην Αιόλου και συνεχίστε ως την
οδό Σοφοκλέους. Η αίθουσα «Νίκος Καζαντζάκης» βρίσκεται στον 2ο όροφο. Αρ. πρωτοκόλλου 4471/2024.
""")

# ================================================================ Indonesian
pos("form", "id", """
FORMULIR PENDAFTARAN NASABAH — Bank Sejahtera
Nama lengkap: <<N|Siti Nurhaliza Rahmawati>>
NIK: <<ID|$nik1>>
Tempat/Tgl. lahir: Jakarta, <<D|17-03-1989>>
Alamat: <<A|Jl. Kemang Raya No. 12, RT 03/RW 05, Bangka, Mampang Prapatan, Jakarta Selatan 12730>>
No. HP: <<P|0812-4829-1736>>
Email: <<E|siti.rahmawati89@gmail.com>>
""")

pos("chat", "id", """
[19.02] Bu Ratna: pak, password wifi kantor apa ya?
[19.03] Pak Hendra: <<K|Nasgor_Pedas!2024>> bu
[19.04] Bu Ratna: makasih pak 🙏 nanti saya kasih ke <<N|Dimas>> juga
""".replace("] Bu Ratna:", "] Bu <<N|Ratna>>:").replace("] Pak Hendra:", "] Pak <<N|Hendra>>:"))

pos("email", "id", """
Yth. Bapak <<N|Agus Setiawan>>,

Berikut data penyewa untuk kontrak rumah:
Nama: <<N|Putri Ayu Lestari>>, NIK <<ID|$nik2>>, lahir <<D|21 Desember 1991>>
Alamat asal: <<A|Jl. Raya Darmo No. 88, Surabaya 60265>>
Telepon: <<P|+62 857 3311 4820>>

Hormat kami,
<<N|Rudi Hartono>>
""")

pos("report", "id", """
LAPORAN KEHILANGAN — Polsek Coblong, Bandung
Pelapor: <<N|Muhammad Rizky Pratama>>
Tanggal lahir: <<D|05 Agustus 1996>>
Alamat: <<A|Jl. Dago No. 145, Coblong, Bandung 40135>>
Barang hilang: KTP, SIM C nomor <<ID|960512345678>>, dan kartu ATM
""")

neg("news", "id", """
Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Anwar Ibrahim di Istana Merdeka.
Museum Nasional memamerkan koleksi tentang Raden Ajeng Kartini (1879–1904). Timnas menang 2-0 atas Vietnam.
""")

neg("email", "id", """
Subjek: Pesanan Anda ID-2024-558120 telah dikirim
Nomor resi JNE: 0182736450129. Nomor faktur INV/2024/09/4471. Hubungi cs@rumah-taman.example
atau layanan bebas pulsa 0800 1 500 500. PT Rumah Taman, Semarang
""")

neg("prose", "id", """
Petunjuk arah: dari Bundaran HI ikuti Jl. M.H. Thamrin, lalu belok ke Jl. Jenderal Sudirman. Gedung
Soekarno berada di sebelah kiri, lantai 3, ruang Ki Hajar Dewantara. Nomor berkas 4471/2024, versi 1.2.
""")

# ================================================================ Vietnamese
pos("form", "vi", """
PHIẾU ĐĂNG KÝ KHÁM BỆNH — Bệnh viện Đa khoa Tâm Anh
Họ và tên: <<N|Nguyễn Thị Thu Hằng>>
Ngày sinh: <<D|08/11/1990>>
Số CCCD: <<ID|001190048291>>
Địa chỉ: <<A|Số 18 ngõ 62 Trần Quang Diệu, phường Ô Chợ Dừa, quận Đống Đa, Hà Nội>>
Điện thoại: <<P|0912 482 917>>
""")

pos("chat", "vi", """
[20:15] Chị Lan: em ơi, mật khẩu wifi nhà là gì vậy?
[20:16] Minh: <<K|PhoBo_HaNoi#2024>> chị ạ
[20:16] Chị Lan: cảm ơn <<N|Minh>> nha
""".replace("] Chị Lan:", "] Chị <<N|Lan>>:").replace("] Minh:", "] <<N|Minh>>:"))

pos("email", "vi", """
Kính gửi anh <<N|Trần Văn Hùng>>,

Em gửi thông tin để làm hợp đồng thuê nhà:
Người thuê: <<N|Lê Thị Mai Anh>>, sinh ngày <<D|14 tháng 2 năm 1995>>, CCCD <<ID|079195018273>>
Địa chỉ thường trú: <<A|45/12 Nguyễn Thị Minh Khai, Phường 6, Quận 3, TP. Hồ Chí Minh>>
Số điện thoại: <<P|+84 903 118 274>>

Trân trọng,
<<N|Mai Anh>>
""")

pos("log", "vi", """
2024-08-02 10:11:45 INFO dang_nhap thanh_cong email=<<E|phamquocbao92@gmail.com>> ip=<<IP|113.161.72.40>>
2024-08-02 10:12:03 INFO cap_nhat_ho_so ho_ten="<<N|Phạm Quốc Bảo>>" ngay_sinh=<<D|1992-09-30>>
""")

neg("news", "vi", """
Thủ tướng Phạm Minh Chính tiếp Tổng thống Hàn Quốc tại Hà Nội. Bảo tàng Hồ Chí Minh tổ chức triển lãm
kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh (1890–1969). VinFast công bố mẫu xe mới VF 3.
""")

neg("email", "vi", """
Tiêu đề: Đơn hàng VN-2024-558120 đã được giao cho đơn vị vận chuyển
Mã vận đơn GHN: GHN8L2KQ7X. Số hóa đơn: HD2024-11827. Tổng đài miễn phí: 1800 6868.
Hỗ trợ: hotro@nhacua.example. Công ty TNHH Nhà Cửa, Đà Nẵng
""")

neg("prose", "vi", """
Đường đi: từ Hồ Hoàn Kiếm theo phố Tràng Tiền, rẽ vào phố Lý Thường Kiệt rồi đến phố Trần Hưng Đạo.
Hội trường Lê Quý Đôn ở tầng 3. Mã hồ sơ 4471/2024, phiên bản tài liệu 2.0.
""")

# ================================================================ Japanese
pos("form", "ja", """
会員登録申込書 — 渋谷区スポーツセンター
氏名：<<N|山田 花子>>（ヤマダ ハナコ）
生年月日：<<D|1987年3月14日>>
住所：<<A|〒150-0001 東京都渋谷区神宮前3丁目12-8 ハイツ青山203号>>
電話番号：<<P|090-4829-1736>>
メール：<<E|hanako.yamada87@docomo.ne.jp>>
""".replace("（ヤマダ ハナコ）", "（<<N|ヤマダ ハナコ>>）"))

pos("email", "ja", """
<<N|佐藤>>様

お世話になっております。給与振込の手続きのため、以下の情報をお送りします。
氏名：<<N|鈴木 一郎>>
生年月日：<<D|昭和60年4月17日>>
マイナンバー：<<ID|$myn1>>
住所：<<A|〒530-0001 大阪府大阪市北区梅田1丁目2-3 梅田レジデンス1502>>

よろしくお願いいたします。
<<N|鈴木>>
""")

pos("chat", "ja", """
[10:02] 田中 翔太: サーバーのrootパスワード教えてもらえますか？
[10:03] 高橋 美咲: <<K|Sakura#Fuji_2024>> です。使ったら変更してください
[10:03] 田中 翔太: ありがとうございます、<<N|高橋>>さん！
""".replace("] 田中 翔太:", "] <<N|田中 翔太>>:").replace("] 高橋 美咲:", "] <<N|高橋 美咲>>:"))

pos("booking", "ja", """
ご予約確認書　予約番号：JP4471829
宿泊者：<<N|WATANABE/KENJI>> 様
パスポート番号：<<ID|TK4829173>>
生年月日：<<D|1979/11/02>>
連絡先：<<P|+81 80-3318-2204>>
チェックイン：2024年8月12日　チェックアウト：2024年8月15日
""")

neg("news", "ja", """
石破茂首相は21日、首相官邸で記者会見を開いた。大谷翔平選手はドジャースで50本塁打を達成した。
夏目漱石（1867年〜1916年）の特別展が東京国立博物館で開かれている。
""")

neg("email", "ja", """
件名：ご注文（注文番号 JP-2024-558120）を発送しました
お問い合わせ番号：4482-9173-6501。請求書番号：INV-2024-11827。
カスタマーサポート：support@kurashi-shop.example　フリーダイヤル 0120-123-456
株式会社くらしショップ（福岡）
""")

neg("docs", "ja", """
設定例（そのまま使用しないでください）：
DB_PASSWORD=<パスワード>
API_KEY=xxxxxxxxxxxxxxxx
バージョン 3.2.1（ビルド 20240901）。第4章 4.2.3 節を参照。郵便番号の形式は 〒123-4567 です。
""")

neg("prose", "ja", """
アクセス：JR東京駅丸の内北口から徒歩5分。会場は丸の内ビルディング7階「徳川ホール」です。
坂本龍馬像の前を通り、日本橋方面へお進みください。受付番号 4471。
""")

# ================================================================ Korean
pos("form", "ko", """
회원 가입 신청서 — 강남구민체육센터
성명: <<N|김민준>>
주민등록번호: <<ID|$krrn1>>
생년월일: <<D|1985년 4월 17일>>
주소: <<A|서울특별시 강남구 테헤란로 152, 101동 1203호>>
휴대전화: <<P|010-4829-1736>>
이메일: <<E|minjun.kim85@naver.com>>
""")

pos("email", "ko", """
<<N|박서연>> 님께,

임대차 계약서 작성을 위해 정보를 보내드립니다.
임차인: <<N|이도현>>, 생년월일 <<D|1992.08.03>>, 주민등록번호 <<ID|$krrn2>>
현 주소: <<A|부산광역시 해운대구 해운대해변로 264, 3동 502호>>
연락처: <<P|+82 10-3318-2204>>

감사합니다.
<<N|이도현>> 드림
""")

pos("chat", "ko", """
[오후 3:12] 최지우: 공유기 비밀번호 뭐였지?
[오후 3:13] 정하늘: <<K|Kimchi!Jjigae_24>>
[오후 3:13] 최지우: 고마워요 <<N|하늘>> 씨
""".replace("] 최지우:", "] <<N|최지우>>:").replace("] 정하늘:", "] <<N|정하늘>>:"))

pos("form", "ko", """
학생 기록부 — 서울 한빛초등학교
학생: <<N|윤서아>>, 주민등록번호 <<ID|$krrn3>>
보호자: <<N|윤재석>> (부), <<P|010-2214-8830>>
주소: <<A|서울특별시 마포구 월드컵북로 396, 2층>>
""")

neg("news", "ko", """
윤석열 대통령은 21일 용산 대통령실에서 기자회견을 열었다. 손흥민은 토트넘에서 두 골을 넣었다.
세종대왕(1397~1450) 탄신 기념 행사가 광화문광장에서 열린다.
""")

neg("email", "ko", """
제목: 주문번호 KR-2024-558120 상품이 발송되었습니다
운송장 번호: 6482917365012. 세금계산서 번호: 20240930-4471. 고객센터: 1588-1234
문의: help@salim-mall.example. (주)살림몰, 대전
""")

neg("docs", "ko", """
주민등록번호 형식: YYMMDD-GNNNNNN (예시: 000000-0000000). 테스트 환경에서는 실제 번호를 사용하지 마십시오.
버전 2.7.0 (빌드 20240812). 4.3.1절 참조. 사업자등록번호 123-45-67890.
""")

neg("prose", "ko", """
오시는 길: 광화문역 2번 출구에서 세종대로를 따라 이순신 장군 동상 방향으로 5분. 행사장은 3층 '김구홀'입니다.
접수번호 4471.
""")

# ================================================================ Chinese
pos("form", "zh", """
会员登记表 — 北京朝阳区图书馆
姓名：<<N|王小明>>
身份证号：<<ID|$cn1>>
出生日期：<<D|1987年3月14日>>
住址：<<A|北京市朝阳区建国路88号院3号楼1502室>>
手机：<<P|138 1048 2917>>
邮箱：<<E|wangxm1987@163.com>>
""")

pos("email", "zh", """
<<N|李>>经理您好：

租房合同所需信息如下：
承租人：<<N|陈静怡>>，身份证号 <<ID|$cn2>>，出生日期 <<D|1992-08-18>>
现住址：<<A|广东省深圳市南山区科技园南区深南大道9988号A座1203>>
联系电话：<<P|+86 139 2418 7730>>

此致
<<N|陈静怡>>
""")

pos("chat", "zh", """
[21:05] 张伟: 服务器的root密码是多少？
[21:06] 刘洋: <<K|Jiaozi#Shanghai_88>> 用完记得改
[21:06] 张伟: 谢谢<<N|刘洋>>！
""".replace("] 张伟:", "] <<N|张伟>>:").replace("] 刘洋:", "] <<N|刘洋>>:"))

pos("form", "zh", """
學生資料卡 — 台北市立大安國民小學
學生姓名：<<N|林怡君>>
出生日期：<<D|民國91年5月26日>>
身分證字號：<<ID|$tw1>>
家長：<<N|林志強>>，電話 <<P|0912-482-917>>
地址：<<A|台北市大安區和平東路二段106號5樓>>
""")

neg("news", "zh", """
国家主席习近平在人民大会堂会见了来访的法国总统马克龙。鲁迅（1881—1936）纪念展在上海开幕。
华为发布了新款手机Mate 70。
""")

neg("email", "zh", """
主题：您的订单 CN-2024-558120 已发货
快递单号：SF1482917365012。发票号：FP20240930004471。客服热线：400-800-8888
邮箱：service@jiaju-mall.example。家居商城有限公司（杭州）
""")

neg("docs", "zh", """
配置示例（请勿直接使用）：
DB_PASSWORD=<你的密码>
ACCESS_KEY=********
版本 5.1.2（构建号 20240901.17）。详见第3.2.4节。统一社会信用代码：91110000100000000X。
""")

neg("prose", "zh", """
交通指南：从天安门东站出站，沿长安街向东步行约十分钟，经过王府井大街后左转。会场位于孙中山纪念厅三楼。
登记号 4471。
""")

# ================================================================ Hindi
pos("form", "hi", """
सदस्यता आवेदन पत्र — नोएडा सार्वजनिक पुस्तकालय
नाम: <<N|प्रिया शर्मा>>
जन्म तिथि: <<D|14/03/1987>>
आधार संख्या: <<ID|$aad2>>
पता: <<A|फ्लैट 302, साई अपार्टमेंट, सेक्टर 15, नोएडा 201301>>
मोबाइल: <<P|+91 98104 82917>>
""")

pos("email", "hi", """
आदरणीय <<N|वर्मा>> जी,

किराया अनुबंध के लिए मेरी जानकारी इस प्रकार है:
नाम: <<N|राहुल कुमार सिंह>>, जन्म तिथि <<D|21 नवंबर 1991>>
पैन: <<ID|CKXPS4829L>>
पता: <<A|मकान नं. 45, गली नं. 7, राजेंद्र नगर, पटना 800016>>

धन्यवाद,
<<N|राहुल>>
""")

pos("chat", "hi", """
[18:30] अंकित: भाई wifi का पासवर्ड क्या है?
[18:31] नेहा गुप्ता: <<K|Chai_Samosa#2024>>
[18:31] अंकित: शुक्रिया <<N|नेहा>> दीदी
""".replace("] अंकित:", "] <<N|अंकित>>:").replace("] नेहा गुप्ता:", "] <<N|नेहा गुप्ता>>:"))

pos("report", "hi", """
प्रथम सूचना रिपोर्ट (सारांश) — थाना कोतवाली, जयपुर
शिकायतकर्ता: <<N|श्रीमती सुनीता मीणा>>, जन्म तिथि <<D|05-08-1978>>
पता: <<A|प्लॉट नं. 12, शांति नगर, जयपुर 302006>>
मोबाइल: <<P|94141 22837>>
""".replace("<<N|श्रीमती सुनीता मीणा>>", "श्रीमती <<N|सुनीता मीणा>>"))

neg("news", "hi", """
प्रधानमंत्री नरेंद्र मोदी ने नई दिल्ली में फ्रांस के राष्ट्रपति इमैनुएल मैक्रों से मुलाकात की। महात्मा गांधी
(1869–1948) की जयंती पर राजघाट पर श्रद्धांजलि दी गई। विराट कोहली ने शतक लगाया।
""")

neg("email", "hi", """
विषय: आपका ऑर्डर IN-2024-558120 भेज दिया गया है
ट्रैकिंग नंबर: EE482917365IN। चालान संख्या: INV/2024/4471। टोल-फ्री हेल्पलाइन: 1800 180 1234
ईमेल: support@gharbazaar.example। घर बाज़ार प्रा. लि., लखनऊ
""")

neg("prose", "hi", """
मार्गदर्शन: कनॉट प्लेस से जनपथ होते हुए राजपथ की ओर चलें। सभा भवन "रवींद्रनाथ टैगोर हॉल" तीसरी मंज़िल पर है।
फ़ाइल संख्या 4471/2024, संस्करण 1.1।
""")
# ================================================================ more documents, mixed languages
pos("irc", "de", """
[2024-02-11 20:14:02] <tobi> n'abend zusammen
[2024-02-11 20:14:40] <lisa_k> hi tobi. hat jemand <<N|maximilian>> erreicht? der server in der werkstatt ist down
[2024-02-11 20:15:10] <tobi> der hängt an <<IP|192.168.2.15>>, mac <<MAC|b8:27:eb:4a:91:0c>>
[2024-02-11 20:16:55] <lisa_k> ok. maximilians adresse für das ersatzteil ist <<A|Mariahilfer Straße 88/2/14, 1070 Wien>>
""".replace("hi tobi.", "hi <<N|tobi>>.").replace("ok. maximilians", "ok. <<N|maximilians>>"))

neg("config", "de", """
# docker-compose.yml — Werte kommen aus der .env (nicht im Repo)
services:
  db:
    image: postgres:16.3
    environment:
      POSTGRES_USER: ${POSTGRES_USER}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?Passwort fehlt}
  app:
    image: ghcr.io/beispiel/rechnungen:2.8.1
    environment:
      DATABASE_URL: postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db:5432/rechnungen
      SMTP_PASSWORD: "<bitte-setzen>"
""")

neg("inventory", "de", """
Fahrzeugliste Fuhrpark (Stand 09/2024)
Nr.   Fahrzeug                   Kennzeichen   Standort        Nächste HU
F-01  Ford Transit Custom        KA-FP 4471    Werk Karlsruhe  03/2025
F-02  VW Crafter 35              KA-FP 4472    Werk Karlsruhe  07/2025
F-03  Mercedes-Benz Vito         PF-FP 118     Lager Pforzheim 11/2024
EDV:  Dell Latitude 5540 (12×), Lenovo ThinkPad T14 (8×) — Wartung durch Bechtle, Karlsruhe
""")

pos("csv", "fr", """
civilite;nom;prenom;date_naissance;email;telephone;adresse
Mme;<<N|de La Fontaine>>;<<N|Héloïse>>;<<D|1983-09-12>>;<<E|heloise.dlf@free.fr>>;<<P|06 12 48 93 27>>;<<A|5 rue Mouffetard, 75005 Paris>>
M.;<<N|N'Diaye>>;<<N|Ousmane>>;<<D|1990-02-27>>;<<E|o.ndiaye@sfr.fr>>;<<P|07 68 20 41 15>>;<<A|22 boulevard de la Liberté, 59000 Lille>>
Mme;<<N|Le Bihan-Quéré>>;<<N|Maëlys>>;<<D|2001-06-04>>;<<E|maelys.lbq@gmail.com>>;<<P|02 98 44 17 60>>;<<A|Lieu-dit Kerhuel, 29810 Plouarzel>>
""")

neg("docs", "fr", """
Plan d'adressage du site
Réseau bureautique : 10.20.0.0/16, passerelle 10.20.0.1 (documentée), masque 255.255.0.0
DNS publics de secours : 1.1.1.1 et 9.9.9.9
Les exemples de cette documentation utilisent 192.0.2.0/24 et 2001:db8::/32 (plages réservées RFC 5737 / RFC 3849).
Adresse de bouclage : 127.0.0.1. Version du document : 4.1.
""")

pos("chat", "es", """
[28/7/24, 10:41:07] Abuela Pilar: hola mi niña, ¿cuándo venís a Sevilla?
[28/7/24, 10:45:22] Martina: el viernes abuela!! te mando la dirección del piso nuevo por si acaso: <<A|Calle Feria 42, 2ºA, 41003 Sevilla>>
[28/7/24, 10:46:10] Abuela Pilar: qué bien. dile a <<N|nacho>> que traiga el cargador
""".replace("] Abuela Pilar:", "] Abuela <<N|Pilar>>:").replace("] Martina:", "] <<N|Martina>>:"))

neg("lab", "es", """
Práctica 6 — Valoración ácido-base
Se disuelven 2,50 g de NaOH en 250 mL de H2O (0,25 mol/L). Se valoran 25,00 mL de HCl con fenolftaleína.
Volumen gastado: 18,40 mL. pH final 8,2. Temperatura 22 °C. Referencia del lote: 2024/117-B.
Masa molar del H2SO4: 98,08 g/mol; del C6H12O6: 180,16 g/mol.
""")

V["cf4"] = codice_fiscale("SPSCHR90A41F839")
V["cf5"] = codice_fiscale("DMNGNN75M12G273")

pos("sql", "it", """
INSERT INTO clienti (id, nome, cognome, codice_fiscale, indirizzo, telefono) VALUES
(301, '<<N|Chiara>>', '<<N|Esposito>>', '<<ID|$cf4>>', '<<A|Via Toledo 256, 80134 Napoli>>', '<<P|081 552 9047>>'),
(302, '<<N|Giovanni>>', '<<N|Damiani>>', '<<ID|$cf5>>', '<<A|Corso Vittorio Emanuele 88, 90133 Palermo>>', '<<P|+39 091 611 2284>>');
""")

neg("docs", "it", """
Carte di test per l'ambiente sandbox:
  Visa 4242 4242 4242 4242 — pagamento riuscito
  Mastercard 5555 5555 5555 4444 — pagamento riuscito
  Visa 4000 0000 0000 9995 — fondi insufficienti
IBAN di esempio: IT60 X054 2811 1010 0000 0123 456. Non usare dati reali.
""")

pos("config", "nl", """
# .env (productie) — gevonden in een publieke repo, roteer meteen!
MOLLIE_API_KEY=<<K|live_hK7q2LmX9vB8nZ1pW4yT6cR0sH5jD3>>
POSTNL_API_KEY=<<K|9f2c1e7a-4b8d-4f6e-a5c9-b2d7e1f4a8c3>>
DATABASE_URL=<<U|postgres://webshop:Stroopwafel!88@db.webshop.internal:5432/webshop>>
BEHEERDER_EMAIL=<<E|jeroen.vandijk@kpnmail.nl>>
""")

pos("irc", "pt", """
[23:01] <ricardo> alguém viu o <<N|zé>> hoje?
[23:02] <ana_s> ele tá offline. o ip do servidor dele é <<IP|189.44.102.17>>
[23:03] <ricardo> valeu ana. a senha do painel ainda é <<K|Feijoada#Rio40>>?
[23:03] <ana_s> trocaram ontem, fala com a <<N|Mariana Costa>>
""".replace("valeu ana.", "valeu <<N|ana>>."))

neg("ci", "pt", """
Executando o job "deploy-producao" no runner #7 (GitLab 17.2.1)
$ echo "Usando token $CI_DEPLOY_TOKEN"
Usando token [MASKED]
$ kubectl --token=[MASKED] apply -f k8s/
deployment.apps/loja-web configured (imagem registry.gitlab.com/loja/web:3.4.0)
Job succeeded em 00:01:42
""")

pos("yaml", "pl", """
# config/produkcja.yml — uwaga: hasła tymczasowo tutaj (Marcin)
baza:
  host: <<IP|10.10.5.21>>
  uzytkownik: sklep
  haslo: "<<K|Pierogi_Ruskie!42>>"
platnosci:
  przelewy24_crc: "<<K|8f2e7d9c1b4a6e3f>>"
  przelewy24_api: "<<K|c9b1a3e5f7d9c2e4b6a8d0f1e3c5a7b9>>"
""".replace("tutaj (Marcin)", "tutaj (<<N|Marcin>>)"))

pos("letter", "sv", """
<<N|Karin Sjöberg>>
<<A|Box 1182>>
<<A|831 21 Östersund>>
SVERIGE

Östersund den 4 oktober 2024

Hej <<N|Karin>>!
Tack för ditt brev. Jag skickar tillbaka dokumenten med posten.
Hälsningar, <<N|Gunnar Ek>>
""")

pos("label", "ja", """
お届け先
<<A|〒060-0042 北海道札幌市中央区大通西5丁目8番地>>
<<A|大通ハイツ702号室>>
<<N|伊藤 真理子>> 様
電話：<<P|011-482-9173>>
ご依頼主：株式会社ほっかいどう物産（札幌）
""")

pos("label", "ko", """
받는 분: <<N|한지민>>
주소: <<A|경기도 성남시 분당구 판교역로 235, 에이치스퀘어 N동 7층>>
연락처: <<P|010-7733-1820>>
보내는 분: 주식회사 한빛상사 (서울)
배송 메모: 문 앞에 놓아주세요
""")

pos("log", "zh", """
2024-09-18 14:03:11 WARN 用户登录 user=<<E|zhaolei88@qq.com>> ip=<<IP|117.136.12.204>> 设备=<<MAC|78:11:DC:4E:20:9B>>
2024-09-18 14:03:15 INFO 实名认证 姓名=<<N|赵磊>> 身份证=<<ID|$cn3>>
2024-09-18 14:03:16 INFO 收货地址=<<A|上海市浦东新区陆家嘴环路1000号2301室>> 手机=<<P|+86 186 2118 4730>>
""")

neg("code", "ja", """
public class UserAccountService {
    // TODO: ユーザー名とパスワードの検証ロジックを追加
    private static final String DEFAULT_LOCALE = "ja_JP";
    private final PasswordEncoder passwordEncoder;
    public boolean isValidPostalCode(String zip) { return zip.matches("\\\\d{3}-\\\\d{4}"); }
    public TanakaTokenizer tokenizer() { return new TanakaTokenizer("ipadic-2.7.0"); }
}
""")

neg("git", "tr", """
commit 9c1e2f4b7a03d1e6f5a8b2c4d7e0f3a6b9c2d5e8
Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
Date:   Tue Sep 3 09:12:40 2024 +0000

    Bump axios 1.7.4 → 1.7.7 (#1182)

    Sürüm notları: https://github.com/axios/axios/releases/tag/v1.7.7
""")

pos("ticket", "ro", """
Tichet #RO-2291 — Acces VPN
Solicitant: <<N|Bogdan Enache>>, tel. <<P|0722 410 883>>
Laptop: Dell Latitude 7440, MAC <<MAC|C8:5A:CF:21:7E:40>>, IP intern <<IP|10.30.8.112>>
Observație: utilizatorul a trimis parola în clar în e-mail (<<K|Carpati#2024!>>) — resetată.
Rezolvat de: <<N|Irina Popa>>
""")

neg("docs", "hu", """
Példa konfiguráció (nem valódi adatok):
  jelszo: "********"
  api_kulcs: "<ide-ird-a-kulcsot>"
  adatbazis: postgres://felhasznalo:${DB_JELSZO}@localhost:5432/app
Verzió 3.0.2, build 20240815. Lásd a 2.4.1. pontot.
""")

neg("news", "sv", """
Zlatan Ibrahimović har utsetts till rådgivare i AC Milan. Greta Thunberg talade vid klimatmötet i Bonn.
Alfred Nobel (1833–1896) grundade priset som delas ut den 10 december varje år i Stockholm.
""")

pos("form", "da", """
Patientjournal — Rigshospitalet (uddrag)
Patient: <<N|Jens Peter Mølgaard>>, født <<D|7. marts 1971>>
Pårørende: datter <<N|Sofie Mølgaard>>, tlf. <<P|+45 22 84 19 30>>
Egen læge: <<N|Birgitte Kjær>>, Lægehuset Valby
""")

neg("news", "fi", """
Kimi Räikkönen ja Teemu Pukki vierailivat Helsingin lastensairaalassa. Tove Jansson (1914–2001) ja Muumit
ovat Ateneumin syysnäyttelyn aiheena. Nokia ja Kone julkaisivat tuloksensa keskiviikkona.
""")

neg("email", "el", """
Θέμα: Υπενθύμιση συντήρησης συστήματος
Η πλατφόρμα θα είναι εκτός λειτουργίας το Σάββατο 19/10 από 23:00 έως 02:00 (έκδοση 5.4.2).
Για απορίες: support@platforma.example ή 800 11 00000 (δωρεάν). Η Ομάδα Υποστήριξης
""")
# ================================================================ longer documents (English)
pos("email", "en", """
From: Rebecca Thornbury <rebecca.thornbury@hollins-estates.co.uk>
To: <<E|anil.mehta.home@gmail.com>>
Cc: <<E|s.mehta.1990@outlook.com>>
Date: Wed, 11 Sep 2024 16:48:02 +0100
Subject: RE: RE: Tenancy — referencing and move-in

Dear <<N|Anil>> and <<N|Shreya>>,

Thank you both for getting the referencing forms back so quickly. I have now heard from the
referencing agency and everything has come back clear, so we can go ahead with the tenancy.
To confirm the details I have on file for the agreement:

  Lead tenant:    <<N|Anil Rajesh Mehta>>, date of birth <<D|18 February 1988>>
  Second tenant:  <<N|Shreya Mehta>> (née <<N|Kulkarni>>), date of birth <<D|02/06/1990>>
  Current address (both): <<A|Flat 6, Ashdown Court, 71 Selhurst Road, London SE25 6LH>>
  Mobile numbers: <<P|07712 480 936>> (<<N|Anil>>), <<P|07938 115 402>> (<<N|Shreya>>)

The property is:

  <<A|14 Cranbrook Road>>
  <<A|Bristol>>
  <<A|BS6 7BS>>

The move-in date is Saturday 28 September. I will meet you at the property at 11:00 to go through
the inventory and hand over the keys (two sets of front door keys, one back door key and a fob for the
bike store). If anything changes, my direct line is <<P|0117 496 2281>>; the office switchboard on
0117 496 0000 is only staffed Monday to Friday.

Before then, could you please:

1. Transfer the holding deposit balance and first month's rent (£1,650.00 in total) to our client
   account. The reference should be CRANBROOK14-MEHTA. Please do not send it to any other account
   even if you receive an e-mail asking you to — we never change our bank details by e-mail.
2. Send me a copy of the photo page of each passport. For the record I noted <<N|Anil>>'s passport
   number as <<ID|553812047>> and <<N|Shreya>>'s as <<ID|548120935>> from the right-to-rent check on 3 September.
3. Let me know the name of your contents insurer, if you have one yet.

Regarding your question about the boiler: the annual service was carried out on 14 August by
Severn Heating, Bristol, and the gas safety certificate (certificate no. GS-2024-118273) is attached.
The smoke alarms were tested on the same day.

On parking: the road has residents' permit parking (zone RPZ-C). Permits are issued by the council
to residents, not by us, and cost £48 per year for the first car. You can apply online once you have
the signed agreement.

I have also attached the "How to Rent" guide, the EPC (rating C, valid until 2031) and the deposit
protection information. Your deposit of £1,903.84 will be protected with the Deposit Protection
Service within 30 days of receipt, and you will get a certificate by e-mail.

Please reply to confirm that the details above are correct, in particular the spelling of the names
and the dates of birth, as these will go into the tenancy agreement exactly as written.

Kind regards,

<<N|Rebecca Thornbury>>
Lettings Negotiator
Hollins Estates, Bristol
<<P|0117 496 2281>> | <<E|rebecca.thornbury@hollins-estates.co.uk>>
lettings@hollins-estates.co.uk

-----Original Message-----
From: <<N|Anil Mehta>> <<<E|anil.mehta.home@gmail.com>>>
Sent: 10 September 2024 21:12
To: <<N|Rebecca Thornbury>>
Subject: RE: Tenancy — referencing and move-in

Hi <<N|Rebecca>>,

Forms are attached. <<N|Shreya>>'s employer reference should come from her manager, <<N|Dr Helen Achebe>>,
at the university — her direct e-mail is <<E|h.achebe@bristol-research.ac.uk>>. Mine will come from HR.
Is the boiler serviced every year? And can we park on the street?

Thanks,
<<N|Anil>>
""".replace("From: Rebecca Thornbury <rebecca", "From: <<N|Rebecca Thornbury>> <<<E|rebecca").replace("hollins-estates.co.uk>\nTo:", "hollins-estates.co.uk>>>\nTo:").replace("<<N|Dr Helen Achebe>>", "Dr <<N|Helen Achebe>>"))

neg("runbook", "en", """
RUNBOOK: Rotating database credentials for the Orders platform (v3.2, last reviewed 2024-08-30)

Scope
This runbook covers the quarterly rotation of the PostgreSQL credentials used by orders-api,
orders-worker and the reporting replica. It does not cover the Redis cache (see RB-114) or the
payment provider keys (see RB-121). Owner: Platform Engineering (platform@ team mailbox).

Prerequisites
* Access to the secrets manager with the role platform-rotator.
* kubectl 1.29 or later and a kubeconfig for the prod-eu-1 cluster.
* A change ticket of type "Standard change — credential rotation" (template CHG-STD-007).

Never paste real credentials into the ticket, into chat or into this document. Where a value is
needed below it is written as a placeholder in angle brackets, such as <new-password>, or as an
environment variable reference such as ${ORDERS_DB_PASSWORD}.

Step 1 — Generate the new password
Use the generator built into the secrets manager (length 32, all character classes). Example of
the command shape only:

    secrets generate --length 32 --name orders/db/password-next

The output is stored directly; it is not printed. If you see a value printed on screen, stop and
escalate, because the generator is misconfigured.

Step 2 — Create the new role
Connect to the primary with the break-glass role (do not use the application role):

    psql "host=<primary-host> port=5432 dbname=orders user=<break-glass-user> sslmode=verify-full"

Then run:

    CREATE ROLE orders_app_next LOGIN PASSWORD '<new-password>' IN ROLE orders_app_base;
    ALTER ROLE orders_app_next SET statement_timeout = '15s';

Step 3 — Update the Kubernetes secret
The deployments read the password from the secret orders-db (key: password) through a
secretKeyRef; they never contain the value themselves:

    env:
      - name: DB_PASSWORD
        valueFrom:
          secretKeyRef:
            name: orders-db
            key: password

Update the secret with the external-secrets operator by bumping the annotation
force-sync: "2024-Q3" and wait until the status shows SecretSynced.

Step 4 — Roll the deployments
    kubectl -n orders rollout restart deploy/orders-api deploy/orders-worker
    kubectl -n orders rollout status deploy/orders-api --timeout=10m

Watch the dashboard "Orders / DB connections". The number of connections held by orders_app
should fall to zero within ten minutes while orders_app_next rises. Typical values: 120–160
connections at peak (pool size 32 per pod × 5 pods).

Step 5 — Drop the old role
After 24 hours without connections from the old role:

    REVOKE ALL ON ALL TABLES IN SCHEMA public FROM orders_app;
    DROP ROLE orders_app;

Rename orders_app_next to orders_app in the next maintenance window (see section 7.3).

Verification
* The health endpoint returns 200: curl -s http://127.0.0.1:8080/healthz
* Error rate below 0.1 % for 30 minutes (SLO 99.9 %).
* Audit log shows the role change with the change ticket number.

Rollback
If the error rate rises above 1 % after Step 4, run the rollback job rb-114-restore, which
re-points the secret to the previous version (secret version numbers are kept for 30 days), and
restart the deployments again.

Appendix A — Useful references
* PostgreSQL 16 documentation, section 22.2 "Role Attributes".
* Internal standard SEC-STD-004 "Secrets handling", clause 4.2.1.
* Example connection string for documentation only (never works):
  postgres://<user>:<password>@db.example.com:5432/orders
* Test credentials in the developer guide use the value changeme, which the bootstrap script
  rejects on production clusters.

Appendix B — History
v3.0 (2023-11-02) moved rotation from monthly to quarterly.
v3.1 (2024-03-15) added the reporting replica.
v3.2 (2024-08-30) replaced manual secret edits by the external-secrets operator.
""")
# ================================================================ more cards and SSNs
pos("notes", "en", """
Phone order notes — Sat shift (to be shredded after keying!)
1) <<N|Mrs Adaeze Whitford>>, 2x wool throws, card <<C|$amex1>> exp 11/26, CID given verbally; deliver to
   <<A|3 Mill Race Cottages, Bakewell DE45 1HX>>
2) <<N|Mr Rohan Pillai>>, gift voucher £50, card <<C|$disc1>> exp 02/27, send to <<E|rohan.pillai@btinternet.com>>
3) walk-in, paid cash — no details taken
Keyed by <<N|Dot>> 17:40. Terminal batch 0442.
""".replace("<<N|Mrs Adaeze Whitford>>", "Mrs <<N|Adaeze Whitford>>").replace("<<N|Mr Rohan Pillai>>", "Mr <<N|Rohan Pillai>>"))

pos("csv", "en", """
emp_id,legal_name,ssn,dob,state,filing_status
E-2201,"<<N|Okonjo, Ifeoma>>",<<S|612-48-2917>>,<<D|1986-04-30>>,TX,single
E-2202,"<<N|Brandt, Lukas M.>>",<<S|519 33 0841>>,<<D|1979-12-12>>,TX,married_joint
E-2203,"<<N|Villanueva, Rosario>>",<<S|455193377>>,<<D|1993-07-08>>,NM,head_of_household
E-2204,"<<N|Tsosie, Darnell>>",<<S|648-20-1195>>,<<D|1990-01-19>>,AZ,single
""")

pos("log", "en", """
2024-08-14T19:22:51.004Z payment-svc ERROR gateway timeout; request body dumped for debugging:
{"order":"WEB-559120","amount":"89.99","currency":"USD","card":{"number":"<<C|$visa3>>","exp":"04/28","cvc":"***"},
 "billing":{"name":"<<N|Cassandra Yeboah-Klein>>","line1":"<<A|902 Larkspur Ln>>","city":"Eugene","state":"OR","zip":"97401"},
 "client_ip":"<<IP|174.204.18.77>>"}
2024-08-14T19:22:51.006Z payment-svc WARN PCI: raw PAN written to log, ticket SEC-2291 opened
""")

pos("ticket", "de", """
Reklamation #R-55821 (Telefonnotiz)
Kundin <<N|Frau Jelena Marković>> gibt zur Erstattung ihre Kreditkarte an: <<C|$mc3>>, gültig bis 08/27.
Rückruf unter <<P|+49 89 2294 1187>>. Hinweis von <<N|Tim>>: Kartennummer bitte nach Bearbeitung aus dem Ticket löschen!
""".replace("<<N|Frau Jelena Marković>>", "Frau <<N|Jelena Marković>>"))

pos("chat", "fr", """
[11:02] Papa: tu peux commander les billets de train pour dimanche ?
[11:04] Chloé: oui mais il me faut ta carte
[11:06] Papa: <<C|$visa4>> expire 05/28, le code je te le dis au téléphone
[11:07] Chloé: ok c'est fait, pense à effacer ce message !
""".replace("] Chloé:", "] <<N|Chloé>>:"))

pos("email", "ja", """
<<N|小林>>様

先日はありがとうございました。年会費のお支払いについて、下記カードでお願いいたします。
カード番号：<<C|$jcb1>>
有効期限：09/27
名義：<<N|KOBAYASHI YUKI>>

<<N|小林 由紀>>
""".replace("<<N|小林>>様", "<<N|中村>>様"))


if __name__ == "__main__":
    emit("blind18", cases)
