"""Tuning corpus 20t: a hand-labelled DEVELOPMENT set for the PII detector (462 cases in 53 languages,
153 of them hard negatives).

Everything below is invented: people, addresses, birth dates, numbers, keys and passwords.  Card numbers
are Luhn-valid and IBANs mod-97 valid; national ids, tax and insurance numbers carry their real check
digits, computed by the helpers in this script (passports, driving licences, some health-insurance
numbers and ids without a published check are typed without one).  Company, VAT and record numbers in
the hard negatives are mostly checksum-valid as well, so that the shape and the check alone do not
decide.

Labels (1553): DATE_OF_BIRTH 440, STREET_ADDRESS 413, PERSON 401, PASSPORT_OR_ID 146, API_KEY_OR_SECRET
54, PHONE 37, IP_ADDRESS 18, URL_WITH_CREDENTIALS 9, EMAIL 9, IBAN 9, MAC_ADDRESS 8, CREDIT_CARD 5,
US_SSN 4.
Birth dates and street addresses, which leak most, carry about a quarter of the labels each; many of
them sit in record exports, rosters, registers and route sheets whose column header is far above the
value.

Kinds of documents, each with positives and hard negatives:
  id       - national ids, passports, driving licences, residence permits, tax and insurance numbers of
             many countries with cue words in the local language, after a colon or a space, in tables,
             forms, scanned-form text with OCR spacing, chats, visa and hotel registration forms, HL7 and
             CSV exports; hard negatives are order, invoice, tracking, barcode, device, company registration,
             VAT, policy, claim and patient record numbers in the same shapes.
  person   - names in chats of scripts without case (Chinese, Japanese, Thai, Arabic, Hebrew, Hindi,
             Korean, Bengali, Persian), single given names in chats, names in forms, minutes, receipts and
             signatures in many languages, names in tables whose header is far away; hard negatives are
             products, public figures, historical and fictional people, streets, prizes and companies named
             after people, capitalised common words and role titles.
  dob      - birth dates in prose, forms, rosters, manifests and data rows in many formats and languages,
             with ages next to them, in tables with far-away headers, in Buddhist, Japanese-era, Persian,
             Hijri, Hebrew and Nepali calendars, in non-Latin digits and split over form cells; hard
             negatives carry other dates (issue, expiry, admission, delivery, founding, anniversaries) in
             the same shapes.
  secret   - passwords and tokens in prose, chats, configs and command lines, SID + auth token pairs of
             SMS/telephony APIs, connection strings; hard negatives are placeholders, variable references,
             masked values, hashes, public keys, commit SHAs, image digests, UUIDs and documented example
             keys.
  address  - multi-line and single-line addresses in Thai, Chinese, Japanese, Korean, Indian, Arabic,
             Persian, Latin American and East European formats with and without a cue word; hard negatives
             are company seats given as town only, landmarks, government addresses, directions and place
             names alone.
  other    - e-mails, phones, IPs, MACs, cards, IBANs, SSNs and URLs with credentials in hard places;
             hard negatives are role mailboxes, hotlines, documentation ranges, version numbers, masks,
             test cards, example IBANs, placeholders and company accounts.

Writing aid: <<T|value>> in a case text becomes m(T, value) (T = N, E, P, C, I, S, IP, MAC, U, K, A, D,
ID as in labels.py) and {{=name}} inserts a value computed below.

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
import datetime as _dt
import random as _random
import re
import string as _string

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


# --- further helpers ----------------------------------------------------------------------------
def spaced(s, gap=" "):
    """OCR-style spacing: every character of each group apart, groups three spaces apart."""
    return "   ".join(gap.join(g) for g in s.split(" "))


def days_since(d, base):
    return (d - base).days


def uy_ci(b7):
    c = (10 - _wsum(b7, [2, 9, 8, 7, 6, 3, 4]) % 10) % 10
    return "%s.%s.%s-%d" % (b7[0], b7[1:4], b7[4:], c)


def ec_cedula(b9):
    s = 0
    for i, a in enumerate(_digits(b9)):
        p = a * (2 if i % 2 == 0 else 1)
        s += p - 9 if p > 9 else p
    return b9 + str((10 - s % 10) % 10)


def au_medicare(b8, issue):
    assert b8[0] in "23456", b8
    c = _wsum(b8, [1, 3, 7, 9, 1, 3, 7, 9]) % 10
    t = b8 + str(c) + issue
    return "%s %s %s" % (t[:4], t[4:9], t[9])


def nz_nhi(letters, b3):
    alpha = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    s = sum((alpha.index(ch) + 1) * w for ch, w in zip(letters, [7, 6, 5])) + _wsum(b3, [4, 3, 2])
    r = s % 11
    assert r != 0, letters + b3
    c = 11 - r
    return letters + b3 + str(0 if c == 10 else c)


def md_idnp(b12):
    return b12 + str(_wsum(b12, [7, 3, 1] * 4) % 10)



def imei(b14):
    return b14 + luhn_digit(b14)


def it_piva(b10):
    return b10 + luhn_digit(b10)


def de_perso(serial9):
    """German identity card serial (letters and digits) with its ICAO check digit."""
    return serial9 + icao(serial9)



_ALNUM = _string.ascii_letters + _string.digits
_UPPER = _string.ascii_uppercase + _string.digits
_LOWER = _string.ascii_lowercase + _string.digits
_HEX = "0123456789abcdef"
_HEXU = "0123456789ABCDEF"
_B64 = _ALNUM + "+/"
_B64URL = _ALNUM + "-_"
_B32 = _string.ascii_uppercase + "234567"


def tok(n, seed, alphabet=_ALNUM):
    r = _random.Random("20t-%s" % seed)
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid4(seed):
    h = tok(32, "uuid-%s" % seed, _HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], "89ab"[int(h[16], 16) % 4], h[17:20], h[20:32])


def pem(kind, n_lines, seed, last=28):
    body = [tok(64, "pem-%s-%d" % (seed, i), _B64) for i in range(n_lines)] + [tok(last, "pem-%s-end" % seed, _B64) + "=="]
    return "\n".join(["-----BEGIN %s-----" % kind] + body + ["-----END %s-----" % kind])


def b64(s):
    import base64
    return base64.b64encode(s.encode()).decode()



def sp_rg(b8):
    """Registro Geral (São Paulo) with its mod-11 check character."""
    r = _wsum(b8, [2, 3, 4, 5, 6, 7, 8, 9]) % 11
    c = 11 - r
    dv = "X" if c == 10 else "0" if c == 11 else str(c)
    return "%s.%s.%s-%s" % (b8[:2], b8[2:5], b8[5:], dv)



def se_ocr(b):
    """Swedish bank-giro OCR payment reference (Luhn over the reference)."""
    return b + luhn_digit(b)


def il_company(b8):
    return b8 + luhn_digit(b8)


def upu_s10(prefix, b8, country):
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - _wsum(b8, w) % 11
    c = 5 if c == 11 else 0 if c == 10 else c
    return prefix + b8 + str(c) + country


# =============================================================================================
# 1. IDS
# =============================================================================================
V["perso1"] = de_perso("T22M6RFK0")
V["cf1"] = codice_fiscale("BRTLCU85H14F205")
V["dni1"] = dni("53829146")
V["nir1b"] = nir("2870369123047")
V["bsn1"] = bsn("19283746")
V["pesel1"] = pesel("8802150417")
V["dowod1"] = pl_id_card("CKM", "30571")
V["rc1"] = rodne("855214", "372")
V["taj1"] = taj("06392815")
V["adoaz1"] = hu_adoazon("8" + "%05d" % days_since(_dt.date(1984, 9, 22), _dt.date(1867, 1, 1)) + "361")
V["cnp1"] = cnp("291031240376")
V["egn1"] = egn("845107361")
V["oib1"] = oib("7391026458")
V["emso1"] = jmbg("110398250503")
V["sitax1"] = si_tax("7391028")
V["jmbg_sr"] = jmbg("020787771034")
V["jmbg_mk"] = jmbg("250693145007")
V["amka1"] = amka("2506931450")
V["afm1"] = afm("13927504")
V["tc1"] = tckn("385206174")
V["tc2"] = tckn("571903268")
V["pnr1"] = personnummer("930714", "258", "-")
V["fnr1"] = fnr("020379", "491")
V["cpr1"] = cpr("110894", "173")
V["hetu1"] = hetu("300591", "-", "273")
V["kt1"] = kennitala("240285", "33")
V["ee1"] = isikukood("4900623027")
V["lv1"] = lv_pk("090272", "1183")
V["lt1"] = isikukood("3870412051")
V["snils1"] = snils("163295048")
V["inn1"] = ru_inn12("5029317846")
V["ua1"] = ua_rnokpp("%05d" % days_since(_dt.date(1991, 11, 30), _dt.date(1899, 12, 31)) + "1276")
V["kz1"] = kz_iin("92013045012")
V["nino1"] = "PW 73 18 52 C"
V["nhs1"] = nhs("743195826")
V["medicare1"] = au_medicare("36150827", "1")
V["nhi1"] = nz_nhi("PXH", "573")
V["cpf1"] = cpf("703158246")
V["rg1"] = sp_rg("37104582")
V["curp1"] = curp("VAGD920503MDFRRN0")
V["cuil1"] = cuil("20", "38517204")
V["rut1"] = rut(17392054)
V["ec1"] = ec_cedula("091627384")
V["uy1"] = uy_ci("5193072")
V["cn1"] = cn_id("33010619730218273")
V["tw1"] = tw_id("A", "227391045")
V["rrn1"] = rrn("950718273614")
V["th1"] = thai_id("310050271936", " ")
V["th1thai"] = to_script(V["th1"], "\u0e50")
V["bd1"] = to_script("1992637201458", "\u09e6")
V["ae1"] = emirates_id("1990", "3617204")
V["iqama1"] = saudi_id("237104586")
V["eg1"] = to_script("29107150104738", "\u0660")
V["il1"] = il_id("31720485")
V["ir1"] = to_script(iran_code("127305849"), "\u06f0")
V["za1"] = za_id("930512082708")
V["sin1"] = sin("53829104")
V["ahv1"] = ahv("739102645")
V["svnr1"] = at_svnr("391", "140283")
V["benn1"] = be_nn("860219", "143")
V["stid1"] = steuer_id("6372918405")
V["md1"] = md_idnp("200391562704")
V["ssn1"] = ssn("529", "41", "7738")
V["ssn2"] = ssn("407", "83", "2615", "")

x("id", "de", False, """Meldeschein für Beherbergungsstätten — Pension Seeblick, Zimmer 7
Familienname: <<N|Brückner>>            Vorname: <<N|Henrike>>
Geburtsdatum: <<D|04.08.1979>>          Staatsangehörigkeit: deutsch
Anschrift: <<A|Lindenstraße 27, 34117 Kassel>>
Ausweisart: Personalausweis             Ausweis-Nr.: <<ID|{{=perso1}}>>
Anreise: 12.06.2025   Abreise: 15.06.2025   Mitreisende: 1 (Ehepartner)
Unterschrift des Gastes: ____________""")

x("id", "it", False, """Registrazione ospiti – Agriturismo Le Querce (comunicazione alloggiati)
Cognome: <<N|Bertolotti>>
Nome: <<N|Luca>>
Sesso: M     Data di nascita: <<D|14/06/1985>>     Luogo di nascita: Milano (MI)
Cittadinanza: italiana
Tipo documento: CARTA IDENTITÀ ELETTRONICA   Numero: <<ID|CA48219KX>>   Rilasciato da: Comune di Milano
Codice fiscale (per la fattura): <<ID|{{=cf1}}>>
Arrivo 03/07/2025 – Partenza 06/07/2025 – 2 adulti""")

x("id", "es", False, """Casa Rural El Almendro — Parte de entrada de viajeros
Nº de documento: <<ID|{{=dni1}}>>      Tipo: DNI      Fecha de expedición: 21/03/2022
Primer apellido: <<N|Ortuño>>         Segundo apellido: <<N|Baeza>>         Nombre: <<N|Consuelo>>
Sexo: F      Fecha de nacimiento: <<D|09/11/1971>>      Nacionalidad: ESPAÑA
Fecha de entrada: 18/07/2025
Firma del viajero:""")

x("id", "fr", False, """Objet : changement de situation — dossier de mon fils

Madame, Monsieur,

Mon fils <<N|Baptiste Lemaire-Roussel>>, né le <<D|16 août 2014>>, doit désormais être rattaché à ma carte Vitale et non
plus à celle de son père. Mon numéro de sécurité sociale est le <<ID|{{=nir1b}}>> ; celui de mon fils figurait sur
l'attestation du père (je ne l'ai pas). Notre nouvelle adresse :
<<A|Appartement 31, Résidence Les Tilleuls>>
<<A|9 allée des Bouvreuils>>
<<A|69120 Vaulx-en-Velin>>

Je vous prie d'agréer mes salutations distinguées.
<<N|Mélanie Roussel>>""")

x("id", "nl", False, """Opgaaf gegevens voor de loonheffingen (gescand, tekstlaag)
Burgerservicenummer      {{=bsn1sp}}
Achternaam en voorletter(s)     <<N|Van  den  Heuvel,  R.J.>>
Geboortedatum     <<D|1 7 - 0 3 - 1 9 9 0>>
Adres     <<A|Kastanjelaan  112>>
Postcode en woonplaats     <<A|5616  KG   Eindhoven>>
Wilt u dat uw werkgever rekening houdt met de loonheffingskorting?   [X] Ja, vanaf 01-06-2025""".replace("{{=bsn1sp}}", "<<ID|" + spaced(V["bsn1"][:4] + " " + V["bsn1"][4:6] + " " + V["bsn1"][6:]) + ">>"))

x("id", "pl", False, """UMOWA ZLECENIA nr 14/2025
zawarta w dniu 2 czerwca 2025 r. w Poznaniu pomiędzy Pracownią Ceramiki „Glina” s.c. (Poznań), zwaną dalej
Zleceniodawcą, a
Panią <<N|Agnieszką Wróblewską>>, ur. <<D|15.02.1988>> r., PESEL <<ID|{{=pesel1}}>>, legitymującą się dowodem osobistym seria i numer
<<ID|{{=dowod1}}>>, zamieszkałą: <<A|os. Stefana Batorego 41 m. 9, 60-687 Poznań>>, zwaną dalej Zleceniobiorcą.""")

x("id", "cs", False, """NÁJEMNÍ SMLOUVA
Pronajímatel: <<N|Jaroslav Kučera>>, nar. <<D|3. 1. 1961>>, bytem <<A|Lidická 1187/15, 602 00 Brno>>
Nájemce: <<N|Veronika Šťastná>>, nar. <<D|14. 2. 1985>>, r. č. <<ID|{{=rc1}}>>, číslo OP <<ID|204871356>>
Předmět nájmu: byt 2+1 ve 3. podlaží (popis viz příloha č. 1)
Nájemné: 14 500 Kč měsíčně, splatné k 15. dni měsíce, VS 2025061""")

x("id", "hu", False, """BELÉPŐ MUNKAVÁLLALÓ ADATLAPJA
Név: <<N|Szalai Boglárka>>
Születési hely, idő: Szeged, <<D|1984. szeptember 22.>>
Adóazonosító jel: <<ID|{{=adoaz1}}>>
TAJ szám: <<ID|{{=taj1}}>>
Lakcím: <<A|6722 Szeged, Tisza Lajos krt. 58. 2/4.>>
Munkaviszony kezdete: 2025. 07. 01.""")

x("id", "ro", False, """CONTRACT DE ÎNCHIRIERE
Între <<N|Dumitrescu Adrian-Mihai>>, în calitate de proprietar, și doamna <<N|Ilinca Preda>>, născută la
<<D|12.03.1991>> în Brașov, CNP <<ID|{{=cnp1}}>>, posesoare a C.I. seria <<ID|BV 572913>>, cu domiciliul în
<<A|Str. Lungă nr. 144, ap. 3, Brașov 500051>>, în calitate de chiriaș, s-a încheiat prezentul contract.""")

x("id", "bg", False, """Viber • Банка ДСК — Виртуален асистент
Асистент: За да продължим с кредитната карта, моля въведете вашето ЕГН.
Вие: <<ID|{{=egn1}}>>
Асистент: Благодаря. Моля потвърдете и номера на личната карта.
Вие: <<ID|648213970>>
Асистент: Заявката ви е приета с номер 2025-0619-3381.""")

x("id", "hr", False, """UGOVOR O DJELU
Naručitelj: Tiskara Mlinar d.o.o., Varaždin
Izvođač: <<N|Ivana Kovačić>>, rođena <<D|2. 5. 1990.>>, OIB: <<ID|{{=oib1}}>>, <<A|Frankopanska 7, 42000 Varaždin>>
Predmet ugovora: grafičko oblikovanje kataloga za 2026. godinu
Naknada: 1.200,00 EUR bruto, isplata na IBAN izvođača.""")

x("id", "sl", False, """Vloga za vpis otroka v vrtec — podatki o staršu
Ime in priimek: <<N|Maja Zupančič>>
EMŠO: <<ID|{{=emso1}}>>
Davčna številka: <<ID|{{=sitax1}}>>
Naslov stalnega prebivališča: <<A|Trubarjeva cesta 19, 1000 Ljubljana>>
Podatki o otroku: <<N|Lan>>, rojen <<D|8. 2. 2021>>""")

x("id", "sr", False, """Изјава о одговорности за малолетно лице на екскурзији
Родитељ: <<N|Снежана Стојановић>>
ЈМБГ: <<ID|{{=jmbg_sr}}>>
Број личне карте: <<ID|011937482>>
Дете: <<N|Милица Стојановић>>, рођена <<D|21. 9. 2012.>>
Екскурзија: Нови Сад – Тара, 14–16. мај 2025.""")

x("id", "mk", False, """Барање за издавање потврда
Подносител: <<N|Александар Трајковски>>
ЕМБГ: <<ID|{{=jmbg_mk}}>>
Датум на раѓање: <<D|25.06.1993>>
Адреса: <<A|ул. Партизанска бр. 44/12, 1000 Скопје>>
Потврдата е потребна за: банка""")

x("id", "el", False, """ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ ΜΕΛΟΥΣ — Ναυτικός Όμιλος Πειραιά
Επώνυμο: <<N|ΠΑΠΑΔΗΜΗΤΡΙΟΥ>>        Όνομα: <<N|ΧΡΥΣΑΝΘΗ>>
Ημερ. γέννησης: <<D|25/06/1993>>
Α.Μ.Κ.Α.: <<ID|{{=amka1}}>>        Α.Φ.Μ.: <<ID|{{=afm1}}>>
Διεύθυνση: <<A|Ακτή Μιαούλη 83, 185 38 Πειραιάς>>
Τμήμα: ιστιοπλοΐα ενηλίκων""")

x("id", "tr", False, """[Kapadokya Gezisi 🎈] WhatsApp grubu
[18.06.25 21:04] <<N|Elif>>: arkadaşlar otel giriş için herkesin TC lazımmış, buraya yazın ben toplu gönderiyorum
[18.06.25 21:06] <<N|Burak Yıldız>>: <<ID|{{=tc1}}>>
[18.06.25 21:09] <<N|Seda>>: benimki <<ID|{{=tc2}}>> doğum tarihi de lazımsa <<D|03.02.1996>>""")

x("id", "sv", False, """Blocket • Meddelande om annons "Andrahandsuthyrning 1:a Södermalm"
Hej! Jag heter <<N|Linnea Forsberg>> och är intresserad av lägenheten. Jag har fast jobb som sjuksköterska.
Mitt personnummer är <<ID|{{=pnr1}}>> (född <<D|14 juli 1993>>) om du vill göra en kreditupplysning.
Mvh <<N|Linnea>>""")

x("id", "no", False, """Til: post@solsikken-barnehage.no
Emne: Søknad om redusert foreldrebetaling

Hei,
Jeg søker om redusert betaling for <<N|Sigurd>> (født <<D|14.11.2020>>). Mitt fødselsnummer er <<ID|{{=fnr1}}>>.
Skattemeldingen for 2024 ligger vedlagt.

Hilsen <<N|Ingrid Aasland>>""")

x("id", "da", False, """LEJEKONTRAKT FOR VÆRELSE
Udlejer: <<N|Poul Erik Kjærgaard>>
Lejer: <<N|Freja Nørgaard>>, født <<D|11.08.1994>>, CPR-nr. <<ID|{{=cpr1}}>>
Lejemålets adresse: <<A|Vesterbrogade 141, 3. tv., 1620 København V>>
Lejen udgør 5.200 kr. pr. måned. Depositum: 15.600 kr.""")

x("id", "fi", False, """TYÖSOPIMUS (määräaikainen)
Työnantaja: Kahvila Puolukka Oy, Tampere
Työntekijä: <<N|Aino Lehtonen>>
Henkilötunnus: <<ID|{{=hetu1}}>>
Syntymäaika: <<D|30.5.1991>>
Kotiosoite: <<A|Hämeenpuisto 31 B 14, 33200 Tampere>>
Työsuhde alkaa 1.6.2025 ja päättyy 31.8.2025.""")

x("id", "is", False, """Messenger
<<N|Guðrún>>: hæ, ég þarf kennitöluna þína fyrir sumarbústaðabókunina hjá stéttarfélaginu
<<N|Hrafnhildur Sveinsdóttir>>: <<ID|{{=kt1}}>>
þú: takk elskan! ég læt þig vita þegar það er staðfest""")

x("id", "et", False, """Spordiklubi Kalev — liikmeks astumise avaldus
Ees- ja perekonnanimi: <<N|Kadri Tamm>>
Isikukood: <<ID|{{=ee1}}>>
Sünniaeg: <<D|23.06.1990>>
Elukoht: <<A|Tartu mnt 57-12, 10115 Tallinn>>
Liikmemaks tasutakse arve alusel.""")

x("id", "lv", False, """Iesniegums dienesta viesnīcas istabai
Vārds, uzvārds: <<N|Artūrs Kalniņš>>
Personas kods: <<ID|{{=lv1}}>>
Dzimšanas datums: <<D|09.02.1972>>
Deklarētā adrese: <<A|Brīvības iela 204 - 17, Rīga, LV-1039>>
Lūdzu piešķirt istabu no 1. septembra.""")

x("id", "lt", False, """Sutikimas dėl asmens duomenų tvarkymo
Aš, <<N|Mantas Jankauskas>>, asmens kodas <<ID|{{=lt1}}>>, gimęs <<D|1987 m. balandžio 12 d.>>, sutinku, kad UAB
„Vilniaus vandenys“ (Vilnius) tvarkytų mano duomenis sutarties vykdymo tikslais.""")

x("id", "ru", False, """Анкета соискателя (заполняется собственноручно)
Фамилия, имя, отчество: <<N|Гаврилова Дарья Сергеевна>>
Дата рождения: <<D|17.05.1995>>   Место рождения: г. Тула
Паспорт: <<ID|70 15 384912>>, выдан ОУФМС России по Тульской обл. 02.06.2015
СНИЛС: <<ID|{{=snils1}}>>
ИНН: <<ID|{{=inn1}}>>
Адрес регистрации: <<A|г. Тула, ул. Советская, д. 64, кв. 27>>""")

x("id", "uk", False, """Заява на отримання соціальної допомоги
ПІБ: <<N|Мельничук Олена Петрівна>>
РНОКПП: <<ID|{{=ua1}}>>
Дата народження: <<D|30.11.1991>>
Паспорт (ID-картка) №: <<ID|004829371>>
Адреса: <<A|м. Вінниця, вул. Соборна, буд. 38, кв. 5>>
Дата заповнення: 11.06.2025""")

x("id", "kk", False, """Өтініш берушінің деректері
Тегі, аты: <<N|Серікбаев Нұрлан>>
ЖСН: <<ID|{{=kz1}}>>
Туған күні: <<D|30.01.1992>>
Мекенжайы: <<A|Алматы қ., Абай даңғылы, 150, 48-пәтер>>""")

x("id", "ka", False, """განცხადება ბინის ქირავნობის შესახებ
მოიჯარე: <<N|ნინო ბერიძე>>
პირადი ნომერი: <<ID|01024085317>>
დაბადების თარიღი: <<D|19.04.1989>>
მისამართი: <<A|თბილისი, ვაჟა-ფშაველას გამზ. 71, ბინა 34>>""")

x("id", "en", False, """GMS1 — Family doctor services registration
Surname <<N|Adeyemi-Clarke>>          First names <<N|Tobias Oluwaseun>>
Date of birth <<D|22/10/1986>>        NHS No. (if known) <<ID|{{=nhs1}}>>
National Insurance No. <<ID|{{=nino1}}>>
Home address
<<A|Flat 4, Corbridge House>>
<<A|17 Harehills Lane>>
<<A|Leeds LS8 5DB>>
Previous GP: Chapel Allerton Surgery""")

x("id", "en", False, """Rental application — Maple Court Apartments, unit 3C
Applicant: <<N|Kristen Alvarado>>   DOB: <<D|02/17/1990>>   SSN: <<S|{{=ssn1}}>>
Driver's license: <<ID|A318-5274-0619>> (IL)
Current address: <<A|2241 W Cortland St, Apt 2R, Chicago, IL 60647>>   (since 2021)
Previous address (2015–2021):
<<A|8816 S Kilbourn Ave>>
<<A|Hometown IL 60456>>
Monthly income: $5,400   Employer: Lakeview Dental Group""")

x("id", "en", False, """Subject: W-7 follow-up
Hi <<N|Rosa>>,
The IRS finally issued my ITIN: <<ID|927-84-3105>> (DOB on the W-7 was <<D|06/30/1988>>). Can you use it for the 2024 return instead of the
"applied for" note? My spouse still files with her SSN <<S|{{=ssn2}}>>.
Thanks,
<<N|Julián Herrera>>""")

x("id", "en", False, """Little Wattles Early Learning — Child enrolment form
Child's full name: <<N|Matilda Rose Keane>>      Date of birth: <<D|09/12/2021>>
Child's Medicare number: <<ID|{{=medicare1}}>>   Ref no. 2
Home address: <<A|14 Banksia Crescent, Wodonga VIC 3690>>
Parent/guardian 1: <<N|Brianna Keane>>   Mobile: <<P|0412 739 508>>
Days requested: Mon, Wed, Thu""")

x("id", "en", False, """Te Kura o Waimārie — Health information form
Student: <<N|Ariki Tuhoe>>    Year level: 7    DOB: <<D|3 March 2014>>
NHI number: <<ID|{{=nhi1}}>>
Allergies: peanuts (EpiPen in office)
Emergency contact: <<N|Moana Tuhoe>> (aunty)""")

x("id", "fr", False, """Formulaire d'inscription — Club de natation de Sherbrooke
Nom : <<N|Bouchard>>   Prénom : <<N|Émilie>>
Date de naissance : <<D|1988-04-15>>
No d'assurance maladie (RAMQ) : <<ID|BOUE 8854 1512>>
Adresse : <<A|1275, rue King Ouest, app. 6, Sherbrooke (Québec) J1H 1R9>>
NAS (pour le relevé 1, moniteurs seulement) : <<ID|{{=sin1}}>>""")

x("id", "pt", False, """[10:14] Locadora Vila Rica: Bom dia! Para finalizar a reserva precisamos do CPF, RG e CNH do condutor principal.
[10:21] <<N|Thiago Nascimento>>: bom dia! cpf <<ID|{{=cpf1}}>>
rg <<ID|{{=rg1}}>> SSP/SP
cnh <<ID|04829317560>> validade 08/2029, nascido em <<D|21/03/1994>>
[10:25] Locadora Vila Rica: Perfeito, reserva RV-20931 confirmada para sexta às 9h.""")

x("id", "es", False, """SOLICITUD DE CRÉDITO PERSONAL — Caja Popular Santa Fe
Nombre(s): <<N|Daniela>>   Apellido paterno: <<N|Vargas>>   Apellido materno: <<N|Guerrero>>
CURP: <<ID|{{=curp1}}>>
Clave de elector (INE): <<ID|VRGRDN92050309M700>>
Fecha de nacimiento: <<D|03/05/1992>>
Domicilio: <<A|Calle Tlacotalpan 58, Int. 3, Col. Roma Sur, 06760 Ciudad de México>>""")

x("id", "es", False, """MercadoLibre — mensajes de la compra #2000008471936
Vendedor: para hacerte la factura A necesito tu CUIL y dirección
<<N|Nicolás Ferreyra>>: CUIL <<ID|{{=cuil1}}>>, pero factura B está bien, soy consumidor final
<<N|Nicolás Ferreyra>>: mandalo a <<A|Av. Colón 2143, 5° C, X5003 Córdoba>>""")

x("id", "es", False, """CONTRATO DE ARRIENDO
En Valparaíso, a 1 de julio de 2025, comparecen don <<N|Sebastián Órdenes Pizarro>>, cédula nacional de identidad
N° <<ID|{{=rut1}}>>, arrendador, y doña <<N|Camila Retamal>>, C.I. <<ID|{{=rut2}}>>, arrendataria, con domicilio en
<<A|Pasaje Los Cerezos 417, Cerro Alegre, Valparaíso>>.""".replace("{{=rut2}}", rut(19283746)))

x("id", "es", False, """Ficha de matrícula — Unidad Educativa Particular San Andrés (Guayaquil)
Estudiante: <<N|Joaquín Mera Castillo>>    Cédula: <<ID|{{=ec1}}>>
Fecha de nacimiento: <<D|27 de febrero de 2013>>
Representante: <<N|Patricia Castillo>>    Celular: <<P|098 274 3619>>""")

x("id", "es", False, """Hola <<N|Fede>>, para el seguro del auto me piden tu cédula, ¿me la pasás? La mía es <<ID|{{=uy1}}>>.
— Dale, la mía es <<ID|{{=uy2}}>>. Ojo que la libreta vence en octubre.""".replace("{{=uy2}}", uy_ci("4720158")))

x("id", "zh", False, """微信 · 家庭群「老王家」
<<N|王建国>>：12306 抢到票了，给你们三个都买了 G7 次，身份证号我再核对一下：<<N|李秀梅>> <<ID|{{=cn1}}>>
<<N|王悦>>：爸，我的是 <<ID|{{=cn2}}>> 别填错了""".replace("{{=cn2}}", cn_id("33010620030903152")))

x("id", "zh", False, """國民中學新生報到資料表
學生姓名：<<N|林柏翰>>　　出生日期：<<D|民國102年3月8日>>
身分證統一編號：<<ID|{{=tw1}}>>
戶籍地址：<<A|臺北市大安區和平東路二段118巷9號3樓>>
家長：<<N|林志豪>>（父）　手機：<<P|0932-517-408>>""".replace("{{=tw1}}", tw_id("A", "131204857")))

x("id", "ja", False, """レンタカー貸渡証（控）
借受人氏名：<<N|佐々木 美咲>>
生年月日：<<D|平成4年11月3日>>
運転免許証番号：第<<ID|301928471530>>号
住所：<<A|〒980-0811 宮城県仙台市青葉区一番町2丁目4-17 パークハイツ一番町603>>
貸渡日時：2025年7月19日 10:00""")

x("id", "ko", False, """카카오톡 · 부동산 중개
중개사 <<N|박정민>>: 계약서 작성하려면 주민번호랑 현주소 필요합니다
<<N|한서윤>>: 주민번호 <<ID|{{=rrn1}}>>이고요 생년월일은 <<D|1995년 7월 18일>>이에요
<<N|한서윤>>: 주소는 <<A|서울특별시 마포구 월드컵북로 235, 302동 1102호>>입니다
중개사: 네 확인했습니다. 토요일 2시에 뵙겠습니다""")

x("id", "th", False, """LINE · ร้านซ่อมมือถือ
ร้าน: รบกวนขอเลขบัตรประชาชนสำหรับใบรับประกันค่ะ
<<N|ธนวัฒน์>>: <<ID|{{=th1}}>> ครับ
ร้าน: ขอบคุณค่ะ คุณ<<N|ธนวัฒน์>> เครื่องจะเสร็จวันพฤหัสนะคะ""")

x("id", "vi", False, """Zalo · Nhóm nhà trọ
Cô <<N|Hạnh>>: con gửi cô số CCCD với ngày sinh để cô đăng ký tạm trú nha
<<N|Nguyễn Minh Thư>>: dạ số CCCD của con là <<ID|079195012847>>
<<N|Nguyễn Minh Thư>>: ngày sinh <<D|12/09/1995>> ạ
Cô: ừ cô nhận rồi""")

x("id", "id", False, """FORMULIR PEMBUKAAN REKENING — Koperasi Simpan Pinjam Maju Bersama
Nama lengkap sesuai KTP: <<N|Dewi Lestari Anggraini>>
NIK: <<ID|3273046107890003>>
NPWP: <<ID|48.219.370.5-423.000>>
Tempat/Tgl. lahir: Bandung, <<D|21-07-1989>>
Alamat: <<A|Jl. Cihampelas No. 214, RT 03/RW 07, Kel. Cipaganti, Kec. Coblong, Kota Bandung 40131>>""")

x("id", "ms", False, """Borang Pendaftaran Ahli — Kelab Badminton Shuttle Kajang
Nama: <<N|Nurul Aisyah binti Kamarudin>>
No. Kad Pengenalan: <<ID|930417-10-5824>>
Tarikh lahir: <<D|17 April 1993>>
Alamat: <<A|No. 27, Jalan Mesra 3/2, Taman Mesra, 43000 Kajang, Selangor>>
Tel: <<P|012-739 4185>>""")

x("id", "tl", False, """Messenger
<<N|Jhun>>: pre pasend naman ng TIN at SSS mo, ipapasok ko na sa payroll bukas
<<N|Marites Dela Cruz>>: TIN <<ID|418-273-905-000>> tapos SSS <<ID|34-5172089-3>>
ako: salamat mars!""")

x("id", "hi", False, """[09/06/25, 11:40] <<N|Karan Malhotra>>: bhaiya ITR filing ke liye PAN bhej raha hu
[09/06/25, 11:40] <<N|Karan Malhotra>>: <<ID|BXQPM4718K>>, DOB <<D|08/02/1991>>
[09/06/25, 11:42] CA Sahab: theek hai, Form 16 bhi bhej dena. Voter ID ki zarurat nahi hai""")

x("id", "bn", False, """জাতীয় পরিচয়পত্রের তথ্য (স্কুল ভর্তি ফরম থেকে)
অভিভাবকের নাম: মোছাঃ <<N|রুমানা আক্তার>>
জাতীয় পরিচয়পত্র নম্বর: <<ID|{{=bd1}}>>
শিক্ষার্থীর জন্ম তারিখ: <<D|১৪/০২/২০১৭>>""")

x("id", "ur", False, """درخواست برائے کرایہ داری اندراج
کرایہ دار کا نام: <<N|محمد عمران اشرف>>
شناختی کارڈ نمبر: <<ID|35202-4718390-7>>
تاریخ پیدائش: <<D|12-08-1987>>
مستقل پتہ: <<A|مکان نمبر 14، گلی نمبر 6، محلہ اسلام پورہ، لاہور>>""")

x("id", "ar", False, """نموذج طلب تأشيرة زيارة عائلية — بيانات المستضيف
الاسم: <<N|خالد عبدالله الشمري>>
رقم الإقامة: <<ID|{{=iqama1}}>>
تاريخ الميلاد (هـ): <<D|1410/04/22>>
العنوان الوطني: <<A|7284 شارع الأمير سلطان، حي الروضة، جدة 23435>>""")

x("id", "ar", False, """واتساب
<<N|ريم>>: حبيبتي ابعتيلي رقم البطاقة عشان أحجز لك في المعمل
<<N|منة الله سامي>>: <<ID|{{=eg1}}>> ومواليد <<D|١٥ يوليو ١٩٩١>>""")

x("id", "ar", False, """Emirates ID application — family sponsorship (Arabic/English form)
الاسم / Name: <<N|Fatima Al Nuaimi>>
رقم الهوية / ID No.: <<ID|{{=ae1}}>>
Passport No.: <<ID|P7184392>>
Date of birth / تاريخ الميلاد: <<D|07/03/1990>>""")

x("id", "he", False, """טופס 101 — כרטיס עובד
שם משפחה: <<N|אברמוביץ>>   שם פרטי: <<N|שירה>>
מספר זהות: <<ID|{{=il1}}>>
תאריך לידה: <<D|14.01.1992>>
כתובת: <<A|רחוב הנביאים 48 דירה 6, חיפה 3310402>>""")

x("id", "fa", False, """فرم ثبت‌نام کلاس زبان
نام و نام خانوادگی: <<N|سارا موسوی>>
کد ملی: <<ID|{{=ir1}}>>
تاریخ تولد: <<D|۱۳۷۳/۰۵/۱۹>>
نشانی: <<A|تهران، خیابان شریعتی، کوچه یاس، پلاک ۱۲، واحد ۴>>""")

x("id", "sw", False, """Fomu ya Usajili wa Mwanachama — SACCO ya Wakulima Nyeri
Jina kamili: <<N|Wanjiru Kamau Njoroge>>
Nambari ya kitambulisho: <<ID|31827405>>
KRA PIN: <<ID|A017382945Q>>
Tarehe ya kuzaliwa: <<D|05/08/1994>>
Anwani ya posta: <<A|S.L.P. 1827, Nyeri>>""")

x("id", "af", False, """Aansoekvorm — Stellenbosch Skaakklub
Naam en van: <<N|Marelize du Toit>>
ID-nommer: <<ID|{{=za1}}>>
Geboortedatum: <<D|12 Mei 1993>>
Posadres: <<A|Posbus 2714, Stellenbosch, 7599>>""")

x("id", "nl", False, """Inschrijvingsformulier muziekacademie (Gent)
Naam leerling: <<N|Lotte Vermeulen>>
Rijksregisternummer: <<ID|{{=benn1}}>>
Geboortedatum: <<D|19/02/1986>>
Adres: <<A|Sint-Pietersnieuwstraat 88 bus 3, 9000 Gent>>
Instrument: cello (2de graad)""")

x("id", "de", False, """Personalfragebogen (Schweiz) — Eintritt 1. August 2025
Name / Vorname: <<N|Meier-Gisler, Corinne>>
AHV-Nummer: <<ID|{{=ahv1}}>>
Geburtsdatum: <<D|09.12.1983>>
Wohnadresse: <<A|Bahnhofstrasse 12, 8953 Dietikon>>
Zivilstand: verheiratet seit 2011""")

x("id", "de", False, """Anmeldung zur Sozialversicherung — Aushilfe (Wien)
Familienname: <<N|Hofbauer>>   Vorname: <<N|Magdalena>>
SV-Nummer: <<ID|{{=svnr1}}>>
Geburtsdatum: <<D|14. Februar 1983>>
Steuer-ID (aus Deutschland zugezogen): <<ID|{{=stid1}}>>
Wohnsitz: <<A|Gumpendorfer Straße 64/9, 1060 Wien>>""")

x("id", "ro", False, """Cerere de înscriere la grădiniță (Chișinău)
Părintele: <<N|Natalia Rusu>>, IDNP <<ID|{{=md1}}>>
Copilul: <<N|Ana Rusu>>, data nașterii <<D|17.09.2021>>
Adresa: <<A|str. Ismail 86, ap. 41, MD-2001 Chișinău>>""")

# --- id: hard negatives ------------------------------------------------------------------------
V["order_bsnshape"] = bsn("71039285")
V["pesel_order"] = pesel("9105230481")
V["vs_rc"] = rodne("885214", "372").replace("/", "")
V["cnp_order"] = cnp("290412403761")
V["inn_order"] = ru_inn12("7719482035")
V["tc_order"] = tckn("748219305")
V["ocr_se"] = se_ocr("820611473")
V["kid_no"] = "4471203958" + luhn_digit("4471203958")
V["nhs_order"] = nhs("482193705")
V["aad_upi"] = verhoeff("41829370561", "")
V["cn_order"] = cn_id("33010620250612048")
V["myn_slip"] = my_number("40219370581", "-")
V["il_order"] = il_id("20948173")

x("id", "de", True, """Elektro Sauer GmbH · Sitz: Bielefeld · Amtsgericht Bielefeld HRB 48219
USt-IdNr.: DE318472905 · Steuernummer: 305/5817/2049

RECHNUNG Nr. 2025-06-4471                                    Datum: 13.06.2025
Kundennummer: 10482937        Auftragsnummer: A-250604-17
Pos. 1  Wallbox 11 kW, Seriennr. T4X9L2KM7C      1.049,00 €
Pos. 2  Montagepauschale                            380,00 €
Zahlbar bis 27.06.2025 ohne Abzug.""")

x("id", "nl", True, """PAKBON — Fietsonderdelen Direct (Zwolle)
Ordernummer: {{=order_bsnshape}}            Besteldatum: 09-06-2025
KvK: 71482930    Btw: NL862193705B01
Track & Trace: 3SFDKW4821937
Artikel 4471-02  Kettingblad 38T   1 st.
Retourneren binnen 30 dagen met retourcode RT-7720.""")

x("id", "pl", True, """FAKTURA VAT nr FV/2025/06/1182
Sprzedawca: Hurtownia Budowlana „Cegiełka” sp. z o.o., Kielce
NIP: {{=nip1}}   REGON: 292840157   KRS: 0000482193
Numer zamówienia internetowego: {{=pesel_order}}
Termin płatności: 14 dni, przelew. Data sprzedaży: 10.06.2025""".replace("{{=nip1}}", pl_nip("657284019")))

x("id", "fr", True, """FACTURE N° F-2025-06-00482
Menuiserie Girard & Fils — Angers
SIRET : {{=siret1}}   TVA intracommunautaire : FR{{=tvakey}}
N° de commande : 2 87 03 49 218 005   N° de dossier sinistre : 25-SIN-004821
Date d'intervention : 11/06/2025 — Pose de fenêtres PVC (3 unités)""".replace("{{=siret1}}", siret("4821937050001")).replace("{{=tvakey}}", "%02d482193705" % ((12 + 3 * (482193705 % 97)) % 97)))

x("id", "es", True, """FACTURA SIMPLIFICADA T-2025/08812
Ferretería La Unión S.L. — Murcia — CIF {{=cif1}}
Nº pedido web: 53829146-K   Nº de póliza de garantía: PG-2025-004821
Forma de pago: tarjeta ****7302   Fecha: 12/06/2025 18:41""".replace("{{=cif1}}", es_cif("B", "3048219")))

x("id", "it", True, """Ferramenta Colombo S.r.l. — Monza
P.IVA e Codice Fiscale: {{=piva1}}   REA MB-1482193
DOCUMENTO COMMERCIALE di vendita o prestazione
Ordine n. BRTLCU-2025-0614   Cassa 02   Scontrino 0482-0193
TOTALE COMPLESSIVO 84,90 €""".replace("{{=piva1}}", it_piva("0482193705")))

x("id", "cs", True, """FAKTURA – DAŇOVÝ DOKLAD č. 2025061182
Dodavatel: Truhlářství Dvořák s.r.o., Jihlava
IČO: {{=ico1}}   DIČ: CZ{{=ico1}}
Variabilní symbol: {{=vs_rc}}   Konstantní symbol: 0308
Datum vystavení: 12. 6. 2025   Datum splatnosti: 26. 6. 2025""".replace("{{=ico1}}", cz_ico("2648193")))

x("id", "hu", True, """SZÁMLA — Kovács és Társa Bt. (Pécs)
Adószám: {{=adoszam1}}   Cégjegyzékszám: 02-06-482193
Rendelésszám: 071 482 195   Vevőkód: V-44821
Teljesítés dátuma: 2025.06.12.   Fizetési határidő: 2025.06.20.""".replace("{{=adoszam1}}", hu_adoszam("2748193", "-2-02")))

x("id", "ro", True, """FACTURĂ FISCALĂ seria MB nr. 004821
Furnizor: Tâmplăria Ardeleana S.R.L., Cluj-Napoca
CUI: RO{{=cui1}}   Nr. Reg. Com.: J12/4821/2019
Comanda nr. {{=cnp_order}}   Data: 12.06.2025
Cont: RO49 AAAA 1B31 0075 9384 0000 (cont exemplu din ghidul de plăți)""".replace("{{=cui1}}", ro_cui("4821937")))

x("id", "ru", True, """СЧЁТ НА ОПЛАТУ № 482 от 11 июня 2025 г.
Поставщик: ООО «Уральский кабель», г. Екатеринбург
ИНН {{=inn10}}   КПП 667101001   ОГРН {{=ogrn1}}
Номер заказа в интернет-магазине: {{=inn_order}}
Основание: договор поставки № 17/25""".replace("{{=inn10}}", ru_inn10("667148219")).replace("{{=ogrn1}}", ogrn("102660148219")))

x("id", "tr", True, """e-Arşiv Fatura — Ege Mobilya San. ve Tic. A.Ş. (İzmir)
Vergi Dairesi: Karşıyaka   VKN: 3840219375
MERSİS No: 0384021937500015
Sipariş No: {{=tc_order}}   Kargo Takip No: 7304821937
Düzenlenme Tarihi: 12.06.2025""")

x("id", "sv", True, """FAKTURA 2025-4471 — Norrlands Solenergi AB, Umeå
Org.nr {{=orgnr1}} · Godkänd för F-skatt
Att betala: 12 480,00 kr   Förfallodag: 2025-07-10
Bankgiro: 5482-1937   OCR-nummer: {{=ocr_se}}
Ange alltid OCR-numret vid betalning.""".replace("{{=orgnr1}}", se_orgnr("556482193")))

x("id", "no", True, """FAKTURA — Bergen Rørleggerservice AS
Org.nr {{=noorg}} MVA
Fakturanr: 20250617   Kundenr: 48219
KID-nummer: {{=kid_no}}   Kontonr: 1503.48.21937
Forfall: 01.07.2025""".replace("{{=noorg}}", no_orgnr("91482193")))

x("id", "fi", True, """LASKU — Saimaan Sähkötyö Oy, Lappeenranta
Y-tunnus: {{=yt}}
Laskun numero: 20250612-73   Tilausnumero: 120625-0073
Viitenumero: 48219 37052   Eräpäivä: 26.6.2025""".replace("{{=yt}}", ytunnus("2948173")))

x("id", "da", True, """Ordrebekræftelse — Jysk Havemøbler ApS, Herning
CVR: {{=cvr1}}
Ordrenr.: 250611-4471   Leveringsuge: 27
Varenr. 4482193 Liggestol teak, 2 stk.
Betaling modtaget 12.06.2025""".replace("{{=cvr1}}", "34821937"))

x("id", "en", True, """Harbour & Finch Ltd — Order confirmation
Company number 11482930 · VAT GB {{=gbvat}}
Your order number: {{=nhs_order}}
Tracked 24: {{=s10}}
Estimated delivery: Tue 17 Jun 2025""".replace("{{=gbvat}}", gb_vat("3048219")[3:]).replace("{{=s10}}", upu_s10("TT", "48219370", "GB")))

x("id", "en", True, """Claim acknowledgement — Summit Mutual Auto
Policy number: SMA-482-193-705
Claim #: 482-19-3705
Adjuster assignment within 2 business days. Employer Identification Number of insurer: 47-2918305.
USPS return label: 9400 1118 9922 3817 4260 15""")

x("id", "en", True, """Tax invoice — Nilgiri Spices Pvt Ltd (Kochi)
GSTIN: 32AAGCN4821K1ZQ   CIN: U15490KL2015PTC048219
Order ID: OD428193705641230   Invoice no.: KL-25-26/00482
Paid via UPI, UPI Ref No.: {{=aad_upi}}
HSN 0904 — Black pepper 500 g × 2""")

x("id", "zh", True, """电子发票（普通发票）
销售方：杭州云帆电器有限公司
统一社会信用代码：{{=uscc1}}
订单编号：{{=cn_order}}
顺丰运单号：SF1482193705628
开票日期：2025年06月12日""".replace("{{=uscc1}}", uscc("91330106MA2H4821J")))

x("id", "ja", True, """請求書
株式会社ミナト精機（横浜市）
登録番号：T{{=jpc}}
ご注文番号：20250612-004821
お問い合わせ伝票番号：{{=myn_slip}}
お支払期限：2025年6月30日""".replace("{{=jpc}}", jp_corp("020104821937")))

x("id", "ko", True, """전자세금계산서
공급자 상호: (주)한빛정밀 (인천)
사업자등록번호: {{=brn}}
법인등록번호: {{=corp}}
주문번호: 2025061200482193
운송장번호: 6482-1937-0561""".replace("{{=brn}}", kr_brn("131864821")).replace("{{=corp}}", kr_corp("120111048219")))

x("id", "th", True, """ใบกำกับภาษี/ใบเสร็จรับเงิน
บริษัท สยามเครื่องเย็น จำกัด (สาขาเชียงใหม่)
เลขประจำตัวผู้เสียภาษี 0 5055 61048 21 7
เลขที่ใบแจ้งหนี้ INV-2568/06-0482
วันที่ 12 มิถุนายน 2568""")

x("id", "vi", True, """HÓA ĐƠN GIÁ TRỊ GIA TĂNG
Đơn vị bán hàng: Công ty TNHH Điện máy Sông Hàn (Đà Nẵng)
Mã số thuế: 0401827395
Số đơn hàng: 048206117305
Ký hiệu: 1C25TSH   Số: 00004821""")

x("id", "id", True, """FAKTUR PENJUALAN — PT Sinar Baja Nusantara (Surabaya)
NPWP Perusahaan: 01.482.193.7-614.000
Nomor Pesanan: 3578206107250004
Nomor Resi JNE: 0482 1937 0561 2287
Tanggal: 12-06-2025""")

x("id", "pt", True, """DANFE — Documento Auxiliar da Nota Fiscal Eletrônica
Emitente: Móveis Serra Gaúcha Ltda. — Caxias do Sul/RS
CNPJ: {{=cnpj1}}
Chave de acesso: 4325 0648 2193 7000 0155 5500 1000 0048 2110 4821 9370
Pedido: 812.447.093   Rastreio: {{=s10br}}""".replace("{{=cnpj1}}", cnpj("482193700001")).replace("{{=s10br}}", upu_s10("QJ", "48219370", "BR")))

x("id", "es", True, """FACTURA B Nº 0004-00048219
Librería El Ateneo Sur S.A. — Mendoza
CUIT: {{=cuit_co}}   Ingresos Brutos: 0482193   Inicio de actividades: 01/03/2011
CAE: 75248219370561   Vto. CAE: 22/06/2025""".replace("{{=cuit_co}}", cuil("30", "71482193")))

x("id", "es", True, """BOLETA ELECTRÓNICA N° 482193
Comercial Los Andes SpA — Temuco
RUT: {{=rutco}}
Folio interno: 18.204.937   Caja 3   Fecha 12/06/2025""".replace("{{=rutco}}", rut(76482193)))

x("id", "es", True, """Comprobante Fiscal Digital por Internet (CFDI 4.0)
Emisor: Refacciones del Bajío S.A. de C.V. (León, Gto.)
RFC emisor: {{=rfcco}}
Folio fiscal: {{=uuid_cfdi}}
Número de pedido: VAGD-920503-17""".replace("{{=rfcco}}", mx_rfc("RBA150421K7")).replace("{{=uuid_cfdi}}", uuid4("cfdi").upper()))

x("id", "ar", True, """فاتورة ضريبية مبسطة
مؤسسة الواحة للتجارة — الدمام
الرقم الضريبي: 310482193700003
السجل التجاري: 2050148219
رقم الطلب: 2371045862
التاريخ: 2025/06/12""")

x("id", "he", True, """חשבונית מס / קבלה מס' 48219
נגריית הגליל בע"מ — כרמיאל
ח.פ. {{=hp}}
מספר הזמנה: {{=il_order}}
תאריך: 12/06/2025""".replace("{{=hp}}", il_company("51482193")))

x("id", "en", True, """RepairPoint ticket #RP-250612-0419
Device: Pixel 8, IMEI {{=imei1}}, S/N 3C481FDJH0019Q
Fault: cracked rear glass, battery swelling
Quote approved 12/06/2025 — ready for collection from 16/06/2025""".replace("{{=imei1}}", imei("35204811937056")))

x("id", "en", True, """Booking change confirmation
Booking reference: KX7P2Q
E-ticket number: 125-2193704856
Flight BA 482 LHR–BCN now departs 18 Jun 2025 07:40 (was 07:15)
Seat 23C retained. No action needed.""")

x("id", "en", True, """SPECIMEN LABEL
MRN 004821937      Acc# 25-163-00482
Coll: 06/12/2025 08:14   Tube: EDTA (lavender)
Test: CBC w/ diff   Priority: routine""")

x("id", "en", True, """Clearwater Roofing Pty Ltd — Tax invoice 00482
ABN {{=abn1}}   ACN 648 219 370
Job: re-sheeting, 3 bays — completed 11/06/2025
Direct deposit BSB 063-482, account 1937 0561""".replace("{{=abn1}}", abn("648219370")))

x("id", "uk", True, """Рахунок-фактура № СФ-0000482
Постачальник: ТОВ «Карпатські ремесла», м. Івано-Франківськ
Код ЄДРПОУ: 41829370
Номер замовлення: 3392101276
Дата: 12.06.2025""")

x("id", "kk", True, """Шот-фактура № 482
Жеткізуші: «Дала Агро» ЖШС, Қостанай
БСН: 050140004821
Тапсырыс нөмірі: 250612048211
Күні: 12.06.2025""")

x("id", "hr", True, """RAČUN br. 482-1-1
Izdavatelj: Tesarstvo Jadran d.o.o., Zadar
OIB tvrtke: {{=oibco}}
Poziv na broj: HR00 482193-2025
Datum izdavanja: 12.06.2025.""".replace("{{=oibco}}", oib("6148203975")))

x("id", "el", True, """ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ Α-4821
Εκδότης: ΑΙΓΑΙΟ ΤΡΟΦΙΜΑ Α.Ε. — Ηράκλειο
ΑΦΜ: {{=afmco}}   ΔΟΥ: Ηρακλείου   Αρ. ΓΕΜΗ: 048219327000
Αριθμός παραγγελίας: 25069314500
Ημερομηνία: 12/06/2025""".replace("{{=afmco}}", afm("09482193")))

x("id", "de", True, """SMS von Ihrer Versicherung:
Ihre Schadenmeldung ist eingegangen. Schadennummer: 25-KS-048219.
Versicherungsschein-Nr.: 7301-4482193. Rückfragen: 0800 482 1937 (kostenfrei).""")

x("id", "pl", True, """InPost: Twoja paczka czeka w Paczkomacie KRA09M.
Numer przesyłki: 620481937056128273017744
Kod odbioru: 482193. Paczka będzie czekać do 15.06.2025 do 10:24.""")


# =============================================================================================
# 2. PERSONS
# =============================================================================================
x("person", "zh", False, """钉钉 · 门店排班群（城西店）
<<N|周晓琳>>：周六早班谁能跟我换一下？我要带孩子去打疫苗
<<N|陈浩>>：我可以，那你帮我顶周日晚班
<<N|周晓琳>>：成交！谢谢啦
店长：已改好排班表""")

x("person", "ja", False, """LINE · 3年2組 保護者グループ
<<N|山口由美子>>：来週の遠足のお弁当、<<N|田中>>さんのところはどうしますか？
<<N|田中恵>>：うちはおにぎりだけにします！<<N|悠真>>が食べきれないので😅
<<N|山口由美子>>：了解です。""")

x("person", "th", False, """LINE · บ้านเรา 🏠
<<N|ปิยะนุช>>: พี่<<N|นก>> พรุ่งนี้ไปรับแม่ที่โรงพยาบาลกี่โมงคะ
<<N|สมศักดิ์ แก้วประเสริฐ>>: สิบโมงครึ่ง เดี๋ยวพี่ขับรถไปเอง
<<N|ปิยะนุช>>: โอเคค่ะ ฝากบอกน้อง<<N|ต้น>>ด้วยนะ""")

x("person", "ar", False, """واتساب · تجهيزات العرس
<<N|سلمى الحسيني>>: يا بنات، القاعة أكدت الحجز ليوم الخميس
<<N|نور>>: ممتاز! مين رح يحكي مع المصور؟
<<N|سلمى الحسيني>>: <<N|رنا>> بتتواصل معه بكرا إن شاء الله""")

x("person", "he", False, """וואטסאפ · ועד הבית רחוב הזית
<<N|אורית כהן>>: שלום לכולם, המעלית שוב תקועה בקומה 3
<<N|יוסי>>: דיברתי עם הטכנאי, <<N|אבי>>, הוא מגיע מחר ב-9
<<N|אורית כהן>>: תודה! מי אוסף את הכסף לתיקון?""")

x("person", "hi", False, """व्हाट्सऐप · शर्मा परिवार
<<N|नेहा शर्मा>>: दीदी, माँ की रिपोर्ट आ गई क्या?
<<N|पूजा>>: हाँ, सब नॉर्मल है। डॉक्टर <<N|अनुराग मिश्रा>> ने कहा अगले महीने फिर दिखाना है
<<N|नेहा शर्मा>>: चलो अच्छा है 🙏""")

x("person", "ko", False, """카카오톡 · 주말 등산 동호회
<<N|이지훈>>: 이번 주 토요일 북한산 7시 반 집합입니다
<<N|서하은>>: 저 참석이요! <<N|민수>>님도 오신대요""")

x("person", "bn", False, """মেসেঞ্জার
<<N|তানভীর হাসান>>: আপু, কাল সকালে <<N|রাফি>> স্কুলে যাবে, তুমি দিয়ে আসতে পারবে?
<<N|সুমাইয়া>>: পারব, কিন্তু সাড়ে আটটার আগে না
<<N|তানভীর হাসান>>: ঠিক আছে, ধন্যবাদ""")

x("person", "fa", False, """تلگرام · گروه دانشجویان ورودی ۱۴۰۲
<<N|مهسا رضایی>>: بچه‌ها جزوه‌ی آمار رو کسی داره؟
<<N|امیر>>: من دارم، برات می‌فرستم
<<N|مهسا رضایی>>: مرسی <<N|امیر>> جان 🌸""")

x("person", "en", False, """#platform-oncall  (Slack thread)
<<N|Priyanka Deshmukh>>  10:02
who's got the pager this weekend? @rbanerjee said he swapped with someone
<<N|Rahul Banerjee>>  10:05
swapped with <<N|tomasz>>, he's on sat+sun. i'm back monday
<<N|Tomasz Zieliński>>  10:06
yep, it's me. ping me here or call if the DB falls over""")

x("person", "de", False, """Protokoll der Eigentümerversammlung vom 12.06.2025 — WEG Lindenhof, Göttingen
Anwesend: <<N|Renate Hoffmeister>> (Whg. 1), Dr. <<N|Kemal Aydın>> (Whg. 4), Eigentümer Whg. 6;
Verwalterin: <<N|Sabine Wolff>>
TOP 3 — Dachsanierung: Der Beschluss wird mit 3:0 Stimmen gefasst. Die Verwaltung holt drei Angebote ein.""")

x("person", "fr", False, """QUITTANCE DE LOYER — juin 2025
Je soussigné <<N|Gérard Poulain>>, propriétaire du logement situé
<<A|12 rue des Capucins>>
<<A|21000 Dijon>>
déclare avoir reçu de Mme <<N|Clémence Barbier>> la somme de 640 € au titre du loyer et des charges du mois de juin 2025.
Fait à Dijon, le 30 juin 2025.          Signature : <<N|G. Poulain>>""")

x("person", "es", False, """CLÍNICA DENTAL SONRISAS — Justificante de asistencia
Se hace constar que D. <<N|Álvaro Benítez Roldán>> ha acudido a consulta el día 12/06/2025 de 16:30 a 17:45 h
para tratamiento de endodoncia.
Fdo.: Dra. <<N|Inmaculada Sáez>>, colegiada nº 30/4821
Murcia""")

x("person", "it", False, """RICEVUTA DI CAPARRA CONFIRMATORIA
Io sottoscritto <<N|Massimo Ferraris>> dichiaro di aver ricevuto dal sig. <<N|Davide Colombo>> la somma di € 1.000,00 a titolo
di caparra confirmatoria per l'acquisto dell'autovettura Fiat Panda targata GH 482 KL.
Torino, 11 giugno 2025
In fede, <<N|Massimo Ferraris>>""")

x("person", "pt", False, """DECLARAÇÃO DE RESIDÊNCIA
Eu, <<N|Raimunda Pereira da Silva>>, nascida em <<D|03/09/1958>>, declaro para os devidos fins que <<N|Lucas Pereira Gomes>>
reside comigo no endereço <<A|Rua Professor Mário Werneck, 1180, casa 2, Buritis, Belo Horizonte - MG, 30575-180>>
desde janeiro de 2023.
Belo Horizonte, 10 de junho de 2025.""")

x("person", "nl", False, """WhatsApp · Buurtpreventie Vogelwijk
<<N|Marloes>>: Er loopt net iemand aan alle autodeuren te voelen bij de Merelstraat, iemand anders gezien?
<<N|Henk-Jan de Wit>>: Ja, man met grijze hoodie richting het park. Politie gebeld.
<<N|Marloes>>: Top, dank je!""")

x("person", "pl", False, """Dzień dobry,

w załączeniu przesyłam podpisany aneks do umowy najmu. Proszę o potwierdzenie otrzymania.

Z poważaniem
<<N|Katarzyna Nowicka-Bąk>>
tel. <<P|+48 602 381 947>>""")

x("person", "sv", False, """Kör: Sångfåglarna — medlemslista HT 2025 (stämma, namn, född, medlem sedan)
| Stämma | Namn | Född | Sedan |
|---|---|---|---|
| S1 | <<N|Elsa Lindqvist>> | <<D|1961-04-02>> | 1998 |
| S1 | <<N|Maja Öberg>> | <<D|1979-10-30>> | 2015 |
| S2 | <<N|Birgitta Holm>> | <<D|1955-01-17>> | 1987 |
| A1 | <<N|Karin Sjöberg>> | <<D|1983-06-09>> | 2019 |
| A2 | <<N|Tove Ek>> | <<D|1990-12-21>> | 2022 |
| B1 | <<N|Gustav Nyman>> | <<D|1972-03-14>> | 2008 |
""")

x("person", "vi", False, """Zalo · Phụ huynh lớp 1A
Mẹ bé <<N|An>>: Cô ơi mai bé <<N|An>> nghỉ học vì bị sốt ạ
Cô <<N|Lan>> (GVCN): Dạ cô nhận rồi, chúc bé mau khỏe nhé""")

x("person", "id", False, """WhatsApp · Arisan Ibu-Ibu RT 05
<<N|Ratna Sari>>: Ibu-ibu, arisan bulan ini di rumah Bu <<N|Yuli>> ya, Minggu jam 4
<<N|Yuliana>>: Siap Bu, saya siapkan gorengan""")

x("person", "sw", False, """M-PESA
TFG4H8K2LX Confirmed. Ksh1,500.00 sent to <<N|GRACE WANJIKU>> <<P|0722482193>> on 12/6/25 at 7:41 PM. New M-PESA balance is Ksh3,284.50.
TFH7J2M9QP Confirmed. You have received Ksh2,000.00 from <<N|PETER OTIENO ODHIAMBO>> <<P|0711930482>> on 13/6/25 at 9:02 AM.""")

x("person", "ru", False, """Telegram · СНТ «Рассвет», правление
<<N|Людмила Петровна>>: Коллеги, взносы за июнь сдали не все. Участок 14 — <<N|Ковалёв Игорь Николаевич>>, участки 27 и 31.
<<N|Геннадий>>: <<N|Ковалёву>> позвоню сегодня вечером.""")

x("person", "cs", False, """Dobrý den,
děkuji za rychlé vyřízení reklamace, nové čerpadlo funguje bez problémů.

S pozdravem
<<N|Ing. Radek Procházka>>
<<P|+420 737 482 915>>""".replace("<<N|Ing. Radek Procházka>>", "Ing. <<N|Radek Procházka>>"))

x("person", "hu", False, """Messenger · Család
<<N|Tóth Eszter>>: Anya, vasárnap <<N|Bence>> szülinapja lesz, jöttök?
Anya: Persze, mit vigyünk?
<<N|Tóth Eszter>>: Elég egy torta""")

x("person", "ro", False, """WhatsApp · Bloc 7 Scara B
<<N|Mirela Popa>>: Bună seara, cine a lăsat bicicleta în fața liftului?
<<N|Cristi>>: E a mea, o mut acum, scuze
<<N|Mirela Popa>>: Mersi!""")

x("person", "en", False, """THIS IS THE LAST WILL of me <<N|Margaret Ellen Pryce>> of
<<A|Rose Cottage>>
<<A|Lower Street>>
<<A|Chiddingstone TN8 7AP>>
Signed by the testator in our joint presence and then by us in hers:
Witness 1: <<N|Dennis Archer>>, <<A|3 Mill Lane, Edenbridge TN8 5DA>>, retired postman
Witness 2: <<N|Fiona Hale>>, <<A|22 High Street, Edenbridge TN8 5AR>>, florist""")

x("person", "en", False, """With the blessings of Shri <<N|Ramesh Agarwal>> & Smt. <<N|Sunita Agarwal>>
we invite you to the wedding of
Chi. <<N|Rohan>>  with  Chi. <<N|Ishita>>
Sunday, 23 November 2025 · Venue: Hotel Clarks Amer, Jaipur""")

x("person", "el", False, """Viber · Φίλοι Θεσσαλονίκη
<<N|Κατερίνα>>: Χρόνια πολλά <<N|Γιώργο>>!! 🎉 Να τα εκατοστήσεις!
<<N|Γιώργος Τσολάκης>>: Ευχαριστώ <<N|Κατερινάκι>> μου!""")

x("person", "ja", False, """履　歴　書　　　　　　　　　　　　　　　　　　2025年6月10日現在
ふりがな　　<<N|たかはし　りょうた>>
氏　　名　　<<N|高橋　涼太>>
生年月日　　<<D|1990年5月3日>>生（満35歳）
ふりがな　　とうきょうと　せたがやく　さくらしんまち
現住所　　　<<A|〒154-0015 東京都世田谷区桜新町1-22-9 グリーンコート桜新町305>>
電話　　　　<<P|090-4821-7735>>""")

x("person", "ko", False, """이 력 서
성명: <<N|정예린>> (한자: <<N|鄭藝潾>>)
생년월일: <<D|1996년 8월 14일>> (만 28세)
주소: <<A|대구광역시 수성구 동대구로 340, 109동 704호>>
연락처: <<P|010-4827-1936>>""")

x("person", "zh", False, """快递取件备注
收件人：<<N|刘思远>>
电话：<<P|138 2947 0615>>
地址：<<A|广东省深圳市南山区后海大道2388号海岸城小区5栋1602>>
备注：放快递柜，不要放门口""")

x("person", "ar", False, """السلام عليكم،
أرفقت لكم جدول الكميات المعدّل للمشروع. أرجو المراجعة قبل اجتماع الأحد.

مع التحية،
م. <<N|سامر حداد>>
<<P|+962 79 482 1937>>""")

x("person", "sk", False, """Zápisnica z členskej schôdze poľovníckeho združenia Jeleň, Brezno
Predseda: <<N|Ján Baláž>>   Zapisovateľka: <<N|Monika Kováčiková>>
Za nového člena bol prijatý <<N|Peter Hudec>>.""")

x("person", "fi", False, """WhatsApp · Mökkiporukka
<<N|Ville>>: kuka tuo saunavihdat?
<<N|Johanna Mäkelä>>: mä tuon, ja sä hoidat makkarat
<<N|Ville>>: deal.""")

# --- person: hard negatives --------------------------------------------------------------------
x("person", "en", True, """Book club — notes for July (Middlemarch, chapters 1–30)
Most of us found Dorothea Brooke more sympathetic than Rosamond Vincy. Casaubon divided the room; Will Ladislaw
is the obvious foil. Next month: Anna Karenina — read at least up to Levin's mowing scene.
Snacks: whoever hosts. Bring a Grace Darling biscuit tin if you still have one!""")

x("person", "en", True, """Review ★★★★☆ — "Great hamper, wrong whisky"
The hamper had Ben & Jerry's vouchers, a bottle of Jack Daniel's instead of the Johnnie Walker we ordered, Lindt truffles
and Dr. Martens shoe polish (odd). Customer service at Fortnum & Mason sorted it within a day.""")

x("person", "de", True, """Verkehrshinweis der Stadt Bonn
Wegen Bauarbeiten ist die Konrad-Adenauer-Brücke ab Montag stadteinwärts gesperrt. Die Umleitung führt über die
Friedrich-Ebert-Allee und die Kurt-Schumacher-Straße. Schülerinnen und Schüler des Beethoven-Gymnasiums und der
Sophie-Scholl-Realschule nutzen bitte die Ersatzhaltestelle „Robert-Schuman-Platz“.""")

x("person", "fr", True, """Fiche de révision — Le romantisme
Victor Hugo (1802–1885) publie Les Misérables en 1862 ; Jean Valjean, Javert et Cosette en sont les figures centrales.
Alphonse de Lamartine (né le 21 octobre 1790) et Alfred de Musset complètent le programme. Visite prévue : Maison de
Victor Hugo, place des Vosges.""")

x("person", "es", True, """Agenda cultural de Madrid
El Premio Miguel de Cervantes se entrega este año en el Paraninfo de Alcalá. Exposición «Goya y Sorolla» en el
Museo del Prado hasta septiembre. Los autobuses hacia el Hospital Gregorio Marañón se desvían por la calle de Alcalá
y la avenida de Felipe II.""")

x("person", "it", True, """Comunicato — Aeroporto Leonardo da Vinci
Da lunedì i collegamenti con la stazione Termini partono dal piazzale Enrico Mattei. Ferrero e Barilla sponsorizzano la
mostra «Michelangelo e Raffaello» nel Terminal 3. Uscita consigliata: via Giuseppe Garibaldi.""")

x("person", "pt", True, """Guia de passeio — Rio de Janeiro
Comece pela Avenida Presidente Vargas até a Candelária, visite a Fundação Oswaldo Cruz e termine no Estádio
Mário Filho (Maracanã). Dica: o bondinho de Santa Teresa sai do Largo da Carioca.""")

x("person", "nl", True, """Dagje Amsterdam
Ontbijt bij Albert Heijn op het station, daarna het Van Gogh Museum en het Rijksmuseum (De Nachtwacht van Rembrandt!).
Lunch op het Rembrandtplein, 's middags het Anne Frank Huis — tickets alleen online.""")

x("person", "pl", True, """Instrukcja wypełniania wniosku
W polu „Imię i nazwisko” wpisz dane wnioskodawcy, np. Jan Kowalski. W polu „Adres” podaj ulicę, np. ul. Jana Pawła II.
Wnioski można składać osobiście w Urzędzie Miasta lub pocztą. Najbliższe lotnisko: Lotnisko Chopina.""")

x("person", "ru", True, """Маршрут экскурсии «Литературная Москва»
Сбор у памятника Пушкину, затем музей-усадьба Л. Н. Толстого в Хамовниках, станция метро «Чеховская» и
дом-музей М. Булгакова. Воланд и Маргарита «встретят» вас на Патриарших прудах.""")

x("person", "zh", True, """初二语文课程安排
第三单元：孔子《论语》十二章、李白《将进酒》、鲁迅《社戏》
课外阅读：《西游记》——孙悟空大闹天宫
参观：中山公园鲁迅纪念馆（周六上午，沿中山路步行）""")

x("person", "ja", True, """城下町めぐり（パンフレットより）
徳川家康ゆかりの寺を巡り、坂本龍馬の銅像前で記念撮影。夏目漱石の旧居跡を経て、
「名探偵コナン」のラッピング電車で駅へ戻ります。所要時間 約3時間。""")

x("person", "ko", True, """서울 도보 여행 코스
광화문 광장의 세종대왕 동상과 이순신 장군 동상을 지나 세종로를 따라 걷습니다.
점심은 인사동, 오후에는 윤동주 문학관을 방문합니다.""")

x("person", "th", True, """กำหนดการทัศนศึกษา ชั้น ป.5
เช้า: อนุสาวรีย์สุนทรภู่ จังหวัดระยอง
บ่าย: ถนนพระราม 4 — เยี่ยมชมพิพิธภัณฑ์
ครูผู้ควบคุม: ครูประจำชั้นทุกห้อง""")

x("person", "ar", True, """دليل الطالب الجديد
تقع كلية الطب بجوار مستشفى ابن سينا على طريق الملك فهد. تدرس في مادة الأدب شعر المتنبي ومقامات الحريري.
مكتب شؤون الطلاب مفتوح من الأحد إلى الخميس.""")

x("person", "he", True, """מדריך לעולה החדש
הסניף ממוקם ברחוב הרצל פינת ביאליק. הרכבת לנמל התעופה בן גוריון יוצאת כל חצי שעה.
בשבוע הבא: הרצאה על שירת רחל ולאה גולדברג בספריית העירייה.""")

x("person", "hi", True, """पर्यटन सूचना — दिल्ली
महात्मा गांधी मार्ग पर राजघाट, फिर रवीन्द्रनाथ टैगोर भवन और स्वामी विवेकानंद पुस्तकालय।
दोपहर का भोजन: हल्दीराम, चांदनी चौक।""")

x("person", "en", True, """To: Data Protection Officer
Cc: Head of Procurement; Sales Manager (EMEA)
Re: Supplier onboarding

Please route the signed DPA to the Company Secretary and the Chief Financial Officer. The Account Manager will
confirm once Legal has approved.""")

x("person", "en", True, """Summer Sale — Grace period extended!
Will you join us? The Rose Garden café reopens Saturday, Bill Payment kiosks are back in the lobby and
Hope Street car park is free after 6pm. Mark your calendars: Joy Division tribute night on the 28th.""")

x("person", "en", True, """Political briefing, 12 June
Prime Minister Keir Starmer met Chancellor Olaf Scholz and President Emmanuel Macron ahead of the summit.
Commission President Ursula von der Leyen is expected to speak on Thursday.""")

x("person", "en", True, """Escape room: "221B"
Players take the roles of Sherlock Holmes and Dr. John Watson and must solve the case before Professor Moriarty
escapes. Mrs Hudson brings tea at the 30-minute mark. Ages 12+.""")

x("person", "de", True, """Lieferantenliste Werkstatt
Siemens, Porsche Zentrum Stuttgart, Dr. Oetker (Kantine), Johnson & Johnson (Verbandskästen), Ernst & Young
(Jahresabschluss), Hugo Boss (Dienstkleidung), Carl Zeiss (Messgeräte).""")

x("person", "vi", True, """Lịch trình city tour Sài Gòn
Bắt đầu từ phố đi bộ Nguyễn Huệ, qua đường Lê Lợi, tham quan Dinh Độc Lập và Bảo tàng Hồ Chí Minh.
Buổi chiều: chợ Bến Thành và đường Hai Bà Trưng.""")

x("person", "tr", True, """İzmir gezi planı
Atatürk Bulvarı'ndan Kordon'a yürüyüş, Mimar Sinan Güzel Sanatlar'ın sergisi ve akşam Orhan Pamuk'un yeni kitabının
imza günü (AVM kitapçısı). Dönüş Adnan Menderes Havalimanı'ndan.""")

x("person", "sv", True, """Sommarlov med barnen
Astrid Lindgrens Värld i Vimmerby: Pippi Långstrump, Emil i Lönneberga och Ronja Rövardotter live på scen.
Boka biljetter i förväg; parkeringen vid Gustav Vasas väg fylls snabbt.""")

x("person", "es", True, """Formulario de ejemplo (no rellenar)
Nombre: Juan Pérez García
Domicilio: Calle Falsa 123
El solicitante, en adelante «el Interesado», firmará al pie junto al Responsable del Tratamiento.""")


# =============================================================================================
# 3. DATES OF BIRTH
# =============================================================================================
x("dob", "en", False, """CHARTER FLT SK-4821 OSL-AYT 14JUN25  APIS LIST (page 1/3)
SEQ  NAME                      DOB      SEX  NAT  DOC#
001  <<N|HALVORSEN/KJERSTI MARIE>>   <<D|15APR88>>  F    NOR  <<ID|FP4821937>>
002  <<N|HALVORSEN/ESPEN>>           <<D|02NOV86>>  M    NOR  <<ID|FP3392716>>
003  <<N|HALVORSEN/TUVA>>            <<D|29FEB16>>  F    NOR  <<ID|FP7718204>>
004  <<N|AKHTAR/SAMINA>>             <<D|07JUL79>>  F    PAK  <<ID|AB4820193>>
005  <<N|LUNDE/ROAR>>                <<D|31DEC58>>  M    NOR  <<ID|FP1904827>>
TOTAL PAX 005  INF 000""")

x("dob", "en", False, """MSH|^~\\&|ADT1|STMARYS|LABSYS|STMARYS|202506121045||ADT^A04|MSG00482|P|2.5
EVN|A04|202506121045
PID|1||00482193^^^STMARYS^MR||<<N|OKAFOR>>^<<N|CHIDINMA>>^^^^^L||<<D|19880415>>|F|||<<A|14 Tanner Row>>^^York^^YO1 6JB^GBR||<<P|07700 182734>>
PV1|1|O|OPD^^^STMARYS||||0482
MSH|^~\\&|ADT1|STMARYS|LABSYS|STMARYS|202506121102||ADT^A04|MSG00483|P|2.5
PID|1||00482207^^^STMARYS^MR||<<N|WHITLOCK>>^<<N|GEORGE>>^^^^^L||<<D|19410730>>|M|||<<A|Flat 2, 61 Bootham>>^^York^^YO30 7BT^GBR
PV1|1|O|OPD^^^STMARYS""")

x("dob", "de", False, """Kita Sonnenblume — Warteliste U3 (Stand 12.06.2025)
Die Liste ist nach Eingang der Anmeldung sortiert. Spalten: lfd. Nr., Bewerbungsnummer, Geburtsdatum des Kindes,
gewünschter Aufnahmetermin, Betreuungsumfang, Geschwisterkind.
1   B-25-0071   <<D|14.09.2023>>   01.08.2025   45 h   nein
2   B-25-0082   <<D|02.11.2023>>   01.09.2025   35 h   ja
3   B-25-0090   <<D|27.12.2023>>   01.08.2025   25 h   nein
4   B-25-0104   <<D|08.01.2024>>   01.01.2026   45 h   nein
5   B-25-0119   <<D|19.03.2024>>   01.03.2026   35 h   ja
6   B-25-0123   <<D|30.04.2024>>   01.04.2026   45 h   nein""")

x("dob", "fr", False, """Judo Club de Quimper — inscriptions saison 2025/2026 (catégorie déterminée par l'année de naissance)
N° licence FFJ     Né(e) le        Catégorie     Grade
M250482193FFJ      <<D|03/02/2016>>      Mini-poussin  blanc-jaune
M250417736FFJ      <<D|21/07/2014>>      Poussin       jaune
M240391052FFJ      <<D|11/11/2013>>      Benjamin      orange
M230288417FFJ      <<D|30/05/2011>>      Minime        verte
M250500921FFJ      <<D|17/09/2015>>      Poussin       blanche
Cotisation : 180 € — certificat médical obligatoire""")

x("dob", "es", False, """HOJA DE INSCRIPCIÓN PADRONAL — Personas que residen en el domicilio
Parentesco     Nombre              Fecha de nacimiento    Lugar de nacimiento
Titular        <<N|Rocío Gallardo Peña>>  <<D|17-08-1976>>             Jaén
Cónyuge        <<N|Ignacio Mora Ruiz>>    <<D|05-01-1974>>             Úbeda
Hija           <<N|Lucía Mora Gallardo>>  <<D|22-10-2006>>             Jaén
Hijo           <<N|Pablo Mora Gallardo>>  <<D|09-04-2010>>             Jaén
Domicilio: <<A|C/ Millán de Priego 41, 3º izq., 23004 Jaén>>""")

x("dob", "it", False, """CERTIFICATO DI STATO DI FAMIGLIA (copia per uso privato)
Si certifica che la famiglia anagrafica residente in <<A|via Indipendenza 58, 40121 Bologna>> è così composta:
<<N|MARCHETTI GIANLUCA>>, nato a Imola il <<D|19/02/1969>>, intestatario
<<N|BASSI FEDERICA>>, nata a Bologna il <<D|06/12/1972>>, moglie
<<N|MARCHETTI GIORGIA>>, nata a Bologna il <<D|28/03/2003>>, figlia
Bologna, 10/06/2025""")

x("dob", "pt", False, """Excursão Aparecida — relação para o seguro-viagem (ônibus 2)
Poltrona | RG | Nasc.
07 | <<ID|{{=rgA}}>> | <<D|14/10/1951>>
08 | <<ID|{{=rgB}}>> | <<D|02/06/1948>>
15 | <<ID|{{=rgC}}>> | <<D|30/01/1960>>
Saída: 21/06/2025, 5h, em frente à igreja matriz.""".replace("{{=rgA}}", sp_rg("14827305")).replace("{{=rgB}}", sp_rg("09384716")).replace("{{=rgC}}", sp_rg("21930478")))

x("dob", "nl", False, """Polisoverzicht zorgverzekering 2025 — verzekerden op deze polis
Polisnummer 482193705 (geldig vanaf 01-01-2025)
Verzekerde 1: geboortedatum <<D|12-05-1981>>, basisverzekering + Aanvullend 2
Verzekerde 2: geboortedatum <<D|30-09-1983>>, basisverzekering
Verzekerde 3: geboortedatum <<D|17-02-2015>>, kind (premievrij)
Verzekerde 4: geboortedatum <<D|01-11-2018>>, kind (premievrij)
Eigen risico 2025: € 385 per volwassene""")

x("dob", "pl", False, """Obóz harcerski „Wilcze Doły” 2025 — lista uczestników, zastęp „Rysie”
Lp.  Nr karty uczestnika   Data ur.      Uwagi
1.   WD/25/017              <<D|04.03.2013>>    uczulenie na orzechy
2.   WD/25/022              <<D|19.08.2012>>    —
3.   WD/25/031              <<D|27.01.2014>>    leki: salbutamol
4.   WD/25/040              <<D|11.06.2013>>    —
5.   WD/25/044              <<D|30.11.2012>>    —
Termin obozu: 12–26.07.2025""")

x("dob", "cs", False, """Soupiska HC Lvi Třebíč — mladší dorost, sezóna 2025/26
č.  reg. číslo ČSLH     nar.           post
1   0912-4821             <<D|14. 2. 2009>>    B
7   0912-4833             <<D|3. 10. 2009>>    O
11  1007-0192             <<D|21. 5. 2010>>    O
19  1007-0217             <<D|28. 7. 2010>>    Ú
22  0912-5102             <<D|9. 12. 2009>>    Ú""")

x("dob", "ru", False, """Список группы «Солнышко» (старшая), МАДОУ № 48
№   № медкарты    Дата рождения    Группа здоровья
1   МК-4821       <<D|12.03.2020>>       I
2   МК-4833       <<D|28.07.2020>>       II
3   МК-4840       <<D|05.11.2019>>       I
4   МК-4852       <<D|19.01.2020>>       II
5   МК-4861       <<D|30.09.2019>>       I
6   МК-4877       <<D|14.02.2020>>       I""")

x("dob", "uk", False, """Доброго дня! Пишу щодо вакансії бухгалтера. Мені 34 роки, я народилася <<D|2 лютого 1991 року>> у Полтаві,
маю вищу економічну освіту і 10 років досвіду. Резюме додаю.
З повагою, <<N|Ярослава Ткаченко>>""")

x("dob", "tr", False, """NÜFUS KAYIT ÖRNEĞİ (aile) — sütunlar: Sıra, Cinsiyet, Yakınlık, Adı, Doğum Yeri, Cilt, Hane, Birey Sıra No,
Doğum Tarihi, Medeni Hali, Durumu
1  E  Kendisi  <<N|Hakan>>   Sivas     58  204  1   <<D|11.05.1978>>  Evli  Sağ
2  K  Eşi      <<N|Derya>>   Ankara    58  204  2   <<D|26.10.1981>>  Evli  Sağ
3  K  Kızı     <<N|Nehir>>   Ankara    58  204  3   <<D|04.07.2009>>  Bekar Sağ
4  E  Oğlu     <<N|Aras>>    Ankara    58  204  4   <<D|19.01.2014>>  Bekar Sağ""")

x("dob", "ar", False, """دفتر العائلة — صفحة الأبناء
الاسم: <<N|يوسف>>       تاريخ الميلاد: <<D|{{=ar_d1}}>>      مكان الميلاد: عمّان
الاسم: <<N|لين>>         تاريخ الميلاد: <<D|{{=ar_d2}}>>      مكان الميلاد: عمّان
الاسم: <<N|كريم>>        تاريخ الميلاد: <<D|{{=ar_d3}}>>      مكان الميلاد: إربد""".replace("{{=ar_d1}}", to_script("2012/03/14", "\u0660")).replace("{{=ar_d2}}", to_script("2015/09/02", "\u0660")).replace("{{=ar_d3}}", to_script("2019/12/27", "\u0660")))

x("dob", "fa", False, """فرم اطلاعات خانوار (بیمه تکمیلی)
سرپرست: <<N|حمید نوروزی>> — تاریخ تولد <<D|{{=fa1}}>>
همسر: <<N|لیلا کریمی>> — تاریخ تولد <<D|{{=fa2}}>>
فرزند: <<N|آرین>> — تاریخ تولد <<D|{{=fa3}}>>""".replace("{{=fa1}}", to_script("1359/11/08", "\u06f0")).replace("{{=fa2}}", to_script("1362/06/21", "\u06f0")).replace("{{=fa3}}", to_script("1392/02/30", "\u06f0")))

x("dob", "he", False, """הזמנה לבר מצווה
אנו שמחים להזמינכם לחגוג את בר המצווה של בננו <<N|איתי>>, שנולד בתאריך <<D|כ"ח בניסן תשע"ב>> (<<D|20.4.2012>>).
העלייה לתורה תתקיים בשבת פרשת אמור. <<N|דנה ועמית לוי>>""".replace("<<N|דנה ועמית לוי>>", "<<N|דנה>> ו<<N|עמית לוי>>"))

x("dob", "ne", False, """नागरिकता प्रमाणपत्र प्रतिलिपि सम्बन्धी निवेदन
नाम थर: <<N|सुनिता श्रेष्ठ>>
जन्म मिति (वि.सं.): <<D|२०४५/०१/०३>>
जन्म स्थान: ललितपुर
स्थायी ठेगाना: ललितपुर महानगरपालिका, वडा नं. ५""")

x("dob", "th", False, """ใบสมัครเข้าร่วมโครงการค่ายภาษาอังกฤษ
ชื่อ-สกุล เด็กหญิง<<N|ณัฐธิดา ศรีสุข>>
เกิดวันที่ <<D|๑๕ เมษายน ๒๕๕๖>> อายุ ๑๒ ปี
ชื่อผู้ปกครอง นาง<<N|วรรณา ศรีสุข>>
ที่อยู่ <<A|๔๔/๑๒ หมู่ ๖ ตำบลหนองหาร อำเภอสันทราย จังหวัดเชียงใหม่ ๕๐๒๙๐>>""")

x("dob", "ja", False, """令和7年分 給与所得者の扶養控除等（異動）申告書（抜粋）
源泉控除対象配偶者　氏名 <<N|松本 千尋>>　　生年月日 <<D|昭和63・7・21>>
控除対象扶養親族　　氏名 <<N|松本 陽斗>>　　生年月日 <<D|平成22・4・2>>　　続柄 子
16歳未満の扶養親族　氏名 <<N|松本 結衣>>　　生年月日 <<D|令和2・11・15>>　　続柄 子""")

x("dob", "zh", False, """户口簿（摘录）
户主姓名：<<N|赵志刚>>　出生日期：<<D|一九七五年十月十二日>>
与户主关系：妻　姓名：<<N|孙丽华>>　出生日期：<<D|一九七八年二月三日>>
与户主关系：子　姓名：<<N|赵一鸣>>　出生日期：<<D|二〇〇五年八月二十日>>
住址：<<A|山东省济南市历下区泉城路180号3单元502室>>""")

x("dob", "zh", False, """<<N|奶奶>>的八十大寿提醒 🎂
奶奶农历生日是<<D|乙酉年腊月初八>>，今年阳历是1月7日，大家早点订酒店！""".replace("<<N|奶奶>>的", "奶奶的"))

x("dob", "ko", False, """가족관계증명서 (일부)
구분    성명        출생연월일          성별
본인    <<N|오상훈>>      <<D|1982년 06월 19일>>     남
배우자  <<N|윤미진>>      <<D|1984년 01월 07일>>     여
자녀    <<N|오서준>>      <<D|2014년 09월 30일>>     남""")

x("dob", "vi", False, """TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ — những người cùng thay đổi
TT | Họ, chữ đệm và tên | Ngày, tháng, năm sinh | Giới tính | Quan hệ với chủ hộ
1 | <<N|Phạm Văn Đức>> | <<D|14/02/1979>> | Nam | Chủ hộ
2 | <<N|Lê Thị Hồng>> | <<D|03/08/1982>> | Nữ | Vợ
3 | <<N|Phạm Gia Bảo>> | <<D|25/11/2011>> | Nam | Con""")

x("dob", "id", False, """KARTU KELUARGA — No. 3174082905130017 (salinan untuk sekolah)
No | Nama Lengkap | NIK | Jenis Kelamin | Tempat Lahir | Tanggal Lahir | Agama | Pendidikan | Jenis Pekerjaan
1 | <<N|HENDRA GUNAWAN>> | <<ID|3174081406800009>> | LAKI-LAKI | JAKARTA | <<D|14-06-1980>> | ISLAM | S1 | KARYAWAN SWASTA
2 | <<N|SITI RAHMAWATI>> | <<ID|3174086209830004>> | PEREMPUAN | BOGOR | <<D|22-09-1983>> | ISLAM | D3 | MENGURUS RUMAH TANGGA
3 | <<N|RAFA ADITYA GUNAWAN>> | <<ID|3174080103120002>> | LAKI-LAKI | JAKARTA | <<D|01-03-2012>> | ISLAM | SD | PELAJAR""")

x("dob", "en", False, """{
  "resourceType": "Bundle",
  "type": "searchset",
  "entry": [
    {"resource": {"resourceType": "Patient", "id": "pt-4821",
      "name": [{"family": "<<N|Delacroix>>", "given": ["<<N|Amélie>>"]}], "gender": "female", "birthDate": "<<D|1979-03-08>>",
      "address": [{"line": ["<<A|77 Rue Saint-Denis>>"], "city": "Montréal", "postalCode": "H2X 3K8"}]}},
    {"resource": {"resourceType": "Patient", "id": "pt-4822",
      "name": [{"family": "<<N|Nakamura>>", "given": ["<<N|Ken>>"]}], "gender": "male", "birthDate": "<<D|2002-11-30>>",
      "meta": {"lastUpdated": "2025-06-12T09:14:03Z"}}}
  ]
}""")

x("dob", "en", False, """BEGIN:VCARD
VERSION:3.0
FN:<<N|Harriet Osei>>
N:<<N|Osei>>;<<N|Harriet>>;;;
BDAY:<<D|19850921>>
ADR;TYPE=HOME:;;<<A|9 Albion Terrace>>;Brighton;;BN2 9NA;United Kingdom
TEL;TYPE=CELL:<<P|+44 7723 481 906>>
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:<<N|Kwame Osei>>
BDAY:<<D|2016-04-03>>
END:VCARD""")

x("dob", "en", False, """-- seed data restored from prod backup (ticket DATA-482, remove before commit!)
INSERT INTO members (id, card_no, dob, street, postcode, city, joined) VALUES
  (1041, 'GYM-004821', '<<D|1993-01-28>>', '<<A|27 Dalmeny Street>>', 'EH6 8RG', 'Edinburgh', '2021-03-04'),
  (1042, 'GYM-004833', '<<D|1988-07-09>>', '<<A|Flat 5/2, 118 Dumbarton Road>>', 'G11 6NY', 'Glasgow', '2021-03-04'),
  (1043, 'GYM-005102', '<<D|2001-12-16>>', '<<A|3 Bellevue Crescent>>', 'EH3 6ND', 'Edinburgh', '2022-08-19'),
  (1044, 'GYM-005117', '<<D|1979-05-05>>', '<<A|41 Morningside Drive>>', 'EH10 5NF', 'Edinburgh', '2022-09-01');""")

x("dob", "en", False, """2025-06-12T10:41:07.318Z INFO  signup-svc  created account acct=8f3a21 country=IE dob=<<D|1997-05-23>> plan=free
2025-06-12T10:41:09.902Z WARN  signup-svc  age check failed acct=8f3a27 dob=<<D|2011-02-14>> reason=UNDER_16
2025-06-12T10:41:15.446Z INFO  signup-svc  created account acct=8f3a2c country=PT dob=<<D|1964-10-02>> plan=family""")

x("dob", "en", False, """Quick one for the insurance quote — my partner's details: <<N|Leah Brightwell>>, born <<D|4 July 1987>> (so 37 now),
no claims, licence held since 2006; mine is <<D|12/11/1985>>, and we both live at <<A|19 Quarry Bank, Stroud GL5 1DW>>.""")

x("dob", "en", False, """SCHOOL TRIP CONSENT — please complete in BLOCK CAPITALS
Pupil surname: <<N|FARRELLY>>        Forename: <<N|NIAMH>>
Date of birth:   Day [ <<D|14>> ]   Month [ <<D|03>> ]   Year [ <<D|2012>> ]
Form group: 8R      Dietary needs: vegetarian""")

x("dob", "de", False, """Antrag auf Ausstellung eines Bibliotheksausweises
Name: <<N|Yilmaz>>          Vorname: <<N|Deniz>>
Geburtsdatum   Tag |<<D|0 7>>|   Monat |<<D|1 1>>|   Jahr |<<D|1 9 8 2>>|
Bei Minderjährigen Unterschrift eines Erziehungsberechtigten erforderlich.""")

x("dob", "es", False, """ACTA DE NACIMIENTO (transcripción)
Nombre: <<N|Diego Armando Salcedo Ruiz>>
Fecha de nacimiento: <<D|3 de mayo de 1992>>        Hora: 04:35
Lugar de nacimiento: Puebla, Puebla
Fecha de registro: 21 de mayo de 1992
Domicilio de los padres: <<A|Av. Reforma 3514, Col. Bella Vista, 72500 Puebla, Pue.>>""")

x("dob", "fi", False, """Junioripesis — ilmoittautuneet, kevät 2026 (pelaajanumero, syntymäaika, pelipaikka, kotiosoite)
P-2611, <<D|3.6.2015>>, maalivahti, <<A|Keskustie 14 B 6, 40100 Jyväskylä>>
P-2614, <<D|17.9.2015>>, puolustaja, <<A|Kuokkalantie 8 as. 2, 40520 Jyväskylä>>
P-2620, <<D|28.1.2016>>, hyökkääjä, <<A|Vaajakoskentie 121, 40800 Vaajakoski>>""")

x("dob", "el", False, """Κατάσταση μαθητών Γ' τάξης — εκδρομή στους Δελφούς
Α/Α   Αρ. μητρώου   Ημ/νία γέννησης   Υπεύθ. δήλωση
1     4821           <<D|12/03/2010>>        ναι
2     4833           <<D|29/11/2010>>        ναι
3     4840           <<D|07/05/2010>>        όχι
4     4852           <<D|18.01.2010>>        ναι""")

x("dob", "sq", False, """Formular aplikimi për bursë — Universiteti i Tiranës
Emri dhe mbiemri: <<N|Arbër Hoxha>>
Datëlindja: <<D|14.03.2005>>
Vendlindja: Durrës
Adresa: <<A|Rruga Taulantia, Pallati 12, Shkalla 2, Ap. 8, Durrës 2001>>""")

x("dob", "tl", False, """APPLICATION FOR BARANGAY CLEARANCE
Pangalan: <<N|Rowena Dimaculangan>>
Petsa ng kapanganakan: <<D|Abril 15, 1988>>     Edad: 37
Lugar ng kapanganakan: Batangas City
Tirahan: <<A|148 P. Burgos St., Brgy. 4, Batangas City 4200>>""")

x("dob", "am", False, """የተማሪ ምዝገባ ቅጽ
ሙሉ ስም: <<N|ሄኖክ ተስፋዬ>>
የትውልድ ቀን: <<D|07/08/1997>> ዓ.ም.
የትውልድ ቦታ: አዲስ አበባ
አድራሻ: <<A|ቦሌ ክፍለ ከተማ ወረዳ 03 የቤት ቁጥር 1482 አዲስ አበባ>>""")

x("dob", "ta", False, """சேர்க்கை விண்ணப்பம் — அரசு மேல்நிலைப் பள்ளி
மாணவர் பெயர்: <<N|கார்த்திக் ராஜா>>
பிறந்த தேதி: <<D|15-04-2012>>
முகவரி: <<A|23, பாரதியார் தெரு, தல்லாகுளம், மதுரை 625002>>""")

x("dob", "hi", False, """आवेदन पत्र — वृद्धावस्था पेंशन
आवेदक का नाम: <<N|रामप्यारी देवी>>
जन्म तिथि: <<D|१५/०४/१९५८>>   आयु: ६७ वर्ष
पता: <<A|ग्राम मझौली, पोस्ट बरहज, जिला देवरिया, उत्तर प्रदेश 274601>>""")

x("dob", "bg", False, """Служебна бележка
Удостоверява се, че <<N|Калина Георгиева Петрова>>, родена на <<D|23 март 1998 г.>>, е студентка II курс, специалност
„Информатика“, редовна форма на обучение. Бележката се издава, за да послужи пред работодател.""")

x("dob", "sr", False, """Potvrda o članstvu
Potvrđuje se da je <<N|Nemanja Jovanović>>, rođen <<D|8. avgusta 1994.>> u Kragujevcu, redovan član Atletskog kluba
„Radnički“ od 2009. godine.""")

x("dob", "ro", False, """Declarație pe propria răspundere
Subsemnata, mamă a minorului <<N|Vlad Munteanu>>, născut la data de <<D|9 octombrie 2015>>, declar că
fiul meu nu a intrat în contact cu persoane bolnave în ultimele 14 zile.""")

x("dob", "hu", False, """Jelentkezési lap — úszótanfolyam
Gyermek neve: <<N|Varga Lili>>
Születési ideje: <<D|2017. 05. 19.>>
Lakcím: <<A|4025 Debrecen, Piac utca 33. 3/11.>>""")

x("dob", "lv", False, """Pieteikums bērnudārzam
Bērna vārds, uzvārds: <<N|Emīlija Bērziņa>>
Dzimšanas datums: <<D|2022. gada 6. aprīlis>>
Deklarētā dzīvesvieta: <<A|Dzirnavu iela 88-14, Rīga, LV-1011>>""")

x("dob", "lt", False, """Prašymas dėl vaiko priėmimo į darželį
Vaiko vardas, pavardė: <<N|Gabija Petrauskaitė>>
Gimimo data: <<D|2021-08-17>>
Gyvenamoji vieta: <<A|Savanorių pr. 214-9, LT-50194 Kaunas>>""")

x("dob", "et", False, """Avaldus huviringi
Lapse nimi: <<N|Robin Kask>>
Sünnikuupäev: <<D|11.09.2016>>
Aadress: <<A|Riia 181A-7, 50411 Tartu>>""")

x("dob", "da", False, """Tilmelding — Svømmeskolen Delfinen, hold Haj 2
Barnets navn: <<N|Alma Kjeldsen>>   Fødselsdato: <<D|03-04-2017>>
Adresse: <<A|Søndergade 44, 1. th., 8000 Aarhus C>>   Mobil: <<P|+45 28 73 41 96>>""")

x("dob", "no", False, """Påmelding fotballskole uke 26
Navn: <<N|Ola Nordby Haugen>>
Fødselsdato: <<D|21.02.2015>>
Adresse: <<A|Møllergata 17B, 0179 Oslo>>""")

x("dob", "sv", False, """Anmälan till simskola
Barnets namn: <<N|Wilma Eriksson>>, född <<D|2018-07-30>> (6 år)
Adress: <<A|Storgatan 8 lgh 1102, 903 26 Umeå>>, tel. <<P|070-482 19 37>>""")

x("dob", "it", False, """Modulo di iscrizione — Centro estivo comunale
Il/la sottoscritto/a iscrive il/la minore <<N|Matteo Russo>>, nato il <<D|2 luglio 2016>> (9 anni),
residente in <<A|via Toledo 256, 80134 Napoli>>, ai turni 1 e 2.""")

x("dob", "pt", False, """Ficha de sócio — Clube Desportivo de Viseu
Nome: <<N|Inês Carvalho Figueiredo>>
Data de nascimento: <<D|18 de novembro de 2004>>
Morada: <<A|Rua Formosa, n.º 37, 2.º Dto., 3500-135 Viseu>>""")

x("dob", "nl", False, """Aanmeldformulier zwemles
Naam kind: <<N|Sem de Graaf>>
Geboortedatum: <<D|9 maart 2019>>
Adres: <<A|Bilderdijkstraat 41-II, 1053 KL Amsterdam>>""")

x("dob", "fr", False, """Pour l'assurance scolaire j'ai mis <<N|Jules>> (né le <<D|26/09/2014>>, 10 ans) et <<N|Léna>> (née le <<D|13/01/2018>>),
domiciliés chez moi au <<A|8 rue Paul-Bert, 35000 Rennes>>. Tu me confirmes que c'est bon ?""")

x("dob", "de", False, """Bewerbung als Pflegefachkraft — Lebenslauf
Persönliche Daten
<<N|Jana Krüger>>
geboren am <<D|17. Oktober 1993>> in Cottbus (31 Jahre)
<<A|Thiemstraße 118>>
<<A|03050 Cottbus>>""")

# --- dob: hard negatives -----------------------------------------------------------------------
x("dob", "de", True, """Wurfankündigung — Zwingen vom Eichenhain (Labrador Retriever)
Unser B-Wurf ist da! Geboren am 12.03.2025: 4 Rüden, 3 Hündinnen, alle gesund.
Mutter: Amira vom Eichenhain (geb. 04.08.2019), Vater: Sir Henry of Blackwood (geb. 22.11.2018).
Abgabe ab dem 08.05.2025, gechippt, geimpft und entwurmt.""")

x("dob", "de", True, """Salzburg-Quiz für die Klassenfahrt
1. Wolfgang Amadeus Mozart wurde am 27. Januar 1756 in der Getreidegasse geboren.
2. Das Festspielhaus wurde am 26.07.1960 eröffnet.
3. Die Stadt feiert am 24.09. den Rupertitag.""")

x("dob", "en", True, """Passport renewal reminder
Document type: P   Issuing state: GBR
Date of issue: 14 APR 2016
Date of expiry: 14 APR 2026
You can renew up to 9 months before expiry. Allow 3 weeks for processing.""")

x("dob", "en", True, """U12 Regional Cup — eligibility rules
Players born on or after 01/01/2014 and on or before 31/12/2015 may take part. Proof of age (birth certificate
or passport) must be shown at registration on 14/06/2025. Squads of max. 14; kick-off 09:30.""")

x("dob", "en", True, """Delivery note DN-0482193
Order date: 02/17/1999 (legacy account migrated from the 1999 system)
Dispatched: 06/11/2025   Delivered: 06/12/2025 14:22
Warranty until: 06/12/2027""")

x("dob", "en", True, """Blank form — leave fields empty for the applicant to complete
Full name: ______________________
Date of birth (DD/MM/YYYY): __ / __ / ____
Place of birth: ______________
Signature and date: ______________""")

x("dob", "fr", True, """Historique de l'entreprise
La Biscuiterie Nantaise a été fondée le 15 mars 1923 ; elle a fêté son centenaire le 15/03/2023.
Date de création au RCS : 03/04/1923. Assemblée générale annuelle : 26/06/2025.""")

x("dob", "es", True, """Recordatorio de vacunación infantil (calendario oficial)
2 meses, 4 meses y 11 meses: hexavalente. 12 meses: triple vírica. 3-4 años: varicela.
Próxima campaña en el centro de salud: del 01/10/2025 al 15/12/2025.""")

x("dob", "it", True, """Scheda prodotto — Parmigiano Reggiano 30 mesi
Data di produzione: 14/06/2022   Data di scadenza: 14/12/2025
Lotto: L22165   Caseificio: Montecchio Emilia""")

x("dob", "pl", True, """Kalendarium szkolne 2025/2026
01.09.2025 — rozpoczęcie roku szkolnego
14.10.2025 — Dzień Edukacji Narodowej
22.12.2025–31.12.2025 — zimowa przerwa świąteczna
26.06.2026 — zakończenie roku""")

x("dob", "ru", True, """Справка о рождаемости по району (для стенда)
Родилось в 2024 году: 1 482 ребёнка, из них 761 мальчик.
Самый «урожайный» день — 12.03.2024 (14 новорождённых). Данные на 01.06.2025.""")

x("dob", "ja", True, """請求書
発行日：令和7年6月12日
お支払期限：令和7年6月30日
前回ご請求（平成31年4月分）の残高はございません。""")

x("dob", "zh", True, """春节放假通知
根据国务院办公厅通知，2026年春节（农历丙午年正月初一，公历2月17日）放假安排如下：
2月15日至2月23日放假调休，共9天。2月14日（星期六）上班。""")

x("dob", "th", True, """ใบเสร็จรับเงิน ร้านวัสดุก่อสร้าง
วันที่ ๑๕ เมษายน ๒๕๖๘
ครบกำหนดชำระ ๓๐ เมษายน ๒๕๖๘
ขอบคุณที่ใช้บริการ""")

x("dob", "fa", True, """بلیت اتوبوس تهران — اصفهان
تاریخ حرکت: ۱۴۰۴/۰۳/۲۲ ساعت ۲۳:۳۰
تاریخ صدور: ۱۴۰۴/۰۳/۱۸
شماره صندلی: ۱۴""")

x("dob", "ar", True, """إعلان
تبدأ إجازة عيد الأضحى يوم ١٤٤٦/١٢/٠٩ هـ الموافق ٢٠٢٥/٠٦/٠٥ م، ويستأنف العمل يوم ١٤٤٦/١٢/١٦ هـ.
تاريخ تأسيس الجمعية: ١٤٠٨/٠٧/١٥ هـ.""")

x("dob", "he", True, """לוח אירועים קהילתי
ט"ו בשבט תשפ"ה — נטיעות בפארק (13.2.2025)
יום העצמאות: ה' באייר (1.5.2025)
יום ההולדת ה-100 של הספרייה העירונית: 20.4.2025""")

x("dob", "ko", True, """행사 안내
창립 기념일: 1982년 06월 19일
제43주년 기념식: 2025년 06월 19일 (목) 오후 3시, 본사 대강당""")

x("dob", "en", True, """Shift roster export (anonymised for the rota app)
employee_ref,hire_date,contract_end,last_review
E-1041,2013-01-28,,2025-03-01
E-1042,2019-07-09,2026-07-08,2025-02-14
E-1043,2021-12-16,,2024-11-30""")

x("dob", "en", True, """Certificate history — ward 7B bed occupancy
Bed 3: admitted 2025-06-09, expected discharge 2025-06-14
Bed 4: admitted 2025-06-11, discharged 2025-06-12
Bed 5: vacant since 2025-06-10 (deep clean 2025-06-10 16:00)""")

x("dob", "es", True, """Biografía breve para el programa de mano
Frida Kahlo (Coyoacán, 6 de julio de 1907 – 13 de julio de 1954) pintó «Las dos Fridas» en 1939.
Diego Rivera nació el 8 de diciembre de 1886 en Guanajuato.""")

x("dob", "vi", True, """Thông báo nghỉ lễ
Nghỉ lễ Quốc khánh từ ngày 01/09/2025 đến hết ngày 02/09/2025.
Ngày thành lập công ty: 14/02/1979 — kỷ niệm 46 năm.""")

x("dob", "tr", True, """Garanti belgesi
Satış tarihi: 11.05.2024   Garanti bitiş: 11.05.2026
Üretim tarihi: 26.10.2023   Seri no: GS48219370""")

x("dob", "de", True, """Kirchenbuch der Gemeinde St. Marien, 1843 (Transkription für die Ortschronik)
Nr. 17: Johann Friedrich Lüdtke, geboren den 3. März 1843, getauft den 12. März 1843; Vater: Gottlieb Lüdtke,
Tagelöhner. Die Familie wanderte 1868 nach Wisconsin aus.""")

x("dob", "id", True, """Pengumuman jadwal posyandu
Penimbangan balita: Sabtu, 14-06-2025 pukul 08.00
Imunisasi lanjutan untuk anak usia 18 bulan: 21-06-2025
Lokasi: balai RW 07""")


# =============================================================================================
# 4. SECRETS
# =============================================================================================
V["tw_sid"] = "AC" + tok(32, "twsid", _HEX)
V["tw_tok"] = tok(32, "twtok", _HEX)
V["tw_sk"] = "SK" + tok(32, "twsk", _HEX)
V["tw_sksec"] = tok(32, "twsksec")
V["vn_key"] = tok(8, "vnkey", _HEX)
V["vn_sec"] = tok(16, "vnsec")
V["pl_id"] = "MA" + tok(18, "plid", _UPPER)
V["pl_tok"] = tok(40, "pltok")
V["at_key"] = "atsk_" + tok(64, "atkey", _HEX)
V["sinch_id"] = tok(32, "sinchid", _HEX)
V["sinch_tok"] = tok(32, "sinchtok", _HEX)
V["ib_key"] = tok(32, "ibkey", _HEX) + "-" + uuid4("ibkey")
V["ghp"] = "ghp_" + tok(36, "ghp")
V["glpat"] = "glpat-" + tok(20, "glpat", _B64URL)
V["xoxb"] = "xoxb-%s-%s-%s" % (tok(12, "xo1", "0123456789"), tok(13, "xo2", "0123456789"), tok(24, "xo3"))
V["slackhook"] = "https://hooks.slack.com/services/T0%s/B0%s/%s" % (tok(8, "sh1", _UPPER), tok(9, "sh2", _UPPER), tok(24, "sh3"))
V["openai"] = "sk-proj-" + tok(56, "oai", _B64URL) + "T3BlbkFJ" + tok(40, "oai2", _B64URL)
V["stripe"] = "sk_live_51" + tok(97, "stripe")
V["sendgrid"] = "SG." + tok(22, "sg1", _B64URL) + "." + tok(43, "sg2", _B64URL)
V["tg"] = "6829371045:AA" + tok(33, "tg", _B64URL)
V["aws_id"] = "AKIA" + tok(16, "awsid", _string.ascii_uppercase + "234567")
V["aws_sec"] = tok(40, "awssec", _B64)
V["az_key"] = tok(86, "azkey", _B64) + "=="
V["docker_auth"] = b64("ci-deploy:" + tok(20, "dockerpw"))
V["k8s_pw"] = b64(tok(18, "k8spw"))
V["k8s_api"] = b64(tok(32, "k8sapi", _HEX))
V["jwt_live"] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + tok(86, "jwt1", _B64URL) + "." + tok(43, "jwt2", _B64URL)
V["basic"] = b64("svc-reports:" + tok(16, "basicpw"))
V["gkey"] = "AIza" + tok(35, "gkey", _B64URL)
V["mailgun"] = "key-" + tok(32, "mg", _HEX)
V["sas_sig"] = tok(43, "sas", _B64).replace("/", "%2F").replace("+", "%2B") + "%3D"
V["ssh_priv"] = pem("OPENSSH PRIVATE KEY", 6, "sshpriv", 40)
V["gcp_pk"] = pem("PRIVATE KEY", 8, "gcppk", 24).replace("\n", "\\n")

x("secret", "en", False, """Issue #482: SMS not delivered to +44 numbers
**Steps to reproduce** — I'm running this from my laptop:
```python
from twilio.rest import Client
client = Client("<<K|{{=tw_sid}}>>", "<<K|{{=tw_tok}}>>")
msg = client.messages.create(to="+447700900123", from_="+15005550006", body="test")
```
Error 21608. (edit: oops, rotated the token after posting)""")

x("secret", "fr", False, """#dev-notifications  (Mattermost)
<<N|Romain Fabre>>  14:02
je te mets la clé API Twilio pour la préprod, c'est une API key, pas le token principal :
SID de la clé : <<K|{{=tw_sk}}>>
Secret : <<K|{{=tw_sksec}}>>
SID du compte : <<K|{{=tw_sid2}}>>
<<N|Yasmine Bouzid>>  14:05
merci, je la colle dans le coffre et je supprime ton message""".replace("{{=tw_sid2}}", "AC" + tok(32, "twsid2", _HEX)))

x("secret", "es", False, """[11:37] <<N|Marta Iglesias>>: oye, ¿me pasas las credenciales de Vonage para las alertas por SMS?
[11:39] <<N|Jorge Salinas>>: api_key: <<K|{{=vn_key}}>>
api_secret: <<K|{{=vn_sec}}>>
no las subas al repo porfa""")

x("secret", "de", False, """# notify-service/values-prod.yaml
sms:
  provider: plivo
  plivo:
    authId: "<<K|{{=pl_id}}>>"
    authToken: "<<K|{{=pl_tok}}>>"
    senderId: "HAUSARZT"
  retries: 3""")

x("secret", "en", False, """# m-shamba/sms.py — harvest reminders to farmers
import africastalking
africastalking.initialize(username="mshamba", api_key="<<K|{{=at_key}}>>")
sms = africastalking.SMS
sms.send("Mvua inatarajiwa kesho. Vuna mapema.", ["+254700000000"])""")

x("secret", "pt", False, """Oi <<N|Lívia>>, segue o acesso da Sinch pro disparo de SMS da campanha:
Service Plan ID: <<K|{{=sinch_id}}>>
API Token: <<K|{{=sinch_tok}}>>
Depois da campanha a gente gera outro token, beleza? — <<N|Caio>>""")

x("secret", "hr", False, """$ curl -X POST https://xk48m2.api.infobip.com/sms/2/text/advanced \\
    -H "Authorization: App <<K|{{=ib_key}}>>" \\
    -H "Content-Type: application/json" \\
    -d '{"messages":[{"destinations":[{"to":"385910000000"}],"text":"Vaš termin je sutra u 9h"}]}'""")

x("secret", "en", False, """hey <<N|sam>> can you check why the nightly build fails? it uses my token for now: <<K|{{=ghp}}>>
i'll swap it for a deploy key tomorrow""")

x("secret", "de", False, """# .gitlab-ci.yml (Ausschnitt) — TODO: Token in CI/CD-Variable verschieben!
release:
  script:
    - git remote set-url origin "https://oauth2:<<K|{{=glpat}}>>@gitlab.schreinerei-vogt.de/web/shop.git"
    - git push origin HEAD:main""".replace('"https://oauth2:<<K|{{=glpat}}>>@gitlab.schreinerei-vogt.de/web/shop.git"', '"<<U|https://oauth2:{{=glpat}}@gitlab.schreinerei-vogt.de/web/shop.git>>"'))

x("secret", "en", False, """# slack-bot/config.toml
[slack]
bot_token = "<<K|{{=xoxb}}>>"
alerts_webhook = "<<K|{{=slackhook}}>>"
channel = "#ops-alerts\"""")

x("secret", "en", False, """In [3]:
import openai
openai.api_key = "<<K|{{=openai}}>>"
resp = openai.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])""")

x("secret", "nl", False, """Hoi <<N|Bram>>, voor de webshop-koppeling heb je de live sleutel van Stripe nodig:
<<K|{{=stripe}}>>
Niet in Slack plakken alsjeblieft, ik heb 'm je via mail gestuurd omdat 1Password even plat lag. Groet, <<N|Noor>>""")

x("secret", "en", False, """# wp-content/plugins/newsletter/settings.php
define('SENDGRID_API_KEY', '<<K|{{=sendgrid}}>>');
define('MAILGUN_KEY', '<<K|{{=mailgun}}>>');
define('NEWSLETTER_FROM', 'newsletter@bakery-on-main.com');""")

x("secret", "ru", False, """<<N|Артём>>, вот токен бота для группы дачников: <<K|{{=tg}}>>
Бот пока только шлёт напоминания о взносах. Никому не пересылай.""")

x("secret", "en", False, """[default]
aws_access_key_id = <<K|{{=aws_id}}>>
aws_secret_access_key = <<K|{{=aws_sec}}>>
region = eu-west-1""")

x("secret", "en", False, """// appsettings.Production.json
{
  "ConnectionStrings": {
    "Blob": "DefaultEndpointsProtocol=https;AccountName=stfotoarchiv;AccountKey=<<K|{{=az_key}}>>;EndpointSuffix=core.windows.net",
    "Sql": "Server=tcp:sql-fotoarchiv.database.windows.net,1433;Database=archiv;User ID=app_archiv;Password=<<K|Wint3r!Lager#2025>>;Encrypt=True;"
  }
}""")

x("secret", "en", False, """{
  "type": "service_account",
  "project_id": "orchard-sensors-4821",
  "private_key_id": "<<K|{{=gcp_kid}}>>",
  "private_key": "<<K|{{=gcp_pk}}>>\\n",
  "client_email": "uploader@orchard-sensors-4821.iam.gserviceaccount.com"
}""".replace("{{=gcp_kid}}", tok(40, "gcpkid", _HEX)))

x("secret", "en", False, """~/.docker/config.json
{
  "auths": {
    "registry.fjordline-logistics.no": { "auth": "<<K|{{=docker_auth}}>>" }
  }
}""")

x("secret", "en", False, """apiVersion: v1
kind: Secret
metadata:
  name: billing-db
type: Opaque
data:
  username: YmlsbGluZw==
  password: <<K|{{=k8s_pw}}>>
  stripe-key: <<K|{{=k8s_api}}>>""")

x("secret", "en", False, """$ mysql -h 10.20.4.17 -u reporting -p<<K|Qv7#pLm2!xR9>> sales_dw -e "select count(*) from orders"
$ sshpass -p '<<K|h0ney-Badger-77>>' ssh backup@nas01 'df -h /volume1'
$ curl -u <<K|admin:Gr33nhouse!2025>> http://printer-3f.local/api/status""".replace("10.20.4.17", "<<IP|10.20.4.17>>"))

x("secret", "de", False, """PS C:\\> $pw = ConvertTo-SecureString "<<K|Fr1ed-Hof!Mauer9>>" -AsPlainText -Force
PS C:\\> $cred = New-Object System.Management.Automation.PSCredential ("KANZLEI\\svc-scan", $pw)
PS C:\\> net use S: \\\\fs01\\scans /user:KANZLEI\\svc-scan <<K|Fr1ed-Hof!Mauer9>>""")

x("secret", "en", False, """$ curl https://api.tideline.io/v2/exports/4821 \\
    -H "Authorization: Bearer <<K|{{=jwt_live}}>>"
$ curl https://legacy.tideline.io/reports -H "Authorization: Basic <<K|{{=basic}}>>\"""")

x("secret", "en", False, """Subject: Your new account at Harbourside Physio
Hi <<N|Naledi>>,
Welcome aboard! Your login for the booking system is nmokoena and your temporary password is <<K|Pelican-48-Drift>>.
You'll be asked to change it the first time you sign in.
<<N|Grant>> (practice manager)""")

x("secret", "ja", False, """LINE
<<N|美穂>>：実家のWi-Fiのパスワードって何だっけ？
<<N|健太>>：SSID は aterm-4f21c8-g、パスワードは <<K|7c3e9a2f81d64>> だよ
<<N|美穂>>：ありがと！""")

x("secret", "ko", False, """카톡
<<N|수빈>>: 언니 넷플릭스 비번 바꿨어?
<<N|지은>>: 응 새 비번 <<K|haneul2025!!>> 이야 다른 사람한테 알려주지 마
<<N|수빈>>: 오키 ㅋㅋ""")

x("secret", "zh", False, """微信
<<N|林晓>>：路由器管理后台密码是多少来着？
爸爸：账号 admin，密码 <<K|Lin@19651103>>，别乱改设置啊""")

x("secret", "ar", False, """<<N|مريم>>: كلمة سر الواي فاي الجديدة عندنا <<K|Qamar#2025home>>
<<N|حسن>>: شكراً، اشتغل""")

x("secret", "th", False, """ข้อความถึงพี่เลี้ยงแมว 🐱
กุญแจสำรองอยู่กับป้าข้างบ้าน
Wi-Fi: Baan_Mali_5G  รหัสผ่าน <<K|malimaew2568>>
อาหารแมวอยู่ในตู้ใต้ซิงค์ ขอบคุณมากค่ะ — <<N|มะลิ>>""")

x("secret", "en", False, """# ~/.netrc
machine ftp.tidewater-archive.org
  login <<N|mcallister>>
  password <<K|Tide$Gauge1987>>""".replace("<<N|mcallister>>", "mcallister"))

x("secret", "en", False, """# ~/.pip/pip.conf
[global]
index-url = <<U|https://ci-reader:Xk48pLq2Zr@pypi.kestrel-analytics.net/simple/>>
# ~/.npmrc
//npm.pkg.github.com/:_authToken=<<K|{{=npmtok}}>>""".replace("{{=npmtok}}", "ghp_" + tok(36, "npmtok")))

x("secret", "en", False, """Export links (valid 7 days):
https://stkestrelexports.blob.core.windows.net/exports/q2.csv?sv=2024-05-04&se=2025-06-19T10%3A00%3A00Z&sr=b&sp=r&sig=<<K|{{=sas_sig}}>>
https://maps.googleapis.com/maps/api/geocode/json?address=Kestrel&key=<<K|{{=gkey}}>>""")

x("secret", "en", False, """Support ticket #88213 — attachment "id_ed25519" pasted inline by customer:
<<K|{{=ssh_priv}}>>
Agent note: asked customer to revoke this key immediately.""")

x("secret", "pl", False, """# /etc/redis/redis.conf (serwer kolejek)
bind 127.0.0.1 <<IP|10.8.0.12>>
port 6379
requirepass <<K|Kolejka!Wroclaw#33>>
masterauth <<K|Kolejka!Wroclaw#33>>""")

x("secret", "es", False, """spring.datasource.url=jdbc:postgresql://db-facturas:5432/facturas?user=app_fact&password=<<K|Albaric0que!24>>&ssl=true
spring.mail.host=smtp.correo-interno.es
spring.mail.password=<<K|Correo#Interno7731>>""")

x("secret", "it", False, """Ciao <<N|Federica>>, ecco l'accesso al gestionale del B&B:
utente: reception
password: <<K|Limoncell0!Amalfi>>
Cambiala dopo il primo accesso per favore. <<N|Gianni>>""")

x("secret", "tr", False, """$ docker login registry.kuzeyyazilim.com.tr -u ci-bot -p <<K|Kuzey!Deploy2025>>
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded""")

# --- secret: hard negatives --------------------------------------------------------------------
x("secret", "en", True, """## Quickstart
1. Copy `.env.example` to `.env`.
2. Set `TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` and `TWILIO_AUTH_TOKEN=your_auth_token` from the console.
3. For Vonage use `VONAGE_API_KEY=<your-key>` and `VONAGE_API_SECRET=<your-secret>`.
4. Run `npm start` — the app reads the values from the environment.""")

x("secret", "en", True, """# docker-compose.yml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}
  api:
    environment:
      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app
      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY}""")

x("secret", "en", True, """# AWS CLI docs, "Configuration basics" (example values)
$ aws configure
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: us-west-2""")

x("secret", "en", True, """API keys — Settings
Name            Key                              Created       Last used
production      sk_live_••••••••••••••••••••4821   2025-01-14    2 minutes ago
staging         sk_test_••••••••••••••••••••9d0c   2024-11-02    3 days ago
[ Reveal ] requires re-authentication.""")

x("secret", "en", True, """/etc/shadow (excerpt, for the hardening audit)
root:$6$Wq3kP9sT$8hJd2LxQzV0mYpR4tN7cUe1aB5fK6gH9jS3dW2xZ0vC8nM4qL7rT1yU5iO9pE2wA6sD3fG8hJ4kL0zX1cV:19885:0:99999:7:::
deploy:$y$j9T$Pq4RsT8uVwXy$zA1bC2dE3fG4hI5jK6lM7nO8pQ9rS0tU1vW2xY3zA4B:19920:0:99999:7:::
Finding: both accounts use strong hashing (SHA-512 crypt, yescrypt).""")

x("secret", "en", True, """Add this public key to the server's authorized_keys:
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH4kQ8rP2mZt9LwX3vJ7cB1yN5sD6fG0hK2jE8uR4aTq deploy@buildbox
Fingerprint: SHA256:q8N2vT4kP9rZ1mX7cL3bW5yH0jF6sD2gA8uE4nR1tKo""")

x("secret", "en", True, """Release v3.12.1
commit 9f4c2a7e1b8d3f6a0c5e2b9d7f1a4c8e3b6d0f29
Author: release-bot
Image: ghcr.io/kestrel/api@sha256:4b1e9c7a2f8d3e6b0a5c1f9d7e2b4a8c6f0d3e1b9a7c5f2e8d4b6a0c3f1e9d7b
Request-Id: 7d3f9a2c-1e4b-4c8d-9f2a-6b0e5d1c3a7f
integrity: sha512-Zq8LmP3vT9xK2nR7cW4bY1jH6sF0dG5aE8uQ3tN1mV4kL7pX2rC9zB6yH0wJ5sD8fA3gE1uK4nT7qM2vR9pL6x==""")

x("secret", "en", True, """-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIEbXQ4kjANBgkqhkiG9w0BAQsFADBsMRAwDgYDVQQGEwdV
bmtub3duMRAwDgYDVQQIEwdVbmtub3duMRAwDgYDVQQHEwdVbmtub3duMRAwDgYD
VQQKEwdVbmtub3duMRAwDgYDVQQLEwdVbmtub3duMRAwDgYDVQQDEwdVbmtub3du
-----END CERTIFICATE-----
(server certificate of the test broker; the private key stays on the HSM)""")

x("secret", "en", True, """// jwt.io debugger sample — paste your own token to decode it
const token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
const secret = process.env.JWT_SECRET;""")

x("secret", "de", True, """Passwortrichtlinie (gültig ab 01.07.2025)
- mindestens 14 Zeichen, davon je ein Groß-, Kleinbuchstabe, eine Ziffer und ein Sonderzeichen
- keine Wörter wie „Passwort“, „Sommer2025“ oder den Firmennamen
- Wechsel nur bei Verdacht auf Kompromittierung
Fragen an: it-sicherheit@stadtwerke-lahn.de""")

x("secret", "fr", True, """Bonjour,
Nous avons reçu une demande de réinitialisation de votre mot de passe. Cliquez sur le lien ci-dessous (valable 30 minutes) :
https://espace-client.energie-loire.fr/reset?ticket=expired
Si vous n'êtes pas à l'origine de cette demande, ignorez ce message. Nous ne vous demanderons jamais votre mot de passe.""")

x("secret", "es", True, """# config/credentials.yml.example — copiar a credentials.yml y rellenar
smtp:
  usuario: "TU_USUARIO"
  contraseña: "CAMBIAR_AQUI"
pasarela_pago:
  clave_secreta: "<<clave secreta de producción>>"
  entorno: "sandbox\"""".replace("<<clave secreta de producción>>", "{clave secreta de producción}"))

x("secret", "en", True, """# k8s/helm/values.yaml
database:
  host: "{{ .Values.global.dbHost }}"
  password: "{{ .Values.secrets.dbPassword }}"
  existingSecret: billing-db
vault:
  path: secret/data/prod/billing
  role: billing-reader""")

x("secret", "en", True, """Donations
ETH: 0x4b2F9a1C7e3D8b6A0c5E2f9D7b1A4c8E3B6d0F29
BTC: bc1q8z4kxm2vt9r7lp3nw6cy1hj5sf0dg4ae8uq3tn
PGP fingerprint: 4B1E 9C7A 2F8D 3E6B 0A5C  1F9D 7E2B 4A8C 6F0D 3E1B""")

x("secret", "en", True, """.htpasswd (generated with htpasswd -B)
monitor:$2y$10$Lq8vT3kP9rZ1mX7cL3bW5eH0jF6sD2gA8uE4nR1tKoYq2wE5rT7uI
status:$apr1$Xk4p9Q2m$Zt8vR3nL1cW7bY5jH0sF6.
Checksums: SHA256 (backup-2025-06-12.tar.gz) = e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""")

x("secret", "ja", True, """【重要】パスワード管理についてのお願い
・パスワードは12文字以上で設定してください（例：●●●●●●●●●●●●）
・パスワードを電話やメールでお伺いすることはありません
・初期パスワード「********」は初回ログイン時に必ず変更してください""")

x("secret", "zh", True, """# 配置说明
数据库密码请从环境变量读取：DB_PASSWORD=${DB_PASSWORD}
短信服务 AccessKey 请在控制台生成，切勿写入代码：ACCESS_KEY_ID=<你的AccessKeyId>
示例签名：SHA256=9b74c9897bac770ffc029102a200c5de""")

x("secret", "pt", True, """Ajuda — Como gerar um token de API
1. Acesse Configurações > Integrações.
2. Clique em "Gerar token". O token aparecerá uma única vez no formato tk_live_XXXXXXXXXXXXXXXXXXXX.
3. Guarde-o num cofre de senhas. Tokens expostos devem ser revogados imediatamente.""")

x("secret", "ru", True, """Инструкция по подключению к VPN
Логин: ваш табельный номер (например, 004821)
Пароль: тот же, что и для входа в Windows (не сообщайте его никому)
Сервер: vpn.example.org, протокол IKEv2""")

x("secret", "en", True, """$ git log --oneline -3
a41f9c2 Rotate leaked SendGrid key (old key revoked)
7e0b3d1 Move secrets to AWS Secrets Manager (arn:aws:secretsmanager:eu-west-1:482193705612:secret:prod/sendgrid-Ab3xYz)
c9d2e85 Add uuid 3f2b8c1e-9a4d-4e7f-b6c0-1d5a8e2f9c3b to fixtures""")

x("secret", "ko", True, """[보안 공지]
비밀번호는 ${USER_PW} 변수로 주입되며, 로그에는 ****** 로 마스킹되어 표시됩니다.
API 키 예시: YOUR_API_KEY_HERE (실제 키로 교체하지 마시고 관리자에게 문의하세요)""")

x("secret", "en", True, """Wireshark capture notes
TLS 1.3 handshake, client random: 4f8e2a1c9b7d3e6f0a5c2b9d8e1f4a7c3b6d0e9f2a5c8b1d4e7f0a3c6b9d2e5f
Session ticket lifetime 7200 s. Nothing decrypted (no keylog file).""")


# =============================================================================================
# 5. STREET ADDRESSES
# =============================================================================================
x("address", "th", False, """ผู้ส่ง
<<N|นายวีระพงษ์ ทองดี>>
<<A|88/5 หมู่ 2 ซอยสุขาภิบาล 5>>
<<A|ตำบลท่าทราย อำเภอเมืองสมุทรสาคร>>
<<A|จังหวัดสมุทรสาคร 74000>>

ผู้รับ
<<N|นางสาวกมลชนก จันทร์หอม>>
<<A|121/33 หมู่บ้านพฤกษา 9 ถนนลำลูกกา>>
<<A|ตำบลลาดสวาย อำเภอลำลูกกา>>
<<A|จังหวัดปทุมธานี 12150>>""".replace("<<N|นายวีระพงษ์ ทองดี>>", "นาย<<N|วีระพงษ์ ทองดี>>").replace("<<N|นางสาวกมลชนก จันทร์หอม>>", "นางสาว<<N|กมลชนก จันทร์หอม>>"))

x("address", "th", False, """Shopee · แชทกับผู้ขาย
ผู้ขาย: รบกวนยืนยันที่อยู่จัดส่งค่ะ
ลูกค้า: <<A|45/218 คอนโดลุมพินี พาร์ค ถนนรัตนาธิเบศร์ ตำบลบางกระสอ อำเภอเมืองนนทบุรี นนทบุรี 11000>> ค่ะ
ผู้ขาย: รับทราบค่ะ จัดส่งพรุ่งนี้""")

x("address", "zh", False, """淘宝 · 修改收货地址
收货人：<<N|郑雨桐>>
手机号码：<<P|159 6827 3041>>
所在地区：浙江省 杭州市 西湖区
详细地址：<<A|文一西路998号海创园南区18幢2单元702室>>
[设为默认地址]""")

x("address", "zh", False, """<<N|阿杰>>：周末来我新家吃火锅啊，地址 <<A|台北市信義區松仁路58巷3弄12號4樓>>，到了按電鈴
<<N|小美>>：好啊 幾點？""")

x("address", "ja", False, """暑中見舞いの宛名（印刷用データ）
<<A|〒606-8305>>
<<A|京都府京都市左京区吉田河原町15-9>>
<<A|メゾン吉田 203号室>>
<<N|森本 千晴>> 様""")

x("address", "ja", False, """件名：配送先住所の変更について
ご注文番号 250-4821937-0561223 の配送先を下記に変更いたしました。
<<A|〒812-0011 福岡県福岡市博多区博多駅前3丁目25-21 博多駅前ビューハイツ1104>>
お届け予定日：6月14日（土）""")

x("address", "ko", False, """등기우편 수취인 정보
받는 분: <<N|최은비>>
주소: <<A|(06236) 서울특별시 강남구 테헤란로 152>>
상세주소: <<A|역삼푸르지오 2단지 208동 1503호>>
연락처: <<P|010-7315-4820>>""")

x("address", "ko", False, """당근마켓 채팅
<<N|현우>>: 직거래 어려우시면 택배로 보내주세요. 주소는 <<A|경상남도 창원시 성산구 상남동 62-14 대동아파트 3동 507호>>입니다
판매자: 네 내일 보내드릴게요""")

x("address", "en", False, """Delivery instructions (Swiggy Genie)
Pickup: <<A|Flat 1204, Tower B, Prestige Lakeside Habitat, Varthur Main Road, Bengaluru 560087>>
Drop:
<<N|Ananya Rao>>
<<A|No. 17, 3rd Cross, 5th Main>>
<<A|Near Ganesha Temple, Indiranagar 2nd Stage>>
<<A|Bengaluru, Karnataka 560038>>
Note: call before reaching, dog at gate""")

x("address", "en", False, """Ship to: <<A|H.No. 2-3-418/7, Lane beside SBI ATM, Amberpet, Hyderabad, Telangana 500013>>
Customer: <<N|Syed Imran>> · Mobile <<P|+91 98490 27315>>
COD amount: ₹1,249""")

x("address", "mr", False, """पत्ता बदल अर्ज
नाव: <<N|सायली देशपांडे>>
जुना पत्ता: <<A|फ्लॅट नं. ३०४, साई कृपा सोसायटी, कोथरूड, पुणे ४११०३८>>
नवीन पत्ता: <<A|बंगला नं. ७, गुलमोहर कॉलनी, गंगापूर रोड, नाशिक ४२२०१३>>""")

x("address", "hi", False, """सेवा में,
<<N|श्री दिनेश चौहान>>
<<A|मकान नं. 58, गली नं. 3>>
<<A|शिव नगर, सेक्टर 12>>
<<A|करनाल, हरियाणा 132001>>""".replace("<<N|श्री दिनेश चौहान>>", "श्री <<N|दिनेश चौहान>>"))

x("address", "bn", False, """পার্সেল প্রাপকের ঠিকানা
<<N|ফারহানা ইসলাম>>
<<A|বাড়ি নং ১২, রোড নং ৭, ব্লক সি>>
<<A|মিরপুর ১০, ঢাকা ১২১৬>>""")

x("address", "ar", False, """مرسل إليه:
<<N|أحمد فؤاد النجار>>
<<A|١٥ شارع النصر، الدور الثالث، شقة ٧>>
<<A|المعادي الجديدة، القاهرة ١١٧٤٢>>
مصر""")

x("address", "ar", False, """العنوان الوطني المختصر: <<A|RRRD2929>>
المبنى <<A|٢٩٢٩ طريق الملك عبدالعزيز – حي الملقا>>
<<A|الرياض ١٣٥٢١ – ٧٤١٠>>""".replace("العنوان الوطني المختصر: <<A|RRRD2929>>\nالمبنى ", "العنوان الوطني للمستأجر:\n"))

x("address", "ar", False, """رسالة من <<N|يوسف>>: أرسل الطرد على صندوق بريدي الشخصي: <<A|ص.ب. ٤٨٢١٩، دبي>>، الإمارات. شكراً""")

x("address", "fr", False, """Expéditeur : <<N|Karim Benali>>, <<A|27 derb Sidi Bouloukat, Médina, 40000 Marrakech>>, Maroc
Destinataire : <<N|Hélène Garnier>>, <<A|5 impasse des Lilas, 44300 Nantes>>""")

x("address", "fa", False, """مشخصات گیرنده مرسوله
نام: <<N|نگار احمدی>>
نشانی: <<A|اصفهان، خیابان چهارباغ بالا، کوچه ۱۴، پلاک ۸، طبقه دوم>>
کد پستی: ۸۱۷۴۶۷۳۴۸۱""")

x("address", "he", False, """<<N|משפחת גולדשטיין>>
<<A|רחוב ז'בוטינסקי 112, דירה 9>>
<<A|רמת גן 5250412>>""".replace("<<N|משפחת גולדשטיין>>", "משפחת <<N|גולדשטיין>>"))

x("address", "tr", False, """Kargo gönderi bilgileri
Alıcı: <<N|Selin Aksoy>>
<<A|Caferağa Mah. Moda Cad. Şair Nefi Sok. No: 14 D: 6>>
<<A|34710 Kadıköy / İstanbul>>
Tel: <<P|0532 418 27 93>>""")

x("address", "es", False, """Datos de envío
<<N|Valentina Ospina>>
<<A|Calle 10 # 43-25, apto. 1102>>
<<A|Edificio Torres del Poblado>>
<<A|Medellín, Antioquia 050021>>
Colombia""")

x("address", "es", False, """hola!! el regalo para la <<N|Cami>> mandalo a <<A|Mz. B Lt. 14, Urb. Los Jardines, San Juan de Lurigancho, Lima 15419>> porfa, ahí vive su abuela""")

x("address", "es", False, """Remitente: <<N|Gustavo Ibarra>> · <<A|Pasaje Tucumán 1452, Barrio General Paz, X5004 Córdoba>>
Destino: <<A|Villa Los Aromos, Los Boldos 381, Quilpué>>""")

x("address", "es", False, """CONSTANCIA DE DOMICILIO
El suscrito hace constar que la C. <<N|Xóchitl Ramírez Luna>> tiene su domicilio en <<A|Privada de los Pinos 17, Fracc. Las Ánimas, 91190 Xalapa, Ver.>>
desde hace cinco años.""")

x("address", "pt", False, """DESTINATÁRIO
<<N|Francisca Holanda Maia>>
<<A|Rua Silva Paulet, 2410, apto 1503>>
<<A|Aldeota>>
<<A|60120-021 Fortaleza - CE>>
REMETENTE: Loja Virtual Casa Sertão (Recife)""")

x("address", "pl", False, """Adres do korespondencji:
<<N|Bartosz Lis>>
<<A|ul. Kościuszki 18 m. 24>>
<<A|31-109 Kraków>>
Adres zameldowania: <<A|Zawoja 1482, 34-222 Zawoja>>""")

x("address", "cs", False, """Doručovací adresa
<<N|Petra Dvořáková>>
<<A|Masarykova 412/27>>
<<A|779 00 Olomouc>>
Fakturační adresa: stejná""")

x("address", "sk", False, """<<N|Juraj>>, pošli mi to na <<A|Hlavná 1187/63, 040 01 Košice>>, budem tam cez leto u mamy.""")

x("address", "hu", False, """Címzett:
<<N|Horváth Zsófia>>
<<A|Győr>>
<<A|Baross Gábor út 41. III/9.>>
<<A|9021>>""")

x("address", "ro", False, """Adresa de livrare: <<A|Bd. Tudor Vladimirescu nr. 29, bl. T3, sc. A, et. 7, ap. 28, Iași 700305>>
Telefon curier: <<P|0744 829 316>>""")

x("address", "bg", False, """Получател: <<N|Мартин Иванов>>
<<A|ж.к. „Младост 1“, бл. 48, вх. Б, ет. 5, ап. 37>>
<<A|1784 София>>""")

x("address", "ru", False, """Кому: <<N|Зайцевой Анне Михайловне>>
Куда: <<A|пр-т Ленина, д. 112, корп. 2, кв. 48>>
<<A|г. Нижний Новгород>>
Индекс: <<A|603009>>""".replace("Индекс: <<A|603009>>", "<<A|603009>>"))

x("address", "uk", False, """Нова пошта: доставка на адресу, а не у відділення
<<N|Богдан Кравець>>
<<A|вул. Грушевського, 19, кв. 74>>
<<A|м. Івано-Франківськ, 76018>>""")

x("address", "be", False, """Адрас для лістоў:
<<N|Алеся Куляшова>>
<<A|вул. Кірава, д. 14, кв. 9>>
<<A|220030, г. Мінск>>""")

x("address", "sr", False, """Adresa za isporuku: <<A|Njegoševa 48, stan 7, 21000 Novi Sad>>""")

x("address", "hr", False, """Poštovani,
molim da mi račune ubuduće šaljete na novu adresu:
<<A|Ulica Ivana Gundulića 22>>
<<A|21000 Split>>
Lijep pozdrav, <<N|Marina Barić>>""")

x("address", "sl", False, """Naslov pošiljatelja: <<N|Tina Kranjc>>, <<A|Prešernova ulica 11, 4000 Kranj>>""")

x("address", "lt", False, """Siuntėjas: <<N|Rūta Kazlauskienė>>
<<A|Vilniaus g. 37-5>>
<<A|LT-01402 Vilnius>>""")

x("address", "en", False, """<<N|Mr & Mrs T. Pennington>>
<<A|Willowmere>>
<<A|Church Lane>>
<<A|Little Bardfield>>
<<A|Braintree CM7 4TS>>""".replace("<<N|Mr & Mrs T. Pennington>>", "Mr & Mrs <<N|T. Pennington>>"))

x("address", "en", False, """Change of address — effective July 1
Account holder DOB (for verification): <<D|07/22/1979>>
Old: <<A|4410 Alder Ridge Rd, Apt 12, Missoula, MT 59803>>
New: <<N|Dustin Keller>>
<<A|PO Box 118>>
<<A|Seeley Lake MT 59868>>""")

x("address", "en", False, """ok bring it round to <<A|44 Ferncliff Road, Bristol BS8 2LP>> tmrw, I'm in after 4. <<N|Soph>> x""")

x("address", "en", False, """Pick-up point for the kids' carpool this term:
<<A|Unit 3, 27 Jacaranda Street, Toowong QLD 4066>> (<<N|Kylie>>'s place) — 7:50 sharp.""")

x("address", "en", False, """Mailing address for the co-op newsletter:
<<N|Maurice Thibodeau>>
<<A|1482 Concession Road 6>>
<<A|RR 2>>
<<A|Alexandria ON K0C 1A0>>""")

x("address", "de", False, """Liebe Freunde,
wir sind umgezogen! Ab sofort erreicht ihr uns unter:
<<N|Familie Schubert-Lang>>
<<A|Am Mühlbach 9a>>
<<A|79856 Hinterzarten>>
Die alte Adresse <<A|Kaiserstraße 204, 76133 Karlsruhe>> gilt nicht mehr.""".replace("<<N|Familie Schubert-Lang>>", "Familie <<N|Schubert-Lang>>"))

x("address", "fr", False, """Demande de réexpédition du courrier
Titulaire né le : <<D|02/10/1968>>
Ancienne adresse : <<A|Bât. C, esc. 2, 14 avenue Jean-Jaurès, 31000 Toulouse>>
Nouvelle adresse :
<<N|Laurent Vidal>>
<<A|Lieu-dit La Bourdette>>
<<A|32300 Mirande>>""")

x("address", "it", False, """Spett.le destinatario
<<N|Sig.ra Rosaria Lombardo>>
<<A|c/o Famiglia Greco>>
<<A|Via Etnea 318, int. 5>>
<<A|95125 Catania CT>>""".replace("<<N|Sig.ra Rosaria Lombardo>>", "Sig.ra <<N|Rosaria Lombardo>>").replace("<<A|c/o Famiglia Greco>>", "c/o Famiglia <<N|Greco>>"))

x("address", "nl", False, """Afzender:
<<N|Fenna Postma>>
<<A|Oude Ebbingestraat 71>>
<<A|9712 HG Groningen>>""")

x("address", "vi", False, """Người nhận: <<N|Đỗ Quang Huy>>
<<A|Số 12, ngõ 34, phố Hoàng Hoa Thám>>
<<A|Phường Ngọc Hà, Quận Ba Đình>>
<<A|Hà Nội 100000>>
SĐT: <<P|0912 748 305>>""")

x("address", "id", False, """Alamat pengiriman:
<<A|Jl. Kaliurang Km 7, Gg. Pandega Marta No. 14, RT 05/RW 12, Condongcatur, Depok, Sleman, DI Yogyakarta 55283>>""")

x("address", "ms", False, """Alamat surat-menyurat:
<<N|Siti Hajar binti Osman>>
<<A|Lot 2147, Kampung Bukit Tinggi>>
<<A|Peti Surat 58>>
<<A|28750 Bentong, Pahang>>""")

x("address", "sw", False, """Tafadhali tuma barua kwa:
<<N|Bi. Amina Mwanjala>>
<<A|S.L.P. 9821>>
<<A|Dodoma>>""".replace("<<N|Bi. Amina Mwanjala>>", "Bi. <<N|Amina Mwanjala>>"))

x("address", "el", False, """Αποστολέας: <<N|Ελένη Μαυρίδου>>, <<A|Εγνατία 118, 546 30 Θεσσαλονίκη>>
Παραλήπτης: <<N|Νίκος Σταθόπουλος>>, <<A|Λεωφ. Κηφισίας 212, 152 31 Χαλάνδρι>>""")

# --- address: hard negatives -------------------------------------------------------------------
x("address", "de", True, """Impressum
Gartenbau Lindner GmbH & Co. KG
Sitz der Gesellschaft: Wolfsburg · Registergericht: Amtsgericht Braunschweig, HRA 204821
Komplementärin: Lindner Verwaltungs-GmbH, Sitz Wolfsburg
Kontakt über das Formular auf dieser Seite.""")

x("address", "de", True, """Bürgerinformation
Das Bürgerbüro im Rathaus, Marktplatz 1, 35037 Marburg, ist am Brückentag geschlossen.
Anträge auf Asyl richten Sie bitte an das Bundesamt für Migration und Flüchtlinge, Frankenstraße 210, 90461 Nürnberg.""")

x("address", "fr", True, """Sortie scolaire — programme
9h : Tour Eiffel, Champ de Mars, 5 avenue Anatole-France, 75007 Paris
11h : Musée du Louvre (entrée Pyramide)
14h : Hôtel de Ville de Paris, place de l'Hôtel-de-Ville
Retour prévu gare Montparnasse à 17h30.""")

x("address", "en", True, """Civics homework — famous addresses
1. 10 Downing Street, London SW1A 2AA — residence of the Prime Minister
2. The White House, 1600 Pennsylvania Avenue NW, Washington, DC 20500
3. Buckingham Palace, London SW1A 1AA
4. Fictional: 4 Privet Drive, Little Whinging, Surrey; 742 Evergreen Terrace, Springfield""")

x("address", "en", True, """Traffic update 07:45
Lane closures on the M25 between junctions 10 and 11; a broken-down lorry on Euston Road near King's Cross.
Diversions via Gray's Inn Road. Buses 30 and 73 are stopping short at Oxford Street.""")

x("address", "es", True, """Cómo llegar a la oficina
Desde la estación de Atocha, subir por el Paseo del Prado, girar a la derecha en la calle de Alcalá y seguir hasta
la Gran Vía. Nuestra oficina está en Madrid (la dirección exacta se envía con la invitación).""")

x("address", "ja", True, """観光案内
東京タワー：東京都港区芝公園4丁目2-8
東京都庁：東京都新宿区西新宿2丁目8-1（展望室は無料）
浅草寺：東京都台東区浅草2丁目3-1""")

x("address", "zh", True, """办事指南
北京市公安局出入境管理总队：北京市东城区安定门东大街2号
故宫博物院：北京市东城区景山前街4号
办理时间：周一至周五 9:00-17:00""")

x("address", "ko", True, """민원 안내
서울특별시청: 서울특별시 중구 세종대로 110
경복궁: 서울특별시 종로구 사직로 161
주민센터 방문 시 신분증을 지참하세요.""")

x("address", "th", True, """ข้อมูลการติดต่อหน่วยงานราชการ
ศาลากลางจังหวัดเชียงใหม่ ถนนโชตนา ตำบลช้างเผือก อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50300
วัดพระธาตุดอยสุเทพ อำเภอเมืองเชียงใหม่""")

x("address", "hi", True, """सूचना
जिला कलेक्टर कार्यालय, सिविल लाइंस, प्रयागराज 211001 में जनसुनवाई प्रत्येक सोमवार को होगी।
ताजमहल, आगरा — शुक्रवार को बंद।""")

x("address", "ar", True, """للاستفسار
وزارة الداخلية — طريق الملك عبدالعزيز، الرياض
برج خليفة — دبي، شارع الشيخ محمد بن راشد
المكتب الرئيسي للشركة: جدة""")

x("address", "pl", True, """Wspomnienia
Urodziłem się w Krakowie, dzieciństwo spędziłem w Nowym Sączu, a od 2010 mieszkam w Gdańsku. Najbardziej
brakuje mi Rynku Głównego i spacerów Plantami.""")

x("address", "pt", True, """Sede: Florianópolis/SC · Filiais: Joinville, Blumenau e Chapecó
Atendimento presencial no Palácio do Planalto? Não — somos uma empresa privada! Fale conosco pelo chat.""")

x("address", "ru", True, """Экскурсия по Москве
Красная площадь, Государственный исторический музей (Красная пл., 1), затем ГУМ и Большой театр
(Театральная пл., 1). Обед на Тверской улице.""")

x("address", "en", True, """Market report, Q2 2025
Median rents rose fastest in postcode districts SW11, E14 and M1. Demand in BS8 and LS6 stayed flat.
Sample: 4,821 listings across 112 towns.""")

x("address", "tr", True, """Şirket bilgileri
Merkez: Bursa · Şube: Eskişehir
TBMM ziyareti: Türkiye Büyük Millet Meclisi, Bakanlıklar, Çankaya/Ankara — ziyaret saatleri 10:00–16:00""")

x("address", "it", True, """Avviso
Gli uffici del Comune di Firenze, Palazzo Vecchio, piazza della Signoria, resteranno chiusi il 24 giugno.
La ditta ha sede legale a Prato.""")

x("address", "vi", True, """Hướng dẫn thủ tục
Nộp hồ sơ tại UBND Quận 1, số 45-47 Lê Duẩn, Phường Bến Nghé, TP. Hồ Chí Minh.
Tham quan: Nhà thờ Đức Bà, Bưu điện Trung tâm Sài Gòn.""")

x("address", "es", True, """Trámites
Ayuntamiento de Sevilla — Plaza Nueva, 1, 41001 Sevilla
Embajada de España en Lima — Av. Jorge Basadre 498, San Isidro
La empresa tiene su domicilio social en Zaragoza.""")


# =============================================================================================
# 6. OTHER: e-mails, phones, IPs, MACs, cards, IBANs, SSNs, URLs with credentials
# =============================================================================================
V["iban_fr"] = iban("FR", "3000600001" + "04821937051" + "89")
V["iban_es"] = iban("ES", "01824821930201937056")
V["iban_it"] = iban("IT", "K0306909606100000048219")
V["iban_nl"] = iban("NL", "INGB0004821937")
V["iban_de"] = iban("DE", "500105175482193705")
V["iban_pl"] = iban("PL", "114020040000340248219370")
V["iban_be"] = iban("BE", "001482193705")
V["iban_pt"] = iban("PT", "000700000048219370523")
V["iban_ch"] = iban("CH", "04835048219370000")
V["card_visa"] = card("453201482193705")
V["card_mc"] = card("524681930271054")
V["card_amex"] = card("37821948203715", (4, 6, 5))
V["card_mc2"] = card("222300481937052", (4, 4, 4, 4), "-")
V["card_jcb"] = card("353011482193705")
V["ssn3"] = ssn("618", "29", "4471", "")
V["ssn4"] = ssn("204", "57", "9183", " ")

x("other", "en", False, """Jun 12 22:14:03 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=<<MAC|3c:52:82:4f:1a:9e>>:00:1b:21:0a:7f:42:08:00 SRC=<<IP|81.174.229.36>> DST=<<IP|10.0.5.20>> PROTO=TCP SPT=51544 DPT=3389
Jun 12 22:14:09 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= SRC=<<IP|185.220.101.47>> DST=<<IP|10.0.5.20>> PROTO=TCP SPT=40122 DPT=22
Jun 12 22:15:44 fw01 sshd[20481]: Accepted publickey for <<N|rkowalski>> from <<IP|10.0.7.133>> port 50322 ssh2""".replace("<<N|rkowalski>>", "rkowalski").replace("<<MAC|3c:52:82:4f:1a:9e>>:00:1b:21:0a:7f:42:08:00", "3c:52:82:4f:1a:9e:00:1b:21:0a:7f:42:08:00"))

x("other", "de", False, """# cat /var/lib/misc/dnsmasq.leases
1749764021 <<MAC|a4:83:e7:2b:91:0c>> <<IP|192.168.178.23>> Lenas-iPhone 01:a4:83:e7:2b:91:0c
1749764388 <<MAC|d8:3a:dd:41:7e:f2>> <<IP|192.168.178.41>> raspberrypi *
1749765102 <<MAC|f0:2f:74:9c:33:a8>> <<IP|192.168.178.57>> DESKTOP-7KQ2M4 01:f0:2f:74:9c:33:a8""")

x("other", "en", False, """sw-core-2#show mac address-table interface Gi1/0/14
          Mac Address Table
-------------------------------------------
Vlan    Mac Address       Type        Ports
----    -----------       --------    -----
  20    <<MAC|0050.56a3.7c1e>>    DYNAMIC     Gi1/0/14
  20    <<MAC|b827.eb4d.92f0>>    DYNAMIC     Gi1/0/14
Total Mac Addresses for this criterion: 2""")

x("other", "en", False, """Ticket #55310 — VPN drops every 20 min
User: <<N|Olumide Bakare>> (<<E|o.bakare@harrowgate-solicitors.co.uk>>, ext. 2214)
Client IPv6: <<IP|2a02:c7c:9d41:8e00:5d2f:b3a1:44c0:19e7>>, IPv4 via home router <<IP|86.142.77.201>>
Ethernet adapter: Physical Address. . . . . . . . . : <<MAC|3C-52-82-4F-1A-9E>>""")

x("other", "en", False, """# unifi export clients.csv
name,mac,last_ip,ap
Living room TV,<<MAC|7cd30a5b12e4>>,<<IP|192.168.1.34>>,AP-Lounge
kids-tablet,<<MAC|9c2a70e1f3b8>>,<<IP|192.168.1.52>>,AP-Upstairs""")

x("other", "en", False, """<<IP|94.12.188.203>> - - [12/Jun/2025:09:41:27 +0100] "POST /wp-login.php HTTP/1.1" 200 4821 "-" "Mozilla/5.0"
<<IP|94.12.188.203>> - - [12/Jun/2025:09:41:29 +0100] "GET /wp-admin/ HTTP/1.1" 302 0 "-" "Mozilla/5.0"
<<IP|2a01:4f8:c17:3b2e::1>> - - [12/Jun/2025:09:42:03 +0100] "GET /feed/ HTTP/1.1" 200 18233 "-" "Feedly/1.0\"""")

x("other", "fr", False, """Bonjour,
Pour le remboursement des frais de covoiturage, voici mon RIB :
Titulaire : <<N|Antoine Mercier>>
IBAN : <<I|{{=iban_fr}}>>
Mon portable si besoin : <<P|06 48 21 93 70>>. Merci !
<<N|Antoine>>""")

x("other", "es", False, """[20:14] <<N|Irene>>: te paso lo de la cena, 23,50 cada una
[20:15] tú: no tengo bizum 😅 ¿me das tu cuenta?
[20:15] <<N|Irene>>: <<I|{{=iban_es}}>>
[20:16] tú: hecho!""")

x("other", "it", False, """Gentile <<N|dott. Ruggeri>>,
le confermo i dati per il bonifico della caparra dell'appartamento di via dei Mille:
intestatario <<N|Carla Fontana>>, IBAN <<I|{{=iban_it}}>>, causale "caparra luglio".
Cordiali saluti""".replace("<<N|dott. Ruggeri>>", "dott. <<N|Ruggeri>>"))

x("other", "nl", False, """<<N|Sanne>>: Wie heeft er nog niet betaald voor het uitje? 👀
Jij: ik! wat was je rekeningnummer ook alweer
<<N|Sanne>>: <<I|{{=iban_nl}}>> t.n.v. <<N|S. de Jong>>, €32,50 pp""")

x("other", "de", False, """SEPA-Lastschriftmandat — Turnverein Eintracht Hameln e.V.
Kontoinhaber: <<N|Wolfgang Reimers>>
Anschrift: <<A|Deisterallee 58, 31785 Hameln>>
IBAN: <<I|{{=iban_de}}>>
Gläubiger-ID: DE98ZZZ09999999999   Mandatsreferenz: TVE-00482""")

x("other", "pl", False, """Cześć <<N|Kuba>>, oddaj mi za bilety na koncert na konto <<I|{{=iban_pl}}>>, tytuł „bilety Open'er”. Dzięki! <<N|Ola>>""")

x("other", "en", False, """Hotel booking form — guarantee with credit card
Guest name: <<N|Hendrik Vos>>
Card number: <<C|{{=card_visa}}>>     Expiry: 09/28
Billing phone: <<P|+31 6 4821 9370>>   E-mail: <<E|hendrik.vos84@ziggo.nl>>""")

x("other", "en", False, """[Chat with support] 
You: can you charge my other card instead? it's <<C|{{=card_amex}}>> exp 11/27
Agent <<N|Priya>>: Thanks! For your security please don't share the CVV here — I've updated the booking.""")

x("other", "pt", False, """Oi <<N|Rafa>>, usa meu cartão pra comprar as passagens: <<C|{{=card_mc}}>>, validade 04/29, no nome de <<N|BEATRIZ M LOPES>>. Depois me manda o comprovante!""")

x("other", "ja", False, """お客様情報（電話受付メモ）
お名前：<<N|石井 大輔>> 様
カード番号：<<C|{{=card_jcb}}>>
有効期限：08/27
ご連絡先：<<P|０８０－４８２１－９３７０>>""")

x("other", "en", False, """payroll_import_2025-06.csv
emp_no,last,first,ssn,state
20417,<<N|Gutierrez>>,<<N|Marisol>>,<<S|{{=ssn3}}>>,TX
20418,<<N|Whitfield>>,<<N|Darnell>>,<<S|{{=ssn4}}>>,GA""")

x("other", "en", False, """# /etc/fstab on the media box
//nas.local/music  /mnt/music  cifs  username=guest,password=  0 0
# mirror of the old FTP, works from VLC too:
<<U|ftp://jkowal:Sunfl0wer88@ftp.kowal-home.net/music/>>
<<U|rtsp://admin:Gar4ge!cam@192.168.1.64:554/Streaming/Channels/101>>""")

x("other", "en", False, """celery:
  broker_url: <<U|amqp://orders:T4ngerine-Queue@rabbit-01.internal:5672/prod>>
  result_backend: <<U|redis://default:Rb9!xKq2@cache-01.internal:6379/2>>
mongo:
  uri: <<U|mongodb+srv://analytics:Lq82mZpX4v@cluster0.k4d8x.mongodb.net/events?retryWrites=true>>""")

x("other", "zh", False, """抄送：<<N|张伟>> <<<E|zhang.wei88@163.com>>>；<<N|李娜>> <<<E|lina_0915@qq.com>>>
手机：<<P|+86 139 1048 2753>>
会议改到周五下午三点。""")

x("other", "ar", False, """للتواصل مع <<N|أم سليم>> بخصوص الحضانة: <<P|{{=arphone}}>>""".replace("<<N|أم سليم>>", "<<N|سعاد>>").replace("{{=arphone}}", to_script("050 482 1937", "\u0660")))

x("other", "de", False, """Kontaktliste Elternbeirat 4b
<<N|Frau Demir>> — <<P|+49 (0)171 482 93 70>>
<<N|Herr Lorenz>> — <<P|0511 / 48 21 93-12>>
<<N|Anja Brandt>> — <<E|anja.brandt+elternbeirat@gmx.de>>""".replace("<<N|Frau Demir>>", "Frau <<N|Demir>>").replace("<<N|Herr Lorenz>>", "Herr <<N|Lorenz>>"))

x("other", "en", False, """Hi <<N|Marcy>>, it's <<N|Doug>> from the allotment — my new number is <<P|(503) 482-1937 x204>> at work,
cell <<P|503.771.0482>>. Email me at <<E|doug.r.fenwick@outlook.com>> if the gate code changes again.""")

x("other", "th", False, """ติดต่อคุณ<<N|อรุณี>> (เจ้าของห้อง) โทร <<P|089 482 1937>> หรือไลน์ไอดี arunee.k
ติดต่อช่างแอร์ คุณ<<N|สมชาย>> <<P|081-937-0482>>""")

x("other", "hi", False, """भैया का नया नंबर <<P|+91 98765 04821>> है, पुराना वाला बंद हो गया। ईमेल <<E|rohit.verma1992@gmail.com>> पर भी भेज सकते हो""")

x("other", "en", False, """$ cat ~/.git-credentials
<<U|https://mwebb:ghp_4kQ8rP2mZt9LwX3vJ7cB1yN5sD6fG0hK2jE8@github.com>>
<<U|https://mwebb:glpat-Xk48pLq2Zr7vW3nT9bY1@gitlab.com>>""")

x("other", "be", False, """Тэлефон <<N|Андрэя>>: <<P|+375 29 482-19-37>>, пошта <<E|andrei.kavaliou@tut.by>>""")

x("other", "pt", False, """Dados para transferência (pessoa singular)
Titular: <<N|Nuno Ferreira Alves>>
IBAN: <<I|{{=iban_pt}}>>
Contacto: <<P|+351 912 482 193>>""")

x("other", "de", False, """Twint geht bei mir nicht, überweis mir die 45 Franken bitte auf <<I|{{=iban_ch}}>> (<<N|Lorenz Bühler>>). Merci!""")

x("other", "nl", False, """Terugbetaling borg appartement Gent
Naam: <<N|Wout Claes>>
Rekeningnummer: <<I|{{=iban_be}}>>
GSM: <<P|0478 48 21 93>>""")

x("other", "en", False, """Card fraud report — customer says card <<C|{{=card_mc2}}>> was used at 03:12 from IP <<IP|103.214.68.19>>.
Customer contact: <<E|tamsin.leigh@btinternet.com>>""")

# --- other: hard negatives ---------------------------------------------------------------------
x("other", "en", True, """Contact us
General enquiries: info@brackenridge-pottery.co.uk
Orders: orders@brackenridge-pottery.co.uk · Returns: returns@brackenridge-pottery.co.uk
Phone: 0800 048 2193 (freephone, Mon–Fri) · Switchboard: +44 1423 500 600
Please do not reply to noreply@brackenridge-pottery.co.uk""")

x("other", "en", True, """# Network setup (docs/network.md)
Example: assign the NAS a static address such as 192.0.2.10 with netmask 255.255.255.0 and gateway 192.0.2.1.
Allow the range 198.51.100.0/24 on the firewall; IPv6 test prefix 2001:db8:4821::/48.
Use 1.1.1.1 or 9.9.9.9 as resolvers. Bind to 0.0.0.0 for all interfaces, or 127.0.0.1 for local only.""")

x("other", "en", True, """Build info
Windows 10.0.19045.4529, Chrome 126.0.6478.127, firmware 4.2.10.1
OID for sha256WithRSAEncryption: 1.2.840.113549.1.1.11
SNMP sysObjectID: 1.3.6.1.4.1.9.1.2494""")

x("other", "en", True, """MAC filtering — reference
Broadcast: FF:FF:FF:FF:FF:FF. Null address 00:00:00:00:00:00 is rejected.
Vendor prefixes (OUI) allowed: 00:1A:2B (Ayecom), B8:27:EB (Raspberry Pi Foundation), 3C:52:82 (HP).
Multicast range 01:00:5E:00:00:00–01:00:5E:7F:FF:FF is ignored.""")

x("other", "en", True, """Stripe test mode — use these cards
Success: 4242 4242 4242 4242 (any future date, any CVC)
Declined: 4000 0000 0000 0002
Mastercard: 5555 5555 5555 4444
Your saved card: Visa •••• •••• •••• 7302, exp 09/28""")

x("other", "en", True, """Payroll FAQ
Q: What format should the SSN be in? A: 9 digits, e.g. 123-45-6789. Never use 078-05-1120 — it's the famous
Woolworth wallet sample. 000-00-0000 is rejected. Your stub shows XXX-XX-4471 for privacy.""")

x("other", "de", True, """So füllen Sie die Überweisung aus (Beispiel aus dem Merkblatt)
IBAN: DE89 3704 0044 0532 0130 00   BIC: COBADEFFXXX
Empfänger: Stadtkasse Hameln — IBAN der Stadtkasse siehe Bescheid.
Bitte geben Sie das Kassenzeichen als Verwendungszweck an.""")

x("other", "en", True, """Remittance details (supplier account)
Account name: Brackenridge Pottery Ltd
IBAN: {{=iban_co}}   BIC: NWBKGB2L
Sort code: 60-16-13   Account no.: 48219370
Example IBAN from our help page: GB82 WEST 1234 5698 7654 32""".replace("{{=iban_co}}", iban("GB", "NWBK60161348219370")))

x("other", "en", True, """README — connecting to the broker
Format: amqp://<user>:<password>@<host>:5672/<vhost>
Example: postgres://USERNAME:PASSWORD@localhost:5432/mydb
Clone with SSH: git clone git@github.com:kestrel/infra.git or ssh://git@git.kestrel.local:2222/infra.git""")

x("other", "fr", True, """Numéros utiles
SAMU : 15 · Police : 17 · Pompiers : 18 · Urgences européennes : 112
Service client EDF : 09 69 32 15 15 (non surtaxé)
Écrivez-nous : service-client@energie-loire.fr""")

x("other", "es", True, """Atención al cliente: 900 48 21 93 (gratuito) · WhatsApp de la empresa: +34 911 482 193
Correo: atencion@muebles-levante.es · Facturación: facturas@muebles-levante.es
Emergencias: 112""")

x("other", "ja", True, """お問い合わせ先
カスタマーセンター：０１２０－４８２－１９３（通話料無料）
代表：０３－５４８２－１９００
メール：info@minato-seiki.co.jp""")

x("other", "zh", True, """联系我们
全国客服热线：400-820-4821
市长热线：12345
邮箱：service@yunjing-tech.com.cn""")

x("other", "de", True, """Kartenzahlung — Beleg
Karte: Mastercard **** **** **** 4821
Terminal-ID 68219370 · Trace-Nr. 004821 · Genehmigungs-Nr. 193705
Betrag: 42,80 EUR · 12.06.2025 18:41""")

x("other", "en", True, """Support article: "Why was my login blocked?"
We block logins from addresses in known abuse lists. Example log entry:
  2025-06-12T10:14:03Z blocked login from 203.0.113.77 (TEST-NET-3) user=<redacted>
Contact security@kestrel-analytics.net if you think this is wrong.""")

x("other", "pl", True, """Dane do przelewu dla firmy:
Odbiorca: Hurtownia Budowlana „Cegiełka” sp. z o.o.
Nr rachunku: {{=iban_plco}}
Infolinia: 801 482 193""".replace("{{=iban_plco}}", iban("PL", "109010140000071248219370")))

x("other", "ar", True, """أرقام مهمة
الإسعاف: ٩٩٧ — الدفاع المدني: ٩٩٨ — الشرطة: ٩٩٩
مركز خدمة العملاء: ٩٢٠٠٠٤٨٢١
البريد الإلكتروني: care@alwaha-trading.sa""")

x("other", "en", True, """Example user object in the API docs:
{"id": 42, "name": "Jane Example", "email": "jane@example.com", "phone": "+1-555-0100", "ip": "192.0.2.44"}""")

x("other", "ko", True, """고객센터 안내
대표번호: 1588-4821 · 팩스: 02-6482-1900
이메일: cs@hanbit-precision.co.kr · 긴급: 112 / 119""")

x("other", "it", True, """Come compilare il bonifico (esempio dal sito della banca)
IBAN di esempio: IT60 X054 2811 1010 0000 0123 456
BIC: UNCRITMMXXX — Numero verde: 800 48 21 93""")


# =============================================================================================
# 7. RECORD EXPORTS, ROUTE SHEETS AND REGISTERS — many birth dates and addresses per document,
#    mostly without names, with the column header far away from the values
# =============================================================================================
def table(head, fmt, rows, sep="\n"):
    return head + "\n" + sep.join(fmt.format(*r) for r in rows)


x("dob", "de", False, table(
    """# Export Mitgliederverwaltung TSV Grün-Weiß Eppendorf, erstellt 12.06.2025 07:02 (für Beitragslauf Q3)
# Felder: Mitgliedsnr;Geburtsdatum;Straße;PLZ;Ort;Eintritt;Abteilung;Beitragsgruppe;Zahlweise""",
    "{0};<<D|{1}>>;<<A|{2}>>;{3};Hamburg;{4};{5};{6};SEPA",
    [("M-04821", "14.02.1958", "Eppendorfer Landstraße 88", "20249", "01.04.1981", "Tennis", "B"),
     ("M-05102", "03.09.1964", "Martinistraße 12a", "20251", "01.01.1990", "Tennis", "B"),
     ("M-06377", "27.11.1987", "Hegestraße 41", "20251", "15.08.2012", "Badminton", "A"),
     ("M-07114", "09.06.2011", "Im Tale 7", "20251", "01.09.2018", "Judo Jugend", "J"),
     ("M-07190", "30.01.2013", "Loogestieg 3", "20249", "01.09.2019", "Judo Jugend", "J"),
     ("M-07745", "19.07.1979", "Kümmellstraße 26", "20249", "01.02.2021", "Gymnastik", "A"),
     ("M-07812", "05.12.1992", "Lehmweg 49", "20251", "01.03.2021", "Badminton", "A"),
     ("M-08003", "22.04.1949", "Kellinghusenstraße 5", "20249", "01.10.2022", "Gymnastik", "S"),
     ("M-08141", "11.03.2016", "Goernestraße 30", "20249", "01.04.2023", "Kinderturnen", "J"),
     ("M-08290", "28.08.1983", "Schedestraße 14", "20251", "01.01.2024", "Tennis", "B")]))

x("address", "en", False, table(
    """PARCELROUTE  Driver manifest  Route OX-14  Thu 12 Jun 2025  Van LK73 FYP
Stop  Address                                            Pcs  Service   Notes""",
    "{0}    <<A|{1}>>{2}{3}    {4}",
    [("01", "14 Marlborough Road, Oxford OX1 4LW", " " * 18, "2", "Tracked   porch"),
     ("02", "Flat 3, 22 Abingdon Road, Oxford OX1 4PD", " " * 13, "1", "Signed    buzz flat 3"),
     ("03", "7 Chilswell Road, Oxford OX1 4PJ", " " * 21, "1", "Tracked   neighbour 9"),
     ("04", "118 Iffley Road, Oxford OX4 1EN", " " * 22, "3", "Tracked   side gate"),
     ("05", "Basement Flat, 40 Stratford Street, Oxford OX4 1SW", " " * 3, "1", "Signed    "),
     ("06", "2 Boundary Brook Road, Oxford OX4 4AN", " " * 16, "1", "Tracked   safe place shed"),
     ("07", "61 Rose Hill, Oxford OX4 4HT", " " * 25, "2", "Tracked   "),
     ("08", "The Old Forge, Church Way, Iffley, Oxford OX4 4EB", " " * 4, "1", "Signed    ring twice"),
     ("09", "15 Henley Avenue, Oxford OX4 4DJ", " " * 21, "1", "Tracked   "),
     ("10", "Flat 12, Cowley Court, 251 Cowley Road, Oxford OX4 1XH", "", "2", "Tracked   concierge")]))

x("dob", "en", False, table(
    """BENEFITS ENROLLMENT FILE — Lakeshore Dental Group → Northstar Vision (834-lite, pipe-delimited)
member_id|rel|dob|addr1|city|st|zip|cov_start|hire_date
# rel: E=employee S=spouse C=child""",
    "{0}|{1}|<<D|{2}>>|<<A|{3}>>|{4}|{5}|{6}|07/01/2025|{7}",
    [("NV0048211", "E", "03/14/1986", "2241 W Cortland St Apt 2R", "Chicago", "IL", "60647", "02/03/2020"),
     ("NV0048212", "S", "11/02/1987", "2241 W Cortland St Apt 2R", "Chicago", "IL", "60647", ""),
     ("NV0048213", "C", "05/30/2016", "2241 W Cortland St Apt 2R", "Chicago", "IL", "60647", ""),
     ("NV0048220", "E", "08/19/1971", "915 Ashland Ave", "Evanston", "IL", "60202", "09/15/2008"),
     ("NV0048231", "E", "01/07/1994", "4418 N Kenmore Ave Unit 3", "Chicago", "IL", "60640", "06/01/2022"),
     ("NV0048232", "C", "12/22/2021", "4418 N Kenmore Ave Unit 3", "Chicago", "IL", "60640", ""),
     ("NV0048240", "E", "06/25/1969", "17 Pheasant Run", "Naperville", "IL", "60565", "03/12/2001"),
     ("NV0048241", "S", "10/10/1970", "17 Pheasant Run", "Naperville", "IL", "60565", ""),
     ("NV0048255", "E", "04/03/1999", "1330 W Taylor St Apt 512", "Chicago", "IL", "60607", "01/08/2024"),
     ("NV0048260", "E", "09/28/1980", "602 S Oak Park Ave", "Oak Park", "IL", "60304", "11/20/2015")]))

x("dob", "fr", False, table(
    """Extraction dossiers — aide aux vacances (données pseudonymisées, transmission au prestataire)
n_dossier;date_naissance_enfant;adresse_foyer;quotient_familial;sejour""",
    "{0};<<D|{1}>>;<<A|{2}>>;{3};{4}",
    [("AV25-0412", "2013-04-22", "12 rue des Tanneurs, 59000 Lille", "612", "Juillet A"),
     ("AV25-0417", "2015-10-03", "Apt 44, 3 avenue Kennedy, 59100 Roubaix", "488", "Juillet A"),
     ("AV25-0433", "2012-01-17", "7 bis rue Pasteur, 59200 Tourcoing", "703", "Juillet B"),
     ("AV25-0458", "2016-06-30", "158 rue Solférino, 59000 Lille", "540", "Août A"),
     ("AV25-0461", "2014-12-09", "Résidence Les Peupliers, bât. C, 59650 Villeneuve-d'Ascq", "399", "Août A"),
     ("AV25-0470", "2011-08-14", "21 rue Jean-Jaurès, 59260 Hellemmes", "655", "Août B"),
     ("AV25-0489", "2017-02-25", "4 place du Général-de-Gaulle, 59800 Lille", "720", "Juillet B"),
     ("AV25-0502", "2013-09-01", "33 rue de Wazemmes, 59000 Lille", "512", "Août B")]))

x("address", "es", False, table(
    """AGUAS DE LEVANTE — Ruta de lectura 07 (Sector Centro), lectorista: L-114, fecha prevista 16/06/2025
Orden · Dirección del suministro · Nº contador · Ubicación""",
    "{0} · <<A|{1}>> · {2} · {3}",
    [("001", "C/ Mayor 14, 3º B, 30001 Murcia", "19LV048211", "batería portal"),
     ("002", "C/ Mayor 14, 5º A, 30001 Murcia", "19LV048219", "batería portal"),
     ("003", "Plaza de Santo Domingo 7, 2º, 30008 Murcia", "20LV117302", "cuarto de contadores"),
     ("004", "C/ Trapería 31, 1º izda., 30001 Murcia", "18LV093377", "rellano"),
     ("005", "C/ Alfaro 9, bajo, 30001 Murcia", "21LV004821", "fachada"),
     ("006", "Gran Vía Escultor Salzillo 22, 4º C, 30004 Murcia", "17LV660913", "sótano -1"),
     ("007", "C/ San Nicolás 5, 30005 Murcia", "22LV300187", "patio"),
     ("008", "C/ Frenería 12, ático, 30004 Murcia", "19LV771045", "terraza"),
     ("009", "C/ Jabonerías 3, 2º D, 30001 Murcia", "20LV512290", "batería portal"),
     ("010", "Pl. de las Flores 18, 3º, 30004 Murcia", "16LV209934", "cuarto de contadores")]))

x("dob", "it", False, table(
    """COMUNE DI PADOVA — Asili nido comunali a.e. 2025/26 — GRADUATORIA PROVVISORIA (pubblicazione per numero di domanda)
Pos. | N. domanda | Data di nascita del bambino | Residenza del nucleo | Punteggio""",
    "{0} | {1} | <<D|{2}>> | <<A|{3}>> | {4}",
    [("1", "PD-N-0481", "12/01/2025", "Via Belzoni 48, 35121 Padova", "38"),
     ("2", "PD-N-0502", "03/11/2024", "Via Tiziano Aspetti 114/B, 35132 Padova", "36"),
     ("3", "PD-N-0377", "28/02/2025", "Via Paolo Sarpi 9, int. 4, 35138 Padova", "35"),
     ("4", "PD-N-0519", "17/09/2024", "Via Guizza 201, 35125 Padova", "33"),
     ("5", "PD-N-0440", "06/06/2024", "Via Chiesanuova 77, 35136 Padova", "33"),
     ("6", "PD-N-0533", "21/03/2025", "Via Facciolati 31, 35127 Padova", "31"),
     ("7", "PD-N-0401", "09/12/2024", "Via Bezzecca 4, 35142 Padova", "30"),
     ("8", "PD-N-0548", "30/04/2025", "Via Bembo 58, 35124 Padova", "28")]))

x("dob", "nl", False, table(
    """Kinderopvang De Vlindertuin — wachtlijst per 12-06-2025 (intern, niet verspreiden)
plaatsingsnr  geb.datum kind  straat + huisnr            postcode  plaats        gewenste startdatum""",
    "{0}     <<D|{1}>>      <<A|{2}>>{3}{4}  {5}{6}",
    [("WL-2291", "04-02-2025", "Mauritskade 12-III", " " * 10, "2514 HD", "Den Haag     ", "01-09-2025"),
     ("WL-2304", "19-12-2024", "Weimarstraat 244", " " * 11, "2562 HH", "Den Haag     ", "01-08-2025"),
     ("WL-2318", "30-03-2025", "Laan van Meerdervoort 518", " " * 2, "2563 BH", "Den Haag     ", "01-10-2025"),
     ("WL-2320", "11-11-2024", "Frederik Hendriklaan 71A", " " * 3, "2582 BT", "Den Haag     ", "01-07-2025"),
     ("WL-2333", "22-01-2025", "Prins Hendrikplein 9", " " * 7, "2518 JA", "Den Haag     ", "01-09-2025"),
     ("WL-2347", "07-05-2025", "Zoutmanstraat 33-1", " " * 9, "2518 GM", "Den Haag     ", "01-11-2025"),
     ("WL-2352", "15-08-2024", "Goudenregenstraat 150", " " * 6, "2565 EZ", "Den Haag     ", "01-07-2025"),
     ("WL-2360", "02-04-2025", "Valkenboskade 612", " " * 10, "2563 JS", "Den Haag     ", "01-10-2025")]))

x("address", "pl", False, table(
    """PGNiG Obrót Detaliczny — odczyty gazomierzy, rejon 12 (Wrocław-Krzyki), inkasent nr 0482
Lp. | Adres punktu poboru | Nr gazomierza | Stan poprzedni""",
    "{0} | <<A|{1}>> | {2} | {3}",
    [("1", "ul. Powstańców Śląskich 118/4, 53-333 Wrocław", "G4-0482193", "4821"),
     ("2", "ul. Powstańców Śląskich 118/9, 53-333 Wrocław", "G4-0482201", "3377"),
     ("3", "ul. Gajowicka 54 m. 2, 53-407 Wrocław", "G4-1193705", "1502"),
     ("4", "ul. Zaporoska 71/12, 53-415 Wrocław", "G4-0771045", "6690"),
     ("5", "ul. Sztabowa 8, 53-310 Wrocław", "G6-0031887", "12033"),
     ("6", "ul. Racławicka 23/1, 53-149 Wrocław", "G4-2209341", "998"),
     ("7", "ul. Hallera 140/36, 53-203 Wrocław", "G4-0512290", "2740"),
     ("8", "ul. Grabiszyńska 241b/7, 53-234 Wrocław", "G4-0601152", "3815")]))

x("address", "pt", False, table(
    """ROTA DE ENTREGA — Base Campinas 03 — motorista: ID 48219 — 12/06/2025
Seq | Endereço | Volumes | Janela""",
    "{0} | <<A|{1}>> | {2} | {3}",
    [("01", "Rua Barão de Jaguara, 1481, apto 52, Centro, Campinas - SP, 13015-002", "1", "08-12h"),
     ("02", "Av. Júlio de Mesquita, 720, Cambuí, Campinas - SP, 13025-061", "2", "08-12h"),
     ("03", "Rua Coronel Quirino, 1345, casa 3, Cambuí, Campinas - SP, 13025-002", "1", "08-12h"),
     ("04", "Rua Sampainho, 228, Cambuí, Campinas - SP, 13025-300", "1", "12-18h"),
     ("05", "Av. Princesa D'Oeste, 1930, bloco B, apto 104, Jardim Proença, Campinas - SP, 13026-035", "3", "12-18h"),
     ("06", "Rua Dr. Emílio Ribas, 411, Vila Itapura, Campinas - SP, 13023-130", "1", "12-18h"),
     ("07", "Rua Padre Vieira, 1077, Bosque, Campinas - SP, 13015-301", "1", "12-18h"),
     ("08", "Rua Maria Monteiro, 862, apto 11, Cambuí, Campinas - SP, 13025-151", "2", "18-21h")]))

x("dob", "ja", False, table(
    """令和7年度 特定健康診査 予約一覧（○○健診センター／6月16日午前）
受診番号　生年月日　　　　　性別　住所　　　　　　　　　　　　　　　　　　　　　　　　　コース""",
    "{0}　<<D|{1}>>　{2}　<<A|{3}>>　{4}",
    [("K-0481", "昭和36年4月2日", "男", "〒460-0008 愛知県名古屋市中区栄3-18-1 栄レジデンス704", "A"),
     ("K-0482", "S43.11.15", "女", "〒464-0850 名古屋市千種区今池2丁目7-22", "A"),
     ("K-0483", "1972年8月30日", "男", "〒466-0064 名古屋市昭和区鶴舞1-4-9 鶴舞ハイツ203", "B"),
     ("K-0484", "昭和50年1月19日", "女", "〒453-0015 名古屋市中村区椿町12-5-1101", "B"),
     ("K-0485", "H2.6.7", "男", "〒461-0001 名古屋市東区泉1丁目23-30", "A"),
     ("K-0486", "1958/03/11", "女", "〒467-0806 名古屋市瑞穂区瑞穂通4-15", "C"),
     ("K-0487", "昭和41年12月24日", "男", "〒457-0833 名古屋市南区東又兵ヱ町5-1-8", "A"),
     ("K-0488", "平成3年9月9日", "女", "〒465-0025 名古屋市名東区上社1-802 グランメゾン上社405", "B")]))

x("dob", "ko", False, table(
    """○○정형외과 6/16(월) 오전 예약자 명단 (개인정보 마스킹 전 원본)
예약번호 | 생년월일 | 주소 | 진료과 | 비고""",
    "{0} | <<D|{1}>> | <<A|{2}>> | {3} | {4}",
    [("R-2506-041", "880415", "서울특별시 송파구 올림픽로 300, 롯데캐슬 1204호", "정형", "초진"),
     ("R-2506-042", "570923", "서울특별시 강동구 천호대로 1017, 102동 304호", "정형", "재진"),
     ("R-2506-043", "1991.02.28", "경기도 하남시 미사강변대로 95, 5107동 1802호", "재활", "초진"),
     ("R-2506-044", "030717", "서울특별시 송파구 송파대로 345, 헬리오시티 321동 901호", "정형", "재진"),
     ("R-2506-045", "65.12.01", "서울특별시 광진구 자양로 117", "재활", "재진"),
     ("R-2506-046", "1979년 5월 5일", "서울특별시 성동구 왕십리로 410, 센트라스 807동 1102호", "정형", "초진"),
     ("R-2506-047", "941130", "경기도 성남시 분당구 정자일로 95, 1101호", "정형", "재진"),
     ("R-2506-048", "2010.08.19", "서울특별시 강남구 삼성로 212, 은마아파트 28동 702호", "재활", "초진")]))

x("dob", "zh", False, table(
    """2025年度教职工体检名单（第三批）
说明：本表按体检编号排序，各列依次为：体检编号、性别、出生日期、婚否、家庭住址、套餐、体检日期。
""",
    "{0}　{1}　<<D|{2}>>　{3}　<<A|{4}>>　{5}　2025-06-{6}",
    [("TJ-3041", "男", "1968-03-21", "已婚", "江苏省南京市鼓楼区中山北路283号3幢501室", "A", "16"),
     ("TJ-3042", "女", "1975.10.02", "已婚", "南京市玄武区珠江路88号新世界中心A座1207", "A", "16"),
     ("TJ-3043", "女", "1990年7月14日", "未婚", "南京市秦淮区中华路156号2单元302", "B", "16"),
     ("TJ-3044", "男", "1983/12/05", "已婚", "南京市建邺区江东中路311号万达公寓9栋1803", "B", "17"),
     ("TJ-3045", "男", "1959年1月30日", "已婚", "南京市鼓楼区北京西路72号4幢201室", "C", "17"),
     ("TJ-3046", "女", "1987-05-19", "已婚", "南京市栖霞区仙林大道163号和园12栋604", "A", "17"),
     ("TJ-3047", "男", "1996年11月3日", "未婚", "南京市江宁区双龙大道1688号7幢1102室", "B", "18"),
     ("TJ-3048", "女", "1972-08-08", "已婚", "南京市雨花台区软件大道101号3幢402", "A", "18")]))

x("dob", "th", False, table(
    """รายชื่อผู้ลงทะเบียนรับวัคซีนไข้หวัดใหญ่ รพ.สต.บ้านหนองบัว (วันที่ ๑๖ มิ.ย. ๒๕๖๘)
ลำดับ  บัตรคิว  วัน/เดือน/ปีเกิด  ที่อยู่""",
    "{0}  {1}  <<D|{2}>>  <<A|{3}>>",
    [("๑", "Q-011", "๐๕/๐๓/๒๔๙๔", "๑๒ หมู่ ๓ ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี ๔๑๐๐๐"),
     ("๒", "Q-012", "๑๗ ส.ค. ๒๔๘๙", "๔๕/๑ หมู่ ๓ ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี ๔๑๐๐๐"),
     ("๓", "Q-013", "๒๒/๑๑/๒๕๐๐", "๙๙ หมู่ ๕ ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี ๔๑๐๐๐"),
     ("๔", "Q-014", "๓ มกราคม ๒๔๙๗", "๗/๒ หมู่ ๗ ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี ๔๑๐๐๐"),
     ("๕", "Q-015", "14/06/2493", "208 หมู่ 1 ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000"),
     ("๖", "Q-016", "๓๐/๐๙/๒๕๐๓", "๖๑ หมู่ ๘ ตำบลหนองบัว อำเภอเมืองอุดรธานี จังหวัดอุดรธานี ๔๑๐๐๐")]))

x("dob", "en", False, table(
    """Old Age Pension — Beneficiary verification list, Block: Sanganer, District: Jaipur (for field visit)
Columns → Ben. ID | DOB (as per Aadhaar) | Address | Bank a/c linked | Last credited""",
    "{0} | <<D|{1}>> | <<A|{2}>> | {3} | 05/2025",
    [("RJ-OAP-048211", "01/01/1952", "H.No. 14, Ward 6, Village Muhana, Sanganer, Jaipur 302029", "Y"),
     ("RJ-OAP-048219", "15-08-1949", "Behind Govt. School, Village Goner, Jaipur 303905", "Y"),
     ("RJ-OAP-048233", "01/01/1955", "Plot 72, Shiv Colony, Sanganer, Jaipur 302029", "N"),
     ("RJ-OAP-048240", "12.03.1957", "H.No. 3/118, Malviya Nagar Sector 3, Jaipur 302017", "Y"),
     ("RJ-OAP-048252", "20/10/1950", "Near Hanuman Mandir, Village Chaksu, Jaipur 303901", "Y"),
     ("RJ-OAP-048266", "07-07-1948", "Dhani Meena Wali, Village Bagru, Jaipur 303007", "Y"),
     ("RJ-OAP-048271", "1954-02-26", "H.No. 225, Pratap Nagar Sector 8, Jaipur 302033", "N"),
     ("RJ-OAP-048290", "30/06/1953", "Gali No. 4, Kumharon ka Mohalla, Sanganer, Jaipur 302029", "Y")]))

x("dob", "ar", False, table(
    """كشف طلاب الصف الأول المتوسط — للنقل المدرسي
الأعمدة: رقم الطالب، تاريخ الميلاد (هـ)، عنوان السكن، رقم الحافلة""",
    "{0}، <<D|{1}>>، <<A|{2}>>، {3}",
    [("٤٨٢١١", "١٤٣٤/٠٣/١٢", "٢١٤ شارع الأمير سعود بن عبدالله، حي الربوة، الرياض ١٢٨١٣", "٧"),
     ("٤٨٢١٢", "١٤٣٣/١١/٠٥", "٨٨ شارع ابن خلدون، حي الملز، الرياض ١٢٦٢٤", "٧"),
     ("٤٨٢١٣", "١٤٣٤/٠٧/٢٩", "٤٠٢ طريق صلاح الدين، حي الفاروق، الرياض ١٢٤٤٤", "٣"),
     ("٤٨٢١٤", "١٤٣٤/٠١/١٨", "٩ شارع الخزامى، حي النسيم، الرياض ١٤٢٤٢", "٣"),
     ("٤٨٢١٥", "١٤٣٣/٠٩/٢٢", "٣٣١٠ شارع العروبة، حي الورود، الرياض ١٢٢٥٣", "٥"),
     ("٤٨٢١٦", "١٤٣٤/٠٥/٠٣", "١٢٧ شارع جرير، حي الملز، الرياض ١٢٦٢١", "٥")]))

x("dob", "ru", False, table(
    """ГБУЗ «Поликлиника № 48» — список на вакцинацию против клещевого энцефалита, участок 12
№ п/п | Полис ОМС | Дата рождения | Адрес проживания | Отметка""",
    "{0} | <<ID|{1}>> | <<D|{2}>> | <<A|{3}>> | {4}",
    [("1", "7748 2193 7056 1021", "14.03.1961", "г. Пермь, ул. Ленина, д. 64, кв. 12", "V1"),
     ("2", "5950 4821 0377 2914", "02.11.1988", "г. Пермь, ул. Сибирская, д. 37, кв. 88", "V1"),
     ("3", "5950 3019 2847 1530", "23.07.2014", "г. Пермь, ул. Куйбышева, д. 118а, кв. 5", "V2"),
     ("4", "5978 1102 4459 3307", "09.09.1975", "г. Пермь, Комсомольский пр-т, д. 54, кв. 41", "RV"),
     ("5", "5950 6610 0482 1937", "30.12.2009", "г. Пермь, ул. Пушкина, д. 15, кв. 3", "V1"),
     ("6", "5963 8820 1745 0092", "17.05.1952", "г. Пермь, ул. Екатерининская, д. 201, кв. 77", "RV")]))

x("dob", "tr", False, table(
    """Aile Hekimliği Birimi 3 — 65 yaş üstü ev ziyareti listesi (Haziran)
Hasta No | Doğum Tarihi | Adres | Ziyaret Günü""",
    "{0} | <<D|{1}>> | <<A|{2}>> | {3}",
    [("H-20481", "12.04.1944", "Yeşiltepe Mah. Çamlık Sok. No: 8 D: 2, 16230 Yıldırım/Bursa", "17.06"),
     ("H-20493", "03.11.1950", "Millet Mah. Kardelen Cad. No: 41 D: 5, 16230 Yıldırım/Bursa", "17.06"),
     ("H-20517", "29.01.1938", "Vatan Mah. Gül Sok. No: 3, 16250 Yıldırım/Bursa", "18.06"),
     ("H-20522", "15.08.1957", "Mimar Sinan Mah. Emir Sultan Cad. No: 112 D: 9, 16310 Yıldırım/Bursa", "18.06"),
     ("H-20540", "21.06.1947", "Beyazıt Mah. Kuruçeşme Sok. No: 17, 16250 Yıldırım/Bursa", "19.06"),
     ("H-20566", "08.10.1953", "Değirmenönü Mah. Papatya Sok. No: 6 D: 1, 16300 Yıldırım/Bursa", "19.06")]))

x("dob", "vi", False, table(
    """DANH SÁCH HỘ ĐƯỢC HỖ TRỢ SỬA NHÀ — phường An Hòa (niêm yết, đã ẩn họ tên)
Mã hộ | Ngày sinh chủ hộ | Địa chỉ | Mức hỗ trợ""",
    "{0} | <<D|{1}>> | <<A|{2}>> | {3}",
    [("AH-048", "12/05/1948", "Số 14, hẻm 27, đường Trần Hưng Đạo, phường An Hòa, TP. Cần Thơ", "20 triệu"),
     ("AH-052", "03/09/1961", "Số 221/4 đường Mậu Thân, phường An Hòa, TP. Cần Thơ", "15 triệu"),
     ("AH-057", "27/12/1955", "Số 8, hẻm 112, đường Nguyễn Văn Cừ, phường An Hòa, TP. Cần Thơ", "20 triệu"),
     ("AH-063", "19/02/1970", "Số 45B đường Cách Mạng Tháng Tám, phường An Hòa, TP. Cần Thơ", "10 triệu"),
     ("AH-071", "05/07/1952", "Số 3, ngõ 9, đường Lý Tự Trọng, phường An Hòa, TP. Cần Thơ", "20 triệu"),
     ("AH-078", "30/10/1966", "Số 167/12 đường 3 Tháng 2, phường An Hòa, TP. Cần Thơ", "15 triệu")]))

x("dob", "id", False, table(
    """DAFTAR PESERTA POSBINDU PTM — Kelurahan Tegalsari, Juni 2025
No. Peserta | Tgl. Lahir | Alamat | Hasil Tensi""",
    "{0} | <<D|{1}>> | <<A|{2}>> | {3}",
    [("PB-0481", "12-03-1962", "Jl. Tegalsari Gg. III No. 14, RT 02/RW 05, Tegalsari, Surabaya 60262", "140/90"),
     ("PB-0482", "27-11-1970", "Jl. Kedungdoro No. 211, RT 01/RW 03, Tegalsari, Surabaya 60261", "120/80"),
     ("PB-0483", "05-08-1958", "Jl. Pandegiling Gg. Buntu No. 7, RT 04/RW 02, Surabaya 60262", "160/100"),
     ("PB-0484", "19-01-1967", "Jl. Embong Malang No. 48A, Tegalsari, Surabaya 60261", "130/85"),
     ("PB-0485", "30-06-1975", "Jl. Kampung Malang Tengah II No. 22, Surabaya 60261", "115/75"),
     ("PB-0486", "14-02-1955", "Jl. Dinoyo Tangsi No. 3, RT 06/RW 01, Surabaya 60265", "150/95")]))

x("dob", "es", False, table(
    """PADRÓN DE BENEFICIARIOS — Programa Estatal de Apoyo a Adultos Mayores (versión pública parcial)
Folio · Fecha de nacimiento · Domicilio · Municipio · Monto bimestral""",
    "{0} · <<D|{1}>> · <<A|{2}>> · {3} · $3,100",
    [("AM-25-004821", "14/02/1949", "Calle Hidalgo 214, Col. Centro, 68000 Oaxaca de Juárez", "Oaxaca de Juárez"),
     ("AM-25-004822", "3 de mayo de 1951", "Priv. de Guelatao 7, Barrio de Jalatlaco, 68080 Oaxaca de Juárez", "Oaxaca de Juárez"),
     ("AM-25-004830", "22/09/1946", "Av. Juárez 1120, Int. 3, Col. Reforma, 68050 Oaxaca de Juárez", "Oaxaca de Juárez"),
     ("AM-25-004841", "1950-12-01", "Calle Morelos 48, 71230 Santa Lucía del Camino", "Santa Lucía del Camino"),
     ("AM-25-004855", "08/07/1944", "Cerrada del Pípila 19, Col. La Cascada, 68040 Oaxaca de Juárez", "Oaxaca de Juárez"),
     ("AM-25-004862", "30/01/1953", "Calle Libertad 302, 71228 San Jacinto Amilpas", "San Jacinto Amilpas")]))

x("dob", "en", False, table(
    """age-gate-svc  2025-06-12  (INFO lines filtered: event=age_check)""",
    "2025-06-12T{0}Z INFO age-gate event=age_check session={1} dob=<<D|{2}>> result={3}",
    [("08:14:03.112", "s_8f3a21", "2007-09-14", "UNDER_18"),
     ("08:14:41.907", "s_8f3a2c", "1996-02-29", "OK"),
     ("08:15:02.330", "s_8f3a31", "14/02/2008", "UNDER_18"),
     ("08:16:19.004", "s_8f3a40", "1989-12-31", "OK"),
     ("08:17:55.721", "s_8f3a47", "03/07/2006", "OK"),
     ("08:18:12.498", "s_8f3a4d", "2010-05-18", "UNDER_18"),
     ("08:19:40.015", "s_8f3a52", "1974-08-22", "OK"),
     ("08:21:06.883", "s_8f3a5e", "Jan 9, 2001", "OK"),
     ("08:22:31.260", "s_8f3a63", "2008-06-13", "UNDER_18"),
     ("08:23:58.642", "s_8f3a6a", "1965-11-04", "OK")]))

x("dob", "de", False, table(
    """Impfsurveillance — pseudonymisierte Meldungen KW 24 (Übermittlung an das Landesamt)
Pseudonym;Geburtsdatum;Geschlecht;Impfstoff;Dosis;Impfdatum""",
    "{0};<<D|{1}>>;{2};{3};{4};{5}",
    [("P7F3A21C", "1941-03-19", "w", "Comirnaty JN.1", "Auffr.", "2025-06-10"),
     ("P7F3A22D", "1958-10-07", "m", "Comirnaty JN.1", "Auffr.", "2025-06-10"),
     ("P7F3A23E", "2024-02-26", "w", "Vaxelis", "2", "2025-06-11"),
     ("P7F3A24F", "1937-12-31", "m", "Efluelda", "1", "2025-06-11"),
     ("P7F3A250", "2019-07-15", "m", "Priorix", "2", "2025-06-11"),
     ("P7F3A261", "1963-05-02", "w", "Shingrix", "2", "2025-06-12"),
     ("P7F3A272", "2024-11-08", "w", "Vaxelis", "1", "2025-06-12"),
     ("P7F3A283", "1949-08-23", "m", "Prevenar 20", "1", "2025-06-12"),
     ("P7F3A294", "1971-01-14", "w", "Boostrix", "1", "2025-06-13"),
     ("P7F3A2A5", "2012-09-30", "m", "Gardasil 9", "1", "2025-06-13")]))

x("dob", "pt", False, table(
    """USF Arco Maior — lista de utentes para convocatória do rastreio (exportação SClínico)
N.º utente SNS · Data nasc. · Morada · Estado""",
    "<<ID|{0}>> · <<D|{1}>> · <<A|{2}>> · {3}",
    [("248219370", "14-02-1967", "Rua de Cedofeita 412, 3.º Esq., 4050-174 Porto", "convocar"),
     ("193705482", "03-08-1959", "Rua do Breiner 88, 4050-126 Porto", "convocar"),
     ("301482277", "22-11-1972", "Travessa de Cedofeita 9, 1.º, 4050-183 Porto", "agendado"),
     ("177302914", "09-05-1964", "Rua Miguel Bombarda 261, 4050-377 Porto", "convocar"),
     ("265019384", "30-01-1970", "Rua da Boavista 744, r/c, 4050-105 Porto", "recusou"),
     ("208841156", "17-06-1962", "Praça de Carlos Alberto 31, 2.º Dto., 4050-158 Porto", "convocar")]))

x("dob", "cs", False, table(
    """ZŠ Komenského — seznam strávníků pro školní rok 2025/26 (výpis pro jídelnu)
Č. strávníka, datum narození, třída, bydliště, dieta""",
    "{0}, <<D|{1}>>, {2}, <<A|{3}>>, {4}",
    [("S-4821", "14. 3. 2016", "3.A", "Komenského 482/12, 746 01 Opava", "—"),
     ("S-4822", "2. 11. 2015", "4.B", "Ostrožná 37, 746 01 Opava", "bezlepková"),
     ("S-4830", "28. 6. 2017", "2.A", "Hrnčířská 1190/5, 746 01 Opava", "—"),
     ("S-4841", "9. 1. 2014", "5.A", "Krnovská 214, 747 07 Opava-Kylešovice", "—"),
     ("S-4855", "17. 9. 2016", "3.B", "Husova 8, 746 01 Opava", "bez laktózy"),
     ("S-4862", "30. 4. 2015", "4.A", "Na Rybníčku 1427/56, 746 01 Opava", "—")]))

x("dob", "el", False, table(
    """ΔΗΜΟΣ ΠΑΤΡΕΩΝ — Πρόγραμμα «Βοήθεια στο Σπίτι», κατάλογος ωφελουμένων (χωρίς ονόματα)
Αρ. αίτησης / Ημ. γέννησης / Διεύθυνση κατοικίας / Συχνότητα επισκέψεων""",
    "{0} / <<D|{1}>> / <<A|{2}>> / {3}",
    [("ΒΣ-0481", "12/04/1939", "Κορίνθου 214, 262 23 Πάτρα", "2/εβδ."),
     ("ΒΣ-0487", "03/11/1944", "Μαιζώνος 88, 262 21 Πάτρα", "3/εβδ."),
     ("ΒΣ-0492", "27/01/1936", "Ερμού 19, 262 21 Πάτρα", "1/εβδ."),
     ("ΒΣ-0503", "15/08/1947", "Γούναρη 141, 262 25 Πάτρα", "2/εβδ."),
     ("ΒΣ-0511", "09/06/1941", "Καραϊσκάκη 57, 262 22 Πάτρα", "3/εβδ."),
     ("ΒΣ-0519", "30/12/1950", "Αγίου Νικολάου 12, 262 21 Πάτρα", "1/εβδ.")]))

x("dob", "fa", False, table(
    """فهرست ثبت‌نام کلاس‌های تابستانی فرهنگسرا (بدون نام)
شماره پرونده | تاریخ تولد | نشانی | کلاس""",
    "{0} | <<D|{1}>> | <<A|{2}>> | {3}",
    [("۴۸۲۱", "۱۳۹۲/۰۴/۱۲", "شیراز، خیابان زند، کوچه ۱۸، پلاک ۷", "نقاشی"),
     ("۴۸۲۲", "۱۳۹۰/۱۱/۰۳", "شیراز، بلوار چمران، کوچه ۳۲، پلاک ۱۴، واحد ۲", "خوشنویسی"),
     ("۴۸۲۳", "۱۳۹۳/۰۱/۲۷", "شیراز، خیابان قصردشت، کوچه ۴۱، پلاک ۳", "شطرنج"),
     ("۴۸۲۴", "۱۳۸۹/۰۸/۱۹", "شیراز، معالی‌آباد، کوچه ۱۱، پلاک ۲۲", "نقاشی"),
     ("۴۸۲۵", "۱۳۹۱/۰۶/۳۰", "شیراز، خیابان ارم، کوچه ۵، پلاک ۱۸", "رباتیک"),
     ("۴۸۲۶", "۱۳۹۴/۰۲/۰۸", "شیراز، بلوار ستارخان، کوچه ۲۷، پلاک ۹", "شطرنج")]))

x("dob", "he", False, table(
    """רשימת מנויים — בריכה עירונית, קיץ 2025 (לשימוש הקופה בלבד)
מס' מנוי | תאריך לידה | כתובת | סוג מנוי""",
    "{0} | <<D|{1}>> | <<A|{2}>> | {3}",
    [("48211", "12.03.1961", "רחוב הרצל 48 דירה 3, רחובות", "גמלאי"),
     ("48212", "27.08.2014", "רחוב יעקב 9, רחובות", "ילד"),
     ("48213", "05.11.1988", "שדרות ירושלים 120 דירה 14, רחובות", "מבוגר"),
     ("48214", "19.01.2016", "רחוב הנשיא הראשון 37, רחובות", "ילד"),
     ("48215", "30.06.1957", "רחוב גורדון 4 דירה 7, רחובות", "גמלאי"),
     ("48216", "14.10.1979", "רחוב בילו 61, רחובות", "מבוגר")]))

x("dob", "uk", False, table(
    """КП «Теплокомуненерго» — реєстр абонентів, яким нараховано пільгу (вибірка для перевірки)
Особовий рахунок; Дата народження пільговика; Адреса; Категорія пільги""",
    "{0}; <<D|{1}>>; <<A|{2}>>; {3}",
    [("0482193", "14.02.1946", "м. Полтава, вул. Соборності, буд. 48, кв. 12", "ветеран праці"),
     ("0482201", "03.09.1950", "м. Полтава, вул. Європейська, буд. 117, кв. 4", "ветеран праці"),
     ("0482277", "27.12.1963", "м. Полтава, вул. Шевченка, буд. 9, кв. 31", "особа з інвалідністю"),
     ("0482310", "19.05.1939", "м. Полтава, вул. Котляревського, буд. 3, кв. 2", "дитина війни"),
     ("0482345", "08.08.1971", "м. Полтава, вул. Небесної Сотні, буд. 22, кв. 57", "багатодітна сім'я"),
     ("0482399", "30.01.1944", "м. Полтава, вул. Пушкіна, буд. 85, кв. 19", "дитина війни")]))

x("address", "ja", False, table(
    """ヤマト便 配達順リスト（第3便・午後）　ドライバーコード 0482
順 | お届け先住所 | 個数 | 時間帯指定""",
    "{0} | <<A|{1}>> | {2} | {3}",
    [("1", "〒060-0042 北海道札幌市中央区大通西18丁目1-3 メゾン大通502", "1", "14-16"),
     ("2", "札幌市中央区北1条西20丁目2-12", "2", "14-16"),
     ("3", "〒064-0804 札幌市中央区南4条西21丁目1-8 円山ハイツ203", "1", "16-18"),
     ("4", "札幌市中央区南6条西23丁目4-10", "1", "16-18"),
     ("5", "〒064-0825 札幌市中央区北5条西24丁目3-1-1107", "3", "18-20"),
     ("6", "札幌市中央区宮の森1条7丁目2-25", "1", "18-20"),
     ("7", "〒064-0946 札幌市中央区双子山1丁目8-14", "1", "19-21"),
     ("8", "札幌市中央区北3条西28丁目2-1 ロイヤル円山801", "2", "19-21")]))

x("dob", "es", False, table(
    """10K Nocturna de Valladolid 2025 — Inscritos (listado para el cronometraje; el nombre se asigna por dorsal en el chip)
Dorsal;Fecha nac.;Sexo;Categoría;Club;Talla camiseta""",
    "{0};<<D|{1}>>;{2};{3};{4};{5}",
    [("1482", "12/04/1979", "M", "M45", "Independiente", "L"),
     ("1483", "30/09/1991", "F", "Senior", "C.A. Pisuerga", "S"),
     ("1484", "05/01/2001", "M", "Sub-25", "Independiente", "M"),
     ("1485", "19/07/1966", "F", "F55", "Trotapinares", "M"),
     ("1486", "23/11/1984", "M", "M40", "Independiente", "XL"),
     ("1487", "08/03/1958", "M", "M65", "C.A. Pisuerga", "L"),
     ("1488", "14/12/1995", "F", "Senior", "Independiente", "S"),
     ("1489", "27/06/1972", "M", "M50", "Trotapinares", "L"),
     ("1490", "02/02/2007", "F", "Sub-20", "Colegio Lourdes", "XS"),
     ("1491", "16/08/1988", "M", "Senior", "Independiente", "M")]))

x("dob", "ja", False, table(
    """ポイントカード会員データ（移行用CSV・氏名列は別ファイル）
会員番号,生年月日,性別,入会日,ランク""",
    "{0},<<D|{1}>>,{2},{3},{4}",
    [("0048211937", "1984/03/12", "F", "2019/04/01", "ゴールド"),
     ("0048211945", "1961/11/30", "M", "2019/04/01", "シルバー"),
     ("0048212003", "1999/07/07", "F", "2020/08/15", "レギュラー"),
     ("0048212118", "1975/01/25", "M", "2020/12/01", "ゴールド"),
     ("0048212226", "2003/09/18", "F", "2021/03/20", "レギュラー"),
     ("0048212331", "1957/05/03", "F", "2021/06/10", "シルバー"),
     ("0048212447", "1990/12/24", "M", "2022/02/14", "レギュラー"),
     ("0048212552", "1969/08/08", "M", "2023/01/05", "ゴールド")]))

x("dob", "sv", False, table(
    """Medlemsregister, export till förbundet (personuppgifter minimerade: endast medlemsnr, födelsedatum och postnummer)
medlemsnr\tfödd\tpostnr\tgren\tlicens""",
    "{0}\t<<D|{1}>>\t{2}\t{3}\t{4}",
    [("SK-4821", "2009-03-14", "416 64", "friidrott", "ja"),
     ("SK-4822", "2011-10-02", "416 70", "friidrott", "ja"),
     ("SK-4830", "1987-06-21", "412 58", "motion", "nej"),
     ("SK-4835", "2010-01-30", "416 66", "orientering", "ja"),
     ("SK-4841", "1974-12-09", "415 05", "motion", "nej"),
     ("SK-4847", "2012-08-17", "416 71", "friidrott", "ja"),
     ("SK-4852", "1995-04-04", "413 01", "orientering", "ja"),
     ("SK-4860", "2008-11-11", "416 63", "friidrott", "ja")]))

x("dob", "en", False, """Brightwater Tenancy Services — rent-guarantee renewals due July (export for the underwriter; tenant names withheld)
Ref        | Tenant DOB    | Property address                                        | Rent pcm | Start
BTS-04821  | <<D|4 Sep 1990>>    | <<A|Flat 6, 19 Granby Street, Leicester LE1 6EJ>>             | £875     | 01/07/2023
BTS-04833  | <<D|21 Jan 1985>>   | <<A|44 Westcotes Drive, Leicester LE3 0QT>>                   | £1,050   | 01/07/2022
BTS-04840  | <<D|17 Nov 1998>>   | <<A|Room 3, 112 Hinckley Road, Leicester LE3 0TE>>            | £520     | 15/07/2024
BTS-04857  | <<D|2 Mar 1976>>    | <<A|7 Clarendon Park Road, Leicester LE2 3AJ>>                | £1,200   | 01/07/2021
BTS-04862  | <<D|30 Jun 2001>>   | <<A|Flat 2B, Wolsey House, 9 Sanvey Gate, Leicester LE1 4BQ>>  | £790     | 10/07/2024
BTS-04878  | <<D|12 Dec 1969>>   | <<A|23 Knighton Fields Road West, Leicester LE2 6LH>>         | £1,150   | 01/07/2020""")

x("dob", "ro", False, table(
    """Asociația de Proprietari Bloc M4 — tabel persoane vârstnice pentru campania de vaccinare la domiciliu (trimis la DSP)
Nr. | Data nașterii | Adresa | Mobilitate""",
    "{0} | <<D|{1}>> | <<A|{2}>> | {3}",
    [("1", "14.03.1941", "Str. Dorobanților nr. 48, bl. M4, sc. A, ap. 3, Cluj-Napoca 400117", "redusă"),
     ("2", "02.11.1946", "Str. Dorobanților nr. 48, bl. M4, sc. A, ap. 12, Cluj-Napoca 400117", "bună"),
     ("3", "27.07.1938", "Str. Dorobanților nr. 48, bl. M4, sc. B, ap. 21, Cluj-Napoca 400117", "imobilizat"),
     ("4", "19.01.1950", "Str. Dorobanților nr. 48, bl. M4, sc. B, ap. 30, Cluj-Napoca 400117", "bună"),
     ("5", "08.09.1944", "Str. Dorobanților nr. 48, bl. M4, sc. C, ap. 44, Cluj-Napoca 400117", "redusă"),
     ("6", "30.05.1939", "Str. Dorobanților nr. 48, bl. M4, sc. C, ap. 51, Cluj-Napoca 400117", "redusă")]))


# --- id tables: numbers with birth dates in the same rows --------------------------------------
def pesel_for(d, serial3, female):
    """PESEL of a person born on d (month + 20 after 1999); the 10th digit is even for women."""
    mm = d.month + (20 if d.year >= 2000 else 0)
    return pesel("%02d%02d%02d%s%d" % (d.year % 100, mm, d.day, serial3, 4 if female else 7))


def bsn_near(b8):
    """The first valid BSN at or after the given eight leading digits."""
    n = int(b8)
    while True:
        try:
            return bsn("%08d" % n)
        except ValueError:
            n += 1


def fnr_for(d, start):
    for i in range(start, start + 40):
        try:
            return fnr(d.strftime("%d%m%y"), "%03d" % i)
        except AssertionError:
            continue


_pl_rows = [(_dt.date(2012, 3, 14), "482", True), (_dt.date(2011, 11, 2), "193", False),
            (_dt.date(2012, 7, 30), "705", True), (_dt.date(2012, 1, 9), "331", False),
            (_dt.date(2011, 9, 21), "118", True), (_dt.date(2012, 5, 5), "264", False),
            (_dt.date(2012, 12, 17), "047", True), (_dt.date(2011, 10, 28), "590", False)]
x("id", "pl", False, table(
    """Szkoła Podstawowa nr 12 w Lublinie — klasa 7b — zgłoszenie do ubezpieczenia NNW 2025/26
(lista dla ubezpieczyciela: bez imion i nazwisk, wg numeru z dziennika)
Nr dz. | PESEL | Data urodzenia | Wariant""",
    "{0} | <<ID|{1}>> | <<D|{2}>> | {3}",
    [(str(i + 1), pesel_for(d, s, f), d.strftime("%d.%m.%Y"), "II" if i % 3 else "I")
     for i, (d, s, f) in enumerate(_pl_rows)]))

_nl_rows = [("23841927", "1958-04-12"), ("17293048", "1983-09-30"), ("30471852", "2016-02-18"),
            ("11938475", "1971-12-05"), ("26501739", "1992-06-27"), ("19204867", "1945-10-03"),
            ("28730516", "2001-01-22"), ("14692083", "1966-08-14")]
x("id", "nl", False, table(
    """Laboratorium Noord — uitslagen-export (koppeling huisartsenpost), 12-06-2025
monsternr;bsn;geboortedatum;bepaling;uitslag;eenheid""",
    "{0};<<ID|{1}>>;<<D|{2}>>;{3}",
    [("L25-%05d" % (48211 + i), bsn_near(b), d, ["CRP;4;mg/L", "HbA1c;51;mmol/mol", "Hb;7.9;mmol/L", "eGFR;58;mL/min",
                                             "TSH;2.1;mU/L", "INR;2.8;", "CRP;112;mg/L", "LDL;3.4;mmol/L"][i])
     for i, (b, d) in enumerate(_nl_rows)]))

_br_rows = [("618204937", "12/03/1984", "titular"), ("730158246", "28/09/1986", "cônjuge"),
            ("482917305", "04/01/2013", "filho(a)"), ("905316728", "17/07/2016", "filho(a)"),
            ("264039185", "30/11/1959", "titular"), ("371820564", "09/05/1962", "cônjuge")]
x("id", "pt", False, table(
    """Operadora Vida Plena — Relação de beneficiários para inclusão (contrato empresarial 0482-19)
CPF | Data de nascimento | Parentesco | Plano""",
    "<<ID|{0}>> | <<D|{1}>> | {2} | Enfermaria",
    [(cpf(c), d, p) for c, d, p in _br_rows]))

_no_rows = [(_dt.date(2009, 4, 14), 500), (_dt.date(2009, 11, 2), 512), (_dt.date(2010, 2, 27), 524),
            (_dt.date(2009, 8, 19), 536), (_dt.date(2010, 6, 6), 548), (_dt.date(2009, 12, 31), 560)]
x("id", "no", False, table(
    """Frisk Fotball — påmelding Norway Cup 2025, lag G16-1 (liste til forsikringen, uten navn)
Draktnr  Fødselsnummer  Fødselsdato  Posisjon""",
    "{0}  <<ID|{1}>>  <<D|{2}>>  {3}",
    [(str(n), fnr_for(d, s), d.strftime("%d.%m.%Y"), p)
     for (d, s), n, p in zip(_no_rows, [1, 4, 7, 9, 10, 14], ["keeper", "forsvar", "midtbane", "spiss", "midtbane", "forsvar"])]))

_es_rows = [("X", "4821937", "14/02/1990", "Rumanía"), ("Y", "0382716", "30/06/1995", "Marruecos"),
            ("Y", "5193028", "02/11/1988", "Colombia"), ("Z", "1047263", "21/08/2001", "Ucrania"),
            ("X", "8820451", "09/04/1979", "Bulgaria"), ("Y", "7716302", "17/12/1997", "Senegal")]
x("id", "es", False, table(
    """ETT Campo de Cartagena — altas previstas campaña de la uva (envío a la mutua)
NIE · Fecha nacimiento · Nacionalidad · Fecha alta""",
    "<<ID|{0}>> · <<D|{1}>> · {2} · 23/06/2025",
    [(nie(p, n), d, c) for p, n, d, c in _es_rows]))


if __name__ == "__main__":
    emit("tuning20t", cases)
