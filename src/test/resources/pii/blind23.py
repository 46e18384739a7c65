"""blind23 - a blind, hand-labelled evaluation set for the PII detector. All data is invented.

Run from this directory:  python3 blind23.py > corpus-blind23.jsonl

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
pos("ticket", "en", """Ticket #INC-884120  |  Priority: P3  |  Channel: phone
Customer: [[N|Oluwaseun Adeyemi]]
Callback: [[P|(614) 555-0187]]  alt: [[P|+1 614 555 0142]]
E-mail: [[E|seun.adeyemi77@gmail.com]]
Ship-to:
  [[A|1427 Maple Hollow Rd]]
  [[A|Apt 3B]]
  [[A|Dayton, OH 45419]]
  USA
Notes: customer says the replacement router never arrived; tracking shows 1Z 999 AA1 01 2345 6784 delivered to a neighbour.
-- [[N|Kelsey Marchetti]], Tier 1 Support""")

neg("doc", "en", """## Authentication

All requests must be signed. For local testing you can use the documented example credentials:

    AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

Point the client at the sandbox endpoint https://sandbox.example.com/v2 (resolves to 192.0.2.44 in
the lab DNS). Questions go to api-support@example.com or the partner hotline 1-800-555-0100.
Current SDK version: 4.12.7 (released 2024-03-18).""")

pos("chat", "en", """[09:14] <[[N|marisol]]> morning! did anyone pick up the keys from reception?
[09:15] <[[N|tobias]]> yeah i have them, [[N|deb]] left them with me last night
[09:15] <[[N|marisol]]> great, can you give them to [[N|rahul]] before 10? he's doing the walkthrough with mrs [[N|okafor]]
[09:16] <[[N|tobias]]> sure. her number is [[P|07700 900418]] right?
[09:17] <[[N|marisol]]> yep, that's her mobile""")

neg("prose", "en", """Microsoft chief executive Satya Nadella told analysts on Tuesday that Azure revenue grew 31 per cent
in the quarter. Speaking from the company's Redmond campus, Nadella said demand for AI capacity
still outstrips supply. Shares rose 2.4 % in after-hours trading on the Nasdaq, where the stock
closed at $417.88. The results for the quarter ending 31 March will be published on 25 April.""")

pos("csv", "en", """employee_id,first_name,last_name,dob,ssn,home_address
E-10442,[[N|Brianna]],[[N|Kowalczyk]],[[D|1988-11-02]],[[S|412-58-3307]],"[[A|88 Sutter Creek Ln, Folsom, CA 95630]]"
E-10443,[[N|Dashawn]],[[N|Whitfield]],[[D|1979-04-27]],[[S|533-21-0948]],"[[A|4501 Greenmount Ave Apt 12, Baltimore, MD 21218]]"
E-10447,[[N|Mei-Ling]],[[N|Tran]],[[D|1995-07-19]],[[S|229-64-1175]],"[[A|17 Birch Point Dr, Nashua, NH 03062]]"
""")

neg("csv", "en", """region,quarter,units_sold,revenue_usd,returns
Northeast,Q1-2024,18422,2,311,980.00,412
Midwest,Q1-2024,15307,1,874,220.50,377
South,Q1-2024,22981,2,902,114.25,598
West,Q1-2024,19870,2,455,003.75,441
Total,,76580,9,543,318.50,1828
""")

pos("email", "en", """From: [[N|Harriet Lindqvist-Moore]] <[[E|h.lindqvist-moore@brightwaterlegal.co.uk]]>
To: [[E|callum.frew@outlook.com]]
Subject: Completion on [[A|14 Rosebery Crescent, Edinburgh EH12 5JY]]

Dear [[N|Callum]],

The funds arrived this morning and completion has taken place. Please collect the keys from the agent's
Leith office after 2pm.

Kind regards,
[[N|Harriet Lindqvist-Moore]]
Associate Solicitor
Brightwater Legal LLP, Edinburgh
Direct: [[P|+44 131 496 0723]] | Switchboard: 0131 496 0000""")

neg("email", "en", """From: Orders <noreply@shop.example.com>
Subject: Your order #4021-88813-0057 has shipped

Good news! Your order is on its way.
Tracking number: 9400 1000 0000 0000 0000 00 (USPS)
Payment: Visa ending in 4417 (**** **** **** 4417)
Estimated delivery: Thursday, 14 November

Need help? Reply to support@shop.example.com or call 1-888-555-0199 (toll-free, 8am–8pm ET).""")

pos("config", "en", """# production .env -- DO NOT COMMIT
APP_ENV=production
DATABASE_URL=[[U|postgres://app_rw:Vq7!trP2mx@db-prod-01.internal:5432/billing]]
REDIS_URL=redis://cache-01.internal:6379/0
STRIPE_SECRET_KEY=[[K|sk_live_51NxQe2LkT8vRbY0cPzW3hJ4mKd9FsA7uG1oE6iBn2]]
SENTRY_DSN=https://public@o0.ingest.sentry.io/0
ADMIN_EMAIL=[[E|g.petrosyan@northfieldbilling.com]]
""")

neg("config", "en", """# .env.example -- copy to .env and fill in
APP_ENV=development
DATABASE_URL=postgres://<user>:<password>@localhost:5432/billing
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
JWT_SECRET=${JWT_SECRET}
ADMIN_EMAIL=admin@example.com
SMTP_PASSWORD=changeme
""")

pos("log", "en", """Mar 11 02:14:07 bastion-2 sshd[21877]: Failed password for invalid user admin from [[IP|185.220.101.47]] port 51322 ssh2
Mar 11 02:14:09 bastion-2 sshd[21877]: Failed password for invalid user admin from [[IP|185.220.101.47]] port 51330 ssh2
Mar 11 07:58:41 bastion-2 sshd[22410]: Accepted publickey for jfairweather from [[IP|10.40.12.88]] port 60122 ssh2
Mar 11 07:58:41 bastion-2 dhcpd[811]: DHCPACK on [[IP|10.40.12.88]] to [[MAC|3c:22:fb:9a:41:7e]] (JF-LAPTOP) via eth1
Mar 11 08:03:12 bastion-2 sudo: jfairweather : TTY=pts/0 ; PWD=/home/jfairweather ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx""")

neg("log", "en", """2024-05-02T10:00:01Z INFO  starting web-api v3.8.2 (commit 9f2c1e7a4b)
2024-05-02T10:00:01Z INFO  listening on 0.0.0.0:8080
2024-05-02T10:00:02Z INFO  connected to cache at 127.0.0.1:6379
2024-05-02T10:00:02Z WARN  TLS certificate expires in 14 days (CN=api.example.org)
2024-05-02T10:00:05Z INFO  health check GET /healthz 200 1.2ms
2024-05-02T10:00:35Z INFO  health check GET /healthz 200 0.9ms""")

pos("hl7", "en", """MSH|^~\\&|EPIC|STMARYS|LAB|STMARYS|202403051122||ADT^A04|MSG00918|P|2.5
EVN|A04|202403051122
PID|1||MRN448120^^^STMARYS^MR||[[N|ABERNATHY^LUCINDA^R]]||[[D|19610318]]|F|||[[A|2290 Old Mill Rd]]^^Lancaster^PA^17601||[[P|(717)555-0164]]|||||[[S|187-40-2291]]
NK1|1|[[N|ABERNATHY^GERALD]]|SPO|[[A|2290 Old Mill Rd]]^^Lancaster^PA^17601|[[P|(717)555-0135]]
PV1|1|O|CLINIC^2^B|||||1043^[[N|PATEL^NIRAV]]^^^^DR""")

pos("vcard", "en", """BEGIN:VCARD
VERSION:3.0
FN:[[N|Imogen Achterberg]]
N:[[N|Achterberg]];[[N|Imogen]];;;
TEL;TYPE=CELL:[[P|+1-312-555-0178]]
EMAIL;TYPE=HOME:[[E|imogen.achterberg@fastmail.com]]
ADR;TYPE=HOME:;;[[A|915 W Belden Ave]];Chicago;IL;60614;USA
BDAY:[[D|1990-02-14]]
END:VCARD""")

pos("medical", "en", """Dear Dr [[N|Okonjo]],

Re: [[N|Fionnuala Brennan]]   DOB: [[D|03/09/1954]]   NHS No: [[ID|<<nhs1>>]]
    [[A|Flat 2, 41 Abbeydale Road]]
    [[A|Sheffield S7 1FE]]

Thank you for referring this lady, who attended the respiratory clinic today with her daughter [[N|Aoife]].
Spirometry confirms moderate COPD. I have started a LAMA inhaler and will review in 3 months.

Yours sincerely,
[[N|Rhys Penhaligon]]
Consultant Respiratory Physician""", nhs1=nhs("485777312"))

neg("medical", "en", """PATIENT INFORMATION LEAFLET - Amoxicillin 500 mg capsules

Take one capsule three times a day for 5 days unless your doctor tells you otherwise.
If you get a rash, swelling or difficulty breathing, stop taking this medicine and call 999.
For non-urgent advice call NHS 111 or visit www.nhs.uk.
Manufacturer: Generico Pharma Ltd, Leeds. PL 12345/0678. Leaflet revised: 08/2023.""")

pos("court", "en", """UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF GEORGIA

[[N|TERRENCE L. MCALLISTER]],
        Plaintiff,
v.                                              Civil Action No. 1:23-cv-04471-ELR
QUICKHAUL LOGISTICS, INC.,
        Defendant.

DECLARATION OF [[N|YOLANDA PIERCE-GRANT]]
1. I reside at [[A|3318 Candler Ridge Dr, Decatur, GA 30032]], and I am over eighteen years of age.
2. On June 3, 2022 I witnessed the collision at the intersection of Ponce de Leon Ave and Moreland Ave.""")

neg("court", "en", """Brown v. Board of Education of Topeka, 347 U.S. 483 (1954), decided May 17, 1954.
Chief Justice Earl Warren delivered the unanimous opinion of the Court. The case consolidated
appeals from Kansas, South Carolina, Virginia and Delaware. Thurgood Marshall argued for the
appellants on behalf of the NAACP Legal Defense Fund.
See also Plessy v. Ferguson, 163 U.S. 537 (1896).""")

pos("invoice", "en", """INVOICE  No. 2024-0317
Fernhill Joinery, Bristol

Bill to:
Mr [[N|Anand Viswanathan]]
[[A|7 Cotham Vale]]
[[A|Bristol BS6 6HR]]

Bespoke oak bookcase ...................... £1,840.00
Fitting (6 h) ............................. £  270.00
Total due ................................. £2,110.00

Paid by bank transfer from [[I|<<ib1>>]] on 12 April 2024.""", ib1=iban("GB", "BARC20005741839217"))

neg("invoice", "en", """TAX INVOICE                                   Invoice no: INV-88120
Supplier: Kestrel Components Pty Ltd, Melbourne         ABN 51 824 753 556
Customer: Harbourline Marine Services, Newcastle        PO: 4500093321

Qty  Item                              Unit      Total
 40  M8 stainless hex bolt (box/100)   18.50     740.00
 12  Marine sealant 310 ml              9.90     118.80
                                       GST        85.88
                                       TOTAL     944.68
Payment terms: 30 days. Ref: INV-88120. Enquiries: accounts@kestrel.example""")

pos("travel", "en", """BOOKING CONFIRMATION   PNR: K7XQ2M
Passenger 1: [[N|OYELARAN/ADEBOLA]] MRS
  Passport: [[ID|A07718342]]  Nationality: NGA  DOB: [[D|12JUN84]]  Expiry: 03MAR31
Passenger 2: [[N|OYELARAN/TIMI]] MSTR
  Passport: [[ID|A09920117]]  Nationality: NGA  DOB: [[D|30JAN15]]
Flight  BA 074  LOS-LHR  18NOV  23:15  Seat 34A/34B
Contact: [[P|+234 803 555 2718]]  [[E|bola.oyelaran@yahoo.com]]""")

neg("travel", "en", """ScotRail  Glasgow Queen Street -> Edinburgh Waverley   (valid from 19 May)
Dep    Arr    Changes  Platform  Notes
06:00  06:52  0        5         Mon-Sat
06:15  07:05  0        6
06:30  07:21  0        5         via Falkirk High
07:00  07:50  0        7
Fares: Anytime Day Return £15.90 | Off-Peak Day Return £14.40 | Railcard discount 1/3""")

pos("shell", "en", """  501  cd ~/projects/reporting
  502  export PGPASSWORD=[[K|Hx9#qLm2vTz]]
  503  psql -h [[IP|10.12.0.5]] -U reporting -d analytics
  504  curl -u [[K|svc-reporting:Lw4pN8xR2qY7]] https://jenkins.internal/job/nightly/build
  505  git clone [[U|https://ci-bot:ghp_7Yh2KqLmN3pR8sT1vW4xZ6bC9dF0gJ5aE2hQ@github.com/acme-int/reports.git]]
  506  ssh deploy@web-03.internal
  507  history | grep curl""")

neg("shell", "en", """  88  git checkout -b feature/pagination
  89  npm install --save lodash@4.17.21
  90  docker build -t web-api:3.8.2 .
  91  docker run -p 8080:8080 web-api:3.8.2
  92  curl http://localhost:8080/healthz
  93  git commit -am "bump version to 3.8.3"
  94  git push origin feature/pagination""")

pos("sql", "en", """-- dump of table `customers` (partial)
INSERT INTO customers (id, full_name, email, phone, street, city, zip, dob) VALUES
(2201, '[[N|Graciela Montoya-Reyes]]', '[[E|gmontoya.reyes@icloud.com]]', '[[P|+1 505 555 0191]]', '[[A|612 Camino del Sol]]', 'Santa Fe', '87505', '[[D|1972-08-30]]'),
(2202, '[[N|Kwabena Asante]]', '[[E|kasante@protonmail.com]]', '[[P|(919) 555-0112]]', '[[A|4020 Lassiter Mill Rd]]', 'Raleigh', '27609', '[[D|1985-01-11]]'),
(2203, '[[N|Svetlana Oyelowo]]', '[[E|svetlana.o@gmail.com]]', '[[P|206-555-0133]]', '[[A|1811 NE 65th St Unit 4]]', 'Seattle', '98115', '[[D|1993-12-05]]');""")

neg("sql", "en", """CREATE TABLE products (sku VARCHAR(16) PRIMARY KEY, name TEXT, price NUMERIC(8,2), stock INT);
INSERT INTO products VALUES
('TRK-2200-BLK', 'Trailblazer 22L backpack, black', 89.00, 140),
('TRK-2200-OLV', 'Trailblazer 22L backpack, olive', 89.00, 62),
('HDL-500', 'Headlamp 500 lm USB-C', 39.50, 410),
('BTL-750-ST', 'Insulated bottle 750 ml steel', 24.99, 0);""")

pos("html", "en", """<form id="contact" action="/submit" method="post">
  <input name="name" value="[[N|Ewa Castellanos]]">
  <input name="email" value="[[E|ewa.castellanos@hey.com]]">
  <input name="phone" value="[[P|+1 (415) 555-0166]]">
  <textarea name="message">Hi, I'd like a quote for re-roofing my house at [[A|2147 Filbert Street, San Francisco, CA 94123]]. My husband [[N|Rodrigo]] will be home Tuesday.</textarea>
</form>""")

neg("html", "en", """<footer class="site-footer">
  <h4>Contact us</h4>
  <p>Northwind Outdoor Co. &middot; Portland, Oregon</p>
  <p>Customer care: <a href="tel:18005550134">1-800-555-0134</a> (toll-free)</p>
  <p>Press: <a href="mailto:press@northwind.example">press@northwind.example</a></p>
  <p>&copy; 2024 Northwind Outdoor Co. v2.14.0</p>
</footer>""")

pos("json", "en", """{
  "user_id": 88412,
  "display_name": "[[N|Tamsin Okeke-Wright]]",
  "email": "[[E|tamsin.ow@gmail.com]]",
  "date_of_birth": "[[D|1999-06-21]]",
  "last_login_ip": "[[IP|81.102.47.219]]",
  "device_mac": "[[MAC|A4-83-E7-2C-19-B0]]",
  "payment": {"card": "[[C|<<c1>>]]", "exp": "09/27"}
}""", c1=card("411900004481732", sep=""))

neg("json", "en", """{
  "name": "@acme/ui-kit",
  "version": "7.3.0",
  "author": "Acme Software Ltd",
  "license": "MIT",
  "repository": "https://github.com/acme/ui-kit",
  "bugs": {"email": "oss@acme.example"},
  "dependencies": {"react": "^18.2.0", "clsx": "2.1.1"}
}""")

pos("xml", "en", """<Policyholder>
  <GivenName>[[N|Declan]]</GivenName>
  <FamilyName>[[N|Ó Briain]]</FamilyName>
  <BirthDate>[[D|1967-10-08]]</BirthDate>
  <PPSN>[[ID|<<pp>>]]</PPSN>
  <Address>
    <Line1>[[A|Ardnagreevagh House]]</Line1>
    <County>Co. Galway</County>
    <Eircode>H91 X2K7</Eircode>
  </Address>
  <Mobile>[[P|087 555 3192]]</Mobile>
</Policyholder>""", pp=ppsn("4417302"))

pos("hr", "en", """STAFF RECORD - CONFIDENTIAL
Name:            [[N|Nadia Boukhari]]
Preferred name:  [[N|Nadi]]
SIN:             [[ID|<<s1>>]]
Date of birth:   [[D|April 4, 1986]]
Home address:    [[A|55 Rue Wellington, Apt 7, Gatineau, QC J8X 2H4]]
Emergency:       [[N|Karim Boukhari]] (brother) [[P|819-555-0147]]
Manager:         [[N|Pietro Vanacore]]
Start date:      2019-09-03   Position: Payroll Analyst II""", s1=sin("04682719"))

pos("form", "en", """TAX FILE NUMBER DECLARATION
1  Tax file number:        [[ID|<<t1>>]]
2  Title: Ms   Surname: [[N|Nguyen-Hartley]]
   First given name: [[N|Linh]]   Other given names: [[N|Charlotte]]
3  Home address: [[A|12/48 Ferntree Gully Road]]
                 [[A|Oakleigh East VIC 3166]]
4  Date of birth: [[D|22 / 11 / 1997]]
Signature: ________________    Date: 01/07/2024""", t1=tfn("58240117"))

neg("doc", "en", """Ada Lovelace (born 10 December 1815, London - died 27 November 1852) was an English
mathematician and writer, chiefly known for her work on Charles Babbage's proposed
mechanical general-purpose computer, the Analytical Engine. She was the only legitimate
child of the poet Lord Byron and Anne Isabella Milbanke. Ada Lovelace Day is celebrated
on the second Tuesday of October.""")

pos("report", "en", """CLINIC LIST  Dr [[N|Sanjay Mehrotra]]   Tue 14 May 2024                    page 1/1
TIME   PATIENT                      DOB          PHONE            REASON
09:00  [[N|HOLLOWAY, Bernard]]            [[D|02-Feb-1948]]  [[P|01632 960 441]]    BP review
09:15  [[N|ADEYEMI-COLE, Precious]]       [[D|17-Aug-1990]]  [[P|07700 900 812]]    Contraception
09:30  [[N|WISNIEWSKI, Tomasz]]           [[D|30-Nov-1971]]  [[P|07700 900 233]]    Back pain
09:45  [[N|FRASER, Morag]]                [[D|09-Mar-2016]]  [[P|01632 960 775]]    Asthma check""")

neg("report", "en", """DEPARTURES  Terminal 2                                  updated 14:05
FLIGHT   DESTINATION        SCHEDULED  EXPECTED  GATE  STATUS
LH 2473  Munich             14:20      14:20     B32   Boarding
AF 1169  Paris CDG          14:35      14:50     B28   Delayed
KL 1012  Amsterdam          14:40      14:40     B30   Go to gate
EI 157   Dublin             15:05      15:05     --    Check-in open
SK 806   Copenhagen         15:15      15:25     --    Delayed""")

neg("ticket", "en", """INC0049921  Sev2  Networking
Summary: intermittent packet loss between 10.20.0.0/16 and the DR site
Detail: traceroute shows loss at hop 4 (core-sw-02). Firmware is 17.9.4a; vendor advisory
cisco-sa-20240327 recommends 17.9.5. Resolver fallback 1.1.1.1 unaffected.
SHA256 of config backup: 3f9a1c0e5b7d2a4f8e6c1b0d9a7f5e3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e
Assigned group: NOC-L2. Next update due 16:00 UTC.""")

pos("code", "en", """# tests/fixtures/seed_users.py  (copied from prod snapshot - FIXME scrub!)
SEED_USERS = [
    {"name": "[[N|Hyun-woo Baek]]", "email": "[[E|hyunwoo.baek@naver.com]]", "ssn": "[[S|318-62-4490]]"},
    {"name": "[[N|Esperanza Quintanilla]]", "email": "[[E|esperanza.q@gmail.com]]", "ssn": "[[S|547-09-2236]]"},
]
SENDGRID_API_KEY = "[[K|SG.kR3vT9xQ2mLp8sW1aB4cD6.eF7gH0jK2lM5nP8qR1sT4uV7wX0yZ3aB6cD9eF2g]]"
""")

neg("code", "en", """def send_welcome(user):
    # Replace YOUR_API_KEY with the key from the dashboard
    client = Mailer(api_key=os.environ.get("MAILER_API_KEY", "YOUR_API_KEY"))
    EMAIL_RE = re.compile(r"^[\\w.+-]+@[\\w-]+\\.[\\w.]+$")
    assert EMAIL_RE.match("jane.doe@example.com")
    return client.send(to=user.email, template="welcome-v2")""")

pos("letter", "en", """[[N|Margaret Ferreira-Quist]]
[[A|PO Box 1184]]
[[A|Whangarei 0140]]

18 March 2024

Inland Revenue, Wellington

Dear Sir or Madam,

My IRD number is [[ID|<<ir>>]]. I enclose my late husband [[N|Lionel]]'s final return together with
the death certificate. Please contact me on [[P|021 555 0874]] if anything further is required.

Yours faithfully,
[[N|Margaret Ferreira-Quist]]""", ir=ird("04909185"))

neg("letter", "en", """Office of the Mayor
City Hall, Chicago

Dear Residents,

The Chicago Marathon will take place on Sunday 13 October. Lake Shore Drive and Michigan Avenue
will be closed from 5:00am to 4:00pm. For information call 311 or visit chicago.gov/marathon.

Sincerely,
Office of the Mayor""")

pos("chat", "en", """WhatsApp  -  Family group
[18/02/24, 19:02] Mum: has anyone got nana's new address?
[18/02/24, 19:05] [[N|Jodie]]: it's [[A|Unit 4, 22 Kestrel Close, Toowoomba QLD 4350]]
[18/02/24, 19:05] [[N|Jodie]]: and her landline is [[P|(07) 4655 0192]]
[18/02/24, 19:07] [[N|Liam]]: cheers. Aunty [[N|Bev]] said she's moving in on the 3rd
[18/02/24, 19:08] Mum: 👍""")


# ================================================================ Chinese
pos("form", "zh", """个人信息登记表
姓名：[[N|周晓岚]]          性别：女
身份证号码：[[ID|<<id1>>]]
出生日期：[[D|1990年3月12日]]
手机：[[P|139 1078 4452]]
现住址：[[A|北京市朝阳区望京街道阜荣街10号院3号楼1单元502室]]
紧急联系人：[[N|周建国]]（父亲） [[P|138-0113-7625]]""", id1=cn_id("11010519900312442"))

pos("chat", "zh", """微信群「三单元业主群」
[[N|刘思远]]：明天上午物业来修水管，谁家有人？
[[N|陈蕾]]：我在家，1802的
[[N|刘思远]]：好的，师傅电话 [[P|186 2145 7730]]，姓[[N|郭]]
[[N|王欣怡]]：我家的钥匙放在[[N|陈蕾]]那儿了，麻烦帮开下门🙏""")

pos("invoice", "zh", """【京东】订单详情
订单编号：278813904415
收货人：[[N|黄梓涵]]
联系电话：[[P|+86 135 7012 6648]]
收货地址：[[A|广东省深圳市南山区粤海街道科苑南路3099号中国储能大厦B座1106]]
商品：小米空气净化器 4 Pro  ×1   ¥1,299.00
支付方式：银联卡 [[C|<<c1>>]]""", c1=card("621483015527041", sep=" "))

pos("csv", "zh", """工号\t姓名\t出生日期\t身份证号\t家庭住址
A0231\t[[N|欧阳明轩]]\t[[D|1987-05-09]]\t[[ID|<<a>>]]\t[[A|浙江省杭州市西湖区文三路477号华星科技大厦旁花园新村12幢2单元301]]
A0232\t[[N|马丽娜]]\t[[D|1993-11-26]]\t[[ID|<<b>>]]\t[[A|四川省成都市武侯区玉林北路18号附3号]]
""", a=cn_id("33010619870509283"), b=cn_id("51010719931126054"))

neg("prose", "zh", """新华社杭州电　阿里巴巴集团创始人马云近日回到杭州，参观了位于西湖区的云谷学校。
据悉，阿里巴巴集团2024财年营收达9411.68亿元，同比增长8%。
公司董事会主席蔡崇信表示，集团将继续加大在人工智能领域的投入。
本次活动于2024年5月20日举行。""")

neg("doc", "zh", """售后服务说明
1. 全国客服热线：400-810-5888（周一至周日 8:00-22:00）
2. 顺丰快递单号示例：SF1402381924765，可在官网查询物流
3. 订单号：2024052000187733；发票号码：044031900111 28573109
4. 退货地址请以客服通知为准，请勿寄往上海总部。
5. 固件版本 v2.3.18，发布日期 2024-04-01""")

neg("report", "zh", """2023年各省常住人口统计（单位：万人）
省份      常住人口    城镇化率
广东      12706       75.4%
山东      10123       65.5%
河南       9815       58.1%
江苏       8526       75.0%
四川       8368       59.5%
数据来源：国家统计局，发布日期：2024年2月29日""")

# ================================================================ Japanese
pos("form", "ja", """履　歴　書　　　　　　　　　　　　2024年6月1日現在
ふりがな　[[N|まつした　ちひろ]]
氏　　名　[[N|松下　千尋]]
生年月日　[[D|平成2年4月15日]]生（満34歳）
郵便番号　156-0043
現住所　　[[A|東京都世田谷区松原3丁目14-7 コーポ松原203号]]
電　　話　[[P|090-3418-2276]]
E-mail　　[[E|chihiro.matsushita@docomo.ne.jp]]
個人番号　[[ID|<<mn>>]]""", mn=my_number("41827735091"))

pos("email", "ja", """件名：お見積りの件（株式会社ミナトテック）

[[N|高橋]]様

いつもお世話になっております。
先日ご依頼いただいたお見積りを添付にてお送りいたします。
ご不明点がございましたら、下記までご連絡ください。

――――――――――――――
株式会社ミナトテック　営業部
[[N|小野寺　健太]]
直通：[[P|03-5412-8876]]　携帯：[[P|080-2297-4153]]
[[E|k.onodera@minatotech.co.jp]]
――――――――――――――""")

pos("chat", "ja", """LINE　トーク
[[N|ゆい]]：今日の飲み会、何時からだっけ？
[[N|けんじ]]：19時！[[N|さくら]]ちゃんも来るって
[[N|ゆい]]：了解〜　[[N|さくら]]の新しい住所ってどこだっけ？年賀状送りたい
[[N|けんじ]]：[[A|神奈川県横浜市港北区日吉本町2-33-5 サンハイツ101]]だよ""")

pos("medical", "ja", """診療情報提供書
紹介先：市立病院　循環器内科　[[N|藤原]]先生
患者氏名：[[N|岩崎　登美子]]（[[N|いわさき　とみこ]]）様　女性
生年月日：[[D|昭和22年11月3日]]
住所：[[A|大阪府堺市北区中百舌鳥町5丁目8番地]]
電話：[[P|072-255-0913]]
主訴：労作時の息切れ。心電図にて心房細動を認めました。ご高診のほどお願い申し上げます。
紹介元：さくら内科クリニック　院長　[[N|森田　修一]]""")

neg("doc", "ja", """会社概要
社名：　株式会社サンライズ食品
本社：　大阪市
設立：　1978年4月1日
資本金：　3億5千万円
お客様相談室：　0120-123-456（フリーダイヤル、平日9時〜17時）
お問い合わせ：　info@sunrise-foods.example
製品番号 SR-2280-A　賞味期限 2025.03.31""")

neg("prose", "ja", """徳川家康（1543年1月31日生まれ、1616年6月1日没）は、戦国時代から江戸時代初期の武将・大名である。
1603年に征夷大将軍に任ぜられ、江戸幕府を開いた。
現在の愛知県岡崎市にある岡崎城で生まれたとされ、久能山東照宮に葬られた。
日光東照宮は世界遺産「日光の社寺」の一部である。""")

neg("report", "ja", """東海道新幹線　のぞみ　東京→新大阪（平日）
列車名　　東京発　品川発　名古屋着　京都着　新大阪着
のぞみ1号　6:00　　6:07　　7:33　　　8:09　　8:24
のぞみ3号　6:09　　6:16　　7:45　　　8:21　　8:36
のぞみ5号　6:18　　6:25　　7:51　　　8:27　　8:42
※時刻は2024年3月16日改正""")

# ================================================================ Korean
pos("form", "ko", """가입 신청서
성명: [[N|김민준]]
주민등록번호: [[ID|<<r1>>]]
생년월일: [[D|1990년 4월 15일]]
주소: [[A|서울특별시 마포구 성미산로17길 42, 302호]]
휴대전화: [[P|010-4821-9937]]
이메일: [[E|minjun.kim90@naver.com]]""", r1=kr_rrn("900415110342"))

pos("chat", "ko", """카카오톡 - 동창 모임
[[N|지은]]: 다음주 토요일 괜찮아?
[[N|서준]]: ㅇㅇ 나 가능. [[N|하늘]]이도 온대
[[N|지은]]: 장소는 [[N|민서]]네 집 어때? [[A|경기도 성남시 분당구 정자일로 95, 1203동 1402호]]
[[N|서준]]: 좋아 ㅋㅋ 내 번호 바뀌었어 [[P|010-7713-2048]]""")

pos("invoice", "ko", """[택배 운송장]
운송장번호: 6812 4470 9923
보내는 분: [[N|박서연]]  [[P|010-2259-6618]]
받는 분: [[N|이도윤]]  [[P|010-9034-1175]]
받는 주소: [[A|부산광역시 해운대구 마린시티2로 38, 아이파크 101동 2304호]]
품목: 의류  /  수량 1  /  선불""")

pos("hr", "ko", """인사기록카드
사번: 2019-0412    부서: 재무팀
성명(한글): [[N|최윤서]]   성명(영문): [[N|CHOI YUNSEO]]
주민등록번호: [[ID|<<r2>>]]
주소: [[A|대구광역시 수성구 동대구로 123, 5층]]
연락처: [[P|010-3380-5524]]""", r2=kr_rrn("880712234511"))

neg("prose", "ko", """삼성전자는 30일 수원 본사에서 2024년 1분기 실적을 발표했다. 매출은 71조 9천억 원, 영업이익은
6조 6천억 원을 기록했다. 이재용 회장은 지난달 평택캠퍼스를 방문해 반도체 생산라인을 점검했다.
회사 측은 하반기 HBM3E 12단 제품의 양산을 본격화할 계획이라고 밝혔다.""")

neg("doc", "ko", """고객센터 안내
대표번호: 1588-3820 (평일 09:00~18:00)
주문번호: 20240517-0048812
결제카드: 신한카드 ****-****-****-3391
배송조회: CJ대한통운 송장번호는 주문 상세에서 확인하세요.
앱 버전 5.12.3 이상에서 이용 가능합니다.""")

neg("prose", "ko", """세종대왕(1397년 5월 15일 ~ 1450년 4월 8일)은 조선의 제4대 국왕이다.
1443년 훈민정음을 창제하였으며, 1446년에 반포하였다. 서울 광화문광장에는
세종대왕 동상이 세워져 있으며, 매년 5월 15일은 스승의 날로 기념된다.""")

# ================================================================ Arabic
pos("form", "ar", """نموذج فتح حساب
الاسم الكامل: [[N|عبدالله بن فهد القحطاني]]
رقم الهوية الوطنية: [[ID|<<sa>>]]
تاريخ الميلاد: [[D|١٤١٠/٠٥/١٢]] هـ
الجوال: [[P|+966 55 318 4402]]
العنوان الوطني: [[A|٣٢١٤ طريق الأمير سلطان، حي المحمدية، جدة ٢٣٦١٧]]
الآيبان: [[I|<<ib>>]]""", sa=saudi("104827719"), ib=iban("SA", "10000029481732004417"))

pos("email", "ar", """إلى: [[E|mariam.elsayed88@gmail.com]]
الموضوع: تأكيد حجز الموعد

السيدة/ [[N|مريم السيد عبد الرحمن]]،
نؤكد موعدكم يوم الأحد الساعة العاشرة صباحاً. يرجى إحضار بطاقة الرقم القومي ([[ID|29107150104418]]).
العنوان المسجل لدينا: [[A|١٤ شارع النخيل، الحي السابع، مدينة نصر، القاهرة]]

مع التحية،
د. [[N|هشام فاروق]]""")

pos("chat", "ar", """واتساب
[[N|يوسف]]: السلام عليكم، وصلت؟
[[N|ليلى]]: وعليكم السلام، أنا عند الباب. رقم الشقة كم؟
[[N|يوسف]]: [[A|عمارة ٧، شقة ١٢، شارع الجاحظ، الزمالك]]
[[N|ليلى]]: تمام، لو ما فتحت اتصل على [[N|سعاد]] [[P|٠١٠٠٤٢٨٧٣٥١]]""")

pos("hr", "ar", """بطاقة موظف
الاسم: [[N|سلطان راشد المنصوري]]
رقم الهوية الإماراتية: [[ID|<<em>>]]
تاريخ الميلاد: [[D|22/09/1988]]
الهاتف: [[P|+971 50 642 1187]]
رقم الحساب (IBAN): [[I|<<ae>>]]
جهة العمل: دبي""", em=emirates("78419880234567"), ae=iban("AE", "0330000019284475321"))

neg("prose", "ar", """افتتح صاحب السمو الشيخ محمد بن راشد آل مكتوم، نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي،
معرض جيتكس للتقنية في مركز دبي التجاري العالمي. ويشارك في المعرض أكثر من ٦٠٠٠ شركة من ١٨٠ دولة.
ويستمر المعرض حتى ١٨ أكتوبر ٢٠٢٤، بالقرب من برج خليفة.""")

neg("doc", "ar", """خدمة العملاء
للاستفسارات اتصل على الرقم المجاني 800 124 0000
رقم الطلب: ORD-7730192
البطاقة المستخدمة: **** **** **** 5521
رقم الشحنة: 1Z84R2190377651048
البريد الإلكتروني: support@souq.example""")

neg("report", "ar", """مواقيت الصلاة - الرياض - الأسبوع الأول من رمضان ١٤٤٥
اليوم       الفجر   الظهر   العصر   المغرب   العشاء
الاثنين     ٤:٥٦    ١٢:٠٦   ٣:٢٨    ٥:٥٩    ٧:٢٩
الثلاثاء    ٤:٥٥    ١٢:٠٦   ٣:٢٨    ٦:٠٠    ٧:٣٠
الأربعاء    ٤:٥٤    ١٢:٠٦   ٣:٢٨    ٦:٠٠    ٧:٣٠""")

# ================================================================ Hebrew
pos("form", "he", """טופס הצטרפות לקופת חולים
שם פרטי: [[N|נועה]]   שם משפחה: [[N|ברקוביץ]]
מספר תעודת זהות: [[ID|<<i1>>]]
תאריך לידה: [[D|03.02.1992]]
כתובת: [[A|רחוב הנרקיס 12 דירה 4, רמת גן]]
טלפון נייד: [[P|052-718-3390]]""", i1=il_id("30418827"))

pos("medical", "he", """סיכום ביקור - מרפאה כללית
מטופל: [[N|אברהם לוי-שטרן]], ת"ז [[ID|<<i2>>]], יליד [[D|14.08.1951]]
רופא מטפל: ד"ר [[N|יעל אוחיון]]
אבחנה: יתר לחץ דם. המלצה: המשך טיפול, מעקב בעוד חודשיים.
טלפון לבירורים של המטופל: [[P|03-6412277]]""", i2=il_id("05711493"))

pos("chat", "he", """[[N|דני]]: היי, מה הכתובת של [[N|שירה]]?
[[N|מיכל]]: [[A|שדרות ירושלים 88, יפו]], קומה 3
[[N|דני]]: תודה! והטלפון שלה?
[[N|מיכל]]: [[P|054-2281936]]""")

pos("letter", "he", """לכבוד
[[N|משה גולדברג]]
[[A|רחוב האלון 7]]
[[A|חיפה 3303114]]

הנדון: החזר מס
הסכום יועבר לחשבונך [[I|<<il>>]] בתוך 30 יום.
בברכה,
[[N|רונית כהן]], פקידת שומה""", il=iban("IL", "0126490000048213377"))

neg("prose", "he", """דוד בן-גוריון (16 באוקטובר 1886 – 1 בדצמבר 1973) היה ראש הממשלה הראשון של מדינת ישראל.
הוא הכריז על הקמת המדינה ב-14 במאי 1948 בבית דיזנגוף בתל אביב.
נמל התעופה הבינלאומי בלוד נקרא על שמו.""")

neg("doc", "he", """שירות לקוחות
מוקד טלפוני: *2700 או 1-800-800-800
מספר הזמנה: 4471-2290
כרטיס אשראי: XXXX-XXXX-XXXX-8812
שעות פעילות: א'-ה' 08:00-20:00""")

neg("report", "he", """לוח זמנים - קו 480 ירושלים - תל אביב
יציאה מהתחנה המרכזית ירושלים   הגעה לתחנת ארלוזורוב
06:00                          07:05
06:20                          07:25
06:40                          07:50
מחיר נסיעה: 16 ש"ח""")

# ================================================================ Hindi
pos("form", "hi", """बैंक खाता खोलने का आवेदन पत्र
आवेदक का नाम: [[N|सुनीता देवी शर्मा]]
पिता/पति का नाम: [[N|राजेश कुमार शर्मा]]
जन्म तिथि: [[D|१२/०८/१९८६]]
आधार संख्या: [[ID|<<ad>>]]
पैन: [[ID|BQRPS4471K]]
पता: [[A|मकान नं. 114, गली नं. 3, शास्त्री नगर, जयपुर 302016]]
मोबाइल: [[P|+91 98290 41736]]""", ad=aadhaar("48213906752"))

pos("chat", "hi", """[[N|प्रिया]]: भैया, [[N|अंकित]] का नंबर भेजो ना
[[N|रोहन]]: [[P|98765 10432]] है, पर वो अभी पुणे में है
[[N|प्रिया]]: ओके. और [[N|दीपिका]] दीदी का नया पता?
[[N|रोहन]]: [[A|फ्लैट 702, साईं रेजीडेंसी, सेक्टर 21, खारघर, नवी मुंबई 410210]]""")

pos("medical", "hi", """डॉ. [[N|विनोद अग्रवाल]] क्लिनिक  |  पर्चा
रोगी: [[N|कमला बाई यादव]]   आयु: 67 वर्ष   जन्म तिथि: [[D|5 जनवरी 1957]]
पता: [[A|ग्राम पोस्ट बिरसिंहपुर, तहसील सतना, मध्य प्रदेश 485226]]
फोन: [[P|07672-245318]]
निदान: मधुमेह टाइप 2। दवा: मेटफॉर्मिन 500 mg दिन में दो बार।""")

pos("letter", "hi", """किरायानामा
यह अनुबंध मकान मालिक श्री [[N|हरीश चंद्र पांडे]], निवासी [[A|23/7 अशोक विहार फेज़ 2, दिल्ली 110052]],
और किरायेदार श्री [[N|मोहम्मद इरफ़ान अंसारी]], आधार [[ID|<<ad2>>]], के बीच किया जाता है।
मासिक किराया ₹18,000 होगा। गवाह: [[N|संजय मिश्रा]]""", ad2=aadhaar("73918264015"))

neg("prose", "hi", """प्रधानमंत्री नरेंद्र मोदी ने मंगलवार को नई दिल्ली के भारत मंडपम में अंतरराष्ट्रीय सम्मेलन का उद्घाटन किया।
इस अवसर पर केंद्रीय मंत्री अश्विनी वैष्णव भी उपस्थित थे। सम्मेलन 15 अक्टूबर 2024 तक चलेगा।
देश की जीडीपी वृद्धि दर 2023-24 में 8.2 प्रतिशत रही।""")

neg("doc", "hi", """ग्राहक सहायता
टोल-फ्री नंबर: 1800-180-1551 (24x7)
ऑर्डर संख्या: OD429918377612004
ट्रैकिंग आईडी: FMPP1928374650
भुगतान: कार्ड XXXX XXXX XXXX 9021
ईमेल: care@kart.example""")

neg("report", "hi", """ट्रेन संख्या 12951 मुंबई राजधानी एक्सप्रेस - समय सारणी
स्टेशन              आगमन     प्रस्थान   दूरी (किमी)
मुंबई सेंट्रल        --       17:00      0
सूरत               19:43    19:48      263
वडोदरा             21:06    21:16      392
नई दिल्ली           08:32    --         1386""")

# ================================================================ Thai
pos("form", "th", """ใบสมัครสมาชิก
ชื่อ-นามสกุล: นางสาว[[N|พิมพ์ชนก ศรีสุวรรณ]]
เลขประจำตัวประชาชน: [[ID|<<t1>>]]
วันเกิด: [[D|12 มีนาคม 2535]]
ที่อยู่: [[A|99/12 หมู่ 4 ถนนพหลโยธิน ตำบลคลองหนึ่ง อำเภอคลองหลวง จังหวัดปทุมธานี 12120]]
โทรศัพท์: [[P|081-734-2290]]""", t1=th_id("110370041285"))

pos("chat", "th", """LINE กลุ่ม "ทีมบัญชี"
[[N|ต้น]]: พี่[[N|แนน]] ส่งเอกสารให้ลูกค้าหรือยังครับ
[[N|แนน]]: ส่งแล้วจ้า ไปที่ [[A|88/5 ซอยสุขุมวิท 49 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110]]
[[N|ต้น]]: ขอบคุณครับ เบอร์คุณ[[N|สมชาย]] [[P|089 552 1174]] ใช่ไหม
[[N|แนน]]: ใช่ๆ""")

pos("invoice", "th", """ใบเสร็จรับเงิน / ใบกำกับภาษีอย่างย่อ
ลูกค้า: คุณ[[N|วรวุฒิ ทองมา]]
ที่อยู่จัดส่ง: [[A|45/3 ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมือง เชียงใหม่ 50200]]
เบอร์โทร: [[P|+66 86 410 3357]]
สินค้า: หม้อหุงข้าว 1.8 ลิตร x1   1,590.00 บาท
ชำระด้วยบัตร [[C|<<c>>]]""", c=card("540127731902884"))

pos("hr", "th", """ประวัติพนักงาน
รหัสพนักงาน: TH-0981
ชื่อ: [[N|กิตติพงษ์ แก้วมณี]]
วันเกิด: [[D|1 ต.ค. 2530]]
เลขบัตรประชาชน: [[ID|<<t2>>]]
ผู้ติดต่อฉุกเฉิน: [[N|มาลี แก้วมณี]] (มารดา) [[P|02-391-4478]]""", t2=th_id("340990012753", sep=""))

neg("prose", "th", """นายกรัฐมนตรีเศรษฐา ทวีสิน เดินทางเยือนจังหวัดภูเก็ตเมื่อวันที่ 22 มกราคม 2567
เพื่อติดตามความคืบหน้าโครงการท่าอากาศยานอันดามัน ณ ทำเนียบรัฐบาล
มีการประชุมคณะรัฐมนตรีสัญจรครั้งที่ 1/2567""")

neg("doc", "th", """ศูนย์บริการลูกค้า
สายด่วน 1111 (ศูนย์บริการประชาชน)
เลขพัสดุ: TH0412938475K (ไปรษณีย์ไทย)
หมายเลขคำสั่งซื้อ: 240517ABCD91
บัตรเครดิต: **** **** **** 0043""")

neg("report", "th", """อัตราค่าโดยสารรถไฟฟ้า BTS (สายสุขุมวิท)
สถานี                 ค่าโดยสาร (บาท)
หมอชิต - สยาม          44
สยาม - อโศก            33
อโศก - อ่อนนุช          37
อ่อนนุช - แบริ่ง         (ส่วนต่อขยาย) 15""")

# ================================================================ Vietnamese
pos("form", "vi", """TỜ KHAI THAY ĐỔI THÔNG TIN CƯ TRÚ
Họ, chữ đệm và tên: [[N|NGUYỄN THỊ THU HÀ]]
Ngày, tháng, năm sinh: [[D|ngày 14 tháng 7 năm 1992]]
Số CCCD: [[ID|001192014837]]
Nơi thường trú: [[A|Số 27 ngõ 112 phố Định Công, phường Định Công, quận Hoàng Mai, Hà Nội]]
Số điện thoại: [[P|0912 473 658]]""")

pos("chat", "vi", """Zalo - Nhóm gia đình
[[N|Minh]]: chị [[N|Lan]] ơi, mai em qua lấy đồ nhé
[[N|Lan]]: ok em, chị để ở nhà cô [[N|Hạnh]], [[A|45/7 Nguyễn Trãi, phường 3, quận 5, TP.HCM]]
[[N|Minh]]: số cô là gì ạ
[[N|Lan]]: [[P|0903 218 774]]""")

pos("invoice", "vi", """HÓA ĐƠN BÁN HÀNG - Mã đơn: 240519KXQ8812
Người nhận: [[N|Trần Quốc Bảo]]
SĐT: [[P|+84 98 765 2210]]
Địa chỉ giao hàng: [[A|Căn hộ 1208, tòa S2.05, Vinhomes Grand Park, phường Long Thạnh Mỹ, TP. Thủ Đức]]
Sản phẩm: Nồi chiên không dầu 5L x1 — 1.290.000đ
Thanh toán: chuyển khoản""")

pos("csv", "vi", """STT;Họ tên;Ngày sinh;CCCD;Điện thoại
1;[[N|Lê Văn Tâm]];[[D|03/02/1985]];[[ID|079085003412]];[[P|0978 112 034]]
2;[[N|Phạm Ngọc Ánh]];[[D|21/11/1998]];[[ID|048198007763]];[[P|0366 284 901]]
3;[[N|Đỗ Hoàng Long]];[[D|09/09/1979]];[[ID|036079011285]];[[P|0945 630 118]]
""")

neg("prose", "vi", """Chủ tịch Hồ Chí Minh (sinh ngày 19 tháng 5 năm 1890, mất ngày 2 tháng 9 năm 1969) đọc bản
Tuyên ngôn Độc lập tại Quảng trường Ba Đình ngày 2 tháng 9 năm 1945. Lăng Chủ tịch Hồ Chí Minh
mở cửa đón khách từ 7h30 đến 10h30 các ngày thứ Ba, Tư, Năm, Bảy và Chủ nhật.""")

neg("doc", "vi", """Tổng đài chăm sóc khách hàng: 1900 1234 (1.000đ/phút)
Mã vận đơn: GHN8R2K4X7
Mã đơn hàng: 240601-77410
Thẻ thanh toán: 9704 **** **** 2231
Phiên bản ứng dụng: 3.14.0""")

neg("report", "vi", """BẢNG GIÁ VÀNG HÔM NAY (đơn vị: nghìn đồng/lượng)
Loại           Mua vào    Bán ra
SJC 1L         76.500     78.500
Nhẫn 9999      74.200     75.800
Nữ trang 18K   54.100     56.600
Cập nhật lúc 09:15 ngày 21/05/2024""")

# ================================================================ Indonesian
pos("form", "id", """FORMULIR PENDAFTARAN BPJS
Nama Lengkap   : [[N|Siti Rahmawati]]
NIK            : [[ID|3273054508920003]]
Tempat/Tgl Lahir: Bandung, [[D|05-08-1992]]
Alamat         : [[A|Jl. Cihampelas No. 148, RT 03/RW 07, Kel. Cipaganti, Kec. Coblong, Kota Bandung 40131]]
No. HP         : [[P|0812-2047-7391]]
Email          : [[E|siti.rahma92@yahoo.co.id]]""")

pos("chat", "id", """[[N|Agus]]: Bu [[N|Ratna]], paketnya sudah saya titip ke satpam ya
[[N|Ratna]]: Makasih Pak [[N|Agus]]. Yang buat [[N|Dewi]] juga?
[[N|Agus]]: Sudah bu, dikirim ke [[A|Jl. Kaliurang Km 5,5 Gg. Pandega Marta No. 12, Sleman]]
[[N|Ratna]]: Oke, nanti kabari [[P|0857 4412 9083]] kalau ada apa-apa""")

pos("email", "id", """Kepada: [[E|bagus.prasetyo@gmail.com]]
Perihal: Konfirmasi wawancara

Yth. Bapak [[N|Bagus Prasetyo]],
Kami mengundang Bapak untuk wawancara pada Senin, 10 Juni 2024 pukul 10.00 WIB.

Salam,
[[N|Maya Kusumawardhani]]
HR Recruitment, PT Sinar Nusantara, Jakarta
Telp. langsung: [[P|(021) 5790 3318]]""")

pos("invoice", "id", """INVOICE  INV/20240522/MPL/3918844172
Pembeli   : [[N|Fransiskus Xaverius Manurung]]
Penerima  : [[N|Yohana Simanjuntak]]  ([[P|+62 813 6150 2274]])
Alamat    : [[A|Perumahan Griya Asri Blok C2 No. 17, Jl. Setia Budi, Medan 20122]]
Produk    : Sepatu lari x1  Rp 899.000
Kurir     : JNE REG  Resi: JP4412098817""")

neg("prose", "id", """Presiden Joko Widodo meresmikan Bendungan Semantok di Kabupaten Nganjuk, Jawa Timur, pada
Kamis (20/4/2023). Menteri PUPR Basuki Hadimuljono mengatakan bendungan tersebut mampu mengairi
1.900 hektare sawah. Proyek ini menelan biaya Rp 2,5 triliun.""")

neg("doc", "id", """Layanan Pelanggan
Call center: 14045 (24 jam)  |  WhatsApp resmi: 0811-1500-045
Nomor pesanan: 2405221XK8PQ
Nomor resi: JX2200418377
Kartu: **** **** **** 6610
Email: halo@toko.example""")

neg("report", "id", """KURS TRANSAKSI BANK INDONESIA - 21 Mei 2024
Mata Uang   Kurs Jual    Kurs Beli
USD         16.079,00    15.919,00
EUR         17.456,21    17.280,65
SGD         11.918,44    11.798,30
JPY (100)   10.277,12    10.174,04""")

# ================================================================ Turkish
pos("form", "tr", """ABONELİK BAŞVURU FORMU
Adı Soyadı     : [[N|Elif Nur Karataş]]
T.C. Kimlik No : [[ID|<<tc1>>]]
Doğum Tarihi   : [[D|15.03.1985]]
Adres          : [[A|Gül Sok. No: 14 Daire: 5, Barbaros Mah., 34746 Ataşehir/İstanbul]]
Cep Tel.       : [[P|0532 418 77 90]]""", tc1=tckn("385201746"))

pos("chat", "tr", """[[N|Derya]]: [[N|Emre]]'yi gören var mı?
[[N|Burak]]: [[N|Derya]]'nın evine gitti galiba
[[N|Derya]]: hayır bende değil 😅 [[N|Cansu]]'ya sor
[[N|Burak]]: tamam, [[N|Cansu]]'nun numarası [[P|0555 210 43 87]] değil mi""")

pos("invoice", "tr", """e-ARŞİV FATURA   No: GIB2024000018842
Alıcı: [[N|Mehmet Ali Yıldırım]]
VKN/TCKN: [[ID|<<tc2>>]]
Adres: [[A|Cumhuriyet Cad. No: 88/3, 35220 Konak/İzmir]]
Ödeme IBAN: [[I|<<tri>>]]
Toplam: 4.720,00 TL""", tc2=tckn("217409358"), tri=iban("TR", "0006200000012948573310"))

pos("hr", "tr", """PERSONEL KARTI
Sicil No: 4471
Adı: [[N|Zeynep]]    Soyadı: [[N|Çelikkaya]]
Doğum Tarihi: [[D|2 Nisan 1994]]
Acil durumda aranacak kişi: [[N|Hüseyin Çelikkaya]] (babası) [[P|+90 312 441 20 65]]
Ev adresi: [[A|Kızılırmak Mah. 1443. Cad. No: 5/12 Çankaya/Ankara]]""")

neg("prose", "tr", """Mustafa Kemal Atatürk, 1881 yılında Selanik'te doğdu ve 10 Kasım 1938'de İstanbul'daki
Dolmabahçe Sarayı'nda hayatını kaybetti. Anıtkabir, Ankara'nın Çankaya ilçesinde yer almaktadır ve
her yıl milyonlarca ziyaretçiyi ağırlamaktadır.""")

neg("doc", "tr", """Müşteri Hizmetleri: 444 0 123
Kargo takip numarası: 7312 4498 2019
Sipariş no: TY-2024-0557810
Kart: 5400 **** **** 1287
Uygulama sürümü: 8.41.2""")

neg("report", "tr", """ŞEHİR HATLARI - Kadıköy - Karaköy vapur seferleri
Kadıköy kalkış   Karaköy varış
07:00            07:20
07:30            07:50
08:00            08:20
Tam bilet: 20,00 TL   Öğrenci: 9,65 TL""")

# ================================================================ Russian
pos("form", "ru", """АНКЕТА КЛИЕНТА
ФИО: [[N|Сорокина Анастасия Игоревна]]
Дата рождения: [[D|17.09.1989]]
Паспорт: серия и номер [[ID|45 19 708213]], выдан ГУ МВД России по г. Москве 22.10.2019
СНИЛС: [[ID|<<sn>>]]
ИНН: [[ID|<<inn>>]]
Адрес регистрации: [[A|117485, г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 118]]
Телефон: [[P|+7 (916) 482-17-63]]""", sn=snils("148317662"), inn=inn12("7728194406"))

pos("chat", "ru", """Telegram
[[N|Дима]]: ты передал ключи [[N|Саше]]?
[[N|Олег]]: нет, они у [[N|Лены]]. Она живёт на [[A|Лиговском пр., д. 112, кв. 40]]
[[N|Дима]]: ок, позвоню ей. номер [[P|8 921 344-05-18]]?
[[N|Олег]]: да""")

pos("medical", "ru", """ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ
Пациент: [[N|Кузнецов Виктор Павлович]], [[D|03.12.1958]] г.р.
Полис ОМС: [[ID|7751 2400 1893 4476]]
Адрес: [[A|г. Екатеринбург, ул. Малышева, д. 71, кв. 9]]
Диагноз: гипертоническая болезнь II ст.
Лечащий врач: [[N|Ахмедова З. Р.]]""")

pos("court", "ru", """РЕШЕНИЕ
именем Российской Федерации
Ленинский районный суд г. Новосибирска в составе судьи [[N|Белоусовой Т. В.]],
рассмотрев гражданское дело по иску [[N|Гарипова Рустама Ильдаровича]] к ООО «СибСтройИнвест»
о защите прав потребителей, установил: истец проживает по адресу [[A|г. Новосибирск, ул. Станиславского, д. 14, кв. 55]].""")

neg("prose", "ru", """Лев Николаевич Толстой родился 9 сентября 1828 года в усадьбе Ясная Поляна Тульской губернии.
Роман «Война и мир» публиковался с 1865 по 1869 год. Музей-усадьба «Ясная Поляна» открыт для
посетителей ежедневно, кроме понедельника.""")

neg("doc", "ru", """Служба поддержки: 8-800-555-35-35 (звонок бесплатный)
Номер заказа: 1184-2230-7719
Трек-номер: RA644000018RU
Карта: 2200 **** **** 4410
Версия приложения 6.2.1""")

neg("report", "ru", """Расписание электричек: Москва (Ярославский вокзал) — Сергиев Посад
Отправление   Прибытие   Примечание
06:12         07:40      ежедневно
06:45         08:05      экспресс, кроме выходных
07:30         08:58      ежедневно
Стоимость проезда: 272 руб.""")

# ================================================================ Ukrainian
pos("form", "uk", """ЗАЯВА ПРО ВІДКРИТТЯ РАХУНКУ
Прізвище, ім'я, по батькові: [[N|Коваленко Оксана Вікторівна]]
Дата народження: [[D|14 березня 1986 р.]]
РНОКПП: [[ID|<<rn>>]]
Паспорт (ID-картка): [[ID|004127795]]
Адреса: [[A|вул. Січових Стрільців, 24, кв. 17, м. Київ, 04053]]
Телефон: [[P|+380 67 412 88 30]]""", rn=rnokpp("316152048"))

pos("chat", "uk", """Viber
[[N|Тарас]]: передай [[N|Оксані]], що посилка вже у відділенні
[[N|Ірина]]: добре. А [[N|Андрієві]] теж?
[[N|Тарас]]: так, на [[A|вул. Городоцька, 155, кв. 3, Львів]]
[[N|Ірина]]: ок 👍""")

pos("invoice", "uk", """РАХУНОК-ФАКТУРА № 118
Платник: [[N|Мельник Богдан Степанович]]
Адреса: [[A|просп. Науки, 41, кв. 210, м. Харків, 61166]]
IBAN платника: [[I|<<ua>>]]
Сума до сплати: 3 450,00 грн""", ua=iban("UA", "3052990000026002054718391"))

pos("hr", "uk", """ОСОБОВА КАРТКА ПРАЦІВНИКА
ПІБ: [[N|Шевчук Дмитро Олександрович]]
Дата народження: [[D|07.06.1991]]
РНОКПП: [[ID|<<rn2>>]]
Місце проживання: [[A|вул. Дерибасівська, 9, кв. 4, м. Одеса]]
Контакт: [[P|097 334 12 58]]""", rn2=rnokpp("333951207"))

neg("prose", "uk", """Тарас Григорович Шевченко народився 9 березня 1814 року в селі Моринці на Київщині.
Його «Кобзар» вперше вийшов друком у 1840 році. Національний музей Тараса Шевченка
розташований у Києві на бульварі Тараса Шевченка.""")

neg("doc", "uk", """Гаряча лінія: 0 800 500 609 (безкоштовно по Україні)
ТТН Нова Пошта: 20450012345678
Номер замовлення: 887102-UA
Картка: 5168 **** **** 7702""")

neg("report", "uk", """ПРАЙС-ЛИСТ станом на 01.05.2024
Найменування                 Ціна, грн
Кава еспресо                 45
Капучино 300 мл              65
Круасан з маслом             55
Сирники зі сметаною          120""")

# ================================================================ Polish
pos("form", "pl", """WNIOSEK O WYDANIE KARTY MIEJSKIEJ
Imię i nazwisko: [[N|Katarzyna Wróblewska-Nowak]]
PESEL: [[ID|<<p1>>]]
Data urodzenia: [[D|12 kwietnia 1988 r.]]
Seria i numer dowodu osobistego: [[ID|<<d1>>]]
Adres zamieszkania: [[A|ul. Grochowska 271 m. 18, 04-357 Warszawa]]
Telefon: [[P|+48 601 244 718]]""", p1=pesel("880412", "345", 2), d1=dowod("AYD", "40217"))

pos("chat", "pl", """[[N|Kasia]]: byłaś wczoraj z [[N|Tomkiem]] u [[N|Magdy]]?
[[N|Ola]]: tak, oddałam [[N|Tomkowi]] pendrive'a. [[N|Magda]] mieszka teraz na [[A|Długiej 14/3]] w Gdańsku
[[N|Kasia]]: a numer do niej masz?
[[N|Ola]]: [[P|512 330 871]]""")

pos("invoice", "pl", """FAKTURA VAT nr FV/2024/05/118
Sprzedawca: Meblex Sp. z o.o., Poznań    NIP 7792401188
Nabywca: [[N|Grzegorz Zieliński]]
         [[A|ul. Ogrodowa 5B/12]]
         [[A|61-821 Poznań]]
Rachunek do zwrotu: [[I|<<pl>>]]
Razem do zapłaty: 3 198,00 zł""", pl=iban("PL", "109010140000071219812874"))

pos("hr", "pl", """KARTA PRACOWNIKA
Nazwisko: [[N|Szymańska]]     Imię: [[N|Zuzanna]]
PESEL: [[ID|<<p2>>]]
Data ur.: [[D|2001-07-30]]
Adres: [[A|os. Tysiąclecia 42/7, 40-871 Katowice]]
Osoba do kontaktu: [[N|Halina Szymańska]] (matka), tel. [[P|32 255 41 09]]""", p2=pesel("012730", "118", 4))

neg("prose", "pl", """Maria Skłodowska-Curie urodziła się 7 listopada 1867 roku w Warszawie przy ulicy Freta.
Dwukrotnie otrzymała Nagrodę Nobla – z fizyki (1903) i z chemii (1911). Muzeum Marii
Skłodowskiej-Curie przy ul. Freta 16 jest otwarte od wtorku do niedzieli.""")

neg("doc", "pl", """Infolinia: 801 300 800 (opłata wg taryfy operatora)
Numer zamówienia: 2024/05/771204
Numer przesyłki InPost: 520113004427891028334451
Karta: **** **** **** 9932
Wersja aplikacji: 4.8.0 (build 2211)""")

neg("report", "pl", """Rozkład jazdy – linia tramwajowa 18, przystanek Rondo Mogilskie (kier. Czerwone Maki)
Godz.  Dni robocze        Soboty
5      12 32 52           21 51
6      07 17 27 37 47 57  21 41
7      05 13 21 29 37 45  01 21 41
Ważny od 01.03.2024""")

# ================================================================ Czech
pos("form", "cs", """PŘIHLÁŠKA K POJIŠTĚNÍ
Jméno a příjmení: [[N|Tereza Dvořáková]]
Rodné číslo: [[ID|<<r1>>]]
Datum narození: [[D|12. 1. 1985]]
Bydliště: [[A|Vinohradská 1511/230, 100 00 Praha 10]]
Telefon: [[P|+420 604 318 229]]
Číslo účtu (IBAN): [[I|<<cz>>]]""", r1=rodne("855112", "123"), cz=iban("CZ", "03000000001942077310"))

pos("chat", "cs", """[[N|Honza]]: byl jsi včera s [[N|Petrem]] na pivu?
[[N|Marek]]: jo, a potkali jsme [[N|Janu]]. Prý se stěhuje na [[A|Údolní 53, Brno]]
[[N|Honza]]: pošli mi její číslo
[[N|Marek]]: [[P|731 204 558]]""")

pos("letter", "cs", """Ing. [[N|Pavel Horák]]
[[A|Na Výsluní 718]]
[[A|530 02 Pardubice]]

Věc: Reklamace
Vážená paní [[N|Procházková]],
dne 3. 5. 2024 jsem u Vás zakoupil pračku (objednávka č. 20240503-8812) ...
S pozdravem
[[N|Pavel Horák]]""")

pos("medical", "cs", """PROPOUŠTĚCÍ ZPRÁVA
Pacient: [[N|Jaroslav Novotný]], nar. [[D|4. 9. 1949]], RČ [[ID|<<r2>>]]
Adresa: [[A|Husova 12, 370 01 České Budějovice]]
Ošetřující lékař: MUDr. [[N|Lenka Vávrová]]
Dg.: Fractura colli femoris l. dx.""", r2=rodne("490904", "412"))

neg("prose", "cs", """Václav Havel (5. října 1936 – 18. prosince 2011) byl prvním prezidentem České republiky.
Letiště Václava Havla Praha odbavilo v roce 2023 celkem 13,8 milionu cestujících.
Pražský hrad je nejnavštěvovanější památkou v zemi.""")

neg("doc", "cs", """Zákaznická linka: 800 123 456 (zdarma)
Číslo objednávky: CZ-2024-118873
Číslo zásilky: DR0491882717Z
Platba kartou: **** 4471
Verze firmwaru: 2.0.17""")

neg("report", "cs", """Ceník – Kavárna U Zlatého klíče (platný od 1. 4. 2024)
Espresso ........................ 55 Kč
Cappuccino ...................... 75 Kč
Domácí limonáda 0,4 l ........... 89 Kč
Jablečný štrúdl ................. 95 Kč""")

# ================================================================ Hungarian
pos("form", "hu", """ADATLAP
Név: [[N|Kovácsné Tóth Erzsébet]]
Születési név: [[N|Tóth Erzsébet]]
Anyja neve: [[N|Szabó Ilona]]
Születési idő: [[D|1979. november 3.]]
TAJ szám: [[ID|<<tj>>]]
Adóazonosító jel: [[ID|<<ad>>]]
Lakcím: [[A|1133 Budapest, Váci út 112. 3. em. 7.]]
Telefon: [[P|+36 30 418 2275]]""", tj=taj("03725512"), ad=hu_adoazon("847310295"))

pos("chat", "hu", """[[N|Bence]]: láttad ma [[N|Rékát]]?
[[N|Dóri]]: igen, [[N|Rékáék]] most a [[A|Petőfi utca 8.]] szám alatt laknak, Szegeden
[[N|Bence]]: oké, megadod a számát?
[[N|Dóri]]: [[P|06 20 331 7402]]""")

pos("hr", "hu", """MUNKAVÁLLALÓI NYILVÁNTARTÁS
Név: [[N|Nagy-Vörös Ádám]]
Szül. hely, idő: Debrecen, [[D|1990. 02. 14.]]
Adóazonosító: [[ID|<<ad2>>]]
Bankszámla: [[I|<<hu>>]]
Lakcím: [[A|4026 Debrecen, Bethlen u. 21. fsz. 2.]]""", ad2=hu_adoazon("846114702"), hu=iban("HU", "117730160041283900000000"))

pos("email", "hu", """Feladó: [[N|Farkas Júlia]] <[[E|farkas.julia@freemail.hu]]>
Tárgy: Időpont

Kedves [[N|Gábor]]!
Jövő kedden 10-kor tudok menni. Ha valami közbejön, hívj a [[P|+36 70 512 0098]]-as számon.
Üdv,
[[N|Júlia]]""")

neg("prose", "hu", """Liszt Ferenc 1811. október 22-én született Doborjánban. A budapesti Zeneakadémia, amelyet
ő alapított, ma is az ő nevét viseli. A Liszt Ferenc Nemzetközi Repülőtér 2023-ban 14,7 millió
utast szolgált ki. Az Andrássy út a világörökség része.""")

neg("doc", "hu", """Ügyfélszolgálat: 06 80 180 380 (ingyenes)
Rendelésszám: HU-77120455
Csomagkövetési szám: GLS 61042987712
Bankkártya: **** **** **** 1058""")

neg("report", "hu", """BKV menetrend – 4-es és 6-os villamos, Nyugati pályaudvar
Indulás   Széll Kálmán tér felé   Újbuda-központ felé
05:00     05:12                   05:15
05:10     05:22                   05:25
05:20     05:32                   05:35""")

# ================================================================ Romanian
pos("form", "ro", """CERERE DE ÎNSCRIERE
Nume și prenume: [[N|Ioana-Maria Popescu]]
CNP: [[ID|<<c1>>]]
Data nașterii: [[D|12 iunie 1985]]
Domiciliul: [[A|Str. Lizeanu nr. 17, bl. 22, sc. B, ap. 34, sector 2, 020791 București]]
Telefon: [[P|0722 418 903]]
IBAN: [[I|<<ro>>]]""", c1=cnp("285061240123"), ro=iban("RO", "BTRL0130120294118300"))

pos("chat", "ro", """[[N|Andrei]]: i-ai dat cheile lui [[N|Vlad]]?
[[N|Bianca]]: nu, le are [[N|Cristina]]. Stă pe [[A|Calea Victoriei 104, ap. 9]]
[[N|Andrei]]: ok, o sun. [[P|0745 220 316]] e numărul ei?
[[N|Bianca]]: da""")

pos("court", "ro", """ROMÂNIA
JUDECĂTORIA CLUJ-NAPOCA
Dosar nr. 8841/211/2023
Reclamant: [[N|Mureșan Florin-Daniel]], CNP [[ID|<<c2>>]], domiciliat în [[A|Cluj-Napoca, str. Observatorului nr. 34, ap. 12]]
Pârât: SC Transilvania Construct SRL, cu sediul în Cluj-Napoca""", c2=cnp("179030812044"))

pos("medical", "ro", """BILET DE IEȘIRE DIN SPITAL
Pacientă: [[N|Elena Dumitrescu]], născută la [[D|08.08.1962]]
Adresa: [[A|Bd. Independenței nr. 5, bl. C3, ap. 18, Iași]]
Telefon aparținător ([[N|Radu Dumitrescu]], fiu): [[P|0232 210 744]]
Medic curant: Dr. [[N|Anca Bălan]]""")

neg("prose", "ro", """Mihai Eminescu s-a născut la 15 ianuarie 1850 la Botoșani. Ziua Culturii Naționale se
sărbătorește în fiecare an la această dată. Statuia poetului se află în fața Ateneului din Iași,
iar bulevardul Mihai Eminescu traversează centrul orașului.""")

neg("doc", "ro", """Call center: 0800 800 800 (apel gratuit)
Număr comandă: RO-24-0518823
AWB Fan Courier: 2298847710
Card: **** **** **** 3306
Versiune aplicație: 12.4.1""")

neg("report", "ro", """Mersul trenurilor – IR 1621 București Nord → Brașov
Stația           Sosire   Plecare
București Nord   –        06:15
Ploiești Vest    07:05    07:07
Sinaia           08:28    08:30
Brașov           09:18    –""")

# ================================================================ Greek
pos("form", "el", """ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ
Ονοματεπώνυμο: [[N|Αικατερίνη Παπαδοπούλου]]
Πατρώνυμο: [[N|Γεώργιος]]
Ημερομηνία γέννησης: [[D|15/03/1989]]
ΑΜΚΑ: [[ID|<<am>>]]
ΑΦΜ: [[ID|<<af>>]]
Αρ. Δελτίου Ταυτότητας: [[ID|ΑΚ 482913]]
Διεύθυνση: [[A|Ερμού 42, 54624 Θεσσαλονίκη]]
Κινητό: [[P|694 318 2207]]""", am=amka("150389", "0241"), af=afm("14822739"))

pos("chat", "el", """[[N|Νίκος]]: είδες τον [[N|Γιώργο]];
[[N|Μαρία]]: όχι, αλλά η [[N|Ελένη]] είπε ότι είναι στο σπίτι του [[N|Κώστα]]
[[N|Νίκος]]: δώσε μου το κινητό της [[N|Ελένης]]
[[N|Μαρία]]: [[P|697 204 5518]]""")

pos("letter", "el", """Προς: κ. [[N|Δημήτριο Αντωνίου]]
[[A|Λεωφ. Κηφισίας 218]]
[[A|15231 Χαλάνδρι]]

Αξιότιμε κ. [[N|Αντωνίου]],
σας ενημερώνουμε ότι η επιστροφή θα πιστωθεί στον λογαριασμό [[I|<<gr>>]].
Με εκτίμηση,
[[N|Σοφία Καραγιάννη]]""", gr=iban("GR", "01101250000001293847561"))

pos("medical", "el", """ΕΞΙΤΗΡΙΟ
Ασθενής: [[N|Σπυρίδων Μαυρίδης]], γενν. [[D|2 Φεβρουαρίου 1955]]
ΑΜΚΑ: [[ID|<<am2>>]]
Θεράπων ιατρός: Δρ. [[N|Ευαγγελία Ζαχαρίου]]
Διάγνωση: Πνευμονία κοινότητας.""", am2=amka("020255", "1187"))

neg("prose", "el", """Η Μελίνα Μερκούρη (18 Οκτωβρίου 1920 – 6 Μαρτίου 1994) υπήρξε ηθοποιός και υπουργός Πολιτισμού.
Το Μουσείο της Ακρόπολης εγκαινιάστηκε στις 20 Ιουνίου 2009. Η οδός Διονυσίου Αρεοπαγίτου
είναι πεζόδρομος από το 2004.""")

neg("doc", "el", """Εξυπηρέτηση πελατών: 800 11 12345 (δωρεάν κλήση)
Αριθμός παραγγελίας: GR-7741209
Αριθμός αποστολής ACS: 7402198831
Κάρτα: **** **** **** 6674""")

neg("report", "el", """Δρομολόγια πλοίων Πειραιάς – Νάξος (Ιούλιος 2024)
Αναχώρηση   Άφιξη   Πλοίο                 Τιμή
07:25       11:05   Blue Star Delos       42,50 €
07:30       10:45   Champion Jet 2        78,00 €
16:30       20:50   Blue Star Naxos       42,50 €""")

# ================================================================ German
pos("form", "de", """Mietinteressentenbogen
Name, Vorname: [[N|Brandtner, Felix]]
Geburtsdatum: [[D|17.06.1983]]
Steuer-ID: [[ID|<<st>>]]
Personalausweis-Nr.: [[ID|L01X00T47]]
Derzeitige Anschrift:
  [[A|Lindenstraße 27]]
  [[A|Hinterhaus, 3. OG]]
  [[A|10969 Berlin]]
Mobil: [[P|0176 41832290]]
IBAN: [[I|<<de>>]]""", st=mod11_10("4719352806"), de=iban("DE", "500105175407324931"))

pos("chat", "de", """[[N|jannik]]: wer hat [[N|Leonies]] Ladekabel?
[[N|mara]]: ich glaub [[N|Timo]]
[[N|jannik]]: ok. [[N|Timo]], bring's bitte morgen mit in die [[A|Schillerstraße 14]], 2. Stock
[[N|Timo]]: jo mach ich""")

pos("hr", "de", """Personalstammblatt
Nachname: [[N|Yılmaz-Hoffmann]]   Vorname: [[N|Selin]]
Geb.: [[D|3. März 1992]] in Köln
Sozialversicherungsnummer: [[ID|<<rv>>]]
Anschrift: [[A|Aachener Str. 412, 50933 Köln]]
Notfallkontakt: [[N|Kemal Yılmaz]], [[P|+49 221 9402 118]]""", rv=rvnr("53", "030392", "Y", "52"))

pos("email", "de", """Von: Dr. [[N|Ulrike Stemmler]] <[[E|u.stemmler@kanzlei-stemmler.de]]>
An: [[E|h.kowalke@web.de]]
Betreff: Ihr Mietvertrag

Sehr geehrter Herr [[N|Kowalke]],

anbei der geprüfte Entwurf. Bitte rufen Sie mich unter [[P|089 2180 4471]] an.

Mit freundlichen Grüßen
[[N|Ulrike Stemmler]]
Rechtsanwältin, München""")

neg("prose", "de", """Bundeskanzler Olaf Scholz hat am Montag in Berlin den Vorstandschef der Volkswagen AG getroffen.
Auf dem Kurfürstendamm und rund um das Brandenburger Tor kam es wegen der Absperrungen zu Staus.
Die Volkswagen AG mit Sitz in Wolfsburg beschäftigt weltweit rund 680.000 Menschen.""")

neg("doc", "de", """Kundenservice: 0800 330 2000 (kostenfrei)
Bestellnummer: 302-4418827-1190433
Sendungsnummer DHL: 00340434161094042557
Karte: Mastercard **** 5510
IBAN (Beispiel aus der Anleitung): DE02 1203 0000 0000 2020 51
Version 11.2.4""")

neg("report", "de", """Bevölkerung nach Bundesländern (31.12.2023, in Tsd.)
Land                     Einwohner    Veränd. ggü. Vorjahr
Nordrhein-Westfalen      18 190       +0,3 %
Bayern                   13 369       +0,7 %
Baden-Württemberg        11 281       +0,6 %
Niedersachsen             8 140       +0,5 %
Quelle: Statistisches Bundesamt""")

# ================================================================ Dutch
pos("form", "nl", """Inschrijfformulier huisarts
Naam: [[N|Sanne van der Linden]]
BSN: [[ID|<<b1>>]]
Geboortedatum: [[D|21-09-1994]]
Adres: [[A|Van Woustraat 148-2]]
       [[A|1073 LZ Amsterdam]]
Telefoon: [[P|06 42 91 83 07]]
E-mail: [[E|sanne.vdlinden@ziggo.nl]]""", b1=bsn("17462039"))

pos("chat", "nl", """[[N|Jeroen]]: heeft iemand [[N|Fleur]] d'r nieuwe adres?
[[N|Thijs]]: [[A|Oudegracht 221 bis, Utrecht]]
[[N|Jeroen]]: top, en [[N|Daan]] z'n nummer?
[[N|Thijs]]: [[P|+31 6 2841 7730]]""")

pos("invoice", "nl", """FACTUUR 2024-0412
Klant: dhr. [[N|Pieter-Jan de Wit]]
       [[A|Molenweg 18]]
       [[A|5271 BD Sint-Michielsgestel]]
Terugbetaling naar: [[I|<<nl>>]]
Totaal: € 612,50""", nl=iban("NL", "INGB0006918273"))

pos("hr", "nl", """Personeelsdossier
Achternaam: [[N|Bakker-El Idrissi]]
Voornamen: [[N|Yasmina Fatima]]
Geboortedatum: [[D|4 november 1987]]
Rijksregisternummer (BE): [[ID|<<be>>]]
Woonadres: [[A|Kerkstraat 71 bus 3, 2060 Antwerpen]]""", be=be_nrn("871104", "236"))

neg("prose", "nl", """Koning Willem-Alexander opende dinsdag het vernieuwde Rijksmuseum-depot in Amersfoort.
De Nachtwacht van Rembrandt van Rijn (1606-1669) blijft in Amsterdam te zien. De Damstraat
en de Kalverstraat waren wegens de drukte tijdelijk afgesloten.""")

neg("doc", "nl", """Klantenservice: 0800-0402 (gratis)
Ordernummer: 7010-4419-2218
Track & Trace: 3SABCD123456789
IBAN voorbeeld: NL91 ABNA 0417 1643 00
Versie 2024.5.1""")

neg("report", "nl", """NS dienstregeling Intercity Amsterdam Centraal – Rotterdam Centraal
Vertrek   Aankomst   Spoor   Overstappen
08:03     09:05      5b      0
08:33     09:35      5b      0
09:03     10:05      5b      0""")

# ================================================================ French
pos("form", "fr", """DEMANDE D'ADHÉSION – MUTUELLE
Nom : [[N|LEFEBVRE]]   Prénom : [[N|Clémence]]
Né(e) le : [[D|12 mai 1987]] à Paris
N° de sécurité sociale : [[ID|<<nr>>]]
Adresse :
  [[A|Appartement 14, Bâtiment B]]
  [[A|12 rue des Tanneurs]]
  [[A|67000 Strasbourg]]
Tél. : [[P|06 71 28 44 90]]
IBAN : [[I|<<fr>>]]""", nr=nir("2870575056123"), fr=iban("FR", "10278060120002049170192"))

pos("chat", "fr", """[[N|Léa]] : tu peux passer chez mamie ce week-end ?
[[N|Hugo]] : oui, elle est toujours au [[A|7 allée des Tilleuls, 69005 Lyon]] ?
[[N|Léa]] : oui. Appelle [[N|Maxime]] avant, il a le code : [[P|07 58 22 10 93]]
[[N|Hugo]] : ok merci""")

pos("letter", "fr", """Mme [[N|Nathalie Rousseau-Benali]]
[[A|34 avenue Jean Médecin]]
[[A|06000 Nice]]

Objet : résiliation de mon contrat n° 4471882

Madame, Monsieur,
Je vous prie de bien vouloir résilier mon abonnement. Vous pouvez me joindre au [[P|04 93 88 21 07]].

[[N|Nathalie Rousseau-Benali]]""")

pos("medical", "fr", """COMPTE RENDU DE CONSULTATION
Patient : M. [[N|Jean-Baptiste Kouassi]], né le [[D|03/11/1960]]
Médecin traitant : Dr [[N|Sophie Marchal]]
Adresse du patient : [[A|5 impasse du Moulin, 44300 Nantes]]
Conclusion : HTA équilibrée, poursuite du traitement.""")

neg("prose", "fr", """Emmanuel Macron a inauguré lundi la nouvelle ligne 14 du métro parisien en présence de la maire
de Paris, Anne Hidalgo. Les Champs-Élysées et la rue de Rivoli ont été fermés à la circulation.
Victor Hugo, né le 26 février 1802 à Besançon, repose au Panthéon.""")

neg("doc", "fr", """Service client : 3970 (service gratuit + prix appel)
N° de commande : FR-2024-0088172
N° de suivi Colissimo : 6A21948377125
Carte bancaire : **** **** **** 2208
Exemple d'IBAN : FR76 3000 6000 0112 3456 7890 189
Version de l'application : 9.3.0""")

neg("report", "fr", """TER Normandie – Rouen Rive Droite → Le Havre
Départ   Arrivée   Train     Remarques
06:14    07:08     K 3103    Quotidien
07:02    07:52     K 3105    Sauf dimanches
07:44    08:37     K 3107    Quotidien
Tarif plein : 18,40 €""")

# ================================================================ Spanish
pos("form", "es", """SOLICITUD DE EMPADRONAMIENTO
Nombre y apellidos: [[N|María del Carmen Ruiz de la Fuente]]
DNI: [[ID|<<dn>>]]
Fecha de nacimiento: [[D|9 de octubre de 1979]]
Domicilio: [[A|C/ de Bailén 24, 3º 2ª, 08010 Barcelona]]
Teléfono: [[P|+34 612 480 337]]
IBAN: [[I|<<es>>]]""", dn=dni("48291735"), es=iban("ES", "00817306610001748327"))

pos("chat", "es", """[[N|Javi]]: oye, ¿sabes dónde vive ahora [[N|Lucía]]?
[[N|Nerea]]: en [[A|Calle Pez 19, 2º izq., Madrid]]
[[N|Javi]]: gracias! ¿y el móvil de [[N|Iker]]?
[[N|Nerea]]: [[P|655 31 87 20]]""")

pos("hr", "es", """FICHA DE EMPLEADO
Nombre: [[N|Alejandro Gómez Morales]]
CURP: [[ID|<<cu>>]]
Fecha de nacimiento: [[D|12/03/1985]]
Domicilio: [[A|Av. Insurgentes Sur 1602, Int. 804, Col. Crédito Constructor, 03940 Ciudad de México]]
Celular: [[P|55 4127 8830]]""", cu=curp("GOMA850312HDFMRL0"))

pos("court", "es", """JUZGADO DE PRIMERA INSTANCIA Nº 4 DE SEVILLA
Procedimiento ordinario 1182/2023
Demandante: D. [[N|Rafael Moreno Castillo]], con NIE [[ID|<<ni>>]], domiciliado en [[A|Calle Feria 88, 41002 Sevilla]]
Procurador: [[N|Ignacio Vela Ortiz]]""", ni=nie("Y", "2874410"))

neg("prose", "es", """Gabriel García Márquez nació el 6 de marzo de 1927 en Aracataca (Colombia) y recibió el Premio
Nobel de Literatura en 1982. La Gran Vía de Madrid y la Puerta del Sol acogieron el lunes un
homenaje organizado por el Instituto Cervantes.""")

neg("doc", "es", """Atención al cliente: 900 100 200 (gratuito)
Nº de pedido: 405-2218834-7712
Nº de seguimiento: PQ4B7C0912345670108001P
Tarjeta: **** **** **** 4120
Versión 6.0.2""")

neg("report", "es", """Horarios AVE Madrid-Puerta de Atocha → Barcelona-Sants
Salida   Llegada   Tren    Precio desde
06:30    09:00     03071   45,00 €
07:30    10:10     03081   39,00 €
08:30    11:00     03091   52,00 €""")

# ================================================================ Portuguese (Brazil)
pos("form", "pt-BR", """FICHA CADASTRAL
Nome completo: [[N|Thiago Henrique dos Santos Oliveira]]
CPF: [[ID|<<cp>>]]
RG: [[ID|23.418.775-9]]
Data de nascimento: [[D|22/04/1991]]
Endereço: [[A|Rua Harmonia, 412, apto 53 – Vila Madalena, São Paulo – SP, 05435-000]]
Celular: [[P|(11) 98765-4310]]""", cp=cpf("418223097"))

pos("chat", "pt-BR", """[[N|Bia]]: amiga, cê sabe o endereço da [[N|Rafa]]?
[[N|Carol]]: [[A|Rua Barão de Jaguaribe, 218, Ipanema]]
[[N|Bia]]: valeu! e o zap dela?
[[N|Carol]]: [[P|+55 21 99412-3378]]""")

pos("invoice", "pt-BR", """NOTA FISCAL DE SERVIÇO ELETRÔNICA
Tomador: [[N|Fernanda Lima Carvalho]]   CPF: [[ID|<<cp2>>]]
Endereço: [[A|Av. Sete de Setembro, 1904, sala 3, Salvador – BA, 40080-001]]
Pagamento: cartão [[C|<<cc>>]]
Valor: R$ 1.250,00""", cp2=cpf("072514883"), cc=card("650487102935881"))

pos("hr", "pt-BR", """REGISTRO DE EMPREGADO
Nome: [[N|José Aparecido Ferreira]]
Nascimento: [[D|5 de junho de 1975]]
PIS/PASEP: [[ID|120.58473.21-5]]
Endereço: [[A|Rua dos Andradas, 1121, Porto Alegre – RS]]
Contato de emergência: [[N|Marlene Ferreira]] [[P|(51) 3224-8817]]""")

neg("prose", "pt-BR", """O presidente Luiz Inácio Lula da Silva participou nesta terça da inauguração de uma fábrica da
Embraer em São José dos Campos. A Avenida Paulista foi interditada para a Parada do Orgulho.
Pelé, nascido em 23 de outubro de 1940, é lembrado no Museu do Futebol.""")

neg("doc", "pt-BR", """Central de atendimento: 0800 770 1234 (ligação gratuita)
Pedido nº: 1402288713-01
Código de rastreio: QB128476633BR
Cartão: **** **** **** 0071
CNPJ: 12.345.678/0001-95""")

# ================================================================ Portuguese (Portugal)
pos("form", "pt-PT", """PEDIDO DE ADESÃO
Nome: [[N|Inês Margarida Coutinho Vaz]]
NIF: [[ID|<<nf>>]]
Cartão de Cidadão: [[ID|14829301 4ZX8]]
Data de nascimento: [[D|30-01-1996]]
Morada: [[A|Rua de Cedofeita 318, 2.º Esq., 4050-174 Porto]]
Telemóvel: [[P|912 448 307]]
IBAN: [[I|<<pt>>]]""", nf=pt_nif("23914587"), pt=iban("PT", "003506510000412783033"))

pos("chat", "pt-PT", """[[N|Rui]]: a [[N|Matilde]] já mudou de casa?
[[N|Joana]]: sim, agora está na [[A|Travessa do Monte 12, 1.º Dto, Lisboa]]
[[N|Rui]]: dás-me o número dela?
[[N|Joana]]: [[P|936 210 588]]""")

pos("letter", "pt-PT", """Exmo. Senhor
[[N|Manuel Joaquim Pereira]]
[[A|Largo da Feira, 7]]
[[A|4700-021 Braga]]

Assunto: Reembolso
Informamos que o valor de 84,20 € será transferido para a conta indicada.
Com os melhores cumprimentos,
[[N|Ana Rita Sousa]]""")

neg("prose", "pt-PT", """Fernando Pessoa nasceu em Lisboa a 13 de junho de 1888. A estátua do poeta encontra-se à porta
do café A Brasileira, no Chiado. A Rua Augusta e a Praça do Comércio recebem milhares de
turistas todos os dias.""")

neg("report", "pt-PT", """CP – Alfa Pendular Lisboa Santa Apolónia → Porto Campanhã
Partida   Chegada   Comboio   Preço 2.ª classe
07:00     09:49     121       31,20 €
09:00     11:49     123       31,20 €
11:00     13:49     125       31,20 €""")

# ================================================================ Italian
pos("form", "it", """MODULO DI ISCRIZIONE
Cognome: [[N|Russo]]   Nome: [[N|Giulia]]
Codice fiscale: [[ID|<<cf>>]]
Data di nascita: [[D|12/09/1988]]
Residenza: [[A|Via dei Serpenti 47, int. 6, 00184 Roma]]
Cellulare: [[P|+39 347 218 4409]]
IBAN: [[I|<<it>>]]""", cf=codice_fiscale("RSSGLI88P52H501"), it=iban("IT", "K0306909606100000119274"))

pos("chat", "it", """[[N|Luca]]: hai sentito [[N|Chiara]]?
[[N|Marco]]: sì, si è trasferita da [[N|Francesca]], in [[A|via Garibaldi 12, Bologna]]
[[N|Luca]]: mi mandi il suo numero?
[[N|Marco]]: [[P|333 902 1184]]""")

pos("medical", "it", """LETTERA DI DIMISSIONE
Paziente: [[N|Salvatore Esposito]], nato il [[D|14 aprile 1950]]
Tessera sanitaria (CF): [[ID|<<cf2>>]]
Domicilio: [[A|Vico Lungo Gelso 21, 80134 Napoli]]
Medico: dott.ssa [[N|Paola Ferri]]""", cf2=codice_fiscale("SPSSVT50D14F839"))

neg("prose", "it", """Il presidente della Repubblica Sergio Mattarella ha visitato il Colosseo in occasione della
riapertura dei sotterranei. Leonardo da Vinci, nato il 15 aprile 1452 a Vinci, è celebrato con
una mostra a Palazzo Vecchio. Via del Corso è rimasta chiusa al traffico.""")

neg("doc", "it", """Servizio clienti: 800 123 456 (numero verde)
Numero ordine: IT-24-5510823
Tracking BRT: 084032012558719
Carta: **** **** **** 7723
Versione 3.18.0""")

# ================================================================ Swedish
pos("form", "sv", """ANSÖKAN OM MEDLEMSKAP
Namn: [[N|Johanna Lindqvist]]
Personnummer: [[ID|<<pn>>]]
Adress: [[A|Götgatan 48 lgh 1203]]
        [[A|118 26 Stockholm]]
Mobil: [[P|070-412 83 95]]
Clearing/IBAN: [[I|<<se>>]]""", pn=personnummer("870412", "238"), se=iban("SE", "80000832790014482611"))

pos("chat", "sv", """[[N|Oskar]]: har du [[N|Annas]] nya adress?
[[N|Elin]]: [[A|Storgatan 9B, 903 26 Umeå]]
[[N|Oskar]]: tack! och [[N|Viktors]] nummer?
[[N|Elin]]: [[P|073-228 41 06]]""")

pos("hr", "sv", """Personalkort
Efternamn: [[N|Bergström]]   Förnamn: [[N|Axel]]
Födelsedatum: [[D|1993-05-28]]
Personnummer: [[ID|<<pn2>>]]
Hemadress: [[A|Järnvägsgatan 3, 582 22 Linköping]]
Anhörig: [[N|Karin Bergström]], [[P|013-12 44 90]]""", pn2=personnummer("930528", "417"))

neg("prose", "sv", """Astrid Lindgren föddes den 14 november 1907 på gården Näs utanför Vimmerby. Hennes böcker har
översatts till över 100 språk. Drottninggatan i Stockholm var avstängd under Nobeldagen, då
kung Carl XVI Gustaf delade ut priserna i Konserthuset.""")

neg("doc", "sv", """Kundtjänst: 020-23 23 23 (avgiftsfritt)
Ordernummer: SE-2024-441087
Kollinummer PostNord: 00373500000012874109
Kort: **** **** **** 3345
Version 7.1.0""")

# ================================================================ Norwegian
pos("form", "nb", """SØKNAD OM BARNEHAGEPLASS
Barnets navn: [[N|Ingrid Solberg Haugen]]
Fødselsnummer: [[ID|<<f1>>]]
Foresatt: [[N|Martin Haugen]]
Adresse: [[A|Thereses gate 14B, 0358 Oslo]]
Telefon: [[P|+47 924 18 337]]
Kontonummer (IBAN): [[I|<<no>>]]""", f1=fnr("120520", "493"), no=iban("NO", "60110512748"))

pos("chat", "nb", """[[N|Sindre]]: har [[N|Ida]] flytta?
[[N|Kari]]: ja, hun bor i [[A|Øvre Bakklandet 31, Trondheim]] nå
[[N|Sindre]]: fett, har du nummeret til [[N|Magnus]]?
[[N|Kari]]: [[P|481 20 774]]""")

pos("letter", "nb", """[[N|Torbjørn Eriksen]]
[[A|Nygårdsgaten 88]]
[[A|5008 Bergen]]

Vedrørende: Skattemelding 2023
Mitt fødselsnummer er [[ID|<<f2>>]]. Jeg ber om utsettelse til 30. juni.
Med vennlig hilsen
[[N|Torbjørn Eriksen]]""", f2=fnr("030671", "256"))

neg("prose", "nb", """Edvard Munch ble født 12. desember 1863 på Ådalsbruk i Løten. MUNCH-museet i Bjørvika åpnet i 2021.
Karl Johans gate var stengt søndag på grunn av 17. mai-toget, opplyser Oslo kommune.""")

neg("report", "nb", """Hurtigruten – seilingsplan nordgående (vinter)
Havn          Ankomst   Avgang
Bergen        –         20:30
Ålesund       09:45     12:30
Trondheim     06:30     12:00
Bodø          12:30     15:00""")

# ================================================================ Danish
pos("form", "da", """INDMELDELSESBLANKET
Navn: [[N|Mette Kjærgaard Nielsen]]
CPR-nr.: [[ID|<<c1>>]]
Adresse: [[A|Nørrebrogade 148, 3. tv.]]
         [[A|2200 København N]]
Mobil: [[P|+45 28 41 93 07]]
Konto (IBAN): [[I|<<dk>>]]""", c1=cpr("120389", "412"), dk=iban("DK", "52950001138457"))

pos("chat", "da", """[[N|Rasmus]]: har du hørt fra [[N|Freja]]?
[[N|Sofie]]: ja, hun er flyttet til [[A|Jægergårdsgade 61, 1. th., 8000 Aarhus C]]
[[N|Rasmus]]: nice. hvad er [[N|Mikkels]] nummer?
[[N|Sofie]]: [[P|31 22 80 47]]""")

pos("medical", "da", """EPIKRISE
Patient: [[N|Bent Østergaard Madsen]], CPR [[ID|<<c2>>]]
Født: [[D|2. februar 1944]]
Egen læge: [[N|Lise Holm]], Odense C
Diagnose: Atrieflimren. Opstartet AK-behandling.""", c2=cpr("020244", "118"))

neg("prose", "da", """H.C. Andersen blev født den 2. april 1805 i Odense. H.C. Andersens Hus ligger i byens gamle
kvarter. Strøget i København var lukket for cykler lørdag, oplyser Københavns Kommune.
Kong Frederik X deltog i åbningen af udstillingen.""")

neg("doc", "da", """Kundeservice: 80 20 20 20 (gratis)
Ordrenummer: DK-24-778104
Pakkenummer GLS: 0041 2209 8871
Kort: **** **** **** 0905
Version 5.2.8""")

# ================================================================ Finnish
pos("form", "fi", """JÄSENHAKEMUS
Sukunimi: [[N|Virtanen]]   Etunimet: [[N|Aino Maria]]
Henkilötunnus: [[ID|<<h1>>]]
Osoite: [[A|Hämeenkatu 17 B 9]]
        [[A|33200 Tampere]]
Puhelin: [[P|040 718 2264]]
Tilinumero: [[I|<<fi>>]]""", h1=hetu("150690", "-", "284"), fi=iban("FI", "40060012884731"))

pos("chat", "fi", """[[N|Ville]]: annoitko avaimet [[N|Mikolle]]?
[[N|Laura]]: en, ne on [[N|Ainolla]]. Se asuu nyt [[A|Puistokatu 4 A 6, Turku]]
[[N|Ville]]: ok, soitan sille. [[P|050 331 9024]]?
[[N|Laura]]: joo""")

pos("hr", "fi", """HENKILÖSTÖKORTTI
Nimi: [[N|Juha-Pekka Lehtonen]]
Syntymäaika: [[D|3.11.1978]]
Henkilötunnus: [[ID|<<h2>>]]
Kotiosoite: [[A|Kauppakatu 22 C 31, 40100 Jyväskylä]]
Lähiomainen: [[N|Riikka Lehtonen]], [[P|+358 44 290 7711]]""", h2=hetu("031178", "-", "517"))

neg("prose", "fi", """Jean Sibelius syntyi 8. joulukuuta 1865 Hämeenlinnassa. Ainola, säveltäjän koti Järvenpäässä,
on avoinna kesäisin. Aleksanterinkatu suljettiin liikenteeltä itsenäisyyspäivän juhlallisuuksien
ajaksi. Tasavallan presidentti Alexander Stubb piti puheen.""")

neg("report", "fi", """VR – lähijunat Helsinki–Tampere
Lähtö   Saapuu   Juna    Hinta alk.
06:06   07:56    IC 21   19,90 €
07:06   08:48    IC 23   24,90 €
08:06   09:56    IC 25   19,90 €""")

# ================================================================ Estonian
pos("form", "et", """AVALDUS
Ees- ja perekonnanimi: [[N|Kadri Tamm]]
Isikukood: [[ID|<<ik>>]]
Elukoht: [[A|Tartu mnt 84a-17, 10112 Tallinn]]
Telefon: [[P|+372 5341 8820]]
Arvelduskonto: [[I|<<ee>>]]""", ik=isikukood("4890512022"), ee=iban("EE", "1010220241887012"))

pos("chat", "et", """[[N|Mart]]: kas [[N|Liisale]] pakk jõudis kohale?
[[N|Kertu]]: jah, [[A|Rüütli 12-4, Tartu]]. [[N|Andres]] tõi selle
[[N|Mart]]: super. saada mulle [[N|Andrese]] number
[[N|Kertu]]: [[P|5812 4407]]""")

pos("medical", "et", """EPIKRIIS
Patsient: [[N|Jaan Kask]], isikukood [[ID|<<ik2>>]]
Sünniaeg: [[D|21.07.1955]]
Aadress: [[A|Pikk 33, 80010 Pärnu]]
Raviarst: dr [[N|Tiina Saar]]""", ik2=isikukood("3550721031"))

neg("prose", "et", """Lennart Meri (29. märts 1929 – 14. märts 2006) oli Eesti Vabariigi president aastatel 1992–2001.
Tallinna lennujaam kannab tema nime. Viru tänav ja Raekoja plats on turistide seas populaarsed.""")

neg("doc", "et", """Klienditugi: 1715 (E–R 8–18)
Tellimuse nr: EE-2024-11833
Pakiautomaadi kood: 44810
Kaart: **** 2290
Versioon 2.7.0""")

# ================================================================ Latvian
pos("form", "lv", """IESNIEGUMS
Vārds, uzvārds: [[N|Līga Ozola]]
Personas kods: [[ID|<<lp>>]]
Dzimšanas datums: [[D|1990. gada 12. maijs]]
Adrese: [[A|Brīvības iela 144-21, Rīga, LV-1012]]
Tālrunis: [[P|+371 26 418 337]]
Konts: [[I|<<lv>>]]""", lp=lv_pk("120590", "1234"), lv=iban("LV", "HABA0551029418330"))

pos("chat", "lv", """[[N|Jānis]]: vai tu redzēji [[N|Annu]]?
[[N|Krišs]]: jā, viņa tagad dzīvo pie [[N|Māra]], [[A|Lāčplēša iela 87-5]]
[[N|Jānis]]: iedod viņas numuru
[[N|Krišs]]: [[P|29 330 815]]""")

pos("hr", "lv", """DARBINIEKA KARTĪTE
Uzvārds: [[N|Bērziņš]]   Vārds: [[N|Edgars]]
Personas kods: [[ID|<<lp2>>]]
Adrese: [[A|Rīgas iela 15-3, Jelgava, LV-3001]]
Ārkārtas kontakts: [[N|Inese Bērziņa]] [[P|22 104 773]]""", lp2=lv_pk("080885", "1127"))

neg("prose", "lv", """Rainis (īstajā vārdā Jānis Pliekšāns) dzimis 1865. gada 11. septembrī. Brīvības piemineklis Rīgā
atklāts 1935. gadā. Brīvības iela tika slēgta satiksmei Dziesmu svētku gājiena laikā.""")

neg("report", "lv", """Rīgas satiksme – 3. tramvaja maršruts, pietura "Centrālā stacija"
Darba dienās: 05:32 05:47 06:02 06:14 06:26
Brīvdienās:   06:05 06:25 06:45 07:05
Biļetes cena: 1,50 €""")

# ================================================================ Lithuanian
pos("form", "lt", """PRAŠYMAS
Vardas, pavardė: [[N|Tomas Kazlauskas]]
Asmens kodas: [[ID|<<la>>]]
Gimimo data: [[D|1985-06-12]]
Adresas: [[A|Savanorių pr. 176-42, LT-03154 Vilnius]]
Telefonas: [[P|+370 612 44 871]]
Sąskaita: [[I|<<lt>>]]""", la=lt_ak("3850612041"), lt=iban("LT", "7044060008837162"))

pos("chat", "lt", """[[N|Rūta]]: ar perdavei raktus [[N|Mantui]]?
[[N|Greta]]: ne, jie pas [[N|Eglę]]. Ji gyvena [[A|Laisvės al. 53-8, Kaunas]]
[[N|Rūta]]: duok jos numerį
[[N|Greta]]: [[P|8 698 20 417]]""")

pos("letter", "lt", """[[N|Ona Petrauskienė]]
[[A|Taikos g. 11-2]]
[[A|LT-91222 Klaipėda]]

Dėl permokos grąžinimo
Prašau grąžinti permoką į mano sąskaitą. Asmens kodas [[ID|<<la2>>]].
[[N|Ona Petrauskienė]]""", la2=lt_ak("4520318062"))

neg("prose", "lt", """Jonas Basanavičius gimė 1851 m. lapkričio 23 d. Ožkabaliuose. Gedimino prospektas Vilniuje
buvo uždarytas eismui per Vasario 16-osios minėjimą. Prezidentas Gitanas Nausėda pasakė kalbą.""")

neg("doc", "lt", """Klientų aptarnavimas: 8 800 20 220 (nemokamai)
Užsakymo nr.: LT-77180422
Siuntos nr.: LP00441287734
Kortelė: **** **** **** 1441""")

# ================================================================ Persian
pos("form", "fa", """فرم ثبت نام
نام و نام خانوادگی: [[N|مریم رضایی]]
نام پدر: [[N|حسین]]
کد ملی: [[ID|<<m1>>]]
تاریخ تولد: [[D|۱۳۶۸/۰۴/۲۱]]
نشانی: [[A|تهران، خیابان ولیعصر، کوچه نوبهار، پلاک ۱۲، واحد ۳]]
تلفن همراه: [[P|۰۹۱۲ ۴۸۳ ۲۲۷۱]]
شماره شبا: [[I|<<ir>>]]""", m1=melli("008741293"), ir=iban("IR", "0560611828005201847001"))

pos("chat", "fa", """[[N|علی]]: [[N|سارا]] رسید خونه؟
[[N|نرگس]]: آره، رفت پیش [[N|مهسا]]. آدرسش: [[A|اصفهان، خیابان چهارباغ بالا، کوچه ۱۴، پلاک ۷]]
[[N|علی]]: شماره‌ی [[N|مهسا]] رو داری؟
[[N|نرگس]]: [[P|09131247860]]""")

pos("medical", "fa", """خلاصه پرونده
بیمار: [[N|محمدرضا کریمی]]  کد ملی: [[ID|<<m2>>]]
متولد: [[D|۲ مهر ۱۳۴۵]]
پزشک معالج: دکتر [[N|فرزانه احمدی]]
تشخیص: دیابت نوع ۲""", m2=melli("212903348", "-"))

neg("prose", "fa", """حافظ شیرازی، شاعر بزرگ قرن هشتم، در شیراز به دنیا آمد. آرامگاه حافظ در شیراز همه‌ساله
پذیرای هزاران گردشگر است. خیابان انقلاب تهران روز جمعه به دلیل مراسم بسته بود.""")

neg("doc", "fa", """پشتیبانی مشتریان: ۰۲۱-۹۱۰۰۰۰۰۰
شماره سفارش: ۱۴۰۳-۰۸۸۱۲
کد رهگیری پستی: ۲۴۱۸۰۰۹۷۷۳۱۲۵۴۸۸۰۰۱
کارت: ۶۰۳۷-****-****-۴۴۱۰""")

# ================================================================ Urdu
pos("form", "ur", """درخواست فارم
نام: [[N|محمد عمران قریشی]]
ولدیت: [[N|عبدالرشید قریشی]]
شناختی کارڈ نمبر: [[ID|35202-4418273-5]]
تاریخ پیدائش: [[D|14-08-1987]]
پتہ: [[A|مکان نمبر 45، گلی نمبر 7، محلہ اسلام پورہ، لاہور]]
موبائل: [[P|0300-4128837]]
IBAN: [[I|<<pk>>]]""", pk=iban("PK", "MEZN0002110104418827"))

pos("chat", "ur", """[[N|عائشہ]]: [[N|فاطمہ]] کا نیا پتہ کیا ہے؟
[[N|زینب]]: [[A|فلیٹ 12، بلاک سی، گلشن اقبال، کراچی]]
[[N|عائشہ]]: شکریہ! اور [[N|بلال]] بھائی کا نمبر؟
[[N|زینب]]: [[P|+92 321 2204718]]""")

pos("letter", "ur", """بخدمت جناب [[N|ارشد محمود]] صاحب
[[A|ہاؤس نمبر 221، اسٹریٹ 14، سیکٹر جی-11/2]]
[[A|اسلام آباد]]

موضوع: کرایہ نامہ
آپ کا شناختی کارڈ نمبر [[ID|61101-2298710-3]] ریکارڈ میں درج کر لیا گیا ہے۔
[[N|نوید اختر]]""")

neg("prose", "ur", """قائداعظم محمد علی جناح 25 دسمبر 1876 کو کراچی میں پیدا ہوئے۔ مزارِ قائد کراچی میں واقع ہے۔
شاہراہِ فیصل پر جمعہ کے روز ٹریفک معمول سے زیادہ رہی۔""")

neg("doc", "ur", """کسٹمر سروس: 111-222-333
ہیلپ لائن (ٹول فری): 0800-00786
آرڈر نمبر: PK-24-880127
کارڈ: **** **** **** 6602""")

# ================================================================ Bengali
pos("form", "bn", """আবেদন ফরম
নাম: মোছাম্মৎ [[N|তাসলিমা আক্তার]]
পিতার নাম: [[N|মোঃ আব্দুল কাদের]]
জাতীয় পরিচয়পত্র নং: [[ID|৪৬২৮১৯৩০৫৭]]
জন্ম তারিখ: [[D|১৫/০৩/১৯৯০]]
ঠিকানা: [[A|বাড়ি নং ২৭, রোড নং ১১, ধানমন্ডি, ঢাকা ১২০৯]]
মোবাইল: [[P|+880 1712-448390]]""")

pos("chat", "bn", """[[N|রাহুল]]: [[N|তানিয়া]] কি পৌঁছেছে?
[[N|সুমি]]: হ্যাঁ, ও এখন [[N|রিয়া]]দির বাসায়, [[A|১৪/বি লেক রোড, কলকাতা ৭০০০২৯]]
[[N|রাহুল]]: ওর নম্বরটা দাও
[[N|সুমি]]: [[P|98300 41276]]""")

pos("medical", "bn", """রোগীর তথ্য
নাম: [[N|আব্দুর রহিম শেখ]]   বয়স: ৬২
জন্ম তারিখ: [[D|২ জানুয়ারি ১৯৬২]]
ঠিকানা: [[A|গ্রাম: চরপাড়া, ডাকঘর: কালিহাতী, টাঙ্গাইল]]
চিকিৎসক: ডা. [[N|নুসরাত জাহান]]""")

neg("prose", "bn", """রবীন্দ্রনাথ ঠাকুর ১৮৬১ সালের ৭ মে কলকাতার জোড়াসাঁকোয় জন্মগ্রহণ করেন। ১৯১৩ সালে তিনি সাহিত্যে
নোবেল পুরস্কার পান। জোড়াসাঁকো ঠাকুরবাড়ি এখন রবীন্দ্রভারতী বিশ্ববিদ্যালয়ের অংশ।""")

neg("doc", "bn", """গ্রাহক সেবা: ১৬২৪৭ (হটলাইন)
অর্ডার নম্বর: BD-24-5512870
ট্র্যাকিং: PTH2210048871
কার্ড: **** **** **** ৪৪১২""")

neg("report", "bn", """ঢাকা-চট্টগ্রাম আন্তঃনগর ট্রেনের সময়সূচি
ট্রেন           ছাড়ে    পৌঁছায়
সোনার বাংলা     ০৭:০০   ১২:১০
সুবর্ণ এক্সপ্রেস   ১৬:৩০   ২১:৪০
ভাড়া (শোভন চেয়ার): ৪০৫ টাকা""")

# ================================================================ Swahili
pos("form", "sw", """FOMU YA MAOMBI
Jina kamili: [[N|Amina Wanjiru Mwangi]]
Nambari ya kitambulisho: [[ID|28417730]]
PIN ya KRA: [[ID|A004417283K]]
Tarehe ya kuzaliwa: [[D|12 Machi 1991]]
Anwani: [[A|Nyumba Na. 14, Barabara ya Ngong, Kilimani, Nairobi]]
Simu: [[P|+254 712 448 903]]""")

pos("chat", "sw", """[[N|Baraka]]: Bi. [[N|Neema]] amefika?
[[N|Juma]]: Ndiyo, yuko kwa [[N|Halima]], [[A|S.L.P. 4471, Arusha]]
[[N|Baraka]]: Nipe namba yake tafadhali
[[N|Juma]]: [[P|0754 318 220]]""")

pos("letter", "sw", """Kwa: Bw. [[N|Salim Omari Hamisi]]
[[A|Mtaa wa Uhuru, Nyumba Na. 22]]
[[A|Dodoma]]

YAH: MKATABA WA KUKODISHA
Tafadhali tuma nakala ya kitambulisho chako ([[ID|19850714-12345-00001-22]]) kabla ya tarehe 30.
Wako,
[[N|Grace Mollel]]""")

neg("prose", "sw", """Mwalimu Julius Kambarage Nyerere alizaliwa tarehe 13 Aprili 1922 huko Butiama. Alikuwa Rais wa
kwanza wa Tanzania. Uwanja wa Ndege wa Kimataifa wa Julius Nyerere uko Dar es Salaam.""")

neg("doc", "sw", """Huduma kwa wateja: 100 (bila malipo)
M-PESA Paybill: 888880, Akaunti: 4410223
Namba ya oda: KE-2024-77120
Kadi: **** **** **** 3018""")

neg("report", "sw", """RATIBA YA TRENI - SGR Nairobi - Mombasa
Treni         Kuondoka   Kufika
Express       08:00      13:00
Inter-County  15:00      21:10
Nauli daraja la kawaida: KSh 1,500""")

# ================================================================ Tagalog
pos("form", "tl", """APPLICATION FORM / PORMULARYO
Pangalan: [[N|Maria Cristina Dela Cruz Santos]]
PhilSys Card No.: [[ID|4417-2290-8813-5502]]
SSS No.: [[ID|34-1827734-9]]
Petsa ng Kapanganakan: [[D|Hunyo 21, 1993]]
Tirahan: [[A|Blk 12 Lot 8, Phase 2, Camella Homes, Brgy. Molino III, Bacoor, Cavite 4102]]
Cellphone: [[P|0917 448 2210]]""")

pos("chat", "tl", """[[N|Jomar]]: nasaan na si [[N|Kaye]]?
Ate [[N|Liza]]: nasa bahay ni Tita [[N|Bing]], [[A|45 Mabini St., Brgy. San Roque, Marikina]]
[[N|Jomar]]: pahingi ng number ni [[N|Kaye]]
Ate [[N|Liza]]: [[P|0928 331 7740]]""")

pos("hr", "tl", """EMPLOYEE RECORD
Apelyido: [[N|Villanueva]]   Pangalan: [[N|Rodel]]   Gitnang Pangalan: [[N|Aquino]]
TIN: [[ID|412-883-109-000]]
Kapanganakan: [[D|03/11/1988]]
Tirahan: [[A|Unit 8C, Tower 2, Avida Residences, Sta. Rosa, Laguna]]
Emergency contact: [[N|Merlie Villanueva]] [[P|+63 49 541 2278]]""")

neg("prose", "tl", """Si Jose Rizal ay ipinanganak noong Hunyo 19, 1861 sa Calamba, Laguna. Ang Rizal Park sa Maynila
ay isa sa pinakamalalaking liwasan sa bansa. Sarado ang Roxas Boulevard tuwing Linggo ng umaga.""")

neg("doc", "tl", """Customer hotline: 8888 (toll-free sa PLDT)
Order No.: PH-24-0118872
Tracking: LBC 1800 4412 8831
Card: **** **** **** 7301""")

# ================================================================ Malay
pos("form", "ms", """BORANG PERMOHONAN
Nama: [[N|Nurul Aisyah binti Mohd Razak]]
No. MyKad: [[ID|900415-14-5532]]
Tarikh lahir: [[D|15 April 1990]]
Alamat: [[A|No. 12, Jalan SS 2/75, 47300 Petaling Jaya, Selangor]]
No. telefon: [[P|012-448 3907]]
E-mel: [[E|nurulaisyah.razak@gmail.com]]""")

pos("chat", "ms", """[[N|Hafiz]]: Kak [[N|Siti]] dah sampai ke?
[[N|Farah]]: Dah, dia kat rumah Encik [[N|Lim]], [[A|No. 8, Lorong Bunga Raya 3, Taman Melati, 53100 Kuala Lumpur]]
[[N|Hafiz]]: ok. Nombor [[N|Lim]]?
[[N|Farah]]: [[P|+60 16-220 4188]]""")

pos("hr", "ms", """REKOD PEKERJA
Nama: [[N|Rajeswari a/p Subramaniam]]
No. KP: [[ID|871203-08-6244]]
Alamat: [[A|23, Jalan Kenanga 2, Taman Kenanga, 30300 Ipoh, Perak]]
Waris: [[N|Subramaniam a/l Krishnan]] (bapa) [[P|05-254 8817]]""")

neg("prose", "ms", """Tunku Abdul Rahman Putra Al-Haj dilahirkan pada 8 Februari 1903 di Alor Setar. Beliau
mengisytiharkan kemerdekaan di Stadium Merdeka pada 31 Ogos 1957. Jalan Tuanku Abdul Rahman
di Kuala Lumpur ditutup untuk perarakan Hari Kebangsaan.""")

neg("doc", "ms", """Khidmat pelanggan: 1-300-88-1234
No. pesanan: MY-24-229817
No. pengesanan Pos Laju: EP410293887MY
Kad: **** **** **** 5519""")

neg("report", "ms", """Jadual ETS KL Sentral → Ipoh
Tren     Bertolak   Tiba
EG9001   06:10      08:25
EP9105   08:20      10:43
Tambang: RM 46.00""")

# ================================================================ Georgian
pos("form", "ka", """განცხადება
სახელი, გვარი: [[N|ნინო ბერიძე]]
პირადი ნომერი: [[ID|01024085213]]
დაბადების თარიღი: [[D|14.02.1992]]
მისამართი: [[A|ჭავჭავაძის გამზირი 37, ბინა 12, თბილისი 0179]]
ტელეფონი: [[P|+995 599 41 82 27]]
IBAN: [[I|<<ge>>]]""", ge=iban("GE", "TB0700000412883017"))

pos("chat", "ka", """[[N|გიორგი]]: [[N|ლევანი]] სად არის?
[[N|თამარი]]: [[N|ანასთან]] არის, [[A|ვაჟა-ფშაველას გამზ. 71, ბინა 40]]
[[N|გიორგი]]: მომწერე მისი ნომერი
[[N|თამარი]]: [[P|577 20 41 88]]""")

pos("medical", "ka", """ამონაწერი სამედიცინო ბარათიდან
პაციენტი: [[N|დავით კაპანაძე]], დაბ. [[D|1958 წლის 3 მაისი]]
პირადი №: [[ID|61004019932]]
მისამართი: [[A|რუსთაველის ქ. 14, ქუთაისი]]
ექიმი: [[N|მაკა ჯაფარიძე]]""")

neg("prose", "ka", """შოთა რუსთაველი XII საუკუნის ქართველი პოეტია, „ვეფხისტყაოსნის" ავტორი. რუსთაველის გამზირი
თბილისის მთავარი ქუჩაა, სადაც მდებარეობს პარლამენტის შენობა და ოპერის თეატრი.""")

neg("doc", "ka", """ცხელი ხაზი: *2222
შეკვეთის ნომერი: GE-24-118340
ბარათი: **** **** **** 0822
ვერსია 4.1.0""")

# ================================================================ Kazakh
pos("form", "kk", """ӨТІНІШ
Тегі, аты: [[N|Нұрланова Айгерім Серікқызы]]
ЖСН: [[ID|<<k1>>]]
Туған күні: [[D|15.04.1990]]
Мекенжайы: [[A|Алматы қ., Абай даңғылы, 150, 24-пәтер]]
Телефон: [[P|+7 701 418 2290]]
IBAN: [[I|<<kz>>]]""", k1=kz_iin("90041540129"), kz=iban("KZ", "722S000012480093"))

pos("chat", "kk", """[[N|Асхат]]: [[N|Дәуренге]] кілтті бердің бе?
[[N|Гүлнар]]: жоқ, [[N|Жанарда]]. Ол [[A|Қабанбай батыр даңғылы, 11, 58-пәтер, Астана]] мекенжайында тұрады
[[N|Асхат]]: нөмірін жібер
[[N|Гүлнар]]: [[P|8 747 330 1284]]""")

pos("hr", "kk", """ҚЫЗМЕТКЕР КАРТОЧКАСЫ
Аты-жөні: [[N|Сейітов Ерлан Маратұлы]]
ЖСН: [[ID|<<k2>>]]
Туған күні: [[D|1985 жылғы 20 қараша]]
Мекенжайы: [[A|Шымкент қ., Тәуке хан даңғылы, 42, 7-пәтер]]""", k2=kz_iin("85112030218"))

neg("prose", "kk", """Абай Құнанбайұлы 1845 жылы 10 тамызда Семей өңіріндегі Шыңғыстауда дүниеге келген.
Алматыдағы Абай даңғылы қаланың басты көшелерінің бірі. Абай атындағы опера театры 1934 жылы ашылған.""")

neg("doc", "kk", """Байланыс орталығы: 1414 (тегін)
Тапсырыс нөмірі: KZ-24-551028
Карта: **** **** **** 7714
Нұсқа 2.3.5""")

# ================================================================ Serbian
pos("form", "sr", """ПРИЈАВА
Име и презиме: [[N|Милица Јовановић]]
ЈМБГ: [[ID|<<j1>>]]
Датум рођења: [[D|15. март 1985.]]
Адреса: [[A|Булевар ослобођења 112, стан 7, 21000 Нови Сад]]
Телефон: [[P|+381 63 418 2207]]
IBAN: [[I|<<rs>>]]""", j1=emso("150398571004"), rs=iban("RS", "160000000412870052"))

pos("chat", "sr", """[[N|Nemanja]]: jesi video [[N|Stefana]]?
[[N|Jelena]]: jesam, kod [[N|Marka]] je, [[A|Njegoševa 41, Beograd]]
[[N|Nemanja]]: pošalji mi njegov broj
[[N|Jelena]]: [[P|064 220 4187]]""")

pos("letter", "sr", """[[N|Драган Петровић]]
[[A|Улица краља Петра 18/4]]
[[A|18000 Ниш]]

Предмет: Захтев за повраћај
Молим да ми се износ врати. ЈМБГ: [[ID|<<j2>>]].
[[N|Драган Петровић]]""", j2=emso("220797133502"))

neg("prose", "sr", """Никола Тесла рођен је 10. јула 1856. године у Смиљану. Музеј Николе Тесле налази се у
Београду, у Улици Крунској. Кнез Михаилова улица била је затворена због фестивала.""")

neg("doc", "sr", """Korisnički servis: 0800 100 100 (besplatno)
Broj porudžbine: RS-24-088127
Broj pošiljke: PE441209883RS
Kartica: **** **** **** 2036""")

# ================================================================ Croatian
pos("form", "hr", """PRIJAVNICA
Ime i prezime: [[N|Ivana Horvat-Babić]]
OIB: [[ID|<<o1>>]]
Datum rođenja: [[D|7. rujna 1994.]]
Adresa: [[A|Ilica 242, 10000 Zagreb]]
Mobitel: [[P|+385 91 418 2207]]
IBAN: [[I|<<hr>>]]""", o1=oib("4827193605"), hr=iban("HR", "24840081104188271"))

pos("chat", "hr", """[[N|Luka]]: je li [[N|Ani]] stigao paket?
[[N|Petra]]: je, kod [[N|Marije]] je, [[A|Put Supavla 18, Split]]
[[N|Luka]]: super, daj mi [[N|Marijin]] broj
[[N|Petra]]: [[P|098 330 4172]]""")

pos("hr", "hr", """EVIDENCIJA ZAPOSLENIKA
Prezime: [[N|Kovačević]]   Ime: [[N|Tomislav]]
OIB: [[ID|<<o2>>]]
Datum rođenja: [[D|1986-11-02]]
Adresa: [[A|Vukovarska 58, 31000 Osijek]]""", o2=oib("7391028846"))

neg("prose", "hr", """Marija Jurić Zagorka rođena je 2. ožujka 1873. u Negovcu. Njezin spomenik nalazi se u
Tkalčićevoj ulici u Zagrebu. Ban Jelačić trg bio je zatvoren za promet zbog Adventa.""")

neg("report", "hr", """Jadrolinija – Split → Supetar (ljetni red plovidbe)
Polazak   Dolazak
06:15     07:05
08:30     09:20
10:30     11:20
Cijena: 5,70 € po osobi""")

# ================================================================ Slovak
pos("form", "sk", """PRIHLÁŠKA
Meno a priezvisko: [[N|Zuzana Kováčová]]
Rodné číslo: [[ID|<<r1>>]]
Dátum narodenia: [[D|12. mája 1990]]
Adresa: [[A|Obchodná 38, 811 06 Bratislava]]
Telefón: [[P|+421 905 418 220]]
IBAN: [[I|<<sk>>]]""", r1=rodne("905512", "412"), sk=iban("SK", "11000000002618842031"))

pos("chat", "sk", """[[N|Peter]]: videl si [[N|Mišu]]?
[[N|Lucia]]: hej, je u [[N|Janky]] na [[A|Hlavnej 27, Košice]]
[[N|Peter]]: pošli mi jej číslo
[[N|Lucia]]: [[P|0911 204 877]]""")

pos("medical", "sk", """PREPÚŠŤACIA SPRÁVA
Pacient: [[N|Ján Hrušovský]], nar. [[D|3. 4. 1952]], RČ [[ID|<<r2>>]]
Bydlisko: [[A|Štúrova 15, 949 01 Nitra]]
Ošetrujúci lekár: MUDr. [[N|Katarína Benková]]""", r2=rodne("520403", "118"))

neg("prose", "sk", """Milan Rastislav Štefánik sa narodil 21. júla 1880 v Košariskách. Jeho pamätník stojí na
Bradle. Štúrova ulica v Bratislave bola v sobotu uzavretá pre polmaratón.""")

neg("doc", "sk", """Zákaznícka linka: 0800 123 456 (bezplatne)
Číslo objednávky: SK-24-771209
Číslo zásielky: SK4410238871
Karta: **** **** **** 6230""")

# ================================================================ English, batch 3 (records, tech)
pos("csv", "en", """route,stop,recipient,address,phone,parcels
R14,1,[[N|Dolores Fairbanks]],"[[A|2281 Wexford Ave, Apt 5, Columbus, OH 43207]]",[[P|614-555-0107]],2
R14,2,[[N|Abdirahman Warsame]],"[[A|915 Sycamore Bend Ct, Grove City, OH 43123]]",[[P|614-555-0129]],1
R14,3,[[N|Chen Yu-Ting]],"[[A|40 E Weber Rd Unit 3C, Columbus, OH 43202]]",[[P|(614) 555-0150]],3
R14,4,[[N|Rosalind O'Hare]],"[[A|7712 Barnsbury Lane, Reynoldsburg, OH 43068]]",[[P|614.555.0163]],1
R14,5,[[N|Mateus Albuquerque]],"[[A|3304 Kenny Rd, Upper Arlington, OH 43221]]",,1
""")

pos("doc", "en", """Avery 5160 labels - print run 2024-11-02 (holiday cards)

[[N|Gwendolyn Ashcroft]]           Mr & Mrs [[N|T. Okafor]]             [[N|Priyanka Deshmukh]]
[[A|19 Larkspur Way]]              [[A|PO Box 77]]                      [[A|Flat 9, Coniston Court]]
[[A|Ipswich IP4 5RB]]              [[A|Bowral NSW 2576]]                [[A|31 Fairview Road]]
                                                                      [[A|Leicester LE2 3FE]]

[[N|Horace]] & [[N|Nell Whitlock]]       [[N|Ingeborg Sæther]]                the [[N|Mbeki-Lang]] family
[[A|4 Quarry Cottages]]            [[A|Postboks 142]]                   [[A|580 Alder Street]]
[[A|Shap CA10 3LU]]                [[A|9915 Kirkenes]]                  [[A|Eugene, OR 97401]]""")

pos("log", "en", """Jun  3 08:00:12 gw01 dnsmasq-dhcp[1204]: DHCPDISCOVER(br-lan) [[MAC|f0:18:98:4a:c2:17]]
Jun  3 08:00:12 gw01 dnsmasq-dhcp[1204]: DHCPOFFER(br-lan) [[IP|192.168.1.143]] [[MAC|f0:18:98:4a:c2:17]]
Jun  3 08:00:13 gw01 dnsmasq-dhcp[1204]: DHCPACK(br-lan) [[IP|192.168.1.143]] [[MAC|f0:18:98:4a:c2:17]] Sophies-iPhone
Jun  3 08:02:47 gw01 dnsmasq-dhcp[1204]: DHCPACK(br-lan) [[IP|192.168.1.122]] [[MAC|b8:27:eb:5d:0a:91]] raspberrypi
Jun  3 08:05:30 gw01 dnsmasq-dhcp[1204]: DHCPACK(br-lan) [[IP|192.168.1.150]] [[MAC|2C-F0-5D-13-88-E4]] DESKTOP-K2R8Q1""")

pos("log", "en", """[[IP|73.158.44.201]] - - [12/Apr/2024:14:22:10 +0000] "GET /account/reset?email=[[E|l.gutierrez.88@gmail.com]] HTTP/1.1" 302 0
[[IP|73.158.44.201]] - - [12/Apr/2024:14:22:41 +0000] "POST /account/reset/confirm HTTP/1.1" 200 512
[[IP|2a02:c7f:8e4d:1200:5d1e:91ab:33c0:7f12]] - - [12/Apr/2024:14:23:05 +0000] "GET /static/app.js HTTP/2.0" 200 88213
[[IP|91.198.174.92]] - - [12/Apr/2024:14:23:19 +0000] "GET /api/v1/orders?token=[[K|tok_8Fh2kPq9ZrT4wXy7Lm3N]] HTTP/1.1" 200 1430""")

pos("config", "en", """apiVersion: v1
kind: Secret
metadata:
  name: payments-db
  namespace: prod
type: Opaque
data:
  username: cGF5bWVudHM=
  password: [[K|Wm54dUtyNDRwVmJxITk=]]
stringData:
  DATABASE_URL: [[U|mysql://payments:Zn8uKr44pVbq!9@10.30.2.17:3306/payments]]""")

pos("config", "en", """# ~/.git-credentials
[[U|https://mkaraoglu:ghp_R4nd0mT0k3nV4lu3xYz1234567890abcd@github.com]]
[[U|https://oauth2:glpat-9zQxRt7vYbN3mKp2LwJ8@gitlab.corp.local]]

# ~/.netrc
machine ftp.backup.local login backupuser password [[K|Tr0ub4dor&3x!]]
# ~/.pgpass
db-analytics.internal:5432:warehouse:[[K|etl_loader:pW7#kD2qLx9v]]""")

pos("config", "en", """provider "aws" {
  region     = "eu-west-1"
  access_key = "[[K|AKIA4QW7ZR2MX9LTP3DN]]"
  secret_key = "[[K|9fT2xKq+Lm4Rz7Vb1Nc8Hp0sWy3Ju6De5Ga/Qk2E]]"
}
# TODO(ops): move to vault before the audit - owner [[N|Radhika Venkataraman]]""")

pos("code", "en", """import pymongo

# quick script from [[N|Bartholomew]] - do not push
client = pymongo.MongoClient("[[U|mongodb+srv://reporting:Xk29vLpQ7rT@cluster0.h4x9q.mongodb.net/analytics?retryWrites=true]]")
SLACK_WEBHOOK = "[[K|https://hooks.slack.com/services/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]]"
OPENAI_API_KEY = "[[K|sk-proj-Qm8x2Lr7TzV4nK9pBw3Yh6Jc1Fd5Gs0Ae]]"
""")

pos("ticket", "en", """JIRA  IT-22871   Laptop quarantined by EDR
Reporter: [[N|Nkechi Obi-Okafor]] (Finance, ext. 4471)
Device: FIN-LT-0917   Serial: C02FX1Q8MD6R
MAC (wifi): [[MAC|8c:85:90:3e:71:ad]]   MAC (dock): [[MAC|00:e0:4c:68:12:f9]]
Last IP: [[IP|10.14.7.221]]   VPN IP: [[IP|172.20.4.18]]
User says she can be reached on her mobile [[P|+44 7700 900 562]] while the laptop is reimaged.
Assignee: [[N|Grzegorz Lis]]""")

pos("email", "en", """From: [[E|payroll@harborview-health.org]]
To: [[N|Desmond Achebe]] <[[E|desmond.achebe@harborview-health.org]]>
Subject: W-2 correction

Hi [[N|Desmond]],

We corrected your W-2. Please confirm the details below:
  SSN: [[S|401-22-8837]]
  Date of birth: [[D|September 9, 1981]]
  Mailing address:
    [[A|1820 Hollis Ave]]
    [[A|Apt 402]]
    [[A|Norfolk, VA 23508]]

Thanks,
[[N|Carmen Idowu]], Payroll Specialist""")

pos("form", "en", """Form W-4 (2024)  Employee's Withholding Certificate
Step 1(a) First name and middle initial: [[N|Trevor J.]]   Last name: [[N|Halvorsen]]
(b) Social security number: [[S|521 73 4408]]
Address: [[A|6 Pinecrest Terrace]]
City or town, state, and ZIP code: [[A|Billings, MT 59102]]
(c) [x] Single or Married filing separately""")

pos("note", "en", """FRAUD TEAM - verification note (case FR-77120)
Cardholder: [[N|Lorna Mac Giolla Rua]]
Card: [[C|<<c1>>]]  exp 11/26
Billing address on file: [[A|12 Seapoint Avenue, Monkstown, Co. Dublin A94 X7K2]]
Called cardholder on [[P|+353 86 555 2940]] - confirmed she did NOT make the €1,240 purchase.
Second card [[C|<<c2>>]] (Amex) left active. - [[N|PJ]]""", c1=card("535522004418230"), c2=card("37451802934412", groups=(4, 6, 5)))

pos("gov", "en", """CERTIFIED COPY OF AN ENTRY OF BIRTH
Registration district: Cardiff                       Entry No. 318
1. Date and place of birth: [[D|Fourteenth March 2019]], University Hospital of Wales, Cardiff
2. Name and surname: [[N|Elowen Rhiannon Pryce-Davies]]       3. Sex: Girl
4. Father: [[N|Gareth Pryce-Davies]]   Occupation: Electrician
5. Mother: [[N|Siân Pryce-Davies]]     Maiden surname: [[N|Morgan]]
6. Usual address: [[A|27 Heol Hir, Llanishen, Cardiff CF14 5AE]]
Registrar: [[N|M. Llewellyn]]""")

pos("gov", "en", """MARRIAGE LICENSE - COUNTY OF KING, STATE OF WASHINGTON     No. 2024-ML-08817
PARTY A: [[N|Olamide Fashola]]        DOB: [[D|07/22/1990]]   Birthplace: Lagos, Nigeria
         Residence: [[A|4410 Fremont Ave N, Seattle, WA 98103]]
PARTY B: [[N|Jessamyn Kerr-Ostrowski]]  DOB: [[D|01/30/1992]]   Birthplace: Spokane, WA
         Residence: [[A|4410 Fremont Ave N, Seattle, WA 98103]]
Officiant: Rev. [[N|Marcus Tillery]]""")

pos("cv", "en", """[[N|AMARA NWACHUKWU-BELL]]
[[A|58 Grafton Street, Manchester M13 9WL]]  |  [[P|07700 900 374]]  |  [[E|amara.nb@gmail.com]]
linkedin.com/in/amara-nb   |   Date of birth: [[D|11.01.1995]]

EXPERIENCE
2021-now   Data Analyst, Northern Rail Freight, Manchester
2018-2021  Junior Analyst, Halcyon Insurance, Leeds
EDUCATION
BSc Mathematics, University of York (2015-2018)
REFERENCES: Dr [[N|Helen Quayle]] ([[E|h.quayle@york-maths.ac.uk]])""")

pos("travel", "en", """HOTEL RESERVATION - The Harbour Inn, Portree
Confirmation: HI-448120
Guest: Mr [[N|Fergus McAlister]]
Address: [[A|3 Links View, North Berwick EH39 4LB]]
Arrival: 14 Aug 2024   Nights: 3   Room: Double, sea view
Guarantee: Visa [[C|<<c3>>]] exp 08/27
Mobile: [[P|07700 900 916]]""", c3=card("491673051882031"))

pos("court", "en", """NOTICE TO QUIT - LANDLORD AND TENANT ACT
To: [[N|Kieran Dunleavy]] and [[N|Aisling Dunleavy]]
Premises: [[A|Ground Floor Flat, 88 Ormeau Road, Belfast BT7 1SH]]
TAKE NOTICE that you are required to quit and deliver up possession of the premises on or before
30 September 2024.
Signed: [[N|Vincent Lowry]], landlord, of [[A|14 Malone Park, Belfast BT9 6NJ]]""")

pos("hl7", "en", """MSH|^~\\&|LABSYS|NORTHGATE|EMR|NORTHGATE|202405210930||ORU^R01|88120|P|2.4
PID|1||400219^^^NG||[[N|DUBOIS^MARGUERITE^A]]||[[D|19470602]]|F|||[[A|77 Chestnut St]]^^Burlington^VT^05401||[[P|802-555-0124]]
ORC|RE||LAB7712||CM
OBR|1||LAB7712|CBC^COMPLETE BLOOD COUNT|||202405210810|||||||||1182^[[N|HOLLIS^ANDREA]]^^^^MD
OBX|1|NM|HGB^Hemoglobin||11.2|g/dL|12.0-16.0|L|||F""")

pos("vcard", "en", """BEGIN:VCARD
VERSION:4.0
FN:Dr. [[N|Nomvula Dlamini]]
N:[[N|Dlamini]];[[N|Nomvula]];;Dr.;
TEL;TYPE=work,voice;VALUE=uri:tel:[[P|+27-21-555-0147]]
TEL;TYPE=cell:[[P|+27 82 555 0193]]
EMAIL:[[E|n.dlamini@capeortho.co.za]]
ADR;TYPE=home:;;[[A|16 Kloof Nek Road]];Cape Town;;8001;South Africa
END:VCARD""")

pos("xml", "en", """<CstmrCdtTrfInitn>
  <PmtInf>
    <Dbtr><Nm>[[N|Harriet Okonkwo-Blythe]]</Nm>
      <PstlAdr><AdrLine>[[A|22 Crane Wharf]]</AdrLine><AdrLine>[[A|Reading RG1 3DA]]</AdrLine></PstlAdr>
    </Dbtr>
    <DbtrAcct><Id><IBAN>[[I|<<g1>>]]</IBAN></Id></DbtrAcct>
    <CdtTrfTxInf><Amt><InstdAmt Ccy="GBP">420.00</InstdAmt></Amt>
      <Cdtr><Nm>Thames Valley Lettings Ltd</Nm></Cdtr>
      <RmtInf><Ustrd>RENT JUNE REF TVL-8812</Ustrd></RmtInf></CdtTrfTxInf>
  </PmtInf>
</CstmrCdtTrfInitn>""", g1=iban("GB", "LOYD30963184720559", grouped=False))

pos("json", "en", """{"kyc_check": {
  "applicant": {"first_name": "[[N|Sipho]]", "last_name": "[[N|Khumalo]]", "dob": "[[D|1988-03-04]]"},
  "document": {"type": "ID_CARD", "country": "ZA", "number": "[[ID|<<za>>]]"},
  "address": {"line1": "[[A|14 Rissik Street]]", "line2": "[[A|Unit 1203, Braamfontein Centre]]", "city": "Johannesburg", "postcode": "2001"},
  "ip": "[[IP|105.224.18.77]]",
  "result": "PASS"}}""", za=za_id("880304512608"))

pos("sql", "en", """INSERT INTO `users` (`id`,`login`,`email`,`password_hash`,`last_ip`,`created`) VALUES
(1041,'mfontaine','[[E|mireille.fontaine@laposte.net]]','$2y$10$Qm7uJk2LrT9zVx4NbW1cOeF8hG3iK5lM6nP0qR2sT4uV6wX8yZ0a','[[IP|86.204.113.59]]','2023-02-11'),
(1042,'oduya.k','[[E|kofi.oduya@gmail.com]]','$2y$10$Aa1Bb2Cc3Dd4Ee5Ff6Gg7Hh8Ii9Jj0Kk1Ll2Mm3Nn4Oo5Pp6Qq7R','[[IP|41.210.7.148]]','2023-02-12'),
(1043,'hvo','[[E|hanh.vo1997@yahoo.com]]','$2y$10$Zz9Yy8Xx7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp9Oo8Nn7Mm6Ll5Kk4Jj3I','[[IP|14.161.22.240]]','2023-02-14');""")

pos("shell", "en", """ 1201  ssh-keygen -t ed25519 -C "laptop"
 1202  mysql -u root -p[[K|R00t!Pass2024]] -h [[IP|10.0.3.12]] shop
 1203  export GITHUB_TOKEN=[[K|ghp_Lq8vT2xR7mK4pN9wZ3bY6cH1jF5dS0aE2gUi]]
 1204  gh repo clone acme/infra
 1205  redis-cli -h [[IP|10.0.3.14]] -a [[K|c4ch3-S3cr3t-77]] ping
 1206  scp backup.tar.gz ops@[[IP|10.0.3.20]]:/srv/backups/""")

pos("chat", "en", """#it-helpdesk  (Slack)
[[N|Pauline Verhoeven]]  10:42
  hey, VPN keeps rejecting me. my temp password was [[K|Welcome2024!x7]] - is that expired?
[[N|Ahmed Siddiqui]]  10:44
  yes it expired. new one: [[K|Qr7-Lantern-Vx92]] - change it on first login pls
[[N|Pauline Verhoeven]]  10:45
  thx [[N|ahmed]] 🙏""")

pos("medical", "en", """DISCHARGE SUMMARY - Mercy General, Sacramento
Patient: [[N|Ruiz, Evangelina T.]]     MRN: 00418827     DOB: [[D|02/17/1939]]
Medicare MBI: [[ID|4KW7-HN2-RT81]]
Home address: [[A|9021 Garden Hwy, Sacramento, CA 95833]]
Caregiver: daughter [[N|Lourdes Ruiz-Patton]], [[P|(916) 555-0181]]
Attending: [[N|Samuel Okwuosa]], MD
Diagnosis: CHF exacerbation. Follow-up with PCP in 7 days.""")

pos("hr", "en", """PRIVATE & CONFIDENTIAL

Mr [[N|Dominic Fairclough]]
[[A|Flat 6]]
[[A|Wellington Mill]]
[[A|Stockport SK3 0EU]]

Dear [[N|Dominic]],
Following the disciplinary hearing on 2 May, I confirm the outcome is a final written warning.
Your National Insurance number on file is [[ID|JT 48 21 77 C]]; please tell us if this is incorrect.

[[N|Lisa Amankwah]]
HR Business Partner""")

pos("ticket", "en", """Request #558213 - change of address
Customer [[N|Wojciech Baranski]] called to update his details.
Old: [[A|11 Ellery Court, 204 Park Lane, Toronto, ON M5V 2T6]]
New: [[A|2207-88 Harbour Street, Toronto, ON M5J 0C3]]
Verified with DOB [[D|1977-02-25]] and last 4 of card 8812.
New phone: [[P|+1 416 555 0139]]. Agent: [[N|Sunita Rao]]""")

pos("html", "en", """<div class="order-summary">
  <h3>Shipping to</h3>
  <address>
    [[N|Ezekiel Abernathy-Stone]]<br>
    [[A|4417 Magnolia Blvd]]<br>
    [[A|Unit 12]]<br>
    [[A|Burbank, CA 91505]]<br>
  </address>
  <p>Phone: [[P|818-555-0176]] &middot; Order #OR-22881903</p>
</div>""")

pos("letter", "en", """[[N|Beatriz Okonedo]]
[[A|Apartment 3]]
[[A|71 Rathgar Road]]
[[A|Dublin 6]]
[[A|D06 K2W4]]

21 June 2024

Dear Ms [[N|Okonedo]],

Your PPS number [[ID|<<pp2>>]] has been linked to your new address. No further action is needed.

Department of Social Protection""", pp2=ppsn("8812047"))

pos("report", "en", """PAYROLL REGISTER  period 2024-06   (confidential)
EMP   NAME                      SSN           BANK ROUTING  NET PAY
2210  [[N|Alvarado, Josefina]]       [[S|602-14-3387]]   021000021     2,911.40
2211  [[N|Brennan, Thaddeus]]        [[S|318-77-0451]]   021000021     3,440.08
2214  [[N|Choudhury, Farzana]]       [[S|455-62-1120]]   011000138     2,702.66
2219  [[N|Delacroix-Young, Ines]]    [[S|227-90-6613]]   011000138     3,018.15""")

# ================================================================ address-heavy records (mixed languages)
pos("report", "de", """Ablesetour Nr. 17 – Wasserzähler – Stadtwerke, Bezirk Süd        Datum: 04.03.2024
Pos  Adresse                                   Zähler-Nr.    Stand alt   Stand neu
01   [[A|Amselweg 3]]                                  WZ-0041872    1.204       
02   [[A|Amselweg 7a]]                                 WZ-0041890    988         
03   [[A|Drosselgasse 12, Whg. 4]]                     WZ-0042231    2.117       
04   [[A|Finkenstraße 28, EG links]]                   WZ-0042236    1.530       
05   [[A|Meisenring 101]]                              WZ-0043010    774         
Bemerkung: bei Pos. 03 Schlüssel bei Nachbarin Frau [[N|Gerlinde Pohl]] (Pos. 04).""")

pos("letter", "nl", """Verhuisbericht

Per 1 juli 2024 zijn wij verhuisd!

Oud adres:                      Nieuw adres:
[[A|Berkenlaan 22]]                  [[A|Zuiderdiep 148-B]]
[[A|3734 CG Den Dolder]]             [[A|9711 HS Groningen]]

Ons telefoonnummer blijft [[P|030 229 4471]].
Hartelijke groet, [[N|Marloes]] en [[N|Bas Hoekstra-Tilburg]]""")

pos("court", "fr", """CONTRAT DE LOCATION – LOCAUX VIDES À USAGE D'HABITATION
ENTRE LES SOUSSIGNÉS :
Le bailleur : M. [[N|Gérard Vasseur]], demeurant [[A|18 boulevard Carnot, 59800 Lille]]
ET
Le locataire : Mme [[N|Aïcha Ben Salem]], née le [[D|4 février 1993]] à Tunis
Désignation du logement : [[A|Appartement 3B, 7 rue de la Clef, 59800 Lille]]
Dépôt de garantie : 780 €""")

pos("gov", "es", """NOTA SIMPLE INFORMATIVA – REGISTRO DE LA PROPIEDAD DE VALENCIA Nº 7
FINCA: 44127   IDUFIR: 46085000441270
Descripción: URBANA. Vivienda situada en [[A|Calle de la Reina 131, piso 4º, puerta 11, 46011 Valencia]]
Superficie construida: 92,40 m²
TITULARIDAD: [[N|Vicente Sanchis Ferrer]], con DNI [[ID|<<d3>>]], titular del 100% del pleno dominio
por título de compraventa. CARGAS: Hipoteca a favor de Banco Ejemplo, S.A.""", d3=dni("20455831"))

pos("csv", "ja", """配達番号,お届け先氏名,郵便番号,住所,電話
D-0412,[[N|佐々木 美咲]],060-0061,[[A|北海道札幌市中央区南一条西6丁目11-3 札幌ビル302]],[[P|011-231-4487]]
D-0413,[[N|中村 大輔]],980-0811,[[A|宮城県仙台市青葉区一番町2-4-18]],[[P|080-5521-0934]]
D-0414,[[N|ゴンザレス・マリア]],460-0008,[[A|愛知県名古屋市中区栄3-15-27 グランドメゾン栄1105]],[[P|070-4482-1176]]
D-0415,[[N|金子 隆]],812-0011,[[A|福岡県福岡市博多区博多駅前4丁目9-2]],[[P|092-471-0658]]
""")

pos("invoice", "zh", """顺丰速运 电子运单
寄件人：[[N|李文博]]  [[P|021-6418 2275]]
寄件地址：[[A|上海市徐汇区衡山路12号弄3号601室]]
收件人：[[N|赵雅琪]]  [[P|158 2219 4073]]
收件地址：[[A|湖北省武汉市洪山区珞喻路1037号华中科技大学东校区紫崧公寓7栋]]
托寄物：文件   付款方式：寄付月结""")

pos("report", "pl", """ODCZYTY LICZNIKÓW GAZU – rejon Kraków-Podgórze, trasa 4
Lp.  Adres punktu poboru                      Nr licznika   Odczyt
1    [[A|ul. Rękawka 14/2, 30-535 Kraków]]             G4-7718230     03412
2    [[A|ul. Limanowskiego 41/9, 30-551 Kraków]]       G4-7718544     11087
3    [[A|ul. Węgierska 8/1a, 30-535 Kraków]]           G4-7719002     07755
4    [[A|ul. Kalwaryjska 62/15, 30-504 Kraków]]        G4-7719310     09120
Brak dostępu do lokalu nr 3 – awizo pozostawione.""")

pos("csv", "pt-BR", """pedido;cliente;endereco_entrega;telefone
88120;[[N|Luana]];[[A|Rua Augusta, 2690, apto 41, Cerqueira César, São Paulo - SP]];[[P|(11) 97412-0839]]
88121;[[N|Diego]];[[A|Alameda Santos, 1120, bloco B, ap. 82, Jardim Paulista]];[[P|(11) 98233-1045]]
88122;[[N|Yara]];[[A|Rua Oscar Freire, 379, casa 2, Pinheiros]];[[P|(11) 99120-4418]]
88123;[[N|Kenji]];[[A|Av. Rebouças, 3084, ap. 17, Pinheiros]];
""")

pos("report", "ru", """МАРШРУТНЫЙ ЛИСТ КУРЬЕРА № 2207   Курьер: [[N|Хабибуллин Р.]]
№  Адрес доставки                                         Получатель            Телефон
1  [[A|ул. Бауманская, д. 58/25, стр. 14, кв. 3]]              [[N|Орлова Е.]]             [[P|+7 903 118-42-07]]
2  [[A|Спартаковская пл., д. 10, кв. 77]]                      [[N|Мамедов Т.]]            [[P|+7 925 440-18-33]]
3  [[A|ул. Новая Басманная, д. 4-6, стр. 3, оф. 12 (кв.)]]     [[N|Ли В.]]                 [[P|+7 977 201-55-90]]""")

pos("log", "en", """CAD INCIDENT LOG - Precinct 4 - 2024-07-19 (night shift)
22:04  #24-118812  Noise complaint        [[A|1417 Alder Creek Dr]]          caller: [[N|R. Nakamura]] [[P|(503) 555-0147]]
22:31  #24-118820  Welfare check          [[A|3390 SE Division St Apt 21]]   caller: daughter, [[P|(503) 555-0190]]
23:12  #24-118829  Vehicle break-in       [[A|88 NE Fremont Ct]]             caller: [[N|Latoya Birch]]
23:47  #24-118841  Alarm (residential)    [[A|6022 N Omaha Ave]]             keyholder: [[N|Ivan Petrov]] [[P|(503) 555-0163]]""")

pos("doc", "en", """Riverside Elementary - Bus 12 AM route (2024-25)
Stop  Time   Pick-up address                 Students
1     7:05   [[A|418 Willowbrook Rd]]              [[N|Ayden]], [[N|Mila]]
2     7:09   [[A|22 Quail Run Ct]]                 [[N|Santiago]]
3     7:14   [[A|1509 Old Orchard Ln]]             [[N|Harper]], [[N|Eli]], [[N|Noor]]
4     7:20   corner of Main St & 3rd Ave       (group stop)
Driver: [[N|Delores Kimbrough]]  [[P|555-0134]]""")

pos("form", "sv", """FLYTTANMÄLAN
Namn: [[N|Elsa Nyberg]]
Personnummer: [[ID|<<pn3>>]]
Gammal adress: [[A|Vasagatan 11 lgh 1102, 411 24 Göteborg]]
Ny adress:
  [[A|c/o Lundgren]]
  [[A|Skolgatan 4B]]
  [[A|753 12 Uppsala]]
Flyttdatum: 2024-08-15""", pn3=personnummer("990306", "624"))

pos("form", "tr", """ADRES DEĞİŞİKLİĞİ BİLDİRİMİ
Ad Soyad: [[N|Oğuzhan Aydemir]]
Eski adres: [[A|Kazım Dirik Mah. 372/8 Sok. No: 11 D: 4, Bornova/İzmir]]
Yeni adres: [[A|Bahçelievler Mah. Şehit Ali Gaffar Okkan Sok. No: 27/9, 06490 Çankaya/Ankara]]
Taşınma tarihi: 01.09.2024""")

pos("csv", "ko", """주문번호,수령인,배송지,연락처
K240601-01,[[N|정하은]],[[A|인천광역시 연수구 센트럴로 160, 더샵 103동 1501호]],[[P|010-2281-4475]]
K240601-02,[[N|윤태호]],[[A|광주광역시 북구 용봉로 77, 2층]],[[P|010-9912-0038]]
K240601-03,[[N|강수빈]],[[A|제주특별자치도 제주시 연동 312-14, 201호]],[[P|010-4408-7713]]
""")

pos("form", "hu", """LAKCÍMVÁLTOZÁS BEJELENTÉSE
Név: [[N|Szűcs Balázs]]
Születési dátum: [[D|1988.06.21.]]
Régi lakcím: [[A|6720 Szeged, Kárász utca 9. II/5.]]
Új lakcím: [[A|7621 Pécs, Király utca 44. fszt. 1.]]
Értesítési cím: [[A|7621 Pécs, Pf. 318]]""")

pos("report", "cs", """SEZNAM ODBĚRNÝCH MÍST – vyúčtování 2023
EAN              Adresa odběrného místa                    Spotřeba (kWh)
859182400100418  [[A|Lidická 41, 602 00 Brno]]                       2 418
859182400100425  [[A|Kounicova 17/3, 602 00 Brno]]                   3 905
859182400100432  [[A|Štefánikova 88, byt 12, 612 00 Brno]]           1 877
Zákazník: [[N|Radek Šimek]], tel. [[P|777 418 230]]""")

pos("csv", "en", """courier_awb,consignee,address,pin,mobile
DL44120871,[[N|Harpreet Kaur Sandhu]],"[[A|House No. 2217, Sector 44-C, Chandigarh]]",160047,[[P|+91 98154 22107]]
DL44120872,[[N|Venkatesh Iyer]],"[[A|Flat 4B, Srinivasa Apartments, 12 Luz Church Road, Mylapore, Chennai]]",600004,[[P|94441 20378]]
DL44120873,[[N|Anjali Borkar]],"[[A|Plot 71, Ramdaspeth, Nagpur]]",440010,[[P|+91 712 244 1093]]
""")

pos("csv", "vi", """Mã vận đơn\tNgười nhận\tĐịa chỉ\tSĐT
GHN41028\t[[N|Võ Thị Mỹ Linh]]\t[[A|118/24 Lê Văn Sỹ, phường 10, quận Phú Nhuận, TP.HCM]]\t[[P|0938 441 207]]
GHN41029\t[[N|Bùi Đức Anh]]\t[[A|Số 6 ngách 41/12 phố Thái Hà, quận Đống Đa, Hà Nội]]\t[[P|0985 210 336]]
GHN41030\t[[N|Hồ Quang Vinh]]\t[[A|K82/5 Hoàng Diệu, quận Hải Châu, Đà Nẵng]]\t[[P|0905 377 412]]
""")

pos("report", "id", """DAFTAR PENGIRIMAN – Kurir: [[N|Slamet]] – Rute Surabaya Timur
No  Penerima              Alamat                                              HP
1   Ny. [[N|Lestari]]           [[A|Jl. Kertajaya Indah Timur IX No. 21, Surabaya]]            [[P|0812 3012 4471]]
2   [[N|Hendra Wijaya]]         [[A|Perum Pakuwon City, Cluster Taman Laguna K-7, Surabaya]]   [[P|0813 3110 2290]]
3   [[N|Putu Ayu Suartini]]     [[A|Jl. Mulyosari Utara Gg. III No. 5, Surabaya]]              [[P|0857 4018 3316]]""")

pos("chat", "ar", """مجموعة التوصيل – الخميس
[[N|سامي]]: الطلب الأول: [[A|فيلا ٢٣، شارع ١٥، حي الياسمين، الرياض]]
[[N|سامي]]: الطلب الثاني: [[A|مبنى ٧٤١٢، طريق الملك عبدالعزيز، حي الملقا، الرياض ١٣٥٢٤]]
[[N|ماجد]]: الطلب الثالث؟
[[N|سامي]]: [[A|شقة ٥، عمارة ٩، شارع الأمير محمد بن عبدالعزيز، حي العليا]] – اتصل بالعميل قبل الوصول [[P|٠٥٠٤٤١٢٨٣٧]]""")

pos("log", "de", """FRITZ!Box 7590 – Ereignisse
14.05.24 19:02:11 WLAN-Gerät angemeldet (5 GHz), 866 Mbit/s, Pixel-8-Lena, IP [[IP|192.168.178.34]], MAC [[MAC|A8:9C:ED:41:07:2B]].
14.05.24 19:40:55 WLAN-Gerät angemeldet (2,4 GHz), 72 Mbit/s, Thermostat-Bad, IP [[IP|192.168.178.51]], MAC [[MAC|C8:2B:96:10:3F:E2]].
14.05.24 21:15:03 Anmeldung an der FRITZ!Box-Benutzeroberfläche von IP-Adresse [[IP|192.168.178.20]].
14.05.24 23:59:00 Internetverbindung getrennt. Neue öffentliche IP: [[IP|87.171.204.19]].""")

pos("config", "fr", """# /etc/fstab et sauvegarde – serveur de la famille [[N|Moreau]]
//nas.local/photos  /mnt/photos  cifs  username=papa,password=[[K|Chaton2019!]],vers=3.0  0 0
# rclone.conf
[ovh]
type = swift
env_auth = false
key = [[K|7b2fQx9LmR4tVz8kPw1N]]
url = [[U|ftp://sauvegarde:Lune-Bleue-44@ftp.moreau-famille.fr/backup]]""")

pos("code", "ja", """// config/production.ts  ※本番用 ([[N|渡辺]]さん作成)
export default {
  db: { url: "[[U|postgresql://app_admin:Sakura%402024@10.8.1.21:5432/app]]" },
  line: { channelSecret: "[[K|4f1c9e7a2b8d3c6e5f0a1b2c3d4e5f6a]]", channelAccessToken: "[[K|vT8kLq2ZpX9wR4mN7bY1cH6jF3dS0aE5gUiOk2Lz]]" },
  admin: { email: "[[E|t.watanabe@example-shop.jp]]" },
};""")

pos("log", "es", """2024-06-11 03:14:22 WARN  login fallido usuario=[[E|mjimenez.ortega@gmail.com]] ip=[[IP|88.12.204.71]]
2024-06-11 03:14:25 WARN  login fallido usuario=[[E|mjimenez.ortega@gmail.com]] ip=[[IP|88.12.204.71]]
2024-06-11 03:14:31 ERROR cuenta bloqueada usuario=[[E|mjimenez.ortega@gmail.com]] tras 3 intentos
2024-06-11 08:02:10 INFO  desbloqueo manual por operador [[N|Nuria Pascual]] desde [[IP|10.2.0.45]]""")

# ================================================================ hard negatives, technical and records (mixed languages)
neg("config", "en", """apiVersion: apps/v1
kind: Deployment
metadata: {name: billing-api, namespace: prod}
spec:
  template:
    spec:
      containers:
        - name: api
          image: registry.example.com/billing-api:2.19.4
          env:
            - name: DB_PASSWORD
              valueFrom: {secretKeyRef: {name: billing-db, key: password}}
            - name: API_TOKEN
              value: "${API_TOKEN}"
            - name: SUPPORT_EMAIL
              value: "support@billing.example.com\"""")

neg("log", "en", """Run actions/checkout@v4
Run ./scripts/deploy.sh
  env:
    AWS_ACCESS_KEY_ID: ***
    AWS_SECRET_ACCESS_KEY: ***
    NPM_TOKEN: ***
deploying build 7.4.0+sha.4e1f9c2 to eu-central-1
uploaded 214 files (38.2 MB) to s3://static-assets-prod/
Invalidation I2J0KQ8X9S7Y6Z created. Job completed in 2m 41s.""")

neg("code", "en", """def test_checkout_accepts_test_card(client):
    resp = client.post("/pay", json={
        "card": "4242 4242 4242 4242", "exp": "12/34", "cvc": "123",
        "email": "test.user@example.com", "name": "Jane Doe"})
    assert resp.status_code == 200
    # Stripe docs: 4000 0000 0000 0002 is always declined
    assert client.post("/pay", json={"card": "4000000000000002"}).status_code == 402""")

neg("doc", "en", """Network lab guide - section 3.2
Use only the documentation ranges from RFC 5737 in examples: 192.0.2.0/24, 198.51.100.0/24 and
203.0.113.0/24, plus 2001:db8::/32 for IPv6. Example: the router at 192.0.2.1 forwards to
198.51.100.25. MAC addresses in screenshots are replaced by 00:00:5E:00:53:00 (RFC 7042
documentation range). Broadcast: ff:ff:ff:ff:ff:ff. Vendor prefix 3C:22:FB is Apple's OUI.""")

neg("csv", "en", """store_id,brand,city,opening_hours,phone
S-001,FreshMart,Leeds,07:00-22:00,0800 028 2810
S-002,FreshMart,York,07:00-22:00,0800 028 2810
S-014,FreshMart Express,Harrogate,06:00-23:00,0800 028 2810
S-020,FreshMart,Wakefield,07:00-21:00,0800 028 2810
""")

neg("json", "en", """{
  "openapi": "3.0.3",
  "info": {"title": "Accounts API", "version": "1.8.0", "contact": {"email": "api@example.org"}},
  "components": {"examples": {"Account": {"value": {
      "id": "acc_000000", "owner_name": "<full name>", "email": "user@example.com",
      "iban": "XX00 0000 0000 0000", "phone": "+1-555-0100", "api_key": "sk_test_XXXXXXXXXXXX"}}}}
}""")

neg("xml", "en", """<catalog version="2024.06">
  <product sku="LMP-4410" ean="4006381333931">
    <name>Arc desk lamp, matte black</name><price currency="EUR">79.90</price>
    <manufacturer>Lumio GmbH, Stuttgart</manufacturer>
  </product>
  <product sku="LMP-4411" ean="4006381333948">
    <name>Arc desk lamp, brass</name><price currency="EUR">89.90</price>
    <manufacturer>Lumio GmbH, Stuttgart</manufacturer>
  </product>
</catalog>""")

neg("sql", "en", """-- migration 0042_add_customer_contact.sql
ALTER TABLE customers ADD COLUMN phone VARCHAR(32);
ALTER TABLE customers ADD COLUMN date_of_birth DATE;
CREATE INDEX idx_customers_email ON customers (email);
COMMENT ON COLUMN customers.ssn IS 'encrypted; format 000-00-0000';
UPDATE schema_version SET version = 42, applied_at = '2024-06-02 10:14:00';""")

neg("email", "en", """From: The Grove Bookshop <newsletter@grovebooks.example>
To: subscribers
Subject: Signed copies of Zadie Smith's new novel

This month Zadie Smith joins us for a reading on Thursday 12 September at 7pm.
Tickets £5, redeemable against the book. Call the shop on 0161 496 0000 or reply to
events@grovebooks.example. Unsubscribe: https://grovebooks.example/unsub?list=events""")

neg("ticket", "en", """BUG-3381  Crash on startup after upgrade to 5.2.0
Steps: install 5.2.0 over 5.1.7 on macOS 14.4.1, launch app.
Stack trace: SIGSEGV in libcore.dylib 0x00007ff81a2c4e10
Build hash: b7e4f2a9c1d0e3f5a6b8c9d0e1f2a3b4c5d6e7f8
Workaround: delete ~/Library/Caches/com.example.app and relaunch.
Fixed in 5.2.1 (released 2024-04-22).""")

neg("vcard", "en", """BEGIN:VCARD
VERSION:3.0
ORG:Harbourside Dental Practice
FN:Harbourside Dental Practice
TEL;TYPE=WORK:+44 1752 000000
EMAIL;TYPE=WORK:reception@harbourside-dental.example
URL:https://harbourside-dental.example
ADR;TYPE=WORK:;;;Plymouth;;;United Kingdom
END:VCARD""")

neg("gov", "en", """NOTICE OF ELECTION - Borough Council, Ward of Ashfield
Polling day: Thursday 2 May 2024, 7am to 10pm
Polling stations: Ashfield Library; St Mark's Church Hall; Ashfield Community Centre
Postal vote applications must reach the Electoral Services Office by 5pm on 16 April.
Enquiries: elections@council.example.gov.uk, 01632 960000.""")

neg("shell", "en", """$ ssh-keygen -lf ~/.ssh/id_ed25519.pub
256 SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s laptop (ED25519)
$ gpg --list-keys
pub   rsa4096 2021-03-14 [SC] [expires: 2025-03-14]
      8C7A 2B1F 9D3E 44A0 5F6B  7C8D 9E0F 1A2B 3C4D 5E6F
uid           [ultimate] Release Signing Key <release@project.example.org>""")

neg("doc", "en", """-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo
4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u
+qKhbwKfBstIs+bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyeh
-----END PUBLIC KEY-----
Verify downloads with: openssl dgst -sha256 -verify pubkey.pem -signature app-3.2.0.sig app-3.2.0.tar.gz""")

neg("config", "de", """# docker-compose.yml
services:
  db:
    image: postgres:16.3
    environment:
      POSTGRES_USER: ${DB_USER}
      POSTGRES_PASSWORD: ${DB_PASSWORD}
  web:
    image: ghcr.io/beispiel/shop:4.2.1
    environment:
      MAIL_FROM: "kundenservice@shop.example"
      MAIL_PASSWORD: "********"
    ports: ["127.0.0.1:8080:8080"]""")

neg("doc", "fr", """Guide de configuration du pare-feu – version 2.3
Autorisez le réseau de documentation 198.51.100.0/24 vers le serveur d'exemple 203.0.113.10.
Le masque de sous-réseau par défaut est 255.255.255.0 ; la passerelle 192.0.2.1.
Résolveurs publics recommandés : 9.9.9.9 et 1.1.1.1.
Support : support@exemple.fr – Standard : 01 00 00 00 00.""")

neg("json", "es", """{
  "pais": "ES",
  "anio": 2024,
  "festivos_nacionales": [
    {"fecha": "2024-01-01", "nombre": "Año Nuevo"},
    {"fecha": "2024-01-06", "nombre": "Epifanía del Señor"},
    {"fecha": "2024-10-12", "nombre": "Fiesta Nacional de España"},
    {"fecha": "2024-12-25", "nombre": "Natividad del Señor"}]
}""")

neg("ticket", "ja", """【不具合報告】 #4812  アプリがログイン画面で停止する
環境：iOS 17.5.1 / アプリ v3.12.0 (build 4410)
再現手順：1. アプリを起動 2. 「ログイン」をタップ
期待結果：ホーム画面に遷移する
備考：v3.11.8 では発生しない。サポート窓口 support@example.jp で受付済み。""")

neg("code", "zh", """# config.py 示例配置（请勿填写真实密钥）
WECHAT_APPID = "wx0000000000000000"
WECHAT_SECRET = "<在此填写你的AppSecret>"
DB_URL = "mysql://用户名:密码@localhost:3306/demo"
ALIYUN_ACCESS_KEY = os.getenv("ALIYUN_ACCESS_KEY")
客服邮箱 = "service@example.cn"  # 版本 1.4.2""")

neg("sql", "ru", """-- Справочник отделений
CREATE TABLE branches (id SERIAL, city TEXT, phone TEXT, opened DATE);
INSERT INTO branches (city, phone, opened) VALUES
('Казань', '8-800-200-00-00', '2011-03-01'),
('Самара', '8-800-200-00-00', '2014-09-15'),
('Пермь', '8-800-200-00-00', '2019-06-20');""")

neg("csv", "it", """museo;città;orari;biglietto_intero;biglietto_ridotto
Galleria degli Uffizi;Firenze;08:15-18:30;25,00;2,00
Musei Vaticani;Città del Vaticano;08:00-19:00;20,00;8,00
Pinacoteca di Brera;Milano;08:30-19:15;15,00;2,00
Museo Egizio;Torino;09:00-18:30;18,00;14,00
""")

neg("email", "pl", """Od: Newsletter Meblex <newsletter@meblex.example>
Temat: Wyprzedaż letnia -30%

Dzień dobry,
do 31 lipca wszystkie sofy tańsze o 30%. Salon w Poznaniu czynny pon.–sob. 10:00–20:00.
Infolinia: 800 700 600 (bezpłatna). Kod rabatowy: LATO2024.
Wypisz się: https://meblex.example/wypisz""")

neg("vcard", "nl", """BEGIN:VCARD
VERSION:3.0
ORG:Gemeente Utrecht
FN:Gemeente Utrecht – Publiekszaken
TEL;TYPE=WORK:14 030
EMAIL;TYPE=WORK:info@gemeente.example.nl
ADR;TYPE=WORK:;;;Utrecht;;;Nederland
END:VCARD""")

neg("medical", "pt-BR", """CALENDÁRIO NACIONAL DE VACINAÇÃO – CRIANÇA
Idade        Vacina
Ao nascer    BCG, Hepatite B
2 meses      Pentavalente (1ª dose), VIP, Pneumocócica 10V, Rotavírus
4 meses      Pentavalente (2ª dose), VIP, Pneumocócica 10V, Rotavírus
Disque Saúde: 136 (ligação gratuita)""")

neg("log", "ko", """2024-05-30 09:00:00 [INFO] 서버 시작 (버전 2.8.1)
2024-05-30 09:00:01 [INFO] 127.0.0.1:5432 데이터베이스 연결 성공
2024-05-30 09:00:02 [WARN] 인증서 만료 30일 전 (CN=shop.example.kr)
2024-05-30 09:15:44 [INFO] 배치 작업 완료: 주문 1,204건 처리
2024-05-30 09:15:45 [INFO] 고객센터 알림 발송 (1588-0000)""")

neg("travel", "en", """Fare table - Ferry Holyhead <-> Dublin (summer 2024)
Ticket              Foot passenger   Car + driver   Extra passenger
Flexi single        £42.00           £189.00        £38.00
Value single        £35.00           £129.00        £32.00
Day return          £49.00           n/a            n/a
Sailings 02:40, 08:55, 14:10, 20:15. Booking ref format: HX-0000000.""")

neg("court", "en", """COMMERCIAL COURT LIST - Monday 9 September 2024, Court 3, 10:30am
CL-2024-000412  Northwind Shipping Ltd v Baltic Freight AS
CL-2024-000431  Corvex Holdings plc v Meridian Insurance SE (directions)
CL-2024-000447  In the matter of Alder Energy Ltd (winding-up petition)
Listing office: commercial.listing@courts.example.gov.uk""")

neg("hl7", "en", """MSH|^~\\&|TESTSYS|TESTFAC|EMR|TESTFAC|202401010000||ADT^A08|TEST0001|T|2.5
PID|1||000000^^^TEST^MR||TEST^PATIENT^^^^^L||19000101|U|||123 MAIN ST^^ANYTOWN^ZZ^00000
PV1|1|I|TEST^000^01
NTE|1||Interface test message - synthetic placeholder data, processing ID T""")

# ================================================================ address-heavy positives, few names
pos("report", "en", """MISSED BIN COLLECTIONS - reports received Mon 8 July (residential)
Ref       Address                                        Bin        Reported via
MB-40218  [[A|14 Thornfield Avenue, Gosforth, NE3 4RT]]          Green      web
MB-40219  [[A|Flat 22, Merton Court, 61 Benton Road, NE7 7DS]]   Black      phone
MB-40221  [[A|3 Ravensworth Terrace, NE4 6AS]]                   Blue       web
MB-40226  [[A|The Old Forge, Dinnington Lane, NE13 7LA]]         Green      app
MB-40230  [[A|188 Two Ball Lonnen, NE4 9RX]]                     Black      web
Crew notified 11:20. Next scheduled round: Tuesday.""")

pos("report", "fr", """TOURNÉE DE RELÈVE – compteurs d'eau – secteur Rennes Nord – 12/06/2024
N°   Adresse                                          Compteur     Index
1    [[A|4 allée Jules Verne, apt 12, 35000 Rennes]]          FR35-88120   01418
2    [[A|27 rue de Saint-Malo, 35000 Rennes]]                 FR35-88144   00907
3    [[A|Résidence Les Lilas, bât. C, 9 boulevard de Sévigné, 35700 Rennes]]  FR35-88170   02231
4    [[A|61 rue d'Antrain, 35700 Rennes]]                     FR35-88192   01560
Compteur n°3 inaccessible – avis de passage déposé.""")

pos("report", "it", """GIRO LETTURE CONTATORI GAS – zona Torino Centro – operatore matricola 4471
1  [[A|Via Po 18, scala B, int. 7, 10123 Torino]]            PDR 00881204471200   lettura 12.418
2  [[A|Corso Vittorio Emanuele II 64, int. 3, 10121 Torino]]  PDR 00881204471218   lettura 8.907
3  [[A|Via della Rocca 29, 10123 Torino]]                    PDR 00881204471226   lettura 15.330
4  [[A|Via Mazzini 5bis, int. 12, 10123 Torino]]             PDR 00881204471234   assente – avviso lasciato""")

pos("report", "ja", """ガス機器定期点検　訪問予定表（6月第2週）
日付　　時間　　訪問先住所　　　　　　　　　　　　　　　　　　　　　備考
6/10　　9:30　　[[A|京都府京都市左京区北白川久保田町28-4]]　　　　　　　在宅確認済
6/10　　11:00　 [[A|京都府京都市左京区田中里ノ前町12 メゾン田中203]]　　 鍵預かり
6/11　　10:00　 [[A|京都府京都市北区紫野上柏野町5-17]]　　　　　　　　　 犬あり
6/11　　14:00　 [[A|京都府京都市上京区今出川通寺町西入ル大原口町221]]　　再訪問""")

pos("report", "es", """HOJA DE REPARTO – Ruta 7 – Zaragoza – 15/05/2024
1  [[A|Paseo de Sagasta 42, 5º A, 50006 Zaragoza]]        2 bultos   firmado
2  [[A|Calle de San Vicente de Paúl 19, 1º dcha, 50001 Zaragoza]]  1 bulto   ausente
3  [[A|Avenida de Goya 87, 3º C, 50005 Zaragoza]]          1 bulto   entregado a vecino (3º D)
4  [[A|Calle Delicias 110, bajo, 50017 Zaragoza]]          3 bultos  firmado
Repartidor: [[N|Íñigo Lasheras]]""")

pos("report", "ro", """CITIRI CONTOARE ENERGIE – Timișoara, traseul 12
Nr.  Adresă loc de consum                                  Serie contor     Index
1    [[A|Str. Paris nr. 14, ap. 3, 300003 Timișoara]]               RO-EE-441208     18 771
2    [[A|Bd. Revoluției din 1989 nr. 7, ap. 21, Timișoara]]        RO-EE-441233     9 204
3    [[A|Str. Gheorghe Lazăr nr. 40, sc. B, ap. 8, Timișoara]]     RO-EE-441251     12 660
4    [[A|Calea Aradului nr. 103, bl. B4, ap. 17, Timișoara]]       RO-EE-441276     7 315""")

pos("csv", "en", """dispute_id,card_number,billing_address,amount,reason
CB-77120,[[C|<<k1>>]],"[[A|2200 Westlake Ave N, Unit 804, Seattle, WA 98109]]",412.80,not recognised
CB-77121,[[C|<<k2>>]],"[[A|19 Kingsmere Rd, Ottawa, ON K2B 7C2]]",88.15,duplicate
CB-77124,[[C|<<k3>>]],"[[A|PO Box 3381, Anchorage, AK 99510]]",1290.00,goods not received
CB-77129,[[C|<<k4>>]],"[[A|71 Pemberton Rd, Wolverhampton WV3 7RA]]",54.99,cancelled subscription
""", k1=card("454617903382210"), k2=card("522194003871662", sep=""), k3=card("601120938472615"),
    k4=card("37451802934412", groups=(4, 6, 5), sep="-"))

pos("report", "el", """ΛΙΣΤΑ ΔΙΑΝΟΜΗΣ ΔΕΜΑΤΩΝ – Πάτρα – 03/06/2024
1  [[A|Κορίνθου 214, 3ος όροφος, 26223 Πάτρα]]        2 δέματα   παραδόθηκε
2  [[A|Μαιζώνος 88, διαμ. 5, 26221 Πάτρα]]            1 δέμα     απών – ειδοποίηση
3  [[A|Αγίου Νικολάου 41, 26221 Πάτρα]]               1 δέμα     παραδόθηκε
4  [[A|Ρήγα Φεραίου 117, 26222 Πάτρα]]                3 δέματα   παραδόθηκε
Κούριερ: [[N|Παναγιώτης Λαμπρόπουλος]], [[P|697 441 2088]]""")


if __name__ == "__main__":
    emit("blind23", cases)
