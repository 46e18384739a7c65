"""blind24 - a blind, hand-labelled evaluation set for the PII detector. All data is invented.

Run from this directory:  python3 blind24.py > corpus-blind24.jsonl

Each case is (kind, lang, hard_negative, marked_text), with labels written as m(TYPE, value)
(here through the short [[CODE|value]] markup that T() turns into m() calls).  National ids,
card numbers and IBANs carry valid check digits computed by the helper functions below.
Hard negatives contain no personal data at all but look as if they might: products, public
figures, historical people, companies, role mailboxes, documentation IPs and example keys,
version numbers, placeholders, masked values, order/tracking/registration numbers, hotlines,
test cards, public keys, certificates and hashes, dates that are not birth dates.

Kinds
  chat      Slack / Teams / WhatsApp / IRC / messenger transcripts
  code      source code and test fixtures
  config    .env, YAML, docker-compose, k8s secrets, Terraform, Ansible, crontab, .pgpass,
            .netrc, .git-credentials, wp-config, CI workflows, Helm values, nftables, .htpasswd
  court     court filings
  csv       CSV / TSV exports
  cv        curricula vitae
  doc       documentation, manuals, notices, timetables, advisories, results, key blocks
  email     e-mails with headers and signatures
  form      application, registration and enrolment forms
  gov       civil registration documents
  hl7       HL7 v2 messages
  hr        HR notes and staff records
  html      HTML pages
  invoice   invoices
  json      JSON records
  letter    letters (postal, official, legal), OCR'd faxes
  log       server, application, auth, DHCP, CI and git logs
  medical   clinical letters, notes and handovers
  note      internal verification notes
  prose     news, biographies and other running text
  receipt   till receipts
  report    fixed-width and tabular reports
  shell     shell history
  sql       SQL dumps
  ticket    support and incident tickets
  travel    travel bookings
  vcard     vCards
  xml       XML records

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

from labels import E, P, C, I, S, IP, MAC, U, K, N, A, D, ID, NL, m, emit, luhn, iban_ok

# ---------------------------------------------------------------- markup helpers
_CODES = {"E": E, "P": P, "C": C, "I": I, "S": S, "IP": IP, "MAC": MAC, "U": U, "K": K, "N": N, "A": A, "D": D,
          "ID": ID}
_MK = re.compile(r"\[\[(MAC|IP|ID|E|P|C|I|S|U|K|N|A|D)\|(.*?)\]\]", re.S)


def T(s, **kw):
    """[[CODE|value]] -> m(TYPE, value); <<name>> -> kw[name]."""
    for k, v in kw.items():
        s = s.replace("<<%s>>" % k, v)
    assert "<<" not in s or "<<EOF" in s or "<<-" in s or "<<'" in s, s
    return _MK.sub(lambda mo: m(_CODES[mo.group(1)], mo.group(2)), s)


cases = []


def pos(kind, lang, text, **kw):
    t = T(text, **kw)
    assert "\u27e6" in t, text
    cases.append((kind, lang, False, t))


def neg(kind, lang, text, **kw):
    t = T(text, **kw)
    assert "\u27e6" not in t and "[[" + "N|" not in t, text
    cases.append((kind, lang, True, t))


# ---------------------------------------------------------------- check-digit helpers
def _digits(s):
    return [int(c) for c in s if c.isdigit()]


def luhn_digit(body):
    for c in "0123456789":
        if luhn(body + c):
            return c


def card(body, groups=(4, 4, 4, 4), sep=" "):
    """body: all digits but the last; returns the Luhn-valid number grouped."""
    num = body + luhn_digit(body)
    assert len(num) == sum(groups), (num, groups)
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return sep.join(out)


def iban(cc, bban, grouped=True):
    bban = bban.replace(" ", "")
    r = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in r))
    s = cc + "%02d" % (98 - n % 97) + bban
    assert iban_ok(s)
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def pesel(yymmdd, serial3, sexdigit):
    """yymmdd with month already +20 for 2000s."""
    s = yymmdd + serial3 + str(sexdigit)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    q = (10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10
    return s + str(q)


def bsn(first8):
    for last in range(10):
        s = first8 + str(last)
        tot = sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])
        if tot % 11 == 0:
            return s
    raise ValueError(first8)


def personnummer(yymmdd, nnn, sep="-"):
    body = yymmdd + nnn
    return yymmdd + sep + nnn + luhn_digit(body)


def hetu(ddmmyy, century, zzz):
    n = int(ddmmyy + zzz)
    return ddmmyy + century + zzz + "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]


def cpr(ddmmyy, first3, sep="-"):
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    for last in range(10):
        s = ddmmyy + first3 + str(last)
        if sum(int(a) * b for a, b in zip(s, w)) % 11 == 0:
            return ddmmyy + sep + first3 + str(last)
    raise ValueError(first3)


def tckn(first9):
    d = [int(c) for c in first9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return first9 + str(d10) + str(d11)


def cnp(first12):
    w = "279146358279"
    c = sum(int(a) * int(b) for a, b in zip(first12, w)) % 11
    return first12 + ("1" if c == 10 else str(c))


def rodne(yymmdd, first3, sep="/"):
    for last in range(10):
        s = yymmdd + first3 + str(last)
        if int(s) % 11 == 0:
            return yymmdd + sep + first3 + str(last)
    raise ValueError(first3)


def nir(first13, fmt=(1, 2, 2, 2, 3, 3), sep=" "):
    key = 97 - int(first13) % 97
    parts, i = [], 0
    for g in fmt:
        parts.append(first13[i:i + g])
        i += g
    return sep.join(parts) + sep + "%02d" % key


def cpf(first9, fmt=True):
    d = [int(c) for c in first9]
    s = sum(d[i] * (10 - i) for i in range(9))
    d10 = (s * 10) % 11 % 10
    d.append(d10)
    s = sum(d[i] * (11 - i) for i in range(10))
    d11 = (s * 10) % 11 % 10
    n = first9 + str(d10) + str(d11)
    return "%s.%s.%s-%s" % (n[:3], n[3:6], n[6:9], n[9:]) if fmt else n


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(first11, sep=" "):
    c = 0
    for i, ch in enumerate(reversed(first11)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    n = first11 + str(_VINV[c])
    assert verhoeff_ok(n)
    return sep.join([n[0:4], n[4:8], n[8:12]])


def nhs(first9, sep=" "):
    s = sum(int(first9[i]) * (10 - i) for i in range(9))
    c = 11 - s % 11
    if c == 11:
        c = 0
    assert c != 10, first9
    n = first9 + str(c)
    return sep.join([n[:3], n[3:6], n[6:]])


def sin(first8, sep=" "):
    n = first8 + luhn_digit(first8)
    return sep.join([n[:3], n[3:6], n[6:]])


def tfn(first8, sep=" "):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    for last in range(10):
        n = first8 + str(last)
        if sum(int(a) * b for a, b in zip(n, w)) % 11 == 0:
            return sep.join([n[:3], n[3:6], n[6:]])
    raise ValueError(first8)


def ppsn(seven, second=""):
    s = sum(int(seven[i]) * (8 - i) for i in range(7))
    if second:
        s += (ord(second) - 64) * 9
    return seven + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + second


def nric(prefix, seven):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(seven, w))
    if prefix in "TG":
        s += 4
    if prefix in "ST":
        ch = "JZIHGFEDCBA"[s % 11]
    else:
        ch = "XWUTRQPNMLK"[s % 11]
    return prefix + seven + ch


def dni(eight, sep=""):
    return eight + sep + "TRWAGMYFPDXBNJZSQVHLCKE"[int(eight) % 23]


def nie(letter, seven, sep="-"):
    n = int("XYZ".index(letter).__str__() + seven)
    return letter + sep + seven + sep + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


_CF_ODD = {"0": 1, "1": 0, "2": 5, "3": 7, "4": 9, "5": 13, "6": 15, "7": 17, "8": 19, "9": 21, "A": 1, "B": 0,
           "C": 5, "D": 7, "E": 9, "F": 13, "G": 15, "H": 17, "I": 19, "J": 21, "K": 2, "L": 4, "M": 18, "N": 20,
           "O": 11, "P": 3, "Q": 6, "R": 8, "S": 12, "T": 14, "U": 16, "V": 10, "W": 22, "X": 25, "Y": 24, "Z": 23}


def codice_fiscale(first15):
    s = 0
    for i, ch in enumerate(first15):
        if i % 2 == 0:
            s += _CF_ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return first15 + chr(65 + s % 26)


def mod11_10(first):
    product = 10
    for ch in first:
        t = (int(ch) + product) % 10
        if t == 0:
            t = 10
        product = (t * 2) % 11
    c = 11 - product
    return first + str(0 if c == 10 else c)


def amka(ddmmyy, five_minus1):
    return ddmmyy + five_minus1 + luhn_digit(ddmmyy + five_minus1)


def be_nrn(yymmdd, serial3, y2000=False):
    base = ("2" if y2000 else "") + yymmdd + serial3
    cc = 97 - int(base) % 97
    return "%s.%s.%s-%s.%02d" % (yymmdd[:2], yymmdd[2:4], yymmdd[4:6], serial3, cc)


def fnr(ddmmyy, iii):
    d = [int(c) for c in ddmmyy + iii]
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    k1 = 11 - sum(a * b for a, b in zip(d, w1)) % 11
    k1 = 0 if k1 == 11 else k1
    assert k1 != 10
    d.append(k1)
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k2 = 11 - sum(a * b for a, b in zip(d, w2)) % 11
    k2 = 0 if k2 == 11 else k2
    assert k2 != 10
    return ddmmyy + " " + iii + str(k1) + str(k2)


def isikukood(first10):
    d = [int(c) for c in first10]
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    r = sum(a * b for a, b in zip(d, w1)) % 11
    if r == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
        r = sum(a * b for a, b in zip(d, w2)) % 11
        if r == 10:
            r = 0
    return first10 + str(r)


def za_id(first12):
    return first12 + luhn_digit(first12)


def cn_id(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return first17 + "10X98765432"[sum(int(a) * b for a, b in zip(first17, w)) % 11]


def kr_rrn(first12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(first12, w)) % 11) % 10
    return first12[:6] + "-" + first12[6:] + str(c)


_TW = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22, O=35, P=23, Q=24,
           R=25, S=26, T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)


def tw_id(letter, first8):
    v = _TW[letter]
    s = v // 10 + (v % 10) * 9 + sum(int(first8[i]) * (8 - i) for i in range(8))
    return letter + first8 + str((10 - s % 10) % 10)


def il_id(first8):
    return first8 + luhn_digit(first8)


def rut(body):
    s, w = 0, 2
    for ch in reversed(body):
        s += int(ch) * w
        w = 2 if w == 7 else w + 1
    dv = 11 - s % 11
    dv = "0" if dv == 11 else "K" if dv == 10 else str(dv)
    b = "{:,}".format(int(body)).replace(",", ".")
    return b + "-" + dv


def curp(first17):
    al = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    s = sum(al.index(ch) * (18 - i) for i, ch in enumerate(first17))
    return first17 + str((10 - s % 10) % 10)


def my_number(first11, sep=" "):
    s = 0
    for n in range(1, 12):
        p = int(first11[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    x = first11 + str(c)
    return sep.join([x[:4], x[4:8], x[8:]])


def ahv(first12):
    s = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(first12))
    x = first12 + str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (x[:3], x[3:7], x[7:11], x[11:])


def pt_nif(first8):
    s = sum(int(first8[i]) * (9 - i) for i in range(8))
    c = 11 - s % 11
    return first8 + str(0 if c >= 10 else c)


def taj(first8, sep=" "):
    s = sum(int(first8[i]) * (3 if i % 2 == 0 else 7) for i in range(8))
    x = first8 + str(s % 10)
    return sep.join([x[:3], x[3:6], x[6:]])


def egn(first9):
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    c = sum(int(a) * b for a, b in zip(first9, w)) % 11
    return first9 + str(0 if c == 10 else c)


def kennitala(ddmmyy, rr, century="9", sep="-"):
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    s = ddmmyy + rr
    c = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
    c = 0 if c == 11 else c
    assert c != 10
    return ddmmyy + sep + rr + str(c) + century


def emso(first12):
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(a) * b for a, b in zip(first12, w)) % 11
    c = 0 if c == 11 else c
    assert c != 10
    return first12 + str(c)


def afm(first8):
    s = sum(int(first8[i]) * 2 ** (8 - i) for i in range(8))
    return first8 + str(s % 11 % 10)


def ssn_ok(s):
    a, g, n = s.split("-") if "-" in s else (s[:3], s[3:5], s[5:])
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
HI = str.maketrans("0123456789", "०१२३४५६७८९")
BN = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
TH = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def rvnr(area, ddmmyy, letter, serial2):
    ln = "%02d" % (ord(letter) - 64)
    s = area + ddmmyy + ln + serial2
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    tot = sum(sum(int(x) for x in str(int(a) * b)) for a, b in zip(s, w))
    return "%s %s %s %s%d" % (area, ddmmyy, letter, serial2, tot % 10)


def at_svnr(three, ddmmyy):
    d = [int(c) for c in three + ddmmyy]
    w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    c = sum(a * b for a, b in zip(d, w)) % 11
    assert c != 10
    return three + str(c) + " " + ddmmyy


def dowod(letters, five):
    v = [ord(ch) - 55 for ch in letters] + [int(ch) for ch in five]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    return letters + str(sum(a * b for a, b in zip(v, w)) % 10) + five


def lv_pk(ddmmyy, c4):
    s = ddmmyy + c4
    w = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = (1101 - sum(int(a) * b for a, b in zip(s, w))) % 11
    assert c != 10
    return ddmmyy + "-" + c4 + str(c)


def snils(nine):
    s = sum(int(nine[i]) * (9 - i) for i in range(9))
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    return "%s-%s-%s %02d" % (nine[:3], nine[3:6], nine[6:9], c)


def inn12(ten):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d = [int(c) for c in ten]
    d.append(sum(a * b for a, b in zip(d, w1)) % 11 % 10)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    d.append(sum(a * b for a, b in zip(d, w2)) % 11 % 10)
    return "".join(map(str, d))


def rnokpp(nine):
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return nine + str(sum(int(a) * b for a, b in zip(nine, w)) % 11 % 10)


def melli(nine, sep=""):
    s = sum(int(nine[i]) * (10 - i) for i in range(9))
    r = s % 11
    c = r if r < 2 else 11 - r
    x = nine + str(c)
    return x[:3] + sep + x[3:9] + sep + x[9] if sep else x


def th_id(twelve, sep="-"):
    s = sum(int(twelve[i]) * (13 - i) for i in range(12))
    x = twelve + str((11 - s % 11) % 10)
    if not sep:
        return x
    return sep.join([x[0], x[1:5], x[5:10], x[10:12], x[12]])


def cuil(pre, dni8):
    s = pre + dni8
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
    c = 0 if c == 11 else c
    assert c != 10
    return "%s-%s-%d" % (pre, dni8, c)


def hu_adoazon(nine):
    c = sum(int(nine[i]) * (i + 1) for i in range(9)) % 11
    assert c != 10
    return nine + str(c)


def emirates(fourteen):
    x = fourteen + luhn_digit(fourteen)
    return "%s-%s-%s-%s" % (x[:3], x[3:7], x[7:14], x[14])


def kz_iin(first11):
    d = [int(c) for c in first11]
    r = sum(d[i] * (i + 1) for i in range(11)) % 11
    if r == 10:
        w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        r = sum(a * b for a, b in zip(d, w)) % 11
        assert r != 10, first11
    return first11 + str(r)


def oib(first10):
    return mod11_10(first10)


def saudi(first9):
    return first9 + luhn_digit(first9)


def lt_ak(first10):
    return isikukood(first10)


def ssn(s):
    assert ssn_ok(s), s
    return s



def ird(first8):
    d = [int(c) for c in first8]
    for w in ([3, 2, 7, 6, 5, 4, 3, 2], [7, 4, 3, 2, 5, 2, 7, 6]):
        r = sum(a * b for a, b in zip(d, w)) % 11
        c = 0 if r == 0 else 11 - r
        if c != 10:
            x = first8 + str(c)
            return "%s-%s-%s" % (x[:3], x[3:6], x[6:])
    raise ValueError(first8)


# ================================================================ cases

# ================================================================ English
pos("email", "en", """From: [[N|Harriet Okonkwo-Bell]] <[[E|h.okonkwobell@btinternet.com]]>
To: lettings@fernleyhomes.co.uk
Subject: Re: Viewing request ref FH-20931
Date: Tue, 4 Mar 2025 09:12:44 +0000

Hi,

Thanks for getting back to me so quickly. Thursday after 5pm works. For the referencing form, my current address is:

[[A|Flat 2]]
[[A|41 Carlton Terrace]]
[[A|Brighton BN2 1GH]]

Best number to reach me is [[P|07700 900418]].

Many thanks,
[[N|Harriet]]""")

pos("ticket", "en", """Ticket #48213 - Payroll portal: W-4 update failed
Requester: [[N|Marcus T. Delgado]] ([[E|mdelgado@riverbend-logistics.com]])
Priority: Normal | Queue: HR Systems

Employee reports the form rejected his SSN [[S|<<ssn>>]] and his new home address
[[A|2217 N Kedzie Ave, Apt 3F, Chicago, IL 60647]].
Callback: [[P|(773) 555-0192]]

Internal note: identity verified on the phone with DOB [[D|11/23/1986]] and last 4 of SSN. -- [[N|Priya]]""",
    ssn=ssn("512-84-3307"))

pos("csv", "en", """customer_id,first_name,last_name,email,phone,street,city,state,zip,signup
C-10422,[[N|Brianna]],[[N|Whitfield]],[[E|bwhitfield82@gmail.com]],[[P|+1 503-555-0134]],[[A|4418 SE Belmont St]],Portland,OR,97215,2024-11-02
C-10423,[[N|Tomás]],[[N|Ibarra]],[[E|tomas.ibarra@outlook.com]],[[P|(505) 555-0171]],[[A|902 Agua Fria St]],Santa Fe,NM,87501,2024-11-02
C-10424,[[N|Keisha]],[[N|Odom-Rand]],[[E|keisha.rand@yahoo.com]],[[P|404.555.0119]],[[A|77 Peachtree Pl NW Unit 12]],Atlanta,GA,30309,2024-11-03""")

neg("email", "en", """From: Northwind Traders <noreply@northwind-traders.example>
To: undisclosed-recipients
Subject: Your order NW-2025-118374 has shipped

Good news - your parcel is on its way!
Carrier: UPS  |  Tracking: 1Z999AA10123456784
Estimated delivery: Friday 14 March 2025

Payment: Visa ending **** 4821
Questions? Call our customer care line 1-800-555-0199 (toll-free, Mon-Fri 8am-8pm ET)
or write to support@northwind-traders.example. Please do not reply to this e-mail.""")

neg("prose", "en", """Ada Lovelace (10 December 1815 - 27 November 1852) is often described as the first computer
programmer. Her notes on Charles Babbage's Analytical Engine, published in 1843, included an
algorithm for computing Bernoulli numbers. The Ada programming language, standardised as
MIL-STD-1815, was named after her, and Ada Lovelace Day is celebrated on the second Tuesday of October.""")

pos("hl7", "en", r"""MSH|^~\&|EPIC|STMARYS|LABSYS|STMARYS|202503041122||ADT^A04|MSG00417|P|2.5
EVN|A04|202503041120
PID|1||MRN5531907^^^STMARYS^MR||[[N|Kowalczyk]]^[[N|Renata]]^J||[[D|19740219]]|F|||[[A|1840 Birchwood Dr]]^^Ann Arbor^MI^48103||[[P|(734)555-0126]]|||||ACCT88213|[[S|<<ssn>>]]
PV1|1|O|CLINIC4^^^STMARYS||||1740283654^[[N|Gupta]]^[[N|Anil]]^^^DR""", ssn=ssn("468-22-9051"))

pos("config", "en", """# staging.env -- DO NOT COMMIT (rotate after the audit, ticket SEC-2231)
APP_ENV=staging
DATABASE_URL=[[U|postgres://billing_svc:q7Vt!r2LpX9w@10.20.4.17:5432/billing]]
REDIS_URL=redis://cache.staging.internal:6379/0
STRIPE_SECRET_KEY=[[K|sk_live_51NzQ8kLr4mXv2TpYc9HbQeW7uJd3Fa6GsK1oVxZ0RtPnMwEyBiUcQ]]
GITHUB_TOKEN=[[K|ghp_oOwdLWof7kgL9Q6lm9hA8ORUIQmds2soqbl2]]
AWS_ACCESS_KEY_ID=[[K|AKIAZKW77IXLYA4AZHC7]]
AWS_SECRET_ACCESS_KEY=[[K|nPfKZl8qxjJAErdVgPKl03rOv4wBBs9z0j1XSpMp]]
LOG_LEVEL=debug""")

neg("doc", "en", """## Configuring credentials

Export your keys before running the CLI. The values below are the documented examples
and will not work against a real account:

    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    export DB_PASSWORD=${DB_PASSWORD:?set in your shell}

The API endpoint in the test environment resolves to 203.0.113.10; clients in the
198.51.100.0/24 range are allow-listed. Requires cli >= 2.15.30.""")

pos("log", "en", """Mar  4 08:14:02 gw01 dhcpd[2211]: DHCPDISCOVER from [[MAC|3c:22:fb:91:0e:7a]] via eth1
Mar  4 08:14:02 gw01 dhcpd[2211]: DHCPOFFER on [[IP|192.168.10.57]] to [[MAC|3c:22:fb:91:0e:7a]] (Jamies-MacBook-Air) via eth1
Mar  4 08:14:03 gw01 dhcpd[2211]: DHCPREQUEST for [[IP|192.168.10.57]] ([[IP|192.168.10.1]]) from [[MAC|3c:22:fb:91:0e:7a]] via eth1
Mar  4 08:14:03 gw01 dhcpd[2211]: DHCPACK on [[IP|192.168.10.57]] to [[MAC|3c:22:fb:91:0e:7a]] (Jamies-MacBook-Air) via eth1""")

pos("medical", "en", """Riverside Medical Practice, Leeds
Tel (reception): 0113 496 0000

Dear Dr [[N|Farouk]],

Re: Mrs [[N|Olive Hartley]]   DOB [[D|02/07/1949]]   NHS No. [[ID|<<nhs>>]]
    [[A|17 Harehills Lane, Leeds LS8 4HS]]

Thank you for seeing this 75-year-old lady with a 6-week history of exertional breathlessness.
Her daughter ([[N|Janet]], [[P|07700 900733]]) usually accompanies her to appointments.

Yours sincerely,
Dr [[N|Akosua Mensah]], GP""", nhs=nhs("943476591"))

neg("doc", "en", """NHS 111 - when to use it
Call 111 if you need urgent medical help but it is not a life-threatening emergency.
In an emergency always dial 999. Textphone users can call 18001 111.
St James's University Hospital switchboard: 0113 243 3144
Leeds Teaching Hospitals, Leeds. Leaflet ref PIL-2231, reviewed January 2025.""")

pos("hr", "en", """CONFIDENTIAL - Starter form (UK)
Surname: [[N|Pennington]]        Forenames: [[N|Callum James]]
Date of birth: [[D|14 August 1992]]
National Insurance number: [[ID|JH 52 71 84 C]]
Home address:
  [[A|Rose Cottage]]
  [[A|3 Mill Lane]]
  [[A|Upper Slaughter]]
  [[A|Cheltenham GL54 2JB]]
Personal mobile: [[P|07700 900561]]
Start date: 01/04/2025   Line manager: [[N|Deborah Nwosu]]""")

neg("hr", "en", """Org chart - Customer Operations (Q2 2025)
Head of Operations ............ vacant (recruitment ref HR-REQ-0442)
Team Lead, Billing ............ see intranet
Team Lead, Returns ............ see intranet
Shared mailboxes: billing@acme-widgets.co.uk, returns@acme-widgets.co.uk, hr@acme-widgets.co.uk
Switchboard: +44 20 7946 0000 (ext. 0 for reception)""")

pos("chat", "en", """[09:41] [[N|Sam Whitaker]]: morning! anyone know the wifi password for the 3rd floor?
[09:42] [[N|Leila Haddad]]: it's on the whiteboard by the kitchen
[09:42] [[N|Sam Whitaker]]: cheers. also @kmorris can you send me your address for the leaving card
[09:50] [[N|Kirsty Morris]]: sure it's [[A|9 Dundas Street, Edinburgh EH3 6QG]] - flat is top buzzer
[09:51] [[N|Sam Whitaker]]: 👍 thanks [[N|kirsty]]""")

neg("chat", "en", """[14:02] <ops-bot> deploy #5521 of web-frontend v4.18.2 to prod started
[14:06] <ops-bot> health check OK on 127.0.0.1:8080/healthz
[14:07] <ops-bot> release notes: https://wiki.internal/releases/4.18.2
[14:07] <ops-bot> on-call rota: see #sre-oncall (PagerDuty schedule P7XK2)""")

pos("json", "en", """{
  "applicant": {
    "given_name": "[[N|Oluwaseun]]",
    "family_name": "[[N|Adeyemi]]",
    "dob": "[[D|1990-05-30]]",
    "email": "[[E|seun.adeyemi@proton.me]]",
    "phone": "[[P|+44 7700 900294]]",
    "address": {"line1": "[[A|Flat 14, Ashby Court]]", "line2": "[[A|22 Prince Regent Road]]", "city": "London", "postcode": "E16 1AB"}
  },
  "passport": {"number": "[[ID|548812903]]", "country": "GBR", "expiry": "2031-09-17"},
  "status": "SUBMITTED"
}""")

neg("json", "en", """{
  "order_id": "ORD-2025-00419382",
  "status": "DISPATCHED",
  "carrier": {"name": "DHL Express", "tracking": "JD014600006281230415"},
  "payment": {"method": "card", "brand": "visa", "last4": "4242", "masked": "4242 **** **** 4242"},
  "billing_contact": "billing@shopfront.example",
  "created_at": "2025-02-28T17:33:10Z",
  "api_version": "2024-06-20"
}""")

pos("sql", "en", """INSERT INTO customers (id, full_name, email, card_number, card_exp, billing_address) VALUES
(2001, '[[N|Dwayne Ellison]]', '[[E|dwayne.ellison@comcast.net]]', '[[C|<<c1>>]]', '08/27', '[[A|58 Maple Ridge Rd, Duluth, MN 55803]]'),
(2002, '[[N|Mei-Ling Zhou]]', '[[E|meiling.zhou@icloud.com]]', '[[C|<<c2>>]]', '11/26', '[[A|1207 Alder Way Apt 4, Bellevue, WA 98004]]'),
(2003, '[[N|Raymond Castellanos]]', '[[E|rcastellanos@aol.com]]', '[[C|<<c3>>]]', '02/28', '[[A|390 W Oak St, Kissimmee, FL 34741]]');""",
    c1=card("453201877310592"), c2=card("552871003466120"), c3=card("37462190553180", (4, 6, 5)))

neg("code", "en", """# tests/test_checkout.py
STRIPE_TEST_CARDS = {
    "visa": "4242 4242 4242 4242",
    "visa_debit": "4000 0566 5566 5556",
    "mastercard": "5555 5555 5555 4444",
    "declined": "4000 0000 0000 0002",
}
TEST_CUSTOMER = {"name": "Test Customer", "email": "jane.doe@example.com", "zip": "00000"}
API_KEY = os.environ["STRIPE_TEST_KEY"]  # sk_test_... loaded from CI secrets""")

pos("court", "en", """IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
COUNTY DEPARTMENT, DOMESTIC RELATIONS DIVISION

IN RE THE MARRIAGE OF
[[N|LATOYA R. BRENNAN]], Petitioner,
and                                              No. 2025 D 001873
[[N|GERALD M. BRENNAN]], Respondent.

PETITION FOR DISSOLUTION OF MARRIAGE
1. Petitioner resides at [[A|6120 S Woodlawn Ave, Chicago, IL 60637]], and was born on [[D|March 3, 1981]].
2. Respondent resides at [[A|415 Lake St, Apt 2B, Oak Park, IL 60302]], and was born on [[D|July 19, 1978]].
3. The parties were married on June 12, 2004 in Evanston, Illinois.""")

neg("court", "en", """UNITED STATES DISTRICT COURT, SOUTHERN DISTRICT OF NEW YORK
Case No. 1:24-cv-03127 (JPO)
ACME ANALYTICS, INC., Plaintiff, v. GLOBEX CORPORATION, Defendant.
ORDER: The pretrial conference scheduled for April 8, 2025 is adjourned to May 13, 2025.
Chambers: (212) 805-0100 (court switchboard). Filed 03/04/2025, Dkt. No. 47.""")

pos("invoice", "en", """INVOICE  #INV-2025-0311
Harbourside Joinery Ltd, Cork
VAT IE 9712345R

Bill to:
[[N|Siobhán Ní Bhriain]]
[[A|12 Wellington Road]]
[[A|St Luke's]]
[[A|Cork T23 X2K7]]

Fitted wardrobes (2), oak veneer ........ EUR 3,480.00
Please pay by bank transfer within 14 days. Ref: INV-2025-0311
Customer PPSN (for VAT relief claim): [[ID|<<pp>>]]""", pp=ppsn("8473921", "A"))

neg("invoice", "en", """TAX INVOICE  No. 000184-AU
BrightSpark Electrical Pty Ltd, Brisbane    ABN 51 824 753 556
Job: Switchboard upgrade, site ref BNE-7781
Labour 6.5 h @ $110.00 ........ $715.00
Parts (RCBO x6) ................ $288.60
GST .............................. $100.36
Pay online with BPAY biller code 12345, ref 000184. Enquiries 1300 555 019.""")

pos("form", "en", """ONTARIO - Application for Change of Address (Health Card)
1. Last name: [[N|Tremblay-Okafor]]      First name: [[N|Geneviève]]
2. Health number: [[ID|<<ohip>>]]
3. Date of birth (YYYY/MM/DD): [[D|1983/10/09]]
4. New residential address: [[A|88 Harbord St, Unit 3, Toronto ON M5S 1G5]]
5. Daytime telephone: [[P|416-555-0183]]
6. SIN (optional, for tax records only): [[ID|<<sin>>]]""", sin=sin("46454286"), ohip="4532 281 90%s-AB" % luhn_digit("453228190"))

neg("form", "en", """SAMPLE - how to fill in this form
1. Last name: SMITH      First name: JOHN
2. Date of birth (YYYY/MM/DD): 1900/01/01
3. Address: 123 Any Street, Anytown ON A1A 1A1
4. Telephone: 555-555-5555
Do not send this sample. Forms with sample data will be returned. Ref ON-CHA-2025""")

pos("cv", "en", """[[N|PRIYANKA RAGHAVAN]]
[[A|27 Lygon St, Carlton VIC 3053]]  |  [[P|0491 570 156]]  |  [[E|priyanka.raghavan@gmail.com]]
linkedin.com/in/priyankaraghavan

PROFILE
Data analyst with 6 years in retail banking analytics (SQL, Python, Tableau).

EXPERIENCE
2021-present  Senior Analyst, Southern Cross Bank, Melbourne
2018-2021     Analyst, Koala Insurance Group, Sydney

REFEREES
[[N|Marcus Leung]], Head of Analytics - [[P|0491 570 908]]""")

neg("prose", "en", """Sherlock Holmes famously lived at 221B Baker Street, a fictional address that today houses a
museum. Dr John Watson, his companion, narrates most of the stories, and Mrs Hudson keeps the house.
The first novel, A Study in Scarlet, appeared in Beeton's Christmas Annual in November 1887.
Arthur Conan Doyle (22 May 1859 - 7 July 1930) later tried to kill off the detective at the Reichenbach Falls.""")

pos("letter", "en", """Mr [[N|Hemi Walker]]
[[A|PO Box 4417]]
[[A|Whangārei 0140]]

Inland Revenue, Wellington
12 February 2025

IRD number: [[ID|<<ird>>]]

Dear [[N|Hemi]],
We have updated your contact details. If this was not you, call us on 0800 775 247.""", ird=ird("49091850"))

neg("letter", "en", """The Rt Hon. Prime Minister
10 Downing Street
London SW1A 2AA

Open letter from the National Federation of Bakers, London - 3 March 2025
We ask the Government to reconsider the proposed changes to the Sugar Levy (consultation ref HMT-2025-09).
Replies may be sent to policy@bakersfederation.example.""")

pos("ticket", "en", """INC0091844 | Laptop stolen from car - remote wipe requested
Caller: [[N|Anjali Deshmukh]] (Finance, Pune office)  Mob: [[P|+91 98201 44573]]
Asset: LT-PUN-0311  Hostname: PUN-FIN-LT311  Wi-Fi MAC: [[MAC|A4-C3-F0-5E-21-9B]]
Last seen: [[IP|10.64.12.208]] on 2025-03-03 19:02 IST
PAN on file for insurance claim: [[ID|AXLPD4471K]]
Aadhaar (for police FIR copy): [[ID|<<aa>>]]
Assigned: [[N|Rohan Kulkarni]] (Desktop Support)""", aa=aadhaar("49182736501"))

neg("ticket", "en", """INC0091907 | VPN concentrator firmware update
Affected CI: vpn-gw-02 (FortiGate 600E), firmware 7.2.8 -> 7.2.10
Change window: 2025-03-08 22:00-23:30 IST. Expected client impact: 5 minutes.
Test subnet 10.64.0.0/16 will be routed via vpn-gw-01 during the window.
Raised by: Network Operations group (netops@corp.example)""")

pos("vcard", "en", """BEGIN:VCARD
VERSION:3.0
N:[[N|Fitzgerald]];[[N|Declan]];;;
FN:[[N|Declan Fitzgerald]]
TEL;TYPE=CELL:[[P|+353 87 912 4408]]
EMAIL;TYPE=HOME:[[E|declan.fitz@eircom.net]]
ADR;TYPE=HOME:;;[[A|14 Oakpark Grove]];Tralee;Co. Kerry;V92 K2T8;Ireland
BDAY:[[D|1979-01-26]]
END:VCARD""")

neg("vcard", "en", """BEGIN:VCARD
VERSION:3.0
ORG:Kerry County Council
FN:Customer Services Desk
TEL;TYPE=WORK:+353 66 718 3500
EMAIL:customerservice@kerrycoco.example
ADR;TYPE=WORK:;;;Tralee;Co. Kerry;;Ireland
END:VCARD""")

pos("shell", "en", """  501  ssh deploy@bastion.prod.internal
  502  curl -u [[K|jmorales:Tr0pic@na-88]] https://jenkins.internal/job/nightly/build
  503  git remote set-url origin [[U|https://jmorales:ghp_dWUuSh3HExvV8SQ5ZDYeDTAC1hSmTwOcGFL0@github.com/acme/payments.git]]
  504  mysql -h [[IP|10.0.3.44]] -u report -p
  505  ping -c3 [[IP|172.22.9.130]]
  506  history -c""")

neg("shell", "en", """  210  docker run --rm -p 127.0.0.1:5432:5432 -e POSTGRES_PASSWORD=$PG_PASS postgres:16.2
  211  kubectl get secret db-creds -o jsonpath='{.data.password}' | base64 -d > /dev/null
  212  git clone git@github.com:acme/infra.git
  213  ip route add 10.8.0.0/24 via 0.0.0.0 dev wg0
  214  pip install requests==2.31.0""")

pos("email", "en", """From: "[[N|Tan Wei Ling]]" <[[E|weiling.tan@singnet.com.sg]]>
To: enrolment@raffleskids.example
Subject: P1 registration - documents

Hello,
Attached are the documents for my son [[N|Tan Jun Hao]] (NRIC/BC [[ID|<<n1>>]], born [[D|7 June 2019]]).
Our address: [[A|Blk 412 Ang Mo Kio Ave 10, #08-1123, Singapore 560412]].
My NRIC is [[ID|<<n2>>]] and my mobile is [[P|+65 9123 4476]].

Regards,
[[N|Wei Ling]]""", n1=nric("T", "1921847"), n2=nric("S", "8472163"))

neg("email", "en", """From: IT Service Desk <servicedesk@contoso.example>
To: all-staff@contoso.example
Subject: [Scheduled] Email migration this weekend

Hi all,
Mailboxes will be migrated on Saturday 15 March from 20:00. Outlook build 16.0.18025.20160 or later is required.
If you see "error 0x8004010F", call the Service Desk on ext. 4400.
-- IT Service Desk""")

pos("report", "en", """PAYROLL EXCEPTIONS REPORT                     Run: 2025-03-01 06:00   Page 1
EMP#    NAME                    SSN           DOB         ISSUE
004418  [[N|HOLLOWAY, DENISE K]]     [[S|<<s1>>]]   [[D|04/17/1969]]  Duplicate W-4
004502  [[N|NGUYEN, BAO Q]]          [[S|<<s2>>]]   [[D|12/02/1995]]  Address undeliverable
004533  [[N|FERREIRA, LUIS]]         [[S|<<s3>>]]   [[D|08/30/1987]]  Direct deposit bounced""",
    s1=ssn("219-60-4471"), s2=ssn("603 18 2245"), s3=ssn("387052214"))

neg("report", "en", """WAREHOUSE PICK REPORT                          Run: 2025-03-01 06:00   Page 1
SKU        DESCRIPTION                      BIN     QTY   ORDER
HX-2201    Hudson desk lamp, brass          A-04-2   12   SO-884120
HX-3307    Monroe armchair, teal velvet     C-11-1    2   SO-884131
HX-5150    Victoria kettle 1.7L             B-02-6   40   SO-884139""")

pos("travel", "en", """BOOKING CONFIRMATION  PNR: K7QXZM
Passenger 1: [[N|MBEKI/THANDIWE]] MS    DOB [[D|22SEP88]]   Passport [[ID|A09421873]] (ZAF)
Passenger 2: [[N|MBEKI/SIPHO]] MR       DOB [[D|05JAN86]]   Passport [[ID|A07758120]] (ZAF)
JNB-LHR  BA56  12MAR25  Dep 20:45  Seat 34A/34B
Contact: [[P|+27 82 555 0147]]  [[E|thandi.mbeki88@webmail.co.za]]
Paid with card [[C|<<c>>]]""", c=card("492182007731650"))

neg("travel", "en", """FLIGHT STATUS - British Airways BA56 JNB-LHR
Scheduled 12MAR25 20:45, estimated 21:10. Gate A14 (O.R. Tambo Intl, Terminal A).
Aircraft G-XWBC (A350-1000). For rebooking call +44 344 493 0787.
Record locator examples on this page (ABC123) are for illustration only.""")

pos("html", "en", """<div class="staff-card">
  <h3>Dr. [[N|Helena Vasquez-Moore]]</h3>
  <p>Principal Investigator, Sleep Lab</p>
  <a href="mailto:[[E|h.vasquezmoore@uni-lakeshore.edu]]">[[E|h.vasquezmoore@uni-lakeshore.edu]]</a>
  <p>Direct line: <a href="tel:[[P|+13125550148]]">[[P|+1 312 555 0148]]</a></p>
</div>""")

neg("html", "en", """<footer>
  <p>&copy; 2025 Lakeshore University, Chicago</p>
  <p>Admissions: <a href="mailto:admissions@uni-lakeshore.edu">admissions@uni-lakeshore.edu</a> |
     Campus police (24/7): 312-555-0100</p>
  <p>Site version 3.12.0.4 &middot; <a href="/privacy">Privacy</a></p>
</footer>""")

pos("note", "en", """Verification note - account 7719-22 (call recorded)
Caller stated name [[N|Gwendolyn Price]], DOB [[D|9 Feb 1958]], postcode CF10 3AT.
Confirmed first line of address: [[A|44 Cathedral Road]].
Card read back by caller: [[C|<<c>>]] - matches profile.
New contact number: [[P|029 2018 0447]]. Agent: [[N|Rhys]] (team B)""", c=card("543210987654321"))

neg("note", "en", """Verification script (v7) - do not deviate
1. Ask for the customer's full name and date of birth.
2. Confirm the first line of the address and the postcode on file.
3. Never ask for the full card number; last 4 digits only (e.g. **** 1234).
4. If the caller fails verification, refer them to 0345 600 6000 (fraud line).""")

pos("code", "en", """# scripts/seed_prod_fix.py  (one-off, delete after run)
import psycopg2
conn = psycopg2.connect(host="[[IP|10.12.0.8]]", dbname="crm", user="crm_admin", password="[[K|Hx8!vQ2#mLr7pZ]]")
cur = conn.cursor()
cur.execute("UPDATE users SET email=%s WHERE id=%s", ("[[E|t.okeke.work@gmail.com]]", 88213))
cur.execute("UPDATE users SET phone=%s WHERE id=%s", ("[[P|+234 803 555 0192]]", 88213))
conn.commit()""")

neg("code", "en", """// src/config/defaults.ts
export const DEFAULTS = {
  apiBase: "https://api.example.com/v2",
  timeoutMs: 30000,
  retry: { attempts: 3, backoff: "exponential" },
  sentryDsn: process.env.SENTRY_DSN ?? "",
  supportEmail: "support@example.com",
  fallbackDns: ["1.1.1.1", "8.8.8.8"],
};""")

pos("medical", "en", """HANDOVER - Ward 7B (night to day), 05/03/2025
Bed 4: Mr [[N|Thabo Nkosi]], 66 y, ID [[ID|<<za>>]]. Post-op day 2, lap chole. Obs stable.
  NOK: wife [[N|Lindiwe]] [[P|083 555 0172]].
Bed 6: Ms [[N|Carla Jansen]], DOB [[D|1991-12-14]]. Pyelonephritis, IV ceftriaxone day 3.
  Lives alone at [[A|15 Kloof Street, Gardens, Cape Town 8001]]; OT review before discharge.""",
    za=za_id("580903512408"))

neg("medical", "en", """PATIENT INFORMATION LEAFLET - Amoxicillin 500 mg capsules
Read all of this leaflet carefully before you start taking this medicine.
Marketing authorisation holder: Generix Pharma Ltd, Dublin. PA 2211/014/001.
Batch: AMX24-0917  Exp: 09/2027
If you have any questions, ask your doctor or pharmacist, or call the medicines line 1800 555 010.""")

pos("csv", "en", """timestamp,user,src_ip,mac,action
2025-03-04T07:58:11Z,[[E|r.osei@harrowfield-school.org.uk]],[[IP|172.16.40.23]],[[MAC|F0:18:98:4A:C1:07]],login
2025-03-04T08:01:40Z,[[E|m.bakshi@harrowfield-school.org.uk]],[[IP|172.16.40.87]],[[MAC|8C:85:90:12:6E:DD]],login
2025-03-04T08:03:02Z,[[E|r.osei@harrowfield-school.org.uk]],[[IP|172.16.40.23]],[[MAC|F0:18:98:4A:C1:07]],print""")

neg("csv", "en", """region,store_code,store_name,town,opened,phone
North,NW-014,Harrow Lane Superstore,Wigan,2009-06-01,0161 496 0000
North,NW-022,Queensgate Express,Bolton,2015-11-20,0161 496 0001
South,SE-103,Kingsway Retail Park,Crawley,2012-03-15,01293 960 000
# phone = store switchboard; opening dates from estates register v2.3""")

pos("prose", "en", """Local news - The Hexham Courant
Neighbours rallied round after a chimney fire at the home of pensioner [[N|Edna Charlton]], 84,
at [[A|4 Priestpopple Cottages, Hexham NE46 1PS]] on Saturday. Her grandson [[N|Liam Charlton]] said the
family were "overwhelmed" and has set up a collection; donations can be sent to [[E|liamcharlton.appeal@gmail.com]].""")

neg("prose", "en", """Queen Elizabeth II was born on 21 April 1926 at 17 Bruton Street, Mayfair, and died on
8 September 2022 at Balmoral Castle. She was succeeded by Charles III. Buckingham Palace,
London SW1A 1AA, has served as the monarch's official residence since 1837.""")

pos("xml", "en", """<claim id="CLM-2025-44817">
  <insured>
    <name>[[N|Bethany Sloan]]</name>
    <dob>[[D|1984-03-27]]</dob>
    <mbi>[[ID|3KT7-WV2-FQ58]]</mbi>
    <address><street>[[A|310 Orchard Hill Rd]]</street><city>Lexington</city><state>KY</state><zip>40502</zip></address>
    <phone>[[P|859-555-0163]]</phone>
  </insured>
</claim>""")

neg("xml", "en", """<?xml version="1.0" encoding="UTF-8"?>
<product sku="PX-9910" version="2.4.0.117">
  <name>Abraham Lincoln Desk Bust</name>
  <manufacturer>Heritage Replicas Inc., Springfield</manufacturer>
  <note>Lincoln (February 12, 1809 - April 15, 1865), 16th U.S. President</note>
  <gtin>00614141999996</gtin>
</product>""")

pos("email", "en", """From: [[N|Bongani Dlamini]] <[[E|bongani.dlamini@gmail.com]]>
To: claims@safeguard-insure.example
Subject: Refund for claim SG-771-2025

Good day,
Please pay the refund into my account below:
Account holder: [[N|B. Dlamini]]
IBAN: [[I|<<ib>>]]  (Barclays, London - I work in the UK now)
New address: [[A|Flat 9, 12 Tooting High Street, London SW17 0RG]]

Thanks,
[[N|Bongani]]""", ib=iban("GB", "BARC20035376541298"))

neg("log", "en", """2025-03-04 10:22:17,441 INFO  [main] c.a.p.Application - Starting PaymentsService v3.8.1 on host pay-01
2025-03-04 10:22:18,002 INFO  [main] o.s.b.w.e.tomcat - Tomcat started on port(s): 8443 (https)
2025-03-04 10:22:18,114 WARN  [main] c.a.p.Config - Using default keystore password 'changeit' from sample config
2025-03-04 10:22:19,500 INFO  [sched-1] c.a.p.Health - upstream 127.0.0.1:9000 reachable, latency 3 ms""")

pos("log", "en", """# access.log excerpt (prod-web-2)
[[IP|81.174.229.16]] - - [04/Mar/2025:11:02:44 +0000] "POST /login HTTP/1.1" 302 0 "-" "Mozilla/5.0"
[[IP|81.174.229.16]] - - [04/Mar/2025:11:02:45 +0000] "GET /account?email=[[E|gareth.pryce@btopenworld.com]] HTTP/1.1" 200 5120
[[IP|86.12.140.201]] - - [04/Mar/2025:11:03:10 +0000] "GET /reset?token=[[K|kpNkvaPbL9wCM9M-roPITvTN5n11ftsNm8UIsMiSZtQ]] HTTP/1.1" 200 812""")

pos("hr", "en", """Disciplinary meeting notes - strictly confidential
Employee: [[N|Jordan Mackie]] (Warehouse, night shift)
Present: [[N|Fiona Grant]] (HR), [[N|Alasdair Reid]] (Shift manager), [[N|Kyle Mackie]] (companion)
[[N|Jordan]] confirmed his address is still [[A|23 Gallowgate, Aberdeen AB25 1EB]] and his phone [[P|07700 900842]].
Outcome: first written warning, review on 04/06/2025.""")

neg("doc", "en", """Product recall notice - Kellerman & Sons "Victoria" kettle, model VK-170
Batch codes 2409A to 2411C manufactured between 1 September and 30 November 2024 may overheat.
Stop using the product and call the recall hotline 0800 555 0100 (free, 8am-8pm).
Kellerman & Sons Ltd, Sheffield. Trading Standards ref TS-2025-0344.""")

pos("config", "en", """# ~/.netrc
machine ftp.backups.hollins-ca.com
  login dhollins
  password [[K|w8!Lake-Mendota#24]]
machine api.heroku.com
  login [[E|derek.hollins@gmail.com]]
  password [[K|3f9c1a7e-55b2-4d8e-a0b1-6c2d94e7f113]]""")

# ================================================================ German (DE, AT, CH)
def _sid(x):
    return "%s %s %s %s" % (x[:2], x[2:5], x[5:8], x[8:])


pos("email", "de", """Von: [[N|Jana Schäfer-Öztürk]] <[[E|jana.schaefer-oeztuerk@web.de]]>
An: vermietung@hausverwaltung-krause.de
Betreff: Bewerbung Wohnung Objekt-Nr. 4471, 2. OG links

Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Unterlagen (Schufa, Gehaltsnachweise). Ich wohne derzeit in der
[[A|Gneisenaustraße 62]]
[[A|10961 Berlin]]
und bin tagsüber unter [[P|0176 48213907]] erreichbar. Geboren bin ich am [[D|03.11.1994]].

Mit freundlichen Grüßen
[[N|Jana Schäfer-Öztürk]]""")

pos("hr", "de", """Personalfragebogen - Eintritt zum 01.04.2025
Name: [[N|Brandt]]                 Vorname: [[N|Lukas]]
Geburtsdatum: [[D|17.06.1989]]     Geburtsort: Kassel
Anschrift: [[A|Am Sonnenhang 7, 34131 Kassel]]
Steuerliche Identifikationsnummer: [[ID|<<sid>>]]
Rentenversicherungsnummer: [[ID|<<rv>>]]
Krankenkasse: AOK Hessen
Bankverbindung (IBAN): [[I|<<ib>>]]
Private Mobilnummer: [[P|+49 160 93317720]]""",
    sid=_sid(mod11_10("4873615029")), rv=rvnr("12", "170689", "B", "04"), ib=iban("DE", "520501050012345678"))

neg("doc", "de", """Impressum
Müller Maschinenbau GmbH, Stuttgart
Handelsregister: HRB 723118, Amtsgericht Stuttgart
USt-IdNr.: DE 811 569 703
Telefonzentrale: +49 711 0000-0 | E-Mail: info@mueller-maschinenbau.example
Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: die Geschäftsführung""")

neg("prose", "de", """Johann Wolfgang von Goethe (28. August 1749 in Frankfurt am Main - 22. März 1832 in Weimar)
gilt als einer der bedeutendsten Schöpfer deutschsprachiger Dichtung. Nach ihm sind in fast jeder
deutschen Stadt eine Goethestraße und ein Goethe-Gymnasium benannt; das Goethe-Institut wurde 1951
gegründet. Sein Wohnhaus am Frauenplan in Weimar ist heute ein Museum.""")

pos("chat", "de", """[12.03.25, 18:02] [[N|Tobi]]: bist du morgen beim umzug dabei?
[12.03.25, 18:05] [[N|Meike Lorenz]]: ja klar! wie war nochmal die neue adresse?
[12.03.25, 18:06] [[N|Tobi]]: [[A|hohenzollernring 48, 50672 köln]], 3. stock ohne aufzug 😅
[12.03.25, 18:06] [[N|Tobi]]: auf der klingel steht noch "[[N|weber]]", ruf einfach an [[P|0157 31846620]]
[12.03.25, 18:07] [[N|Meike Lorenz]]: alles klar [[N|tobi]], bis morgen 9 uhr""")

pos("gov", "de", """MELDEZETTEL - Anmeldung der Unterkunft (Republik Österreich)
Familienname: [[N|Hofbauer]]            Vorname: [[N|Theresa]]
Geburtsdatum: [[D|21.02.1997]]           Geburtsort: Villach
Sozialversicherungsnummer: [[ID|<<sv>>]]
Reisepass Nr.: [[ID|P3318427]]
Anschrift der Unterkunft (Straße, Haus-Nr./Stiege/Tür): [[A|Praterstraße 33/2/14]]
Postleitzahl: 1020       Ort: Wien
Ist diese Unterkunft Hauptwohnsitz? ja""", sv=at_svnr("482", "210297"))

pos("letter", "de", """Ausgleichskasse des Kantons Zürich, Zürich

Frau
[[N|Nicole Baumgartner-Frei]]
[[A|Seestrasse 118]]
[[A|8002 Zürich]]

Zürich, 27. Februar 2025
Ihre AHV-Nummer: [[ID|<<ahv>>]]

Sehr geehrte Frau [[N|Baumgartner-Frei]]
Wir bestätigen die Anmeldung als Selbständigerwerbende ab 1. Januar 2025. Bitte überweisen Sie
die Akontobeiträge vierteljährlich. Rückfragen: Telefon 044 448 50 00 (Hauptnummer).""", ahv=ahv("756918273640"))

pos("medical", "de", """Klinikum Nürnberg, Medizinische Klinik 3 - Kardiologie
Arztbrief (Entlassung)

Patient: Herr [[N|Günther Pfaff]], geb. [[D|08.05.1951]]
wohnhaft [[A|Pirckheimerstraße 27, 90408 Nürnberg]]
Versichertennummer: [[ID|M283741903]]

Sehr geehrte Frau Kollegin [[N|Roth]],
wir berichten über o. g. Patienten, der sich vom 24.02. bis 03.03.2025 in unserer stationären
Behandlung befand. Diagnose: NSTEMI, PCI mit DES-Implantation (RIVA).
Mit kollegialen Grüßen
Dr. med. [[N|Felix Amberger]], Oberarzt""")

neg("email", "de", """Von: DHL Paket <noreply@dhl.example>
Betreff: Ihre Sendung 00340434161234567890 wird heute zugestellt

Hallo,
Ihre Sendung von Zalando SE, Berlin, ist in Zustellung. Voraussichtliches Zeitfenster: 10:15 - 13:15 Uhr.
Fragen? DHL-Kundenservice 0228 4333112 (Mo-Sa 8-18 Uhr).
App-Version 8.14.2 erforderlich für Live-Tracking.""")

pos("ticket", "de", """Ticket #DE-55120 - Drucker im 2. OG druckt nicht
Melder: [[N|Katrin Vogelsang]] (Buchhaltung), Tel. [[P|+49 89 2055 13-347]]
Arbeitsplatz-PC: MUC-BH-PC22, IP [[IP|10.1.22.105]], MAC [[MAC|00-1B-44-11-3A-B7]]
Drucker: HP LaserJet M507, IP [[IP|10.1.22.250]], Firmware 2409.1
Lösung: Treiber neu installiert, Testseite ok. Bearbeiter: [[N|Dominik Haas]]""")

neg("doc", "de", """Beispielkonfiguration für den Router (Handbuch, Kap. 4.2)
IP-Adresse: 192.0.2.10
Subnetzmaske: 255.255.255.0
Standard-Gateway: 192.0.2.1   DNS: 9.9.9.9
Werkseinstellung WLAN-Passwort: steht auf dem Typenschild (nicht ändern vor Firmware 7.57)""")

pos("csv", "de", """Mitgliedsnr;Nachname;Vorname;Straße;PLZ;Ort;Geburtsdatum;Telefon;E-Mail
1041;[[N|Kühn]];[[N|Ursula]];[[A|Birkenweg 3a]];79112;Freiburg im Breisgau;[[D|14.09.1956]];[[P|0761 4570231]];[[E|u.kuehn@t-online.de]]
1042;[[N|Yıldırım]];[[N|Emre]];[[A|Merzhauser Str. 160]];79100;Freiburg im Breisgau;[[D|02.01.2001]];[[P|0151 22904418]];[[E|emre.yildirim01@gmx.de]]
1043;[[N|von der Heydt]];[[N|Konstantin]];[[A|Schwarzwaldstraße 81]];79117;Freiburg im Breisgau;[[D|30.07.1972]];[[P|0761 6120988]];[[E|kvdheydt@posteo.de]]""")

neg("form", "de", """Muster - so füllen Sie den Antrag aus
Name: Mustermann   Vorname: Erika
Geburtsdatum: 12.08.1964   Anschrift: Heidestraße 17, 51147 Köln
Ausweisnummer: T22000129 (Muster-Personalausweis der Bundesdruckerei)
Bitte tragen Sie hier Ihre eigenen Daten ein - Musterdaten werden nicht bearbeitet.""")

neg("chat", "de", """[20:41] FC-Fanclub (Kanal): habt ihr das gesehen? Müller trifft in der 90. minute 😱
[20:42] FC-Fanclub (Kanal): Kahn hätte den gehalten, sag ich euch
[20:43] FC-Fanclub (Kanal): treffpunkt samstag wie immer am Königsplatz, bus zur Allianz Arena um 18 uhr
[20:44] FC-Fanclub (Kanal): ticket-hotline vom FC Bayern ist 089 69931-333, Ticketnr. 77120-441""")

pos("court", "de", """Amtsgericht München
Az.: 412 C 18734/24

In dem Rechtsstreit
[[N|Wolfgang Reichl]], [[A|Ungererstraße 140, 80805 München]],
                                                          - Kläger -
Prozessbevollmächtigte: Rechtsanwältin Dr. [[N|Miriam Seitz]], München
gegen
[[N|Sabine Reichl-Oberhuber]], [[A|Leopoldstraße 9, 80802 München]],
                                                          - Beklagte -
wegen Herausgabe erlässt das Amtsgericht München folgendes Endurteil ...""")

# ================================================================ Dutch (NL, BE)
pos("email", "nl", """Van: [[N|Daan de Vries-Bakker]] <[[E|daan.devries@ziggo.nl]]>
Aan: praktijk@huisartsenzuid.example
Onderwerp: Inschrijving nieuwe patiënten

Goedemiddag,

Wij zijn onlangs verhuisd naar [[A|Van Ostadestraat 214-2, 1073 TP Amsterdam]] en willen ons graag
bij uw praktijk inschrijven:
- [[N|Daan de Vries-Bakker]], geb. [[D|14-02-1988]], BSN [[ID|<<b1>>]]
- [[N|Sanne de Vries-Bakker]], geb. [[D|30-09-1990]], BSN [[ID|<<b2>>]]
Telefonisch bereikbaar via [[P|06-41827735]].

Met vriendelijke groet,
[[N|Daan]]""", b1=bsn("27459183"), b2=bsn("31840276"))

pos("hr", "nl", """LOONSTROOK maart 2025                    Bakkerij Van Houten B.V., Utrecht
Werknemer:      [[N|Ruben Kuipers]]                Personeelsnr: 00417
Adres:          [[A|Kanaalweg 18 bis]]
                [[A|3526 KL Utrecht]]
Geboortedatum:  [[D|09-12-1996]]              BSN: [[ID|<<b>>]]
Bruto loon ........................ 2.870,00
Netto uitbetaald op [[I|<<ib>>]] ... 2.214,37""", b=bsn("60219847"), ib=iban("NL", "RABO0312456789"))

neg("prose", "nl", """Anne Frank (12 juni 1929 - februari 1945) schreef haar dagboek in het Achterhuis aan de
Prinsengracht 263 in Amsterdam, waar het Anne Frank Huis nu jaarlijks ruim een miljoen bezoekers ontvangt.
Het dagboek verscheen in 1947 onder de titel Het Achterhuis. Otto Frank, haar vader, overleefde de oorlog
als enige van de onderduikers.""")

pos("form", "nl", """Inschrijvingsformulier kinderopvang 't Kabouterhuis, Gent
Kind:   [[N|Lotte Claeys]]     geboren op [[D|05/08/2022]]
        rijksregisternummer [[ID|<<k>>]]
Ouder 1: [[N|Pieter Claeys]]   rijksregisternummer [[ID|<<o>>]]
        gsm [[P|0478 12 34 56]]   e-mail [[E|pieter.claeys@telenet.be]]
Ouder 2: [[N|Ines Vandenberghe]]   gsm [[P|+32 485 77 20 19]]
Domicilie: [[A|Kortrijksesteenweg 411 bus 3, 9000 Gent]]""", k=be_nrn("220805", "214", True), o=be_nrn("880317", "045"))

pos("chat", "nl", """[[N|sanne]]: hoi! feestje zaterdag gaat door 🎉
[[N|sanne]]: adres is [[A|Oudegracht 87 bis, 3511 AD Utrecht]], bovenste bel
[[N|Mohammed El Amrani]]: top, ik neem [[N|fleur]] mee als dat mag
[[N|sanne]]: tuurlijk! als je de deur niet vindt bel me ff op [[P|06 2819 4470]]""")

neg("email", "nl", """Van: PostNL <noreply@postnl.example>
Onderwerp: Je pakket komt vandaag

Je pakket 3SABCD1234567 van bol.com wordt vandaag tussen 14:10 en 16:40 bezorgd.
Niet thuis? Wijzig de bezorging in de app (versie 9.12.0).
Vragen? Bel de klantenservice op 088 868 6161.""")

neg("config", "nl", """# voorbeeldconfiguratie - vul je eigen waarden in
server:
  host: 192.0.2.44       # documentatie-adres, vervangen
  poort: 8443
api:
  sleutel: "<jouw-API-sleutel>"
  token: ${API_TOKEN}
wachtwoord: '********'""")

pos("medical", "nl", """Huisartsenpraktijk De Linde, Zwolle
Verwijsbrief - Dermatologie, Isala Zwolle

Betreft: mevrouw [[N|H. Scholten-Brouwer]], geb. [[D|22-04-1962]]
Adres: [[A|Thomas a Kempisstraat 51, 8021 BK Zwolle]]   Tel. [[P|038-4217763]]
BSN: [[ID|<<b>>]]

Geachte collega, graag uw beoordeling van een sinds 3 maanden groeiende, gepigmenteerde laesie op de rug.
Met collegiale groet, [[N|J. Hoekstra]], huisarts""", b=bsn("44871093"))

neg("doc", "nl", """Productinformatie
Douwe Egberts Aroma Rood, 500 g - artikelnr. 8711000530085
Tante Betsy Stroopwafels, 10 stuks - artikelnr. 8710400311423
Verkrijgbaar bij Albert Heijn, Zaandam. Ordernummer 2025-0311-77812.
Klantenservice Douwe Egberts: 0800 022 0550 (gratis).""")

pos("sql", "nl", """-- export klanten webshop (tijdelijk, verwijderen na migratie)
INSERT INTO klant (voornaam, achternaam, straat, postcode, plaats, iban, telefoon) VALUES
('[[N|Femke]]', '[[N|van Leeuwen]]', '[[A|Dorpsstraat 12]]', '1191 BB', 'Ouderkerk aan de Amstel', '[[I|<<i1>>]]', '[[P|+31 6 38419027]]'),
('[[N|Bram]]', '[[N|Jansen]]', '[[A|Wilhelminalaan 3c]]', '5611 CC', 'Eindhoven', '[[I|<<i2>>]]', '[[P|040-2443187]]'),
('[[N|Noor]]', '[[N|Bakker]]', '[[A|Hoofdweg 1044]]', '2153 LR', 'Nieuw-Vennep', '[[I|<<i3>>]]', '[[P|06-19283740]]');""",
    i1=iban("NL", "INGB0004718293", False), i2=iban("NL", "ABNA0517238846", False), i3=iban("NL", "SNSB0921847366", False))

# ================================================================ French (FR, BE, CH, CA)
def _rib(bank, branch, account):
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return bank + branch + account + "%02d" % key


pos("letter", "fr", """[[N|Camille Lefèbvre]]
[[A|Résidence Les Tilleuls, bât. C]]
[[A|14 allée des Peupliers]]
[[A|69500 Bron]]
Tél. : [[P|06 71 28 45 93]]

                                  EDF Service Clients, Lyon
                                  Bron, le 3 mars 2025

Objet : résiliation du contrat n° 4471-2231-08 - lettre recommandée avec AR

Madame, Monsieur,
Suite à mon déménagement, je vous prie de bien vouloir résilier mon contrat au 31 mars 2025.
Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
[[N|Camille Lefèbvre]]""")

pos("hr", "fr", """FICHE SALARIÉ - confidentiel
Nom : [[N|MOREAU]]            Prénom(s) : [[N|Julien Pierre]]
Né le : [[D|13/07/1993]] à Avignon (84)
N° de sécurité sociale : [[ID|<<nir>>]]
Adresse : [[A|27 bis rue Joseph Vernet, 84000 Avignon]]
Portable : [[P|+33 6 12 48 90 37]]     Mail perso : [[E|julien.moreau93@orange.fr]]
RIB - IBAN : [[I|<<ib>>]]
Date d'entrée : 02/01/2025 - Poste : technicien de maintenance""",
    nir=nir("1930784007287"), ib=iban("FR", _rib("30004", "01847", "00012784533")))

pos("medical", "fr", """Centre Hospitalier Universitaire de Nantes - Service de Pneumologie
Compte rendu de consultation du 27/02/2025

Patiente : Mme [[N|Odile Gauthier-Rivière]], née le [[D|04/08/1951]]
N° INSEE : [[ID|<<nir>>]]
Domicile : [[A|8 impasse du Moulin, 44240 La Chapelle-sur-Erdre]]
Médecin traitant : Dr [[N|Yann Le Goff]], Nantes

Cher confrère, j'ai revu ce jour votre patiente pour le suivi de sa BPCO stade II ...
Dr [[N|Aurélie Nguyen-Tessier]]""", nir=nir("2510844035112"))

pos("chat", "fr", """[[N|Inès]]: coucou tu peux m'envoyer ton adresse pour le faire-part ?
[[N|Maxime Dubreuil]]: oui c'est [[A|42 rue Sainte-Catherine, 33000 Bordeaux]], interphone "[[N|dubreuil]]"
[[N|Inès]]: merci ! et ton numéro a changé non ?
[[N|Maxime Dubreuil]]: yes c'est le [[P|07 68 21 93 05]] maintenant
[[N|Inès]]: parfait, bisous à [[N|léa]] 😘""")

pos("form", "fr", """RÉGIE DE L'ASSURANCE MALADIE DU QUÉBEC - Demande d'inscription
Nom de famille : [[N|Tremblay]]        Prénom : [[N|Marie-Ève]]
Date de naissance (AAAA-MM-JJ) : [[D|1985-12-14]]
Numéro d'assurance maladie : [[ID|TREM 8562 1412]]
Numéro d'assurance sociale : [[ID|<<nas>>]]
Adresse : [[A|1234, rue Saint-Denis, app. 5, Montréal (Québec) H2X 3K2]]
Téléphone : [[P|514 555-0176]]""", nas=sin("27381946"))

pos("court", "fr", """TRIBUNAL JUDICIAIRE DE LYON - Juge aux affaires familiales
RG n° 24/08812

ENTRE :
Madame [[N|Sophie Marchand]], née le [[D|22 janvier 1987]] à Villeurbanne,
demeurant [[A|5 cours Émile Zola, 69100 Villeurbanne]],
Représentée par Maître [[N|Thomas Berthier]], avocat au barreau de Lyon
ET :
Monsieur [[N|Karim Benali]], né le [[D|9 octobre 1984]] à Vénissieux,
demeurant [[A|18 avenue Jean Jaurès, appt 62, 69007 Lyon]]""")

pos("log", "fr", """2025-03-04 07:12:55 [auth] connexion réussie utilisateur=cdurand ip=[[IP|78.194.33.120]] poste=[[MAC|D4:3D:7E:9A:11:C2]]
2025-03-04 07:13:40 [auth] échec mot de passe utilisateur=cdurand ip=[[IP|78.194.33.120]]
2025-03-04 07:14:02 [vpn] tunnel établi client=[[IP|10.8.14.33]] utilisateur=[[E|claire.durand@mairie-saintherblain.fr]]
2025-03-04 07:14:02 [vpn] DNS poussé 9.9.9.9, route 10.0.0.0/8""")

pos("invoice", "fr", """FACTURE N° 2025-0142                          Plomberie Ferrand SARL, Clermont-Ferrand
                                               SIRET 812 447 905 00018
Client :
M. [[N|Lucas Robin]] et Mme [[N|Émilie Robin]]
[[A|Lieu-dit La Garenne]]
[[A|63450 Saint-Saturnin]]

Remplacement chauffe-eau 200 L ................... 1 480,00 € TTC
Règlement par prélèvement sur le compte [[I|<<ib>>]]
Mandat SEPA n° FERR-2025-0142""", ib=iban("FR", _rib("16806", "00100", "71234567890")))

neg("prose", "fr", """Victor Hugo (26 février 1802 - 22 mai 1885) a vécu de 1832 à 1848 au 6 place des Vosges,
à Paris, dans un appartement devenu la Maison de Victor Hugo. C'est là qu'il écrivit une partie
des Misérables, dont le héros, Jean Valjean, porte le matricule 24601 au bagne de Toulon.
Ses funérailles nationales, le 1er juin 1885, réunirent près de deux millions de personnes.""")

neg("email", "fr", """De : SNCF Connect <ne-pas-repondre@sncf-connect.example>
Objet : Confirmation de votre réservation - dossier QKZ7RT

Votre voyage Paris Gare de Lyon -> Marseille Saint-Charles, TGV INOUI 6107, le 21/03/2025 à 07:37.
Voiture 14, places 61 et 62. Référence dossier : QKZ7RT.
Service client : 3635 (service 0,40 €/min + prix d'un appel).""")

neg("doc", "fr", """Guide d'intégration - paiements de test
Utilisez les numéros suivants en environnement de recette uniquement :
  Carte CB de test : 4970 1000 0000 0063 (exp. 12/30, CVV 123)
  IBAN d'exemple : FR76 3000 6000 0112 3456 7890 189
  BIC : AGRIFRPP
Ne saisissez jamais de vraies données bancaires en recette. Version de l'API : 3.4.1""")

neg("invoice", "fr", """FACTURE N° F-88120                               Imprimerie du Rhône SAS, Lyon
Client : Librairie Gallimard Lyon, Lyon - n° client C-2231
SIRET 552 081 317 00041 - TVA FR 32 552081317
Impression 500 flyers A5 quadri ....................... 145,00 € HT
Échéance : 15/04/2025. Contact facturation : compta@imprimerie-rhone.example""")

neg("note", "fr", """Note de vérification - dossier 55-1207 (données masquées pour le support niveau 1)
IBAN : FR76 **** **** **** **** ***0 189
Téléphone : 06 ** ** ** 78
Carte : **** **** **** 4821, expiration 09/27
Merci de ne jamais demander au client la suite complète.""")

neg("chat", "fr", """[Assistant Orange] Bonjour ! Je suis l'assistant virtuel d'Orange. Comment puis-je vous aider ?
[Assistant Orange] Votre box Livebox 6 (firmware 3.2.8) a redémarré à 04:00 pour une mise à jour.
[Assistant Orange] Pour joindre un conseiller, composez le 3900 (service gratuit + prix appel).
[Assistant Orange] Référence de votre demande : DEM-2025-00331784""")

# ================================================================ Spanish (ES, MX, AR, CL, CO)
def _nuss(prov, num):
    return "%s %s %02d" % (prov, num, int(prov + num) % 97)


pos("email", "es", """De: [[N|Lucía Fernández Ortega]] <[[E|lucia.fdez.ortega@gmail.com]]>
Para: atencion.cliente@movilsur.example
Asunto: Reclamación factura febrero - línea [[P|612 847 330]]

Buenos días:

Les escribo como titular de la línea [[P|612 847 330]] (DNI [[ID|<<dni>>]]). En la factura de febrero
aparece un cargo de roaming que no reconozco. Mi dirección de facturación es
[[A|C/ de Alcalá, 214, 3.º B]]
[[A|28028 Madrid]]

Un saludo,
[[N|Lucía Fernández]]""", dni=dni("47291836"))

pos("form", "es", """SOLICITUD DE CRÉDITO - Caja Popular del Valle, Guadalajara
Nombre(s): [[N|Ana Karen]]   Apellido paterno: [[N|Hernández]]   Apellido materno: [[N|García]]
CURP: [[ID|<<curp>>]]
Fecha de nacimiento: [[D|22/03/1991]]
Domicilio: [[A|Calle Durango 245, Int. 3, Col. Roma Norte, Cuauhtémoc, 06700 Ciudad de México]]
Celular: [[P|+52 55 3418 2276]]   Correo: [[E|anakaren.hg@hotmail.com]]
Referencia personal: [[N|Rodrigo Salinas Mora]], tel. [[P|33 1452 8890]]""", curp=curp("HEGA910322MDFRRN0"))

pos("hr", "es", """CONTRATO DE TRABAJO A PLAZO FIJO
En Santiago, a 3 de marzo de 2025, entre Comercial Andes SpA, Santiago, y don
[[N|Matías Ignacio Contreras Soto]], RUT [[ID|<<r1>>]], nacido el [[D|4 de mayo de 1995]],
domiciliado en [[A|Pasaje Los Aromos 1187, Villa Alemana]], teléfono [[P|+56 9 8123 4470]],
se ha convenido el siguiente contrato de trabajo. Testigo: doña [[N|Carolina Peña Vidal]], RUT [[ID|<<r2>>]].""",
    r1=rut("19482931"), r2=rut("9876543"))

pos("chat", "es", """[[N|Vale]]: che, ¿me pasás tu dire para mandarte el regalo?
[[N|Nico Ferraro]]: dale, [[A|Av. Corrientes 3247, piso 4 dto. B, C1193AAE CABA]]
[[N|Vale]]: genial. y tu cuil para la factura? lo pide la tienda
[[N|Nico Ferraro]]: [[ID|<<cuil>>]] jaja qué burocracia
[[N|Vale]]: jajaja gracias [[N|nico]], te llamo al [[P|11 5823-4470]] cuando llegue""", cuil=cuil("20", "33481902"))

pos("medical", "es", """HOSPITAL UNIVERSITARIO LA PAZ - Servicio de Urgencias
Informe de alta - 02/03/2025 04:18

Paciente: [[N|Andrei Popescu]]   NIE: [[ID|<<nie>>]]   F. nac.: [[D|17/11/1979]]
N.º afiliación Seguridad Social: [[ID|<<ss>>]]
Domicilio: [[A|Calle del Arroyo de la Media Legua, 29, 2.º izq., 28030 Madrid]]
Contacto: hija, [[N|Elena Popescu]], [[P|+34 644 192 007]]
Médico responsable: Dra. [[N|Pilar Sanz Iglesias]] (col. 282846512)""", nie=nie("X", "4172386"), ss=_nuss("28", "10472293"))

pos("csv", "es", """cedula;nombres;apellidos;direccion;ciudad;celular;correo
[[ID|1.020.447.812]];[[N|Juan Camilo]];[[N|Restrepo Álvarez]];[[A|Cra. 7 # 45-12, Apto 301]];Bogotá;[[P|310 482 7791]];[[E|jcrestrepo@gmail.com]]
[[ID|52.874.330]];[[N|Luz Marina]];[[N|Ocampo]];[[A|Calle 10 Sur # 43A-50, Casa 4]];Medellín;[[P|+57 315 220 1186]];[[E|luzmarina.ocampo@yahoo.com]]
[[ID|1.144.093.227]];[[N|Yeison]];[[N|Mosquera Palacios]];[[A|Av. 6N # 28N-15]];Cali;[[P|300 715 4402]];[[E|yeison.mp@outlook.com]]""")

pos("json", "es", """{
  "pedido": "PED-2025-330871",
  "cliente": {
    "nombre": "[[N|Jordi Puig Serra]]",
    "email": "[[E|jordi.puig.serra@gmail.com]]",
    "telefono": "[[P|+34 633 41 28 90]]",
    "direccion_envio": "[[A|Carrer de Mallorca, 401, 5è 2a, 08013 Barcelona]]"
  },
  "pago": {"tarjeta": "[[C|<<c>>]]", "iban_devolucion": "[[I|<<ib>>]]"}
}""", c=card("454881304721930"), ib=iban("ES", "01822370490201548871"))

pos("court", "es", """JUZGADO DE PRIMERA INSTANCIA N.º 4 DE SEVILLA
Procedimiento: Juicio verbal 1127/2024

DEMANDANTE: D.ª [[N|Rocío Márquez Delgado]], mayor de edad, con DNI [[ID|<<d1>>]] y domicilio en
[[A|C/ Feria, 88, 1.º A, 41003 Sevilla]].
DEMANDADO: D. [[N|Francisco Javier Ruiz Cano]], con DNI [[ID|<<d2>>]] y domicilio en
[[A|Avda. de la Buhaira, 17, bloque 2, 4.º C, 41018 Sevilla]].
Procuradora: Sra. [[N|Inmaculada Gil Rojas]].""", d1=dni("28831047"), d2=dni("05318842", "-"))

neg("prose", "es", """Miguel de Cervantes Saavedra (Alcalá de Henares, 29 de septiembre de 1547 - Madrid, 22 de abril
de 1616) publicó la primera parte de El ingenioso hidalgo don Quijote de la Mancha en 1605.
Don Quijote y Sancho Panza recorren La Mancha en busca de aventuras; Dulcinea del Toboso solo existe
en la imaginación del caballero. La Casa Natal de Cervantes se puede visitar en la calle Mayor.""")

neg("email", "es", """De: Renfe <noresponder@renfe.example>
Asunto: Tu billete - Localizador Y7K2PQ

AVE 03071 Madrid Puerta de Atocha - Barcelona Sants, 14/03/2025, salida 07:30.
Coche 5, plaza 08A. Localizador: Y7K2PQ. Importe: 68,40 EUR (tarjeta **** 5521).
Atención al cliente: 912 320 320. Versión de la app 11.2.0.""")

neg("doc", "es", """Validación de formularios - datos de ejemplo
DNI de ejemplo: 12345678Z (válido en formato, no corresponde a ninguna persona)
IBAN de ejemplo: ES91 2100 0418 4502 0005 1332
Teléfono de ejemplo: 600 000 000
Correo de ejemplo: usuario@example.com
Use siempre estos datos en el entorno de pruebas (v4.0.2).""")

neg("ticket", "es", """Incidencia INC-2025-11873 - Caída del servidor de correo
Servidor afectado: mx02 (Exchange 2019 CU14, build 15.2.1544.4)
Inicio: 04/03/2025 09:12 - Fin: 04/03/2025 09:47
Causa: certificado TLS caducado. Rango afectado: 10.20.0.0/16
Comunicado enviado a todos@empresa.example por el equipo de Sistemas.""")

neg("doc", "es", """Catálogo primavera 2025 - Muebles Casa Lola, Valencia
Sillón "Frida" terciopelo mostaza .......... ref. FR-220 .... 349 €
Mesa auxiliar "Gaudí" roble ................ ref. GD-118 .... 129 €
Lámpara "Don Pepe" latón ................... ref. DP-007 ....  89 €
Pedidos: pedidos@casalola.example o 963 000 111 (centralita).""")

neg("log", "es", """2025-03-04 12:01:33 INFO  pago aceptado pedido=PED-2025-330871 tarjeta=454881******1937 importe=129.90
2025-03-04 12:01:34 INFO  notificación enviada a <correo oculto> plantilla=confirmacion_v3
2025-03-04 12:01:35 WARN  reintento webhook https://pasarela.example/hooks/{TOKEN} (2/5)
2025-03-04 12:01:40 INFO  cliente=*** teléfono=6** *** *90 dirección=[REDACTADA]""")

# ================================================================ Italian
pos("email", "it", """Da: [[N|Giulia Bianchi]] <[[E|giulia.bianchi90@libero.it]]>
A: affitti@immobiliarenavigli.example
Oggetto: Proposta di locazione - bilocale rif. MI-2231

Buongiorno,
come d'accordo vi invio i miei dati per la proposta:
codice fiscale [[ID|<<cf>>]], nata a Milano il [[D|15/03/1990]],
residente in [[A|Via Giuseppe Ripamonti 88, 20141 Milano (MI)]].
Potete contattarmi al [[P|347 218 5590]] dopo le 18.

Cordiali saluti,
[[N|Giulia]]""", cf=codice_fiscale("BNCGLI90C55F205"))

pos("form", "it", """MODULO DI ISCRIZIONE - Palestra Vesuvio Fit, Napoli
Cognome: [[N|Esposito]]          Nome: [[N|Marco]]
Data di nascita: [[D|02/10/1982]]     Luogo di nascita: Napoli
Codice fiscale: [[ID|<<cf>>]]
Indirizzo: [[A|Via dei Tribunali 181]]     CAP: 80138     Città: Napoli
Cellulare: [[P|+39 333 481 2207]]    E-mail: [[E|marco.esposito82@gmail.com]]
Abbonamento: annuale - pagamento con carta [[C|<<c>>]]""", cf=codice_fiscale("SPSMRC82R02F839"), c=card("532756019943811"))

pos("medical", "it", """AZIENDA OSPEDALIERA CITTÀ DELLA SALUTE E DELLA SCIENZA DI TORINO
Referto ambulatoriale - Endocrinologia                       Data: 26/02/2025
Paziente: [[N|De Luca Francesca]]   Nata il: [[D|27/06/1975]]
Tessera sanitaria / C.F.: [[ID|<<cf>>]]
Residenza: [[A|Corso Vittorio Emanuele II 112, 10121 Torino]]
Diagnosi: tiroidite di Hashimoto in eutiroidismo. Controllo TSH tra 6 mesi.
Il medico: dott.ssa [[N|Chiara Valsecchi]]""", cf=codice_fiscale("DLCFNC75H67L219"))

pos("letter", "it", """RACCOMANDATA A/R

Egr. Sig.
[[N|Alessandro Conti]]
[[A|Via Saragozza 64, scala B, int. 7]]
[[A|40123 Bologna BO]]

Oggetto: sollecito di pagamento - Condominio «Residenza Saragozza», rate 2024
C.F. del condomino: [[ID|<<cf>>]]
Amministrazione condominiale Studio Ferri, Bologna""", cf=codice_fiscale("CNTLSN68A09A944"))

pos("chat", "it", """[[N|fede]]: raga stasera da me? porto la pizza
[[N|Martina Greco]]: io ci sono!! mandami di nuovo l'indirizzo che ho perso il messaggio
[[N|fede]]: [[A|via Ostiense 152, 00154 roma]], citofono "[[N|galli]]", quarto piano
[[N|Martina Greco]]: perfetto, se mi perdo ti chiamo al [[P|339 702 1184]]
[[N|fede]]: ok! porta anche [[N|ludo]]""")

pos("invoice", "it", """FATTURA N. 31/2025 del 28/02/2025              Studio Tecnico Geom. Lombardi, Bergamo
Cliente: [[N|Roberta Pellegrini]]
C.F.: [[ID|<<cf>>]]
Indirizzo: [[A|Via Borgo Palazzo 90, 24125 Bergamo]]
Pratica catastale (variazione DOCFA) ............ € 650,00
Pagamento tramite bonifico; rimborso eventuale su IBAN cliente [[I|<<ib>>]]""",
    cf=codice_fiscale("PLLRRT79E41A794"), ib=iban("IT", "X0542811101000000771204"))

neg("prose", "it", """Leonardo da Vinci (Vinci, 15 aprile 1452 - Amboise, 2 maggio 1519) fu pittore, ingegnere e
scienziato. Il Cenacolo si trova nel refettorio di Santa Maria delle Grazie, in piazza di Santa Maria
delle Grazie a Milano. Nel romanzo di Collodi, Geppetto intaglia Pinocchio da un pezzo di legno
regalatogli da mastro Ciliegia.""")

neg("email", "it", """Da: Poste Italiane <noreply@posteitaliane.example>
Oggetto: La tua spedizione RR123456785IT è in consegna

La raccomandata RR123456785IT è in consegna oggi. Giacenza presso l'ufficio postale dopo 2 tentativi.
Per assistenza chiama il numero verde 800 160 000.
Codice pratica: PI-2025-0771342""")

neg("doc", "it", """Esempi per la validazione dei campi
Codice fiscale di esempio: RSSMRA85T10A562S (Mario Rossi, nome di fantasia)
Partita IVA di esempio: 12345678903
IBAN di esempio: IT60 X054 2811 1010 0000 0123 456
Non usare mai dati reali nei test. Versione libreria: 2.3.7""")

neg("config", "it", """# application-prod.yml - i segreti sono nel vault
spring:
  datasource:
    url: jdbc:postgresql://db.prod.interno:5432/ordini
    username: ${DB_USER}
    password: ${DB_PASSWORD}
  mail:
    from: notifiche@azienda.example""")

# ================================================================ Portuguese (PT, BR)
def _pis(first10):
    s = sum(int(a) * b for a, b in zip(first10, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]))
    dv = 11 - s % 11
    dv = 0 if dv >= 10 else dv
    return "%s.%s.%s-%d" % (first10[:3], first10[3:8], first10[8:], dv)


def _nib(b19):
    return b19 + "%02d" % (98 - (int(b19) * 100) % 97)


pos("email", "pt", """De: [[N|Inês Carvalho Matos]] <[[E|ines.cmatos@sapo.pt]]>
Para: arrendamentos@casasdoporto.example
Assunto: Contrato de arrendamento - T2 Bonfim

Boa tarde,
Envio os dados para o contrato:
Nome: [[N|Inês Carvalho Matos]]   NIF: [[ID|<<nif>>]]   Data de nascimento: [[D|11/09/1992]]
Morada atual:
[[A|Rua de Santa Catarina, 1234, 3.º Esq.]]
[[A|4000-447 Porto]]
Telemóvel: [[P|+351 912 448 170]]
Com os melhores cumprimentos,
[[N|Inês]]""", nif=pt_nif("23418907"))

pos("form", "pt", """CADASTRO DE CLIENTE - Loja Virtual Ipê
Nome completo: [[N|Thiago Henrique Albuquerque]]
CPF: [[ID|<<cpf>>]]      RG: [[ID|32.447.918-5]]
Data de nascimento: [[D|07/04/1994]]
Endereço: [[A|Rua Augusta, 1508, apto 62]]
Bairro: Consolação     CEP: 01304-001     Cidade/UF: São Paulo/SP
Celular: [[P|(11) 98452-3107]]     E-mail: [[E|thiago.albuquerque94@gmail.com]]""", cpf=cpf("481209337"))

pos("chat", "pt", """[[N|Dani]]: amiga me passa tua chave pix que eu te devolvo a grana do show
[[N|Bruna Oliveira]]: é meu cpf mesmo: [[ID|<<cpf>>]]
[[N|Dani]]: feito! 💸 ah e qual teu endereço novo? quero mandar o convite
[[N|Bruna Oliveira]]: [[A|Rua Padre Chagas, 415, ap 802 - Moinhos de Vento, Porto Alegre - RS, 90570-080]]
[[N|Dani]]: valeu [[N|bru]]!!""", cpf=cpf("093114528", False))

pos("medical", "pt", """Hospital de Santa Maria, Lisboa - Consulta de Reumatologia
Utente: [[N|José Manuel Antunes Ribeiro]]      N.º de utente SNS: [[ID|284 117 390]]
Data de nascimento: [[D|1958-02-19]]      NIF: [[ID|<<nif>>]]
Morada: [[A|Avenida da República, 97, 5.º Dto., 1050-189 Lisboa]]
Contacto: [[P|21 793 4420]] / [[P|96 512 8803]]
Médica assistente: Dr.ª [[N|Helena Sobral]]""", nif=pt_nif("19283746"))

pos("hr", "pt", """FICHA DE ADMISSÃO - Construtora Serra Verde Ltda., Belo Horizonte
Colaborador: [[N|Ana Paula Ribeiro dos Santos]]
CPF: [[ID|<<cpf>>]]   PIS/PASEP: [[ID|<<pis>>]]
Nascimento: [[D|23/08/1987]]
Endereço: [[A|Rua dos Guajajaras, 1470, apto 301, Barro Preto, Belo Horizonte - MG, 30180-101]]
Dados bancários: Banco do Brasil, ag. 3357-0, c/c 41827-6   Chave PIX: [[E|anapaula.rsantos@yahoo.com.br]]
Contato de emergência: [[N|Rogério dos Santos]] (marido) [[P|(31) 99731-2044]]""", cpf=cpf("352871604"), pis=_pis("1204881735"))

pos("invoice", "pt", """FATURA-RECIBO FR 2025/118                    Canalizações Beira-Mar, Lda., Aveiro
Cliente: [[N|Rui Filipe Tavares]]         NIF: [[ID|<<nif>>]]
Morada: [[A|Travessa do Carmo, 6, r/c]]
        [[A|3800-123 Aveiro]]
Reparação de esquentador ..................... 145,00 EUR
Pago por transferência a partir de [[I|<<ib>>]]""", nif=pt_nif("25510382"), ib=iban("PT", _nib("0033000045329871602")))

neg("prose", "pt", """Fernando Pessoa (Lisboa, 13 de junho de 1888 - Lisboa, 30 de novembro de 1935) escreveu sob
vários heterónimos, entre eles Alberto Caeiro, Ricardo Reis e Álvaro de Campos, que tinham biografias
próprias inventadas pelo poeta. A estátua de Pessoa em frente ao café A Brasileira, no Chiado, é um dos
pontos mais fotografados de Lisboa.""")

neg("email", "pt", """De: Correios <naoresponda@correios.example>
Assunto: Objeto AA123456789BR saiu para entrega

Seu objeto AA123456789BR saiu para entrega ao destinatário.
Previsão: hoje até as 18h. Pedido na loja: #BR-7730021
Central de atendimento: 3003 0100 (capitais) ou 0800 725 7282.""")

neg("doc", "pt", """Ambiente de homologação - dados fictícios para testes
CPF de teste: 000.000.000-00 (rejeitado pela validação, use apenas para testes de erro)
Cartão de teste aprovado: 5555 5555 5555 4444 - validade 12/30 - CVV 123
Chave PIX de teste: pix-teste@example.com
Token de sandbox: <SANDBOX_TOKEN> (gerar no painel, versão 2.8)""")

neg("prose", "pt", """Trânsito intenso na Avenida Paulista e na Rua da Consolação nesta sexta-feira por causa da
manifestação marcada para as 17h em frente ao MASP. A CET recomenda evitar a região e usar o
metrô (Linha 2-Verde). Informações pelo telefone 1188, o número da CET para emergências de trânsito.""")

# ================================================================ Swedish
pos("email", "sv", """Från: [[N|Elin Sjöberg]] <[[E|elin.sjoberg@telia.com]]>
Till: kundtjanst@hyresbostader.example
Ämne: Uppsägning av lägenhet, kontrakt 55-2231-04

Hej,
Jag säger härmed upp mitt hyreskontrakt för lägenheten på
[[A|Storgatan 12 B, lgh 1102]]
[[A|852 30 Sundsvall]]
Mitt personnummer är [[ID|<<pn>>]]. Ny adress från 1 maj:
[[A|Bergsgatan 7]]
[[A|113 23 Stockholm]]
Nås enklast på [[P|070-481 22 96]].

Vänliga hälsningar
[[N|Elin]]""", pn=personnummer("910514", "238"))

pos("hr", "sv", """PERSONALAKT - anställningsuppgifter
Namn: [[N|Oskar Lindqvist]]
Personnummer: [[ID|<<pn>>]]
Adress: [[A|Fjällgatan 23, 116 28 Stockholm]]
Mobil: [[P|+46 73 912 40 58]]
Lönekonto (IBAN): [[I|<<ib>>]]
Närmaste anhörig: [[N|Karin Lindqvist]] (sambo), [[P|070-228 14 63]]""", pn=personnummer("870302", "461"), ib=iban("SE", "30000000031204587722"))

pos("chat", "sv", """[[N|Linnea]]: hej! kommer du på kräftskivan?
[[N|Ahmed Yusuf]]: absolut! skicka adressen igen
[[N|Linnea]]: [[A|Linnégatan 41, 413 04 Göteborg]], portkod 1822
[[N|Ahmed Yusuf]]: tack [[N|linnea]] 🦞 ringer om jag inte hittar, [[P|076-551 02 38]] om du behöver nå mig""")

pos("ticket", "sv", """Ärende #SE-3381 - Kan inte ansluta till VPN hemifrån
Anmälare: [[N|Johanna Berglund]], ekonomiavdelningen, tfn [[P|08-555 183 40]]
Klientens IP: [[IP|83.250.17.204]]   Tilldelad tunnel-IP: [[IP|10.44.3.19]]
Dator: SE-EKO-LT077, MAC [[MAC|3C:A9:F4:12:7B:E0]]
Åtgärd: certifikatet förnyat. /[[N|Peter]], IT-support""")

neg("prose", "sv", """Astrid Lindgren (14 november 1907 - 28 januari 2002) skrev böckerna om Pippi Långstrump, som bor
i Villa Villekulla med hästen Lilla Gubben och apan Herr Nilsson. Astrid Lindgrens Värld i Vimmerby
öppnade 1981. Emil i Lönneberga och Karlsson på taket är andra kända figurer.""")

neg("doc", "sv", """IKEA varuhus Kungens Kurva - veckans erbjudanden
BILLY bokhylla, vit, 80x28x202 cm ....... art.nr 002.638.50 ..... 599 kr
KLIPPAN 2-sits soffa ..................... art.nr 904.150.28 ..... 3 495 kr
POÄNG fåtölj ............................. art.nr 792.408.08 ..... 1 295 kr
Kundtjänst: 0775-700 500. Erbjudandet gäller t.o.m. 2025-03-31.""")

neg("letter", "sv", """Skatteverket
Information om deklarationen 2025
Deklarationen ska vara inlämnad senast den 2 maj 2025. Du kan deklarera digitalt med e-legitimation
från den 18 mars. Har du frågor, ring Skatteupplysningen 0771-567 567 eller läs mer på skatteverket.se.
Blankettnummer SKV 2000, utgåva 38.""")

# ================================================================ Danish
pos("letter", "da", """[[N|Mette Kjærgaard Holm]]
[[A|Nørrebrogade 45, 3. tv.]]
[[A|2200 København N]]

Udbetaling Danmark, København
27. februar 2025

Vedr.: ansøgning om boligstøtte - CPR-nr. [[ID|<<cpr>>]]
Jeg vedlægger lejekontrakt og lønsedler. Jeg kan kontaktes på [[P|+45 28 41 93 07]] eller
[[E|mette.k.holm@gmail.com]].
Med venlig hilsen
[[N|Mette Kjærgaard Holm]]""", cpr=cpr("040792", "218"))

pos("medical", "da", """Aarhus Universitetshospital - Epikrise
Patient: [[N|Rasmus Østergaard]], CPR [[ID|<<cpr>>]]
Adresse: [[A|Vesterbrogade 8, 1. th., 8000 Aarhus C]]
Pårørende: hustru [[N|Signe]], tlf. [[P|22 47 18 36]]
Indlagt 24.02.2025 med pneumoni, behandlet med penicillin i.v. Udskrevet i god almentilstand.
Egen læge: [[N|Lars Vinther]], Aarhus""", cpr=cpr("120385", "512"))

pos("config", "da", """# docker-compose.override.yml  (lokal udvikling - IKKE til git)
services:
  api:
    environment:
      - DB_URL=[[U|mysql://webshop:Fl0dbolle!2025@10.0.7.21:3306/webshop]]
      - MOBILEPAY_API_KEY=[[K|Y1B9lh1GyIbRpHMiZQkAx1bF]]
      - SMTP_PASSWORD=[[K|Ravnsborggade#77]]""")

pos("csv", "da", """kundenr;fornavn;efternavn;vej;postnr;by;tlf;email
4410;[[N|Freja]];[[N|Mikkelsen]];[[A|Vestergade 19, st.]];5000;Odense C;[[P|31 22 84 70]];[[E|freja.mikkelsen@hotmail.dk]]
4411;[[N|Anders]];[[N|Bach Nielsen]];[[A|Skovvej 4]];7100;Vejle;[[P|+45 40 55 21 98]];[[E|anders.bn@outlook.dk]]
4412;[[N|Yasmin]];[[N|Haddad]];[[A|Grønnegade 102, 2. mf.]];9000;Aalborg;[[P|60 19 43 27]];[[E|yasmin.haddad@gmail.com]]""")

neg("prose", "da", """H.C. Andersen (2. april 1805 - 4. august 1875) blev født i Odense. Hans eventyr om Den lille Havfrue
inspirerede statuen på Langelinie, der blev afsløret i 1913. Den grimme ælling og Kejserens nye klæder
er oversat til over 125 sprog. H.C. Andersens Hus i Odense genåbnede i 2021.""")

neg("email", "da", """Fra: PostNord <ingen-svar@postnord.example>
Emne: Din pakke 00370726201234567891 er klar til afhentning

Din pakke fra Zalando kan afhentes i pakkeshoppen (Netto, Vejle) indtil 12.03.2025.
Husk afhentningskode eller app (version 5.31.0). Kundeservice: 70 70 70 30.""")

# ================================================================ Norwegian
pos("email", "no", """Fra: [[N|Sindre Haugen]] <[[E|sindre.haugen@online.no]]>
Til: post@barnehagen-solsikken.example
Emne: Søknad om barnehageplass

Hei!
Vi søker plass fra august for sønnen vår [[N|Eirik Haugen]], født [[D|03.03.2023]].
Foreldre: [[N|Sindre Haugen]] (fnr. [[ID|<<f1>>]]) og [[N|Ingrid Moe]] (fnr. [[ID|<<f2>>]]).
Adresse: [[A|Thorvald Meyers gate 54B, 0552 Oslo]]. Telefon [[P|+47 915 28 443]].
Mvh [[N|Sindre]]""", f1=fnr("150888", "437"), f2=fnr("220490", "442"))

pos("form", "no", """SKJEMA - Endring av kontonummer for utbetaling
Navn: [[N|Kari Nordby Strand]]
Fødselsnummer: [[ID|<<f>>]]
Adresse: [[A|Kongens gate 17]]    Postnr: 7011    Sted: Trondheim
Ny konto (IBAN): [[I|<<ib>>]]
Telefon: [[P|926 14 077]]   E-post: [[E|kari.strand@gmail.com]]""", f=fnr("110901", "526"), ib=iban("NO", "15032047881"))

pos("chat", "no", """[[N|Ola]]: hvor er vorspielet i kveld?
[[N|Mari Lunde]]: hos [[N|Henrik]]! [[A|Møllendalsveien 33, 5009 Bergen]], 2. etasje
[[N|Ola]]: nice, ringer på [[P|472 18 905]] hvis døra er låst
[[N|Mari Lunde]]: det er mitt nr haha. [[N|henrik]] har [[P|901 44 372]]""")

pos("doc", "no", """POSTEN - Pakkelapp / Sendingsnummer 370722151234567890
Mottaker:
[[N|Turid Bakkevold]]
[[A|Storgata 101]]
[[A|9008 Tromsø]]
Tlf. mottaker: [[P|+47 41 55 02 87]]
Avsender: Komplett.no, Sandefjord""")

neg("prose", "no", """Henrik Ibsen (20. mars 1828 - 23. mai 1906) skrev Peer Gynt i 1867; Edvard Grieg komponerte musikken
til urframføringen i 1876. Ibsenmuseet i Arbins gate 1 i Oslo viser leiligheten der han bodde de siste
elleve årene. Nora Helmer fra Et dukkehjem er en av verdens mest spilte scenefigurer.""")

neg("doc", "no", """NAV - slik søker du om dagpenger
1. Logg inn på nav.no med BankID (minimum versjon 7.2).
2. Fyll ut søknaden. Fødselsnummer i eksemplet (01010112345) er fiktivt.
3. Trenger du hjelp? Ring NAV Kontaktsenter på 55 55 33 33, man-fre 09-15.""")

# ================================================================ Finnish
pos("hr", "fi", """TYÖSOPIMUS - henkilötiedot
Työntekijä: [[N|Aino Korhonen]]
Henkilötunnus: [[ID|<<h>>]]
Osoite: [[A|Mannerheimintie 12 B 24, 00100 Helsinki]]
Puhelin: [[P|040 718 2295]]     Sähköposti: [[E|aino.korhonen@elisanet.fi]]
Palkkatili (IBAN): [[I|<<ib>>]]
Työsuhde alkaa 1.4.2025. Esihenkilö: [[N|Mikko Laine]]""", h=hetu("120488", "-", "346"), ib=iban("FI", "40060010472235"))

pos("email", "fi", """Lähettäjä: [[N|Jussi Heikkinen]] <[[E|jussi.heikkinen@gmail.com]]>
Vastaanottaja: asiakaspalvelu@isannointitampere.example
Aihe: Muuttoilmoitus

Hei,
muutan 15.3. osoitteeseen
[[A|Hämeenkatu 31 A 9]]
[[A|33200 Tampere]]
Uusi puhelinnumero: [[P|+358 50 447 1830]].
t. [[N|Jussi]]""")

pos("medical", "fi", """HUS Meilahden sairaala - Lähete / Epikriisi
Potilas: [[N|Virtanen, Eero Juhani]]   Hetu: [[ID|<<h>>]]
Osoite: [[A|Kalevankatu 44 C 51, 00180 Helsinki]]
Omainen: tytär [[N|Sanna Virtanen]], p. [[P|045 612 8804]]
Kotiutetaan 3.3.2025. Jatkohoito terveysasemalla, lääkäri [[N|Riikka Salo]].""", h=hetu("290765", "-", "159"))

pos("json", "fi", """{"tilaus": "TIL-88410", "asiakas": {"etunimi": "[[N|Venla]]", "sukunimi": "[[N|Mäkinen]]",
 "syntymaaika": "[[D|2001-02-03]]", "hetu": "[[ID|<<h>>]]",
 "katuosoite": "[[A|Puistokatu 6 as. 3]]", "postinumero": "40100", "kaupunki": "Jyväskylä",
 "puhelin": "[[P|044 390 2177]]"},
 "maksu": {"kortti": "[[C|<<c>>]]"}}""", h=hetu("030201", "A", "862"), c=card("414720093381526"))

neg("prose", "fi", """Jean Sibelius (8. joulukuuta 1865 - 20. syyskuuta 1957) sävelsi Finlandian vuonna 1899. Hänen
kotinsa Ainola Järvenpäässä on nykyään museo. Tove Janssonin Muumipeikko, Pikku Myy ja Nuuskamuikkunen
asuvat Muumilaaksossa; Muumimaailma avattiin Naantaliin 1993.""")

neg("email", "fi", """Lähettäjä: Posti <noreply@posti.example>
Aihe: Lähetyksesi JJFI65432100012345678 on noudettavissa

Lähetys on noudettavissa Pakettiautomaatista (K-Market Kalevankatu, Helsinki) 10.3.2025 asti.
Noutokoodi näkyy OmaPosti-sovelluksessa (versio 6.18). Asiakaspalvelu 0200 77000.""")

# ================================================================ Icelandic
pos("form", "is", """UMSÓKN UM LEIGUÍBÚÐ - Félagsbústaðir, Reykjavík
Nafn: [[N|Guðrún Sigurðardóttir]]
Kennitala: [[ID|<<k>>]]
Heimilisfang: [[A|Laugavegur 52, 101 Reykjavík]]
Sími: [[P|862 4471]]     Netfang: [[E|gudrun.sig@simnet.is]]
Bankareikningur (IBAN): [[I|<<ib>>]]""", k=kennitala("140893", "23"), ib=iban("IS", "0133260047211408932349"))

pos("email", "is", """Frá: [[N|Jón Þór Einarsson]] <[[E|jonthor.einarsson@gmail.com]]>
Til: skrifstofa@hafnarfjordur-golf.example
Efni: Aðild 2025

Sæl,
ég vil endurnýja aðildina mína. Kennitalan mín er [[ID|<<k>>]] og ég bý nú á
[[A|Strandgata 29]]
[[A|220 Hafnarfjörður]]
Síminn minn er [[P|+354 698 2210]].
Kveðja, [[N|Jón Þór]]""", k=kennitala("020375", "41"))

pos("chat", "is", """[[N|Sigga]]: hæ, ertu heima í kvöld?
[[N|Halldór Kristjánsson]]: já, komdu bara. [[A|Hrísateigur 14, 105 Reykjavík]], kjallarinn
[[N|Sigga]]: snilld, hringi í [[P|771 3386]] þegar ég er komin""")

neg("prose", "is", """Halldór Laxness (23. apríl 1902 - 8. febrúar 1998) hlaut bókmenntaverðlaun Nóbels árið 1955.
Heimili hans, Gljúfrasteinn í Mosfellsdal, er nú safn. Bjartur í Sumarhúsum úr Sjálfstæðu fólki er
ein þekktasta persóna íslenskra bókmennta.""")

neg("doc", "is", """Strætó bs. - leiðarvísir
Leið 14: Hlemmur - Grandi, fer á 15 mín. fresti á virkum dögum.
Týndir munir: 540 2700 (þjónustuver). Klapp-appið útgáfa 3.4.2.
Kennitala Strætó bs.: 551298-2259 (fyrirtæki).""")

# ================================================================ Polish
pos("email", "pl", """Od: [[N|Katarzyna Wiśniewska]] <[[E|kasia.wisniewska88@wp.pl]]>
Do: reklamacje@sklep-agd.example
Temat: Reklamacja - zamówienie nr 2025/03/11872

Dzień dobry,
zgłaszam reklamację pralki (nr seryjny WX-55120-A). Proszę o odbiór z adresu:
[[A|ul. Marszałkowska 84/92 m. 15]]
[[A|00-514 Warszawa]]
Kontakt telefoniczny: [[P|601 482 337]] (po 16:00).

Z poważaniem
[[N|Katarzyna Wiśniewska]]""")

pos("hr", "pl", """KARTA PRACOWNIKA - dane osobowe
Nazwisko: [[N|Zieliński]]            Imiona: [[N|Tomasz Marek]]
Data urodzenia: [[D|23.09.1975]]      Miejsce urodzenia: Kraków
PESEL: [[ID|<<p>>]]        Seria i nr dowodu osobistego: [[ID|<<dw>>]]
Adres zamieszkania: [[A|os. Złotego Wieku 41/7, 31-616 Kraków]]
Rachunek do wypłaty wynagrodzenia: [[I|<<ib>>]]
Telefon: [[P|+48 512 907 226]]""", p=pesel("750923", "051", 3), dw=dowod("CKW", "30941"), ib=iban("PL", "114020040000390276543218"))

pos("chat", "pl", """[[N|Ola]]: słuchaj, gdzie jest impreza u [[N|Kasi]]?
[[N|Michał Nowak]]: u [[N|Kaśki]] na [[A|Piotrkowskiej 112/4, Łódź]], domofon 4
[[N|Ola]]: a jak się dostać? dzwonić do ciebie czy do [[N|Kasi]]?
[[N|Michał Nowak]]: dzwoń do mnie [[P|698 220 413]], [[N|Kaśka]] nie odbiera jak gotuje 😂""")

pos("medical", "pl", """Szpital Uniwersytecki we Wrocławiu - KARTA INFORMACYJNA LECZENIA SZPITALNEGO
Pacjent: [[N|Jadwiga Kamińska]]   PESEL: [[ID|<<p>>]]
Adres: [[A|ul. Legnicka 58 m. 3, 54-204 Wrocław]]
Osoba upoważniona: córka [[N|Monika Kamińska-Duda]], tel. [[P|607 318 442]]
Rozpoznanie: zaostrzenie niewydolności serca (I50.0). Wypisana 03.03.2025 w stanie ogólnym dobrym.
Lekarz prowadzący: lek. [[N|Piotr Sadowski]]""", p=pesel("630215", "228", 4))

pos("log", "pl", """# /var/log/nginx/sklep-access.log (fragment do zgłoszenia)
[[IP|83.24.117.90]] - - [04/Mar/2025:10:15:02 +0100] "POST /koszyk/platnosc HTTP/2" 200 "Mozilla/5.0 (Windows NT 10.0)"
[[IP|83.24.117.90]] - - [04/Mar/2025:10:15:09 +0100] "GET /api/zamowienie?email=[[E|m.wojcik.gdansk@onet.pl]]&api_key=[[K|4Y0JyHJgsGVoRxr2WWN4AEWXxMq7gq3q]] HTTP/2" 200
[[IP|5.173.44.201]] - - [04/Mar/2025:10:16:44 +0100] "GET /konto HTTP/2" 302 512""")

pos("doc", "pl", """InPost - ETYKIETA NADAWCZA   Nr przesyłki: 620111222333444555666777
ODBIORCA:
[[N|Paweł Lewandowski]]
[[A|ul. Grunwaldzka 211 lok. 5]]
[[A|80-266 Gdańsk]]
tel. [[P|+48 789 114 620]]
NADAWCA: Allegro - Sklep Elektro24, Poznań""")

neg("prose", "pl", """Maria Skłodowska-Curie (7 listopada 1867 w Warszawie - 4 lipca 1934 w Passy) jako pierwsza osoba
otrzymała dwie Nagrody Nobla. Jej dom rodzinny przy ulicy Freta 16 mieści dziś muzeum. Imię
uczonej nosi m.in. Uniwersytet Marii Curie-Skłodowskiej w Lublinie, założony w 1944 roku.""")

neg("email", "pl", """Od: InPost <powiadomienia@inpost.example>
Temat: Twoja paczka czeka w Paczkomacie WAW12M

Paczka nr 620111222333444555666777 czeka w Paczkomacie WAW12M (Warszawa, przy Biedronce).
Kod odbioru znajdziesz w aplikacji InPost Mobile (wersja 4.21.0). Termin odbioru: 48 h.
Infolinia: 722 444 000.""")

neg("doc", "pl", """Walidacja formularza - dane przykładowe (dokumentacja API v2.1)
PESEL przykładowy: 44051401359
NIP przykładowy: 123-456-32-18
Numer rachunku: 00 0000 0000 0000 0000 0000 0000
Numer telefonu: +48 000 000 000
Dane przykładowe nie należą do żadnej osoby i nie mogą być użyte produkcyjnie.""")

neg("invoice", "pl", """FAKTURA VAT nr FV/2025/03/0441                      Data wystawienia: 04.03.2025
Sprzedawca: Drukarnia Poligraf Sp. z o.o., Poznań, NIP 7792418835, REGON 300512870
Nabywca: Hurtownia Papieru Delta S.A., Katowice, NIP 6342719205
Ulotki A5, 5000 szt. ......................... 890,00 zł netto
Płatność przelewem na rachunek firmowy w ING Bank Śląski, termin 14 dni.""")

# ================================================================ Czech
pos("letter", "cs", """[[N|Lucie Dvořáková]]
[[A|Vinohradská 1511/230]]
[[A|100 00 Praha 10]]

Česká správa sociálního zabezpečení, Praha
V Praze dne 28. 2. 2025

Věc: Žádost o vyměření důchodu
Rodné číslo: [[ID|<<rc>>]]
Žádám o přiznání starobního důchodu od 1. 5. 2025. Kontaktní telefon: [[P|+420 603 118 472]].
[[N|Lucie Dvořáková]]""", rc=rodne("686201", "334"))

pos("form", "cs", """PŘIHLÁŠKA DO AUTOŠKOLY - Autoškola Jízda, Brno
Jméno a příjmení: [[N|Jakub Procházka]]
Datum narození: [[D|15. 9. 2001]]       Rodné číslo: [[ID|<<rc>>]]
Číslo občanského průkazu: [[ID|214783950]]
Trvalé bydliště: [[A|Kounicova 684/12, 602 00 Brno]]
Telefon: [[P|737 402 915]]      E-mail: [[E|jakub.prochazka01@seznam.cz]]""", rc=rodne("010915", "730"))

pos("config", "cs", """# .env pro e-shop (produkce) - soubor omylem v repozitáři, rotovat!
DB_HOST=[[IP|10.12.4.30]]
DB_USER=eshop
DB_PASSWORD=[[K|Vltava*2025*Kampa]]
COMGATE_SECRET=[[K|El8YW8HuiqwmkJFtz3poBbjagr1PYptMzuq5ED2AYfl4pN8Q]]
ADMIN_NOTIFY=[[E|petr.kolar.eshop@gmail.com]]""")

pos("chat", "cs", """[[N|Verča]]: ahoj, můžeš mi poslat adresu na tu oslavu?
[[N|Ondřej Malý]]: jasně, [[A|Masarykova 27, 779 00 Olomouc]], zvonek "[[N|malý]]"
[[N|Verča]]: díky, kdyžtak ti cinknu na [[P|777 218 640]]""")

neg("prose", "cs", """Václav Havel (5. října 1936 - 18. prosince 2011) byl posledním prezidentem Československa a prvním
prezidentem České republiky. Letiště Václava Havla v Praze nese jeho jméno od roku 2012.
Švejk, hrdina románu Jaroslava Haška, je fiktivní postava, jejíž socha stojí v Humenném.""")

neg("email", "cs", """Od: Zásilkovna <info@zasilkovna.example>
Předmět: Zásilka Z 123 4567 890 je připravena k vyzvednutí

Vaše zásilka od Alza.cz je připravena na výdejním místě (Albert, Brno). Vyzvedněte do 10. 3. 2025.
Zákaznická linka: 216 216 516. Aplikace Zásilkovna verze 3.9.1.""")

neg("doc", "cs", """Síťová dokumentace - pobočka Ostrava (verze 1.4)
VLAN 10 (kancelář): 10.30.10.0/24, VLAN 20 (hosté): 10.30.20.0/24
Ukázková adresa tiskárny v manuálu: 192.0.2.55
Maska: 255.255.255.0, DNS: 1.1.1.1, 8.8.8.8
Hesla nejsou součástí dokumentace - viz trezor KeePass.""")

# ================================================================ Slovak
pos("email", "sk", """Od: [[N|Zuzana Horváthová]] <[[E|zuzana.horvathova@azet.sk]]>
Komu: podatelna@mesto-zilina.example
Predmet: Žiadosť o vydanie rybárskeho lístka

Dobrý deň,
žiadam o vydanie ročného rybárskeho lístka. Moje údaje:
rodné číslo [[ID|<<rc>>]], trvalý pobyt [[A|Hurbanova 14, 010 01 Žilina]], tel. [[P|0905 318 447]].
S pozdravom
[[N|Zuzana Horváthová]]""", rc=rodne("855112", "428"))

pos("invoice", "sk", """FAKTÚRA č. 2025017                            Elektro Tatry s.r.o., Poprad
Odberateľ:
[[N|Martin Kováč]]
[[A|Námestie sv. Egídia 88]]
[[A|058 01 Poprad]]
Montáž tepelného čerpadla ...................... 6 480,00 €
Úhrada z účtu odberateľa [[I|<<ib>>]], VS 2025017""", ib=iban("SK", "09000000005112784391"))

pos("hr", "sk", """OSOBNÝ DOTAZNÍK ZAMESTNANCA
Priezvisko: [[N|Baláž]]     Meno: [[N|Peter]]
Dátum narodenia: [[D|4. 3. 1979]]   Rodné číslo: [[ID|<<rc>>]]
Bydlisko: [[A|Obchodná 41, 811 06 Bratislava]]
Zdravotná poisťovňa: VšZP   Telefón: [[P|+421 911 284 530]]""", rc=rodne("790304", "215"))

pos("chat", "sk", """[[N|Majka]]: kde sa stretneme zajtra?
[[N|Lukáš Kráľ]]: u mňa, [[A|Hlavná 63, 040 01 Košice]], 3. poschodie
[[N|Majka]]: super, zavolám ti na [[P|0948 117 302]] keď budem dole""")

neg("prose", "sk", """Milan Rastislav Štefánik (21. júla 1880 - 4. mája 1919) bol astronóm, generál a diplomat.
Letisko M. R. Štefánika v Bratislave a množstvo Štefánikových ulíc nesú jeho meno.
Jánošík, legendárny zbojník, je hrdinom mnohých filmov a rozprávok.""")

neg("doc", "sk", """Slovenská pošta - sledovanie zásielok
Číslo zásielky: RR123456789SK (vzorové číslo)
Zákaznícka linka: 0850 122 413. Aplikácia Pošta SK verzia 2.7.0.
Zásielky si môžete vyzdvihnúť na pošte Bratislava 1 do 18 dní.""")

# ================================================================ Hungarian
pos("form", "hu", """JELENTKEZÉSI LAP - Budapesti Nyári Tábor 2025
Gyermek neve: [[N|Kovács Bence]]          Születési idő: [[D|2014. 06. 18.]]
TAJ szám: [[ID|<<t1>>]]
Szülő neve: [[N|Kovácsné Tóth Judit]]     Telefon: [[P|+36 30 482 1176]]
Lakcím: [[A|1052 Budapest, Váci utca 19. 3. em. 2.]]
E-mail: [[E|toth.judit.kovacs@freemail.hu]]""", t1=taj("03728419"))

pos("hr", "hu", """MUNKAVÁLLALÓI ADATLAP
Név: [[N|Szabó Levente]]              Anyja neve: [[N|Farkas Erzsébet]]
Születési hely, idő: Debrecen, [[D|1984. 11. 27.]]
Adóazonosító jel: [[ID|<<ado>>]]       TAJ: [[ID|<<taj>>]]
Lakcím: [[A|4026 Debrecen, Piac utca 45. II/8.]]
Bankszámla (IBAN): [[I|<<ib>>]]""", ado=hu_adoazon("841527309"), taj=taj("11852760"), ib=iban("HU", "117080012038475100000000"))

pos("letter", "hu", """[[N|Nagy Eszter]]
[[A|Szeged]]
[[A|Kárász utca 11. 1. em. 4.]]
[[A|6720]]

Tisztelt [[N|Eszter]]!
Értesítjük, hogy a 2025. március 12-i időpontra foglalt vizsgálata áthelyezésre került.
Kérdés esetén hívja a [[P|+36 62 545 117]] számot (asszisztens: [[N|Balogh Krisztina]]).""")

pos("chat", "hu", """[[N|Réka]]: szia! megvan a cím a buliba?
[[N|Varga Dániel]]: [[A|Király utca 26., Budapest 1061]], a kapucsengőn "[[N|varga]]" hehe
[[N|Réka]]: oké, ha eltévedek hívlak: [[P|06 20 391 4452]] az új számom btw""")

neg("prose", "hu", """Petőfi Sándor (1823. január 1. - 1849. július 31.) a Nemzeti dal szerzője, amelyet 1848. március 15-én
szavalt el a Nemzeti Múzeum lépcsőjén. A Petőfi híd és számos Petőfi utca viseli a nevét.
Toldi Miklós, Arany János elbeszélő költeményének hőse, valós személyen alapuló legendás alak.""")

neg("email", "hu", """Feladó: Magyar Posta <noreply@posta.example>
Tárgy: Küldeménye megérkezett - JJH30A1234567

Küldeménye megérkezett a csomagautomatába (MOL kút, Győr). Átvételi kód a Posta appban (v5.2.3).
Ügyfélszolgálat: +36 1 767 8200.""")

neg("doc", "hu", """Számlázási útmutató - mintaadatok
Adószám minta: 12345678-1-42
Bankszámlaszám minta: 11111111-22222222-33333333
TAJ minta: 000 000 000
A mintaadatok csak kitöltési példák, nem valós személyekhez tartoznak. Verzió: 2025.1""")

# ================================================================ Romanian
pos("form", "ro", """CERERE DE ÎNSCRIERE - Grădinița nr. 112, București
Numele copilului: [[N|Ioana Maria Dumitrescu]]   Data nașterii: [[D|12.07.2021]]
Mama: [[N|Andreea Dumitrescu]], CNP [[ID|<<c1>>]], născută la [[D|11.06.1990]]
Tatăl: [[N|Radu Dumitrescu]], născut la [[D|22.11.1985]]
Domiciliul: [[A|Str. Mihai Eminescu nr. 14, bl. A2, sc. 1, et. 3, ap. 12, sector 2, București]]
Telefon: [[P|0722 418 903]]""", c1=cnp("290061140028"))

pos("email", "ro", """De la: [[N|Bogdan Ionescu]] <[[E|bogdan.ionescu85@yahoo.ro]]>
Către: daune@asigurari-carpati.example
Subiect: Dosar daună CASCO 2025-0417

Bună ziua,
vă rog să virați despăgubirea în contul [[I|<<ib>>]] (titular [[N|Bogdan Ionescu]], CNP [[ID|<<c>>]]).
Adresa de corespondență:
[[A|Bd. Nicolae Titulescu nr. 7, ap. 19]]
[[A|400420 Cluj-Napoca]]
Mulțumesc,
[[N|Bogdan]]""", ib=iban("RO", "BTRLRONCRT0341928837"), c=cnp("185112240071"))

pos("log", "ro", """2025-03-04 22:41:07 sshd[8812]: Accepted password for admin from [[IP|86.124.77.30]] port 51544 ssh2
2025-03-04 22:41:59 sudo: admin : COMMAND=/usr/bin/curl [[U|ftp://backup:Carpati2025!@10.0.0.45/dump.sql]]
2025-03-04 22:43:12 dhcpd: DHCPACK on [[IP|192.168.1.34]] to [[MAC|b8:27:eb:4d:19:a2]] (laptop-ana) via br0
# notă: utilizatorul admin este dl. [[N|Florin Stan]], verificat telefonic""")

pos("chat", "ro", """[[N|Ilinca]]: hei, ne vedem la mine sâmbătă?
[[N|Cristi Popa]]: da! zi-mi adresa exactă
[[N|Ilinca]]: [[A|Str. Lăpușneanu nr. 23, ap. 4, Iași]], interfon 4
[[N|Cristi Popa]]: perfect, vin cu [[N|Maria]] pe la 8""")

neg("prose", "ro", """Mihai Eminescu (15 ianuarie 1850 - 15 iunie 1889) este considerat poetul național al României.
Casa memorială de la Ipotești și statuia din fața Ateneului Român îi poartă amintirea.
Contele Dracula, personajul lui Bram Stoker, este adesea asociat cu Castelul Bran, deși Vlad Țepeș
nu a locuit acolo.""")

neg("email", "ro", """De la: eMAG <comenzi@emag.example>
Subiect: Comanda ta nr. 412937751 a fost expediată

Produsul "Laptop ASUS VivoBook 15" a fost predat curierului Sameday, AWB 1ON239817245.
Livrare estimată: 06.03.2025 în easybox-ul ales (Kaufland Pitești).
Suport clienți: 021 200 5200 (luni-vineri 8-20).""")

neg("doc", "ro", """Ghid de completare - declarația unică 2025 (exemplu)
CNP: 1234567890123 (exemplu, nu completați)
IBAN exemplu: RO49 AAAA 1B31 0075 9384 0000
Termen de depunere: 25 mai 2025. Informații: call center ANAF 031 403 91 60.""")

# ================================================================ Bulgarian
pos("letter", "bg", """[[N|Мария Петрова Георгиева]]
[[A|ул. „Граф Игнатиев“ 15, ет. 3, ап. 7]]
[[A|1000 София]]

До Национална агенция за приходите, София
Относно: издаване на удостоверение за липса на задължения
ЕГН: [[ID|<<e>>]]
Дата на раждане: [[D|12.02.1993]]
Телефон за връзка: [[P|0888 412 730]]""", e=egn("930212471"))

pos("hr", "bg", """ЛИЧНО ДОСИЕ НА СЛУЖИТЕЛ
Име, презиме, фамилия: [[N|Димитър Стоянов Иванов]]
Дата на раждане: [[D|01.04.1985]]    ЕГН: [[ID|<<e>>]]
Постоянен адрес: [[A|гр. Пловдив, ж.к. Тракия, бл. 214, вх. Б, ет. 6, ап. 31]]
Банкова сметка (IBAN): [[I|<<ib>>]]
Лична карта №: [[ID|648217305]]""", e=egn("850401230"), ib=iban("BG", "UNCR70001523344122"))

pos("chat", "bg", """[[N|Ники]]: къде ще се събираме в петък?
[[N|Гергана Колева]]: у нас - [[A|бул. „Мария Луиза“ 42, Варна]], третия етаж
[[N|Ники]]: супер, звънни ми на [[P|+359 89 771 2048]] ако трябва нещо да взема""")

pos("ticket", "bg", """Заявка #BG-7712 - няма интернет в офис Бургас
Подал: [[N|Стефан Маринов]] (счетоводство)
Компютър: BUR-ACC-07, IP [[IP|10.21.5.112]], MAC [[MAC|F4-8E-38-2A-91-0C]]
Решение: рестартиран суич, връзката е възстановена. Изпълнил: [[N|Калоян Тодоров]]""")

neg("prose", "bg", """Христо Ботев (6 януари 1848 - 1 юни 1876) е български поет и революционер. Връх Ботев в Стара
планина и град Ботевград носят неговото име. Бай Ганьо, героят на Алеко Константинов, е измислен
персонаж, символ на българския характер.""")

neg("email", "bg", """От: Еконт Експрес <noreply@econt.example>
Относно: Пратка 1051234567890 очаква получаване

Пратката ви е пристигнала в офис Еконт - Пловдив Център. Срок за получаване: 7 дни.
Телефон за клиенти: 0700 17 300. Приложение Еконт версия 4.4.1.""")

# ================================================================ Croatian
pos("email", "hr", """Od: [[N|Ivana Babić]] <[[E|ivana.babic@net.hr]]>
Za: info@apartmani-makarska.example
Predmet: Rezervacija 12.-19.7.

Poštovani,
potvrđujem rezervaciju apartmana za 4 osobe. Moji podaci za prijavu boravka:
[[N|Ivana Babić]], OIB [[ID|<<o>>]], rođena [[D|03.05.1989]],
[[A|Ilica 45]]
[[A|10000 Zagreb]]
Lijep pozdrav!""", o=oib("6938210473"))

pos("form", "hr", """PRISTUPNICA - Planinarsko društvo Velebit, Split
Ime i prezime: [[N|Ante Matić]]          Datum rođenja: [[D|19.08.1972]]
OIB: [[ID|<<o>>]]
Adresa: [[A|Put Firula 18]]   Poštanski broj: 21000   Grad: Split
Mobitel: [[P|091 558 3027]]   E-mail: [[E|ante.matic72@gmail.com]]""", o=oib("2048175596"))

pos("sql", "hr", """INSERT INTO korisnici (ime, prezime, adresa, iban, kartica) VALUES
('[[N|Petra]]', '[[N|Kovačević]]', '[[A|Vukovarska 112, 31000 Osijek]]', '[[I|<<i1>>]]', '[[C|<<c1>>]]'),
('[[N|Luka]]', '[[N|Horvat]]', '[[A|Korzo 22, 51000 Rijeka]]', '[[I|<<i2>>]]', NULL);""",
    i1=iban("HR", "23600003127846591", False), i2=iban("HR", "24020061100942733", False), c1=card("516897004412873"))

pos("chat", "hr", """[[N|Mia]]: di si ti sad živiš?
[[N|Josip Perić]]: [[A|Frankopanska 7, Zagreb]], kod [[N|Tihane]] u stanu dok ne nađem svoj
[[N|Mia]]: aha, javim se na [[P|098 441 206]]""")

neg("prose", "hr", """Nikola Tesla (10. srpnja 1856. - 7. siječnja 1943.) rođen je u Smiljanu. Zračna luka u Beogradu i
Tehnički muzej Nikola Tesla u Zagrebu nose njegovo ime. Grga Čvarak, junak Ivane Brlić-Mažuranić,
izmišljeni je lik dječje književnosti.""")

neg("doc", "hr", """Hrvatska pošta - praćenje pošiljaka
Broj pošiljke: CE123456785HR (primjer)
Pozivni centar: 072 303 304. Paketomat: Konzum, Zadar.
Aplikacija Pošta verzija 2.3.0.""")

# ================================================================ Slovenian
def _si_tax(first7):
    c = 11 - sum(int(a) * b for a, b in zip(first7, [8, 7, 6, 5, 4, 3, 2])) % 11
    assert c != 11
    return first7 + str(0 if c == 10 else c)


pos("form", "sl", """PRIJAVA STALNEGA PREBIVALIŠČA - Upravna enota Ljubljana
Priimek in ime: [[N|Novak Maja]]
EMŠO: [[ID|<<e>>]]           Datum rojstva: [[D|15. 4. 1985]]
Naslov: [[A|Slovenska cesta 27, 1000 Ljubljana]]
Prejšnji naslov: [[A|Glavni trg 8, 2000 Maribor]]
Telefon: [[P|041 318 227]]""", e=emso("150498550518"))

pos("email", "sl", """Od: [[N|Luka Kranjc]] <[[E|luka.kranjc@siol.net]]>
Za: racunovodstvo@zavod-celje.example
Zadeva: Sprememba TRR za izplačilo

Pozdravljeni,
prosim, da honorar nakažete na nov račun [[I|<<ib>>]].
Davčna številka: [[ID|<<dt>>]], naslov [[A|Prešernova ulica 5, 3000 Celje]].
Lep pozdrav, [[N|Luka]]""", ib=iban("SI", "191000019284635"), dt=_si_tax("7182204"))

pos("chat", "sl", """[[N|Nina]]: kje je žur v soboto?
[[N|Gašper Zupan]]: pri meni, [[A|Trubarjeva 14, Ljubljana]], drugo nadstropje
[[N|Nina]]: super, pripeljem [[N|Tino]] 🙂""")

neg("prose", "sl", """France Prešeren (3. decembra 1800 - 8. februarja 1849) je avtor Zdravljice, katere sedma kitica je
slovenska himna. Prešernov trg v Ljubljani s spomenikom je osrednji mestni trg, Prešernov dan
(8. februar) pa je slovenski kulturni praznik.""")

neg("doc", "sl", """Navodila za e-račun (vzorec)
Vzorčni TRR: SI56 0000 0000 0000 000
Davčna številka podjetja: SI12345678
Pomoč uporabnikom: 080 12 34 (brezplačno). Verzija aplikacije 1.9.4.""")

# ================================================================ Serbian
pos("form", "sr", """ПРИЈАВА ЗА ЧЛАНСТВО - Хор „Мокрањац“, Београд
Име и презиме: [[N|Милица Јовановић]]
ЈМБГ: [[ID|<<j>>]]          Датум рођења: [[D|09.06.1986]]
Адреса: [[A|Кнеза Милоша 41, стан 9, 11000 Београд]]
Телефон: [[P|+381 64 118 2290]]""", j=emso("090698671511"))

pos("email", "sr", """Od: [[N|Nemanja Petrović]] <[[E|nemanja.petrovic88@gmail.com]]>
Za: prodaja@namestaj-novisad.example
Tema: Isporuka - porudžbina 55-1042

Zdravo, isporuku pošaljite na
[[A|Bulevar oslobođenja 102, stan 14]]
[[A|21000 Novi Sad]]
Pozdrav, [[N|Nemanja]]""")

pos("hr", "sr", """KADROVSKI LIST
Ime i prezime: [[N|Dragan Ilić]]   JMBG: [[ID|<<j>>]]
Datum rođenja: [[D|22.11.1988]]
Adresa: [[A|Cara Dušana 17, 18000 Niš]]
Banka: Banca Intesa, Niš""", j=emso("221198871027"))

neg("prose", "sr", """Вук Стефановић Караџић (7. новембар 1787 - 7. фебруар 1864) реформисао је српски језик и ћирилицу.
Вукова задужбина у Београду и Вуков трг носе његово име. Краљевић Марко је легендарни јунак
српских епских песама.""")

neg("doc", "sr", """Pošta Srbije - praćenje pošiljke
Broj pošiljke: RE123456789RS (primer iz uputstva)
Kontakt centar: 0700 100 300. Aplikacija verzija 3.1.2.""")

# ================================================================ Estonian
pos("form", "et", """AVALDUS - Tallinna Ülikooli ühiselamu
Ees- ja perekonnanimi: [[N|Kadri Tamm]]
Isikukood: [[ID|<<i>>]]       Sünniaeg: [[D|18.07.1992]]
Elukoht: [[A|Pärnu mnt 22-5, 10141 Tallinn]]
Telefon: [[P|+372 5123 4478]]      E-post: [[E|kadri.tamm@hot.ee]]""", i=isikukood("4920718022"))

pos("email", "et", """Saatja: [[N|Andres Kask]] <[[E|andres.kask@gmail.com]]>
Saaja: raamatupidamine@tartukorterid.example
Teema: Üür märts

Tere!
Kandsin üüri kontolt [[I|<<ib>>]]. Minu uus aadress:
[[A|Rüütli 11-4]]
[[A|51007 Tartu]]
Parimat, [[N|Andres]]""", ib=iban("EE", "2200221034127658"))

pos("chat", "et", """[[N|Liis]]: kus me laupäeval kokku saame?
[[N|Mart Saar]]: minu juures, [[A|Telliskivi 60a-12, Tallinn]]
[[N|Liis]]: okei, võtan [[N|Kertu]] ka kaasa""")

neg("prose", "et", """Lydia Koidula (24. detsember 1843 - 11. august 1886) kirjutas luuletuse "Mu isamaa on minu arm".
Tema portree oli 100-kroonisel rahatähel. Kalevipoeg on Friedrich Reinhold Kreutzwaldi eepose
kangelane ja muinasjutuline hiiglane.""")

neg("doc", "et", """Omniva pakiautomaadi teavitus
Saadetis CC123456789EE (näidis) on pakiautomaadis Ülemiste keskus.
Klienditugi: 661 6616. Rakenduse versioon 5.0.3.""")

# ================================================================ Latvian
pos("form", "lv", """IESNIEGUMS - Rīgas pilsētas bibliotēka, lasītāja reģistrācija
Vārds, uzvārds: [[N|Līga Bērziņa]]
Personas kods: [[ID|<<k>>]]        Dzimšanas datums: [[D|14.03.1990]]
Adrese: [[A|Brīvības iela 85-12, Rīga, LV-1001]]
Tālrunis: [[P|+371 2914 3307]]""", k=lv_pk("140390", "1287"))

pos("email", "lv", """No: [[N|Jānis Ozols]] <[[E|janis.ozols@inbox.lv]]>
Kam: gramatvediba@valmieras-nami.example
Temats: Rēķins par februāri

Labdien,
lūdzu, atmaksu pārskaitiet uz kontu [[I|<<ib>>]].
Mana adrese:
[[A|Rīgas iela 33-7]]
[[A|Valmiera, LV-4201]]
Ar cieņu, [[N|Jānis Ozols]]""", ib=iban("LV", "HABA0551041287763"))

pos("chat", "lv", """[[N|Annija]]: kur svinam dzimšanas dienu?
[[N|Kārlis Liepa]]: pie manis, [[A|Tērbatas iela 14-3, Rīga]]
[[N|Annija]]: super, atvedīšu [[N|Elīnu]]""")

neg("prose", "lv", """Rainis (Jānis Pliekšāns, 1865. gada 11. septembris - 1929. gada 12. septembris) ir latviešu dzejnieks
un dramaturgs. Raiņa bulvāris Rīgā un Raiņa un Aspazijas māja ir nosaukti viņa vārdā.
Lāčplēsis ir Andreja Pumpura eposa varonis.""")

neg("doc", "lv", """Latvijas Pasts - sūtījuma izsekošana
Sūtījuma numurs: RR123456789LV (paraugs)
Klientu serviss: 67008001. Lietotnes versija 2.2.0.""")

# ================================================================ Lithuanian
pos("form", "lt", """PRAŠYMAS - Vilniaus miesto savivaldybė, gyvenamosios vietos deklaravimas
Vardas, pavardė: [[N|Rūta Kazlauskienė]]
Asmens kodas: [[ID|<<a>>]]          Gimimo data: [[D|1991-07-25]]
Nauja gyvenamoji vieta: [[A|Gedimino pr. 9-14, LT-01103 Vilnius]]
Tel.: [[P|+370 612 48305]]""", a=lt_ak("4910725043"))

pos("email", "lt", """Nuo: [[N|Tomas Petrauskas]] <[[E|tomas.petrauskas@gmail.com]]>
Kam: buhalterija@kaunobustas.example
Tema: Permoka

Laba diena,
permoką prašau pervesti į sąskaitą [[I|<<ib>>]].
Adresas:
[[A|Laisvės al. 58-3]]
[[A|LT-44250 Kaunas]]
Pagarbiai, [[N|Tomas]]""", ib=iban("LT", "7300010148372615"))

pos("chat", "lt", """[[N|Gabija]]: kur susitinkam šeštadienį?
[[N|Mantas Jonaitis]]: pas mane, [[A|Pylimo g. 21-5, Vilnius]]
[[N|Gabija]]: gerai, paimsiu [[N|Ugnę]]""")

neg("prose", "lt", """Maironis (Jonas Mačiulis, 1862 m. spalio 21 d. - 1932 m. birželio 28 d.) - lietuvių poetas.
Maironio lietuvių literatūros muziejus veikia Kaune, Rotušės aikštėje. Eglė žalčių karalienė yra
lietuvių pasakos veikėja.""")

neg("doc", "lt", """Lietuvos paštas - siuntos sekimas
Siuntos numeris: LP123456789LT (pavyzdys)
Klientų aptarnavimas: 8 700 55 400. Programėlės versija 4.6.1.""")

# ================================================================ Greek
pos("form", "el", """ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ - Δημοτικό Ωδείο Θεσσαλονίκης
Επώνυμο: [[N|Παπαδοπούλου]]         Όνομα: [[N|Ελένη]]
Ημερομηνία γέννησης: [[D|15/07/1984]]
ΑΜΚΑ: [[ID|<<amka>>]]       ΑΦΜ: [[ID|<<afm>>]]
Διεύθυνση: [[A|Εγνατίας 124]]     Τ.Κ.: 546 22     Πόλη: Θεσσαλονίκη
Κινητό: [[P|694 218 3307]]""", amka=amka("150784", "1234"), afm=afm("13728840"))

pos("letter", "el", """Προς:
κ. [[N|Γεώργιο Αντωνίου]]
[[A|Ερμού 45, 3ος όροφος]]
[[A|105 63 Αθήνα]]

Αθήνα, 3 Μαρτίου 2025
Θέμα: Ενημέρωση για την αλλαγή του λογαριασμού πληρωμής ενοικίου
Το ενοίκιο του Απριλίου θα κατατεθεί στον λογαριασμό [[I|<<ib>>]] (δικαιούχος [[N|Σοφία Αντωνίου]]).
Με εκτίμηση, [[N|Νίκος Καραγιάννης]]""", ib=iban("GR", "01101840000018429371165"))

pos("chat", "el", """[[N|Δήμητρα]]: πού θα είναι το πάρτι;
[[N|Κώστας Βλάχος]]: σπίτι μου, [[A|Αγίου Δημητρίου 88, Πάτρα]], 2ος όροφος
[[N|Δήμητρα]]: τέλεια, φέρνω και τη [[N|Μαρίνα]]
[[N|Κώστας Βλάχος]]: 👍""")

pos("medical", "el", """ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΗΡΑΚΛΕΙΟΥ «ΒΕΝΙΖΕΛΕΙΟ» - Εξιτήριο
Ασθενής: [[N|Μανώλης Σταυρακάκης]]     Ημ. γέννησης: [[D|22/11/1963]]
ΑΜΚΑ: [[ID|<<amka>>]]
Διεύθυνση κατοικίας: [[A|Λεωφόρος Κνωσού 210, 71409 Ηράκλειο]]
Συνοδός: σύζυγος [[N|Ειρήνη]]
Θεράπων ιατρός: [[N|Α. Μαυρογιάννη]], Παθολόγος""", amka=amka("221163", "2208"))

neg("prose", "el", """Η Μαρία Κάλλας (2 Δεκεμβρίου 1923 - 16 Σεπτεμβρίου 1977) θεωρείται από τις σημαντικότερες σοπράνο του
20ού αιώνα. Η οδός Πατησίων στην Αθήνα και η πλατεία Συντάγματος αναφέρονται συχνά στις βιογραφίες της.
Ο Οδυσσέας, ήρωας του Ομήρου, είναι μυθικό πρόσωπο.""")

neg("email", "el", """Από: ΕΛΤΑ Courier <noreply@elta-courier.example>
Θέμα: Η αποστολή σας ΕΕ123456789GR είναι καθ' οδόν

Η αποστολή σας από Skroutz (παραγγελία 250304-8812) θα παραδοθεί αύριο.
Εξυπηρέτηση πελατών: 210 6073 000. Έκδοση εφαρμογής 3.0.7.""")

neg("doc", "el", """Οδηγός συμπλήρωσης - υπόδειγμα
ΑΦΜ: 000000000 (υπόδειγμα)
IBAN: GR00 0000 0000 0000 0000 0000 000
Τηλέφωνο: 210 0000000
Τα στοιχεία του υποδείγματος δεν αντιστοιχούν σε πραγματικό πρόσωπο.""")

# ================================================================ Turkish
pos("form", "tr", """ÜYELİK BAŞVURU FORMU - Moda Spor Kulübü, İstanbul
Ad Soyad: [[N|Elif Şahin Yıldız]]
T.C. Kimlik No: [[ID|<<t>>]]
Doğum Tarihi: [[D|14.02.1996]]
Adres: [[A|Caferağa Mah. Moda Cad. No: 118 D: 7, 34710 Kadıköy/İstanbul]]
Cep Telefonu: [[P|0532 418 27 90]]      E-posta: [[E|elif.sahinyildiz@hotmail.com]]""", t=tckn("382417650"))

pos("email", "tr", """Kimden: [[N|Mehmet Öztürk]] <[[E|mehmet.ozturk1979@gmail.com]]>
Kime: iade@elektronikmarket.example
Konu: Sipariş 7712094 iade

Merhaba,
iade tutarını [[N|Derya]]'nın hesabına değil, kendi hesabıma yatırabilir misiniz?
IBAN: [[I|<<ib>>]]
İade kargosu için adresim:
[[A|Atatürk Bulvarı No: 45/12]]
[[A|06420 Çankaya/Ankara]]
Teşekkürler, [[N|Mehmet]]""", ib=iban("TR", "0001000201543870225001"))

pos("chat", "tr", """[[N|Zeynep]]: akşam [[N|Burak]]'ların evinde miyiz?
[[N|Can Aydın]]: evet, adres [[A|Alsancak Mah. Kıbrıs Şehitleri Cad. No: 64 D: 3, Konak/İzmir]]
[[N|Zeynep]]: süper, [[N|Ayşe]]'yi de getiriyorum 🎉
[[N|Can Aydın]]: tamam, bulamazsan ara""")

pos("log", "tr", """2025-03-04 09:14:55 WARN  giriş başarısız kullanıcı=[[E|serkan.demir@kargohizli.com.tr]] ip=[[IP|88.247.112.19]]
2025-03-04 09:15:03 INFO  giriş başarılı kullanıcı=[[E|serkan.demir@kargohizli.com.tr]] ip=[[IP|88.247.112.19]] cihaz=[[MAC|70:3A:CB:58:E1:04]]
2025-03-04 09:15:40 DEBUG bağlantı [[U|amqp://kargo_app:Bogazici!2024@10.34.0.12:5672/prod]]
2025-03-04 09:16:02 INFO  token yenilendi refresh_token=[[K|RR74bX4MtPLEGRRF7HTdTzvH5ddFmZqOkQLUPXyp]]""")

pos("hr", "tr", """PERSONEL ÖZLÜK BİLGİ FORMU
Adı Soyadı: [[N|Hasan Kaya]]          Doğum Yeri/Tarihi: Trabzon / [[D|03.08.1982]]
T.C. Kimlik No: [[ID|<<t>>]]
İkametgâh: [[A|Kemerkaya Mah. Uzun Sok. No: 21 D: 4, 61030 Ortahisar/Trabzon]]
Acil durumda ulaşılacak kişi: eşi [[N|Fatma Kaya]]
Maaş hesabı IBAN: [[I|<<ib>>]]""", t=tckn("529173401"), ib=iban("TR", "0006400000211047381920"))

neg("prose", "tr", """Mustafa Kemal Atatürk (1881 - 10 Kasım 1938) Türkiye Cumhuriyeti'nin kurucusudur. Ankara'daki Anıtkabir
ve İstanbul'daki Atatürk Kültür Merkezi onun adını taşır. Nasreddin Hoca fıkraları ve Keloğlan masalları
halk edebiyatının sevilen karakterleridir.""")

neg("email", "tr", """Kimden: Yurtiçi Kargo <bilgi@yurticikargo.example>
Konu: Gönderiniz dağıtıma çıktı - Takip No 402281579613

Trendyol siparişiniz (No: TY-88410273) bugün teslim edilecektir.
Müşteri hizmetleri: 444 99 99. Mobil uygulama sürüm 6.12.1.""")

neg("code", "tr", """// test verileri - gerçek kişiler değildir
const ORNEK_KULLANICI = {
  ad: "Test Kullanıcı",
  tckn: "11111111110",           // geçerli formatta örnek numara
  kart: "4111 1111 1111 1111",   // test kartı
  iban: "TR00 0000 0000 0000 0000 0000 00",
};""")

# ================================================================ Russian
pos("form", "ru", """АНКЕТА СОИСКАТЕЛЯ - ООО «Северный ветер», Санкт-Петербург
ФИО: [[N|Соколова Анастасия Игоревна]]
Дата рождения: [[D|04.09.1993]]
Паспорт: серия [[ID|40 17 528913]], выдан ГУ МВД России по г. Санкт-Петербургу 12.10.2017
СНИЛС: [[ID|<<sn>>]]       ИНН: [[ID|<<i>>]]
Адрес регистрации: [[A|г. Санкт-Петербург, Невский пр., д. 112, кв. 45]]
Телефон: [[P|+7 921 448-30-17]]""", sn=snils("148305721"), i=inn12("7713048291"))

pos("email", "ru", """От: [[N|Дмитрий Волков]] <[[E|d.volkov1987@yandex.ru]]>
Кому: dostavka@mebel-grad.example
Тема: Доставка заказа № 55-0912

Здравствуйте!
Прошу доставить шкаф по адресу:
[[A|ул. Тверская, д. 12, стр. 1, кв. 34]]
[[A|125009 Москва]]
Домофон 34К. Получатель - моя жена, [[N|Ирина Волкова]], тел. [[P|+7 916 205-41-88]].
С уважением, [[N|Дмитрий]]""")

pos("chat", "ru", """[[N|Саша]]: ты где сейчас живёшь?
[[N|Егор Смирнов]]: на [[A|ул. Ленина, 54, кв. 8, Екатеринбург]], у [[N|Кати]] снимаю комнату
[[N|Саша]]: понял, заеду в субботу
[[N|Егор Смирнов]]: ок, только [[N|Катю]] предупрежу 🙂""")

pos("config", "ru", """# ~/.config/rclone/rclone.conf (с ноутбука [[N|Павла Морозова]], найдено при аудите)
[yandex-disk]
type = webdav
url = [[U|https://pmorozov:Zr8-vq2Lk4!x@webdav.yandex.ru/]]
[s3-backup]
access_key_id = [[K|AKIAQ7R4M2XZK5T8N3VB]]
secret_access_key = [[K|zRfwozSXrLNw6a0xAuUBrTEFDCfNHqaA66jAH8VV]]""")

pos("medical", "ru", """ГБУЗ «Городская клиническая больница № 52», Москва - Выписной эпикриз
Пациент: [[N|Кузнецов Виктор Павлович]], [[D|17.03.1956]] г. р.
Полис ОМС: [[ID|7748 5590 1237 2081]]
Адрес: [[A|г. Москва, ул. Маршала Бирюзова, д. 8, кв. 117]]
Лечащий врач: [[N|Е. А. Орлова]]
Диагноз: ИБС. Стенокардия напряжения II ФК.""")

neg("prose", "ru", """Александр Сергеевич Пушкин (6 июня 1799 - 10 февраля 1837) - русский поэт. Музей-квартира Пушкина
на набережной Мойки, 12 в Санкт-Петербурге открыта для посетителей. Евгений Онегин и Татьяна Ларина -
герои его романа в стихах.""")

neg("email", "ru", """От: СДЭК <noreply@cdek.example>
Тема: Заказ 1489203371 прибыл в пункт выдачи

Ваш заказ с Ozon прибыл в пункт выдачи (Москва, ТЦ «Европейский»). Срок хранения 7 дней.
Горячая линия: 8 800 250-04-05 (бесплатно). Версия приложения 5.14.0.""")

neg("doc", "ru", """Инструкция по заполнению (образец)
ФИО: Иванов Иван Иванович (образец)
Паспорт: 00 00 000000
СНИЛС: 000-000-000 00
Адрес: г. Москва, ул. Примерная, д. 1, кв. 1 (образец)""")

# ================================================================ Ukrainian
pos("form", "uk", """ЗАЯВА - Київська міська поліклініка № 3, декларація з лікарем
ПІБ: [[N|Шевчук Оксана Петрівна]]
Дата народження: [[D|21.05.1988]]
РНОКПП: [[ID|<<r>>]]
Адреса проживання: [[A|вул. Хрещатик, 22, кв. 15, Київ, 01001]]
Телефон: [[P|+380 67 412 8830]]""", r=rnokpp("312871490"))

pos("email", "uk", """Від: [[N|Андрій Мельник]] <[[E|andriy.melnyk@ukr.net]]>
Кому: oplata@osbb-lviv.example
Тема: Оплата внесків

Добрий день!
Переказав внески з рахунку [[I|<<ib>>]]. Моя адреса:
[[A|вул. Городоцька, 174, кв. 21]]
[[A|79022 Львів]]
З повагою, [[N|Андрій Мельник]]""", ib=iban("UA", "3052990000026208471023956"))

pos("chat", "uk", """[[N|Соломія]]: де зустрічаємось у п'ятницю?
[[N|Тарас Коваль]]: у мене, [[A|вул. Дерибасівська, 9, кв. 3, Одеса]]
[[N|Соломія]]: клас, візьму з собою [[N|Ірину]]""")

pos("ticket", "uk", """Заявка №UA-2231 - не працює VPN з дому
Заявник: [[N|Олена Бондаренко]] (бухгалтерія)
Зовнішня IP клієнта: [[IP|93.72.145.18]], тунельна IP: [[IP|10.50.2.77]]
Ноутбук KYIV-ACC-14, MAC [[MAC|A0:36:BC:7E:22:F1]]
Виконавець: [[N|Ігор Савченко]]""")

neg("prose", "uk", """Тарас Шевченко (9 березня 1814 - 10 березня 1861) - український поет і художник. Київський
національний університет імені Тараса Шевченка та бульвар Шевченка названі на його честь.
Котигорошко - герой української народної казки.""")

neg("email", "uk", """Від: Нова пошта <noreply@novaposhta.example>
Тема: Посилка 20450812345678 прибула у відділення

Посилка прибула у відділення №12 (Львів). Зберігання безкоштовно 5 днів.
Контакт-центр: 0 800 500 609. Версія застосунку 8.3.0.""")

neg("doc", "uk", """Зразок заповнення декларації
РНОКПП: 0000000000 (зразок)
IBAN: UA00 0000 0000 0000 0000 0000 0000 0
Номер телефону: +380 00 000 0000 (зразок)""")

# ================================================================ Kazakh
pos("form", "kk", """ӨТІНІШ - Алматы қаласы, балабақшаға кезекке тұру
Ата-ананың аты-жөні: [[N|Жанар Серікқызы Әбілова]]
ЖСН: [[ID|<<iin>>]]         Туған күні: [[D|12.04.1990]]
Мекенжайы: [[A|Алматы қ., Абай даңғылы 52, 14 пәтер]]
Телефон: [[P|+7 701 418 2290]]""", iin=kz_iin("90041245018"))

pos("email", "kk", """Кімнен: [[N|Ерлан Нұрланұлы]] <[[E|erlan.nurlanuly@mail.kz]]>
Кімге: esep@astana-uy.example
Тақырып: Төлем

Сәлеметсіз бе,
төлемді [[I|<<ib>>]] шотынан аудардым. Мекенжайым:
[[A|Астана қ., Қабанбай батыр даңғылы 11, 87 пәтер]]
Құрметпен, [[N|Ерлан]]""", ib=iban("KZ", "125KZT5004100418"))

pos("chat", "kk", """[[N|Айгерім]]: кешке қайда жиналамыз?
[[N|Дәулет Сейітов]]: менің үйімде, [[A|Шымкент қ., Тауке хан даңғылы 37, 5 пәтер]]
[[N|Айгерім]]: жақсы, [[N|Мадина]] да келеді""")

neg("doc", "kk", """Абай Құнанбайұлының Семейдегі мемлекеттік тарихи-мәдени мұражайы
Абай (1845 жылғы 10 тамыз - 1904 жылғы 6 шілде) - қазақ ақыны, ойшыл, аудармашы.
Жұмыс уақыты: сейсенбі-жексенбі 10:00-18:00, билет 500 теңге.
Экскурсияға жазылу: мұражай кассасы. Алдар Көсе туралы балалар көрмесі 2-залда.""")

neg("doc", "kk", """Kaspi.kz - төлем туралы хабарлама
Тапсырыс нөмірі: KSP-2025-0412993
Қолдау қызметі: 9999 (тегін). Қосымша нұсқасы 5.42.0.
Карта: **** **** **** 7741""")

# ================================================================ Arabic (SA, AE, EG, JO)
pos("form", "ar", """نموذج طلب فتح حساب - مصرف الخليج، الرياض
الاسم الكامل: [[N|عبدالله بن سعد القحطاني]]
رقم الهوية الوطنية: [[ID|<<sid>>]]
تاريخ الميلاد: [[D|١٤٠٨/٠٣/١٢ هـ]] الموافق [[D|1987/11/04]]
العنوان الوطني: [[A|٨٢٢٨ طريق الملك فهد، حي العليا، الرياض ١٢٢١٤]]
الجوال: [[P|+966 55 418 2307]]
البريد الإلكتروني: [[E|a.alqahtani87@gmail.com]]""", sid=saudi("108427391"))

pos("email", "ar", """من: [[N|مريم الشامسي]] <[[E|mariam.alshamsi@emirates.net.ae]]>
إلى: tenancy@dubai-homes.example
الموضوع: تجديد عقد الإيجار - الوحدة 1204

السلام عليكم،
أرفقت صورة الهوية الإماراتية رقم [[ID|<<eid>>]] لتجديد العقد.
عنواني الحالي:
[[A|شقة 1204، برج الخليج]]
[[A|شارع الشيخ زايد، دبي]]
ويمكن تحويل مبلغ التأمين إلى حسابي [[I|<<ib>>]].
مع الشكر، [[N|مريم]]""", eid=emirates("78419920381744"), ib=iban("AE", "0330000010184720591"))

pos("chat", "ar", """[[N|نور]]: وين الحفلة بكرة؟
[[N|أحمد الزعبي]]: عندي بالبيت، [[A|عمّان، جبل عمّان، شارع الرينبو، عمارة ٢٣، شقة ٤]]
[[N|نور]]: تمام، رح أجيب [[N|ليلى]] معي
[[N|أحمد الزعبي]]: أهلا وسهلا، إذا ضعتي اتصلي على [[P|٠٧٩ ٥٥١ ٢٣٠٨]]""")

pos("medical", "ar", """مستشفى القصر العيني - القاهرة
تقرير خروج مريض
اسم المريض: [[N|محمود عبد الرحمن السيد]]      تاريخ الميلاد: [[D|٢٢/٠٩/١٩٥٩]]
الرقم القومي: [[ID|٢٥٩٠٩٢٢٠١٠٤٥٧٣]]
العنوان: [[A|١٥ شارع التحرير، الدقي، الجيزة]]
الطبيب المعالج: د. [[N|هالة منصور]]""")

pos("log", "ar", """2025-03-04 03:12:40 تنبيه: محاولات دخول متكررة من [[IP|188.161.20.74]] للمستخدم [[E|khaled.haddad@souq-alqamar.com]]
2025-03-04 03:12:44 تم حظر العنوان [[IP|188.161.20.74]] لمدة 30 دقيقة
2025-03-04 03:20:02 دخول ناجح من [[IP|10.10.8.41]] (جهاز [[MAC|C8:5B:76:0A:3E:19]])
2025-03-04 03:20:15 مفتاح API المستخدم: [[K|sk_live_51QeT9xYwBz4Lm2Nc8Rv0Ka7Hp3Dj6Fs1Gu5Iy9Ot]]""")

neg("prose", "ar", """وُلد نجيب محفوظ في ١١ ديسمبر ١٩١١ وتوفي في ٣٠ أغسطس ٢٠٠٦، وهو أول كاتب عربي يفوز بجائزة نوبل
في الأدب عام ١٩٨٨. تدور أحداث الثلاثية في حي الجمالية بالقاهرة، وشخصية السيد أحمد عبد الجواد
من أشهر الشخصيات الروائية العربية.""")

neg("email", "ar", """من: أرامكس <no-reply@aramex.example>
الموضوع: شحنتك رقم 43127788901 في الطريق

شحنتك من نون (طلب رقم NAE40221187) ستصل غداً بين ٩ صباحاً و٥ مساءً.
خدمة العملاء: 800 27263 (مجاني). إصدار التطبيق 7.4.2.""")

neg("doc", "ar", """دليل تعبئة النموذج - بيانات توضيحية
رقم الهوية: 1XXXXXXXXX (مثال)
الجوال: 05XXXXXXXX
الآيبان: SA00 0000 0000 0000 0000 0000
للاستفسار: الرقم الموحد 920000000 (مركز الاتصال).""")

# ================================================================ Hebrew
pos("form", "he", """טופס הרשמה - מתנ"ס נווה צדק, תל אביב
שם פרטי: [[N|נועה]]        שם משפחה: [[N|כהן-לוי]]
מספר תעודת זהות: [[ID|<<t>>]]
תאריך לידה: [[D|17.03.1991]]
כתובת: [[A|רחוב שבזי 24, דירה 3, תל אביב-יפו 6515022]]
טלפון נייד: [[P|054-718-2230]]""", t=il_id("31294078"))

pos("email", "he", """מאת: [[N|יוסי אברהם]] <[[E|yossi.avraham@walla.co.il]]>
אל: gviya@vaad-bayit.example
נושא: החזר תשלום

שלום,
נא להעביר את ההחזר לחשבון [[I|<<ib>>]].
הכתובת שלי השתנתה ל:
[[A|רחוב הנביאים 33, דירה 7]]
[[A|ירושלים 9510102]]
תודה, [[N|יוסי]]""", ib=iban("IL", "0126240000004472819"))

pos("config", "he", """# config/secrets.yml - שרת הפיתוח של [[N|אורי שפירא]] (לא להעלות לגיט!)
production:
  database_url: [[U|postgresql://shop:Ye7s!Halom92@10.3.1.15:5432/shop_prod]]
  stripe_api_key: [[K|sk_live_51PxQ2mZrT8vK4wL7bN9cY3dF6gH1jS5aE0uI2oR8]]
  mailgun_key: [[K|key-7c2e91a4d8b35f60e1a97c4b2d8f6e03]]""")

pos("chat", "he", """[[N|מיכל]]: איפה נפגשים בשישי?
[[N|אביב פרידמן]]: אצלי, [[A|שדרות רוטשילד 61, תל אביב]], קומה 4
[[N|מיכל]]: מעולה, אני מביאה את [[N|שירה]]""")

neg("doc", "he", """סיור "בעקבות ההכרזה" - תוכנית היום
09:30 מפגש בהיכל העצמאות, שדרות רוטשילד 16, תל אביב (בית העם שבו הכריז דוד בן-גוריון על הקמת המדינה ב-14 במאי 1948)
11:00 בית בן-גוריון (1886-1973), שדרות בן-גוריון 17
מחיר: 45 ש"ח. הזמנות במוקד העירייה 106.""")

neg("email", "he", """מאת: דואר ישראל <noreply@israelpost.example>
נושא: החבילה RR123456789IL ממתינה לאיסוף

החבילה ממתינה בלוקר (סופר-פארם, חיפה) עד 12.03.2025.
מוקד שירות: 171* או 076-8871000. גרסת היישומון 4.9.0.""")

# ================================================================ Persian (Farsi)
pos("form", "fa", """فرم ثبت‌نام - آموزشگاه زبان پارسیان، تهران
نام و نام خانوادگی: [[N|سارا محمدی]]
کد ملی: [[ID|<<m>>]]
تاریخ تولد: [[D|۱۳۷۰/۰۵/۱۲]]
نشانی: [[A|تهران، خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۲، واحد ۳]]
تلفن همراه: [[P|۰۹۱۲ ۴۱۸ ۲۳۰۷]]""", m=melli("008412736", "-").translate(FA))

pos("email", "fa", """از: [[N|رضا کریمی]] <[[E|reza.karimi1365@gmail.com]]>
به: sefaresh@ketabshahr.example
موضوع: ارسال سفارش ۵۵۱۰۲

سلام،
لطفاً سفارش را به این نشانی بفرستید:
[[A|اصفهان، خیابان چهارباغ بالا، کوچه ۱۴، پلاک ۸]]
کد پستی: ۸۱۷۴۶۷۳۱۱۱
هزینه از کارت [[C|<<c>>]] پرداخت شد.
با تشکر، [[N|رضا]]""", c=card("603799182034451"))

pos("chat", "fa", """[[N|مریم]]: جمعه کجا جمع می‌شیم؟
[[N|علی رضایی]]: خونه ما، [[A|شیراز، بلوار زند، کوچه ۲۲، پلاک ۵]]
[[N|مریم]]: عالیه، [[N|نگار]] رو هم میارم""")

pos("code", "fa", """# sms_sender.py - اسکریپت ارسال پیامک (نوشته‌ی [[N|امیر حسینی]])
API_KEY = "[[K|tC4QAln2ydCZVWD54fJx4peAkFIfm2iwPa12HmL1]]"
SENDER = "10004346"
RECIPIENTS = ["[[P|09351234870]]", "[[P|09127765402]]"]   # مشتریان ویژه
send_bulk(API_KEY, SENDER, RECIPIENTS, "تخفیف نوروزی")""")

neg("doc", "fa", """کاربرگ ادبیات فارسی - پایه‌ی نهم
۱. حافظ شیرازی (حدود ۷۲۷ - ۷۹۲ هجری قمری) در کدام شهر به دنیا آمد؟
۲. آرامگاه او، حافظیه، در کدام شهر قرار دارد؟
۳. رستم، پهلوان شاهنامه، شخصیتی تاریخی است یا افسانه‌ای؟""")

neg("doc", "fa", """راهنمای پرداخت - درگاه آزمایشی
شماره کارت آزمایشی: ۶۰۳۷-۹۹۰۰-۰۰۰۰-۰۰۰۰ (فقط محیط تست)
کد ملی نمونه: ۰۰۰۰۰۰۰۰۰۰
پشتیبانی: ۰۲۱-۹۱۰۰۰۰۰۰ (مرکز تماس). نسخه‌ی ۲.۴.۱""")

# ================================================================ Hindi
pos("form", "hi", """आवेदन पत्र - नया गैस कनेक्शन (इंडेन गैस एजेंसी, लखनऊ)
आवेदक का नाम: [[N|सुनीता देवी वर्मा]]
पिता/पति का नाम: [[N|राजेश कुमार वर्मा]]
जन्म तिथि: [[D|०५/०८/१९८१]]
आधार संख्या: [[ID|<<aa>>]]
पता: [[A|मकान नं. 45, गली नं. 3, इंदिरा नगर, लखनऊ, उत्तर प्रदेश 226016]]
मोबाइल: [[P|+91 94150 28317]]""", aa=aadhaar("73918204658"))

pos("email", "hi", """प्रेषक: [[N|अमित शर्मा]] <[[E|amit.sharma.jaipur@gmail.com]]>
प्राप्तकर्ता: bookings@heritage-haveli.example
विषय: कमरे की बुकिंग - 14 से 16 मार्च

नमस्ते,
कृपया मेरे नाम ([[N|अमित शर्मा]], जन्म [[D|12 जनवरी 1990]]) पर दो कमरे बुक करें। मेरा पता:
[[A|फ्लैट 302, शांति अपार्टमेंट]]
[[A|मालवीय नगर, जयपुर 302017]]
भुगतान कार्ड [[C|<<c>>]] से होगा।
धन्यवाद, [[N|अमित]]""", c=card("457219004418223"))

pos("chat", "hi", """[[N|प्रिया]]: कल पार्टी कहाँ है?
[[N|रोहित मेहरा]]: मेरे घर, [[A|बी-14, सेक्टर 62, नोएडा 201301]]
[[N|प्रिया]]: ठीक है, मैं [[N|नेहा]] को भी लाऊँगी
[[N|रोहित मेहरा]]: 👍 गेट पर गार्ड को मेरा नाम बता देना""")

pos("ticket", "hi", """टिकट #IN-4471 - लैपटॉप वाई-फ़ाई से नहीं जुड़ रहा
रिपोर्टकर्ता: [[N|कविता राठौर]] (लेखा विभाग, इंदौर)
आईपी: [[IP|192.168.4.23]]   मैक: [[MAC|54:E1:AD:33:0F:7C]]
पिछला सफल लॉगिन: [[IP|49.36.118.204]] से, 03-03-2025 21:14
समाधान: ड्राइवर अपडेट किया गया। इंजीनियर: [[N|सौरभ जैन]]""")

neg("doc", "hi", """सामान्य ज्ञान प्रश्नोत्तरी - कक्षा 6
1. महात्मा गांधी का जन्म कब हुआ? उत्तर: 2 अक्टूबर 1869, पोरबंदर।
2. राजघाट कहाँ स्थित है? उत्तर: नई दिल्ली।
3. "मालगुडी डेज़" के स्वामी किसके काल्पनिक पात्र हैं? उत्तर: आर.के. नारायण।""")

neg("doc", "hi", """भारतीय रेल - पीएनआर स्थिति
पीएनआर: 4512789033   ट्रेन: 12952 मुंबई राजधानी   दिनांक: 14-03-2025
कोच B3, बर्थ 41, 42 (कन्फर्म)
पूछताछ: 139 (रेलवे हेल्पलाइन)। ऐप संस्करण 4.2.6""")

neg("email", "hi", """प्रेषक: एसबीआई अलर्ट <alerts@sbi.example>
विषय: आपके खाते में लेनदेन

आपके खाते XXXXXXXX4471 से ₹2,500 UPI द्वारा डेबिट हुए। संदर्भ संख्या 506312874419।
यदि यह लेनदेन आपने नहीं किया, तो टोल-फ्री 1800 1234 पर कॉल करें।""")

# ================================================================ Bengali
pos("form", "bn", """ভর্তি ফরম - ঢাকা রেসিডেনসিয়াল মডেল কলেজ
শিক্ষার্থীর নাম: [[N|তাহমিদ হাসান]]
জন্ম তারিখ: [[D|১৪/০২/২০০৯]]
পিতার নাম: [[N|মোঃ কামরুল হাসান]]     জাতীয় পরিচয়পত্র নং: [[ID|৫০১২৩৪৮৭৬৫]]
ঠিকানা: [[A|বাড়ি ১২, রোড ৫, ধানমন্ডি, ঢাকা ১২০৫]]
মোবাইল: [[P|০১৭১২-৩৪৫৬৭৮]]""")

pos("email", "bn", """প্রেরক: [[N|নুসরাত জাহান]] <[[E|nusrat.jahan92@gmail.com]]>
প্রাপক: hr@sonali-textiles.example
বিষয়: ঠিকানা পরিবর্তন

আমার নতুন ঠিকানা:
[[A|ফ্ল্যাট ৪বি, বাড়ি ৭৮]]
[[A|রোড ১১, বনানী, ঢাকা ১২১৩]]
ধন্যবাদ, [[N|নুসরাত]]""")

pos("chat", "bn", """[[N|রিয়া]]: কাল কোথায় দেখা হবে?
[[N|সৌরভ দাস]]: আমার বাসায়, [[A|৩২ গড়িয়াহাট রোড, কলকাতা ৭০০০১৯]]
[[N|রিয়া]]: ঠিক আছে, [[N|অর্পিতা]] ও আসবে""")

neg("doc", "bn", """রবীন্দ্রজয়ন্তী ১৪৩২ - অনুষ্ঠানসূচি
কবিগুরু রবীন্দ্রনাথ ঠাকুর (৭ মে ১৮৬১ - ৭ আগস্ট ১৯৪১)-এর জন্মদিন উপলক্ষে
স্থান: জোড়াসাঁকো ঠাকুরবাড়ি, কলকাতা। সময়: সন্ধ্যা ৬টা।
নাটক: "ডাকঘর" - অমল চরিত্রে শিশুশিল্পীরা। প্রবেশ অবাধ।""")

neg("doc", "bn", """বিকাশ লেনদেন বিবরণী
লেনদেন আইডি: 9CK7HZ2QX1
প্রাপক: বাংলাদেশ বিদ্যুৎ উন্নয়ন বোর্ড (বিল পরিশোধ)
হেল্পলাইন: ১৬২৪৭। অ্যাপ সংস্করণ ৫.৪.০""")

# ================================================================ Thai
pos("form", "th", """ใบสมัครสมาชิก - ฟิตเนส สุขุมวิท
ชื่อ-นามสกุล: นางสาว[[N|พิมพ์ชนก ศรีสวัสดิ์]]
เลขประจำตัวประชาชน: [[ID|<<t>>]]
วันเกิด: [[D|12 มีนาคม 2537]]
ที่อยู่: [[A|123/45 ซอยสุขุมวิท 21 แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110]]
โทรศัพท์: [[P|081 234 7790]]""", t=th_id("110370048123"))

pos("email", "th", """จาก: [[N|ธนากร วงศ์ใหญ่]] <[[E|thanakorn.w@hotmail.com]]>
ถึง: booking@chiangmai-resort.example
เรื่อง: ยืนยันการจอง

สวัสดีครับ
ขอยืนยันการจองห้อง 2 คืน ชำระด้วยบัตร [[C|<<c>>]]
ที่อยู่สำหรับออกใบเสร็จ:
[[A|99/12 หมู่ 4 ตำบลสุเทพ]]
[[A|อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200]]
ขอบคุณครับ [[N|ธนากร]]""", c=card("356600201844731"))

pos("log", "th", """2025-03-04 01:22:10 [WARN] เข้าสู่ระบบล้มเหลว ผู้ใช้ [[E|somchai.k@siamfresh.co.th]] จาก [[IP|171.96.44.210]]
2025-03-04 01:22:31 [INFO] เข้าสู่ระบบสำเร็จ ผู้ใช้ [[E|somchai.k@siamfresh.co.th]] จาก [[IP|171.96.44.210]]
2025-03-04 01:23:05 [DEBUG] เชื่อมต่อฐานข้อมูล [[U|mysql://siamfresh:Tom-Yum_2025@10.1.9.3:3306/orders]]""")

pos("chat", "th", """[[N|แพร]]: พรุ่งนี้เจอกันที่ไหน
[[N|ณัฐวุฒิ ทองดี]]: ที่คอนโดเรา [[A|88/1 ถนนนิมมานเหมินท์ ซอย 9 เชียงใหม่]] ขึ้นลิฟต์ไปชั้น 5 นะ
[[N|แพร]]: โอเค จะพา[[N|มายด์]]ไปด้วยนะ""")

neg("doc", "th", """ผังรายการวิทยุ สถานีวิทยุกระจายเสียงแห่งประเทศไทย วันที่ 26 มิถุนายน
08:00 รายการพิเศษ "วันสุนทรภู่" ชีวประวัติสุนทรภู่ (2329 - 2398) กวีเอกของไทย
09:00 ละครวิทยุ พระอภัยมณี ตอน นางผีเสื้อสมุทร (ตัวละครสมมติ)
ติดต่อสถานี โทร 1111 (สายด่วนรัฐบาล)""")

neg("email", "th", """จาก: Kerry Express <noreply@kerry.example>
เรื่อง: พัสดุ KEX1234567890 กำลังนำส่ง

พัสดุจาก Lazada (คำสั่งซื้อ 302211874455) จะถึงภายในวันนี้
ศูนย์บริการลูกค้า 1217 แอปเวอร์ชัน 3.18.0""")

# ================================================================ Vietnamese
pos("form", "vi", """PHIẾU ĐĂNG KÝ KHÁM BỆNH - Bệnh viện Bạch Mai, Hà Nội
Họ và tên: [[N|Nguyễn Thị Thu Hà]]
Ngày sinh: [[D|23/06/1992]]       Giới tính: Nữ
Số CCCD: [[ID|001192012345]]
Địa chỉ: [[A|Số 12, ngõ 34 phố Huế, phường Phố Huế, quận Hai Bà Trưng, Hà Nội]]
Điện thoại: [[P|0912 345 678]]""")

pos("email", "vi", """Từ: [[N|Trần Minh Quân]] <[[E|quan.tranminh@gmail.com]]>
Đến: cskh@dienmay-saigon.example
Chủ đề: Giao hàng đơn 88124

Chào anh chị,
Vui lòng giao tủ lạnh đến địa chỉ:
[[A|Căn hộ 12.05, Chung cư Sunrise City]]
[[A|23 Nguyễn Hữu Thọ, phường Tân Hưng, Quận 7, TP. Hồ Chí Minh]]
Người nhận: [[N|Lê Thị Mai]] (vợ tôi).
Cảm ơn, [[N|Quân]]""")

pos("config", "vi", """# .env - dự án ví điện tử (máy của [[N|Phạm Đức Anh]])
MOMO_PARTNER_CODE=MOMOBKUN20250304
MOMO_SECRET_KEY=[[K|QVYMNA1MOQUtGq6u71y1xO98qfwSVaFnpGgkbR8x]]
DATABASE_URL=[[U|postgres://vi_app:PhoBo_2025x@10.2.0.11:5432/wallet]]
ADMIN_EMAIL=[[E|ducanh.pham.dev@gmail.com]]""")

pos("chat", "vi", """[[N|Linh]]: mai tụ tập ở đâu thế?
[[N|Hoàng Văn Nam]]: nhà t nhé, [[A|45 Lê Lợi, phường Vĩnh Ninh, TP. Huế]]
[[N|Linh]]: ok, t rủ chị [[N|Hằng]] đi cùng
[[N|Hoàng Văn Nam]]: được, đến thì gọi t số [[P|0905 118 334]]""")

neg("prose", "vi", """Chủ tịch Hồ Chí Minh (19 tháng 5 năm 1890 - 2 tháng 9 năm 1969) đọc Tuyên ngôn Độc lập tại Quảng trường
Ba Đình năm 1945. Thành phố Hồ Chí Minh và nhiều con đường mang tên ông. Thánh Gióng và Sơn Tinh là các nhân
vật truyền thuyết Việt Nam.""")

neg("email", "vi", """Từ: Giao Hàng Nhanh <noreply@ghn.example>
Chủ đề: Đơn hàng GHN8K2Q7R1 đang được giao

Đơn hàng từ Shopee (mã 250304ABCD12) sẽ được giao trong hôm nay.
Tổng đài hỗ trợ: 1900 636 677. Phiên bản ứng dụng 6.2.1""")

neg("doc", "vi", """Hướng dẫn kết nối cổng thanh toán (môi trường thử nghiệm)
Thẻ nội địa thử nghiệm: 9704 0000 0000 0018 (NCB)
Tên chủ thẻ: NGUYEN VAN A   OTP: 123456
Khoá bí mật mẫu: <SECRET_KEY_CUA_BAN> - không dùng cho môi trường thật.""")

# ================================================================ Indonesian
pos("form", "id", """FORMULIR PENDAFTARAN - Klinik Pratama Sehat, Jakarta
Nama lengkap: [[N|Siti Rahmawati]]
NIK: [[ID|3174054508920003]]
Tanggal lahir: [[D|05-08-1992]]
Alamat: [[A|Jl. Tebet Barat Dalam Raya No. 17, RT 003/RW 005, Kel. Tebet Barat, Kec. Tebet, Jakarta Selatan 12810]]
No. HP: [[P|0812-8841-2203]]""")

pos("email", "id", """Dari: [[N|Budi Santoso]] <[[E|budi.santoso78@yahoo.co.id]]>
Kepada: layanan@asuransi-nusantara.example
Perihal: Klaim rawat inap

Selamat siang,
Bersama ini saya ajukan klaim untuk istri saya, [[N|Dewi Lestari]] (lahir [[D|17 April 1981]]).
Alamat kami:
[[A|Perumahan Griya Asri Blok C2 No. 8]]
[[A|Jl. Kaliurang Km 9, Sleman, Yogyakarta 55581]]
Terima kasih, [[N|Budi]]""")

pos("shell", "id", """  88  export TOKEN=[[K|ghp_fNHVooVo7gGCtcJW3XJTKKEyuiCea8K3zYtR]]
  89  curl -H "Authorization: Bearer [[K|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyaXpreS5wcmF0YW1hIn0.m3Qp8Xf2Lk0Vn7Rt5Yw1Zs9Bc4Dg6Hj0Kl2Mn4Pq8]]" https://api.tokoku.example/v1/orders
  90  ssh [[IP|103.28.54.117]]   # server punya [[N|Rizky]]
  91  scp backup.sql [[U|sftp://rizky:Merdeka45!@103.28.54.117/home/rizky/]]""")

pos("chat", "id", """[[N|Putri]]: besok ngumpul di mana?
[[N|Agus Wijaya]]: di kos gue aja, [[A|Jl. Dipatiukur No. 35, Coblong, Bandung]]
[[N|Putri]]: oke, gue ajak Mbak [[N|Rina]] ya
[[N|Agus Wijaya]]: sip""")

neg("prose", "id", """Raden Adjeng Kartini (21 April 1879 - 17 September 1904) adalah pahlawan nasional Indonesia; tanggal
lahirnya diperingati sebagai Hari Kartini. Jalan Kartini ada di hampir setiap kota. Si Kancil adalah
tokoh dongeng yang terkenal cerdik.""")

neg("email", "id", """Dari: Tokopedia <noreply@tokopedia.example>
Perihal: Pesanan INV/20250304/MPL/3881204 sedang dikirim

Pesanan kamu dikirim lewat JNE, resi CGK1234567890.
Butuh bantuan? Hubungi 1500 600 (layanan pelanggan). Versi aplikasi 3.250.0""")

neg("doc", "id", """Contoh pengisian formulir
Nama: BUDI CONTOH (contoh)
NIK: 3200000000000000 (format contoh)
No. HP: 08xx-xxxx-xxxx
Data contoh tidak boleh dipakai untuk pendaftaran sebenarnya.""")

# ================================================================ Malay
pos("form", "ms", """BORANG PERMOHONAN - Keahlian Perpustakaan Awam Selangor
Nama: [[N|Nurul Aisyah binti Ahmad]]
No. Kad Pengenalan: [[ID|920805-14-5522]]
Tarikh lahir: [[D|5 Ogos 1992]]
Alamat: [[A|No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor]]
E-mel: [[E|nurulaisyah.ahmad@gmail.com]]""")

pos("email", "ms", """Daripada: [[N|Mohd Faizal bin Ismail]] <[[E|faizal.ismail@yahoo.com.my]]>
Kepada: akaun@hartanah-jb.example
Perkara: Bayaran deposit

Salam,
Saya telah membuat bayaran deposit. Alamat surat-menyurat saya:
[[A|No. 8, Jalan Bukit Indah 15/3]]
[[A|81200 Johor Bahru, Johor]]
Terima kasih, [[N|Faizal]]""")

pos("chat", "ms", """[[N|Sya]]: esok jumpa kat mana?
[[N|Hafiz Rahman]]: rumah aku, [[A|Lot 221, Kampung Baru, 50300 Kuala Lumpur]]
[[N|Sya]]: ok, aku bawa Kak [[N|Ros]] sekali""")

neg("prose", "ms", """Tunku Abdul Rahman (8 Februari 1903 - 6 Disember 1990) ialah Perdana Menteri pertama Malaysia.
Jalan Tunku Abdul Rahman di Kuala Lumpur dinamakan sempena beliau. Upin dan Ipin ialah watak animasi
kegemaran kanak-kanak.""")

neg("email", "ms", """Daripada: Pos Malaysia <noreply@pos.example>
Perkara: Bungkusan ER123456789MY sedia untuk diambil

Bungkusan anda sedia untuk diambil di Pos Laju Shah Alam. Khidmat pelanggan: 1-300-300-300.
Versi aplikasi 4.1.0""")

# ================================================================ Tagalog / Filipino
pos("form", "tl", """APPLICATION FORM - Barangay Clearance, Barangay San Isidro, Antipolo
Pangalan: [[N|Maria Cristina Dela Cruz]]
Petsa ng kapanganakan: [[D|Marso 8, 1994]]
Tirahan: [[A|Blk 5 Lot 12, Phase 2, Brgy. San Isidro, Antipolo City, Rizal 1870]]
SSS No.: [[ID|34-5128907-3]]      TIN: [[ID|421-883-907-000]]
Cellphone: [[P|0917 482 3310]]""")

pos("email", "tl", """Mula kay: [[N|Jose Miguel Santos]] <[[E|jm.santos88@gmail.com]]>
Para sa: hr@manila-bpo.example
Paksa: Bagong address

Magandang araw po,
Lumipat na po ako sa:
[[A|Unit 1507, Tower 2, Avida Towers]]
[[A|Sucat Road, Parañaque City 1700]]
Salamat po, [[N|Miguel]]""")

pos("chat", "tl", """[[N|Bea]]: san tayo bukas?
[[N|Paolo Reyes]]: sa bahay ni Tita [[N|Lorna]], [[A|23 Kalayaan Ave, Diliman, Quezon City]]
[[N|Bea]]: sige g! isasama ko si [[N|Kim]]""")

neg("prose", "tl", """Si José Rizal (Hunyo 19, 1861 - Disyembre 30, 1896) ang pambansang bayani ng Pilipinas. Ang Rizal Park
sa Maynila at ang lalawigan ng Rizal ay ipinangalan sa kanya. Sina Crisostomo Ibarra at Maria Clara ay mga
tauhan ng Noli Me Tangere.""")

neg("email", "tl", """Mula kay: LBC Express <noreply@lbc.example>
Paksa: Ang iyong padala 1234 5678 9012 ay nasa biyahe

Inaasahang darating sa loob ng 2-3 araw. Hotline: (02) 8858-5999.
Bersyon ng app 2.9.4""")

# ================================================================ Chinese (CN, TW)
pos("json", "zh", """{
  "订单号": "JD2025030488127",
  "收货人": "[[N|王秀英]]",
  "手机": "[[P|138 1047 2256]]",
  "收货地址": "[[A|北京市朝阳区建国路88号SOHO现代城3号楼1205室]]",
  "身份证号": "[[ID|<<c>>]]",
  "备注": "工作日送货，请提前给[[N|王]]女士打电话"
}""", c=cn_id("44030519851122046"))

pos("cv", "zh", """个人简历
姓名：[[N|李浩然]]                     出生日期：[[D|1990年3月7日]]
电话：[[P|+86 139 2218 4470]]          邮箱：[[E|haoran.li1990@163.com]]
现住址：[[A|上海市浦东新区张杨路1500号2单元802室]]
求职意向：Java 后端开发
工作经历：2016.07-至今  某互联网金融公司（上海）  高级开发工程师
推荐人：[[N|陈静]]（前部门经理）""")

pos("log", "zh", """2025-03-04 10:02:11 [INFO] 用户登录 username=zhangwei_88 ip=[[IP|116.228.47.19]] 设备=[[MAC|9C:2E:A1:05:B7:44]]
2025-03-04 10:02:13 [DEBUG] 下发 token=[[K|daaa3013027f19d1c2b4492422f47fe96e4b1e14]]
2025-03-04 10:03:40 [WARN] 修改绑定邮箱 旧=[[E|zhangwei88@qq.com]] 新=[[E|zw.work2025@163.com]]
2025-03-04 10:03:41 [INFO] 数据库连接 [[U|mysql://app_rw:Xh2025!zq@10.0.12.7:3306/member]]""")

pos("form", "zh", """國民健康保險 - 投保申報表（臺北市）
姓名：[[N|林雅婷]]
身分證統一編號：[[ID|<<t>>]]
出生日期：[[D|民國79年8月15日]]
戶籍地址：[[A|臺北市大安區忠孝東路四段216巷33弄5號3樓]]
聯絡電話：[[P|0912-345-871]]""", t=tw_id("A", "22345871"))

pos("chat", "zh", """[[N|小雨]]：周六聚餐去哪？
[[N|张磊]]：来我家吧，[[A|杭州市西湖区文三路259号3幢602]]
[[N|小雨]]：好呀，我带[[N|婷婷]]一起
[[N|张磊]]：没问题，到了打我电话 [[P|186 5712 0934]]""")

neg("doc", "zh", """上海鲁迅纪念馆 参观须知
鲁迅（1881年9月25日－1936年10月19日），原名周树人，代表作有《狂人日记》《阿Q正传》。
开放时间：周二至周日 9:00-17:00（16:00 停止入馆），免费参观，凭身份证预约。
咨询电话：021-6540 2288（馆方总机）。阿Q和孔乙己都是虚构人物。""")

neg("email", "zh", """发件人：顺丰速运 <noreply@sf-express.example>
主题：您的快件 SF1402873361225 正在派送

您在京东购买的商品（订单 JD2025030488127）今日送达，请保持电话畅通。
客服热线：95338。App 版本 9.61.0""")

neg("doc", "zh", """接口文档 - 示例数据（v3.2.0）
示例手机号：138 0013 8000
示例身份证号：110101199003070000（格式示例，校验位无效）
示例服务器：203.0.113.25，测试网段 198.51.100.0/24
示例密钥：YOUR_APP_SECRET""")

# ================================================================ Japanese
pos("form", "ja", """会員登録フォーム（ABCスポーツクラブ 三軒茶屋店）
氏名：[[N|佐藤 美咲]]　　フリガナ：[[N|サトウ ミサキ]]
生年月日：[[D|1993年4月18日]]
郵便番号：154-0024
住所：[[A|東京都世田谷区三軒茶屋2-14-7 グランハイツ302]]
電話番号：[[P|090-4127-3385]]
メール：[[E|misaki.sato0418@docomo.ne.jp]]""")

pos("cv", "ja", """履　歴　書　　　　　　　　　　　　2025年3月1日現在
ふりがな　[[N|たなか　けんじ]]
氏名　[[N|田中 健二]]
生年月日　[[D|昭和60年9月30日]]生（満39歳）
現住所　〒[[A|530-0012 大阪府大阪市北区芝田1-4-8 梅田レジデンス1108号]]
電話　[[P|06-6372-5519]]　携帯　[[P|080-2281-4470]]
個人番号（マイナンバー）　[[ID|<<mn>>]]""", mn=my_number("43187206512"))

pos("code", "ja", """# notify.py - 夜間バッチの結果をSlackに通知する（作成: [[N|鈴木 大輔]]）
import requests
SLACK_WEBHOOK = "[[K|https://hooks.slack.com/services/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]]"
OPENAI_API_KEY = "[[K|sk-proj-Cxor8Vl9QoUR4aCeBfEjT3BlbkFJ5Zmf8bUDn7JkiAyrQ2x]]"
requests.post(SLACK_WEBHOOK, json={"text": "バッチ完了"})""")

pos("letter", "ja", """〒[[A|812-0011 福岡県福岡市博多区博多駅前3-2-1]]
[[A|博多ハイツ502号室]]
[[N|山本 由美子]] 様

拝啓　春暖の候、ますますご清祥のこととお喜び申し上げます。
ご注文の商品を本日発送いたしました。お問い合わせは 0120-000-000（通話無料）まで。""")

pos("csv", "ja", """顧客ID,姓,名,郵便番号,都道府県,住所,電話,メール,生年月日
K-3301,[[N|高橋]],[[N|翔太]],460-0008,愛知県,[[A|名古屋市中区栄3-5-12 栄マンション405]],[[P|052-241-7730]],[[E|shota.takahashi@gmail.com]],[[D|1988/11/02]]
K-3302,[[N|伊藤]],[[N|さくら]],060-0061,北海道,[[A|札幌市中央区南1条西4-2-9]],[[P|011-231-5582]],[[E|sakura.ito@ezweb.ne.jp]],[[D|1995/03/21]]""")

neg("doc", "ja", """市立図書館 企画展示のお知らせ
「漱石と猫」展　2025年3月1日～3月31日（第2展示室）
夏目漱石（1867年2月9日 - 1916年12月9日）の初版本と『吾輩は猫である』の挿絵を展示します。
「吾輩」や坊っちゃんは架空の人物です。お問い合わせ：図書館代表 03-0000-1234""")

neg("email", "ja", """差出人：ヤマト運輸 <noreply@kuronekoyamato.example>
件名：お荷物お届けのお知らせ（伝票番号 4412-8830-2291）

Amazon.co.jpからのお荷物を本日 14時～16時にお届けします。
お問い合わせ：0120-01-9625（フリーダイヤル）。アプリ バージョン 5.3.0""")

neg("doc", "ja", """入力例（記入見本）
氏名：山田 太郎（見本）
住所：東京都千代田区千代田1-1（見本）
電話番号：03-0000-0000
マイナンバー：0000 0000 0000（記入例）
見本の内容をそのまま入力しないでください。""")

# ================================================================ Korean
pos("form", "ko", """회원 가입 신청서 - 마포구립 도서관
성명: [[N|김지은]]
주민등록번호: [[ID|<<r>>]]
생년월일: [[D|1990년 5월 12일]]
주소: [[A|서울특별시 마포구 월드컵북로12길 34, 502호 (서교동)]]
휴대전화: [[P|010-4827-3391]]
이메일: [[E|jieun.kim0512@naver.com]]""", r=kr_rrn("900512234871"))

pos("email", "ko", """보낸 사람: [[N|박준호]] <[[E|junho.park85@daum.net]]>
받는 사람: delivery@gagu-mall.example
제목: 배송지 변경 요청 (주문번호 20250304-7712)

안녕하세요,
배송지를 아래 주소로 변경 부탁드립니다.
[[A|부산광역시 해운대구 센텀중앙로 79, 1203동 1504호]]
받는 사람: [[N|박준호]] / 연락처 [[P|010-2284-7716]]
감사합니다.""")

pos("config", "ko", """# k8s/secret-payments.yaml (개발자 [[N|이수민]] 로컬에서 커밋됨)
apiVersion: v1
kind: Secret
metadata:
  name: payments-secrets
data:
  DB_PASSWORD: [[K|T3dhR3hpUTFPRUc0UURndTlRSTNIcVVl]]
  TOSS_SECRET_KEY: [[K|ZXNLQjAyYzhYU2Qrd2gwelA2cHdYeVpuNzluQU5KRVk=]]""")

pos("chat", "ko", """[[N|민지]]: 토요일에 어디서 모여?
[[N|최성훈]]: 우리 집! [[A|경기도 성남시 분당구 정자일로 95, 305동 1102호]]
[[N|민지]]: 오케이 [[N|지수]]도 데려갈게
[[N|최성훈]]: 도착하면 전화해 [[P|010-7741-2208]]""")

neg("doc", "ko", """광화문광장 관광 안내
세종대왕 동상: 세종대왕(1397년 5월 15일 ~ 1450년 4월 8일)의 훈민정음 창제를 기념
운영 시간: 상시 개방 / 지하 전시관 '세종이야기' 10:30~19:00 (월요일 휴관)
문의: 다산콜센터 120. 홍길동은 허균의 소설 속 인물입니다.""")

neg("email", "ko", """보낸 사람: CJ대한통운 <noreply@cjlogistics.example>
제목: 고객님의 상품이 배송 출발하였습니다 (운송장 6891-2204-4417)

쿠팡 주문 상품이 오늘 도착 예정입니다. 고객센터 1588-1255.
앱 버전 4.8.2""")

neg("doc", "ko", """작성 예시 (견본)
성명: 홍길동 (예시)
주민등록번호: 000000-0000000
주소: 서울특별시 중구 세종대로 110 (서울특별시청)
연락처: 02-120 (다산콜센터)""")

# ================================================================ Swahili (KE, TZ)
pos("email", "sw", """Kutoka: [[N|Neema Mwakalinga]] <[[E|neema.mwakalinga@gmail.com]]>
Kwa: ajira@benki-pwani.example
Kichwa: Maombi ya kazi - Afisa Mikopo

Ndugu Meneja,
Naomba nafasi ya Afisa Mikopo iliyotangazwa. Nimezaliwa tarehe [[D|12 Januari 1994]].
Anwani yangu ni:
[[A|S.L.P. 4417]]
[[A|Dar es Salaam]]
Simu: [[P|+255 754 218 330]]
Wako mtiifu,
[[N|Neema Mwakalinga]]""")

pos("form", "sw", """FOMU YA KUJIANDIKISHA - Chama cha Ushirika cha Wakulima, Nakuru
Jina kamili: [[N|John Kamau Njoroge]]
Nambari ya kitambulisho: [[ID|28431170]]     KRA PIN: [[ID|A012847716Z]]
Tarehe ya kuzaliwa: [[D|03/09/1986]]
Anwani: [[A|P.O. Box 2291-20100, Nakuru]]
Simu (M-Pesa): [[P|0712 845 330]]   Barua pepe: [[E|jkamau.njoroge@yahoo.com]]""")

pos("chat", "sw", """M-PESA
QCK4T7YH2Z Imethibitishwa. Ksh1,500.00 imetumwa kwa [[N|AMINA WANJIRU]] [[P|0722 418 907]] tarehe 4/3/25 saa 7:41 PM.
Salio lako jipya la M-PESA ni Ksh3,210.50. Gharama ya muamala ni Ksh23.00.
QCK4T8AB1X Imethibitishwa. Umepokea Ksh800.00 kutoka kwa [[N|PETER OTIENO]] [[P|0733 220 415]].""")

neg("prose", "sw", """Mwalimu Julius Kambarage Nyerere (13 Aprili 1922 - 14 Oktoba 1999) alikuwa Rais wa kwanza wa Tanzania.
Uwanja wa Ndege wa Kimataifa wa Julius Nyerere uko Dar es Salaam. Abunuwasi ni mhusika maarufu wa hadithi
za Kiswahili.""")

neg("doc", "sw", """Safaricom - Lipa na M-PESA
Nambari ya Paybill ya KPLC: 888880 (Akaunti: nambari ya mita yako)
Huduma kwa wateja: 100 au 200 (bure). Toleo la programu ya M-PESA 3.1.12
Tahadhari: Safaricom haitakuuliza PIN yako kamwe.""")

# ================================================================ Afrikaans
pos("letter", "af", """[[N|Anri van der Merwe]]
[[A|Kerkstraat 12]]
[[A|Die Boord]]
[[A|Stellenbosch 7600]]

Stellenbosch Munisipaliteit, Stellenbosch
3 Maart 2025

Geagte Heer/Dame
Hiermee doen ek aansoek om 'n pensioenarisafslag op eiendomsbelasting. My ID-nommer is [[ID|<<z>>]].
U kan my skakel by [[P|082 555 0174]] of e-pos na [[E|anri.vdmerwe@telkomsa.net]].
Die uwe
[[N|Anri van der Merwe]]""", z=za_id("780630580108"))

pos("email", "af", """Van: [[N|Lize-Marie Botha]] <[[E|lizemarie.botha@gmail.com]]>
Aan: inskrywings@hoerskool-waterkloof.example
Onderwerp: Inskrywing graad 8

Goeie dag
Ek wil graag my dogter, [[N|Carla Botha]] (gebore [[D|11 September 2012]]), vir 2026 inskryf.
Ons woonadres is [[A|Sonneblomstraat 47, Waterkloof Ridge, Pretoria 0181]].
Groete, [[N|Lize-Marie]]""")

pos("csv", "af", """lidnr,naam,van,straatadres,poskode,dorp,selfoon,e-pos
A-1041,[[N|Pieter]],[[N|du Plessis]],[[A|Voortrekkerweg 118]],9300,Bloemfontein,[[P|083 555 0192]],[[E|pieter.duplessis@vodamail.co.za]]
A-1042,[[N|Marietjie]],[[N|Steyn]],[[A|Kerkstraat 5, Eenheid 3]],6529,George,[[P|072 555 0148]],[[E|marietjie.steyn@mweb.co.za]]
A-1043,[[N|Johan]],[[N|Coetzee]],[[A|Plaas Rietvallei]],8170,Vredendal,[[P|084 555 0127]],[[E|johancoetzee.rv@gmail.com]]""")

neg("prose", "af", """C.J. Langenhoven (13 Augustus 1873 - 15 Julie 1932) het "Die Stem van Suid-Afrika" geskryf. Sy huis,
Arbeidsgenot in Oudtshoorn, is vandag 'n museum. Jan Vlaktevark en Liewe Heksie is geliefde karakters uit
Afrikaanse kinderverhale.""")

neg("email", "af", """Van: PostNet <geen-antwoord@postnet.example>
Onderwerp: Jou pakkie PN-JHB-0042187 is gereed vir afhaal

Jou pakkie van Takealot (bestelling 88412093) is gereed by PostNet Menlyn, Pretoria.
Kliëntediens: 0860 767 8638. App-weergawe 2.6.0""")

# ================================================================ Catalan
pos("email", "ca", """De: [[N|Núria Puigdemont i Ferrer]] <[[E|nuria.puigferrer@gmail.com]]>
Per a: secretaria@escolamusica-girona.example
Assumpte: Matrícula curs 2025-2026

Bon dia,
Us envio les dades per a la matrícula del meu fill [[N|Pol Vidal Puigdemont]], nascut el [[D|14 de juny de 2014]].
Adreça familiar:
[[A|Carrer de la Força, 23, 2n 1a]]
[[A|17004 Girona]]
Gràcies, [[N|Núria]]""")

pos("form", "ca", """SOL·LICITUD DE TARGETA SANITÀRIA INDIVIDUAL - CatSalut
Nom i cognoms: [[N|Arnau Roca Soler]]
DNI: [[ID|<<d>>]]        Data de naixement: [[D|02/11/1977]]
Adreça: [[A|Carrer de Verdi, 32, 3r 2a]]    Codi postal: 08012    Municipi: Barcelona
Telèfon: [[P|+34 639 214 880]]    Correu: [[E|arnau.roca.soler@gmail.com]]
Compte per a reemborsaments: [[I|<<ib>>]]""", d=dni("39182734"), ib=iban("ES", "21006201930200418877"))

pos("chat", "ca", """[[N|Laia]]: on quedem dissabte?
[[N|Jordi Mas]]: a casa meva, [[A|Carrer Gran de Gràcia 140, 4t 1a, Barcelona]]
[[N|Laia]]: perfecte, porto la [[N|Mireia]]
[[N|Jordi Mas]]: genial! si no trobes el timbre truca'm al [[P|622 418 037]]""")

neg("prose", "ca", """Antoni Gaudí (25 de juny de 1852 - 10 de juny de 1926) va projectar la Sagrada Família i la Casa Batlló,
al passeig de Gràcia de Barcelona. La Casa Milà, coneguda com La Pedrera, és Patrimoni de la Humanitat.
Tirant lo Blanc és el protagonista de la novel·la de Joanot Martorell.""")

neg("email", "ca", """De: Correus <noreply@correus.example>
Assumpte: El vostre enviament PQ4A2B0712345670108001X és a l'oficina

Podeu recollir l'enviament a l'oficina de Correus de Sabadell fins al 14/03/2025.
Atenció al client: 915 197 197. Versió de l'app 3.5.0""")

# ================================================================ Irish
pos("letter", "ga", """[[N|Máire Ní Chonaill]]
[[A|14 Bóthar na Trá]]
[[A|Cnoc na Cathrach]]
[[A|Gaillimh H91 R2X7]]

An Roinn Coimirce Sóisialaí, Baile Átha Cliath
4 Márta 2025

A chara,
Is mian liom iarratas a dhéanamh ar Liúntas Cúramóra. Is é m'Uimhir PSP ná [[ID|<<p>>]].
Rugadh mé ar an [[D|22 Bealtaine 1961]]. Is féidir glaoch orm ar [[P|087 214 9930]].
Is mise le meas,
[[N|Máire Ní Chonaill]]""", p=ppsn("6018427", "A"))

pos("email", "ga", """Ó: [[N|Seán Ó Briain]] <[[E|sean.obriain@eircom.net]]>
Chuig: oifig@gaelscoil-chorcai.example
Ábhar: Clárú - [[N|Aoife Ní Bhriain]]

A chara,
Ba mhaith liom m'iníon [[N|Aoife]] (rugadh [[D|3 Meitheamh 2019]]) a chlárú don bhliain seo chugainn.
Ár seoladh: [[A|7 Ascaill an Mhuilinn, Baile an Chollaigh, Co. Chorcaí P43 FX20]].
Le gach dea-ghuí, [[N|Seán]]""")

neg("prose", "ga", """Rugadh Dubhghlas de hÍde ar 17 Eanáir 1860 agus fuair sé bás ar 12 Iúil 1949; ba é an chéad Uachtarán na
hÉireann é. Tá Áras an Uachtaráin i bPáirc an Fhionnuisce, Baile Átha Cliath 8. Is laoch miotaseolaíochta é
Cú Chulainn.""")

neg("doc", "ga", """Bus Éireann - Sceideal
Bealach 51: Gaillimh - Corcaigh, gach uair ón 07:00.
Seirbhís do chustaiméirí: 1850 836 611. Leagan aipe 2.14.0.
Uimhir thicéid samplach: BE-00000000""")

# ================================================================ Welsh
pos("letter", "cy", """[[N|Gwenllian Prys-Jones]]
[[A|Tŷ Coch]]
[[A|12 Heol y Bont]]
[[A|Caerfyrddin SA31 1AB]]

Cyngor Sir Gâr, Caerfyrddin
3 Mawrth 2025

Annwyl Syr/Madam,
Hoffwn wneud cais am ostyngiad person sengl ar fy nhreth gyngor. Fy nyddiad geni yw [[D|4 Hydref 1956]]
a fy rhif Yswiriant Gwladol yw [[ID|JK 41 83 20 D]].
Yn gywir,
[[N|Gwenllian Prys-Jones]]""")

pos("email", "cy", """Oddi wrth: [[N|Dafydd ap Iorwerth]] <[[E|dafydd.api@btinternet.com]]>
At: swyddfa@ysgolglanyrafon.example
Pwnc: Newid cyfeiriad

Bore da,
Rydyn ni wedi symud i [[A|Fflat 3, 27 Stryd Fawr, Bangor LL57 1NP]]. Rhif ffôn newydd [[N|Elin]] (mam) yw [[P|07700 900612]].
Diolch, [[N|Dafydd]]""")

neg("prose", "cy", """Ganed Dylan Thomas ar 27 Hydref 1914 yn 5 Cwmdonkin Drive, Abertawe, a bu farw ar 9 Tachwedd 1953 yn
Efrog Newydd. Mae'r Boathouse yn Nhalacharn bellach yn amgueddfa. Mae Captain Cat a Polly Garter yn gymeriadau
yn Under Milk Wood.""")

neg("doc", "cy", """Trafnidiaeth Cymru - Amserlen
Trên 1H22 Caerdydd Canolog - Caergybi, yn gadael 08:21, platfform 2.
Ymholiadau: 03333 211 202. Fersiwn yr ap 4.7.1
Cyfeirnod archeb enghreifftiol: TFW-XXXXXX""")

# ================================================================ Basque
pos("email", "eu", """Nork: [[N|Ane Etxeberria Goikoetxea]] <[[E|ane.etxeberria@euskalnet.net]]>
Nori: idazkaritza@ikastola-donostia.example
Gaia: Matrikula 2025-2026

Kaixo,
[[N|Unai Etxeberria]] semearen matrikula egin nahi dut (jaiotze-data: [[D|2018/04/09]]).
Helbidea:
[[A|Kale Nagusia 14, 3. ezk.]]
[[A|20003 Donostia]]
Eskerrik asko, [[N|Ane]]""")

pos("form", "eu", """IZEN-EMATE ORRIA - Bilboko Kirol Elkartea
Izen-abizenak: [[N|Iker Zubizarreta Arana]]
NAN: [[ID|<<d>>]]       Jaiotze-data: [[D|1989/12/03]]
Helbidea: [[A|Autonomia kalea 27, 4. A, 48010 Bilbo]]
Telefonoa: [[P|688 214 903]]     Posta: [[E|iker.zubizarreta@gmail.com]]""", d=dni("72104483"))

neg("prose", "eu", """Bernardo Atxaga (1951) eta Kirmen Uribe idazle ezagunak dira. Jose Miguel Barandiaran (1889ko abenduaren 31 -
1991ko abenduaren 21) antropologoaren izena darama Ataungo museoak. Olentzero Gabonetako pertsonaia
mitologikoa da.""")

neg("doc", "eu", """Bizkaibus - ordutegia
A3247 linea: Bilbo - Mungia, 20 minuturo lanegunetan.
Bezeroarentzako arreta: 946 125 555. Aplikazioaren bertsioa 2.3.0
Txartel-zenbaki adibidea: BAR-0000-0000""")

# ================================================================ English (additional)
pos("csv", "en", """# Route sheet R-14 (Reading East) - Tue 04/03/2025 - driver copy, destroy after shift
stop,address,access_notes,parcels
1,[[A|14 Elm Road, Reading RG1 5AB]],side gate unlocked,2
2,[[A|Flat 6, Kingsley Court, 31 London Road, Reading RG1 5BJ]],buzzer 6,1
3,[[A|The Old Forge, Church Lane, Shinfield, Reading RG2 9BY]],leave in porch,1
4,[[A|221 Wokingham Road, Earley, Reading RG6 1LT]],dog - knock loudly,3
5,[[A|9 Cintra Avenue, Reading RG2 7AU]],neighbour at no. 11 accepts,1""")

pos("report", "en", """CARD-NOT-PRESENT FRAUD REVIEW - queue export 2025-03-04 (analyst eyes only)
case     cardholder            pan                    email                           ip               result
FR-8812  [[N|Melissa Otero]]         [[C|<<c1>>]]    [[E|melissa.otero@gmail.com]]       [[IP|73.158.20.114]]    confirmed fraud
FR-8813  [[N|Gary Lindqvist]]        [[C|<<c2>>]]    [[E|g.lindqvist@sbcglobal.net]]     [[IP|99.41.227.8]]      legit
FR-8814  [[N|Ayodele Bankole]]       [[C|<<c3>>]]    [[E|ayo.bankole@outlook.com]]       [[IP|24.17.90.201]]     chargeback
FR-8815  [[N|Kristen Haugh]]         [[C|<<c4>>]]   [[E|kristen.haugh@icloud.com]]      [[IP|68.45.133.72]]     legit""",
    c1=card("471604228831570"), c2=card("548819030274416"), c3=card("601100738420193"), c4=card("34982710553891", (4, 6, 5)))

pos("gov", "en", """Form W-2  Wage and Tax Statement  2024                      Copy B - To Be Filed With Employee's FEDERAL Tax Return
a  Employee's social security number: [[S|<<s1>>]]
b  Employer identification number (EIN): 36-4417820
c  Employer's name: Lakeside Freight Co., Milwaukee
e  Employee's first name and initial: [[N|Darnell R.]]    Last name: [[N|Whitaker]]
f  Employee's address and ZIP code:
   [[A|5140 N Lovers Lane Rd, Apt 208]]
   [[A|Milwaukee WI 53225]]
1  Wages, tips, other compensation: 52,880.14""", s1=ssn("431-27-8806"))

pos("config", "en", """# terraform.tfvars - prod (checked in by mistake in commit 4f1c2ab, see SEC-2290)
aws_access_key     = "[[K|AKIAR2XW7NQ5LKTM4HZD]]"
aws_secret_key     = "[[K|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]]"
db_admin_password  = "[[K|Gr4nite-Peak!Falls77]]"
slack_bot_token    = "[[K|xoxb-051734467757-1197194694026-vEnhgEeRMBIn2nOd4tqUItpH]]"
ssh_private_key    = <<EOF
[[K|-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
jJhV29Aeqkx/CKhX/4s9jBpzlXc+qw2GveAFDaa+8/VX6FcEeyb/Nez8cswbY6V2FSpSyO
lXl9jQ6nchAbaEN02Ny5OzZdLyHzKUK30eMwaBlXd+9HUFW8Yxc4K6NKmIAAAAEAAAAAAQ==
-----END OPENSSH PRIVATE KEY-----]]
EOF""")

pos("log", "en", """Run #4471 (deploy.yml) - triggered by push to main
  [setup] git clone [[U|https://ci-bot:glpat-Hq8vT2mXk9LpR4wZ7nYc@gitlab.northgate-hq.net/web/portal.git]]
  [setup] Using runner [[IP|10.40.2.18]] (shared)
  [deploy] rsync to [[IP|172.31.44.90]]: ok
  [notify] POST [[K|https://hooks.slack.com/services/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]] -> 200
  [notify] emailed release notes to [[E|nadia.farouk@northgate-hq.net]]""")

pos("doc", "en", """Router admin > Attached devices (exported 04/03/2025 21:40)
Device name            IP address        MAC address          Connection
Liams-iPhone           [[IP|192.168.0.12]]      [[MAC|6C:4A:85:1E:90:3D]]    5 GHz
SAMSUNG-TV-LOUNGE      [[IP|192.168.0.20]]      [[MAC|A8:23:FE:71:0C:B2]]    Ethernet
Mums-Kindle            [[IP|192.168.0.31]]      [[MAC|44:65:0D:8E:21:F7]]    2.4 GHz
ring-doorbell          [[IP|192.168.0.40]]      [[MAC|9C:76:13:5A:AE:08]]    2.4 GHz
(guest network 192.168.1.0/24 - no devices)""")

pos("doc", "en", """Avery L7160 label sheet - Christmas card list 2024 (print 3 across)

Mr & Mrs [[N|Hollis]]              Aunt [[N|Jean Pattison]]           Dr [[N|Ravi Mehta]]
[[A|2 Chestnut Walk]]              [[A|Flat 11, Wren House]]          [[A|The Coach House]]
[[A|Whitstable]]                   [[A|40 Marine Parade]]             [[A|17 Orchard Way]]
[[A|Kent CT5 1TB]]                 [[A|Worthing BN11 3PT]]            [[A|Tring HP23 5EQ]]""")

pos("hl7", "en", r"""MSH|^~\&|LABCORP|LC01|EHR|RIVERVALE|202503041530||ORU^R01|LC884120|P|2.5.1
PID|1||RV-0048812^^^RIVERVALE^MR||[[N|Okafor]]^[[N|Chiamaka]]^A||[[D|19880614]]|F|||[[A|77 Greenwood Ave Apt 5C]]^^Montclair^NJ^07042||[[P|(973)555-0186]]||||||[[S|<<ssn>>]]
OBR|1||884120-1|2345-7^Glucose^LN|||202503040810
OBX|1|NM|2345-7^Glucose^LN||104|mg/dL|70-99|H|||F""", ssn=ssn("529-40-1187"))

pos("receipt", "en", """WALGREENS #10482  CHICAGO IL
RX PICKUP - 03/04/25 18:22
Patient: [[N|HERNANDEZ, ROSA M]]   DOB: [[D|02/11/1952]]
Addr: [[A|3318 W Diversey Ave, Chicago IL 60647]]
Rx#4401827  ATORVASTATIN 20MG TAB  QTY 30   COPAY $4.00
VISA ************4471   AUTH 044182
Questions? Call the pharmacy 773-555-0100""")

pos("email", "en", """From: [[N|Greta Lindholm]] <[[E|greta.lindholm@fastmail.com]]>
To: [[E|o.adeyemi@lindholm-adeyemi-law.com]], [[E|paralegal.kwame@lindholm-adeyemi-law.com]]
Cc: [[E|b.ferraro@gmail.com]]
Subject: Fwd: closing docs - buyer details

[[N|Oluwaseun]], [[N|Kwame]] - buyer details for the completion statement below.
Buyer: [[N|Bianca Ferraro]], DOB [[D|30/01/1985]], current address [[A|58 Granville Road, Sheffield S2 2RJ]]
Buyer's solicitor: [[N|Tom Ashdown]] ([[P|0114 496 0873]])
Thanks, [[N|Greta]]""")

neg("config", "en", """# .htpasswd and authorized_keys from the staging box (hashes and public keys only)
deploy:$apr1$Xy7kPq2w$0Ft9bA3sYc1zQwLmN8pR4/
ci:$2y$10$e0MYzXyjpJS7Pd0RVvHwHe1HZ5vqU8kBq8cYxPZ1uYtT3jJq9QX1u
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGt3mQ9v8Zx2L4kPq7Rw1sYbN0cD5eF6gH7iJ8kL9mN0 deploy@staging
# sha256 of release tarball: 9f2c6a1e0b7d4c3a8e5f1029b6d7c4e3a2f1b0c9d8e7f6a5b4c3d2e1f0a9b8c7""")

neg("doc", "en", """SECURITY ADVISORY ACME-SA-2025-004 (CVE-2025-21877, CVSS 8.1)
Affected: acme-gateway 4.2.0 through 4.2.7; fixed in 4.2.8 and 4.3.1.
Proof of concept (lab addresses only): attacker 198.51.100.23 -> gateway 192.0.2.10:8443
Workaround: restrict the admin API to 10.0.0.0/8 and rotate the example token sk_test_4eC39HqLyjWDarjtT1zdp7dc.
Contact: psirt@acme-gateway.example (PGP key fingerprint 3A1F 77C2 9B40 E1D8 0C55  4A2E 91B7 6F03 D2C8 1E94)""")

neg("prose", "en", """Traffic update, 08:15: Abbey Road is closed between Grove End Road and Garden Road while filming takes place
at the famous zebra crossing. In Liverpool, Penny Lane and Strawberry Field are busy with tour coaches.
Sherlock Holmes fans queueing on Baker Street should expect delays to the 13, 18, 27, 30 and 74 buses.
Travel line: 0343 222 1234 (TfL customer services).""")

neg("note", "en", """Payment test matrix - QA cycle 25.03 (sandbox only)
Visa success ........ 4111 1111 1111 1111   exp 12/34  cvc 123
Mastercard 3DS ...... 5200 8282 8282 8210   exp 12/34  cvc 123
Amex ................ 3782 822463 10005     exp 12/34  cvc 1234
Declined ............ 4000 0000 0000 9995
SSN placeholder for KYC form: 123-45-6789; IBAN placeholder: GB82 WEST 1234 5698 7654 32""")

neg("email", "en", """From: Lakeside Freight HR <hr@lakesidefreight.example>
To: all-employees@lakesidefreight.example
Subject: Your 2024 W-2 is available

Your Form W-2 is now available in the employee portal (Workday 2025R1). For privacy we never e-mail W-2s.
Social security numbers are shown masked as XXX-XX-1234. Questions: payroll@lakesidefreight.example
or the Payroll hotline 1-888-555-0142, option 3.""")

neg("csv", "en", """ticker,company,ceo,hq_city,founded,ir_contact
AAPL,Apple Inc.,Tim Cook,Cupertino,1976-04-01,investor_relations@apple.example
MSFT,Microsoft Corporation,Satya Nadella,Redmond,1975-04-04,msft-ir@microsoft.example
NVDA,NVIDIA Corporation,Jensen Huang,Santa Clara,1993-04-05,ir@nvidia.example""")

# ================================================================ technical extras (de, fr, es, it, pt)
pos("log", "de", """# fail2ban.log - mail01 (Auszug für Ticket #DE-55187, Beschwerde von Herrn [[N|Kessler]])
2025-03-04 06:12:09,441 fail2ban.actions [812]: NOTICE [postfix-sasl] Ban [[IP|91.64.207.133]]
2025-03-04 06:12:09,447 fail2ban.actions [812]: NOTICE [dovecot] Ban [[IP|91.64.207.133]]
2025-03-04 06:40:51,002 fail2ban.filter  [812]: INFO  [dovecot] Found [[IP|2a02:8108:1c0:4e10:8d3:2f1a:77b4:e012]] - user=[[E|h.kessler@kessler-steuerberatung.de]]
2025-03-04 07:00:00,000 fail2ban.actions [812]: NOTICE [dovecot] Unban [[IP|91.64.207.133]]""")

pos("config", "fr", """# inventory/group_vars/prod.yml (Ansible) - poste de [[N|Mathilde Roussel]]
db_host: [[IP|10.14.2.31]]
db_user: erp
db_password: "[[K|Cass0ulet!Toulouse31]]"
smtp_relay_password: "[[K|Vq7Lm2Rx9Tz4Kp8Wn3Hs6Jd1Fb5Gc0Ya]]"
backup_target: "[[U|sftp://sauvegarde:Garonne_2025@192.168.50.8/backups/erp]]"
alert_email: [[E|mathilde.roussel@groupe-occitan.fr]]""")

pos("code", "es", """# tests/fixtures/clientes_prod.py  -- ¡copiado de producción por error! (ticket SEC-118)
CLIENTES = [
    {"nombre": "[[N|Marta Quiroga Lema]]", "email": "[[E|marta.quiroga@telefonica.net]]", "tarjeta": "[[C|<<c1>>]]"},
    {"nombre": "[[N|Iñaki Goñi]]", "email": "[[E|inaki.goni@euskaltel.net]]", "tarjeta": "[[C|<<c2>>]]"},
    {"nombre": "[[N|Sergio Baena]]", "email": "[[E|sbaena77@gmail.com]]", "tarjeta": "[[C|<<c3>>]]"},
]""", c1=card("497355004418273"), c2=card("513290017742088"), c3=card("450903118830725"))

pos("shell", "it", """  301  mysql -h [[IP|10.8.0.14]] -u gestionale -p'[[K|Amatriciana#2025]]' clienti
  302  curl -u [[K|admin:Vesuvio!88]] http://[[IP|192.168.1.254]]/cgi-bin/status
  303  scp fatture.zip [[U|ftp://commercialista:Pr1ma-Nota@ftp.studio-ricci.it/in/]]
  304  echo "mandare a [[N|Giorgio]] il report" >> todo.txt""")

pos("config", "pt", """<?php
/** wp-config.php - site da loja da [[N|Fernanda Lopes]] (backup encontrado em /public_html/old/) */
define( 'DB_NAME', 'loja_wp' );
define( 'DB_USER', 'loja_admin' );
define( 'DB_PASSWORD', '[[K|Caipirinha@Leblon2024]]' );
define( 'DB_HOST', '[[IP|172.18.0.3]]' );
define( 'AUTH_KEY',  '[[K|zj~q5e.z8+m^WW0#*+I}FU-*_]kmi7B~!Or)jI5I(ln.?J;I?:N7&p^eBo(rt.H6]]' );
define( 'SECURE_AUTH_KEY', '[[K|YP;S]AN:-m60J24*p{gG~}[oPjR|UDR~gg7JkSR}+Im2_4]P.oh*:ai9~JlxZ|Rg]]' );""")

neg("config", "de", """# /etc/nginx/sites-available/beispiel.conf (aus der Doku, Platzhalter ersetzen)
server {
    listen 443 ssl;
    server_name www.example.org;
    set_real_ip_from 192.0.2.0/24;
    auth_basic_user_file /etc/nginx/.htpasswd;   # Passwort: siehe Vault, nicht hier
    proxy_pass http://127.0.0.1:8080;
}""")

neg("code", "fr", """# settings_exemple.py - copier vers settings_local.py puis remplir
SECRET_KEY = "change-me"                       # ne jamais committer la vraie clé
DATABASES = {"default": {"HOST": "localhost", "USER": "<utilisateur>", "PASSWORD": os.getenv("DB_PASSWORD")}}
EMAIL_HOST_USER = "no-reply@example.fr"
STRIPE_KEY = "sk_test_XXXXXXXXXXXXXXXXXXXXXXXX"
ALLOWED_HOSTS = ["203.0.113.40", "app.example.fr"]""")

# ================================================================ more layouts (ja, de, es, fr)
pos("doc", "ja", """宅急便 送り状（控え）　　伝票番号 4412-8830-5561
お届け先
　〒[[A|920-0981 石川県金沢市片町2-8-14]]
　[[A|コーポ犀川 203]]
　[[N|中村 陽菜]] 様　　TEL [[P|076-261-4408]]
ご依頼主
　〒[[A|330-0063 埼玉県さいたま市浦和区高砂3-12-9]]
　[[N|中村 恵子]]　　TEL [[P|048-822-7315]]
品名：衣類・食品（要冷蔵）""")

neg("doc", "ja", """宅急便 送り状（控え）　　伝票番号 4412-8830-5570
お届け先：株式会社みなと商事 金沢支店 御中（金沢市）
ご依頼主：有限会社さくら製菓（さいたま市）　TEL 048-000-0000（代表）
品名：見本品　お問い合わせ：0120-01-9625（サービスセンター）""")

pos("vcard", "de", """BEGIN:VCARD
VERSION:4.0
N:[[N|Albrecht]];[[N|Hannelore]];;;
FN:[[N|Hannelore Albrecht]]
BDAY:[[D|19470322]]
ADR;TYPE=home:;;[[A|Wilhelmshöher Allee 201]];Kassel;;34121;Deutschland
ADR;TYPE=home;LABEL="Ferienwohnung":;;[[A|Strandweg 4a]];Zingst;;18374;Deutschland
TEL;TYPE=home:[[P|+49 561 3104472]]
NOTE:Enkelin [[N|Lea]] hat den Zweitschlüssel ([[P|0151 40983317]])
END:VCARD""")

neg("vcard", "de", """BEGIN:VCARD
VERSION:4.0
ORG:Stadtwerke Kassel AG
FN:Kundenservice Stadtwerke Kassel
TEL;TYPE=work:+49 561 0000-0
EMAIL:kundenservice@stadtwerke-kassel.example
ADR;TYPE=work:;;;Kassel;;;Deutschland
END:VCARD""")

pos("xml", "es", """<?xml version="1.0" encoding="UTF-8"?>
<padron cooperativa="Cooperativa de Vivienda Los Fresnos, Monterrey">
  <socio numero="118">
    <nombre>[[N|Guadalupe]]</nombre><apellidos>[[N|Treviño Garza]]</apellidos>
    <rfc>[[ID|TEGG780214KQ3]]</rfc><fechaNacimiento>[[D|1978-02-14]]</fechaNacimiento>
    <calle>[[A|Av. Eugenio Garza Sada 2410, Int. 6]]</calle><colonia>Roma</colonia><cp>64700</cp>
  </socio>
  <socio numero="119">
    <nombre>[[N|Héctor]]</nombre><apellidos>[[N|Villarreal Cantú]]</apellidos>
    <rfc>[[ID|VICH850907PL8]]</rfc><fechaNacimiento>[[D|1985-09-07]]</fechaNacimiento>
    <calle>[[A|Calle Padre Mier 915 Pte.]]</calle><colonia>Centro</colonia><cp>64000</cp>
  </socio>
</padron>""")

neg("xml", "es", """<?xml version="1.0" encoding="UTF-8"?>
<catalogo tienda="Librería El Quijote, Monterrey" version="3.1.0">
  <libro isbn="978-84-376-0494-7"><titulo>Cien años de soledad</titulo><autor>Gabriel García Márquez</autor>
    <nota>Autor (6 de marzo de 1927 - 17 de abril de 2014); Aureliano Buendía es un personaje de ficción</nota></libro>
  <libro isbn="978-84-206-5061-6"><titulo>Pedro Páramo</titulo><autor>Juan Rulfo</autor></libro>
</catalogo>""")

pos("html", "fr", """<section class="bureau">
  <h2>Bureau de l'association Les Amis du Vieux Lille</h2>
  <ul>
    <li>Présidente : [[N|Françoise Delattre]] - <a href="mailto:[[E|f.delattre59@free.fr]]">écrire</a> - [[P|06 22 41 87 30]]</li>
    <li>Trésorier : [[N|Bertrand Lemaire]] - [[E|bertrand.lemaire@laposte.net]]</li>
    <li>Adhésions par courrier chez la trésorière adjointe : [[N|Nadia Bensaïd]], [[A|12 rue de la Monnaie, 59800 Lille]]</li>
  </ul>
</section>""")

pos("invoice", "en", """ESTIMATE #MV-25-0418 - Two Rivers Moving & Storage, Pittsburgh
Customer: [[N|Corinne Baptiste]]        Cell: [[P|412-555-0137]]
Move date: 03/22/2025 (3 movers, 26' truck)

PICK-UP                                   DELIVERY
[[A|1120 Penn Ave, Unit 5B]]                   [[A|88 Sycamore Hollow Rd]]
[[A|Pittsburgh PA 15222]]                      [[A|Wexford PA 15090]]
3rd floor, elevator reserved 8-11am       Long driveway, no parking on street
Storage stop: [[A|401 Castle Shannon Blvd, Pittsburgh PA 15234]] (her mother's garage)
Estimated total: $1,842.00 (binding not-to-exceed)""")

pos("invoice", "pt", """ORÇAMENTO DE MUDANÇA Nº 2025/0331 - Transportes Beija-Flor, Curitiba
Cliente: [[N|Larissa Monteiro Prado]]     WhatsApp: [[P|(41) 99682-1174]]
Data: 29/03/2025
ORIGEM:  [[A|Rua XV de Novembro, 1299, apto 804]]
         [[A|Centro, Curitiba - PR, 80060-000]]
DESTINO: [[A|Rua das Palmeiras, 57, casa 2]]
         [[A|Jurerê, Florianópolis - SC, 88053-000]]
Valor: R$ 4.380,00 - 50% na assinatura, saldo na entrega.""")


if __name__ == "__main__":
    emit("blind24", cases)
