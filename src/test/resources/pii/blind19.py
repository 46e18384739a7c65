"""Blind corpus 19: hand-labelled realistic documents for the PII detector.

About 350 cases in 28 language codes (about 40 % English; "pt" covers Brazil and Portugal), about
40 % of them hard negatives:
texts that look as if they held personal data (version numbers, order and ticket numbers,
switchboards and hotlines, role mailboxes, documentation IPs, public figures, fictional
characters, placeholders, masked values, hashes, public keys, test cards, company registration
numbers ...) but hold none of a private individual.  Hard negatives carry no label at all.

Emphasis of this round: secrets in many shapes (passwords in prose and chats, vendor tokens in
configs and logs, connection strings, JWTs, private key blocks, basic-auth pairs, webhook URLs),
dates of birth in many formats, also in rows whose header is far away or absent, names in chats
and in inflected forms and non-Latin scripts, addresses in each country's own format, national
ids whose check digits are computed below, IBANs (mod 97) and card numbers (Luhn) computed below.
All people, numbers and addresses are invented.

Writing aid: <<T|value>> (T one of E P C I S IP MAC U K N A D ID) is turned into m(T, value),
and @@name@@ is replaced by the computed value V[name] before that.

Labelling conventions (copied from the shared conventions):

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
import datetime
import json
import random
import re
import string

from labels import *

# ---------------------------------------------------------------- writing aids

_r = random.Random(19190419)
AL = string.ascii_letters + string.digits
UP = string.ascii_uppercase + string.digits
LO = string.ascii_lowercase + string.digits
HX = "0123456789abcdef"
B64 = AL + "+/"
URLS = AL + "-_"
DIG = string.digits

V = {}
_TYPES = {"E": E, "P": P, "C": C, "I": I, "S": S, "IP": IP, "MAC": MAC, "U": U, "K": K, "N": N, "A": A, "D": D,
          "ID": ID}
_MARK = re.compile(r"<<(E|P|C|I|S|IP|MAC|U|K|N|A|D|ID)\|(.*?)>>", re.S)


def t(n, a=AL):
    return "".join(_r.choice(a) for _ in range(n))


def x(s):
    s = s.strip("\n")
    s = re.sub(r"@@([A-Za-z0-9_]+)@@", lambda mo: V[mo.group(1)], s)
    s = _MARK.sub(lambda mo: m(_TYPES[mo.group(1)], mo.group(2)), s)
    assert "@@" not in s and not re.search(r"<<(E|P|C|I|S|IP|MAC|U|K|N|A|D|ID)\|", s), s[:200]
    return s


cases = []


def pos(kind, lang, text):
    s = x(text)
    assert "\u27e6" in s, s[:120]
    cases.append((kind, lang, False, s))


def neg(kind, lang, text):
    s = x(text)
    assert "\u27e6" not in s, s[:120]
    cases.append((kind, lang, True, s))


# ---------------------------------------------------------------- secrets

def b64lines(nbytes, width=64, head=b""):
    raw = head + bytes(_r.randrange(256) for _ in range(nbytes))
    s = base64.b64encode(raw).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def pem(kind, nbytes, head=b""):
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, b64lines(nbytes, 64 if "OPENSSH" not in kind else 70,
                                                                         head), kind)


def b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).rstrip(b"=").decode()


def jwt(payload, alg="HS256"):
    return b64u({"alg": alg, "typ": "JWT"}) + "." + b64u(payload) + "." + t(43 if alg.startswith("HS") else 342, URLS)


def basic(pair):
    return base64.b64encode(pair.encode()).decode()


# ---------------------------------------------------------------- cards and IBANs

def luhn_digit(partial):
    for d in DIG:
        if luhn(partial + d):
            return d


def card(prefix, length=16, groups=(4, 4, 4, 4), sep=" "):
    body = prefix + t(length - len(prefix) - 1, DIG)
    num = body + luhn_digit(body)
    if not groups:
        return num
    out, i = [], 0
    for g in groups:
        out.append(num[i:i + g])
        i += g
    return sep.join(out)


def iban(cc, bban, spaced=True):
    n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    s = "%s%02d%s" % (cc, 98 - n % 97, bban)
    assert iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


# ---------------------------------------------------------------- national ids (check digits computed)

def pesel(y, mo, d, ser4):
    s = "%02d%02d%02d%s" % (y % 100, mo + (20 if y >= 2000 else 0), d, ser4)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(a) * b for a, b in zip(s, w)) % 10) % 10)


def personnummer(y, mo, d, ser3, sep="-", century=False):
    b = "%02d%02d%02d%s" % (y % 100, mo, d, ser3)
    c = luhn_digit(b)
    return ("%02d" % (y // 100) if century else "") + b[:6] + sep + b[6:] + c


def hetu(d, mo, y, ser3):
    n = int("%02d%02d%02d%s" % (d, mo, y % 100, ser3))
    return "%02d%02d%02d%s%s%s" % (d, mo, y % 100, "-" if y < 2000 else "A", ser3,
                                   "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31])


def cpr(d, mo, y, start=1000, sep="-"):
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    base = "%02d%02d%02d" % (d, mo, y % 100)
    for s in range(start, 10000):
        v = base + "%04d" % s
        if sum(int(a) * b for a, b in zip(v, w)) % 11 == 0:
            return base + sep + "%04d" % s


def fnr(d, mo, y, ind=100):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    for i in range(ind, 1000):
        b = "%02d%02d%02d%03d" % (d, mo, y % 100, i)
        k1 = 11 - sum(int(a) * c for a, c in zip(b, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b += str(k1)
        k2 = 11 - sum(int(a) * c for a, c in zip(b, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b + str(k2)


def tckn(first9):
    d = [int(c) for c in first9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    return first9 + str(d10) + str((sum(d) + d10) % 10)


def cnp(s, y, mo, d, county, nnn):
    b = "%d%02d%02d%02d%02d%03d" % (s, y % 100, mo, d, county, nnn)
    c = sum(int(a) * int(w) for a, w in zip(b, "279146358279")) % 11
    return b + ("1" if c == 10 else str(c))


def bsn(first8):
    for k in range(100):
        f = "%08d" % (int(first8) + k)
        for c in range(10):
            v = f + str(c)
            if (sum(int(v[i]) * (9 - i) for i in range(8)) - int(v[8])) % 11 == 0:
                return v


def nir(sex, yy, mm, dept, commune, order):
    b = "%d%02d%02d%s%03d%03d" % (sex, yy, mm, dept, commune, order)
    return " ".join([b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], "%02d" % (97 - int(b) % 97)])


def cpf(n9, fmt=True):
    d = [int(c) for c in n9]
    d1 = (sum(a * b for a, b in zip(d, range(10, 1, -1))) * 10 % 11) % 10
    d2 = (sum(a * b for a, b in zip(d + [d1], range(11, 1, -1))) * 10 % 11) % 10
    return "%s.%s.%s-%d%d" % (n9[:3], n9[3:6], n9[6:], d1, d2) if fmt else n9 + "%d%d" % (d1, d2)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(n11):
    c = 0
    for i, ch in enumerate(reversed(n11)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    v = n11 + str(_VINV[c])
    c = 0
    for i, ch in enumerate(reversed(v)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    assert c == 0
    return "%s %s %s" % (v[:4], v[4:8], v[8:])


def nhs(n9, sep=" "):
    for k in range(100):
        f = "%09d" % (int(n9) + k)
        s = sum(int(c) * w for c, w in zip(f, range(10, 1, -1)))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        if c != 10:
            v = f + str(c)
            return sep.join([v[:3], v[3:6], v[6:]])


def sin(n8, sep=" "):
    v = n8 + luhn_digit(n8)
    return sep.join([v[:3], v[3:6], v[6:]])


def tfn(n8):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    for k in range(100):
        f = "%08d" % (int(n8) + k)
        for c in range(10):
            v = f + str(c)
            if sum(int(a) * b for a, b in zip(v, w)) % 11 == 0:
                return "%s %s %s" % (v[:3], v[3:6], v[6:])


_DNI = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(n8):
    return n8 + _DNI[int(n8) % 23]


def nie(pref, n7):
    return pref + n7 + _DNI[int(str("XYZ".index(pref)) + n7) % 23]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23]))


def cf(s15):
    tot = 0
    for i, ch in enumerate(s15):
        tot += _CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return s15 + chr(65 + tot % 26)


def cn_id(b17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b17 + "10X98765432"[sum(int(a) * b for a, b in zip(b17, w)) % 11]


def rrn(yymmdd, s, rest5):
    b = yymmdd + str(s) + rest5
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return yymmdd + "-" + str(s) + rest5 + str((11 - sum(int(a) * c for a, c in zip(b, w)) % 11) % 10)


def thai_id(b12):
    c = (11 - sum(int(b12[i]) * (13 - i) for i in range(12)) % 11) % 10
    v = b12 + str(c)
    return "%s-%s-%s-%s-%s" % (v[0], v[1:5], v[5:10], v[10:12], v[12])


def il_id(n8):
    return n8 + luhn_digit(n8)


def amka(ddmmyy, n4):
    b = ddmmyy + n4
    return b + luhn_digit(b)


def snils(n9):
    s = sum(int(c) * w for c, w in zip(n9, range(9, 0, -1)))
    if s < 100:
        c = s
    elif s in (100, 101):
        c = 0
    else:
        c = s % 101
        c = 0 if c == 100 else c
    return "%s-%s-%s %02d" % (n9[:3], n9[3:6], n9[6:], c)


def inn12(n10):
    w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    c1 = sum(int(a) * b for a, b in zip(n10, w1)) % 11 % 10
    s = n10 + str(c1)
    w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
    return s + str(sum(int(a) * b for a, b in zip(s, w2)) % 11 % 10)


def rnokpp(y, mo, d, ser4):
    b = "%05d%s" % ((datetime.date(y, mo, d) - datetime.date(1899, 12, 31)).days, ser4)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return b + str(sum(int(a) * c for a, c in zip(b, w)) % 11 % 10)


def rrn_be(y, mo, d, ser3):
    b = "%02d%02d%02d%s" % (y % 100, mo, d, ser3)
    c = 97 - (int(("2" if y >= 2000 else "") + b) % 97)
    return "%s.%s.%s-%s.%02d" % (b[:2], b[2:4], b[4:6], b[6:], c)


def nif_pt(n8):
    s = sum(int(c) * w for c, w in zip(n8, range(9, 1, -1)))
    c = 11 - s % 11
    return n8 + str(0 if c >= 10 else c)


def mynumber(n11):
    s = 0
    for i, ch in enumerate(reversed(n11)):
        n = i + 1
        s += int(ch) * (n + 1 if n <= 6 else n - 5)
    r = s % 11
    v = n11 + str(0 if r <= 1 else 11 - r)
    return "%s %s %s" % (v[:4], v[4:8], v[8:])


def taj(n8, sep=" "):
    s = sum(int(c) * (3 if i % 2 == 0 else 7) for i, c in enumerate(n8))
    v = n8 + str(s % 10)
    return sep.join([v[:3], v[3:6], v[6:]])


def ado_hu(y, mo, d, ser3):
    b = "8%05d%s" % ((datetime.date(y, mo, d) - datetime.date(1867, 1, 1)).days, ser3)
    c = sum(int(a) * (i + 1) for i, a in enumerate(b)) % 11
    assert c != 10
    return b + str(c)


def nric(pref, n7):
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(a) * b for a, b in zip(n7, w)) + (4 if pref in "TG" else 0)
    return pref + n7 + ("JZIHGFEDCBA" if pref in "ST" else "XWUTRQPNMLK")[s % 11]


def rc(y, mo, d, female, ser3):
    b = "%02d%02d%02d%s" % (y % 100, mo + (50 if female else 0), d, ser3)
    c = int(b) % 11
    v = b + str(0 if c == 10 else c)
    return v[:6] + "/" + v[6:]


def ppsn(n7):
    s = sum(int(c) * w for c, w in zip(n7, range(8, 1, -1))) % 23
    return n7 + ("W" if s == 0 else chr(64 + s))


def ahv(n9):
    b = "756" + n9
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(b))
    v = b + str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (v[:3], v[3:7], v[7:11], v[11:])


def svnr_at(n3, ddmmyy):
    w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    digits = n3 + ddmmyy
    c = sum(int(a) * b for a, b in zip(digits, w)) % 11
    assert c != 10
    return n3 + str(c) + " " + ddmmyy


# ================================================================ English, with personal data

pos("ticket", "en", r"""
Ticket #SR-284113  |  Priority: P2  |  Queue: Billing & Accounts
Opened: 2024-03-11 09:42 UTC via web form

Requester: <<N|Priya Raghunathan>> <<<E|priya.raghunathan@outlook.com>>>
Phone on file: <<P|+1 (617) 284-0196>> -- customer says this number is outdated, new mobile is <<P|+1 617 902 4471>>
Account ID: ACC-0091723 (business plan, 14 seats)

Description (customer):
Hi, I was charged twice for the March renewal (invoices INV-2024-03-0117 and INV-2024-03-0118).
I only have one subscription. Can you refund the duplicate? I logged in from my home office
yesterday and the billing page just spun forever.

Internal note (L1):
Login audit shows two sessions on 2024-03-10 from <<IP|73.142.18.209>> (Comcast, Somerville MA) and
one from <<IP|10.40.7.112>> (VPN pool). Duplicate charge confirmed in Stripe dashboard,
card ending 4417 (we do not see the full PAN). Refund of USD 588.00 issued, ref re_3OtN7b.

Reply sent:
Hi <<N|Priya>>,
thanks for your patience. The duplicate charge has been refunded and should show on your
statement within 5-10 business days. The billing page bug is tracked under ENG-5521.
Best regards,
<<N|Tomasz Weller>>
Customer Success, Billing
""")

pos("email", "en", r"""
From: <<N|Declan Ashworth>> <<<E|d.ashworth@harrowgate-legal.co.uk>>>
To: <<N|Fiona McAllister>> <<<E|fiona.mcallister77@gmail.com>>>
Subject: RE: Completion date and ID documents
Date: Thu, 14 Nov 2024 16:05:12 +0000

Dear <<N|Fiona>>,

Thank you for sending the documents. For the AML check we still need a certified copy of your
passport; the number you gave on the phone (<<ID|551904728>>) does not match the scan, which shows
<<ID|551904278>> - probably just a transposition, but please confirm.

Completion is scheduled for 29 November. The keys will be released by the agent in Harrogate.

Kind regards

<<N|Declan Ashworth>>
Associate Solicitor | Harrowgate Legal LLP
Direct dial: <<P|01423 718 204>> | Mobile: <<P|07841 336 920>>
Switchboard: 0345 600 1200

-----Original Message-----
From: <<N|Fiona McAllister>> <<<E|fiona.mcallister77@gmail.com>>>
Sent: 13 November 2024 21:47
Subject: Completion date and ID documents

Hi <<N|Declan>>, attached are the scans. My new address from next month will be

<<A|Flat 3>>
<<A|41 Cold Bath Road>>
<<A|Harrogate>>
<<A|HG2 0NF>>

and my National Insurance number is <<ID|JR 53 81 27 C>>. Let me know if you need anything else.
<<N|Fiona>>
""")

pos("chat", "en", r"""
#infra-oncall  (Slack export, 2024-05-02)

[09:12] <<N|Marcus Oyelaran>>: morning. prod-db-2 failover alarm fired at 06:40, anyone on it?
[09:13] <<N|Hanna Kowalczyk>>: yep, I'm looking. replica lag was 9 min
[09:15] <<N|Marcus Oyelaran>>: ok. <<N|hanna>> can you check whether the reporting user still works after the switch?
[09:17] <<N|Hanna Kowalczyk>>: reporting user is fine. btw the new admin pw for the pg console is <<K|Tr4ml1ne!Quokka_88>> until we move it to vault
[09:17] <<N|Marcus Oyelaran>>: 😬 please don't paste that here
[09:18] <<N|Hanna Kowalczyk>>: sorry, rotating now. <<N|raj>> can you update the runbook?
[09:21] <<N|Rajesh Iyer>>: @hanna.k done, runbook says "see vault path secret/prod/pg-admin"
[09:22] <<N|Marcus Oyelaran>>: thanks both. postmortem at 14:00, <<N|Hanna>> to lead
[09:40] Slackbot: Reminder: the #infra-oncall rotation changes on Monday.
""")

pos("chat", "en", r"""
[Microsoft Teams – Chat with Leila Haddad]
Leila Haddad 10:03
hey, the staging deploy is failing on the DB migration step, can you have a look?

Gareth Pryce 10:05
sure, which connection string is it using?

Leila Haddad 10:06
this one from the pipeline vars:
Server=tcp:sql-stg-weu.database.windows.net,1433;Initial Catalog=orders;User ID=migrator;Password=<<K|Vd9#pQ2m!xR7wLz4>>;Encrypt=True;

Gareth Pryce 10:09
the password is right but the firewall blocks the build agent. Agent IP is <<IP|20.86.131.47>>, I'll add a rule

Leila Haddad 10:10
thanks Gareth 🙏
""".replace("[Microsoft Teams – Chat with Leila Haddad]", "[Microsoft Teams – Chat with <<N|Leila Haddad>>]")
   .replace("Leila Haddad 10:", "<<N|Leila Haddad>> 10:").replace("Gareth Pryce 10:", "<<N|Gareth Pryce>> 10:")
   .replace("thanks Gareth", "thanks <<N|Gareth>>"))

V["c_ellie"] = card("4658")
pos("chat", "en", r"""
WhatsApp Chat with Kitchen Table 🏡

12/06/2024, 18:02 - <<N|Ellie>>: Mum's 60th is on the 22nd!! who's doing the cake
12/06/2024, 18:04 - <<N|Josh Penhaligon>>: I'll order it. Delivery address is still <<A|27 Trelawney Road, Falmouth TR11 3LP>> right?
12/06/2024, 18:04 - Mum: yes love
12/06/2024, 18:05 - <<N|Ellie>>: Josh use my card, I owe you anyway: <<C|@@c_ellie@@>> exp 09/27, the code is on the back of the fridge lol
12/06/2024, 18:06 - <<N|Josh Penhaligon>>: 😂 not putting the CVV in here. Ellie delete that
12/06/2024, 18:07 - <<N|Ellie>>: This message was deleted
12/06/2024, 18:10 - Dad: Can someone call Auntie <<N|Bev>> on <<P|07922 418 305>>, she doesn't do WhatsApp
12/06/2024, 18:11 - <<N|Josh Penhaligon>>: on it
""".replace("Josh use my card", "<<N|Josh>> use my card").replace("CVV in here. Ellie delete", "CVV in here. <<N|Ellie>> delete"))

V["discord_bot"] = base64.b64encode(b"1184392017745602611").decode().rstrip("=") + "." + t(6, URLS) + "." + t(38, URLS)
pos("chat", "en", r"""
Discord — server "Pixel Forge Devs" — #bot-dev
────────────────────────────────────────
<<N|Noah Lindgren>> — Today at 21:14
ok the bot finally connects. for anyone who wants to run it locally:
```
DISCORD_TOKEN=<<K|@@discord_bot@@>>
GUILD_ID=902118347751018496
```
<<N|Amara Chukwu>> — Today at 21:15
<<N|noah>> that's the real token lol. reset it in the dev portal
<<N|Noah Lindgren>> — Today at 21:16
ugh. resetting. the guild id is fine to share though right
<<N|Amara Chukwu>> — Today at 21:16
yeah guild ids are public. token no
Pixel Forge Bot — Today at 21:19
⚠️ Bot disconnected: 401 Unauthorized (token was regenerated)
""")

pos("chat", "en", r"""
--- Log opened Tue Feb 06 19:00:02 2024
19:00 -!- cmorrow [~cmorrow@<<IP|86.14.201.77>>] has joined #selfhosted
19:01 <cmorrow> evening. anyone running nextcloud behind traefik with the aio image?
19:02 <bitflip> yes, what's broken
19:03 <cmorrow> the admin panel says my trusted_proxies are wrong. Callum here btw, we met at the meetup
19:04 <bitflip> hey <<N|Callum>>. paste your config (without passwords!)
19:06 <cmorrow> https://paste.sr.ht/~cm/8a1f2c  (redacted the db pw)
19:07 -!- dvasquez [~dv@<<IP|2a02:c7c:5e21:4b00:915f:3a2e:77c1:e0d8>>] has joined #selfhosted
19:08 <bitflip> you need the docker network range, 172.18.0.0/16, not the host ip
19:10 <cmorrow> that fixed it, cheers
19:15 -!- cmorrow [~cmorrow@<<IP|86.14.201.77>>] has quit [Quit: Leaving]
""".replace("Callum here btw", "<<N|Callum>> here btw"))

pos("csv", "en", r"""
customer_id,first_name,last_name,email,phone,date_of_birth,address,loyalty_tier,signup_date
100231,<<N|Ravinder>>,<<N|Sandhu>>,<<E|ravi.sandhu@btinternet.com>>,<<P|07712 409 883>>,<<D|1984-07-19>>,"<<A|14 Ashby Road, Loughborough LE11 3AA>>",gold,2019-03-02
100232,<<N|Morgan>>,<<N|Blackwood-Hale>>,<<E|morganbh@icloud.com>>,<<P|+44 7403 551 290>>,<<D|1991-12-03>>,"<<A|Flat 9, 102 Kingsland Road, London E2 8DP>>",silver,2020-11-17
100233,<<N|Aisling>>,<<N|Ní Bhriain>>,<<E|aisling.nibhriain@eircom.net>>,<<P|+353 87 664 2190>>,<<D|1979-02-28>>,"<<A|6 Meadowbrook Lawn, Naas, Co. Kildare W91 T2X4>>",bronze,2021-06-05
100234,<<N|Oluwaseun>>,<<N|Adebayo>>,<<E|seun.adebayo@yahoo.co.uk>>,<<P|07956 120 447>>,<<D|2001-05-11>>,"<<A|33 Victoria Street, Bristol BS1 6AA>>",gold,2022-01-29
100235,<<N|Catriona>>,<<N|Urquhart>>,<<E|c.urquhart@proton.me>>,,<<D|1968-10-24>>,"<<A|Birchwood Cottage, Glen Road, Inverness IV2 6BP>>",silver,2023-08-14
""")

pos("csv", "en", r"""
-- page 3 of 7 | export: members_full.csv | generated 2024-09-30 02:00 by cron@reports-01
2041;<<N|HOLLOWAY>>;<<N|Brendan>>;<<D|14/08/1976>>;M;<<A|88 Quarry Lane>>;Sheffield;S11 9EH;<<P|0114 296 3310>>;ACTIVE
2042;<<N|OKONKWO>>;<<N|Ifeoma>>;<<D|02/01/1993>>;F;<<A|Apartment 12, Brindley House>>;Birmingham;B1 2NE;<<P|07480 662 915>>;ACTIVE
2043;<<N|DE SOUZA>>;<<N|Matheus>>;<<D|30/11/1988>>;M;<<A|5 Kelvin Grove>>;Glasgow;G3 7RZ;;LAPSED
2044;<<N|VAN DER BERG>>;<<N|Anouk>>;<<D|21/06/1999>>;F;<<A|17 Osborne Terrace>>;Newcastle;NE2 1NE;<<P|+31 6 4172 9083>>;ACTIVE
2045;<<N|PRZYBYLSKI>>;<<N|Kamil>>;<<D|07/03/1985>>;M;<<A|240 Wilmslow Road>>;Manchester;M14 6LT;<<P|07391 004 812>>;FROZEN
2046;<<N|McGRATH>>;<<N|Siobhan>>;<<D|19/09/1972>>;F;<<A|2 Church View>>;Dungannon;BT71 6AR;<<P|028 8772 5140>>;ACTIVE
""")

V["nhs1"] = nhs("401237865")
V["nhs2"] = nhs("463018492")
V["nhs3"] = nhs("720455913")
pos("sql", "en", r"""
-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: <<IP|10.12.0.5>>    Database: clinic_prod
-- ------------------------------------------------------
LOCK TABLES `patients` WRITE;
/*!40000 ALTER TABLE `patients` DISABLE KEYS */;
INSERT INTO `patients` (`id`,`nhs_number`,`surname`,`forename`,`dob`,`postcode`,`mobile`,`gp_practice`,`created_at`) VALUES
(5501,'@@nhs1@@','<<N|Thornbury>>','<<N|Gwendolyn>>','<<D|1947-04-02>>','CF14 4XW','<<P|07700 311 482>>','W97021','2021-02-11 10:14:00'),
(5502,'@@nhs2@@','<<N|Achterberg>>','<<N|Pieter>>','<<D|1962-11-30>>','CF5 1QE','<<P|02920 573 118>>','W97021','2021-02-11 10:19:41'),
(5503,'@@nhs3@@','<<N|Rahman>>','<<N|Nusrat>>','<<D|1990-08-15>>','CF24 3DG',NULL,'W97044','2021-02-12 08:02:17');
/*!40000 ALTER TABLE `patients` ENABLE KEYS */;
UNLOCK TABLES;
""".replace("'@@nhs1@@'", "'<<ID|@@nhs1@@>>'").replace("'@@nhs2@@'", "'<<ID|@@nhs2@@>>'").replace("'@@nhs3@@'", "'<<ID|@@nhs3@@>>'"))

V["ssn_json"] = "529-74-3186"
pos("json", "en", r"""
GET /api/v2/applicants/APP-77310 HTTP/1.1  ->  200 OK
{
  "applicantId": "APP-77310",
  "status": "UNDERWRITING",
  "primary": {
    "firstName": "<<N|Delphine>>",
    "lastName": "<<N|Okafor-Reyes>>",
    "dateOfBirth": "<<D|1987-09-04>>",
    "ssn": "<<S|529-74-3186>>",
    "email": "<<E|delphine.okaforreyes@gmail.com>>",
    "phones": [{"type": "mobile", "number": "<<P|(512) 736-0924>>"}],
    "address": {"line1": "<<A|4410 Ridgeview Terrace Apt 12B>>", "city": "Austin", "state": "TX", "zip": "78731"}
  },
  "coApplicant": {
    "firstName": "<<N|Marco>>",
    "lastName": "<<N|Reyes>>",
    "dateOfBirth": "<<D|1985-01-22>>",
    "ssn": "<<S|611-20-8457>>"
  },
  "loan": {"amount": 385000, "termMonths": 360, "product": "30Y-FIXED"},
  "createdAt": "2024-06-18T14:02:55Z",
  "requestId": "9f1c2b7e-41d0-4c55-9a8e-2cb3e1f06a77"
}
""")

V["jwt_secret_yml"] = t(64, AL)
V["mail_pw_yml"] = "Wy7!kq" + t(10, AL)
pos("yaml", "en", r"""
# src/main/resources/application-prod.yml  (committed by mistake in 3f2a91c, see SEC-412)
server:
  port: 8443
spring:
  datasource:
    url: jdbc:postgresql://pg-prod.internal:5432/ledger
    username: ledger_app
    password: <<K|N0rth-Star#Ledger2024>>
  mail:
    host: smtp.office365.com
    port: 587
    username: notifications@ledgerline.io
    password: <<K|@@mail_pw_yml@@>>
  security:
    oauth2:
      client:
        registration:
          azure:
            client-id: 4c8e1f27-90ab-4d3e-b6a1-7e2f90c3d154
            client-secret: <<K|Qx78Q~Wf2pLr.8vJm3nT_kZc9yHs1dAeBu0tG4wR>>
app:
  jwt:
    secret: <<K|@@jwt_secret_yml@@>>
    expiry-minutes: 30
  feature-flags:
    new-ledger-ui: false
logging:
  level:
    root: INFO
""")

V["sin1"] = sin("51948327", " ")
V["sin2"] = sin("62071145", " ")
pos("xml", "en", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- HRIS outbound feed, batch 2024-07-01, target: PayrollCo CA -->
<Employees batch="HR-CA-20240701" count="2">
  <Employee id="E10441">
    <GivenName><<N|Mélanie>></GivenName>
    <FamilyName><<N|Tremblay-Ouellet>></FamilyName>
    <BirthDate><<D|1990-03-27>></BirthDate>
    <SIN><<ID|@@sin1@@>></SIN>
    <HomeAddress>
      <Street><<A|218 rue Saint-Joseph Est, app. 4>></Street>
      <City>Québec</City><Province>QC</Province><PostalCode>G1K 3A9</PostalCode>
    </HomeAddress>
    <HireDate>2021-09-13</HireDate>
    <Phone><<P|418-555-7730>></Phone>
  </Employee>
  <Employee id="E10442">
    <GivenName><<N|Harjit>></GivenName>
    <FamilyName><<N|Gill>></FamilyName>
    <BirthDate><<D|1978-12-09>></BirthDate>
    <SIN><<ID|@@sin2@@>></SIN>
    <HomeAddress>
      <Street><<A|77 Bramalea Road, Unit 1904>></Street>
      <City>Brampton</City><Province>ON</Province><PostalCode>L6T 2W4</PostalCode>
    </HomeAddress>
    <HireDate>2016-02-01</HireDate>
    <Phone><<P|+1 905 451 2288>></Phone>
  </Employee>
</Employees>
""".replace("418-555-7730", "418-529-7730"))

pos("report", "en", r"""
ACME FREIGHT LTD                      PAYROLL REGISTER - PERIOD 2024-11                          PAGE   4
EMP NO  NAME                       SSN          DOB         DEPT  GROSS      FED TAX   STATE   NET
------  -------------------------  -----------  ----------  ----  ---------  --------  ------  ---------
004471  <<N|KRAMER, DOUGLAS P>>          <<S|403-61-9928>>  <<D|03/14/1969>>  WH02   4,812.50    611.20  204.10   3,612.44
004472  <<N|NGUYEN, THANH-HUONG>>        <<S|587-22-0413>>  <<D|11/30/1994>>  WH02   3,950.00    402.75  166.30   3,108.19
004480  <<N|ABERNATHY, ROSALIND>>        <<S|216-48-7730>>  <<D|07/07/1981>>  ADM1   6,200.00    934.00  262.80   4,489.61
004493  <<N|OSEI-BONSU, KWAME>>          <<S|442 91 6605>>  <<D|01/19/1990>>  TRK7   5,105.25    688.40  215.00   3,840.07
------  -------------------------  -----------  ----------  ----  ---------  --------  ------  ---------
                                                               TOTAL     20,067.75  2,636.35  848.20  15,050.31
*** CONFIDENTIAL - CONTAINS SSN - DO NOT EMAIL ***
""")

pos("log", "en", r"""
<<IP|81.107.44.219>> - - [02/Oct/2024:11:20:41 +0000] "GET /account/reset-password?email=<<E|t.vasquez.rivera@gmail.com>>&token=<<K|7f3c9a1be24d48c6a0b51e9d2f77c4e8>> HTTP/2.0" 200 3411 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)"
<<IP|81.107.44.219>> - - [02/Oct/2024:11:21:03 +0000] "POST /account/reset-password HTTP/2.0" 302 0 "https://app.brightledger.io/account/reset-password" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)"
127.0.0.1 - - [02/Oct/2024:11:21:05 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
<<IP|2a01:4b00:8e3f:1d00:b9c2:61aa:4e07:2f19>> - - [02/Oct/2024:11:22:17 +0000] "GET /static/app.8c1e2f.js HTTP/2.0" 200 184220 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
<<IP|10.0.3.58>> - svc-monitor [02/Oct/2024:11:22:30 +0000] "GET /metrics HTTP/1.1" 200 9123 "-" "Prometheus/2.51.0"
<<IP|185.220.101.34>> - - [02/Oct/2024:11:23:48 +0000] "GET /.env HTTP/1.1" 404 153 "-" "python-requests/2.31.0"
""")

pos("log", "en", r"""
Mar  4 03:12:09 bastion-1 sshd[21844]: Invalid user admin from <<IP|45.134.26.117>> port 50124
Mar  4 03:12:11 bastion-1 sshd[21844]: Failed password for invalid user admin from <<IP|45.134.26.117>> port 50124 ssh2
Mar  4 03:12:14 bastion-1 sshd[21851]: Failed password for root from <<IP|218.92.0.76>> port 33610 ssh2
Mar  4 08:47:55 bastion-1 sshd[22310]: Accepted publickey for ewatanabe from <<IP|10.20.14.33>> port 61022 ssh2: ED25519 SHA256:q4W8c1l0NvYhZ3k2r8fJm5tX7bA9eD6uS1oP0iL2gHs
Mar  4 08:47:55 bastion-1 sshd[22310]: pam_unix(sshd:session): session opened for user ewatanabe(uid=1004) by (uid=0)
Mar  4 09:02:31 bastion-1 sudo: ewatanabe : TTY=pts/0 ; PWD=/home/ewatanabe ; USER=root ; COMMAND=/usr/bin/systemctl restart haproxy
Mar  4 09:15:40 bastion-1 sshd[22498]: Failed password for mfitzgerald from <<IP|92.40.197.12>> port 44871 ssh2
Mar  4 09:15:52 bastion-1 sshd[22498]: Accepted password for mfitzgerald from <<IP|92.40.197.12>> port 44871 ssh2
Mar  4 09:16:03 bastion-1 sshd[22498]: pam_unix(sshd:session): session opened for user mfitzgerald(uid=1011) by (uid=0)
""")

pos("log", "en", r"""
Jun 17 14:03:22 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=<<MAC|52:54:00:3a:91:c7>>:<<MAC|00:1b:21:8e:4f:d2>>:08:00 SRC=<<IP|89.248.165.52>> DST=<<IP|172.16.4.10>> LEN=44 TOS=0x00 PREC=0x00 TTL=243 ID=54321 PROTO=TCP SPT=49152 DPT=3389 WINDOW=1024 RES=0x00 SYN URGP=0
Jun 17 14:03:25 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=<<MAC|52:54:00:3a:91:c7>>:<<MAC|00:1b:21:8e:4f:d2>>:08:00 SRC=<<IP|193.163.125.88>> DST=<<IP|172.16.4.10>> LEN=40 TOS=0x00 PREC=0x00 TTL=247 ID=2211 PROTO=TCP SPT=61002 DPT=23 WINDOW=65535 RES=0x00 SYN URGP=0
Jun 17 14:05:01 fw01 kernel: [UFW ALLOW] IN=eth1 OUT=eth0 MAC=<<MAC|52:54:00:3a:91:c8>>:<<MAC|e4:5f:01:9b:22:3a>>:08:00 SRC=<<IP|172.16.9.41>> DST=<<IP|140.82.121.4>> LEN=60 TOS=0x00 PREC=0x00 TTL=63 ID=40112 DF PROTO=TCP SPT=53870 DPT=443 WINDOW=64240 RES=0x00 SYN URGP=0
""")

pos("log", "en", r"""
Sep 09 07:58:12 gw-home dnsmasq-dhcp[1187]: DHCPDISCOVER(br-lan) <<MAC|3c:22:fb:8e:41:07>>
Sep 09 07:58:12 gw-home dnsmasq-dhcp[1187]: DHCPOFFER(br-lan) <<IP|192.168.8.147>> <<MAC|3c:22:fb:8e:41:07>>
Sep 09 07:58:12 gw-home dnsmasq-dhcp[1187]: DHCPREQUEST(br-lan) <<IP|192.168.8.147>> <<MAC|3c:22:fb:8e:41:07>>
Sep 09 07:58:12 gw-home dnsmasq-dhcp[1187]: DHCPACK(br-lan) <<IP|192.168.8.147>> <<MAC|3c:22:fb:8e:41:07>> Aoifes-MacBook-Air
Sep 09 08:14:40 gw-home dnsmasq-dhcp[1187]: DHCPREQUEST(br-lan) <<IP|192.168.8.162>> <<MAC|D8-3A-DD-19-7C-E2>>
Sep 09 08:14:40 gw-home dnsmasq-dhcp[1187]: DHCPACK(br-lan) <<IP|192.168.8.162>> <<MAC|D8-3A-DD-19-7C-E2>> raspberrypi-garage
Sep 09 08:30:02 gw-home dnsmasq-dhcp[1187]: DHCPINFORM(br-lan) <<IP|192.168.8.20>> <<MAC|b0:be:76:4a:09:f1>>
Sep 09 08:30:02 gw-home dnsmasq-dhcp[1187]: DHCPACK(br-lan) <<IP|192.168.8.20>> <<MAC|b0:be:76:4a:09:f1>> Galaxy-Tab-S8-Tadhg
Sep 09 09:00:00 gw-home dnsmasq-dhcp[1187]: 6 available DHCP range: 192.168.8.100 -- 192.168.8.249
""")

pos("log", "en", r"""
2024-08-21 22:41:07 us=512003 <<IP|86.176.52.14>>:51820 TLS: Initial packet from [AF_INET]<<IP|86.176.52.14>>:51820, sid=9e3a1c4f 7b20d6e1
2024-08-21 22:41:08 us=730118 <<IP|86.176.52.14>>:51820 VERIFY OK: depth=0, CN=r.mbeki-laptop
2024-08-21 22:41:08 us=901442 <<IP|86.176.52.14>>:51820 [r.mbeki-laptop] Peer Connection Initiated with [AF_INET]<<IP|86.176.52.14>>:51820
2024-08-21 22:41:09 us=002871 r.mbeki-laptop/<<IP|86.176.52.14>>:51820 MULTI_sva: pool returned IPv4=<<IP|10.8.0.14>>, IPv6=(Not enabled)
2024-08-21 22:41:09 us=118205 r.mbeki-laptop/<<IP|86.176.52.14>>:51820 SENT CONTROL [r.mbeki-laptop]: 'PUSH_REPLY,route 10.20.0.0 255.255.0.0,dhcp-option DNS 10.20.0.2,ifconfig 10.8.0.14 255.255.255.0' (status=1)
2024-08-21 23:58:44 us=401923 r.mbeki-laptop/<<IP|86.176.52.14>>:51820 [r.mbeki-laptop] Inactivity timeout (--ping-restart), restarting
2024-08-21 23:58:44 us=402010 r.mbeki-laptop/<<IP|86.176.52.14>>:51820 SIGUSR1[soft,ping-restart] received, client-instance restarting
""".replace("ifconfig 10.8.0.14 255", "ifconfig <<IP|10.8.0.14>> 255").replace("dhcp-option DNS 10.20.0.2,", "dhcp-option DNS <<IP|10.20.0.2>>,"))

V["stripe_live"] = "sk_live_51" + t(97, AL)
V["stripe_whsec"] = "whsec_" + t(32, AL)
V["sendgrid"] = "SG." + t(22, URLS) + "." + t(43, URLS)
V["sentry_tok"] = "sntrys_" + t(60, AL)
pos("config", "en", r"""
# .env  — production (DO NOT COMMIT)  — last edited by deploy script 2024-04-02
NODE_ENV=production
PORT=3000
DATABASE_URL=<<U|postgresql://shopfront:Lr8v!2QmZk@db-prod-01.c9xk2l.eu-west-2.rds.amazonaws.com:5432/shopfront>>
REDIS_URL=<<U|redis://:h7G2nQ4xWp9sK1@cache-prod.shopfront.internal:6379/0>>
STRIPE_SECRET_KEY=<<K|@@stripe_live@@>>
STRIPE_WEBHOOK_SECRET=<<K|@@stripe_whsec@@>>
SENDGRID_API_KEY=<<K|@@sendgrid@@>>
SENTRY_AUTH_TOKEN=<<K|@@sentry_tok@@>>
SESSION_SECRET=<<K|c2f0e8b14a7d4b9e8f61a3d07c5e2b94>>
ADMIN_EMAIL=ops@shopfront.co.uk
FEATURE_CHECKOUT_V2=true
LOG_LEVEL=info
""")

V["gh_ci"] = "ghp_" + t(36, AL)
pos("config", "en", r"""
version: "3.9"
services:
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: wiki
      POSTGRES_PASSWORD: <<K|Kettle-Harbour-71!>>
      POSTGRES_DB: wikijs
    volumes:
      - ./data/pg:/var/lib/postgresql/data
  wiki:
    image: ghcr.io/requarks/wiki:2.5
    depends_on: [db]
    environment:
      DB_TYPE: postgres
      DB_HOST: db
      DB_PORT: 5432
      DB_USER: wiki
      DB_PASS: <<K|Kettle-Harbour-71!>>
      DB_NAME: wikijs
    ports:
      - "80:3000"
  backup:
    image: ghcr.io/example-org/pg-backup:1.4.0
    environment:
      GITHUB_TOKEN: <<K|@@gh_ci@@>>
      BACKUP_REPO: https://github.com/nadiaferreira/wiki-backups
      PGPASSWORD: <<K|Kettle-Harbour-71!>>
    restart: unless-stopped
""")

V["k8s_pw"] = basic("Gl4cier#Pine-2024")[:-0 or None]
V["k8s_key"] = base64.b64encode(("sk-proj-" + t(48, AL)).encode()).decode()
V["k8s_user"] = basic("payments_rw")
pos("config", "en", r"""
apiVersion: v1
kind: Secret
metadata:
  name: payments-db
  namespace: payments
  labels:
    app.kubernetes.io/part-of: checkout
type: Opaque
data:
  username: <<K|@@k8s_user@@>>
  password: <<K|@@k8s_pw@@>>
  openai-api-key: <<K|@@k8s_key@@>>
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-api
  namespace: payments
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: api
          image: registry.internal/payments-api:2.14.1
          envFrom:
            - secretRef:
                name: payments-db
""")

V["aws_id_tf"] = "AKIA" + t(16, string.ascii_uppercase + "234567")
V["aws_sec_tf"] = t(40, AL + "/+")
V["do_tf"] = "dop_v1_" + t(64, HX)
pos("config", "en", r"""
# terraform.tfvars  -- personal sandbox of <<N|Ingrid Solheim>>, do not share
region              = "eu-north-1"
aws_access_key      = "<<K|@@aws_id_tf@@>>"
aws_secret_key      = "<<K|@@aws_sec_tf@@>>"
do_token            = "<<K|@@do_tf@@>>"
ssh_allowed_cidr    = "0.0.0.0/0"   # TODO tighten
admin_ip            = "<<IP|94.254.63.201>>"
owner_email         = "<<E|ingrid.solheim@nordbyte.no>>"
instance_type       = "t3.medium"
db_master_password  = "<<K|Fjord&Birch-9931>>"
tags = {
  Project = "sandbox"
  Owner   = "isolheim"
}
""")

pos("ticket", "en", r"""
JIRA OPS-3318 — Nightly export job failing since Monday
Reporter: <<N|Bartholomew Quaye>>   Assignee: <<N|Yusra Anwar>>   Labels: cron, backups

Description
The export runs as the backup user on reporting-03 and reads credentials from its home dir.
For reference, these are the files as they are on the box right now:

~backup/.netrc
  machine ftp.archive-partner.net
  login acme_exports
  password <<K|M4ple!Syrup_Export>>

~backup/.pgpass
  reporting-db.internal:5432:reports:<<K|report_reader:Qz7#nB2vLk9p>>
  *:5432:*:<<K|postgres:Sup3rUs3r!Winter>>

The second line should not exist at all. <<N|Yusra>>, can you remove it and rotate the postgres password?

Comment — <<N|Yusra Anwar>>:
Removed line 2, rotated both. Job re-ran OK at 02:10, exported 41,200 rows.
""")

pos("config", "en", r"""
# group_vars/mailservers.yml  (plain vars, the vault migration is ticket INF-77)
postfix_myhostname: mx1.brookfield-vet.co.uk
postfix_relayhost: "[smtp.mailrelay.net]:587"
postfix_sasl_user: brookfield-relay
postfix_sasl_password: "<<K|Terrier&Tabby#2024>>"
dovecot_admin_password: "<<K|Rx!8vetClinic-mail>>"
mail_users:
  - name: reception
    password: "<<K|Welcome2Brookfield!>>"
  - name: <<N|helen.oduya>>
    password: "<<K|Sh3ltie-Puppy-42>>"
    forward_to: "<<E|helen.oduya@gmail.com>>"
admin_contact: postmaster@brookfield-vet.co.uk
""".replace("  - name: <<N|helen.oduya>>", "  - name: helen.oduya"))

V["gh_log"] = "ghs_" + t(36, AL)
V["npm_log"] = "npm_" + t(36, AL)
pos("log", "en", r"""
2024-10-08T12:04:51.2206741Z ##[group]Run npm publish --access public
2024-10-08T12:04:51.2207433Z npm publish --access public
2024-10-08T12:04:51.2218010Z shell: /usr/bin/bash -e {0}
2024-10-08T12:04:51.2218402Z env:
2024-10-08T12:04:51.2218871Z   NODE_AUTH_TOKEN: ***
2024-10-08T12:04:51.2219330Z ##[endgroup]
2024-10-08T12:04:52.9012447Z npm notice Publishing to https://registry.npmjs.org/ with tag latest
2024-10-08T12:04:53.1170021Z npm verb config //registry.npmjs.org/:_authToken=<<K|@@npm_log@@>> (from NPM_CONFIG_USERCONFIG, base64 decoded by debug step)
2024-10-08T12:04:53.8842101Z npm ERR! code E403
2024-10-08T12:04:53.8843310Z npm ERR! 403 Forbidden - PUT https://registry.npmjs.org/@lumen-ui%2fcore - You cannot publish over the previously published versions: 3.2.0.
2024-10-08T12:04:54.0021877Z debug: git remote set-url origin https://x-access-token:@@gh_log@@@github.com/lumen-ui/core.git
2024-10-08T12:04:54.1102230Z ##[error]Process completed with exit code 1.
""".replace("https://x-access-token:@@gh_log@@@github.com/lumen-ui/core.git", "<<U|https://x-access-token:@@gh_log@@@github.com/lumen-ui/core.git>>"))

V["aws_id_sh"] = "AKIA" + t(16, string.ascii_uppercase + "234567")
V["aws_sec_sh"] = t(40, AL + "/+")
pos("shell", "en", r"""
$ history | tail -n 22
 1012  cd ~/projects/harbour-api
 1013  git pull --rebase
 1014  export AWS_ACCESS_KEY_ID=<<K|@@aws_id_sh@@>>
 1015  export AWS_SECRET_ACCESS_KEY=<<K|@@aws_sec_sh@@>>
 1016  aws s3 ls s3://harbour-api-artifacts/releases/ --region eu-west-1
 1017  curl -s -u <<K|deploy-bot:Wq9!harbour#release>> https://ci.harbour-api.dev/job/release/buildWithParameters?TAG=v4.2.0
 1018  mysql -h <<IP|10.31.2.18>> -u root -p'<<K|RootOnly#2023-Harbour>>' harbour -e "select count(*) from bookings"
 1019  ssh -i ~/.ssh/id_ed25519 ubuntu@<<IP|10.31.2.18>>
 1020  psql "<<U|postgres://analytics:Xk2p7Rw9Lm@10.31.2.40:5432/warehouse>>" -c '\dt'
 1021  docker login registry.harbour-api.dev -u ci -p <<K|7fb3e2a9c0d14f65b8e1a4d2c9f07e31>>
 1022  kubectl -n staging get pods
 1023  kubectl -n staging logs deploy/api --since=10m | grep -i error
 1024  vim ~/.aws/config
 1025  git log --oneline -5
 1026  history -c
""")

pos("trace", "en", r"""
2024-02-19 16:44:03.512 ERROR 1 --- [nio-8080-exec-7] o.h.engine.jdbc.spi.SqlExceptionHelper  : Connection refused
2024-02-19 16:44:03.519 ERROR 1 --- [nio-8080-exec-7] c.b.crm.web.GlobalExceptionHandler      : Unhandled exception for request POST /api/customers (user=<<E|k.achterberg@brightcrm.io>>, ip=<<IP|10.4.12.77>>)
org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection; nested exception is org.postgresql.util.PSQLException: Connection to pg-crm.internal:5432 refused.
  url=jdbc:postgresql://pg-crm.internal:5432/crm?user=crm_app&password=<<K|Cr4nberry-Sauce!77>>&ssl=true
	at org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)
	at org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:376)
	at com.brightcrm.customers.CustomerRepository.insert(CustomerRepository.java:112)
	at com.brightcrm.customers.CustomerService.create(CustomerService.java:58)
	at com.brightcrm.web.CustomerController.create(CustomerController.java:41)
Caused by: org.postgresql.util.PSQLException: Connection to pg-crm.internal:5432 refused. Check that the hostname and port are correct.
	at org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)
	... 48 common frames omitted
Request body: {"name":"<<N|Theodora Vance>>","email":"<<E|theo.vance@fastmail.com>>","phone":"<<P|+1 303 448 9172>>","segment":"SMB"}
""")

V["c_trace"] = card("5173", groups=None)
pos("trace", "en", r"""
Traceback (most recent call last):
  File "/srv/checkout/app/payments.py", line 214, in charge
    resp = gateway.authorize(amount=order.total, card=payload["card"])
  File "/srv/checkout/venv/lib/python3.11/site-packages/payflex/client.py", line 88, in authorize
    raise GatewayError(f"declined: {body['reason']}", payload=body)
payflex.errors.GatewayError: declined: do_not_honor
Locals at frame charge:
  order = <Order id=ORD-2024-118842 total=Decimal('149.90') currency='GBP'>
  payload = {'card': {'number': '<<C|@@c_trace@@>>', 'exp_month': 11, 'exp_year': 2027, 'cvc': '***'},
             'billing': {'name': '<<N|Rhiannon Pugh>>', 'line1': '<<A|9 Heol y Nant>>', 'city': 'Aberystwyth', 'postcode': 'SY23 1LE'},
             'email': '<<E|rhiannon.pugh@hotmail.co.uk>>', 'ip': '<<IP|31.94.18.203>>'}
  attempt = 2
[sentry] event 6a4f0e1c2b9d4f6aa0e3b7d5c1e8f902 captured (environment=production, release=checkout@5.8.3)
""")

pos("html", "en", r"""
<!-- saved from https://www.oakridge-dental.co.uk/admin/enquiries/4471 -->
<html><head><title>Enquiry #4471 – Oakridge Dental</title></head>
<body>
<h1>New patient enquiry</h1>
<table class="enquiry">
  <tr><th>Name</th><td><<N|Lucinda Farquharson>></td></tr>
  <tr><th>Date of birth</th><td><<D|12 May 1958>></td></tr>
  <tr><th>Email</th><td><a href="mailto:lucinda.farquharson@btopenworld.com"><<E|lucinda.farquharson@btopenworld.com>></a></td></tr>
  <tr><th>Telephone</th><td><<P|01865 552 907>></td></tr>
  <tr><th>Address</th><td><<A|The Old Forge, 3 Mill Lane, Kidlington OX5 2EJ>></td></tr>
  <tr><th>Message</th><td>I have a cracked crown (upper left) and would like the earliest appointment. I am
  nervous about injections, my previous dentist Dr <<N|Ashok Menon>> used numbing gel first.</td></tr>
  <tr><th>Submitted from</th><td><<IP|2a00:23c7:9e1a:8801:5d2c:3ff1:a0b4:6e19>></td></tr>
</table>
<p class="footer">Oakridge Dental Practice · Oxford · reception 01865 000 000 · info@oakridge-dental.co.uk</p>
</body></html>
""".replace('<a href="mailto:lucinda.farquharson@btopenworld.com">', '<a href="mailto:<<E|lucinda.farquharson@btopenworld.com>>">'))

pos("vcard", "en", r"""
BEGIN:VCARD
VERSION:3.0
N:<<N|Castellano>>;<<N|Beatriz>>;;;
FN:<<N|Beatriz Castellano>>
ORG:Fennimore & Lyle Architects
TITLE:Project Architect
TEL;TYPE=WORK,VOICE:<<P|+1 415 392 6618>>
TEL;TYPE=CELL:<<P|+1 (415) 806-2274>>
EMAIL;TYPE=WORK:<<E|bcastellano@fennimorelyle.com>>
EMAIL;TYPE=HOME:<<E|bea.castellano@gmail.com>>
ADR;TYPE=HOME:;;<<A|2719 Clement Street>>;San Francisco;CA;94121;USA
BDAY:<<D|1983-06-30>>
NOTE:Met at AIA conference 2023. Prefers text over calls.
REV:2024-01-15T09:30:00Z
END:VCARD
""")

pos("invoice", "en", r"""
                                   BRIGHTSPARK ELECTRICAL SERVICES
                                   Leeds · VAT Reg. GB 284 7719 30 · Company No. 09912844

INVOICE  BSE-24-0917                                   Date: 17 September 2024
                                                       Due:  1 October 2024
Bill to:
<<N|Mr & Mrs Okoro>>
<<A|14 Larkspur Rise>>
<<A|Horsforth>>
<<A|Leeds LS18 5QT>>

Job: consumer unit replacement + 4 additional sockets (kitchen)
-----------------------------------------------------------------------
 Description                                   Qty   Unit      Amount
 18th-edition consumer unit, 10-way RCBO        1   385.00     385.00
 Double socket, supply & fit                    4    62.50     250.00
 EICR certificate                               1   120.00     120.00
 Labour (engineer: <<N|Darren Whitlock>>)          6    45.00     270.00
-----------------------------------------------------------------------
                                            Subtotal         1,025.00
                                            VAT 20%            205.00
                                            TOTAL            1,230.00

Paid by card ending 9921 on 17/09/2024. Thank you for your business!
Questions? accounts@brightspark-electrical.co.uk · 0113 496 0000
""".replace("<<N|Mr & Mrs Okoro>>", "Mr & Mrs <<N|Okoro>>"))

pos("form", "en", r"""
NEW HIRE ONBOARDING FORM (US)                                   HR use only: Emp# 20417  Start 2024-08-05
Section 1 – Personal information
  Legal first name ........ <<N|Jamal>>
  Middle name ............. <<N|Everett>>
  Legal last name ......... <<N|Whitfield>>
  Preferred name .......... <<N|Jay>>
  Date of birth ........... <<D|04/22/1996>>
  Social Security No. ..... <<S|318-50-6247>>
  Home address ............ <<A|1187 Magnolia Ave, Apt 3, Decatur, GA 30030>>
  Personal email .......... <<E|jay.whitfield96@gmail.com>>
  Mobile .................. <<P|(404) 917-3360>>
Section 2 – Emergency contact
  Name .................... <<N|Loretta Whitfield>>   Relationship: mother
  Phone ................... <<P|404-288-1905>>
Section 3 – Direct deposit
  Bank .................... Peachtree Federal Credit Union
  Routing / Account ....... on voided cheque (attached)
Section 4 – Acknowledgement
  I confirm the information above is correct.      Signature: <<N|J. Whitfield>>     Date: 07/29/2024
""")

pos("form", "en", r"""
RIVERBEND FAMILY MEDICINE — PATIENT INTAKE (page 1 of 3)
Visit date: 03/18/2025        Provider: Dr. <<N|Anjali Deshmukh>>, MD        MRN: 00-884213 (internal)

Patient name: <<N|Harold Eugene Kowalski>>          Sex: M
DOB: <<D|Nov 2, 1949>>          Age: 75
Address: <<A|402 W Cedar St, Marquette, MI 49855>>
Home phone: <<P|906-225-4471>>      Cell: <<P|906-361-0082>>
Insurance: Medicare Part B      MBI: <<ID|4TJ7-QW8-MN52>>
Secondary: BCBS Medigap, member ID <<ID|XYH884201957>>
Emergency contact: <<N|Dorothy Kowalski>> (wife) <<P|906-361-0083>>
Primary complaint: shortness of breath on exertion, 3 weeks
Allergies: penicillin (rash)
Current meds: metoprolol 25 mg bid, atorvastatin 40 mg
Patient signature on file. HIPAA acknowledgement signed 03/18/2025.
""")

pos("label", "en", r"""
┌──────────────────────────────────────────────┐
│ FROM: Northwind Outdoor (Returns Dept)       │
│       Reno, NV                                │
├──────────────────────────────────────────────┤
│ SHIP TO:                                      │
│   <<N|Gabriela Montenegro-Ruiz>>                    │
│   <<A|3350 N Pulaski Rd, Unit 2F>>                  │
│   <<A|Chicago IL 60641-4021>>                       │
│   Tel: <<P|773-640-1198>>                          │
├──────────────────────────────────────────────┤
│ USPS PRIORITY MAIL 2-DAY       1 lb 6 oz      │
│ TRACKING #: 9405 5036 9930 0471 2288 16       │
│ REF: RMA-55120 / ORDER NW-00918345            │
└──────────────────────────────────────────────┘
""")

pos("letter", "en", r"""
<<N|Margaret Ellingham>>
<<A|Rose Cottage>>
<<A|12 Church Street>>
<<A|Much Wenlock>>
<<A|TF13 6AA>>

HM Revenue & Customs
Pay As You Earn and Self Assessment
BX9 1AS

4 March 2025

Your reference: UTR <<ID|73914 28506>>
National Insurance number: <<ID|PA 71 20 48 D>>

Dear Sir or Madam,

Overpayment of tax – tax year 2023 to 2024

I retired on 30 September 2023 and my employer deducted tax on my final salary using an
emergency code. I enclose my P45 and the pension statement from my former employer. Please
refund the overpayment to the account whose details I have already given online.

If you need to speak to me, I can be reached on <<P|01952 727 441>> in the mornings, or my son
<<N|Andrew>> can help on <<P|07583 920 114>>.

Yours faithfully,

<<N|Margaret Ellingham>>
""")

pos("cv", "en", r"""
<<N|SAOIRSE DUNLEAVY>>
<<A|27 Belgrave Square North, Monkstown, Co. Dublin A94 X2C3>> · <<P|+353 86 418 2273>> · <<E|saoirse.dunleavy@gmail.com>>
linkedin.com/in/saoirse-dunleavy · github.com/sdunleavy
Date of birth: <<D|9 January 1994>> · Nationality: Irish · Full clean driving licence

PROFILE
Data engineer with 6 years' experience building batch and streaming pipelines on AWS and GCP.

EXPERIENCE
2021 – present   Senior Data Engineer, Lendwise (Dublin)
  · Led migration of 300+ Airflow DAGs to Dagster; cut nightly runtime from 7h to 2h40.
  · Introduced data contracts with dbt tests; incidents down 60 %.
2018 – 2021      Data Engineer, Torrent Analytics (Cork)
  · Built Kafka → BigQuery ingestion for 2bn events/day.

EDUCATION
2013 – 2017      BSc Computer Science, University College Cork (First Class Honours)

REFEREES
<<N|Dr Cian Mac Giolla Bhríde>>, Head of Data, Lendwise — <<E|cian.macgiollabhride@lendwise.ie>>
Available on request: second referee (Torrent Analytics).
""".replace("<<N|Dr Cian Mac Giolla Bhríde>>", "Dr <<N|Cian Mac Giolla Bhríde>>"))

pos("minutes", "en", r"""
Minutes — Residents' Association, Linden Court (Block B)
Date: Tuesday 8 October 2024, 19:30, community room
Present: <<N|Fatima Zahra Benali>> (chair), <<N|Piotr Nowicki>> (treasurer), <<N|Gwen Adeyemi>>, <<N|Stuart McLeish>>, <<N|Yoko Tanabe>>
Apologies: <<N|Rashid Mahmood>>

1. Lift outage. <<N|Piotr>> reported that the managing agent has ordered the part; the engineer
   expects to finish by 18 October. <<N|Gwen>> (flat 14) asked that residents with mobility issues be
   contacted individually; <<N|Yoko>> will knock on doors in flats 20-28.
2. Bike store. Agreed to buy two extra racks (quote £420). Key holders: <<N|Stuart>> (<<P|07934 551 208>>)
   and <<N|Fatima>> (<<P|07812 660 193>>).
3. Treasurer's report. Balance £2,318.44. Subscriptions outstanding from 6 flats.
4. AOB. Party on 14 December. <<N|Rashid>> offered his garage at <<A|3 Linden Mews, Norwich NR2 3BQ>> for storage.
Next meeting: 12 November 2024. Minutes taken by <<N|Gwen Adeyemi>>.
""")

V["iban_gb1"] = iban("GB", "NWBK60161331926819".replace("NWBK60161331926819", "MIDL40051523817460"))
pos("statement", "en", r"""
HSBC UK                                                   Statement of account
                                                          Sheet 042
<<N|Mr Adewale Ogunleye>>
<<A|Flat 7, Kestrel House>>
<<A|19 Dalston Lane>>
<<A|London>>
<<A|E8 3DF>>

Account name: <<N|ADEWALE OGUNLEYE>>       Sort code 40-05-15   Account 23817460
IBAN: <<I|@@iban_gb1@@>>      BIC: MIDLGB2112V
Period: 01 Aug 2024 to 31 Aug 2024

Date        Details                                   Paid out     Paid in      Balance
01 Aug      BALANCE BROUGHT FORWARD                                             1,204.17
02 Aug      DD THAMES WATER UTILITIES                    38.50                 1,165.67
05 Aug      CR  SALARY ORBITAL LOGISTICS LTD                         2,890.44   4,056.11
07 Aug      FPO <<N|K OGUNLEYE>> RENT SHARE                   650.00                 3,406.11
12 Aug      VIS TESCO STORES 2871                         64.23                 3,341.88
19 Aug      ))) TFL TRAVEL CH                             12.80                 3,329.08
28 Aug      FPI <<N|CHIDINMA EZE>> REF DINNER                                   45.00   3,374.08
31 Aug      BALANCE CARRIED FORWARD                                             3,374.08
""".replace("<<N|Mr Adewale Ogunleye>>", "Mr <<N|Adewale Ogunleye>>"))

pos("report", "en", r"""
OREGON STATE POLICE — TRAFFIC CRASH REPORT (supplement)         Case No. 24-OSP-118273
Date/time of crash: 06/02/2024 17:45   Location: I-5 NB, milepost 281, Wilsonville

DRIVER 1
  Name: <<N|PHAM, KEVIN QUOC>>                  DOB: <<D|08/19/1992>>
  Address: <<A|15022 SE Stark St, Portland, OR 97233>>
  OR DL#: <<ID|7491852>>       Phone: <<P|(503) 481-2290>>
  Vehicle: 2019 Honda Civic, plate 829 LKT, insurer Pacific Mutual policy PM-44019921
DRIVER 2
  Name: <<N|LINDQVIST, MARGARETA A>>            DOB: <<D|02/27/1958>>
  Address: <<A|8870 SW Canyon Rd, Beaverton, OR 97005>>
  WA DL#: <<ID|LINDQMA582RJ>>   Phone: <<P|(971) 330-7814>>
WITNESS
  <<N|Terrence Boateng>>, <<P|(503) 906-1147>>, stated that vehicle 2 changed lanes without signalling.
Narrative: V2 merged into lane 2 and made contact with V1's front passenger side. No injuries reported.
Reporting trooper: Tpr. <<N|S. Haldorsen>> #5521
""")

pos("claim", "en", r"""
Subject: Claim HM-CLM-2290451 – escape of water, kitchen
From: <<E|nikhil.bhattacharya@outlook.com>>
To: claims@homeshield-insurance.co.uk

Policy number: HSH/4471920/B (buildings & contents)
Policyholder: <<N|Nikhil Bhattacharya>>, date of birth <<D|21/03/1981>>
Risk address: <<A|88 Elmfield Avenue, Teddington TW11 8BX>>
Contact number: <<P|020 8977 3182>> (landline) or <<P|+44 7725 119 064>>

Hello,
on Saturday night a flexible hose under the sink split and water ran for ~2 hours before we noticed.
Laminate in the kitchen and hallway is lifted, plasterboard on the utility wall is wet.
Our plumber (<<N|Craig Dunmore>>, <<P|07968 204 515>>) replaced the hose on Sunday and can give a report.
Photos attached (IMG_4471–4490). Please let me know when a loss adjuster can visit.

Thanks,
<<N|Nikhil>>
""")

pos("booking", "en", r"""
ELECTRONIC TICKET ITINERARY / RECEIPT
BOOKING REF: QX7TNP          ISSUED: 02MAY24  LONDON HEATHROW BA OFFICE

PASSENGER             TICKET NUMBER        FREQUENT FLYER
<<N|ABERNETHY/FIONA MRS>>    125 2418811907       BA 19940271
<<N|ABERNETHY/CALLUM MSTR>>  125 2418811908       -

  FLIGHT  DATE   FROM            TO              DEP   ARR   CLASS  STATUS
  BA0117  14JUN  LONDON LHR T5   NEW YORK JFK T8  0840  1125  Y      OK
  BA0178  28JUN  NEW YORK JFK T8 LONDON LHR T5    1930  0735+1 Y     OK

APIS DATA (as entered by passenger)
  <<N|ABERNETHY/FIONA>>   DOB <<D|03AUG1984>>  F  PASSPORT GBR <<ID|132947685>> EXP 11SEP2031
  <<N|ABERNETHY/CALLUM>>  DOB <<D|27JAN2015>>  M  PASSPORT GBR <<ID|561038824>> EXP 05MAR2029
CONTACT: <<E|fiona.abernethy@icloud.com>>  MOBILE <<P|+447912338410>>
""".replace("<<N|ABERNETHY/FIONA MRS>>", "<<N|ABERNETHY/FIONA>> MRS").replace("<<N|ABERNETHY/CALLUM MSTR>>", "<<N|ABERNETHY/CALLUM>> MSTR"))

pos("record", "en", r"""
WESTFIELD PRIMARY SCHOOL — PUPIL RECORD (CONFIDENTIAL)                  UPN: H821449302017
Surname: <<N|Okonjo-Hartley>>           Forename(s): <<N|Zara Adaeze>>
Date of birth: <<D|14.02.2016>>        Year group: 4      Class: Kestrels
Home address: <<A|56 Pembroke Crescent, Stockport SK4 2JX>>
Parent/carer 1: <<N|Chioma Okonjo>> (mother)       Mobile: <<P|07749 210 883>>   Email: <<E|chioma.okonjo@yahoo.com>>
Parent/carer 2: <<N|Liam Hartley>> (father)        Mobile: <<P|07519 402 716>>   Lives at separate address
Medical: mild asthma – blue inhaler in class medical box (expires 09/2025)
Dietary: no pork
Permission for photos: school website NO, class newsletter YES
SEN: none            Free school meals: no
Collected by (authorised): grandmother, <<N|Ngozi Okonjo>> – password for collection: <<K|sunflower-lagos>>
""")

pos("extract", "en", r"""
HM Land Registry
Official copy of register of title

Title number WYK882134                    Edition date 02.09.2021
This extract shows information current on 18 March 2025 at 10:41:22.

A: Property Register
  1. (03.11.1998) The Freehold land shown edged with red on the plan of the above title filed
     at the Registry and being <<A|17 Heather Bank, Ilkley (LS29 8NX)>>.

B: Proprietorship Register
  Title absolute
  1. (02.09.2021) PROPRIETOR: <<N|EMMANUEL KOJO ASANTE>> and <<N|REBECCA LOUISE ASANTE>> of <<A|17 Heather Bank, Ilkley LS29 8NX>>.
  2. (02.09.2021) The price stated to have been paid on 13 August 2021 was £465,000.

C: Charges Register
  1. (02.09.2021) REGISTERED CHARGE dated 13 August 2021.
  2. (02.09.2021) Proprietor: NATIONWIDE BUILDING SOCIETY of Swindon.
End of register
""")

pos("ad", "en", r"""
FOR SALE – Ercol Windsor dining table + 4 chairs – £180 ono
Posted 3 days ago · Bristol, Redland

Solid elm, lovely condition apart from a small mark on one leaf (see photo 5). Table extends
from 4 to 6 seats. We're moving abroad so need gone by the 30th. Collection only from
<<A|41 Clyde Road, Bristol BS6 6RJ>> – you will need a van or a big estate.

Text or WhatsApp <<N|Hattie>> on <<P|07498 331 620>> (no calls after 9pm please) or email
<<E|hattie.pendlebury@gmail.com>>. No time wasters, no couriers, cash on collection.
""")

pos("forum", "en", r"""
Re: Pi-hole keeps dropping my laptop off Wi-Fi after a few minutes?
Posted by dustyroads » Sun Apr 14, 2024 11:02 pm

Same problem here. Here's my netplan config on the Pi (Ubuntu 22.04) in case it helps:

network:
  version: 2
  wifis:
    wlan0:
      dhcp4: no
      addresses: [<<IP|192.168.50.2>>/24]
      gateway4: <<IP|192.168.50.1>>
      nameservers:
        addresses: [127.0.0.1, 1.1.1.1]
      access-points:
        "Hendry-Family-5G":
          password: "<<K|crumpet-lighthouse-1987>>"

The laptop (<<MAC|f8:4d:89:7a:3e:c1>>) shows as "away" in the router after ~5 min, the phone
(<<MAC|9C:FC:E8:21:B4:60>>) never drops. Router is a TP-Link Archer AX55, firmware 1.3.1.

-- Graham (dustyroads)
""".replace("-- Graham (dustyroads)", "-- <<N|Graham>> (dustyroads)"))

V["ghp_review"] = "ghp_" + t(36, AL)
pos("review", "en", r"""
Pull request #1842: Add nightly sync for partner catalogue
src/sync/partner_client.py, line 19

      17   BASE_URL = "https://api.partnerhub.io/v3"
      18   TIMEOUT = 30
    + 19   GITHUB_TOKEN = "@@ghp_review@@"
    + 20   PARTNER_KEY = os.environ["PARTNER_KEY"]

<<N|Rosalind Achebe>> commented 2 hours ago
  Line 19 is a real personal access token (it starts with ghp_ and it's 40 chars). Please revoke it
  in Settings → Developer settings and read it from the environment like PARTNER_KEY on line 20.
  The history still contains it even if you amend, so revocation is the only fix.

<<N|Tobias Engström>> commented 1 hour ago
  Revoked, sorry. Force-pushed without it. @rachebe can you re-review?

<<N|Rosalind Achebe>> approved these changes 12 minutes ago
""".replace('GITHUB_TOKEN = "@@ghp_review@@"', 'GITHUB_TOKEN = "<<K|@@ghp_review@@>>"'))

pos("git", "en", r"""
commit 8e1f4c2a9b7d30e5f6a18c4b2d9e07f13a5c6b82
Author: <<N|Ifeanyi Nwosu>> <<<E|ifeanyi.nwosu@gmail.com>>>
Date:   Wed Jan 24 18:22:07 2024 +0100

    parser: handle CRLF in multiline headers

    Fixes #2291. The tokenizer treated a bare CR as end of field.

    Co-authored-by: <<N|Małgorzata Zielińska>> <<<E|m.zielinska@posteo.de>>>
    Signed-off-by: <<N|Ifeanyi Nwosu>> <<<E|ifeanyi.nwosu@gmail.com>>>

commit 3b7d0c91e2f84a56b0c3d18e7f9a2b45c6d1e0f7
Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
Date:   Tue Jan 23 04:11:52 2024 +0000

    build(deps): bump serde from 1.0.195 to 1.0.196

commit a0c4e9f7b1d2835c6e4f0a9b7d1c3e5f2a8b6d40
Author: <<N|Søren Kjærgaard>> <<<E|soren@kjaergaard.dk>>>
Date:   Mon Jan 22 21:03:40 2024 +0100

    docs: fix typo in README

    Reviewed-by: <<N|Ifeanyi Nwosu>> <<<E|ifeanyi.nwosu@gmail.com>>>
""")

V["pk_chat"] = pem("OPENSSH PRIVATE KEY", 300, b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none")
pos("chat", "en", r"""
[Telegram — "Homelab crew" group]
<<N|Viktor>>, [11.03.2024 22:14]
can someone give me access to the backup box? my old key is on the laptop that died

<<N|Deepa Raman>>, [11.03.2024 22:16]
use the shared deploy key for now, here:

@@pk_chat@@

<<N|Viktor>>, [11.03.2024 22:17]
thanks! connecting to <<IP|100.87.14.52>> via tailscale

<<N|Oisín Keane>>, [11.03.2024 22:25]
<<N|deepa>> you just posted a private key in a group with 40 people in it 🙃 please rotate tomorrow
""".replace("\n@@pk_chat@@\n", "\n<<K|@@pk_chat@@>>\n"))

V["jwt_curl"] = jwt({"sub": "u_88120", "email": "wen.liu@harbourfreight.io", "role": "admin", "iat": 1717410312, "exp": 1717413912})
pos("ticket", "en", r"""
Bug report — GH issue #6120: 500 on PATCH /v1/invoices when currency is null

Steps to reproduce (from <<N|Wen Liu>>):

curl -X PATCH 'https://api.ledgerloop.app/v1/invoices/inv_7Hc2' \
  -H 'Authorization: Bearer <<K|@@jwt_curl@@>>' \
  -H 'Content-Type: application/json' \
  -d '{"currency": null, "memo": "Q2 retainer"}'

Response:
HTTP/2 500
{"error":"internal","trace_id":"4bf92f3577b34da6a3ce929d0e0e4736"}

Expected: 422 with a validation message.
Env: prod, client IP <<IP|62.31.140.207>>, app version 2024.06.1

Triage (<<N|Mateo Salgado>>): reproduced. Please revoke that token, <<N|Wen>> — it's valid for another 40 minutes.
""")

V["slack_hook1"] = "https://hooks.slack.com/services/T" + t(8, string.ascii_uppercase + DIG) + "/B" + t(10, string.ascii_uppercase + DIG) + "/" + t(24, AL)
V["tg_bot"] = t(10, DIG) + ":AA" + t(33, URLS)
pos("config", "en", r"""
# alertmanager.yml
global:
  resolve_timeout: 5m
  slack_api_url: '<<K|@@slack_hook1@@>>'
route:
  receiver: team-ops
  group_by: [alertname, cluster]
  routes:
    - matchers: [severity="page"]
      receiver: pagerduty-ops
receivers:
  - name: team-ops
    slack_configs:
      - channel: '#ops-alerts'
        send_resolved: true
  - name: pagerduty-ops
    pagerduty_configs:
      - routing_key: <<K|r7c2e91f40a84b0f9d3e6a15c8b27d04>>
  - name: telegram-oncall
    telegram_configs:
      - bot_token: '<<K|@@tg_bot@@>>'
        chat_id: -1001873356214
""")

V["tfn1"] = tfn("46517380")
V["tfn2"] = tfn("37204918")
pos("email", "en", r"""
From: <<N|Bronwyn Tait>> <<<E|bronwyn.tait@kookaburrapayroll.com.au>>>
To: <<N|Lachlan Mercer>> <<<E|lachie.mercer@bigpond.com>>>
Subject: Missing TFN declaration – pay run 14 June

Hi <<N|Lachie>>,

Your first pay run is this Friday and we still don't have a TFN declaration on file, so tax
would be withheld at the top rate. On the form you emailed, the TFN is written as <<ID|@@tfn1@@>>,
but the ATO portal rejects it. Could you double-check against your myGov account?

Also, your partner <<N|Ellen>> asked us to update her super fund for her own employment file –
I've noted her TFN <<ID|@@tfn2@@>> and member number, but she'll need to sign the choice form herself.

Cheers,
<<N|Bronwyn Tait>>
Payroll Officer | Kookaburra Payroll Services | Brisbane
Direct: <<P|(07) 3184 2207>> | Office: 1300 000 000
""")

V["aad1"] = aadhaar("73461928055")
pos("form", "en", r"""
KYC FORM – INDIVIDUAL (Resident)                  Branch: Koramangala, Bengaluru     CIF: 0048812273
1. Name of applicant: <<N|Meenakshi Sundaram Iyer>>
2. Father's / Spouse name: <<N|Sundaram Venkatraman Iyer>>
3. Date of birth: <<D|05-10-1989>>        Gender: F      Marital status: Married
4. PAN: <<ID|ANKPI4417G>>
5. Aadhaar number: <<ID|@@aad1@@>>
6. Current address: <<A|No. 14, 3rd Cross, 5th Block, Koramangala, Bengaluru 560095>>
7. Mobile: <<P|+91 98450 31762>>       E-mail: <<E|meenakshi.iyer89@gmail.com>>
8. Occupation: Salaried (Infosys Ltd)   Annual income: 18–25 lakh
9. Nominee: <<N|Aravind Iyer>> (son), DOB <<D|17/06/2017>>
Declaration: I hereby declare that the details furnished above are true and correct.
Place: Bengaluru   Date: 11/01/2025         Signature of applicant: ____________
For bank use: V-CIP completed by <<N|Rohit Kulkarni>> (emp 77104)
""")

V["nric1"] = nric("S", "8834127")
V["nric2"] = nric("T", "0217746")
pos("contract", "en", r"""
TENANCY AGREEMENT (Residential) – Singapore

This Agreement is made on 1 July 2024 between
  LANDLORD: <<N|Tan Wei Ming>> (NRIC <<ID|@@nric1@@>>) of <<A|Blk 412 Bedok North Avenue 2, #08-117, Singapore 460412>>
and
  TENANT:   <<N|Priyanka Nair>> (NRIC <<ID|@@nric2@@>>), currently residing at <<A|21 Jalan Kembangan, #02-05, Singapore 419125>>

for the premises at <<A|Blk 188 Tampines Street 12, #11-402, Singapore 520188>> ("the Premises").

1. Term: 24 months commencing 15 July 2024.
2. Rent: S$3,100 per month, payable on the 15th of each month by PayNow to <<P|+65 9187 2264>>.
3. Security deposit: S$6,200.
4. Diplomatic clause: not applicable.
Agent: PropNest Realty (CEA licence L3009876A), handling agent <<N|Jeremy Koh>>, <<P|8123 4490>>.
""")

V["ppsn1"] = ppsn("8472913")
pos("letter", "en", r"""
Department of Social Protection
Intreo Centre, Galway

<<N|Ms Órlaith Ní Chonghaile>>
<<A|Apartment 22, The Weir>>
<<A|Newcastle Road>>
<<A|Galway>>
<<A|H91 E2P7>>

PPS No: <<ID|@@ppsn1@@>>
Date: 22 January 2025

Dear <<N|Ms Ní Chonghaile>>,

Jobseeker's Benefit – decision

I refer to your application received on 6 January 2025. I am pleased to tell you that you have
been awarded Jobseeker's Benefit at the personal rate of €244.00 per week from 8 January 2025.
Payment will be made to the account ending 4417 every Tuesday.

If you disagree with this decision you may ask for a review or appeal to the Social Welfare
Appeals Office within 21 days. Our Lo-call number is 0818 662 244.

Yours sincerely,
<<N|Declan Fahy>>
Deciding Officer
""".replace("<<N|Ms Órlaith Ní Chonghaile>>", "Ms <<N|Órlaith Ní Chonghaile>>").replace("<<N|Ms Ní Chonghaile>>", "Ms <<N|Ní Chonghaile>>"))

V["nhs_ref"] = nhs("943618205")
pos("letter", "en", r"""
The Laurels Surgery · Kendal
Tel (reception) 01539 000 111 · NHS.net secure e-mail only

URGENT REFERRAL – 2 WEEK WAIT (suspected lower GI cancer)
To: Colorectal Triage, Royal Lancaster Infirmary
Date of referral: 09/04/2025

Patient: <<N|Mr Alistair John Rowlandson>>          NHS No: <<ID|@@nhs_ref@@>>
DOB: <<D|23/12/1954>> (70 y)                            Sex: Male
Address: <<A|Beckside Barn, Crook Road, Staveley LA8 9NH>>
Tel: <<P|01539 821 604>>   Mobile: <<P|07701 443 219>> (patient happy to receive texts)
Next of kin: <<N|Judith Rowlandson>> (wife), same address

History: 6 weeks change in bowel habit to looser stools, FIT 142 µg/g, Hb 108 g/L (ferritin 9).
No weight loss. Father had colorectal cancer aged 68.
Referring GP: Dr <<N|Nadia Qureshi>> (GMC 7048112)   Direct line: <<P|01539 000 147>>
""".replace("<<N|Mr Alistair John Rowlandson>>", "Mr <<N|Alistair John Rowlandson>>"))

pos("contract", "en", r"""
RENTAL AGREEMENT #RA-8840217 — SUNCOAST CAR RENTAL — Orlando Intl (MCO)
Pick-up: 03/09/2025 14:20   Return: 03/16/2025 10:00   Vehicle: Toyota RAV4 (FL plate QWE-H71)

RENTER
  Name:           <<N|DESROCHERS, GENEVIÈVE>>
  Date of birth:  <<D|1990-07-15>>
  Driver licence: QC <<ID|D6251-150790-07>>   expires 2027-07-15
  Address:        <<A|4120 avenue de Lorimier, Montréal QC H2K 3X3>>
  Phone:          <<P|+1 514 806 3392>>
ADDITIONAL DRIVER
  Name:           <<N|THIBODEAU, MARC-ANTOINE>>
  Date of birth:  <<D|1988-02-03>>
  Driver licence: QC <<ID|T1530-030288-04>>
Payment: Visa ending 7301 (pre-authorisation USD 350.00)
Fuel: full-to-full · Mileage: unlimited · LDW: accepted
Renter signature: <<N|G. Desrochers>>          Agent: kiosk 4
""")

V["c_cb1"] = card("5412", groups=None)
V["c_cb2"] = card("3795", length=15, groups=(4, 6, 5))
pos("email", "en", r"""
From: disputes@merchantguard.com
To: <<N|Camille Ostrowski>> <<<E|camille@ostrowskiceramics.com>>>
Subject: Chargeback notice CB-88120-MG – response due 27 Feb

Dear <<N|Ms Ostrowski>>,

We have received a chargeback for transaction TXN-2291844 (USD 412.00, 2025-01-30).
Cardholder name: <<N|Rupert Vanstone>>
Card number: <<C|@@c_cb1@@>>
Reason code: 13.1 – Merchandise not received

A second dispute was opened by the same cardholder on an Amex card, <<C|@@c_cb2@@>>, for
order #OC-1187 (USD 96.00). Please upload proof of delivery for both orders in the portal.

Note from the cardholder: "I was told delivery to <<A|19 Harbour View Lane, Camden, ME 04843>> by
Jan 10, nothing arrived, phone <<P|207-230-5517>> never answered."

MerchantGuard Disputes Team
""".replace("<<N|Ms Ostrowski>>", "Ms <<N|Ostrowski>>"))

pos("chat", "en", r"""
Live chat transcript — Streamly Support — 2024-12-03 20:41 GMT
Chat ID: LC-9920341  Customer: <<E|marisol.quintanilla@gmail.com>>  IP: <<IP|109.152.33.190>>

20:41 Streamly Bot: Hi! I'm Streamly's virtual assistant. What can I help with?
20:41 Customer: i cant log in it says wrong password but i know its right
20:42 Streamly Bot: Let me connect you to an agent.
20:43 <<N|Kieran>> (Agent): Hi, I'm <<N|Kieran>>. Could you confirm the email on the account and your full name?
20:43 Customer: marisol quintanilla, same email as this chat. password is <<K|Gatito2019!>> i typed it 10 times
20:44 <<N|Kieran>> (Agent): Thanks <<N|Marisol>> — please never share your password, not even with us. I've sent a reset link.
20:46 Customer: ok got it, changed. also my new phone number is <<P|07955 664 102>>
20:47 <<N|Kieran>> (Agent): Updated. Anything else?
20:47 Customer: no thanks
""".replace("marisol quintanilla, same email", "<<N|marisol quintanilla>>, same email"))

V["aws_id_cred"] = "AKIA" + t(16, string.ascii_uppercase + "234567")
V["aws_sec_cred"] = t(40, AL + "/+")
V["aws_id_cred2"] = "AKIA" + t(16, string.ascii_uppercase + "234567")
V["aws_sec_cred2"] = t(40, AL + "/+")
pos("config", "en", r"""
$ cat ~/.aws/credentials
[default]
aws_access_key_id = <<K|@@aws_id_cred@@>>
aws_secret_access_key = <<K|@@aws_sec_cred@@>>

[billing-readonly]
aws_access_key_id = <<K|@@aws_id_cred2@@>>
aws_secret_access_key = <<K|@@aws_sec_cred2@@>>
region = us-east-2

[sso-dev]
sso_start_url = https://d-9067a1b2c3.awsapps.com/start
sso_region = us-east-1
sso_account_id = 412893306715
sso_role_name = PowerUserAccess

$ cat ~/.aws/config
[default]
region = eu-central-1
output = json
""")

V["npmrc_tok"] = "npm_" + t(36, AL)
pos("config", "en", r"""
# ~/.npmrc
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<K|@@npmrc_tok@@>>
@corp:registry=https://npm.pkg.corp-artifacts.net/
//npm.pkg.corp-artifacts.net/:_auth=<<K|@@npm_basic@@>>
always-auth=true

# ~/.config/pip/pip.conf
[global]
index-url = <<U|https://svc-build:Pb9vX2q7TmLw@artifacts.corp-artifacts.net/api/pypi/pypi-virtual/simple>>
trusted-host = artifacts.corp-artifacts.net
timeout = 60

# ~/.docker/config.json (excerpt)
{"auths": {"registry.corp-artifacts.net": {"auth": "<<K|@@docker_basic@@>>"}}}
""".replace("@@npm_basic@@", basic("r.adeyinka:Lagos2024!corp")).replace("@@docker_basic@@", basic("svc-build:Pb9vX2q7TmLw")))

pos("log", "en", r"""
{"t":{"$date":"2024-07-30T09:14:22.118+00:00"},"s":"I","c":"NETWORK","id":22943,"ctx":"listener","msg":"Connection accepted","attr":{"remote":"<<IP|10.60.4.23>>:49812","connectionCount":41}}
{"t":{"$date":"2024-07-30T09:14:22.402+00:00"},"s":"I","c":"ACCESS","id":20250,"ctx":"conn1187","msg":"Authentication succeeded","attr":{"mechanism":"SCRAM-SHA-256","principalName":"orders_rw","authenticationDatabase":"admin","remote":"<<IP|10.60.4.23>>:49812"}}
{"t":{"$date":"2024-07-30T09:14:25.990+00:00"},"s":"W","c":"COMMAND","id":51803,"ctx":"conn1187","msg":"Slow query","attr":{"ns":"shop.customers","command":{"find":"customers","filter":{"email":"<<E|aurelie.fontaine@laposte.net>>"}},"durationMillis":812}}
{"t":{"$date":"2024-07-30T09:15:02.001+00:00"},"s":"E","c":"-","id":0,"ctx":"worker-3","msg":"app config dump","attr":{"MONGO_URI":"<<U|mongodb+srv://orders_rw:Zq8vTm2Lp5Kc@cluster-prod.k3x9d.mongodb.net/shop?retryWrites=true&w=majority>>","APP_VERSION":"3.18.2"}}
{"t":{"$date":"2024-07-30T09:15:40.664+00:00"},"s":"I","c":"NETWORK","id":22944,"ctx":"conn1187","msg":"Connection ended","attr":{"remote":"<<IP|10.60.4.23>>:49812","connectionCount":40}}
""")

V["az_key"] = t(86, AL + "+/") + "=="
V["az_sig"] = t(43, AL) + "%3D"
pos("config", "en", r"""
// appsettings.Production.json — DocArchive.Api
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Archive": "Server=tcp:docarchive-sql.database.windows.net,1433;Database=archive;User ID=archive_api;Password=<<K|Oak&Ledger-7741!>>;Encrypt=True;",
    "Blobs": "DefaultEndpointsProtocol=https;AccountName=docarchivestore;AccountKey=<<K|@@az_key@@>>;EndpointSuffix=core.windows.net"
  },
  "Exports": {
    "SasUrl": "https://docarchivestore.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-12-31T23:59:59Z&spr=https&sig=<<K|@@az_sig@@>>"
  },
  "Smtp": { "Host": "smtp.sendgrid.net", "User": "apikey", "Password": "<<K|@@sg2@@>>" },
  "AllowedHosts": "*"
}
""".replace("@@sg2@@", "SG." + t(22, URLS) + "." + t(43, URLS)))

V["ant_key"] = "sk-ant-api03-" + t(93, URLS) + "AA"
V["oai_key"] = "sk-proj-" + t(120, URLS)
pos("code", "en", r"""
# %% [markdown]
# Summarise support tickets with an LLM — exploratory notebook (<<N|Farah Siddiqui>>, Nov 2024)

# %%
import os, pandas as pd
from anthropic import Anthropic
from openai import OpenAI

client = Anthropic(api_key="<<K|@@ant_key@@>>")   # TODO move to env before sharing!!
oai = OpenAI(api_key="<<K|@@oai_key@@>>")

df = pd.read_parquet("s3://support-lake/tickets/2024-10/")
print(df.shape)   # (18422, 14)

# %%
sample = df.sample(20, random_state=7)
for _, row in sample.iterrows():
    msg = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=200,
                                 messages=[{"role": "user", "content": row["body"][:4000]}])
    print(row["ticket_id"], msg.content[0].text[:120])
""")

pos("prose", "en", r"""
Hi everyone! For those asking on the last thread: yes, I'm the one who posted about the adoption
records request. Some background: I was born on the 3rd of February 1990 in St Mary's Hospital,
Manchester, and adopted at 6 months. My birth mother's name on the original certificate is
<<N|Lorraine Ashcroft>>, and I now know she was living at <<A|22 Pendlebury Road, Swinton M27 4AQ>>
back then. If anyone from the Swinton Facebook group remembers a Lorraine who moved to Leeds around
1991, please DM me. I'm <<N|Kelly>>, 34, and you can also email <<E|kelly.b.searching@gmail.com>>.
Thank you all so much for the support so far 💛
""".replace("born on the 3rd of February 1990", "born on the <<D|3rd of February 1990>>").replace("remembers a Lorraine who", "remembers a <<N|Lorraine>> who"))

pos("csv", "en", r"""
Guest,Plus one,Address,Dietary,RSVP
<<N|Harriet & Tom Fairweather>>,-,"<<A|The Granary, Low Lane, Masham HG4 4EQ>>",vegetarian (Harriet),yes
<<N|Imran Chaudhry>>,<<N|Sana Chaudhry>>,"<<A|71 Westbourne Grove, Harrogate HG1 2QW>>",halal,yes
<<N|Auntie Pat>>,-,"<<A|4 Orchard Close, Ripon HG4 1RT>>",,no - hip op
<<N|Beatrix Kilbride>>,<<N|Ollie>>,"<<A|Flat 2, 9 Montpellier Parade, Harrogate HG1 2TJ>>",nut allergy (Ollie!!),yes
<<N|Dominic Yeo>>,-,"<<A|38 Sycamore Drive, York YO31 9DR>>",,maybe
""".replace("<<N|Harriet & Tom Fairweather>>", "<<N|Harriet>> & <<N|Tom Fairweather>>").replace("<<N|Auntie Pat>>", "Auntie <<N|Pat>>").replace("vegetarian (Harriet)", "vegetarian (<<N|Harriet>>)").replace("nut allergy (Ollie!!)", "nut allergy (<<N|Ollie>>!!)"))

pos("form", "en", r"""
RENTAL APPLICATION — Maple Crest Apartments, Unit 4C
Applicant
  Full name: <<N|Desmond Tyrell Okafor>>         Date of birth: <<D|September 12, 1993>>
  SSN: <<S|609 41 2278>>
  Current address: <<A|7711 Garland Rd #208, Dallas, TX 75218>>     Time there: 3 yrs
  Phone: <<P|214.660.3391>>     Email: <<E|d.t.okafor@gmail.com>>
Employment
  Employer: Parkland Health — Pharmacy Tech      Since: 04/2019
  Supervisor: <<N|Rhonda Spivey>>, <<P|214-590-8814>>
  Monthly income: $4,380
Previous landlord
  <<N|Gus Papadakis>>, <<P|(469) 223-7150>>, <<A|519 Lakeview Dr, Garland, TX 75040>>
Co-signer: none         Pets: 1 cat         Vehicles: 2016 Mazda3
I authorise Maple Crest to obtain a consumer credit report.   Signed: <<N|D. Okafor>>   Date: 01/06/2025
""")

pos("tsv", "en", r"""
M-30418	<<N|Castellanos>>	<<N|Ruby>>	<<D|1997-03-09>>	<<E|rubycastellanos@gmail.com>>	<<P|(786) 412-0937>>	PREMIUM	2023-01-15	active
M-30419	<<N|Abiodun>>	<<N|Tolu>>	<<D|1989-11-21>>	<<E|tolu.abiodun@outlook.com>>	<<P|(305) 881-2406>>	BASIC	2023-01-16	active
M-30420	<<N|Friedman>>	<<N|Asher>>	<<D|1975-06-02>>	<<E|asherfriedman@me.com>>	<<P|(954) 330-7718>>	PREMIUM	2023-01-16	frozen
M-30421	<<N|Lam>>	<<N|Wing Yee>>	<<D|2004-08-30>>	<<E|wingyee.lam04@gmail.com>>	<<P|(786) 220-5564>>	STUDENT	2023-01-17	active
M-30422	<<N|Boudreaux>>	<<N|Claude>>	<<D|1968-12-12>>	<<E|cboudreaux68@aol.com>>	<<P|(305) 649-1183>>	BASIC	2023-01-19	cancelled
M-30423	<<N|Mwangi>>	<<N|Wanjiru>>	<<D|1992-04-05>>	<<E|wanjiru.mwangi@gmail.com>>		PREMIUM	2023-01-20	active
""")

pos("form", "en", r"""
THE HARBOURSIDE HOTEL · Portsmouth — GUEST REGISTRATION CARD             Room 512   Folio 88172
Arrival 14/05/2025   Departure 17/05/2025   Rate: BB double   Guests: 2

Guest 1 (non-UK nationals must complete passport details)
  Surname ............ <<N|Vandenbroucke>>
  First name ......... <<N|Lieselotte>>
  Nationality ........ Belgian
  Date of birth ...... <<D|28-11-1979>>
  Passport / ID no ... <<ID|EM823104>>   Place of issue: Gent
  Home address ....... <<A|Kortrijksesteenweg 411, 9000 Gent>>, Belgium
  Mobile ............. <<P|+32 478 21 90 44>>
  E-mail ............. <<E|lieselotte.vdb@telenet.be>>
Guest 2
  Name ............... <<N|Jonas Vandenbroucke>>   DOB <<D|02-04-2011>>
Next destination: Caen (ferry 17/05, booking BF-77120)
Signature: <<N|L. Vandenbroucke>>                    Checked in by: <<N|Sophie>> (front desk)
""")

pos("label", "en", r"""
Rx# 4417203-01          CAREWELL PHARMACY #1187 · Phoenix AZ · (602) 000-0000
<<N|GUTIERREZ, ESPERANZA>>
<<A|2218 W MARYLAND AVE>>
<<A|PHOENIX AZ 85015>>
DOB: <<D|07/04/1951>>
LISINOPRIL 10 MG TABLET
TAKE 1 TABLET BY MOUTH ONCE DAILY
Qty: 90        Refills: 3 before 02/11/2026
Dr. <<N|Harpreet Bains>>
Filled: 02/11/2025   Mfr: Lupin   NDC 68180-0514-03
""")

pos("letter", "en", r"""
<<N|Aleksandra Wójcik-Barnes>>
<<A|63 Cranbrook Road>>
<<A|Ilford>>
<<A|IG1 4PG>>
<<E|ola.wojcikbarnes@gmail.com>> · <<P|07453 210 988>>

Parking Services, London Borough of Redbridge
PO Box 2, Ilford IG1 1DD

12 February 2025

Penalty Charge Notice RD48822190, vehicle LV19 XKD — formal representation

Dear Sir/Madam,

I contest the above PCN issued on 2 February 2025 in Cranbrook Road. The bay markings were covered
by snow and the sign on the lamp post had been turned to face the wall (photos enclosed, taken at
08:14 the same morning). My blue badge holder passenger, my father <<N|Zbigniew Wójcik>>, was with me.

Please cancel the charge. My reference with your online system is my email above.

Yours faithfully,
<<N|A. Wójcik-Barnes>>
""")

V["sess1"] = t(48, LO)
V["basic_har"] = basic("support-export:Nv4!bcQ8zx")
pos("json", "en", r"""
{"log":{"version":"1.2","creator":{"name":"WebInspector","version":"537.36"},
 "entries":[
  {"startedDateTime":"2024-11-05T10:02:14.551Z","time":182,
   "request":{"method":"GET","url":"https://portal.tidewaterenergy.com/api/account/summary",
     "headers":[{"name":"Cookie","value":"tw_session=<<K|@@sess1@@>>; tw_consent=analytics:0"},
                {"name":"User-Agent","value":"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6)"}]},
   "response":{"status":200,"content":{"mimeType":"application/json",
     "text":"{\"accountHolder\":\"<<N|Priscilla Achterhof>>\",\"supplyAddress\":\"<<A|12 Saltmarsh Way, Exmouth EX8 2PL>>\",\"mpan\":\"1200050123456\",\"balance\":-84.17}"}}},
  {"startedDateTime":"2024-11-05T10:02:15.020Z","time":95,
   "request":{"method":"GET","url":"https://portal.tidewaterenergy.com/api/export/usage.csv",
     "headers":[{"name":"Authorization","value":"Basic <<K|@@basic_har@@>>"}]},
   "response":{"status":403,"content":{"text":"forbidden"}}}
 ]}}
""")

pos("minutes", "en", r"""
Weekly sync — Mobile squad — Thu 16 Jan 2025
Attendees: <<N|Esther Mwangi>>, <<N|Dmitri Volkov>>, <<N|Carlos Ibáñez>>, <<N|Priya>> (QA), <<N|Ngozi Eze>> (PM)
Dial-in used: Teams bridge +44 20 3855 0000, conference ID 771 204 118# (company bridge)

Notes
- Release 7.4 blocked by crash in image picker on Android 14 (Crashlytics issue a91f2). <<N|Dmitri>> owns.
- <<N|Carlos>> on leave 20–24 Jan; in emergencies his mobile is <<P|+34 612 448 093>>.
- Beta testers list: <<N|Ngozi>> to send invites; external tester <<N|Hamza Idrissi>> (<<E|hamza.idrissi@proton.me>>)
  asked to be added with his personal Apple ID.
- QA: <<N|Priya>> found that the login screen logs the password field in debug builds:
  "D/LoginVM: submit(user=e.mwangi, pass=<<K|Kilimanjaro!88>>)". <<N|Esther>> to fix + rotate her test password.

Actions
  [ ] <<N|Dmitri>> – fix picker crash (due Tue)
  [ ] <<N|Esther>> – strip credentials from debug logs
""")

pos("record", "en", r"""
REGISTER OF ELECTORS 2025 – Ward: Heaton (Polling district HN3)           Extract for: candidate use only
Elector no.  Name                                   Qualifying address                       Markers
HN3-1204     <<N|Abbasi, Tariq>>                          <<A|14 Cartington Terrace, Newcastle upon Tyne NE6 5RS>>
HN3-1205     <<N|Abbasi, Rukhsana>>                       <<A|14 Cartington Terrace, Newcastle upon Tyne NE6 5RS>>
HN3-1206     <<N|Beattie, Calum J>>                       <<A|16 Cartington Terrace, Newcastle upon Tyne NE6 5RS>>      F
HN3-1207     <<N|Charlton, Iris May>>                     <<A|18 Cartington Terrace, Newcastle upon Tyne NE6 5RS>>
HN3-1208     <<N|Dobrowolska, Natalia>>                   <<A|Flat B, 20 Cartington Terrace, Newcastle upon Tyne NE6 5RS>>  G
Marker F: attainer (reaches voting age during the register year)
""")

pos("doc", "en", r"""
IT HANDOVER — Penrose & Daughters Bakery (3 shops) — prepared by <<N|Kwabena Asare>> for <<N|Holly Penrose>>
Last updated: 28 March 2025

Broadband / router (back office, Truro shop)
  Router admin:   http://<<IP|192.168.1.1>>   user admin / <<K|Saffron-Bun-2016>>
  Wi-Fi (staff):  PenroseStaff  key <<K|crust&crumb-4471>>
  Wi-Fi (guest):  Penrose-Free  key croissant (public, printed on the menus)
Devices
  Till PC         <<IP|192.168.1.20>>   MAC <<MAC|00-E0-4C-68-21-9A>>
  Card terminal   <<IP|192.168.1.31>>   MAC <<MAC|a8:9c:ed:03:5f:12>>
  NAS (Synology)  <<IP|192.168.1.40>>   MAC <<MAC|00:11:32:9e:44:b7>>   admin / <<K|Pasty#Nas-2022>>
Accounts
  Microsoft 365 global admin: <<E|holly@penrosebakery.co.uk>>, MFA on <<N|Holly>>'s phone <<P|07870 551 341>>
  Xero: owner <<N|Holly>>, adviser <<N|Marion Treloar>> (accountant) <<E|marion@treloar-accounts.co.uk>>
Suppliers: flour delivery Tue/Fri (Truro depot), till support hotline 0800 000 0000.
""".replace("Wi-Fi (guest):  Penrose-Free  key croissant (public, printed on the menus)", "Wi-Fi (guest):  Penrose-Free  open network, no key"))

pos("json", "en", r"""
[
  {"id": 88104, "subject": "Can't redeem gift card", "status": "solved", "via": "email",
   "requester": {"name": "<<N|Tamsin Rowe>>", "email": "<<E|tamsin.rowe@gmail.com>>", "phone": null},
   "comments": [
     {"author": "<<N|Tamsin Rowe>>", "public": true, "body": "Code GC-7HX2-PL9Q says already used. I got it for my birthday!"},
     {"author": "<<N|Ezra Holt>>", "public": true, "body": "Hi <<N|Tamsin>>, I've reissued it as GC-2MV8-TT1K. Sorry for the trouble! – <<N|Ezra>>"}
   ]},
  {"id": 88105, "subject": "Delivery to wrong address", "status": "open", "via": "phone",
   "requester": {"name": "<<N|Baptiste Morel>>", "email": "<<E|b.morel@free.fr>>", "phone": "<<P|+33 6 12 84 40 97>>"},
   "comments": [
     {"author": "<<N|Ezra Holt>>", "public": false, "body": "Caller says parcel should go to <<A|7 Grove Park Road, London W4 3RT>>, courier left it at no. 17. Raised claim with carrier."}
   ]},
  {"id": 88106, "subject": "Invoice copy", "status": "new", "via": "web",
   "requester": {"name": "Accounts Team", "email": "accounts@mayfieldtiles.co.uk", "phone": null},
   "comments": [{"author": "Accounts Team", "public": true, "body": "Please send a copy of invoice INV-55021."}]}
]
""")

pos("email", "en", r"""
From: <<N|Graham Nuttall>> <<<E|graham.nuttall@talktalk.net>>>
To: <<N|Sanjay>> <<<E|sanjay@nettfix-it.co.uk>>>
Subject: Re: Re: printer + wifi at mum's

Thanks <<N|Sanjay>>, Thursday 10am works. Her address again is <<A|5 Glebe Close, Bollington, Macclesfield SK10 5HL>>
and the router is the white BT one in the hall cupboard. The wifi password on the back is
<<K|7KX4-QPLM-9RTW>> but I think she changed it to <<K|bluebell1948>> last year, try both.
The admin password for the router is the default one on the card.

<<N|Graham>>
07 nothing – ring me on <<P|01625 574 102>> if you get stuck.

> On 3 Mar 2025, at 18:22, <<N|Sanjay>> <<<E|sanjay@nettfix-it.co.uk>>> wrote:
>
> Hi <<N|Graham>>, I can do Thursday morning. Can you send me the address and anything you know
> about the router? I'll bring a USB cable for the printer.
> --
> <<N|Sanjay Mistry>> · NettFix IT · <<P|07712 488 301>>
""".replace("07 nothing – ring me", "Home – ring me"))

V["discord_hook1"] = "https://discord.com/api/webhooks/" + t(19, DIG) + "/" + t(68, URLS)
V["heroku_tok"] = "HRKU-" + t(8, HX) + "-" + t(4, HX) + "-" + t(4, HX) + "-" + t(4, HX) + "-" + t(12, HX)
pos("config", "en", r"""
# .github/workflows/deploy.yml
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      HEROKU_API_KEY: <<K|@@heroku_tok@@>>    # FIXME use secrets.HEROKU_API_KEY
      HEROKU_APP: quillpad-prod
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm test
      - run: git push https://heroku:$HEROKU_API_KEY@git.heroku.com/$HEROKU_APP.git HEAD:main
      - name: notify
        if: always()
        run: |
          curl -H "Content-Type: application/json" \
               -d "{\"content\": \"deploy ${{ job.status }} for ${{ github.sha }}\"}" \
               <<K|@@discord_hook1@@>>
      - name: smoke test
        run: curl -fsS -H "X-Api-Key: ${{ secrets.SMOKE_KEY }}" https://quillpad.app/healthz
""")

V["rsa_ticket"] = pem("RSA PRIVATE KEY", 600)
pos("ticket", "en", r"""
Ticket #44172 — SSL error after renewing certificate (shop.greenleaf-garden.com)
Customer: <<N|Morwenna Pascoe>> (<<E|morwenna@greenleaf-garden.com>>), phone <<P|01872 240 977>>

Customer wrote:
Hi, after uploading the new certificate the site shows "key values mismatch". I've pasted
the key and cert below so you can check which one is wrong.

@@rsa_ticket@@
-----BEGIN CERTIFICATE-----
MIIFazCCBFOgAwIBAgISA3pT1l2yQ7mNqkR0u0c4yJ8bMA0GCSqGSIb3DQEBCwUA
MDIxCzAJBgNVBAYTAlVTMRYwFAYDVQQKEw1MZXQncyBFbmNyeXB0MQswCQYDVQQD
... (truncated by agent)
-----END CERTIFICATE-----

Agent (<<N|Jude Ferreira>>):
The key you pasted belongs to the old CSR. Please never paste private keys into tickets –
we have deleted it from the ticket view; please generate a new CSR and key on the server.
""".replace("\n@@rsa_ticket@@\n", "\n<<K|@@rsa_ticket@@>>\n"))

V["basic_proxy"] = basic("j.ferreira:Summer-Sailing24")
pos("log", "en", r"""
1716800411.204    188 <<IP|10.8.22.61>> TCP_MISS/200 4412 GET http://intranet-legacy.corp.local/hr/payslips/2024-05.pdf j.ferreira HIER_DIRECT/10.8.1.15 application/pdf
1716800411.377     12 <<IP|10.8.22.61>> TCP_DENIED/407 3970 GET http://updates.vendorapp.com/check - HIER_NONE/- text/html
1716800412.009     64 <<IP|10.8.22.61>> TCP_MISS/200 512 GET http://updates.vendorapp.com/check j.ferreira HIER_DIRECT/34.117.59.81 application/json
# debug header capture enabled by change CHG-2291 (remove after 31/05):
#   Proxy-Authorization: Basic <<K|@@basic_proxy@@>>
1716800419.880   1022 <<IP|10.8.22.74>> TCP_TUNNEL/200 88120 CONNECT teams.microsoft.com:443 a.obi HIER_DIRECT/52.112.100.2 -
""".replace("HIER_DIRECT/10.8.1.15", "HIER_DIRECT/<<IP|10.8.1.15>>").replace("HIER_DIRECT/34.117.59.81", "HIER_DIRECT/<<IP|34.117.59.81>>").replace("HIER_DIRECT/52.112.100.2", "HIER_DIRECT/<<IP|52.112.100.2>>"))

pos("extract", "en", r"""
IN THE COUNTY COURT AT BRISTOL                                   Claim No. K7QZ1840
BETWEEN
  <<N|MRS DELYTH ANNE PRITCHARD>>                                          Claimant
  and
  <<N|MR RHODRI OWAIN BEVAN>>                                              Defendant

ORDER — made by a District Judge sitting at Bristol Civil Justice Centre, 14 February 2025

UPON the Claimant's application dated 20 January 2025 and upon reading the witness statement of
the Claimant's son <<N|Gethin Pritchard>>
IT IS ORDERED THAT
1. Judgment for the Claimant in the sum of £3,842.50 plus costs of £455.00.
2. The Defendant shall pay by instalments of £150 per month starting 14 March 2025.
Claimant's address for service: <<A|Tŷ Gwyn, 8 Heol y Coed, Cardiff CF14 6HR>>
Defendant's address: <<A|Flat 4, 112 Gloucester Road, Bristol BS7 8AE>>
""".replace("<<N|MRS DELYTH ANNE PRITCHARD>>", "MRS <<N|DELYTH ANNE PRITCHARD>>").replace("<<N|MR RHODRI OWAIN BEVAN>>", "MR <<N|RHODRI OWAIN BEVAN>>"))

pos("form", "en", r"""
APPLICATION FOR A SKILLED WORKER VISA – EXTENSION (summary page, printed 02/12/2024)
Applicant
  Given names:            <<N|Thi Thu Trang>>
  Family name:            <<N|Nguyen>>
  Date of birth:          <<D|19 July 1995>>
  Nationality:            Vietnamese
  Passport number:        <<ID|C7284410>>     Issued 03/03/2022, Hanoi
  BRP number:             <<ID|ZX9182734>>
  UK address:             <<A|Flat 11, 40 Sackville Street, Manchester M1 3WA>>
  Phone:                  <<P|+44 7449 120 865>>
  Email:                  <<E|trang.nguyen.uk@gmail.com>>
Sponsor
  Employer:               Northlight Software Ltd (licence no. 2HR4K91QZ)
  Certificate of Sponsorship: C2G8Y41290T
Partner / dependants
  <<N|Lê Minh Khoa>> (spouse), DOB <<D|08/01/1993>>, passport <<ID|C5512097>>
Fee paid: £827 + IHS £3,105 — reference GWF071882934
""")

pos("ad", "en", r"""
ROOM AVAILABLE — double room in friendly 3-bed flat, Leith (Edinburgh) — £650 pcm incl. bills

Hi! We're <<N|Isla>> (nurse, 29) and <<N|Mateus>> (PhD student, 31), looking for a tidy, chilled
third flatmate from 1 March. The flat is at <<A|14/3 Great Junction Street, Edinburgh EH6 5LA>> –
3rd floor, no lift, 5 min walk to the tram. Fast fibre, washing machine, small balcony.
No smokers please; a well-behaved cat might be OK.

Viewings this weekend – message <<N|Isla>> on <<P|07398 442 107>> or email <<E|isla.mcbride.flat@gmail.com>>.
""")

pos("yaml", "en", r"""
# db/seeds/customers.yml  — copied from prod for debugging, PLEASE anonymise before merge (review comment by <<N|Kemi>>)
- id: 1
  full_name: <<N|Winifred Ashdown>>
  email: <<E|winnie.ashdown@btinternet.com>>
  born_on: <<D|1944-05-17>>
  phone: "<<P|01263 512 884>>"
  address: "<<A|The Old Rectory, Church Lane, Cromer NR27 9DS>>"
  marketing_opt_in: false
- id: 2
  full_name: <<N|Rohan Dasgupta>>
  email: <<E|rohan.dasgupta@outlook.com>>
  born_on: <<D|1999-10-01>>
  phone: "<<P|+44 7466 301 720>>"
  address: "<<A|22 Unthank Road, Norwich NR2 2RA>>"
  marketing_opt_in: true
- id: 3
  full_name: Test User
  email: test@example.com
  born_on: 1970-01-01
  phone: "00000 000000"
  address: "1 Test Street, Testville TE5 7ST"
  marketing_opt_in: false
""")

pos("json", "en", r"""
{"ok":true,"messages":[
 {"type":"message","user":"U04QF1J2K7A","user_name":"<<N|Benedikt Sauer>>","ts":"1709553012.004100",
  "text":"prod heroku key if anyone needs it for the migration script: <<K|@@heroku2@@>>"},
 {"type":"message","user":"U02AB7LMN3X","user_name":"<<N|Naledi Dlamini>>","ts":"1709553188.004900",
  "text":"<@U04QF1J2K7A> pls use 1password, not slack :upside_down_face:"},
 {"type":"message","user":"U04QF1J2K7A","user_name":"<<N|Benedikt Sauer>>","ts":"1709553240.005200",
  "text":"fair. also if the script fails call me, <<P|+49 151 2374 8801>>, I'm on the train"}
],"has_more":false,"channel":"C05MIGR8N1Q"}
""".replace("@@heroku2@@", "HRKU-" + t(8, HX) + "-" + t(4, HX) + "-" + t(4, HX) + "-" + t(4, HX) + "-" + t(12, HX)))

pos("report", "en", r"""
NORTHGATE PATHOLOGY — LABORATORY REPORT                         Lab No: 25-HB-004417
Patient: <<N|O'SULLIVAN, Bríd>>        DOB: <<D|30.06.1962>>      Sex: F     Hosp No: NG0812274
Requested by: Dr <<N|Emeka Obi>>, Ward 7B      Collected: 07/03/2025 06:10   Reported: 07/03/2025 11:42

Test                     Result    Units      Reference
Haemoglobin              112  L    g/L        115–165
WBC                      11.8 H    x10^9/L    4.0–11.0
Platelets                 290      x10^9/L    150–400
CRP                        48 H    mg/L       < 5
eGFR                       71      mL/min     > 60

Comment: Mild normocytic anaemia. Raised inflammatory markers. Result phoned to <<N|Sister Ward>> 7B.
Authorised by: <<N|R. Hollingworth>>, Biomedical Scientist
""".replace("Result phoned to <<N|Sister Ward>> 7B.", "Result phoned to ward 7B (nurse in charge)."))

pos("statement", "en", r"""
Your Annual Pension Statement — Clearwater Master Trust                    Statement date: 05/04/2025
<<N|Mr Oladipo Ajayi>>
<<A|19 Fernbank Road>>
<<A|Redditch>>
<<A|B98 7QT>>

Member number: CMT-0087712         National Insurance number: <<ID|NR 42 81 66 B>>
Date of birth: <<D|14/09/1971>>          Selected retirement age: 67
Your pot value on 5 April 2025:          £48,217.63
Contributions this year (you + employer): £4,380.00
Projected income at 67 (today's money):   £3,140 a year
Beneficiary nominated: <<N|Folake Ajayi>> (spouse) 100 %
Questions? Call the member helpline 0345 000 0000 or write to us at our Leeds office.
""".replace("<<N|Mr Oladipo Ajayi>>", "Mr <<N|Oladipo Ajayi>>"))

# ================================================================ English, hard negatives

neg("notes", "en", r"""
Release notes — Fernwood Gateway 10.4.2 (build 10.4.2.18877)
Released 2024-11-19

Fixes
  * GW-2291  Session cookie was not renewed after SSO re-auth on 10.4.1.
  * GW-2304  Health endpoint returned 503 when the upstream list contained 0.0.0.0.
  * GW-2310  Admin UI showed "Invalid IP" for IPv6 literals such as 2001:db8:4a1::17.
Upgrade path
  10.2.x → 10.3.9 → 10.4.2. Direct upgrades from 9.8.3.1 are not supported.
Compatibility
  Tested with OpenSSL 3.0.13, Java 17.0.11+9, PostgreSQL 15.6 and 16.2.
Checksums
  fernwood-gateway-10.4.2.tar.gz  sha256 3f9a0c41e7d2b58a6c1e90f4d7b2a3e5c8f01d6b4a9e2c7f5b0d3a81e6c4f2b9
Docs: https://docs.fernwood.io/gateway/10.4/upgrade  —  support: support@fernwood.io
""")

neg("email", "en", r"""
From: Northwind Outdoor <noreply@northwind-outdoor.com>
To: you
Subject: Your order NW-00918345 has shipped!

Good news — your order is on its way.

Order number:     NW-00918345
Order date:       4 March 2025
Shipped:          6 March 2025 via UPS Standard
Tracking number:  1Z 999 AA1 01 2345 6784
Estimated delivery: Tuesday 11 March – Thursday 13 March

Items
  1 × Trailhead 45L backpack (Moss)             £119.00
  2 × Merino hiking socks, size L                £28.00
Paid with Visa •••• 4417

Need help? Reply to this e-mail, visit help.northwind-outdoor.com or call our customer service
team free on 0800 046 1234 (Mon–Fri 8am–8pm). Returns are free within 30 days.

Northwind Outdoor Ltd · Registered in England & Wales No. 08812345 · VAT GB 123 4567 89 · Kendal
""")

neg("docs", "en", r"""
Quick start — configuring credentials

The SDK reads credentials from the environment. For local testing you can use the documented
sample values below; they are not valid keys and will be rejected by the service.

    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    export AWS_DEFAULT_REGION=us-west-2

To call the API from a shell, pass a token from your identity provider:

    curl https://api.example.com/v1/things \
      -H "Authorization: Bearer $ACCESS_TOKEN"

A decoded token looks like the one from jwt.io:

    eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c

Never commit real credentials. Use a secrets manager and reference them as ${SECRET_NAME}.
Questions: developers@example.com
""")

neg("docs", "en", r"""
Testing payments in sandbox mode

Use these card numbers with any future expiry date, any 3-digit CVC and any postcode:

  Brand          Number                 Behaviour
  Visa           4242 4242 4242 4242    Succeeds
  Visa (debit)   4000 0566 5566 5556    Succeeds
  Mastercard     5555 5555 5555 4444    Succeeds
  Amex           3782 822463 10005      Succeeds
  Visa           4000 0000 0000 0002    Declined (generic)
  Visa           4111 1111 1111 1111    Succeeds (legacy test number)

SEPA Direct Debit test IBANs:
  DE89 3704 0044 0532 0130 00   → succeeds
  GB82 WEST 1234 5698 7654 32   → succeeds after 3 minutes

Test API keys start with sk_test_ and are shown in the dashboard. Never use live keys in CI.
""")

neg("article", "en", r"""
Ada Lovelace (10 December 1815 – 27 November 1852) was an English mathematician and writer, chiefly
known for her work on Charles Babbage's proposed mechanical general-purpose computer, the Analytical
Engine. She was the only legitimate child of the poet Lord Byron and Anne Isabella Milbanke.

Lovelace's notes on the engine, published in 1843 in Taylor's Scientific Memoirs, include what is
often called the first published algorithm intended to be carried out by a machine. Her mother
encouraged her interest in mathematics, and she was tutored by Mary Somerville and Augustus De Morgan.

She died of uterine cancer at the age of 36 and was buried beside her father at the Church of St
Mary Magdalene in Hucknall, Nottinghamshire. Ada Lovelace Day is celebrated on the second Tuesday
of October.
""")

neg("review", "en", r"""
Book club — March pick: "The Hound of the Baskervilles" (Arthur Conan Doyle, 1902)

We meet Sherlock Holmes and Dr John Watson at 221B Baker Street when Dr James Mortimer arrives with
the legend of the Baskerville curse. Sir Henry Baskerville, heir to the estate, receives an anonymous
warning made of newspaper letters. Watson is sent to Dartmoor alone, writing reports to Holmes, and
meets the naturalist Jack Stapleton and his "sister" Beryl, the escaped convict Selden and the
Barrymores. Discussion questions:
  1. Why does Conan Doyle keep Holmes off-stage for so long?
  2. Is Stapleton a convincing villain?
  3. Compare with the 1959 Hammer film starring Peter Cushing.
Next meeting: Thursday 27 March, 7pm, library meeting room 2. Bring snacks!
""")

neg("config", "en", r"""
# .env.example — copy to .env and fill in. Do NOT commit your .env
NODE_ENV=development
PORT=3000
DATABASE_URL=postgresql://<user>:<password>@localhost:5432/<database>
REDIS_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx
STRIPE_WEBHOOK_SECRET=whsec_...
SENDGRID_API_KEY=your-sendgrid-api-key
JWT_SECRET=change-me
OAUTH_CLIENT_ID=
OAUTH_CLIENT_SECRET=
ADMIN_EMAIL=admin@example.com
SENTRY_DSN=${SENTRY_DSN}
# optional
OPENAI_API_KEY=<paste your key here>
""")

neg("config", "en", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing-api
  namespace: billing
spec:
  replicas: 2
  selector:
    matchLabels: {app: billing-api}
  template:
    metadata:
      labels: {app: billing-api}
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/billing-api:4.12.0
          ports: [{containerPort: 8080}]
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: billing-db, key: password}
            - name: STRIPE_KEY
              valueFrom:
                secretKeyRef: {name: stripe, key: secret-key}
            - name: JAVA_OPTS
              value: "-Xms512m -Xmx1g"
          readinessProbe:
            httpGet: {path: /actuator/health, port: 8080}
""")

neg("log", "en", r"""
2025-01-14T10:22:31.004Z [INFO ] Starting job deploy (run 8841, attempt 1)
2025-01-14T10:22:31.118Z [INFO ] Using runner ubuntu-22.04 (image version 20250105.1.0)
2025-01-14T10:22:33.902Z [INFO ] Masking 4 secret variables
2025-01-14T10:22:34.010Z [DEBUG] env DEPLOY_TOKEN=***
2025-01-14T10:22:34.011Z [DEBUG] env DB_PASSWORD=***
2025-01-14T10:22:34.011Z [DEBUG] env SLACK_WEBHOOK_URL=***
2025-01-14T10:22:41.557Z [INFO ] docker login -u ci-bot -p *** registry.acme.dev
2025-01-14T10:22:42.880Z [INFO ] Login Succeeded
2025-01-14T10:23:10.214Z [INFO ] Pushed registry.acme.dev/shop/api:2025.01.14-8841 digest sha256:9c4e1b2f7a80d36e5c12a9f0b7e4d83c61a25f09e8b7c4d2a1f63e05b9d7c8a4
2025-01-14T10:23:55.001Z [INFO ] helm upgrade --install api ./chart --set image.tag=2025.01.14-8841 --set db.password=***
2025-01-14T10:24:40.772Z [INFO ] Job succeeded in 2m09s
""")

neg("log", "en", r"""
127.0.0.1 - - [18/Feb/2025:06:00:01 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"
127.0.0.1 - - [18/Feb/2025:06:00:11 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"
::1 - - [18/Feb/2025:06:00:15 +0000] "GET /metrics HTTP/1.1" 200 18211 "-" "Prometheus/2.53.1"
127.0.0.1 - - [18/Feb/2025:06:00:21 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"
2025/02/18 06:00:30 [notice] 1#1: signal 1 (SIGHUP) received from 58, reconfiguring
2025/02/18 06:00:30 [notice] 1#1: reconfiguring, listening on 0.0.0.0:8080 and [::]:8080
2025/02/18 06:00:30 [notice] 1#1: using the "epoll" event method, nginx/1.27.3, OpenSSL 3.3.2
127.0.0.1 - - [18/Feb/2025:06:00:31 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"
""")

neg("docs", "en", r"""
Lab 3 – Subnetting and static routes

Topology: R1 (LAN A) ↔ R2 (LAN B). Use the documentation prefixes so nothing leaks to the internet.

  LAN A       192.0.2.0/25      gateway 192.0.2.1      netmask 255.255.255.128
  LAN B       198.51.100.0/24   gateway 198.51.100.1
  Transit     203.0.113.0/30    R1 = 203.0.113.1, R2 = 203.0.113.2
  IPv6 LAN A  2001:db8:a::/64   gateway 2001:db8:a::1

On R1:  ip route 198.51.100.0 255.255.255.0 203.0.113.2
On R2:  ip route 192.0.2.0 255.255.255.128 203.0.113.1
DNS for both LANs: 1.1.1.1 and 9.9.9.9 (public resolvers).

Check with "ping 198.51.100.10 source 192.0.2.10" and "traceroute 2001:db8:b::10".
Broadcast for LAN A is 192.0.2.127; the MAC broadcast address is ff:ff:ff:ff:ff:ff.
""")

neg("legal", "en", r"""
IMPRINT / LEGAL NOTICE

Greybridge Analytics Ltd
Registered office: Cambridge, United Kingdom
Registered in England and Wales, company number 11849302
VAT registration number: GB 318 4412 07
LEI: 213800ZK7QF4BHXJ2R41
Switchboard: +44 1223 000 100 (Mon–Fri, 9:00–17:30)
General enquiries: hello@greybridge-analytics.com
Press: press@greybridge-analytics.com
Data protection officer: dpo@greybridge-analytics.com

Greybridge Analytics Ltd is authorised and regulated by the Financial Conduct Authority under
firm reference number 845201. Our complaints procedure is available on request.
""")

neg("news", "en", r"""
TRAFFIC UPDATE 07:45 — Oxford Street remains closed between Marble Arch and Oxford Circus for
gas main repairs; buses 7, 98 and 390 are diverted via Wigmore Street. Expect delays on Park Lane
and Edgware Road. Baker Street station is exit-only until 10:00 because of overcrowding.

On the M25, one lane is closed clockwise between junctions 15 and 16 after a breakdown.
In Manchester, Deansgate is shut southbound near King Street for a film shoot until Sunday.

For live travel updates call the TfL helpline on 0343 222 1234 or check tfl.gov.uk.
""")

neg("docs", "en", r"""
# Adding a deploy key
Public keys are safe to share. Paste the PUBLIC half into Settings → Deploy keys:

ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG7kq8P0w3tE9mZ1vN4cX2bR6yH5uJ8sL0dA3fQ9eW1K deploy@build-agent-03

The server's host key fingerprint is:
  SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8 (ED25519)

Our CA certificate (public) for mTLS:
-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUQm9vdHN0cmFwQ0EtMjAyNC0wMS0wMTAKBggqhkjOPQQD
AjAfMR0wGwYDVQQDDBRCb290c3RyYXAgUm9vdCBDQSAwMTAeFw0yNDAxMDEwMDAw
MDBaFw0zNDAxMDEwMDAwMDBaMB8xHTAbBgNVBAMMFEJvb3RzdHJhcCBSb290IENB
-----END CERTIFICATE-----

Never paste the private key (the file without .pub) anywhere.
""")

neg("checksums", "en", r"""
SHA256SUMS for release v2.8.1 (signed with release key 0x7A3F1C9E2B5D8014)

e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  empty.txt
9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  tool-2.8.1-linux-amd64.tar.gz
2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae  tool-2.8.1-linux-arm64.tar.gz
fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9  tool-2.8.1-darwin-arm64.zip
b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c  tool-2.8.1-windows-amd64.zip

md5 (legacy mirrors only): 5d41402abc4b2a76b9719d911017c592
Git tag object: 4b825dc642cb6eb9a060e54bf8d69288fbee4904
Verify with: gpg --verify SHA256SUMS.asc SHA256SUMS
""")

neg("log", "en", r"""
2025-02-03 14:07:12.551 INFO  [req=7c9e6679-7425-40de-944b-e07fc1f90ae7] POST /v2/orders 201 in 84ms
2025-02-03 14:07:12.552 INFO  [req=7c9e6679-7425-40de-944b-e07fc1f90ae7] order_id=ORD-2025-0203-88412 items=3 total=129.90 currency=EUR
2025-02-03 14:07:12.690 INFO  [trace=4bf92f3577b34da6a3ce929d0e0e4736 span=00f067aa0ba902b7] publishing OrderCreated to topic orders.v2 partition 7 offset 1882201
2025-02-03 14:07:13.004 WARN  [req=f47ac10b-58cc-4372-a567-0e02b2c3d479] inventory-svc responded 429, retrying in 200ms (attempt 2/5)
2025-02-03 14:07:13.221 INFO  [req=f47ac10b-58cc-4372-a567-0e02b2c3d479] GET /v2/stock/SKU-44120-BLK 200 in 31ms
2025-02-03 14:07:14.880 INFO  [job=reindex-20250203] indexed 120,441 documents in 11.2s (build 7.3.0+a91c2e4)
""")

neg("receipt", "en", r"""
CORNER CAFÉ & DELI · Bath
VAT No. GB 441 2290 17
-----------------------------------
Flat white (oat)              3.40
Almond croissant              2.95
Soup of the day               5.50
-----------------------------------
TOTAL                     GBP 11.85
CONTACTLESS  VISA DEBIT   11.85
Card: ************7730
AID: A0000000031010   Auth code: 084421
Terminal ID: 29417702   Merchant ID: 4419020117
Date 21/02/2025  Time 12:41  Trans 3318
PLEASE RETAIN FOR YOUR RECORDS
Thank you – see you again soon!
Wi-Fi: CornerCafe-Guest (no password)
""")

neg("catalog", "en", r"""
SPRING PROMOTIONS – aisle guide (store 0412)

Aisle 3 – Spirits
  Jack Daniel's Old No. 7, 70cl ............ £22.00 (was £27.50)
  Captain Morgan Spiced Gold, 1L ............ £18.00
  Johnnie Walker Black Label, 70cl .......... £28.00
Aisle 7 – Household
  Mr Muscle Kitchen Cleaner 750ml ........... £2.10
  Dr. Beckmann Stain Devils ................. 2 for £5
Aisle 9 – Frozen
  Ben & Jerry's Cookie Dough 465ml .......... £4.50
  Aunt Bessie's Yorkshire Puddings x12 ...... £1.85
Clothing concession
  Dr. Martens 1460 boots .................... £169.00
  Tommy Hilfiger polo ....................... £45.00
  Ted Baker gift sets ....................... from £20
Offers valid 1–30 April while stocks last. Product codes and barcodes on shelf edge labels.
""")

neg("news", "en", r"""
MATCH REPORT — Premier League, Saturday
Arsenal 2–1 Chelsea

Bukayo Saka opened the scoring in the 23rd minute after a one-two with Martin Ødegaard, and Declan
Rice doubled the lead with a header from a corner just before half-time. Cole Palmer pulled one back
from the penalty spot on 71 minutes after William Saliba was adjudged to have handled.
Mikel Arteta said afterwards: "We controlled the game for long spells." Chelsea head coach Enzo
Maresca praised his side's second-half reaction.
Attendance: 60,214. Referee: Michael Oliver. Next fixture: away at Newcastle, 15:00 kick-off.
""")

neg("invoice", "en", r"""
INVOICE No. 2025-0311                                   Date: 11 March 2025
From: Halcyon Cloud Services GmbH, Munich               To: Bramble Digital Ltd, Leeds
VAT ID: DE298746153                                      VAT: GB 297 1183 42
HRB 248117, Amtsgericht München                          Company No. 10938812

Purchase order: PO-88421         Customer number: C-004217        Contract: HCS-ENT-2291

Item                                         Qty      Unit        Total
Managed Kubernetes cluster (3 nodes)          1     1,200.00     1,200.00
Object storage, 4.2 TB                        1       168.00       168.00
Premium support                               1       350.00       350.00
                                                     Net         1,718.00
Reverse charge – VAT to be accounted for by the recipient (Art. 196 VAT Directive)
Payment terms: 30 days net. Please quote invoice number 2025-0311 with your payment.
Accounts receivable: ar@halcyon-cloud.de · +49 89 000 00 00
""")

neg("form", "en", r"""
PATIENT REGISTRATION FORM (GMS1) – please complete in BLOCK CAPITALS

Surname: ______________________________   First names: ___________________________
Date of birth:  __ __ / __ __ / __ __ __ __        Sex: M / F / Other
NHS number (if known): ___ ___ ____
Home address: _____________________________________________   Postcode: ________
Telephone: ______________________   Mobile: ______________________
Email: ______________________@_______________

If you are returning from abroad, previous UK address: ___________________________
Example of how to write your date of birth: DD/MM/YYYY (e.g. 01/01/1990 would be written 01/01/1990)

For practice use: Registered by ______  Date ______  Summary card requested Y/N
""")

neg("git", "en", r"""
commit 5e2b8f0c1a9d74e3b6f20c8a4d1e97b3c5a06f28 (HEAD -> main, origin/main)
Author: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>
Date:   Mon Mar 3 03:12:44 2025 +0000

    chore(deps): update dependency typescript to v5.8.2

commit 0b7a4c3e9f1d2856a7c0e4b3d9f81a2c6e5b7d90
Author: github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>
Date:   Sun Mar 2 00:00:41 2025 +0000

    docs: regenerate API reference (automated)

commit c41e8a9d2b7f05e3a6c1d8b4f2e97a0c3d5b1e68
Author: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>
Date:   Sat Mar 1 04:22:10 2025 +0000

    build(deps-dev): bump eslint from 9.20.1 to 9.21.0

    Bumps [eslint](https://github.com/eslint/eslint) from 9.20.1 to 9.21.0.
    - [Release notes](https://github.com/eslint/eslint/releases)
""")

neg("tracking", "en", r"""
Shipment 7741 0092 8813 · Service: Express Worldwide · Pieces: 2 · Weight: 8.4 kg
Waybill: 5812 4499 03   Reference: PO-2025-0417 / INV-55021

Date        Time   Location                 Status
06 Mar 25   18:02  SHENZHEN - CN            Shipment picked up
06 Mar 25   23:40  HONG KONG - HK           Processed at hub
07 Mar 25   04:15  LEIPZIG - DE             Arrived at sort facility
07 Mar 25   09:52  LEIPZIG - DE             Departed facility
08 Mar 25   06:30  EAST MIDLANDS - GB       Customs status updated – cleared
08 Mar 25   08:14  MANCHESTER - GB          With delivery courier
08 Mar 25   12:47  MANCHESTER - GB          Delivered – signed for at reception
Container MSCU 4471882 (sea leg not used). Customs entry 25GB8H4K1L2M3N4P5Q.
""")

neg("notes", "en", r"""
CHANGELOG

## [3.2.0] - 2025-01-28
### Added
- Support for Node 22 LTS.
- `--max-retries` flag (default 3).
### Fixed
- Crash when the config path contained a space (#441).
- Date parsing for ISO-8601 week dates like 2025-W05-2.

## [3.1.4] - 2024-12-09
### Security
- Bumped `undici` to 6.21.1 (GHSA-c76h-2ccp-4975, CVE-2025-22150).

## [3.1.3] - 2024-11-30
### Fixed
- Regression in 3.1.2 that broke IPv6 host parsing for "[::1]:8080".

Full diff: https://github.com/northstar-tools/cli/compare/v3.1.4...v3.2.0
""")

neg("article", "en", r"""
Charles Dickens lived at 48 Doughty Street, London, from 1837 to 1839 – the only one of his London
homes to survive. It was here that he wrote Oliver Twist and Nicholas Nickleby, and where his
daughters Mary and Kate were born. The house opened as the Charles Dickens Museum in 1925.

Dickens was born on 7 February 1812 in Landport, Portsmouth, and died on 9 June 1870 at Gad's Hill
Place in Kent. He is buried in Poets' Corner, Westminster Abbey.

Visiting: open Wednesday to Sunday, 10:00–17:00. Tickets £12.50, concessions £9.50. The nearest
stations are Russell Square and Chancery Lane. Group bookings: bookings@dickensmuseum.com.
""")

neg("docs", "en", r"""
Password policy (IT-SEC-004, version 3.1, effective 1 April 2025)

1. Minimum length 14 characters; passphrases of four or more random words are encouraged.
2. Passwords are checked against a list of breached and common passwords. The following are examples
   of passwords that will be REJECTED: password, 123456, qwerty123, letmein, Welcome1, Summer2024!
3. Passwords never expire unless compromise is suspected.
4. MFA is mandatory for all remote access (authenticator app or FIDO2 key).
5. Never share your password — IT staff will never ask for it. Report suspicious requests to
   security@company-intranet.local or on the IT service desk line, extension 4400.
6. Stored passwords are hashed with Argon2id (m=64 MiB, t=3, p=4), for example:
   $argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$Jp7a6Gk1t8Yh2Qe0Vh3xRz1bW4nT6mK9sL2dF5gH8jQ
""")

neg("game", "en", r"""
== SAVEGAME: "The Long Road" — slot 2 — playtime 41h 12m ==
[party]
leader   = "Geralt of Rivia"   level=34  class=Witcher
member_2 = "Yennefer of Vengerberg" level=33 class=Sorceress
member_3 = "Dandelion"          level=29 class=Bard
[location]
region   = "Velen"  node = "Crow's Perch"  x=1442.8 y=-318.2
[quests]
active   = ["Family Matters", "Bloody Baron", "A Towerful of Mice"]
done     = 48
[inventory]
gold     = 12840
items    = ["Steel sword +3", "Silver sword of the Bear", "Swallow potion x4"]
[settings]
difficulty = "Blood and Broken Bones!"  language = en  build = 4.04.1
""")

neg("news", "en", r"""
PRESS RELEASE — for immediate release

Prime Minister Keir Starmer and Chancellor Rachel Reeves visited the new gigafactory site in
Sunderland on Tuesday. They were joined by the Mayor of the North East, Kim McGuinness.

The plant will employ 3,400 people when fully operational in 2027. Enquiries from journalists
should go to the press office on 020 7000 0000 or press@example.gov.uk; out-of-hours media line
0300 000 0000. Photographs are available on the government Flickr account under licence CC BY 2.0.

Notes to editors: The project reference is NE-GIGA-2025-01. Figures are in 2024 prices.
""")

neg("notes", "en", r"""
Agenda — Quarterly Board Meeting
Date: Thursday 24 April 2025, 10:00–13:00, Boardroom 2 / Teams
Chair: Chair of the Board      Secretary: Company Secretary

1. Apologies and declarations of interest
2. Minutes of the meeting of 23 January 2025 (paper B-25-01)
3. CEO report (paper B-25-02)
4. Q1 financial results – CFO (paper B-25-03)
5. Risk register update – Head of Risk (paper B-25-04)
6. Remuneration committee report – Committee Chair
7. AOB
Dial-in: +44 20 3000 0000, conference ID 552 118 904#
Papers will be circulated via the board portal by 17 April. Contact: governance@company.example
""")

neg("article", "en", r"""
Earthquake report — Event ID us7000mk3q
Magnitude: 5.4 Mww
Origin time: 2025-02-11 03:44:19 UTC
Location: 38.217°N 142.651°E, depth 41.0 km, 96 km E of Ishinomaki, Japan
Nearest stations: MYG011 (12.4 gal), IWT010 (8.9 gal)
Tsunami: no threat
Felt reports: 1,204 (DYFI), maximum intensity IV
Data sources: USGS NEIC, JMA. Catalogue version 2025-02-11T05:10:00Z.
Reviewed by: duty seismologist (automatic solution updated at 04:02 UTC)
""")

neg("legal", "en", r"""
Case citation guide (internal training)

Cite cases in the following formats:
  Donoghue v Stevenson [1932] UKHL 100
  Caparo Industries plc v Dickman [1990] UKHL 2
  R v Brown [1993] UKHL 19
  Case C-131/12 Google Spain SL v AEPD, EU:C:2014:317
Statutes: Data Protection Act 2018, s. 170(1); UK GDPR art. 6(1)(f).
Claim numbers in the County Court look like K7QZ1840 or F00MA123; High Court claims like
KB-2024-001234. Do not put parties' personal details in the training materials.
""")

neg("catalog", "en", r"""
Library catalogue — new acquisitions, February 2025
ISBN 978-0-14-143951-8  Austen, Jane. Pride and Prejudice. Penguin Classics, 2003.
ISBN 978-0-7432-7356-5  Fitzgerald, F. Scott. The Great Gatsby. Scribner, 2004.
ISBN 978-0-06-112008-4  Lee, Harper. To Kill a Mockingbird. Harper Perennial, 2006.
ISBN 978-1-78470-871-1  Ishiguro, Kazuo. Klara and the Sun. Faber, 2021.
ISBN 978-0-571-36490-1  Rooney, Sally. Intermezzo. Faber, 2024.
DOI 10.1038/s41586-021-03819-2 (Nature article, online access)
Shelfmarks: 823.7 AUS, 813.52 FIT, 813.54 LEE, 823.914 ISH, 823.92 ROO.
""")

neg("inventory", "en", r"""
Network inventory export — site LDS-02 — generated 2025-03-01 by netbox-sync

OUI prefix    Vendor                 Count   Notes
00:1A:2B      Ayecom Technology          0   legacy, decommissioned
3C:22:FB      Apple, Inc.               41   staff laptops (per-device MACs in asset DB, not exported)
B8:27:EB      Raspberry Pi Foundation    6   signage players
00:50:56      VMware, Inc.             118   virtual NICs
F4:F5:E8      Google, Inc.               9   meeting room displays

Special addresses seen on the LAN
  ff:ff:ff:ff:ff:ff   broadcast
  00:00:00:00:00:00   unset / placeholder in DHCP reservations
  01:00:5e:00:00:fb   mDNS multicast
  33:33:00:00:00:01   IPv6 all-nodes multicast
Subnets: 10.40.0.0/16 (staff), 10.41.0.0/24 (signage), management VLAN 99.
""")

neg("config", "en", r"""
; BIND zone file for example.net (documentation addresses only)
$TTL 3600
@       IN SOA   ns1.example.net. hostmaster.example.net. (
                 2025030101 ; serial
                 7200       ; refresh
                 3600       ; retry
                 1209600    ; expire
                 3600 )     ; minimum
        IN NS    ns1.example.net.
        IN NS    ns2.example.net.
        IN MX 10 mail.example.net.
ns1     IN A     192.0.2.53
ns2     IN A     198.51.100.53
mail    IN A     203.0.113.25
www     IN A     192.0.2.80
www     IN AAAA  2001:db8:10::80
@       IN TXT   "v=spf1 ip4:192.0.2.0/24 -all"
_dmarc  IN TXT   "v=DMARC1; p=reject; rua=mailto:dmarc-reports@example.net"
""")

neg("faq", "en", r"""
Frequently asked questions — Online Banking

Q: I received a text asking me to confirm my card number. Is it genuine?
A: No. We will never ask for your full card number, PIN or online banking password by text,
   e-mail or phone. Forward suspicious texts to 7726 and call us on 0800 000 1111 (24/7).

Q: How do I report a lost card?
A: Freeze it in the app, or call 0800 000 2222 (from abroad +44 20 0000 0000).

Q: What does my statement mean by "FPO" and "DD"?
A: Faster Payment Outbound and Direct Debit. "CHQ" is a cheque, "VIS" a Visa debit card purchase.

Q: What is a sort code?
A: A six-digit number such as 40-00-00 that identifies the branch. It is printed on your card.
In an emergency always dial 999 or 112.
""")

neg("email", "en", r"""
From: IT Service Desk <servicedesk@corp-mail.example>
To: All staff
Subject: [PHISHING TEST] What this fake message looked like

Last week's simulated phishing e-mail claimed to come from "Payroll Department" and asked you to
"verify your bank details". It contained these red flags:

  • Sender address: payroll-update@secure-hr-portal.example  (not our domain)
  • A link to http://192.0.2.44/login  (a raw IP address instead of our intranet)
  • A request for your password and "your card number, e.g. 0000 0000 0000 0000"
  • Urgency: "within 24 hours or your salary will be delayed"

No real data was collected. 71 % of staff reported the message – well done! If you clicked, you will
receive a short training module. Questions: security-awareness@corp-mail.example
""")

neg("fixture", "en", r"""
# tests/fixtures/users.yaml — synthetic data for unit tests
- id: 1
  name: "<FIRST_NAME> <LAST_NAME>"
  email: "user1@example.com"
  phone: "+00 000 000 0000"
  ssn: "000-00-0000"
  card: "4111 1111 1111 1111"
  iban: "GB82 WEST 1234 5698 7654 32"
  dob: "YYYY-MM-DD"
- id: 2
  name: "Test User 2"
  email: "user2@example.org"
  phone: null
  ssn: "123-45-6789"
  card: "**** **** **** 4242"
  password_hash: "$2b$12$KIXQJrZ9v5oVJ0Q7b2uDOe5yY8fQ3xJ6nS1pL4wR7tU0vM2cE9aGh"
- id: 3
  name: "ACME Robot"
  api_key: "${TEST_API_KEY}"
  token: "REDACTED"
""")

neg("log", "en", r"""
[2025-03-04 11:02:17,334] ERROR in app: Exception on /api/reports/export [GET]
Traceback (most recent call last):
  File "/app/venv/lib/python3.12/site-packages/flask/app.py", line 1511, in wsgi_app
    response = self.full_dispatch_request()
  File "/app/reports/export.py", line 88, in export
    df = build_frame(report_id=request.args["id"], fmt="xlsx")
  File "/app/reports/frames.py", line 142, in build_frame
    return pd.concat(parts, ignore_index=True)
  File "/app/venv/lib/python3.12/site-packages/pandas/core/reshape/concat.py", line 382, in concat
    op = _Concatenator(
ValueError: No objects to concatenate
[2025-03-04 11:02:17,335] INFO 10.0.0.0/8 allow-listed; request_id=b7e1c2d4-9a3f-4e58-8c61-2f0d7a9b3e14 report=RPT-2025-Q1-0042
""")

neg("docs", "en", r"""
Webhook signatures

Every webhook request carries a header such as:

    X-Signature-256: sha256=7d38b5cd25a2baf85ad3bb5b9311383e671a8a142eb302b324d4a5fba8748c69

Compute HMAC-SHA256 over the raw body with your endpoint secret (shown once in the dashboard, it
begins with "whsec_") and compare in constant time. Example secret used in this guide:
whsec_EXAMPLE_DO_NOT_USE. Example Slack-style URL format for incoming webhooks:

    https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX

Rotate secrets every 90 days. Old signatures remain valid for 24 hours after rotation.
""")

neg("calendar", "en", r"""
UK bank holidays 2025 (England and Wales)
  Wed 1 January     New Year's Day
  Fri 18 April      Good Friday
  Mon 21 April      Easter Monday
  Mon 5 May         Early May bank holiday
  Mon 26 May        Spring bank holiday
  Mon 25 August     Summer bank holiday
  Thu 25 December   Christmas Day
  Fri 26 December   Boxing Day
Office closures: the London and Glasgow offices close at 14:00 on 24 and 31 December.
Payroll will be processed on Tuesday 23 December for the December pay run.
Important dates: financial year end 31/03/2025; P60s issued by 31/05/2025.
""")

neg("recall", "en", r"""
PRODUCT RECALL NOTICE — Sunnyfield Organic Oat Drink 1L

Sunnyfield Foods is recalling the batches below because of possible contamination with
fragments of plastic.
  Batch code   Best before    EAN
  L24311A      30/06/2025     5012345678900
  L24311B      30/06/2025     5012345678900
  L24318C      07/07/2025     5012345678900
Product sold in Tesco, Sainsbury's and Co-op stores between 10 and 28 February 2025.
Do not drink. Return it to the store for a full refund. Customer care line: 0800 000 3333,
consumer.care@sunnyfield.example. Food Standards Agency reference: FSA-PRIN-12-2025.
""")

neg("forum", "en", r"""
Re: Best way to store API keys in a React Native app?
Posted by mobile_maven » Tue Jan 21, 2025

Short answer: you can't keep a secret in a client app. Anything you ship can be extracted.
What you should do instead:

  1. Keep the real key on your backend, e.g. process.env.MAPS_API_KEY.
  2. Have the app call your backend with the user's session token.
  3. If the vendor supports it, use a restricted key (HTTP referrer / bundle ID restrictions).

People will paste things like `const API_KEY = "YOUR_API_KEY_HERE"` in examples – that's just a
placeholder. And if you already committed a real key, revoke it first, then rewrite history.
See OWASP MASVS-STORAGE-1 and the docs at https://developer.android.com/privacy-and-security.
""")

neg("report", "en", r"""
MONTHLY KPI REPORT — Customer Support — February 2025
Tickets opened: 14,220 (+6.1 % MoM)      Tickets solved: 13,984
First response (median): 1h 42m          Resolution (median): 18h 05m
CSAT: 91.4 %                              NPS: +38
Top 5 contact reasons
  1. Delivery status (WISMO)       31.2 %
  2. Returns and refunds           18.7 %
  3. Login / password reset        11.9 %
  4. Payment declined               8.3 %
  5. Address change                 6.0 %
Busiest day: Monday 3 Feb (912 tickets). Agents on shift (avg): 46. Report ID KPI-SUP-2025-02.
""")

neg("sql", "en", r"""
-- schema.sql — customer module (no data)
CREATE TABLE customers (
    id             BIGSERIAL PRIMARY KEY,
    first_name     VARCHAR(100) NOT NULL,
    last_name      VARCHAR(100) NOT NULL,
    email          VARCHAR(254) UNIQUE NOT NULL CHECK (email LIKE '%@%'),
    phone_e164     VARCHAR(16),
    date_of_birth  DATE,
    ssn_last4      CHAR(4),
    iban           VARCHAR(34),
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_customers_email ON customers (lower(email));
COMMENT ON COLUMN customers.ssn_last4 IS 'last four digits only, e.g. 6789; full SSN is never stored';
INSERT INTO schema_version (version, applied_at) VALUES ('2025.03.1', '2025-03-05 09:00:00+00');
""")

neg("chat", "en", r"""
#release-train (Slack export, 2025-03-06)
[10:01] releasebot: :rocket: v8.14.0 cut from main at 4f1c2e9 (build #22817)
[10:02] releasebot: staging deploy started — job https://ci.internal/jobs/22817
[10:15] releasebot: staging deploy OK — smoke tests 142/142 passed
[10:16] pagerbot: no active incidents for service checkout-api
[11:30] releasebot: canary 10 % on prod-eu (cluster eu-west-1a), error rate 0.02 %
[12:30] releasebot: canary 50 %, p95 latency 212 ms (baseline 208 ms)
[13:30] releasebot: v8.14.0 fully rolled out. Changelog: https://wiki.internal/releases/8.14.0
[13:31] statusbot: status page unchanged (All Systems Operational)
""")

neg("recipe", "en", r"""
Grandma-style Victoria sponge (serves 8)

225 g butter, softened · 225 g caster sugar · 4 eggs · 225 g self-raising flour · 2 tbsp milk
Filling: 4 tbsp raspberry jam, 150 ml double cream

1. Heat oven to 190 °C / 170 °C fan / gas mark 5. Grease two 20 cm tins.
2. Beat butter and sugar for 3–4 minutes, add eggs one at a time, fold in flour and milk.
3. Bake 20–25 minutes until golden. Cool 10 minutes in the tins, then on a rack.
4. Spread jam on one sponge, whipped cream on the other, sandwich together.
Nutrition per slice: 512 kcal, 31 g fat, 53 g carbs. Recipe ID R-1187, tested 12/03/2024.
""")

neg("config", "en", r"""
# terraform plan (excerpt)
  # aws_db_instance.main will be updated in-place
  ~ resource "aws_db_instance" "main" {
        id                     = "db-7XK2QLM4PO9A"
      ~ password               = (sensitive value)
        username               = "app"
      ~ instance_class         = "db.t3.medium" -> "db.t3.large"
        engine_version         = "16.2"
        # (41 unchanged attributes hidden)
    }
  # aws_iam_access_key.ci will be created
  + resource "aws_iam_access_key" "ci" {
      + id                     = (known after apply)
      + secret                 = (sensitive value)
      + user                   = "ci-deployer"
    }
Plan: 1 to add, 1 to change, 0 to destroy.
""")

neg("letter", "en", r"""
Dear Customer,

IMPORTANT: Changes to your account terms from 1 June 2025

We are writing to let you know about changes to the terms of your current account. The overdraft
interest rate will change from 39.9 % EAR to 35.0 % EAR, and the monthly fee for Premier accounts
will increase from £15 to £17.

You don't need to do anything. If you don't want to accept the changes, you can close your account
free of charge before 1 June 2025. Full terms are available at any branch or on our website.

If you have questions please call us on 0345 000 0000 (textphone 0345 000 0001).

Yours faithfully,
Customer Communications Team
Registered office: Edinburgh. Registered in Scotland no. SC000000.
""")

neg("article", "en", r"""
Abbey Road is a thoroughfare in St John's Wood, north-west London, best known for the Abbey Road
Studios at number 3 and the zebra crossing photographed for the Beatles' 1969 album cover. The road
runs roughly north-west to south-east between Kilburn and St John's Wood.

The crossing was given Grade II listed status in 2010. Visitors are asked to respect traffic when
re-creating the photograph. A webcam run by the studios streams the crossing 24 hours a day.

Nearby streets include Grove End Road and Hall Road; the closest Underground station is St John's
Wood (Jubilee line).
""")

neg("export", "en", r"""
support_export_2025-02_masked.csv (PII masked by export job, policy DP-07)
ticket_id,created,customer_name,email,phone,card,postcode,topic
T-99120,2025-02-03,[REDACTED],j*****@g****.com,+44 7*** ***118,**** **** **** 7301,SW1A ***,refund
T-99121,2025-02-03,[REDACTED],m****@o******.co.uk,07*** ****42,,M1 ***,delivery
T-99122,2025-02-04,[REDACTED],a***.b*****@y****.com,,**** 4417,LS18 ***,login
T-99123,2025-02-04,[REDACTED],r*******@i*****.com,+1 (***) ***-0937,************5556,90210,billing
T-99124,2025-02-05,[REDACTED],[REDACTED],[REDACTED],[REDACTED],[REDACTED],other
rows: 5   masked_fields: 5   job: export-mask v1.9.2   hash_salt_id: 2025Q1-A
""")

neg("timetable", "en", r"""
GREAT WESTERN RAILWAY — Service 1A27 — London Paddington to Penzance — Mon–Fri from 19 May 2025
Station                 arr     dep     platform
London Paddington         -     08:04   7
Reading                 08:28   08:30   9
Exeter St Davids        10:12   10:15   5
Plymouth                11:16   11:21   6
Truro                   12:37   12:39   2
Penzance                13:09     -     3
Coaches A–J (A = First Class). Catering: trolley service. Bikes: reservation required (3 spaces).
Timetable change ref TC-2025-05. Enquiries: National Rail 03457 48 49 50.
""")

neg("pgn", "en", r"""
[Event "Tata Steel Masters"]
[Site "Wijk aan Zee NED"]
[Date "2024.01.20"]
[Round "7"]
[White "Carlsen, Magnus"]
[Black "Giri, Anish"]
[Result "1/2-1/2"]
[WhiteElo "2830"]
[BlackElo "2749"]
[ECO "C65"]

1. e4 e5 2. Nf3 Nc6 3. Bb5 Nf6 4. d3 Bc5 5. c3 O-O 6. O-O d6 7. h3 a6 8. Ba4 Ba7
9. Re1 Ne7 10. Nbd2 Ng6 11. Nf1 h6 12. Ng3 Re8 13. d4 c6 14. Bc2 exd4 15. cxd4 d5
16. e5 Ne4 17. Nxe4 dxe4 18. Bxe4 Bxd4 19. Nxd4 Qxd4 20. Qxd4 1/2-1/2
""")

neg("listing", "en", r"""
USED CAR STOCK — Riverside Motors (Reading branch) — updated weekly
Stock no  Make / model                        Year  Miles    Price
RM-4471   Ford Mustang Mach-E Premium AWD     2022  18,400   £31,995
RM-4472   Mercedes-Benz A-Class A180 AMG Line 2020  32,100   £18,750
RM-4475   Porsche Macan S                     2019  41,900   £38,500
RM-4478   Rolls-Royce Ghost (ex-demonstrator)   2021   6,200   £219,000
RM-4480   Aston Martin DB11 V8                2018  22,700   £84,950
RM-4483   Kia Ceed "GT-Line S"                2023   9,850   £19,495
All cars HPI-clear, 12 months MOT. Part exchange welcome. Call the sales team on 0118 000 0000
or visit the showroom. Finance example: representative APR 9.9 %.
""")

neg("script", "en", r"""
INT. CENTRAL PERK – DAY

RACHEL is behind the counter. MONICA and CHANDLER sit on the orange couch. JOEY enters, holding a
sandwich.

JOEY
   Nobody touch this sandwich. I mean it.

CHANDLER
   Could there BE a more serious warning?

PHOEBE (O.S.)
   (singing)
   Smelly cat, smelly cat...

ROSS enters, out of breath.

ROSS
   Has anyone seen my keycard? It's got my name on it, the museum won't let me in.
                                                               CUT TO:
""")

neg("finance", "en", r"""
MARKET CLOSE — Friday 7 March 2025
FTSE 100     8,679.88   -0.87 %     FTSE 250   20,412.15  -0.21 %
S&P 500      5,770.20   +0.55 %     Nasdaq     18,196.22  +0.70 %
GBP/USD      1.2915                 EUR/GBP    0.8392
Brent crude  $70.36                 Gold       $2,910.10/oz
Top risers: Rolls-Royce Holdings +3.1 %, BT Group +2.4 %, Sainsbury (J) +1.8 %
Top fallers: Ocado Group -5.2 %, Burberry -3.9 %, JD Sports -2.7 %
ISIN examples: GB00B63H8491 (Rolls-Royce), GB0030913577 (BT). Data delayed 15 min.
""")

neg("docs", "en", r"""
-----BEGIN PGP PUBLIC KEY BLOCK-----
Comment: Security team release signing key (public — safe to publish)

mDMEZdH0hBYJKwYBBAHaRw8BAQdA9Q2c4bq7Xz1pMhV3wRk0uE5nJg8sY2tLfQ1v
h0m2rWe0K1JlbGVhc2UgU2lnbmluZyBLZXkgPHNlY3VyaXR5QGV4YW1wbGUuY29t
PoiTBBMWCgA7FiEEekcR8Wk9l5x1o2P3cQ6xJ0sB0YgFAmXR9IQCGwMFCwkIBwIC
=Xk4d
-----END PGP PUBLIC KEY BLOCK-----

Fingerprint: 7A47 11F1 693D 979C 75A3 63F7 710E B127 4B01 D188
Key ID: 0x710EB1274B01D188   Created 2024-02-18   Expires 2027-02-17
Report vulnerabilities to security@example.com (encrypt with the key above).
""")

neg("draw", "en", r"""
NATIONAL LOTTERY RESULTS — Saturday 1 March 2025 — Draw 3052
Main numbers:   07  14  23  31  42  58      Bonus ball: 19
Machine: Arthur   Ball set: 6
Prize breakdown
  Match 6                 0 winners        jackpot rolls over (est. £8.2m)
  Match 5 + bonus         1 winner         £1,000,000
  Match 5               128 winners        £1,750
  Match 4             7,214 winners        £140
  Match 3           138,990 winners        £30
Claim within 180 days. Ticket serials look like 0412-558190-273314; keep yours safe.
""")

# ================================================================ German (DE, AT, CH)

def steuer_id(first10):
    prod = 10
    for ch in first10:
        s = (int(ch) + prod) % 10
        s = 10 if s == 0 else s
        prod = (s * 2) % 11
    c = 11 - prod
    v = first10 + str(0 if c == 10 else c)
    return "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])


def rvnr(area, ddmmyy, letter, serial2):
    pos_ = "%02d" % (ord(letter) - 64)
    digits = area + ddmmyy + pos_ + serial2
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    s = sum(sum(int(q) for q in str(int(a) * b)) for a, b in zip(digits, w))
    return "%s %s %s %s%d" % (area, ddmmyy, letter, serial2, s % 10)


V["de_iban1"] = iban("DE", "500105175407324931")
V["de_stid"] = steuer_id("5738294716")
V["de_rv"] = rvnr("12", "140386", "K", "51")
V["de_iban2"] = iban("DE", "120300001069784523")
pos("letter", "de", r"""
<<N|Katharina Brandstätter>>
<<A|Lindenstraße 14a>>
<<A|04177 Leipzig>>

Stadtwerke Leipzig GmbH
Kundenservice
Leipzig

Leipzig, 3. Februar 2025

Kündigung meines Stromvertrags – Kundennummer 40071823, Zählernummer 1ESY1160598274

Sehr geehrte Damen und Herren,

hiermit kündige ich meinen Stromliefervertrag fristgerecht zum 31. März 2025, da ich zum
1. April in eine neue Wohnung ziehe. Meine neue Anschrift lautet ab dann:

<<A|Karl-Heine-Straße 87, 04229 Leipzig>>

Bitte überweisen Sie ein etwaiges Guthaben aus der Schlussrechnung auf mein Konto
IBAN <<I|@@de_iban1@@>> (Kontoinhaberin: <<N|Katharina Brandstätter>>).

Zur Identifikation: Geburtsdatum <<D|14.03.1986>>, Telefon <<P|0341 22 58 719>>,
E-Mail <<E|k.brandstaetter@web.de>>.

Bitte bestätigen Sie mir den Eingang der Kündigung schriftlich.

Mit freundlichen Grüßen
<<N|Katharina Brandstätter>>
""")

pos("chat", "de", r"""
Microsoft Teams – Kanal „IT-Support Standort Köln“ – 12.06.2024

<<N|Jürgen Hoffmeister>> 08:47
Moin zusammen, der Drucker im 3. OG (Etage Buchhaltung) druckt wieder nur Hieroglyphen 🙄

<<N|Selin Aydoğan>> 08:52
Ich schau's mir an. <<N|Jürgen>>, kannst du mir kurz die IP vom Drucker schicken? Steht auf dem Display unter Netzwerk.

<<N|Jürgen Hoffmeister>> 08:55
<<IP|10.14.3.120>> – und das Admin-Passwort vom Webinterface ist übrigens immer noch <<K|Koeln!Druck2019>>, das weiß inzwischen das halbe Haus

<<N|Selin Aydoğan>> 09:01
Danke. Passwort ändere ich gleich mit. Neuer Treiber ist drauf, Testseite sieht gut aus.
@Frau Pietsch aus der Buchhaltung bitte einmal testen 🙂

<<N|Annegret Pietsch>> 09:14
Funktioniert! Danke <<N|Selin>>, du bist die Beste.
""".replace("@Frau Pietsch aus der Buchhaltung", "Frau <<N|Pietsch>> aus der Buchhaltung,"))

pos("form", "de", r"""
PERSONALFRAGEBOGEN – Neueinstellung zum 01.09.2024                    Personalnummer: 20418 (intern)

Persönliche Angaben
  Familienname:           <<N|Özdemir-Schulte>>
  Vorname:                <<N|Leonie>>
  Geburtsname:            <<N|Schulte>>
  Geburtsdatum:           <<D|14.03.1986>>          Geburtsort: Dortmund
  Anschrift:              <<A|Kaiserstraße 211, 44143 Dortmund>>
  Telefon (privat):       <<P|+49 231 5582 904>>
  Mobil:                  <<P|0176 41928833>>

Steuer und Sozialversicherung
  Steuer-ID:              <<ID|@@de_stid@@>>
  Steuerklasse:           IV     Kinderfreibeträge: 1,0
  Rentenversicherungsnr.: <<ID|@@de_rv@@>>
  Krankenkasse:           Techniker Krankenkasse, Versichertennr. <<ID|K804716229>>

Bankverbindung
  IBAN:                   <<I|@@de_iban2@@>>      BIC: COBADEFFXXX

Notfallkontakt: <<N|Murat Özdemir>> (Ehemann), <<P|0176 41928834>>
Ort, Datum: Dortmund, 19.08.2024        Unterschrift: <<N|L. Özdemir-Schulte>>
""")

V["de_mailpw"] = "Hx" + t(14, AL) + "!"
pos("config", "de", r"""
# application.properties – Auftragsverwaltung (Produktiv)
# ACHTUNG: Diese Datei gehört NICHT ins Git! – Ticket SEC-118, Ansprechpartner <<N|Dennis Kowalewski>>
server.port=8443
spring.datasource.url=jdbc:mariadb://db-auftrag-01.intern:3306/auftrag
spring.datasource.username=auftrag_app
spring.datasource.password=<<K|Lagerhalle#7-Kran>>
spring.mail.host=smtp.ionos.de
spring.mail.username=auftraege@beispielspedition.de
spring.mail.password=<<K|@@de_mailpw@@>>
app.sftp.host=<<IP|85.214.132.117>>
app.sftp.user=edi_partner
app.sftp.password=<<K|Palette&Gabelstapler88>>
app.admin.notify=<<E|dennis.kowalewski@beispielspedition.de>>
logging.level.root=WARN
""")

V["at_svnr"] = svnr_at("428", "170884")
pos("letter", "de", r"""
Ordination Dr. <<N|Christine Hofbauer-Lenz>>
Fachärztin für Innere Medizin · Graz · Tel. Ordination 0316 000 000

ÜBERWEISUNG an: Abteilung für Kardiologie, LKH-Univ. Klinikum Graz

Patientin:        <<N|Theresia Wallner>>
Geb.-Datum:       <<D|17.08.1984>>
SV-Nummer:        <<ID|@@at_svnr@@>>  (ÖGK)
Adresse:          <<A|Annenstraße 54/3/12, 8020 Graz>>
Telefon:          <<P|+43 664 381 2290>>

Diagnose: Palpitationen seit 4 Wochen, im Langzeit-EKG nsVT (3 Schläge), Echo unauffällig.
Fragestellung: Elektrophysiologische Abklärung erbeten.
Dauermedikation: Bisoprolol 2,5 mg 1-0-0.

Graz, am 05.02.2025                          Dr. <<N|C. Hofbauer-Lenz>>
""".replace("Ordination Dr. <<N|Christine Hofbauer-Lenz>>", "Ordination Dr. <<N|Christine Hofbauer-Lenz>>"))

V["ch_ahv"] = ahv("284731905")
V["ch_iban"] = iban("CH", "0900000" + "3041728495")
pos("form", "de", r"""
ANMELDUNG FÜR MIETOBJEKT – Zürich, Josefstrasse, 3.5-Zimmer-Wohnung, 3. OG
Objekt-Nr. 4471.03 · Verwaltung: Limmat Immobilien AG, Zürich

Mietinteressent/in
  Name / Vorname:          <<N|Gerber>> / <<N|Noemi>>
  Geburtsdatum:            <<D|22.11.1991>>
  Zivilstand:              ledig          Nationalität: CH
  AHV-Nummer:              <<ID|@@ch_ahv@@>>
  Aktuelle Adresse:        <<A|Birmensdorferstrasse 140, 8003 Zürich>>
  Telefon mobil:           <<P|079 418 22 60>>
  E-Mail:                  <<E|noemi.gerber@bluewin.ch>>
  Arbeitgeber:             Kantonsspital Winterthur, Pflegefachfrau HF, seit 2018
  Jahreseinkommen brutto:  CHF 92'000
Mitbewohner/in
  <<N|Luca Bernasconi>>, geb. <<D|03.04.1990>>, Tel. <<P|+41 76 552 08 31>>
Bisherige Vermieterin: <<N|Frau Ursula Kägi>>, Tel. <<P|044 461 77 12>>
Mietzinsdepot wird überwiesen von: <<I|@@ch_iban@@>>
""".replace("<<N|Frau Ursula Kägi>>", "Frau <<N|Ursula Kägi>>"))

neg("legal", "de", r"""
Impressum

Angaben gemäß § 5 DDG
Nordlicht Software GmbH
Sitz: Hamburg

Handelsregister: HRB 158442, Amtsgericht Hamburg
Umsatzsteuer-Identifikationsnummer gemäß § 27a UStG: DE318447215
Vertreten durch die Geschäftsführung

Kontakt
Telefon (Zentrale): +49 40 000 000 0
Telefax: +49 40 000 000 99
E-Mail: info@nordlicht-software.de
Datenschutzanfragen: datenschutz@nordlicht-software.de

Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: die Geschäftsführung (Anschrift wie oben)
Plattform der EU-Kommission zur Online-Streitbeilegung: https://ec.europa.eu/consumers/odr
""")

neg("news", "de", r"""
Verkehrsmeldung Berlin, Montag 07:30 Uhr

Die Friedrichstraße ist zwischen Unter den Linden und der Leipziger Straße wegen Bauarbeiten
weiterhin voll gesperrt. Die Buslinien 147 und 300 werden über die Wilhelmstraße umgeleitet.
Auf der Stadtautobahn A100 staut es sich in Richtung Neukölln ab dem Dreieck Funkturm auf
etwa vier Kilometern. Am Alexanderplatz ist der Zugang zur U2 am Ausgang Karl-Liebknecht-Straße
geschlossen. Die S-Bahn meldet auf der Linie S7 zwischen Westkreuz und Charlottenburg
Verspätungen von bis zu 15 Minuten wegen einer Weichenstörung.

Aktuelle Auskünfte: BVG-Kundendienst 030 19449 oder www.bvg.de.
""")

neg("article", "de", r"""
Johann Wolfgang von Goethe (* 28. August 1749 in Frankfurt am Main; † 22. März 1832 in Weimar)
war ein deutscher Dichter und Naturforscher. Sein Geburtshaus am Großen Hirschgraben 23–25 in
Frankfurt ist heute ein Museum; in Weimar bewohnte er ab 1782 das Haus am Frauenplan.

Zu seinen bekanntesten Werken gehören „Die Leiden des jungen Werthers“ (1774), „Faust. Eine
Tragödie“ (1808) und „Wilhelm Meisters Lehrjahre“ (1795/96). Mit Friedrich Schiller verband
ihn ab 1794 eine enge Freundschaft. Goethe war mit Christiane Vulpius verheiratet.

Öffnungszeiten Goethe-Nationalmuseum: Di–So 9:30–18:00 Uhr, Eintritt 14 €.
""")

neg("email", "de", r"""
Von: Online-Shop Gartenparadies <bestellung@gartenparadies-shop.de>
Betreff: Ihre Bestellung 2025-0412-88731 wurde versendet

Hallo,

vielen Dank für Ihren Einkauf! Ihre Bestellung ist unterwegs.

Bestellnummer:    2025-0412-88731
Bestelldatum:     12.04.2025
Sendungsnummer:   00340434161094022115 (DHL Paket)
Voraussichtliche Zustellung: 15.04.2025

1 × Hochbeet „Lärche natur“ 200 × 80 cm      189,00 €
2 × Bio-Gemüseerde 40 l                        19,98 €
Versand                                          0,00 €
Gesamt (inkl. 19 % MwSt.)                      208,98 €

Bezahlt per PayPal. Fragen? Kundenservice 0800 000 4477 (kostenfrei, Mo–Fr 8–18 Uhr)
Gartenparadies Versand GmbH · Sitz Bielefeld · HRB 47711 · USt-IdNr. DE812345671
""")

# ================================================================ French

V["fr_nir"] = nir(2, 88, 4, "75", 112, 43)
V["fr_iban"] = iban("FR", "30004" + "00819" + "00012873405" + "71")
pos("form", "fr", r"""
DOSSIER DE LOCATION – Appartement T3, 12 rue des Tanneurs, Lyon 2e (réf. annonce LY-44170)

Candidat(e)
  Nom :                    <<N|Lemaire-Diallo>>
  Prénom :                 <<N|Clémence>>
  Née le :                 <<D|9 avril 1988>> à Paris 14e
  N° de sécurité sociale : <<ID|@@fr_nir@@>>
  Adresse actuelle :       <<A|47, avenue Jean-Jaurès, 69007 Lyon>>
  Téléphone :              <<P|06 71 42 83 19>>
  Courriel :               <<E|clemence.lemaire-diallo@orange.fr>>
  Situation :              CDI, infirmière au CHU (depuis 2015)
  RIB pour le prélèvement : <<I|@@fr_iban@@>>
Garant
  <<N|Amadou Diallo>> (père), né le <<D|02/11/1956>>, retraité
  <<A|8 impasse des Lilas, 91300 Massy>> – <<P|+33 1 69 20 44 85>>
Pièces jointes : pièce d'identité, 3 derniers bulletins de salaire, avis d'imposition 2024.
""")

pos("email", "fr", r"""
De : <<N|Mathieu Roux>> <<<E|mathieu.roux@atelier-roux.fr>>>
À : <<N|Inès Benhamou>> <<<E|ines.benhamou@gmail.com>>>
Objet : RE: Accès au NAS du cabinet

Bonjour <<N|Inès>>,

Comme convenu au téléphone, voici les accès provisoires au NAS :
  adresse : https://nas-cabinet.myds.me:5001 (ou en local <<IP|192.168.10.25>>)
  identifiant : ibenhamou
  mot de passe : <<K|Cerisier!Avril-2025>>
Merci de le changer dès la première connexion. Le mot de passe du Wi-Fi invité reste
affiché à l'accueil.

Bonne journée,
<<N|Mathieu>>
--
<<N|Mathieu Roux>> · Architecte DPLG · Atelier Roux, Nantes
Ligne directe : <<P|02 40 48 71 36>> · Standard : 02 40 00 00 00

> Le 14 mars 2025 à 09:12, <<N|Inès Benhamou>> a écrit :
> Bonjour <<N|Mathieu>>, je commence lundi, pourriez-vous m'envoyer les accès au serveur ?
> Mon portable : <<P|07 58 21 36 90>>. Merci ! <<N|Inès>>
""")

pos("chat", "fr", r"""
[WhatsApp] Groupe « Coloc Rue Nationale »
[02/10/2024 19:04] <<N|Léa>>: qui est à l'appart ?? je suis devant la porte avec les courses
[02/10/2024 19:05] <<N|Thibault>>: je descends t'ouvrir. et le wifi c'est toujours <<K|raclette4ever!>>
[02/10/2024 19:05] <<N|Léa>>: merci 🙏
[02/10/2024 19:21] <<N|Youssef>>: au fait le proprio a appelé, il passe samedi pour la chaudière. son num si besoin : <<P|06 12 45 78 03>>
[02/10/2024 19:22] <<N|Thibault>>: ok. <<N|youssef>> tu peux lui dire que l'adresse pour le courrier c'est <<A|23 rue Nationale, appt 4, 37000 Tours>> et pas le 32
[02/10/2024 19:30] <<N|Léa>>: et mamie vient dimanche, prévoyez une chaise en plus 😅
""")

pos("log", "fr", r"""
2024-11-22 10:14:52,118 INFO  [auth] connexion réussie utilisateur=<<E|s.garnier@mairie-vallon.fr>> ip=<<IP|90.112.48.203>> navigateur=Firefox/132.0
2024-11-22 10:15:07,460 WARN  [auth] échec de connexion utilisateur=<<E|p.nguyen-vallet@mairie-vallon.fr>> ip=<<IP|90.112.48.203>> motif=mot_de_passe_incorrect
2024-11-22 10:15:31,902 DEBUG [auth] tentative (mode debug actif) login=p.nguyen-vallet motdepasse=<<K|Vallon2024*Etat-civil>>
2024-11-22 10:15:32,004 INFO  [auth] connexion réussie utilisateur=<<E|p.nguyen-vallet@mairie-vallon.fr>> ip=<<IP|90.112.48.203>>
2024-11-22 10:17:45,377 INFO  [etat-civil] consultation acte de naissance n° 2024-0441 par p.nguyen-vallet
2024-11-22 10:18:02,881 INFO  [sys] sauvegarde nocturne planifiée à 02:00 sur nas-01 (<<IP|10.1.0.40>>)
""")

V["fr_nir2"] = nir(1, 61, 9, "33", 63, 207)
pos("letter", "fr", r"""
Madame <<N|Solange Peyrot>>
<<A|Résidence Les Pins, bât. C>>
<<A|14 chemin de la Garenne>>
<<A|33600 Pessac>>

Objet : Demande de pension de réversion – dossier de M. <<N|Gérard Peyrot>>

Madame,

Nous accusons réception de votre demande de pension de réversion suite au décès de votre époux,
M. <<N|Gérard Peyrot>>, né le <<D|17 septembre 1961>> à Bordeaux, numéro de sécurité sociale
<<ID|@@fr_nir2@@>>. Afin d'instruire votre dossier, merci de nous faire parvenir :
  – une copie intégrale de l'acte de mariage ;
  – votre dernier avis d'imposition ;
  – un relevé d'identité bancaire à votre nom.

Votre conseillère, Mme <<N|Nadia Ferhat>>, reste joignable au <<P|05 56 00 41 27>> (ligne directe).

Veuillez agréer, Madame, l'expression de nos salutations distinguées.
Caisse de retraite – Agence de Bordeaux
""")

neg("notes", "fr", r"""
Notes de version – Logiciel de caisse KalipsoPOS 7.3.0 (build 7.3.0.2214)
Publiée le 04/03/2025

Corrections
  • KP-1182 : le ticket n'affichait pas le numéro de TVA intracommunautaire (FR40 123456789).
  • KP-1190 : plantage à l'ouverture si l'adresse IP de l'imprimante était 0.0.0.0.
  • KP-1195 : arrondi TVA 5,5 % erroné sur certains articles.
Compatibilité : Windows 10 22H2, Windows 11 23H2, terminaux Ingenico Move/5000 (firmware 11.22.04).
Mise à jour conseillée pour toutes les versions 7.x. Hotline : 0 800 000 000 (appel gratuit).
Assistance : support@kalipso-pos.fr
""")

neg("article", "fr", r"""
Victor Hugo (26 février 1802 à Besançon – 22 mai 1885 à Paris) est un poète, dramaturge et
romancier français. De 1832 à 1848, il habite au deuxième étage de l'hôtel de Rohan-Guéménée,
6 place des Vosges, aujourd'hui la Maison de Victor Hugo. Exilé après le coup d'État de 1851, il
vit à Hauteville House, à Guernesey, où il achève Les Misérables (1862).

Ses funérailles nationales, le 1er juin 1885, rassemblent près de deux millions de personnes ;
il repose au Panthéon. Jean Valjean, Cosette et Javert, personnages des Misérables, sont devenus
des figures populaires. Entrée libre aux collections permanentes, du mardi au dimanche.
""")

neg("ticket", "fr", r"""
Ticket SAV n° 2025-03-118842 – Statut : résolu
Produit : lave-linge Série 6 WGG24409FF – n° de série 4810 0125 7744 · commande CMD-77120945
Date d'achat : 12/01/2025 · Garantie : 2 ans (jusqu'au 12/01/2027)

Description du problème : code erreur E18 (vidange). Pièce commandée : pompe de vidange réf. 00145777.
Intervention du technicien : le 21/03/2025 entre 8 h et 12 h.
Message envoyé au client : « Votre rendez-vous est confirmé. Pour toute modification, contactez
notre service client au 09 69 00 00 00 (appel non surtaxé) ou par e-mail à sav@electro-service.fr. »

L'équipe Service Après-Vente
""")

neg("news", "fr", r"""
INFO TRAFIC – Île-de-France, mardi 8 h 15
Le boulevard périphérique intérieur est saturé entre la porte de Bagnolet et la porte de la Chapelle.
La rue de Rivoli est fermée à la circulation entre la rue du Louvre et la place de la Concorde pour
la manifestation cycliste. Sur l'A86, un accident à hauteur de Rungis provoque 6 km de bouchon.
RER B : trafic interrompu entre Gare du Nord et Aéroport CDG suite à un colis suspect.
Métro ligne 4 : station Saint-Michel fermée jusqu'à 10 h.
Renseignements : RATP 3424 (service gratuit + prix d'un appel).
""")

# ================================================================ Spanish

V["es_dni"] = dni("48392017")
V["es_nie"] = nie("Y", "4827163")
V["es_iban"] = iban("ES", "2100" + "0418" + "45" + "0200051332")
V["es_c"] = card("4548", groups=(4, 4, 4, 4), sep="-")
pos("form", "es", r"""
SOLICITUD DE ALTA – Gimnasio AquaFit Valencia (Centro Ruzafa)             Nº socio: 004417 (interno)

Datos del titular
  Nombre:               <<N|María del Carmen>>
  Apellidos:            <<N|Ruiz de la Fuente>>
  DNI:                  <<ID|@@es_dni@@>>
  Fecha de nacimiento:  <<D|23/05/1979>>
  Domicilio:            <<A|C/ Sueca, 38, 4º B, 46006 Valencia>>
  Móvil:                <<P|+34 654 21 87 30>>
  Email:                <<E|mcarmen.ruizdelafuente@gmail.com>>
Beneficiario adicional
  <<N|Kofi Mensah Owusu>>, NIE <<ID|@@es_nie@@>>, nacido el <<D|4 de enero de 1982>>
Domiciliación bancaria (cuota mensual 44,90 €)
  IBAN: <<I|@@es_iban@@>>
Pago de la matrícula con tarjeta: <<C|@@es_c@@>> (caduca 11/27)
Firma del titular: <<N|M.ª C. Ruiz>>                          Fecha: 02/09/2024
""")

pos("chat", "es", r"""
Telegram · Grupo "Peña ciclista Los Pedales" 🚴
[08:02] <<N|Álvaro Quintana>>: buenos días! salida del sábado a las 8 desde la gasolinera de siempre
[08:05] <<N|Nerea>>: yo voy. <<N|Álvaro>> me pasas la contraseña de la cuenta de Strava del club? quiero subir la ruta
[08:06] <<N|Álvaro Quintana>>: usuario penalospedales y la contraseña es <<K|Pedalea2023#Sierra>>, no la cambiéis porfa
[08:10] <<N|Chema>>: ojo que esto lo lee todo el grupo jajaja
[08:15] <<N|Nerea>>: gracias! por cierto si alguien se pierde mi móvil es el <<P|612 48 33 97>>
[08:16] <<N|Chema>>: y el de mi mujer <<N|Lucía>> por si acaso <<P|699 20 14 58>>, viene en coche de apoyo
""")

pos("email", "es", r"""
De: <<N|Ignacio Balaguer Ferrer>> <<<E|ibalaguer@asesoria-balaguer.es>>>
Para: <<N|Rocío Manzano>> <<<E|rocio.manzano.gil@hotmail.com>>>
Asunto: Documentación para la declaración de la renta 2024

Hola <<N|Rocío>>:

Para presentar tu declaración necesito que me confirmes los siguientes datos, porque en la
hoja que me enviaste hay un error en el DNI de tu hijo:

  Declarante: <<N|Rocío Manzano Gil>>, DNI <<ID|@@es_dni2@@>>, nacida el <<D|11-08-1985>>
  Hijo: <<N|Pablo Ortega Manzano>>, DNI <<ID|@@es_dni3@@>>, nacido el <<D|30-01-2012>>
  Domicilio fiscal: <<A|Avda. de la Constitución 112, 2º izq., 41001 Sevilla>>

Recuerda también traerme el certificado de retenciones de la empresa.

Un saludo,
<<N|Ignacio Balaguer>>
Asesoría Balaguer · Sevilla · Tel. directo <<P|954 21 08 67>>
""".replace("@@es_dni2@@", dni("27381945")).replace("@@es_dni3@@", dni("53109264")))

pos("json", "es", r"""
{
  "pedido": "MX-2024-118273",
  "estado": "ENVIADO",
  "cliente": {
    "nombre": "<<N|Guadalupe Hernández Treviño>>",
    "correo": "<<E|lupita.hdz.trevino@gmail.com>>",
    "telefono": "<<P|+52 81 1842 7736>>",
    "fecha_nacimiento": "<<D|1992-12-12>>",
    "rfc": "<<ID|HETG921212QX4>>",
    "curp": "<<ID|HETG921212MNLRRD07>>"
  },
  "envio": {
    "direccion": "<<A|Calle Río Guadalquivir 314, Col. del Valle, 66220 San Pedro Garza García, N.L.>>",
    "paqueteria": "Estafeta",
    "guia": "8055 1423 9907 4410 2281"
  },
  "total": 2349.00,
  "moneda": "MXN"
}
""")

pos("record", "es", r"""
REGISTRO CIVIL DE BOGOTÁ – CERTIFICADO (extracto)                 Serial: 55128840
Nombres:              <<N|Juan Sebastián>>
Apellidos:            <<N|Cárdenas Villamizar>>
Fecha de nacimiento:  <<D|veintiocho de julio de mil novecientos noventa y siete (28/07/1997)>>
Lugar:                Bogotá D.C.
Cédula de ciudadanía: <<ID|1.020.784.331>>
Padre:                <<N|Hernando Cárdenas Rojas>>, C.C. <<ID|79.441.208>>
Madre:                <<N|Luz Marina Villamizar>>, C.C. <<ID|51.882.470>>
Dirección de notificación: <<A|Carrera 15 # 93-47, apto 602, Bogotá>>
Expedido el 14/01/2025 para trámite de pasaporte.
""".replace("<<D|veintiocho de julio de mil novecientos noventa y siete (28/07/1997)>>", "<<D|veintiocho de julio de mil novecientos noventa y siete>> (<<D|28/07/1997>>)"))

neg("email", "es", r"""
De: Atención al Cliente <no-responder@tiendaelectro.es>
Asunto: Confirmación de su pedido nº 4500217733

Estimado/a cliente:

Hemos recibido correctamente su pedido nº 4500217733 realizado el 18/03/2025.

  Producto: Portátil UltraBook 14" (ref. UB14-512-SLV)     899,00 €
  Garantía ampliada 3 años                                  79,00 €
  Envío urgente                                              0,00 €
  Total (IVA incluido)                                     978,00 €

Pagado con tarjeta terminada en **** 2291. Número de seguimiento: ES0012K88431209.
Para cualquier consulta llame al 900 000 123 (gratuito) o escriba a clientes@tiendaelectro.es.
TiendaElectro S.L. · CIF B-87654321 · Inscrita en el Registro Mercantil de Madrid, tomo 31.442.
""")

neg("article", "es", r"""
Miguel de Cervantes Saavedra (Alcalá de Henares, 29 de septiembre de 1547 – Madrid, 22 de abril
de 1616) fue un novelista, poeta y dramaturgo español. Su obra más conocida, El ingenioso hidalgo
don Quijote de la Mancha, narra las aventuras de Alonso Quijano y su escudero Sancho Panza, y de
su amada imaginaria, Dulcinea del Toboso.

La Casa Natal de Cervantes, en la calle Mayor de Alcalá, es hoy un museo. Cervantes murió en su
casa de la calle del León, en el barrio de las Letras de Madrid, y fue enterrado en el convento de
las Trinitarias Descalzas. El Día del Libro se celebra el 23 de abril.
""")

neg("config", "es", r"""
# docker-compose.yml – entorno de desarrollo (NO usar en producción)
services:
  db:
    image: mysql:8.4
    environment:
      MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD}
      MYSQL_DATABASE: tienda
      MYSQL_USER: ${DB_USER}
      MYSQL_PASSWORD: ${DB_PASSWORD}
    ports: ["3306:3306"]
  app:
    build: .
    environment:
      DATABASE_URL: mysql://${DB_USER}:${DB_PASSWORD}@db:3306/tienda
      PASARELA_API_KEY: "<pon-aquí-tu-clave>"
      JWT_SECRET: "********"
    depends_on: [db]
# Copia .env.ejemplo a .env y rellena los valores. Documentación en docs/instalacion.md
""")

neg("notice", "es", r"""
AVISO A LOS VECINOS – Comunidad de Propietarios Edificio Mirador

Se informa de que el próximo lunes 14 de abril, de 9:00 a 14:00 h, se cortará el suministro de agua
por la sustitución de la bajante general. El ascensor estará fuera de servicio el martes 15 por la
revisión anual (empresa mantenedora, contrato nº ASC-2291).

La junta ordinaria se celebrará el 28 de abril a las 19:30 h en el portal. Orden del día: aprobación
de cuentas 2024, presupuesto 2025 y pintura de la fachada que da a la calle Alcalá.

Para averías urgentes llame al teléfono de la administración de fincas: 91 000 00 00.
La Administración
""")

# ================================================================ Italian

V["it_cf1"] = cf("FRRGLI87C54A944")
V["it_cf2"] = cf("BNCMRC79H12F205")
V["it_iban"] = iban("IT", "X" + "03069" + "09606" + "100000063479")
pos("form", "it", r"""
MODULO DI ISCRIZIONE – Asilo nido comunale "Il Girasole", Bologna – a.e. 2025/2026

Dati del bambino/a
  Cognome e nome:      <<N|Ferraresi Bianchi Tommaso>>
  Data di nascita:     <<D|03/02/2024>>         Luogo: Bologna
Dati del genitore richiedente
  Cognome:             <<N|Ferraresi>>
  Nome:                <<N|Giulia>>
  Codice fiscale:      <<ID|@@it_cf1@@>>
  Nata il:             <<D|14 marzo 1987>>
  Residenza:           <<A|Via del Pratello 41, 40122 Bologna>>
  Cellulare:           <<P|+39 347 218 4490>>
  PEC / e-mail:        <<E|giulia.ferraresi@pec.it>>
Altro genitore
  <<N|Marco Bianchi>>, C.F. <<ID|@@it_cf2@@>>, tel. <<P|333 901 2275>>
Addebito rette su IBAN: <<I|@@it_iban@@>>
ISEE 2025: 24.180,55 € (protocollo INPS-ISEE-2025-BO-0441827)
""")

pos("chat", "it", r"""
[WhatsApp] Condominio Via Nizza 18 🏢
[14/01/25, 20:11] <<N|Franca Colombo>>: Buonasera a tutti, domani passa l'idraulico per la colonna del 3° piano
[14/01/25, 20:13] <<N|Dario>>: Grazie <<N|Franca>>! A che ora?
[14/01/25, 20:14] <<N|Franca Colombo>>: tra le 9 e le 12. Chi non c'è può lasciare le chiavi alla signora <<N|Esposito>> al piano terra
[14/01/25, 20:20] <<N|Anna Esposito>>: Sì certo, sono a casa tutta la mattina. Per urgenze <<P|011 658 4430>>
[14/01/25, 20:31] <<N|Dario>>: perfetto, lascio le mie. ah, la password del wifi condominiale per la lavanderia è cambiata, ora è <<K|NizzaLavanderia_2025>>
[14/01/25, 20:33] <<N|Franca Colombo>>: 👍
""")

pos("log", "it", r"""
2025-02-07 09:41:12 [INFO ] [portale-pazienti] login ok utente=<<E|r.marchetti71@libero.it>> ip=<<IP|151.38.204.117>>
2025-02-07 09:41:45 [INFO ] [referti] download referto id=REF-2025-004471 paziente=<<N|Marchetti Rosanna>> cf=<<ID|@@it_cf3@@>>
2025-02-07 09:42:02 [WARN ] [sms] invio OTP fallito al numero <<P|+39 339 447 2018>> (gateway timeout)
2025-02-07 09:42:30 [INFO ] [sms] invio OTP riuscito al numero <<P|+39 339 447 2018>>
2025-02-07 09:45:10 [ERROR] [pagamenti] ticket 38,50 EUR rifiutato: carta <<C|@@it_card@@>> scaduta
2025-02-07 09:45:11 [INFO ] [sessione] logout utente=<<E|r.marchetti71@libero.it>>
""".replace("@@it_cf3@@", cf("MRCRNN71E52H501")).replace("@@it_card@@", card("5333", groups=None)))

pos("letter", "it", r"""
Studio Legale Avv. <<N|Lorenzo Santucci>>
Firenze

Egregio Sig.
<<N|Gennaro Iannuzzi>>
<<A|Via Toledo 256>>
<<A|80134 Napoli (NA)>>

Firenze, 21 ottobre 2024

Oggetto: Sinistro stradale del 03/09/2024 – Vs. polizza RCA n. 88410277 – nostro assistito Sig. <<N|Pietro Galli>>

Egregio Sig. <<N|Iannuzzi>>,
scrivo in nome e per conto del Sig. <<N|Pietro Galli>>, nato a Prato il <<D|12/06/1969>>, residente in
<<A|Via Roma 14, 59100 Prato>>, in relazione al sinistro in oggetto, avvenuto in Viale Giannotti a Firenze.
Il mio assistito ha riportato danni al veicolo per € 3.480,00 come da perizia allegata.

La invito a trasmettere la presente alla Sua compagnia assicurativa entro 15 giorni.
Per contatti: <<E|l.santucci@studiosantucci.it>>, tel. <<P|055 234 8817>>.

Distinti saluti
Avv. <<N|Lorenzo Santucci>>
""")

V["it_pw"] = "Prv-" + t(12, AL)
pos("config", "it", r"""
# config/produzione.yaml — gestionale magazzino
# modificato da <<N|Stefano Mancuso>> il 12/11/2024 (ticket MAG-771)
database:
  host: <<IP|10.50.1.12>>
  porta: 5432
  nome: magazzino
  utente: mag_app
  password: "<<K|Scaffale!Nord-42>>"
corriere:
  api_url: https://api.corriere-esempio.it/v2
  api_key: "<<K|ce_live_@@it_ck@@>>"
sftp_fornitori:
  url: "<<U|sftp://fornitori:Pallet2024!@ftp.fornitori-magazzino.it:22/in>>"
notifiche:
  email_responsabile: <<E|stefano.mancuso@magazzinilombardi.it>>
  webhook: "<<K|@@it_hook@@>>"
""".replace("@@it_ck@@", t(32, LO)).replace("@@it_hook@@", "https://hooks.slack.com/services/T" + t(8, string.ascii_uppercase + DIG) + "/B" + t(10, string.ascii_uppercase + DIG) + "/" + t(24, AL)))

neg("email", "it", r"""
Da: Servizio Clienti <noreply@trenitalia-esempio.it>
Oggetto: Conferma acquisto – PNR 7HX2KQ

Gentile cliente,
grazie per aver acquistato con noi.

Codice prenotazione (PNR): 7HX2KQ
Treno Frecciarossa 9527  Milano Centrale 07:10 → Roma Termini 10:15   del 14/04/2025
Carrozza 6, posti 8A – 8B   Livello Premium   Offerta Economy
Totale pagato: 118,80 €     Numero transazione: 2025041400881274

Per modifiche e rimborsi consulta le condizioni di trasporto o chiama il call center 89 20 21.
Questa e-mail è generata automaticamente, si prega di non rispondere.
""")

neg("article", "it", r"""
Leonardo da Vinci (Anchiano, 15 aprile 1452 – Amboise, 2 maggio 1519) è stato un artista,
ingegnere e scienziato italiano. Figlio del notaio ser Piero, fu allievo di Andrea del Verrocchio
a Firenze. Tra le sue opere più celebri vi sono la Gioconda, conservata al Louvre, e il Cenacolo
nel refettorio di Santa Maria delle Grazie a Milano.

Negli ultimi anni visse al castello di Clos Lucé, ospite di Francesco I di Francia. Il Museo
Leonardiano di Vinci è aperto tutti i giorni dalle 9:30 alle 19:00; biglietto intero 11 €.
""")

neg("invoice", "it", r"""
FATTURA N. 2025/0318 del 18/03/2025                          Documento elettronico – SDI
Cedente: Officine Meccaniche Lombarde S.r.l. – Brescia
  P.IVA IT03847210987 · REA BS-558120 · Capitale sociale € 100.000 i.v.
Cessionario: Carpenterie Venete S.p.A. – Vicenza
  P.IVA IT02918440241 · Codice destinatario M5UXCR1

Descrizione                                   Q.tà   Prezzo     Importo
Albero di trasmissione lavorato CNC (dis. 7741)  20    148,00    2.960,00
Trattamento termico                              20     12,50      250,00
                                             Imponibile        3.210,00
                                             IVA 22 %            706,20
                                             Totale            3.916,20
Pagamento: bonifico 60 gg d.f.f.m. – riferimento ordine ODA-2025-0412.
Amministrazione: amministrazione@oml-brescia.it
""")

# ================================================================ Portuguese (BR and PT)

V["br_cpf1"] = cpf("418503927")
V["br_cpf2"] = cpf("273916405")
pos("form", "pt", r"""
FICHA CADASTRAL – Clínica Sorriso Pleno (unidade Pinheiros, São Paulo)

Paciente:            <<N|Ana Beatriz Nogueira dos Santos>>
Data de nascimento:  <<D|17/08/1993>>
CPF:                 <<ID|@@br_cpf1@@>>          RG: <<ID|38.447.129-6>> SSP/SP
Endereço:            <<A|Rua Cardeal Arcoverde, 1749, apto 82 – Pinheiros, São Paulo – SP, 05407-002>>
Celular/WhatsApp:    <<P|(11) 98473-2051>>
E-mail:              <<E|bia.nogueira.santos@gmail.com>>
Convênio:            OdontoPrev – carteirinha <<ID|0884 1204 7719 003>>
Responsável financeiro: <<N|Rogério dos Santos>> (pai), CPF <<ID|@@br_cpf2@@>>, tel. <<P|+55 11 3061-4478>>
Indicação: amiga (<<N|Bia>> disse que veio pela <<N|Camila Prado>>)
Assinatura: <<N|Ana Beatriz N. dos Santos>>          Data: 10/03/2025
""")

pos("chat", "pt", r"""
[WhatsApp] Família Oliveira ❤️
[21:03, 05/11/2024] <<N|Tia Rosa>>: gente, o pix da vaquinha do aniversário da vó é o meu celular mesmo: <<P|(31) 99712-4408>>
[21:05, 05/11/2024] <<N|Felipe>>: manda o CPF também tia, meu banco pede
[21:06, 05/11/2024] <<N|Tia Rosa>>: <<ID|@@br_cpf3@@>>
[21:10, 05/11/2024] <<N|Juliana Oliveira>>: a festa vai ser na casa da <<N|Lu>> né? <<A|Rua dos Timbiras, 402, Santa Efigênia, Belo Horizonte>>
[21:11, 05/11/2024] <<N|Felipe>>: isso. e a senha do wifi de lá é <<K|lulu2020bh>> pra quem for levar notebook kkk
[21:15, 05/11/2024] vó: que bom meus amores 🥰
""".replace("<<N|Tia Rosa>>", "Tia <<N|Rosa>>").replace("@@br_cpf3@@", cpf("094817362")))

V["br_jwt"] = jwt({"sub": "8120447", "nome": "Carlos Eduardo Lima", "perfil": "financeiro", "exp": 1736208000})
pos("log", "pt", r"""
2025-01-06 18:02:11.441 INFO  [api-boletos] requisição recebida POST /v1/boletos origem=<<IP|177.92.48.131>>
2025-01-06 18:02:11.442 DEBUG [api-boletos] headers={"Authorization":"Bearer <<K|@@br_jwt@@>>","X-Request-Id":"3c1e7a90-2bd4-4f11-9e0d-5a7c2e8b1f04"}
2025-01-06 18:02:11.510 INFO  [api-boletos] pagador nome="<<N|Carlos Eduardo Lima>>" cpf=<<ID|@@br_cpf4@@>> email=<<E|cadu.lima@uol.com.br>>
2025-01-06 18:02:11.790 ERROR [api-boletos] falha ao registrar boleto: banco retornou 422 "CEP inválido" cep=30140-07
2025-01-06 18:02:12.004 INFO  [api-boletos] resposta 422 em 563 ms
""".replace("@@br_cpf4@@", cpf("552041896")))

pos("ticket", "pt", r"""
Chamado #INC-448102 — Sistema de RH — Prioridade: Média
Aberto por: <<N|Patrícia Andrade Costa>> (<<E|patricia.costa@grupotropical.com.br>>, ramal 4471)
Resumo: Colaborador não consegue acessar o holerite

Descrição:
O colaborador <<N|Wellington Souza>>, admitido em 02/12/2024, não recebe o e-mail de primeiro
acesso. Dados cadastrais conferidos: data de nascimento <<D|29/02/1996>>, PIS <<ID|120.48172.33-1>>,
celular <<P|+55 21 97120-3384>>. O e-mail pessoal cadastrado é <<E|wellington.souza96@hotmail.com>>.

Atualização (<<N|Rafael Tavares>>, TI): o e-mail estava com espaço no final. Corrigido e reenviado.
""")

V["pt_nif"] = nif_pt("23817460")
V["pt_iban"] = iban("PT", "0035" + "0697" + "00638273910" + "67")
pos("letter", "pt", r"""
<<N|Exma. Senhora D. Maria Teresa Carvalho Pinto>>
<<A|Rua de Cedofeita, 318, 2.º Esq.>>
<<A|4050-174 Porto>>

Lisboa, 7 de março de 2025

Assunto: Reembolso de IRS 2023 – contribuinte n.º <<ID|@@pt_nif@@>>

Exma. Senhora,

Informamos que o reembolso relativo à declaração de IRS de 2023 no valor de 412,37 € foi
processado por transferência para o IBAN <<I|@@pt_iban@@>>, indicado no Portal das Finanças.
Para qualquer esclarecimento poderá contactar o Centro de Atendimento Telefónico (217 206 707).

Com os melhores cumprimentos,
Serviço de Finanças
""".replace("<<N|Exma. Senhora D. Maria Teresa Carvalho Pinto>>", "Exma. Senhora D. <<N|Maria Teresa Carvalho Pinto>>"))

pos("email", "pt", r"""
De: <<N|Gonçalo Meireles>> <<<E|goncalo.meireles@sapo.pt>>>
Para: secretaria@escola-secundaria-exemplo.pt
Assunto: Matrícula do meu filho – 10.º ano

Boa tarde,

Venho por este meio enviar os dados para a matrícula do meu filho:
  Nome: <<N|Duarte Meireles Fonseca>>
  Data de nascimento: <<D|02.09.2009>>
  Cartão de Cidadão: <<ID|15487203 4 ZX8>>
  Morada: <<A|Travessa do Carvalhido, 27, 1.º, 4250-101 Porto>>
Encarregado de educação: <<N|Gonçalo Meireles>>, telemóvel <<P|912 483 705>>.

Obrigado,
<<N|Gonçalo Meireles>>
""")

neg("email", "pt", r"""
De: Loja Online Casa & Jardim <nao-responda@casaejardim.com.br>
Assunto: Seu pedido nº 7718204-01 foi entregue!

Olá! Seu pedido foi entregue em 12/02/2025 às 14:37.

Pedido: 7718204-01        Nota fiscal: 000.184.227 série 1
Código de rastreio: QP184422917BR (Correios)
Itens: 1 × Cadeira de escritório ErgoMax (R$ 899,90)

Precisa de ajuda? Central de atendimento 0800 000 1234 ou SAC sac@casaejardim.com.br.
Casa & Jardim Comércio Ltda. · CNPJ 12.345.678/0001-95 · Barueri/SP
""")

neg("article", "pt", r"""
Machado de Assis (Rio de Janeiro, 21 de junho de 1839 – Rio de Janeiro, 29 de setembro de 1908)
foi um escritor brasileiro, considerado um dos maiores nomes da literatura em língua portuguesa.
Fundador da Academia Brasileira de Letras, escreveu Memórias Póstumas de Brás Cubas (1881),
Quincas Borba (1891) e Dom Casmurro (1899), cujo narrador, Bentinho, desconfia de Capitu.

Viveu muitos anos na Rua Cosme Velho, no bairro do mesmo nome, onde hoje há uma placa comemorativa.
""")

neg("notice", "pt", r"""
AVISO – Câmara Municipal de Lisboa

Informa-se que, entre 10 e 21 de março, a Avenida da Liberdade terá cortes parciais de trânsito
no sentido Restauradores–Marquês de Pombal, devido a obras na rede de águas. A Rua Augusta
permanecerá pedonal. As carreiras 709 e 711 da Carris terão percursos alternativos.

Informações: Linha Lisboa 808 20 32 32 (dias úteis, 8h–20h) ou lisboa.pt. Em caso de emergência
ligue 112. Ref.ª do processo: CML-OBR-2025-0412.
""")

neg("config", "pt", r"""
# .env.exemplo — copie para .env e preencha
APP_ENV=local
APP_URL=http://localhost:8000
DB_HOST=127.0.0.1
DB_PORT=5432
DB_DATABASE=loja
DB_USERNAME=loja
DB_PASSWORD=coloque_a_senha_aqui
PAGSEGURO_TOKEN=SEU_TOKEN_AQUI
MAIL_FROM=contato@example.com
PIX_CHAVE_EXEMPLO=00000000000
# CPF de testes (gerador oficial de testes, não é de ninguém): 000.000.000-00
""")

# ================================================================ Dutch (NL, BE)

V["nl_bsn"] = bsn("23749105")
V["nl_iban"] = iban("NL", "INGB" + "0006734219")
pos("form", "nl", r"""
INSCHRIJFFORMULIER HUISARTSENPRAKTIJK DE LINDEBOOM – Utrecht

Achternaam:            <<N|van der Meulen>>
Voornamen:             <<N|Sanne Elisabeth>>
Geboortedatum:         <<D|07-11-1994>>
BSN:                   <<ID|@@nl_bsn@@>>
Adres:                 <<A|Biltstraat 188 bis>>          Postcode/plaats: 3572 BR Utrecht
Telefoon:              <<P|06-41873290>>
E-mail:                <<E|sanne.vandermeulen@ziggo.nl>>
Zorgverzekeraar:       Zilveren Kruis, polisnummer 184772031 (niet invullen op website)
Vorige huisarts:       dr. <<N|P.J. Hoekstra>>, Amersfoort
Machtiging incasso eigen bijdrage: IBAN <<I|@@nl_iban@@>> t.n.v. <<N|S.E. van der Meulen>>
Datum: 12-02-2025                                      Handtekening: ________
""")

pos("chat", "nl", r"""
[Signal] Groep "Volkstuin De Kolibrie – tuin 14 t/m 22"
[09:14] <<N|Gerrit>>: Morgen om 10u werkdag, wie neemt de aanhanger mee?
[09:20] <<N|Fatma Yıldız>>: ik niet, auto is bij de garage. <<N|Gerrit>> kan <<N|Joost>> niet?
[09:22] <<N|Joost de Boer>>: ja doe ik. code van het hangslot van de schuur is veranderd trouwens
[09:22] <<N|Joost de Boer>>: en het nieuwe wachtwoord van de tuinvereniging-website is <<K|Kolibrie!Moestuin25>>, niet rondsturen 😇
[09:30] <<N|Gerrit>>: 👍 ik bel <<N|Anneke>> nog even, haar nummer is <<P|+31 6 1288 4519>> toch?
[09:31] <<N|Fatma Yıldız>>: klopt
""")

pos("log", "nl", r"""
2025-03-02T21:14:08+01:00 vpn-gw-01 charon: 12[IKE] <<IP|83.84.201.14>> is initiating an IKE_SA
2025-03-02T21:14:08+01:00 vpn-gw-01 charon: 12[CFG] looking for peer configs matching 145.131.8.2...<<IP|83.84.201.14>>[<<E|m.jansen@gemeente-ijsselwoude.nl>>]
2025-03-02T21:14:09+01:00 vpn-gw-01 charon: 12[IKE] authentication of '<<E|m.jansen@gemeente-ijsselwoude.nl>>' with EAP successful
2025-03-02T21:14:09+01:00 vpn-gw-01 charon: 12[IKE] assigning virtual IP <<IP|10.99.0.37>> to peer '<<E|m.jansen@gemeente-ijsselwoude.nl>>'
2025-03-02T21:14:09+01:00 vpn-gw-01 charon: 12[IKE] IKE_SA vpn-medewerkers[881] established between 145.131.8.2[vpn.gemeente-ijsselwoude.nl]...<<IP|83.84.201.14>>
2025-03-02T21:52:40+01:00 vpn-gw-01 charon: 07[IKE] deleting IKE_SA vpn-medewerkers[881] between 145.131.8.2...<<IP|83.84.201.14>>
""".replace("145.131.8.2", "<<IP|145.131.8.2>>"))

V["be_rrn"] = rrn_be(1986, 11, 3, "254")
pos("letter", "nl", r"""
<<N|Wouter Verstraeten>>
<<A|Kerkstraat 112 bus 3>>
<<A|2060 Antwerpen>>
Rijksregisternummer: <<ID|@@be_rrn@@>>
GSM: <<P|0478 21 93 46>>

Aan: Stad Antwerpen – Dienst Parkeren

Antwerpen, 4 maart 2025

Betreft: bezwaar retributie nr. 2025-PK-0044128

Geachte,

Op 21 februari ontving ik een retributie voor parkeren zonder geldig ticket in de Lange Leemstraat.
Ik had op dat moment wel degelijk betaald via de app (transactie bijgevoegd). Mijn bewonerskaart
voor zone 4 staat op naam van mijn partner, <<N|Elif Demir>>, geboren <<D|19/05/1988>>.

Ik verzoek u de retributie te annuleren.

Met vriendelijke groeten,
<<N|Wouter Verstraeten>>
""")

neg("legal", "nl", r"""
Colofon
Tulpenveld Webdiensten B.V.
Statutair gevestigd te Eindhoven
KvK-nummer: 71234567 · Btw-id: NL859123456B01 · RSIN 859123456
Klantenservice: 040 000 0000 (werkdagen 9–17 uur) · info@tulpenveld-web.nl
Bankrekening zakelijk: zie factuur
Op al onze diensten zijn de algemene voorwaarden van toepassing, gedeponeerd bij de Kamer van
Koophandel onder dossiernummer 71234567. Storingen: status.tulpenveld-web.nl.
""")

neg("article", "nl", r"""
Vincent van Gogh (Zundert, 30 maart 1853 – Auvers-sur-Oise, 29 juli 1890) was een Nederlands
kunstschilder. Hij woonde onder meer in Nuenen, Antwerpen, Parijs en Arles, waar hij het Gele Huis
aan de Place Lamartine huurde. Zijn broer Theo van Gogh steunde hem financieel.

Het Van Gogh Museum aan het Museumplein in Amsterdam bezit de grootste collectie van zijn werk,
waaronder De Aardappeleters (1885). Kaartjes uitsluitend online, tijdslot verplicht.
""")

neg("email", "nl", r"""
Van: PostNL <noreply@postnl.example>
Onderwerp: Je pakket komt vandaag tussen 14:15 en 16:45

Hallo,

Je pakket van Coolblue is onderweg.
Track & Trace: 3SCOOL01234567890
Bezorgdatum: dinsdag 11 maart
Tijdvak: 14:15 – 16:45

Niet thuis? Je pakket wordt bij de buren of een PostNL-punt afgeleverd. Vragen? Bel onze
klantenservice 088 868 6868 of kijk op postnl.nl/klantenservice. Dit bericht is automatisch
verstuurd; je kunt er niet op antwoorden.
""")

# ================================================================ Polish

V["pl_pesel1"] = pesel(1979, 11, 2, "0482")
V["pl_pesel2"] = pesel(2008, 5, 17, "1356")
V["pl_iban"] = iban("PL", "1090" + "1014" + "0000071219812874")
pos("form", "pl", r"""
WNIOSEK O WYDANIE KARTY PARKINGOWEJ MIESZKAŃCA – Strefa Płatnego Parkowania, Kraków

1. Imię i nazwisko:          <<N|Ewa Wiśniewska-Kos>>
2. PESEL:                    <<ID|@@pl_pesel1@@>>
3. Data urodzenia:           <<D|2 listopada 1979>> r.
4. Adres zamieszkania:       <<A|ul. Krupnicza 17/4, 31-123 Kraków>>
5. Telefon:                  <<P|+48 601 482 337>>
6. E-mail:                   <<E|ewa.wisniewska.kos@wp.pl>>
7. Nr rejestracyjny pojazdu: KR 8H442
8. Numer dowodu osobistego:  <<ID|CBN 418227>>
Opłata abonamentowa zostanie pobrana z rachunku: <<I|@@pl_iban@@>>
Oświadczam, że podane dane są zgodne z prawdą.   Kraków, 14.01.2025   podpis: <<N|E. Wiśniewska-Kos>>
""")

pos("chat", "pl", r"""
[Messenger] Rodzina Nowaków
<<N|Kasia>>: Mamo, potrzebuję PESEL-u <<N|Zosi>> do zapisów na obóz, masz jej legitymację?
Mama: tak, <<ID|@@pl_pesel2@@>>
<<N|Kasia>>: dzięki! a adres podać nasz czy babci?
Mama: nasz, <<A|ul. Ogrodowa 5 m. 12, 90-154 Łódź>>
<<N|Tomek>>: ja bym nie wysyłał PESEL-u na messengerze 😅
<<N|Kasia>>: spoko, zaraz usunę. <<N|Tomkowi>> dziękujemy za troskę
<<N|Kasia>>: aha, hasło do konta na stronie obozu to <<K|Zosia2008!obozy>> gdyby tata chciał sprawdzić
""")

pos("email", "pl", r"""
Od: <<N|Grzegorz Lewandowski>> <<<E|g.lewandowski@kancelaria-lewandowski.pl>>>
Do: <<N|Agnieszka Pawlak>> <<<E|agnieszka.pawlak83@gmail.com>>>
Temat: Sprawa spadkowa – brakujące dokumenty

Szanowna Pani <<N|Agnieszko>>,

w nawiązaniu do rozmowy telefonicznej przesyłam listę dokumentów potrzebnych do złożenia wniosku
o stwierdzenie nabycia spadku po śp. <<N|Stanisławie Pawlaku>>:
  – odpis skrócony aktu zgonu,
  – odpisy aktów urodzenia wszystkich spadkobierców,
  – zaświadczenie o numerze PESEL zmarłego (<<ID|@@pl_pesel3@@>>).

Proszę również o potwierdzenie adresu do korespondencji: <<A|ul. Słowackiego 41/8, 80-257 Gdańsk>>.

Z wyrazami szacunku
<<N|Grzegorz Lewandowski>>
adwokat · tel. <<P|58 341 22 90>> · kom. <<P|509 118 472>>
""".replace("@@pl_pesel3@@", pesel(1948, 3, 9, "0715")))

pos("csv", "pl", r"""
nr_umowy;nazwisko;imie;pesel;data_ur;miejscowosc;ulica;telefon
UM/2024/0412;<<N|Zielińska>>;<<N|Małgorzata>>;<<ID|@@pl_p4@@>>;<<D|1985-07-21>>;Poznań;<<A|os. Bolesława Chrobrego 8/44>>;<<P|612 480 339>>
UM/2024/0413;<<N|Dąbrowski>>;<<N|Piotr>>;<<ID|@@pl_p5@@>>;<<D|1972-02-14>>;Wrocław;<<A|ul. Legnicka 55/3>>;<<P|+48 71 344 20 18>>
UM/2024/0414;<<N|Kamińska>>;<<N|Julia>>;<<ID|@@pl_p6@@>>;<<D|2001-10-30>>;Lublin;<<A|al. Racławickie 12/7>>;<<P|698 204 551>>
""".replace("@@pl_p4@@", pesel(1985, 7, 21, "0847")).replace("@@pl_p5@@", pesel(1972, 2, 14, "0193")).replace("@@pl_p6@@", pesel(2001, 10, 30, "0426")))

V["pl_pw"] = t(20, AL)
pos("chat", "pl", r"""
#devops (Mattermost) – 2024-09-18
<<N|Bartek Wróbel>> 10:02: ktoś wie, czemu deploy na staging się wywala?
<<N|Magda Kowalczyk>> 10:05: tak, wygasło hasło do rejestru. Nowe: <<K|@@pl_pw@@>>, dodajcie do sekretów w GitLabie
<<N|Bartek Wróbel>> 10:06: <<N|Magda>>, dzięki. Rozmawiałem z <<N|Krzysztofem>> i on mówi, że trzeba też zmienić token do Sentry
<<N|Krzysztof Mazur>> 10:09: tak, nowy token: <<K|@@pl_sentry@@>>
<<N|Magda Kowalczyk>> 10:10: <<N|Krzyśku>>, serio, na kanale? 🙃 dobra, rotuję oba po południu
""".replace("@@pl_sentry@@", "sntrys_" + t(60, AL)))

neg("legal", "pl", r"""
Nota prawna
Właścicielem serwisu jest Mazowiecka Hurtownia Papieru sp. z o.o. z siedzibą w Warszawie,
wpisana do rejestru przedsiębiorców KRS pod numerem 0000412278, NIP 525-24-88-317,
REGON 146022190, kapitał zakładowy 500 000 zł.
Infolinia: 22 000 00 00 (pn.–pt. 8:00–16:00), e-mail: biuro@mhp-papier.pl.
Reklamacje: reklamacje@mhp-papier.pl. Inspektor ochrony danych: iod@mhp-papier.pl.
""")

neg("article", "pl", r"""
Maria Skłodowska-Curie (ur. 7 listopada 1867 w Warszawie, zm. 4 lipca 1934 w Passy) – polska
i francuska fizyczka i chemiczka, dwukrotna laureatka Nagrody Nobla (1903 i 1911). Urodziła się
w kamienicy przy ulicy Freta 16 na Nowym Mieście, gdzie dziś mieści się muzeum jej imienia.
Wraz z mężem Pierre'em Curie odkryła polon i rad. Jej córka Irène Joliot-Curie również otrzymała
Nagrodę Nobla. Muzeum czynne wt.–nd. 10:00–19:00, bilet normalny 15 zł.
""")

neg("email", "pl", r"""
Od: Sklep InPost Paczkomaty <powiadomienia@inpost.example>
Temat: Twoja paczka czeka w Paczkomacie KRA12M

Paczka nr 602239104480223011234567 czeka na odbiór w Paczkomacie KRA12M (przy stacji paliw).
Termin odbioru: do 16.03.2025, godz. 14:32.
Nadawca: Sklep Elektro-Max sp. z o.o., zamówienie nr EM/2025/03/11872.
Kod odbioru otrzymasz w aplikacji InPost Mobile.
Infolinia: 722 444 000. Wiadomość wygenerowana automatycznie – prosimy nie odpowiadać.
""")

# ================================================================ Swedish

V["se_pnr1"] = personnummer(1984, 6, 23, "318")
V["se_pnr2"] = personnummer(2016, 9, 2, "482", sep="-", century=True)
V["se_pnr3"] = personnummer(1957, 1, 30, "127", sep="")
pos("form", "sv", r"""
ANMÄLAN TILL FÖRSKOLA – Uppsala kommun

Barnets namn:            <<N|Elsa Lindqvist Ahmadi>>
Personnummer:            <<ID|@@se_pnr2@@>>
Vårdnadshavare 1:        <<N|Johanna Lindqvist>>, personnummer <<ID|@@se_pnr1@@>>
  Adress:                <<A|Kungsgatan 48 lgh 1102>>
  Postnr/Ort:            753 21 Uppsala
  Mobil:                 <<P|070-418 22 93>>
  E-post:                <<E|johanna.lindqvist@telia.com>>
Vårdnadshavare 2:        <<N|Reza Ahmadi>>, mobil <<P|+46 73 551 08 47>>
Önskat startdatum:       2025-08-11
Allergier:               nötter
Hämtas även av:          morfar <<N|Bengt>>, tel. <<P|018-24 41 07>>
""")

pos("chat", "sv", r"""
[Slack] #kontoret-göteborg
<<N|Linnea Forsberg>> 08:31  God morgon! Någon som vet wifi-lösenordet till nya gästnätet?
<<N|Oskar Nyström>> 08:33  <<K|Fika&Kanelbulle-2025>> – men ge det inte till kunder, de har ett eget
<<N|Linnea Forsberg>> 08:34  tack <<N|Oskar>>! och <<N|Maja>> letade efter dig förresten
<<N|Maja Håkansson>> 08:40  ja, <<N|oskar>> kan du ringa mig, <<P|076-208 44 19>>, det gäller larmkoden till förrådet
<<N|Oskar Nyström>> 08:41  ringer om 5
""")

pos("record", "sv", r"""
UTDRAG UR FASTIGHETSREGISTRET – Lagfart
Fastighet: STOCKHOLM SÖDERMALM 7:118        Adress: Hornsgatan 144, Stockholm
Lagfaren ägare                              Andel   Inskriven
<<N|Bergström, Karl Anders>>                       1/2     2019-05-14
  <<ID|@@se_pnr3@@>>
  <<A|Hornsgatan 144 lgh 1301, 117 28 Stockholm>>
<<N|Bergström, Ingrid Margareta>>                  1/2     2019-05-14
  <<ID|@@se_pnr4@@>>
Köpeskilling: 6 450 000 SEK    Inskrivningsdag: 2019-05-14    Akt: 01-IM1-19/18842
""".replace("Adress: Hornsgatan 144, Stockholm", "Adress: <<A|Hornsgatan 144, Stockholm>>").replace("@@se_pnr4@@", personnummer(1959, 11, 4, "246", sep="")))

V["se_iban"] = iban("SE", "500" + "00000058398257466")
pos("email", "sv", r"""
Från: <<N|Henrik Sjöberg>> <<<E|henrik.sjoberg@gmail.com>>>
Till: ekonomi@brf-solrosen.se
Ämne: Återbetalning av för mycket inbetald avgift

Hej!

Jag betalade avgiften för mars två gånger (2025-02-27 och 2025-02-28). Kan ni återbetala det ena
beloppet, 4 812 kr, till mitt konto? IBAN: <<I|@@se_iban@@>>.

Lägenhet 1104, <<A|Rosenlundsgatan 22>>. Nås bäst på <<P|070 884 31 26>>.

Tack på förhand,
<<N|Henrik Sjöberg>>
""")

neg("legal", "sv", r"""
Om oss
Nordkust Logistik AB · Organisationsnummer 556812-4471 · Säte: Göteborg
Momsregistreringsnummer: SE556812447101
Växel: 031-000 00 00 · Kundtjänst: 0771-00 00 00 (vardagar 8–17)
E-post: kundtjanst@nordkust-logistik.se · Faktura: faktura@nordkust-logistik.se
Bankgiro: 5050-1055 · Godkänd för F-skatt.
""")

neg("article", "sv", r"""
Astrid Lindgren (född 14 november 1907 på gården Näs utanför Vimmerby, död 28 januari 2002 i
Stockholm) var en svensk författare. Hon bodde från 1941 till sin död på Dalagatan 46 i Vasastan.
Bland hennes mest kända figurer finns Pippi Långstrump, Emil i Lönneberga, Karlsson på taket och
Ronja Rövardotter. Astrid Lindgrens Värld i Vimmerby har öppet juni–augusti; entré 465 kr.
""")

neg("log", "sv", r"""
2025-03-10 06:00:01 INFO  [nattjobb] Start av körning 2025-03-10 (version 4.8.2, bygg 20250301.3)
2025-03-10 06:00:04 INFO  [nattjobb] Hämtade 18 442 ordrar från ordertjänsten (ordernr 7710001–7728442)
2025-03-10 06:01:12 WARN  [nattjobb] 3 ordrar saknar leveranssätt: 7712004, 7719931, 7727120
2025-03-10 06:02:30 INFO  [nattjobb] Exporterade fakturaunderlag till sftp (fil FU-20250310.csv, sha256 a1f9…c04e)
2025-03-10 06:02:31 INFO  [nattjobb] Klar på 2 min 30 s. Nästa körning 2025-03-11 06:00.
""")

# ================================================================ Norwegian

V["no_fnr1"] = fnr(3, 8, 1976, 215)
V["no_fnr2"] = fnr(21, 12, 1990, 418)
V["no_iban"] = iban("NO", "8601" + "1117947")
pos("form", "no", r"""
SØKNAD OM BARNEHAGEPLASS – Bergen kommune

Søker (forelder):       <<N|Ingrid Haugland Sæther>>
Fødselsnummer:          <<ID|@@no_fnr1@@>>
Adresse:                <<A|Kalfarveien 31 B, 5018 Bergen>>
Mobil:                  <<P|+47 915 48 227>>
E-post:                 <<E|ingrid.h.saether@online.no>>
Medsøker:               <<N|Eirik Sæther>>, f. <<D|21.12.1990>>, fnr. <<ID|@@no_fnr2@@>>
Barn:                   <<N|Sigrid Sæther>>, født <<D|4. mai 2023>>
Ønsket oppstart:        august 2025
Konto for refusjon:     <<I|@@no_iban@@>>
""")

pos("chat", "no", r"""
[Messenger] Hytta på Geilo 🏔️
<<N|Magnus>>: hvem har nøkkelen til hytta i påsken?
<<N|Kari Bjørnstad>>: jeg har den. koden til nøkkelboksen har farmor byttet, spør henne
<<N|Magnus>>: ok. wifi-passordet er fortsatt <<K|Fjellbekk#Geilo2022>>?
<<N|Kari Bjørnstad>>: ja. og <<N|Sindre>> – husk å ringe snøbrøyteren, <<N|Ola Tveit>>, <<P|934 12 880>>
<<N|Sindre>>: skal bli! han brøyter fra <<A|Geilovegen 112, 3580 Geilo>> og oppover?
<<N|Kari Bjørnstad>>: ja, og regningen sendes til <<N|Magnus>> 😄
""")

pos("log", "no", r"""
Jan 14 22:10:51 brannmur-oslo kernel: DROP IN=wan0 OUT= MAC=<<MAC|00:0d:b9:5e:21:a4>>:<<MAC|c8:7f:54:01:9e:33>>:08:00 SRC=<<IP|45.155.205.99>> DST=<<IP|84.208.47.12>> PROTO=TCP SPT=41830 DPT=22
Jan 14 22:11:05 brannmur-oslo kernel: ACCEPT IN=lan0 OUT=wan0 SRC=<<IP|192.168.20.57>> DST=<<IP|151.101.2.133>> PROTO=TCP SPT=58011 DPT=443
Jan 14 22:11:05 brannmur-oslo dhcpd[880]: DHCPACK on <<IP|192.168.20.57>> to <<MAC|a4:83:e7:2c:11:0f>> (Ingvilds-iPad) via lan0
Jan 14 22:12:40 brannmur-oslo sshd[1204]: Accepted password for admin from <<IP|192.168.20.10>> port 50122 ssh2
""")

pos("email", "no", r"""
Fra: <<N|Torbjørn Lie>> <<<E|torbjorn.lie@advokatfirmaet-lie.no>>>
Til: <<N|Hege Nordahl>> <<<E|hege.nordahl@gmail.com>>>
Emne: Skifte etter <<N|Arne Nordahl>>

Hei <<N|Hege>>,

Takk for møtet i går. Som avtalt trenger vi følgende for å fullføre skifteattesten:
  – dødsattest for <<N|Arne Nordahl>> (f. <<D|02.06.1941>>),
  – kontonummer til boets konto,
  – kopi av testamentet datert 2016.
Brevet kan sendes til <<N|Hege>>s adresse, <<A|Thereses gate 40, 0354 Oslo>>, om du ønsker det.

Vennlig hilsen
<<N|Torbjørn Lie>>
Advokat | Direkte: <<P|22 84 19 07>> | Mobil: <<P|481 22 306>>
""".replace("<<N|Hege>>s adresse", "<<N|Heges>> adresse"))

neg("article", "no", r"""
Henrik Ibsen (født 20. mars 1828 i Skien, død 23. mai 1906 i Kristiania) var en norsk dramatiker.
Han bodde sine siste år i Arbins gate 1 i Oslo, der Ibsenmuseet i dag holder til. Kjente verk er
«Et dukkehjem» (1879), «Gengangere» (1881) og «Peer Gynt» (1867), med figurene Nora Helmer og
Peer Gynt. Museet er åpent tirsdag–søndag kl. 11–17.
""")

neg("email", "no", r"""
Fra: Posten <varsel@posten.example>
Emne: Pakken din er klar til henting

Sendingsnummer: 70701234567890123
Avsender: Elkjøp Nordic AS
Hentested: Post i Butikk, Coop Extra Majorstuen
Hentes innen: 18.03.2025
Hentekode vises i Posten-appen. Kundeservice: 21 31 62 60.
""")

# ================================================================ Danish

V["dk_cpr1"] = cpr(17, 2, 1983)
V["dk_cpr2"] = cpr(5, 10, 2019, start=4000)
V["dk_iban"] = iban("DK", "0040" + "0440116243")
pos("form", "da", r"""
INDMELDELSE – Svømmeklubben Delfinen, Aarhus

Barnets navn:        <<N|Freja Holm Kristensen>>
CPR-nr.:             <<ID|@@dk_cpr2@@>>
Forælder:            <<N|Mette Holm Kristensen>>
CPR-nr. (forælder):  <<ID|@@dk_cpr1@@>>
Adresse:             <<A|Vestergade 58, 2. th., 8000 Aarhus C>>
Mobil:               <<P|+45 28 41 93 07>>
E-mail:              <<E|mette.holm.k@gmail.com>>
Kontingent betales fra konto: <<I|@@dk_iban@@>>
Må barnet fotograferes til klubbens hjemmeside? Nej
""")

pos("chat", "da", r"""
[Teams] Kanal: Lager Odense
<<N|Rasmus Juhl>> 07:02: Portåbneren virker ikke igen 😤
<<N|Pernille Dam>> 07:05: Har I prøvet den nye kode til styringen? Brugernavn lager, adgangskode <<K|Gaffeltruck!2024>>
<<N|Rasmus Juhl>> 07:06: virker. tak <<N|Pernille>>
<<N|Pernille Dam>> 07:08: <<N|Rasmus>>, ring til <<N|Jens>> fra Portservice hvis den går ned igen: <<P|40 18 77 21>>
""")

pos("letter", "da", r"""
<<N|Søren Mikkelsen>>
<<A|Nørrebrogade 144, 3. tv.>>
<<A|2200 København N>>

Skattestyrelsen

København, 6. januar 2025

Vedr. rettelse af årsopgørelse 2023 – CPR-nr. <<ID|@@dk_cpr3@@>>

Jeg har opdaget, at mit befordringsfradrag ikke er medregnet. Jeg kører dagligt 38 km hver vej
mellem hjemmet og min arbejdsplads i Roskilde. Kørselsregnskab vedlægges.

Jeg kan kontaktes på <<P|+45 31 52 08 64>> eller <<E|soren.mikkelsen@mail.dk>>.

Med venlig hilsen
<<N|Søren Mikkelsen>>
""".replace("@@dk_cpr3@@", cpr(22, 7, 1979)))

pos("csv", "da", r"""
# kontingentliste_2025.csv – kolonner: medlemsnr;navn;fødselsdato;adresse;telefon (se header i fil 1 af 2)
2204;<<N|Anders Østergaard>>;<<D|1968-04-12>>;<<A|Søndergade 7, 6000 Kolding>>;<<P|23 48 10 77>>
2205;<<N|Line Bech>>;<<D|1991-09-30>>;<<A|Jernbanegade 22, 1. sal, 6000 Kolding>>;<<P|+45 60 22 81 94>>
2206;<<N|Mads Frederiksen>>;<<D|1955-12-01>>;<<A|Kirkevej 3, Sdr. Stenderup, 6092 Sønder Stenderup>>;<<P|75 57 21 08>>
""")

neg("article", "da", r"""
H.C. Andersen (født 2. april 1805 i Odense, død 4. august 1875 på Rolighed, København) var en dansk
forfatter, kendt for eventyr som "Den grimme ælling", "Den lille havfrue" og "Kejserens nye klæder".
Han boede i mange år i Nyhavn 18 og 67. H.C. Andersens Hus i Odense har åbent alle dage kl. 10–17.
""")

neg("email", "da", r"""
Fra: Elgiganten <ordre@elgiganten.example>
Emne: Ordrebekræftelse 5501188420

Tak for din ordre!
Ordrenummer: 5501188420 · Ordredato: 03.03.2025
1 × Opvaskemaskine SilentClean 45 cm     3.999,00 kr.
Levering: 07.03.2025 mellem 08 og 12 (GLS, pakkenummer 59120441280)
Kundeservice: 70 80 70 80 · CVR 35 95 43 41
""")

# ================================================================ Finnish

V["fi_hetu1"] = hetu(5, 9, 1991, "274")
V["fi_hetu2"] = hetu(18, 1, 2012, "563")
V["fi_iban"] = iban("FI", "1234" + "5600000785")
pos("form", "fi", r"""
HAKEMUS – Espoon kaupungin varhaiskasvatus

Lapsen nimi:             <<N|Aino Virtanen>>
Henkilötunnus:           <<ID|@@fi_hetu2@@>>
Huoltaja 1:              <<N|Laura Virtanen>>, hetu <<ID|@@fi_hetu1@@>>
  Osoite:                <<A|Kauppamiehentie 6 B 14, 02150 Espoo>>
  Puhelin:               <<P|040 718 2264>>
  Sähköposti:            <<E|laura.virtanen@elisanet.fi>>
Huoltaja 2:              <<N|Mikko Järvinen>>, puh. <<P|+358 50 441 9087>>
Hoidon tarve alkaen:     1.8.2025
Tilinumero palautuksia varten: <<I|@@fi_iban@@>>
""")

pos("chat", "fi", r"""
[WhatsApp] Taloyhtiön saunavuorot
[18.10. klo 19.02] <<N|Pekka Mäkelä>>: Onko kellään <<N|Annan>> numeroa? hänen saunavuoronsa meni päällekkäin mun kanssa
[18.10. klo 19.05] <<N|Riikka>>: <<P|044 532 8107>>. sano <<N|Annalle>> terveisiä 😊
[18.10. klo 19.07] <<N|Pekka Mäkelä>>: kiitos! ja <<N|Jussille>> tiedoksi: pesutuvan varauskalenterin salasana on nyt <<K|Saunailta!B-rappu>>
[18.10. klo 19.15] <<N|Jussi Heikkinen>>: kiitti <<N|Pekalle>>. isännöitsijä sanoi että uusi avain pitää hakea toimistolta
[18.10. klo 19.20] <<N|Riikka>>: <<N|Jussin>> kanssa sovittiin että hän hakee ne kaikille
""")

pos("letter", "fi", r"""
<<N|Eero Kallio>>
<<A|Hämeenkatu 22 A 7>>
<<A|33200 Tampere>>

Kela / Eläkeasiat

Tampere 12.2.2025

Asia: Eläkehakemuksen täydennys – henkilötunnus <<ID|@@fi_hetu3@@>>

Lähetän liitteenä pyytämänne työtodistukset vuosilta 1984–1991. Syntymäaikani on <<D|3.3.1960>>,
ja olen ollut eläkkeellä 1.1.2025 alkaen. Mahdolliset lisäkysymykset voi osoittaa puolisolleni
<<N|Tuula Kalliolle>>, puh. <<P|050 377 1842>>, koska kuuloni on heikentynyt.

Ystävällisin terveisin
<<N|Eero Kallio>>
""".replace("@@fi_hetu3@@", hetu(3, 3, 1960, "117")))

pos("log", "fi", r"""
2025-02-11 08:14:33 INFO  kirjautuminen onnistui käyttäjä=<<E|tiina.lehtonen@kaupunki-esimerkki.fi>> osoite=<<IP|88.193.142.20>>
2025-02-11 08:15:02 DEBUG SMTP-konfiguraatio ladattu: smtp_user=lomake-palvelu smtp_pass=<<K|Lumihiutale#77-Posti>>
2025-02-11 08:16:44 INFO  lomake lähetetty hakija=<<N|Tiina Lehtonen>> hetu=<<ID|@@fi_hetu4@@>> puhelin=<<P|+358 40 128 3390>>
2025-02-11 08:16:45 INFO  kuittaus lähetetty osoitteeseen <<E|tiina.lehtonen@kaupunki-esimerkki.fi>>
""".replace("@@fi_hetu4@@", hetu(27, 6, 1987, "318")))

neg("article", "fi", r"""
Jean Sibelius (8. joulukuuta 1865 Hämeenlinna – 20. syyskuuta 1957 Järvenpää) oli suomalainen
säveltäjä. Hänen tunnetuimpia teoksiaan ovat Finlandia (1899), viulukonsertto d-molli sekä seitsemän
sinfoniaa. Sibelius asui perheineen vuodesta 1904 Ainolassa Tuusulanjärven rannalla; koti on nykyään
museo. Ainola on avoinna toukokuusta syyskuuhun ti–su klo 10–17.
""")

neg("email", "fi", r"""
Lähettäjä: Verkkokauppa <asiakaspalvelu@verkkokauppa.example>
Aihe: Tilausvahvistus 88120044

Kiitos tilauksestasi!
Tilausnumero: 88120044 · Tilauspäivä 04.03.2025
1 × Kahvinkeitin Moccamaster KBG Select, musta     229,00 €
Toimitus: Posti, seurantakoodi JJFI64523170000123456
Asiakaspalvelu: 010 000 0000 (ma–pe 9–17) · Y-tunnus 1234567-8
""")

neg("notes", "fi", r"""
Julkaisutiedote – Kuntaportaali 5.12.0 (koontiversio 5.12.0.884)
Korjaukset:
 - KP-441: lomakkeen päivämääräkenttä hyväksyi muodon 31.2.2025.
 - KP-452: hakutulokset eivät näkyneet, jos hakusanassa oli ä tai ö.
 - KP-459: IPv6-osoitteet (esim. 2001:db8::1) näkyivät väärin lokinäkymässä.
Tuetut selaimet: Firefox 128+, Chrome 126+, Edge 126+. Tuki: tuki@kuntaportaali.example
""")

# ================================================================ Turkish

V["tr_tc1"] = tckn("384917052")
V["tr_tc2"] = tckn("519302746")
V["tr_iban"] = iban("TR", "00062" + "0" + "0001234567891234")
pos("form", "tr", r"""
KİRA SÖZLEŞMESİ – Kiracı Bilgileri (İstanbul, Kadıköy)

Adı Soyadı:          <<N|Derya Kılıçarslan>>
T.C. Kimlik No:      <<ID|@@tr_tc1@@>>
Doğum Tarihi:        <<D|12.04.1990>>
Adres:               <<A|Moda Cad. No: 114 Daire: 6, 34710 Kadıköy/İstanbul>>
Cep Telefonu:        <<P|0532 418 27 90>>
E-posta:             <<E|derya.kilicarslan@gmail.com>>
Kefil:               <<N|Hüseyin Kılıçarslan>> (babası), T.C. <<ID|@@tr_tc2@@>>, tel. <<P|+90 505 211 48 63>>
Kira bedeli:         25.000 TL/ay, her ayın 5'inde ödenecektir.
Ödeme hesabı (ev sahibi <<N|Nermin Aksoy>>): <<I|@@tr_iban@@>>
""")

pos("chat", "tr", r"""
[WhatsApp] Aile Grubu 👨‍👩‍👧‍👦
[21.02.2025 20:14] <<N|Emre>>: <<N|Derya>>'nın düğün davetiyeleri geldi mi?
[21.02.2025 20:16] <<N|Zeynep Arslan>>: geldi, annemde duruyor. <<N|Emre>>'ye de ayırdım
[21.02.2025 20:17] <<N|Emre>>: süper. bu arada e-devlet şifresini değiştirdim anne, yenisi <<K|Kardelen*1958>> ama kimseye söyleme 😅
[21.02.2025 20:20] Annem: tamam oğlum
[21.02.2025 20:22] <<N|Zeynep Arslan>>: <<N|Emre>> şifreyi gruba yazdın 🙈 hemen değiştir
[21.02.2025 20:25] <<N|Emre>>: tamam tamam. <<N|Mehmet>> amcanın numarası lazım olan var mı, <<P|0544 302 18 77>>
""")

pos("log", "tr", r"""
2025-01-08 11:02:14 [BİLGİ] giriş başarılı kullanıcı=<<E|burak.yilmaz@lojistik-ornek.com.tr>> ip=<<IP|78.186.44.152>>
2025-01-08 11:04:50 [HATA ] fatura oluşturulamadı: müşteri <<N|Ayşe Demirtaş>> (TCKN <<ID|@@tr_tc3@@>>) için adres eksik
2025-01-08 11:05:10 [BİLGİ] müşteri güncellendi: adres="<<A|Atatürk Bulvarı No: 88/4, Çankaya/Ankara 06680>>" telefon=<<P|+90 312 441 20 86>>
2025-01-08 11:05:11 [HATA ] e-fatura entegratörü yanıt vermedi, api_anahtari=<<K|@@tr_key@@>> yeniden deneniyor
""".replace("@@tr_tc3@@", tckn("702418395")).replace("@@tr_key@@", t(40, AL)))

pos("email", "tr", r"""
Kimden: <<N|Selin Öztürk>> <<<E|selin.ozturk@hukukburosu-ornek.com>>>
Kime: <<N|Kemal Aydın>> <<<E|kemal.aydin64@hotmail.com>>>
Konu: Tapu devri için gerekli belgeler

Sayın <<N|Kemal>> Bey,

<<N|Gülşen>> Hanım'ın vekâletnamesi noterden geldi. Tapu devri için ayrıca şunlar gerekiyor:
 – nüfus cüzdanı fotokopisi (sizin ve <<N|Gülşen>> Hanım'ın),
 – <<N|Kemal Aydın>> adına güncel ikametgâh belgesi (<<A|Bağdat Cad. No: 301/12, Suadiye, Kadıköy/İstanbul>>),
 – DASK poliçesi.
Randevu 14 Mart saat 10:30, Kadıköy Tapu Müdürlüğü.

Saygılarımla,
Av. <<N|Selin Öztürk>> · <<P|0216 330 41 82>>
""")

neg("article", "tr", r"""
Mustafa Kemal Atatürk (1881, Selanik – 10 Kasım 1938, İstanbul), Türkiye Cumhuriyeti'nin kurucusu
ve ilk cumhurbaşkanıdır. Selanik'teki doğduğu ev bugün müze olarak kullanılmaktadır. Ankara'daki
Anıtkabir, her yıl milyonlarca ziyaretçiyi ağırlar. 10 Kasım'da saat 09:05'te tüm Türkiye'de saygı
duruşunda bulunulur. Anıtkabir ziyaret saatleri: her gün 09:00–17:00, giriş ücretsizdir.
""")

neg("email", "tr", r"""
Gönderen: Kargo Bilgilendirme <bilgi@kargo-ornek.com.tr>
Konu: 7712044190 numaralı gönderiniz dağıtıma çıktı

Sipariş No: TY-2025-88120441 · Gönderi Takip No: 7712044190
Teslimat tarihi: 06.03.2025 · Şube: Kadıköy Transfer Merkezi
Çağrı merkezi: 444 0 000 · Bu e-posta otomatik gönderilmiştir.
Şirket: Örnek Kargo A.Ş. · Mersis No: 0123456789000017 · Vergi No: 1234567890
""")

neg("notes", "tr", r"""
Sürüm notları – Muhasebe Pro 12.4.1 (derleme 12.4.1.3308), 03.03.2025
- MP-2201: e-Fatura XML'inde vergi dairesi alanı boş geliyordu, düzeltildi.
- MP-2214: 0.0.0.0 adresiyle başlatılan sunucu modunda lisans kontrolü hatası giderildi.
- MP-2220: Kur güncelleme servisi (TCMB) zaman aşımı 30 sn'ye çıkarıldı.
Destek hattı: 0850 000 00 00 · destek@muhasebepro.example
""")

# ================================================================ Czech

V["cz_rc1"] = rc(1985, 7, 21, True, "318")
V["cz_rc2"] = rc(1979, 2, 9, False, "044")
V["cz_iban"] = iban("CZ", "0800" + "000019" + "2000145399")
pos("form", "cs", r"""
PŘIHLÁŠKA K POJIŠTĚNÍ DOMÁCNOSTI – Pojišťovna (formulář PD-12)

Pojistník:              <<N|Ing. Lucie Dvořáková>>
Rodné číslo:            <<ID|@@cz_rc1@@>>
Datum narození:         <<D|21. 7. 1985>>
Trvalé bydliště:        <<A|Vinohradská 1899/112, 130 00 Praha 3>>
Telefon:                <<P|+420 731 488 205>>
E-mail:                 <<E|lucie.dvorakova@seznam.cz>>
Číslo OP:               <<ID|208471352>>
Spolupojištěný:         <<N|Martin Dvořák>>, RČ <<ID|@@cz_rc2@@>>
Číslo účtu pro inkaso:  <<I|@@cz_iban@@>>
V Praze dne 3. 2. 2025                      Podpis: <<N|L. Dvořáková>>
""".replace("<<N|Ing. Lucie Dvořáková>>", "Ing. <<N|Lucie Dvořáková>>"))

pos("chat", "cs", r"""
[Messenger] Chata Šumava
<<N|Tomáš>>: kdo veze klíče od chaty? já je nechal <<N|Petrovi>>
<<N|Petr Svoboda>>: mám je. heslo na wifi je pořád <<K|Borovice_1998!>>
<<N|Jana Horáková>>: super. řekni to i <<N|Janě>> ze sousedství, chtěla ho 🙂
<<N|Petr Svoboda>>: ok. a s <<N|Tomášem>> jedeme v pátek od 16:00, sraz u mě na <<A|Lidická 44, 602 00 Brno>>
<<N|Tomáš>>: paní <<N|Novákové>> jsem slíbil, že jí zavoláme, až dorazíme: <<P|603 219 774>>
""")

pos("log", "cs", r"""
2025-03-03 07:41:10 INFO  [eshop] objednávka 2025030300412 vytvořena, zákazník=<<N|Radek Procházka>> email=<<E|radek.prochazka@centrum.cz>>
2025-03-03 07:41:10 INFO  [eshop] doručovací adresa: <<A|Masarykova 18, 301 00 Plzeň>>, telefon <<P|+420 777 120 483>>
2025-03-03 07:41:12 ERROR [platby] brána vrátila chybu 05 (zamítnuto) pro kartu <<C|@@cz_card@@>>
2025-03-03 07:41:13 DEBUG [platby] volání API s klíčem <<K|@@cz_key@@>> z IP <<IP|10.22.4.18>>
""".replace("@@cz_card@@", card("4917", groups=None)).replace("@@cz_key@@", "pk_" + t(8, LO) + "_" + t(40, AL)))

pos("letter", "cs", r"""
<<N|Marie Kučerová>>
<<A|Nádražní 7>>
<<A|370 01 České Budějovice>>

Okresní soud v Českých Budějovicích

Věc: Návrh na vydání předběžného opatření – nezletilý <<N|Jakub Kučera>>, nar. <<D|14. 11. 2015>>

Navrhovatelka <<N|Marie Kučerová>>, nar. <<D|2. 4. 1986>>, tímto navrhuje, aby soud svěřil nezletilého
do její péče do doby rozhodnutí ve věci samé. Otec nezletilého, <<N|Pavel Kučera>>, bytem
<<A|Husova 212, 397 01 Písek>>, se o syna od září nestará.

Kontakt na navrhovatelku: <<P|+420 604 881 239>>

V Českých Budějovicích dne 10. 1. 2025                    <<N|Marie Kučerová>>
""")

neg("article", "cs", r"""
Karel Čapek (9. ledna 1890 Malé Svatoňovice – 25. prosince 1938 Praha) byl český spisovatel,
novinář a dramatik. Ve hře R.U.R. (1920) poprvé použil slovo robot, které vymyslel jeho bratr
Josef Čapek. Bratři společně žili ve vile v ulici Bratří Čapků na Vinohradech. Památník Karla
Čapka ve Strži u Dobříše je otevřen od dubna do října, út–ne 9–17 h.
""")

neg("email", "cs", r"""
Od: Zásilkovna <info@zasilkovna.example>
Předmět: Zásilka Z 482 1120 447 je připravena k vyzvednutí

Zásilka č. Z 482 1120 447 od odesílatele Alza.cz a.s. (objednávka 501288441) je připravena na
výdejním místě Praha 2, Vinohradská (trafika). Úložní doba do 14. 3. 2025.
Zákaznická linka: +420 216 216 516 · IČO 28408306
""")

neg("notes", "cs", r"""
Poznámky k vydání – Účetnictví Plus 2025.1.4 (sestavení 2025.1.4.1180)
- UP-881: opraven výpočet DPH 12 % u položek s datem plnění 31. 12. 2024.
- UP-890: export do XML pro finanční úřad nyní obsahuje DIČ dodavatele (např. CZ12345678).
- UP-902: aplikace padala při zadání IP adresy serveru 127.0.0.1 s portem.
Podpora: podpora@ucetnictviplus.example, tel. 800 000 000 (zdarma).
""")

# ================================================================ Romanian

V["ro_cnp1"] = cnp(2, 1988, 4, 9, 40, 117)
V["ro_cnp2"] = cnp(1, 1961, 12, 3, 12, 48)
V["ro_iban"] = iban("RO", "BTRL" + "0130120187465X01".replace("X", "0"))
pos("form", "ro", r"""
CERERE DE ÎNSCRIERE – Cabinet medical de familie Dr. <<N|Mihaela Popescu>>, București

Nume:                 <<N|Ionescu>>
Prenume:              <<N|Andreea Elena>>
CNP:                  <<ID|@@ro_cnp1@@>>
Data nașterii:        <<D|09.04.1988>>
Domiciliu:            <<A|Str. Mihai Eminescu nr. 48, bl. A2, sc. 1, ap. 14, sector 2, București 020081>>
Telefon:              <<P|0722 418 903>>
E-mail:               <<E|andreea.ionescu88@yahoo.com>>
Asigurat la CNAS:     da (salariat)
Persoană de contact:  <<N|Radu Ionescu>> (soț), <<P|+40 745 201 337>>
Semnătura: <<N|A. E. Ionescu>>                         Data: 11.02.2025
""")

pos("chat", "ro", r"""
[WhatsApp] Asociația de proprietari Bloc C4
[10.03.2025, 18:20] <<N|Dan Mocanu>>: Bună seara! Plata întreținerii se face în contul nou al asociației, l-a trimis <<N|doamna Vasilescu>>
[10.03.2025, 18:22] <<N|Ileana Vasilescu>>: Da, și pentru cei care vor să le returnăm diferența, trimiteți-mi IBAN-ul personal
[10.03.2025, 18:25] <<N|Dan Mocanu>>: al meu e <<I|@@ro_iban@@>>, pe numele <<N|Dan Mocanu>>
[10.03.2025, 18:30] <<N|Cristina>>: <<N|Ileana>>, parola de la camera de supraveghere din scară e tot <<K|BlocC4-Camera!>>?
[10.03.2025, 18:31] <<N|Ileana Vasilescu>>: da, dar nu o mai scrieți aici vă rog
""".replace("<<N|doamna Vasilescu>>", "doamna <<N|Vasilescu>>"))

pos("letter", "ro", r"""
Către: Casa Județeană de Pensii Cluj

Subsemnatul <<N|Gheorghe Moldovan>>, născut la <<D|3 decembrie 1961>> în Turda, CNP <<ID|@@ro_cnp2@@>>,
domiciliat în <<A|Cluj-Napoca, str. Observatorului nr. 112, ap. 7>>, telefon <<P|0264 430 218>>,
vă rog să-mi aprobați recalcularea pensiei pe baza adeverințelor anexate privind activitatea
desfășurată în grupa I de muncă între 1982 și 1995.

Anexez: copie act de identitate seria CJ nr. <<ID|418827>>, adeverințe nr. 112/2024 și 113/2024.

Data: 14.01.2025                              Semnătura: <<N|G. Moldovan>>
""")

pos("config", "ro", r"""
# /etc/app/facturare.env — server facturare (Iași)
DB_HOST=<<IP|10.10.2.30>>
DB_USER=facturare
DB_PASS=<<K|Ciocarlia#Iasi2024>>
ANAF_EFACTURA_CLIENT_ID=7c1e4f20-9a8b-4d71-b3e2-05af91c6d288
ANAF_EFACTURA_CLIENT_SECRET=<<K|@@ro_secret@@>>
SMTP_URL=<<U|smtps://facturi:Posta!Factura9@mail.firmaexemplu.ro:465>>
RESPONSABIL=<<N|Cosmin Ungureanu>> <<<E|cosmin.ungureanu@firmaexemplu.ro>>>
""".replace("@@ro_secret@@", t(48, AL)))

neg("article", "ro", r"""
Mihai Eminescu (15 ianuarie 1850, Botoșani – 15 iunie 1889, București) a fost un poet, prozator și
jurnalist român, considerat cel mai important poet romantic de limbă română. Casa memorială de la
Ipotești, unde și-a petrecut copilăria, poate fi vizitată zilnic între 9:00 și 17:00. Poemul
„Luceafărul” (1883) este una dintre cele mai cunoscute opere ale sale.
""")

neg("email", "ro", r"""
De la: Fan Courier <notificari@curier-exemplu.ro>
Subiect: Coletul AWB 2288104471 a fost livrat

AWB: 2288104471 · Comanda: EMAG-2025-44120871
Livrat: 04.03.2025, ora 12:41 · Depozit: Cluj-Napoca
Pentru reclamații: 021 000 0000 · CUI RO12345678 · J40/1234/2005
""")

# ================================================================ Hungarian

V["hu_taj"] = taj("03948217")
V["hu_ado"] = ado_hu(1982, 3, 14, "517")
V["hu_iban"] = iban("HU", "117" + "7301" + "6" + "1111101800000000")
pos("form", "hu", r"""
BELÉPÉSI ADATLAP – munkavállaló (Budapest)

Név:                   <<N|Kovács Péter Zoltán>>
Születési név:         <<N|Kovács Péter Zoltán>>
Anyja neve:            <<N|Szabó Erzsébet>>
Születési hely, idő:   Debrecen, <<D|1982. március 14.>>
Adóazonosító jel:      <<ID|@@hu_ado@@>>
TAJ szám:              <<ID|@@hu_taj@@>>
Lakcím:                <<A|1137 Budapest, Pozsonyi út 38. III. em. 4.>>
Telefon:               <<P|+36 30 418 2271>>
E-mail:                <<E|kovacs.peter.z@freemail.hu>>
Bankszámla (IBAN):     <<I|@@hu_iban@@>>
Belépés napja:         2025. február 1.
""")

pos("chat", "hu", r"""
[Viber] Lépcsőház – Pozsonyi út 38
<<N|Nagy Ildikó>>: Sziasztok! <<N|Kovács Péternek>> odaadtam a pince kulcsát, tőle lehet elkérni
<<N|Laci>>: köszi! <<N|Szabó Annától>> kérdezem, mikor jön a kéményseprő?
<<N|Szabó Anna>>: csütörtökön 9-kor. <<N|Lacival>> megbeszéltük, hogy ő engedi be
<<N|Nagy Ildikó>>: a közös wifi jelszava egyébként <<K|Pozsonyi38_lepcso>>, ha valakinek kell
<<N|Laci>>: ildi, ezt inkább privátban 😄 a számom amúgy <<P|06 20 377 1482>>
""".replace("ildi, ezt", "<<N|ildi>>, ezt"))

pos("letter", "hu", r"""
<<N|Dr. Tóth Gáborné>>
<<A|Szeged>>
<<A|Kárász utca 11. II/5.>>
<<A|6720>>

Tárgy: Hagyatéki eljárás – néhai <<N|Tóth Gábor>> (szül.: <<D|1944. 06. 02.>>)

Tisztelt Asszonyom!

Értesítjük, hogy a hagyatéki tárgyalás időpontja 2025. március 12., 10:00 óra, a közjegyzői irodában.
Kérjük, hozza magával személyazonosító igazolványát (szám: <<ID|418273AE>>) és a lakcímkártyáját.
Telefonos egyeztetés: <<P|+36 62 420 118>> (dr. <<N|Fehér Judit>> közjegyző irodája)

Szeged, 2025. február 10.
""".replace("<<N|Dr. Tóth Gáborné>>", "Dr. <<N|Tóth Gáborné>>"))

pos("log", "hu", r"""
2025-01-20 09:12:44 INFO  [ügyfélkapu] sikeres belépés felhasználó=<<E|horvath.eszter@citromail.hu>> ip=<<IP|94.21.180.66>>
2025-01-20 09:13:05 INFO  [űrlap] beküldve: név=<<N|Horváth Eszter>> szül=<<D|1991.07.30>> taj=<<ID|@@hu_taj2@@>>
2025-01-20 09:13:06 DEBUG [smtp] kapcsolódás smtp.intezmeny.example:587 felhasználó=urlap jelszó=<<K|Kakukkfu!2024tel>>
2025-01-20 09:13:07 INFO  [értesítés] SMS elküldve: <<P|+36 70 512 8834>>
""".replace("@@hu_taj2@@", taj("11847203", sep="-")))

neg("article", "hu", r"""
Petőfi Sándor (Kiskőrös, 1823. január 1. – Fehéregyháza, 1849. július 31.) magyar költő, az
1848–49-es forradalom és szabadságharc egyik vezéralakja. A Nemzeti dal 1848. március 15-én hangzott
el a Nemzeti Múzeum lépcsőjén. Kiskőrösi szülőháza ma emlékmúzeum, nyitva kedd–vasárnap 9–17 óráig.
""")

neg("email", "hu", r"""
Feladó: Webáruház <rendeles@webaruhaz.example>
Tárgy: Rendelés visszaigazolása – 2025/88120

Rendelésszám: 2025/88120 · Dátum: 2025.03.04.
1 db Porszívó CycloneMax 2000 – 54 990 Ft
Szállítás: GLS, csomagszám 61284419920
Ügyfélszolgálat: +36 1 000 0000 · Adószám: 12345678-2-42 · Cégjegyzékszám: 01-09-123456
""")

neg("notes", "hu", r"""
Kiadási megjegyzések – Könyvelő Pro 8.2.3 (build 8.2.3.441), 2025.02.28.
- KP-1120: a NAV Online Számla 3.0 séma szerinti adószám-ellenőrzés javítva.
- KP-1127: a 192.0.2.10 tesztszerverre mutató alapértelmezett beállítás eltávolítva.
- KP-1131: a dátummezők mostantól elfogadják az ÉÉÉÉ.HH.NN. formátumot.
Támogatás: tamogatas@konyvelopro.example
""")

# ================================================================ Greek

V["gr_amka"] = amka("140387", "0219")
V["gr_iban"] = iban("GR", "011" + "0125" + "0000012345678901".replace("12345678901", "04418823907"))
pos("form", "el", r"""
ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ – Δημοτικό Κολυμβητήριο Θεσσαλονίκης

Επώνυμο:              <<N|Παπαδοπούλου>>
Όνομα:                <<N|Ελένη>>
Πατρώνυμο:            <<N|Γεώργιος>>
Ημερομηνία γέννησης:  <<D|14/03/1987>>
ΑΜΚΑ:                 <<ID|@@gr_amka@@>>
Αρ. Δελτίου Ταυτότητας: <<ID|ΑΚ 418273>>
Διεύθυνση:            <<A|Εγνατίας 112, 546 30 Θεσσαλονίκη>>
Κινητό:               <<P|694 812 2730>>
Email:                <<E|eleni.papadopoulou87@gmail.com>>
IBAN για επιστροφές:  <<I|@@gr_iban@@>>
""")

pos("chat", "el", r"""
[Viber] Οικογένεια 🇬🇷
<<N|Νίκος>>: Καλημέρα! Πότε έρχεται ο παππούς από το χωριό;
<<N|Μαρία Κωνσταντίνου>>: Την Παρασκευή. <<N|Νίκο>>, μπορείς να τον πάρεις από το ΚΤΕΛ;
<<N|Νίκος>>: ναι. τι ώρα; και στείλε μου το κινητό του <<N|Γιώργου>>
<<N|Μαρία Κωνσταντίνου>>: 18:30. Του <<N|Γιώργου>> είναι <<P|697 204 3318>>
<<N|Μαρία Κωνσταντίνου>>: α, και ο κωδικός του wifi στο σπίτι του παππού είναι <<K|Elia!Kalamata1952>>
""")

pos("letter", "el", r"""
Προς: Δικηγορικό Γραφείο <<N|Αθανασίου Δημητρίου>>, Αθήνα

Αξιότιμε κ. <<N|Δημητρίου>>,

Σας αποστέλλω τα στοιχεία μου για τη σύνταξη του συμβολαίου:
  Ονοματεπώνυμο: <<N|Σταύρος Αλεξίου>>
  Ημερομηνία γέννησης: <<D|2 Μαΐου 1975>>
  ΑΦΜ: <<ID|128473905>>
  Διεύθυνση: <<A|Οδός Αγίου Μελετίου 57, 113 62 Αθήνα>>
  Τηλέφωνο: <<P|+30 210 823 4417>>

Η σύζυγός μου, κ. <<N|Ευαγγελία Αλεξίου>>, θα υπογράψει επίσης.

Με εκτίμηση,
<<N|Σταύρος Αλεξίου>>
""")

pos("log", "el", r"""
2025-02-18 10:22:31 INFO  [taxisnet-proxy] σύνδεση χρήστη=<<E|k.georgiou@otenet.gr>> από <<IP|79.107.22.184>>
2025-02-18 10:22:35 DEBUG [taxisnet-proxy] διαπιστευτήρια κλειδιού: <<K|@@gr_key@@>>
2025-02-18 10:22:40 INFO  [αιτήσεις] νέα αίτηση: <<N|Κωνσταντίνος Γεωργίου>>, ΑΜΚΑ <<ID|@@gr_amka2@@>>, τηλ. <<P|6978 441 209>>
2025-02-18 10:22:41 INFO  [αιτήσεις] αρ. πρωτοκόλλου 2025/00884 — ολοκληρώθηκε
""".replace("@@gr_key@@", t(32, HX)).replace("@@gr_amka2@@", amka("301268", "0447")))

neg("article", "el", r"""
Η Μαρία Κάλλας (2 Δεκεμβρίου 1923, Νέα Υόρκη – 16 Σεπτεμβρίου 1977, Παρίσι) ήταν Ελληνοαμερικανίδα
υψίφωνος, από τις σημαντικότερες της εποχής της. Εμφανίστηκε στη Σκάλα του Μιλάνου, στο Κόβεντ
Γκάρντεν και στη Μητροπολιτική Όπερα. Το Μουσείο Μαρίας Κάλλας στην Αθήνα λειτουργεί από το 2023,
καθημερινά 10:00–18:00.
""")

neg("email", "el", r"""
Από: ACS Courier <noreply@courier-example.gr>
Θέμα: Η αποστολή σας 7204418823 είναι καθ' οδόν

Αριθμός αποστολής: 7204418823 · Παραγγελία: SKR-2025-118840
Αναμενόμενη παράδοση: 06/03/2025 · Κατάστημα: Αθήνα – Κολωνός
Εξυπηρέτηση πελατών: 210 000 0000 · ΑΦΜ εταιρείας 094000000 · ΓΕΜΗ 000000001000
""")

# ================================================================ Russian

V["ru_snils"] = snils("127408936")
V["ru_inn"] = inn12("7725391846")
pos("form", "ru", r"""
АНКЕТА СОТРУДНИКА – ООО «Северный ветер», Санкт-Петербург

Фамилия:               <<N|Смирнова>>
Имя:                   <<N|Ольга>>
Отчество:              <<N|Викторовна>>
Дата рождения:         <<D|14 марта 1987>> г.
Паспорт:               серия <<ID|40 12>> № <<ID|584731>>, выдан ТП №41 УФМС по г. Санкт-Петербургу 22.04.2012
СНИЛС:                 <<ID|@@ru_snils@@>>
ИНН:                   <<ID|@@ru_inn@@>>
Адрес регистрации:     <<A|196084, г. Санкт-Петербург, ул. Заставская, д. 22, кв. 117>>
Телефон:               <<P|+7 (921) 418-22-73>>
E-mail:                <<E|olga.smirnova87@yandex.ru>>
""".replace("серия <<ID|40 12>> № <<ID|584731>>", "серия и номер <<ID|40 12 584731>>"))

pos("chat", "ru", r"""
[Telegram] Чат дома на Профсоюзной 43
<<N|Андрей>> [19:02]: Соседи, кто-нибудь знает, когда отключат горячую воду?
<<N|Ирина Васильевна>> [19:05]: с 10 по 24 июня. Я говорила с <<N|Сергеем>> из управляющей компании
<<N|Андрей>> [19:06]: спасибо! передайте <<N|Сергею>>, что домофон в 3-м подъезде опять сломан
<<N|Ирина Васильевна>> [19:08]: его телефон <<P|8 916 204-71-38>>, звоните сами 🙂
<<N|Мария Кузнецова>> [19:15]: а пароль от общего wifi в холле кто знает? <<N|Ирине Васильевне>> спасибо заранее
<<N|Ирина Васильевна>> [19:16]: <<K|Profsoyuznaya43!>>
""")

pos("email", "ru", r"""
От: <<N|Дмитрий Орлов>> <<<E|d.orlov@stroyproekt-ex.ru>>>
Кому: <<N|Елена Павловна Морозова>> <<<E|e.morozova1962@mail.ru>>>
Тема: Договор подряда – ремонт квартиры

Уважаемая <<N|Елена Павловна>>!

Направляю проект договора. Прошу проверить ваши данные:
  Заказчик: <<N|Морозова Елена Павловна>>, <<D|02.06.1962>> г.р.
  Адрес объекта: <<A|117420, г. Москва, ул. Профсоюзная, д. 43, корп. 2, кв. 58>>
  Телефон: <<P|+7 (903) 771-20-48>>
Аванс 30 % оплачивается после подписания. По вопросам сметы обращайтесь к <<N|Алексею Гусеву>>,
тел. <<P|+7 926 118-33-40>>.

С уважением,
<<N|Дмитрий Орлов>>
""")

pos("log", "ru", r"""
2025-03-01 03:14:08 sshd[8812]: Failed password for root from <<IP|91.240.118.172>> port 41822 ssh2
2025-03-01 03:14:12 sshd[8812]: Failed password for root from <<IP|91.240.118.172>> port 41822 ssh2
2025-03-01 09:02:44 sshd[9120]: Accepted password for ivanov from <<IP|95.165.28.201>> port 55120 ssh2
2025-03-01 09:03:10 bash[9125]: ivanov: mysql -u crm -p'<<K|Berezka#2024crm>>' -h <<IP|10.0.5.21>> crm
2025-03-01 09:05:51 bash[9125]: ivanov: curl -H "X-API-Key: <<K|@@ru_key@@>>" https://api.sms-ex.ru/send?phone=<<P|79161234508>>
""".replace("@@ru_key@@", t(40, HX)))

pos("csv", "ru", r"""
Фамилия;Имя;Отчество;Дата рождения;Телефон;Адрес
<<N|Кузнецов>>;<<N|Игорь>>;<<N|Сергеевич>>;<<D|12.11.1979>>;<<P|+7 912 448-20-17>>;"<<A|г. Екатеринбург, ул. Малышева, д. 51, кв. 12>>"
<<N|Попова>>;<<N|Анна>>;<<N|Дмитриевна>>;<<D|03.05.1995>>;<<P|8 (343) 221-40-88>>;"<<A|г. Екатеринбург, пр. Ленина, д. 24/8, кв. 91>>"
<<N|Лебедев>>;<<N|Артём>>;<<N|Олегович>>;<<D|28.02.2002>>;<<P|+79028801244>>;"<<A|г. Берёзовский, ул. Гагарина, д. 7>>"
""")

neg("article", "ru", r"""
Лев Николаевич Толстой (28 августа [9 сентября] 1828, Ясная Поляна – 7 [20] ноября 1910, станция
Астапово) – русский писатель, автор романов «Война и мир» и «Анна Каренина». Наташа Ростова,
Пьер Безухов и Андрей Болконский – одни из самых известных персонажей мировой литературы.
Музей-усадьба «Ясная Поляна» открыт ежедневно с 9:00 до 17:00, кроме понедельника.
""")

neg("email", "ru", r"""
От: Интернет-магазин <noreply@shop-example.ru>
Тема: Заказ № 418-220-771 передан в доставку

Номер заказа: 418-220-771 от 03.03.2025
Трек-номер: RA644000000RU (Почта России)
Сумма: 12 490 ₽, оплачено картой **** 4417
Горячая линия: 8 800 000-00-00 (бесплатно по России) · ИНН организации 7700000000 · ОГРН 1027700000000
""")

neg("config", "ru", r"""
# config.example.yaml – пример конфигурации, скопируйте в config.yaml
database:
  host: localhost
  port: 5432
  user: app
  password: "<ваш пароль>"
telegram:
  bot_token: "${TELEGRAM_BOT_TOKEN}"
smtp:
  password: "********"
# Документация: https://docs.example.ru/setup  – не храните секреты в репозитории!
""")

# ================================================================ Ukrainian

V["ua_rnokpp"] = rnokpp(1990, 5, 17, "0147")
V["ua_iban"] = iban("UA", "305299" + "0000026007233566001")
pos("form", "uk", r"""
ЗАЯВА НА ОТРИМАННЯ СУБСИДІЇ – Управління соціального захисту, м. Львів

ПІБ заявника:          <<N|Коваленко Оксана Петрівна>>
Дата народження:       <<D|17.05.1990>>
РНОКПП:                <<ID|@@ua_rnokpp@@>>
Паспорт (ID-картка):   <<ID|004418273>>
Адреса:                <<A|вул. Городоцька, 112, кв. 14, м. Львів, 79019>>
Телефон:               <<P|+380 67 418 2290>>
IBAN для виплат:       <<I|@@ua_iban@@>>
Склад сім'ї: чоловік <<N|Коваленко Андрій Іванович>>, син <<N|Коваленко Максим Андрійович>>
""")

pos("chat", "uk", r"""
[Viber] Батьки 5-Б класу
<<N|Світлана>>: Доброго вечора! Хто здає гроші на екскурсію, скидайте на картку <<N|Наталії>>
<<N|Наталія Шевчук>>: так, моя картка <<C|@@ua_card@@>>, призначення «5-Б екскурсія»
<<N|Олег>>: переказав. <<N|Наталіє>>, перевірте будь ласка
<<N|Наталія Шевчук>>: отримала, дякую <<N|Олегу>>!
<<N|Світлана>>: і нагадую, класна керівниця <<N|Ірина Степанівна>> просила телефонувати їй лише до 19:00: <<P|067 301 44 82>>
""".replace("@@ua_card@@", card("5168", groups=(4, 4, 4, 4), sep=" ")))

pos("email", "uk", r"""
Від: <<N|Тарас Мельник>> <<<E|taras.melnyk@ukr.net>>>
Кому: hr@it-kompaniya.example
Тема: Документи для оформлення

Добрий день!

Надсилаю дані для оформлення договору:
  ПІБ: <<N|Мельник Тарас Богданович>>
  Дата народження: <<D|9 жовтня 1994>> р.
  РНОКПП: <<ID|@@ua_rnokpp2@@>>
  Адреса: <<A|м. Київ, просп. Перемоги, 37, кв. 205, 03056>>
  Тел.: <<P|+380 93 118 44 07>>
Доступ до корпоративного VPN мені вже видали: логін t.melnyk, пароль <<K|Kashtan-Kyiv#94>> – чи потрібно його змінити?

З повагою,
<<N|Тарас>>
""".replace("@@ua_rnokpp2@@", rnokpp(1994, 10, 9, "2351")))

pos("log", "uk", r"""
2025-02-20 14:02:11 INFO  [портал] вхід користувача <<E|o.bondarenko@gmail.com>> з <<IP|176.37.204.88>>
2025-02-20 14:02:40 INFO  [заявки] створено заявку №2025-004471 від <<N|Бондаренко Олени>>, тел. <<P|+380 50 771 20 48>>
2025-02-20 14:03:02 ERROR [оплата] відмова банку для картки <<C|@@ua_card2@@>>: недостатньо коштів
""".replace("@@ua_card2@@", card("4149", groups=None)))

neg("article", "uk", r"""
Тарас Григорович Шевченко (9 березня 1814, Моринці – 10 березня 1861, Санкт-Петербург) –
український поет, прозаїк і художник. Його збірка «Кобзар» (1840) стала символом української
літератури. Національний музей Тараса Шевченка в Києві розташований на бульварі Тараса Шевченка, 12;
працює з вівторка по неділю, 10:00–18:00.
""")

neg("email", "uk", r"""
Від: Нова пошта <info@novaposhta.example>
Тема: Посилка 20450812774411 прибула до відділення

Номер ТТН: 20450812774411
Відправник: ТОВ «Розетка.УА», замовлення 448120771
Відділення №12, м. Київ. Зберігання безкоштовно до 10.03.2025.
Гаряча лінія: 0 800 500 609 (безкоштовно) · ЄДРПОУ 31316718
""")

# ================================================================ Japanese

V["jp_mn"] = mynumber("48307195260")
pos("form", "ja", r"""
入社手続き書類（従業員情報）　株式会社サクラ物流　人事部

氏名（漢字）：<<N|佐藤 美咲>>
氏名（カナ）：<<N|サトウ ミサキ>>
生年月日：<<D|1992年7月14日>>
個人番号（マイナンバー）：<<ID|@@jp_mn@@>>
住所：〒<<A|150-0042 東京都渋谷区宇田川町12-3 メゾン宇田川302号>>
電話番号：<<P|090-4183-2275>>
メールアドレス：<<E|misaki.sato0714@docomo.ne.jp>>
緊急連絡先：<<N|佐藤 健一>>（父）　<<P|03-5481-2290>>
振込先口座：みずほ銀行 渋谷支店 普通 1234567（口座名義は本人）
""".replace("振込先口座：みずほ銀行 渋谷支店 普通 1234567（口座名義は本人）", "入社日：2025年4月1日"))

pos("chat", "ja", r"""
[LINE] 大学サークル同期 🎸
<<N|ゆうき>>: 明日のライブ、リハ何時からだっけ？
<<N|田中 颯太>>: 14時！<<N|ゆうき>>は機材よろしく
<<N|ゆうき>>: りょ。スタジオのWi-Fiパスワードって何だった？
<<N|田中 颯太>>: <<K|StudioNoise_2024!>> だよ。あと<<N|美咲>>さんの連絡先知ってる？
<<N|ゆうき>>: <<P|080-2291-4470>> だよ。<<N|美咲>>さんに遅れるって伝えといて
<<N|田中 颯太>>: 了解！あとチケットの売上、<<N|ゆうき>>の口座に振り込んでおいたから確認して
<<N|ゆうき>>: ありがと。打ち上げは駅前の居酒屋で19時半からね、予約は<<N|田中>>の名前で入れてある
<<N|田中 颯太>>: 👍 機材車のカギはいつもの場所に置いとく
""")

pos("log", "ja", r"""
2025-03-04 10:12:44 INFO  [会員登録] 新規登録 氏名=<<N|山本 翔>> メール=<<E|sho.yamamoto@gmail.com>> 生年月日=<<D|1999-11-03>>
2025-03-04 10:12:45 INFO  [会員登録] 住所=<<A|大阪府大阪市北区梅田2-4-9 ブリーゼタワー1805>> 電話=<<P|06-6341-2208>>
2025-03-04 10:12:46 DEBUG [決済] カード番号=<<C|@@jp_card@@>> 有効期限=08/27
2025-03-04 10:12:47 INFO  [アクセス] 接続元IP=<<IP|126.77.204.15>>
""".replace("@@jp_card@@", card("3530", groups=None)))

pos("letter", "ja", r"""
<<A|〒604-8005 京都府京都市中京区河原町通三条上る恵比須町439>>
<<N|鈴木 花子>> 様

令和7年2月10日

株式会社ミヤコ不動産　賃貸管理課

更新契約のご案内

拝啓　時下ますますご清祥のこととお慶び申し上げます。
現在ご入居中の物件の賃貸借契約が令和7年3月31日をもって満了となります。つきましては、
更新契約書を同封いたしますので、ご署名のうえご返送ください。
連帯保証人の<<N|鈴木 一郎>>様（<<P|075-221-4418>>）にも同様の書類をお送りしております。
担当：<<N|高橋>>（直通 <<P|075-212-0871>>）
敬具
""".replace("<<A|〒604-8005 京都府京都市中京区河原町通三条上る恵比須町439>>", "〒<<A|604-8005 京都府京都市中京区河原町通三条上る恵比須町439>>"))

pos("config", "ja", r"""
# settings_production.py（社内Wiki管理サーバー）担当：<<N|中村 拓也>>
SECRET_KEY = "<<K|@@jp_djkey@@>>"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "wiki",
        "USER": "wiki_app",
        "PASSWORD": "<<K|Sakura#Wiki2025>>",
        "HOST": "<<IP|172.20.1.15>>",
    }
}
EMAIL_HOST_PASSWORD = "<<K|@@jp_mailpw@@>>"
ADMINS = [("<<N|中村 拓也>>", "<<E|t.nakamura@wiki-example.co.jp>>")]
""".replace("@@jp_djkey@@", "django-insecure-" + t(50, string.ascii_lowercase + DIG + "!@#%^&*(-_=+)")).replace("@@jp_mailpw@@", t(16, AL)))

neg("article", "ja", r"""
夏目漱石（1867年2月9日〈慶応3年1月5日〉 – 1916年〈大正5年〉12月9日）は、日本の小説家、英文学者。
代表作に『吾輩は猫である』『坊っちゃん』『こころ』などがある。『坊っちゃん』の主人公や、
『こころ』の「先生」と「K」は、今も多くの読者に親しまれている。1984年から2004年まで千円札の肖像にも
採用された。東京・早稲田の漱石山房記念館では、晩年を過ごした書斎が再現されている。
開館時間は10時から18時（入館は17時30分まで）、月曜休館。観覧料は一般300円、小中学生100円。
団体（20名以上）の予約は電話 03-0000-0000 まで。最寄り駅は東京メトロ東西線「早稲田」駅。
""")

neg("email", "ja", r"""
差出人：ネットショップ <no-reply@shop-example.jp>
件名：【発送完了】ご注文番号 250304-88120441

ご注文ありがとうございます。本日、商品を発送いたしました。
ご注文番号：250304-88120441
配送業者：ヤマト運輸　伝票番号：4410-2288-1207
お届け予定日：2025年3月6日
お問い合わせ：カスタマーセンター 0120-000-000（通話料無料・平日9時〜18時）
""")

neg("notes", "ja", r"""
リリースノート　勤怠管理システム v5.3.1（ビルド 5.3.1.2207）　2025年2月28日
・KT-881：打刻画面で「0.0.0.0」が接続元として表示される不具合を修正
・KT-890：祝日マスタを2025年版に更新（春分の日 3月20日）
・KT-902：CSV出力の文字コードをUTF-8（BOM付き）に変更
サポート窓口：support@kintai.example（平日10:00〜17:00）
""")

# ================================================================ Chinese

V["cn_id1"] = cn_id("11010519880716302")
V["cn_id2"] = cn_id("44030619920304151")
pos("form", "zh", r"""
租房合同（乙方信息）——北京市朝阳区

乙方姓名：<<N|王晓明>>
身份证号：<<ID|@@cn_id1@@>>
出生日期：<<D|1988年7月16日>>
联系电话：<<P|138 1042 7756>>
电子邮箱：<<E|wangxm1988@163.com>>
现住址：<<A|北京市朝阳区建国路88号院3号楼1单元1502室>>
紧急联系人：<<N|李秀英>>（母亲），电话 <<P|+86 139 0124 8830>>
工作单位：北京某科技有限公司（软件工程师）
租赁房屋：详见附件一（房屋所有权证复印件），两室一厅，建筑面积86平方米
租赁期限：2025年3月1日至2026年2月28日
租金：每月6800元，押一付三。水电燃气费由乙方承担，物业费由甲方承担。
乙方签字：<<N|王晓明>>　　　日期：2025年2月20日
""")

pos("chat", "zh", r"""
[微信] 公司行政群
<<N|张伟>>：各位，下周一开始搬到望京的新办公室，请大家周五下班前把个人物品装箱
<<N|张伟>>：新办公室的WiFi密码是 <<K|HuaXin@2025office>>，访客网络不用密码
<<N|陈静>>：收到👌 <<N|张伟>>，打印机IP是多少？
<<N|张伟>>：<<IP|192.168.31.45>>，驱动在共享盘里
<<N|刘洋>>：<<N|陈静>>，快递员说你的包裹放前台了
<<N|陈静>>：谢谢<<N|刘洋>>！我的新手机号是 <<P|186 2104 3378>>，大家更新一下
<<N|刘洋>>：好的。另外门禁卡周一在前台领取，需要本人签字
<<N|张伟>>：对，搬家公司周六上午九点到，有问题打公司总机
""")

pos("log", "zh", r"""
2025-02-12 09:14:22 INFO  [用户注册] 姓名=<<N|周丽华>> 手机=<<P|+86 135 1288 4071>> 身份证=<<ID|@@cn_id2@@>>
2025-02-12 09:14:23 INFO  [用户注册] 收货地址=<<A|广东省深圳市南山区科技园南区高新南七道18号 4栋1203>>
2025-02-12 09:14:25 WARN  [短信] 阿里云短信 AccessKeyId=<<K|@@cn_akid@@>> AccessKeySecret=<<K|@@cn_aksec@@>> 调用失败：签名不匹配
2025-02-12 09:14:30 INFO  [登录] 来源IP=<<IP|113.88.142.201>>
""".replace("@@cn_akid@@", "LTAI5t" + t(18, AL)).replace("@@cn_aksec@@", t(30, AL)))

pos("letter", "zh", r"""
<<N|陈志强>> 先生：

您好！您于2025年1月8日提交的出入境证件申请已受理。请核对以下信息：
  姓名：<<N|陈志强>>
  出生日期：<<D|1979年11月2日>>
  护照号码：<<ID|E84712093>>
  户籍地址：<<A|上海市浦东新区世纪大道1200弄5号602室>>
  联系电话：<<P|021-5083 2274>>
如信息有误，请于十个工作日内携带身份证原件到窗口办理更正。
证件制作完成后，将通过邮政速递寄送至上述户籍地址，请保持电话畅通。
受理编号：SH2025010800441（请妥善保管，用于查询办理进度）

咨询电话：12367（全国移民管理服务热线）
""")

pos("email", "zh", r"""
寄件者：<<N|林怡君>> <<<E|yichun.lin@hotmail.com.tw>>>
收件者：<<N|黃建宏>> <<<E|jh.huang@example-law.tw>>>
主旨：遺產分割協議書資料

黃律師您好：

附上家父<<N|林國雄>>的資料供您準備協議書：
  姓名：<<N|林國雄>>，出生日期：<<D|民國37年5月20日>>
  身分證字號：<<ID|A123845679>>
  地址：<<A|臺北市大安區復興南路一段390號8樓>>
家母<<N|張美玉>>與舍弟<<N|林志明>>均同意依應繼分分割，土地部分由舍弟繼承，
存款則由三人平均分配。我的手機是 <<P|0912-345-071>>，晚上比較方便聯絡。
另外，地政事務所的收件編號是 114-大安-0441，方便您查詢。

謝謝！
<<N|怡君>>
""".replace("黃律師您好", "<<N|黃>>律師您好"))

neg("article", "zh", r"""
鲁迅（1881年9月25日－1936年10月19日），原名周树人，浙江绍兴人，中国现代文学的奠基人之一。
代表作有《狂人日记》《阿Q正传》《呐喊》《彷徨》等，其中阿Q、孔乙己、祥林嫂等人物家喻户晓。
1927年起定居上海，直至逝世。北京鲁迅博物馆位于西城区阜成门内宫门口二条19号，馆内保留了他1924年至
1926年的故居。开放时间为周二至周日9:00–16:00（15:30停止入馆），凭身份证预约，免费参观。
咨询电话：010-0000-0000。
""")

neg("email", "zh", r"""
发件人：京东商城 <noreply@jd-example.com>
主题：您的订单 288104471920 已发货

订单编号：288104471920
下单时间：2025-03-03 20:14
快递公司：顺丰速运　运单号：SF1428829104471
预计送达：2025-03-05
商品：无线降噪耳机 ×1（¥899.00），充电宝 20000mAh ×1（¥129.00）
实付金额：¥1,028.00（已使用优惠券 ¥50.00）
客服热线：400-000-0000（7×24小时）　统一社会信用代码：91110000000000000X
本邮件由系统自动发送，请勿直接回复。
""")

neg("notes", "zh", r"""
版本说明：财务系统 v6.2.0（构建号 6.2.0.3318）2025年2月27日
1. 修复：发票号码为 0000000000 时导出报错的问题（FIN-2201）。
2. 优化：服务器默认监听地址由 0.0.0.0 改为 127.0.0.1。
3. 新增：支持 IPv6 地址（例如 2001:db8::10）作为数据库主机。
技术支持：support@finance-system.example
""")

# ================================================================ Korean

V["kr_rrn1"] = rrn("880514", 2, "10473")
V["kr_rrn2"] = rrn("150322", 3, "04418")
pos("form", "ko", r"""
입사 서류 – 인적사항 (주식회사 한빛소프트)

성명: <<N|김지은>>
주민등록번호: <<ID|@@kr_rrn1@@>>
생년월일: <<D|1988년 5월 14일>>
주소: <<A|서울특별시 마포구 월드컵북로12길 34, 502호>>
휴대전화: <<P|010-4182-7730>>
이메일: <<E|jieun.kim88@naver.com>>
비상연락처: <<N|박성훈>>(배우자) <<P|010-2291-0457>>
부양가족: 자녀 <<N|박서준>> (주민등록번호 <<ID|@@kr_rrn2@@>>)
""")

pos("chat", "ko", r"""
[카카오톡] 동아리 운영진 🏸
<<N|이민호>>: 체육관 예약 사이트 비번 바꿨어요. 새 비번은 <<K|Badminton!2025hk>> 입니다
<<N|정수빈>>: 넵 감사합니다 <<N|민호>> 오빠
<<N|이민호>>: <<N|수빈>>아, 회비는 내 계좌 말고 동아리 통장으로 받아줘
<<N|최유나>>: 신입 <<N|한도윤>> 연락처 공유해요 <<P|010-7734-2058>>
<<N|정수빈>>: 확인했어요! 다음 주 토요일에 봬요
<<N|이민호>>: 참, 셔틀콕은 <<N|유나>>가 주문해 주기로 했어. 영수증은 단톡방에 올려줘
<<N|최유나>>: 넵! 체육관 주소는 공지에 있는 대로 구민체육센터 2층이에요
""")

pos("log", "ko", r"""
2025-03-02 21:14:08 INFO  [주문] 주문번호=20250302-884120 주문자=<<N|윤서연>> 연락처=<<P|+82 10-3318-4402>>
2025-03-02 21:14:08 INFO  [배송] 주소=<<A|부산광역시 해운대구 센텀중앙로 97, 1204동 1802호>>
2025-03-02 21:14:09 DEBUG [결제] PG응답 card_no=<<C|@@kr_card@@>> 승인번호=30188420
2025-03-02 21:14:10 INFO  [접속] client_ip=<<IP|211.234.118.77>> user_agent=Mozilla/5.0 (iPhone)
""".replace("@@kr_card@@", card("9410", groups=(4, 4, 4, 4), sep="-")))

pos("email", "ko", r"""
보낸 사람: <<N|오태현>> <<<E|taehyun.oh@lawfirm-example.kr>>>
받는 사람: <<N|강미영>> <<<E|miyoung.kang@daum.net>>>
제목: 임대차 계약 관련 확인 요청

<<N|강미영>> 님께,

계약서 작성을 위해 아래 정보를 확인 부탁드립니다.
  임차인: <<N|강미영>> (생년월일 <<D|1975.09.30>>)
  주소: <<A|경기도 성남시 분당구 정자일로 95, 301동 1405호>>
  연락처: <<P|031-714-2280>>
보증금 입금 계좌 및 잔금 일정은 별도로 안내드리겠습니다.

<<N|오태현>> 변호사 드림 · 직통 <<P|02-3476-1190>>
""")

neg("article", "ko", r"""
세종대왕(1397년 5월 15일 ~ 1450년 3월 30일)은 조선의 제4대 왕으로, 1443년 훈민정음을 창제하였다.
측우기와 해시계(앙부일구) 제작을 지원하고 집현전을 통해 학문을 장려하였다. 만 원권 지폐에 초상이
실려 있다. 서울 광화문광장에는 세종대왕 동상이 있으며, 지하에는 '세종이야기' 전시관이 있다.
관람 시간은 화요일부터 일요일까지 10:30~20:00이며 관람료는 무료이다. 단체 관람 문의는
대표전화 02-000-0000으로 하면 된다.
""")

neg("email", "ko", r"""
보낸 사람: 쇼핑몰 고객센터 <no-reply@shop-example.co.kr>
제목: [배송 시작] 주문번호 2025030488120

주문번호: 2025030488120
택배사: CJ대한통운  송장번호: 6841 2290 4471
도착 예정일: 2025년 3월 6일
고객센터: 1588-0000 (평일 09:00~18:00) · 사업자등록번호 123-45-67890
""")

neg("notes", "ko", r"""
릴리스 노트 – 사내 메신저 v3.8.2 (빌드 3.8.2.1180), 2025-02-25
- MSG-441: 서버 주소를 0.0.0.0으로 설정하면 접속이 끊기던 문제 수정
- MSG-452: 파일 전송 최대 용량 500MB → 1GB
- MSG-460: 예시 계정(test@example.com) 로그인 화면 안내 문구 개선
문의: helpdesk@messenger.example
""")

# ================================================================ Vietnamese

pos("form", "vi", r"""
PHIẾU ĐĂNG KÝ KHÁM BỆNH – Bệnh viện Đa khoa Tâm Anh (cơ sở Hà Nội)

Họ và tên:          <<N|Nguyễn Thị Thu Hà>>
Ngày sinh:          <<D|ngày 12 tháng 3 năm 1990>>
Số CCCD:            <<ID|001190024417>>
Địa chỉ:            <<A|Số 18 ngõ 41 Thái Hà, phường Trung Liệt, quận Đống Đa, Hà Nội>>
Điện thoại:         <<P|0912 418 273>>
Email:              <<E|thuha.nguyen90@gmail.com>>
Số thẻ BHYT:        <<ID|DN4010120004417>>
Người liên hệ:      <<N|Trần Văn Nam>> (chồng) – <<P|+84 98 330 2211>>
""")

pos("chat", "vi", r"""
[Zalo] Nhóm "Team Marketing HCM"
<<N|Minh>>: mọi người ơi mật khẩu tài khoản Canva chung là <<K|CanvaTeam@2025hcm>> nha
<<N|Phạm Lan Anh>>: cảm ơn anh <<N|Minh>>! chị <<N|Hương>> ơi, file thiết kế em gửi qua mail rồi ạ
<<N|Lê Thu Hương>>: ok em, chị check rồi. <<N|Lan Anh>> gửi chị số của anh <<N|Tuấn>> bên in ấn nhé
<<N|Phạm Lan Anh>>: dạ, <<P|0903 772 148>> ạ
""")

pos("email", "vi", r"""
Từ: <<N|Đỗ Quang Huy>> <<<E|huy.doquang@yahoo.com.vn>>>
Đến: tuyendung@congty-vidu.vn
Tiêu đề: Hồ sơ ứng tuyển vị trí Kế toán

Kính gửi Phòng Nhân sự,

Tôi xin gửi hồ sơ ứng tuyển. Thông tin cá nhân:
  Họ tên: <<N|Đỗ Quang Huy>>
  Sinh ngày: <<D|05/08/1995>>
  Địa chỉ: <<A|123/45 Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh>>
  Điện thoại: <<P|+84 90 441 2287>>
Người tham khảo: chị <<N|Võ Thị Mai>>, kế toán trưởng công ty cũ, <<P|0918 220 341>>.

Trân trọng,
<<N|Đỗ Quang Huy>>
""")

pos("log", "vi", r"""
2025-02-14 08:30:12 INFO  [dangnhap] thanh cong user=<<E|ngoclan.pham@gmail.com>> ip=<<IP|14.161.22.108>>
2025-02-14 08:31:40 INFO  [donhang] khach=<<N|Phạm Ngọc Lan>> sdt=<<P|0988 120 447>> diachi="<<A|45 Lê Lợi, phường Bến Nghé, quận 1, TP.HCM>>"
2025-02-14 08:31:41 DEBUG [thanhtoan] momo_secret_key=<<K|@@vi_key@@>> env=production
""".replace("@@vi_key@@", t(32, AL)))

neg("article", "vi", r"""
Nguyễn Du (1765 – 16 tháng 9 năm 1820) là nhà thơ nổi tiếng thời Lê mạt – Nguyễn sơ, tác giả của
Truyện Kiều, kể về cuộc đời của Thúy Kiều. Khu lưu niệm Nguyễn Du ở xã Tiên Điền, huyện Nghi Xuân,
tỉnh Hà Tĩnh mở cửa hằng ngày từ 7h30 đến 17h00.
""")

neg("email", "vi", r"""
Từ: Shopee VN <no-reply@shopee-example.vn>
Tiêu đề: Đơn hàng 250304ABCX88 đã được giao

Mã đơn hàng: 250304ABCX88 · Mã vận đơn: SPXVN041882290447
Đã giao lúc 14:20 ngày 06/03/2025.
Hotline: 1900 0000 · Mã số doanh nghiệp: 0106773786
""")

# ================================================================ Indonesian

pos("form", "id", r"""
FORMULIR PENDAFTARAN NASABAH – Koperasi Simpan Pinjam Sejahtera, Bandung

Nama lengkap:        <<N|Siti Nurhaliza Rahmawati>>
NIK:                 <<ID|3273015708910004>>
Tempat/Tgl. lahir:   Bandung, <<D|17 Agustus 1991>>
Alamat:              <<A|Jl. Dago Asri II No. 14, RT 03/RW 07, Kel. Dago, Kec. Coblong, Kota Bandung 40135>>
No. HP:              <<P|0812-2041-7730>>
Email:               <<E|siti.rahmawati91@gmail.com>>
NPWP:                <<ID|84.412.771.8-423.000>>
Ahli waris:          <<N|Budi Santoso>> (suami)
""")

pos("chat", "id", r"""
[WhatsApp] Arisan RT 05 🌸
[19.02.25 19.10] <<N|Bu Ratna>>: ibu-ibu, arisan bulan ini di rumah Bu <<N|Wati>> ya
[19.02.25 19.12] <<N|Wati Susanti>>: iya, alamatnya <<A|Jl. Melati No. 22, Perumahan Griya Asri, Bekasi>>
[19.02.25 19.15] <<N|Dewi>>: transfer iurannya ke rekening siapa bu?
[19.02.25 19.16] <<N|Bu Ratna>>: ke saya aja, BCA 1234567890 a.n. <<N|Ratna Kusuma>>. kalau bingung telp <<P|0813-8812-4410>>
[19.02.25 19.20] <<N|Dewi>>: siap bu, makasih 🙏
""".replace("<<N|Bu Ratna>>", "Bu <<N|Ratna>>").replace("BCA 1234567890 a.n.", "rekening BCA a.n."))

pos("log", "id", r"""
2025-03-01 10:02:11 INFO  [login] sukses user=<<E|andi.pratama@yahoo.co.id>> ip=<<IP|36.72.218.140>>
2025-03-01 10:03:05 INFO  [pengiriman] penerima=<<N|Andi Pratama>> hp=<<P|+62 811-2840-773>> alamat="<<A|Jl. Raya Darmo No. 88, Surabaya 60264>>"
2025-03-01 10:03:06 DEBUG [payment] midtrans_server_key=<<K|Mid-server-@@id_key@@>>
""".replace("@@id_key@@", t(24, URLS)))

pos("email", "id", r"""
Dari: <<N|Rizky Hidayat>> <<<E|rizky.hidayat@kantorhukum-contoh.co.id>>>
Kepada: <<N|Putri Anggraini>> <<<E|putri.anggraini@gmail.com>>>
Subjek: Dokumen untuk akta jual beli

Yth. Ibu <<N|Putri>>,

Mohon dikirimkan dokumen berikut: fotokopi KTP (NIK <<ID|3171046502880003>>), KK, dan NPWP.
Tanggal lahir Ibu tercatat <<D|25-02-1988>>; mohon dikonfirmasi karena di sertifikat tertulis berbeda.
Alamat objek: <<A|Jl. Kemang Raya No. 41, Jakarta Selatan 12730>>.

Hormat kami,
<<N|Rizky Hidayat>>, S.H. · <<P|021-7199 4420>>
""")

neg("article", "id", r"""
Raden Adjeng Kartini (21 April 1879 – 17 September 1904) adalah tokoh emansipasi perempuan Indonesia.
Surat-suratnya diterbitkan dengan judul "Habis Gelap Terbitlah Terang". Hari Kartini diperingati
setiap 21 April. Museum Kartini di Rembang buka setiap hari pukul 08.00–16.00.
""")

neg("email", "id", r"""
Dari: Tokopedia <no-reply@toko-contoh.co.id>
Subjek: Pesanan INV/20250304/MPL/4412088120 sedang dikirim

Nomor invoice: INV/20250304/MPL/4412088120
Kurir: JNE REG · No. resi: CGK1F0441882290
Estimasi tiba: 7 Maret 2025
Bantuan: 1500-000 · NPWP perusahaan 01.000.000.0-000.000
""")

# ================================================================ Hindi

V["in_aad"] = aadhaar("52718304962")
V["in_aad2"] = aadhaar("84120937715")
pos("form", "hi", r"""
आवेदन पत्र – राशन कार्ड (नया), खाद्य एवं आपूर्ति विभाग, लखनऊ

आवेदक का नाम:        <<N|सुनीता देवी शर्मा>>
पिता/पति का नाम:      <<N|राजेश कुमार शर्मा>>
जन्म तिथि:            <<D|15 अगस्त 1982>>
आधार संख्या:          <<ID|@@in_aad@@>>
पता:                  <<A|मकान नं. 114, गली नं. 3, इंदिरा नगर, लखनऊ 226016>>
मोबाइल:               <<P|+91 94151 27730>>
परिवार के सदस्य:      <<N|अंकित शर्मा>> (पुत्र), जन्म तिथि <<D|02/11/2008>>
""")

pos("chat", "hi", r"""
[WhatsApp] शर्मा परिवार 🙏
[20/02/25, 8:10 pm] <<N|प्रिया>>: भैया, मम्मी का आधार नंबर चाहिए गैस कनेक्शन के लिए
[20/02/25, 8:12 pm] <<N|विकास शर्मा>>: <<ID|@@in_aad2@@>> है. और OTP मम्मी के फ़ोन <<P|98390 41277>> पर आएगा
[20/02/25, 8:15 pm] <<N|प्रिया>>: ठीक है. नेटबैंकिंग का पासवर्ड भी यही है न <<K|Lucknow@1960>>?
[20/02/25, 8:16 pm] <<N|विकास शर्मा>>: <<N|प्रिया>> ये सब ग्रुप में मत लिखो!! अभी बदलता हूँ
""")

pos("email", "hi", r"""
प्रेषक: <<N|अमित वर्मा>> <<<E|amit.verma84@rediffmail.com>>>
प्रति: hr@company-example.in
विषय: पीएफ़ ट्रांसफ़र हेतु जानकारी

महोदय,

मेरे पीएफ़ ट्रांसफ़र के लिए आवश्यक विवरण इस प्रकार है:
  नाम: <<N|अमित वर्मा>>
  जन्म तिथि: <<D|22-09-1984>>
  पैन: <<ID|AHJPV8841K>>
  यूएएन: <<ID|100447128830>>
  पता: <<A|फ्लैट 502, साईं रेजीडेंसी, सेक्टर 62, नोएडा 201309>>
  मोबाइल: <<P|+91 98110 42271>>

धन्यवाद,
<<N|अमित वर्मा>>
""")

pos("log", "hi", r"""
2025-03-03 11:20:14 INFO  [kyc] नया ग्राहक नाम="<<N|Ravi Shankar Yadav>>" mobile=<<P|+91 70431 88204>> dob=<<D|1993-06-18>>
2025-03-03 11:20:15 INFO  [kyc] pan=<<ID|BQZPY4471M>> address="<<A|H.No. 2-14/7, Madhapur, Hyderabad 500081>>"
2025-03-03 11:20:16 DEBUG [upi] razorpay key_id=<<K|rzp_live_@@in_rz@@>> key_secret=<<K|@@in_rzs@@>>
2025-03-03 11:20:17 INFO  [kyc] स्रोत IP=<<IP|49.36.112.204>>
""".replace("@@in_rz@@", t(14, AL)).replace("@@in_rzs@@", t(24, AL)))

neg("article", "hi", r"""
मुंशी प्रेमचंद (31 जुलाई 1880 – 8 अक्टूबर 1936) हिंदी और उर्दू के महान कथाकार थे। उनकी प्रसिद्ध
रचनाओं में "गोदान", "गबन" और "ईदगाह" शामिल हैं। वाराणसी के पास लमही गाँव में उनका पैतृक घर
आज स्मारक के रूप में संरक्षित है, जो प्रतिदिन सुबह 10 बजे से शाम 5 बजे तक खुला रहता है।
""")

neg("email", "hi", r"""
प्रेषक: ऑनलाइन स्टोर <no-reply@store-example.in>
विषय: आपका ऑर्डर #404-7718204-8841200 भेज दिया गया है

ऑर्डर संख्या: 404-7718204-8841200
कूरियर: ब्लू डार्ट, AWB 77120448819
अनुमानित डिलीवरी: 06 मार्च 2025
ग्राहक सेवा: 1800-000-0000 (टोल फ़्री) · GSTIN 07AAAAA0000A1Z5
""")

# ================================================================ Arabic

V["sa_iban"] = iban("SA", "80" + "000000608010167519")
V["ae_iban"] = iban("AE", "033" + "1234567890123456")
pos("form", "ar", r"""
نموذج فتح حساب – بنك الرياض التجاري (فرع العليا)

الاسم الكامل:        <<N|عبدالله بن محمد العتيبي>>
تاريخ الميلاد:       <<D|1989/04/12>>
رقم الهوية الوطنية:  <<ID|1048827301>>
العنوان الوطني:      <<A|شارع الأمير سلطان، حي الخالدية، مبنى 14، الرياض 12271>>
الجوال:              <<P|+966 55 418 2273>>
البريد الإلكتروني:   <<E|a.alotaibi89@gmail.com>>
الآيبان لاستلام الراتب: <<I|@@sa_iban@@>>
""")

pos("chat", "ar", r"""
[واتساب] عائلة الحسيني
[٢٠٢٥/٠٢/١٢، ٩:١٠ م] <<N|ليلى>>: يا جماعة، عيد ميلاد ماما يوم الجمعة 🎂
[٢٠٢٥/٠٢/١٢، ٩:١٢ م] <<N|خالد الحسيني>>: تمام. <<N|ليلى>> ابعتي العنوان للمطعم
[٢٠٢٥/٠٢/١٢، ٩:١٥ م] <<N|ليلى>>: البيت أحسن: <<A|١٤ شارع النيل، الدقي، الجيزة>>
[٢٠٢٥/٠٢/١٢، ٩:١٦ م] <<N|خالد الحسيني>>: وباسورد الواي فاي عندكم لسه <<K|Nile#Family2020>>؟
[٢٠٢٥/٠٢/١٢، ٩:١٨ م] <<N|ليلى>>: أيوه. وكلّم خالتو <<N|سعاد>> على <<P|0100 418 2290>>
""")

pos("email", "ar", r"""
من: <<N|يوسف حداد>> <<<E|y.haddad@lawoffice-example.ae>>>
إلى: <<N|مريم الشامسي>> <<<E|mariam.alshamsi@hotmail.com>>>
الموضوع: مستندات عقد الإيجار

الأستاذة <<N|مريم>> المحترمة،

يرجى تزويدنا بالمستندات التالية لإتمام عقد الإيجار:
  – نسخة من الهوية الإماراتية رقم <<ID|784-1988-4418273-1>>
  – تاريخ الميلاد: <<D|٣ مارس ١٩٨٨>>
  – عنوان السكن الحالي: <<A|شقة 1204، برج الياسمين، شارع الشيخ زايد، دبي>>
  – رقم الحساب لإيداع التأمين: <<I|@@ae_iban@@>>

مع التحية،
<<N|يوسف حداد>> – مستشار قانوني – هاتف مباشر <<P|+971 4 331 2208>>
""")

pos("log", "ar", r"""
2025-03-04 13:02:41 INFO  [تسجيل] مستخدم جديد الاسم="<<N|أحمد سالم الزهراني>>" جوال=<<P|0504418273>> ميلاد=<<D|1995-07-30>>
2025-03-04 13:02:42 INFO  [الدفع] بطاقة=<<C|@@ar_card@@>> الحالة=مرفوضة
2025-03-04 13:02:43 DEBUG [sms] unifonic_app_sid=<<K|@@ar_key@@>>
2025-03-04 13:02:44 INFO  [وصول] IP=<<IP|188.50.118.204>>
""".replace("@@ar_card@@", card("4847", groups=None)).replace("@@ar_key@@", t(30, AL)))

neg("article", "ar", r"""
نجيب محفوظ (11 ديسمبر 1911 – 30 أغسطس 2006) روائي مصري، وأول عربي يحصل على جائزة نوبل في الأدب
عام 1988. من أشهر أعماله "الثلاثية" التي تدور في حي الجمالية بالقاهرة، وشخصية السيد أحمد عبد الجواد.
متحف نجيب محفوظ في تكية أبو الدهب مفتوح يوميًا من الساعة 10 صباحًا حتى 6 مساءً.
""")

neg("email", "ar", r"""
من: متجر إلكتروني <no-reply@store-example.sa>
الموضوع: تم شحن طلبك رقم 8841200771

رقم الطلب: 8841200771
شركة الشحن: أرامكس – رقم الشحنة 44120887120
موعد التسليم المتوقع: 06/03/2025
خدمة العملاء: 920000000 · السجل التجاري 1010000000 · الرقم الضريبي 300000000000003
""")

neg("notice", "ar", r"""
إعلان – بلدية دبي
نحيطكم علمًا بإغلاق جزئي لشارع الشيخ زايد باتجاه أبوظبي بين التقاطع الأول والثاني من 10 إلى 20 مارس
لأعمال الصيانة. يرجى استخدام شارع الخيل كطريق بديل. للاستفسار: مركز الاتصال 800900 (مجاني).
رقم التعميم: DM-2025-0412.
""")

# ================================================================ Hebrew

V["il_id1"] = il_id("31548207")
V["il_id2"] = il_id("20417738")
pos("form", "he", r"""
טופס הרשמה – קופת חולים, סניף רמת גן

שם פרטי:          <<N|נועה>>
שם משפחה:         <<N|לוי-כהן>>
מספר זהות:        <<ID|@@il_id1@@>>
תאריך לידה:       <<D|14.3.1987>>
כתובת:            <<A|רחוב ביאליק 42 דירה 7, רמת גן 5245117>>
טלפון נייד:       <<P|052-418-2273>>
דוא"ל:            <<E|noa.levycohen@gmail.com>>
איש קשר לחירום:   <<N|דניאל כהן>> (בן זוג), <<P|054-771-2048>>
""")

pos("chat", "he", r"""
[WhatsApp] ועד הבית – הרצל 18
[10.3.2025, 20:14] <<N|יוסי>>: ערב טוב, מי יודע את הקוד החדש של הראוטר בלובי?
[10.3.2025, 20:16] <<N|מיכל אברהם>>: הסיסמה היא <<K|Herzl18!Lobby>>
[10.3.2025, 20:17] <<N|יוסי>>: תודה <<N|מיכל>>! ואת הטלפון של האינסטלטור?
[10.3.2025, 20:18] <<N|מיכל אברהם>>: <<N|אבי>>, <<P|050-330-4127>>
""")

pos("letter", "he", r"""
לכבוד
<<N|עו"ד רונית שגיא>>
תל אביב

הנדון: ייפוי כוח מתמשך – <<N|משה פרידמן>>, ת"ז <<ID|@@il_id2@@>>

אני, <<N|שרה פרידמן>>, בתו של <<N|משה פרידמן>> (יליד <<D|2 ביוני 1941>>), מבקשת לקבוע פגישה לחתימה על
ייפוי הכוח. כתובת אבי: <<A|רחוב הנשיא 12, חיפה 3460312>>. ניתן להשיג אותי בטלפון <<P|+972 54 882 1190>>.

בברכה,
<<N|שרה פרידמן>>
""".replace('<<N|עו"ד רונית שגיא>>', 'עו"ד <<N|רונית שגיא>>'))

pos("log", "he", r"""
2025-02-27 09:41:10 INFO  [login] user=<<E|amit.biton@walla.co.il>> ip=<<IP|84.229.140.17>>
2025-02-27 09:41:35 INFO  [orders] לקוח=<<N|עמית ביטון>> טלפון=<<P|053-441-8820>> כתובת="<<A|שדרות רוטשילד 88, תל אביב-יפו>>"
2025-02-27 09:41:36 DEBUG [payments] tranzila terminal_pw=<<K|Tz@44182Rothschild>>
""")

neg("article", "he", r"""
חיים נחמן ביאליק (9 בינואר 1873 – 4 ביולי 1934) היה משורר עברי, מגדולי המשוררים בעת החדשה.
בין יצירותיו הידועות: "אל הציפור", "בעיר ההרגה" ו"ספר האגדה" שערך יחד עם י"ח רבניצקי.
בית ביאליק ברחוב ביאליק 22 בתל אביב משמש כיום מוזיאון, ופתוח בימים א'–ה' בין 9:00 ל-17:00.
הכניסה בתשלום; סיורים מודרכים בתיאום מראש במוקד העירוני 106.
""")

neg("email", "he", r"""
מאת: חנות אונליין <no-reply@shop-example.co.il>
נושא: ההזמנה שלך מספר 7718204 נשלחה

מספר הזמנה: 7718204 · מספר משלוח: IL441288120
זמן אספקה משוער: 3–5 ימי עסקים
פריטים: אוזניות אלחוטיות ×1 (₪449), מטען מהיר ×2 (₪158)
התשלום בוצע בכרטיס המסתיים ב-4417.
שירות לקוחות: *2000 · ח.פ. 510000000
הודעה זו נשלחה באופן אוטומטי, אין להשיב עליה.
""")

# ================================================================ Thai

V["th_id1"] = thai_id("110370045218")
V["th_id2"] = thai_id("350010028847")
pos("form", "th", r"""
ใบสมัครสมาชิก – สหกรณ์ออมทรัพย์พนักงาน บริษัท สยามโลจิสติกส์ จำกัด

ชื่อ-นามสกุล:         <<N|นางสาวสุดารัตน์ ศรีสุข>>
เลขประจำตัวประชาชน:   <<ID|@@th_id1@@>>
วันเกิด:              <<D|14 มีนาคม 2530>>
ที่อยู่:               <<A|99/123 หมู่บ้านสุขสันต์ ซอยลาดพร้าว 71 แขวงลาดพร้าว เขตลาดพร้าว กรุงเทพฯ 10230>>
โทรศัพท์มือถือ:        <<P|081-418-2273>>
อีเมล:                <<E|sudarat.srisuk@hotmail.com>>
ผู้รับผลประโยชน์:      <<N|นายสมชาย ศรีสุข>> (บิดา)
""".replace("<<N|นางสาวสุดารัตน์ ศรีสุข>>", "นางสาว<<N|สุดารัตน์ ศรีสุข>>").replace("<<N|นายสมชาย ศรีสุข>>", "นาย<<N|สมชาย ศรีสุข>>"))

pos("chat", "th", r"""
[LINE] กลุ่มเพื่อนร่วมงาน ฝ่ายบัญชี
<<N|ปิยะพร>>: รหัสผ่านเข้าระบบบัญชีใหม่คือ <<K|Acc#Siam2025!>> นะคะ
<<N|ธนากร วงศ์ใหญ่>>: ขอบคุณครับ พี่<<N|ปิยะพร>> แล้วเบอร์คุณ<<N|วิภา>>ฝ่ายบุคคลคือเบอร์อะไรครับ
<<N|ปิยะพร>>: <<P|089-220-4471>> ค่ะ
<<N|ธนากร วงศ์ใหญ่>>: ได้ครับ 🙏
""")

pos("email", "th", r"""
จาก: <<N|ณัฐวุฒิ ทองดี>> <<<E|nattawut.t@gmail.com>>>
ถึง: hr@company-example.co.th
เรื่อง: เอกสารประกอบการสมัครงาน

เรียน ฝ่ายทรัพยากรบุคคล

ผมขอส่งข้อมูลเพิ่มเติมดังนี้
  ชื่อ: <<N|ณัฐวุฒิ ทองดี>>
  เลขบัตรประชาชน: <<ID|@@th_id2@@>>
  วันเกิด: <<D|2 พฤษภาคม 2538>>
  ที่อยู่: <<A|55/8 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000>>
  โทร: <<P|+66 86 441 2290>>

ขอแสดงความนับถือ
<<N|ณัฐวุฒิ ทองดี>>
""")

pos("log", "th", r"""
2025-03-05 14:12:01 INFO  [สมัครสมาชิก] ชื่อ=<<N|กมลชนก แก้วมณี>> โทร=<<P|092 771 2048>> อีเมล=<<E|kamonchanok.k@gmail.com>>
2025-03-05 14:12:02 INFO  [ชำระเงิน] บัตร=<<C|@@th_card@@>> สถานะ=อนุมัติ
2025-03-05 14:12:03 INFO  [เข้าถึง] ip=<<IP|171.97.44.208>>
""".replace("@@th_card@@", card("4406", groups=(4, 4, 4, 4), sep=" ")))

neg("article", "th", r"""
สุนทรภู่ (26 มิถุนายน พ.ศ. 2329 – พ.ศ. 2398) เป็นกวีเอกของไทย ผู้แต่งเรื่อง "พระอภัยมณี" ซึ่งมีตัวละคร
เช่น พระอภัยมณี นางเงือก และผีเสื้อสมุทร วันที่ 26 มิถุนายนของทุกปีเป็น "วันสุนทรภู่" อนุสาวรีย์สุนทรภู่
ตั้งอยู่ที่อำเภอแกลง จังหวัดระยอง เปิดให้เข้าชมทุกวัน 08.30–16.30 น.
""")

neg("email", "th", r"""
จาก: ร้านค้าออนไลน์ <no-reply@shop-example.co.th>
เรื่อง: คำสั่งซื้อ TH250304881204 ของคุณถูกจัดส่งแล้ว

หมายเลขคำสั่งซื้อ: TH250304881204
ขนส่ง: Kerry Express เลขพัสดุ KEX4412088120
คาดว่าจะได้รับ: 7 มีนาคม 2568
ศูนย์บริการลูกค้า: 02-000-0000 · เลขประจำตัวผู้เสียภาษีของบริษัท 0105500000000
""")

# ================================================================ longer documents and extra hard negatives

V["long_ghp"] = "ghp_" + t(36, AL)
pos("email", "en", r"""
From: <<N|Oksana Hrytsenko>> <<<E|oksana.hrytsenko@meridianfreight.com>>>
To: Vendor Support <support@pallettrack.io>
Cc: <<N|Graeme Whitlow>> <<<E|g.whitlow@meridianfreight.com>>>
Subject: RE: RE: RE: [PT-77120] Scanner sync fails at Felixstowe depot – escalation
Date: Fri, 21 Feb 2025 16:48:02 +0000

Hello again,

Thank you for the call earlier. As agreed, here is everything in one place so your
second-line team doesn't need to ask again.

1) Affected devices. All three handhelds at the Felixstowe depot stop syncing between 05:50 and
   06:10 every morning. Their details from our MDM:

     Device            Serial        Wi-Fi MAC            IP (DHCP)
     FLX-HH-01         21348E0917    <<MAC|00:90:4c:2b:7e:11>>    <<IP|10.72.8.31>>
     FLX-HH-02         21348E0922    <<MAC|00:90:4c:2b:7e:3a>>    <<IP|10.72.8.32>>
     FLX-HH-03         21348E1004    <<MAC|00:90:4c:2b:81:c5>>    <<IP|10.72.8.47>>

2) Accounts. The handhelds log in with the shared service account. I know you asked us not to
   send passwords by e-mail, but your engineer <<N|Callum>> insisted, so here it is one last time:
   username svc-scanners, password <<K|Crane!Quay-2025-Felix>>. We will rotate it after the fix.

3) What we already tried. <<N|Graeme>> rebooted the access point (<<IP|10.72.8.2>>) and moved the
   handhelds to the 5 GHz SSID. No change. The firewall shows the sync traffic leaving via our
   public address <<IP|81.144.207.58>> and getting a TCP reset from your side.

4) People to contact out of hours:
     <<N|Oksana Hrytsenko>> (IT operations) – <<P|+44 7784 220 913>>
     <<N|Graeme Whitlow>> (depot manager) – <<P|01394 604 218>> / <<P|07911 340 552>>
     Night shift supervisor, <<N|Precious Mahlangu>> – <<P|07425 118 067>> (only 22:00–06:00)

Kind regards,
<<N|Oksana>>

--
<<N|Oksana Hrytsenko>> | IT Operations Lead | Meridian Freight Ltd, Ipswich
Mobile <<P|+44 7784 220 913>> | Service desk 0330 000 0000

-----Original Message-----
From: Vendor Support <support@pallettrack.io>
Sent: 21 February 2025 11:02
Subject: RE: RE: [PT-77120] Scanner sync fails at Felixstowe depot – escalation

Hi <<N|Oksana>>,

I've escalated this to our platform team. In the meantime, could you send the device MACs
and the times the failures start? Please do NOT include passwords – our engineers never need them.

Also, one of our engineers noticed that your integration script (attached to your first message)
contains a GitHub token on line 12:

    GH_TOKEN = "<<K|@@long_ghp@@>>"

Please revoke it at your earliest convenience.

Best,
<<N|Callum Brierley>>
Second-line support, PalletTrack

> -----Original Message-----
> From: <<N|Oksana Hrytsenko>>
> Sent: 20 February 2025 18:30
> Subject: RE: [PT-77120] Scanner sync fails at Felixstowe depot
>
> Hi, the issue is back since Monday. Ticket PT-77120, contract MF-ENT-2291, site code FLX.
> Our depot manager <<N|Graeme Whitlow>> can give you access to the devices.
> <<N|Oksana>>
""")

pos("log", "en", r"""
==> /var/log/auth.log <==
Jan 28 06:58:02 web-03 sshd[40112]: Accepted publickey for deploy from <<IP|10.0.12.5>> port 51022 ssh2: RSA SHA256:Hc3kq7rTn1oZx0yB6uEwVj2mD5sLpA9fG4hK8cR1tQw
Jan 28 06:58:03 web-03 sudo:   deploy : TTY=unknown ; PWD=/srv/app ; USER=root ; COMMAND=/bin/systemctl reload app
Jan 28 07:14:40 web-03 sshd[40318]: Failed password for invalid user oracle from <<IP|103.149.28.18>> port 48120 ssh2
Jan 28 07:14:44 web-03 sshd[40318]: Failed password for invalid user oracle from <<IP|103.149.28.18>> port 48120 ssh2
Jan 28 07:20:11 web-03 sshd[40401]: Accepted password for nadia from <<IP|86.30.144.92>> port 60218 ssh2

==> /var/log/app/production.log <==
I, [2025-01-28T07:21:05.118 #812]  INFO -- : Started POST "/users/sign_in" for <<IP|86.30.144.92>>
I, [2025-01-28T07:21:05.120 #812]  INFO -- :   Parameters: {"user"=>{"email"=>"<<E|nadia.farouk@brisklane.com>>", "password"=>"[FILTERED]"}}
I, [2025-01-28T07:21:05.342 #812]  INFO -- : Completed 302 Found in 224ms
I, [2025-01-28T07:25:40.009 #815]  INFO -- : Started PATCH "/admin/customers/88120" for <<IP|86.30.144.92>>
I, [2025-01-28T07:25:40.011 #815]  INFO -- :   Parameters: {"customer"=>{"name"=>"<<N|Bogdan Marinescu>>", "phone"=>"<<P|+40 722 418 093>>", "date_of_birth"=>"<<D|1979-08-22>>", "notes"=>"VIP, prefers phone"}}
I, [2025-01-28T07:25:40.120 #815]  INFO -- : Completed 200 OK in 111ms
E, [2025-01-28T07:31:12.771 #820] ERROR -- : Stripe::AuthenticationError (Invalid API Key provided: <<K|@@long_rk@@>>)
I, [2025-01-28T07:31:12.772 #820]  INFO -- :   Parameters: {"card_last4"=>"4417", "amount"=>"1299"}
W, [2025-01-28T07:40:02.500 #833]  WARN -- : Rack::Attack throttled <<IP|2a02:6b67:d4c1:8f00:35e1:c2ab:9d14:77e0>> on /password/reset (12 req/min)
I, [2025-01-28T07:41:18.004 #835]  INFO -- : Started GET "/unsubscribe?e=<<E|tomasz.brzezinski@onet.pl>>&list=weekly" for <<IP|83.29.147.200>>

==> /var/log/ufw.log <==
Jan 28 07:44:10 web-03 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=<<MAC|96:00:02:1a:4c:88>>:<<MAC|d2:74:7f:6e:37:e3>>:08:00 SRC=<<IP|45.148.10.242>> DST=<<IP|49.12.188.40>> LEN=40 PROTO=TCP SPT=59811 DPT=6379
Jan 28 07:44:13 web-03 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=<<MAC|96:00:02:1a:4c:88>>:<<MAC|d2:74:7f:6e:37:e3>>:08:00 SRC=<<IP|45.148.10.242>> DST=<<IP|49.12.188.40>> LEN=40 PROTO=TCP SPT=59811 DPT=9200

==> /var/log/nginx/error.log <==
2025/01/28 07:50:31 [error] 1181#1181: *90412 upstream timed out (110: Connection timed out) while reading response header from upstream, client: <<IP|31.53.201.7>>, server: brisklane.com, request: "GET /api/orders?token=<<K|@@long_ot@@>> HTTP/2.0", upstream: "http://127.0.0.1:3000/api/orders"
2025/01/28 07:52:00 [warn] 1181#1181: *90530 a client request body is buffered to a temporary file, client: <<IP|10.0.12.9>>, server: brisklane.com
""".replace("@@long_rk@@", "rk_live_" + t(24, AL)).replace("@@long_ot@@", t(40, HX)))

neg("docs", "en", r"""
# Payments API reference — Authentication, errors and test data (v2025-01)

## 1. Authentication

All requests are authenticated with a secret key passed as a Bearer token:

    curl https://api.example.com/v1/charges \
      -H "Authorization: Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc"

The key above is the public documentation key; it only works against the documentation mock.
Your own keys are shown in the dashboard under Developers → API keys. Live keys start with
`sk_live_`, test keys with `sk_test_`. Restricted keys start with `rk_`. Publishable keys (`pk_`)
are safe to embed in web pages and mobile apps.

Never hard-code keys. Read them from the environment:

    const stripe = require("stripe")(process.env.STRIPE_SECRET_KEY);

or from your secrets manager (`aws secretsmanager get-secret-value --secret-id prod/payments`).

## 2. Webhooks

Configure an endpoint such as `https://your-domain.example/webhooks/payments`. Each delivery is
signed; the signing secret looks like `whsec_...` and is shown once. Example payload:

    {
      "id": "evt_1NG8Du2eZvKYlo2CUI79vXWy",
      "type": "charge.succeeded",
      "data": {"object": {"id": "ch_3MmlLrLkdIwHu7ix0snN0B15", "amount": 1099, "currency": "eur",
               "billing_details": {"name": null, "email": "customer@example.com"},
               "payment_method_details": {"card": {"brand": "visa", "last4": "4242", "exp_month": 8, "exp_year": 2026}}}}
    }

## 3. Test card numbers

    4242 4242 4242 4242   Visa – succeeds
    4000 0025 0000 3155   Visa – requires authentication (3-D Secure)
    4000 0000 0000 9995   Visa – declined, insufficient funds
    5555 5555 5555 4444   Mastercard – succeeds
    3782 822463 10005     American Express – succeeds

Use any future expiry (e.g. 12/34), any CVC and any postcode (e.g. 10001, SW1A 1AA).

## 4. Test bank accounts

    SEPA:   DE89 3704 0044 0532 0130 00   (succeeds)
            FR14 2004 1010 0505 0001 3M02 606   (succeeds)
    UK:     sort code 10-88-00, account 00012345
    US ACH: routing 110000000, account 000123456789

## 5. Errors

    400  invalid_request_error   e.g. "Missing required param: amount."
    401  authentication_error    e.g. "Invalid API Key provided: sk_test_****dp7dc"
    402  card_error              e.g. "Your card was declined."
    429  rate_limit_error        back off and retry with exponential delay
    500  api_error               retry; contact support with the request id (req_AbCdEf123456)

## 6. IP allow-listing

Webhooks are sent from the documentation ranges in this guide: 192.0.2.0/24 and 198.51.100.0/24
(IPv6 2001:db8:100::/48). Your firewall must also allow outbound HTTPS to api.example.com.

## 7. Support

Questions: developers@example.com. Status page: status.example.com. Security issues:
security@example.com (PGP key fingerprint 7A47 11F1 693D 979C 75A3 63F7 710E B127 4B01 D188).
""")

pos("minutes", "en", r"""
ANNUAL GENERAL MEETING — Harbour View Residents' Management Company Ltd
Held on Wednesday 19 March 2025 at 19:00 in the Seafarers' Hall, Whitby

Present (directors): <<N|Maureen Allsop>> (chair), <<N|Kenji Watanabe-Ross>> (treasurer),
<<N|Olufemi Adeleke>> (secretary)
Present (members): 23 leaseholders in person, 6 by proxy (register of attendance filed)
In attendance: <<N|Lydia Harrowgate>> (managing agent, Coastline Property Management),
<<N|Dermot Fahy>> (surveyor, for item 5 only)

1. Welcome and apologies
   The chair welcomed members. Apologies were received from <<N|Gwyneth Price>> (flat 3),
   <<N|Arjun Mehta>> (flat 11) and <<N|Colette Dubois>> (flat 17).

2. Minutes of the 2024 AGM
   Approved as a true record. Proposed <<N|Kenji Watanabe-Ross>>, seconded <<N|Patrick Ormsby>> (flat 8).

3. Treasurer's report
   <<N|Kenji>> presented the accounts for the year to 31 December 2024. Service charge income
   £84,600; expenditure £79,212; reserve fund £41,880. Arrears stand at £3,415 across two flats;
   the managing agent is pursuing them. A member asked whether the reserve fund could be invested;
   <<N|Kenji>> will bring options to the next directors' meeting.

4. Managing agent's report
   <<N|Lydia Harrowgate>> reported on the roof repairs (completed October 2024, £18,900), the new
   door entry system, and insurance renewal (premium up 11 %). Residents who have not yet collected
   their new fobs should contact her directly on <<P|01947 820 114>> or <<E|lydia.h@coastline-pm.co.uk>>.

5. Cladding and balcony survey
   <<N|Dermot Fahy>> summarised the survey. No combustible cladding was found; four balconies on the
   east elevation need new drainage. Work is expected in summer 2025.

6. Election of directors
   <<N|Olufemi Adeleke>> stood down as secretary. <<N|Hannah Lindqvist>> (flat 21) was elected in her
   place; her contact details for correspondence: <<A|Flat 21, Harbour View, 14 Pier Road, Whitby YO21 3PU>>,
   <<E|hannah.lindqvist@gmail.com>>.

7. Any other business
   a) Parking: <<N|Mr Ormsby>> raised repeated parking in the disabled bay. The agent will write to
      the leaseholders concerned.
   b) Wi-Fi in the communal lounge: the password is changed every quarter; the current one is
      <<K|Seagull-Lighthouse-1925>> and will be on the noticeboard, not in the minutes, from now on.
   c) <<N|Colette Dubois>>'s request (by e-mail) for a bike store was noted for the directors.

The meeting closed at 20:47. Date of next AGM: March 2026.

Signed: <<N|Maureen Allsop>>, Chair                          Date: 26 March 2025
""".replace("<<N|Mr Ormsby>>", "Mr <<N|Ormsby>>"))

pos("chat", "de", r"""
Slack-Export · Workspace „Hansewerk Digital“ · Kanal #team-backend · 03.02.2025

09:01  <<N|Fabian Recktenwald>>: Moin! Wer kümmert sich heute um das Ticket BE-4471 (Rechnungsexport)?
09:03  <<N|Aylin Şahin>>: ich. <<N|Fabian>>, hast du den Zugang zum SFTP vom Steuerbüro?
09:04  <<N|Fabian Recktenwald>>: ja, aber nicht hier posten… ach egal, ist eh nur Staging:
       sftp://export:<<K|Hanse!Kogge-77>>@sftp.steuerbuero-beispiel.de
09:05  <<N|Aylin Şahin>>: danke. Ich sag <<N|Jörg>> Bescheid, dass er das Passwort nachher rotiert
09:20  <<N|Jörg Niedermeyer>>: gelesen 👀 mach ich heute Abend. <<N|Aylin>>, brauchst du auch den API-Key vom Lexoffice?
09:21  <<N|Aylin Şahin>>: ja bitte, aber per 1Password
09:22  <<N|Jörg Niedermeyer>>: hab ihn dir geteilt. Für die Doku: der Key liegt im Tresor unter „Lexoffice Prod“
10:15  <<N|Malte Brinkhaus>>: Leute, der Export für Kundin <<N|Frau Hildegard Oberländer>> ist kaputt, ihre Rechnungsadresse
       <<A|Am Sandtorkai 41, 20457 Hamburg>> wird nach 20 Zeichen abgeschnitten
10:16  <<N|Aylin Şahin>>: Spaltenbreite 20 Zeichen im CSV 🙈 fix kommt
10:40  <<N|Malte Brinkhaus>>: danke! Sie hat auch angerufen, Rückrufnummer <<P|040 3861 4470>>, war wohl sauer
10:41  <<N|Fabian Recktenwald>>: ich ruf sie zurück
11:30  <<N|Aylin Şahin>>: Fix ist auf Staging, getestet mit generierten Testdaten (Adressen mit 60 Zeichen) 😄
11:32  <<N|Jörg Niedermeyer>>: perfekt. Deploy nach dem Daily?
11:33  <<N|Fabian Recktenwald>>: 👍 und <<N|Aylin>>: bitte im Ticket nicht die echte Adresse von <<N|Frau Oberländer>> reinschreiben
13:05  <<N|Aylin Şahin>>: deployed auf Prod (v2.18.3). Logs sehen gut aus, Zugriff vom Büro-NAT <<IP|91.64.183.20>>
13:06  <<N|Malte Brinkhaus>>: 🙌 danke euch
""".replace("<<N|Frau Hildegard Oberländer>>", "Frau <<N|Hildegard Oberländer>>").replace("<<N|Frau Oberländer>>", "Frau <<N|Oberländer>>").replace("sftp://export:<<K|Hanse!Kogge-77>>@sftp.steuerbuero-beispiel.de", "<<U|sftp://export:Hanse!Kogge-77@sftp.steuerbuero-beispiel.de>>"))

neg("legal", "fr", r"""
CONDITIONS GÉNÉRALES DE VENTE – Boutique en ligne Lavande & Co

Article 1 – Identification du vendeur
Le site est édité par Lavande & Co SAS, au capital de 50 000 €, immatriculée au RCS d'Avignon sous le
numéro 812 345 678, SIRET 812 345 678 00024, TVA intracommunautaire FR 45 812345678, code APE 4791B.
Siège social : Avignon. Service client : 04 00 00 00 00 (prix d'un appel local, du lundi au vendredi
de 9 h à 17 h) – contact@lavande-et-co.fr. Médiateur de la consommation : CM2C, Paris.

Article 2 – Commandes
Toute commande vaut acceptation des présentes conditions. Un e-mail de confirmation reprenant le
numéro de commande (format LC-AAAAMMJJ-NNNN, par exemple LC-20250304-0412) est envoyé au client.

Article 3 – Prix et paiement
Les prix sont indiqués en euros TTC. Le paiement s'effectue par carte bancaire (CB, Visa, Mastercard)
via notre prestataire certifié PCI-DSS ; les données de carte ne sont jamais stockées par Lavande & Co.
Sur les justificatifs, seuls les quatre derniers chiffres apparaissent (ex. **** **** **** 1234).
Pour tester le tunnel de paiement en recette, nos équipes utilisent la carte 4000 0025 0000 1001.

Article 4 – Livraison
Les colis sont expédiés sous 48 h ouvrées par Colissimo ou Mondial Relay. Un numéro de suivi
(ex. 6A12345678901) est communiqué par e-mail. Les délais indicatifs sont de 2 à 4 jours en France
métropolitaine.

Article 5 – Droit de rétractation
Conformément à l'article L221-18 du Code de la consommation, le client dispose d'un délai de 14 jours
à compter de la réception pour exercer son droit de rétractation, au moyen du formulaire type
figurant en annexe ou de toute déclaration dénuée d'ambiguïté adressée à retours@lavande-et-co.fr.

Article 6 – Données personnelles
Les données collectées sont traitées conformément au RGPD. Le délégué à la protection des données
peut être contacté à dpo@lavande-et-co.fr. Le client peut introduire une réclamation auprès de la
CNIL (3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07).

Article 7 – Droit applicable
Les présentes CGV sont soumises au droit français. Version du 1er mars 2025.
""")

pos("report", "es", r"""
INFORME CLÍNICO DE ALTA – Hospital Universitario (Servicio de Cardiología)            Nº historia: 00884120

Paciente:              <<N|Fernández Ortiz, José Antonio>>
Fecha de nacimiento:   <<D|08/10/1954>> (70 años)
DNI:                   <<ID|@@es_dni_long@@>>
Tarjeta sanitaria:     <<ID|BBBB 1842 0771 2004>>
Domicilio:             <<A|C/ San Bernardo 77, 3º dcha., 28015 Madrid>>
Teléfono de contacto:  <<P|91 448 20 17>> / <<P|+34 677 302 118>> (hija, <<N|Marta Fernández>>)
Médico de atención primaria: Dra. <<N|Inmaculada Barrios>>, Centro de Salud Universidad

Fecha de ingreso: 24/02/2025       Fecha de alta: 01/03/2025

MOTIVO DE INGRESO
Dolor torácico opresivo de 2 horas de evolución, irradiado a brazo izquierdo, con cortejo vegetativo.

ANTECEDENTES
Hipertensión arterial, dislipemia, exfumador desde 2010. Sin alergias medicamentosas conocidas.

EVOLUCIÓN
ECG al ingreso con elevación del ST en cara inferior. Se realiza coronariografía urgente: oclusión de
coronaria derecha media, se implanta stent farmacoactivo. Evolución favorable, sin complicaciones.
Ecocardiograma: FEVI 52 %.

DIAGNÓSTICO PRINCIPAL
Infarto agudo de miocardio con elevación del ST inferior (Killip I).

TRATAMIENTO AL ALTA
Ácido acetilsalicílico 100 mg 0-1-0 · Ticagrelor 90 mg 1-0-1 durante 12 meses ·
Atorvastatina 80 mg 0-0-1 · Bisoprolol 2,5 mg 1-0-0 · Ramipril 2,5 mg 1-0-0

RECOMENDACIONES
Programa de rehabilitación cardíaca (cita enviada por SMS al <<P|+34 677 302 118>>).
Revisión en consultas externas de Cardiología en 6 semanas.

Facultativo responsable: Dr. <<N|Álvaro Méndez Robles>>
""".replace("@@es_dni_long@@", dni("05271384")))

neg("log", "de", r"""
2025-03-06T08:00:00.004+01:00 INFO  [scheduler] Job "Monatsabschluss" gestartet (Job-ID 7f3e1c20-4a9b-4d2e-8f61-0b7c5a9d3e12)
2025-03-06T08:00:02.118+01:00 INFO  [buchhaltung] 18.442 Belege geladen, Mandant 1000, Periode 02/2025
2025-03-06T08:00:05.440+01:00 WARN  [buchhaltung] Beleg RE-2025-004471 ohne Kostenstelle, Standard 4100 verwendet
2025-03-06T08:00:09.007+01:00 INFO  [export] DATEV-Datei EXTF_Buchungsstapel_202502.csv erzeugt (sha256 8d2f…a41c, 2,4 MB)
2025-03-06T08:00:09.010+01:00 INFO  [export] Übertragung an Steuerberater über Kanal DATEV-Unternehmen-online (Token aus Vault, maskiert: ****)
2025-03-06T08:00:11.551+01:00 INFO  [scheduler] Job beendet in 11,5 s, nächster Lauf 2025-04-03T08:00 (Version 3.14.2, Build 20250301.2)
2025-03-06T08:00:11.552+01:00 DEBUG [health] db=ok cache=ok queue=ok (Host 127.0.0.1, Port 5432)
""")

neg("profile", "ja", r"""
キャラクター紹介｜アニメ『星屑のオーケストラ』公式サイト

◆ 天宮 ひかり（あまみや ひかり）
　誕生日：4月7日　血液型：A型　身長：158cm
　星見ヶ丘音楽学院1年生。バイオリン担当。明るく前向きな性格で、幼なじみの奏とともにオーケストラ部の
　再建を目指す。CV：人気声優（公式発表をお待ちください）

◆ 月城 奏（つきしろ かなで）
　誕生日：11月22日　血液型：O型　身長：171cm
　ひかりの幼なじみでピアノ担当。クールだが面倒見がよい。

※登場人物・団体名はすべて架空のものです。
放送情報：毎週土曜 23:30〜 ／ 公式X：@hoshikuzu_anime ／ お問い合わせ：info@hoshikuzu-anime.example
""")

neg("news", "es", r"""
CRÓNICA – LaLiga, jornada 27
Real Madrid 2–1 Atlético de Madrid

Vinícius Júnior adelantó a los blancos en el minuto 18 tras una gran asistencia de Jude Bellingham.
Antoine Griezmann empató de penalti al filo del descanso, pero Kylian Mbappé firmó el 2–1 definitivo
en el 77 con un disparo cruzado. Carlo Ancelotti elogió después "la madurez del equipo", mientras que
Diego Simeone lamentó las ocasiones falladas en la segunda parte.
Asistencia: 78.412 espectadores en el Santiago Bernabéu. Árbitro: José Luis Munuera Montero.
Próxima jornada: el Real Madrid visita Montilivi el sábado a las 16:15; el Atlético recibe al Valencia.
""")

neg("notice", "it", r"""
INFORMATIVA PRIVACY (art. 13 GDPR) – Programma fedeltà "Carta Amica"

Titolare del trattamento è Supermercati Esempio S.p.A., con sede legale a Verona, P.IVA 01234567890,
REA VR-123456. Il Responsabile della protezione dei dati (DPO) è contattabile all'indirizzo
dpo@supermercati-esempio.it.

Dati trattati: nome, cognome, data di nascita, indirizzo e-mail, numero di cellulare e storico acquisti.
Nei nostri sistemi i dati di pagamento non sono mai memorizzati in chiaro: sugli scontrini la carta
compare mascherata (es. ************1234) e il codice fiscale viene conservato solo in forma cifrata.

Esempio di modulo compilato correttamente (dati fittizi):
  Nome: [NOME]   Cognome: [COGNOME]   Data di nascita: GG/MM/AAAA   Cellulare: +39 3XX XXX XXXX

Per esercitare i diritti di accesso, rettifica e cancellazione scrivere a privacy@supermercati-esempio.it
o chiamare il numero verde 800 000 000. Ultimo aggiornamento: 1° febbraio 2025.
""")

# ---------------------------------------------------------------- a few long documents

V["pm_aws_id"] = "AKIA" + t(16, string.ascii_uppercase + "234567")
V["pm_aws_sec"] = t(40, AL + "/+")
V["pm_glpat"] = "glpat-" + t(20, URLS)
V["pm_jwt"] = jwt({"sub": "svc-reporting", "scope": "reports:read reports:write", "iat": 1738051200, "exp": 1769587200})
pos("doc", "en", r"""
POST-INCIDENT REVIEW — INC-2025-014 — Leaked cloud credentials in public repository
Status: FINAL · Severity: SEV-2 · Author: <<N|Rebecca Thorne-Adair>> (Security Engineering) · Reviewed: <<N|Vikram Choudhury>>, <<N|Elodie Marchand>>
Distribution: engineering-all (internal). Secrets below are already revoked; they are quoted so that the
secret-scanning rules can be tested against them.

1. Summary
On Tuesday 28 January 2025 a developer pushed a branch of the reporting service to a personal public
GitHub fork. The branch contained a `.env.local` file with an AWS access key pair, a GitLab personal
access token and a long-lived service JWT. An automated scanner operated by a third party found the
AWS key 11 minutes after the push and attempted to list S3 buckets from <<IP|185.191.171.35>>. No data was
exfiltrated: the key's policy only allowed `s3:GetObject` on the reporting bucket, and the attacker's
requests were denied by the bucket policy's VPC condition.

2. Impact
  • Exposure window: 14:02–15:31 UTC (89 minutes) for the AWS key, 14:02–15:48 UTC for the GitLab token.
  • Data accessed: none (CloudTrail shows 14 AccessDenied events, 0 successful reads).
  • Customer impact: none. Regulatory notification: not required (DPO opinion, see appendix B).

3. Leaked material (as found in the fork, now revoked)
    AWS_ACCESS_KEY_ID=<<K|@@pm_aws_id@@>>
    AWS_SECRET_ACCESS_KEY=<<K|@@pm_aws_sec@@>>
    GITLAB_TOKEN=<<K|@@pm_glpat@@>>
    REPORTING_SERVICE_JWT=<<K|@@pm_jwt@@>>
    DATABASE_URL=<<U|postgres://reporting:Lantern-Quarry-4410@10.30.4.12:5432/reporting>>

4. Timeline (UTC)
  14:02  Branch `feature/pdf-export` pushed to github.com/ddrummond-dev/reporting-fork (public).
  14:13  Third-party scanner lists buckets using the key, source <<IP|185.191.171.35>> (AccessDenied).
  14:20  AWS Health sends "exposed credentials" notice to the root account mailbox (aws-root@…, role mailbox).
  15:05  On-call engineer <<N|Tunde Bakare>> acknowledges the AWS notice and pages Security.
  15:12  <<N|Rebecca Thorne-Adair>> joins the bridge. <<N|Tunde>> identifies the fork via the key's last-used data.
  15:18  <<N|Rebecca>> calls the developer, <<N|Dominic Drummond>>, on his mobile (<<P|+44 7700 184 552>>);
         he is on leave and deletes the fork from his phone at 15:26.
  15:31  AWS key deactivated and deleted; new key issued to the service via Vault.
  15:48  GitLab token revoked by <<N|Elodie Marchand>> (platform team); JWT signing key rotated 16:10.
  16:40  CloudTrail review complete: 14 denied calls from <<IP|185.191.171.35>> and <<IP|2a0b:f4c2:2::1b>>, none successful.
  17:15  Incident downgraded to SEV-3; monitoring continues for 7 days.

5. Root cause
The service's local-development instructions told engineers to copy production credentials into
`.env.local` "for realistic testing". The file was listed in `.gitignore` of the main repository but
not in the fork, which had been created before the ignore rule was added. Pre-commit secret scanning
(gitleaks) was installed on company laptops only, and the developer used a personal machine
(hostname dom-xps15, last seen at <<IP|92.16.201.44>> on the VPN).

6. What went well
  • The bucket policy's VPC condition blocked every request from outside our network.
  • AWS's exposed-credentials notification arrived within 18 minutes.
  • <<N|Dominic>> was reachable and cooperative despite being on holiday.

7. What went badly
  • The AWS notice went to a mailbox nobody monitors at lunchtime; 45 minutes were lost.
  • The JWT had a one-year lifetime and no revocation list.
  • The runbook still pointed to a Slack webhook that had been deleted, so the automated alert
    never reached #security-alerts.

8. Actions
  ID      Action                                                         Owner                     Due
  A-1     Remove production credentials from dev docs; use seeded data   <<N|Vikram Choudhury>>          14 Feb
  A-2     Enforce server-side secret push protection on all repos        <<N|Elodie Marchand>>           21 Feb
  A-3     Route AWS Health notices to PagerDuty                          <<N|Tunde Bakare>>              07 Feb
  A-4     Shorten service JWT lifetime to 1 h, add kid-based rotation    <<N|Rebecca Thorne-Adair>>      28 Feb
  A-5     Security awareness refresher for engineers on personal forks   People team (role)        31 Mar

Appendix A — contacts during the incident: Security bridge +44 20 0000 0000 (company conference line),
security@ (role mailbox). Appendix B — DPO opinion on file.
""")

neg("docs", "en", r"""
# relaybox — configuration reference (v3.6)

relaybox reads its configuration from `relaybox.yml`, environment variables and command-line flags,
in that order of increasing precedence. Every option below shows its default value. Values written
as `<...>` or `${...}` are placeholders that you must replace; never commit real secrets to this file.

## server

    server:
      listen: 0.0.0.0:8025          # address and port for the SMTP listener
      http_listen: 127.0.0.1:8080   # admin UI; keep on loopback or behind a reverse proxy
      hostname: relay.example.org
      max_message_size: 25MB
      tls:
        cert_file: /etc/relaybox/tls/fullchain.pem
        key_file: /etc/relaybox/tls/privkey.pem   # path only; the key itself never goes in this file

## upstream

    upstream:
      host: smtp.example.net
      port: 587
      username: <upstream-username>
      password: ${RELAYBOX_UPSTREAM_PASSWORD}
      starttls: required

## api

    api:
      enabled: true
      token: "${RELAYBOX_API_TOKEN}"   # generate with: relaybox token new --length 40
      allowed_networks:
        - 10.0.0.0/8
        - 192.168.0.0/16
        - 2001:db8::/32

Requests must send the token in the `Authorization: Bearer <token>` header. For testing against the
bundled mock server you can use the documentation token `rbx_test_0000000000000000000000000000`.

## webhooks

    webhooks:
      delivered: https://hooks.example.com/relaybox/delivered
      bounced:   https://hooks.example.com/relaybox/bounced?secret=<webhook-secret>
      slack:     https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX

## storage

    storage:
      driver: postgres
      dsn: postgres://<user>:<password>@localhost:5432/relaybox?sslmode=disable
      retention_days: 30

Alternatively set `RELAYBOX_STORAGE_DSN`. A SQLite driver is available for single-node setups:
`sqlite:///var/lib/relaybox/relaybox.db`.

## dkim

    dkim:
      selector: rb2025
      domain: example.org
      private_key_file: /etc/relaybox/dkim/rb2025.key

Publish the public key as a TXT record at `rb2025._domainkey.example.org`, for example:

    v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAx6b0Yc3bE3e1rQ2oG8Jp5m1W0sKzYt9v...

## logging

    logging:
      level: info          # debug logs message headers but masks credentials as ****
      format: json
      redact:
        - password
        - token
        - authorization

Example log line:

    {"ts":"2025-03-01T10:00:00Z","level":"info","msg":"relayed","from":"alerts@example.org",
     "to":"ops@example.net","remote":"198.51.100.23","size":4121,"queue_id":"8F2A41C0E7"}

## limits

    limits:
      per_sender_per_minute: 60
      per_ip_per_minute: 300      # e.g. 203.0.113.0/24 counts as one bucket when aggregate_v4: 24
      aggregate_v4: 32
      aggregate_v6: 64

## Environment variables

    RELAYBOX_UPSTREAM_PASSWORD   upstream SMTP password
    RELAYBOX_API_TOKEN           API token (40 characters)
    RELAYBOX_STORAGE_DSN         overrides storage.dsn
    RELAYBOX_LOG_LEVEL           overrides logging.level

## Upgrading from 3.5.x

Version 3.6.0 renames `api.key` to `api.token`. Run `relaybox config migrate --in relaybox.yml` to
rewrite your file; the command prints the changes with all secret values replaced by `****`.
Build checksums for 3.6.0: sha256 6f1d2b0a9c8e7f6d5c4b3a291807f6e5d4c3b2a1908f7e6d5c4b3a2918070f1e2.

Report security issues to security@example.org. Questions: discussions on the project forum.
""")

_nl_first = ["Daan", "Sanne", "Bram", "Fleur", "Thijs", "Lotte", "Joris", "Anouk", "Ruben", "Eline", "Sem", "Noor",
             "Jesse", "Iris", "Mees", "Femke", "Stijn", "Mirjam", "Koen", "Hanneke", "Youssef", "Ilse", "Niels",
             "Ayşe", "Wouter", "Marloes"]
_nl_last = ["de Vries", "Bakker", "van Dijk", "Visser", "Smit", "Meijer", "de Jong", "Mulder", "van den Berg",
            "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra",
            "Smits", "de Graaf", "El Amrani", "van der Linden", "Kok", "Yılmaz", "Jacobs", "Schouten"]
_nl_street = ["Oudegracht", "Lange Nieuwstraat", "Amsterdamsestraatweg", "Twijnstraat", "Nachtegaalstraat",
              "Burgemeester Reigerstraat", "Kanaalweg", "Vleutenseweg", "Adriaen van Ostadelaan", "Croeselaan",
              "Biltstraat", "Wittevrouwensingel", "Zonstraat"]
_rows = []
for _i in range(26):
    _fn, _ln = _nl_first[_i], _nl_last[_i]
    _y, _mo, _d = 1950 + _r.randrange(55), 1 + _r.randrange(12), 1 + _r.randrange(28)
    _street = "%s %d%s" % (_nl_street[_i % len(_nl_street)], 1 + _r.randrange(240), _r.choice(["", "", "", " bis", "-A", " 2hg"]))
    _pc = "35%02d %s" % (10 + _r.randrange(89), _r.choice(["AB", "BR", "CK", "DL", "EM", "GS", "HT", "KV"]))
    _tel = "06-%d%07d" % (1 + _r.randrange(5), _r.randrange(10 ** 7))
    _mail = "%s.%s@%s" % (_fn.lower().replace("ş", "s"), _ln.lower().replace(" ", "").replace("ı", "i"),
                          _r.choice(["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.com", "xs4all.nl"]))
    _rows.append("%d;<<N|%s>>;<<N|%s>>;<<D|%02d-%02d-%d>>;<<A|%s>>;%s;Utrecht;<<P|%s>>;<<E|%s>>;%s;%s" % (
        20240 + _i, _fn, _ln, _d, _mo, _y, _street, _pc, _tel, _mail,
        _r.choice(["volwassen", "volwassen", "senior", "student"]), _r.choice(["ja", "nee", "ja"])))
V["nl_rows1"] = "\n".join(_rows[:13])
V["nl_rows2"] = "\n".join(_rows[13:])
pos("csv", "nl", r"""
Ledenadministratie Roeivereniging De Vecht – export leden.csv (gegenereerd 01-03-2025 06:00)
Kolommen: lidnummer;voornaam;achternaam;geboortedatum;straat + huisnummer;postcode;plaats;mobiel;e-mail;categorie;incasso
Let op: bestand bevat persoonsgegevens – alleen voor het bestuur (AVG-register item 7).
------------------------------------------------------------------------------------------------
@@nl_rows1@@
------------------------------------------------------------------------------------------------
-- pagina 2 --
@@nl_rows2@@
------------------------------------------------------------------------------------------------
Totaal: 26 leden · categorieën volwassen/senior/student · exportversie 2.3 · contactpersoon ledenadministratie via ledenadministratie@devecht-roeien.nl
""".replace("@@nl_rows1@@", V["nl_rows1"]).replace("@@nl_rows2@@", V["nl_rows2"]))


if __name__ == "__main__":
    emit("blind19", cases)
