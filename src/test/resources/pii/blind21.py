"""Blind evaluation set "blind21": hand-labelled documents made of invented data.

Every person, address, number, key and account in this file is invented. Card numbers are Luhn-valid,
IBANs mod-97 valid and most national identity numbers carry their real check digits; these are computed
by the helper functions below rather than typed. Most cases are realistic multi-line documents in many
languages and scripts. The cases with hard_negative=True contain no personal data at all but look as if
they might: public figures, historical people, fictional characters, companies and their registration
numbers, role mailboxes, hotlines, documentation IP ranges, version numbers, placeholders, masked values,
order and tracking numbers, test cards, documented example keys and IBANs, public keys, certificates,
hashes, and dates that are not birth dates.

Each case is a tuple (kind, lang, hard_negative, marked_text); labels use the markup of labels.py,
written in the cases as \u27e6CODE|value\u27e7 with the short codes of labels.py (N, A, D, ID, K, E, P, C,
I, S, IP, MAC, U), and computed values are interpolated from \u27e8expression\u27e9.

Kinds (the document type of each case):
  chat      Slack, Teams, WhatsApp, IRC, Telegram, LINE, KakaoTalk-style transcripts
  code      source files, test fixtures, notebooks
  config    .env, YAML, Spring, Terraform, Ansible, docker-compose, k8s secrets and kubeconfig, npmrc,
            pypirc, Maven settings, crontab, passwd, DHCP leases, wpa_supplicant, WireGuard, git config
  csv/tsv   exports with a header line
  cv        curricula vitae
  doc       documentation, READMEs, rotas, company imprints, tables, seating plans
  email     e-mails and e-mail headers
  form      application, registration, tax, claim and government forms
  hl7       HL7 v2 messages
  hr        personnel records, payslips, right-to-work checks, starter forms
  html      web pages
  invoice   invoices and receipts for services
  legal     contracts, court notices, police records, statutes
  letter    letters from authorities, landlords, solicitors, doctors
  log       server, application, security, device and git logs, HTTP dumps
  medical   clinical letters, discharge notes, prescriptions, vet records
  news      news items about public figures, companies and markets
  prose     biographies of historical people and other running text
  receipt   till receipts
  record    vCalendar, LDIF, library and radio log records
  report    fixed-width reports, police reports, lab certificates, weather
  shell     shell history and scripts
  sms       SMS backup XML
  sql       SQL dumps
  ticket    support tickets
  travel    bookings, PNRs and tickets
  vcard     vCard records
  xml       other XML (SEPA payment files)

Labelling conventions:
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
import base64
import random
import re

from labels import E, P, C, I, S, IP, MAC, U, K, N, A, D, ID, NL, m, emit, luhn, iban_ok

# ---------------------------------------------------------------- check-digit helpers


def _digits(s):
    return [int(c) for c in re.sub(r"\D", "", s)]


def luhn_digit(base):
    """The digit that makes base+digit Luhn-valid."""
    for c in "0123456789":
        if luhn(base + c):
            return c
    raise AssertionError(base)


def card(base, groups=(4, 4, 4, 4), sep=" "):
    raw = re.sub(r"\D", "", base)
    full = raw + luhn_digit(raw)
    assert len(full) == sum(groups), (base, groups)
    out, i = [], 0
    for g in groups:
        out.append(full[i:i + g])
        i += g
    return sep.join(out)


def iban(cc, bban, spaced=True):
    bban = bban.replace(" ", "")
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in r)) % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s)
    if spaced:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def pesel(base10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    d = _digits(base10)
    assert len(d) == 10
    return base10 + str((10 - sum(a * b for a, b in zip(d, w)) % 10) % 10)


def bsn(base8):
    d = _digits(base8)
    s = sum(x * (9 - i) for i, x in enumerate(d))
    c = s % 11
    assert c < 10, base8
    return base8 + str(c)


def personnummer(yymmdd, nnn, sep="-", century=""):
    base = yymmdd + nnn
    return century + yymmdd + sep + nnn + luhn_digit(base)


def hetu(ddmmyy, sign, nnn):
    n = int(ddmmyy + nnn)
    return ddmmyy + sign + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31]


def cpr(ddmmyy, seq3, sep="-"):
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    for c in "0123456789":
        d = _digits(ddmmyy + seq3 + c)
        if sum(a * b for a, b in zip(d, w)) % 11 == 0:
            return ddmmyy + sep + seq3 + c
    raise AssertionError(ddmmyy + seq3)


def tckimlik(base9):
    d = _digits(base9)
    assert len(d) == 9 and d[0] != 0
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return base9 + str(d10) + str(d11)


def cnp(base12):
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    r = sum(a * b for a, b in zip(_digits(base12), w)) % 11
    return base12 + ("1" if r == 10 else str(r))


def rodne(yymmdd, xxx, sep="/"):
    n = int(yymmdd + xxx) * 10
    c = (-n) % 11
    assert c < 10, (yymmdd, xxx)
    return yymmdd + sep + xxx + str(c)


def nir(base13, fmt=True):
    key = 97 - int(base13) % 97
    s = base13 + "%02d" % key
    if fmt:
        return "%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:15])
    return s


def cpf(base9, fmt=True):
    d = _digits(base9)
    s1 = sum(x * (10 - i) for i, x in enumerate(d))
    c1 = (s1 * 10) % 11 % 10
    d2 = d + [c1]
    s2 = sum(x * (11 - i) for i, x in enumerate(d2))
    c2 = (s2 * 10) % 11 % 10
    s = "".join(map(str, d2 + [c2]))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s


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
    for i, x in enumerate(reversed(_digits(num))):
        c = _VD[c][_VP[i % 8][x]]
    return c == 0


def aadhaar(base11, sep=" "):
    c = 0
    for i, x in enumerate(reversed(_digits(base11))):
        c = _VD[c][_VP[(i + 1) % 8][x]]
    s = base11 + str(_VINV[c])
    assert verhoeff_ok(s)
    return sep.join([s[:4], s[4:8], s[8:]])


def nhs(base9, sep=" "):
    d = _digits(base9)
    c = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
    c = 0 if c == 11 else c
    assert c != 10, base9
    s = base9 + str(c)
    return sep.join([s[:3], s[3:6], s[6:]])


def sin(base8, sep=" "):
    s = base8 + luhn_digit(base8)
    return sep.join([s[:3], s[3:6], s[6:]])


def tfn(base8, sep=" "):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    for c in "0123456789":
        d = _digits(base8 + c)
        if sum(a * b for a, b in zip(d, w)) % 11 == 0:
            s = base8 + c
            return sep.join([s[:3], s[3:6], s[6:]])
    raise AssertionError(base8)


def ppsn(base7, second=""):
    d = _digits(base7)
    s = sum(x * (8 - i) for i, x in enumerate(d))
    if second:
        s += (0 if second == "W" else ord(second) - 64) * 9
    return base7 + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + second


def nric(prefix, base7):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(a * b for a, b in zip(_digits(base7), w))
    if prefix in "TG":
        s += 4
    r = s % 11
    tbl = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + base7 + tbl[r]


def dni(base8, sep=""):
    return base8 + sep + "TRWAGMYFPDXBNJZSQVHLCKE"[int(base8) % 23]


def nie(letter, base7, sep="-"):
    n = int("XYZ".index(letter).__str__() + base7)
    return letter + sep + base7 + sep + "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                    14, 16, 10, 22, 25, 24, 23]))


def codice_fiscale(base15):
    s = 0
    for i, ch in enumerate(base15):
        if i % 2 == 0:
            s += _CF_ODD[ch]
        else:
            s += int(ch) if ch.isdigit() else ord(ch) - 65
    return base15 + chr(65 + s % 26)


def mod11_10(base):
    """ISO 7064 MOD 11,10 (German Steuer-ID, Croatian OIB)."""
    p = 10
    for x in _digits(base):
        s = (x + p) % 10
        s = 10 if s == 0 else s
        p = (s * 2) % 11
    c = 11 - p
    return base + str(0 if c == 10 else c)


def fnr_no(ddmmyy, iii):
    d = _digits(ddmmyy + iii)
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    k1 = 11 - sum(a * b for a, b in zip(d, w1)) % 11
    k1 = 0 if k1 == 11 else k1
    assert k1 != 10, (ddmmyy, iii)
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k2 = 11 - sum(a * b for a, b in zip(d + [k1], w2)) % 11
    k2 = 0 if k2 == 11 else k2
    assert k2 != 10, (ddmmyy, iii)
    return ddmmyy + iii + str(k1) + str(k2)


def rrn_be(yymmdd, sss, y2000=False):
    base = yymmdd + sss
    n = int(("2" if y2000 else "") + base)
    cc = 97 - n % 97
    return "%s.%s.%s-%s.%02d" % (yymmdd[:2], yymmdd[2:4], yymmdd[4:], sss, cc)


def cn_id(base17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    r = sum(a * b for a, b in zip(_digits(base17), w)) % 11
    return base17 + "10X98765432"[r]


def kr_rrn(yymmdd, g6):
    d = _digits(yymmdd + g6)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(a * b for a, b in zip(d, w)) % 11) % 10
    return yymmdd + "-" + g6 + str(c)


def il_id(base8):
    return base8 + luhn_digit(base8)


def za_id(base12):
    return base12 + luhn_digit(base12)


def rut(body):
    s, f = 0, 2
    for x in reversed(_digits(body)):
        s += x * f
        f = 2 if f == 7 else f + 1
    dv = 11 - s % 11
    dv = "0" if dv == 11 else ("K" if dv == 10 else str(dv))
    b = "{:,}".format(int(body)).replace(",", ".")
    return b + "-" + dv


def ee_ik(base10):
    d = _digits(base10)
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    r = sum(a * b for a, b in zip(d, w1)) % 11
    if r == 10:
        w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
        r = sum(a * b for a, b in zip(d, w2)) % 11
        r = 0 if r == 10 else r
    return base10 + str(r)


def nif_pt(base8):
    d = _digits(base8)
    c = 11 - sum(x * (9 - i) for i, x in enumerate(d)) % 11
    return base8 + str(0 if c >= 10 else c)


def amka(base10):
    return base10 + luhn_digit(base10)


def my_number(base11):
    d = _digits(base11)
    s = 0
    for n, x in enumerate(reversed(d), start=1):
        s += x * (n + 1 if n <= 6 else n - 5)
    r = s % 11
    return base11 + str(0 if r <= 1 else 11 - r)


def thai_id(base12, fmt=True):
    d = _digits(base12)
    c = (11 - sum(x * (13 - i) for i, x in enumerate(d)) % 11) % 10
    s = base12 + str(c)
    if fmt:
        return "%s-%s-%s-%s-%s" % (s[0], s[1:5], s[5:10], s[10:12], s[12])
    return s


_TW = dict(A=10, B=11, C=12, D=13, E=14, F=15, G=16, H=17, I=34, J=18, K=19, L=20, M=21, N=22, O=35, P=23, Q=24,
           R=25, S=26, T=27, U=28, V=29, W=32, X=30, Y=31, Z=33)


def tw_id(letter, base8):
    v = _TW[letter]
    s = (v // 10) + (v % 10) * 9 + sum(x * w for x, w in zip(_digits(base8), [8, 7, 6, 5, 4, 3, 2, 1]))
    return letter + base8 + str((10 - s % 10) % 10)


def hkid(letter, base6):
    s = 36 * 9 + (ord(letter) - 55) * 8 + sum(x * w for x, w in zip(_digits(base6), [7, 6, 5, 4, 3, 2]))
    c = (11 - s % 11) % 11
    return "%s%s(%s)" % (letter, base6, "A" if c == 10 else c)


def pl_dowod(letters, base5):
    vals = [ord(ch) - 55 for ch in letters] + _digits(base5)
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    c = sum(a * b for a, b in zip(vals, w)) % 10
    return letters + str(c) + base5


def svnr_at(nnn, ddmmyy):
    d = _digits(nnn)
    e = _digits(ddmmyy)
    s = d[0] * 3 + d[1] * 7 + d[2] * 9 + sum(a * b for a, b in zip(e, [5, 8, 4, 2, 1, 6]))
    c = s % 11
    assert c != 10
    return nnn + str(c) + " " + ddmmyy


def egn(base9):
    w = [2, 4, 8, 5, 10, 9, 7, 3, 6]
    c = sum(a * b for a, b in zip(_digits(base9), w)) % 11
    return base9 + ("0" if c == 10 else str(c))


def kennitala(ddmmyy, rr, century="9"):
    d = _digits(ddmmyy + rr)
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(a * b for a, b in zip(d, w)) % 11
    c = 0 if c == 11 else c
    assert c != 10, (ddmmyy, rr)
    return ddmmyy + "-" + rr + str(c) + century


def ahv(base12):
    d = _digits(base12)
    s = sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d))
    full = base12 + str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (full[:3], full[3:7], full[7:11], full[11:])


def taj(base8, sep=" "):
    d = _digits(base8)
    c = sum(x * (3 if i % 2 == 0 else 7) for i, x in enumerate(d)) % 10
    s = base8 + str(c)
    return sep.join([s[:3], s[3:6], s[6:]])


def curp(base17):
    al = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    s = sum(al.index(ch) * (18 - i) for i, ch in enumerate(base17))
    return base17 + str((10 - s % 10) % 10)


def emso(base12):
    w = [7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(a * b for a, b in zip(_digits(base12), w)) % 11
    c = 0 if r == 0 else 11 - r
    assert c != 10, base12
    return base12 + str(c)


def lv_pk(ddmmyy, rest4):
    d = _digits(ddmmyy + rest4)
    w = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = (1101 - sum(a * b for a, b in zip(d, w))) % 11
    assert c != 10
    return ddmmyy + "-" + rest4 + str(c)


def b64enc(s):
    return base64.b64encode(s.encode()).decode()


def medicare_au(base8, issue):
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(a * b for a, b in zip(_digits(base8), w)) % 10
    s = base8 + str(c) + issue
    return "%s %s %s" % (s[:4], s[4:9], s[9:])


def tok(seed, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    """A reproducible random string (invented secrets, key bodies)."""
    r = random.Random(seed)
    return "".join(r.choice(alphabet) for _ in range(n))


HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(seed, n, pad=""):
    return tok(seed, n, B64) + pad


def pem_body(seed, lines, width=64, last=40):
    out = [tok("%s-%d" % (seed, i), width, B64) for i in range(lines)]
    out.append(tok("%s-last" % seed, last, B64) + "==")
    return NL.join(out)


def to_digits(s, script):
    """Rewrites ASCII digits in another script's digits."""
    zero = {"arab": 0x0660, "fa": 0x06F0, "deva": 0x0966, "thai": 0x0E50, "full": 0xFF10, "beng": 0x09E6}[script]
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in s)


# ---------------------------------------------------------------- case builder

_SHORT = {"E": E, "P": P, "C": C, "I": I, "S": S, "IP": IP, "MAC": MAC, "U": U, "K": K, "N": N, "A": A, "D": D,
          "ID": ID}
_MARK = re.compile("\u27e6([A-Z_]+)\\|([^\u27e7]*)\u27e7")
_EXPR = re.compile("\u27e8([^\u27e9]+)\u27e9")

cases = []


def _render(text):
    if text.startswith("\n"):
        text = text[1:]
    text = text.rstrip("\n")
    text = _EXPR.sub(lambda mo: str(eval(mo.group(1), globals())), text)

    def conv(mo):
        t = _SHORT.get(mo.group(1), mo.group(1))
        assert t in _SHORT.values(), mo.group(0)
        v = mo.group(2)
        assert v and v == v.strip(), repr(v)
        assert v[-1] not in ",;:\"'", repr(v)
        assert v[0] not in "\"'" and (v[0] != "(" or t == P), repr(v)
        return m(t, v)

    out = _MARK.sub(conv, text)
    assert out.count("\u27e6") == out.count("\u27e7") == len(_MARK.findall(out)), out
    assert "\u27e8" not in out and "\u27e9" not in out, out
    return out


def pos(kind, lang, text):
    t = _render(text)
    assert "\u27e6" in t, text
    cases.append((kind, lang, False, t))


def neg(kind, lang, text):
    t = _render(text)
    assert "\u27e6" not in t, text
    cases.append((kind, lang, True, t))



def _qs(n):
    return sum(int(c) for c in str(n))


def rvnr(area, ddmmyy, letter, serial):
    """German pension insurance number: BB TTMMJJ B SS P."""
    d = _digits(area + ddmmyy) + _digits("%02d" % (ord(letter) - 64)) + _digits(serial)
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    c = sum(_qs(a * b) for a, b in zip(d, w)) % 10
    return "%s %s %s %s%d" % (area, ddmmyy, letter, serial, c)


def kvnr(letter, base8):
    """German health insurance number (eGK): letter + 8 digits + check."""
    d = _digits("%02d" % (ord(letter) - 64)) + _digits(base8)
    c = sum(_qs(x * (1 if i % 2 == 0 else 2)) for i, x in enumerate(d)) % 10
    return letter + base8 + str(c)


def mrz_digit(s):
    def val(ch):
        if ch.isdigit():
            return int(ch)
        if ch == "<":
            return 0
        return ord(ch) - 55
    return str(sum(val(ch) * [7, 3, 1][i % 3] for i, ch in enumerate(s)) % 10)


def rib_fr(bank, guichet, account):
    key = 97 - ((89 * int(bank) + 15 * int(guichet) + 3 * int(account)) % 97)
    return bank + guichet + account + "%02d" % key


def es_bban(bank, branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        r = 11 - sum(a * b for a, b in zip(_digits(s), w)) % 11
        return 0 if r == 11 else (1 if r == 10 else r)
    return bank + branch + str(dc("00" + bank + branch)) + str(dc(account)) + account


def cuil(prefix, dni8):
    d = _digits(prefix + dni8)
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    z = 11 - sum(a * b for a, b in zip(d, w)) % 11
    z = 0 if z == 11 else z
    assert z != 10, (prefix, dni8)
    return "%s-%s-%d" % (prefix, dni8, z)


def ado_hu(base9):
    d = _digits(base9)
    c = sum(x * (i + 1) for i, x in enumerate(d)) % 11
    assert c != 10, base9
    return base9 + str(c)


def afm(base8):
    d = _digits(base8)
    return base8 + str(sum(x * 2 ** (8 - i) for i, x in enumerate(d)) % 11 % 10)


def snils(base9):
    d = _digits(base9)
    s = sum(x * (9 - i) for i, x in enumerate(d))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        c = 0 if c == 100 else c
    return "%s-%s-%s %02d" % (base9[:3], base9[3:6], base9[6:], c)


def inn12(base10):
    d = _digits(base10)
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n11 = sum(a * b for a, b in zip(d, w1)) % 11 % 10
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    n12 = sum(a * b for a, b in zip(d + [n11], w2)) % 11 % 10
    return base10 + str(n11) + str(n12)


def rnokpp(y, mth, day, serial3, sex_digit):
    import datetime
    days = (datetime.date(y, mth, day) - datetime.date(1899, 12, 31)).days
    base = "%05d%s%s" % (days, serial3, sex_digit)
    d = _digits(base)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    c = sum(a * b for a, b in zip(d, w)) % 11 % 10
    return base + str(c)


def code_melli(base9):
    d = _digits(base9)
    r = sum(x * (10 - i) for i, x in enumerate(d)) % 11
    return base9 + str(r if r < 2 else 11 - r)


def no_account(base10):
    d = _digits(base10)
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    c = 11 - sum(a * b for a, b in zip(d, w)) % 11
    c = 0 if c == 11 else c
    assert c != 10, base10
    return base10 + str(c)


def be_account(base10):
    r = int(base10) % 97
    return base10 + "%02d" % (97 if r == 0 else r)


def pt_bban(bank, branch, account):
    n = int(bank + branch + account)
    return bank + branch + account + "%02d" % (98 - (n * 100) % 97)


def it_bban(abi, cab, conto):
    s = abi + cab + conto
    tot = 0
    for i, ch in enumerate(s):
        if i % 2 == 0:
            tot += _CF_ODD[ch]
        else:
            tot += int(ch) if ch.isdigit() else ord(ch) - 65
    return chr(65 + tot % 26) + s


def nss_es(prov2, num8):
    n = int(prov2 + num8)
    return "%s/%s/%02d" % (prov2, num8, n % 97)


def cnpj(base12):
    d = _digits(base12)

    def dv(ds, w):
        c = sum(a * b for a, b in zip(ds, w)) % 11
        return 0 if c < 2 else 11 - c
    d1 = dv(d, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    d2 = dv(d + [d1], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2])
    s = base12 + str(d1) + str(d2)
    return "%s.%s.%s/%s-%s" % (s[:2], s[2:5], s[5:8], s[8:12], s[12:])


def niss_pt(base10):
    w = [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]
    return base10 + str(9 - sum(a * b for a, b in zip(_digits(base10), w)) % 10)


def nl_acct(base9):
    """Dutch bank account number that passes the old 11-test."""
    for c in "0123456789":
        d = _digits(base9 + c)
        if sum(x * (10 - i) for i, x in enumerate(d)) % 11 == 0:
            return base9 + c
    raise AssertionError(base9)


def cz_acct(base9):
    w = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]
    for c in "0123456789":
        d = _digits(base9 + c)
        if sum(a * b for a, b in zip(d, w)) % 11 == 0:
            return base9 + c
    raise AssertionError(base9)


def hu_bban(bank3, branch4, acct15):
    w = [9, 7, 3, 1]
    d1 = _digits(bank3 + branch4)
    c1 = (10 - sum(x * w[i % 4] for i, x in enumerate(d1)) % 10) % 10
    d2 = _digits(acct15)
    c2 = (10 - sum(x * w[i % 4] for i, x in enumerate(d2)) % 10) % 10
    return bank3 + branch4 + str(c1) + acct15 + str(c2)


def fi_bban(base13):
    return base13 + luhn_digit(base13)

# ================================================================ English
pos("ticket", "en", r"""
Ticket #48213 - Unable to reset two-factor authentication
Requester: ⟦N|Priya Raman⟧ <⟦E|priya.raman@fastmail.in⟧>
Channel: web form | Priority: normal | Product: Ledgerly Cloud 7.2

Hi, I lost my phone on holiday and can't get into my account. The last time it worked I was at home,
probably from ⟦IP|86.142.77.19⟧. The date of birth on the account should be ⟦D|07/22/1991⟧.
Call me on ⟦P|+44 7911 482 603⟧ if you need anything else.

-- internal note --
Checked the auth log, last good login from ⟦IP|86.142.77.19⟧, DOB matches. Sent recovery link. - ⟦N|Tomasz⟧
""")

pos("chat", "en", r"""
[09:14] ⟦N|Dana Whitfield⟧: anyone know the wifi pw for the 3rd floor guest network?
[09:15] ⟦N|marcus⟧: it's on the whiteboard but atm it's ⟦K|Tangerine!Owl42⟧
[09:15] ⟦N|Dana Whitfield⟧: thx ⟦N|marcus⟧ 🙏
[09:16] ops-bot: reminder: shared credentials rotate on Friday
""")

pos("log", "en", r"""
⟦IP|10.20.4.117⟧ - - [12/Mar/2024:08:01:55 +0000] "GET /api/v2/orders?page=3 HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (X11; Linux x86_64)"
⟦IP|10.20.4.117⟧ - - [12/Mar/2024:08:01:56 +0000] "POST /api/v2/login HTTP/1.1" 401 88 "-" "okhttp/4.12.0"
⟦IP|172.19.0.3⟧ - - [12/Mar/2024:08:02:10 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
""")

pos("config", "en", r"""
# .env.production -- never commit this file
APP_ENV=production
APP_DEBUG=false
DB_HOST=pg-prod-2.internal
DB_USER=shopapp
DB_PASSWORD=⟦K|kV9#mL2qPz!7wRt⟧
STRIPE_SECRET_KEY=⟦K|⟨'sk_live_51' + tok('en-stripe', 96)⟩⟧
SENTRY_DSN=${SENTRY_DSN}
MAIL_FROM=noreply@larkspur-goods.co.uk
""")

neg("doc", "en", r"""
Testing payments
Use these card numbers in test mode only; they never move real money.
  4242 4242 4242 4242   Visa - succeeds
  4000 0000 0000 9995   Visa - declined, insufficient funds
  5555 5555 5555 4444   Mastercard - succeeds
  3782 822463 10005     American Express - succeeds
Use any future expiry date (for example 12/34) and any three-digit CVC.
Your test secret key starts with sk_test_ and is shown on the dashboard as sk_test_••••••••••••.
""")

neg("config", "en", r"""
# Example: allow the office range and a single monitoring host (see RFC 5737)
location /admin {
    allow 198.51.100.0/24;
    allow 203.0.113.17;
    deny  all;
}
resolver 1.1.1.1 9.9.9.9 valid=300s;
listen 0.0.0.0:8080;
set_real_ip_from 10.0.0.0/8;
""")

neg("news", "en", r"""
Apple chief executive Tim Cook told analysts on Thursday that services revenue reached a record,
while Satya Nadella said Microsoft would keep investing in data centres in Wisconsin and Ireland.
Shares of both companies rose more than 2% in after-hours trading in New York.
""")

neg("prose", "en", r"""
Ada Lovelace (10 December 1815 - 27 November 1852) worked with Charles Babbage on the Analytical Engine.
Her notes, published in 1843, include what is often described as the first computer program.
The Science Museum in London holds a portrait of her by Margaret Carpenter.
""")

neg("email", "en", r"""
From: Northgate Energy Billing <billing@northgate-energy.co.uk>
Subject: Your March statement is ready

Dear customer,

Your statement for account 7710 2290 43 is now available in the app. The amount of £84.17 will be
collected by Direct Debit on or after 18 April 2024.

Questions? Call our free helpline on 0800 048 1272 (Mon-Fri 8am-8pm) or write to
support@northgate-energy.co.uk. For gas emergencies call 0800 111 999 at any time.

Northgate Energy Ltd, registered in England and Wales no. 09928812, Sheffield
""")

pos("email", "en", r"""
From: ⟦N|Harriet Okonkwo-Bell⟧ <⟦E|h.okonkwo-bell@pembertonshaw.co.uk⟧>
To: ⟦N|Gareth Lloyd⟧ <⟦E|gareth.lloyd1979@btinternet.com⟧>
Subject: Re: completion date

Dear ⟦N|Gareth⟧,

The buyer's solicitors have confirmed completion for Friday 28 June on the sale of
⟦A|14 Ashgrove Terrace, Penarth CF64 1BT⟧. Please bring photo ID when you come in to sign. For our file,
the licence number you gave us is ⟦ID|LLOYD710269G99XK⟧ - could you check it against the card?

Kind regards,
⟦N|Harriet Okonkwo-Bell⟧
Associate Solicitor | Pemberton & Shaw LLP, Cardiff
Direct: ⟦P|029 2048 7713⟧ | Switchboard: 029 2048 7700
""")

pos("hr", "en", r"""
HR CASE NOTE - CONFIDENTIAL
Employee: ⟦N|Connor McAllister⟧ (emp. no. 004417)
NI number: ⟦ID|JT 62 81 04 B⟧
DOB: ⟦D|3 Feb 1988⟧
Home: ⟦A|Flat 2, 19 Carnarvon Road, Belfast BT4 3GL⟧
Summary: phased return after surgery agreed with line manager ⟦N|Aoife Brennan⟧. OH referral sent 04/03/2024,
review meeting booked for 18/03/2024.
""")

pos("letter", "en", r"""
Riverside Medical Practice, Norwich

12 March 2024

Dear Colleague,

Re: ⟦N|Joan Pettigrew⟧, DOB ⟦D|11/09/1946⟧, NHS No. ⟦ID|⟨nhs('485777345')⟩⟧
⟦A|7 Mill Lane, Little Haddon, Norfolk NR15 2PL⟧

I would be grateful if you could see this 77-year-old lady with a six-week history of
exertional breathlessness. ECG attached. She lives alone; her daughter ⟦N|Claire⟧ can be reached on
⟦P|07583 221 904⟧.

Yours sincerely,
Dr ⟦N|Kunle Adeyemi⟧
""")

pos("shell", "en", r"""
  501  ssh deploy@⟦IP|10.0.12.45⟧
  502  export PGPASSWORD='⟦K|Wint3r-Harb0ur⟧'
  503  psql -h ⟦IP|10.0.12.45⟧ -U reporting -d sales -c '\dt'
  504  curl -s -u ⟦K|svc_reports:Q7u!ckSilver⟧ https://jenkins.internal.corp/api/json | jq .jobs
  505  git clone ⟦U|⟨'https://ci-bot:ghp_' + tok('en-ghp', 36)⟩@github.com/acme-internal/infra.git⟧
  506  history | grep aws
""")

neg("config", "en", r"""
# config/database.yml.example - copy to database.yml and fill in
production:
  adapter: postgresql
  host: <%= ENV["DB_HOST"] %>
  username: <%= ENV["DB_USER"] %>
  password: <%= ENV["DB_PASSWORD"] %>
  # or, as a single URL:
  url: postgres://USER:PASSWORD@HOST:5432/DBNAME
""")

neg("doc", "en", r"""
To configure the CLI, create ~/.aws/credentials. The following example shows a profile with
example values:

[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-2

Replace the example values with your own keys. Never share your secret access key.
""")

pos("config", "en", r"""
apiVersion: v1
kind: Secret
metadata:
  name: billing-db
  namespace: payments
type: Opaque
data:
  password: ⟦K|⟨b64enc('Ff83!nQx2-billing')⟩⟧
stringData:
  DATABASE_URL: ⟦U|postgresql://billing_app:Ff83!nQx2-billing@billing-db.payments.svc:5432/billing⟧
""")

pos("csv", "en", r"""
member_no,first_name,last_name,date_of_birth,mobile,email,joined
M-20411,⟦N|Siobhan⟧,⟦N|Kearney⟧,⟦D|1979-08-30⟧,⟦P|07700 183 442⟧,⟦E|siobhan.kearney@gmail.com⟧,2019-04-02
M-20412,⟦N|Arjun⟧,⟦N|Mehta⟧,⟦D|1983-01-11⟧,⟦P|07402 917 350⟧,⟦E|arjun.m83@yahoo.co.uk⟧,2019-04-02
M-20413,⟦N|Bethan⟧,⟦N|Pryce-Jones⟧,⟦D|2001-12-24⟧,⟦P|07938 604 118⟧,⟦E|bethanpj@hotmail.com⟧,2020-09-15
M-20414,⟦N|Kwame⟧,⟦N|Asante⟧,⟦D|1968-05-06⟧,,⟦E|k.asante@virginmedia.com⟧,2021-01-07
M-20415,⟦N|Ruth⟧,⟦N|Abramovich⟧,⟦D|1955-10-19⟧,⟦P|01865 774 209⟧,,2022-06-30
""")

pos("sql", "en", r"""
INSERT INTO `customers` (`id`,`first_name`,`last_name`,`email`,`phone`,`dob`,`street`,`postcode`,`city`) VALUES
(1041,'⟦N|Shauna⟧','⟦N|Delacroix⟧','⟦E|shauna.d@outlook.com⟧','⟦P|+1 604 872 3391⟧','⟦D|1990-05-17⟧','⟦A|2207 Commercial Dr⟧','V5N 4B3','Vancouver'),
(1042,'⟦N|Emeka⟧','⟦N|Obi⟧','⟦E|emeka.obi@shaw.ca⟧','⟦P|+1 403 291 7740⟧','⟦D|1986-11-02⟧','⟦A|58 Cranleigh Heath SE⟧','T3M 1B9','Calgary'),
(1043,'⟦N|Marie-Ève⟧','⟦N|Gagnon⟧','⟦E|megagnon@videotron.ca⟧','⟦P|+1 514 376 0912⟧','⟦D|1999-02-28⟧','⟦A|4150 rue Saint-Denis, app. 3⟧','H2W 2M5','Montréal');
""")

neg("sql", "en", r"""
-- seed data for local development only
INSERT INTO users (id, name, email, password_hash, created_at) VALUES
  (1, 'Test User', 'test@example.com', '$2b$12$Q9nTzv1YhQ0m4Jw0b3pZ1u7dC9yqgJ8o6rL2sVtXkHf5eN3aW1bCy', '2024-01-01'),
  (2, 'Jane Doe', 'jane.doe@example.org', '$2b$12$Kx0oPq9fC4sB7nE2wM5vZ.3hJt8yR1gLuD6aQ9cXbN0mT4eS7iVw', '2024-01-01'),
  (3, 'Admin', 'admin@example.com', '$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHQ$8f3GvS1', '2024-01-01');
""")

pos("hl7", "en", r"""
MSH|^~\&|EPIC|NORTHSHORE|LAB|NORTHSHORE|202403121044||ADT^A04|MSG00417|P|2.5
EVN|A04|202403121044
PID|1||MRN448812^^^NSH^MR||⟦N|Haddad⟧^⟦N|Rania⟧||⟦D|19850623⟧|F|||⟦A|4417 W Addison St⟧^^Chicago^IL^60641^USA||⟦P|(773) 418-2290⟧|||||ACC99812|⟦S|412-68-3390⟧
PV1|1|O|OPD^^^NSH||||12345^⟦N|Okafor⟧^⟦N|Chidi⟧^^^MD
""")

pos("vcard", "en", r"""
BEGIN:VCARD
VERSION:3.0
N:⟦N|Nakamura-Ellis⟧;⟦N|Jordan⟧;;;
FN:⟦N|Jordan Nakamura-Ellis⟧
TEL;TYPE=cell:⟦P|+1-503-729-4410⟧
EMAIL;TYPE=home:⟦E|jordan.ne@proton.me⟧
ADR;TYPE=home:;;⟦A|1820 SE Harney St⟧;Portland;OR;97202;USA
BDAY:⟦D|1993-12-02⟧
END:VCARD
""")

neg("vcard", "en", r"""
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Halcyon Analytics Ltd
ORG:Halcyon Analytics Ltd
TEL;TYPE=work,voice:+44 161 496 7100
EMAIL;TYPE=work:hello@halcyon-analytics.io
ADR;TYPE=work:;;;Manchester;;;United Kingdom
URL:https://halcyon-analytics.io
NOTE:Company no. 11843270 - VAT GB 318 4471 20
END:VCARD
""")

pos("log", "en", r"""
{"ts":"2024-05-02T14:22:09.331Z","level":"warn","svc":"checkout","msg":"card declined","user":{"id":88121,"name":"⟦N|Beatriz Lindqvist⟧","email":"⟦E|bea.lindqvist@icloud.com⟧"},"client_ip":"⟦IP|94.254.17.203⟧","card":{"brand":"visa","last4":"0417","exp":"09/27"},"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}
{"ts":"2024-05-02T14:22:11.004Z","level":"info","svc":"checkout","msg":"retry scheduled","attempt":2,"trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}
""")

pos("chat", "en", r"""
Microsoft Teams - Ward 7 handover
⟦N|Amelia Stroud⟧ (Registrar) 07:42
Bed 12 overnight: Mr ⟦N|Desmond Achterberg⟧ spiked to 38.9, cultures sent. Son is ⟦N|Pieter⟧, next of kin, mobile ⟦P|07817 330 562⟧.
⟦N|Femi Alade⟧ 07:45
Thanks Dr ⟦N|Stroud⟧. I'll ask pharmacy about the gent. Is the allergy still penicillin?
⟦N|Amelia Stroud⟧ (Registrar) 07:46
Yes, penicillin - rash. Also note DOB in the old notes was wrong, correct is ⟦D|02/01/1939⟧.
""")

pos("chat", "en", r"""
[14/06/2024, 21:03:11] Mum: did you send nan the money for the boiler
[14/06/2024, 21:05:47] ⟦N|Callum⟧: yes sent it to her new account this morning
[14/06/2024, 21:06:02] ⟦N|Callum⟧: ⟦I|⟨iban('GB', 'NWBK60730188213407')⟩⟧ that's the one grandad wrote down right?
[14/06/2024, 21:07:30] Mum: yes love. she says thank you xx
""")

pos("chat", "en", r"""
[22:41] <fennec> anyone seen kestrel's nas issue from yesterday?
[22:42] <kestrel> yeah, dhcp hands out 192.168.7.0/24 and the nas at ⟦IP|192.168.7.40⟧ keeps dropping off
[22:42] <kestrel> mac is ⟦MAC|00:11:32:9f:4e:27⟧ if anyone wants to check their arp tables
[22:43] <fennec> netmask 255.255.255.0? gateway .1?
[22:43] <kestrel> yep
""")

neg("chat", "en", r"""
[10:02] <lurker> after upgrading to linux-image-5.15.0-91 my wifi is gone
[10:03] <sprocket> which kernel were you on before? 5.15.0.88?
[10:03] <lurker> yes. windows on the other partition says build 10.0.19045.4291 and works fine
[10:04] <sprocket> known regression, see bug 2049113, fixed in 5.15.0-92. try iwlwifi firmware 86.fb5c9aeb.0
[10:05] <lurker> ty, will report back
""")

pos("travel", "en", r"""
BOOKING REF: QX7K2L              ISSUED 02APR24
PASSENGER: ⟦N|ABERNATHY/LUCINDA⟧ MS
FLIGHT  DATE   FROM TO   DEP   ARR   CLASS
BA0117  14JUN  LHR  JFK  0825  1105  Y
BA0178  28JUN  JFK  LHR  1930  0735  Y
SSR DOCS BA HK1/P/GBR/⟦ID|548821937⟧/GBR/⟦D|09OCT84⟧/F/21NOV31/⟦N|ABERNATHY/LUCINDA⟧
SSR CTCM BA HK1/⟦P|447723118904⟧
""")

pos("invoice", "en", r"""
INVOICE 2024-031                                   Date: 30 April 2024
From: ⟦N|Oluwaseun Adebayo-Hart⟧ - Illustration & Lettering
      ⟦A|12 Chandos Court, 45 Redcliffe Street, Bristol BS1 6NB⟧
      ⟦E|seun@adebayohart.studio⟧
To:   Moss & Fern Studio Ltd, Leeds

Cover artwork, "The Salt Roads" (final files)          £1,200.00
Usage licence, UK & Commonwealth, 5 years              £  450.00
TOTAL (not VAT registered)                             £1,650.00

Please pay within 30 days to:
Account name: ⟦N|O Adebayo-Hart⟧   IBAN: ⟦I|⟨iban('GB', 'MONZ04000412963385')⟩⟧   BIC: MONZGB2L
""")

neg("invoice", "en", r"""
TAX INVOICE                                    Invoice no: INV-00488213
Supplier: Corran Fasteners Ltd, Coventry       VAT reg: GB 441 2093 18
Customer: Bellwether Marine Services, Falmouth Customer no: C-10771
PO number: PO-55120-A                          Date: 2024-03-29

Qty  Part no.        Description                       Unit     Total
200  M8-SS-316-40    Hex bolt, stainless A4, M8x40     £0.42    £84.00
200  N8-SS-316       Nyloc nut, stainless A4, M8       £0.11    £22.00
  1  DEL-STD         Carriage                          £9.50     £9.50
Subtotal £115.50   VAT 20% £23.10   TOTAL £138.60
Payment terms: 30 days end of month. Remittances to accounts@corranfasteners.co.uk
""")

pos("cv", "en", r"""
⟦N|ELEANOR FITZWILLIAM-OKAFOR⟧
⟦A|Flat 9, Harbour View, 3 Dock Street, Leith, Edinburgh EH6 6EY⟧
⟦P|07824 519 306⟧ · ⟦E|e.fitzokafor@gmail.com⟧ · linkedin.com/in/efitzokafor
Date of birth: ⟦D|22 April 1995⟧ · Full UK driving licence

EXPERIENCE
2021-now   Data Analyst, Lothian Transit Partnership, Edinburgh
2018-2021  Research Assistant, School of Geosciences, University of Edinburgh

REFERENCES
⟦N|Malcolm Ure⟧, former supervisor - ⟦E|malcolm.ure@ed-geosci.ac.uk⟧
""")

pos("legal", "en", r"""
IN THE SUPERIOR COURT OF CALIFORNIA, COUNTY OF ALAMEDA
Case No. RG24-118374

PLAINTIFF: Fairview Terrace Apartments LLC
DEFENDANT: ⟦N|Marisol Quintanilla-Reyes⟧

NOTICE TO PAY RENT OR QUIT
To the tenant(s) in possession of the premises at:
⟦A|2911 Fruitvale Avenue, Apt. 4C⟧
⟦A|Oakland, CA 94601⟧

You are hereby notified that rent in the amount of $2,140.00 for the period 05/01/2024 to 05/31/2024 is due.
""")

pos("form", "en", r"""
Form W-9 (Rev. March 2024) - Request for Taxpayer Identification Number and Certification
1  Name (as shown on your income tax return): ⟦N|Dwayne T. Holloway⟧
3  Federal tax classification: [x] Individual/sole proprietor
5  Address (number, street, apt., city, state, ZIP): ⟦A|806 Magnolia Bend Dr, Mobile, AL 36695⟧
Part I  Social security number
        ⟦S|5 2 1 - 8 3 - 4 4 7 7⟧
Signature: (signed)            Date: 04/11/2024
""")

neg("doc", "en", r"""
How to fill in your SSN on the form
Enter your nine-digit Social Security number in the boxes, for example 123-45-6789. Do not enter an
ITIN or an EIN here. If you were issued a card showing 000-00-0000 or XXX-XX-XXXX, contact the
Social Security Administration at 1-800-772-1213 (TTY 1-800-325-0778). We only ever display the
last four digits, as in ***-**-6621.
""")

pos("csv", "en", r"""
asset_tag,hostname,owner,mac,ip,os
LT-0412,lt-0412.corp.local,⟦N|Inês Carvalho⟧,⟦MAC|A4:83:E7:2C:19:5B⟧,⟦IP|10.8.14.52⟧,Windows 11 23H2
LT-0413,lt-0413.corp.local,⟦N|Rajesh Venkataraman⟧,⟦MAC|a4-83-e7-2c-44-0d⟧,⟦IP|10.8.14.53⟧,macOS 14.4.1
PR-0031,prn-3f-east,,⟦MAC|00:80:77:1a:2b:3c⟧,⟦IP|10.8.3.10⟧,firmware 4.2.1.7
SW-0002,core-sw-02,,⟦MAC|0c:d0:f8:91:33:e0⟧,⟦IP|10.8.0.2⟧,IOS-XE 17.9.4
""")

pos("config", "en", r"""
lease ⟦IP|192.168.1.57⟧ {
  starts 3 2024/05/01 18:22:04;
  ends 4 2024/05/02 18:22:04;
  binding state active;
  hardware ethernet ⟦MAC|5c:e9:1e:88:02:d4⟧;
  uid "\001\\\351\036\210\002\324";
  client-hostname "Noahs-iPhone";
}
""")

pos("config", "en", r"""
# /etc/wpa_supplicant/wpa_supplicant.conf
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
country=GB
network={
    ssid="Hendricks_Home_5G"
    psk="⟦K|marmalade-tuesday-1987⟧"
    key_mgmt=WPA-PSK
}
""")

pos("config", "en", r"""
[Interface]
PrivateKey = ⟦K|⟨b64('en-wg-priv', 43)⟩=⟧
ListenPort = 51820
DNS = 1.1.1.1

[Peer]
PublicKey = ⟨b64('en-wg-pub', 43)⟩=
Endpoint = ⟦IP|185.213.154.66⟧:51820
AllowedIPs = 0.0.0.0/0, ::/0
PersistentKeepalive = 25
""")

pos("code", "en", r"""
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.office365.com"
SMTP_USER = "⟦E|r.okafor@thornbury-labs.com⟧"
SMTP_PASS = "⟦K|x7Hq-29vL-pp0M-aa3K⟧"   # TODO move to vault

def send_report(to, body):
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SMTP_USER, to, "Nightly report"
    msg.set_content(body)
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls(); s.login(SMTP_USER, SMTP_PASS); s.send_message(msg)
""")

neg("code", "en", r"""
import os
import openai

client = openai.OpenAI(api_key=os.environ["OPENAI_API_KEY"])
DB_URL = os.getenv("DATABASE_URL", "postgresql://localhost:5432/dev")
SLACK_WEBHOOK = os.environ.get("SLACK_WEBHOOK_URL")  # set in CI secrets
password = getpass.getpass("Password: ")
token = "<YOUR_TOKEN_HERE>"
""")

neg("config", "en", r"""
# ~/.ssh/authorized_keys on ci-runner-03
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI⟨tok('en-ssh-pub', 43, B64)⟩ deploy@ci-runner-03
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ⟨tok('en-ssh-rsa', 120, B64)⟩ backup@nas01
# fingerprint: SHA256:⟨tok('en-fp', 43, B64)⟩
""")

neg("doc", "en", r"""
Release 3.8.2 - checksums
  sha256  e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  harbour-3.8.2.tar.gz
  sha256  ⟨tok('en-sha-2', 64, HEX)⟩  harbour-3.8.2-linux-amd64.zip
  sha1    ⟨tok('en-sha1', 40, HEX)⟩  harbour-3.8.2.msi
Container image: ghcr.io/harbour/harbour@sha256:⟨tok('en-digest', 64, HEX)⟩
Git tag v3.8.2 -> commit ⟨tok('en-commit', 40, HEX)⟩
""")

neg("ticket", "en", r"""
Case 00918274 - Refund status
Customer verified via security questions.
Card on file: **** **** **** 4417 (exp 08/26)
Bank details: IBAN GB** **** **** **** **12 34
SSN on file: ***-**-6621
Password reset link sent; the temporary password is shown as ******** in the console.
Refund RF-2024-33817 issued, 3-5 working days. Closed by: Tier 1 queue.
""")

neg("email", "en", r"""
Subject: Your parcel is on its way
Order #112-7719934-8820157 has shipped.
Carrier: UPS - tracking 1Z 8F7 A93 03 4417 2205
Return authorisation: RMA-88213-UK
Estimated delivery: Tuesday 21 May between 10:00 and 14:00.
Questions about your order? Visit our Help Centre or call 0345 600 4417 (local rate).
""")

neg("doc", "en", r"""
Emergency and help numbers
  Police, fire, ambulance ............. 999 or 112
  Non-emergency police ................ 101
  NHS non-urgent medical help ......... 111
  Samaritans (free, 24/7) ............. 116 123
  National Domestic Abuse Helpline .... 0808 2000 247
In the United States dial 911; in the EU, 112 works from any phone.
""")

neg("prose", "en", r"""
Sherlock Holmes shared rooms with Dr John Watson at 221B Baker Street, London, and Harry Potter,
born on 31 July 1980 according to the books, grew up at 4 Privet Drive, Little Whinging.
Both addresses now receive letters from fans every week.
""")

neg("legal", "en", r"""
SERVICES AGREEMENT - KEY DATES
Effective date: 1 March 2024
Initial term ends: 28 February 2027
Notice period: 90 days, to be received no later than 30 November 2026
Price review date: each 1 April
Signed for Kestrel Logistics plc (company no. 04418327) by its Chief Operating Officer
Signed for Harlow & Finch Ltd by a director, 19 February 2024
""")

pos("config", "en", r"""
# docker-compose.override.yml (local copy from prod - delete after debugging!)
services:
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: orders
      POSTGRES_PASSWORD: "⟦K|Gl4ss-Onion-Tr4in⟧"
  minio:
    image: quay.io/minio/minio:RELEASE.2024-04-18T19-09-19Z
    environment:
      MINIO_ROOT_USER: minioadmin
      MINIO_ROOT_PASSWORD: ⟦K|6pQ2rV9wZt1yX8cB⟧
    ports: ["9000:9000", "9001:9001"]
""")

pos("config", "en", r"""
# terraform.tfvars
region            = "eu-central-1"
vpc_cidr          = "10.42.0.0/16"
instance_type     = "t3.medium"
aws_access_key    = "⟦K|⟨'AKIA' + tok('en-akia', 16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')⟩⟧"
aws_secret_key    = "⟦K|⟨tok('en-aws-secret', 40, B64)⟩⟧"
db_password       = var.db_password_from_vault
""")

pos("config", "en", r"""
# inventory/production.ini
[web]
web-01 ansible_host=⟦IP|172.31.8.21⟧
web-02 ansible_host=⟦IP|172.31.8.22⟧

[db]
db-01 ansible_host=⟦IP|172.31.9.10⟧ ansible_user=admin ansible_become_password=⟦K|Ch4ngeMe-N0t!⟧

[all:vars]
ansible_python_interpreter=/usr/bin/python3
""")

pos("config", "en", r"""
spring.datasource.url=jdbc:sqlserver://sql-prod-01.corp.local:1433;databaseName=Payroll;user=payroll_rw;password=⟦K|Tr0mb0ne#Season⟧;encrypt=true
spring.datasource.hikari.maximum-pool-size=20
reporting.jdbc=jdbc:mysql://⟦IP|10.1.1.5⟧:3306/reports?user=rpt&password=⟦K|q8ZnW3vLk2⟧&useSSL=true
azure.storage.connection-string=DefaultEndpointsProtocol=https;AccountName=payrollexports;AccountKey=⟦K|⟨b64('en-azure-key', 86)⟩==⟧;EndpointSuffix=core.windows.net
""")

pos("ticket", "en", r"""
Subject: SFTP upload failing since Monday
From: ⟦N|Wen Zhao⟧ <⟦E|wen.zhao@pinecrest-dental.com⟧>

Hi support, our nightly upload stopped working. I attached the key we use so you can test:

⟦K|-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
⟨pem_body('en-openssh', 3, 70, 36)⟩
-----END OPENSSH PRIVATE KEY-----⟧

Our server's public IP is ⟦IP|81.19.224.73⟧. Thanks, ⟦N|Wen⟧
""")

pos("config", "en", r"""
registry=https://registry.npmjs.org/
@pinecrest:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=⟦K|⟨'ghp_' + tok('en-npm-gh', 36)⟩⟧
//registry.npmjs.org/:_authToken=⟦K|⟨'npm_' + tok('en-npm', 36)⟩⟧
save-exact=true
""")

pos("config", "en", r"""
[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = ⟦K|⟨'pypi-AgEIcHlwaS5vcmc' + tok('en-pypi', 64, B64[:-2] + '-_')⟩⟧

[internal]
repository = https://pypi.internal.corp/simple/
username = build
password = ⟦K|bU1ld-S3rv3r-2024⟧
""")

pos("config", "en", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>deployer</username>
      <password>⟦K|N3xus!Rel3ase#77⟧</password>
    </server>
    <server>
      <id>nexus-snapshots</id>
      <username>deployer</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
</settings>
""")

pos("config", "en", r"""
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM1ekNDQWMrZ0F3SUJBZ0lCQURBTkJna3Foa2lHOXcwQkFRc0ZBREFWTVJNd0VRWURWUVFERXdwcmRXSmwK
    server: https://k8s-staging.internal.corp:6443
  name: staging
users:
- name: ci-deployer
  user:
    token: ⟦K|⟨'eyJhbGciOiJSUzI1NiIsImtpZCI6I' + tok('en-k8s-1', 40, B64[:-2] + '-_') + '.' + tok('en-k8s-2', 120, B64[:-2] + '-_') + '.' + tok('en-k8s-3', 86, B64[:-2] + '-_')⟩⟧
contexts:
- context: {cluster: staging, user: ci-deployer}
  name: staging
""")

pos("shell", "en", r"""
#!/usr/bin/env bash
# notify.sh - posts backup status to #ops
set -euo pipefail
STATUS="${1:-unknown}"
curl -s -X POST -H 'Content-type: application/json' \
  --data "{\"text\":\"Backup on $(hostname): ${STATUS}\"}" \
  ⟦K|⟨'https://hooks.slack.com/services/T0' + tok('en-slk1', 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') + '/B0' + tok('en-slk2', 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') + '/' + tok('en-slk3', 24)⟩⟧
""")

pos("log", "en", r"""
> POST /v1/payouts HTTP/1.1
> Host: api.payrail.io
> User-Agent: payrail-python/5.3.0
> Authorization: Bearer ⟦K|⟨'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' + tok('en-jwt-2', 96, B64[:-2] + '-_') + '.' + tok('en-jwt-3', 43, B64[:-2] + '-_')⟩⟧
> Content-Type: application/json
> X-Request-Id: 7f1c2d9e-55a0-4c39-9d07-0b8a6d2f1e44
>
< HTTP/1.1 201 Created
< Date: Tue, 07 May 2024 09:14:02 GMT
""")

pos("log", "en", r"""
GET /admin/export.csv HTTP/1.1
Host: intranet.halstead-care.org.uk
Authorization: Basic ⟦K|⟨b64enc('jgreaves:Autumn-Leaves-2023')⟩⟧
X-Forwarded-For: ⟦IP|31.94.17.208⟧
Accept: */*
""")

pos("config", "en", r"""
# crontab -l (user: backup)
MAILTO=""
15 2 * * * /usr/local/bin/pg_dump -Fc erp > /backup/erp-$(date +\%F).dump
45 2 * * * curl -T /backup/erp-$(date +\%F).dump ⟦U|ftp://erpbackup:Mx9!k2Lq@files.offsite-vault.net/daily/⟧
0 4 * * 0 find /backup -mtime +30 -delete
""")

pos("log", "en", r"""
Log Name:      Security
Source:        Microsoft-Windows-Security-Auditing
Date:          2024-04-22T03:17:45.812
Event ID:      4625
Task Category: Logon
Keywords:      Audit Failure
Computer:      FS01.ad.westbrookschools.org
Account For Which Logon Failed:
    Account Name:   h.oyelaran
    Account Domain: WESTBROOK
Network Information:
    Workstation Name:   DESKTOP-7KQ2M1
    Source Network Address: ⟦IP|10.30.22.118⟧
    Source Port:        50632
""")

pos("email", "en", r"""
Return-Path: <⟦E|lmarchetti@zoho.eu⟧>
Received: from mail-wr1-f54.zoho.eu (mail-wr1-f54.zoho.eu [⟦IP|185.230.214.54⟧])
        by mx2.brightwell-school.org (Postfix) with ESMTPS id 4VT1k82XyZz9
        for <admissions@brightwell-school.org>; Mon, 13 May 2024 07:58:11 +0100 (BST)
Received: from [⟦IP|192.168.1.34⟧] (host-⟨'92-17-40-201'⟩.as13285.net [⟦IP|92.17.40.201⟧])
From: ⟦N|Lucia Marchetti⟧ <⟦E|lmarchetti@zoho.eu⟧>
To: admissions@brightwell-school.org
Subject: Year 7 application - ⟦N|Matteo Marchetti-Boyd⟧
Date: Mon, 13 May 2024 07:57:49 +0100
""")

pos("report", "en", r"""
PAYROLL REGISTER - PERIOD 2024-09 (BIWEEKLY)                                  PAGE 14 OF 22
EMP#   NAME                        SSN           DEPT   HOURS   GROSS      FED W/H   NET
------ --------------------------- ------------- ------ ------- ---------- --------- ---------
...continued from page 13
10442  ⟦N|OKONKWO, ADAEZE C⟧             ⟦S|402-71-9936⟧   4410    80.00   3,412.50     402.17   2,611.04
10451  ⟦N|PRZYBYLSKI, TOMASZ⟧           ⟦S|318-44-2017⟧   4410    76.50   2,934.25     311.89   2,270.66
10466  ⟦N|VANDERHOEK, GRETCHEN⟧         ⟦S|529-08-6143⟧   5120    80.00   4,120.00     588.30   3,057.42
10473  ⟦N|NGUYEN, THANH BINH⟧           ⟦S|617-35-2280⟧   5120    64.00   1,980.80     149.02   1,601.33
""")

pos("letter", "en", r"""
Heartland Federal Credit Union, Des Moines

May 3, 2024

Ms. ⟦N|Tamsin Delorme⟧
⟦A|1143 Cottonwood Ln⟧
⟦A|Ankeny, IA 50023⟧

Dear ⟦N|Tamsin Delorme⟧,

Your replacement debit card ending in 7781 has been mailed. Your previous card number
⟦C|⟨card('453211804729613')⟩⟧ was closed on April 29, 2024 after the fraud report you filed.
Questions? Call Member Services at 1-800-362-4488.
""")

neg("doc", "en", r"""
Authenticating with the REST API

  curl -u "$API_USER:$API_TOKEN" https://api.example.com/v1/things
  curl https://username:password@example.com/private/feed.xml

Replace $API_USER and $API_TOKEN with your own values, or set them in your shell profile.
For Basic auth the header looks like: Authorization: Basic <base64(user:token)>.
""")

neg("doc", "en", r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBGXk⟨tok('en-pgp-1', 60, B64)⟩
⟨tok('en-pgp-2', 64, B64)⟩
⟨tok('en-pgp-3', 64, B64)⟩
=⟨tok('en-pgp-4', 4, B64)⟩
-----END PGP PUBLIC KEY BLOCK-----
Fingerprint: 3A1F 9C2E 77B0 4D18 E5A2  0C6B 91F4 2D3E 8B07 1C55
Security team key - security@openharbour.dev - report vulnerabilities here.
""")

neg("config", "en", r"""
# nginx TLS for portal.fenwick-housing.org.uk
ssl_certificate /etc/ssl/certs/portal.crt;
# contents of portal.crt:
-----BEGIN CERTIFICATE-----
MIIF⟨tok('en-cert-1', 60, B64)⟩
⟨tok('en-cert-2', 64, B64)⟩
⟨tok('en-cert-3', 64, B64)⟩
⟨tok('en-cert-4', 30, B64)⟩==
-----END CERTIFICATE-----
ssl_protocols TLSv1.2 TLSv1.3;
""")

neg("news", "en", r"""
Press release - Leeds, 4 June 2024
Brightmoor Foods appoints new chief executive
Brightmoor Foods plc today announced that the chief operating officer of Halden Dairies will
become its Chief Executive on 1 September 2024, succeeding the current chief executive, who retires
after eleven years. Media enquiries: press@brightmoorfoods.com, +44 113 496 0200.
""")

neg("prose", "en", r"""
Abraham Lincoln was born on February 12, 1809, in a one-room log cabin near Hodgenville, Kentucky.
Frederick Douglass, born into slavery in Maryland around 1818, later met Lincoln at the White House,
1600 Pennsylvania Avenue NW, Washington, D.C. 20500.
""")

neg("prose", "en", r"""
Serena Williams (born September 26, 1981) won 23 Grand Slam singles titles. Her sister Venus,
born June 17, 1980, has won seven. Both began playing on public courts in Compton, California,
coached by their father Richard Williams.
""")

neg("doc", "en", r"""
Flight status - Tuesday 21 May
EI 153   DUB 07:05 -> LHR 08:25   Gate 402   Boarding 06:35   On time
FR 8273  STN 09:40 -> BCN 12:55   Gate 51    Delayed, new departure 10:20
LH 2473  MUC 11:15 -> LHR 12:10   Gate G27   Cancelled - rebook at lufthansa.com or call +49 69 86 799 799
Baggage services: lost-luggage desk in Arrivals Hall B.
""")

neg("record", "en", r"""
Record 1 of 3
Title:      Pride and prejudice / by Jane Austen ; edited with an introduction by Vivien Jones.
Author:     Austen, Jane, 1775-1817.
Publisher:  London : Penguin, 2003.
ISBN:       9780141439518
Shelfmark:  823.7 AUS
Status:     Available - Floor 2
""")

neg("report", "en", r"""
CERTIFICATE OF ANALYSIS
Product: Sodium chloride, ACS reagent, >=99.0%     CAS 7647-14-5     EC 231-598-3
Lot: MKCR4417   Manufactured: 2023-11-02   Retest date: 2026-11-01
Test                 Specification        Result
Assay (argentometric) >= 99.0 %           99.6 %
Insoluble matter     <= 0.005 %           0.002 %
Quality Control release: QC department, Gillingham site
""")

neg("news", "en", r"""
Markets close: FTSE 100 up 0.4% at 8,213.49; the pound at $1.2741. Shares in Rolls-Royce rose 3.1%
after the engine maker raised guidance, while BP slipped 1.2%. Brent crude settled at $83.17 a barrel.
Gold traded at $2,331.60 an ounce. The 10-year gilt yield eased to 4.12%.
""")

neg("news", "en", r"""
Arsenal 3-1 Everton: Bukayo Saka scored twice and Martin Ødegaard added a third as Mikel Arteta's side
finished the season with a win at the Emirates Stadium. Attendance 60,297. Dominic Calvert-Lewin
replied for the visitors, managed by Sean Dyche.
""")

neg("doc", "en", r"""
Route 42 - weekday timetable (from 2 September)
Stop                               06:12  06:42  07:12  07:37
Victoria Road / Station Street     06:15  06:45  07:15  07:40
Albert Square (stand C)            06:21  06:51  07:21  07:46
Hospital, Queen's Drive            06:30  07:00  07:30  07:55
Tickets: day rider £4.80. Customer services 0161 244 1000.
""")

neg("log", "en", r"""
2024-05-14 02:00:01.117 INFO  [main] Starting ReportWorker v2.14.3 on pid 48812
2024-05-14 02:00:01.342 INFO  [main] Listening on 0.0.0.0:8081, admin on 127.0.0.1:9091
2024-05-14 02:00:02.019 INFO  [pool-1] job=9c1b7e2a-0f3d-4c6e-b8d1-2a5e7f9c0d13 status=STARTED
2024-05-14 02:03:44.781 WARN  [pool-1] job=9c1b7e2a-0f3d-4c6e-b8d1-2a5e7f9c0d13 slow query 3.2s (threshold 2s)
2024-05-14 02:04:10.005 INFO  [pool-1] job=9c1b7e2a-0f3d-4c6e-b8d1-2a5e7f9c0d13 status=DONE rows=118204
""")

neg("config", "en", r"""
resource "aws_db_instance" "orders" {
  identifier             = "orders-prod"
  engine                 = "postgres"
  engine_version         = "16.2"
  username               = var.db_username
  password               = var.db_password
  vpc_security_group_ids = [aws_security_group.db.id]
}

resource "aws_security_group_rule" "office" {
  cidr_blocks = ["10.42.0.0/16", "192.168.100.0/24"]
  from_port   = 5432
  to_port     = 5432
}
""")

neg("ticket", "en", r"""
PLAT-8812  Upgrade ingress controller to 1.10.1
Reporter: Platform team   Assignee: unassigned   Sprint: 2024.19
Current version 1.9.6 is affected by CVE-2024-24790. Staging cluster already on 1.10.1 since build 4471.
Rollout plan: canary 10% -> 50% -> 100%, rollback to chart 4.9.1 if 5xx rate > 0.5%.
Related: PLAT-8790, PLAT-8801.
""")

neg("email", "en", r"""
Hi {{first_name}},

Thanks for booking with us! Your reservation {{booking_ref}} for {{check_in}} is confirmed.
We'll send reminders to {{email}} and, if you opted in, by text to {{mobile}}.

Dear [First Name] [Last Name], [Street Address], [City] [Postcode] - this block is for the letter version.
-- The Reservations Team
""")

neg("doc", "en", r"""
components:
  schemas:
    Customer:
      type: object
      properties:
        email:
          type: string
          format: email
          example: jane.doe@example.com
        phone:
          type: string
          example: "+1-202-555-0142"
        iban:
          type: string
          example: DE89 3704 0044 0532 0130 00
""")

neg("doc", "en", r"""
$ ip route
default via 192.0.2.1 dev eth0 proto dhcp metric 100
198.51.100.0/24 dev eth1 proto kernel scope link src 198.51.100.23
169.254.0.0/16 dev eth0 scope link metric 1000
Netmask 255.255.255.0 equals /24; 255.255.0.0 equals /16. The broadcast MAC is ff:ff:ff:ff:ff:ff
and 00:00:00:00:00:00 means "unset". The prefix 00:1A:2B identifies the vendor (OUI).
""")

pos("hr", "en", r"""
NEW STARTER FORM - Australia
Full name: ⟦N|Lachlan James Tremayne⟧
Date of birth: ⟦D|14/08/1997⟧
Residential address: ⟦A|Unit 5, 28 Gladstone Street, Fitzroy North VIC 3068⟧
Tax file number: ⟦ID|⟨tfn('58217394')⟩⟧
Medicare card: ⟦ID|⟨medicare_au('29531846', '1')⟩⟧
Super fund: AustralianSuper, member no. 400178822 (not required for onboarding)
Emergency contact: ⟦N|Rosalind Tremayne⟧ (mother) - ⟦P|0412 377 908⟧
""")

pos("hr", "en", r"""
From: Payroll <payroll@northshore-logistics.ca>
To: ⟦N|Sunita Dhaliwal⟧ <⟦E|sunita.dhaliwal@northshore-logistics.ca⟧>
Subject: Missing SIN on your TD1

Hi ⟦N|Sunita⟧, the SIN on your form, ⟦ID|⟨sin('72639140')⟩⟧, doesn't match the one on your T4 from last
year. Could you confirm which is correct? The old file shows ⟦ID|⟨sin('72639104', '-')⟩⟧.
Thanks, ⟦N|Marc-André Lévesque⟧, Payroll
""")

pos("letter", "en", r"""
Department of Social Protection
Client Eligibility Services, Sligo

⟦N|Niamh Ó Súilleabháin⟧
⟦A|Apartment 14⟧
⟦A|The Maltings, Bridge Street⟧
⟦A|Westport⟧
⟦A|Co. Mayo F28 X7K2⟧

Your PPS Number: ⟦ID|⟨ppsn('7392014')⟩⟧
Date: 9 May 2024

Dear Ms ⟦N|Ó Súilleabháin⟧,
Your claim for Jobseeker's Benefit has been approved from 22 April 2024.
""")

pos("form", "en", r"""
TENANCY APPLICATION - Singapore
Applicant name (as in NRIC): ⟦N|Tan Hui Min Rachel⟧
NRIC No.: ⟦ID|⟨nric('S', '8827416')⟩⟧
Date of birth: ⟦D|03-11-1988⟧
Current address: ⟦A|Blk 412 Bedok North Ave 2, #08-115, Singapore 460412⟧
Co-applicant: ⟦N|Rajendran s/o Muthusamy⟧, FIN ⟦ID|⟨nric('G', '5519302')⟩⟧
Contact: ⟦P|+65 9127 4408⟧
""")

pos("form", "en", r"""
PERSONAL LOAN APPLICATION - Section A: Applicant
Surname: ⟦N|Mahlangu⟧                First names: ⟦N|Thandiwe Precious⟧
SA ID number: ⟦ID|⟨za_id('910407058208')⟩⟧   (13 digits)
Marital status: single    Dependants: 1
Residential address: ⟦A|23 Jacaranda Crescent, Lynnwood Glen, Pretoria 0081⟧
Cell: ⟦P|082 614 3390⟧    Alt: ⟦P|+27 12 348 1107⟧
Employer: Gauteng Department of Health, Pretoria - employee no. 2211849
""")

pos("form", "en", r"""
KYC UPDATE - individual account holder
Name: ⟦N|Ananya Krishnamurthy⟧
Father's / spouse's name: ⟦N|Venkatesh Krishnamurthy⟧
Date of birth (DD/MM/YYYY): ⟦D|19/02/1994⟧
PAN: ⟦ID|AKVPK4471G⟧
Aadhaar (last 4 only for display): XXXX XXXX ⟨aadhaar('48215530720')[-4:]⟩
Aadhaar (full, for e-KYC): ⟦ID|⟨aadhaar('48215530720')⟩⟧
Correspondence address: ⟦A|Flat 302, Sai Krupa Residency, 14th Cross, Malleshwaram, Bengaluru 560003⟧
Mobile: ⟦P|+91 98450 21736⟧
""")

pos("sms", "en", r"""
<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="3" backup_date="1715783200000">
  <sms protocol="0" address="⟦P|+2348031174520⟧" date="1715700411000" type="1" body="⟦N|Chinedu⟧, your NIN slip is ready. NIN: ⟦ID|71842093651⟧. Come with ur old ID" contact_name="Uncle ⟦N|Obinna⟧" />
  <sms protocol="0" address="⟦P|+2348031174520⟧" date="1715700590000" type="2" body="Thank you sir, will come tomorrow" contact_name="Uncle ⟦N|Obinna⟧" />
  <sms protocol="0" address="MTN" date="1715701000000" type="1" body="Dear customer, recharge N1000 and get 1.5GB. Dial *131# for more." contact_name="(Unknown)" />
</smses>
""")

pos("report", "en", r"""
METROPOLITAN POLICE DEPARTMENT - INCIDENT REPORT          CCN 24-061773
Date/time of report: 05/18/2024 23:40       Offense: Theft from auto
VICTIM
  Name (last, first, middle): ⟦N|Abernathy-Cole, Deshawn M.⟧
  DOB: ⟦D|08/02/1990⟧    Sex: M    Race: B
  Home address: ⟦A|1517 Gallatin St NW, Washington, DC 20011⟧
  Phone: ⟦P|(202) 841-6672⟧
  ID: MD driver license ⟦ID|C-614-728-339-210⟧
NARRATIVE
  Victim states vehicle was parked near the 1500 block of Gallatin St NW. Laptop and bag taken.
  Reporting officer: badge 4471.
""")

pos("log", "en", r"""
commit 8c1e4f7a9b2d3e6f0a1b2c3d4e5f60718293a4b5
Author: ⟦N|Rosalind Achebe-Wright⟧ <⟦E|ros.achebe@gmail.com⟧>
Date:   Thu Apr 25 22:14:09 2024 +0100

    Remove hard-coded DB password from settings

diff --git a/app/settings.py b/app/settings.py
@@ -12,7 +12,7 @@ DATABASES = {
         "USER": "inventory",
-        "PASSWORD": "⟦K|m0rn1ng-Gl0ry-Tea⟧",
+        "PASSWORD": os.environ["DB_PASSWORD"],
         "HOST": "db",
""")

pos("config", "en", r"""
root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
postgres:x:113:121:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash
kmorales:x:1001:1001:⟦N|Katarina Morales⟧,Room 3.14,⟦P|+1 617 495 2280⟧,:/home/kmorales:/bin/zsh
tbui:x:1002:1002:⟦N|Thanh Bui⟧,,,:/home/tbui:/bin/bash
backup-svc:x:1003:1003:nightly backups,,,:/srv/backup:/usr/sbin/nologin
""")

pos("record", "en", r"""
dn: uid=ofaleolo,ou=people,dc=harbourside,dc=edu
objectClass: inetOrgPerson
uid: ofaleolo
cn: ⟦N|Oliana Faleolo⟧
givenName: ⟦N|Oliana⟧
sn: ⟦N|Faleolo⟧
mail: ⟦E|o.faleolo@harbourside.edu⟧
telephoneNumber: ⟦P|+64 9 373 7599 ext 84412⟧
mobile: ⟦P|021 448 3017⟧
employeeNumber: 00412277
""")

pos("record", "en", r"""
BEGIN:VCALENDAR
PRODID:-//Fastmail//Calendar//EN
BEGIN:VEVENT
UID:5f0c8b52-2a44-4f6b-9a3c-1e77d2c0b913
DTSTART;TZID=Europe/London:20240612T183000
SUMMARY:Parents' evening - ⟦N|Isla⟧ (Year 4)
LOCATION:Hollybrook Primary, Hall
ORGANIZER;CN=⟦N|Fiona Brodie⟧:mailto:⟦E|fiona.brodie@fastmail.com⟧
ATTENDEE;CN=⟦N|Graeme Brodie⟧;PARTSTAT=ACCEPTED:mailto:⟦E|gbrodie77@outlook.com⟧
ATTENDEE;CN=Reception;ROLE=NON-PARTICIPANT:mailto:office@hollybrook.sch.uk
END:VEVENT
END:VCALENDAR
""")

pos("log", "en", r"""
{
  "event_id": "c3a1e0b9f5d84c12a7e6d2b1f0c9a8e7",
  "level": "error",
  "platform": "javascript",
  "release": "webshop@4.18.2",
  "exception": {"values": [{"type": "TypeError", "value": "Cannot read properties of undefined (reading 'postcode')"}]},
  "user": {"id": "u_77120", "email": "⟦E|fergus.mcbride@btopenworld.com⟧", "ip_address": "⟦IP|2a00:23c7:8f1a:ce01:b5d2:4e1f:90a7:33c2⟧"},
  "request": {"url": "https://shop.tealeaf-and-co.uk/checkout/address", "method": "POST"},
  "breadcrumbs": [{"category": "form", "message": "address lookup: ⟦A|Flat 3, 9 Wellington Place, Kendal LA9 4QT⟧"}]
}
""")

pos("log", "en", r"""
05-11 18:42:07.311  4412  4480 I AccountSync: sync start for ⟦E|amelie.durand.pro@gmail.com⟧
05-11 18:42:07.902  4412  4480 D ContactsProvider: merged 3 raw contacts into id=2271 ("⟦N|Hugo Ferreira⟧")
05-11 18:42:08.155  4412  4480 W NetworkMonitor: captive portal probe failed via ⟦IP|192.168.43.112⟧
05-11 18:42:08.160  1021  1100 I WifiService: connected, BSSID=⟦MAC|f4:92:bf:3a:0c:71⟧ rssi=-61
05-11 18:42:09.004  4412  4480 I AccountSync: sync done (12 items, 0 errors)
""")

pos("medical", "en", r"""
Rx 4471902                    CARTWRIGHT PHARMACY, SPOKANE
⟦N|ECHEVERRIA, LUPE⟧          DOB ⟦D|11/30/1952⟧
⟦A|3308 E 29th Ave, Spokane WA 99223⟧
AMLODIPINE 5 MG TAB   #90
Take 1 tablet by mouth once daily for blood pressure
Dr. ⟦N|Harold Ngata⟧       Refills: 3       Filled: 05/06/2024
Medicare MBI: ⟦ID|4QK7-JP2-WD58⟧
""")

pos("code", "en", r"""
# tests/fixtures/customers.py  -- copied from a prod export "just for now"
CUSTOMERS = [
    {"name": "⟦N|Odette Lavallée⟧", "dob": "⟦D|1967-04-09⟧", "ssn": "⟦S|215-66-0473⟧", "card": "⟦C|⟨card('528471930265418')⟩⟧"},
    {"name": "⟦N|Bruno Castellanos⟧", "dob": "⟦D|1981-12-30⟧", "ssn": "⟦S|548139027⟧", "card": "⟦C|⟨card('37461928304551', (4, 6, 5))⟩⟧"},
    {"name": "Test Customer", "dob": "2000-01-01", "ssn": "000-00-0000", "card": "4111 1111 1111 1111"},
]
""")

pos("code", "en", r"""
{
 "cells": [
  {"cell_type": "code", "execution_count": 7, "source": ["df[df.churn_risk > 0.8].head(3)"],
   "outputs": [{"output_type": "execute_result", "data": {"text/plain": [
     "      customer_id           name                    email  churn_risk\n",
     "412       C-88120   ⟦N|Yusuf Demirci⟧     ⟦E|ydemirci@mailbox.org⟧        0.91\n",
     "1033      C-90417   ⟦N|Greta Halvorsen⟧   ⟦E|greta.h@online.no⟧           0.87\n",
     "2210      C-91002   ⟦N|Imogen Pratt⟧      ⟦E|imogenpratt@aol.com⟧         0.84\n"
   ]}}]}
 ]
}
""")

pos("doc", "en", r"""
## On-call rota - Payments platform (Q2)

| Week of    | Primary               | Phone              | Secondary           |
|------------|-----------------------|--------------------|---------------------|
| 2024-04-01 | ⟦N|Kofi Boateng⟧          | ⟦P|+44 7480 221 316⟧   | ⟦N|Lena Hoffmann⟧       |
| 2024-04-08 | ⟦N|Lena Hoffmann⟧         | ⟦P|+49 1523 7719042⟧   | ⟦N|Diego Salcedo⟧       |
| 2024-04-15 | ⟦N|Diego Salcedo⟧         | ⟦P|+34 622 418 095⟧    | ⟦N|Kofi Boateng⟧        |

Escalation: page the incident commander via the #pay-incidents channel. Do not call the switchboard.
""")

pos("medical", "en", r"""
PAWS & CLAWS VETERINARY CLINIC - Patient record
Patient: Biscuit    Species: Canine (Labrador x)    Sex: MN    DOB: 2019-03-15
Owner: ⟦N|Perpetua Nwachukwu⟧
Address: ⟦A|41 Thornfield Avenue, Leicester LE2 3JD⟧
Phone: ⟦P|0116 270 4418⟧   Email: ⟦E|perpetua.nw@sky.com⟧
12/04/2024  Annual booster (DHPPi + L4). Weight 31.2 kg. Owner reports itchy ears - otitis externa,
            Surolan prescribed. Vet: ⟦N|Hamish Dunbar⟧ MRCVS
""")

pos("doc", "en", r"""
Table 7 (near the dance floor)
  Aunt ⟦N|Bernadette⟧ & Uncle ⟦N|Ray⟧
  ⟦N|Colm Gallagher⟧ + 1
  ⟦N|Saoirse⟧ and ⟦N|Declan Byrne⟧
  Fr. ⟦N|Tom⟧ (saying grace)
Table 8
  ⟦N|Priyanka⟧, ⟦N|Jules⟧, ⟦N|Mo⟧, ⟦N|Bex⟧ (uni friends)
  Granny ⟦N|Maeve⟧ - needs seat near the exit, wheelchair
""")

pos("record", "en", r"""
QSO LOG - G4KVX portable, Snowdon summit (SOTA GW/NW-001)
UTC    FREQ     MODE  CALL     RST-S RST-R  NAME      NOTES
0912   7.032    CW    DL3XYZ   579   559    ⟦N|Uwe⟧       
0915   7.032    CW    F5ABC    599   579    ⟦N|Jean-Luc⟧  
0921   14.285   SSB   EI7QRP   57    55     ⟦N|Siobhán⟧   via 2m relay
0930   145.500  FM    M0TDX    59    59     ⟦N|Gav⟧       chaser, said hi to ⟦N|Ruth⟧
""")

neg("report", "en", r"""
UNIT 3 - LAB ROTA (Wednesday)
Bench  Group      Experiment                 Kit no.
A1     Group 4    Titration (NaOH/HCl)       K-117
A2     Group 7    Rate of reaction, Mg+HCl   K-204
B1     Group 2    Chromatography             K-031
Technician on duty: Prep room 2, ext. 2213. Safety officer: see notice board.
""")

pos("form", "en", r"""
ST BRIGID'S NATIONAL SCHOOL - ENROLMENT 2024/25
Child's name: ⟦N|Fionnuala Mac Giolla Phádraig⟧
Date of birth: ⟦D|2nd November 2019⟧
Parent/guardian 1: ⟦N|Ciarán Mac Giolla Phádraig⟧    Mobile: ⟦P|087 219 4460⟧
Parent/guardian 2: ⟦N|Leah Okoro⟧                   Mobile: ⟦P|086 770 3185⟧
Home address: ⟦A|4 Glenview Lawns, Tallaght, Dublin 24 D24 KX83⟧
Medical info: mild asthma (inhaler in bag). GP: Dr ⟦N|Aisling Coyne⟧, Tallaght
""")

pos("form", "en", r"""
RENTAL AGREEMENT  RA# 7731882          Pick-up: MCO Orlando Intl, 06/14/2024 10:15
DRIVER 1   ⟦N|Benedikt Aurelio Strand⟧
           Passport ⟦ID|C7R4K91L2⟧ (DEU)    DOB ⟦D|1986-07-21⟧
           Licence ⟦ID|B072RRE2I55⟧ (DE)
DRIVER 2   ⟦N|Marta Strand-Oliveira⟧
           US DL ⟦ID|S530-614-85-772-0⟧ (FL)    DOB ⟦D|1988-01-09⟧
Vehicle: Toyota RAV4, plate QRT-4417, odometer 18,204
Local contact: ⟦P|+1 407 921 3350⟧
""")

pos("letter", "en", r"""
⟦A|27 Rowan Close⟧
⟦A|Hexham⟧
⟦A|NE46 2RB⟧

Parking Services, Northumberland County Council

PCN number: NU44172093 - vehicle AB19 XKT

Dear Sir or Madam,

I am writing to appeal the above penalty charge notice issued on 2 May. The pay-and-display machine on
Priestpopple was out of order (photo attached). I enclose the receipt from the app.

Yours faithfully,
⟦N|Rohan Dasgupta-Reid⟧
""")

pos("form", "en", r"""
Auto claim - first notice of loss                      Policy no. HAP-2207-118834 (not your ID)
Insured: ⟦N|Guadalupe Serrano⟧     DOB ⟦D|March 5, 1979⟧
Driver's license: ⟦ID|S652-718-79-065-0⟧ (FL)
Address: ⟦A|9021 NW 7th Ct, Plantation, FL 33324⟧
Other driver: ⟦N|Travis Oakley⟧, phone ⟦P|954-730-1186⟧, insurer: Sunstate Mutual
Accident date: 04/27/2024, I-595 eastbound near exit 5.
""")

neg("letter", "en", r"""
HM Revenue and Customs
BX9 1AS

Reference: your query about form P60

Thank you for contacting us. We have updated our records. If you need to contact us again, call
0300 200 3300 or write to the address above. Textphone: 0300 200 3319.
Relay UK: dial 18001 then 0300 200 3300.

HMRC Customer Services
""")

neg("doc", "en", r"""
IBAN format by country (examples from the published registry)
  Germany        DE89 3704 0044 0532 0130 00
  United Kingdom GB29 NWBK 6016 1331 9268 19
  France         FR14 2004 1010 0505 0001 3M02 606
BIC/SWIFT examples: DEUTDEFF, NWBKGB2L. UK sort code format: 60-16-13.
An IBAN is checked with the mod-97 algorithm (ISO 7064).
""")

neg("record", "en", r"""
Vehicle recall 24V-317: rear-view camera may fail to display.
Affected VINs: 1HGCV1F34PA004417 through 1HGCV1F34PA118203 (built 11/2022-03/2023).
Dealer code: 20814. Remedy available from 06/15/2024.
Owners will be notified by mail; owners may call customer care at 1-888-234-2138.
""")

# ================================================================ German
pos("letter", "de", r"""
Hausverwaltung Kranich GmbH · Leipzig

Herrn
⟦N|Jörg-Peter Überschär⟧
⟦A|Karl-Liebknecht-Straße 117⟧
⟦A|04275 Leipzig⟧

Nebenkostenabrechnung 2023 - Wohnung 3. OG links

Sehr geehrter Herr ⟦N|Überschär⟧,

anbei erhalten Sie die Abrechnung für den Zeitraum 01.01.2023 bis 31.12.2023. Das Guthaben von 214,37 €
überweisen wir bis zum 15.05.2024 auf Ihr Konto ⟦I|⟨iban('DE', '86050000' + '1049281736')⟩⟧.

Mit freundlichen Grüßen
i. A. ⟦N|Kerstin Wendland⟧
""")

pos("hr", "de", r"""
Personalfragebogen (Stand 01/2024)
Name: ⟦N|Demir⟧            Vorname: ⟦N|Elif⟧            Geburtsname: ⟦N|Yıldırım⟧
Geburtsdatum: ⟦D|23.09.1992⟧    Geburtsort: Duisburg    Staatsangehörigkeit: deutsch
Anschrift: ⟦A|Mülheimer Str. 44, 47057 Duisburg⟧
Steuer-ID: ⟦ID|⟨mod11_10('4719305284')⟩⟧    Steuerklasse: IV    Kinderfreibeträge: 1,0
Rentenversicherungsnummer: ⟦ID|⟨rvnr('13', '230992', 'Y', '54')⟩⟧
Krankenkasse: AOK Rheinland/Hamburg, Versichertennummer ⟦ID|⟨kvnr('D', '41277309')⟩⟧
Bankverbindung: ⟦I|⟨iban('DE', '35050000' + '0203771894')⟩⟧
""")

pos("chat", "de", r"""
[03.05.24, 19:12:44] Mama: kannst du oma nochmal die IBAN schicken? die von papa
[03.05.24, 19:14:02] ⟦N|Lukas⟧: ⟦I|⟨iban('DE', '12070000' + '0577124490', spaced=False)⟩⟧
[03.05.24, 19:14:30] ⟦N|Lukas⟧: kontoinhaber ist ⟦N|Reinhard Böhm⟧, nicht vergessen
[03.05.24, 19:15:10] Mama: danke schatz 😘 und frag ⟦N|jana⟧ ob sie sonntag kommt
""")

pos("ticket", "de", r"""
Ticket #DE-20931 | Kategorie: Kontozugang | Priorität: hoch
Kunde: ⟦N|Franziska Oberhuber-Lenz⟧, Kundennr. 5507712
E-Mail: ⟦E|f.oberhuber@web.de⟧

Nachricht:
Hallo, ich komme seit gestern nicht mehr in mein Konto. Mein Geburtsdatum ist der ⟦D|14. März 1987⟧,
meine alte Adresse war ⟦A|Schillerstraße 8, 80336 München⟧. Ich logge mich immer von zuhause ein
(IP laut Router ⟦IP|89.12.201.44⟧).

Bearbeiter: ⟦N|S. Krüger⟧ (2nd Level)
""")

pos("medical", "de", r"""
Universitätsklinikum Freiburg · Klinik für Kardiologie

Sehr geehrte Frau Kollegin Dr. ⟦N|Hannah Weißgerber⟧,

wir berichten über Ihre Patientin Frau ⟦N|Sabine Müller-Lüdenscheidt⟧, geb. ⟦D|03.07.1959⟧,
Versichertennr. ⟦ID|⟨kvnr('M', '70833415')⟩⟧, die sich vom 02.04. bis 09.04.2024 in unserer stationären
Behandlung befand.
Diagnosen: Vorhofflimmern, paroxysmal (ED 03/2024); arterielle Hypertonie.

Mit freundlichen kollegialen Grüßen
PD Dr. med. ⟦N|Tobias Quandt⟧, Oberarzt
""")

pos("config", "de", r"""
spring:
  datasource:
    url: jdbc:postgresql://db-intern.lagerwerk.local:5432/lager
    username: lager_app
    password: ⟦K|Fl0rian-Geyer#1525⟧   # TODO: in Vault verschieben (Ticket OPS-412)
  mail:
    host: smtp.ionos.de
    username: ⟦E|k.brandt@lagerwerk-sachsen.de⟧
    password: ⟦K|Wz7!pQ2#mD⟧
server:
  port: 8443
""")

pos("invoice", "de", r"""
Elektro Stadler · Meisterbetrieb · Regensburg
Rechnung Nr. 2024-0417                                   Datum: 22.04.2024

Kunde: ⟦N|Veronika Stadlmayr⟧, ⟦A|Am Brunnbach 3a, 93051 Regensburg⟧

Pos. Leistung                                      Menge    Preis
1    Austausch Unterverteilung inkl. FI/LS          1       840,00 €
2    Arbeitszeit Geselle                            6,5 h   442,00 €
Summe netto 1.282,00 € · USt. 19 % 243,58 € · Gesamt 1.525,58 €

Der Betrag wird per SEPA-Lastschrift von Ihrem Konto ⟦I|⟨iban('DE', '75050000' + '0031882047')⟩⟧ eingezogen
(Mandatsreferenz M-0417, Gläubiger-ID DE98ZZZ09999999999).
""")

pos("form", "de", r"""
Meldeschein für Beherbergungsstätten - Hotel Seeblick, Konstanz
Ankunft: 12.07.2024        Abreise: 15.07.2024        Zimmer: 214
Familienname: ⟦N|Rasmussen⟧        Vorname: ⟦N|Ida Marie⟧
Geburtsdatum: ⟦D|30.01.1991⟧      Staatsangehörigkeit: dänisch
Anschrift: ⟦A|Nørre Allé 14, 2. tv., 8000 Aarhus C⟧, Dänemark
Reisepass-Nr.: ⟦ID|208817453⟧
Mitreisende: ⟦N|Søren Rasmussen⟧ (Ehegatte), 1 Kind
""")

neg("doc", "de", r"""
Impressum
Lagerwerk Sachsen GmbH, Chemnitz
Vertreten durch die Geschäftsführung
Registergericht: Amtsgericht Chemnitz, HRB 33417
USt-IdNr.: DE 298 417 305
Kontakt: info@lagerwerk-sachsen.de · Telefonzentrale 0371 4417 0
Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: die Geschäftsführung
Streitschlichtung: https://ec.europa.eu/consumers/odr
""")

neg("prose", "de", r"""
Johann Wolfgang von Goethe (* 28. August 1749 in Frankfurt am Main; † 22. März 1832 in Weimar) gilt als
einer der bedeutendsten Schöpfer deutschsprachiger Dichtung. Sein Geburtshaus am Großen Hirschgraben 23
ist heute ein Museum; Schiller, geboren am 10. November 1759 in Marbach, lebte ab 1799 ebenfalls in Weimar.
""")

neg("travel", "de", r"""
Ihre Reservierung - Auftragsnummer 4417 2209 81
ICE 597   Berlin Hbf 08:34 -> München Hbf 12:38
Wagen 23, Plätze 61, 62 (Großraum, Fenster)
Sparpreis, 2. Klasse, BahnCard 25 - gültig am 14.06.2024
Fahrgastrechte: Formular unter bahn.de/fahrgastrechte. Service-Nummer: 030 2970
""")

neg("config", "de", r"""
# .env.beispiel - Werte NICHT eintragen, kommen aus dem Vault
DB_HOST=localhost
DB_PORT=5432
DB_PASSWORT=${VAULT_DB_PASSWORT}
SMTP_PASSWORT=
API_SCHLUESSEL=<hier-eintragen>
ERLAUBTE_NETZE=10.0.0.0/8,172.16.0.0/12
ADMIN_MAIL=it-betrieb@lagerwerk-sachsen.de
""")

neg("news", "de", r"""
Bundeskanzler Olaf Scholz ist am Montag in Paris mit dem französischen Präsidenten Emmanuel Macron
zusammengekommen. Themen waren die Energiepreise und die Unterstützung der Ukraine. Am Abend reiste
Scholz weiter nach Brüssel, wo er EU-Kommissionspräsidentin Ursula von der Leyen traf.
""")

pos("csv", "de", r"""
Mitgliedsnr;Name;Vorname;Geburtsdatum;Straße;PLZ;Ort;Telefon;Beitrag
1017;⟦N|Schmidtke⟧;⟦N|Hannelore⟧;⟦D|02.11.1948⟧;⟦A|Lindenweg 5⟧;31134;Hildesheim;⟦P|05121 28 44 17⟧;36,00
1018;⟦N|Yılmaz⟧;⟦N|Kerem⟧;⟦D|17.06.2009⟧;⟦A|Goschenstr. 71⟧;31134;Hildesheim;;18,00
1019;⟦N|von der Heydt⟧;⟦N|Konstantin⟧;⟦D|29.02.1996⟧;⟦A|Am Steinberg 12 a⟧;31139;Hildesheim;⟦P|0176 22841907⟧;36,00
1020;⟦N|Nowak⟧;⟦N|Zofia⟧;⟦D|08.05.1961⟧;⟦A|Almsstraße 30⟧;31134;Hildesheim;⟦P|+49 5121 1788 204⟧;36,00
""")

pos("letter", "de", r"""
Österreichische Gesundheitskasse · Landesstelle Wien

Frau
Mag. ⟦N|Theresia Pöltl⟧
⟦A|Mariahilfer Straße 112/3/14⟧
⟦A|1070 Wien⟧

Wien, am 8. Mai 2024

Ihre Sozialversicherungsnummer: ⟦ID|⟨svnr_at('412', '180383')⟩⟧

Sehr geehrte Frau Mag. ⟦N|Pöltl⟧,
Ihre neue e-card wird in den nächsten Tagen zugestellt. Die alte Karte verliert mit 31.05.2024 ihre Gültigkeit.
""")

pos("hr", "de", r"""
Lohnabrechnung März 2024 - Bäckerei Amstutz AG, Luzern
Mitarbeiterin: ⟦N|Noemi Bühlmann⟧          Pers.-Nr. 0044
AHV-Nr.: ⟦ID|⟨ahv('756248193077')⟩⟧
Adresse: ⟦A|Zürichstrasse 41, 6004 Luzern⟧
Bruttolohn                         CHF 5'240.00
AHV/IV/EO 5.3 %                    CHF  -277.70
ALV 1.1 %                          CHF   -57.65
Auszahlung auf ⟦I|⟨iban('CH', '00762' + '011623852957')⟩⟧       CHF 4'636.20
""")

neg("doc", "de", r"""
So prüfen Sie Ihre Eingaben
Eine IBAN besteht in Deutschland aus 22 Zeichen, z. B. DE89 3704 0044 0532 0130 00 (Musterkonto aus der
Norm). Der BIC lautet beispielsweise COBADEFFXXX. Für Testzahlungen im Sandbox-Modus verwenden Sie die
Kartennummer 4111 1111 1111 1111 mit beliebigem Ablaufdatum. Ihre echte Kartennummer wird nur als
**** **** **** 1234 angezeigt.
""")

pos("form", "de", r"""
Europäischer Unfallbericht (Abschrift) - Fahrzeug A
Versicherungsnehmer: ⟦N|Brandstätter, Aloisia⟧
Anschrift: ⟦A|Annenstraße 51/6, 8020 Graz⟧
Führerschein-Nr.: ⟦ID|05417289⟧      Kennzeichen: G-48271K
Fahrzeug B
Fahrer: ⟦N|Marco Pellegrini⟧, ⟦A|Via Roma 18, 39100 Bolzano⟧, Italien, Tel. ⟦P|+39 347 218 4409⟧
Unfallort: Graz, Kreuzung Annenstraße/Volksgartenstraße, 16.04.2024, 17:40 Uhr
""")

# ================================================================ French
pos("letter", "fr", r"""
CPAM de la Gironde
33085 Bordeaux Cedex

Madame ⟦N|Amandine Lefèvre-Boucher⟧
⟦A|Résidence Les Tilleuls, Bât. C⟧
⟦A|14 rue du Commandant Arnould⟧
⟦A|33000 Bordeaux⟧

Bordeaux, le 6 mai 2024
Objet : renouvellement de votre carte Vitale
N° de sécurité sociale : ⟦ID|⟨nir('2870333063117')⟩⟧

Madame,
Nous avons bien reçu votre demande. Votre nouvelle carte vous sera adressée sous trois semaines.
""")

pos("form", "fr", r"""
BULLETIN D'ADHÉSION - Mutuelle Santé Rhône
Nom : ⟦N|NGUYEN-ROUSSEL⟧            Prénom(s) : ⟦N|Thi Lan Camille⟧
Nom de naissance : ⟦N|NGUYEN⟧
Né(e) le : ⟦D|12/05/1978⟧   à : Lyon 3e
N° de sécurité sociale : ⟦ID|⟨nir('2780569383042')⟩⟧
Adresse : ⟦A|27 cours Gambetta, 69003 Lyon⟧
Téléphone : ⟦P|06 72 18 44 09⟧      Courriel : ⟦E|thilan.nguyen@orange.fr⟧
IBAN pour les remboursements : ⟦I|⟨iban('FR', rib_fr('30004', '01823', '00012447019'))⟩⟧
""")

pos("chat", "fr", r"""
#infra-prod
⟦N|mathilde⟧  10:02  qqn a le mdp du compte admin du NAS ?
⟦N|Yanis Belkacem⟧  10:03  c'est ⟦K|Ch@teau-Margaux-09⟧ mais on le change vendredi
⟦N|mathilde⟧  10:03  merci ⟦N|yanis⟧ !
⟦N|Yanis Belkacem⟧  10:04  et le NAS est en ⟦IP|192.168.10.20⟧, pas .21 (ça c'est l'imprimante)
""")

pos("ticket", "fr", r"""
Ticket n° 2024-04-88172 - Contestation de prélèvement
Client : M. ⟦N|Hervé Da Silva⟧ (n° client 40771882)
E-mail : ⟦E|herve.dasilva@free.fr⟧ - Tél. : ⟦P|+33 6 41 27 90 83⟧
Le client conteste un prélèvement du 3 avril. Il a saisi sa carte complète dans le formulaire :
⟦C|⟨card('497401882293710')⟩⟧ (à masquer avant transfert au service fraude !)
Réponse envoyée par ⟦N|Clémence⟧, service client.
""")

pos("medical", "fr", r"""
COMPTE RENDU DE CONSULTATION - Service de pneumologie, Lille
Patient : M. ⟦N|Rachid Benali⟧, né le ⟦D|17 novembre 1964⟧
Médecin traitant : Dr ⟦N|Isabelle Vandamme⟧, Roubaix
Motif : dyspnée d'effort. Tabagisme sevré en 2015 (30 PA). EFR du 14/03/2024 : VEMS 62 %.
Conclusion : BPCO stade 2. Réhabilitation respiratoire proposée. Revoir dans 6 mois.
Dr ⟦N|Paul-Henri Dufresne⟧
""")

pos("letter", "fr", r"""
SPF Finances - Administration générale de la Fiscalité, Bruxelles

Mme ⟦N|Sophie Vermeulen⟧
⟦A|Rue de la Brasserie 71 bte 4⟧
⟦A|1050 Ixelles⟧

Numéro de registre national : ⟦ID|⟨rrn_be('850614', '218')⟩⟧
Avertissement-extrait de rôle - exercice d'imposition 2023
Le montant de 412,18 € sera versé sur le compte ⟦I|⟨iban('BE', be_account('0630412977'))⟩⟧.
""")

pos("form", "fr", r"""
Caisse cantonale genevoise de compensation - Demande de rente
Assuré : ⟦N|Luc Perrenoud⟧
N° AVS : ⟦ID|⟨ahv('756391044812')⟩⟧
Date de naissance : ⟦D|1er août 1971⟧
Adresse : ⟦A|Chemin des Crêts-de-Champel 12, 1206 Genève⟧
Conjointe : ⟦N|Marie-Claude Perrenoud-Favre⟧, N° AVS ⟦ID|⟨ahv('756702318455')⟩⟧
""")

pos("hr", "fr", r"""
Formulaire d'embauche - Québec
Nom : ⟦N|Tremblay⟧            Prénom : ⟦N|Gabrielle⟧
NAS : ⟦ID|⟨sin('29418730')⟩⟧
Date de naissance (AAAA-MM-JJ) : ⟦D|1998-10-03⟧
Adresse : ⟦A|4821, avenue Papineau, app. 2, Montréal (Québec) H2H 1V6⟧
Personne à joindre en cas d'urgence : ⟦N|Denis Tremblay⟧, ⟦P|514 529-7718⟧
""")

neg("legal", "fr", r"""
Vu le code du travail, notamment ses articles L. 1234-1 et R. 1234-9 ;
Vu le décret n° 2024-217 du 11 mars 2024 ;
La société Atelier Brévent SAS (SIREN 912 448 017, RCS Annecy) est tenue de remettre l'attestation
avant le 30 juin 2024. Pour toute question, contactez France Travail au 3949 (service gratuit + prix d'un appel).
""")

neg("prose", "fr", r"""
Victor Hugo (26 février 1802 - 22 mai 1885) vécut de 1832 à 1848 au deuxième étage de l'hôtel de
Rohan-Guéménée, place des Vosges, aujourd'hui maison-musée. Sa fille Léopoldine, née le 28 août 1824,
mourut noyée à Villequier en 1843.
""")

neg("travel", "fr", r"""
Référence de dossier : QKZ7TB
TGV INOUI 6611   Paris Gare de Lyon 07:56 -> Marseille St-Charles 11:13
Voiture 14, place 83 (fenêtre, salle haute)     Tarif : Second 2 - Avantage Adulte
Échange et remboursement sans frais jusqu'à 3 jours avant le départ. SNCF Connect : 3635.
""")

pos("cv", "fr", r"""
⟦N|Léa Martin-Gauthier⟧
Née le ⟦D|3 février 1992⟧ à Lyon · Permis B
⟦A|8, impasse des Lilas, 44300 Nantes⟧ · ⟦P|07 81 22 45 90⟧ · ⟦E|lea.martingauthier@laposte.net⟧

EXPÉRIENCE
2019-2024   Chargée de communication, Région Pays de la Loire, Nantes
2016-2019   Assistante de presse, Festival des 3 Continents, Nantes
LANGUES     anglais C1, espagnol B2
""")

pos("log", "fr", r"""
2024-05-21 09:12:44,118 [http-nio-8080-exec-7] WARN  f.m.auth.LoginService - Échec de connexion pour ⟦E|jp.rousseau@sfr.fr⟧ depuis ⟦IP|78.242.114.9⟧ (tentative 3/5)
2024-05-21 09:12:51,402 [http-nio-8080-exec-2] INFO  f.m.auth.LoginService - Compte verrouillé : ⟦E|jp.rousseau@sfr.fr⟧
2024-05-21 09:13:02,009 [scheduler-1] INFO  f.m.batch.Export - export terminé : 18 204 lignes, durée 41 s
""")

neg("config", "fr", r"""
# Copiez ce fichier en .env et remplacez les valeurs
MOT_DE_PASSE_BDD=changeme
CLE_API=xxxxxxxxxxxxxxxxxxxxxxxx
URL_BDD=postgres://utilisateur:motdepasse@localhost:5432/base
COURRIEL_CONTACT=contact@exemple.fr
""")

neg("news", "fr", r"""
Le président Emmanuel Macron a reçu mardi à l'Élysée, 55 rue du Faubourg-Saint-Honoré, le chancelier
allemand Olaf Scholz. Les deux dirigeants ont évoqué la réforme du marché européen de l'électricité.
Le Premier ministre Gabriel Attal s'exprimera jeudi à 20 h sur TF1.
""")

# ================================================================ Spanish
pos("legal", "es", r"""
CONTRATO DE ARRENDAMIENTO DE VIVIENDA
En Madrid, a 1 de abril de 2024.

REUNIDOS
De una parte, D.ª ⟦N|María Pilar Echeverría Goñi⟧, mayor de edad, con DNI ⟦ID|⟨dni('50718342')⟩⟧ y domicilio en
⟦A|C/ de Alcalá, 214, 3.º izq., 28028 Madrid⟧, en adelante la ARRENDADORA.
De otra parte, D. ⟦N|Oleksandr Kovalenko⟧, con NIE ⟦ID|⟨nie('Y', '4471289', sep='')⟩⟧, nacido el ⟦D|9 de octubre de 1990⟧,
en adelante el ARRENDATARIO.
La renta se abonará mediante transferencia a la cuenta ⟦I|⟨iban('ES', es_bban('0049', '1500', '2710439582'))⟩⟧.
""")

pos("chat", "es", r"""
[12/5/24, 20:41] ⟦N|Lucía⟧: te paso mi cuenta para lo del regalo de mamá
[12/5/24, 20:41] ⟦N|Lucía⟧: ⟦I|⟨iban('ES', es_bban('2100', '0813', '6101447720'))⟩⟧
[12/5/24, 20:43] ⟦N|Javi Ortega⟧: hecho!! 25€ 🎁 le digo a la tía ⟦N|Merche⟧ que haga lo mismo
[12/5/24, 20:44] ⟦N|Lucía⟧: gracias ⟦N|javi⟧ ❤️
""")

pos("form", "es", r"""
SOLICITUD DE CRÉDITO - Datos del solicitante
Nombre(s): ⟦N|José Guadalupe⟧     Apellido paterno: ⟦N|Hernández⟧     Apellido materno: ⟦N|Villaseñor⟧
Fecha de nacimiento: ⟦D|31/12/1985⟧       Estado civil: casado
Clave de elector (INE): ⟦ID|HRVLJS85123114H700⟧
RFC: ⟦ID|HEVJ851231QK4⟧
Domicilio: ⟦A|Calle Pitágoras 1119, int. 7, Col. Narvarte Poniente, Benito Juárez, 03020 Ciudad de México⟧
Celular: ⟦P|55 4127 9083⟧
""")

pos("form", "es", r"""
Constancia de CUIL - ANSES
Apellido y nombre: ⟦N|GIMÉNEZ, Florencia Belén⟧
DNI: ⟦ID|34.512.078⟧
CUIL: ⟦ID|⟨cuil('27', '34512078')⟩⟧
Fecha de nacimiento: ⟦D|22/07/1989⟧
Domicilio: ⟦A|Av. Corrientes 3247, piso 5, depto. B, C1193AAE CABA⟧
Fecha de emisión: 15/03/2024
""")

pos("invoice", "es", r"""
BOLETA DE HONORARIOS ELECTRÓNICA N° 418
Emisor: ⟦N|Camila Fernanda Rojas Peñaloza⟧        RUT: ⟦ID|⟨rut('17884210')⟩⟧
Dirección: ⟦A|Los Aromos 2290, depto. 402, Ñuñoa, Santiago⟧
Receptor: Constructora Andes Sur SpA, Santiago
Fecha: 30 de abril de 2024
Por atención profesional: diseño de planos de instalación eléctrica      $ 850.000
Total honorarios $ 850.000   Retención (13,75 %) $ 116.875   Líquido $ 733.125
""")

pos("cv", "es", r"""
HOJA DE VIDA
⟦N|Andrés Felipe Cárdenas Mejía⟧
Cédula de ciudadanía: ⟦ID|1.020.447.813⟧ de Bogotá
Fecha de nacimiento: ⟦D|4 de junio de 1993⟧
Dirección: ⟦A|Carrera 15 # 93-47, apto. 501, Bogotá⟧
Celular: ⟦P|+57 310 448 2719⟧ · Correo: ⟦E|afcardenasm@gmail.com⟧
PERFIL: ingeniero industrial con 6 años de experiencia en logística.
""")

neg("news", "es", r"""
El presidente del Gobierno, Pedro Sánchez, se reunió este martes en La Moncloa con el líder del Partido
Popular, Alberto Núñez Feijóo, para abordar la renovación del Consejo General del Poder Judicial.
La reunión duró dos horas y media, según fuentes de Ferraz y de Génova.
""")

neg("prose", "es", r"""
Miguel de Cervantes Saavedra (Alcalá de Henares, 29 de septiembre de 1547 - Madrid, 22 de abril de 1616)
es autor de Don Quijote de la Mancha. Su casa natal, en la calle Mayor, 48, de Alcalá, es hoy un museo
que recibe más de 100.000 visitantes al año.
""")

neg("invoice", "es", r"""
FACTURA N.º A-2024/00412                          Fecha: 15/04/2024
Emisor: Suministros Industriales Duero, S.L. - CIF B87214417 - Valladolid
Cliente: Talleres Hermanos Pisuerga, S.A. - CIF A47018229 - Palencia
Pedido n.º PED-77120     Albarán n.º ALB-55102
Base imponible 1.240,00 €   IVA 21 % 260,40 €   Total 1.500,40 €
Atención al cliente: 900 44 17 20 (gratuito) · pedidos@suministros-duero.es
""")

pos("medical", "es", r"""
HISTORIA CLÍNICA - Urgencias, Hospital Universitario de Valladolid
Paciente: ⟦N|Íñigo Arrizabalaga Etxeberria⟧          NHC: 00418273
Fecha de nacimiento: ⟦D|14 de marzo de 1987⟧          Edad: 37 años
N.º afiliación Seguridad Social: ⟦ID|⟨nss_es('47', '10448172')⟩⟧
Motivo de consulta: dolor torácico de 2 h de evolución. ECG sin alteraciones agudas.
Acompañante: su pareja, ⟦N|Ane⟧, tel. ⟦P|688 21 44 07⟧.
Firmado: Dra. ⟦N|Rocío Villalobos⟧, MIR de Medicina Familiar.
""")

pos("config", "es", r"""
# configuración de producción - NO SUBIR AL REPOSITORIO
[database]
host = ⟦IP|10.12.0.8⟧
usuario = facturacion
contraseña = ⟦K|Alhambra_1492!sec⟧

[correo]
remitente = facturas@suministros-duero.es
clave_api_sendgrid = ⟦K|⟨'SG.' + tok('es-sg1', 22, B64[:-2] + '-_') + '.' + tok('es-sg2', 43, B64[:-2] + '-_')⟩⟧
""")

neg("doc", "es", r"""
Entorno de pruebas
Para probar pagos utiliza la tarjeta 4242 4242 4242 4242, cualquier fecha futura y CVC 123.
La clave de ejemplo tiene este formato: sk_test_XXXXXXXXXXXXXXXXXXXXXXXX.
Ejemplo de IBAN válido: ES91 2100 0418 4502 0005 1332. No introduzcas datos reales en el entorno de pruebas.
Soporte técnico: soporte@pasarela-ejemplo.es
""")

# ================================================================ Italian
pos("letter", "it", r"""
Condominio "Le Magnolie" - Amministrazione, Torino

Gent.mo Sig.
⟦N|Giuseppe Lo Bianco⟧
⟦A|Via Nizza 148, scala B, int. 9⟧
⟦A|10126 Torino TO⟧

Oggetto: sollecito rata condominiale III trimestre 2024
Codice fiscale: ⟦ID|⟨codice_fiscale('LBNGPP62M14L219')⟩⟧

Gentile Sig. ⟦N|Lo Bianco⟧, risulta non ancora versata la rata di € 318,40 scaduta il 30/09/2024.
""")

pos("form", "it", r"""
MODULO DI ISCRIZIONE - Palestra Vesuvio Fit, Napoli
Cognome: ⟦N|Esposito⟧          Nome: ⟦N|Chiara⟧
Nata a: Napoli (NA)          il: ⟦D|07/03/1995⟧
Codice fiscale: ⟦ID|⟨codice_fiscale('SPSCHR95C47F839')⟩⟧
Documento: carta d'identità n. ⟦ID|CA48217KD⟧
Indirizzo: ⟦A|Vico Lungo Teatro Nuovo 33, 80134 Napoli⟧
Cellulare: ⟦P|+39 333 812 4470⟧
""")

pos("chat", "it", r"""
⟦N|giulia⟧ [08:51]: raga chi ha la password del wifi dell'ufficio nuovo?
⟦N|Matteo Ferraris⟧ [08:52]: ⟦K|Pandoro&Panettone24⟧ (tutto attaccato)
⟦N|giulia⟧ [08:52]: grazie ⟦N|teo⟧ 🙏
⟦N|Matteo Ferraris⟧ [08:53]: se non va riavvia il router, è in ⟦IP|192.168.0.254⟧
""")

pos("medical", "it", r"""
AZIENDA OSPEDALIERA UNIVERSITARIA - Salerno
REFERTO DI VISITA CARDIOLOGICA
Paziente: Sig.ra ⟦N|Rosaria Cuccurullo⟧, nata il ⟦D|2 gennaio 1948⟧
C.F.: ⟦ID|⟨codice_fiscale('CCCRSR48A42H703')⟩⟧
Anamnesi: ipertensione arteriosa in terapia. Ecocardiogramma del 12/04/2024: FE 55 %.
Conclusioni: quadro stabile, controllo tra 12 mesi.
Il medico: Dott. ⟦N|Gennaro Amendola⟧
""")

pos("invoice", "it", r"""
FATTURA n. 12/2024 del 31/05/2024
Prestatore: ⟦N|Davide Brambilla⟧ - grafico freelance - Monza
C.F.: ⟦ID|⟨codice_fiscale('BRMDVD84S19F704')⟩⟧      P.IVA 09841230968
Committente: Birrificio Lambro S.r.l., Milano
Progettazione etichette linea estiva                   € 1.800,00
Regime forfettario - operazione senza IVA
Pagamento: bonifico su ⟦I|⟨iban('IT', it_bban('03069', '20401', '100000004471'))⟩⟧
""")

neg("prose", "it", r"""
Giuseppe Garibaldi (Nizza, 4 luglio 1807 - Caprera, 2 giugno 1882) guidò la spedizione dei Mille,
salpata da Quarto il 5 maggio 1860. La sua casa a Caprera è oggi il Compendio Garibaldino, visitabile
tutti i giorni tranne il lunedì.
""")

neg("email", "it", r"""
Oggetto: Conferma ordine n. 402-118-77
Gentile cliente,
il tuo ordine è stato spedito con BRT, numero di spedizione 0841772930012.
Per assistenza chiama il numero verde 800 913 400 oppure scrivi a assistenza@casalinghi-lombardi.it.
Casalinghi Lombardi S.p.A. - P.IVA 01841220159 - Bergamo
""")

pos("log", "it", r"""
2024-06-03 23:14:02 WARN  [auth] accesso negato per utente ⟦E|f.deluca@libero.it⟧ da ⟦IP|151.38.117.20⟧ (password errata)
2024-06-03 23:14:09 WARN  [auth] accesso negato per utente ⟦E|f.deluca@libero.it⟧ da ⟦IP|151.38.117.20⟧ (password errata)
2024-06-03 23:14:15 INFO  [auth] account bloccato per 15 minuti
2024-06-03 23:30:00 INFO  [cron] pulizia sessioni: 1.204 rimosse
""")

pos("legal", "it", r"""
COMUNE DI BOLOGNA - Polizia Locale
Verbale di accertamento n. 2024/118204
Il giorno 17/05/2024 alle ore 08:42, in Via Indipendenza, è stato accertato che il conducente
⟦N|Alessandro Guidotti⟧, nato a Bologna il ⟦D|21/10/1979⟧, residente in ⟦A|Via del Pratello 41, 40122 Bologna⟧,
titolare di patente n. ⟦ID|BO4128830K⟧, circolava nella zona a traffico limitato senza autorizzazione.
""")

# ================================================================ Portuguese
pos("form", "pt", r"""
CADASTRO DE CLIENTE - Pessoa Física
Nome completo: ⟦N|Thiago Henrique Albuquerque dos Santos⟧
CPF: ⟦ID|⟨cpf('418302775')⟩⟧          RG: ⟦ID|32.418.775-9⟧ SSP/SP
Data de nascimento: ⟦D|15/08/1990⟧
Endereço: ⟦A|Rua Augusta, 1508, apto 42 - Consolação, São Paulo - SP, 01304-001⟧
Celular: ⟦P|(11) 98147-2290⟧     E-mail: ⟦E|thiago.hsantos@uol.com.br⟧
""")

pos("chat", "pt", r"""
[18:02] ⟦N|Bia⟧: amiga me passa teu pix pra eu pagar a pizza
[18:03] ⟦N|Rafaela Nogueira⟧: minha chave é o cpf ⟦ID|⟨cpf('507119834', fmt=False)⟩⟧
[18:03] ⟦N|Rafaela Nogueira⟧: ou o celular ⟦P|+55 21 99804-1173⟧
[18:05] ⟦N|Bia⟧: feito! manda beijo pra tua vó
""")

neg("invoice", "pt", r"""
NOTA FISCAL DE SERVIÇOS ELETRÔNICA - Nº 00004417
Prestador: Limpa Fácil Serviços Ltda. - CNPJ ⟨cnpj('274180220001')⟩ - Campinas/SP
Tomador: Condomínio Edifício Jequitibá - CNPJ ⟨cnpj('093317450001')⟩ - Campinas/SP
Discriminação: limpeza de áreas comuns, maio/2024                      R$ 6.480,00
ISS retido 5%: R$ 324,00. Código de verificação: 7KQ2-XM4P. SAC: 0800 772 4417
""")

neg("news", "pt", r"""
O presidente Luiz Inácio Lula da Silva recebeu nesta quarta-feira, no Palácio do Planalto, o governador
de São Paulo, Tarcísio de Freitas. O encontro tratou de obras do PAC e da renegociação de dívidas dos
estados. O ministro Fernando Haddad também participou.
""")

pos("form", "pt", r"""
Ficha de inscrição - Ginásio Clube Português, Lisboa
Nome: ⟦N|Inês Mafalda Teixeira Sá⟧
Cartão de Cidadão n.º: ⟦ID|14298347 4 ZX7⟧        Validade: 12/2031
NIF: ⟦ID|⟨nif_pt('23841907')⟩⟧          NISS: ⟦ID|⟨niss_pt('1204418273')⟩⟧
Data de nascimento: ⟦D|02-11-1996⟧
Morada: ⟦A|Rua de Cedofeita 412, 2.º Esq., 4050-174 Porto⟧
Débito direto: ⟦I|⟨iban('PT', pt_bban('0035', '0651', '00044172930'))⟩⟧
""")

pos("medical", "pt", r"""
Centro de Saúde de Alvalade - Nota de alta
Utente: ⟦N|Joaquim Fernandes Pereira⟧       N.º de utente SNS: ⟦ID|283 417 902⟧
Nascido em ⟦D|9 de janeiro de 1944⟧
Residência: ⟦A|Avenida da Igreja 37, 4.º Dto., 1700-234 Lisboa⟧
Contacto da filha: ⟦N|Sandra⟧, ⟦P|912 448 071⟧
Médica: Dra. ⟦N|Helena Quaresma⟧
""")

neg("prose", "pt", r"""
Luís Vaz de Camões (c. 1524 - 10 de junho de 1580) publicou Os Lusíadas em 1572. O dia 10 de junho é
feriado nacional em Portugal. Fernando Pessoa, nascido em Lisboa a 13 de junho de 1888, viveu os últimos
quinze anos na Rua Coelho da Rocha, hoje Casa Fernando Pessoa.
""")

pos("report", "pt", r"""
BOLETIM DE OCORRÊNCIA Nº 1.204/2024 - 14º DP, São Paulo
Natureza: furto de veículo
Vítima: ⟦N|Cláudia Regina Moura⟧, nascida em ⟦D|05/04/1982⟧, CNH nº ⟦ID|04418273915⟧
Endereço: ⟦A|Rua Cardeal Arcoverde, 2210, apto 31, Pinheiros, São Paulo - SP⟧
Telefone: ⟦P|(11) 3081-4472⟧
Relato: a vítima estacionou o veículo às 19h na Rua dos Pinheiros e não o encontrou às 22h.
""")

pos("config", "pt", r"""
# .env - gateway de pagamento (produção)
PAGAR_API_KEY=⟦K|⟨'ak_live_' + tok('pt-pagar', 30)⟩⟧
PAGAR_ENCRYPTION_KEY=⟦K|⟨'ek_live_' + tok('pt-pagar-ek', 30)⟩⟧
PIX_CHAVE_RECEBEDOR=financeiro@cafe-montanha.com.br
WEBHOOK_SECRET=⟦K|⟨tok('pt-whsec', 32, HEX)⟩⟧
""")

neg("invoice", "pt", r"""
FATURA-RECIBO FR 2024/1187                   Data: 2024-05-14
Fornecedor: Tipografia Ribeirinha, Lda. - NIF ⟨nif_pt('50871234')⟩ - Coimbra
Cliente: Associação Cultural do Mondego - NIF ⟨nif_pt('51204417')⟩ - Coimbra
300 cartazes A3, 4 cores                                   240,00 €
IVA 23 %  55,20 €    Total 295,20 €
ATCUD: JF7K2M4P-1187. Processado por programa certificado n.º 2214/AT.
""")

# ================================================================ Dutch
pos("letter", "nl", r"""
Gemeente Utrecht - Publiekszaken

De heer ⟦N|Ruud van der Veen⟧
⟦A|Oudegracht 231 bis⟧
⟦A|3511 NK Utrecht⟧

Datum: 14 mei 2024
Betreft: uw aanvraag paspoort
Burgerservicenummer: ⟦ID|⟨bsn('27418839')⟩⟧

Geachte heer ⟦N|Van der Veen⟧,
uw nieuwe paspoort ligt vanaf 28 mei voor u klaar bij het Stadskantoor.
""")

pos("chat", "nl", r"""
[20:11] ⟦N|Sanne⟧: wie betaalt het cadeau voor oma? ik heb al 40 voorgeschoten
[20:12] ⟦N|daan⟧: ik maak het vanavond over, welk rekeningnr?
[20:12] ⟦N|Sanne⟧: ⟦I|⟨iban('NL', 'RABO' + nl_acct('031244772'))⟩⟧ tnv ⟦N|S. de Graaf⟧
[20:13] ⟦N|daan⟧: top 👍 ook voor ⟦N|Femke⟧?
""")

pos("hr", "nl", r"""
LOONSTROOK april 2024 - Bakkerij Van Dijk B.V., Zwolle
Werknemer: ⟦N|Mohamed Bouzid⟧          Personeelsnr: 0118
Geboortedatum: ⟦D|12-04-1989⟧         BSN: ⟦ID|⟨bsn('18447290')⟩⟧
Adres: ⟦A|Assendorperstraat 88, 8012 DK Zwolle⟧
Brutoloon € 2.914,00    Loonheffing € 312,18    Netto € 2.287,40
Uitbetaald op ⟦I|⟨iban('NL', 'INGB' + '0004471029')⟩⟧
""")

pos("medical", "nl", r"""
Verwijsbrief - Huisartsenpraktijk De Linde, Tilburg
Patiënt: mevr. ⟦N|Fatima el Amrani⟧, geb. ⟦D|3 september 1976⟧
BSN: ⟦ID|⟨bsn('30921187')⟩⟧         Zorgverzekeraar: CZ, polisnummer 118204417
Reden verwijzing: aanhoudende klachten rechterknie na val (maart 2024). MRI gewenst.
Met vriendelijke groet, ⟦N|J. Hoekstra⟧, huisarts
""")

neg("doc", "nl", r"""
Contact
Fietsenfabriek Noord B.V., Groningen
KvK-nummer: 81144720   BTW-id: NL862214417B01
Klantenservice: 088 204 4170 (ma-vr 9-17 uur) · service@fietsenfabriek-noord.nl
Voor storingen buiten kantooruren: 0800 0218 (gratis)
""")

neg("prose", "nl", r"""
Rembrandt van Rijn (Leiden, 15 juli 1606 - Amsterdam, 4 oktober 1669) woonde van 1639 tot 1658 in het huis
aan de Jodenbreestraat 4, nu het Rembrandthuis. Zijn vrouw Saskia van Uylenburgh overleed in 1642.
""")

pos("letter", "nl", r"""
FOD Financiën - Brussel

Dhr. ⟦N|Jan De Smet⟧
⟦A|Kerkstraat 12 bus 3⟧
⟦A|2000 Antwerpen⟧

Rijksregisternummer: ⟦ID|⟨rrn_be('920311', '043')⟩⟧
Uw aanslagbiljet personenbelasting 2023 is beschikbaar in MyMinfin.
Terugbetaling van € 618,20 op rekening ⟦I|⟨iban('BE', be_account('7350044172'))⟩⟧.
""")

pos("config", "nl", r"""
# instellingen webshop - productie
MOLLIE_API_KEY=⟦K|⟨'live_' + tok('nl-mollie', 30)⟩⟧
POSTNL_API_KEY=⟦K|⟨tok('nl-postnl', 32, HEX)⟩⟧
SMTP_WACHTWOORD=⟦K|Stroopwafel!2024#⟧
BEHEERDER_EMAIL=⟦E|w.kuipers@kaasboer-kuipers.nl⟧
""")

neg("travel", "nl", r"""
NS e-ticket - enkele reis
Van: Amsterdam Centraal   Naar: Maastricht   Datum: 22-06-2024
Klasse: 2   Korting: Dal Voordeel (40%)   Prijs: € 17,34
Ticketnummer: 4417-2209-8812-0031. Dit ticket is alleen geldig met de bijbehorende OV-chipkaart.
Klantenservice NS: 030 751 5155
""")

pos("ticket", "nl", r"""
Storingsmelding #NL-774120 - internet valt steeds weg
Klant: ⟦N|Henk-Jan Postma⟧, ⟦A|Dorpsstraat 19, 9951 AB Winsum⟧
Tel.: ⟦P|06-41273398⟧
Modem: Connect Box, MAC-adres ⟦MAC|38:43:7D:A1:9F:02⟧, extern IP ⟦IP|84.86.213.17⟧
Monteur ingepland voor 23-05-2024 tussen 08:00 en 13:00.
""")

# ================================================================ Polish
pos("legal", "pl", r"""
UMOWA NAJMU LOKALU MIESZKALNEGO
zawarta w dniu 1 czerwca 2024 r. w Warszawie pomiędzy:
⟦N|Anną Kowalską⟧, zamieszkałą przy ⟦A|ul. Marszałkowskiej 84/92 m. 15, 00-514 Warszawa⟧,
legitymującą się dowodem osobistym nr ⟦ID|⟨pl_dowod('CAX', '41278')⟩⟧, PESEL ⟦ID|⟨pesel('8402190842')⟩⟧,
zwaną dalej Wynajmującą,
a ⟦N|Piotrem Zielińskim⟧, PESEL ⟦ID|⟨pesel('9510070317')⟩⟧, zwanym dalej Najemcą.
Czynsz płatny na rachunek ⟦I|⟨iban('PL', '10901014' + '0000071219812874')⟩⟧.
""")

pos("chat", "pl", r"""
[19:40] ⟦N|kasia⟧: hej ⟦N|tomek⟧, oddasz mi za bilety? 2x89 zł
[19:41] ⟦N|Tomasz Wróbel⟧: jasne, podaj numer konta
[19:41] ⟦N|kasia⟧: ⟦I|⟨iban('PL', '11402004' + '0000320247188301', spaced=False)⟩⟧
[19:42] ⟦N|kasia⟧: albo blikiem na ⟦P|512 447 093⟧
""")

pos("hr", "pl", r"""
KWESTIONARIUSZ OSOBOWY DLA PRACOWNIKA
1. Imię (imiona) i nazwisko: ⟦N|Katarzyna Wiśniewska-Kaczmarek⟧
2. Data urodzenia: ⟦D|15.01.1990⟧
3. PESEL: ⟦ID|⟨pesel('9001150462')⟩⟧
4. Adres zamieszkania: ⟦A|ul. Długa 17/4, 80-827 Gdańsk⟧
5. Dane kontaktowe: ⟦P|+48 601 228 417⟧, ⟦E|k.wisniewska.k@wp.pl⟧
6. Osoba do powiadomienia: mąż, ⟦N|Marek Kaczmarek⟧
""")

pos("medical", "pl", r"""
RECEPTA - Przychodnia Lekarska "Zdrowie", Kraków
Pacjent: ⟦N|Zbigniew Wróblewski⟧
PESEL: ⟦ID|⟨pesel('5107301357')⟩⟧
Adres: ⟦A|os. Centrum C 7/42, 31-929 Kraków⟧
Rp. Bisoprolol 5 mg, 30 tabl., 1 x dziennie rano
Lekarz: lek. med. ⟦N|Agnieszka Bąk⟧, nr PWZ 2204417
Kod recepty: 4417
""")

neg("doc", "pl", r"""
Dane firmy
Piekarnia Złoty Kłos sp. z o.o., Poznań
NIP: 779-24-17-330   REGON: 302441720   KRS: 0000441720
Kapitał zakładowy: 50 000 zł
Infolinia: 801 44 17 20 (opłata wg taryfy operatora) · biuro@zlotyklos.pl
""")

neg("prose", "pl", r"""
Maria Skłodowska-Curie (ur. 7 listopada 1867 w Warszawie, zm. 4 lipca 1934 w Passy) była dwukrotną
laureatką Nagrody Nobla. W kamienicy przy ul. Freta 16, gdzie się urodziła, mieści się dziś muzeum.
""")

pos("letter", "pl", r"""
Szanowny Panie ⟦N|Tomaszu⟧,

w nawiązaniu do rozmowy z dnia 3 czerwca potwierdzam, że umowa z Pana siostrą, ⟦N|Ewą Zielińską⟧,
została rozwiązana. Dokumenty prześlę na adres ⟦A|ul. Ogrodowa 5, 62-030 Luboń⟧.
Proszę również przekazać Panu ⟦N|Jerzemu⟧, że czekamy na jego podpis.

Z poważaniem
⟦N|Małgorzata Lis⟧
""")

neg("email", "pl", r"""
Temat: Twoja paczka czeka w Paczkomacie
Numer przesyłki: 630011224417209181422013
Paczkomat: KRA08M, Kraków (przy sklepie)
Kod odbioru: 418 207
Paczka czeka do 14.06.2024, godz. 10:22. Pomoc: 722 444 000.
""")

pos("log", "pl", r"""
2024-06-11T07:02:13Z bank-api ERROR przelew odrzucony: rachunek odbiorcy ⟦I|⟨iban('PL', '10501038' + '0000004417299082')⟩⟧ zamknięty, zlecający ⟦N|Jan Nowakowski⟧
2024-06-11T07:02:13Z bank-api INFO  klient_ip=⟦IP|83.22.118.9⟧ sesja=4a1c7e2f zwrócono kod B042
""")

neg("news", "pl", r"""
Premier Donald Tusk spotkał się w Warszawie z kanclerzem Niemiec Olafem Scholzem. Rozmowy dotyczyły
bezpieczeństwa na wschodniej flance NATO. Prezydent Andrzej Duda przebywał w tym czasie z wizytą w Wilnie.
""")

# ================================================================ Czech
pos("letter", "cs", r"""
Česká správa sociálního zabezpečení, Praha

Vážená paní
⟦N|Jaroslava Nováková⟧
⟦A|Vinohradská 1511/230⟧
⟦A|100 00 Praha 10⟧

Rodné číslo: ⟦ID|⟨rodne('885722', '418')⟩⟧
Č. j.: 2024/44172-PR

Vážená paní ⟦N|Nováková⟧,
na základě Vaší žádosti ze dne 2. 4. 2024 Vám sdělujeme, že Vaše žádost o rodičovský příspěvek byla schválena.
Příspěvek bude zasílán na účet ⟦I|⟨iban('CZ', '0300' + '000000' + cz_acct('174412093'))⟩⟧.
""")

pos("chat", "cs", r"""
[21:02] ⟦N|Lenka⟧: ⟦N|honzo⟧, pošleš mi heslo na wifi u babičky?
[21:04] ⟦N|Honza Procházka⟧: ⟦K|Krtecek_a_Kalhotky7⟧
[21:04] ⟦N|Honza Procházka⟧: a řekni ⟦N|Pavlovi⟧, ať tam nic nestahuje 😄
[21:05] ⟦N|Lenka⟧: díky!
""")

pos("medical", "cs", r"""
PROPOUŠTĚCÍ ZPRÁVA - Fakultní nemocnice Brno, Interní klinika
Pacient: ⟦N|Petr Dvořák⟧, nar. ⟦D|15. 3. 1978⟧, r. č. ⟦ID|⟨rodne('780315', '441')⟩⟧
Bydliště: ⟦A|Cejl 48, 602 00 Brno⟧
Pojišťovna: 111 (VZP)
Hospitalizace 08.05.-12.05.2024. Dg.: pneumonie l. dx. Kontrola u praktického lékaře do 7 dnů.
MUDr. ⟦N|Kateřina Šťastná⟧
""")

neg("doc", "cs", r"""
Kontakty
Pekárna U Mlýna s.r.o., Olomouc
IČO: 04418272, DIČ: CZ04418272
Zapsáno v obchodním rejstříku vedeném Krajským soudem v Ostravě, oddíl C, vložka 44172
Zákaznická linka: 800 441 720 (zdarma) · objednavky@pekarna-umlyna.cz
""")

neg("prose", "cs", r"""
Tomáš Garrigue Masaryk (7. března 1850 Hodonín - 14. září 1937 Lány) byl prvním prezidentem
Československa. Jeho rodný dům v Hodoníně připomíná pamětní deska; na zámku v Lánech zemřel.
""")

# ================================================================ Slovak
pos("form", "sk", r"""
ŽIADOSŤ O VYDANIE PARKOVACEJ KARTY - Mesto Bratislava
Meno a priezvisko: ⟦N|Zuzana Kováčiková⟧
Rodné číslo: ⟦ID|⟨rodne('915408', '227')⟩⟧
Dátum narodenia: ⟦D|8. 4. 1991⟧
Trvalý pobyt: ⟦A|Obchodná 12, 811 06 Bratislava⟧
Číslo účtu na vrátenie poplatku: ⟦I|⟨iban('SK', '1100' + '000000' + cz_acct('262418773'))⟩⟧
Telefón: ⟦P|0905 418 227⟧
""")

neg("doc", "sk", r"""
Obchodné podmienky - predávajúci
Kávička s.r.o., Košice, IČO: 52441720, DIČ: 2121044172, IČ DPH: SK2121044172
Zapísaná v OR Okresného súdu Košice I, oddiel Sro, vložka č. 44172/V
Reklamácie: reklamacie@kavicka.sk, infolinka 0850 111 417
""")

pos("chat", "sk", r"""
[07:58] ⟦N|miro⟧: ⟦N|Katka⟧, kedy ide ten vlak do Žiliny?
[07:59] ⟦N|Katarína Hudáková⟧: 8:22 z hlavnej, ale ja idem autom, vezmem ⟦N|Mira⟧ aj ⟦N|Janku⟧
[07:59] ⟦N|miro⟧: super, čakám pred domom
""")

# ================================================================ Swedish
pos("letter", "sv", r"""
Försäkringskassan, Östersund

⟦N|Linnea Åkesson⟧
⟦A|Storgatan 12 B lgh 1102⟧
⟦A|411 38 Göteborg⟧

Personnummer: ⟦ID|⟨personnummer('850312', '448', century='19')⟩⟧
Datum: 2024-05-16

Beslut om sjukpenning
Du får sjukpenning från och med 2024-04-22. Pengarna betalas ut till konto ⟦I|⟨iban('SE', '500' + '00000054410123457')⟩⟧.
""")

pos("chat", "sv", r"""
[17:20] ⟦N|Ebba⟧: mormor fyller 90 på lördag!! alla swishar 200 kr till mig
[17:21] ⟦N|Oskar Nyström⟧: vilket nummer?
[17:21] ⟦N|Ebba⟧: ⟦P|073-418 22 90⟧
[17:23] ⟦N|Oskar Nyström⟧: klart. ska ⟦N|vilgot⟧ också swisha?
""")

pos("hr", "sv", r"""
Anställningsavtal - Bageri Solrosen AB, Uppsala
Arbetstagare: ⟦N|Dragan Petrović⟧
Samordningsnummer: ⟦ID|⟨personnummer('900372', '218')⟩⟧ (född ⟦D|12 mars 1990⟧)
Adress: ⟦A|Svartbäcksgatan 44, 753 33 Uppsala⟧
Tillträde: 2024-06-01. Lön: 28 400 kr/månad.
""")

neg("doc", "sv", r"""
Kontakt och företagsuppgifter
Solrosen Bageri AB, Uppsala
Organisationsnummer: ⟨personnummer('556677', '123')⟩
Momsreg.nr: SE⟨personnummer('556677', '123', sep='')⟩01
Bankgiro: 5050-1055 · Kundtjänst: 0771-44 17 20 · order@solrosenbageri.se
""")

neg("prose", "sv", r"""
Astrid Lindgren (14 november 1907 i Vimmerby - 28 januari 2002 i Stockholm) skrev Pippi Långstrump.
Hennes lägenhet på Dalagatan 46 i Stockholm är i dag museum och kan besökas med guide.
""")

pos("config", "sv", r"""
# produktion - rör ej utan att prata med driften
DATABAS_ANVANDARE=lager
DATABAS_LOSENORD=⟦K|Kanelbulle#4oktober⟧
BANKID_CERT_LOSENORD=⟦K|qT7wX2mN9vB4⟧
SMS_AVSANDARE=Solrosen
""")

# ================================================================ Danish
pos("letter", "da", r"""
Skattestyrelsen

⟦N|Mette Kjærgaard Holm⟧
⟦A|Nørrebrogade 45, 3. th.⟧
⟦A|2200 København N⟧

CPR-nr.: ⟦ID|⟨cpr('040593', '401')⟩⟧
Din årsopgørelse for 2023 er klar. Du får 3.418 kr. tilbage, som udbetales til din NemKonto
⟦I|⟨iban('DK', '5301' + '0244172097')⟩⟧.
""")

pos("chat", "da", r"""
[12:04] ⟦N|Freja⟧: hvem har købt gave til farmor?
[12:05] ⟦N|Magnus Bach⟧: mig, send 150 på mobilepay ⟦P|+45 28 41 77 09⟧
[12:05] ⟦N|Freja⟧: done. ⟦N|ida⟧ siger hun også sender
""")

neg("doc", "da", r"""
Om os
Hyggehjem ApS, Aarhus · CVR-nr. 41772094
Kundeservice: 70 20 44 17 (hverdage 9-16) · kundeservice@hyggehjem.dk
Betaling: Dankort, Visa, MobilePay (nr. 44172)
""")

neg("prose", "da", r"""
H.C. Andersen (2. april 1805 i Odense - 4. august 1875 på Rolighed, København) skrev over 150 eventyr.
Hans barndomshjem i Munkemøllestræde er i dag en del af H.C. Andersens Hus.
""")

pos("hr", "da", r"""
ANSÆTTELSESBEVIS
Medarbejder: ⟦N|Jonas Vestergaard⟧, født den ⟦D|17. juli 1971⟧, CPR ⟦ID|⟨cpr('170771', '223')⟩⟧
Bopæl: ⟦A|Vestergade 21, 1. tv., 5000 Odense C⟧
Stilling: lagerchef. Tiltrædelse 1. august 2024.
""")

# ================================================================ Norwegian
pos("letter", "no", r"""
NAV Familie- og pensjonsytelser

⟦N|Sindre Haugland⟧
⟦A|Thorvald Meyers gate 54⟧
⟦A|0552 Oslo⟧

Fødselsnummer: ⟦ID|⟨fnr_no('150765', '418')⟩⟧
Vedtak om alderspensjon. Pensjonen utbetales den 20. hver måned til konto ⟦I|⟨iban('NO', no_account('1503441721'))⟩⟧.
""")

pos("chat", "no", r"""
[19:33] ⟦N|Ingrid⟧: farmor spør om noen kan hente henne på søndag
[19:34] ⟦N|eirik⟧: jeg kan, sender du adressen?
[19:34] ⟦N|Ingrid⟧: ⟦A|Kirkeveien 118, 0370 Oslo⟧. ring henne på ⟦P|22 46 18 07⟧ når du er der
[19:35] ⟦N|eirik⟧: 👍
""")

neg("doc", "no", r"""
Fjordkaffe AS, Bergen
Org.nr. 918 441 720 MVA
Kundeservice: 55 44 17 20 · post@fjordkaffe.no
Vipps: #44172 · Kontonummer for faktura: se fakturaen
""")

neg("prose", "no", r"""
Henrik Ibsen (20. mars 1828 i Skien - 23. mai 1906 i Kristiania) skrev Et dukkehjem og Peer Gynt.
Leiligheten hans på hjørnet av Arbins gate og Drammensveien er i dag Ibsenmuseet.
""")

pos("medical", "no", r"""
EPIKRISE - Haukeland universitetssjukehus, Bergen
Pasient: ⟦N|Astrid Marie Solberg⟧, f. ⟦D|23.04.1988⟧, fnr. ⟦ID|⟨fnr_no('230488', '417')⟩⟧
Innlagt 02.05.2024, utskrevet 06.05.2024. Diagnose: akutt appendisitt, laparoskopisk appendektomi.
Pårørende: ektemann ⟦N|Kristian Solberg⟧, tlf. ⟦P|918 44 172⟧.
Lege: ⟦N|Håkon Dale⟧
""")

# ================================================================ Finnish
pos("letter", "fi", r"""
Kela, Helsinki

⟦N|Aino Virtanen⟧
⟦A|Vaasankatu 14 A 7⟧
⟦A|00500 Helsinki⟧

Henkilötunnus: ⟦ID|⟨hetu('120884', '-', '417')⟩⟧
Päätös asumistuesta. Tuki maksetaan tilille ⟦I|⟨iban('FI', fi_bban('1234560044172'))⟩⟧ kuukauden 1. päivänä.
""")

pos("chat", "fi", r"""
[16:02] ⟦N|Veera⟧: oliko ⟦N|Virtasen Ainon⟧ syntymäpäivät lauantaina?
[16:03] ⟦N|Lauri Heikkinen⟧: joo, sano ⟦N|Mikolle⟧ että tuo kakun
[16:03] ⟦N|Veera⟧: ok, ja ⟦N|ainolle⟧ kukat?
""")

neg("doc", "fi", r"""
Yhteystiedot
Pullapaja Oy, Tampere
Y-tunnus: 2441720-3 · ALV-tunnus: FI24417203
Asiakaspalvelu: 010 441 7200 (ark. 8-16) · asiakaspalvelu@pullapaja.fi
""")

neg("prose", "fi", r"""
Jean Sibelius (8. joulukuuta 1865 Hämeenlinna - 20. syyskuuta 1957 Järvenpää) asui perheineen
Ainolassa vuodesta 1904. Koti on nykyään museo, joka on avoinna toukokuusta syyskuuhun.
""")

pos("hr", "fi", r"""
TYÖSOPIMUS - perustiedot
Työntekijä: ⟦N|Eemeli Kallio⟧
Henkilötunnus: ⟦ID|⟨hetu('150702', 'A', '318')⟩⟧
Osoite: ⟦A|Hämeenkatu 31 B 12, 33200 Tampere⟧
Palkanmaksutili: ⟦I|⟨iban('FI', fi_bban('4006100418221'))⟩⟧
Työsuhde alkaa 3.6.2024 (kesätyö).
""")

# ================================================================ Estonian
pos("form", "et", r"""
Üürilepingu lisa - üürniku andmed
Nimi: ⟦N|Kadri Tamm⟧
Isikukood: ⟦ID|⟨ee_ik('4910824572')⟩⟧
Sünniaeg: ⟦D|24.08.1991⟧
Aadress: ⟦A|Tartu mnt 14-7, 10117 Tallinn⟧
Telefon: ⟦P|+372 5418 2277⟧
""")

neg("doc", "et", r"""
Rehvikeskus OÜ, Tartu
Registrikood: 14417209 · KMKR: EE102441720
Klienditugi: 640 4417 · info@rehvikeskus.ee
Broneeringu number: RK-2024-04417
""")

pos("chat", "et", r"""
[10:14] ⟦N|Mart⟧: ⟦N|kadri⟧, kas sa saatsid ⟦N|Liisale⟧ selle arve?
[10:16] ⟦N|Kadri Tamm⟧: jah, saatsin tema meilile ⟦E|liisa.kask@gmail.com⟧
""")

# ================================================================ Turkish
pos("legal", "tr", r"""
KONUT KİRA SÖZLEŞMESİ
Kiraya veren: ⟦N|Ayşe Gül Yılmaz⟧, T.C. Kimlik No: ⟦ID|⟨tckimlik('418227093')⟩⟧
Kiracı: ⟦N|Mehmet Can Öztürk⟧, T.C. Kimlik No: ⟦ID|⟨tckimlik('263014588')⟩⟧
Kiralanan: ⟦A|Bağdat Cad. No:145 D:7, 34728 Kadıköy/İstanbul⟧
Aylık kira: 22.000 TL; her ayın 5'ine kadar ⟦I|⟨iban('TR', '00062' + '0' + '0000044172209983')⟩⟧ numaralı hesaba ödenir.
Başlangıç tarihi: 01.06.2024
""")

pos("chat", "tr", r"""
[20:15] ⟦N|Zeynep⟧: yarın ⟦N|Derya⟧'nın doğum günü, pastayı kim alıyor?
[20:16] ⟦N|burak⟧: ben alırım, ⟦N|Emre⟧'ye söyle mumları getirsin
[20:16] ⟦N|Zeynep⟧: tamam. ⟦N|Derya⟧'ya sürpriz olsun, kimse söylemesin 🤫
""")

pos("hr", "tr", r"""
PERSONEL BİLGİ FORMU
Adı Soyadı: ⟦N|Hüseyin Kaya⟧
Doğum tarihi: ⟦D|14.03.1987⟧        Doğum yeri: Konya
T.C. Kimlik No: ⟦ID|⟨tckimlik('527140839')⟩⟧
Adres: ⟦A|Atatürk Mah. Gül Sok. No:8 D:3, 42090 Meram/Konya⟧
Cep telefonu: ⟦P|+90 532 418 22 90⟧
""")

neg("prose", "tr", r"""
Mustafa Kemal Atatürk (1881, Selanik - 10 Kasım 1938, İstanbul) Türkiye Cumhuriyeti'nin kurucusudur.
Anıtkabir, Ankara'nın Çankaya ilçesindedir; her yıl 10 Kasım'da saat 09.05'te saygı duruşunda bulunulur.
""")

neg("doc", "tr", r"""
Firma bilgileri
Anadolu Kahve Gıda San. ve Tic. A.Ş., İzmir
Vergi dairesi: Karşıyaka · Vergi no: 0684417209
MERSİS no: 0068441720900015 · Ticaret sicil no: 244172
Çağrı merkezi: 444 4 417 · destek@anadolukahve.com.tr
""")

pos("log", "tr", r"""
2024-05-30 14:02:11 HATA giris basarisiz kullanici=⟦E|selin.arslan@hotmail.com⟧ ip=⟦IP|176.88.41.207⟧
2024-05-30 14:02:19 HATA giris basarisiz kullanici=⟦E|selin.arslan@hotmail.com⟧ ip=⟦IP|176.88.41.207⟧
2024-05-30 14:02:20 UYARI hesap kilitlendi, SMS gonderildi: ⟦P|0543 812 44 70⟧
""")

neg("email", "tr", r"""
Konu: Siparişiniz kargoya verildi
Sipariş no: TR-2024-0441720
Kargo takip no: 7290044172208 (Yurtiçi Kargo)
Tahmini teslim: 3 Haziran 2024. Sorularınız için 0850 441 72 00 numaralı müşteri hizmetlerimizi arayabilirsiniz.
""")

# ================================================================ Romanian
pos("legal", "ro", r"""
CONTRACT DE ÎNCHIRIERE nr. 44/2024
Între ⟦N|Ioana-Maria Popescu⟧, CNP ⟦ID|⟨cnp('255030342041')⟩⟧, posesoare a C.I. seria RX nr. ⟦ID|418227⟧,
domiciliată în ⟦A|Str. Mihai Eminescu nr. 23, bl. A4, sc. 2, et. 3, ap. 14, sector 2, 020074 București⟧,
în calitate de proprietar, și ⟦N|Andrei Ionescu⟧, CNP ⟦ID|⟨cnp('179111240128')⟩⟧, în calitate de chiriaș.
Chiria se plătește în contul ⟦I|⟨iban('RO', 'BTRL' + '0130120441720911')⟩⟧.
""")

pos("chat", "ro", r"""
[18:40] ⟦N|Andreea⟧: ⟦N|vlad⟧, ai numărul doamnei ⟦N|Popa⟧?
[18:41] ⟦N|Vlad Munteanu⟧: da, ⟦P|0722 418 227⟧
[18:41] ⟦N|Vlad Munteanu⟧: zi-i că vii din partea lui ⟦N|Sorin⟧
""")

neg("prose", "ro", r"""
Mihai Eminescu (15 ianuarie 1850, Botoșani - 15 iunie 1889, București) este considerat poetul național.
Pe strada Mihai Eminescu din Iași, ca și în multe alte orașe, se află un bust al poetului.
""")

pos("medical", "ro", r"""
BILET DE IEȘIRE - Spitalul Clinic Județean de Urgență Cluj
Pacient: ⟦N|Elena Dumitrescu⟧, născută la ⟦D|3 martie 1955⟧
CNP: ⟦ID|⟨cnp('255030312078')⟩⟧
Domiciliu: ⟦A|Str. Horea nr. 61, ap. 9, 400275 Cluj-Napoca⟧
Diagnostic: fractură de col femural stâng, operată. Recomandări: recuperare medicală.
Medic curant: dr. ⟦N|Radu Onișor⟧
""")

neg("invoice", "ro", r"""
FACTURĂ seria CLJ nr. 004417 din 14.05.2024
Furnizor: Tipografia Someș S.R.L., Cluj-Napoca, CUI RO44172209, Reg. Com. J12/4417/2021
Client: Asociația Culturală Transilvania, Cluj-Napoca, CIF 41772093
500 afișe A2 ..................................... 1.200,00 lei
TVA 19% 228,00 lei · Total 1.428,00 lei
""")

# ================================================================ Hungarian
pos("letter", "hu", r"""
Nemzeti Adó- és Vámhivatal, Budapest

⟦N|Kovács Péter⟧ részére
⟦A|1061 Budapest, Király utca 22. II. em. 5. ajtó⟧

Adóazonosító jel: ⟦ID|⟨ado_hu('842117094')⟩⟧
Tárgy: 2023. évi személyijövedelemadó-bevallás

Tisztelt ⟦N|Kovács Péter⟧! Értesítjük, hogy a visszatérítést (41 720 Ft) átutaltuk ⟦N|Kovács Péternek⟧ a
⟦I|⟨iban('HU', hu_bban('117', '7301', '600044172091234'))⟩⟧ számú számlájára.
""")

pos("chat", "hu", r"""
[09:12] ⟦N|Réka⟧: ⟦N|pisti⟧, elküldted ⟦N|Szabó Annának⟧ a számlát?
[09:13] ⟦N|Nagy István⟧: igen, tegnap. ⟦N|Annától⟧ még nem jött válasz
[09:13] ⟦N|Réka⟧: oké, holnap felhívom
""")

neg("prose", "hu", r"""
Petőfi Sándor (Kiskőrös, 1823. január 1. - Segesvár, 1849. július 31.) a Nemzeti dal szerzője.
Szülőháza Kiskőrösön ma emlékmúzeum; a budapesti Petőfi Sándor utca a Belvárosban található.
""")

neg("doc", "hu", r"""
Impresszum
Balaton Pékség Kft., Siófok
Cégjegyzékszám: 14-09-441720 · Adószám: 24417209-2-14
Ügyfélszolgálat: +36 1 441 7200 · info@balatonpekseg.hu
""")

pos("hr", "hu", r"""
MUNKAVÁLLALÓI ADATLAP
Név: ⟦N|Tóth-Varga Eszter⟧
Születési idő: ⟦D|1988-04-17⟧        Születési hely: Debrecen
Anyja neve: ⟦N|Balogh Erzsébet⟧
TAJ szám: ⟦ID|⟨taj('04418273')⟩⟧
Személyi igazolvány száma: ⟦ID|418227KE⟧
Lakcím: ⟦A|4026 Debrecen, Piac utca 41. 3/12⟧
""")

# ================================================================ Greek
pos("form", "el", r"""
ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ - Δήμος Θεσσαλονίκης, Τμήμα Κοινωνικής Πολιτικής
Επώνυμο: ⟦N|Παπαδόπουλος⟧          Όνομα: ⟦N|Γεώργιος⟧          Πατρώνυμο: ⟦N|Δημήτριος⟧
Ημερομηνία γέννησης: ⟦D|15/03/1978⟧
Α.Μ.Κ.Α.: ⟦ID|⟨amka('1503780441')⟩⟧          Α.Φ.Μ.: ⟦ID|⟨afm('04418227')⟩⟧
Αρ. Δελτίου Ταυτότητας: ⟦ID|ΑΚ 418227⟧
Διεύθυνση: ⟦A|Εγνατίας 112, 546 30 Θεσσαλονίκη⟧
Τηλέφωνο: ⟦P|694 418 2277⟧
""")

pos("chat", "el", r"""
[21:10] ⟦N|Μαρία⟧: ⟦N|γιάννη⟧ έστειλες στον κ. ⟦N|Αντωνίου⟧ τα χαρτιά;
[21:12] ⟦N|Γιάννης Κ.⟧: ναι, στο ⟦E|antoniou.law@gmail.com⟧ το πρωί
[21:12] ⟦N|Μαρία⟧: τέλεια, ευχαριστώ 🙏
""")

neg("prose", "el", r"""
Ο Ελευθέριος Βενιζέλος (23 Αυγούστου 1864 - 18 Μαρτίου 1936) διετέλεσε επτά φορές πρωθυπουργός της Ελλάδας.
Η οικία του στην οδό Βασιλίσσης Σοφίας στην Αθήνα στεγάζει σήμερα την πρεσβεία του Ηνωμένου Βασιλείου.
""")

neg("doc", "el", r"""
Στοιχεία εταιρείας
ΕΛΑΙΟΛΑΔΑ ΚΡΗΤΗΣ Α.Ε., Ηράκλειο
Αρ. Γ.Ε.ΜΗ.: 144172201000 · Α.Φ.Μ.: 800441720 · Δ.Ο.Υ.: Ηρακλείου
Εξυπηρέτηση πελατών: 801 11 44172 · info@elaiolada-kritis.gr
""")

# ================================================================ Russian
pos("form", "ru", r"""
Генеральному директору ООО «Северный ветер», Санкт-Петербург
от ⟦N|Ивановой Марии Сергеевны⟧
паспорт ⟦ID|40 08 418227⟧, выдан ТП № 44 отдела УФМС России по г. Санкт-Петербургу 14.05.2008
адрес регистрации: ⟦A|194044, г. Санкт-Петербург, ул. Чугунная, д. 14, корп. 2, кв. 117⟧
дата рождения: ⟦D|14.03.1987⟧
СНИЛС: ⟦ID|⟨snils('144182270')⟩⟧     ИНН: ⟦ID|⟨inn12('7821044172')⟩⟧

ЗАЯВЛЕНИЕ
Прошу предоставить мне ежегодный оплачиваемый отпуск с 01.07.2024 по 14.07.2024.
""")

pos("chat", "ru", r"""
[22:05] ⟦N|Лена⟧: ⟦N|саш⟧, скинь пароль от роутера на даче
[22:06] ⟦N|Александр Петров⟧: ⟦K|Dacha_Sosny_1999⟧
[22:06] ⟦N|Александр Петров⟧: и передай ⟦N|Серёже⟧, что мангал в сарае
[22:07] ⟦N|Лена⟧: спасибо!
""")

pos("config", "ru", r"""
# боевые настройки CRM - не коммитить!
DATABASE_URL=⟦U|postgres://crm_app:Zvezda_2024!@db-crm.local:5432/crm⟧
REDIS_URL=redis://cache.local:6379/0
TELEGRAM_BOT_TOKEN=⟦K|⟨'6418227093:AA' + tok('ru-tg', 33, B64[:-2] + '-_')⟩⟧
ADMIN_EMAIL=⟦E|d.smirnov@severny-veter.ru⟧
""")

neg("prose", "ru", r"""
Лев Николаевич Толстой (28 августа 1828 - 7 ноября 1910 по старому стилю) родился в усадьбе Ясная Поляна
Тульской губернии. Сегодня там музей-заповедник; в Москве работает музей-усадьба в Хамовниках.
""")

neg("doc", "ru", r"""
Реквизиты организации
ООО «Северный ветер», г. Санкт-Петербург
ИНН 7810441720, КПП 781001001, ОГРН 1157847441720
Горячая линия: 8-800-441-72-00 (звонок бесплатный) · info@severny-veter.ru
""")

neg("log", "ru", r"""
2024-06-01 03:00:00 [INFO] запуск резервного копирования, версия агента 10.2.1.1147
2024-06-01 03:00:02 [INFO] сервер слушает 127.0.0.1:8443, внешний интерфейс 0.0.0.0
2024-06-01 03:14:51 [INFO] задание 7c2e91a4-4417-4b2a-9f0d-2209b1e3c5a8 завершено, 12,4 ГБ
""")

# ================================================================ Ukrainian
pos("form", "uk", r"""
ДОВІДКА про доходи - ТОВ «Карпатський мед», м. Львів
Видана: ⟦N|Шевчук Оксані Петрівні⟧
РНОКПП: ⟦ID|⟨rnokpp(1992, 5, 12, '441', '8')⟩⟧
Паспорт (ID-картка): ⟦ID|004418227⟧
Дата народження: ⟦D|12.05.1992⟧
Адреса: ⟦A|вул. Городоцька, 172, кв. 44, м. Львів, 79022⟧
""")

pos("chat", "uk", r"""
[08:30] ⟦N|Тарас⟧: ⟦N|Олю⟧, ти вже переказала гроші за квартиру?
[08:32] ⟦N|Ольга Бондаренко⟧: так, на картку ⟦C|⟨card('516874044182270')⟩⟧
[08:32] ⟦N|Ольга Бондаренко⟧: ⟦N|Тарасе⟧, нагадай мамі про ліки
""")

neg("prose", "uk", r"""
Тарас Шевченко (9 березня 1814 - 10 березня 1861) похований на Тарасовій горі біля Канева.
У Києві на вулиці Тараса Шевченка і на бульварі його імені завжди багато квітів 9 березня.
""")

neg("doc", "uk", r"""
ТОВ «Карпатський мед», м. Львів
Код ЄДРПОУ: 44172209
Гаряча лінія: 0 800 44 17 20 (безкоштовно з усіх номерів)
Номер замовлення: KM-2024-04417 · Трек-номер Нової пошти: 20450044172209
""")

# ================================================================ Arabic
pos("form", "ar", r"""
نموذج فتح حساب - فرد
الاسم الكامل: ⟦N|محمد بن عبدالله العتيبي⟧
رقم الهوية الوطنية: ⟦ID|⟨to_digits('104418227' + luhn_digit('104418227'), 'arab')⟩⟧
تاريخ الميلاد: ⟦D|⟨to_digits('1410/03/15', 'arab')⟩⟧ هـ
العنوان الوطني: ⟦A|⟨to_digits('8228', 'arab')⟩ طريق الأمير سلطان، حي المحمدية، جدة ⟨to_digits('23617', 'arab')⟩⟧
الجوال: ⟦P|+966 50 418 2290⟧
الآيبان: ⟦I|⟨iban('SA', '80' + '000000441722093851')⟩⟧
""")

pos("chat", "ar", r"""
[٩:١٥ م] ⟦N|فاطمة⟧: ⟦N|خالد⟧، أرسل لي رقم الهوية الإماراتية لأكمل الحجز
[٩:١٧ م] ⟦N|خالد الحمادي⟧: ⟦ID|784-1990-4418227-9⟧
[٩:١٧ م] ⟦N|خالد الحمادي⟧: ورقمي ⟦P|+971 50 441 7720⟧ إذا اتصلوا
[٩:١٨ م] ⟦N|فاطمة⟧: تمام، شكراً
""")

pos("report", "ar", r"""
محضر رقم ٤٤١٧ لسنة ٢٠٢٤ - قسم شرطة الدقي
المبلّغ: ⟦N|أحمد مصطفى عبد الرحمن⟧
الرقم القومي: ⟦ID|29003141201447⟧
تاريخ الميلاد: ⟦D|١٤ مارس ١٩٩٠⟧
العنوان: ⟦A|١٢ شارع محيي الدين أبو العز، الدقي، الجيزة⟧
أفاد بفقدان حافظة نقوده يوم ١٠/٥/٢٠٢٤ أثناء وجوده في محطة مترو البحوث.
""")

neg("prose", "ar", r"""
وُلد ابن خلدون في تونس في 27 مايو 1332 وتوفي في القاهرة في 17 مارس 1406. يُعدّ مؤسس علم الاجتماع،
وكتابه «المقدمة» من أشهر ما كُتب في فلسفة التاريخ. يوجد تمثال له في شارع الحبيب بورقيبة بتونس العاصمة.
""")

neg("doc", "ar", r"""
شركة الواحة للتجارة - الرياض
السجل التجاري: ١٠١٠٤٤١٧٢٠ · الرقم الضريبي: ٣٠٠٤٤١٧٢٠٩٠٠٠٠٣
خدمة العملاء: ٩٢٠٠٤٤١٧٢ (الرقم الموحد) · البريد: care@alwaha-trading.sa
رقم الطلب: WA-2024-44172 · رقم الشحنة: SMSA 290044172209
""")

# ================================================================ Hebrew
pos("form", "he", r"""
טופס הצטרפות - קופת חולים
שם פרטי: ⟦N|יעל⟧          שם משפחה: ⟦N|כהן-לוי⟧
מספר תעודת זהות: ⟦ID|⟨il_id('31844172')⟩⟧
תאריך לידה: ⟦D|14/03/1987⟧
כתובת: ⟦A|רחוב הרצל 45 דירה 3, רחובות 7624145⟧
טלפון נייד: ⟦P|052-418-2290⟧
""")

pos("chat", "he", r"""
[18:02] ⟦N|נועה⟧: ⟦N|איתי⟧, יש לך את המייל של ⟦N|דנה⟧?
[18:03] ⟦N|איתי ברק⟧: כן, ⟦E|dana.mizrahi@walla.co.il⟧
[18:03] ⟦N|נועה⟧: תודה!
""")

neg("prose", "he", r"""
בנימין זאב הרצל (2 במאי 1860 - 3 ביולי 1904) היה חוזה המדינה. ברחוב הרצל בכל עיר בישראל יש חנויות
ובתי קפה, ובהר הרצל בירושלים נמצא קברו.
""")

# ================================================================ Persian
pos("form", "fa", r"""
فرم ثبت‌نام - آموزشگاه زبان
نام و نام خانوادگی: ⟦N|مریم رضایی⟧
کد ملی: ⟦ID|⟨to_digits(code_melli('004418227'), 'fa')⟩⟧
تاریخ تولد: ⟦D|⟨to_digits('1368/05/21', 'fa')⟩⟧
نشانی: ⟦A|تهران، خیابان ولیعصر، کوچه ⟨to_digits('12', 'fa')⟩، پلاک ⟨to_digits('8', 'fa')⟩، واحد ⟨to_digits('3', 'fa')⟩⟧
تلفن همراه: ⟦P|⟨to_digits('0912 418 2290', 'fa')⟩⟧
""")

neg("prose", "fa", r"""
حافظ شیرازی در حدود سال ۷۲۷ هجری قمری در شیراز به دنیا آمد. آرامگاه او در حافظیه، در شمال شیراز،
هر سال در روز ۲۰ مهر، روز بزرگداشت حافظ، میزبان هزاران بازدیدکننده است.
""")

# ================================================================ Hindi
pos("form", "hi", r"""
बैंक खाता खोलने का आवेदन
नाम: श्रीमती ⟦N|सुनीता शर्मा⟧
पिता/पति का नाम: ⟦N|राजेश कुमार शर्मा⟧
जन्म तिथि: ⟦D|⟨to_digits('14/03/1987', 'deva')⟩⟧
आधार संख्या: ⟦ID|⟨to_digits(aadhaar('73094418227'), 'deva')⟩⟧
पैन: ⟦ID|BQXPS4182K⟧
पता: ⟦A|मकान नं. 14, गली नं. 3, लाजपत नगर, नई दिल्ली 110024⟧
मोबाइल: ⟦P|98110 44172⟧
""")

pos("chat", "hi", r"""
[20:10] ⟦N|प्रिया⟧: ⟦N|राहुल⟧ भैया, मम्मी का नया नंबर भेजो
[20:12] ⟦N|राहुल वर्मा⟧: ⟦P|+91 98290 41772⟧
[20:12] ⟦N|राहुल वर्मा⟧: और ⟦N|अंकित⟧ को बोलो कल स्टेशन आ जाए
""")

neg("prose", "hi", r"""
मोहनदास करमचंद गांधी (2 अक्टूबर 1869 - 30 जनवरी 1948) का जन्म पोरबंदर में हुआ था। दिल्ली में
30 जनवरी मार्ग पर स्थित गांधी स्मृति वही स्थान है जहाँ उनकी हत्या हुई थी।
""")

neg("doc", "hi", r"""
ग्राहक सेवा
ऑर्डर संख्या: OD4417220931887
ट्रैकिंग आईडी: FMPP0441722093
टोल फ्री हेल्पलाइन: 1800 180 4417 (सुबह 9 से रात 9 बजे तक)
ईमेल: support@dukaan-online.in
""")

# ================================================================ Bengali
pos("form", "bn", r"""
চাকরির আবেদনপত্র
নাম: ⟦N|মোঃ রফিকুল ইসলাম⟧
জাতীয় পরিচয়পত্র নম্বর: ⟦ID|⟨to_digits('4418227093', 'beng')⟩⟧
জন্ম তারিখ: ⟦D|⟨to_digits('12-08-1994', 'beng')⟩⟧
ঠিকানা: ⟦A|বাড়ি ⟨to_digits('12', 'beng')⟩, রোড ⟨to_digits('7', 'beng')⟩, ধানমন্ডি, ঢাকা ⟨to_digits('1205', 'beng')⟩⟧
মোবাইল: ⟦P|⟨to_digits('01711-441722', 'beng')⟩⟧
""")

neg("prose", "bn", r"""
রবীন্দ্রনাথ ঠাকুর (৭ মে ১৮৬১ - ৭ আগস্ট ১৯৪১) ১৯১৩ সালে সাহিত্যে নোবেল পুরস্কার পান। কলকাতার জোড়াসাঁকো
ঠাকুরবাড়ি আজ রবীন্দ্রভারতী বিশ্ববিদ্যালয়ের অংশ।
""")

# ================================================================ Urdu
pos("form", "ur", r"""
درخواست برائے ملازمت
نام: ⟦N|محمد عمران خان⟧
شناختی کارڈ نمبر: ⟦ID|35202-4418227-3⟧
تاریخ پیدائش: ⟦D|14-03-1987⟧
پتہ: ⟦A|مکان نمبر 12، گلی نمبر 4، ماڈل ٹاؤن، لاہور⟧
موبائل: ⟦P|0300-4418227⟧
""")

neg("prose", "ur", r"""
علامہ محمد اقبال 9 نومبر 1877 کو سیالکوٹ میں پیدا ہوئے اور 21 اپریل 1938 کو لاہور میں وفات پائی۔
ان کا مزار بادشاہی مسجد کے پاس واقع ہے اور 9 نومبر کو یومِ اقبال منایا جاتا ہے۔
""")

# ================================================================ Indonesian
pos("form", "id", r"""
FORMULIR PEMBUKAAN REKENING - Perorangan
Nama lengkap (sesuai KTP): ⟦N|Siti Rahmawati Lubis⟧
NIK: ⟦ID|3174056109930417⟧
Tempat/tgl. lahir: Medan, ⟦D|21-09-1993⟧
Alamat: ⟦A|Jl. Kebon Sirih No. 17, RT 003/RW 005, Kel. Kebon Sirih, Kec. Menteng, Jakarta Pusat 10340⟧
NPWP: ⟦ID|09.441.722.0-071.000⟧
No. HP: ⟦P|0812-4417-2290⟧
Nama ibu kandung: ⟦N|Rosmawati Nasution⟧
""")

pos("chat", "id", r"""
[07:45] ⟦N|Dewi⟧: Pak ⟦N|Budi⟧, rapat RT jadi jam 8 malam ya
[07:46] ⟦N|Budi Santoso⟧: siap Bu ⟦N|Dewi⟧. Bu ⟦N|Ratna⟧ sudah dikabari?
[07:46] ⟦N|Dewi⟧: sudah, nomornya ⟦P|0857-2209-4417⟧ kalau mau konfirmasi
""")

neg("prose", "id", r"""
Soekarno (6 Juni 1901 - 21 Juni 1970) membacakan teks Proklamasi pada 17 Agustus 1945 di Jalan Pegangsaan
Timur 56, Jakarta, yang kini menjadi Jalan Proklamasi. Di lokasi itu sekarang berdiri Tugu Proklamasi.
""")

neg("email", "id", r"""
Subjek: Pesanan Anda sedang dikirim
No. pesanan: INV/20240514/MPL/4417220931
No. resi JNE: 0441722093188
Estimasi tiba: 17 Mei 2024. Butuh bantuan? Hubungi Halo CS 1500-441 atau cs@tokoserba.co.id.
PT Toko Serba Ada Indonesia, Jakarta - NPWP badan 02.441.722.0-054.000
""")

# ================================================================ Vietnamese
pos("form", "vi", r"""
TỜ KHAI ĐĂNG KÝ TẠM TRÚ
Họ và tên: ⟦N|Nguyễn Thị Thu Hà⟧
Ngày, tháng, năm sinh: ⟦D|12/08/1994⟧        Giới tính: Nữ
Số CCCD: ⟦ID|001194044172⟧
Nơi tạm trú: ⟦A|Số 12 ngõ 45 phố Trần Duy Hưng, phường Trung Hòa, quận Cầu Giấy, Hà Nội⟧
Số điện thoại: ⟦P|0912 441 722⟧
""")

pos("ticket", "vi", r"""
Phiếu hỗ trợ #VN-44172 - Mạng chập chờn
Khách hàng: anh ⟦N|Lê Quang Minh⟧, ⟦P|0903 418 227⟧
Địa chỉ lắp đặt: ⟦A|88/14 Nguyễn Trãi, phường 3, quận 5, TP. Hồ Chí Minh⟧
Modem: MAC ⟦MAC|D8:32:14:4A:17:22⟧, IP WAN ⟦IP|113.161.44.172⟧
Thiết bị lạ kết nối: ⟦MAC|7c:2e:bd:09:31:88⟧ (⟦IP|192.168.1.105⟧) - đã chặn theo yêu cầu của anh ⟦N|Minh⟧.
Kỹ thuật viên: chị ⟦N|Phạm Thu Trang⟧
""")

neg("prose", "vi", r"""
Chủ tịch Hồ Chí Minh (19/5/1890 - 2/9/1969) đọc Tuyên ngôn Độc lập ngày 2/9/1945 tại Quảng trường Ba Đình.
Hầu như thành phố nào ở Việt Nam cũng có đường mang tên Người.
""")

neg("doc", "vi", r"""
CÔNG TY TNHH CÀ PHÊ CAO NGUYÊN - Đà Lạt
Mã số thuế: 5801441722
Tổng đài chăm sóc khách hàng: 1900 4417 (8h-21h)
Mã đơn hàng: CN-240514-4417 · Mã vận đơn GHN: GHN44172209VN
""")

# ================================================================ Chinese
pos("form", "zh", r"""
入职登记表
姓名：⟦N|王秀英⟧        性别：女        民族：汉
身份证号码：⟦ID|⟨cn_id('11010619870314204')⟩⟧
出生日期：⟦D|1987年3月14日⟧
户籍地址：⟦A|北京市丰台区丰台北路44号院7号楼2单元601室⟧
手机：⟦P|138 0441 7229⟧
紧急联系人：⟦N|王建国⟧（父亲）
""")

pos("chat", "zh", r"""
[19:02] ⟦N|李明⟧：⟦N|小张⟧，上次的房租你转给房东了吗？
[19:05] ⟦N|张伟⟧：转了，用的我那张银联卡 ⟦C|⟨card('622202441722903')⟩⟧
[19:05] ⟦N|张伟⟧：房东电话 ⟦P|139 1044 7220⟧，你直接问她
[19:06] ⟦N|李明⟧：好的 👍
""")

pos("form", "zh", r"""
租賃契約書（承租人資料）
承租人：⟦N|陳怡君⟧
身分證字號：⟦ID|⟨tw_id('F', '22441722')⟩⟧
出生日期：⟦D|民國79年3月14日⟧
戶籍地址：⟦A|新北市板橋區文化路二段182巷5號3樓⟧
聯絡電話：⟦P|0912-441-722⟧
""")

pos("log", "zh", r"""
2024-05-20 10:14:02 WARN  登录失败 用户=⟦E|chan.kaming@yahoo.com.hk⟧ 来源IP=⟦IP|219.77.44.172⟧
2024-05-20 10:14:40 INFO  实名认证提交 姓名=⟦N|陳家明⟧ 香港身份證=⟦ID|⟨hkid('K', '418227')⟩⟧
2024-05-20 10:15:03 INFO  认证通过 request_id=4f1a2c7e-0441-4722-9c3b-8d2e1f0a7b69
""")

neg("prose", "zh", r"""
孔子（前551年9月28日－前479年4月11日），名丘，字仲尼，鲁国陬邑人。鲁迅原名周树人，1881年9月25日
生于浙江绍兴，其故居位于绍兴市鲁迅中路，现为纪念馆。
""")

neg("doc", "zh", r"""
上海云杉贸易有限公司
统一社会信用代码：91310115MA1K44172X
客服热线：400-820-4417（工作日 9:00-18:00）
订单号：202405144417220931  顺丰运单号：SF1441722093104
""")

# ================================================================ Japanese
pos("form", "ja", r"""
入会申込書
氏名：⟦N|佐藤 美咲⟧          フリガナ：⟦N|サトウ ミサキ⟧
生年月日：⟦D|昭和62年3月14日⟧
郵便番号：330-0062
住所：⟦A|埼玉県さいたま市浦和区仲町2-14-7 コーポ仲町203⟧
電話：⟦P|０９０－４４１７－２２９０⟧
個人番号（マイナンバー）：⟦ID|⟨my_number('44182270931')⟩⟧
""")

pos("chat", "ja", r"""
[20:14] ⟦N|ゆい⟧：⟦N|田中⟧さん、明日の集合場所どこでしたっけ？
[20:15] ⟦N|田中 健太⟧：渋谷駅のハチ公前、10時です！
[20:15] ⟦N|田中 健太⟧：⟦N|ゆい⟧ちゃんは⟦N|さくら⟧と一緒に来てね
""")

pos("log", "ja", r"""
2024-06-02T21:03:44+09:00 ERROR 決済失敗 会員ID=M0044172 氏名=⟦N|鈴木 一郎⟧ カード番号=⟦C|⟨card('354104418227093', sep='')⟩⟧ 理由=与信NG
2024-06-02T21:03:44+09:00 INFO  通知メール送信先=⟦E|ichiro.suzuki.0314@docomo.ne.jp⟧
2024-06-02T21:03:45+09:00 INFO  MONGO_URI=⟦U|mongodb://shop_app:Sakura2024!@10.0.8.21:27017/shop⟧
""")

neg("prose", "ja", r"""
夏目漱石（1867年2月9日 - 1916年12月9日）は『吾輩は猫である』『こころ』などで知られる。
新宿区早稲田南町の漱石山房跡には、現在「新宿区立漱石山房記念館」が建っている。
""")

neg("doc", "ja", r"""
株式会社みどり食品（本社：札幌）
法人番号：4430001044172
お問い合わせ：0120-441-722（受付 平日10:00-17:00）
ご注文番号：MD-20240514-4417　お届け伝票番号：4417-2209-3188
""")

# ================================================================ Korean
pos("form", "ko", r"""
회원 가입 신청서
성명: ⟦N|김민준⟧
주민등록번호: ⟦ID|⟨kr_rrn('870314', '104417')⟩⟧
주소: ⟦A|서울특별시 마포구 월드컵북로12길 34, 502호⟧
휴대전화: ⟦P|010-4417-2290⟧
이메일: ⟦E|minjun.kim87@naver.com⟧
""")

pos("log", "ko", r"""
[2024-05-28 02:11:07] 홈IoT 허브: 새 기기 연결 - 이름="거실 조명", MAC=⟦MAC|a4:c1:38:44:17:22⟧, IP=⟦IP|192.168.0.37⟧
[2024-05-28 02:11:09] 홈IoT 허브: 사용자 ⟦N|박서연⟧ 님의 계정에 등록 완료
[2024-05-28 02:12:30] 홈IoT 허브: 펌웨어 2.4.17.1 확인, 최신 버전
""")

neg("prose", "ko", r"""
세종대왕(1397년 5월 15일 ~ 1450년 3월 30일)은 1443년 훈민정음을 창제하였다. 서울 세종대로의
광화문광장에는 세종대왕 동상이 있으며, 매년 10월 9일은 한글날이다.
""")

neg("doc", "ko", r"""
(주)한빛커피 | 대표이사 직인 생략 | 부산
사업자등록번호: 617-81-44172 | 통신판매업신고: 2024-부산해운대-0417
고객센터: 1588-4417 (평일 09:00~18:00) | 주문번호: 20240514-0044172
""")

# ================================================================ Thai
pos("form", "th", r"""
ใบสมัครงาน
ชื่อ-นามสกุล: นางสาว ⟦N|สุภาวดี ใจดี⟧
เลขประจำตัวประชาชน: ⟦ID|⟨thai_id('110140044172')⟩⟧
วันเกิด: ⟦D|๑๔ มีนาคม ๒๕๓๐⟧
ที่อยู่: ⟦A|123/45 หมู่ 6 ซอยสุขุมวิท 71 แขวงพระโขนงเหนือ เขตวัฒนา กรุงเทพมหานคร 10110⟧
โทรศัพท์: ⟦P|081-441-7229⟧
""")

pos("chat", "th", r"""
[18:20] ⟦N|ฝน⟧: คุณ⟦N|สมชาย⟧คะ พรุ่งนี้ประชุมกี่โมงคะ
[18:22] ⟦N|สมชาย วงศ์ใหญ่⟧: 9 โมงครับ ฝากบอกน้อง⟦N|ต้น⟧ด้วยนะครับ
""")

neg("prose", "th", r"""
สุนทรภู่ (26 มิถุนายน พ.ศ. 2329 - พ.ศ. 2398) กวีเอกของไทย ผู้ประพันธ์เรื่องพระอภัยมณี
วันที่ 26 มิถุนายนของทุกปีจึงเป็นวันสุนทรภู่
""")

# ================================================================ Malay
pos("form", "ms", r"""
BORANG PERMOHONAN BIASISWA
Nama: ⟦N|Nurul Aisyah binti Ahmad Fauzi⟧
No. Kad Pengenalan: ⟦ID|880314-14-5522⟧
Alamat: ⟦A|No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor⟧
Telefon bimbit: ⟦P|012-441 7229⟧
Nama bapa/penjaga: ⟦N|Ahmad Fauzi bin Hassan⟧
""")

neg("prose", "ms", r"""
Tunku Abdul Rahman (8 Februari 1903 - 6 Disember 1990) mengisytiharkan kemerdekaan Persekutuan Tanah Melayu
di Stadium Merdeka pada 31 Ogos 1957. Jalan Tunku Abdul Rahman di Kuala Lumpur dinamakan sempena beliau.
""")

neg("doc", "ms", r"""
Kedai Kopi Nusantara Sdn. Bhd., Johor Bahru
No. Pendaftaran SSM: 202401044172 (1544172-K)
Talian khidmat pelanggan: 1-300-88-4417 · No. pesanan: KN-44172209
""")

# ================================================================ Tagalog
pos("form", "tl", r"""
APLIKASYON SA TRABAHO
Pangalan: ⟦N|Maria Theresa Dela Cruz Santos⟧
Petsa ng kapanganakan: ⟦D|Marso 14, 1987⟧
SSS No.: ⟦ID|34-4182270-9⟧        TIN: ⟦ID|418-227-093-000⟧
Tirahan: ⟦A|Blk 5 Lot 12, Phase 2, Brgy. San Isidro, Antipolo City, Rizal 1870⟧
Cellphone: ⟦P|0917 441 7229⟧
""")

neg("prose", "tl", r"""
Si José Rizal (Hunyo 19, 1861 - Disyembre 30, 1896) ay ipinanganak sa Calamba, Laguna. Tuwing Disyembre 30
ay ginugunita ang Araw ni Rizal sa Luneta, kung saan nakatayo ang kanyang bantayog.
""")

# ================================================================ Swahili
pos("form", "sw", r"""
FOMU YA MAOMBI YA MKOPO
Jina kamili: ⟦N|Wanjiru Njeri Kamau⟧
Nambari ya kitambulisho: ⟦ID|28441722⟧
KRA PIN: ⟦ID|A004418227K⟧
Tarehe ya kuzaliwa: ⟦D|14/03/1987⟧
Anwani: ⟦A|S.L.P. 4417-00100 Nairobi⟧
Simu: ⟦P|+254 712 441 722⟧
""")

neg("prose", "sw", r"""
Jomo Kenyatta (c. 1897 - 22 Agosti 1978) alikuwa Rais wa kwanza wa Kenya. Kila tarehe 20 Oktoba
huadhimishwa Siku ya Mashujaa. Kwa malipo ya bili tumia Paybill 888880; huduma kwa wateja piga 100.
""")

# ================================================================ Croatian
pos("letter", "hr", r"""
Porezna uprava, Područni ured Zagreb

⟦N|Ivana Horvat⟧
⟦A|Ilica 242⟧
⟦A|10000 Zagreb⟧

OIB: ⟦ID|⟨mod11_10('4417220931')⟩⟧
Rješenje o povratu poreza na dohodak za 2023. godinu
Iznos povrata od 418,20 EUR bit će uplaćen na račun ⟦I|⟨iban('HR', '2484008' + '1104417220')⟩⟧.
""")

neg("doc", "hr", r"""
Jadranska kava d.o.o., Split
OIB: ⟨mod11_10('8441722093')⟩ · MBS: 060441722
Trgovački sud u Splitu · Temeljni kapital: 2.654,46 EUR
Služba za korisnike: 0800 4417 · info@jadranska-kava.hr
""")

pos("chat", "hr", r"""
[19:02] ⟦N|Marija⟧: ⟦N|Ivane⟧, jesi poslao ⟦N|Anti⟧ lozinku za mail?
[19:03] ⟦N|Ivan Babić⟧: jesam, ⟦K|Dubrovnik!Zidine88⟧ pa neka je odmah promijeni
""")

# ================================================================ Slovenian
pos("form", "sl", r"""
PRIJAVA STALNEGA PREBIVALIŠČA
Ime in priimek: ⟦N|Maja Novak Zupančič⟧
EMŠO: ⟦ID|⟨emso('140398750417')⟩⟧
Datum rojstva: ⟦D|14. 3. 1987⟧
Naslov: ⟦A|Celovška cesta 108, 1000 Ljubljana⟧
Telefon: ⟦P|041 441 722⟧
""")

neg("prose", "sl", r"""
France Prešeren (3. decembra 1800 - 8. februarja 1849) je avtor Zdravljice. Na Prešernovem trgu v Ljubljani
stoji njegov spomenik, 8. februar pa je slovenski kulturni praznik.
""")

# ================================================================ Lithuanian
pos("letter", "lt", r"""
VMI prie FM, Vilnius

⟦N|Rūtai Petrauskienei⟧
⟦A|Žirmūnų g. 68-41⟧
⟦A|LT-09131 Vilnius⟧

Asmens kodas: ⟦ID|⟨ee_ik('4870314417')⟩⟧
Informuojame, kad ⟦N|Rūtos Petrauskienės⟧ 2023 m. pajamų deklaracija priimta.
""")

neg("prose", "lt", r"""
Jonas Basanavičius (1851 m. lapkričio 23 d. - 1927 m. vasario 16 d.) pasirašė Lietuvos Nepriklausomybės aktą.
Signatarų namai Pilies gatvėje Vilniuje dabar yra muziejus.
""")

# ================================================================ Latvian
pos("form", "lv", r"""
Iesniegums - Rīgas valstspilsētas pašvaldība
Vārds, uzvārds: ⟦N|Anna Bērziņa⟧
Personas kods: ⟦ID|⟨lv_pk('140387', '1042')⟩⟧
Adrese: ⟦A|Brīvības iela 155-12, Rīga, LV-1012⟧
Lūdzu pārreģistrēt autostāvvietas atļauju uz mana vīra ⟦N|Jāņa Kalniņa⟧ vārda.
""")

neg("prose", "lv", r"""
Krišjānis Barons (1835. gada 31. oktobris - 1923. gada 8. marts) apkopoja latviešu dainas. Viņa vārdā
nosaukta Krišjāņa Barona iela Rīgā, kur atrodas arī viņa memoriālais muzejs.
""")

# ================================================================ Bulgarian
pos("form", "bg", r"""
ЗАЯВЛЕНИЕ ЗА ОТПУСК
От: ⟦N|Мария Иванова Петрова⟧
ЕГН: ⟦ID|⟨egn('870314441')⟩⟧
Адрес: ⟦A|ул. „Граф Игнатиев“ 15, ет. 3, ап. 7, 1000 София⟧
Моля да ми бъде разрешен платен годишен отпуск от 01.07.2024 до 12.07.2024.
Заплатата да бъде преведена по сметка ⟦I|⟨iban('BG', 'UNCR' + '7000' + '15' + '44172209')⟩⟧.
""")

neg("prose", "bg", r"""
Васил Левски (18 юли 1837 - 18 февруари 1873) е национален герой на България. Паметникът му в София
се намира на мястото на бесилото. ЕИК на музея за справки: 000441722.
""")

# ================================================================ Icelandic
pos("form", "is", r"""
Umsókn um leikskólapláss
Nafn foreldris: ⟦N|Guðrún Jónsdóttir⟧
Kennitala: ⟦ID|⟨kennitala('240683', '41')⟩⟧
Heimilisfang: ⟦A|Hverfisgata 41, 101 Reykjavík⟧
Sími: ⟦P|862 4417⟧
Nafn barns: ⟦N|Sóley Magnúsdóttir⟧, fædd ⟦D|3. maí 2021⟧
""")

neg("prose", "is", r"""
Jón Sigurðsson (17. júní 1811 - 7. desember 1879) leiddi sjálfstæðisbaráttu Íslendinga. Þjóðhátíðardagurinn
17. júní er fæðingardagur hans og stytta hans stendur á Austurvelli.
""")

# ================================================================ Irish
pos("letter", "ga", r"""
A ⟦N|Sheáin⟧, a chara,

Maidir le d'iarratas ar an deontas tithíochta: tá do chuid sonraí faighte againn.
Ainm: ⟦N|Seán Ó Briain⟧
Uimhir PSP: ⟦ID|⟨ppsn('8841722')⟩⟧
Seoladh: ⟦A|12 Bóthar na Trá, Gaillimh H91 X2K4⟧

Is mise le meas,
⟦N|Máire Ní Chonaill⟧
""")

# ================================================================ Catalan
pos("form", "ca", r"""
SOL·LICITUD D'ALTA AL PADRÓ MUNICIPAL
Nom i cognoms: ⟦N|Jordi Vilaró i Casals⟧
DNI: ⟦ID|⟨dni('47182209')⟩⟧
Data de naixement: ⟦D|14 de març de 1987⟧
Adreça: ⟦A|Carrer del Rosselló 77, 4t 1a, 08029 Barcelona⟧
Telèfon: ⟦P|+34 655 441 722⟧
""")

neg("prose", "ca", r"""
Antoni Gaudí (Reus, 25 de juny de 1852 - Barcelona, 10 de juny de 1926) va dedicar els seus darrers anys a la
Sagrada Família, al carrer de Mallorca, 401. La Casa Batlló és al passeig de Gràcia, 43.
""")

# ================================================================ Basque
pos("form", "eu", r"""
IZENA EMATEKO ORRIA - Euskaltegia
Izen-abizenak: ⟦N|Ane Etxeberria Goikoetxea⟧
NAN: ⟦ID|⟨dni('72441722')⟩⟧
Jaiotze-data: ⟦D|1991-03-14⟧
Helbidea: ⟦A|Kale Nagusia 14, 3. eskuina, 20003 Donostia⟧
""")

# ================================================================ Serbian
pos("form", "sr", r"""
ПРИЈАВА ПРЕБИВАЛИШТА
Име и презиме: ⟦N|Марко Јовановић⟧
ЈМБГ: ⟦ID|⟨emso('140398771041')⟩⟧
Адреса: ⟦A|Булевар краља Александра 118, стан 7, 11000 Београд⟧
Телефон: ⟦P|064 441 7229⟧
""")

neg("prose", "sr", r"""
Никола Тесла (10. јул 1856 - 7. јануар 1943) рођен је у Смиљану. Музеј Николе Тесле у Београду налази се
у улици Крунској, а његов лик је на новчаници од 100 динара.
""")

# ================================================================ extra hard negatives (several languages)
neg("doc", "en", r"""
Example request (the key below is the public sample key from our docs; it only works against the test API):

curl https://api.stripe.com/v1/charges \
  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \
  -d amount=2000 -d currency=gbp -d source=tok_visa

A JWT looks like this (jwt.io sample):
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
""")

neg("log", "en", r"""
commit 41c7e2a90b5d3f18c6e4a2d7f90b1e3c5a7d9f02
Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
Date:   Mon May 13 04:12:55 2024 +0000

    Bump urllib3 from 2.2.1 to 2.2.2 in /requirements

    Release notes: https://github.com/urllib3/urllib3/releases/tag/2.2.2
    Signed-off-by: dependabot[bot] <support@github.com>
""")

neg("doc", "en", r"""
## Connecting to the database
Use a connection string of the form

    postgresql://<user>:<password>@<host>:5432/<database>
    mongodb+srv://${MONGO_USER}:${MONGO_PASS}@cluster0.example.net/app

For local development the compose file starts a throwaway database on 127.0.0.1.
Never paste production credentials into tickets; use the vault path secret/data/app/prod instead.
""")

neg("report", "en", r"""
METAR EGLL 141150Z AUTO 24012KT 9999 FEW035 17/09 Q1014 NOSIG
Station 03772 (London Heathrow) 51.4787N 0.4494W, elevation 25 m
Forecast issued 14/05/2024 11:00 UTC by the duty forecaster, Exeter.
Next update 17:00 UTC. Warnings: none in force.
""")

neg("doc", "de", r"""
Stellenanzeige: Sachbearbeiter/in Buchhaltung (m/w/d) - Referenznummer 2024-0417
Standort: Kassel · Vollzeit · Gehaltsband E9 TVöD
Bewerbungen bitte bis 30.06.2024 über unser Portal oder an bewerbung@stadtwerke-nordhessen.de.
Fragen beantwortet die Personalabteilung unter 0561 4417-0 (Zentrale).
""")

neg("report", "es", r"""
Resultados del sorteo n.º 4417 (jueves 16 de mayo de 2024)
Combinación ganadora: 04 - 17 - 22 - 29 - 31 - 44   Complementario: 09   Reintegro: 3
Joker: 4 417 220
Primera categoría (6 aciertos): bote · Segunda (5+C): 1 acertante en Zaragoza
""")

neg("doc", "it", r"""
Museo Civico - Orari e biglietti
Martedì-domenica 9:00-19:00 (ultimo ingresso 18:15). Chiuso il lunedì, il 25 dicembre e il 1° gennaio.
Intero € 12,00 · Ridotto € 8,00 · Gratuito under 18.
Prenotazioni gruppi: numero verde 800 441 722 · didattica@museocivico.it
""")

neg("doc", "ja", r"""
設定例（ドキュメント用アドレスを使用しています）
  server_addr = 192.0.2.10
  allow_from  = 198.51.100.0/24, 2001:db8::/32
  api_key     = "YOUR_API_KEY"
  password    = "********"
本番環境では環境変数 APP_SECRET を使用してください。
""")

neg("doc", "zh", r"""
快速开始
1. 在控制台创建访问密钥，格式示例：AccessKeyId=AKIAIOSFODNN7EXAMPLE
2. 将 SecretKey 写入环境变量 ${SECRET_KEY}，不要写在代码里。
3. 测试服务器地址 203.0.113.25，端口 8080；本地调试请使用 127.0.0.1。
""")

neg("doc", "ru", r"""
Тестовые данные для интеграции
Карта для успешной оплаты: 4111 1111 1111 1111, срок 12/30, CVC 123.
Карта с отказом: 5555 5555 5555 4444 (в тестовом режиме всегда отклоняется).
Тестовый ключ магазина: test_XXXXXXXXXXXXXXXXXXXXXXXX. Боевые ключи выдаются в личном кабинете.
""")

neg("doc", "pl", r"""
Tabela producentów kart sieciowych (prefiksy OUI)
00:1A:2B  Ayecom Technology
3C:22:FB  Apple, Inc.
00:50:56  VMware, Inc.
Adres rozgłoszeniowy ff:ff:ff:ff:ff:ff nie identyfikuje urządzenia; 00:00:00:00:00:00 oznacza brak adresu.
""")

neg("receipt", "sv", r"""
KVITTO  Café Kanelbullen, Malmö   Org.nr 559441-7220
2024-05-14 12:41   Kassa 2   Kvittonr 44172
2 x Kanelbulle        58,00
1 x Kaffe             32,00
Totalt               90,00 SEK (varav moms 12 % 9,64)
Kort: Visa **** **** **** 4417   Ref 220931   Godkänd
""")

neg("legal", "pt", r"""
Nos termos da Lei n.º 13.709, de 14 de agosto de 2018 (LGPD), e do Decreto n.º 11.417/2023, o prazo para
adequação encerra-se em 31 de dezembro de 2024. Processo administrativo n.º 00261.004417/2024-22.
Dúvidas: ouvidoria@anpd.gov.br ou 0800 441 7220.
""")

neg("doc", "tr", r"""
Ürün etiketi
Model: KX-4417 Pro · Seri no: SN2209KX44172 · Üretim tarihi: 03/2024
Yazılım sürümü 4.17.22.9 · Garanti: 2 yıl
Yetkili servis: 0850 441 72 20 · www.kx-elektronik.com.tr
""")

neg("doc", "nl", r"""
# WireGuard - alleen de publieke sleutels horen in deze repo
[Peer]
# laptop-verkoop
PublicKey = ⟨b64('nl-wg-pub1', 43)⟩=
AllowedIPs = 10.200.0.0/24
[Peer]
# router-kantoor
PublicKey = ⟨b64('nl-wg-pub2', 43)⟩=
AllowedIPs = 10.201.0.0/24
""")

neg("news", "fr", r"""
Football - Ligue 1 : le PSG s'impose 3-1 face à Lyon au Parc des Princes. Kylian Mbappé a inscrit un doublé,
Ousmane Dembélé le troisième but. Alexandre Lacazette a réduit l'écart pour l'OL. Affluence : 47 417 spectateurs.
""")

neg("doc", "ko", r"""
배송 조회
운송장 번호: 6441-7220-9318 (CJ대한통운)
주문번호: 2024051444172
배송 예정일: 5월 17일(금) · 문의: 고객센터 1588-1255
""")

# ================================================================ extra positives for cards, URLs with credentials, MACs, SSNs
pos("form", "es", r"""
SOLICITUD DE ASISTENCIA - Oficina de Los Ángeles
Nombre: ⟦N|Rosa Elena Vázquez⟧
Número de Seguro Social: ⟦S|601-44-1722⟧
Fecha de nacimiento: ⟦D|02/14/1976⟧
Dirección: ⟦A|1420 S Alameda St, Apt 3, Los Angeles, CA 90021⟧
Teléfono: ⟦P|(213) 744-1729⟧
Cónyuge: ⟦N|Héctor Vázquez⟧, SSN ⟦S|623441709⟧
""")

pos("email", "de", r"""
Von: Dr. ⟦N|Wolfgang Reimers⟧ <⟦E|w.reimers@t-online.de⟧>
An: reservierung@hotel-alpenblick.at
Betreff: Reservierung 14.-18.08. - Garantie

Sehr geehrte Damen und Herren,
zur Garantie unserer Buchung (2 Personen, Zimmer mit Seeblick) hier meine Kreditkarte:
American Express ⟦C|⟨card('37421840441722', (4, 6, 5))⟩⟧, gültig bis 09/27, Karteninhaber ⟦N|Wolfgang Reimers⟧.
Mit freundlichen Grüßen
⟦N|Wolfgang Reimers⟧
⟦P|+49 171 4417229⟧
""")

pos("config", "fr", r"""
# .git/config du poste de ⟦N|Julien Dupont⟧ (copie envoyée au support)
[core]
	repositoryformatversion = 0
	bare = false
[remote "origin"]
	url = ⟦U|⟨'https://jdupont:ghp_' + tok('fr-ghp', 36)⟩@github.com/atelier-dupont/site-vitrine.git⟧
	fetch = +refs/heads/*:refs/remotes/origin/*
[user]
	email = ⟦E|julien.dupont.dev@gmail.com⟧
""")

pos("config", "pl", r"""
# kolejka zamówień - produkcja
rabbitmq:
  url: ⟦U|amqp://kolejka:Haslo-Zamowienia-2024@mq-prod.sklep.local:5672/zamowienia⟧
  prefetch: 20
smtp:
  host: smtp.sklep.local
  haslo: ⟦K|Pierogi_Ruskie!77⟧
""")

pos("ticket", "nl", r"""
Melding #44172 - back-up naar NAS lukt niet
Van: ⟦N|Pieter Visser⟧ <⟦E|p.visser@ziggo.nl⟧>
Mijn script gebruikt dit pad, werkte tot vorige week:
  mount -t cifs ⟦U|smb://pvisser:Welkom01!Fotos@nas.thuis.lan/fotos⟧ /mnt/fotos
De NAS heeft adres ⟦IP|192.168.178.20⟧ en MAC ⟦MAC|00-11-32-A4-17-22⟧.
""")

pos("ticket", "de", r"""
Ticket #HN-8812 - Drucker im Homeoffice nicht erreichbar
Kundin: ⟦N|Birgit Hansen-Loew⟧, Tel. ⟦P|0431 44 17 22⟧
Ausgabe von arp -a (von der Kundin kopiert):
  fritz.box (⟦IP|192.168.178.1⟧) at ⟦MAC|3c:a6:2f:44:17:22⟧ [ether] on wlan0
  drucker (⟦IP|192.168.178.31⟧) at ⟦MAC|00:26:ab:9e:41:07⟧ [ether] on wlan0
  ? (⟦IP|192.168.178.44⟧) at <incomplete> on wlan0
""")

pos("log", "es", r"""
Incidencia #ES-4417 - el portátil de ⟦N|Lorena Ibáñez⟧ se desconecta del wifi cada pocos minutos.
Registro del punto de acceso de la oficina de Sevilla:
*May 14 10:22:41.118: %DOT11-6-ASSOC: Interface Dot11Radio0, Station ⟦MAC|3c22.fb7a.109e⟧ ⟦IP|10.44.17.22⟧ Associated KEY_MGMT[WPA2 PSK]
*May 14 10:22:41.930: %DHCPD-4-PING_CONFLICT: DHCP address conflict: server pinged ⟦IP|10.44.17.23⟧.
*May 14 10:23:02.004: %DOT11-6-DISASSOC: Interface Dot11Radio0, Deauthenticating Station ⟦MAC|3c22.fb7a.109e⟧ Reason: Sending station has left the BSS
""")

pos("shell", "en", r"""
# wake-office.ps1 - wakes ⟦N|Sam⟧'s workstation before the nightly build
$mac = "⟦MAC|D4-81-D7-44-17-22⟧"
$target = "⟦IP|10.12.40.57⟧"
Send-WakeOnLan -MacAddress $mac -Broadcast 255.255.255.255
Start-Sleep -Seconds 90
ssh -i C:\keys\build_ed25519 build@$target "cd C:\src && make nightly"
""")

pos("form", "en", r"""
1040 U.S. Individual Income Tax Return 2023 - filing status: Married filing jointly
Your first name and middle initial: ⟦N|Marcus J⟧          Last name: ⟦N|Whitlock⟧          Your social security number: ⟦S|437 22 9184⟧
If joint return, spouse's first name: ⟦N|Renata⟧          Last name: ⟦N|Whitlock-Ruiz⟧     Spouse's SSN: ⟦S|452-61-0387⟧
Home address (number and street, apt. no., city, state, ZIP): ⟦A|7719 Briar Creek Ln, Raleigh, NC 27615⟧
""")

# ================================================================ further document types
pos("html", "de", r"""
<section class="team">
  <h2>Unser Praxisteam</h2>
  <div class="card">
    <h3>Dr. med. dent. ⟦N|Katharina Wolff-Rainer⟧</h3>
    <p>Zahnärztin, Implantologie<br>Durchwahl: <a href="tel:⟦P|+4989441722310⟧">⟦P|+49 89 4417223-10⟧</a><br>
    <a href="mailto:⟦E|k.wolff-rainer@zahnarzt-isartor.de⟧">⟦E|k.wolff-rainer@zahnarzt-isartor.de⟧</a></p>
  </div>
  <div class="card">
    <h3>⟦N|Murat Aydın⟧</h3>
    <p>Praxismanager<br><a href="mailto:⟦E|m.aydin@zahnarzt-isartor.de⟧">⟦E|m.aydin@zahnarzt-isartor.de⟧</a></p>
  </div>
  <p>Termine: termin@zahnarzt-isartor.de · Zentrale 089 4417223-0 · Praxis in München</p>
</section>
""")

neg("html", "en", r"""
<!doctype html>
<html lang="en"><head><title>TrailLite 2 Headlamp | Northfell Outdoor</title>
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"Product","name":"TrailLite 2 Headlamp","sku":"NF-TL2-BLK",
 "gtin13":"5060441722093","brand":{"@type":"Brand","name":"Northfell"},
 "offers":{"@type":"Offer","price":"34.99","priceCurrency":"GBP","availability":"https://schema.org/InStock"}}
</script></head>
<body><h1>TrailLite 2 Headlamp</h1><p>450 lumens, IPX7, USB-C. Firmware 1.4.2.</p>
<p>Questions? <a href="mailto:support@northfell.co.uk">support@northfell.co.uk</a> or 0333 441 7220.</p></body></html>
""")

pos("tsv", "no", r"""
navn	fødselsdato	mobil	e-post	vakt
⟦N|Sigrid Aasen⟧	⟦D|1979-02-11⟧	⟦P|926 41 772⟧	⟦E|sigrid.aasen@online.no⟧	lørdag 10-14
⟦N|Tore Bjørnstad⟧	⟦D|1958-09-30⟧	⟦P|+47 481 22 093⟧	⟦E|tore.bj@hotmail.com⟧	lørdag 14-18
⟦N|Nora Eide Lunde⟧	⟦D|2006-06-01⟧	⟦P|472 09 318⟧		søndag 10-14
⟦N|Amir Haddad⟧	⟦D|1991-12-17⟧	⟦P|936 18 440⟧	⟦E|amir.haddad@gmail.com⟧	søndag 14-18
""")

pos("xml", "fr", r"""
<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03">
 <CstmrCdtTrfInitn>
  <GrpHdr><MsgId>VIR-20240601-0417</MsgId><CreDtTm>2024-06-01T08:14:22</CreDtTm><NbOfTxs>2</NbOfTxs></GrpHdr>
  <PmtInf>
   <Dbtr><Nm>⟦N|Camille Roussel-Favier⟧</Nm></Dbtr>
   <DbtrAcct><Id><IBAN>⟦I|⟨iban('FR', rib_fr('10278', '06076', '00021044172'), spaced=False)⟩⟧</IBAN></Id></DbtrAcct>
   <CdtTrfTxInf>
    <Amt><InstdAmt Ccy="EUR">780.00</InstdAmt></Amt>
    <Cdtr><Nm>⟦N|Bernard Lemaire⟧</Nm></Cdtr>
    <CdtrAcct><Id><IBAN>⟦I|⟨iban('FR', rib_fr('20041', '01008', '04417220931'), spaced=False)⟩⟧</IBAN></Id></CdtrAcct>
    <RmtInf><Ustrd>Loyer juin - ⟦A|12 rue des Capucins, 69001 Lyon⟧</Ustrd></RmtInf>
   </CdtTrfTxInf>
   <CdtTrfTxInf>
    <Amt><InstdAmt Ccy="EUR">96.00</InstdAmt></Amt>
    <Cdtr><Nm>⟦N|Inès Benhamou⟧</Nm></Cdtr>
    <CdtrAcct><Id><IBAN>⟦I|⟨iban('FR', rib_fr('30003', '02170', '00050441722'), spaced=False)⟩⟧</IBAN></Id></CdtrAcct>
    <RmtInf><Ustrd>Baby-sitting mai</Ustrd></RmtInf>
   </CdtTrfTxInf>
  </PmtInf>
 </CstmrCdtTrfInitn>
</Document>
""")

pos("report", "en", r"""
WARD 11 - INPATIENT LIST                               Printed 14/05/2024 06:00 by the night coordinator
BED  SURNAME, FORENAME           DOB          NHS NUMBER     CONSULTANT   ADMITTED    NOTES
---  --------------------------  -----------  -------------  -----------  ----------  -----------------------
 1   (empty - deep clean)
 2   ⟦N|ASHWORTH, Maureen⟧            ⟦D|04/07/1938⟧   ⟦ID|⟨nhs('401226173')⟩⟧   GER-2        09/05/2024  falls risk
 3   ⟦N|OYELARAN, Babatunde⟧          ⟦D|22/11/1951⟧   ⟦ID|⟨nhs('452044172')⟩⟧   GER-1        11/05/2024
 4   (side room - closed)
 5   ⟦N|McCRACKEN, Lorna⟧             ⟦D|30/01/1944⟧   ⟦ID|⟨nhs('418227093')⟩⟧   GER-2        12/05/2024  DNACPR in notes
 6   (empty)
 7   (empty)
 8   ⟦N|PATEL, Hemant⟧                ⟦D|17/03/1960⟧   ⟦ID|⟨nhs('463308815')⟩⟧   CARD-3       13/05/2024
 9   (empty)
10   (side room - closed)
11   (empty)
12   ⟦N|DE SOUZA, Graça⟧              ⟦D|08/08/1933⟧   ⟦ID|⟨nhs('471150428')⟩⟧   GER-1        13/05/2024  interpreter (pt)
13   (empty)
14   ⟦N|KOWALCZYK, Irena⟧             ⟦D|19/12/1947⟧   ⟦ID|⟨nhs('489922013')⟩⟧   GER-2        13/05/2024
""")

pos("hr", "en", r"""
RIGHT TO WORK CHECK - record of manual document check
Worker: ⟦N|Adaeze Nwosu-Carter⟧           Role: HCA, night shifts
Document seen: Biometric Residence Permit
BRP number: ⟦ID|ZU1427593⟧        Expiry: 31/12/2024        Nationality: NGA
Date of birth on card: ⟦D|19 June 1990⟧
Conditions: no restriction on the type or hours of work.
Checked by: ⟦N|Gemma Holt⟧ (HR officer), 02/04/2024, original seen in person.
""")

pos("letter", "de", r"""
Landeshauptstadt Düsseldorf - Amt für Migration und Integration

Herrn
⟦N|Tarik Mansour⟧
⟦A|Kölner Straße 214⟧
⟦A|40227 Düsseldorf⟧

Ihr elektronischer Aufenthaltstitel (Nr. ⟦ID|Y7RKT4G2N⟧) liegt zur Abholung bereit.
Bitte bringen Sie Ihren Reisepass (Nr. ⟦ID|N04417229⟧) und den Abholschein mit.
Geburtsdatum laut Antrag: ⟦D|02.02.1994⟧
""")


if __name__ == "__main__":
    emit("blind21", cases)
