"""Blind, hand-labelled evaluation set of invented data (corpus-blind20.jsonl).

Every name, address, number, key and date below is invented.  Checksummed identifiers
(card numbers, IBANs and the national id numbers) are computed by the helper functions
in this file so that they carry valid check digits.

Kinds (document types): bank, calendar, chat, code, config, contract, court, csv, cv, doc,
email, form, hl7, hr, html, invoice, json, label, letter, log, medical, news, notes, prose,
receipt, report, shell, sms, sql, ticket, travel, vcard, xml.
Cases with no label are hard negatives: text that looks as if it might hold personal
data but does not (products, public figures, historical people, companies, role
mailboxes, documentation addresses, version numbers, placeholders, masked values,
order/tracking/registration numbers, hotlines, test cards, example keys, public keys,
hashes, dates that are not birth dates, ...).

Labelling conventions
---------------------
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

Markup in the case texts: ⟦X|value⟧ with X one of the short type names in SHORT,
turned into the labels.py markup by lab().
"""
import re

from labels import E, P, C, I, S, IP, MAC, U, K, N, A, D, ID, NL, m, emit, luhn, iban_ok

SHORT = {"E": E, "P": P, "C": C, "I": I, "S": S, "IP": IP, "MAC": MAC, "U": U, "K": K, "N": N, "A": A, "D": D,
         "ID": ID}
TYPES = set(SHORT.values())


def lab(text):
    def rep(mo):
        return m(SHORT[mo.group(1)], mo.group(2))
    out = re.sub("\u27e6([A-Z]+)\\|([^\u27e7]*)\u27e7", rep, text)
    return out


cases = []


def pos(kind, lang, text):
    t = lab(text)
    assert "\u27e6" in t, text
    for typ, v in re.findall("\u27e6([A-Z_]+)\\|([^\u27e7]*)\u27e7", t):
        assert typ in TYPES, typ
        assert v == v.strip() and v, repr(v)
        assert not v.endswith((",", ";", '"', "'")), repr(v)
    cases.append((kind, lang, False, t))


def neg(kind, lang, text):
    assert "\u27e6" not in text, text
    cases.append((kind, lang, True, text))


# ---------------------------------------------------------------- check-digit helpers

def _d(s):
    return [int(c) for c in s if c.isdigit()]


def luhn_digit(body):
    """The digit that makes body+digit Luhn-valid."""
    for c in "0123456789":
        if luhn(body + c):
            return c


def card(prefix, length=16, seed=7, groups=(4, 4, 4, 4), sep=" "):
    body = prefix
    x = seed
    while len(body) < length - 1:
        x = (x * 1103515245 + 12345) % 2147483648
        body += str((x >> 16) % 10)
    num = body + luhn_digit(body)
    if not groups:
        return num
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return sep.join(out)


def iban(country, bban, grouped=True):
    r = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    check = "%02d" % (98 - n % 97)
    s = country + check + bban
    if grouped:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    assert iban_ok(s), s
    return s


def pesel(first10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(a * b for a, b in zip(_d(first10), w))
    return first10 + str((10 - s % 10) % 10)


def bsn(first8):
    d = _d(first8)
    s = sum(x * w for x, w in zip(d, range(9, 1, -1)))
    c = s % 11
    assert c != 10, first8
    return first8 + str(c)


def personnummer(yymmdd, nnn, sep="-"):
    body = yymmdd + nnn
    return yymmdd + sep + nnn + luhn_digit(body)


def hetu(ddmmyy, century, nnn):
    chars = "0123456789ABCDEFHJKLMNPRSTUVWXY"
    return ddmmyy + century + nnn + chars[int(ddmmyy + nnn) % 31]


def cpr(ddmmyy, first3):
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2]
    s = sum(a * b for a, b in zip(_d(ddmmyy + first3), w))
    c = (11 - s % 11) % 11
    assert c != 10, (ddmmyy, first3)
    return ddmmyy + "-" + first3 + str(c)


def tckn(first9):
    d = _d(first9)
    assert d[0] != 0
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return first9 + str(d10) + str(d11)


def cnp(first12):
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    s = sum(a * b for a, b in zip(_d(first12), w)) % 11
    return first12 + ("1" if s == 10 else str(s))


def rodne(first9, sep="/"):
    n = int(first9) * 10
    for c in range(10):
        if (n + c) % 11 == 0:
            return first9[:6] + sep + first9[6:] + str(c)
    raise ValueError(first9)


def nir(first13, spaced=True):
    key = "%02d" % (97 - int(first13) % 97)
    if spaced:
        s = first13
        return " ".join([s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], key])
    return first13 + key


def cpf(first9, fmt=True):
    d = _d(first9)
    s1 = sum(x * w for x, w in zip(d, range(10, 1, -1)))
    c1 = (s1 * 10) % 11 % 10
    d.append(c1)
    s2 = sum(x * w for x, w in zip(d, range(11, 1, -1)))
    c2 = (s2 * 10) % 11 % 10
    n = first9 + str(c1) + str(c2)
    return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:]) if fmt else n


_VM = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 2, 4, 1],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, x in enumerate(reversed(_d(s))):
        c = _VM[c][_VP[i % 8][x]]
    return c == 0


def aadhaar(first11, sep=" "):
    c = 0
    for i, x in enumerate(reversed(_d(first11))):
        c = _VM[c][_VP[(i + 1) % 8][x]]
    n = first11 + str(_VINV[c])
    assert verhoeff_ok(n)
    return sep.join([n[:4], n[4:8], n[8:]])


def nhs(first9, sep=" "):
    s = sum(x * w for x, w in zip(_d(first9), range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10, first9
    n = first9 + str(c)
    return sep.join([n[:3], n[3:6], n[6:]])


def sin(first8, sep=" "):
    n = first8 + luhn_digit(first8)
    return sep.join([n[:3], n[3:6], n[6:]])


def tfn(first8, sep=" "):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    d = _d(first8)
    for c in range(10):
        if sum(a * b for a, b in zip(d + [c], w)) % 11 == 0:
            n = first8 + str(c)
            return sep.join([n[:3], n[3:6], n[6:]])
    raise ValueError(first8)


def ppsn(first7, second=""):
    s = sum(x * w for x, w in zip(_d(first7), range(8, 1, -1)))
    if second:
        s += (ord(second) - 64) * 9
    r = s % 23
    return first7 + ("W" if r == 0 else chr(64 + r)) + second


def nric(prefix, first7):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(a * b for a, b in zip(_d(first7), w))
    if prefix in "TG":
        s += 4
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + first7 + table[s % 11]


def dni(first8, sep=""):
    return first8 + sep + "TRWAGMYFPDXBNJZSQVHLCKE"[int(first8) % 23]


def nie(letter, first7, sep=""):
    n = int("XYZ".index(letter).__str__() + first7)
    return letter + first7 + sep + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                    14, 16, 10, 22, 25, 24, 23]))


def _cf_even(c):
    return int(c) if c.isdigit() else ord(c) - 65


def codice_fiscale(first15):
    s = 0
    for i, c in enumerate(first15):
        s += _CF_ODD[c] if i % 2 == 0 else _cf_even(c)
    return first15 + chr(65 + s % 26)


def steuer_id(first10):
    d = _d(first10)
    assert d[0] != 0
    counts = [d.count(x) for x in set(d)]
    assert sorted(counts, reverse=True)[0] in (2, 3) and sorted(counts, reverse=True)[1] == 1, first10
    product = 10
    for x in d:
        s = (x + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    if c == 10:
        c = 0
    return first10 + str(c)


def fnr(first9):
    d = _d(first9)
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    k1 = 11 - sum(a * b for a, b in zip(d, w1)) % 11
    k1 = 0 if k1 == 11 else k1
    assert k1 != 10, first9
    d.append(k1)
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k2 = 11 - sum(a * b for a, b in zip(d, w2)) % 11
    k2 = 0 if k2 == 11 else k2
    assert k2 != 10, first9
    return first9 + str(k1) + str(k2)


def be_nn(yymmdd, serial, born2000=False, fmt=True):
    base = yymmdd + serial
    n = int(("2" if born2000 else "") + base)
    c = "%02d" % (97 - n % 97)
    if fmt:
        return "%s.%s.%s-%s.%s" % (yymmdd[:2], yymmdd[2:4], yymmdd[4:], serial, c)
    return base + c


def ahv(first12, fmt=True):
    d = _d(first12)
    s = sum(x * (3 if i % 2 else 1) for i, x in enumerate(d))
    c = (10 - s % 10) % 10
    n = first12 + str(c)
    return "%s.%s.%s.%s" % (n[:3], n[3:7], n[7:11], n[11:]) if fmt else n


def isikukood(first10):
    d = _d(first10)
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    c = sum(a * b for a, b in zip(d, w1)) % 11
    if c == 10:
        c = sum(a * b for a, b in zip(d, w2)) % 11
        if c == 10:
            c = 0
    return first10 + str(c)


def egn(first9):
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    c = sum(a * b for a, b in zip(_d(first9), w)) % 11
    return first9 + str(0 if c == 10 else c)


def oib(first10):
    p = 10
    for x in _d(first10):
        s = (x + p) % 10
        if s == 0:
            s = 10
        p = (s * 2) % 11
    c = 11 - p
    return first10 + str(0 if c == 10 else c)


def amka(first10):
    return first10 + luhn_digit(first10)


def taj(first8, sep=" "):
    d = _d(first8)
    s = sum(x * (3 if i % 2 == 0 else 7) for i, x in enumerate(d))
    n = first8 + str(s % 10)
    return sep.join([n[:3], n[3:6], n[6:]])


def svnr(serial3, ddmmyy):
    w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    d = _d(serial3 + ddmmyy)
    c = sum(a * b for a, b in zip(d, w)) % 11
    assert c != 10, (serial3, ddmmyy)
    return serial3 + str(c) + " " + ddmmyy


def kennitala(first8, century="9"):
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(a * b for a, b in zip(_d(first8), w)) % 11
    c = 0 if c == 11 else c
    assert c != 10, first8
    return first8[:6] + "-" + first8[6:] + str(c) + century


def mynumber(first11, sep=" "):
    d = _d(first11)
    s = 0
    for n in range(1, 12):
        q = n + 1 if n <= 6 else n - 5
        s += d[11 - n] * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    n = first11 + str(c)
    return sep.join([n[:4], n[4:8], n[8:]])


def thai_id(first12, fmt=True):
    d = _d(first12)
    s = sum(x * w for x, w in zip(d, range(13, 1, -1)))
    n = first12 + str((11 - s % 11) % 10)
    return "%s-%s-%s-%s-%s" % (n[0], n[1:5], n[5:10], n[10:12], n[12]) if fmt else n


def nif_pt(first8):
    s = sum(x * w for x, w in zip(_d(first8), range(9, 1, -1)))
    c = 11 - s % 11
    return first8 + str(0 if c >= 10 else c)


def rut(body):
    s, f = 0, 2
    for x in reversed(_d(body)):
        s += x * f
        f = 2 if f == 7 else f + 1
    c = 11 - s % 11
    dv = "0" if c == 11 else "K" if c == 10 else str(c)
    b = int(body)
    return "{:,}".format(b).replace(",", ".") + "-" + dv


def cn_id(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(a * b for a, b in zip(_d(first17), w))
    return first17 + "10X98765432"[s % 11]


def rrn(first12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = sum(a * b for a, b in zip(_d(first12), w))
    c = (11 - s % 11) % 10
    n = first12 + str(c)
    return n[:6] + "-" + n[6:]


def za_id(first12):
    return first12 + luhn_digit(first12)


def il_id(first8):
    return first8 + luhn_digit(first8)


def emirates_id(first14):
    n = first14 + luhn_digit(first14)
    return "%s-%s-%s-%s" % (n[:3], n[3:7], n[7:14], n[14])


def snils(first9):
    d = _d(first9)
    s = sum(x * w for x, w in zip(d, range(9, 0, -1)))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        if c == 100:
            c = 0
    return "%s-%s-%s %02d" % (first9[:3], first9[3:6], first9[6:], c)


def rnokpp(first9):
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    s = sum(a * b for a, b in zip(_d(first9), w))
    return first9 + str(s % 11 % 10)


def curp(first17):
    alpha = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    s = sum(alpha.index(c) * (18 - i) for i, c in enumerate(first17))
    return first17 + str((10 - s % 10) % 10)


def medicare_au(first8, issue="1"):
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(a * b for a, b in zip(_d(first8), w)) % 10
    n = first8 + str(c) + issue
    return "%s %s %s" % (n[:4], n[4:9], n[9:])


def asmens_kodas(first10):
    return isikukood(first10)


def nino_ok(s):
    s = s.replace(" ", "")
    p = s[:2]
    return (re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None
            and p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"))


def pan_ok(s):
    return re.fullmatch(r"[A-Z]{3}P[A-Z]\d{4}[A-Z]", s) is not None


def ar_digits(s):
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def fa_digits(s):
    return s.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def dev_digits(s):
    return s.translate(str.maketrans("0123456789", "०१२३४५६७८९"))


def thai_digits(s):
    return s.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))


def fw_digits(s):
    return s.translate(str.maketrans("0123456789", "０１２３４５６７８９"))


# self-tests against published valid examples
assert pesel("4405140135") == "44051401359"
assert bsn("11122233") == "111222333"
assert personnummer("811218", "987") == "811218-9876"
assert hetu("131052", "-", "308") == "131052-308T"
assert tckn("100000001") == "10000000146"
assert cpf("111444777") == "111.444.777-35"
assert verhoeff_ok("2363")
assert nhs("943476591") == "943 476 5919"
assert sin("04645428") == "046 454 286"
assert tfn("12345678") == "123 456 782"
assert ppsn("1234567") == "1234567T"
assert nric("S", "1234567") == "S1234567D"
assert dni("12345678") == "12345678Z"
assert codice_fiscale("RSSMRA85T10A562") == "RSSMRA85T10A562S"
assert cn_id("11010519491231002") == "11010519491231002X"


def kvnr(letter, first8):
    digits = "%02d" % (ord(letter) - 64) + first8
    s = 0
    for i, x in enumerate(_d(digits)):
        p = x * (1 if i % 2 == 0 else 2)
        s += p // 10 + p % 10
    return letter + first8 + str(s % 10)


def icao(s):
    def v(c):
        if c.isdigit():
            return int(c)
        if c == "<":
            return 0
        return ord(c) - 55
    w = [7, 3, 1]
    return str(sum(v(c) * w[i % 3] for i, c in enumerate(s)) % 10)


assert kvnr("A", "12345678") == "A123456780"


def rvnr(area, ddmmyy, letter, serial, sep=" "):
    digits = area + ddmmyy + "%02d" % (ord(letter) - 64) + serial
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    s = 0
    for x, f in zip(_d(digits), w):
        p = x * f
        s += p // 10 + p % 10
    c = str(s % 10)
    return sep.join([area, ddmmyy, letter, serial + c]) if sep else area + ddmmyy + letter + serial + c


assert rvnr("65", "170839", "J", "00", "") == "65170839J003"


def fr_bban(bank, branch, account):
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
    return bank + branch + account + "%02d" % key


def cuil(first10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(a * b for a, b in zip(_d(first10), w)) % 11
    r = 0 if r == 11 else r
    assert r != 10, first10
    return "%s-%s-%s" % (first10[:2], first10[2:], r)


def es_bban(bank, branch, account):
    def dc(s):
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        r = 11 - sum(a * b for a, b in zip(_d(s), w)) % 11
        return {10: 1, 11: 0}.get(r, r)
    return bank + branch + str(dc("00" + bank + branch)) + str(dc(account)) + account


def cf_person(surname, name, yyyy, mm, dd, female, comune):
    def split(x):
        x = re.sub(r"[^A-Z]", "", x.upper().replace("À", "A").replace("È", "E").replace("É", "E").replace("Ì", "I")
                   .replace("Ò", "O").replace("Ù", "U"))
        cons = [c for c in x if c not in "AEIOU"]
        vow = [c for c in x if c in "AEIOU"]
        return cons, vow
    c, v = split(surname)
    s = "".join(c + v + ["X", "X", "X"])[:3]
    c, v = split(name)
    n = c[0] + c[2] + c[3] if len(c) >= 4 else "".join(c + v + ["X", "X", "X"])[:3]
    day = dd + (40 if female else 0)
    body = "%s%s%02d%s%02d%s" % (s, n, yyyy % 100, "ABCDEHLMPRST"[mm - 1], day, comune)
    return codice_fiscale(body)


assert cf_person("Rossi", "Mario", 1985, 12, 10, False, "A562") == "RSSMRA85T10A562S"


def cns_prov(first14):
    s = sum(x * (15 - i) for i, x in enumerate(_d(first14)))
    c = (11 - s % 11) % 11
    assert c < 10, first14
    n = first14 + str(c)
    return "%s %s %s %s" % (n[:3], n[3:7], n[7:11], n[11:])


def cc_pt(civil8, letters, version):
    s = sum(x * w for x, w in zip(_d(civil8), range(9, 1, -1)))
    c1 = (11 - s % 11) % 11
    c1 = 0 if c1 == 10 else c1
    body = civil8 + str(c1) + letters + version

    def v(ch):
        return int(ch) if ch.isdigit() else ord(ch) - 55
    for last in "0123456789":
        tot = 0
        for i, ch in enumerate(reversed(body + last)):
            x = v(ch)
            if i % 2 == 1:
                x *= 2
                if x > 9:
                    x -= 9
            tot += x
        if tot % 10 == 0:
            return "%s %s %s%s%s" % (civil8, c1, letters, version, last)


def niss(first10):
    w = [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]
    s = sum(a * b for a, b in zip(_d(first10), w))
    return first10 + str(9 - s % 10)


def dowod(series, digits5):
    vals = [ord(c) - 55 for c in series] + _d(digits5)
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    return series + str(sum(a * b for a, b in zip(vals, w)) % 10) + digits5


assert dowod("ABA", "00000") == "ABA300000"


def hu_adoazon(y, mo, dd, serial3):
    import datetime
    days = (datetime.date(y, mo, dd) - datetime.date(1867, 1, 1)).days
    body = "8%05d%s" % (days, serial3)
    c = sum(x * (i + 1) for i, x in enumerate(_d(body))) % 11
    assert c != 10, body
    return body + str(c)


def afm(first8):
    c = sum(x * 2 ** (8 - i) for i, x in enumerate(_d(first8))) % 11 % 10
    return first8 + str(c)


def inn12(first10):
    d = _d(first10)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n11 = sum(a * b for a, b in zip(d, w1)) % 11 % 10
    d.append(n11)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n12 = sum(a * b for a, b in zip(d, w2)) % 11 % 10
    return first10 + str(n11) + str(n12)


def ua_rnokpp(y, mo, dd, serial3, female):
    import datetime
    days = (datetime.date(y, mo, dd) - datetime.date(1899, 12, 31)).days
    for last in range(10):
        s = serial3 + str(last)
        if (last % 2 == 0) == female:
            return rnokpp("%05d%s" % (days, s))


_TW = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))


def tw_id(letter, first8):
    v = _TW[letter]
    d = [v // 10, v % 10] + _d(first8)
    w = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    s = sum(a * b for a, b in zip(d, w))
    return letter + first8 + str((10 - s % 10) % 10)


def hkid(letter, digits6):
    s = 36 * 9 + (ord(letter) - 55) * 8 + sum(x * w for x, w in zip(_d(digits6), range(7, 1, -1)))
    r = 11 - s % 11
    c = "A" if r == 10 else "0" if r == 11 else str(r)
    return "%s%s(%s)" % (letter, digits6, c)


def ir_melli(first9):
    s = sum(x * (10 - i) for i, x in enumerate(_d(first9)))
    r = s % 11
    return first9 + str(r if r < 2 else 11 - r)


def sa_id(first9):
    return first9 + luhn_digit(first9)


assert tw_id("A", "12345678") == "A123456789"
assert hkid("A", "123456") == "A123456(3)"

# ====================================================================== English (positives)

pos("ticket", "en", """Ticket #48213 — Refund not received
Priority: normal   Channel: web form   Created: 2024-02-11 09:42 UTC
Requester: ⟦N|Oluwaseun Adeyemi-Clarke⟧ <⟦E|seun.adeyemi.clarke@fastmail.co.uk⟧>
Phone (from form): ⟦P|+44 7700 183 552⟧

Hi, I returned the walnut side table (order 300-7731942-0045) on 28 Jan and still have no refund.
The courier collected it from my flat, ⟦A|Flat 6, 14 Kelvin Drive, Glasgow G20 8QH⟧.

— Internal note —
Return scanned at Daventry hub 30/01. Refund batch stuck. Escalating to payments.
⟦N|Priya⟧ (Tier 2)""")

pos("chat", "en", """#infra-alerts  (Slack export, 2024-05-02)
Marcus Whitfield  9:14 AM
  @dana.k can you rotate the staging creds? i pasted them in the runbook by mistake
  aws_access_key_id = AKIA4QZ7RHTW5M3XKD2P
  aws_secret_access_key = q8Vt3nKx/ZpL0aW9rE2yHc7uJf+1mBsDgT6oNiXe
Dana Kowalczyk  9:16 AM
  on it. <@U04HX2LPQ> fyi
Marcus Whitfield  9:17 AM
  thx dana 🙏""".replace("Marcus Whitfield  9:14", "⟦N|Marcus Whitfield⟧  9:14")
    .replace("Dana Kowalczyk  9:16", "⟦N|Dana Kowalczyk⟧  9:16")
    .replace("Marcus Whitfield  9:17", "⟦N|Marcus Whitfield⟧  9:17")
    .replace("AKIA4QZ7RHTW5M3XKD2P", "⟦K|AKIA4QZ7RHTW5M3XKD2P⟧")
    .replace("q8Vt3nKx/ZpL0aW9rE2yHc7uJf+1mBsDgT6oNiXe", "⟦K|q8Vt3nKx/ZpL0aW9rE2yHc7uJf+1mBsDgT6oNiXe⟧")
    .replace("thx dana", "thx ⟦N|dana⟧"))

pos("config", "en", """# .env  (do not commit!!)
NODE_ENV=production
PORT=8080
DATABASE_URL=⟦U|postgres://app_rw:Tr0ub4dor-Fennel-22@db-prod-2.internal.lanternhq.io:5432/lantern⟧
REDIS_HOST=⟦IP|10.20.4.17⟧
STRIPE_SECRET_KEY=⟦K|sk_live_51NfQ2vLkR8mZyT4cXw0PbHs7EaGJd3UoKi9VnYt6MrQ⟧
SENDGRID_API_KEY=⟦K|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⟧
SENTRY_DSN=${SENTRY_DSN}
MAPS_KEY=<ask-ops>""")

pos("log", "en", """203.0.113.0/24 is the partner range; see README.
⟦IP|81.143.207.66⟧ - - [12/Mar/2024:14:02:11 +0000] "GET /account/orders HTTP/2.0" 200 5123 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
⟦IP|81.143.207.66⟧ - - [12/Mar/2024:14:02:12 +0000] "POST /account/address HTTP/2.0" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
127.0.0.1 - - [12/Mar/2024:14:02:15 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
⟦IP|192.168.40.112⟧ - - [12/Mar/2024:14:03:40 +0000] "GET /admin/ HTTP/1.1" 403 162 "-" "curl/8.4.0\"""")

nhs_a = nhs("485777302")
pos("letter", "en", f"""Riverside Medical Practice
Telephone: 0161 555 0190 (reception)

Date: 4 April 2024
Re: ⟦N|Edith Mary Pennington⟧   DOB: ⟦D|17/09/1941⟧   NHS No: ⟦ID|{nhs_a}⟧
Address:
⟦A|Rose Cottage⟧
⟦A|3 Mill Lane⟧
⟦A|Hebden Bridge⟧
⟦A|HX7 8AB⟧

Dear Dr ⟦N|Okonkwo⟧,
Thank you for seeing this 82-year-old lady with worsening exertional breathlessness since her
admission on 02/02/2024. Echo requested 19/03/2024.

Yours sincerely,
Dr ⟦N|Hamish Calder⟧, GP""")

pos("form", "en", """NEW HIRE — W-4 / I-9 WORKSHEET (HR use only)
Legal name ............ ⟦N|Rosalind T. Abernathy⟧
Date of birth ......... ⟦D|1988-11-03⟧
SSN ................... ⟦S|518-44-9072⟧
Home address .......... ⟦A|4471 Juniper Hollow Rd⟧
                        ⟦A|Apt 12B⟧
                        ⟦A|Boise, ID 83709⟧
Start date ............ 2024-06-17
Emergency contact ..... ⟦N|Glen Abernathy⟧ (spouse) ⟦P|(208) 409-2271⟧
Employee #: 009183""")

sin1, sin2, sin3 = sin("72941538"), sin("13088264"), sin("52610397")
pos("csv", "en", f"""emp_id,surname,given_names,province,SIN,hire_date,salary_band
10442,⟦N|Tremblay⟧,⟦N|Marie-Ève⟧,QC,⟦ID|{sin1}⟧,2019-03-11,B4
10457,⟦N|Nakamura-Singh⟧,⟦N|Devon⟧,BC,⟦ID|{sin2.replace(' ', '-')}⟧,2020-08-24,C1
10461,⟦N|O'Sullivan⟧,⟦N|Kieran⟧,ON,⟦ID|{sin3.replace(' ', '')}⟧,2021-01-04,B2""")

tfn1 = tfn("46329187")
pos("form", "en", f"""Tax file number declaration — copy for payer
1  Tax file number: ⟦ID|{tfn1}⟧
2  Title: Ms   Surname: ⟦N|Papadopoulos⟧
   First given name: ⟦N|Katerina⟧   Other given names: ⟦N|Anne⟧
4  Home address in Australia: ⟦A|27/118 Beaconsfield Parade⟧
   Suburb/town: Albert Park   State: VIC   Postcode: 3206
6  Date of birth: ⟦D|22 07 1996⟧
Payer's ABN: 51 824 753 556   Branch: 001""")

pps1 = ppsn("8736142")
pos("letter", "en", f"""Department of Social Protection
Ref: CB/2024/118834

⟦N|Siobhán Ní Mhurchú⟧
⟦A|Apartment 4⟧
⟦A|Kilcarrig House⟧
⟦A|Bagenalstown⟧
⟦A|Co. Carlow⟧
⟦A|R21 X2K4⟧

PPS Number: ⟦ID|{pps1}⟧

Dear Ms ⟦N|Ní Mhurchú⟧,
Your Child Benefit claim received on 12 February 2024 has been approved.""")

nric1 = nric("S", "8312749")
nric2 = nric("T", "0158822")
pos("contract", "en", f"""TENANCY AGREEMENT (Singapore)
This Agreement is made on 1 March 2024 between:
LANDLORD: ⟦N|Tan Wei Ming⟧ (NRIC No. ⟦ID|{nric1}⟧)
TENANT:   ⟦N|Nur Aisyah binte Rahman⟧ (NRIC No. ⟦ID|{nric2}⟧)
PREMISES: ⟦A|Blk 412 Ang Mo Kio Avenue 10, #08-1127, Singapore 560412⟧
Monthly rent: S$3,200.00 payable on the 1st day of each month.
Security deposit: S$6,400.00 (two months).""")

aad1 = aadhaar("38294017563")
pos("form", "en", f"""KYC UPDATE — RESIDENT INDIVIDUAL
Name (as per Aadhaar): ⟦N|Venkata Lakshmi Narasimhan⟧
Father's / Spouse name: ⟦N|Ramesh Narasimhan⟧
Aadhaar No.: ⟦ID|{aad1}⟧        PAN: ⟦ID|AKLPN4721Q⟧
DOB: ⟦D|05-08-1979⟧        Gender: F
Correspondence address: ⟦A|Flat 3B, Sai Krupa Apartments, 14th Cross, Malleswaram, Bengaluru 560003⟧
Mobile: ⟦P|+91 98450 21376⟧
Branch code: 0412   Form version 7.2   Received 11/01/2024""")
assert pan_ok("AKLPN4721Q")

pos("log", "en", """Mar 14 07:55:01 gw-home dnsmasq-dhcp[812]: DHCPDISCOVER(br-lan) ⟦MAC|a4:83:e7:1c:5d:02⟧
Mar 14 07:55:01 gw-home dnsmasq-dhcp[812]: DHCPOFFER(br-lan) ⟦IP|192.168.1.147⟧ ⟦MAC|a4:83:e7:1c:5d:02⟧
Mar 14 07:55:02 gw-home dnsmasq-dhcp[812]: DHCPACK(br-lan) ⟦IP|192.168.1.147⟧ ⟦MAC|a4:83:e7:1c:5d:02⟧ Emmas-iPad
Mar 14 08:10:44 gw-home dnsmasq-dhcp[812]: DHCPREQUEST(br-lan) ⟦IP|192.168.1.23⟧ ⟦MAC|3C-22-FB-90-4E-A1⟧
Mar 14 08:10:44 gw-home dnsmasq-dhcp[812]: not giving name localhost to the DHCP lease of ⟦IP|192.168.1.23⟧""")

pos("config", "en", """apiVersion: v1
kind: Secret
metadata:
  name: billing-worker
  namespace: payments
type: Opaque
data:
  DB_PASSWORD: ⟦K|S3JhbWJhbWJ1bGktOTkhc3RhZ2U=⟧
  WEBHOOK_SIGNING_SECRET: ⟦K|d2hzZWNfN1p0UjJxTThrVjRuWTFwTDZ4QjlmSDNjRA==⟧
---
# rotated 2024-04-09, ticket OPS-2291""")

pos("config", "en", """resource "aws_db_instance" "reports" {
  identifier          = "reports-pg15"
  engine              = "postgres"
  engine_version      = "15.4"
  instance_class      = "db.t4g.medium"
  username            = "reports_admin"
  password            = "⟦K|Quokka!Harbour!7731⟧"
  skip_final_snapshot = true
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "⟦K|AKIA2XKQ7PLM4RVT9HNB⟧"
  secret_key = "⟦K|Jx4tR9vQe2LmZp8WcKs0Ny3HbUg7Fa1DoTi5XwEl⟧"
}""")

pos("shell", "en", """  501  cd ~/src/ledger-sync
  502  git pull
  503  curl -s -u ⟦K|svc-ledger:Marigold^Vault^38⟧ https://ci.corp-ledger.net/api/json | jq .jobs
  504  export GITHUB_TOKEN=⟦K|ghp_R7tLq2WmX9kZ4vNc8BpY1sHf6DjU3aEo0GiK⟧
  505  mysql -h 10.8.0.21 -u reporting -p⟦K|Lr8#wq!Tz2⟧ sales < q3.sql
  506  history | grep curl
  507  ssh deploy@bastion-2""".replace("mysql -h 10.8.0.21", "mysql -h ⟦IP|10.8.0.21⟧"))

pos("sql", "en", """-- Dumping data for table `members`
-- columns: id, first_name, last_name, email, dob, phone, joined

INSERT INTO `members` VALUES
(1041,'⟦N|Imogen⟧','⟦N|Fairweather⟧','⟦E|imogen.fw@btinternet.com⟧','⟦D|1990-04-18⟧','⟦P|07700 914 228⟧','2022-01-09'),
(1042,'⟦N|Tobias⟧','⟦N|Achterberg⟧','⟦E|t.achterberg@gmx.net⟧','⟦D|1985-12-01⟧','⟦P|+49 1577 3342190⟧','2022-01-11'),
(1043,'⟦N|Nkechi⟧','⟦N|Obi⟧','⟦E|nkechiobi77@yahoo.com⟧','⟦D|1977-06-30⟧',NULL,'2022-02-02');""")

pos("report", "en", """PAYROLL REGISTER            PERIOD 2024-03         PAGE 3 OF 7
-----------------------------------------------------------------
EMP#   NAME                      SSN          GROSS      FED W/H
-----------------------------------------------------------------
00731  ⟦N|ALVAREZ, JOAQUIN M⟧         ⟦S|602-19-4438⟧   4,812.50     611.20
00735  ⟦N|BRZEZINSKI, HALINA⟧         ⟦S|217 66 0953⟧   5,120.00     702.85
00741  ⟦N|CHO, DANIEL⟧                ⟦S|449820316⟧     3,998.75     455.10
-----------------------------------------------------------------
TOTALS                                        13,931.25   1,769.15""")

pos("hl7", "en", """MSH|^~\\&|EPICADT|STMARYS|LABSYS|STMARYS|202403120815||ADT^A04|MSG00044817|P|2.5.1
EVN|A04|202403120815
PID|1||MRN004471829^^^STM^MR||⟦N|HOLLOWAY⟧^⟦N|BERNADETTE⟧^^^||⟦D|19560214⟧|F|||⟦A|88 Larkspur Ct⟧^^Dayton^OH^45429||⟦P|(937)274-8816⟧|||||ACCT7784421|⟦S|288-51-7403⟧
PV1|1|O|CLIN^2^14||||1184^Ramirez^Lucia^^^MD""".replace("1184^Ramirez^Lucia", "1184^⟦N|Ramirez⟧^⟦N|Lucia⟧"))

pos("vcard", "en", """BEGIN:VCARD
VERSION:3.0
N:⟦N|Lindqvist⟧;⟦N|Harriet⟧;;;
FN:⟦N|Harriet Lindqvist⟧
ORG:Lindqvist Joinery
TEL;TYPE=CELL:⟦P|+1 503 318 4462⟧
EMAIL;TYPE=HOME:⟦E|harriet.lindqvist@protonmail.com⟧
ADR;TYPE=HOME:;;⟦A|2216 SE Clinton St⟧;Portland;OR;97202;USA
BDAY:⟦D|1983-10-27⟧
NOTE:met at Pickathon 2019
END:VCARD""")

pos("travel", "en", """BOOKING REFERENCE: K7XQ2M
PASSENGER  ⟦N|MOLEFE/THANDIWE⟧ MS
TICKET     083-2149938175
FLIGHT     SA 234   JNB-LHR   14MAY   2105  Y   OK
APIS: PASSPORT ⟦ID|A04719352⟧ ZAF  DOB ⟦D|09MAR88⟧  EXP 11JUN31
FREQUENT FLYER SA 400 218 773
SEAT 42K   BAGS 2PC""")

pos("court", "en", """IN THE FAMILY COURT AT BIRMINGHAM                Case No: BM24F00871
BETWEEN
        ⟦N|KAREN LOUISE DOWD⟧                                Applicant
                            - and -
        ⟦N|STEVEN PAUL DOWD⟧                                 Respondent

FORM C100 — Applicant's address (confidential, C8 attached): ⟦A|22 Harebell Close, Solihull B91 3TW⟧
Children: ⟦N|Maisie Dowd⟧ (born ⟦D|3 August 2015⟧), ⟦N|Ollie Dowd⟧ (born ⟦D|20 January 2019⟧)
Hearing listed: 14 May 2024 at 10:30, Priory Courts.""")

pos("cv", "en", """CURRICULUM VITAE

⟦N|Anaïs Kowalski-Reyes⟧
⟦A|11 Belgrave Terrace, Leeds LS7 4PL⟧
⟦P|07481 220 935⟧ · ⟦E|anais.kr@outlook.com⟧ · linkedin.com/in/anais-kr

PROFILE
Data engineer with 6 years' experience building pipelines on Spark 3.x and dbt 1.7.

EXPERIENCE
2021–present  Senior Data Engineer, Northgate Analytics (Leeds)
2018–2021     BI Developer, Hollis & Rowe (Manchester)

REFEREES
Dr. ⟦N|Malcolm Pryce⟧ — former line manager — ⟦E|m.pryce@hollisrowe.co.uk⟧""")

gb1 = iban("GB", "NWBK56004412870931")
card_en1 = card("4921", seed=31)
pos("invoice", "en", f"""INVOICE 2024-0419                                  Harbour Yoga Studio, Falmouth
Billed to: ⟦N|Morwenna Treloar⟧
Period: April 2024 — unlimited classes          £89.00
Paid by: card ending 2210 (declined) / bank transfer
Refund of overpayment will be sent to the account you gave us:
  Account name: ⟦N|M Treloar⟧
  IBAN: ⟦I|{gb1}⟧
Note from customer: "please charge my other card instead: ⟦C|{card_en1}⟧ exp 09/27"
VAT reg. GB 301 4477 52""")

pos("chat", "en", """Live chat — BrightFibre support (transcript emailed to customer)
[18:02] Jordan (BrightFibre): Hi! I'm ⟦N|Jordan⟧, how can I help today?
[18:02] Visitor: hi my router keeps dropping, account is in my husband's name
[18:03] Jordan (BrightFibre): No problem — can you confirm the account holder's full name and first line of address?
[18:03] Visitor: ⟦N|Ravi Chandrasekar⟧, ⟦A|9 Tansley Road⟧
[18:04] Jordan (BrightFibre): Thanks. The router's WAN MAC shows as ⟦MAC|D8:07:B6:4A:91:3C⟧ and it last got ⟦IP|86.149.22.203⟧.
[18:06] Jordan (BrightFibre): I've booked an engineer for Thursday.""".replace("[18:02] Jordan (", "[18:02] ⟦N|Jordan⟧ (").replace("[18:03] Jordan (", "[18:03] ⟦N|Jordan⟧ (").replace("[18:04] Jordan (", "[18:04] ⟦N|Jordan⟧ (").replace("[18:06] Jordan (", "[18:06] ⟦N|Jordan⟧ ("))

pos("ticket", "en", """JIRA SEC-1187  Private key committed to public repo
Reporter: security-bot   Assignee: ⟦N|Farah Haddad⟧
Description:
Gitleaks found the following in infra/legacy/deploy_key (commit 9f2c1e7):

⟦K|-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACCq7Zk3Lr9nV2xWm8TQpJc4yHaF0eKd1sB6uGtE5oXNiwAAAJh3F2nRdxdp
0QAAAAtzc2gtZWQyNTUxOQAAACCq7Zk3Lr9nV2xWm8TQpJc4yHaF0eKd1sB6uGtE5oXNiw
AAAEBx4Vq0sJmK8yT2hWnR6cLz9pD3fA1uE7bG5iQ0oKjXvqrtmTcuv2dXbFabxNCklzjI
doXR4p3WwHq4a0TmhfJLAAAAEWRlcGxveUBidWlsZC1ob3N0AQIDBA==
-----END OPENSSH PRIVATE KEY-----⟧

Action: revoke key on all hosts, purge from history.""")

pos("chat", "en", """[14/03/2024, 07:41] Mum: Morning! Did you get the forms for Nana's care home?
[14/03/2024, 07:52] Ellie Brannigan: yes, they need her DOB and NI number, can you send?
[14/03/2024, 07:55] Mum: ⟦D|14.02.1936⟧ and ⟦ID|JK 42 87 19 B⟧
[14/03/2024, 07:55] Mum: Her full name on the forms is ⟦N|Margaret Agnes Brannigan⟧ not ⟦N|Peggy⟧
[14/03/2024, 08:01] Ellie Brannigan: got it, thanks mum x""".replace("Ellie Brannigan:", "⟦N|Ellie Brannigan⟧:"))
assert nino_ok("JK428719B")

pos("chat", "en", """*** #homelab (Libera.Chat) ***
[21:04] <zx_spectrum> ok ssh is up, box is at ⟦IP|85.214.76.193⟧ now
[21:05] <quietgoose> creds?
[21:05] <zx_spectrum> user pi pass ⟦K|tangerine-oboe-41⟧ — change it pls
[21:06] <quietgoose> lol ok. btw tell rhiannon the NAS moved to ⟦IP|10.0.7.12⟧
[21:07] <zx_spectrum> will do""".replace("tell rhiannon", "tell ⟦N|rhiannon⟧"))

pos("chat", "en", """Microsoft Teams — Project Kestrel (exported)
[09:15] ⟦N|Oyelaran, Tunde⟧
Can someone send the vendor the signed NDA? Their contact is ⟦N|Lucía Echeverría⟧, ⟦E|lucia.echeverria@granitepeak-consult.es⟧, ⟦P|+34 611 482 907⟧
[09:18] ⟦N|McAllister, Fiona⟧
Done. Also @Procurement Bot please raise PO.
[09:19] Procurement Bot
PO-2024-001872 created.""")

pos("medical", "en", """CLINIC NOTE — Dermatology follow-up
Patient: ⟦N|Declan Fitzgerald⟧, a 34-year-old man (born ⟦D|3rd March 1990⟧), seen 11 April 2024.
Hosp. no. RV3-0048812. Referred by Dr ⟦N|Aoife Brennan⟧ (GP).
Lesion on left forearm reduced from 9 mm to 4 mm since 12 Jan. Continue topical treatment
for 6 weeks, review 23/05/2024.
cc: patient, ⟦A|41 Carrowmore Park, Sligo F91 K8N2⟧""")

pos("letter", "en", """Hartley & Finch Solicitors, Canterbury
Our ref: PJH/LAND/4471   Your ref: —

Mr and Mrs ⟦N|Gupta⟧
⟦A|The Old Forge⟧
⟦A|Chilham Road⟧
⟦A|Chartham⟧
⟦A|CT4 7HN⟧

Dear Mr and Mrs ⟦N|Gupta⟧,
Purchase of ⟦A|2 Orchard Row, Bridge, Canterbury CT4 5LF⟧
We enclose the contract for signature. Completion is proposed for 30 May 2024.
Kind regards
⟦N|Philippa Hartley⟧
Partner — direct line ⟦P|01227 555 318⟧ (switchboard 01227 555 300)""")

pos("config", "en", """version: "3.9"
services:
  db:
    image: postgres:16.2-alpine
    environment:
      POSTGRES_USER: inventory
      POSTGRES_PASSWORD: ⟦K|p7!Ghost-Orchid-Fen⟧
      POSTGRES_DB: inventory
    ports:
      - "5432:5432"
  api:
    image: ghcr.io/acme-labs/inventory-api:2.14.0
    environment:
      DB_PASSWORD: ${POSTGRES_PASSWORD}
      JWT_SECRET: ⟦K|b1f0c2d9e8a7f6e5d4c3b2a19f8e7d6c5b4a3f2e⟧""")

pos("config", "en", """# group_vars/webservers/vault.yml  (should have been ansible-vault encrypted)
ansible_user: deploy
ansible_become_password: ⟦K|Sycamore_Ridge_2024!⟧
mysql_root_password: ⟦K|zQ9vL!m2Xw7#Pe⟧
newrelic_license_key: ⟦K|eu01xx4c9f7b2a0d8e6f1c3b5a7d9e0f2NRAL⟧
backup_s3_bucket: acme-backups-euw2
ntp_servers:
  - 0.uk.pool.ntp.org
  - 1.uk.pool.ntp.org""")

pos("json", "en", """{
  "id": "cus_8842017",
  "created": "2023-11-02T10:14:55Z",
  "first_name": "⟦N|Bartholomew⟧",
  "last_name": "⟦N|Okafor-Lindgren⟧",
  "email": "⟦E|bart.okafor.lindgren@icloud.com⟧",
  "phone": "⟦P|+1-646-382-7719⟧",
  "shipping": {
    "line1": "⟦A|350 W 42nd St Apt 31F⟧",
    "city": "New York",
    "state": "NY",
    "postal_code": "10036"
  },
  "last_login_ip": "⟦IP|71.190.44.128⟧",
  "marketing_opt_in": false
}""")

pos("xml", "en", """<?xml version="1.0" encoding="UTF-8"?>
<PolicyHolder policyNo="HH-2024-5510392">
  <Name>
    <Given>⟦N|Cordelia⟧</Given>
    <Family>⟦N|Ashworth-Baines⟧</Family>
  </Name>
  <BirthDate>⟦D|1969-01-25⟧</BirthDate>
  <Address>
    <Street>⟦A|Flat 2, 7 Albion Street⟧</Street>
    <Town>Cheltenham</Town>
    <Postcode>GL52 2LP</Postcode>
  </Address>
  <Premium currency="GBP">412.60</Premium>
</PolicyHolder>""")

pos("log", "en", """%DOT1X-5-SUCCESS: Authentication successful for client (⟦MAC|f0d5.bf3a.7c19⟧) on Interface Gi1/0/14
%AUTHMGR-5-START: Starting 'dot1x' for client (⟦MAC|f0d5.bf3a.7c19⟧) on Interface Gi1/0/14
%DHCP_SNOOPING-5-LEASE: binding ⟦IP|172.22.14.63⟧ ⟦MAC|f0d5.bf3a.7c19⟧ vlan 140 lease 86400
%SW_MATM-4-MACFLAP_NOTIF: Host ⟦MAC|0050.56b2.11e4⟧ in vlan 140 is flapping between port Gi1/0/2 and port Gi1/0/3
%LINK-3-UPDOWN: Interface Vlan1, changed state to up; mask 255.255.255.0""")

pos("log", "en", """2024-04-22T03:11:08Z ufw BLOCK IN=eth0 OUT= SRC=⟦IP|45.155.205.233⟧ DST=⟦IP|172.31.9.44⟧ PROTO=TCP SPT=51344 DPT=22
2024-04-22T03:11:09Z ufw BLOCK IN=eth0 OUT= SRC=⟦IP|45.155.205.233⟧ DST=⟦IP|172.31.9.44⟧ PROTO=TCP SPT=51346 DPT=3389
2024-04-22T03:12:40Z sshd[2204]: Accepted publickey for deploy from ⟦IP|82.23.117.9⟧ port 60122 ssh2: ED25519 SHA256:Jx0m7yH3p3Y1QJt9kZ0vCw3b6Wl5rP2sN4dE8fA1gUo
2024-04-22T03:12:41Z systemd-resolved: Using DNS server 1.1.1.1""")

pos("html", "en", """<section class="team">
  <h2>Our conveyancing team</h2>
  <div class="card">
    <h3>⟦N|Gwendolyn Price-Hughes⟧</h3><p>Senior Associate</p>
    <p>Direct: <a href="tel:+442920555471">⟦P|029 2055 5471⟧</a><br>
       <a href="mailto:g.pricehughes@taffsidelaw.co.uk">⟦E|g.pricehughes@taffsidelaw.co.uk⟧</a></p>
  </div>
  <div class="card">
    <h3>New enquiries</h3>
    <p>Call 029 2055 5400 or write to <a href="mailto:enquiries@taffsidelaw.co.uk">enquiries@taffsidelaw.co.uk</a></p>
  </div>
</section>""".replace('<a href="tel:+442920555471">', '<a href="tel:⟦P|+442920555471⟧">').replace('<a href="mailto:g.pricehughes@taffsidelaw.co.uk">', '<a href="mailto:⟦E|g.pricehughes@taffsidelaw.co.uk⟧">'))

pos("email", "en", """From: ⟦N|Ngozi Eze⟧ <⟦E|ngozi.eze@harrowfield-logistics.com⟧>
To: accounts@harrowfield-logistics.com
Subject: Re: Q2 freight accruals
Date: Tue, 7 May 2024 16:20:31 +0100

Hi all,
Updated file attached. The fuel surcharge line now reconciles to the carrier statement.

Best,
⟦N|Ngozi⟧
--
⟦N|Ngozi Eze⟧ | Financial Controller
Harrowfield Logistics Ltd, Northampton
M: ⟦P|+44 (0)7912 603 448⟧ | T: 01604 555 000""")

pos("label", "en", """FROM: Crafty Kiln Pottery, Asheville NC
SHIP TO:
⟦N|DESMOND OYELOWO-HART⟧
⟦A|PO BOX 1187⟧
⟦A|TAOS NM 87571-1187⟧
USPS PRIORITY MAIL   9405 5036 9930 0412 8877 15   1 LB 4 OZ""")

pos("form", "en", """MEDICARE CLAIM — CMS-1500 (excerpt)
1a. INSURED'S ID NUMBER: ⟦ID|7QK2-NM4-RT61⟧
2.  PATIENT'S NAME (Last, First, MI): ⟦N|DELACROIX, JEANNE M⟧
3.  PATIENT'S BIRTH DATE: ⟦D|04 19 1951⟧   SEX: F
5.  PATIENT'S ADDRESS: ⟦A|1408 Magazine St⟧   CITY: New Orleans   STATE: LA   ZIP: 70130
    TELEPHONE: ⟦P|(504) 897-3306⟧
24. DATE OF SERVICE: 03 11 24   CPT 99214   $142.00""")

pos("form", "en", """Right to rent / ID check — letting agent checklist
Applicant 1: ⟦N|Tomasz Zieliński⟧
  ☑ Passport  No. ⟦ID|EN4410927⟧ (POL) exp. 2031-07-02
  ☑ UK driving licence  ⟦ID|ZIELI802154T99LK⟧
  ☐ BRP
Applicant 2: ⟦N|Hannah Okoro⟧
  ☑ UK passport No. ⟦ID|548031772⟧
  ☑ BRP No. ⟦ID|RK7730215⟧
Checked by: ⟦N|Callum⟧ (branch 14), 02/05/2024""")

pos("code", "en", """import os
import requests

# TODO move to secrets manager
SLACK_WEBHOOK = "⟦K|https://hooks.slack.com/services/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⟧"
OPENWEATHER_KEY = os.environ["OPENWEATHER_KEY"]
MAILGUN_KEY = "⟦K|key-7f3e9a1c5b2d8e4f6a0c9b3d1e5f7a2c⟧"


def notify(msg):
    requests.post(SLACK_WEBHOOK, json={"text": msg}, timeout=5)""")

pos("log", "en", """[2024-05-03 11:02:17,448] DEBUG urllib3.connectionpool: https://api.partner-rates.io:443 "GET /v2/quote?from=GBP&to=EUR&api_key=⟦K|prt_9Hq2LwX7nZk4Vt1Rb8Ym3Ds6⟧ HTTP/1.1" 200 311
[2024-05-03 11:02:17,452] DEBUG client: request headers {'Authorization': 'Basic ⟦K|cmVwb3J0aW5nOkdsYWNpZXItTWludC05OQ==⟧', 'Accept': 'application/json'}
[2024-05-03 11:02:18,001] INFO  client: 200 OK in 553 ms (trace 7c1e9a0b4f2d)
[2024-05-03 11:02:19,110] DEBUG client: POST /v2/book Authorization: Bearer ⟦K|eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzdmMtcmF0ZXMiLCJleHAiOjE3MTQ3MzgwMDB9.Qm9yZWFsLU5pZ2h0LVN0YXItOTEtcmVmcmVzaA⟧""")

pos("config", "en", """[remote "origin"]
	url = ⟦U|https://jmcbride:ghp_Z4wQk8Lr2Vx9mT6yHn1Pc3Bs7Ja0EuD5FiGo@github.com/wren-analytics/etl.git⟧
	fetch = +refs/heads/*:refs/remotes/origin/*
[remote "upstream"]
	url = git@github.com:wren-analytics/etl-core.git
	fetch = +refs/heads/*:refs/remotes/upstream/*
[user]
	name = ci-bot""")

pos("config", "en", """<connectionStrings>
  <add name="Reporting"
       connectionString="Server=sql-rpt-01.corp.local;Database=Reporting;User Id=rpt_reader;Password=⟦K|Thistle$Lantern$84⟧;Encrypt=True;"
       providerName="System.Data.SqlClient" />
  <add name="Audit"
       connectionString="Server=sql-aud-01;Database=Audit;Integrated Security=SSPI;" />
</connectionStrings>""")

pos("sms", "en", """Messages — Thu 16 May
Unknown (⟦P|+1 (312) 706-4418⟧): hey it's ⟦N|marisol⟧ from the bakery lol, new number
Me: oh hi! saving it now
Unknown (⟦P|+1 (312) 706-4418⟧): can u send me ur address for the party invite
Me: ⟦A|1926 W Cortland St, Chicago, IL 60622⟧ 🎉
Unknown: 18 days to go!!""")

pos("form", "en", """ST. BRENDAN'S PRIMARY — ENROLMENT 2024/25
Child's legal name: ⟦N|Aurelio Benedetti⟧       Known as: ⟦N|Rio⟧
Date of birth: ⟦D|June 2nd, 2019⟧      Year group: Reception
Parent/carer 1: ⟦N|Giulia Benedetti⟧  mobile ⟦P|07855 431 207⟧
Parent/carer 2: ⟦N|Sam Whitaker⟧       mobile ⟦P|07855 431 902⟧
Medical: mild asthma (inhaler in office). Photo consent: yes.
Office use: received 15 March 2024, UPN pending""")

amex1 = card("3782", length=15, seed=5, groups=(4, 6, 5))
mc1 = card("5412", seed=90)
pos("csv", "en", f"""member_no;name;plan;card;expiry;status
GYM-00412;⟦N|Kwame Asante⟧;Annual;⟦C|{amex1}⟧;03/26;active
GYM-00413;⟦N|Brigid Lawlor⟧;Monthly;⟦C|{mc1.replace(' ', '')}⟧;11/25;active
GYM-00414;⟦N|Yusuf Karadağ⟧;Monthly;**** **** **** 5581;08/25;lapsed
GYM-00415;⟦N|Noor Haddad⟧;Student;4000 0000 0000 0002 (test);--;trial""")

pos("chat", "en", """Discord — #lfg-raids
sunny_ralph — Today at 8:12 PM
anyone from the guild in manchester? me and ⟦N|kez⟧ are doing a LAN sat
kez_on_keys — Today at 8:13 PM
yea bring the switch, ⟦N|ralph⟧'s place is ⟦A|14 Cromwell Grove, Levenshulme, Manchester M19 3QD⟧
sunny_ralph — Today at 8:14 PM
lol thanks for doxxing me ⟦N|kez⟧ 🙃 text me on ⟦P|07934 118 560⟧""")

gb2 = iban("GB", "BARC20031548302197")
pos("notes", "en", f"""1:1 notes — ⟦N|Priyanka⟧ / ⟦N|Jonah⟧ — 8 May
- ⟦N|Jonah⟧ back from paternity leave on the 20th, phased return 3 days/wk
- raise ⟦N|Kelechi⟧'s promotion case at calibration (L4 → L5)
- ⟦N|Jonah⟧ asked to update his bank details in Workday: new IBAN ⟦I|{gb2}⟧ — told him to do it himself, not via chat!
- next 1:1: 22 May""")

# ====================================================================== English (hard negatives)

neg("doc", "en", """## Configuring credentials

Set the following in `~/.aws/credentials` (values shown are the documented examples — never
use real keys in docs):

    [default]
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    region = us-west-2

Then run `aws sts get-caller-identity`. The account ID in the output (123456789012) is also a
placeholder in this guide.""")

neg("doc", "en", """Testing payments
Use these card numbers in test mode only. Any future expiry date and any 3-digit CVC work.

| Brand       | Number               | Behaviour                  |
|-------------|----------------------|----------------------------|
| Visa        | 4242 4242 4242 4242  | succeeds                   |
| Visa debit  | 4000 0566 5566 5556  | succeeds                   |
| Mastercard  | 5555 5555 5555 4444  | succeeds                   |
| Amex        | 3782 822463 10005    | succeeds                   |
| Visa        | 4000 0000 0000 9995  | declined: insufficient funds |
| Visa        | 4111 1111 1111 1111  | generic test card          |""")

neg("doc", "en", """Release notes — Harbormaster 10.4.2 (build 10.4.2.1187)
* Fixed: agent on 2.6.32 kernels failed to bind to 0.0.0.0:9100.
* Changed: default upstream resolvers are now 1.1.1.1 and 9.9.9.9.
* Example topology in the manual now uses 192.0.2.10 (collector) and 198.51.100.7 (relay)
  and 2001:db8::42 for IPv6.
* Minimum supported PostgreSQL is 13.11; tested on 16.2.
* Docker image digest: sha256:5b0c6a91e4f2d7c3b8a1e0f9d6c2b7a4e8f1d3c9b0a2e5f7d4c1b8a6e3f0d2c9""")

neg("news", "en", """LONDON, 6 May (Reuters) — Prime Minister Keir Starmer met French President Emmanuel Macron at
Downing Street on Monday to discuss Channel crossings. Macron, 46, said talks were "frank".
Earlier, Chancellor Rachel Reeves told the BBC the budget would be published on 30 October.
The pound rose 0.4% to $1.2571.""")

neg("prose", "en", """Ada Lovelace (10 December 1815 – 27 November 1852) was an English mathematician, best known for
her work on Charles Babbage's proposed Analytical Engine. She was born in London, the only
legitimate child of the poet Lord Byron and Anne Isabella Milbanke. Her notes, published in 1843,
include what is often called the first computer program.""")

neg("email", "en", """Subject: Your support request has been received [Case 06619842]

Hello,
Thanks for contacting Northwind Appliances. Our team aims to reply within 2 working days.

Need us sooner?
  Phone: 0800 028 4410 (free, Mon–Fri 8am–8pm)
  Email: support@northwind-appliances.co.uk
  Billing questions: billing@northwind-appliances.co.uk
Please do not reply to this message — it was sent from noreply@northwind-appliances.co.uk.

Northwind Appliances Ltd, registered in England and Wales no. 08812745, Swindon.""")

neg("email", "en", """Your order is on its way!

Order number:     112-4478120-9931007
Dispatched:       Wed 8 May 2024
Carrier:          UPS — tracking 1Z 9W7 E42 03 1148 7720
Estimated:        Fri 10 May, by 9pm

Items: 1 × Anker 737 Power Bank (PowerCore 24K)    £89.99
       1 × USB-C cable 2 m                          £12.49
Payment: Visa ending in 4471

Questions? Visit help.shopfront.example.com""")

neg("receipt", "en", """GREENWAY MARKET #0271
Terminal 04   Op 112   08/05/2024 17:44
-------------------------------------
OAT MILK 1L                    1.65
SOURDOUGH                      3.20
BANANAS 0.86kg @ 0.98          0.84
-------------------------------------
TOTAL                          5.69
VISA CONTACTLESS     ************3318
AID A0000000031010  AUTH 084412
Clubcard points: 5 | Balance 1,204""")

neg("config", "en", """server {
    listen 0.0.0.0:443 ssl http2;
    server_name intranet.local;
    ssl_certificate     /etc/ssl/certs/intranet.pem;
    allow 10.0.0.0/8;
    allow 172.16.0.0/12;
    allow 127.0.0.1;
    deny  all;
    resolver 8.8.8.8 1.1.1.1 valid=300s;
    location / { proxy_pass http://127.0.0.1:3000; }
}""")

neg("config", "en", """# ~/.ssh/authorized_keys on build-runner-07
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG8pR3wXk2Vb9QmL4sTz7Yc1NfHj0aEuD6oKiPq5rBvW deploy@ci
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vR2kL9pX4mQ8wZt1cYb3NfHj6aEuD0oKiPq5rBvWsT7yL2mN4cX8zQ1pR6tV9wK3jH5gF0dS2aE7uY4iO1pL8kJ3hG6fD9sA2zX5cV7bN0mQ4wE1rT8yU3iO6pA9sD2fG5hJ8kL1zX4cV7bN0mQ3wE6rT9yU2iO5pA8sD1fG4hJ7kL0zX3cV6bN9mQ2wE5rT8yU1iO4pA7sD0fG3hJ6kL9zX2cV5bN8mQ1wE4rT7yU0iO3pA6sD9fG2hJ5kL8zX1cV4bN7mQ0wE3rT6yU9iO2pA5sD8fG1hJ4kL7zX0cV3bN6mQ9wE2rT5yU8iO1pA4sD7fG0hJ3kL6zX9cV2bN5mQ8wE1rT4yU7iO0pA3sD6fG9hJ2kL5 ansible@control
# fingerprint SHA256:xq9vK2mL7pT4wR1cZ8bN3dF6hJ0sA5eY2uI9oG4kQ7M""")

neg("doc", "en", """-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ
RTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYD
VQQDExlCYWx0aW1vcmUgQ3liZXJUcnVzdCBSb290MB4XDTAwMDUxMjE4NDYwMFoX
DTI1MDUxMjIzNTkwMFowWjELMAkGA1UEBhMCSUUxEjAQBgNVBAoTCUJhbHRpbW9y
-----END CERTIFICATE-----
Subject: CN=Baltimore CyberTrust Root, OU=CyberTrust, O=Baltimore, C=IE
SHA-1 fingerprint: D4:DE:20:D0:5E:66:FC:53:FE:1A:50:88:2C:78:DB:28:52:CA:E4:74""")

neg("shell", "en", """$ sha256sum dist/*
3f1c9a7e2b8d4f6a0c5e9b1d7a3f8c2e6b0d4a9f1e7c3b5d8a2f6e0c4b9d1a7e  dist/app-2.3.1.tar.gz
9b2e7d4a1c8f5e3b0a6d9c2f7e4b1a8d5c3f0e9b6a2d7c4f1e8b5a3d0c9f6e2b  dist/app-2.3.1-py3-none-any.whl
$ git log --oneline -3
a41f9c2 (HEAD -> main, tag: v2.3.1) bump version
7e03b5d fix flaky test in test_scheduler.py
c9d2e18 docs: clarify retry semantics""")

neg("config", "en", """# .env.example — copy to .env and fill in
DATABASE_URL=postgres://<user>:<password>@localhost:5432/<db>
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
SENDGRID_API_KEY=your-sendgrid-key-here
JWT_SECRET=${JWT_SECRET}
ADMIN_PASSWORD=********
SMTP_URL=smtp://${SMTP_USER}:${SMTP_PASS}@smtp.mailhost.example:587""")

neg("config", "en", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  template:
    spec:
      containers:
        - name: checkout
          image: registry.internal/checkout:4.8.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: checkout-db
                  key: password
            - name: POD_IP
              valueFrom:
                fieldRef:
                  fieldPath: status.podIP""")

neg("prose", "en", """Reading list, week 6
1. Austen, Jane. Persuasion. London: John Murray, 1817. ISBN 978-0-14-143968-8
2. Woolf, Virginia. Mrs Dalloway. Hogarth Press, 1925. ISBN 978-0-15-662870-9
3. Achebe, Chinua. Things Fall Apart. Heinemann, 1958. ISBN 978-0-385-47454-2
DOI for the secondary reading: 10.1093/res/XLV.179.378""")

neg("prose", "en", """Tour stop 7: 221B Baker Street. Sherlock Holmes and Dr John Watson lodged here with their
landlady Mrs Hudson from 1881 to 1904 — in fiction, at least. Across town, fans still post letters to
Harry Potter at 4 Privet Drive, Little Whinging, Surrey, though the house in the films is in Bracknell.""")

neg("doc", "en", """COMPANY DETAILS
Registered name:   Fenwick Orchard Holdings Limited
Company number:    11839204
VAT number:        GB 298 4471 03
EORI:              GB298447103000
Registered office: Hereford
LEI:               2138004FRXZ9QJ7UWT55
D-U-N-S:           21-884-3320""")

neg("calendar", "en", """WEEK 19 — CONFERENCE ROOM BOOKINGS (3rd floor)
Mon 06/05  Bank holiday — office closed
Tue 07/05  09:30–10:30  Room 3.14  Sprint planning (Platform)
Tue 07/05  14:00–15:00  Room 3.02  Budget review FY24/25
Wed 08/05  11:00–12:00  Room 3.14  Vendor demo — Contoso CRM v12
Thu 09/05  16:00–17:30  Atrium     All-hands, dial-in 0330 088 2290, PIN 771 204#
Fri 10/05  —            —          Release freeze starts 18:00""")

neg("csv", "en", """station_id,date,tmax_c,tmin_c,rain_mm,sun_h
03772,2024-04-01,12.4,5.1,3.2,2.1
03772,2024-04-02,13.9,6.8,0.0,6.4
03772,2024-04-03,11.2,7.3,11.8,0.3
03772,2024-04-04,14.7,4.9,0.2,8.9
# source: open data, station 03772 (Heathrow), licence OGL v3.0""")

neg("csv", "en", """sku,gtin,name,colour,size,price_gbp,stock
TS-0192-BLK-M,5055913427361,Organic cotton tee,black,M,18.00,144
TS-0192-BLK-L,5055913427378,Organic cotton tee,black,L,18.00,96
HD-2210-OAT-S,5055913431023,Loopback hoodie,oat,S,54.00,12
HD-2210-OAT-M,5055913431030,Loopback hoodie,oat,M,54.00,0""")

neg("form", "en", """APPLICATION FOR A PARKING PERMIT — please complete in BLOCK CAPITALS
Full name: ______________________________
Date of birth: DD / MM / YYYY
Address: ________________________________  Postcode: ____ ___
National Insurance number (e.g. QQ 12 34 56 C): __ __ __ __ __
Vehicle registration: ________   e.g. AB12 CDE
Office use only: permit no. ______  zone ___""")

neg("doc", "en", """Social Security numbers in test data
Never use real SSNs in fixtures. Use the reserved placeholder 123-45-6789 or 000-00-0000, which the
validator rejects by design. Numbers beginning with 9 (e.g. 9XX-XX-XXXX) are ITINs, not SSNs.
The regex we ship is ^(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}$.""")

neg("travel", "en", """DEPARTURES — Terminal 2                      updated 14:05
BA 0478   MADRID          14:35  GATE A12  BOARDING
LH 2473   MUNICH          14:50  GATE B36  GO TO GATE
EI 0159   DUBLIN          15:05  GATE A03  DELAYED 15:40
TK 1986   ISTANBUL        15:20  GATE C51  CHECK-IN CLOSED
QR 0010   DOHA            15:55  GATE B41  ON TIME""")

neg("news", "en", """Result: Arsenal 3–1 Chelsea. Bukayo Saka scored twice before Cole Palmer pulled one back in the
71st minute; Kai Havertz added a third in stoppage time. Mikel Arteta said afterwards that Saka, born
5 September 2001, "is only getting better". Attendance: 60,282.""")

neg("doc", "en", """Wake-on-LAN quick reference
The magic packet starts with 6 bytes of FF (i.e. the broadcast address ff:ff:ff:ff:ff:ff) followed by
16 repetitions of the target's MAC. Vendor OUIs you will see on our fleet: 00:1B:21 (Intel),
3C:22:FB (Apple), B8:27:EB (Raspberry Pi Foundation). A MAC of 00:00:00:00:00:00 means "unset".""")

neg("court", "en", """Authorities cited
Donoghue v Stevenson [1932] UKHL 100; [1932] AC 562
Caparo Industries plc v Dickman [1990] UKHL 2; [1990] 2 AC 605
Robinson v Chief Constable of West Yorkshire Police [2018] UKSC 4
See also Civil Procedure Rules, r. 31.16 and Practice Direction 57AD, para 3.1.""")

neg("bank", "en", """Paying us by bank transfer
Account name:  Riverside Community Trust
Bank:          Lloyds Bank, Bristol
Sort code:     30-94-57
BIC:           LOYDGB21
For international payments you will see IBANs written like GB82 WEST 1234 5698 7654 32 in guides —
that is the documented example, not our account. Please quote your invoice number as reference.""")

neg("log", "en", """2024-05-09T12:00:01.004Z INFO  [main] Starting OrderService v3.12.0 on pid 4417
2024-05-09T12:00:01.912Z INFO  [main] Listening on 127.0.0.1:8080 and [::1]:8080
2024-05-09T12:00:05.336Z WARN  [pool-2] Slow query (2213 ms) request_id=9f1c2e7a-4b0d-4e3a-8c21-7d5e0f3b9a14
2024-05-09T12:00:07.018Z INFO  [http-3] GET /api/orders/1120045 200 43ms
2024-05-09T12:00:07.020Z INFO  [http-3] GET /api/orders/1120046 404 4ms""")

neg("doc", "en", """JWT debugging
Paste a token into the debugger to decode it. The sample token on the site is:
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
signed with the secret "your-256-bit-secret". Never paste production tokens into online tools.""")

neg("html", "en", """<footer>
  <p>Need urgent help? In an emergency call <strong>999</strong>. For non-emergency medical advice call 111.</p>
  <p>Samaritans: 116 123 (free, 24/7) · Childline: 0800 1111</p>
  <p>© 2024 Harbour City Council · Customer services: 0300 123 4567 · contact@harbourcity.gov.uk</p>
</footer>""")

neg("notes", "en", """Board minutes — 18 April 2024
Present: Chair, Treasurer, Secretary, two trustees; apologies from the Vice-Chair.
1. Minutes of 21 March approved.
2. Treasurer reported reserves of £48,210 (target £50k by 31/12).
3. The Secretary will write to the Charity Commission re: registration 1189442.
4. Next meeting: 16 May 2024, 19:00, Room B.""")

neg("doc", "en", """Tracking formats we accept
Royal Mail:   two letters, nine digits, GB (e.g. AB123456789GB)
DHL Express:  10 digits (e.g. 1234567890)
UPS:          1Z + 16 characters (e.g. 1Z999AA10123456784)
FedEx:        12 or 15 digits
Evri:         16 characters starting with H
Customer references (C-000000) and order numbers (ORD-0000000) are not tracking numbers.""")

neg("prose", "en", """Pasta e ceci (serves 4)
400 g tin chickpeas, 2 cloves garlic, 1 sprig rosemary, 200 g ditalini, 1 l stock.
Fry garlic in 3 tbsp oil for 2 min; add chickpeas and rosemary, 5 min. Add stock, simmer 10 min,
blend half. Add pasta and cook 9–11 min. Season. Per portion: 512 kcal, 19 g protein.""")

neg("code", "en", """def mask_card(pan: str) -> str:
    \"\"\"Return a PAN masked for display, e.g. '4539 **** **** 1234'.\"\"\"
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"{digits[:4]} **** **** {digits[-4:]}"


def test_mask_card():
    assert mask_card("4242 4242 4242 4242") == "4242 **** **** 4242"
    assert mask_card("") == " **** **** \"""")

neg("log", "en", """kernel: [    0.000000] Linux version 6.5.0-27-generic (buildd@lcy02-amd64-052) (gcc 12.3.0) #28~22.04.1-Ubuntu
kernel: [    0.412331] pci 0000:00:1f.6: [8086:15fa] type 00 class 0x020000
kernel: [    2.118904] e1000e 0000:00:1f.6 eth0: (PCI Express:2.5GT/s:Width x1) 
kernel: [    2.118911] e1000e 0000:00:1f.6 eth0: Intel(R) PRO/1000 Network Connection
kernel: [    2.120447] e1000e 0000:00:1f.6 eth0: MAC: 14, PHY: 12, PBA No: FFFFFF-0FF""")

neg("form", "en", """SPECIMEN — NOT VALID FOR TRAVEL
Surname: SPECIMEN
Given names: ANGELA ZOE
Nationality: BRITISH CITIZEN
Date of birth: 01 JAN 1970 (specimen data)
Passport No.: 000000000
This sample page is reproduced from the public guidance for checking documents.""")

neg("doc", "en", """Phone number formatting (style guide §4.2)
Write UK numbers with the trunk prefix and spaces: 020 7946 0000, 0161 496 0000, 07700 900000.
These are Ofcom's reserved drama/documentation numbers and must be used in all examples. For the US,
use 555-0100 through 555-0199 with a real area code, e.g. (212) 555-0100.""")

neg("ticket", "en", """INC0048821 — VPN drops every 30 min (site-wide)
Impact: all users at the Reading office. Category: Network > VPN. Priority P2.
Workaround: set MTU 1380 on the client profile (v4.10.08029).
Root cause: firewall session timeout 1800 s on the 10.40.0.0/16 pool; changed to 28800 s.
Change CHG0031177 implemented 09/05/2024 22:00–22:30. Resolved.""")

neg("html", "en", """<div class="testimonial">
  <blockquote>"The best flat white in the county."</blockquote>
  <cite>— The Good Coffee Guide 2024</cite>
</div>
<address>Open Mon–Sat 7:30–16:00 · Market Square, Ludlow · 01584 000 000 (café landline)</address>
<p>Loyalty card? Collect 9 stamps, get the 10th free. Offer ends 31/08/2024.</p>""")

neg("sql", "en", """CREATE TABLE customers (
    id           BIGSERIAL PRIMARY KEY,
    first_name   VARCHAR(100) NOT NULL,
    last_name    VARCHAR(100) NOT NULL,
    email        VARCHAR(320) UNIQUE,
    date_of_birth DATE,
    ssn_hash     CHAR(64),          -- sha256, never the raw value
    created_at   TIMESTAMPTZ DEFAULT now()
);
INSERT INTO customers (first_name, last_name, email) VALUES ('Test', 'User', 'test.user@example.com');""")

neg("prose", "en", """Version matrix: the plugin requires Gradle 8.5+, Kotlin 1.9.22, and Android Gradle Plugin 8.2.2.
It was last verified against API level 34 on 14 March 2024 (build 34.0.0.13), and on Windows 10.0.19045.
The protocol version negotiated is 3.1.1.4 unless the broker reports 5.0.""")

# ====================================================================== English (more positives)

pos("email", "en", """From: "⟦N|Ó Briain, Cathal⟧" <⟦E|cathal.obriain@dunmore-surveys.ie⟧>
To: ⟦N|Lars-Erik Vennström⟧ <⟦E|lev@vennstrom-arkitekter.se⟧>
Subject: Site visit — Unit 7

⟦N|Lars-Erik⟧,
The site cabin is unlocked from 8am and the Wi-Fi password there is ⟦K|KilnField#Survey24⟧.
If you get stuck, ring my mobile ⟦P|+353 87 614 2290⟧ rather than the office line.
⟦N|Cathal⟧""")

pos("chat", "en", """[Zoom chat — Parents' evening Year 9, 14:03]
From Mrs ⟦N|Okwuosa⟧ to Everyone: hi, i'm ⟦N|chidera⟧'s mum, we're in the waiting room
From Mr ⟦N|Haldane⟧ (Maths) to Everyone: Thanks — I'll admit you after ⟦N|Freddie Lomax⟧'s parents
From Mrs ⟦N|Okwuosa⟧ to Everyone: no rush""")

card_en2 = card("5234", seed=1201)
pos("chat", "en", f"""Facebook Marketplace — Messenger
Seller: is it still available? yes £140 collection only
Buyer (⟦N|Gareth Prydderch⟧): can i pay now so you hold it, here's my card ⟦C|{card_en2}⟧ 06/27 cvc 412
Seller: please don't send card numbers on here!! cash on collection is fine
Buyer (⟦N|Gareth Prydderch⟧): ok sorry, i'm at ⟦A|58 Heol y Nant, Whitchurch, Cardiff CF14 1JX⟧ if you can deliver""")

pos("report", "en", """PATIENT LIST — WARD 7B                                 printed 09/05/2024 06:00
BED  NAME                       DOB          NHS NO          CONSULTANT
-------------------------------------------------------------------------------
 01  ⟦N|ABERCROMBIE, Lionel⟧        ⟦D|11/02/1939⟧   ⟦ID|""" + nhs("650224913") + """⟧    Dr ⟦N|S. Varma⟧
 02  ⟦N|NWOSU, Chiamaka⟧            ⟦D|23/10/1978⟧   ⟦ID|""" + nhs("401893326") + """⟧    Dr ⟦N|S. Varma⟧
 03  (empty — deep clean)
 04  ⟦N|VAN DER BERG, Pieter⟧       ⟦D|01/07/1952⟧   ⟦ID|""" + nhs("738194501") + """⟧    Mr ⟦N|A. Khoury⟧""")

pos("letter", "en", """Mrs. ⟦N|Evangeline Moreau-Whitlock⟧
⟦A|Suite 4⟧
⟦A|1180 Peachtree Battle Ave NW⟧
⟦A|Atlanta, GA 30327⟧

RE: Social Security number verification

Dear Mrs. ⟦N|Moreau-Whitlock⟧:
Our records show your number as ⟦S|371 58 2046⟧ and your date of birth as ⟦D|February 9, 1964⟧.
If this is incorrect, please call us at 1-800-772-1213 (TTY 1-800-325-0778).""")

pos("ticket", "en", """Freshdesk #77120 — Can't log in after phone change
From: ⟦N|Dmitri Vasquez-Ortiz⟧
---
i changed my phone and lost the authenticator. my login is dvortiz and the password i use is ⟦K|Sunflower!Canyon88⟧ if that helps, backup codes attached (didn't work). my new number is ⟦P|+1 415-871-2230⟧
---
Agent reply (⟦N|Hollie⟧): Please never send your password. I've forced a reset — you'll get a link at the email on file.""")

pos("form", "en", """VOLUNTEER DBS APPLICATION — PART 2 (address history, last 5 years)
From      To        Address
03/2021   present   ⟦A|Flat 12, Lyndhurst Court, 4 Salisbury Road, Hove BN3 3AD⟧
09/2018   03/2021   ⟦A|77 Ditchling Rise, Brighton BN1 4QN⟧
01/2016   09/2018   ⟦A|22 Rue des Tanneurs, 67000 Strasbourg⟧, France
Applicant: ⟦N|Maëlle Fournier-Grant⟧   Date of birth: ⟦D|30-11-1994⟧
Previous surnames: ⟦N|Fournier⟧ (until 2020)""")

pos("log", "en", """Jun 02 19:22:41 pihole FTL[611]: query[A] netflix.com from ⟦IP|192.168.0.34⟧
Jun 02 19:22:41 pihole FTL[611]: forwarded netflix.com to 9.9.9.9
Jun 02 19:22:43 pihole FTL[611]: query[AAAA] tracking.adnet.example from ⟦IP|fd00:4a1b:77c2::1c⟧
Jun 02 19:22:43 pihole FTL[611]: gravity blocked tracking.adnet.example is 0.0.0.0
Jun 02 19:23:02 pihole FTL[611]: client ⟦IP|192.168.0.51⟧ (livingroom-tv, ⟦MAC|b0-a7-37-4d-22-e9⟧) first seen""")

pos("cv", "en", """RÉSUMÉ — ⟦N|KAITO MORIYAMA-BELL⟧
⟦A|3-2201 Kinnear Crescent, Vancouver, BC V6K 2X3⟧ | ⟦P|604.739.2218⟧ | ⟦E|kaito.mb@fastmail.com⟧
Born ⟦D|1997/08/14⟧, Sapporo · Permanent resident (PR card ⟦ID|PA0419776⟧)
Skills: Rust, Go, Kubernetes 1.28, Terraform 1.7, PostgreSQL 16
2022–2024 Backend Developer, Salal Labs (Vancouver)""")

pos("sql", "en", """mysql> SELECT id, username, password, last_ip FROM wp_users_legacy LIMIT 3;
+----+-----------+----------------------+-----------------+
| id | username  | password             | last_ip         |
+----+-----------+----------------------+-----------------+
|  1 | admin     | ⟦K|Bramble&Kettle1997⟧   | ⟦IP|94.3.178.220⟧    |
|  2 | shopmgr   | ⟦K|winter-lemon-42⟧      | ⟦IP|10.1.12.9⟧       |
|  3 | editor_zk | $P$BkJ7v9.w2qL1Xz8oT | ⟦IP|94.3.178.221⟧    |
+----+-----------+----------------------+-----------------+
3 rows in set (0.00 sec)""")

# ====================================================================== German

kv1 = kvnr("W", "38417265")
pos("medical", "de", f"""Klinikum Süd — Entlassbrief
Patient: Herr ⟦N|Jürgen Wehrmann⟧, geb. am ⟦D|12.03.1958⟧
Versichertennr.: ⟦ID|{kv1}⟧   Fallnummer: 24-0038812   Aufnahme: 02.05.2024   Entlassung: 09.05.2024
Hausarzt: Dr. med. ⟦N|Annegret Sievers⟧

Sehr geehrte Frau Kollegin ⟦N|Sievers⟧,
wir berichten über Ihren 66-jährigen Patienten, der mit einem NSTEMI aufgenommen wurde.
Herr ⟦N|Wehrmann⟧ ist ab dem 20.05. wieder arbeitsfähig. Kontrolle in 6 Wochen.

Mit freundlichen Grüßen
Prof. Dr. ⟦N|Klaus-Dieter Hennig⟧, Chefarzt""")

st1 = steuer_id("5730418265")
de1 = iban("DE", "370502991034418270")
pos("report", "de", f"""Verdienstabrechnung Mai 2024                          Personalnr. 00417
⟦N|Svetlana Reuter⟧
⟦A|Am Kirschgarten 7a⟧
⟦A|65830 Kriftel⟧

Steuer-ID  ⟦ID|{st1}⟧   StKl 4   Kinderfreibetr. 1,0   Konf. rk
SV-Nummer  ⟦ID|{rvnr("12", "150785", "R", "04")}⟧      Krankenkasse: TK
Eintritt 01.04.2019            Geburtsdatum ⟦D|15.07.1985⟧
Gesamtbrutto                    4.250,00
Auszahlungsbetrag               2.761,34  auf ⟦I|{de1}⟧""")

pos("chat", "de", """[03.05.24, 18:11] Oma Hilde: Kinder, meine neue Adresse im Heim ist ⟦A|Lindenallee 40, Zimmer 112, 34117 Kassel⟧
[03.05.24, 18:14] ⟦N|Jannik Brückner⟧: super Oma!! wir kommen Sonntag
[03.05.24, 18:15] ⟦N|Lea Brückner⟧: ⟦N|Jannik⟧ kannst du ⟦N|Mareike⟧ Bescheid sagen? ihre Nummer ist ⟦P|0176 42198833⟧
[03.05.24, 18:20] Oma Hilde: 👍""".replace("Oma Hilde:", "Oma ⟦N|Hilde⟧:"))

de2 = iban("DE", "430609671122334455")
pos("form", "de", f"""SEPA-Lastschriftmandat
Gläubiger-Identifikationsnummer: DE98ZZZ09999999999   Mandatsreferenz: MGL-2024-0817
Ich ermächtige den Sportverein Eintracht Oberursel e.V., Zahlungen von meinem Konto mittels
Lastschrift einzuziehen.
Kontoinhaber:  ⟦N|Grzegorz Wiśniewski⟧
Straße, Nr.:   ⟦A|Hohemarkstraße 118⟧
PLZ, Ort:      61440 Oberursel
IBAN:          ⟦I|{de2.replace(' ', '')}⟧
BIC:           GENODEF1ESN
Ort, Datum: Oberursel, 14.04.2024      Unterschrift: ___________""")

pos("letter", "de", """Rechtsanwältin ⟦N|Dr. Friederike Lamprecht⟧ · Frankfurt am Main

Herrn
⟦N|Konstantin Albers⟧
⟦A|Uferpromenade 3⟧
⟦A|Hinterhaus, 3. OG⟧
⟦A|78464 Konstanz⟧

Ihr Zeichen: —   Unser Zeichen: 117/24 LA
Sehr geehrter Herr ⟦N|Albers⟧,
in der Mietsache ⟦N|Albers⟧ ./. ⟦N|Pfeiffer⟧ übersende ich Ihnen anbei den Schriftsatz der Gegenseite.
Die Frist zur Stellungnahme endet am 31.05.2024.""".replace("⟦N|Dr. Friederike Lamprecht⟧", "Dr. ⟦N|Friederike Lamprecht⟧"))

pos("config", "de", """# application-prod.properties
spring.datasource.url=jdbc:postgresql://10.12.0.5:5432/kundenportal
spring.datasource.username=portal
spring.datasource.password=⟦K|Zugspitze#2962!m⟧
spring.mail.host=smtp.mailversand.de
spring.mail.password=⟦K|fR7q-LmZ2-wX9k-Tb4c⟧
logging.level.root=INFO
server.port=8443""".replace("//10.12.0.5:5432", "//⟦IP|10.12.0.5⟧:5432"))

pos("cv", "de", """Lebenslauf

Persönliche Daten
Name:            ⟦N|Aylin Kaya-Hoffmann⟧
Anschrift:       ⟦A|Schanzenstraße 41, 20357 Hamburg⟧
Telefon:         ⟦P|+49 (0)40 41 92 77 15⟧
E-Mail:          ⟦E|aylin.kaya-hoffmann@posteo.de⟧
Geburtsdatum:    ⟦D|7. Februar 1993⟧ in Bremen
Staatsangehörigkeit: deutsch

Berufserfahrung
10/2020 – heute   UX-Designerin, Kontor Digital GmbH, Hamburg""")

ahv1 = ahv("756813402957")
pos("form", "de", f"""Anmeldung Krankenversicherung (Grundversicherung) — Kanton Zürich
Name / Vorname:        ⟦N|Brunner-Aebischer⟧ / ⟦N|Seraina⟧
Geburtsdatum:          ⟦D|29.01.1991⟧
AHV-Nr.:               ⟦ID|{ahv1}⟧
Wohnadresse:           ⟦A|Rotbuchstrasse 62⟧
PLZ / Ort:             8037 Zürich
Franchise:             CHF 2'500      Modell: Hausarzt
Versicherungsbeginn:   01.06.2024""")

sv1 = svnr("482", "140389")
pos("email", "de", f"""Von: ⟦N|Mag. Theresa Pichler⟧ <⟦E|t.pichler@steuerberatung-pichler.at⟧>
An: ⟦E|markus.gruber.1989@gmx.at⟧
Betreff: Arbeitnehmerveranlagung 2023

Lieber Herr ⟦N|Gruber⟧,
für die Veranlagung brauche ich noch Ihre Sozialversicherungsnummer — laut Lohnzettel ist es
⟦ID|{sv1}⟧, bitte bestätigen — und die Adresse Ihrer Zweitwohnung (⟦A|Mariahilfer Straße 45/3/12, 1060 Wien⟧).

Schöne Grüße
⟦N|Theresa Pichler⟧""".replace("⟦N|Mag. Theresa Pichler⟧", "Mag. ⟦N|Theresa Pichler⟧"))

pos("ticket", "de", """Ticket #DE-20931 — Paket nicht angekommen
Kunde: ⟦N|Hans-Peter Großkopf⟧ · Kundennr. 7700412 · Bestellung 2024-118876
Nachricht des Kunden:
„Das Paket sollte an meine Nachbarin Frau ⟦N|Öztürk⟧ gehen (⟦A|Wilhelmstraße 9, 2. OG links⟧), laut
Sendungsverfolgung wurde es aber in der Filiale abgegeben. Ich bin unter ⟦P|0911 / 38 74 52⟧ erreichbar.“
Bearbeiter: ⟦N|Nils⟧ · Status: offen""")

pos("log", "de", """2024-05-14 08:12:55 WARN  Anmeldung fehlgeschlagen: benutzer=kmeier quelle=⟦IP|91.64.201.38⟧ grund=falsches Passwort
2024-05-14 08:13:02 WARN  Anmeldung fehlgeschlagen: benutzer=kmeier quelle=⟦IP|91.64.201.38⟧ grund=falsches Passwort
2024-05-14 08:13:09 INFO  Anmeldung erfolgreich: benutzer=kmeier quelle=⟦IP|91.64.201.38⟧ sitzung=8c41e0
2024-05-14 08:13:09 DEBUG Login-Formular: {"user":"kmeier","pass":"⟦K|Eichhörnchen!77⟧","remember":true}
2024-05-14 08:15:40 INFO  Export gestartet von benutzer=kmeier (Version 3.2.1)""")

pos("form", "de", """Meldebescheinigung (einfach) — Auszug
Familienname:        ⟦N|von Stetten⟧
Vornamen:            ⟦N|Carl Friedrich Maximilian⟧
Geburtsname:         ⟦N|von Stetten⟧
Tag der Geburt:      ⟦D|04.11.2001⟧
Geburtsort:          Regensburg
Anschrift:           ⟦A|Dr.-Johann-Maier-Str. 15, 93049 Regensburg⟧
Einzugsdatum:        01.10.2022
Ausweis-Nr.:         ⟦ID|LZ6R31K08⟧""")

pos("notes", "de", """Übergabeprotokoll Nachtdienst Station 3 — 12.05.
Zi. 4: Frau ⟦N|Kowalewskis⟧ Tochter hat angerufen, möchte morgen mit dem Stationsarzt sprechen.
Zi. 6: Herr ⟦N|Lindemann⟧ unruhig, 2 mg Tavor um 02:30. Sohn (⟦P|0151 2344 9087⟧) informiert.
Zi. 9: ⟦N|Annelies Vogt⟧ (91 J.) nüchtern ab 00:00 für OP.
Übergabe an Frühdienst: ⟦N|Schwester Dörte⟧""".replace("⟦N|Schwester Dörte⟧", "Schwester ⟦N|Dörte⟧"))

pos("shell", "de", """root@nas:~# cat /etc/fstab | grep cifs
//192.168.178.20/backup /mnt/backup cifs username=familie,password=⟦K|Ostsee-Urlaub-2019⟧,uid=1000 0 0
root@nas:~# smbclient -L //192.168.178.20 -U ⟦K|familie%Ostsee-Urlaub-2019⟧
root@nas:~# ip neigh
192.168.178.1 dev eth0 lladdr ⟦MAC|3c:a6:2f:1e:88:01⟧ REACHABLE
192.168.178.20 dev eth0 lladdr ⟦MAC|00:11:32:9a:4c:b7⟧ STALE""".replace("//192.168.178.20/backup", "//⟦IP|192.168.178.20⟧/backup").replace("smbclient -L //192.168.178.20", "smbclient -L //⟦IP|192.168.178.20⟧").replace("192.168.178.1 dev", "⟦IP|192.168.178.1⟧ dev").replace("192.168.178.20 dev", "⟦IP|192.168.178.20⟧ dev"))

pos("prose", "de", """Zeugenaussage (Abschrift): Ich, ⟦N|Wolfgang Schulze-Eckardt⟧, geboren am ⟦D|dreiundzwanzigsten Juni neunzehnhundertsiebzig⟧,
wohnhaft ⟦A|Kastanienweg 2, 01328 Dresden⟧, sah am Abend des 3. März gegen 21 Uhr, wie der
Radfahrer ohne Licht in die Bautzner Straße einbog. Meine Frau ⟦N|Ute⟧ war dabei.""")

# German hard negatives

neg("doc", "de", """Impressum
Kontor Digital GmbH, Sitz: Hamburg
Registergericht: Amtsgericht Hamburg, HRB 158842
USt-IdNr.: DE 312 447 905
Kontakt: info@kontor-digital.de · Telefon-Hotline 0800 555 18 18 (kostenfrei)
Verantwortlich i. S. d. § 18 Abs. 2 MStV: die Geschäftsführung
Beispiel-IBAN in unseren Formularen: DE89 3704 0044 0532 0130 00""")

neg("news", "de", """Berlin (dpa) — Bundeskanzler Olaf Scholz hat am Dienstag im Kanzleramt mit Vertretern der
Länder über die Migrationspolitik beraten. Bayerns Ministerpräsident Markus Söder (CSU) sprach
anschließend von „konstruktiven Gesprächen“. Die nächste Runde ist für den 20. Juni geplant.""")

neg("prose", "de", """Johann Wolfgang von Goethe (* 28. August 1749 in Frankfurt am Main; † 22. März 1832 in Weimar)
war ein deutscher Dichter und Naturforscher. Sein Geburtshaus am Großen Hirschgraben 23–25 ist heute
ein Museum. Mit Friedrich Schiller (1759–1805) prägte er die Weimarer Klassik.""")

neg("form", "de", """MUSTER — Personalausweis (Vorderseite)
Name: MUSTERMANN   Vornamen: ERIKA
Geburtstag: 12.08.1964   Geburtsort: BERLIN
Gültig bis: 01.08.2031   Ausweisnummer: L01X00T47
Hinweis: Musterdaten der Bundesdruckerei zur Veranschaulichung.""")

neg("doc", "de", """Fahrplanänderung Linie 12 ab 03.06.2024
Wegen Bauarbeiten in der Goethestraße entfallen die Haltestellen „Goethestraße“ und „Schillerplatz“.
Ersatzhaltestelle: Kaiserstraße 40 (vor dem Rathaus). Fahrten um 05:12, 05:42 und 06:12 verkehren
als Linie 12E. Auskunft: Servicetelefon 0180 6 99 66 33 (20 ct/Anruf).""")

neg("config", "de", """# Beispielkonfiguration — Werte ersetzen!
datenbank:
  host: localhost
  port: 5432
  benutzer: <BENUTZERNAME>
  passwort: "${DB_PASSWORT}"
  ssl_zertifikat: /etc/ssl/certs/ca-bundle.crt
smtp:
  passwort: "********"
api_schluessel: "HIER_API_SCHLUESSEL_EINTRAGEN" """)

neg("invoice", "de", """RECHNUNG Nr. 2024-0512                         Schreinerei Holzwerk, Freiburg
Rechnungsdatum: 14.05.2024   Leistungsdatum: 06.05.–08.05.2024   Kundennummer: 10488
Pos. 1  Einbauschrank Eiche, 240 × 60 × 260 cm       3.480,00 €
Pos. 2  Montage (12 Std. à 58,00 €)                    696,00 €
Netto 4.176,00 € · USt 19 % 793,44 € · Gesamt 4.969,44 €
Zahlbar bis 28.05.2024. Steuernummer 06/437/22109 · USt-IdNr. DE 142 778 301""")

neg("log", "de", """[2024-05-14 02:00:00] Sicherung gestartet (Job „nightly“, Version 11.2.0.3)
[2024-05-14 02:00:03] Verbindung zu 127.0.0.1:9000 hergestellt
[2024-05-14 02:41:57] 1.284.113 Dateien, 412,7 GB, Dauer 00:41:54
[2024-05-14 02:41:58] Prüfsumme (SHA-256): 8e1f0a9c3b7d2e6f4a5c8b1d0e9f7a3c2b6d4e8f1a0c9b5d3e7f2a6c4b8d1e0f
[2024-05-14 02:41:58] Sicherung erfolgreich, nächste Ausführung 15.05.2024 02:00""")

# ====================================================================== French

nir1 = nir("2850769123045")
fr1 = iban("FR", fr_bban("30004", "01925", "00012345678"))
pos("form", "fr", f"""CPAM du Rhône — Formulaire S3705 (extrait)
Nom de naissance : ⟦N|BERTHELOT⟧        Nom d'usage : ⟦N|GAILLARD⟧
Prénoms : ⟦N|Camille Hélène⟧
N° de sécurité sociale : ⟦ID|{nir1}⟧
Date de naissance : ⟦D|21/07/1985⟧
Adresse : ⟦A|Bât. C, 14 rue Saint-Maximin, 69003 Lyon⟧
Coordonnées bancaires pour le remboursement : ⟦I|{fr1}⟧
Fait à Lyon, le 02/04/2024""")

pos("email", "fr", """De : ⟦N|Sébastien Delacour⟧ <⟦E|seb.delacour@orange.fr⟧>
À : contact@gite-les-trois-chenes.fr
Objet : Réservation du 12 au 19 juillet

Bonjour,
Nous serons 4 adultes et 2 enfants. Ma compagne, ⟦N|Nadia Benali⟧, arrivera plus tard le samedi.
Pour le contrat, voici notre adresse :
⟦A|Résidence Les Tilleuls⟧
⟦A|Appartement 23⟧
⟦A|7 allée des Peupliers⟧
⟦A|44300 Nantes⟧
Mon portable : ⟦P|06 71 28 45 93⟧

Cordialement,
⟦N|Sébastien⟧""")

pos("chat", "fr", """[09/03/2024 20:02] Mamie Jo: Coucou les enfants ! Dimanche on mange à 12h30, apportez le dessert
[09/03/2024 20:05] ⟦N|Théo Marchetti⟧: merci mamie ❤️
[09/03/2024 20:07] ⟦N|Inès Marchetti⟧: ⟦N|théo⟧ tu passes prendre ⟦N|lulu⟧ à la gare ? son train arrive à 11h14
[09/03/2024 20:08] ⟦N|Théo Marchetti⟧: oui ok""".replace("Mamie Jo:", "Mamie ⟦N|Jo⟧:"))

be1 = be_nn("920314", "178")
pos("form", "fr", f"""Commune d'Ixelles — Demande de carte de stationnement riverain
Nom : ⟦N|Vandenbroucke⟧        Prénom : ⟦N|Amélie⟧
Numéro de registre national : ⟦ID|{be1}⟧
Adresse : ⟦A|Rue du Prince Royal 83, boîte 4⟧
Code postal / Localité : 1050 Ixelles
Plaque d'immatriculation : 1-ABC-234
Date de la demande : 18/03/2024""")

pos("letter", "fr", """Maître ⟦N|Hélène Roussel-Dupuy⟧
Avocate au Barreau de Bordeaux

Madame ⟦N|Josiane Lemaire⟧
⟦A|BP 112⟧
⟦A|33230 Coutras⟧

Bordeaux, le 6 mai 2024
Objet : succession de M. ⟦N|André Lemaire⟧ (né le ⟦D|2 février 1940⟧, décédé le 11 janvier 2024)

Madame,
Je fais suite à notre entretien du 29 avril. Je vous prie de trouver ci-joint la déclaration de
succession à signer.""")

pos("ticket", "fr", """Demande #FR-55102 — Livraison box internet
Client : M. ⟦N|Kévin N'Diaye⟧ — Réf. client 0044817725
Message :
« Le technicien n'est jamais venu. Je suis au ⟦A|3e étage porte gauche, 52 boulevard Voltaire, 75011 Paris⟧,
interphone au nom de ⟦N|N'Diaye-Fofana⟧. Joignable au ⟦P|+33 7 58 12 40 66⟧. »
Réponse de l'agent (⟦N|Mélanie⟧) : RDV reprogrammé le 14/05 entre 8h et 12h.""")

nas1 = sin("27140385")
pos("form", "fr", f"""Revenu Québec — TP-1015.3 Déclaration pour la retenue d'impôt
Nom de famille : ⟦N|Gagnon-Pelletier⟧   Prénom : ⟦N|Maxime⟧
Numéro d'assurance sociale : ⟦ID|{nas1}⟧
Date de naissance (AAAA-MM-JJ) : ⟦D|1990-02-17⟧
Adresse : ⟦A|4512, rue Saint-Denis, app. 3⟧
Ville : Montréal    Code postal : H2J 2L3
N° d'assurance maladie (RAMQ) : ⟦ID|GAGM 9002 1714⟧""")

pos("log", "fr", """2024-04-30 23:58:01 [auth] échec de connexion pour « admin » depuis ⟦IP|37.165.88.12⟧ (mot de passe incorrect)
2024-04-30 23:58:07 [auth] échec de connexion pour « admin » depuis ⟦IP|37.165.88.12⟧ (mot de passe incorrect)
2024-04-30 23:59:44 [auth] connexion réussie pour « lucie.b » depuis ⟦IP|192.168.1.64⟧
2024-05-01 00:00:00 [cron] rotation des journaux terminée (version 4.2.7)""")

pos("hr", "fr", """NOTE RH — CONFIDENTIEL
Objet : entretien préalable — M. ⟦N|Florian Chassagne⟧ (matricule 11822)
Présents : Mme ⟦N|Delphine Arnaud⟧ (RH), M. ⟦N|Chassagne⟧, assisté de M. ⟦N|Yannick Le Goff⟧ (délégué du personnel).
M. ⟦N|Chassagne⟧ conteste les retards relevés les 3, 9 et 17 avril. Il précise avoir déménagé au
⟦A|18 impasse des Glycines, 91300 Massy⟧ et dépendre du RER B.
Décision communiquée sous 48 h.""")

pos("config", "fr", """# docker-compose.override.yml — poste de ⟦N|Julien⟧ (ne pas pousser)
services:
  app:
    environment:
      - MAIL_PASSWORD=⟦K|Cassoulet!Toulouse31⟧
      - MAPBOX_TOKEN=⟦K|sk.eyJ1IjoianVsaWVuZGV2IiwiYSI6ImNsdjR0bzJ4MTBhcDYya3FxYWR4bTFuMXUifQ.W8nQ2pLk7r4vXzY1tB9sEg⟧
      - DATABASE_URL=⟦U|mysql://root:Gougere-Bourgogne-21@127.0.0.1:3306/compta⟧""")

# French hard negatives

neg("news", "fr", """PARIS (AFP) — Le président Emmanuel Macron a reçu mardi à l'Élysée le Premier ministre Gabriel Attal
et la maire de Paris Anne Hidalgo pour préparer les Jeux olympiques. La cérémonie d'ouverture aura lieu
le 26 juillet 2024 sur la Seine. Le numéro d'information du public est le 0 800 00 20 24.""")

neg("prose", "fr", """Victor Hugo, né le 26 février 1802 à Besançon et mort le 22 mai 1885 à Paris, est un poète,
dramaturge et romancier. Sa maison, 6 place des Vosges, est aujourd'hui un musée. Ses funérailles
nationales réunirent près de deux millions de personnes.""")

neg("doc", "fr", """Mentions légales
Éditeur : Boulangerie Maison Fayolle SAS, capital 10 000 €, siège à Clermont-Ferrand
SIREN 842 117 493 — SIRET 842 117 493 00021 — RCS Clermont-Ferrand
TVA intracommunautaire : FR 47 842117493
Contact : contact@maison-fayolle.fr · Service client 09 70 00 00 00 (appel non surtaxé)""")

neg("receipt", "fr", """CARREFOUR MARKET — TICKET CLIENT
15/05/2024 12:41   Caisse 07   Ticket 0418
BAGUETTE TRADITION          1,30
COMTE AOP 18 MOIS 250G      6,45
TOTAL                       7,75 EUR
CB SANS CONTACT  XXXX XXXX XXXX 7726
N° AUTO 204417   A0000000421010
Merci de votre visite — Service conso 0 805 90 08 00""")

neg("doc", "fr", """Numéros d'urgence en France
15  SAMU — urgence médicale
17  Police secours
18  Sapeurs-pompiers
112 Numéro d'urgence européen
114 Personnes sourdes ou malentendantes (SMS)
3919 Violences femmes info (gratuit, anonyme)""")

neg("email", "fr", """Objet : Votre colis est en cours de livraison
Bonjour,
Votre colis n° 6A23871045519 (commande CMD-2024-778102) sera livré le 16/05/2024 entre 13h et 18h.
Suivez-le sur laposte.fr/suivi. Ceci est un message automatique envoyé depuis ne-pas-repondre@notifications.laposte.fr.
Référence d'expédition : FR-PN-0042-118""")

neg("doc", "fr", """Format du NIR (numéro de sécurité sociale)
1 chiffre pour le sexe, 2 pour l'année, 2 pour le mois, 2 pour le département, 3 pour la commune,
3 pour le rang, puis une clé de 2 chiffres. Exemple fictif de la documentation :
1 XX XX XX XXX XXX XX. Ne saisissez jamais un numéro réel dans les tickets.""")

# ====================================================================== Spanish

dni1 = dni("48291537")
es1 = iban("ES", es_bban("2100", "3817", "0201448713"))
pos("form", "es", f"""SOLICITUD DE ALTA — GIMNASIO MUNICIPAL (Ayuntamiento de Getafe)
Nombre: ⟦N|María José⟧   Primer apellido: ⟦N|Montes de Oca⟧   Segundo apellido: ⟦N|Garrido⟧
DNI/NIE: ⟦ID|{dni1[:8]}-{dni1[8]}⟧      Fecha de nacimiento: ⟦D|09/12/1987⟧
Domicilio: ⟦A|C/ Madrid, 112, 3.º B⟧   C.P.: 28902   Localidad: Getafe
Teléfono: ⟦P|612 44 89 07⟧
Domiciliación bancaria (IBAN): ⟦I|{es1}⟧
Cuota: 29,90 €/mes — Alta efectiva: 01/05/2024""")

nie1 = nie("Y", "4417209")
pos("ticket", "es", f"""Incidencia 2024/0912 — Solicitud de cita para renovación de TIE
Solicitante: ⟦N|Oleksandr Petrenko⟧   NIE: ⟦ID|{nie1}⟧   Pasaporte: ⟦ID|FT417720⟧
Correo: ⟦E|o.petrenko.ua@gmail.com⟧
Descripción: «Mi tarjeta caduca el 30/06/2024 y no encuentro citas en la Oficina de Extranjería de
Valencia. Vivo en ⟦A|Av. del Puerto, 287, pta. 14, 46023 València⟧.»
Atendido por: ⟦N|Rocío⟧ (Servicio de Atención Ciudadana)""")

curp1 = curp("RALJ890517HJCMPN0")
pos("form", "es", f"""CONSTANCIA DE DATOS — Recursos Humanos (México)
Nombre completo: ⟦N|José Juan Ramírez López⟧
CURP: ⟦ID|{curp1}⟧
RFC: ⟦ID|RALJ890517K24⟧
NSS (IMSS): ⟦ID|{"0417891234" + luhn_digit("0417891234")}⟧
Fecha de nacimiento: ⟦D|17 de mayo de 1989⟧
Domicilio: ⟦A|Av. Chapultepec Sur 480, Int. 7, Col. Americana, 44160 Guadalajara, Jal.⟧
Fecha de ingreso: 03/01/2022   No. de empleado: 5521""")

cuil1 = cuil("2034519287")
pos("chat", "es", f"""WhatsApp — Grupo «Consorcio Corrientes 1840»
[12/4/24 21:03] Administración: Recuerden que la expensa vence el 15.
[12/4/24 21:10] ⟦N|Florencia Etchegoyen⟧: ⟦N|Gustavo⟧, ¿me pasás el CBU para transferir?
[12/4/24 21:12] ⟦N|Gustavo Ibarra⟧: sí, titular ⟦N|Gustavo Ibarra⟧, CUIL ⟦ID|{cuil1}⟧
[12/4/24 21:14] ⟦N|Florencia Etchegoyen⟧: gracias ⟦N|gus⟧!! 🙌 dejo la plata mañana""")

rut1 = rut("15832907")
pos("letter", "es", f"""Santiago, 8 de abril de 2024

Señora
⟦N|Valentina Soto Henríquez⟧
⟦A|Pasaje Los Aromos 1487⟧
⟦A|Villa Alemana⟧

Ref.: Cobranza extrajudicial — RUT ⟦ID|{rut1}⟧

De nuestra consideración:
Informamos que registra una deuda de $ 412.880 con vencimiento el 31/01/2024.""")

pos("medical", "es", """HISTORIA CLÍNICA — Consulta externa de Neumología
Paciente: ⟦N|Aurelio Benítez Cárdenas⟧, varón de 71 años, nacido el ⟦D|3-IX-1952⟧.
N.º historia: 0048812 · Tarjeta sanitaria: ⟦ID|BNCR520903118015⟧
Acompañado por su hija ⟦N|Lucía⟧. Exfumador (40 paq/año). FEV1 52 %. Se pauta rehabilitación.
Dra. ⟦N|Itziar Olabarria⟧ — 14/05/2024""")

pos("config", "es", """# settings_local.py — servidor de facturación (NO SUBIR AL REPO)
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "facturas",
        "USER": "facturador",
        "PASSWORD": "⟦K|Paella-Valenciana-1987!⟧",
        "HOST": "⟦IP|10.4.2.11⟧",
        "PORT": "5432",
    }
}
SECRET_KEY = "⟦K|dj4ng0-s3cr3t-q8%v!m2@x9#lz7&w1^kp0r$t5e⟧"
EMAIL_HOST_PASSWORD = os.getenv("EMAIL_HOST_PASSWORD")""")

pos("csv", "es", """listado_socios_2024.csv
nº;apellidos;nombre;dni;f_nac;teléfono;cuota
1;⟦N|Pérez de la Fuente⟧;⟦N|Íñigo⟧;⟦ID|""" + dni("50127834") + """⟧;⟦D|14/02/1979⟧;⟦P|+34 688 201 447⟧;anual
2;⟦N|Ochoa Larrañaga⟧;⟦N|Miren⟧;⟦ID|""" + dni("72488105") + """⟧;⟦D|30/10/2002⟧;⟦P|655 903 118⟧;mensual
3;⟦N|Quispe Mamani⟧;⟦N|Rosa Elena⟧;⟦ID|""" + nie("X", "3318204") + """⟧;⟦D|01/01/1990⟧;;mensual""")

# Spanish hard negatives

neg("news", "es", """MADRID (EFE) — El presidente del Gobierno, Pedro Sánchez, se reunió este lunes en La Moncloa con el
líder del PP, Alberto Núñez Feijóo. La vicepresidenta Yolanda Díaz no asistió. El encuentro, el primero
desde el 28 de diciembre, duró dos horas y cuarto.""")

neg("prose", "es", """Miguel de Cervantes Saavedra (Alcalá de Henares, 29 de septiembre de 1547 – Madrid, 22 de abril de 1616)
fue novelista, poeta y dramaturgo. La primera parte de «El ingenioso hidalgo don Quijote de la Mancha»
se publicó en 1605. Sancho Panza y Dulcinea del Toboso son personajes de la novela.""")

neg("invoice", "es", """FACTURA F-2024/00318                         Talleres Mecánicos Urrutia S.L., Bilbao
CIF: B95841027   Fecha: 22/04/2024   Pedido: PED-44812   Matrícula: 4821 KLM
Cambio de aceite 5W30 (4,5 l)           58,50
Filtro de aceite MANN W 712/95          12,90
Mano de obra 0,8 h                      36,00
Base 107,40 · IVA 21 % 22,55 · TOTAL 129,95 €
Pago con tarjeta **** **** **** 0912""")

neg("doc", "es", """Teléfonos útiles
112  Emergencias
061  Urgencias sanitarias
016  Atención a víctimas de violencia de género (no deja rastro en la factura)
060  Información de la Administración General del Estado
900 20 22 02  Información COVID-19 (gratuito)
Horario de la oficina de Correos de la Plaza de Cibeles: L-V 8:30-20:30""")

neg("config", "es", """# Plantilla de configuración — sustituir los valores entre < >
base_de_datos:
  usuario: <usuario>
  contraseña: <contraseña>
  servidor: 127.0.0.1
correo:
  smtp: smtp.ejemplo.es
  clave: ${SMTP_CLAVE}
pasarela_pago:
  clave_publica: pk_test_51H8example0000000000000000
  # la clave secreta se lee de Vault (ruta secret/pagos)""")

neg("email", "es", """Asunto: Confirmación de tu reserva — Localizador 7HQ2XK
Hola:
Tu reserva en el tren Avlo 06031 Madrid-Puerta de Atocha → Barcelona-Sants del 18/05/2024, salida 07:30,
coche 4, plaza 12C, está confirmada. Importe: 27,00 €. Billete n.º 7118 4420 0193 5.
Atención al cliente: 912 320 320 · Escríbenos a atencioncliente@renfe.es""")

# ====================================================================== Italian

cf1 = cf_person("Di Benedetto", "Giancarlo", 1974, 6, 18, False, "F839")
it1 = iban("IT", "X0306909606100000063215")
pos("form", "it", f"""MODULO DI ADESIONE — Fondo pensione negoziale
Cognome: ⟦N|Di Benedetto⟧          Nome: ⟦N|Giancarlo⟧
Codice fiscale: ⟦ID|{cf1}⟧
Nato a Napoli (NA) il ⟦D|18/06/1974⟧
Residenza: ⟦A|Via Salvator Rosa 214, scala B, int. 9⟧
CAP 80136   Comune Napoli   Prov. NA
IBAN per eventuali riscatti: ⟦I|{it1}⟧
Data di adesione: 11/03/2024   Matricola aziendale: 77120""")

cf2 = cf_person("Ferraro", "Chiara", 1996, 2, 3, True, "L219")
pos("email", "it", f"""Da: ⟦N|Chiara Ferraro⟧ <⟦E|chiara.ferraro96@libero.it⟧>
A: segreteria@studiomedicoaurora.it
Oggetto: prenotazione visita + dati per fattura

Buongiorno,
vorrei prenotare una visita dermatologica con la dott.ssa ⟦N|Benvenuti⟧. Per la fattura:
⟦N|Chiara Ferraro⟧, C.F. ⟦ID|{cf2}⟧, ⟦A|Corso Vittorio Emanuele II 58, 10123 Torino⟧.
Sono reperibile al ⟦P|347 218 9054⟧ dopo le 17.
Grazie, ⟦N|Chiara⟧""")

pos("chat", "it", """Telegram — «Condominio Via Nizza 45» 
⟦N|Rosaria Lo Bianco⟧, [15.04.24 08:12]
Buongiorno a tutti, stamattina l'ascensore è di nuovo fermo
⟦N|Pasquale D'Amico⟧, [15.04.24 08:15]
ho chiamato il tecnico. @amministratore_rossetti sei avvisato?
⟦N|Rosaria Lo Bianco⟧, [15.04.24 08:16]
grazie ⟦N|pasquale⟧. la signora ⟦N|Ines⟧ del terzo piano non può scendere le scale, qualcuno le porta la spesa?""")

pos("court", "it", """TRIBUNALE ORDINARIO DI MILANO — Sezione IX civile
R.G. n. 18824/2023
RICORSO PER SEPARAZIONE CONSENSUALE
La sig.ra ⟦N|Federica Sormani⟧, nata a Monza il ⟦D|25 ottobre 1982⟧, residente in ⟦A|Via Carlo Goldoni 7, 20129 Milano⟧,
e il sig. ⟦N|Luca Brambilla⟧, nato a Lecco il ⟦D|2 gennaio 1979⟧,
con l'avv. ⟦N|Marta Colombo⟧ del Foro di Milano,
premesso che hanno contratto matrimonio in data 14/09/2008 ...""")

pos("log", "it", """2024-05-12 22:41:17 [WARN] tentativo di accesso fallito utente=giulia.m ip=⟦IP|151.38.204.77⟧
2024-05-12 22:41:30 [INFO] accesso riuscito utente=giulia.m ip=⟦IP|151.38.204.77⟧ dispositivo=⟦MAC|7C:D1:C3:55:0A:9E⟧
2024-05-12 22:43:02 [ERROR] invio SMS OTP fallito verso ⟦P|+39 333 471 2290⟧ (timeout gateway)
2024-05-12 22:45:00 [INFO] job notturno avviato (v2.8.14)""")

pos("medical", "it", """REFERTO DI PRONTO SOCCORSO — Ospedale Maggiore
Paziente: ⟦N|ESPOSITO ANTONIO⟧   Nato il: ⟦D|07/04/1948⟧   Tessera sanitaria: ⟦ID|80380800301234567890⟧
Accesso: 10/05/2024 03:12   Codice: arancione
Caduta accidentale in casa. Accompagnato dalla nipote ⟦N|Sara⟧ (tel. ⟦P|328 905 4471⟧).
Medico: dott. ⟦N|Filippo Ruggeri⟧""")

# Italian hard negatives

neg("news", "it", """ROMA (ANSA) — La presidente del Consiglio Giorgia Meloni ha incontrato a Palazzo Chigi il presidente
della Repubblica Sergio Mattarella. Al centro del colloquio la legge di bilancio, attesa in Parlamento
entro il 20 ottobre. Il ministro Giancarlo Giorgetti ha confermato le stime di crescita dello 0,8%.""")

neg("prose", "it", """Dante Alighieri (Firenze, tra il 21 maggio e il 21 giugno 1265 – Ravenna, 14 settembre 1321) è considerato
il padre della lingua italiana. Beatrice Portinari, morta nel 1290, è la donna amata celebrata nella
Vita Nova. La casa di Dante, in via Santa Margherita 1, ospita oggi un museo.""")

neg("invoice", "it", """FATTURA N. 118/2024 del 30/04/2024                 Tipografia Grafiche Euganee srl, Padova
P.IVA 04418720287 — REA PD-398812 — Codice SDI M5UXCR1
Ordine n. 2024-0455 del 12/04/2024
500 biglietti da visita 350 g, plastificati         85,00
Imponibile 85,00 · IVA 22 % 18,70 · Totale 103,70 EUR
Pagamento: bonifico a 30 gg d.f.""")

neg("doc", "it", """Numeri utili
112  Numero unico di emergenza
1500 Numero di pubblica utilità del Ministero della Salute
800 861 061 Telefono verde AIDS e IST (anonimo e gratuito)
Per i rimborsi scrivere a rimborsi@asl-esempio.it indicando il numero di pratica (es. PR-2024-000123).""")

neg("config", "it", """# config.esempio.ini — copiare in config.ini e compilare
[database]
utente = <utente_db>
password = <password_db>
host = 127.0.0.1
[api]
chiave = INSERIRE_QUI_LA_CHIAVE
segreto = ${API_SEGRETO}
[log]
livello = INFO   ; versione schema 4.1.0""")

# ====================================================================== Portuguese

cpf1 = cpf("418203957")
cns1 = cns_prov("70840127733501")
pos("form", "pt", f"""FICHA DE CADASTRO — UBS Vila Madalena
Nome completo: ⟦N|Ana Beatriz dos Santos Oliveira⟧   Nome social: —
Apelido: ⟦N|Bia⟧
CPF: ⟦ID|{cpf1}⟧      Cartão SUS: ⟦ID|{cns1}⟧
Data de nascimento: ⟦D|22/08/2001⟧
Endereço: ⟦A|Rua Harmonia, 1210, apto 42 – Vila Madalena, São Paulo – SP, 05435-001⟧
Celular/WhatsApp: ⟦P|(11) 98742-3301⟧
Nome da mãe: ⟦N|Cláudia Regina dos Santos⟧
Data do cadastro: 04/03/2024""")

card_br = card("5067", seed=303)
pos("chat", "pt", f"""[10/05/2024 19:40] ⟦N|Rafael Nogueira⟧: mãe, preciso do número do cartão pra pagar a inscrição do vestibular
[10/05/2024 19:42] Mãe: ⟦C|{card_br}⟧ validade 08/29
[10/05/2024 19:42] Mãe: apaga depois viu
[10/05/2024 19:43] ⟦N|Rafael Nogueira⟧: apaguei kkk. a tia ⟦N|Sônia⟧ mandou um beijo""")

pos("email", "pt", """De: ⟦N|Thiago Albuquerque⟧ <⟦E|thiago.albuquerque@construtoraserrana.com.br⟧>
Para: rh@construtoraserrana.com.br
Assunto: Atualização cadastral — dependente

Prezados,
Segue a certidão de nascimento do meu filho ⟦N|Davi Albuquerque Rocha⟧, nascido em ⟦D|3 de abril de 2024⟧,
para inclusão no plano de saúde. CPF dele: ⟦ID|""" + cpf("602114398") + """⟧.
Atenciosamente,
⟦N|Thiago Albuquerque⟧ — Engenheiro civil
Ramal 2214 · Celular ⟦P|+55 31 99411-2087⟧""")

pos("config", "pt", """# terraform.tfvars — ambiente de homologação (não versionar)
projeto          = "pagamentos-hml"
regiao           = "sa-east-1"
db_usuario       = "pagamentos"
db_senha         = "⟦K|Feijoada@Sabado#77⟧"
pix_client_id    = "⟦K|a7c9e2f1-5b3d-4e8a-9c0f-1d2e3b4a5c6d⟧"
pix_client_secret = "⟦K|Qh8mZx2RkLw9TnVb4Yc7PfJs1GdE6aU0⟧"
cidr_vpc         = "10.60.0.0/16\"""")

nif1 = nif_pt("24817390")
cc1 = cc_pt("14872301", "ZX", "1")
pt1 = iban("PT", "003502160004826713052")
pos("form", "pt", f"""CONTRATO DE ARRENDAMENTO — identificação das partes
SENHORIO: ⟦N|Manuel Joaquim Teixeira da Costa⟧, NIF ⟦ID|{nif1}⟧, portador do Cartão de Cidadão n.º ⟦ID|{cc1}⟧
ARRENDATÁRIA: ⟦N|Inês Salgueiro Marques⟧, nascida a ⟦D|5 de novembro de 1995⟧
LOCADO: fração autónoma sita na ⟦A|Rua de Cedofeita, 311, 2.º Esq., 4050-180 Porto⟧
RENDA: 850,00 € mensais, a pagar por transferência para ⟦I|{pt1}⟧
Porto, 2 de maio de 2024""")

niss1 = niss("1204418730")
pos("hr", "pt", f"""Registo de admissão — Segurança Social (excerto)
Trabalhador: ⟦N|Gonçalo Pires⟧
NISS: ⟦ID|{niss1}⟧
Data de nascimento: ⟦D|1999-12-30⟧
Morada: ⟦A|Urbanização Quinta da Luz, Lote 7, 3.º Dto.⟧
Código postal: 2840-267 Seixal
Data de início: 15/04/2024 · Categoria: técnico de informática""")

# Portuguese hard negatives

neg("news", "pt", """BRASÍLIA — O presidente Luiz Inácio Lula da Silva sancionou nesta quarta-feira a lei que cria o novo
marco das garantias. O ministro da Fazenda, Fernando Haddad, afirmou que a medida reduz o custo do crédito.
A cerimônia no Palácio do Planalto começou às 11h.""")

neg("prose", "pt", """Fernando Pessoa (Lisboa, 13 de junho de 1888 — Lisboa, 30 de novembro de 1935) escreveu também como
Alberto Caeiro, Ricardo Reis e Álvaro de Campos. A Casa Fernando Pessoa, na Rua Coelho da Rocha 16,
foi a sua última residência e é hoje um centro cultural.""")

neg("receipt", "pt", """CUPOM FISCAL ELETRÔNICO — SAT Nº 000412887
SUPERMERCADO BOM PREÇO LTDA — CNPJ 12.418.773/0001-04 — Recife/PE
15/05/2024 18:22:07
ARROZ TIPO 1 5KG        1 UN x 27,90   27,90
FEIJÃO CARIOCA 1KG      2 UN x  8,49   16,98
TOTAL R$ 44,88
CARTÃO DÉBITO ****4410   NSU 771204
Consulte pela chave: 2624 0512 4187 7300 0104 5900 0412 8870 0041 2887 1923""")

neg("doc", "pt", """Como preencher o CPF no formulário
Digite apenas números, no formato 000.000.000-00. O sistema rejeita sequências como 111.111.111-11.
Telefones úteis: 190 (Polícia), 192 (SAMU), 193 (Bombeiros), Disque 100 (Direitos Humanos).
Dúvidas: atendimento@prefeitura-exemplo.gov.br""")

neg("email", "pt", """Assunto: Sua encomenda foi despachada
Olá!
O pedido #BR-20240511-88412 foi entregue à transportadora. Código de rastreio: NL412883019BR.
Previsão de entrega: 20/05/2024. Nota fiscal nº 004.118, série 1.
Esta é uma mensagem automática de nao-responda@lojaaurora.com.br.""")

# ====================================================================== Dutch

bsn1 = bsn("23817045")
nl1 = iban("NL", "INGB0004178203")
pos("form", "nl", f"""Aanvraag huurtoeslag — controle gegevens
Naam aanvrager:      ⟦N|Jan-Willem van der Meulen⟧
BSN:                 ⟦ID|{bsn1}⟧
Geboortedatum:       ⟦D|14-05-1992⟧
Adres:               ⟦A|Keizersgracht 417-III⟧
Postcode/plaats:     1016 EK Amsterdam
Rekeningnummer:      ⟦I|{nl1}⟧
Medebewoner:         ⟦N|Sanne de Groot⟧ (partner), geb. ⟦D|2 maart 1993⟧
Ingangsdatum:        01-07-2024""")

pos("chat", "nl", """[22-04-2024 21:17] ⟦N|Femke Jansen⟧: wie haalt morgen oma op bij het station? trein komt 10:42 aan
[22-04-2024 21:18] ⟦N|Daan Jansen⟧: ik niet, moet werken. ⟦N|bram⟧?
[22-04-2024 21:25] ⟦N|Bram Jansen⟧: ja doe ik. oma's nieuwe nummer is trouwens ⟦P|06-41 88 20 17⟧
[22-04-2024 21:26] ⟦N|Femke Jansen⟧: top, dank je ⟦N|brammie⟧ 😘""")

pos("email", "nl", """Van: ⟦N|Thijs Bakker⟧ <⟦E|t.bakker@vanlieshout-advocaten.nl⟧>
Aan: ⟦E|m.el.amrani@hotmail.com⟧
Onderwerp: Uw zaak tegen verhuurder — stukken

Geachte mevrouw ⟦N|El Amrani⟧,
Zoals besproken stuur ik u de conceptdagvaarding. Ik heb uw adres (⟦A|Vaillantlaan 214, 2526 HM Den Haag⟧)
en uw geboortedatum (⟦D|19 januari 1988⟧) overgenomen van uw kopie ID-kaart (nr. ⟦ID|IR7K2LP41⟧).
Met vriendelijke groet,
mr. ⟦N|T.J. Bakker⟧
Doorkiesnummer ⟦P|070 - 318 44 27⟧""")

rr1 = be_nn("870622", "213")
pos("letter", "nl", f"""Stad Gent — Dienst Burgerzaken

⟦N|Mevr. Lotte Verstraeten⟧
⟦A|Sint-Pietersnieuwstraat 133 bus 2⟧
⟦A|9000 Gent⟧

Betreft: aanvraag eID — rijksregisternummer ⟦ID|{rr1}⟧
Uw nieuwe identiteitskaart kan worden afgehaald vanaf 21/05/2024 met de PIN-brief.""".replace("⟦N|Mevr. Lotte Verstraeten⟧", "Mevr. ⟦N|Lotte Verstraeten⟧"))

pos("log", "nl", """2024-05-06 07:31:02 router: nieuw apparaat verbonden: "iPhone-van-Mirjam" ⟦MAC|5e:3a:91:0c:d4:77⟧ → ⟦IP|192.168.2.14⟧
2024-05-06 07:31:40 router: nieuw apparaat verbonden: "Chromecast" ⟦MAC|f4:f5:d8:21:9b:0e⟧ → ⟦IP|192.168.2.19⟧
2024-05-06 07:32:11 router: WAN-adres vernieuwd: ⟦IP|84.85.113.201⟧ (DNS 9.9.9.9)
2024-05-06 07:32:11 router: firmware 7.57 is actueel""")

pos("hr", "nl", """Verslag verzuimgesprek — vertrouwelijk
Medewerker: dhr. ⟦N|Koen Hendriks⟧ (personeelsnr. 30881)
Leidinggevende: mw. ⟦N|Ilse Mulder⟧
Bedrijfsarts: ⟦N|drs. A. Visser⟧ — spreekuur 16 mei
Koen geeft aan dat hij na de operatie op 2 april nog niet kan tillen. Re-integratie per 1 juni, 50%.""".replace("⟦N|drs. A. Visser⟧", "drs. ⟦N|A. Visser⟧").replace("Koen geeft aan", "⟦N|Koen⟧ geeft aan"))

# Dutch hard negatives

neg("doc", "nl", """Colofon
Uitgeverij De Blauwe Reiger B.V., gevestigd te Utrecht
KvK 30188427 · btw NL8201.44.917.B01
Klantenservice: 030 - 000 0000 (werkdagen 9–17 uur) · klantenservice@blauwereiger.nl
ISBN 978 90 443 5512 7 · NUR 301 · Eerste druk, maart 2024""")

neg("news", "nl", """DEN HAAG (ANP) — Premier Dick Schoof heeft dinsdag in het Catshuis gesproken met Geert Wilders en
Frans Timmermans over de begroting. Koning Willem-Alexander opent op Prinsjesdag, 17 september, het
nieuwe parlementaire jaar. De gesprekken worden donderdag voortgezet.""")

neg("prose", "nl", """Rembrandt van Rijn (Leiden, 15 juli 1606 – Amsterdam, 4 oktober 1669) woonde van 1639 tot 1658 in het
huis aan de Jodenbreestraat 4, nu het Museum Het Rembrandthuis. Zijn vrouw Saskia van Uylenburgh
overleed in 1642, het jaar waarin De Nachtwacht werd voltooid.""")

neg("email", "nl", """Onderwerp: Je pakket komt eraan!
Hoi,
Je bestelling 7730041892 wordt vandaag tussen 14:15 en 16:45 bezorgd. Track & trace: 3SABCD0412887.
Niet thuis? Kies een ander afleverpunt via de app. Dit bericht is verstuurd vanaf noreply@pakketdienst.nl.
Artikelnummer 9200000117724310 · Retourtermijn 30 dagen""")

# ====================================================================== Polish

pes1 = pesel("8507120468")
do1 = dowod("CBH", "41729")
pl1 = iban("PL", "10901014000000011234567890"[:24])
pos("form", "pl", f"""WNIOSEK O WYDANIE KARTY PARKINGOWEJ
Imię i nazwisko: ⟦N|Agnieszka Wróblewska-Nowak⟧
PESEL: ⟦ID|{pes1}⟧
Seria i numer dowodu osobistego: ⟦ID|{do1[:3]} {do1[3:]}⟧
Data urodzenia: ⟦D|12.07.1985⟧
Adres zamieszkania: ⟦A|ul. Marszałkowska 84/92 m. 115, 00-514 Warszawa⟧
Nr rachunku do zwrotu opłaty: ⟦I|{pl1}⟧
Data złożenia wniosku: 06.05.2024""")

pos("letter", "pl", """Kancelaria Notarialna, Kraków
Rep. A nr 4418/2024

Do Pana
⟦N|Jana Kowalczyka⟧
⟦A|ul. Długa 17/4⟧
⟦A|31-146 Kraków⟧

Szanowny Panie,
w związku z aktem notarialnym z dnia 8 maja 2024 r. informuję, że wypis aktu został przekazany
Pani ⟦N|Agnieszce Nowakowskiej⟧. Spotkanie z Panem ⟦N|Markiem Wójcikiem⟧ wyznaczono na 20 maja.
Z poważaniem
notariusz ⟦N|Elżbieta Zając⟧""")

pos("chat", "pl", """[8.05.2024, 22:03] ⟦N|Kasia Lewandowska⟧: ⟦N|tomek⟧ wysłałeś już ⟦N|Oli⟧ hasło do wifi?
[8.05.2024, 22:05] ⟦N|Tomasz Lewandowski⟧: tak, ⟦K|Mazury2019!kajak⟧
[8.05.2024, 22:05] ⟦N|Tomasz Lewandowski⟧: ups to nie ten czat 🙈
[8.05.2024, 22:06] ⟦N|Kasia Lewandowska⟧: hahaha zmień je teraz""")

pes2 = pesel("0224180872")
pos("medical", "pl", f"""KARTA INFORMACYJNA LECZENIA SZPITALNEGO
Pacjent: ⟦N|Zuzanna Kaczmarek⟧   PESEL: ⟦ID|{pes2}⟧
Data urodzenia: ⟦D|18.04.2002⟧   Nr księgi głównej: 2024/11872
Adres: ⟦A|os. Bolesława Chrobrego 22/8, 60-681 Poznań⟧
Rozpoznanie: K35.8 Ostre zapalenie wyrostka robaczkowego
Lekarz prowadzący: lek. med. ⟦N|Paweł Dąbrowski⟧
Data wypisu: 11.05.2024""")

pos("csv", "pl", """Lp.;Nazwisko;Imię;PESEL;Telefon;Kwota
1;⟦N|Szymańska⟧;⟦N|Halina⟧;⟦ID|""" + pesel("5203150246") + """⟧;⟦P|+48 601 224 980⟧;120,00
2;⟦N|Grabowski⟧;⟦N|Wiesław⟧;⟦ID|""" + pesel("4911020379") + """⟧;⟦P|512-880-417⟧;120,00
3;⟦N|Pietrzak⟧;⟦N|Oliwia⟧;⟦ID|""" + pesel("1027230688") + """⟧;;60,00""")

pos("config", "pl", """# /etc/ppp/chap-secrets — łącze zapasowe (operator: Orange)
# klient          serwer   sekret              adresy IP
"jkowalczyk_lte"  *        "⟦K|Wawel-Smok-2023⟧"   *
# stare konto (wyłączone 01.03.2024)
# "biuro_dsl"     *        "**********"        *""")

pos("ticket", "pl", """Zgłoszenie #PL-88217 — Nieudane logowanie do bankowości
Klient: ⟦N|Bożena Michalska⟧ (nr klienta 40018821)
Opis: Pani ⟦N|Bożena⟧ twierdzi, że ktoś logował się z adresu ⟦IP|178.235.14.90⟧, którego nie zna.
Ostatnie poprawne logowanie: ⟦IP|89.64.12.201⟧ (Wrocław), 04.05.2024 18:22.
Telefon kontaktowy: ⟦P|71 344 90 12⟧
Konsultant: ⟦N|Adrian⟧""")

pos("hr", "pl", """Notatka służbowa z dnia 14.05.2024
Dotyczy: Pani ⟦N|Moniki Jabłońskiej⟧, stanowisko: specjalista ds. płac
Pani ⟦N|Monika⟧ zgłosiła zmianę adresu do korespondencji na: ⟦A|ul. Ogrodowa 5a, 95-100 Zgierz⟧.
Prosi również o przelew wynagrodzenia na nowe konto w mBanku.
Sporządził: ⟦N|Krzysztof Wieczorek⟧""")

# Polish hard negatives

neg("doc", "pl", """Dane spółki
Drukarnia Wisła Sp. z o.o. z siedzibą w Bielsku-Białej
KRS 0000418827 · NIP 547-21-88-304 · REGON 243118201
Kapitał zakładowy: 50 000 zł
Infolinia: 801 100 200 (opłata wg taryfy operatora) · biuro@drukarnia-wisla.pl""")

neg("news", "pl", """WARSZAWA (PAP) — Premier Donald Tusk spotkał się w czwartek z prezydentem Andrzejem Dudą w Pałacu
Prezydenckim. Rozmowa dotyczyła nominacji ambasadorów. Rzecznik rządu zapowiedział konferencję na 16 maja.""")

neg("prose", "pl", """Maria Skłodowska-Curie (ur. 7 listopada 1867 w Warszawie, zm. 4 lipca 1934 w Passy) była dwukrotną
laureatką Nagrody Nobla. Dom, w którym się urodziła, przy ul. Freta 16, mieści dziś muzeum. Jej mąż
Pierre Curie zginął w 1906 roku.""")

neg("receipt", "pl", """PARAGON FISKALNY                           Piekarnia Pod Kłosem, Łódź
NIP 725-18-44-902                             2024-05-15 07:42   nr 118/0441
Chleb żytni 1 szt x 7,50                     7,50 C
Drożdżówka 2 szt x 3,20                      6,40 C
SUMA PLN                                    13,90
Karta ************2207   Kod autoryzacji 081244""")

# ====================================================================== Swedish

pn1 = personnummer("910304", "248")
se1 = iban("SE", "80000081234907712045")
pos("form", "sv", f"""Försäkringskassan — Ansökan om föräldrapenning (utdrag)
Sökande: ⟦N|Linnéa Åkesson⟧   Personnummer: ⟦ID|{pn1}⟧
Barnets namn: ⟦N|Ebba Åkesson Nilsson⟧   Barnets födelsedatum: ⟦D|2024-02-11⟧
Adress: ⟦A|Vasagatan 14 lgh 1102, 411 24 Göteborg⟧
Utbetalning till konto: ⟦I|{se1}⟧
Period: 2024-06-03 – 2024-08-30, 5 dagar/vecka""")

pos("chat", "sv", """#fika-kanalen (Slack)
⟦N|Oskar Lindgren⟧  14:02
vem tar med kanelbullar på fredag? ⟦N|maja⟧ sa att hon bakar
⟦N|Maja Sjöberg⟧  14:05
japp 🙂 men kan någon hämta mormor ⟦N|Gretas⟧ nyckel hos ⟦N|Anders⟧ först
⟦N|Oskar Lindgren⟧  14:06
jag fixar det""")

pn2 = personnummer("560827", "914")
pos("letter", "sv", f"""Region Skåne — Kallelse till mammografi
⟦N|Birgitta Holmqvist⟧
⟦A|Box 214⟧
⟦A|273 22 Tomelilla⟧

Personnummer: ⟦ID|{pn2}⟧
Tid: torsdag 23 maj 2024 kl. 09.40, Mammografienheten, Ystad lasarett.
Om tiden inte passar, ring 0411-99 50 00 (växel).""")

pos("log", "sv", """2024-05-14 09:12:01 INFO  [inloggning] BankID-legitimering lyckades för pnr=⟦ID|""" + personnummer("850612", "039", "") + """⟧ från ⟦IP|83.250.17.9⟧
2024-05-14 09:12:03 INFO  [session] ny session 0x7f3a, klientversion 6.2.0
2024-05-14 09:13:44 WARN  [betalning] avvisad: mottagarkonto saknas (ref 44718)""")

pos("hr", "sv", """Personalakt — anteckning 2024-04-30
Anställd: ⟦N|Mohammed Al-Hashimi⟧, anst.nr 2291
Ny adress fr.o.m. 1 maj: ⟦A|Storgatan 8B, 852 30 Sundsvall⟧
Närmast anhörig: hustru ⟦N|Fatima Al-Hashimi⟧, ⟦P|070-214 88 63⟧
Registrerat av: ⟦N|Karin⟧ (lön & personal)""")

neg("news", "sv", """STOCKHOLM (TT) — Statsminister Ulf Kristersson (M) mötte på tisdagen oppositionsledaren Magdalena
Andersson (S) i Rosenbad. Kung Carl XVI Gustaf inledde samtidigt ett statsbesök i Finland, som
avslutas den 16 maj.""")

neg("doc", "sv", """Om oss
Kaffekompaniet Norrland AB, säte i Umeå · Org.nr 556812-4471 · Momsreg.nr SE556812447101
Kundtjänst 0771-44 00 00 · kundtjanst@kaffekompaniet.se
Bankgiro 5521-8830 · Swish 123 441 88 02 (företag)""")

neg("receipt", "sv", """ICA Nära Fältöversten                    2024-05-15 16:03
Kvitto nr 4412   Kassa 3
Mellanmjölk 1,5 l                 18,90
Knäckebröd                        24,50
Totalt SEK                        43,40
Kort ************9031  Kontaktlös  Ref 771201
Spara kvittot för öppet köp i 30 dagar""")

# ====================================================================== Finnish

ht1 = hetu("040289", "-", "518")
fi1 = iban("FI", "57998000121844")
pos("form", "fi", f"""Kelan hakemus — asumistuki (ote)
Hakija: ⟦N|Aino Kristiina Mäkelä⟧
Henkilötunnus: ⟦ID|{ht1}⟧
Osoite: ⟦A|Hämeenkatu 22 B 14, 33200 Tampere⟧
Puhelin: ⟦P|040 771 2394⟧
Tilinumero: ⟦I|{fi1}⟧
Puoliso: ⟦N|Jussi Mäkelä⟧, syntynyt ⟦D|17.3.1987⟧
Vuokrasopimus alkaen 1.6.2024""")

pos("chat", "fi", """[12.5.2024 klo 20.11] ⟦N|Ville Heikkinen⟧: moi ⟦N|sanna⟧, tuutko huomenna saunomaan?
[12.5.2024 klo 20.14] ⟦N|Sanna Korhonen⟧: joo! osoite oli ⟦A|Rantakatu 5 A 3⟧?
[12.5.2024 klo 20.15] ⟦N|Ville Heikkinen⟧: joo, ovikoodi on sama. ⟦N|Mikon⟧ kanssa tullaan klo 18
[12.5.2024 klo 20.16] ⟦N|Sanna Korhonen⟧: 👍""")

ht2 = hetu("110305", "A", "223")
pos("medical", "fi", f"""Lähete — lastenneurologia
Potilas: ⟦N|Eetu Virtanen⟧, hetu ⟦ID|{ht2}⟧
Huoltaja: ⟦N|Päivi Virtanen⟧, ⟦P|+358 50 412 8876⟧
Lähettäjä: LL ⟦N|Riikka Salonen⟧, Kalevan terveysasema
Kuumekouristus 3.5.2024, kesto 4 min. Pyydetään arviota.""")

neg("news", "fi", """HELSINKI (STT) — Presidentti Alexander Stubb tapasi keskiviikkona pääministeri Petteri Orpon
Mäntyniemessä. Tapaamisessa käsiteltiin Nato-asioita. Eduskunnan täysistunto jatkuu 21. toukokuuta.""")

neg("doc", "fi", """Yhteystiedot
Pohjolan Puutarha Oy, kotipaikka Oulu · Y-tunnus 2914873-4 · ALV FI29148734
Asiakaspalvelu 0800 12 3456 (maksuton) · asiakaspalvelu@pohjolanpuutarha.fi
Esimerkki-IBAN ohjeissa: FI21 1234 5600 0007 85""")

neg("prose", "fi", """Jean Sibelius (8. joulukuuta 1865 Hämeenlinna – 20. syyskuuta 1957 Järvenpää) sävelsi Finlandian
vuonna 1899. Hänen kotinsa Ainola, jossa hän asui puolisonsa Aino Sibeliuksen kanssa, on nykyään museo.""")

# ====================================================================== Danish

cpr1 = cpr("140592", "187")
dk1 = iban("DK", "20003544810725")
pos("form", "da", f"""Borger.dk — Flytning (kvittering)
Navn: ⟦N|Mette Søndergaard Kjær⟧
CPR-nummer: ⟦ID|{cpr1}⟧
Ny adresse: ⟦A|Østerbrogade 112, 3. th., 2100 København Ø⟧
Fraflyttet: ⟦A|Jernbanegade 4, st., 6700 Esbjerg⟧
Flyttedato: 01.06.2024
NemKonto: ⟦I|{dk1}⟧""")

pos("email", "da", """Fra: ⟦N|Rasmus Holm⟧ <⟦E|rasmus.holm@outlook.dk⟧>
Til: udlejning@boligselskabet-fjord.dk
Emne: Nøgle til depotrum

Hej,
Min mor, ⟦N|Inge Holm⟧, bor i ⟦A|Fjordvej 21, 1. tv.⟧ og har mistet nøglen til depotrummet.
Kan I lave en ny? Hun kan træffes på ⟦P|+45 28 44 19 07⟧.
Mvh ⟦N|Rasmus⟧""")

pos("log", "da", """maj 14 10:02:11 unifi: STA ⟦MAC|a0:78:17:6e:3c:11⟧ (Sofies-MacBook) associated to AP Stue, IP ⟦IP|10.0.1.57⟧
maj 14 10:02:55 unifi: STA ⟦MAC|a0:78:17:6e:3c:11⟧ roamed to AP Kontor
maj 14 10:05:00 unifi: firmware 6.6.55 tilgængelig""")

neg("news", "da", """KØBENHAVN (Ritzau) — Statsminister Mette Frederiksen (S) og kong Frederik X deltog onsdag i
indvielsen af den nye metrostation. Transportminister Thomas Danielsen lovede åbning af linje M5 i 2035.""")

neg("doc", "da", """Kontakt os
Nordlys Cykler ApS, Aarhus · CVR 41 88 27 19
Kundeservice 70 20 30 40 · service@nordlyscykler.dk
Akut: ring 112. Lægevagten: 1813.""")

# ====================================================================== Norwegian

fn1 = fnr("230476492")
pos("form", "nb", f"""NAV — Søknad om dagpenger (utdrag)
Navn: ⟦N|Ingrid Haugen Solberg⟧
Fødselsnummer: ⟦ID|{fn1[:6]} {fn1[6:]}⟧
Adresse: ⟦A|Thorvald Meyers gate 54⟧
Postnr./sted: 0552 Oslo
Telefon: ⟦P|+47 926 41 807⟧
Siste arbeidsdag: 30.04.2024""")

pos("chat", "nb", """[13.05.2024, 21:40] ⟦N|Sindre Bakke⟧: farmor sin adresse er ⟦A|Skolegata 3, 7013 Trondheim⟧ hvis noen skal sende kort
[13.05.2024, 21:41] ⟦N|Hanne Bakke⟧: takk! ⟦N|sindre⟧ husker du bursdagen hennes?
[13.05.2024, 21:42] ⟦N|Sindre Bakke⟧: ⟦D|19. mai 1939⟧ 🎂 85 år!""")

pos("config", "nb", """# Ansible inventory — hyttenett (privat)
[hytta]
pi-varme ansible_host=⟦IP|192.168.10.21⟧ ansible_user=pi ansible_password=⟦K|Tyttebær-Fjell-77⟧
nas       ansible_host=⟦IP|192.168.10.30⟧ ansible_ssh_private_key_file=~/.ssh/id_ed25519
[hytta:vars]
ntp=no.pool.ntp.org""")

neg("news", "nb", """OSLO (NTB) — Statsminister Jonas Gahr Støre (Ap) møtte tirsdag kronprins Haakon på Slottet.
Finansminister Trygve Slagsvold Vedum la fram revidert nasjonalbudsjett 14. mai.""")

neg("doc", "nb", """Om nettbutikken
Fjellsport Utstyr AS, Tromsø · Org.nr. 918 442 170 MVA
Kundeservice: 22 00 00 00 (hverdager 08–16) · post@fjellsportutstyr.no
Ordrenummer finner du i ordrebekreftelsen (format NO-000000).""")

# ====================================================================== Icelandic

kt1 = kennitala("02108528")
pos("form", "is", f"""Umsókn um leikskólapláss
Nafn barns: ⟦N|Sóley Guðrúnardóttir⟧   Kennitala barns: ⟦ID|""" + kennitala("14062231", "0") + f"""⟧
Forráðamaður: ⟦N|Guðrún Björk Einarsdóttir⟧, kt. ⟦ID|{kt1}⟧
Heimilisfang: ⟦A|Hringbraut 77, 101 Reykjavík⟧
Sími: ⟦P|862 4417⟧""")

neg("news", "is", """REYKJAVÍK — Forseti Íslands, Halla Tómasdóttir, tók á móti forsætisráðherra Noregs á Bessastöðum
í gær. Opinberri heimsókn lýkur 18. júní.""")

# ====================================================================== Estonian

ik1 = isikukood("4900215027")
pos("form", "et", f"""Taotlus — elukohateade
Ees- ja perekonnanimi: ⟦N|Kadri-Liis Tamm⟧
Isikukood: ⟦ID|{ik1}⟧
Uus aadress: ⟦A|Tartu mnt 43-12, 10128 Tallinn⟧
Telefon: ⟦P|+372 5341 8820⟧
Kuupäev: 03.05.2024""")

pos("chat", "et", """[14.05.24 18:20] ⟦N|Marek Saar⟧: ⟦N|kaisa⟧, saada palun ⟦N|Rasmusele⟧ see arve
[14.05.24 18:22] ⟦N|Kaisa Saar⟧: saatsin, tema meil on ⟦E|rasmus.kask@gmail.com⟧ eks?
[14.05.24 18:23] ⟦N|Marek Saar⟧: jah""")

neg("doc", "et", """Ettevõtte andmed
Metsatöll Puit OÜ, asukoht Pärnu · Registrikood 14881230 · KMKR EE102244187
Klienditugi 600 0000 · info@metsatollpuit.ee
Hädaabi: 112""")

# ====================================================================== Lithuanian

ak1 = asmens_kodas("3880512041")
lt1 = iban("LT", "7300010174412285")
pos("form", "lt", f"""Prašymas išmokėti kompensaciją
Vardas, pavardė: ⟦N|Mindaugas Kazlauskas⟧
Asmens kodas: ⟦ID|{ak1}⟧
Gyvenamoji vieta: ⟦A|Gedimino pr. 41-7, LT-01109 Vilnius⟧
Sąskaitos Nr.: ⟦I|{lt1}⟧
Data: 2024-05-10""")

pos("email", "lt", """Nuo: ⟦N|Rūta Petrauskienė⟧ <⟦E|ruta.petrauskiene@inbox.lt⟧>
Kam: ⟦N|Jonui Petrauskui⟧ <⟦E|jonas.petrauskas@gmail.com⟧>
Tema: mamos gimtadienis

⟦N|Jonai⟧, nepamiršk — šeštadienį 15 val. pas mamą, ⟦A|Laisvės al. 60-3, Kaunas⟧.
⟦N|Rūta⟧""")

neg("news", "lt", """VILNIUS (ELTA) — Prezidentas Gitanas Nausėda antradienį susitiko su premjere Ingrida Šimonyte
Prezidentūroje. Seimo posėdis vyks gegužės 21 d.""")

# ====================================================================== Turkish

tc1 = tckn("384710295")
tr1 = iban("TR", "000620001284900006297311")
pos("form", "tr", f"""ABONELİK SÖZLEŞMESİ — Müşteri Bilgileri
Adı Soyadı: ⟦N|Derya Yıldırım Aksoy⟧
T.C. Kimlik No: ⟦ID|{tc1}⟧
Doğum Tarihi: ⟦D|03.09.1994⟧
Adres: ⟦A|Caferağa Mah. Moda Cad. No: 118 D: 5, 34710 Kadıköy/İstanbul⟧
Cep Telefonu: ⟦P|0532 418 77 20⟧
Otomatik ödeme IBAN: ⟦I|{tr1}⟧
Sözleşme tarihi: 14.05.2024   Abone no: 5510448712""")

pos("chat", "tr", """[11.05.2024 23:02] ⟦N|Emre Çelik⟧: ⟦N|Derya⟧'nın doğum günü hediyesini kim alıyor?
[11.05.2024 23:04] ⟦N|Selin Aydın⟧: ben alırım, ⟦N|emre⟧ sen de pastayı hallet
[11.05.2024 23:05] ⟦N|Emre Çelik⟧: tamam. ⟦N|Mehmet⟧ Bey'e de haber verelim mi, ⟦N|Derya⟧'nın babası
[11.05.2024 23:07] ⟦N|Selin Aydın⟧: evet, numarası ⟦P|+90 533 204 91 16⟧""")

tc2 = tckn("521830647")
pos("medical", "tr", f"""EPİKRİZ — Dahiliye Servisi
Hasta: ⟦N|Hatice Kaya⟧   TCKN: ⟦ID|{tc2}⟧   Protokol No: 2024/77120
Yaş: 68   Yatış: 02.05.2024   Taburcu: 08.05.2024
Refakatçi: kızı ⟦N|Zeynep Kaya Demir⟧ (⟦P|0 (312) 441 28 90⟧)
Sorumlu Hekim: Uzm. Dr. ⟦N|Kemal Özdemir⟧""")

pos("log", "tr", """2024-05-12 03:14:55 UYARI  oturum açma denemesi başarısız: kullanıcı=murat.k kaynak=⟦IP|88.230.114.17⟧
2024-05-12 03:15:02 BİLGİ  oturum açıldı: kullanıcı=murat.k kaynak=⟦IP|88.230.114.17⟧ cihaz=⟦MAC|28-16-AD-7F-01-C4⟧
2024-05-12 03:15:40 BİLGİ  yedekleme başladı (sürüm 5.1.22)""")

pos("letter", "tr", """Sayın ⟦N|Ahmet Karaca⟧,
⟦A|Kızılay Mah. Gazi Mustafa Kemal Bulvarı No: 42/7⟧
⟦A|06420 Çankaya/ANKARA⟧

Kira sözleşmenizin 01.06.2024 tarihinde sona ereceğini hatırlatırız. Yenileme için ⟦N|Ayşe⟧ Hanım'ı
⟦P|0312 229 14 85⟧ numaralı telefondan arayabilirsiniz.
Saygılarımızla,
⟦N|Burak Şahin⟧ — Emlak Danışmanı""")

pos("config", "tr", """# .env.production — ödeme servisi
IYZICO_API_KEY=⟦K|Kq8Zx2Lm4Vn7Rt1Yw9Pb3Hc6Fd0Js5Ue⟧
IYZICO_SECRET_KEY=⟦K|Tg4Wm9Qz1Xk7Lp2Vn8Rb5Hy3Cd6Fs0Je⟧
NETGSM_KULLANICI=8503051122
NETGSM_SIFRE=⟦K|Bogaz.Kopru!2023⟧
APP_DEBUG=false""")

neg("news", "tr", """ANKARA (AA) — Cumhurbaşkanı Recep Tayyip Erdoğan, Beştepe'de Almanya Şansölyesi Olaf Scholz ile
görüştü. Görüşmede ticaret hacminin 60 milyar dolara çıkarılması hedeflendi. Ortak basın toplantısı
saat 16.00'da yapıldı.""")

neg("prose", "tr", """Mustafa Kemal Atatürk (1881, Selanik – 10 Kasım 1938, İstanbul) Türkiye Cumhuriyeti'nin kurucusudur.
Doğduğu ev bugün müze olarak ziyaret edilebilmektedir. Anıtkabir, Ankara'da Anıttepe'de yer alır.""")

neg("doc", "tr", """İletişim
Anadolu Baharat A.Ş., Gaziantep · Mersis No: 0068044712300015 · Vergi No: 0680447123
Çağrı merkezi: 444 0 417 · destek@anadolubaharat.com.tr
Acil durumlar: 112 · Alo Tüketici: 175""")

# ====================================================================== Romanian

cnp1 = cnp("290031212027")
ro1 = iban("RO", "BTRL0130120292568901")
pos("form", "ro", f"""CERERE DE ÎNSCRIERE — Cabinet medicină de familie
Nume și prenume: ⟦N|Ioana-Maria Popescu⟧
CNP: ⟦ID|{cnp1}⟧
Act de identitate: CI seria ⟦ID|CJ 418277⟧
Data nașterii: ⟦D|12 martie 1990⟧
Domiciliu: ⟦A|Str. Memorandumului nr. 21, bl. B, sc. 2, ap. 14, 400114 Cluj-Napoca⟧
Telefon: ⟦P|0744 218 906⟧
Cont pentru decontare: ⟦I|{ro1}⟧""")

pos("chat", "ro", """[09.05.2024, 19:30] ⟦N|Andrei Stănescu⟧: ⟦N|mihai⟧ ai vorbit cu ⟦N|Elenei⟧ despre chirie?
[09.05.2024, 19:33] ⟦N|Mihai Dumitrescu⟧: da, zice că plătește vineri. stă acum pe ⟦A|Calea Moșilor 211, ap. 9⟧
[09.05.2024, 19:34] ⟦N|Andrei Stănescu⟧: ok mersi""")

pos("ticket", "ro", """Tichet #RO-44812 — Factură greșită
Client: doamna ⟦N|Georgeta Munteanu⟧, cod client 7004112
„Factura din aprilie a venit pe numele fostului proprietar, domnul ⟦N|Vasile Radu⟧. Eu locuiesc aici din
ianuarie. Vă rog să o refaceți pe numele meu. Tel. ⟦P|+40 723 551 908⟧.”
Agent: ⟦N|Cristina⟧""")

neg("news", "ro", """BUCUREȘTI (Agerpres) — Președintele Klaus Iohannis l-a primit marți la Palatul Cotroceni pe premierul
Marcel Ciolacu. Discuțiile au vizat bugetul pe 2025, care va fi adoptat până la 15 decembrie.""")

neg("doc", "ro", """Date de identificare
Brutăria Transilvania SRL, Sibiu · CUI RO 31844720 · Nr. Reg. Com. J32/1188/2013
Telefon comenzi: 0269 000 000 · comenzi@brutariatransilvania.ro
Urgențe: 112 · Telverde ANPC: 0800 080 999""")

# ====================================================================== Czech

rc1 = rodne("856214001")
pos("form", "cs", f"""PŘIHLÁŠKA K POJIŠTĚNÍ — Všeobecná zdravotní pojišťovna
Jméno a příjmení: ⟦N|Tereza Kubíčková⟧
Rodné číslo: ⟦ID|{rc1}⟧
Datum narození: ⟦D|14. 12. 1985⟧
Trvalé bydliště: ⟦A|Vinohradská 1511/230, 100 00 Praha 10⟧
Číslo OP: ⟦ID|204418772⟧
Telefon: ⟦P|+420 603 418 225⟧""")

pos("email", "cs", """Od: ⟦N|Petr Svoboda⟧ <⟦E|petr.svoboda@seznam.cz⟧>
Komu: sekretariat@zs-jablonecka.cz
Předmět: omluvenka

Dobrý den, paní učitelko ⟦N|Horáková⟧,
omlouvám syna ⟦N|Jakuba Svobodu⟧ z vyučování 13.–15. 5. z důvodu nemoci.
S pozdravem ⟦N|Petr Svoboda⟧""")

pos("letter", "cs", """Exekutorský úřad Brno-město

Pan
⟦N|Zdeněk Dvořák⟧
⟦A|Husova 17⟧
⟦A|602 00 Brno⟧

Věc: výzva k úhradě — č. j. 118 EX 4471/23
Vážený pane ⟦N|Dvořáku⟧, vyzýváme Vás k úhradě částky 14 880 Kč do 31. 5. 2024.
Panu ⟦N|Dvořákovi⟧ bylo doručeno dne 6. 5. 2024.""")

neg("news", "cs", """PRAHA (ČTK) — Prezident Petr Pavel přijal v úterý na Pražském hradě premiéra Petra Fialu. Jednání se
týkalo státního rozpočtu na rok 2025. Sněmovna o něm bude hlasovat 20. září.""")

neg("doc", "cs", """Kontakty
Pivovar Horní Luh s.r.o., Plzeň · IČO 08841270 · DIČ CZ08841270
Zákaznická linka: 800 100 200 (zdarma) · objednavky@pivovarhorniluh.cz
Tísňová linka: 112 · záchranná služba 155""")

# ====================================================================== Slovak

rc2 = rodne("905703103", "/")
pos("form", "sk", f"""Žiadosť o vydanie parkovacej karty
Meno a priezvisko: ⟦N|Zuzana Kováčová⟧
Rodné číslo: ⟦ID|{rc2}⟧
Adresa trvalého pobytu: ⟦A|Obchodná 42, 811 06 Bratislava⟧
Telefón: ⟦P|0905 412 338⟧
Dátum: 7. 5. 2024""")

pos("chat", "sk", """[10.5.2024 20:11] ⟦N|Martin Horváth⟧: ⟦N|lucka⟧ máš číslo na ⟦N|Janka⟧?
[10.5.2024 20:12] ⟦N|Lucia Horváthová⟧: ⟦P|0911 224 705⟧
[10.5.2024 20:12] ⟦N|Martin Horváth⟧: vďaka""")

neg("news", "sk", """BRATISLAVA (TASR) — Prezidentka Zuzana Čaputová odovzdala v piatok v Prezidentskom paláci vyznamenania.
Premiér Robert Fico sa ceremónie nezúčastnil. Ďalšie podujatie je naplánované na 1. septembra.""")

# ====================================================================== Hungarian

taj1 = taj("04418237")
ado1 = hu_adoazon(1979, 8, 22, "114")
pos("form", "hu", f"""MUNKAVÁLLALÓI ADATLAP
Név: ⟦N|Kovács Péter⟧
Születési név: ⟦N|Kovács Péter⟧
Anyja neve: ⟦N|Szabó Erzsébet⟧
Születési hely, idő: Debrecen, ⟦D|1979. augusztus 22.⟧
Adóazonosító jel: ⟦ID|{ado1}⟧
TAJ szám: ⟦ID|{taj1}⟧
Lakcím: ⟦A|4026 Debrecen, Péterfia utca 31. 2. em. 5.⟧
Belépés dátuma: 2024. 04. 02.""")

pos("email", "hu", """Feladó: ⟦N|Nagy Andrea⟧ <⟦E|nagy.andrea@freemail.hu⟧>
Címzett: titkarsag@tarsashaz-pannonia.hu
Tárgy: Lakáscsere

Tisztelt Közös Képviselő!
Értesítem, hogy a 3. emeleti lakást ⟦N|Tóth Gábornak⟧ adtam bérbe május 1-jétől. Kérem, a közös
költség értesítőt ezentúl neki küldjék a következő címre:
⟦A|Budapest⟧
⟦A|Bartók Béla út 64. III/2.⟧
⟦A|1114⟧
Üdvözlettel: ⟦N|Nagy Andrea⟧""")

pos("chat", "hu", """[2024. 05. 12. 18:40] ⟦N|Balogh Dóra⟧: ⟦N|zsófi⟧, elküldöd ⟦N|Ritának⟧ a jelszót a közös fiókhoz?
[2024. 05. 12. 18:41] ⟦N|Fekete Zsófia⟧: persze: ⟦K|Balaton-Nyar-2022!⟧
[2024. 05. 12. 18:42] ⟦N|Balogh Dóra⟧: köszi 😊""")

neg("news", "hu", """BUDAPEST (MTI) — Orbán Viktor miniszterelnök és Sulyok Tamás köztársasági elnök kedden a Sándor-palotában
tárgyalt. A kormányszóvivő szerint a következő ülés június 5-én lesz.""")

neg("prose", "hu", """Petőfi Sándor (Kiskőrös, 1823. január 1. – Fehéregyháza, 1849. július 31.) a magyar irodalom egyik
legismertebb költője. Felesége, Szendrey Júlia 1847-ben ment hozzá. Szülőháza ma emlékmúzeum.""")

# ====================================================================== Greek

amka1 = amka("1504852231")
afm1 = afm("14882073")
pos("form", "el", f"""ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ — Δημοτικός Παιδικός Σταθμός
Ονοματεπώνυμο γονέα: ⟦N|Γεώργιος Μαυρίδης⟧
Ονοματεπώνυμο παιδιού: ⟦N|Ελένη Μαυρίδου⟧
Ημερομηνία γέννησης παιδιού: ⟦D|09/11/2021⟧
ΑΜΚΑ γονέα: ⟦ID|{amka1}⟧     ΑΦΜ: ⟦ID|{afm1}⟧
Αρ. Δελτίου Ταυτότητας: ⟦ID|ΑΚ 482197⟧
Διεύθυνση: ⟦A|Ερμού 45, 105 63 Αθήνα⟧
Κινητό: ⟦P|694 418 2207⟧""")

pos("letter", "el", """Προς τον κ. ⟦N|Νικόλαο Αντωνίου⟧
⟦A|Λεωφόρος Νίκης 12⟧
⟦A|546 24 Θεσσαλονίκη⟧

Αξιότιμε κ. ⟦N|Αντωνίου⟧,
σας ενημερώνουμε ότι η αίτησή σας της 3ης Μαΐου εγκρίθηκε. Για πληροφορίες απευθυνθείτε στην
κα ⟦N|Μαρία Κωνσταντίνου⟧, τηλ. ⟦P|2310 441 287⟧.
Με εκτίμηση,
⟦N|Δημήτρης Οικονόμου⟧""")

pos("chat", "el", """[12/5/24, 21:15] ⟦N|Κατερίνα Βλάχου⟧: ⟦N|νίκο⟧ έστειλες στον ⟦N|Σπύρο⟧ τη διεύθυνση;
[12/5/24, 21:16] ⟦N|Νίκος Βλάχος⟧: ναι, ⟦A|Πατησίων 112, 4ος όροφος⟧
[12/5/24, 21:17] ⟦N|Κατερίνα Βλάχου⟧: 👍""")

neg("news", "el", """ΑΘΗΝΑ (ΑΠΕ) — Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε την Τρίτη στο Μέγαρο Μαξίμου με τον
Πρόεδρο της Δημοκρατίας. Η επόμενη σύνοδος θα γίνει στις 20 Ιουνίου.""")

neg("doc", "el", """Στοιχεία επιχείρησης
Ελαιουργία Κρήτης Α.Ε., Ηράκλειο · ΑΦΜ 099812447 · ΓΕΜΗ 118227401000
Τηλ. εξυπηρέτησης 801 11 44 000 · info@elaiourgia-kritis.gr
Έκτακτη ανάγκη: 112 · ΕΚΑΒ 166""")

# ====================================================================== Croatian

oib1 = oib("4417820936")
hr1 = iban("HR", "23600001102817743")
pos("form", "hr", f"""Prijava prebivališta
Ime i prezime: ⟦N|Ivana Horvat⟧
OIB: ⟦ID|{oib1}⟧
Datum rođenja: ⟦D|21. 4. 1988.⟧
Adresa: ⟦A|Ilica 242, 10000 Zagreb⟧
IBAN: ⟦I|{hr1}⟧""")

pos("chat", "hr", """[13.05.2024. 19:02] ⟦N|Luka Babić⟧: ⟦N|marko⟧ jesi javio ⟦N|Ani⟧ za subotu?
[13.05.2024. 19:05] ⟦N|Marko Jurić⟧: jesam, dolazi s ⟦N|Petrom⟧
[13.05.2024. 19:05] ⟦N|Luka Babić⟧: super""")

neg("news", "hr", """ZAGREB (Hina) — Premijer Andrej Plenković sastao se u utorak s predsjednikom Zoranom Milanovićem na
Pantovčaku. Sabor će o proračunu raspravljati 15. studenoga.""")

# ====================================================================== Bulgarian

egn1 = egn("880511203")
pos("form", "bg", f"""ЗАЯВЛЕНИЕ — адресна регистрация
Име, презиме, фамилия: ⟦N|Мария Иванова Петрова⟧
ЕГН: ⟦ID|{egn1}⟧
Постоянен адрес: ⟦A|ул. „Граф Игнатиев“ 15, ет. 3, ап. 7, 1000 София⟧
Телефон: ⟦P|+359 88 741 2290⟧
Дата: 08.05.2024""")

pos("chat", "bg", """[11.05.24, 20:40] ⟦N|Георги Маринов⟧: ⟦N|ива⟧, прати ли на ⟦N|Николай⟧ паролата за рутера?
[11.05.24, 20:42] ⟦N|Ива Стоянова⟧: да, ⟦K|Rila-Planina-2021⟧
[11.05.24, 20:42] ⟦N|Георги Маринов⟧: мерси""")

neg("news", "bg", """СОФИЯ (БТА) — Президентът Румен Радев се срещна в сряда с министър-председателя на Гърция.
Следващата среща е планирана за 3 юни.""")

# ====================================================================== Russian

snils1 = snils("148302771")
inn1 = inn12("7707418823")
pos("form", "ru", f"""АНКЕТА СОТРУДНИКА (для отдела кадров)
Фамилия: ⟦N|Воронцова⟧   Имя: ⟦N|Мария⟧   Отчество: ⟦N|Сергеевна⟧
Дата рождения: ⟦D|14.02.1991⟧
Паспорт (серия и номер): ⟦ID|45 12 418837⟧, выдан 22.03.2011
СНИЛС: ⟦ID|{snils1}⟧        ИНН: ⟦ID|{inn1}⟧
Адрес регистрации: ⟦A|ул. Тверская, д. 12, кв. 45, Москва, 125009⟧
Телефон: ⟦P|+7 (916) 418-22-07⟧
Дата приёма: 01.04.2024   Табельный номер: 00882""")

pos("letter", "ru", """Генеральному директору ООО «Северный ветер» (г. Мурманск)
от ⟦N|Петрова Алексея Викторовича⟧,
проживающего по адресу: ⟦A|г. Мурманск, пр. Ленина, д. 84, кв. 17⟧

ЗАЯВЛЕНИЕ
Прошу предоставить мне ежегодный оплачиваемый отпуск с 10.06.2024 по 23.06.2024.
Обязанности на время отпуска прошу возложить на ⟦N|Смирнову Ольгу Николаевну⟧.
20.05.2024 ____________ ⟦N|А. В. Петров⟧""")

card_mir = card("2202", seed=4471)
pos("chat", "ru", f"""[12.05.2024, 22:10] ⟦N|Дима Соколов⟧: ⟦N|лена⟧, скинь номер карты, переведу за билеты
[12.05.2024, 22:12] ⟦N|Елена Кузнецова⟧: ⟦C|{card_mir}⟧ сбер, на имя ⟦N|Елена Андреевна К.⟧
[12.05.2024, 22:13] ⟦N|Дима Соколов⟧: отправил 4 800 ₽
[12.05.2024, 22:15] ⟦N|Елена Кузнецова⟧: спасибо, ⟦N|димон⟧ 👍""")

pos("medical", "ru", """ВЫПИСНОЙ ЭПИКРИЗ
Пациент: ⟦N|Кузьмин Геннадий Павлович⟧, ⟦D|03.07.1956⟧ г.р.
Полис ОМС: ⟦ID|7748 8900 2211 4037⟧
Находился на лечении с 02.05.2024 по 13.05.2024.
Диагноз: ИБС. Стенокардия напряжения II ФК.
Лечащий врач: ⟦N|Морозова Т. В.⟧""")

pos("log", "ru", """2024-05-13 04:12:17 WARN  sshd: неудачная попытка входа root с ⟦IP|95.165.28.114⟧ порт 41022
2024-05-13 04:12:19 WARN  sshd: неудачная попытка входа admin с ⟦IP|95.165.28.114⟧ порт 41030
2024-05-13 08:01:02 INFO  vpn: клиент ivanov_a подключён, выдан адрес ⟦IP|10.8.0.14⟧
2024-05-13 08:01:02 INFO  vpn: конфиг клиента /etc/openvpn/ccd/ivanov_a (версия 2.6.8)""")

pos("config", "ru", """# settings.yaml — бот уведомлений
telegram:
  bot_token: "⟦K|6483920175:AAGk7Qz2LmX9vRt4Wc8Pn1Yb3Hs6Fd0JeUo⟧"
  chat_id: -1002214488731
database:
  dsn: "⟦U|postgresql://notify:Berezka_2023!@172.18.0.4:5432/notify⟧"
sentry:
  dsn: ""   # выключено""")

neg("news", "ru", """МОСКВА — Мэр Москвы Сергей Собянин открыл в четверг новую станцию метро. По его словам, до конца
2024 года будет запущено ещё 7 станций. Движение поездов начнётся 14 июня в 6:00.""")

neg("prose", "ru", """Лев Николаевич Толстой (28 августа [9 сентября] 1828, Ясная Поляна — 7 [20] ноября 1910, Астапово) —
русский писатель. Его жена Софья Андреевна Толстая родила тринадцать детей. Усадьба в Ясной Поляне —
ныне музей-заповедник.""")

neg("doc", "ru", """Реквизиты
ООО «Пекарня Колос», г. Казань · ИНН 1655418827 · КПП 165501001 · ОГРН 1191690044182
Р/с 40702810762000041188 в ПАО Сбербанк, БИК 049205603
Горячая линия: 8 800 555-35-35 (бесплатно) · info@pekarnya-kolos.ru""")

# ====================================================================== Ukrainian

ua1 = ua_rnokpp(1989, 10, 4, "218", True)
pos("form", "uk", f"""ЗАЯВА про призначення допомоги
ПІБ: ⟦N|Коваленко Олена Миколаївна⟧
РНОКПП: ⟦ID|{ua1}⟧
Дата народження: ⟦D|04.10.1989⟧
Паспорт (ID-картка): ⟦ID|004418237⟧
Адреса: ⟦A|вул. Хрещатик, 15, кв. 8, м. Київ, 01001⟧
Телефон: ⟦P|+380 67 418 2290⟧""")

pos("chat", "uk", """[14.05.2024, 19:20] ⟦N|Андрій Шевчук⟧: ⟦N|олено⟧, ти передала ⟦N|Тарасові⟧ ключі?
[14.05.2024, 19:21] ⟦N|Олена Бондар⟧: так, він тепер живе на ⟦A|вул. Городоцька, 112, кв. 3⟧
[14.05.2024, 19:22] ⟦N|Андрій Шевчук⟧: дякую!""")

pos("email", "uk", """Від: ⟦N|Ірина Мельник⟧ <⟦E|iryna.melnyk@ukr.net⟧>
Кому: hr@lvivsoft.com.ua
Тема: Довідка

Доброго дня!
Прошу видати довідку про доходи за 2023 рік для ⟦N|Мельник Ірини Петрівни⟧.
З повагою, ⟦N|Ірина⟧
⟦P|+380 93 221 4077⟧""")

neg("news", "uk", """КИЇВ (Укрінформ) — Президент Володимир Зеленський у вівторок зустрівся з прем'єр-міністром
Денисом Шмигалем. Наступне засідання уряду відбудеться 21 травня.""")

neg("doc", "uk", """Контакти
ТОВ «Карпатський мед», м. Івано-Франківськ · ЄДРПОУ 41882270
Гаряча лінія: 0 800 500 225 (безкоштовно) · info@karpatmed.ua
Екстрені служби: 101, 102, 103, 112""")

# ====================================================================== Japanese

mn1 = mynumber("41827730215")
pos("form", "ja", f"""扶養控除等（異動）申告書　令和6年分
氏名：⟦N|佐藤 美咲⟧
個人番号：⟦ID|{mn1}⟧
生年月日：⟦D|平成3年4月15日⟧
住所：⟦A|〒150-0001 東京都渋谷区神宮前3-14-5 メゾン青山402号⟧
配偶者：⟦N|佐藤 健一⟧（生年月日 ⟦D|昭和63年11月2日⟧）
提出日：2024年1月10日""")

pos("chat", "ja", """[LINE] 2024/05/12(日)
21:04 ⟦N|高橋 翔太⟧ ⟦N|ゆき⟧ちゃん、明日の集合場所わかる？
21:06 ⟦N|中村 由紀⟧ ⟦N|田中⟧さんの家だよ！住所は⟦A|大阪府大阪市北区天満2-8-11 ルミエール天満603⟧
21:06 ⟦N|中村 由紀⟧ 電話は⟦P|090-4418-2237⟧
21:07 ⟦N|高橋 翔太⟧ ありがと〜""")

pos("letter", "ja", f"""⟦A|〒530-0012⟧
⟦A|大阪府大阪市北区芝田1丁目4-8⟧
⟦A|グランドハイツ梅田 805号室⟧
⟦N|鈴木 一樹⟧ 様

このたびは当院をご利用いただきありがとうございます。
診察券番号：0044182　次回予約：2024年６月３日（月）10:30
担当医：⟦N|山本 恵子⟧""")

pos("medical", "ja", """問診票
氏名（ふりがな）：⟦N|伊藤 蓮⟧（⟦N|いとう れん⟧）
生年月日：⟦D|１９８５年４月３日⟧　（３９歳）
保険者番号：06130012　被保険者記号・番号：⟦ID|4418・227⟧
電話：⟦P|０８０－２２１４－７７３０⟧
既往歴：なし　アレルギー：ペニシリン""")

pos("log", "ja", """2024-05-13 09:12:44 [WARN] ログイン失敗 user=kobayashi src=⟦IP|126.214.88.7⟧
2024-05-13 09:12:51 [INFO] ログイン成功 user=kobayashi src=⟦IP|126.214.88.7⟧ 端末=⟦MAC|08:97:98:2C:14:E1⟧
2024-05-13 09:13:02 [INFO] 設定変更：パスワード=⟦K|Sakura2024!Fuji⟧ （平文ログ出力を修正予定）""")

neg("news", "ja", """【東京】岸田文雄首相は14日、首相官邸で記者団の取材に応じ、経済対策を月内にまとめる考えを示した。
林芳正官房長官も同日の会見で言及した。臨時国会は10月21日に召集される見通し。""")

neg("prose", "ja", """夏目漱石（1867年2月9日〈慶応3年1月5日〉 - 1916年12月9日）は日本の小説家。代表作に『吾輩は猫である』
『こゝろ』などがある。新宿区早稲田南町7の漱石山房記念館は旧居跡に建つ。""")

neg("doc", "ja", """会社概要
株式会社みどり食品（本社：札幌市）　法人番号 4430001048821
お客様相談室：0120-000-000（フリーダイヤル、平日9:00〜17:00）　info@midori-foods.co.jp
緊急時は110番・119番へ。郵便番号検索：〒060-0001""")

# ====================================================================== Chinese

cn1 = cn_id("11010519870316052")
pos("form", "zh", f"""入职登记表
姓名：⟦N|王晓婷⟧
身份证号：⟦ID|{cn1}⟧
出生日期：⟦D|1987年3月16日⟧
手机：⟦P|138 1047 2296⟧
现住址：⟦A|北京市朝阳区望京西园三区312号楼2单元1104室⟧
紧急联系人：⟦N|王建国⟧（父亲）⟦P|139 0117 4420⟧
入职日期：2024年4月1日　工号：A0471""")

pos("chat", "zh", """微信群「302宿舍」
⟦N|李浩然⟧ 22:10
@全体成员 明天谁去取快递？
⟦N|陈静⟧ 22:12
我去吧，⟦N|浩然⟧你把取件码发我
⟦N|李浩然⟧ 22:13
好的，地址写的是⟦A|上海市杨浦区国定路335号6号楼302⟧，收件人⟦N|李浩然⟧""")

tw1 = tw_id("F", "22418773")
pos("form", "zh", f"""健保卡申請書（臺灣）
姓名：⟦N|林怡君⟧
身分證統一編號：⟦ID|{tw1}⟧
出生日期：⟦D|民國79年8月21日⟧
通訊地址：⟦A|臺北市大安區忠孝東路四段216巷27弄5號3樓⟧
聯絡電話：⟦P|0912-448-217⟧""")

hk1 = hkid("K", "418227")
pos("ticket", "zh", f"""客戶服務紀錄 #HK-30881
客戶：⟦N|陳家豪⟧先生　香港身份證：⟦ID|{hk1}⟧
來電號碼：⟦P|+852 9418 2277⟧
內容：客戶表示上月帳單寄錯地址，正確地址為⟦A|九龍何文田忠孝街88號愛民邨嘉民樓1418室⟧。
處理人員：⟦N|Karen⟧""")

pos("medical", "zh", f"""门诊病历
患者：⟦N|赵秀兰⟧　女　72岁　出生日期：⟦D|1952-01-09⟧
医保卡号：⟦ID|{cn_id("11010819520109222")}⟧
就诊日期：2024-05-10　科室：心内科
主诉：胸闷气短3天。家属：儿子⟦N|周明⟧，电话⟦P|186 0121 7734⟧
医师：⟦N|刘芳⟧""")

neg("news", "zh", """新华社北京5月14日电　国家主席习近平14日在人民大会堂会见来访的法国总统马克龙。双方就中法关系
交换了意见。国务院总理李强出席有关活动。""")

neg("prose", "zh", """鲁迅（1881年9月25日－1936年10月19日），原名周樟寿，浙江绍兴人，中国现代文学的奠基人之一。
其故居位于北京市西城区宫门口二条19号，现为北京鲁迅博物馆。""")

neg("doc", "zh", """公司信息
杭州青山茶业有限公司（注册地：杭州）　统一社会信用代码：91330106MA2H4Q7X1K
客服热线：400-800-8820　邮箱：service@qingshantea.cn
报警：110　急救：120　订单号示例：QS20240514000123""")

# ====================================================================== Korean

rrn1 = rrn("910415104817")
pos("form", "ko", f"""입사지원서
성명: ⟦N|김민준⟧
주민등록번호: ⟦ID|{rrn1}⟧
생년월일: ⟦D|1991년 4월 15일⟧
주소: ⟦A|서울특별시 강남구 테헤란로 152, 12층 1204호 (역삼동)⟧
휴대전화: ⟦P|010-4821-7730⟧
이메일: ⟦E|minjun.kim91@naver.com⟧""")

pos("chat", "ko", """[카카오톡] 2024년 5월 12일
⟦N|이서연⟧ 오후 9:02
⟦N|지훈⟧ 씨, 내일 ⟦N|박지훈⟧ 님 댁 주소 알아?
⟦N|최지훈⟧ 오후 9:05
⟦A|부산광역시 해운대구 우동 1408 센텀파크 102동 1503호⟧
⟦N|이서연⟧ 오후 9:05
고마워!""")

pos("hr", "ko", """인사기록카드 (발췌)
사번: 20240117   성명: ⟦N|정유나⟧   부서: 재무팀
여권번호: ⟦ID|M48217730⟧ (만료 2031.03.14)
비상연락처: 어머니 ⟦N|한미경⟧ ⟦P|010-2234-9981⟧
작성자: 인사팀 ⟦N|오지현⟧ 대리""")

neg("news", "ko", """[서울=연합뉴스] 윤석열 대통령은 14일 용산 대통령실에서 국무회의를 주재했다. 한덕수 국무총리도
참석했다. 다음 회의는 21일 열릴 예정이다.""")

neg("doc", "ko", """회사 정보
(주)한빛소프트웨어 (본사: 판교)  사업자등록번호 214-88-04417
고객센터 1588-0000 (평일 09:00~18:00)  help@hanbitsw.co.kr
긴급신고 112 · 119""")

# ====================================================================== Hindi

aad_hi = aadhaar("51827730419")
pos("form", "hi", f"""आवेदन पत्र — राशन कार्ड
आवेदक का नाम: श्रीमती ⟦N|सुनीता शर्मा⟧
पति का नाम: श्री ⟦N|राजेश कुमार शर्मा⟧
आधार संख्या: ⟦ID|{dev_digits(aad_hi)}⟧
जन्म तिथि: ⟦D|{dev_digits("12/04/1978")}⟧
पता: ⟦A|मकान नं. 45, गली नं. 3, लाजपत नगर, नई दिल्ली 110024⟧
मोबाइल: ⟦P|+91 98110 42731⟧""")

pos("chat", "hi", """[12/05/24, 8:14 pm] ⟦N|Rohit Verma⟧: ⟦N|priya⟧ didi ka address bhej do, courier bhejna hai
[12/05/24, 8:16 pm] ⟦N|Priya Verma⟧: ⟦A|फ्लैट 302, साई रेज़िडेंसी, सेक्टर 14, गुरुग्राम 122001⟧
[12/05/24, 8:16 pm] ⟦N|Priya Verma⟧: aur ⟦N|anjali⟧ ka number ⟦P|99104 22187⟧ hai""")

pos("letter", "hi", """सेवा में,
श्री ⟦N|अमित गुप्ता⟧ जी
⟦A|12/B, विवेकानंद मार्ग⟧
⟦A|जयपुर, राजस्थान 302001⟧

विषय: किरायानामा नवीनीकरण
महोदय, आपका किरायानामा 30 जून 2024 को समाप्त हो रहा है। कृपया ⟦N|रमेश⟧ जी से ⟦P|0141-2204418⟧ पर संपर्क करें।""")

pos("form", "hi", """KYC विवरण
नाम: ⟦N|अनुराग सिंह⟧
पैन: ⟦ID|BQRPS4418K⟧
जन्म तिथि: ⟦D|22 जुलाई 1992⟧
ई-मेल: ⟦E|anurag.singh92@rediffmail.com⟧""")
assert pan_ok("BQRPS4418K")

neg("news", "hi", """नई दिल्ली — प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को राष्ट्रपति भवन में राष्ट्रपति द्रौपदी मुर्मू से मुलाकात की।
संसद का अगला सत्र 22 जुलाई से शुरू होगा।""")

neg("doc", "hi", """संपर्क
ग्रीनलीफ ऑर्गेनिक्स प्रा. लि. (पुणे) · CIN U01403PN2019PTC184417 · GSTIN 27AAGCG4418K1Z5
ग्राहक सेवा: 1800 200 4418 (टोल-फ्री) · care@greenleaforganics.in
आपातकालीन: 112 · एम्बुलेंस 108""")

# ====================================================================== Indonesian

pos("form", "id", """FORMULIR PENDAFTARAN BPJS KESEHATAN
Nama Lengkap: ⟦N|Siti Nuraini Rahmawati⟧
NIK: ⟦ID|3273055403920004⟧
Tanggal Lahir: ⟦D|14-03-1992⟧
Alamat: ⟦A|Jl. Braga No. 45, RT 003/RW 007, Kel. Braga, Kec. Sumur Bandung, Kota Bandung 40111⟧
No. HP: ⟦P|0812-2044-1877⟧
NPWP: ⟦ID|41.882.270.3-423.000⟧""")

pos("chat", "id", """[13/05/24 19.20] ⟦N|Dimas Pratama⟧: ⟦N|rina⟧, nomor pak ⟦N|Budi⟧ berapa ya?
[13/05/24 19.22] ⟦N|Rina Kusuma⟧: ⟦P|+62 813-1144-2209⟧. kalau mau ke rumahnya di ⟦A|Jl. Kenanga III No. 12, Depok⟧
[13/05/24 19.23] ⟦N|Dimas Pratama⟧: makasih kak ⟦N|Rina⟧ 🙏""")

pos("ticket", "id", """Tiket #ID-55012 — Paket belum sampai
Pelanggan: Bapak ⟦N|Agus Setiawan⟧ (ID pelanggan 88214471)
Keluhan: "Paket atas nama istri saya, Ibu ⟦N|Dewi Anggraini⟧, belum diterima. Alamat: ⟦A|Perumahan Griya Asri Blok C2 No. 7, Sidoarjo 61252⟧."
Petugas: ⟦N|Yoga⟧""")

neg("news", "id", """JAKARTA — Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada Selasa (14/5). Menteri PUPR
Basuki Hadimuljono mendampingi. Tol tersebut mulai beroperasi penuh pada 1 Juni 2024.""")

neg("doc", "id", """Informasi Perusahaan
PT Kopi Nusantara Jaya (Surabaya) · NIB 9120004418227 · NPWP badan 02.418.827.7-609.000
Layanan pelanggan: 1500-441 · cs@kopinusantara.co.id
Darurat: 112 · Ambulans 118""")

# ====================================================================== Vietnamese

pos("form", "vi", """TỜ KHAI THÔNG TIN NHÂN SỰ
Họ và tên: ⟦N|Nguyễn Thị Lan Anh⟧
Số CCCD: ⟦ID|001192044182⟧
Ngày sinh: ⟦D|12/09/1992⟧
Địa chỉ thường trú: ⟦A|Số 12 ngõ 45 phố Huế, phường Phố Huế, quận Hai Bà Trưng, Hà Nội⟧
Điện thoại: ⟦P|0912 418 227⟧
Ngày vào làm: 02/01/2024""")

pos("chat", "vi", """[Zalo] 12/05/2024
⟦N|Trần Minh Tuấn⟧ 20:10: chị ⟦N|Hoa⟧ ơi, mai em gửi hàng cho chú ⟦N|Ba⟧ nhé
⟦N|Lê Thu Hoa⟧ 20:12: ok em, địa chỉ chú là ⟦A|45/12 Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh⟧
⟦N|Lê Thu Hoa⟧ 20:12: sđt ⟦P|0903 441 882⟧""")

pos("letter", "vi", """Kính gửi: Ông ⟦N|Phạm Văn Khải⟧
Địa chỉ: ⟦A|Tổ 7, phường Hòa Khánh Bắc, quận Liên Chiểu, Đà Nẵng⟧
Công ty chúng tôi xin thông báo hợp đồng số 118/2024/HĐ sẽ hết hạn ngày 30/06/2024.
Mọi thắc mắc xin liên hệ anh ⟦N|Tùng⟧ — ⟦P|0236 3844 127⟧.""")

neg("news", "vi", """HÀ NỘI — Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 5 vào sáng 14/5.
Kỳ họp thứ 7 Quốc hội khai mạc ngày 20/5/2024.""")

neg("doc", "vi", """Thông tin doanh nghiệp
Công ty TNHH Cà phê Cao Nguyên (Buôn Ma Thuột) · MST 6001448227
Tổng đài: 1900 6018 · cskh@caphecaonguyen.vn
Cấp cứu: 115 · Công an: 113""")

# ====================================================================== Thai

th1 = thai_id("110370044182")
pos("form", "th", f"""ใบสมัครงาน
ชื่อ-นามสกุล: นางสาว⟦N|กมลชนก ศรีวงศ์⟧
เลขประจำตัวประชาชน: ⟦ID|{thai_digits(th1)}⟧
วันเกิด: ⟦D|๑๔ มีนาคม ๒๕๓๓⟧
ที่อยู่: ⟦A|123/45 หมู่ 6 ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร 10900⟧
โทรศัพท์: ⟦P|081-442-1877⟧""")

pos("chat", "th", """[LINE] 13/05/2567
⟦N|ปิยะพงษ์ ศรีสุข⟧ 20:14 พี่⟦N|นก⟧ครับ พรุ่งนี้ส่งของไปที่ไหนครับ
⟦N|นกน้อย วงศ์ไทย⟧ 20:16 ส่งที่บ้าน ⟦A|99/8 ซอยสุขุมวิท 71 แขวงพระโขนงเหนือ เขตวัฒนา กรุงเทพฯ 10110⟧ นะ""")

neg("news", "th", """กรุงเทพฯ — นายกรัฐมนตรีเศรษฐา ทวีสิน เป็นประธานการประชุมคณะรัฐมนตรีที่ทำเนียบรัฐบาลเมื่อวันที่ 14 พฤษภาคม
การประชุมครั้งต่อไปจะมีขึ้นในวันที่ 21 พฤษภาคม""")

# ====================================================================== Malay

pos("form", "ms", """BORANG PERMOHONAN AHLI
Nama: Encik ⟦N|Ahmad Faizal bin Ismail⟧
No. Kad Pengenalan: ⟦ID|900514-10-5523⟧
Tarikh Lahir: ⟦D|14 Mei 1990⟧
Alamat: ⟦A|No. 12, Jalan SS 2/24, 47300 Petaling Jaya⟧
Telefon: ⟦P|012-418 2277⟧""")

neg("doc", "ms", """Maklumat Syarikat
Kedai Kopi Warisan Sdn. Bhd. (Ipoh) · No. Pendaftaran 201901044182 (1331882-K)
Talian khidmat pelanggan: 1-300-88-4418 · layanan@kopiwarisan.my
Kecemasan: 999""")

# ====================================================================== Tagalog

pos("chat", "tl", """[12/05/24, 9:02 PM] ⟦N|Marites Dela Cruz⟧: ⟦N|jun⟧, nasaan na yung package ni Tita ⟦N|Baby⟧?
[12/05/24, 9:05 PM] ⟦N|Junjun Reyes⟧: papunta na po. address niya ⟦A|Blk 5 Lot 12, Mabini St., Brgy. San Isidro, Quezon City 1100⟧ di ba?
[12/05/24, 9:06 PM] ⟦N|Marites Dela Cruz⟧: oo. number niya ⟦P|0917 418 2277⟧""")

pos("form", "tl", """PAGPAPAREHISTRO NG MIYEMBRO
Pangalan: ⟦N|Maria Cristina Santos Bautista⟧
Petsa ng Kapanganakan: ⟦D|Marso 3, 1988⟧
SSS No.: ⟦ID|34-4182277-3⟧
TIN: ⟦ID|418-227-730-000⟧
Tirahan: ⟦A|123 Rizal Ave., Brgy. 45, Caloocan City 1400⟧""")

neg("news", "tl", """MAYNILA — Pinangunahan ni Pangulong Ferdinand Marcos Jr. ang pagbubukas ng bagong tulay sa Pasig noong
Martes. Dumalo rin si Bise Presidente Sara Duterte. Bukas ang tulay sa publiko simula Hunyo 1.""")

neg("doc", "tl", """Mga numerong pang-emergency
911 — Pambansang emergency hotline
8888 — Citizens' Complaint Center
Customer service ng Bangko Kapuluan: (02) 8888-0000 · tulong@bangkokapuluan.ph
Huwag ibigay ang inyong OTP kahit kanino.""")

# ====================================================================== Arabic

eid1 = emirates_id("78419880441822")
ae1 = iban("AE", "0330000010194418227")
pos("form", "ar", f"""نموذج فتح حساب — بيانات العميل
الاسم الكامل: ⟦N|محمد بن عبدالله الكعبي⟧
رقم الهوية الإماراتية: ⟦ID|{eid1}⟧
تاريخ الميلاد: ⟦D|{ar_digits("14/03/1988")}⟧
العنوان: ⟦A|فيلا 27، شارع 18، حي الوصل، دبي⟧
الهاتف المتحرك: ⟦P|{ar_digits("050 441 8227")}⟧
رقم الآيبان: ⟦I|{ae1}⟧""")

sa1 = sa_id("108824413")
pos("letter", "ar", f"""السيد/ ⟦N|خالد سعد العتيبي⟧ المحترم
⟦A|ص.ب 44182⟧
⟦A|الرياض 11564⟧

الموضوع: تجديد عقد الإيجار
نفيدكم بأن عقد الإيجار الخاص بكم (رقم الهوية الوطنية ⟦ID|{sa1}⟧) ينتهي بتاريخ 1445/12/30هـ.
للاستفسار يرجى التواصل مع الأستاذة ⟦N|نورة الشهري⟧ على الرقم ⟦P|+966 55 441 8822⟧.""")

pos("chat", "ar", """[12/05/2024، 9:14 م] ⟦N|أحمد منصور⟧: ⟦N|ليلى⟧ أرسلي لي عنوان خالتك ⟦N|سعاد⟧
[12/05/2024، 9:16 م] ⟦N|ليلى حداد⟧: ⟦A|شارع الحمرا، بناية النور، الطابق الرابع، بيروت⟧
[12/05/2024، 9:16 م] ⟦N|ليلى حداد⟧: ورقمها ⟦P|+961 3 441 822⟧""")

pos("medical", "ar", """تقرير طبي
اسم المريض: ⟦N|سميرة بنت علي المرزوقي⟧
تاريخ الميلاد: ⟦D|٢٣ يناير ١٩٥٩⟧
رقم الملف: 2024/44182
التشخيص: ارتفاع ضغط الدم. المتابعة بعد أسبوعين.
الطبيب المعالج: د. ⟦N|يوسف الخطيب⟧""")

neg("news", "ar", """القاهرة — استقبل الرئيس عبد الفتاح السيسي يوم الثلاثاء في قصر الاتحادية وزير الخارجية الأمريكي
أنتوني بلينكن. وتناول اللقاء تطورات الأوضاع في المنطقة. وتعقد الجولة القادمة في 20 مايو.""")

neg("doc", "ar", """معلومات الشركة
شركة التمور الذهبية ذ.م.م (المقر: العين) · السجل التجاري 44182 · الرقم الضريبي 100441822700003
خدمة العملاء: 800 4418 (مجاني) · care@goldendates.ae
الطوارئ: 999 · الإسعاف 998""")

neg("prose", "ar", """ولد نجيب محفوظ في 11 ديسمبر 1911 في حي الجمالية بالقاهرة، وتوفي في 30 أغسطس 2006. حصل على جائزة نوبل
في الأدب عام 1988. وتُعد ثلاثيته من أشهر أعماله.""")

# ====================================================================== Hebrew

tz1 = il_id("31882274")
pos("form", "he", f"""טופס הרשמה — קופת חולים
שם פרטי: ⟦N|נועה⟧   שם משפחה: ⟦N|לוי⟧
מספר תעודת זהות: ⟦ID|{tz1}⟧
תאריך לידה: ⟦D|17.08.1994⟧
כתובת: ⟦A|רחוב הרצל 45 דירה 12⟧
יישוב: ראשון לציון
טלפון נייד: ⟦P|050-441-8227⟧""")

pos("chat", "he", """[12.5.2024, 21:30] ⟦N|יוסי ברקוביץ⟧: ⟦N|דנה⟧, שלחת לאבא של ⟦N|רון⟧ את הסיסמה לוויי-פיי?
[12.5.2024, 21:31] ⟦N|דנה מזרחי⟧: כן, ⟦K|Galil2020#Kinneret⟧
[12.5.2024, 21:32] ⟦N|יוסי ברקוביץ⟧: תודה""")

pos("letter", "he", """לכבוד
גב' ⟦N|מיכל אברהם⟧
⟦A|שדרות רוטשילד 88⟧
⟦A|תל אביב-יפו⟧

הנדון: חידוש חוזה שכירות
הננו להודיעך כי החוזה יסתיים ב-30.06.2024. לפרטים נוספים ניתן לפנות למר ⟦N|אבי פרץ⟧ בטלפון ⟦P|03-5441822⟧.""")

neg("news", "he", """ירושלים — ראש הממשלה בנימין נתניהו נפגש ביום שלישי בלשכתו עם נשיא המדינה יצחק הרצוג.
הישיבה הבאה של הממשלה תתקיים ב-19 במאי.""")

neg("doc", "he", """פרטי החברה
מאפיית הגליל בע"מ (נצרת) · ח.פ. 514418227
מוקד שירות: ‎*4418 · service@galilbakery.co.il
חירום: מד"א 101 · משטרה 100""")

# ====================================================================== Persian

ml1 = ir_melli("004418227")
pos("form", "fa", f"""فرم ثبت‌نام
نام و نام خانوادگی: خانم ⟦N|مریم احمدی⟧
کد ملی: ⟦ID|{fa_digits(ml1)}⟧
تاریخ تولد: ⟦D|{fa_digits("1370/06/21")}⟧
نشانی: ⟦A|تهران، خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۲، واحد ۴⟧
تلفن همراه: ⟦P|{fa_digits("0912 441 8227")}⟧""")

pos("chat", "fa", """[۱۴۰۳/۰۲/۲۳ ۲۱:۱۰] ⟦N|علی رضایی⟧: ⟦N|سارا⟧ شماره آقای ⟦N|کریمی⟧ رو داری؟
[۱۴۰۳/۰۲/۲۳ ۲۱:۱۲] ⟦N|سارا محمدی⟧: آره، ⟦P|۰۹۳۵ ۲۲۱ ۴۴۱۸⟧""")

neg("news", "fa", """تهران — رئیس‌جمهور روز سه‌شنبه در نشست هیئت دولت درباره بودجه سال آینده سخن گفت. جلسه بعدی
روز ۳۰ اردیبهشت برگزار می‌شود.""")

# ====================================================================== Swahili

pos("form", "sw", """FOMU YA MAOMBI YA MKOPO
Jina kamili: Bi. ⟦N|Amina Wanjiru Otieno⟧
Nambari ya Kitambulisho: ⟦ID|28441822⟧
KRA PIN: ⟦ID|A014418227Z⟧
Tarehe ya kuzaliwa: ⟦D|12 Machi 1990⟧
Anwani: ⟦A|S.L.P. 4512-00100 Nairobi⟧
Simu (M-Pesa): ⟦P|0712 441 822⟧""")

pos("chat", "sw", """[12/05/2024, 20:14] ⟦N|Juma Mwangi⟧: ⟦N|neema⟧, umemtumia Bw. ⟦N|Hassan⟧ pesa ya kodi?
[12/05/2024, 20:16] ⟦N|Neema Achieng⟧: bado. namba yake ni ⟦P|+254 722 418 227⟧?
[12/05/2024, 20:17] ⟦N|Juma Mwangi⟧: ndiyo""")

neg("news", "sw", """NAIROBI — Rais William Ruto alikutana na viongozi wa Afrika Mashariki katika Ikulu ya Nairobi siku ya
Jumanne. Mkutano ujao utafanyika tarehe 20 Juni.""")

neg("doc", "sw", """Mawasiliano
Kampuni ya Chai Bora Ltd (Kericho) · Nambari ya usajili PVT-4418227
Huduma kwa wateja: 0800 720 441 (bila malipo) · huduma@chaibora.co.ke
Dharura: 999 · 112""")

# ====================================================================== more positives: hard places

card_x1 = card("4532", seed=77)
pos("code", "en", f"""# tests/fixtures/customers.py — copied from a prod dump "temporarily" (see SEC-2207)
CUSTOMERS = [
    {{"id": 88120, "name": "⟦N|Oswaldo Figueroa⟧", "ssn": "⟦S|641-27-3390⟧", "card": "⟦C|{card_x1.replace(' ', '')}⟧", "exp": "0927"}},
    {{"id": 88121, "name": "⟦N|Wren Takahashi⟧", "ssn": "⟦S|504 81 2276⟧", "card": None, "exp": None}},
    {{"id": 88122, "name": "Test Customer", "ssn": "000-00-0000", "card": "4242424242424242", "exp": "1234"}},
]


def test_lookup_by_ssn():
    assert find(CUSTOMERS, ssn="⟦S|641-27-3390⟧")["id"] == 88120""")

rows = [("⟦N|ADEBAYO, FOLASADE⟧", "⟦S|420-55-1093⟧", "⟦D|03/14/1971⟧"), ("⟦N|BERGSTROM, NILS E⟧", "⟦S|188-20-7741⟧", "⟦D|11/02/1966⟧"),
        ("⟦N|CASTELLANOS, IRMA⟧", "⟦S|529-71-0086⟧", "⟦D|07/29/1990⟧"), ("⟦N|DUBOIS, REMY⟧", "⟦S|306-44-1829⟧", "⟦D|01/05/1958⟧"),
        ("⟦N|EKWUEME, CHIDI⟧", "⟦S|612-09-3357⟧", "⟦D|12/12/1984⟧"), ("⟦N|FAIRCLOUGH, JUNE⟧", "⟦S|271-38-9902⟧", "⟦D|06/30/1949⟧"),
        ("⟦N|GALLAGHER, SEAMUS P⟧", "⟦S|044-61-2218⟧", "⟦D|09/09/1977⟧"), ("⟦N|HUYNH, THANH⟧", "⟦S|587-12-4460⟧", "⟦D|02/18/1995⟧")]
body = "\n".join("%06d %-28s %s  %s  %9.2f  %s" % (700311 + i, n, s, d, 1200 + i * 87.35, "ACTIVE" if i % 3 else "TERM")
                 for i, (n, s, d) in enumerate(rows))
pos("report", "en", """MIDWEST MUTUAL BENEFITS — PARTICIPANT CENSUS                 RUN 2024-05-01 02:14
ACCT   PARTICIPANT                  TAX ID       BIRTH       BALANCE    STATUS
====== ============================ ===========  ==========  =========  ======
""" + body + """
------ ---------------------------- -----------  ----------  ---------  ------
RECORDS: 8   PLAN: 401(k) 0071-A   EIN 36-4418227   ROUTING 071000013""")

pos("shell", "en", """$ git diff HEAD~1 -- deploy/values-prod.yaml
@@ -14,7 +14,7 @@ ingress:
 smtp:
   host: smtp.postmark.example
-  password: "{{ .Values.smtpPassword }}"
+  password: "⟦K|pmk-7fc2a19e-44b1-4d0e-9a6c-3e18b7d25f04⟧"
 npm:
-  token: ${NPM_TOKEN}
+  token: ⟦K|npm_Zq8xVt2LmK4wRb7Nc9Py1Hs3Df6Ga0JeUoEi⟧""")

pos("config", "en", """# crontab -l (backup user on nas-02)
MAILTO=ops-alerts@harrowfield-logistics.com
15 2 * * *  /usr/bin/restic -r rest:⟦U|https://restic:Fjord-Linen-5521@backup.harrowfield.net:8000/nas02⟧ backup /srv/share
45 3 * * 0  curl -fsS -u ⟦K|healthchk:Pewter$Gull$90⟧ https://status.harrowfield.net/ping/nas02
0 4 1 * *   /usr/local/bin/prune.sh --keep-monthly 12""")

pos("config", "en", """# ~/.pgpass  (chmod 600)
db-ledger.internal:5432:ledger:⟦K|ledger_ro:Cobalt-Heron-771⟧
db-ledger.internal:5432:ledger_audit:⟦K|auditor:Quartz!Marsh!19⟧""")

pos("json", "en", """{
  "type": "service_account",
  "project_id": "fernleaf-analytics-prod",
  "private_key_id": "⟦K|9c41e07b2d8f5a3c6e1b4d7f0a2c5e8b1d4f7a0c⟧",
  "private_key": "⟦K|-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC3q8Zx1Lm4Vt7R\\n2wK9pN3yB6hS0dF5jG8cT1aE4uX7oQ2iZ5vM9rL3nW6bY1kH8sD0fJ4gP7tC2eU5\\nxA9oQ3iZ6vM1rL4nW7bY2kH9sD1fJ5gP8tC3eU6xA0oQ4iZ7vM2rL5nW8bY3kH0sD\\n-----END PRIVATE KEY-----⟧\\n",
  "client_email": "etl-runner@fernleaf-analytics-prod.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}""")

pos("html", "en", """<form id="renewal" method="post" action="/dmv/renew">
  <input type="hidden" name="csrf" value="c9a1f0e2b7d4">
  <label>Full legal name <input name="full_name" value="⟦N|Marguerite Okonjo-Baptiste⟧"></label>
  <label>Date of birth <input type="date" name="dob" value="⟦D|1982-07-04⟧"></label>
  <label>License number <input name="dl" value="⟦ID|B418-2277-3015⟧"></label>
  <label>SSN (last 4) <input name="ssn4" value="7730" maxlength="4"></label>
  <label>Mailing address <input name="addr" value="⟦A|5120 Bluebonnet Ln, Austin, TX 78745⟧"></label>
  <button>Renew</button>
</form>""")

pos("csv", "en", """"order_id","customer","ship_to","phone"
"A-99120","⟦N|Orla Kinsella⟧","⟦A|Flat 2⟧
⟦A|14 Douglas Street⟧
⟦A|Cork⟧
⟦A|T12 X8E2⟧","⟦P|+353 86 441 8227⟧"
"A-99121","⟦N|Declan Furlong⟧","⟦A|Ballyvolane House⟧
⟦A|Fermoy⟧
⟦A|Co. Cork⟧","⟦P|+353 87 220 4419⟧\"""")

card_x2 = card("5178", seed=2024)
pos("email", "en", f"""Subject: FW: chargeback dispute — please action
---------- Forwarded message ---------
From: ⟦N|Bettina Marsh⟧ <⟦E|bettina.marsh1961@aol.com⟧>
I did NOT make the purchase of $612.40 at "ELECTROHUB ONLINE" on 04/22. My card number is
⟦C|{card_x2.replace(' ', '-')}⟧ and the statement date is 05/01/2024. Please reverse it. My date of birth
for verification is ⟦D|10/23/1961⟧ and my zip is 29407.
Bettina""".replace("\nBettina", "\n⟦N|Bettina⟧"))

pos("config", "en", """# .gitlab-ci.yml (excerpt)
variables:
  DOCKER_DRIVER: overlay2
  GITLAB_TOKEN: "⟦K|glpat-Vq7Zx2LmK9wRt4Nb8Pc1⟧"
  SONAR_TOKEN: "⟦K|squ_4f1e9a7c2b8d0e3f5a6c1b9d7e2f4a8c0b3d5e6f⟧"
  REGISTRY_PASSWORD: $CI_REGISTRY_PASSWORD
deploy:
  script:
    - echo "//registry.npmjs.org/:_authToken=⟦K|npm_Lh3Wq9Zt2Xk7Vb1Nm4Rc8Py6Gd0Fs5JaUe⟧" > .npmrc
    - npm publish""")

pos("letter", "en", """POLICE INCIDENT REPORT — SUPPLEMENTAL
Reporting officer: Ofc. ⟦N|T. Grabowski⟧ #4471
Subject: ⟦N|REYNOLDS, Dwayne Curtis⟧  D.O.B. ⟦D|7/4/82⟧  Race/Sex: W/M  Ht 5'11"
DL: ⟦ID|R534-118-82-184-0⟧ (FL)   Vehicle: 2016 Honda Civic, tag KQX 442
Residence: ⟦A|2207 Sable Palm Dr, Apt 3, Tampa, FL 33612⟧
Witness: ⟦N|Graciela Ybarra⟧, ⟦P|813-602-4471⟧ (cell)
Incident #24-118277, 05/11/2024 at approx. 23:40 hrs""")

pos("chat", "en", """[Signal] Sat 11 May
Nan: love, can u help me with the pension form, it wants my national insurance number
Me: yes, read it off your card
Nan: ⟦ID|NE 71 48 22 C⟧ . and my date of birth ⟦D|the 2nd of november 1944⟧ ha
Me: nan don't put the whole thing in one message next time 😅""")
assert nino_ok("NE714822C")

# ====================================================================== more positives: other languages

pos("xml", "de", f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">
  <CstmrCdtTrfInitn>
    <GrpHdr><MsgId>SEPA-2024-05-14-0007</MsgId><CreDtTm>2024-05-14T09:30:00</CreDtTm></GrpHdr>
    <PmtInf>
      <Dbtr><Nm>⟦N|Hartmut Lenz⟧</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>⟦I|{iban("DE", "760500000044182277", grouped=False)}⟧</IBAN></Id></DbtrAcct>
      <CdtTrfTxInf>
        <Amt><InstdAmt Ccy="EUR">1250.00</InstdAmt></Amt>
        <Cdtr><Nm>⟦N|Sabine Oberländer⟧</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>⟦I|{iban("DE", "120300001018822730", grouped=False)}⟧</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>Miete Juni 2024 Whg 3 OG rechts</Ustrd></RmtInf>
      </CdtTrfTxInf>
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>""")

pos("config", "de", """# /etc/wpa_supplicant/wpa_supplicant.conf — Praxis am Markt
network={
    ssid="Praxis-Intern"
    psk="⟦K|Stethoskop!Ahorn-2022⟧"
}
network={
    ssid="eduroam"
    identity="⟦E|j.lorenz@uni-greifswald.de⟧"
    password="⟦K|Mondsichel_58#⟧"
}""")

card_fr = card("4970", seed=4118)
pos("notes", "fr", f"""Commande téléphonique — prise par ⟦N|Aurélie⟧ le 14/05 à 15h20
Client : Mme ⟦N|Geneviève Lamarque⟧, ⟦P|04 78 22 41 87⟧
Livraison : ⟦A|12 chemin des Vignes, 69390 Vourles⟧
Règlement CB : ⟦C|{card_fr}⟧ exp. 11/26 — crypto donné oralement (non noté)
Article : service à thé Limoges réf. 44-118, 2 × 89 €""")

pos("config", "es", """# docker-compose.yml — tienda online (entorno de pruebas de ⟦N|Marcos⟧)
services:
  mysql:
    image: mysql:8.0.36
    environment:
      MYSQL_ROOT_PASSWORD: "⟦K|Tortilla-de-Patatas-88⟧"
      MYSQL_DATABASE: tienda
  ftp-sync:
    image: alpine:3.19
    command: lftp -e "mirror -R /data /" ⟦U|ftp://sincro:Sierra.Nevada.2024@ftp.tiendaolivar.es/pub⟧""")

pos("config", "it", """# celeryconfig.py — ambiente produzione
broker_url = "⟦U|amqp://celery:Gianduiotto-Torino-7@10.30.1.8:5672/prod⟧"
result_backend = "redis://⟦IP|10.30.1.9⟧:6379/1"
timezone = "Europe/Rome"
# chiave API del fornitore SMS (scade 31/12/2024)
SMS_API_KEY = "⟦K|skv_live_4Qz8Lm2Xw7Vt1Rb9Nc3Py6Hd⟧\"""")

pos("chat", "ja", """#infra (Slack) 2024/05/13
⟦N|森田 健太⟧  10:02
本番のキー、間違えてコミットしてました…すぐローテします
AWS_ACCESS_KEY_ID=⟦K|AKIAZ4QX7LMR2VT9KPWN⟧
AWS_SECRET_ACCESS_KEY=⟦K|m3Rt8Qz1Lx/Vb7Nw2Kc9Py4Hs6Fd0Ja5UeXoGi⟧
⟦N|小林 彩⟧  10:05
了解です、⟦N|森田⟧さん。CloudTrail も確認します""")

cpf_pix = cpf("730442188")
pos("chat", "pt", f"""[14/05/2024 12:30] ⟦N|Larissa Campos⟧: gente, o rateio do churrasco deu R$ 58 pra cada
[14/05/2024 12:31] ⟦N|Larissa Campos⟧: pix: ⟦ID|{cpf_pix}⟧ (é meu CPF) ou ⟦P|(21) 99441-8227⟧
[14/05/2024 12:35] ⟦N|Caio Mendes⟧: mandei! ⟦N|lari⟧ confere aí
[14/05/2024 12:36] ⟦N|Larissa Campos⟧: caiu ✅""")

pos("sql", "sv", """-- pg_dump: data för tabell public.medlemmar
COPY public.medlemmar (id, fornamn, efternamn, personnr, adress, postnr, ort) FROM stdin;
1	⟦N|Astrid⟧	⟦N|Lindblom⟧	⟦ID|""" + personnummer("620917", "224") + """⟧	⟦A|Drottninggatan 71⟧	111 36	Stockholm
2	⟦N|Elias⟧	⟦N|Nyström⟧	⟦ID|""" + personnummer("010301", "457", "") + """⟧	⟦A|Kungsgatan 3 lgh 1201⟧	753 21	Uppsala
\\.""")

pos("log", "pl", """{"ts":"2024-05-14T10:22:31Z","level":"ERROR","svc":"weryfikacja-kyc","msg":"niezgodność danych","input":{"imie":"⟦N|Wojciech⟧","nazwisko":"⟦N|Mazur⟧","pesel":"⟦ID|""" + pesel("7809140213") + """⟧","data_ur":"⟦D|1978-09-14⟧"},"ip":"⟦IP|31.0.144.201⟧"}
{"ts":"2024-05-14T10:22:32Z","level":"INFO","svc":"weryfikacja-kyc","msg":"ponowienie 1/3","trace":"a41f9c2e"}""")

card_tr = card("9792", seed=55)
pos("chat", "tr", f"""[13.05.2024 20:41] ⟦N|Burcu Arslan⟧: anne kartın numarasını atar mısın, bilet alacağım
[13.05.2024 20:43] Annem: ⟦C|{card_tr}⟧ son kullanma 07/27
[13.05.2024 20:43] Annem: arkasındaki 3 haneyi sesli mesajla söylerim
[13.05.2024 20:44] ⟦N|Burcu Arslan⟧: tamam anne 😘""")

pos("form", "ko", f"""온라인 결제 정보 (주문번호 20240514-004418)
구매자: ⟦N|윤서아⟧
카드번호: ⟦C|{card("9410", seed=808, groups=(4, 4, 4, 4), sep="-")}⟧
유효기간: 09/28
배송지: ⟦A|경기도 성남시 분당구 정자일로 95, 301동 1102호⟧
연락처: ⟦P|010-7730-4418⟧""")

pos("form", "en", """STATE OF OHIO — APPLICATION FOR CERTIFIED COPY OF BIRTH RECORD
Name on record: ⟦N|Jasper Lee Whitcomb⟧
Date of birth: ⟦D|the twenty-first of August, 2003⟧       Place: Columbus, Franklin County
Mother's maiden name: ⟦N|Rowena Hale⟧
Father's name: ⟦N|Curtis Whitcomb⟧
Requestor: ⟦N|Rowena Whitcomb⟧ (mother)  Phone ⟦P|(614) 288-9045⟧
Fee: $21.50 — receipt 0044-18227 — filed 05/13/2024""")

pos("log", "en", """2024-05-14T08:41:12.118Z auth-svc INFO  login ok user_id=55102 ip=⟦IP|2a02:c7c:3b1e:9a00:8d4f:21e6:b7a0:4c11⟧ ua="Firefox/125.0"
2024-05-14T08:41:12.902Z auth-svc WARN  new device for user_id=55102 mac=⟦MAC|9C:B6:D0:4E:22:7F⟧ (first seen)
2024-05-14T08:41:13.004Z auth-svc DEBUG mfa sms sent to ⟦P|+44 7491 208 337⟧ provider=twilio sid=SM2f9c0e1b7a
2024-05-14T08:41:30.511Z auth-svc INFO  mfa ok user_id=55102 elapsed=17.6s""")

pos("chat", "en", """[matrix] #tenants-assoc:matrix.org
<Priscilla Oyelowo> reminder: AGM thursday 7pm in the community room
<Priscilla Oyelowo> if you can't come send your proxy form to me at ⟦A|Flat 41, Tiverton House, Wenlock Road, London N1 7SL⟧
<gus_w> can i just email it? ⟦N|priscilla⟧ what's your address
<Priscilla Oyelowo> ⟦E|p.oyelowo@tenantsassoc.org.uk⟧ — but paper is better for the count""".replace("<Priscilla Oyelowo>", "<⟦N|Priscilla Oyelowo⟧>"))

# ====================================================================== more hard negatives, other languages

neg("doc", "de", """-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Signierschlüssel für Release-Pakete (Version 3.x)

mQINBGXq3NsBEAC7vR2kL9pX4mQ8wZt1cYb3NfHj6aEuD0oKiPq5rBvWsT7yL2mN
4cX8zQ1pR6tV9wK3jH5gF0dS2aE7uY4iO1pL8kJ3hG6fD9sA2zX5cV7bN0mQ4wE1
=Kq7Z
-----END PGP PUBLIC KEY BLOCK-----
Fingerabdruck: 4A1F 9C2E 7B3D 0E6F 5A8C  1B9D 7E2F 4A8C 0B3D 5E6F""")

neg("doc", "fr", """Cartes de test (mode bac à sable uniquement)
Paiement accepté : 4000 0025 0000 0003 — date future quelconque, CVC 123
Authentification 3-D Secure requise : 4000 0027 6000 3184
Paiement refusé : 4000 0000 0000 0002
Ces numéros ne fonctionnent jamais en production. IBAN de test SEPA : FR14 2004 1010 0505 0001 3M02 606""")

neg("log", "es", """2024-05-14 06:00:01 INFO  arranque del servicio facturacion v5.3.2 (commit 8e1f0a9)
2024-05-14 06:00:01 INFO  escuchando en 0.0.0.0:8443
2024-05-14 06:00:02 INFO  ejemplo de configuración: upstream=198.51.100.20 fallback=203.0.113.5
2024-05-14 06:00:02 WARN  el certificado caduca el 30/06/2024 (quedan 47 días)
2024-05-14 06:00:05 INFO  healthcheck desde 127.0.0.1 OK (3 ms)""")

neg("bank", "it", """Estratto conto — dati mascherati per la stampa
Intestatario: ************
IBAN: IT** **** **** **** **** ***3 215
Carta: **** **** **** 8841   Cellulare: +39 *** *** **90
Saldo al 30/04/2024: 2.418,77 EUR   Movimenti: 41   Periodo: 01/04/2024 – 30/04/2024""")

neg("doc", "ja", """APIキーの設定
環境変数 OPENAI_API_KEY にキーを設定してください（例：sk-xxxxxxxxxxxxxxxxxxxxxxxx）。
キーをソースコードに直接書かないでください。サンプルの .env.example では
OPENAI_API_KEY=<あなたのキー> となっています。バージョン 1.4.2 以降は自動でマスク表示（sk-****abcd）されます。""")

neg("shell", "zh", """$ docker pull registry.cn-hangzhou.aliyuncs.com/demo/api:2.8.1
2.8.1: Pulling from demo/api
Digest: sha256:3f1c9a7e2b8d4f6a0c5e9b1d7a3f8c2e6b0d4a9f1e7c3b5d8a2f6e0c4b9d1a7e
Status: Downloaded newer image
$ git log --oneline -2
9c2e7b3 (tag: v2.8.1) 修复订单状态同步问题
4d0e6f5 升级依赖 spring-boot 3.2.5""")

neg("form", "pl", """WZÓR — WNIOSEK O DOFINANSOWANIE (wypełnić drukowanymi literami)
Imię i nazwisko: ....................................
PESEL: [ ][ ][ ][ ][ ][ ][ ][ ][ ][ ][ ]
Data urodzenia: DD-MM-RRRR
Adres: ul. ................ nr ..... kod __-___ miejscowość ..........
Numer rachunku: PL __ ____ ____ ____ ____ ____ ____""")

neg("doc", "ru", """Отслеживание отправлений
Трек-номер Почты России: 14 цифр (например, 80080296412345) или RA123456789RU для международных.
Номер заказа (ORD-2024-000118) и штрихкод товара EAN-13 4607001771234 трек-номерами не являются.
Горячая линия: 8 800 100-00-00.""")

neg("doc", "pt", """Ficha técnica — Frigorífico combinado FR-3180X
Modelo: FR3180X-INOX   N.º de série (exemplo): SN 2404-18827-PT
Capacidade: 318 l · Classe energética: D · Consumo: 246 kWh/ano
Firmware do módulo Wi-Fi: 2.1.44 · Endereço MAC do módulo: consultar etiqueta (formato 00:00:00:00:00:00)
Assistência técnica: 808 200 418""")

neg("doc", "sv", """Så fyller du i blanketten
Personnummer skrivs ÅÅÅÅMMDD-XXXX, t.ex. 19YYMMDD-XXXX. Samordningsnummer har dag + 60.
Skriv inte ditt personnummer i fritextfältet. Har du frågor, ring Skatteverket 0771-567 567.
Blankett SKV 7665, utgåva 12, giltig från 2024-01-01.""")

neg("doc", "ko", """입력 안내
주민등록번호는 000000-0000000 형식으로 입력하세요. 예시 번호(900101-1234567)는 사용할 수 없습니다.
카드번호는 마스킹되어 표시됩니다: 9410-****-****-1234
문의: 고객센터 1588-0000""")

neg("travel", "ar", """جدول الرحلات — مطار دبي الدولي، المبنى 3
EK 201   نيويورك JFK    08:30   البوابة B12   في الموعد
EK 003   لندن LHR      14:25   البوابة A7    متأخرة 15:10
EK 384   هونغ كونغ      03:35   البوابة C21   أغلقت
رقم الحجز مثال: ABC123 · رقم التذكرة: 176-0000000000""")

neg("news", "tr", """İSTANBUL — Milli futbolcu Arda Güler (25 Şubat 2005 doğumlu), Real Madrid formasıyla ilk golünü attı.
Teknik direktör Vincenzo Montella, oyuncunun 1 Haziran'da kampa katılacağını açıkladı.""")

neg("config", "en", """variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "main" {
  username = "app"
  password = var.db_password
  tags = { Owner = "platform-team", CostCentre = "CC-4471", Created = "2024-05-14" }
}

data "aws_secretsmanager_secret_version" "api" {
  secret_id = "prod/api/key"
}""")

neg("config", "en", """apiVersion: v1
kind: Secret
metadata:
  name: payments-api
type: Opaque
stringData:
  API_KEY: "<paste-key-from-1password>"
  WEBHOOK_SECRET: "REPLACE_ME"
  DB_URL: "postgres://$(DB_USER):$(DB_PASS)@db:5432/payments\"""")

neg("prose", "en", """Accession 1998.44.17 — portrait miniature, watercolour on ivory, c. 1790.
Sitter: Mary Wollstonecraft (27 April 1759 – 10 September 1797), writer and philosopher.
Provenance: by descent to Percy Florence Shelley (1819–1889); sold Christie's, 12 March 1931, lot 44.
Dimensions 7.2 × 5.8 cm. On display, Gallery 12, until 30 September 2024.""")

neg("csv", "en", """batch,product,strength,expiry,qty,location
B24-0412,Amoxicillin caps,500 mg,2026-03-31,420,A3-12
B24-0418,Paracetamol tabs,500 mg,2027-08-31,1200,A1-04
B23-1187,Salbutamol inhaler,100 mcg,2025-11-30,64,C2-01
B24-0501,Sertraline tabs,50 mg,2026-12-31,180,B4-09
# NDC/GTIN lookups: see formulary v12.3""")

neg("doc", "hi", """आधार की जानकारी साझा करते समय सावधानी
मास्क्ड आधार में केवल अंतिम 4 अंक दिखते हैं, जैसे XXXX XXXX 4418.
कभी भी OTP किसी के साथ साझा न करें। UIDAI हेल्पलाइन: 1947 (टोल-फ्री)।
ई-मेल: help@uidai.gov.in""")

neg("doc", "nl", """Netwerkinstellingen (handleiding versie 4.2)
Standaard subnet: 192.168.0.0/24, subnetmasker 255.255.255.0.
DNS-servers: 1.1.1.1 en 9.9.9.9. Voorbeeldadressen in deze handleiding: 192.0.2.15 en 2001:db8::15.
Broadcastadres: ff:ff:ff:ff:ff:ff. Firmware 7.57 build 110442.""")

neg("notes", "es", """Resultados del sorteo del 14/05/2024
Combinación ganadora: 04 - 11 - 18 - 27 - 33 - 41   Complementario: 22   Reintegro: 7
Recaudación: 6.418.227,50 €   Bote próximo sorteo: 12.000.000 €
Acertantes de 6: 0 · de 5+C: 1 (vendido en Zaragoza)""")

neg("doc", "fr", """Arrêts de la ligne 72 (à partir du 3 juin)
Hôtel de Ville — Rue de Rivoli — Louvre-Rivoli — Pont Neuf — 14 quai de la Mégisserie (arrêt provisoire)
Premier départ 5h45, dernier départ 0h30. Fréquence 8 à 12 minutes.
Objets trouvés : 36 rue des Morillons, 75015 Paris (service de la Préfecture de police).""")


if __name__ == "__main__":
    emit("blind20", cases)
