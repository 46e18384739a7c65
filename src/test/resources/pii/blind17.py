"""Blind corpus 17: hand-labelled multilingual documents, written without looking at the detector.

The cases are support tickets, e-mail threads, chat logs, CSV/SQL/JSON dumps, log lines,
config files, shell history, HTML, invoices, HR and medical forms, shipping labels, letters,
CVs, meeting notes and bank statements in 21 languages, plus hard negatives (texts without
personal data that look as if they had some).  Markup and writer come from labels.py; in the
source below a label is written [[X:value]] (X = N, E, P, C, I, S, IP, MAC, U, K, A, D, ID) and
turned into the ⟦TYPE|value⟧ markup by T(); ⁅name⁆ inserts a value computed by the generators
(card numbers, IBANs and national ids with their real check digits).

Labelling conventions
---------------------
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
import random
import re
import datetime

from labels import E, P, C, I, S, IP, MAC, U, K, N, A, D, ID, NL, m, luhn, iban_ok, emit

R = random.Random(171717)
CODES = {"N": N, "E": E, "P": P, "C": C, "I": I, "S": S, "IP": IP, "MAC": MAC, "U": U, "K": K,
         "A": A, "D": D, "ID": ID}
MARK = re.compile(r"\[\[(IP|MAC|ID|N|E|P|C|I|S|U|K|A|D):(.*?)\]\]", re.S)
VAR = re.compile("\u2045(\\w+)\u2046")
G = {}
cases = []


def T(s):
    s = VAR.sub(lambda mo: str(G[mo.group(1)]), s)
    for mo in MARK.finditer(s):
        v = mo.group(2)
        assert v and v == v.strip(), repr(v)
    out = MARK.sub(lambda mo: m(CODES[mo.group(1)], mo.group(2)), s)
    assert "\u2045" not in out and not re.search(r"\[\[(IP|MAC|ID|N|E|P|C|I|S|U|K|A|D):", out), out[:200]
    return out


def pos(kind, lang, text):
    t = T(text)
    assert "\u27e6" in t, text[:120]
    cases.append((kind, lang, False, t))


def neg(kind, lang, text):
    t = T(text)
    cases.append((kind, lang, True, t))


# ---------------------------------------------------------------- generators
def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(partial):
    for d in "0123456789":
        if luhn(partial + d):
            return partial + d
    raise AssertionError(partial)


def card(prefix, length):
    return luhn_complete(prefix + rd(length - len(prefix) - 1))


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    assert i == len(s), (s, sizes)
    return sep.join(out)


def iban(cc, bban):
    n = "".join(str(int(c, 36)) for c in bban + cc + "00")
    out = "%s%02d%s" % (cc, 98 - int(n) % 97, bban)
    assert iban_ok(out)
    return out


def ib4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def it_check(s):
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += ODD[v] if i % 2 == 0 else v
    return chr(65 + tot % 26)


def iban_it():
    abi, cab, acc = rd(5), rd(5), rd(12)
    return iban("IT", it_check(abi + cab + acc) + abi + cab + acc)


def iban_fr():
    bank, branch, acc = "3000" + rd(1), rd(5), rd(11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97
    return iban("FR", bank + branch + acc + "%02d" % key)


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


def iban_es():
    bank, branch, acc = R.choice(["2100", "0049", "0182", "2085", "0081"]), rd(4), rd(10)
    return iban("ES", bank + branch + "%d%d" % (es_dc("00" + bank + branch), es_dc(acc)) + acc)


def iban_be():
    first = rd(10)
    c = int(first) % 97 or 97
    return iban("BE", first + "%02d" % c)


def iban_no():
    while True:
        first = rd(10)
        c = 11 - sum(int(a) * b for a, b in zip(first, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if c == 11:
            c = 0
        if c < 10:
            return iban("NO", first + str(c))


def iban_simple(cc):
    bb = {
        "DE": lambda: R.choice(["10010010", "37040044", "50010517", "76026000", "20041133"]) + rd(10),
        "AT": lambda: R.choice(["20111", "12000", "32000"]) + rd(11),
        "CH": lambda: R.choice(["00762", "00230", "08390"]) + rd(12),
        "NL": lambda: R.choice(["INGB", "RABO", "ABNA", "TRIO", "SNSB"]) + rd(10),
        "PL": lambda: R.choice(["10202498", "11402004", "10501445", "24901044"]) + rd(16),
        "SE": lambda: R.choice(["500", "600", "800", "300"]) + rd(17),
        "DK": lambda: R.choice(["3000", "5301", "9570"]) + rd(10),
        "FI": lambda: R.choice(["123456", "405520", "800012"]) + rd(8),
        "TR": lambda: R.choice(["00010", "00062", "00046", "00064"]) + "0" + rd(16),
        "RO": lambda: R.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16)),
        "CZ": lambda: R.choice(["0800", "0100", "0300", "2010"]) + "000000" + rd(10),
        "HU": lambda: R.choice(["117", "109", "120"]) + rd(21),
        "PT": lambda: R.choice(["0035", "0033", "0007"]) + rd(17),
        "GB": lambda: R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MONZ"]) + rd(14),
        "IE": lambda: R.choice(["AIBK", "BOFI"]) + rd(14),
        "GR": lambda: R.choice(["011", "017", "026"]) + rd(4) + rd(16),
        "BR": lambda: R.choice(["00360305", "60701190", "00000000"]) + rd(5) + rd(10) + "C1",
    }
    return iban(cc, bb[cc]())


# ---- national ids
def de_steuer_id():
    while True:
        ds = R.sample("0123456789", 9)
        if ds[0] == "0":
            continue
        ds.insert(R.randint(2, 9), R.choice(ds[1:]))
        s = "".join(ds)
        if s[0] == "0":
            continue
        prod = 10
        for ch in s:
            sm = (int(ch) + prod) % 10 or 10
            prod = (sm * 2) % 11
        c = 11 - prod
        return s + str(0 if c == 10 else c)


def de_kvnr():
    L = R.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
    body = rd(8)
    v = "%02d" % (ord(L) - 64) + body
    tot = 0
    for i, ch in enumerate(v):
        x = int(ch) * (1 if i % 2 == 0 else 2)
        tot += x // 10 + x % 10
    return L + body + str(tot % 10)


def at_svnr(d, mth, y):
    while True:
        s3 = "%03d" % R.randint(100, 999)
        dob = "%02d%02d%02d" % (d, mth, y % 100)
        w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
        c = sum(int(a) * b for a, b in zip(s3 + dob, w)) % 11
        if c < 10:
            return s3 + str(c) + " " + dob


def ch_ahv():
    s = "756" + rd(9)
    tot = sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(s))
    s += str((10 - tot % 10) % 10)
    return "%s.%s.%s.%s" % (s[:3], s[3:7], s[7:11], s[11:])


def nl_bsn():
    while True:
        d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        c = sum(x * w for x, w in zip(d, range(9, 1, -1))) % 11
        if c < 10:
            return "".join(map(str, d)) + str(c)


def be_nn(y, mth, d, female):
    cnt = R.randint(1, 997)
    if (cnt % 2 == 0) != female:
        cnt += 1
    base = "%02d%02d%02d%03d" % (y % 100, mth, d, cnt)
    c = 97 - int(("2" if y >= 2000 else "") + base) % 97
    return "%s.%s.%s-%s.%02d" % (base[:2], base[2:4], base[4:6], base[6:9], c)


def pl_pesel(y, mth, d, female):
    s = "%02d%02d%02d" % (y % 100, mth + (20 if y >= 2000 else 0), d) + rd(3) + R.choice("02468" if female else "13579")
    c = (10 - sum(int(a) * b for a, b in zip(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10
    return s + str(c)


def pl_idcard():
    letters = "".join(R.choice("ABCDEFGHIJKLMNPRSTUVWXYZ") for _ in range(3))
    digs = rd(5)
    vals = [ord(c) - 55 for c in letters] + [int(c) for c in digs]
    c = sum(v * x for v, x in zip(vals, [7, 3, 1, 7, 3, 1, 7, 3])) % 10
    return letters + str(c) + digs


def se_pnr(y, mth, d, female, sep="-"):
    base = "%02d%02d%02d" % (y % 100, mth, d) + rd(2) + R.choice("02468" if female else "13579")
    full = luhn_complete(base)
    return full[:6] + sep + full[6:]


def no_fnr(y, mth, d, female):
    while True:
        ind = R.randint(0, 499) if y < 2000 else R.randint(500, 999)
        if (ind % 2 == 0) != female:
            continue
        s = "%02d%02d%02d%03d" % (d, mth, y % 100, ind)
        k1 = 11 - sum(int(a) * b for a, b in zip(s, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        s += str(k1)
        k2 = 11 - sum(int(a) * b for a, b in zip(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return s + str(k2)


def dk_cpr(y, mth, d, female):
    while True:
        s = "%02d%02d%02d" % (d, mth, y % 100) + rd(3)
        last = (-sum(int(a) * b for a, b in zip(s, [4, 3, 2, 7, 6, 5, 4, 3, 2]))) % 11
        if last < 10 and (last % 2 == 0) == female:
            return s[:6] + "-" + s[6:] + str(last)


def fi_hetu(y, mth, d, female):
    n = R.randint(2, 898)
    if (n % 2 == 0) != female:
        n += 1
    num = int("%02d%02d%02d%03d" % (d, mth, y % 100, n))
    return "%02d%02d%02d%s%03d%s" % (d, mth, y % 100, "-" if y < 2000 else "A", n,
                                     "0123456789ABCDEFHJKLMNPRSTUVWXY"[num % 31])


def tr_tckn():
    d = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def ro_cnp(y, mth, d, female, county):
    s = (("2" if female else "1") if y < 2000 else ("6" if female else "5")) + \
        "%02d%02d%02d%02d%03d" % (y % 100, mth, d, county, R.randint(1, 999))
    c = sum(int(a) * int(b) for a, b in zip(s, "279146358279")) % 11
    return s + ("1" if c == 10 else str(c))


def cz_rc(y, mth, d, female):
    mm = mth + (50 if female else 0)
    while True:
        base = int("%02d%02d%02d%03d" % (y % 100, mm, d, R.randint(0, 999)))
        c = base % 11
        if c < 10:
            return "%02d%02d%02d/%03d%d" % (y % 100, mm, d, base % 1000, c)


def hu_taj():
    s = rd(8)
    c = sum(int(ch) * (3 if i % 2 == 0 else 7) for i, ch in enumerate(s)) % 10
    s += str(c)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def hu_adoazon(y, mth, d):
    days = (datetime.date(y, mth, d) - datetime.date(1867, 1, 1)).days
    while True:
        s = "8%05d" % days + rd(3)
        c = sum(int(ch) * (i + 1) for i, ch in enumerate(s)) % 11
        if c < 10:
            return s + str(c)


ES_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni():
    n = R.randint(10000000, 79999999)
    return "%08d%s" % (n, ES_L[n % 23])


def es_nie():
    p = R.choice("XY")
    n = R.randint(1000000, 9999999)
    return "%s%07d%s" % (p, n, ES_L[int(str("XYZ".index(p)) + "%07d" % n) % 23])


def es_nss():
    prov, num = R.choice([28, 8, 41, 46, 29]), R.randint(10000000, 99999999)
    return "%02d/%08d/%02d" % (prov, num, int("%02d%08d" % (prov, num)) % 97)


def it_cf(surname, name, y, mth, d, female, comune):
    def part(s, is_name):
        s = re.sub("[^A-Z]", "", s.upper())
        cons = [c for c in s if c not in "AEIOU"]
        vow = [c for c in s if c in "AEIOU"]
        if is_name and len(cons) >= 4:
            cons = [cons[0], cons[2], cons[3]]
        return ("".join(cons + vow) + "XXX")[:3]
    s = part(surname, False) + part(name, True) + "%02d" % (y % 100) + "ABCDEHLMPRST"[mth - 1] + \
        "%02d" % (d + (40 if female else 0)) + comune
    return s + it_check(s)


def fr_nir(female, y, mth, dept, commune):
    s = ("2" if female else "1") + "%02d%02d" % (y % 100, mth) + dept + "%03d" % commune + "%03d" % R.randint(1, 999)
    key = 97 - int(s) % 97
    return "%s %s %s %s %s %s %02d" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], key)


def br_cpf():
    d = [R.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        r = sum(x * w for x, w in zip(d, range(n, 1, -1))) * 10 % 11
        d.append(0 if r == 10 else r)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def br_rg_sp():
    s = rd(8)
    r = sum(int(a) * b for a, b in zip(s, range(2, 10))) % 11
    c = 11 - r
    c = "X" if c == 10 else ("0" if c == 11 else str(c))
    return "%s.%s.%s-%s" % (s[:2], s[2:5], s[5:8], c)


def gr_amka(y, mth, d):
    return luhn_complete("%02d%02d%02d" % (d, mth, y % 100) + rd(4))


def gr_afm():
    while True:
        s = R.choice("01") + rd(7)
        c = sum(int(ch) * 2 ** (8 - i) for i, ch in enumerate(s)) % 11 % 10
        return s + str(c)


def uk_nhs():
    while True:
        s = rd(9)
        c = 11 - sum(int(a) * b for a, b in zip(s, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c < 10 and s[0] != "0":
            s += str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def ca_sin():
    s = luhn_complete(R.choice("1234567") + rd(7))
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def au_tfn():
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        s = rd(8)
        for last in "0123456789":
            if sum(int(a) * b for a, b in zip(s + last, w)) % 11 == 0 and s[0] != "0":
                t = s + last
                return "%s %s %s" % (t[:3], t[3:6], t[6:])


def ie_ppsn():
    s = rd(7)
    r = sum(int(a) * b for a, b in zip(s, range(8, 1, -1))) % 23
    return s + "WABCDEFGHIJKLMNOPQRSTUV"[r]


def sg_nric(prefix="S"):
    s = rd(7)
    tot = sum(int(a) * b for a, b in zip(s, [2, 7, 6, 5, 4, 3, 2])) + (4 if prefix == "T" else 0)
    return prefix + s + "JZIHGFEDCBA"[tot % 11]


def cn_id(region, y, mth, d):
    s = region + "%04d%02d%02d" % (y, mth, d) + rd(3)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return s + "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11]


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def alnum(n, alphabet="ABCDEFGHJKLMNPRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def tok(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def macaddr(sep=":", upper=False):
    b = ["%02x" % R.randint(0, 255) for _ in range(6)]
    b[0] = "%02x" % (int(b[0], 16) & 0xFC)
    s = sep.join(b)
    return s.upper() if upper else s


def au_medicare():
    s = R.choice("23456") + rd(7)
    c = sum(int(a) * b for a, b in zip(s, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    return "%s %s%d %d" % (s[:4], s[4:], c, R.randint(1, 5))


def de_rvnr(area, d, mth, y, initial, female):
    serial = R.randint(50, 99) if female else R.randint(0, 49)
    body = "%02d%02d%02d%02d" % (area, d, mth, y % 100)
    digits = body + "%02d" % (ord(initial) - 64) + "%02d" % serial
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    tot = sum((int(a) * b) // 10 + (int(a) * b) % 10 for a, b in zip(digits, w))
    return "%s %s %s%02d %d" % (body[:2], body[2:], initial, serial, tot % 10)


def mx_curp(prefix16):
    alpha = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"
    s = prefix16 + R.choice("0123456789")
    tot = sum(alpha.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10)


def ar_cuil(dni, female):
    pre = "27" if female else "20"
    while True:
        s = pre + "%08d" % dni
        r = 11 - sum(int(a) * b for a, b in zip(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        if r == 11:
            r = 0
        if r == 10:
            pre = "23"
            continue
        return "%s-%08d-%d" % (pre, dni, r)


def br_pis():
    while True:
        s = "1" + rd(9)
        r = 11 - sum(int(a) * b for a, b in zip(s, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
        c = 0 if r >= 10 else r
        return "%s.%s.%s-%d" % (s[:3], s[3:8], s[8:10], c)


def br_cns():
    while True:
        s = R.choice("789") + rd(13)
        tot = sum(int(a) * (15 - i) for i, a in enumerate(s))
        last = (-tot) % 11
        if last < 10:
            t = s + str(last)
            return "%s %s %s %s" % (t[:3], t[3:7], t[7:11], t[11:])


# ====================================================================== English, with personal data
G["c_en1"] = grp(card("4", 16), [4, 4, 4, 4])
pos("ticket", "en", """Ticket #48213 - Billing / charged twice
Opened: 2024-03-11 09:42 UTC   Channel: web form   Priority: P2

Customer: [[N:Deborah Okafor-Hughes]]
Email: [[E:deb.okaforhughes@gmail.com]]
Phone: [[P:(614) 829-3307]]
Shipping address:
  [[A:4471 Glenmont Ave, Apt 3C]]
  [[A:Columbus, OH 43214]]
  United States

Message:
Hi, I was charged twice for order 1102-88342 ($84.97 each). I paid with my Visa
[[C:⁅c_en1⁆]] and both charges show as posted. Please refund one of them.
Thanks, [[N:Deb]]

--- Agent note ([[N:Marcus Lindqvist]], Tier 1): duplicate capture confirmed in gateway, refund
queued. Full card number still visible in the ticket body - flagged for redaction.""")

G["ssn_en1"] = ssn()
pos("email", "en", """From: [[N:Priya Raghunathan]] <[[E:priya.r@hollisterfreight.com]]>
To: People Ops <people-ops@hollisterfreight.com>
Subject: Re: New hire paperwork - [[N:Tomás Echeverría]]
Date: Tue, 4 Jun 2024 16:05:11 -0400

Hi team,

[[N:Tomás]] starts on the 17th. He sent his details by reply, pasting them here so you can
finish the I-9 and payroll set-up:

  Legal name:     [[N:Tomás Andrés Echeverría Villalobos]]
  Date of birth:  [[D:08/22/1991]]
  SSN:            [[S:⁅ssn_en1⁆]]
  Home address:   [[A:2209 N Kedzie Blvd, Unit 2, Chicago, IL 60647]]
  Mobile:         [[P:+1 773-394-0148]]

Please delete this e-mail once the data is in Workday.

[[N:Priya]]
--
[[N:Priya Raghunathan]] | Senior Recruiter | Hollister Freight, Chicago
Direct: [[P:+1 (312) 940-2276]]""")

G["pgurl_en"] = "postgres://reporting:" + tok(14) + "@10.20.4.17:5432/analytics"
pos("chat", "en", """#data-eng  (Slack export, 2024-05-02)
[09:14] [[N:kwame asante]]: anyone know why the nightly export failed?
[09:15] [[N:lucia ferraro]]: @kwame.a yeah the reporting user got rotated. new creds below, don't paste them anywhere else pls
[09:15] [[N:lucia ferraro]]: [[U:⁅pgurl_en⁆]]
[09:16] [[N:kwame asante]]: thx. also @dmitri can you whitelist my vpn ip [[IP:10.8.0.54]]?
[09:21] [[N:Dmitri Volkov]]: done, added to sg-analytics
[09:22] [[N:kwame asante]]: 🙏 ty [[N:dmitri]]""")

names_en = ["Hannah Whitfield", "Oluwaseun Adebayo", "Mei-Ling Zhou", "Rafael Quintero", "Siobhán Ní Bhriain",
            "Arjun Mehta", "Katarzyna Nowicka", "Jamal Washington", "Elif Demirci", "Connor MacAllister"]
rows = ["customer_id,full_name,email,phone,card_number,card_exp"]
for i, nm in enumerate(names_en[:7]):
    first, last = nm.split()[0].lower(), nm.split()[-1].lower()
    mail = R.choice(["%s.%s@gmail.com", "%s%s@outlook.com", "%s_%s@yahoo.com", "%s.%s@icloud.com"]) % (
        first.replace("á", "a").replace("ó", "o").replace("í", "i"), last.replace("í", "i"))
    ph = "+1 %s-%03d-%04d" % (R.choice(["212", "305", "415", "503", "617", "702", "786", "919", "206", "470"]), R.randint(200, 999), R.randint(0, 9999))
    cn = card(R.choice(["4", "51", "53", "55", "2221", "6011"]), 16)
    rows.append("C%05d,[[N:%s]],[[E:%s]],[[P:%s]],[[C:%s]],%02d/%02d" % (
        R.randint(10000, 99999), nm, mail, ph, cn, R.randint(1, 12), R.randint(25, 29)))
pos("csv", "en", "\n".join(rows))

G["ip_en_sql"] = "%d.%d.%d.%d" % (73, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
pos("sql", "en", """-- mysqldump 8.0.36, table `members`
INSERT INTO `members` (`id`,`first_name`,`last_name`,`email`,`dob`,`signup_ip`,`created_at`) VALUES
(1041,'[[N:Grace]]','[[N:Adeyemi]]','[[E:grace.adeyemi@protonmail.com]]','[[D:1987-11-30]]','[[IP:⁅ip_en_sql⁆]]','2023-01-14 08:22:10'),
(1042,'[[N:Wilhelmina]]','[[N:Van Rensburg]]','[[E:willa.vr@mweb.co.za]]','[[D:1979-02-03]]','[[IP:196.21.87.140]]','2023-01-14 09:01:55'),
(1043,'[[N:Sung-min]]','[[N:Park]]','[[E:sungmin.park88@naver.com]]','[[D:1988-07-19]]','[[IP:2001:e60:8a12:44f0:1d3c:9a7e:2b11:6c05]]','2023-01-15 22:40:31'),
(1044,'[[N:Ahmed]]','[[N:El-Sayed]]','[[E:a.elsayed@hotmail.co.uk]]','[[D:2001-05-08]]','[[IP:86.142.19.211]]','2023-01-16 11:17:02');""")

pos("json", "en", """{
  "id": "usr_7Qm2xk",
  "profile": {
    "displayName": "[[N:Isabella Rossi-Carter]]",
    "email": "[[E:bella.rossicarter@gmail.com]]",
    "phone": "[[P:+44 7723 419 806]]",
    "birthDate": "[[D:1994-09-12]]",
    "address": {
      "line1": "[[A:Flat 5, 17 Wellington Crescent]]",
      "city": "Brighton",
      "postcode": "BN1 6JR",
      "country": "GB"
    }
  },
  "marketingOptIn": false,
  "createdAt": "2022-11-08T14:03:55Z",
  "lastLoginIp": "[[IP:81.103.77.209]]"
}""")

G["key_en_log"] = tok(32, "0123456789abcdef")
pos("log", "en", """[[IP:88.217.143.6]] - - [12/Feb/2024:10:21:44 +0000] "GET /api/v2/reports?from=2024-01-01&api_key=[[K:⁅key_en_log⁆]] HTTP/1.1" 200 18233 "-" "python-requests/2.31.0"
[[IP:192.168.40.23]] - - [12/Feb/2024:10:21:47 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"
[[IP:2a02:8108:1c3:4e00:9d1f:3b2a:77c1:e05f]] - - [12/Feb/2024:10:22:03 +0000] "POST /login HTTP/2.0" 302 0 "https://portal.kestrelhealth.io/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X)"
127.0.0.1 - - [12/Feb/2024:10:22:05 +0000] "GET /metrics HTTP/1.1" 200 5120 "-" "Prometheus/2.49.1\"""")

G["aws_id1"] = "AKIA" + alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
G["aws_sec1"] = tok(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
G["stripe1"] = "sk_live_51" + tok(22) + tok(24)
G["sg1"] = "SG." + tok(22) + "." + tok(43)
G["djsecret"] = tok(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)")
pos("config", "en", """# .env  -- production (DO NOT COMMIT)
APP_ENV=production
APP_URL=https://shop.brambleandoak.co
DJANGO_SECRET_KEY='[[K:⁅djsecret⁆]]'
DATABASE_HOST=db-prod.internal
DATABASE_USER=bramble
DATABASE_PASSWORD=[[K:tr0mb0ne-Maple-71!]]
AWS_ACCESS_KEY_ID=[[K:⁅aws_id1⁆]]
AWS_SECRET_ACCESS_KEY=[[K:⁅aws_sec1⁆]]
AWS_REGION=eu-west-2
STRIPE_SECRET_KEY=[[K:⁅stripe1⁆]]
SENDGRID_API_KEY=[[K:⁅sg1⁆]]
SUPPORT_INBOX=support@brambleandoak.co
LOG_LEVEL=info""")

G["ghp1"] = "ghp_" + tok(36)
G["pw_curl"] = "svc-deploy:" + tok(12) + "#9"
pos("shell", "en", """  501  cd ~/work/infra
  502  git pull
  503  export GITHUB_TOKEN=[[K:⁅ghp1⁆]]
  504  curl -s -u [[K:⁅pw_curl⁆]] https://jenkins.corp.lan/job/deploy/buildWithParameters?ENV=stg
  505  ssh ubuntu@[[IP:172.31.18.240]]
  506  mysql -h 127.0.0.1 -u root -p'[[K:Rh1n0-Dust-44]]' inventory < dump.sql
  507  git clone [[U:https://oauth2:glpat-Wq7vK2mZr9TfXb3nY5sD@gitlab.corp.lan/platform/terraform.git]]
  508  history | grep token""")

pos("html", "en", """<!DOCTYPE html>
<html lang="en"><head><title>About me</title></head>
<body>
  <h1>Hi, I'm [[N:Josephine Achterberg]]</h1>
  <p>I'm a freelance illustrator based in Leeds. I draw maps, menus and the occasional wedding invite.</p>
  <ul class="contact">
    <li>Email: <a href="mailto:[[E:jo@joachterberg.art]]">[[E:jo@joachterberg.art]]</a></li>
    <li>Phone / WhatsApp: <a href="tel:+447911304552">[[P:07911 304552]]</a></li>
    <li>Studio visits by appointment: [[A:Unit 12, Sunny Bank Mills, Farsley, Leeds LS28 5UJ]]</li>
  </ul>
  <footer>&copy; 2024 Inkwell Maps</footer>
</body></html>""")

G["gb_iban1"] = ib4(iban_simple("GB"))
pos("invoice", "en", """INVOICE  INV-2024-0391                        Date: 28 March 2024
Greenway Solar Installations Ltd, Norwich    VAT reg. GB 284 7715 90

Bill to:
Mr [[N:Alastair Pennington]]
[[A:The Old Forge]]
[[A:3 Church Lane]]
[[A:Little Snoring]]
[[A:Fakenham]]
[[A:NR21 0JW]]

Description                                   Qty    Unit      Total
6.4 kWp PV array incl. scaffolding              1    7,850.00  7,850.00
Battery 10 kWh                                   1    4,200.00  4,200.00
                                             Subtotal         12,050.00
                                             VAT 0%                0.00
                                             TOTAL GBP        12,050.00

Payment: by direct debit from [[I:⁅gb_iban1⁆]] (mandate ref GSI-0391) on or after 12 April 2024.""")

G["nino1"] = "JR 61 27 84 C"
G["gb_iban2"] = iban_simple("GB")
pos("hr", "en", """EMPLOYEE DETAILS FORM (UK)                    HR ref: E-20931
---------------------------------------------------------------
Surname:            [[N:Mbeki-Fraser]]
Forename(s):        [[N:Nomvula Grace]]
Date of birth:      [[D:14/02/1990]]
NI number:          [[ID:⁅nino1⁆]]
Home address:       [[A:42 Argyle Street]]
                    [[A:Glasgow]]
                    [[A:G3 8UE]]
Mobile:             [[P:07802 661 394]]
Personal email:     [[E:nomvula.mf@gmail.com]]
Bank (salary):      [[I:⁅gb_iban2⁆]]
Emergency contact:  [[N:Callum Fraser]] (husband)  [[P:07802 118 450]]
Start date:         01/07/2024      Contract: permanent, 37.5 h
---------------------------------------------------------------
Signed: [[N:N. Mbeki-Fraser]]              Date: 19/06/2024""")

G["nhs1"] = uk_nhs()
pos("medical", "en", """NEW PATIENT REGISTRATION - Riverside Medical Practice
Patient name: [[N:Eleanor Jane Whitcombe]]        Sex: F
DOB: [[D:3 Sept 1958]]                             NHS no: [[ID:⁅nhs1⁆]]
Address: [[A:19 Beech Grove, Harrogate HG2 0ER]]
Tel (home): [[P:01423 506 712]]   Mobile: [[P:07766 402 951]]
Previous GP: Dr [[N:Rahman]], Bilton Surgery
Next of kin: [[N:Peter Whitcombe]] (son) - [[P:07931 270 338]]
Allergies: penicillin (rash), elastoplast
Current medication: amlodipine 5 mg od, atorvastatin 20 mg on
Smoker: ex (stopped 2004)   Alcohol: ~6 units/week
Registered by: [[N:K. Osei]] (reception), 14/05/2024""")

pos("shipping", "en", """FROM: Northwind Outdoor Co. (returns centre), Reno NV
SHIP TO:
[[N:DANIELA VÁSQUEZ-MORROW]]
[[A:1187 SW MARIGOLD TER APT 210]]
[[A:PORTLAND OR 97219-4402]]
[[P:(503) 284-7719]]

USPS PRIORITY MAIL 2-DAY   Wt 3 lb 4 oz   Ref: RMA-55102
TRACKING #: 9405 5112 0620 6891 4473 28""")

pos("legal", "en", """Carrow & Baines Solicitors, Manchester
Our ref: TB/LL/22-1187     Your ref: -
                                                         21 November 2023
Ms [[N:Leanne Louise Tuckett]]
[[A:Flat 2B, Regent Court]]
[[A:118 Stockport Road]]
[[A:Manchester]]
[[A:M19 3AB]]

Dear Ms [[N:Tuckett]],

Re: Tenancy deposit - [[A:Flat 2B, Regent Court, 118 Stockport Road, Manchester M19 3AB]]

We act for your former landlord, Mr [[N:Gareth Ibbotson]]. Our client disputes the return of the
deposit of £1,150 on the grounds set out in the enclosed schedule. We invite you to contact the
writer on [[P:0161 832 4417 ext. 214]] or at [[E:t.baines@carrowbaines.co.uk]] within 14 days.

Yours sincerely,

[[N:Thomas Baines]]
Partner""")

pos("cv", "en", """CURRICULUM VITAE

[[N:Oluwadamilare Afolabi]]
[[A:27 Harcourt Road, Wallington SM6 8BA]] | [[P:+44 7454 903 126]] | [[E:dami.afolabi@outlook.com]]
Date of birth: [[D:2 January 1996]]   Nationality: British / Nigerian
linkedin.com/in/dami-afolabi

PROFILE
Data analyst with five years in retail banking, fluent in SQL, Python and Tableau.

EXPERIENCE
2021-present  Analyst, Monzo Bank, London
2019-2021     Junior Analyst, Sainsbury's, London

EDUCATION
2015-2019     BSc Mathematics (2:1), University of Kent

REFERENCES
[[N:Claire Hetherington]], Head of Analytics - [[E:claire.hetherington@monzo.com]]""")

pos("meeting", "en", """Weekly sync - Facilities / Office move      Thu 7 Mar 2024, 10:00-10:40
Attendees: [[N:Rosa Delgado]], [[N:Ben Okonkwo]], [[N:Yuki Tanabe]], [[N:Fergus O'Donnell]] (notes)
Apologies: [[N:Anita Sharma]]

1. Movers: quote from Pickfords accepted (£14.2k). [[N:Ben]] to confirm date (Sat 23 Mar).
2. Keys: [[N:Rosa]] will hold the spare set at home over the weekend - her mobile [[P:07700 184 223]] is the
   contact for the building manager.
3. Network: new switch arrives Tue; [[N:Yuki]] to reserve [[IP:10.12.0.2]]-[[IP:10.12.0.9]] for printers.
4. AOB: [[N:Fergus]] leaves end of April - farewell drinks TBC.
Next meeting: Thu 14 Mar, same room.""")

G["gb_iban3"] = ib4(iban_simple("GB"))
pos("bank", "en", """STATEMENT OF ACCOUNT                     Period 01/04/2024 - 30/04/2024
Mr [[N:Daniel J. Hargreaves]]
[[A:14 Kingsley Road]]
[[A:Bristol]]
[[A:BS6 5AB]]
Account: Everyday Current    IBAN: [[I:⁅gb_iban3⁆]]   BIC: BARCGB22

Date   Description                              Paid out   Paid in    Balance
01 Apr Balance brought forward                                        1,204.55
02 Apr FASTER PMT FROM [[N:S HARGREAVES]] RENT SHARE               650.00   1,854.55
03 Apr DD BRISTOL CITY COUNCIL                   142.00              1,712.55
05 Apr CARD 8812 TESCO STORES 2287                 63.18              1,649.37
09 Apr FASTER PMT TO [[N:JAMES OYELARAN]] FIVE-A-SIDE  20.00             1,629.37
25 Apr BGC ACME ANALYTICS LTD SALARY                       2,840.00   4,469.37
30 Apr Balance carried forward                                        4,469.37""")

G["sin1"] = ca_sin()
pos("form", "en", """Form TD1-style onboarding - Province of Quebec branch
Employee: [[N:Geneviève Tremblay-Okoro]]
SIN: [[ID:⁅sin1⁆]]
Date of birth (YYYY-MM-DD): [[D:1985-10-27]]
Address: [[A:4517 rue Saint-Denis, app. 3, Montréal QC H2J 2L4]]
Phone: [[P:514-872-3390]]
Direct deposit: transit 00112, institution 004, account 5021-883 (see void cheque)""")

G["tfn1"] = au_tfn()
G["au_medicare"] = au_medicare()
pos("email", "en", """Subject: tax stuff for the accountant
From: [[E:lachie.mcgregor77@bigpond.com]]
To: [[E:ros@rosalindbookkeeping.com.au]]

G'day [[N:Ros]],

Details you asked for before lodging:
- TFN: [[ID:⁅tfn1⁆]]
- DOB [[D:19.06.1977]]
- new address since Feb: [[A:Unit 4/27 Smith Street, Fitzroy VIC 3065]]
- Medicare no. [[ID:⁅au_medicare⁆]]

Cheers,
[[N:Lachlan McGregor]]
[[P:0412 887 230]]""")

G["ppsn1"] = ie_ppsn()
pos("form", "en", """Application for Local Property Tax exemption (extract)
Applicant name: [[N:Seán Ó Briain]]
PPSN: [[ID:⁅ppsn1⁆]]
Date of birth: [[D:11/09/1949]]
Property address:
[[A:Cnoc na Gréine]]
[[A:Ballyvaughan]]
[[A:Co. Clare]]
[[A:H91 X2T4]]
Contact number: [[P:087 341 9920]]""")

G["pan1"] = "ABJPV" + rd(4) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
pos("form", "en", """KYC update - SBI Card (customer copy)
Name as per PAN: [[N:VENKATESH SUBRAMANIAM]]
PAN: [[ID:⁅pan1⁆]]
Date of birth: [[D:05-Aug-1982]]
Communication address:
[[A:Flat 302, Sai Residency, 14th Cross, Indiranagar 2nd Stage]]
[[A:Bengaluru 560038]]
Karnataka
Mobile: [[P:+91 98450 31627]]   Email: [[E:venkat.subramaniam82@rediffmail.com]]""")

G["nric1"] = sg_nric("S")
pos("ticket", "en", """[Zendesk #99120] Unable to update residential address
Requester: [[N:Tan Wei Ling]] <[[E:weiling.tan@singnet.com.sg]]>

Hi, I moved last month. New address is [[A:Blk 418 Ang Mo Kio Ave 10, #07-1163, Singapore 560418]].
My NRIC is [[ID:⁅nric1⁆]] if you need to verify. HP [[P:9127 4408]].

-- Internal --
Verified against MyInfo. Address updated by [[N:Hafiz]] 10:14.""")

G["cnid1"] = cn_id("310104", 1992, 4, 17)
G["ssn_en2"] = ssn()
pos("hr", "en", """Visa sponsorship checklist - candidate [[N:Zhang Yutong]]
 [x] Passport (PRC) no. [[ID:E⁅cn_pass⁆]]  exp. 2031-08-03
 [x] Resident ID card [[ID:⁅cnid1⁆]]
 [x] DOB [[D:17 April 1992]] (matches passport)
 [ ] US SSN - not yet issued (spouse [[N:Liu Haoran]] has [[S:⁅ssn_en2⁆]], not relevant)
 [x] Current address: [[A:Room 1602, No. 88 Lane 1200, Zhongshan West Road, Xuhui District, Shanghai 200030]]""".replace("⁅cn_pass⁆", rd(8)))

G["us_pass"] = rd(9)
G["ssn_en3"] = ssn().replace("-", " ")
pos("form", "en", """DS-82 (draft, not submitted) - renewal worksheet
1. Name: Last [[N:KOWALCZYK]]   First [[N:ANDREW]]   Middle [[N:PAUL]]
2. Date of birth: [[D:07/04/1973]]      Place of birth: Buffalo, NY
3. SSN: [[S:⁅ssn_en3⁆]]
4. Most recent passport book no.: [[ID:⁅us_pass⁆]]   issued 09/2014
5. Mailing address: [[A:PO Box 4471]]
                    [[A:Juneau, AK 99803]]
6. Phone: [[P:907-789-0316]]""")

G["uk_dl"] = "MORGA857145SJ9DK"
G["ca_dl"] = "D" + rd(7)
G["c_en2"] = card("37", 15)
pos("form", "en", """RENTAL AGREEMENT - Sunstate Car Hire, LAX branch        RA# 7731-0442
Renter:          [[N:Sarah Jane Morgan]]
Licence:         UK [[ID:⁅uk_dl⁆]]  (issued DVLA, exp 03/2031)
Additional drv:  [[N:Miguel Ángel Soto]] - CA DL [[ID:⁅ca_dl⁆]]
DOB (renter):    [[D:14 Jul 1985]]
Card on file:    AMEX [[C:⁅c_en2_f⁆]]
Local address:   [[A:2231 Hauser Blvd, Los Angeles, CA 90016]]
Mobile:          [[P:+44 7415 220 981]]
Pick-up 2024-08-02 10:30 / Return 2024-08-16 10:30, Ford Mustang conv. or similar""".replace("⁅c_en2_f⁆", grp(G["c_en2"], [4, 6, 5])))

G["jwt1"] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + tok(60, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "." + tok(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
pos("log", "en", """2024-04-19T07:55:12.448Z DEBUG http.client > POST /v1/claims HTTP/1.1
2024-04-19T07:55:12.448Z DEBUG http.client > Host: api.claims-hub.net
2024-04-19T07:55:12.448Z DEBUG http.client > Authorization: Bearer [[K:⁅jwt1⁆]]
2024-04-19T07:55:12.449Z DEBUG http.client > Content-Type: application/json
2024-04-19T07:55:12.449Z DEBUG http.client > {"claimant":"[[N:Ruth Abernathy]]","dob":"[[D:1966-03-09]]","policy":"HX-2207731"}
2024-04-19T07:55:12.702Z DEBUG http.client < HTTP/1.1 201 Created""")

G["pem1"] = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(tok(70, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(5)) + "\n" + tok(24) + "==\n-----END OPENSSH PRIVATE KEY-----"
pos("ticket", "en", """JIRA OPS-2291: Cannot SSH into build box
Reporter: [[N:Nikolai Petrov]]
Description:
Getting "Permission denied (publickey)" from bastion [[IP:10.40.1.5]]. Here is the key I'm using in case it's wrong:

⁅pem_marked⁆

Comment ([[N:Aisha Bello]]): [[N:Nikolai]], never paste private keys in tickets. Revoking it now, please generate a new one.""".replace("⁅pem_marked⁆", "[[K:" + G["pem1"] + "]]"))

G["k8s_pw"] = tok(16)
import base64
G["k8s_b64pw"] = base64.b64encode(G["k8s_pw"].encode()).decode()
G["k8s_b64user"] = base64.b64encode(b"orders_svc").decode()
pos("config", "en", """apiVersion: v1
kind: Secret
metadata:
  name: orders-db
  namespace: prod
type: Opaque
data:
  username: ⁅k8s_b64user⁆
  password: [[K:⁅k8s_b64pw⁆]]
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: orders-config
data:
  DB_HOST: "[[IP:10.96.44.12]]"
  DB_PORT: "5432\"""")

G["tf_secret"] = tok(3) + "8Q~" + tok(31, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")
G["az_key"] = tok(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="
pos("config", "en", """# terraform.tfvars (accidentally committed in 4c1e9a0)
subscription_id = "8f2b6c1e-3d7a-4f19-9e44-0a6c2d9b7e31"
tenant_id       = "c0ffee00-1b2c-4d5e-8f90-123456789abc"
client_id       = "5a7d3e21-9b88-4c02-a1f7-e6d45c3b2a10"
client_secret   = "[[K:⁅tf_secret⁆]]"
storage_conn    = "DefaultEndpointsProtocol=https;AccountName=stlogsprod01;AccountKey=[[K:⁅az_key⁆]];EndpointSuffix=core.windows.net"
admin_contact   = "[[E:h.varga@brightlane.eu]]\"""")

pos("email", "en", """From: "[[N:Mohammed Al-Rashid]]" <[[E:m.alrashid@gmail.com]]>
To: "[[N:Fatima Zahra Benali]]" <[[E:fz.benali@yahoo.fr]]>
Subject: Re: Re: apartment viewing

> On Mon, 8 Jul 2024 at 19:02, [[N:Fatima Zahra Benali]] <[[E:fz.benali@yahoo.fr]]> wrote:
> Could you send me the exact address and a number to call when I arrive?

Sure - it's [[A:88 Cromwell Road, Flat 11, London SW7 4EF]]. Ring [[P:07958 302 614]] when you are at the
door, the buzzer is broken. My brother [[N:Yusuf]] will let you in if I am late.

[[N:Mohammed]]""")

pos("chat", "en", """WhatsApp chat with Mum
[14/06/2024, 18:22] Mum: did u get the parcel
[14/06/2024, 18:40] [[N:Chloe]]: yes!! thank u 💕
[14/06/2024, 18:41] Mum: auntie [[N:bev]] wants ur new address for the wedding invite
[14/06/2024, 18:45] [[N:Chloe]]: [[A:Flat 6, 31 Ashgrove Road, Sheffield S10 3HX]]
[14/06/2024, 18:45] [[N:Chloe]]: and her number is still [[P:07831 440 927]]? I'll text her
[14/06/2024, 18:50] Mum: yes x""")

G["c_en3"] = card(R.choice(["51", "52", "53", "54", "55"]), 16)
pos("transcript", "en", """CALL TRANSCRIPT (auto, redaction FAILED)  queue: payments  agent: [[N:Thabo]]  2024-02-27 15:02
AGENT: Thanks for holding. Can I take the name on the card?
CALLER: It's [[N:Margaret Lockhart-Byrne]], L-O-C-K-H-A-R-T hyphen Byrne.
AGENT: And the long number please.
CALLER: [[C:⁅c_en3_spoken⁆]]
AGENT: Expiry?
CALLER: Oh-nine twenty-seven.
AGENT: And the first line of the billing address with postcode?
CALLER: [[A:22 Morningside Drive, EH10 5QT]]
AGENT: Lovely, that's gone through.""".replace("⁅c_en3_spoken⁆", grp(G["c_en3"], [4, 4, 4, 4])))

pos("log", "en", """Mar 03 22:14:07 gw01 dhcpd[1123]: DHCPDISCOVER from [[MAC:a4:83:e7:1c:5f:02]] (Annas-iPhone) via eth1
Mar 03 22:14:07 gw01 dhcpd[1123]: DHCPOFFER on [[IP:192.168.1.57]] to [[MAC:a4:83:e7:1c:5f:02]] (Annas-iPhone) via eth1
Mar 03 22:14:08 gw01 dhcpd[1123]: DHCPREQUEST for [[IP:192.168.1.57]] ([[IP:192.168.1.1]]) from [[MAC:a4:83:e7:1c:5f:02]] via eth1
Mar 03 22:14:08 gw01 dhcpd[1123]: DHCPACK on [[IP:192.168.1.57]] to [[MAC:a4:83:e7:1c:5f:02]] (Annas-iPhone) via eth1
Mar 03 22:31:50 gw01 dhcpd[1123]: DHCPACK on [[IP:192.168.1.64]] to [[MAC:3c:22:fb:7a:11:9e]] (DESKTOP-K8J2R1) via eth1""")

rows = ["hostname,owner,ip,mac,location"]
owners = ["Priscilla Nakamura", "Dev Malhotra", "Ines Carvalho", "Tobias Lindgren", "Amara Nwosu", "Jorge Ibáñez"]
for i, ow in enumerate(owners):
    ipx = "10.30.%d.%d" % (R.randint(1, 20), R.randint(2, 250))
    mc = macaddr("-", True) if i % 2 else macaddr(":")
    rows.append("LT-%04d,[[N:%s]],[[IP:%s]],[[MAC:%s]],%s" % (R.randint(1000, 9999), ow, ipx, mc, R.choice(["HQ-3F", "HQ-4F", "Remote", "Lab"])))
pos("csv", "en", "\n".join(rows))

pos("log", "en", """%SEC-6-IPACCESSLOGP: list 110 denied tcp [[IP:172.20.14.77]](51512) -> [[IP:10.0.5.20]](445), 1 packet
%SW_MATM-4-MACFLAP_NOTIF: Host [[MAC:0023.ab7f.11c2]] in vlan 30 is flapping between port Gi1/0/12 and port Gi1/0/14
%DOT1X-5-SUCCESS: Authentication successful for client ([[MAC:f8bc.1244.9e0a]]) on Interface Gi1/0/7 AuditSessionID 0A0A0A0B000001F3
%SEC-6-IPACCESSLOGP: list 110 permitted udp 0.0.0.0(68) -> 255.255.255.255(67), 3 packets""")

pos("code", "en", """commit 7d41c09e2b8f3a6d5c1e0f9a8b7c6d5e4f3a2b1c
Author: [[N:Beatriz Montenegro]] <[[E:bea.montenegro@fastmail.com]]>
Date:   Fri Jan 26 17:42:09 2024 +0100

    Add retry to uploader

    Co-authored-by: [[N:Kenji Watanabe]] <[[E:kenji.w@hey.com]]>

diff --git a/uploader/config.py b/uploader/config.py
-BUCKET_KEY = "[[K:⁅hmac1⁆]]"
+BUCKET_KEY = os.environ["BUCKET_KEY"]""".replace("⁅hmac1⁆", hexs(40)))

G["openai1"] = "sk-proj-" + tok(48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
pos("code", "en", """# quick test script - delete before pushing!!
import openai, requests

client = openai.OpenAI(api_key="[[K:⁅openai1⁆]]")
resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}])

# slack alert
requests.post("[[K:https://hooks.slack.com/services/T04R8KQ2M/B07GZ1X9A3C/⁅slackpath⁆]]", json={"text": "done"})""".replace("⁅slackpath⁆", tok(24)))

pos("email", "en", """Subject: Reset your password
From: Lumen Accounts <no-reply@lumenapp.io>
To: [[E:c.oyelowo@gmail.com]]

Hi [[N:Chidi]],

Someone (hopefully you) asked to reset the password for your Lumen account. The link below
works for 30 minutes:

https://lumenapp.io/account/reset?uid=88213&token=[[K:⁅reset_tok⁆]]

If you didn't ask for this, ignore this e-mail. Request came from [[IP:102.89.33.146]] (Lagos, NG).""".replace("⁅reset_tok⁆", tok(40, "abcdefghijklmnopqrstuvwxyz0123456789")))

pos("form", "en", """SCHOOL ENROLMENT 2024/25 - Year 3
Child's full name: [[N:Amelia Rose Kaczmarek]]     Date of birth: [[D:29/11/2016]]
Parent/carer 1: [[N:Joanna Kaczmarek]]   Mobile: [[P:07462 118 305]]   Email: [[E:joanna.kaczmarek@wp.pl]]
Parent/carer 2: [[N:Liam O'Sullivan]]    Mobile: [[P:07588 930 447]]
Home address: [[A:63 Maple Drive, Loughborough LE11 2RX]]
Doctor: Dr [[N:Achebe]], Forest Road Surgery, [[P:01509 263 114]]
Medical needs: mild asthma (inhaler in bag)
Collected by (other adults allowed): grandma [[N:Halina]]""")

G["ssn_en4"] = ssn().replace("-", "")
pos("form", "en", """RENTAL APPLICATION - Maple Court Apartments
Applicant: [[N:Dwayne Alexander Fitzgerald]]     DOB: [[D:March 3, 1989]]
SSN: [[S:⁅ssn_en4⁆]]        Driver's license: TX [[ID:⁅tx_dl⁆]]
Current address: [[A:3150 Westheimer Rd #1207, Houston, TX 77098]]   (since 06/2021)
Previous address: [[A:808 Oak Hollow Ln, Katy, TX 77450]]
Current landlord: [[N:Gloria Benavides]], [[P:(713) 529-4410]]
Employer: Lone Star Logistics, Houston - Dispatcher, $58,000/yr
Pets: 1 cat""".replace("⁅tx_dl⁆", rd(8)))

G["mbi"] = "1EG4-TE5-MK73"
G["mbi"] = "%d%s%s%d-%s%s%d-%s%s%d%d" % (R.randint(1, 9), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"), R.randint(0, 9),
                                         R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY0123456789"), R.randint(0, 9),
                                         R.choice("ACDEFGHJKMNPQRTUVWXY"), R.choice("ACDEFGHJKMNPQRTUVWXY"), R.randint(0, 9), R.randint(0, 9))
pos("medical", "en", """LAB REQUISITION - Quest order 66120-A
Patient: [[N:HOLLOWAY, BERNADETTE M]]      Sex: F      DOB: [[D:12/01/1947]]
MRN: 00482913        Medicare MBI: [[ID:⁅mbi⁆]]
Address: [[A:51 Orchard Hill Rd]]
         [[A:Westfield, MA 01085]]
Phone: [[P:413-562-0873]]
Ordering provider: [[N:Raymond Cho]], MD
Tests: CMP, HbA1c, lipid panel (fasting)""")

pos("letter", "en", """Dear Neighbours,

My name is [[N:Harriet Fenwick]] and I live at [[A:12 Orchard Close]]. On Saturday 14 September we are
holding a street party to raise money for the Air Ambulance. If you'd like to help with tables or
cakes please knock on my door or text me on [[P:07519 664 072]].

Many thanks,
[[N:Harriet]] (number 12)""")

pos("email", "en", """From: [[N:Kofi Mensah]] <[[E:kofi.mensah@accra-tech.com.gh]]>
Subject: Travel details for Lisbon offsite

Hi [[N:Sophie]],

For the hotel and flight booking:
Passport: Ghana, no. [[ID:G⁅gh_pass⁆]], expires 22/03/2029
DOB: [[D:16th October 1984]]
Frequent flyer: TP 415 882 901
Dietary: vegetarian

Thanks!
[[N:Kofi]]
[[P:+233 24 418 7753]]""".replace("⁅gh_pass⁆", rd(7)))

pos("booking", "en", """BOOKING CONFIRMATION  PNR: QX7L2M                 Issued 2024-05-30
Passengers:
 1. [[N:OKONKWO/CHIAMAKA]] MS    DOB [[D:23MAR1993]]  PPT NG [[ID:A⁅ng_pass⁆]]
 2. [[N:OKONKWO/EMEKA]] MR       DOB [[D:09JAN1990]]  PPT NG [[ID:A⁅ng_pass2⁆]]
Flights: LOS-CDG AF 149 12JUN 23:15 / CDG-LOS AF 148 26JUN 10:40
Contact: [[E:chiamaka.okonkwo@yahoo.com]]  [[P:+234 803 412 7765]]
Fare basis: VLWNG  Total NGN 2,418,900""".replace("⁅ng_pass⁆", rd(8)).replace("⁅ng_pass2⁆", rd(8)))

pos("prose", "en", """Witness statement (typed from handwritten notes). I, [[N:Gwendolyn Parry]], born [[D:4 May 1971]], of
[[A:7 Heol-y-Nant, Cardiff CF14 6JU]], state that on the evening of 2 February I saw a grey van reverse
into the parked car belonging to my neighbour Mr [[N:Idris Lewis]]. The driver, a man in his thirties,
got out, looked at the damage and drove away. I noted the registration and gave it to [[N:Idris]] the
next morning. I can be contacted on [[P:029 2061 4478]].""")


G["pg_pw2"] = tok(18)
G["redis_pw"] = tok(24, "abcdef0123456789")
pos("config", "en", """# docker-compose.override.yml  (dev box of @mfischer - copied from prod by mistake)
services:
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: ledger
      POSTGRES_PASSWORD: "[[K:⁅pg_pw2⁆]]"
      POSTGRES_DB: ledger
  worker:
    image: registry.gitlab.com/acme/ledger-worker:1.19.3
    environment:
      CELERY_BROKER_URL: [[U:redis://:⁅redis_pw⁆@redis-prod.acme.internal:6379/0]]
      RABBIT_URL: [[U:amqp://ledger:Qv9!mR2x#Lp7@mq-prod.acme.internal:5672/ledger]]
      TZ: Europe/Berlin""")

G["heroku_tok"] = "%s-%s-%s-%s-%s" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))
pos("config", "en", """$ cat ~/.netrc
machine api.heroku.com
  login [[E:rwhitaker.dev@gmail.com]]
  password [[K:⁅heroku_tok⁆]]
machine git.heroku.com
  login [[E:rwhitaker.dev@gmail.com]]
  password [[K:⁅heroku_tok⁆]]
$ cat ~/.pgpass
# hostname:port:database:username:password
db.staging.lan:5432:*:rwhitaker:[[K:Otter!Canyon!2291]]
$ cat ~/.git-credentials
[[U:https://rwhitaker:ghp_⁅ghp2⁆@github.com]]""".replace("⁅ghp2⁆", tok(36)))

G["wp_salts"] = [tok(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*()-_[]{}<>~+=,.;:/?|") for _ in range(2)]
G["wp_salts"] = [x.replace("]]", "]x") for x in G["wp_salts"]]
pos("config", "en", """<?php
/** wp-config.php - hosted by a freelance client, shared in a support forum post */
define( 'DB_NAME', 'wp_bakery' );
define( 'DB_USER', 'wp_bakery_u' );
define( 'DB_PASSWORD', '[[K:c@keW4lk-2019]]' );
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         '[[K:⁅salt0⁆]]' );
define( 'SECURE_AUTH_KEY',  '[[K:⁅salt1⁆]]' );
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );""".replace("⁅salt0⁆", G["wp_salts"][0]).replace("⁅salt1⁆", G["wp_salts"][1]))

G["ghs"] = "ghs_" + tok(36)
G["npm1"] = "npm_" + tok(36)
pos("log", "en", """2024-06-03T12:01:44.1183920Z ##[group]Run npm publish
2024-06-03T12:01:44.1185003Z echo "//registry.npmjs.org/:_authToken=[[K:⁅npm1⁆]]" > ~/.npmrc
2024-06-03T12:01:44.1191114Z git remote set-url origin [[U:https://x-access-token:⁅ghs⁆@github.com/tinkerbird/ui-kit.git]]
2024-06-03T12:01:46.3310457Z npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access
2024-06-03T12:01:47.9021133Z + @tinkerbird/ui-kit@3.4.1""")

G["basic1"] = base64.b64encode(("ops.admin:" + tok(14)).encode()).decode()
pos("shell", "en", """$ curl -v https://grafana.internal.lan/api/dashboards/home
> GET /api/dashboards/home HTTP/1.1
> Host: grafana.internal.lan
> Authorization: Basic [[K:⁅basic1⁆]]
> User-Agent: curl/8.5.0
>
< HTTP/1.1 200 OK
< Content-Type: application/json""")

pos("config", "en", """spring:
  datasource:
    url: jdbc:postgresql://[[IP:10.0.12.31]]:5432/payroll?sslmode=require
    username: payroll_app
    password: "[[K:N7u#rT2k!vW9qZ]]"
  mail:
    host: smtp.office365.com
    username: hr.notifications.bot@kettleworks.com
    password: [[K:Spring2024$Kettle]]
ldap:
  bind-dn: cn=svc-payroll,ou=service,dc=kettleworks,dc=local
  bind-password: [[K:L!dap-Bind-7731]]""")

G["mongo_pw"] = tok(16)
G["tw_sid"] = "AC" + hexs(32)
G["tw_tok"] = hexs(32)
pos("code", "en", """// server.js
const mongoose = require('mongoose');
const twilio = require('twilio');

mongoose.connect('[[U:mongodb+srv://petclinic_admin:⁅mongo_pw⁆@cluster0.x7k2q.mongodb.net/petclinic?retryWrites=true]]');

const client = twilio('[[K:⁅tw_sid⁆]]', '[[K:⁅tw_tok⁆]]');

// TODO remove - test number of the vet on call (Dr. [[N:Anneliese Brandt]])
const ON_CALL = '[[P:+1 608 441 2937]]';""")

pos("report", "en", """INCIDENT REPORT #IR-2024-0188            Site: Riverside Mall, Level 2
Date/time of incident: 09/03/2024 16:45
Injured person: [[N:Consuelo Marisol Ybarra]]   DOB: [[D:1952-12-18]]   Age: 71
Home address: [[A:560 Harbor View Dr, San Pedro, CA 90731]]
Phone: [[P:(310) 831-4926]]
Description: slipped on wet floor outside store 2.14 (no sign). Complained of wrist pain.
Witness: [[N:Trevor Ng]], [[P:(424) 208-6617]], was walking behind her.
First aid given by: [[N:Jasmine Holt]] (security). Ambulance not required; daughter [[N:Lupe]] collected her.""")

pos("form", "en", """MOTOR CLAIM NOTIFICATION                        Policy: MTR-44-8812007
Policyholder: [[N:Rhys Llewellyn-Jones]]        Date of birth: [[D:22 Aug 1980]]
Address: [[A:Tŷ Gwyn, Heol y Castell, Llandeilo SA19 6DE]]
Tel: [[P:07971 548 302]]   Email: [[E:rhys.lj@btinternet.com]]
Driving licence no.: [[ID:LLEWE808220R99WK]]
Other party: Mrs [[N:Agnieszka Wróbel]], [[A:22 Bryn Road, Swansea SA2 0AP]], tel [[P:07534 119 826]]
Vehicle: Volvo XC40, reg CY21 KHT. Damage: rear bumper, tailgate.""")

pos("medical", "en", """IMMUNISATION RECORD (travel clinic)
Name: [[N:Ikaika Kahananui]]          D.O.B. [[D:1999/10/04]]
Passport: [[ID:5⁅us_pass2⁆]] (USA)
Address: [[A:94-1040 Waipahu St]]
         [[A:Waipahu, HI 96797]]
Vaccines given 2024-07-02: Hep A (Havrix 1440) L arm lot AHAVB829AA; Typhoid (Typhim Vi) R arm
Nurse: [[N:L. Faleolo]], RN""".replace("⁅us_pass2⁆", rd(8)))

pos("medical", "en", """Rx  - Dr. [[N:Helen Marsh]], Family Medicine, Burlington VT
Patient: [[N:Cornelius Abernathy]]     DOB [[D:Feb 7 1938]]
Addr: [[A:12 Lakeview Terrace, Burlington VT 05401]]
Metoprolol succinate ER 25 mg - 1 tab PO daily - #90 - refills 3
Signed electronically 04/22/2024""")

G["de_pass"] = R.choice("CFGHJK") + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")
pos("form", "en", """HOTEL REGISTRATION CARD - The Harbour Inn, Galway
Guest: [[N:Friederike von Bülow]]       Nationality: German
Passport no.: [[ID:⁅de_pass⁆]]            Date of birth: [[D:30.01.1976]]
Home address: [[A:Schwanthalerstraße 112]]
              [[A:80339 München]]
              Germany
Mobile: [[P:+49 171 4455 0923]]   E-mail: [[E:f.vonbuelow@t-online.de]]
Arrival 18/08/2024  Departure 21/08/2024  Room 14  Rate B&B""")

rows = ["member_no;name;dob;email;phone;plan"]
gym = [("Lucy Brennan", "1992-03-14"), ("Omar Haddad", "1988-11-02"), ("Zanele Dlamini", "2000-07-29"),
       ("Björn Halvorsen", "1975-05-05"), ("Marisol Cárdenas", "1996-12-24"), ("Tariq Qureshi", "1983-01-17")]
for nm, dob in gym:
    f, l = nm.lower().split()
    f = f.replace("ö", "o").replace("á", "a")
    l = l.replace("á", "a")
    rows.append("%d;[[N:%s]];[[D:%s]];[[E:%s]];[[P:07%d %03d %03d]];%s" % (
        R.randint(100000, 999999), nm, dob, "%s.%s%d@gmail.com" % (f, l, R.randint(1, 99)), R.randint(400, 999),
        R.randint(0, 999), R.randint(0, 999), R.choice(["Off-peak", "Anytime", "Student", "Family"])))
pos("csv", "en", "\n".join(rows))

pos("csv", "en", """Guest,Plus one,RSVP,Meal,Email,Notes
Aunt [[N:Philippa Greaves]],yes,Attending,Fish,[[E:pip.greaves@sky.com]],needs step-free access
[[N:Jonah Abramowitz]],[[N:Talia Abramowitz]],Attending,Veg,[[E:jonah.abramowitz@gmail.com]],
[[N:Kwabena Owusu]],no,Declined,-,[[E:k.owusu@live.co.uk]],sent a gift
[[N:Min-jun Kim]],yes,Attending,Beef,[[E:minjun.kim.uk@gmail.com]],arriving late from airport
[[N:Catriona MacLeod]],no,Attending,Veg,[[E:catrionamacleod@hotmail.com]],bridesmaid""")

pos("chat", "en", """Intercom conversation #4471093
[[N:Noor]] (Customer) 11:02: hi my parcel went to my old address??
Operator [[N:Sam]] 11:03: Hi [[N:Noor]], sorry about that! Could you confirm the new delivery address?
[[N:Noor]] (Customer) 11:04: [[A:flat 9 22 balfour st edinburgh eh6 5bx]]
[[N:Noor]] (Customer) 11:04: and my number changed too its [[P:07384 912 006]]
Operator [[N:Sam]] 11:06: Updated both - the courier will redeliver tomorrow between 9 and 1.""")

G["c_en4"] = card("4", 16)
G["ip_en4"] = "185.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
pos("json", "en", """{"event":"charge.failed","ts":1712051122,"merchant":"mrc_20931",
 "payment_method":{"type":"card","number":"[[C:⁅c_en4⁆]]","exp":"11/26","holder":"[[N:VALENTINA MORETTI]]"},
 "billing":{"email":"[[E:vale.moretti@libero.it]]","address":"[[A:Via dei Serpenti 41, 00184 Roma]]","country":"IT"},
 "client_ip":"[[IP:⁅ip_en4⁆]]","decline_code":"do_not_honor","risk_score":71}""")

G["c_en5"] = luhn_complete("2" + str(R.randint(221, 720)) + rd(11))
pos("email", "en", """Subject: FW: is this a scam??
From: [[N:Gordon Blackwood]] <[[E:gordon.blackwood@aol.com]]>
To: [[N:Fiona]] <[[E:fiona.blackwood@gmail.com]]>

[[N:Fi]], got this text and I already replied with my card before I thought about it. What do I do?

---- text message ----
ROYALMAIL: your parcel is held, pay £1.45 fee at royalmail-redelivery-uk.info
---- my reply ----
[[C:⁅c_en5⁆]] exp 08/27 [[N:Gordon Blackwood]] [[A:9 Thistle Way, Dunfermline KY11 8QR]]

Dad""")

pos("report", "en", """SMALL CLAIMS - CLAIM FORM (N1) PARTICULARS (draft)
Claimant: [[N:Peter Oyelaran-Smith]], [[A:41 Cedar Avenue, Reading RG1 5PL]]
Defendant: Ms [[N:Carla Jameson]] trading as "CJ Kitchens", of [[A:14 Priory Walk, Bracknell RG42 6BN]]
1. On 3 March 2023 the Claimant paid the Defendant £6,400 to supply and fit a kitchen.
2. The work was not completed. The Claimant seeks return of £3,900 plus interest.
Statement of truth signed: [[N:P. Oyelaran-Smith]]   Tel [[P:0118 947 2219]]""")

pos("email", "en", """Subject: Application - Junior Web Developer (ref JWD-17)
From: [[E:anh.tran.dev@gmail.com]]
To: jobs@pixelharbour.io

Dear Hiring Team,

Please find my application for the Junior Web Developer role. I graduated from RMIT in 2023 and
have built three production Next.js sites during my internship.

Full name: [[N:Trần Ngọc Anh]] (I go by [[N:Anh Tran]])
Phone: [[P:+61 423 118 904]]
Address: [[A:7/112 Sydney Road, Brunswick VIC 3056]]
Portfolio: https://anhtran.dev

Kind regards,
[[N:Anh]]""")

G["ssn_en5"] = ssn()
pos("form", "en", """Request for Taxpayer Identification Number (worksheet, not the IRS form)
1 Name (as shown on your income tax return): [[N:Lakshmi Narayanan-Pierce]]
2 Business name: (blank - sole proprietor)
5 Address: [[A:1906 Evergreen Terrace Ct]]
6 City, state, ZIP: [[A:Boise, ID 83702]]
Part I  Social security number: [[S:⁅ssn_en5⁆]]
Signature: [[N:L. Narayanan-Pierce]]    Date: 01/15/2024""")

pos("chat", "en", """Microsoft Teams - Project Falcon
[[N:Kowalski, Marta]] 10:02
@eruiz can you send the vendor the delivery address for the test kit?
[[N:Ruiz, Eduardo]] 10:05
sure - it goes to [[N:Marta]]'s home office since the lab is closed: [[A:2847 Willow Creek Rd, Boulder, CO 80301]]
[[N:Kowalski, Marta]] 10:06
👍 and give them my cell [[P:303-415-8826]] for the driver""")

G["ip_en6"] = "%d.%d.%d.%d" % (R.choice([45, 91, 103, 141, 178]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
pos("log", "en", """Sentry issue PYTHON-FLASK-3K1  TypeError: 'NoneType' object is not subscriptable
  File "app/routes/orders.py", line 212, in checkout
    total = cart["items"][0]["price"]
User: id=55120  email=[[E:svetlana.kuznetsova@mail.ru]]  ip_address=[[IP:⁅ip_en6⁆]]
Tags: browser=Firefox 125.0, os=Windows 10, release=web@2024.05.2, environment=production
Breadcrumbs: GET /cart 200 -> POST /checkout 500""")

pos("log", "en", """May 12 03:17:41 bastion sshd[20331]: Failed password for invalid user admin from [[IP:218.92.0.112]] port 51774 ssh2
May 12 03:17:44 bastion sshd[20331]: Failed password for invalid user admin from [[IP:218.92.0.112]] port 51774 ssh2
May 12 03:18:02 bastion sshd[20340]: Failed password for root from [[IP:61.177.172.19]] port 38120 ssh2
May 12 07:45:10 bastion sshd[21102]: Accepted publickey for hpatel from [[IP:82.45.190.37]] port 60212 ssh2: ED25519 SHA256:Vq2m0bW9oYfK1tV+3yJrQ4aZ8x7cLnE6dPpHsG5uT1k
May 12 07:45:10 bastion sshd[21102]: pam_unix(sshd:session): session opened for user hpatel(uid=1004) by (uid=0)""")

pos("html", "en", """<h2>Attached Devices</h2>
<table class="devices">
<tr><th>#</th><th>Device name</th><th>IP address</th><th>MAC address</th><th>Connection</th></tr>
<tr><td>1</td><td>Galaxy-S23-Mariam</td><td>[[IP:192.168.0.12]]</td><td>[[MAC:D4:11:A3:5E:09:7C]]</td><td>5 GHz</td></tr>
<tr><td>2</td><td>LivingRoom-TV</td><td>[[IP:192.168.0.20]]</td><td>[[MAC:70:2E:D9:81:44:B3]]</td><td>Wired</td></tr>
<tr><td>3</td><td>Unknown</td><td>[[IP:fe80::1c4a:93ff:fe2b:7d10]]</td><td>[[MAC:1E:4A:93:2B:7D:10]]</td><td>2.4 GHz</td></tr>
</table>
<p>Router firmware V1.0.4.126 &middot; LAN 192.168.0.0/24</p>""")

pos("chat", "en", """Marketplace message thread - "IKEA Hemnes dresser, white, £60"
buyer: hi is it still available? could collect sat morning
seller ([[N:Gemma]]): yes! I'm at [[A:17 Laburnum Grove, Kings Heath, Birmingham B14 7LR]], ring the top bell
seller ([[N:Gemma]]): if you get lost call [[P:07726 334 190]]
buyer: great see you 10ish, I'm [[N:Rob]] btw""")

pos("csv", "en", """name,url,username,password,note
Netflix,https://www.netflix.com/login,[[E:the.osullivans@gmail.com]],[[K:Popcorn!Friday88]],family
Chase,https://secure.chase.com,kosullivan77,[[K:gR8$8qW!vLz2]],
Wi-Fi (home),,OSullivan-5G,[[K:sunflower-kettle-42]],router in hall
Gmail,https://accounts.google.com,[[E:kieran.osullivan77@gmail.com]],[[K:Kieran1977!!]],2FA on phone""")

pos("ocr", "en", """[OCR text from uploaded image: id_front.jpg]
REPUBLIC OF THE PHILIPPINES
DRIVER'S LICENSE
Last Name, First Name, Middle Name
[[N:DELA CRUZ, MARIA CRISTINA REYES]]
Nationality  Sex  Date of Birth  Weight (kg)  Height (m)
PHL          F    [[D:1990/06/15]]     52           1.58
Address
[[A:1174 P. BURGOS ST., BRGY. 9, POBLACION, MAKATI CITY 1210]]
License No.  [[ID:N01-12-345678]]   Expiration Date 2028/06/15""")

pos("form", "en", """PERSONAL LOAN APPLICATION (page 1 of 3)
Applicant: [[N:Ebony Latrice Washington]]   DOB: [[D:11-30-1986]]
SSN: [[S:⁅ssn_en6⁆]]
Residence: [[A:5502 Magnolia Pkwy, Apt 14B]]
           [[A:Atlanta, GA 30349]]
Years at address: 4     Rent: $1,450/mo
Employer: Delta Air Lines, Atlanta   Position: Gate Agent   Income: $46,200
Co-applicant: none
Requested amount: $12,000 / 48 months""".replace("⁅ssn_en6⁆", ssn()))

pos("form", "en", """VOLUNTEER ROTA - Saturday food bank (St Mary's Hall)
Slot          Name                      Phone            Notes
08:00-10:00   [[N:Pauline Osei-Tutu]]          [[P:07852 403 119]]    key holder
08:00-10:00   [[N:Dermot Keane]]               [[P:07408 771 265]]
10:00-12:00   [[N:Yasmin Chaudhry]]            [[P:07949 020 538]]    DBS checked
10:00-12:00   [[N:Grzegorz Zieliński]]         [[P:07561 880 402]]    van driver
12:00-14:00   (vacant)""")

pos("record", "en", """PAWS & CLAWS VETERINARY - Client record
Owner: [[N:Imogen Fairweather-Stokes]]     Client no. 10442
Address: [[A:The Granary, Mill Lane, Great Bardfield, Braintree CM7 4SE]]
Mobile: [[P:07917 225 083]]   Email: [[E:imogen.fs@btopenworld.com]]
Patient: "Biscuit" - Border Terrier, M/N, DOB 02/05/2017, microchip 826098100234771
History: annual booster 03/2024; dental scale 11/2023""")

pos("quote", "en", """REMOVALS QUOTE Q-22817
Customer: [[N:Ananya Krishnamurthy]] and [[N:Rohan Iyer]]
Collect from:  [[A:Flat 4, Elgin Mansions]]
               [[A:210 Maida Vale]]
               [[A:London W9 1QH]]
Deliver to:    [[A:Orchard House]]
               [[A:2 Pound Lane]]
               [[A:Marlow SL7 2AE]]
Move date: Friday 27 September 2024. Contact on the day: [[P:07481 506 772]] ([[N:Ananya]])""")

pos("form", "en", """Account verification - Level 2 (exchange KYC, agent view)
Full name: [[N:Dmitrij Kovalenko]]
Date of birth: [[D:1990-08-21]]
Document: Ukrainian international passport, no. [[ID:FX⁅ua_pass⁆]]
Residential address: [[A:Karl-Marx-Allee 93, 10243 Berlin]], Germany
Selfie match: 0.94   Liveness: pass   Sanctions screen: clear
Registration IP: [[IP:2a01:c22:8c11:b200:5d41:e3a9:1b7f:49c2]]""".replace("⁅ua_pass⁆", rd(6)))

G["c_en6"] = card("4", 16)
pos("chat", "en", """Discord DM
[[N:tyler]]: yo can u order the pizza on ur app mine's broken
[[N:jay]]: ya send ur card
[[N:tyler]]: ⁅c_en6_m⁆ 04/26 cvv in a sec
[[N:jay]]: bro dont send the cvv on discord lmao
[[N:tyler]]: ok ok just use it""".replace("⁅c_en6_m⁆", "[[C:" + G["c_en6"] + "]]"))

pos("email", "en", """Hi [[N:Marcus]],

Following up on our call: my social security number is [[S:⁅ssn_en7⁆]] and my date of birth is
[[D:April 9th, 1964]]. The 1099 should go to my new place at [[A:77 Cobblestone Way, Asheville, NC 28803]].

Best,
[[N:Rosalind Pemberton-Oakes]]""".replace("⁅ssn_en7⁆", ssn()))

pos("log", "en", """bluetoothd[612]: Device [[MAC:5C:F9:38:A1:0D:44]] (Pixel Buds Pro) connected, profile A2DP
bluetoothd[612]: Authentication attempt without agent for [[MAC:F0:5C:77:2E:19:8B]]
bluetoothd[612]: Paired with "Ahmad's Watch" [[MAC:C8:3A:6B:94:E2:05]]
bluetoothd[612]: Discovery stopped, 0 devices pending""")

pos("prose", "en", """Lease addendum. This addendum is made on 3 June 2024 between the landlord, [[N:Hamish Douglas Crerar]],
and the tenant, [[N:Adaeze Nnamani]] (date of birth [[D:29 February 1996]]), concerning the property at
[[A:Flat 1/2, 58 Hyndland Road, Glasgow G12 9UP]]. The tenant may keep one cat. All other terms of
the tenancy agreement dated 1 July 2023 remain unchanged.""")

pos("ticket", "en", """GitHub issue #3312: Crash on startup after upgrade to 2.7.0
Opened by @rkrishnan-dev
Logs attached. Config (tokens redacted... mostly):

  [telegram]
  bot_token = "[[K:⁅tg_tok⁆]]"
  chat_id = -1001824413009
  [db]
  url = "[[U:mysql://bot:⁅mysql_pw⁆@db.home.arpa:3306/bot]]"

Comment by maintainer: Please rotate that Telegram token right away, it is visible to everyone.""".replace(
    "⁅tg_tok⁆", "%d:AA%s" % (R.randint(5000000000, 7999999999), tok(33, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"))).replace(
    "⁅mysql_pw⁆", tok(12)))


# ====================================================================== English hard negatives
neg("release", "en", """## 4.12.0 (2024-05-14)
### Features
* Windows builds now target 10.0.19041.0 and later; tested on build 10.0.22631.3593.
* Bump OpenSSL to 3.0.13 and libcurl to 8.7.1.
### Fixes
* Fix crash when `retry.max` is 0 (#2291, #2304).
* Android: minSdk 24, targetSdk 34, versionCode 41200.
### Upgrade notes
Version 4.11.2 is the last release that runs on macOS 10.15. Helm chart 2.8.1 pins image tag 4.12.0-alpine3.19.""")

neg("docs", "en", """### Testing payments
Use these card numbers in test mode only; they never move money.

| Brand            | Number              | CVC          | Date            |
|------------------|---------------------|--------------|-----------------|
| Visa             | 4242 4242 4242 4242 | any 3 digits | any future date |
| Visa (debit)     | 4000 0566 5566 5556 | any 3 digits | any future date |
| Mastercard       | 5555 5555 5555 4444 | any 3 digits | any future date |
| American Express | 3782 822463 10005   | any 4 digits | any future date |
| Declined         | 4000 0000 0000 0002 | any 3 digits | any future date |

Live card numbers in test mode return `card_declined` with code `live_mode_test_card`.""")

neg("docs", "en", """To configure the CLI, run `aws configure` and enter your keys when prompted:

    $ aws configure
    AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
    AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    Default region name [None]: us-west-2
    Default output format [None]: json

The values above are examples; never share your own secret access key.""")

neg("config", "en", """# .env.example - copy to .env and fill in
APP_ENV=development
DATABASE_URL=postgresql://<user>:<password>@localhost:5432/<db>
DATABASE_PASSWORD=
STRIPE_SECRET_KEY=sk_test_your_key_here
OPENAI_API_KEY=your-openai-api-key
JWT_SECRET=${JWT_SECRET}
SMTP_PASSWORD=********
SENTRY_DSN=
# ask #platform for real values, never commit them""")

neg("news", "en", """Apple chief executive Tim Cook said on Tuesday that the company would open its first store in
the region next year, while Microsoft's Satya Nadella told analysts that cloud growth had beaten
expectations. Shares of both companies rose more than 2% in early trading in New York. Meanwhile,
Elon Musk posted that Tesla's next model would be unveiled in August.""")

neg("wiki", "en", """Ada Lovelace (10 December 1815 - 27 November 1852) was an English mathematician and writer,
chiefly known for her work on Charles Babbage's proposed mechanical general-purpose computer, the
Analytical Engine. She was the only legitimate child of the poet Lord Byron and his wife Anne
Isabella Milbanke. Her notes on the engine include what is recognised as the first algorithm
intended to be carried out by such a machine.""")

neg("travel", "en", """Day 2: Start at Baker Street station, walk south along Baker Street and turn left onto Marylebone
High Street for coffee. Continue to Oxford Street for shopping, then cut through Carnaby Street to
Regent Street. In the evening, take the Northern line to Camden Town and wander along the canal
towards King's Cross. Abbey Road is a 15-minute bus ride if you want the famous zebra-crossing photo.""")

neg("shipping", "en", """Shipment update - Order #112-7788310-4410021
Status: Out for delivery
Carrier: UPS   Tracking: 1Z 999 AA1 01 2345 6784
Package 1 of 2: SKU HX-2210-BLK, qty 1
Package 2 of 2: SKU HX-2211-WHT, qty 2 (tracking 1Z 999 AA1 01 2345 6791)
Estimated delivery: Thu, 16 May, 10:30-14:30
Manage delivery preferences at ups.com/mychoice.""")

neg("log", "en", """$ sha256sum -c SHA256SUMS
node-v20.12.2-linux-x64.tar.xz: OK
$ cat SHA256SUMS
1a5bcd1bd2cbb4b1b8e7a1d0b1bb8f7bbd0a8c5c0b2e2a1a4d6e9f3c2b1a0d9e  node-v20.12.2-linux-x64.tar.xz
9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  node-v20.12.2-darwin-arm64.tar.gz
$ git log --oneline -3
e3b0c44 (HEAD -> main, tag: v20.12.2) Release 20.12.2
5feceb6 deps: update undici to 6.11.1
6b86b27 build: fix arm64 cross compile""")

neg("log", "en", """2024-06-11T08:00:01.004Z INFO  server listening on 0.0.0.0:8080 (pid 1)
2024-06-11T08:00:01.010Z INFO  metrics on 127.0.0.1:9090
2024-06-11T08:00:03.221Z INFO  request_id=3f2c9a1e-7b4d-4e8a-9c21-5d0b6f7e8a93 GET /healthz 200 0.4ms
2024-06-11T08:00:04.978Z WARN  request_id=a71d0c55-2e9b-4f3a-8d14-c6b2e0f9d711 GET /api/items 429 rate limited
2024-06-11T08:00:05.130Z INFO  cache warmed: 18,204 keys in 1.92s
2024-06-11T08:00:05.131Z INFO  build 2024.06.10-7c1f0e2 go1.22.4""")

neg("config", "en", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing-api
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/billing-api@sha256:5d41402abc4b2a76b9719d911017c592e1b2f3c4d5e6f708192a3b4c5d6e7f80
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: billing-db
                  key: password
          resources:
            limits: {cpu: "500m", memory: "512Mi"}""")

neg("code", "en", """import os
import re

EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$")
PHONE_RE = re.compile(r"^\\+?[0-9 ()-]{7,20}$")

def connect():
    password = os.environ["DB_PASSWORD"]          # injected by the runtime
    token = get_secret("payments/api-token")      # fetched from Vault at start-up
    return Client(host=os.getenv("DB_HOST", "localhost"), password=password, token=token)

def validate(user):
    return bool(EMAIL_RE.match(user.email)) and bool(PHONE_RE.match(user.phone))""")

neg("sql", "en", """CREATE TABLE customers (
    id            BIGSERIAL PRIMARY KEY,
    first_name    VARCHAR(100) NOT NULL,
    last_name     VARCHAR(100) NOT NULL,
    email         VARCHAR(320) UNIQUE NOT NULL,
    date_of_birth DATE,
    ssn_hash      CHAR(64),
    phone         VARCHAR(32),
    created_at    TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX idx_customers_email ON customers (lower(email));
-- PII columns are encrypted at rest; see ADR-0042""")

neg("stats", "en", """Population estimates, mid-2023
Region               Population    Change since 2022   Median age
North East            2,683,040            +0.9%             42.4
Yorkshire & Humber    5,541,262            +1.0%             40.6
London                8,945,309            +1.1%             35.8
Wales                 3,164,404            +0.6%             43.1
Net international migration contributed 685,000 of the 1,020,000 increase (67.2%).""")

neg("biblio", "en", """References
Orwell, G. (1949). Nineteen Eighty-Four. London: Secker & Warburg. ISBN 978-0-452-28423-4.
Austen, J. (1813). Pride and Prejudice. Reprint: Penguin Classics, 2003. ISBN 978-0-14-143951-8.
Shannon, C. E. (1948). A Mathematical Theory of Communication. Bell System Technical Journal,
27(3), 379-423. doi:10.1002/j.1538-7305.1948.tb01338.x. ISSN 0005-8580.""")

neg("bom", "en", """BILL OF MATERIALS - Sensor board rev C
Ref      Qty  Part number            Description
U1       1    STM32F407VGT6          MCU ARM Cortex-M4 168 MHz LQFP100
U2       1    LM1117IMPX-3.3/NOPB    LDO 3.3 V 800 mA SOT-223
C1-C8    8    GRM188R71H104KA93D     MLCC 100 nF 50 V X7R 0603
R1,R2    2    RC0603FR-0710KL        10 kOhm 1% 0603
J1       1    105017-0001            Micro-USB B receptacle
Y1       1    ABM8-8.000MHZ-B2-T     Crystal 8 MHz 18 pF""")

neg("travel", "en", """Flight BA 283 London Heathrow (LHR) T5 -> Los Angeles (LAX) TBIT
Scheduled 14:35, estimated 15:05. Gate A10 opens 13:55. Aircraft Airbus A380-800 (G-XLEB).
Connecting passengers for AA 2417 to Phoenix: minimum connection time 90 min.""")

neg("legal", "en", """Under Article 4(1) of Regulation (EU) 2016/679, 'personal data' means any information relating to an
identified or identifiable natural person. In Case C-582/14 (Breyer) the Court held that a dynamic IP
address may constitute personal data. See also Case C-131/12 (Google Spain) and Directive 2002/58/EC,
Art. 5(3). Nothing in section 3.2 of this policy applies to anonymised data.""")

neg("docs", "en", """### SSN field validation
The `ssn` field accepts nine digits with or without dashes, for example 123-45-6789. Numbers that
start with 000, 666 or 900-999 are rejected, as are all-zero groups such as 078-00-1120 or
123-00-4567. Do not use real numbers in tests; use the documented placeholder 000-00-0000 for
"unknown".""")

neg("docs", "en", """IBAN format reminder for the finance team:
- Germany: 22 characters, e.g. DE89 3704 0044 0532 0130 00
- United Kingdom: 22 characters, e.g. GB82 WEST 1234 5698 7654 32
- France: 27 characters, e.g. FR14 2004 1010 0505 0001 3M02 606
These are the standard example numbers from the IBAN registry and do not belong to anyone.
BIC/SWIFT codes (e.g. DEUTDEFF, NWBKGB2L) identify banks, not customers.""")

neg("docs", "en", """Networking basics, lab 3
Assign 192.0.2.10/24 to the first router and 192.0.2.1 as its gateway. The second site uses
198.51.100.0/24; the web server answers on 203.0.113.80. For IPv6 use 2001:db8:acad:1::1/64.
Test name resolution against public resolvers such as 1.1.1.1 or 8.8.8.8, then check
that the loopback 127.0.0.1 and the subnet mask 255.255.255.0 are configured.""")

neg("docs", "en", """MAC addresses 101: the broadcast address is FF:FF:FF:FF:FF:FF and an all-zero address
(00:00:00:00:00:00) means "unset". The first three bytes are the OUI, e.g. 00:1A:2B belongs to a
network vendor and 3C:5A:B4 to Google. Locally administered addresses have bit 1 of the first
byte set, so 02:xx:xx:xx:xx:xx is a common pattern for virtual interfaces.""")

neg("form", "en", """PATIENT REGISTRATION FORM (please print clearly)
Full name: ______________________________   Date of birth: __ / __ / ____
Address: ______________________________________________________________
Postcode: ________   Telephone: ____________________   NHS number: ___ ___ ____
Email: ______________________________
Emergency contact name: __________________  Relationship: __________
Office use only: Reg. date ________  Clinician ________""")

neg("sports", "en", """Premier League, Matchday 31: Manchester United 2-1 Liverpool (Rashford 34', Garnacho 67'; Salah 78').
Arsenal stay top after a 3-0 win at Brighton, with Saka, Jesus and Havertz on target. Erling Haaland
missed a penalty as Manchester City drew 1-1 with Aston Villa. Attendance at Old Trafford: 73,512.""")

neg("weather", "en", """Five-day forecast for Edinburgh
Mon 14 Oct  11°C / 6°C   showers, SW wind 24 mph, gusts 41 mph
Tue 15 Oct  12°C / 8°C   cloudy, rain later (70%)
Wed 16 Oct   9°C / 3°C   sunny spells, UV index 1
Sunrise 07:41, sunset 18:09. Pollen: low. Air quality index: 2 (low).""")

neg("recipe", "en", """Victoria sponge (serves 8)
200 g caster sugar, 200 g softened butter, 4 eggs, 200 g self-raising flour, 1 tsp baking powder,
2 tbsp milk. Oven 190 °C (170 °C fan), gas 5. Bake in two 20 cm tins for 20-25 min. Fill with
raspberry jam and 150 ml whipped cream. Named after Queen Victoria, who reportedly ate a slice
with her afternoon tea.""")

neg("notice", "en", """Customer notice: our phone lines are open Mon-Fri 8am-8pm on 0800 028 0123 (free from UK landlines
and mobiles) or +44 20 3795 0000 from abroad. For lost or stolen cards call 0345 600 9000 at any
time. In an emergency always dial 999 or 112. Write to us at customer.services@ or use secure chat
in the app; we will never ask for your full PIN or password.""")

neg("news", "en", """The White House, 1600 Pennsylvania Avenue NW, was lit up in blue on Friday evening. Across the
Atlantic, crowds gathered outside 10 Downing Street as the Prime Minister announced a new housing
plan, and in Paris the Elysee Palace on Rue du Faubourg Saint-Honore hosted a state dinner.""")

neg("review", "en", """Book club notes: we finished "A Study in Scarlet". Everyone loved the first meeting between
Sherlock Holmes and Dr John Watson and their rooms at 221B Baker Street. Next month: "The Hound of
the Baskervilles" (1902). Someone suggested watching the 1939 film with Basil Rathbone afterwards.""")

neg("docs", "en", """## Connecting to the database
Use a URL of the form

    postgresql://USER:PASSWORD@HOST:5432/DBNAME

for example `postgresql://app:<password>@db.internal:5432/app`. SSH access to the repository uses
`git@github.com:acme/platform.git`; for HTTPS use `https://github.com/acme/platform.git` and a
personal access token from your credential helper. Never put the token in the URL.""")

neg("docs", "en", """Add your public key to ~/.ssh/authorized_keys on the server:

ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG9pHh1yqUoJ0X3tF8e2Q0xP5mW7kVbR4sLcN1dYzAaB ci-deploy
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA1xw9sQyW2t3ZP0x1Yk+oL4Gm ci-runner

Key fingerprint: SHA256:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU. The matching private keys stay in
the CI secret store and are never printed.""")

neg("code", "en", """-----BEGIN CERTIFICATE-----
MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ
RTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYD
VQQDExlCYWx0aW1vcmUgQ3liZXJUcnVzdCBSb290MB4XDTAwMDUxMjE4NDYwMFoX
-----END CERTIFICATE-----
# Baltimore CyberTrust Root, public CA certificate, SHA1 fingerprint
# D4:DE:20:D0:5E:66:FC:53:FE:1A:50:88:2C:78:DB:28:52:CA:E4:74""")

neg("log", "en", """[payments] 2024-03-02 11:04:51 charge ok amount=42.00 GBP card=************4242 brand=visa exp=**/**
[payments] 2024-03-02 11:04:51 customer=cus_Pq81Lm2 email=j***@***.com phone=+44*******890
[payments] 2024-03-02 11:05:09 refund ok amount=12.50 GBP charge=ch_3OpQ2k2eZvKYlo2C1xk9aQ7B
[payments] 2024-03-02 11:05:10 masked PAN check passed for 2 records""")

neg("jobs", "en", """We're hiring: Senior Backend Engineer (Go), Manchester or remote (UK)
Salary GBP 70,000-85,000 + 10% bonus, 30 days holiday. You'll work on our payments platform
(12k requests/s, 99.99% SLO) with Go 1.22, PostgreSQL 16 and Kafka 3.6. Interviews: 30-min call,
take-home (max 3 h), system design. Apply via our careers page; applications close 31 July 2024.""")

neg("history", "en", """Abraham Lincoln was born on February 12, 1809, in a one-room log cabin in Hodgenville, Kentucky, and
was assassinated at Ford's Theatre on April 14, 1865. Frederick Douglass (c. February 1818 - February
20, 1895) met him at the White House in 1863. Lincoln's Gettysburg Address of November 19, 1863 is
among the most quoted speeches in American history.""")

neg("product", "en", """Grocery order substitutions: Ben & Jerry's Cookie Dough 465 ml was replaced with Häagen-Dazs Vanilla;
Jack Daniel's Tennessee Honey 70 cl unavailable; Dr Pepper Zero 8x330 ml substituted with Coca-Cola
Zero; Mrs Crimble's macaroons as ordered. Tim Hortons coffee pods 30 pk: out of stock.""")

neg("news", "en", """Hurricane Milton made landfall near Siesta Key as a Category 3 storm late Wednesday. Officials in
St. Petersburg and Tampa urged residents to stay indoors, while Fort Myers reported power outages for
more than 400,000 customers. The National Hurricane Center said Milton would weaken over the Atlantic
by Friday.""")

neg("code", "en", """// AES-128 test vector from FIPS-197, Appendix C.1
const key       = hexToBytes("000102030405060708090a0b0c0d0e0f");
const plaintext = hexToBytes("00112233445566778899aabbccddeeff");
const expected  = "69c4e0d86a7b0430d8cdb78070b4c55a";
assert.equal(toHex(aes128Encrypt(key, plaintext)), expected);
// UUIDv4 sample: 9b2c4f7a-1e3d-4c5b-8a6f-0d1e2f3a4b5c""")

neg("log", "en", """{"ts":"2024-02-18T21:40:11Z","level":"info","msg":"job finished","job_id":"c9e1d4b2-5a7f-4e33-91b0-2f6d8c4a7e15","duration_ms":48211,"rows":1204411,"checksum":"md5:9e107d9d372bb6826bd81d3542a419d6"}
{"ts":"2024-02-18T21:40:12Z","level":"info","msg":"uploaded","bucket":"s3://acme-exports-eu/2024/02/18/","object":"part-00000-7f3e.snappy.parquet","size":"1.9 GiB"}""")

neg("meeting", "en", """Sprint 42 planning - Platform team
Goal: finish migration of the billing service to PostgreSQL 16 by 28 June.
- PLAT-1181 connection pooling (5 pts)
- PLAT-1190 drop legacy tables (3 pts)
- PLAT-1202 load test 2,000 rps (8 pts)
Capacity: 34 pts. Risks: vendor API rate limits, bank holiday on 27 May.
Demo on Thursday 13:00 in room 4.02.""")

neg("tax", "en", """2024/25 income tax bands (England, Wales, NI)
Personal allowance      up to £12,570       0%
Basic rate              £12,571-£50,270     20%
Higher rate             £50,271-£125,140    40%
Additional rate         over £125,140       45%
National Insurance (Class 1, employees): 8% on £12,570-£50,270, 2% above. Tax codes e.g. 1257L, BR, D0.""")

neg("docs", "en", """Sample request:
curl https://api.example.com/v1/users \\
  -H "Authorization: Bearer YOUR_API_TOKEN" \\
  -d '{"email": "jane.doe@example.com", "name": "Jane Doe", "phone": "+1-555-0100"}'

Response 201: {"id": "usr_123", "email": "jane.doe@example.com"}. Replace YOUR_API_TOKEN with a
token from the dashboard.""")

neg("places", "en", """Road trip stops: Lincoln, Nebraska -> Denver -> Santa Fe -> Phoenix. Second leg: San Jose, Victoria
(British Columbia) and St. John's, Newfoundland next summer. Fuel stops at Washington Court House,
Ohio and Houston, Missouri. Hotels booked via the company travel portal.""")

neg("docs", "en", """Kubernetes pod network: 10.244.0.0/16, service CIDR 10.96.0.0/12, node subnet 172.16.0.0/20.
Do not overlap with the office VPN (192.168.0.0/16). The cluster DNS service is always the tenth
address of the service range; MTU 1450 for VXLAN. Calico version v3.27.3, kube-proxy in ipvs mode.""")

neg("chem", "en", """Safety data sheet, section 1: Acetone, CAS 67-64-1, EC 200-662-2, UN 1090, formula C3H6O,
molar mass 58.08 g/mol. Section 9: boiling point 56 °C, flash point -20 °C, density 0.791 g/cm³.
Water: CAS 7732-18-5. Ethanol: CAS 64-17-5. Emergency: contact the national poisons centre.""")

neg("release", "en", """Firmware 2.4.1.7 for router model RT-AX86U Pro (build 388.2_0, 2024-04-02)
- Fixes CVE-2023-41345 and CVE-2023-41346
- Updates dnsmasq to 2.90
- Default LAN IP remains 192.168.50.1/24; factory Wi-Fi password is printed on the label
SHA-256: 8c1e9a0f5b3d7e2c4a6f8b0d1e3c5a7f9b2d4e6c8a0f1b3d5e7c9a1f3b5d7e9c""")

neg("news", "en", """Taylor Swift added three more dates to the European leg of her tour, her label announced on Monday.
Tickets for the Dublin shows at the Aviva Stadium sold out in 14 minutes. Lionel Messi, meanwhile,
scored twice for Inter Miami in a 3-1 win over Orlando City.""")

neg("timeline", "en", """Project timeline
2019-03-01  company founded in Leeds
2020-11-15  seed round (GBP 1.2m)
2022-06-30  ISO 27001 certification
2023-09-12  launch of v2 platform
2024-01-08  office move; new registered number 12845530
Next review: 2024-12-01""")

neg("docs", "en", """Form field reference
| Field          | Type   | Example              | Notes                           |
|----------------|--------|----------------------|---------------------------------|
| given_name     | string | "Alex"               | required                        |
| birth_date     | date   | "YYYY-MM-DD"         | must be in the past             |
| national_id    | string | "AB123456C"          | UK NINO format, placeholder     |
| iban           | string | "GBkk BBBB SSSS SSAA AAAA AA" | validated with mod-97  |
| phone          | string | "+44 XXXX XXXXXX"    | E.164 after normalisation       |""")

neg("html", "en", """<footer class="site-footer">
  <nav><a href="/about">About</a> · <a href="/careers">Careers</a> · <a href="/press">Press</a></nav>
  <p>&copy; 2024 Lumen Analytics Ltd. Registered in England and Wales, company no. 09876543.</p>
  <p>Press enquiries: press@lumenanalytics.io · Support: support@lumenanalytics.io</p>
  <p>Build 2024.06.3 · <a href="https://status.lumenanalytics.io">System status</a></p>
</footer>""")

neg("chat", "en", """#release-train
[16:01] deploybot: v3.18.0 rolled out to 25% (canary green, p99 212ms)
[16:05] deploybot: v3.18.0 rolled out to 100%
[16:06] @oncall-primary: ack, watching dashboards
[16:20] deploybot: error rate 0.02% (baseline 0.03%), closing train RT-0614""")

neg("docs", "en", """Test data for QA: use customer "Test User", email test.user@example.org, phone +1 555 0100,
postcode SW1A 1AA (Buckingham Palace, a valid-format public address), card 4111 1111 1111 1111,
expiry 12/34, CVC 123. These values are accepted only by the sandbox and never reach a bank.""")

neg("log", "en", """ERROR  orders.sync  attempt=3/5 order=ORD-2024-0042918 shipment=JJD0099912345678 carrier=DHL
ERROR  orders.sync  upstream 503 after 30.0s, retry in 120s (backoff 2^3)
INFO   orders.sync  batch 7f9c offset=1048576 lag=4210 partitions=12 consumer=orders-sync-1
INFO   orders.sync  invoice INV-000481-2024 posted, amount 1,249.00 EUR""")


# ====================================================================== German
G["de_iban1"] = ib4(iban_simple("DE"))
pos("ticket", "de", """Ticket #DE-20417 | Kategorie: Vertragsänderung | Eingang: 05.02.2024 08:13
Kunde: [[N:Jürgen Weißmüller]]
Kundennummer: 7730-441-92
Geburtsdatum: [[D:17.09.1963]]
Neue Anschrift ab 01.03.2024:
  [[A:Am Lindenhof 7a]]
  [[A:34117 Kassel]]
Telefon: [[P:0561 / 738 29 04]]   Mobil: [[P:0151 2834 7710]]
Neue Bankverbindung (SEPA): [[I:⁅de_iban1⁆]], Kontoinhaberin: [[N:Renate Weißmüller]]

Nachricht des Kunden:
"Guten Tag, wir ziehen um. Bitte ab März die neue Adresse und das Konto meiner Frau verwenden.
Mit freundlichen Grüßen, [[N:J. Weißmüller]]"
Bearbeitet von: [[N:Svenja Kröger]] (2nd Level)""")

G["steuer1"] = de_steuer_id()
G["rvnr1"] = de_rvnr(12, 3, 11, 1958, "M", True)
G["kvnr1"] = de_kvnr()
G["de_iban2"] = iban_simple("DE")
pos("hr", "de", """PERSONALFRAGEBOGEN (Neueinstellung)
Name, Vorname:              [[N:Menzel-Aydın, Martina]]
Geburtsname:                [[N:Menzel]]
Geburtsdatum / -ort:        [[D:03.11.1958]] / Halle (Saale)
Anschrift:                  [[A:Hinterhaus, 3. OG links]]
                            [[A:Oranienstraße 183]]
                            [[A:10999 Berlin]]
Steuer-ID:                  [[ID:⁅steuer1⁆]]
Steuerklasse / Konfession:  III / ev
Sozialversicherungsnummer:  [[ID:⁅rvnr1⁆]]
Krankenkasse:               TK, Versichertennummer [[ID:⁅kvnr1⁆]]
IBAN (Gehaltskonto):        [[I:⁅de_iban2⁆]]
Telefon privat:             [[P:030 61 28 44 97]]""")

pos("email", "de", """Von: [[N:Lena Hoffmann]] <[[E:lena.hoffmann94@gmx.de]]>
An: bewerbung@stadtwerke-bochum.de
Betreff: Bewerbung als Sachbearbeiterin Kundenservice (Kennziffer 2024-118)

Sehr geehrte Damen und Herren,

anbei sende ich Ihnen meine Bewerbungsunterlagen. Zu meiner Person:

[[N:Lena Marie Hoffmann]]
geboren am [[D:12. März 1994]] in Recklinghausen
[[A:Castroper Straße 214]]
[[A:44791 Bochum]]
Tel.: [[P:+49 (0)234 58 77 20 13]]

Ich freue mich auf ein persönliches Gespräch.

Mit freundlichen Grüßen
[[N:Lena Hoffmann]]""")

G["kvnr2"] = de_kvnr()
pos("medical", "de", """ANAMNESEBOGEN - Praxis Dr. med. [[N:U. Bergmann]], Allgemeinmedizin, Freiburg
Patient/in: [[N:Kowalczyk, Dorota]]        geb. am: [[D:21.04.1977]]
Krankenkasse: AOK Baden-Württemberg   Vers.-Nr.: [[ID:⁅kvnr2⁆]]
Anschrift: [[A:Wiehrestraße 9, 79102 Freiburg im Breisgau]]
Telefon: [[P:0761 / 202 48 31]]
Hausarzt bisher: Dr. [[N:Schönfelder]], Emmendingen
Vorerkrankungen: Hypothyreose (L-Thyroxin 75 µg), Heuschnupfen
Allergien: keine bekannt       Raucher/in: nein
Notfallkontakt: [[N:Piotr Kowalczyk]] (Ehemann), [[P:0176 4412 8839]]""")

pos("chat", "de", """[18.05.24, 19:03] [[N:Jonas]]: kommst du morgen zum grillen?
[18.05.24, 19:05] [[N:mareike]]: jaa! schick mal die adresse, war noch nie bei [[N:tobi]]
[18.05.24, 19:06] [[N:Jonas]]: [[A:Gartenstr. 22, 3. Stock, 69115 Heidelberg]]. klingel bei [[N:Brandauer]]
[18.05.24, 19:06] [[N:Jonas]]: oder ruf ihn an [[P:0162 7734 551]]
[18.05.24, 19:07] [[N:mareike]]: top, bring nudelsalat mit 🥗""")

G["smtp_de"] = tok(16)
pos("config", "de", """# Konfiguration Warenwirtschaft (Filiale Nürnberg) - NICHT ins Git einchecken!
[datenbank]
host = [[IP:192.168.178.40]]
port = 1433
benutzer = ww_admin
passwort = [[K:Brezel#Nbg_2023!]]

[mail]
smtp_server = smtp.ionos.de
smtp_benutzer = [[E:k.haberl@baeckerei-haberl.de]]
smtp_passwort = [[K:⁅smtp_de⁆]]""")

G["c_de1"] = card(R.choice(["51", "52", "53", "54", "55"]), 16)
pos("invoice", "de", """RECHNUNG Nr. 2024-05-0881                            Datum: 22.05.2024
Fahrradwerkstatt Speichenglück, Leipzig · USt-IdNr. DE287114392

Rechnungsempfänger:
Frau
[[N:Annegret Schulze-Rohde]]
[[A:Karl-Heine-Straße 66, Aufgang B]]
[[A:04229 Leipzig]]

Pos. Leistung                                   Menge   Einzel    Gesamt
1    Inspektion Trekkingrad                       1      69,00     69,00
2    Kette Shimano CN-HG71                        1      24,90     24,90
3    Arbeitszeit (AW à 5 min)                     6       6,50     39,00
                                              Netto              111,67
                                              19 % MwSt.          21,23
                                              Summe EUR          132,90
Bezahlt per Kreditkarte [[C:⁅c_de1_f⁆]] am 22.05.2024. Vielen Dank für Ihren Auftrag!""".replace("⁅c_de1_f⁆", grp(G["c_de1"], [4, 4, 4, 4])))

pos("legal", "de", """MIETVERTRAG ÜBER WOHNRAUM (Auszug)
Zwischen [[N:Friedhelm Oberdörfer]], wohnhaft [[A:Lindenallee 3, 50968 Köln]]
- nachstehend Vermieter -
und [[N:Aylin Kaya]], geb. [[D:08.06.1998]], sowie [[N:Benedikt Sauer]], geb. [[D:27.01.1997]],
bisher wohnhaft [[A:Zülpicher Str. 120, 50937 Köln]]
- nachstehend Mieter -
wird folgender Vertrag geschlossen:
§ 1 Mietsache: Wohnung im 2. OG rechts des Hauses [[A:Bonner Straße 271, 50968 Köln]], 3 Zimmer, 78 m².
§ 3 Miete: 1.040,00 EUR kalt zzgl. 210,00 EUR Vorauszahlung Betriebskosten.""")

G["at_sv"] = at_svnr(3, 4, 1982)
G["at_iban"] = ib4(iban_simple("AT"))
pos("form", "de", """Anmeldung zur Pflichtversicherung (ÖGK) - Arbeitgeberkopie
Dienstnehmer/in: Mag. [[N:Theresa Pichler-Hofbauer]]
Versicherungsnummer: [[ID:⁅at_sv⁆]]
Geburtsdatum: [[D:03.04.1982]]
Wohnadresse: [[A:Mariahilfer Straße 45/2/14]]
             [[A:1060 Wien]]
Telefon: [[P:+43 664 381 92 07]]
Beschäftigungsbeginn: 02.09.2024   Wochenstunden: 30
Bankverbindung: [[I:⁅at_iban⁆]]""")

G["ahv1"] = ch_ahv()
G["ch_iban"] = ib4(iban_simple("CH"))
pos("email", "de", """Betreff: Lohnausweis 2023 / neue Adresse
Von: [[E:reto.baumgartner@bluewin.ch]]

Grüezi Frau [[N:Iseli]]

Bitte senden Sie den Lohnausweis an meine neue Adresse:
[[N:Reto Baumgartner]]
[[A:Seefeldstrasse 87]]
[[A:8008 Zürich]]

AHV-Nr.: [[ID:⁅ahv1⁆]]
Neues Lohnkonto: [[I:⁅ch_iban⁆]]
Natel: [[P:079 412 33 08]]

Freundliche Grüsse
[[N:Reto]]""")

G["de_pa"] = R.choice("LMNPRTVWXY") + alnum(8, "CFGHJKLMNPRTVWXYZ0123456789")
pos("form", "de", """MELDESCHEIN FÜR BEHERBERGUNGSSTÄTTEN - Pension Seeblick, Prien am Chiemsee
Ankunft: 11.07.2024     Abreise: 18.07.2024     Zimmer: 5
Familienname: [[N:Grabowski]]      Vorname(n): [[N:Hans-Dieter]]
Geburtsdatum: [[D:02.02.1951]]     Staatsangehörigkeit: deutsch
Anschrift: [[A:Sonnenweg 14, 31135 Hildesheim]]
Mitreisende: Ehefrau [[N:Gisela Grabowski]], geb. [[D:19.08.1953]]
Ausweis-Nr.: [[ID:⁅de_pa⁆]]
Unterschrift: [[N:H.-D. Grabowski]]""")

G["de_iban3"] = ib4(iban_simple("DE"))
G["de_iban4"] = ib4(iban_simple("DE"))
pos("bank", "de", """Kontoauszug Nr. 6/2024 · Girokonto · [[I:⁅de_iban3⁆]] · Inhaber: [[N:Katharina Lüdtke]]
Buchung  Valuta   Vorgang                                                         Betrag EUR
03.06.   03.06.   Gutschrift SEPA   GEHALT 05/2024 STADTBIBLIOTHEK HAMBURG        +2.614,38
04.06.   04.06.   Lastschrift       VATTENFALL EUROPE SALES ABSCHLAG               -86,00
06.06.   06.06.   Überweisung an    [[N:Ole Petersen]] [[I:⁅de_iban4⁆]] Miete Juni     -720,00
10.06.   10.06.   Kartenzahlung     EDEKA NORDERSTEDT                               -54,12
14.06.   14.06.   Gutschrift        [[N:Lüdtke, Ingrid]] Geburtstagsgeschenk           +100,00
Neuer Saldo: 3.402,71 EUR""")

G["de_iban5"] = ib4(iban_simple("DE"))
pos("form", "de", """SEPA-Lastschriftmandat
Gläubiger: Turnverein Jahn 1888 e.V., Gläubiger-ID DE98ZZZ09999999999, Mandatsreferenz TVJ-0412
Ich ermächtige den Verein, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.
Kontoinhaber/in: [[N:Evgenia Schmidt]]
Straße, Hausnr.: [[A:Birkenweg 2b]]
PLZ, Ort: [[A:87435 Kempten (Allgäu)]]
IBAN: [[I:⁅de_iban5⁆]]     BIC: BYLADEM1KMP
Mitglied (Kind): [[N:Lukas Schmidt]], geb. [[D:14.10.2015]]
Ort, Datum: Kempten, 09.09.2024     Unterschrift: [[N:E. Schmidt]]""")

neg("news", "de", """Bundeskanzler Olaf Scholz hat am Mittwoch in Berlin mit dem französischen Präsidenten Emmanuel
Macron über die Lage in der Ukraine gesprochen. Wirtschaftsminister Robert Habeck kündigte an, die
Förderprogramme für Wärmepumpen 2025 fortzusetzen. Die Union unter Friedrich Merz kritisierte die Pläne
als unzureichend.""")

neg("wiki", "de", """Johann Wolfgang von Goethe (* 28. August 1749 in Frankfurt am Main; † 22. März 1832 in Weimar) war ein
deutscher Dichter und Naturforscher. Er gilt als einer der bedeutendsten Schöpfer deutschsprachiger
Dichtung. Friedrich Schiller (10. November 1759 - 9. Mai 1805) war mit ihm ab 1794 eng befreundet.""")

neg("travel", "de", """Stadtspaziergang Berlin-Mitte: Vom Brandenburger Tor über Unter den Linden zur Friedrichstraße,
dann rechts in die Französische Straße zum Gendarmenmarkt. Weiter über die Leipziger Straße zum
Potsdamer Platz. Abends lohnt ein Abstecher zum Kurfürstendamm oder in die Oranienburger Straße.""")

neg("shipping", "de", """Ihre Sendung ist unterwegs!
Bestellnummer: 302-5517720-8841903
Sendungsnummer (DHL): 00340434161234567893
Paketgewicht: 2,4 kg · Zustellung voraussichtlich Do., 13.06.2024 zwischen 10:00 und 14:00 Uhr
Ablageort ändern oder Packstation wählen: dhl.de/sendungsverfolgung""")

neg("docs", "de", """## Installation
1. `cp config.beispiel.yml config.yml`
2. In `config.yml` die Platzhalter ersetzen:
   datenbank.passwort: ${DB_PASSWORT}
   mail.passwort: <hier-eintragen>
   api.schluessel: XXXX-XXXX-XXXX-XXXX
3. Dienst starten: `systemctl start warenwirtschaft` (Version 3.8.2, getestet unter Debian 12.5)""")

neg("stats", "de", """Bevölkerung nach Bundesländern, Stand 31.12.2023 (Statistisches Bundesamt)
Nordrhein-Westfalen  18.190.422   +0,5 %
Bayern               13.369.393   +0,9 %
Baden-Württemberg    11.280.257   +0,9 %
Bremen                  704.881   +0,6 %
Anteil der über 65-Jährigen: 22,4 %. Durchschnittsalter: 44,6 Jahre.""")

neg("legal", "de", """Wer vorsätzlich oder fahrlässig das Leben, den Körper, die Gesundheit, die Freiheit, das Eigentum oder
ein sonstiges Recht eines anderen widerrechtlich verletzt, ist dem anderen zum Ersatz des daraus
entstehenden Schadens verpflichtet (§ 823 Abs. 1 BGB). Die Verarbeitung ist nach Art. 6 Abs. 1 lit. b
DSGVO rechtmäßig; vgl. BGH, Urteil vom 12.07.2018 - III ZR 183/17.""")

neg("travel", "de", """ICE 1537 Hamburg-Altona → München Hbf
Abfahrt 14:32 Gleis 7 (heute abweichend Gleis 8), Wagen 21-28 Abschnitt C-E.
Verspätung ca. +12 Min. wegen Reparatur an einer Weiche. Anschluss an RE 57512 in Augsburg wird
nicht erreicht. Fahrgastrechte-Formular unter bahn.de/fahrgastrechte.""")

neg("product", "de", """Artikel 4711-0815 · Akku-Bohrschrauber 18 V, 2 × 2,0 Ah · EAN 4006381333931
Drehmoment 50 Nm, Leerlaufdrehzahl 0-450/0-1.700 min⁻¹, Gewicht 1,4 kg
Lieferumfang: Ladegerät AL 1810 CV, Koffer. Garantie 2 Jahre, Seriennummer auf dem Typenschild.""")

# ====================================================================== French
G["fr_iban1"] = ib4(iban_fr())
pos("ticket", "fr", """Demande n° 552190 - Changement de coordonnées bancaires
Client : Mme [[N:Sandrine Le Gall]]
Adresse :
[[A:12 rue des Lilas, Bât. B, 3e étage]]
[[A:75011 Paris]]
Tél. : [[P:06 12 48 93 70]]
Nouvel IBAN : [[I:⁅fr_iban1⁆]]
Message : « Bonjour, merci de prélever désormais sur mon nouveau compte. Cordialement, [[N:S. Le Gall]] »
Traité par : [[N:Karim Benhaddou]], conseiller""")

G["nir1"] = fr_nir(False, 1985, 7, "69", 123)
pos("form", "fr", """ADHÉSION MUTUELLE SANTÉ - Bulletin individuel
Nom : [[N:DUMONT-ROUSSEL]]      Prénom : [[N:Jean-Baptiste]]
Né le : [[D:14/07/1985]] à Lyon (69)
N° de sécurité sociale : [[ID:⁅nir1⁆]]
Adresse : [[A:5, montée de la Grande-Côte]]
          [[A:69001 Lyon]]
Téléphone portable : [[P:+33 6 71 28 45 09]]
Courriel : [[E:jb.dumont.roussel@orange.fr]]
Ayant droit : [[N:Camille Dumont-Roussel]], née le [[D:2 mars 2012]]""")

G["fr_iban2"] = iban_fr()
pos("email", "fr", """De : [[N:Aurélie Fontaine]] <[[E:a.fontaine@cabinet-fontaine-rh.fr]]>
À : [[N:Mamadou Diallo]] <[[E:mamadou.diallo75@gmail.com]]>
Objet : Votre embauche - pièces manquantes

Bonjour [[N:Mamadou]],

Pour finaliser votre contrat, il nous manque encore :
- une copie de votre titre de séjour (n° [[ID:⁅fr_ts⁆]]) recto-verso ;
- votre RIB : vous nous avez indiqué [[I:⁅fr_iban2⁆]], pouvez-vous confirmer ?
- votre date de naissance, le formulaire indique le [[D:31/12/1992]] mais la copie du passeport
  indique le [[D:1er janvier 1993]].

Bien cordialement,
[[N:Aurélie Fontaine]]
Chargée de recrutement - ligne directe [[P:01 84 60 27 13]]""".replace("⁅fr_ts⁆", rd(10)))

pos("letter", "fr", """[[N:Hélène Marchetti]]
[[A:Résidence Les Tilleuls, appartement 24]]
[[A:8 avenue Jean-Jaurès]]
[[A:13005 Marseille]]
[[P:07 83 20 61 94]]

                                  M. [[N:Gérard Pons]]
                                  [[A:41 boulevard Chave]]
                                  [[A:13005 Marseille]]

Lettre recommandée avec accusé de réception
Objet : congé du logement

Monsieur,

Par la présente, je vous informe de ma décision de quitter le logement que je loue depuis le
1er septembre 2019 au [[A:8 avenue Jean-Jaurès, appartement 24, 13005 Marseille]]. Conformément à la loi, le préavis
d'un mois s'applique (zone tendue). Je vous propose un état des lieux le samedi 30 novembre.

Veuillez agréer, Monsieur, l'expression de mes salutations distinguées.
[[N:Hélène Marchetti]]""")

pos("chat", "fr", """Messenger - groupe "Coloc rue Pasteur"
[[N:Inès]] : qqn a le numéro du proprio ? le chauffe-eau a encore lâché
[[N:théo]] : oui c [[P:06 45 18 72 30]], M. [[N:Lefebvre]]
[[N:Inès]] : merci !! et le code wifi c'est toujours [[K:Pasteur2023!!]] ?
[[N:théo]] : nan je l'ai changé, c'est [[K:chaussette-verte-88]] maintenant
[[N:Léa]] : je rentre vers 20h, je passe chez mamie avant""")

pos("cv", "fr", """[[N:Clémence Rivière-Nguyen]]
Développeuse full-stack
[[A:27 quai de la Fosse, 44000 Nantes]] · [[P:06 98 31 02 47]] · [[E:clemence.riviere.nguyen@proton.me]]
Née le [[D:3 février 1994]] · Permis B · Nationalité française

EXPÉRIENCE
2021 - aujourd'hui  Développeuse, Lengow, Nantes (React, Node.js, PostgreSQL)
2018 - 2021         Développeuse junior, Capgemini, Nantes
FORMATION
2018  Diplôme d'ingénieur, Polytech Nantes""")

G["be_nn1"] = be_nn(1987, 5, 22, True)
G["be_iban1"] = ib4(iban_be())
pos("form", "fr", """Formulaire de domiciliation - Commune d'Ixelles (copie)
Nom : [[N:Van Damme]]    Prénom : [[N:Laetitia]]
N° de registre national : [[ID:⁅be_nn1⁆]]
Date de naissance : [[D:22-05-1987]]
Nouvelle adresse : [[A:Avenue Louise 231 boîte 5]]
                   [[A:1050 Ixelles]]
GSM : [[P:+32 478 21 64 90]]
Compte pour les remboursements : [[I:⁅be_iban1⁆]]""")

G["fr_c1"] = card("4970", 16)
pos("invoice", "fr", """FACTURE N° F-2024-1187                       Le 14/03/2024
Atelier Vélo Solidaire, Grenoble - SIRET 812 345 678 00019

Client : [[N:Romain Guérin]]
[[A:3 allée des Érables, 38100 Grenoble]]

Réparation roue arrière + chambre à air ........ 38,00 €
Câble de frein ................................. 6,50 €
Total TTC ...................................... 44,50 €
Réglé par carte bancaire n° [[C:⁅fr_c1_f⁆]] (paiement à distance)""".replace("⁅fr_c1_f⁆", grp(G["fr_c1"], [4, 4, 4, 4])))

pos("medical", "fr", """COMPTE RENDU DE CONSULTATION - Service de cardiologie, CHU de Rennes
Patient(e) : Mme [[N:Odile Lemarchand]], née le [[D:09/09/1949]]
Adresse : [[A:La Haute Ville, 35590 L'Hermitage]]
Médecin traitant : Dr [[N:Yann Kerbrat]]
Motif : palpitations depuis 3 semaines. ECG : fibrillation atriale paroxystique.
Conduite à tenir : anticoagulation, Holter 24 h, revoir dans 3 mois.
Dr [[N:Nadia Belkacem]], cardiologue""")

pos("config", "fr", """# paramètres de l'application de réservation - serveur de préproduction
# ne pas partager ! (mot de passe changé le 12/02)
BASE_DE_DONNEES=mysql
HOTE_BDD=[[IP:10.1.7.22]]
UTILISATEUR_BDD=resa
MOT_DE_PASSE_BDD=[[K:Croissant!Beurre44]]
CLE_API_PAIEMENT=[[K:⁅fr_key⁆]]
URL_FTP=[[U:ftp://depot:Ftp-R3sa-2024@ftp.campings-ardeche.fr/exports]]""".replace("⁅fr_key⁆", "pk_" + hexs(32)))

neg("news", "fr", """Le président de la République, Emmanuel Macron, a reçu mardi à l'Élysée le chancelier allemand
Olaf Scholz. Le Premier ministre a présenté le projet de budget 2025 au Conseil des ministres, tandis
que Marine Le Pen a dénoncé « un budget d'austérité ». La séance à l'Assemblée nationale reprendra
lundi à 16 heures.""")

neg("wiki", "fr", """Victor Hugo, né le 26 février 1802 à Besançon et mort le 22 mai 1885 à Paris, est un poète,
dramaturge et romancier français. Il repose au Panthéon. Sa maison de la place des Vosges est
aujourd'hui un musée. George Sand (1er juillet 1804 - 8 juin 1876) fut l'une de ses correspondantes.""")

neg("travel", "fr", """Itinéraire : remonter les Champs-Élysées jusqu'à l'Arc de Triomphe, puis rejoindre la rue de Rivoli
par l'avenue de l'Opéra. Déjeuner rue Montorgueil, puis balade le long du boulevard Saint-Germain
jusqu'à la rue Mouffetard. Le soir, croisière sur la Seine depuis le quai de la Bourdonnais.""")

neg("shipping", "fr", """Votre colis est en cours d'acheminement.
Numéro de suivi Colissimo : 6A12345678901
Commande n° FR-2024-0098172 du 03/05/2024 - 2 articles
Livraison prévue le mardi 07/05 avant 13 h en point retrait (code de retrait envoyé par SMS).""")

neg("stats", "fr", """Selon l'Insee, la France comptait 68,4 millions d'habitants au 1er janvier 2024, soit +0,3 % en un an.
L'espérance de vie à la naissance atteint 85,7 ans pour les femmes et 80,0 ans pour les hommes.
Le taux de chômage s'établit à 7,5 % au premier trimestre.""")

neg("docs", "fr", """Format du numéro de sécurité sociale (NIR) : 15 chiffres, par exemple 1 AA MM DD CCC OOO KK
où AA est l'année de naissance et KK la clé de contrôle (97 - reste de la division par 97).
Exemple fictif de la documentation : 2 XX XX XX XXX XXX XX. Ne saisissez jamais un vrai numéro
dans l'environnement de recette.""")

# ====================================================================== Spanish
G["es_dni1"] = es_dni()
pos("ticket", "es", """Incidencia #ES-33981 - Cambio de titular
Cliente: [[N:María José García de la Fuente]]
DNI: [[ID:⁅es_dni1⁆]]
Dirección: [[A:C/ Mayor, 12, 3º 2ª]]
           [[A:28013 Madrid]]
Móvil: [[P:612 345 870]]
Correo: [[E:mariajose.garcia.fuente@hotmail.es]]
Comentario: «Quiero poner el contrato de la luz a nombre de mi hijo, [[N:Álvaro Ruiz García]]».
Atendido por: [[N:Nerea]] (turno de tarde)""")

G["es_nie1"] = es_nie()
G["es_nss1"] = es_nss()
G["es_iban1"] = ib4(iban_es())
pos("hr", "es", """FICHA DE ALTA DE EMPLEADO
Apellidos: [[N:Popescu Ionescu]]           Nombre: [[N:Andrei]]
NIE: [[ID:⁅es_nie1⁆]]                     Nº Seguridad Social: [[ID:⁅es_nss1⁆]]
Fecha de nacimiento: [[D:15 de mayo de 1987]]
Domicilio: [[A:Avda. de Blasco Ibáñez, 48, esc. izda., 5º-9ª]]
           [[A:46010 Valencia]]
Teléfono: [[P:+34 655 20 19 84]]
Cuenta para nómina (IBAN): [[I:⁅es_iban1⁆]]
Puesto: mozo de almacén · Jornada: completa · Inicio: 01/10/2024""")

pos("chat", "es", """[12/4/24 21:14] [[N:Paco]]: oye mañana paso a por las llaves, a qué hora estás?
[12/4/24 21:16] [[N:lucía]]: a partir de las 7. es [[A:calle del Pez 18, 2ºB]], el portal verde
[12/4/24 21:16] [[N:lucía]]: si no contesto llama a [[N:Javi]] al [[P:644 87 12 09]]
[12/4/24 21:17] [[N:Paco]]: perfecto, gracias guapa""")

G["es_dni2"] = es_dni()
G["es_dni3"] = es_dni()
pos("legal", "es", """CONTRATO DE ARRENDAMIENTO DE VIVIENDA
En Sevilla, a 1 de julio de 2024.
REUNIDOS
De una parte, D. [[N:Manuel Ortega Villalba]], mayor de edad, con DNI [[ID:⁅es_dni2⁆]] y domicilio en
[[A:calle Feria 77, 41003 Sevilla]], en adelante el ARRENDADOR.
De otra parte, Dña. [[N:Rocío Márquez Benítez]], nacida el [[D:3/11/1995]], con DNI [[ID:⁅es_dni3⁆]],
en adelante la ARRENDATARIA.
EXPONEN
Que el ARRENDADOR es propietario de la vivienda sita en [[A:calle Relator 24, bajo A, 41002 Sevilla]].""")

G["curp1"] = mx_curp("HERM880214MJCRMR")
pos("form", "es", """SOLICITUD DE CRÉDITO - Datos del solicitante (México)
Nombre completo: [[N:Mariana Hernández Ramírez]]
CURP: [[ID:⁅curp1⁆]]
RFC: [[ID:HERM880214⁅rfc_h⁆]]
Fecha de nacimiento: [[D:14/02/1988]]
Domicilio: [[A:Av. Insurgentes Sur 1602, Int. 4, Col. Crédito Constructor]]
           [[A:03940 Ciudad de México, CDMX]]
Celular: [[P:55 4128 3307]]
Correo: [[E:mariana.hdz88@gmail.com]]""".replace("⁅rfc_h⁆", alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")))

G["ar_dni"] = R.randint(28000000, 38000000)
G["ar_cuil"] = ar_cuil(G["ar_dni"], True)
pos("email", "es", """Asunto: datos para la factura
De: [[E:flor.benedetti@yahoo.com.ar]]

Hola [[N:Martín]], te paso los datos para que me hagas la factura C:
[[N:Florencia Benedetti]]
DNI [[ID:⁅ar_dni_f⁆]] - CUIL [[ID:⁅ar_cuil⁆]]
[[A:Av. Corrientes 4521, piso 7 depto. B, C1414AJE CABA]]
Cel. [[P:+54 9 11 5723-8841]]
Gracias! [[N:Flor]]""".replace("⁅ar_dni_f⁆", "{:,}".format(G["ar_dni"]).replace(",", ".")))

G["es_c1"] = card("4", 16)
pos("json", "es", """{"pedido": "PED-2024-118734", "estado": "pendiente_pago",
 "cliente": {"nombre": "[[N:Joaquín Esteban Salazar]]", "email": "[[E:jesalazar@telefonica.net]]",
             "telefono": "[[P:+34 689 402 117]]", "direccion": "[[A:Rúa do Franco 33, 1º, 15705 Santiago de Compostela]]"},
 "pago": {"metodo": "tarjeta", "numero": "[[C:⁅es_c1⁆]]", "caducidad": "09/27"},
 "ip_cliente": "[[IP:83.56.201.14]]"}""")

pos("medical", "es", """HISTORIA CLÍNICA - Urgencias, Hospital Universitario (Bogotá)
Paciente: [[N:Luz Marina Cárdenas Rojas]]   C.C. [[ID:⁅co_cc⁆]]
F. nacimiento: [[D:1961-08-30]]   Edad: 62 años
Dirección: [[A:Carrera 15 # 88-64, Apto 302, Bogotá]]
Acompañante: [[N:Andrés Felipe Cárdenas]] (hijo), cel. [[P:310 482 7719]]
Motivo de consulta: dolor torácico opresivo de 2 h de evolución.""".replace("⁅co_cc⁆", "{:,}".format(R.randint(39000000, 52999999)).replace(",", ".")))

pos("log", "es", """2024-03-18 10:44:02,118 INFO  [auth] inicio de sesión correcto usuario=[[E:c.navarro@clinicasanrafael.es]] ip=[[IP:80.28.144.91]]
2024-03-18 10:44:39,502 WARN  [auth] contraseña incorrecta usuario=recepcion2 ip=[[IP:192.168.10.37]]
2024-03-18 10:45:10,007 ERROR [citas] no se pudo enviar SMS al paciente [[N:Ramón Iglesias]] ([[P:+34 622 90 18 45]]): saldo insuficiente""")

neg("news", "es", """El presidente del Gobierno, Pedro Sánchez, se reunió este lunes en La Moncloa con el líder de la
oposición, Alberto Núñez Feijóo, para abordar la renovación del Consejo General del Poder Judicial.
Por su parte, la vicepresidenta Yolanda Díaz defendió la reducción de la jornada laboral a 37,5 horas.""")

neg("wiki", "es", """Miguel de Cervantes Saavedra (Alcalá de Henares, 29 de septiembre de 1547 - Madrid, 22 de abril de
1616) fue un novelista, poeta y dramaturgo español. Es autor de Don Quijote de la Mancha, cuya primera
parte se publicó en 1605. Federico García Lorca nació el 5 de junio de 1898 en Fuente Vaqueros.""")

neg("travel", "es", """Ruta a pie por Madrid: salimos de la Puerta del Sol por la calle Mayor hasta la Plaza Mayor, bajamos
por la calle de Toledo y volvemos por la Gran Vía hasta la calle de Alcalá. Por la tarde, paseo por el
paseo del Prado y el parque del Retiro. Cena en la calle Cava Baja.""")

neg("shipping", "es", """Tu pedido 408-2241937-5520314 ha sido enviado.
Transportista: SEUR · Nº de seguimiento: 0803 1234 5678 9012
Bultos: 1 · Peso: 0,8 kg · Entrega estimada: jueves 18 de abril
Puedes cambiar la fecha de entrega desde la web del transportista.""")

neg("docs", "es", """Validación del DNI: 8 dígitos seguidos de una letra de control, que se obtiene con el resto de dividir
el número entre 23 y la tabla TRWAGMYFPDXBNJZSQVHLCKE. Ejemplo de la documentación: 12345678Z.
Para el NIE se sustituye X por 0, Y por 1 y Z por 2 (ejemplo: X1234567L). No uses datos reales en las pruebas.""")

neg("stats", "es", """Según el INE, la población residente en España alcanzó los 48.619.695 habitantes a 1 de abril de 2024.
La tasa de paro se situó en el 12,29 % en el primer trimestre. Madrid (7,0 millones) y Cataluña
(8,0 millones) concentran el 31 % de la población. El IPC interanual fue del 3,2 %.""")


# ====================================================================== Portuguese (Brazil)
G["cpf1"] = br_cpf()
pos("ticket", "pt", """Chamado #BR-771204 - Entrega não realizada
Cliente: [[N:Ana Beatriz dos Santos Oliveira]]
CPF: [[ID:⁅cpf1⁆]]
Endereço de entrega:
  [[A:Rua Augusta, 1508, apto 72 - Consolação]]
  [[A:São Paulo - SP, 01304-001]]
Celular/WhatsApp: [[P:(11) 98765-4310]]
Relato: "O entregador marcou como ausente mas eu estava em casa o dia todo. Podem reagendar?"
Atendente: [[N:Thiago]] - prazo de resposta 48 h""")

G["rg1"] = br_rg_sp()
G["cpf2"] = br_cpf()
G["pis1"] = br_pis()
pos("hr", "pt", """FICHA CADASTRAL DE FUNCIONÁRIO
Nome completo: [[N:João Pedro Albuquerque Nascimento]]
Data de nascimento: [[D:12/05/1990]]     Naturalidade: Recife/PE
RG: [[ID:⁅rg1⁆]] SSP/SP        CPF: [[ID:⁅cpf2⁆]]
PIS/PASEP: [[ID:⁅pis1⁆]]
CNH: [[ID:0⁅cnh⁆]] categoria AB
Endereço: [[A:Av. Conselheiro Aguiar, 2211, bloco B, apto 1402, Boa Viagem]]
          [[A:51020-020 Recife - PE]]
Telefone: [[P:+55 81 99634-2207]]
E-mail: [[E:jp.nascimento90@gmail.com]]
Mãe: [[N:Maria das Graças Albuquerque]]""".replace("⁅cnh⁆", rd(10)))

pos("chat", "pt", """[09/03/2024 20:11] [[N:Bia]]: amg me passa teu endereço que vou mandar o convite
[09/03/2024 20:13] [[N:Carol]]: [[A:rua dos Pinheiros 870 ap 31, 05422-001 sp]]
[09/03/2024 20:13] [[N:Carol]]: interfona pro 31 que o porteiro é chato kkk
[09/03/2024 20:14] [[N:Bia]]: anotado!! e o pix pra dividir o presente é teu email né? [[E:carol.mendes.sp@gmail.com]]
[09/03/2024 20:15] [[N:Carol]]: isso 💚""")

G["br_c1"] = card(R.choice(["51", "52", "53", "54", "55"]), 16)
pos("json", "pt", """{
  "pedido": "BR-2024-00981726",
  "comprador": {"nome": "[[N:Francisco Alves Pereira]]", "cpf": "[[ID:⁅cpf3⁆]]",
                "email": "[[E:chico.pereira@uol.com.br]]", "telefone": "[[P:+55 21 99876-5432]]"},
  "entrega": {"logradouro": "[[A:Rua Voluntários da Pátria, 190, casa 2]]", "bairro": "Botafogo",
              "cidade": "Rio de Janeiro", "uf": "RJ", "cep": "22270-010"},
  "pagamento": {"tipo": "credito", "parcelas": 3, "numero_cartao": "[[C:⁅br_c1⁆]]"}
}""".replace("⁅cpf3⁆", br_cpf()))

G["cns1"] = br_cns()
pos("medical", "pt", """PRONTUÁRIO - UBS Vila Madalena
Paciente: [[N:Rosângela Ferreira Lima]]       Sexo: F
Data de nascimento: [[D:23/10/1956]]     Idade: 67 anos
Cartão Nacional de Saúde (CNS): [[ID:⁅cns1⁆]]
Endereço: [[A:Rua Harmonia, 455, fundos, São Paulo - SP]]
Contato: [[P:(11) 3814-2290]] / filha [[N:Patrícia]] [[P:(11) 97122-6083]]
Queixa: tontura ao levantar, PA 90x60. Conduta: suspender losartana, retorno em 7 dias.
Médica: Dra. [[N:Helena Kawasaki]]""")

pos("email", "pt", """Assunto: Fiador - contrato de locação apto 804
De: [[N:Ricardo Tavares]] <[[E:ricardo.tavares@imobiliariasolnascente.com.br]]>
Para: [[E:eduardo.m.brandao@hotmail.com]]

Prezado [[N:Eduardo]],

Para aprovar o cadastro do seu fiador precisamos dos dados completos:
Nome: [[N:Sebastião Brandão Filho]]
CPF: [[ID:⁅cpf4⁆]]
Nascimento: [[D:2 de agosto de 1952]]
Endereço: [[A:Rua Goiás, 1022, Centro, Londrina - PR, 86020-410]]
Estamos aguardando também a certidão de matrícula do imóvel dele.

Atenciosamente,
[[N:Ricardo Tavares]]
Consultor de locação - [[P:(43) 99101-7725]]""".replace("⁅cpf4⁆", br_cpf()))

pos("config", "pt", """# application.properties - ambiente de homologação
spring.datasource.url=jdbc:postgresql://[[IP:10.2.30.11]]:5432/clinica
spring.datasource.username=clinica_app
spring.datasource.password=[[K:Pao-De-Queijo-2024]]
# chave da API de SMS (trocar depois!!)
sms.api.chave=[[K:⁅br_sms⁆]]
# responsável: [[N:Larissa Moura]] ([[E:larissa.moura@clinicavidaplena.com.br]])""".replace("⁅br_sms⁆", tok(40)))

G["br_iban"] = iban_simple("BR")
pos("form", "pt", """Comprovante de transferência internacional (SWIFT)
Remetente: [[N:Guilherme Sato Yamamoto]]
CPF: [[ID:⁅cpf5⁆]]
Beneficiário: [[N:Keiko Yamamoto]] - Osaka, Japão
Conta de origem (IBAN): [[I:⁅br_iban⁆]]
Valor: BRL 4.800,00  ·  Taxa: BRL 120,00  ·  Finalidade: manutenção de residente""".replace("⁅cpf5⁆", br_cpf()))

pos("cv", "pt", """CURRÍCULO
[[N:Larissa Gonçalves de Souza]]
Brasileira, solteira, nascida em [[D:7 de setembro de 1989]]
[[A:Rua Padre Chagas, 314, apto 502 - Moinhos de Vento, Porto Alegre - RS]]
Tel.: [[P:(51) 98402-1177]]  ·  [[E:larissa.gsouza@outlook.com]]

OBJETIVO: Analista de Dados Pleno
EXPERIÊNCIA: 2020-atual - Analista de BI, Grupo RBS (Porto Alegre)""")

neg("news", "pt", """O presidente Luiz Inácio Lula da Silva sancionou nesta quarta-feira a lei que reajusta o salário
mínimo. O presidente da Câmara, Arthur Lira, e o ministro da Fazenda, Fernando Haddad, participaram da
cerimônia no Palácio do Planalto. Neymar, em recuperação, acompanhou a seleção em São Paulo.""")

neg("wiki", "pt", """Joaquim Maria Machado de Assis (Rio de Janeiro, 21 de junho de 1839 - Rio de Janeiro, 29 de setembro
de 1908) foi um escritor brasileiro, fundador da Academia Brasileira de Letras. Clarice Lispector
nasceu em 10 de dezembro de 1920 em Chechelnyk, na Ucrânia.""")

neg("shipping", "pt", """Rastreamento Correios: objeto AB123456785BR
12/06/2024 08:14  Objeto postado - AGF Pinheiros, São Paulo/SP
13/06/2024 21:40  Objeto em trânsito - de Unidade de Tratamento, Cajamar/SP para Unidade de Distribuição, Curitiba/PR
Pedido nº 2024061200871 · Prazo de entrega: até 18/06/2024""")

neg("docs", "pt", """Validação de CPF no formulário: aceite 11 dígitos com ou sem máscara (000.000.000-00). Os dois últimos
são dígitos verificadores (módulo 11). Use nos testes automatizados apenas números gerados ou o exemplo
da documentação 123.456.789-09; sequências repetidas como 111.111.111-11 devem ser rejeitadas.""")

neg("stats", "pt", """Segundo o Censo 2022 do IBGE, o Brasil tem 203.080.756 habitantes. São Paulo é o estado mais populoso
(44,4 milhões), seguido de Minas Gerais (20,5 milhões). A idade mediana subiu para 35 anos e a taxa de
alfabetização chegou a 93,0 %.""")

# ====================================================================== Italian
G["cf1"] = it_cf("Ferrari", "Giulia", 1988, 3, 14, True, "F205")
pos("ticket", "it", """Richiesta n. IT-88120 - Voltura contratto gas
Cliente: [[N:Giulia Ferrari]]
Codice fiscale: [[ID:⁅cf1⁆]]
Indirizzo fornitura: [[A:Via Padova 118, scala B, interno 7]]
                     [[A:20127 Milano (MI)]]
Cellulare: [[P:+39 347 128 4490]]
E-mail: [[E:giulia.ferrari88@libero.it]]
Note operatore ([[N:Davide]]): documento d'identità allegato, in attesa della lettura del contatore.""")

G["cf2"] = it_cf("Esposito", "Salvatore", 1979, 11, 2, False, "F839")
G["it_iban1"] = ib4(iban_it())
pos("hr", "it", """MODULO DATI ANAGRAFICI - Assunzione
Cognome e nome: [[N:Esposito Salvatore]]
Nato a Napoli il [[D:2 novembre 1979]]
Codice fiscale: [[ID:⁅cf2⁆]]
Carta d'identità n. [[ID:CA⁅ci⁆]] rilasciata dal Comune di Napoli
Residenza: [[A:Via Toledo 256]]
           [[A:80134 Napoli (NA)]]
Telefono: [[P:081 552 3914]]    Cellulare: [[P:333 601 2877]]
IBAN per accredito stipendio: [[I:⁅it_iban1⁆]]""".replace("⁅ci⁆", rd(5) + alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ")))

pos("chat", "it", """[22/06/24, 13:02] [[N:Fede]]: raga stasera da me? porto io le birre
[22/06/24, 13:05] [[N:chiara]]: siii ma qual è l'indirizzo nuovo?
[22/06/24, 13:06] [[N:Fede]]: [[A:via San Vitale 41, 40125 Bologna]], citofono [[N:Marchetti]]
[22/06/24, 13:06] [[N:Fede]]: se non rispondo chiama [[N:Ale]] [[P:349 882 1034]]
[22/06/24, 13:10] [[N:chiara]]: ok alle 9 ci siamo""")

G["cf3"] = it_cf("Dell'Acqua", "Maria", 1948, 6, 25, True, "L219")
pos("medical", "it", """REFERTO AMBULATORIALE - ASL Città di Torino, Ambulatorio di Diabetologia
Paziente: [[N:Maria Dell'Acqua]]         Data di nascita: [[D:25/06/1948]]
C.F.: [[ID:⁅cf3⁆]]
Residente in [[A:Corso Francia 92, 10143 Torino]]
Anamnesi: DM2 dal 2009, ipertensione. HbA1c 7,8 %.
Terapia: metformina 1000 mg x2, aggiunta empagliflozin 10 mg.
Il medico: Dott. [[N:Giovanni Di Stefano]]""")

pos("legal", "it", """Avv. [[N:Francesca Lo Russo]]
Studio legale, Bari
PEC: [[E:francesca.lorusso@pec.avvocatibari.it]]

                                          Egr. Sig. [[N:Vincenzo Caputo]]
                                          [[A:Via Sparano da Bari 77]]
                                          [[A:70121 Bari]]
Raccomandata A/R
Oggetto: diffida ad adempiere - canoni di locazione non versati

Egregio Sig. [[N:Caputo]],
in nome e per conto della mia assistita, Sig.ra [[N:Antonella Mancini]], La invito a versare entro 15
giorni la somma di € 3.600,00 relativa ai canoni da gennaio ad aprile 2024.
Distinti saluti
Avv. [[N:Francesca Lo Russo]]""")

pos("config", "it", """# config.ini gestionale agenzia viaggi - sede di Verona
[database]
server = [[IP:192.168.1.200]]
utente = sa
password = [[K:Amarone!Valpolicella77]]
[email]
utente = [[E:prenotazioni.marco@viaggilagarda.it]]
password = [[K:⁅it_mailpw⁆]]
# tecnico di riferimento: [[N:Marco Zanetti]] [[P:+39 340 771 9025]]""".replace("⁅it_mailpw⁆", tok(14)))

G["it_c1"] = card("4", 16)
pos("invoice", "it", """RICEVUTA N. 2024/418 - B&B Il Glicine, Lucca · P.IVA 02345670467
Ospite: [[N:Lorenzo Bianchi Galli]]
Residenza: [[A:Via Garibaldi 9, 16124 Genova]]
Soggiorno: 12-15/09/2024, camera doppia, 3 notti × € 95,00 = € 285,00
Tassa di soggiorno: € 12,00
Totale pagato con carta [[C:⁅it_c1_f⁆]]: € 297,00""".replace("⁅it_c1_f⁆", grp(G["it_c1"], [4, 4, 4, 4])))

pos("email", "it", """Oggetto: certificato medico per iscrizione in palestra
Da: [[E:sofia.ricci2009@gmail.com]]

Buongiorno, sono la mamma di [[N:Sofia Ricci]], nata il [[D:17/01/2009]]. Allego il certificato
di idoneità. La patente che avete chiesto come documento del genitore è la [[ID:U1⁅pat⁆]].
Per qualsiasi cosa il mio numero è [[P:+39 328 415 6620]].
Cordiali saluti, [[N:Paola Greco]]""".replace("⁅pat⁆", alnum(7, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")))

neg("news", "it", """La presidente del Consiglio Giorgia Meloni ha incontrato a Palazzo Chigi il presidente ucraino
Volodymyr Zelensky. Il capo dello Stato Sergio Mattarella ha firmato il decreto sulle liste d'attesa.
In serata Jannik Sinner ha vinto il torneo di Halle battendo Hubert Hurkacz in due set.""")

neg("wiki", "it", """Galileo Galilei (Pisa, 15 febbraio 1564 - Arcetri, 8 gennaio 1642) è stato un fisico, astronomo e
filosofo italiano, considerato il padre della scienza moderna. Alessandro Manzoni nacque a Milano il
7 marzo 1785; I promessi sposi furono pubblicati nella versione definitiva nel 1840-1842.""")

neg("travel", "it", """Passeggiata a Roma: da Piazza del Popolo si percorre via del Corso fino a Piazza Venezia, poi via dei
Fori Imperiali fino al Colosseo. Nel pomeriggio via Condotti, Piazza di Spagna e via Margutta. Cena a
Trastevere in via della Lungaretta.""")

neg("shipping", "it", """Spedizione BRT n. 057012345678 - ordine IT-2024-55120
Stato: in consegna · Filiale di destino: 172 Firenze
Colli: 2 · Peso: 5,3 kg · Consegna prevista: venerdì 21/06 fascia mattina
Per modificare la consegna usa il codice di riferimento mittente 55120/A.""")

neg("stats", "it", """Secondo l'Istat, al 1° gennaio 2024 la popolazione residente in Italia era di 58.989.749 persone
(-7.000 sul 2023). L'età media è salita a 46,6 anni; gli stranieri residenti sono 5.307.598 (9,0 %).
Il tasso di natalità è sceso a 6,4 per mille.""")

# ====================================================================== Dutch
G["nl_iban1"] = ib4(iban_simple("NL"))
pos("ticket", "nl", """Klantcontact #NL-44012 - Adreswijziging energiecontract
Klant: [[N:Pieter van den Broek]]
Nieuw adres per 1 mei:
  [[A:Lauriergracht 112-3hg]]
  [[A:1016 RN Amsterdam]]
Telefoon: [[P:06-41 28 77 93]]
IBAN voor automatische incasso: [[I:⁅nl_iban1⁆]]
Opmerking klant: "Graag de slimme meter ook overzetten. Groet, [[N:Pieter]]"
Behandeld door: [[N:Fenna de Wit]]""")

G["bsn1"] = nl_bsn()
pos("hr", "nl", """PERSONEELSFORMULIER
Achternaam: [[N:de Vries-Bakker]]       Voornamen: [[N:Anouk Johanna]]
Geboortedatum: [[D:3 juni 1989]]        Geboorteplaats: Zwolle
BSN: [[ID:⁅bsn1⁆]]
Paspoortnummer: [[ID:⁅nl_pass⁆]]
Adres: [[A:Hoofdstraat 27bis]]
       [[A:8011 HV Zwolle]]
Mobiel: [[P:+31 6 2834 1190]]
IBAN salaris: [[I:⁅nl_iban2⁆]]""".replace("⁅nl_pass⁆", alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + alnum(6, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + rd(1)).replace("⁅nl_iban2⁆", iban_simple("NL")))

pos("medical", "nl", """Inschrijfformulier huisartsenpraktijk De Linde, Utrecht
Naam: [[N:Willem ter Horst]]          Geboortedatum: [[D:11-08-1971]]
BSN: [[ID:⁅bsn2⁆]]
Zorgverzekeraar: Zilveren Kruis, polisnummer 448120937
Adres: [[A:Oudegracht 231 A, 3511 NK Utrecht]]
Telefoon: [[P:030 231 88 47]]
Vorige huisarts: [[N:A. Meijer]], Amersfoort""".replace("⁅bsn2⁆", nl_bsn()))

pos("chat", "nl", """[14-02-24 17:40] [[N:Sanne]]: hoi! waar moet ik het pakketje voor oma naartoe sturen?
[14-02-24 17:42] [[N:Bram]]: ze woont nu in het verzorgingshuis: [[A:Dorpsstraat 4 kamer 12, 5261 AD Vught]]
[14-02-24 17:42] [[N:Bram]]: en haar nieuwe nummer is [[P:073 656 21 09]]
[14-02-24 17:43] [[N:Sanne]]: top dank je 🌷""")

G["be_nn2"] = be_nn(2001, 9, 4, False)
pos("form", "nl", """Inschrijving studentenhuis - Stad Gent
Naam: [[N:Jelle Vermeulen]]
Rijksregisternummer: [[ID:⁅be_nn2⁆]]
Geboortedatum: [[D:04/09/2001]]
Domicilie (ouders): [[A:Kerkstraat 14 bus 3]]
                    [[A:9000 Gent]]
Kotadres: [[A:Overpoortstraat 88, kamer 2.07, 9000 Gent]]
GSM: [[P:0472 18 55 03]]   E-mail: [[E:jelle.vermeulen@ugent.be]]""")

pos("log", "nl", """2024-05-21 09:12:44 INFO  inlog gelukt gebruiker=[[E:m.jansen@gemeente-leiden.nl]] vanaf [[IP:145.44.12.201]]
2024-05-21 09:13:02 WARN  verkeerd wachtwoord gebruiker=loketmedewerker3 vanaf [[IP:10.150.2.61]]
2024-05-21 09:15:30 INFO  paspoortaanvraag aangemaakt voor [[N:Fatima el Amrani]] (geb. [[D:29-10-1995]])""")

pos("email", "nl", """Onderwerp: Huurwoning Kanaalweg - reactie
Van: [[N:Thijs Hoekstra]] <[[E:thijs.hoekstra@ziggo.nl]]>

Beste mevrouw [[N:Dijkstra]],

Ik heb grote interesse in de woning. Mijn gegevens:
[[N:Thijs Hoekstra]], geboren [[D:22 februari 1993]], nu wonend op [[A:Nieuwe Ebbingestraat 56, 9712 NM Groningen]].
U kunt mij bereiken op [[P:06 48 21 90 37]].

Met vriendelijke groet,
[[N:Thijs]]""")

G["nl_iban3"] = ib4(iban_simple("NL"))
pos("invoice", "nl", """FACTUUR 2024-0211 - Klusbedrijf Van Dam, Haarlem · KvK 58123490 · btw NL001234567B01
Aan: Mevr. [[N:E. Kuipers-de Jong]]
     [[A:Zijlweg 141]]
     [[A:2015 BK Haarlem]]
Werkzaamheden: vervangen dakgoot, 6 m, incl. materiaal   € 640,00
21 % btw                                                 € 134,40
Totaal                                                   € 774,40
Reeds betaald via iDEAL vanaf rekening [[I:⁅nl_iban3⁆]] op 02-04-2024.""")

neg("news", "nl", """Premier Dick Schoof heeft dinsdag in Den Haag de Miljoenennota besproken met koning Willem-Alexander.
Oud-premier Mark Rutte is inmiddels secretaris-generaal van de NAVO. Geert Wilders noemde de plannen
"een goed begin". Het kabinet trekt 2,5 miljard euro extra uit voor defensie.""")

neg("wiki", "nl", """Rembrandt van Rijn (Leiden, 15 juli 1606 - Amsterdam, 4 oktober 1669) was een Nederlandse kunstschilder.
Vincent van Gogh werd geboren op 30 maart 1853 in Zundert. Het Rijksmuseum aan het Museumplein bezit
De Nachtwacht (1642).""")

neg("travel", "nl", """Wandelroute Amsterdam: start op de Dam, loop via de Kalverstraat naar het Spui, dan langs de Herengracht
naar de Leidsestraat. Koffie in de Negen Straatjes, daarna via de Prinsengracht naar de Noordermarkt.
Terug met tram 13 of 17 vanaf de Marnixstraat.""")

neg("shipping", "nl", """Je pakket is onderweg! Track & trace: 3SABCD1234567 (PostNL)
Bestelnummer: NL-8841-2024 · Verwachte bezorging: woensdag 12 juni tussen 14:15 en 16:45
Niet thuis? Dan leggen we het pakket bij een PostNL-punt in de buurt.""")

# ====================================================================== Polish
G["pesel1"] = pl_pesel(1985, 1, 12, True)
pos("ticket", "pl", """Zgłoszenie reklamacyjne nr PL/2024/03/1187
Klient: [[N:Małgorzata Wiśniewska-Kowal]]
PESEL: [[ID:⁅pesel1⁆]]
Adres: [[A:ul. Marszałkowska 84/92 m. 115]]
       [[A:00-514 Warszawa]]
Tel.: [[P:+48 601 234 587]]
Treść: "Pralka kupiona 12.02 przestała wirować. Proszę o odbiór serwisowy."
Przyjął: [[N:Tomasz Zieliński]]""")

G["pesel2"] = pl_pesel(1979, 8, 30, False)
G["pl_dowod"] = pl_idcard()
G["pl_iban1"] = ib4(iban_simple("PL"))
pos("hr", "pl", """KWESTIONARIUSZ OSOBOWY DLA PRACOWNIKA
1. Imię (imiona) i nazwisko: [[N:Grzegorz Andrzej Brzęczyszczykiewicz]]
2. Data urodzenia: [[D:30 sierpnia 1979 r.]]
3. Numer PESEL: [[ID:⁅pesel2⁆]]
4. Seria i numer dowodu osobistego: [[ID:⁅pl_dowod⁆]]
5. Adres zamieszkania: [[A:ul. Piotrkowska 217 m. 4, 90-451 Łódź]]
6. Telefon: [[P:502 118 736]]
7. Numer rachunku do wypłaty wynagrodzenia: [[I:⁅pl_iban1⁆]]
8. Osoba do powiadomienia: [[N:Halina Brzęczyszczykiewicz]], tel. [[P:604 992 015]]""")

pos("chat", "pl", """[11.11.2023, 10:02] [[N:Kasia]]: hej, gdzie jest impreza w sobotę?
[11.11.2023, 10:05] [[N:marek]]: u [[N:Olka]] na [[A:ul. Długiej 5/12, Kraków]]
[11.11.2023, 10:05] [[N:marek]]: domofon nie działa, dzwoń [[P:512 340 877]]
[11.11.2023, 10:06] [[N:Kasia]]: ok, biorę sałatkę""")

G["pesel3"] = pl_pesel(1950, 4, 2, False)
pos("medical", "pl", """KARTA INFORMACYJNA LECZENIA SZPITALNEGO
Oddział Kardiologii, Szpital Wojewódzki w Poznaniu
Pacjent: [[N:Stanisław Kaczmarczyk]]     PESEL: [[ID:⁅pesel3⁆]]
Data urodzenia: [[D:02.04.1950]]
Adres: [[A:os. Bolesława Chrobrego 12/48, 60-681 Poznań]]
Rozpoznanie: I21.0 Ostry zawał ściany przedniej serca. PCI LAD (DES).
Zalecenia: ASA 75 mg, tikagrelor 2x90 mg przez 12 mies., kontrola za 4 tygodnie.
Lekarz prowadzący: lek. [[N:Agnieszka Nowak-Sikora]]""")

G["pesel4"] = pl_pesel(2001, 3, 5, True)
pos("legal", "pl", """UMOWA NAJMU LOKALU MIESZKALNEGO
zawarta w Gdańsku dnia 1 października 2024 r. pomiędzy:
[[N:Jerzy Malinowski]], zam. [[A:ul. Grunwaldzka 102/7, 80-244 Gdańsk]], legitymujący się dowodem
osobistym [[ID:⁅pl_dowod2⁆]] - zwanym dalej Wynajmującym,
a [[N:Julia Szymańska]], ur. [[D:05.03.2001]], PESEL [[ID:⁅pesel4⁆]] - zwaną dalej Najemcą.
§ 1. Przedmiotem najmu jest lokal nr 3 przy [[A:ul. Mariackiej 19, 80-833 Gdańsk]].""".replace("⁅pl_dowod2⁆", pl_idcard()))

pos("config", "pl", """# plik konfiguracyjny sklepu - serwer produkcyjny (nie udostępniać!)
DB_HOST=[[IP:10.4.0.12]]
DB_USER=sklep
DB_HASLO=[[K:Pierogi!2024#Ruskie]]
PRZELEWY24_CRC=[[K:⁅p24crc⁆]]
PRZELEWY24_KLUCZ_API=[[K:⁅p24api⁆]]
# kontakt do admina: [[N:Paweł Wróblewski]] [[P:+48 698 220 413]]""".replace("⁅p24crc⁆", hexs(16)).replace("⁅p24api⁆", hexs(32)))

G["pl_iban2"] = ib4(iban_simple("PL"))
pos("invoice", "pl", """FAKTURA VAT nr FV/2024/05/221            Data wystawienia: 20.05.2024
Sprzedawca: Ogrody Zielony Zakątek sp. z o.o., Wrocław, NIP 8971234567
Nabywca: [[N:Ewa Jabłońska]]
         [[A:ul. Kwiatowa 8]]
         [[A:55-080 Kąty Wrocławskie]]
Usługa: projekt i nasadzenia ogrodu przydomowego      4 800,00 zł netto
VAT 8 %                                                 384,00 zł
Razem do zapłaty                                      5 184,00 zł
Zapłacono przelewem z rachunku [[I:⁅pl_iban2⁆]] dnia 22.05.2024.""")

pos("email", "pl", """Temat: CV - stanowisko Księgowa
Od: [[E:aleksandra.pawlak88@wp.pl]]

Szanowni Państwo,
w załączeniu przesyłam CV. Dane kontaktowe:
[[N:Aleksandra Pawlak]], ur. [[D:14 lipca 1988]]
[[A:ul. Lipowa 3/9, 20-020 Lublin]]
tel. [[P:+48 733 051 264]]
Z poważaniem,
[[N:Aleksandra Pawlak]]""")

neg("news", "pl", """Premier Donald Tusk spotkał się w środę w Brukseli z przewodniczącą Komisji Europejskiej Ursulą von
der Leyen. Prezydent Andrzej Duda podpisał nowelizację ustawy budżetowej. Robert Lewandowski zdobył
dwie bramki w meczu z Realem Sociedad.""")

neg("wiki", "pl", """Maria Skłodowska-Curie (ur. 7 listopada 1867 w Warszawie, zm. 4 lipca 1934 w Passy) - fizyczka i
chemiczka, dwukrotna laureatka Nagrody Nobla. Fryderyk Chopin urodził się 1 marca 1810 r. w Żelazowej
Woli; jego serce spoczywa w kościele Świętego Krzyża przy Krakowskim Przedmieściu.""")

neg("travel", "pl", """Spacer po Warszawie: od placu Zamkowego Krakowskim Przedmieściem i Nowym Światem do placu Trzech
Krzyży, potem Alejami Ujazdowskimi do Łazienek. Wieczorem ulica Chmielna i Złota 44. Dojazd metrem M2
do stacji Nowy Świat-Uniwersytet.""")

neg("shipping", "pl", """Twoja paczka czeka w Paczkomacie WAW22M (przy Biedronce).
Numer przesyłki InPost: 620147896523014578962145
Zamówienie nr 2024/06/118433 · Kod odbioru wyślemy SMS-em. Paczka czeka 48 godzin.""")


# ====================================================================== Swedish
G["se_pnr1"] = se_pnr(1984, 6, 19, True)
pos("ticket", "sv", """Ärende #SE-30512 - Flytt av bredband
Kund: [[N:Linnéa Åkesson]]
Personnummer: [[ID:⁅se_pnr1⁆]]
Ny adress från 1 augusti:
  [[A:Storgatan 14 B, lgh 1102]]
  [[A:114 51 Stockholm]]
Mobil: [[P:070-318 44 62]]
Kommentar från kund: "Routern kan skickas till mitt jobb om det går. Mvh [[N:Linnéa]]"
Handläggare: [[N:Oskar Nyberg]]""")

G["se_pnr2"] = se_pnr(1991, 11, 2, False)
G["se_iban1"] = ib4(iban_simple("SE"))
pos("hr", "sv", """PERSONALUPPGIFTER - nyanställd
Efternamn: [[N:Lindqvist]]     Förnamn: [[N:Erik Johan]]
Personnummer: [[ID:19⁅se_pnr2_12⁆]]
Födelsedatum: [[D:2 november 1991]]
Adress: [[A:Kungsgatan 56, 3 tr]]
        [[A:411 19 Göteborg]]
Telefon: [[P:+46 73 552 80 19]]
Lönekonto (IBAN): [[I:⁅se_iban1⁆]]
Närmast anhörig: [[N:Sara Lindqvist]], [[P:076-204 11 93]]""".replace("⁅se_pnr2_12⁆", G["se_pnr2"]))

pos("chat", "sv", """[2024-06-21 15:10] [[N:Elsa]]: var ska vi ses på midsommar?
[2024-06-21 15:12] [[N:viktor]]: hos mormor i sommarstugan, [[A:Sjövägen 7, 153 91 Järna]]
[2024-06-21 15:12] [[N:viktor]]: ring [[N:Nils]] om ni går vilse [[P:072-881 30 45]]
[2024-06-21 15:13] [[N:Elsa]]: toppen, vi tar med jordgubbar 🍓""")

G["se_pnr3"] = se_pnr(1947, 3, 15, False, sep="-")
pos("medical", "sv", """Journalanteckning - Vårdcentralen Fyrisvall, Uppsala
Patient: [[N:Gunnar Bergström]]   Personnr: [[ID:19⁅pnr3⁆]]
Adress: [[A:Sysslomansgatan 22, 753 11 Uppsala]]
Tel: [[P:018-12 44 07]]
Besöksorsak: yrsel sedan 3 dagar. BT 145/85. Ortostatiskt test normalt.
Bedömning: trolig godartad lägesyrsel. Åter vid behov.
Ansvarig läkare: [[N:Maja Ekström]], leg. läkare""".replace("⁅pnr3⁆", G["se_pnr3"]))

pos("config", "sv", """# inställningar för bokningssystemet - Frisörsalong Sax & Stil, Malmö
[databas]
värd = [[IP:192.168.0.15]]
användare = bokning
lösenord = [[K:Klippning#2024!Malmo]]
[sms]
api_nyckel = [[K:⁅se_sms⁆]]
avsändare = SaxStil
# ansvarig: [[N:Amira Haddad]], [[E:amira@saxochstil.se]]""".replace("⁅se_sms⁆", hexs(40)))

pos("legal", "sv", """ANDRAHANDSKONTRAKT
Uthyrare: [[N:Karin Sjöberg]], personnummer [[ID:⁅se_pnr4⁆]], [[A:Tegnérgatan 31, 113 59 Stockholm]]
Hyresgäst: [[N:Ahmed Yusuf Warsame]], född [[D:1998-04-27]]
Lägenhet: 2 rok, [[A:Tegnérgatan 31, lgh 1201]]
Hyra: 11 500 kr per månad, betalas senast den 25:e till uthyrarens konto.""".replace("⁅se_pnr4⁆", se_pnr(1979, 1, 8, True)))

neg("news", "sv", """Statsminister Ulf Kristersson träffade på tisdagen Finlands president Alexander Stubb i Helsingfors.
Oppositionsledaren Magdalena Andersson kritiserade regeringens budget. Zlatan Ibrahimović besökte
Malmö FF:s träning inför derbyt.""")

neg("wiki", "sv", """August Strindberg (född 22 januari 1849 i Stockholm, död 14 maj 1912) var en svensk författare och
dramatiker. Selma Lagerlöf föddes den 20 november 1858 på Mårbacka och fick Nobelpriset i litteratur 1909.""")

neg("travel", "sv", """Promenad i Stockholm: från Sergels torg längs Drottninggatan till Gamla stan, över Skeppsbron till
Slussen och vidare upp på Götgatan. Avsluta med fika på Södermalm. Tunnelbana från T-Centralen, linje 13 eller 14.""")

# ====================================================================== Norwegian (Bokmål)
G["no_fnr1"] = no_fnr(1988, 3, 4, True)
pos("ticket", "nb", """Henvendelse #NO-11904 - Endring av adresse
Kunde: [[N:Sigrid Haugland]]
Fødselsnummer: [[ID:⁅no_fnr1⁆]]
Ny adresse: [[A:Thereses gate 14 B, H0302]]
            [[A:0358 Oslo]]
Mobil: [[P:412 34 567]]
Melding: "Hei! Jeg har flyttet. Kan dere sende fakturaen på e-post i stedet? [[E:sigrid.haugland@online.no]]\"""")

G["no_fnr2"] = no_fnr(1975, 12, 9, False)
G["no_iban1"] = ib4(iban_no())
pos("hr", "nb", """PERSONALSKJEMA
Navn: [[N:Ole Martin Bakke]]
Fødselsdato: [[D:9. desember 1975]]
Fødselsnummer: [[ID:⁅no_fnr2⁆]]
Adresse: [[A:Strandveien 112, 9006 Tromsø]]
Telefon: [[P:+47 918 44 203]]
Kontonummer (IBAN): [[I:⁅no_iban1⁆]]
Pårørende: [[N:Ingrid Bakke]] (ektefelle), [[P:926 71 330]]""")

pos("chat", "nb", """[17.05.2024 08:30] [[N:Kari]]: gratulerer med dagen!! 🇳🇴 hvor er frokosten?
[17.05.2024 08:32] [[N:Håkon]]: hos [[N:Eirik]] og [[N:Mona]], [[A:Møllergata 8, 4. etg]]
[17.05.2024 08:33] [[N:Håkon]]: ringeklokka virker ikke, ring [[P:+47 951 20 883]]
[17.05.2024 08:35] [[N:Kari]]: kommer kl 9!""")

pos("medical", "nb", """Epikrise - Haukeland universitetssjukehus, Ortopedisk avdeling
Pasient: [[N:Torbjørn Rasmussen Lie]]   F.nr. [[ID:⁅no_fnr3⁆]]
Adresse: [[A:Nygårdsgaten 41, 5015 Bergen]]
Innlagt 02.02.2024 etter fall på glatt føre. Diagnose: S72.0 lårhalsbrudd høyre side.
Operert med hemiprotese 03.02. Utskrevet til korttidsopphold 09.02.
Fastlege: [[N:Anne-Grethe Solberg]]""".replace("⁅no_fnr3⁆", no_fnr(1940, 7, 22, False)))

neg("news", "nb", """Statsminister Jonas Gahr Støre la fredag fram regjeringens nye klimaplan. Høyre-leder Erna Solberg
mente planen var for svak. Erling Braut Haaland scoret to mål da Norge slo Skottland 3-0 på Ullevaal.""")

neg("wiki", "nb", """Henrik Ibsen (født 20. mars 1828 i Skien, død 23. mai 1906 i Kristiania) var en norsk dramatiker.
Edvard Munch ble født 12. desember 1863 og malte Skrik i 1893. Karl Johans gate går fra Oslo S til Slottet.""")

# ====================================================================== Danish
G["dk_cpr1"] = dk_cpr(1990, 6, 12, False)
pos("ticket", "da", """Sag #DK-70218 - Flytning af abonnement
Kunde: [[N:Mads Bøgh Nielsen]]
CPR-nr.: [[ID:⁅dk_cpr1⁆]]
Ny adresse: [[A:Nørrebrogade 45, 3. tv.]]
            [[A:2200 København N]]
Tlf.: [[P:+45 20 41 73 58]]
Note: kunden ønsker installation en lørdag. Oprettet af [[N:Line Kjær]].""")

G["dk_iban1"] = ib4(iban_simple("DK"))
pos("hr", "da", """Stamoplysninger - ny medarbejder
Navn: [[N:Mette Skovgaard Rasmussen]]
Fødselsdato: [[D:27-08-1986]]
CPR: [[ID:⁅dk_cpr2⁆]]
Adresse: [[A:Skt. Clemens Torv 11, 2. th.]]
         [[A:8000 Aarhus C]]
Mobil: [[P:31 62 84 07]]
Lønkonto: [[I:⁅dk_iban1⁆]]""".replace("⁅dk_cpr2⁆", dk_cpr(1986, 8, 27, True)))

pos("email", "da", """Emne: Nøgler til sommerhuset
Fra: [[N:Birgitte Holm]] <[[E:birgitte.holm@mail.dk]]>

Hej [[N:Rasmus]],

Nøglen ligger i nøgleboksen ved døren, koden sender jeg på sms. Adressen er [[A:Klitvej 19, 6854 Henne]].
Ring til min nabo [[N:Jens Ove]] på [[P:40 18 22 96]] hvis der er problemer med vandet.

Hilsen [[N:Birgitte]]""")

pos("medical", "da", """Journalnotat - Lægehuset Vesterbro
Patient: [[N:Henrik Falk Sørensen]], CPR [[ID:⁅dk_cpr3⁆]]
Adr.: [[A:Istedgade 88, 1. sal, 1650 København V]]
Kontakt pga. hoste i 3 uger, ikke-ryger. Lungestetoskopi: normal. Rtg. thorax bestilt.
Læge: [[N:Sofie Damgaard]]""".replace("⁅dk_cpr3⁆", dk_cpr(1969, 2, 14, False)))

neg("news", "da", """Statsminister Mette Frederiksen mødtes mandag med NATO's generalsekretær i Bruxelles. Kong Frederik X
åbnede Folketinget tirsdag. Christian Eriksen blev kåret til kampens spiller mod Slovenien.""")

neg("wiki", "da", """Hans Christian Andersen (født 2. april 1805 i Odense, død 4. august 1875 i København) var en dansk
forfatter og digter. Søren Kierkegaard blev født den 5. maj 1813. Strøget forbinder Rådhuspladsen og
Kongens Nytorv.""")

# ====================================================================== Finnish
G["hetu1"] = fi_hetu(1990, 3, 12, True)
pos("ticket", "fi", """Tiketti #FI-5521 - Osoitteenmuutos
Asiakas: [[N:Aino Mäkelä]]
Henkilötunnus: [[ID:⁅hetu1⁆]]
Uusi osoite: [[A:Mannerheimintie 12 B 34]]
             [[A:00100 Helsinki]]
Puhelin: [[P:040 712 3384]]
Viesti: "Hei, muutin toukokuun alussa. Laskut voi lähettää sähköpostiin [[E:aino.makela@gmail.com]]."
Käsittelijä: [[N:Ville Heikkinen]]""")

G["fi_iban1"] = ib4(iban_simple("FI"))
pos("hr", "fi", """HENKILÖTIETOLOMAKE
Sukunimi: [[N:Virtanen]]        Etunimet: [[N:Juha-Pekka Olavi]]
Syntymäaika: [[D:5.11.1982]]
Henkilötunnus: [[ID:⁅hetu2⁆]]
Osoite: [[A:Hämeenkatu 21 A 5]]
        [[A:33200 Tampere]]
Puhelin: [[P:+358 50 418 2276]]
Tilinumero: [[I:⁅fi_iban1⁆]]
Verokortti: toimitettu sähköisesti""".replace("⁅hetu2⁆", fi_hetu(1982, 11, 5, False)))

pos("chat", "fi", """[14.6.2024 klo 18.02] [[N:Emmi]]: missä juhannusjuhlat on?
[14.6.2024 klo 18.04] [[N:Lauri]]: [[N:Tuomaksen]] mökillä, [[A:Rantatie 44, 41800 Korpilahti]]
[14.6.2024 klo 18.04] [[N:Lauri]]: soita [[P:044 902 1187]] jos eksyt
[14.6.2024 klo 18.05] [[N:Emmi]]: jes! tuon makkaraa""")

pos("medical", "fi", """POTILASKERTOMUS - Terveysasema, Oulu
Potilas: [[N:Kaarina Niemelä]]     Hetu: [[ID:⁅hetu3⁆]]
Osoite: [[A:Kirkkokatu 8 C 17, 90100 Oulu]]
Omainen: [[N:Pekka Niemelä]] (poika), [[P:050 331 6629]]
Käynnin syy: verenpaineen seuranta. RR 152/88. Lääkitys: amlodipiini 5 mg.
Lääkäri: [[N:Mikko Laaksonen]]""".replace("⁅hetu3⁆", fi_hetu(1944, 9, 30, True)))

pos("log", "fi", """2024-02-08 07:55:10 INFO kirjautuminen onnistui käyttäjä=[[E:sanna.koskinen@kunta-esimerkki.fi]] ip=[[IP:85.76.114.23]]
2024-02-08 07:58:44 WARN väärä salasana käyttäjä=vastaanotto1 ip=[[IP:10.61.2.14]]
2024-02-08 08:01:03 ERROR tekstiviestin lähetys epäonnistui numeroon [[P:+358 45 118 9034]]""")

neg("news", "fi", """Tasavallan presidentti Alexander Stubb tapasi tiistaina pääministeri Petteri Orpon Kultarannassa.
Valtiovarainministeri Riikka Purra esitteli budjettiesityksen. Teemu Pukki teki voittomaalin
Suomen ja Viron välisessä ottelussa.""")

neg("wiki", "fi", """Jean Sibelius (8. joulukuuta 1865 Hämeenlinna - 20. syyskuuta 1957 Järvenpää) oli suomalainen
säveltäjä. Aleksis Kivi syntyi 10. lokakuuta 1834 Nurmijärvellä. Aleksanterinkatu kulkee Senaatintorilta
Mannerheimintielle.""")

neg("shipping", "fi", """Pakettisi on noudettavissa! Lähetystunnus JJFI64321000012345678
Noutopiste: Pakettiautomaatti, Kamppi · Tilausnumero 2024-55812
Lähetys säilytetään 7 vuorokautta. Avauskoodi lähetetään tekstiviestillä.""")

# ====================================================================== Turkish
G["tckn1"] = tr_tckn()
pos("ticket", "tr", """Şikâyet No: TR-2024-88231 - Fatura itirazı
Müşteri: [[N:Ayşe Yılmaz]]
T.C. Kimlik No: [[ID:⁅tckn1⁆]]
Adres: [[A:Caferağa Mah. Moda Cad. No: 45 D: 8]]
       [[A:34710 Kadıköy/İstanbul]]
GSM: [[P:0532 418 27 96]]
Açıklama: "Şubat faturamda kullanmadığım bir paket ücreti var, iadesini talep ediyorum."
İlgilenen temsilci: [[N:Burak Şahin]]""")

G["tckn2"] = tr_tckn()
G["tr_iban1"] = ib4(iban_simple("TR"))
pos("hr", "tr", """PERSONEL BİLGİ FORMU
Adı Soyadı: [[N:Mehmet Emre Öztürk]]
Doğum Tarihi / Yeri: [[D:14 Mart 1987]] / Trabzon
T.C. Kimlik No: [[ID:⁅tckn2⁆]]
Adres: [[A:Atatürk Mah. Gül Sok. No: 12 Daire: 4, Çankaya/Ankara]]
Cep Telefonu: [[P:+90 505 331 84 20]]
E-posta: [[E:emre.ozturk87@hotmail.com]]
Maaş Hesabı (IBAN): [[I:⁅tr_iban1⁆]]
Acil durumda aranacak kişi: [[N:Zeynep Öztürk]] - [[P:0533 902 14 77]]""")

pos("chat", "tr", """[03.05.2024 19:20] [[N:Elif]]: kızlar cumartesi brunch nerede?
[03.05.2024 19:22] [[N:selin]]: [[N:Derya]]'nın yeni evinde, [[A:Bağdat Cad. No: 301 Daire 6, Suadiye]]
[03.05.2024 19:22] [[N:selin]]: kapıda şifre var, [[N:Derya]]'yı ara: [[P:0544 120 63 85]]
[03.05.2024 19:25] [[N:Elif]]: tamamdır 🥐""")

pos("medical", "tr", """HASTA KAYIT FORMU - Özel Ege Hastanesi, İzmir
Hasta Adı Soyadı: [[N:Fatma Nur Demir]]
T.C. No: [[ID:⁅tckn3⁆]]          Doğum Tarihi: [[D:02.09.1969]]
Adres: [[A:Alsancak Mah. 1469 Sok. No: 7/3, Konak/İzmir]]
Telefon: [[P:0232 463 18 09]]
Yakını: [[N:Hasan Demir]] (eşi) - [[P:0535 771 40 62]]
Şikâyet: göğüs ağrısı, nefes darlığı. Doktor: Uzm. Dr. [[N:Can Aksoy]]""".replace("⁅tckn3⁆", tr_tckn()))

pos("config", "tr", """# e-ticaret sitesi ayarları - canlı ortam (paylaşmayın!)
VERITABANI_SUNUCU=[[IP:10.8.1.20]]
VERITABANI_KULLANICI=magaza
VERITABANI_SIFRE=[[K:Lokum!Antep2024]]
IYZICO_API_KEY=[[K:⁅iyz_key⁆]]
IYZICO_SECRET_KEY=[[K:⁅iyz_sec⁆]]
# sorumlu: [[N:Kerem Aydoğan]] [[E:kerem@tatlidukkani.com.tr]]""".replace("⁅iyz_key⁆", tok(32)).replace("⁅iyz_sec⁆", tok(32)))

pos("shipping", "tr", """KARGO ETİKETİ - Gönderi No: 7102 4418 2290
ALICI:
[[N:Hülya Karakaya]]
[[A:Kültür Mah. Plevne Blv. No: 18 Kat: 3 Daire: 9]]
[[A:35220 Konak / İZMİR]]
Tel: [[P:0 (555) 218 40 73]]
GÖNDEREN: Anadolu Kitap Evi, Eskişehir
Ödeme: gönderici ödemeli · Desi: 2""")

pos("email", "tr", """Konu: Vize başvurusu - eksik belgeler
Kimden: [[E:cansu.polat@gmail.com]]

Merhaba,
Başvurum için bilgilerimi tekrar iletiyorum:
Ad Soyad: [[N:Cansu Polat]]
Pasaport No: [[ID:U⁅tr_pass⁆]]
Doğum tarihi: [[D:21/07/1995]]
Adres: [[A:Bahçelievler Mah. 7. Cad. No: 33/5, 06490 Çankaya/Ankara]]
Telefon: [[P:+90 542 318 06 91]]
Saygılarımla,
[[N:Cansu Polat]]""".replace("⁅tr_pass⁆", rd(8)))

neg("news", "tr", """Cumhurbaşkanı Recep Tayyip Erdoğan, Beştepe'de Azerbaycan Cumhurbaşkanı İlham Aliyev'i kabul etti.
CHP Genel Başkanı Özgür Özel grup toplantısında ekonomiyi değerlendirdi. Arda Güler, Real Madrid formasıyla
ilk golünü attı.""")

neg("wiki", "tr", """Mustafa Kemal Atatürk (1881, Selanik - 10 Kasım 1938, İstanbul) Türkiye Cumhuriyeti'nin kurucusudur.
Nazım Hikmet 15 Ocak 1902'de Selanik'te doğdu. İstiklal Caddesi Taksim Meydanı'ndan Tünel'e uzanır ve
günde yaklaşık 3 milyon kişi tarafından kullanılır.""")

neg("shipping", "tr", """Siparişiniz kargoya verildi.
Sipariş No: 2024061812345 · Kargo Takip No: 1234567890123 (Yurtiçi Kargo)
Tahmini teslimat: 20 Haziran Perşembe · Teslimat adresinizi uygulamadan değiştirebilirsiniz.""")


# ====================================================================== Romanian
G["cnp1"] = ro_cnp(1979, 3, 12, True, 40)
pos("ticket", "ro", """Sesizare nr. RO-2024-04417 - Contor gaze defect
Client: [[N:Ioana Popescu-Rădulescu]]
CNP: [[ID:⁅cnp1⁆]]
Adresă: [[A:Str. Fabrica de Glucoză nr. 9, bl. A3, sc. 2, et. 4, ap. 17]]
        [[A:Sector 2, 020331 București]]
Telefon: [[P:0722 418 905]]
Descriere: "Contorul afișează valori greșite din martie. Vă rog să trimiteți un tehnician."
Preluat de: [[N:Andrei Munteanu]]""")

G["cnp2"] = ro_cnp(1986, 10, 23, False, 12)
G["ro_iban1"] = ib4(iban_simple("RO"))
pos("hr", "ro", """FIȘĂ DE ANGAJARE
Nume și prenume: [[N:Bogdan-Mihai Stoica]]
Data nașterii: [[D:23 octombrie 1986]]      Locul nașterii: Cluj-Napoca
CNP: [[ID:⁅cnp2⁆]]
Act de identitate: CI seria [[ID:CJ 482193]]
Domiciliu: [[A:Str. Horea nr. 21, ap. 5, Cluj-Napoca, jud. Cluj]]
Telefon: [[P:+40 745 218 306]]
Cont salariu (IBAN): [[I:⁅ro_iban1⁆]]""")

pos("chat", "ro", """[08.03.2024, 12:10] [[N:Raluca]]: la mulți ani de 8 martie! 🌷 unde ne vedem diseară?
[08.03.2024, 12:14] [[N:cristi]]: la [[N:Vlad]] acasă, [[A:Bd. Independenței 44, bl. B2, ap. 12, Iași]]
[08.03.2024, 12:14] [[N:cristi]]: interfonul e stricat, sună-l pe [[P:0755 302 118]]
[08.03.2024, 12:15] [[N:Raluca]]: super, aduc vin""")

pos("medical", "ro", """SCRISOARE MEDICALĂ - Spitalul Clinic Județean de Urgență Timișoara
Pacient: [[N:Elena Dumitrescu]]     CNP: [[ID:⁅cnp3⁆]]
Data nașterii: [[D:15.01.1954]]
Domiciliu: [[A:Calea Aradului nr. 88, ap. 3, 300645 Timișoara]]
Diagnostic: pneumonie comunitară dreaptă. Tratament: ceftriaxonă 2 g/zi, 7 zile.
Medic curant: Dr. [[N:Sorin Bălan]]""".replace("⁅cnp3⁆", ro_cnp(1954, 1, 15, True, 35)))

pos("legal", "ro", """CONTRACT DE ÎNCHIRIERE
Încheiat astăzi, 01.09.2024, între:
[[N:Gheorghe Ionescu]], domiciliat în [[A:Str. Lipscani nr. 61, București]], CNP [[ID:⁅cnp4⁆]], în calitate de proprietar,
și [[N:Alina Constantinescu]], născută la [[D:4 iunie 1999]], în calitate de chiriaș,
pentru apartamentul situat în [[A:Str. Lipscani nr. 61, et. 2, ap. 6, București]].""".replace("⁅cnp4⁆", ro_cnp(1961, 5, 30, False, 40)))

neg("news", "ro", """Președintele Klaus Iohannis a participat joi la summitul NATO de la Washington. Premierul Marcel
Ciolacu a anunțat noi măsuri fiscale. Simona Halep a revenit pe teren la turneul de la Hong Kong.""")

neg("wiki", "ro", """Mihai Eminescu (n. 15 ianuarie 1850, Botoșani - d. 15 iunie 1889, București) a fost un poet român.
Constantin Brâncuși s-a născut la 19 februarie 1876 la Hobița. Calea Victoriei leagă Piața Victoriei de
Piața Națiunilor Unite.""")

neg("shipping", "ro", """Coletul tău a fost predat curierului.
Comanda nr. RO-98812 · AWB Fan Courier: 2345678901234
Livrare estimată: marți, 11 iunie, între 09:00 și 17:00. Poți modifica livrarea din aplicație.""")

# ====================================================================== Czech
G["rc1"] = cz_rc(1983, 4, 9, True)
pos("ticket", "cs", """Reklamace č. CZ-2024-1183
Zákaznice: [[N:Jiřina Procházková]]
Rodné číslo: [[ID:⁅rc1⁆]]
Adresa: [[A:Vinohradská 1511/230]]
        [[A:100 00 Praha 10]]
Telefon: [[P:+420 602 318 447]]
Popis: "Myčka nádobí po dvou měsících netěsní. Prosím o opravu v záruce."
Vyřizuje: [[N:Ondřej Svoboda]]""")

G["rc2"] = cz_rc(1978, 12, 1, False)
G["cz_iban1"] = ib4(iban_simple("CZ"))
pos("hr", "cs", """OSOBNÍ DOTAZNÍK ZAMĚSTNANCE
Příjmení, jméno, titul: [[N:Dvořáček Lukáš]], Ing.
Datum narození: [[D:1. prosince 1978]]
Rodné číslo: [[ID:⁅rc2⁆]]
Číslo OP: [[ID:⁅cz_op⁆]]
Trvalé bydliště: [[A:Masarykova 412/18, 602 00 Brno]]
Telefon: [[P:731 220 948]]
Číslo účtu (IBAN): [[I:⁅cz_iban1⁆]]
Zdravotní pojišťovna: 111 (VZP)""".replace("⁅cz_op⁆", rd(9)))

pos("chat", "cs", """[12.7.2024 19:40] [[N:Terka]]: kde je ta oslava v sobotu?
[12.7.2024 19:42] [[N:honza]]: u [[N:Kuby]] na chatě, [[A:Lesní 27, 252 41 Dolní Břežany]]
[12.7.2024 19:42] [[N:honza]]: kdyby něco volej mu [[P:605 118 372]]
[12.7.2024 19:44] [[N:Terka]]: super, vezmu pivo 🍺""")

pos("medical", "cs", """LÉKAŘSKÁ ZPRÁVA - Fakultní nemocnice Olomouc, Interní klinika
Pacient: [[N:Václava Horáková]]       RČ: [[ID:⁅rc3⁆]]
Datum narození: [[D:22. 5. 1949]]
Bydliště: [[A:Třída Svobody 35, 779 00 Olomouc]]
Dg.: fibrilace síní, arteriální hypertenze. Terapie: apixaban 5 mg 2x denně.
Ošetřující lékař: MUDr. [[N:Pavel Novotný]]""".replace("⁅rc3⁆", cz_rc(1949, 5, 22, True)))

pos("config", "cs", """# konfigurace e-shopu - produkce (NESDÍLET)
DB_SERVER=[[IP:10.3.5.40]]
DB_UZIVATEL=eshop
DB_HESLO=[[K:Knedlik#Plzen2024]]
GOPAY_CLIENT_SECRET=[[K:⁅gopay⁆]]
# správce: [[N:Martin Kučera]], [[E:martin.kucera@ceskemedy.cz]]""".replace("⁅gopay⁆", tok(24)))

neg("news", "cs", """Premiér Petr Fiala se ve středu v Bruselu sešel s předsedkyní Evropské komise. Prezident Petr Pavel
jmenoval nové velvyslance. Tenistka Barbora Krejčíková vyhrála Wimbledon.""")

neg("wiki", "cs", """Tomáš Garrigue Masaryk (7. března 1850 Hodonín - 14. září 1937 Lány) byl první prezident
Československa. Antonín Dvořák se narodil 8. září 1841 v Nelahozevsi. Václavské náměstí měří přibližně
750 metrů.""")

neg("shipping", "cs", """Zásilka je na cestě! Číslo zásilky Zásilkovny: Z 123 4567 890
Objednávka č. 2024-118833 · Výdejní místo: Praha 3 - Žižkov (Albert)
Zásilku si vyzvedněte do 7 dnů. Kód pro vyzvednutí vám pošleme SMS.""")

# ====================================================================== Hungarian
G["hu_ado1"] = hu_adoazon(1980, 1, 1)
G["hu_taj1"] = hu_taj()
pos("ticket", "hu", """Ügyszám: HU-2024-33019 - Számlareklamáció
Ügyfél: [[N:Nagy Eszter]]
Adóazonosító jel: [[ID:⁅hu_ado1⁆]]
Cím: [[A:1065 Budapest, Nagymező utca 44. 3. em. 12.]]
Telefon: [[P:+36 30 418 2275]]
Leírás: "A februári számlán kétszer szerepel az internetdíj."
Ügyintéző: [[N:Kovács Péter]]""")

G["hu_iban1"] = ib4(iban_simple("HU"))
pos("hr", "hu", """MUNKAVÁLLALÓI ADATLAP
Név: [[N:Szabó-Tóth Zsófia]]
Születési hely, idő: Debrecen, [[D:1990. szeptember 14.]]
Anyja neve: [[N:Varga Ilona]]
Adóazonosító jel: [[ID:⁅hu_ado2⁆]]
TAJ szám: [[ID:⁅hu_taj1⁆]]
Személyi igazolvány száma: [[ID:⁅hu_szig⁆]]
Lakcím: [[A:4026 Debrecen, Péterfia utca 18. II/5.]]
Bankszámla (IBAN): [[I:⁅hu_iban1⁆]]
Telefon: [[P:06 20 331 8402]]""".replace("⁅hu_ado2⁆", hu_adoazon(1990, 9, 14)).replace("⁅hu_szig⁆", rd(6) + alnum(2, "ABCDEFGHIJKLMNOPRSTUVWXYZ")))

pos("chat", "hu", """[2024. 08. 19. 17:02] [[N:Réka]]: holnap tűzijáték, hol találkozunk?
[2024. 08. 19. 17:05] [[N:bence]]: [[N:Marci]] lakásán, [[A:Bartók Béla út 32., 4. emelet 2.]], onnan látszik a Duna
[2024. 08. 19. 17:05] [[N:bence]]: a kapukód nálam van, hívj: [[P:+36 70 512 9033]]
[2024. 08. 19. 17:06] [[N:Réka]]: szuper, viszek pogácsát""")

pos("medical", "hu", """AMBULÁNS LAP - Szegedi Tudományegyetem, Belgyógyászati Klinika
Beteg neve: [[N:Horváth Józsefné]]
Születési dátum: [[D:1951.03.08.]]     TAJ: [[ID:⁅hu_taj2⁆]]
Lakcím: [[A:6720 Szeged, Kárász utca 9. 1/3.]]
Diagnózis: 2-es típusú diabetes mellitus, hypertonia.
Kezelőorvos: Dr. [[N:Molnár Gábor]]""".replace("⁅hu_taj2⁆", hu_taj()))

pos("email", "hu", """Tárgy: lakásbérlés - adatok a szerződéshez
Feladó: [[E:farkas.daniel93@freemail.hu]]

Kedves [[N:Erzsébet]]!

A szerződéshez a kért adataim:
Név: [[N:Farkas Dániel]]
Születési idő: [[D:1993. június 2.]]
Jelenlegi lakcím: [[A:9021 Győr, Baross Gábor út 15. fszt. 1.]]
Telefon: [[P:+36 30 902 4418]]

Üdvözlettel:
[[N:Farkas Dániel]]""")

neg("news", "hu", """Orbán Viktor miniszterelnök pénteken Brüsszelben tárgyalt az uniós vezetőkkel. Sulyok Tamás
köztársasági elnök aláírta a költségvetési törvényt. Szoboszlai Dominik gólt szerzett a Liverpool
színeiben.""")

neg("wiki", "hu", """Petőfi Sándor (Kiskőrös, 1823. január 1. - Segesvár, 1849. július 31.) magyar költő. Liszt Ferenc
1811. október 22-én született Doborjánban. Az Andrássy út a Deák Ferenc tértől a Hősök teréig vezet.""")

neg("shipping", "hu", """A csomagod úton van! Rendelésszám: HU-2024-77120
Csomagkövetési szám (GLS): 12345678901
Várható kézbesítés: csütörtök, 8:00-16:00. A kézbesítés idejét az alkalmazásban módosíthatod.""")

# ====================================================================== Indonesian
G["nik1"] = "3171" + "02" + "%02d%02d%02d" % (17 + 40, 8, 90) + rd(4)
pos("ticket", "id", """Tiket Keluhan #ID-55120 - Tagihan ganda
Pelanggan: [[N:Rina Kartikasari]]
NIK: [[ID:⁅nik1⁆]]
Alamat: [[A:Jl. Kebon Sirih No. 12, RT 003/RW 005, Kel. Kebon Sirih, Kec. Menteng]]
        [[A:Jakarta Pusat 10340]]
No. HP: [[P:0812-3456-7891]]
Keterangan: "Saya ditagih dua kali untuk bulan Mei. Mohon dicek."
Ditangani oleh: [[N:Bayu Pratama]]""")

G["nik2"] = "3273" + "15" + "%02d%02d%02d" % (3, 11, 85) + rd(4)
pos("hr", "id", """FORMULIR DATA KARYAWAN
Nama lengkap: [[N:Bambang Hadiwijaya]]
Tempat/tanggal lahir: Bandung, [[D:3 November 1985]]
NIK: [[ID:⁅nik2⁆]]
NPWP: [[ID:⁅npwp⁆]]
Alamat: [[A:Jl. Dago Asri II No. 7, Coblong, Kota Bandung 40135]]
No. HP: [[P:+62 813 2204 5518]]
E-mail: [[E:bambang.hadiwijaya@yahoo.co.id]]
Kontak darurat: [[N:Sri Wahyuni]] (istri) - [[P:0857 2211 6043]]""".replace("⁅npwp⁆", "%s.%s.%s.%s-%s.%s" % (rd(2), rd(3), rd(3), rd(1), rd(3), rd(3))))

pos("chat", "id", """[20/04/24 19.15] [[N:Dinda]]: kak, paketnya dikirim ke alamat mana ya?
[20/04/24 19.17] kak [[N:Yudi]]: ke kos aku aja, [[A:Jl. Kaliurang Km 5, Gg. Pandega Siwi No. 3, Sleman, Yogyakarta]]
[20/04/24 19.17] kak [[N:Yudi]]: nomor kurirnya suruh telpon [[P:0878 3321 9045]]
[20/04/24 19.18] [[N:Dinda]]: siap kak 👍""")

pos("medical", "id", """REKAM MEDIS - RSUD Dr. Soetomo, Surabaya
Nama pasien: Ibu [[N:Siti Aminah]]       Tgl. lahir: [[D:12-06-1962]]
No. BPJS Kesehatan: [[ID:000⁅bpjs⁆]]
Alamat: [[A:Jl. Ngagel Jaya Selatan No. 45, Gubeng, Surabaya]]
Keluhan: sesak napas sejak 2 hari. Diagnosis: gagal jantung kongestif.
Dokter: dr. [[N:Agus Santoso]], Sp.JP""".replace("⁅bpjs⁆", rd(10)))

neg("news", "id", """Presiden Prabowo Subianto menerima kunjungan Perdana Menteri Malaysia Anwar Ibrahim di Istana Merdeka,
Jakarta, Senin. Mantan presiden Joko Widodo kembali ke Solo. Timnas Indonesia asuhan Shin Tae-yong
menang 2-0 atas Vietnam.""")

neg("wiki", "id", """Raden Ajeng Kartini (lahir 21 April 1879 di Jepara, wafat 17 September 1904) adalah pahlawan
nasional Indonesia. Hari lahirnya diperingati setiap tahun sebagai Hari Kartini. Jalan Malioboro di
Yogyakarta dinamai menurut Duke of Marlborough, menurut salah satu versi.""")

neg("shipping", "id", """Pesanan kamu sudah dikirim!
No. pesanan: 240618ABCD12 · No. resi JNE: JP1234567890
Estimasi tiba: 20-22 Juni 2024. Lacak paket di aplikasi.""")

# ====================================================================== Vietnamese
G["cccd1"] = "001" + "1" + "92" + rd(6)
pos("ticket", "vi", """Phiếu hỗ trợ #VN-30218 - Đổi địa chỉ giao hàng
Khách hàng: [[N:Nguyễn Thị Thu Hà]]
Số CCCD: [[ID:⁅cccd1⁆]]
Địa chỉ mới: [[A:Số 25 ngõ 96 phố Đại La, phường Đồng Tâm, quận Hai Bà Trưng, Hà Nội]]
Số điện thoại: [[P:0912 345 688]]
Ghi chú: "Giao giờ hành chính giúp em nhé, em cảm ơn."
Nhân viên xử lý: [[N:Trần Minh Quân]]""")

G["cccd2"] = "079" + "0" + "88" + rd(6)
pos("hr", "vi", """HỒ SƠ NHÂN VIÊN
Họ và tên: [[N:Lê Văn Phúc]]
Ngày sinh: [[D:ngày 15 tháng 8 năm 1988]]
Số CCCD: [[ID:⁅cccd2⁆]], cấp ngày 10/05/2021
Mã số thuế cá nhân: [[ID:8⁅mst⁆]]
Địa chỉ thường trú: [[A:123/4 đường Lê Văn Sỹ, phường 13, quận 3, TP. Hồ Chí Minh]]
Điện thoại: [[P:+84 903 218 457]]
Email: [[E:levanphuc88@gmail.com]]""".replace("⁅mst⁆", rd(9)))

pos("chat", "vi", """[18:02 05/02/2024] [[N:Linh]]: chị ơi, tết này về quê em gửi quà cho bà nhé
[18:05 05/02/2024] chị [[N:Mai]]: ok em, gửi về [[A:thôn Đông, xã Hải Phú, huyện Hải Hậu, Nam Định]]
[18:05 05/02/2024] chị [[N:Mai]]: người nhận là chú [[N:Hùng]], sđt [[P:0386 412 095]]
[18:06 05/02/2024] [[N:Linh]]: dạ em nhớ rồi ạ""")

pos("medical", "vi", """BỆNH ÁN NGOẠI TRÚ - Bệnh viện Đa khoa Đà Nẵng
Họ tên người bệnh: [[N:Phạm Thị Lan]]     Ngày sinh: [[D:03/03/1957]]
Số thẻ BHYT: [[ID:HT2⁅bhyt⁆]]
Địa chỉ: [[A:K45/12 Hoàng Diệu, phường Phước Ninh, quận Hải Châu, Đà Nẵng]]
Chẩn đoán: tăng huyết áp vô căn. Điều trị: amlodipin 5 mg.
Bác sĩ điều trị: BS. [[N:Võ Quốc Bảo]]""".replace("⁅bhyt⁆", rd(12)))

neg("news", "vi", """Tổng Bí thư Tô Lâm đã tiếp Thủ tướng Nhật Bản tại Hà Nội vào sáng thứ Hai. Thủ tướng Phạm Minh Chính
chủ trì hội nghị về phát triển kinh tế số. Đội tuyển Việt Nam thắng Thái Lan 2-1 tại Mỹ Đình.""")

neg("wiki", "vi", """Hồ Chí Minh (19 tháng 5 năm 1890 - 2 tháng 9 năm 1969) là nhà cách mạng và Chủ tịch nước Việt Nam
Dân chủ Cộng hòa. Nguyễn Du sinh năm 1766, tác giả Truyện Kiều. Phố Hàng Bạc nằm trong khu phố cổ Hà Nội.""")

neg("shipping", "vi", """Đơn hàng của bạn đang được giao.
Mã đơn hàng: 240612VN8812 · Mã vận đơn GHN: GHN8K2L9Q1
Dự kiến giao: thứ Năm, 13/06/2024. Vui lòng để ý điện thoại khi shipper gọi.""")

# ====================================================================== Filipino
G["ph_psn"] = "%s-%s-%s-%s" % (rd(4), rd(4), rd(4), rd(4))
pos("ticket", "tl", """Reklamo #PH-77120 - Hindi dumating ang order
Customer: [[N:Maria Cristina dela Cruz]]
PhilSys Card No.: [[ID:⁅ph_psn⁆]]
Address: [[A:Blk 12 Lot 8, Phase 2, Brgy. San Isidro, Cainta, Rizal 1900]]
Mobile: [[P:0917 845 2310]]
Mensahe: "Ilang araw na pong naka-'out for delivery' pero wala pa rin po. Pakitingnan po."
Agent: [[N:Jomar]]""")

pos("form", "tl", """EMPLOYEE INFORMATION SHEET
Pangalan: [[N:Jose Miguel Santos Reyes]]
Petsa ng kapanganakan: [[D:ika-15 ng Hunyo 1990]]
SSS No.: [[ID:⁅ph_sss⁆]]
TIN: [[ID:⁅ph_tin⁆]]
PhilHealth No.: [[ID:⁅ph_ph⁆]]
Tirahan: [[A:45 Kalye Mabini, Brgy. Poblacion, Lungsod ng Batangas 4200]]
Cellphone: [[P:+63 928 301 4476]]
Emergency contact: [[N:Ligaya Reyes]] (nanay) - [[P:0918 220 1945]]""".replace(
    "⁅ph_sss⁆", "%s-%s-%s" % (rd(2), rd(7), rd(1))).replace("⁅ph_tin⁆", "%s-%s-%s-000" % (rd(3), rd(3), rd(3))).replace(
    "⁅ph_ph⁆", "%s-%s-%s" % (rd(2), rd(9), rd(1))))

pos("chat", "tl", """[6/12/24, 8:15 PM] [[N:Andeng]]: beh san ko ipapadala yung pasalubong?
[6/12/24, 8:17 PM] [[N:bea]]: sa bahay ni Tita [[N:Nene]], [[A:118 Rizal St., Brgy. 3, Lucena City]]
[6/12/24, 8:17 PM] [[N:bea]]: tawagan mo sya pag andyan na [[P:0927 553 1084]]
[6/12/24, 8:18 PM] [[N:Andeng]]: sige sige, salamat!""")

pos("email", "tl", """Subject: Renewal ng lisensya - requirements
From: [[E:ramon.villanueva82@yahoo.com]]

Magandang araw po,
Ako po si [[N:Ramon Villanueva]], ipinanganak noong [[D:Marso 3, 1982]]. Ang lisensya ko po ay
[[ID:⁅ph_dl⁆]] at mag-e-expire sa susunod na buwan. Ang tirahan ko po ay
[[A:Unit 1204, Tower B, Avida Residences, 7th Ave, Bonifacio Global City, Taguig 1634]].
Salamat po,
[[N:Ramon Villanueva]] - [[P:0915 330 2841]]""".replace("⁅ph_dl⁆", "%s%s-%s-%s" % (R.choice("ABCDNK"), rd(2), rd(2), rd(6))))

neg("news", "tl", """Pinangunahan ni Pangulong Ferdinand Marcos Jr. ang pagdiriwang ng Araw ng Kalayaan sa Kawit, Cavite.
Dumalo rin si Bise Presidente Sara Duterte. Nanalo si Carlos Yulo ng dalawang gintong medalya sa Paris.""")

neg("wiki", "tl", """Si José Rizal (19 Hunyo 1861 - 30 Disyembre 1896) ay pambansang bayani ng Pilipinas. Isinulat niya ang
Noli Me Tángere (1887). Ang EDSA ay dumadaan sa Quezon City, Mandaluyong, Makati at Pasay; ang Ayala
Avenue ang sentro ng negosyo sa Makati.""")

# ====================================================================== Swahili
pos("ticket", "sw", """Tiketi #KE-20411 - Malipo hayajafika
Mteja: [[N:Wanjiru Kamau]]
Namba ya kitambulisho: [[ID:⁅ke_id⁆]]
Anwani: [[A:S.L.P. 4471-00100]]
        [[A:Nairobi]]
Simu: [[P:0712 345 698]]
Maelezo: "Nilituma pesa kwa M-Pesa tarehe 3 lakini akaunti yangu bado haijaonyesha malipo."
Aliyeshughulikia: [[N:Otieno Ochieng]]""".replace("⁅ke_id⁆", "2" + rd(7)))

pos("form", "sw", """FOMU YA TAARIFA ZA MFANYAKAZI
Jina kamili: [[N:Amina Hassan Mwakilema]]
Tarehe ya kuzaliwa: [[D:12 Machi 1988]]
KRA PIN: [[ID:A0⁅kra⁆Z]]
Namba ya NHIF: [[ID:⁅nhif⁆]]
Anwani ya makazi: [[A:Nyumba Na. 14, Barabara ya Ngong, Kilimani, Nairobi]]
Simu: [[P:+254 722 418 305]]
Mtu wa kuwasiliana wakati wa dharura: [[N:Juma Mwakilema]] - [[P:0733 902 114]]""".replace("⁅kra⁆", rd(8)).replace("⁅nhif⁆", rd(8)))

pos("chat", "sw", """[15/08/2024 18:30] [[N:Neema]]: dada, harusi ni wapi jumamosi?
[15/08/2024 18:33] [[N:zawadi]]: kwa [[N:Baraka]], [[A:Mtaa wa Uhuru Na. 27, Moshi]]
[15/08/2024 18:33] [[N:zawadi]]: ukipotea mpigie [[P:+255 754 331 208]]
[15/08/2024 18:35] [[N:Neema]]: sawa, nitafika saa nane""")

pos("form", "sw", """OMBI LA MKOPO - Taarifa za mwombaji (Tanzania)
Jina: Bi. [[N:Rehema Salim Mushi]]
Namba ya NIDA: [[ID:19880312-⁅nida⁆]]
Tarehe ya kuzaliwa: [[D:12/03/1988]]
Anwani: [[A:Mtaa wa Msimbazi, Kariakoo, Dar es Salaam]]
Simu: [[P:0767 210 443]]""".replace("⁅nida⁆", "%s-%s-%s" % (rd(5), rd(5), rd(2))))

neg("news", "sw", """Rais William Ruto alikutana na Rais Samia Suluhu Hassan mjini Arusha siku ya Jumanne kujadili biashara
ya mpakani. Bunge la Kenya lilipitisha bajeti mpya. Mwanariadha Faith Kipyegon alishinda dhahabu.""")

neg("wiki", "sw", """Julius Kambarage Nyerere (13 Aprili 1922 - 14 Oktoba 1999) alikuwa Rais wa kwanza wa Tanzania.
Barabara ya Moi Avenue na Kenyatta Avenue ni barabara kuu katikati ya jiji la Nairobi. Idadi ya watu wa
Kenya ilikuwa milioni 47.6 katika sensa ya 2019.""")

# ====================================================================== Greek
G["amka1"] = gr_amka(1985, 3, 12)
pos("ticket", "el", """Αίτημα #GR-60412 - Αλλαγή διεύθυνσης
Πελάτης: [[N:Γιώργος Παπαδόπουλος]]
ΑΜΚΑ: [[ID:⁅amka1⁆]]
Διεύθυνση: [[A:Σόλωνος 112, 4ος όροφος]]
           [[A:106 80 Αθήνα]]
Κινητό: [[P:694 123 4578]]
Σχόλιο: «Παρακαλώ στείλτε τον λογαριασμό στη νέα διεύθυνση.»
Χειριστής: [[N:Ελένη Κωνσταντίνου]]""")

G["afm1"] = gr_afm()
G["gr_iban1"] = ib4(iban_simple("GR"))
pos("hr", "el", """ΕΝΤΥΠΟ ΣΤΟΙΧΕΙΩΝ ΕΡΓΑΖΟΜΕΝΟΥ
Ονοματεπώνυμο: [[N:Δημήτρης Αλεξίου]]
Ημερομηνία γέννησης: [[D:12/03/1985]]
ΑΦΜ: [[ID:⁅afm1⁆]]
ΑΔΤ: [[ID:ΑΚ ⁅adt⁆]]
Διεύθυνση: [[A:Εγνατίας 128, 546 30 Θεσσαλονίκη]]
Τηλέφωνο: [[P:+30 697 412 3306]]
IBAN: [[I:⁅gr_iban1⁆]]""".replace("⁅adt⁆", rd(6)))

pos("chat", "el", """[10/4/24, 21:05] [[N:Μαρία]]: πού θα είναι το τραπέζι το Πάσχα;
[10/4/24, 21:07] [[N:κώστας]]: στης γιαγιάς του [[N:Νίκου]], [[A:Αγίου Δημητρίου 15, Ηράκλειο]]
[10/4/24, 21:07] [[N:κώστας]]: πάρε τον [[N:Νίκο]] αν χαθείς [[P:697 220 1184]]
[10/4/24, 21:08] [[N:Μαρία]]: τέλεια 🐣""")

pos("medical", "el", """ΙΑΤΡΙΚΗ ΓΝΩΜΑΤΕΥΣΗ - Γενικό Νοσοκομείο Πατρών
Ασθενής: [[N:Αικατερίνη Γεωργίου]]     ΑΜΚΑ: [[ID:⁅amka2⁆]]
Ημ. γέννησης: [[D:21 Μαΐου 1950]]
Διεύθυνση: [[A:Κορίνθου 210, 262 23 Πάτρα]]
Διάγνωση: σακχαρώδης διαβήτης τύπου 2. Αγωγή: μετφορμίνη 850 mg x2.
Θεράπων ιατρός: [[N:Σπύρος Μαυρίδης]]""".replace("⁅amka2⁆", gr_amka(1950, 5, 21)))

neg("news", "el", """Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε την Τρίτη στις Βρυξέλλες με την πρόεδρο της
Ευρωπαϊκής Επιτροπής. Ο Γιάννης Αντετοκούνμπο σημείωσε 35 πόντους στη νίκη των Μπακς.""")

neg("wiki", "el", """Ο Νίκος Καζαντζάκης (18 Φεβρουαρίου 1883 - 26 Οκτωβρίου 1957) ήταν Έλληνας συγγραφέας. Η οδός
Πανεπιστημίου συνδέει την πλατεία Συντάγματος με την Ομόνοια. Η Αθήνα έχει περίπου 3,7 εκατομμύρια κατοίκους.""")


# ====================================================================== extra cases for the rarer types
pos("form", "es", """SOLICITUD DE ASISTENCIA (EE. UU.) - formulario en español
Nombre del solicitante: [[N:Guadalupe Ochoa Navarrete]]
Número de Seguro Social: [[S:⁅ssn_es⁆]]
Fecha de nacimiento: [[D:7 de enero de 1979]]
Dirección: [[A:2418 E Cesar Chavez Ave, Apt 6]]
           [[A:Los Angeles, CA 90033]]
Teléfono: [[P:(323) 268-4190]]
Miembros del hogar: [[N:Ernesto Ochoa]] (esposo), SSN [[S:⁅ssn_es2⁆]]""".replace("⁅ssn_es⁆", ssn()).replace("⁅ssn_es2⁆", ssn()))

rows = ["report_id|subject_name|ssn|dob|result"]
for nm, dob in [("Travis Boudreaux", "1990-02-11"), ("Keisha Montgomery", "1984-09-23"), ("Nguyen Van Long", "1979-06-30"),
                ("Shannon O'Malley", "1995-12-02")]:
    rows.append("BG-%06d|[[N:%s]]|[[S:%s]]|[[D:%s]]|%s" % (R.randint(100000, 999999), nm, ssn(), dob,
                                                          R.choice(["clear", "clear", "review", "clear"])))
pos("csv", "en", "\n".join(rows))

pos("shell", "nl", """# bash-geschiedenis van de beheerlaptop (export voor het incidentrapport)
 2041  export http_proxy=[[U:http://jvdberg:Stroopwafel!23@proxy.gemeente.local:3128]]
 2042  git clone [[U:https://jvdberg:⁅nl_gitpw⁆@git.gemeente.local/ict/scripts.git]]
 2043  scp rapport.pdf beheer@[[IP:10.70.3.15]]:/srv/deel/
 2044  unset http_proxy""".replace("⁅nl_gitpw⁆", tok(20)))

pos("config", "de", """# /etc/fstab und Backup-Skript auf dem Familien-NAS (von [[N:Uwe]] gepostet im Forum)
//[[IP:192.168.178.22]]/fotos  /mnt/fotos  cifs  username=uwe,password=[[K:Sonnenblume1965]]  0  0
rsync -av /mnt/fotos/ [[U:rsync://backup:Nas-Backup-4711@nas2.fritz.box/sicherung/]]
# WLAN-Router: MAC des Laptops von [[N:Birgit]] freigeschaltet: [[MAC:B4-6B-FC-21-0E-93]]""")

G["tr_c1"] = card(R.choice(["51", "52", "53", "54", "55"]), 16)
pos("chat", "tr", """[12.02.2024 22:41] [[N:Oğuz]]: abi kart bilgisi lazım, bilet alacağım
[12.02.2024 22:43] [[N:Serkan]]: [[C:⁅tr_c1_f⁆]] son kullanma 10/27
[12.02.2024 22:43] [[N:Serkan]]: işin bitince mesajı sil lütfen
[12.02.2024 22:44] [[N:Oğuz]]: tamamdır sildim sayılır 😅""".replace("⁅tr_c1_f⁆", grp(G["tr_c1"], [4, 4, 4, 4], "-")))

G["id_c1"] = card("4", 16)
pos("log", "id", """2024-05-02 14:22:10 ERROR pembayaran gagal: kartu [[C:⁅id_c1⁆]] ditolak bank penerbit (kode 05)
2024-05-02 14:22:10 INFO  pelanggan=[[N:Hendra Gunawan]] email=[[E:hendra.gunawan77@gmail.com]] ip=[[IP:36.72.218.14]]
2024-05-02 14:22:11 WARN  data kartu tidak dimasking di log - tiket SEC-118 dibuat""")

G["fi_c1"] = card("4", 16)
pos("email", "fi", """Aihe: Hotellivaraus - maksutiedot
Lähettäjä: [[E:petri.hakala@elisanet.fi]]

Hei,
tässä vielä kortin tiedot varausta varten: [[C:⁅fi_c1_f⁆]], voimassa 05/26, kortinhaltija [[N:Petri Hakala]].
Saavumme perjantaina noin klo 22.
Terveisin [[N:Petri]] / [[P:041 552 7730]]""".replace("⁅fi_c1_f⁆", grp(G["fi_c1"], [4, 4, 4, 4])))

pos("log", "cs", """Jan 14 18:20:11 router hostapd: wlan0: STA [[MAC:ac:bc:32:9e:41:07]] IEEE 802.11: associated (aid 3)
Jan 14 18:20:11 router hostapd: wlan0: STA [[MAC:ac:bc:32:9e:41:07]] WPA: pairwise key handshake completed (RSN)
Jan 14 18:20:12 router dnsmasq-dhcp: DHCPACK(br-lan) [[IP:192.168.8.143]] [[MAC:ac:bc:32:9e:41:07]] iPhone-Petra""")

pos("config", "ro", """# setări aplicație facturare - server clienți (nu trimiteți pe e-mail!)
SMTP_URL=[[U:smtps://facturi%40firma-mea.ro:Parola!Cluj2024@mail.firma-mea.ro:465]]
ANAF_CLIENT_SECRET=[[K:⁅ro_sec⁆]]
# contact tehnic: [[N:Radu Ene]], [[P:0744 210 963]]""".replace("⁅ro_sec⁆", tok(32)))

G["el_c1"] = card(R.choice(["51", "52", "53", "54", "55"]), 16)
pos("form", "el", """ΦΟΡΜΑ ΚΡΑΤΗΣΗΣ - Ενοικιάσεις Αυτοκινήτων Χανιά
Οδηγός: [[N:Σταύρος Λαμπράκης]]
Αρ. διπλώματος οδήγησης: [[ID:⁅el_dl⁆]]
Ημ. γέννησης: [[D:4/11/1979]]
Κάρτα: [[C:⁅el_c1⁆]]
Κινητό: [[P:+30 6944 218 730]]""".replace("⁅el_dl⁆", rd(9)))

neg("docs", "nl", """Voorbeeldconfiguratie proxy: http_proxy=http://gebruiker:wachtwoord@proxy.voorbeeld.nl:8080 - vervang
'gebruiker' en 'wachtwoord' door je eigen gegevens, of gebruik beter de systeemsleutelbos. Test met
curl -I https://www.rijksoverheid.nl. Versie van de handleiding: 2.3 (maart 2024).""")

neg("docs", "de", """Beispiel-IBAN für Tests: DE02 1203 0000 0000 2020 51 und DE02 5001 0517 0137 0750 30 stammen aus
öffentlichen Prüflisten; produktive Konten dürfen in der Testumgebung nicht verwendet werden. Die
Prüfziffernberechnung erfolgt nach ISO 7064 (Modulo 97-10). BIC-Beispiel: BYLADEM1001.""")

neg("code", "sv", """# Exempel: generera testdata - inga riktiga personnummer!
def fake_personnummer():
    # Skatteverket har särskilda testnummer; använd dem, aldrig riktiga personer
    return random.choice(TESTNUMMER)

LOSENORD_MIN_LANGD = 12   # lösenordspolicy v3.1
API_NYCKEL = os.environ.get("API_NYCKEL")  # sätts i CI""")


if __name__ == "__main__":
    emit("blind17", cases)
