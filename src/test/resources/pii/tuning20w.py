"""tuning20w - a hand-labelled development set for the PII detector. All data is invented.

Run from this directory:  python3 tuning20w.py > corpus-tuning20w.jsonl

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



pos("email", "en", """From: Priya Raghunathan <[[E|priya.r@fernhollow-mail.net]]>
To: Tom Bexley <[[E|tbexley@quaymail.co.uk]]>
Subject: Keys for the flat

Hi [[N|Tom]],
The spare keys are with my neighbour, Mrs [[N|Oyelaran]], at:
[[A|Flat 4, Second Floor]]
[[A|Beacon House]]
[[A|27 Wellmeadow Road]]
[[A|Hither Green]]
[[A|London SE13 6TA]]
Text me on [[P|07911 482 316]] if she's out.
[[N|Priya]]""".replace("From: Priya Raghunathan", "From: [[N|Priya Raghunathan]]").replace("To: Tom Bexley", "To: [[N|Tom Bexley]]"))

pos("chat", "en", """[09:14] [[N|Dana Whitfield]]: has anyone heard back from [[N|jo]] about the venue?
[09:15] [[N|Kofi Mensah]]: not yet, i'll ping her. @mpatel can you check with [[N|raj]] too
[09:16] @mpatel: on it
[09:17] [[N|Dana Whitfield]]: thx [[N|kofi]]""")

neg("chat", "en", """[10:02] #release-falcon: Build 4.12.3 promoted to staging by the pipeline.
[10:03] Deploy Bot: Team Kestrel owns the rollback; the on-call rota lives in the Phoenix wiki.
[10:05] Jenkins: Pipeline #8812 passed (commit 9f3c2ab) - tagging v4.12.3-rc2.
[10:06] Deploy Bot: Next freeze window: 2024-06-14 18:00 UTC.""")

neg("doc", "en", """Northwind Utilities - Customer Care
Call our 24/7 hotline on 0800 029 4410 or e-mail support@northwind-utilities.co.uk.
Smell gas? Ring the National Gas Emergency Service on 0800 111 999 at once.
Head office switchboard (Sheffield): +44 114 496 0000, Mon-Fri 8am-6pm.
Billing questions: billing@northwind-utilities.co.uk""")

neg("prose", "en", """Ada Lovelace (born 10 December 1815 in London; died 27 November 1852) was an English mathematician.
She is chiefly known for her work on Charles Babbage's proposed Analytical Engine.
Her father, Lord Byron, left England when she was a month old.
Ada Lovelace Day has been celebrated on the second Tuesday of October since 2009.""")

pos("hr", "en", """EMPLOYEE RECORD - CONFIDENTIAL
Name: [[N|Gareth Llewellyn-Pryce]]            Employee no.: E-20417
Date of birth: [[D|14/02/1986]]               NI number: [[ID|JT 48 21 93 B]]
Home address: [[A|58 Cedar Croft, Penarth CF64 3LN]]
Emergency contact: [[N|Sian Llewellyn-Pryce]] (wife), [[P|07823 551 904]]
Start date: 03/09/2018   Department: Logistics""")

pos("medical", "en", """Riverbend Family Medicine - Referral
Patient: [[N|Marisol Quintanilla-Reyes]]   DOB: [[D|03/27/1979]]   MRN: 00482913
SSN: [[S|<<ssn>>]]
Address: [[A|1422 W Hollis Ave Apt 3B, Tulsa, OK 74127]]
Dear Dr. [[N|Aaron Feldstein]], thank you for seeing Ms [[N|Quintanilla-Reyes]] regarding recurrent migraines.
Kind regards, [[N|Beth Kowalski]], PA-C""", ssn=ssn("512-38-4470"))

neg("doc", "en", """Payments sandbox - test cards
Use 4242 4242 4242 4242 with any future expiry date and any three-digit CVC.
To simulate a decline use 4000 0000 0000 0002; Mastercard success: 5555 5555 5555 4444.
Amex test number: 3782 822463 10005. Never paste real card numbers into staging.""")

pos("doc", "en", """SHIP TO:
[[N|DeShawn T. Okafor]]
[[A|4417 Magnolia Bend Dr]]
[[A|Unit 210]]
[[A|Sugar Land TX 77479]]
UNITED STATES
TRACKING: 1Z 999 AA1 01 2345 6784   WEIGHT: 2.3 LB""")

pos("config", "en", """# .env.production - DO NOT COMMIT
DATABASE_URL=[[U|postgres://app_rw:Vx7#pLq29!mZ@db-prod-3.internal:5432/orders]]
STRIPE_SECRET_KEY=[[K|sk_live_51Lq8ZbG4tW2vR9xKcN0pHs7YuE3mA6dJ]]
SENTRY_DSN=${SENTRY_DSN}
LOG_LEVEL=info""")

neg("config", "en", """# ~/.aws/credentials - sample from the AWS CLI user guide
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-east-1""")

pos("log", "en", """2024-03-11T08:14:22Z bastion sshd[2291]: Accepted publickey for hkaur from [[IP|10.14.7.52]] port 51122 ssh2
2024-03-11T08:15:03Z bastion sshd[2291]: pam_unix(sshd:session): session opened for user hkaur
2024-03-11T08:19:40Z bastion sshd[2310]: Failed password for invalid user admin from [[IP|185.220.101.47]] port 40412 ssh2
2024-03-11T08:19:41Z bastion sshd[2310]: Connection closed by [[IP|185.220.101.47]] port 40412 [preauth]""")

neg("doc", "en", """Resolver setup (lab guide, section 4.2)
Point clients at 1.1.1.1 or 9.9.9.9 as fallback resolvers.
Example: the server at 192.0.2.15 forwards to 198.51.100.23; clients live in 203.0.113.0/24.
Keep the admin UI bound to 127.0.0.1 and use netmask 255.255.255.0 on the lab VLAN.""")

pos("log", "en", """Mar 12 07:41:09 gw dhcpd[911]: DHCPACK on [[IP|192.168.1.37]] to [[MAC|3c:22:fb:9a:41:0e]] (Emilys-iPhone) via eth1
Mar 12 07:52:31 gw dhcpd[911]: DHCPACK on [[IP|192.168.1.52]] to [[MAC|a4:83:e7:2c:19:d5]] (DESKTOP-HARRIS) via eth1
Mar 12 08:00:00 gw dhcpd[911]: DHCPREQUEST for [[IP|192.168.1.37]] from [[MAC|3c:22:fb:9a:41:0e]] via eth1
Mar 12 08:00:02 gw dhcpd[911]: DHCPINFORM from 0.0.0.0 via eth1""")

pos("chat", "en", """[18/04/24, 19:02] Mum: Tell Auntie [[N|Bev]] we'll be at Nana's by 6
[18/04/24, 19:03] [[N|Callum]]: ok. is Uncle [[N|Dev]] coming?
[18/04/24, 19:05] Mum: yes with [[N|Rosie]] and the baby
[18/04/24, 19:05] [[N|Callum]]: 👍""")

neg("prose", "en", """Book club - April pick: Pride and Prejudice
We'll discuss Elizabeth Bennet's first impression of Mr Darcy and whether Mr Wickham deserved any sympathy.
Bring your copy; Jane Austen's letters are optional reading.
Next month: Jane Eyre. Meeting room 3B, Thursday 18:30.""")

pos("cv", "en", """CURRICULUM VITAE
[[N|Siobhán Ní Bhriain]]
[[A|12 Ashgrove Lawn, Ballincollig, Co. Cork P31 X2K8]]
Mobile: [[P|+353 87 412 9083]] | [[E|siobhan.nibhriain@eircom-mail.ie]]
Date of birth: [[D|9 July 1991]]   PPSN: [[ID|<<pp>>]]
Referees: [[N|Declan O'Mahony]], Site Manager, Murphy Civil Ltd.""", pp=ppsn("8472619"))

neg("email", "en", """Subject: Your order #114-7720391-5582016 has shipped
Hi there,
Your parcel is on its way. Tracking number: JD014600006281230744 (Royal Mail Tracked 48).
Invoice INV-2024-08817 is attached. Questions? Reply to orders@brightbasket.example or call 0345 600 4410.
- The Brightbasket team""")

pos("form", "en", """Harbourside Tax Agents - new client intake
Client: [[N|Lachlan McAllister]] (prefers [[N|Lachie]])
Date of birth: [[D|22/10/1983]]
TFN: [[ID|<<t>>]]
Postal address: [[A|PO Box 1187, Toowong QLD 4066]]
Mobile: [[P|0412 887 301]]""", t=tfn("46519823"))

pos("letter", "en", """Ms [[N|Adaeze Umeh-Robertson]]
[[A|Apt 1204]]
[[A|88 Harbord St]]
[[A|Toronto ON  M5S 1G5]]
Canada

Dear Ms [[N|Umeh-Robertson]],
Your Social Insurance Number [[ID|<<sn>>]] has been linked to your My Service Canada Account.""", sn=sin("54618273"))

neg("receipt", "en", """HARBOUR CAFE - Till 2   14/03/2024 12:41
2 x Flat white          7.40
1 x Ham & cheese toastie 6.95
VISA CONTACTLESS  ************4821
AUTH CODE 084412   TXN 55120093
Thank you! Served by: Till 2""")

pos("config", "en", """$ cat ~/.git-credentials
[[U|https://mkowalczyk-dev:ghp_R8vT2xLmQ9sPz4NcW7yK1bH5dJ0fA3eU6gXi@github.com]]
$ history | tail -2
  511  curl -u [[K|ops-deploy:Wint3r!Harbour42]] https://artifacts.lumenstack.io/api/v1/push
  512  history | tail -2""")

neg("prose", "en", """Winston Churchill was born on 30 November 1874 at Blenheim Palace, Oxfordshire.
He served as Prime Minister from 1940 to 1945 and again from 1951 to 1955.
Chartwell, his family home near Westerham, is now run by the National Trust.
The museum's opening hours: 10:00-17:00, last entry 16:15.""")

pos("sql", "en", """INSERT INTO customers (id, first_name, last_name, email, phone, dob, street, postcode, city) VALUES
(1021, '[[N|Harriet]]', '[[N|Van der Merwe]]', '[[E|hvdm1984@mailbox.co.za]]', '[[P|+27 82 441 9076]]', '[[D|1984-06-02]]', '[[A|17 Jacaranda Crescent]]', '0081', 'Pretoria'),
(1022, '[[N|Thabo]]', '[[N|Nkosi]]', '[[E|thabo.nkosi@webmail.co.za]]', '[[P|+27 71 305 2218]]', '[[D|1990-11-19]]', '[[A|9 Mopane Street]]', '2196', 'Sandton');""")

neg("doc", "en", """SPRING CATALOGUE 2024 - living room
- BILLY bookcase, white, 80x28x202 cm (art. 002.638.50)
- KALLAX shelf unit, 77x147 cm, birch effect
- "Charlotte" armchair in Harris Tweed, made in Lancashire
- "Oscar" floor lamp, brass, E27 bulb not included""")

pos("ticket", "en", """Ticket #INC-448120 - customer charged on wrong card
Reporter: [[N|Imogen Castellanos]] ([[E|imogen.castellanos@quillfield.com]])
Customer says the renewal went to her old card [[C|<<c>>]] instead of the one ending 7719.
Please refund and update the profile. Assigned to: [[N|Ravi]] (L2 payments)""", c=card("541275349821004"))

neg("email", "en", """Kind regards,
The Admissions Team
Hollingbrook College
admissions@hollingbrook.ac.uk | Switchboard: +44 1632 960 000 | Fax: +44 1632 960 001
Open days: 15 June and 12 October 2024""")

pos("court", "en", """IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
[[N|JANELLE M. BROOKSHIRE]], Plaintiff, v. ORCHARD PROPERTY MANAGEMENT LLC, Defendant.   Case No. 2024-L-003918
1. Plaintiff resides at [[A|2718 N Kedzie Blvd, Apt 2F, Chicago, IL 60647]] and was born on [[D|August 4, 1988]].
2. Defendant is an Illinois limited liability company with its principal office in Naperville.
Respectfully submitted, [[N|Marcus Delacroix-Hale]], Esq., counsel for Plaintiff""")

neg("court", "en", """MEMORANDUM OF LAW IN SUPPORT OF MOTION TO DISMISS - Case No. 1:23-cv-07712
As the Court held in Miranda v. Arizona, 384 U.S. 436 (1966), and later in Brown v. Board of Education,
347 U.S. 483 (1954), ... Defendant Meridian Freight Corp. was served on March 3, 2024.
Hearing set for May 21, 2024 at 9:30 a.m., Courtroom 1703.""")

pos("hl7", "en", r"""MSH|^~\&|EPIC|RBH|LAB|RBH|202403110915||ADT^A04|MSG00731|P|2.5
PID|1||MRN448210^^^RBH^MR~[[ID|<<nhs>>]]^^^NHS^NH||[[N|OYELOWO]]^[[N|FOLASADE]]^A||[[D|19870315]]|F|||[[A|14 Crescent Avenue]]^^Leeds^^LS8 2QP^GBR||[[P|07832 615 904]]
PV1|1|O|CLINIC4^^^RBH||||C1234^[[N|HARGREAVES]]^[[N|SIMON]]^^^DR""", nhs=nhs("721045638", sep=""))

pos("vcard", "en", """BEGIN:VCARD
VERSION:3.0
N:[[N|Abernathy]];[[N|Clementine]];;;
FN:[[N|Clementine Abernathy]]
TEL;TYPE=CELL:[[P|+1 503 784 2290]]
ADR;TYPE=HOME:;;[[A|611 SE Alder St]];Portland;OR;97214;USA
BDAY:[[D|1975-12-01]]
EMAIL:[[E|clem.abernathy@riverlight.net]]
END:VCARD""")

neg("vcard", "en", """BEGIN:VCARD
VERSION:3.0
FN:Lakeside Dental Group
ORG:Lakeside Dental Group
TEL;TYPE=WORK:+1 800 555 0199
EMAIL:frontdesk@lakesidedental.example
URL:https://lakesidedental.example
END:VCARD""")

pos("json", "en", """{"user": {"id": 88213,
  "displayName": "[[N|Nokuthula Dlamini]]",
  "email": "[[E|nokuthula.d@protonmail.com]]", "phone": "[[P|+27 83 219 4475]]", "dob": "[[D|1992-04-17]]",
  "address": {"line1": "[[A|Unit 12, Silverleaf Court]]", "line2": "[[A|45 Bram Fischer Drive]]",
              "suburb": "Randburg", "postalCode": "2194"}}}""")

neg("json", "en", """{
  "apiKey": "YOUR_API_KEY_HERE",
  "clientSecret": "${CLIENT_SECRET}",
  "password": "********",
  "endpoint": "https://api.example.com/v2",
  "contact": "devrel@example.com"
}""")

pos("note", "en", """deploy-notes.txt - staging box still trusts this key, rotate ASAP:
[[K|-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACBk7Hq2n1Yw0ZtXb9mRk3pLc5uV8sJf2aQe4dGh6iN0OQAAAJi1fWxTtX1s
UwAAAAtzc2gtZWQyNTUxOQAAACBk7Hq2n1Yw0ZtXb9mRk3pLc5uV8sJf2aQe4dGh6iN0OQ
-----END OPENSSH PRIVATE KEY-----]]
(copied from [[N|Olamide]]'s laptop on Friday)""")

neg("doc", "en", """Add the CI runner's public key to authorized_keys:
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGqR2m7vT8xN4pL0sW9yK3bH6dJ1fA5eU2gXcZ8oQe deploy@ci-runner-04
Release checksum (sha256): 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
Signed with key fingerprint 3AA5 C343 7186 7F7D 2E0B  F1C2 8D73 1D4C 0E11 9A02""")

pos("form", "en", """KYC form - Mumbai branch
Applicant name: [[N|Ananya Venkatraman]]   Father's name: [[N|S. Venkatraman]]
PAN: [[ID|AKVPV4821M]]   Aadhaar: [[ID|<<a>>]]
Date of birth: [[D|11-01-1994]]
Residential address: [[A|Flat 702, Sai Krupa CHS, Plot 14, Sector 17, Vashi, Navi Mumbai 400703]]""", a=aadhaar("48271930561"))

pos("form", "en", """HDB tenancy application - Section B (occupier)
Name: [[N|Tan Wei Ling]]        NRIC: [[ID|<<n>>]]
Date of birth: [[D|05 Aug 1989]]
Address: [[A|Blk 418 Bedok North Ave 2 #07-113, Singapore 460418]]
Contact: [[P|+65 9184 2276]]""", n=nric("S", "8934127"))

pos("email", "en", """From: [[N|Aroha Ngata]] <[[E|aroha.ngata@xtra-mail.co.nz]]>
Subject: IRD number for payroll

Kia ora [[N|Mereana]],
My IRD number is [[ID|<<i>>]] and my postal address is [[A|RD 2, 1184 Kaipara Coast Highway, Warkworth 0982]].
Ngā mihi, [[N|Aroha]]""", i=ird("04913827"))

neg("invoice", "en", """INVOICE INV-2024-03318        Invoice date: 12/03/2024    Due: 11/04/2024
Bill to: Greenway Facilities Ltd (Leeds)
Service period 1-29 February 2024 - window cleaning, 4 sites      £1,240.00
VAT Reg. GB 284 7719 31     Company no. 08841277
Pay to sort code 20-00-00, account ending ...6612, ref INV-2024-03318""")

neg("log", "en", """[2024-05-02 11:20:14] INFO  Upgraded libvips from 8.14.2.10 to 8.15.1.3
[2024-05-02 11:20:15] INFO  User-Agent: Mozilla/5.0 Chrome/122.0.6261.94 Safari/537.36
[2024-05-02 11:20:15] WARN  Listening on 0.0.0.0:8080 (loopback 127.0.0.1 also bound)
[2024-05-02 11:20:16] INFO  Schema version 2024.05.02.1 applied""")

pos("doc", "en", """AVERY L7160 - badges, Bioinformatics Summer School
Dr [[N|Helena Marsh]]           | [[N|Oluwaseun Adeyemi]]        | [[N|Priyanka Deshmukh]]
St Brigid's Hospital      | Leeds Beckett University | Freelance
--------------------------+--------------------------+----------------------
[[N|Tomasz Wiśniewski]]         | [[N|Ifeoma Chukwu]]            | [[N|Rhys ap Gwilym]]
University of Gdańsk      | UNILAG                   | Bangor University""")

neg("doc", "en", """Walking tour - meeting point
Meet at the corner of Victoria Street and Albert Road, next to the Nelson Mandela statue.
We then follow Queen Elizabeth Walk to Lord Nelson's Column and finish at Churchill Gardens.
Tour length: 2.5 km, about 90 minutes.""")

pos("letter", "en", """Mr & Mrs [[N|J. Pemberton]]
[[A|Lower Hollins Farm]]
[[A|Hollins Lane]]
[[A|Slaidburn]]
[[A|Clitheroe BB7 3AT]]

Dear Mr and Mrs [[N|Pemberton]], your septic tank inspection is due in May.""")

pos("form", "en", """Change of address - Teton County Library card
Name: [[N|Wyatt Redcloud]]
Old mailing address: [[A|PO Box 2281, Jackson WY 83001]]
New mailing address: [[A|PO Box 9047, Wilson WY 83014]]
Phone: [[P|(307) 733-4918]]""")

neg("prose", "en", """Visitor information
The White House, 1600 Pennsylvania Avenue NW, Washington, DC 20500, is closed for public tours this week.
10 Downing Street and Buckingham Palace remain open for pre-booked groups only.
For tickets call the visitor centre on +1 202 208 1631.""")

pos("email", "en", """Hi [[N|Pete]],
can you book the Lisbon flights on my card? [[C|<<c>>]] exp 11/26, name on card [[N|LOUISA M HARTE]].
I'll transfer my half of the hotel later.
Thanks, [[N|Lou]]""", c=card("492931874402561"))

pos("form", "en", """Form W-9 (Rev. March 2024) - Request for Taxpayer Identification Number
1 Name: [[N|Rosalind K. Achterberg]]
5 Address: [[A|3390 Old Mill Rd]]
6 City, state, ZIP: [[A|Boone, NC 28607]]
Part I  Social security number: [[S|<<sn>>]]""", sn=ssn("247-61-3308"))

neg("form", "en", """Form W-9 instructions - sample filled form
Name: John Doe   SSN: 123-45-6789   (illustration only)
Address: 123 Main Street, Anytown, ST 12345
Do not enter 000-00-0000; leave blank if you have applied for a TIN.""")

pos("config", "en", """# alerts.yaml
slack:
  channel: "#ops-alerts"
  webhook_url: [[K|https://hooks.slack.com/services/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]]
  mention: "@oncall" """)

neg("ticket", "en", """Ticket #CS-99120 closed
Thanks for contacting us. Your refund (order 2024-0043318) was issued on 04/04/2024 and takes 3-5 working days.
If you need anything else, reply to this e-mail or call 0800 014 8899.
- Acme Home Support Team""")

pos("chat", "en", """[Teams] Handover - Ward 7B
[07:58] [[N|Funmi Adebayo]]: bed 12, [[N|mr okonjo]] - no, sorry, bed 12 is [[N|Mr Haldane]] now; [[N|Okonjo]] went home
[07:59] [[N|Ciarán Walsh]]: ok. who's on with [[N|bea]] tonight?
[08:00] [[N|Funmi Adebayo]]: me and [[N|sasha]]""".replace("[[N|mr okonjo]]", "mr [[N|okonjo]]").replace("[[N|Mr Haldane]]", "Mr [[N|Haldane]]"))

neg("prose", "en", """Harry Potter was born on 31 July 1980 at Godric's Hollow, according to the books.
Hermione Granger's birthday is 19 September 1979, and Ron Weasley was born on 1 March 1980.
Their adventures at Hogwarts span seven novels by J. K. Rowling.""")

pos("travel", "en", """RP/LOS1S2100/ 
 1.1[[N|OKONKWO/CHIDINMA]] MS  2.1[[N|OKONKWO/EMEKA]] MR
 3  BA 075 Y 14JUN 5 LOSLHR HK2  2315 0525+1
 4 SSR DOCS BA HK1 P/NGA/[[ID|A08843271]]/NGA/[[D|12MAR85]]/F/15AUG29/[[N|OKONKWO/CHIDINMA]]/P1
 5 AP [[P|+234 803 412 7750]]""")

neg("travel", "en", """Booking confirmation - ref QX7T2M
Flight BA117 London Heathrow (T5) to New York JFK (T8), 14 June 2024 08:25
Seat 32A, economy; baggage 1 x 23 kg
Manage your booking at ba.com or call British Airways on 0344 493 0787.""")

pos("config", "en", """apiVersion: v1
kind: Secret
metadata:
  name: billing-db
type: Opaque
data:
  username: YmlsbGluZ19hcHA=
  password: [[K|Yk1oNHJ0LVE5cXhXLTI3ck1wTg==]]""")

neg("config", "en", """apiVersion: v1
kind: Secret
metadata:
  name: billing-db
stringData:
  password: "<base64-encoded-password>"
  api_key: "REPLACE_ME"
""")

# ================================================================ German
pos("email", "de", """Von: [[N|Jürgen Haberkorn]] <[[E|j.haberkorn@posteo.de]]>
An: Hausverwaltung Kessler GmbH <verwaltung@kessler-hv.de>
Betreff: Wasserschaden Wohnung 3. OG links

Sehr geehrte Damen und Herren,
in meiner Wohnung [[A|Gneisenaustraße 41, 3. OG links, 10961 Berlin]] tropft seit gestern Wasser von der Decke.
Bitte melden Sie sich bei mir unter [[P|0176 2384 9911]] oder bei meiner Nachbarin Frau [[N|Özdemir]] (3. OG rechts).
Mit freundlichen Grüßen
[[N|Jürgen Haberkorn]]""")

pos("hr", "de", """Personalstammblatt
Name: [[N|Schwarzenberger]]          Vorname: [[N|Kerstin]]
Geburtsdatum: [[D|14.03.1986]]       Geburtsort: Passau
Steuer-ID: [[ID|<<st>>]]    SV-Nummer: [[ID|<<rv>>]]
Straße: [[A|Innstraße 27a]]       PLZ: 94032       Ort: Passau
IBAN: [[I|<<ib>>]]""", st=mod11_10("5729184365"), rv=rvnr("65", "140386", "S", "03"), ib=iban("DE", "740500000031884720"))

pos("chat", "de", """[08:12] [[N|Lena Brandt]]: hat jemand was von [[N|tobi]] gehört?
[08:13] [[N|Murat Yılmaz]]: der ist heute bei seiner oma in kassel
[08:14] [[N|Lena Brandt]]: ok, dann frag ich bei [[N|jens]] nach
[08:15] [[N|Murat Yılmaz]]: oder schreib [[N|frau kramer]] direkt""".replace("[[N|frau kramer]]", "frau [[N|kramer]]"))

neg("doc", "de", """Stadtwerke Neustadt - Kundenservice
Störungshotline: 0800 123 4567 (kostenlos, rund um die Uhr)
E-Mail: kundenservice@stadtwerke-neustadt.de
Zentrale: +49 6321 855-0 | Kundencenter in Neustadt an der Weinstraße, Mo-Fr 8-18 Uhr""")

neg("prose", "de", """Johann Wolfgang von Goethe wurde am 28. August 1749 in Frankfurt am Main geboren.
Er starb am 22. März 1832 in Weimar, wo er seit 1775 lebte.
Sein Geburtshaus am Großen Hirschgraben ist heute ein Museum des Freien Deutschen Hochstifts.
Öffnungszeiten: Di-So 10-18 Uhr.""")

pos("medical", "de", """Klinikum am Rosenberg - Klinik für Innere Medizin
Sehr geehrte Frau Kollegin Dr. [[N|Weber-Lindqvist]],
wir berichten über Ihre Patientin Frau [[N|Hannelore Strzelecki]], geb. [[D|07.11.1949]],
wohnhaft [[A|Am Kirchberg 3, 54332 Wasserliesch]], die vom 02.04. bis 09.04.2024 stationär behandelt wurde.
Mit kollegialen Grüßen, OA Dr. med. [[N|Florian Reischl]]""")

pos("letter", "de", """Frau
[[N|Mag. Theresa Pölzl-Huber]]
[[A|Hernalser Hauptstraße 112]]
[[A|Stiege 3, Top 21]]
[[A|1170 Wien]]

Betreff: Ihre Sozialversicherungsnummer [[ID|<<sv>>]]
Sehr geehrte Frau [[N|Pölzl-Huber]], ...""".replace("[[N|Mag. Theresa Pölzl-Huber]]", "Mag. [[N|Theresa Pölzl-Huber]]"), sv=at_svnr("418", "090274"))

pos("form", "de", """Anmeldung Musikschule Glarus Nord
Kind: [[N|Ladina Bühlmann]], geboren am [[D|3. Mai 2015]]
Erziehungsberechtigte: [[N|Regula Bühlmann-Frei]]
Adresse: [[A|Dorfstrasse 14]]
         [[A|Postfach 221]]
         [[A|8752 Näfels]]
AHV-Nr. des Kindes: [[ID|<<ah>>]]""", ah=ahv("756918273645"))

neg("doc", "de", """Verkehrshinweis der Stadt
Die Baustelle in der Konrad-Adenauer-Straße dauert bis 30.06.2024.
Umleitung über den Willy-Brandt-Platz und die Sophie-Scholl-Allee;
die Haltestelle Albert-Einstein-Ring wird in die Rosa-Luxemburg-Straße verlegt.""")

neg("invoice", "de", """Rechnung Nr. 2024-11873 vom 03.04.2024
Kundennummer: 558120    Auftragsnummer: A-7741    Lieferschein: LS-99031
Zahlbar bis 17.04.2024 ohne Abzug. USt-IdNr.: DE 287 113 905
Muster-IBAN für Testzwecke: DE89 3704 0044 0532 0130 00 (bitte nicht verwenden)""")

pos("prose", "de", """Gestern war ich mit [[N|Annegret]] und ihrem Mann [[N|Wolf-Dieter von Hagenbeck]] beim Notar.
Der Termin bei Frau Dr. [[N|Schwarzkopf]] wurde leider auf Juni verschoben.
Nächste Woche treffe ich mich noch mit [[N|Kathi]] wegen der Unterlagen von Onkel [[N|Heinz]].
Grüße an [[N|Jörg]]!""")

pos("doc", "de", """Adressetiketten Weihnachtspost (2 Spalten, Zweckform 3475)
Familie [[N|Kowalczyk]]                   Herrn
[[A|Lindenweg 7]]                         [[N|Friedhelm Aßmann]]
[[A|OT Kleinmühlingen]]                   [[A|Dorfstraße 12a]]
[[A|39221 Bördeland]]                     [[A|06846 Dessau-Roßlau]]""")

neg("prose", "de", """Programmhinweis: Im neuen Tatort aus Münster ermitteln Kommissar Thiel und Professor Boerne.
Danach zeigt das Erste eine Dokumentation über Marlene Dietrich (geboren am 27. Dezember 1901 in Berlin).
Sendetermin: Sonntag, 20:15 Uhr.""")

pos("config", "de", """# Zugangsdaten für das nächtliche Backup des Schulservers (nicht weitergeben!)
SMTP_HOST=mail.gs-am-lindenhof.de
SMTP_USER=backup@gs-am-lindenhof.de
SMTP_PASS=[[K|Sommer2024!Lindenhof]]
RESTIC_REPOSITORY=[[U|rest:https://nas:Kf7q-29Lm-Xz4p@192.168.178.20:8000/schule]]""")

# ================================================================ French
pos("letter", "fr", """Mme [[N|Awa Lefebvre-Diallo]]
[[A|Résidence Les Tilleuls, Bât. C]]
[[A|Escalier 2, 4e étage, Appt 42]]
[[A|17 rue des Glycines]]
[[A|69008 Lyon]]

Madame [[N|Lefebvre-Diallo]], votre dossier d'aide au logement a bien été enregistré.""")

pos("form", "fr", """Formulaire d'adhésion - Mutuelle Horizon
Nom : [[N|Le Goff]]            Prénom : [[N|Yannick]]
Né(e) le : [[D|3 février 1979]] à Rennes
N° de sécurité sociale : [[ID|<<nr>>]]
Adresse : [[A|12 impasse des Korrigans]]   Code postal : 29200   Ville : Brest""", nr=nir("1790235238117"))

pos("chat", "fr", """[21:40] [[N|Margaux Pellerin]]: on se retrouve chez [[N|solène]] samedi ?
[21:41] [[N|Théo Marchetti]]: oui mais je dois passer chez mamie avant
[21:41] [[N|Margaux Pellerin]]: ok, je demande à [[N|ju]] de prendre le gâteau
[21:42] [[N|Théo Marchetti]]: dis à [[N|mathis]] de venir avec [[N|inès]] aussi""")

neg("prose", "fr", """Victor Hugo, né le 26 février 1802 à Besançon et mort le 22 mai 1885 à Paris, est un écrivain français.
Sa maison de la place des Vosges est aujourd'hui un musée.
Ses personnages, de Jean Valjean à Esmeralda, sont entrés dans la culture populaire.""")

neg("doc", "fr", """Service après-vente ÉlectroPlus
Assistance téléphonique : 3939 (service 0,35 €/min + prix d'un appel)
Écrivez-nous à sav@electroplus.fr ou rendez-vous dans votre magasin de Villeurbanne.
Numéro d'urgence européen : 112 - Centre antipoison : 01 40 05 48 48""")

pos("form", "fr", """Demande de carte de riverain - Commune d'Ixelles
Nom et prénom : [[N|Van Damme Sophie]]
Numéro de registre national : [[ID|<<be>>]]
Adresse : [[A|Chaussée de Wavre 214, boîte 7, 1050 Ixelles]]
Téléphone : [[P|0478 31 62 09]]""", be=be_nrn("880517", "284"))

neg("doc", "fr", """Plan d'accès au salon
Rendez-vous place Charles-de-Gaulle, puis prenez l'avenue Jean-Jaurès jusqu'à la médiathèque Marguerite-Duras.
L'entrée se trouve rue Simone-Veil, face au lycée Louis-Pasteur.
Parking gratuit boulevard Georges-Pompidou.""")

pos("court", "fr", """TRIBUNAL JUDICIAIRE DE LILLE - JUGEMENT DU 12 MARS 2024
ENTRE : Monsieur [[N|Karim Benaïssa]], né le [[D|14 juin 1985]] à Roubaix,
demeurant [[A|8, allée des Peupliers, 59100 Roubaix]],
représenté par Maître [[N|Hélène Vasseur]], avocate au barreau de Lille,
ET : la SAS Nordbat Construction, dont le siège est à Tourcoing.""")

neg("email", "fr", """Objet : Votre commande FR-2024-558812 a été expédiée
Bonjour,
Votre colis (numéro de suivi 6A18923456781) sera livré entre le 15 et le 17 avril.
Facture F-2024-0412 disponible dans votre espace client. Contact : commandes@maisonbleue.example
L'équipe Maison Bleue""")

pos("letter", "fr", """M. [[N|Koffi Yao Kouadio]]
[[A|Cocody Riviera 3, Cité des Cadres, Villa 27]]
[[A|08 BP 1234 Abidjan 08]]
Côte d'Ivoire

Cher [[N|Koffi]], je t'envoie le contrat signé par [[N|Aminata]].""")

neg("prose", "fr", """Critique : Arsène Lupin revient sur scène
Le gentleman cambrioleur affronte une fois encore Herlock Sholmès et l'inspecteur Ganimard.
Maurice Leblanc, né le 11 novembre 1864 à Rouen, aurait sans doute apprécié la mise en scène.
Représentations du 4 au 28 avril au théâtre municipal.""")

pos("hr", "fr", """Note RH - confidentiel
Suite à l'entretien du 4 avril, Mme [[N|Clémence Aubry-Nguyen]] (née le [[D|22/09/1990]]) rejoint l'équipe de [[N|Bertrand]].
Merci de mettre à jour son adresse : [[A|5 rue Sainte-Catherine, appartement 3, 33000 Bordeaux]].
Contact perso : [[E|clemence.aubry90@laposte.net]] / [[P|06 72 18 45 93]]""")

pos("form", "fr", """Demande d'inscription - Cégep de Sherbrooke
Nom : [[N|Gagnon-Bérubé]]   Prénom : [[N|Élodie]]
Date de naissance : [[D|2004-08-19]]
NAS : [[ID|<<sn>>]]
Adresse : [[A|1250, rue King Ouest, app. 5, Sherbrooke (Québec) J1H 1S1]]""", sn=sin("27391846"))

# ================================================================ Spanish
pos("form", "es", """SOLICITUD DE ALTA EN EL PADRÓN MUNICIPAL - Ayuntamiento de Madrid
Nombre: [[N|Alba]]    Apellidos: [[N|Ferrández Quiles]]
DNI: [[ID|<<dn>>]]    Fecha de nacimiento: [[D|22/08/1990]]
Domicilio: [[A|Calle del Pez, 27, 2º izda.]]
           [[A|28004 Madrid]]
Teléfono: [[P|+34 654 218 937]]""", dn=dni("48213957"))

pos("letter", "es", """C. [[N|Guadalupe Ramírez Orozco]]
[[A|Calle Hidalgo 245 Int. 3]]
[[A|Col. Centro]]
[[A|C.P. 44100 Guadalajara, Jal.]]
CURP: [[ID|<<cu>>]]   Fecha de nacimiento: [[D|23 de julio de 1991]]
Estimada [[N|Guadalupe]]: le confirmamos su cita en el SAT.""", cu=curp("RAOG910723MJCMRD0"))

pos("doc", "es", """CONTRATO DE LOCACIÓN - Ciudad Autónoma de Buenos Aires
LOCATARIA: Sra. [[N|Valentina Sosa Etchegaray]], DNI [[ID|28.471.936]], CUIL [[ID|<<cl>>]],
con domicilio en [[A|Av. Corrientes 1234, Piso 5, Depto. B, C1043AAZ CABA]],
nacida el [[D|9 de marzo de 1981]]. LOCADOR: Inmobiliaria del Plata S.R.L.""", cl=cuil("27", "28471936"))

pos("chat", "es", """[7:02 p. m.] [[N|Camilo Restrepo]]: mija, le mando la dirección de la tía [[N|Marta]]: [[A|Carrera 7 # 45-23, Apto 502, Torre 2, Bogotá]]
[7:03 p. m.] [[N|Daniela]]: gracias pa. la cédula de ella es [[ID|52.874.316]], ¿cierto?
[7:05 p. m.] [[N|Camilo Restrepo]]: sí, y el celular [[P|310 482 7719]]""")

pos("hr", "es", """FICHA DE TRABAJADOR - Viña Los Boldos Ltda.
Nombre: [[N|Francisca Javiera Muñoz Araya]]
RUT: [[ID|<<ru>>]]        Fecha de nacimiento: [[D|30-11-1987]]
Dirección: [[A|Pasaje Los Aromos 1432, Depto. 21, Ñuñoa, Santiago]]
Cargo: enóloga asistente     Fecha de ingreso: 01-03-2022""", ru=rut("15482937"))

pos("chat", "es", """[20:11] [[N|Lucía Ferrández]]: oye, ¿has hablado con [[N|nacho]]?
[20:12] [[N|Pablo Iturbe]]: sí, viene con la yaya y con [[N|maripaz]]
[20:12] [[N|Lucía Ferrández]]: genial, dile a [[N|nacho]] que traiga las sillas
[20:13] [[N|Pablo Iturbe]]: 👍""")

neg("prose", "es", """Miguel de Cervantes Saavedra nació el 29 de septiembre de 1547 en Alcalá de Henares.
Murió en Madrid el 22 de abril de 1616, un día antes que Shakespeare según el calendario.
Su casa natal, en la calle Mayor, es hoy un museo; don Quijote y Sancho Panza esperan en un banco de la puerta.""")

neg("doc", "es", """Telecable Norte - Atención al cliente
Línea gratuita 24 horas: 900 100 200
Averías: 1004 · Correo: atencionalcliente@telecablenorte.es
Oficina central en Oviedo. Emergencias: 112""")

neg("doc", "es", """Indicaciones para llegar al congreso
Desde la Calle de Alcalá gire en la Plaza de la Independencia y siga por el Paseo de Recoletos.
El auditorio Reina Sofía está junto a la estación de Atocha-Almudena Grandes.
Entrada por la Avenida de Isabel II, puerta 3.""")

pos("letter", "es", """Sr. [[N|Renzo Quispe Mamani]]
[[A|Jr. Ayacucho 345, Dpto. 201]]
[[A|Cercado de Lima]]
[[A|Lima 15001]]
DNI N.º [[ID|45829137]]
De nuestra consideración: por medio de la presente, el Sr. [[N|Quispe Mamani]] autoriza a su hija [[N|Milagros]] a recoger el certificado.""")

neg("prose", "es", """Joaquín Salvador Lavado, Quino, nació el 17 de julio de 1932 en Mendoza.
Su personaje Mafalda, con Felipe, Manolito y Susanita, apareció por primera vez en 1964.
La estatua de Mafalda está en la esquina de Chile y Defensa, en San Telmo.""")

pos("email", "es", """Asunto: Datos para el alquiler
Hola [[N|Ainhoa]],
te paso mis datos: titular [[N|Youssef El Idrissi]], NIE [[ID|<<ni>>]],
IBAN [[I|<<ib>>]]. La fianza te la ingreso el lunes.
Un saludo, [[N|Youssef]]""", ni=nie("X", "4821937"), ib=iban("ES", "00817011190006328451"))

neg("email", "es", """Asunto: Pedido 408-2291-7731 enviado
Su pedido ha salido de nuestro almacén de Zaragoza. Número de seguimiento: PQ4F2C0418825790150001Z.
Factura FV24-003318 del 02/04/2024. Plazo de devolución: 30 días.
Para cualquier consulta: pedidos@tiendaverde.example""")

# ================================================================ Portuguese
pos("form", "pt", """CADASTRO DE CLIENTE - Clínica Bem Viver
Nome completo: [[N|Ana Beatriz dos Santos Albuquerque]]
CPF: [[ID|<<cp>>]]      Data de nascimento: [[D|12/05/1988]]
Endereço: [[A|Rua das Laranjeiras, 321, apto 804]]
          [[A|Laranjeiras]]
          [[A|Rio de Janeiro - RJ]]
          [[A|22240-003]]
Celular: [[P|(21) 98734-2210]]""", cp=cpf("482337615"))

pos("letter", "pt", """Exma. Senhora
D. [[N|Maria Leonor Vasconcelos Pinto]]
[[A|Rua Dr. António José de Almeida, 45, 2.º Esq.]]
[[A|3000-044 Coimbra]]
Assunto: Processo de reembolso - NIF [[ID|<<nf>>]]
Nascida a [[D|3 de outubro de 1976]], a requerente solicita...""", nf=pt_nif("23817465"))

pos("chat", "pt", """[19:20] [[N|Gabriel Moura]]: vou buscar a [[N|bia]] na escola
[19:21] [[N|Juliana Moura]]: traz o tio [[N|zé]] também, ele tá na padaria
[19:22] [[N|Gabriel Moura]]: blz. fala pro [[N|caio]] que a gente chega 20h""")

neg("prose", "pt", """Joaquim Maria Machado de Assis nasceu em 21 de junho de 1839 no Rio de Janeiro.
Fundou a Academia Brasileira de Letras e escreveu Dom Casmurro, onde Capitu e Bentinho ficaram famosos.
Morreu em 29 de setembro de 1908; a Rua Machado de Assis, no Flamengo, homenageia o escritor.""")

neg("doc", "pt", """Central de Atendimento Energisa Sul
SAC: 0800 701 0102 (24 horas, ligação gratuita)
Ouvidoria: ouvidoria@energisasul.example
Emergência: 193 (Bombeiros) · 192 (SAMU)""")

pos("letter", "pt", """Exmo. Sr. [[N|Domingos Kiala Sebastião]]
[[A|Bairro Maianga, Rua 7, Casa n.º 17]]
[[A|Caixa Postal 2231]]
[[A|Luanda]]
Angola
Prezado Senhor [[N|Sebastião]], segue em anexo o contrato de prestação de serviços.""")

neg("invoice", "pt", """Padaria Pão Quente Ltda. - CNPJ 12.345.678/0001-95
Nota Fiscal nº 000.418.227 - série 1 - emitida em 05/04/2024
Boleto: 23793.38128 60000.063309 45000.123407 1 96210000015000
Chave Pix (CNPJ): 12.345.678/0001-95   Pedido 55821""")

pos("hr", "pt", """Memorando interno - Recursos Humanos
A colaboradora [[N|Inês Carvalho Sá Nogueira]] (n.º mecanográfico 4471), nascida em [[D|17/01/1993]],
passa a integrar a equipa da [[N|Filipa]] a partir de 1 de maio.
NISS: [[ID|21043817265]]   Morada: [[A|Av. da Liberdade 204, 5.º Dto., 1250-147 Lisboa]]""")

pos("prose", "pt", """Conversei ontem com a Dona [[N|Graça]] e com o seu [[N|Teixeira]] sobre a festa junina.
A [[N|Rafaela]] vem com o namorado, o [[N|Thiago Albuquerque]], e a vó leva os doces.
Quem não confirmou foi a [[N|Lurdinha]].""")

neg("form", "pt", """Comprovante de atualização cadastral
CPF: ***.482.337-**
Telefone: (21) 9****-**10
Titular: A**** B****** d** S*****   Protocolo 2024041500318""")

# ================================================================ Italian
pos("form", "it", """Modulo di iscrizione - Palestra Fitlife
Cognome: [[N|De Santis]]     Nome: [[N|Gian Luca]]
Codice fiscale: [[ID|<<cf>>]]
Nato a Milano il [[D|19/08/1979]]
Residenza: [[A|Via Giuseppe Garibaldi 22, scala B, interno 7, 20121 Milano (MI)]]""", cf=codice_fiscale("DSNGLC79M19F205"))

pos("medical", "it", """Azienda Ospedaliera Policlinico - Lettera di dimissione
Paziente: Sig.ra [[N|Maria Grazia Lo Russo]], nata il [[D|14/02/1951]] a Bari,
residente in [[A|Via Napoli 118, 70123 Bari]].
Diagnosi: frattura scomposta del polso destro. Medico curante: dott. [[N|Vito Scaramuzzi]]""")

pos("chat", "it", """[18:30] [[N|Chiara Benedetti]]: ma [[N|ale]] viene stasera?
[18:31] [[N|Davide Lanza]]: sì, porta anche la [[N|fede]]
[18:31] [[N|Chiara Benedetti]]: ok, io passo prima dalla nonna
[18:33] [[N|Davide Lanza]]: salutami [[N|gigi]]""")

neg("prose", "it", """Giuseppe Verdi nacque il 10 ottobre 1813 a Le Roncole, vicino a Busseto.
La sua casa natale è oggi un museo; il Teatro Regio di Parma gli dedica ogni anno il Festival Verdi.
Aida, Rigoletto e La traviata restano tra le opere più rappresentate al mondo.""")

neg("doc", "it", """Servizio clienti AcquaChiara S.p.A.
Numero verde: 800 123 456 (gratuito da rete fissa)
Pronto intervento guasti: 800 800 999, attivo 24 ore su 24
Scrivi a assistenza@acquachiara.example - sede legale a Verona""")

pos("letter", "it", """Sig. [[N|Ettore Pieraccini]]
[[A|Località Poggio Alto 7]]
[[A|Fraz. San Martino]]
[[A|53024 Montalcino (SI)]]

Gentile [[N|Ettore]], le confermiamo il ritiro delle uve il 18 settembre.""")

neg("doc", "it", """Come raggiungerci
Ci vediamo in Piazza Giuseppe Verdi, poi si prosegue in Via Alessandro Manzoni fino al Teatro Carlo Felice.
Fermata autobus: Corso Vittorio Emanuele II / Via Cristoforo Colombo.
Parcheggio consigliato: Piazzale Enrico Mattei.""")

pos("email", "it", """Oggetto: Caparra appartamento Rimini
Ciao [[N|Matteo]],
fai il bonifico a favore di [[N|Lucrezia Mancuso]], IBAN [[I|<<ib>>]], causale "caparra luglio".
Per qualsiasi cosa chiamami al [[P|+39 347 218 6603]].
[[N|Lucrezia]]""", ib=iban("IT", "K0306909606100000163728"))

pos("cv", "it", """CURRICULUM VITAE
[[N|Maria Di Stefano]]
Data di nascita: [[D|2 marzo 1996]]   Nazionalità: italiana
Indirizzo: [[A|Via dei Mille 41, 90139 Palermo]]
E-mail: [[E|maria.distefano96@libero.it]]
Referenze: prof. [[N|Salvatore La Mantia]], Università di Palermo""")

# ================================================================ Dutch
pos("form", "nl", """Inschrijfformulier huisartsenpraktijk De Linde
Achternaam: [[N|de Graaf]]      Voornamen: [[N|Maartje Josefien]]
Geboortedatum: [[D|04-11-1992]]  BSN: [[ID|<<bs>>]]
Adres: [[A|Lauriergracht 118-III]]
       [[A|1016 RP Amsterdam]]
Telefoon: [[P|06 41 28 93 57]]""", bs=bsn("17382946"))

pos("chat", "nl", """[09:02] [[N|Bram Hoekstra]]: vraag het even aan [[N|sanne]], die heeft de sleutel
[09:03] [[N|Femke Dijkman]]: sanne is ziek, ik bel [[N|joost]] wel
[09:03] [[N|Bram Hoekstra]]: ok top, en zeg tegen oma dat we om 5 uur komen""".replace("sanne is ziek", "[[N|sanne]] is ziek"))

neg("prose", "nl", """Vincent van Gogh werd geboren op 30 maart 1853 in Zundert.
Hij overleed op 29 juli 1890 in Auvers-sur-Oise.
Het Van Gogh Museum aan het Museumplein trekt jaarlijks ruim twee miljoen bezoekers.""")

neg("doc", "nl", """Klantenservice Waterbedrijf Oost
Bel gratis 0800 0359 (werkdagen 8.00-17.00 uur)
Storingen: 0800 023 2466, dag en nacht bereikbaar
Mail: klantenservice@waterbedrijfoost.example""")

pos("prose", "nl", """Vanmiddag sprak ik met [[N|Pieter-Jan van der Veen]] en mevrouw [[N|Van den Broek]] over de erfpacht.
Volgende week komt notaris [[N|Anouk ter Horst]] langs bij [[N|Kees]] en [[N|Wilma]] thuis.
Ik hou [[N|Ruud]] op de hoogte.""")

pos("letter", "nl", """Mevrouw [[N|Lotte Vermeulen]]
[[A|Kerkstraat 14 bus 3]]
[[A|9000 Gent]]
Rijksregisternummer: [[ID|<<rr>>]]
Geachte mevrouw [[N|Vermeulen]], uw aanvraag voor een bewonerskaart werd goedgekeurd.""", rr=be_nrn("910223", "156"))

neg("doc", "nl", """Boodschappenlijst week 15
- koffie Douwe Egberts, 2 pakken (Albert Heijn)
- Hema rookworst en Jan Linders appelmoes
- kaartjes Johan Cruijff ArenA ophalen bij Primera""")

pos("chat", "nl", """[Tikkie] [[N|Noor Bakker]] vraagt € 23,50 voor 'pizza vrijdag'
Betaal aan: [[N|N. Bakker]], IBAN [[I|<<ib>>]]
[21:14] [[N|Daan]]: betaald! thx [[N|noor]]""", ib=iban("NL", "RABO0318274659"))

# ================================================================ Polish
pos("letter", "pl", """Pani
[[N|Agnieszka Wróblewska-Nowak]]
[[A|ul. Długa 15 m. 7]]
[[A|80-827 Gdańsk]]

Szanowna Pani, w nawiązaniu do wniosku z dnia 4 kwietnia 2024 r. informujemy, że dane
wnioskodawczyni (ur. [[D|27 października 1983]] r., PESEL [[ID|<<pe>>]]) zostały zaktualizowane.""", pe=pesel("831027", "514", 6))

pos("chat", "pl", """[10:01] [[N|Kasia Zielińska]]: widziałaś się wczoraj z [[N|magdą]]?
[10:02] [[N|Ola Mazur]]: nie, byłam u babci. jutro idę z [[N|kubą]] do kina
[10:02] [[N|Kasia Zielińska]]: to pozdrów [[N|kubę]] ode mnie
[10:03] [[N|Ola Mazur]]: jasne 😊""")

pos("prose", "pl", """Wczoraj rozmawiałem z [[N|Anną Kowalczyk]] i jej mężem, [[N|Tomaszem]].
Dokumenty zostawiłem u pani [[N|Jadwigi Piątek]] na portierni.
Jutro dzwonię do [[N|Zbyszka]] w sprawie działki po [[N|Henryku Sobczaku]].""")

neg("prose", "pl", """Fryderyk Chopin urodził się 1 marca 1810 r. w Żelazowej Woli.
Zmarł 17 października 1849 r. w Paryżu, a jego serce spoczywa w kościele Świętego Krzyża w Warszawie.
Międzynarodowy Konkurs Chopinowski odbywa się co pięć lat.""")

neg("doc", "pl", """Wodociągi Miejskie Sp. z o.o. - Biuro Obsługi Klienta
Infolinia: 801 300 800 (pon.-pt. 7:00-19:00)
Pogotowie wodociągowe: 994
E-mail: bok@wodociagi-miejskie.example · siedziba w Lublinie""")

pos("hr", "pl", """Karta pracownika - dane osobowe
Imię i nazwisko: [[N|Bartłomiej Kaczmarczyk]]
Data urodzenia: [[D|07.06.1991]]   Seria i nr dowodu: [[ID|<<dw>>]]
Adres zamieszkania: [[A|Stara Wieś 112]]
                    [[A|05-600 Grójec]]
Nr rachunku: [[I|<<ib>>]]""", dw=dowod("ABS", "52381"), ib=iban("PL", "10902590000000014718273644"))

neg("doc", "pl", """Objazd dla linii 175
Autobusy jadą ul. Marii Skłodowskiej-Curie, następnie al. Jana Pawła II i rondem Romana Dmowskiego.
Przystanek "Plac Józefa Piłsudskiego" zostaje czasowo zawieszony.
Zmiana obowiązuje od 6.05.2024 do odwołania.""")

pos("csv", "pl", """Lp.;Imię i nazwisko;PESEL;Data urodzenia;Adres
1;[[N|Zofia Lewandowska]];[[ID|<<p1>>]];[[D|1978-09-21]];[[A|ul. Kwiatowa 4/2, 62-800 Kalisz]]
2;[[N|Mateusz Grzelak]];[[ID|<<p2>>]];[[D|2003-02-14]];[[A|os. Piastowskie 44/12, 61-148 Poznań]]
3;[[N|Helena Ściborowska]];[[ID|<<p3>>]];[[D|1949-12-01]];[[A|Kolonia Borek 9, 22-100 Chełm]]""", p1=pesel("780921", "457", 8), p2=pesel("032214", "019", 3), p3=pesel("491201", "882", 6))

neg("invoice", "pl", """Faktura VAT nr FV/2024/04/118
Data wystawienia: 05.04.2024   Termin płatności: 19.04.2024
Sprzedawca: Drukarnia Orzeł Sp. z o.o., NIP 525-000-00-00, Kraków
Zamówienie nr ZAM-77312, przesyłka 00659007734512345678""")

pos("email", "pl", """Dzień dobry [[N|Panie Marcinie]],
przesyłam poprawione zestawienie. W razie pytań proszę dzwonić.
Pozdrawiam serdecznie
[[N|Weronika Jabłońska]]
tel. [[P|+48 601 384 227]] · [[E|weronika.jablonska@onet-poczta.pl]]""".replace("[[N|Panie Marcinie]]", "Panie [[N|Marcinie]]"))

# ================================================================ Czech
pos("letter", "cs", """Vážená paní
Mgr. [[N|Jana Procházková]]
[[A|Vinohradská 1511/230]]
[[A|130 00 Praha 3]]

Věc: Potvrzení o přijetí žádosti (rodné číslo [[ID|<<rc>>]], nar. [[D|19. 6. 1978]])""", rc=rodne("785619", "318"))

pos("letter", "cs", """Ing. [[N|Tomáš Kratochvíl]]
[[A|Masarykova 412/18]]
[[A|byt č. 12, 3. patro]]
[[A|602 00 Brno]]
Vážený pane [[N|Kratochvíle]], zasíláme Vám vyúčtování služeb za rok 2023.""")

pos("chat", "cs", """[14:02] [[N|Petra Dvořáková]]: viděla jsi dneska [[N|lucku]]?
[14:03] [[N|Klára Veselá]]: jo, šla s [[N|pepou]] k babičce
[14:03] [[N|Petra Dvořáková]]: tak řekni [[N|pepovi]] ať mi zavolá""")

neg("prose", "cs", """Karel Čapek se narodil 9. ledna 1890 v Malých Svatoňovicích.
Jeho hra R.U.R. poprvé použila slovo robot, které vymyslel jeho bratr Josef.
Památník Karla Čapka ve Strži je otevřen od dubna do října.""")

neg("doc", "cs", """Pražská energetika - zákaznická linka
Volejte 800 123 456 (zdarma, nonstop)
Poruchy: 1236 · e-mail: zakaznici@prazska-energetika.example
Zákaznické centrum Praha 10, Na Hroudě 19 - pouze po objednání""".replace(", Na Hroudě 19 - pouze po objednání", " - pouze po objednání"))

pos("csv", "cs", """Jméno;Příjmení;Datum narození;Rodné číslo;Ulice;PSČ;Obec
[[N|Vojtěch]];[[N|Šťastný]];[[D|1983-05-09]];[[ID|<<r1>>]];[[A|Palackého 27]];779 00;Olomouc
[[N|Markéta]];[[N|Nováková]];[[D|1990-11-30]];[[ID|<<r2>>]];[[A|Dlouhá 5/412]];370 01;České Budějovice""", r1=rodne("830509", "411"), r2=rodne("906130", "027"))

neg("doc", "cs", """Trasa průvodu
Sraz u sochy svatého Václava na Václavském náměstí, dále ulicí Karla Engliše
a po nábřeží Edvarda Beneše až na Palachovo náměstí.
Konec akce ve 21:00 u Rudolfina.""")

pos("court", "cs", """Okresní soud v Českých Budějovicích - ROZSUDEK JMÉNEM REPUBLIKY
Obžalovaný: [[N|Radek Horák]], nar. [[D|4. 7. 1979]] v Táboře,
bytem [[A|Lidická 1877/42, 370 01 České Budějovice]],
obhájce: JUDr. [[N|Alena Smetanová]], advokátka.""")

pos("email", "cs", """Předmět: vrácení zálohy
Dobrý den, pane [[N|Kučero]],
zálohu prosím pošlete na účet [[I|<<ib>>]] (majitel [[N|Eliška Bartošová]]).
Děkuji, [[N|Eliška]]""", ib=iban("CZ", "08000000001928374651"))

# ================================================================ Slovak
pos("letter", "sk", """Pán
[[N|Marek Baláž]]
[[A|Hlavná 12]]
[[A|040 01 Košice]]
Vec: Rozhodnutie o dávke - rodné číslo [[ID|<<rc>>]], dátum narodenia [[D|17. 9. 1984]]""", rc=rodne("840917", "622"))

pos("letter", "sk", """Vážená pani
[[N|Ľubica Hrušovská]]
[[A|Dolná Strehová 245]]
[[A|991 02 Dolná Strehová]]
Oznamujeme Vám, že dôchodok za máj bude vyplatený 10. 5. 2024.""")

pos("chat", "sk", """[17:44] [[N|Zuzana Krajčírová]]: zober aj [[N|zuzku]], bude u [[N|miša]]
[17:45] [[N|Peter Šimko]]: ok, a [[N|janka]] ide tiež?
[17:46] [[N|Zuzana Krajčírová]]: nie, tá je u starkej""")

neg("prose", "sk", """Milan Rastislav Štefánik sa narodil 21. júla 1880 v Košariskách.
Bol astronóm, generál francúzskej armády a spoluzakladateľ Československa.
Mohyla na Bradle je otvorená celoročne.""")

neg("doc", "sk", """Západoslovenská distribučná - zákaznícka linka
Poruchová linka: 0800 111 567 (nonstop, bezplatne)
Zákaznícka linka: 0850 333 999 · info@zsdis.example
Sídlo spoločnosti: Bratislava""")

pos("hr", "sk", """Osobný dotazník zamestnanca
Meno a priezvisko: [[N|Ivana Kollárová]]
Dátum narodenia: [[D|23. 2. 1995]]   Miesto narodenia: Prešov
Trvalý pobyt: [[A|Štúrova 8, 080 01 Prešov]]
IBAN na výplatu: [[I|<<ib>>]]""", ib=iban("SK", "09000000005123984712"))

pos("prose", "sk", """Včera som bol u [[N|Jozefa Kučeru]] a s jeho manželkou [[N|Máriou]] sme riešili dedičstvo.
Papiere má notárka [[N|Gabriela Hudecová]], zavolám jej v pondelok.
Pozdravuje ťa aj [[N|Ďuri]].""")

neg("invoice", "sk", """Faktúra č. 2024/0418
Variabilný symbol: 20240418   Konštantný symbol: 0308
Dodávateľ: Tlačiareň Tatry s.r.o., IČO 35 123 456, DIČ 2020123456, Poprad
Dátum dodania: 02.04.2024  Splatnosť: 16.04.2024""")

# ================================================================ Hungarian
pos("letter", "hu", """[[N|Nagy Zoltán]] részére
[[A|Budapest]]
[[A|Petőfi Sándor u. 12. 3. em. 8.]]
[[A|1052]]

Tisztelt [[N|Nagy Zoltán]]! Értesítjük, hogy adóazonosító jele ([[ID|<<ad>>]]) alapján...""", ad=hu_adoazon("841274593"))

pos("form", "hu", """Betegfelvételi lap
Név: [[N|Kovácsné Szabó Erzsébet]]
Születési név: [[N|Szabó Erzsébet Ilona]]   Anyja neve: [[N|Fekete Margit]]
Születési dátum: [[D|1978. 04. 23.]]   TAJ: [[ID|<<tj>>]]
Lakcím: [[A|6720 Szeged, Kárász u. 9. II/4.]]""", tj=taj("03748291"))

pos("chat", "hu", """[16:20] [[N|Tóth Eszter]]: szólj [[N|pistinek]] is, hogy jön a mama
[16:21] [[N|Varga Levente]]: ok. [[N|zsófi]] már tudja?
[16:22] [[N|Tóth Eszter]]: igen, [[N|zsófival]] beszéltem reggel""")

neg("prose", "hu", """Petőfi Sándor 1823. január 1-jén született Kiskőrösön.
A Nemzeti dal 1848. március 15-én hangzott el a Nemzeti Múzeum lépcsőjén.
Szülőháza ma emlékmúzeum, nyitva keddtől vasárnapig.""")

neg("doc", "hu", """Fővárosi Vízművek ügyfélszolgálat
Telefonos ügyfélszolgálat: +36 1 247 7777
Hibabejelentés: 06 80 24 7 24 7 (ingyenes, éjjel-nappal)
E-mail: ugyfelszolgalat@vizmuvek.example""")

pos("prose", "hu", """Tegnap [[N|Kovács Bálinttal]] és [[N|Horváthné Marikával]] beszéltem a lakásról.
A kulcsot [[N|Bence]] hozza át szombaton, addig [[N|Juditnál]] van.
Ügyvédünk, dr. [[N|Farkas Ágnes]] szerint jövő héten aláírhatjuk.""")

neg("doc", "hu", """Kerékpártúra útvonala
Indulás az Andrássy útról, majd a Dózsa György úton át a Városligetbe.
Visszafelé az Erzsébet hídon és a Széchenyi lánchídon megyünk.
Táv: 18 km, időtartam kb. 2 óra.""")

# ================================================================ Romanian
pos("letter", "ro", """Dl. [[N|Andrei-Mihai Popescu]]
[[A|Str. Aviatorilor nr. 8, bl. M12, sc. B, et. 3, ap. 47]]
[[A|Sector 1]]
[[A|011853 București]]
Stimate domnule [[N|Popescu]], vă comunicăm că cererea dvs. a fost aprobată.""")

pos("chat", "ro", """[12:10] [[N|Ioana Dumitrescu]]: mergi cu [[N|ioana]] la piață?
[12:11] [[N|Radu Stan]]: nu, merg cu [[N|mădă]]. [[N|ioana]] e la bunica
[12:12] [[N|Ioana Dumitrescu]]: ok, spune-i lui [[N|vlad]] să aducă mașina""")

neg("prose", "ro", """Mihai Eminescu s-a născut la 15 ianuarie 1850 la Botoșani.
Ziua Culturii Naționale se sărbătorește în fiecare an la data nașterii poetului.
Casa memorială de la Ipotești poate fi vizitată zilnic între 9 și 17.""")

neg("doc", "ro", """Apa Nova - Call center
Dispecerat non-stop: 021 9335
Linie gratuită: 0800 800 700
E-mail: relatii.clienti@apanova.example - sediul central în București""")

pos("hr", "ro", """Fișa angajatului
Nume: [[N|Mureșan]]     Prenume: [[N|Camelia Ancuța]]
CNP: [[ID|<<cn>>]]       Data nașterii: [[D|03.09.1975]]
Domiciliu: [[A|Str. Observatorului nr. 34, ap. 12, 400500 Cluj-Napoca]]
IBAN: [[I|<<ib>>]]""", cn=cnp("275090312345"), ib=iban("RO", "BTRL0130120187465301"))

pos("court", "ro", """Tribunalul Argeș - Sentința penală nr. 218/2024
Inculpatul [[N|Vasilescu Ionuț-Cristian]], fiul lui [[N|Gheorghe]] și [[N|Maria]], născut la [[D|11.02.1990]] în Pitești,
domiciliat în [[A|com. Bradu, sat Geamăna, nr. 217, jud. Argeș]],
asistat de avocat [[N|Roxana Ilie]].""")

neg("doc", "ro", """Program de vizitare
Plecăm din Piața Constantin Brâncuși, pe Bulevardul Ion C. Brătianu până la Ateneul Român.
Oprire la statuia lui Mihai Viteazul și la Casa Memorială George Enescu.
Durata: aproximativ 3 ore.""")

# ================================================================ Bulgarian
pos("letter", "bg", """До
[[N|Иван Петров Димитров]]
[[A|ж.к. Люлин 5]]
[[A|бл. 512, вх. В, ет. 3, ап. 48]]
[[A|1324 София]]
Относно: Удостоверение, ЕГН [[ID|<<eg>>]]""", eg=egn("770415382"))

pos("chat", "bg", """[18:05] [[N|Мария Георгиева]]: видя ли се с [[N|ники]] днес?
[18:06] [[N|Стефан Колев]]: не, беше при баба си. утре ще ходя с [[N|гошо]]
[18:07] [[N|Мария Георгиева]]: кажи на [[N|гошо]] да ми върне книгата""")

neg("prose", "bg", """Христо Ботев е роден на 6 януари 1848 г. в Калофер.
Загива на 1 юни 1876 г. във Врачанския балкан; денят се отбелязва с едноминутно мълчание.
Къщата-музей в Калофер е отворена всеки ден.""")

neg("doc", "bg", """Софийска вода - Център за обслужване на клиенти
Денонощен телефон: 0700 121 21
Аварии: 02 812 2999 · имейл: info@sofiyskavoda.example
Клиентски център в София, работно време 8:30-17:00""")

pos("hr", "bg", """Лично досие на служител
Име: [[N|Десислава Костадинова Колева]]
Дата на раждане: [[D|14.07.1979]] г.   ЕГН: [[ID|<<eg>>]]
Постоянен адрес: [[A|гр. Пловдив, ул. „Капитан Райчо“ № 56, ет. 2, ап. 5]]
Банкова сметка: [[I|<<ib>>]]""", eg=egn("790714451"), ib=iban("BG", "UNCR70001523456789"))

pos("prose", "bg", """Вчера се срещнах с [[N|Десислава]] и с брат ѝ [[N|Пламен]] пред кметството.
Документите са при адвокат [[N|Теодора Младенова]], а ключовете - у леля [[N|Сийка]].
Ще звънна на [[N|Бойко Стоянов]] в понеделник.""")

neg("doc", "bg", """Маршрут на екскурзията
Тръгваме от бул. „Васил Левски“, минаваме по ул. „Граф Игнатиев“ до паметника на Патриарх Евтимий.
Обяд в ресторант „Бай Ганьо“, след това посещение на храм „Св. Александър Невски“.""")

# ================================================================ Greek
pos("letter", "el", """Κυρία
[[N|Ελένη Παπαδοπούλου]]
[[A|Οδός Αγίου Δημητρίου 45]]
[[A|2ος όροφος, διαμ. 4]]
[[A|546 30 Θεσσαλονίκη]]
Θέμα: Βεβαίωση ΑΜΚΑ [[ID|<<am>>]] - ΑΦΜ [[ID|<<af>>]]""", am=amka("280791", "0417"), af=afm("12834759"))

pos("chat", "el", """[11:10] [[N|Γιώργος Αντωνίου]]: πες στη [[N|μαρία]] να φέρει τα χαρτιά
[11:11] [[N|Κατερίνα Ζαχαρίου]]: εντάξει. ο [[N|τάκης]] έρχεται με τη γιαγιά;
[11:12] [[N|Γιώργος Αντωνίου]]: ναι, και ο [[N|νίκος]] αργότερα""")

neg("prose", "el", """Ο Νίκος Καζαντζάκης γεννήθηκε στις 18 Φεβρουαρίου 1883 στο Ηράκλειο.
Ο Αλέξης Ζορμπάς και ο Καπετάν Μιχάλης είναι από τους γνωστότερους ήρωές του.
Το Μουσείο Νίκου Καζαντζάκη βρίσκεται στη Μυρτιά.""")

neg("doc", "el", """ΔΕΥΑ Λάρισας - Εξυπηρέτηση καταναλωτών
Τηλεφωνικό κέντρο: 2410 686 000
Βλάβες (24ωρο): 1055 · email: info@deyal.example
Γραφεία στη Λάρισα, Δευτέρα-Παρασκευή 07:30-14:30""")

pos("form", "el", """ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ
Επώνυμο: [[N|Κωνσταντινίδης]]       Όνομα: [[N|Δημήτριος]]
Πατρώνυμο: [[N|Αθανάσιος]]          Μητρώνυμο: [[N|Σοφία]]
Ημ. γέννησης: [[D|03/11/1982]]      Αρ. Δελτ. Ταυτότητας: [[ID|ΑΚ 482913]]
Διεύθυνση: [[A|Λεωφ. Αλεξάνδρας 112]]   Τ.Κ.: 114 73   Πόλη: Αθήνα""")

pos("medical", "el", """Γενικό Νοσοκομείο Χανίων - Ενημερωτικό σημείωμα
Ασθενής: [[N|Σταυρούλα Μανωλάκη]], 67 ετών, γεν. [[D|21/06/1956]]
Διεύθυνση: [[A|Οδός Χατζημιχάλη Νταλιάνη 8, 1ος όροφος, 731 34 Χανιά]]
Θεράπων ιατρός: κ. [[N|Εμμανουήλ Φραγκιαδάκης]]""")

neg("doc", "el", """Οδηγίες πρόσβασης
Από την Πλατεία Συντάγματος ακολουθήστε την Οδό Ελευθερίου Βενιζέλου (Πανεπιστημίου)
μέχρι το άγαλμα του Ιωάννη Καποδίστρια. Η είσοδος είναι απέναντι από τη Βιβλιοθήκη.""")

pos("email", "el", """Θέμα: Ενοίκιο Απριλίου
Καλησπέρα κ. [[N|Ραφαηλίδη]],
το ενοίκιο θα κατατεθεί στον λογαριασμό [[I|<<ib>>]] (δικαιούχος [[N|Αναστασία Ραφαηλίδου]]).
Με εκτίμηση, [[N|Πάνος Γεωργίου]], [[P|694 512 3870]]""", ib=iban("GR", "01101250000000187345612"))

pos("letter", "el", """Προς
[[N|Χρυστάλλα Ευαγγέλου]]
[[A|Οδός Ανεξαρτησίας 27, Διαμ. 203]]
[[A|3041 Λεμεσός]]
Κύπρος
Αγαπητή κυρία [[N|Ευαγγέλου]], η ημερομηνία γέννησής σας ([[D|09.12.1968]]) διορθώθηκε στο μητρώο.""")

# ================================================================ Serbian
pos("letter", "sr", """Г. [[N|Милан Јовановић]]
[[A|Булевар ослобођења 88/3]]
[[A|21000 Нови Сад]]
Предмет: Решење о пензији, ЈМБГ [[ID|<<jm>>]], рођен [[D|07.12.1985.]]""", jm=emso("071298571234"))

pos("chat", "sr", """[20:01] [[N|Jelena Marković]]: jesi video [[N|peđu]] danas?
[20:02] [[N|Nemanja Ilić]]: jesam, bio je kod bake sa [[N|milicom]]
[20:03] [[N|Jelena Marković]]: reci [[N|peđi]] da me pozove""")

pos("letter", "sr", """[[N|Ana Stojanović]]
[[A|Ulica Cara Dušana 44, sprat 2, stan 7]]
[[A|11080 Zemun]]
Poštovana gospođo [[N|Stojanović]], vaš paket možete preuzeti u pošti do 20. 4. 2024.""")

neg("prose", "sr", """Никола Тесла рођен је 10. јула 1856. у Смиљану.
Музеј Николе Тесле у Београду чува његову урну и личне ствари.
Аеродром у Београду такође носи његово име.""")

neg("doc", "sr", """ЈКП Београдски водовод - Кол центар
Телефон: 011 3606 555 (радним данима 7-19)
Хитне интервенције: 011 3606 111 · info@bvk.example
Седиште предузећа у Београду""")

pos("csv", "sr", """Р.бр.;Име и презиме;Датум рођења;Адреса
1;[[N|Снежана Петровић]];[[D|14.02.1979]];[[A|Његошева 17, стан 4, 11000 Београд]]
2;[[N|Драган Милошевић]];[[D|30.08.1991]];[[A|Војводе Мишића 112, 34000 Крагујевац]]
3;[[N|Мирјана Ђорђевић-Тодоровић]];[[D|01.01.1965]];[[A|Село Бреково бб, 31230 Ариље]]""")

neg("doc", "sr", """Траса трке
Старт на Тргу Николе Пашића, даље Булеваром краља Александра до Вуковог споменика.
Циљ је код Храма Светог Саве. Затварање улица од 8 до 13 часова.""")

pos("prose", "sr", """Јуче сам био код [[N|Драгана Петровића]] и са његовом женом [[N|Снежаном]] договорио продају.
Кључеве је оставио код комшије [[N|Бранка]], а уговор ће саставити адвокат [[N|Весна Лукић]].
Потписивање је заказано за петак у 10 часова.""")

# ================================================================ Croatian
pos("letter", "hr", """Gđa [[N|Ivana Horvat]]
[[A|Ilica 45, 3. kat]]
[[A|10000 Zagreb]]
Predmet: Rješenje o povratu poreza - OIB [[ID|<<ob>>]]""", ob=oib("3847261950"))

pos("chat", "hr", """[09:40] [[N|Marija Kovačević]]: pitaj [[N|ivu]] jel ide s nama na more
[09:41] [[N|Luka Babić]]: iva je kod bake u zagorju, pitat ću [[N|antu]]
[09:42] [[N|Marija Kovačević]]: ok, javi mi""".replace("iva je kod", "[[N|iva]] je kod"))

neg("prose", "hr", """Marko Marulić rođen je 18. kolovoza 1450. u Splitu.
Njegova Judita smatra se prvim umjetničkim djelom na hrvatskom jeziku.
Spomenik Marku Maruliću, rad Ivana Meštrovića, stoji na Voćnom trgu.""")

neg("doc", "hr", """HEP Opskrba - korisnička podrška
Besplatni info telefon: 0800 52 52
Prijava kvarova: 0800 300 412 · info@hep-opskrba.example
Poslovnica u Zagrebu radi od 8 do 16 sati.""")

pos("hr", "hr", """Osobni karton radnika
Ime i prezime: [[N|Tomislav Jurić]]
Datum rođenja: [[D|21.05.1987.]]   OIB: [[ID|<<ob>>]]
Adresa: [[A|Gornji Kraj 27]]
        [[A|Vrbovec Samoborski]]
        [[A|10430 Samobor]]
IBAN: [[I|<<ib>>]]""", ob=oib("6182739405"), ib=iban("HR", "24840081106283749"))

neg("invoice", "hr", """RAČUN br. 118-1-1
Datum izdavanja: 05.04.2024.  Poziv na broj: HR01 2024-0418
Kupac: Konzum d.d., OIB tvrtke 29955634590, Zagreb
Kartica: **** **** **** 7710 · Odobrenje 448120""")

# ================================================================ Slovenian
pos("letter", "sl", """Gospa
[[N|Maja Novak]]
[[A|Trubarjeva cesta 42]]
[[A|1000 Ljubljana]]
Zadeva: Odločba o otroškem dodatku - EMŠO [[ID|<<em>>]]""", em=emso("280399850513"))

pos("chat", "sl", """[08:15] [[N|Luka Kranjc]]: a si videl [[N|žigo]]?
[08:16] [[N|Nina Zupan]]: ja, je bil pri [[N|tjaši]] na kavi
[08:16] [[N|Luka Kranjc]]: ok, rečem mu pol""")

neg("prose", "sl", """France Prešeren se je rodil 3. decembra 1800 v Vrbi.
Njegova Zdravljica je danes slovenska himna, 8. februar pa kulturni praznik.
Prešernova rojstna hiša v Vrbi je odprta od torka do nedelje.""")

pos("hr", "sl", """Kadrovska evidenca
Priimek in ime: [[N|Potočnik Urška]]
Datum rojstva: [[D|9. 10. 1989]]   Davčna številka: [[ID|48271936]]
Naslov: [[A|Ulica Frana Kovačiča 3]]
        [[A|2000 Maribor]]""")

neg("doc", "sl", """Elektro Ljubljana - klicni center
Brezplačna številka: 080 30 20
Prijava napak: 080 31 71 (24 ur) · info@elektro-ljubljana.example
Sedež podjetja: Ljubljana""")

pos("prose", "sl", """Včeraj sem bil pri [[N|Janezu Kovaču]] in njegovi ženi [[N|Mojci]].
Pogodbo bo pripravila notarka [[N|Petra Hribar]], ključe pa ima [[N|Tine]].
Podpis je predviden za petek ob desetih.""")

# ================================================================ Bosnian
pos("letter", "bs", """[[N|Emina Hadžić]]
[[A|Titova 23, stan 14]]
[[A|71000 Sarajevo]]
Predmet: Uvjerenje - JMBG [[ID|<<jm>>]], datum rođenja [[D|18.06.1992.]]""", jm=emso("180699217345"))

pos("chat", "bs", """[21:05] [[N|Adnan Begović]]: jesi li zvala [[N|amru]]?
[21:06] [[N|Lejla Mehmedović]]: jesam, dolazi s [[N|harisom]] u subotu
[21:06] [[N|Adnan Begović]]: super, reci nani da spremi pitu""")

neg("prose", "bs", """Ivo Andrić rođen je 9. oktobra 1892. u Travniku.
Nobelovu nagradu za književnost dobio je 1961. za roman Na Drini ćuprija.
Njegova rodna kuća u Travniku danas je muzej.""")

pos("hr", "bs", """Evidencija zaposlenih
Ime i prezime: [[N|Kemal Softić]]
Datum rođenja: [[D|02.03.1984.]]
Adresa: [[A|Mala Aleja 9, 88000 Mostar]]
Račun: [[I|<<ib>>]]""", ib=iban("BA", "1290079401028494"))

neg("doc", "bs", """BH Telecom - korisnički servis
Besplatni broj: 1444
Tehnička podrška: 080 020 020 · podrska@bhtelecom.example
Poslovnice u Sarajevu, Zenici i Tuzli.""")

# ================================================================ Macedonian
pos("letter", "mk", """Г-ѓа [[N|Билјана Трајковска]]
[[A|ул. Партизанска бр. 15, влез 2, стан 8]]
[[A|1000 Скопје]]
Предмет: Потврда, ЕМБГ [[ID|<<em>>]], родена на [[D|05.10.1988]]""", em=emso("051098845562"))

pos("chat", "mk", """[19:30] [[N|Марко Стојановски]]: кажи му на [[N|аце]] да дојде во осум
[19:31] [[N|Елена Николовска]]: ќе дојде со [[N|вики]]
[19:32] [[N|Марко Стојановски]]: супер""")

neg("prose", "mk", """Гоце Делчев е роден на 4 февруари 1872 година во Кукуш.
Неговите посмртни останки почиваат во црквата Свети Спас во Скопје.
Улици и училишта низ земјата го носат неговото име.""")

neg("doc", "mk", """Водовод и канализација Скопје - кол центар
Телефон: 02 3073 073 (24 часа)
Е-пошта: kontakt@vodovod-skopje.example
Шалтер сала во Скопје, понеделник-петок 8-16""")

pos("hr", "mk", """Лични податоци на вработен
Име и презиме: [[N|Горан Петрушевски]]
Датум на раѓање: [[D|27.11.1976]]
Адреса: [[A|ул. Илинденска бр. 44, кат 3, стан 9]]
        [[A|7000 Битола]]
Телефон: [[P|070 318 442]]""")

pos("prose", "mk", """Вчера бев кај [[N|Благоја Ристовски]] и со неговата сопруга [[N|Весна]] зборувавме за наследството.
Документите ги носи адвокатката [[N|Марина Андоновска]].
Состанокот е закажан за среда во 11 часот.""")

# ================================================================ Albanian
pos("letter", "sq", """Z. [[N|Arben Hoxha]]
[[A|Rruga e Durrësit, Pallati 5, Shkalla 2, Ap. 14]]
[[A|1001 Tiranë]]
Lënda: Vërtetim - Nr. personal [[ID|I90921047P]], datëlindja [[D|21.09.1979]]""")

pos("chat", "sq", """[10:12] [[N|Erion Gashi]]: e pe sot [[N|blerinën]]?
[10:13] [[N|Dafina Berisha]]: po, ishte me [[N|dritonin]] te gjyshja
[10:14] [[N|Erion Gashi]]: thuaji [[N|blerinës]] të më marrë në telefon""")

neg("prose", "sq", """Nënë Tereza, e lindur si Anjezë Gonxhe Bojaxhiu, lindi më 26 gusht 1910 në Shkup.
Ajo mori Çmimin Nobel për Paqe në vitin 1979.
Aeroporti i Tiranës dhe sheshi kryesor mbajnë emrin e saj.""")

neg("doc", "sq", """OSHEE - Qendra e thirrjeve
Numri falas: 0800 40 40
Raportim defektesh 24 orë: 0800 40 41 · info@oshee.example
Zyra qendrore në Tiranë""")

pos("form", "sq", """Formular regjistrimi - Universiteti i Prishtinës
Emri: [[N|Valbona]]   Mbiemri: [[N|Krasniqi]]
Datëlindja: [[D|14.11.1993]]
Adresa: [[A|Rr. Agim Ramadani, Nr. 34, Hyrja 2, Kati 3]]
        [[A|10000 Prishtinë]]
Tel.: [[P|+383 44 218 773]]""")

pos("hr", "sq", """Dosja e punonjësit
Emër mbiemër: [[N|Ilir Dervishi]]
Datëlindja: [[D|05.08.1982]]
Adresa: [[A|Lagjja 11 Nëntori, Rruga Kajo Karafili, Nr. 17, 9401 Vlorë]]
IBAN: [[I|<<ib>>]]""", ib=iban("AL", "212110090000000582734610"))

# ================================================================ Russian
pos("letter", "ru", """Кому: [[N|Смирновой Ольге Викторовне]]
Куда: [[A|ул. Профсоюзная, д. 93, корп. 2, кв. 117]]
      [[A|г. Москва]]
      [[A|117279]]
От кого: [[N|Смирнов А. В.]], [[A|ул. Ленина, д. 4, кв. 9, г. Тверь, 170100]]""")

pos("form", "ru", """АНКЕТА КЛИЕНТА
Фамилия: [[N|Кузнецов]]   Имя: [[N|Алексей]]   Отчество: [[N|Игоревич]]
Дата рождения: [[D|12.09.1975]]   Паспорт: [[ID|45 08 731926]]
СНИЛС: [[ID|<<sn>>]]   ИНН: [[ID|<<inn>>]]
Телефон: [[P|+7 916 482-31-07]]""", sn=snils("148275619"), inn=inn12("5003041827"))

pos("chat", "ru", """[22:10] [[N|Дима Соколов]]: ты с [[N|машей]] говорил?
[22:11] [[N|Артём Лебедев]]: да, она у бабушки. завтра с [[N|костей]] приедет
[22:12] [[N|Дима Соколов]]: ок, скажи [[N|косте]] чтобы взял зарядку""")

neg("prose", "ru", """Александр Сергеевич Пушкин родился 6 июня 1799 года в Москве.
Евгений Онегин и Татьяна Ларина - герои его романа в стихах.
Музей-квартира Пушкина на Мойке открыт ежедневно, кроме вторника.""")

neg("doc", "ru", """ПАО «Мосэнергосбыт» - контакт-центр
Горячая линия: 8 800 550-05-05 (звонок бесплатный)
Аварийная служба: 112 · info@mosenergo.example
Офис обслуживания в Москве, пн-пт 8:00-20:00""")

pos("medical", "ru", """Выписка из истории болезни
Пациентка: [[N|Белова Наталья Сергеевна]], дата рождения [[D|03.02.1962]]
Адрес: [[A|г. Екатеринбург, ул. Малышева, д. 51, кв. 28]]
Лечащий врач: [[N|Гарифуллин Р. Р.]]""")

neg("doc", "ru", """Схема проезда
От станции метро «Пушкинская» идите по улице Льва Толстого до Ленинского проспекта.
Вход со стороны сквера имени Чайковского, рядом с памятником Гоголю.""")

pos("prose", "ru", """Вчера я встречался с [[N|Андреем Волковым]] и его женой [[N|Ириной]].
Документы лежат у [[N|Марины Петровны]], а ключи - у соседа [[N|Гены]].
Сделку назначили на пятницу, 12:00.""")

# ================================================================ Ukrainian
pos("letter", "uk", """Кому: [[N|Коваленко Олені Петрівні]]
Куди: [[A|вул. Січових Стрільців, 37, кв. 12]]
      [[A|м. Київ]]
      [[A|04053]]
Україна""")

pos("form", "uk", """ЗАЯВА-АНКЕТА
ПІБ: [[N|Мельник Тарас Богданович]]
Дата народження: [[D|24.08.1991]]
РНОКПП: [[ID|<<rn>>]]   ID-картка № [[ID|004817263]]
Адреса: [[A|м. Львів, вул. Городоцька, 174, кв. 36]]""", rn=rnokpp("338451702"))

pos("chat", "uk", """[19:40] [[N|Оксана Мельник]]: ти бачив [[N|тараса]]?
[19:41] [[N|Андрій Шевчук]]: так, він з [[N|олесею]] у бабусі
[19:42] [[N|Оксана Мельник]]: передай [[N|олесі]] привіт""")

neg("prose", "uk", """Тарас Шевченко народився 9 березня 1814 року в селі Моринці.
Його «Кобзар» вийшов друком 1840 року.
Національний музей Тараса Шевченка працює щодня, крім понеділка.""")

neg("doc", "uk", """Київводоканал - контакт-центр
Гаряча лінія: 0 800 500 609 (безкоштовно)
Аварійна служба: 1551 · info@vodokanal.example
Центр обслуговування у Києві""")

pos("letter", "uk", """[[N|Гнатюк Василь Іванович]]
[[A|с. Нижні Петрівці, вул. Шкільна, 14]]
[[A|Кіцманський р-н, Чернівецька обл.]]
[[A|59312]]
Рахунок для виплати: [[I|<<ib>>]]""", ib=iban("UA", "3052990000026007233566001"))

neg("doc", "uk", """Маршрут екскурсії
Від площі Івана Франка прямуємо проспектом Степана Бандери до пам'ятника Лесі Українці.
Далі - вулиця Григорія Сковороди та Музей Михайла Грушевського.""")

# ================================================================ Lithuanian
pos("letter", "lt", """Gerb. [[N|Rūta Kazlauskienė]]
[[A|Gedimino pr. 20-15]]
[[A|LT-01103 Vilnius]]
Dėl pažymos: asmens kodas [[ID|<<ak>>]], gimimo data [[D|1992-11-04]]""", ak=lt_ak("4921104512"))

pos("letter", "lt", """[[N|Jonas Petrauskas]]
[[A|Pakalnių k. 3]]
[[A|Kėdainių r. sav.]]
[[A|LT-57123]]
Gerbiamas [[N|Jonai]], primename apie žemės mokesčio mokėjimą.""")

pos("chat", "lt", """[18:22] [[N|Eglė Jankauskaitė]]: ar matei [[N|mindaugą]]?
[18:23] [[N|Tomas Butkus]]: taip, jis su [[N|ieva]] pas močiutę
[18:23] [[N|Eglė Jankauskaitė]]: pasakyk [[N|mindaugui]] kad paskambintų""")

neg("prose", "lt", """Maironis (Jonas Mačiulis) gimė 1862 m. lapkričio 2 d. Pasandravyje.
Jo rinkinys Pavasario balsai išleistas 1895 m.
Maironio lietuvių literatūros muziejus veikia Kaune.""")

neg("doc", "lt", """Vilniaus vandenys - klientų aptarnavimas
Trumpasis numeris: 1889
Avarinė tarnyba: +370 5 266 2600 · info@vv.example
Klientų centras Vilniuje""")

pos("hr", "lt", """Darbuotojo kortelė
Vardas, pavardė: [[N|Gintarė Vaitkevičiūtė]]
Gimimo data: [[D|1993-06-14]]
Adresas: [[A|Savanorių pr. 187-41, LT-02300 Vilnius]]
Sąskaita: [[I|<<ib>>]]""", ib=iban("LT", "7300010128374652"))

neg("doc", "lt", """Ekskursijos maršrutas
Pradedame Gedimino prospekte, einame Vytauto gatve iki Maironio paminklo.
Pabaiga prie Adomo Mickevičiaus bibliotekos.""")

# ================================================================ Latvian
pos("letter", "lv", """[[N|Jānis Bērziņš]]
[[A|Brīvības iela 118 - 42]]
[[A|Rīga, LV-1001]]
Personas kods: [[ID|<<pk>>]]
Cienījamais [[N|Jāni]], Jūsu iesniegums ir saņemts.""", pk=lv_pk("070679", "1083"))

pos("letter", "lv", """[[N|Ilze Kalniņa]]
[[A|Ozoliņi]]
[[A|Sējas pag., Saulkrastu nov.]]
[[A|LV-2142]]
Paziņojums par nekustamā īpašuma nodokli 2024. gadam.""")

pos("chat", "lv", """[13:05] [[N|Laura Ozola]]: vai redzēji [[N|andri]]?
[13:06] [[N|Mārtiņš Liepiņš]]: jā, viņš bija pie [[N|kristīnes]]
[13:06] [[N|Laura Ozola]]: pasaki [[N|andrim]] lai atzvana""")

neg("prose", "lv", """Krišjānis Barons dzimis 1835. gada 31. oktobrī Strutelē.
Viņš apkopoja vairāk nekā 200 000 latviešu tautasdziesmu.
Krišjāņa Barona muzejs atrodas Rīgā.""")

neg("doc", "lv", """Rīgas ūdens - klientu apkalpošana
Tālrunis: 8000 2080 (bezmaksas)
Avārijas dienests: 67 088 555 · info@rigasudens.example
Klientu centrs Rīgā""")

pos("hr", "lv", """Darbinieka lietas izraksts
Vārds, uzvārds: [[N|Kristaps Vītols]]
Dzimšanas datums: [[D|1988. gada 5. aprīlis]]
Adrese: [[A|Dzirnavu iela 57 - 9, Rīga, LV-1010]]
Konts: [[I|<<ib>>]]""", ib=iban("LV", "HABA0551027364512"))

pos("prose", "lv", """Vakar runāju ar [[N|Anniju Ozolu]] un viņas vīru [[N|Kārli]].
Dokumentus paņems notāre [[N|Dace Krūmiņa]], bet atslēgas ir pie [[N|Edgara]].
Līgumu parakstīsim piektdien pulksten desmitos.""")

# ================================================================ Estonian
pos("letter", "et", """[[N|Kadri Tamm]]
[[A|Pärnu mnt 22-5]]
[[A|10141 Tallinn]]
Isikukood: [[ID|<<ik>>]]
Lugupeetud [[N|Kadri Tamm]], teie taotlus on rahuldatud.""", ik=isikukood("4870521318"))

pos("letter", "et", """[[N|Mart Saar]]
[[A|Männiku talu]]
[[A|Kõrveküla]]
[[A|Tartu vald]]
[[A|60514 Tartumaa]]
Teade: maamaksu tähtaeg on 2. oktoober.""")

pos("chat", "et", """[15:40] [[N|Liis Kask]]: kas sa [[N|kadrit]] nägid?
[15:41] [[N|Priit Mägi]]: jah, ta oli [[N|andresega]] vanaema juures
[15:41] [[N|Liis Kask]]: ütle [[N|kadrile]] et helistaks""")

neg("prose", "et", """Lydia Koidula sündis 24. detsembril 1843 Vändras.
Tema luuletusest Mu isamaa on minu arm sai laulupidude hümn.
Koidula muuseum asub Pärnus.""")

neg("doc", "et", """Tallinna Vesi - klienditeenindus
Telefon: 626 2200 (E-R 8-17)
Avariid: 626 2222 · info@tvesi.example
Klienditeeninduse büroo Tallinnas""")

pos("hr", "et", """Töötaja andmed
Nimi: [[N|Rasmus Lepik]]
Sünniaeg: [[D|14.02.1990]]
Aadress: [[A|Riia 15-7, 51010 Tartu]]
Pangakonto: [[I|<<ib>>]]""", ib=iban("EE", "2200221037465218"))

# ================================================================ Finnish
pos("letter", "fi", """[[N|Matti Virtanen]]
[[A|Hämeentie 34 B 17]]
[[A|00530 Helsinki]]
Asia: Päätös asumistuesta. Henkilötunnus [[ID|<<ht>>]], syntymäaika [[D|25.3.1968]].""", ht=hetu("250368", "-", "419"))

pos("letter", "fi", """[[N|Aino Korhonen]]
[[A|Mäkelän tila]]
[[A|Kirkkotie 112]]
[[A|41800 Korpilahti]]
Hyvä [[N|Aino]], kiinteistöveron eräpäivä on 20.9.2024.""")

pos("chat", "fi", """[12:01] [[N|Jenni Laaksonen]]: näitkö [[N|villen]] tänään?
[12:02] [[N|Juho Heikkinen]]: joo, se on [[N|pekan]] kanssa mummolla
[12:03] [[N|Jenni Laaksonen]]: sano [[N|villelle]] että soittaa""")

neg("prose", "fi", """Jean Sibelius syntyi 8. joulukuuta 1865 Hämeenlinnassa.
Hänen syntymäpäiväänsä vietetään suomalaisen musiikin päivänä.
Ainola, säveltäjän koti Järvenpäässä, on avoinna kesäisin.""")

neg("doc", "fi", """Helsingin Energia - asiakaspalvelu
Puhelin: 09 617 8000 (ma-pe 8-16)
Vikailmoitukset: 0800 166 166 (maksuton, 24 h) · asiakaspalvelu@helen.example
Yrityksen kotipaikka: Helsinki""")

pos("hr", "fi", """Henkilöstötiedot
Nimi: [[N|Riikka Salminen]]
Syntymäaika: [[D|8.7.1994]]   Henkilötunnus: [[ID|<<ht>>]]
Osoite: [[A|Kauppakatu 19 A 6, 40100 Jyväskylä]]
Tilinumero: [[I|<<ib>>]]""", ht=hetu("080794", "-", "532"), ib=iban("FI", "10253000174853"))

pos("letter", "fi", """[[N|Liisa Mäkinen]]
[[A|PL 48]]
[[A|96101 Rovaniemi]]
Hyvä vastaanottaja, lähetämme tilauksenne vahvistuksen.""")

# ================================================================ Swedish
pos("letter", "sv", """[[N|Karin Lindqvist]]
[[A|Storgatan 12 lgh 1102]]
[[A|411 38 Göteborg]]
Ärende: Beslut om bostadsbidrag. Personnummer [[ID|<<pn>>]].""", pn=personnummer("900817", "246"))

pos("letter", "sv", """[[N|Erik Johansson]]
[[A|Box 5521]]
[[A|114 85 Stockholm]]
Hej [[N|Erik]], tack för din beställning av säsongskort.""")

pos("chat", "sv", """[17:30] [[N|Elin Nyström]]: har du sett [[N|kalle]]?
[17:31] [[N|Oskar Berg]]: ja han är hos mormor med [[N|saga]]
[17:32] [[N|Elin Nyström]]: säg till [[N|kalle]] att ringa mig""")

neg("prose", "sv", """Astrid Lindgren föddes den 14 november 1907 på gården Näs utanför Vimmerby.
Pippi Långstrump, Emil i Lönneberga och Karlsson på taket är hennes mest kända figurer.
Astrid Lindgrens Värld har öppet från maj till september.""")

neg("doc", "sv", """Vattenfall kundtjänst
Ring 020-82 00 00 (vardagar 8-17)
Strömavbrott: 020-82 58 58 dygnet runt · kundservice@vattenfall.example
Huvudkontor: Solna""")

pos("csv", "sv", """förnamn,efternamn,personnummer,födelsedatum,gatuadress,postnr,ort
[[N|Astrid]],[[N|Håkansson]],[[ID|<<p1>>]],[[D|1958-04-03]],[[A|Södra Vägen 8]],412 54,Göteborg
[[N|Mohammed]],[[N|Al-Sayed]],[[ID|<<p2>>]],[[D|1999-11-27]],[[A|Rinkebystråket 41 lgh 1203]],163 71,Spånga""", p1=personnummer("580403", "482"), p2=personnummer("991127", "317"))

neg("doc", "sv", """Stadsvandring i Stockholm
Vi startar vid Gustav Adolfs torg, går Drottninggatan norrut och viker av på Sveavägen.
Avslutning vid Olof Palmes gata och Kungsträdgården.""")

# ================================================================ Danish
pos("letter", "da", """[[N|Mette Kjærgaard]]
[[A|Nørrebrogade 45, 3. tv.]]
[[A|2200 København N]]
Vedr.: Afgørelse om boligstøtte, CPR-nr. [[ID|<<cp>>]]""", cp=cpr("041162", "371"))

pos("chat", "da", """[20:40] [[N|Sofie Madsen]]: har du set [[N|sørens]] nye bil?
[20:41] [[N|Mads Kristensen]]: ja, han kørte [[N|ida]] hjem til farmor i den
[20:41] [[N|Sofie Madsen]]: haha typisk""")

neg("prose", "da", """H.C. Andersen blev født den 2. april 1805 i Odense.
Den lille havfrue og Den grimme ælling er oversat til over 125 sprog.
H.C. Andersens Hus i Odense har åbent alle dage.""")

neg("doc", "da", """HOFOR kundeservice
Telefon: 33 95 33 95 (hverdage 8-16)
Vandbrud: 33 95 33 95, tast 1 · kundeservice@hofor.example
Hovedsæde: København""")

pos("form", "da", """Tilmelding - Aarhus Roklub
Navn: [[N|Anders Holm]]
Fødselsdato: [[D|23.07.1991]]   CPR: [[ID|<<cp>>]]
Adresse: [[A|Vestergade 12, 2. th.]]
         [[A|8000 Aarhus C]]
Kontonummer (IBAN): [[I|<<ib>>]]""", cp=cpr("230791", "408"), ib=iban("DK", "52950001238475"))

# ================================================================ Norwegian
pos("letter", "no", """[[N|Ingrid Solberg]]
[[A|Thorvald Meyers gate 54, H0302]]
[[A|0555 Oslo]]
Vedtak om bostøtte - fødselsnummer [[ID|<<fn>>]]""", fn=fnr("150979", "123"))

pos("letter", "no", """[[N|Ola Nordmo]]
[[A|Postboks 123]]
[[A|9251 Tromsø]]
Hei [[N|Ola]], vi bekrefter mottatt betaling for båtplass nr. 14.""")

pos("chat", "no", """[16:05] [[N|Kari Haugen]]: har du hørt fra [[N|sindre]]?
[16:06] [[N|Jonas Bakke]]: han er hos bestemor med [[N|thea]]
[16:06] [[N|Kari Haugen]]: ok, be [[N|sindre]] ringe meg""")

neg("prose", "no", """Edvard Munch ble født 12. desember 1863 på Ådalsbruk i Løten.
Skrik finnes i flere versjoner, blant annet i Nasjonalmuseet og MUNCH i Oslo.
Museet har åpent hver dag fra 10 til 18.""")

neg("doc", "no", """Fjordkraft kundeservice
Telefon: 55 36 16 00 (hverdager 8-16)
Strømbrudd: kontakt ditt nettselskap · kundeservice@fjordkraft.example
Hovedkontor: Bergen""")

pos("hr", "no", """Personalkort
Navn: [[N|Håkon Aasheim]]
Fødselsdato: [[D|03.02.1991]]
Adresse: [[A|Kongens gate 8, 7011 Trondheim]]
Kontonummer: [[I|<<ib>>]]""", ib=iban("NO", "15032748591"))

# ================================================================ Icelandic
pos("letter", "is", """[[N|Guðrún Sigurðardóttir]]
[[A|Laugavegur 112, íbúð 201]]
[[A|105 Reykjavík]]
Kennitala: [[ID|<<kt>>]]
Kæra [[N|Guðrún]], umsókn þín um húsnæðisbætur hefur verið samþykkt.""", kt=kennitala("190574", "31"))

pos("chat", "is", """[19:15] [[N|Sigríður Jónsdóttir]]: hefurðu heyrt í [[N|einari]]?
[19:16] [[N|Ragnar Þórsson]]: já, hann er hjá ömmu með [[N|hildi]]
[19:16] [[N|Sigríður Jónsdóttir]]: flott""")

neg("prose", "is", """Halldór Laxness fæddist 23. apríl 1902 í Reykjavík.
Hann hlaut Nóbelsverðlaunin í bókmenntum árið 1955.
Gljúfrasteinn, heimili hans í Mosfellsdal, er nú safn.""")

pos("hr", "is", """Starfsmannaskrá
Nafn: [[N|Kristján Ólafsson]]
Fæðingardagur: [[D|27. nóvember 1968]]
Heimilisfang: [[A|Hafnarstræti 20, 600 Akureyri]]
Reikningur: [[I|<<ib>>]]""", ib=iban("IS", "0159260076542711685839"))

neg("doc", "is", """Orkuveita Reykjavíkur - þjónustuver
Sími: 516 6000 (virka daga 9-16)
Bilanavakt: 516 6000 allan sólarhringinn · or@or.example
Höfuðstöðvar í Reykjavík""")

# ================================================================ Turkish
pos("letter", "tr", """Sayın [[N|Derya Aydın]]
[[A|Atatürk Mah. Gül Sok. No: 12 Daire: 5]]
[[A|34750 Ataşehir/İstanbul]]
T.C. Kimlik No: [[ID|<<tc>>]]   Doğum tarihi: [[D|05.09.1990]]""", tc=tckn("384729105"))

pos("chat", "tr", """[21:00] [[N|Emre Kaya]]: [[N|mert]]'e söyledin mi?
[21:01] [[N|Selin Yıldız]]: evet, [[N|ayşe]]'nin evinde buluşuyoruz
[21:02] [[N|Emre Kaya]]: tamam, [[N|burak]] da gelsin""")

neg("prose", "tr", """Mustafa Kemal Atatürk 1881 yılında Selanik'te doğdu.
Doğum günü olarak 19 Mayıs kabul edilir ve Gençlik ve Spor Bayramı olarak kutlanır.
Anıtkabir her gün 09:00-17:00 arasında ziyarete açıktır.""")

neg("doc", "tr", """İSKİ Müşteri Hizmetleri
Çağrı merkezi: 444 80 00 (7/24)
Arıza bildirimi: 185 · bilgi@iski.example
Genel müdürlük: İstanbul""")

pos("hr", "tr", """Personel Bilgi Formu
Adı Soyadı: [[N|Zehra Nur Öztürk]]
Doğum Tarihi: [[D|14.01.1987]]   T.C. Kimlik No: [[ID|<<tc>>]]
Adres: [[A|Cumhuriyet Mah. 1203. Sok. No: 8/3, 06520 Çankaya/Ankara]]
IBAN: [[I|<<ib>>]]""", tc=tckn("521846370"), ib=iban("TR", "0006200119000006672315"))

pos("letter", "tr", """[[N|Hüseyin Çelik]]
[[A|Kocaköy Mahallesi, Çeşme Sokak No: 7]]
[[A|Yeniçağa / Bolu]]
Sayın [[N|Hüseyin Çelik]], tarım desteği başvurunuz onaylanmıştır.""")

neg("doc", "tr", """Yürüyüş rotası
Taksim Meydanı'ndan İstiklal Caddesi boyunca Tünel'e iniyoruz.
Ardından Atatürk Bulvarı ve Barbaros Hayrettin Paşa İskelesi'ne geçiyoruz.""")

pos("prose", "tr", """Dün [[N|Zeynep]] Hanım'la ve eşi [[N|Ahmet]] Bey'le kira sözleşmesini konuştuk.
Anahtarları [[N|Kemal]]'e bıraktım; avukat [[N|Gülşen Arslan]] da pazartesi arayacak.
Toplantı saat 10'da.""")

# ================================================================ Arabic
pos("letter", "ar", """السيد [[N|خالد بن عبدالله العتيبي]]
[[A|٣٢٨٧ شارع الأمير سلطان - حي الروضة]]
[[A|جدة ٢٣٤٣٥ - ٧٦٥٤]]
رقم الهوية الوطنية: [[ID|<<sa>>]]   تاريخ الميلاد: [[D|١٤٠٥/٠٧/١٥]] هـ""", sa=saudi("104827365"))

pos("form", "ar", """نموذج طلب تأشيرة عائلية
الاسم: [[N|مريم حسن الشامسي]]
رقم الهوية الإماراتية: [[ID|<<ei>>]]
العنوان: [[A|فيلا ٢٣، شارع ١٤ب]]
         [[A|البرشاء ٢]]
         [[A|دبي]]
الهاتف المتحرك: [[P|+971 50 482 7716]]""", ei=emirates("78419854829163"))

pos("letter", "ar", """الأستاذة [[N|نادية عبد الرحمن سليمان]]
[[A|١٥ شارع الثورة، الدور الرابع، شقة ٨]]
[[A|مصر الجديدة، القاهرة]]
الرقم القومي: [[ID|29107250102847]]   تاريخ الميلاد: [[D|٢٥ يوليو ١٩٩١]]""")

pos("chat", "ar", """[٩:١٠] [[N|أحمد الزعبي]]: هل كلمت [[N|ليلى]] اليوم؟
[٩:١١] [[N|يوسف حداد]]: نعم، هي عند جدتها مع [[N|سامي]]
[٩:١٢] [[N|أحمد الزعبي]]: قل لـ[[N|سامي]] يتصل بي""")

neg("prose", "ar", """وُلد نجيب محفوظ في ١١ ديسمبر ١٩١١ في حي الجمالية بالقاهرة.
حصل على جائزة نوبل في الأدب عام ١٩٨٨، ومن أشهر شخصياته السيد أحمد عبد الجواد.
متحف نجيب محفوظ في تكية أبو الدهب مفتوح يوميًا.""")

neg("doc", "ar", """شركة المياه الوطنية - خدمة العملاء
الرقم الموحد: ٨٠٠١١٦٠٠٠٠ (مجاني، على مدار الساعة)
البريد الإلكتروني: care@nwc.example
المقر الرئيسي: الرياض""")

pos("hr", "ar", """ملف موظف - الموارد البشرية
الاسم: [[N|رامي فؤاد الخطيب]]
تاريخ الميلاد: [[D|1988/04/12]]
العنوان: [[A|شارع الجامعة، عمارة 17، الطابق الثاني]]
         [[A|عمّان 11942]]
الآيبان: [[I|<<ib>>]]""", ib=iban("JO", "ARAB1180000000118273645501"))

pos("letter", "ar", """السيدة [[N|فاطمة الزهراء بنعلي]]
[[A|زنقة ابن سينا، رقم 14، الطابق 3]]
[[A|أكدال، الرباط 10090]]
المغرب
تحية طيبة، نؤكد لكم استلام ملفكم رقم 2024/118.""")

neg("doc", "ar", """دليل الوصول إلى المؤتمر
من ميدان التحرير اتجه إلى شارع جمال عبد الناصر حتى جامعة الملك سعود فرع القاهرة.
المدخل الرئيسي مقابل مسجد عمر بن الخطاب. موقف السيارات عند بوابة ٣.""")

pos("medical", "ar", """تقرير طبي - مستشفى الأمل
المريض: [[N|عمر يوسف القحطاني]]، العمر ٣٨ سنة
تاريخ الميلاد: [[D|٠٣/٠٢/١٩٨٦]] م
الطبيب المعالج: د. [[N|هالة منصور]]""")

# ================================================================ Hebrew
pos("letter", "he", """לכבוד
גב' [[N|מיכל אברהמי]]
[[A|רחוב הרצל 45 דירה 12]]
[[A|ראשון לציון 7526104]]
הנדון: אישור תושבות - ת.ז. [[ID|<<tz>>]]""", tz=il_id("03827461"))

pos("chat", "he", """[20:15] [[N|נועה כהן]]: דיברת עם [[N|איתי]]?
[20:16] [[N|עומר פרץ]]: כן, הוא אצל סבתא עם [[N|שירה]]
[20:16] [[N|נועה כהן]]: תגיד לו להתקשר""")

neg("prose", "he", """דוד בן-גוריון נולד ב-16 באוקטובר 1886 בפלונסק.
הוא הכריז על הקמת המדינה ב-14 במאי 1948.
צריף בן-גוריון בשדה בוקר פתוח למבקרים כל יום.""")

neg("doc", "he", """מי אביבים - מוקד שירות לקוחות
מוקד טלפוני: 2700* (24 שעות)
תקלות: 106 · info@meiavivim.example
משרדי החברה בתל אביב""")

pos("hr", "he", """כרטיס עובד
שם: [[N|דניאל שמואלי]]
תאריך לידה: [[D|כ״ג באדר תשמ״ה]] ([[D|16.03.1985]])
כתובת: [[A|שדרות ירושלים 14 כניסה ב' דירה 7, חיפה 3303814]]
חשבון (IBAN): [[I|<<ib>>]]""", ib=iban("IL", "0108000000012874659"))

pos("letter", "he", """משפחת [[N|גולדברג]]
[[A|משק 47]]
[[A|מושב נהלל]]
[[A|1060000]]
שלום רב, חשבון המים לתקופה ינואר-פברואר מצורף.""")

neg("doc", "he", """הוראות הגעה
מכיכר רבין ממשיכים ברחוב אבן גבירול דרומה עד שדרות רוטשילד.
הכניסה מול היכל התרבות, ליד פסל בנימין זאב הרצל.""")

pos("prose", "he", """אתמול נפגשתי עם [[N|יעל]] ועם [[N|שאול מזרחי]] בבית הקפה.
המסמכים אצל עו"ד [[N|רונית לנדאו]], והמפתחות אצל השכן [[N|מוטי]].
החתימה נקבעה ליום חמישי.""")

# ================================================================ Persian
pos("letter", "fa", """آقای [[N|محمدرضا کریمی]]
[[A|تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۲، واحد ۳]]
کد پستی: ۱۴۳۴۸۶۳۱۱۱
کد ملی: [[ID|<<km>>]]   تاریخ تولد: [[D|۱۳۶۵/۰۴/۱۲]]""", km=melli("447812903").translate(FA))

pos("chat", "fa", """[۲۱:۰۰] [[N|سارا احمدی]]: با [[N|مریم]] صحبت کردی؟
[۲۱:۰۱] [[N|علی رضایی]]: آره، خونه مادربزرگش بود با [[N|نیما]]
[۲۱:۰۲] [[N|سارا احمدی]]: بهش بگو زنگ بزنه""")

neg("prose", "fa", """پروین اعتصامی در ۲۵ اسفند ۱۲۸۵ در تبریز متولد شد.
دیوان او بیش از دویست قطعه و قصیده دارد.
آرامگاه او در حرم حضرت معصومه در قم است.""")

neg("doc", "fa", """شرکت آب و فاضلاب تهران - مرکز تماس
تلفن: ۱۲۲ (شبانه‌روزی)
پست الکترونیک: info@tpww.example
دفتر مرکزی: تهران""")

pos("hr", "fa", """پرونده کارمند
نام و نام خانوادگی: [[N|فاطمه حسینی‌نژاد]]
تاریخ تولد: [[D|۱۳۷۰/۰۹/۲۳]]
نشانی: [[A|اصفهان، خیابان چهارباغ بالا، کوچه ۱۸، پلاک ۷]]
تلفن همراه: [[P|۰۹۱۲ ۴۸۳ ۲۲۱۷]]""")

# ================================================================ Urdu
pos("letter", "ur", """جناب [[N|محمد عمران قریشی]]
[[A|مکان نمبر 45، گلی نمبر 7]]
[[A|بلاک سی، گلشن اقبال]]
[[A|کراچی 75300]]
شناختی کارڈ نمبر: [[ID|42101-8372615-3]]""")

pos("chat", "ur", """[18:00] [[N|عائشہ خان]]: کیا تم نے [[N|بلال]] سے بات کی؟
[18:01] [[N|حمزہ ملک]]: ہاں، وہ نانی کے گھر ہے [[N|سدرہ]] کے ساتھ
[18:02] [[N|عائشہ خان]]: ٹھیک ہے""")

neg("prose", "ur", """علامہ محمد اقبال 9 نومبر 1877 کو سیالکوٹ میں پیدا ہوئے۔
ان کا یومِ پیدائش پاکستان میں یومِ اقبال کے طور پر منایا جاتا ہے۔
اقبال منزل سیالکوٹ میں عجائب گھر ہے۔""")

pos("hr", "ur", """ملازم کا ریکارڈ
نام: [[N|سعدیہ پروین]]
تاریخ پیدائش: [[D|15-08-1992]]
پتہ: [[A|مکان 12، اسٹریٹ 4، جی-9/2، اسلام آباد]]
موبائل: [[P|0300 482 7719]]""")

# ================================================================ Hindi
pos("letter", "hi", """श्री [[N|राजेश कुमार शर्मा]]
[[A|मकान नं. 214, गली नं. 5]]
[[A|शास्त्री नगर]]
[[A|जयपुर, राजस्थान 302016]]
विषय: पेंशन सत्यापन - जन्म तिथि [[D|15/08/1987]], आधार [[ID|<<aa>>]]""", aa=aadhaar("38274619052"))

pos("chat", "hi", """[10:00] [[N|प्रिया वर्मा]]: क्या तुमने [[N|रोहन]] से बात की?
[10:01] [[N|अमित सिंह]]: हाँ, वो नानी के घर गया है
[10:02] [[N|प्रिया वर्मा]]: ठीक है, शाम को फ़ोन करूँगी""")

neg("prose", "hi", """महात्मा गांधी का जन्म 2 अक्टूबर 1869 को पोरबंदर में हुआ था।
उनका जन्मदिन पूरे देश में गांधी जयंती के रूप में मनाया जाता है।
कीर्ति मंदिर, पोरबंदर, प्रतिदिन सुबह 7:30 से शाम 7 बजे तक खुला रहता है।""")

neg("doc", "hi", """उत्तर प्रदेश विद्युत निगम - ग्राहक सेवा
टोल-फ्री नंबर: 1912 (24 घंटे)
शिकायत ईमेल: customercare@uppcl.example
मुख्यालय: लखनऊ""")

pos("form", "hi", """बैंक खाता खोलने का फ़ॉर्म
नाम: [[N|सुनीता देवी यादव]]     पिता/पति का नाम: [[N|रामप्रसाद यादव]]
जन्म तिथि: [[D|२७/०८/१९८९]]     पैन: [[ID|BQWPY4827K]]
मोबाइल: [[P|+91 98290 41736]]    ईमेल: [[E|sunita.yadav85@rediffmail.com]]
पता: [[A|ग्राम पोस्ट रामपुर, तहसील सदर, जिला बाराबंकी, उत्तर प्रदेश 225001]]""")

neg("doc", "hi", """मार्ग निर्देश
महात्मा गांधी मार्ग से सुभाष चंद्र बोस रोड की ओर मुड़ें।
सभा स्थल इंदिरा गांधी प्रतिष्ठान के सामने, सरदार पटेल पार्क के पास है।""")

pos("medical", "hi", """डिस्चार्ज सारांश - जिला अस्पताल, इंदौर
रोगी: [[N|कमला बाई]]   आयु: 64 वर्ष   जन्म तिथि: [[D|05-01-1960]]
पता: [[A|45, विजय नगर, इंदौर 452010]]
उपचारकर्ता चिकित्सक: डॉ. [[N|अनुराग जैन]]""")

# ================================================================ Bengali
pos("letter", "bn", """জনাব [[N|মোঃ রফিকুল ইসলাম]]
[[A|বাড়ি নং ২৭, রোড নং ৪]]
[[A|ধানমন্ডি, ঢাকা ১২০৫]]
জাতীয় পরিচয়পত্র নং: [[ID|১৯৮৫২৬৯২৫৮৩৭৪১৮২]]   জন্ম তারিখ: [[D|০৩/০১/১৯৮৫]]""")

pos("chat", "bn", """[১৯:০০] [[N|তানিয়া রহমান]]: তুমি কি [[N|সোহেল]]-এর সাথে কথা বলেছ?
[১৯:০১] [[N|আরিফ হোসেন]]: হ্যাঁ, ও দাদুর বাড়িতে
[১৯:০২] [[N|তানিয়া রহমান]]: আচ্ছা""")

neg("prose", "bn", """রবীন্দ্রনাথ ঠাকুর ১৮৬১ সালের ৭ মে কলকাতার জোড়াসাঁকোয় জন্মগ্রহণ করেন।
১৯১৩ সালে তিনি সাহিত্যে নোবেল পুরস্কার পান।
জোড়াসাঁকো ঠাকুরবাড়ি জাদুঘর সোমবার বন্ধ থাকে।""")

neg("doc", "bn", """ঢাকা ওয়াসা - গ্রাহক সেবা
হটলাইন: ১৬১৬২ (২৪ ঘণ্টা)
জরুরি সেবা: ৯৯৯ · ইমেইল: info@dwasa.example
প্রধান কার্যালয়: কারওয়ান বাজার, ঢাকা""")

pos("hr", "bn", """কর্মী তথ্য
নাম: [[N|নুসরাত জাহান]]
জন্ম তারিখ: [[D|২২ জুলাই ১৯৯৩]]
বর্তমান ঠিকানা: [[A|ফ্ল্যাট ৫বি, বাড়ি ১২, সেক্টর ৭, উত্তরা, ঢাকা ১২৩০]]
মোবাইল: [[P|০১৭১২-৪৮৩৯২০]]""")

# ================================================================ Tamil
pos("letter", "ta", """திரு. [[N|செ. முருகன்]]
[[A|கதவு எண் 12, 3வது தெரு]]
[[A|அண்ணா நகர் மேற்கு]]
[[A|சென்னை 600040]]
பிறந்த தேதி: [[D|21-06-1990]]   ஆதார்: [[ID|<<aa>>]]""", aa=aadhaar("52918374620"))

pos("chat", "ta", """[08:30] [[N|கவிதா]]: [[N|அருண்]] வந்தாரா?
[08:31] [[N|சுரேஷ்]]: இல்லை, பாட்டி வீட்டில் இருக்கிறார்
[08:32] [[N|கவிதா]]: சரி""")

neg("prose", "ta", """சுப்பிரமணிய பாரதி 1882 டிசம்பர் 11 அன்று எட்டயபுரத்தில் பிறந்தார்.
அவரது பிறந்தநாள் தேசிய மொழிகள் தினமாகக் கொண்டாடப்படுகிறது.
பாரதியார் நினைவு இல்லம் எட்டயபுரத்தில் உள்ளது.""")

pos("form", "ta", """வங்கி கணக்கு விண்ணப்பம்
பெயர்: [[N|லட்சுமி நாராயணன்]]
பிறந்த தேதி: [[D|14.02.1978]]
முகவரி: [[A|எண் 7, பெரியார் தெரு, காந்திபுரம், கோயம்புத்தூர் 641012]]
கைபேசி: [[P|+91 94431 27780]]""")

neg("doc", "ta", """தமிழ்நாடு மின்சார வாரியம் - வாடிக்கையாளர் சேவை
மின்னகம்: 94987 94987 (24 மணி நேரம்)
மின்னஞ்சல்: minnagam@tangedco.example
தலைமை அலுவலகம்: சென்னை""")

# ================================================================ Thai
pos("letter", "th", """คุณ[[N|สมชาย ใจดี]]
[[A|เลขที่ 99/123 หมู่บ้านพฤกษา ซอย 5]]
[[A|ถนนรามคำแหง แขวงหัวหมาก]]
[[A|เขตบางกะปิ กรุงเทพฯ 10240]]
เลขประจำตัวประชาชน: [[ID|<<ti>>]]   วันเกิด: [[D|3 ก.ย. 2519]]""", ti=th_id("110370048271"))

pos("chat", "th", """[19:00] [[N|นิดา]]: เจอพี่[[N|ต้น]]ไหม
[19:01] [[N|กิตติ]]: เจอ อยู่บ้านยายกับน้อง[[N|แพร]]
[19:02] [[N|นิดา]]: โอเค บอกพี่[[N|ต้น]]โทรหาหน่อย""")

neg("prose", "th", """สุนทรภู่ เกิดเมื่อวันที่ 26 มิถุนายน พ.ศ. 2329 ที่กรุงเทพฯ
วันเกิดของท่านได้รับการยกย่องเป็นวันสุนทรภู่ทุกปี
อนุสาวรีย์สุนทรภู่ตั้งอยู่ที่อำเภอแกลง จังหวัดระยอง""")

neg("doc", "th", """การไฟฟ้านครหลวง - ศูนย์บริการลูกค้า
Call Center 1130 ตลอด 24 ชั่วโมง
อีเมล: callcenter@mea.example
สำนักงานใหญ่ กรุงเทพมหานคร""")

pos("form", "th", """ใบสมัครงาน
ชื่อ-นามสกุล: นางสาว[[N|พิมพ์ชนก ศรีสุข]]   ชื่อเล่น: [[N|มิ้นท์]]
วันเดือนปีเกิด: [[D|๑๘/๐๒/๒๕๓๘]]
เลขบัตรประชาชน: [[ID|<<ti>>]]
โทรศัพท์มือถือ: [[P|089-417-2263]]""", ti=th_id("340990031278"))

pos("letter", "th", """นาย[[N|บุญมี แก้วมณี]]
[[A|บ้านเลขที่ 45 หมู่ 7]]
[[A|ตำบลบ้านเป็ด อำเภอเมืองขอนแก่น]]
[[A|จังหวัดขอนแก่น 40000]]
แจ้งกำหนดชำระค่าน้ำประปาประจำเดือนเมษายน""")

neg("doc", "th", """เส้นทางเดินทาง
จากถนนพระราม 4 เลี้ยวเข้าถนนวิทยุ ผ่านสวนลุมพินีและพระบรมราชานุสาวรีย์รัชกาลที่ 6
ทางเข้างานอยู่ตรงข้ามโรงพยาบาลจุฬาลงกรณ์""")

# ================================================================ Vietnamese
pos("letter", "vi", """Anh [[N|Nguyễn Văn Hùng]]
[[A|Số 12, ngách 34/5, ngõ 56 Nguyễn Trãi]]
[[A|Phường Thượng Đình, Quận Thanh Xuân]]
[[A|Hà Nội]]
Số CCCD: [[ID|001085007342]]   Ngày sinh: [[D|04/09/1985]]""")

pos("chat", "vi", """[20:00] [[N|Trần Thu Hà]]: chị [[N|lan]] về chưa em?
[20:01] [[N|Minh]]: chưa chị, chị ấy đang ở nhà bà nội với [[N|bin]]
[20:02] [[N|Trần Thu Hà]]: ok em""")

neg("prose", "vi", """Nguyễn Du sinh ngày 3 tháng 1 năm 1766 tại Thăng Long.
Truyện Kiều của ông kể về Thúy Kiều và Kim Trọng.
Khu lưu niệm Nguyễn Du ở Hà Tĩnh mở cửa hằng ngày.""")

neg("doc", "vi", """Tổng công ty Điện lực TP.HCM - Chăm sóc khách hàng
Tổng đài: 1900 545 454 (24/7)
Email: cskh@evnhcmc.example
Trụ sở chính: TP. Hồ Chí Minh""")

pos("hr", "vi", """SƠ YẾU LÝ LỊCH
Họ và tên: [[N|Lê Thị Mai Phương]]
Ngày sinh: [[D|23/07/1992]]   Nơi sinh: Đà Nẵng
Địa chỉ thường trú: [[A|Thôn Phú Mỹ, xã Hòa Phước, huyện Hòa Vang, TP. Đà Nẵng]]
Điện thoại: [[P|0905 318 447]]""")

pos("doc", "vi", """PHIẾU GIAO HÀNG - Đơn GHN-5K8T2Q
Người nhận: [[N|Phạm Minh Tuấn]]
SĐT: [[P|0912 708 351]]
Địa chỉ: [[A|45/12 Đường số 7, Phường 4]]
         [[A|Quận Gò Vấp, TP. Hồ Chí Minh]]
Thu hộ (COD): 450.000đ""")

neg("doc", "vi", """Lộ trình diễu hành
Xuất phát từ đường Nguyễn Huệ, đi qua Lê Lợi và Hai Bà Trưng.
Kết thúc tại công viên Tao Đàn, gần đường Trương Định.""")

pos("ticket", "vi", """Yêu cầu hỗ trợ #HT-22081
Người báo: [[N|Đỗ Quang Vinh]] ([[E|vinh.doquang@fpt-mail.vn]])
Máy tính xách tay IP [[IP|10.20.31.144]], MAC [[MAC|F4-8E-38-9A-21-7C]] không vào được wifi tầng 5.
Đã chuyển cho [[N|Hưng]] (IT).""")

# ================================================================ Indonesian
pos("letter", "id", """Bapak [[N|Agus Setiawan]]
[[A|Jl. Melati No. 17, RT 004/RW 009]]
[[A|Kel. Sukajadi, Kec. Sukasari]]
[[A|Bandung 40162]]
NIK: [[ID|3273012801790007]]   Tanggal lahir: [[D|28 Januari 1979]]""")

pos("chat", "id", """[08:00] [[N|Dewi Lestari]]: mbak [[N|rina]] udah dateng?
[08:01] [[N|Yoga]]: belum, masih di rumah eyang
[08:02] [[N|Dewi Lestari]]: oke, nanti kabarin ya""")

neg("prose", "id", """Raden Ajeng Kartini lahir pada 21 April 1879 di Jepara.
Tanggal kelahirannya diperingati setiap tahun sebagai Hari Kartini.
Museum Kartini di Rembang buka setiap hari kecuali Senin.""")

neg("doc", "id", """PLN - Layanan Pelanggan
Contact center: 123 (24 jam)
Email: pln123@pln.example · Aplikasi PLN Mobile
Kantor pusat: Jakarta""")

pos("hr", "id", """DATA KARYAWAN
Nama lengkap: [[N|Siti Nurhaliza Putri]]
Tempat/Tgl lahir: Surabaya, [[D|07-11-1994]]
NPWP: [[ID|09.254.294.3-407.000]]
Alamat: [[A|Perum Griya Asri Blok C2 No. 9, Waru, Sidoarjo 61256]]""")

pos("letter", "id", """Kepada Yth. Ibu [[N|Sumarni]]
[[A|Dusun Krajan RT 02/RW 01]]
[[A|Desa Sumberejo, Kec. Wonosari]]
[[A|Kab. Gunungkidul, DI Yogyakarta 55851]]
Perihal: Pencairan bantuan sosial tahap II""")

neg("doc", "id", """Rute car free day
Mulai dari Jl. Jenderal Sudirman hingga Bundaran HI, lalu Jl. M.H. Thamrin.
Pintu masuk di depan Patung Jenderal Sudirman dan Stasiun MRT Dukuh Atas.""")

pos("json", "id", """{"order_id": "TKP-20240415-88213",
 "penerima": "[[N|Rizky Ramadhan]]", "telepon": "[[P|0813-2974-4150]]",
 "alamat": "[[A|Jl. Kenanga Raya No. 45, Pondok Labu, Cilandak, Jakarta Selatan 12450]]",
 "kurir": "JNE REG", "resi": "JP1234567890"}""")

# ================================================================ Malay
pos("letter", "ms", """Encik [[N|Ahmad Faizal bin Rahman]]
[[A|No. 23, Jalan Mawar 3/2]]
[[A|Taman Sri Muda]]
[[A|40400 Shah Alam, Selangor]]
No. MyKad: [[ID|790928-10-5537]]""")

pos("chat", "ms", """[21:10] [[N|Nurul Aina]]: kak [[N|ina]] dah sampai?
[21:11] [[N|Hafiz]]: belum, dia singgah rumah tok dulu
[21:12] [[N|Nurul Aina]]: ok""")

neg("prose", "ms", """Tunku Abdul Rahman dilahirkan pada 8 Februari 1903 di Alor Setar.
Beliau mengisytiharkan kemerdekaan Persekutuan Tanah Melayu pada 31 Ogos 1957.
Memorial Tunku Abdul Rahman di Kuala Lumpur dibuka setiap hari.""")

neg("doc", "ms", """Tenaga Nasional - Careline
Talian: 15454 (24 jam)
E-mel: tnbcareline@tnb.example
Ibu pejabat: Kuala Lumpur""")

pos("hr", "ms", """Maklumat Pekerja
Nama: [[N|Siti Aishah binti Mohd Yusof]]
Tarikh lahir: [[D|19 Januari 1991]]
Alamat: [[A|Lot 128, Kampung Seberang Takir, 21300 Kuala Terengganu]]
No. telefon: [[P|+60 13-982 4471]]""")

# ================================================================ Tagalog
pos("letter", "tl", """Gng. [[N|Maria Cristina dela Cruz]]
[[A|Blk 12 Lot 8, Phase 2, Mabuhay Homes]]
[[A|Brgy. San Isidro, Antipolo City]]
[[A|1870 Rizal]]
Petsa ng kapanganakan: [[D|Setyembre 30, 1972]]""")

pos("chat", "tl", """[20:10] [[N|Jun Bautista]]: nakausap mo na si ate [[N|joy]]?
[20:11] [[N|Carmela Reyes]]: oo, nasa bahay siya ni lola kasama si [[N|migs]]
[20:12] [[N|Jun Bautista]]: sige salamat""")

neg("prose", "tl", """Si José Rizal ay isinilang noong Hunyo 19, 1861 sa Calamba, Laguna.
Ang kanyang mga nobelang Noli Me Tangere at El Filibusterismo ay binabasa pa rin sa paaralan.
Bukas ang Rizal Shrine mula Martes hanggang Linggo.""")

neg("doc", "tl", """Meralco Customer Hotline
Tumawag sa 16211 (24/7)
Email: callcenter@meralco.example
Punong tanggapan: Pasig City""")

pos("form", "tl", """APPLICATION FORM - Barangay Clearance
Pangalan: [[N|Ramon Villanueva Jr.]]
Petsa ng kapanganakan: [[D|08/21/1979]]
SSS No.: [[ID|33-4817265-9]]   TIN: [[ID|418-227-306-000]]
Tirahan: [[A|Purok 3, Brgy. Poblacion, Tagum City, Davao del Norte]]""")

# ================================================================ Chinese
pos("doc", "zh", """收件人：[[N|王秀英]]（女士）
地址：[[A|上海市浦东新区张杨路1234弄5号602室]]
邮编：200120
电话：[[P|138 1742 9036]]
身份证号：[[ID|<<ci>>]]   出生日期：[[D|1983年11月7日]]""", ci=cn_id("31011519831107246"))

pos("chat", "zh", """[10:00] [[N|李娜]]：[[N|志强]]今天来吗？
[10:01] [[N|陈伟]]：他去外婆家了，明天和[[N|小雨]]一起来
[10:02] [[N|李娜]]：好的""")

neg("prose", "zh", """鲁迅（1881年9月25日－1936年10月19日），原名周树人，浙江绍兴人。
《阿Q正传》中的阿Q和《孔乙己》中的孔乙己都是他塑造的经典人物。
绍兴鲁迅故里景区每天8:30开放。""")

neg("doc", "zh", """国家电网客户服务中心
服务热线：95598（24小时）
邮箱：service@sgcc.example
总部：北京市""")

pos("form", "zh", """臺灣健保卡申請書
姓名：[[N|林怡君]]
身分證字號：[[ID|<<tw>>]]
出生日期：[[D|民國80年9月2日]]
地址：[[A|臺北市大安區忠孝東路四段123號5樓之2]]""", tw=tw_id("A", "22345678"))

pos("letter", "zh", """[[N|陳家明]]先生
[[A|香港九龍旺角彌敦道688號]]
[[A|12樓B室]]
香港身份證號碼：[[ID|K482713(9)]]   出生日期：[[D|1979年11月2日]]""")

neg("doc", "zh", """交通指引
由中山路步行至孙中山纪念馆，沿鲁迅路向东即到。
会场位于人民广场旁，近地铁2号线。""")

pos("csv", "zh", """姓名,手机,出生日期,住址
[[N|张伟]],[[P|139 0211 4487]],[[D|1990-06-18]],[[A|北京市朝阳区建国路88号SOHO现代城2号楼1903]]
[[N|刘洋]],[[P|186 2138 7720]],[[D|1987-01-05]],[[A|广州市天河区体育西路103号维多利广场B座2201]]""")

# ================================================================ Japanese
pos("doc", "ja", """[[A|〒150-0001]]
[[A|東京都渋谷区神宮前3丁目12-8]]
[[A|メゾン青山 402号室]]
[[N|佐藤 健太]] 様
個人番号：[[ID|<<mn>>]]   生年月日：[[D|昭和58年11月3日]]""", mn=my_number("48217390562"))

pos("chat", "ja", """[18:00] [[N|鈴木 美穂]]：[[N|田中]]さん、今日来ますか？
[18:01] [[N|高橋 翔]]：来ます。[[N|ゆうき]]くんも一緒です
[18:02] [[N|鈴木 美穂]]：了解です""")

neg("prose", "ja", """夏目漱石（1867年2月9日 - 1916年12月9日）は日本の小説家。
『吾輩は猫である』『坊っちゃん』などで知られる。
新宿区立漱石山房記念館は月曜休館。""")

neg("doc", "ja", """東京電力エナジーパートナー カスタマーセンター
フリーダイヤル：0120-995-001（受付 9:00〜17:00）
停電情報：0120-995-007（24時間）
本社：東京都千代田区""")

pos("cv", "ja", """履 歴 書
ふりがな　[[N|やまもと みさき]]
氏名　　　[[N|山本 美咲]]
生年月日　[[D|1996年7月4日]]生（満27歳）
現住所　　[[A|〒530-0012 大阪府大阪市北区芝田1丁目4-14 グランドメゾン梅田 1105号]]
電話　　　[[P|090-4821-7736]]""")

neg("prose", "ja", """ドラえもんは2112年9月3日生まれの猫型ロボットという設定です。
のび太やしずかちゃんと一緒に、毎週金曜日にテレビに登場します。
藤子・F・不二雄ミュージアムは川崎市にあります。""")

pos("hr", "ja", """社員台帳（抜粋）
氏名：[[N|中村 大輔]]
生年月日：[[D|1988年11月23日]]
住所：[[A|北海道上川郡東川町北7条東2丁目5-3]]
緊急連絡先：[[N|中村 恵子]]（妻）[[P|080-3312-9047]]""")

pos("log", "ja", """2024-04-15 09:12:33 [INFO] ログイン成功 user=m.kobayashi ip=[[IP|172.20.14.87]]
2024-04-15 09:13:02 [WARN] パスワードリセット要求 email=[[E|kobayashi.mai@nijiiro-net.jp]] ip=[[IP|172.20.14.87]]
2024-04-15 09:20:45 [INFO] ログアウト user=m.kobayashi""")

# ================================================================ Korean
pos("doc", "ko", """받는 사람: [[N|김민준]] 님
주소: [[A|서울특별시 마포구 월드컵북로12길 34, 502호 (성산동)]]
우편번호: 03930
주민등록번호: [[ID|<<rr>>]]   생년월일: [[D|1987년 9월 23일]]""", rr=kr_rrn("870923118274"))

pos("chat", "ko", """[오후 8:10] [[N|이서연]]: [[N|지훈]] 씨 왔어요?
[오후 8:11] [[N|박도윤]]: 아직요, 할머니 댁에 들렀다 온대요
[오후 8:12] [[N|이서연]]: 네 알겠어요""")

neg("prose", "ko", """세종대왕은 1397년 5월 15일에 태어났다.
그의 탄신일은 스승의 날로 기념된다.
세종대왕기념관은 월요일에 휴관한다.""")

neg("doc", "ko", """한국전력공사 고객센터
전화: 국번없이 123 (24시간)
이메일: help@kepco.example
본사: 전라남도 나주시""")

pos("hr", "ko", """인사기록카드
성명: [[N|최수아]]
생년월일: [[D|1992.07.04]]
주민등록번호: [[ID|<<rr>>]]
주소: [[A|경기도 성남시 분당구 판교역로 235, 101동 1203호]]""", rr=kr_rrn("920704212345"))

pos("letter", "ko", """[[N|정영호]] 귀하
[[A|충청북도 괴산군 청천면 사담리 243]]
[[A|28053]]
농업 보조금 지급 안내드립니다.""")

neg("doc", "ko", """오시는 길
세종대로에서 퇴계로 방향으로 직진 후 을지로입구역 5번 출구.
이순신 장군 동상 맞은편 건물 3층입니다.""")

# ================================================================ Georgian
pos("letter", "ka", """მიმღები: [[N|გიორგი ბერიძე]]
[[A|ჭავჭავაძის გამზ. 37, ბინა 12]]
[[A|0179 თბილისი]]
პირადი ნომერი: [[ID|01024082731]]   დაბადების თარიღი: [[D|30.01.1977]]
ანგარიში: [[I|<<ib>>]]""", ib=iban("GE", "TB7248301928374651"))

pos("chat", "ka", """[21:00] [[N|ნინო კაპანაძე]]: [[N|ლევანს]] ელაპარაკე?
[21:01] [[N|დავით მამულაშვილი]]: კი, ბებიასთანაა [[N|ანასთან]] ერთად
[21:02] [[N|ნინო კაპანაძე]]: კარგი""")

neg("prose", "ka", """ილია ჭავჭავაძე დაიბადა 1837 წლის 8 ნოემბერს ყვარელში.
მისი სახლ-მუზეუმი ყვარელში ყოველდღე ღიაა.
თბილისში ილია ჭავჭავაძის გამზირი ქალაქის ერთ-ერთი მთავარი ქუჩაა.""")

neg("doc", "ka", """თბილისის წყალი - ცხელი ხაზი
ტელეფონი: 2 93 11 11 (24 საათი)
ელფოსტა: info@gwp.example
ცენტრალური ოფისი: თბილისი""")

pos("letter", "ka", """[[N|თამარ ხარაიშვილი]]
[[A|სოფ. ზემო ალვანი, მე-3 ჩიხი, სახლი 14]]
[[A|ახმეტის მუნიციპალიტეტი]]
დაბადების თარიღი: [[D|04.09.1961]]
ტელ.: [[P|+995 599 48 27 13]]""")

# ================================================================ Armenian
pos("letter", "hy", """[[N|Արամ Պետրոսյան]]
[[A|Թումանյան փ. 21, բն. 14]]
[[A|0001 Երևան]]
Ծննդյան ամսաթիվ՝ [[D|08.08.1988]]   Անձնագիր՝ [[ID|AN0482731]]
Հեռ.՝ [[P|+374 91 482731]]""")

pos("chat", "hy", """[19:30] [[N|Անի Սարգսյան]]: [[N|Նարեկը]] եկա՞վ
[19:31] [[N|Տիգրան Հակոբյան]]: չէ, տատիկի մոտ է [[N|Լիլիթի]] հետ
[19:32] [[N|Անի Սարգսյան]]: լավ""")

neg("prose", "hy", """Կոմիտասը ծնվել է 1869 թվականի սեպտեմբերի 26-ին Քյոթահիայում։
Երևանի Կոմիտասի անվան պողոտան և կոնսերվատորիան կրում են նրա անունը։
Կոմիտասի թանգարան-ինստիտուտը բաց է երեքշաբթիից կիրակի։""")

neg("doc", "hy", """Վեոլիա Ջուր - թեժ գիծ
Հեռախոս՝ 8000 0800 (անվճար, շուրջօրյա)
Էլ. փոստ՝ info@veolia-jur.example
Գլխավոր գրասենյակ՝ Երևան""")

pos("hr", "hy", """Աշխատակցի քարտ
Անուն, ազգանուն՝ [[N|Գայանե Մկրտչյան]]
Ծննդյան ամսաթիվ՝ [[D|23.06.1990]]
Հասցե՝ [[A|գ. Արենի, 3-րդ փողոց, տուն 17]]
       [[A|Վայոց ձորի մարզ 3601]]""")

# ================================================================ Amharic
pos("letter", "am", """አቶ [[N|ተስፋዬ ገብሬ]]
[[A|ቀበሌ 05፣ የቤት ቁጥር 123]]
[[A|ቦሌ ክፍለ ከተማ]]
[[A|አዲስ አበባ]]
የትውልድ ቀን፡ [[D|መስከረም 12 ቀን 1978]] ዓ.ም.""")

pos("chat", "am", """[3:00] [[N|ሰላም ታደሰ]]: [[N|ሄለን]] መጣች?
[3:01] [[N|ዮናስ በቀለ]]: አልመጣችም፣ አያቷ ቤት ናት
[3:02] [[N|ሰላም ታደሰ]]: እሺ""")

neg("prose", "am", """ዳግማዊ አፄ ምኒልክ ነሐሴ 12 ቀን 1836 ዓ.ም. በአንኮበር ተወለዱ።
የአድዋ ድል በየዓመቱ የካቲት 23 ይከበራል።
የምኒልክ ቤተ መንግሥት ሙዚየም በአዲስ አበባ ይገኛል።""")

neg("doc", "am", """ኢትዮ ቴሌኮም - የደንበኞች አገልግሎት
ነፃ የስልክ መስመር፡ 994
ኢሜይል፡ customerservice@ethiotelecom.example
ዋና መሥሪያ ቤት፡ አዲስ አበባ""")

pos("hr", "am", """የሠራተኛ መረጃ
ስም፡ [[N|ብርቱካን ኃይሉ መኮንን]]
የትውልድ ቀን፡ [[D|17/11/1976]]
አድራሻ፡ [[A|ፖ.ሣ.ቁ. 27814]]
        [[A|አዲስ አበባ]]
ስልክ፡ [[P|+251 91 348 2076]]""")

# ================================================================ Swahili
pos("letter", "sw", """Bw. [[N|Juma Hamisi Mrisho]]
[[A|S.L.P. 2231]]
[[A|Arusha]]
Tanzania
Namba ya NIDA: [[ID|19910606-23115-00004-16]]   Tarehe ya kuzaliwa: [[D|06/06/1991]]""")

pos("form", "sw", """FOMU YA USAJILI - Chama cha Ushirika Kiambu
Jina: Bi. [[N|Wanjiru Kamau]]
Anwani: [[A|P.O. Box 45120-00100]]
        [[A|Nairobi]]
KRA PIN: [[ID|A004817263P]]   Tarehe ya kuzaliwa: [[D|21/07/1979]]
Simu (M-Pesa): [[P|0722 482 731]]""")

pos("chat", "sw", """[20:00] [[N|Amina Said]]: umemwona [[N|baraka]] leo?
[20:01] [[N|Hassan Omari]]: ndiyo, yuko kwa bibi na [[N|neema]]
[20:02] [[N|Amina Said]]: sawa, mwambie anipigie""")

neg("prose", "sw", """Julius Kambarage Nyerere alizaliwa tarehe 13 Aprili 1922 huko Butiama.
Siku ya Nyerere huadhimishwa kila tarehe 14 Oktoba.
Makumbusho ya Mwalimu Nyerere yapo Butiama, mkoani Mara.""")

neg("doc", "sw", """Huduma kwa Wateja - Kampuni ya Maji Dar es Salaam
Piga bila malipo: 0800 110 064 (saa 24)
Barua pepe: huduma@maji-dar.example
Ofisi kuu: Dar es Salaam""")

neg("doc", "sw", """Njia ya maandamano
Kuanzia Barabara ya Kenyatta hadi Mtaa wa Moi, kisha Barabara ya Haile Selassie.
Mwisho ni Uwanja wa Uhuru karibu na sanamu ya Dedan Kimathi.""")

# ================================================================ Afrikaans
pos("letter", "af", """Mnr. [[N|Pieter Jacobus van Wyk]]
[[A|Plaas Rietfontein]]
[[A|Posbus 112]]
[[A|Calitzdorp 6660]]
ID-nommer: [[ID|<<za>>]]   Geboortedatum: [[D|19 Februarie 1964]]""", za=za_id("640219512308"))

pos("chat", "af", """[19:00] [[N|Annelie Botha]]: het jy vir ouma gebel?
[19:01] [[N|Ruan Pretorius]]: ja, sê vir [[N|kobus]] hy moet [[N|marike]] gaan haal
[19:02] [[N|Annelie Botha]]: reg so""")

neg("prose", "af", """C.J. Langenhoven is op 13 Augustus 1873 naby Ladismith gebore.
Hy het Die Stem van Suid-Afrika geskryf.
Sy huis Arbeidsgenot in Oudtshoorn is nou 'n museum.""")

# ================================================================ Zulu
pos("letter", "zu", """UNkk. [[N|Nomvula Zungu]]
[[A|15 Mthembu Road]]
[[A|KwaMashu]]
[[A|Durban 4360]]
Inombolo kamazisi: [[ID|<<za>>]]   Usuku lokuzalwa: [[D|5 Juni 1971]]""", za=za_id("710605022108"))

neg("prose", "zu", """UNelson Mandela wazalwa ngomhla ka-18 Julayi 1918 eMvezo.
Usuku lwakhe lokuzalwa lugujwa emhlabeni wonke njengoSuku lukaMandela.
INelson Mandela Museum iseMthatha.""")

# ================================================================ Yoruba
pos("letter", "yo", """Ọ̀gbẹ́ni [[N|Adéwálé Ọládipọ̀]]
[[A|Nọ́mbà 14, Òpópónà Ìgbòsèrè]]
[[A|Ìkẹjà, Èkó]]
Ọjọ́ ìbí: [[D|24/05/1990]]   NIN: [[ID|48273916502]]
Fóònù: [[P|0803 412 7750]]""")

pos("chat", "yo", """[20:00] [[N|Fọláké]]: ṣé o ti rí [[N|Túndé]]?
[20:01] [[N|Bọ́lá]]: bẹ́ẹ̀ni, ó wà ní ilé ìyá àgbà pẹ̀lú [[N|Ṣadé]]
[20:02] [[N|Fọláké]]: ó dáa""")

neg("prose", "yo", """Wọ́lé Ṣóyínká ni a bí ní ọjọ́ 13 oṣù Keje ọdún 1934 ní Abẹ́òkúta.
Òun ni ọmọ Áfíríkà àkọ́kọ́ tí ó gba Ẹ̀bùn Nobel fún Lítíréṣọ̀ ní 1986.
Ilé-ìkàwé rẹ̀ wà ní Ifẹ̀.""")

# ================================================================ Irish
pos("letter", "ga", """[[N|Máire Ní Bhraonáin]]
[[A|Teach na Trá]]
[[A|An Cheathrú Rua]]
[[A|Co. na Gaillimhe H91 X2C8]]
Dáta breithe: [[D|02/02/1999]]   UPSP: [[ID|<<pp>>]]""", pp=ppsn("6381927"))

pos("chat", "ga", """[18:40] [[N|Cathal Ó Súilleabháin]]: an bhfaca tú [[N|Aoife]] inniu?
[18:41] [[N|Niamh Nic Amhlaoibh]]: chonaic, bhí sí le [[N|Tadhg]] ag teach a seanmháthar
[18:42] [[N|Cathal Ó Súilleabháin]]: go maith""")

neg("prose", "ga", """Rugadh Dubhghlas de hÍde ar an 17 Eanáir 1860 i gCo. Ros Comáin.
Ba é céad Uachtarán na hÉireann é, ó 1938 go 1945.
Tá Músaem Dhubhghlais de hÍde i bhFrenchpark.""")

# ================================================================ Welsh
pos("letter", "cy", """Mr [[N|Dafydd ap Rhys]]
[[A|Bryn Awel]]
[[A|Ffordd yr Orsaf]]
[[A|Llanberis]]
[[A|Caernarfon LL55 4TY]]
Dyddiad geni: [[D|3 Ebrill 1958]]   Rhif Yswiriant Gwladol: [[ID|NH 58 20 41 C]]""")

pos("chat", "cy", """[09:10] [[N|Gwenllian Pritchard]]: welaist ti [[N|Iolo]] bore 'ma?
[09:11] [[N|Rhodri Evans]]: do, roedd o efo Nain a [[N|Cerys]]
[09:12] [[N|Gwenllian Pritchard]]: iawn diolch""")

neg("prose", "cy", """Ganwyd Dylan Thomas ar 27 Hydref 1914 yn Abertawe.
Mae Dan y Wenallt yn dal i gael ei pherfformio ledled y byd.
Mae'r Boathouse yn Nhalacharn ar agor bob dydd yn yr haf.""")

# ================================================================ Kazakh
pos("letter", "kk", """[[N|Айгүл Серікқызы Омарова]]
[[A|Абай даңғылы 150, 45-пәтер]]
[[A|050046 Алматы қ.]]
ЖСН: [[ID|<<ii>>]]   Туған күні: [[D|14.06.1993]]""", ii=kz_iin("93061440027"))

neg("prose", "kk", """Абай Құнанбайұлы 1845 жылы 10 тамызда Шыңғыстауда дүниеге келген.
Оның туған күні Абай күні ретінде аталып өтеді.
Семейдегі Абай мұражайы дүйсенбіден басқа күндері ашық.""")

pos("chat", "kk", """[20:30] [[N|Дәурен Ахметов]]: [[N|Асхатпен]] сөйлестің бе?
[20:31] [[N|Мадина Жұмабаева]]: иә, ол әжесінде [[N|Әлиямен]] бірге
[20:32] [[N|Дәурен Ахметов]]: жақсы""")

# ================================================================ dense exports, logs and configs (mixed languages)
pos("csv", "en", """id,full_name,email,mobile,date_of_birth,street,city,postcode
4401,[[N|Marguerite Oyelaran-Bassey]],[[E|m.oyelaran@fastmail.co.uk]],[[P|07438 219 604]],[[D|1979-02-11]],"[[A|Flat 3, 19 Rutland Gardens]]",Hove,BN3 5PA
4402,[[N|Owain Pritchard]],[[E|owainp@btinternet.com]],[[P|07912 604 118]],[[D|1991-08-30]],[[A|7 Heol y Delyn]],Cardiff,CF14 0SQ
4403,[[N|Zainab Chaudhry]],[[E|zainab.chaudhry@outlook.com]],[[P|07723 881 450]],[[D|1986-12-04]],"[[A|44 Moseley Road, Apt 2]]",Birmingham,B12 9AN
4404,[[N|Hamish MacLeod]],[[E|hamish.macleod@icloud.com]],[[P|07831 552 097]],[[D|1958-05-19]],[[A|Tigh na Mara]],Portree,IV51 9DR
4405,[[N|Precious Adjei]],[[E|precious.adjei@gmail.com]],[[P|07510 336 284]],[[D|2001-01-23]],"[[A|Room 12, Cartwright Hall]]",Bradford,BD7 1DP""")

pos("log", "en", """[[IP|81.154.203.66]] - - [15/Apr/2024:10:22:01 +0000] "GET /account HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
[[IP|10.0.4.17]] - - [15/Apr/2024:10:22:03 +0000] "POST /api/login HTTP/1.1" 401 112 "-" "okhttp/4.12.0"
[[IP|2a02:c7f:4a1e:9b00:5d3:2f1a:8c4e:71b0]] - - [15/Apr/2024:10:22:09 +0000] "GET /reset?token=[[K|8f2c1e9a7b3d4f60a1c2e3d4f5a6b7c8]] HTTP/1.1" 302 0 "-" "Mozilla/5.0"
127.0.0.1 - - [15/Apr/2024:10:22:10 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
[[IP|172.16.88.203]] - - [15/Apr/2024:10:22:14 +0000] "GET /invoices/2024-0418.pdf HTTP/1.1" 200 88412 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" """)

pos("log", "en", """Apr 15 06:58:12 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=[[MAC|00:16:3e:5a:91:c4]] SRC=[[IP|45.83.64.19]] DST=[[IP|10.10.0.5]] PROTO=TCP DPT=3389
Apr 15 07:01:44 ap-2f hostapd: wlan0: STA [[MAC|d8:bb:c1:07:3e:92]] IEEE 802.11: associated (aid 3)
Apr 15 07:01:45 ap-2f dnsmasq-dhcp: DHCPACK(br0) [[IP|192.168.50.118]] [[MAC|d8:bb:c1:07:3e:92]] Marias-MacBook-Air
Apr 15 07:03:10 ap-2f hostapd: wlan0: STA ff:ff:ff:ff:ff:ff IEEE 802.11: deauth broadcast ignored""")

pos("config", "en", """# docker-compose.override.yml (local only - never push)
services:
  db:
    environment:
      POSTGRES_PASSWORD: [[K|Tr0ub4dor&Quay17]]
  app:
    environment:
      REDIS_URL: [[U|redis://default:g7Kp2xQw9LmZ@redis:6379/0]]
      AWS_ACCESS_KEY_ID: [[K|AKIA4XR7QZ2N5LMB8JW3]]
      AWS_SECRET_ACCESS_KEY: [[K|9vQ2r/Lk8XzT1bN4mW7pC3sD6fG0hJ5kE2aR8yUi]]
      JWT_SECRET: [[K|c1f3a9e7-5b2d-4e8a-9f06-7d4c2b1a0e93-prod]]""")

pos("report", "en", """CHARGEBACK REPORT - April 2024                                    page 1/1
Case      Cardholder                 PAN                    Amount   Reason
CB-1101   [[N|R. Okonkwo-Baptiste]]        [[C|<<c1>>]]    £412.00  not recognised
CB-1102   [[N|Henrietta Lowe]]             [[C|<<c2>>]]    £89.99   duplicate
CB-1103   [[N|Sunil Raghavan]]             [[C|<<c3>>]]      £1,240.00 goods not received
CB-1104   [[N|Daniel Ferreira]]            [[C|<<c4>>]]    £35.50   cancelled subscription""", c1=card("453901874412307"), c2=card("552183640917284"), c3=card("37142863910472", groups=(4, 6, 5)), c4=card("601100482731964"))

pos("csv", "de", """Name;Geburtsdatum;Steuer-ID;IBAN;Straße;PLZ;Ort
[[N|Yvonne Kleinschmidt]];[[D|02.05.1977]];[[ID|<<t1>>]];[[I|<<i1>>]];[[A|Auf der Heide 14]];48346;Ostbevern
[[N|Serkan Doğan]];[[D|18.10.1992]];[[ID|<<t2>>]];[[I|<<i2>>]];[[A|Hauptstraße 201, Hinterhaus]];69117;Heidelberg
[[N|Wiebke Johannsen]];[[D|29.01.1964]];[[ID|<<t3>>]];[[I|<<i3>>]];[[A|Dorfstraße 3]];25938;Wyk auf Föhr""", t1=mod11_10("6193728465"), t2=mod11_10("3817294631"), t3=mod11_10("9284716359"), i1=iban("DE", "400501500095381274"), i2=iban("DE", "672500200009187364"), i3=iban("DE", "217500000061824370"))

pos("json", "fr", """[
  {"client": "[[N|Gwenaëlle Kerhervé]]", "naissance": "[[D|1984-07-09]]", "tel": "[[P|+33 6 48 21 93 07]]",
   "adresse": {"rue": "[[A|Lieu-dit Kerlann]]", "cp": "29870", "ville": "Landéda"}},
  {"client": "[[N|Mamadou Traoré]]", "naissance": "[[D|1996-03-22]]", "tel": "[[P|07 81 44 29 60]]",
   "adresse": {"rue": "[[A|Bât. B2, 14 avenue Paul-Vaillant-Couturier]]", "cp": "93200", "ville": "Saint-Denis"}}
]""")

pos("log", "es", """[Mon Apr 15 11:02:19.448 2024] [auth_basic:error] [pid 4412] [client [[IP|88.27.145.201]]:51934] AH01618: user mgarrido not found: /intranet
[Mon Apr 15 11:02:31.102 2024] [php:notice] [pid 4415] [client [[IP|88.27.145.201]]:51940] Registro nuevo: email=[[E|mercedes.garrido.r@telefonica-correo.es]] tel=[[P|+34 622 913 408]]
[Mon Apr 15 11:03:02.877 2024] [php:warn] [pid 4417] [client [[IP|192.168.10.44]]:40022] Intento de acceso con contraseña caducada""")

pos("sql", "pl", """INSERT INTO pacjenci (imie, nazwisko, pesel, data_urodzenia, ulica, kod, miasto, telefon) VALUES
('[[N|Marianna]]', '[[N|Szczepańska-Wójcik]]', '[[ID|<<p1>>]]', '[[D|1988-07-04]]', '[[A|ul. Słoneczna 8/14]]', '20-418', 'Lublin', '[[P|+48 512 038 447]]'),
('[[N|Krystian]]', '[[N|Olszewski]]', '[[ID|<<p2>>]]', '[[D|1995-02-21]]', '[[A|Zagórze 17]]', '34-120', 'Andrychów', '[[P|603 771 290]]');""", p1=pesel("880704", "231", 7), p2=pesel("950221", "604", 2))

pos("config", "nl", """# values-prod.yaml - Helm chart klantportaal
smtp:
  host: smtp.mailprovider.nl
  user: portaal@klantportaal.nl
  password: [[K|Hx8#vQ2m!Lt5rW]]
database:
  url: [[U|postgresql://portaal:Zw4rtB0rd-92@pg-prod.interne.nl:5432/portaal]]
monitoring:
  apiToken: [[K|glc_eyJvIjoiOTEyMzQ1IiwibiI6InBvcnRhYWwiLCJrIjoiUjd0WTJxOUxtIn0=]]""")

pos("shell", "pt", """  401  mysql -u root -p'[[K|Senha#2024forte]]' loja_prod
  402  export GITHUB_TOKEN=[[K|ghp_9XkL2mQ7rT4vB8nW1zY5cD3fH6jP0sA2eU4g]]
  403  git clone [[U|https://joao.silva:ghp_9XkL2mQ7rT4vB8nW1zY5cD3fH6jP0sA2eU4g@github.com/lojaverde/checkout.git]]
  404  ssh deploy@[[IP|189.45.12.77]]
  405  history -c""")

pos("csv", "ja", """お届け先氏名,郵便番号,住所,電話番号,備考
[[N|渡辺 さくら]],060-0042,[[A|北海道札幌市中央区大通西5丁目11 大五ビル 703]],[[P|011-271-4408]],置き配可
[[N|伊藤 隆]],812-0011,[[A|福岡県福岡市博多区博多駅前2丁目19-24 博多ハイツ 201号室]],[[P|092-481-7730]],
[[N|小林 由美子]],920-0853,[[A|石川県金沢市本町1丁目5-2 リファーレ 12階]],[[P|090-7712-3308]],夜間指定""")

pos("xml", "en", """<Patient xmlns="http://hl7.org/fhir">
  <name><family value="[[N|Kowalczyk-Reid]]"/><given value="[[N|Aleksandra]]"/></name>
  <telecom><system value="phone"/><value value="[[P|+44 7700 183 442]]"/></telecom>
  <birthDate value="[[D|1983-10-27]]"/>
  <address><line value="[[A|2/1, 58 Hyndland Road]]"/><city value="Glasgow"/><postalCode value="G12 9UP"/></address>
</Patient>""")

pos("ticket", "en", """INC-77231 VPN drops every 10 minutes
User: [[N|Tariq Hussain]] (Finance)   Laptop: FIN-LT-0442
Client IP [[IP|100.64.12.91]] via home router [[IP|86.4.177.203]], adapter MAC [[MAC|5C-E9-1E-72-0B-AD]]
Tried: reinstall client 5.1.2.3, new cert. Next: capture on gateway [[IP|10.200.0.1]].""")

pos("config", "ru", """# ~/.pgpass - доступ к биллингу (не коммитить!)
db-billing.internal:5432:billing:[[K|billing_app:Zx9!qLm2#Rt]]
# резервная реплика
db-replica.internal:5432:*:[[K|readonly:Ch1t4y-T0lk0-2024]]""")

pos("csv", "tr", """Ad Soyad;T.C. Kimlik No;Doğum Tarihi;Adres;Telefon
[[N|Elif Şahin]];[[ID|<<t1>>]];[[D|12.06.1993]];[[A|Bahçelievler Mah. 7. Cad. No: 42/6, 06490 Çankaya/Ankara]];[[P|0532 418 27 90]]
[[N|Oğuzhan Demirci]];[[ID|<<t2>>]];[[D|03.11.1981]];[[A|Kemeraltı Cad. Kuyumcular Çarşısı No: 5, 35250 Konak/İzmir]];[[P|0544 901 33 17]]""", t1=tckn("276418390"), t2=tckn("418395027"))

pos("log", "it", """Apr 15 08:31:02 mx1 postfix/smtpd[2210]: connect from host-79-18-44-201.retail.telecomitalia.it[[[IP|79.18.44.201]]]
Apr 15 08:31:03 mx1 postfix/cleanup[2214]: 4VKx2T0q: message-id=<20240415083101.118@pc-casa>
Apr 15 08:31:03 mx1 postfix/qmgr[1180]: 4VKx2T0q: from=<[[E|francesca.morandi71@libero.it]]>, size=48211, nrcpt=1
Apr 15 08:31:04 mx1 postfix/smtp[2218]: 4VKx2T0q: to=<[[E|avv.ruggeri@pec-studiolegale.it]]>, relay=mx.pec.it, status=sent""")

pos("report", "en", """WARD 9 - PATIENT LIST (printed 15/04/2024 07:00)
Bed  Patient                   DOB          NHS No.        Consultant
 1   [[N|WHITTAKER, Doreen]]         [[D|03/09/1941]]   [[ID|<<n1>>]]   Mr Ahmed
 2   [[N|O'NEILL, Padraig]]          [[D|22/12/1956]]   [[ID|<<n2>>]]   Dr Lim
 4   [[N|BAPTISTE, Marie-Claire]]    [[D|17/06/1970]]   [[ID|<<n3>>]]   Dr Lim""".replace("Mr Ahmed", "Mr [[N|Ahmed]]").replace("Dr Lim\n", "Dr [[N|Lim]]\n").replace("Dr Lim", "Dr [[N|Lim]]"), n1=nhs("401023785"), n2=nhs("485777302"), n3=nhs("463218094"))

pos("json", "ar", """{"customers": [
  {"name": "[[N|ليلى منصور]]", "dob": "[[D|1990-05-14]]", "mobile": "[[P|+966 55 482 1937]]",
   "address": "[[A|٧٢١٤ طريق الملك عبدالعزيز، حي الملقا، الرياض ١٣٥٢١]]"},
  {"name": "[[N|سالم الكعبي]]", "dob": "[[D|1978-11-02]]", "mobile": "[[P|+971 56 218 4406]]",
   "address": "[[A|شقة 1804، برج الندى، شارع الخليج، أبوظبي]]"}
]}""")

pos("csv", "vi", """Mã đơn,Người nhận,SĐT,Địa chỉ
DH0418,[[N|Võ Thị Ngọc Ánh]],[[P|0938 214 771]],"[[A|Tổ 5, ấp Bình Thạnh, xã Bình Hòa, huyện Châu Thành, An Giang]]"
DH0419,[[N|Hoàng Đức Anh]],[[P|0868 302 115]],"[[A|P. 1207, tòa CT2, KĐT Văn Quán, Hà Đông, Hà Nội]]"
DH0420,[[N|Bùi Thanh Tâm]],[[P|0779 448 260]],"[[A|88 Trần Hưng Đạo, Phường 7, Quận 5, TP. Hồ Chí Minh]]\"""".replace('\\"', '"'))

pos("html", "en", """<section class="listing-contact">
  <h3>Contact the owner</h3>
  <p>[[N|Bronwyn Achterberg]] - viewings by appointment</p>
  <address>[[A|Unit 4, The Old Maltings]]<br>[[A|Mill Lane]]<br>[[A|Ely CB7 4HG]]</address>
  <p>Tel: <a href="tel:+441353882417">[[P|01353 882 417]]</a> · <a href="mailto:bronwyn.a@mailbox.org">[[E|bronwyn.a@mailbox.org]]</a></p>
</section>""")

# ================================================================ more hard negatives (mixed languages)
neg("doc", "en", """MAC address notation - quick reference
Broadcast: ff:ff:ff:ff:ff:ff   Unassigned/all-zero: 00:00:00:00:00:00
OUI prefixes identify vendors, e.g. 00:1A:2B (Ayecom) or 3C:22:FB (Apple).
Example from RFC 7042: 00-00-5E-00-53-01 is reserved for documentation.""")

neg("doc", "en", """JWT debugging tips
Paste the example token from the jwt.io docs to see the decoded header:
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
Its payload is {"sub": "1234567890", "name": "John Doe"} - a placeholder, not a real user.""")

neg("config", "en", """# .env.example - copy to .env and fill in
DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME
GIT_REMOTE=https://${GIT_USER}:${GIT_TOKEN}@github.com/acme/app.git
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
SMTP_PASSWORD=changeme""")

neg("sql", "en", """CREATE TABLE customers (
  id           BIGSERIAL PRIMARY KEY,
  first_name   VARCHAR(80) NOT NULL,
  last_name    VARCHAR(80) NOT NULL,
  date_of_birth DATE,
  email        VARCHAR(254) UNIQUE,
  street       TEXT
);
-- seed: INSERT INTO customers (first_name, last_name) VALUES ('Test', 'User');""")

neg("html", "en", """<footer>
  <p>Meridian Dental Care Ltd - registered in England and Wales, company no. 09918273</p>
  <p>Reception: <a href="tel:+442079460000">020 7946 0000</a> · Out of hours: NHS 111</p>
  <p><a href="mailto:reception@meridiandental.example">reception@meridiandental.example</a> · <a href="mailto:careers@meridiandental.example">careers@meridiandental.example</a></p>
</footer>""")

neg("chat", "en", """[14:00] #soc-alerts: GuardDuty finding: UnauthorizedAccess from 198.51.100.77 (documentation range, test)
[14:01] Team Raven: ack - that's the red-team exercise, see runbook RB-112
[14:02] PagerDuty: incident #5521 resolved by Team Raven
[14:03] #soc-alerts: next drill 2024-05-02 09:00 UTC""")

neg("doc", "de", """Netzwerkplan Testlabor (Beispieladressen nach RFC 5737)
Router: 192.0.2.1   DNS: 192.0.2.53   Drucker: 192.0.2.80
Externe Gegenstelle: 203.0.113.10, IPv6: 2001:db8:10::1
Firmware-Stand: 7.57.1.2 (Build 108812)""")

neg("doc", "fr", """Guide d'intégration - paiements
Carte de test : 4000 0025 0000 3155 (authentification 3-D Secure requise)
IBAN d'exemple figurant dans la documentation : FR76 3000 6000 0112 3456 7890 189
N'utilisez jamais de coordonnées réelles en environnement de recette.""")

neg("receipt", "es", """SUPERMERCADOS LA HUERTA - Ticket 0418-22731
15/04/2024 18:42  Caja 3
Total: 48,35 €  Tarjeta: **** **** **** 4821
IBAN cargo: ES** **** **** **** **** 1332   Cliente: ********
Gracias por su compra""")

neg("email", "pt", """Assunto: Seu pedido 7731-2291 foi postado
Olá! Seu pacote foi postado nos Correios com o código de rastreio AA123456789BR.
Nota fiscal 000.118.227, emitida em 12/04/2024. Prazo estimado: 5 dias úteis.
Dúvidas: atendimento@lojaverde.example · SAC 0800 777 1234""")

neg("log", "it", """commit 3f9a2c1e7b8d4f60a1c2e3d4f5a6b7c8d9e0f1a2
Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
Date:   Mon Apr 15 09:12:44 2024 +0200
    Aggiorna lodash da 4.17.20 a 4.17.21 (rilascio v2.14.3)""")

neg("chat", "nl", """[10:00] #team-oranje: sprint review om 14:00 in zaal Rembrandt
[10:01] Squad Tulp: demo van release 3.8.0 staat klaar
[10:02] Jira Bot: TULP-1182 verplaatst naar Done
[10:03] #team-oranje: retro morgen, kamer Vermeer""")

neg("prose", "pl", """Maria Skłodowska-Curie urodziła się 7 listopada 1867 r. w Warszawie.
Jako pierwsza kobieta otrzymała Nagrodę Nobla, a potem drugą - z chemii w 1911 r.
Muzeum jej imienia na Nowym Mieście jest czynne od wtorku do niedzieli.""")

neg("doc", "ja", """ネットワーク設定の記入例（ドキュメント用アドレス）
IPアドレス：192.0.2.10　サブネットマスク：255.255.255.0
DNS：198.51.100.53　メール記入例：taro@example.com
※実在のアドレスは記入しないでください。""")

neg("doc", "zh", """订单查询
订单号：2024041588213771   快递单号：SF1402837746521（顺丰速运）
发票号码：04418227   下单时间：2024-04-15 10:22
客服热线：400-811-1111""")

neg("doc", "ko", """배송 조회
받는 분: 김*준   연락처: 010-****-5678
주소: 서울특별시 마포구 ******
운송장 번호: 6894 1120 3347 (CJ대한통운)""")

neg("doc", "ru", """Тестовые данные для песочницы платежей
Карта: 4242 4242 4242 4242, срок 12/34, CVC 123
Неуспешная оплата: 4000 0000 0000 0002
Пример ключа: pk_test_TYooMQauvdEDq54NiTphI7jx (из документации)""")

neg("doc", "ar", """إصدار التطبيق 5.12.0.4 - ملاحظات
تم تحديث مكتبة التشفير إلى 3.0.13 ونظام التشغيل الأدنى 14.2.1
للدعم الفني: الرقم المجاني 800 123 4567 أو support@tatbeeq.example
رقم السجل التجاري للشركة: 1010123456""")

neg("prose", "sv", """Kalle Anka och hans vänner visas som vanligt klockan 15 på julafton.
Pippi Långstrump bor i Villa Villekulla med hästen Lilla Gubben och apan Herr Nilsson.
Programtablå: SVT1, 24 december 2024.""")

neg("prose", "fi", """Tove Jansson syntyi 9. elokuuta 1914 Helsingissä.
Muumipeikko, Pikku Myy ja Nuuskamuikkunen ovat hänen tunnetuimpia hahmojaan.
Muumimuseo Tampereella on avoinna tiistaista sunnuntaihin.""")

neg("doc", "cs", """Stav zásilky
Objednávka č. 2024-118273, sledovací číslo DR1184227731C (Česká pošta)
Faktura FA-2024-0418 ze dne 15. 4. 2024
Zákaznická linka e-shopu: 800 100 200""")

neg("prose", "hu", """Rubik Ernő 1944. július 13-án született Budapesten.
A bűvös kockát 1974-ben találta fel; a játék azóta a Rubik's Cube márkanéven ismert.
A kiállítás a Millenárison látható április 30-ig.""")

neg("doc", "el", """Οδηγός δοκιμών πληρωμών
Κάρτα δοκιμής: 4111 1111 1111 1111, λήξη 12/30, CVV 123
Παράδειγμα IBAN από την τεκμηρίωση: GR16 0110 1250 0000 0001 2300 695
Μην χρησιμοποιείτε πραγματικά στοιχεία.""")

neg("doc", "tr", """Kargo Takip
Sipariş no: TY-2024-0418-7731   Takip no: 7310042281774
Fatura no: GIB2024000118227   Teslim tarihi: 17.04.2024
Müşteri hizmetleri: 0850 252 40 00""")

neg("prose", "hi", """अमिताभ बच्चन का जन्म 11 अक्टूबर 1942 को इलाहाबाद में हुआ था।
उनकी फ़िल्म शोले 15 अगस्त 1975 को रिलीज़ हुई थी।
जलसा, मुंबई में उनके घर के बाहर हर रविवार प्रशंसक जुटते हैं।""")

neg("doc", "id", """Sertifikat server (publik) untuk verifikasi:
-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUQm9ndXNDZXJ0aWZpY2F0ZUV4YW1wbGUwCgYIKoZIzj0EAwIw
EjEQMA4GA1UEAwwHZXhhbXBsZTAeFw0yNDA0MTUwMDAwMDBaFw0yNTA0MTUwMDAwMDBa
-----END CERTIFICATE-----
Sidik jari SHA-256: 3A:1F:9C:0B:77:E4:52:AD:19:C8:6B:F0:24:DE:91:5A""")

# ================================================================ address histories
pos("form", "en", """KYC - address history (last 3 years)
Applicant: [[N|Imran Bashir]]      Date of birth: [[D|19 November 1987]]
Current:   [[A|Flat 11, Kestrel Court]]
           [[A|201 Stockport Road]]
           [[A|Manchester M13 0LF]]
Previous:  [[A|28 Granby Row]]
           [[A|Manchester M1 7AR]]
Before:    [[A|c/o Station House]]
           [[A|Rhoose]]
           [[A|Barry CF62 3EP]]""".replace("[[A|c/o Station House]]", "[[A|Station House]]"))

pos("form", "pl", """Historia zameldowań - wniosek o kredyt hipoteczny
Wnioskodawca: [[N|Dorota Michalak]], ur. [[D|23.04.1983]]
Obecny adres:  [[A|ul. Narutowicza 112 m. 41]]
               [[A|90-145 Łódź]]
Poprzedni:     [[A|Wola Zaradzyńska 54]]
               [[A|95-054 Ksawerów]]
Wcześniej:     [[A|al. Kościuszki 3/7]]
               [[A|42-200 Częstochowa]]""")

pos("form", "el", """Ιστορικό διευθύνσεων - αίτηση δανείου
Αιτών: [[N|Σπυρίδων Μαυρίδης]]   Ημερομηνία γέννησης: [[D|17.05.1979]]
Τρέχουσα: [[A|Θησέως 14, 4ος όροφος, διαμ. 8]]
          [[A|176 71 Καλλιθέα]]
Προηγούμενη: [[A|Κεντρική Πλατεία 3]]
             [[A|Άνω Πόλη]]
             [[A|545 03 Θεσσαλονίκη]]""")

pos("form", "cs", """Žádost o hypotéku - přehled bydliště
Žadatel: [[N|Lucie Horáková]], datum narození [[D|8. 2. 1990]]
Současná adresa: [[A|Bělehradská 858/23]]
                 [[A|byt 14, 5. patro]]
                 [[A|120 00 Praha 2]]
Předchozí adresa: [[A|Lhota u Příbramě 41]]
                  [[A|261 01 Příbram]]""")


if __name__ == "__main__": emit("tuning20w", cases)
