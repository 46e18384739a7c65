"""Tuning corpus 20u: a hand-labelled DEVELOPMENT set for the PII detector (482 cases in 54 languages,
149 of them hard negatives).

Everything below is invented: people, addresses, birth dates, numbers, keys and passwords.  Card numbers
are Luhn-valid and IBANs mod-97 valid; national ids, tax and insurance numbers carry their real check
digits, computed by the helpers in this script (passports, driving licences, several health-insurance and
residence numbers and ids without a published check are typed without one).  Company, VAT, order and
record numbers in the hard negatives are mostly checksum-valid as well, or copy the shape of a personal
number shown elsewhere in the set, so that shape and check alone do not decide.

Labels (1741): PERSON 680, STREET_ADDRESS 600, PHONE 129, PASSPORT_OR_ID 109, API_KEY_OR_SECRET 100,
DATE_OF_BIRTH 59, IP_ADDRESS 19, EMAIL 13, IBAN 10, MAC_ADDRESS 7, URL_WITH_CREDENTIALS 6, CREDIT_CARD 6,
US_SSN 3.
Person names and street addresses, which leak most, carry about a third of the labels each; many of the
addresses sit in route sheets, rounds, booking lists, returned-mail logs and label sheets whose column
header is far above the value, and many names in chats of scripts without case.

Kinds of documents, each with positives and hard negatives:
  id       - national ids, passports, driving licences, residence permits, tax and insurance numbers of
             many countries with cue words in the local language, after a colon or a space, in car rental
             and vehicle sale contracts, accident reports, GP, gym, library, school and club forms, powers
             of attorney, tenant checks, KYC and courier chats, scanned forms with OCR spacing and tables;
             hard negatives are order, invoice, tracking, container, pet passport, court, company
             registration, VAT, policy and patient record numbers in the same shapes.
  phone    - phone numbers of many countries in national and international formats, with extensions, in
             signatures, classified ads, call logs, phone trees, on-call rotas, voicemail transcripts,
             chats and flyers, also in full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai, Khmer
             and Myanmar digits; hard negatives are order, tracking, version, part, case and reference
             numbers, hotlines, toll-free, conference and public service numbers.
  person   - names in chats and lists of scripts without case (Chinese, Japanese, Korean, Thai, Arabic,
             Hebrew, Hindi, Tamil, Bengali, Persian, Urdu, Nepali), single given names and nicknames in
             chats, names in minutes, rotas, attendance lists, invitations, donation lists and signatures,
             names with particles, airline-style names; hard negatives are products, dishes and drinks named
             after people, public figures, historical, mythological and fictional people, streets, airports
             and schools named after people, capitalised common words and role titles.
  dob      - birth dates in prose, forms, CVs, announcements and data rows in many formats and languages,
             with ages next to them, spelt out in words, in Roman-numeral months, in Japanese-era, Minguo,
             Buddhist, Solar Hijri, Hijri, Hebrew, Ethiopian, Bikram Sambat and lunar dates, in non-Latin
             digits and split over form cells; hard negatives carry manufacture, expiry, purchase, order,
             holiday, issue and founding dates, animals' birth dates and historical people's birth dates.
  secret   - passwords, PINs and tokens in prose, chats, configs and command lines, SID + auth token pairs
             and keys of SMS/voice APIs (Twilio, Plivo, Telnyx, Vonage, Sinch, Infobip, MessageBird,
             Exotel, MSG91, Kaleyra, Termii, ClickSend, Textlocal, Bandwidth, Africa's Talking, NCP SENS,
             Zenvia), SIP trunk secrets, connection strings, private keys; hard negatives are placeholders,
             variable and vault references, masked values, hashes, public keys, certificates, commit SHAs,
             image digests, UUIDs, ciphertext and documented example keys.
  address  - multi-line and single-line addresses in Thai, Chinese, Japanese, Korean, Indian, Arabic,
             Persian, Hebrew, Latin American, Canadian, East European and other formats with and without a
             cue word, label sheets, card lists, route sheets and booking lists; hard negatives are company
             seats given as town only, landmarks, government addresses, directions and place names alone.
  other    - e-mails, IPs, MACs, cards, IBANs, SSNs and URLs with credentials in network exports, router
             logs, access logs, mail headers, payment chats, CSV exports and tickets; hard negatives are
             role mailboxes, documentation ranges, resolvers, version numbers, test cards, example and
             company IBANs, placeholders, OUIs and broadcast addresses.

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
    r = _random.Random("20u-%s" % seed)
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




# --- helpers added for this set -----------------------------------------------------------------
def table(head, fmt, rows, sep="\n"):
    return head + "\n" + sep.join(fmt.format(*r) for r in rows)


def lu_matricule(b11):
    """Luxembourg national identification number: Luhn digit, then Verhoeff digit over the 11."""
    return b11 + luhn_digit(b11) + verhoeff(b11, "")[-1]


def kw_civil(b11):
    c = 11 - _wsum(b11, [2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]) % 11
    assert c < 10, b11
    return b11 + str(c)


def pt_cc(b8, letters):
    """Cartão de Cidadão: civil id number, its mod-11 digit, version letters and the final check."""
    c1 = 11 - _wsum(b8, range(9, 1, -1)) % 11
    c1 = 0 if c1 >= 10 else c1
    alpha = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    body = b8 + str(c1) + letters
    s = 0
    for i, ch in enumerate(reversed(body)):
        v = alpha.index(ch)
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        s += v
    return "%s %d %s%d" % (b8, c1, letters, (10 - s) % 10)


def do_cedula(b10):
    t = b10 + luhn_digit(b10)
    return "%s-%s-%s" % (t[:3], t[3:10], t[10])


def uz_pinfl(b13):
    return b13 + str(_wsum(b13, [7, 3, 1] * 5) % 10)


def ohip(b10_body9):
    t = b10_body9 + luhn_digit(b10_body9)
    return "%s %s %s" % (t[:4], t[4:7], t[7:])


def vin(b17q):
    """Vehicle identification number; the ninth character is replaced by the check character."""
    tr = {}
    for s, v in zip(["AJ", "BKS", "CLT", "DMU", "ENV", "FW", "GPX", "HY", "RZ"], [1, 2, 3, 4, 5, 6, 7, 8, 9]):
        for ch in s:
            tr[ch] = v
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    s = sum((int(ch) if ch.isdigit() else tr[ch]) * wt for ch, wt in zip(b17q, w))
    c = s % 11
    return b17q[:8] + ("X" if c == 10 else str(c)) + b17q[9:]


def gtin(b12):
    s = sum(int(a) * (3 if i % 2 else 1) for i, a in enumerate(b12))
    return b12 + str((10 - s % 10) % 10)


def isbn13(b12, sep=True):
    t = gtin(b12)
    return "%s-%s-%s-%s-%s" % (t[:3], t[3], t[4:8], t[8:12], t[12]) if sep else t


def lei(b18):
    n = int("".join(str(int(ch, 36)) for ch in b18 + "00"))
    return b18 + "%02d" % (98 - n % 97)


def ch_uid(b8):
    c = 11 - _wsum(b8, [5, 4, 3, 2, 7, 6, 5, 4]) % 11
    assert c != 10, b8
    t = b8 + str(0 if c == 11 else c)
    return "CHE-%s.%s.%s" % (t[:3], t[3:6], t[6:])


def nl_kvk_btw(b8):
    return "NL%s%sB01" % (b8, str(_wsum(b8, [9, 8, 7, 6, 5, 4, 3, 2]) % 11 % 10))


def be_kbo(b8):
    return "0%s.%s.%s%02d" % (b8[:3], b8[3:6], b8[6:], 97 - int(b8) % 97)


def au_acn(b8):
    c = (10 - _wsum(b8, [8, 7, 6, 5, 4, 3, 2, 1]) % 10) % 10
    t = b8 + str(c)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


# =============================================================================================
# 1. IDS
# =============================================================================================
V["perso"] = de_perso("T7X9PK2LM")
V["dni"] = dni("48203917")
V["nie"] = nie("Y", "3829104")
V["vin_es"] = vin("VF1RFB00X67482193")
V["cf"] = codice_fiscale("MNTGLI88E45L219")
V["ptcc"] = pt_cc("14829370", "ZX")
V["ptnif"] = pt_nif("25730196")
V["bsn"] = bsn("27384910")
V["rc_cz"] = rodne("885623", "471")
V["rc_sk"] = rodne("925107", "418")
V["taj"] = taj("17283940")
V["adoaz"] = hu_adoazon("8" + "%05d" % days_since(_dt.date(1979, 5, 2), _dt.date(1867, 1, 1)) + "482")
V["cnp"] = cnp("295071412583")
V["egn"] = egn("870912264")
V["oib"] = oib("6284019375")
V["amka"] = amka("1107884821")
V["afm"] = afm("10482937")
V["tc"] = tckn("376019428")
V["snils"] = snils("482019375")
V["ua"] = ua_rnokpp("%05d" % days_since(_dt.date(1988, 4, 19), _dt.date(1899, 12, 31)) + "0482")
V["samord"] = personnummer("850274", "238")
V["dnr"] = fnr("430291", "352")
V["cpr"] = cpr("170392", "204")
V["hetuY"] = hetu("210897", "Y", "374")
V["ppsn"] = ppsn("2291374", "")
V["ssn_us"] = ssn("618", "42", "0937")
V["ohip"] = ohip("482719305")
V["sin"] = sin("61038291")
V["tfn"] = tfn("48219370")
V["ird"] = ird("49203817")
V["aad"] = verhoeff("59173028461")
V["aad_dev"] = to_script(V["aad"], "\u0966")
V["bd_nid"] = to_script("4827193056", "\u09e6")
V["kw"] = kw_civil("28907120482")
V["il"] = il_id("20483917")
V["ir"] = to_script(iran_code("482019375"), "\u06f0")
V["cn"] = cn_id("44030519900417362")
V["mynum"] = my_number("48201937561")
V["arc"] = rrn("920314582716")
V["th"] = to_script(thai_id("110370482913"), "\u0e50")
V["za"] = za_id("920417508208")
V["cpf"] = cpf("482019375")
V["rg"] = sp_rg("48201937")
V["curp"] = curp("GOMR920314HJCNRL0")
V["rfc"] = mx_rfc("GOMR920314K7")
V["cuil"] = cuil("27", "38192047")
V["rut"] = rut(18492037)
V["docd"] = do_cedula("0010482937")
V["pinfl"] = uz_pinfl("4170892026048")
V["lux"] = lu_matricule("19880412048")
V["pesel"] = pesel("9207140382")
V["ee"] = isikukood("4920714027")
V["lv"] = lv_pk("140792", "2048")
V["kz"] = kz_iin("92071440182")
V["nhs"] = nhs("482193705")
V["ahv"] = ahv("482019375")
V["nir"] = nir("1920775056482")
V["benn"] = be_nn("920714", "482")

x("id", "de", False, """AUTOVERMIETUNG HAFENKANTE — MIETVERTRAG Nr. MV-25-06814
Station: Bremen Flughafen     Übergabe: 14.06.2025, 09:40     Rückgabe: 17.06.2025, 18:00
Fahrzeug: VW T-Roc, Kennzeichen HB-HK 482, Tankstand 8/8

Hauptfahrer
  Name, Vorname ........ <<N|Lüdemann, Jannik>>
  geb. am .............. <<D|02.11.1994>>
  Wohnanschrift ........ <<A|Hemelinger Heerstraße 117, 28309 Bremen>>
  Mobil ................ <<P|0162 4829175>>
  Führerschein-Nr. ..... <<ID|J48G0Z28R15>>   Klasse B seit 2012
  Ausweis-Nr. .......... <<ID|{{=perso}}>>

Zusatzfahrer: keiner
Selbstbeteiligung: 950 €   Kaution (Kreditkarte, vorautorisiert): 300 €""")

x("id", "fr", False, """CONSTAT AMIABLE D'ACCIDENT AUTOMOBILE — texte saisi par l'assureur (déclaration n° 25-SIN-048219)
Véhicule A
  6. Conducteur — Nom : <<N|MARCHETTI>>   Prénom : <<N|Océane>>
     Date de naissance : <<D|03/12/1996>>
     Adresse : <<A|14 rue des Tanneurs, 67000 Strasbourg>>
     Tél. : <<P|06 37 15 82 49>>
     Permis de conduire n° : <<ID|19AK48317>>   catégorie : B   délivré le : 11/07/2015 par : Préfecture du Bas-Rhin
  5. Véhicule : Peugeot 208 — immatriculation GH-482-RT
  Société d'assurance : Mutuelle Rhénane — contrat n° 0048219370A (valable du 01/01/2025 au 31/12/2025)
14. Observations : « le véhicule B a reculé sans regarder »""")

x("id", "es", False, """CONTRATO DE COMPRAVENTA DE VEHÍCULO USADO ENTRE PARTICULARES
En Zaragoza, a 9 de junio de 2025.
VENDEDOR: D. <<N|Íñigo Larrañaga Etxeberria>>, mayor de edad, con DNI <<ID|{{=dni}}>> y domicilio en <<A|calle Predicadores 41, 3.º B, 50003 Zaragoza>>.
COMPRADOR: D. <<N|Andrei Munteanu>>, con NIE <<ID|{{=nie}}>> y domicilio en <<A|avenida de Madrid 212, 1.º izda., 50010 Zaragoza>>.
OBJETO: turismo marca Renault, modelo Clio, matrícula 4821 KTV, número de bastidor {{=vin_es}}, con 148.300 km.
PRECIO: 5.400 € que el comprador abona en este acto mediante transferencia.""")

x("id", "it", False, """ASL Città di Torino — Modulo di scelta/revoca del medico di medicina generale
Il/La sottoscritto/a
Cognome <<N|MONTI>>              Nome <<N|GIULIA>>
nato/a a Torino il <<D|05/05/1988>>
Codice fiscale <<ID|{{=cf}}>>
N. tessera sanitaria (TEAM) <<ID|80380000512938471056>>
residente in <<A|corso Racconigi 118, 10139 Torino>>
SCEGLIE quale medico di fiducia il dott. <<N|Ettore Saluzzo>> (codice regionale 048219)
Data 10/06/2025        Firma ____________""")

x("id", "pt", False, """GINÁSIO ONDA ATLÂNTICA — FICHA DE INSCRIÇÃO (sócio n.º 04821)
Nome completo: <<N|Beatriz Sousa Magalhães>>
Documento de identificação: Cartão de Cidadão n.º <<ID|{{=ptcc}}>>   validade 22/03/2031
NIF: <<ID|{{=ptnif}}>>
Data de nascimento: <<D|28/02/1990>>
Morada: <<A|Rua de Cedofeita 377, 2.º Esq.>>
Código postal: 4050-181 Porto
Telemóvel: <<P|912 483 705>>
Plano: mensal livre-trânsito   Débito direto: sim""")

x("id", "nl", False, """Gemeente Haarlem — aanvraag bewonersparkeervergunning (ingevuld formulier, bijlage bij zaak Z-25-048219)
Naam aanvrager: <<N|Thijs Bakker-Oosterhuis>>
BSN: <<ID|{{=bsn}}>>
Adres: <<A|Kleverparkweg 58 zwart, 2023 CG Haarlem>>
Kenteken: 48-KRT-9    (eigen auto, geen leaseauto)
Vergunninggebied: K (Kleverpark)
Gewenste ingangsdatum: 1 juli 2025""")

x("id", "cs", False, """Žádost o vydání parkovacího průkazu pro osoby se zdravotním postižením
Příjmení a jméno: <<N|Procházková Lenka>>
Rodné číslo: <<ID|{{=rc_cz}}>>
Číslo občanského průkazu: <<ID|215839047>>
Trvalý pobyt: <<A|Masarykova 512/18, 779 00 Olomouc>>
Průkaz ZTP/P vydán dne 02. 04. 2024
V Olomouci dne 11. 6. 2025""")

x("id", "sk", False, """Autoškola Tatran — prihláška na výcvik (sken, rozpoznaný text)
Meno a priezvisko : <<N|Simona  Kollárová>>
R o d n é   č í s l o : <<ID|{{=rc_sk_sp}}>>
Číslo OP :  <<ID|E A 4 8 2 1 9 3>>
Bydlisko :  <<A|Hviezdoslavova  27,  058 01  Poprad>>
Skupina : B      Termín začatia : 16. 6. 2025""".replace("{{=rc_sk_sp}}", " ".join(V["rc_sk"].replace("/", " / "))))

x("id", "hu", False, """[Messenger] <<N|Gergely>> → <<N|Dóri>>
<<N|Gergely>>: a biztosítónak kell a taj meg az adóazonosító jeled a baleseti bejelentéshez
<<N|Dóri>>: taj: <<ID|{{=taj}}>>
<<N|Dóri>>: adó: <<ID|{{=adoaz}}>>
<<N|Dóri>>: a személyim száma <<ID|518274RA>>, ha az is kell
<<N|Gergely>>: köszi, holnap leadom""")

x("id", "ro", False, """Casa de Asigurări de Sănătate Cluj — Cerere pentru eliberarea cardului național de sănătate (duplicat)
Subsemnata <<N|Roxana-Maria Pop>>, CNP <<ID|{{=cnp}}>>, act de identitate CI seria și nr. <<ID|CJ 482913>>,
domiciliată în <<A|Cluj-Napoca, str. Observatorului nr. 94, bl. C2, ap. 17>>, telefon <<P|0745 193 820>>,
solicit eliberarea unui duplicat al cardului de sănătate, motivul: pierdere.""")

x("id", "bg", False, """ДЕКЛАРАЦИЯ-СЪГЛАСИЕ от родител за пътуване на непълнолетно дете в чужбина
Долуподписаният <<N|Стоян Илиев Маринов>>, ЕГН <<ID|{{=egn}}>>, л.к. № <<ID|648219375>>, изд. на 03.05.2021 г. от МВР – Варна,
с постоянен адрес: <<A|гр. Варна, ул. „Драгоман“ № 31, ет. 4, ап. 12>>,
давам съгласието си детето ми <<N|Виктория Стоянова Маринова>> да пътува до Гърция с училищна група от 01.07.2025 г. до 08.07.2025 г.""")

x("id", "hr", False, """Viber · Stan Bačvice (najam)
<<N|Marina Jurić>>: Dobar dan, za prijavu boravka trebam vaš OIB i broj osobne
<<N|Luka Perković>>: OIB <<ID|{{=oib}}>>
<<N|Luka Perković>>: osobna <<ID|114829370>>, vrijedi do 2029.
<<N|Marina Jurić>>: Hvala, ključevi su kod susjede na drugom katu""")

x("id", "el", False, """Viber — Λογιστικό γραφείο
Εσείς: Καλησπέρα κα <<N|Ρένα>>, σας στέλνω τα στοιχεία για την αίτηση επιδόματος
Εσείς: ΑΜΚΑ <<ID|{{=amka}}>>
Εσείς: ΑΦΜ <<ID|{{=afm}}>>, ΔΟΥ Καλαμαριάς
Εσείς: ταυτότητα <<ID|ΑΜ 482193>>
<<N|Ρένα Αλεξίου>>: Ευχαριστώ, θα το υποβάλουμε αύριο το πρωί.""")

x("id", "tr", False, """GÜNEŞ APARTMANI YÖNETİMİ — KİRACI / MALİK BİLGİ FORMU
Daire No: 9
Adı Soyadı: <<N|Merve Karakaya>>
T.C. Kimlik No: <<ID|{{=tc}}>>
Cep Tel: <<P|0 533 482 19 70>>
Adres: <<A|Cumhuriyet Mah. Lale Sok. No: 14 D: 9, 35580 Karşıyaka/İzmir>>
Taşınma Tarihi: 01.06.2025
Araç Plakası: 35 KRY 482""")

x("id", "ru", False, """ДОВЕРЕННОСТЬ
г. Казань, девятое июня две тысячи двадцать пятого года
Я, <<N|Хабибуллина Алсу Ринатовна>>, паспорт <<ID|92 19 604817>>, выдан МВД по Республике Татарстан 14.08.2019,
зарегистрированная по адресу: <<A|г. Казань, ул. Чистопольская, д. 77, кв. 143>>,
настоящей доверенностью уполномочиваю <<N|Сафина Тимура Ильдаровича>>, паспорт <<ID|92 15 381046>>,
получать на моё имя почтовые отправления во всех отделениях АО «Почта России».
СНИЛС доверителя: <<ID|{{=snils}}>>""")

x("id", "uk", False, """Telegram · <<N|Оксана>>
<<N|Оксана>>: Привіт! Для договору оренди мені потрібні твій РНОКПП і номер ID-картки
Ти: РНОКПП <<ID|{{=ua}}>>
Ти: картка <<ID|008419375>>, видана 4812
<<N|Оксана>>: Супер, дякую. Ключі заберу в <<N|Тараса>> в суботу""")

x("id", "sv", False, """Apoteket Lärkan — Fullmakt att hämta ut läkemedel
Jag, <<N|Samir Khoury>>, samordningsnummer <<ID|{{=samord}}>>,
ger härmed <<N|Sofia Lindqvist>>, personnummer <<ID|{{=pnr_sv}}>>,
fullmakt att hämta ut mina receptförskrivna läkemedel under perioden 2025-06-10 – 2025-12-31.
Adress: <<A|Ringvägen 38 lgh 1203, 118 63 Stockholm>>
Telefon: <<P|070-319 62 84>>""".replace("{{=pnr_sv}}", personnummer("910428", "364")))

x("id", "no", False, """Skattekontoret — melding om flytting til Norge (utkast, fylt ut på papir og skrevet av)
Navn: <<N|Kasia Wiśniewska>>
D-nummer: <<ID|{{=dnr}}>>
Adresse i Norge: <<A|Kong Oscars gate 61, 5017 Bergen>>
Arbeidsgiver: Vestland Fiskeindustri AS, Bergen
Passnummer: <<ID|EM4829371>> (Polen)""")

x("id", "da", False, """FOF Aarhus — tilmelding til aftenholdet "Keramik for begyndere" (hold 25-104)
Navn: <<N|Mette Kirstine Holm>>
CPR-nr.: <<ID|{{=cpr}}>>
Adresse: <<A|Jægergårdsgade 96, 2. th., 8000 Aarhus C>>
Mobil: <<P|+45 28 19 37 04>>
Betaling: MobilePay, 1.450 kr.""")

x("id", "fi", False, """Kela — hakemus, liite: opiskelijan tiedot (täytetty verkossa)
Sukunimi: <<N|Nieminen>>
Etunimet: <<N|Eetu Valtteri>>
Henkilötunnus: <<ID|{{=hetuY}}>>
Osoite: <<A|Yliopistonkatu 58 C 31, 40100 Jyväskylä>>
Oppilaitos: Jyväskylän ammattikorkeakoulu
Tukikuukaudet: 9/2025–5/2026""")

x("id", "fr", False, """Formulaire d'admission — Conservatoire de Musique de la Ville d'Esch-sur-Alzette (année 2025/26)
Nom et prénom de l'élève : <<N|Noah Weber-Schmit>>
Matricule (numéro d'identification national) : <<ID|{{=lux}}>>
Instrument : violoncelle, 2e année
Adresse : <<A|27, rue de l'Alzette, L-4011 Esch-sur-Alzette>>
Parent responsable : <<N|Claudine Schmit>>, GSM <<P|+352 621 482 193>>""")

x("id", "en", False, """From: <<N|Niamh Ó Briain>> <<<E|niamh.obriain@eircom.net>>>
To: payroll@glenview-nursing.ie
Subject: Starting on the 16th - my details

Hi,
As requested, my PPS number is <<ID|{{=ppsn}}>> and my address is <<A|Apt 4, Clonard Court, Sandyford Road, Dublin 16, D16 X4R2>>.
Revenue should have issued the employment detail summary already.
Thanks,
<<N|Niamh>>""")

x("id", "en", False, """TENANT REFERENCING — applicant details (Harbourside Lettings, Plymouth)
Full name: <<N|Callum James Penrose>>
National Insurance number: <<ID|JR 58 30 17 C>>
Passport no.: <<ID|563018472>> (GBR)
Current address: <<A|Flat 3, 22 Mutley Plain, Plymouth PL4 6LE>>
Time at address: 2 yrs 4 mths
Employer: Devonport Marine Engineering Ltd (Plymouth)""")

x("id", "en", False, """AUTO QUOTE — Lakeview Mutual (quote # Q-2025-0482193, valid 30 days)
Driver 1: <<N|Brianna Okafor>>   DOB <<D|08/19/1997>>   CA DL# <<ID|Y4820193>>   licensed since 2015
Driver 2: <<N|Marcus Okafor>>    DOB <<D|02/03/1995>>   CA DL# <<ID|F1938274>>
Garaging address: <<A|4418 Alcott Street, Sacramento, CA 95819>>
Primary insured SSN (for credit-based insurance score): <<S|{{=ssn_us}}>>
Vehicles: 2019 Honda Civic (VIN on file), 2021 Toyota RAV4""")

x("id", "en", False, """ServiceOntario — Health card renewal (photo) — appointment confirmation printout
Name: <<N|Priya Raghunathan>>
Health number: <<ID|{{=ohip}}>>      Version code: KT
Date of birth: <<D|1986-11-23>>
Mailing address:
<<A|1204-55 Harbour Square>>
<<A|Toronto ON  M5J 2L1>>
Bring: current card, proof of residency. SIN is NOT required; please do not bring your SIN card.""")

x("id", "en", False, """[WhatsApp] Sunday 15 June
<<N|Tayla>>: hey it's the accountant again, what's your TFN? the ATO portal is asking
<<N|Jordan Whitfield>>: <<ID|{{=tfn}}>>
<<N|Jordan Whitfield>>: and my NSW licence is <<ID|18472930>> if they need ID
<<N|Tayla>>: perfect ta, lodging tonight""")

x("id", "en", False, """Ōtaki Orchards — seasonal staff onboarding checklist
Name: <<N|Hemi Paewai>>
IRD number: <<ID|{{=ird}}>>   Tax code: SB
KiwiSaver: opted in, 3 %
Bank account for wages: on file (verified by deposit slip)
Checked by: <<N|Aroha Tane>>, payroll""")

x("id", "hi", False, """किरायेदार सत्यापन प्रपत्र — थाना कोतवाली, लखनऊ
मकान मालिक का नाम: <<N|रमेश चंद्र अवस्थी>>
किरायेदार का नाम: <<N|नीलम यादव>>
पिता/पति का नाम: <<N|सुरेश यादव>>
आधार संख्या: <<ID|{{=aad_dev}}>>
स्थायी पता: <<A|ग्राम व पोस्ट बरौली, तहसील सदर, जिला बाराबंकी 225001>>
किराये का पता: <<A|मकान नं. 27/4, नरही, हज़रतगंज, लखनऊ 226001>>
मोबाइल: <<P|94150 28374>>""")

x("id", "en", False, """[10:42] <<N|Rohit Bansode>>: bhai KYC for the demat account, sending details
[10:42] <<N|Rohit Bansode>>: PAN <<ID|BKRPS4821M>>
[10:43] <<N|Rohit Bansode>>: aadhaar <<ID|{{=aad}}>>
[10:43] <<N|Rohit Bansode>>: voter id <<ID|XUV4829137>> in case they ask for address proof
[10:45] <<N|Kunal>>: got it, will upload by evening""")

x("id", "bn", False, """বিকাশ এজেন্ট — নতুন অ্যাকাউন্ট খোলার তথ্য (হাতে লেখা ফরম থেকে)
গ্রাহকের নাম: <<N|মোঃ শফিকুল ইসলাম>>
এনআইডি নম্বর: <<ID|{{=bd_nid}}>>
মোবাইল: <<P|০১৭১৮-৪৮২৯৩৭>>
ঠিকানা: <<A|বাড়ি ১২, রোড ৭, সেক্টর ১০, উত্তরা, ঢাকা ১২৩০>>""")

x("id", "ur", False, """موبائل سم کی بائیو میٹرک تصدیق — فرنچائز ریکارڈ
صارف کا نام: <<N|محمد فیصل قریشی>>
شناختی کارڈ نمبر: <<ID|35202-7391846-4>>
ولدیت: <<N|عبدالرشید قریشی>>
نیا نمبر: <<P|0321-4829375>>
پتہ: <<A|مکان نمبر 48، گلی 7، سمن آباد، لاہور>>""")

x("id", "ar", False, """نادي السالمية الرياضي — استمارة طلب عضوية (فئة العائلات)
اسم مقدم الطلب: <<N|عبدالله فهد العنزي>>
الرقم المدني: <<ID|{{=kw}}>>
هاتف: <<P|+965 6648 2193>>
العنوان: <<A|قطعة 4، شارع 12، منزل 27، الجابرية>>
أفراد العائلة المشمولون: الزوجة + طفلان
رسوم العضوية السنوية: 120 د.ك""")

x("id", "ar", False, """واتساب — مكتب توظيف
<<N|سناء>>: صباح الخير، محتاجين صورة البطاقة الوطنية ورقمها لملف العقد
<<N|يوسف بنعلي>>: رقم البطاقة <<ID|BK482193>> والصورة غادي نصيفطها دابا
<<N|يوسف بنعلي>>: والعنوان <<A|زنقة ابن خلدون رقم 17، حي المعاريف، الدار البيضاء>>
<<N|سناء>>: شكراً، توصلت""")

x("id", "he", False, """טופס הצטרפות לקופת חולים — מולא ידנית והוקלד במוקד
שם משפחה: <<N|אלמוג>>          שם פרטי: <<N|דנה>>
מספר זהות: <<ID|{{=il}}>>
תאריך לידה: <<D|14.03.1993>>
כתובת: <<A|רחוב הנביאים 52 דירה 7, ירושלים>>
טלפון נייד: <<P|054-829-3710>>
קופה קודמת: אחרת (מעבר החל מ-1.7.2025)""")

x("id", "fa", False, """اجاره‌نامه — مشخصات مستأجر (بند ۲)
نام و نام خانوادگی: <<N|علیرضا صالحی>>
کد ملی: <<ID|{{=ir}}>>
تلفن همراه: <<P|۰۹۱۲ ۴۸۲ ۹۳۷۱>>
نشانی مورد اجاره: <<A|تهران، خیابان ولیعصر، کوچه بهار، پلاک ۱۸، واحد ۴>>
مبلغ ودیعه: ۵۰۰ میلیون ریال""")

x("id", "zh", False, """【丰巢快递】实名寄件 · 客服对话
客服：您好，寄件需要实名认证，请提供寄件人姓名和身份证号码哦～
用户：<<N|黄嘉怡>>，<<ID|{{=cn}}>>
客服：收到。请再确认一下寄件地址。
用户：<<A|广东省深圳市南山区粤海街道科苑路15号科兴花园3栋1802>>
客服：好的，已为您完成实名登记，运单号 SF1482193705612（非个人信息，可放心保存）。""")

x("id", "ja", False, """寄附金税額控除に係る申告特例申請書（ワンストップ特例）　※自治体控え
申請者の住所　<<A|〒532-0011　大阪府大阪市淀川区西中島5-9-14-702>>
フリガナ　<<N|コバヤシ　ナオキ>>
氏名　<<N|小林　直樹>>
個人番号　<<ID|{{=mynum}}>>
生年月日　<<D|昭和61年4月3日>>
寄附日　令和7年5月12日　寄附金額　30,000円
本人確認書類：運転免許証（番号 <<ID|621804829137>>）""")

x("id", "ko", False, """[카카오톡] 행복부동산 <<N|윤>> 실장
<<N|윤>> 실장: 외국인 임차인은 외국인등록번호랑 여권번호 둘 다 필요해요
<<N|Tran Van Hieu>>: 외국인등록번호 <<ID|{{=arc}}>>
<<N|Tran Van Hieu>>: 여권 <<ID|C4829137>>
<<N|윤>> 실장: 네 확인했습니다. 계약은 토요일 2시에 할게요""")

x("id", "th", False, """LINE · นิติบุคคลคอนโด เดอะริเวอร์ไซด์
นิติฯ: รบกวนส่งเลขบัตรประชาชนผู้เช่ารายใหม่เพื่อทำบัตรผ่านค่ะ
<<N|ธนากร วงศ์สวัสดิ์>>: <<ID|{{=th}}>>
<<N|ธนากร วงศ์สวัสดิ์>>: ห้อง 1708 ตึก B ครับ
นิติฯ: ได้รับแล้วค่ะ บัตรผ่านรับได้วันจันทร์""")

x("id", "vi", False, """GIẤY ĐỀ NGHỊ MỞ TÀI KHOẢN THANH TOÁN KIÊM ĐĂNG KÝ DỊCH VỤ (khách hàng cá nhân)
Họ và tên: <<N|NGUYỄN THỊ THU HÀ>>
Số CCCD: <<ID|001192048217>>   Ngày cấp: 12/08/2021   Nơi cấp: Cục CS QLHC về TTXH
Địa chỉ liên hệ: <<A|Số 18 ngách 42/7 phố Chùa Láng, phường Láng Thượng, quận Đống Đa, Hà Nội>>
Điện thoại di động: <<P|0913 482 937>>
Nghề nghiệp: giáo viên""")

x("id", "id", False, """FORMULIR PENDAFTARAN PESERTA BPJS KESEHATAN — PEKERJA BUKAN PENERIMA UPAH
Nama lengkap: <<N|Rina Kartika Sari>>
NIK: <<ID|3273015708920004>>
NPWP: <<ID|49.821.937.5-423.000>>
Alamat: <<A|Jl. Cigadung Raya Timur No. 48, RT 03/RW 07, Kel. Cigadung, Kec. Cibeunying Kaler, Kota Bandung 40191>>
No. HP: <<P|0812-2048-3719>>
Faskes tingkat I: Puskesmas Cigadung""")

x("id", "ms", False, """Pusat Tuisyen Minda Gemilang — Borang Pendaftaran Pelajar 2025
Nama penjaga: <<N|Faridah binti Hassan>>
No. Kad Pengenalan (MyKad): <<ID|920817-10-5284>>
Nama pelajar: <<N|Muhammad Aiman bin Roslan>>   Tingkatan: 3
Alamat: <<A|No. 27, Jalan Setia Indah 12/4, Taman Setia Indah, 81100 Johor Bahru>>
Tel. bimbit: <<P|012-748 2193>>""")

x("id", "tl", False, """Republika ng Pilipinas — Barangay San Roque — Kahilingan para sa Barangay Clearance
Pangalan: <<N|Ma. Cristina Soriano Bautista>>
PhilSys Number (PSN): <<ID|4829-1037-5620-1938>>
SSS No.: <<ID|34-8219375-6>>
TIN: <<ID|317-604-258-000>>
Tirahan: <<A|Blk 12 Lot 9, Sampaguita St., Phase 2, Brgy. San Roque, Marikina City>>
Layunin: lokal na trabaho""")

x("id", "sw", False, """FOMU YA MAOMBI YA MKOPO — Chama cha Akiba Mwangaza SACCO (Nakuru)
Jina kamili: <<N|Akinyi Otieno Achieng>>
Nambari ya kitambulisho: <<ID|29481736>>
KRA PIN: <<ID|A014829375Q>>
Simu: <<P|0722 481 937>>
Makazi: <<A|Plot 48, Barabara ya Kenyatta, Section 58, Nakuru>>
Kiasi kinachoombwa: KSh 120,000 kwa miezi 12""")

x("id", "af", False, """HUURAANSOEK — Stellenbosch Studentehuise (Pty) Ltd
Volle name: <<N|Anri-Louise Pretorius>>
ID-nommer: <<ID|{{=za}}>>
Selfoon: <<P|082 419 3705>>
Huidige adres: <<A|Kerkstraat 41, Paarl, 7646>>
Borg: <<N|Johan Pretorius>> (vader)""")

x("id", "pt", False, """[WhatsApp] Locadora Rota Sul — Atendimento
Atendente <<N|Jéssica>>: Oi! Pra liberar a retirada amanhã preciso do CPF, RG e CNH do condutor
<<N|Rafael Nogueira>>: CPF <<ID|{{=cpf}}>>
<<N|Rafael Nogueira>>: RG <<ID|{{=rg}}>> SSP/SP
<<N|Rafael Nogueira>>: CNH <<ID|04829137562>> validade 2031
Atendente <<N|Jéssica>>: Perfeito, reserva RS-482193 confirmada 👍""")

x("id", "es", False, """EXPEDIENTE DE VENTA A PLAZOS — Mueblería Los Arcos (Zapopan), contrato MLA-25-0317
Cliente: <<N|Rodrigo Gómez Navarro>>
CURP: <<ID|{{=curp}}>>   RFC: <<ID|{{=rfc}}>>
Credencial INE, clave de elector: <<ID|GMNVRD92031414H300>>
Domicilio de entrega y cobranza: <<A|Calle Independencia 482, Col. Centro, 45500 San Pedro Tlaquepaque, Jal.>>
Celular: <<P|33 1482 9370>>
Artículo: comedor de 6 sillas, 12 pagos quincenales de $1,150""")

x("id", "es", False, """[WhatsApp] Estudio contable Medina
Contadora: Hola <<N|Flor>>, para darte de alta en ARCA y facturar como monotributista necesito tu CUIL y domicilio.
<<N|Florencia Ledesma>>: CUIL <<ID|{{=cuil}}>>
<<N|Florencia Ledesma>>: domicilio <<A|Av. Corrientes 4821 piso 6 depto B, C1195 CABA>>
Contadora: Perfecto, mañana te mando la constancia.""")

x("id", "es", False, """Corredora Propiedades del Pacífico — ficha de postulante a arriendo (Viña del Mar)
Nombre: <<N|Catalina Fuentes Araya>>
RUT: <<ID|{{=rut}}>>
Renta líquida: $1.250.000
Dirección actual: <<A|Pasaje Los Aromos 1482, Villa Dulce, Viña del Mar>>
Aval: <<N|Héctor Fuentes Silva>>, RUT <<ID|{{=rut2}}>>""".replace("{{=rut2}}", rut(7482193)))

x("id", "es", False, """FORMATO ÚNICO DE AFILIACIÓN — EPS Salud Andina (régimen contributivo)
Tipo de documento: CC     Número: <<ID|52.819.374>>
Primer apellido: <<N|Restrepo>>   Segundo apellido: <<N|Gaviria>>   Nombres: <<N|Luisa Fernanda>>
Dirección de residencia: <<A|Carrera 43A # 18 Sur - 135, apto 704, Medellín>>
Teléfono celular: <<P|310 482 9375>>
Beneficiario: hijo, TI <<ID|1.017.482.193>>""")

x("id", "es", False, """— Oye, para inscribirte en la liga de softbol necesito tu cédula
— <<ID|{{=docd}}>>
— ¿Y la dirección?
— <<A|Calle Padre Billini #48, Zona Colonial, Santo Domingo>>
— Listo <<N|Yaritza>>, el uniforme sale el viernes""")

x("id", "ka", False, """სასწავლო ცენტრი „ნაბიჯი“ — სარეგისტრაციო ფორმა
სახელი, გვარი: <<N|თამარ ქავთარაძე>>
პირადი ნომერი: <<ID|01024082915>>
მისამართი: <<A|თბილისი, ჭავჭავაძის გამზ. 37, ბ. 12>>
ტელეფონი: <<P|+995 599 48 21 93>>""")

x("id", "uz", False, """«Yangi Avlod» o'quv markazi — tinglovchi anketasi
F.I.Sh.: <<N|Karimova Dilnoza Rustamovna>>
JShShIR (PINFL): <<ID|{{=pinfl}}>>
Pasport: <<ID|AD 4829137>>
Manzil: <<A|Toshkent sh., Chilonzor tumani, 9-kvartal, 14-uy, 37-xonadon>>
Telefon: <<P|+998 90 482 19 37>>""")

x("id", "mn", False, """Хүсэлтийн маягт — Сүхбаатар дүүргийн Эрүүл мэндийн төв
Овог, нэр: <<N|Батбаяр Оюунчимэг>>
Регистрийн дугаар: <<ID|УП92041718>>
Утас: <<P|9911 4827>>
Гэрийн хаяг: <<A|Сүхбаатар дүүрэг, 8-р хороо, Их тойруу 17, 4-р байр, 38 тоот>>""")

x("id", "my", False, """ဖုန်းဆင်းကတ် မှတ်ပုံတင်ခြင်း — ဆိုင်မှတ်တမ်း
အမည်: ဒေါ်<<N|ခင်မာဝင်း>>
နိုင်ငံသားစိစစ်ရေးကတ်ပြားအမှတ်: <<ID|၁၂/ဗဟန(နိုင်)၀၄၈၂၁၉>>
ဖုန်းနံပါတ်: <<P|၀၉ ၄၅၀ ၄၈၂ ၁၉၃>>
နေရပ်လိပ်စာ: <<A|အမှတ် ၄၈၊ ဗိုလ်ချုပ်လမ်း၊ ဗဟန်းမြို့နယ်၊ ရန်ကုန်>>""")

x("id", "am", False, """የቁጠባ ሂሳብ መክፈቻ ቅጽ — አባይ ባንክ፣ ቦሌ ቅርንጫፍ
ሙሉ ስም: <<N|ሰላማዊት ገብረመድህን>>
የፋይዳ መለያ ቁጥር (FIN): <<ID|4829 1037 5620>>
ስልክ: <<P|0911 48 21 93>>
አድራሻ: <<A|ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 482>>
የመጀመሪያ ተቀማጭ: 500 ብር""")

x("id", "ca", False, """CAP Gràcia — Sol·licitud de canvi de metge de capçalera
Nom i cognoms: <<N|Jordi Puigdomènech Vila>>
DNI: <<ID|{{=dni_ca}}>>
Codi d'identificació personal (CIP): <<ID|PUVI0880412003>>
Adreça: <<A|carrer de Verdi, 84, 3r 2a, 08012 Barcelona>>
Telèfon: <<P|678 41 29 37>>""".replace("{{=dni_ca}}", dni("39482017")))

x("id", "pl", False, """[Messenger] <<N|Kuba>>
<<N|Kuba>>: siema, do zgłoszenia na obóz żeglarski potrzebuję twój pesel i nr paszportu
Ty: pesel <<ID|{{=pesel}}>>
Ty: paszport <<ID|EK 4821937>>, ważny do 2030
<<N|Kuba>>: dzięki! przelew 1890 zł do piątku""")

x("id", "et", False, """Tallinna Linnaraamatukogu — lugejaks registreerimine (e-vorm)
Nimi: <<N|Liisa Saar>>
Isikukood: <<ID|{{=ee}}>>
Aadress: <<A|Pärnu mnt 139E-12, 11317 Tallinn>>
E-post: <<E|liisa.saar@gmail.com>>""")

x("id", "lv", False, """Rīgas Stradiņa universitāte — kopmītņu pieteikums
Vārds, uzvārds: <<N|Elīna Ozoliņa>>
Personas kods: <<ID|{{=lv}}>>
Deklarētā dzīvesvieta: <<A|Rīgas iela 48-7, Valmiera, LV-4201>>
Tālrunis: <<P|+371 29 482 193>>""")

x("id", "kk", False, """Жеке кәсіпкерлікке өтініш (қолдан толтырылған)
Аты-жөні: <<N|Ерланұлы Дәурен>>
ЖСН: <<ID|{{=kz}}>>
Мекенжайы: <<A|Алматы қ., Әуезов ауданы, 6-шағын аудан, 48-үй, 19-пәтер>>
Ұялы телефон: <<P|+7 701 482 19 37>>""")

x("id", "en", False, """GP SURGERY — new patient registration (typed from paper GMS1)
1. Surname <<N|Adeyemi>>    2. First names <<N|Folasade Temitope>>
3. Date of birth <<D|1 9 / 0 4 / 1 9 8 9>>
4. NHS number <<ID|{{=nhs_sp}}>>
5. Home address <<A|27 Ashgrove Road>>
               <<A|Bristol BS7 9LH>>
6. Previous GP: Dr <<N|Whitlock>>, Easton Health Centre""".replace("{{=nhs_sp}}", spaced(V["nhs"])))

x("id", "de", False, """Schweizerische Ausgleichskasse — Anmeldung zur Versicherung (Scan, OCR)
Name / Vorname :   <<N|Baumgartner  Lea>>
AHV-Nummer :   <<ID|{{=ahv_sp}}>>
Wohnadresse :   <<A|Zürichstrasse  48,  8600  Dübendorf>>
Geburtsdatum :   <<D|2 7 . 0 3 . 1 9 9 2>>""".replace("{{=ahv_sp}}", spaced(V["ahv"].replace(".", " "), "")))

x("id", "fr", False, """Caisse primaire d'assurance maladie — Déclaration de choix du médecin traitant (cerfa 12485, texte reconnu)
N°  d'immatriculation  de  l'assuré(e) :   <<ID|{{=nir_sp}}>>
Nom  et  prénom  :  <<N|LEROUX  Antoine>>
Adresse :  <<A|3  impasse  des  Glycines,  49100  Angers>>
Médecin traitant choisi : Dr <<N|Sophie Carrel>>""".replace("{{=nir_sp}}", V["nir"].replace(" ", "  ")))

x("id", "nl", False, """Zwemclub De Dolfijn Brugge — aansluitingsformulier
Naam: <<N|Wout Desmet>>
Rijksregisternummer: <<ID|{{=benn}}>>
Adres: <<A|Gistelse Steenweg 482 bus 3, 8200 Brugge>>
GSM ouder: <<P|0478 19 37 04>>""")

_idrows = [("Ionescu", "Andreea", cnp("297031240182"), "Str. Memorandumului 12, ap. 4", "0744 482 193"),
           ("Moldovan", "Radu", cnp("188110540297"), "Calea Turzii 193", "0752 018 374"),
           ("Szabó", "Tünde", cnp("276052112031"), "Str. Horea 48, bl. B, ap. 17", "0721 930 482"),
           ("Pop", "Mihai-Alexandru", cnp("501090812473"), "Str. Fabricii 7", "0736 284 910"),
           ("Rus", "Ana-Maria", cnp("299122904821"), "Aleea Peana 3, sc. 2, ap. 41", "0760 112 839")]
x("id", "ro", False, table(
    """Asociația Culturală „Tinerii din Mărăști” — tabel nominal participanți tabără (Arieșeni, 14–20 iulie 2025)
Se predă organizatorului, nu se afișează.

Nr. | Nume | Prenume | CNP | Domiciliu (Cluj-Napoca) | Telefon
----+------+---------+-----+-------------------------+--------""",
    "{0} | <<N|{1}>> | <<N|{2}>> | <<ID|{3}>> | <<A|{4}>> | <<P|{5}>>",
    [(i + 1,) + r for i, r in enumerate(_idrows)]))

# --- id: hard negatives ------------------------------------------------------------------------
x("id", "de", True, """Kfz-Teile Nordhessen GmbH — Auftragsbestätigung
Ihre Bestellung vom 10.06.2025, Auftrags-Nr. {{=perso_like}}, Kunden-Nr. 48203917
Pos. 1  Bremsscheibe vorn, ATE 24.0125-0184.1     2 Stk.
Pos. 2  Bremsbeläge Satz, Textar 2558101          1 Stk.
Fahrgestellnummer lt. Anfrage: {{=vin_de}}
Liefertermin: KW 25. Versand ab Lager Kassel.
USt-IdNr. DE284019375 · Amtsgericht Kassel HRB 17482""".replace("{{=perso_like}}", de_perso("L01X82RK4")).replace("{{=vin_de}}", vin("WVWZZZAUZKW482193")))

x("id", "fr", True, """DEVIS N° D-2025-0614 — Plomberie Chauffage Arlaud SARL (Lyon)
SIRET : {{=siret}} · N° TVA intracom. : FR 48 {{=siren}} · Code APE 4322A
Référence chantier : 1 92 07 75 056 482 (numéro interne du logiciel de devis, ne pas confondre)
Désignation : remplacement chaudière gaz à condensation, dépose et évacuation de l'ancienne
Montant HT : 4 180,00 € — TVA 5,5 % : 229,90 € — Total TTC : 4 409,90 €
Validité du devis : 3 mois. Acompte de 30 % à la commande.""".replace("{{=siret}}", siret("4820193750001")[:3] + " " + siret("4820193750001")[3:6] + " " + siret("4820193750001")[6:9] + " " + siret("4820193750001")[9:]).replace("{{=siren}}", siret("4820193750001")[:9]))

x("id", "es", True, """Ferretería Industrial Ebro, S.L. — CIF {{=cif}}
FACTURA Nº 2025/004821          Fecha: 09/06/2025
Nº de pedido del cliente: 48203917B
Localizador de envío: Y3829104D-MRW
Cliente: Talleres Aragón Norte, S.A. (Zaragoza)
Base imponible 812,40 €   IVA 21 % 170,60 €   Total 983,00 €
Inscrita en el Registro Mercantil de Zaragoza, tomo 4821, folio 193, hoja Z-70512""".replace("{{=cif}}", es_cif("B", "5048219")))

x("id", "it", True, """Ordine di acquisto n. MNTGLI88E45L219Y (codice generato dal gestionale, formato alfanumerico a 16 caratteri)
Fornitore: Cartotecnica Piemontese S.r.l. — P.IVA {{=piva}} — REA TO-1148219
Codice destinatario SDI: M5UXCR1
Articolo: scatole in cartone ondulato 40×30×30, 1.200 pz
Consegna: magazzino di Settimo Torinese entro il 27/06/2025""".replace("{{=piva}}", it_piva("0482193705")))

x("id", "nl", True, """FACTUUR 273849104
Installatiebedrijf Zeewind B.V. · KvK 48219370 · btw {{=btw}}
Factuurdatum 12-06-2025 · vervaldatum 26-06-2025
Omschrijving: jaarlijks onderhoud cv-ketel (contract ZW-0482), 1 × 94,00 excl. btw
Betalingskenmerk: 7000 0048 2193 7056
Betalen aan Zeewind B.V. te Alkmaar""".replace("{{=btw}}", nl_kvk_btw("04821937")))

x("id", "pl", True, """Potwierdzenie zamówienia nr 92071403828 — sklep internetowy DomOgród
Sprzedawca: DomOgród sp. z o.o., Rzeszów, NIP {{=nip}}, REGON 180482193, KRS 0000482193
Produkt: kosiarka akumulatorowa 40 V, kod EAN {{=ean}}
Numer przesyłki InPost: 620048219370561928374155
Status: przekazano do doręczenia""".replace("{{=nip}}", pl_nip("813048217")).replace("{{=ean}}", gtin("590482193705")))

x("id", "cs", True, """Pekárna Zlatý klas s.r.o., IČO {{=ico}}, DIČ CZ{{=ico}}
Faktura č. 2025060148, datum vystavení 10. 6. 2025
Variabilní symbol: 8856234717
Konstantní symbol: 0308
Odběratel: Školní jídelna Brno-Líšeň, příspěvková organizace
Celkem k úhradě: 18 412,00 Kč""".replace("{{=ico}}", cz_ico("2748219")))

x("id", "sk", True, """Objednávka tovaru č. 925107/4184 — Stavebniny Poprad, s.r.o.
IČO: 48219370   IČ DPH: SK2120482193
Dodacia adresa: sklad Matejovce (areál bývalej Tatramat)
Položky: tehla 30 P+D 240 ks, malta 25 kg 40 vriec
Číslo zásielky: SK48219370561""")

x("id", "hu", True, """Tisza-Menti Építő Kft. — DÍJBEKÉRŐ
Adószám: {{=adoszam}}   Cégjegyzékszám: 06-09-482193   KSH: 14829370-4120-113-06
Díjbekérő száma: DB-2025/0482
Megrendelés azonosító: 518274RA-06
Fizetési határidő: 2025. 06. 24.
Bankszámla: OTP Bank, 11735005-20482193""".replace("{{=adoszam}}", hu_adoszam("1482937", "-2-06")))

x("id", "sv", True, """Elbolaget Norrsken AB — Faktura 48219
Org.nr {{=orgnr}} · Momsreg.nr SE{{=orgnr_raw}}01
OCR-nummer: {{=ocr}}
Bankgiro: 5482-1937
Förfallodag: 2025-06-30
Att betala: 1 284,00 kr""".replace("{{=orgnr}}", se_orgnr("556482193")).replace("{{=orgnr_raw}}", se_orgnr("556482193").replace("-", "")).replace("{{=ocr}}", se_ocr("850274238")))

x("id", "fi", True, """LASKU — Putkityö Lahtinen Oy (Y-tunnus {{=yt}})
Laskun numero: 210897-4821
Viitenumero: 48219 37056 12
Eräpäivä: 27.6.2025
Kohde: taloyhtiö As Oy Kuopion Puijonlaakso, porraskäytävän putkiremontti""".replace("{{=yt}}", ytunnus("2482193")))

x("id", "da", True, """Tømrerfirmaet Vestkysten ApS · CVR-nr. 48219370
Faktura nr. 170392-2046 (projekt-nr. og dato i ét felt)
Kunde: Esbjerg Andelsboligforening af 1974
Arbejde: udskiftning af tagrender, blok C
I alt inkl. moms: 38.750,00 kr. · Betalingsbetingelser: netto 14 dage""")

x("id", "no", True, """Faktura fra Tromsø Elektro AS
Org.nr {{=noorg}} MVA
KID-nummer: 43029135283
Fakturanummer: 2025-0482
Forfallsdato: 30.06.2025
Beløp: 7 412,50 kr til konto 1503.48.21937""".replace("{{=noorg}}", no_orgnr("91482193")))

x("id", "tr", True, """ÖZ EGE TARIM MAKİNELERİ A.Ş. — SİPARİŞ ONAYI
Sipariş No: 37601942866
Vergi Dairesi: Menemen   VKN: 6482193705
MERSİS No: 0648219370500015
Ticaret Sicil No: İzmir-148219
Ürün: traktör römork bağlantı aparatı, 4 adet
Kargo takip no: 4821937056""")

x("id", "ru", True, """ООО «Волжская мебельная фабрика»
ИНН 6316482193   КПП 631601001   ОГРН {{=ogrn}}
Счёт на оплату № 45-19-604817 от 10.06.2025
Покупатель: ИП — юридическое лицо не указано (самовывоз со склада в Самаре)
Номер заказа в интернет-магазине: 92 19 604817
Итого к оплате: 48 219,00 руб.""".replace("{{=ogrn}}", ogrn("102630148219")))

x("id", "zh", True, """京东企业购 · 订单详情
订单编号：440305199004170928（平台生成的18位订单号）
下单单位：苏州工业园区某某科技有限公司
销售方：苏州禾风智能家居有限公司　统一社会信用代码：{{=uscc}}
电子发票号码：25322000000048219370
应付总额：¥4,821.00""".replace("{{=uscc}}", uscc("91320594MA1X48219")))

x("id", "ja", True, """ヤマト運輸 お届け予定のお知らせ
お問い合わせ伝票番号：4820-1937-5611
ご依頼主：株式会社北斗フーズ（札幌市）
法人番号：{{=jpc}}
品名：冷凍食品（要冷凍）
お届け予定日：6月14日　時間帯：14時〜16時""".replace("{{=jpc}}", jp_corp("010401482193")))

x("id", "ko", True, """[거래명세표] (주)한결식품
사업자등록번호: {{=brn}}
법인등록번호: {{=corp}}
주문번호: 920314-5827169
납품처: ○○초등학교 급식실 (세종시)
품목: 친환경 쌀 20kg × 12포""".replace("{{=brn}}", kr_brn("214819370")).replace("{{=corp}}", kr_corp("110111482193")))

x("id", "th", True, """ใบกำกับภาษีเต็มรูป — บริษัท ไทยสยามวัสดุก่อสร้าง จำกัด (สำนักงานใหญ่)
เลขประจำตัวผู้เสียภาษีอากร: 0105548219370
เลขที่ใบกำกับ: IV2568-004821
เลขที่ใบสั่งซื้อ: 1103704829134
ผู้ซื้อ: บริษัท เชียงใหม่ดีไซน์ จำกัด
รวมเงิน ๔๘,๒๑๙.๐๐ บาท""")

x("id", "vi", True, """PHIẾU BẢO HÀNH ĐIỆN TỬ — Điện Máy Phương Nam
Mã số thuế đại lý: 0314829370
Số phiếu: BH-00048219   Model: tủ lạnh 2 cánh 420L
Số serial: 001192048217
Ngày kích hoạt: 12/06/2025 — Thời hạn: 24 tháng""")

x("id", "id", True, """PT Kopi Priangan Lestari
NPWP Badan: 01.482.193.7-423.000
NIB: 3273015708920004
Nomor Faktur Pajak: 010.000-25.48219370
Pembeli: CV Sumber Rejeki (Bandung)
Total: Rp 48.219.000""")

x("id", "en", True, """TAX INVOICE — Sahyadri Agro Products Pvt Ltd (Pune)
GSTIN: 27AAGCS4821M1ZP    CIN: U01403MH2016PTC482193    Udyam Reg. No.: UDYAM-MH-26-0048219
Invoice No.: SAP/25-26/04821      Order ID: 5917-3028-4618
Place of supply: Karnataka (29)    E-way bill: 4821 9370 5612
HSN 0813: dried fruits, 48 kg""")

x("id", "pt", True, """BOLETO BANCÁRIO — Casa das Ferragens Gaúcha Ltda. (beneficiário)
CNPJ do beneficiário: {{=cnpj}}
Nosso número: 482.019.375-97
Número do documento (pedido): 096/4821937
Linha digitável: 23790.48219 37056.120013 75000.482196 8 10480000048219
Pagador: Construtora Serra Verde Ltda. (Caxias do Sul/RS)""".replace("{{=cnpj}}", cnpj("064821930001")))

x("id", "es", True, """CFDI 4.0 — Comprobante fiscal digital
Emisor: Distribuidora Tapatía de Abarrotes, S.A. de C.V.   RFC: {{=rfcm}}
Receptor: Tiendas La Esquina, S. de R.L. de C.V.   RFC: TEQ150304K21
Folio fiscal (UUID): 5f48219a-3705-4c61-9a2b-4821937056ab
Número de pedido: GOMR920314HJCNRL03
Uso CFDI: G01 Adquisición de mercancías""".replace("{{=rfcm}}", mx_rfc("DTA0904128B")))

x("id", "ar", True, """عرض سعر رقم 1446/0482 — مؤسسة النخبة للمقاولات
رقم السجل التجاري: 1010482193
الرقم الضريبي: 300482193700003
رقم الطلب: 2890712048284
رقم الفاتورة: INV-1446-04821
العميل: شركة الرمال الذهبية للتجارة (الرياض)""")

x("id", "he", True, """הזמנת עבודה 7731 — מיזוג אוויר הצפון בע"מ, ח.פ. {{=ilco}}
מספר הזמנה במערכת: 204839179
מספר קריאת שירות: 4820193759
לקוח: עמותת קהילת נווה אור (גוף ציבורי)
עבודה: החלפת מדחס במזגן מרכזי, אולם קומה 1""".replace("{{=ilco}}", il_company("51482193")))

x("id", "en", True, """Thornbury Joinery Ltd · Co. No. 11482930 (England)
VAT Reg: {{=gbvat}}    UTR (company): 48219 37056
Invoice 2025-0482 · PO ref: KT 48 21 93 A
Supplied: oak stair treads × 14, fitted
Payment terms: 30 days""".replace("{{=gbvat}}", gb_vat("4821937")))

x("id", "en", True, """VENDOR MASTER UPDATE — Rio Grande Pump & Irrigation LLC
EIN: 74-2819370    DUNS: 04-821-9370    Sales tax permit: 3-2048-19370-5
Remit-to ID: 618-40-2291 (legacy vendor code)
Policy # (general liability): GL-48219370-25
Terms: Net 30""")

x("id", "en", True, """Bluegum Landscaping Pty Ltd
ABN {{=abn}}   ACN {{=acn}}
Tax invoice TI-48219  ·  Quote ref 4821 9370 (job number)
Site: Council reserve, Parramatta
Total (inc. GST): $4,821.90""".replace("{{=abn}}", abn("482193705")).replace("{{=acn}}", au_acn("48219370")))

x("id", "en", True, """SPECIMEN RECEIPT LOG — Pathology Lab 3 (de-identified)
MRN        Accession     Collected          Test
00482193   A25-0614-07   12/06 08:14        FBC
00519370   A25-0614-08   12/06 08:21        U&E, LFT
00638215   A25-0614-09   12/06 08:40        HbA1c
00701948   A25-0614-10   12/06 08:52        INR
Hospital number format is 8 digits; NHS numbers are not recorded on this sheet.""")

x("id", "de", True, """EU-HEIMTIERAUSWEIS — Abschnitt I/II (Tier)
Ausweis-Nr.: DE 0948 2193 70
Name des Tieres: Lotte    Art: Hund    Rasse: Labrador Retriever
Transponder-Code (ISO 11784): 276098104821937
Tollwutimpfung: 12.03.2025, gültig bis 11.03.2028, Impfstoff Nobivac Rabies, Charge A482B19
Tierarztpraxis am Markt, Lüneburg""")

x("id", "en", True, """CONTAINER LOADING LIST — MV Nordic Fern, voyage 25W14
Container          Seal       Weight    Cargo
{{=c1}}    ML-482193  24,120    frozen fish fillets
{{=c2}}    ML-482194  21,870    frozen fish fillets
{{=c3}}    ML-482195  18,430    fishmeal (bags)
Vessel {{=imo}} · Port of loading: Tromsø · Port of discharge: Rotterdam""".replace("{{=c1}}", iso6346("MSKU", "482193")).replace("{{=c2}}", iso6346("MSKU", "482194")).replace("{{=c3}}", iso6346("TGHU", "705612")).replace("{{=imo}}", imo("948219")))

x("id", "de", True, """Landgericht Hannover — Terminsladung (Aktenzeichen 3 O 482/25)
In dem Rechtsstreit Nordlicht Logistik GmbH ./. Weserbau AG wird Termin zur mündlichen Verhandlung bestimmt auf
Mittwoch, 09.07.2025, 10:30 Uhr, Saal 148, Volgersweg 65, 30175 Hannover.
Grundbuch von Linden, Blatt 4821, Flurstück 193/7.""")


# =============================================================================================
# 2. PHONE NUMBERS
# =============================================================================================
x("phone", "en", False, """Kind regards,

<<N|Harriet Okonkwo-Blake>>
Senior Associate, Family Law
Pembridge Hartley LLP · Leeds
Direct: <<P|+44 113 482 7719>> | Mobile: <<P|07812 448 193>>
Switchboard: 0113 400 2000 (ext. 2214)
This e-mail is confidential. If you have received it in error, please tell us and delete it.""")

x("phone", "de", False, """Kleinanzeigen · Nachricht zu „Ecksofa grau, 3 Jahre alt, Selbstabholung“
Interessent: Hallo, ist das Sofa noch zu haben? Ich könnte Samstag mit Transporter kommen.
Verkäuferin: Hallo! Ja, noch da. Ruf mich am besten kurz an: <<P|0157 3482 9106>> (ab 17 Uhr)
Verkäuferin: Abholung <<A|Gneisenaustraße 74, 10961 Berlin>>, Hinterhaus 3. OG, kein Aufzug 😅
Interessent: Passt, ich melde mich. Gruß <<N|Malte>>""")

x("phone", "fr", False, """À COLLER SUR LE FRIGO — pour la baby-sitter (<<N|Inès>>)
Maman (portable) : <<P|06 71 48 29 30>>
Papa (bureau) : <<P|01 84 82 19 37 poste 4412>>
Mamie : <<P|02 99 48 21 07>>
Voisine du 2e, Mme <<N|Ferrand>> : <<P|07 68 14 82 93>>
SAMU : 15 — Pompiers : 18 — Centre antipoison : 01 40 05 48 48
<<N|Lou>> se couche à 20 h 30, pas d'écran après le dîner !""")

x("phone", "es", False, """PARTE DE TRABAJO Nº 2025-1482 — Climatizaciones Levante (Valencia)
Cliente: <<N|Amparo Sanchis Ferrer>>
Dirección: <<A|C/ Cuba 38, pta. 11, 46006 València>>
Teléfono de contacto: <<P|654 82 19 37>> / fijo <<P|963 48 21 90>>
Avería: el split del dormitorio gotea y hace ruido
Técnico: <<N|Vicent Moll>>      Hora entrada 09:10   Hora salida 10:25""")

x("phone", "it", False, """Esportazione registro chiamate — centralino Studio Dentistico Aurora (Bologna) — 11/06/2025
ora;direzione;numero;nome in rubrica;interno;durata
08:41;entrata;<<P|+39 347 482 1937>>;<<N|Chiara Bellandi>>;21;00:02:14
09:03;uscita;<<P|051 482 9376>>;<<N|Franco Righi>>;24;00:00:48
09:17;entrata;<<P|+39 333 190 4827>>;<<N|Elisa Vacchi>>;21;00:03:31
09:55;entrata;800 48 21 93;fornitore materiali (numero verde);21;00:01:02""")

x("phone", "ja", False, """令和7年度　ひまわり町内会　第3班　緊急連絡網
（上から順に電話してください。不在の場合は次の方へ）
１．班長　<<N|杉山　和子>>　<<P|０９０－４８２１－９３７０>>
２．<<N|西村　昭>>　　　<<P|０４５－４８２－１９３７>>
３．<<N|大野　理恵>>　　<<P|０８０－３３１９－４８２５>>
４．<<N|ホアン・ティ・ラン>>　<<P|０７０－１９３７－４８２０>>
町内会長　<<N|森田>>　（連絡先は回覧板参照）""")

x("phone", "zh", False, """[微信] <<N|陈伟>> 分享了联系人名片
名片：<<N|周建华>>（装修师傅）
手机：<<P|138 1048 2957>>
<<N|陈伟>>：这个师傅做瓷砖很靠谱，你就说是我介绍的
<<N|刘芳>>：好的，谢谢！我明天给他打电话""")

x("phone", "ko", False, """[Web발신]
[한진택배] 고객님의 상품이 오늘 14~16시 배송 예정입니다.
배송기사: <<N|김동헌>> <<P|010-7392-5146>>
부재 시 경비실에 맡겨 드립니다.
운송장번호 482193705612""")

x("phone", "ar", False, """<<N|أبو خالد>>: السلام عليكم، السباك اللي جاكم الأسبوع الماضي رقمه كم؟
<<N|منيرة>>: هذا رقمه <<P|٠٥٥ ٤٨٢ ١٩٣٧>>، اسمه <<N|ماجد>>
<<N|منيرة>>: وإذا ما رد كلم أخوه <<P|٠٥٠٣ ٧٩١ ٢٤٨>>
<<N|أبو خالد>>: جزاك الله خير""")

x("phone", "fa", False, """دیوار · آگهی: اجاره آپارتمان ۷۵ متری، دو خوابه
محله: سعادت‌آباد، تهران
ودیعه: ۴۰۰ میلیون — اجاره: ۱۸ میلیون
تماس فقط با مالک: <<P|۰۹۱۲ ۴۸۲ ۱۹۳۷>> (آقای <<N|رحیمی>>)
بنگاه تماس نگیرد.""")

x("phone", "hi", False, """🌼 गणित एवं विज्ञान ट्यूशन — कक्षा 6 से 10 🌼
अनुभवी शिक्षिका: <<N|सुनीता मिश्रा>> (एम.एससी., बी.एड.)
समय: शाम 4 से 7 बजे तक, सोमवार से शनिवार
पता: <<A|मकान नं. 48, गली नं. 3, शास्त्री नगर, कानपुर>>
संपर्क: <<P|९८२९४ ८१७३०>>""")

x("phone", "th", False, """รับสอนว่ายน้ำเด็ก ตัวต่อตัว (สระในหมู่บ้าน)
ครู<<N|แนน>> โค้ชว่ายน้ำมีใบรับรอง
โทร <<P|๐๘๑ ๔๘๒ ๙๓๗๑>> หรือไลน์ไอดี: kru.nan.swim
ค่าเรียน ๑๐ ครั้ง ๓,๕๐๐ บาท""")

x("phone", "km", False, """ផ្ទះជួល ២ បន្ទប់គេង នៅសង្កាត់ទឹកល្អក់ ១
តម្លៃ ៣៥០ ដុល្លារ/ខែ
ទំនាក់ទំនងម្ចាស់ផ្ទះ៖ <<N|សុខ ចាន់ធី>> <<P|០១២ ៤៨២ ៩៣៧>>
Telegram: <<P|+855 97 482 1937>>""")

x("phone", "ru", False, """С уважением,
<<N|Ирина Викторовна Лаптева>>
главный бухгалтер
ООО «Северные окна» (Архангельск)
тел.: <<P|8 (8182) 48-21-93 доб. 214>>
моб.: <<P|+7 911 482-19-37>>""")

x("phone", "pt", False, """Instagram · Direct
@ateliedabia: oi!! o bolo de 2 andares sai R$ 380, entrega inclusa até 15 km
você: fechado! me chama no zap pra combinar, <<P|(11) 98482-1937>>
@ateliedabia: combinado <<N|Bia>> aqui 💕 te chamo hoje à noite
você: pode entregar na <<A|Rua Harmonia 482, apto 51, Vila Madalena, São Paulo>>""")

x("phone", "es", False, """— ¿Tenés el número del plomero que vino al consorcio?
— Sí, <<N|Osvaldo>>: <<P|15-4829-3710>>, o con característica <<P|+54 9 11 4829-3710>>
— Genial. ¿Y el de la encargada?
— <<N|Norma>>, <<P|4981-2207>>, de 8 a 13""")

x("phone", "nl", False, """Marktplaats · Bericht over "Kinderfiets 20 inch, Batavus, blauw"
Koper: Is de fiets nog beschikbaar? Ik kan vanavond komen kijken.
Verkoper: Ja hoor, app even naar <<P|06-48213970>>, dan stuur ik het adres.
Koper: Top, ik ben <<N|Sanne>>, ik app je zo!""")

x("phone", "pl", False, """--
Pozdrawiam serdecznie
<<N|Magdalena Wójcik-Nowak>>
Specjalista ds. kadr i płac
tel. <<P|+48 22 482 19 37 wew. 24>>
kom. <<P|601 482 193>>
Biuro Rachunkowe „Bilans” s.c., Warszawa""")

x("phone", "tr", False, """sahibinden.com · İlan no 1148219370 · Sahibinden satılık 2018 model bisiklet
Açıklama: Az kullanıldı, vites sorunsuz. Sadece ciddi alıcılar arasın.
İletişim: <<N|Emre>> — <<P|+90 505 482 1937>>
Konum: Kadıköy / İstanbul""")

x("phone", "en", False, """Voicemail transcription (received 12 Jun, 4:07 PM, 0:38)
Hi, this is <<N|Dana Whitlock>> from Riverbend Fencing, I work with <<N|Greg>>.
Could you call me back at <<P|503-482-1937 extension 12>>? If I'm out, my cell is <<P|971 220 4815>>.
It's about the fence permit for <<A|2214 SE Salmon Street>>. Thanks, bye.""")

x("phone", "en", False, """ON-CALL ROTA — Paediatrics, week 25 (internal; mobiles for switchboard use only)
Day        Registrar          SHO                 Consultant
Mon 16     <<N|A. Mahmood>>         <<N|K. Doyle>>            Dr <<N|F. Ilori>>
Tue 17     <<N|R. Sandhu>>          <<N|K. Doyle>>            Dr <<N|F. Ilori>>
Wed 18     <<N|A. Mahmood>>         <<N|L. Fenwick>>          Dr <<N|M. Castellano>>

Mobiles:
<<N|Mahmood>> <<P|07723 100 482>> · <<N|Sandhu>> <<P|07846 219 370>> · <<N|Doyle>> <<P|07593 048 217>>
<<N|Fenwick>> <<P|07412 938 105>> · <<N|Ilori>> <<P|07981 204 376>> · <<N|Castellano>> <<P|07367 502 918>>
Bleep holders use the switchboard (0161 276 1234) for all external calls.""")

x("phone", "de", False, """Elternbeirat Kita Sonnenblume — Telefonliste (nur für Eltern der Gruppe „Füchse“)
Name                        Kind          Telefon
------------------------------------------------------------------
<<N|Katrin Albers>>               <<N|Mats>>          <<P|0176 48219370>>
<<N|Özlem Demir>>                 <<N|Elif>>          <<P|0152 0938 4172>>
<<N|Jonas Pfeiffer>>              <<N|Frieda>>        <<P|0421 4829 371>>
<<N|Agnieszka Kowal>>             <<N|Leon>>          <<P|+48 601 937 482>>
Bitte nicht an Dritte weitergeben.""")

x("phone", "he", False, """יד2 · מודעה: מקרר סמסונג 2 דלתות, במצב מצוין
מחיר: 1,800 ₪
איסוף עצמי מרמת גן
לפרטים: <<N|אורי>> <<P|052-4829371>> (לא לשלוח הודעות בשבת)""")

x("phone", "el", False, """Καλησπέρα σας,
Για το ραντεβού της Πέμπτης στο σπίτι, μπορείτε να με καλέσετε στο <<P|694 821 9370>> ή στο σταθερό <<P|2310 482 193>>.
Η διεύθυνση είναι <<A|Εγνατίας 112, 3ος όροφος, 546 30 Θεσσαλονίκη>>.
Με εκτίμηση,
<<N|Σοφία Καραμπέτσου>>""")

x("phone", "uk", False, """Оголошення в під'їзді
Загубився кіт! Рудий, звати Барсик, на шиї синій нашийник.
Бачили — телефонуйте: <<P|+380 67 482 19 37>> (<<N|Олена>>, кв. 48)
Винагорода гарантована!""")

x("phone", "cs", False, """Dobrý den,
děkuji za zájem o byt. Prohlídka je možná ve čtvrtek od 17 h. Volejte prosím na <<P|+420 602 482 193>>,
případně mi napište SMS.
<<N|Ing. Pavel Dostálek>>""".replace("<<N|Ing. Pavel Dostálek>>", "Ing. <<N|Pavel Dostálek>>"))

x("phone", "vi", False, """Zalo · Nhóm "Cư dân tòa B2 — chung cư Hoàng Anh"
<<N|Bống>> (P.1205): Mọi người ơi, ai có số anh thợ sửa máy giặt hôm trước không ạ?
<<N|Thu Hương>>: Anh <<N|Lâm>> nhé: <<P|0912.482.937>>, làm kỹ lắm
<<N|Bống>> (P.1205): Em cảm ơn chị ạ""")

x("phone", "id", False, """Halo kak, ini nomor kurir langganan toko kita: Mas <<N|Yudi>> <<P|+62 812-4829-3710>>
Kalau nggak aktif, hubungi istrinya Mbak <<N|Wulan>> <<P|0857 1048 2293>>
Alamat gudang buat pickup: <<A|Jl. Raya Bogor Km 28 No. 48, Cimanggis, Depok>>""")

x("phone", "en", False, """Hi folks, I'm selling my late dad's garden tools (mower, strimmer, hedge trimmer). Collection from
<<A|17 Rowan Close, Harrogate HG2 8LT>> this weekend. Text <<N|Gillian>> on <<P|07583 204 917>>, cash only please.""")

# --- phone: hard negatives ---------------------------------------------------------------------
x("phone", "en", True, """Your order #1048-2193-7056 has shipped!
Carrier: UPS · Tracking: 1Z 48F 219 37 0561 2934
Estimated delivery: Tue 17 Jun, by 8 PM
Questions? Call our care team free on 0800 048 2193 (Mon–Fri 8–8) or visit help.brightlane.co.uk
Return code: 482-193-7056""")

x("phone", "de", True, """Release Notes — Kassensystem ProKasse 10.4
Version 10.4.1937.482 (Build 2025.06.48219), veröffentlicht am 12.06.2025
- Fehlerbehebung: Bonnummern > 0171 4829 3706 wurden abgeschnitten
- Neu: TSE-Seriennummer 0152-4821-9370 wird auf dem Beleg gedruckt
- Mindestversion Android 11; getestet auf Firmware 4.8.219.37
Support-Hotline für Händler: 0800 482 19 37 (kostenfrei)""")

x("phone", "fr", True, """NUMÉROS UTILES — affiché dans le hall de la résidence
Allô Service Public : 39 39
Samu social : 115 · Enfance en danger : 119 · Urgences : 112
Gaz — urgence sécurité : 0 800 47 33 33
Syndic Foncia Rive Gauche (accueil) : 01 48 21 93 70
Code d'accès du local vélos : demander au conseil syndical""")

x("phone", "es", True, """Ayuntamiento de Valencia — teléfonos de atención
Información municipal: 010 (desde fuera de Valencia: 963 100 010)
Emergencias: 112 · Policía Local: 092 · Bomberos: 080
Atención a víctimas de violencia de género: 016
Teléfono de la Esperanza: 717 003 717
Número de expediente de su solicitud: 654 82 19 37""")

x("phone", "it", True, """Numeri di pubblica utilità
Numero verde COVID e vaccinazioni Regione: 800 894 545
Antiviolenza e stalking: 1522 · Emergenza sanitaria: 118 · NUE: 112
Ministero della Salute: 1500
Il vostro numero di pratica INPS è 3474 8219 3700 (non è un telefono)""")

x("phone", "ja", True, """くらしの困りごと相談窓口（市報６月号より）
消費者ホットライン　１８８（いやや！）
救急安心センター　＃７１１９
警察相談専用電話　＃９１１０
市役所代表　０４５－６７１－２１２１（平日８時45分〜17時15分）
株式会社サンライズ住宅 フリーダイヤル　０１２０－４８２－１９３""")

x("phone", "zh", True, """温馨提示：
政务服务便民热线 12345，消费者投诉举报 12315，市场监管咨询 12315
快递查询：顺丰 95338，京东物流 950616
本店客服电话：400-820-4821（工作日 9:00–18:00）
订单号：13810482957 （请勿与手机号混淆）""")

x("phone", "ko", True, """[안내] 외국인 종합안내센터 1345 (20개 언어 상담)
다산콜센터 120 · 경찰 112 · 화재·구급 119
(주)한결가구 고객센터 1588-4821 · 팩스 02-6482-1900
주문번호 010-7392-5146-01 (주문 조회 시 하이픈 포함 입력)""")

x("phone", "th", True, """เบอร์โทรฉุกเฉินที่ควรรู้
สายด่วนรัฐบาล ๑๑๑๑ · เจ็บป่วยฉุกเฉิน ๑๖๖๙ · เหตุด่วนเหตุร้าย ๑๙๑
ตำรวจท่องเที่ยว 1155 · การไฟฟ้านครหลวง 1130
คอลเซ็นเตอร์ธนาคาร 02-888-8888""")

x("phone", "ar", True, """للاستفسارات والشكاوى:
الرقم الموحد لخدمة العملاء: 920012345
وزارة الصحة: 937 · الهلال الأحمر: 997 · الدفاع المدني: 998
الهاتف المجاني: 800 124 8219
رقم الطلب الخاص بك: 0554821937 (هذا رقم طلب وليس رقم جوال)""")

x("phone", "ru", True, """Единая горячая линия Госуслуг: 8 800 100-70-10
Телефон доверия для детей и подростков: 8-800-2000-122
Номер вашего обращения: 8916-4821937 (используйте его при повторном звонке)
ИНН организации: 7718482193 · ОКПО 48219370""")

x("phone", "en", True, """References
[12] Okafor, C. et al. (2021). Soil moisture in semi-arid plots. ISBN {{=isbn1}}
[13] Handbook of Irrigation Design, 4th edn. ISBN {{=isbn2}}, pp. 482–519.
[14] doi:10.1016/j.agwat.2024.108937
Dataset DOI 10.5281/zenodo.4821937""".replace("{{=isbn1}}", isbn13("978019482193")).replace("{{=isbn2}}", isbn13("978303148219")))

x("phone", "pt", True, """Central de Atendimento Banco Serra Azul: 4004 4821 (capitais) / 0800 482 1937 (demais localidades)
SAC: 0800 727 4821 · Ouvidoria: 0800 725 0482 · Deficientes auditivos: 0800 729 0088
Protocolo de atendimento: 2025 0612 4821 93
Para sua segurança, nunca ligamos pedindo senhas.""")

x("phone", "en", True, """Cyber fraud? Call the national helpline 1930 or report at cybercrime.gov.in.
Elder helpline: 14567 · Women helpline: 181 · Emergency: 112
Bank toll-free: 1800-180-1234 · Order ID: 98201-48293 (keep it for refunds)""")

x("phone", "de", True, """Ersatzteilliste Rasenmäher RM 4820 (Auszug)
Pos  Artikelnummer      Bezeichnung
1    0151 4829 3706     Messer 46 cm
2    0176 1193 4827     Luftfilter
3    0421 4829 3710     Zündkerze
Alle Teile ab Lager Bielefeld lieferbar.""")

x("phone", "nl", True, """Storingen en noodgevallen
Gas- of stroomstoring: 0800-9009 (gratis, 24/7)
Politie geen spoed: 0900-8844 · Alarm: 112
Klantnummer Vattenfall: 06-48213970 (staat op uw jaarafrekening, geen telefoonnummer)
Meternummer: 4821937056""")

x("phone", "pl", True, """Numer zamówienia: 601 482 193
Numer przesyłki: 00 4821 9370 5612
Infolinia sklepu: 801 48 21 93 (opłata wg taryfy operatora)
Godziny pracy: pn–pt 8–18""")

x("phone", "en", True, """Join the quarterly all-hands (Microsoft Teams)
Dial in by phone: +1 323-849-4874,,482193705#   United States, Los Angeles
Phone conference ID: 482 193 705#
Find a local number | Reset PIN
For help, contact the IT service desk on extension 4000.""")

x("phone", "tr", True, """Sipariş özetiniz — sipariş no: 0505 482 1937
Kargo takip numarası: 7260 4821 9370
Müşteri hizmetleri: 444 48 21 · ALO 170 Çalışma Bakanlığı · Acil: 112
Fatura no: GIB2025000004821""")


# =============================================================================================
# 3. PERSON NAMES
# =============================================================================================
x("person", "zh", False, """【2025年度 年会抽奖结果公示】
特等奖（扫地机器人）：研发二部 <<N|欧阳思琪>>
一等奖（平板电脑）：财务部 <<N|邓志远>>、销售部 <<N|马丽娟>>
二等奖（蓝牙耳机）：行政部 <<N|郭晓栋>>、研发一部 <<N|施雨萌>>、客服部 <<N|覃海燕>>
请获奖同事于6月20日前到行政部领取，逾期视为放弃。""")

x("person", "zh", False, """婚宴座位表（新竹・晶宴會館 2F）
第1桌（主桌）：新郎 <<N|蔡承恩>>、新娘 <<N|游佩珊>>、<<N|蔡國華>>、<<N|游淑芬>>
第2桌（新郎同事）：<<N|許家豪>>、<<N|鍾雅婷>>、<<N|賴冠宇>>、<<N|溫心怡>>
第3桌（新娘大學同學）：<<N|簡子晴>>、<<N|莊博文>>、<<N|葉芷瑄>>
兒童座椅：第1桌 ×1""")

x("person", "ja", False, """#総務チャット（社内）
<<N|佐藤>>：来週の避難訓練、各フロアの担当を確認させてください
<<N|高木 玲奈>>：3階は私と<<N|藤井>>さんでやります
<<N|藤井 大輔>>：了解です。4階は<<N|小川>>さんが出張なので<<N|村上>>さんにお願い済みです
<<N|佐藤>>：ありがとうございます！""")

x("person", "ja", False, """忘年会　出欠表（返信締切 12/5）
営業1課　<<N|石田　亮>>　○
営業1課　<<N|中村　さくら>>　○（二次会×）
営業2課　<<N|ファム・ヴァン・トゥアン>>　○
経理　　　<<N|宮本　恵美子>>　×
幹事：<<N|山下>>（内線は名簿参照）""")

x("person", "ko", False, """2025년 6월 정기 회의록
일시: 6월 12일(목) 14:00 / 장소: 3층 소회의실
참석자: <<N|이수진>> 팀장, <<N|박준호>> 대리, <<N|최하은>> 사원, <<N|응우옌 티 마이>> 연구원
불참: <<N|정민혁>> 과장(출장)
안건 1. 하반기 전시회 부스 디자인 — <<N|박준호>> 대리가 시안 3종 발표""")

x("person", "th", False, """รายนามผู้ร่วมทำบุญทอดผ้าป่า วัดหนองบัว (ประจำวันที่ ๑๕ มิ.ย. ๖๘)
คุณ<<N|สมศรี ใจดี>>         ๕๐๐ บาท
คุณ<<N|ประยูร แก้วมณี>>      ๑,๐๐๐ บาท
ครอบครัว<<N|บุญประเสริฐ>>    ๒,๐๐๐ บาท
ด.ญ.<<N|ปุณยวีร์ ศรีวงศ์>>     ๑๐๐ บาท
อนุโมทนาบุญทุกท่าน""")

x("person", "ar", False, """بسم الله الرحمن الرحيم
يتشرف السيد/ <<N|حمد سالم الكعبي>> والسيد/ <<N|راشد عبيد المهيري>>
بدعوتكم لحضور حفل زفاف نجليهما
<<N|سالم>> و <<N|مريم>>
وذلك بمشيئة الله يوم الجمعة الموافق 04/07/2025 في قاعة الأفراح – العين
بحضوركم تتم فرحتنا""")

x("person", "he", False, """פרוטוקול אסיפת דיירים — <<A|רחוב סוקולוב 14, הרצליה>>
נוכחים: <<N|רונית שמעוני>> (דירה 2), <<N|אבי דהן>> (דירה 5), <<N|מרים גולדברג>> (דירה 8), <<N|יוסי>> מדירה 11
הוחלט: <<N|אבי>> יקבל שלוש הצעות מחיר לצביעת חדר המדרגות.
<<N|מרים>> תגבה את התשלום לוועד עד סוף החודש.""")

x("person", "hi", False, """॥ श्री गणेशाय नमः ॥
सौ. <<N|कमला देवी>> एवं श्री <<N|रामकिशोर अग्रवाल>>
अपने सुपुत्र चि. <<N|अंकित>>
संग आयु. <<N|प्रियंका>> (सुपुत्री श्रीमती <<N|सुधा>> एवं श्री <<N|महेश गोयल>>)
के शुभ विवाह के अवसर पर आपको सपरिवार सादर आमंत्रित करते हैं।
विवाह स्थल: होटल ग्रैंड पैलेस, जयपुर""")

x("person", "ta", False, """[வாட்ஸ்அப்] குடும்பக் குழு
<<N|கவிதா>>: அம்மா, நாளைக்கு <<N|அருண்>> ஸ்கூல்ல இருந்து சீக்கிரம் வருவான்
<<N|செல்வராஜ் முருகேசன்>>: சரி, நான் போய் கூட்டிட்டு வரேன்
<<N|கவிதா>>: நன்றி மாமா 🙏 <<N|மீனா>> அக்காவுக்கும் சொல்லிடுங்க""")

x("person", "bn", False, """<<N|তাসনিম>>: আপু, কাল অফিসে <<N|রাকিব>> ভাই আসবে না, মিটিং কে নেবে?
<<N|ফারজানা রহমান>>: আমি নেব। <<N|সাবরিনা>> আপুকে বলো স্লাইডগুলো পাঠাতে
<<N|তাসনিম>>: ঠিক আছে""")

x("person", "fa", False, """گروه تلگرام — همکاران واحد پشتیبانی
<<N|نرگس کاظمی>>: فردا شیفت صبح با کیه؟
<<N|بهزاد>>: من و <<N|پریسا>>. <<N|آرش نوری>> هم از ساعت ۱۰ میاد
<<N|نرگس کاظمی>>: مرسی، پس من عصر میام""")

x("person", "ur", False, """بسم اللہ الرحمن الرحیم
محترم جناب <<N|چوہدری محمد اسلم>> صاحب
آپ کو اپنی بیٹی <<N|عائشہ>> کی شادی ہمراہ <<N|عمر فاروق>> ولد <<N|محمد اقبال>> کی تقریب میں شرکت کی دعوت دی جاتی ہے۔
بتاریخ 12 جولائی 2025، بمقام شالیمار مارکی، لاہور""".replace("<<N|چوہدری محمد اسلم>>", "چوہدری <<N|محمد اسلم>>"))

x("person", "en", False, """#proj-harbour-app (Slack)
<<N|Keisha Grant>>  9:14 AM
@marco.v can you take the QA pass on the login screens? <@U04PQ2M8L> is out today
<<N|Marco Vitale>>  9:16 AM
sure — @keisha.g do we still need the old onboarding copy from <<N|Priyanka>>?
<<N|Keisha Grant>>  9:17 AM
no, <<N|Tom>> rewrote it last week""")

x("person", "en", False, """Oakfield Primary PTA — Minutes of the meeting held 10 June 2025
Present: <<N|Joanna Pryce>> (Chair), <<N|Ifeoma Nwachukwu>> (Treasurer), <<N|Ross McAllister>> (Secretary),
<<N|Saoirse Ní Bhraonáin>>, <<N|Dev Chauhan>>, Mrs <<N|Hollis>> (Year 2 teacher)
Apologies: <<N|Ben Ashworth>>, <<N|Fi Lowther>>
1. Summer fair: <<N|Ifeoma>> reported £2,418 raised. <<N|Dev>> to return the gazebo to Mr <<N|Patel>> by Friday.
2. AOB: the Headteacher thanked everyone for the book swap.""")

x("person", "de", False, """Kleingartenverein „Am Mühlenteich“ e. V. — Protokoll der Jahreshauptversammlung vom 07.06.2025
Anwesend: 23 Mitglieder (Anwesenheitsliste liegt bei)
TOP 3: Wahl des Vorstands — <<N|Hans-Jürgen Wiesner>> (1. Vorsitzender) und <<N|Sabine Krüger-Lindemann>> (Kassiererin)
wurden einstimmig wiedergewählt. Als Kassenprüfer wurde <<N|Mehmet Aksoy>> neu gewählt.
TOP 5: Parzelle 14 (bisher <<N|Familie Brandes>>) geht zum 1. August an <<N|Lena und Tobias Rehm>>.
Protokoll: <<N|Gudrun Paschke>>""".replace("<<N|Familie Brandes>>", "Familie <<N|Brandes>>").replace("<<N|Lena und Tobias Rehm>>", "<<N|Lena>> und <<N|Tobias Rehm>>"))

x("person", "fr", False, """PROCÈS-VERBAL DE L'ASSEMBLÉE GÉNÉRALE DES COPROPRIÉTAIRES — Résidence Les Platanes, Montpellier
Présents ou représentés : M. <<N|Jean-Baptiste Olivier>> (lots 3 et 14), Mme <<N|Nadia Benhamou>> (lot 7),
M. et Mme <<N|Tessier>> (lot 9), Mme <<N|Anne-Sophie de La Roche>> (lot 12, représentée par M. <<N|Olivier>>)
Résolution n° 4 : travaux de ravalement — adoptée. Mme <<N|Benhamou>> vote contre.
Le secrétaire de séance : M. <<N|Karim Zeroual>>""")

x("person", "es", False, """Grupo "Piso Lavapiés 🏠"
<<N|lucía>>: quién se ha comido mis yogures 😤
<<N|nacho>>: yo no, pregunta a <<N|dani>>
<<N|dani>>: culpable jaja mañana te compro más
<<N|lucía>>: vale. y este finde le toca el baño a <<N|Iker>>, que lo sepáis""")

x("person", "it", False, """CONDOMINIO <<A|VIA MAZZINI 22>> — TURNI PULIZIA SCALE (luglio–settembre)

Settimana                   Scala A                     Scala B
───────────────────────────────────────────────────────────────────────
30/06 – 06/07               <<N|Ferretti>>                    <<N|Galli>>
07/07 – 13/07               <<N|De Luca>>                     <<N|Marchetti R.>>
14/07 – 20/07               <<N|Costa>>                       <<N|Bianchi-Orlando>>
21/07 – 27/07               <<N|Esposito>>                    <<N|Marchetti R.>>

Per scambi di turno rivolgersi all'amministratore.""")

x("person", "pt", False, """Paróquia de Nossa Senhora da Conceição — Escala de leitores (julho)
Domingo 06/07 — 1.ª leitura: <<N|Maria do Carmo Queirós>> · Salmo: <<N|João Pedro Sampaio>> · 2.ª leitura: <<N|Irmã Lurdes>>
Domingo 13/07 — 1.ª leitura: <<N|Teresa Cabral>> · Salmo: <<N|Rui>> · 2.ª leitura: <<N|António dos Reis Moura>>
Quem não puder, troque com alguém e avise o padre <<N|Bernardo>>.""".replace("<<N|Irmã Lurdes>>", "Irmã <<N|Lurdes>>"))

x("person", "nl", False, """Rijschema uitwedstrijden JO11-2 (najaar)
za 6 sep  → VV Dokkum      rijders: <<N|Jelle>>'s vader, <<N|Femke>>, <<N|Ruud de Boer>>
za 20 sep → SC Heerenveen  rijders: <<N|Anouk van der Meulen>>, <<N|Sjoerd>>
za 4 okt  → Drachtster Boys rijders: <<N|Femke>>, <<N|Wietske Hoekstra>>
Vertrek steeds 8:15 vanaf de kantine.""")

x("person", "sv", False, """STÄDSCHEMA — trapphus, Brf Lärkträdet (uppsatt i entrén)
v. 24  lgh 1001  <<N|Nyström>>
v. 25  lgh 1002  <<N|Abdi>>
v. 26  lgh 1101  <<N|Lindgren>>/<<N|Sjöberg>>
v. 27  lgh 1102  <<N|Karlsson>>
Byta vecka? Kontakta <<N|Gunilla>> i lgh 1201.""")

x("person", "fi", False, """Talkoot lauantaina 14.6. klo 10 — ilmoittautuneet
- <<N|Riikka Mäkelä>> (haravointi)
- <<N|Juhani>> ja <<N|Sirpa Koskinen>> (kukkapenkit)
- <<N|Onni>> (grilli, tuo oma kaasu)
- <<N|Aleksi Heinonen>> — tulee puoli yhdeltätoista
Kahvit tarjoaa hallitus.""")

x("person", "pl", False, """LISTA OBECNOŚCI — szkolenie BHP, 11.06.2025, sala 2
Lp. | Imię i nazwisko              | Stanowisko          | Podpis
1   | <<N|Grzegorz Pawlak>>              | magazynier          | ______
2   | <<N|Joanna Szymańska-Krawiec>>     | kierownik zmiany    | ______
3   | <<N|Oleksandr Tkachenko>>          | operator wózka      | ______
4   | <<N|Zbigniew Mazur>>               | magazynier          | ______
Prowadzący: <<N|Tadeusz Wróbel>>, specjalista ds. BHP""")

x("person", "cs", False, """Zápis z třídních schůzek 4.B (12. 6. 2025)
Přítomni rodiče 18 z 24 žáků. Za třídní učitelku Mgr. <<N|Kateřinu Novotnou>> (nemoc) vedla schůzku Mgr. <<N|Jana Havlíková>>.
Pokladní třídního fondu paní <<N|Šimková>> informovala o zůstatku 3 420 Kč.
Na výlet do Kutné Hory pojedou jako doprovod pan <<N|Marek Doležal>> a paní <<N|Lucie Benešová>>.""")

x("person", "ru", False, """ГРАФИК ДЕЖУРСТВ ПО ОБЩЕЖИТИЮ, 3-й этаж (июнь)
1–7 июня — <<N|Ахмедов Р.>>, <<N|Ким В.>>
8–14 июня — <<N|Соловьёва Е.>>, <<N|Гусейнова Л.>>
15–21 июня — <<N|Ахмедов Р.>>, <<N|Пак А.>>
Ответственная по этажу: <<N|Никитина Валентина Ивановна>>""")

x("person", "tr", False, """NİKAH TÖRENİ — Kadıköy Evlendirme Dairesi, 21 Haziran 2025, saat 15:30
Gelin: <<N|Zeynep Arıkan>>
Damat: <<N|Oğuz Kaan Çelik>>
Gelin tarafı şahidi: <<N|Büşra Yılmaz>>
Damat tarafı şahidi: <<N|Serkan Doğan>>
<<N|Zeynep>>'in annesi çiçekleri getirecek.""")

x("person", "vi", False, """DANH SÁCH ĐÓNG QUỸ LỚP 12A5 — HỌC KỲ II
STT  Họ và tên                     Số tiền   Ghi chú
1    <<N|Đặng Minh Khoa>>                200.000   đã đóng
2    <<N|Lê Ngọc Bảo Trân>>               200.000   đã đóng
3    <<N|Phạm Gia Huy>>                  100.000   còn nợ 100.000
4    <<N|Võ Thị Kim Ngân>>                200.000   đã đóng
Thủ quỹ: <<N|Trương Mỹ Duyên>>""")

x("person", "id", False, """Daftar Arisan RT 04 — Putaran ke-7
Yang dapat bulan ini: Bu <<N|Endang Suryani>>
Sudah dapat: Bu <<N|Siti>>, Bu <<N|Ningsih>>, Pak <<N|Hendra Wijaya>>, Mbak <<N|Tari>>
Belum dapat: Bu <<N|Rahayu>>, Pak <<N|Darto>>, Bu <<N|Lestari Handayani>>
Kocokan berikutnya di rumah Bu <<N|Rahayu>>, Minggu 13 Juli""")

x("person", "sw", False, """MICHANGO YA HARUSI — <<N|Baraka>> na <<N|Neema>> (Kamati ya Harusi, Mombasa)
1. <<N|Juma Salim Mwinyi>>        50,000
2. <<N|Halima Abdallah>>          20,000
3. Mama <<N|Zawadi>>              10,000
4. <<N|Kassim Omar Bakari>>       100,000
Mweka hazina: <<N|Rehema Hamisi>>""")

x("person", "hu", False, """Tárgy: Helyettesítés a jövő héten
Kedves Kollégák!
Jövő héten szabadságon leszek, a sürgős ügyekben <<N|Kovács-Tóth Annamária>> helyettesít, a bérszámfejtést pedig
<<N|Fekete Bálint>> viszi. Ha valami elakad, <<N|Orsi>> tudja a jelszavakat a közös meghajtóhoz.
Üdv.:
<<N|Balázs Krisztina>>""")

x("person", "en", False, """GROUP BOOKING — passenger list as sent to the airline (school trip, 14 pax)
01 <<N|HARGREAVES/EMILY MS>>
02 <<N|HARGREAVES/OLIVER MSTR>>
03 <<N|OKONJO/CHIDERA MISS>>
04 <<N|VAN DER BERG/SIEM MSTR>>
05 <<N|MACLEOD/IONA MISS>>
06 <<N|DE LA CRUZ/MATEO MSTR>>
(…08 further names to follow once passports are checked)""".replace("<<N|HARGREAVES/EMILY MS>>", "<<N|HARGREAVES/EMILY>> MS").replace("<<N|HARGREAVES/OLIVER MSTR>>", "<<N|HARGREAVES/OLIVER>> MSTR").replace("<<N|OKONJO/CHIDERA MISS>>", "<<N|OKONJO/CHIDERA>> MISS").replace("<<N|VAN DER BERG/SIEM MSTR>>", "<<N|VAN DER BERG/SIEM>> MSTR").replace("<<N|MACLEOD/IONA MISS>>", "<<N|MACLEOD/IONA>> MISS").replace("<<N|DE LA CRUZ/MATEO MSTR>>", "<<N|DE LA CRUZ/MATEO>> MSTR"))

x("person", "en", False, """lol ok so the plan for saturday
<<N|deb>>: i'll bring the cool box
<<N|raj>>: i can drive 4 people, <<N|ellie>> and <<N|marcus>> you coming with me?
<<N|ellie>>: yes pls
<<N|deb>>: <<N|fi>> said she'll meet us at the car park""")

x("person", "en", False, """DECLARATION
I confirm that the information given in this application is true and complete.

Signed: ______________________          Date: 11/06/2025
Print name: <<N|GRAHAM ALISTAIR DUNMORE>>

Witness (not a relative): ______________________
Print name: <<N|Theodora Vasquez-Reilly>>   Occupation: pharmacist""")

x("person", "ga", False, """FÓGRA — Coiste na dTuismitheoirí, Gaelscoil na Cathrach
Beidh an t-aonach leabhar ar siúl Dé Sathairn. Beidh <<N|Pádraig Mac Giolla Phádraig>> agus <<N|Aoife Ní Chonchúir>>
i mbun an bhoird leabhar, agus tá <<N|Síle>> ag eagrú na gcístí.
Ceisteanna chuig an gcathaoirleach, <<N|Cormac Ó Dálaigh>>.""")

x("person", "es", False, """Acta de entrega de llaves — Inmobiliaria Costa Blanca (Alicante)
En el día de hoy, D.ª <<N|María de los Ángeles Pérez de la Fuente>> recibe de D. <<N|Juan Carlos Ibáñez>>, en representación
de la propiedad, tres juegos de llaves y dos mandos del garaje.
Firma de la arrendataria: ____________   Firma del agente: ____________""")

x("person", "pt", False, """Oi <<N|Tati>>! A <<N|Dona Cida>> pediu pra avisar que o bolo da <<N|Manu>> fica pronto sábado às 10h.
O <<N|Seu Jorge>> da padaria vai deixar na portaria. Beijos, <<N|Gabi>>""".replace("<<N|Dona Cida>>", "<<N|Dona Cida>>").replace("<<N|Seu Jorge>> da padaria", "Seu <<N|Jorge>> da padaria").replace("A <<N|Dona Cida>>", "A Dona <<N|Cida>>"))

x("person", "ne", False, """<<N|सुमन>>: दाइ, भोलि बिहान <<N|अनिता>> दिदीलाई एयरपोर्ट लिन को जाने?
<<N|राजेश थापा>>: म जान्छु, तिमी <<N|बिकास>> सँग कुरा गर है
<<N|सुमन>>: हुन्छ 👍""")

# --- person: hard negatives --------------------------------------------------------------------
x("person", "en", True, """WEST END THIS WEEK
Hamilton — Alexander Hamilton, Aaron Burr and the Schuyler sisters; King George steals the show.
Les Misérables — Jean Valjean and Javert; Éponine's "On My Own" still brings the house down.
Matilda — Miss Trunchbull, Miss Honey and the Wormwoods.
Box office at the Victoria Palace Theatre; matinées Thursday and Saturday.""")

x("person", "fr", True, """CARTE DES DESSERTS
Pêche Melba — glace vanille, coulis de framboise
Tarte Tatin et sa crème crue
Crêpes Suzette flambées au Grand Marnier
Poire Belle-Hélène
Madeleines de Commercy · Baba au rhum
Accord conseillé : Château Chasse-Spleen 2018, ou un Armagnac Marquis de Montesquiou.""")

x("person", "es", True, """Audioguía — Museo del Prado, sala 12
Las Meninas (Diego Velázquez, 1656) muestra a la infanta Margarita Teresa rodeada de sus damas, el enano
Nicolasito Pertusato y, al fondo, el propio Velázquez. En la sala contigua: Francisco de Goya, La familia de
Carlos IV, y El Greco, El caballero de la mano en el pecho.""")

x("person", "it", True, """TENNIS — Sinner supera Alcaraz in quattro set e conquista il titolo. In tribuna il presidente Mattarella e la
premier Meloni. Nel doppio femminile Errani e Paolini si fermano in semifinale; Berrettini rientra a Stoccarda.""")

x("person", "pt", True, """Resumo da novela "Terra Prometida", capítulo 148:
Dona Alzira descobre que Raimundo Bezerra é o pai de Juliana. Tenório jura vingança e procura o delegado
Cardoso. Enquanto isso, Lucinha e Zé Bento fogem para a fazenda Santa Clara.
Próximo capítulo: segunda-feira, 21h, logo após o Jornal Nacional.""")

x("person", "nl", True, """Boodschappenlijst (Albert Heijn, zaterdag)
- Douwe Egberts Aroma Rood, 2 pakken
- Dr. Oetker pizza Ristorante (spinazie)
- Van Nelle thee, Earl Grey
- Hak appelmoes, Verkade chocolade, Tony's Chocolonely karamel zeezout
- Ben & Jerry's Cookie Dough""")

x("person", "zh", True, """暑期读书会书目
金庸《射雕英雄传》：郭靖、黄蓉、洪七公、欧阳锋
《神雕侠侣》：杨过与小龙女
曹雪芹《红楼梦》：贾宝玉、林黛玉、薛宝钗
讨论地点：鲁迅公园东门茶室""")

x("person", "ja", True, """夏休みアニメ特集（6月放送予定）
「鬼滅の刃」竈門炭治郎・竈門禰豆子・我妻善逸
「名探偵コナン」江戸川コナン・毛利蘭・怪盗キッド
大河ドラマ「光る君へ」紫式部・藤原道長（歴史上の人物）
※放送時間は変更になる場合があります""")

x("person", "ko", True, """이번 주 드라마 편성표
월·화 밤 9시 「허준」 재방송 — 허준, 예진 아씨, 유의태
수·목 밤 10시 「장영실」 — 장영실과 세종
금 밤 8시 「응답하라 1988」 — 성덕선, 최택, 김정환""")

x("person", "th", True, """เส้นทางรถเมล์สาย ๑๕
ต้นทาง: บางลำพู — ถนนราชดำเนิน — ถนนพระราม ๔ — ถนนพระราม ๙ — สถานีรถไฟฟ้าพระราม ๙
ผ่าน: อนุสาวรีย์ประชาธิปไตย, โรงพยาบาลจุฬาลงกรณ์, สวนลุมพินี""")

x("person", "ar", True, """أمسية ثقافية في مكتبة الإسكندرية: قراءات من "الأيام" لطه حسين، وأغنيات لأم كلثوم وعبد الحليم حافظ.
مكان الأمسية: قاعة ابن خلدون، مدخل شارع الملك فيصل. يقدّم الأمسية مدير المكتبة.""")

x("person", "he", True, """מסלול טיול בתל אביב: יוצאים משדרות רוטשילד, ממשיכים לרחוב אבן גבירול ולכיכר רבין,
עוברים ליד בית ביאליק ובית החולים איכילוב, ומסיימים בנמל. בערב: הופעה בהיכל מנורה מבטחים.""")

x("person", "hi", True, """रामलीला कार्यक्रम — दशहरा मैदान
पहला दिन: राम जन्म; दूसरा दिन: सीता स्वयंवर; तीसरा दिन: केवट प्रसंग; अंतिम दिन: रावण दहन।
मुख्य अतिथि: जिलाधिकारी महोदय। फ़िल्म संध्या में शाहरुख़ ख़ान की "स्वदेस" दिखाई जाएगी।""")

x("person", "ru", True, """Вопросы к экзамену по литературе, 9 класс:
1. Образ Евгения Онегина и Татьяны Лариной в романе Пушкина.
2. Родион Раскольников и Соня Мармеладова: тема искупления.
3. Чичиков и помещики в «Мёртвых душах» Гоголя.
Консультация в кабинете 214, корпус на проспекте Вернадского.""")

x("person", "pl", True, """Wycieczka klas ósmych do Torunia: Dom Mikołaja Kopernika, pomnik Kopernika na Rynku Staromiejskim,
potem Muzeum Marii Skłodowskiej-Curie w Warszawie w drodze powrotnej. Opiekunowie: wychowawcy klas 8a i 8b.""")

x("person", "en", True, """Parish newsletter — June
Hope House needs volunteers for Summer Club. Grace before meals will be said in the hall.
Faith & Light meets on the first Sunday. Will anyone with a spare Bill Hook please bring it for the hedge?
Joy Bells rehearsals resume in Autumn. Thanks to the Churchwardens, the Treasurer and the Verger.""")

x("person", "de", True, """Berufsinformationsmesse 2025 — Aussteller nach Branchen
Handwerk: Bäcker, Fleischer, Koch, Schneider, Zimmermann, Maurer
Landwirtschaft: Gärtner, Fischer, Winzer
Verwaltung: Richter (Landgericht), Weber & Partner Steuerberatung, Müller Logistik GmbH
Moderation: Schulleitung und Elternbeirat""")

x("person", "sv", True, """Inköpslista IKEA Kungens Kurva
BILLY bokhylla vit ×2, KALLAX hylla 2×4, POÄNG fåtölj björkfaner,
MALM byrå 6 lådor, HEMNES skoskåp, LACK sidobord, IVAR hyllsektion
Hämtas vid varuutlämningen, ordernr 1148219370""")

x("person", "en", True, """BAR MENU
Jameson, Jim Beam, Captain Morgan Spiced, Tia Maria, Baileys, Johnnie Walker Black
Cocktails: Tom Collins, Bloody Mary, Shirley Temple (non-alcoholic), Arnold Palmer
Food: Caesar salad, Eggs Benedict, Beef Wellington""")

x("person", "tr", True, """Ulaşım rehberi: Sabiha Gökçen Havalimanı'ndan Havaist ile Atatürk Kültür Merkezi'ne, oradan Yunus Emre
Kültür Merkezi'ne yürüyerek ulaşabilirsiniz. Fatih Sultan Mehmet Köprüsü akşam saatlerinde yoğun olur.""")

x("person", "fr", True, """Plan d'accès au forum des associations : depuis la gare Saint-Lazare, ligne 13 jusqu'à Guy Môquet, puis bus 31
arrêt Lycée Jean-Moulin. En cas de malaise, l'hôpital Georges-Pompidou est à 20 minutes. Parking rue Victor-Hugo.""")

x("person", "pt", True, """Como chegar: desembarque no Aeroporto Santos Dumont, pegue o VLT até a Praça Tiradentes e siga pela Avenida
Presidente Vargas. Para São Paulo, use a Rodovia Presidente Dutra. Hospedagem sugerida: Hotel Machado de Assis.""")

x("person", "id", True, """Panduan peserta: dari Bandara Soekarno-Hatta naik bus DAMRI ke Jl. Jenderal Sudirman, turun di halte
Dukuh Atas. Acara di Universitas Gadjah Mada hari kedua; menginap di Wisma Kartini.""")

x("person", "en", True, """HOW TO COMPLETE THIS FORM
Box 1: your full name as on your passport, e.g. A N Other.
Box 2: the name of your employer, not your manager.
Box 3: leave blank if you are the Account Holder; otherwise give the Account Holder's title (Director, Trustee, Executor).
Example entry: JOHN Q PUBLIC — this is a specimen only.""")

x("person", "vi", True, """Lịch tham quan: sáng đi đường Trần Hưng Đạo tới Bảo tàng Hồ Chí Minh, chiều ghé trường THPT Lê Quý Đôn
và chùa Trấn Quốc. Tối xem múa rối nước ở nhà hát Thăng Long.""")


# =============================================================================================
# 4. DATES OF BIRTH
# =============================================================================================
x("dob", "en", False, """With full hearts we welcome
<<N|Isla Rose Pennington>>
born <<D|3 June 2025>> at 04:12, 3.4 kg
Proud parents <<N|Hannah>> & <<N|Luke>>, and big brother <<N|Alfie>>
Thank you to the midwives of the Rosie Birth Centre.""")

x("dob", "de", False, """Antrag Kinderunfallversicherung — Tarif KinderPlus (Angebot 25-48219)
Zu versicherndes Kind: <<N|Paul Mertens>>, geb. <<D|14.3.2016>> (9 J.)
Geschwisterkind: <<N|Ida Mertens>>, geb. <<D|02.10.2019>> (5 J.)
Versicherungsnehmer: <<N|Stefanie Mertens>>, <<A|Am Schäferberg 12, 34128 Kassel>>
Versicherungsbeginn: 01.07.2025, Beitrag monatlich 14,90 €""")

x("dob", "fr", False, """Cercle d'escrime de Bourg-en-Bresse — bulletin d'adhésion 2025/2026
Nom : <<N|Diallo>>     Prénom : <<N|Awa>>
Né(e) le : <<D|07/09/2014>>   (10 ans → catégorie M13)
Arme : fleuret, gauchère
Adresse : <<A|12 allée des Hirondelles, 01000 Bourg-en-Bresse>>
Responsable légal : <<N|Mariama Diallo>>, <<P|06 42 19 37 08>>""")

x("dob", "it", False, """CURRICULUM VITAE
<<N|Francesca Loiacono>>
Nata a Bari il <<D|3 novembre 1991>>
Residenza: <<A|via Sparano da Bari 48, 70121 Bari>>
Cellulare: <<P|+39 349 482 1937>>
Esperienze: 2016–oggi, infermiera presso il Policlinico di Bari (reparto di cardiologia)""")

x("dob", "pt", False, """Requerimento de segunda via de certidão de nascimento
Exmo. Senhor Conservador,
<<N|Tiago Manuel Frazão Leite>>, nascido aos <<D|quinze dias do mês de agosto de mil novecentos e oitenta e sete>>,
na freguesia de Cedofeita, concelho do Porto, filho de <<N|Manuel Leite>> e de <<N|Rosa Frazão>>,
residente na <<A|Rua do Breiner 214, 1.º Dto., 4050-125 Porto>>, vem requerer a V. Ex.ª a emissão de segunda via.""")

x("dob", "nl", False, """Verklaring van erfrecht — concept (notariskantoor Rijnmond, Rotterdam)
Erflater: <<N|Cornelis Adrianus van Leeuwen>>, geboren op <<D|30-12-1941>> te Schiedam, laatst wonende te
<<A|Nieuwe Binnenweg 188 B, 3015 BH Rotterdam>>, overleden op 2 april 2025.
Erfgenamen: <<N|Marijke van Leeuwen>>, geboren op <<D|14-05-1968>>, en <<N|Pieter van Leeuwen>>, geboren op <<D|09-11-1971>>.""")

x("dob", "pl", False, """Zaświadczenie o uczęszczaniu na kurs pierwszej pomocy
Pan <<N|Bogdan Sikorski>>, ur. <<D|5 IX 1978>> r. w Olsztynie, ukończył w dniach 9–10 czerwca 2025 r.
kurs kwalifikowanej pierwszej pomocy (16 godzin). Zaświadczenie ważne 3 lata od daty wydania.""")

x("dob", "ru", False, """Анкета участника марафона «Белые ночи»
Фамилия: <<N|Семёнов>>    Имя: <<N|Глеб>>
Дата рождения: <<D|07.01.1969>> г. (полных лет: 56)
Город: Санкт-Петербург
Экстренный контакт: <<N|Семёнова Ольга>>, <<P|+7 921 482-19-37>>
Дистанция: 42,2 км, стартовый кластер C""")

x("dob", "ja", False, """履　歴　書　　　令和7年6月10日現在
ふりがな　　　　<<N|たなか　ゆうき>>
氏　　名　　　　<<N|田中　優希>>
生年月日　　　　<<D|平成4年7月21日>>生（満32歳）
現住所　　　　　<<A|〒460-0008　愛知県名古屋市中区栄3丁目18-1　サンライズ栄901>>
電　話　　　　　<<P|052-482-1937>>""")

x("dob", "zh", False, """新员工入职登记表（人事部留存）
姓名：<<N|吴思源>>　　性别：男　　部门：数据中心
出生年月：<<D|1993.08>>　　婚姻状况：未婚
现住址：<<A|上海市浦东新区张杨路1288弄7号602室>>
紧急联系人：<<N|吴建国>>（父）　<<P|139 1648 2751>>""")

x("dob", "ko", False, """○○피트니스 회원가입 신청서
성명: <<N|한지윤>> (<<N|韓智允>>)
생년월일: <<D|1994. 3. 17.>> (만 31세)
주소: <<A|서울특별시 마포구 월드컵북로 402, 7동 1204호>>
휴대전화: <<P|010-3948-2715>>
이용권: 6개월 + PT 10회""")

x("dob", "th", False, """ใบสมัครสมาชิกห้องสมุดประชาชนจังหวัดลำพูน (ประเภทเด็ก)
ชื่อ-นามสกุล ด.ช.<<N|ภูมิพัฒน์ แสงอรุณ>>
เกิดวันที่ <<D|๑๒ สิงหาคม พ.ศ. ๒๕๕๕>> อายุ ๑๒ ปี
ที่อยู่ <<A|๘๘/๑๒ หมู่ ๕ ตำบลบ้านกลาง อำเภอเมือง จังหวัดลำพูน ๕๑๐๐๐>>
ผู้ปกครอง นาง<<N|วิไลวรรณ แสงอรุณ>>""")

x("dob", "fa", False, """فرم پذیرش بیمار — مطب دندانپزشکی لبخند، اصفهان
نام: <<N|مریم>>   نام خانوادگی: <<N|جعفری>>
تاریخ تولد: <<D|۱۳۷۰/۰۶/۲۱>>
نشانی: <<A|اصفهان، خیابان نظر شرقی، کوچه ۸، پلاک ۲۳>>
سابقه حساسیت دارویی: ندارد""")

x("dob", "ar", False, """نموذج تسجيل في حلقة تحفيظ القرآن الكريم — جامع الإمام تركي بن عبدالله
اسم الطالب: <<N|عبدالرحمن ناصر القحطاني>>
تاريخ الميلاد: <<D|14/05/1432هـ>>
جوال ولي الأمر: <<P|0504821937>>
الحي: النسيم""")

x("dob", "he", False, """טופס רישום לגני ילדים — עיריית מודיעין, שנת הלימודים תשפ"ו
שם הילד/ה: <<N|נדב ברגר>>
תאריך לידה עברי: <<D|כ"ג בתשרי תשפ"א>>
תאריך לידה לועזי: <<D|11.10.2020>>
שם ההורה: <<N|רחל ברגר>>, טלפון <<P|052-7148293>>""")

x("dob", "am", False, """የልደት ምስክር ወረቀት ማመልከቻ
የልጁ ስም: <<N|ናሆም ዳዊት>>
የትውልድ ቀን: <<D|ታህሳስ 12 ቀን 2010 ዓ.ም.>>
የትውልድ ቦታ: አዲስ አበባ
የእናት ስም: <<N|ሕይወት በቀለ>>""")

x("dob", "ne", False, """विद्यालय भर्ना फारम
विद्यार्थीको नाम: <<N|आयुष्मा गुरुङ>>
जन्म मिति: <<D|२०६८/०५/१२>> वि.सं.
अभिभावक: <<N|कमला गुरुङ>>
ठेगाना: <<A|पोखरा-८, सिमलचौर, कास्की>>""")

x("dob", "en", False, """Riverside ASC — squad export for the county championships (generated 11/06/2025 06:30)
Columns: membership no, swimmer, date of birth, age at 31/12, street, postcode, town, events
--------------------------------------------------------------------------------------------
ASA-1148219, <<N|Poppy Fenwick>>, <<D|2012-03-04>>, 13, <<A|14 Kingsley Avenue>>, NE6 5QA, Newcastle, 100 free/200 IM
ASA-1152736, <<N|Jacob Oyelaran>>, <<D|2011-11-27>>, 14, <<A|3 Heaton Grove>>, NE6 5NR, Newcastle, 200 back
ASA-1160482, <<N|Amelie Zhou>>, <<D|2013-06-15>>, 12, <<A|Flat 6, 41 Osborne Road>>, NE2 2AH, Newcastle, 50 fly
ASA-1171937, <<N|Rory MacInnes>>, <<D|2010-01-09>>, 15, <<A|27 Sanderson Road>>, NE2 2DR, Newcastle, 400 free
ASA-1183305, <<N|Maisie Hollingworth>>, <<D|2012-12-31>>, 13, <<A|8 Rothbury Terrace>>, NE6 5XH, Newcastle, 100 breast""")

x("dob", "de", False, """Seniorenschwimmen Hallenbad Rüttenscheid — Anmeldungen (Formular-Export, Geburtsdatum in drei Spalten)
Nachname;Vorname;Geb. Tag;Geb. Monat;Geb. Jahr;Straße;PLZ
<<N|Kowalski>>;<<N|Renate>>;<<D|23>>;<<D|04>>;<<D|1957>>;<<A|Lindenallee 17>>;45127
<<N|Brinkhoff>>;<<N|Heinz-Werner>>;<<D|02>>;<<D|11>>;<<D|1949>>;<<A|Rüttenscheider Straße 201>>;45131
<<N|Yıldırım>>;<<N|Fatma>>;<<D|17>>;<<D|08>>;<<D|1960>>;<<A|Alfredstraße 48>>;45130""")

x("dob", "sv", False, """Hej!
Jag vill anmäla min son till simskolan i höst. Han heter <<N|Viktor Almqvist>> och är född <<D|2019-04-23>>.
Vi bor på <<A|Tallvägen 9, 175 45 Järfälla>>. Han kan flyta men inte simma än.
Mvh <<N|Jenny Almqvist>>, <<P|073-482 19 05>>""")

x("dob", "tr", False, """İŞ BAŞVURU FORMU — Anadolu Lojistik (Konya deposu)
Adı Soyadı: <<N|Hüseyin Kocaman>>
Doğum Yeri ve Tarihi: Ereğli, <<D|12 Mart 1990>>
Medeni Hali: Evli
Ev Adresi: <<A|Yazır Mah. Gülbahçe Sok. No: 27 Daire 4, Selçuklu/Konya>>
Ehliyet sınıfı: C, E""")

x("dob", "el", False, """Αίτηση εγγραφής στο Δημοτικό Ωδείο Χανίων
Ονοματεπώνυμο μαθητή: <<N|Ιωάννα Μαυρογιάννη>>
Ημερομηνία γέννησης: <<D|3 Φεβρουαρίου 2013>>
Διεύθυνση: <<A|Οδός Κυδωνίας 48, 731 35 Χανιά>>
Όργανο: πιάνο""")

x("dob", "hu", False, """Táborjelentkezés — nyári néptánctábor, Zánka
A gyermek neve: <<N|Szűcs Boróka>>
Született: Veszprém, <<D|2014. március 9.>>
Lakcím: <<A|8200 Veszprém, Jutasi út 61. 3/12.>>
Szülő neve, telefonszáma: <<N|Szűcs Gabriella>>, <<P|+36 30 482 1937>>""")

x("dob", "id", False, """BIODATA PELAMAR
Nama: <<N|Aditya Pratama Nugraha>>
Tempat/Tgl. Lahir: Surabaya, <<D|17-08-1995>>
Alamat: <<A|Jl. Raya Darmo Permai III No. 27, Surabaya 60226>>
No. HP: <<P|0813-3048-2719>>""")

x("dob", "en", False, """Intake note — Sunnyvale Family Practice (new patient, phone triage)
Pt: <<N|Ramirez, Alejandro>>   DOB <<D|7/4/88>>   Age 36
Address on file: <<A|1187 Lily Avenue, Sunnyvale, CA 94086>>
CC: recurring migraines x 3 wks. Allergies: NKDA. PCP prior: Dr <<N|Nguyen>> (Cupertino)""")

x("dob", "zh", False, """學生資料卡
姓名：<<N|鄭宇翔>>
出生：<<D|民國九十八年二月三日>>
戶籍地址：<<A|臺中市西屯區福科路218巷6號3樓>>
監護人：<<N|鄭美玲>>（母）""")

x("dob", "ko", False, """[카톡] 가족방
<<N|수정>>: 엄마 생신 음력으로 <<D|1963년 8월 15일>>이지? 올해 양력으로 언제야?
<<N|민호>>: 9월 24일이야. 식당은 내가 예약할게
<<N|수정>>: ㅇㅋ 케이크는 내가""")

x("dob", "es", False, """Padrón municipal de habitantes — hoja de inscripción (vivienda: <<A|C/ San Vicente Mártir 182, 4.º, 13.ª, 46007 València>>)
1. <<N|Jorge Almela Císcar>> — fecha de nacimiento <<D|22-02-1958>> — DNI <<ID|{{=dni_va}}>>
2. <<N|Pilar Ruiz Montañana>> — fecha de nacimiento <<D|30-06-1961>>
3. <<N|Héctor Almela Ruiz>> — fecha de nacimiento <<D|11-10-1994>>""".replace("{{=dni_va}}", dni("19482037")))

x("dob", "uk", False, """Заява про прийом дитини до закладу дошкільної освіти № 248 м. Львова
Прошу зарахувати мою дочку <<N|Соломію Гнатюк>>, <<D|16.05.2021>> р. н., до групи раннього віку.
Адреса проживання: <<A|м. Львів, вул. Личаківська, 112, кв. 9>>
<<N|Гнатюк Ірина Богданівна>>, тел. <<P|+380 97 482 19 37>>""")

# --- dob: hard negatives -----------------------------------------------------------------------
x("dob", "en", True, """WARRANTY REGISTRATION CARD — Hearthstone Cast Iron Stoves
Model: HS-48 Compact   Serial no.: 482193-7056
Date of manufacture: 2024-11-27
Date of purchase: 03/06/2025
Date of installation: 14/06/2025 (HETAS registered installer)
Warranty expires: 03/06/2030. Register within 30 days of purchase.""")

x("dob", "fr", True, """Marie Curie, née le 7 novembre 1867 à Varsovie et morte le 4 juillet 1934, reçoit le prix Nobel de physique en
1903 puis celui de chimie en 1911. Pierre Curie, né le 15 mai 1859, meurt le 19 avril 1906 à Paris.""")

x("dob", "es", True, """Producto: Aceite de oliva virgen extra, 1 L
Lote: L25-0482
Fecha de envasado: 22/02/2025
Consumir preferentemente antes de: 22/02/2027
Fecha de expedición del certificado de origen: 11/10/1994 (D.O. Sierra de Segura)""")

x("dob", "ja", True, """品名：国産鶏むね肉（冷蔵）
加工年月日：令和7年6月10日
消費期限：令和7年6月13日
保存方法：4℃以下で保存してください
創業　平成4年7月21日　株式会社みやま食品""")

x("dob", "zh", True, """产品名称：全脂奶粉（900g）
生产日期：2025年03月17日
保质期至：2027年03月16日
生产许可证编号：SC10544030519004
公司成立于1993年8月""")

x("dob", "ko", True, """제품명: 생수 2L × 6
제조일자: 2025. 3. 17.
유통기한: 2027. 3. 16.
(주)청정수 창립 1994. 3. 17.""")

x("dob", "th", True, """ฉลากยา: พาราเซตามอล 500 มก.
วันผลิต ๑๒ สิงหาคม ๒๕๖๗
วันหมดอายุ ๑๑ สิงหาคม ๒๕๗๐
เลขทะเบียนยา 1A 482/55""")

x("dob", "ar", True, """تعميم: يبدأ الدوام الرمضاني في المدارس من ١ رمضان ١٤٤٧هـ حتى ٢٩ رمضان ١٤٤٧هـ،
وتبدأ إجازة عيد الفطر يوم ٢٥/٠٩/١٤٤٧هـ. تاريخ التعميم: 14/05/1446هـ.""")

x("dob", "fa", True, """اطلاعیه: تعطیلات نوروزی از ۱۴۰۴/۰۱/۰۱ تا ۱۴۰۴/۰۱/۰۴ است. آخرین مهلت تحویل پروژه‌ها ۱۳ فروردین ۱۴۰۴
و تاریخ جلسه بعدی شورا ۱۴۰۴/۰۶/۲۱ خواهد بود.""")

x("dob", "he", True, """לוח אירועים: ערב סוכות חל בי"ד בתשרי תשפ"ו, והטיול השנתי ייערך בכ"ג בתשרי תשפ"ו.
הגשת עבודות עד 30.10.2025.""")

x("dob", "ru", True, """12.04.1961 — первый полёт человека в космос. Юрий Алексеевич Гагарин родился 09.03.1934 в Клушине.
Музей космонавтики открыт с 10:00 до 19:00, дата основания музея — 10.04.1981.""")

x("dob", "de", True, """EQUIDENPASS — Abschnitt I (Identifizierung des Tieres)
Name des Pferdes: Donnerhall's Erbe
Geburtsdatum des Fohlens: 14.04.2023
Transponder: 276020000482193
Ausstellungsdatum des Passes: 02.10.2023""")

x("dob", "en", True, """API reference — POST /v2/members
Fields:
  date_of_birth  string, ISO 8601 (YYYY-MM-DD), e.g. "1990-01-01"
  joined_on      string, ISO 8601, defaults to today, e.g. "2025-06-12"
Requests with a date_of_birth before 1900-01-01 are rejected with 422.""")

x("dob", "it", True, """Bolla di consegna n. 4821
Data ordine: 03/11/1991 (cliente storico, codice anagrafico invariato)
Data spedizione: 10/06/2025   Data consegna prevista: 12/06/2025
Vettore: BRT, colli 3""")

x("dob", "pl", True, """Wzór dokumentu (SPECIMEN) — dowód osobisty
Data urodzenia: 01.01.1990 (dane przykładowe)
Data wydania: 05.09.2018   Data ważności: 05.09.2028
Organ wydający: Prezydent m.st. Warszawy""")

x("dob", "nl", True, """Avondvierdaagse Deventer — inschrijving
Afstanden: 5 km voor kinderen tot en met groep 4 (meestal geboren in 2017 of later), 10 km vanaf 8 jaar.
Inschrijving sluit 30-05-2025. Startdatum 10-06-2025, finish 13-06-2025 op de Brink.""")


# =============================================================================================
# 5. SECRETS
# =============================================================================================
V["tw_sid"] = "AC" + tok(32, "twsid", _HEX)
V["tw_tok"] = tok(32, "twtok", _HEX)
V["tw_sid2"] = "AC" + tok(32, "twsid2", _HEX)
V["tw_tok2"] = tok(32, "twtok2", _HEX)
V["pl_id"] = "MA" + tok(18, "plid", _UPPER)
V["pl_tok"] = tok(40, "pltok")
V["telnyx"] = "KEY" + tok(32, "telnyx", _HEXU) + "_" + tok(22, "telnyx2")
V["mb_key"] = tok(25, "mbkey")
V["exo_key"] = tok(40, "exokey", _HEX)
V["exo_tok"] = tok(40, "exotok", _HEX)
V["msg91"] = tok(6, "msg91a", "0123456789") + "A" + tok(17, "msg91b")
V["termii"] = "TL" + tok(58, "termii")
V["cs_key"] = "-".join(tok(n, "cskey%d" % i, _HEXU) for i, n in enumerate((8, 4, 4, 4, 12)))
V["textlocal"] = tok(40, "textlocal", _B64URL)
V["bw_pw"] = tok(16, "bwpw")
V["ali_id"] = "LTAI5t" + tok(18, "aliid")
V["ali_sec"] = tok(30, "alisec")
V["ncp_id"] = tok(20, "ncpid", _UPPER)
V["ncp_sec"] = tok(40, "ncpsec")
V["npm"] = "npm_" + tok(36, "npm")
V["discord"] = b64("1148219370561298432").rstrip("=") + "." + tok(6, "disc2", _B64URL) + "." + tok(38, "disc3", _B64URL)
V["tg2"] = "7482193705:AA" + tok(33, "tg2", _B64URL)
V["rk"] = "rk_live_51" + tok(97, "rk")
V["pp_id"] = "A" + tok(79, "ppid", _B64URL)
V["pp_sec"] = "E" + tok(79, "ppsec", _B64URL)
V["az_key"] = tok(86, "azkey2", _B64) + "=="
V["sb_key"] = tok(43, "sbkey", _B64) + "="
V["app_key"] = "base64:" + tok(43, "appkey", _B64) + "="
V["cf_tok"] = tok(40, "cftok", _B64URL)
V["ha_mqtt"] = "Gl4sh0use-Mqtt!93"
V["ec_priv"] = pem("EC PRIVATE KEY", 2, "ecpriv", 44)
V["gh_fg"] = "github_pat_11" + tok(20, "ghfg1", _UPPER) + "_" + tok(59, "ghfg2")
V["dd_api"] = tok(32, "ddapi", _HEX)
V["dd_app"] = tok(40, "ddapp", _HEX)
V["pb_pw"] = tok(18, "pbpw")

x("secret", "en", False, """# .env — production (copied into ticket #4821 by mistake, rotate everything!)
APP_NAME="Kestrel Dental"
APP_KEY=<<K|{{=app_key}}>>
DB_CONNECTION=mysql
DB_HOST=10.20.4.11
DB_USERNAME=kestrel_app
DB_PASSWORD=<<K|Wx7!pRq2-tLm9zK>>
TWILIO_SID=<<K|{{=tw_sid}}>>
TWILIO_AUTH_TOKEN=<<K|{{=tw_tok}}>>
TWILIO_FROM=+441514960000
MAIL_PASSWORD=<<K|Reminder-Mail-4821>>""".replace("DB_HOST=10.20.4.11", "DB_HOST=<<IP|10.20.4.11>>"))

x("secret", "en", False, """# config/initializers/sms.rb
require "twilio-ruby"

SMS_CLIENT = Twilio::REST::Client.new(
  "<<K|{{=tw_sid2}}>>",   # account_sid
  "<<K|{{=tw_tok2}}>>"    # auth_token  TODO: move to credentials.yml.enc
)""")

x("secret", "de", False, """# /config/secrets.yaml (Home Assistant) — Backup vom NAS
wlan_ssid: "FritzBox-Kellerstraße"
wlan_passwort: "<<K|Kirschbaum!Garten2019>>"
mqtt_user: homeassistant
mqtt_passwort: "<<K|{{=ha_mqtt}}>>"
twilio_account_sid: <<K|{{=tw_sid3}}>>
twilio_auth_token: <<K|{{=tw_tok3}}>>
alarm_pin: "<<K|7305>>\"""".replace("{{=tw_sid3}}", "AC" + tok(32, "twsid3", _HEX)).replace("{{=tw_tok3}}", tok(32, "twtok3", _HEX)))

x("secret", "en", False, """# y000000000069.cfg — Yealink T46U auto-provisioning for reception (Kestrel Dental)
#!version:1.0.0.1
account.1.enable = 1
account.1.label = Reception
account.1.user_name = 3318482193
account.1.auth_name = 3318482193
account.1.password = <<K|Vq7zR2pLx9Kt4mWs>>
account.1.sip_server.1.address = sip.voipline-carrier.net
static.security.user_password = <<K|admin:Yl-Admin!2025>>""")

x("secret", "es", False, """<!-- conf/sip_profiles/external/operador.xml (FreeSWITCH) — centralita de la clínica -->
<include>
  <gateway name="operador">
    <param name="username" value="clinica-dental-48"/>
    <param name="password" value="<<K|Ml2!qZx8-Rt5vNe>>"/>
    <param name="realm" value="sip.operador-voz.es"/>
    <param name="register" value="true"/>
  </gateway>
</include>""")

x("secret", "fr", False, """Ticket #2291 — le flux Node-RED n'envoie plus les SMS d'alerte
J'ai exporté le flux, le voici (les credentials sont dedans, désolé) :
[{"id":"a41f","type":"plivo-sms","authId":"<<K|{{=pl_id}}>>","authToken":"<<K|{{=pl_tok}}>>",
  "from":"+33644630000","to":"+33612482193","name":"alerte congélateur"}]
Merci d'avance — <<N|Mathilde Rouvier>>, responsable technique, Boucherie Rouvier (Tours)""".replace('"to":"+33612482193"', '"to":"<<P|+33612482193>>"'))

x("secret", "it", False, """$ curl -X POST https://api.telnyx.com/v2/messages \\
    -H "Content-Type: application/json" \\
    -H "Authorization: Bearer <<K|{{=telnyx}}>>" \\
    -d '{"from": "+390240000000", "to": "<<P|+393478204193>>", "text": "Promemoria: visita domani ore 9"}'""")

x("secret", "en", False, """// sms.js — OTP for the loyalty app (MessageBird)
const messagebird = require("messagebird").initClient("<<K|{{=mb_key}}>>");
messagebird.messages.create({ originator: "KAFFEEHAUS", recipients: [phone], body: `Code: ${otp}` }, cb);""")

x("secret", "en", False, """<?php
// exotel_call.php — click-to-call from CRM (Pune office)
$sid   = "kestrelrealty1";
$key   = "<<K|{{=exo_key}}>>";
$token = "<<K|{{=exo_tok}}>>";
$url = "https://$key:$token@api.exotel.com/v1/Accounts/$sid/Calls/connect";
// MSG91 for OTP
$msg91_authkey = "<<K|{{=msg91}}>>";""")

x("secret", "en", False, """[WhatsApp] Dev team Lagos
<<N|Chinedu>>: which termii key are we using on staging?
<<N|Adaeze Obi>>: <<K|{{=termii}}>>
<<N|Adaeze Obi>>: the live one is in the vault, don't paste it here
<<N|Chinedu>>: 👍""")

x("secret", "en", False, """# clicksend / textlocal / bandwidth — old notification settings (school newsletter system)
CLICKSEND_USERNAME=office@stbrendans-school.ie
CLICKSEND_API_KEY=<<K|{{=cs_key}}>>
TEXTLOCAL_APIKEY=<<K|{{=textlocal}}>>
BANDWIDTH_ACCOUNT_ID=9948219
BANDWIDTH_USERNAME=sb-notify
BANDWIDTH_PASSWORD=<<K|{{=bw_pw}}>>""")

x("secret", "zh", False, """钉钉 · 运维群
<<N|许文博>>：OSS 上传一直 403，帮忙看看
<<N|许文博>>：AccessKey ID: <<K|{{=ali_id}}>>
<<N|许文博>>：AccessKey Secret: <<K|{{=ali_sec}}>>
<<N|蒋丽>>：别在群里发密钥！我先帮你禁用，重新生成一个""")

x("secret", "ko", False, """# application-prod.yml (SENS 문자 발송)
ncp:
  sens:
    access-key: <<K|{{=ncp_id}}>>
    secret-key: <<K|{{=ncp_sec}}>>
    service-id: ncp:sms:kr:482193705612:hanbit-notify
    from: "0212345678\"""")

x("secret", "ja", False, """# ~/.npmrc（社内ライブラリ公開用、共有PCに置きっぱなし）
@hikari:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=<<K|{{=gh_fg}}>>
//registry.npmjs.org/:_authToken=<<K|{{=npm}}>>""")

x("secret", "ru", False, """# ~/.pgpass бухгалтерии (скопировано с ноутбука <<N|Ольги>>)
db-1c.local:5432:buh2025:<<K|olga_k:Zima-2025!Sneg>>
db-1c.local:5432:zarplata:<<K|olga_k:Zima-2025!Sneg>>""")

x("secret", "nl", False, """#backend (Slack)
<<N|Bas Hendriks>>  16:12
kun je even in de productie-db kijken? connection string: <<U|mongodb+srv://app_rw:Gr4ch7-Tulp!42@cluster0.k8x2m.mongodb.net/webshop>>
<<N|Noor El Idrissi>>  16:14
kijk ik naar, maar haal dat bericht even weg 🙈""")

x("secret", "pl", False, """# settings.py (Django) — środowisko stagingowe
CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache",
                      "LOCATION": "<<U|rediss://default:Pi3rogi-Ruskie77@redis-staging.sklep-domogrod.pl:6380/0>>"}}
SECRET_KEY = "<<K|{{=dj_key}}>>"
EMAIL_HOST_PASSWORD = "<<K|Poczta!Staging2025>>\"""".replace("{{=dj_key}}", "django-insecure-" + tok(50, "djkey", _LOWER + "!@#%^&*(-_=+)")))

x("secret", "sv", False, """# ~/.config/rclone/rclone.conf (säkerhetskopiering av bilder till jobbets server)
[jobbet]
type = sftp
host = sftp.fotoateljen-norr.se
user = backup
pass = <<K|{{=rclone}}>>
key_file_pass = <<K|Fjallripa-Gront-93>>""".replace("{{=rclone}}", tok(44, "rclone", _B64URL)))

x("secret", "en", False, """$ git config --list --show-origin | grep url
file:.git/config        remote.origin.url=<<U|https://ci-bot:{{=ghp}}@github.com/kestrel-dental/booking.git>>
file:.git/config        remote.mirror.url=<<U|https://deploy:glpat-{{=glp}}@gitlab.kestrel-dental.co.uk/web/booking.git>>
file:/home/dev/.gitconfig   url.git@github.com:.insteadof=gh:""".replace("{{=ghp}}", "ghp_" + tok(36, "ghp2")).replace("{{=glp}}", tok(20, "glpat2", _B64URL)))

x("secret", "en", False, """$ tail -4 ~/.zsh_history
: 1749721302:0;ssh deploy@<<IP|10.4.0.12>>
: 1749721377:0;docker login -u ci-bot -p '<<K|Rk9!vT2q-Lm7xWp4>>' registry.kestrel-dental.co.uk
: 1749721450:0;mysql -h <<IP|10.4.0.21>> -u root -p'<<K|R00t-Kestrel-2019>>' -e 'show databases'
: 1749721502:0;history -c""")

x("secret", "fr", False, """Bienvenue au gîte Les Hortensias !
Wi-Fi : réseau « Hortensias-Gite » — mot de passe : <<K|Bretagne-Iode-2025>>
Boîte à clés : code <<K|4827>>
Les poubelles jaunes sortent le mardi soir. En cas de souci, appelez <<N|Gwenaëlle>> au <<P|06 82 41 93 70>>.""")

x("secret", "de", False, """<<N|Papa>>: Wie komme ich nochmal auf den Router?
<<N|Lea>>: fritz.box im Browser, Kennwort <<K|Heckenrose-1957>>
<<N|Lea>>: und das WLAN-Passwort steht hinten drauf, ich hab's aber geändert auf <<K|Sonnenblume!Weg48>>
<<N|Papa>>: Danke dir""".replace("<<N|Papa>>", "Papa"))

x("secret", "es", False, """Mamá, te apunto aquí la contraseña del correo nuevo para que no la pierdas:
usuario: mercedes.galindo58@gmail.com
contraseña: <<K|Girasol*Alicante58>>
y el PIN del móvil es <<K|2604>>. Un beso, <<N|Paula>>""".replace("usuario: mercedes.galindo58@gmail.com", "usuario: <<E|mercedes.galindo58@gmail.com>>"))

x("secret", "ar", False, """<<N|هند>>: الباسورد حق الواي فاي تغير؟
<<N|عبير>>: إيه، الجديد <<K|Sidra#Garden77>>
<<N|هند>>: تمام اشتغل، شكراً""")

x("secret", "th", False, """<<N|ป้าแดง>>: หลานจ๋า รหัสเข้าแอปธนาคารป้าลืมอีกแล้ว
<<N|ต้น>>: ป้าตั้งไว้ <<K|250311>> ครับ อย่าบอกใครนะครับ
<<N|ป้าแดง>>: จ้า ขอบใจจ้า""".replace("<<N|ป้าแดง>>", "ป้า<<N|แดง>>"))

x("secret", "tr", False, """<<N|Annem>>: e-Devlet şifremi unuttum yine
<<N|Kerem>>: anne yeni şifren <<K|Papatya.1962!>> yazdım buraya, not al
<<N|Annem>>: tamam oğlum sağ ol""".replace("<<N|Annem>>", "Annem"))

x("secret", "vi", False, """<<N|Quân>>: mật khẩu wifi quán là gì vậy em?
<<N|Nhân viên>>: dạ <<K|caphesuada2025>> anh nha
<<N|Quân>>: ok cảm ơn em""".replace("<<N|Nhân viên>>", "Nhân viên"))

x("secret", "id", False, """Info kos Bu <<N|Harti>> (kamar 7):
- wifi: KOS_HARTI_LT2, password <<K|anakkos2025!>>
- kunci gerbang ditaruh di pot bunga, kode gembok <<K|0817>>
- bayar tanggal 5 ke rekening ibu kos""")

x("secret", "en", False, """{
  "name": "Payments – LIVE",
  "values": [
    {"key": "base_url", "value": "https://api.stripe.com", "enabled": true},
    {"key": "stripe_restricted_key", "value": "<<K|{{=rk}}>>", "enabled": true},
    {"key": "paypal_client_id", "value": "<<K|{{=pp_id}}>>", "enabled": true},
    {"key": "paypal_client_secret", "value": "<<K|{{=pp_sec}}>>", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}""")

x("secret", "en", False, """# terraform.tfvars — DO NOT COMMIT (committed in a1b2c3d, see incident INC-0482)
db_admin_password    = "<<K|Tf-Admin!x7Qm2LpZ>>"
cloudflare_api_token = "<<K|{{=cf_tok}}>>"
datadog_api_key      = "<<K|{{=dd_api}}>>"
datadog_app_key      = "<<K|{{=dd_app}}>>"
region               = "eu-west-2\"""")

x("secret", "en", False, """# application.properties (payroll service, Quarkus)
quarkus.datasource.jdbc.url=jdbc:postgresql://10.12.0.40:5432/payroll
quarkus.datasource.username=payroll_app
quarkus.datasource.password=<<K|Pay-Roll!2025-qW7>>
payroll.export.azure-storage=DefaultEndpointsProtocol=https;AccountName=stpayrollexports;AccountKey=<<K|{{=az_key}}>>;EndpointSuffix=core.windows.net
payroll.bus.connection=Endpoint=sb://payroll-bus.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=<<K|{{=sb_key}}>>""".replace("jdbc:postgresql://10.12.0.40", "jdbc:postgresql://<<IP|10.12.0.40>>"))

x("secret", "en", False, """Bug bounty report #BB-2291 — "Private signing key shipped inside the Android app"
Decompiling kestrel-booking-4.8.2.apk, res/raw/sign.pem contains:
<<K|{{=ec_priv}}>>
Impact: anyone can mint valid booking confirmations. Reporter: <<N|Tomasz Wilk>>. Triage: confirmed, key revoked 12/06.""")

x("secret", "en", False, """# relay/main.py — community Discord + Telegram relay
DISCORD_TOKEN = "<<K|{{=discord}}>>"
TELEGRAM_TOKEN = "<<K|{{=tg2}}>>"
RELAY_CHANNEL = 1148219370561298433""")

x("secret", "pt", False, """// zenvia.js — aviso de consulta por SMS (clínica veterinária)
const client = new Zenvia.Client("<<K|{{=zenvia}}>>");
const sms = client.getChannel("sms");
await sms.sendMessage("clinicavetsul", tutor.celular, new TextContent("Lembrete: vacina do seu pet amanhã."));""".replace("{{=zenvia}}", tok(40, "zenvia", _B64URL)))

x("secret", "en", False, """From: IT Helpdesk <<<E|k.mensah@lakeview-council.gov.uk>>>
To: <<N|Dorothy Fairweather>>
Subject: Your temporary password

Hi <<N|Dorothy>>,
Your account has been unlocked. Your temporary password is <<K|Temp#48219-Lark>> — you'll be asked to change it at first login.
<<N|Kwame Mensah>>, IT Service Desk""".replace("From: IT Helpdesk <<<E|k.mensah@lakeview-council.gov.uk>>>", "From: <<N|Kwame Mensah>> (IT Helpdesk) <<<E|k.mensah@lakeview-council.gov.uk>>>"))

# --- secret: hard negatives --------------------------------------------------------------------
x("secret", "en", True, """## Configuration
| Variable            | Example value                       | Notes                      |
|---------------------|-------------------------------------|----------------------------|
| TWILIO_SID          | ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  | from the Twilio console    |
| TWILIO_AUTH_TOKEN   | <your-auth-token>                   | keep it out of git         |
| TELNYX_API_KEY      | KEYxxxxxxxx…                        | v2 key                     |
| DB_PASSWORD         | change-me                           | local docker only          |""")

x("secret", "en", True, """# charts/booking/values-prod.yaml
postgresql:
  auth:
    existingSecret: booking-db-credentials
    secretKeys:
      adminPasswordKey: postgres-password
sms:
  plivo:
    authIdFrom: {secretKeyRef: {name: plivo, key: auth-id}}
    authTokenFrom: {secretKeyRef: {name: plivo, key: auth-token}}
redisUrl: "redis://:$(REDIS_PASSWORD)@booking-redis:6379/0\"""")

x("secret", "en", True, """Run deploy/sms-smoke-test
  env:
    TWILIO_ACCOUNT_SID: ***
    TWILIO_AUTH_TOKEN: ***
  curl -s -u "$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN" https://api.twilio.com/2010-04-01/Accounts.json
  {"accounts": [...]}   # values masked by the runner
  token: ${{ secrets.TWILIO_AUTH_TOKEN }}""")

x("secret", "en", True, """-- users table dump (staging, anonymised)
id | email                 | password_hash                                                   | created_at
1  | user1@example.com     | $2b$12$eImiTXuWVxfM37uY4JANjQe5s7YpLrR9QbXZ1sVcK3mHnOaPdTfWu   | 2024-11-02
2  | user2@example.com     | $argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$kT9mXq2Lp7Rz4Vw1Yb8Nc3Hd6Jf0Ge5Sa | 2024-11-03
3  | user3@example.com     | pbkdf2_sha256$600000$Qx7Lm2Rp$Zx8c4Vb1Nm3Kl5Jh7Gf9Ds0Aq2We4Rt6Yu8Io= | 2024-11-05""")

x("secret", "en", True, """Deploy key for the build server — public part only, safe to paste into the repository settings:
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{{=pub}} build-02@kestrel
Key fingerprint: SHA256:{{=fp}}
The private half stays in /root/.ssh/id_ed25519 on build-02 and is never copied.""".replace("{{=pub}}", tok(43, "edpub", _B64)).replace("{{=fp}}", tok(43, "edfp", _B64)))

x("secret", "en", True, """Jenkins » booking-api » #1482 — Changes
  1. Rotate SMS provider credentials; old key revoked (commit: 7d1e93a4c0b25f86e7a1d3c9b04f2e6a8c5d7b31)
  2. Read DB password from SSM instead of application.yml (commit: c2f8a61b9e0d47358a2c6f1e9b7d4a0c3e5f8b12)
Built image: registry.kestrel-dental.co.uk/booking-api@sha256:{{=dig}}
Build parameters: ENV=prod, SKIP_TESTS=false""".replace("{{=dig}}", tok(64, "imgdig", _HEX)))

x("secret", "en", True, """From the boto3 quickstart (do not use in production):
    s3 = boto3.client("s3",
                      aws_access_key_id="AKIAIOSFODNN7EXAMPLE",
                      aws_secret_access_key="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
Prefer the default credential chain (environment, ~/.aws/credentials, instance role) over literals.""")

x("secret", "en", True, """Billing › API keys
Name              Key                          Created      Last used
Live secret       sk_live_••••••••••••4f2a     2024-03-02   2 minutes ago
Restricted (SMS)  rk_live_••••••••••••9b1c     2025-01-17   yesterday
Publishable       pk_live_51Hx7Lm2Rp9Xk4Vw1Yb8Nc3Hd6Jf0Ge5SaTz2Qx7Lm2Rp9Xk4Vw1Yb8Nc3Hd6Jf0Ge5Sa   2024-03-02   —
Click "Reveal" to view a secret key; revealed keys are shown once.""")

x("secret", "de", True, """Vorlage: Zugangsdaten für neue Mitarbeitende (bitte NICHT ausgefüllt per Mail verschicken)
Benutzername: vorname.nachname
Initialkennwort: wird separat per SMS zugestellt
VPN: Zugang über das Portal, Token-App „FortiToken“
WLAN „Praxis-Intern“: Schlüssel hängt nicht mehr am Empfang aus, bitte bei der IT erfragen""")

x("secret", "en", True, """GET https://login.kestrel-dental.co.uk/.well-known/jwks.json
{"keys":[{"kty":"RSA","use":"sig","kid":"2025-06-a","alg":"RS256","e":"AQAB",
  "n":"{{=n}}"}]}
These are the public signing keys; clients cache them for 24 hours.""".replace("{{=n}}", tok(342, "jwksn", _B64URL)))

x("secret", "en", True, """Downloads — Kestrel Desktop 4.8.2
kestrel-4.8.2-x64.msi      SHA-256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
kestrel-4.8.2.dmg          SHA-256: 60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752
kestrel-4.8.2.tar.gz       MD5: 5d41402abc4b2a76b9719d911017c592
Verify with: certutil -hashfile kestrel-4.8.2-x64.msi SHA256""")

x("secret", "en", True, """$ cat secrets/prod.env.age
-----BEGIN AGE ENCRYPTED FILE-----
{{=age}}
-----END AGE ENCRYPTED FILE-----
Decrypt with: age -d -i ~/.config/age/keys.txt secrets/prod.env.age (the identity file lives on the ops laptops only)""".replace("{{=age}}", "\n".join(tok(64, "age%d" % i, _B64) for i in range(4))))

x("secret", "en", True, """Please encrypt the payroll export to our public key:
-----BEGIN PGP PUBLIC KEY BLOCK-----

{{=pgp}}
-----END PGP PUBLIC KEY BLOCK-----
Fingerprint: 7D4A 19E3 B0C2 5F86 E71A  D3C9 B04F 2E6A 8C5D 7B31""".replace("{{=pgp}}", "mQINBGZ" + tok(57, "pgp0", _B64) + "\n" + "\n".join(tok(64, "pgp%d" % i, _B64) for i in range(1, 4)) + "\n=" + tok(4, "pgpcrc", _B64)))

x("secret", "en", True, """db:
  host: prod-db.internal
  user: app
  password: vault:secret/data/prod/db#password
sms:
  twilio_auth_token: arn:aws:secretsmanager:eu-west-2:482193705612:secret:prod/twilio-Ab12Cd
  plivo_token: "{{ lookup('hashi_vault', 'secret=kv/plivo:token') }}\"""")

x("secret", "ja", True, """社内Wiki：本番DBへの接続手順
1. 接続情報は 1Password の「本番DB（読み取り専用）」を参照してください。
2. パスワードは環境変数 DB_PASS から読み込みます（例：export DB_PASS=$(op read op://infra/prod-db/password)）。
3. ログ上ではパスワードは「********」とマスクされます。""")

x("secret", "zh", True, """运维交接文档（第3节 密钥管理）
短信平台与对象存储的 AccessKey 统一托管在 KMS（别名 alias/sms-prod、alias/oss-prod），代码中只引用 ${SMS_AK_ID} 与 ${SMS_AK_SECRET}。
如需查看明文，请走工单审批。日志脱敏规则：password=******、secret=******。""")

x("secret", "ko", True, """[보안 점검 결과] 결제 모듈 소스코드
- 하드코딩된 비밀번호: 발견되지 않음 (DB 비밀번호는 ${DB_PW} 환경변수로 주입)
- API 키: Vault 경로 secret/payment/pg-key 참조, 로그에는 ****로 마스킹
- 예시 설정 파일(application-sample.yml)의 password: changeme 는 샘플 값임""")

x("secret", "en", True, """Incident INC-0533 — identifiers for the failed SMS batch
trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7
request IDs: 3f2b8c1e-9d4a-4e7b-b6c5-1a2d3e4f5a6b, 7c9e6679-7425-40de-944b-e07fc1f90ae7
pod uid: 0b1e5c7a-63d2-4f0e-9a41-2c8d7e6f5b30 · release 1.14.0+sha.9b7d3e6""")

x("secret", "fr", True, """Wi-Fi clients : réseau « Boulangerie-Invites » — le mot de passe est affiché à la caisse, demandez-le au comptoir.
Pour le Wi-Fi du personnel, voir le classeur rouge (ne pas l'afficher). Code de la porte arrière : changé chaque mois.""")

x("secret", "en", True, """Twilio test credentials (from the console, Test Credentials tab):
Test Account SID: ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
Test Auth Token: [hidden — click to reveal]
Magic numbers for testing: +15005550006 (valid), +15005550001 (invalid).""")

x("secret", "es", True, """Política de contraseñas: cámbiala cada 90 días. La contraseña temporal se envía por SMS y caduca en 24 horas.
En los registros aparece como contraseña=[REDACTADA]. Nunca compartas tu clave ni tu PIN con nadie, tampoco con el banco.""")

# --- more secrets: SMS/voice API pairs, connection strings, command lines ------------------------
V["vn_key2"] = tok(8, "vnkey2", _HEX)
V["vn_sec2"] = tok(16, "vnsec2")
V["sinch_key"] = uuid4("sinchkey")
V["sinch_sec"] = tok(30, "sinchsec")
V["at_key2"] = "atsk_" + tok(64, "atkey2", _HEX)
V["ib_key2"] = tok(32, "ibkey2", _HEX) + "-" + uuid4("ibkey2")
V["tw_sk2"] = "SK" + tok(32, "twsk2", _HEX)
V["tw_sksec2"] = tok(32, "twsksec2")
V["tw_sid4"] = "AC" + tok(32, "twsid4", _HEX)
V["pl_id2"] = "MA" + tok(18, "plid2", _UPPER)
V["pl_tok2"] = tok(40, "pltok2")
V["kaleyra"] = "A" + tok(32, "kaleyra", _HEX)
V["smsapi"] = tok(40, "smsapi")
V["gh_app"] = "ghs_" + tok(36, "ghapp")
V["slack_xapp"] = "xapp-1-A0" + tok(9, "xapp1", _UPPER) + "-" + tok(13, "xapp2", "0123456789") + "-" + tok(64, "xapp3", _HEX)
V["hf"] = "hf_" + tok(34, "hf")
V["gcp_key"] = "AIza" + tok(35, "gcpkey2", _B64URL)
V["mapbox"] = "sk.eyJ1Ijoia2VzdHJlbCIsImEiOiJ" + tok(20, "mapbox1", _B64URL) + "In0." + tok(22, "mapbox2", _B64URL)
V["shopify"] = "shpat_" + tok(32, "shopify", _HEX)
V["wg_priv"] = tok(43, "wgpriv", _B64) + "="
V["wg_psk"] = tok(43, "wgpsk", _B64) + "="

x("secret", "en", False, """# vonage-whatsapp-bot/.env (found on the shared drive, folder "old laptop backup")
VONAGE_API_KEY=<<K|{{=vn_key2}}>>
VONAGE_API_SECRET=<<K|{{=vn_sec2}}>>
VONAGE_APPLICATION_ID={{=vn_app}}
VONAGE_WHATSAPP_NUMBER=14157386102""".replace("{{=vn_app}}", uuid4("vnapp")))

x("secret", "sv", False, """Hej <<N|Johan>>! Här är Sinch-nycklarna för SMS-påminnelserna till tandläkarpatienterna:
Key ID: <<K|{{=sinch_key}}>>
Key Secret: <<K|{{=sinch_sec}}>>
Project: tandvard-norr-prod
Radera meddelandet när du har lagt in dem i valvet. /<<N|Amanda>>""")

x("secret", "sw", False, """<<N|Wanjiku>>: Tafadhali nitumie API key ya Africa's Talking kwa mfumo wa ujumbe wa wanachama
<<N|Otieno>>: username: chamasacco
<<N|Otieno>>: apiKey: <<K|{{=at_key2}}>>
<<N|Wanjiku>>: Asante, nitaiweka kwenye server leo""")

x("secret", "hr", False, """# notifikacije/config.ini — Infobip
[infobip]
base_url = https://9rk4x2.api.infobip.com
api_key = <<K|{{=ib_key2}}>>
sender = LjekarnaZG""")

x("secret", "en", False, """>>> # quick test from the REPL, delete after!
>>> from twilio.rest import Client
>>> c = Client("<<K|{{=tw_sk2}}>>", "<<K|{{=tw_sksec2}}>>", "<<K|{{=tw_sid4}}>>")
>>> c.messages.create(to="+447911482193", from_="PharmaRemind", body="Your prescription is ready")
<Twilio.Api.V2010.MessageInstance account_sid={{=tw_sid4}} sid=SM...>""".replace('to="+447911482193"', 'to="<<P|+447911482193>>"').replace("account_sid={{=tw_sid4}} sid=SM...>", "account_sid=<<K|{{=tw_sid4}}>> sid=SM...>"))

x("secret", "en", False, """$ curl -s -u <<K|{{=pl_id2}}:{{=pl_tok2}}>> \\
    https://api.plivo.com/v1/Account/<<K|{{=pl_id2}}>>/Message/ \\
    -H "Content-Type: application/json" \\
    -d '{"src":"+14155550199","dst":"+14155550123","text":"Gate code changed"}'""")

x("secret", "en", False, """// Kaleyra SMS — appointment reminders (clinic CRM plugin)
const KALEYRA_SID = "<<K|HXIN1748219370IN>>";
const KALEYRA_API_KEY = "<<K|{{=kaleyra}}>>";
// SMSAPI.pl fallback for Polish patients
const SMSAPI_TOKEN = "<<K|{{=smsapi}}>>";""")

x("secret", "en", False, """[2025-06-12 09:41:07] ERROR webhook relay failed: POST https://hooks.slack.com/services/T04PQ2M8L/B07X4K2Q9R1/<<K|{{=slk}}>> -> 404 channel_not_found
[2025-06-12 09:41:08] INFO  retrying with app token <<K|{{=slack_xapp}}>>
[2025-06-12 09:41:09] DEBUG GitHub App installation token: <<K|{{=gh_app}}>> (expires 10:41)""".replace("{{=slk}}", tok(24, "slk")))

x("secret", "de", False, """# Notebook-Zelle (vor dem Teilen bitte löschen!)
from huggingface_hub import login
login(token="<<K|{{=hf}}>>")
GOOGLE_MAPS_KEY = "<<K|{{=gcp_key}}>>"
MAPBOX_SECRET = "<<K|{{=mapbox}}>>\"""")

x("secret", "nl", False, """<<N|Daan>>, hierbij het toegangstoken van de Shopify-app voor Bloemenhuis De Linde:
Admin API access token: <<K|{{=shopify}}>>
Winkel: bloemenhuis-de-linde.myshopify.com
Graag niet in de gedeelde Trello zetten 🙏 Groet, <<N|Iris>>""")

x("secret", "en", False, """# /etc/ipsec.secrets on the branch router (pasted into a forum thread by mistake)
# site-to-site tunnel Leeds <-> Harrogate
203.0.113.5 198.51.100.7 : PSK "<<K|{{=psk}}>>"
# road warrior for <<N|Priya>>'s laptop
priya : EAP "<<K|Lark-Rise-4471!>>\"""".replace("{{=psk}}", tok(40, "ipsecpsk", _B64)))

x("secret", "es", False, """[14:02] <<N|Sofía Márquez>>: ¿cuál era la clave del panel de la web del restaurante?
[14:03] <<N|Andrés>>: usuario admin, contraseña <<K|Paella&Sol#2024>>
[14:03] <<N|Andrés>>: y la del FTP: <<U|ftp://restaurante:Ajo-Perejil77@ftp.casa-lola.es>>
[14:05] <<N|Sofía Márquez>>: gracias, ya entré""")

x("secret", "it", False, """Oggetto: Condominio <<A|via Nizza 48>> — nuovo codice portone e Wi-Fi sala comune
Gentili condomini,
dal 1° luglio il codice del portone pedonale sarà <<K|4719#>>; la rete Wi-Fi della sala comune "Condominio-Nizza48" ha ora la password <<K|Glicine-Torino-25>>.
Vi prego di non diffonderli. Cordiali saluti, l'amministratrice <<N|Silvia Gariglio>>""")

x("secret", "ko", False, """[팀 공지] 스테이징 DB 접속 정보 (외부 유출 금지)
host: 10.30.2.18 / port: 5432
user: stg_app
password: <<K|Hanbit!Stg#2025>>
읽기 전용 계정: <<K|stg_ro:ro-Hanbit-77>>""".replace("host: 10.30.2.18", "host: <<IP|10.30.2.18>>"))

x("secret", "pl", False, """Pani <<N|Basiu>>, hasło do konta bankowości firmowej zmieniłam na <<K|Kasztan!Wiosna48>>, a kod do alarmu w biurze to <<K|1957>>.
Proszę nikomu nie przekazywać. <<N|Ewa>>""")


# =============================================================================================
# 6. STREET ADDRESSES
# =============================================================================================
x("address", "en", False, """Christmas card list 2025 (Mum's old book, typed up) — ✔ = sent
✔ <<N|Auntie Pat>> & <<N|Geoff>>
  <<A|The Old Forge>>
  <<A|Mill Lane>>
  <<A|Hempstead>>
  <<A|Essex CB10 2PH>>
✔ <<N|Moira and Ken Baxter>>
  <<A|42 Dalkeith Road>>
  <<A|Edinburgh EH16 5BS>>
  <<N|Sunita Varma>>
  <<A|Flat 12, Cedar House>>
  <<A|88 Woodstock Road>>
  <<A|Oxford OX2 7NF>>
✔ the <<N|Lloyd-Joneses>> (<<N|Rhian>>, <<N|Dafydd>> + kids)
  <<A|Bryn Awel>>
  <<A|Heol y Felin>>
  <<A|Llandeilo SA19 6AB>>
  <<N|Fr. Michael>> — parish house, hand-deliver""".replace("<<N|Auntie Pat>>", "Auntie <<N|Pat>>").replace("<<N|Moira and Ken Baxter>>", "<<N|Moira>> and <<N|Ken Baxter>>").replace("<<N|Fr. Michael>>", "Fr. <<N|Michael>>"))

x("address", "de", False, """Serienbrief Einladung Goldene Hochzeit — Adressetiketten (Zweckform 3474, Bogen 1)
+-----------------------------------+-----------------------------------+
| <<N|Familie Hüttemann>>                 | <<N|Frau Irmgard Scholz>>               |
| <<A|Am Hohen Ufer 3>>                   | <<A|Bahnhofstraße 112a>>                |
| <<A|31134 Hildesheim>>                  | <<A|38100 Braunschweig>>                |
+-----------------------------------+-----------------------------------+
| <<N|Herrn Dr. Reinhold Petzold>>        | <<N|Björn & Nadine Ostermann>>         |
| c/o <<A|Seniorenstift St. Anna>>       | <<A|Zur Wassermühle 27>>               |
| <<A|Goslarsche Straße 40>>             | <<A|30966 Hemmingen>>                 |
| <<A|38678 Clausthal-Zellerfeld>>      |                                   |
+-----------------------------------+-----------------------------------+""".replace("<<N|Familie Hüttemann>>", "Familie <<N|Hüttemann>>").replace("<<N|Frau Irmgard Scholz>>", "Frau <<N|Irmgard Scholz>>").replace("<<N|Herrn Dr. Reinhold Petzold>>", "Herrn Dr. <<N|Reinhold Petzold>>").replace("<<N|Björn & Nadine Ostermann>>", "<<N|Björn>> & <<N|Nadine Ostermann>>"))

x("address", "fr", False, """Faire-part de naissance de <<N|Capucine>> — adresses pour l'envoi (tableur, colonne B copiée)
<<N|Mamie Jeanne>>
<<A|Lieu-dit La Croix Blanche>>
<<A|24250 Domme>>

M. et Mme <<N|Lefebvre-Girard>>
<<A|Bâtiment C, escalier 2>>
<<A|17 avenue du Général-Leclerc>>
<<A|94700 Maisons-Alfort>>

<<N|Yannick Le Goff>>
<<A|Kerlann>>
<<A|29910 Trégunc>>

<<N|Sophie et Mathieu Arnaud>>
<<A|BP 48>>
<<A|97411 Saint-Paul>>
La Réunion""".replace("<<N|Mamie Jeanne>>", "Mamie <<N|Jeanne>>").replace("<<N|Sophie et Mathieu Arnaud>>", "<<N|Sophie>> et <<N|Mathieu Arnaud>>"))

x("address", "ja", False, """年賀状　住所録（2026年用）
<<A|〒150-0001>>
<<A|東京都渋谷区神宮前4-12-8>>
<<A|パークハイツ表参道 502>>
<<N|青木　健太>>　様・<<N|美和>>　様

<<A|〒980-0811>>
<<A|宮城県仙台市青葉区一番町2-5-22>>
<<N|遠藤　恵子>>　様

<<A|〒812-0011>>
<<A|福岡県福岡市博多区博多駅前3-19-5　博多グリーンコーポ1103>>
<<N|松尾　誠>>　様""")

x("address", "zh", False, """批量寄件导入表（复制自Excel，用于快递小程序）
序号	收件人	手机	收件地址	物品
1	<<N|孙丽华>>	<<P|139 0571 4826>>	<<A|浙江省杭州市拱墅区湖墅南路186号新湖明珠城5幢2单元1201>>	茶叶
2	<<N|钱永康>>	<<P|186 2104 8375>>	<<A|江苏省苏州市姑苏区干将西路1128号3-402>>	茶叶
3	<<N|李佳怡>>	<<P|135 1026 9483>>	<<A|四川省成都市武侯区玉林北路7号院2栋803>>	茶具
4	<<N|周韬>>	<<P|177 4829 1035>>	<<A|北京市朝阳区望京西园三区311号楼1506>>	茶叶
5	<<N|何嘉欣>>	<<P|159 8821 4037>>	<<A|广东省广州市天河区天河北路689号光大花园D座2204>>	茶具""")

x("address", "ko", False, """대량 발송 목록 (답례품) — 엑셀 붙여넣기
받는분 | 연락처 | 우편번호 | 주소 | 상세주소
<<N|김서연>> | <<P|010-2938-4710>> | 06236 | <<A|서울특별시 강남구 테헤란로 152>> | <<A|강남파이낸스센터 아님, 역삼래미안 105동 1402호>>
<<N|오세훈>> | <<P|010-4817-2093>> | 48058 | <<A|부산광역시 해운대구 센텀중앙로 79>> | <<A|센텀파크 2차 203동 901호>>
<<N|장민지>> | <<P|010-9384-1275>> | 34126 | <<A|대전광역시 유성구 대학로 291>> | <<A|기숙사 아님 — 궁동 482-3 2층>>""".replace("<<A|강남파이낸스센터 아님, 역삼래미안 105동 1402호>>", "<<A|역삼래미안 105동 1402호>>").replace("<<A|기숙사 아님 — 궁동 482-3 2층>>", "<<A|궁동 482-3 2층>>").replace("<<N|오세훈>>", "<<N|오세준>>"))

x("address", "th", False, """ใบปะหน้าพัสดุ (พิมพ์จากระบบร้านค้าออนไลน์)
ผู้รับ: คุณ<<N|กมลชนก ศรีสวัสดิ์>>
<<A|๑๒๓/๔๕ หมู่บ้านพฤกษา ๙ ซอย ๑๒>>
<<A|ถนนลำลูกกา ตำบลคูคต>>
<<A|อำเภอลำลูกกา จังหวัดปทุมธานี ๑๒๑๓๐>>
โทร <<P|๐๘๙ ๔๘๒ ๑๙๓๗>>
ผู้ส่ง: ร้านผ้าไทยบ้านสวน (เชียงใหม่)""")

x("address", "en", False, """Wedding card distribution — Bengaluru list (<<N|Ravi>> to deliver by hand, rest by courier)
1. <<N|Shri K. Venkatesh>> & family
   <<A|No. 48, 3rd Cross, 5th Main>>
   <<A|Malleshwaram>>
   <<A|Bengaluru 560003>>
2. <<N|Smt. Lakshmi Narayan>>
   <<A|Flat 1104, Tower 2, Brigade Millennium>>
   <<A|JP Nagar 7th Phase>>
   <<A|Bengaluru 560078>>
3. <<N|Mr. Arjun Hegde>> (courier)
   <<A|S/o Late Shri Ramesh Hegde, "Sri Sai Nilaya">>
   <<A|Near Kadri Manjunatha Temple, Kadri>>
   <<A|Mangaluru 575002>>""".replace("<<N|Shri K. Venkatesh>>", "Shri <<N|K. Venkatesh>>").replace("<<N|Smt. Lakshmi Narayan>>", "Smt. <<N|Lakshmi Narayan>>").replace("<<N|Mr. Arjun Hegde>>", "Mr. <<N|Arjun Hegde>>").replace('''<<A|S/o Late Shri Ramesh Hegde, "Sri Sai Nilaya">>''', '''S/o Late Shri <<N|Ramesh Hegde>>, "<<A|Sri Sai Nilaya>>"'''))

x("address", "ar", False, """عنوان التوصيل (دبي)
الاسم: <<N|نوف عبدالعزيز الشهري>>
<<A|فيلا ٢٧، شارع ٤٨>>
<<A|البرشاء جنوب ٢>>
<<A|دبي>>
جوال: <<P|٠٥٦ ٢٩٤ ٨١٧٣>>""")

x("address", "es", False, """Envíos pendientes — tienda de velas artesanales (exportado de la app)
Pedido 1482 · <<N|Guadalupe Rentería>>
<<A|Calle Morelos 317, int. 5>>
<<A|Col. Americana>>
<<A|44160 Guadalajara, Jal.>>

Pedido 1483 · <<N|Martín Echeverría>>
<<A|Av. Santa Fe 2847, 4° C>>
<<A|C1425BGC Ciudad Autónoma de Buenos Aires>>

Pedido 1484 · <<N|Natalia Quintero>>
<<A|Calle 72 # 10-34, apto 502>>
<<A|Bogotá D.C., 110231>>""")

x("address", "pt", False, """Lista de convidados — chá de bebê da <<N|Larissa>> (endereços para os convites impressos)
<<N|Dona Neusa Ribeiro>>
<<A|Rua Padre Chagas 482, ap. 701>>
<<A|Moinhos de Vento>>
<<A|90570-080 Porto Alegre – RS>>

<<N|Camila e Bruno Tavares>>
<<A|Rua Conselheiro Lafaiete 1937, casa 2>>
<<A|Jardim Botânico>>
<<A|CEP 80210-170 Curitiba – PR>>""".replace("<<N|Dona Neusa Ribeiro>>", "Dona <<N|Neusa Ribeiro>>").replace("<<N|Camila e Bruno Tavares>>", "<<N|Camila>> e <<N|Bruno Tavares>>"))

x("address", "pl", False, """Adresy do wysyłki nagród w konkursie fotograficznym (wydział promocji — przekazać kurierowi)
1) <<N|Weronika Dąbrowska>>
   <<A|ul. Kościuszki 48/12>>
   <<A|80-228 Gdańsk>>
2) <<N|Paweł Zieliński>>
   <<A|os. Piastów 21/117>>
   <<A|31-624 Kraków>>
3) <<N|Helena Ostrowska>>
   <<A|Zalesie Górne, ul. Jaśminowa 7>>
   <<A|05-540 Zalesie Górne>>""")

x("address", "cs", False, """Zásilkovna · objednávka č. 2506-11482 — doručení na adresu
Příjemce: <<N|Markéta Šindelářová>>
Ulice a číslo: <<A|Na Pankráci 1724/48>>
PSČ a obec: 140 00 Praha 4
Telefon: <<P|+420 731 806 254>>
Poznámka pro kurýra: zvonek „<<N|Šindelářová>>/<<N|Kolář>>“, 3. patro""")

x("address", "hu", False, """Rendelés visszaigazolás — Zöldkert Webáruház (Kecskemét), rendelésszám ZK-48219
Szállítási név: <<N|Nagy Zsuzsanna>>
Szállítási cím: <<A|1114 Budapest, Bartók Béla út 62. III. em. 14.>>
Számlázási cím: megegyezik a szállítási címmel
Szállítás: házhoz szállítás GLS-sel, 2–3 munkanap""")

x("address", "ro", False, """Către: <<N|Cătălina Enache>>
<<A|Str. Mihai Eminescu nr. 48, bl. A3, sc. 1, et. 2, ap. 9>>
<<A|Iași, jud. Iași, 700149>>
Expeditor: Editura Polirom (Iași) — colet cu cărți, ramburs 0 lei""")

x("address", "bg", False, """Viber · Магазин „Ръчна керамика“
Магазин: Здравейте! До адрес или до офис на Еконт да изпратим?
<<N|Петя Атанасова>>: До адрес, моля: <<A|ж.к. „Тракия“, бл. 148, вх. Г, ет. 6, ап. 83, 4023 Пловдив>>
<<N|Петя Атанасова>>: телефон <<P|0887 312 645>>
Магазин: Благодарим, пратката тръгва утре.""")

x("address", "ru", False, """Бланк почтового перевода (заполнено от руки, распознано)
Кому: <<N|Кузнецовой Людмиле Павловне>>
Куда: <<A|ул. Карла Маркса, д. 48, кв. 17>>
<<A|пос. Октябрьский>>
<<A|Кировская обл., 613040>>
От кого: <<N|Кузнецов А. Н.>>, <<A|г. Сургут, пр-т Ленина, д. 21, кв. 112>>""")

x("address", "uk", False, """Укрпошта — бланк посилки (заповнено від руки, розпізнано)
Кому: <<N|Бондаренко Максим Олегович>>
<<A|вул. Січеславська Набережна, 29А, кв. 174>>
<<A|м. Дніпро>>
<<A|49000>>
тел. <<P|+380 50 731 26 48>>""")

x("address", "tr", False, """Teslimat adresi:
<<N|Ayşegül Tekin>>
<<A|Bahçelievler Mah. 7. Cadde No: 48/3>>
<<A|06490 Çankaya/Ankara>>
Fatura adresi: teslimat adresiyle aynı
Not: kapıcıya bırakılabilir""")

x("address", "vi", False, """Đơn hàng #SPX482193 — thông tin nhận hàng
Người nhận: <<N|Huỳnh Thị Mỹ Linh>>
Địa chỉ: <<A|Số 48/12 Nguyễn Thị Minh Khai, Phường Đa Kao, Quận 1, TP. Hồ Chí Minh>>
SĐT: <<P|0938 482 193>>
Giao giờ hành chính""")

x("address", "id", False, """[Gojek] Chat dengan driver
Driver: Pak, titik jemputnya sudah sesuai?
Saya: Iya pak, di depan rumah pagar hijau, <<A|Jl. Kemang Timur Raya No. 48A, Bangka, Mampang Prapatan, Jakarta Selatan>>
Driver: Siap, 3 menit lagi sampai""")

x("address", "ms", False, """[Shopee] Chat dengan penjual
Penjual: Salam kak, alamat penghantaran betul ya?
Saya: Betul, hantar ke <<N|Nur Syafiqah binti Azman>>, <<A|No. 12, Lorong Seri Kenangan 3, Taman Seri Kenangan, 08000 Sungai Petani, Kedah>>
Penjual: Baik, kami pos esok pagi""")

x("address", "tl", False, """[Lazada] Shipping details
Recipient: <<N|Jomar Dela Peña>>
Address: <<A|Unit 7B, Sunrise Tower, 482 P. Burgos St., Brgy. Poblacion, Makati City 1210>>
Mobile: <<P|0917 482 1937>>
Note: Pakiiwan na lang po sa guard kung wala ako.""")

x("address", "he", False, """שלום <<N|נועה>>,
המשלוח של הכיסאות יגיע מחר בין 8 ל-12 לכתובת <<A|רחוב ויצמן 48 דירה 12, כפר סבא>>.
אם אין מעלית, נא להודיע מראש.
<<N|אלון>>, מחסן רהיטי השרון""")

x("address", "fa", False, """آدرس برای ارسال مرسوله:
<<A|شیراز، بلوار چمران، کوچه ۱۴، پلاک ۴۸، طبقه دوم>>
کد پستی: ۷۱۹۴۸۳۷۵۶۱
گیرنده: <<N|فاطمه زارعی>>""")

x("address", "en", False, """hey! we've finally moved 🎉 new address is <<A|Apt 3B, 214 Lorimer Street, Brooklyn, NY 11206>>
housewarming is sat 28th from 7, bring a chair if you have one lol. <<N|Jess>> & <<N|Tariq>>""")

x("address", "en", False, """REMOVALS QUOTE — Two Men & A Van (Cardiff)
Customer: <<N|Gethin Prosser>>
Collection: <<A|19 Plasturton Gardens, Pontcanna, Cardiff CF11 9HF>> (2nd floor flat, no lift)
Delivery: <<A|Ty Gwyn, 4 Heol Hir, Llanishen, Cardiff CF14 5AA>>
Date: Fri 27 June, 8am start · Estimated 5 hrs · £540 inc. VAT""")

x("address", "de", False, """Sperrmüll-Abholtermine Bezirk 7 (Tourenplan Fahrzeug SM-3, Mi 18.06.2025)
Reihenfolge | Straße, Hausnr.            | Zusatz              | Gegenstände
------------+----------------------------+---------------------+---------------------------
1           | <<A|Ahornweg 4>>                  | Garage offen        | Schrank, 2 Matratzen
2           | <<A|Birkenstraße 17a>>            | Hinterhof           | Sofa
3           | <<A|Buchenring 9>>                | –                   | Lattenroste, Regal
4           | <<A|Eichendorffstraße 33>>        | bei Nachbarn klingeln | Waschmaschine
5           | <<A|Fliederweg 2>>                | –                   | Gartenmöbel
6           | <<A|Holunderstieg 11>>            | Tor Code <<K|5170>>       | Kinderbett, Teppich
Alle Adressen PLZ 48155 Münster.""")

x("address", "fr", False, """Suisse Déménagements SA — bon d'intervention
Client : <<N|Léa Favre>>
Chargement : <<A|Chemin des Crêts 12, 1206 Genève>>
Déchargement : <<A|Rue du Simplon 48, 1800 Vevey>>
Étage (déchargement) : 3e sans ascenseur — prévoir monte-meubles
Téléphone sur place : <<P|+41 79 482 19 37>>""")

x("address", "nl", False, """Retourpost — niet bestelbaar (week 24)
Datum     | Geadresseerde            | Adres                                         | Reden
10-06     | <<N|M. Boukhari>>               | <<A|Croeselaan 148 bis, 3521 CB Utrecht>>            | onbekend op adres
11-06     | <<N|fam. Verhoeven>>            | <<A|Dorpsstraat 4, 4341 AB Arnemuiden>>              | verhuisd
12-06     | <<N|S. de Wit-Jansen>>          | <<A|Postbus 482, 6700 AL Wageningen>>                | postbus opgeheven
13-06     | <<N|T. Özdemir>>                | <<A|Javastraat 77-III, 1094 HD Amsterdam>>           | naam niet op brievenbus""".replace("<<N|fam. Verhoeven>>", "fam. <<N|Verhoeven>>"))

x("address", "it", False, """Ciao <<N|Giada>>! Ti lascio l'indirizzo per il regalo di <<N|Lorenzo>>: <<A|via dei Serragli 48, scala B, interno 7, 50124 Firenze>>
Il citofono è il terzo dall'alto. Grazie mille!! <<N|Ale>>""")

x("address", "es", False, """Hola, soy la vecina del 4.º. Os dejo mi dirección por si llega algún paquete mío a vuestro buzón:
<<N|Carmen Villalonga>>, <<A|calle de la Luna 17, 4.º izda.>> — mismo portal, solo que a veces el cartero se equivoca.
¡Gracias!""")

x("address", "sv", False, """Hej <<N|Oskar>>!
Kan du skicka tillbaka borrmaskinen? Adressen är
c/o <<N|Bergström>>
<<A|Västra Hamngatan 14>>
<<A|411 17 Göteborg>>
Tack! /<<N|Elsa>>""")

x("address", "da", False, """Leveringsadresse ændret for ordre 48219:
<<N|Rasmus Kjeldgaard>>
<<A|Nørrebrogade 148, 4. sal th.>>
<<A|2200 København N>>
Pakken må stilles ved døren.""")

x("address", "no", False, """Hei! Vi har flyttet. Ny adresse fra 1. juli:
<<N|Ingrid>> og <<N|Håkon Berge>>
<<A|Sandviksveien 48B>>
<<A|5035 Bergen>>
Velkommen innom!""")

x("address", "fi", False, """Postiosoitteen muutos — ilmoitus seuralle
Nimi: <<N|Teemu Salonen>>
Uusi osoite: <<A|Satakunnankatu 23 A 12, 33210 Tampere>>
Voimassa alkaen 1.7.2025""")

x("address", "el", False, """Παραλήπτης:
<<N|Ελευθερία Γεωργίου>>
<<A|Πλατεία Αγίας Σοφίας 3, Διαμ. 5>>
<<A|546 22 Θεσσαλονίκη>>
Τηλ. <<P|697 482 1937>>""")

x("address", "hr", False, """Dostava: <<N|Ante Šimunović>>, <<A|Put Firula 48, 21000 Split>>
Napomena: zvono "<<N|Šimunović>>/<<N|Radić>>", 2. kat lijevo""")

x("address", "sr", False, """Пошиљка за:
<<N|Јелена Павловић>>
<<A|Булевар ослобођења 48/12>>
<<A|21000 Нови Сад>>
тел. <<P|064 482 1937>>""")

x("address", "sl", False, """Prejemnik: <<N|Urška Kranjc>>
<<A|Celovška cesta 148>>
<<A|1000 Ljubljana>>
Paket oddati sosedi v 1. nadstropju.""")

x("address", "lt", False, """Gavėja: <<N|Indrė Jankauskaitė>>
Adresas: <<A|Savanorių pr. 148-27, LT-03150 Vilnius>>
Tel. <<P|+370 612 48219>>""")

x("address", "en", False, """Insurance claim — escape of water (claim ref HC-25-048219)
Policyholder: <<N|Anjali Deshmukh>>
Risk address: <<A|7 Kestrel Way, Bicester OX26 6FZ>>
Correspondence address (while house is being dried out): c/o <<A|22 Merton Street, Banbury OX16 4RR>>
Loss date: 02/06/2025. Loss adjuster visit booked for 16/06/2025.""")

x("address", "en", False, """FOOD ORDER #48219 · Swiggy
Deliver to: <<N|Karthik>>
<<A|Flat 302, Sai Krupa Residency, 12th Main, HSR Layout Sector 6>>
<<A|Bengaluru 560102>>
Instructions: don't ring bell, baby sleeping. call <<P|98450 21937>>""")

x("address", "en", False, """Airbnb · Message from your host
Hi <<N|Stefan>>! Check-in is from 3pm. The address is <<A|Unit 12/48 Bondi Road, Bondi Beach NSW 2026>> — the lockbox is
on the left of the door, code <<K|6093>>. Parking is on the street. Enjoy! <<N|Mel>>""")

# --- address: hard negatives -------------------------------------------------------------------
x("address", "en", True, """About us
Founded in 1987 in Kendal, Lakeland Outdoor Gear now employs 140 people across Kendal, Keswick and Ambleside.
Our distribution centre is in Penrith and our customer service team works from Carlisle.
Registered in England and Wales, company no. 02148219.""")

x("address", "de", True, """Stadtführung „Dresden an einem Tag“
Treffpunkt: Frauenkirche, Neumarkt. Weiter über die Brühlsche Terrasse zum Zwinger und zur Semperoper
(Theaterplatz 2). Mittagspause am Altmarkt, danach Residenzschloss, Taschenberg 2, und zum Abschluss
die Gläserne Manufaktur an der Lennéstraße 1.""")

x("address", "fr", True, """Pour toute réclamation, écrivez à : Direction générale des Finances publiques, Service des impôts des particuliers,
10 rue du Centre, 93160 Noisy-le-Grand. Les permanences ont lieu à la mairie, place de l'Hôtel-de-Ville,
le mardi matin. Préfecture de police : 9 boulevard du Palais, 75004 Paris.""")

x("address", "es", True, """Indicaciones para asistentes al congreso
El Palacio de Congresos está en el Paseo de la Castellana, 99, frente al estadio Santiago Bernabéu.
Desde la Puerta del Sol, tome la línea 10 de metro. La sede de nuestra empresa está en Getafe y tenemos
delegaciones en Sevilla, Bilbao y Valencia.""")

x("address", "it", True, """Informazioni utili: Questura di Milano, via Fatebenefratelli 11, 20121 Milano. Ufficio anagrafe: via Larga 12.
Per raggiungere il Duomo e la Galleria Vittorio Emanuele II prendere la M1 fino a Duomo. La nostra sede legale è a
Monza, con magazzini a Lodi e Pavia.""")

x("address", "pt", True, """Atendimento presencial: Loja do Cidadão das Laranjeiras, Rua Abranches Ferrão 10, 1600-001 Lisboa.
Palácio de Belém, Praça Afonso de Albuquerque — visitas ao sábado. A empresa tem sede em Aveiro e delegações
no Porto e em Faro.""")

x("address", "ja", True, """アクセス
東京都庁：東京都新宿区西新宿2-8-1（都庁前駅直結）
大阪城：大阪府大阪市中央区大阪城1-1
本社：名古屋市　　支社：札幌・仙台・広島・福岡""")

x("address", "zh", True, """参观路线：天安门广场—故宫博物院（北京市东城区景山前街4号）—景山公园—南锣鼓巷。
上海市人民政府地址：上海市黄浦区人民大道200号。本公司总部位于深圳，在武汉、西安设有分公司。""")

x("address", "ko", True, """찾아오시는 길
국립중앙박물관: 서울특별시 용산구 서빙고로 137
부산시청: 부산광역시 연제구 중앙대로 1001
본사는 판교에, 연구소는 대전과 광주에 있습니다.""")

x("address", "th", True, """สถานที่ติดต่อราชการ
สำนักงานเขตจตุจักร ถนนพหลโยธิน แขวงจตุจักร กรุงเทพฯ ๑๐๙๐๐
พระบรมมหาราชวัง ถนนหน้าพระลาน เขตพระนคร
สำนักงานใหญ่ของบริษัทตั้งอยู่ที่นนทบุรี สาขาที่ขอนแก่นและหาดใหญ่""")

x("address", "ar", True, """تقع سفارة المملكة في حي السفارات، والمقر الرئيسي للشركة في جدة ولها فروع في الدمام وأبها.
مكتب العمل: طريق الملك عبدالله، الرياض. متحف اللوفر أبوظبي في جزيرة السعديات.""")

x("address", "hi", True, """कार्यक्रम स्थल: इंडिया गेट, राजपथ, नई दिल्ली। वापसी में लाल किला और चाँदनी चौक।
ज़िला कलेक्टर कार्यालय: कलेक्ट्रेट परिसर, सिविल लाइंस, आगरा। कंपनी का मुख्यालय नोएडा में है।""")

x("address", "ru", True, """Адреса для обращений: Министерство здравоохранения РФ — Рахмановский пер., д. 3, Москва, 127994.
Экскурсия: Эрмитаж (Дворцовая пл., 2), Исаакиевский собор, Невский проспект.
Головной офис компании — в Екатеринбурге, филиалы — в Перми и Тюмени.""")

x("address", "pl", True, """Urząd Skarbowy Warszawa-Śródmieście, ul. Lindleya 14, 02-013 Warszawa — godziny otwarcia 8:00–16:00.
Zwiedzanie: Zamek Królewski, plac Zamkowy 4, potem Łazienki Królewskie. Siedziba spółki: Łódź, oddziały w Lublinie i Kielcach.""")

x("address", "tr", True, """Başvurular için: İstanbul Valiliği, Cağaloğlu. Nüfus Müdürlüğü: Kadıköy Hükümet Konağı.
Gezi rotası: Galata Kulesi, İstiklal Caddesi, Taksim Meydanı. Şirket merkezimiz Bursa'da, depomuz Gebze'de.""")

x("address", "en", True, """Where to vote: polling stations are open 7am–10pm. Bring your poll card. Most voters in Ward 4 vote at
St Mark's Church Hall, Kingsway; Ward 5 at Hillside Primary School. Postal votes can be returned to
the Town Hall, Market Square, by hand. The Returning Officer is based at the Civic Centre.""")

x("address", "en", True, """Traffic update: Delays on Oxford Street between Marble Arch and Bond Street; Regent Street closed northbound
for the parade. Diversions via Park Lane and Baker Street. Buses 7, 98 and 390 are on diversion.""")

x("address", "en", True, """Day 3 of the tour: Sydney Opera House (Bennelong Point, Sydney NSW 2000) at 9am, then the ferry to Manly.
Day 4: Parliament House in Canberra and the Australian War Memorial on Treloar Crescent. Our tour company is based in Cairns.""")

x("address", "nl", True, """Gemeente Utrecht, Stadskantoor, Stadsplateau 1 — balie burgerzaken open op afspraak.
Wij zijn gevestigd in Amersfoort en leveren in heel Utrecht, Zeist en Nieuwegein. Parkeren bij Jaarbeurs.""")

x("address", "vi", True, """Địa chỉ tiếp dân: UBND Thành phố Hà Nội, số 12 Lê Lai, Hoàn Kiếm. Tham quan: Lăng Chủ tịch Hồ Chí Minh,
Văn Miếu – Quốc Tử Giám. Trụ sở công ty đặt tại Hải Phòng, chi nhánh ở Đà Nẵng và Cần Thơ.""")

x("address", "id", True, """Kantor Imigrasi Kelas I Jakarta Selatan, Jl. Warung Buncit Raya No. 207. Monas dan Kota Tua bisa dikunjungi
sore hari. Kantor pusat perusahaan di Surabaya dengan cabang di Medan dan Makassar.""")

x("address", "es", True, """Ubicación de la fiesta: salón de eventos en la colonia Roma, a dos cuadras del metro Insurgentes.
Referencias: frente al Parque España, junto al Oxxo. La empresa organizadora tiene su sede en Puebla.""")

x("address", "he", True, """לשכת רשות האוכלוסין וההגירה: רחוב שלומציון המלכה 1, ירושלים. בית המשפט העליון בקריית הממשלה.
החברה שלנו ממוקמת בפתח תקווה, עם סניפים בחיפה ובבאר שבע.""")

x("address", "de", True, """Über uns
Die Müller & Söhne Metallbau GmbH hat ihren Sitz in Paderborn (Amtsgericht Paderborn, HRB 4821) und Niederlassungen
in Bielefeld und Gütersloh. Unsere Monteure sind im ganzen Hochstift unterwegs.""")

# --- address lists: routes, rounds and bookings whose column header is far above the values ----
x("address", "de", False, table(
    """Bezirksschornsteinfegermeisterei — Kehrbezirk Kassel-Wilhelmshöhe 12
Kehrplan Juli 2025 (Feuerstättenschau / Kehrung), Tour 3 — Mo 07.07. bis Mi 09.07.
Objekt (Straße, Hausnr., Lage)            | Feuerstätte                     | Arbeit            | Termin
------------------------------------------+---------------------------------+-------------------+----------""",
    "<<A|{0}>>{1}| {2} | {3} | {4}",
    [(a, " " * max(2, 42 - len(a)), b, c, d) for a, b, c, d in [
        ("Baunsbergstraße 41", "Gas-Brennwert, raumluftunabh.", "Messung", "07.07. 08:00"),
        ("Baunsbergstraße 43, EG links", "Kaminofen (Holz)", "Kehrung", "07.07. 08:30"),
        ("Brasselsbergstraße 7", "Öl-Niedertemperatur", "Kehrung+Messung", "07.07. 09:15"),
        ("Im Druseltal 112", "Kachelofen", "Kehrung", "07.07. 10:00"),
        ("Kunoldstraße 28a", "Gas-Therme", "Messung", "07.07. 10:45"),
        ("Lindenstraße 5, Hinterhaus", "Kaminofen, Pelletofen", "Kehrung", "07.07. 11:30"),
        ("Rasenallee 64", "Gas-Brennwert", "Feuerstättenschau", "08.07. 08:00"),
        ("Rasenallee 66", "Gas-Brennwert", "Feuerstättenschau", "08.07. 08:20"),
        ("Schöne Aussicht 3", "Offener Kamin", "Kehrung", "08.07. 09:00"),
        ("Sternbergstraße 19, 2. OG", "Gasetagenheizung", "Messung", "08.07. 09:40"),
        ("Tannenkuppenweg 2", "Holzvergaser", "Kehrung+Messung", "08.07. 10:30"),
        ("Wigandstraße 57", "Öl-Brennwert", "Messung", "08.07. 11:15"),
        ("Zum Gerkenhof 8", "Kaminofen", "Kehrung", "09.07. 08:00"),
        ("Zum Gerkenhof 10", "Kaminofen", "Kehrung", "09.07. 08:30"),
        ("Ehlenfelder Weg 1, Einliegerwhg.", "Gas-Therme", "Messung", "09.07. 09:10")]]) +
    "\n\nBei Abwesenheit bitte Nachricht im Briefkasten hinterlassen.")

x("address", "en", False, table(
    """SPARKLE WINDOW CLEANING — round sheet, Tuesdays (Headingley / Far Headingley)
Every 4 weeks. Payment: C = cash under mat, B = bank transfer, A = app.

Property                           £     Pay   Notes""",
    "<<A|{0}>>{1}{2:<6}{3:<6}{4}",
    [(a, " " * max(2, 35 - len(a)), b, c, d) for a, b, c, d in [
        ("14 Beech Grove Terrace", "12", "C", "side gate sticks"),
        ("16 Beech Grove Terrace", "12", "B", ""),
        ("3 Shire Oak Road", "18", "A", "conservatory roof every 2nd visit"),
        ("Flat 2, 41 Cardigan Road", "8", "B", "front only"),
        ("Flat 4, 41 Cardigan Road", "8", "B", "front only"),
        ("The Coach House, Alma Road", "25", "C", "dog — ring first"),
        ("9 Ash Road", "12", "A", ""),
        ("22 Headingley Mount", "14", "C", ""),
        ("7a Otley Road", "10", "B", "flat above shop"),
        ("58 Weetwood Lane", "20", "A", "ladder round back"),
        ("Rose Lea, 2 Wood Lane", "16", "C", ""),
        ("31 North Grange Road", "12", "B", "moving out end of month")]]) +
    "\nRain day: move to Thursday.")

x("address", "fr", False, table(
    """SSIAD du Pays de Rennes — tournée infirmière du matin, secteur Nord (patients désignés par leur n° de dossier)
Tournée du 12/06/2025 — IDE : poste 2 — véhicule Clio 4 (EB-482-KT)

Ordre  N° dossier   Adresse du domicile                                        Soin""",
    "{0:<7}{1:<13}<<A|{2}>>{3}{4}",
    [(str(i + 1), d, a, " " * max(2, 58 - len(a)), s) for i, (d, a, s) in enumerate([
        ("P-04821", "12 rue de Saint-Malo, 35000 Rennes", "insuline, glycémie"),
        ("P-05193", "Résidence Les Lilas, appt 14, 3 allée Coysevox, 35000 Rennes", "pansement"),
        ("P-03770", "48 boulevard de Verdun, 35000 Rennes", "toilette"),
        ("P-06102", "7 impasse des Tanneurs, 35760 Saint-Grégoire", "injection anticoagulant"),
        ("P-02958", "La Ville Asselin, 35520 Melesse", "toilette, bas de contention"),
        ("P-07314", "21 rue du Puits Mauger, 35000 Rennes", "pilulier"),
        ("P-04490", "5 square de Galicie, bât. B, 35200 Rennes", "pansement"),
        ("P-08021", "Le Bas Chesnay, 35630 Vignoc", "insuline")])]) +
    "\nTransmissions à 12 h 30 au local.")

x("address", "es", False, table(
    """FISIOTERAPIA A DOMICILIO — Ruta del jueves 12/06 (Sevilla capital y Aljarafe)
Los pacientes se identifican por nº de historia; el nombre está en la ficha de la app.
-----------------------------------------------------------------------------------------
Hora  | Nº historia | Domicilio                                                  | Sesión""",
    "{0} | {1}    | <<A|{2}>>{3}| {4}",
    [(h, n, a, " " * max(2, 59 - len(a)), s) for h, n, a, s in [
        ("08:30", "H-4821", "C/ Feria 48, 2.º B, 41003 Sevilla", "rodilla (prótesis)"),
        ("09:30", "H-5190", "Avda. de la Cruz del Campo 37, 5.º A, 41005 Sevilla", "hombro"),
        ("10:30", "H-3771", "C/ Betis 12, bajo, 41010 Sevilla", "lumbar"),
        ("11:30", "H-6024", "Urb. Simón Verde, C/ Cerezo 9, 41940 Tomares", "cadera"),
        ("12:30", "H-2958", "Plaza del Cabildo 3, 41927 Mairena del Aljarafe", "respiratoria"),
        ("16:00", "H-7303", "C/ Asunción 61, 1.º dcha., 41011 Sevilla", "rodilla"),
        ("17:00", "H-4412", "Barriada El Carmen, bloque 4, 3.º C, 41015 Sevilla", "ictus")]]))

x("address", "it", False, table(
    """Comune di Verona — Servizio spesa a domicilio per persone fragili
Giro consegne n. 7 — venerdì 13/06/2025 — volontario: tessera V-048

cod. utente | indirizzo di consegna                           | piano | note""",
    "{0}      | <<A|{1}>>{2}| {3} | {4}",
    [(c, a, " " * max(2, 48 - len(a)), p, n) for c, a, p, n in [
        ("U-1482", "via Mazzini 48, 37121 Verona", "3", "citofono guasto, chiamare"),
        ("U-1937", "vicolo Cieco San Marco 5, 37138 Verona", "T", ""),
        ("U-2051", "stradone Porta Palio 71, 37122 Verona", "2", "senza ascensore"),
        ("U-0815", "via XX Settembre 112, int. 9, 37129 Verona", "4", ""),
        ("U-2290", "via Gaetano Trezza 14/b, 37129 Verona", "1", "portare anche il pane"),
        ("U-1703", "lungadige Porta Vittoria 27, 37129 Verona", "5", ""),
        ("U-0962", "via Villa 19, 37062 Dossobuono", "T", "cane in giardino")]]))

x("address", "pt", False, table(
    """DISTRIBUIDORA GÁS BOM — ROTA 04 (Zona Norte), sexta 13/06 — entregador: código 22
Cliente pelo telefone cadastrado; aqui só endereço e quantidade.
Endereço                                                   Qtde  Pagto""",
    "<<A|{0}>>{1}{2}     {3}",
    [(a, " " * max(2, 59 - len(a)), q, p) for a, q, p in [
        ("Rua Voluntários da Pátria 482, casa 2 - Santana", "1", "PIX"),
        ("Av. Braz Leme 1937, apto 114 - Santana", "1", "dinheiro"),
        ("Rua Dr. César 705, fundos - Santana", "2", "cartão"),
        ("Rua Alfredo Pujol 48 - Santana", "1", "PIX"),
        ("Travessa Nova Esperança 12 - Jardim São Paulo", "1", "dinheiro"),
        ("Rua Conselheiro Moreira de Barros 2210, bloco B ap. 31 - Lauzane", "1", "cartão"),
        ("Rua Ezequiel Freire 88 - Santana", "1", "fiado (ver caderno)"),
        ("Rua Paulo Maldi 9, casa 4 - Vila Mazzei", "2", "PIX")]]))

x("address", "pl", False, table(
    """Spółdzielnia Mieszkaniowa „Zacisze” — harmonogram okresowej kontroli instalacji gazowej, czerwiec 2025
Prosimy o udostępnienie lokalu. W razie nieobecności — termin dodatkowy 30.06.

Data     Godz.   Lokal""",
    "{0}  {1}   <<A|{2}>>",
    [("16.06.", "08:00", "ul. Łokietka 48 m. 1"), ("16.06.", "08:15", "ul. Łokietka 48 m. 2"),
     ("16.06.", "08:30", "ul. Łokietka 48 m. 5"), ("16.06.", "08:45", "ul. Łokietka 48 m. 9"),
     ("16.06.", "09:00", "ul. Łokietka 48 m. 12"), ("16.06.", "10:00", "ul. Łokietka 50 m. 3"),
     ("16.06.", "10:15", "ul. Łokietka 50 m. 7"), ("16.06.", "10:30", "ul. Łokietka 50 m. 14"),
     ("17.06.", "08:00", "ul. Bałtycka 17/4"), ("17.06.", "08:15", "ul. Bałtycka 17/8"),
     ("17.06.", "08:30", "ul. Bałtycka 17/11"), ("17.06.", "09:00", "ul. Bałtycka 19/2"),
     ("17.06.", "09:15", "ul. Bałtycka 19/6"), ("17.06.", "09:30", "ul. Bałtycka 19/15")]) +
    "\nKontrolę wykonuje firma GAZ-SERWIS z Białegostoku.")

x("address", "ja", False, table(
    """訪問介護　サービス提供予定表（6月16日・月曜）　ヘルパー：コード H-12
※利用者名は事業所内の台帳で確認すること（本票は住所のみ記載）
時間帯　　　　　訪問先""",
    "{0}　<<A|{1}>>　{2}",
    [("8:30〜9:30", "横浜市港北区日吉本町2-48-7", "身体介護（入浴）"),
     ("9:45〜10:30", "横浜市港北区日吉4-1-12　日吉ハイツ203", "生活援助（買い物）"),
     ("10:45〜11:45", "横浜市港北区箕輪町1-19-3", "身体介護"),
     ("13:00〜14:00", "川崎市中原区木月3-27-15　コーポ木月105", "通院介助"),
     ("14:30〜15:15", "横浜市港北区下田町5-8-2", "生活援助（掃除）"),
     ("15:30〜16:30", "横浜市港北区綱島西2-14-9　グランドール綱島402", "身体介護")]))

x("address", "zh", False, table(
    """XX社区卫生服务中心　老年人上门体检安排表（6月第3周）
责任医生：全科二组　　（居民姓名见健康档案，本表仅列门牌）
日期　　时间　　　门牌地址""",
    "{0}　{1}　<<A|{2}>>",
    [("6月16日", "09:00", "成都市锦江区水井街道莲桂南路48号3栋2单元502"),
     ("6月16日", "10:00", "成都市锦江区水井街道莲桂南路48号5栋1单元101"),
     ("6月16日", "11:00", "成都市锦江区东门街21号附2号"),
     ("6月17日", "09:00", "成都市锦江区合江亭街道滨江东路17号1栋804"),
     ("6月17日", "10:00", "成都市锦江区镗钯街33号院2幢3楼"),
     ("6月17日", "11:00", "成都市锦江区书院南街9号4单元602"),
     ("6月18日", "09:00", "成都市锦江区双桂路128号锦华苑11栋1703")]))

x("address", "ko", False, table(
    """○○전자 서비스센터 — 방문 수리 일정 (6/16 월, 기사 코드 K-07)
고객명은 시스템 조회, 여기는 방문지만 표기
시간 | 방문 주소 | 제품 | 증상""",
    "{0} | <<A|{1}>> | {2} | {3}",
    [("09:00", "경기도 수원시 영통구 매영로 345, 벽산아파트 112동 1503호", "세탁기", "탈수 안 됨"),
     ("10:30", "경기도 수원시 영통구 봉영로 1612, 4층", "냉장고", "냉동실 성에"),
     ("13:00", "경기도 용인시 기흥구 구갈로 48, 한성아파트 203동 704호", "에어컨", "실외기 소음"),
     ("14:30", "경기도 수원시 팔달구 인계로 94번길 12, 2층", "TV", "화면 깜빡임"),
     ("16:00", "경기도 화성시 동탄대로 537, 동탄역 시범단지 1002동 2201호", "식기세척기", "누수")]))

x("address", "ru", False, table(
    """ООО «Метрология-Сервис» — график поверки приборов учёта воды на дому
Бригада № 4, 17.06.2025. Звонок жильцам за 30 минут до прихода.
Время    Адрес""",
    "{0}    <<A|{1}>>",
    [("09:00", "ул. Гагарина, д. 48, кв. 12"), ("09:30", "ул. Гагарина, д. 48, кв. 37"),
     ("10:00", "ул. Гагарина, д. 50, корп. 2, кв. 5"), ("10:40", "пр-т Мира, д. 117, кв. 204"),
     ("11:20", "пр-т Мира, д. 117, кв. 219"), ("12:00", "пер. Садовый, д. 3"),
     ("14:00", "ул. Пролетарская, д. 21А, кв. 8"), ("14:40", "ул. Пролетарская, д. 23, кв. 61"),
     ("15:20", "мкр. Северный, д. 9, кв. 142"), ("16:00", "мкр. Северный, д. 11, кв. 18")]) +
    "\nВсе адреса — г. Калуга.")

x("address", "tr", False, table(
    """ENERJİSA GAZ — Abonelik açma randevuları (Pendik ekibi), 16.06.2025
Randevu no | Saat  | Adres""",
    "{0} | {1} | <<A|{2}>>",
    [("RG-48219", "09:00", "Çamçeşme Mah. Yunus Emre Cad. No: 48 D: 6 Pendik/İstanbul"),
     ("RG-48220", "09:45", "Kaynarca Mah. Menekşe Sok. No: 12 D: 3 Pendik/İstanbul"),
     ("RG-48221", "10:30", "Yenişehir Mah. Lale Sok. Kardelen Sitesi B Blok No: 7 D: 14 Pendik/İstanbul"),
     ("RG-48222", "11:15", "Esenyalı Mah. Atatürk Cad. No: 201 D: 2 Pendik/İstanbul"),
     ("RG-48223", "13:30", "Güllübağlar Mah. Sakarya Sok. No: 5 Pendik/İstanbul"),
     ("RG-48224", "14:15", "Fevzi Çakmak Mah. Akasya Sok. No: 33 D: 9 Pendik/İstanbul")]))

x("address", "nl", False, table(
    """Glasvezel Zuid — installatieplanning monteur 14 (week 25)
Datum  | Tijdvak      | Adres                                      | Type""",
    "{0} | {1} | <<A|{2}>>{3}| {4}",
    [(d, t, a, " " * max(2, 43 - len(a)), ty) for d, t, a, ty in [
        ("16-06", "08:00-10:00", "Brugstraat 48, 5611 HE Eindhoven", "grondgebonden"),
        ("16-06", "10:00-12:00", "Brugstraat 50a, 5611 HE Eindhoven", "bovenwoning"),
        ("16-06", "13:00-15:00", "Kruisstraat 112, 5612 CJ Eindhoven", "grondgebonden"),
        ("17-06", "08:00-10:00", "Fazantlaan 7, 5613 CB Eindhoven", "grondgebonden"),
        ("17-06", "10:00-12:00", "Tongelresestraat 287 3-hoog, 5613 DK Eindhoven", "appartement"),
        ("17-06", "13:00-15:00", "Dorpsstraat 19, 5504 HA Veldhoven", "grondgebonden"),
        ("18-06", "08:00-10:00", "Heezerweg 402, 5643 KL Eindhoven", "grondgebonden"),
        ("18-06", "10:00-12:00", "Sint Antoniusstraat 4, 5664 RL Geldrop", "bovenwoning")]]))

x("address", "sv", False, table(
    """Hemtjänsten Majorna — körschema kväll, grupp 3 (brukare anges med nummer)
Tid    Brukare  Adress                              Insats""",
    "{0}  {1}    <<A|{2}>>{3}{4}",
    [(t, b, a, " " * max(2, 36 - len(a)), i) for t, b, a, i in [
        ("16:00", "B-14", "Karl Johansgatan 48, lgh 1102", "måltid, medicin"),
        ("16:40", "B-07", "Mariaplan 3, 2 tr", "tillsyn"),
        ("17:20", "B-21", "Allmänna vägen 19B", "måltid"),
        ("18:00", "B-03", "Bangatan 60, lgh 1301", "dusch"),
        ("18:50", "B-18", "Kungsladugårdsgatan 112", "kvällsrutin"),
        ("19:30", "B-09", "Slottsskogsgatan 7, lgh 1001", "medicin, tillsyn")]]) +
    "\nAlla adresser i Göteborg. Larmnummer till gruppledare finns i telefonen.")

x("address", "en", False, table(
    """SUNRIDGE SOLAR — install pipeline (ops export, Jun 12)
job_id,stage,street,city,state,zip,system_kw,crew""",
    "{0},{1},<<A|{2}>>,{3},{4},{5},{6},{7}",
    [("SR-48219", "permit approved", "1824 Desert Willow Dr", "Mesa", "AZ", "85204", "7.2", "B"),
     ("SR-48220", "site survey", "3310 E Palomino Rd", "Phoenix", "AZ", "85018", "9.6", "A"),
     ("SR-48222", "install scheduled", "11507 N 58th Ave", "Glendale", "AZ", "85304", "6.4", "C"),
     ("SR-48225", "inspection", "927 W Lobo Ave", "Mesa", "AZ", "85210", "8.0", "B"),
     ("SR-48227", "PTO pending", "4402 S Ash Ave, Unit 3", "Tempe", "AZ", "85282", "4.8", "A"),
     ("SR-48230", "install scheduled", "20715 E Via Del Rancho", "Queen Creek", "AZ", "85142", "11.2", "C"),
     ("SR-48231", "site survey", "6036 N 12th Pl", "Phoenix", "AZ", "85014", "7.6", "A"),
     ("SR-48233", "permit submitted", "1549 S Quinn", "Mesa", "AZ", "85206", "5.6", "B")]))

x("address", "en", False, table(
    """NBN connection bookings — technician run sheet (Ipswich QLD), Wed 18 June
Booking    Window       Premises                                      Tech type""",
    "{0}   {1}  <<A|{2}>>{3}{4}",
    [(b, w, a, " " * max(2, 46 - len(a)), t) for b, w, a, t in [
        ("NB-48219", "8am-12pm", "14 Jacaranda Street, Booval QLD 4304", "FTTP"),
        ("NB-48221", "8am-12pm", "2/48 Brisbane Road, Bundamba QLD 4304", "FTTC"),
        ("NB-48224", "8am-12pm", "Lot 7 Bremer Way, Brassall QLD 4305", "FTTP new dev"),
        ("NB-48230", "12pm-5pm", "31 Glebe Road, Newtown QLD 4305", "HFC"),
        ("NB-48233", "12pm-5pm", "Unit 5, 9 Thorn Street, Ipswich QLD 4305", "FTTB"),
        ("NB-48237", "12pm-5pm", "118 Warwick Road, Churchill QLD 4305", "FTTP")]]))

x("address", "ar", False, table(
    """جمعية البر الخيرية — كشف توزيع السلال الغذائية (المرحلة الثانية)
رقم ملف الأسرة | العنوان | عدد الأفراد""",
    "{0} | <<A|{1}>> | {2}",
    [("ف-٤٨٢١", "حي الشفا، شارع المهندس ١٢، منزل ٤٨", "٦"),
     ("ف-٤٨٢٢", "حي الشفا، شارع النخيل، عمارة ٧، شقة ٣", "٤"),
     ("ف-٤٨٢٥", "حي العزيزية، طريق الأمير محمد، منزل ١١٥", "٨"),
     ("ف-٤٨٣٠", "حي الدار البيضاء، شارع ٢٩، منزل ٢٠٧", "٥"),
     ("ف-٤٨٣٣", "حي بدر، شارع أبي عبيدة، عمارة ٢، شقة ١٢", "٣"),
     ("ف-٤٨٣٦", "حي المروة، ممر ٤، منزل ١٩", "٧")]))

x("address", "hi", False, table(
    """इंडेन गैस — घरेलू सिलेंडर डिलीवरी सूची, रूट 5 (गुरुवार)
उपभोक्ता सं. | पता | सिलेंडर""",
    "{0} | <<A|{1}>> | {2}",
    [("IN-482193", "मकान नं. 14, गली नं. 2, आदर्श नगर, जयपुर 302004", "1"),
     ("IN-482205", "प्लॉट 48-ए, शांति विहार, मालवीय नगर, जयपुर 302017", "1"),
     ("IN-482217", "फ्लैट 302, साईं अपार्टमेंट, टोंक रोड, जयपुर 302015", "2"),
     ("IN-482230", "म. नं. 7/112, विद्याधर नगर, जयपुर 302039", "1"),
     ("IN-482241", "ग्राम बगरू, वार्ड नं. 9, मंदिर के पास, जयपुर 303007", "1")]))

x("address", "th", False, table(
    """สายส่งน้ำดื่ม รอบเช้า (วันพุธ) — คนขับ: รหัส ๐๗
ลำดับ | ที่อยู่ | จำนวนถัง""",
    "{0} | <<A|{1}>> | {2}",
    [("๑", "๔๘/๑๒ ซอยลาดพร้าว ๗๑ แขวงสะพานสอง เขตวังทองหลาง กรุงเทพฯ ๑๐๓๑๐", "๓"),
     ("๒", "๑๙๓/๕ หมู่บ้านเสนานิเวศน์ ถนนนวมินทร์ แขวงคลองกุ่ม เขตบึงกุ่ม กรุงเทพฯ ๑๐๒๔๐", "๒"),
     ("๓", "๗๐๕ ซอยโชคชัย ๔ แยก ๒๘ แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพฯ ๑๐๒๓๐", "๔"),
     ("๔", "คอนโดลุมพินี วิลล์ ตึก C ห้อง ๘๑๒ ถนนประเสริฐมนูกิจ กรุงเทพฯ ๑๐๒๓๐", "๑"),
     ("๕", "๑๑/๓ ซอยรามอินทรา ๓๙ แขวงท่าแร้ง เขตบางเขน กรุงเทพฯ ๑๐๒๒๐", "๒")]))

x("address", "vi", False, table(
    """DANH SÁCH LẮP ĐẶT INTERNET — đội kỹ thuật 3, Đà Nẵng, ngày 16/06/2025
STT | Mã hợp đồng | Địa chỉ lắp đặt""",
    "{0} | {1} | <<A|{2}>>",
    [("1", "HD-482193", "K48/12 Hoàng Diệu, phường Phước Ninh, quận Hải Châu"),
     ("2", "HD-482207", "Số 71 Nguyễn Văn Thoại, phường An Hải Đông, quận Sơn Trà"),
     ("3", "HD-482215", "Tổ 19, kiệt 203 Tôn Đức Thắng, phường Hòa Minh, quận Liên Chiểu"),
     ("4", "HD-482226", "Lô B2-48 khu đô thị Nam Việt Á, phường Khuê Mỹ, quận Ngũ Hành Sơn"),
     ("5", "HD-482238", "Căn hộ 1204, chung cư Monarchy, 258 Trần Hưng Đạo, quận Sơn Trà")]))

x("address", "en", False, """ADDRESS VALIDATION REPORT — batch 0612 (mailing of annual statements), corrected entries only
Each record: as entered  →  as standardised (line 1 / line 2 / last line)

#0041  "<<A|4821 n lincoln ave apt 3f chicago 60625>>"
       <<A|4821 N LINCOLN AVE>>
       <<A|APT 3F>>
       <<A|CHICAGO IL 60625-2017>>
#0057  "<<A|po box 1937 bozeman mt>>"
       <<A|PO BOX 1937>>
       <<A|BOZEMAN MT 59771-1937>>
#0063  "<<A|77 harborview terr, unit 12, portland me 04101>>"
       <<A|77 HARBORVIEW TER>>
       <<A|UNIT 12>>
       <<A|PORTLAND ME 04101-4419>>
#0098  "<<A|rr 2 box 48 tupelo>>"
       <<A|1148 COUNTY ROAD 1482>>
       <<A|TUPELO MS 38804-8610>>
#0112  "<<A|2300 s congress #208 austin>>"
       <<A|2300 S CONGRESS AVE>>
       <<A|STE 208>>
       <<A|AUSTIN TX 78704-5501>>
Records that could not be matched were returned to the client services team.""")

x("address", "de", False, """Nachsendeaufträge — interne Liste der Hausverwaltung Rhein-Main (Auszug Juni)
Mieter-Nr.  alte Anschrift                                   → neue Anschrift
M-04821     <<A|Schweizer Straße 48, 60594 Frankfurt am Main>>    → <<A|Am Weingarten 12, 65185 Wiesbaden>>
M-04907     <<A|Textorstraße 7, 1. OG rechts, 60594 Frankfurt>>   → <<A|Lindenweg 3a, 63263 Neu-Isenburg>>
M-05113     <<A|Mörfelder Landstraße 112, 60598 Frankfurt>>        → <<A|Hauptstraße 19, 64572 Büttelborn>>
M-05240     <<A|Gartenstraße 23, Dachgeschoss, 60594 Frankfurt>>   → c/o <<A|Seniorenresidenz Taunusblick, Zimmer 214, Am Kurpark 4, 61462 Königstein>>
M-05302     <<A|Offenbacher Landstraße 277, 60599 Frankfurt>>      → unbekannt verzogen""")

x("address", "pt", False, """CTT — Registos não entregues, devolvidos ao remetente (Junta de Freguesia de Arroios), semana 24
Registo            Morada do destinatário                                            Motivo
RR048219370PT      <<A|Rua Maria Andrade 48, 3.º Esq., 1170-216 Lisboa>>                    ausente
RR048219384PT      <<A|Avenida Almirante Reis 112, 5.º Dto., 1150-020 Lisboa>>              mudou-se
RR048219398PT      <<A|Travessa do Monte 7, r/c, 1170-251 Lisboa>>                          endereço insuficiente
RR048219401PT      <<A|Rua Pascoal de Melo 84, 2.º, 1170-291 Lisboa>>                       não reclamado
RR048219415PT      <<A|Bairro das Colónias, Rua de Angola 19, 1.º, 1170-019 Lisboa>>        ausente""")

x("address", "it", False, """Elenco raccomandate A/R in giacenza — Ufficio postale Napoli 32 (al 12/06/2025)
Codice        Indirizzo del destinatario
15482193705   <<A|via Toledo 256, scala C, int. 14, 80134 Napoli>>
15482193719   <<A|vico Lungo Teatro Nuovo 48, 80134 Napoli>>
15482193723   <<A|piazza Carità 3, 80134 Napoli>>
15482193737   <<A|via Chiaia 149/d, 80121 Napoli>>
15482193741   <<A|salita Pontecorvo 71, 80135 Napoli>>
15482193755   <<A|corso Vittorio Emanuele 482, 80121 Napoli>>
Ritiro entro 30 giorni, poi restituzione al mittente.""")

x("address", "ja", False, """ふるさと納税　返礼品発送リスト（第12便・クール便）
受付番号　　　　配送先住所
FN-2025-04821　<<A|北海道札幌市中央区南3条西8丁目7-2　サンシティ札幌1204>>
FN-2025-04822　<<A|埼玉県さいたま市浦和区高砂2-14-9>>
FN-2025-04827　<<A|千葉県船橋市本町4-31-18　船橋グランハイツ301>>
FN-2025-04830　<<A|兵庫県神戸市東灘区御影中町1-12-5>>
FN-2025-04833　<<A|広島県広島市中区大手町3-7-11-805>>
FN-2025-04839　<<A|沖縄県那覇市久茂地2-19-3>>
※お届け先氏名は別シートを参照""")

x("address", "zh", False, """骑手端 · 今日已完成订单（仅显示地址）
11:02  <<A|海淀区中关村南大街48号院3号楼2单元601>>  麻辣香锅
11:24  <<A|海淀区魏公村路12号民族大学西门对面小区7号楼1102>>  盖浇饭
11:51  <<A|海淀区紫竹院路98号院4号楼805>>  奶茶×3
12:17  <<A|西城区车公庄大街9号院五栋大楼B座1206>>  轻食
12:40  <<A|海淀区北洼路30号院1号楼3门402>>  饺子
13:05  <<A|海淀区西直门北大街32号枫蓝国际A座2109>>  咖啡""")

x("address", "ko", False, """포장이사 견적 요청 목록 (6월 셋째 주)
견적번호 | 출발지 | 도착지 | 평형
MV-4821 | <<A|서울 은평구 통일로 1020, 북한산힐스테이트 7차 703동 1102호>> | <<A|경기 고양시 덕양구 삼송로 222, 삼송아이파크 2단지 208동 504호>> | 32평
MV-4822 | <<A|서울 송파구 올림픽로 135, 잠실엘스 118동 2003호>> | <<A|경기 하남시 미사강변대로 95, 1402호>> | 25평
MV-4825 | <<A|인천 연수구 송도과학로 85, 송도 더샵 103동 3507호>> | <<A|서울 강서구 마곡중앙로 161-8, 906호>> | 18평""")

x("address", "ro", False, """Asociația de Proprietari Bl. C12 — lista apartamentelor cu restanțe la întreținere (afișată fără nume, conform GDPR)
<<A|Str. Brâncoveanu nr. 48, bl. C12, sc. A, ap. 3>> — 2 luni
<<A|Str. Brâncoveanu nr. 48, bl. C12, sc. A, ap. 11>> — 4 luni
<<A|Str. Brâncoveanu nr. 48, bl. C12, sc. B, ap. 27>> — 1 lună
<<A|Str. Brâncoveanu nr. 48, bl. C12, sc. B, ap. 36>> — 3 luni
<<A|Str. Brâncoveanu nr. 48, bl. C12, sc. C, ap. 52>> — 6 luni (notificat)
Termen de plată: 30 iunie.""")

x("address", "cs", False, """Odečty vodoměrů — dům <<A|Vinohradská 48/1937, Praha 2>> (sestava pro správce)
Byt                                   SV (m³)   TV (m³)
<<A|Vinohradská 1937/48, byt č. 1, přízemí>>    48,21     19,37
<<A|Vinohradská 1937/48, byt č. 4, 1. patro>>   37,05     12,48
<<A|Vinohradská 1937/48, byt č. 7, 2. patro>>   61,90     22,14
<<A|Vinohradská 1937/48, byt č. 12, 4. patro>>  29,33     10,02
<<A|Vinohradská 1937/48, byt č. 14, podkroví>>  18,75      7,61""")

x("address", "hu", False, """Kéményseprő-ipari Kft. — sormunka ütemezés, Debrecen, 2025. június 17.
Időpont   Cím
08:00     <<A|4024 Debrecen, Piac utca 48. II/7.>>
08:30     <<A|4024 Debrecen, Piac utca 48. III/12.>>
09:15     <<A|4025 Debrecen, Simonffy utca 19/A>>
10:00     <<A|4026 Debrecen, Bethlen utca 7. fsz. 2.>>
10:45     <<A|4032 Debrecen, Egyetem sugárút 112.>>
11:30     <<A|4031 Debrecen, István út 14. IV/31.>>""")

x("address", "ar", False, """طلبات التوصيل — مطبخ أم يوسف البيتي (القاهرة)
١) <<A|شقة ١٢، الدور الرابع، ٤٨ شارع الثورة، مصر الجديدة>>
٢) <<A|٧ شارع عباس العقاد، الحي السابع، مدينة نصر>>
٣) <<A|عمارة ١٩، مساكن شيراتون، شقة ٥، النزهة>>
٤) <<A|فيلا ١١٢، التجمع الخامس، الحي الأول، القاهرة الجديدة>>
٥) <<A|١٤ شارع البطل أحمد عبد العزيز، المهندسين، الجيزة>>
الدفع عند الاستلام.""")

x("address", "id", False, """MANIFEST PENGIRIMAN JNE — Agen Sumber Rejeki, Yogyakarta (12/06/2025)
No. Resi          Alamat Penerima
CGK48219370561    <<A|Jl. Kaliurang Km 5,6, Gg. Pandega Siwi No. 12, Caturtunggal, Depok, Sleman 55281>>
CGK48219370575    <<A|Perum Griya Harapan Blok C-7, Jl. Wonosari Km 9, Sendangtirto, Berbah, Sleman 55573>>
CGK48219370589    <<A|Jl. Parangtritis No. 148, Mantrijeron, Yogyakarta 55143>>
CGK48219370592    <<A|Dusun Krapyak RT 04/RW 12, Wedomartani, Ngemplak, Sleman 55584>>
CGK48219370606    <<A|Apartemen Mataram City Tower A Lt. 9 No. 12, Jl. Palagan Tentara Pelajar, Sleman>>""")

x("address", "el", False, """Λίστα διευθύνσεων για τις κάρτες Χριστουγέννων του συλλόγου (χωρίς ονόματα, τα ονόματα στο μητρώο)
<<A|Αγίου Δημητρίου 48>>
<<A|546 31 Θεσσαλονίκη>>

<<A|Μητροπόλεως 112, 4ος όροφος>>
<<A|546 22 Θεσσαλονίκη>>

<<A|Κομνηνών 7>>
<<A|552 36 Πανόραμα>>

<<A|Τ.Θ. 1937>>
<<A|570 01 Θέρμη>>""")

x("address", "he", False, """רשימת משלוחים — חנות הספרים של השכונה (יום ה')
1. <<A|רחוב הרב קוק 48, דירה 3, רחובות>>
2. <<A|שדרות בן גוריון 112, קומה 5, רחובות>>
3. <<A|רחוב יעקב 7, כניסה ב', נס ציונה>>
4. <<A|רחוב הנשיא 19 דירה 14, רחובות>>
5. <<A|ת.ד. 1937, גדרה>>
משלוח עד הבית 20 ₪.""")

x("address", "es", False, """Reciclaje a domicilio — Ruta martes, Barrio Laureles (Medellín). Recolector: cuadrilla 3
Dirección                                           Material
<<A|Circular 73B # 39B-48, apto 301>>                     cartón, vidrio
<<A|Carrera 76 # 33A-12, casa>>                           PET
<<A|Circular 1 # 70-19, interior 104>>                    papel de archivo
<<A|Transversal 39B # 74-30, apto 1202>>                  cartón
<<A|Calle 34 # 76-86, edificio Los Pinos, apto 502>>      vidrio, latas
<<A|Carrera 80 # 37-115, casa 4>>                         aceite usado
<<A|Circular 76 # 37-20, apto 201>>                       PET, cartón""")

x("address", "es", False, """Consorcio <<A|Av. Rivadavia 4821>> — liquidación de expensas junio 2025 (unidades funcionales)
UF   Unidad                                   Porcentual   Total
01   <<A|Av. Rivadavia 4821, PB A>>                  4,12 %      $ 96.380
02   <<A|Av. Rivadavia 4821, PB B>>                  3,87 %      $ 90.540
07   <<A|Av. Rivadavia 4821, 3° A>>                  5,20 %      $ 121.650
08   <<A|Av. Rivadavia 4821, 3° B>>                  5,20 %      $ 121.650
13   <<A|Av. Rivadavia 4821, 6° C>>                  4,95 %      $ 115.800
14   <<A|Av. Rivadavia 4821, 7° A>> (azotea)       6,01 %      $ 140.600
Administración: Estudio Paz & Asociados (CABA).""")

x("address", "fr", False, """Déneigement résidentiel — liste des entrées, secteur Rosemont (saison 2025-2026)
<<A|4821, rue de Bordeaux, app. 3>>
<<A|Montréal (Québec)  H2H 2A1>>
  entrée double, pas de sel près du gazon

<<A|6210, 12e Avenue>>
<<A|Montréal (Québec)  H1X 3A7>>
  ruelle arrière aussi

<<A|5544, boulevard Saint-Michel, bureau du rez-de-chaussée non, logement 2>>
<<A|Montréal (Québec)  H1Y 2C9>>

<<A|3017, rue Beaubien Est>>
<<A|Montréal (Québec)  H1Y 1H2>>
  voiture souvent stationnée devant — sonner""".replace("<<A|5544, boulevard Saint-Michel, bureau du rez-de-chaussée non, logement 2>>", "<<A|5544, boulevard Saint-Michel, logement 2>>"))

x("address", "en", False, """Bin collection — private subscriptions, Route B (Cork city north), Thursday lift
Eircode    Address
T23 X4K8   <<A|14 Blarney Street, Sunday's Well, Cork>>
T23 R2W9   <<A|Apt 7, Shandon Court, Church Street, Cork>>
T23 Y6P1   <<A|"Lios na Gréine", Old Youghal Road, Mayfield, Cork>>
T23 H3F5   <<A|22 Montenotte Park, Cork>>
T23 K9D2   <<A|3 Ardmanning Terrace, Gurranabraher, Cork>>
T23 E8N4   <<A|48 Cathedral Road, Cork>>
Missed lifts: report via the app by Friday noon.""".replace('<<A|"Lios na Gréine", Old Youghal Road, Mayfield, Cork>>', '"<<A|Lios na Gréine>>", <<A|Old Youghal Road, Mayfield, Cork>>'))

x("address", "en", False, """Kai Ngākau Meals — delivery run, Hutt Valley (drivers: tick when dropped)
[ ] <<A|48 Waiwhetu Road, Fairfield, Lower Hutt 5011>> — gate on the left
[ ] <<A|Flat 2, 19 Pretoria Street, Lower Hutt 5010>>
[ ] <<A|7 Tuatoru Street, Eastbourne 5013>> — leave in chilly bin
[ ] <<A|112A Waterloo Road, Hutt Central, Lower Hutt 5010>>
[ ] <<A|5 Pōmare Crescent, Naenae, Lower Hutt 5011>>
[ ] <<A|31 Stokes Valley Road, Stokes Valley 5019>>""")

x("address", "uk", False, """Волонтерський штаб — доставка продуктових наборів (Харків, 17.06)
№   Адреса                                                   Набір
1   <<A|вул. Героїв Праці, 48, кв. 112>>                            стандарт
2   <<A|просп. Тракторобудівників, 97, під'їзд 3, кв. 54>>         дитячий
3   <<A|вул. Клочківська, 19, кв. 7>>                               стандарт
4   <<A|пров. Гоголя, 3>>                                            для людей похилого віку
5   <<A|вул. Академіка Павлова, 144, корп. 2, кв. 31>>              стандарт""")

x("address", "tl", False, """Listahan ng mga bahay para sa house-to-house na bakuna (Purok 1–3), Barangay Malanday
1. <<A|48 Sampaguita St., Purok 1, Brgy. Malanday, Marikina City>>
2. <<A|Blk 7 Lot 19, Ilang-Ilang St., Purok 2, Brgy. Malanday, Marikina City>>
3. <<A|112 Gen. Ordoñez Ave., Purok 2, Brgy. Malanday, Marikina City>>
4. <<A|Unit 3B, Lakeview Townhomes, 5 Rosal St., Purok 3, Brgy. Malanday, Marikina City>>
5. <<A|21 Camia St., Purok 3, Brgy. Malanday, Marikina City>>
Dalhin ang vaccination card.""")

x("address", "ms", False, """Senarai penghantaran bubur lambuk — Masjid Al-Hidayah (Ramadan)
1) <<A|No. 48, Jalan Mawar 3, Taman Sri Muda, 40400 Shah Alam>>
2) <<A|No. 12A, Lorong Kenanga 7, Taman Sri Muda, 40400 Shah Alam>>
3) <<A|Blok C-3-12, Pangsapuri Seri Kenari, Seksyen 25, 40400 Shah Alam>>
4) <<A|No. 7, Jalan Anggerik 2/25, Taman Sri Muda, 40400 Shah Alam>>
5) <<A|Lot 1937, Kampung Jalan Kebun, 41000 Klang>>""")

x("address", "da", False, """Fjernvarme — selvaflæsning ikke modtaget, måler skal aflæses af tekniker (uge 25)
Målernr.    Adresse
FV-482193   <<A|Skovvej 48, 8600 Silkeborg>>
FV-482207   <<A|Søndergade 19, 1. tv., 8600 Silkeborg>>
FV-482215   <<A|Bakkevej 7, Virklund, 8600 Silkeborg>>
FV-482226   <<A|Vestergade 112, st., 8600 Silkeborg>>
FV-482238   <<A|Lyngbakken 3, 8620 Kjellerup>>""")

x("address", "fa", False, """فهرست آدرس‌ها برای توزیع بسته‌های مدرسه (بدون نام دانش‌آموز)
۱. <<A|مشهد، بلوار وکیل‌آباد، وکیل‌آباد ۲۴، پلاک ۴۸، واحد ۳>>
۲. <<A|مشهد، بلوار سجاد، خیابان بهار ۱۲، پلاک ۷>>
۳. <<A|مشهد، خیابان احمدآباد، کوچه پروین ۵، پلاک ۱۱۲، طبقه دوم>>
۴. <<A|مشهد، بلوار هاشمیه، هاشمیه ۳۳، مجتمع یاس، واحد ۱۴>>""")

x("address", "lt", False, """Šildymo sistemos patikros grafikas — Kaunas, birželio 18 d.
08:00  <<A|Savanorių pr. 48-12, Kaunas>>
08:40  <<A|Savanorių pr. 48-19, Kaunas>>
09:20  <<A|Vytauto pr. 7-3, Kaunas>>
10:00  <<A|Kęstučio g. 112-5, Kaunas>>
10:40  <<A|Gedimino g. 19A-2, Kaunas>>
11:20  <<A|Laisvės al. 33-14, Kaunas>>""")

x("address", "no", False, """Snøbrøyting privat — rodeliste Tromsø sentrum/Hamna (vinter 2025/26)
<<A|Storgata 48, 9008 Tromsø>>               — innkjørsel + trapp
<<A|Hamnavegen 19B, 9020 Tromsdalen>>       — kun innkjørsel
<<A|Kirkegata 7, leil. 3, 9008 Tromsø>>       — fortau foran
<<A|Grønnegata 112, 9008 Tromsø>>           — innkjørsel, strøing
<<A|Skogvegen 4, 9015 Tromsø>>              — innkjørsel""")

x("address", "sk", False, """Východoslovenská distribučná — výmena elektromerov, technik T-19, 18. 6. 2025
Odberné miesto (adresa)                         Čas
<<A|Hlavná 48, byt 12, 040 01 Košice>>                   08:00
<<A|Mlynská 7, 040 01 Košice>>                           08:45
<<A|Tr. SNP 61, vchod B, byt 33, 040 11 Košice>>         09:30
<<A|Rastislavova 112, 040 01 Košice>>                    10:15
<<A|Popradská 19, 3. poschodie, 040 11 Košice>>          11:00
<<A|Slanec 204, 044 17 Slanec>>                          13:00
Zákazníkov informujte SMS deň vopred.""")

x("address", "es", False, """RUTA DE DESPACHO — Bodega Ñuñoa, camión 3 (Santiago), miércoles 18/06
Guía    Dirección de entrega
G-48219 <<A|Av. Providencia 1482, depto. 1203, Providencia, Santiago>>
G-48220 <<A|Pasaje Los Castaños 0471, La Florida, Santiago>>
G-48223 <<A|Calle Suecia 84, oficina no — casa 2, Ñuñoa>>
G-48226 <<A|Av. Irarrázaval 3301, torre B, depto. 507, Ñuñoa>>
G-48230 <<A|Los Militares 5890, depto. 1402, Las Condes>>
G-48231 <<A|Camino El Alba 9160, casa 12, condominio Los Robles, Las Condes>>""".replace("<<A|Calle Suecia 84, oficina no — casa 2, Ñuñoa>>", "<<A|Calle Suecia 84, casa 2, Ñuñoa>>"))

x("address", "fi", False, """Kotihoito Itä — iltakäynnit ti 17.6. (asiakkaat numerolla, nimet asiakasjärjestelmässä)
16.00  A-112  <<A|Itäkeskuksen tori 3 B 41, 00930 Helsinki>>
16.45  A-087  <<A|Kallvikintie 28 A 5, 00980 Helsinki>>
17.30  A-140  <<A|Vuotie 45 C 18, 00980 Helsinki>>
18.15  A-061  <<A|Kontulankaari 1 D 64, 00940 Helsinki>>
19.00  A-133  <<A|Rastilan leirintäalue, mökki 12, Karavaanikatu 4, 00980 Helsinki>>
Ovikoodit asiakaskortissa.""")

x("address", "bg", False, """Пекарна „Добруджа“ — сутрешна доставка до домове (абонамент), Варна
1. <<A|ул. „Цар Симеон I“ № 48, ет. 3, ап. 7>>
2. <<A|бул. „Владислав Варненчик“ № 112, вх. А, ап. 19>>
3. <<A|ж.к. „Младост“, бл. 129, вх. 2, ет. 5, ап. 48>>
4. <<A|ул. „Дебър“ № 7>>
5. <<A|кв. „Виница“, ул. „Черно море“ № 31>>
Оставяйте торбичката на дръжката на вратата.""")

x("address", "en", False, """HOLIDAY CARDS — returned as undeliverable, please check and re-send (names removed for the volunteer team)
Card 3:
<<A|1290 Alder Street>>
<<A|Apt 4B>>
<<A|Eugene OR 97401>>
Card 9:
<<A|PO Box 482>>
<<A|Sisters OR 97759>>
Card 14:
<<A|77 Lakeshore Drive>>
<<A|Unit 12>>
<<A|Madison WI 53703>>
Card 21:
<<A|5610 Rural Route 2>>
<<A|Ames IA 50010>>""")


# =============================================================================================
# 7. OTHER: e-mails, IPs, MACs, cards, IBANs, SSNs, URLs with credentials
# =============================================================================================
V["iban_es"] = iban("ES", "21000418450200731956")
V["iban_it"] = iban("IT", "M0306909606100000071934")
V["iban_nl"] = iban("NL", "RABO0317596284")
V["iban_pl"] = iban("PL", "109024020000000482193705")
V["iban_tr"] = iban("TR", "0006200048219000006291")
V["iban_sa"] = iban("SA", "10000001482193705612")
V["iban_de"] = iban("DE", "430609671048219370")
V["iban_fr"] = iban("FR", "30004008190001048219370")
V["iban_gb"] = iban("GB", "BARC20321548219370")
V["iban_be"] = iban("BE", "063482193705")
V["card_visa"] = card("453201739184620")
V["card_amex"] = card("37482193705612", (4, 6, 5))
V["card_up"] = card("621483021948375621", (4, 4, 4, 4, 3))
V["card_mir"] = card("220070014821937")
V["card_mc"] = card("545301482193705", (4, 4, 4, 4), "")
V["card_jcb"] = card("353048219370561")
V["ssn_a"] = ssn("618", "40", "2291", " ")
V["ssn_b"] = ssn("529", "83", "1046", "")

x("other", "en", False, """UniFi Network — Clients (export 12/06/2025 09:14)
Name               IP Address      MAC Address          AP              Experience
Maya-iPhone        <<IP|192.168.10.41>>   <<MAC|3c:22:fb:48:21:93>>    AP-Hall         98%
DESKTOP-JOSH-PC    <<IP|192.168.10.57>>   <<MAC|a4:83:e7:19:37:0c>>    AP-Office       91%
Galaxy-Tab-A7      <<IP|192.168.10.63>>   <<MAC|f0:6e:0b:82:91:4d>>    AP-Kitchen      76%
(Guest network 10.99.0.0/24 not shown)""")

x("other", "de", False, """Ereignisse (FRITZ!Box 7590) — 12.06.25
08:14:02  WLAN-Gerät angemeldet (5 GHz), 866 Mbit/s, Lenas-iPad, IP <<IP|192.168.178.34>>, MAC <<MAC|9C:F3:87:41:22:0B>>.
08:16:47  Anmeldung der IP-Telefonie mit der Rufnummer 0561484821 war erfolgreich.
08:21:10  Anmeldung an der FRITZ!Box-Benutzeroberfläche von IP-Adresse <<IP|192.168.178.52>> fehlgeschlagen (falsches Kennwort).
08:30:00  Internetverbindung wurde erfolgreich hergestellt. IP-Adresse: <<IP|91.48.219.37>>, DNS-Server: 1.1.1.1 und 8.8.8.8""".replace("Rufnummer 0561484821", "Rufnummer <<P|0561484821>>"))

x("other", "fr", False, """<<IP|86.247.19.83>> - - [12/Jun/2025:10:02:41 +0200] "GET /compte/confirmer?email=<<E|helene.vasseur73@orange.fr>>&lang=fr HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Linux; Android 14)"
<<IP|86.247.19.83>> - - [12/Jun/2025:10:02:58 +0200] "POST /compte/adresse HTTP/1.1" 302 0 "-" "Mozilla/5.0 (Linux; Android 14)"
<<IP|2a01:cb08:8c4:a200:5d1e:9f3b:21c4:7e08>> - - [12/Jun/2025:10:03:12 +0200] "GET /panier HTTP/2" 200 8841""")

x("other", "es", False, """Solicitud de reembolso de gastos — Club de Montaña Peñalara
Nombre: <<N|Nerea Aguirre Sáez>>
Concepto: gasolina salida a Gredos (3 coches), 64,80 €
IBAN para el abono: <<I|{{=iban_es}}>>
Titular de la cuenta: la misma
Firma y fecha: 10/06/2025""")

x("other", "it", False, """MANDATO PER ADDEBITO DIRETTO SEPA (SDD Core) — palestra Fit&Fun, Torino
Nome del debitore: <<N|Davide Ferrero>>
Indirizzo: <<A|corso Vittorio Emanuele II 148, 10128 Torino>>
Codice IBAN del debitore: <<I|{{=iban_it}}>>
Codice identificativo del creditore: IT48ZZZ0000098204819370
Tipo di pagamento: ricorrente""")

x("other", "en", False, """DIRECT DEPOSIT AUTHORIZATION — Harbor Freight Logistics (HR use only)
Employee: <<N|Tamika Renee Holloway>>
SSN: <<S|{{=ssn_a}}>>
Home address: <<A|3921 Magnolia Bend Drive, Baton Rouge, LA 70816>>
Bank: Red River Credit Union   Routing no.: 265473812   Account no.: 48219370561 (checking)
Amount: 100% of net pay""")

x("other", "en", False, """Return-Path: <<<E|sam.oduya@btinternet.com>>>
Received: from [<<IP|81.154.27.203>>] (helo=SamsLaptop) by mx.btinternet.com with esmtpa
From: <<N|Sam Oduya>> <<<E|sam.oduya@btinternet.com>>>
To: lettings@harbourside-lettings.co.uk
Subject: Viewing on Saturday — flat 3""")

x("other", "pt", False, """Oi gente! Vaquinha pro presente da professora <<N|Cláudia>>: R$ 25 por família.
Chave PIX (e-mail): <<E|renata.albuquerque.rj@gmail.com>>
ou PIX celular: <<P|+55 21 98482-1937>>
Mandem o comprovante aqui no grupo, por favor. <<N|Renata>> (mãe da <<N|Helena>>)""")

x("other", "nl", False, """Tikkie van <<N|Joost>>: Pizza vrijdag 🍕 — €12,50 p.p.
Liever overmaken? Rekening <<I|{{=iban_nl}}>> t.n.v. <<N|J. Brouwer>>
Betaal vóór zondag, anders koop ik volgende keer geen extra knoflookbrood.""")

x("other", "pl", False, """Dzień dobry, w nawiązaniu do zwrotu kaucji proszę o przelew na moje konto:
<<I|{{=iban_pl}}>>
odbiorca: <<N|Karolina Jasińska>>, <<A|ul. Słowackiego 14/3, 30-018 Kraków>>
tytuł: zwrot kaucji — mieszkanie <<A|Dietla 48>>""")

x("other", "tr", False, """<<N|Efe>>: kira payını hangi hesaba atayım?
<<N|Deniz Aydemir>>: <<I|{{=iban_tr}}>> Deniz Aydemir adına
<<N|Efe>>: attım 👍""".replace("Deniz Aydemir adına", "<<N|Deniz Aydemir>> adına"))

x("other", "ar", False, """السلام عليكم، هذا رقم الآيبان لتحويل مبلغ الجمعية:
<<I|{{=iban_sa}}>>
باسم <<N|لمياء عبدالرحمن الدوسري>>
وأرجو إرسال صورة الحوالة بعد التحويل.""")

x("other", "en", False, """Live chat · Coastline Holiday Parks (booking CHP-70412)
Agent <<N|Bethany>>: I can take the balance over chat if that's easier.
You: ok it's <<C|{{=card_amex}}>> exp 09/28
Agent <<N|Bethany>>: Thanks! Please don't send the CVC here — I'll call you for that.""")

x("other", "ja", False, """お支払い情報（ご入力内容の確認）
カード名義　<<N|KENJI MATSUDA>>
カード番号　<<C|{{=card_jcb}}>>
有効期限　　08/29
ご請求先住所　<<A|〒770-0852　徳島県徳島市徳島町2丁目14-3>>""")

x("other", "zh", False, """<<N|郝建平>>：房租打这张卡：<<C|{{=card_up}}>>，工商银行，户名<<N|郝建平>>
<<N|邱静>>：好的，下午转""")

x("other", "ru", False, """<<N|Никита>>: скинь номер карты, переведу за билеты
<<N|Вера Соколова>>: <<C|{{=card_mir}}>> Сбер
<<N|Никита>>: перевёл 4 800""")

x("other", "en", False, """IT-4821 · Laptop keeps dropping off VPN
Reporter: <<N|Gwen Harlow>> (<<E|gwen.harlow@kestrel-dental.co.uk>>)
Device: KD-LT-0193 (ThinkPad T14), Wi-Fi MAC <<MAC|84-1B-77-4C-82-19>>, Ethernet MAC <<MAC|E8-6A-64-93-70-5D>>
Last seen from <<IP|172.22.14.87>> (branch Wi-Fi), public IP at home <<IP|82.31.148.219>>
Assigned to: <<N|Femi Adeyinka>>""")

x("other", "de", False, """Von: Dr. <<N|Anja Lindqvist-Hoffmann>> <<<E|a.lindqvist-hoffmann@klinikum-am-see.de>>>
Gesendet: Donnerstag, 12. Juni 2025 18:04
An: <<E|anja.lh@posteo.de>>
Cc: sekretariat.derma@klinikum-am-see.de
Betreff: WG: Dienstplan Juli — an meine private Adresse, ich bin nächste Woche im Urlaub""")

x("other", "en", False, """Scanner setup (Ricoh MP C3004, reception) — Scan to folder/FTP
Destination 1: <<U|ftp://scan-recep:Ric0h-Scan!48@192.168.20.15/scans/reception>>
Destination 2: \\\\NAS01\\scans (user: scan-recep)
Sender e-mail: scanner@kestrel-dental.co.uk""")

x("other", "en", False, """Live chat — Fibrenet support
You: my router says IPv6 is up but nothing loads
Agent <<N|Priya>>: I can see your router on <<IP|2a02:c7c:4821:9300:1e2b:3cff:fe48:2193>> and your WAN IPv4 is <<IP|86.14.203.77>>.
Agent <<N|Priya>>: Could you reboot it and tell me the MAC on the sticker?
You: <<MAC|1C:3B:F3:48:21:93>>""")

x("other", "en", False, """MORTGAGE APPLICATION — co-borrower section (page 3 of 9)
Name: <<N|Luis Alberto Cervantes>>
Social Security Number: <<S|{{=ssn_b}}>>
Date of Birth: <<D|04/11/1983>>
Present address: <<A|7710 Sagebrush Court, Las Cruces, NM 88012>>   Own ☐ Rent ☒   Years: 4""")

x("other", "fr", False, """Bonjour <<N|Maxime>>,
Pour le remboursement du week-end à Annecy (87,40 €), voici mon RIB :
IBAN : <<I|{{=iban_fr}}>>
BIC : CEPAFRPP751
Merci ! <<N|Clémence>>""")

x("other", "en", False, """hey, can you send the £40 for the festival ticket to my account?
Name: <<N|Ollie Brennan>>
IBAN <<I|{{=iban_gb}}>> (or sort code 20-32-15, acct 48219370 if your app wants that)
cheers""")

x("other", "nl", False, """Beste <<N|Lotte>>,
Graag ontvang ik de waarborg terug op mijn Belgische rekening <<I|{{=iban_be}}>> (<<N|Wouter Claeys>>).
Mijn nieuwe adres: <<A|Kasteeldreef 14 bus 2, 8200 Brugge>>.
Groeten, <<N|Wouter>>""")

x("other", "de", False, """Hallo <<N|Frau Keller>>, die Kaution überweisen Sie bitte auf mein Konto bei der Sparkasse:
<<I|{{=iban_de}}>>, Kontoinhaber <<N|Bernd Achterberg>>. Die Schlüsselübergabe machen wir am 30.06. um 17 Uhr.""".replace("<<N|Frau Keller>>", "Frau <<N|Keller>>"))

x("other", "en", False, """order_id,customer,email,card,exp,status
SO-48219,<<N|Wren Caldwell>>,<<E|wren.caldwell@icloud.com>>,<<C|{{=card_visa}}>>,11/27,captured
SO-48220,<<N|Ibrahim Sesay>>,<<E|i.sesay88@yahoo.co.uk>>,<<C|{{=card_mc}}>>,03/26,declined""")

# --- other: hard negatives ---------------------------------------------------------------------
x("other", "en", True, """Get in touch — Harbourside Lettings
Questions about a viewing: viewings@harbourside-lettings.co.uk · Repairs: repairs@harbourside-lettings.co.uk
Rent and deposits: accounts@harbourside-lettings.co.uk · Vacancies: jobs@harbourside-lettings.co.uk
This message was sent from an unmonitored address (noreply@harbourside-lettings.co.uk).""")

x("other", "en", True, """Network design notes (example values from RFC 5737 / RFC 3849):
Give the web server 192.0.2.10, the mail relay 198.51.100.25 and the test client 203.0.113.77.
IPv6 prefix 2001:db8:48::/48, router 2001:db8:48::1. Netmask 255.255.255.0; internal range 10.0.0.0/8.
Public DNS in the lab: 9.9.9.9 and 1.1.1.1 (fallback 8.8.8.8); loopback 127.0.0.1; listen on 0.0.0.0 for all interfaces.""")

x("other", "en", True, """Sandbox cards for QA (payments team wiki)
Visa debit 4000 0566 5566 5556 · Mastercard 5555 5555 5555 4444 · Amex 3782 822463 10005
Any future expiry date and any 3-digit CVC; 4000 0000 0000 0002 always declines.
Live cards only ever appear masked in the dashboard, e.g. •••• •••• •••• 4821.""")

x("other", "en", True, """How to find your IBAN
An IBAN looks like this example: GB82 WEST 1234 5698 7654 32. Your BIC might be something like NWBKGB2L.
Our own bank details for paying invoices: Harbourside Lettings Ltd, IBAN GB29 NWBK 6016 1331 9268 19, sort code 60-16-13.""")

x("other", "en", True, """Payroll 7.4 release notes
- SSNs are now masked everywhere as XXX-XX-1234 style (last four digits only).
- Test fixtures use the reserved advertising range 987-65-4320 to 987-65-4329; never load real SSNs into staging.
- The placeholder 000-00-0000 is rejected by the import validator.""")

x("other", "en", True, """Connection string format:
postgres://<username>:<password>@<host>:5432/<database>
e.g. postgres://USER:PASSWORD@db.example.com:5432/app — replace the placeholders.
Git over SSH: git@github.com:kestrel/api.git · ssh://deploy@build-02/srv/repo""")

x("other", "en", True, """MAC address notes
OUI 00:1A:2B belongs to Ayecom Technology; 3C:22:FB to Apple. Broadcast is FF:FF:FF:FF:FF:FF, and
00:00:00:00:00:00 means "no address". Multicast addresses start with 01:00:5E.""")

x("other", "de", True, """Firmware-Update verfügbar: FRITZ!OS 8.02 (vorher 7.57), Build 114.08.02.118219
Modem-Firmware 1.1.3.4 · Bootloader 2.0.10.48
Lieferumfang: Netzteil, LAN-Kabel, Kurzanleitung. Support: support@avm.de""")

x("other", "fr", True, """Coordonnées bancaires de l'association (pour les cotisations)
Titulaire : Association Sportive de Quimper — IBAN FR76 1558 9297 0600 0482 1937 052 — BIC CMBRFR2BARK
Questions : tresorerie@asquimper-foot.fr""")

x("other", "es", True, """Datos para el pago de la matrícula: Colegio Oficial de Arquitectos de Madrid, IBAN ES91 2100 0418 4502 0005 1332 (ejemplo de la guía; consulte su recibo).
Para dudas, escriba a secretaria@coam-ejemplo.es o llame al 010.""")

x("other", "en", True, """Exported from Google Analytics (aggregated): sessions by city — London 4,821; Manchester 1,937; Leeds 705.
Top referrers: news.ycombinator.com, t.co, l.facebook.com. IP anonymisation: enabled (last octet zeroed, e.g. 81.154.27.0).""")


if __name__ == "__main__":
    emit("tuning20u", cases)
