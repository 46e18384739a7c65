"""tuning20v - a hand-labelled development (tuning) set for the PII detector. All data is invented.

Run from this directory:  python3 tuning20v.py > corpus-tuning20v.jsonl

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

# ================================================================ English
pos("ticket", "en", """Ticket #HD-88213  |  Priority: P2  |  Queue: Field IT
Reporter: [[N|Marisol Okonkwo-Reyes]] ([[E|m.okonkwo-reyes@harbourline-logistics.co.uk]])
Ext: [[P|+44 161 496 0732 ext. 214]]

Laptop keeps dropping off the VPN. Agent log shows client [[IP|10.41.7.118]] renewing every 90 s,
Wi-Fi adapter [[MAC|3C:A9:F4:1B:77:D0]]. Replacement charger to be sent to her home:
  [[N|Marisol Okonkwo-Reyes]]
  [[A|Flat 3, Ashdown Court]]
  [[A|27 Wellington Road South]]
  [[A|Stockport SK4 1LW]]
  United Kingdom
-- [[N|Callum]] (2nd line)""")

neg("ticket", "en", """Ticket #HD-88240  |  Priority: P4  |  Queue: Facilities
Reporter: facilities@harbourline-logistics.co.uk
Subject: Lift 2 out of service at the Manchester office

The lift engineer from Kone visits Tuesday 14 May between 09:00 and 11:00.
Please use the stairs or Lift 1. Reference: KONE-WO-5581920.
Status page: https://status.harbourline-logistics.co.uk  |  Helpdesk 0800 917 2240""")

pos("chat", "en", """[09:02] Priya Raman: morning! did anyone get the keys for the Leeds van?
[09:03] Tom Bradley: yeah, dan has them
[09:03] Priya Raman: ok thanks tom, I'll ask dan
[09:05] Daniel Osei: got them, leaving at 10. priya can you text me the drop-off? my number's [[P|07700 918 442]]
[09:06] Priya Raman: it's [[A|14 Kirkstall Hill, Leeds LS5 3BQ]], ask for mrs hartley""".replace("Priya Raman:", "[[N|Priya Raman]]:").replace("Tom Bradley:", "[[N|Tom Bradley]]:").replace("thanks tom", "thanks [[N|tom]]").replace("yeah, dan has", "yeah, [[N|dan]] has").replace("ask dan", "ask [[N|dan]]").replace("Daniel Osei:", "[[N|Daniel Osei]]:").replace(" priya can", " [[N|priya]] can").replace("mrs hartley", "mrs [[N|hartley]]"))

neg("chat", "en", """[14:10] ops-bot: Deploy of billing-api v3.14.2 to prod started (build 20240611.7)
[14:12] ops-bot: Health check passed on 3/3 pods
[14:12] ops-bot: Release notes: https://wiki.internal.example.org/billing-api/3.14.2
[14:15] ops-bot: Rollback window closes at 16:00 UTC""")

pos("email", "en", """From: Hannah Whitcombe <hannah.whitcombe@quillandpress.com>
To: accounts@fennickbros.co.uk
Subject: Refund for order 55-20931

Hi there,

The refund should go to my personal account please, not the company card:
Account name: [[N|Hannah J. Whitcombe]]
IBAN: [[I|<<ib>>]]

Many thanks,
[[N|Hannah]]
--
[[N|Hannah Whitcombe]] | Senior Editor
Mobile [[P|+44 7911 604 385]]""".replace("From: Hannah Whitcombe <hannah.whitcombe@quillandpress.com>", "From: [[N|Hannah Whitcombe]] <[[E|hannah.whitcombe@quillandpress.com]]>"), ib=iban("GB", "BARC20325373164807"))

neg("email", "en", """From: noreply@parcelstream.com
To: customer
Subject: Your parcel is on its way

Tracking number: PS7729 1845 0031 GB
Estimated delivery: Thursday 13 June, 08:00-12:00
Questions? Contact support@parcelstream.com or call 0345 600 1234 (Mon-Fri 8am-6pm).
Parcelstream Ltd, registered in Northampton. Company no. 08812345""")

pos("hr", "en", """STAFF RECORD - CONFIDENTIAL
Employee no.:     E-40913
Name:             [[N|Oluwaseun Adebayo-Grant]]
Date of birth:    [[D|3 February 1988]]
NI number:        [[ID|<<ni>>]]
Home address:     [[A|62 Marlborough Crescent, Bedford MK40 2RL]]
Emergency contact: [[N|Temitope Adebayo]] (sister) [[P|07456 221 903]]
Start date:       01/09/2019""", ni="JT 48 21 96 C")

pos("medical", "en", """DISCHARGE SUMMARY
Patient: [[N|Fiona MacAskill]]     DOB: [[D|19/11/1954]]     NHS No: [[ID|<<nh>>]]
Address: [[A|Croft 7, Balallan, Isle of Lewis HS2 9PN]]
GP: Dr [[N|Ewan Mackenzie]], Stornoway Health Centre

Admitted 02/06/2024 with community-acquired pneumonia. Treated with IV co-amoxiclav,
stepped down to oral on day 3. Discharged 07/06/2024. Follow-up CXR in 6 weeks.""", nh=nhs("485777302"))

neg("medical", "en", """PATIENT INFORMATION LEAFLET - Amoxicillin 500 mg capsules
Read all of this leaflet carefully before you start taking this medicine.
1. What Amoxicillin is and what it is used for
2. Do not take if you are allergic to penicillin
Marketing Authorisation Holder: Bristol Laboratories Ltd, Berkhamsted
PL 17907/0104   Leaflet revised: 03/2023   Batch: AX2391""")

pos("csv", "en", """customer_id,first_name,last_name,email,phone,dob,street,city,state,zip
C-10442,[[N|Tyrone]],[[N|Whitfield]],[[E|tyrone.w1987@gmail.com]],[[P|(404) 555-0187]],[[D|1987-04-22]],[[A|1180 Peachtree Battle Ave NW]],Atlanta,GA,30327
C-10443,[[N|Mei-Ling]],[[N|Cartwright]],[[E|meiling.cartwright@outlook.com]],[[P|(503) 555-0144]],[[D|1992-12-01]],[[A|3321 SE Hawthorne Blvd Apt 4]],Portland,OR,97214
C-10444,[[N|Javier]],[[N|Ocampo]],[[E|jocampo@fastmail.fm]],[[P|(915) 555-0163]],[[D|1979-07-30]],[[A|705 N Oregon St]],El Paso,TX,79902""")

neg("csv", "en", """sku,product_name,category,unit_price_usd,stock,warehouse
AX-1001,Trailmaster 40L Backpack,Outdoor,89.99,412,Reno
AX-1002,Summit Down Jacket (M),Apparel,219.00,87,Reno
AX-1003,Ridgeline Trekking Poles,Outdoor,64.50,230,Memphis
AX-1004,Basecamp Stove v2.1,Camping,119.95,55,Memphis""")

pos("form", "en", """W-9 REQUEST - CONTRACTOR ONBOARDING
Legal name ............ [[N|Desmond R. Achterberg]]
Business name ......... (none)
Address ............... [[A|4417 Larkspur Lane]]
City, state, ZIP ...... [[A|Boise, ID 83704]]
SSN ................... [[S|<<ss>>]]
Date of birth ......... [[D|08/14/1983]]
Phone ................. [[P|208-555-0129]]""", ss="531-72-9046")

neg("form", "en", """SAMPLE - DO NOT SUBMIT
Legal name ............ John Q. Public
Address ............... 123 Any Street
City, state, ZIP ...... Anytown, ST 00000
SSN ................... 123-45-6789
Date of birth ......... MM/DD/YYYY
Phone ................. (555) 555-5555""")

pos("config", "en", """# .env.production  (do not commit)
DATABASE_URL=[[U|postgres://app_rw:Wq7!pLz2vKe9@db-prod-02.internal:5432/orders]]
REDIS_URL=redis://cache-prod.internal:6379/0
STRIPE_SECRET_KEY=[[K|sk_live_51Hx7qEJt8Rr2aZm0VbQ3nLkP9sT4uYw6]]
SENTRY_DSN=https://public@sentry.io/1182
AWS_ACCESS_KEY_ID=[[K|AKIAZ7QF3K2LM8N4PW5R]]
AWS_SECRET_ACCESS_KEY=[[K|q9Vh2mT+Lr8wXc4Jp1sNzE7bKf3Yd6Ga0uHe5iRo]]""")

neg("config", "en", """# .env.example  - copy to .env and fill in
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/orders
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
API_TOKEN=${API_TOKEN}
LOG_LEVEL=info""")

pos("log", "en", """2024-06-11T07:14:02Z sshd[2211]: Accepted publickey for kwame from [[IP|86.142.77.19]] port 50122 ssh2
2024-06-11T07:14:09Z sudo: kwame : TTY=pts/0 ; PWD=/home/kwame ; USER=root ; COMMAND=/usr/bin/apt upgrade
2024-06-11T07:31:55Z sshd[2290]: Failed password for invalid user admin from [[IP|185.220.101.47]] port 41890 ssh2
2024-06-11T07:31:57Z sshd[2290]: Failed password for invalid user admin from [[IP|185.220.101.47]] port 41894 ssh2
2024-06-11T08:02:10Z dhcpd: DHCPACK on [[IP|192.168.20.54]] to [[MAC|f0:18:98:4e:2c:a1]] (kwame-mbp) via eth1""")

neg("log", "en", """2024-06-11T09:00:00Z nginx[881]: 127.0.0.1 - - "GET /healthz HTTP/1.1" 200 2
2024-06-11T09:00:05Z resolver: forwarding to 1.1.1.1 and 8.8.8.8
2024-06-11T09:00:07Z app: listening on 0.0.0.0:8080 (version 2.18.4)
2024-06-11T09:01:12Z test: probe from 203.0.113.25 to 198.51.100.7 ok (documentation range)""")

pos("letter", "en", """[[N|Geraldine Fitzpatrick-Nolan]]
[[A|Apartment 12B]]
[[A|88 Riverside Drive]]
[[A|New York, NY 10024]]

March 4, 2024

Dear Ms. [[N|Fitzpatrick-Nolan]],

Re: Claim 7731-HX

We have received your claim. To verify your identity, please confirm your date of birth
([[D|June 9, 1961]]) and the last four digits of your SSN by calling us on our claims line.

Sincerely,
[[N|Leonard Yazzie]]
Claims Adjuster, direct line [[P|(212) 555-0193]]""")

neg("letter", "en", """City of Cambridge - Planning Department
The Guildhall, Cambridge

Notice of public consultation: proposed cycle lane on Mill Road

Residents and businesses are invited to comment on the proposal until 30 September 2024.
Drop-in sessions will be held at the Central Library. Enquiries: planning@cambridge.gov.uk""")

pos("vcard", "en", """BEGIN:VCARD
VERSION:3.0
N:[[N|Abernathy]];[[N|Colette]];;;
FN:[[N|Colette Abernathy]]
TEL;TYPE=CELL:[[P|+1 617 555 0148]]
EMAIL;TYPE=HOME:[[E|colette.abernathy@icloud.com]]
ADR;TYPE=HOME:;;[[A|29 Appleton Street]];Boston;MA;02116;USA
BDAY:[[D|1990-05-17]]
END:VCARD""")

neg("vcard", "en", """BEGIN:VCARD
VERSION:3.0
ORG:Northwind Pharmacy
FN:Northwind Pharmacy - Dispensary
TEL;TYPE=WORK:+1 800 555 0100
EMAIL;TYPE=WORK:dispensary@northwindpharmacy.com
URL:https://northwindpharmacy.com
END:VCARD""")

pos("shell", "en", """$ export GITHUB_TOKEN=[[K|ghp_R8nVq2LxT5wZk9PmJ3cYh7sD1fGaB4eU6oXi]]
$ git clone [[U|https://ravi-dev:ghp_R8nVq2LxT5wZk9PmJ3cYh7sD1fGaB4eU6oXi@github.com/acme-corp/infra.git]]
$ cd infra && terraform init
$ ssh deploy@[[IP|34.201.88.140]]
$ mysql -h db01 -u reporting -p'[[K|Tr0ub4dor&Lime]]' sales
$ history | tail -3""")

neg("shell", "en", """$ git clone git@github.com:acme-corp/infra.git
$ sha256sum release-2.4.1.tar.gz
9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  release-2.4.1.tar.gz
$ curl -u USERNAME:PASSWORD https://api.example.com/v1/ping
$ ping -c 1 192.0.2.10""")

pos("invoice", "en", """INVOICE  #INV-2024-0617
Bill to:
[[N|Aroha Te Whare]]
[[A|16 Kowhai Street]]
[[A|Mount Eden]]
[[A|Auckland 1024]]
New Zealand

Description                       Qty   Unit     Total
Garden design consultation         1    180.00   180.00
Site visit (2 h)                   2     65.00   130.00
                                         Subtotal 310.00 NZD
Paid by card [[C|<<cc>>]] on 17/06/2024""", cc=card("453279120844613"))

neg("invoice", "en", """INVOICE  #INV-2024-0618
Bill to: Kauri Building Supplies Ltd, Hamilton
Description                       Qty   Unit     Total
Treated pine 90x45 (per m)       120     4.20   504.00
Delivery                            1    45.00    45.00
                                         Subtotal 549.00 NZD
Paid by card ending 4417. GST no. 123-456-789""")

pos("json", "en", """{
  "user": {
    "id": 88120,
    "displayName": "[[N|Brendan O'Shaughnessy]]",
    "email": "[[E|brendan.oshaughnessy@eircom.net]]",
    "phone": "[[P|+353 87 341 2290]]",
    "ppsn": "[[ID|<<pp>>]]",
    "address": "[[A|Apt 4, The Maltings, Bridge Street, Westport, Co. Mayo F28 X2P4]]"
  },
  "lastLoginIp": "[[IP|89.101.213.66]]"
}""", pp=ppsn("7162534"))

neg("json", "en", """{
  "service": "geo-lookup",
  "version": "4.2.0",
  "example_request": {"ip": "198.51.100.23", "lang": "en"},
  "example_response": {"city": "Dublin", "country": "IE", "asn": 5466},
  "contact": "api-support@example.com"
}""")

pos("sql", "en", """INSERT INTO patients (id, first_name, last_name, dob, ssn, phone, address) VALUES
(5012, '[[N|Lakshmi]]', '[[N|Venkataraman]]', '[[D|1971-09-03]]', '[[S|412-68-3390]]', '[[P|919-555-0172]]', '[[A|2204 Glenwood Ave, Raleigh, NC 27608]]'),
(5013, '[[N|Cormac]]', '[[N|Delahunty]]', '[[D|1966-02-27]]', '[[S|287-40-1183]]', '[[P|919-555-0110]]', '[[A|17 Oberlin Rd, Raleigh, NC 27605]]'),
(5014, '[[N|Yesenia]]', '[[N|Quiroga]]', '[[D|2001-11-15]]', '[[S|603-19-7752]]', '[[P|984-555-0136]]', '[[A|908 Method Rd Apt 2C, Raleigh, NC 27607]]');""")

neg("sql", "en", """CREATE TABLE patients (
  id          INTEGER PRIMARY KEY,
  first_name  VARCHAR(80) NOT NULL,
  last_name   VARCHAR(80) NOT NULL,
  dob         DATE,
  ssn         CHAR(11) CHECK (ssn ~ '^\\d{3}-\\d{2}-\\d{4}$'),
  phone       VARCHAR(20)
);
-- seed: INSERT INTO patients VALUES (1, 'Test', 'Patient', '1900-01-01', '000-00-0000', '555-0100');""")

neg("prose", "en", """Mary Seacole (1805-1881) was a British-Jamaican nurse who set up the British Hotel
near Balaclava during the Crimean War. Born in Kingston, Jamaica, she travelled widely before
publishing her autobiography, Wonderful Adventures of Mrs Seacole in Many Lands, in 1857.
A statue of her stands outside St Thomas' Hospital in London.""")

neg("prose", "en", """Prime Minister Jacinda Ardern announced on Thursday that the border would reopen in stages.
Speaking in Wellington, she said the first stage would begin on 27 February. Opposition leader
Christopher Luxon called the timetable "too slow". The Ministry of Health hotline, 0800 358 5453,
will remain open seven days a week.""")

pos("court", "en", """IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
COUNTY DEPARTMENT - DOMESTIC RELATIONS DIVISION

IN RE THE MARRIAGE OF:
[[N|SHONDA L. PEMBERTON]], Petitioner,
and
[[N|MARCUS A. PEMBERTON]], Respondent.          Case No. 2024 D 004417

PETITION FOR DISSOLUTION OF MARRIAGE
1. Petitioner resides at [[A|6120 S. Kimbark Avenue, Unit 3, Chicago, Illinois 60637]], and was born
on [[D|October 2, 1985]].
2. Respondent resides at [[A|1455 W. Thorndale Avenue, Chicago, Illinois 60660]].
3. There is one minor child, [[N|J.P.]], born [[D|April 11, 2015]].""")

neg("court", "en", """UNITED STATES SUPREME COURT
Brown v. Board of Education of Topeka, 347 U.S. 483 (1954)
Argued December 9, 1952. Reargued December 8, 1953. Decided May 17, 1954.
Chief Justice Earl Warren delivered the opinion of the Court.
Thurgood Marshall argued the cause for the appellants.""")

pos("travel", "en", """BOOKING CONFIRMATION  PNR: QZ7KLM
Passenger 1: [[N|HOLLINGSWORTH/AMELIA]] MS
Passenger 2: [[N|HOLLINGSWORTH/THEO]] MSTR  (DOB [[D|12MAR17]])
Passport (P1): [[ID|562781334]]  exp 2031-08-19
Flight BA0117  LHR-JFK  21JUN  dep 08:25  arr 11:10  Seat 32A/32B
Contact: [[E|amelia.hollingsworth@btinternet.com]]  [[P|+44 7700 900 812]]""")

neg("travel", "en", """FLIGHT TIMETABLE - SUMMER 2024
Flight   From  To    Dep    Arr    Days      Aircraft
BA0117   LHR   JFK   08:25  11:10  1234567   B777-300ER
BA0175   LHR   JFK   13:30  16:25  1234567   A380
VS0003   LHR   JFK   11:00  13:55  12345-7   A350-1000
Times are local. Schedules subject to change.""")

pos("hl7", "en", """MSH|^~\\&|EPIC|MERCYHOSP|LAB|MERCYHOSP|202406110915||ADT^A04|MSG00417|P|2.5.1
PID|1||MRN55810^^^MERCY^MR||[[N|Kowalczyk]]^[[N|Renata]]^M||[[D|19690823]]|F|||[[A|312 Harmon Street]]^^Omaha^NE^68105||[[P|(402)555-0155]]|||||[[S|508-23-6614]]
NK1|1|[[N|Kowalczyk]]^[[N|Piotr]]|SPO|[[A|312 Harmon Street]]^^Omaha^NE^68105|[[P|(402)555-0198]]
PV1|1|O|CLINIC^202^1||||1234567^Barnes^Alicia^^^DR""".replace("1234567^Barnes^Alicia", "1234567^[[N|Barnes]]^[[N|Alicia]]"))

neg("hl7", "en", """MSH|^~\\&|LABSYS|CENTRAL|EHR|CENTRAL|202406110930||ORU^R01|MSG99001|T|2.5.1
OBR|1||ORD-55510|CBC^Complete Blood Count|||202406110800
OBX|1|NM|WBC^White Blood Cells||6.8|10*3/uL|4.0-11.0|N|||F
OBX|2|NM|HGB^Hemoglobin||13.9|g/dL|12.0-16.0|N|||F
NTE|1||Test message for interface validation only - no patient data""")

pos("cv", "en", """CURRICULUM VITAE
[[N|Anjali Sundaresan]]
[[A|Flat 9, 41 Gloucester Place, London W1U 8JH]]   |   [[P|+44 7823 114 590]]   |   [[E|anjali.sundaresan@protonmail.com]]
Date of birth: [[D|27.01.1994]]

EXPERIENCE
2021-present  Data Analyst, Monzo Bank, London
2018-2021     Junior Analyst, Deloitte, Manchester
REFERENCES
[[N|Dr. Gareth Pryce]] (former manager) - [[E|gareth.pryce@deloitte.co.uk]]""".replace("[[N|Dr. Gareth Pryce]]", "Dr. [[N|Gareth Pryce]]"))

neg("doc", "en", """HOW TO WRITE A CV - TEMPLATE
[Your Name]
[Street address], [Town] [Postcode]  |  [Phone]  |  [email@example.com]
Date of birth: DD.MM.YYYY (optional in the UK)
EXPERIENCE
YYYY-present  Job title, Employer, City""")

pos("receipt", "en", """   CORNER DELI & GROCERY
   Brooklyn, NY
   06/11/2024 12:41  Reg 2  Cashier: [[N|Ramon]]
   Bagel w/ lox            8.75
   Coffee lg               3.25
   TOTAL                  12.00
   VISA  [[C|<<cc>>]]  APPROVED
   Loyalty: [[N|KEISHA BRANDT]] [[P|718-555-0164]]""", cc=card("414720938851276"))

neg("receipt", "en", """   CORNER DELI & GROCERY
   Brooklyn, NY
   06/11/2024 12:55  Reg 1
   Egg & cheese roll       5.50
   TOTAL                   5.50
   VISA ************3391   APPROVED  AUTH 084411
   Thank you! Feedback: 1-800-555-0199""")

pos("report", "en", """ACTIVE MEMBERS - RIVERSIDE ROWING CLUB                         printed 11-Jun-2024
No   Name                     Born         Phone            Address
---  -----------------------  -----------  ---------------  ------------------------------------
014  [[N|Okafor, Chidinma]]         [[D|1998-03-14]]   [[P|07412 558 230]]    [[A|22 Towpath Mews, Reading RG1 8DQ]]
022  [[N|Lindqvist, Henrik]]        [[D|1975-10-30]]   [[P|07700 134 672]]    [[A|5 Caversham Lane, Reading RG4 8AL]]
031  [[N|Abdi, Hodan]]              [[D|2002-06-08]]   [[P|07958 402 118]]    [[A|Flat 1, 90 Oxford Road, Reading RG1 7LP]]""")

neg("report", "en", """RESULTS - HENLEY ROYAL REGATTA 2023, GRAND CHALLENGE CUP (FINAL)
Pos  Crew                               Time
1    Leander Club                       6:05
2    Oxford Brookes University          6:07
3    Nederlandsche Studenten Roeibond   6:12
Umpire's decision: no protest. Weather: tailwind 2 m/s.""")

pos("code", "en", """# tests/fixtures/users.py  -- copied from prod by mistake, scrub before merge!
USERS = [
    {"name": "[[N|Siobhan Keogh]]", "email": "[[E|siobhan.keogh88@yahoo.ie]]", "card": "[[C|<<cc>>]]"},
    {"name": "[[N|Arvind Mehta]]", "email": "[[E|arvind.mehta@rediffmail.com]]", "card": "[[C|<<cc2>>]]"},
]
SMTP_PASSWORD = "[[K|hX9$vQe2!mRt7Lp]]"
""", cc=card("542418930011768"), cc2=card("37144963539843", (4, 6, 5)))

neg("code", "en", """# tests/fixtures/users.py
USERS = [
    {"name": "Test User", "email": "test.user@example.com", "card": "4242 4242 4242 4242"},
    {"name": "Jane Doe", "email": "jane.doe@example.org", "card": "4111 1111 1111 1111"},
]
SMTP_PASSWORD = os.environ["SMTP_PASSWORD"]
HASH = "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"
""")

pos("xml", "en", """<?xml version="1.0" encoding="UTF-8"?>
<Applicant>
  <GivenName>[[N|Rangi]]</GivenName>
  <FamilyName>[[N|Parata-Hohaia]]</FamilyName>
  <BirthDate>[[D|1989-08-05]]</BirthDate>
  <TaxFileNumber>[[ID|<<tf>>]]</TaxFileNumber>
  <Address><Line1>[[A|Unit 7/14 Marine Parade]]</Line1><Suburb>Coogee</Suburb><State>NSW</State><Postcode>2034</Postcode></Address>
  <Mobile>[[P|0412 557 803]]</Mobile>
</Applicant>""", tf=tfn("45372918"))

neg("xml", "en", """<?xml version="1.0" encoding="UTF-8"?>
<Store id="AU-214">
  <Name>Harbourside Books</Name>
  <Suburb>Darling Harbour</Suburb><State>NSW</State>
  <Phone type="switchboard">1300 655 214</Phone>
  <Email>orders@harboursidebooks.com.au</Email>
  <OpeningHours>Mon-Sun 09:00-21:00</OpeningHours>
</Store>""")

pos("html", "en", """<div class="testimonial">
  <p>"The team replaced our boiler in a day. Highly recommend!"</p>
  <span class="author">[[N|Doreen Appleyard]], [[A|3 Laburnum Close, Harrogate HG2 0JP]]</span>
  <a href="tel:[[P|+441423558871]]">Call Doreen</a>
</div>""".replace("Call Doreen", "Call [[N|Doreen]]"))

neg("html", "en", """<footer>
  <p>&copy; 2024 Yorkshire Heating Ltd &middot; Registered in Harrogate &middot; Gas Safe 554433</p>
  <p>Call us free on <a href="tel:08001234567">0800 123 4567</a> or email <a href="mailto:hello@yorkshireheating.co.uk">hello@yorkshireheating.co.uk</a></p>
  <p>Version 5.2.1 &middot; <a href="/privacy">Privacy</a></p>
</footer>""")

pos("note", "en", """Verification note - call 11/06 14:20
Caller said she is [[N|Wendy Tsosie]], DOB [[D|5/3/72]]. Confirmed address on file
[[A|1721 W Mesa Verde Dr, Farmington, NM 87401]]. SSN last 4 matched (ends 0915).
New mobile [[P|505-555-0177]]; updated. Agent: [[N|Kyle]]""")

neg("note", "en", """Verification note - call 11/06 15:05
Caller could not pass security (no DOB, no postcode). No changes made.
Advised to visit a branch with photo ID. Case closed. Ref VN-20240611-33.""")

pos("gov", "en", """CERTIFIED COPY OF AN ENTRY OF BIRTH                   Registration district: Cardiff
1. Date and place of birth: [[D|Fourteenth July 2009]], University Hospital of Wales, Cardiff
2. Name and surname: [[N|Nia Elinor Prothero]]
3. Sex: Girl
4. Father: [[N|Rhodri Prothero]]
5. Mother: [[N|Catrin Prothero]] (formerly [[N|Bevan]])
6. Usual address: [[A|41 Pen-y-Lan Road, Cardiff CF23 5HZ]]""")

neg("gov", "en", """ELECTORAL REGISTER - GUIDANCE
Polling station: St Andrew's Church Hall, Cardiff
Polling day: Thursday 4 July 2024, 7am to 10pm
Bring photo ID. Valid forms include a passport, driving licence or Voter Authority Certificate.
Electoral Services: 029 2087 2034 | electoral@cardiff.gov.uk""")

pos("chat", "en", """WhatsApp - Family 🏡
[18:02] Mum: who's picking up nan on sunday?
[18:05] Josh: me. what's her new address again?
[18:06] Mum: [[A|Room 14, Heathervale Care Home, 9 Beech Avenue, Worksop S81 7BE]]
[18:06] Mum: and bring her blue cardigan
[18:07] Ellie: I can do next week josh""".replace("Josh:", "[[N|Josh]]:").replace("Ellie:", "[[N|Ellie]]:").replace("week josh", "week [[N|josh]]"))

neg("chat", "en", """#general
[11:00] Taylor Swift just announced the Eras tour dates for Dublin lol
[11:01] anyone going to the Aviva on the 28th?
[11:02] tickets from ticketmaster.ie only, ignore resellers
[11:03] lol same. gates open 17:00""")

pos("ticket", "en", """INC0091842 - Stolen laptop
Caller: [[N|Ngozi Eze]] (Finance), desk [[P|+1 416 555 0139]]
Device: LT-FIN-0211, MAC [[MAC|8C-16-45-A2-0E-7B]], last seen at [[IP|99.231.17.204]] at 22:14
Action: remote wipe issued, BitLocker recovery key rotated.
Police report filed by [[N|Ngozi]], Toronto PS occurrence 2024-1176530.
Assigned: [[N|Farhan Qureshi]]""")

neg("ticket", "en", """INC0091901 - Printer firmware
Affected model: HP LaserJet M607 firmware 2407081_000565
Vendor advisory HPSBPI03927. OUI 00:1B:78 devices only.
Workaround: disable IPP over port 631 until patched. No user impact reported.""")

pos("medical", "en", """GP REFERRAL
To: Orthopaedics, Royal Infirmary
Re: [[N|Thomas Agyeman]], born [[D|02-Aug-1958]], NHS [[ID|<<nh>>]]
    [[A|47 Fountainbridge Court, Edinburgh EH3 9QG]], tel [[P|0131 555 0871]]
Dear colleague, this gentleman has had worsening right hip pain for 8 months ...
Yours, Dr [[N|Aileen Cruickshank]]""", nh=nhs("943476591"))

neg("doc", "en", """NHS NUMBER FORMAT
An NHS number is ten digits, written 3-3-4 (e.g. 999 999 9999 in test systems).
The tenth digit is a modulus-11 check digit. Numbers beginning 999 are reserved for testing.
See NHS Digital, Leeds, for the Personal Demographics Service specification v6.1.""")

pos("email", "en", """Subject: Re: flat viewing Saturday
From: [[E|kofi.mensah.gh@gmail.com]]

Hi Gemma,
Saturday 11am is fine. The address is [[A|Flat 2, 118 Cowley Road, Oxford OX4 1JE]] - ring the top bell.
The deposit can go to [[N|K. Mensah]], sort code 20-45-77, acct 43951208.
Cheers, [[N|Kofi]]
[[P|07384 229 105]]""".replace("Hi Gemma", "Hi [[N|Gemma]]"))

neg("email", "en", """Subject: Your statement is ready
From: statements@barclays-example.co.uk

Your June statement for account ending 1208 is ready in online banking.
We will never ask for your full card number or PIN by email.
Barclays Bank UK PLC. Registered office: London. Fraud line: 0800 400 100""")
# ================================================================ German
pos("email", "de", """Von: [[N|Jörg Baumgärtner]] <[[E|joerg.baumgaertner@posteo.de]]>
An: vermietung@wohnbau-sued.de
Betreff: Kündigung Stellplatz 17

Sehr geehrte Damen und Herren,

hiermit kündige ich den Tiefgaragenstellplatz zum 31.08.2024. Bitte überweisen Sie die Kaution
auf mein Konto [[I|<<ib>>]] (Kontoinhaber: [[N|Jörg Baumgärtner]]).

Mit freundlichen Grüßen
[[N|Jörg Baumgärtner]]
[[A|Schwanthalerstraße 112]]
[[A|80339 München]]
Tel. [[P|0176 4418 2093]]""", ib=iban("DE", "700202700015829341"))

pos("hr", "de", """Personalbogen (vertraulich)
Name, Vorname:          [[N|Yilmaz-Hoffmann, Sevgi]]
Geburtsdatum:           [[D|14.02.1991]]
Geburtsort:             Duisburg
Steuer-ID:              [[ID|<<st>>]]
Sozialversicherungsnr.: [[ID|<<rv>>]]
Anschrift:              [[A|Am Krausen Baum 23, 47057 Duisburg]]
Krankenkasse:           AOK Rheinland/Hamburg
Bankverbindung:         [[I|<<ib>>]]""", st=(lambda x: x[:2]+" "+x[2:5]+" "+x[5:8]+" "+x[8:])(mod11_10("5718430295")), rv=rvnr("65", "140291", "Y", "52"), ib=iban("DE", "350500000204417702"))

pos("chat", "de", """[20:14] Lena: hat jemand die nummer vom klempner?
[20:15] Matze: ja, herr pfeiffer: [[P|0157 3380 1942]]
[20:15] Lena: danke matze 🙏
[20:31] Oma Gisela: Kinder, denkt an Opas Geburtstag am Sonntag!
[20:32] Lena: klar oma. Adresse für die blumen ist immer noch [[A|Kirchgasse 4, 35390 Gießen]]?""".replace("Lena:", "[[N|Lena]]:").replace("Matze:", "[[N|Matze]]:").replace("danke matze", "danke [[N|matze]]").replace("herr pfeiffer", "herr [[N|pfeiffer]]").replace("Oma Gisela:", "Oma [[N|Gisela]]:"))

pos("medical", "de", """Arztbrief
Patientin: [[N|Hannelore Wiesenthal-Krüger]], geb. [[D|7. Oktober 1947]]
Versichertennr.: [[ID|K847261930]]
Wohnhaft: [[A|Bahnhofstr. 8a]], [[A|01069 Dresden]]

Sehr geehrte Frau Kollegin [[N|Reichenbach]],
wir berichten über die o. g. Patientin, die sich vom 03.06. bis 09.06.2024 in unserer stationären
Behandlung befand. Diagnose: Vorhofflimmern, Erstdiagnose.
Mit kollegialen Grüßen
Dr. med. [[N|Konstantin Albrecht]], Oberarzt""".replace("[[A|Bahnhofstr. 8a]], [[A|01069 Dresden]]", "[[A|Bahnhofstr. 8a, 01069 Dresden]]"))

pos("config", "de", """# docker-compose.override.yml  (lokal, Kai)
services:
  db:
    environment:
      POSTGRES_USER: kai
      POSTGRES_PASSWORD: "[[K|Sommer2024!Eis]]"
  app:
    environment:
      SMTP_URL: "[[U|smtp://kai.lorenz:Fk83_pqZw@mail.gmx.net:587]]"
      ADMIN_IP: "[[IP|84.171.22.93]]"
""".replace("(lokal, Kai)", "(lokal, [[N|Kai]])"))

pos("gov", "de", """GEBURTSURKUNDE
Standesamt Freiburg im Breisgau                 Nr. G 1422/2016
[[N|Emilia Sophie Brandstätter]]
ist am [[D|23. März 2016]] in Freiburg im Breisgau geboren.
Mutter: [[N|Theresa Brandstätter]], geb. [[N|Vogl]]
Vater:  [[N|Maximilian Brandstätter]]""")

neg("doc", "de", """Fahrplan Linie 14 (gültig ab 15.12.2024)
Haltestelle            Mo-Fr    Sa      So
Hauptbahnhof           06:12    07:12   08:42
Goetheplatz            06:15    07:15   08:45
Karl-Marx-Allee        06:19    07:19   08:49
Schillerstraße         06:23    07:23   08:53
Auskunft: Servicecenter der Verkehrsbetriebe, Tel. 0800 0 119 119 (kostenfrei)""")

neg("prose", "de", """Johann Wolfgang von Goethe wurde am 28. August 1749 in Frankfurt am Main geboren und starb
am 22. März 1832 in Weimar. Das Goethe-Haus am Großen Hirschgraben ist heute ein Museum.
Bundeskanzler Olaf Scholz eröffnete 2023 dort die Ausstellung „Goethe und die Welt“.""")

neg("invoice", "de", """RECHNUNG Nr. 2024-10387                     Datum: 12.06.2024
Kundennr.: 44817   Bestellnr.: B-992710
Pos  Artikel                         Menge   Einzel   Gesamt
1    Bohrmaschine PSB 750             1      79,90    79,90
2    Holzbohrer-Set 8-tlg.            2      12,49    24,98
                                         Summe netto: 88,13 EUR
Zahlbar an Werkzeug Schmitt GmbH, Kassel. USt-IdNr. DE812345679
IBAN DE00 1234 5678 9012 3456 78 (Beispiel)""")

neg("ticket", "de", """Störungsmeldung #ST-55102
Betroffen: Kundenportal, Version 8.3.0
Fehlermeldung: "Zeitüberschreitung bei Anmeldung" für alle Nutzer seit 07:40 Uhr
Ursache: Zertifikat abgelaufen (Fingerprint SHA1 3F:A2:91:0C:...); erneuert um 08:55 Uhr
Hotline für Rückfragen: 0800 330 1000""")

# ================================================================ French
pos("letter", "fr", """[[N|Mme Héloïse Dufresne-Carpentier]]
[[A|Résidence Les Tilleuls, bât. B]]
[[A|14, rue des Glycines]]
[[A|69003 Lyon]]

Lyon, le 3 juin 2024

Objet : demande de copie de carte Vitale

Madame, Monsieur,
Je vous prie de bien vouloir m'adresser une nouvelle carte Vitale. Mon numéro de sécurité
sociale est le [[ID|<<nr>>]]. Je suis née le [[D|17 novembre 1985]].
Veuillez agréer mes salutations distinguées.
[[N|Héloïse Dufresne-Carpentier]]
[[P|06 71 48 29 03]]""".replace("[[N|Mme Héloïse Dufresne-Carpentier]]", "Mme [[N|Héloïse Dufresne-Carpentier]]"), nr=nir("2851169383041"))

pos("form", "fr", """FICHE D'INSCRIPTION - CLUB DE JUDO DE NANTES
Nom : [[N|KERBRAT]]            Prénom : [[N|Maël]]
Né(e) le : [[D|02/05/2013]]     à : Quimper
Responsable légal : [[N|Gwenaëlle Kerbrat]] (mère)
Adresse : [[A|7 impasse du Moulin-Neuf]]   CP : 44300   Ville : Nantes
Téléphone : [[P|07 82 14 55 60]]    Courriel : [[E|gwen.kerbrat@orange.fr]]""")

pos("chat", "fr", """[08:47] Aurélien: qqn peut me dépanner d'un chargeur usb-c ?
[08:48] Sofiane: oui passe au bureau, 2e étage
[08:48] Aurélien: merci sofiane !!
[09:10] Camille Roux: @aurelien t'as le code de la salle ?
[09:11] Aurélien: 4471B, et le wifi c'est "[[K|Croissant#Beurre92]]\"""".replace("Aurélien:", "[[N|Aurélien]]:").replace("Sofiane:", "[[N|Sofiane]]:").replace("merci sofiane", "merci [[N|sofiane]]").replace("Camille Roux:", "[[N|Camille Roux]]:"))

pos("json", "fr", """{
  "client": {
    "civilite": "M.",
    "nom": "[[N|N'Diaye]]",
    "prenom": "[[N|Ousmane]]",
    "date_naissance": "[[D|1979-03-30]]",
    "adresse": "[[A|112 boulevard de la Villette, 75019 Paris]]",
    "telephone": "[[P|+33 6 12 87 44 09]]",
    "iban": "[[I|<<ib>>]]"
  }
}""", ib=iban("FR", "30004028370001047193582"))

pos("hr", "fr", """Compte rendu d'entretien annuel - 2024
Collaborateur : [[N|Bérénice Lavallée]]       Matricule : 00417
Manager : [[N|Thibault Marchand]]
Points forts : rigueur, relation client.
Axes de progrès : délégation. [[N|Bérénice]] souhaite suivre la formation « Gestion de projet ».
Signé à Bordeaux le 10/06/2024.""")

pos("court", "fr", """TRIBUNAL JUDICIAIRE DE MARSEILLE
JUGEMENT DU 4 AVRIL 2024 - RG n° 23/04117
ENTRE :
Monsieur [[N|Rachid Benhamou]], né le [[D|12 janvier 1972]] à Oran (Algérie),
demeurant [[A|38, chemin de la Madrague-Ville, 13015 Marseille]],
représenté par Maître [[N|Élodie Castellane]], avocat au barreau de Marseille,
DEMANDEUR
ET :
La SA Immobilière Phocéenne, dont le siège social est à Marseille, DÉFENDERESSE""")

neg("prose", "fr", """Victor Hugo, né le 26 février 1802 à Besançon et mort le 22 mai 1885 à Paris, est un poète,
dramaturge et romancier. Sa maison, place des Vosges, accueille aujourd'hui un musée.
Le président Emmanuel Macron a rendu hommage à l'écrivain lors d'une cérémonie au Panthéon.""")

neg("doc", "fr", """Tarifs 2024 - Piscine municipale de Rennes
Entrée adulte ............................ 4,20 €
Entrée enfant (-18 ans) .................. 2,60 €
Carte 10 entrées ......................... 36,00 €
Horaires : lun.-ven. 12h-14h / 17h-21h ; sam. 10h-18h
Renseignements : accueil.piscine@rennes-metropole.fr - 02 23 62 15 40 (accueil)""")

neg("email", "fr", """De : ne-pas-repondre@sncf-voyageurs.fr
Objet : Votre e-billet - Référence dossier QXKTRP

Train TGV INOUI 6613 Paris Gare de Lyon → Marseille Saint-Charles
Départ le 21/06/2024 à 07h37 - Voiture 14, place 82
Service client : 3635 (service gratuit + prix d'un appel)""")

# ================================================================ Spanish
pos("form", "es", """SOLICITUD DE ALTA - GIMNASIO FORMA VITAL
Nombre y apellidos: [[N|María del Carmen Villalobos Ortega]]
DNI/NIE: [[ID|<<dn>>]]
Fecha de nacimiento: [[D|11/09/1986]]
Domicilio: [[A|C/ de Toledo, 94, 3º izq., 28005 Madrid]]
Móvil: [[P|612 48 93 07]]
Correo: [[E|mcarmen.villalobos@hotmail.es]]
Domiciliación: [[I|<<ib>>]]""", dn=dni("51924678", "-"), ib=iban("ES", "01825722810201503877"))

pos("chat", "es", """[21:03] Nacho: chicos mañana quedamos en casa de la abuela?
[21:04] Lucía: sí!! es [[A|Avda. de la Constitución 31, 2ºB, Sevilla]]
[21:04] Nacho: vale, y llevo yo la tortilla
[21:06] tía Encarni: Luci mándame el número de tu novio para avisarle
[21:07] Lucía: [[P|+34 655 219 874]] (se llama [[N|Álvaro]])""".replace("Nacho:", "[[N|Nacho]]:").replace("Lucía:", "[[N|Lucía]]:").replace("tía Encarni:", "tía [[N|Encarni]]:").replace("Luci mándame", "[[N|Luci]] mándame"))

pos("medical", "es", """INFORME DE ALTA - HOSPITAL UNIVERSITARIO
Paciente: [[N|Ibarra Zubiaurre, Josu]]
F. nac.: [[D|03-06-1962]]     NHC: 4410723     CIP: [[ID|IBZU620603917011]]
Domicilio: [[A|Kale Nagusia 12, 4º]], [[A|48005 Bilbao]]
Diagnóstico principal: infarto agudo de miocardio sin elevación del ST.
Médico responsable: Dra. [[N|Ainhoa Etxeberria]]""".replace("[[A|Kale Nagusia 12, 4º]], [[A|48005 Bilbao]]", "[[A|Kale Nagusia 12, 4º, 48005 Bilbao]]"))

pos("csv", "es", """id;nombre;apellidos;nie;telefono;direccion;cp;ciudad
101;[[N|Valentina]];[[N|Restrepo Gaviria]];[[ID|<<n1>>]];[[P|634 901 228]];[[A|C/ Mallorca 287, 5º 1ª]];08037;Barcelona
102;[[N|Mohamed]];[[N|El Amrani]];[[ID|<<n2>>]];[[P|688 310 457]];[[A|Pza. del Pilar 6, bajo]];50003;Zaragoza
103;[[N|Andrés Felipe]];[[N|Cárdenas]];[[ID|<<n3>>]];[[P|611 725 093]];[[A|Camino de Ronda 140, 7ºA]];18003;Granada""",
    n1=nie("Y", "4821937"), n2=nie("X", "6602158"), n3=nie("Z", "1150762"))

pos("ticket", "es", """Incidencia INC-77012 - Bloqueo de cuenta
Usuario: [[N|Rocío Peñalver]] (rpenalver), extensión [[P|91 555 02 47]]
Intentos fallidos desde [[IP|83.45.190.12]] entre 02:10 y 02:14.
Se resetea la contraseña temporal a "[[K|Temporal-8841-xQ]]" y se pide cambio en el primer acceso.
Técnico: [[N|Gonzalo]]""")

neg("prose", "es", """Gabriel García Márquez nació en Aracataca, Colombia, el 6 de marzo de 1927. En 1982 recibió
el Premio Nobel de Literatura. Su casa natal, en la calle de los Turcos, es hoy un museo.
El rey Felipe VI y el presidente Gustavo Petro asistieron al homenaje en Cartagena.""")

neg("csv", "es", """provincia;poblacion_2023;superficie_km2;densidad
Madrid;6871903;8028;855,9
Barcelona;5714730;7733;739,0
Valencia;2710808;10806;250,9
Sevilla;1947852;14036;138,8
Fuente: INE, Padrón municipal a 1 de enero de 2023""")

neg("receipt", "es", """SUPERMERCADOS LA HUERTA S.L. - Valencia
NIF B46123456   Ticket 0047-119834   12/06/2024 19:22
Naranjas 2kg ............ 3,49
Pan de pueblo ........... 1,80
TOTAL EUR ............... 5,29
Tarjeta **** **** **** 7720   Autoriz. 551903
Atención al cliente: 900 100 200""")

# ================================================================ Italian
pos("form", "it", """MODULO DI ISCRIZIONE - ASILO NIDO COMUNALE
Cognome e nome del bambino: [[N|Esposito Gennaro]]
Nato a Napoli il [[D|14/01/2022]]
Codice fiscale: [[ID|<<cf>>]]
Genitore: [[N|Esposito Carmela]]   Tel. [[P|333 841 2290]]
Residenza: [[A|Via Santa Teresa degli Scalzi 77, 80135 Napoli]]
E-mail: [[E|carmela.esposito84@libero.it]]""", cf=codice_fiscale("SPSGNR22A14F839"))

pos("email", "it", """Da: [[N|Federica Lombardi]] <[[E|f.lombardi@studiolombardi-avv.it]]>
A: segreteria@condominioaurora.it
Oggetto: Pagamento spese straordinarie

Buongiorno,
per conto del mio assistito, sig. [[N|Walter Benedetti]], residente in [[A|Corso Vittorio Emanuele II 204, 10139 Torino]],
comunico che il pagamento verrà effettuato sull'IBAN [[I|<<ib>>]].
Cordiali saluti
Avv. [[N|Federica Lombardi]]
Tel. [[P|011 5591 773]] - Cell. [[P|347 220 6618]]""", ib=iban("IT", "K0306909606100000063217"))

pos("medical", "it", """LETTERA DI DIMISSIONE
Paziente: [[N|Guidi Rossella]]   Data di nascita: [[D|9 agosto 1953]]
Tessera sanitaria: [[ID|<<cf>>]]
Ricoverata dal 28/05 al 04/06/2024 presso la U.O. di Medicina Interna.
Diagnosi: scompenso cardiaco.
Il medico curante, dott. [[N|Massimo Fabbri]], è pregato di controllare la funzionalità renale.""", cf=codice_fiscale("GDURSL53M49D612"))

pos("chat", "it", """[19:30] Giulia: ragazzi chi porta il vino sabato?
[19:31] marco: io! dove si va?
[19:31] Giulia: da [[N|chiara]], [[A|via dei Mille 18, Bologna]], citofono "Bassi"
[19:33] Pietro Sala: ok. giulia mi giri il numero di chiara? 
[19:34] Giulia: [[P|348 771 0395]]""".replace("Giulia:", "[[N|Giulia]]:").replace("marco:", "[[N|marco]]:").replace("Pietro Sala:", "[[N|Pietro Sala]]:").replace("giulia mi", "[[N|giulia]] mi").replace("numero di chiara", "numero di [[N|chiara]]").replace('"Bassi"', '"[[N|Bassi]]"'))

pos("xml", "it", """<fattura>
  <cessionario>
    <nome>[[N|Alessandro]]</nome>
    <cognome>[[N|Bonfiglio]]</cognome>
    <codiceFiscale>[[ID|<<cf>>]]</codiceFiscale>
    <indirizzo>[[A|Via Garibaldi 52/B]]</indirizzo><cap>90133</cap><comune>Palermo</comune>
  </cessionario>
  <importo>1240.00</importo>
</fattura>""", cf=codice_fiscale("BNFLSN88R07G273"))

neg("doc", "it", """ORARI DI APERTURA - MUSEI CAPITOLINI
Piazza del Campidoglio, Roma
Tutti i giorni 9:30-19:30 (ultimo ingresso 18:30)
Biglietto intero € 16,00 - ridotto € 14,00
Call center 060608 (tutti i giorni 9:00-19:00)
Info: info.museicapitolini@comune.roma.it""")

neg("prose", "it", """Giuseppe Verdi nacque a Le Roncole, presso Busseto, il 10 ottobre 1813. La sua Aida debuttò
al Cairo nel 1871. Nel 2013 il presidente Giorgio Napolitano inaugurò le celebrazioni per il
bicentenario al Teatro Regio di Parma.""")

neg("log", "it", """[2024-06-12 03:00:01] backup: avvio job notturno "gestionale-prod" (v7.4.2)
[2024-06-12 03:00:02] backup: snapshot volume vol-0a1b2c3d4e5f67890
[2024-06-12 03:41:17] backup: completato, 182.4 GB, sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
[2024-06-12 03:41:18] backup: notifica inviata a sistemi@example.it""")

# ================================================================ Dutch
pos("letter", "nl", """[[N|Dhr. J.W. (Jan-Willem) van der Heijden]]
[[A|Prinsengracht 603-III]]
[[A|1016 HT Amsterdam]]

Betreft: aanslag inkomstenbelasting 2023
Burgerservicenummer: [[ID|<<bs>>]]
Geboortedatum: [[D|21-04-1976]]

Geachte heer [[N|Van der Heijden]],
Wij hebben uw bezwaar ontvangen ...""".replace("[[N|Dhr. J.W. (Jan-Willem) van der Heijden]]", "Dhr. [[N|J.W. van der Heijden]]"), bs=bsn("17345062"))

pos("chat", "nl", """[10:12] Sanne: wie heeft de sleutel van het clubhuis?
[10:13] Bram de Wit: ik, maar ben tot vrijdag in Gent
[10:13] Sanne: shit. @Fleur jij?
[10:15] Fleur: nee, vraag ruud even, zijn nummer is [[P|06-41 87 22 30]]
[10:16] Sanne: top, dank je fleur""".replace("Sanne:", "[[N|Sanne]]:").replace("Bram de Wit:", "[[N|Bram de Wit]]:").replace("Fleur:", "[[N|Fleur]]:").replace("vraag ruud", "vraag [[N|ruud]]").replace("dank je fleur", "dank je [[N|fleur]]"))

pos("csv", "nl", """klantnr\tvoorletters\tachternaam\tadres\tpostcode\tplaats\tiban
K0912\t[[N|P.]]\t[[N|Bakker-Smit]]\t[[A|Oudegracht 214]]\t3511 NR\tUtrecht\t[[I|<<i1>>]]
K0913\t[[N|E.M.]]\t[[N|Çelik]]\t[[A|Zwaanshals 57b]]\t3035 KM\tRotterdam\t[[I|<<i2>>]]""", i1=iban("NL", "RABO0372190443"), i2=iban("NL", "INGB0006631820"))

pos("medical", "nl", """Overdracht huisartsenpost - 11-06-2024 23:40
Patiënt: mevr. [[N|W. Kuipers-Dijkstra]], geb. [[D|03-12-1939]]
Adres: [[A|Lindenlaan 9]], [[A|9751 NE Haren]]
Contactpersoon: zoon [[N|Hendrik]] [[P|06 12 98 44 71]]
Klachten: dyspnoe, enkeloedeem. Furosemide opgehoogd. Controle eigen huisarts ([[N|dr. Mulder]]).""".replace("[[A|Lindenlaan 9]], [[A|9751 NE Haren]]", "[[A|Lindenlaan 9, 9751 NE Haren]]").replace("[[N|dr. Mulder]]", "dr. [[N|Mulder]]"))

neg("doc", "nl", """Storingsmelding NS - 12 juni 2024
Tussen Utrecht Centraal en Amersfoort rijden minder treinen door een defecte bovenleiding.
Reistijd: 30 minuten langer. Verwacht einde: 14:30.
Reisinformatie: 0900-9292 (€0,95 p/m) of ns.nl/storingen""")

neg("csv", "nl", """gemeente,inwoners_2024,huishoudens,gem_woz_waarde
Amsterdam,931298,487102,517000
Rotterdam,670610,343881,318000
Den Haag,566221,282340,364000
Utrecht,374238,178020,446000
bron: CBS Statline, peildatum 1 januari 2024""")

neg("email", "nl", """Van: klantenservice@energiedirect-voorbeeld.nl
Onderwerp: Uw jaarafrekening 2023

Beste klant,
Uw jaarafrekening staat klaar in de app. Factuurnummer 7700-33218-24.
Uw klantnummer eindigt op ...4471. Vragen? Bel gratis 0800-0245.
Met vriendelijke groet, Team Klantenservice""")
# ================================================================ Portuguese (Brazil)
pos("form", "pt-BR", """FICHA CADASTRAL - CLÍNICA ODONTOLÓGICA SORRISO
Nome completo: [[N|Thaís Cristina Albuquerque de Menezes]]
CPF: [[ID|<<c1>>]]       RG: [[ID|32.418.776-5]]
Data de nascimento: [[D|22/07/1993]]
Endereço: [[A|Rua Augusta, 1508, apto 52 - Consolação, São Paulo - SP, 01304-001]]
Celular: [[P|(11) 98734-2106]]
Responsável financeiro: [[N|Reginaldo de Menezes]] - CPF [[ID|<<c2>>]]""", c1=cpf("284619035"), c2=cpf("117302958"))

pos("chat", "pt-BR", """[22:10] Bia: gente, o churrasco é na casa do tio Zé, [[A|Rua das Acácias 77, Jardim Botânico, Curitiba]]
[22:11] Rafa: que horas?
[22:11] Bia: 13h. rafa leva o carvão
[22:13] Dona Cida: Beatriz meu pix é o celular [[P|41 99812-4470]] pra dividir a carne
[22:14] Bia: blz mãe""".replace("Bia:", "[[N|Bia]]:").replace("Rafa:", "[[N|Rafa]]:").replace("rafa leva", "[[N|rafa]] leva").replace("tio Zé", "tio [[N|Zé]]").replace("Dona Cida:", "Dona [[N|Cida]]:").replace("Beatriz meu", "[[N|Beatriz]] meu"))

pos("json", "pt-BR", """{
  "pedido": "PED-2024-558120",
  "cliente": {
    "nome": "[[N|Wellington Souza Ramos]]",
    "cpf": "[[ID|<<cp>>]]",
    "email": "[[E|wellington.sramos@uol.com.br]]",
    "endereco": {"logradouro": "[[A|Av. Sete de Setembro, 2210, bloco B, ap. 903]]", "bairro": "Vitória", "cidade": "Salvador", "uf": "BA", "cep": "40080-002"},
    "cartao": "[[C|<<cc>>]]"
  }
}""", cp=cpf("523908116", False), cc=card("516292004417380"))

pos("court", "pt-BR", """PODER JUDICIÁRIO - TRIBUNAL DE JUSTIÇA DO ESTADO DE MINAS GERAIS
Processo nº 5012877-41.2024.8.13.0024
AUTORA: [[N|JOSEFA APARECIDA DOS SANTOS]], brasileira, viúva, aposentada, portadora do CPF nº [[ID|<<cp>>]],
residente e domiciliada na [[A|Rua Padre Eustáquio, 1944, casa 2, Belo Horizonte/MG, CEP 30720-100]]
RÉU: BANCO CONFIANÇA S.A., com sede em Belo Horizonte
Advogado da autora: Dr. [[N|Henrique Lacerda Paiva]], OAB/MG 98.221""", cp=cpf("602184337"))

neg("prose", "pt-BR", """Carlos Drummond de Andrade nasceu em Itabira, Minas Gerais, em 31 de outubro de 1902, e morreu
no Rio de Janeiro em 17 de agosto de 1987. Uma estátua do poeta está no calçadão da Avenida
Atlântica, em Copacabana. O presidente Lula visitou o local em 2023.""")

neg("doc", "pt-BR", """TABELA DE PREÇOS - LAVANDERIA BOLHA AZUL (Campinas)
Camisa social ............ R$ 12,00
Calça .................... R$ 15,00
Edredom casal ............ R$ 45,00
Atendimento: seg a sáb, 8h às 19h | SAC 0800 771 2040 | contato@bolhaazul.com.br""")

neg("email", "pt-BR", """De: nao-responda@correios-exemplo.com.br
Assunto: Seu objeto está em trânsito

Objeto: QB 457 812 336 BR
Situação: Objeto em trânsito - de Unidade de Tratamento em Cajamar/SP para Unidade de Distribuição em Recife/PE
Previsão de entrega: 18/06/2024""")

# ================================================================ Portuguese (Portugal)
pos("letter", "pt-PT", """Exmo. Senhor
[[N|Rui Miguel Sampaio Carvalho]]
[[A|Rua de Santa Catarina, 312, 3.º Esq.]]
[[A|4000-447 Porto]]

Assunto: Reembolso de IRS 2023 - NIF [[ID|<<nf>>]]

Informamos que o reembolso será transferido para o IBAN [[I|<<ib>>]].
Com os melhores cumprimentos,
[[N|Ana Filipa Moura]], Técnica Superior""", nf=pt_nif("21873405"), ib=iban("PT", "003506510000481930272"))

pos("hr", "pt-PT", """FICHA DE COLABORADOR
Nome: [[N|Inês Gouveia Teixeira]]
Data de nascimento: [[D|5 de maio de 1990]]
Cartão de Cidadão: [[ID|13947852 4 ZX1]]     NIF: [[ID|<<nf>>]]
Morada: [[A|Av. da República, 48, 6.º Dto., 1050-195 Lisboa]]
Telemóvel: [[P|+351 912 448 307]]
Contacto de emergência: [[N|Duarte Teixeira]] (marido) - [[P|936 102 559]]""", nf=pt_nif("24301968"))

pos("chat", "pt-PT", """[12:01] Tiago: malta, almoço hoje?
[12:02] Joana Pires: bora. na tasca da d. Rosa?
[12:02] Tiago: boa. joana avisas o Nuno?
[12:05] Joana Pires: já avisei, ele vem às 13h""".replace("Tiago:", "[[N|Tiago]]:").replace("Joana Pires:", "[[N|Joana Pires]]:").replace("joana avisas o Nuno", "[[N|joana]] avisas o [[N|Nuno]]").replace("d. Rosa", "d. [[N|Rosa]]"))

neg("doc", "pt-PT", """HORÁRIO - COMBOIOS URBANOS DE LISBOA, LINHA DE SINTRA
Partida Rossio    Chegada Sintra
06:08             06:48
06:38             07:18
07:08             07:48
Linha de apoio CP: 707 210 220. Horários sujeitos a alteração.""")

neg("invoice", "pt-PT", """FATURA FT 2024/8812                            Data: 10-06-2024
Cliente: Consumidor final            NIF: 999999990
Descrição                         Qtd   Preço    Total
Pastel de nata                     6    1,30     7,80
Café                               2    0,80     1,60
Total (IVA incluído)                             9,40 EUR
Pastelaria Aliança, Lda. - Faro | ATCUD: JFK3L9-8812""")

# ================================================================ Polish
pos("form", "pl", """WNIOSEK O WYDANIE KARTY BIBLIOTECZNEJ
Imię i nazwisko: [[N|Zofia Wiśniewska-Dąbrowska]]
PESEL: [[ID|<<pe>>]]
Data urodzenia: [[D|7 lipca 2003 r.]]
Adres zamieszkania: [[A|ul. Marszałkowska 84/92 m. 17, 00-514 Warszawa]]
Telefon: [[P|+48 601 284 973]]
E-mail: [[E|zosia.wd@wp.pl]]""", pe=pesel("032707", "184", 6))

pos("letter", "pl", """Szanowny Pan
[[N|Krzysztof Jabłoński]]
[[A|ul. Piotrkowska 148/12]]
[[A|90-063 Łódź]]

Łódź, 3 czerwca 2024 r.

Dotyczy: wypowiedzenia umowy najmu
Uprzejmie informuję, że umowa zawarta z Panem [[N|Krzysztofem Jabłońskim]] wygasa z dniem 31.07.2024.
Kaucję zwrócimy na rachunek [[I|<<ib>>]].
Z poważaniem
[[N|Grażyna Kowalczyk]]""", ib=iban("PL", "10105000997603123456789123"))

pos("chat", "pl", """[17:40] Kuba: ktoś ma numer do pani Basi od angielskiego?
[17:41] Ola: [[P|512 884 203]]
[17:41] Kuba: dzięki ola!
[17:45] Michał Zieliński: przekażcie Kasi że jutro odbieram ją o 8
[17:46] Ola: ok michał""".replace("Kuba:", "[[N|Kuba]]:").replace("pani Basi", "pani [[N|Basi]]").replace("Ola:", "[[N|Ola]]:").replace("dzięki ola", "dzięki [[N|ola]]").replace("Michał Zieliński:", "[[N|Michał Zieliński]]:").replace("przekażcie Kasi", "przekażcie [[N|Kasi]]").replace("ok michał", "ok [[N|michał]]"))

pos("csv", "pl", """nr;nazwisko;imię;pesel;nr_dowodu;ulica;kod;miejscowość
1;[[N|Lewandowska]];[[N|Marta]];[[ID|<<p1>>]];[[ID|<<d1>>]];[[A|ul. Długa 41/3]];80-827;Gdańsk
2;[[N|Szymański]];[[N|Tomasz]];[[ID|<<p2>>]];[[ID|<<d2>>]];[[A|os. Tysiąclecia 22/105]];31-610;Kraków
3;[[N|Wójcik]];[[N|Halina]];[[ID|<<p3>>]];[[ID|<<d3>>]];[[A|ul. Ogrodowa 5]];62-030;Luboń""",
    p1=pesel("881215", "032", 8), d1=dowod("AYM", "41257"), p2=pesel("750329", "119", 5), d2=dowod("CBK", "09381"), p3=pesel("520604", "276", 2), d3=dowod("DFT", "55712"))

pos("medical", "pl", """KARTA INFORMACYJNA LECZENIA SZPITALNEGO
Pacjent: [[N|Eugeniusz Kaczmarek]], ur. [[D|12.03.1944]], PESEL [[ID|<<pe>>]]
Adres: [[A|ul. Kościuszki 18 m. 4, 15-426 Białystok]]
Rozpoznanie: zapalenie płuc. Wypisany w stanie ogólnym dobrym.
Lekarz prowadzący: lek. [[N|Agnieszka Nowicka-Bąk]]""", pe=pesel("440312", "051", 3))

neg("prose", "pl", """Maria Skłodowska-Curie urodziła się 7 listopada 1867 roku w Warszawie przy ulicy Freta.
Dwukrotnie otrzymała Nagrodę Nobla. W jej domu rodzinnym mieści się dziś muzeum.
Prezydent Andrzej Duda odsłonił tablicę pamiątkową w 2017 roku.""")

neg("doc", "pl", """ROZKŁAD JAZDY - LINIA 180 (Warszawa)
Przystanek                Dni robocze   Soboty   Niedziele
Chomiczówka               05:12         05:40    06:10
Plac Zamkowy              05:44         06:12    06:42
ul. Nowy Świat            05:49         06:17    06:47
Informacja ZTM: 19 115""")

neg("csv", "pl", """numer_zamowienia;data;kwota_pln;status;kurier;nr_przesylki
ZAM/2024/06/1183;2024-06-10;249,99;wysłane;InPost;680000012345678901234567
ZAM/2024/06/1184;2024-06-10;89,00;oczekuje;DPD;13322448800U
ZAM/2024/06/1185;2024-06-11;1 349,00;dostarczone;DHL;JJD000030001234567""")

# ================================================================ Czech
pos("letter", "cs", """Vážená paní
[[N|Mgr. Kateřina Dvořáková]]
[[A|Vinohradská 1511/230]]
[[A|100 00 Praha 10]]

V Praze dne 5. června 2024
Věc: Vyúčtování služeb za rok 2023
Vážená paní [[N|Dvořáková]], zasíláme Vám vyúčtování. Přeplatek 3 412 Kč bude vrácen na Váš účet.
S pozdravem
[[N|Ing. Pavel Horák]], správa domu""".replace("[[N|Mgr. Kateřina Dvořáková]]", "Mgr. [[N|Kateřina Dvořáková]]").replace("[[N|Ing. Pavel Horák]]", "Ing. [[N|Pavel Horák]]"))

pos("form", "cs", """PŘIHLÁŠKA K POJIŠTĚNÍ
Příjmení: [[N|Procházka]]           Jméno: [[N|Vojtěch]]
Rodné číslo: [[ID|<<rc>>]]
Datum narození: [[D|18. 4. 1987]]
Trvalé bydliště: [[A|Husova 27, 602 00 Brno]]
Číslo OP: [[ID|204817533]]
Telefon: [[P|+420 737 418 265]]""", rc=rodne("870418", "417"))

pos("chat", "cs", """[19:02] Tereza: kdo jde v sobotu na chatu?
[19:03] Honza: já, vezmu i Kubu
[19:05] Tereza: super. honzo napiš mi adresu pro navigaci
[19:06] Honza: [[A|Lipová 112, Malá Skála]]""".replace("Tereza:", "[[N|Tereza]]:").replace("Honza:", "[[N|Honza]]:").replace("i Kubu", "i [[N|Kubu]]").replace("honzo napiš", "[[N|honzo]] napiš"))

pos("medical", "cs", """PROPOUŠTĚCÍ ZPRÁVA
Pacient: [[N|Jaroslav Novotný]], nar. [[D|2. 11. 1951]], RČ [[ID|<<rc>>]]
Bydliště: [[A|Nádražní 64, 370 01 České Budějovice]]
Pojišťovna: 111
Dg.: I21.4 NSTEMI. Propuštěn do domácí péče, kontrola u praktického lékaře MUDr. [[N|Šimkové]].""", rc=rodne("511102", "123"))

neg("doc", "cs", """Ceník - Pražský hrad, okruh B
Základní vstupné ............ 250 Kč
Snížené vstupné ............. 125 Kč
Rodinné vstupné ............. 500 Kč
Otevřeno denně 9:00-17:00. Informační centrum: +420 224 373 368 (informace)""")

neg("prose", "cs", """Václav Havel se narodil 5. října 1936 v Praze. V letech 1993-2003 byl prvním prezidentem
České republiky. Letiště Václava Havla Praha nese jeho jméno od roku 2012.
Jeho rodný dům stojí na Rašínově nábřeží.""")

# ================================================================ Slovak
pos("form", "sk", """ŽIADOSŤ O PRÍSPEVOK NA BÝVANIE
Meno a priezvisko: [[N|Zuzana Kováčiková]]
Rodné číslo: [[ID|<<rc>>]]
Dátum narodenia: [[D|26.09.1982]]
Adresa trvalého pobytu: [[A|Obchodná 48, 811 06 Bratislava]]
IBAN: [[I|<<ib>>]]
Telefón: [[P|0905 318 772]]""", rc=rodne("825926", "214"), ib=iban("SK", "09000000005012345678"))

pos("hr", "sk", """Záznam z pohovoru - 11.06.2024
Uchádzač: [[N|Marek Hudák]], [[A|Hlavná 19, 040 01 Košice]], tel. [[P|+421 911 402 587]]
Pohovor viedli: [[N|Ivana Poláková]] (HR), [[N|Peter Baláž]] (vedúci tímu)
Hodnotenie: technicky silný, nástup možný od 1.8.
[[N|Mareka]] kontaktujeme do piatku.""")

neg("doc", "sk", """Cestovný poriadok - vlak R 601 Tatran
Bratislava hl. st.   06:08
Trnava               06:36
Žilina               08:10
Poprad-Tatry         10:05
Košice               11:22
Informácie ZSSK: 18 188""")

neg("report", "sk", """ŠTATISTIKA NEZAMESTNANOSTI - APRÍL 2024
Kraj                     Počet uchádzačov   Miera (%)
Bratislavský             14 210             2,9
Košický                  42 877             7,8
Prešovský                51 033             8,4
Zdroj: ÚPSVaR, Bratislava""")

# ================================================================ Hungarian
pos("form", "hu", """JELENTKEZÉSI LAP - NYÁRI TÁBOR
Gyermek neve: [[N|Kovács Bence]]
Születési idő: [[D|2014. március 9.]]
TAJ-szám: [[ID|<<tj>>]]
Szülő neve: [[N|Kovácsné Szabó Enikő]]
Lakcím: [[A|1061 Budapest, Király utca 26. II. em. 4.]]
Telefon: [[P|+36 30 418 2297]]""", tj=taj("04817325"))

pos("letter", "hu", """[[N|Dr. Nagy Gáborné]]
[[A|Petőfi Sándor utca 12.]]
[[A|6720 Szeged]]

Tárgy: adóigazolás
Tisztelt [[N|Nagy Gáborné]]!
Adóazonosító jele: [[ID|<<ad>>]]. Kérelmére az igazolást postán küldjük.
Üdvözlettel:
[[N|Farkas Orsolya]] ügyintéző""".replace("[[N|Dr. Nagy Gáborné]]", "Dr. [[N|Nagy Gáborné]]"), ad=hu_adoazon("841732905"))

pos("chat", "hu", """[18:20] Réka: ki hozza a tortát szombaton?
[18:21] Dani: én, de kell Zsófi címe
[18:22] Réka: [[A|Kossuth Lajos utca 8/B, Debrecen]]
[18:22] Dani: köszi réka
[18:25] Tóth Ádám: Zsófinak szóljatok, hogy 3-ra érünk""".replace("Réka:", "[[N|Réka]]:").replace("Dani:", "[[N|Dani]]:").replace("kell Zsófi címe", "kell [[N|Zsófi]] címe").replace("köszi réka", "köszi [[N|réka]]").replace("Tóth Ádám:", "[[N|Tóth Ádám]]:").replace("Zsófinak", "[[N|Zsófinak]]"))

pos("medical", "hu", """ZÁRÓJELENTÉS
Beteg neve: [[N|Horváth Istvánné]]   Szül.: [[D|1949.07.21.]]   TAJ: [[ID|<<tj>>]]
Lakcím: [[A|7621 Pécs, Rákóczi út 40. 3/12.]]
Diagnózis: csípőtáji törés, műtét után.
Kezelőorvos: Dr. [[N|Balogh Tamás]]""", tj=taj("11283746"))

neg("prose", "hu", """Liszt Ferenc 1811. október 22-én született Doborjánban. A budapesti Zeneakadémia az ő nevét
viseli, épülete a Liszt Ferenc téren áll. Orbán Viktor miniszterelnök 2011-ben megnyitotta
a Liszt-emlékévet.""")

neg("doc", "hu", """ÁRLISTA - Széchenyi fürdő (Budapest)
Napijegy kabinnal, hétköznap ..... 11 900 Ft
Napijegy kabinnal, hétvégén ...... 13 400 Ft
Nyitva: minden nap 7:00-19:00
Információ: info@spasbudapest.com""")

# ================================================================ Romanian
pos("form", "ro", """CERERE DE ÎNSCRIERE
Nume și prenume: [[N|Popescu Andreea-Ioana]]
CNP: [[ID|<<cn>>]]
Data nașterii: [[D|14.08.1995]]
Domiciliu: [[A|Str. Lalelelor nr. 9, bl. C4, sc. 1, ap. 22, sector 3, București]]
Telefon: [[P|0722 481 309]]
E-mail: [[E|andreea.popescu95@yahoo.ro]]""", cn=cnp("295081440217"))

pos("court", "ro", """ROMÂNIA - JUDECĂTORIA CLUJ-NAPOCA
Dosar nr. 11842/211/2024
Reclamant: [[N|Mureșan Ovidiu-Florin]], CNP [[ID|<<cn>>]], domiciliat în [[A|Cluj-Napoca, str. Observatorului nr. 31, ap. 7]]
Pârât: [[N|Mureșan Daniela]], domiciliată în [[A|Turda, str. Republicii nr. 118]]
Obiect: divorț cu minori""", cn=cnp("180110121184"))

pos("chat", "ro", """[09:12] Ioana: bună! cine vine la Vlad diseară?
[09:14] Cristi: eu. ioana trimite-mi adresa
[09:14] Ioana: [[A|Bd. Independenței 45, sc. B, ap. 12, Iași]]
[09:15] Cristi: mersi""".replace("Ioana:", "[[N|Ioana]]:").replace("la Vlad", "la [[N|Vlad]]").replace("Cristi:", "[[N|Cristi]]:").replace("ioana trimite", "[[N|ioana]] trimite"))

neg("prose", "ro", """Mihai Eminescu s-a născut la 15 ianuarie 1850 la Botoșani. Casa memorială de la Ipotești
poate fi vizitată zilnic. Strada Mihai Eminescu din București găzduiește mai multe ambasade.
Președintele Klaus Iohannis a depus o coroană de flori la statuia poetului.""")

neg("invoice", "ro", """FACTURĂ FISCALĂ seria BV nr. 004418            Data: 11.06.2024
Furnizor: Brașov Mobila SRL, Brașov   CUI RO12345678
Client: Hotel Aro Palace SA, Brașov
Denumire                  Cant.   Preț      Valoare
Scaun tapițat              24    310,00    7 440,00
TOTAL DE PLATĂ                               8 853,60 lei""")
# ================================================================ Swedish
pos("letter", "sv", """[[N|Astrid Lindqvist-Bergman]]
[[A|Storgatan 12 B, lgh 1102]]
[[A|114 51 Stockholm]]

Stockholm den 4 juni 2024
Ärende: Bostadstillägg
Personnummer: [[ID|<<pn>>]]
Hej [[N|Astrid]]! Vi har fått din ansökan och behöver ett kontoutdrag.
Med vänlig hälsning
[[N|Oskar Nyström]], handläggare, tfn [[P|08-786 21 44]]""", pn=personnummer("520817", "428"))

pos("csv", "sv", """ordernr;namn;gatuadress;postnr;ort;mobil
SE-40211;[[N|Elin Sjöberg]];[[A|Vasagatan 7, 2 tr]];411 24;Göteborg;[[P|070-412 88 31]]
SE-40212;[[N|Mohammed Al-Rashid]];[[A|Rosengårdsvägen 18C]];214 68;Malmö;[[P|073-550 12 09]]
SE-40213;[[N|Ingrid Håkansson]];[[A|Kvarngatan 3]];753 20;Uppsala;[[P|076-118 47 62]]
SE-40214;[[N|Linnea Ek]];[[A|Box 214]];931 22;Skellefteå;[[P|072-901 33 40]]""")

pos("chat", "sv", """[16:40] Emma: vem hämtar barnen idag?
[16:41] Johan: jag tar dem. är det [[N|Saga]] som ska till [[N|Wilma]] efteråt?
[16:41] Emma: ja, hon bor på [[A|Tallvägen 9, Järfälla]]
[16:43] Johan: ok emma 👍""".replace("Emma:", "[[N|Emma]]:").replace("Johan:", "[[N|Johan]]:").replace("ok emma", "ok [[N|emma]]"))

pos("medical", "sv", """EPIKRIS
Patient: [[N|Bengt Gustavsson]]   Pnr: [[ID|<<pn>>]]
Adress: [[A|Sjöbodsvägen 4, 451 96 Uddevalla]]
Inlagd 2024-05-30 pga förmaksflimmer. Utskriven 2024-06-03.
Anhörig: hustru [[N|Margareta]], tfn [[P|0522-61 04 87]]
Ansvarig läkare: [[N|Karin Öberg]], överläkare""", pn=personnummer("470222", "391"))

neg("doc", "sv", """SL - Tidtabell pendeltåg 40, Uppsala C - Södertälje C
Uppsala C        05:59   06:29   06:59
Arlanda C        06:17   06:47   07:17
Stockholm City   06:38   07:08   07:38
Södertälje C     07:16   07:46   08:16
Kundtjänst: 0771-18 10 10""")

neg("prose", "sv", """Astrid Lindgren föddes den 14 november 1907 på gården Näs utanför Vimmerby. Hennes böcker om
Pippi Långstrump har översatts till över 100 språk. Junibacken på Djurgården i Stockholm
invigdes 1996 av kung Carl XVI Gustaf.""")

# ================================================================ Norwegian
pos("form", "no", """SØKNAD OM BARNEHAGEPLASS
Barnets navn: [[N|Sigrid Aasen Haugland]]
Fødselsnummer: [[ID|<<f1>>]]
Født: [[D|11.05.2021]]
Foresatt: [[N|Kristoffer Haugland]], fnr. [[ID|<<f2>>]]
Adresse: [[A|Thereses gate 14, 0452 Oslo]]
Mobil: [[P|+47 918 44 203]]   E-post: [[E|k.haugland@online.no]]""", f1=fnr("110521", "507"), f2=fnr("030888", "412"))

pos("email", "no", """Fra: [[N|Ingvild Strand]] <[[E|ingvild.strand@gmail.com]]>
Til: utleie@hyttegrenda.no
Emne: Nøkkel til hytte 7

Hei!
Kan dere sende nøkkelen til min adresse?
[[N|Ingvild Strand]]
[[A|Kalfarveien 61]]
[[A|5018 Bergen]]
Tlf [[P|47 31 92 08]]""")

pos("hr", "no", """Ansattliste - avdeling Tromsø
Navn                  Stilling         Mobil          Bosted
[[N|Ole-Martin Pedersen]]   Driftsleder      [[P|930 12 447]]     [[A|Storgata 88, 9008 Tromsø]]
[[N|Hanne Johansen]]        Sykepleier       [[P|412 70 339]]     [[A|Skippergata 3B, 9008 Tromsø]]
[[N|Aslak Somby]]           Reindriftsråd    [[P|977 05 218]]     [[A|Sandnesveien 21, 9011 Tromsø]]""")

neg("doc", "no", """PRISLISTE - Holmenkollen skimuseum og hopptårn
Voksen ........... 220 kr
Barn 6-18 år ..... 110 kr
Familiebillett ... 520 kr
Åpent daglig 10-17. Spørsmål: post@holmenkollen.com""")

neg("csv", "no", """fylke;folketall_2024;areal_km2
Oslo;717710;454
Viken;1269230;24593
Vestland;651299;33870
Trøndelag;480000;42201
Kilde: SSB""")

# ================================================================ Danish
pos("letter", "da", """[[N|Mette Frederiksen-Holm]]
[[A|Nørrebrogade 44, 3. tv.]]
[[A|2200 København N]]

Vedr. ændring af adresse
CPR-nr.: [[ID|<<cp>>]]
Kære [[N|Mette]], din nye adresse er registreret i folkeregistret.
Venlig hilsen
[[N|Rasmus Kjærgaard]], Borgerservice""", cp=cpr("170683", "412"))

pos("chat", "da", """[20:05] Freja: hvem har adressen på Mikkels nye lejlighed?
[20:06] Anders: [[A|Vestergade 17, 1. th., 8000 Aarhus C]]
[20:06] Freja: tak anders
[20:08] Sofie Dahl: jeg kører fra Odense kl 15 hvis nogen vil med""".replace("Freja:", "[[N|Freja]]:").replace("Mikkels", "[[N|Mikkels]]").replace("Anders:", "[[N|Anders]]:").replace("tak anders", "tak [[N|anders]]").replace("Sofie Dahl:", "[[N|Sofie Dahl]]:"))

pos("medical", "da", """Journalnotat 11.06.2024
Pt.: [[N|Jens Peter Mikkelsen]], CPR [[ID|<<cp>>]]
Bopæl: [[A|Skovvej 31, 5700 Svendborg]]
Kontakt: datter [[N|Louise]] [[P|+45 22 87 41 06]]
Vurdering: KOL i exacerbation. Prednisolon 37,5 mg x 5 dage.
Læge: [[N|Trine Vestergaard]]""", cp=cpr("090341", "215"))

neg("doc", "da", """Åbningstider - Tivoli Gardens, København
Sommersæson: 4. april - 22. september
Man-tors 11-23, fre-lør 11-24
Entré voksen 175 kr., børn under 8 år gratis
Kundeservice: 33 15 10 01 (hverdage 9-16)""")

neg("report", "da", """Arbejdsløshed efter region, april 2024 (pct.)
Region Hovedstaden     2,9
Region Sjælland        2,7
Region Syddanmark      2,6
Region Midtjylland     2,5
Region Nordjylland     3,0
Kilde: Danmarks Statistik""")

# ================================================================ Finnish
pos("form", "fi", """JÄSENHAKEMUS - TAMPEREEN LATU RY
Sukunimi: [[N|Mäkelä]]            Etunimet: [[N|Aino Kristiina]]
Henkilötunnus: [[ID|<<ht>>]]
Syntymäaika: [[D|03.02.1988]]
Osoite: [[A|Hämeenkatu 21 B 14]]
Postinumero ja -toimipaikka: 33200 Tampere
Puhelin: [[P|040 718 2294]]""", ht=hetu("030288", "-", "284"))

pos("email", "fi", """Lähettäjä: [[N|Juha Virtanen]] <[[E|juha.virtanen@elisanet.fi]]>
Aihe: Vuokrasopimus

Hei [[N|Päivi]],
allekirjoitettu sopimus on liitteenä. Vuokra maksetaan tilille [[I|<<ib>>]].
Asunnon osoite: [[A|Mannerheimintie 28 A 12, 00100 Helsinki]]
t. [[N|Juha]]
[[P|+358 50 344 8120]]""", ib=iban("FI", "42300010004563"))

pos("medical", "fi", """LÄHETE
Potilas: [[N|Heikkinen, Tapio Olavi]]   Hetu: [[ID|<<ht>>]]
Osoite: [[A|Koulukatu 9 as. 3, 90100 Oulu]]
Omainen: vaimo [[N|Riitta Heikkinen]], p. [[P|044 520 7731]]
Syy: rintakipu rasituksessa. Lähettävä lääkäri: [[N|Sanna Korhonen]], LL""", ht=hetu("150756", "-", "517"))

neg("prose", "fi", """Jean Sibelius syntyi Hämeenlinnassa 8. joulukuuta 1865. Hänen kotinsa Ainola Järvenpäässä
on nykyään museo. Presidentti Sauli Niinistö vieraili Ainolassa vuonna 2015 juhlavuoden kunniaksi.""")

neg("doc", "fi", """Aikataulu - HSL linja 550, Itäkeskus - Westendinasema
Itäkeskus (M)       05:30  05:40  05:50
Viikki              05:43  05:53  06:03
Leppävaara          06:12  06:22  06:32
Asiakaspalvelu: 09 4766 4000""")

# ================================================================ Estonian
pos("form", "et", """AVALDUS - TARTU LINNARAAMATUKOGU
Ees- ja perekonnanimi: [[N|Kadri Tamm]]
Isikukood: [[ID|<<ik>>]]
Sünniaeg: [[D|12.09.1996]]
Aadress: [[A|Riia tn 14-7, 51013 Tartu]]
Telefon: [[P|+372 5518 2044]]
E-post: [[E|kadri.tamm96@hot.ee]]""", ik=isikukood("4960912028"))

pos("chat", "et", """[13:02] Mart: kas keegi teab, kus Liis elab?
[13:03] Kristjan: [[A|Tartu mnt 42-15, Tallinn]]
[13:04] Mart: aitäh kristjan!
[13:10] Liis Saar: tulge kell 18""".replace("Mart:", "[[N|Mart]]:").replace("kus Liis elab", "kus [[N|Liis]] elab").replace("Kristjan:", "[[N|Kristjan]]:").replace("aitäh kristjan", "aitäh [[N|kristjan]]").replace("Liis Saar:", "[[N|Liis Saar]]:"))

pos("hr", "et", """TÖÖTAJA ANDMED
Nimi: [[N|Rein Kask]]
Isikukood: [[ID|<<ik>>]]
Elukoht: [[A|Pärnu mnt 105-22]], [[A|11312 Tallinn]]
Arvelduskonto: [[I|<<ib>>]]
Tööle asumise kuupäev: 01.03.2022""".replace("[[A|Pärnu mnt 105-22]], [[A|11312 Tallinn]]", "[[A|Pärnu mnt 105-22, 11312 Tallinn]]"), ik=isikukood("3790405027"), ib=iban("EE", "382200221020145685"))

neg("doc", "et", """Hinnakiri - Tallinna Loomaaed
Täispilet ............ 14 €
Sooduspilet .......... 7 €
Perepilet ............ 30 €
Avatud iga päev 9-19. Info: info@tallinnzoo.ee, tel 694 3300 (infoliin)""")

neg("prose", "et", """Lennart Meri sündis 29. märtsil 1929 Tallinnas. Ta oli Eesti Vabariigi president 1992-2001.
Tallinna lennujaam kannab tema nime. Peaminister Kaja Kallas avas 2022. aastal näituse
tema elust Kadrioru lossis.""")

# ================================================================ Latvian
pos("form", "lv", """PIETEIKUMS DZĪVESVIETAS DEKLARĒŠANAI
Vārds, uzvārds: [[N|Līga Ozoliņa]]
Personas kods: [[ID|<<pk>>]]
Dzimšanas datums: [[D|1993. gada 21. jūlijs]]
Jaunā adrese: [[A|Brīvības iela 88-14, Rīga, LV-1001]]
Tālrunis: [[P|+371 29 418 833]]""", pk=lv_pk("210793", "1204"))

pos("letter", "lv", """[[N|Jānis Bērziņš]]
[[A|Ganību dambis 17a-5]]
[[A|Rīga, LV-1045]]

Cienījamais [[N|Bērziņa]] kungs!
Informējam, ka Jūsu pieteikums ir apstiprināts.
Ar cieņu,
[[N|Ilze Kalniņa]]""")

pos("chat", "lv", """[11:00] Artūrs: kur satiekamies?
[11:01] Elīna: pie manis, [[A|Lāčplēša iela 33-2]]
[11:01] Artūrs: labi, paldies elīna""".replace("Artūrs:", "[[N|Artūrs]]:").replace("Elīna:", "[[N|Elīna]]:").replace("paldies elīna", "paldies [[N|elīna]]"))

neg("prose", "lv", """Rainis (Jānis Pliekšāns) dzimis 1865. gada 11. septembrī Tadenavas muižā. Viņa vārdā nosaukts
Raiņa bulvāris Rīgā. Valsts prezidents Egils Levits 2021. gadā atklāja izstādi Latvijas
Nacionālajā bibliotēkā.""")

neg("doc", "lv", """Kustības saraksts - Rīga-Jūrmala (Dubulti)
Rīga            07:05   08:05   09:05
Torņakalns      07:09   08:09   09:09
Dubulti         07:41   08:41   09:41
Uzziņas: 8877 (Pasažieru vilciens)""")

# ================================================================ Lithuanian
pos("form", "lt", """PRAŠYMAS IŠDUOTI LEIDIMĄ
Vardas, pavardė: [[N|Rūta Petrauskienė]]
Asmens kodas: [[ID|<<ak>>]]
Gimimo data: [[D|1984-11-02]]
Adresas: [[A|Gedimino pr. 27-4, LT-01104 Vilnius]]
Tel.: [[P|+370 612 48 830]]
El. paštas: [[E|ruta.petrauskiene@gmail.com]]""", ak=isikukood("4841102041"))

pos("email", "lt", """Nuo: [[N|Mindaugas Kazlauskas]] <[[E|m.kazlauskas@takas.lt]]>
Tema: Buto nuoma

Laba diena, [[N|Rasa]],
sutinku su sąlygomis. Buto adresas: [[A|Laisvės al. 61-18, Kaunas]].
Pagarbiai,
[[N|Mindaugas]]
[[P|8 687 20 415]]""")

neg("doc", "lt", """Kainoraštis - Trakų pilis
Suaugusiems ........... 12 €
Moksleiviams .......... 6 €
Darbo laikas: II-VII 10:00-19:00
Informacija: info@trakaimuziejus.lt""")

neg("prose", "lt", """Mikalojus Konstantinas Čiurlionis gimė 1875 m. rugsėjo 22 d. Varėnoje. Jo muziejus yra
Kaune, V. Putvinskio gatvėje. Prezidentas Gitanas Nausėda 2025-uosius paskelbė Čiurlionio metais.""")

# ================================================================ Greek
pos("form", "el", """ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ
Επώνυμο: [[N|Παπαδοπούλου]]        Όνομα: [[N|Ελένη]]
Πατρώνυμο: [[N|Γεώργιος]]
Ημερομηνία γέννησης: [[D|14/03/1989]]
ΑΜΚΑ: [[ID|<<am>>]]        ΑΦΜ: [[ID|<<af>>]]
Διεύθυνση: [[A|Ερμού 45, 105 63 Αθήνα]]
Κινητό: [[P|694 512 8830]]""", am=amka("140389", "0271"), af=afm("13849207"))

pos("letter", "el", """Προς: κ. [[N|Δημήτριο Κωνσταντινίδη]]
[[A|Τσιμισκή 112]]
[[A|546 22 Θεσσαλονίκη]]

Αξιότιμε κύριε [[N|Κωνσταντινίδη]],
σας ενημερώνουμε ότι η αίτησή σας εγκρίθηκε.
Με εκτίμηση,
[[N|Σοφία Αλεξίου]]""")

pos("chat", "el", """[21:00] Νίκος: πού θα βρεθούμε αύριο;
[21:01] Μαρία: στης Κατερίνας, [[A|Αγίου Νικολάου 18, Πάτρα]]
[21:02] Νίκος: τέλεια, ευχαριστώ μαρία""".replace("Νίκος:", "[[N|Νίκος]]:").replace("Μαρία:", "[[N|Μαρία]]:").replace("στης Κατερίνας", "στης [[N|Κατερίνας]]").replace("ευχαριστώ μαρία", "ευχαριστώ [[N|μαρία]]"))

neg("prose", "el", """Η Μελίνα Μερκούρη γεννήθηκε στην Αθήνα στις 18 Οκτωβρίου 1920. Διετέλεσε υπουργός Πολιτισμού.
Η οδός Μελίνας Μερκούρη στην Καισαριανή φέρει το όνομά της. Ο πρωθυπουργός Κυριάκος Μητσοτάκης
τίμησε τη μνήμη της το 2020.""")

neg("doc", "el", """ΤΙΜΟΚΑΤΑΛΟΓΟΣ - Μουσείο Ακρόπολης
Γενική είσοδος ............ 20 €
Μειωμένο .................. 10 €
Ώρες λειτουργίας: Δευτέρα 9:00-17:00, Τρίτη-Κυριακή 9:00-20:00
Πληροφορίες: 210 900 0900 (τηλεφωνικό κέντρο)""")
# ================================================================ Chinese
pos("form", "zh", """入职登记表
姓名：[[N|王秀英]]            性别：女
出生日期：[[D|1991年4月17日]]
身份证号：[[ID|<<i1>>]]
现住址：[[A|上海市徐汇区漕溪北路595弄12号601室]]
手机：[[P|138 1762 4309]]
紧急联系人：[[N|李建国]]（配偶） [[P|139-0172-8846]]""", i1=cn_id("31010419910417262"))

pos("chat", "zh", """[10:21] 小雨: 明天聚餐在哪儿？
[10:22] 陈浩: 在我家，[[A|北京市海淀区中关村南大街27号院3号楼2单元501]]
[10:22] 小雨: 好的 浩哥 几点？
[10:23] 陈浩: 六点，记得叫上阿杰
[10:25] 林佳怡: 我开车，可以顺路接小雨""".replace("小雨:", "[[N|小雨]]:").replace("陈浩:", "[[N|陈浩]]:").replace("浩哥", "[[N|浩]]哥").replace("叫上阿杰", "叫上[[N|阿杰]]").replace("林佳怡:", "[[N|林佳怡]]:").replace("接小雨", "接[[N|小雨]]"))

pos("travel", "zh", """【订单确认】携程订单号 1128833471920
入住人：[[N|张伟明]]、[[N|赵丽娟]]
证件：身份证 [[ID|<<i1>>]]
联系电话：[[P|+86 186 2109 4472]]
酒店：杭州西湖国宾馆（地址：杭州市西湖区杨公堤18号）
入住：2024-07-12  离店：2024-07-14""", i1=cn_id("33010619850923041"))

pos("letter", "zh", """寄件人：[[N|刘芳]]
地址：[[A|广东省深圳市南山区科苑路15号科兴花园B栋1803]]
电话：[[P|0755-8621 4470]]

收件人：[[N|周志强]]
地址：[[A|四川省成都市锦江区春熙路西段88号4单元702]]
电话：[[P|158 8211 6093]]""")

pos("medical", "zh", """门诊病历
姓名：[[N|黄美玲]]  性别：女  出生日期：[[D|1958-02-11]]
身份证：[[ID|<<i1>>]]
住址：[[A|江苏省南京市鼓楼区北京西路72号2幢304室]]
主诉：反复咳嗽两周。
诊断：急性支气管炎
医师：[[N|吴国栋]]""", i1=cn_id("32010619580211362"))

pos("csv", "zh", """会员编号,姓名,手机,收货地址
M0081,[[N|孙晓峰]],[[P|13917736620]],[[A|浙江省宁波市鄞州区天童南路588号1幢1102室]]
M0082,[[N|郭婷]],[[P|15021984470]],[[A|湖北省武汉市洪山区珞喻路1037号华中小区8栋3单元201]]
M0083,[[N|欧阳振华]],[[P|18676543019]],[[A|福建省厦门市思明区中山路136号]]""")

neg("prose", "zh", """鲁迅，原名周树人，1881年9月25日生于浙江绍兴，1936年10月19日逝世于上海。
绍兴鲁迅故里位于鲁迅中路，现为国家5A级旅游景区。
2021年，国家主席习近平在相关讲话中引用了鲁迅的名句。""")

neg("doc", "zh", """价目表 — 故宫博物院
旺季（4月1日-10月31日）门票：60元
淡季（11月1日-3月31日）门票：40元
开放时间：8:30-17:00（周一闭馆）
客服热线：400-950-1925""")

neg("log", "zh", """2024-06-12 09:14:02 INFO  [订单服务] 订单 DD20240612091402881 创建成功，金额 ¥299.00
2024-06-12 09:14:03 INFO  [支付服务] 回调来自 203.0.113.45，状态=SUCCESS，版本 v3.2.1
2024-06-12 09:14:05 WARN  [短信服务] 模板 SMS_1820441 发送到 138****4309 延迟
2024-06-12 09:14:06 INFO  [物流服务] 运单号 SF1402238871004 已生成""")

neg("report", "zh", """2023年各省人口统计（万人）
省份      常住人口    城镇化率
广东      12706       75.4%
山东      10123       65.5%
河南      9815        58.1%
数据来源：国家统计局""")

# ================================================================ Japanese
pos("form", "ja", """入会申込書
氏名（フリガナ）：[[N|佐藤 美咲]]（サトウ ミサキ）
生年月日：[[D|平成8年5月23日]]
住所：〒[[A|150-0001 東京都渋谷区神宮前4丁目12-8 ハイツ青山302号室]]
電話番号：[[P|090-3418-7725]]
メール：[[E|misaki.sato0523@docomo.ne.jp]]
マイナンバー：[[ID|<<mn>>]]""".replace("（サトウ ミサキ）", "（[[N|サトウ ミサキ]]）"), mn=my_number("43180927514"))

pos("letter", "ja", """〒[[A|530-0001 大阪府大阪市北区梅田2丁目5-14]]
[[A|メゾン梅田1204号]]
[[N|高橋 健太]] 様

拝啓　時下ますますご清祥のこととお喜び申し上げます。
ご注文の商品を発送いたしました。
敬具
担当：[[N|中村]]""")

pos("chat", "ja", """[19:40] ゆうき: 明日の集合どこだっけ？
[19:41] 田中 翔太: 駅前のスタバで10時
[19:41] ゆうき: りょうかい！翔太くんありがと
[19:43] さくら: 私ちょっと遅れるかも、ごめん
[19:44] 田中 翔太: 了解、さくらの分も席とっとく""".replace("ゆうき:", "[[N|ゆうき]]:").replace("田中 翔太:", "[[N|田中 翔太]]:").replace("翔太くん", "[[N|翔太]]くん").replace("さくら:", "[[N|さくら]]:").replace("さくらの分", "[[N|さくら]]の分"))

pos("hr", "ja", """社員情報
社員番号：E-20451
氏名：[[N|山本 恵子]]
生年月日：[[D|1987年11月2日]]
現住所：[[A|神奈川県横浜市港北区日吉本町1-23-9]]
携帯：[[P|080-5512-3094]]
緊急連絡先：[[N|山本 隆]]（夫） [[P|045-561-0283]]""")

pos("ticket", "ja", """問い合わせ #JP-44102
お客様：[[N|鈴木 大輔]] 様
症状：ルーターに接続できない
端末MAC：[[MAC|A4:83:E7:21:9C:0F]]　割当IP：[[IP|192.168.11.24]]
対応者：[[N|小林]]
ご自宅住所：[[A|愛知県名古屋市千種区今池5-18-3 サンハイツ今池405]]""")

neg("doc", "ja", """東京メトロ銀座線 時刻表（平日・渋谷方面）
浅草発   5:33  5:41  5:49  5:57
上野発   5:38  5:46  5:54  6:02
銀座発   5:50  5:58  6:06  6:14
お問い合わせ：東京メトロお客様センター 0570-092-355""")

neg("prose", "ja", """夏目漱石（1867年2月9日 - 1916年12月9日）は日本の小説家。代表作に『吾輩は猫である』がある。
新宿区早稲田南町の漱石山房記念館で生涯を紹介している。
岸田文雄首相は2023年に同館を訪れた。""")

neg("invoice", "ja", """請求書　No. 2024-0612-031
株式会社サンプル商事 御中（大阪市）
品名                    数量    単価      金額
コピー用紙A4             20    ¥550    ¥11,000
トナーカートリッジ         2    ¥8,800  ¥17,600
合計（税込）                             ¥31,460
登録番号 T1234567890123""")

neg("email", "ja", """差出人: no-reply@amazon-example.co.jp
件名: ご注文の発送のお知らせ（注文番号 250-1182044-7730191）

お届け予定日：6月14日（金）
配送業者：ヤマト運輸　お問い合わせ伝票番号 4418-2290-3317
カスタマーサービス：0120-999-373""")

# ================================================================ Korean
pos("form", "ko", """회원 가입 신청서
성명: [[N|김지현]]
주민등록번호: [[ID|<<rr>>]]
생년월일: [[D|1994년 8월 6일]]
주소: [[A|서울특별시 마포구 월드컵북로 396, 102동 1504호]]
휴대전화: [[P|010-4821-7730]]
이메일: [[E|jihyun.kim94@naver.com]]""", rr=kr_rrn("940806212345"))

pos("chat", "ko", """[22:01] 민수: 내일 이사 도와줄 사람?
[22:02] 박서연: 나 갈게! 주소 보내줘
[22:02] 민수: [[A|경기도 성남시 분당구 정자일로 95, 305동 802호]]
[22:03] 박서연: ㅇㅋ 민수야 몇 시?
[22:04] 민수: 9시. 준호도 온대""".replace("민수:", "[[N|민수]]:").replace("박서연:", "[[N|박서연]]:").replace("민수야", "[[N|민수]]야").replace("준호도", "[[N|준호]]도"))

pos("letter", "ko", """보내는 사람: [[N|이상훈]]
[[A|부산광역시 해운대구 센텀중앙로 79, 1204호]]
[[P|051-742-8819]]

받는 사람: [[N|최은영]] 님
[[A|대구광역시 수성구 달구벌대로 2435, 5층]]""")

pos("medical", "ko", """진료 기록
환자명: [[N|정영숙]]   생년월일: [[D|1952.03.14]]
주소: [[A|광주광역시 북구 용봉로 77, 가동 203호]]
보호자: 아들 [[N|정태민]] ([[P|010-9023-1174]])
진단: 고혈압, 제2형 당뇨병
담당의: [[N|한승우]]""")

pos("csv", "ko", """주문번호,수령인,연락처,배송지
K240612-001,[[N|윤하늘]],[[P|010-3382-0941]],[[A|인천광역시 연수구 컨벤시아대로 165, 1107호]]
K240612-002,[[N|강도윤]],[[P|010-7715-2280]],[[A|대전광역시 유성구 대학로 99, 3동 201호]]
K240612-003,[[N|오세린]],[[P|010-5540-8817]],[[A|울산광역시 남구 삼산로 282]]""")

neg("prose", "ko", """세종대왕(1397년 5월 15일 - 1450년 5월 18일)은 조선의 제4대 국왕으로 훈민정음을 창제하였다.
서울 광화문광장에 세종대왕 동상이 있으며, 세종대로는 그의 이름을 따서 명명되었다.
윤석열 대통령은 2023년 한글날 경축식에 참석하였다.""")

neg("doc", "ko", """요금표 - 경복궁
대인(만 25-64세) ........ 3,000원
외국인 .................. 3,000원
관람시간: 09:00-18:00 (화요일 휴궁)
문의: 02-3700-3900 (안내센터)""")

neg("log", "ko", """2024-06-12 10:02:11 [INFO] 주문 ORD-20240612-55102 결제 완료 (카드 ****-****-****-2281)
2024-06-12 10:02:12 [INFO] 배송 송장번호 6893-1120-4418 발급 (CJ대한통운)
2024-06-12 10:02:15 [WARN] 알림톡 템플릿 v2.4.0 사용 중단 예정""")
# ================================================================ Arabic
pos("form", "ar", """استمارة تسجيل مستأجر
الاسم الكامل: [[N|خالد عبد الرحمن الشمري]]
رقم الهوية الإماراتية: [[ID|<<em>>]]
تاريخ الميلاد: [[D|١٩٨٦/٠٣/١٢]]
العنوان: [[A|شقة 1407، برج الياسمين، شارع الشيخ زايد، دبي]]
الهاتف المتحرك: [[P|+971 50 418 2276]]
البريد الإلكتروني: [[E|khalid.alshammari86@gmail.com]]""", em=emirates("78419860541287"))

pos("letter", "ar", """السيد/ [[N|محمود فتحي عبد العزيز]]
[[A|١٤ شارع الجمهورية، الدور الثالث، شقة ٧]]
[[A|المنصورة، الدقهلية]]

تحية طيبة وبعد،
نحيطكم علماً بأن طلبكم رقم ٤٤١٢ قد تمت الموافقة عليه.
وتفضلوا بقبول فائق الاحترام،
[[N|هبة سامي]]""")

pos("chat", "ar", """[٢١:٠٤] أحمد: وين نتجمع بكرة؟
[٢١:٠٥] سارة: عند بيت نورة، [[A|حي النخيل، شارع الأمير سلطان، مبنى 4412، الرياض]]
[٢١:٠٥] أحمد: تمام يا سارة
[٢١:٠٧] نورة القحطاني: رقمي [[P|055 731 8842]] لو تهتم""".replace("أحمد:", "[[N|أحمد]]:").replace("سارة:", "[[N|سارة]]:").replace("بيت نورة", "بيت [[N|نورة]]").replace("يا سارة", "يا [[N|سارة]]").replace("نورة القحطاني:", "[[N|نورة القحطاني]]:"))

pos("medical", "ar", """تقرير خروج
المريض: [[N|يوسف إبراهيم حداد]]
تاريخ الميلاد: [[D|15 أغسطس 1961]]
الرقم القومي: [[ID|26108151402357]]
العنوان: [[A|٢٢ شارع مصدق، الدقي، الجيزة]]
التشخيص: ذبحة صدرية غير مستقرة
الطبيب المعالج: د. [[N|ريم منصور]]""")

pos("hr", "ar", """بيانات موظف
الاسم: [[N|ليلى حسن المصري]]
رقم جواز السفر: [[ID|N08821734]]
الجنسية: أردنية
العنوان: [[A|عمّان، جبل عمّان، شارع الرينبو، عمارة 18، شقة 5]]
الهاتف: [[P|+962 79 551 2084]]
رقم الحساب (IBAN): [[I|<<ib>>]]""", ib=iban("JO", "ARAB1180000000118203461500"))

neg("prose", "ar", """وُلد نجيب محفوظ في القاهرة في 11 ديسمبر 1911، وحصل على جائزة نوبل في الأدب عام 1988.
يقع متحف نجيب محفوظ في تكية أبو الذهب بشارع الأزهر.
وقد افتتحه وزير الثقافة عام 2019.""")

neg("doc", "ar", """أسعار تذاكر المتحف المصري الكبير
المصريون البالغون ........ 200 جنيه
الأجانب البالغون ......... 1200 جنيه
مواعيد العمل: يومياً من 9 صباحاً حتى 6 مساءً
الخط الساخن: 19960""")

neg("email", "ar", """من: no-reply@bank-example.ae
الموضوع: كشف حسابك الشهري

عزيزي العميل،
كشف حساب البطاقة المنتهية بـ 4471 لشهر مايو متاح الآن.
للاستفسار اتصل على 800 4444 (مجاني).""")

# ================================================================ Hebrew
pos("form", "he", """טופס הרשמה לחוג
שם פרטי: [[N|נועה]]        שם משפחה: [[N|בן-דוד]]
תעודת זהות: [[ID|<<tz>>]]
תאריך לידה: [[D|12.06.2012]]
שם ההורה: [[N|אורית בן-דוד]]
כתובת: [[A|רחוב הרצל 45 דירה 8, ראשון לציון]]
טלפון: [[P|052-731-4490]]""", tz=il_id("33817264"))

pos("chat", "he", """[20:11] יוסי: מי בא לעזור לאבא בשבת?
[20:12] מיכל: אני. מה הכתובת החדשה שלו?
[20:12] יוסי: [[A|שדרות רוטשילד 112 דירה 14, תל אביב-יפו]]
[20:13] מיכל: סבבה יוסי""".replace("יוסי:", "[[N|יוסי]]:").replace("מיכל:", "[[N|מיכל]]:").replace("סבבה יוסי", "סבבה [[N|יוסי]]"))

pos("letter", "he", """לכבוד
מר [[N|אבי גולדשטיין]]
[[A|רחוב ז'בוטינסקי 33, דירה 12]]
[[A|רמת גן 5251108]]

הנדון: חידוש ביטוח דירה
ת"ז: [[ID|<<tz>>]]
בברכה,
[[N|שירה כהן]], סוכנת ביטוח, [[P|03-612-4478]]""", tz=il_id("05926341"))

pos("medical", "he", """סיכום אשפוז
שם המטופל: [[N|משה אזולאי]]   ת.ז. [[ID|<<tz>>]]   ת. לידה: [[D|03/04/1949]]
כתובת: [[A|רחוב יפו 210, ירושלים]]
אבחנה: דלקת ריאות
רופא מטפל: ד"ר [[N|רונית לוי]]""", tz=il_id("01847362"))

neg("prose", "he", """דוד בן-גוריון נולד בפלונסק ב-16 באוקטובר 1886 והיה ראש הממשלה הראשון של ישראל.
ביתו בשדרות בן-גוריון בתל אביב משמש כיום כמוזיאון.
נמל התעופה בן-גוריון נקרא על שמו.""")

neg("doc", "he", """מחירון - מוזיאון ישראל, ירושלים
כניסה למבוגר ............ 54 ₪
ילד (5-17) .............. 27 ₪
שעות פתיחה: א', ב', ד', ה' 10:00-17:00
מוקד מידע: *3370""")

# ================================================================ Persian
pos("form", "fa", """فرم ثبت‌نام
نام و نام خانوادگی: [[N|مریم رضایی‌نژاد]]
کد ملی: [[ID|<<mc>>]]
تاریخ تولد: [[D|۱۳۷۲/۰۶/۱۸]]
نشانی: [[A|تهران، خیابان ولیعصر، کوچه بهار، پلاک ۱۲، واحد ۳]]
تلفن همراه: [[P|۰۹۱۲ ۴۸۳ ۷۱۲۰]]
ایمیل: [[E|maryam.rezaei72@yahoo.com]]""", mc=melli("004817263").translate(FA))

pos("chat", "fa", """[۲۰:۰۲] علی: فردا کجا جمع میشیم؟
[۲۰:۰۳] نگار: خونه سپیده، [[A|اصفهان، خیابان چهارباغ بالا، کوچه ۱۴، پلاک ۷]]
[۲۰:۰۴] علی: مرسی نگار جان""".replace("علی:", "[[N|علی]]:").replace("نگار:", "[[N|نگار]]:").replace("خونه سپیده", "خونه [[N|سپیده]]").replace("مرسی نگار", "مرسی [[N|نگار]]"))

pos("letter", "fa", """جناب آقای [[N|حسین کریمی]]
[[A|شیراز، بلوار زند، کوچه ۲۲، پلاک ۴۵]]
کد پستی: ۷۱۳۴۸۴۵۶۷۱

با سلام،
درخواست شما به شماره ۸۸۱۲ بررسی شد.
با احترام،
[[N|فاطمه موسوی]]""")

neg("prose", "fa", """حافظ شیرازی، شاعر بزرگ ایرانی، در قرن هشتم هجری در شیراز زاده شد.
آرامگاه او، حافظیه، در بلوار گلستان شیراز قرار دارد.
همه‌ساله در ۲۰ مهر، روز بزرگداشت حافظ، مراسمی برگزار می‌شود.""")

neg("doc", "fa", """جدول حرکت قطار تهران - مشهد
شماره قطار   حرکت    رسیدن
۱۲۱          ۰۸:۳۰   ۲۰:۱۰
۱۴۵          ۱۶:۰۰   ۰۴:۲۵
اطلاعات: ۱۵۳۹ (مرکز تماس راه‌آهن)""")

# ================================================================ Urdu
pos("form", "ur", """داخلہ فارم
نام: [[N|محمد عمران قریشی]]
ولدیت: [[N|محمد اسلم قریشی]]
شناختی کارڈ نمبر: [[ID|35202-4817302-5]]
تاریخ پیدائش: [[D|14 اگست 1998]]
پتہ: [[A|مکان نمبر 45، گلی نمبر 7، سیکٹر جی-9/2، اسلام آباد]]
موبائل: [[P|0300-5148827]]""")

pos("chat", "ur", """[18:30] عائشہ: کل شادی کہاں ہے؟
[18:31] بلال: فیصل بھائی کے گھر، [[A|ہاؤس 112، بلاک سی، گلشن اقبال، کراچی]]
[18:32] عائشہ: شکریہ بلال""".replace("عائشہ:", "[[N|عائشہ]]:").replace("بلال:", "[[N|بلال]]:").replace("فیصل بھائی", "[[N|فیصل]] بھائی").replace("شکریہ بلال", "شکریہ [[N|بلال]]"))

pos("medical", "ur", """مریض کا ریکارڈ
نام: [[N|شمیم اختر]]   عمر: 61 سال
پتہ: [[A|مکان 18، محلہ کریم پورہ، پشاور]]
رابطہ: بیٹا [[N|عثمان]] [[P|0333-9120448]]
تشخیص: ذیابیطس قسم دوم
ڈاکٹر: [[N|نادیہ حسن]]""")

neg("prose", "ur", """علامہ محمد اقبال 9 نومبر 1877 کو سیالکوٹ میں پیدا ہوئے۔ ان کا مزار لاہور میں بادشاہی مسجد
کے قریب واقع ہے۔ اقبال ڈے ہر سال 9 نومبر کو منایا جاتا ہے۔
وزیر اعظم نے اس موقع پر قوم کو پیغام دیا۔""")

neg("doc", "ur", """نرخ نامہ - لاہور میوزیم
بالغ ........... 100 روپے
طلبہ .......... 20 روپے
اوقات: صبح 9 بجے سے شام 5 بجے تک
ہیلپ لائن: 1122 (ایمرجنسی)""")

# ================================================================ Turkish
pos("form", "tr", """ÜYELİK BAŞVURU FORMU
Adı Soyadı: [[N|Derya Yıldırım Aksoy]]
T.C. Kimlik No: [[ID|<<tc>>]]
Doğum Tarihi: [[D|09.10.1990]]
Adres: [[A|Bağdat Cad. No: 214 D: 7, 34728 Kadıköy/İstanbul]]
Cep Tel: [[P|0532 418 27 90]]
E-posta: [[E|derya.aksoy90@hotmail.com]]""", tc=tckn("384917250"))

pos("chat", "tr", """[19:05] Emre: cumartesi Derya'nın doğum günü var, kim geliyor?
[19:06] Selin: ben! adres neydi?
[19:06] Emre: [[A|Atatürk Mah. Gül Sok. No: 12 Daire 4, Çankaya/Ankara]]
[19:07] Burak Demir: emre pasta benden
[19:08] Emre: süpersin burak""".replace("Emre:", "[[N|Emre]]:").replace("Derya'nın", "[[N|Derya]]'nın").replace("Selin:", "[[N|Selin]]:").replace("Burak Demir:", "[[N|Burak Demir]]:").replace("emre pasta", "[[N|emre]] pasta").replace("süpersin burak", "süpersin [[N|burak]]"))

pos("letter", "tr", """Sayın [[N|Mehmet Öztürk]]
[[A|Alsancak Mah. Kıbrıs Şehitleri Cad. No: 88/5]]
[[A|35220 Konak/İzmir]]

Konu: Kira artışı hk.
[[N|Mehmet]] Bey, 1 Temmuz 2024 itibarıyla kira bedeli 18.500 TL olacaktır.
Ödemeyi [[I|<<ib>>]] numaralı hesaba yapabilirsiniz.
Saygılarımla,
[[N|Ayşe Kaya]]""", ib=iban("TR", "0006200119000006672315"))

pos("hr", "tr", """PERSONEL KAYIT
Ad: [[N|Hakan]]   Soyad: [[N|Çelik]]
TCKN: [[ID|<<tc>>]]
Doğum yeri/tarihi: Trabzon / [[D|3 Mart 1985]]
İkamet: [[A|Yavuz Selim Mah. 1203. Sok. No: 5/2, 61040 Ortahisar/Trabzon]]
Acil durumda: eşi [[N|Zeynep Çelik]] [[P|0541 772 30 18]]""", tc=tckn("521038476"))

pos("medical", "tr", """EPİKRİZ
Hasta: [[N|Fatma Arslan]]   Doğum: [[D|12/01/1955]]   TC: [[ID|<<tc>>]]
Adres: [[A|Şehitler Cad. No: 41, Osmangazi/Bursa]]
Tanı: Kronik böbrek yetmezliği, evre 3
Yakını: oğlu [[N|Serkan]], [[P|0505 661 48 20]]
Sorumlu hekim: Uzm. Dr. [[N|Elif Korkmaz]]""", tc=tckn("170294583"))

neg("prose", "tr", """Mustafa Kemal Atatürk 1881'de Selanik'te doğdu. Anıtkabir, Ankara'nın Çankaya ilçesinde yer alır.
İstiklal Caddesi, Taksim Meydanı'ndan Tünel'e kadar uzanır ve her gün binlerce kişi tarafından
ziyaret edilir. Cumhurbaşkanı Recep Tayyip Erdoğan 29 Ekim törenine katıldı.""")

neg("doc", "tr", """İDO Sefer Saatleri - Kadıköy-Karaköy
Kadıköy kalkış   07:00  07:20  07:40  08:00
Karaköy varış    07:20  07:40  08:00  08:20
Çağrı merkezi: 444 4 436""")

neg("invoice", "tr", """E-ARŞİV FATURA  No: GIB2024000018821                Tarih: 11.06.2024
Satıcı: Anadolu Elektronik A.Ş., İstanbul   VKN 1234567890
Ürün                       Adet   Birim     Tutar
Kulaklık BT-300             1     899,00    899,00
KDV %20                                     179,80
TOPLAM                                    1.078,80 TL
Kargo takip no: 7281 4402 9913""")
# ================================================================ Hindi
pos("form", "hi", """किरायेदार सत्यापन फॉर्म
नाम: [[N|राजेश कुमार शर्मा]]
पिता का नाम: [[N|रमेश चंद्र शर्मा]]
जन्म तिथि: [[D|15/08/1987]]
आधार संख्या: [[ID|<<ad>>]]
पैन: [[ID|BKRPS4417M]]
स्थायी पता: [[A|मकान नं. 214, गली नं. 5, शास्त्री नगर, मेरठ, उत्तर प्रदेश 250004]]
वर्तमान पता: [[A|फ्लैट नं. 302, साईं अपार्टमेंट, सेक्टर 15, नोएडा 201301]]
मोबाइल: [[P|+91 98110 47283]]""", ad=aadhaar("48127739105"))

pos("chat", "hi", """[21:14] प्रिया: कल पूजा कहाँ है?
[21:15] अमित: दीदी के घर, [[A|बी-47, लाजपत नगर II, नई दिल्ली 110024]]
[21:15] प्रिया: ठीक है अमित, मैं सुबह आ जाऊँगी
[21:17] सुनीता वर्मा: नेहा को भी बता देना""".replace("प्रिया:", "[[N|प्रिया]]:").replace("अमित:", "[[N|अमित]]:").replace("है अमित", "है [[N|अमित]]").replace("सुनीता वर्मा:", "[[N|सुनीता वर्मा]]:").replace("नेहा को", "[[N|नेहा]] को"))

pos("medical", "hi", """डिस्चार्ज सारांश
रोगी: [[N|कमला देवी]]   आयु: 68 वर्ष   जन्म तिथि: [[D|०३-०१-१९५६]]
पता: [[A|ग्राम पोस्ट बड़ागाँव, तहसील फूलपुर, प्रयागराज 212402]]
परिजन: पुत्र [[N|सुरेश यादव]], मो. [[P|94151 22087]]
निदान: मोतियाबिंद (दायाँ नेत्र), शल्य चिकित्सा सफल
चिकित्सक: डॉ. [[N|अनुराधा मिश्रा]]""")

pos("letter", "hi", """सेवा में,
श्री [[N|विकास अग्रवाल]]
[[A|प्लॉट नं. 18, सिविल लाइंस]]
[[A|जयपुर, राजस्थान 302006]]

विषय: बिजली बिल संशोधन
महोदय, आपके खाते का बिल संशोधित कर दिया गया है।
भवदीय,
[[N|मनोज तिवारी]], कनिष्ठ अभियंता""")

neg("prose", "hi", """महात्मा गांधी का जन्म 2 अक्टूबर 1869 को पोरबंदर में हुआ था। उनकी समाधि राजघाट, नई दिल्ली में है।
हर वर्ष गांधी जयंती पर प्रधानमंत्री नरेंद्र मोदी राजघाट जाकर श्रद्धांजलि देते हैं।
महात्मा गांधी मार्ग देश के लगभग हर शहर में मिलता है।""")

neg("doc", "hi", """भारतीय रेल समय सारणी - 12951 मुंबई राजधानी
मुंबई सेंट्रल   प्रस्थान 17:00
वडोदरा          21:06
कोटा            02:35
नई दिल्ली       आगमन 08:32
पूछताछ: 139""")

neg("csv", "hi", """राज्य,जनसंख्या_2011,साक्षरता_दर
उत्तर प्रदेश,199812341,67.68
महाराष्ट्र,112374333,82.34
बिहार,104099452,61.80
स्रोत: भारत की जनगणना 2011""")

# ================================================================ Bengali
pos("form", "bn", """ভর্তি ফরম
শিক্ষার্থীর নাম: [[N|তাসনিম রহমান]]
পিতার নাম: [[N|মোস্তাফিজুর রহমান]]
জন্ম তারিখ: [[D|১২ জানুয়ারি ২০০৮]]
জন্ম নিবন্ধন নং: [[ID|20082692547013518]]
ঠিকানা: [[A|বাড়ি ১২, রোড ৫, ধানমন্ডি, ঢাকা ১২০৫]]
মোবাইল: [[P|০১৭১১-৪৮২৯৩০]]""")

pos("chat", "bn", """[২০:১০] রাহুল: কাল আড্ডা কোথায়?
[২০:১১] মিতু: শুভর বাসায়, [[A|৪৭/২ গড়িয়াহাট রোড, কলকাতা ৭০০০১৯]]
[২০:১২] রাহুল: ঠিক আছে মিতু""".replace("রাহুল:", "[[N|রাহুল]]:").replace("মিতু:", "[[N|মিতু]]:").replace("শুভর", "[[N|শুভর]]").replace("আছে মিতু", "আছে [[N|মিতু]]"))

pos("hr", "bn", """কর্মচারী তথ্য
নাম: [[N|মোহাম্মদ আরিফুল ইসলাম]]
জাতীয় পরিচয়পত্র নং: [[ID|4617 2093 85]]
জন্ম তারিখ: [[D|1989-05-30]]
বর্তমান ঠিকানা: [[A|ফ্ল্যাট ৬বি, বাড়ি ২৩, সেক্টর ৭, উত্তরা, ঢাকা ১২৩০]]
জরুরি যোগাযোগ: স্ত্রী [[N|নাসরিন আক্তার]], [[P|+880 1819 447210]]""")

neg("prose", "bn", """রবীন্দ্রনাথ ঠাকুর ১৮৬১ সালের ৭ মে কলকাতার জোড়াসাঁকো ঠাকুরবাড়িতে জন্মগ্রহণ করেন।
১৯১৩ সালে তিনি সাহিত্যে নোবেল পুরস্কার পান। জোড়াসাঁকো ঠাকুরবাড়ি এখন রবীন্দ্রভারতী
বিশ্ববিদ্যালয়ের জাদুঘর।""")

neg("doc", "bn", """ভাড়ার তালিকা - ঢাকা মেট্রোরেল (এমআরটি লাইন-৬)
উত্তরা উত্তর - আগারগাঁও ....... ৬০ টাকা
উত্তরা উত্তর - মতিঝিল ......... ১০০ টাকা
হেল্পলাইন: ১৬২৩৪""")

# ================================================================ Thai
pos("form", "th", """ใบสมัครสมาชิก
ชื่อ-นามสกุล: [[N|นางสาวพิมพ์ชนก ศรีสวัสดิ์]]
เลขประจำตัวประชาชน: [[ID|<<ti>>]]
วันเกิด: [[D|12 มีนาคม 2533]]
ที่อยู่: [[A|99/123 หมู่บ้านศุภาลัย ซอยลาดพร้าว 71 แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพฯ 10230]]
โทรศัพท์: [[P|081-724-3391]]
อีเมล: [[E|pimchanok.sri@gmail.com]]""".replace("[[N|นางสาวพิมพ์ชนก ศรีสวัสดิ์]]", "นางสาว[[N|พิมพ์ชนก ศรีสวัสดิ์]]"), ti=th_id("110370041825"))

pos("chat", "th", """[19:20] ต้น: พรุ่งนี้ไปบ้านแนนกี่โมง
[19:21] แนน: บ่ายสอง ที่อยู่ [[A|88/14 ซอยสุขุมวิท 39 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ]]
[19:21] ต้น: โอเค ขอบใจนะแนน""".replace("ต้น:", "[[N|ต้น]]:").replace("บ้านแนน", "บ้าน[[N|แนน]]").replace("แนน:", "[[N|แนน]]:").replace("ขอบใจนะแนน", "ขอบใจนะ[[N|แนน]]"))

pos("medical", "th", """สรุปการรักษา
ผู้ป่วย: [[N|สมชาย ใจดี]]   เลขบัตรประชาชน: [[ID|<<ti>>]]
ที่อยู่: [[A|45 หมู่ 3 ตำบลสันทราย อำเภอเมือง จังหวัดเชียงใหม่ 50210]]
ผู้ติดต่อ: ภรรยา [[N|มาลี ใจดี]] โทร [[P|089 551 2047]]
แพทย์: พญ.[[N|วรรณา ทองคำ]]""", ti=th_id("350010027713"))

neg("prose", "th", """พระบาทสมเด็จพระจุลจอมเกล้าเจ้าอยู่หัว (รัชกาลที่ 5) ประสูติเมื่อวันที่ 20 กันยายน พ.ศ. 2396
ถนนราชดำเนินในกรุงเทพฯ สร้างขึ้นในรัชสมัยของพระองค์
วันที่ 23 ตุลาคมของทุกปีเป็นวันปิยมหาราช""")

neg("doc", "th", """ตารางเวลาเดินรถ BTS สายสุขุมวิท
หมอชิต - อ่อนนุช   ขบวนแรก 05:15   ขบวนสุดท้าย 00:00
ความถี่ช่วงเร่งด่วน 2-3 นาที
ศูนย์บริการลูกค้า 02-617-6000""")

# ================================================================ Vietnamese
pos("form", "vi", """PHIẾU ĐĂNG KÝ THƯỜNG TRÚ
Họ và tên: [[N|Nguyễn Thị Thu Hằng]]
Ngày sinh: [[D|27/09/1995]]
Số CCCD: [[ID|001195027814]]
Địa chỉ: [[A|Số 18 ngõ 72 Nguyễn Trãi, phường Thượng Đình, quận Thanh Xuân, Hà Nội]]
Điện thoại: [[P|0912 447 305]]
Chủ hộ: [[N|Nguyễn Văn Quang]]""")

pos("chat", "vi", """[20:05] Minh: mai đi ăn cưới anh Tuấn ở đâu nhỉ?
[20:06] Lan Anh: nhà hàng ở [[A|145 Lê Thánh Tôn, phường Bến Thành, quận 1]]
[20:06] Minh: ok cảm ơn chị Lan Anh
[20:08] Trần Đức Huy: mình đón Minh nhé""".replace("Minh:", "[[N|Minh]]:").replace("anh Tuấn", "anh [[N|Tuấn]]").replace("Lan Anh:", "[[N|Lan Anh]]:").replace("chị Lan Anh", "chị [[N|Lan Anh]]").replace("Trần Đức Huy:", "[[N|Trần Đức Huy]]:").replace("đón Minh", "đón [[N|Minh]]"))

pos("letter", "vi", """Kính gửi: Ông [[N|Phạm Văn Long]]
[[A|Tổ 5, khu phố 3, phường Tân Phong, quận 7]]
[[A|TP. Hồ Chí Minh]]

V/v: Thông báo nộp thuế
Mã số thuế cá nhân: [[ID|8041729536]]
Trân trọng,
[[N|Lê Thị Mai]], cán bộ thuế""")

pos("hr", "vi", """HỒ SƠ NHÂN VIÊN
Họ tên: [[N|Đặng Quốc Bảo]]     Mã NV: VN-0417
Ngày sinh: [[D|ngày 3 tháng 11 năm 1992]]
CCCD: [[ID|079092004418]]   Ngày cấp: 12/08/2021
Thường trú: [[A|Thôn Phú Lộc, xã Diên Phú, huyện Diên Khánh, Khánh Hòa]]
Tài khoản ngân hàng: [[N|DANG QUOC BAO]] - Vietcombank 0071004418293""")

neg("prose", "vi", """Chủ tịch Hồ Chí Minh sinh ngày 19 tháng 5 năm 1890 tại làng Kim Liên, Nghệ An.
Lăng Chủ tịch Hồ Chí Minh nằm trên quảng trường Ba Đình, Hà Nội.
Đường Nguyễn Trãi là một trong những tuyến phố dài nhất thủ đô.""")

neg("doc", "vi", """BẢNG GIÁ VÉ - VỊNH HẠ LONG (tuyến 1)
Người lớn ............ 290.000 đ
Trẻ em ............... 145.000 đ
Giờ mở cửa: 7:30 - 17:00
Tổng đài hỗ trợ: 1900 6019""")

# ================================================================ Indonesian
pos("form", "id", """FORMULIR PENDAFTARAN PASIEN BARU
Nama Lengkap: [[N|Siti Nurhaliza Putri]]
NIK: [[ID|3174056102950004]]
Tanggal Lahir: [[D|21 Februari 1995]]
Alamat: [[A|Jl. Kebon Sirih No. 17, RT 03/RW 05, Kel. Kebon Sirih, Kec. Menteng, Jakarta Pusat 10340]]
No. HP: [[P|0812-8841-2207]]
Penanggung jawab: [[N|Bambang Hartono]] (suami)""")

pos("chat", "id", """[19:12] Dimas: bro besok futsal jam brp?
[19:13] Rizky: jam 4 sore, di lapangan dekat rumah pak Harjo
[19:13] Dimas: alamatnya?
[19:14] Rizky: [[A|Jl. Cempaka Putih Tengah 14 No. 9, Jakarta Pusat]]
[19:15] Ayu Lestari: dimas jangan telat lagi ya""".replace("Dimas:", "[[N|Dimas]]:").replace("Rizky:", "[[N|Rizky]]:").replace("pak Harjo", "pak [[N|Harjo]]").replace("Ayu Lestari:", "[[N|Ayu Lestari]]:").replace("dimas jangan", "[[N|dimas]] jangan"))

pos("letter", "id", """Kepada Yth.
Bapak [[N|Agus Setiawan]]
[[A|Perumahan Griya Asri Blok C-12]]
[[A|Jl. Raya Bogor KM 27, Cimanggis, Depok 16953]]

Perihal: Tagihan iuran lingkungan
Dengan hormat, bersama ini kami sampaikan tagihan bulan Juni 2024.
Hormat kami,
[[N|Dewi Kartika]], Bendahara RT""")

pos("travel", "id", """E-TIKET KERETA API - Kode Booking: 7KQX2P
Penumpang: [[N|Hendra Gunawan]]   No. Identitas: [[ID|3273011508880002]]
Penumpang: [[N|Maria Christina Gunawan]]   No. Identitas: [[ID|3273015705900001]]
KA Argo Parahyangan  Gambir 08:20 - Bandung 11:28
Kontak: [[P|+62 811 2047 339]]  [[E|hendra.gunawan88@gmail.com]]""")

neg("prose", "id", """Raden Ajeng Kartini lahir di Jepara pada 21 April 1879. Hari Kartini diperingati setiap
21 April. Jalan R.A. Kartini terdapat di hampir setiap kota di Indonesia.
Presiden Joko Widodo meresmikan Museum Kartini yang baru di Rembang.""")

neg("doc", "id", """JADWAL KRL COMMUTER LINE - Bogor - Jakarta Kota
Bogor            05:00   05:15   05:30
Depok            05:22   05:37   05:52
Jakarta Kota     06:18   06:33   06:48
Layanan pelanggan: 021-121""")

# ================================================================ Malay
pos("form", "ms", """BORANG PERMOHONAN KEAHLIAN
Nama: [[N|Nurul Aisyah binti Kamaruddin]]
No. Kad Pengenalan: [[ID|950412-14-5526]]
Tarikh Lahir: [[D|12 April 1995]]
Alamat: [[A|No. 23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor]]
No. Telefon: [[P|012-418 7730]]
E-mel: [[E|nurulaisyah.k@gmail.com]]""")

pos("chat", "ms", """[20:30] Hafiz: esok kenduri kat rumah mak cik Senah kan?
[20:31] Farah: ya, [[A|Lot 1127, Kampung Sungai Ramal Dalam, 43000 Kajang]]
[20:31] Hafiz: ok terima kasih farah""".replace("Hafiz:", "[[N|Hafiz]]:").replace("mak cik Senah", "mak cik [[N|Senah]]").replace("Farah:", "[[N|Farah]]:").replace("kasih farah", "kasih [[N|farah]]"))

pos("hr", "ms", """REKOD PEKERJA
Nama: [[N|Muhammad Faizal bin Abdul Rahman]]
No. KP: [[ID|880915-08-6141]]
Alamat: [[A|No. 7, Lorong Kenari 3, Taman Sri Ipoh, 30100 Ipoh, Perak]]
Waris: [[N|Rosnah binti Ismail]] (isteri) - [[P|+60 16-552 8104]]""")

neg("doc", "ms", """Jadual Waktu Solat - Kuala Lumpur, 12 Jun 2024
Subuh 05:42   Zohor 13:15   Asar 16:38   Maghrib 19:25   Isyak 20:40
Sumber: JAKIM, Putrajaya""")

neg("prose", "ms", """Tunku Abdul Rahman Putra Al-Haj, Perdana Menteri pertama Malaysia, dilahirkan pada 8 Februari 1903
di Alor Setar. Memorial Tunku Abdul Rahman terletak di Jalan Dato' Onn, Kuala Lumpur.
Jalan Tunku Abdul Rahman ialah salah satu jalan membeli-belah utama di ibu kota.""")

# ================================================================ Tagalog
pos("form", "tl", """APPLICATION FORM - BARANGAY CLEARANCE
Pangalan: [[N|Maria Luisa Dela Cruz]]
Petsa ng Kapanganakan: [[D|Hunyo 14, 1993]]
Tirahan: [[A|Blk 12 Lot 8, Phase 2, Camella Homes, Brgy. Molino III, Bacoor, Cavite]]
PhilSys No.: [[ID|4127-8830-2196-5504]]
Cellphone: [[P|0917 842 5530]]""")

pos("chat", "tl", """[21:02] Jomar: san tayo magkikita bukas?
[21:03] Kat: sa bahay ni Tita Baby, [[A|27 Sampaguita St., Brgy. San Antonio, Pasig City]]
[21:03] Jomar: sige kat, salamat
[21:05] Bea Santos: sabay na ko sa inyo jomar""".replace("Jomar:", "[[N|Jomar]]:").replace("Kat:", "[[N|Kat]]:").replace("Tita Baby", "Tita [[N|Baby]]").replace("sige kat", "sige [[N|kat]]").replace("Bea Santos:", "[[N|Bea Santos]]:").replace("inyo jomar", "inyo [[N|jomar]]"))

pos("hr", "tl", """EMPLOYEE DATA SHEET
Name: [[N|Reyes, Jericho Manuel]]
SSS No.: [[ID|34-1829476-3]]     TIN: [[ID|417-286-903-000]]
Birthday: [[D|02/27/1990]]
Address: [[A|1482 Taft Avenue, Malate, Manila 1004]]
Emergency contact: [[N|Lorna Reyes]] (ina) 0918 330 4471""".replace("0918 330 4471", "[[P|0918 330 4471]]"))

neg("prose", "tl", """Si José Rizal ay ipinanganak noong Hunyo 19, 1861 sa Calamba, Laguna. Ang kanyang bantayog
ay nasa Rizal Park sa Maynila. Ang Rizal Avenue ay isa sa mga pangunahing kalye ng lungsod.
Pinangunahan ni Pangulong Ferdinand Marcos Jr. ang paggunita noong 2023.""")

neg("doc", "tl", """LRT-1 FARE MATRIX (stored value)
Baclaran - Gil Puyat ........ ₱15
Baclaran - Monumento ........ ₱35
Operating hours: 4:30 AM - 10:15 PM
Hotline: (02) 8853-0041""")

# ================================================================ Swahili
pos("form", "sw", """FOMU YA USAJILI
Jina kamili: [[N|Amina Wanjiru Odhiambo]]
Nambari ya kitambulisho: [[ID|28471093]]
Tarehe ya kuzaliwa: [[D|04/07/1992]]
Anwani: [[A|Nyumba Na. 14, Barabara ya Ngong, Kilimani, Nairobi]]
Sanduku la Posta: [[A|S.L.P. 48211-00100 Nairobi]]
Simu: [[P|+254 722 418 903]]""")

pos("chat", "sw", """[18:40] Juma: kesho tunakutana wapi?
[18:41] Neema: kwa Bi. Halima, [[A|Mtaa wa Uhuru, Nyumba 27, Kariakoo, Dar es Salaam]]
[18:41] Juma: sawa neema, asante""".replace("Juma:", "[[N|Juma]]:").replace("Neema:", "[[N|Neema]]:").replace("Bi. Halima", "Bi. [[N|Halima]]").replace("sawa neema", "sawa [[N|neema]]"))

pos("letter", "sw", """Kwa: Bw. [[N|Baraka Mwakyusa]]
[[A|S.L.P. 1127]]
[[A|Arusha]]

YAH: Malipo ya ada ya shule
Ndugu [[N|Baraka]], tunakukumbusha kulipa ada kabla ya tarehe 30 Juni.
Wako,
[[N|Rehema Mushi]], Mhasibu""")

neg("prose", "sw", """Julius Kambarage Nyerere alizaliwa Butiama tarehe 13 Aprili 1922. Alikuwa Rais wa kwanza wa
Tanzania. Barabara ya Nyerere jijini Dar es Salaam na Uwanja wa Ndege wa Kimataifa wa
Julius Nyerere vimepewa jina lake.""")

neg("doc", "sw", """RATIBA YA TRENI SGR - Nairobi hadi Mombasa
Nairobi Terminus    inaondoka 08:00
Voi                 12:31
Mombasa Terminus    inafika 13:55
Huduma kwa wateja: 0709 907 000 (Kenya Railways)""")
# ================================================================ Russian
def kz_iin(first11):
    d = [int(c) for c in first11]
    c = sum(d[i] * (i + 1) for i in range(11)) % 11
    if c == 10:
        w = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]
        c = sum(a * b for a, b in zip(d, w)) % 11
    assert c != 10, first11
    return first11 + str(c)


pos("letter", "ru", """Кому: [[N|Смирновой Ольге Викторовне]]
Куда: [[A|ул. Профсоюзная, д. 65, корп. 2, кв. 118]]
[[A|г. Москва, 117342]]

От кого: [[N|Кузнецов Андрей Павлович]]
[[A|пр-т Ленина, д. 14, кв. 3]]
[[A|г. Екатеринбург, 620014]]""")

pos("form", "ru", """ЗАЯВЛЕНИЕ О ПРИЁМЕ НА РАБОТУ
ФИО: [[N|Волкова Анастасия Игоревна]]
Дата рождения: [[D|19.06.1994]]
Паспорт: серия [[ID|45 17 482910]], выдан ОВД «Тверской» 02.07.2014
СНИЛС: [[ID|<<sn>>]]
ИНН: [[ID|<<in>>]]
Адрес регистрации: [[A|г. Москва, ул. Тверская, д. 18, кв. 44]]
Телефон: [[P|+7 916 482-17-30]]""", sn=snils("148271936"), **{"in": inn12("7710482193")})

pos("chat", "ru", """[22:14] Дима: кто завтра едет к Саше на дачу?
[22:15] Катя: я еду, скинь адрес
[22:15] Дима: [[A|СНТ «Берёзка», участок 47, д. Малые Вязёмы]]
[22:16] Катя: спасибо, димон
[22:18] Игорь Соколов: Катюха, захвати мангал""".replace("Дима:", "[[N|Дима]]:").replace("к Саше", "к [[N|Саше]]").replace("Катя:", "[[N|Катя]]:").replace("спасибо, димон", "спасибо, [[N|димон]]").replace("Игорь Соколов:", "[[N|Игорь Соколов]]:").replace("Катюха,", "[[N|Катюха]],"))

pos("csv", "ru", """№;Получатель;Телефон;Адрес доставки;Трек
1;[[N|Петров И. С.]];[[P|8 (912) 330-41-87]];[[A|г. Пермь, ул. Сибирская, д. 27, кв. 9]];RA441829301RU
2;[[N|Мухаметшина Алсу Ринатовна]];[[P|+7 987 225-18-04]];[[A|г. Казань, ул. Баумана, д. 58, кв. 12]];RA441829315RU
3;[[N|Ким Виктор]];[[P|8 914 702 33 18]];[[A|г. Владивосток, ул. Светланская, д. 112, кв. 71]];RA441829329RU
4;[[N|Горбунова Е. А.]];[[P|+7 921 640-55-12]];[[A|г. Мурманск, пр-т Ленина, д. 80, кв. 5]];RA441829332RU""")

pos("medical", "ru", """ВЫПИСКА ИЗ ИСТОРИИ БОЛЕЗНИ № 4417
Пациент: [[N|Зайцев Николай Фёдорович]], [[D|1950]] г.р.
Полис ОМС: [[ID|7751 2904 8830 1742]]
Адрес: [[A|г. Новосибирск, ул. Красный проспект, д. 159, кв. 27]]
Диагноз: ИБС, стенокардия напряжения II ФК.
Лечащий врач: [[N|Орлова Т. В.]]""")

pos("config", "ru", """# /etc/backup/settings.ini  (настроил Серёга, не трогать)
[ftp]
url = [[U|ftp://backup_user:Zx9!qwe4Rt@83.220.171.44/dumps]]
[db]
host = [[IP|10.12.0.7]]
password = [[K|Pa$$w0rd_Sklad2024]]""".replace("настроил Серёга", "настроил [[N|Серёга]]"))

neg("prose", "ru", """Александр Сергеевич Пушкин родился 6 июня 1799 года в Москве. Музей-квартира поэта находится
на набережной Мойки, дом 12, в Санкт-Петербурге. Улица Пушкина есть почти в каждом городе России.
В 2024 году Владимир Путин подписал указ о праздновании 225-летия поэта.""")

neg("doc", "ru", """РАСПИСАНИЕ ЭЛЕКТРИЧЕК: Москва (Ярославский вокзал) — Сергиев Посад
Отпр.   Приб.   Примечание
06:12   07:41   ежедневно
07:05   08:23   экспресс
08:40   10:08   кроме сб, вс
Справочная: 8-800-775-00-00 (бесплатно)""")

neg("invoice", "ru", """СЧЁТ НА ОПЛАТУ № 1182 от 11.06.2024
Поставщик: ООО «Вектор», г. Самара, ИНН 6312034567, КПП 631201001
Покупатель: АО «Волжский завод», г. Тольятти
Товар                       Кол-во   Цена       Сумма
Подшипник 6204-2RS           400     85,00     34 000,00
Итого с НДС: 40 800,00 руб.""")

# ================================================================ Ukrainian
pos("form", "uk", """ЗАЯВА ПРО ВИДАЧУ ДОВІДКИ
ПІБ: [[N|Коваленко Оксана Миколаївна]]
Дата народження: [[D|08 березня 1988 р.]]
РНОКПП: [[ID|<<rk>>]]
Паспорт (ID-картка): [[ID|004817263]]
Адреса: [[A|вул. Хрещатик, 22, кв. 45, м. Київ, 01001]]
Телефон: [[P|+380 67 418 2290]]""", rk=rnokpp("321840571"))

pos("letter", "uk", """Шановному пану [[N|Андрію Шевчуку]]
[[A|вул. Городоцька, 174, кв. 8]]
[[A|м. Львів, 79022]]

Повідомляємо, що Ваша заява від 02.06.2024 розглянута.
З повагою,
[[N|Ірина Бондар]], начальник відділу""")

pos("chat", "uk", """[19:01] Олег: хто забере Марічку з садочка?
[19:02] Наталя: я. але скинь адресу нового садочка
[19:03] Олег: [[A|вул. Сумська, 61, Харків]]
[19:03] Наталя: дякую, олежку""".replace("Олег:", "[[N|Олег]]:").replace("Марічку", "[[N|Марічку]]").replace("Наталя:", "[[N|Наталя]]:").replace("олежку", "[[N|олежку]]"))

pos("hr", "uk", """ОСОБОВА КАРТКА ПРАЦІВНИКА
Прізвище, ім'я, по батькові: [[N|Мельник Тарас Богданович]]
Дата народження: [[D|1985-12-04]]
РНОКПП: [[ID|<<rk>>]]
Місце проживання: [[A|м. Одеса, вул. Дерибасівська, 9, кв. 17]]
IBAN: [[I|<<ib>>]]""", rk=rnokpp("314720385"), ib=iban("UA", "3052990000026007233566001"))

neg("prose", "uk", """Тарас Шевченко народився 9 березня 1814 року в селі Моринці на Черкащині.
Пам'ятник поету стоїть у парку Шевченка навпроти Київського університету.
Бульвар Тараса Шевченка — одна з головних вулиць Києва.""")

neg("doc", "uk", """ТАРИФИ НА ПРОЇЗД — Київський метрополітен
Разова поїздка (QR-квиток) ........ 8 грн
Проїзний на місяць ................ 1300 грн
Час роботи: 05:35 — 00:00
Контакт-центр: 15-51""")

# ================================================================ Kazakh
pos("form", "kk", """ӨТІНІШ
Аты-жөні: [[N|Сәрсенбаев Ерлан Қайратұлы]]
ЖСН: [[ID|<<ii>>]]
Туған күні: [[D|1990 жылғы 14 мамыр]]
Мекенжайы: [[A|Алматы қ., Абай даңғылы, 150-үй, 34-пәтер]]
Телефон: [[P|+7 701 418 2207]]""", ii=kz_iin("90051430042"))

pos("chat", "kk", """[20:20] Айгерім: ертең Дәуреннің үйіне барамыз ба?
[20:21] Нұрлан: иә, мекенжайы [[A|Астана, Сарыарқа ауданы, Жеңіс даңғылы 41, 17-пәтер]]
[20:21] Айгерім: рахмет нұрлан""".replace("Айгерім:", "[[N|Айгерім]]:").replace("Дәуреннің", "[[N|Дәуреннің]]").replace("Нұрлан:", "[[N|Нұрлан]]:").replace("рахмет нұрлан", "рахмет [[N|нұрлан]]"))

pos("hr", "kk", """ҚЫЗМЕТКЕР ТУРАЛЫ МӘЛІМЕТ
Тегі, аты: [[N|Жұмабаева Мәдина]]
ЖСН: [[ID|<<ii>>]]
Мекенжайы: [[A|Шымкент қ., Тәуке хан даңғылы, 88-үй, 5-пәтер]]
Байланыс: [[P|8 775 220 41 09]]""", ii=kz_iin("95082040117"))

neg("prose", "kk", """Абай Құнанбайұлы 1845 жылы 10 тамызда Шыңғыстау баурайында дүниеге келген.
Алматыдағы Абай даңғылы мен Абай атындағы опера театры оның есімімен аталады.
Президент Қасым-Жомарт Тоқаев 2020 жылы Абайдың 175 жылдығына арналған шараға қатысты.""")

neg("doc", "kk", """ПОЕЗДАР КЕСТЕСІ: Астана — Алматы
№ 002Ц   Астана 19:10   Алматы-2 07:58
№ 010Т   Астана 15:37   Алматы-1 06:35
Анықтама: 1433 (ҚТЖ)""")

# ================================================================ Georgian
pos("form", "ka", """განაცხადი
სახელი, გვარი: [[N|ნინო ბერიძე]]
პირადი ნომერი: [[ID|01019043817]]
დაბადების თარიღი: [[D|23.09.1991]]
მისამართი: [[A|ჭავჭავაძის გამზირი 37, ბინა 12, თბილისი 0179]]
ტელეფონი: [[P|+995 599 41 82 27]]""")

pos("chat", "ka", """[21:00] გიორგი: ხვალ სად ვიკრიბებით?
[21:01] თამარი: ლევანთან, [[A|რუსთაველის ქუჩა 14, ბათუმი]]
[21:01] გიორგი: მადლობა თამარ""".replace("გიორგი:", "[[N|გიორგი]]:").replace("თამარი:", "[[N|თამარი]]:").replace("ლევანთან", "[[N|ლევანთან]]").replace("მადლობა თამარ", "მადლობა [[N|თამარ]]"))

pos("letter", "ka", """ბატონ [[N|დავით კაპანაძეს]]
[[A|წერეთლის გამზირი 118, ბინა 4]]
[[A|ქუთაისი 4600]]

გაცნობებთ, რომ თქვენი განცხადება განხილულია.
პატივისცემით,
[[N|ეკა ლომიძე]]""")

neg("prose", "ka", """შოთა რუსთაველი XII საუკუნის ქართველი პოეტია, „ვეფხისტყაოსნის“ ავტორი.
თბილისის მთავარი ქუჩა, რუსთაველის გამზირი, მის სახელს ატარებს.
რუსთაველის თეატრი გამზირზე 1901 წლიდან დგას.""")

neg("doc", "ka", """თბილისის მეტროს ტარიფები
ერთჯერადი მგზავრობა ....... 1 ლარი
მოქმედების დრო: 06:00 - 00:00
ცხელი ხაზი: 0 32 2 93 44 44""")
# ================================================================ Serbian
pos("form", "sr", """ПРИЈАВА ПРЕБИВАЛИШТА
Име и презиме: [[N|Јелена Петровић]]
ЈМБГ: [[ID|<<jm>>]]
Датум рођења: [[D|17.04.1989.]]
Адреса: [[A|Булевар краља Александра 212, стан 14, 11000 Београд]]
Телефон: [[P|+381 64 418 2290]]""", jm=emso("170498971503"))

pos("csv", "sr", """rb;ime_prezime;adresa;grad;telefon
1;[[N|Milan Jovanović]];[[A|Njegoševa 41]];Novi Sad;[[P|063 812 4477]]
2;[[N|Dragana Nikolić]];[[A|Vojvode Mišića 18/3]];Niš;[[P|064 220 9931]]
3;[[N|Stefan Đorđević]];[[A|Kralja Petra I 7]];Kragujevac;[[P|065 330 1284]]
4;[[N|Ana Marković]];[[A|Cara Dušana 96, stan 2]];Zemun;[[P|062 771 0458]]""")

pos("chat", "sr", """[20:01] Marko: gde se nalazimo sutra?
[20:02] Ivana: kod Nemanje, [[A|Bulevar oslobođenja 77, Novi Sad]]
[20:02] Marko: važi, hvala ivana""".replace("Marko:", "[[N|Marko]]:").replace("Ivana:", "[[N|Ivana]]:").replace("kod Nemanje", "kod [[N|Nemanje]]").replace("hvala ivana", "hvala [[N|ivana]]"))

neg("prose", "sr", """Никола Тесла рођен је 10. јула 1856. у Смиљану. Музеј Николе Тесле налази се у
Крунској улици у Београду. Аеродром „Никола Тесла“ носи његово име од 2006. године.""")

neg("doc", "sr", """RED VOŽNJE - Beograd Centar - Novi Sad (Soko)
Polazak   Dolazak
06:00     06:36
08:00     08:36
10:00     10:36
Informacije: 011 360 2899""")

# ================================================================ Croatian
pos("letter", "hr", """[[N|Ivan Horvat]]
[[A|Ilica 128]]
[[A|10000 Zagreb]]

Predmet: Povrat preplaćenog poreza
OIB: [[ID|<<oi>>]]
Poštovani gospodine [[N|Horvat]], povrat će biti isplaćen na IBAN [[I|<<ib>>]].
S poštovanjem,
[[N|Marija Kovačević]]""", oi=mod11_10("4719302846"), ib=iban("HR", "23600001101234567"))

pos("form", "hr", """PRIJAVNICA - GRADSKA KNJIŽNICA SPLIT
Ime i prezime: [[N|Luka Babić]]
OIB: [[ID|<<oi>>]]
Datum rođenja: [[D|30. 1. 2001.]]
Adresa: [[A|Put Firula 22, 21000 Split]]
Mobitel: [[P|091 442 7185]]""", oi=mod11_10("8302741956"))

pos("chat", "hr", """[18:11] Petra: tko vodi Zrinku na trening?
[18:12] Tomislav: ja, daj mi adresu dvorane i njihove kuće
[18:13] Petra: [[A|Vukovarska 58, Osijek]]
[18:13] Tomislav: hvala petra""".replace("Petra:", "[[N|Petra]]:").replace("Zrinku", "[[N|Zrinku]]").replace("Tomislav:", "[[N|Tomislav]]:").replace("hvala petra", "hvala [[N|petra]]"))

neg("prose", "hr", """Marko Polo, prema predaji, rođen je 1254. godine na Korčuli. Kuća Marka Pola u gradu Korčuli
danas je muzej. Ulica Marka Pola nalazi se u mnogim hrvatskim gradovima.""")

neg("doc", "hr", """CJENIK - Nacionalni park Plitvička jezera
Odrasli (lipanj-rujan) ........ 40,00 EUR
Djeca 7-18 god. ............... 15,00 EUR
Radno vrijeme: 7:00-20:00
Informacije: info@np-plitvicka-jezera.hr""")

# ================================================================ Bulgarian
pos("form", "bg", """ЗАЯВЛЕНИЕ
Име, презиме, фамилия: [[N|Мария Иванова Георгиева]]
ЕГН: [[ID|<<eg>>]]
Дата на раждане: [[D|21.11.1986 г.]]
Адрес: [[A|гр. София, ж.к. Младост 1, бл. 42, вх. Б, ет. 6, ап. 37]]
Телефон: [[P|0888 412 730]]""", eg=egn("861121473"))

pos("letter", "bg", """До г-н [[N|Стоян Петков]]
[[A|ул. „Гладстон“ № 18, ет. 2]]
[[A|гр. Пловдив 4000]]

Уважаеми господин [[N|Петков]],
Уведомяваме Ви, че заявлението Ви е одобрено.
С уважение,
[[N|Десислава Николова]]""")

neg("prose", "bg", """Христо Ботев е роден на 6 януари 1848 г. в Калофер. Паметникът му във Враца е символ на града.
Булевард „Христо Ботев“ в София е една от най-натоварените улици.""")

neg("doc", "bg", """РАЗПИСАНИЕ - Метро София, линия М2
Обеля - Витоша   първи влак 05:00   последен 00:00
Интервал в пиков час: 4 мин.
Информация: 0700 12 122""")

# ================================================================ Slovenian
pos("form", "sl", """PRIJAVNICA
Ime in priimek: [[N|Nina Kranjc]]
EMŠO: [[ID|<<em>>]]
Datum rojstva: [[D|4. 2. 1997]]
Naslov: [[A|Trubarjeva cesta 41, 1000 Ljubljana]]
Telefon: [[P|041 822 315]]""", em=emso("040299750512"))

pos("chat", "sl", """[19:30] Jure: kje se dobimo v soboto?
[19:31] Maja: pri Tini, [[A|Partizanska cesta 17, Maribor]]
[19:31] Jure: super, hvala maja""".replace("Jure:", "[[N|Jure]]:").replace("Maja:", "[[N|Maja]]:").replace("pri Tini", "pri [[N|Tini]]").replace("hvala maja", "hvala [[N|maja]]"))

neg("doc", "sl", """CENIK - Blejski grad
Odrasli ............ 17,00 EUR
Otroci ............. 8,50 EUR
Odprto vsak dan 8:00-20:00
Informacije: info@blejski-grad.si""")

neg("prose", "sl", """France Prešeren se je rodil 3. decembra 1800 v Vrbi. Njegov spomenik stoji na Prešernovem trgu
v Ljubljani. Prešernov dan, 8. februar, je slovenski kulturni praznik.""")

# ================================================================ Icelandic
pos("form", "is", """UMSÓKN UM BÓKASAFNSSKÍRTEINI
Nafn: [[N|Guðrún Sigurðardóttir]]
Kennitala: [[ID|<<kt>>]]
Heimilisfang: [[A|Laugavegur 58, 101 Reykjavík]]
Sími: [[P|+354 862 4417]]
Netfang: [[E|gudrun.sig@simnet.is]]""", kt=kennitala("120389", "27"))

pos("letter", "is", """[[N|Jón Einarsson]]
[[A|Hafnarstræti 94]]
[[A|600 Akureyri]]

Kæri [[N|Jón]],
umsókn þín hefur verið samþykkt.
Kveðja,
[[N|Helga Ólafsdóttir]]""")

neg("prose", "is", """Vigdís Finnbogadóttir fæddist í Reykjavík 15. apríl 1930. Hún var fyrsta konan í heiminum sem
var kjörin forseti í lýðræðislegum kosningum. Hallgrímskirkja stendur efst á Skólavörðuholti.""")

neg("doc", "is", """Strætó - leið 1, Hlemmur - Hafnarfjörður
Hlemmur          06:45  07:15  07:45
Fjörður          07:21  07:51  08:21
Þjónustuver: 540 2700""")

# ================================================================ Catalan
pos("form", "ca", """SOL·LICITUD D'INSCRIPCIÓ
Nom i cognoms: [[N|Jordi Puigdemont i Serra]]
DNI: [[ID|<<dn>>]]
Data de naixement: [[D|7 de setembre de 1983]]
Adreça: [[A|Carrer de Provença, 318, 4t 2a, 08037 Barcelona]]
Telèfon: [[P|+34 639 410 227]]""".replace("Jordi Puigdemont i Serra", "Jordi Pujolràs i Serra"), dn=dni("39871254"))

pos("chat", "ca", """[21:02] Laia: on quedem dissabte?
[21:03] Pau: a casa de la Núria, [[A|Carrer Major 14, 3r, Girona]]
[21:03] Laia: perfecte, gràcies pau""".replace("Laia:", "[[N|Laia]]:").replace("Pau:", "[[N|Pau]]:").replace("de la Núria", "de la [[N|Núria]]").replace("gràcies pau", "gràcies [[N|pau]]"))

neg("prose", "ca", """Antoni Gaudí va néixer el 25 de juny de 1852 a Reus. La Sagrada Família, al carrer de Mallorca
de Barcelona, continua en construcció. El Passeig de Gràcia acull la Casa Batlló i la Pedrera.""")

neg("doc", "ca", """HORARIS - Rodalies R2 Nord, Aeroport - Barcelona Sants
Aeroport        05:42  06:08  06:38
El Prat         05:47  06:13  06:43
Barcelona Sants 06:01  06:27  06:57
Informació: 900 41 00 41""")

# ================================================================ Afrikaans
pos("form", "af", """AANSOEKVORM - LIDMAATSKAP
Naam en van: [[N|Annelie van Wyk]]
ID-nommer: [[ID|<<za>>]]
Geboortedatum: [[D|14 Mei 1990]]
Adres: [[A|Kerkstraat 27, Stellenbosch, 7600]]
Selfoon: [[P|082 417 3390]]""", za=za_id("900514014508"))

pos("letter", "af", """Mnr. [[N|Pieter Coetzee]]
[[A|Posbus 1182]]
[[A|Bloemfontein 9300]]

Geagte mnr. [[N|Coetzee]]
U rekening is tot datum betaal.
Vriendelike groete
[[N|Elmarie Botha]]""")

neg("prose", "af", """Nelson Mandela is op 18 Julie 1918 in Mvezo gebore. Die Nelson Mandela-brug in Johannesburg en
Mandela-plein in Sandton is na hom vernoem. Hy was van 1994 tot 1999 president van Suid-Afrika.""")

# ================================================================ Tamil
pos("form", "ta", """விண்ணப்பப் படிவம்
பெயர்: [[N|செல்வி கார்த்திகேயன்]]
பிறந்த தேதி: [[D|05-06-1992]]
ஆதார் எண்: [[ID|<<ad>>]]
முகவரி: [[A|12, பாரதி தெரு, தி. நகர், சென்னை 600017]]
கைபேசி: [[P|+91 94440 18273]]""", ad=aadhaar("71842093365"))

pos("chat", "ta", """[20:10] அருண்: நாளை எங்கே சந்திக்கலாம்?
[20:11] பிரியா: கவிதாவின் வீட்டில், [[A|45, காமராஜர் சாலை, மதுரை]]
[20:11] அருண்: சரி பிரியா, நன்றி""".replace("அருண்:", "[[N|அருண்]]:").replace("பிரியா:", "[[N|பிரியா]]:").replace("கவிதாவின்", "[[N|கவிதாவின்]]").replace("சரி பிரியா", "சரி [[N|பிரியா]]"))

neg("prose", "ta", """சுப்பிரமணிய பாரதி 1882 டிசம்பர் 11 அன்று எட்டயபுரத்தில் பிறந்தார். சென்னை திருவல்லிக்கேணியில்
உள்ள பாரதியார் இல்லம் இன்று நினைவகமாக உள்ளது. பாரதி சாலை பல நகரங்களில் உள்ளது.""")
# ================================================================ address-dense records (many languages)
pos("report", "en", """METER READING ROUTE 14B - NORTH LEEDS                       Reader: [[N|G. Oduya]]
Seq  Meter ID     Property                                     Last read   Access notes
01   E14B-22817   [[A|3 Stainbeck Gardens, Leeds LS7 2PT]]              18204       key safe 4471
02   E14B-22818   [[A|Flat 6, 41 Harrogate Road, Leeds LS7 3PD]]        09117       ring flat 6
03   E14B-22821   [[A|112 Scott Hall Avenue, Leeds LS7 2HN]]            30552       dog in garden
04   E14B-22830   [[A|7 Potternewton Mount, Leeds LS7 2DR]]             11840       meter in cellar
05   E14B-22834   [[A|The Laurels, 19 Allerton Park, Leeds LS7 4ND]]    27733       side gate""")

pos("csv", "en", """account_id,old_address,new_address,changed_on
AC-55101,"[[A|14 Birch Lane, Garforth, Leeds LS25 1AB]]","[[A|Apartment 22, Granary Wharf, 1 Dock Street, Leeds LS10 1NB]]",2024-05-02
AC-55117,"[[A|88 Church Street, Whitby YO22 4AE]]","[[A|2 Abbey Terrace, Scarborough YO11 2HB]]",2024-05-09
AC-55123,"[[A|PO Box 3390, Douglas IM99 1DF]]","[[A|Ballakilley Farm, Colby IM9 4AP]]",2024-05-14
AC-55140,"[[A|9/3 Marchmont Crescent, Edinburgh EH9 1HN]]","[[A|Cottage 2, Mains of Dalvey, Forres IV36 2SN]]",2024-05-20""")

pos("report", "de", """ZUSTELLLISTE Tour 7 - Bezirk Köln-Ehrenfeld                        Datum: 12.06.2024
Nr.  Sendung           Anschrift                                        Hinweis
1    JJD01460000381    [[A|Venloer Str. 389, 50825 Köln]]                       Ablageort Garage
2    JJD01460000392    [[A|Subbelrather Str. 211, Hinterhaus, 50823 Köln]]       bei Nachbar
3    JJD01460000401    [[A|Simrockstraße 4, 3. OG links, 50823 Köln]]            —
4    JJD01460000417    [[A|Vogelsanger Str. 48a, 50823 Köln]]                    Paketkasten
5    JJD01460000428    [[A|Gutenbergstraße 120, 50823 Köln]]                     —
Fahrer: [[N|Dragan Ilić]]""")

pos("letter", "de", """Absender: Familie [[N|Brückner]], [[A|Im Wiesengrund 7, 74354 Besigheim]]

[[N|Frau Liselotte Hägele]]
[[A|Seniorenresidenz am Park, App. 214]]
[[A|Uhlandstraße 33]]
[[A|71638 Ludwigsburg]]

Liebe Tante Lilo, anbei die Fotos vom Fest!""".replace("[[N|Frau Liselotte Hägele]]", "Frau [[N|Liselotte Hägele]]").replace("Tante Lilo", "Tante [[N|Lilo]]"))

pos("report", "fr", """TOURNÉE DE SOINS À DOMICILE - Infirmière : [[N|Solène Marquet]] - mardi 11 juin
08h00  [[A|12, allée des Peupliers, 37000 Tours]]             pansement
08h40  [[A|Résidence Beaulieu, appt 31, 5 rue Nationale, 37000 Tours]]   injection
09h30  [[A|La Petite Métairie, 37510 Savonnières]]                prise de sang
10h15  [[A|3 bis, impasse du Lavoir, 37300 Joué-lès-Tours]]         toilette
Code portail n° 3 : 4812B""")

pos("csv", "es", """referencia;direccion_suministro;cups;lectura_kwh
SUM-0091;[[A|C/ San Vicente Mártir 188, pta. 12, 46007 Valencia]];ES0021000012345678AB;4410
SUM-0092;[[A|Avda. del Puerto 47, esc. B, 3º D, 46023 Valencia]];ES0021000012345690KL;2987
SUM-0093;[[A|Partida Els Alters 19, 03700 Dénia]];ES0021000012345702MN;7125
SUM-0094;[[A|Urb. Los Pinos, parcela 44, 12579 Alcossebre]];ES0021000012345715PQ;1090""")

pos("report", "it", """CONSEGNE DEL GIORNO - Corriere [[N|Gianluca Ferraro]] - 12/06/2024
1) [[A|Via Roma 14, scala C, int. 9, 20121 Milano]]          pacco 2/3
2) [[A|Viale Monza 301, 20126 Milano]]                       ritiro reso
3) [[A|Corso di Porta Ticinese 88, 20123 Milano]]           contrassegno 54,90 €
4) [[A|Via Padova 172, 20127 Milano]]                         citofono guasto, chiamare
5) [[A|Piazzale Lagosta 3, 20159 Milano]]                      consegna al portiere""")

pos("csv", "nl", """huisbezoek;adres;tijd;opmerking
HB-01;[[A|Kerkstraat 18, 2611 GX Delft]];09:00;sleutelkluis
HB-02;[[A|Van Beethovenlaan 212, 2625 RD Delft]];09:45;
HB-03;[[A|Papsouwselaan 71, 2624 AP Delft]];10:30;hond
HB-04;[[A|Oude Delft 160-D, 2611 HL Delft]];11:15;achterom""")

pos("report", "pl", """LISTA ODCZYTÓW WODOMIERZY - os. Widok, Wrocław
Lokal                                           Nr wodomierza   Stan (m³)
[[A|ul. Grabiszyńska 140/5, 53-439 Wrocław]]            WM-771203       188,4
[[A|ul. Grabiszyńska 140/6, 53-439 Wrocław]]            WM-771204       201,9
[[A|ul. Inżynierska 12 m. 3, 53-228 Wrocław]]           WM-771230       95,0
[[A|ul. Hallera 61/14, 53-325 Wrocław]]                 WM-771311       143,7
Odczytał: [[N|Zbigniew Mazur]]""")

pos("report", "ja", """配達ルート表（6月12日・午前便）担当：[[N|木村 拓也]]
No.  お届け先                                      伝票番号
1    [[A|東京都世田谷区三軒茶屋2-14-7 コーポ三茶201]]     4418-2290-3301
2    [[A|東京都世田谷区太子堂4-1-12]]                    4418-2290-3315
3    [[A|東京都目黒区中目黒3-6-2 グランビュー中目黒805]]  4418-2290-3329
4    [[A|東京都渋谷区恵比寿南1-8-14 リバーサイド恵比寿3F]] 4418-2290-3332""")

pos("csv", "pt-BR", """id,endereco,bairro,cidade,uf,cep
1,"[[A|Rua Domingos de Morais, 2187, apto 81]]",Vila Mariana,São Paulo,SP,04035-000
2,"[[A|Av. Nossa Senhora de Copacabana, 680, sala 1102]]",Copacabana,Rio de Janeiro,RJ,22050-001
3,"[[A|Travessa Padre Eutíquio, 1230]]",Batista Campos,Belém,PA,66023-710
4,"[[A|Rua Quinze de Novembro, 455, casa 3]]",Centro,Blumenau,SC,89010-001""")

pos("report", "sv", """HEMTJÄNST - Besökslista tisdag, Team Söder  (ansvarig: [[N|Malin Forsberg]])
07:30  [[A|Ringvägen 112, 3 tr, 118 60 Stockholm]]
08:15  [[A|Katarina Bangata 54, lgh 1203, 116 39 Stockholm]]
09:00  [[A|Götgatan 78, 118 30 Stockholm]]
09:45  [[A|Hammarby allé 41, 120 61 Stockholm]]
Nyckelkod porten Götgatan: 2290""")

pos("report", "cs", """SEZNAM ODBĚRNÝCH MÍST - Plzeň
EAN                  Adresa                                   Stav (kWh)
859182400100412831   [[A|Klatovská třída 112, 301 00 Plzeň]]          18 442
859182400100412848   [[A|Sladkovského 27, 326 00 Plzeň]]              7 031
859182400100412855   [[A|Na Roudné 9, 301 00 Plzeň]]                  12 995""")

pos("csv", "tr", """siparis_no;teslimat_adresi;ilce;il
TR-88101;[[A|Moda Cad. No: 41 D: 3]];Kadıköy;İstanbul
TR-88102;[[A|Kızılırmak Mah. 1450. Sok. No: 7/12]];Çankaya;Ankara
TR-88103;[[A|Cumhuriyet Bulvarı No: 118 Kat: 4]];Konak;İzmir
TR-88104;[[A|Lara Cad. Güzeloba Mah. 2214 Sok. No: 9]];Muratpaşa;Antalya""")

pos("report", "ru", """МАРШРУТНЫЙ ЛИСТ КУРЬЕРА № 118 — [[N|Алексеев С.]]
1. [[A|ул. Малая Садовая, д. 3, кв. 14]] — 10:00–12:00
2. [[A|Невский пр., д. 112, кв. 51]] — 10:30–13:00
3. [[A|наб. реки Фонтанки, д. 40, кв. 7]] — 12:00–14:00
4. [[A|ул. Рубинштейна, д. 29, кв. 3]] — 14:00–16:00
Город: Санкт-Петербург. Диспетчер: 8-800-100-22-33""")

pos("report", "ko", """방문 일정표 (6/12) — 설치기사 [[N|박준영]]
09:00  [[A|서울특별시 송파구 올림픽로 435, 112동 1801호]]   인터넷 설치
11:00  [[A|서울특별시 강동구 천호대로 1017, 3층]]          공유기 교체
14:00  [[A|경기도 하남시 미사강변대로 95, 905동 603호]]      IPTV 설치
고객센터: 1588-0010""")

pos("report", "ar", """قائمة التوصيل - المندوب: [[N|طارق الزعبي]]
١) [[A|شارع الملك فهد، حي العليا، فيلا ٢٢، الرياض]]
٢) [[A|حي الملقا، شارع أنس بن مالك، عمارة ٧، شقة ١٤، الرياض]]
٣) [[A|حي الروضة، شارع خالد بن الوليد، منزل ٥٨، الرياض]]
خدمة العملاء: 920000000""")

pos("report", "id", """DAFTAR KUNJUNGAN PETUGAS PLN - Rabu 12 Juni
1. [[A|Jl. Dago Pojok No. 41, Coblong, Bandung 40135]]
2. [[A|Gg. Mawar II No. 8, RT 02/RW 09, Sukajadi, Bandung]]
3. [[A|Komplek Setiabudi Regency Blok F No. 14, Bandung]]
Petugas: [[N|Yusuf Maulana]]  Call center PLN: 123""")
# ================================================================ structured / technical, many languages
pos("log", "de", """Jun 12 06:58:11 fw01 kernel: [UFW BLOCK] IN=eth0 SRC=[[IP|91.64.118.203]] DST=[[IP|192.168.178.20]] PROTO=TCP DPT=22
Jun 12 06:58:40 fw01 dnsmasq-dhcp[611]: DHCPREQUEST(br0) [[IP|192.168.178.41]] [[MAC|b8:27:eb:5a:19:c4]]
Jun 12 06:58:40 fw01 dnsmasq-dhcp[611]: DHCPACK(br0) [[IP|192.168.178.41]] [[MAC|b8:27:eb:5a:19:c4]] wohnzimmer-pi
Jun 12 07:02:03 fw01 sshd[1520]: Accepted password for admin from [[IP|192.168.178.33]] port 51544 ssh2""")

neg("log", "de", """Jun 12 07:10:00 fw01 systemd[1]: Starting Daily apt upgrade and clean activities...
Jun 12 07:10:04 fw01 apt: upgraded openssl 3.0.13-1 -> 3.0.14-1
Jun 12 07:10:05 fw01 unbound: forward-zone "." -> 9.9.9.9, 1.1.1.1
Jun 12 07:10:06 fw01 kernel: eth0: link up, 1000 Mbps, full duplex, netmask 255.255.255.0""")

pos("json", "es", """{"evento": "pago_rechazado",
 "titular": "[[N|Esteban Aguirre Lozano]]",
 "tarjeta": "[[C|<<cc>>]]",
 "caducidad": "09/27",
 "ip_cliente": "[[IP|187.190.44.12]]",
 "direccion_facturacion": "[[A|Calle 5 de Mayo 214, Col. Centro, 06000 Ciudad de México, CDMX]]",
 "telefono": "[[P|+52 55 4187 2290]]"}""", cc=card("491761004428713"))

neg("json", "es", """{"evento": "pago_aprobado",
 "pedido": "MX-2024-0044187",
 "tarjeta": "**** **** **** 8713",
 "importe": 1499.00, "moneda": "MXN",
 "ip_cliente": "203.0.113.77",
 "version_api": "2.6.1"}""")

pos("sql", "fr", """-- dump partiel table abonnes (base prod) 2024-06-11
INSERT INTO abonnes (id, nom, prenom, naissance, adresse, cp, ville, iban) VALUES
(7701, '[[N|Lefebvre]]', '[[N|Clémence]]', '[[D|1982-05-14]]', '[[A|23 rue Victor-Hugo]]', '59000', 'Lille', '[[I|<<i1>>]]'),
(7702, '[[N|Ben Salah]]', '[[N|Karim]]', '[[D|1990-10-02]]', '[[A|Bât. C, 8 avenue Jean-Jaurès]]', '31000', 'Toulouse', '[[I|<<i2>>]]');""", i1=iban("FR", "16606000010004718392047"), i2=iban("FR", "10278022300002041183512"))

neg("sql", "fr", """-- statistiques de fréquentation par ville
SELECT ville, COUNT(*) AS abonnes, ROUND(AVG(age),1) AS age_moyen
FROM abonnes GROUP BY ville ORDER BY abonnes DESC;
-- ville     | abonnes | age_moyen
-- Paris     |   18204 |      41.3
-- Lyon      |    7710 |      39.8
-- Marseille |    6932 |      44.1""")

pos("xml", "pl", """<Pracownik>
  <Imie>[[N|Beata]]</Imie>
  <Nazwisko>[[N|Grabowska-Sikora]]</Nazwisko>
  <PESEL>[[ID|<<pe>>]]</PESEL>
  <Adres><Ulica>[[A|ul. Słowackiego 17/4]]</Ulica><Kod>35-060</Kod><Miasto>Rzeszów</Miasto></Adres>
  <Telefon>[[P|+48 17 852 41 90]]</Telefon>
  <Rachunek>[[I|<<ib>>]]</Rachunek>
</Pracownik>""", pe=pesel("780511", "448", 0), ib=iban("PL", "61102047950000890201844716"))

neg("xml", "pl", """<Urzad>
  <Nazwa>Urząd Skarbowy Rzeszów-Zachód</Nazwa>
  <Miasto>Rzeszów</Miasto>
  <Infolinia>22 330 03 30</Infolinia>
  <Email>kancelaria@us-rzeszow.example.pl</Email>
  <RachunekWzor>PL00 0000 0000 0000 0000 0000 0000</RachunekWzor>
</Urzad>""")

pos("hl7", "de", """MSH|^~\\&|KIS|KLINIKUM-NORD|LIS|LABOR|20240612081500||ADT^A01|K88120|P|2.5
PID|1||4471203^^^KLN^PI||[[N|Sauerbier]]^[[N|Friedhelm]]^^^^||[[D|19520317]]|M|||[[A|Lange Reihe 84]]^^Hamburg^^20099^D||[[P|040 2480 3317]]
NK1|1|[[N|Sauerbier]]^[[N|Gudrun]]|EHE||[[P|0171 882 4093]]
PV1|1|I|STAT3^214^2||||55180^[[N|Lindemann]]^[[N|Anke]]^^^Dr.""")

pos("vcard", "fr", """BEGIN:VCARD
VERSION:4.0
FN:[[N|Margaux Delacroix-Nguyen]]
N:[[N|Delacroix-Nguyen]];[[N|Margaux]];;;
ADR;TYPE=home:;;[[A|45 quai des Chartrons]];Bordeaux;;33000;France
TEL;TYPE=cell:[[P|+33 6 47 22 81 09]]
EMAIL:[[E|margaux.dn@laposte.net]]
BDAY:[[D|19880211]]
END:VCARD""")

neg("vcard", "de", """BEGIN:VCARD
VERSION:3.0
ORG:Stadtwerke Musterstadt GmbH
FN:Stadtwerke Musterstadt - Kundenservice
TEL;TYPE=WORK:0800 123 4500
EMAIL:kundenservice@stadtwerke-musterstadt.de
ADR;TYPE=WORK:;;;Musterstadt;;;Deutschland
END:VCARD""")

pos("config", "ja", """# config/database.yml（本番）— 担当: [[N|渡辺]]
production:
  adapter: mysql2
  host: [[IP|172.20.4.15]]
  username: shop_app
  password: "[[K|Kz7#mQ2pL9vR]]"
  url: "[[U|mysql2://shop_app:Kz7#mQ2pL9vR@172.20.4.15:3306/shop]]\"""")

neg("config", "ja", """# config/database.yml（サンプル）
production:
  adapter: mysql2
  host: <%= ENV["DB_HOST"] %>
  username: <%= ENV["DB_USER"] %>
  password: <%= ENV["DB_PASSWORD"] %>
  # 例: mysql2://user:password@localhost:3306/shop""")

pos("shell", "pt-BR", """$ psql "[[U|postgresql://financeiro:V3nd4s-2024!@10.0.8.21:5432/erp]]"
$ export SENDGRID_API_KEY=[[K|SG.h7Kq2LmZT0aR9wXy4BcV1e.Qp8Nd3Fs6Gj0Hk2Lm5Zx9Cv7Bn1Mq4Wr8Ty3Ui6Op]]
$ scp relatorio.csv [[N|joao]]@[[IP|10.0.8.44]]:/home/joao/
$ curl -u '[[K|integ_loja:Lj!2024#xp]]' https://api.exemplo-erp.com.br/v2/pedidos""".replace("[[N|joao]]@", "joao@"))

neg("shell", "pt-BR", """$ git log --oneline -3
a1b2c3d Corrige cálculo de frete (v4.7.2)
9f8e7d6 Atualiza dependências
5c4b3a2 Merge pull request #1182 from equipe/release-4.7
$ docker pull postgres:16.3""")

pos("code", "ko", """# 테스트 데이터 — 실제 고객 정보 삭제 필요!! ([[N|이재훈]] 작성)
customer = {
    "name": "[[N|송민지]]",
    "rrn": "[[ID|<<rr>>]]",
    "phone": "[[P|010-6621-9043]]",
    "address": "[[A|서울특별시 강남구 테헤란로 152, 2304호]]",
    "card": "[[C|<<cc>>]]",
}""", rr=kr_rrn("910304234567"), cc=card("540926178830412"))

neg("code", "ko", """# 테스트 데이터 (가짜)
customer = {
    "name": "홍길동",
    "rrn": "000000-0000000",
    "phone": "010-0000-0000",
    "card": "4111-1111-1111-1111",
}""")

pos("html", "it", """<table class="ospiti">
  <tr><th>Ospite</th><th>Documento</th><th>Nato il</th><th>Residenza</th></tr>
  <tr><td>[[N|Rinaldi Tommaso]]</td><td>CI [[ID|CA41827DF]]</td><td>[[D|03/03/1979]]</td><td>[[A|Via Nazionale 58, 00184 Roma]]</td></tr>
  <tr><td>[[N|Rinaldi Sofia]]</td><td>CI [[ID|CA55102EK]]</td><td>[[D|22/12/1982]]</td><td>[[A|Via Nazionale 58, 00184 Roma]]</td></tr>
</table>""")

neg("html", "it", """<section id="contatti">
  <h2>Hotel Bellavista - Sorrento</h2>
  <p>Reception: +39 081 000 0000 &middot; <a href="mailto:prenotazioni@hotelbellavista.example.it">prenotazioni@hotelbellavista.example.it</a></p>
  <p>Check-in dalle 14:00, check-out entro le 11:00. Tassa di soggiorno 3,00 € a notte.</p>
</section>""")

pos("ticket", "nl", """Melding #SD-20931 — Wifi valt weg
Melder: [[N|Thijs Verbruggen]] ([[E|t.verbruggen@gemeente-voorbeeld.nl]]), tel. [[P|030 286 4417]]
Thuiswerkplek: [[A|Biltstraat 201, 3572 AN Utrecht]]
Laptop MAC [[MAC|D4-6D-6D-11-8A-F3]], publiek IP thuis [[IP|82.169.41.220]]
Behandelaar: [[N|Esra Yılmaz]]""")

neg("ticket", "nl", """Melding #SD-20944 — Storing e-mail
Betreft: alle gebruikers, Exchange Online
Oorzaak: Microsoft incident EX812345, opgelost om 11:20
Servicedesk: servicedesk@gemeente-voorbeeld.nl, intern 4000""")

pos("email", "pl", """Od: [[N|Wojciech Pawlak]] <[[E|w.pawlak@interia.pl]]>
Do: biuro@spoldzielnia-slowik.pl
Temat: zmiana adresu korespondencyjnego

Dzień dobry,
proszę o zmianę adresu korespondencyjnego z [[A|ul. Lipowa 4/12, 20-020 Lublin]]
na [[A|ul. Kraśnicka 88B m. 3, 20-718 Lublin]].
Pozdrawiam
[[N|Wojciech Pawlak]]
tel. [[P|604 118 227]]""")

pos("travel", "de", """BUCHUNGSBESTÄTIGUNG  Vorgang: DB-K8Q2ZX
Reisende: [[N|Ulrike Sandmann]], [[N|Felix Sandmann]] (Kind, geb. [[D|09.09.2017]])
BahnCard-Nr.: 7081 4101 2290 4471
Zahlung: Mastercard [[C|<<cc>>]]
Rechnungsadresse: [[A|Lindenallee 5, 14050 Berlin]]
ICE 1009  Berlin Hbf 07:29 → München Hbf 11:27""", cc=card("552287004418309"))

neg("travel", "fr", """CONFIRMATION DE RÉSERVATION - Hôtel Le Lutetia (Paris)
Référence : HL-2024-771920
Arrivée : 14/07/2024   Départ : 16/07/2024   Chambre : Deluxe, 2 adultes
Paiement : carte **** 1182 (garantie)
Réception : +33 1 00 00 00 00 - reservations@hotel-exemple.fr""")

pos("court", "de", """LANDGERICHT HANNOVER
Az.: 12 O 441/23
In dem Rechtsstreit
des Herrn [[N|Bernd Schwarzkopf]], [[A|Limmerstraße 112, 30451 Hannover]],
                                                            - Kläger -
Prozessbevollmächtigte: Rechtsanwältin [[N|Dr. Katrin Eilers]], Hannover
gegen
die Nordstern Versicherung AG, vertreten durch den Vorstand, Köln
                                                            - Beklagte -""".replace("[[N|Dr. Katrin Eilers]]", "Dr. [[N|Katrin Eilers]]"))

neg("court", "de", """BUNDESVERFASSUNGSGERICHT
- 1 BvR 2649/21 -
Beschluss vom 19. November 2021 (Bundesnotbremse I)
Vorsitzender: Präsident Harbarth; Richterinnen und Richter Baer, Britz, Ott, Christ, Radtke, Härtel, Wolff
Pressemitteilung Nr. 101/2021, Karlsruhe""")

pos("gov", "es", """CERTIFICADO DE EMPADRONAMIENTO
Ayuntamiento de Salamanca
Certifica que [[N|D.ª Inmaculada Herrero Sastre]], con DNI [[ID|<<dn>>]], nacida el [[D|2 de febrero de 1974]],
figura inscrita en el Padrón Municipal en el domicilio [[A|C/ Zamora 41, 2º A, 37002 Salamanca]]
junto con: [[N|Pablo Herrero Martín]] (hijo), nacido el [[D|18/06/2006]].""".replace("[[N|D.ª Inmaculada Herrero Sastre]]", "D.ª [[N|Inmaculada Herrero Sastre]]").replace("[[N|Pablo Herrero Martín]] (hijo)", "[[N|Pablo Herrero Sastre]] (hijo)"), dn=dni("07984412"))

neg("gov", "es", """BOLETÍN OFICIAL DEL ESTADO
Núm. 141   Martes 11 de junio de 2024   Sec. I. Pág. 66112
Real Decreto 544/2024, de 10 de junio, por el que se modifica el Reglamento General de Recaudación.
Felipe R.
El Ministro de Hacienda""")

pos("cv", "de", """LEBENSLAUF
[[N|Kerstin Oberhuber]]
[[A|Mariahilfer Straße 104/7]], [[A|1060 Wien]]
Tel.: [[P|+43 664 418 2297]]  ·  E-Mail: [[E|kerstin.oberhuber@gmx.at]]
Geboren am [[D|28. Juni 1992]] in Linz
Sozialversicherungsnummer: [[ID|<<sv>>]]
2019-heute  Projektmanagerin, Wiener Linien""".replace("[[A|Mariahilfer Straße 104/7]], [[A|1060 Wien]]", "[[A|Mariahilfer Straße 104/7, 1060 Wien]]"), sv=at_svnr("128", "280692"))

pos("cv", "fr", """CURRICULUM VITAE
[[N|Yannick Ekotto-Bassong]]
[[A|Rue du Marché 31, 1204 Genève]]
[[P|+41 79 418 22 07]] | [[E|y.ekotto@bluewin.ch]]
Né le [[D|06.04.1987]] à Douala
N° AVS : [[ID|<<av>>]]
Expérience : 2016-2024 Analyste crédit, Banque Cantonale, Genève""", av=ahv("756441827930"))

pos("note", "fr", """Note de vérification - appel du 11/06 à 10h12
L'appelante dit être [[N|Mme Rolande Bichet]], née le [[D|3 mars 1951]].
Adresse confirmée : [[A|Le Clos des Vignes, 71150 Chagny]].
Nouveau numéro fixe : [[P|03 85 87 41 22]]. Agent : [[N|Kévin]].""".replace("[[N|Mme Rolande Bichet]]", "Mme [[N|Rolande Bichet]]"))

neg("note", "es", """Nota interna - llamada 11/06 12:40
Cliente no identificado; no facilita DNI ni fecha de nacimiento.
No se realizan cambios. Se le remite a la oficina más cercana.
Ref. NOTA-2024-06-11-0047""")

pos("receipt", "ja", """コンビニ ファミリーマート 渋谷道玄坂店
2024/06/12 08:41  レジ2  担当：[[N|グエン]]
おにぎり 鮭 .......... ¥160
お茶 500ml .......... ¥140
合計 ................ ¥300
クレジット [[C|<<cc>>]] 一括""", cc=card("356600202047188"))

neg("receipt", "de", """BÄCKEREI KAMPS - Düsseldorf Hbf
12.06.2024 07:12  Kasse 1  Bon 4471
Laugenbrezel        1,20
Kaffee groß         2,90
SUMME EUR           4,10
girocard ****4471   Beleg-Nr. 0882
USt-IdNr. DE811111111""")

pos("invoice", "fi", """LASKU nro 2024-0917
Asiakas: [[N|Kaisa Lehtonen]]
[[A|Rautatienkatu 16 B 9]]
[[A|33100 Tampere]]
Palvelu                       Määrä   Hinta
Kotisiivous 3 h                 1    105,00
Viitenumero 11 22339  Eräpäivä 26.06.2024
Maksu tilille: Siivouspalvelu Puhdas Oy, Tampere""")

neg("invoice", "sv", """FAKTURA 2024-1182
Kund: Bostadsrättsföreningen Eken, Umeå
Avser: Trappstädning maj 2024
Belopp exkl. moms: 4 800,00 kr   Moms 25 %: 1 200,00 kr
Bankgiro: 5050-1055   OCR: 1182202406
Städbolaget Norrland AB, org.nr 556677-8899""")

pos("medical", "ko", """의뢰서
환자: [[N|배수진]] (여, [[D|1978-11-23]])
주민등록번호: [[ID|<<rr>>]]
주소: [[A|경상남도 창원시 성산구 중앙대로 151, 1103호]]
의뢰 사유: 갑상선 결절 정밀검사
의뢰의: [[N|문태식]]  연락처 [[P|055-212-4417]]""", rr=kr_rrn("781123245678"))

pos("chat", "en", """#it-help (Slack)
Rosa Delgado  10:02 AM
  my laptop can't reach the printer, it says 172.16.40.18 unreachable
Deshawn Pike  10:04 AM
  @rosa what's your IP? run ipconfig
Rosa Delgado  10:05 AM
  172.16.41.203, mac 64:4B:F0:12:9E:3A
Deshawn Pike  10:06 AM
  thanks rosa, the printer VLAN is down, fixing""".replace("Rosa Delgado  ", "[[N|Rosa Delgado]]  ").replace("Deshawn Pike  ", "[[N|Deshawn Pike]]  ").replace("172.16.40.18", "[[IP|172.16.40.18]]").replace("172.16.41.203", "[[IP|172.16.41.203]]").replace("64:4B:F0:12:9E:3A", "[[MAC|64:4B:F0:12:9E:3A]]").replace("thanks rosa", "thanks [[N|rosa]]"))
# ================================================================ more records, addresses and US ids
pos("form", "en", """RENTAL APPLICATION - MAPLEWOOD PROPERTY MANAGEMENT
Applicant: [[N|Tamika R. Holloway]]        SSN: [[S|<<s1>>]]      DOB: [[D|11/02/1989]]
Current address:  [[A|2250 N. Halsted St, Apt 3R]]
                  [[A|Chicago, IL 60614]]
Previous address: [[A|418 E. Mifflin St]]
                  [[A|Madison, WI 53703]]
Co-applicant: [[N|Jerome Holloway]]        SSN: [[S|<<s2>>]]
Employer: Northwestern Memorial Hospital, Chicago""", s1="461-83-2290", s2="389 14 7726")

pos("hr", "en", """I-9 / PAYROLL SETUP - NEW HIRE
Name (Last, First, MI): [[N|Nakamura-Ellis, Dana K.]]
Social Security Number: [[S|<<ss>>]]
Date of Birth: [[D|1996-07-19]]
Home address: [[A|1187 Pine Hollow Road]], [[A|Asheville, NC 28806]]
Direct deposit: routing 053000196, account 4471029183
Mobile: [[P|(828) 555-0142]]""".replace("[[A|1187 Pine Hollow Road]], [[A|Asheville, NC 28806]]", "[[A|1187 Pine Hollow Road, Asheville, NC 28806]]"), ss="247508813")

neg("hr", "en", """PAYROLL CALENDAR 2024 - BI-WEEKLY
Pay period          Pay date       Timesheet due
Jun 02 - Jun 15     Jun 21         Jun 17, 10:00 CT
Jun 16 - Jun 29     Jul 05         Jul 01, 10:00 CT
Jun 30 - Jul 13     Jul 19         Jul 15, 10:00 CT
Questions: payroll@maplewood-pm.com | W-2 reprints via the HR portal""")

pos("letter", "en", """[[N|Brigid Ó Súilleabháin]]
[[A|Ballyferriter West]]
[[A|Dingle]]
[[A|Co. Kerry V92 X4T2]]

[[N|Mr. Padraig Nic Gearailt]]
[[A|12 Strand Street]]
[[A|Tralee, Co. Kerry V92 HT26]]

Dear Padraig,
Thank you for the loan of the boat trailer. I'll return it by Friday.
Kind regards, [[N|Brigid]]""".replace("[[N|Mr. Padraig Nic Gearailt]]", "Mr. [[N|Padraig Mac Gearailt]]").replace("Dear Padraig", "Dear [[N|Padraig]]"))

pos("csv", "en", """"Student ID","Student","Guardian","Guardian phone","Home address","Bus stop"
"S-44120","[[N|Okoye, Chiamaka]]","[[N|Okoye, Ifeanyi]]","[[P|(713) 555-0121]]","[[A|5519 Kiam St, Houston, TX 77007]]","Kiam & Shepherd"
"S-44121","[[N|Tran, Bao Ngoc]]","[[N|Le, Thi Hoa]]","[[P|(713) 555-0184]]","[[A|1420 Hollister Rd Apt 210, Houston, TX 77080]]","Hollister & Clay"
"S-44122","[[N|Gutiérrez, Mateo]]","[[N|Gutiérrez, Ana Sofía]]","[[P|(832) 555-0117]]","[[A|802 Lamonte Ln, Houston, TX 77018]]","W 43rd & Ella"
"S-44123","[[N|Abiodun, Tolu]]","[[N|Abiodun, Kemi]]","[[P|(281) 555-0162]]","[[A|15603 Ashford Park Dr, Houston, TX 77082]]","Ashford Park" """)

neg("csv", "en", """route,stop_name,lat,lon,first_bus,last_bus
11,Kiam & Shepherd,29.7712,-95.4113,06:12,18:44
11,Hollister & Clay,29.7901,-95.5218,06:25,18:57
26,W 43rd & Ella,29.8298,-95.4301,06:08,19:10
26,Ashford Park,29.7310,-95.6094,06:31,19:33""")

pos("email", "en", """From: [[N|Rahul Bhattacharya]] <[[E|rahul.b@bhattacharya-family.net]]>
To: [[E|shreya.iyer.92@gmail.com]]
Subject: wedding RSVP list - addresses for the invites

Shreya, here are the ones still missing:
- [[N|Uncle Subir]] & [[N|Aunt Mita]]: [[A|27 Lansdowne Road, Kolkata 700026]]
- [[N|Farah]] and [[N|Imtiaz Sheikh]]: [[A|Flat 1204, Vasant Apartments, Juhu Tara Road, Mumbai 400049]]
- [[N|Debjani]]: [[A|4 Ridgeway Drive, Edison, NJ 08820]], USA
- [[N|Kavya Raman]]: [[A|#301, 14th Cross, Indiranagar, Bengaluru 560038]]
Rahul""".replace("[[N|Uncle Subir]]", "Uncle [[N|Subir]]").replace("[[N|Aunt Mita]]", "Aunt [[N|Mita]]").replace("Shreya, here", "[[N|Shreya]], here").replace("\nRahul", "\n[[N|Rahul]]"))

neg("email", "en", """From: events@grandpalacebanquets.example.com
Subject: Your booking GPB-2024-1182 is confirmed

Hall: Crystal Ballroom, Grand Palace Banquets, Edison
Date: Saturday 14 December 2024, 18:00-23:30
Deposit received: $2,500.00 (card ending 0917)
Questions: call our events desk on 1-800-555-0148""")

pos("ticket", "en", """JIRA SEC-3318: Leaked credentials in public gist
Reporter: [[N|Ines Carvalho]]
Found in gist by user "devtomk": 
  DB_URL=[[U|mysql://tomk:Qa9zWe4!rT@35.178.41.220:3306/payroll]]
  SLACK_WEBHOOK=[[K|https://hooks.slack.com/services/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]]
  OPENAI_API_KEY=[[K|sk-proj-Xq7Lm2Nz9Rk4Pw8Tv1Ys6Hb3Cd5Fg0Jh2Ka8Mn4Qr7]]
Action: rotated by [[N|Tom Kerrigan]] at 14:20, gist deleted. Host [[IP|35.178.41.220]] firewall tightened.""")

neg("ticket", "en", """JIRA SEC-3320: Secret scanner false positives
The scanner flags these documented examples - please allowlist:
  AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY (AWS docs)
  ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx (placeholder)
  https://user:password@example.com/ (RFC 3986 example)
  sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709 (empty string)""")

pos("medical", "en", """HOME VISIT LIST - COMMUNITY NURSING, TUES 11 JUNE          Nurse: [[N|Abimbola Fashola]]
09:00  [[N|Mr D. Pritchard]]     [[A|4 Church View, Llanrug, Caernarfon LL55 4AD]]      leg ulcer dressing
09:45  [[N|Mrs E. Vaughan]]      [[A|Tŷ Gwyn, Ffordd yr Orsaf, Llanberis LL55 4UB]]     insulin
10:40  [[N|Mr R. Jones]]         [[A|Flat 2, Bryn Eithin, Bangor LL57 2SY]]              catheter change
11:30  [[N|Miss G. Hughes]]      [[A|17 Penrhos Road, Bangor LL57 2LU]]                  B12 injection
Key safe codes held by office.""".replace("[[N|Mr D. Pritchard]]", "Mr [[N|D. Pritchard]]").replace("[[N|Mrs E. Vaughan]]", "Mrs [[N|E. Vaughan]]").replace("[[N|Mr R. Jones]]", "Mr [[N|R. Jones]]").replace("[[N|Miss G. Hughes]]", "Miss [[N|G. Hughes]]"))

neg("medical", "en", """CLINIC TIMETABLE - YSBYTY GWYNEDD OUTPATIENTS
Clinic             Day        Time          Room
Diabetes           Monday     09:00-12:30   OPD 4
Cardiology         Tuesday    13:30-17:00   OPD 2
Dermatology        Thursday   09:00-12:00   OPD 7
Appointments: 03000 84 84 84 (central booking line)""")

pos("gov", "fr", """EXTRAIT D'ACTE DE NAISSANCE
Mairie de Rennes - Acte n° 1182
Le [[D|vingt-trois avril deux mille dix-neuf]], à 04 h 12, est né(e) à Rennes :
[[N|Lou-Anne Marie Le Goff]], de sexe féminin,
de [[N|Erwan Le Goff]], né le [[D|2 mai 1988]] à Brest,
et de [[N|Maëlys Tanguy]], née le [[D|17 août 1990]] à Vannes,
domiciliés [[A|18, rue de Saint-Malo, 35000 Rennes]].""")

neg("gov", "fr", """MAIRIE DE RENNES - ÉTAT CIVIL
Horaires : lundi-vendredi 8h30-17h, samedi 9h-12h (mariages uniquement)
Demande d'acte en ligne : service-public.fr (gratuit)
Délai moyen de délivrance : 5 jours ouvrés
Accueil : Hôtel de Ville, place de la Mairie - 02 23 62 10 10""")

pos("gov", "pl", """ODPIS SKRÓCONY AKTU URODZENIA
Urząd Stanu Cywilnego w Poznaniu
Nazwisko: [[N|Kaczmarczyk]]     Imię (imiona): [[N|Julia Maria]]
Data urodzenia: [[D|dwudziesty pierwszy marca dwa tysiące osiemnastego roku]]
Miejsce urodzenia: Poznań
Dane ojca: [[N|Łukasz Kaczmarczyk]]     Dane matki: [[N|Natalia Kaczmarczyk]] z d. [[N|Borowiec]]
PESEL dziecka: [[ID|<<pe>>]]""", pe=pesel("183221", "006", 4))

pos("gov", "ja", """住民票の写し
氏名　　　　[[N|松本 陽菜]]
生年月日　　[[D|令和2年8月19日]]
住所　　　　[[A|福岡県福岡市中央区大名2丁目4-30 大名ハイツ506]]
世帯主　　　[[N|松本 大輔]]
続柄　　　　子""")

neg("gov", "ja", """お知らせ（福岡市中央区役所）
マイナンバーカードの交付窓口は6月15日（土）も臨時開庁します。
受付時間：9:00〜17:00
場所：中央区役所 2階 市民課
問い合わせ：マイナンバー総合フリーダイヤル 0120-95-0178""")

pos("court", "it", """TRIBUNALE ORDINARIO DI FIRENZE - SEZIONE LAVORO
R.G. n. 1182/2024
RICORRENTE: [[N|Lorenzo Bartolini]], nato a Prato il [[D|12/09/1984]], C.F. [[ID|<<cf>>]],
residente in [[A|Via Pistoiese 221, 59100 Prato]], rappresentato dall'Avv. [[N|Chiara Pucci]]
RESISTENTE: Tessitura Medicea S.r.l., con sede in Prato""", cf=codice_fiscale("BRTLNZ84P12G999"))

neg("court", "it", """CORTE COSTITUZIONALE
Sentenza n. 242/2019 - Presidente Lattanzi, Redattore Cartabia e Modugno
Decisione del 25/09/2019, deposito del 22/11/2019
Oggetto: art. 580 del codice penale (aiuto al suicidio)""")

pos("court", "pt-PT", """TRIBUNAL JUDICIAL DA COMARCA DE LISBOA
Processo n.º 4418/24.1T8LSB
Autor: [[N|Joaquim Manuel Fonseca Rebelo]], NIF [[ID|<<nf>>]], residente na
[[A|Rua Morais Soares, 118, 2.º Dto., 1900-346 Lisboa]]
Ré: [[N|Sandra Cristina Vieira Rebelo]], residente na [[A|Travessa do Carmo, 7, 1.º, 1200-095 Lisboa]]""", nf=pt_nif("16204718"))

neg("court", "pt-BR", """SUPREMO TRIBUNAL FEDERAL
ADI 4277 / DF - Relator: Min. Ayres Britto
Julgamento: 05/05/2011 - Órgão julgador: Tribunal Pleno
Ementa: reconhecimento da união contínua, pública e duradoura entre pessoas do mesmo sexo.""")

pos("json", "zh", """{
  "orderId": "TB20240612884017",
  "buyer": {"name": "[[N|何文静]]", "mobile": "[[P|+86 177 0214 8830]]"},
  "shipping": {"province": "广东省", "city": "广州市", "detail": "[[A|天河区体育西路103号维多利广场B座2208]]"},
  "idCard": "[[ID|<<i1>>]]",
  "clientIp": "[[IP|113.108.47.92]]"
}""", i1=cn_id("44010619870305482"))

neg("json", "zh", """{
  "orderId": "TB20240612884020",
  "buyer": {"name": "张**", "mobile": "177****8830"},
  "shipping": {"province": "广东省", "city": "广州市", "detail": "天河区****"},
  "status": "已发货", "trackingNo": "SF1402238870031", "sdkVersion": "5.4.12"
}""")

pos("hr", "ru", """ПРИКАЗ № 118-к от 10.06.2024 О ПРИЁМЕ НА РАБОТУ
Принять [[N|Гусейнова Рустама Эльдаровича]] на должность инженера-программиста с 17.06.2024.
Паспорт [[ID|40 19 771204]], СНИЛС [[ID|<<sn>>]].
Адрес проживания: [[A|г. Санкт-Петербург, Лиговский пр., д. 44, кв. 302]].
Основание: заявление [[N|Гусейнова Р. Э.]] от 05.06.2024.
Директор [[N|Лебедев К. А.]]""", sn=snils("190344772"))

neg("hr", "ru", """ШТАТНОЕ РАСПИСАНИЕ (выписка) на 01.06.2024
Подразделение        Должность              Ставок   Оклад, руб.
Отдел разработки     Инженер-программист      6      145 000
Отдел разработки     Тестировщик              3      110 000
Бухгалтерия          Бухгалтер                2       95 000
Утверждено приказом № 101 от 20.05.2024""")

pos("sql", "tr", """INSERT INTO musteriler (ad, soyad, tckn, dogum_tarihi, adres, telefon) VALUES
('[[N|Gökhan]]', '[[N|Aydın]]', '[[ID|<<t1>>]]', '[[D|1982-04-09]]', '[[A|Kazım Dirik Mah. 372/2 Sok. No: 8, Bornova/İzmir]]', '[[P|+90 532 771 20 41]]'),
('[[N|Esra]]', '[[N|Şahin Koç]]', '[[ID|<<t2>>]]', '[[D|1994-12-30]]', '[[A|Hürriyet Cad. No: 61/4, Tepebaşı/Eskişehir]]', '[[P|+90 555 208 44 17]]');""", t1=tckn("412087356"), t2=tckn("287103459"))

neg("sql", "tr", """SELECT il, COUNT(*) AS musteri_sayisi FROM musteriler GROUP BY il ORDER BY 2 DESC LIMIT 3;
-- il        | musteri_sayisi
-- İstanbul  | 88120
-- Ankara    | 41207
-- İzmir     | 30118""")

pos("xml", "cs", """<Zamestnanec>
  <Jmeno>[[N|Radka]]</Jmeno><Prijmeni>[[N|Šťastná]]</Prijmeni>
  <RodneCislo>[[ID|<<rc>>]]</RodneCislo>
  <Bydliste>[[A|Palackého třída 14, 612 00 Brno]]</Bydliste>
  <Ucet>[[I|<<ib>>]]</Ucet>
</Zamestnanec>""", rc=rodne("905214", "318"), ib=iban("CZ", "08000000192000145399"))

neg("xml", "cs", """<Nemocnice>
  <Nazev>Fakultní nemocnice Brno</Nazev>
  <Mesto>Brno</Mesto>
  <Ustredna>532 231 111</Ustredna>
  <Pohotovost>155</Pohotovost>
</Nemocnice>""")

pos("log", "ru", """2024-06-12 11:20:04 auth: вход пользователя [[N|Ершова Марина]] (m.ershova) с [[IP|95.165.12.201]], устройство [[MAC|00-1A-2B-3C-4D-5E]]
2024-06-12 11:20:09 auth: смена пароля для m.ershova
2024-06-12 11:24:51 vpn: туннель для m.ershova поднят, внутренний адрес [[IP|10.77.3.19]]""")

neg("log", "ru", """2024-06-12 00:00:01 cron: ротация логов завершена (logrotate 3.21.0)
2024-06-12 00:05:00 ntp: синхронизация с ntp1.vniiftri.ru, смещение +0.003 с
2024-06-12 00:10:00 monitor: диск /var заполнен на 71 %""")

pos("email", "ro", """De la: [[N|Gabriela Stoica]] <[[E|gabi.stoica@yahoo.com]]>
Către: administratie@bloc-m7.ro
Subiect: Schimbare proprietar ap. 14

Bună ziua,
Vă anunț că am vândut apartamentul din [[A|Str. Fabricii nr. 7, bl. M7, sc. A, ap. 14, Cluj-Napoca]]
domnului [[N|Sorin Pop]]. Noua mea adresă este [[A|Calea Dorobanților 102, ap. 3, Cluj-Napoca]].
Telefon: [[P|0744 118 207]]""")

neg("doc", "ro", """ORAR - Trenuri Regio București Nord - Constanța
București Nord   06:10   08:40   14:30
Fetești          07:52   10:20   16:12
Constanța        09:05   11:31   17:25
Informații CFR Călători: 021 9521""")

pos("letter", "uk", """Від: [[N|Дмитренко Людмила Степанівна]]
[[A|вул. Соборна, 41, кв. 9, м. Полтава, 36011]]
До: Полтавської міської ради

ЗАЯВА
Прошу надати довідку про склад сім'ї. Зі мною проживають: син [[N|Дмитренко Ярослав]], [[D|2009]] р.н.,
та мати [[N|Гнатюк Ганна Петрівна]], [[D|15.01.1946]] р.н.""")

neg("prose", "uk", """Леся Українка (Лариса Косач) народилася 25 лютого 1871 року в Новограді-Волинському.
Її ім'ям названо бульвар у Києві, а пам'ятник поетесі стоїть на площі Лесі Українки.""")

pos("chat", "tr", """[10:05] Canan Erdem: arkadaşlar Kerem'in yeni adresi ne?
[10:06] Oğuz: [[A|Bahariye Cad. Nail Bey Sok. No: 21 D: 6, Kadıköy]]
[10:06] Canan Erdem: sağ ol oğuz
[10:08] Kerem Yalçın: yarın 8'de bekliyorum, kapı kodu 4417""".replace("Canan Erdem:", "[[N|Canan Erdem]]:").replace("Kerem'in", "[[N|Kerem]]'in").replace("Oğuz:", "[[N|Oğuz]]:").replace("sağ ol oğuz", "sağ ol [[N|oğuz]]").replace("Kerem Yalçın:", "[[N|Kerem Yalçın]]:"))

neg("chat", "tr", """[09:00] bot: Günlük satış raporu hazır (v2.3.1)
[09:00] bot: Toplam sipariş: 1 182, iade: 44
[09:01] bot: En çok satan ürün: Kahve Makinesi KM-300
[09:01] bot: Detay: https://rapor.sirket-ornek.com.tr/gunluk""")

pos("form", "vi", """TỜ KHAI ĐĂNG KÝ KẾT HÔN
Bên nam: [[N|Võ Minh Khang]]   Ngày sinh: [[D|14/02/1993]]   CCCD: [[ID|052093004471]]
Nơi cư trú: [[A|Số 27 đường Trần Phú, phường 4, TP. Vũng Tàu]]
Bên nữ: [[N|Huỳnh Ngọc Trâm]]   Ngày sinh: [[D|08/10/1996]]   CCCD: [[ID|077196001183]]
Nơi cư trú: [[A|Ấp Bình Thạnh, xã Tân Bình, huyện Châu Thành, Bến Tre]]""")

neg("csv", "vi", """tinh_thanh,dan_so_2023,dien_tich_km2
Hà Nội,8587100,3359.8
TP. Hồ Chí Minh,9456700,2095.4
Đà Nẵng,1245200,1284.9
Nguồn: Tổng cục Thống kê""")

pos("csv", "id", """no;nama;nik;tgl_lahir;alamat
1;[[N|Rudi Hartanto]];[[ID|3578012403850007]];[[D|24-03-1985]];[[A|Jl. Darmo Permai III No. 22, Surabaya]]
2;[[N|Wulan Sari Dewi]];[[ID|3578046011920003]];[[D|20-11-1992]];[[A|Perum Citraland Blok G-7 No. 15, Surabaya]]
3;[[N|I Made Suartana]];[[ID|5171031708880002]];[[D|17-08-1988]];[[A|Jl. Gatot Subroto Barat No. 118, Denpasar]]""")

neg("report", "id", """REKAPITULASI PENUMPANG KRL - MEI 2024
Stasiun          Naik      Turun
Bogor            812 440   798 102
Depok            640 118   652 330
Manggarai        1 204 871 1 198 004
Sumber: PT KAI Commuter, Jakarta""")

pos("hr", "th", """ข้อมูลพนักงาน
ชื่อ: [[N|ธนพล วงศ์สวัสดิ์]]   วันเกิด: [[D|9 ก.ค. 2531]]
เลขบัตรประชาชน: [[ID|<<ti>>]]
ที่อยู่: [[A|259/31 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400]]
ผู้ติดต่อฉุกเฉิน: [[N|อรุณี วงศ์สวัสดิ์]] [[P|086-441-2098]]""", ti=th_id("110140081234"))

neg("invoice", "th", """ใบกำกับภาษี เลขที่ INV-2024-0612
ผู้ขาย: บริษัท ตัวอย่าง จำกัด (สาขาเชียงใหม่)
รายการ: กาแฟดริป 250 กรัม x 4 ......... 1,120.00 บาท
ภาษีมูลค่าเพิ่ม 7% ..................... 78.40 บาท
รวมทั้งสิ้น ............................ 1,198.40 บาท""")

pos("letter", "ms", """Kepada:
Encik [[N|Azman bin Yusof]]
[[A|No. 14, Jalan Merpati 2/3]]
[[A|Taman Bukit Indah]]
[[A|81200 Johor Bahru, Johor]]

Tuan,
PERMOHONAN PINJAMAN PERUMAHAN - No. KP [[ID|790221-01-5587]]
Permohonan tuan telah diluluskan.
Yang benar,
[[N|Siti Hajar binti Omar]]""")

neg("doc", "ms", """HARGA TIKET - Menara Kuala Lumpur
Dewasa (warganegara) ........ RM 60
Kanak-kanak ................. RM 35
Waktu operasi: 9:00 pagi - 10:00 malam
Talian: 03-2020 5444 (kaunter tiket)""")

pos("form", "sw", """OMBI LA AJIRA
Jina: [[N|Fatuma Hassan Mwinyi]]
Namba ya NIDA: [[ID|19920518-11401-00002-14]]
Tarehe ya kuzaliwa: [[D|18 Mei 1992]]
Makazi: [[A|Mtaa wa Mkwepu, Nyumba Na. 41, Kisutu, Dar es Salaam]]
Simu: [[P|+255 754 410 882]]
Mdhamini: [[N|Said Omari Mwinyi]] - [[P|0713 220 491]]""")

neg("report", "sw", """TAKWIMU ZA IDADI YA WATU - SENSA 2022
Mkoa            Idadi ya watu
Dar es Salaam   5 383 728
Mwanza          3 699 872
Dodoma          3 085 625
Chanzo: Ofisi ya Taifa ya Takwimu, Dodoma""")

pos("chat", "tl", """[07:45] Mark Anthony: pre sino may address ni Ate Joy? padadalhan ko ng package
[07:46] Ella: [[A|Unit 1207, Tower 2, Avida Towers, 34th St., BGC, Taguig City]]
[07:46] Mark Anthony: salamat ella!""".replace("Mark Anthony:", "[[N|Mark Anthony]]:").replace("Ate Joy", "Ate [[N|Joy]]").replace("Ella:", "[[N|Ella]]:").replace("salamat ella", "salamat [[N|ella]]"))

neg("chat", "tl", """[12:00] admin: Paalala: walang pasok bukas, Hunyo 12, Araw ng Kalayaan.
[12:01] admin: Ang opisina sa Makati ay bukas muli sa Hunyo 13.
[12:02] admin: Hotline ng HR: (02) 8888-1234""")

pos("form", "ka", """სამედიცინო ბარათი
პაციენტი: [[N|ლევან გელაშვილი]]
პირადი №: [[ID|61004071182]]
დაბადების თარიღი: [[D|1978 წლის 12 მარტი]]
მისამართი: [[A|აღმაშენებლის გამზირი 150, ბინა 22, თბილისი]]
საკონტაქტო პირი: მეუღლე [[N|მაია]], [[P|577 41 82 09]]""")

pos("letter", "kk", """Кімге: [[N|Ахметова Гүлнар Серікқызы]]
[[A|Қарағанды қ., Бұқар жырау даңғылы, 47-үй, 12-пәтер]]

Құрметті [[N|Гүлнар Серікқызы]]!
Сіздің өтінішіңіз қаралды.
Құрметпен, [[N|Бекжанов Т.]]""")

neg("doc", "kk", """БАҒАЛАР — Бәйтерек монументі (Астана)
Ересектер ........ 1 500 теңге
Балалар .......... 700 теңге
Жұмыс уақыты: 10:00-21:00
Анықтама: 1414""")
# ================================================================ address-dense lists (final batch)
pos("report", "en", """SNOW CLEARING - PRIVATE DRIVEWAY CONTRACTS, ZONE 3 (Ottawa)
#   Address                                              Contract  Notes
1   [[A|1184 Merivale Rd, Ottawa ON K1Z 6A8]]                     SC-1184   gate code 4417
2   [[A|22 Chesterton Dr, Nepean ON K2E 5S9]]                     SC-1190   shared with #24
3   [[A|517 Lakeview Terr, Ottawa ON K2A 2V5]]                   SC-1203   steep
4   [[A|88 Kilborn Pl, Unit 6, Ottawa ON K1H 6M6]]                SC-1221   visitor spots
5   [[A|3039 Carling Ave, Ottawa ON K2B 7K4]]                    SC-1230
6   [[A|RR 2, 4120 Dunrobin Rd, Dunrobin ON K0A 1T0]]             SC-1244   long lane""")

pos("csv", "en", """claim_no,loss_location,insured_since,adjuster
CL-77102,"[[A|47 Bayview Terrace, Port Macquarie NSW 2444]]",2011,[[N|R. Fenwick]]
CL-77105,"[[A|Unit 3, 19 Esplanade, Cairns QLD 4870]]",2016,[[N|R. Fenwick]]
CL-77111,"[[A|Lot 22 Old Coach Road, Tamborine Mountain QLD 4272]]",2008,[[N|M. Yusuf]]
CL-77120,"[[A|PO Box 418, Alice Springs NT 0871]]",2019,[[N|M. Yusuf]]
CL-77126,"[[A|8/112 Marine Parade, Kingscliff NSW 2487]]",2020,[[N|T. Kaur]]""")

pos("report", "de", """SCHORNSTEINFEGER - Kehrbezirk Freising III, Terminliste KW 24
Mo 10.06.  08:00  [[A|Hauptstraße 41, 85354 Freising]]
           09:00  [[A|Am Lohmühlbach 3a, 85356 Freising]]
           10:30  [[A|Kammergasse 12, 85354 Freising]]
Di 11.06.  08:00  [[A|Dorfstraße 7, 85416 Langenbach]]
           09:30  [[A|Moosburger Str. 108, 85406 Zolling]]
           11:00  [[A|Gut Thalhausen 2, 85402 Kranzberg]]
Rückfragen Bezirksschornsteinfeger: Büro Freising, Tel. 08161 000000""")

pos("csv", "fr", """"num_compteur";"adresse_installation";"date_pose"
"LKY-0441820";"[[A|3, chemin des Vignes, 84000 Avignon]]";"2021-03-02"
"LKY-0441833";"[[A|Mas de la Colombe, route de Tarascon, 13690 Graveson]]";"2021-03-04"
"LKY-0441847";"[[A|Lotissement Les Oliviers, lot 17, 30133 Les Angles]]";"2021-03-09"
"LKY-0441852";"[[A|27 bis, rue Carnot, 84000 Avignon]]";"2021-03-11"
"LKY-0441868";"[[A|Appt 12, Résidence Le Mistral, 4 av. de la Libération, 84300 Cavaillon]]";"2021-03-15\"""")

pos("report", "es", """RUTA DE REPARTO 22 - Montevideo (repartidor: [[N|Facundo Pereyra]])
1. [[A|Bulevar Artigas 1244, apto. 503]]
2. [[A|Av. 18 de Julio 2081, esc. 4]]
3. [[A|Juan Paullier 1130 bis]]
4. [[A|Luis Alberto de Herrera 3390, torre B, apto. 1702]]
5. [[A|Canelones 984 esq. Ejido]]
6. [[A|José Ellauri 712, apto. 2]]""")

pos("report", "it", """ELENCO LETTURE CONTATORI GAS - Comune di Lecce
PDR              Indirizzo                                    Lettura (Smc)
01180220004417   [[A|Via Oberdan 28, 73100 Lecce]]                     1 204
01180220004428   [[A|Viale Otranto 115, int. 4, 73100 Lecce]]          884
01180220004431   [[A|Contrada Masseria Nuova snc, 73020 Cavallino]]   2 031
01180220004445   [[A|Piazzetta Santa Chiara 6, 73100 Lecce]]           517
01180220004452   [[A|Via di Leuca 201, 73100 Lecce]]                   1 690""")

pos("csv", "pl", """id;adres_dostawy;paczkomat_rezerwowy
1;[[A|ul. Mickiewicza 33/7, 10-508 Olsztyn]];OLS01M
2;[[A|al. Piłsudskiego 14 lok. 2, 10-575 Olsztyn]];OLS14A
3;[[A|Gietrzwałd 118, 11-036 Gietrzwałd]];GTW01
4;[[A|ul. Warszawska 91A/15, 10-083 Olsztyn]];OLS22N
5;[[A|os. Jaroty, ul. Wilczyńskiego 8/44, 10-686 Olsztyn]];OLS31B""")

pos("report", "nl", """BEZORGLIJST MAALTIJDSERVICE - dinsdag (chauffeur [[N|Ruud Hendriks]])
11:00  [[A|Molenstraat 12, 6511 HD Nijmegen]]
11:15  [[A|Groenestraat 288, 6531 JG Nijmegen]]
11:35  [[A|Thijmstraat 41-A, 6531 CR Nijmegen]]
11:50  [[A|Hatertseweg 594, 6535 ZX Nijmegen]]
12:10  [[A|Burgemeester Daleslaan 7, 6532 CK Nijmegen]]""")

pos("csv", "pt-BR", """"protocolo","endereco_ocorrencia","tipo"
"2024-118820","[[A|Rua Barão de Itapetininga, 255, apto 1408, Centro, São Paulo - SP]]","vazamento"
"2024-118833","[[A|Av. Afonso Pena, 3111, casa 2, Funcionários, Belo Horizonte - MG]]","queda de energia"
"2024-118847","[[A|Rua Oscar Freire, 1702, apto 62, Pinheiros, São Paulo - SP]]","vazamento"
"2024-118851","[[A|SQN 308 Bloco C, apto 402, Asa Norte, Brasília - DF]]","ruído"
"2024-118869","[[A|Rua Chile, 88, casa, Ribeira, Natal - RN]]","falta de água\"""")

pos("report", "sv", """SOPHÄMTNING - EXTRA HÄMTNINGAR VECKA 24 (Göteborg)
Adress                                        Kärl    Datum
[[A|Karl Johansgatan 52, 414 55 Göteborg]]            370 L   11/6
[[A|Danska vägen 94, 416 59 Göteborg]]                 190 L   11/6
[[A|Stigbergsliden 7, lgh 1101, 414 63 Göteborg]]      140 L   12/6
[[A|Kvibergsvägen 18, 415 05 Göteborg]]                370 L   12/6
[[A|Torslanda Hamnväg 3, 423 37 Torslanda]]            660 L   13/6""")

pos("csv", "ja", """受付番号,設置先住所,工事日
W-24061,[[A|北海道札幌市中央区南3条西7丁目4-2 メゾン札幌502]],6/14
W-24062,[[A|宮城県仙台市青葉区一番町2-7-18]],6/14
W-24063,[[A|京都府京都市左京区下鴨松原町21-3]],6/15
W-24064,[[A|広島県広島市南区宇品海岸1-12-9 ベイタワー1803]],6/15
W-24065,[[A|沖縄県那覇市久茂地2-15-1]],6/17""")

pos("report", "zh", """快递派送清单  派送员：[[N|马俊杰]]  日期：2024-06-12
序号  收件地址                                        运单号
1     [[A|四川省成都市武侯区玉林西路22号3栋1单元402]]       YT7712034410
2     [[A|四川省成都市青羊区宽巷子17号附1号]]               YT7712034423
3     [[A|四川省成都市高新区天府大道中段688号大源国际7栋2506]] YT7712034437
4     [[A|四川省成都市金牛区沙湾路63号8栋501]]              YT7712034441""")

pos("report", "ko", """가스 안전점검 대상 세대 (6월 2주차)
1. [[A|부산광역시 수영구 광안해변로 219, 1502호]]
2. [[A|부산광역시 남구 용소로 45, 101동 703호]]
3. [[A|부산광역시 동래구 충렬대로 237번길 12]]
4. [[A|부산광역시 사하구 낙동대로 550, 2층]]
5. [[A|부산광역시 기장군 기장읍 차성로 311, 나동 104호]]
점검원: [[N|김현수]]""")

pos("csv", "ru", """лицевой_счёт;адрес;показания_ХВС;показания_ГВС
1000441;[[A|г. Самара, ул. Молодогвардейская, д. 204, кв. 18]];412;238
1000452;[[A|г. Самара, ул. Ново-Садовая, д. 9, кв. 71]];188;97
1000463;[[A|г. Самара, пр-т Кирова, д. 322А, кв. 5]];903;511
1000478;[[A|пос. Смышляевка, ул. Механиков, д. 14]];276;140
1000481;[[A|г. Самара, ул. Стара-Загора, д. 57, кв. 112]];655;302""")

pos("report", "tr", """DOĞALGAZ SAYAÇ OKUMA LİSTESİ - Ankara / Keçiören
Abone No   Adres                                                Endeks
4410218    [[A|Kalaba Mah. Fatih Cad. No: 44 D: 8]]                    11 820
4410233    [[A|Etlik Mah. Aşkabat Cad. No: 118/3]]                     7 407
4410247    [[A|Ovacık Mah. 1320. Sok. No: 9 D: 2]]                     15 991
4410259    [[A|Bağlarbaşı Mah. Yüzüncü Yıl Cad. No: 61 D: 14]]         4 215
Okuyan: [[N|İsmail Kurt]]""")

pos("report", "hu", """HULLADÉKSZÁLLÍTÁS - LOMTALANÍTÁSI IGÉNYEK (Győr)
[[A|9021 Győr, Baross Gábor út 19. 2/7.]]            2024.06.14.
[[A|9024 Győr, Szent Imre út 81.]]                   2024.06.14.
[[A|9026 Győr, Egyetem tér 3. fszt. 1.]]             2024.06.15.
[[A|9011 Győr-Pinnyéd, Fenyő utca 12.]]              2024.06.15.
Ügyfélszolgálat: 96/000-000 (hivatali idő)""")

pos("csv", "ro", """cod_client;adresa_livrare;judet
RO-5510;[[A|Str. Lungă nr. 144, ap. 2, Brașov]];BV
RO-5511;[[A|Aleea Teilor nr. 3, bl. T2, sc. B, et. 4, ap. 18, Sibiu]];SB
RO-5512;[[A|Sat Vama Buzăului nr. 412]];BV
RO-5513;[[A|Bd. Revoluției din Decembrie nr. 9, ap. 7, Arad]];AR""")

pos("report", "el", """ΛΙΣΤΑ ΔΙΑΝΟΜΗΣ - Κούριερ [[N|Βασίλης Μαυρίδης]]
1. [[A|Πατησίων 112, 3ος όροφος, 112 57 Αθήνα]]
2. [[A|Λεωφόρος Κηφισίας 284, 152 32 Χαλάνδρι]]
3. [[A|Αγίας Σοφίας 41, 546 22 Θεσσαλονίκη]]
4. [[A|Κανάρη 17, διαμ. 4, 262 22 Πάτρα]]""")

pos("csv", "fi", """tilaus;toimitusosoite;postinumero;kaupunki
FI-8801;[[A|Hämeenpuisto 41 C 22]];33200;Tampere
FI-8802;[[A|Itäinen Pitkäkatu 18 A 4]];20520;Turku
FI-8803;[[A|Kauppakatu 9 as. 11]];40100;Jyväskylä
FI-8804;[[A|Ruskontie 7]];96100;Rovaniemi""")

pos("report", "uk", """МАРШРУТ ДОСТАВКИ «Нова пошта» — кур'єр [[N|Бойко Р.]]
1. [[A|м. Дніпро, просп. Дмитра Яворницького, 62, кв. 40]]
2. [[A|м. Дніпро, вул. Короленка, 3, кв. 7]]
3. [[A|м. Дніпро, вул. Січеславська Набережна, 29А, кв. 118]]
4. [[A|смт Слобожанське, вул. Василя Сухомлинського, 14]]""")

neg("report", "en", """TOP 5 STREETS BY NUMBER OF POTHOLE REPORTS - 2023 (City of Ottawa open data)
Street               Reports
Carling Avenue       1,204
Merivale Road          881
Bank Street            790
Baseline Road          612
Source: open.ottawa.ca (aggregated, no personal data)""")

neg("doc", "en", """LANDMARK VISITOR INFORMATION
The White House, 1600 Pennsylvania Avenue NW, Washington, DC
Buckingham Palace, London SW1A 1AA
Eiffel Tower, Champ de Mars, 5 Avenue Anatole France, Paris
Sydney Opera House, Bennelong Point, Sydney
Tours must be booked in advance through the official websites.""")

neg("doc", "de", """PRESSEMITTEILUNG
Das Bundesministerium für Gesundheit, Friedrichstraße 108, 10117 Berlin, informiert:
Die Bürgerhotline zur Corona-Impfung (030 346 465 100) wird zum 30. Juni eingestellt.
Bundesgesundheitsminister Karl Lauterbach dankte allen Beteiligten.""")

neg("csv", "fr", """rang;commune;population_2021
1;Paris;2133111
2;Marseille;873076
3;Lyon;522250
4;Toulouse;504078
Source : Insee, recensement de la population""")

neg("doc", "es", """LISTA DE PRECIOS - MUSEO DEL PRADO (Madrid)
Entrada general ............ 15 €
Entrada reducida ........... 7,50 €
Gratis: lunes a sábado 18-20 h; domingos y festivos 17-19 h
Paseo del Prado s/n. Información: 91 330 28 00""")

neg("log", "en", """2024-06-12T10:14:22Z ci[runner-7]: checkout ref refs/tags/v5.0.0-rc.2 (sha 4f2a9c1e7b)
2024-06-12T10:14:40Z ci[runner-7]: docker build -t registry.example.com/shop/api:5.0.0-rc.2
2024-06-12T10:16:03Z ci[runner-7]: tests: 1182 passed, 4 skipped
2024-06-12T10:16:05Z ci[runner-7]: secret DEPLOY_TOKEN=*** (masked)""")

neg("html", "pl", """<footer>
  <p>Muzeum Narodowe w Krakowie, al. 3 Maja 1 (siedziba instytucji)</p>
  <p>Kasa: +48 12 433 55 00 &middot; <a href="mailto:kasa@mnk.example.pl">kasa@mnk.example.pl</a></p>
  <p>Wersja serwisu 3.8.2 &middot; © 2024</p>
</footer>""")

neg("ticket", "ja", """障害報告 #INC-2024-0612
対象：会員サイト（v8.1.4）
現象：ログイン時に 503 エラー（10:02〜10:31）
原因：ロードバランサ 203.0.113.10 の証明書更新漏れ
影響ユーザー数：約1,200名（個人特定情報の漏えいなし）""")

neg("email", "it", """Da: noreply@poste-esempio.it
Oggetto: La tua spedizione è in consegna

Codice spedizione: 1UW1A20440178
Consegna prevista: 13/06/2024 entro le 18:00
Assistenza: 06 4526 3322 (lun-ven 8-20)""")

neg("config", "en", """# nginx.conf (excerpt)
server {
    listen 443 ssl;
    server_name shop.example.com;
    ssl_certificate     /etc/ssl/certs/shop.pem;
    allow 10.0.0.0/8;   # internal range
    deny  all;
    proxy_pass http://127.0.0.1:8080;
}""")


if __name__ == "__main__":
    emit("tuning20v", cases)
