"""blind22 - a blind, hand-labelled evaluation set for the PII detector. All data is invented.

Run from this directory:  python3 blind22.py > corpus-blind22.jsonl

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


# ================================================================ English (tickets, mail, chat)
pos("ticket", "en", """Ticket #58213 - Can't get past identity check after moving
Requester: [[N|Harriet Okonkwo]] <[[E|h.okonkwo77@gmail.com]]>
Priority: normal | Channel: web form | SLA: 24h

Hi, I moved last month and since then the verification step keeps failing. New address is
[[A|Flat 3, 27 Wellington Crescent, Leeds LS6 2QT]]. Date of birth on file should be [[D|14/03/1987]].
Mobile [[P|07912 448 306]] if a call is easier.
Thanks, [[N|Harriet]]
---
Internal note ([[N|Connor]]): DOB mismatch confirmed, asked customer for a scan of her licence.""")

pos("chat", "en", """[09:14] Dev Raghunathan: morning all, anyone seen the staging deploy fail?
[09:15] Mei-Ling Zhou: yeah, the runner lost its DB creds again
[09:15] Mei-Ling Zhou: I pasted them in the vault but here for now: PGPASSWORD=[[K|tR4v!ne-Quokka-81]]
[09:16] Dev Raghunathan: please don't paste that here 😅 rotate it after
[09:17] Mei-Ling Zhou: ok ok, will do after standup""".replace("Dev Raghunathan", "[[N|Dev Raghunathan]]").replace("Mei-Ling Zhou", "[[N|Mei-Ling Zhou]]"))

pos("email", "en", """From: Rosalind Achterberg <r.achterberg@quillon-legal.co.uk>
To: [[E|tom.brannagh@btinternet.com]]
Subject: Your tenancy deposit dispute - next steps

Dear Mr [[N|Brannagh]],

Thank you for sending the check-in inventory. I have lodged the claim with the deposit scheme on
your behalf. Please confirm that the property address for the claim is:

[[A|Ground Floor Flat]]
[[A|41 Cavendish Road]]
[[A|Bristol]]
[[A|BS6 7TW]]

I will be on leave from Friday; my colleague Sunil is copied in for anything urgent.

Kind regards,
[[N|Rosalind Achterberg]]
Associate Solicitor
Direct line: [[P|+44 117 496 2280]]
Switchboard: 0117 900 4000 | enquiries@quillon-legal.co.uk""".replace("From: Rosalind Achterberg <r.achterberg@quillon-legal.co.uk>", "From: [[N|Rosalind Achterberg]] <[[E|r.achterberg@quillon-legal.co.uk]]>").replace("colleague Sunil", "colleague [[N|Sunil]]"))

pos("log", "en", """2024-05-02T08:11:43.201Z INFO  auth-svc  login ok user_id=88123 ip=[[IP|10.42.7.19]] ua="Firefox/125.0"
2024-05-02T08:11:44.870Z WARN  auth-svc  failed login user_id=88123 ip=[[IP|185.143.221.7]] reason=bad_password attempts=3
2024-05-02T08:11:45.002Z INFO  gateway   GET /v2/export?format=csv&api_key=[[K|qk_live_7Hf2nV9pXc31LmRa0ZbT]] 200 1832ms
2024-05-02T08:11:45.113Z DEBUG gateway   upstream=127.0.0.1:9000 pool=4/32
2024-05-02T08:11:47.560Z INFO  auth-svc  password reset requested for [[E|b.nakamura-hill@outlook.com]] from [[IP|10.42.7.19]]""")

pos("config", "en", """# .env.production  -- do NOT commit
APP_ENV=production
APP_URL=https://portal.tidewell-energy.co
DATABASE_URL=[[U|postgresql://portal_rw:Vq8#mLe2!zR5@db-primary.tidewell.internal:5432/portal]]
REDIS_HOST=[[IP|10.18.3.44]]
REDIS_PORT=6379
STRIPE_SECRET_KEY=[[K|sk_live_51NfQ2aLk8VqJdT0rZpXy4HcW9mBe7sKuYg3Rz]]
LOG_LEVEL=warn
MAIL_PASSWORD=[[K|pLum-Harbour-2291]]
SESSION_LIFETIME=120""")

pos("config", "en", """version: "3.9"
services:
  db:
    image: mariadb:11.3
    restart: unless-stopped
    environment:
      MARIADB_ROOT_PASSWORD: "[[K|Wj7!pq0-Xe4s]]"
      MARIADB_DATABASE: wiki
      MARIADB_USER: wiki
      MARIADB_PASSWORD: [[K|8cHRd2nMvY5]]
    volumes:
      - ./data:/var/lib/mysql
  app:
    image: mediawiki:1.41
    ports:
      - "8080:80"
    depends_on: [db]""")

pos("config", "en", """apiVersion: v1
kind: Secret
metadata:
  name: billing-worker-creds
  namespace: payments
type: Opaque
data:
  username: YmlsbGluZ193b3JrZXI=
  password: [[K|SDNuZ0UtOWZxLVpwNzI=]]
  api-token: [[K|cGtfbGl2ZV9hYjk4MzMxZTRjMjc=]]
---
# username is not secret, kept in data for convenience""")

pos("config", "en", """provider "aws" {
  region     = "eu-west-2"
  access_key = "[[K|AKIA4XQZ7RKT2N6WPLCE]]"
  secret_key = "[[K|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]]"
}

resource "aws_s3_bucket" "reports" {
  bucket = "tidewell-monthly-reports"
  tags = {
    Owner = "finance"
  }
}""")

pos("shell", "en", """  501  cd ~/work/reporting
  502  git pull --rebase
  503  curl -s -u [[K|svc-report:Hq2!xLm9Tv]] https://jira.corp-tools.net/rest/api/2/search?jql=project=FIN
  504  export GITHUB_TOKEN=[[K|ghp_9XcT2aLq0VbN7mRk4sYd1PfJ8wZe6HuGiO3n]]
  505  gh pr list --state open
  506  ssh deploy@[[IP|10.30.2.15]] 'sudo systemctl restart reportd'
  507  mysql -h [[IP|10.30.2.20]] -u reader -p'[[K|Rd!r-2024-q]]' finance -e 'select count(*) from invoices'
  508  history | tail""")

pos("sql", "en", """-- Dump of table `members` (partial)
INSERT INTO `members` (`id`,`first_name`,`last_name`,`email`,`dob`,`ssn`,`joined`) VALUES
(1041,'[[N|Lorraine]]','[[N|Castellanos]]','[[E|lcastellanos@yahoo.com]]','[[D|1969-11-02]]','[[S|523-71-4408]]','2019-03-14'),
(1042,'[[N|Desmond]]','[[N|Achebe-Wright]]','[[E|dez.aw@protonmail.com]]','[[D|1990-02-28]]','[[S|418-22-9935]]','2019-03-15'),
(1043,'[[N|Tuyet]]','[[N|Pham]]','[[E|tuyet.pham88@gmail.com]]','[[D|1988-07-19]]','[[S|601-09-3342]]','2019-03-15');
UNLOCK TABLES;""")

pos("csv", "en", """household_id,primary_contact,phone,dob,street,city,zip
H-2201,[[N|Marguerite Oyelaran]],[[P|(614) 302-8817]],[[D|04/22/1958]],[[A|1187 Hollyhock Ln]],Columbus,43215
H-2202,[[N|Benji Farrow]],[[P|614-559-0143]],[[D|11/09/1994]],[[A|22 Orchard Ct Apt 4B]],Dublin,43017
H-2203,[[N|Imelda Sanchez-Ruiz]],[[P|+1 614 771 2290]],[[D|01/30/1973]],[[A|905 E Livingston Ave]],Columbus,43205""")

pos("report", "en", """PAYROLL REGISTER                      PERIOD 2024-04                       PAGE   3
EMP#   NAME                      SSN           BIRTH      GROSS       NET
-----  ------------------------  -----------   --------   ---------   ---------
00412  [[N|KOWALCZYK, ANNA M]]         [[S|544-19-2870]]   [[D|19810605]]    4,812.50    3,611.02
00413  [[N|ODUYA, FEMI]]               [[S|337-80-1164]]   [[D|19770130]]    5,230.00    3,902.77
00415  [[N|LINDQVIST, ERIK J]]         [[S|221-63-7709]]   [[D|19920914]]    3,995.00    3,104.18
                                                       TOTAL      14,037.50   10,617.97""")

pos("hl7", "en", """MSH|^~\\&|ADT1|STMARY|LAB|STMARY|202405021130||ADT^A04|MSG00417|P|2.5
EVN|A04|202405021130
PID|1||MRN-7781203^^^STMARY||[[N|OKAFOR^CHIDINMA^A]]||[[D|19850217]]|F|||[[A|14 Larchmont Ave]]^^Yonkers^NY^10705||[[P|(914) 376-2817]]|||||[[S|129-44-6031]]
PV1|1|O|CLINIC^3^B||||0412^[[N|Haddad^Rami]]""")

pos("vcard", "en", """BEGIN:VCARD
VERSION:4.0
FN:[[N|Aurelio Benedetti-Marsh]]
N:[[N|Benedetti-Marsh]];[[N|Aurelio]];;;
BDAY:[[D|19750823]]
TEL;TYPE=cell:[[P|+1-416-882-0913]]
EMAIL;TYPE=home:[[E|aurelio.bm@rogers.com]]
ADR;TYPE=home:;;[[A|77 Roncesvalles Ave]];Toronto;ON;M6R 2K9;Canada
NOTE:met at the choir fundraiser
END:VCARD""")

pos("medical", "en", """REFERRAL LETTER - ORTHOPAEDICS
Patient: [[N|Gwendolyn Price]]     DOB: [[D|02 Sep 1949]]     NHS No: [[ID|<<nhs1>>]]
Address: [[A|9 Tanyard Close, Horsham RH13 5GH]]

Dear colleague,
Thank you for seeing this 74-year-old lady with progressive right hip pain over 18 months,
now limiting her walking to 200 yards. X-ray 11/03/2024 shows advanced OA.
PMH: AF (on apixaban), T2DM. Lives alone; daughter visits daily.

Yours sincerely,
Dr [[N|Oluwaseun Adebayo]]
GP, Riverside Medical Practice""", nhs1=nhs("485777322"))

pos("hr", "en", """CONFIDENTIAL - Investigation meeting notes
Date: 18 April 2024     Location: Meeting room 2B
Present: [[N|Callum Reid]] (employee), [[N|Fiona MacAskill]] (HR), [[N|Jas]] (note-taker)

HR explained the purpose of the meeting (attendance, Feb-Apr). The employee said absences were
linked to caring for his father and agreed to a referral to occupational health. Employee number 20-1187
and NI number [[ID|<<nino1>>]] confirmed for the OH form.
Next meeting: 2 May 2024.""", nino1="JT 48 21 73 B")

pos("invoice", "en", """INVOICE  #2024-017
From: [[N|Nadia Brookfield]] - illustration & lettering
      [[A|12 Kestrel Mews]]
      [[A|Norwich]]
      [[A|NR2 4PL]]
To:   Bramble & Finch Publishing Ltd, Norwich

Description                                     Qty    Rate      Amount
Cover illustration "The Salt Road"                1    £950.00   £950.00
Chapter headers (x12)                            12     £45.00   £540.00
                                                         TOTAL   £1,490.00
Payment within 30 days to:
Account name: [[N|N Brookfield]]   Sort code: 20-45-77
IBAN: [[I|<<ib>>]]   BIC: BUKBGB22""", ib=iban("GB", "BUKB20457731904622"))

pos("cv", "en", """[[N|PRIYANKA SESHADRI]]
[[A|Apt 5, 221 Lorimer Street, Brooklyn, NY 11206]] · [[P|(347) 918-2204]] · [[E|priyanka.seshadri@gmail.com]]
linkedin.com/in/priyanka-seshadri

EXPERIENCE
Data Analyst, Harbourline Logistics, New York          2021 - present
 - Built shipment-delay dashboards used by 40+ account managers
Research Assistant, CUNY Graduate Center               2019 - 2021

EDUCATION
M.S. Applied Statistics, Baruch College, 2019""")

pos("travel", "en", """BOOKING CONFIRMATION        Record locator: QX7TLM
Passenger 1: [[N|ADEYEMI/OLUWAFEMI]] MR    Passport: [[ID|A09281145]] exp 2031-06-30   DOB [[D|07MAR1983]]
Passenger 2: [[N|ADEYEMI/TOLULOPE]] MRS    Passport: [[ID|A11736620]] exp 2029-11-14   DOB [[D|22OCT1986]]
Flight  From  To    Date   Dep   Arr   Class
BA0075  LHR   LOS   12JUN  10:40 17:25 Y
BA0074  LOS   LHR   26JUN  23:15 05:40 Y
Ticket numbers 125-2418870551/52. Baggage 2PC.""")

pos("form", "en", """CANADA - APPLICATION FOR A REPLACEMENT SIN CONFIRMATION
Section A - Applicant
  Surname: [[N|Tremblay-Nguyen]]        Given name(s): [[N|Élodie]]
  Date of birth (YYYY-MM-DD): [[D|1993-01-26]]
  Social Insurance Number: [[ID|<<s1>>]]
  Mailing address: [[A|4410 rue Saint-Denis, app. 6, Montréal QC H2J 2L1]]
Section B - Reason
  [x] Lost   [ ] Stolen   [ ] Name change""", s1=sin("46821359"))


pos("form", "en", """PAWS & CLAWS VETERINARY - NEW CLIENT INTAKE
Pet's name: Biscuit          Species: dog (beagle x)      Age: 6
Owner: [[N|Theodora Vance]]
Address: [[A|88B Millbrook Road, Southampton SO15 3HX]]
Mobile: [[P|07834 210 559]]       Alt. contact: [[N|Jonah Vance]] (husband) [[P|07834 210 560]]
How did you hear about us?  [ ] Google  [x] Friend  [ ] Other
Consent to SMS reminders: yes""")

pos("chat", "en", """[14/02/2024, 21:03] Mum: did you send aunty [[N|Bisi]] the address for the parcel?
[14/02/2024, 21:05] [[N|Kemi]]: yes its [[A|5 Ashgrove Terrace, Dundee DD2 1PB]]
[14/02/2024, 21:05] [[N|Kemi]]: and her new number is [[P|+44 7488 302 916]]
[14/02/2024, 21:06] Mum: ok thanks. tell [[N|dapo]] to call me
[14/02/2024, 21:10] [[N|Kemi]]: will do x""")

pos("log", "en", """commit 7c1e9a04b2f5d6e8a1c3b9f0d2e4a6c8b0d1f3e5
Author: [[N|Siobhán Ní Bhraonáin]] <[[E|siobhan.nibhraonain@ferncastle.io]]>
Date:   Tue Apr 23 16:02:11 2024 +0100

    Rotate payment webhook secret, remove hard-coded one

commit 2b8d0f6c4e1a3b5d7f9e0c2a4b6d8f0e1c3a5b7d
Author: [[N|Rory McTeague]] <[[E|rory.mcteague@ferncastle.io]]>
Date:   Mon Apr 22 09:41:57 2024 +0100

    Fix DST bug in reminder scheduler""")

pos("log", "en", """[Pipeline] stage
[Pipeline] { (Publish)
[Pipeline] sh
+ npm config set //registry.npmjs.org/:_authToken [[K|npm_Q7fK2rVx9LmT4cWb8YpN1sHd6GjZ0aUeR3oC]]
+ npm publish --access public
npm notice package: @ferncastle/ui-kit@3.4.1
npm notice total files: 214
+ echo Published
Published
[Pipeline] }
Finished: SUCCESS""")

pos("config", "en", """# crontab -l  (backup host)
MAILTO=ops@ferncastle.io
15 2 * * * /usr/local/bin/pg_dump "host=[[IP|10.11.0.8]] dbname=crm user=backup password=[[K|Bk!p-77-Heron]]" | gzip > /srv/backup/crm-$(date +\\%F).sql.gz
40 2 * * 0 /usr/local/bin/prune-backups --keep 8
*/5 * * * * /usr/bin/curl -fsS https://hc-ping.com/ok >/dev/null""")

pos("config", "en", """[webservers]
web-01 ansible_host=[[IP|172.20.14.11]]
web-02 ansible_host=[[IP|172.20.14.12]]

[dbservers]
db-01 ansible_host=[[IP|172.20.15.4]] ansible_user=admin ansible_password=[[K|Adm1n#Glacier]]

[all:vars]
ansible_python_interpreter=/usr/bin/python3
ansible_become_password=[[K|gl4c!er-root-22]]""")

pos("config", "en", """# ~/.pgpass
[[IP|10.60.1.5]]:5432:analytics:[[K|analyst:Ww9xq!Lr2e]]
*:5432:*:[[K|postgres:Pg-Super-8814]]

# ~/.netrc
machine artifacts.ferncastle.io
  login ci-bot
  password [[K|AKCp8kqQ3vXw2LmTe9RnBy5Hd7Fs]]""")

pos("chat", "en", """Teams - #infra-oncall
Kwame Mensah 23:41
  can someone check why the bastion rejects my key?
Lucía Ortega 23:43
  paste the key you're using (the private one, I need to compare fingerprints)
Kwame Mensah 23:44
  [[K|-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACCf3kQ8s1Vb2xWn7Lr0mZt9pYcA4eJ6gH2dK8uS5oN1qAAAAJhY2vJ9WNr
yfQAAAAtzc2gtZWQyNTUxOQAAACCf3kQ8s1Vb2xWn7Lr0mZt9pYcA4eJ6gH2dK8uS5oN1
qAAAAEB7Q2mZ9xKf4Lp0sWcT8dRb1NvYa6HeGj3Ui5oPq2Ww==
-----END OPENSSH PRIVATE KEY-----]]
Lucía Ortega 23:45
  ...never do that again. revoking it now.""".replace("Kwame Mensah 23", "[[N|Kwame Mensah]] 23").replace("Lucía Ortega 23", "[[N|Lucía Ortega]] 23"))

pos("report", "en", """DHCP leases - rtr-home (exported 2024-05-03 19:22)
IP address       MAC address          Hostname             Expires
[[IP|192.168.1.23]]     [[MAC|a4:83:e7:1c:5d:02]]    Karens-iPhone        2024-05-04 07:10
[[IP|192.168.1.31]]     [[MAC|f0:18:98:6b:2a:9e]]    living-room-tv       2024-05-04 02:44
[[IP|192.168.1.47]]     [[MAC|3C-22-FB-90-41-7D]]    DESKTOP-8KQ2M1       2024-05-04 11:58
[[IP|192.168.1.52]]     [[MAC|dc:a6:32:0e:88:b4]]    pihole               static""")

pos("log", "en", """May  3 06:12:40 ap-lobby hostapd: wlan0: STA [[MAC|8c:85:90:4e:1f:a3]] IEEE 802.11: associated
May  3 06:12:40 ap-lobby hostapd: wlan0: STA [[MAC|8c:85:90:4e:1f:a3]] RADIUS: identity=[[E|ngozi.eze@rivenmoor.ac.uk]]
May  3 06:12:41 ap-lobby dnsmasq-dhcp[812]: DHCPACK(wlan0) [[IP|10.88.4.201]] [[MAC|8c:85:90:4e:1f:a3]]
May  3 06:13:02 ap-lobby hostapd: wlan0: STA ff:ff:ff:ff:ff:ff ignored probe""")

pos("code", "en", """# settings_local.py -- quick hack for the demo, remove before merge
DATABASES = {
    "default": {
        "ENGINE": "mssql",
        "NAME": "Inventory",
        "OPTIONS": {
            "connection_string": "Server=tcp:[[IP|10.9.8.40]],1433;Database=Inventory;User Id=inv_app;Password=[[K|Inv3nt0ry!Apr]];Encrypt=yes;",
        },
    }
}
DISCORD_BOT_TOKEN = "[[K|MTEyNDU2Nzg5MDEyMzQ1Njc4OQ.GhT3xq.Vd8kP2mLr9QwZ4nBe7YcJ1sA6uF0tXoH5gRi3K]]"
SLACK_WEBHOOK = "[[K|https://hooks.slack.com/services/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]]"
""")

pos("ticket", "en", """JIRA  SEC-1182  Secret exposed in public Gist
Reporter: [[N|Anneliese Krüger-Boateng]]
Description:
  A Gist created on 2024-04-29 contains our staging basic-auth header:
    Authorization: Basic [[K|c3RhZ2luZzpCbHVlLUhlcm9uLTQ0]]
  and a bearer token for the metrics API:
    curl -H "Authorization: Bearer [[K|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJtZXRyaWNzLXJlYWRlciIsImV4cCI6MTcyMDAwMDAwMH0.k2Vq9XcT4mLp8RzN1bW7sYdF3gH6jK0aE5uQ]]" https://metrics.ferncastle.io/api/v1/query
Steps: revoke, rotate, scan other Gists by the same account.""")

pos("email", "en", """Subject: RE: rental application - 3B Cedar Court
From: Marcus Delahaye <mdelahaye.home@gmail.com>

Hi Ms Okafor,

As requested, here are the details for the background check:
Full name: [[N|Marcus Anton Delahaye]]
DOB: [[D|March 9, 1991]]
SSN: [[S|562 41 0387]]
Current address: [[A|2740 Fulton St, Apt 12, San Francisco, CA 94118]]
Employer: Bayview Health (since 2019)

Let me know if you need pay stubs too.
Marcus""".replace("From: Marcus Delahaye <mdelahaye.home@gmail.com>", "From: [[N|Marcus Delahaye]] <[[E|mdelahaye.home@gmail.com]]>").replace("Ms Okafor", "Ms [[N|Okafor]]").replace("\nMarcus", "\n[[N|Marcus]]"))

pos("form", "en", """ATO - TAX FILE NUMBER DECLARATION (payee section)
1  Tax file number ......................... [[ID|<<t>>]]
2  Title: Ms    Surname: [[N|Papadakis]]
   First given name: [[N|Eleni]]   Other given names: [[N|Sophia]]
3  Home address: [[A|Unit 7, 19 Beach Road, Bondi NSW 2026]]
4  Date of birth: [[D|11/12/1998]]
7  Are you an Australian resident for tax purposes?  [x] Yes  [ ] No""", t=tfn("45912708"))

pos("letter", "en", """Revenue
Office of the Revenue Commissioners, Limerick

[[N|Ciarán Ó Dálaigh]]
[[A|Apartment 14, Block C]]
[[A|Steelworks Quarter]]
[[A|Foley Street]]
[[A|Dublin 1]]
[[A|D01 X2Y7]]

Your PPS Number: [[ID|<<pp>>]]
Date: 2 April 2024

Dear [[N|Ciarán]],
Your Preliminary End of Year Statement for 2023 is now available in myAccount.""", pp=ppsn("8372615", "A"))

pos("chat", "en", """WhatsApp - Condo Viewing SG
[8/4/24 10:21] [[N|Jia Hui]]: hi, for the viewing at the condo management office they need NRIC
[8/4/24 10:22] [[N|Jia Hui]]: mine is [[ID|<<n1>>]]
[8/4/24 10:22] [[N|Jia Hui]]: my husband's [[ID|<<n2>>]]
[8/4/24 10:25] Agent Ravi: noted, see you Sat 2pm at the lobby
[8/4/24 10:25] Agent Ravi: pls bring the physical card also""".replace("Agent Ravi", "Agent [[N|Ravi]]"), n1=nric("S", "8734201"), n2=nric("T", "0159374"))

pos("note", "en", """KYC verification - branch 0441 (Pune)
Customer: [[N|Mrs. Shalini Deshpande]]""".replace("[[N|Mrs. Shalini Deshpande]]", "Mrs. [[N|Shalini Deshpande]]") + """
Aadhaar: [[ID|<<a1>>]]   PAN: [[ID|BQXPD7218K]]
DOB as per Aadhaar: [[D|05-08-1979]]
Address verified: [[A|Flat 302, Sai Krupa Apartments, Karve Nagar, Pune 411052]]
Mobile linked: [[P|+91 98220 41736]]
Verified by: [[N|A. Kulkarni]] (Relationship Officer)""", a1=aadhaar("52734019862"))

pos("form", "en", """LEASE AGREEMENT - SCHEDULE 1: PARTIES
Lessor:  Hillcrest Rentals (Pty) Ltd, Durban
Lessee:  [[N|Thandeka Nomvula Mahlangu]]
         Identity number: [[ID|<<za>>]]
         Physical address: [[A|17 Jacaranda Avenue, Glenwood, Durban, 4001]]
         Cell: [[P|082 614 3390]]
Occupants other than the lessee: [[N|Sipho Mahlangu]] (minor)""", za=za_id("910415065208"))

pos("csv", "en", """claim_id\tmember_name\tmbi\tdob\tservice_date\tcpt\tbilled
CLM-88101\t[[N|Harold J. Whitcombe]]\t[[ID|3QM7-PW2-RN58]]\t[[D|1946-05-30]]\t2024-03-04\t99214\t182.00
CLM-88102\t[[N|Beatriz Solano]]\t[[ID|5KR2-AN7-XJ19]]\t[[D|1951-12-08]]\t2024-03-04\t93000\t64.50
CLM-88103\t[[N|Winston Achterberg]]\t[[ID|8VD9-HF3-TT42]]\t[[D|1939-02-17]]\t2024-03-05\t99213\t121.00""")

pos("form", "en", """CAR RENTAL AGREEMENT 5520317
Renter:   [[N|LAFONTAINE, GRÉGOIRE]]
Licence:  [[ID|L2536-84190-70913]]  (QC)  exp 2027
DOB:      [[D|1970-09-13]]
Card on file: VISA [[C|<<c>>]]  exp 08/27
Additional driver: none
Vehicle: Toyota RAV4 Hybrid, unit 4471, fuel full, 18,204 km""", c=card("453201794418266"))

pos("email", "en", """Subject: payment for the cabin - sorry, site keeps failing
From: [[E|okeefe.brendan@icloud.com]]

hey, the booking page errors out every time so here's my card, please just charge the deposit:
[[C|<<c>>]] exp 11/26 cvv 418
name on card [[N|Brendan O'Keefe]]
billing zip 02134

cheers, [[N|Brendan]]""", c=card("552946081734209"))

pos("letter", "en", """IN THE COUNTY COURT AT MANCHESTER                          Claim No. K00MA412
BETWEEN
   [[N|DEVON ASHWORTH-PIKE]]                                        Claimant
   - and -
   [[N|MAUREEN HOLLIS]]                                             Defendant

WITNESS STATEMENT OF [[N|PRIYA CHAUHAN]]
I, [[N|Priya Chauhan]], of [[A|31 Beech Grove, Stockport SK4 3BN]], will say as follows:
1. I have lived next door to the Defendant since 2016.
2. On 14 October 2023 I saw the Claimant's van parked across the shared drive.""")

pos("xml", "en", """<?xml version="1.0" encoding="UTF-8"?>
<LabResult accession="24-HA-009812">
  <Patient>
    <Name><Family>[[N|Ferreira-Lopes]]</Family><Given>[[N|Inês]]</Given></Name>
    <BirthDate>[[D|1962-04-15]]</BirthDate>
    <Sex>F</Sex>
  </Patient>
  <OrderedBy>Dr. [[N|Malcolm Beattie]]</OrderedBy>
  <Test code="2345-7" name="Glucose">
    <Value unit="mmol/L">6.1</Value>
    <Collected>2024-04-30T08:15:00</Collected>
  </Test>
</LabResult>""")

pos("report", "en", """ST. ALBAN'S PRIMARY - SCHOOL TRIP CONSENT (Year 4, Natural History Museum, 14 June)
Child                 DOB          Emergency contact          Phone             Allergies
[[N|Amara Obi]]             [[D|03.02.2015]]   [[N|Chioma Obi]] (mother)       [[P|07723 514 228]]     none
[[N|Freddie Lomax]]         [[D|27.09.2014]]   [[N|Gareth Lomax]] (father)     [[P|07962 330 118]]     peanuts
[[N|Zofia Wiśniewska]]      [[D|11.12.2014]]   [[N|Ewa Wiśniewska]] (mother)   [[P|07415 922 064]]     none""")


# ---------------------------------------------------------------- English hard negatives
neg("doc", "en", """## Release notes - Harbour Sync 4.12.0 (2024-04-30)
* Minimum supported browser: Chrome 124.0.6367.91, Firefox 125.0.2, Safari 17.4.1
* Agent builds 4.12.0.1187 (Windows) and 4.12.0.1190 (macOS)
* Kernel module tested on 6.8.0-31-generic and 5.15.0.105
* Fixed: sync stalled when the server returned HTTP 429 with Retry-After: 120
* Deprecated: TLS 1.0/1.1 endpoints will be removed on 2024-09-01""")

neg("doc", "en", """### Example: configuring the relay
Point the relay at your upstream and allow your office range:

    upstream = 192.0.2.10:8443
    allow    = 198.51.100.0/24
    allow    = 2001:db8:1f00::/48
    admin    = https://relay.example.com/admin

Test with `curl -v https://relay.example.org/health` - you should see `{"status":"ok"}`.
Loopback (127.0.0.1) is always allowed.""")

neg("doc", "en", """Testing payments in sandbox mode

| Brand      | Number               | CVC | Result              |
|------------|----------------------|-----|---------------------|
| Visa       | 4242 4242 4242 4242  | any | succeeds            |
| Visa       | 4111 1111 1111 1111  | any | succeeds            |
| Mastercard | 5555 5555 5555 4444  | any | succeeds            |
| Amex       | 3782 822463 10005    | any | succeeds            |
| Visa       | 4000 0000 0000 0002  | any | card_declined       |
Use any future expiry date, e.g. 12/34.""")

neg("doc", "en", """To configure the CLI non-interactively, set:

    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    export AWS_DEFAULT_REGION=us-west-2

These are example values from the documentation and will not work.
In CI, read them from the secret store instead: ${{ secrets.AWS_SECRET_ACCESS_KEY }}""")

neg("email", "en", """From: Larkspur Home <noreply@larkspur-home.co.uk>
Subject: Your order LH-20240502-88417 is on its way!

Hi there,

Good news - your parcel has left our warehouse in Wakefield.
Courier: DPD    Tracking number: 15502998741163
Estimated delivery: Monday 6 May, 10:12 - 11:12

Need help? Reply to help@larkspur-home.co.uk or call 0345 600 1188 (Mon-Fri 9-5).
Larkspur Home Ltd. Registered in England No. 09114572. VAT GB 221 4870 36.""")

neg("prose", "en", """Ada Lovelace (born 10 December 1815 in London, died 27 November 1852) is often described as the
first computer programmer. Her notes on Charles Babbage's Analytical Engine, published in 1843,
include what is considered the first algorithm intended for a machine. The daughter of Lord Byron,
she was educated in mathematics at the insistence of her mother, Anne Isabella Milbanke.""")

neg("prose", "en", """Markets wrap, 2 May 2024: Shares in the chipmaker rose 4% after chief executive Jensen Huang told
analysts that demand "continues to outstrip supply". Separately, Federal Reserve chair Jerome Powell
said rates would stay on hold. Apple reports after the bell; Tim Cook is expected to address
the China slowdown. Brent crude closed at $83.44.""")

neg("config", "en", """# .env.example - copy to .env and fill in
APP_ENV=local
DATABASE_URL=postgresql://<user>:<password>@localhost:5432/app_dev
REDIS_URL=redis://127.0.0.1:6379/0
STRIPE_SECRET_KEY=sk_test_your_key_here
MAIL_PASSWORD=
JWT_SECRET=${JWT_SECRET}
ADMIN_PASSWORD=********
SENTRY_DSN=   # optional""")

neg("config", "en", """# ~/.ssh/authorized_keys on build-agent
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG8q2Xz7bVcY9kLmR3nT5pWd1sFh4jQe6uA0oNiC8rZt ci-runner@build-01
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vKp2mXq9Lr4sT8wYd1N6bZc3Hf5Je0gUaQo2Wi7Rk9PzVt4Mn8Ly1Xs6Cd3Gh5Jf2Ke8Ub0Aq4Wr7Ty9Io1Pa3Sd5Fg7Hj9Kl2Zx4Cv6Bn8Mq0 deploy@ops-laptop
# keys rotated quarterly, see runbook OPS-14""")

neg("doc", "en", """-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZjK2ZRYJKwYBBAHaRw8BAQdA9nX2aQ7Lk3vRt8pYc1WmZs4Hd0eJq5uB6gT2
oNfK3rS0J1NlY3VyaXR5IFRlYW0gPHNlY3VyaXR5QGhhcmJvdXJzeW5jLmlvPoiT
BBMWCgA7FiEE8x2kP9vQ1nT7mR4sW6cY3dL0aZ5oCGZjK2ZQIbAwULCQgHAgIiAgYV
=Xq7T
-----END PGP PUBLIC KEY BLOCK-----
Report vulnerabilities to security@harboursync.io, encrypted with the key above.""")

neg("doc", "en", """# SHA256SUMS for harbour-sync 4.12.0
9f2c1e7a4b8d3f06c5e1a29b7d4c8e0f3a6b1d5c9e2f7a0b4c8d1e6f3a9b2c5d  harbour-sync-4.12.0-linux-amd64.tar.gz
0b7e3d9c2a5f8e1b4c7d0a3f6e9b2c5d8a1f4e7b0c3d6a9f2e5b8c1d4a7f0e3b  harbour-sync-4.12.0-darwin-arm64.tar.gz
e4a1c8b5d2f9e6a3c0b7d4f1a8e5c2b9d6f3a0e7c4b1d8f5a2e9c6b3d0f7a4e1  harbour-sync-4.12.0-windows-amd64.zip
Docker: ghcr.io/harboursync/agent@sha256:5d1c9e3a7b2f6d0c4e8a1b5f9d3c7e2a6b0f4d8c1e5a9b3f7d2c6e0a4b8f1d5c""")

neg("config", "en", """# nftables - edge filter
table inet filter {
  chain input {
    type filter hook input priority 0; policy drop;
    iif lo accept
    ip saddr 10.0.0.0/8 tcp dport 22 accept
    ip saddr 172.16.0.0/12 tcp dport { 80, 443 } accept
    ip6 saddr fd00::/8 accept
    ip saddr 0.0.0.0/0 tcp dport 443 accept
  }
}
# netmask reference: /24 = 255.255.255.0, /16 = 255.255.0.0""")

neg("prose", "en", """Walking tour notes, stop 7: "The most famous address in this street never existed. The stories
placed Sherlock Holmes and Dr John Watson at 221B Baker Street, lodging with Mrs Hudson; the museum
now at that number was only given it in 1990. Across the road, Mycroft's Diogenes Club is pure
invention too." Next stop: Regent's Park, 12 minutes on foot.""")

neg("receipt", "en", """GREENLEAF GROCERS - WATFORD
Till 04   Op 117   02/05/2024 18:42
Oat milk 1L            1.85
Sourdough              3.20
Free-range eggs x6     2.65
TOTAL                  7.70
VISA CONTACTLESS   ************4821
AID A0000000031010   Auth 08812Z
Clubcard ****9920   points this visit: 7
Thank you for shopping with us!""")

neg("form", "en", """HOW TO FILL IN FORM W-ID (guidance notes)
Box 1  Full legal name - e.g. "[FIRST NAME] [LAST NAME]", as shown on your passport.
Box 2  Social Security number - nine digits, written as 123-45-6789 in the example above.
Box 3  Date of birth - use MM/DD/YYYY, e.g. 01/31/19XX.
Box 4  Home address - number and street, then city, state and ZIP code.
Do not write in the shaded area. Forms with 000-00-0000 in Box 2 will be returned.""")

neg("config", "en", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: checkout
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: checkout
          image: registry.internal/checkout:2.8.4
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: checkout-db
                  key: password
            - name: LOG_LEVEL
              value: info""")

neg("doc", "en", """POST /v1/exports HTTP/1.1
Host: api.example.com
Authorization: Bearer <YOUR_API_TOKEN>
Content-Type: application/json

Replace <YOUR_API_TOKEN> with a token created under Settings -> API.
Tokens look like `sk_live_...` and are shown only once. Never commit them; use $API_TOKEN instead.""")

neg("doc", "en", """Who to contact
  General enquiries ........ info@northgate-council.gov.uk
  Press office ............. press@northgate-council.gov.uk
  Jobs ..................... careers@northgate-council.gov.uk
  Data protection .......... dpo@northgate-council.gov.uk
  Switchboard .............. 01632 960 000
  Out of hours emergencies . 0800 028 4455""")

neg("doc", "en", """# /etc/resolv.conf (managed by systemd-resolved)
nameserver 127.0.0.53
options edns0 trust-ad
search corp.local
# upstreams configured in resolved.conf:
#   DNS=1.1.1.1 9.9.9.9
#   FallbackDNS=8.8.8.8 8.8.4.4""")

neg("doc", "en", """MAC vendor prefixes seen on the guest network this week
OUI        Vendor                 Devices
00:1A:11   Google, Inc.           14
3C:22:FB   Apple, Inc.            61
B8:27:EB   Raspberry Pi Found.     3
FC:FB:FB   Cisco Systems           9
Note: ff:ff:ff:ff:ff:ff (broadcast) and 00:00:00:00:00:00 were filtered out.""")

neg("doc", "en", """Payment integration - test data
Use the documented example IBAN GB82 WEST 1234 5698 7654 32 (sort code 12-34-56, BIC NWBKGB2L)
or DE89 3704 0044 0532 0130 00 for SEPA mandates. Real IBANs are rejected in the sandbox.
Sample mandate reference: MNDT-TEST-000123.""")

neg("ticket", "en", """[ALERT] PagerDuty incident #INC-48120 - triggered 03:12 UTC
Service: checkout-api (prod)
Summary: p99 latency > 2s for 10 minutes on pods checkout-7f9c6d-xk2lp, checkout-7f9c6d-qr8mz
Runbook: https://wiki.internal/runbooks/checkout-latency
Escalation policy: Payments - Primary -> Payments - Secondary
Auto-resolved 03:41 UTC after HPA scaled replicas 3 -> 6.""")

neg("log", "en", """2024-05-01 12:00:01 INFO  scheduler started, version 2.14.3 (build 7781)
2024-05-01 12:00:01 INFO  listening on 127.0.0.1:8081 and [::1]:8081
2024-05-01 12:00:02 INFO  connected to broker amqp://rabbitmq:5672 as ${AMQP_USER}
2024-05-01 12:00:02 DEBUG token=**** (redacted) expires_in=3600
2024-05-01 12:00:05 WARN  job nightly-rollup took 4211ms (threshold 4000ms)
2024-05-01 12:00:05 INFO  next run at 2024-05-02T00:00:00Z""")

neg("doc", "en", """PATIENT INFORMATION LEAFLET - Ibuprofen 200 mg tablets
Adults and children over 12: 1-2 tablets every 4-6 hours. Do not take more than 6 tablets in 24 hours.
If you take more than you should, contact a doctor or go to A&E straight away.
In the UK call NHS 111; in an emergency dial 999. Yellow Card scheme: 0800 731 6789.
Batch: 3K0917  EXP: 09/2026  PL 12063/0045""")

neg("prose", "en", """Women's 10,000 m final: Beatrice Chebet won in 28:54.14, ahead of Letesenbet Gidey and Sifan
Hassan. Chebet, 24, had broken the world record only weeks earlier in Eugene. In the men's 1500 m,
Jakob Ingebrigtsen was beaten to gold by Cole Hocker in an Olympic record 3:27.65.""")

neg("doc", "en", """References
[1] D. E. Knuth, The Art of Computer Programming, Vol. 2, 3rd ed. Reading, MA: Addison-Wesley, 1997.
[2] L. Lamport, "Time, clocks, and the ordering of events in a distributed system," Commun. ACM,
    vol. 21, no. 7, pp. 558-565, Jul. 1978, doi:10.1145/359545.359563.
[3] B. Liskov and J. Wing, "A behavioral notion of subtyping," ACM TOPLAS 16(6), 1994.""")

neg("doc", "en", """SPEC SHEET - AQUILA X2 ROBOT VACUUM
Model: AQX2-EU-W        EAN: 5 060123 456786
Serial range: AQ2W24A000001 - AQ2W24A099999
Firmware: 3.1.7.220 (bootloader 1.0.4)
Battery: 5200 mAh Li-ion, 14.4 V      Wi-Fi: 2.4 GHz 802.11 b/g/n
Warranty registration: aquila-home.com/register (have your serial number ready)""")

neg("log", "en", """$ git log --oneline -6
e4b1c2d (HEAD -> main, origin/main) Bump axios from 1.6.7 to 1.6.8
9a0f3c7 Merge pull request #412 from feature/export-csv
5d2e8b1 Add CSV export for reports
1c7a9f4 Fix flaky test in scheduler_spec
8b3d6e0 Release 2.14.3
0f1e2d3 Update copyright year""")

neg("csv", "en", """station_id,timestamp_utc,lat,lon,temp_c,rh_pct,pressure_hpa
WX-0412,2024-05-01T00:00:00Z,51.4769,-0.0005,9.8,81,1012.4
WX-0412,2024-05-01T01:00:00Z,51.4769,-0.0005,9.1,84,1012.1
WX-0413,2024-05-01T00:00:00Z,53.4808,-2.2426,8.7,88,1009.9
WX-0413,2024-05-01T01:00:00Z,53.4808,-2.2426,8.2,90,1009.6""")

neg("doc", "en", """Security advisory HSA-2024-07
Affected: harbour-sync-agent < 4.11.3 (CVE-2024-31497, CVSS 7.5)
Fixed in: 4.11.3, 4.12.0
Upstream: OpenSSH 9.7p1, xz-utils 5.6.0/5.6.1 (CVE-2024-3094) - not affected
Workaround: disable the legacy listener on port 2222 or restrict it to 10.0.0.0/8.""")

neg("invoice", "en", """INVOICE INV-24-00931                                  Date: 30/04/2024
Bill to: Northgate Supplies Ltd, Leeds (VAT GB 318 2290 41)
From:    Copperline Fabrication Ltd, Sheffield (Co. No. 07781230)
PO 4500187722 - 240 x steel brackets type B                          £1,872.00
VAT 20%                                                                £374.40
Total due by 30/05/2024                                              £2,246.40
Remit to our account ending 4471; quote the invoice number as reference.""")

neg("doc", "en", """AGENDA - Quarterly operations review (Thursday 10:00, Room 4.12)
1. Welcome and minutes of last meeting - Chair
2. Finance update - CFO
3. Warehouse automation pilot - Head of Operations
4. Customer complaints Q1 (down 12%) - Customer Service Lead
5. AOB
Dial-in: 0203 481 0000, access code 558 201 9#""")

neg("doc", "en", """Your parcel tracking numbers
UPS:    1Z 999 AA1 01 2345 6784
FedEx:  7749 0312 8821
Royal Mail: JD014600006732481234
DHL Express waybill: 4023 8847 61
Customs declaration reference: 24GB7X4K0P1R9Q2LA8""")

neg("prose", "en", """Reminder from the building management: the fire alarm test is every Tuesday at 10:00.
Bike storage is on level -1, bays 201-240; visitor parking on level 0 is limited to 2 hours.
Report faults via the tenant portal or call the facilities desk on extension 4400.
The next residents' meeting is on 21 May 2024 at 18:30 in the community room.""")

neg("doc", "en", """-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUYx3k2V0q8pLmZt7rN4sWc1dHf5owCgYIKoZIzj0EAwIw
JzElMCMGA1UEAwwcaW50ZXJuYWwtY2EuaGFyYm91cnN5bmMubG9jYWwwHhcNMjQw
NTAxMDAwMDAwWhcNMjUwNTAxMDAwMDAwWjAnMSUwIwYDVQQDDBxhcGkuaGFyYm91
-----END CERTIFICATE-----
Subject: CN=api.harboursync.local   Valid until: 2025-05-01   SHA-1 fp: 4F:2A:91:0C:77:E3""")


# ================================================================ German
pos("medical", "de", """Universitätsklinikum - Klinik für Kardiologie
Entlassungsbrief

Patientin: [[N|Renate Hollstein]], geb. am [[D|3. Juli 1961]]
Versichertennummer: [[ID|H482915706]]
Anschrift: [[A|Lindenstraße 14, 04109 Leipzig]]

Sehr geehrte Frau Kollegin [[N|Dr. med. Ulrike Sendler]],
wir berichten über Ihre Patientin, die sich vom 22.04. bis 29.04.2024 in unserer stationären
Behandlung befand. Diagnosen: Vorhofflimmern, arterielle Hypertonie.
Mit freundlichen kollegialen Grüßen
[[N|Prof. Dr. Matthias Lorenzen]]""".replace("[[N|Dr. med. Ulrike Sendler]]", "Dr. med. [[N|Ulrike Sendler]]").replace("[[N|Prof. Dr. Matthias Lorenzen]]", "Prof. Dr. [[N|Matthias Lorenzen]]"))

pos("form", "de", """Lohnsteuerbescheinigung 2023 (Auszug)
Identifikationsnummer: [[ID|<<st>>]]
Personalnummer: 004417
Geburtsdatum: [[D|03.11.1984]]
[[N|Hollmann, Niklas]]
[[A|Am Stadtgraben 7a]]
[[A|48143 Münster]]
Zeile 3  Bruttoarbeitslohn ......................  52.180,00
Zeile 4  einbehaltene Lohnsteuer .................   9.214,00""", st=mod11_10("4731925864"))

pos("chat", "de", """#team-backend (Slack)
jonas.w  10:02  moin! hat jemand die zugangsdaten für den sftp vom logistikpartner?
<@U05KQ2M9ZP> 10:04  frag mal [[N|lea]], die hat das letzte mal die dateien geholt
Lea Brandt  10:06  host ist sftp.kranich-logistik.de, user: feed_upload, pw [[K|Kr4nich#Sftp24]]
Lea Brandt  10:06  bitte nicht weiter rumschicken 🙈
jonas.w  10:07  danke [[N|lea]]!""".replace("Lea Brandt  10", "[[N|Lea Brandt]]  10"))

pos("cv", "de", """LEBENSLAUF

Persönliche Daten
Name:            [[N|Friederike von Arnim-Kessler]]
Anschrift:       [[A|Bahnhofstraße 22, 34117 Kassel]]
Telefon:         [[P|0561 / 739 204 18]]
E-Mail:          [[E|f.vonarnim@posteo.de]]
Geboren:         [[D|12.05.1994]] in Kassel
Familienstand:   ledig

Berufserfahrung
seit 10/2021     Projektingenieurin, Windpark-Planung, Hannover
2019 - 2021      Werkstudentin, Energieagentur Nordhessen""")

pos("form", "de", """SEPA-Lastschriftmandat
Gläubiger-Identifikationsnummer: DE98ZZZ09999999999     Mandatsreferenz: SV-2024-118873
Ich ermächtige die Stadtwerke Rosenheim, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.
Kontoinhaber: [[N|Yusuf Demirtaş]]
Straße, Hausnummer: [[A|Kufsteiner Straße 58]]
PLZ, Ort: 83022 Rosenheim
IBAN: [[I|<<ib>>]]
BIC: BYLADEM1ROS
Rosenheim, 02.05.2024     Unterschrift: ______________""", ib=iban("DE", "711500000020418835"))

pos("letter", "de", """Deutsche Rentenversicherung Bund, Berlin

Herrn
[[N|Wolfgang Pietrzak]]
[[A|Seniorenresidenz Am Park, Zimmer 112]]
[[A|Gartenweg 3]]
[[A|99084 Erfurt]]

Versicherungsnummer: [[ID|<<rv>>]]
Ihr Antrag auf Altersrente vom 14.03.2024

Sehr geehrter Herr [[N|Pietrzak]],
wir haben Ihren Antrag erhalten. Bitte reichen Sie noch die Geburtsurkunde Ihrer Tochter nach.""", rv=rvnr("12", "150257", "P", "00"))

pos("chat", "de", """WhatsApp - Familie Brenner 👨‍👩‍👧
[03.05.24, 18:12] Papa: Oma [[N|Gerda]] hat morgen Geburtstag, wer holt den Kuchen?
[03.05.24, 18:15] [[N|Svenja]]: ich! bei [[N|Tante Moni]] vorbei?""".replace("[[N|Tante Moni]]", "Tante [[N|Moni]]") + """
[03.05.24, 18:16] Papa: ja. Ihre neue Adresse ist übrigens [[A|Zur Alten Mühle 4, 79098 Freiburg im Breisgau]]
[03.05.24, 18:20] [[N|Timo]]: ich bring die Kerzen mit, 89 Stück 😂""")

pos("form", "de", """Personalbogen - Eintritt 01.06.2024 (Zürich)
Name / Vorname:          [[N|Gasser]] / [[N|Leonie]]
Geburtsdatum:            [[D|21.08.1990]]
AHV-Nummer:              [[ID|<<ahv>>]]
Wohnadresse:             [[A|Hardturmstrasse 131]]
PLZ / Ort:               8005 Zürich
Zivilstand:              verheiratet
Bankverbindung (IBAN):   [[I|<<ib>>]]
Aufenthaltsbewilligung:  nicht nötig (CH)""", ahv=ahv("756928461730"), ib=iban("CH", "00700110003394172"))

pos("letter", "de", """Österreichische Gesundheitskasse, Landesstelle Wien

Frau
[[N|Magdalena Hofbauer-Ranftl]]
[[A|Mariahilfer Straße 88/2/14]]
[[A|1070 Wien]]

Sozialversicherungsnummer: [[ID|<<sv>>]]
Betreff: e-card Ersatzkarte

Sehr geehrte Frau [[N|Hofbauer-Ranftl]],
Ihre Ersatzkarte wird Ihnen innerhalb von 14 Tagen zugestellt.""", sv=at_svnr("481", "090378"))

pos("log", "de", """Mai 02 22:41:07 nas-keller sshd[2201]: Fehlgeschlagene Anmeldung für root von [[IP|91.204.17.88]] Port 51022
Mai 02 22:41:09 nas-keller sshd[2201]: Fehlgeschlagene Anmeldung für root von [[IP|91.204.17.88]] Port 51022
Mai 02 22:43:55 nas-keller sshd[2214]: Akzeptiert publickey für felix von [[IP|192.168.178.34]] Port 50112
Mai 02 22:44:01 nas-keller smbd[2230]: Verbindung von [[IP|192.168.178.41]] ([[MAC|b0:be:76:2c:9d:13]]) Freigabe "Fotos"
Mai 02 22:50:00 nas-keller CRON[2301]: (root) CMD (/usr/local/bin/backup.sh)""")

pos("email", "de", """Betreff: Ihre Reklamation Nr. 7713402
Von: [[N|Katrin Oberhuber]] <[[E|k.oberhuber@moebel-wendt.de]]>
An: [[E|jan.d.schroeter@gmx.net]]

Hallo Herr [[N|Schröter]],

danke für die Fotos vom beschädigten Sideboard. Unser Monteur kommt am Dienstag zwischen 8 und
12 Uhr zu Ihnen in die [[A|Holtenauer Str. 190, 24105 Kiel]]. Bitte bestätigen Sie kurz den Termin.

Freundliche Grüße
[[N|Katrin Oberhuber]]
Kundendienst - Durchwahl [[P|+49 431 98 221-34]]
Zentrale: +49 431 98 221-0 | service@moebel-wendt.de""")

pos("gov", "de", """Meldebescheinigung (einfach)
Familienname: [[N|Nowakowski]]
Vornamen: [[N|Marek Tadeusz]]
Geburtsdatum: [[D|1988-02-14]]
Geburtsort: Gdańsk
Anschrift: [[A|Warschauer Straße 41, Vorderhaus 3. OG links, 10243 Berlin]]
Personalausweis-Nr.: (nicht vorhanden) Reisepass-Nr.: [[ID|EM4198226]] (PL)
Aufenthaltstitel: [[ID|Y7K29F1M3]]""")

neg("form", "de", """Muster - So füllen Sie den Antrag richtig aus
Name, Vorname:  Mustermann, Max
Anschrift:      Musterstraße 1, 12345 Musterstadt
Geburtsdatum:   TT.MM.JJJJ
IBAN:           DE00 0000 0000 0000 0000 00
Steuer-ID:      11 Ziffern, siehe Lohnsteuerbescheinigung
Bei Fragen: Bürgertelefon 115 (Mo-Fr 8-18 Uhr)""")

neg("prose", "de", """Johann Wolfgang von Goethe wurde am 28. August 1749 in Frankfurt am Main geboren und starb am
22. März 1832 in Weimar. Sein Geburtshaus am Großen Hirschgraben ist heute Museum. Friedrich
Schiller lernte er 1788 in Rudolstadt kennen; die Freundschaft begann jedoch erst 1794.""")

neg("doc", "de", """Impressum
Kranich Logistik GmbH, Bremen
Registergericht: Amtsgericht Bremen, HRB 31877 HB
USt-IdNr.: DE 814 227 905
Kontakt: info@kranich-logistik.de, Telefon 0421 40 880-0
Datenschutzbeauftragter: datenschutz@kranich-logistik.de
Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: die Geschäftsführung""")

neg("prose", "de", """Berlin (dpa) - Bundeskanzler Olaf Scholz hat sich beim Besuch in Paris mit Präsident Emmanuel
Macron auf ein gemeinsames Vorgehen bei der Batterieförderung verständigt. Finanzminister Christian
Lindner äußerte sich am Abend zurückhaltend. Die Gespräche sollen am 14. Juni fortgesetzt werden.""")

neg("doc", "de", """Fahrplanauskunft Hamburg Hbf -> München Hbf, Fr 10.05.2024
ICE 587   ab 08:01 Gl. 14   an 14:12 Gl. 19   Dauer 6:11   1 Umstieg: nein
ICE 1007  ab 09:05 Gl. 13   an 15:02 Gl. 21   Dauer 5:57   Sparpreis ab 49,99 €
Auftragsnummer: 7X3K9P  ·  Platzreservierung Wagen 24, Plätze 81/83
Hinweis: Bauarbeiten zwischen Fulda und Würzburg, +15 min möglich.""")

neg("doc", "de", """Bedienungsanleitung Kaffeevollautomat KV 840
Fehler E07: Brühgruppe nicht erkannt - Gerät ausschalten, Brühgruppe entnehmen, reinigen.
Firmware-Version anzeigen: Menü > Info > 2.4.11.7
Seriennummer: siehe Typenschild (z. B. KV840-2403-018824)
Service-Hotline: 0800 330 44 22 (kostenfrei)   service@kaffeewerk.example""")


# ================================================================ French
pos("letter", "fr", """[[N|Camille Rousseau]]
[[A|Résidence Les Tilleuls, bât. B]]
[[A|12, rue des Lilas]]
[[A|69003 Lyon]]

Orange - Service Résiliation, Lyon

Objet : résiliation de mon abonnement Livebox - contrat n° 0412 889 2217
Lyon, le 2 mai 2024

Madame, Monsieur,
Je vous prie de bien vouloir résilier mon abonnement à compter du 1er juin 2024.
Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.
[[N|Camille Rousseau]]""")

pos("form", "fr", """ATTESTATION DE DROITS - ASSURANCE MALADIE
Bénéficiaire : M. [[N|DUBOIS-MERCIER Alexandre]]
Né le : [[D|17/09/1976]]
N° de sécurité sociale : [[ID|<<nir>>]]
Adresse : [[A|8 impasse du Moulin, 33160 Saint-Médard-en-Jalles]]
Organisme de rattachement : CPAM de la Gironde
Droits ouverts du 01/01/2024 au 31/12/2024""", nir=nir("1760933522087"))

pos("cv", "fr", """[[N|Inès Belkacem]]
Développeuse full-stack - 6 ans d'expérience
[[P|06 71 48 22 93]] · [[E|ines.belkacem@laposte.net]] · [[A|27 bis avenue Jean-Jaurès, 31400 Toulouse]]
Née le [[D|4 mars 1990]] - permis B

EXPÉRIENCE
2021-2024  Lead dev, agence web, Toulouse : refonte de 14 sites e-commerce (Symfony, Vue)
2018-2021  Développeuse, ESN, Montpellier""")

pos("chat", "fr", """[21:40] [[N|Yannick Le Goff]] : salut, t'as pu récupérer le RIB de [[N|Maëlle]] pour le remboursement du gîte ?
[21:42] [[N|Théo]] : oui elle me l'a envoyé : [[I|<<ib>>]]
[21:42] [[N|Théo]] : 186 € chacun, j'ai fait le calcul
[21:43] [[N|Yannick Le Goff]] : top merci, je vire ce soir""", ib=iban("FR", "30003012870004127736514"))

pos("log", "fr", """[2024-05-03 09:12:44] prod.ERROR: Échec d'authentification SMTP pour l'utilisateur notifications@boutique-lumen.fr (mot de passe: [[K|Lum3n!Mail#2024]]) {"exception":"[object] (Swift_TransportException(code: 535)"}
[2024-05-03 09:12:45] prod.INFO: Commande 2024-00981 validée, client_id=5512, ip=[[IP|86.245.113.72]]
[2024-05-03 09:12:47] prod.WARNING: Tentative de connexion échouée depuis [[IP|86.245.113.72]]""")

pos("form", "fr", """Royaume de Belgique - Formulaire de domiciliation
Nom : [[N|Vandenbroucke]]          Prénom(s) : [[N|Aurélie Marie]]
Numéro de registre national : [[ID|<<nrn>>]]
Date de naissance : [[D|30 juillet 1985]]
Nouvelle adresse : [[A|Rue Haute 142, boîte 5, 1000 Bruxelles]]
Date d'entrée : 15/04/2024
Signature : ........""", nrn=be_nrn("850730", "033"))

pos("medical", "fr", """Compte rendu de consultation - Pédiatrie
Enfant : [[N|Noah Traoré]], né le [[D|08/02/2021]] (3 ans)
Accompagné de sa mère, Mme [[N|Aïssata Traoré]], joignable au [[P|07 52 18 90 44]]
Motif : toux persistante depuis 3 semaines, sans fièvre.
Examen : auscultation normale, poids 14,2 kg (P50).
Conclusion : toux post-virale probable, revoir dans 15 jours si persistance.
Dr [[N|Hélène Garnier-Vasseur]]""")

pos("email", "fr", """De : [[N|Sandrine Paquette]] <[[E|spaquette@videotron.ca]]>
À : location@chaletsdulac.ca
Objet : Réservation chalet 4 - dépôt

Bonjour,
Voici les infos pour le dépôt : carte [[C|<<c>>]], exp. 09/26, au nom de [[N|Sandrine Paquette]].
Notre adresse : [[A|1845, rue Sherbrooke Est, app. 3, Montréal (Québec) H2K 1B5]]
Merci et au plaisir!
[[N|Sandrine]]""", c=card("451014882036117"))

pos("hr", "fr", """FICHE SALARIÉ - CONFIDENTIEL
Matricule : 2024-117         Date d'embauche : 02/04/2024
Nom : [[N|N'Diaye]]          Prénom : [[N|Moussa]]
Date et lieu de naissance : [[D|11/11/1992]] à Dakar (Sénégal)
Titre de séjour n° [[ID|9934871205]] valable jusqu'au 10/10/2027
N° SS : [[ID|<<nir>>]]
Personne à prévenir : [[N|Fatou N'Diaye]] (épouse) - [[P|+33 6 12 47 80 39]]""", nir=nir("1921199341008"))

pos("form", "fr", """Canton de Genève - Demande de macaron de stationnement
Requérant : [[N|Luca Bernasconi]]
Adresse : [[A|Rue de Carouge 61, 1205 Genève]]
N° AVS : [[ID|<<ahv>>]]
Immatriculation du véhicule : GE 412 773
Zone demandée : O""", ahv=ahv("756317209448"))

pos("chat", "fr", """WhatsApp · Colocation rue Oberkampf
[06/05/2024 08:31] [[N|Bastien]]: le code wifi a changé ?
[06/05/2024 08:33] [[N|Chloé]]: oui, réseau "Freebox-7A2C11", mdp [[K|ribambelle-onze-clafoutis]]
[06/05/2024 08:34] [[N|Bastien]]: merci 🙏 et le proprio c'est toujours M. [[N|Fabre]] ?
[06/05/2024 08:35] [[N|Chloé]]: oui, son portable [[P|06 88 31 20 57]]""")

neg("prose", "fr", """Victor Hugo, né le 26 février 1802 à Besançon et mort le 22 mai 1885 à Paris, est un poète,
dramaturge et romancier. Exilé à Guernesey sous le Second Empire, il y écrit Les Misérables (1862).
Sa maison de la place des Vosges, à Paris, est aujourd'hui un musée.""")

neg("prose", "fr", """Paris, 2 mai (AFP) - Le président Emmanuel Macron a reçu mardi à l'Élysée le chancelier Olaf
Scholz. Le Premier ministre Gabriel Attal doit présenter jeudi le plan de simplification. La porte-parole
du gouvernement a précisé que le calendrier parlementaire serait connu d'ici le 15 mai.""")

neg("invoice", "fr", """FACTURE N° FA-2024-0412                         Date : 30/04/2024
Émetteur : Atelier Brasse SARL, Nantes - SIREN 882 417 905 - SIRET 882 417 905 00018
TVA intracommunautaire : FR 47 882417905
Client : Boulangerie du Port SAS, Saint-Nazaire - SIRET 791 224 008 00027
Maintenance four à sole - forfait annuel                       1 200,00 € HT
TVA 20 %                                                         240,00 €
Paiement par virement sous 30 jours. Pénalités de retard : 3 x taux légal.""")

neg("receipt", "fr", """CARREFOUR MARKET - ANNECY
02/05/2024 17:58  Caisse 06
BAGUETTE TRADITION          1,20
COMTE AOP 12 MOIS 250G      5,89
TOTAL                       7,09 EUR
CB SANS CONTACT  ************7305
N° AUTO 204417  TRANSACTION 000882
TICKET CLIENT - A CONSERVER""")

neg("doc", "fr", """Politique de confidentialité (extrait)
Pour exercer vos droits (accès, rectification, effacement), écrivez à dpo@chaletsdulac.ca ou au
service client : 1 800 555-0199 (sans frais). En cas de litige, vous pouvez saisir la CNIL ou la
Commission d'accès à l'information du Québec. Dernière mise à jour : 15 janvier 2024.""")

neg("doc", "fr", """Horaires TER Lyon Part-Dieu -> Grenoble, semaine du 6 mai
TER 17613  06:42 -> 08:05   voie J
TER 17615  07:42 -> 09:05   voie K   (supprimé le 8 mai - jour férié)
TER 17617  08:42 -> 10:05   voie J
Info trafic : 3635 (service 0,40 €/min) - application SNCF Connect""")


# ================================================================ Spanish / Catalan
pos("form", "es", """SOLICITUD DE EMPADRONAMIENTO - Ayuntamiento de Madrid
Primer apellido: [[N|García-Ochoa]]     Segundo apellido: [[N|Benítez]]     Nombre: [[N|Lucía]]
DNI/NIE: [[ID|<<d>>]]
Fecha de nacimiento: [[D|23/06/1996]]
Domicilio: [[A|C/ del Doctor Fourquet 18, 3º B, 28012 Madrid]]
Teléfono: [[P|612 48 30 97]]
Personas que se empadronan con el solicitante: [[N|Martín Ruiz Albarrán]] (NIE [[ID|<<n>>]])""", d=dni("51937248", "-"), n=nie("Y", "4821937"))

pos("chat", "es", """[12/4/24, 19:02] [[N|Vale]]: oye me pasas los datos de la cuenta para la vaquita del cumple de [[N|Sofi]]?
[12/4/24, 19:05] [[N|Nico Barraza]]: te paso el alias por privado, pero va a mi cuenta
[12/4/24, 19:05] [[N|Nico Barraza]]: a nombre de [[N|Nicolás Barraza]], CUIL [[ID|<<cu>>]]
[12/4/24, 19:06] [[N|Vale]]: genial, transfiero ahora""", cu=cuil("20", "34117829"))

pos("letter", "es", """Santiago, 30 de abril de 2024

Señora
[[N|Francisca Ignacia Muñoz Herrera]]
[[A|Avenida Irarrázaval 3120, depto. 804]]
[[A|Ñuñoa]]
[[A|Santiago]]

REF.: Liquidación de finiquito - RUT [[ID|<<r>>]]

De nuestra consideración:
Adjuntamos el finiquito correspondiente a su contrato de trabajo, terminado el 31 de marzo de 2024.""", r=rut("16402887"))

pos("form", "es", """FORMATO DE INSCRIPCIÓN - CURSO DE VERANO 2024
Nombre del alumno: [[N|Diego Alejandro Hernández Vega]]
CURP: [[ID|<<cp>>]]
Fecha de nacimiento: [[D|14 de febrero de 2011]]
Domicilio: [[A|Calle Río Pánuco 74, Int. 3, Col. Cuauhtémoc, 06500 Ciudad de México]]
Tutor: [[N|Verónica Vega Salinas]]    Cel.: [[P|55 3018 2247]]
Alergias: ninguna""", cp=curp("HEVD110214HDFRGGA"))

pos("log", "es", """2024-05-02 03:14:22 ERROR [pagos] Fallo al conectar: jdbc:mysql://[[IP|10.2.14.9]]:3306/pagos?user=pagos_app&password=[[K|Pg!2024-Mza]]
2024-05-02 03:14:22 WARN  [pagos] reintentando en 30s (intento 2/5)
2024-05-02 03:14:52 INFO  [pagos] conexión restablecida
2024-05-02 03:15:10 INFO  [api] POST /v1/cobros 201 cliente=7719 origen=[[IP|190.104.88.17]]""")

pos("medical", "es", """HISTORIA CLÍNICA - URGENCIAS
Paciente: [[N|Josefa Martínez Cárdenas]]     F. nac.: [[D|02-11-1948]]     NHC: 00448172
Tarjeta sanitaria: [[ID|MRCD481102917012]]
Acompañante: su hijo [[N|Andrés]], tel. [[P|+34 655 902 118]]
Motivo: caída en domicilio, dolor en cadera izquierda.
Exploración: acortamiento y rotación externa del MII. Rx: fractura subcapital.
Médico: Dra. [[N|Paula Echeverría]]""")

pos("email", "es", """De: [[N|Álvaro Quiroga]] <[[E|alvaro.quiroga@inmobiliaria-sella.es]]>
Para: [[E|marta.sanroman81@hotmail.com]]
Asunto: Contrato de arras - piso en Oviedo

Hola [[N|Marta]]:
Te confirmo los datos que irán en el contrato:
Compradores: [[N|Marta San Román Llaneza]] (DNI [[ID|<<d1>>]]) y [[N|Íñigo Berros Cuesta]] (DNI [[ID|<<d2>>]])
Inmueble: [[A|Calle Uría 41, 5º izda., 33003 Oviedo]]
Arras: 12.000 €, a ingresar en la cuenta de la vendedora [[I|<<ib>>]]
Un saludo,
[[N|Álvaro]]""", d1=dni("10884512"), d2=dni("71653098"), ib=iban("ES", "00810216730001487329"))

pos("csv", "es", """nombre;apellidos;cedula;fecha_nacimiento;direccion;ciudad
[[N|Juan Camilo]];[[N|Restrepo Ossa]];[[ID|1.036.587.221]];[[D|1993-08-12]];[[A|Cra. 43A # 18 Sur-135, apto 1204]];Medellín
[[N|Luisa Fernanda]];[[N|Ocampo Giraldo]];[[ID|43.921.770]];[[D|1978-01-29]];[[A|Calle 10 # 32-15]];Medellín
[[N|Santiago]];[[N|Mejía Arango]];[[ID|1.152.440.981]];[[D|2001-05-03]];[[A|Transversal 39B # 74-20]];Envigado""")

neg("prose", "es", """Gabriel García Márquez nació el 6 de marzo de 1927 en Aracataca (Colombia) y murió el 17 de abril
de 2014 en Ciudad de México. Recibió el Premio Nobel de Literatura en 1982. Cien años de soledad
se publicó en Buenos Aires en 1967 con una tirada inicial de 8.000 ejemplares.""")

neg("email", "es", """De: Correos <notificaciones@correos.es>
Asunto: Tu envío PQ4F7B0441223870128001V está en reparto

Hola:
Tu paquete llegará hoy entre las 10:00 y las 14:00.
Si no estás, lo dejaremos en la oficina de Calle Mayor (Alcalá de Henares).
Consulta el seguimiento en correos.es o llama al 915 197 197.
No respondas a este correo.""")

neg("doc", "es", """Guía rápida de facturación electrónica
- NIF de la empresa emisora: B-86212345 (ejemplo)
- Número de factura: serie A, correlativo (A-2024-000123)
- IVA general 21 %, reducido 10 %, superreducido 4 %
- Código de verificación: se genera automáticamente (ej. 7F3A-92B1-0C44)
- Las facturas anteriores al 01/07/2017 no se presentan por el SII.""")

neg("prose", "es", """Resultados de LaLiga, jornada 33: el Real Madrid venció 3-2 al Barcelona con goles de Vinícius Jr.,
Lucas Vázquez y Jude Bellingham en el minuto 91. Carlo Ancelotti destacó la reacción del equipo.
El Girona, con Artem Dovbyk como máximo goleador (19), se aseguró la Champions.""")

neg("doc", "es", """Tarjetas de prueba para el entorno de pruebas (Redsys)
Número: 4548 8120 4940 0004   Caducidad: 12/34   CVV: 123
Número: 5576 4400 2278 8500   (Mastercard, 3DS frictionless)
Cualquier otra tarjeta será rechazada con el código 9912. No uses tarjetas reales en pruebas.""")

pos("form", "ca", """SOL·LICITUD DE TARGETA ROSA - Ajuntament de Barcelona
Nom i cognoms: [[N|Montserrat Puigdomènech i Ferrer]]
DNI: [[ID|<<d>>]]
Data de naixement: [[D|9 d'octubre de 1950]]
Adreça: [[A|Carrer de Mallorca 214, 3r 2a, 08008 Barcelona]]
Telèfon de contacte: [[P|93 451 72 08]]""", d=dni("37718264"))

pos("chat", "ca", """[18:05] [[N|Jordi]]: [[N|Núria]], has enviat ja la paraula de pas del router a la [[N|Mireia]]?
[18:07] [[N|Núria]]: sí, és [[K|Tramuntana-2024!]] però l'hem de canviar aviat
[18:07] [[N|Jordi]]: d'acord, demà ho mirem""")

neg("prose", "ca", """La Sagrada Família, a la Barcelona de l'Eixample, va ser iniciada el 1882 i Antoni Gaudí
n'assumí la direcció el 1883. L'arquitecte, nascut a Reus el 25 de juny de 1852, hi treballà fins a la
seva mort el 1926. Horari de visita: de 9 a 18 h; entrades a partir de 26 €.""")


# ================================================================ Italian
pos("form", "it", """MODULO DI ISCRIZIONE - PALESTRA ENERGY CLUB
Cognome: [[N|Esposito]]          Nome: [[N|Giulia]]
Nata a: Napoli   il: [[D|07/12/1985]]
Codice fiscale: [[ID|<<cf>>]]
Residenza: [[A|Via Toledo 256, 80134 Napoli]]
Cellulare: [[P|+39 338 412 9075]]       E-mail: [[E|giulia.esposito85@libero.it]]
Certificato medico consegnato il 02/05/2024""", cf=codice_fiscale("SPSGLI85T47F839"))

pos("letter", "it", """Spett.le
Agenzia delle Entrate - Direzione Provinciale di Torino

Oggetto: istanza di rimborso IRPEF anno d'imposta 2022

Il sottoscritto [[N|Federico Santangelo]], nato a Cuneo il [[D|19 aprile 1972]], codice fiscale
[[ID|<<cf>>]], residente in [[A|Corso Vittorio Emanuele II 118, scala B, int. 9, 10121 Torino]],
chiede il rimborso delle maggiori imposte versate.
Coordinate per l'accredito: IBAN [[I|<<ib>>]]
Torino, 3 maggio 2024                                 In fede, [[N|Federico Santangelo]]""",
    cf=codice_fiscale("SNTFRC72D19D205"), ib=iban("IT", "K0306909606100000063142"))

pos("chat", "it", """[10:14] [[N|Marco]]: raga chi ha la password del wifi dello studio?
[10:15] [[N|Chiara Lombardi]]: è [[K|studio.Bellini.2024]] ma non dirla ai clienti
[10:15] [[N|Marco]]: ahah ok. [[N|ale]] è arrivato?
[10:17] [[N|Chiara Lombardi]]: no, [[N|Alessandro]] arriva alle 11, ha il dentista""")

pos("medical", "it", """LETTERA DI DIMISSIONE - Ospedale di Bergamo, U.O. Ortopedia
Paziente: [[N|Brambilla Gianluigi]]   Data di nascita: [[D|15.01.1957]]
Tessera sanitaria n. [[ID|80380000100047521882]]
Ricovero: 24/04/2024 - Dimissione: 30/04/2024
Diagnosi: frattura pertrocanterica femore dx, trattata con chiodo endomidollare.
Terapia: enoxaparina 4000 UI/die per 30 giorni.
Il medico: dott.ssa [[N|Silvia Cattaneo]]""")

pos("config", "it", """# application-prod.yml  (gestionale magazzino)
spring:
  datasource:
    url: jdbc:postgresql://[[IP|10.50.2.31]]:5432/magazzino
    username: magazzino_app
    password: [[K|Mg4zz!no#Prod]]
  mail:
    host: smtps.aruba.it
    username: [[E|r.pellegrini@ferramenta-pellegrini.it]]
    password: [[K|Ferr4menta2024]]""")

neg("prose", "it", """Dante Alighieri nacque a Firenze tra il maggio e il giugno del 1265 e morì a Ravenna nella notte
tra il 13 e il 14 settembre 1321. La sua casa natale, in via Santa Margherita, è oggi un museo.
Beatrice Portinari, cantata nella Vita Nova, morì nel 1290.""")

neg("doc", "it", """Informativa sulla privacy - Ferramenta Pellegrini S.r.l., Bergamo
P.IVA 03812440169 - REA BG-412877 - Capitale sociale € 50.000 i.v.
Titolare del trattamento: la società; contatti: privacy@ferramenta-pellegrini.it
Numero verde assistenza: 800 912 440 (lun-ven 9-18)
Ultimo aggiornamento: 12/03/2024""")

neg("doc", "it", """Orari Frecciarossa Milano Centrale -> Roma Termini, venerdì 10 maggio
FR 9515   06:00 -> 08:59   binario 14
FR 9519   07:00 -> 09:59   binario 12   (offerta Economy da 29,90 €)
FR 9525   08:10 -> 11:20   binario 18   ferma a Bologna, Firenze
Codice prenotazione: PNR XJ47QK   Carrozza 7 posti 8A, 8B""")

# ================================================================ Portuguese
pos("form", "pt", """FICHA CADASTRAL - CLÍNICA ODONTOLÓGICA SORRISO
Nome completo: [[N|Ana Beatriz Cavalcanti de Souza]]
CPF: [[ID|<<c>>]]     RG: [[ID|32.418.907-5]] SSP/SP
Data de nascimento: [[D|18/05/1992]]
Endereço: [[A|Rua Augusta, 1508, apto 72 - Consolação, São Paulo - SP, 01304-001]]
Celular/WhatsApp: [[P|(11) 98472-3106]]
Convênio: particular""", c=cpf("318442905"))

pos("chat", "pt", """[20:41, 02/05/2024] [[N|Bia]]: amiga me manda teu pix que te devo do ingresso
[20:43, 02/05/2024] [[N|Luana Ferraz]]: pix é meu cpf [[ID|<<c>>]]
[20:43, 02/05/2024] [[N|Luana Ferraz]]: ou o celular [[P|+55 21 99318-4470]]
[20:44, 02/05/2024] [[N|Bia]]: feito! 85 reais 💸""", c=cpf("094612587", fmt=False))

pos("log", "pt", """2024-05-03 14:02:11,882 ERROR [br.com.lojaverde.checkout] Falha no gateway: cartao=[[C|<<cc>>]] titular="[[N|RODRIGO M ALVES]]" codigo=51 (saldo insuficiente)
2024-05-03 14:02:11,901 INFO  [br.com.lojaverde.checkout] pedido=88120 status=RECUSADO ip=[[IP|177.73.201.14]]
2024-05-03 14:02:40,117 INFO  [br.com.lojaverde.checkout] pedido=88121 status=APROVADO cartao=****7712""", cc=card("650487301299441", sep=""))

pos("letter", "pt", """Exmo. Senhor
[[N|Joaquim Manuel Teixeira Pinto]]
[[A|Rua de Cedofeita, 412, 3.º Esq.]]
[[A|4050-174 Porto]]

Assunto: Renovação do Cartão de Cidadão n.º [[ID|14872031 0 ZY4]]

Informamos que o seu Cartão de Cidadão caduca em 21/07/2024. NIF associado: [[ID|<<nif>>]].
Pode agendar a renovação num Espaço Cidadão ou através do portal ePortugal.""", nif=pt_nif("21476139"))

pos("email", "pt", """De: [[N|Helena Vasconcelos]] <[[E|hvasconcelos@sapo.pt]]>
Para: [[E|rui.amaral.1961@gmail.com]]
Assunto: Contrato de arrendamento - documentos

Bom dia Sr. [[N|Amaral]],
Envio os dados pedidos:
- Data de nascimento: [[D|22 de setembro de 1989]]
- Morada atual: [[A|Avenida da Liberdade 190, 5.º Dto., 1250-147 Lisboa]]
- IBAN para a caução: [[I|<<ib>>]]
Cumprimentos,
[[N|Helena]]""", ib=iban("PT", "003506510000412877391"))

pos("hr", "pt", """CONTROLE DE FÉRIAS 2024 - SETOR FINANCEIRO
Matrícula  Colaborador                      CPF              Admissão     Férias
1021       [[N|Thiago Nascimento Rocha]]          [[ID|<<c1>>]]   03/02/2019   15/07 a 03/08
1034       [[N|Priscila Yamamoto Lopes]]          [[ID|<<c2>>]]   11/06/2020   01/10 a 20/10
1050       [[N|Edson Batista da Silva]]           [[ID|<<c3>>]]   07/01/2022   02/12 a 21/12""", c1=cpf("245118603"), c2=cpf("371092648"), c3=cpf("402887159"))

neg("prose", "pt", """Machado de Assis nasceu no Rio de Janeiro em 21 de junho de 1839 e morreu na mesma cidade em
29 de setembro de 1908. Fundador da Academia Brasileira de Letras, publicou Dom Casmurro em 1899.
Seu busto está na sede da ABL, na Avenida Presidente Wilson, no centro do Rio.""")

neg("doc", "pt", """NOTA FISCAL DE SERVIÇO ELETRÔNICA - NFS-e nº 000.412
Prestador: Verde Web Soluções Ltda, Curitiba - CNPJ 12.417.883/0001-90
Tomador: Padaria Trigo Bom Ltda, Curitiba - CNPJ 40.221.907/0001-35
Código de verificação: A7F2-9KQ1
Serviço: hospedagem de site - competência 04/2024 ...... R$ 189,90
ISS retido: não   Alíquota 2%""")

neg("email", "pt", """De: Correios <naoresponda@correios.com.br>
Assunto: Seu objeto QB412887735BR saiu para entrega

Olá! Seu objeto está a caminho. Prazo: hoje até as 18h.
Dúvidas: Central de Atendimento 3003 0100 (capitais) ou 0800 725 7282 (demais localidades).
Este é um e-mail automático.""")

neg("prose", "pt", """Lisboa, 2 de maio (Lusa) - O Presidente da República, Marcelo Rebelo de Sousa, promulgou hoje o
diploma sobre habitação. O primeiro-ministro Luís Montenegro saudou a decisão. Cristiano Ronaldo
marcou dois golos no jogo de ontem, que terminou 3-1.""")


# ================================================================ Dutch
pos("form", "nl", """Inschrijfformulier huisartsenpraktijk De Linde
Achternaam: [[N|van der Heijden-Bakker]]     Voornamen: [[N|Sanne Johanna]]
Geboortedatum: [[D|06-10-1987]]
BSN: [[ID|<<b>>]]
Adres: [[A|Oudegracht 211 bis]]     Postcode/plaats: 3511 NH Utrecht
Telefoon: [[P|06-41873290]]
Zorgverzekeraar: Zilveren Kruis, polisnr. 188204771 (niet uw BSN!)""", b=bsn("31952847"))

pos("chat", "nl", """[09:12] [[N|Daan]]: heeft iemand de inlog van het gemeenteportaal voor de vergunning?
[09:14] [[N|Fleur de Wit]]: gebruiker vergunning@bouwbedrijf-dewit.nl, ww [[K|Kraanwagen#77]]
[09:14] [[N|Fleur de Wit]]: en vraag [[N|pieter]] even of hij de tekeningen al heeft geüpload
[09:20] [[N|Daan]]: top, dank je [[N|Fleur]]""")

pos("letter", "nl", """Belastingdienst, Apeldoorn

Dhr. [[N|M.A. El Amrani]]""" + """
[[A|Postbus 1187]]
[[A|2501 BD Den Haag]]

Burgerservicenummer: [[ID|<<b>>]]
Datum: 29 april 2024
Onderwerp: voorlopige aanslag inkomstenbelasting 2024

Geachte heer [[N|El Amrani]],
Wij hebben uw voorlopige aanslag vastgesteld. Het te betalen bedrag is € 1.284.""", b=bsn("17264503"))

pos("email", "nl", """Van: [[N|Wouter Claes]] <[[E|wouter.claes@telenet.be]]>
Aan: verhuur@immo-schelde.be
Onderwerp: huurwaarborg appartement Antwerpen

Goedemiddag,
Zoals gevraagd mijn gegevens voor de huurovereenkomst:
Rijksregisternummer: [[ID|<<nr>>]]
Geboren op [[D|14 februari 2001]] te Mechelen
Huidig adres: [[A|Kerkstraat 87 bus 3, 2800 Mechelen]]
Rekeningnummer waarborg: [[I|<<ib>>]]
Met vriendelijke groeten,
[[N|Wouter]]""", nr=be_nrn("010214", "127", y2000=True), ib=iban("BE", "063412877915"))

pos("report", "nl", """ROOSTER VRIJWILLIGERS - VOEDSELBANK ZWOLLE - WEEK 19
dag        ochtend                  middag                   telefoon
maandag    [[N|Henk Jansen]]              [[N|Ayşe Yılmaz]]               [[P|06 2914 8830]] / [[P|06 1177 4025]]
dinsdag    [[N|Ria]]                      [[N|Bram Koster]]               -- / [[P|038 421 6607]]
woensdag   gesloten (Bevrijdingsdag)""")

neg("doc", "nl", """Veelgestelde vragen - DigiD
Uw BSN staat op uw paspoort, identiteitskaart en rijbewijs. Bel nooit een nummer uit een sms.
DigiD Helpdesk: 088 - 1236 555 (werkdagen 8.00-22.00 uur).
Voorbeeld BSN in deze uitleg: 123456782 (geen echt nummer).
Meer info: www.digid.nl""")

neg("prose", "nl", """Vincent van Gogh werd op 30 maart 1853 geboren in Zundert en overleed op 29 juli 1890 in
Auvers-sur-Oise. Zijn broer Theo steunde hem financieel. Het Van Gogh Museum aan het Museumplein
in Amsterdam opende in 1973 en trekt jaarlijks ruim twee miljoen bezoekers.""")

neg("invoice", "nl", """FACTUUR 2024-0388                                  Factuurdatum: 30-04-2024
Leverancier: Dijkstra Installatietechniek B.V., Leeuwarden
KvK 01087733 - btw NL8524.11.902.B01
Klant: Stichting Buurthuis De Kroon, Leeuwarden - klantnr. 40712
Onderhoud cv-ketel, 2 uur a € 68,50                    € 137,00
btw 21%                                                 €  28,77
Totaal                                                  € 165,77""")

# ================================================================ Polish
pos("letter", "pl", """Kraków, 30 kwietnia 2024 r.

Szanowna Pani
[[N|Katarzyna Wiśniewska-Dudek]]
[[A|ul. Długa 44/7]]
[[A|31-146 Kraków]]

Dotyczy: wniosku o dodatek mieszkaniowy, PESEL [[ID|<<p>>]]

Szanowna Pani [[N|Katarzyno]],
uprzejmie informujemy, że wniosek złożony przez Panią w dniu 12.04.2024 został rozpatrzony
pozytywnie. Decyzję odbierze Pani osobiście lub przekażemy ją [[N|Tomaszowi Dudkowi]] na podstawie
pełnomocnictwa.""", p=pesel("780315", "048", 6))

pos("chat", "pl", """[22:01] [[N|Kuba]]: ej wiecie gdzie mieszka teraz [[N|Magda]]? muszę jej odesłać klucze
[22:03] [[N|Ola Zielińska]]: przeprowadziła się do [[N|Bartka]], [[A|ul. Piotrkowska 152 m. 14, 90-063 Łódź]]
[22:03] [[N|Ola Zielińska]]: jej nowy nr [[P|+48 512 730 944]]
[22:04] [[N|Kuba]]: dzięki [[N|Olu]] 🙏""")

pos("form", "pl", """WNIOSEK O WYDANIE KARTY PARKINGOWEJ
Imię: [[N|Zbigniew]]            Nazwisko: [[N|Grabowski]]
PESEL: [[ID|<<p>>]]
Seria i numer dowodu osobistego: [[ID|<<d>>]]
Data urodzenia: [[D|2 stycznia 1954]]
Adres zamieszkania: [[A|os. Kopernika 12/45, 61-479 Poznań]]
Telefon: [[P|601 288 913]]""", p=pesel("540102", "113", 5), d=dowod("AXK", "41287"))

pos("sql", "pl", """-- eksport z bazy sklep_pl, tabela klienci
COPY public.klienci (id, imie, nazwisko, pesel, email, telefon) FROM stdin;
5521	[[N|Agnieszka]]	[[N|Wróblewska]]	[[ID|<<p1>>]]	[[E|aga.wroblewska@wp.pl]]	[[P|+48 691 402 338]]
5522	[[N|Mateusz]]	[[N|Kaczmarek]]	[[ID|<<p2>>]]	[[E|mkaczmarek91@gmail.com]]	[[P|509 118 274]]
5523	[[N|Weronika]]	[[N|Lis]]	[[ID|<<p3>>]]	[[E|weronika.lis@o2.pl]]	[[P|784 330 126]]
\\.""", p1=pesel("850921", "273", 2), p2=pesel("910430", "018", 7), p3=pesel("022611", "440", 8))

pos("hr", "pl", """Notatka służbowa z dnia 24.04.2024
Dotyczy: Pana [[N|Piotra Jabłońskiego]], st. specjalisty ds. logistyki.
W dniu 22.04.2024 pracownik nie stawił się w pracy. Telefonicznie skontaktowała się jego żona,
Pani [[N|Marta Jabłońska]], informując o pobycie w szpitalu. Zwolnienie lekarskie (e-ZLA) wpłynęło
23.04.2024. Sporządziła: [[N|Ewa Lewandowska]], kadry.""")

neg("doc", "pl", """Faktura VAT nr FV/2024/04/117
Sprzedawca: Drukarnia Orzeł Sp. z o.o., Gdynia, NIP 586-228-41-07, REGON 221487305
Nabywca: Stowarzyszenie Kultury Kaszubskiej, Kartuzy, NIP 589-19-22-411
Ulotki A5 4+4, 5000 szt.                         1 250,00 zł netto
VAT 23%                                            287,50 zł
Termin płatności: 14 dni. Numer rachunku podano w stopce (konto firmowe).""")

neg("prose", "pl", """Maria Skłodowska-Curie urodziła się 7 listopada 1867 roku w Warszawie, przy ulicy Freta 16,
gdzie dziś mieści się muzeum. Dwukrotna laureatka Nagrody Nobla (1903, 1911) zmarła 4 lipca 1934
w sanatorium w Passy. Jej mąż, Pierre Curie, zginął w wypadku w 1906 roku.""")

neg("doc", "pl", """Infolinia ZUS: 22 560 16 00 (opłata wg taryfy operatora), czynna w dni robocze 7:00-18:00.
Formularz ZUS ZUA - pola: PESEL (11 cyfr, np. 00000000000 w instrukcji), NIP płatnika, data
urodzenia w formacie DD-MM-RRRR. Wzór wypełnienia dostępny na www.zus.pl. Nie wysyłaj haseł mailem.""")

# ================================================================ Czech / Slovak
pos("letter", "cs", """Česká správa sociálního zabezpečení, Praha

Vážená paní
[[N|Jana Procházková]]
[[A|Vinohradská 1511/230]]
[[A|100 00 Praha 10]]

Rodné číslo: [[ID|<<r>>]]
Věc: Rozhodnutí o starobním důchodu

Vážená paní [[N|Procházková]],
na základě Vaší žádosti ze dne 11. 3. 2024 Vám přiznáváme starobní důchod. O změně byla
informována i Vaše dcera, paní [[N|Lucie Procházková]].""", r=rodne("595214", "112"))

pos("chat", "cs", """[14:20] [[N|Petr Dvořák]]: posílám přihlašovací údaje k fakturačnímu systému pro [[N|Ondřeje]]
[14:20] [[N|Petr Dvořák]]: uživatel: ondrej.h / heslo: [[K|Faktury!Brno2024]]
[14:22] [[N|Klára Malá]]: díky, předám mu to. mluvila jsem s [[N|Petrem]] z IT, prý se to má změnit""")

pos("form", "cs", """Přihláška do mateřské školy - školní rok 2024/2025
Jméno a příjmení dítěte: [[N|Tereza Nováková]]
Datum narození: [[D|17. 8. 2020]]       Rodné číslo: [[ID|<<r>>]]
Trvalé bydliště: [[A|Masarykova 427/12, 602 00 Brno]]
Zákonný zástupce: [[N|Martin Novák]], tel. [[P|+420 777 214 390]]""", r=rodne("205817", "063"))

neg("prose", "cs", """Karel Čapek se narodil 9. ledna 1890 v Malých Svatoňovicích a zemřel 25. prosince 1938 v Praze.
Ve hře R.U.R. (1920) poprvé použil slovo „robot", které vymyslel jeho bratr Josef. Jejich vila
na Vinohradech je dnes připomínána pamětní deskou.""")

neg("doc", "cs", """Faktura č. 2024-0412 - dodavatel: Pekárna U Mlýna s.r.o., Olomouc, IČO 27841122, DIČ CZ27841122
Odběratel: Základní škola Hálkova, Olomouc, IČO 61989371
Variabilní symbol: 20240412   Datum splatnosti: 15. 5. 2024
Celkem k úhradě: 18 420 Kč. Zákaznická linka: 800 123 456.""")

pos("form", "sk", """Žiadosť o vydanie parkovacej karty
Meno a priezvisko: [[N|Marek Horváth]]
Rodné číslo: [[ID|<<r>>]]
Dátum narodenia: [[D|3. 9. 1979]]
Adresa trvalého pobytu: [[A|Obchodná 12, 811 06 Bratislava]]
Číslo OP: [[ID|EA482917]]""", r=rodne("790903", "418"))

pos("email", "sk", """Od: [[N|Zuzana Kováčová]] <[[E|zuzana.kovacova@azet.sk]]>
Komu: info@penzion-tatry.sk
Predmet: rezervácia 12.-15. 7.

Dobrý deň,
potvrdzujem rezerváciu pre 2 osoby. Platbu pošlem z účtu [[I|<<ib>>]].
S pozdravom [[N|Zuzana Kováčová]], [[P|0905 418 277]]""", ib=iban("SK", "11000000002619418875"))

neg("doc", "sk", """Cestovný poriadok - vlak R 611 Tatran, Bratislava hl. st. -> Košice
odchod 06:12, príchod 11:47, nástupište 3. Miestenka povinná (1,50 €).
Informácie o meškaní: 18 188 (ZSSK infolinka). Číslo spoja pre SMS lístok: 1100.""")


# ================================================================ Swedish
pos("form", "sv", """Hyresavtal för bostadslägenhet - Parter
Hyresvärd: Bostadsbolaget Älvstaden AB, Göteborg
Hyresgäst: [[N|Elin Lindqvist Haddad]]       Personnummer: [[ID|<<p1>>]]
Hyresgäst 2: [[N|Omar Haddad]]               Personnummer: [[ID|<<p2>>]]
Nuvarande adress: [[A|Västra Hamngatan 8, 411 17 Göteborg]]
Lägenhet nr 1203, 3 rok, 78 kvm. Tillträde 2024-06-01.""", p1=personnummer("930412", "238"), p2="19" + personnummer("890127", "517"))

pos("chat", "sv", """[08:45] [[N|Anders]]: godmorgon! vem har lösenordet till kundportalen?
[08:47] [[N|Malin Berg]]: [[K|Fjällräv-88-Kanel]] - men byt det efter demon
[08:47] [[N|Malin Berg]]: och [[N|Sara]] sa att [[N|Johans]] dator fortfarande står på verkstaden
[08:50] [[N|Anders]]: tack [[N|Malin]]""")

pos("letter", "sv", """Försäkringskassan

[[N|Gustav Åkesson]]
[[A|Storgatan 12 B, 1 tr]]
[[A|114 51 Stockholm]]

Personnummer: [[ID|<<p>>]]
Beslut om bostadstillägg

Hej [[N|Gustav]]!
Vi har beslutat att du får bostadstillägg med 2 140 kronor per månad från och med maj 2024.""", p=personnummer("470818", "331"))

pos("medical", "sv", """Journalanteckning - Vårdcentralen Majorna
Patient: [[N|Birgitta Sjöberg]], [[ID|<<p>>]]
Besöksorsak: kontroll blodtryck. BT 148/92, puls 74.
Anhörig: dottern [[N|Karin]], tel [[P|070-812 44 19]].
Plan: höjd dos amlodipin till 10 mg. Återbesök om 4 veckor.
Signerad: leg. läk. [[N|Erik Nyström]]""", p="19" + personnummer("410225", "264"))

neg("prose", "sv", """Astrid Lindgren föddes den 14 november 1907 på gården Näs utanför Vimmerby och dog den 28 januari
2002 i Stockholm. Pippi Långstrump, som bor i Villa Villekulla med hästen Lilla Gubben, kom ut 1945.
Hennes lägenhet på Dalagatan 46 visas i dag för besökare.""")

neg("doc", "sv", """Skatteverket informerar: så ser ett personnummer ut
Formatet är ÅÅMMDD-NNNK, till exempel 121212-1212 i våra exempel. Den sista siffran är en kontrollsiffra.
Samordningsnummer har 60 adderat till dagen. Ring oss på 0771-567 567 om du har frågor.""")

# ================================================================ Norwegian
pos("form", "no", """Søknad om barnehageplass - Oslo kommune
Barnets navn: [[N|Ingrid Solberg Haugen]]
Fødselsnummer: [[ID|<<f1>>]]
Foresatt 1: [[N|Kristian Haugen]], fødselsnr. [[ID|<<f2>>]]
Adresse: [[A|Markveien 35B, 0554 Oslo]]
Mobil: [[P|+47 928 41 307]]
Ønsket oppstart: august 2024""", f1=fnr("150321", "553"), f2=fnr("150385", "317"))

pos("email", "no", """Fra: [[N|Sigrid Bakke]] <[[E|sigrid.bakke@online.no]]>
Til: utleie@hyttetorget.no
Emne: Depositum hytte Geilo

Hei,
Depositumet på 5000 kr er overført fra kontoen min [[I|<<ib>>]].
Adressen for nøkkel er [[A|Bjerregaards gate 17, 0172 Oslo]].
Mvh [[N|Sigrid]]""", ib=iban("NO", "15032228754"))

neg("doc", "no", """Kundeservice Vy - togtider Oslo S -> Bergen, lørdag
Tog 601  avgang 08:25 spor 19, ankomst 15:14
Tog 605  avgang 12:25 spor 19, ankomst 19:13 (buss for tog Voss-Dale)
Billettnummer oppgis ved henvendelse. Kundeservice: 61 05 19 10. Nødnummer: 112 / 113.""")

# ================================================================ Danish
pos("form", "da", """Tilmelding til foreningen Nørrebro Roklub
Navn: [[N|Mette Thorsager-Holm]]
CPR-nr.: [[ID|<<c>>]]
Adresse: [[A|Nørrebrogade 45, 2. th., 2200 København N]]
Telefon: [[P|+45 26 81 43 90]]
Kontingent betales via MobilePay til foreningens nummer.""", c=cpr("240792", "418"))

pos("chat", "da", """[19:03] [[N|Rasmus]]: hvad er koden til NemID/MitID-backup igen? jeg har glemt den
[19:05] [[N|Signe Madsen]]: det skriver du IKKE her 😤 men wifi-koden er [[K|Havnebad2024!]]
[19:06] [[N|Rasmus]]: haha ok. [[N|signe]] du er den bedste""")

neg("prose", "da", """H.C. Andersen blev født den 2. april 1805 i Odense og døde den 4. august 1875 i København.
Barndomshjemmet i Munkemøllestræde kan besøges. Den lille havfrue ved Langelinie blev
afsløret den 23. august 1913. Entré til museet: 165 kr.""")

# ================================================================ Finnish
pos("letter", "fi", """Kela - Päätös asumistuesta

[[N|Aino Virtanen]]
[[A|Mannerheimintie 12 B 34]]
[[A|00100 Helsinki]]

Henkilötunnus: [[ID|<<h>>]]
Päätöspäivä: 29.4.2024

Hei [[N|Aino]],
olemme myöntäneet sinulle asumistukea 412,30 euroa kuukaudessa 1.5.2024 alkaen.
Tiedot on lähetetty myös vuokranantajallesi [[N|Jukka Lehtiselle]].""", h=hetu("190799", "-", "284"))

pos("chat", "fi", """[11:02] [[N|Mikko Heikkinen]]: voitko lähettää [[N|Sannalle]] sen tunnuksen?
[11:04] [[N|Laura]]: lähetin. salasana on [[K|Revontuli_2024#]] ja käyttäjä laskutus
[11:04] [[N|Laura]]: [[N|Mikolle]] kans tiedoksi: [[N|Virtasen]] tilaus on myöhässä""")

pos("form", "fi", """TYÖSOPIMUS - työntekijän tiedot
Sukunimi: [[N|Korhonen]]        Etunimet: [[N|Eero Juhani]]
Henkilötunnus: [[ID|<<h>>]]
Syntymäaika: [[D|4.1.2002]]
Osoite: [[A|Hämeenkatu 22 A 5, 33200 Tampere]]
Tilinumero: [[I|<<ib>>]]
Työsuhde alkaa 3.6.2024, koeaika 4 kk.""", h=hetu("040102", "A", "157"), ib=iban("FI", "57220020417836"))

neg("prose", "fi", """Jean Sibelius syntyi 8. joulukuuta 1865 Hämeenlinnassa ja kuoli 20. syyskuuta 1957 Järvenpäässä.
Ainola, hänen kotinsa Tuusulanjärven rannalla, on nykyisin museo. Finlandia sävellettiin vuonna 1899.""")

neg("doc", "fi", """Ohje: henkilötunnuksen muoto on PPKKVV-NNNT, esimerkiksi 010101-123N (keksitty esimerkki).
Välimerkki on - 1900-luvulla syntyneillä ja A 2000-luvulla syntyneillä. Älä lähetä henkilötunnusta
sähköpostilla. Asiakaspalvelu: 020 692 210 (ma-pe 9-16).""")

# ================================================================ Icelandic
pos("form", "is", """Umsókn um leikskólapláss - Reykjavíkurborg
Nafn foreldris: [[N|Guðrún Jónsdóttir]]
Kennitala: [[ID|<<k>>]]
Heimilisfang: [[A|Laugavegur 54, 101 Reykjavík]]
Sími: [[P|+354 862 4417]]
Nafn barns: [[N|Katla Sigurðardóttir]]""", k=kennitala("230388", "52"))

neg("prose", "is", """Vigdís Finnbogadóttir, fædd 15. apríl 1930, var kjörin forseti Íslands árið 1980, fyrst kvenna í
heiminum til að vera lýðræðislega kjörin þjóðhöfðingi. Hún gegndi embættinu til 1996.""")

# ================================================================ Estonian / Lithuanian / Latvian
pos("form", "et", """Elukohateade - Tallinna linn
Ees- ja perekonnanimi: [[N|Kadri Tamm]]
Isikukood: [[ID|<<i>>]]
Uus elukoht: [[A|Pärnu mnt 22-5, 10141 Tallinn]]
Telefon: [[P|+372 5123 8840]]
E-post: [[E|kadri.tamm@gmail.com]]""", i=isikukood("4910312027"))

pos("chat", "et", """[16:10] [[N|Märt]]: kas [[N|Kristjan]] saatis serveri parooli?
[16:12] [[N|Liis Kask]]: jah, root parool on [[K|Saaremaa!Tuul42]]
[16:12] [[N|Liis Kask]]: server on [[IP|10.8.0.14]], vpn-ist""")

neg("doc", "et", """Isikukood koosneb 11 numbrist, näiteks 37605030299 on ametlik näide. Esimene number tähistab sugu
ja sajandit. Politsei- ja Piirivalveamet: 612 3000. Hädaabi: 112.""")

pos("letter", "lt", """VĮ Registrų centras, Vilnius

Gerb. [[N|Jonui Petraičiui]]
[[A|Gedimino pr. 9-12]]
[[A|LT-01103 Vilnius]]

Asmens kodas: [[ID|<<a>>]]
Dėl nekilnojamojo turto registro išrašo

Informuojame, kad Jūsų prašymas gautas 2024-04-22. Išrašą taip pat gaus [[N|Rūta Petraitienė]].""", a=isikukood("3820517041"))

pos("csv", "lt", """vardas,pavarde,asmens_kodas,gimimo_data,telefonas
[[N|Ieva]],[[N|Kazlauskaitė]],[[ID|<<a1>>]],[[D|1995-09-02]],[[P|+370 612 48 377]]
[[N|Tomas]],[[N|Jankauskas]],[[ID|<<a2>>]],[[D|1987-12-19]],[[P|+370 699 01 245]]""", a1=isikukood("4950902128"), a2=isikukood("3871219031"))

pos("form", "lv", """Iesniegums par deklarētās dzīvesvietas maiņu
Vārds, uzvārds: [[N|Līga Ozoliņa]]
Personas kods: [[ID|<<k>>]]
Jaunā adrese: [[A|Brīvības iela 88-14, Rīga, LV-1001]]
Tālrunis: [[P|+371 29 418 372]]""", k=lv_pk("230591", "1287"))

pos("email", "lv", """No: [[N|Andris Bērziņš]] <[[E|andris.berzins@inbox.lv]]>
Kam: birojs@dzivokli-riga.lv
Temats: īres līgums

Labdien!
Mana dzimšanas diena ir [[D|1983. gada 7. marts]], personas kods [[ID|<<k>>]].
Drošības naudu pārskaitīšu no konta [[I|<<ib>>]].
Ar cieņu, [[N|Andris]]""", k=lv_pk("070383", "1042"), ib=iban("LV", "HABA0551028471936"))

neg("prose", "lv", """Rīgas Doms celts 1211. gadā; tā ērģeles, ko 1884. gadā uzbūvēja E. F. Walcker, savulaik bija
lielākās pasaulē. Koncerti notiek trešdienās un piektdienās plkst. 12:00, biļetes no 10 EUR.""")


# ================================================================ Hungarian
pos("form", "hu", """Bérleti szerződés - bérlő adatai
Név: [[N|Kovács Éva Zsófia]]
Születési hely, idő: Debrecen, [[D|1991. október 23.]]
Anyja neve: [[N|Szabó Margit]]
Személyi igazolvány száma: [[ID|482917KE]]
Adóazonosító jel: [[ID|<<ad>>]]
TAJ-szám: [[ID|<<t>>]]
Lakcím: [[A|1052 Budapest, Váci utca 19. II. em. 4.]]""", ad=hu_adoazon("845331208"), t=taj("03841922"))

pos("chat", "hu", """[20:11] [[N|Nagy Péter]]: [[N|Bence]], megvan a router jelszava?
[20:13] [[N|Bence]]: igen: [[K|Balaton_Nyar#2024]]
[20:13] [[N|Bence]]: [[N|Zsófinak]] is elküldtem, ő állítja be a nyomtatót""")

pos("medical", "hu", """Ambuláns lap - Szegedi Tudományegyetem, Belgyógyászat
Beteg neve: [[N|Tóth Lászlóné]]
Születési dátum: [[D|1952.04.08.]]
TAJ: [[ID|<<t>>]]
Panasz: két hete tartó fulladás, bokaduzzanat.
Vizsgálta: dr. [[N|Molnár Krisztina]]""", t=taj("11429065", sep="-"))

neg("prose", "hu", """Liszt Ferenc 1811. október 22-én született Doborjánban, és 1886. július 31-én hunyt el Bayreuthban.
A budapesti Zeneakadémia, amelynek első elnöke volt, ma az ő nevét viseli. Egykori lakása az
Andrássy úton emlékmúzeum.""")

neg("doc", "hu", """Ügyfélkapu tájékoztató: a TAJ-szám 9 számjegyből áll (pl. 000 000 000 a mintán).
Kormányzati ügyfélvonal: 1818 (belföldről, éjjel-nappal). Nyomtatványok: www.magyarorszag.hu.
Adószám (cégeknek): 12345678-2-42 formátumú - magánszemélyt nem azonosít.""")

# ================================================================ Romanian
pos("form", "ro", """CERERE ELIBERARE CARTE DE IDENTITATE
Nume: [[N|Popescu]]        Prenume: [[N|Andreea-Ioana]]
CNP: [[ID|<<c>>]]
Data nașterii: [[D|14.06.1994]]
Domiciliul: [[A|Str. Mihai Eminescu nr. 14, bl. A3, sc. 2, et. 4, ap. 17, sector 2, București]]
Telefon: [[P|0722 418 903]]
Seria și numărul actului anterior: [[ID|RX 784120]]""", c=cnp("294061440012"))

pos("chat", "ro", """[13:40] [[N|Vlad]]: [[N|Ioana]], ai parola de la contul de facturare?
[13:42] [[N|Ioana Marinescu]]: da, e [[K|Carpati#Factura77]]
[13:42] [[N|Ioana Marinescu]]: și trimite-i lui [[N|Mihai]] factura pe [[E|mihai.dobre78@yahoo.ro]]""")

pos("letter", "ro", """Către,
[[N|Gheorghe Constantinescu]]
[[A|Bd. Independenței nr. 31, bl. C5, ap. 12]]
[[A|700102 Iași]]

Referitor la: decizia de pensionare nr. 88123 din 22.04.2024
CNP: [[ID|<<c>>]]

Stimate domnule [[N|Constantinescu]],
vă comunicăm că plata se va face în contul [[I|<<ib>>]].""", c=cnp("158031122095"), ib=iban("RO", "BTRLRONCRT0412877301"))

neg("prose", "ro", """Mihai Eminescu s-a născut la 15 ianuarie 1850 la Botoșani și a murit la 15 iunie 1889 la București.
Casa memorială de la Ipotești poate fi vizitată zilnic între orele 9 și 17. Bilet: 10 lei.""")

neg("doc", "ro", """FACTURA SERIA SC nr. 0041277 - Furnizor: Lactate Carpatina SRL, Brașov, CUI RO31882410,
Nr. Reg. Com. J08/1122/2013. Client: Restaurant La Fântână SRL, Sibiu, CUI RO40218833.
Total de plată: 4.812,30 lei. Linie telefonică clienți: 0800 410 410.""")

# ================================================================ Bulgarian
pos("form", "bg", """ЗАЯВЛЕНИЕ ЗА АДРЕСНА РЕГИСТРАЦИЯ
Име, презиме, фамилия: [[N|Мария Петрова Георгиева]]
ЕГН: [[ID|<<e>>]]
Лична карта №: [[ID|647283915]]
Настоящ адрес: [[A|ул. „Граф Игнатиев“ 15, ет. 3, ап. 7, 1000 София]]
Телефон: [[P|+359 888 412 603]]""", e=egn("880521403"))

pos("chat", "bg", """[09:30] [[N|Иво]]: някой има ли паролата за сървъра?
[09:31] [[N|Десислава Колева]]: root / [[K|Rila-Mountain!83]] - смени я днес
[09:32] [[N|Иво]]: мерси, [[N|Деси]]""")

neg("prose", "bg", """Христо Ботев е роден на 6 януари 1848 г. в Калофер и загива на 1 юни 1876 г. във Врачанския
Балкан. Всяка година на 2 юни в 12:00 ч. в цялата страна се включват сирените за една минута.""")

# ================================================================ Greek
pos("form", "el", """ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ ΣΤΟ ΔΗΜΟΤΙΚΟ ΒΡΕΦΟΝΗΠΙΑΚΟ ΣΤΑΘΜΟ
Ονοματεπώνυμο γονέα: [[N|Ελένη Παπαδοπούλου]]
ΑΦΜ: [[ID|<<a>>]]      ΑΜΚΑ: [[ID|<<am>>]]
Αριθμός Δελτίου Ταυτότητας: [[ID|ΑΚ 482913]]
Διεύθυνση: [[A|Ερμού 45, 105 63 Αθήνα]]
Κινητό: [[P|694 812 3307]]
Ονοματεπώνυμο παιδιού: [[N|Νικόλαος Παπαδόπουλος]], ημ. γέννησης [[D|12/03/2022]]""", a=afm("13827406"), am=amka("220587", "0412"))

pos("email", "el", """Από: [[N|Γιώργος Αντωνίου]] <[[E|g.antoniou82@gmail.com]]>
Προς: info@enoikiaseis-kritis.gr
Θέμα: Κράτηση διαμερίσματος

Καλησπέρα σας,
Για την κράτηση: κ. [[N|Αντωνίου Γεώργιος]], ημερομηνία γέννησης [[D|3 Μαΐου 1982]].
Κάρτα για την προκαταβολή: [[C|<<c>>]]
Με εκτίμηση,
[[N|Γιώργος]]""", c=card("414709225188307"))

pos("medical", "el", """Ιατρική βεβαίωση
Βεβαιώνεται ότι η κ. [[N|Σοφία Καραγιάννη]] (ΑΜΚΑ [[ID|<<am>>]]), κάτοικος [[A|Λεωφ. Νίκης 12, 546 22 Θεσσαλονίκη]],
εξετάστηκε σήμερα και χρειάζεται ανάπαυση 3 ημερών.
Ο ιατρός, [[N|Δημήτριος Λαμπράκης]]""", am=amka("150976", "1183"))

neg("prose", "el", """Η Μαρία Κάλλας γεννήθηκε στις 2 Δεκεμβρίου 1923 στη Νέα Υόρκη και πέθανε στις 16 Σεπτεμβρίου 1977
στο Παρίσι. Το μουσείο της στην Αθήνα, στην οδό Μητροπόλεως, άνοιξε το 2023.""")

neg("doc", "el", """Οδηγίες: ο ΑΦΜ αποτελείται από 9 ψηφία (π.χ. 000000000 στο υπόδειγμα). Για απορίες καλέστε
το 1521 (ΑΑΔΕ). Η προθεσμία υποβολής δηλώσεων λήγει στις 15/07/2024.""")

# ================================================================ Turkish
pos("form", "tr", """KİRA SÖZLEŞMESİ - KİRACI BİLGİLERİ
Adı Soyadı: [[N|Derya Kocabıyık]]
T.C. Kimlik No: [[ID|<<t>>]]
Doğum Tarihi: [[D|19.05.1990]]
Adres: [[A|Bağdat Cad. No: 214 D: 7, 34728 Kadıköy/İstanbul]]
Cep Tel: [[P|0532 418 29 07]]
Kefil: [[N|Hüseyin Kocabıyık]] (babası)""", t=tckn("382914067"))

pos("chat", "tr", """[18:22] [[N|Emre]]: [[N|Derya]]'nın yeni adresi neydi?
[18:25] [[N|Selin Aksoy]]: [[A|Atatürk Mah. Gül Sok. No: 5 Daire 3, 06520 Çankaya/Ankara]]
[18:25] [[N|Selin Aksoy]]: [[N|Burak]]'a da söyle, kargoyu o gönderecek
[18:26] [[N|Emre]]: tamam, sağ ol [[N|Selin]]""")

pos("log", "tr", """2024-05-03 10:41:02 HATA  odeme-servisi: kart reddedildi kart_no=[[C|<<c>>]] sahibi="[[N|MEHMET ALİ KAYA]]"
2024-05-03 10:41:02 BİLGİ odeme-servisi: istemci_ip=[[IP|78.180.41.233]] siparis=TR-441207
2024-05-03 10:41:09 BİLGİ odeme-servisi: 3D Secure yönlendirme başarılı""", c=card("979201448207331", sep=""))

pos("email", "tr", """Kimden: [[N|Zeynep Arslan]] <[[E|zeynep.arslan@hotmail.com]]>
Kime: muhasebe@ozgurtekstil.com.tr
Konu: Maaş hesabı değişikliği

Merhaba,
Maaşımın bundan sonra [[I|<<ib>>]] numaralı IBAN'a yatırılmasını rica ederim.
T.C. kimlik numaram: [[ID|<<t>>]]
Saygılarımla,
[[N|Zeynep Arslan]]""", ib=iban("TR", "0006200004120000629531"), t=tckn("159203846"))

neg("prose", "tr", """Mustafa Kemal Atatürk 1881'de Selanik'te doğdu ve 10 Kasım 1938'de İstanbul'daki Dolmabahçe
Sarayı'nda hayatını kaybetti. Her yıl 10 Kasım saat 09:05'te bütün yurtta saygı duruşunda bulunulur.""")

neg("doc", "tr", """e-Devlet bilgilendirme: T.C. kimlik numarası 11 hanelidir; örnek formlarda 11111111111 kullanılır.
ALO 181 (Nüfus hizmetleri), ALO 182 (MHRS randevu). Şirket vergi numaraları 10 hanelidir
(ör. 1234567890) ve kişiyi tanımlamaz.""")

# ================================================================ Russian / Ukrainian
pos("form", "ru", """АНКЕТА СОИСКАТЕЛЯ
ФИО: [[N|Смирнова Анастасия Игоревна]]
Дата рождения: [[D|21 апреля 1993]] г.
Паспорт: [[ID|45 08 712409]], выдан ГУ МВД России по Свердловской обл. 14.05.2013
СНИЛС: [[ID|<<sn>>]]
ИНН: [[ID|<<inn>>]]
Адрес регистрации: [[A|г. Екатеринбург, ул. Ленина, д. 15, кв. 42]]
Телефон: [[P|+7 912 604-18-33]]""", sn=snils("148203977"), inn=inn12("6671209483"))

pos("chat", "ru", """[10:05] [[N|Дима]]: [[N|Олег]], скинь пароль от админки
[10:06] [[N|Олег Кузнецов]]: логин admin, пароль [[K|Volga-River#1917]]
[10:06] [[N|Олег Кузнецов]]: и передай [[N|Ивану Петрову]], что доступ к базе выдан
[10:07] [[N|Дима]]: ок, спасибо""")

pos("letter", "ru", """Кому: [[N|Соколову Андрею Викторовичу]]
Куда: [[A|ул. Пушкина, д. 10, кв. 5]]
      [[A|г. Санкт-Петербург]]
      [[A|191011]]

Уважаемый [[N|Андрей Викторович]]!
Сообщаем, что Ваша посылка № 80082395412870 поступила в отделение связи.""")

pos("log", "ru", """2024-05-03 02:14:55 [ошибка] подключение к БД: [[U|postgres://crm_user:Taiga%2124@10.40.1.7:5432/crm]]
2024-05-03 02:14:56 [инфо] повтор через 10 с
2024-05-03 02:15:06 [инфо] вход пользователя [[E|a.morozova@stroytech-ural.ru]] с [[IP|95.165.14.201]]""")

neg("prose", "ru", """Лев Николаевич Толстой родился 9 сентября 1828 года в Ясной Поляне и умер 20 ноября 1910 года на
станции Астапово. Роман «Война и мир» выходил с 1865 по 1869 год. Музей-усадьба открыт ежедневно.""")

neg("doc", "ru", """Инструкция: СНИЛС указывается в формате XXX-XXX-XXX YY. ИНН организации - 10 цифр (например,
7707083893 у ПАО Сбербанк). Горячая линия: 8 800 100-00-00 (звонок бесплатный).
Образец заполнения: ФИО - Иванов Иван Иванович.""")

pos("form", "uk", """ЗАЯВА ПРО РЕЄСТРАЦІЮ МІСЦЯ ПРОЖИВАННЯ
Прізвище, ім'я, по батькові: [[N|Шевченко Оксана Петрівна]]
РНОКПП: [[ID|<<r>>]]
Дата народження: [[D|02.08.1988]]
ID-картка № [[ID|004172893]]
Адреса: [[A|вул. Хрещатик, 22, кв. 5, м. Київ, 01001]]
Телефон: [[P|+380 67 412 8830]]""", r=rnokpp("323560482"))

pos("chat", "uk", """[19:10] [[N|Тарас]]: [[N|Оксано]], кинь реквізити для оплати
[19:12] [[N|Оксана]]: [[I|<<ib>>]], отримувач [[N|Шевченко О.П.]]
[19:12] [[N|Тарас]]: дякую!""", ib=iban("UA", "3220010000026201318446079"))

neg("prose", "uk", """Леся Українка (справжнє ім'я Лариса Косач) народилася 25 лютого 1871 року в Новограді-Волинському
і померла 1 серпня 1913 року в Сурамі. Її музей у Києві розташований на вулиці Саксаганського.""")

# ================================================================ Serbian / Croatian / Slovenian
pos("form", "sr", """ПРИЈАВА ПРЕБИВАЛИШТА
Име и презиме: [[N|Милица Јовановић]]
ЈМБГ: [[ID|<<j>>]]
Адреса: [[A|Булевар краља Александра 73, стан 12, 11000 Београд]]
Телефон: [[P|064 418 2290]]""", j=emso("120399571500"))

pos("chat", "sr", """[21:00] [[N|Nikola]]: [[N|Jeco]], koja je lozinka za wifi u kancelariji?
[21:02] [[N|Jelena Petrović]]: [[K|Sumadija!2024]]
[21:02] [[N|Nikola]]: hvala""")

pos("form", "hr", """Prijava na natječaj - osobni podaci
Ime i prezime: [[N|Ivana Horvat]]
OIB: [[ID|<<o>>]]
Datum rođenja: [[D|5. 11. 1995.]]
Adresa: [[A|Ilica 45, 10000 Zagreb]]
IBAN za isplatu: [[I|<<ib>>]]""", o=mod11_10("6948201573"), ib=iban("HR", "23600001102487331"))

neg("prose", "hr", """Nikola Tesla rođen je 10. srpnja 1856. u Smiljanu, a umro je 7. siječnja 1943. u New Yorku.
Memorijalni centar u Smiljanu otvoren je 2006. godine. Ulaznica: 5 eura.""")

pos("letter", "sl", """Zavod za zdravstveno zavarovanje Slovenije

[[N|Matej Kranjc]]
[[A|Slovenska cesta 9]]
[[A|1000 Ljubljana]]

EMŠO: [[ID|<<e>>]]
Spoštovani gospod [[N|Kranjc]], vaša nova kartica zdravstvenega zavarovanja je bila poslana.""", e=emso("170688050018"))

neg("doc", "sl", """Obvestilo: davčna številka podjetja (npr. SI12345678) ni osebni podatek. Klicni center
ZZZS: 080 12 18 (brezplačno). Uradne ure: ponedeljek-petek 8:00-15:00.""")


# ================================================================ Arabic
pos("form", "ar", """نموذج فتح حساب - بيانات العميل
الاسم الكامل: [[N|محمد عبدالله العتيبي]]
رقم الهوية الوطنية: [[ID|<<sa>>]]
تاريخ الميلاد: [[D|1988/03/14]]
العنوان الوطني: [[A|مبنى 4217، شارع الأمير محمد بن عبدالعزيز، حي العليا، الرياض 12241]]
الجوال: [[P|<<ph>>]]
البريد الإلكتروني: [[E|m.alotaibi88@gmail.com]]""", sa="100742981" + luhn_digit("100742981"),
    ph="٠٥٥٤١٢٨٨٣٧")

pos("chat", "ar", """[٩:١٥ م] [[N|ليلى]]: [[N|أحمد]]، أرسل لي رقم الحساب عشان أحول لك
[٩:١٧ م] [[N|أحمد الحربي]]: الآيبان [[I|<<ib>>]]
[٩:١٧ م] [[N|أحمد الحربي]]: باسم [[N|أحمد سالم الحربي]]
[٩:١٨ م] [[N|ليلى]]: تم، شكراً""", ib=iban("SA", "10000001294817730011"))

pos("letter", "ar", """السيدة/ [[N|فاطمة الزهراء بنعلي]]
[[A|زنقة ابن سينا، رقم 17، الطابق 2]]
[[A|حي أكدال]]
[[A|10090 الرباط]]
المغرب

الموضوع: تجديد بطاقة التعريف الوطنية رقم [[ID|AB482917]]
تحية طيبة وبعد،
نحيطكم علماً بأن بطاقتكم تنتهي صلاحيتها بتاريخ 2024/09/30.""")

pos("form", "ar", """بطاقة مريض - مستشفى دبي
الاسم: [[N|خالد يوسف المنصوري]]
رقم الهوية الإماراتية: [[ID|<<em>>]]
تاريخ الميلاد: [[D|<<dob>>]]
الهاتف: [[P|+971 50 418 2296]]
جهة الاتصال في الطوارئ: [[N|مريم المنصوري]] (زوجة)""", em=emirates("78419851046732"), dob="١٩٨٥/٠٧/٢٢")

pos("medical", "ar", """تقرير طبي
المريض: [[N|عمر حسن عبد الرحمن]]      الرقم القومي: [[ID|<<eg>>]]
العمر: 47 سنة
التشخيص: التهاب رئوي حاد، يحتاج إلى راحة لمدة أسبوع.
الطبيب المعالج: د. [[N|نادية الشريف]]""", eg="27703150104417".translate(AR))

neg("prose", "ar", """وُلد نجيب محفوظ في 11 ديسمبر 1911 في حي الجمالية بالقاهرة، وتوفي في 30 أغسطس 2006.
حصل على جائزة نوبل في الأدب عام 1988. يقع متحفه في تكية أبو الدهب بالقرب من الجامع الأزهر.""")

neg("doc", "ar", """للاستفسارات يرجى الاتصال بمركز خدمة العملاء على الرقم المجاني 800 124 8000 أو مراسلتنا على
info@bank.example. رقم السجل التجاري للشركة: 1010412877. لا نطلب أبداً كلمة المرور أو رمز التحقق.
الطوارئ: 997 (الإسعاف)، 998 (الدفاع المدني)، 999 (الشرطة).""")

neg("receipt", "ar", """فاتورة ضريبية مبسطة - سوبرماركت الواحة، جدة
الرقم الضريبي: 300412877300003
التاريخ: 2024/05/03  الساعة: 19:42
خبز 3.00 - حليب 6.50 - تمر 25.00
الإجمالي: 34.50 ريال (شامل الضريبة 15%)
مدى **** **** **** 4471""")

# ================================================================ Hebrew
pos("form", "he", """טופס הרשמה לחוג - מתנ"ס גבעתיים
שם ההורה: [[N|מיכל לוי-כהן]]
מספר זהות: [[ID|<<z>>]]
כתובת: [[A|רחוב כצנלסון 41 דירה 6, גבעתיים 5320101]]
טלפון נייד: [[P|052-418-3307]]
שם הילד/ה: [[N|נועה כהן]]   תאריך לידה: [[D|14.02.2016]]""", z=il_id("03841927"))

pos("chat", "he", """[20:31] [[N|יוסי]]: [[N|דנה]], מה הסיסמה של הוויי-פיי במשרד?
[20:33] [[N|דנה אברהם]]: [[K|Yarkon#River2024]]
[20:33] [[N|דנה אברהם]]: ותגיד ל[[N|אבי]] שהמדפסת מתוקנת""")

pos("email", "he", """מאת: [[N|רונית שפירא]] <[[E|ronit.shapira@walla.co.il]]>
אל: hr@startup-il.example
נושא: פרטי חשבון למשכורת

שלום,
מספר תעודת הזהות שלי: [[ID|<<z>>]]
IBAN: [[I|<<ib>>]]
תודה, [[N|רונית]]""", z=il_id("31248805"), ib=iban("IL", "0126800000041287733"))

neg("prose", "he", """דוד בן-גוריון נולד ב-16 באוקטובר 1886 בפלונסק ונפטר ב-1 בדצמבר 1973. ביתו בשדרות בן-גוריון
בתל אביב פתוח למבקרים בימים א'-ה' בין 8:00 ל-15:00. הכניסה חופשית.""")

# ================================================================ Persian
pos("form", "fa", """فرم ثبت‌نام دانشجو
نام و نام خانوادگی: [[N|سارا رضایی]]
کد ملی: [[ID|<<m>>]]
تاریخ تولد: [[D|۱۳۷۵/۰۶/۱۲]]
نشانی: [[A|تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۲، واحد ۳]]
کد پستی: ۱۵۹۸۷۶۵۴۳۲
تلفن همراه: [[P|۰۹۱۲ ۴۱۸ ۳۳۰۷]]""", m=melli("007412883").translate(FA))

pos("chat", "fa", """[۱۰:۱۲] [[N|علی]]: [[N|مریم]] جان رمز وای‌فای خونه چی بود؟
[۱۰:۱۴] [[N|مریم]]: [[K|Shiraz!Bahar1403]]
[۱۰:۱۴] [[N|علی]]: مرسی""")

neg("prose", "fa", """حافظ شیرازی در حدود سال ۷۲۷ هجری قمری در شیراز زاده شد. آرامگاه او، حافظیه، در شمال شیراز قرار دارد
و روزانه از ساعت ۸ تا ۲۲ پذیرای بازدیدکنندگان است. بلیت ورودی: ۵۰ هزار تومان.""")

neg("doc", "fa", """راهنما: کد ملی ده رقمی است (نمونه: ۰۰۰۰۰۰۰۰۰۰). برای پیگیری با شماره ۱۵۷۰ تماس بگیرید.
شماره پیگیری سفارش شما: ۸۸۴۱۲۰۷۷. این شماره را در اختیار دیگران قرار ندهید.""")


# ================================================================ Hindi / Bengali / Tamil
pos("form", "hi", """बैंक खाता खोलने का आवेदन पत्र
आवेदक का नाम: [[N|राजेश कुमार वर्मा]]
पिता का नाम: [[N|सुरेश चंद्र वर्मा]]
जन्म तिथि: [[D|15/08/1990]]
आधार संख्या: [[ID|<<a>>]]
पैन: [[ID|AGTPV4187M]]
पता: [[A|मकान नं. 45, गली नं. 3, लाजपत नगर, नई दिल्ली 110024]]
मोबाइल: [[P|+91 98110 42763]]""", a=aadhaar("64728103951"))

pos("chat", "hi", """[8:12 pm] [[N|प्रिया]]: [[N|अंकित]], वाई-फाई का पासवर्ड क्या है?
[8:14 pm] [[N|अंकित शर्मा]]: [[K|Gulmohar@2024]]
[8:14 pm] [[N|अंकित शर्मा]]: और [[N|नेहा]] दीदी का नंबर [[P|<<ph>>]] है""", ph="९८२०४१७७३६")

pos("letter", "hi", """सेवा में,
श्रीमती [[N|सुनीता देवी]]
[[A|ग्राम रामपुर कलां]]
[[A|पोस्ट बिसवां, ज़िला सीतापुर]]
[[A|उत्तर प्रदेश 261201]]

विषय: वृद्धावस्था पेंशन स्वीकृति
आपका आवेदन संख्या UP/SPR/2024/004172 स्वीकृत कर लिया गया है। पेंशन राशि आपके बैंक खाते में भेजी जाएगी।""")

neg("prose", "hi", """महात्मा गांधी का जन्म 2 अक्टूबर 1869 को पोरबंदर में हुआ था। 30 जनवरी 1948 को नई दिल्ली के
बिड़ला भवन में उनकी हत्या कर दी गई। गांधी जयंती पर राष्ट्रीय अवकाश रहता है।""")

neg("doc", "hi", """ग्राहक सेवा: 1800 180 1111 (टोल फ्री)। आधार से जुड़ी सहायता के लिए 1947 पर कॉल करें।
नमूना आधार संख्या: XXXX XXXX 1234 (केवल अंतिम 4 अंक दिखाए जाते हैं)। कभी भी अपना OTP साझा न करें।""")

pos("form", "bn", """ভর্তি ফরম - ঢাকা কলেজ
শিক্ষার্থীর নাম: [[N|তানভীর আহমেদ চৌধুরী]]
জন্ম তারিখ: [[D|<<dob>>]]
জাতীয় পরিচয়পত্র নং: [[ID|<<nid>>]]
ঠিকানা: [[A|বাড়ি ১২, রোড ৭, ধানমন্ডি, ঢাকা ১২০৫]]
মোবাইল: [[P|<<ph>>]]""", dob="০৩/০১/২০০৪", nid="২০০৪২৬৯৪১২৩৪৫৬৭৮", ph="০১৭১২-৪১৮৩৩০")

neg("prose", "bn", """রবীন্দ্রনাথ ঠাকুর ১৮৬১ সালের ৭ মে কলকাতার জোড়াসাঁকোয় জন্মগ্রহণ করেন এবং ১৯৪১ সালের ৭ আগস্ট মারা যান।
১৯১৩ সালে তিনি সাহিত্যে নোবেল পুরস্কার পান। জোড়াসাঁকো ঠাকুরবাড়ি এখন একটি জাদুঘর।""")

pos("form", "ta", """மருத்துவமனை பதிவு படிவம்
நோயாளி பெயர்: [[N|முருகன் செல்வராஜ்]]
பிறந்த தேதி: [[D|22-11-1965]]
ஆதார் எண்: [[ID|<<a>>]]
முகவரி: [[A|எண் 12, காந்தி தெரு, தி. நகர், சென்னை 600017]]
கைபேசி: [[P|94440 18273]]
அவசர தொடர்பு: [[N|லட்சுமி]] (மனைவி)""", a=aadhaar("39184472016"))

neg("prose", "ta", """சுப்பிரமணிய பாரதி 1882 டிசம்பர் 11 அன்று எட்டயபுரத்தில் பிறந்தார்; 1921 செப்டம்பர் 11 அன்று சென்னையில்
மறைந்தார். அவரது நினைவு இல்லம் திருவல்லிக்கேணியில் உள்ளது.""")

# ================================================================ Thai
pos("form", "th", """ใบสมัครงาน
ชื่อ-นามสกุล: นางสาว[[N|พิมพ์ชนก ศรีสุวรรณ]]
เลขประจำตัวประชาชน: [[ID|<<t>>]]
วันเกิด: [[D|12 มีนาคม 2538]]
ที่อยู่: [[A|เลขที่ 99/12 หมู่ 4 ซอยสุขุมวิท 31 แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110]]
โทรศัพท์: [[P|081-412-8830]]""", t=th_id("110370041287"))

pos("chat", "th", """[19:05] [[N|ต้น]]: พี่[[N|แนน]] รหัสไวไฟร้านคืออะไรครับ
[19:06] [[N|แนน]]: [[K|ChaoPhraya#88]] จ้า
[19:06] [[N|ต้น]]: ขอบคุณครับ""")

pos("letter", "th", """เรียน คุณ[[N|ประเสริฐ วงศ์ทองคำ]]
เลขประจำตัวประชาชน [[ID|<<t>>]]
[[A|๔๕/๗ ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ ๕๐๒๐๐]]

เรื่อง แจ้งผลการพิจารณาเงินคืนภาษี
กรมสรรพากรได้อนุมัติการคืนเงินภาษีประจำปี ๒๕๖๖ จำนวน ๔,๑๒๐ บาท""", t=th_id("350010041877", sep=" ").translate(TH))

neg("prose", "th", """พระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว (รัชกาลที่ 5) เสด็จพระราชสมภพเมื่อวันที่ 20 กันยายน 2396
วันที่ 23 ตุลาคมของทุกปีเป็นวันปิยมหาราช ซึ่งเป็นวันหยุดราชการ""")

neg("doc", "th", """ติดต่อศูนย์บริการลูกค้า 1588 หรืออีเมล support@shop.example
หมายเลขพัสดุ: TH4120887731A  สถานะ: อยู่ระหว่างจัดส่ง
ห้ามเปิดเผยรหัส OTP แก่ผู้อื่น เจ้าหน้าที่จะไม่ขอรหัสผ่านของท่าน""")

# ================================================================ Vietnamese
pos("form", "vi", """TỜ KHAI ĐĂNG KÝ TẠM TRÚ
Họ và tên: [[N|Nguyễn Thị Thu Hà]]
Ngày, tháng, năm sinh: [[D|08/03/1995]]
Số CCCD: [[ID|001195014872]]
Nơi tạm trú: [[A|Số 12, ngõ 45 phố Huế, phường Ngô Thì Nhậm, quận Hai Bà Trưng, Hà Nội]]
Số điện thoại: [[P|0912 418 330]]""")

pos("chat", "vi", """[21:03] [[N|Minh]]: chị [[N|Lan]] ơi, mật khẩu wifi nhà mình là gì vậy?
[21:05] [[N|Lan]]: [[K|HoGuom@2024]] em nhé
[21:05] [[N|Minh]]: dạ em cảm ơn chị. anh [[N|Tuấn]] về chưa ạ?""")

pos("email", "vi", """Từ: [[N|Trần Quốc Bảo]] <[[E|bao.tranquoc@gmail.com]]>
Đến: tuyendung@congty-abc.vn
Chủ đề: Hồ sơ ứng tuyển vị trí kế toán

Kính gửi Phòng Nhân sự,
Em xin gửi thông tin: sinh ngày [[D|14 tháng 7 năm 1998]], CCCD số [[ID|079098004127]],
địa chỉ [[A|123/4 Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh]].
Trân trọng, [[N|Bảo]]""")

neg("prose", "vi", """Chủ tịch Hồ Chí Minh sinh ngày 19 tháng 5 năm 1890 tại làng Kim Liên, Nghệ An. Lăng Chủ tịch
Hồ Chí Minh ở quảng trường Ba Đình mở cửa từ 7 giờ 30 đến 10 giờ 30 các buổi sáng.""")

neg("doc", "vi", """Tổng đài chăm sóc khách hàng: 1900 54 54 15 (cước 1.000đ/phút). Mã đơn hàng: SPX-VN-441287730.
Mã số thuế doanh nghiệp: 0312487731. Vui lòng không cung cấp mã OTP cho bất kỳ ai.""")

# ================================================================ Indonesian / Malay / Tagalog
pos("form", "id", """FORMULIR PENDAFTARAN PASIEN BARU - RS HARAPAN BUNDA
Nama lengkap: [[N|Siti Nuraini Rahmawati]]
NIK: [[ID|3273054507920003]]
Tanggal lahir: [[D|5 Juli 1992]]
Alamat: [[A|Jl. Melati No. 12, RT 03/RW 05, Kel. Sukajadi, Kec. Sukajadi, Bandung 40162]]
No. HP: [[P|0812-2041-8833]]
Penanggung jawab: Bapak [[N|Agus Santoso]] (suami)""")

pos("chat", "id", """[07:40] [[N|Rina]]: Pak [[N|Budi]], password email kantor yang baru apa ya?
[07:42] [[N|Budi Hartono]]: [[K|Merapi!2024kantor]] Bu, nanti langsung diganti ya
[07:43] [[N|Rina]]: siap pak, makasih. Bu [[N|Dewi]] juga minta katanya""")

pos("log", "id", """2024-05-03 08:21:17 INFO  [transfer] pengirim=[[N|AHMAD FAUZI]] rek_tujuan=[[N|DEWI LESTARI]] jumlah=2500000
2024-05-03 08:21:17 DEBUG [transfer] otp dikirim ke [[P|+62 857 1044 2981]]
2024-05-03 08:21:40 WARN  [transfer] ip=[[IP|36.72.118.45]] lokasi tidak biasa, verifikasi tambahan""")

neg("prose", "id", """Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada Kamis (2/5). Menteri PUPR
Basuki Hadimuljono mengatakan tarif akan diumumkan pekan depan. Tol sepanjang 42 km itu
diharapkan memangkas waktu tempuh hingga 1 jam.""")

neg("doc", "id", """Info: Jangan pernah memberikan kode OTP kepada siapa pun. Hubungi Halo BCA 1500888.
Nomor resi pengiriman Anda: JNE 0412 8877 3012. Nomor pesanan: INV/20240503/MPL/4120887.""")

pos("form", "ms", """BORANG PERMOHONAN KAD AHLI - PERPUSTAKAAN AWAM SELANGOR
Nama: [[N|Nur Aisyah binti Kamarudin]]
No. Kad Pengenalan: [[ID|880514-14-5262]]
Tarikh lahir: [[D|14 Mei 1988]]
Alamat: [[A|No. 12, Jalan SS 2/24, 47300 Petaling Jaya]]
No. telefon: [[P|012-418 3307]]""")

pos("chat", "ms", """[10:10] [[N|Hafiz]]: Kak [[N|Ros]], password wifi ofis apa?
[10:11] [[N|Rosnah Ismail]]: [[K|KLCC-Menara#88]]
[10:11] [[N|Hafiz]]: terima kasih kak""")

pos("form", "tl", """APPLICATION FOR BARANGAY CLEARANCE
Pangalan: [[N|Maria Lourdes dela Cruz Santos]]
Petsa ng kapanganakan: [[D|Disyembre 8, 1991]]
PhilSys Card Number (PCN): [[ID|4127-8830-1927-5512]]
Tirahan: [[A|Blk 5 Lot 12, Phase 2, Brgy. San Isidro, Antipolo City, Rizal 1870]]
Cellphone: [[P|0917 412 8830]]
Layunin: Para sa trabaho""")

pos("chat", "tl", """[9:02 PM] [[N|Jomar]]: ate [[N|Liza]], pa-send naman ng GCash number mo
[9:04 PM] [[N|Liza Reyes]]: [[P|0998 418 2207]] yan, naka-pangalan kay [[N|Liza R.]]
[9:04 PM] [[N|Jomar]]: salamat po!""")

neg("prose", "tl", """Si Jose Rizal ay isinilang noong Hunyo 19, 1861 sa Calamba, Laguna, at binaril sa Bagumbayan noong
Disyembre 30, 1896. Ang kanyang bahay sa Calamba ay isa nang museo, bukas mula 8 n.u. hanggang 5 n.h.""")

# ================================================================ Swahili
pos("form", "sw", """FOMU YA USAJILI WA MWANACHAMA - SACCO YA WAKULIMA
Jina kamili: [[N|Wanjiru Njeri Kamau]]
Nambari ya kitambulisho: [[ID|28417730]]
KRA PIN: [[ID|A012874419K]]
Tarehe ya kuzaliwa: [[D|12/04/1990]]
Anwani: [[A|S.L.P. 4521-00100, Nairobi]]
Simu (M-Pesa): [[P|0712 418 330]]""")

pos("chat", "sw", """[18:40] [[N|Baraka]]: [[N|Amina]], nitumie namba ya Mama [[N|Zawadi]]
[18:42] [[N|Amina Hassan]]: ni [[P|+255 754 418 220]]
[18:42] [[N|Amina Hassan]]: anaishi [[A|Mtaa wa Uhuru, Nyumba Na. 14, Arusha]]""")

neg("prose", "sw", """Julius Kambarage Nyerere alizaliwa tarehe 13 Aprili 1922 huko Butiama na kufariki tarehe 14 Oktoba
1999 London. Siku ya Nyerere huadhimishwa kila tarehe 14 Oktoba nchini Tanzania.""")


# ================================================================ Chinese
pos("form", "zh", """入职登记表
姓名：[[N|王秀英]]          性别：女
身份证号：[[ID|<<c>>]]
出生日期：[[D|1986年3月14日]]
现住址：[[A|北京市朝阳区建国路88号院3号楼2单元1502室]]
手机：[[P|138 1024 5567]]
紧急联系人：[[N|李建国]]（丈夫）[[P|139-1187-4402]]""", c=cn_id("11010519860314302"))

pos("chat", "zh", """[10:02] [[N|张伟]]: 服务器密码改了吗？
[10:03] [[N|刘洋]]: 改了，新的是 [[K|Hz#West-Lake-2024]]
[10:03] [[N|刘洋]]: 别发群里啊 @陈经理 看到请删
[10:05] [[N|张伟]]: 好的，[[N|刘洋]]辛苦了""")

pos("log", "zh", """2024-05-03 09:12:44 [ERROR] 支付回调失败 订单号=20240503441287 用户手机=[[P|+86 186 2104 7739]]
2024-05-03 09:12:44 [WARN ] 签名校验失败 secret=[[K|wxpay_9fK2mQ7vL4xT8cR1nZ6bY3pD]]
2024-05-03 09:12:45 [INFO ] 来源IP=[[IP|116.228.41.92]] 重试次数=2""")

pos("letter", "zh", """[[N|陳美玲]] 女士 收
[[A|臺北市大安區忠孝東路四段216巷8弄12號3樓]]

中華民國國民身分證統一編號：[[ID|<<tw>>]]
主旨：全民健康保險卡補發通知
說明：您申請補發之健保卡已製作完成，請於5月20日前至郵局領取。""", tw=tw_id("A", "22871093"))

neg("prose", "zh", """鲁迅，原名周树人，1881年9月25日生于浙江绍兴，1936年10月19日在上海逝世。
代表作有《狂人日记》《阿Q正传》。绍兴鲁迅故里位于鲁迅中路，开放时间为8:30至17:00。""")

neg("doc", "zh", """客服热线：400-820-8820（7×24小时）。快递单号：SF1412887730201。
订单编号：2024050312877。统一社会信用代码：91310000MA1FL4XK2Q（企业，非个人信息）。
温馨提示：工作人员不会索要您的验证码或密码。""")

neg("doc", "zh", """【示例】身份证号码格式：6位地址码 + 8位出生日期 + 3位顺序码 + 1位校验码，
如 110101199003070000（示例，非真实号码）。测试环境请使用 mock 数据，禁止导入生产数据。""")

# ================================================================ Japanese
pos("form", "ja", """入会申込書（スポーツクラブ）
氏名：[[N|佐藤 美咲]]（[[N|サトウ ミサキ]]）
生年月日：[[D|平成4年7月21日]]
住所：〒[[A|150-0001 東京都渋谷区神宮前3丁目12-8 コーポ神宮202号室]]
電話番号：[[P|090-4128-3307]]
メール：[[E|misaki.sato0721@docomo.ne.jp]]""")

pos("form", "ja", """個人番号（マイナンバー）提出書
従業員番号：A-0417
氏名：[[N|鈴木 健太]]　様
個人番号：[[ID|<<mn>>]]
生年月日：[[D|１９８９年１１月３日]]
扶養親族：[[N|鈴木 陽子]]（配偶者）""", mn=my_number("41287730921").translate(FW))

pos("chat", "ja", """[21:10] [[N|たかし]]: [[N|ゆい]]さん、共有フォルダのパスワード教えてもらえますか
[21:12] [[N|山田 結衣]]: [[K|Sakura_Fuji#2024]] です。すぐ変えてください
[21:12] [[N|たかし]]: ありがとうございます！[[N|田中]]部長にも伝えます""")

pos("log", "ja", """2024-05-03T10:22:41+09:00 WARN  ログイン失敗 user=[[E|k.watanabe@mitsuba-shoji.co.jp]] src=[[IP|153.214.40.88]]
2024-05-03T10:22:45+09:00 INFO  ログイン成功 user=[[E|k.watanabe@mitsuba-shoji.co.jp]] src=[[IP|153.214.40.88]]
2024-05-03T10:23:02+09:00 ERROR 外部API認証エラー apikey=[[K|ak_live_4Tz9QmW2xR7vN1pL8cK3]]""")

neg("prose", "ja", """夏目漱石（1867年2月9日 - 1916年12月9日）は、東京・牛込に生まれた小説家である。
代表作に『吾輩は猫である』『こころ』などがある。新宿区立漱石山房記念館は毎週月曜休館。""")

neg("doc", "ja", """お問い合わせ：カスタマーセンター 0120-444-113（通話無料・平日9時〜18時）
ご注文番号：D-20240503-4128　配送伝票番号：4128-8773-0921
※マイナンバーの記入例：123456789012（見本）""")

# ================================================================ Korean
pos("form", "ko", """입사지원서
성명: [[N|김민준]]
주민등록번호: [[ID|<<r>>]]
생년월일: [[D|1994년 5월 12일]]
주소: [[A|서울특별시 마포구 월드컵북로 396, 101동 1203호]]
휴대전화: [[P|010-4128-3307]]
이메일: [[E|minjun.kim94@naver.com]]""", r=kr_rrn("940512141287"))

pos("chat", "ko", """[오후 3:10] [[N|박지훈]]: [[N|서연]]님 관리자 비밀번호 뭐였죠?
[오후 3:12] [[N|이서연]]: [[K|Hangang!Night2024]] 이에요. 오늘 바꿀게요
[오후 3:12] [[N|박지훈]]: 감사합니다. [[N|최]] 과장님께도 공유할게요""")

pos("medical", "ko", """진료의뢰서
환자명: [[N|정수빈]]   성별/나이: 여/38
주민등록번호: [[ID|<<r>>]]
연락처: [[P|010-2287-4419]]
상병명: 요추 추간판 탈출증
의뢰 의사: [[N|오세진]] (정형외과)""", r=kr_rrn("860224241873"))

neg("prose", "ko", """세종대왕은 1397년 5월 15일(음력 4월 10일) 한양에서 태어나 1450년에 승하하였다.
훈민정음은 1446년에 반포되었다. 매년 10월 9일 한글날은 공휴일이다.""")

neg("doc", "ko", """고객센터: 1588-3366 (평일 09:00~18:00). 주문번호: 20240503-41287730.
사업자등록번호: 120-81-47521 (법인). 택배 운송장 번호: 6412-8877-3092.
비밀번호는 절대 타인에게 알려주지 마세요.""")


# ================================================================ values in hard places
_rows = [
    ("[[N|Abernethy, Lachlan]]", "[[D|1979-06-02]]", "[[I|<<i1>>]]", "212.40"),
    ("[[N|Brückner, Hanne]]", "[[D|1984-10-30]]", "[[I|<<i2>>]]", "87.15"),
    ("[[N|Castro Vidal, Irene]]", "[[D|1991-01-17]]", "[[I|<<i3>>]]", "140.00"),
    ("[[N|Dimitriou, Stelios]]", "[[D|1968-12-05]]", "[[I|<<i4>>]]", "62.90"),
    ("[[N|Eriksen, Mads]]", "[[D|1999-03-21]]", "[[I|<<i5>>]]", "305.75"),
    ("[[N|Fitzgerald, Orla]]", "[[D|1975-08-14]]", "[[I|<<i6>>]]", "18.00"),
    ("[[N|Gauthier, Rémi]]", "[[D|1987-04-09]]", "[[I|<<i7>>]]", "99.99"),
    ("[[N|Horvat, Petra]]", "[[D|1993-11-26]]", "[[I|<<i8>>]]", "450.00"),
]
_body = "\n".join("%04d\t%s\t%s\t%s\tEUR\t%s\tSEPA-DD" % (7100 + k, r[0], r[1], r[2], r[3]) for k, r in enumerate(_rows))
pos("csv", "en", """# export: sepa_debtors_2024-05.tsv  (generated 2024-05-03 06:00 UTC, 8 rows)
# columns: ref, debtor, birth_date, iban, currency, amount, scheme
# NOTE: rows below are sorted by debtor name
#
#
""" + _body + "\n# end of file",
    i1=iban("GB", "LOYD30963182640617"),
    i2=iban("DE", "100500000190847355"), i3=iban("ES", "01821799110201588342"),
    i4=iban("GR", "01720150005015048812734"), i5=iban("DK", "30000012834471"),
    i6=iban("IE", "AIBK93115212915438"), i7=iban("FR", "30004008210001428731K55"),
    i8=iban("HR", "24840081105514875"))

pos("report", "en", """                                   - page 2 of 2 -
0418 [[N|OYELOWO BABATUNDE]]     [[D|120382]]  [[ID|<<n1>>]]  [[A|14 Ferncliffe Rd]]           LEEDS      Y
0419 [[N|PRZYBYLSKA DOMINIKA]]   [[D|030797]]  [[ID|<<n2>>]]  [[A|Flat 9 Cromer Terr]]         LEEDS      N
0420 [[N|MACLEOD EWAN]]          [[D|250161]]  [[ID|<<n3>>]]  [[A|2 Wharf St]]                 OTLEY      Y
TOTAL RECORDS THIS RUN: 420    REJECTED: 3    RUN DATE 030524""", n1="PE 27 11 90 C", n2="SZ 42 18 03 A", n3="WK 63 70 22 D")

pos("code", "en", """# tests/fixtures/customers.py  -- copied from a prod export "just for a quick repro" (sigh)
CUSTOMERS = [
    {"id": 9912, "name": "[[N|Folasade Adeyemi-Brooks]]", "dob": "[[D|1990-07-04]]",
     "card": "[[C|<<c1>>]]", "email": "[[E|fola.ab@gmail.com]]"},
    {"id": 9913, "name": "[[N|Grzegorz Wójcik]]", "dob": "[[D|1973-02-11]]",
     "card": "[[C|<<c2>>]]", "email": "[[E|g.wojcik73@onet.pl]]"},
]
FAKE = {"name": "Test User", "card": "4242424242424242", "email": "test@example.com"}""",
    c1=card("537412098823416", (16,)), c2=card("418266002914773", (16,)))

pos("code", "en", """public final class LegacyExport {
    // TODO move to vault (ticket OPS-2291)
    private static final String DSN =
        "[[U|mysql://ledger_ro:Tig3r!Ro22@10.24.6.31:3306/ledger]]";
    private static final String SMTP_PASS = "[[K|Smtp-Relay-6611]]";
    private static final String MAPS_KEY = "[[K|AIzaSyB4x9Qm2LpT7vRk1WcN8eZ3hYd6FgJ0aUo]]";
    private static final String SUPPORT = "support@legacy-export.invalid";
}""")

pos("log", "en", """{"ts":"2024-05-03T11:20:04Z","level":"error","msg":"twilio send failed","account_sid":"[[K|AC4f9e2b7c1d8a3e6f0b5c9d2a7e4f1b8c]]","auth_token":"[[K|9b2e7f4c1a8d3e6b0f5c2a9d7e4b1f8c]]","to":"[[P|+447911238406]]","err":"21610"}
{"ts":"2024-05-03T11:20:05Z","level":"info","msg":"fallback to email","to":"[[E|harpreet.gill@btinternet.com]]","client_ip":"[[IP|10.14.22.193]]"}
{"ts":"2024-05-03T11:20:05Z","level":"debug","msg":"retry scheduled","job":"sms-4411","in_s":300}""")

pos("config", "en", """# ~/.git-credentials
[[U|https://mhalvorsen:ghp_R2vT8kQ4mX9LcW1pZ7nY3bJ6dF0sHa5Ue8gI@github.com]]
[[U|https://build-bot:glpat-Xq3Vz9Lm2Tk7Rw4Pb8Nc@gitlab.ferncastle.io]]

# mongo shell history
db = connect("[[U|mongodb+srv://reporting:Mng0-Rep!2024@cluster0.x7k2q.mongodb.net/analytics]]")
db.orders.countDocuments({status: "open"})""")

pos("config", "en", """<?php
/** wp-config.php (excerpt) */
define( 'DB_NAME', 'wp_bakery' );
define( 'DB_USER', 'wp_bakery' );
define( 'DB_PASSWORD', '[[K|Cr0issant&Rye!77]]' );
define( 'DB_HOST', '[[IP|10.0.12.8]]' );
define( 'AUTH_KEY',         '[[K|q]N<3Zk|x7@Wv!r9Tb#p2Lm^Yc8&Hs0Fd]]' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';""")

pos("config", "en", """# .github/workflows/deploy.yml
name: deploy
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      REGISTRY_USER: ${{ secrets.REGISTRY_USER }}
      REGISTRY_PASS: ${{ secrets.REGISTRY_PASS }}
      SLACK_TOKEN: [[K|xoxb-5512877309-6641209938812-Qm7vT2kR9xLp4cW8nZ1bY3hD]]   # FIXME move to secrets
    steps:
      - uses: actions/checkout@v4
      - run: ./deploy.sh""")

pos("config", "en", """# values-prod.yaml (helm)
ingress:
  enabled: true
  host: shop.ferncastle.io
tls:
  crt: |
    -----BEGIN CERTIFICATE-----
    MIIBszCCAVmgAwIBAgIUQ2x7k9V0q8pLmZt7rN4sWc1dHf5owCgYIKoZIzj0EAwIw
    -----END CERTIFICATE-----
  key: |
    [[K|-----BEGIN EC PRIVATE KEY-----
    MHcCAQEEIL4k9Zq2Vx7mT1pR8cW3nY6bJ0dF5sHa9Ue2gK4oL7iMoAoGCCqGSM49
    AwEHoUQDQgAE8x2kP9vQ1nT7mR4sW6cY3dL0aZ5oB2x7k9V0q8pLmZt7rN4sWc1d
    Hf5ow9Xz7bVcY9kLmR3nT5pWd1sFh4jQe6uA0oNiC8rZtQ==
    -----END EC PRIVATE KEY-----]]""")

pos("log", "en", """*** dmitri_k has joined #homelab
<dmitri_k> my nas keeps dropping off, it's at [[IP|192.168.50.20]] mac [[MAC|00:11:32:7a:4c:e9]]
<sparkplug> did you set a static lease?
<dmitri_k> yes. admin pw is [[K|Syn0logy-Attic-9]] if anyone wants to look via the tunnel
<sparkplug> dude. change that now
<dmitri_k> lol ok. my sister [[N|Katya]] set it up anyway""")

pos("letter", "en", """--- OCR text of faxed page 2/3 (quality: fair) ---
I authorise Meadowbank Dental to charge the outstanding balance of £412.00 to my card:
Card number: [[C|<<c1>>
<<c2>>]]   Expiry: 03/27
Cardholder: Ms [[N|Aoife Callaghan]]
Signed: ............  Date: 29/04/2024""", c1=card("491182036652418")[:9], c2=card("491182036652418")[10:])

pos("json", "en", """{
  "request_id": "b7f3c2e1-44a0-4c1b-9d2e-7a1f0c3b5d88",
  "applicant": {
    "names": {"given": "[[N|Kofi]]", "middle": "[[N|Ato]]", "family": "[[N|Boateng]]"},
    "birth": {"date": "[[D|1986-09-18]]", "place": "Kumasi"},
    "documents": [
      {"type": "passport", "country": "GHA", "number": "[[ID|G2841773]]", "expires": "2029-03-01"},
      {"type": "brp", "number": "[[ID|ZU4128873]]", "expires": "2025-12-31"}
    ],
    "address": {"line1": "[[A|Flat 12, Marlowe House]]", "line2": "[[A|88 Kingsland Road]]", "city": "London", "postcode": "E2 8DP"}
  },
  "created": "2024-05-02T16:41:09Z"
}""")

pos("html", "en", """<section class="rsvp">
  <h2>RSVP list - [[N|Lena]] &amp; [[N|Tobi]]'s wedding (do not share)</h2>
  <table>
    <tr><th>Guest</th><th>Phone</th><th>Meal</th><th>Plus one</th></tr>
    <tr><td>[[N|Lena]]'s gran, [[N|Ingeborg Sauer]]</td><td>[[P|+49 171 4412 883]]</td><td>fish</td><td>-</td></tr>
    <tr><td>[[N|Marcel Obuya]]</td><td>[[P|+254 722 418 330]]</td><td>veg</td><td>[[N|Achieng]]</td></tr>
    <tr><td>[[N|Tobi]]'s boss</td><td>(ask [[N|Tobi]])</td><td>meat</td><td>-</td></tr>
  </table>
</section>""")

pos("ticket", "en", """Case 00441287 | Priority: High | Product: Home Broadband
Subject: router replaced, still no internet
---
Customer says new router serial RT-X9-22018847 shows WAN IP [[IP|100.64.12.7]] (CGNAT) but devices get no DHCP.
Customer's laptop MAC [[MAC|F4-5C-89-A1-3B-07]], static lease requested for [[IP|192.168.0.140]].
Verified caller: Mr [[N|Tomasz Zieliński]], DOB [[D|17/01/1982]], postcode BN1 4GH, last 4 of bank 0912.
Agent: [[N|Kelly-Ann]] (T2)""")

pos("medical", "en", """NURSING HANDOVER - WARD 7B - NIGHT 02/05
Bed 3  [[N|O'Sullivan, Peggy]] 91y  DOB [[D|19/10/1932]]  NHS [[ID|<<n1>>]]  - post #NOF day 2, confused overnight, daughter [[N|Maura]] aware
Bed 4  empty (deep clean)
Bed 5  [[N|Ramaswamy, Vikram]] 58y  DOB [[D|04/06/1965]]  NHS [[ID|<<n2>>]]  - chest pain r/o, trop x2 neg, for d/c am
Bed 6  [[N|Hughes, Dai]] 77y  DOB [[D|30/12/1946]]  - NHS no. not on system, chase with GP""", n1=nhs("401023871"), n2=nhs("649180274"))


# ================================================================ more hard negatives
neg("config", "en", """# .htpasswd for the staging basic-auth gate (bcrypt, cost 12)
staging:$2y$12$Qm7vT2kR9xLp4cW8nZ1bYe3hD6fJ0aUoS5gK8iM2qL4wR7tV9xB1C
preview:$2y$12$8Lp4cW8nZ1bY3hD6fJ0aUoQm7vT2kR9xS5gK8iM2qL4wR7tV9xB1D
# generate new entries with: htpasswd -B -C 12 .htpasswd <name>""")

neg("doc", "en", """JWT anatomy (from the introduction page)
Example token:
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
Header: {"alg":"HS256","typ":"JWT"}   Payload: {"sub":"1234567890","iat":1516239022}
Signed with the example secret "your-256-bit-secret".""")

neg("config", "en", """variable "db_password" {
  description = "Master password for the reporting cluster"
  type        = string
  sensitive   = true
}

resource "aws_db_instance" "reporting" {
  identifier     = "reporting-prod"
  engine_version = "16.2"
  username       = "reporting_admin"
  password       = var.db_password
  allocated_storage = 200
}""")

neg("log", "en", """GET /api/v2/session HTTP/1.1
Host: app.ferncastle.io
Cookie: session=[REDACTED]; csrftoken=[REDACTED]
Authorization: Bearer ***
User-Agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 Version/17.4.1 Safari/605.1.15
--> 200 OK (143 ms, 2.1 kB)   trace=4bf92f3577b34da6a3ce929d0e0e4736""")

neg("doc", "en", """Horoscope - week of 6 May
Aries (21 March - 19 April): a good week for paperwork.
Taurus (20 April - 20 May): happy birthday! Expect a surprise on the 14th.
Gemini (21 May - 20 June): slow down, especially on Thursday.
Lucky numbers this week: 4, 17, 23, 38, 41.""")

neg("prose", "en", """Obituary notice (archive, 1911): The shipbuilder Thomas Andrews (born 7 February 1873, Comber)
has been appointed managing director of the drafting department. He is the nephew of Lord Pirrie.
Andrews died on 15 April 1912 aboard the vessel he had designed.""")

neg("doc", "de", """Bundesliga, 31. Spieltag: Bayer Leverkusen - VfB Stuttgart 2:2 (Tore: Andrich 90.+6; Undav,
Führich). Trainer Xabi Alonso blieb mit seiner Mannschaft ungeschlagen. Tabellenplatz 1: 83 Punkte,
Tordifferenz +58. Nächstes Spiel: Sa, 11.05., 15:30 Uhr.""")

neg("doc", "fr", """Recette - Quiche lorraine (6 personnes)
Pâte brisée 250 g, lardons 200 g, 3 œufs, 25 cl de crème, 20 cl de lait, sel, poivre, muscade.
Préchauffer le four à 180 °C (th. 6). Cuisson : 35 à 40 min. Se conserve 2 jours au frais.
Valeur nutritionnelle pour 100 g : 285 kcal.""")

neg("doc", "es", """AVISO DE HUELGA - Metro de Madrid
Los días 14, 15 y 16 de mayo se prestarán servicios mínimos del 55 % entre las 6:00 y las 9:30.
Líneas afectadas: 1, 6 y 10. Información: 902 444 403 y @metro_madrid.""")

neg("doc", "it", """Estrazione del Lotto di giovedì 2 maggio 2024
Bari 41 77 12 88 03 - Cagliari 19 60 34 71 05 - Firenze 88 22 47 14 69
Napoli 05 38 81 27 44 - Roma 62 17 90 33 08. Jackpot SuperEnalotto: 71,4 milioni di euro.""")

neg("doc", "nl", """Weerbericht dinsdag 7 mei: eerst zon, later vanuit het zuidwesten buien, mogelijk met onweer.
Maximumtemperatuur 17 tot 21 graden, windkracht 3 tot 4. Luchtdruk 1012 hPa. Code geel voor
Zeeland tussen 14:00 en 20:00 uur. KNMI-weerlijn: 0900-8000 (betaald).""")

neg("doc", "pl", """Wyniki Lotto z 2 maja 2024: 4, 11, 19, 28, 36, 47. Lotto Plus: 2, 9, 21, 30, 33, 45.
Kumulacja w sobotę: 15 000 000 zł. Kupon nr 4120-8877-3091 należy zachować do odbioru wygranej.""")

neg("doc", "ja", """【運行情報】山手線 外回り 5月3日 8時12分頃、新宿駅で発生した信号トラブルの影響で、
一部列車に10〜15分の遅れが出ています。振替輸送を実施中。お問い合わせ：JR東日本お問い合わせセンター 050-2016-1600""")

neg("doc", "ko", """[리콜 안내] 전기포트 모델 KT-1720 (제조번호 2311A0001~2402B4120)
전원 차단 불량으로 무상 교환을 실시합니다. 접수: 080-412-8877 (무료), 기간: 2024.05.01~2024.12.31.""")

neg("doc", "zh", """上证指数5月3日收于3104.82点，上涨0.52%；深证成指收于9670.55点。两市成交额9812亿元。
贵州茅台（600519）收报1712.00元。以上数据仅供参考，不构成投资建议。""")

neg("doc", "ar", """مواقيت الصلاة في القاهرة - الجمعة 3 مايو 2024
الفجر 04:07 - الشروق 05:40 - الظهر 12:51 - العصر 16:29 - المغرب 19:03 - العشاء 20:28""")

neg("doc", "tr", """Süper Lig 35. hafta: Galatasaray 3-1 Fenerbahçe (Icardi 2, Mertens; Dzeko). Okan Buruk:
"Şampiyonluğa çok yakınız." Puan durumu: 1. Galatasaray 93, 2. Fenerbahçe 89. Maç 20:00'de başladı.""")

neg("doc", "ru", """Расписание экзаменов, весенняя сессия 2024
03.06 09:00 - Математический анализ, ауд. 412
07.06 10:30 - Линейная алгебра, ауд. 318
12.06 09:00 - Физика, ауд. 204
Консультации накануне в 15:00. Справки по тел. деканата: доб. 4120.""")

neg("doc", "pt", """Receita - Pão de queijo (rende 30 unidades)
500 g de polvilho azedo, 250 ml de leite, 120 ml de óleo, 2 ovos, 200 g de queijo minas curado, sal.
Forno pré-aquecido a 200 °C por 25 minutos. Validade congelado: 3 meses.""")

neg("doc", "sv", """MONTERINGSANVISNING - bokhylla BILLY-typ, art.nr 402.638.49
Delar: 2 x sidor (A), 1 x topp (B), 5 x hyllplan (C), 24 x skruv 110789, 8 x plugg 101350.
Vid saknade delar: ring kundtjänst 0775-700 500. Kvittot krävs vid reklamation.""")

neg("doc", "hi", """भारत बनाम ऑस्ट्रेलिया, तीसरा वनडे: भारत 312/6 (50 ओवर) - विराट कोहली 104, रोहित शर्मा 67।
ऑस्ट्रेलिया 289 (48.2 ओवर)। भारत 23 रन से जीता और सीरीज़ 2-1 से अपने नाम की।""")

neg("doc", "vi", """Tỷ giá ngoại tệ ngày 03/05/2024 (tham khảo): USD mua 25.154 - bán 25.484; EUR mua 26.512 - bán
27.966; JPY mua 159,12 - bán 168,43. Giá vàng SJC: 84,3 - 86,5 triệu đồng/lượng.""")

neg("doc", "id", """Jadwal penerbangan CGK -> DPS, Jumat 10 Mei 2024
GA 406  06:05 - 09:00  Terminal 3
QZ 7510 07:20 - 10:15  Terminal 2   (check-in tutup 45 menit sebelum keberangkatan)
Kode booking: TRX4QL. Call center maskapai: 0804 1 807 807.""")

neg("doc", "el", """Δρομολόγια πλοίων Πειραιάς - Νάξος, Σάββατο 11/05/2024
08:00 Blue Star Delos (άφιξη 13:30) - 07:25 SeaJet 2 (άφιξη 10:55). Εισιτήριο από 45,50 €.
Λιμεναρχείο Πειραιά: 210 4147800. Αριθμός κράτησης: 4128 8773.""")

neg("doc", "he", """לוח חגים תשפ"ד: יום הזיכרון - 13.5.2024, יום העצמאות - 14.5.2024, שבועות - 12.6.2024.
המשרדים יהיו סגורים בימים אלה. מוקד שירות: *2412 (24/7).""")

neg("doc", "uk", """Графік погодинних відключень на 04.05.2024, черга 3: 06:00-10:00, 14:00-18:00, 22:00-24:00.
Гаряча лінія ДТЕК: 0 800 40 15 45 (безкоштовно). Номер особового рахунку вказано у платіжці.""")

neg("doc", "ro", """Rezultate alegeri locale 2024 (parțial, 98% secții numărate): Nicușor Dan - 47,1%,
Gabriela Firea - 22,2%, Cristian Popescu Piedone - 15,6%. Prezența la vot: 43,6%. Actualizat la 02:40.""")

neg("doc", "cs", """Městská knihovna - otevírací doba: Po-Pá 9:00-19:00, So 9:00-13:00.
Novinky: ISBN 978-80-257-4120-7, ISBN 978-80-7491-887-3. Čtenářský průkaz na rok: 120 Kč.
Pokuta za zpoždění: 2 Kč/den. Telefon na výpůjční pult: 222 113 412.""")


# ================================================================ more documents in other languages
pos("shell", "de", """ 1012  cd /opt/warenwirtschaft
 1013  vim .env
 1014  docker compose up -d
 1015  docker exec -it ww-db psql "postgresql://ww_admin@localhost/ww"
 1016  export PGPASSWORD='[[K|Lager#Halle7-2024]]'
 1017  pg_dump -h [[IP|172.18.0.3]] -U ww_admin ww > /tmp/ww.sql
 1018  scp /tmp/ww.sql [[U|sftp://backup:B4ckup!Nord@sicherung.lager-nord.de/dumps/]]
 1019  rm /tmp/ww.sql""")

pos("sql", "es", """-- volcado parcial: tabla solicitantes (programa de becas, EE. UU.)
INSERT INTO solicitantes VALUES (301, '[[N|Guadalupe Ibarra Torres]]', '[[D|2005-03-19]]', '[[S|612-40-8873]]', '[[A|1420 W Cermak Rd Apt 2]]', 'Chicago', 'IL', '60608');
INSERT INTO solicitantes VALUES (302, '[[N|Héctor Manuel Olvera]]', '[[D|2004-11-02]]', '[[S|327-81-0496]]', '[[A|55 Calle Luna]]', 'San Juan', 'PR', '00901');
INSERT INTO solicitantes VALUES (303, 'PRUEBA PRUEBA', '2000-01-01', '000-00-0000', 'N/A', 'N/A', 'XX', '00000');""")

pos("log", "fr", """mai 03 07:41:12 borne-wifi-hall dhcpd: DHCPDISCOVER from [[MAC|d8:3a:dd:41:0f:72]] via eth1
mai 03 07:41:12 borne-wifi-hall dhcpd: DHCPOFFER on [[IP|10.77.3.58]] to [[MAC|d8:3a:dd:41:0f:72]] (iPhone-de-Lea) via eth1
mai 03 07:41:13 borne-wifi-hall dhcpd: DHCPREQUEST for [[IP|10.77.3.58]] from [[MAC|d8:3a:dd:41:0f:72]]
mai 03 07:41:13 borne-wifi-hall dhcpd: DHCPACK on [[IP|10.77.3.58]] to [[MAC|d8:3a:dd:41:0f:72]]
mai 03 07:42:00 borne-wifi-hall portail: accès invité accepté pour [[P|+33 6 41 27 88 30]] (code SMS envoyé)""")

pos("config", "pl", """# config/production.yml - system rezerwacji sal
database:
  url: "[[U|mysql://rezerwacje:Wawel%21Smok2024@10.3.1.22:3306/rezerwacje]]"
mailer:
  from: rezerwacje@osir-krakow.pl
  smtp_user: [[E|bartosz.nowicki@osir-krakow.pl]]
  smtp_password: [[K|Sukiennice-77]]
sms:
  api_key: [[K|smsapi_8fQ2vL7xT4mK9cR1nZ6b]]
  sender: OSiR""")

pos("csv", "tr", """sira\tad\tsoyad\ttc_kimlik\tdogum_tarihi\til\tcep
1\t[[N|Elif]]\t[[N|Şahin]]\t[[ID|<<t1>>]]\t[[D|03.09.1997]]\tİzmir\t[[P|0545 412 88 30]]
2\t[[N|Mert]]\t[[N|Öztürk]]\t[[ID|<<t2>>]]\t[[D|21.12.1989]]\tBursa\t[[P|0533 207 41 19]]
3\t[[N|Ayşegül]]\t[[N|Çelik]]\t[[ID|<<t3>>]]\t[[D|14.02.2001]]\tAntalya\t[[P|0506 318 72 44]]""",
    t1=tckn("471028396"), t2=tckn("290417583"), t3=tckn("618204937"))

pos("xml", "it", """<?xml version="1.0" encoding="UTF-8"?>
<FatturaElettronicaHeader>
  <CedentePrestatore>
    <DatiAnagrafici>
      <CodiceFiscale>[[ID|<<cf>>]]</CodiceFiscale>
      <Anagrafica><Nome>[[N|Lorenzo]]</Nome><Cognome>[[N|Fabbri]]</Cognome></Anagrafica>
      <RegimeFiscale>RF19</RegimeFiscale>
    </DatiAnagrafici>
    <Sede><Indirizzo>[[A|Via dell'Indipendenza 33]]</Indirizzo><CAP>40121</CAP><Comune>Bologna</Comune></Sede>
  </CedentePrestatore>
</FatturaElettronicaHeader>""", cf=codice_fiscale("FBBLNZ88A22A944"))

pos("court", "pt", """TRIBUNAL DE JUSTIÇA DO ESTADO DE MINAS GERAIS - Comarca de Belo Horizonte
Processo nº 5041288-73.2024.8.13.0024
AUTORA: [[N|MARIANA LOPES FIGUEIREDO]], brasileira, solteira, portadora do CPF nº [[ID|<<c>>]],
residente na [[A|Rua dos Timbiras, 1200, apto 401, Funcionários, Belo Horizonte/MG]]
RÉU: Banco Horizonte S.A., Belo Horizonte
Advogado da autora: [[N|Dr. Paulo Henrique Assis]]""".replace("[[N|Dr. Paulo Henrique Assis]]", "Dr. [[N|Paulo Henrique Assis]]"), c=cpf("127884301"))

pos("travel", "ko", """항공권 예약 확인서
예약번호: K7QX2M
승객명: [[N|LEE/JIYEON]] MS
여권번호: [[ID|M41288730]]
생년월일: [[D|1991.08.27]]
여정: ICN 10:25 → NRT 12:45 (KE703), 2024년 5월 24일
연락처: [[P|+82 10-4128-8830]]""")

pos("medical", "ja", """紹介状
患者氏名：[[N|高橋 一郎]] 様（男・７８歳）
生年月日：[[D|昭和２０年１２月３日]]
住所：[[A|大阪府大阪市北区梅田１丁目１２－３０－８０５]]
被保険者番号：[[ID|０１２８７７３０]]
傷病名：慢性心不全の増悪
紹介元：中村内科クリニック 院長 [[N|中村 恵]]""")

pos("vcard", "ja", """BEGIN:VCARD
VERSION:3.0
FN:[[N|伊藤 さくら]]
N:[[N|伊藤]];[[N|さくら]];;;
TEL;TYPE=CELL:[[P|080-1287-7304]]
EMAIL:[[E|sakura.ito.0312@gmail.com]]
BDAY:[[D|1995-03-12]]
END:VCARD""")

pos("invoice", "nl", """FACTUUR 2024-019 - Bijles wiskunde
Van: [[N|Jasmijn Veenstra]], ZZP'er, KvK 88412073
      [[A|Nieuwe Ebbingestraat 41a]]
      [[A|9712 NG Groningen]]
Aan: fam. [[N|Doornbos]], Haren
Omschrijving: 8 lessen à € 35,00 (maart-april)              € 280,00
Geen btw (KOR). Graag overmaken naar [[I|<<ib>>]] t.n.v. [[N|J. Veenstra]]""".replace("fam. [[N|Doornbos]]", "fam. [[N|Doornbos]]"), ib=iban("NL", "RABO0341288730"))

pos("cv", "es", """CURRÍCULUM VITAE
[[N|Paula Andrea Quintero Salas]]
Fecha de nacimiento: [[D|30/10/1994]] · Nacionalidad: colombiana · Pasaporte: [[ID|AX412887]]
Dirección: [[A|Calle de Alcalá 212, 4.º A, 28028 Madrid]] · Tel.: [[P|+34 641 28 87 30]]
Correo: [[E|paula.quintero.s@gmail.com]]
EXPERIENCIA
2022-hoy  Enfermera, Hospital universitario, Madrid
2017-2022 Enfermera, Clínica de Medellín""")

pos("config", "sv", """# group_vars/kassasystem.yml  (ansible)
kassa_db_host: [[IP|10.110.4.9]]
kassa_db_user: kassa
kassa_db_password: [[K|Kanelbulle#Fika42]]
swish_cert_password: [[K|Swish-Cert-2024-ab]]
ntp_servers:
  - 0.se.pool.ntp.org
  - 1.se.pool.ntp.org
admin_contact: it-drift@butikskedjan.se""")

pos("chat", "ar", """[١٠:٠٢ ص] [[N|سلمى]]: دكتور [[N|كريم]]، هذا رقم ملف الوالدة ووقت الموعد؟
[١٠:٠٥ ص] د. [[N|كريم الحسيني]]: رقم الملف 44128 والموعد الأحد الساعة ١١
[١٠:٠٥ ص] د. [[N|كريم الحسيني]]: أرسلي صورة الهوية على رقمي الخاص [[P|<<ph>>]]
[١٠:٠٦ ص] [[N|سلمى]]: حاضر، شكراً جزيلاً""", ph="+٩٦٢ ٧٩ ٥٤١ ٢٨٨٣")

pos("form", "zh", """酒店入住登记单
姓名：[[N|黄志明]]　　证件类型：港澳居民来往内地通行证
证件号码：[[ID|H41288730]]
出生日期：[[D|1979-06-30]]
联系电话：[[P|+852 9412 8873]]
房号：1806　入住：2024-05-03　退房：2024-05-05""")

pos("email", "it", """Da: [[N|Elisa Marchetti]] <[[E|elisa.marchetti@pec.it]]>
A: segreteria@studiolegale-ferri.it
Oggetto: delega per il ritiro atti

Gentile Avv. [[N|Ferri]],
delego mia sorella [[N|Beatrice Marchetti]], nata a Pesaro il [[D|2 febbraio 1991]], carta d'identità
n. [[ID|CA41288HT]], al ritiro del fascicolo presso il Vostro studio.
Cordiali saluti,
[[N|Elisa Marchetti]]""")


if __name__ == "__main__":
    emit("blind22", cases)
