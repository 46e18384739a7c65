"""tuning20q: hand-labelled DEVELOPMENT corpus for the PII detector (all data fictional).

Run:  cd src/test/resources/pii && python3 tuning20q.py > corpus-tuning20q.jsonl

Emphasis on the kinds a detector finds hardest:
  * secrets in many shapes (.env, application.yml/properties, docker-compose, Kubernetes Secret
    manifests with base64 data, Terraform/tfvars, JDBC/ADO/Mongo/Redis/AMQP connection strings,
    curl -u, mysql -p, PGPASSWORD, sshpass, Authorization headers, JWTs, cloud keys, vendor tokens,
    secret webhooks, passwords told in prose and chat, private key blocks, query-string secrets)
    next to non-secrets of the same shapes (placeholders, masked values, env references, hashes,
    htpasswd hashes, public keys, certificates, commit SHAs, UUID request ids, documented examples);
  * PASSPORT_OR_ID numbers of many countries with real check digits where the scheme has them,
    next to order/ticket/policy/invoice/employee/company numbers that are not labelled;
  * PERSON names in chats and informal text (speaker labels, lower-case names, sign-offs) and
    hard negatives full of capitalised non-names (brands, headings, places, software, plants);
  * street addresses written in their own scripts (Japanese, Chinese, Korean, Thai, Hindi,
    Arabic, Greek, Russian, Hebrew) and other formats.
Check digits (cards: Luhn, IBAN: mod 97, national ids: their own schemes) are computed below
from a fixed seed, so the output is deterministic.  The Japanese postal mark 〒 is treated as a
field marker and left outside an address span.

Labelling conventions (fixed):

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
import string

from labels import E, P, C, I, S, IP, MAC, U, K, N, A, D, ID, NL, m, luhn, iban_ok, emit  # noqa: F401

R = random.Random(2020)
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def rs(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------- cards and IBANs
def card(prefix, length=16, groups=None):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn(body + c):
            full = body + c
            break
    if groups:
        out, i = [], 0
        for g in groups:
            out.append(full[i:i + g])
            i += g
        return " ".join(out) if groups[-1] != 0 else full
    return full


def iban(country, bban, spaced=True):
    r = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    chk = "%02d" % (98 - n % 97)
    raw = country + chk + bban
    assert iban_ok(raw)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if spaced else raw


# ---------------------------------------------------------------- national ids
def pesel(yymmdd, serial):
    b = yymmdd + serial
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return b + str((10 - sum(int(x) * y for x, y in zip(b, w)) % 10) % 10)


def bsn():
    while True:
        b = str(R.randint(1, 9)) + digits(7)
        s = sum(int(x) * (9 - i) for i, x in enumerate(b)) % 11
        if s < 10:
            return b + str(s)


def luhn_complete(body):
    for c in "0123456789":
        if luhn(body + c):
            return body + c


def personnummer(yymmdd, sep="-"):
    return yymmdd + sep + luhn_complete(yymmdd + digits(3))[6:]


def hetu(ddmmyy, century="-"):
    z = "%03d" % R.randint(2, 899)
    q = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + z) % 31]
    return ddmmyy + century + z + q


def cpr(ddmmyy):
    w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
    while True:
        b = ddmmyy + digits(4)
        if sum(int(x) * y for x, y in zip(b, w)) % 11 == 0:
            return b[:6] + "-" + b[6:]


def tckn():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d.append(d10)
        d.append(sum(d) % 10)
        return "".join(map(str, d))


def cnp(s, yymmdd, county):
    b = s + yymmdd + county + digits(3)
    w = "279146358279"
    c = sum(int(x) * int(y) for x, y in zip(b, w)) % 11
    return b + ("1" if c == 10 else str(c))


def rodne(yymmdd):
    while True:
        b = yymmdd + digits(3)
        c = int(b) % 11
        if c < 10:
            return b[:6] + "/" + b[6:] + str(c)


def nir(sex, yy, mm, dept, commune):
    while True:
        b = sex + yy + mm + dept + commune + digits(3)
        key = 97 - int(b) % 97
        return "%s %s %s %s %s %s %02d" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], key)


def cpf(fmt=True):
    d = [R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * (n - i) for i, x in enumerate(d))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s


def curp(base17):
    al = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    s = sum(al.index(c) * (18 - i) for i, c in enumerate(base17))
    return base17 + str((10 - s % 10) % 10)


def rut(num):
    s, w = 0, 2
    for c in reversed(str(num)):
        s += int(c) * w
        w = 2 if w == 7 else w + 1
    dv = 11 - s % 11
    dv = "0" if dv == 11 else "K" if dv == 10 else str(dv)
    t = "{:,}".format(num).replace(",", ".")
    return t + "-" + dv


def dni(num):
    return "%08d%s" % (num, "TRWAGMYFPDXBNJZSQVHLCKE"[num % 23])


def nie(prefix, num):
    n = int("XYZ".index(prefix).__str__() + "%07d" % num)
    return "%s%07d%s" % (prefix, num, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                 14, 16, 10, 22, 25, 24, 23]))


def codfisc(b15):
    s = 0
    for i, c in enumerate(b15):
        if i % 2 == 0:
            s += _ODD[c]
        else:
            s += int(c) if c.isdigit() else ord(c) - 65
    return b15 + chr(65 + s % 26)


def steuer_id():
    while True:
        ds = R.sample("0123456789", 9)
        dup = R.choice(ds)
        ds.insert(R.randint(0, 9), dup)
        if ds[0] == "0":
            continue
        p = 10
        for c in ds:
            s = (int(c) + p) % 10
            if s == 0:
                s = 10
            p = (s * 2) % 11
        chk = 11 - p
        if chk == 10:
            chk = 0
        return "".join(ds) + str(chk)


def ahv():
    b = "756" + digits(9)
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b))
    f = b + str((10 - s % 10) % 10)
    return "%s.%s.%s.%s" % (f[:3], f[3:7], f[7:11], f[11:])


def nhs():
    while True:
        b = digits(9)
        r = 11 - sum(int(x) * (10 - i) for i, x in enumerate(b)) % 11
        if r == 11:
            r = 0
        if r < 10:
            f = b + str(r)
            return "%s %s %s" % (f[:3], f[3:6], f[6:])


def sin():
    f = luhn_complete(R.choice("12345679") + digits(7))
    return "%s %s %s" % (f[:3], f[3:6], f[6:])


def tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        b = digits(8)
        for c in "0123456789":
            if sum(int(x) * y for x, y in zip(b + c, w)) % 11 == 0:
                f = b + c
                return "%s %s %s" % (f[:3], f[3:6], f[6:])


def medicare():
    b = str(R.randint(2, 6)) + digits(7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(x) * y for x, y in zip(b, w)) % 10
    f = b + str(c) + str(R.randint(1, 5))
    return "%s %s %s" % (f[:4], f[4:9], f[9])


def nric(prefix="S"):
    b = digits(7)
    w = [2, 7, 6, 5, 4, 3, 2]
    s = sum(int(x) * y for x, y in zip(b, w)) + (4 if prefix in "TG" else 0)
    table = "JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK"
    return prefix + b + table[s % 11]


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
    for i, x in enumerate(reversed(num)):
        c = _VD[c][_VP[i % 8][int(x)]]
    return c == 0


def aadhaar():
    b = str(R.randint(2, 9)) + digits(10)
    c = 0
    for i, x in enumerate(reversed(b)):
        c = _VD[c][_VP[(i + 1) % 8][int(x)]]
    f = b + str(_VINV[c])
    assert verhoeff_ok(f)
    return "%s %s %s" % (f[:4], f[4:8], f[8:])


def mynumber():
    b = digits(11)
    s = 0
    for n in range(1, 12):
        p = int(b[11 - n])
        q = n + 1 if n <= 6 else n - 5
        s += p * q
    r = s % 11
    f = b + str(0 if r <= 1 else 11 - r)
    return "%s %s %s" % (f[:4], f[4:8], f[8:])


def rrn(yymmdd, g):
    b = yymmdd + g + digits(5)
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(x) * y for x, y in zip(b, w)) % 11) % 10
    return b[:6] + "-" + b[6:] + str(c)


def amka(ddmmyy):
    return luhn_complete(ddmmyy + digits(4))


def ppsn():
    b = digits(7)
    r = sum(int(x) * (8 - i) for i, x in enumerate(b)) % 23
    return b + "WABCDEFGHIJKLMNOPQRSTUV"[r]


def rrn_be(yymmdd, after2000=False):
    while True:
        b = yymmdd + "%03d" % R.randint(1, 997)
        n = int(("2" if after2000 else "") + b)
        cc = 97 - n % 97
        return "%s.%s.%s-%s.%02d" % (b[:2], b[2:4], b[4:6], b[6:9], cc)


def cn_id(region, yyyymmdd):
    b = region + yyyymmdd + digits(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b + "10X98765432"[sum(int(x) * y for x, y in zip(b, w)) % 11]


def fnr(ddmmyy):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    while True:
        b = ddmmyy + "%03d" % R.randint(0, 499)
        k1 = 11 - sum(int(x) * y for x, y in zip(b, w1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        b += str(k1)
        k2 = 11 - sum(int(x) * y for x, y in zip(b, w2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return b + str(k2)


def isikukood(g, yymmdd):
    b = g + yymmdd + digits(3)
    w1 = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1]
    w2 = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3]
    c = sum(int(x) * y for x, y in zip(b, w1)) % 11
    if c == 10:
        c = sum(int(x) * y for x, y in zip(b, w2)) % 11
        c = 0 if c == 10 else c
    return b + str(c)


def nino():
    return R.choice("ABCEHJKLMNPRSTWXYZ") + R.choice("ABCEHJKLMNPRSTWXYZ") + " %s %s %s " % (
        digits(2), digits(2), digits(2)) + R.choice("ABCD")


def rvnr(area, ddmmyy, letter, serial):
    b = area + ddmmyy + "%02d" % (ord(letter) - 64) + serial
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    s = sum(sum(divmod(int(x) * y, 10)) for x, y in zip(b, w))
    return "%s %s %s %s%d" % (area, ddmmyy, letter, serial, s % 10)


# ---------------------------------------------------------------- secrets
def b64(s):
    return base64.b64encode(s.encode()).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(payload):
    h = b64u(b'{"alg":"HS256","typ":"JWT"}')
    p = b64u(payload.encode())
    sig = b64u(bytes(R.randrange(256) for _ in range(32)))
    return h + "." + p + "." + sig


def aws_id():
    return "AKIA" + rs(16, string.ascii_uppercase + "234567")


def aws_secret():
    return rs(40, ALNUM + "/+")


B64 = string.ascii_letters + string.digits + "+/"


def pem(kind="PRIVATE KEY", lines=6, nl="\n"):
    first = {"PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "RSA PRIVATE KEY": "MIIEowIBAAKCAQEA",
             "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
             "EC PRIVATE KEY": "MHcCAQEEI", "CERTIFICATE": "MIIDdzCCAl+gAwIBAgIE"}.get(kind, "MII")
    body = [(first + rs(64 - len(first), B64)) if i == 0 else rs(64, B64) for i in range(lines - 1)]
    body.append(rs(R.randrange(20, 60), B64) + "=")
    return "-----BEGIN %s-----%s%s%s-----END %s-----" % (kind, nl, nl.join(body), nl, kind)


def azure_key():
    return base64.b64encode(bytes(R.randrange(256) for _ in range(64))).decode()


def ghp():
    return "ghp_" + rs(36)


def hexs(n):
    return rs(n, HEX)


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def t(s, *vals):
    """Fills each § in s with the next value (avoids brace escaping in JSON/YAML texts)."""
    parts = s.split("\u00a7")
    assert len(parts) == len(vals) + 1, (len(parts), len(vals), s[:60])
    out = parts[0]
    for v, p in zip(vals, parts[1:]):
        out += v + p
    return out


cases = []


def add(kind, lang, hard, text):
    cases.append((kind, lang, hard, text))
# ================================================================ SECRETS (positive)
pw = "Qv7!rT2pLm#9xZ"
stripe_live = "sk_live_" + rs(24)
add("secret", "en", False, t("""# .env  (payments-service, staging)
APP_ENV=staging
APP_DEBUG=false
DB_HOST=db-staging.internal
DB_PORT=5432
DB_USER=payments
DB_PASSWORD=§
STRIPE_SECRET_KEY=§
STRIPE_PUBLISHABLE_KEY=pk_live_51HfTzQKx9mAbCdEf
SENTRY_DSN=https://public@sentry.io/1234
LOG_LEVEL=info""", m(K, pw), m(K, stripe_live)))

gh = ghp()
add("secret", "en", False, t("""$ history | tail -6
  501  cd ~/src/infra-tools
  502  export GITHUB_TOKEN=§
  503  gh repo clone acme-internal/infra-tools
  504  git log --oneline -3
  505  unset GITHUB_TOKEN
  506  history -c""", m(K, gh)))

pw2 = "Winter2024!kafka"
add("secret", "en", False, t("""spring:
  datasource:
    url: jdbc:postgresql://pg-main.prod.svc:5432/orders?sslmode=require
    username: orders_rw
    password: §
  kafka:
    bootstrap-servers: kafka-0.kafka:9092
    properties:
      sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-orders" password="§";
management:
  endpoints.web.exposure.include: health,info""", m(K, "p0stgr3s-Orders-77"), m(K, pw2)))

add("secret", "en", False, t("""# application.properties
server.port=8443
spring.mail.host=smtp.sendgrid.net
spring.mail.username=apikey
spring.mail.password=§
spring.redis.host=cache-01
spring.redis.password=§
app.jwt.signing-key=§
app.feature.beta=false""", m(K, "SG." + rs(22) + "." + rs(43)), m(K, "r3d!s-" + rs(10)), m(K, rs(48, ALNUM))))

add("secret", "en", False, t("""version: "3.9"
services:
  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: §
      MARIADB_DATABASE: wiki
      MARIADB_USER: wiki
      MARIADB_PASSWORD: §
    volumes:
      - dbdata:/var/lib/mysql
  wiki:
    image: requarks/wiki:2
    environment:
      DB_TYPE: mariadb
      DB_PASS: ${MARIADB_PASSWORD}
    ports: ["3000:3000"]""", m(K, "Xk2#mR9vQw!"), m(K, "wiki-Pa55-2024")))

k8s1 = b64("S3cr3t-Mq-" + rs(8))
k8s2 = b64("sk-" + rs(40))
add("secret", "en", False, t("""apiVersion: v1
kind: Secret
metadata:
  name: billing-worker-secrets
  namespace: billing
  labels:
    app.kubernetes.io/name: billing-worker
type: Opaque
data:
  RABBITMQ_PASSWORD: §
  OPENAI_API_KEY: §""", m(K, k8s1), m(K, k8s2)))

add("secret", "en", False, t("""# terraform.tfvars -- DO NOT COMMIT (oops)
region              = "eu-central-1"
db_instance_class   = "db.t3.medium"
db_master_username  = "tfadmin"
db_master_password  = "§"
datadog_api_key     = "§"
datadog_app_key     = "§"
tags = {
  owner = "platform"
}""", m(K, "Tf-Adm1n-" + rs(8)), m(K, hexs(32)), m(K, hexs(40))))

aid, asec = aws_id(), aws_secret()
add("secret", "en", False, t("""[default]
aws_access_key_id = §
aws_secret_access_key = §
region = us-east-2

[readonly]
role_arn = arn:aws:iam::123456789012:role/ReadOnly
source_profile = default""", m(K, aid), m(K, asec)))

sa_key = pem("PRIVATE KEY", 8, "\\n")
add("secret", "en", False, t("""{
  "type": "service_account",
  "project_id": "hoppa-analytics-prod",
  "private_key_id": "§",
  "private_key": "§\\n",
  "client_email": "etl-runner@hoppa-analytics-prod.iam.gserviceaccount.com",
  "client_id": "104739201837465019283",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}""", m(K, hexs(40)), m(K, sa_key)))

add("secret", "en", False, t("""AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=stmediaprod01;AccountKey=§;EndpointSuffix=core.windows.net"
AZURE_SERVICEBUS="Endpoint=sb://sb-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=§"
""", m(K, azure_key()), m(K, base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode())))

add("secret", "en", False, t("""<connectionStrings>
  <add name="Crm" connectionString="Server=sql-crm-02;Database=Crm;User Id=crm_app;Password=§;TrustServerCertificate=True;" providerName="System.Data.SqlClient" />
  <add name="Audit" connectionString="Server=sql-crm-02;Database=Audit;Integrated Security=SSPI;" />
</connectionStrings>""", m(K, "Cr^m-Ap9-" + rs(6))))

mongo = "mongodb://reporting:" + rs(14) + "@mongo-rs0.int.hoppa.io:27017,mongo-rs1.int.hoppa.io:27017/reports?replicaSet=rs0&authSource=admin"
amqp = "amqp://orders:" + rs(12) + "@rabbit.int.hoppa.io:5672/orders"
add("secret", "en", False, t("""[2024-05-14 09:41:07,118] INFO  boot  - Connecting to §
[2024-05-14 09:41:07,402] INFO  boot  - Mongo connected (3 hosts)
[2024-05-14 09:41:07,455] INFO  amqp  - broker=§ prefetch=50
[2024-05-14 09:41:07,460] WARN  boot  - credentials were printed in clear text, see SEC-211""", m(U, mongo), m(U, amqp)))

add("secret", "en", False, t("""+ curl -sS -u §  -X POST https://ci.hoppa.io/job/deploy-web/buildWithParameters?ENV=prod
+ echo 'triggered'
triggered""", m(K, "deploybot:" + rs(20))))

add("secret", "en", False, t("""ops@bastion-1:~$ mysql -h 10.20.4.11 -u root -p'§' -e "SHOW PROCESSLIST"
+----+------+-----------+------+---------+------+-------+------------------+
| Id | User | Host      | db   | Command | Time | State | Info             |
+----+------+-----------+------+---------+------+-------+------------------+
|  7 | root | localhost | NULL | Query   |    0 | init  | SHOW PROCESSLIST |
+----+------+-----------+------+---------+------+-------+------------------+""", m(K, "R00t!m4ria#22")).replace("10.20.4.11", m(IP, "10.20.4.11")))

add("secret", "en", False, t("""#!/bin/bash
# nightly dump -- maintained by §
set -euo pipefail
PGPASSWORD='§' pg_dump -h pg-main -U backup -Fc shop > /backup/shop-$(date +%F).dump
sshpass -p '§' scp /backup/shop-$(date +%F).dump archive@nas01:/volume1/pg/""", m(N, "Dariusz Wróblewski"), m(K, "bkp-" + rs(12)), m(K, "Nas#Arch1ve-2023")))

bearer = jwt('{"sub":"user_8841","name":"Lena Ortmann","iat":1715678400,"exp":1715682000,"scope":"orders:write"}')
add("secret", "en", False, t("""POST /api/v2/orders HTTP/1.1
Host: api.hoppa.io
Authorization: Bearer §
Content-Type: application/json
X-Request-Id: 7f3a9c2e-4b1d-4e8a-9f21-0c6d5b7e8a13
Content-Length: 58

{"sku":"HX-2210","qty":2,"shipping":"express"}""", m(K, bearer)))

basic = b64("svc-export:" + rs(16))
add("secret", "en", False, t("""> GET /export/daily.csv HTTP/1.1
> Host: partner.example-logistics.net
> Authorization: Basic §
> User-Agent: curl/8.5.0
>
< HTTP/1.1 200 OK
< Content-Type: text/csv""", m(K, basic)))

add("secret", "de", False, t("""Hallo zusammen,

das WLAN im Besprechungsraum „Elbe“ heißt HOPPA-Guest, das Passwort lautet § (gilt bis Ende Juni).
Bitte nicht an Externe weitergeben.

Viele Grüße
§""", m(K, "Fischbroetchen!42"), m(N, "Jörg Tannhäuser")))

add("secret", "fr", False, t("""Bonjour §,

Voici tes accès provisoires au portail fournisseur :
identifiant : c.marchetti
mot de passe : §

Merci de le changer à la première connexion.
Bonne journée,
§ – service informatique""", m(N, "Chiara"), m(K, "Lilas-Rouge-8831"), m(N, "Hugo Ferrand")))

add("secret", "en", False, t("""[14:02] §: can someone give me the staging admin pw? locked out again
[14:03] §: it's § , rotate it after the demo pls
[14:03] §: ty!!
[14:04] §: and delete that msg lol""", m(N, "kasia"), m(N, "raj"), m(K, "Stg-Adm!n-0417"), m(N, "kasia"), m(N, "raj")))

slack_hook = "https://hooks.slack.com/services/T0" + rs(7, string.ascii_uppercase + string.digits) + "/B0" + rs(8, string.ascii_uppercase + string.digits) + "/" + rs(24)
add("secret", "en", False, t("""alerting:
  receivers:
    - name: ops-slack
      slack_configs:
        - channel: "#ops-alerts"
          api_url: "§"
          send_resolved: true
    - name: ops-mail
      email_configs:
        - to: ops-oncall@hoppa.io""", m(K, slack_hook)))

add("secret", "en", False, t("""-- migration 0042 notes (remove before merge!)
-- temp deploy key for the build box:
§
-- fingerprint SHA256:3b5f9kQz1W2m8bV7pL0xR4nY6tC9aE2dF1gH5jK8mN0""", m(K, pem("OPENSSH PRIVATE KEY", 7))))

add("secret", "en", False, t("""GET /v1/reports/weekly?format=pdf&api_key=§&lang=en HTTP/1.1" 200 48213 "-" "python-requests/2.31.0"
127.0.0.1 - - [14/May/2024:10:22:05 +0200] "GET /v1/reports/weekly?format=pdf&api_key=[FILTERED]&lang=en HTTP/1.1" 200 48213 "-" "python-requests/2.31.0\"""", m(K, rs(32, string.ascii_lowercase + string.digits))).replace('GET /v1', '§ - - [14/May/2024:10:22:01 +0200] "GET /v1', 1).replace("§", m(IP, "81.174.22.96"), 1))

add("secret", "en", False, t("""TWILIO_ACCOUNT_SID=§
TWILIO_AUTH_TOKEN=§
TWILIO_FROM=+15005550006
# support contact for this integration: §""", m(K, "AC" + hexs(32)), m(K, hexs(32)), m(E, "m.okafor@hoppa.io")))

gl = "glpat-" + rs(20, ALNUM + "-_")
add("secret", "en", False, t("""variables:
  GIT_DEPTH: "10"
before_script:
  - git config --global url."§".insteadOf "https://gitlab.hoppa.io/"
  - npm ci
test:
  script: npm test""", m(U, "https://oauth2:" + gl + "@gitlab.hoppa.io/")))

add("secret", "en", False, t("""$ cat ~/.pgpass
pg-main.internal:5432:analytics:§
pg-replica.internal:5432:*:§
$ chmod 600 ~/.pgpass""", m(K, "analyst_ro:Anl-Ro-" + rs(8)), m(K, "replicator:" + rs(14))))

xoxb = "xoxb-" + digits(12) + "-" + digits(13) + "-" + rs(24)
add("secret", "en", False, t("""import os
from slack_sdk import WebClient

# TODO(§): move to vault before Friday
client = WebClient(token="§")
client.chat_postMessage(channel="#deploys", text="build green")""", m(N, "Amara"), m(K, xoxb)))

add("secret", "es", False, t("""Hola §:

Te paso las credenciales del router de la oficina de Valencia:
usuario: admin
contraseña: §

La red Wi-Fi es OFICINA-VLC y la clave es §.
Un saludo,
§""", m(N, "Nerea"), m(K, "Naranja#Vlc2024"), m(K, "PaellaMixta88"), m(N, "Íñigo Beltrán")))

add("secret", "it", False, t("""[10:31] §: mi ricordi la password del NAS?
[10:32] §: è § (con la N maiuscola)
[10:32] §: grazie mille""", m(N, "Giulia"), m(N, "Marco"), m(K, "Nebbiolo!1997"), m(N, "Giulia")))

add("secret", "pl", False, t("""Cześć §,
hasło do panelu hostingu to §, login jak zwykle.
Pozdrawiam, §""", m(N, "Bartek"), m(K, "Pierogi_2024#ruskie"), m(N, "Ola")))

add("secret", "nl", False, t("""Hoi §,

Het wachtwoord voor de gedeelde mailbox is tijdelijk § – graag zo snel mogelijk wijzigen.

Groetjes,
§""", m(N, "Sanne"), m(K, "Stroopwafel!77"), m(N, "Pieter de Vries")))

add("secret", "en", False, t("""resource "aws_db_instance" "main" {
  identifier        = "crm-prod"
  engine            = "postgres"
  instance_class    = "db.r6g.large"
  username          = "crmadmin"
  password          = "§"
  skip_final_snapshot = false
}

provider "github" {
  token = "§"
}""", m(K, "Crm-Pg-" + rs(12)), m(K, "github_pat_11A" + rs(20) + "_" + rs(59))))

add("secret", "en", False, t("""const client = new OpenAI({
  apiKey: "§", // TODO env
});
const anthropicFallback = process.env.FALLBACK_KEY; // set in Vercel""", m(K, "sk-proj-" + rs(48, ALNUM + "-_"))))

redis = "redis://default:" + rs(16) + "@redis-cache.int.hoppa.io:6379/2"
add("secret", "en", False, t("""CELERY_BROKER_URL=§
CELERY_RESULT_BACKEND=${CELERY_BROKER_URL}
FLOWER_BASIC_AUTH=§""", m(U, redis), m(K, "flower:" + rs(12))))

add("secret", "en", False, t("""Webhook configured ✔
Payload URL: https://ci.hoppa.io/github-webhook/
Content type: application/json
Secret: §
SSL verification: enabled
Events: push, pull_request""", m(K, hexs(40))))

add("secret", "en", False, t("""ticket SUP-4471 — customer can't log in to the router admin page
----
reporter: §
device: FRITZ!Box 7590, LAN IP §, MAC §
note from customer: "I set the admin password to § but it says wrong password"
agent: §""", m(N, "Tomasz Lewandowski"), m(IP, "192.168.178.1"), m(MAC, "3C:A6:2F:8B:14:D2"), m(K, "Kotek2019!"), m(N, "Fiona")))

add("secret", "sv", False, t("""Hej §!
Lösenordet till familjens Netflix är §, skicka inte vidare 😅
/§""", m(N, "Linnea"), m(K, "Kanelbulle77"), m(N, "Mattias")))

add("secret", "en", False, t("""apiVersion: v1
kind: Secret
metadata:
  name: registry-pull
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: §""", m(K, b64('{"auths":{"registry.hoppa.io":{"auth":"' + b64("ci-pull:" + rs(18)) + '"}}}'))))

add("secret", "en", False, t("""# ~/.npmrc
registry=https://registry.npmjs.org/
//npm.pkg.github.com/:_authToken=§
@hoppa:registry=https://npm.pkg.github.com""", m(K, "ghp_" + rs(36))))

add("secret", "en", False, t("""$ cat ~/.git-credentials
§
$ git config --global credential.helper
store""", m(U, "https://jmakinen:" + "ghp_" + rs(36) + "@github.com")))

add("secret", "tr", False, t("""§: abi sunucu şifresi neydi
§: § ama kimseye söyleme
§: tamamdır""", m(N, "Emre"), m(N, "Burak"), m(K, "Kadikoy!34ist"), m(N, "Emre")))

add("secret", "en", False, t("""Jenkins console output #1842
[Pipeline] sh
+ docker login -u hoppa-ci -p § registry.hoppa.io
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
[Pipeline] sh
+ docker push registry.hoppa.io/web:1842""", m(K, "dckr_pat_" + rs(27, ALNUM + "-_"))))

add("secret", "de", False, t("""Hi §,
anbei die Zugangsdaten für das Test-SFTP:
Host: sftp-test.hoppa.io, Port 22
Benutzer: partner_mueller
Passwort: §
Bitte bestätige kurz den Empfang.
Gruß §""", m(N, "Sabine"), m(K, "Brezel&Senf-2024"), m(N, "Uwe")))

add("secret", "en", False, t("""$ kubectl create secret generic smtp-creds \\
    --from-literal=SMTP_USER=mailer@hoppa.io \\
    --from-literal=SMTP_PASS='§' -n notifications
secret/smtp-creds created""", m(K, "M4iler-" + rs(10))))

add("secret", "ja", False, t("""§さん

検証環境のDBパスワードは § です。
作業後に変更をお願いします。

§""", m(N, "田中"), m(K, "Sakura#2024-dev"), m(N, "佐藤 健一")))

add("secret", "pt", False, t("""Oi §, a senha do Wi-Fi do escritório é § (tudo junto). Abraço, §""", m(N, "Rafa"), m(K, "CafeComLeite2024"), m(N, "Bia")))

add("secret", "en", False, t("""HOST=sftp.partner-bank.example.net
SFTP_USER=hoppa_recon
SFTP_PRIVATE_KEY="§"
SFTP_KNOWN_HOST="sftp.partner-bank.example.net ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq0mGz3bSl1tRVdYpLw0C8kxu5xJm2Ni4Ue7Oa9Wc3b\"""", m(K, pem("EC PRIVATE KEY", 4, "\\n"))))
# ================================================================ SECRETS (hard negatives)
add("secret", "en", True, """# .env.example -- copy to .env and fill in
APP_ENV=local
DB_HOST=localhost
DB_USER=app
DB_PASSWORD=<your-db-password>
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx
OPENAI_API_KEY=
JWT_SECRET=change-me-in-production""")

add("secret", "en", True, """spring:
  datasource:
    url: jdbc:postgresql://${DB_HOST:localhost}:5432/orders
    username: ${DB_USER}
    password: ${DB_PASSWORD}
  security:
    oauth2:
      client:
        registration:
          github:
            client-id: ${GITHUB_CLIENT_ID}
            client-secret: ${GITHUB_CLIENT_SECRET}""")

add("secret", "en", True, """apiVersion: v1
kind: Secret
metadata:
  name: api-secrets
type: Opaque
stringData:
  DB_PASSWORD: "{{ .Values.db.password }}"
  API_TOKEN: "{{ required \\"api token\\" .Values.api.token }}"
---
# values.yaml
db:
  password: ""   # injected by ArgoCD vault plugin: <path:kv/data/api#db_password>""")

add("secret", "en", True, """$ git log --oneline -5
9f4c2a7e1b3d5f6a8c0e2d4b6a8c0e2f4a6b8c0d Merge pull request #412 from hoppa/fix-token-refresh
3e1d5b7a9c2f4e6d8b0a1c3e5f7a9b2d4c6e8f0a fix: refresh token before expiry
b7c9e1a3d5f7b9d1e3a5c7e9b1d3f5a7c9e1b3d5 chore: rotate test fixtures
0a2c4e6f8b1d3f5a7c9e0b2d4f6a8c1e3f5a7b9d docs: explain API_KEY env var
e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2 feat: add webhook signature check""")

add("secret", "en", True, """[2024-05-14T08:15:22.817Z] INFO  request_id=3b9e2f41-7c0a-4d58-9e6b-1f2a3c4d5e6f trace_id=4bf92f3577b34da6a3ce929d0e0e4736 method=POST path=/api/v2/login status=401 duration_ms=38
[2024-05-14T08:15:23.004Z] INFO  request_id=8c1d7a90-2e4f-4b63-a5d8-7e9f0a1b2c3d trace_id=00f067aa0ba902b7 method=POST path=/api/v2/login status=200 duration_ms=112""")

add("secret", "en", True, """# /etc/nginx/.htpasswd
admin:$apr1$Tq8Yv3kL$0mQ2rX7bZ9cW1nE5fH3jK.
metrics:$2y$10$Lz4nV8pQ1rS6tU9wX2yZ3eA5bC7dE9fG1hI3jK5lM7nO9pQ1rS3tU
deploy:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=""")

add("secret", "en", True, """$ cat ~/.ssh/id_ed25519.pub
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOM8xP2qZ7rT4vW1yB3nD6fH9jK2lN5pR8sU0wX3zA6c build@ci-runner-07
$ ssh-keygen -lf ~/.ssh/id_ed25519.pub
256 SHA256:q7Vb3kF9mZ2xL8pT1wR4yN6cH0jD5gS3aE7uI9oK2lM build@ci-runner-07 (ED25519)""")

add("secret", "en", True, """-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ
RTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYD
VQQDExlCYWx0aW1vcmUgQ3liZXJUcnVzdCBSb290MB4XDTAwMDUxMjE4NDYwMFoX
-----END CERTIFICATE-----
-----BEGIN PUBLIC KEY-----
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo
4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u
-----END PUBLIC KEY-----""")

add("secret", "en", True, """## Authentication

Every request needs an `Authorization` header:

    curl https://api.stripe.com/v1/charges \\
      -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:

The key above is the public sample key from the documentation; replace it with your own test key from the dashboard.
For AWS examples we use AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.""")

add("secret", "en", True, """Stripe keys (dashboard export, masked)
NAME            TOKEN                         CREATED      LAST USED
Standard key    sk_live_••••••••••••••••4xQz  2023-11-02   2024-05-13
Restricted key  rk_live_••••••••••••••••Ua9T  2024-01-15   2024-05-14
Publishable     pk_live_51HfTzQKx9mAbCdEfGhIjKlMnOpQrStUvWxYz  2023-11-02   —""")

add("secret", "en", True, """Downloads (v3.12.1)
hoppa-cli-3.12.1-linux-amd64.tar.gz   sha256: 5f2b8c9e1a4d7f3b6e0c9a2d5f8b1e4a7d0c3f6b9e2a5d8c1f4b7e0a3d6c9f2b
hoppa-cli-3.12.1-darwin-arm64.tar.gz  sha256: a1c3e5f7b9d1a3c5e7f9b1d3a5c7e9f1b3d5a7c9e1f3b5d7a9c1e3f5b7d9a1c3
Verify with: sha256sum -c SHA256SUMS""")

add("secret", "en", True, """docker run -d --name pg \\
  -e POSTGRES_PASSWORD="$POSTGRES_PASSWORD" \\
  -e POSTGRES_USER=app \\
  -v pgdata:/var/lib/postgresql/data \\
  postgres:16
# POSTGRES_PASSWORD comes from `op read op://Infra/pg-local/password`""")

add("secret", "en", True, """variables:
  DOCKER_TLS_CERTDIR: "/certs"
deploy:
  stage: deploy
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY
    - curl -H "PRIVATE-TOKEN: $GITLAB_API_TOKEN" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"
  only: [main]""")

add("secret", "en", True, """Run #5521 — deploy-web
  env:
    AWS_ACCESS_KEY_ID: ***
    AWS_SECRET_ACCESS_KEY: ***
    AWS_REGION: eu-west-1
  Run aws s3 sync ./dist s3://hoppa-web-prod --delete
  upload: dist/index.html to s3://hoppa-web-prod/index.html
  upload: dist/assets/app.3f9c1e7b.js to s3://hoppa-web-prod/assets/app.3f9c1e7b.js""")

add("secret", "en", True, """JWT header decoded: {"alg":"RS256","kid":"2024-05-rot","typ":"JWT"}
JWKS: {"keys":[{"kty":"RSA","kid":"2024-05-rot","use":"sig","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw","e":"AQAB"}]}""")

add("secret", "en", True, """# Password policy (IT handbook §4.2)
Passwords must be at least 14 characters and must not contain the company name.
Bad examples: "Password1", "Summer2024!", "qwerty123".
Never send a password by e-mail or chat; use the vault share link instead.
The Wi-Fi password for visitors is printed on the badge you get at reception.""")

add("secret", "de", True, """Hallo zusammen,

das neue WLAN-Passwort hängt ab Montag am Empfang aus. Bitte schickt es nicht per Mail herum –
wer es vergessen hat, fragt einfach beim IT-Service nach. Das alte Passwort ist ab Dienstag ungültig.

Viele Grüße
Ihr IT-Service""")

add("secret", "fr", True, """Rappel sécurité : ne communiquez jamais votre mot de passe, même au support. 
Un mot de passe robuste contient au moins 12 caractères. Pour le réinitialiser, utilisez le lien
« Mot de passe oublié » sur la page de connexion.""")

add("secret", "en", True, """terraform {
  backend "s3" {
    bucket = "hoppa-tfstate"
    key    = "prod/network.tfstate"
    region = "eu-central-1"
  }
}
variable "db_password" {
  type      = string
  sensitive = true
}
resource "aws_db_instance" "main" {
  password = var.db_password
}""")

add("secret", "en", True, """ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQC7vbqajDhA8nM5zWp3rT6yU9iO2pL5kJ8hG1fD4sA7zX0cV3bN6mQ9wE2rT5yU8iO1pL4kJ7hG0fD3sA6zX9cV2bN5mQ8wE1rT4yU7iO0pL3kJ6hG9fD2sA5zX8cV1bN4mQ7wE0rT3yU6iO9pL2kJ5hG8fD1sA4zX7cV0bN3mQ6w== deploy@build-07
ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg= monitor@grafana""")

add("secret", "en", True, """| Setting            | Value                                   |
|--------------------|-----------------------------------------|
| Client ID          | 0oa4k2x9qzQ7bE1Vd5d7                     |
| Client secret      | (stored in Vault: kv/okta/hoppa-portal)  |
| Issuer             | https://hoppa.okta.com/oauth2/default   |
| Redirect URI       | https://portal.hoppa.io/callback        |""")

add("secret", "en", True, """npm ERR! code E401
npm ERR! Unable to authenticate, your authentication token seems to be invalid.
npm ERR! To correct this please trying logging in again with:
npm ERR!     npm login
npm ERR! A complete log of this run can be found in: /home/runner/.npm/_logs/2024-05-14T09_12_44_551Z-debug-0.log""")

add("secret", "en", True, """Rotated secrets (audit trail, values redacted)
2024-05-02  stripe/sk_live          rotated   old: sk_live_…9Xq2   new: sk_live_…b7Lm
2024-05-02  github/actions-token    revoked   ghp_****************************Kd81
2024-05-06  slack/bot-token         rotated   xoxb-****-****-****
2024-05-09  db/orders_rw            rotated   fingerprint 7c:1e:94:aa:03:5b:e2:19""")

add("secret", "en", True, """mongodb://<username>:<password>@cluster0.mongodb.net/?retryWrites=true&w=majority
postgresql://USER:PASSWORD@HOST:5432/DBNAME
git clone git@github.com:hoppa/infra-tools.git
ssh://deploy@build-07.hoppa.io:2222/srv/repos/web.git""")

add("secret", "en", True, """{"event":"token.created","token_id":"tok_01HXZ8K3M9Q2R5T7V9W1Y3A5C7","scopes":["read:orders"],"expires_at":"2024-06-14T00:00:00Z","created_by":"svc-admin","fingerprint":"sha256:9d4e1f7a2b8c3d6e0f5a1b4c7d0e3f6a9b2c5d8e1f4a7b0c3d6e9f2a5b8c1d4e"}""")

add("secret", "ja", True, """【重要】パスワード変更のお願い
社内システムのパスワードは90日ごとに変更してください。パスワードをメールやチャットで送らないでください。
初期パスワードは人事部から別途お知らせします。""")

add("secret", "en", True, """PGPASSWORD="$(aws secretsmanager get-secret-value --secret-id prod/pg/backup --query SecretString --output text)" \\
  pg_dump -h pg-main -U backup -Fc shop > shop.dump
sshpass -f ~/.nas_pass scp shop.dump archive@nas01:/volume1/pg/""")

add("secret", "en", True, """Webhook deliveries
ID                                     EVENT          STATUS  SIGNATURE (X-Hub-Signature-256)
5c8e2a1f-9b3d-4e7a-8c6f-1d2e3f4a5b6c   push           200     sha256=2f7d9c1a4e8b3f6d0a5c9e2b7f1d4a8c3e6b9f2d5a8c1e4b7d0a3f6c9e2b5d8a
7a1b3c5d-2e4f-4a6b-9c8d-0e1f2a3b4c5d   pull_request   200     sha256=8b3e6f9c2d5a8e1b4f7c0d3a6e9b2f5c8d1a4e7b0c3f6d9a2e5b8c1f4d7a0e3b""")

add("secret", "es", True, """Recordatorio: la contraseña debe tener al menos 12 caracteres, una mayúscula y un número.
Si la has olvidado, pulsa «¿Olvidaste tu contraseña?» y recibirás un enlace. El equipo de soporte nunca te pedirá la clave.""")

add("secret", "en", True, """AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
# ^ the example pair from the AWS docs, used by localstack tests only""")
# ================================================================ PASSPORT_OR_ID (positive)
add("id", "pl", False, t("""Formularz zgłoszeniowy – kurs pierwszej pomocy
Imię: §
Nazwisko: §
PESEL: §
Data urodzenia: §
Telefon: §
Nr zamówienia: ZAM/2024/05/1187""", m(N, "Agnieszka"), m(N, "Kowalczyk-Mróz"), m(ID, pesel("920714", "0582")), m(D, "14.07.1992"), m(P, "+48 601 284 917")))

add("id", "pl", False, t("""Szanowni Państwo,
w załączeniu przesyłam wniosek. Mój numer PESEL to §, a numer dowodu osobistego §.
Z poważaniem
§""", m(ID, pesel("850203", "1436")), m(ID, "AYD 482913"), m(N, "Henryk Zieliński")))

add("id", "nl", False, t("""klant_id;voornaam;achternaam;bsn;geboortedatum;polisnummer
100482;Femke;van den Berg;§;§;POL-NL-7730192
100483;Daan;Visser;§;§;POL-NL-7730207""", m(ID, bsn()), m(D, "1988-03-22"), m(ID, bsn()), m(D, "1975-11-09")).replace("Femke;van den Berg", m(N, "Femke") + ";" + m(N, "van den Berg")).replace("Daan;Visser", m(N, "Daan") + ";" + m(N, "Visser")))

add("id", "sv", False, t("""Hej!
Jag behöver ändra min adress hos er. Personnummer: §. Ärendenummer 2024-118834.
Mvh §""", m(ID, personnummer("870419")), m(N, "Elin Sjöberg")))

add("id", "fi", False, t("""Ajanvaraus vahvistettu
Potilas: §
Henkilötunnus: §
Vastaanotto: ti 21.5.2024 klo 9.30, Hammaslääkäri §
Varausnumero: 55120-884""", m(N, "Aino Mäkelä"), m(ID, hetu("030691")), m(N, "Jussi Heikkinen")))

add("id", "da", False, t("""[11:02] §: hvad er dit cpr til formularen?
[11:04] §: § — husk at slette beskeden bagefter
[11:04] §: ja ja 👍""", m(N, "Mette"), m(N, "Søren"), m(ID, cpr("120584")), m(N, "Mette")))

add("id", "tr", False, t("""Sayın §,
Başvurunuz alınmıştır. T.C. Kimlik No: § — Başvuru No: BSV-2024-004417.
Sipariş numaranız (SP-88120455) ile kargo takibi yapabilirsiniz.""", m(N, "Zeynep Aydın"), m(ID, tckn())))

add("id", "ro", False, t("""Subsemnatul §, domiciliat în §, CNP §, posesor al CI seria și nr. §, declar pe propria răspundere că datele sunt corecte.
Nr. înregistrare: 4412/14.05.2024""", m(N, "Andrei Popescu"), m(A, "Str. Zorilor nr. 17, bl. B2, ap. 14, Cluj-Napoca 400335"), m(ID, cnp("1", "880511", "12")), m(ID, "RX 604117")))

add("id", "cs", False, t("""Jméno a příjmení: §
Rodné číslo: §
Číslo OP: §
Číslo smlouvy: 2024/KL/0098817 (nevyplňujte)""", m(N, "Tereza Dvořáková"), m(ID, rodne("915308")), m(ID, "205487163")))

add("id", "fr", False, t("""Madame, Monsieur,
Suite à mon arrêt de travail, veuillez trouver ci-joint l'attestation. Mon numéro de sécurité sociale est le §.
N° de dossier employeur : RH-2024-0331 — matricule 88412.
Cordialement,
§""", m(ID, nir("2", "86", "07", "69", "123")), m(N, "Camille Besson")))

add("id", "pt", False, t("""Cadastro de cliente
Nome: §
CPF: §
RG: §
Nascimento: §
Pedido nº 2024-778812 | CNPJ da loja: 12.345.678/0001-95""", m(N, "Larissa Gonçalves Pereira"), m(ID, cpf()), m(ID, "32.418.775-6"), m(D, "02/09/1994")))

add("id", "es", False, t("""SOLICITUD DE CITA – CONSULADO DE MÉXICO
Nombre completo: §
CURP: §
Pasaporte: §
Folio de la solicitud: CMX-2405-00912""", m(N, "José Luis Hernández Ortega"), m(ID, curp("HEOL870122HDFRRS0")), m(ID, "G38127754")))

add("id", "es", False, t("""Estimada §:
Para completar el contrato necesitamos su RUT (§) y una copia de su cédula.
N° de contrato: CT-2024-5521. Atte., §""", m(N, "Javiera Muñoz"), m(ID, rut(17894231)), m(N, "Felipe Rojas")))

add("id", "es", False, t("""INSERT INTO huespedes (nombre, apellidos, documento, tipo_doc, reserva) VALUES
('§', '§', '§', 'DNI', 'RES-88412'),
('§', '§', '§', 'NIE', 'RES-88413');""", m(N, "Lucía"), m(N, "Fernández Ruiz"), m(ID, dni(48120576)), m(N, "Ahmed"), m(N, "El Amrani"), m(ID, nie("Y", 2841177))))

add("id", "it", False, t("""Gentile §,
le confermo la ricezione dei documenti. Codice fiscale: §; numero carta d'identità §.
Pratica n. 2024/PR/11873.
Cordiali saluti
§""", m(N, "Francesca"), m(ID, codfisc("BNCFNC90A41F205")), m(ID, "CA12345BK"), m(N, "Paolo Greco")))

add("id", "de", False, t("""Lohnsteuer-Stammdaten
Name: §
Steuer-ID: §
Sozialversicherungsnummer: §
Personalnummer: 004127 | Kostenstelle 4410""", m(N, "Katharina Vogel"), m(ID, steuer_id()), m(ID, rvnr("65", "170889", "V", "52"))))

add("id", "de", False, t("""Anmeldung Krankenkasse
Name: §
AHV-Nummer: §
Geburtsdatum: §
Versichertenkarte Nr. (nicht verwechseln mit Kundennummer KD-77124)""", m(N, "Reto Brunner"), m(ID, ahv()), m(D, "03.11.1979")))

add("id", "en", False, t("""Hi §,

Quick one for payroll: my National Insurance number is § and my NHS number is §.
Employee ID is E-20931 if you need it.

Thanks,
§""", m(N, "Priya"), m(ID, nino()), m(ID, nhs()), m(N, "Callum")))

add("id", "en", False, t("""name,sin,date_of_birth,province,employee_no
§,§,§,ON,EMP-00871
§,§,§,QC,EMP-00872""", m(N, "Olivia Tremblay"), m(ID, sin()), m(D, "1990-06-18"), m(N, "Mathieu Gagnon"), m(ID, sin()), m(D, "1984-12-02")))

add("id", "en", False, t("""New starter form
Full name: §
Tax File Number: §
Medicare card: §
Super fund member no.: 4410028813 (not TFN)""", m(N, "Jack O'Sullivan"), m(ID, tfn()), m(ID, medicare())))

add("id", "en", False, t("""[09:12] §: need ur nric for the visitor pass
[09:13] §: §
[09:13] §: ok registered, booking ref BK-55102""", m(N, "wei ling"), m(N, "darren"), m(ID, nric("S")), m(N, "wei ling")))

add("id", "hi", False, t("""नाम: §
आधार संख्या: §
पैन: §
आवेदन संख्या: APP/2024/778120""", m(N, "राहुल शर्मा"), m(ID, aadhaar()), m(ID, "BXKPS4821L")))

add("id", "en", False, t("""KYC details received from customer
Name: §
PAN: §
Aadhaar: §
Order ID: OD-44120938812
GSTIN of seller: 27AAPFU0939F1ZV""", m(N, "Sneha Kulkarni"), m(ID, "DQRPK7215M"), m(ID, aadhaar())))

add("id", "ja", False, t("""氏名：§
マイナンバー：§
生年月日：§
受付番号：2024-0514-0032""", m(N, "山本 美咲"), m(ID, mynumber()), m(D, "1989年4月12日")))

add("id", "ko", False, t("""성명: §
주민등록번호: §
연락처: §
주문번호: 20240514-000318""", m(N, "김지훈"), m(ID, rrn("880317", "1")), m(P, "010-4827-1193")))

add("id", "id", False, t("""Kepada Yth. Bapak §,
Data Anda: NIK § , NPWP perusahaan 01.234.567.8-901.000 (bukan milik pribadi).
Nomor tiket: TKT-2024-11873.""", m(N, "Budi Santoso"), m(ID, "3174" + "05" + "120587" + "0003")))

add("id", "zh", False, t("""姓名：§
身份证号：§
订单号：202405141035887712
发票号码：04412987""", m(N, "王晓明"), m(ID, cn_id("110105", "19870622"))))

add("id", "en", False, t("""Passport details for the visa letter:
Surname: §
Given names: §
Passport no.: §
Nationality: Irish
PPS number: §
Booking ref: QX7T2M""", m(N, "NÍ BHRIAIN"), m(N, "SIOBHÁN"), m(ID, "PA4471092"), m(ID, ppsn())))

add("id", "nl", False, t("""Beste §,
Bijgevoegd mijn kopie. Rijksregisternummer: §, rijbewijs nr. §.
Dossiernummer: 2024/BRU/04471.
Met vriendelijke groet,
§""", m(N, "Lotte"), m(ID, rrn_be("890206")), m(ID, "4417890213"), m(N, "Wout Peeters")))

add("id", "no", False, t("""§: hva var fødselsnummeret ditt igjen? skjemaet krever det
§: § 
§: takk, sendt inn (saksnr. 24/11873)""", m(N, "Ingrid"), m(N, "Lars"), m(ID, fnr("120385")), m(N, "Ingrid")))

add("id", "et", False, t("""Taotleja: §
Isikukood: §
Taotluse nr: 7.2-4/24/1187""", m(N, "Kristjan Tamm"), m(ID, isikukood("3", "850312"))))

add("id", "el", False, t("""Όνομα: §
ΑΜΚΑ: §
Αριθμός Δελτίου Ταυτότητας: §
Αρ. παραστατικού: ΤΔΑ-004417""", m(N, "Γιώργος Παπαδόπουλος"), m(ID, amka("120385")), m(ID, "ΑΚ 482917")))

add("id", "en", False, t("""DRIVER LICENSE VERIFICATION
Name: §
License #: §   State: CA
DOB: §
Claim #: CLM-2024-881204 | Policy #: AUTO-7741-3390""", m(N, "Marcus Bell"), m(ID, "D4827716"), m(D, "07/14/1986")))

add("id", "de", False, t("""Hallo §,
für die Autovermietung brauche ich noch deine Führerscheinnummer und die Ausweisnummer.
— Führerschein: §, Personalausweis: §
Danke dir! §""", m(N, "Jonas"), m(ID, "B072RRE2I55"), m(ID, "L4H7M2K91"), m(N, "Mia")))

add("id", "en", False, t("""PASSENGER MANIFEST — FLIGHT HX 412
SEAT  NAME                 DOC TYPE  DOC NO       BOOKING
12A   §       P         §    K7Q2ZP
12B   §     P         §    K7Q2ZP
14C   §        I         §   R4N8TT""", m(N, "HALVORSEN/ERIK"), m(ID, "FN4821905"), m(N, "HALVORSEN/MARIT"), m(ID, "FN4821906"), m(N, "OKONKWO/ADA"), m(ID, "A12098833")))

add("id", "fr", False, t("""[17:20] §: tu peux me renvoyer ton numéro de sécu ? la mutuelle le demande
[17:22] §: oui c'est le § 
[17:22] §: merci, et le n° de contrat c'est bien le MUT-449120 ?
[17:23] §: oui""", m(N, "Léa"), m(N, "Théo"), m(ID, nir("1", "93", "11", "13", "055")), m(N, "Léa"), m(N, "Théo")))

add("id", "tr", False, t("""§ ile görüşme notu: Kimlik numarası § olarak sisteme girildi, poliçe no POL-TR-00921 değişmedi.""", m(N, "Ayşe Demir"), m(ID, tckn())))

add("id", "ko", False, t("""[민원 접수]
신청인: §
주민번호: §
여권번호: §
접수번호: 2024-민원-0088122""", m(N, "박서연"), m(ID, rrn("950812", "2")), m(ID, "M48210937")))
# ================================================================ PASSPORT_OR_ID (hard negatives)
add("id", "pl", True, """FAKTURA VAT nr FV/2024/05/00871
Sprzedawca: Hoppa Sp. z o.o., Kraków
NIP: 676-249-18-30   REGON: 368120554   KRS: 0000712093
Nr zamówienia: 92071405823
Termin płatności: 28.05.2024""")

add("id", "nl", True, """Pakbon
Ordernummer: 805318197
KvK-nummer: 68750110
Btw-id: NL862471980B01
Track & trace: 3SHOPP12345678
Artikel: 2× koffiebonen 1 kg""")

add("id", "sv", True, """Kvitto
Org.nr: 556677-8899
Kassa 3 · Kvittonr 870419-4201
Datum 2024-05-14 12:44
Bankgiro 5050-1055
Tack för ditt köp!""")

add("id", "fi", True, """Tilausvahvistus
Y-tunnus: 2784413-2
Tilausnumero: 130578-661
Viitenumero: 12345 67890 12346
Toimitus arviolta 3–5 arkipäivää.""")

add("id", "tr", True, """Fatura No: GIB2024000011873
Vergi Kimlik No (şirket): 4840847211
Mersis No: 0484084721100015
Sipariş No: 90989339482
Kargo takip: 7312 4455 6610""")

add("id", "fr", True, """Facture n° FA-2024-05-1187
SIRET : 732 829 320 00074 — TVA intracommunautaire : FR40 732829320
N° de commande : 2 85 03 75 056
Référence client : CL-009812
Échéance : 13/06/2024""")

add("id", "pt", True, """NOTA FISCAL ELETRÔNICA Nº 000.118.734 — Série 1
Emitente: Hoppa Comércio Ltda., São Paulo
CNPJ: 11.222.333/0001-81
Inscrição Estadual: 110.042.490.114
Chave de acesso: 3524 0511 2223 3300 0181 5500 1000 1187 3410 0000 0012""")

add("id", "es", True, """Ticket #113938880 — Pedido 48120576-Z
Nº de póliza: 0012-3345-6789
CIF de la empresa: B12345674
Referencia catastral del almacén: 9872023VH5797S0001WX""")

add("id", "it", True, """Ordine n. 2024/IT/0098812
Partita IVA: 01234567897
Codice SDI: M5UXCR1
Codice ATECO: 47.91.10
Tracking BRT: 088120044712""")

add("id", "de", True, """Rechnung Nr. RE-2024-004127
Kundennummer: 81230793561
USt-IdNr.: DE811569869
Handelsregister: HRB 98765, Amtsgericht München
IBAN und BIC siehe Rückseite. Bitte Rechnungsnummer als Verwendungszweck angeben.""")

add("id", "en", True, """ORDER CONFIRMATION
Order #: 799-9866415
Tracking: 1Z 999 AA1 01 2345 6784
Companies House no.: 09446231   VAT: GB 123 4567 89
Customer ref: 617 968 532
Returns within 30 days.""")

add("id", "en", True, """HR export — employees.csv (no personal identifiers)
employee_no,department,grade,start_date,cost_centre
EMP-00871,Finance,B2,2019-03-01,4410
EMP-00872,Logistics,C1,2021-08-16,4520
EMP-00873,IT,B3,2022-01-10,4600""")

add("id", "en", True, """Policy schedule
Policy number: AUTO-7741-3390-22
Claim number: CLM-2024-881204
Vehicle: VW Golf 1.5 TSI, VIN WVWZZZ1KZAW123456, reg. plate KX19 ABC
Excess: £250""")

add("id", "ja", True, """注文番号：250-4417788-1029381
法人番号：7010001008844
インボイス登録番号：T7010001008844
お問い合わせ番号：0514-2024-0032""")

add("id", "ko", True, """주문번호: 880317-1896736
사업자등록번호: 220-81-62517
송장번호: 6081 2247 1193
고객센터: 1588-1234""")

add("id", "zh", True, """订单编号：110105198706228812
统一社会信用代码：91110108MA01ABCD3X
快递单号：SF1402938475612
发票代码：011002000111""")

add("id", "hi", True, """बिल संख्या: INV/2024-25/00871
GSTIN: 27AAPFU0939F1ZV
कंपनी CIN: U72200MH2009PTC123456
ऑर्डर आईडी: 4412 8820 3391""")

add("id", "en", True, """Jira export
KEY        SUMMARY                                   STATUS
OPS-4471   Rotate SIN-range test fixtures            Done
OPS-4472   NHS number validator rejects spaces     In Progress
OPS-4473   Add PESEL checksum unit tests              To Do""")

add("id", "en", True, """def nhs_ok(num: str) -> bool:
    digits = [int(c) for c in num if c.isdigit()]
    if len(digits) != 10:
        return False
    total = sum(d * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    return (0 if check == 11 else check) == digits[9]
# PESEL weights: 1 3 7 9 1 3 7 9 1 3 -- BSN uses the "11-proef" (9..2, -1)""")

add("id", "de", True, """Sehr geehrte Damen und Herren,

bitte geben Sie bei Rückfragen immer Ihre Vorgangsnummer 2024-118834-B und die Versicherungsscheinnummer 44-1187390-0 an.
Ihre Steuer-ID und Ihre Sozialversicherungsnummer benötigen wir für diesen Vorgang nicht.

Mit freundlichen Grüßen
Ihr Kundenservice""")

add("id", "es", True, """El documento de identidad debe tener 8 números y una letra (la letra se calcula con el resto de dividir entre 23).
Para extranjeros el NIE empieza por X, Y o Z. Nunca envíe su DNI por correo electrónico.""")

add("id", "en", True, """Passport renewal — checklist
☐ old passport (number is on the photo page, 9 characters)
☐ two photos, 35×45 mm
☐ form DS-82, fee $130
☐ appointment ref: APT-2024-0514-77
Processing time 6–8 weeks.""")

add("id", "da", True, """Ordrebekræftelse
CVR-nr.: 25313763
Ordrenr.: 120584-4873
Fakturanr.: 2024-0098
Betalingsfrist: 8 dage""")

add("id", "ro", True, """FACTURA seria HOP nr. 0004412
CUI: RO18547290   Nr. Reg. Com.: J40/12345/2006
Comanda nr. 1880511124412
Data scadentă: 13.06.2024""")

add("id", "cs", True, """Objednávka č. 915308/6949
IČO: 27082440   DIČ: CZ27082440
Variabilní symbol: 2024051487
Číslo balíku: DR1187390CZ""")

add("id", "en", True, """Library loan receipt
Member no.: 2900 1744 1298
Item barcode: 31234000871122
Due back: 28 May 2024
Fines owed: £0.00""")
# ================================================================ PERSON (positive)
add("name", "en", False, t("""[09:12] §: morning! is the build broken or is it just me
[09:13] §: just you 😄 clear the gradle cache
[09:15] §: yep that was it, thx §""", m(N, "rob"), m(N, "maria"), m(N, "rob"), m(N, "maria")))

add("name", "en", False, t("""<§> anyone up for lunch at 12:30?
<§> sure, the thai place?
<§> i'm in but need to leave by 13:15
<§> ok see you downstairs""", m(N, "maria"), m(N, "dev"), m(N, "kofi"), m(N, "maria")))

add("name", "cs", False, t("""§, 10:14
Ahoj, posílám tu nabídku, koukni na to prosím do pátku.
§, 10:21
Díky, mrknu na to odpoledne.
§, 10:22
Super, kdyby něco, volej.""", m(N, "Jana Nováková"), m(N, "Petr Svoboda"), m(N, "Jana Nováková")))

add("name", "en", False, t("""hi §,

thx for sending the slides over, they look great. one small thing — can we swap slides 4 and 5?

cheers
§""", m(N, "tom"), m(N, "priya")))

add("name", "en", False, t("""thx § for covering my shift yesterday!! owe you a coffee
— §""", m(N, "jas"), m(N, "deb")))

add("name", "de", False, t("""WhatsApp Chat mit §
[12.05.24, 18:02] §: Kommst du Sonntag zum Essen?
[12.05.24, 18:05] §: Ja klar! Bringe § mit, okay?
[12.05.24, 18:06] §: Natürlich, Oma freut sich 😊""", m(N, "Lukas Berger"), m(N, "Lukas Berger"), m(N, "Hanna"), m(N, "Lena"), m(N, "Lukas Berger")))

add("name", "fr", False, t("""Coucou §,
Merci encore pour la soirée, c'était top ! Mamie a adoré le gâteau.
Bisous,
§""", m(N, "Juliette"), m(N, "Manon")))

add("name", "es", False, t("""[20:14] §: ¿Quién lleva las bebidas el sábado?
[20:15] §: yo llevo la cerveza
[20:15] §: y yo el hielo, que § siempre se olvida jaja
[20:16] §: oye 😂""", m(N, "Carmen"), m(N, "javi"), m(N, "Marta"), m(N, "javi"), m(N, "javi")))

add("name", "it", False, t("""Ciao §,
ti confermo che la riunione di condominio è spostata a giovedì. Ne ho parlato anche con la signora §.
Un abbraccio,
§""", m(N, "Ale"), m(N, "Bianchi"), m(N, "Roberta")))

add("name", "pt", False, t("""Oi §, tudo bem?
O técnico vem amanhã às 9h. Se eu não estiver, a Tia § abre a porta.
Beijos, §""", m(N, "Bia"), m(N, "Fátima"), m(N, "Renata")))

add("name", "nl", False, t("""Hoi allemaal,
Vrijdag is de laatste werkdag van §, dus we doen om 16:00 een borrel.
Groetjes, §""", m(N, "Kees van der Linden"), m(N, "Fleur")))

add("name", "sv", False, t("""Hej §!
Tack för hjälpen med flytten i helgen. Mormor hälsar!
Kram / §""", m(N, "Oskar"), m(N, "Ebba")))

add("name", "fi", False, t("""Moi §,
kiitos eilisestä! Ensi kerralla mennään meille.
t. §""", m(N, "Jukka"), m(N, "Sanna")))

add("name", "pl", False, t("""[08:47] §: ktoś widział klucze do magazynu?
[08:49] §: są u §, wróci po 10
[08:50] §: dzięki""", m(N, "Krzysiek"), m(N, "Gosia"), m(N, "Pawła"), m(N, "Krzysiek")))

add("name", "tr", False, t("""§: §'nın doğum günü cuma, hediye alalım mı?
§: olur, ben §'ı da ararım""", m(N, "Elif"), m(N, "Derya"), m(N, "Can"), m(N, "Mehmet")))

add("name", "hu", False, t("""Kedves §!
Köszönöm a gyors választ. A szerződést § holnap aláírja.
Üdvözlettel:
§""", m(N, "Kata"), m(N, "Szabó Gergely"), m(N, "Kovács Anna")))

add("name", "en", False, t("""Slack export #team-data (2024-05-14)
§  10:02  anyone know why the nightly job took 4h?
§  10:05  @jdoe it was the vacuum on the events table
§  10:06  ahh ok, thanks §""", m(N, "Hannah Lee"), m(N, "Omar Haddad"), m(N, "Hannah Lee"), m(N, "Omar")))

add("name", "en", False, t("""Support chat transcript #88120
Agent §: Hi, thanks for contacting Hoppa support. How can I help?
§: hi, my order never arrived
Agent §: I'm sorry to hear that, could you share the order number?
§: OD-44120938812""", m(N, "Gemma"), m(N, "Dylan Price"), m(N, "Gemma"), m(N, "Dylan Price")))

add("name", "en", False, t("""SELECT * FROM contacts WHERE city = 'Leeds';
 id  | first_name | last_name   | city  | tier
-----+------------+-------------+-------+------
 412 | §      | §    | Leeds | gold
 418 | §     | §     | Leeds | silver
(2 rows)""", m(N, "Aisha"), m(N, "Rahman"), m(N, "Connor"), m(N, "Walsh")))

add("name", "en", False, t("""INSERT INTO volunteers (full_name, shift, team) VALUES
  ('§', 'Sat AM', 'Registration'),
  ('§', 'Sat PM', 'Catering'),
  ('§', 'Sun AM', 'Parking');""", m(N, "Grace O'Neill"), m(N, "Tomás García"), m(N, "Li Wei")))

add("name", "en", False, t("""| Name | Role | Ext |
|---|---|---|
| § | Team lead | 2214 |
| § | Analyst | 2215 |
| § | Intern | 2219 |""", m(N, "Sam Okoye"), m(N, "Ines Duarte"), m(N, "Ben Fairweather")))

add("name", "de", False, t("""Liebe §,
danke für die schnelle Rückmeldung. Ich habe mit Herrn § gesprochen, er ist einverstanden.
Beste Grüße
§""", m(N, "Steffi"), m(N, "Obermaier"), m(N, "Anja Köhler")))

add("name", "vi", False, t("""[21:03] §: Anh Tuấn ơi, mai mấy giờ họp?
[21:05] §: 9h nha em, nhớ mang laptop
[21:05] §: dạ""", m(N, "Linh"), m(N, "Tuấn"), m(N, "Linh")).replace("Anh Tuấn ơi", "Anh " + m(N, "Tuấn") + " ơi"))

add("name", "id", False, t("""[19:20] §: Kak §, besok jadi ke rumah Bu §?
[19:22] §: jadi dong, jam 10 ya""", m(N, "Dimas"), m(N, "Sari"), m(N, "Ratna"), m(N, "Sari")))

add("name", "ja", False, t("""§さん、お疲れさまです。
明日の打ち合わせ、§さんも参加されます。
よろしくお願いします。
§""", m(N, "鈴木"), m(N, "中村"), m(N, "高橋 由美")))

add("name", "zh", False, t("""[群聊] 周末聚餐
§：周六晚上七点，老地方？
§：可以！我带上§
§：好嘞""", m(N, "李娜"), m(N, "张伟"), m(N, "小美"), m(N, "陈磊")))

add("name", "ko", False, t("""§님, 내일 회의 자료 공유드립니다.
검토 후 § 대리님께 회신 부탁드립니다.
- § 드림""", m(N, "이수진"), m(N, "최민호"), m(N, "정하늘")))

add("name", "ru", False, t("""Привет, §!
Напомни, пожалуйста, § насчёт субботы.
Обнимаю, §""", m(N, "Саша"), m(N, "Диме"), m(N, "Оля")))

add("name", "ar", False, t("""مرحبا §،
شكراً على المساعدة أمس. سأرسل الملف إلى § اليوم.
مع التحية،
§""", m(N, "ليلى"), m(N, "يوسف"), m(N, "كريم الحسن")))

add("name", "el", False, t("""Γεια σου §,
μίλησα με την κ. § για το διαμέρισμα, συμφωνεί.
Φιλιά,
§""", m(N, "Νίκο"), m(N, "Αλεξίου"), m(N, "Ελένη")))

add("name", "he", False, t("""היי §,
דיברתי עם § לגבי המשמרת של יום שישי, היא מסכימה.
תודה, §""", m(N, "נועה"), m(N, "מיכל"), m(N, "איתי")))

add("name", "en", False, t("""From: § <§>
To: Accounts <accounts@hoppa.io>
Subject: Re: invoice 2024-0098

Hi,
Attached is the corrected invoice. Sorry for the confusion!

Best,
§
Freelance photographer | §""", m(N, "Niamh Gallagher"), m(E, "niamh.gallagher.photo@gmail.com"), m(N, "Niamh"), m(P, "+353 87 412 9930")))

add("name", "en", False, t("""git shortlog -sn --since=2024-01-01
   142  §
    87  §
    31  dependabot[bot]
    12  §""", m(N, "Ravi Subramanian"), m(N, "Eva Lindqvist"), m(N, "Chidi Okafor")))

add("name", "de", False, t("""Protokoll Elternabend 3b
Anwesend: Fr. §, Hr. §, Fr. §
Protokoll: §
1. Klassenfahrt nach Hamburg im Juni – Kosten ca. 180 €""", m(N, "Demir"), m(N, "Wagner"), m(N, "Schulte-Hinrichs"), m(N, "Birgit Albers")))

add("name", "en", False, t("""Dear Dr §,

Thank you for seeing my son last week. His asthma has improved since the new inhaler.

Kind regards,
§""", m(N, "Anand"), m(N, "Rachel Whitmore")))

add("name", "es", False, t("""Un saludo, y gracias a § y a § por la paciencia.
§
Coordinadora de voluntariado""", m(N, "María José"), m(N, "Nacho"), m(N, "Rocío de la Fuente")))

add("name", "en", False, t("""#general, 2024-05-14
§: standup in 5
§: omw
§: can't make it, dentist. update: PR #231 ready for review
§: np, ty""", m(N, "Marta Kowalski"), m(N, "jun"), m(N, "Felipe"), m(N, "Marta Kowalski")))

add("name", "en", False, t("""name;role;last_login
§;admin;2024-05-13
§;viewer;2024-04-29
svc-backup;service;2024-05-14""", m(N, "Yusuf Karaca"), m(N, "Hélène Roux")))
# ================================================================ PERSON (hard negatives)
add("name", "en", True, """Release Notes — Version 4.2 "Magnolia"
New Features
  * Dark Mode for the Report Builder
  * Export to Google Sheets and Microsoft Excel
Bug Fixes
  * Fixed Jenkins plugin crash when Maven Central was unreachable
  * Ruby and Julia kernels now start in Jupyter Lab""")

add("name", "en", True, """Weekly shopping list
- Ben & Jerry's Cookie Dough
- Jack Daniel's (for the sauce)
- Uncle Ben's rice
- Dr. Oetker pizza ×2
- Mrs. Crimble's macaroons
- Captain Morgan spiced rum""")

add("name", "en", True, """Garden plan, spring
Bed A: Rosa canina, Lavandula angustifolia, Salvia nemorosa 'Caradonna'
Bed B: Bellis perennis, Digitalis purpurea, Alchemilla mollis
Bed C: Rosemary, Basil 'Genovese', Sweet William (Dianthus barbatus)
Order from Sarah Raven Ltd before March.""")

add("name", "en", True, """Meeting Agenda — Tuesday 14 May
1. Welcome and Apologies
2. Minutes of the Last Meeting
3. Matters Arising: Victoria Station Refurbishment
4. Any Other Business
Next meeting: Friday, June 7, Florence Room""")

add("name", "en", True, """Stack overview
Frontend: Angular 17, Tailwind, Storybook
Backend: Spring Boot, Kafka, Elasticsearch, Jenkins, Hudson (legacy)
Infra: Terraform, Ansible, Grafana, Prometheus, Loki, Tempo
Tooling: Jira, Confluence, Bamboo, Sentry""")

add("name", "en", True, """Top brands this quarter
1. Tommy Hilfiger
2. Calvin Klein
3. Hugo Boss
4. Ralph Lauren
5. Marks & Spencer
Johnson & Johnson and Procter & Gamble lead the household category.""")

add("name", "en", True, """Travel itinerary
Mon: London → Paris (Eurostar), Hotel Georges V area
Tue: Paris → Lyon, visit Saint-Exupéry airport office
Wed: Lyon → Geneva, drive along Lake Geneva to Montreux
Thu: fly back from Zurich (Swiss, LX 318)""")

add("name", "en", True, """In the news: Prime Minister Keir Starmer met Chancellor Olaf Scholz in Berlin on Monday, while
Taylor Swift's tour added a third Wembley date. Elon Musk said the launch would slip to August.""")

add("name", "en", True, """Book club picks
May: "Pride and Prejudice" — we'll discuss Elizabeth Bennet and Mr Darcy
June: "The Hound of the Baskervilles" — Sherlock Holmes and Dr Watson
July: "Harry Potter and the Philosopher's Stone" (for the younger members)""")

add("name", "en", True, """History 101 — Week 3
Topics: Napoleon Bonaparte (1769–1821), Queen Victoria, Abraham Lincoln's Gettysburg Address,
Marie Curie and the discovery of polonium, Mahatma Gandhi's Salt March.""")

add("name", "de", True, """Speisekarte
Wiener Schnitzel mit Kartoffelsalat
Hamburger Royal TS
Berliner (mit Pflaumenmus)
Frankfurter Kranz
Prinzregententorte
Kaiserschmarrn nach Art des Hauses""")

add("name", "de", True, """Öffnungszeiten über Pfingsten
Montag, 20. Mai: geschlossen (Pfingstmontag)
Dienstag bis Freitag: 9–18 Uhr
Samstag: 9–14 Uhr
Filialen: Mainz, Wiesbaden, Darmstadt, Offenbach""")

add("name", "fr", True, """Nos marques partenaires : Yves Saint Laurent, Christian Dior, Jean Paul Gaultier, Louis Vuitton,
Pierre Cardin et Guy Degrenne. Livraison offerte dès 50 € à Paris, Lyon et Marseille.""")

add("name", "es", True, """Calendario de festivos 2024
Enero: Año Nuevo, Reyes
Marzo: San José, Jueves Santo, Viernes Santo
Mayo: San Isidro (Madrid)
Agosto: Asunción de la Virgen
Diciembre: Inmaculada Concepción, Navidad""")

add("name", "it", True, """Menù del giorno
Pizza Margherita, Pizza Quattro Stagioni, Spaghetti alla Carbonara,
Risotto alla Milanese, Tiramisù, Caffè Corretto.
Vini: Brunello di Montalcino, Montepulciano d'Abruzzo.""")

add("name", "en", True, """Error: Could not resolve dependency Jackson Databind 2.17 for module Hermes.
Hint: Apache Maven 3.9 needs Java 17; Gradle Wrapper is pinned to 8.7.
See also: Spring Framework docs, Hibernate ORM guide, Mockito FAQ.""")

add("name", "en", True, """Room bookings
Ada Lovelace Room   09:00–10:00   Sprint Planning
Alan Turing Room    10:00–11:30   Architecture Review
Grace Hopper Room   14:00–15:00   Retro""")

add("name", "en", True, """Wine list
Château Margaux 2015
Dom Pérignon Vintage
Penfolds Grange
Cloudy Bay Sauvignon Blanc
Jacob's Creek Shiraz""")

add("name", "en", True, """Storm Kathleen will bring gales to Cornwall and Devon on Saturday. Storm Isha caused delays
on the Elizabeth Line, and the Victoria Line is part-suspended between Brixton and Victoria.""")

add("name", "en", True, """Product catalogue
SKU      NAME                      COLOUR
HX-2210  Milton Desk Lamp          Brass
HX-2211  Beatrice Armchair         Sage
HX-2212  Oscar Side Table          Walnut
HX-2213  Florence Floor Rug        Indigo""")

add("name", "pl", True, """Rozkład jazdy: Kraków Główny → Warszawa Centralna, pociąg „Chopin” (EIC 1305), odjazd 7:45.
Przesiadka na linię do Gdańska — pociąg „Mickiewicz”.""")

add("name", "nl", True, """Kom naar de Albert Heijn aan het Koningsplein of bestel via Jumbo. Philips lampen en
Douwe Egberts koffie deze week in de aanbieding.""")

add("name", "sv", True, """Veckans erbjudanden på IKEA: BILLY bokhylla, KALLAX hylla, POÄNG fåtölj och MALM byrå.
Öppet alla dagar i Kungens Kurva och Barkarby.""")

add("name", "ja", True, """新製品のお知らせ：トヨタ・カローラ、ホンダ・シビック、マツダ・ロードスター。
東京・大阪・名古屋のショールームで展示中です。""")

add("name", "en", True, """## Troubleshooting
If Docker Desktop reports "Kubernetes is starting", restart the WSL service.
On macOS Sonoma, grant Terminal "Full Disk Access". Safari and Chrome are both supported.""")

add("name", "en", True, """Employee of the Month nominations close Friday. Nominate a colleague on the HR portal —
the winner gets lunch at Wagamama and a £50 John Lewis voucher.""")

add("name", "en", True, """Kitchen rota (by team, not by person)
Monday: Marketing
Tuesday: Finance
Wednesday: Engineering
Thursday: Sales
Friday: Customer Success""")

add("name", "tr", True, """Kampanya: Arçelik buzdolabı, Vestel televizyon ve Beko çamaşır makinesinde %20 indirim!
İstanbul, Ankara ve İzmir mağazalarımızda geçerlidir.""")

add("name", "ru", True, """Расписание: «Евгений Онегин» в Большом театре, «Анна Каренина» в МХТ имени Чехова.
Билеты в кассах на Тверской и Арбате.""")

add("name", "en", True, """Plant ID results
1. Monstera deliciosa — 97%
2. Ficus lyrata — 88%
3. Calathea orbifolia — 71%
4. Sansevieria trifasciata 'Laurentii' — 64%""")
# ================================================================ ADDRESSES in their own scripts (positive)
add("addr", "ja", False, t("""お届け先
§ 様
〒§
電話：§
ご注文番号：250-4417788-1029381""", m(N, "伊藤 直樹"), m(A, "160-0022 東京都新宿区新宿3丁目14番5号 メゾン新宿302号室"), m(P, "090-3381-4472")))

add("addr", "ja", False, t("""【引っ越しのお知らせ】
このたび下記に転居いたしました。
新住所：§
お近くにお越しの際はぜひお立ち寄りください。
§""", m(A, "大阪府大阪市北区梅田2丁目4番9号 グランドメゾン梅田1105号室"), m(N, "小林 さやか")))

add("addr", "ja", False, t("""name,zip,address,tel
§,§,§,§""", m(N, "渡辺 大輔"), "231-0023", m(A, "神奈川県横浜市中区山下町27番地 ハイツ山下205"), m(P, "045-662-8814")))

add("addr", "ja", False, t("""[LINE] §：新しい住所送るね！〒§
[LINE] §：ありがとう、年賀状送るね""", m(N, "ゆうこ"), m(A, "812-0011 福岡県福岡市博多区博多駅前3-21-7-604"), m(N, "まき")))

add("addr", "zh", False, t("""收货人：§
手机：§
收货地址：§
订单号：202405141035887712""", m(N, "刘洋"), m(P, "138 1024 5567"), m(A, "广东省深圳市南山区科技园路18号3栋1202室")))

add("addr", "zh", False, t("""§，你好！
我已经搬家了，新地址是§，欢迎周末来玩。
§""", m(N, "小王"), m(A, "上海市徐汇区漕溪北路88号7号楼502室"), m(N, "阿杰")))

add("addr", "zh", False, t("""寄件人信息
姓名：§
地址：§
邮编：610041""", m(N, "赵敏"), m(A, "四川省成都市武侯区人民南路四段27号2单元801室")))

add("addr", "zh", False, t("""INSERT INTO shipping_address (user_id, receiver, province, city, district, detail) VALUES
(88412, '§', '浙江省', '杭州市', '西湖区', '§');""", m(N, "周婷"), m(A, "文三路259号昌地火炬大厦对面小区6幢1单元302室")))

add("addr", "zh", False, t("""收件人：§
地址：§
電話：§""", m(N, "林志明"), m(A, "台北市大安區復興南路一段390號5樓之2"), m(P, "0912-345-678")))

add("addr", "ko", False, t("""받는 분: §
주소: §
연락처: §
배송 메모: 부재 시 경비실에 맡겨 주세요""", m(N, "김민지"), m(A, "서울특별시 마포구 월드컵북로12길 34, 101동 502호"), m(P, "010-2837-4419")))

add("addr", "ko", False, t("""§님 안녕하세요,
이사한 주소 알려드려요: §
다음 달에 집들이 해요!
§""", m(N, "수빈"), m(A, "부산광역시 해운대구 센텀중앙로 79, 203동 1104호 (우동)"), m(N, "지현")))

add("addr", "ko", False, t("""[계약서]
임차인: §
주소: §
주민등록번호: §""", m(N, "박준영"), m(A, "경기도 성남시 분당구 판교역로 235, 3동 701호"), m(ID, rrn("910224", "1"))))

add("addr", "th", False, t("""ที่อยู่จัดส่ง
คุณ§
§
โทร §""", m(N, "สมชาย ใจดี"), m(A, "99/12 ถนนสุขุมวิท แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพมหานคร 10110"), m(P, "081 234 5678")))

add("addr", "th", False, t("""สวัสดีค่ะ คุณ§
กรุณาส่งเอกสารไปที่ § ภายในวันศุกร์นี้นะคะ
§""", m(N, "วิภา"), m(A, "45/7 หมู่ 3 ถนนนิมมานเหมินท์ ตำบลสุเทพ อำเภอเมือง เชียงใหม่ 50200"), m(N, "นิดา")))

add("addr", "hi", False, t("""प्रिय §,
कृपया पार्सल इस पते पर भेजें: §
धन्यवाद,
§""", m(N, "अमित"), m(A, "मकान नं. 45, सेक्टर 15, गुरुग्राम, हरियाणा 122001"), m(N, "सुनीता वर्मा")))

add("addr", "en", False, t("""Delivery address
§
§
§
§
Mobile: §""", m(N, "Ananya Iyer"), m(A, "House No. 12, 3rd Cross, 5th Main"), m(A, "Indiranagar 2nd Stage"), m(A, "Bengaluru 560038"), m(P, "+91 98450 12873")))

add("addr", "hi", False, t("""नाम: §
पता: §
पिन कोड: 302017
मोबाइल: §""", m(N, "प्रिया मीणा"), m(A, "फ्लैट 304, ब्लॉक सी, मालवीय नगर, जयपुर"), m(P, "98290 44718")))

add("addr", "ar", False, t("""السيد §
§
§
هاتف: §""", m(N, "خالد العتيبي"), m(A, "شارع الملك فهد، مبنى 12، شقة 4"), m(A, "الرياض 12271"), m(P, "+966 55 482 1937")))

add("addr", "ar", False, t("""مرحباً §، عنواني الجديد: § — أرسل لي الكتب هناك. §""", m(N, "سلمى"), m(A, "15 شارع التحرير، الدقي، الجيزة 12611"), m(N, "منى")))

add("addr", "el", False, t("""Παραλήπτης: §
Διεύθυνση: §
Τηλ.: §
Αρ. παραγγελίας: 2024-GR-00871""", m(N, "Μαρία Κωνσταντίνου"), m(A, "Οδός Ερμού 25, 3ος όροφος, 105 63 Αθήνα"), m(P, "+30 694 412 8830")))

add("addr", "el", False, t("""Γεια σου §, η νέα μου διεύθυνση είναι § — έλα όποτε θες! §""", m(N, "Κώστα"), m(A, "Τσιμισκή 112, 546 22 Θεσσαλονίκη"), m(N, "Δήμητρα")))

add("addr", "ru", False, t("""Получатель: §
Адрес: §
Телефон: §
Номер заказа: 4417-8820-3391""", m(N, "Иванова Екатерина Сергеевна"), m(A, "125009, г. Москва, ул. Тверская, д. 7, кв. 12"), m(P, "+7 916 482-19-37")))

add("addr", "ru", False, t("""Привет, §! Пиши на новый адрес: §. Жду в гости, §""", m(N, "Лёша"), m(A, "ул. Ленина, д. 48, кв. 15, Екатеринбург, 620014"), m(N, "Настя")))

add("addr", "uk", False, t("""Отримувач: §
§
§
Тел.: §""", m(N, "Олена Ковальчук"), m(A, "вул. Хрещатик, буд. 22, кв. 7"), m(A, "Київ, 01001"), m(P, "+380 67 412 8830")))

add("addr", "he", False, t("""שלום §,
הכתובת למשלוח: §
תודה, §""", m(N, "אורי"), m(A, "רחוב הרצל 15 דירה 4, תל אביב 6578901"), m(N, "דנה לוי")))

add("addr", "he", False, t("""שם: §
כתובת: §
טלפון: §""", m(N, "יוסי כהן"), m(A, "שדרות רוטשילד 44, קומה 3, תל אביב-יפו 6688310"), m(P, "052-482-1937")))

add("addr", "vi", False, t("""Người nhận: §
Địa chỉ: §
SĐT: §""", m(N, "Nguyễn Thị Hoa"), m(A, "Số 18 ngõ 42 phố Trần Duy Hưng, phường Trung Hòa, quận Cầu Giấy, Hà Nội"), m(P, "0912 482 193")))

add("addr", "en", False, t("""Ship to:
§
§
§
§
Japan""", m(N, "Kenji Watanabe"), m(A, "Room 804, Sun Heights Ebisu"), m(A, "1-19-3 Ebisu-Minami, Shibuya-ku"), m(A, "Tokyo 150-0022")))
# ================================================================ ADDRESSES (hard negatives)
add("addr", "ja", True, """国会議事堂の所在地は東京都千代田区永田町1丁目7番1号です。見学は平日のみ受け付けています。
最寄り駅：国会議事堂前駅（丸ノ内線・千代田線）""")

add("addr", "ja", True, """株式会社ホッパ　本社：東京都渋谷区
大阪支店：大阪市
営業時間：平日 9:00〜18:00""")

add("addr", "zh", True, """周末去南京路步行街逛街，然后去外滩看夜景。晚上在淮海中路吃饭，地铁10号线可以到。""")

add("addr", "zh", True, """公司总部位于北京市海淀区，在上海、深圳、成都设有分公司。客服热线：400-820-8820。""")

add("addr", "ko", True, """강남역 11번 출구에서 만나요. 테헤란로 쪽으로 걸어가면 카페가 많아요.
서울시청은 중구 세종대로에 있습니다.""")

add("addr", "th", True, """พระบรมมหาราชวัง ตั้งอยู่ที่ถนนหน้าพระลาน เขตพระนคร กรุงเทพมหานคร เปิดทุกวัน 08:30–15:30 น.""")

add("addr", "hi", True, """राष्ट्रपति भवन, नई दिल्ली 110004 — आम जनता के लिए शनिवार को खुला रहता है।
हमारी कंपनी का मुख्यालय मुंबई में है।""")

add("addr", "ru", True, """Встречаемся на Невском проспекте у Казанского собора, потом идём на Арбат? Нет, Арбат в Москве 😄
Офис компании — в Санкт-Петербурге.""")

add("addr", "en", True, """10 Downing Street confirmed the visit. The White House, 1600 Pennsylvania Avenue NW, Washington, DC 20500,
will host the summit; delegates stay near Buckingham Palace Road.""")

add("addr", "ar", True, """يقع برج خليفة في وسط مدينة دبي، ويمكن الوصول إليه عبر شارع الشيخ محمد بن راشد. مقر الشركة في أبوظبي.""")

add("addr", "el", True, """Η Ακρόπολη βρίσκεται στην Διονυσίου Αρεοπαγίτου. Το γραφείο μας είναι στη Θεσσαλονίκη.""")

add("addr", "de", True, """Wir ziehen um! Ab Juni finden Sie uns in Leipzig. Die Filialen in der Kaiserstraße (Frankfurt) und am
Jungfernstieg (Hamburg) bleiben geöffnet.""")

add("addr", "he", True, """הכותל המערבי נמצא בעיר העתיקה בירושלים. המשרדים שלנו בחיפה ובבאר שבע.""")

# ================================================================ OTHER TYPES (positive)
add("misc", "en", False, t("""Hi §,

Please update my details:
§
§
§
United Kingdom
Phone: §
Bank: § (sort code 20-00-00 is the bank's, not needed)

Thanks,
§""", m(N, "Kerry"), m(A, "Flat 3, Rosewood Court"), m(A, "41 Hamilton Road"), m(A, "Bristol BS3 4EJ"), m(P, "07700 914 228"), m(I, iban("GB", "BARC20038044719263")), m(N, "Owen Pritchard")))

add("misc", "de", False, t("""Kündigung Mitgliedschaft
§
§
§

Mitgliedsnummer: FIT-0088412
Bitte buchen Sie den letzten Beitrag von meinem Konto § ab.
Geburtsdatum: §
Mit freundlichen Grüßen
§""", m(N, "Sebastian Krüger"), m(A, "Lindenstraße 14a"), m(A, "50674 Köln"), m(I, iban("DE", "500105175407324931")), m(D, "22.09.1987"), m(N, "Sebastian Krüger")))

add("misc", "fr", False, t("""RIB de §
IBAN : §
BIC : CCOPFRPPXXX
Adresse : §""", m(N, "Élodie Marchand"), m(I, iban("FR", "30006000011234567890189")), m(A, "12 rue des Lilas, 69003 Lyon")))

add("misc", "en", False, t("""order_id,customer,email,card_number,expiry,amount
OD-7712,§,§,§,09/27,129.00
OD-7713,§,§,§,02/26,54.90""", m(N, "Hugo Lindgren"), m(E, "hugo.lindgren@outlook.com"), m(C, card("4539")), m(N, "Zara Ahmed"), m(E, "zara.a1993@gmail.com"), m(C, card("5425", groups=[4, 4, 4, 4]))))

add("misc", "en", False, t("""[support] caller said the card was charged twice: §, exp 11/26. Refund to the same card. Caller: §, callback §""", m(C, card("3782", 15, groups=[4, 6, 5])), m(N, "Deborah Finch"), m(P, "+1 (415) 555-0132")))

add("misc", "en", False, t("""Applicant: §
SSN: §
DOB: §
Address: §
Employer phone: (main line) 1-800-555-0199""", m(N, "Tyler Brooks"), m(S, "512-48-7730"), m(D, "March 3, 1991"), m(A, "2847 Maple Ave, Apt 5B, Columbus, OH 43215")))

add("misc", "en", False, t("""May 14 08:12:44 fw01 kernel: [UFW BLOCK] IN=eth0 OUT= MAC=§ SRC=§ DST=§ PROTO=TCP SPT=51622 DPT=22
May 14 08:12:45 fw01 sshd[2231]: Failed password for invalid user admin from § port 51622 ssh2""", m(MAC, "52:54:00:3a:9f:1c"), m(IP, "185.220.101.47"), m(IP, "10.0.4.12"), m(IP, "185.220.101.47")))

add("misc", "en", False, t("""DHCP leases
MAC address        IP              Hostname          Expires
§  §    jenny-iphone      2024-05-14 18:22
§  §    LAPTOP-KOWALSKI   2024-05-14 19:01
ff:ff:ff:ff:ff:ff  255.255.255.255 (broadcast)       -""", m(MAC, "a4:83:e7:12:9c:4f"), m(IP, "192.168.1.23"), m(MAC, "3c-22-fb-91-0d-7e"), m(IP, "192.168.1.41")))

add("misc", "en", False, t("""Ticket #44120 — VPN drops every 10 min
User: § (§)
Laptop: HP EliteBook, Wi-Fi MAC §, assigned IP § via DHCP, IPv6 §
VPN subnet 10.8.0.0/24, DNS 1.1.1.1""", m(N, "Ruth Adeyemi"), m(E, "ruth.adeyemi@hoppa.io"), m(MAC, "F0:9F:C2:7A:1B:33"), m(IP, "10.8.0.57"), m(IP, "2a02:8108:1a40:3e00:5d1c:9f2e:1b4a:7c21")))

add("misc", "en", False, t("""git remote -v
origin  § (fetch)
origin  § (push)
upstream  git@github.com:hoppa/web.git (fetch)""", m(U, "https://ci-bot:" + rs(20) + "@git.hoppa.io/web/frontend.git"), m(U, "https://ci-bot:" + rs(20) + "@git.hoppa.io/web/frontend.git")))

add("misc", "en", False, t("""FTP mirror config
mirror.primary = §
mirror.fallback = https://mirror.example.org/pub/   # anonymous""", m(U, "ftp://mirror:Fr33-M1rror@ftp.hoppa-files.net/pub/releases/")))

add("misc", "es", False, t("""Datos del paciente
Nombre: §
Fecha de nacimiento: §
Teléfono: §
Correo: §
Nº de historia clínica: HC-0088412 (no compartir)""", m(N, "Adriana Salazar Vega"), m(D, "7 de agosto de 1983"), m(P, "+34 612 48 19 37"), m(E, "adri.salazar83@yahoo.es")))

add("misc", "it", False, t("""Ciao §, ecco l'IBAN per la quota del regalo: § (intestato a §). Grazie! §""", m(N, "Vale"), m(I, iban("IT", "Y0306909606100000063417")), m(N, "Martina Conti"), m(N, "Marti")))

add("misc", "nl", False, t("""Beste §,
Je kunt de borg overmaken naar § t.n.v. §.
Bel me gerust op §.
Groet, §""", m(N, "Thijs"), m(I, iban("NL", "RABO0312845719")), m(N, "M. Jansen"), m(P, "06 41 82 77 19"), m(N, "Marloes")))

add("misc", "pl", False, t("""Dane do przelewu: §, odbiorca: §, tytuł: „czynsz maj”. Tel. §""", m(I, iban("PL", "109010140000071219812874")), m(N, "Anna Wiśniewska"), m(P, "+48 512 884 019")))

add("misc", "en", False, t("""Birthday list 🎂
§ — §
§ — §
§ — §""", m(N, "Mum"), m(D, "12 Feb 1961"), m(N, "Josh"), m(D, "4 July 1994"), m(N, "Auntie Pam"), m(D, "30/11/1958")).replace(m(N, "Mum"), "Mum").replace(m(N, "Auntie Pam"), "Auntie " + m(N, "Pam")))

add("misc", "sv", False, t("""Anmälan: §, född §, e-post §, mobil §""", m(N, "Alva Nordström"), m(D, "1996-02-29"), m(E, "alva.nordstrom@telia.se"), m(P, "070-482 19 37")))

add("misc", "en", False, t("""<form action="/signup" method="post">
  <input name="full_name" value="§">
  <input name="email" value="§">
  <input name="phone" value="§">
  <input name="dob" type="date" value="§">
  <input name="csrf" type="hidden" value="5f2b8c9e1a4d7f3b">
</form>""", m(N, "Imogen Hart"), m(E, "imogen.hart@protonmail.com"), m(P, "+44 7911 123456"), m(D, "1999-10-05")))

add("misc", "en", False, t("""{"booking":"HX-55102","guest":{"first":"§","last":"§","email":"§","phone":"§"},"card":{"number":"§","exp":"08/27"},"room":"Deluxe King"}""", m(N, "Rafael"), m(N, "Moreno"), m(E, "rafa.moreno@icloud.com"), m(P, "+52 55 4821 9937"), m(C, card("4916"))))

add("misc", "pt", False, t("""Fatura nº 2024/0871 — Cliente: §, NIF §
Morada: §
Pagamento por cartão terminado em 4471.""", m(N, "Duarte Almeida"), m(ID, "241538763"), m(A, "Rua Augusta 112, 2.º Esq., 1100-053 Lisboa")))

add("misc", "en", False, t("""Hi,
My new address is § and my mobile is §. I'm also on §.
Thanks — §""", m(A, "Unit 7, 22 Harbour St, Pyrmont NSW 2009"), m(P, "0412 883 190"), m(E, "liam.t.nguyen@bigpond.com"), m(N, "Liam")))

add("misc", "de", False, t("""Von: §
Gesendet: Dienstag, 14. Mai 2024 10:12
An: bewerbung@hoppa.io
Betreff: Bewerbung Junior Data Analyst

Sehr geehrte Damen und Herren,
anbei meine Unterlagen. Sie erreichen mich unter §.
Mit freundlichen Grüßen
§
§""", m(E, "nele.hoffmann@web.de"), m(P, "0176 4821 9930"), m(N, "Nele Hoffmann"), m(A, "Gartenweg 3, 79098 Freiburg")))

add("misc", "en", False, t("""nginx access.log
§ - - [14/May/2024:11:02:17 +0000] "GET /account HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
§ - - [14/May/2024:11:02:19 +0000] "POST /account/avatar HTTP/1.1" 413 0 "-" "Mozilla/5.0"
127.0.0.1 - - [14/May/2024:11:02:20 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29\"""", m(IP, "92.40.173.18"), m(IP, "92.40.173.18")))

add("misc", "en", False, t("""Payment details (phone order)
Cardholder: §
Card: §
CVV: given verbally, not stored
Billing address: §""", m(N, "Harriet Osei"), m(C, card("6011", groups=[4, 4, 4, 4])), m(A, "19 Crescent Way, Leeds LS6 2QH")))

add("misc", "en", False, t("""Emergency contact form
Name: §
Relationship: sister
Mobile: §
E-mail: §
Date of birth (patient): §""", m(N, "Chloe Mensah"), m(P, "+1 647 555 0148"), m(E, "chloe.mensah@rogers.com"), m(D, "1979-04-30")))

add("misc", "fr", False, t("""Bonjour,
Je souhaite résilier mon abonnement. Mes coordonnées : §, §, tél. §, né le §.
Cordialement, §""", m(N, "Antoine Lefèvre"), m(A, "8 avenue Jean Jaurès, 31000 Toulouse"), m(P, "06 48 21 93 77"), m(D, "3 mars 1975"), m(N, "Antoine Lefèvre")))

add("misc", "en", False, t("""wireshark export
No.  Source              Destination       Protocol  Info
14   §       8.8.8.8           DNS       Standard query 0x1a2b A api.hoppa.io
15   8.8.8.8             §     DNS       Standard query response
22   §  ff02::1            ICMPv6    Router Advertisement from §""", m(IP, "192.168.0.104"), m(IP, "192.168.0.104"), m(IP, "fe80::1e2a:3bff:fe4c:5d6e"), m(MAC, "1c:2a:3b:4c:5d:6e")))

add("misc", "da", False, t("""Hej §,
Du kan overføre pengene til § (reg. og konto i samme bank). Ring på § hvis der er noget.
Hilsen §""", m(N, "Mads"), m(I, iban("DK", "30002284716593")), m(P, "+45 21 48 93 77"), m(N, "Frederikke")))

add("misc", "en", False, t("""Subject: W-9 info
Hi §, here's what you asked for: name §, SSN §, address §. Please shred the paper copy. — §""", m(N, "Karen"), m(N, "Luis Ortega"), m(S, "421 73 9186"), m(A, "5120 W Belmont Ave, Chicago, IL 60641"), m(N, "Luis")))

add("misc", "en", False, t("""proxy settings
HTTP_PROXY=§
NO_PROXY=localhost,127.0.0.1,.hoppa.internal""", m(U, "http://svc_proxy:Pr0xy-" + rs(8) + "@proxy.hoppa.internal:3128")))

add("misc", "es", False, t("""¡Hola §! Te paso mis datos para la transferencia: §, titular §. Mi móvil es el §. ¡Gracias!""", m(N, "Paula"), m(I, iban("ES", "01822370420208765432")), m(N, "Sergio Navarro Gil"), m(P, "655 48 21 93")))

add("misc", "en", False, t("""ARP table
? (§) at § [ether] on eth0
? (§) at § [ether] on eth0
? (192.168.10.255) at ff:ff:ff:ff:ff:ff [ether] on eth0""", m(IP, "192.168.10.14"), m(MAC, "b8:27:eb:4f:21:9a"), m(IP, "192.168.10.22"), m(MAC, "00:1e:c9:8a:44:f1")))

add("misc", "ro", False, t("""Bună §, contul meu este §, pe numele §. Mulțumesc! §""", m(N, "Ioana"), m(I, iban("RO", "RNCB0082044617490001")), m(N, "Mihai Stanciu"), m(N, "Mihai")))

add("misc", "en", False, t("""Reminder from § — our GP is §, surgery line is the main number but her direct line is §. My date of birth for the form is §.""", m(N, "Gran"), m(N, "Dr Shona McLeod"), m(P, "0131 496 0782"), m(D, "09/01/1948")).replace(m(N, "Gran"), "Gran").replace(m(N, "Dr Shona McLeod"), "Dr " + m(N, "Shona McLeod")))

add("misc", "cs", False, t("""Objednávka – doručovací údaje
Jméno: §
Ulice: §
PSČ: 602 00
Město: Brno
Telefon: §
E-mail: §""", m(N, "Ondřej Procházka"), m(A, "Údolní 567/33"), m(P, "+420 731 482 193"), m(E, "ondra.prochazka@seznam.cz")))
# ================================================================ OTHER TYPES (hard negatives)
add("misc", "en", True, """Payment received — thank you!
Card: Visa •••• •••• •••• 4471
Amount: €129.00
Transaction ID: 3b9e2f41-7c0a-4d58-9e6b-1f2a3c4d5e6f
Questions? billing@hoppa.io""")

add("misc", "en", True, """# Stripe test cards (from the docs)
4242 4242 4242 4242   Visa, succeeds
4000 0000 0000 0002   card declined
5555 5555 5555 4444   Mastercard
4111 1111 1111 1111   generic test Visa
Use any future expiry and any 3-digit CVC.""")

add("misc", "en", True, """IBAN format examples (from the ECBS documentation):
Germany  DE89 3704 0044 0532 0130 00
UK       GB29 NWBK 6016 1331 9268 19
Sort code 60-16-13, BIC NWBKGB2L. Always validate with mod-97 before saving.""")

add("misc", "en", True, """$ ip addr show
1: lo: <LOOPBACK,UP> mtu 65536
    inet 127.0.0.1/8 scope host lo
2: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500
    link/ether 00:00:00:00:00:00 brd ff:ff:ff:ff:ff:ff
    inet 172.17.0.0/16 scope global docker0
listening on 0.0.0.0:8080 and [::]:8080""")

add("misc", "en", True, """## Network setup (docs)
Assign the router 192.0.2.1 and the server 198.51.100.10; clients use 203.0.113.0/24.
Netmask 255.255.255.0, DNS 9.9.9.9 and 1.1.1.1. For IPv6 use 2001:db8::/32 in examples.""")

add("misc", "en", True, """Changelog
v10.4.2.1  — fixed Android 13.0.1 crash
v2.31.0    — requests upgraded to 2.31.0
Build 1.12.118.4 shipped to beta. Chrome 124.0.6367.91 and Firefox 125.0.3 tested.""")

add("misc", "en", True, """Contact us
General enquiries: info@hoppa.io
Support: support@hoppa.io (24/7)
Press: press@hoppa.io
Jobs: jobs@hoppa.io
Switchboard: +44 20 7946 0000 · Freephone 0800 123 4567""")

add("misc", "en", True, """If you are in danger call 911 (US), 999 (UK) or 112 (EU).
Samaritans: 116 123 · Poison control: 1-800-222-1222 · NHS non-emergency: 111""")

add("misc", "en", True, """Form W-4 instructions: enter your SSN in box 1 (for example 123-45-6789). Do not enter 000-00-0000.
The IRS will never ask for your PIN by phone.""")

add("misc", "en", True, """On this day: Albert Einstein was born on 14 March 1879 in Ulm; Ada Lovelace was born on 10 December 1815.
Our company was founded on 1 April 2009 and moved to Leeds on 3 May 2016.""")

add("misc", "en", True, """Invoice INV-2024-0871
Issue date: 14/05/2024
Due date: 13/06/2024
Delivery date: 10/05/2024
Contract start: 01.01.2023
Net 30. Late fee 2% per month.""")

add("misc", "de", True, """Veranstaltungen im Mai
Do, 16.05.1985 — Jubiläum: 39 Jahre Stadtbibliothek (gegründet am 16.05.1985)
Sa, 18.05.2024 — Flohmarkt im Hof
Unsere Öffnungszeiten: Mo–Fr 09:00–18:00""")

add("misc", "en", True, """Patient age: 42. Visit: 14 May 2024. Next appointment: 28 May 2024 10:30.
Referral received 2 May 2024. Record no. PT-00872.""")

add("misc", "en", True, """git clone git@github.com:hoppa/web.git
ssh deploy@build-07.hoppa.io
scp backup@nas01:/volume1/pg/shop.dump .
https://docs.hoppa.io/login?next=/dashboard&lang=en
https://user:password@example.com/ (template in README)""")

add("misc", "en", True, """OUI lookup
00:1A:11  Google, Inc.
3C:22:FB  Apple, Inc.
B8:27:EB  Raspberry Pi Foundation
Broadcast: FF:FF:FF:FF:FF:FF   Null: 00:00:00:00:00:00""")

add("misc", "en", True, """Please send your questions to noreply@hoppa.io — actually that mailbox isn't monitored, write to
helpdesk@hoppa.io or privacy@hoppa.io. For demos contact sales@hoppa.io.""")

add("misc", "fr", True, """Service client : 09 69 39 99 98 (appel non surtaxé), du lundi au vendredi de 8h à 20h.
Standard du siège : 01 23 45 67 89. Urgences : 15, 17, 18 ou 112.""")

add("misc", "de", True, """Beispiel für eine gültige IBAN: DE89 3704 0044 0532 0130 00 (Musterwert aus der Dokumentation).
BIC: COBADEFFXXX, Bankleitzahl 370 400 44.""")

add("misc", "en", True, """kubectl get pods -o wide
NAME                      READY   STATUS    IP           NODE
web-7d9f8c6b5-x2kq4       1/1     Running   <none>       node-a
worker-5c4b3a2d1-p9z8y    0/1     Pending   <none>       <none>
Service CIDR: 10.96.0.0/12, Pod CIDR: 10.244.0.0/16""")

add("misc", "en", True, """Card ending in 4471 was declined (code 05). Try another card or contact your bank.
Masked PAN on receipt: 5425 23** **** 0014. Last four: 0014.""")

add("misc", "es", True, """Horario de atención: lunes a viernes. Teléfono gratuito 900 100 200. Escríbenos a atencion@hoppa.es.
Oficina central en Madrid.""")

add("misc", "ja", True, """お問い合わせ：カスタマーセンター 0120-123-456（平日9:00〜18:00）
メール：support@hoppa.co.jp
本社：東京都渋谷区""")

add("misc", "en", True, """SELECT COUNT(*) AS users, country FROM users GROUP BY country ORDER BY users DESC;
 users | country
-------+---------
 48120 | DE
 31877 | PL
 12054 | SE
(3 rows)""")

add("misc", "en", True, """Lorem ipsum placeholders in the template:
Name: {{customer.name}}
Email: {{customer.email}}
Phone: {{customer.phone}}
Address: {{customer.address_line_1}}, {{customer.city}}""")

add("misc", "en", True, """## Rate limits
Requests are limited to 100/min per API key. The key is sent in the `X-API-Key` header; see
Settings → API Keys to create one. Keys start with `hp_live_` (production) or `hp_test_` (sandbox).""")

add("misc", "ko", True, """고객센터: 1588-1234 (평일 09:00~18:00)
이메일: help@hoppa.co.kr
본사: 서울특별시""")
# ================================================================ extra mixed shapes
add("secret", "en", False, t("""# ~/.pypirc
[distutils]
index-servers = pypi
[pypi]
username = __token__
password = §""", m(K, "pypi-AgEIcHlwaS5vcmc" + rs(60, ALNUM + "-_"))))

add("secret", "en", False, t("""$ vault login §
Success! You are now authenticated.
token_duration    767h59m
token_policies    ["default" "deploy"]""", m(K, "hvs." + rs(24))))

add("secret", "en", False, t("""Set-Cookie: session=§; Path=/; HttpOnly; Secure; SameSite=Lax
Set-Cookie: theme=dark; Path=/
X-Request-Id: 1f0c7e5a-92b4-4d6e-8a3f-5b7c9d1e2f30""", m(K, jwt('{"uid":91842,"role":"customer","exp":1715690000}'))))

add("secret", "en", False, t("""notify:
  discord_webhook: §
  mailgun_api_key: §
  mailgun_domain: mg.hoppa.io""", m(K, "https://discord.com/api/webhooks/" + digits(18) + "/" + rs(68, ALNUM + "-_")), m(K, "key-" + hexs(32))))

add("secret", "de", False, t("""[08:55] §: wie war nochmal das passwort vom drucker-admin?
[08:56] §: das Passwort lautet § – aber nur für heute, ich ändere es morgen
[08:56] §: danke!""", m(N, "nils"), m(N, "Petra Hahn"), m(K, "Kyocera#Buero7"), m(N, "nils")))

add("id", "vi", False, t("""Họ và tên: §
Số CCCD: §
Ngày sinh: §
Mã đơn hàng: DH-2024-051487""", m(N, "Trần Văn Nam"), m(ID, "001089" + digits(6)), m(D, "12/03/1989")))

add("id", "en", False, t("""Medicare enrollment — beneficiary
Name: §
Medicare Beneficiary Identifier (MBI): §
Plan ID: H1234-001 (plan, not person)""", m(N, "Dorothy Hale"), m(ID, "3KT9-RW2-HP48")))

add("secret", "en", True, """# .env (production) — values live in AWS Secrets Manager
DB_PASSWORD=arn:aws:secretsmanager:eu-central-1:123456789012:secret:prod/db-AbCdEf
STRIPE_SECRET_KEY=${ssm:/prod/stripe/secret_key}
SESSION_SECRET=********
SENTRY_DSN=https://public@sentry.io/1234""")

add("name", "en", True, """Coffee menu
Flat White · Cortado · Americano · Affogato
Seasonal: Pumpkin Spice Latte, Earl Grey Tea Latte, London Fog
Pastries: Chelsea Bun, Bakewell Tart, Victoria Sponge""")


if __name__ == "__main__":
    emit("tuning20q", cases)
