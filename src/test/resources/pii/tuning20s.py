"""Tuning corpus 20s: a hand-labelled DEVELOPMENT set for the PII detector (406 cases in 46 languages).

Every person, address, number, key and password below is invented.  Card numbers are Luhn-valid,
IBANs mod-97 valid and national ids carry their real check digits: all of them are computed by the
helpers in this script (a few ids, e.g. passports, driving licences and ids without a published
check, are typed without one).  Company numbers in the hard negatives carry valid check digits too.

The set is weighted toward the kinds a detector finds hard, each with positives and hard negatives:
  id       - national ids, passports, driving licences, residence permits, tax and insurance numbers of
             many countries, with cue words in the local language, after a colon or a space, in tables,
             forms, scanned-form text with OCR spacing and in chats; hard negatives are order, invoice,
             tracking, container, company registration, VAT, policy and patient record numbers in the
             same shapes (many of them checksum-valid).
  person   - names in chats of scripts without case (Chinese, Japanese, Thai, Arabic, Hebrew, Hindi,
             Korean, Persian), single given names in chats, names in forms and signatures in many
             languages, names inside tables whose header is far away; hard negatives are products,
             public figures, historical and fictional people, form placeholders (Max Mustermann, 홍길동),
             streets and companies named after people, capitalised common words and role titles.
  dob      - birth dates in prose, forms and data rows in many formats, calendars and languages; hard
             negatives carry other dates (issue, expiry, visit, founding, party) in the same shapes.
  secret   - passwords and tokens in prose, chats, configs and command lines, SID + auth token pairs of
             SMS/telephony APIs, connection strings; hard negatives are placeholders, variable references,
             masked values, hashes, public keys, commit SHAs, UUIDs, ciphertext and example keys.
  address  - multi-line and single-line addresses in Thai, Chinese, Japanese, Korean, Indian, Arabic,
             Latin American and East European formats with and without a cue word; hard negatives are
             company seats given as town only, landmarks, government addresses and place names alone.
  other    - e-mails, phones, IPs, MACs, cards, IBANs, SSNs and URLs with credentials in hard places;
             hard negatives are role mailboxes, hotlines, documentation ranges, masks, test cards,
             example IBANs, placeholders and company accounts.

Writing aid: <<T|value>> in a case text becomes m(T, value) (T = N, E, P, C, I, S, IP, MAC, U, K,
A, D, ID as in labels.py) and {{=name}} inserts a value computed below.

Labelling conventions (followed exactly):

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
from labels import *

# ---------------------------------------------------------------------------------------------
# Writing aid: <<T|value>> is m(T, value) with T one of the short names below, {{=name}} inserts
# a value computed by the check-digit helpers (so numbers carry their real check digits).
# ---------------------------------------------------------------------------------------------
_T = {"N": N, "E": E, "P": P, "C": C, "I": I, "S": S, "IP": IP, "MAC": MAC, "U": U, "K": K, "A": A, "D": D,
      "ID": ID}
_RX = re.compile(r"<<(IP|MAC|ID|N|E|P|C|I|S|U|K|A|D)\|(.*?)>>", re.S)
V = {}
cases = []


def x(kind, lang, hard, text):
    text = re.sub(r"\{\{=(\w+)\}\}", lambda mo: V[mo.group(1)], text)
    for mo in _RX.finditer(text):
        v = mo.group(2)
        assert v and v == v.strip(), repr(v)
        assert "<<" not in v and "\u27e6" not in v and "\n" not in v or mo.group(1) == "K", repr(v)
    text = _RX.sub(lambda mo: m(_T[mo.group(1)], mo.group(2)), text)
    assert not re.search(r"<<(IP|MAC|ID|N|E|P|C|I|S|U|K|A|D)\|", text), text
    assert "{{=" not in text, text
    assert not (hard and "\u27e6" in text), text
    assert hard or "\u27e6" in text, text
    cases.append((kind, lang, hard, text))

# ---------------------------------------------------------------------------------------------
# Check-digit helpers (all people and numbers are invented; the digits only have to be valid)
# ---------------------------------------------------------------------------------------------
def _digits(s):
    return [int(c) for c in s]


def _wsum(s, weights):
    return sum(a * w for a, w in zip(_digits(s), weights))


def luhn_digit(body):
    for d in "0123456789":
        if luhn(body + d):
            return d


def group(s, sizes, sep=" "):
    out, i = [], 0
    for g in sizes:
        out.append(s[i:i + g])
        i += g
    assert i == len(s), (s, sizes)
    return sep.join(out)


def card(body, groups=(4, 4, 4, 4), sep=" "):
    return group(body + luhn_digit(body), groups, sep)


def iban(cc, bban, sep=" "):
    n = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    s = cc + "%02d" % (98 - n % 97) + bban
    out = sep.join(s[i:i + 4] for i in range(0, len(s), 4)) if sep is not None else s
    assert iban_ok(out), out
    return out


# --- European personal codes -------------------------------------------------------------------
def pesel(b10):
    return b10 + str((10 - _wsum(b10, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10)


def pl_id_card(letters, digits5):
    vals = [ord(c) - 55 for c in letters] + _digits(digits5)
    chk = sum(a * c for a, c in zip(vals, [7, 3, 1, 7, 3, 1, 7, 3])) % 10
    return letters + str(chk) + digits5


def bsn(b8):
    s = _wsum(b8, [9, 8, 7, 6, 5, 4, 3, 2])
    for d in range(10):
        if (s - d) % 11 == 0:
            return b8 + str(d)
    raise ValueError(b8)


def personnummer(yymmdd, nnn, sep="-"):
    return yymmdd + sep + nnn + luhn_digit(yymmdd + nnn)


def hetu(ddmmyy, sep, nnn):
    return ddmmyy + sep + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + nnn) % 31]


def tckn(b9):
    d = _digits(b9)
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return b9 + str(d10) + str((sum(d) + d10) % 10)


def cnp(b12):
    r = _wsum(b12, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11
    return b12 + ("1" if r == 10 else str(r))


def nir(b13, sep=True):
    key = 97 - int(b13) % 97
    if not sep:
        return b13 + "%02d" % key
    return "%s %s %s %s %s %s %02d" % (b13[0], b13[1:3], b13[3:5], b13[5:7], b13[7:10], b13[10:13], key)


def dni(num8):
    return num8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(num8) % 23]


def nie(prefix, num7):
    return prefix + num7 + "TRWAGMYFPDXBNJZSQVHLCKE"[int("XYZ".index(prefix).__str__() + num7) % 23]


def es_nss(prov2, num8):
    n = int(num8)
    base = int(prov2) * 10 ** 8 + n if n >= 10 ** 7 else int(prov2) * 10 ** 7 + n
    return "%s/%s/%02d" % (prov2, num8, base % 97)


def codice_fiscale(b15):
    odd = {c: v for c, v in zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20,
                                 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23])}
    even = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}
    s = sum(odd[c] if i % 2 == 0 else even[c] for i, c in enumerate(b15))
    return b15 + chr(65 + s % 26)


def pt_nif(b8):
    r = 11 - _wsum(b8, range(9, 1, -1)) % 11
    return b8 + str(0 if r >= 10 else r)


def be_nn(yymmdd, seq3, born_2000=False):
    b = yymmdd + seq3
    n = int(("2" if born_2000 else "") + b)
    return "%s.%s.%s-%s.%02d" % (yymmdd[:2], yymmdd[2:4], yymmdd[4:], seq3, 97 - n % 97)


def ahv(b9):
    b = "756" + b9
    s = sum(a * (3 if i % 2 else 1) for i, a in enumerate(_digits(b)))
    t = b + str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (t[:3], t[3:7], t[7:11], t[11:])


def at_svnr(nnn, ddmmyy):
    s = _wsum(nnn + ddmmyy, [3, 7, 9, 5, 8, 4, 2, 1, 6])
    assert s % 11 != 10, nnn
    return nnn + str(s % 11) + " " + ddmmyy


def de_svnr(area, ddmmyy, letter, serial2):
    num = area + ddmmyy + "%02d" % (ord(letter) - 64) + serial2
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    s = sum(sum(_digits(str(a * b))) for a, b in zip(_digits(num), w))
    return "%s %s %s %s%d" % (area, ddmmyy, letter, serial2, s % 10)


def icao(s):
    vals = [int(c) if c.isdigit() else (0 if c == "<" else ord(c) - 55) for c in s]
    return str(sum(v * [7, 3, 1][i % 3] for i, v in enumerate(vals)) % 10)


def steuer_id(b10):
    p = 10
    for a in _digits(b10):
        s = (a + p) % 10
        s = 10 if s == 0 else s
        p = (s * 2) % 11
    c = 11 - p
    return "%s %s %s %s" % (b10[:2], b10[2:5], b10[5:8], b10[8:] + str(0 if c == 10 else c))


def nhs(b9):
    c = 11 - _wsum(b9, range(10, 1, -1)) % 11
    c = 0 if c == 11 else c
    assert c != 10, b9
    t = b9 + str(c)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


def ppsn(b7, second=""):
    s = _wsum(b7, range(8, 1, -1)) + (9 * (ord(second) - 64) if second else 0)
    return b7 + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + second


def fnr(ddmmyy, iii):
    d = ddmmyy + iii
    k1 = 11 - _wsum(d, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11
    k1 = 0 if k1 == 11 else k1
    assert k1 != 10, d
    k2 = 11 - _wsum(d + str(k1), [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    k2 = 0 if k2 == 11 else k2
    assert k2 != 10, d
    return d + str(k1) + str(k2)


def cpr(ddmmyy, b3):
    s = _wsum(ddmmyy + b3, [4, 3, 2, 7, 6, 5, 4, 3, 2])
    for c in range(10):
        if (s + c) % 11 == 0:
            return ddmmyy + "-" + b3 + str(c)
    raise ValueError(ddmmyy + b3)


def kennitala(ddmmyy, rr, century="9"):
    c = 11 - _wsum(ddmmyy + rr, [3, 2, 7, 6, 5, 4, 3, 2]) % 11
    c = 0 if c == 11 else c
    assert c != 10, ddmmyy + rr
    return ddmmyy + "-" + rr + str(c) + century


def rodne(yymmdd, b3):
    for c in range(10):
        if int(yymmdd + b3 + str(c)) % 11 == 0:
            return yymmdd + "/" + b3 + str(c)
    raise ValueError(yymmdd + b3)


def taj(b8):
    c = sum(a * (3 if i % 2 == 0 else 7) for i, a in enumerate(_digits(b8))) % 10
    t = b8 + str(c)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


def hu_adoazon(b9):
    s = sum(a * (i + 1) for i, a in enumerate(_digits(b9))) % 11
    assert s != 10, b9
    return b9 + str(s)


def isikukood(b10):
    r = _wsum(b10, [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]) % 11
    if r == 10:
        r = _wsum(b10, [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 11
        r = 0 if r == 10 else r
    return b10 + str(r)


def lv_pk(ddmmyy, c4):
    b = ddmmyy + c4
    return ddmmyy + "-" + c4 + str((1101 - _wsum(b, [1, 6, 3, 7, 9, 10, 5, 8, 4, 2])) % 11 % 10)


def egn(b9):
    return b9 + str(_wsum(b9, [2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11 % 10)


def oib(b10):
    a = 10
    for d in _digits(b10):
        a = (a + d) % 10
        a = 10 if a == 0 else a
        a = (a * 2) % 11
    return b10 + str((11 - a) % 10)


def jmbg(b12):
    m = 11 - _wsum(b12, [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    assert m != 10, b12
    return b12 + str(0 if m == 11 else m)


def amka(b10):
    return b10 + luhn_digit(b10)


def afm(b8):
    return b8 + str(sum(a * 2 ** (8 - i) for i, a in enumerate(_digits(b8))) % 11 % 10)


def snils(b9):
    s = _wsum(b9, range(9, 0, -1))
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    return "%s-%s-%s %02d" % (b9[:3], b9[3:6], b9[6:], c)


def ru_inn12(b10):
    n11 = _wsum(b10, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10
    n12 = _wsum(b10 + str(n11), [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10
    return b10 + str(n11) + str(n12)


def ua_rnokpp(b9):
    return b9 + str(_wsum(b9, [-1, 5, 7, 9, 4, 6, 10, 5, 7]) % 11 % 10)


def si_tax(b7):
    c = 11 - _wsum(b7, [8, 7, 6, 5, 4, 3, 2]) % 11
    assert c != 11, b7
    return b7 + str(0 if c == 10 else c)


def kz_iin(b11):
    r = _wsum(b11, range(1, 12)) % 11
    if r == 10:
        r = _wsum(b11, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11
        assert r != 10, b11
    return b11 + str(r)


# --- Americas ------------------------------------------------------------------------------------
def cpf(b9, fmt=True):
    d = _digits(b9)
    r1 = sum(a * c for a, c in zip(d, range(10, 1, -1))) * 10 % 11 % 10
    d.append(r1)
    r2 = sum(a * c for a, c in zip(d, range(11, 1, -1))) * 10 % 11 % 10
    s = b9 + str(r1) + str(r2)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s


def rut(num, fmt=True):
    s, m = 0, 2
    for a in reversed(_digits(str(num))):
        s += a * m
        m = 2 if m == 7 else m + 1
    r = 11 - s % 11
    dv = "0" if r == 11 else "K" if r == 10 else str(r)
    return ("{:,}".format(num).replace(",", ".") if fmt else str(num)) + "-" + dv


def cuil(prefix, dni8, sep="-"):
    r = 11 - _wsum(prefix + dni8, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11
    assert r != 10, dni8
    return prefix + sep + dni8 + sep + str(0 if r == 11 else r)


def curp(b17):
    alpha = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"
    s = sum(alpha.index(c) * (18 - i) for i, c in enumerate(b17))
    return b17 + str((10 - s % 10) % 10)


def sin(b8):
    t = b8 + luhn_digit(b8)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


def ssn(area, grp, serial, sep="-"):
    assert area not in ("000", "666") and area[0] != "9" and grp != "00" and serial != "0000"
    return area + sep + grp + sep + serial


# --- Asia, Middle East, Africa, Oceania ----------------------------------------------------------
def cn_id(b17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b17 + "10X98765432"[_wsum(b17, w) % 11]


def hkid(letter, b6):
    s = 9 * 36 + 8 * (ord(letter) - 55) + _wsum(b6, [7, 6, 5, 4, 3, 2])
    c = (11 - s % 11) % 11
    return "%s%s(%s)" % (letter, b6, "A" if c == 10 else str(c))


def tw_id(letter, b9):
    codes = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36)))
    n = codes[letter]
    s = n // 10 + (n % 10) * 9 + _wsum(b9[:8], [8, 7, 6, 5, 4, 3, 2, 1])
    return letter + b9[:8] + str((10 - s % 10) % 10)


def rrn(b12):
    s = b12 + str((11 - _wsum(b12, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11) % 10)
    return s[:6] + "-" + s[6:]


def my_number(b11, sep=" "):
    d = _digits(b11)[::-1]
    s = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(d, start=1))
    r = s % 11
    t = b11 + str(0 if r <= 1 else 11 - r)
    return sep.join([t[:4], t[4:8], t[8:]])


def thai_id(b12, sep=" "):
    t = b12 + str((11 - _wsum(b12, range(13, 1, -1)) % 11) % 10)
    return sep.join([t[0], t[1:5], t[5:10], t[10:12], t[12]])


def nric(prefix, b7):
    s = _wsum(b7, [2, 7, 6, 5, 4, 3, 2]) + (4 if prefix in "TG" else 0)
    return prefix + b7 + ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[s % 11]


def verhoeff(b, sep=" "):
    dt = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
          [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
          [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
          [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    pt = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
          [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
          [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
    inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
    c = 0
    for i, a in enumerate(reversed(_digits(b))):
        c = dt[c][pt[(i + 1) % 8][a]]
    t = b + str(inv[c])
    return sep.join([t[:4], t[4:8], t[8:]])


def il_id(b8):
    return b8 + luhn_digit(b8)


def iran_code(b9):
    s = _wsum(b9, range(10, 1, -1)) % 11
    return b9 + str(s if s < 2 else 11 - s)


def emirates_id(yyyy, b7):
    b = "784" + yyyy + b7
    return "784-%s-%s-%s" % (yyyy, b7, luhn_digit(b))


def tfn(b8):
    for c in range(10):
        if _wsum(b8 + str(c), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0:
            t = b8 + str(c)
            return "%s %s %s" % (t[:3], t[3:6], t[6:])
    raise ValueError(b8)


def ird(b8):
    r = _wsum(b8, [3, 2, 7, 6, 5, 4, 3, 2]) % 11
    c = 0 if r == 0 else 11 - r
    assert c != 10, b8
    t = b8 + str(c)
    return "%s-%s-%s" % (t[:3], t[3:6], t[6:]) if t[0] != "0" else "%s-%s-%s" % (t[:3], t[3:6], t[6:])


def za_id(b12):
    return b12 + luhn_digit(b12)


def to_script(s, zero):
    """Digits rewritten in another script whose zero is the given character."""
    return "".join(chr(ord(zero) + int(ch)) if ch.isdigit() else ch for ch in s)


# --- numbers of companies and things (hard negatives; the digits are valid as well) -------------
def siret(b13):
    return b13 + luhn_digit(b13)


def cnpj(b12):
    d = _digits(b12)
    r1 = sum(a * w for a, w in zip(d, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
    r1 = 0 if r1 < 2 else 11 - r1
    d.append(r1)
    r2 = sum(a * w for a, w in zip(d, [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
    r2 = 0 if r2 < 2 else 11 - r2
    s = b12 + str(r1) + str(r2)
    return "%s.%s.%s/%s-%s" % (s[:2], s[2:5], s[5:8], s[8:12], s[12:])


def se_orgnr(b9):
    t = b9 + luhn_digit(b9)
    return t[:6] + "-" + t[6:]


def no_orgnr(b8):
    r = 11 - _wsum(b8, [3, 2, 7, 6, 5, 4, 3, 2]) % 11
    assert r != 10, b8
    t = b8 + str(0 if r == 11 else r)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


def ytunnus(b7):
    r = _wsum(b7, [7, 9, 10, 5, 8, 4, 2]) % 11
    assert r != 1, b7
    return b7 + "-" + str(0 if r == 0 else 11 - r)


def abn(b11_body):
    # body: 9 digits; the two leading digits are chosen so the ABN mod-89 test holds
    for lead in range(10, 100):
        t = str(lead) + b11_body
        d = _digits(t)
        d[0] -= 1
        if sum(a * w for a, w in zip(d, [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19])) % 89 == 0:
            return "%s %s %s %s" % (t[:2], t[2:5], t[5:8], t[8:])
    raise ValueError(b11_body)


def pl_nip(b9, sep="-"):
    r = _wsum(b9, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11
    assert r != 10, b9
    t = b9 + str(r)
    return sep.join([t[:3], t[3:6], t[6:8], t[8:]]) if sep else t


def uscc(b17):
    alpha = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(alpha.index(c) * x for c, x in zip(b17, w))
    return b17 + alpha[(31 - s % 31) % 31]


def imo(b6):
    return "IMO " + b6 + str(sum(int(a) * w for a, w in zip(b6, range(7, 1, -1))) % 10)


def gb_vat(b7):
    s = _wsum(b7, [8, 7, 6, 5, 4, 3, 2])
    for c in range(97):
        if (s + c) % 97 == 0:
            t = b7 + "%02d" % c
            return "GB %s %s %s" % (t[:3], t[3:7], t[7:])
    raise ValueError(b7)


def fr_spi(b10, sep=True):
    t = b10 + "%03d" % (int(b10) % 511)
    return "%s %s %s %s %s" % (t[:2], t[2:4], t[4:7], t[7:10], t[10:]) if sep else t


def niss(b10):
    return b10 + str(9 - _wsum(b10, [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]) % 10)


def mx_rfc(b12):
    alpha = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ \u00d1"
    s = sum(alpha.index(c) * (13 - i) for i, c in enumerate(("   " + b12)[-12:]))
    return b12 + alpha[(11 - s) % 11]


def saudi_id(b9):
    return b9 + luhn_digit(b9)


def kr_brn(b9):
    d = _digits(b9)
    s = sum(a * w for a, w in zip(d, [1, 3, 7, 1, 3, 7, 1, 3, 5])) + d[8] * 5 // 10
    t = b9 + str((10 - s % 10) % 10)
    return "%s-%s-%s" % (t[:3], t[3:5], t[5:])


def kr_corp(b12):
    s = _wsum(b12, [1, 2] * 6)
    t = b12 + str((10 - s % 10) % 10)
    return t[:6] + "-" + t[6:]


def jp_corp(b12):
    s = sum(a * (1 if n % 2 == 1 else 2) for n, a in enumerate(reversed(_digits(b12)), start=1))
    return str(9 - s % 9) + b12


def iso6346(owner, serial6):
    vals = {}
    v = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    code = owner + serial6
    s = sum((vals[c] if c.isalpha() else int(c)) * 2 ** i for i, c in enumerate(code))
    return "%s %s %d" % (owner, serial6, s % 11 % 10)


def es_cif(letter, b7):
    d = _digits(b7)
    even = d[1] + d[3] + d[5]
    odd = sum(sum(_digits(str(2 * a))) for a in (d[0], d[2], d[4], d[6]))
    c = (10 - (even + odd) % 10) % 10
    return letter + b7 + (str(c) if letter in "ABEH" else "JABCDEFGHI"[c])


def ru_inn10(b9):
    return b9 + str(_wsum(b9, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 11 % 10)


def ogrn(b12):
    return b12 + str(int(b12) % 11 % 10)


def cz_ico(b7):
    r = _wsum(b7, [8, 7, 6, 5, 4, 3, 2]) % 11
    return b7 + str(1 if r == 0 else 0 if r == 1 else 11 - r)


def hu_adoszam(b7, tail="-2-42"):
    return b7 + str((10 - _wsum(b7, [9, 7, 3, 1, 9, 7, 3]) % 10) % 10) + tail


def ro_cui(b):
    s = _wsum(b.rjust(9, "0"), [7, 5, 3, 2, 1, 7, 5, 3, 2])
    return b + str(s * 10 % 11 % 10)


# =============================================================================================
# 1. IDS — national ids, passports, driving licences, residence permits, tax and insurance
#    numbers with cue words in the local language, in forms, tables, OCR text and chats; hard
#    negatives: order, invoice, tracking, container, company registration, VAT, policy and patient
#    record numbers in the same shapes.
# =============================================================================================
import datetime as _dt


def spaced(s, gap=" "):
    """OCR-style spacing: every character of each group apart, groups three spaces apart."""
    return "   ".join(gap.join(g) for g in s.split(" "))


def days_since(d, base):
    return (d - base).days


V["ppsn1"] = ppsn("7384921", "A")
V["tfn1"] = spaced(tfn("45921837"))
V["ird1"] = ird("11948273")
V["sin1"] = sin("72918406")
V["ssn1"] = ssn("318", "72", "4490")
V["aad1"] = verhoeff("73829104652")
V["aad1last4"] = V["aad1"][-4:]
V["aad2"] = to_script(verhoeff("58294710336"), "\u0966")
V["nric1"] = nric("S", "8412937")
V["fin1"] = nric("G", "5829137")
V["hkid1"] = hkid("K", "482193")
V["za1"] = za_id("880415508208")
V["stid1"] = steuer_id("5729184035")
V["svnr1"] = de_svnr("53", "140387", "W", "52")
V["atsv1"] = at_svnr("482", "230791")
V["ahv1"] = ahv("482193705")
V["ahv2"] = ahv("761840329")
V["nir1"] = nir("2870375112048")
V["spi1"] = fr_spi("3048219370")
V["benn1"] = be_nn("870314", "271")
V["bsn1"] = bsn("23841927")
V["bsn1s"] = V["bsn1"][:4] + " " + V["bsn1"][4:6] + " " + V["bsn1"][6:]
V["dni1"] = dni("48219370")
V["nie1"] = nie("Y", "4821937")
V["nss1"] = es_nss("28", "48219370")
V["dni2"] = dni("07418263")
V["cf1"] = codice_fiscale("FRRGLI88C54A944")
V["ptnif1"] = pt_nif("24819370")
V["niss1"] = niss("1204821937")
V["cpf1"] = cpf("482193705")
V["cpf1raw"] = cpf("482193705", False)
V["curp1"] = curp("LOEM900721MJCPSR0")
V["rfc1"] = mx_rfc("LOEM900721K3")
V["cuil1"] = cuil("27", "34821937")
V["rut1"] = rut(16482193)
V["pesel1"] = spaced(pesel("9107230482"), "  ")
V["dowod1"] = pl_id_card("DBK", "48219")
V["pesel2"] = pesel("0224118315")
V["rc1"] = rodne("890623", "482")
V["rc2"] = rodne("925812", "713")
V["taj1"] = taj("04821937")
V["taj2"] = taj("11830462")
V["adoaz1"] = hu_adoazon("8" + "%05d" % days_since(_dt.date(1979, 2, 11), _dt.date(1867, 1, 1)) + "483")
V["adoaz2"] = hu_adoazon("8" + "%05d" % days_since(_dt.date(1993, 10, 4), _dt.date(1867, 1, 1)) + "117")
V["cnp1"] = cnp("285110640482")
V["egn1"] = egn("760928482")
V["oib1"] = oib("4821937056")
V["oibco"] = oib("5648219370")
V["cuitco"] = cuil("30", "71482193")
V["jmbg1"] = jmbg("150498871004")
V["sitax1"] = si_tax("4821937")
V["emso1"] = jmbg("230798550521")
V["inn1"] = ru_inn12("7724821937")
V["snils1"] = snils("148219370")
V["ua1"] = ua_rnokpp("%05d" % days_since(_dt.date(1994, 5, 2), _dt.date(1899, 12, 31)) + "0482")
V["kz1"] = kz_iin("86092740482")
V["afm1"] = afm("14821937")
V["amka1"] = amka("0311820482")
V["tc1"] = tckn("482193705")
V["pnr1"] = "19" + personnummer("861119", "482", "-")
V["samord1"] = personnummer("910381", "336", "-")
V["fnr1"] = fnr("150488", "482")
V["dnr1"] = fnr("550488", "713")
V["cpr1"] = cpr("070995", "482")
V["hetu1"] = spaced(hetu("210683", "-", "482"))
V["kt1"] = kennitala("150488", "48")
V["ee1"] = isikukood("4880415048")
V["lt1"] = isikukood("3920127048")
V["lv1"] = lv_pk("180890", "1048")
V["cn1"] = cn_id("51010719880415482")
V["tw1"] = tw_id("F", "248219370")
V["myn1"] = to_script(my_number("48219370561"), "\uff10").replace(" ", "　")
V["rrn1"] = rrn("880415248219")
V["th1"] = thai_id("148210037052", "-")
V["sa1"] = saudi_id("104821937")
V["ae1"] = emirates_id("1988", "4821937")
V["eg1"] = to_script("28804150104823", "\u0660")
V["il1"] = il_id("04821937")
V["ir1"] = to_script(iran_code("048219370"), "\u06f0")
V["bd1"] = to_script("4821937056", "\u09e6")

x("id", "en", False, """HMRC Starter checklist (text layer of the scanned PDF)
Employee's personal details
1  Last name                          <<N|OKONKWO-BRIGGS>>
2  First names                        <<N|ADAEZE CHIAMAKA>>
3  Are you male or female?            Female
4  Date of birth      DD MM YYYY      <<D|17 09 1992>>
5  Home address                       (held in HR system)
6  National Insurance number          <<ID|SK 48 20 91 B>>
7  Employment start date  DD MM YYYY  02 06 2025
Employer PAYE reference: 120/NA48213""")

x("id", "en", False, """Roadline Car Hire — live chat transcript, 13/06/2025
[09:12] Visitor: hi, picking up at Gatwick North tomorrow 8am, booking RCH-4482193. do you need my licence details in advance?
[09:13] Agent <<N|Marcus>>: Morning! Yes please, the 16-character licence number and the issue number.
[09:15] Visitor: licence number <<ID|HUGHE857142EM9WK>>, issue number 14
[09:15] Visitor: and passport <<ID|548219370>> in case you need a second ID
[09:16] Agent <<N|Marcus>>: Perfect, thanks <<N|Eleanor>>, you're all set for 08:00.""")

x("id", "en", False, """Subject: RE: Missing PPSN – payroll

Hi <<N|Gráinne>>,

Sorry, I thought I'd put it on the form! My PPS number is <<ID|{{=ppsn1}}>>. My start date is still 1 July.

Thanks a million,
<<N|Siobhán Ní Dhuibhir>>

> From: Payroll Team <payroll@brightwater-foods.ie>
> We can't add you to the July payroll run without a PPSN.""")

x("id", "en", False, """Tax file number declaration                                        NAT 3092
Section A: To be completed by the PAYEE
1 What is your tax file number (TFN)?      <<ID|{{=tfn1}}>>
  OR I have made a separate application/enquiry to the ATO for a new or existing TFN  [ ]
2 What is your name?   Title: Ms
  Surname or family name    <<N|NGUYEN>>
  First given name          <<N|THI HOA>>
4 Are you an Australian resident for tax purposes?   [X] Yes""")

x("id", "en", False, """Kia ora <<N|Tāne>>,

Thanks for doing our returns again this year. My IRD number is <<ID|{{=ird1}}>> and <<N|Mere>>'s is on the letter
I scanned last week. The rental income spreadsheet is attached.

Ngā mihi,
<<N|Hemi Walker>>""")

x("id", "en", False, """Microsoft Teams — chat with Onboarding (Toronto)
Jenna Li  2:41 PM
hey! last thing for payroll, can you send your sin? you can just type it here, the chat is internal
Owen Tremblay  2:44 PM
sure, it's <<ID|{{=sin1}}>>
Jenna Li  2:45 PM
got it, thanks owen!""".replace("Jenna Li", "<<N|Jenna Li>>").replace("Owen Tremblay", "<<N|Owen Tremblay>>").replace("thanks owen", "thanks <<N|owen>>"))

x("id", "en", False, """NEW PATIENT INTAKE — Lakeshore Family Medicine
Patient name: <<N|Darlene Whitcomb>>          Sex: F
Primary insurance: Medicare Part B   MBI: <<ID|5KT7-WA4-GP82>>
Secondary insurance: none
Photo ID type: CA driver license   ID #: <<ID|D4827193>>
SSN (last 4 only, or full if Medicaid applicant): <<S|{{=ssn1}}>>
Chart #: 00482193   Visit date: 06/13/2025""")

x("id", "en", False, """Re-KYC form (individual)
Customer ID: 48219370         Branch: Koramangala
Name as per PAN: <<N|RAMYA SUBRAMANIAN>>
PAN: <<ID|BKRPS4827L>>
Aadhaar number (or VID): <<ID|{{=aad1}}>>
Proof of address submitted: Aadhaar (masked copy, XXXX XXXX {{=aad1last4}})
Declaration signed on 12/06/2025""")

x("id", "hi", False, """[13/06/25, 8:02 PM] पापा: बेटा, गैस कनेक्शन के लिए मेरा आधार नंबर चाहिए था न?
[13/06/25, 8:03 PM] पापा: <<ID|{{=aad2}}>>
[13/06/25, 8:05 PM] <<N|अंकिता वर्मा>>: हाँ पापा, मिल गया। कल एजेंसी में दे दूँगी।""")

x("id", "en", False, """TENANCY AGREEMENT (Residential) — Schedule 1
Landlord: <<N|Tan Wei Ming>> (NRIC No. <<ID|{{=nric1}}>>)
Tenant:   <<N|Rohan Mehra>> (FIN <<ID|{{=fin1}}>>, Employment Pass holder)
Term: 24 months commencing 1 July 2025
Monthly rent: S$3,800, payable on the 1st of each month""")

x("id", "zh", False, """香港房屋委員會 — 租戶資料更新表格（副本）
姓名 Name：<<N|陳嘉欣>> <<N|CHAN Ka Yan>>
香港身份證號碼 HKID No.：<<ID|{{=hkid1}}>>
與戶主關係：女兒
聯絡電話：<<P|9482 1937>>
填表日期：2025年6月12日""")

x("id", "en", False, """[12/06/2025, 18:20] <<N|Thandi Mokoena>>: Hi sir, for the lease they want my ID number and my brother's
[12/06/2025, 18:21] <<N|Thandi Mokoena>>: mine is <<ID|{{=za1}}>>, <<N|Sipho>> will send his tonight
[12/06/2025, 18:30] Mr <<N|Pretorius>>: Thanks, I'll fill it in and send you the draft.""")

x("id", "tl", False, """PERSONAL DATA SHEET (CS Form 212)
Apelyido: <<N|DELA CRUZ>>        Pangalan: <<N|MARIA THERESA>>        Gitnang pangalan: <<N|SANTOS>>
GSIS ID No.: <<ID|004821937051>>
PAG-IBIG ID No.: <<ID|1211-4821-9370>>
PHILHEALTH No.: <<ID|12-048219370-4>>
SSS No.: <<ID|34-8219370-5>>
TIN No.: <<ID|482-193-705-000>>""")

x("id", "de", False, """Verdienstabrechnung Juni 2025                         Pers.-Nr. 00482
Frau
<<N|Ayşe Karataş-Brenner>>
Steuer-ID          <<ID|{{=stid1}}>>      StKl. 4   Kinderfreibetrag 1,0   Konf. --
SV-Nummer          <<ID|{{=svnr1}}>>
Krankenkasse       AOK Nordost           KV-Beitragssatz 14,6 %
Eintritt           01.04.2019           Austritt  --
Gesamtbrutto       4.218,40 EUR""")

x("id", "de", False, """Anmeldung zur Sozialversicherung (ELDA) – Kopie für den Dienstnehmer
Familienname: <<N|Hofbauer>>   Vorname: <<N|Katharina>>
Versicherungsnummer: <<ID|{{=atsv1}}>>
Beschäftigt ab: 01.06.2025   Beitragsgruppe: D1
Dienstgeber-Kontonummer: 48219370""")

x("id", "de", False, """Lohnausweis 2024 – Certificat de salaire
A  AHV-Nr. – No AVS:  <<ID|{{=ahv1}}>>
B  Geburtsdatum:      <<D|19.11.1984>>
C  Name, Vorname:     <<N|Gasser, Reto>>
   Arbeitgeber: Bergbahnen Oberhasli AG, Meiringen
8  Bruttolohn total   CHF 86'450.00""")

x("id", "fr", False, """Bonjour Madame <<N|Rochat>>,

Pour finaliser votre inscription à la caisse de chômage, il nous manque votre numéro AVS. Vous le trouvez
au dos de votre carte d'assurance-maladie.

--- réponse ---
Bonjour, le voici : <<ID|{{=ahv2}}>>. Merci !
<<N|Mélanie Rochat>>""")

x("id", "fr", False, """BULLETIN D'ADHÉSION — Mutuelle Santé Horizon                  Contrat n° MH-2025-048219
ADHÉRENT
Nom : <<N|LEROY>>        Prénom : <<N|Camille>>
N° de sécurité sociale :  <<ID|{{=nir1}}>>
N° fiscal (SPI) :  <<ID|{{=spi1}}>>
Régime : Général     Caisse : CPAM de Paris
Date d'effet souhaitée : 01/07/2025""")

x("id", "nl", False, """Van: <<N|Pieter Claes>>
Aan: sociaal secretariaat
Onderwerp: nieuwe werknemer

Dag <<N|Els>>,

Onze nieuwe collega <<N|Lotte Vermeulen>> begint op 1 juli. Haar rijksregisternummer is <<ID|{{=benn1}}>>;
de kopie van haar identiteitskaart volgt via het portaal.

Groeten,
<<N|Pieter>>""")

x("id", "nl", False, """[13-06-2025 21:04] <<N|Sanne>>: mam heb je mijn bsn? moet het invullen bij duo en mijn pas ligt bij jullie
[13-06-2025 21:10] Mama: <<ID|{{=bsn1s}}>> staat op je paspoort achterop
[13-06-2025 21:11] <<N|Sanne>>: top dankjewel 😘""")

x("id", "es", False, """[12/6/25 22:41] <<N|Lucía Márquez>>: oye, para reservar el apartamento me piden el dni de los dos
[12/6/25 22:42] <<N|Lucía Márquez>>: el mío es <<ID|{{=dni1}}>>
[12/6/25 22:45] <<N|Andrei>>: el mío es NIE, <<ID|{{=nie1}}>>, la tarjeta caduca en octubre
[12/6/25 22:45] <<N|Lucía Márquez>>: perfecto, lo meto ya""")

x("id", "es", False, """RECIBO DE SALARIOS                                           Periodo: 01/05/2025 – 31/05/2025
EMPRESA: Talleres Arganda S.L.        CIF: B84821937        C.C.C.: 28/1048219/37
TRABAJADOR/A                          DNI                 Nº AFILIACIÓN S.S.       GRUPO COT.
<<N|PEÑA VILLAR, ROCÍO>>                   <<ID|{{=dni2}}>>           <<ID|{{=nss1}}>>        5
Antigüedad: 14/02/2019     Categoría: Oficial 1ª     Total devengado: 1.986,40""")

x("id", "it", False, """MODULO DI ISCRIZIONE — Palestra Comunale Borgo Panigale
Cognome: <<N|Ferraresi>>         Nome: <<N|Giulia>>
Codice fiscale: <<ID|{{=cf1}}>>
Documento: carta d'identità elettronica n. <<ID|CA48219DE>>, rilasciata dal Comune di Bologna
Certificato medico: valido fino al 31/05/2026""")

x("id", "pt", False, """CONTRATO DE TRABALHO A TERMO CERTO
Entre Padaria Flor do Minho, Lda., com sede em Braga, e
<<N|Inês Carvalho Pimentel>>, portadora do NIF <<ID|{{=ptnif1}}>> e do NISS <<ID|{{=niss1}}>>,
é celebrado o presente contrato, com início em 1 de julho de 2025.""")

x("id", "pt", False, """[13/06 19:22] <<N|Rafa>>: amor manda teu cpf pra eu fazer a reserva do hotel
[13/06 19:25] <<N|Juliana Prado>>: <<ID|{{=cpf1raw}}>>
[13/06 19:25] <<N|Juliana Prado>>: sem pontinho mesmo, copia e cola
[13/06 19:26] <<N|Rafa>>: feito ❤️""")

x("id", "es", False, """CONSTANCIA DE SITUACIÓN FISCAL
Datos de identificación del contribuyente:
RFC: <<ID|{{=rfc1}}>>
CURP: <<ID|{{=curp1}}>>
Nombre(s): <<N|MARIANA>>
Primer apellido: <<N|LÓPEZ>>
Segundo apellido: <<N|ESTRADA>>
Fecha inicio de operaciones: 01 DE MARZO DE 2018""")

x("id", "es", False, """RECIBO DE HABERES – Mayo 2025
Empleador: Distribuidora Pampa S.A.   CUIT {{=cuitco}}
Apellido y nombre: <<N|GIMÉNEZ, SOFÍA BELÉN>>
CUIL: <<ID|{{=cuil1}}>>     DNI: <<ID|34.821.937>>
Categoría: Administrativa B   Fecha de ingreso: 02/03/2020""")

x("id", "es", False, """CONTRATO DE ARRENDAMIENTO
En Santiago, a 10 de junio de 2025, comparecen don <<N|Felipe Araya Rojas>>, cédula nacional de identidad
N° <<ID|{{=rut1}}>>, en adelante "el arrendatario", y Inmobiliaria Los Aromos SpA, en adelante "la arrendadora".""")

x("id", "es", False, """<<N|Camilo>> 🇨🇴: parce ya llené lo del arriendo pero me falta tu cédula
<<N|Valentina Ospina>>: <<ID|1.020.482.193>> de Bogotá
<<N|Camilo>> 🇨🇴: listo, gracias""")

x("id", "pl", False, """WNIOSEK O WYDANIE KARTY PARKINGOWEJ                 (skan, rozpoznany tekst)
1. Nazwisko:  <<N|KOWALCZYK>>
2. Imię:  <<N|MARTA>>
3. Nr PESEL:  <<ID|{{=pesel1}}>>
4. Adres zamieszkania: (patrz załącznik)
5. Data złożenia wniosku: 1 2 . 0 6 . 2 0 2 5""")

x("id", "pl", False, """<<N|Bartek>>, 20:14
Mamo, do wniosku o paszport dla <<N|Zuzi>> potrzebuję numer Twojego dowodu
Mama, 20:31
<<ID|{{=dowod1}}>> ważny do 2029
a <<N|Zuzi>> PESEL masz? <<ID|{{=pesel2}}>>
<<N|Bartek>>, 20:32
dzięki 👍""")

x("id", "cs", False, """<<N|Ondra>>: čau, pojišťovna chce tvoje rodný číslo k té smlouvě
<<N|Klára Benešová>>: <<ID|{{=rc1}}>>
<<N|Klára Benešová>>: a číslo občanky <<ID|204821937>>
<<N|Ondra>>: díky, posílám""")

x("id", "sk", False, """ŽIADOSŤ O PRÍSPEVOK NA REKREÁCIU ZAMESTNANCA
Meno a priezvisko: <<N|Zuzana Kováčiková>>
Rodné číslo: <<ID|{{=rc2}}>>
Osobné číslo zamestnanca: 4821
Termín rekreácie: 14. 7. 2025 – 20. 7. 2025""")

x("id", "hu", False, """JELENLÉTI ÍV ÉS ADATLAP – 2. oldal (a fejléc az 1. oldalon: Sorsz., Név, TAJ, Adóazonosító, Aláírás)
14.  <<N|Horváth Bence>>          <<ID|{{=taj1}}>>     <<ID|{{=adoaz1}}>>     ...........
15.  <<N|Szabó-Fehér Lilla>>      <<ID|{{=taj2}}>>     <<ID|{{=adoaz2}}>>     ...........
Összesen: 15 fő""")

x("id", "ro", False, """CERERE PENTRU ELIBERAREA CERTIFICATULUI DE URBANISM
Subsemnata <<N|Elena Dumitrescu>>, CNP <<ID|{{=cnp1}}>>, posesoare a CI <<ID|RX 482193>>,
solicit eliberarea certificatului de urbanism pentru imobilul situat în intravilanul comunei Corbeanca.
Data: 11.06.2025""")

x("id", "bg", False, """ДОГОВОР ЗА НАЕМ НА ЖИЛИЩЕ
Днес, 10.06.2025 г., в гр. Пловдив, между:
1. <<N|Георги Петров Стоянов>>, ЕГН <<ID|{{=egn1}}>>, л.к. № <<ID|648219370>>, издадена от МВР – Пловдив,
наричан по-долу НАЕМОДАТЕЛ, и
2. Строймонтаж Юг ЕООД, ЕИК 204821937, наричано по-долу НАЕМАТЕЛ, се сключи настоящият договор.""")

x("id", "hr", False, """UGOVOR O DJELU br. 48/2025
Naručitelj: Vinarija Kutjevo d.o.o., OIB {{=oibco}}
Izvođač: <<N|Ivana Marić>>, OIB: <<ID|{{=oib1}}>>
Predmet ugovora: izrada etiketa za berbu 2025.""")

x("id", "sr", False, """ИЗЈАВА О САГЛАСНОСТИ
Ја, <<N|Милица Јовановић>>, ЈМБГ <<ID|{{=jmbg1}}>>, број личне карте <<ID|004821937>>,
сагласна сам да мој син <<N|Лука>> учествује на школској екскурзији.
У Београду, 09.06.2025.""")

x("id", "sl", False, """Pozdravljeni,
v prilogi pošiljam podpisano pogodbo. Za obračun potrebujete še moj EMŠO: <<ID|{{=emso1}}>>,
davčna številka pa je <<ID|{{=sitax1}}>>.
Lep pozdrav,
<<N|Nina Kovač>>""")

x("id", "ru", False, """АНКЕТА ЗАЁМЩИКА  (распознано с бланка)
Ф И О:  <<N|Лебедева Анна Сергеевна>>
Паспорт (серия, номер):  <<ID|45 12 482193>>   выдан 14.03.2012
И Н Н:  <<ID|{{=inn1}}>>
С Н И Л С:  <<ID|{{=snils1}}>>
Стаж на последнем месте работы: 4 года""")

x("id", "uk", False, """<<N|Ірина Ткаченко>>, [12.06.2025 10:14]
Пані <<N|Олю>>, ось дані для договору:
РНОКПП <<ID|{{=ua1}}>>
ID-картка № <<ID|004821937>>, видана 2019 р.

<<N|Ольга Савчук>>, [12.06.2025 10:20]
Дякую, до обіду надішлю проєкт.""")

x("id", "kk", False, """Өтініш
Аты-жөні: <<N|Айгерім Нұрланқызы Сейітова>>
ЖСН: <<ID|{{=kz1}}>>
Жеке куәлік № <<ID|048219370>>, берілген күні 15.03.2016
Өтініш берілген күн: 11.06.2025""")

x("id", "el", False, """ΥΠΕΥΘΥΝΗ ΔΗΛΩΣΗ (άρθρο 8 Ν.1599/1986)
Όνομα: <<N|ΔΗΜΗΤΡΑ>>            Επώνυμο: <<N|ΚΑΡΑΓΙΑΝΝΗ>>
Αριθ. Δελτ. Ταυτότητας: <<ID|ΑΚ 482193>>
ΑΦΜ: <<ID|{{=afm1}}>>     ΑΜΚΑ: <<ID|{{=amka1}}>>
Με ατομική μου ευθύνη δηλώνω ότι δεν έχω λάβει άλλο επίδομα για το ίδιο έτος.""")

x("id", "tr", False, """[13.06.2025 21:02] <<N|Zeynep Arslan>>: Canım, uçak biletini alırken TC'ni soruyor
[13.06.2025 21:04] <<N|Can>>: <<ID|{{=tc1}}>>
[13.06.2025 21:04] <<N|Can>>: pasaport no da <<ID|U48219370>> lazım olursa
[13.06.2025 21:05] <<N|Zeynep Arslan>>: tamamdır""")

x("id", "sv", False, """<<N|Elin>> 14:02
hej! hyresvärden vill ha personnummer för alla i kontraktet
<<N|Elin>> 14:02
mitt: <<ID|{{=pnr1}}>>
<<N|Farid>> 14:09
jag har bara samordningsnummer än så länge: <<ID|{{=samord1}}>>
<<N|Elin>> 14:10
det funkar""")

x("id", "nb", False, """SØKNAD OM BARNEHAGEPLASS – Bergen kommune
Barnets navn: <<N|Ella Haugen>>      Fødselsnummer: <<ID|{{=fnr1}}>>
Foresatt 1: <<N|Ingrid Haugen>>
Foresatt 2: <<N|Dawit Tesfaye>>    D-nummer: <<ID|{{=dnr1}}>>
Ønsket oppstart: 15.08.2025""")

x("id", "da", False, """<<N|Mads>>: hvad er dit cpr igen? skal bruge det til forsikringen
<<N|Sofie Lund>>: <<ID|{{=cpr1}}>>
<<N|Mads>>: tak skat ❤️""")

x("id", "fi", False, """HAKEMUS – ASUKASPYSÄKÖINTITUNNUS                       (skannattu lomake)
Hakijan nimi   <<N|Korhonen Sanna>>
Henkilötunnus  <<ID|{{=hetu1}}>>
Ajoneuvon rekisteritunnus  KZP-482
Päiväys  1 1 . 0 6 . 2 0 2 5""")

x("id", "is", False, """Umsókn um leikskólapláss – Reykjavíkurborg
Nafn barns: <<N|Sól Jónsdóttir>>
Kennitala: <<ID|{{=kt1}}>>
Forráðamaður: <<N|Guðrún Jónsdóttir>>
Umsókn móttekin: 10.06.2025""")

x("id", "et", False, """Tere!
Saadan lepingu jaoks vajalikud andmed: <<N|Kadri Tamm>>, isikukood <<ID|{{=ee1}}>>.
Pangakonto tuleb eraldi kirjaga.
Parimate soovidega,
<<N|Kadri>>""")

x("id", "lt", False, """PRAŠYMAS DĖL AUTOMOBILIO STATYMO LEIDIMO
Vardas, pavardė: <<N|Mantas Petrauskas>>
Asmens kodas: <<ID|{{=lt1}}>>
Data: 2025-06-11""")

x("id", "lv", False, """Iesniegums
Vārds, uzvārds: <<N|Laura Bērziņa>>
Personas kods: <<ID|{{=lv1}}>>
Lūdzu piešķirt man atvaļinājumu no 2025. gada 14. jūlija.""")

x("id", "zh", False, """<<N|王芳>>：酒店那边要入住人的身份证号，你发我一下
<<N|李明>>：<<ID|{{=cn1}}>>
<<N|李明>>：护照号是<<ID|EH4821937>>，万一要用
<<N|王芳>>：好的，已经填了""")

x("id", "zh", False, """國民健康保險 投保單位申報表（影本）
姓名：<<N|林怡君>>
國民身分證統一編號：<<ID|{{=tw1}}>>
投保薪資：新台幣 38,200 元
加保日期：114 年 6 月 1 日""")

x("id", "ja", False, """扶養控除等（異動）申告書　令和7年分
氏名　　　<<N|佐々木　遥>>
個人番号　<<ID|{{=myn1}}>>
運転免許証番号　<<ID|304821937060>>
配偶者：<<N|ジョシュア・ベネット>>　在留カード番号　<<ID|AB48219370CD>>""")

x("id", "ko", False, """[<<N|김다은>>] [오후 9:14] 보험 가입하는데 주민번호 좀 알려줘
[<<N|김다은>>] [오후 9:14] 엄마 거 말고 언니 거
[<<N|김수연>>] [오후 9:20] <<ID|{{=rrn1}}>>
[<<N|김수연>>] [오후 9:20] 여권번호도 필요하면 <<ID|M48219370>>""")

x("id", "th", False, """<<N|น้ำฝน>>: พี่ค่ะ ขอเลขบัตรประชาชนพี่หน่อย จะกรอกประกันเดินทางให้
<<N|กิตติพงษ์ แสงทอง>>: <<ID|{{=th1}}>>
<<N|น้ำฝน>>: ได้แล้วค่ะ ขอบคุณค่ะ""")

x("id", "vi", False, """<<N|Hương>>: anh ơi gửi em số CCCD để em đặt vé tàu
<<N|Trần Minh Đức>>: <<ID|079088004821>>
<<N|Hương>>: dạ em nhận rồi ạ""")

x("id", "id", False, """[12/6 19:40] <<N|Rina Wulandari>>: Mas, buat daftar BPJS aku perlu NIK kamu
[12/6 19:42] <<N|Dimas>>: <<ID|3174050508880003>>
[12/6 19:42] <<N|Dimas>>: NPWP ku <<ID|48.219.370.5-407.000>>
[12/6 19:43] <<N|Rina Wulandari>>: makasih ya""")

x("id", "ms", False, """BORANG PERMOHONAN KAD AHLI PERPUSTAKAAN
Nama penuh: <<N|Nurul Aisyah binti Abdullah>>
No. Kad Pengenalan: <<ID|880415-14-5082>>
No. Pasport (bukan warganegara): -
Tarikh permohonan: 11/06/2025""")

x("id", "ar", False, """نموذج طلب بطاقة عضوية — النادي الرياضي
الاسم: <<N|فهد بن سعد العتيبي>>
رقم الهوية الوطنية: <<ID|{{=sa1}}>>
رقم الجوال: <<P|0551 482 193>>
تاريخ الطلب: 1446/12/15 هـ""")

x("id", "ar", False, """عقد إيجار سكني — إمارة دبي
المستأجر: <<N|محمد عبدالله الحمادي>>
رقم الهوية الإماراتية: <<ID|{{=ae1}}>>
رقم جواز السفر: <<ID|P48219370>>
مدة العقد: سنة واحدة تبدأ في 01/07/2025""")

x("id", "ar", False, """إقرار
أقر أنا / <<N|منى أحمد السيد>>، الرقم القومي <<ID|{{=eg1}}>>، بأن البيانات المذكورة صحيحة.
التوقيع: ...........""")

x("id", "he", False, """<<N|יובל>>: אמא, הביטוח צריך את המספר זהות שלך
<<N|יובל>>: שולח לך את הטופס
אמא: <<ID|{{=il1}}>>
<<N|יובל>>: תודה!""")

x("id", "fa", False, """<<N|سارا>>: سلام، برای ثبت‌نام کلاس کد ملی‌ات را بفرست
<<N|امیر حسینی>>: <<ID|{{=ir1}}>>
<<N|سارا>>: ممنون، ثبت شد""")

x("id", "ur", False, """درخواست فارم — ملازمت
نام: <<N|محمد عمران خان>>
شناختی کارڈ نمبر: <<ID|35202-4821937-5>>
تاریخ: 11-06-2025""")

x("id", "bn", False, """আবেদনপত্র — ট্রেড লাইসেন্স নবায়ন
আবেদনকারীর নাম: <<N|মোছাম্মৎ রুমানা আক্তার>>
জাতীয় পরিচয়পত্র নম্বর: <<ID|{{=bd1}}>>
তারিখ: ১১/০৬/২০২৫""")

x("id", "sw", False, """<<N|Wanjiru>>: Habari, nimesajili laini mpya. Wananiuliza nambari ya kitambulisho
<<N|Wanjiru>>: ni <<ID|28419375>>
Wakala <<N|Otieno>>: Asante. Na PIN ya KRA kwa ajili ya mkopo?
<<N|Wanjiru>>: <<ID|A004821937Z>>""")

x("id", "en", False, """NIMC — enrolment slip (copy kept by the agent)
Surname: <<N|ADEBAYO>>      First name: <<N|OLUWASEUN>>      Middle name: <<N|TEMITOPE>>
NIN: <<ID|48219370561>>
Enrolment date: 09/06/2025
Enrolment centre: Ikeja LGA""")

# ---- hard negatives: company, order, tracking, container, policy and record numbers ------------


def cvr(b7):
    s = _wsum(b7, [2, 7, 6, 5, 4, 3, 2])
    for c in range(10):
        if (s + c) % 11 == 0:
            return b7 + str(c)
    raise ValueError(b7)


def fr_tva(siren):
    return "FR%02d%s" % ((12 + 3 * (int(siren) % 97)) % 97, siren)


V["siren1"] = siret("48219370")
V["siret1"] = siret(V["siren1"] + "0001")
V["tva1"] = fr_tva(V["siren1"])
V["siren1s"] = "%s %s %s" % (V["siren1"][:3], V["siren1"][3:6], V["siren1"][6:])
V["siret1s"] = "%s %s" % (V["siren1s"], V["siret1"][9:])
V["gbvat1"] = gb_vat("4821937")
V["abn1"] = abn("482193705")
V["cont1"] = iso6346("MSCU", "482193")
V["cont2"] = iso6346("TGHU", "705518")
V["cont3"] = iso6346("CMAU", "193705")
V["imo1"] = imo("948219")
V["piva1"] = "0482193037" + luhn_digit("0482193037")
V["cnpj1"] = cnpj("482193700001")
V["nipc1"] = pt_nif("50482193")
V["nip1"] = pl_nip("482193705")
V["ico1"] = cz_ico("4821937")
V["vs1"] = rodne("880615", "483").replace("/", "")
V["adoszam1"] = hu_adoszam("2482193")
V["cui1"] = ro_cui("4821937")
V["inn10"] = ru_inn10("772482193")
V["ogrn1"] = ogrn("102770482193")
V["seorg1"] = se_orgnr("556482193")
V["noorg1"] = no_orgnr("98219370")
V["cvr1"] = cvr("4821937")
V["yt1"] = ytunnus("2482193")
V["afmco"] = afm("09482193")
V["uscc1"] = uscc("91440300MA5F48219")
V["jpc1"] = jp_corp("010401482193")
V["krbrn1"] = kr_brn("482193705")
V["krcorp1"] = kr_corp("110111482193")
V["thco1"] = thai_id("010555948219", "")
V["ilco1"] = il_id("51482193")
V["mxrfc1"] = mx_rfc("DPA150312K4")
V["clrut1"] = rut(76482193)
V["arcuit1"] = cuil("30", "71820494")
V["cif1"] = es_cif("B", "8482193")
V["sa_cr1"] = "1010482193"

x("id", "en", True, """Harbour Foods (UK) Ltd · Registered in England and Wales, company no. 08412937
VAT reg. no. {{=gbvat1}} · EORI GB482193705000 · Corporation Tax UTR 48213 90571
Invoice INV-2025-048219 · Customer account 004821937 · PO 4500482193
Payment terms 30 days. Please quote the invoice number with your remittance.""")

x("id", "en", True, """Royal Mail Tracked 48 — proof of postage
Item reference: JK482193705GB
Service: Tracked 48 Signed
Posted: 12/06/2025 16:41, Leeds Delivery Office
Collection point ID: 4821937   Barcode: 4821 9370 5128 3346 01""")

x("id", "en", True, """W-9 summary for vendor file (entity, not an individual)
Legal name: Lakeshore Medical Supplies LLC
Federal EIN: 47-4821937
D-U-N-S: 08-482-1937
ACH routing no. 021000021 (bank's published routing number)
Vendor no. V-48219, payment terms Net 45""")

x("id", "en", True, """Docket entry 14 in Case No. 2:24-cv-04821-JLR (W.D. Wash.)
Exhibit B cites U.S. Patent No. 11,482,193 B2 and the standard ISO/IEC 27001:2022.
Also relevant: ISBN 978-0-262-04821-9 (chapter 7) and DOI 10.1145/3482193.3705518.""")

x("id", "en", True, """TAX INVOICE
Sundaram Textiles Pvt Ltd · GSTIN 29AAKCS4821R1Z5 · CIN U72900KA2015PTC482193
Invoice No. STX/25-26/04821   Date 12-06-2025   Place of supply: Karnataka (29)
HSN 5208 · Order ID 402-4821937-0561128
IRCTC PNR for the sales team's travel: 4821937056 (reimbursed separately)""")

x("id", "en", True, """Tax invoice — Outback Fencing Supplies Pty Ltd
ABN {{=abn1}}   ACN 148 219 370
Invoice 00482193, due 30 days. BSB 062-000 is our bank's public BSB for the account below.
Customer reference: JOB-4821/2025""")

x("id", "en", True, """Receipt — Lion City Aircon Services Pte. Ltd.
UEN 201948213K · GST Reg. No. M90482193K
Job sheet barcode: JS-8412937-0613 · Booking no. BK-482193
Service: chemical wash, 3 units.""")

x("id", "en", True, """Karoo Solar (Pty) Ltd · Reg. No. 2015/482193/07 · VAT No. 4820193756
B-BBEE Level 2 · Quote Q-48219 valid for 30 days
Installation reference 8804155082""")

x("id", "en", True, """SEA WAYBILL  No. MEDUJ4821937
Vessel: MSC ARIANE   {{=imo1}}   Voyage: FA521W
Containers:
  {{=cont1}}   40' HC   seal ML-4821937   gross 18,204 kg
  {{=cont2}}   20' DV   seal ML-4821938   gross 9,812 kg
  {{=cont3}}   40' HC   seal ML-4821939   gross 21,377 kg
Port of loading: Ningbo   Port of discharge: Felixstowe""")

x("id", "en", True, """LIS interface log (names stripped in this view)
2025-06-13 08:14:02 ORM^O01 received  MRN=00482193  ENC=48219370  ACC=25-0613-0042  ORD=CBC,U&E
2025-06-13 08:14:03 specimen SPC-4821937-01 registered, rack 12 pos 4
2025-06-13 09:02:47 ORU^R01 sent      MRN=00482193  ENC=48219370  ACC=25-0613-0042  status=F""")

x("id", "en", True, """Workday report: Open positions by cost centre (no personal data)
Req ID      Position ID   Cost centre   Grade   Badge range reserved
R-0048219   P-482193      CC-4821       G7      48219-48230
R-0048220   P-482194      CC-4821       G5      48231-48240
Employee ID format: E + 6 digits; badge numbers are reused after 12 months.""")

x("id", "en", True, """Support ticket #482193 (auto-summary)
Order ID: 114-4821937-0561128   Transaction ID: TXN48219370561
Device ID: 8F3A-4821-93B7   Session ID: s_4821937056
Patient ID field was left blank by the clinic, so no lookup was performed.
Resolution: refund issued to the original payment method.""")

x("id", "de", True, """Impressum
Brenner Haustechnik GmbH, Sitz: Augsburg
Registergericht: Amtsgericht Augsburg, HRB 48219
USt-IdNr.: DE482193705
Steuernummer: 103/482/19370
WEEE-Reg.-Nr.: DE 48219370
Geschäftsführung: siehe Handelsregister""")

x("id", "de", True, """Sehr geehrte Damen und Herren,

zu Ihrer Versicherungsscheinnummer KV-4821937-05 (Vertragsnummer 48219370512) erhalten Sie anbei die
Beitragsrechnung. Ihre Kundennummer lautet 0048219370. Die Rücksendung erfolgt mit DHL,
Sendungsnummer 00340434482193705128.

Mit freundlichen Grüßen
Ihr Kundenservice""")

x("id", "fr", True, """Mentions légales
Atelier Vélo Rhône SAS au capital de 20 000 €
RCS Lyon {{=siren1s}} — SIRET {{=siret1s}} — TVA intracommunautaire {{=tva1}}
Code APE 4764Z
Hébergeur : voir la page dédiée.""")

x("id", "fr", True, """Votre commande n° 4821937056 a été expédiée.
Numéro de suivi Colissimo : 6A48219370512
Numéro d'adhérent fidélité : 2 48 219 370 (carte Club Vélo)
Contrat d'entretien n° CTR-2025-048219, échéance 12/06/2026""")

x("id", "nl", True, """Factuur F2025-04821
Installatiebedrijf De Waal B.V. — KvK 48219370 — btw NL004821937B01
Betalingskenmerk: 4821 9370 5128 3346
Uw klantnummer: 23841927 (let op: dit is geen burgerservicenummer)
Vervaldatum: 27-06-2025""")

x("id", "es", True, """PRESUPUESTO Nº 2025/0482
Reformas Albaicín S.L. — CIF {{=cif1}} — Inscrita en el Registro Mercantil de Granada, tomo 1482, folio 193
Nº de pedido: PED-48219370
Póliza de responsabilidad civil: 0482-193705-11
Expediente municipal: 2025/48219-OBR""")

x("id", "it", True, """Fattura n. 482/2025 del 12/06/2025
Falegnameria Dolomiti S.r.l. — P.IVA {{=piva1}} — REA BZ-482193
Codice destinatario SDI: M5UXCR1
Numero d'ordine: ORD-48219370""")

x("id", "pt", True, """NOTA FISCAL ELETRÔNICA — DANFE
Emitente: Cerâmica Serra Azul Ltda   CNPJ {{=cnpj1}}   IE 482.193.705.118
Chave de acesso: 3525 0648 2193 7000 0148 5500 1000 0482 1910 0482 1937
Protocolo de autorização: 135250004821937   Pedido: 48219370""")

x("id", "pt", True, """Fatura FT 2025/482
Oficina Auto Tâmega, Lda. — NIPC {{=nipc1}} — Capital social 5.000 €
Matrícula do veículo reparado: 48-XR-19
Encomenda n.º 482193705""")

x("id", "pl", True, """FAKTURA VAT nr 482/06/2025
Sprzedawca: Stolarnia Modrzew sp. z o.o., NIP {{=nip1}}, REGON 482193705, KRS 0000482193
Numer zamówienia: 88041504821
Numer przesyłki InPost: 520000048219370512345678""")

x("id", "cs", True, """FAKTURA – DAŇOVÝ DOKLAD č. 2025-0482
Dodavatel: Pekárna U Mlýna s.r.o., IČO {{=ico1}}, DIČ CZ{{=ico1}}
Variabilní symbol: {{=vs1}}     Konstantní symbol: 0308
Číslo objednávky: 4821937
Splatnost: 27. 6. 2025""")

x("id", "hu", True, """SZÁMLA  2025/0482
Eladó: Tisza Kertészet Kft.  Adószám: {{=adoszam1}}  Cégjegyzékszám: 01-09-482193
Rendelésszám: 8442994823
Fizetési határidő: 2025. június 27.""")

x("id", "ro", True, """FACTURĂ seria CLJ nr. 0482193
Furnizor: Lactate Someș S.R.L., CUI RO{{=cui1}}, Nr. Reg. Com. J12/4821/2019
Nr. comandă: 5250613048219
Termen de plată: 27.06.2025""")

x("id", "ru", True, """Счёт на оплату № 482 от 12.06.2025
Поставщик: ООО «Уральские окна»
ИНН {{=inn10}}   КПП 772401001   ОГРН {{=ogrn1}}
Номер заказа: 4512482193   Трек-номер СДЭК: 1482193705""")

x("id", "sv", True, """Faktura 48219 från Norrsken Måleri AB
Org.nr {{=seorg1}} · Godkänd för F-skatt
Bankgiro 482-1937 · OCR-nummer 4821937056128
Ordernummer 861119-4821 (ert referensnummer från offerten)""")

x("id", "nb", True, """Faktura 48219 – Fjordlys Elektro AS
Org.nr. {{=noorg1}} MVA
KID-nummer: 150488482460
Kontonummer: 1503.48.21937""")

x("id", "da", True, """Faktura nr. 48219 — Vesterhavs VVS ApS
CVR-nr. {{=cvr1}} — EAN-nr. 5798004821937
Ordrenummer: 070995-4821
Betalingsfrist: 8 dage""")

x("id", "fi", True, """LASKU 48219
Kattoremontti Laine Oy, Y-tunnus {{=yt1}}
Viitenumero 21068 34824 82
Tilausnumero 2106834824""")

x("id", "tr", True, """e-Arşiv Fatura
Satıcı: Ege Zeytin Gıda A.Ş.   Vergi Dairesi: Bornova   VKN: 4821937058
Mersis No: 0482193705800015
Sipariş No: 48219370512   Kargo Takip No: 7482193705128""")

x("id", "el", True, """ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ Α-482
Εκδότης: ΑΙΓΑΙΟ ΛΟΓΙΣΤΙΚΗ Α.Ε., ΑΦΜ {{=afmco}}, ΔΟΥ ΦΑΕ Αθηνών, ΓΕΜΗ 148219370000
Αριθμός παραγγελίας: 0311820482
Τρόπος πληρωμής: κατάθεση""")

x("id", "zh", True, """电子发票（普通发票）
销售方名称：深圳市前海云帆科技有限公司
统一社会信用代码：{{=uscc1}}
订单号：250613482193705128
顺丰运单号：SF1482193705128
开票日期：2025年06月13日""")

x("id", "ja", True, """適格請求書
株式会社みなと精機　法人番号 {{=jpc1}}
登録番号 T{{=jpc1}}
注文番号：4821-9370-5612
お問い合わせ番号（ヤマト運輸）：4821-9370-5128""")

x("id", "ko", True, """거래명세서
공급자: (주)한빛테크  사업자등록번호 {{=krbrn1}}
법인등록번호 {{=krcorp1}}
주문번호 20250613-0048219
운송장번호 4821-9370-5128""")

x("id", "th", True, """ใบกำกับภาษี/ใบเสร็จรับเงิน เลขที่ INV2506-04821
บริษัท สยามแพ็คเกจจิ้ง จำกัด (สำนักงานใหญ่)
เลขประจำตัวผู้เสียภาษีอากร {{=thco1}}
เลขที่ใบสั่งซื้อ PO-4821937""")

x("id", "vi", True, """HÓA ĐƠN GIÁ TRỊ GIA TĂNG
Đơn vị bán hàng: CÔNG TY TNHH CƠ KHÍ PHÚ AN
Mã số thuế: 0314821937
Mã đơn hàng: 250613PXK4821
Mã vận đơn: SPXVN048219370512""")

x("id", "id", True, """INVOICE INV/20250613/MPL/4821937056
Penjual: PT Sinar Kopi Nusantara — NPWP 01.482.193.7-054.000 — NIB 9120304821937
Nomor pesanan: 2506134821937051
No. resi J&T: JP4821937056""")

x("id", "ms", True, """INVOIS CUKAI
Syarikat: Kedai Elektrik Jaya Sdn. Bhd. (202301048219 / 1498213-X)
No. Pendaftaran SST: W10-1808-31048219
No. pesanan: 880415148219""")

x("id", "ar", True, """فاتورة ضريبية مبسطة
شركة نخيل الخليج للتجارة — السجل التجاري: {{=sa_cr1}}
الرقم الضريبي: 310482193700003
رقم الطلب: 104821937
رقم الشحنة: SMSA 2904821937""")

x("id", "ar", True, """فاتورة — مؤسسة الواحة للصيانة، دبي
رقم التسجيل الضريبي (TRN): 100482193700003
رقم الرخصة التجارية: CN-4821937
رقم أمر العمل: WO-2025-04821""")

x("id", "he", True, """חשבונית מס 48219
גלבוע שיפוצים בע"מ, ח.פ. {{=ilco1}}
מספר הזמנה: 482193705
מספר משלוח: IL4821937056""")

x("id", "es", True, """FACTURA ELECTRÓNICA (CFDI 4.0)
Emisor: Distribuidora Pacífico Azul, S.A. de C.V.   RFC: {{=mxrfc1}}
Folio fiscal: 4F8A21C9-3B7E-4D05-9A61-0482193705AB
Pedido: 48219370   Régimen fiscal: 601""")

x("id", "es", True, """BOLETA ELECTRÓNICA N° 4821937
Ferretería Los Andes SpA — RUT {{=clrut1}}
Giro: venta al por menor de artículos de ferretería
Orden de compra: 16-482193""")

x("id", "es", True, """FACTURA B N° 0004-00482193
Panificadora del Sur S.R.L. — CUIT {{=arcuit1}} — IIBB 901-482193-7
Inicio de actividades: 01/03/2015
Remito N° 0004-00048219""")

# =============================================================================================
# 2. PERSONS — chats in scripts without case, single given names in chats, names in forms and
#    signatures, names in tables with far-away headers; hard negatives: products, public figures,
#    historical and fictional people, placeholders, streets and companies named after people,
#    capitalised common words and role titles.
# =============================================================================================

x("person", "zh", False, """【三年级二班家长群】
<<N|张雨涵>>妈妈：各位家长好，明天春游需要带午餐吗？
<<N|王>>老师：需要的，另外请给孩子准备一顶帽子和一瓶水。
<<N|李浩然>>爸爸：收到。<<N|刘子轩>>今天发烧，明天请假，麻烦<<N|王>>老师登记一下。
<<N|王>>老师：好的，祝<<N|子轩>>早日康复。""")

x("person", "zh", False, """[钉钉] 项目群 · 6月13日
<<N|陈静>>：@全体成员 周五下午的评审改到302会议室
<<N|赵志刚>>：收到，我让<<N|晓燕>>把投影仪借过来
<<N|陈静>>：谢谢。另外<<N|孙磊>>的年假从下周一开始，他的工作暂时由<<N|周敏>>接手
<<N|周敏>>：好的👌""")

x("person", "zh", False, """<<N|志豪>>：今晚聚餐改到七點，<<N|怡君>>會晚一點到
<<N|黃志明>>：OK，我去接<<N|宥廷>>
<<N|志豪>>：記得帶<<N|佩珊>>的生日蛋糕🎂""")

x("person", "ja", False, """[LINE] サークル連絡
<<N|みさき>>：明日の練習、<<N|たかし>>くんが鍵を持ってくるって
<<N|中村 拓海>>：了解！<<N|えり>>ちゃんも来れるかな？
<<N|みさき>>：<<N|えり>>は夕方からバイトだって
<<N|中村 拓海>>：じゃあ<<N|小西>>さんに連絡しておくね""")

x("person", "ja", False, """株式会社ミナト精機
ご担当者様

いつもお世話になっております。
先日ご依頼いただいた見積書を添付いたします。ご不明点は弊社の<<N|大塚>>までお問い合わせください。

――――――――――――
株式会社ヒカリ工業　営業部
<<N|小林 美穂>>（<<N|こばやし みほ>>）""")

x("person", "ko", False, """[카카오톡] 동아리 단톡방
[<<N|박서준>>] [오후 2:13] 오늘 회의 7시 맞죠?
[<<N|이하은>>] [오후 2:15] 네 맞아요. <<N|민재>> 씨가 자료 준비한대요
[<<N|정민재>>] [오후 2:16] 넵 ㅎㅎ <<N|서준>> 님은 음료 부탁드려요
[<<N|박서준>>] [오후 2:16] 콜""")

x("person", "th", False, """<<N|ปุ๋ย>>: พี่<<N|ต้น>>คะ พรุ่งนี้ประชุมกี่โมงคะ
<<N|ต้น ศักดิ์ดา>>: สิบโมงครับ ฝากบอกน้อง<<N|เมย์>>ด้วยนะ
<<N|ปุ๋ย>>: ได้ค่ะ แล้วคุณ<<N|วิไลวรรณ>>จะเข้าประชุมไหมคะ
<<N|ต้น ศักดิ์ดา>>: เข้าครับ""")

x("person", "ar", False, """[١٢/٦ ٨:١٤ م] <<N|سلمى الحربي>>: يا <<N|نورة>>، هل أرسلتِ الدعوات؟
[١٢/٦ ٨:١٥ م] <<N|نورة>>: نعم، وأرسلت واحدة إلى <<N|عبدالرحمن>> و<<N|هيفاء>> أيضاً
[١٢/٦ ٨:١٦ م] <<N|سلمى الحربي>>: ممتاز، شكراً""")

x("person", "he", False, """ועד הבית – רחוב הגפן 12
<<N|מיכל>>: מי לקח את המפתח של המחסן?
<<N|אבי שטרן>>: אצלי, אחזיר ל<<N|רונית>> מחר בבוקר
<<N|מיכל>>: תודה <<N|אבי>>. ו<<N|יוסי>> מקומה 3 ביקש שנזיז את האופניים""")

x("person", "hi", False, """[14/06/25, 9:02 AM] <<N|नेहा>> दीदी: कल पूजा दस बजे है, सब टाइम पर आना
[14/06/25, 9:05 AM] <<N|राहुल मिश्रा>>: ठीक है दीदी, मैं <<N|अंशु>> को भी ले आऊँगा
[14/06/25, 9:06 AM] <<N|नेहा>> दीदी: और <<N|पिंकी>> से बोलना मिठाई ले आए""")

x("person", "fa", False, """<<N|نگار>>: سلام بچه‌ها، جلسه فردا ساعت ۱۰ است
<<N|رضا کریمی>>: من با <<N|مهسا>> می‌آیم
<<N|نگار>>: عالی، به <<N|آرش>> هم بگو لطفاً""")

x("person", "en", False, """#eng-mobile
priya  10:02 AM
anyone know why the iOS build is red? @oncall
tomasz  10:04 AM
signing cert expired. devon renewed it last year, he might remember the steps
Devon Hale  10:10 AM
yep on it. priya can you re-run once I push?""".replace("priya  10:02", "<<N|priya>>  10:02").replace("tomasz  10:04", "<<N|tomasz>>  10:04").replace("devon renewed", "<<N|devon>> renewed").replace("Devon Hale", "<<N|Devon Hale>>").replace("priya can", "<<N|priya>> can"))

x("person", "de", False, """Nachbarschaft Lindenhof 🌳
<<N|Jutta>>: Wer hat die Leiter aus dem Keller? Brauche sie morgen.
<<N|Murat>>: Die hat <<N|Henning>> aus Nr. 4, glaube ich
<<N|Henning Brandt>>: Stimmt, bringe sie heute Abend zurück. Sorry <<N|Jutta>>!""")

x("person", "fr", False, """SMS
<<N|Élodie>> : Tu peux récupérer <<N|Noé>> à la crèche ce soir ? Je finis tard
Moi : oui pas de souci, je passe vers 18h
<<N|Élodie>> : merci ❤️ et dis à Mme <<N|Girard>> qu'il a oublié son doudou lundi""")

x("person", "es", False, """Grupo «Cumple Abuela 80» 🎂
<<N|Maite>>: ¿Quién trae la tarta?
<<N|Iker Etxeberria>>: Yo me encargo, ya hablé con <<N|Ainhoa>>
<<N|Maite>>: Genial. <<N|Josu>>, ¿puedes ir a buscar a la abuela a las 13:00?
<<N|Josu>>: Hecho""")

x("person", "it", False, """Ciao <<N|Chiara>>,
ho parlato con <<N|Lorenzo>> e con la dott.ssa <<N|Di Stefano>>: la riunione con il condominio è confermata
per giovedì alle 18. <<N|Francesca>> porta il verbale dell'ultima assemblea.
Un abbraccio,
<<N|Matteo>>""")

x("person", "pl", False, """<<N|Kuba>>: Idziesz jutro na siłownię?
<<N|Ola>>: Tak, ale dopiero o 19. <<N|Wiktor>> też chce iść
<<N|Kuba>>: Spoko, to weź <<N|Wiktora>> i widzimy się na miejscu""")

x("person", "nl", False, """Teams – kanaal Planning
<<N|Jan-Willem van der Heijden>> 09:12
Goedemorgen! <<N|Fleur>> is vandaag ziek, wie neemt haar dienst over?
<<N|Sem Bakker>> 09:15
Ik kan wel, dan schuift <<N|Noor>> naar de late dienst""")

x("person", "sv", False, """Fotbollsföräldrar P14
<<N|Linnea>>: Kan någon skjutsa <<N|Melvin>> till matchen på lördag?
<<N|Johan Åberg>>: Jag har plats för två, tar <<N|Melvin>> och <<N|Ture>>
<<N|Linnea>>: Tack <<N|Johan>>!""")

x("person", "tr", False, """<<N|Selin>>: <<N|Ahmet>>'e söyledin mi toplantı ertelendi diye?
<<N|Kerem Aydın>>: Söyledim, <<N|Elif>>'in sunumu da haftaya kaldı
<<N|Selin>>: Tamam, <<N|Burcu>> Hanım'a da mail atarım""")

x("person", "ru", False, """Чат «Дача, СНТ Рассвет»
<<N|Галина Петровна>>: Кто брал тачку у сторожки?
<<N|Виктор Смирнов>>: Я брал, верну завтра. <<N|Лёша>> обещал починить колесо
<<N|Галина Петровна>>: Хорошо, передайте <<N|Лёше>> спасибо""")

x("person", "vi", False, """Nhóm Zalo: Lớp 12A1 họp lớp
<<N|Ngọc Anh>>: Thứ bảy này họp lớp ở quán cũ nhé mọi người
<<N|Phạm Quốc Bảo>>: Ok, mình sẽ rủ thầy <<N|Hùng>> luôn
<<N|Ngọc Anh>>: Nhớ nhắn <<N|Thảo>> với <<N|Vy>> nha""")

x("person", "id", False, """Grup Arisan RT 05
<<N|Sri Wahyuni>>: Bu <<N|Ratna>>, arisan bulan ini di rumah siapa ya?
<<N|Ratna>>: Di rumah Kak <<N|Dewi>>, Minggu jam 4 sore
<<N|Sri Wahyuni>>: Siap, nanti saya ajak Pak <<N|Harun>> juga""")

x("person", "de", False, """Rücksendeformular
Name, Vorname: <<N|Schulte-Vennbaum, Friederike>>
Kundennr.: 7704821      Bestellnr.: 302-4821937
Grund der Rücksendung: Größe passt nicht
Ort, Datum: Münster, 12.06.2025
Unterschrift: gez. <<N|F. Schulte-Vennbaum>>""")

x("person", "fr", False, """ATTESTATION DE STAGE
Je soussigné, <<N|Bertrand Lemaire-Quéré>>, responsable du service comptable, atteste que
<<N|Awa Diallo>> a effectué un stage du 3 mars au 30 mai 2025 dans notre établissement.
Fait à Nantes, le 2 juin 2025
Signature : <<N|B. Lemaire-Quéré>>""")

x("person", "pt", False, """DECLARAÇÃO DE RESIDÊNCIA
Eu, <<N|Maria José dos Santos Ferreira>>, declaro para os devidos fins que <<N|Thiago Nunes>> reside em
minha casa desde janeiro de 2024.
Belo Horizonte, 11 de junho de 2025.
Assinatura: ______________________ (<<N|Maria José dos Santos Ferreira>>)""")

x("person", "es", False, """AUTORIZACIÓN DE SALIDA ESCOLAR
Yo, <<N|María de la Cruz Herrera>>, madre/tutora del alumno <<N|Santiago Ruiz de la Cruz>> (4.º B),
autorizo su participación en la excursión al Museo de Ciencias el día 20 de junio.
Firma: <<N|M. de la Cruz>>""")

x("person", "it", False, """VERBALE DI CONSEGNA CHIAVI
Il sig. <<N|Alessandro Greco>> consegna alla sig.ra <<N|Giulia Di Stefano>> n. 3 chiavi dell'appartamento.
Letto, confermato e sottoscritto.
Firma del consegnante: <<N|A. Greco>>        Firma del ricevente: <<N|G. Di Stefano>>""")

x("person", "cs", False, """Předávací protokol
Předávající: <<N|Jiří Hrubý>>
Přebírající: <<N|Veronika Šťastná>>
Předmět: notebook Dell, inv. č. 004821
Podpis předávajícího: <<N|J. Hrubý>>   Podpis přebírajícího: <<N|V. Šťastná>>""")

x("person", "ro", False, """PROCES-VERBAL DE PREDARE-PRIMIRE
Subsemnatul <<N|Andrei Popescu>> am predat doamnei <<N|Cristina Munteanu>> documentele originale ale autoturismului.
Semnătura: <<N|A. Popescu>>""")

x("person", "hu", False, """ÁTVÉTELI ELISMERVÉNY
Alulírott <<N|Kiss Réka>> elismerem, hogy <<N|Farkas Dávid>> részére a kauciót (250 000 Ft) visszafizettem.
Budapest, 2025. június 12.
Aláírás: <<N|Kiss Réka>>""")

x("person", "el", False, """ΕΞΟΥΣΙΟΔΟΤΗΣΗ
Ο κάτωθι υπογεγραμμένος <<N|Κωνσταντίνος Παπαδάκης>> εξουσιοδοτώ την κ. <<N|Ευαγγελία Μαυρίδου>>
να παραλάβει για λογαριασμό μου το δέμα.
Υπογραφή: <<N|Κ. Παπαδάκης>>""")

x("person", "ko", False, """위 임 장
위임인 성명: <<N|최유진>>
수임인 성명: <<N|한도윤>>
위 사람에게 등기우편 수령에 관한 일체의 권한을 위임합니다.
2025년 6월 12일   위임인 <<N|최유진>> (서명)""")

x("person", "en", False, """ANNUAL LEAVE REPORT — page 3 of 3 (column headings on page 1: STAFF NO / NAME / TEAM / DAYS TAKEN / DAYS LEFT)

   0417   Abernethy-Moss, Kirsty      Payroll            12.5      12.5
   0418   Oduya, Benedict             Warehouse          20.0       5.0
   0419   Szymańska, Ewelina          Customer Care       8.0      17.0
   0420   Tran, Minh Chau             Payroll            15.0      10.0

   Report produced 13/06/2025 08:00 by scheduled job HR-LEAVE-03""".replace("Abernethy-Moss, Kirsty", "<<N|Abernethy-Moss, Kirsty>>").replace("Oduya, Benedict", "<<N|Oduya, Benedict>>").replace("Szymańska, Ewelina", "<<N|Szymańska, Ewelina>>").replace("Tran, Minh Chau", "<<N|Tran, Minh Chau>>"))

x("person", "de", False, """Schichtplan KW 25 – Blatt 2 (Spaltenköpfe auf Blatt 1: Mo, Di, Mi, Do, Fr, Sa)
Früh	<<N|Krämer>>	<<N|Krämer>>	<<N|Yıldız>>	<<N|Yıldız>>	<<N|Nowak>>	—
Spät	<<N|Hoffmann>>	<<N|Nowak>>	<<N|Hoffmann>>	<<N|Krämer>>	<<N|Yıldız>>	<<N|Hoffmann>>
Nacht	<<N|Baumann>>	<<N|Baumann>>	<<N|Baumann>>	—	—	—""")

x("person", "ja", False, """# 当番表_2025年6月.csv（1行目の見出し: 日付,曜日,朝当番,夜当番,備考）
6/16,月,<<N|田村>>,<<N|石井>>,
6/17,火,<<N|石井>>,<<N|吉田 彩花>>,新人研修
6/18,水,<<N|森>>,<<N|田村>>,""")

x("person", "zh", False, """| 序号 | 值班日期 | 值班人 | 备班人 | 联系方式 |
|---|---|---|---|---|
| 7 | 6月21日 | <<N|郭晓峰>> | <<N|黄丽>> | 见通讯录 |
| 8 | 6月22日 | <<N|马超>> | <<N|郭晓峰>> | 见通讯录 |""")

x("person", "en", False, """Dear Ms <<N|Adebayo-Hart>>,

Thank you for attending the surgery today. As discussed, I have referred you to the dermatology clinic at
St Luke's; they will write to you with an appointment. If the rash spreads, please call us.

Yours sincerely,
Dr <<N|Fiona MacLeod>>
GP, Riverside Medical Practice""")

x("person", "en", False, """Our ref: HK/4821/LIT
Dear Mr <<N|Okoro>>,
We act for your former landlord, Mrs <<N|Beatrice Lowell>>, in respect of the deposit dispute.
Please direct all further correspondence to the undersigned.
<<N|Harriet Kingsley>>
Solicitor, Kingsley & Rowe LLP""")

x("person", "en", False, """Booking ref 8KQ2ZT — Lagos (LOS) to London (LHR)
1. <<N|OYELARAN/BOLANLE>> MS
2. <<N|OYELARAN/TEMI>> MSTR
Ticketing agent: <<N|Chuka>> at the Ikeja office""")

x("person", "hu", False, """Jegyzőkönyv – lakógyűlés, 2025. június 10.
Jelen vannak: <<N|Nagy Ferenc>> közös képviselő, <<N|Szűcs Anikó>>, <<N|Balogh Tamás>>, <<N|Papp Zsófia>>.
<<N|Balogh Tamás>> javasolja a kapu cseréjét; <<N|Papp Zsófiától>> árajánlatot kérünk.""")

x("person", "ms", False, """Assalamualaikum <<N|Ahmad bin Abdullah>>,
Terima kasih kerana sudi hadir ke majlis perkahwinan anak kami, <<N|Nur Izzati>>.
Salam hormat,
<<N|Rosnah binti Yusof>> sekeluarga""")

x("person", "en", False, """Name badges — Rotterdam logistics meetup (print list)
ZHANG Wei · ÓLAFSDÓTTIR Katrín · NWOSU Chidi · MÜLLER-LÜDENSCHEIDT Anja
(Speakers' badges are printed separately.)""".replace("ZHANG Wei", "<<N|ZHANG Wei>>").replace("ÓLAFSDÓTTIR Katrín", "<<N|ÓLAFSDÓTTIR Katrín>>").replace("NWOSU Chidi", "<<N|NWOSU Chidi>>").replace("MÜLLER-LÜDENSCHEIDT Anja", "<<N|MÜLLER-LÜDENSCHEIDT Anja>>"))

x("person", "ga", False, """A <<N|Shiobhán>>, a chara,
Go raibh maith agat as an gcuireadh. Beidh mé féin agus <<N|Cathal Ó Murchú>> ann Dé Sathairn.
Le meas,
<<N|Áine Ní Bhriain>>""")

# ---- hard negatives ----------------------------------------------------------------------------

x("person", "en", True, """BAR STOCK ORDER — week 25
6 × Jack Daniel's Old No. 7 (70cl)
4 × Johnnie Walker Black Label
2 × Baileys Original Irish Cream
12 × Ben & Jerry's Cookie Dough (tubs, for the dessert menu)
Staff uniforms: 8 × Dr. Martens 1461, 8 × Tommy Hilfiger polo shirts
Delivery: Tuesday before 10:00, rear entrance""")

x("person", "en", True, """Sports round-up: Lionel Messi scored twice as Inter Miami beat Orlando City 3–1, while Coco Gauff reached
the quarter-finals at Queen's. Elsewhere, Taylor Swift's Eras Tour film topped the weekend box office.""")

x("person", "en", True, """How to complete section 2 (guidance notes)
Write your name exactly as it appears on your passport, for example JOE BLOGGS or Ms Jane Smith.
If someone is signing on your behalf, they write "signed by A. N. Other for John Doe".
Do not use nicknames. The Registrar cannot accept forms signed by the Head of Finance on behalf of staff.""")

x("person", "de", True, """Ausfüllhilfe zum Antrag auf Wohngeld
Feld 1: Name, Vorname – Beispiel: Mustermann, Erika
Feld 2: Geburtsname (nur falls abweichend) – Beispiel: Gabler
Feld 3: Unterschrift der antragstellenden Person – Beispiel: Max Mustermann
Die Sachbearbeiterin bzw. der Sachbearbeiter prüft die Angaben.""")

x("person", "pl", True, """WZÓR WYPEŁNIENIA
Imię i nazwisko: Jan Kowalski
Podpis: J. Kowalski
Uwaga: wniosek podpisuje wnioskodawca lub pełnomocnik. Kierownik działu nie podpisuje wniosków w imieniu pracowników.""")

x("person", "es", True, """Ejemplo de cumplimentación:
Nombre y apellidos: Juan Pérez García
En caso de representación: «Fulano de Tal, en nombre de Mengano»
Las solicitudes las revisa el jefe de sección y las firma el director del centro.""")

x("person", "pt", True, """Modelo de preenchimento
Nome completo: Fulano de Tal
Assinatura: (igual à do documento de identidade)
O gerente da agência confere os dados antes de enviar à diretoria.""")

x("person", "it", True, """Esempio di compilazione: «Il sottoscritto Mario Rossi, nato a [comune] il [gg/mm/aaaa]...»
Sostituire i dati di esempio con i propri. Il modulo va consegnato al responsabile dell'ufficio anagrafe.""")

x("person", "fr", True, """Exemple : « Je soussigné M. Jean Dupont, demeurant à [adresse] ».
Merci de remplacer les données d'exemple par les vôtres. Le gérant de la résidence valide ensuite la demande.""")

x("person", "ru", True, """ОБРАЗЕЦ
Фамилия, имя, отчество: Иванов Иван Иванович
Подпись: И. И. Иванов
Заявление подаётся на имя начальника отдела кадров.""")

x("person", "ja", True, """【記入例】
氏名：山田 太郎（やまだ たろう）
署名：山田 太郎
※ 記入例の氏名をそのまま書かないでください。提出先は総務部の担当者です。""")

x("person", "ko", True, """[작성 예시]
성명: 홍길동
서명: 홍길동 (인)
※ 예시의 이름을 그대로 쓰지 마세요. 서류는 담당자 또는 부장님께 제출하시면 됩니다.""")

x("person", "zh", True, """【填写示例】
姓名：张三
紧急联系人：李四
注：请勿照抄示例内容。表格由班主任统一收齐后交给教务处主任。""")

x("person", "zh", True, """周末马上就到了，我们打算去林业局旁边的陈列馆看黄金展览，然后去江边高兴地吃顿饭。
王牌节目《向往的生活》今晚重播，记得早点回家。""")

x("person", "zh", True, """读书会本月书单：李白诗选、《三国演义》（诸葛亮出场的章节）、鲁迅《朝花夕拾》。
下月讨论《西游记》里孙悟空的形象，以及孔子“学而时习之”的现代意义。""")

x("person", "ja", True, """今月の課外学習：織田信長と坂本龍馬の時代を学びます。
お土産は山形の佐藤錦（さくらんぼ）と、山田錦で造った純米酒。名古屋市中村区の資料館にも寄ります。
映画はドラえもんと名探偵コナンの2本立て。""")

x("person", "ko", True, """점심 메뉴: 김밥, 떡볶이, 라면. 이상입니다.
발표가 끝나면 박수 부탁드립니다. 오늘 정말 최고였어요!
견학지: 세종대왕 동상, 이순신 장군 동상, 유관순 기념관. 아이들 선물은 뽀로로 인형.""")

x("person", "th", True, """กิจกรรมวันภาษาไทย: ท่องบทกลอนของสุนทรภู่ จากเรื่องพระอภัยมณี
ศึกษาดูงานที่อนุสาวรีย์ชัยสมรภูมิและถนนราชดำเนิน ผู้จัดการฝ่ายบุคคลจะแจ้งรายละเอียดอีกครั้ง""")

x("person", "ar", True, """برنامج الرحلة الثقافية: زيارة متحف ابن سينا، ثم قلعة صلاح الدين الأيوبي، والعشاء في مطعم على شارع الملك فهد.
مسابقة القراءة هذا الشهر عن روايات نجيب محفوظ. يعلن المدير أسماء الفائزين لاحقاً.""")

x("person", "ar", True, """كان يوماً سعيداً مليئاً بالأمل. الطقس جميل، وقدّموا لنا كريم كراميل بعد الغداء.
ملاحظة: الحلوى مجانية لكل من يحضر قبل الساعة الثامنة.""")

x("person", "he", True, """סיור בעיר: נתחיל בשדרות הרצל, נמשיך לכיכר בן גוריון ונסיים בבית עגנון.
בבוקר ירד טל, ואור השמש האיר את הגבעה. בערב ערב שירה במרכז הקהילתי; המנהל יחלק תוכניות.""")

x("person", "hi", True, """आज मंदिर में पूजा है और सबको आशा है कि बारिश नहीं होगी। दीपक जलाकर विजय दिवस मनाया जाएगा।
कार्यक्रम के बाद रवीन्द्रनाथ टैगोर की कविताओं का पाठ होगा। प्रधानाचार्य जी धन्यवाद ज्ञापन करेंगे।""")

x("person", "en", True, """Will the new rota work? Mark the dates in the calendar and Bill the client for April only.
Grace periods end Friday. Hope Street and Amber Lane are closed for resurfacing; Summer hours start in July.
Frank feedback welcome — Jack up the prices only after the review. Sue the supplier? Not yet.""")

x("person", "de", True, """Stellenanzeigen diese Woche: Koch/Köchin (Vollzeit), Bäcker für die Frühschicht, Fischer auf dem
Kutter „Möwe“, Schneider für Änderungsarbeiten, Bauer mit Erfahrung im Obstanbau, Müller in der Hofmühle.
Bewerbungen bitte an die Personalabteilung.""")

x("person", "es", True, """Novena de la Virgen de los Dolores y procesión de Nuestra Señora del Rosario.
Tras tantos dolores, un poco de consuelo: la luz de la esperanza nunca se apaga.
La parroquia agradece el amparo de la Diputación. El párroco anunciará el horario de misas.""")

x("person", "fr", True, """Sortie scolaire : départ du lycée Victor-Hugo, arrêt devant la boutique Chanel, déjeuner rue Jean-Jaurès.
Visite de l'usine Michelin, puis du musée Peugeot à Sochaux. La directrice de l'école accompagne le groupe.""")

x("person", "tr", True, """Gezi programı: Atatürk Kültür Merkezi, ardından Mimar Sinan Güzel Sanatlar Üniversitesi.
Okuma listesinde Orhan Pamuk'un Masumiyet Müzesi var. Müdür bey izin formlarını cuma günü toplayacak.""")

x("person", "id", True, """Rute: dari Bandara Soekarno-Hatta lewat Jalan Jenderal Sudirman ke Universitas Gadjah Mada (kampus Jakarta).
Konsumsi: Indomie dan teh botol. Kepala sekolah akan memberi sambutan.""")

x("person", "en", True, """Storm update: Hurricane Beryl weakened to a tropical storm overnight. The cruise ship Queen Mary 2
delayed departure; the Flying Scotsman heritage run is cancelled. Captain's announcement at 10:00.""")

x("person", "ru", True, """Программа утренника: песня Чебурашки, сценка про Буратино и Мальвину, стихи Пушкина.
Сбор у памятника Гагарину. Ответственный — заведующая детским садом.""")

# =============================================================================================
# 3. DATES OF BIRTH — prose, forms and data rows in many formats, calendars and languages; hard
#    negatives: other dates (issue, expiry, production, founding, party) in the same shapes.
# =============================================================================================
V["fa_dob1"] = to_script("1366/04/12", "\u06f0")
V["ar_dob1"] = to_script("1408/07/15", "\u0660")
V["ar_iss1"] = to_script("1445/07/15", "\u0660")
V["ar_exp1"] = to_script("1450/07/14", "\u0660")
V["pp1"] = "5" + "48219371"

x("dob", "en", False, """PASSPORT DATA PAGE (OCR of the scan attached to the visa application)
Type/Type  P     Code/Code  GBR     Passport No./No. du passeport  <<ID|{{=pp1}}>>
Surname/Nom  <<N|OSEI-BONSU>>
Given names/Prénoms  <<N|AMA SERWAA>>
Nationality/Nationalité  BRITISH CITIZEN
Date of birth/Date de naissance  <<D|14 MAR /MARS 87>>
Sex/Sexe  F      Place of birth/Lieu de naissance  LONDON
Date of issue/Date de délivrance  02 JUN /JUIN 21
Date of expiry/Date d'expiration  02 JUN /JUIN 31""")

x("dob", "en", False, """Dear Registrar,

I am writing to request a certified copy of my birth certificate. I was born on the <<D|3rd of March 1987>> at
Leeds General Infirmary; my mother's maiden name is <<N|Quigley>>. Please post it to my current address.

Many thanks,
<<N|Declan Fairweather>>""")

x("dob", "en", False, """WALGREENS #04821   RX# 2048219-03
<<N|HERNANDEZ, LUCIA M>>   DOB: <<D|7/4/91>>
AMOXICILLIN 500MG CAP  QTY 21
TAKE 1 CAPSULE BY MOUTH THREE TIMES DAILY UNTIL GONE
FILLED 06/12/25   DISCARD AFTER 06/12/26   REFILLS: 0""")

x("dob", "en", False, """$ head -1 members_2025.psv      # header: id|first|last|yyyymmdd_born|joined|plan
id|first|last|yyyymmdd_born|joined|plan
$ sed -n '12044,12046p' members_2025.psv
12044|<<N|Imogen>>|<<N|Carrick>>|<<D|19870303>>|20230114|family
12045|<<N|Kwabena>>|<<N|Asante>>|<<D|19920611>>|20230114|single
12046|<<N|Yara>>|<<N|Haddad>>|<<D|20010929>>|20230115|student""")

x("dob", "en", False, """{
  "resourceType": "Patient",
  "id": "pt-48219",
  "name": [{"family": "<<N|Mbatha>>", "given": ["<<N|Nomvula>>"]}],
  "gender": "female",
  "birthDate": "<<D|1987-03-03>>",
  "meta": {"lastUpdated": "2025-06-13T08:14:02Z"}
}""")

x("dob", "en", False, """<<N|Kayleigh>>  7:41 PM
ok the gym form is asking for dob, is it dd/mm or mm/dd for you lot 😂
<<N|Kayleigh>>  7:42 PM
mine's <<D|14/2/91>> anyway, valentine's baby
<<N|Rhys>>  7:45 PM
dd/mm, we're not american""")

x("dob", "de", False, """Lebenslauf
Persönliche Daten
<<N|Johanna Albrecht>>
geboren am <<D|3. März 1987>> in Rostock
Staatsangehörigkeit: deutsch
Berufserfahrung
04/2019 – heute   Projektleiterin, Stadtwerke Kiel""")

x("dob", "de", False, """Aufnahmeantrag Musikschule
Name des Kindes: <<N|Leni Hartwig>>
Geburtsdatum (TT.MM.JJJJ): <<D|29.02.2016>>
Instrument: Violine   Wunschbeginn: 01.09.2025
Erziehungsberechtigte/r: <<N|Sabine Hartwig>>""")

x("dob", "fr", False, """Fiche d'inscription — Club de judo de Villeurbanne
Nom : <<N|BENSAÏD>>   Prénom : <<N|Yasmine>>
Date de naissance : <<D|01/04/2013>>
Catégorie : Minimes   Ceinture : orange
Date d'inscription : 09/06/2025""")

x("dob", "es", False, """CONTRATO DE TRABAJO
De una parte, Hostelería Triana S.L., y de otra, don <<N|Rubén Castaño Gil>>, nacido el <<D|5 de mayo de 1978>> en
Sevilla, con domicilio a efectos de notificaciones en esta ciudad, acuerdan lo siguiente.""")

x("dob", "pt", False, """FICHA CADASTRAL – ACADEMIA
Nome: <<N|Larissa Monteiro>>
Data de nasc.: <<D|12/10/2001>>
Plano: trimestral   Início: 16/06/2025""")

x("dob", "it", False, """La sottoscritta <<N|Giulia Ferraresi>>, nata il <<D|14 marzo 1988>> a Bologna, chiede l'iscrizione del figlio
<<N|Tommaso>>, nato il <<D|2 settembre 2019>>, alla scuola dell'infanzia per l'anno 2025/26.""")

x("dob", "nl", False, """Geachte heer/mevrouw,

Hierbij verklaar ik, <<N|Thijs de Boer>>, geboren op <<D|14 maart 1987>> te Groningen, dat ik de woning aan
mijn dochter verhuur per 1 augustus 2025.

Met vriendelijke groet,
<<N|Thijs de Boer>>""")

x("dob", "pl", False, """ZAŚWIADCZENIE
Zaświadcza się, że Pani <<N|Marta Kowalczyk>>, ur. <<D|23.VII.1991>> r., jest zatrudniona w naszym zakładzie
na podstawie umowy o pracę na czas nieokreślony od dnia 01.02.2020 r.""")

x("dob", "cs", False, """Doporučení
<<N|Tomáš Vaněk>>, narozen <<D|23. června 1989>>, pracoval v naší firmě jako skladník od roku 2016.
S jeho prací jsme byli spokojeni. V Plzni dne 10. 6. 2025""")

x("dob", "hu", False, """ÖNÉLETRAJZ
Név: <<N|Lakatos Márton>>
Született: <<D|1979. február 11.>>, Debrecen
Végzettség: okleveles villamosmérnök (BME, 2003)""")

x("dob", "ro", False, """ADEVERINȚĂ
Se adeverește că doamna <<N|Ioana Stan>>, născută la <<D|06.11.1985>>, este angajata societății noastre
din data de 15.03.2018, în funcția de contabil.""")

x("dob", "ru", False, """ХАРАКТЕРИСТИКА
<<N|Соколов Павел Андреевич>>, <<D|14 марта 1987>> г. рождения, работает в ООО «Северный ветер» с 2015 года
в должности инженера-конструктора.""")

x("dob", "uk", False, """Заява про зарахування до гуртка
Прізвище, ім'я дитини: <<N|Бойко Софія>>
Дата народження: <<D|02.05.2014>>
Батько/мати: <<N|Бойко Наталія Іванівна>>
Дата заяви: 10.06.2025""")

x("dob", "el", False, """Η <<N|Αικατερίνη Λαμπροπούλου>>, που γεννήθηκε στις <<D|3 Νοεμβρίου 1982>> στη Λάρισα, εργάζεται στην εταιρεία
μας ως λογίστρια από τον Ιανουάριο του 2019.""")

x("dob", "tr", False, """ÖZGEÇMİŞ
Ad Soyad: <<N|Gizem Karaca>>
Doğum Tarihi: <<D|21.06.1983>>
Doğum Yeri: Eskişehir
Askerlik: —""")

x("dob", "ar", False, """بطاقة معلومات الطالب
الاسم: <<N|ريم عبدالعزيز القحطاني>>
تاريخ الميلاد (هجري): <<D|{{=ar_dob1}}>>
الصف: الثالث المتوسط
ولي الأمر: <<N|عبدالعزيز القحطاني>>""")

x("dob", "fa", False, """فرم عضویت باشگاه
نام و نام خانوادگی: <<N|مهسا احمدی>>
تاریخ تولد: <<D|{{=fa_dob1}}>>
رشته: شنا""")

x("dob", "he", False, """אישור לימודים
הננו לאשר כי <<N|נועם בירנבאום>>, שנולד ב-<<D|3 במרץ 2007>>, לומד בבית ספרנו בכיתה י"ב בשנת הלימודים תשפ"ה.""")

x("dob", "hi", False, """बायोडाटा
नाम: <<N|सौरभ त्रिपाठी>>
जन्म तिथि: <<D|15 अगस्त 1992>>
शैक्षिक योग्यता: बी.टेक (सिविल)""")

x("dob", "zh", False, """常住人口登记卡（手写体识别结果）
姓名：<<N|赵秀兰>>　性别：女
出生日期：<<D|一九八七年三月三日>>
籍贯：河北保定""")

x("dob", "ja", False, """健康保険　被保険者証（写し）
氏名　<<N|松本 千尋>>
生年月日　<<D|S62.3.3>>
資格取得年月日　H22.4.1
保険者番号　06482193""")

x("dob", "ko", False, """자기소개서
안녕하세요. 저는 <<D|87년 3월 3일>>생 <<N|윤하늘>>입니다. 대구에서 태어나 서울에서 대학을 졸업했습니다.""")

x("dob", "th", False, """ประวัติส่วนตัว
ชื่อ-สกุล: นาย<<N|ธีรวัฒน์ บุญมา>>
เกิดวันที่ <<D|5 มี.ค. 2530>>
ภูมิลำเนา: จังหวัดขอนแก่น""")

x("dob", "vi", False, """SƠ YẾU LÝ LỊCH
Họ và tên: <<N|Lê Thị Hồng Nhung>>
Sinh ngày <<D|02 tháng 9 năm 1995>> tại Nghệ An
Dân tộc: Kinh""")

x("dob", "id", False, """DAFTAR RIWAYAT HIDUP
Nama: <<N|Fajar Nugroho>>
Tempat, tanggal lahir: Medan, <<D|17 Agustus 1990>>
Agama: Islam""")

x("dob", "sv", False, """Intyg
<<N|Elin Strand>>, född <<D|1986-11-19>>, har varit medlem i föreningen sedan 2012.
Göteborg 2025-06-10""")

x("dob", "fi", False, """TODISTUS
<<N|Sanna Korhonen>> (syntynyt <<D|21.6.1983>>) on työskennellyt yrityksessämme kirjanpitäjänä 1.3.2015 alkaen.""")

x("dob", "da", False, """Anbefaling
<<N|Frederik Holm>>, født den <<D|7. september 1995>>, har været ansat hos os som tømrerlærling.""")

x("dob", "nb", False, """Påmelding – sommarleir 2025
Namn: <<N|Ingvild Aasen>>
Fødd: <<D|15.04.2014>>
Føresett: <<N|Kari Aasen>>""")

x("dob", "hr", False, """Potvrda
Potvrđuje se da je <<N|Luka Babić>>, rođen <<D|15. travnja 1988.>>, član Planinarskog društva od 2010. godine.""")

x("dob", "sw", False, """FOMU YA USAJILI — Chama cha Ushirika
Jina kamili: <<N|Neema Wambui Kariuki>>
Tarehe ya kuzaliwa: <<D|12/03/1990>>
Tarehe ya usajili: 10/06/2025""")

# ---- hard negatives: other dates in the same shapes --------------------------------------------
x("dob", "en", True, """DVLA reminder
Your photocard driving licence expires on 14 MAR 2027. Renew online up to 56 days before that date.
Date of issue: 14 MAR 2017. Issue number 14 is printed in section 4c.""")

x("dob", "en", True, """On this day: Mick Jagger was born on 26 July 1943 in Dartford. Frida Kahlo (born 6 July 1907) and
Nelson Mandela (born 18 July 1918) also celebrate birthdays this month.""")

x("dob", "en", True, """NHS maternity statistics, leap day edition
Babies born on 29 February 2024: 1,214 (England). Births registered in the week to 03/03/2024: 11,482.
Mean age of mothers: 30.9 years.""")

x("dob", "en", True, """Form guidance: Date of birth must be entered as DD/MM/YYYY, e.g. 01/01/1990.
Dates of birth before 01/01/1900 cannot be processed online. Age is calculated automatically.""")

x("dob", "de", True, """Einladung
Die Feier zum 40-jährigen Firmenjubiläum findet am 14.06.2025 um 19 Uhr im Vereinsheim statt.
Gründungsdatum der Firma: 03.03.1985. Anmeldeschluss: 06.06.2025. Geburtstagskinder des Monats bekommen ein Freigetränk.""")

x("dob", "fr", True, """Carte de fidélité n° 4821 9370
Date d'émission : 03/03/2023 — Date d'expiration : 03/03/2026
Date de création du compte : 03/03/2023 — Dernier achat : 28/05/2025""")

x("dob", "es", True, """Ficha de socio (campos de la empresa)
Fecha de alta: 05/05/1978   Fecha de baja: —
Fundación del club: 5 de mayo de 1978
Próxima asamblea: 20/06/2025""")

x("dob", "zh", True, """产品标签
品名：手工黄酒　净含量：500ml
生产日期：1987年3月3日（陈酿原酒）　灌装日期：2025年6月1日
保质期：十年　生日快乐礼盒款""")

x("dob", "ja", True, """会社概要
創業　昭和62年3月3日
設立　S63.4.1
製造年月日（本製品）　R7.6.1""")

x("dob", "ko", True, """회사 연혁
1987년 3월 3일 설립
2001.06.14 코스닥 상장
2025.06.01 창립기념일 행사""")

x("dob", "ru", True, """Сертификат соответствия № РОСС RU.48219
Дата выдачи: 14.03.2007   Срок действия до: 14.03.2027
Дата изготовления партии: 03.03.1987 (архивный образец)""")

x("dob", "ar", True, """رخصة البلدية
تاريخ الإصدار: {{=ar_iss1}}
تاريخ الانتهاء: {{=ar_exp1}}
النشاط: بقالة""")

x("dob", "th", True, """ฉลากสินค้า น้ำพริกเผา
วันผลิต 5 มี.ค. 2568
วันหมดอายุ 5 มี.ค. 2569
เลขสารบบอาหาร 10-1-04821-5-0001""")

x("dob", "pl", True, """Książeczka zdrowia psa
Imię psa: Figa   Rasa: beagle
Data urodzenia: 12.04.2021
Szczepienie przeciw wściekliźnie: 23.VII.2024, ważne do 23.VII.2025""")

x("dob", "el", True, """Ο Ελευθέριος Βενιζέλος γεννήθηκε στις 23 Αυγούστου 1864 στις Μουρνιές Χανίων και πέθανε στις 18 Μαρτίου 1936.""")

x("dob", "vi", True, """Chủ tịch Hồ Chí Minh sinh ngày 19 tháng 5 năm 1890 tại Nghệ An. Bảo tàng mở cửa từ 02 tháng 9 năm 1990.""")

x("dob", "nl", True, """Datadictionary – tabel klant
geboortedatum   date   formaat JJJJ-MM-DD, bijv. 1970-01-01; nooit loggen
aanmaakdatum    date   bijv. 2024-03-14""")

x("dob", "tr", True, """Ürün bilgisi
Üretim tarihi: 21.06.2025
Son kullanma tarihi: 21.06.2027
Parti no: 2106834""")

x("dob", "hu", True, """Cégkivonat (részlet)
Alapítás dátuma: 1979. február 11.
Utolsó módosítás: 2025. június 12.""")

# =============================================================================================
# 4. SECRETS — passwords and tokens in prose, chats, configs and command lines, SID + auth token
#    pairs of SMS/telephony APIs, connection strings; hard negatives: placeholders, variable
#    references, masked values, hashes, public keys, commit SHAs, UUIDs, ciphertext, example keys.
# =============================================================================================
import base64 as _b64
import random as _random
import string as _string

_ALNUM = _string.ascii_letters + _string.digits
_UPPER = _string.ascii_uppercase + _string.digits
_HEX = "0123456789abcdef"
_HEXU = "0123456789ABCDEF"
_B64 = _ALNUM + "+/"
_B64URL = _ALNUM + "-_"
_B32 = _string.ascii_uppercase + "234567"
_SALT = _ALNUM + "!#$%&()*+,-./:;=?@[]^_`~"


def tok(n, seed, alphabet=_ALNUM):
    r = _random.Random("20s-%s" % seed)
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid4(seed):
    h = tok(32, "uuid-%s" % seed, _HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[int(h[16], 16) % 4], h[17:20], h[20:32])


def pem(kind, n_lines, seed, last=28):
    body = [tok(64, "pem-%s-%d" % (seed, i), _B64) for i in range(n_lines)] + [tok(last, "pem-%s-end" % seed, _B64) + "=="]
    return "\n".join(["-----BEGIN %s-----" % kind] + body + ["-----END %s-----" % kind])


V["twsid1"] = "AC" + tok(32, 1, _HEX)
V["twtok1"] = tok(32, 2, _HEX)
V["twsid2"] = "AC" + tok(32, 3, _HEX)
V["twtok2"] = tok(32, 4, _HEX)
V["twsid3"] = "AC" + tok(32, 5, _HEX)
V["twmsg3"] = "SM" + tok(32, 6, _HEX)
V["twmg3"] = "MG" + tok(32, 7, _HEX)
V["vnkey1"] = tok(8, 8, _HEX)
V["vnsec1"] = tok(16, 9)
V["plid1"] = "MA" + tok(18, 10, _string.ascii_uppercase + "0123456789")
V["pltok1"] = tok(40, 11)
V["mbkey1"] = tok(25, 12)
V["telnyx1"] = "KEY0" + tok(28, 13, _HEXU) + "_" + tok(22, 14)
V["sinchsp1"] = tok(32, 15, _HEX)
V["sinchtok1"] = tok(32, 16, _HEX)
V["atkey1"] = "atsk_" + tok(64, 17, _HEX)
V["ibkey1"] = tok(32, 18, _HEX) + "-" + uuid4(19)
V["vault1"] = "hvs.CAESI" + tok(82, 20, _B64URL)
V["tg1"] = "7482193705:AA" + tok(33, 21, _B64URL)
V["dchook1"] = "https://discord.com/api/webhooks/1248219370561128448/" + tok(68, 22, _B64URL)
V["teamshook1"] = ("https://northgate.webhook.office.com/webhookb2/" + uuid4(23) + "@" + uuid4(24) + "/IncomingWebhook/"
                   + tok(32, 25, _HEX) + "/" + uuid4(26) + "/V2" + tok(43, 27, _B64URL))
V["gkey1"] = "AIza" + tok(35, 28, _B64URL)
V["mgkey1"] = "key-" + tok(32, 29, _HEX)
V["shpat1"] = "shpat_" + tok(32, 30, _HEX)
V["hf1"] = "hf_" + tok(34, 31, _string.ascii_letters)
V["atl1"] = "ATATT3xFfGF0" + tok(160, 32, _B64URL) + "=" + tok(8, 33, _HEXU)
V["age1"] = "AGE-SECRET-KEY-1" + tok(58, 34, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper())
V["totp1"] = tok(32, 35, _B32)
V["wgpriv1"] = tok(42, 36, _B64) + "E="
V["wgpub1"] = tok(42, 37, _B64) + "Y="
V["wgpub2"] = tok(42, 38, _B64) + "k="
V["dockauth1"] = _b64.b64encode(b"ci-pusher:Rv7!kW2qXz9#Lm").decode()
V["railsmk1"] = tok(32, 39, _HEX)
V["django1"] = tok(50, 40, _string.ascii_lowercase + _string.digits + "!@#%^&*(-_=+)")
V["wpauth1"] = tok(64, 41, _SALT)
V["wpsalt1"] = tok(64, 42, _SALT)
V["jwtsec1"] = tok(48, 43, _B64URL)
V["ecpriv1"] = pem("EC PRIVATE KEY", 2, 44, 20)
V["k8stok1"] = "eyJhbGciOiJSUzI1NiIsImtpZCI6I" + tok(60, 45, _B64URL) + "." + tok(220, 46, _B64URL) + "." + tok(342, 47, _B64URL)
V["sha1a"] = tok(40, 48, _HEX)
V["sha1b"] = tok(40, 49, _HEX)
V["sha1c"] = tok(40, 50, _HEX)
V["digest1"] = tok(64, 51, _HEX)
V["digest2"] = tok(64, 52, _HEX)
V["gosum1"] = tok(43, 53, _B64) + "="
V["gosum2"] = tok(43, 54, _B64) + "="
V["piphash1"] = tok(64, 55, _HEX)
V["shadow1"] = "$6$" + tok(16, 56, "./" + _ALNUM) + "$" + tok(86, 57, "./" + _ALNUM)
V["apr1"] = "$apr1$" + tok(8, 58, "./" + _ALNUM) + "$" + tok(22, 59, "./" + _ALNUM)
V["md5crypt1"] = "$1$" + tok(4, 60, "./" + _ALNUM) + "$" + tok(22, 61, "./" + _ALNUM)
V["mysqlhash1"] = "*" + tok(40, 62, _HEXU)
V["pubpem1"] = pem("PUBLIC KEY", 5, 63, 16).replace("==\n-----END", "AB\n-----END")
V["jwks_n1"] = tok(342, 64, _B64URL)
V["agepub1"] = "age1" + tok(58, 65, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")
V["sops1"] = "ENC[AES256_GCM,data:" + tok(28, 66, _B64) + "==,iv:" + tok(43, 67, _B64) + "=,tag:" + tok(22, 68, _B64) + "==,type:str]"
V["sops2"] = "ENC[AES256_GCM,data:" + tok(20, 69, _B64) + ",iv:" + tok(43, 70, _B64) + "=,tag:" + tok(22, 71, _B64) + "==,type:str]"
V["vaultblk1"] = "\n".join(["$ANSIBLE_VAULT;1.1;AES256"] + [tok(80, "av-%d" % i, "0123456789abcdef") for i in range(5)])
V["sealed1"] = "AgB" + tok(180, 72, _B64) + "=="
V["maven1"] = "{" + tok(44, 73, _B64) + "=}"
V["uuid_t1"] = uuid4(74)
V["uuid_c1"] = uuid4(75)
V["uuid_s1"] = uuid4(76)
V["uuid_r1"] = uuid4(77)
V["uuid_r2"] = uuid4(78)
V["heroku1"] = uuid4(79)
V["png1"] = "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA" + tok(120, 80, _B64) + "AAAAAElFTkSuQmCC"

x("secret", "en", False, """# notify.py — sends the "your table is ready" SMS
from twilio.rest import Client

account_sid = "<<K|{{=twsid1}}>>"
auth_token = "<<K|{{=twtok1}}>>"
client = Client(account_sid, auth_token)

def notify(to, name):
    client.messages.create(to=to, from_="+447700900482", body=f"Hi {name}, your table is ready!")""")

x("secret", "fr", False, """#support-sms  (Slack)
<<N|Théo Lambert>>  11:02
quelqu'un a les identifiants Twilio du compte de prod ? la console me refuse l'accès
<<N|Inès Marchand>>  11:05
Account SID : <<K|{{=twsid2}}>>
Auth Token : <<K|{{=twtok2}}>>
pense à les mettre dans le coffre et à supprimer ce message stp""")

x("secret", "en", False, """// sms-gateway/config.js
module.exports = {
  vonage: {
    apiKey: '<<K|{{=vnkey1}}>>',
    apiSecret: '<<K|{{=vnsec1}}>>',
    from: 'Northgate'
  },
  retry: { attempts: 3, backoffMs: 500 }
};""")

x("secret", "en", False, """# voice/.env  (do not commit — committed in 9f1c2aa, rotate!)
PLIVO_AUTH_ID=<<K|{{=plid1}}>>
PLIVO_AUTH_TOKEN=<<K|{{=pltok1}}>>
SINCH_SERVICE_PLAN_ID=<<K|{{=sinchsp1}}>>
SINCH_API_TOKEN=<<K|{{=sinchtok1}}>>
DEFAULT_CALLER_ID=+442038084821""")

x("secret", "en", False, """$ curl -X POST https://rest.messagebird.com/messages \\
    -H 'Authorization: AccessKey <<K|{{=mbkey1}}>>' \\
    -d "recipients=<<P|+31612482193>>" -d "originator=Northgate" -d "body=Your code is 482193"
$ curl https://api.telnyx.com/v2/messaging_profiles \\
    -H "Authorization: Bearer <<K|{{=telnyx1}}>>\"""")

x("secret", "en", False, """# africastalking_test.py (pasted in ticket SUP-9120 by the reseller)
import africastalking
africastalking.initialize(username="northgate_ke", api_key="<<K|{{=atkey1}}>>")
sms = africastalking.SMS
print(sms.send("Test from Northgate", ["<<P|+254712482193>>"]))""")

x("secret", "en", False, """POST /sms/2/text/advanced HTTP/1.1
Host: 4k8r2.api.infobip.com
Authorization: App <<K|{{=ibkey1}}>>
Content-Type: application/json

{"messages":[{"destinations":[{"to":"<<P|447911482193>>"}],"from":"Northgate","text":"Your parcel is out for delivery"}]}""")

x("secret", "en", False, """; /etc/asterisk/pjsip.conf — SIP trunk to the carrier
[trunk-auth]
type=auth
auth_type=userpass
username=4420380848
password=<<K|Tr0mb0ne-Quay-2291>>

[trunk]
type=endpoint
outbound_auth=trunk-auth""")

x("secret", "de", False, """# src/main/resources/application-prod.yml
spring:
  datasource:
    url: jdbc:postgresql://db-prod-01:5432/shop
    username: shop_app
    password: <<K|Hv7$kLp2!Wq9>>
  mail:
    host: smtp.northgate.de
    username: versand@northgate.de
    password: "<<K|Brief-Taube-4821>>"
# TODO: in Vault verschieben""")

x("secret", "en", False, """<connectionStrings>
  <add name="HrDb" connectionString="Data Source=sql-hr-02;Initial Catalog=HR;User ID=hr_app;Password=<<K|Qx4!mZ8#pR2v>>;Encrypt=True" />
  <add name="Legacy" connectionString="Driver={PostgreSQL Unicode};Server=<<IP|10.20.4.15>>;Port=5432;Database=legacy;Uid=legacy_ro;Pwd=<<K|Lg-R0-7731>>;" />
</connectionStrings>""")

x("secret", "en", False, """2025-06-13 08:02:11 INFO  HikariPool-1 - Starting...
2025-06-13 08:02:11 DEBUG jdbcUrl=jdbc:sqlserver://sql-fin-01:1433;databaseName=ledger;user=ledger_app;password=<<K|Ld9#Rq2!vX>>;encrypt=true
2025-06-13 08:02:12 INFO  HikariPool-1 - Start completed.""")

x("secret", "en", False, """MONGO_URI=<<U|mongodb+srv://analytics:Wq8!zR4pLx2@cluster0.x4k2p.mongodb.net/prod?retryWrites=true>>
AMQP_URL=<<U|amqps://svc-orders:Kp3Vx9mQ7tLw@mq.northgate.io:5671/orders>>
FTP_DROP=<<U|ftp://edi_in:Ed1-Dr0p-882@ftp.partner-edi.net/inbound/>>""")

x("secret", "en", False, """  501  sshpass -p '<<K|Bl4ckb1rd!Rt>>' ssh admin@<<IP|172.16.8.21>>
  502  redis-cli -h cache-01 -a <<K|Rc7xQ2mW9pLz>> INFO keyspace
  503  docker login registry.northgate.io -u ci -p <<K|Dk9#vT2qXw>>
  504  htpasswd -b /etc/nginx/.htpasswd grafana <<K|Gr4f-Ana-771>>
  505  openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:<<K|P12-Exp0rt-9>>
  506  7z a -p<<K|Arch!ve-2291>> backup_2025-06.7z /srv/backup/2025-06""")

x("secret", "en", False, """PS C:\\> $pw = ConvertTo-SecureString "<<K|Wint3r!Harb0ur>>" -AsPlainText -Force
PS C:\\> New-LocalUser -Name "svc_scan" -Password $pw -PasswordNeverExpires
PS C:\\> net use \\\\fs01\\scans /user:CORP\\svc_scan <<K|Wint3r!Harb0ur>>
The command completed successfully.""")

x("secret", "en", False, """<!-- $JENKINS_HOME/credentials.xml (exported for migration) -->
<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
  <id>nexus-deploy</id>
  <username>deployer</username>
  <password><<K|Nx-Depl0y!4821>></password>
</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>""")

x("secret", "en", False, """$ cat ~/.docker/config.json
{
  "auths": {
    "registry.northgate.io": {
      "auth": "<<K|{{=dockauth1}}>>"
    }
  }
}""")

x("secret", "en", False, """apiVersion: v1
kind: Config
clusters:
- cluster: {server: "https://k8s-prod.northgate.io:6443"}
  name: prod
users:
- name: ci-deployer
  user:
    token: <<K|{{=k8stok1}}>>""")

x("secret", "en", False, """$ export VAULT_ADDR=https://vault.northgate.io:8200
$ export VAULT_TOKEN=<<K|{{=vault1}}>>
$ vault kv get secret/prod/payments""")

x("secret", "en", False, """# bot.py
import telebot
bot = telebot.TeleBot("<<K|{{=tg1}}>>")

ALERT_WEBHOOK = "<<K|{{=dchook1}}>>"
TEAMS_WEBHOOK = "<<K|{{=teamshook1}}>>\"""")

x("secret", "en", False, """$ curl "https://maps.googleapis.com/maps/api/geocode/json?address=Leeds&key=<<K|{{=gkey1}}>>"
$ curl -s --user '<<K|api:{{=mgkey1}}>>' https://api.eu.mailgun.net/v3/mg.northgate.io/events
$ curl -H "X-Shopify-Access-Token: <<K|{{=shpat1}}>>" https://northgate-store.myshopify.com/admin/api/2024-10/orders.json""")

x("secret", "en", False, """In [1]: from huggingface_hub import login
        login(token="<<K|{{=hf1}}>>")
In [2]: !curl -u <<K|m.okafor@northgate.io:{{=atl1}}>> https://northgate.atlassian.net/rest/api/3/myself""")

x("secret", "en", False, """# ~/.config/sops/age/keys.txt
# created: 2025-06-02T10:14:33Z
# public key: {{=agepub1}}
<<K|{{=age1}}>>""")

x("secret", "en", False, """Setting up 2FA for the shared admin account manually (QR code wouldn't scan):
otpauth://totp/Northgate:admin?secret=<<K|{{=totp1}}>>&issuer=Northgate&digits=6
Backup codes are in the safe.""")

x("secret", "en", False, """# /etc/wireguard/wg0.conf on the laptop of the site engineer
[Interface]
PrivateKey = <<K|{{=wgpriv1}}>>
ListenPort = 51820

[Peer]
PublicKey = {{=wgpub1}}
Endpoint = vpn.northgate.io:51820
AllowedIPs = 10.0.0.0/8""")

x("secret", "en", False, """<?php
// wp-config.php (copied from the live server for debugging)
define( 'DB_NAME', 'wp_shop' );
define( 'DB_USER', 'wp_shop' );
define( 'DB_PASSWORD', '<<K|Wp!Sh0p-Ld5-2291>>' );
define( 'AUTH_KEY',         '<<K|{{=wpauth1}}>>' );
define( 'SECURE_AUTH_SALT', '<<K|{{=wpsalt1}}>>' );""")

x("secret", "en", False, """# settings/production.py
DEBUG = False
SECRET_KEY = "<<K|{{=django1}}>>"
JWT_SIGNING_KEY = "<<K|{{=jwtsec1}}>>"
ALLOWED_HOSTS = ["shop.northgate.io"]""")

x("secret", "en", False, """$ cat config/master.key
<<K|{{=railsmk1}}>>
$ cat ~/.pgpass
pg-main.internal:5432:billing:<<K|billing_rw:Bl-Rw-88!kq>>""")

x("secret", "en", False, """Building configuration...
hostname edge-rtr-02
enable secret 5 {{=md5crypt1}}
username netops privilege 15 password 0 <<K|R0uter-N3tops!>>
snmp-server community <<K|nG-snmp-RW-4821>> RW
end""")

x("secret", "en", False, """network={
    ssid="Harbour-Office-5G"
    psk="<<K|Seagull-Lantern-8841>>"
    key_mgmt=WPA-PSK
}""")

x("secret", "en", False, """INC-5121 — EC signing key pasted into #general by mistake (message deleted, key revoked)
<<K|{{=ecpriv1}}>>""")

x("secret", "es", False, """[13/6/25 18:22] <<N|Marisa Domínguez>>: la clave del wifi del piso nuevo es <<K|Naranjo_Azul_2025>>
[13/6/25 18:23] <<N|Diego>>: gracias, ya estoy conectado""")

x("secret", "it", False, """Ciao <<N|Federica>>,
ti giro le credenziali del gestionale: utente fede.r, password <<K|Ciliegia-48!Po>>.
Al primo accesso ti chiederà di cambiarla.
<<N|Simone>>""")

x("secret", "pt", False, """[12/06 21:40] <<N|Rodrigo Alves>>: pai, a senha do wi-fi da casa da praia é <<K|Caju#Praia2025>>
[12/06 21:41] Pai: anotado, valeu""")

x("secret", "ja", False, """<<N|山口>>様

共有フォルダのアカウントを発行しました。
ユーザー名：yamaguchi.k
初期パスワード：<<K|Sakura#2025Aoba>>
初回ログイン時に変更をお願いします。

情報システム課　<<N|藤田>>""")

x("secret", "zh", False, """<<N|何俊>>：服务器密码改了，新的是 <<K|Hz@2025#xq71>>
<<N|何俊>>：用户名还是 deploy
<<N|唐蕾>>：收到，我更新一下配置""")

x("secret", "ko", False, """[<<N|오세훈>>] [오전 10:41] 공용 계정 비밀번호 바꿨습니다: <<K|Haneul!0613kr>>
[<<N|유나래>>] [오전 10:42] 확인했습니다""")

x("secret", "nl", False, """Hoi <<N|Bram>>, de code van het sleutelkastje bij de achterdeur is <<K|4821>> en het wachtwoord van de wifi is
<<K|Tulp&Molen77>>. Fijn verblijf! Groetjes, <<N|Marieke>>""")

x("secret", "de", False, """Hallo Herr <<N|Yilmaz>>,
die PIN für das Türschloss der Ferienwohnung lautet <<K|7319>>, gültig ab Anreise 15 Uhr.
Das WLAN-Passwort steht im Flur neben dem Router.
Viele Grüße
<<N|Anke Claussen>>""")

x("secret", "he", False, """<<N|שירן>>: מה הסיסמה של הנטפליקס?
<<N|עומר>>: <<K|Dubdevan!1987>>
<<N|שירן>>: תודה""")

x("secret", "th", False, """<<N|ณัฐวุฒิ>>: รหัสผ่านไวไฟออฟฟิศใหม่คือ <<K|Mango@Office2568>> นะครับ
<<N|พิมพ์ลดา>>: ขอบคุณค่ะ""")

x("secret", "vi", False, """<<N|Quang>>: mật khẩu wifi tầng 3 là <<K|Sen!Hong-2025>> nhé
<<N|Thu Trang>>: ok cảm ơn anh""")

x("secret", "id", False, """<<N|Agus>>: Password email kantor yang baru: <<K|Rambutan_88!jkt>>
<<N|Agus>>: jangan dishare ke grup lain ya
<<N|Lestari>>: siap pak""")

x("secret", "ru", False, """Здравствуйте, <<N|Андрей Викторович>>!

Учётная запись в 1С создана. Логин: a.zaitsev, пароль: <<K|Beryoza-2025!>>
После первого входа смените пароль.

С уважением,
<<N|Ольга Лукина>>, ИТ-отдел""")

x("secret", "ar", False, """<<N|ماجد>>: كلمة سر الراوتر الجديدة <<K|Nakheel@2025#>>
<<N|ماجد>>: لا ترسلها لأحد
<<N|هدى>>: تمام""")

# ---- hard negatives ----------------------------------------------------------------------------
x("secret", "en", True, """## Send an SMS (from the Twilio quickstart)
```python
# Find your Account SID and Auth Token at twilio.com/console
account_sid = "ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"
auth_token = "your_auth_token"
client = Client(account_sid, auth_token)
```
Store real credentials in environment variables (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN), never in code.""")

x("secret", "en", True, """2025-06-13T09:14:22Z INFO sms.sent AccountSid={{=twsid3}} MessageSid={{=twmsg3}} MessagingServiceSid={{=twmg3}} status=queued segments=1
2025-06-13T09:14:25Z INFO sms.status MessageSid={{=twmsg3}} status=delivered error_code=null""")

x("secret", "en", True, """# sms-gateway/.env.example
VONAGE_API_KEY=<your-8-char-key>
VONAGE_API_SECRET=<your-api-secret>
PLIVO_AUTH_ID=MAXXXXXXXXXXXXXXXXXX
PLIVO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TELNYX_API_KEY=
SIP_PASSWORD=${SIP_PASSWORD}""")

x("secret", "en", True, """jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AZURE_TENANT_ID: {{=uuid_t1}}
      AZURE_CLIENT_ID: {{=uuid_c1}}
      AZURE_SUBSCRIPTION_ID: {{=uuid_s1}}
      AZURE_CLIENT_SECRET: ${{ secrets.AZURE_CLIENT_SECRET }}
      TWILIO_AUTH_TOKEN: ${{ secrets.TWILIO_AUTH_TOKEN }}
    steps:
      - run: az login --service-principal -u "$AZURE_CLIENT_ID" -p "$AZURE_CLIENT_SECRET" --tenant "$AZURE_TENANT_ID\"""")

x("secret", "en", True, """pipeline {
  environment {
    DB_CREDS = credentials('ledger-db')
    API_TOKEN = credentials('ledger-api-token')
  }
  stages { stage('Migrate') { steps { sh 'flyway -user=$DB_CREDS_USR -password=$DB_CREDS_PSW migrate' } } }
}
# Azure DevOps equivalent: -password=$(LedgerDbPassword)   PowerShell: $env:LEDGER_DB_PASSWORD""")

x("secret", "en", True, """Connected apps
NAME            TOKEN                                      SCOPES          LAST USED
zapier          xoxb-••••••••••••-••••••••••••-••••••4kQz   chat:write      2h ago
ci-runner       glpat-********************                 api             yesterday
billing-sync    sk_live_...9fKq                            read_write      3d ago
Password: ******** (last changed 12/05/2025)   API secret: [REDACTED]""")

x("secret", "en", True, """$ sudo grep -E '^(root|deploy):' /etc/shadow
root:{{=shadow1}}:19876:0:99999:7:::
deploy:!:19876:0:99999:7:::
$ cat /etc/nginx/.htpasswd
grafana:{{=apr1}}
mysql> SELECT user, authentication_string FROM mysql.user WHERE user='app';
| app  | {{=mysqlhash1}} |""")

x("secret", "en", True, """# Public key for verifying webhook signatures (safe to publish)
{{=pubpem1}}

JWKS: {"keys":[{"kty":"RSA","kid":"2025-06","use":"sig","alg":"RS256","e":"AQAB","n":"{{=jwks_n1}}"}]}""")

x("secret", "en", True, """# secrets/prod.enc.yaml (SOPS-encrypted, safe to commit)
db_password: {{=sops1}}
twilio_auth_token: {{=sops2}}
sops:
    age:
        - recipient: {{=agepub1}}
    lastmodified: "2025-06-02T10:14:33Z\"""")

x("secret", "en", True, """# group_vars/prod/vault.yml
{{=vaultblk1}}""")

x("secret", "en", True, """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: mailer-credentials
spec:
  encryptedData:
    SMTP_PASSWORD: {{=sealed1}}
<!-- maven settings-security: <password>{{=maven1}}</password> -->""")

x("secret", "en", True, """CHANGELOG
## 2.15.0 (2025-06-12)
- fix(auth): refresh tokens rotated on use ({{=sha1a}})
- feat(sms): Telnyx provider ({{=sha1b}})
- chore: bump deps ({{=sha1c}})""")

x("secret", "en", True, """$ docker images --digests
REPOSITORY                       TAG      DIGEST                                                                    IMAGE ID
registry.northgate.io/api        2.15.0   sha256:{{=digest1}}   4f8a21c93b7e
registry.northgate.io/worker     2.15.0   sha256:{{=digest2}}   9a6104821937""")

x("secret", "en", True, """# go.sum
github.com/twilio/twilio-go v1.23.1 h1:{{=gosum1}}
github.com/twilio/twilio-go v1.23.1/go.mod h1:{{=gosum2}}
# requirements.txt
twilio==9.3.2 --hash=sha256:{{=piphash1}}""")

x("secret", "en", True, """2025-06-13T10:01:44Z INFO  req={{=uuid_r1}} user_id=48219 POST /v1/sessions 201
2025-06-13T10:01:45Z INFO  req={{=uuid_r2}} user_id=48219 GET /v1/me 200
2025-06-13T10:01:45Z DEBUG traceparent=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01""")

x("secret", "en", True, """Examples from vendor docs, kept for the training slides:
  GitHub:  ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
  AWS:     AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
  Stripe:  sk_test_4eC39HqLyjWDarjtT1zdp7dc
  Google Authenticator wiki TOTP secret: JBSWY3DPEHPK3PXP""")

x("secret", "en", True, """{
  "login.title": "Sign in",
  "login.password": "Password",
  "login.password.placeholder": "Enter your password",
  "login.password.forgot": "Forgot password?",
  "settings.apiKey.hint": "Your API key is shown only once after it is created."
}
<input type="password" name="pwd" autocomplete="current-password" placeholder="••••••••">""")

x("secret", "en", True, """variable "db_password" {
  type      = string
  sensitive = true
}
variable "twilio_auth_token" {
  type        = string
  sensitive   = true
  description = "Set via TF_VAR_twilio_auth_token in CI"
}""")

x("secret", "en", True, """<img alt="logo" src="data:image/png;base64,{{=png1}}">
<link rel="stylesheet" href="/static/app.3f9a1c2b.css" integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC">""")

x("secret", "de", True, """Passwort-Richtlinie (IT-Handbuch, Kap. 4)
Ein Passwort muss mindestens 14 Zeichen haben. Beispiele für SCHLECHTE Passwörter: „Passwort123“, „Sommer2025!“.
Passwörter werden niemals per E-Mail oder Chat verschickt. Die PIN der Bankkarte gehört nicht auf die Karte.""")

x("secret", "fr", True, """Réinitialisation du mot de passe
Votre mot de passe a été modifié le 12/06/2025 à 14:02. Si vous n'êtes pas à l'origine de cette modification,
contactez le support. Mot de passe actuel : •••••••••••• — Code PIN : ****""")

x("secret", "zh", True, """【安全提醒】
登录密码：已设置（******）
支付密码：未设置
请勿向任何人透露短信验证码，客服不会索要您的密码。""")

x("secret", "ko", True, """[비밀번호 설정 안내]
비밀번호는 영문 대소문자, 숫자, 특수문자를 포함해 10자 이상으로 설정해 주세요.
예: ********** (예시는 표시되지 않습니다)
API 키는 발급 직후 한 번만 표시됩니다.""")

x("secret", "ja", True, """【パスワード管理の注意】
パスワードは「********」と表示され、画面には出ません。
環境変数 DB_PASSWORD は ${DB_PASSWORD} の形で参照してください。値をコードに書かないこと。""")

x("secret", "es", True, """Configuración de ejemplo (no usar en producción):
usuario: admin
contraseña: <tu_contraseña>
token_api: ${API_TOKEN}
La contraseña real se entrega por el gestor de secretos.""")

x("secret", "ru", True, """Инструкция: пароль задаётся через переменную окружения DB_PASSWORD (см. ${DB_PASSWORD} в docker-compose.yml).
В логах пароль маскируется: password=****. Хеш хранится в виде {{=shadow1}}.""")

# =============================================================================================
# 5. ADDRESSES — multi-line and single-line, in Thai, Chinese, Japanese, Korean, Indian, Arabic,
#    Latin American and East European formats, with and without a cue word; hard negatives:
#    company seats as towns only, landmarks, government addresses, place names alone.
# =============================================================================================
V["th_addr1"] = to_script("88/12", "\u0e50")
V["th_addr1b"] = to_script("10240", "\u0e50")
V["ar_addr1"] = to_script("3456", "\u0660")
V["ar_addr1b"] = to_script("12241", "\u0660") + " – " + to_script("7890", "\u0660")
V["ar_addr2"] = to_script("12", "\u0660")
V["ar_addr2b"] = to_script("34", "\u0660")
V["ar_addr3"] = to_script("15", "\u0660")

x("address", "th", False, """นางสาว<<N|รัตนา มีสุข>>
<<A|45/7 หมู่ 3 ซอยวัดลาดปลาดุก>>
<<A|ถนนบางกรวย-ไทรน้อย ตำบลบางม่วง>>
<<A|อำเภอบางใหญ่ จังหวัดนนทบุรี 11140>>""")

x("address", "th", False, """แบบฟอร์มเปลี่ยนที่อยู่สมาชิก
ชื่อ: นาย<<N|อนุชา พรหมมา>>
ที่อยู่ใหม่: <<A|{{=th_addr1}} ซอยรามคำแหง 24 แขวงหัวหมาก เขตบางกะปิ กรุงเทพมหานคร {{=th_addr1b}}>>
วันที่แจ้ง: ๑๓ มิถุนายน ๒๕๖๘""")

x("address", "th", False, """<<N|แพรวา>>: พี่คะ ส่งของมาที่ <<A|59/214 หมู่บ้านเดอะซิตี้ ถนนราชพฤกษ์ ตำบลบางรักน้อย อำเภอเมืองนนทบุรี นนทบุรี 11000>> นะคะ
<<N|แพรวา>>: ส่งเคอรี่ก็ได้ค่ะ""")

x("address", "zh", False, """邮编：310012
<<A|浙江省杭州市西湖区文三路259号>>
<<A|云栖花园3幢2单元1203室>>
<<N|周晓东>> 收""")

x("address", "zh", False, """<<N|小雨>>：快递帮我寄到<<A|北京市朝阳区望京西园三区312号楼2单元1502>>，放门口就行
<<N|陈浩>>：好的，明天寄出""")

x("address", "zh", False, """低收入戶申請書（節錄）
申請人：<<N|吳佳蓉>>
戶籍地址：<<A|臺中市北屯區仁美里12鄰松竹路二段188巷6號5樓之2>>
通訊地址：同戶籍地址""")

x("address", "ja", False, """<<A|〒150-0002 東京都渋谷区渋谷3丁目12番8号>>
<<A|渋谷ガーデンハイツ805号室>>
<<N|西村 紗希>> 様""")

x("address", "ja", False, """お世話になっております。引っ越しましたので、今後の郵便物は<<A|大阪府吹田市千里山西4丁目21-7 コーポ千里202>>までお送りください。
<<N|岡田 修>>""")

x("address", "ko", False, """<<N|강민지>> 님 앞
<<A|부산광역시 해운대구 해운대해변로 264>>
<<A|더샵 아파트 102동 1804호>>
우편번호: 48094""")

x("address", "ko", False, """[중고거래 채팅] <<N|도윤>>: 택배는 <<A|경기도 수원시 영통구 매탄동 1234-5 매탄위브하늘채 104동 1202호>>로 보내주세요
판매자: 네, 오늘 발송할게요""")

x("address", "en", False, """Speed Post — Booking slip
To,
Smt. <<N|Lakshmi Narayanan>>
W/o <<N|R. Narayanan>>
<<A|Plot No. 14, 2nd Main Road>>
<<A|Anna Nagar West>>
<<A|Chennai, Tamil Nadu 600040>>
Mob: <<P|94440 48219>>""")

x("address", "hi", False, """[13/06/25, 7:12 PM] <<N|रोहित>>: भाई पार्सल <<A|फ्लैट 203, साईं रेजीडेंसी, गोमती नगर विस्तार, लखनऊ 226010>> पर भेज देना
[13/06/25, 7:15 PM] <<N|अजय>>: ठीक है, कल कूरियर कर दूँगा""")

x("address", "ta", False, """விண்ணப்பதாரர்: செல்வி <<N|பிரியா ராஜேந்திரன்>>
முகவரி: <<A|12, காந்தி தெரு, கே.கே. நகர், மதுரை 625020>>
கைபேசி: <<P|98430 48219>>""")

x("address", "ar", False, """<<N|عبدالله بن محمد الدوسري>>
<<A|{{=ar_addr1}} شارع الأمير محمد بن عبدالعزيز – حي العليا>>
<<A|الرياض {{=ar_addr1b}}>>
المملكة العربية السعودية""")

x("address", "ar", False, """طلب توصيل
الاسم: <<N|ميثاء سالم الكتبي>>
العنوان: <<A|فيلا {{=ar_addr2}}، شارع {{=ar_addr2b}}، البرشاء ٢، دبي>>
ملاحظة: الاتصال قبل الوصول""")

x("address", "ar", False, """<<N|هاني>>: ابعت الشنطة على <<A|{{=ar_addr3}} شارع الثورة، الدور الرابع، شقة ٨، مصر الجديدة، القاهرة>>
<<N|كريم>>: تمام، هبعتها مع المندوب بكرة""")

x("address", "es", False, """Sra. <<N|Guadalupe Ramírez Ortiz>>
<<A|Calle Río Lerma 148, Int. 4>>
<<A|Col. Cuauhtémoc>>
<<A|06500 Ciudad de México, CDMX>>""")

x("address", "es", False, """Datos para el envío: <<A|Av. Corrientes 1847, piso 5, depto. B, C1045AAB CABA>>. Entregar de lunes a viernes.
Contacto: <<N|Martina Sosa>>""")

x("address", "es", False, """Hola <<N|Andrés>>, te dejo la dirección para el domicilio: <<A|Cra. 15 # 93-47, apto. 502, Bogotá>>. Pregunta en portería por <<N|Carolina Rueda>>.""")

x("address", "es", False, """FORMULARIO DE POSTULACIÓN
Nombre: <<N|Javiera Muñoz Pizarro>>
Dirección particular: <<A|Pasaje Los Aromos 2231, Villa Las Flores, Maipú, Santiago>>
Comuna: Maipú""")

x("address", "es", False, """<<N|Luis Quispe Mamani>>
<<A|Jr. Junín 482, Dpto. 301>>
<<A|Cercado de Lima 15001>>
Perú""")

x("address", "pt", False, """Destinatário:
<<N|Camila Rocha Bittencourt>>
<<A|Rua Augusta, 1508, apto 72>>
<<A|Consolação>>
<<A|01304-001 São Paulo - SP>>""")

x("address", "pl", False, """Pan
<<N|Krzysztof Wróblewski>>
<<A|ul. Długa 12/4>>
<<A|80-827 Gdańsk>>""")

x("address", "cs", False, """Vážená paní
<<N|Petra Dvořáková>>
<<A|Náměstí Míru 1528/7>>
<<A|120 00 Praha 2>>""")

x("address", "sk", False, """Objednávka č. 2025-4821 bude doručená na adresu <<A|Obchodná 38, 811 06 Bratislava>>, príjemca <<N|Marek Hudák>>.""")

x("address", "hu", False, """<<N|Kovács Anna>>
<<A|Budapest>>
<<A|Váci út 76. IV/12.>>
<<A|1133>>""")

x("address", "ro", False, """Livrare la: <<A|Str. Mihai Eminescu nr. 12, bl. A3, sc. 2, et. 4, ap. 17, sector 2, București 020071>>
Destinatar: <<N|Bianca Ionescu>>, tel. <<P|0722 482 193>>""")

x("address", "bg", False, """Адрес за доставка: <<A|ул. „Граф Игнатиев“ № 15, ет. 3, ап. 7, 1000 София>>
Получател: <<N|Десислава Николова>>""")

x("address", "ru", False, """Кому: <<N|Никитиной Ольге Павловне>>
Куда: <<A|ул. Малышева, д. 51, кв. 38>>
<<A|г. Екатеринбург, Свердловская обл.>>
<<A|620014>>""")

x("address", "uk", False, """<<N|Оксана>>, надішли, будь ласка, документи на мою нову адресу: <<A|вул. Городоцька, 174, кв. 12, м. Львів, 79022>>.
Дякую! <<N|Іван>>""")

x("address", "sr", False, """Pošiljalac: <<N|Dragana Petrović>>, <<A|Bulevar kralja Aleksandra 73, stan 14, 11000 Beograd>>""")

x("address", "tl", False, """Ipadala po sa: <<A|Blk 12 Lot 8, Phase 2, Camella Homes, Brgy. Molino III, Bacoor, Cavite 4102>>
Tatanggap: <<N|Jocelyn Villanueva>>""")

x("address", "tr", False, """Sayın <<N|Emre Yücel>>
<<A|Bağdat Cad. No: 214 D: 9>>
<<A|Suadiye Mah.>>
<<A|34740 Kadıköy/İstanbul>>""")

x("address", "en", False, """Hi <<N|Bec>>, I've moved out to the farm for the season — post anything for me to <<A|PO Box 482, Mudgee NSW 2850>>.
Cheers, <<N|Lachlan>>""")

x("address", "en", False, """Mailing address on file:
<<N|Earl T. Hobbs>>
<<A|RR 2 Box 148>>
<<A|Harlan KY 40831>>""")

# ---- hard negatives -----------------------------------------------------------------------------
x("address", "th", True, """กำหนดการดูงาน: เยี่ยมชมวัดอรุณราชวรารามและถนนข้าวสาร จากนั้นเข้าพบเจ้าหน้าที่ที่ทำเนียบรัฐบาล
ถนนพิษณุโลก แขวงดุสิต เขตดุสิต กรุงเทพฯ 10300 สำนักงานใหญ่ของบริษัทอยู่ที่จังหวัดชลบุรี""")

x("address", "zh", True, """参观安排：上午参观故宫博物院（北京市东城区景山前街4号），下午逛南京路步行街。
公司注册地：杭州；分公司：苏州、宁波。""")

x("address", "ja", True, """見学先：首相官邸（東京都千代田区永田町2丁目3番1号）前を通り、国会議事堂へ。
本社：大阪市　支店：名古屋、福岡""")

x("address", "ko", True, """민원 접수처: 정부서울청사, 서울특별시 종로구 세종대로 209
견학 일정: 명동, 남산타워, 경복궁. 본사는 성남시에 있습니다.""")

x("address", "en", True, """Delegation programme, day 1: courtesy call at Rashtrapati Bhavan, New Delhi 110004, then the Taj Mahal in Agra.
Our company is headquartered in Pune with offices in Bengaluru and Noida.""")

x("address", "ar", True, """تُرسل الاعتراضات إلى: وزارة الداخلية، طريق الملك فهد، الرياض.
جولة الوفد: برج خليفة ودبي مول. المقر الرئيسي للشركة في أبوظبي.""")

x("address", "es", True, """Oficialía de partes: Palacio Nacional, Plaza de la Constitución s/n, Centro, 06066 Ciudad de México.
Nuestra empresa tiene su sede en Monterrey, N.L., y una planta en Querétaro.""")

x("address", "es", True, """Las notas deben enviarse a la Casa Rosada, Balcarce 50, C1064 CABA, Mesa de Entradas.
Recorrido: Caminito, Calle Florida y el Obelisco. Sede de la compañía: Rosario.""")

x("address", "pt", True, """Protocolo geral: Palácio do Planalto, Praça dos Três Poderes, Brasília - DF, 70150-900.
A empresa tem sede em Campinas e centro de distribuição em Jundiaí.""")

x("address", "pl", True, """Petycje należy kierować do Kancelarii Prezesa Rady Ministrów, Al. Ujazdowskie 1/3, 00-583 Warszawa.
Siedziba spółki: Poznań. Spotkanie integracyjne: Stare Miasto i Zamek Królewski.""")

x("address", "cs", True, """Podání adresujte: Úřad vlády České republiky, nábřeží Edvarda Beneše 128/4, 118 01 Praha 1.
Sídlo společnosti: Olomouc. Výlet: Staroměstské náměstí a Karlův most.""")

x("address", "ro", True, """Petițiile se depun la Palatul Parlamentului, Str. Izvor nr. 2-4, sector 5, București.
Sediul firmei: Cluj-Napoca. Excursie: Castelul Peleș și Transfăgărășan.""")

x("address", "en", True, """Visa enquiries: Embassy of Japan, 101-104 Piccadilly, London W1J 7JT (consular section, mornings only).
Paper returns: Department of the Treasury, Internal Revenue Service, Austin, TX 73301-0002.""")

x("address", "tr", True, """Dilekçeler TBMM Genel Sekreterliği, Bakanlıklar, 06543 Çankaya/Ankara adresine gönderilir.
Şirket merkezi: İzmir. Gezi: Kapalıçarşı ve İstiklal Caddesi.""")

x("address", "hu", True, """Látogatói központ: Országház, Kossuth Lajos tér 1–3., 1055 Budapest.
A cég székhelye: Győr. Csapatépítő: Váci utca és a Lánchíd.""")

x("address", "uk", True, """Звернення надсилайте до Кабінету Міністрів України: вул. Грушевського, 12/2, м. Київ, 01008.
Офіс компанії — у Дніпрі. Екскурсія: Андріївський узвіз і Хрещатик.""")

x("address", "ru", True, """Сбор у входа на Красную площадь, затем прогулка по Арбату и Тверской. Головной офис компании — в Казани.""")

x("address", "es", True, """Punto de encuentro: Plaza de Armas de Lima, luego el Parque Kennedy en Miraflores. La empresa opera desde Arequipa.""")

# =============================================================================================
# 6. OTHER — e-mails, phones, IPs, MACs, cards, IBANs, SSNs and URLs with credentials in hard
#    places; hard negatives: role mailboxes, hotlines, documentation ranges, masks, test cards,
#    example IBANs, placeholders and company accounts.
# =============================================================================================
V["card1"] = card("492948219370512")
V["card2"] = card("535218049277164", sep="-")
V["card3"] = card("37824821937051", (4, 6, 5))
V["card4"] = card("601148219370512", sep="")
V["card5"] = card("356648219370512")
V["card6"] = card("62228482193705128", (4, 4, 4, 4, 2))
V["iban_de1"] = iban("DE", "120300001048219370")
V["iban_fr1"] = iban("FR", "20041010050482193705128")
V["iban_es1"] = iban("ES", "21000418450200482193")
V["iban_it1"] = iban("IT", "X0306909606100000048219")
V["iban_pl1"] = iban("PL", "102010260000048219370512")
V["iban_nl1"] = iban("NL", "RABO0348219370")
V["iban_co1"] = iban("DE", "700202700048219370")
V["iban_br1"] = iban("BR", "00360305000010048219370C1", None)
V["ssn2"] = ssn("472", "18", "3306", "")
V["ssn3"] = ssn("529", "41", "0937", " ")
V["ghs1"] = "ghs_" + tok(36, 90)
V["ar_ph1"] = "+966 " + to_script("55 482 1937", "\u0660")

x("other", "en", False, """<<IP|81.174.22.96>> - - [13/Jun/2025:08:14:02 +0100] "GET /account/unsubscribe?email=<<E|harriet.mbeki@btinternet.com>>&list=weekly HTTP/1.1" 200 512
<<IP|10.14.22.87>> - - [13/Jun/2025:08:14:05 +0100] "POST /login HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0.6478.127"
127.0.0.1 - - [13/Jun/2025:08:14:06 +0100] "GET /healthz HTTP/1.1" 200 2""")

x("other", "en", False, """Jun 13 07:58:11 dhcp01 dhcpd[1214]: DHCPACK on <<IP|192.168.40.117>> to <<MAC|a4:83:e7:48:21:93>> (Sams-MacBook-Air) via eth1
Jun 13 07:58:40 sw-core-02 %SW_MATM-4-MACFLAP_NOTIF: Host <<MAC|3c22.fb48.2193>> in vlan 40 is flapping between port Gi1/0/12 and port Gi1/0/14
Jun 13 07:59:02 dhcp01 dhcpd[1214]: DHCPREQUEST for <<IP|192.168.40.122>> from <<MAC|F0-18-98-4A-21-C7>> (DESKTOP-7QX4LM) via eth1""")

x("other", "en", False, """2025/06/13 09:12:44 [error] 2211#2211: *48219 limiting requests, excess: 20.480 by zone "login", client: <<IP|2a02:c7c:4821:9300:8d1e:4f2b:93a7:1c05>>, server: shop.northgate.io, request: "POST /login HTTP/2.0"
2025/06/13 09:12:45 [error] 2211#2211: *48220 limiting requests, excess: 20.120 by zone "login", client: <<IP|86.21.148.203>>, server: shop.northgate.io""")

x("other", "en", False, """HELPDESK-48219  VPN drops every 10 minutes
Reporter: <<N|Sam Okonjo>> (ext. 4417)
My laptop is <<IP|10.40.12.87>> on the office LAN, wifi adapter MAC <<MAC|A4-83-E7-4A-21-93>>. Home router is a
BT Hub; my public IP at home is <<IP|86.151.22.47>> according to whatismyip.""")

x("other", "en", False, """<<N|Jess>>  8:14 PM
can you book the cottage on your card? mine's maxed lol
<<N|Lewis>>  8:20 PM
fine. <<C|{{=card1}}>> exp 09/28, don't buy anything else with it
<<N|Jess>>  8:21 PM
ur a legend""")

x("other", "en", False, """Order notes (copied from the phone order pad, 13/06):
cust <<N|R. Patel>> — pays by Amex <<C|{{=card3}}>>, 04/27, billing postcode on file
2nd card if declined: <<C|{{=card2}}>>
call back on <<P|07700 148219>>""")

x("other", "en", False, """payment_attempts.csv (header on line 1: ts,customer,pan,status)
2025-06-13T10:02:11Z,c_48219,<<C|{{=card4}}>>,declined
2025-06-13T10:02:47Z,c_48219,<<C|{{=card5}}>>,approved
2025-06-13T10:05:03Z,c_48220,<<C|{{=card6}}>>,approved""")

x("other", "de", False, """[12.06.25, 19:44] <<N|Tobi>>: Schick mir die 45 € fürs Konzertticket einfach per Überweisung
[12.06.25, 19:44] <<N|Tobi>>: <<I|{{=iban_de1}}>>
[12.06.25, 19:45] <<N|Tobi>>: <<N|Tobias Reuter>> steht drauf
[12.06.25, 19:51] <<N|Carla>>: erledigt 👍""")

x("other", "fr", False, """Madame, Monsieur,

Suite à votre départ du logement le 31 mai, je vous restitue le dépôt de garantie. Merci de me confirmer vos
coordonnées bancaires. Pour mémoire, les loyers étaient versés sur mon compte :
IBAN : <<I|{{=iban_fr1}}>>
<<N|Gérard Poulain>>, propriétaire""")

x("other", "es", False, """[12/6/25 13:02] <<N|Nerea>>: te paso mi IBAN para lo de la lotería: <<I|{{=iban_es1}}>>
[12/6/25 13:05] <<N|Ander>>: hecho, 20 €""")

x("other", "it", False, """Gentile <<N|Martina>>,
per la restituzione della caparra ti chiedo di fare il bonifico sul mio conto: <<I|{{=iban_it1}}>>, intestato a <<N|Paolo Bernardi>>.
Grazie e a presto""")

x("other", "pl", False, """SMS od <<N|Ania>>: Hej, oddaj mi proszę za bilety 180 zł na konto <<I|{{=iban_pl1}}>> 🙏""")

x("other", "nl", False, """Hoi allemaal, de bijdrage voor het afscheidscadeau is €10 p.p. Graag overmaken naar <<I|{{=iban_nl1}}>> t.n.v.
<<N|L. Smit>>. Groetjes, <<N|Lieke>>""")

x("other", "pt", False, """O Pix não está funcionando, então faz por TED mesmo:
Favorecida: <<N|Ana Beatriz Lacerda>>
IBAN: <<I|{{=iban_br1}}>>
WhatsApp: <<P|(11) 94821-9370>>""")

x("other", "en", False, """tenants_2025.csv  (columns per the header on line 1: unit,name,ssn,monthly_rent)
4B,<<N|Darnell Whitaker>>,<<S|{{=ssn2}}>>,1450
5A,<<N|Rosa Delgado>>,<<S|{{=ssn3}}>>,1390
5C,<<N|Tomasz Wrona>>,,1390""")

x("other", "en", False, """PROJ-2291 comment by <<N|Marta Lindqvist>>:
Old intranet still answers if you use the embedded creds: <<U|https://svc_reports:Rp-2291!kx@intranet.northgate.local/reports/>>
and the CI still clones with <<U|https://x-access-token:{{=ghs1}}@github.com/northgate/reports.git>>. Both need rotating.""")

x("other", "en", False, """Traceback (most recent call last):
  File "/srv/app/mailer.py", line 88, in send_receipt
    smtp.sendmail(FROM, ["<<E|olu.adeyemi84@yahoo.co.uk>>"], msg.as_string())
smtplib.SMTPRecipientsRefused: {'<<E|olu.adeyemi84@yahoo.co.uk>>': (550, b'5.1.1 mailbox unavailable')}""")

x("other", "de", False, """Mit freundlichen Grüßen
Dr. <<N|Katrin Adler>>
Leiterin Einkauf
Tel. <<P|+49 (0)30 4821937-12>> · Mobil <<P|0171 4821937>>
<<E|k.adler@brenner-haustechnik.de>>
Zentrale +49 (0)30 4821937-0 · info@brenner-haustechnik.de""")

x("other", "ja", False, """――――――――――――――
株式会社ヒカリ工業　購買部
<<N|斎藤 陽菜>>
直通：<<P|03-4821-9370>>　携帯：<<P|090-4821-9370>>
Mail：<<E|h.saito@hikari-kogyo.co.jp>>
代表：03-4821-9300""")

x("other", "zh", False, """个人简历
姓名：<<N|韩雪>>
手机：<<P|+86 138 0482 1937>>
邮箱：<<E|hanxue1992@qq.com>>
求职意向：财务分析""")

x("other", "ko", False, """[거래처 담당자 변경 안내]
신규 담당: <<N|장서윤>> 대리
휴대폰: <<P|010-4821-9370>>
이메일: <<E|seoyun.jang@hanbittech.co.kr>>
대표번호: 1588-4821""")

x("other", "ar", False, """للتواصل مع المهندس <<N|خالد الزهراني>>: الجوال <<P|{{=ar_ph1}}>>
البريد: <<E|k.alzahrani.eng@gmail.com>>
مركز الاتصال الموحد: 920004821""")

x("other", "tr", False, """<<N|Ece>>: Tesisatçının numarasını atar mısın?
<<N|Berk Aydın>>: <<P|0 (532) 482 19 37>>, adı <<N|Hasan>> usta
<<N|Ece>>: sağ ol""")

x("other", "en", False, """From: "<<N|Priya Raman>>" <<<E|priya.raman@northgate.io>>>
Reply-To: <<E|p.raman.home@gmail.com>>
To: all-staff@northgate.io
Subject: Leaving drinks 🍻

Call me on <<P|+91-98450 48219>> if you get lost!""")

# ---- hard negatives -----------------------------------------------------------------------------
x("other", "en", True, """Contact us
General enquiries: info@northgate.io · Support: support@northgate.io · Press: press@northgate.io
Do not reply to this e-mail (noreply@northgate.io). Example format for your username: jane.doe@example.com
Freephone 0800 048 2193 · From abroad +44 20 3808 4800 · Emergencies: 999 / 112""")

x("other", "en", True, """## Network setup (docs)
Assign the gateway 192.0.2.1 and a host address such as 192.0.2.10 with netmask 255.255.255.0.
For IPv6 use 2001:db8:4821::1/64. Allow 10.0.0.0/8 and 172.16.0.0/12 in the firewall.
Resolvers: 1.1.1.1, 8.8.8.8, 9.9.9.9. The service listens on 127.0.0.1:8080 and 0.0.0.0:443.
Tested with firmware 10.4.2.1 and Windows build 10.0.19045.4529.""")

x("other", "en", True, """OUI lookup
00:1A:2B  Ayecom Technology
3C:22:FB  Apple, Inc.
F0:18:98  Apple, Inc.
Broadcast: ff:ff:ff:ff:ff:ff   Unset: 00:00:00:00:00:00""")

x("other", "en", True, """## Testing payments
Use Stripe's test cards: 4242 4242 4242 4242 (Visa), 5555 5555 5555 4444 (Mastercard), 4111 1111 1111 1111.
Any future expiry and any CVC work. Your saved card: Visa •••• •••• •••• 4821, expires 09/28.""")

x("other", "en", True, """Bank details examples (from the ISO 13616 and bank documentation)
IBAN: DE89 3704 0044 0532 0130 00
IBAN: GB82 WEST 1234 5698 7654 32   BIC: NWBKGB2L   Sort code: 60-16-13
BIC of our bank: DEUTDEFFXXX""")

x("other", "de", True, """Bankverbindung
Brenner Haustechnik GmbH
IBAN {{=iban_co1}} · BIC BYLADEM1001
Bitte geben Sie bei Überweisungen die Rechnungsnummer 2025-0482 an.""")

x("other", "en", True, """W-4 instructions: enter your SSN as shown on your card, e.g. 123-45-6789. Never enter 000-00-0000.
Your record: SSN XXX-XX-7715 (masked). Questions? Call the payroll hotline 1-800-482-1937.""")

x("other", "en", True, """README — mirroring the internal repo
git clone git@github.com:northgate/reports.git
git remote add backup ssh://deploy@git.northgate.local:2222/reports.git
Or over HTTPS: https://USERNAME:PASSWORD@git.northgate.local/reports.git (replace with your own)
DATABASE_URL=postgres://<user>:<password>@localhost:5432/reports""")

x("other", "fr", True, """Service client : 09 69 32 48 21 (appel non surtaxé) — du lundi au vendredi, 8h–20h.
Urgences : 15 (SAMU), 17 (police), 18 (pompiers), 112.
Écrivez-nous : contact@velo-rhone.fr ou sav@velo-rhone.fr""")

x("other", "ja", True, """お問い合わせ
フリーダイヤル：0120-482-193（平日9:00〜18:00）
代表電話：03-4821-9300
メール：support@hikari-kogyo.co.jp
緊急時：110 / 119""")

x("other", "zh", True, """客服热线：400-820-4821
投诉电话：12315
企业邮箱：service@yunfan-tech.cn
官网：www.yunfan-tech.cn""")

x("other", "ko", True, """고객센터 1588-4821 (평일 09:00~18:00)
긴급신고 112 / 119
문의: help@hanbittech.co.kr""")

x("other", "ar", True, """مركز الاتصال الموحد: 920004821
الرقم المجاني: 800 124 8219
البريد الإلكتروني: info@nakheel-trading.sa""")

x("other", "es", True, """Atención al cliente: 900 482 193 (gratuito). Emergencias: 112.
Correo: atencion@reformas-albaicin.es. Ejemplo de IBAN para rellenar el formulario: ES91 2100 0418 4502 0005 1332.""")

x("other", "en", True, """Release notes 2.15.0
- Bumped Chrome to 126.0.6478.127 and Electron to 31.0.2.
- Default bind address changed from 0.0.0.0 to 127.0.0.1.
- Phone numbers in test fixtures now use the Ofcom drama range (07700 900000–900999).""")


if __name__ == "__main__":
    emit("tuning20s", cases)
