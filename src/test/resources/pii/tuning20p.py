"""Development corpus 20p: hand-labelled documents for tuning, written without looking at the detector.

Labelling conventions
---------------------
General
  * Label what a careful privacy reviewer would consider personal data of a private individual.
    Organisational contact data (registered offices, shop, branch and venue addresses, hotlines,
    switchboards, role mailboxes such as info@ / support@ / noreply@ / hr@) is NOT labelled.
  * Label the value only, never its field name, key or surrounding quotes ("Password: x" -> x,
    "DB_PASSWORD='x'" -> x, JSON "dob": "1990-01-02" -> 1990-01-02).
  * No nested spans: an e-mail address containing a name is one EMAIL span, a URL with credentials is
    one URL_WITH_CREDENTIALS span, a birth date encoded inside an ID number is not labelled again.
  * Hard negatives carry no markup at all. Positive documents may contain unlabelled distractors
    (order numbers, company details, private IPs, masked cards, bank account numbers of formats
    that have no type here such as sort code + account, CBU or BCA numbers).
PERSON
  * A private person's name is one span (also when written "Surname, Given names" or in capitals),
    including first names, initials, middle names, particles (van der, de la, von, bin, binti, Ni,
    Nic, O', dos, du) and hyphenated parts. Titles, honorifics and post-nominals (Mr, Mrs, Ms, Frau,
    Herr, Sra., Dr., Prof., Cllr, Avv., Dott., MD) are excluded.
  * A lone first name or a lone surname that refers to a private person (greetings, signatures,
    "Mr Okafor", "Frau Weber") is labelled too (surname without the title). Lowercase names are
    labelled. Chat speaker labels are labelled when they are a person's name ("kasia:", "[09:12] rob:");
    login handles with dots / underscores / digits (sasha.k, lucas_m) are user names and are not.
    Kinship words and forms of address (Oma, Aunt, Grandma, mama, ate, oom, kak long, farmor) are not
    part of the span and are not labelled on their own.
  * Separate form fields or table columns (surname | given names) are separate spans.
  * Not labelled: public figures in news, politicians, athletes, artists, historical people, fictional
    characters, people in names of streets, products, companies, diseases, laws, airports and
    buildings, user names / handles / hostnames (jdoe, @mkowalski, annas-iphone) and placeholders
    ({{first_name}}).
STREET_ADDRESS
  * A private person's postal address (home, previous, delivery, holiday home, PO box).
  * In a multi-line block each line is its own span: building / apartment name line, street line with
    house number, floor, door, staircase, unit, c/o line, PO box line, locality / village / district
    line, postcode + town line, county / state / region line. A country line alone is never labelled.
  * An address written inline on one line (prose, chat, CSV field, JSON string) is one span from the
    first address element to the postcode / town, excluding the country. Separate JSON fields or table
    columns (street | zip | city | state) are separate spans. A bare town ("lives in Lyon") is not
    labelled.
  * Not labelled: company / registered-office / shop / hospital / venue addresses, street names used
    as place names ("traffic on Baker Street", "a Via Garibaldi in every town").
DATE_OF_BIRTH
  * Only the date itself, in any format or language (including ordinals and words: "3rd March 1958",
    "the fourteenth of August, 1961", "trois juin deux mille quinze", "1976. április 22.");
    ages and the word "born" are not included. A year on its own is not labelled.
  * Not labelled: birth dates of historical or public figures; other dates near names (hire, visit,
    admission, appointment, expiry, issue, death, delivery).
PASSPORT_OR_ID
  * Government-issued or statutory personal numbers: national ID numbers and personal codes
    (PESEL, CPR, personnummer, HETU, rodné číslo, CNP, EGN, TCKN, NIK, MyKad, SA ID, NRIC, HKID,
    Aadhaar, Emirates ID, CURP, RUT, CUIL, CPF, BSN, registre national), ID card numbers, passports,
    driving licences, tax ids (Steuer-ID, NIF, NIP, AFM, adóazonosító, PAN, UTR, TIN, KRA PIN, RFC,
    NPWP), social insurance numbers (NIR, NSS, NISS, AHV, SVNR, RV-Nummer, NINO, SIN, TFN, SSS,
    PIS), health insurance numbers (KVNR, NHS, Medicare, TAJ, AMKA, OHIP, NHI, BPJS, PhilHealth) and
    residence permits. The number is labelled as written (with its spaces, dots, slashes, dashes).
    Where the real format has check digits they are valid (computed below); formats without check
    digits are typed plausibly.
  * Not labelled: internal numbers (customer, member, employee, order, policy, invoice, patient
    record / MRN, ticket, pupil, study numbers), company registration and VAT numbers, and documented
    sample numbers in specifications / help pages (hard negatives).
US_SSN
  * US social security numbers with dashes or spaces; sample / advertising numbers in docs are not.
API_KEY_OR_SECRET
  * The secret value: passwords and passphrases in configs, code, shell history, e-mails and chats
    (including Wi-Fi passwords, door and key-safe codes), API keys, tokens, webhook URLs with their
    secret path, client secrets, base64 data of Kubernetes secrets, AccountKey / Password parts of
    connection strings that are not URLs, private key blocks (the whole PEM block from -----BEGIN to
    END-----). For `-u user:pass` only the password is a secret (the user is labelled only if it is an
    e-mail address). An access key id written next to its secret is labelled too, separately.
  * Not labelled: placeholders (YOUR_API_KEY, <your-key>, changeme, xxxx, ********, ***), documented
    example keys (AKIAIOSFODNN7EXAMPLE, the jwt.io sample token), test-mode tokens named as such,
    references to environment variables / secret stores, hashes, fingerprints, UUIDs, commit ids,
    CSRF values, passwords quoted as examples of bad passwords in a policy.
URL_WITH_CREDENTIALS
  * The whole URL (scheme to end) when it embeds a password or token in the userinfo part
    (postgresql://u:p@h/db, redis://:p@h, https://user:token@git..., ftp://u:p@h, s3://id:secret@b).
    URLs with only a user name or a public key in the userinfo (ssh git@..., Sentry DSN) are not.
IP_ADDRESS
  * Public IPv4 / IPv6 addresses in logs, alerts, shell history and chats are labelled (they can
    identify a person or a device; no attempt is made to tell home lines from servers).
  * Private network addresses are treated as NOT personal and never labelled: 10/8, 172.16/12,
    192.168/16, loopback, link-local, 0.0.0.0; neither are the public resolvers 8.8.8.8 / 1.1.1.1,
    netmasks or version strings that look like addresses.
MAC_ADDRESS
  * Device MAC addresses in colon, dash or bare-hex notation; broadcast / OUI prefixes are not.
EMAIL / PHONE
  * Addresses and numbers of private persons, including work addresses and direct lines of named
    employees. Role mailboxes and organisation hotlines / switchboards are not labelled. A phone span
    includes the country code, "+", parentheses and separators, not an extension ("ext. 4").
CREDIT_CARD / IBAN
  * Full card numbers (Luhn-valid) and IBANs (mod-97-valid) of persons, with or without spaces.
    Masked numbers (****8812), documented test cards and the ECBS example IBANs are not labelled.
"""
import random
import re

from labels import E, P, C, I, S, IP, MAC, U, K, N, A, D, ID, NL, m, luhn, iban_ok, emit

rng = random.Random(20202)

# ---------------------------------------------------------------------------------------------
# shorthand: [[X|value]] with X one of the short codes is turned into the corpus markup
CODES = {"E": E, "P": P, "C": C, "I": I, "S": S, "IP": IP, "MAC": MAC, "U": U, "K": K, "N": N, "A": A, "D": D,
         "ID": ID}
SH = re.compile(r"\[\[(E|P|C|I|S|IP|MAC|U|K|N|A|D|ID)\|(.*?)\]\]", re.S)


def mark(text):
    out = SH.sub(lambda mo: m(CODES[mo.group(1)], mo.group(2)), text)
    assert not re.search(r"\[\[(E|P|C|I|S|IP|MAC|U|K|N|A|D|ID)\|", out), out
    return out


cases = []


def pos(kind, lang, text):
    t = mark(text)
    assert "\u27e6" in t, text
    cases.append((kind, lang, False, t))


def neg(kind, lang, text):
    assert not SH.search(text), text
    cases.append((kind, lang, True, text))


# ---------------------------------------------------------------------------------------------
# check-digit helpers (so that numbers with a real checksum are valid)

def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return str((10 - tot % 10) % 10)


def card(prefix, length=16, sep=" ", groups=None):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    num = body + luhn_digit(body)
    assert luhn(num)
    if groups is None:
        groups = {16: (4, 4, 4, 4), 15: (4, 6, 5), 14: (4, 6, 4), 19: (4, 4, 4, 4, 3)}[length]
    parts, i = [], 0
    for g in groups:
        parts.append(num[i:i + g])
        i += g
    return sep.join(parts)


def iban(cc, bban, spaced=True):
    bban = bban.replace(" ", "")
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in r)) % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def dni(num):  # Spain DNI / NIE
    n = num
    for a, b in (("X", "0"), ("Y", "1"), ("Z", "2")):
        n = n.replace(a, b) if n.startswith(a) else n
    return num + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                    14, 16, 10, 22, 25, 24, 23]))


def codice_fiscale(s15):
    t = 0
    for i, ch in enumerate(s15):
        t += _CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return s15 + chr(65 + t % 26)


def steuer_id(s10):
    p = 10
    for ch in s10:
        x = (int(ch) + p) % 10
        p = ((x or 10) * 2) % 11
    c = 11 - p
    return s10 + str(0 if c == 10 else c)


def rv_nummer(area, ddmmyy, letter, serial):
    s = area + ddmmyy + "%02d" % (ord(letter) - 64) + serial
    t = sum(sum(int(q) for q in str(int(a) * b)) for a, b in zip(s, [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]))
    return "%s %s %s%s %s" % (area, ddmmyy, letter, serial, t % 10)


def kvnr(letter, d8):
    s = "%02d" % (ord(letter) - 64) + d8
    t = sum(sum(int(q) for q in str(int(a) * (1 if i % 2 == 0 else 2))) for i, a in enumerate(s))
    return letter + d8 + str(t % 10)


def bsn(d8):
    for c in range(10):
        s = d8 + str(c)
        if (sum(int(s[i]) * (9 - i) for i in range(8)) - int(s[8])) % 11 == 0:
            return s
    raise ValueError(d8)


def pesel(yy, mm, dd, serial3, female):
    y = int(yy)
    mon = mm + (20 if y >= 2000 else 0)
    base = "%02d%02d%02d%s" % (y % 100, mon, dd, serial3)
    sexd = [0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]
    base += str(sexd[int(serial3[-1]) % 5])
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return base + str((10 - sum(int(a) * b for a, b in zip(base, w)) % 10) % 10)


def pl_id_card(letters, d5):
    vals = [ord(ch) - 55 for ch in letters] + [int(x) for x in d5]
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    return letters + str(sum(v * x for v, x in zip(vals, w)) % 10) + d5


def nip(d9):
    r = sum(int(a) * b for a, b in zip(d9, [6, 5, 7, 2, 3, 4, 5, 6, 7])) % 11
    assert r != 10
    return d9 + str(r)


def cpr(ddmmyy, d3):
    for c in range(10):
        s = ddmmyy + d3 + str(c)
        if sum(int(a) * b for a, b in zip(s, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0:
            return s[:6] + "-" + s[6:]
    return None


def fnr(ddmmyy, iii):
    s = ddmmyy + iii
    k1 = 11 - sum(int(a) * b for a, b in zip(s, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    s += str(k1)
    k2 = 11 - sum(int(a) * b for a, b in zip(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return s + str(k2)


def first_valid(fn, *args_list):
    for args in args_list:
        v = fn(*args)
        if v:
            return v
    raise ValueError(args_list)


def personnummer(yymmdd, nnn, sep="-"):
    return yymmdd + sep + nnn + luhn_digit(yymmdd + nnn)


def hetu(ddmmyy, century, nnn):
    return ddmmyy + century + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + nnn) % 31]


def rodne_cislo(yymmdd, d3):
    for c in range(10):
        s = yymmdd + d3 + str(c)
        if int(s) % 11 == 0:
            return s[:6] + "/" + s[6:]
    raise ValueError


def taj(d8):
    return d8 + str(sum(int(a) * (3 if i % 2 == 0 else 7) for i, a in enumerate(d8)) % 10)


def hu_adoazonosito(birth, serial3):
    import datetime
    days = (birth - datetime.date(1867, 1, 1)).days
    s = "8" + "%05d" % days + serial3
    r = sum(int(a) * (i + 1) for i, a in enumerate(s)) % 11
    assert r != 10
    return s + str(r)


def cnp(s12):
    r = sum(int(a) * b for a, b in zip(s12, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9])) % 11
    return s12 + str(1 if r == 10 else r)


def egn(s9):
    r = sum(int(a) * b for a, b in zip(s9, [2, 4, 8, 5, 10, 9, 7, 3, 6])) % 11
    return s9 + str(0 if r == 10 else r)


def amka(s10):
    return s10 + luhn_digit(s10)


def afm(s8):
    return s8 + str(sum(int(a) * 2 ** (8 - i) for i, a in enumerate(s8)) % 11 % 10)


def tckn(s9):
    d = [int(x) for x in s9]
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return s9 + str(d10) + str(d11)


def nif_pt(s8):
    r = sum(int(a) * (9 - i) for i, a in enumerate(s8)) % 11
    return s8 + str(0 if r < 2 else 11 - r)


def cpf(s9):
    d = [int(x) for x in s9]
    c1 = sum(a * b for a, b in zip(d, range(10, 1, -1))) * 10 % 11 % 10
    d.append(c1)
    c2 = sum(a * b for a, b in zip(d, range(11, 1, -1))) * 10 % 11 % 10
    s = s9 + str(c1) + str(c2)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def rut(body):
    w = [2, 3, 4, 5, 6, 7]
    t = sum(int(a) * w[i % 6] for i, a in enumerate(reversed(body)))
    dv = 11 - t % 11
    dv = "0" if dv == 11 else "K" if dv == 10 else str(dv)
    b = "{:,}".format(int(body)).replace(",", ".")
    return b + "-" + dv


def nir_fr(s13):
    return s13 + "%02d" % (97 - int(s13) % 97)


def nss_es(prov, num8):
    return prov + num8 + "%02d" % (int(prov + num8) % 97)


def be_nn(yymmdd, sss, born2000=False):
    base = ("2" if born2000 else "") + yymmdd + sss
    cc = 97 - int(base) % 97
    return "%s.%s.%s-%s.%02d" % (yymmdd[:2], yymmdd[2:4], yymmdd[4:], sss, cc)


def ppsn(d7, second=""):
    t = sum(int(a) * (8 - i) for i, a in enumerate(d7)) + (9 * (ord(second) - 64) if second else 0)
    r = t % 23
    return d7 + ("W" if r == 0 else chr(64 + r)) + second


def nhs(d9):
    r = 11 - sum(int(a) * (10 - i) for i, a in enumerate(d9)) % 11
    r = 0 if r == 11 else r
    assert r != 10
    s = d9 + str(r)
    return s[:3] + " " + s[3:6] + " " + s[6:]


def sin_ca(d8):
    s = d8 + luhn_digit(d8)
    return s[:3] + " " + s[3:6] + " " + s[6:]


def tfn(d8):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    for c in range(10):
        s = d8 + str(c)
        if sum(int(a) * b for a, b in zip(s, w)) % 11 == 0:
            return s[:3] + " " + s[3:6] + " " + s[6:]
    return None


def medicare_au(d8, issue):
    c = sum(int(a) * b for a, b in zip(d8, [1, 3, 7, 9, 1, 3, 7, 9])) % 10
    s = d8 + str(c) + issue
    return s[:4] + " " + s[4:9] + " " + s[9:]


def nric(prefix, d7):
    t = sum(int(a) * b for a, b in zip(d7, [2, 7, 6, 5, 4, 3, 2])) + (4 if prefix in "TG" else 0)
    return prefix + d7 + "JZIHGFEDCBA"[t % 11]


def hkid(letter, d6):
    t = 9 * 36 + 8 * (ord(letter) - 55) + sum((7 - i) * int(x) for i, x in enumerate(d6))
    c = (11 - t % 11) % 11
    return "%s%s(%s)" % (letter, d6, "A" if c == 10 else c)


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]
_p1 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]
for _i in range(1, 8):
    _VP.append([_p1[x] for x in _VP[_i - 1]])
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


def aadhaar(d11):
    for c in range(10):
        if verhoeff_ok(d11 + str(c)):
            s = d11 + str(c)
            return s[:4] + " " + s[4:8] + " " + s[8:]
    raise ValueError


def sa_id(yymmdd, g4, citizen="0", a="8"):
    s = yymmdd + g4 + citizen + a
    return s + luhn_digit(s)


def ahv(d9):
    s = "756" + d9
    t = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(s))
    s += str((10 - t % 10) % 10)
    return "%s.%s.%s.%s" % (s[:3], s[3:7], s[7:11], s[11:])


def svnr_at(d3, ddmmyy):
    s = d3 + "0" + ddmmyy
    w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
    c = sum(int(a) * b for a, b in zip(s, w)) % 11
    if c == 10:
        return None
    return d3 + str(c) + " " + ddmmyy


def utr(d9):
    c = "21987654321"[sum(int(a) * b for a, b in zip(d9, [6, 7, 8, 9, 10, 5, 4, 3, 2])) % 11]
    return c + d9[:4] + " " + d9[4:]


def nhi(s6):  # New Zealand NHI, old AAANNN + check digit format
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    vals = [al.index(ch) + 1 for ch in s6[:3]] + [int(x) for x in s6[3:]]
    r = sum(v * w for v, w in zip(vals, [7, 6, 5, 4, 3, 2])) % 11
    c = 11 - r
    assert c not in (10, 11), s6
    return s6 + str(c)


# self-tests against published sample values
assert codice_fiscale("RSSMRA85T10A562") == "RSSMRA85T10A562S"
assert steuer_id("8609574271") == "86095742719"
assert rv_nummer("65", "170839", "J", "00") == "65 170839 J00 3"
assert hetu("131052", "-", "308") == "131052-308T"
assert hkid("A", "123456") == "A123456(3)"
assert pl_id_card("ABA", "00000") == "ABA300000"
assert verhoeff_ok("2363")
assert cpf("111444777") == "111.444.777-35"
assert rut("12345678") == "12.345.678-5"
assert dni("12345678") == "12345678Z"
assert tckn("100000001") == "10000000146"
assert nric("S", "1234567") == "S1234567D"
assert sin_ca("04645428") == "046 454 286"
assert nhs("943476591") == "943 476 5919"
assert ppsn("1234567") == "1234567T"
assert ahv("123456789") == "756.1234.5678.97"
assert sa_id("800101", "5009", "0", "8") == "8001015009087"
assert personnummer("811218", "987") == "811218-9876"
assert nif_pt("12345678") == "123456789"
assert tfn("12345678") == "123 456 782"
assert medicare_au("21234567", "1") == "2123 45670 1"
assert bsn("11122233") == "111222333"
assert fnr("150765", "005") == "15076500565"

# =============================================================================================
# ENGLISH - positives
# =============================================================================================

pos("ticket", "en", """Ticket #48213 - Parcel not delivered
Opened by: [[N|Harriet Okonkwo-Blake]] <[[E|harriet.ob@fastmail.co.uk]]>
Priority: normal

Hi, my order was marked as delivered yesterday but nothing arrived. Delivery address on the order:

[[N|Harriet Okonkwo-Blake]]
[[A|Flat 3, Rosewood Court]]
[[A|27 Elmfield Grove]]
[[A|Leeds LS6 2AB]]
United Kingdom

Best number to reach me is [[P|07700 914 382]] after 5pm. The courier's reference was JD014600006281739412.""")

pos("email", "en", """From: Marcus Lindqvist <[[E|m.lindqvist@northbay-consulting.com]]>
To: [[E|priya.raman@gmail.com]]
Subject: Re: lease renewal

Hi [[N|Priya]],

Thanks for sending the signed pages. Just to confirm, the renewal is for the unit at [[A|4B, 118 Harcourt Street, Dublin 2, D02 X285]] and starts on 1 September.
The landlord also needs a copy of your PPS number for the deposit protection form - you can just reply with it.

Kind regards,
[[N|Marcus Lindqvist]]
Northbay Consulting | Lettings
Direct: [[P|+353 1 555 0183]]

> On Tue, [[N|Priya Raman]] wrote:
> PPSN is [[ID|%s]], and my date of birth is [[D|14/02/1991]] if they need it.""".replace("Marcus Lindqvist <", "[[N|Marcus Lindqvist]] <") % ppsn("8876231"))

pos("env", "en", """# .env.production  -- DO NOT COMMIT
APP_ENV=production
APP_URL=https://portal.hollowayfitness.com
DB_HOST=10.20.4.17
DB_PORT=5432
DB_USER=portal
DB_PASSWORD=[[K|tR7#vLq2!mZp9wXe]]
REDIS_URL=[[U|redis://:Gh84kPz0qWs1@cache-01.internal:6379/0]]
STRIPE_SECRET_KEY=[[K|sk_live_51Mz4QbGk2XhT9a0rLpVcYw8nE3dUq7sJfH6bK1oRz]]
SENDGRID_API_KEY=[[K|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]]
SENTRY_DSN=https://e3c1a9b47d2f4a0c8b91d7e6f5a43210@o448812.ingest.sentry.io/5512203
LOG_LEVEL=info""")

pos("shell", "en", """  501  cd ~/work/billing
  502  export AWS_ACCESS_KEY_ID=[[K|AKIA4QWZ7HNL2XKD9PRT]]
  503  export AWS_SECRET_ACCESS_KEY=[[K|p9Lx3Vb+QeT7nW2mKz8sYdR0hF5jC1gU4aE6iO2v]]
  504  aws s3 ls s3://billing-exports-prod/2024/
  505  curl -u deploy:[[K|Wint3r-is-c0ming!]] https://ci.example-corp.net/job/billing/build
  506  git clone [[U|https://oauth2:glpat-Xb7Qm2ZkR9vLtW4nPc1s@gitlab.com/acme-fin/billing-core.git]]
  507  mysql -h 127.0.0.1 -u root -p'[[K|s3cr3t-R00t-2024]]' billing < dump.sql
  508  history | grep curl""")

pos("hr_form", "en", """NEW HIRE INFORMATION SHEET                                    HR-07 (rev. 2023)

Legal name:            [[N|Dolores Iturbe-Whitfield]]
Preferred name:        [[N|Lola]]
Date of birth:         [[D|07/23/1986]]
Social Security No.:   [[S|521-48-7706]]
Home address:          [[A|1420 Maple Avenue, Apt 3B]]
                       [[A|Springfield, IL 62704]]
Personal phone:        [[P|(217) 555-0148]]
Personal e-mail:       [[E|lola.iw86@yahoo.com]]
Emergency contact:     [[N|Ramon Iturbe]] (brother)  [[P|217-555-0192]]
Start date:            03/04/2024
Department:            Claims Processing
Employee ID:           E-20931   (assigned by HR, not the SSN)""")

pos("medical", "en", """ST. BRIDGET'S GP SURGERY - NEW PATIENT REGISTRATION

Surname: [[N|Achterberg]]        Forename(s): [[N|Wilhelmina Rose]]
Title: Mrs       Sex: F
Date of birth: [[D|3rd March 1958]]
NHS number: [[ID|%s]]
Address: [[A|Ivy Cottage]]
         [[A|Church Lane]]
         [[A|Little Snoring]]
         [[A|Fakenham NR21 0HU]]
Telephone (home): [[P|01328 878 204]]
Previous GP: Dr [[N|Ahmed Qureshi]], Holt Medical Practice
Next of kin: [[N|Pieter Achterberg]] (husband), same address
Allergies: penicillin (rash, 1994)
Registered: 12/01/2024 at reception""" % nhs("485777320"))

pos("label", "en", """USPS PRIORITY MAIL 2-DAY
FROM:
Brightleaf Tea Co.
88 Commerce Park Dr
Asheville NC 28806

SHIP TO:
[[N|TAMIKA R. JEFFERSON]]
[[A|PO BOX 1184]]
[[A|HATTIESBURG MS 39403-1184]]

USPS TRACKING # 9405 5036 9930 0123 4567 89
WT: 1 LB 4 OZ   ZONE 5""")

pos("cv", "en", """CURRICULUM VITAE

[[N|Oluwaseun Adeyemi-Carter]]
[[A|62 Kingsbridge Road, Flat 1]]
[[A|Reading RG2 7QP]]
Mobile: [[P|+44 7911 123 456]]  |  Email: [[E|seun.adeyemi.carter@outlook.com]]
Date of birth: [[D|9 November 1994]]   Nationality: British

PROFILE
Data analyst with five years' experience in retail forecasting...

EMPLOYMENT
2021-present  Senior Analyst, Sainsbury's Argos, London
2019-2021     Analyst, Capita plc, Reading

REFERENCES
Dr [[N|Fiona McAllister]], University of Reading - [[E|f.mcallister@reading.ac.uk]]""")

pos("minutes", "en", """Parish Council - Minutes of the meeting held 14 May 2024, Village Hall

Present: Cllr [[N|Gareth Pryce]] (Chair), Cllr [[N|Siân Hughes-Morgan]], Cllr [[N|Tomasz Wiśniewski]], Clerk [[N|Ruth Ellery]]
Apologies: Cllr [[N|Bernard O'Loughlin]]

4. Planning
4.1 Application 24/0312 - single-storey extension at [[A|Bryn Awel, Heol y Nant, Llanfihangel, SA44 6PJ]] (applicant: [[N|Mr D. Rees]]). No objection.
4.2 Residents raised concern about parking on Station Road near the school. Clerk to write to the county council.

5. Correspondence
A letter from [[N|Mrs Eluned Price]] regarding the footpath by her property was noted; [[N|Gareth]] to visit.

Next meeting: 11 June 2024.""".replace("[[N|Mr D. Rees]]", "Mr [[N|D. Rees]]").replace("[[N|Mrs Eluned Price]]", "Mrs [[N|Eluned Price]]"))

pos("statement", "en", """BANK OF IRELAND - CURRENT ACCOUNT STATEMENT
Account holder: [[N|CIARÁN MAC GIOLLA PHÁDRAIG]]
[[A|12 ARDILAUN PARK]]
[[A|SALTHILL]]
[[A|GALWAY H91 F2X7]]

IBAN: [[I|%s]]    BIC: BOFIIE2D
Statement period: 01 APR 2024 - 30 APR 2024

Date       Details                          Debit      Credit     Balance
02 APR     TESCO STORES 3322                  54.20               1,203.11
05 APR     SEPA CT FROM [[N|A OCONNELL]]                     120.00     1,323.11
09 APR     VISA CARD ****8812 AMAZON.DE       23.99               1,299.12
15 APR     DD ELECTRIC IRELAND               88.40               1,210.72""" % iban("IE", "BOFI90001776543210"))

pos("register", "en", """class,surname,first_name,dob,guardian,guardian_phone,medical
4B,[[N|Nwosu]],[[N|Chidera]],[[D|2015-09-14]],[[N|Ngozi Nwosu]],[[P|07822 410 655]],asthma (inhaler in office)
4B,[[N|O'Brien]],[[N|Fionn]],[[D|2015-12-02]],[[N|Aoife O'Brien]],[[P|07700 900 311]],
4B,[[N|Petrović]],[[N|Luka]],[[D|2016-03-30]],[[N|Jelena Petrović]],[[P|+381 64 555 0712]],
4B,[[N|Kaur]],[[N|Simran]],[[D|2015-10-21]],[[N|Harjit Singh]],[[P|07456 882 019]],nut allergy""")

pos("sql", "en", """-- users_export_2024_03_01.sql
INSERT INTO customers (id, full_name, email, dob, card_number, created_at) VALUES
 (1001, '[[N|Yuki Tanabe]]', '[[E|yuki.tanabe@icloud.com]]', '[[D|1990-06-18]]', '[[C|%s]]', '2023-11-02 09:14:55'),
 (1002, '[[N|Mateus Ferreira da Costa]]', '[[E|mateusfc@hotmail.com]]', '[[D|1978-01-05]]', '[[C|%s]]', '2023-11-02 10:01:12'),
 (1003, '[[N|Aigerim Bekova]]', '[[E|aigerim.b@mail.ru]]', '[[D|2001-12-30]]', NULL, '2023-11-03 17:45:09');""" % (card("4", 16, ""), card("5413", 16, "")))

pos("json", "en", """{
  "userId": "b3f1c2de-77a0-4c1e-9a55-0e2d9d8f6a11",
  "name": {"first": "[[N|Keisha]]", "last": "[[N|Van Rensburg]]"},
  "dob": "[[D|1989-04-11]]",
  "ssn": "[[S|408-22-9135]]",
  "address": {
    "line1": "[[A|7713 W Ridgewood Blvd]]",
    "line2": "[[A|Unit 204]]",
    "city": "[[A|Tulsa]]",
    "state": "[[A|OK]]",
    "zip": "[[A|74132]]",
    "country": "US"
  },
  "phone": "[[P|+1 918 555 0166]]",
  "marketingOptIn": false
}""")

pos("log", "en", """2024-05-02T11:02:44.118Z INFO  auth  login ok user=[[E|d.achebe@protonmail.com]] ip=[[IP|81.174.92.203]] ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
2024-05-02T11:02:45.007Z DEBUG session created sid=7f3a9c1e2b4d req=4c8e1a0f upstream=10.0.3.21:8080
2024-05-02T11:05:13.552Z WARN  auth  failed login user=[[E|k.nakamura@gmail.com]] ip=[[IP|2a02:c7c:5e3a:8f00:1d4b:92ff:fe10:7a31]] attempts=3
2024-05-02T11:05:14.001Z INFO  health ok from 127.0.0.1""")

pos("dhcp", "en", """# dnsmasq.leases
1714660800 [[MAC|a4:83:e7:1f:22:9c]] 192.168.1.23 annas-iphone 01:a4:83:e7:1f:22:9c
1714661422 [[MAC|3c:22:fb:9a:10:e4]] 192.168.1.31 DESKTOP-7QK2LMA *
1714663001 [[MAC|b8:27:eb:4d:7a:02]] 192.168.1.40 raspberrypi *""".replace("01:a4:83:e7:1f:22:9c", "01:[[MAC|a4:83:e7:1f:22:9c]]"))

pos("chat", "en", """[09:12] [[N|rob]]: morning all
[09:13] sasha.k: hey [[N|rob]], did anyone call back the lady from the water leak claim?
[09:13] [[N|rob]]: which one, mrs [[N|fenwick]]?
[09:14] sasha.k: yeah [[N|margaret fenwick]], she's at [[A|22 tollgate road, colchester co3 8ap]]
[09:14] sasha.k: her number's [[P|01206 555 774]]
[09:15] [[N|rob]]: i'll ring her after standup
[09:20] [[N|jess]]: fyi the vpn password for the shared laptop changed to [[K|Blu3-Heron-77]] - don't put it in the wiki pls""")

pos("letter", "en", """HARGREAVES & PATEL SOLICITORS
14 King Street, Manchester M2 6AG  |  Tel 0161 555 0100

Our ref: HP/RTA/5521
Your ref: CLM-0099812

PRIVATE AND CONFIDENTIAL
Mr [[N|Desmond Kwarteng]]
[[A|Flat 12, Beaumont House]]
[[A|41 Moss Lane East]]
[[A|Manchester M15 5DD]]

8 April 2024

Dear Mr [[N|Kwarteng]],

Re: Road traffic accident on 2 February 2024

We act for your insurer. Please confirm your date of birth ([[D|19.08.1972]] according to our file) and your National Insurance number ([[ID|JT 48 22 61 C]]) so that we can complete the claim form.

Yours sincerely,
[[N|Anjali Patel]]
Partner""")

pos("invoice", "en", """INVOICE  No. 2024-0417
Greenway Landscaping Ltd, Unit 6 Harbour Trade Park, Poole BH15 4AJ  - VAT GB 293 4417 08

Bill to:
[[N|Mr & Mrs H. Delacroix-Smythe]]
[[A|The Old Rectory]]
[[A|Wimborne Road]]
[[A|Colehill]]
[[A|BH21 2RT]]

Description                         Qty    Unit      Total
Hedge trimming (front & side)       1      180.00    180.00
Green waste removal                 2       35.00     70.00
                                           Subtotal  250.00
                                           VAT 20%    50.00
                                           TOTAL     300.00

Payment due within 14 days. Thank you for your custom.""".replace("[[N|Mr & Mrs H. Delacroix-Smythe]]", "Mr & Mrs [[N|H. Delacroix-Smythe]]"))

pos("k8s", "en", """apiVersion: v1
kind: Secret
metadata:
  name: payments-db
  namespace: prod
type: Opaque
data:
  username: cGF5bWVudHM=
  password: [[K|UXc4IXpMbTNeYnY5UnQ=]]
stringData:
  api-token: [[K|pat_7c1f0e9a24d6b3c8e5f1a27d90b64c3e]]""")

pos("compose", "en", """services:
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: wiki
      POSTGRES_PASSWORD: [[K|ff83Jq!w0rPzz]]
      POSTGRES_DB: wiki
  app:
    image: ghcr.io/requarks/wiki:2.5
    environment:
      DB_TYPE: postgres
      DB_HOST: db
      DB_PASS: [[K|ff83Jq!w0rPzz]]
    ports:
      - "3000:3000\"""")

pos("code", "en", """import psycopg2
import requests

# TODO move to vault before release!!
conn = psycopg2.connect("[[U|postgresql://analytics:Qm7%40vR2zK9@db-prod.eu-west-1.rds.amazonaws.com:5432/warehouse]]")
HEADERS = {"Authorization": "Bearer [[K|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtYW5hbHl0aWNzIiwic2NvcGUiOiJyZWFkIiwiaWF0IjoxNzE0NjAwMDAwfQ.k3Jw9Qm2hXn0s7TzP4yL8cVbR1aD6eF5gH0iU3oW2qE]]"}

def fetch(url):
    return requests.get(url, headers=HEADERS, timeout=10).json()""")

pos("ci_log", "en", """Run actions/checkout@v4
  with:
    repository: orbital-labs/telemetry
    token: ***
Run ./scripts/publish.sh
+ echo 'publishing with token [[K|ghp_R4nDq9Lm2XwZ7kTb0VyC8sHf3JpE1aGu6NoI]]'
publishing with token [[K|ghp_R4nDq9Lm2XwZ7kTb0VyC8sHf3JpE1aGu6NoI]]
+ npm publish --access public
npm notice 📦  @orbital/telemetry@3.14.2""")

pos("config", "en", """# ~/.ssh/deploy_key  (pasted into the ticket by mistake)
[[K|-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDk8nQ2X7yZ0pR4vT1wB6cE9fH3jK5mL8nP2qS4uV7xYwAAAJgQ3r5zEN6+
cwAAAAtzc2gtZWQyNTUxOQAAACDk8nQ2X7yZ0pR4vT1wB6cE9fH3jK5mL8nP2qS4uV7xYw
AAAEB1c2VyQGJ1aWxkLWhvc3QtMDEAAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd
-----END OPENSSH PRIVATE KEY-----]]""")

pos("webhook", "en", """Alerting config for #ops-alerts:
slack_webhook: [[K|https://hooks.slack.com/services/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]]
pagerduty_routing_key: [[K|R02E7Q1ZX5M9K3V8B6N4C0J2H7F1L5D9]]
escalation: after 15 minutes""")

pos("prose", "en", "My neighbour [[N|Tom Okafor]] at [[A|14 Wren Close, Stevenage SG2 9LL]] has been feeding the cats while we're away; if anything goes wrong his mobile is [[P|07984 552 130]].")

pos("prose", "en", "Sorry to bother you again - it's [[N|Brigid]] from number 9. My date of birth on the form should be [[D|the 2nd of October 1979]], not 1997, the clerk swapped the digits.")

pos("passport_form", "en", """APPLICATION FOR REPLACEMENT PASSPORT - SECTION 2
Surname:                [[N|NGUYEN]]
Given names:            [[N|THI MINH ANH]]
Date of birth:          [[D|21 JUN 1993]]
Place of birth:         HAI PHONG
Previous passport no.:  [[ID|552170938]]
Date of issue:          04 AUG 2016
Reason: passport damaged (water)
Current address:        [[A|Apartment 1105, Skyline Tower]]
                        [[A|88 Wellington Street]]
                        [[A|Toronto ON M5V 0A1]]
SIN (for fee waiver):   [[ID|%s]]""" % sin_ca("46219385"))

pos("dvla", "en", """Hire desk notes - booking HX-88213
Driver: [[N|Gwendolyn Morgan]], DOB [[D|11.06.1987]]
Licence no.: [[ID|MORGA856117GW9LK]]  (photocard, valid until 2031)
Second driver: [[N|Iestyn Morgan]] - licence [[ID|MORGA801029I99TS]]
Card on file: [[C|%s]] exp 09/27""" % card("5186", 16, " "))

pos("transcript", "en", """Agent: Thank you for calling. Can I take your full name please?
Caller: Yeah it's [[N|Kwame Asante-Boateng]].
Agent: And the first line of the address and postcode?
Caller: [[A|Forty-two Cedar Drive, B31 2PQ]].
Agent: Lovely. And the card you'd like to pay with?
Caller: It's [[C|%s]], expiry oh-eight twenty-six.
Agent: Thanks Mr [[N|Asante-Boateng]], that's gone through.""" % card("4929", 16, " "))

pos("rental", "en", """RENTAL APPLICATION - listing SF-2250 (2BR, Inner Sunset)

Applicant: [[N|Bartholomew J. Nakashima]]
DOB: [[D|Feb 3, 1984]]      SSN: [[S|554 81 2297]]
Driver license: CA [[ID|D4471290]]
Current address: [[A|3318 Judah St, Apt 2, San Francisco, CA 94122]] (since 2019)
Previous address: [[A|901 Alameda de las Pulgas, Belmont, CA 94002]]
Employer: Genentech, 1 DNA Way, South San Francisco
Monthly income: $11,400
Co-applicant: [[N|Rosalind Nakashima]], DOB [[D|8/30/1986]], SSN [[S|602-17-4483]]""")

pos("rsvp", "en", """Guest,Party size,Address,Dietary
[[N|Aunt Philippa Hargreave]],2,"[[A|Mill House, Upper Dean, Huntingdon PE28 0NE]]",vegetarian
[[N|Cousin Raj & Deepa Mistry]],2,"[[A|5 Orchard Rise, Leicester LE4 1GH]]",
[[N|Mr Femi Bello]],1,"[[A|PO Box 4417, Surulere, Lagos]]",no pork
[[N|Grandma Lil]],1,"[[A|Room 12, Beechwood Care Home, 3 Station Rd, Ely CB7 4BP]]",soft food""".replace("[[N|Aunt Philippa Hargreave]]", "Aunt [[N|Philippa Hargreave]]").replace("[[N|Cousin Raj & Deepa Mistry]]", "Cousin [[N|Raj]] & [[N|Deepa Mistry]]").replace("[[N|Mr Femi Bello]]", "Mr [[N|Femi Bello]]").replace("[[N|Grandma Lil]]", "Grandma [[N|Lil]]"))

pos("crash_report", "en", """{"app":"SnapNotes","version":"5.2.1 (5210)","os":"Android 14","device":"Pixel 7",
 "wifi_mac":"[[MAC|F4-F5-E8-3A-91-0C]]","bt_mac":"[[MAC|F4F5E83A910D]]",
 "account":"[[E|lena.moreau.dev@gmail.com]]","exception":"java.lang.NullPointerException at com.snapnotes.sync.Uploader.run(Uploader.java:212)",
 "ts":"2024-04-28T18:22:09+02:00"}""")

pos("tax", "en", """SELF ASSESSMENT - SA100 working notes (client file)
Client: [[N|Niamh Kavanagh-Reid]]
UTR: [[ID|%s]]
NI number: [[ID|SN614092B]]
Address for correspondence: [[A|2/1, 15 Hyndland Road, Glasgow G12 9UY]]
Tax year 2023-24, self-employed illustrator, income approx £38k
Refund to: sort code 83-91-44, acct 20934415""" % utr("421966035"))

pos("form", "en", """Singapore - Tenancy Registration (for landlord)
Tenant name: [[N|Tan Wei Ling]]
NRIC: [[ID|%s]]
Date of birth: [[D|05-01-1992]]
Address: [[A|Blk 412 Bedok North Ave 2, #08-115]]
         [[A|Singapore 460412]]
Mobile: [[P|+65 9123 4567]]
Co-tenant: [[N|Muhammad Hafiz bin Osman]], FIN [[ID|%s]]""" % (nric("S", "9201345"), nric("G", "5123876")))

pos("form", "en", """HK Immigration - Declaration of Residence
Name: [[N|CHAN Tai Man, Kelvin]]
HKID No.: [[ID|%s]]
Residential address: [[A|Flat C, 12/F, Block 3]]
                     [[A|Kornhill Gardens, 1120 King's Road]]
                     [[A|Quarry Bay]]
Tel: [[P|9876 5432]]""" % hkid("K", "482913"))

pos("form", "en", """KYC - individual (India)
Full name: [[N|Venkata Subramanian Iyer]]
PAN: [[ID|AKSPI4482L]]
Aadhaar: [[ID|%s]]
DOB: [[D|27-09-1968]]
Address: [[A|Flat 3C, Sai Krupa Apartments]]
         [[A|14th Cross, Malleshwaram]]
         [[A|Bengaluru 560003]]
Nominee: [[N|Lakshmi Iyer]] (spouse)""" % aadhaar("43970183521"))

pos("form", "en", """Medicare enrolment - Australia
Name: [[N|Siobhan Kerr-Nguyen]]
Medicare no.: [[ID|%s]]
TFN (for Centrelink link): [[ID|%s]]
Date of birth: [[D|14 Jul 1999]]
Address: [[A|Unit 4, 12 Smith Street]]
         [[A|Fitzroy VIC 3065]]
Phone: [[P|0412 345 678]]""" % (medicare_au("31564829", "2"), tfn("87654312")))

pos("form", "en", """Land transfer - seller details (Western Cape)
Seller: [[N|Johannes Petrus van der Merwe]]
ID number: [[ID|%s]]
Spouse: [[N|Anneke van der Merwe]] (born [[D|1974-08-02]]), ID [[ID|%s]]
Postal address: [[A|Posbus 1187, Stellenbosch, 7599]]
Erf 4471, Die Boord""" % (sa_id("710312", "5084"), sa_id("740802", "0123")))

pos("ticket", "en", """Zendesk #771034
Requester: [[N|abdul rahman al-faisal]]
Channel: web form

message: hi i moved house and my new address isnt showing on the account, it should be [[A|villa 17, street 31, al barsha 2, dubai]]. my emirates id is [[ID|%s]] and phone [[P|+971 50 555 3921]]. thanks

internal note (agent: [[N|tara]]): address updated, ID verified against upload.""" % ("784-1985-3388112-" + luhn_digit("78419853388112")))

pos("email", "en", """Subject: Reference for [[N|Mei-Ling Hsu]]

Dear hiring panel,

I am happy to provide a reference for [[N|Mei-Ling]], who worked in my lab from 2019 to 2023. [[N|Ms Hsu]] was responsible for the sequencing pipeline and trained two junior technicians.

Please feel free to call me on [[P|+1 (617) 555-0139]].

Best wishes,
Prof. [[N|Harold Wexler-Brandt]]
Department of Biology""".replace("[[N|Ms Hsu]]", "Ms [[N|Hsu]]"))

pos("yaml", "en", """# ansible/group_vars/prod/vault.yml (decrypted copy!)
mysql_root_password: "[[K|z4!Tq8uN#e2Lw0Rk]]"
smtp:
  host: smtp.mailgun.org
  user: postmaster@mg.brightlane.io
  password: "[[K|9c2d7a1f0e4b83a6c51d9f7e2a0b6c43-2bf1c5a2-88e1d7ab]]"
backup_s3_url: "[[U|s3://AKIAZP3J8VQ2LRT7XH4M:Yb2u9Hk%2FqWp7Lx0Zr4Tm1Nc8Es5Dv3Ga6Jf@brightlane-backups]]"
admin_users:
  - [[N|Lucía Fernández]]
  - [[N|Oskar Brandt]]""")

pos("ftp", "en", """Upload the nightly export with:
  curl -T export.csv [[U|ftp://partner_acme:Tz8!rLq4Vw@ftp.logisticshub.co.uk/incoming/]]
and notify [[N|Graham]] on [[E|graham.bexley@logisticshub.co.uk]] when done.""")

pos("notes", "en", """Case notes - visit 3
Client [[N|Mrs Fatima Zahra Benali]] (DOB [[D|30/11/1949]]) lives alone at [[A|Flat 8, Rowan Court, 2 Highfield Road, Sheffield S2 4LD]]. Daughter [[N|Nadia]] visits on Sundays ([[P|07723 661 045]]). Key safe code [[K|4719]]. Client reports falls x2 since March.""".replace("[[N|Mrs Fatima Zahra Benali]]", "Mrs [[N|Fatima Zahra Benali]]"))

pos("prose", "en", "per our call, [[N|jamal]]'s new bank details are [[I|%s]] - please update payroll before the 25th." % iban("GB", "NWBK60730118294410"))

pos("form", "en", """Student exchange - host family form
Host parent 1: [[N|Ingrid Solberg-Haaland]]   born [[D|1971-02-14]]
Host parent 2: [[N|Sunil Haaland]]            born [[D|1969-10-05]]
Address: [[A|RR 2, Site 14, Box 9]]
         [[A|Olds AB T4H 1P3]]
Farm phone: [[P|403-555-0177]]
Children at home: [[N|Maja]] (12), [[N|Erik]] (9)""")

pos("message", "en", """hey it's [[N|ollie]] - new wifi is "BTHub-9F2C" and the password is [[K|mangoTractor!42]]. router admin is admin / [[K|Gr33nfield2024]] if you need to reset it""")

pos("prose", "en", "The claimant, Ms [[N|Precious Dlamini]], of [[A|Stand 2291, Extension 5, Soshanguve]], gave her ID number as [[ID|%s]]." % sa_id("880519", "0427"))

pos("csv", "en", """member_no,name,dob,phone,email
M-0001,[[N|Abebe Girma]],[[D|12/04/1990]],[[P|+251 91 155 2034]],[[E|abebe.girma@ethionet.et]]
M-0002,[[N|Saoirse Ní Bhriain]],[[D|03/09/1985]],[[P|+353 87 555 2109]],[[E|saoirse.nibhriain@gmail.com]]
M-0003,[[N|José María de la Fuente]],[[D|28/02/1972]],[[P|+34 611 555 804]],[[E|jmdelafuente@telefonica.net]]
M-0004,[[N|Park Ji-hoon]],[[D|15/07/1998]],[[P|+82 10-5555-3148]],[[E|jihoon.park@naver.com]]""")

pos("html", "en", """<form id="checkout" method="post" action="/pay">
  <input type="text" name="cardholder" value="[[N|Emeka Obi]]">
  <input type="text" name="cc" value="[[C|%s]]">
  <input type="text" name="exp" value="11/27">
  <input type="text" name="billing" value="[[A|55 Fairview Ave, Montclair, NJ 07042]]">
  <input type="hidden" name="csrf" value="a81f0c9e3d2b47f6a5c8e1d0b9f27364">
</form>""" % card("3782", 15, ""))

pos("email", "en", """From: IT Service Desk <servicedesk@halden-group.com>
To: [[N|Vikram Chaudhary]] <[[E|vikram.chaudhary@halden-group.com]]>
Subject: Your temporary password

Hello [[N|Vikram]],

Your account has been reset. Temporary password: [[K|Halden!7382-tmp]]
You will be asked to change it at first sign-in.

This is an automated message, replies to servicedesk@halden-group.com are monitored.""")

pos("school", "en", """Riverside Primary - Pupil Data Collection Sheet 2024/25
Pupil: [[N|Amara Chukwu-Lindgren]]    DOB: [[D|06.01.2017]]   Year: 2
UPN: K823311107015 (school use)
Home address: [[A|Flat 2]]
              [[A|33 Carnarvon Road]]
              [[A|London E15 4JW]]
Parent/carer 1: [[N|Chinwe Chukwu]]  mobile [[P|07543 218 990]]  email [[E|chinwe.chukwu@btinternet.com]]
Parent/carer 2: [[N|Anders Lindgren]] mobile [[P|+46 70 555 12 88]]
Doctor: Dr [[N|S. Mahmood]], The Lawns Surgery""")

pos("log", "en", """Apr 29 03:14:07 vps-ams3 sshd[20417]: Failed password for root from [[IP|185.220.101.47]] port 44218 ssh2
Apr 29 03:14:09 vps-ams3 sshd[20417]: Failed password for root from [[IP|185.220.101.47]] port 44218 ssh2
Apr 29 07:55:31 vps-ams3 sshd[21003]: Accepted publickey for mkowalczyk from [[IP|89.64.12.198]] port 51022 ssh2: ED25519 SHA256:8kq1Yb0Xn3VvW2rS7tZp4mLc9aF6eH1jU5oI0dQ2gKs
Apr 29 07:55:31 vps-ams3 systemd-logind[611]: New session 812 of user mkowalczyk.""")

pos("support_chat", "en", """Customer: hello, my card got declined
Bot: I'm sorry to hear that. To help, please confirm your name and date of birth.
Customer: [[N|Rahel Tesfaye]], born [[D|14 Sept 1988]]
Bot: Thanks [[N|Rahel]]. I can see a temporary hold. A specialist will call you on the number ending 0417.
Customer: actually call my work phone, [[P|(312) 555-0199 ext. 4]]""".replace("[[P|(312) 555-0199 ext. 4]]", "[[P|(312) 555-0199]] ext. 4"))

pos("form", "en", """Irish Driving Licence Renewal (D401)
Name: [[N|Seán Ó Murchú]]
Licence number: [[ID|%s]]
Date of birth: [[D|22/05/1966]]
Address: [[A|Cnoc na Gaoithe]]
         [[A|Ballyferriter]]
         [[A|Co. Kerry]]
         [[A|V92 H2TX]]""" % "041928573")

pos("py", "en", """class Settings:
    DEBUG = False
    SECRET_KEY = "[[K|django-insecure-7#q!9x@b2m^k4v1z$w8r0t&y6u3p5s]]"
    OPENAI_API_KEY = "[[K|sk-proj-Hq4Vx9mN2bL7cT0zR5sW8yF3jK1pD6gA]]"
    ALLOWED_HOSTS = ["app.fernleaf.io"]
    DATABASES = {"default": {"ENGINE": "django.db.backends.mysql", "NAME": "fern", "USER": "fern",
                             "PASSWORD": "[[K|L3af-fern-DB!]]", "HOST": "127.0.0.1"}}""")

pos("dotnet", "en", """<connectionStrings>
  <add name="Crm" connectionString="Server=sql-crm-02;Database=CrmProd;User Id=crm_app;Password=[[K|Cr&amp;mApp#2023]];Encrypt=True" />
</connectionStrings>""")

pos("jdbc", "en", """spring.datasource.url=jdbc:oracle:thin:@//ora-prod.corp.local:1521/HRPDB
spring.datasource.username=HR_BATCH
spring.datasource.password=[[K|Hrb4tch_Oracle19]]
mail.smtp.password=[[K|ljxmqvwtrpsbnzke]]
jwt.secret=[[K|4f9a1c7e3b2d8f6a0c5e9b1d7f3a2c8e6b4d0f9a1c7e3b2d]]""")

pos("npmrc", "en", """registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=[[K|npm_W8xq3LkT9vZr2MbN0pYs7Hc4Fj1Ud6EaGo5i]]
@acme:registry=https://npm.pkg.github.com""")

pos("git", "en", """$ git remote -v
origin  [[U|https://jstrand:ghp_b7Tz2QkW9mX4vL0nR8cJ5yH1dP3sF6gA2eKu@github.com/jstrand/dotfiles.git]] (fetch)
origin  [[U|https://jstrand:ghp_b7Tz2QkW9mX4vL0nR8cJ5yH1dP3sF6gA2eKu@github.com/jstrand/dotfiles.git]] (push)""")

pos("prose", "en", "Witness statement: I, [[N|Patrick Joseph Mulligan]], of [[A|Apartment 6, The Maltings, Bridge Street, Kilkenny]], born on [[D|the fourteenth of August, 1961]], state as follows.")

pos("email", "en", """hi [[N|devika]],

the vendor sent over the sandbox creds, putting them here so we don't lose them:
username: apiuser_4471
password: [[K|Sandbox#Pass-8842]]
client_secret: [[K|c9Xv2qLm7TzW4nRb8KpY1sHf]]

cheers, [[N|mo]]""")

pos("form", "en", """Harbourview Dental - Patient Intake
Patient: [[N|Rangi Te Whatu]]        DOB: [[D|2/12/1983]]
Address: [[A|Flat 2, 35 Kowhai Road]]
         [[A|Mt Eden]]
         [[A|Auckland 1024]]
Cell: [[P|021 555 0843]]
NHI: [[ID|%s]]
Emergency contact: [[N|Mere Te Whatu]] [[P|027 555 1192]]""" % nhi("PKR482"))

pos("statement", "en", """Wire transfer confirmation
Beneficiary: [[N|Lukas Hoffmann]]
Beneficiary IBAN: [[I|%s]]
Amount: EUR 2,450.00
Ordering customer: [[N|Grace Oyelaran]], account [[I|%s]]
Reference: deposit flat Schillerstr.""" % (iban("DE", "500105175407324931"), iban("GB", "BARC20035343926194", spaced=False)))

pos("prose", "en", "Please send the spare keys to my sister, [[N|Imogen Carter-Whyte]], c/o [[A|The Lodge, Aston Hall Farm, Aston Munslow, Craven Arms SY7 9ER]] - she'll be in on Saturday.")

pos("medical", "en", """DISCHARGE SUMMARY
Patient: [[N|Hernández, Guadalupe]]    MRN: 00488213    DOB: [[D|1955-03-09]]
Medicare ID: [[ID|5KD7-RN2-XW83]]
Admitted: 2024-04-11   Discharged: 2024-04-16
Attending: [[N|Naveen Ramaswamy]], MD
Diagnosis: community-acquired pneumonia
Follow-up with PCP Dr. [[N|Ellen Stroud]] within 7 days. Daughter [[N|Marisol]] to drive patient home to [[A|2216 E Cactus Wren Dr, Phoenix, AZ 85022]].""")

pos("prose", "en", "signed up [[N|wang xiaoming]] today, passport [[ID|E58213904]], dob [[D|1995/03/17]], wechat only, no email")

pos("voter", "en", """Electoral roll extract - Ward 7
[[N|Abernethy, Colin J]]    [[A|4 Bellfield Terrace]]   [[A|Dundee DD2 1AE]]
[[N|Abernethy, Morag]]      [[A|4 Bellfield Terrace]]   [[A|Dundee DD2 1AE]]
[[N|Adebayo, Kehinde]]      [[A|Flat 1/2, 19 Baxter Park Tce]]   [[A|Dundee DD4 6NL]]""")

# =============================================================================================
# ENGLISH - hard negatives
# =============================================================================================

neg("release_notes", "en", """## 4.12.0.1 (2024-05-06)
- Bump openssl to 3.0.13 and zlib to 1.3.1
- Agent now reports build 10.0.22631.3447 correctly on Windows 11
- Fixed crash when the config path contained '@' (#8812)
- Default listen address changed from 0.0.0.0 to 127.0.0.1
Checksums (sha256):
  agent-4.12.0.1-linux-amd64.tar.gz  9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
  agent-4.12.0.1-darwin-arm64.tar.gz 60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752""")

neg("news", "en", """WASHINGTON (Reuters) - President Joe Biden met German Chancellor Olaf Scholz at the White House on Friday, 
where the two leaders discussed support for Ukraine. Secretary of State Antony Blinken told reporters at 1600 Pennsylvania Avenue 
that talks would continue in Brussels next month. Scholz, 65, later flew to Ottawa to meet Justin Trudeau.""")

neg("history", "en", """Abraham Lincoln was born on February 12, 1809, in a one-room log cabin on the Sinking Spring Farm near Hodgenville, Kentucky. 
He married Mary Todd in 1842. Lincoln was assassinated by John Wilkes Booth at Ford's Theatre on April 14, 1865, and died the next morning 
at the Petersen House, 516 10th Street NW.""")

neg("news", "en", """Traffic on Oxford Street and Regent Street will be diverted on Sunday for the marathon. 
Shops along Baker Street are expected to open late, and the Abbey Road crossing will be closed between 8am and 2pm, Westminster Council said.""")

neg("shipping", "en", """Your order #113-7284519-2203148 has shipped!
Carrier: UPS  Tracking: 1Z 999 AA1 01 2345 6784
Estimated delivery: Thu, May 9
Items: Anker PowerCore 10000 (A1263), USB-C cable 2m
Questions? Visit amazon.com/help or call 1-888-280-4331.""")

neg("docs", "en", """### Testing payments

Use these card numbers in test mode. Any future expiry date and any 3-digit CVC will work.

| Brand      | Number              | Result              |
|------------|---------------------|---------------------|
| Visa       | 4242 4242 4242 4242 | Succeeds            |
| Visa debit | 4000 0566 5566 5556 | Succeeds            |
| Mastercard | 5555 5555 5555 4444 | Succeeds            |
| Amex       | 3782 822463 10005   | Succeeds            |
| Visa       | 4000 0000 0000 0002 | Declined            |

Never use real card details in test mode.""")

neg("docs", "en", """# Configure the AWS CLI
$ aws configure
AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
Default region name [None]: us-west-2
Default output format [None]: json

The values above are examples only; replace them with your own keys.""")

neg("env_example", "en", """# .env.example - copy to .env and fill in
APP_ENV=local
DB_HOST=localhost
DB_USER=app
DB_PASSWORD=changeme
STRIPE_SECRET_KEY=sk_test_your_key_here
SENDGRID_API_KEY=<your-sendgrid-key>
JWT_SECRET=
ADMIN_EMAIL=admin@example.com""")

neg("code", "en", """import os

DB_PASSWORD = os.environ["DB_PASSWORD"]
API_TOKEN = os.getenv("API_TOKEN", "")
if not API_TOKEN:
    raise RuntimeError("API_TOKEN is not set; see README section 'Secrets'")

def mask(secret: str) -> str:
    return secret[:4] + "*" * (len(secret) - 4)""")

neg("footer", "en", """Barclays Bank UK PLC. Registered in England. Registered No. 9740322. Registered Office: 1 Churchill Place, London E14 5HP. 
Barclays Bank UK PLC is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority 
and the Prudential Regulation Authority (Financial Services Register No. 759676).""")

neg("catalogue", "en", """Item: The Design of Everyday Things (revised and expanded edition)
Author: Norman, Donald A.
ISBN-13: 978-0-465-05065-9    ISBN-10: 0-465-05065-4
Publisher: Basic Books, New York, 2013
Shelf mark: 745.2 NOR
Copies: 3 (2 on loan, due 14/05/2024 and 21/05/2024)""")

neg("parts", "en", """BILL OF MATERIALS - PCB rev C
Ref   Qty  Part number          Description
U1    1    STM32F411CEU6        MCU ARM Cortex-M4 100MHz
U2    1    AP2112K-3.3TRG1      LDO 3.3V 600mA
J1    1    10118194-0001LF      Micro USB B receptacle
C1-8  8    GRM155R71C104KA88D   0.1uF 16V X7R 0402
R1    1    RC0402FR-0710KL      10k 1%
Y1    1    ABM8-8.000MHZ-B2-T   Crystal 8MHz""")

neg("timeline", "en", """Project Artemis timeline
- 16 November 2022: Artemis I launched on the SLS rocket from Kennedy Space Center, Florida.
- 3 April 2023: NASA announced the Artemis II crew: Reid Wiseman, Victor Glover, Christina Koch and Jeremy Hansen.
- September 2025 (planned): Artemis II crewed lunar flyby.""")

neg("useragent", "en", """GET /api/v2/status HTTP/1.1
Host: api.internal
User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.91 Safari/537.36 Edg/124.0.2478.67
X-Request-Id: 7c9e6679-7425-40de-944b-e07fc1f90ae7
X-Forwarded-For: 10.12.0.8
Accept: application/json""")

neg("hotline", "en", """If you are in crisis, help is available 24/7.
US: call or text 988 (Suicide & Crisis Lifeline)
UK & Ireland: Samaritans 116 123
Australia: Lifeline 13 11 14
Canada: 1-833-456-4566
Emergency services: 911 / 999 / 112""")

neg("products", "en", """Best sellers this week:
1. Dr. Martens 1460 Smooth Leather Boots - Black, UK 7
2. Ben & Jerry's Phish Food 465ml
3. Jack Daniel's Tennessee Honey 70cl
4. Ford Mustang Mach-E floor mats (set of 4)
5. Tommy Hilfiger Men's Slim Fit Oxford Shirt
6. Johnson's Baby Shampoo 500ml""")

neg("medical_info", "en", """Parkinson's disease and Alzheimer's disease are both neurodegenerative conditions. 
Hodgkin lymphoma differs from non-Hodgkin lymphoma by the presence of Reed-Sternberg cells. 
Down syndrome is caused by trisomy 21; Tourette syndrome typically begins in childhood.""")

neg("template", "en", """Dear {{first_name}} {{last_name}},

Thank you for registering. Your account number is {{account_id}} and your registered address is:
{{address_line_1}}
{{address_line_2}}
{{postcode}} {{city}}

If any of these details are wrong, reply to support@{{company_domain}}.""")

neg("k8s", "en", """env:
  - name: DATABASE_PASSWORD
    valueFrom:
      secretKeyRef:
        name: payments-db
        key: password
  - name: STRIPE_KEY
    valueFrom:
      secretKeyRef:
        name: stripe
        key: secret-key
  - name: LOG_LEVEL
    value: "debug\"""")

neg("git_log", "en", """commit 9fceb02d0ae598e95dc970b74767f19372d61af8
Author: ci-bot <ci-bot@users.noreply.github.com>
Date:   Mon Apr 29 14:03:11 2024 +0000

    chore(deps): bump lodash from 4.17.20 to 4.17.21 (#3321)

    Signed-off-by: dependabot[bot] <support@github.com>

commit e83c5163316f89bfbde7d9ab23ca2e25604af290
Merge: 1a2b3c4 5d6e7f8""")

neg("sports", "en", """Lionel Messi scored twice as Inter Miami beat New England Revolution 4-1 in front of 65,612 fans at Gillette Stadium on Saturday. 
Luis Suárez added a header in the 33rd minute. Messi, who turns 37 in June, now has 8 goals in 6 MLS games this season.""")

neg("flight", "en", """BOARDING PASS
Flight BA0117  LHR -> JFK   Gate B44   Seat 23K
Boarding 10:40   Departs 11:25   Terminal 5
Booking ref: ZX4QPL   Sequence 118
Baggage: 1PC 23KG   Fare class: Y""")

neg("chemistry", "en", """Safety data sheet summary
Substance: Sodium hydroxide   CAS No.: 1310-73-2   EC No.: 215-185-5
UN number: 1823   Hazard class: 8
Water (CAS 7732-18-5) - flush eyes for 15 minutes.
Emergency phone (manufacturer, 24h): +44 1235 239 670""")

neg("legal_citation", "en", """See Brown v. Board of Education, 347 U.S. 483 (1954); Miranda v. Arizona, 384 U.S. 436 (1966); 
and Roe v. Wade, 410 U.S. 113 (1973), overruled by Dobbs v. Jackson Women's Health Organization, 597 U.S. 215 (2022).""")

neg("docs", "en", """The JWT below is the example from the spec; paste it into the debugger to see the claims:

eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c

The signature is made with the secret "your-256-bit-secret".""")

neg("url", "en", """Useful links:
- https://medium.com/@netflixtechblog/lessons-from-chaos-engineering-2b7d4a1f9a0e
- https://github.com/torvalds/linux/commit/3c1a8f5e0d7b9e4a2f6c1d8b0e3a5f7c9d2b4e6a
- ssh git@github.com:org/repo.git
- https://www.npmjs.com/package/@types/node
- mailto:press@bbc.co.uk""")

neg("policy", "en", """Password policy (IT-SEC-04)
- Minimum 14 characters; passphrases such as "correct horse battery staple" are encouraged.
- Passwords like Password123!, Summer2024 or Welcome1 are blocked by the filter.
- Never share your password; the Service Desk will never ask for it.
- MFA is mandatory for VPN and e-mail.""")

neg("css", "en", """:root {
  --brand: #1a73e8;
  --brand-dark: #0b57d0;
  --gray-100: #f1f3f4;
}
.card { border: 1px solid #dadce0; border-radius: 8px; padding: 12px 16px; }
@media (max-width: 600px) { .card { padding: 8px; } }""")

neg("job_ad", "en", """We're hiring: Senior Backend Engineer (Go)
Location: hybrid, 3 days a week at our office, 30 Stamford Street, London SE1 9LQ
Salary: £85,000 - £100,000 + equity
How to apply: send your CV to careers@northwind-analytics.co.uk or call the recruitment team on 020 3885 4400.
Closing date: 31 May 2024""")

neg("museum", "en", """Gallery 12 - Tudor portraits
Portrait of Anne Boleyn, unknown artist, c. 1533-36, oil on panel
Henry VIII, after Hans Holbein the Younger, c. 1537
Elizabeth I ('The Armada Portrait'), c. 1588
Sir Thomas More, born 7 February 1478, executed 6 July 1535""")

neg("research_data", "en", """participant_id,age_band,sex,site,baseline_score,followup_score
P-0041,35-44,F,Leeds,22,18
P-0042,55-64,M,Leeds,31,29
P-0043,25-34,F,Bristol,17,12
P-0044,65+,M,Bristol,28,27
# identifiers are random study codes; the key is held by the data custodian only""")

neg("syslog", "en", """May  6 02:00:01 db01 CRON[11873]: (root) CMD (/usr/local/bin/backup.sh > /var/log/backup.log 2>&1)
May  6 02:14:52 db01 kernel: [812334.118203] eth0: renamed from veth3f2a1c9
May  6 02:14:52 db01 dockerd[903]: time="2024-05-06T02:14:52.771Z" level=info msg="ignoring event" container=4d2f9a1b7c8e module=libcontainerd
May  6 02:15:03 db01 systemd[1]: Started Session 9921 of user postgres.""")

neg("iban_docs", "en", """IBAN format by country (examples from the ECBS registry):
Germany   DE89 3704 0044 0532 0130 00      22 characters
France    FR14 2004 1010 0505 0001 3M02 606 27 characters
UK        GB29 NWBK 6016 1331 9268 19      22 characters
Check: move the first four characters to the end, replace letters by numbers (A=10 ... Z=35) and verify that the result mod 97 equals 1.""")

neg("id_spec", "en", """A UK National Insurance number has the format two prefix letters, six digits and a suffix letter, for example QQ 12 34 56 C. 
The prefix QQ is never issued and is used in HMRC documentation. The suffix is always A, B, C or D. 
Temporary numbers starting with TN are no longer used.""")

neg("network", "en", """interface GigabitEthernet0/1
 description uplink-to-core
 ip address 10.0.254.2 255.255.255.252
!
ip route 0.0.0.0 0.0.0.0 10.0.254.1
ip name-server 8.8.8.8 1.1.1.1
ntp server 172.16.0.10
snmp-server community public RO
mac-address-table aging-time 300
! broadcast ff:ff:ff:ff:ff:ff flooding disabled""")

neg("fiction", "en", """Sherlock Holmes took his bottle from the corner of the mantel-piece. "Which is it to-day?" Dr. Watson asked, "morphine or cocaine?" 
Outside, a four-wheeler rattled down Baker Street, and Mrs. Hudson could be heard on the stair.""")

neg("uuid_log", "en", """{"level":"info","ts":1714983301.224,"msg":"job finished","job_id":"3fa85f64-5717-4562-b3fc-2c963f66afa6",
 "trace_id":"4bf92f3577b34da6a3ce929d0e0e4736","span_id":"00f067aa0ba902b7","duration_ms":812,"worker":"w-07","queue":"exports"}""")

neg("weather", "en", """Station  Date        Tmax  Tmin  Rain(mm)
EGLL     2024-05-01  17.2   8.4   0.0
EGLL     2024-05-02  15.9   9.1   4.2
EGLL     2024-05-03  14.3   7.7  11.6
EGCC     2024-05-01  13.8   6.2   2.4""")

neg("invoice_template", "en", """INVOICE
Acme Widgets Ltd · 221 Industrial Way, Unit 14 · Swindon SN2 8BS · VAT GB 123 4567 89
Invoice no: INV-000482        Date: 02/05/2024        Due: 01/06/2024
PO number: PO-77821           Customer account: CUST-10293
Item: Widget housing, part no. WH-2290-BLK × 40 @ £3.15 = £126.00
Pay by BACS to Acme Widgets Ltd, sort code 20-00-00, account 55779911, reference INV-000482""")

neg("api_docs", "en", """curl https://api.example.com/v1/charges \\
  -u YOUR_SECRET_KEY: \\
  -d amount=2000 \\
  -d currency=usd \\
  -d source=tok_visa

Replace YOUR_SECRET_KEY with the key from your dashboard. Tokens such as tok_visa and tok_mastercard are test tokens.""")

neg("religion", "en", """And Joseph also went up from Galilee, out of the city of Nazareth, into Judaea, unto the city of David, which is called Bethlehem; 
to be taxed with Mary his espoused wife, being great with child. (Luke 2:4-5, King James Version)""")

neg("obituary_public", "en", """Queen Elizabeth II died at Balmoral Castle on 8 September 2022, aged 96. Born Elizabeth Alexandra Mary Windsor on 21 April 1926 
at 17 Bruton Street, Mayfair, she reigned for seventy years. Her son succeeded her as King Charles III.""")

neg("sql_schema", "en", """CREATE TABLE customers (
  id           BIGSERIAL PRIMARY KEY,
  full_name    TEXT NOT NULL,
  email        CITEXT UNIQUE,
  dob          DATE,
  ssn_last4    CHAR(4),
  created_at   TIMESTAMPTZ DEFAULT now()
);
CREATE INDEX idx_customers_email ON customers (email);
-- PII columns are encrypted at rest with key ref kms://alias/customers-pii""")

neg("hash", "en", """$ sha1sum ubuntu-24.04-live-server-amd64.iso
0a1b2c3d4e5f67890abcdef1234567890abcdef1  ubuntu-24.04-live-server-amd64.iso
$ gpg --verify SHA256SUMS.gpg SHA256SUMS
gpg: Good signature from "Ubuntu CD Image Automatic Signing Key (2012) <cdimage@ubuntu.com>"
Primary key fingerprint: 8439 38DF 228D 22F7 B374  2BC0 D94A A3F0 EFE2 1092""")

neg("company_register", "en", """Company number 08804411
NORTHWIND ANALYTICS LIMITED
Registered office address: 30 Stamford Street, London, SE1 9LQ
Company status: Active   Company type: Private limited Company
Incorporated on: 3 December 2013
Nature of business (SIC): 62012 - Business and domestic software development""")

neg("recipe", "en", """Victoria sponge (serves 8)
225g butter, 225g caster sugar, 4 eggs, 225g self-raising flour, 2 tbsp milk
Oven: 190C / 170C fan / gas 5, 20-25 min. Named after Queen Victoria, who reportedly enjoyed a slice with her afternoon tea.""")

neg("stock", "en", """AAPL 189.84 +1.12 (+0.59%)   MSFT 406.66 -0.91   NVDA 887.89 +19.54
Berkshire Hathaway (BRK.B) 404.21 - Warren Buffett's annual letter was released on 24 Feb 2024.
Tesla shares fell 3.2% after Elon Musk said the Model 2 would be delayed.""")

neg("placeholders", "en", """Sign-in form validation messages:
- "Please enter an e-mail address like name@example.com"
- "Phone numbers must look like +1 555 0100"
- "Card number must be 16 digits (e.g. 0000 0000 0000 0000)"
- "Date of birth must be in the format DD/MM/YYYY"
- "Password must contain at least one digit and one symbol\"""")

neg("meeting", "en", """Sprint 42 review - agenda
1. Demo: new export wizard (team Falcon)
2. Incident INC-2291 post-mortem: cert on api.internal expired 2024-04-30 03:00 UTC
3. Capacity: two engineers on leave in week 19
4. Decide on migrating from Jenkins 2.401.3 to GitHub Actions
Action items are tracked in JIRA under PLAT-1180 .. PLAT-1187.""")

neg("version_matrix", "en", """Supported versions
| Component  | Min      | Tested        |
|------------|----------|---------------|
| Python     | 3.9      | 3.12.3        |
| PostgreSQL | 12.0     | 16.2          |
| Redis      | 6.2.0    | 7.2.4         |
| Node.js    | 18.19.1  | 20.12.2       |
| OpenSSL    | 1.1.1w   | 3.0.13        |""")

neg("address_docs", "en", """How to write a UK address on an envelope:
Line 1: recipient name
Line 2: house number and street name
Line 3: locality (if needed)
Line 4: POST TOWN in capitals
Line 5: postcode in capitals (e.g. the format is AA9A 9AA, A9A 9AA, A9 9AA, A99 9AA, AA9 9AA or AA99 9AA)""")

neg("tech_support", "en", """To reset the router, hold the button on the back for 10 seconds, then browse to http://192.168.0.1 and log in with the 
default credentials printed on the label (admin / the 8-character key under the barcode). The factory MAC prefix for this model is 00:1A:2B.""")

# =============================================================================================
# GERMAN (de, incl. Austria and Switzerland)
# =============================================================================================

pos("lease", "de", """MIETVERTRAG über Wohnraum

zwischen
Herrn [[N|Friedrich-Wilhelm von Asseburg]]
[[A|Lindenallee 4]]
[[A|14050 Berlin]]
- nachfolgend „Vermieter“ -

und
Frau [[N|Aylin Demirtaş-Kühne]], geb. am [[D|17.09.1990]]
derzeit wohnhaft [[A|Sonnenallee 221, Hinterhaus, 2. OG links, 12059 Berlin]]
- nachfolgend „Mieterin“ -

§ 1 Mietsache: Wohnung im [[A|Seitenflügel, 3. OG rechts, Kastanienallee 12b, 10435 Berlin]], bestehend aus 2 Zimmern, Küche, Bad.
§ 4 Die Miete ist monatlich im Voraus auf das Konto des Vermieters, IBAN [[I|%s]], zu zahlen.
Steuer-ID der Mieterin (für Nebenkostenbescheinigung): [[ID|%s]]""" % (iban("DE", "100500000190884413"), steuer_id("4715920883")))

pos("payslip", "de", """Entgeltabrechnung April 2024                         Personalnr. 004417
[[N|Kerstin Baumgärtner]]
[[A|Am Mühlbach 7]]
[[A|83022 Rosenheim]]

Geburtsdatum: [[D|04.11.1979]]      Eintritt: 01.02.2015
Steuer-ID: [[ID|%s]]     StKl: IV   Konf.: rk
SV-Nummer: [[ID|%s]]
Krankenkasse: AOK Bayern, KV-Nr. [[ID|%s]]

Brutto                         4.312,00
Lohnsteuer                       612,41
Auszahlung auf IBAN [[I|%s]]   2.791,36""" % (steuer_id("2903817562"), rv_nummer("13", "041179", "B", "52"), kvnr("B", "62490317"), iban("DE", "711500000020193346")))

pos("anamnese", "de", """Praxis Dr. med. Hanna Voss · Allgemeinmedizin
ANAMNESEBOGEN

Name, Vorname: [[N|Yılmaz, Emre]]
Geburtsdatum: [[D|1. Februar 1984]]
Anschrift: [[A|Bahnhofstraße 3a]], [[A|c/o Schneider]], [[A|36037 Fulda]]
Telefon: [[P|0661 / 4821 773]]      Handy: [[P|0176 55123498]]
Versichertennummer: [[ID|%s]]
Hausarzt bisher: Dr. [[N|Gerold Amann]]
Vorerkrankungen: Hypertonie seit 2019""".replace("[[A|Bahnhofstraße 3a]], [[A|c/o Schneider]], [[A|36037 Fulda]]", "[[A|Bahnhofstraße 3a, c/o Schneider, 36037 Fulda]]").replace("Dr. med. Hanna Voss", "Dr. med. [[N|Hanna Voss]]") % kvnr("Y", "20581749"))

pos("ticket", "de", """Ticket #DE-20931 · Kanal: Chat
Kunde: [[N|jürgen pfaffenberger]]
Nachricht: hallo, ich komme nicht mehr ins kundenkonto. habe die ausweisnummer schon zweimal eingegeben: [[ID|L4H7NZ1R3]] und geburtsdatum [[D|23.6.61]]. meine adresse ist [[A|dorfstr. 9, ot ebersdorf, 07368 remptendorf]].
Agent (Melanie): Danke Herr [[N|Pfaffenberger]], ich habe das Konto entsperrt.""".replace("Agent (Melanie)", "Agent ([[N|Melanie]])"))

pos("email", "de", """Von: [[N|Dr. Ulrike Sommerfeld-Reiß]] <[[E|u.sommerfeld@kanzlei-sommerfeld.de]]>
An: [[E|thomas.brandl@web.de]]
Betreff: Ihr Erbscheinsantrag

Sehr geehrter Herr [[N|Brandl]],

für den Antrag benötige ich noch die Sterbeurkunde Ihrer Mutter sowie eine Kopie Ihres Reisepasses (Nr. [[ID|C4JR7XG2M]]).
Bitte senden Sie die Unterlagen an unsere Kanzlei oder per Post an mein Postfach:

[[N|Ulrike Sommerfeld-Reiß]]
[[A|Postfach 10 02 34]]
[[A|40002 Düsseldorf]]

Mit freundlichen Grüßen
[[N|U. Sommerfeld-Reiß]]
Rechtsanwältin""".replace("[[N|Dr. Ulrike Sommerfeld-Reiß]]", "Dr. [[N|Ulrike Sommerfeld-Reiß]]"))

pos("form", "de", """Meldezettel (Österreich) - Anmeldung
Familienname: [[N|Hofbauer]]     Vorname: [[N|Maximilian Josef]]
Geburtsdatum: [[D|09.05.1992]]   Geburtsort: Linz
Sozialversicherungsnummer: [[ID|%s]]
Unterkunft: [[A|Mariahilfer Straße 45/3/12]]
            [[A|1060 Wien]]
Unterkunftgeber: [[N|Brigitte Kainz]]""" % first_valid(svnr_at, ("281", "090592"), ("282", "090592"), ("283", "090592")))

pos("form", "de", """Anmeldung Krankenkasse (CH) - Versicherte Person
Name: [[N|Rüegg-Caduff]]   Vorname: [[N|Seraina]]
Geboren: [[D|28.02.1995]]
AHV-Nr.: [[ID|%s]]
Adresse: [[A|Bahnhofstrasse 7]]
         [[A|Postfach]]
         [[A|7000 Chur]]
Telefon: [[P|+41 79 555 21 40]]""" % ahv("482917305"))

pos("chat", "de", """[18:02] Lena: kannst du mir nochmal das wlan pw schicken?
[18:03] Jonas: klar: [[K|Kuckucksuhr#2023!]]
[18:03] Lena: danke 🙏 und der code vom schlüsselkasten?
[18:04] Jonas: [[K|8812]]. die neue adresse für das paket ist übrigens [[A|Gartenweg 3, 79098 Freiburg]], bei [[N|Oma Hildegard]] klingeln""".replace("[18:02] Lena:", "[18:02] [[N|Lena]]:").replace("[18:03] Jonas:", "[18:03] [[N|Jonas]]:").replace("[18:03] Lena:", "[18:03] [[N|Lena]]:").replace("[18:04] Jonas:", "[18:04] [[N|Jonas]]:").replace("[[N|Oma Hildegard]]", "Oma [[N|Hildegard]]"))

pos("config", "de", """# application.yml - Produktivsystem (NICHT einchecken!)
spring:
  datasource:
    url: jdbc:postgresql://db-prod-01:5432/kundenportal
    username: portal_app
    password: "[[K|Sch1lf-Rohr_4711]]"
  mail:
    host: smtp.strato.de
    username: [[E|buchhaltung.meier@t-online.de]]
    password: "[[K|Meier1968!Buch]]"
datev:
  client-secret: [[K|dv_cs_7Hq2kP9zLx4mT1wR8nB3]]""")

pos("bewerbung", "de", """Lebenslauf

Persönliche Daten
Name:            [[N|Ole Sönke Petersen]]
Anschrift:       [[A|Deichweg 14]]
                 [[A|25899 Niebüll]]
Telefon:         [[P|+49 4661 90 48 21]]
E-Mail:          [[E|ole.petersen@posteo.de]]
Geburtsdatum:    [[D|12. März 1998]] in Husum
Familienstand:   ledig

Berufserfahrung
08/2020 - heute  Elektroniker für Betriebstechnik, Windpark Nordfriesland GmbH""")

neg("news", "de", """Berlin (dpa) - Bundeskanzler Olaf Scholz hat am Mittwoch im Bundestag die Haushaltspläne verteidigt. 
Oppositionsführer Friedrich Merz warf der Regierung vor, die Schuldenbremse zu umgehen. 
Finanzminister Christian Lindner kündigte für den 3. Juli einen Kabinettsbeschluss an.""")

neg("history", "de", """Johann Wolfgang von Goethe wurde am 28. August 1749 in Frankfurt am Main geboren und starb am 22. März 1832 in Weimar. 
Sein Geburtshaus steht im Großen Hirschgraben 23-25; heute tragen in fast jeder deutschen Stadt eine Goethestraße und ein Goethe-Gymnasium seinen Namen.""")

neg("impressum", "de", """Impressum
Musterbau Holzhandel GmbH & Co. KG
Industriestraße 17, 72760 Reutlingen
Telefon: 07121 9340-0 · Telefax: 07121 9340-99 · E-Mail: info@musterbau-holz.de
Registergericht: Amtsgericht Stuttgart, HRA 351204
USt-IdNr.: DE 811 569 022
Bankverbindung: Kreissparkasse Reutlingen, BIC SOLADES1REU""")

neg("shipping", "de", """Ihre Sendung ist unterwegs!
Bestellnummer: 302-4417289-1108354
DHL Sendungsnummer: 00340434161094042557
Voraussichtliche Zustellung: Donnerstag, 16.05.2024, zwischen 10:00 und 14:00 Uhr
Abholung auch möglich in der Packstation 118 oder in der Filiale Karl-Marx-Allee 78.""")

neg("docs", "de", """Aufbau der Seriennummer des Personalausweises
Die Ausweisnummer besteht aus neun Zeichen (Buchstaben und Ziffern), z. B. T22000129 auf dem Musterausweis von Erika Mustermann. 
Vokale werden nicht verwendet, um Verwechslungen zu vermeiden. Die zehnte Stelle in der maschinenlesbaren Zone ist eine Prüfziffer (Gewichtung 7-3-1).""")

neg("timetable", "de", """ICE 1543  München Hbf 08:02  →  Berlin Hbf 12:05   Gleis 19
ICE 1002  Hamburg-Altona 09:17 →  Frankfurt(M) Hbf 13:05   Gleis 7
Hinweis: Wegen Bauarbeiten zwischen Fulda und Kassel-Wilhelmshöhe verkehren am 18.05. und 19.05. Ersatzbusse ab Bahnhofsvorplatz.""")


def fmt_nir(s):
    return "%s %s %s %s %s %s %s" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:])


# =============================================================================================
# FRENCH (fr, incl. Belgium and Switzerland)
# =============================================================================================

pos("form", "fr", """FICHE D'INSCRIPTION - Mutuelle Santé Horizon
Nom : [[N|Lefèvre-Nguyen]]          Prénom(s) : [[N|Camille Thuy]]
Née le : [[D|23/04/1987]] à Lyon 3e
N° de sécurité sociale : [[ID|%s]]
Adresse : [[A|Résidence Les Glycines, Bât. B]]
          [[A|12 bis, rue des Lilas]]
          [[A|3e étage, porte gauche]]
          [[A|69003 Lyon]]
Tél. portable : [[P|06 12 48 73 90]]
Courriel : [[E|camille.lefevre.nguyen@orange.fr]]
RIB : [[I|%s]]""" % (fmt_nir(nir_fr("2870469383112")), iban("FR", "10278060760002058290176")))

pos("email", "fr", """De : [[N|Marie-Claire de La Rochefoucauld]] <[[E|mc.delarochefoucauld@free.fr]]>
À : Agence Immobilière du Marais <contact@aim-paris.fr>
Objet : Dossier de location - pièces justificatives

Madame, Monsieur,

Veuillez trouver ci-joint mon avis d'imposition, ma carte d'identité (n° [[ID|X4RTBPFW4]]) et mes trois dernières fiches de paie.
Je réside actuellement au [[A|8, impasse du Moulin, 44300 Nantes]].
Mon garant est mon père, M. [[N|Hubert de La Rochefoucauld]], joignable au [[P|+33 2 40 55 18 26]].

Bien cordialement,
[[N|Marie-Claire de La Rochefoucauld]]""")

pos("chat", "fr", """[20:41] [[N|sophie]]: t'as le digicode de chez [[N|mathilde]] ?
[20:42] [[N|karim]]: [[K|4B12A]] puis interphone "[[N|Benhaddou]]"
[20:42] [[N|sophie]]: merci ! c'est bien au [[A|27 rue Oberkampf, 75011 Paris]] ?
[20:43] [[N|karim]]: oui 4e gauche. son num c'est le [[P|07 81 22 45 09]] si tu te perds""")

pos("payslip", "fr", """BULLETIN DE PAIE - Mars 2024
Employeur : Boulangerie Le Fournil SARL, 3 place du Marché, 21000 Dijon - SIRET 812 345 678 00019
Salarié : M. [[N|Thibault Girardot]]
Adresse : [[A|Lieu-dit La Croix Blanche]]
          [[A|Route de Beaune]]
          [[A|21190 Meursault]]
N° SS : [[ID|%s]]       Emploi : Boulanger - coefficient 185
Date d'entrée : 02/09/2019
Net à payer : 1 894,22 €  viré sur [[I|%s]]""" % (fmt_nir(nir_fr("1920921412045")), iban("FR", "30004008210001279813182")))

pos("letter", "fr", """Madame [[N|Aurélie Vandenbroucke]]
[[A|Avenue Louise 231 bte 12]]
[[A|1050 Ixelles]]
BELGIQUE

Bruxelles, le 6 mai 2024

Concerne : votre demande d'allocations familiales - dossier 2024/88213

Madame,

Nous accusons réception de votre demande. Afin de la traiter, nous avons besoin du numéro de registre national de votre fille [[N|Léa]] (née le [[D|14 janvier 2021]]) ; le vôtre ([[ID|%s]]) figure déjà au dossier.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.""" % be_nn("880317", "274"))

pos("form", "fr", """Contrôle des habitants - Lausanne
Nom : [[N|Favre-Bulle]]      Prénom : [[N|Jérôme]]
Date de naissance : [[D|1er juillet 1976]]
N° AVS : [[ID|%s]]
Adresse : [[A|Chemin des Vignes 14]]
          [[A|Case postale 118]]
          [[A|1009 Pully]]
Permis de séjour du conjoint : [[ID|C 0482913]]""" % ahv("391027485"))

pos("ticket", "fr", """Ticket 55120 - Colis abîmé
Client : [[N|yannick le goff]]
Message : bonjour, le colis est arrivé ouvert. je suis au [[A|lieu-dit kerhervé, 29450 commana]], pas de numéro, la maison bleue après la chapelle. vous pouvez me rappeler au [[P|02 98 55 61 17]] ?
Réponse agent : Bonjour M. [[N|Le Goff]], un remboursement a été lancé.""")

pos("passport", "fr", """DEMANDE DE PASSEPORT - récépissé
Demandeur : [[N|DIALLO Aminata]]
Né(e) le : [[D|02.12.2004]] à Montreuil (93)
Ancien passeport : [[ID|18AB52371]] délivré le 10/03/2018
Adresse déclarée : [[A|Appt 1204, Tour Mercure]]
                   [[A|5 allée Gustave Courbet]]
                   [[A|93100 Montreuil]]
Rendez-vous : mairie annexe, 17/05/2024 à 09h40""")

neg("news", "fr", """PARIS (AFP) - Emmanuel Macron a reçu jeudi à l'Élysée le chancelier allemand Olaf Scholz. 
Le Premier ministre Gabriel Attal a ensuite présenté le projet de loi à l'Assemblée nationale, rue de l'Université. 
Marine Le Pen a dénoncé un texte « sans ambition ».""")

neg("history", "fr", """Victor Hugo est né le 26 février 1802 à Besançon et mort le 22 mai 1885 à Paris. 
Sa maison de la place des Vosges, au 6, est aujourd'hui un musée. Des milliers de rues, d'écoles et de lycées portent son nom, 
comme l'avenue Victor-Hugo dans le 16e arrondissement.""")

neg("company", "fr", """Mentions légales
Éditeur : Les Jardins de Provence SAS, au capital de 50 000 €
Siège social : 12 avenue du Prado, 13006 Marseille
RCS Marseille 823 456 789 - SIRET 823 456 789 00027 - TVA FR 41 823456789
Tél. standard : 04 91 00 00 00 - contact@jardins-provence.fr
Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix""")

neg("shipping", "fr", """Votre colis Colissimo n° 6A18529460172 a été déposé en point retrait.
Commande : FR-2024-0518-99321
Point relais : Tabac Presse du Centre - horaires 7h-19h30
Vous disposez de 10 jours pour le retirer muni d'une pièce d'identité et du code de retrait reçu par SMS.""")

neg("docs", "fr", """Format du numéro de sécurité sociale (NIR)
Le NIR comporte 13 chiffres suivis d'une clé de 2 chiffres : sexe (1 ou 2), année et mois de naissance, département, commune, numéro d'ordre.
Exemple fictif utilisé dans les guides : 1 23 45 67 890 123 - la clé se calcule par 97 - (NIR modulo 97).""")

neg("code", "fr", """# Exemple de configuration - remplacez les valeurs !
export API_KEY="VOTRE_CLE_API"
export DB_PASSWORD="********"
export SMTP_URL="smtp://utilisateur@mail.exemple.fr:587"
python3 manage.py runserver 0.0.0.0:8000""")


def curp(s16, diff):
    al = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"
    s = s16 + diff
    t = sum(al.index(ch) * (18 - i) for i, ch in enumerate(s))
    return s + str((10 - t % 10) % 10)


def cuil(prefix, dni_num):
    s = prefix + dni_num
    r = 11 - sum(int(a) * b for a, b in zip(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    assert r != 10
    return "%s-%s-%d" % (prefix, dni_num, 0 if r == 11 else r)


# =============================================================================================
# SPANISH (es, Spain and Latin America)
# =============================================================================================

pos("form", "es", """SOLICITUD DE EMPADRONAMIENTO - Ayuntamiento de Madrid
Primer apellido: [[N|García]]   Segundo apellido: [[N|de la Torre]]   Nombre: [[N|María Inmaculada]]
DNI: [[ID|%s]]
Fecha de nacimiento: [[D|15 de agosto de 1983]]
Domicilio: [[A|C/ Mayor, 5, 3º 2ª]]
           [[A|28013 Madrid]]
Teléfono: [[P|+34 612 48 93 07]]
Otros empadronados en la vivienda: [[N|Íñigo Arrieta García]] (hijo, nacido el [[D|03/02/2012]])""" % dni("50718294"))

pos("contract", "es", """CONTRATO DE TRABAJO - datos del trabajador
Nombre y apellidos: [[N|Oumar Sow Ndiaye]]
NIE: [[ID|%s]]
Nº afiliación Seguridad Social: [[ID|%s]]
Domicilio: [[A|Avda. de la Constitución 22, esc. izq., 4º B, 41001 Sevilla]]
Fecha de nacimiento: [[D|1991-07-30]]
Cuenta para nómina: [[I|%s]]""" % (dni("Y4821937"), "41/%s/%s" % (nss_es("41", "10482937")[2:10], nss_es("41", "10482937")[10:]), iban("ES", "00491500051234567892")))

pos("email", "es", """Asunto: entrega de llaves casa rural

Hola [[N|Paqui]]:

Los huéspedes llegan el viernes. La dirección para el GPS es [[A|Camino de la Ermita s/n, Diseminado Los Llanos, 18830 Huéscar (Granada)]]. La caja de llaves tiene el código [[K|3091]].
Si hay algún problema, que llamen a mi marido, [[N|Andrés]], al [[P|678 21 44 90]].

Un abrazo,
[[N|Remedios Castillo]]""")

pos("ticket", "es", """Ticket #MX-44871
Cliente: [[N|María Guadalupe Hernández Ortiz]]
CURP: [[ID|%s]]
RFC: [[ID|HEOG931105K27]]
Dirección de entrega: [[A|Calle Río Lerma 156, Int. 4]]
                      [[A|Col. Cuauhtémoc]]
                      [[A|06500 Ciudad de México, CDMX]]
Cel: [[P|+52 55 5555 1934]]
Nota: el repartidor no encontró el número, favor de llamar antes.""" % curp("HEOG931105MJCRRD", "0"))

pos("chat", "es", """[11:20] [[N|Facu]]: che, pasame los datos para la transferencia
[11:21] [[N|Lucía Benedetti]]: CBU 0170099220000067797370, alias lucia.benedetti.mp
[11:21] [[N|Lucía Benedetti]]: a nombre de [[N|Lucía Benedetti]], CUIL [[ID|%s]]
[11:22] [[N|Facu]]: dale. te lo mando a [[A|Av. Corrientes 1234, piso 5, depto. B, C1043AAZ CABA]] el regalo?
[11:22] [[N|Lucía Benedetti]]: sí, portero eléctrico 5B""" % cuil("27", "32481977"))

pos("cv", "es", """CURRÍCULUM
[[N|Matías Ignacio Fuenzalida Rojas]]
RUT: [[ID|%s]]
Fecha de nacimiento: [[D|4 de marzo de 1996]]
Dirección: [[A|Pasaje Los Aromos 2345]], [[A|Villa Alemana]], [[A|Región de Valparaíso]]
Teléfono: [[P|+56 9 8765 4321]]
Correo: [[E|matias.fuenzalida.r@gmail.com]]""".replace("[[A|Pasaje Los Aromos 2345]], [[A|Villa Alemana]], [[A|Región de Valparaíso]]", "[[A|Pasaje Los Aromos 2345, Villa Alemana, Región de Valparaíso]]") % rut("19284736"))

pos("sql", "es", """-- copia de seguridad tabla socios (club deportivo)
INSERT INTO socios VALUES (118, '[[N|Aitor Etxeberria Goikoetxea]]', '[[ID|%s]]', '[[D|1988-12-01]]', '[[A|Kale Nagusia 14, 2. eskuina, 20400 Tolosa]]', '[[P|688 44 12 90]]');
INSERT INTO socios VALUES (119, '[[N|Nerea Zubizarreta]]', '[[ID|%s]]', '[[D|1990-05-19]]', '[[A|Avda. Zarautz 87, 7º A, 20018 Donostia]]', '[[P|633 90 21 57]]');""" % (dni("72491830"), dni("44158263")))

pos("medical", "es", """HOJA DE INGRESO - Urgencias
Paciente: [[N|Sra. Rosario Jiménez Vallejo]]   NHC: 2291044
Fecha de nacimiento: [[D|09/10/1947]]
Tarjeta sanitaria (CIP): [[ID|JMVL471009018014]]
Domicilio: [[A|Apartado de Correos 1045]], [[A|29680 Estepona]]
Acompañante: [[N|Juan Carlos Jiménez]] (hijo) [[P|650 11 28 43]]""".replace("[[N|Sra. Rosario Jiménez Vallejo]]", "Sra. [[N|Rosario Jiménez Vallejo]]").replace("[[A|Apartado de Correos 1045]], [[A|29680 Estepona]]", "[[A|Apartado de Correos 1045, 29680 Estepona]]"))

neg("news", "es", """MADRID (EFE) - El presidente del Gobierno, Pedro Sánchez, compareció este miércoles en el Congreso tras la reunión con el líder del PP, Alberto Núñez Feijóo. 
La manifestación recorrió la calle de Alcalá hasta la Puerta del Sol. Rafael Nadal confirmó su participación en el torneo.""")

neg("history", "es", """Miguel de Cervantes Saavedra nació en Alcalá de Henares, probablemente el 29 de septiembre de 1547, y murió en Madrid el 22 de abril de 1616. 
Vivió sus últimos años en la calle del León, esquina con la calle de Francos, hoy calle de Cervantes.""")

neg("company", "es", """Aviso legal
Titular: Distribuciones Levante, S.L. - CIF B-46123456
Domicilio social: Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 32, 46988 Paterna (Valencia)
Inscrita en el Registro Mercantil de Valencia, Tomo 7788, Folio 112, Hoja V-94512
Atención al cliente: 900 100 200 (gratuito) - atencion@distrilevante.es""")

neg("shipping", "es", """Tu pedido PD-2024-771203 está en reparto.
Número de seguimiento Correos Express: 3230009917722015
Ventana de entrega: 14:00 - 18:00
Artículos: 2 x Cartucho HP 305XL (3YM62AE), 1 x Papel A4 80 g (500 hojas)""")

neg("docs", "es", """Cómo se calcula la letra del DNI: se divide el número entre 23 y el resto indica la letra según la tabla TRWAGMYFPDXBNJZSQVHLCKE. 
Por ejemplo, para el número de ejemplo 12345678 el resto es 14 y la letra es Z. El NIE sustituye la X inicial por 0, la Y por 1 y la Z por 2.""")

neg("football", "es", """Crónica: el Real Madrid ganó 3-1 al Atlético en el Santiago Bernabéu (Avenida de Concha Espina, 1). 
Jude Bellingham abrió el marcador en el minuto 12 y Vinícius Júnior sentenció de penalti. Carlo Ancelotti elogió a Luka Modrić, que cumple 39 años en septiembre.""")

# =============================================================================================
# ITALIAN (it)
# =============================================================================================

pos("form", "it", """MODULO DI ADESIONE - Palestra FitLab Vomero
Cognome: [[N|Esposito]]        Nome: [[N|Giulia]]
Nata a: Napoli (NA)      il: [[D|14/02/1990]]
Codice fiscale: [[ID|%s]]
Residenza: [[A|Via Luca Giordano 118, scala B, interno 7]]
           [[A|80129 Napoli (NA)]]
Cellulare: [[P|+39 333 418 2290]]
E-mail: [[E|giulia.esposito90@libero.it]]
Pagamento: SDD su IBAN [[I|%s]]""" % (codice_fiscale("SPSGLI90B54F839"), iban("IT", "Q0306909606100000063127")))

pos("email", "it", """Da: [[N|Lorenzo Bianchi]] <[[E|lorenzo.bianchi@studiobianchi.it]]>
A: [[E|avv.deluca.francesca@pec.it]]
Oggetto: successione [[N|Russo Salvatore]]

Gentile Avv. [[N|De Luca]],

le invio i dati richiesti per la dichiarazione di successione:
- de cuius: [[N|Salvatore Russo]], C.F. [[ID|%s]], ultima residenza [[A|Località Poggio Alto 3, 53024 Montalcino (SI)]]
- erede: [[N|Francesca De Luca]], C.F. [[ID|%s]]

Cordiali saluti,
Dott. [[N|Lorenzo Bianchi]]
Commercialista""" % (codice_fiscale("RSSSVT52D09G273"), codice_fiscale("DLCFNC65S62H501")))

pos("chat", "it", """[[N|marco]]: raga stasera da me, citofono [[N|Ferraresi]], [[A|corso vittorio emanuele II 45, 3° piano]]
[[N|chiara]]: ok! la password del wifi è sempre quella?
[[N|marco]]: no l'ho cambiata, ora è [[K|Pizzaiolo_2024!]]
[[N|ale]]: porto io il vino 🍷""")

pos("hr", "it", """SCHEDA DIPENDENTE
Nominativo: [[N|Bianchi Lorenzo]]
Data di nascita: [[D|3 luglio 1978]]
Codice fiscale: [[ID|%s]]
Carta d'identità n. [[ID|CA48213KD]] rilasciata dal Comune di Milano, scad. 03/07/2031
Indirizzo: [[A|Via Paolo Sarpi 12]] - [[A|20154 Milano]]
Telefono: [[P|02 5558 1937]]""".replace("[[A|Via Paolo Sarpi 12]] - [[A|20154 Milano]]", "[[A|Via Paolo Sarpi 12 - 20154 Milano]]") % codice_fiscale("BNCLNZ78L03F205"))

pos("medical", "it", """REFERTO - Pronto Soccorso Ospedale San Giovanni
Paziente: [[N|Maria Grazia Lo Russo]]   nata il [[D|22.11.1965]]
Tessera sanitaria: [[ID|%s]]
Domicilio: [[A|Fraz. San Martino, Via dei Pini 2]], [[A|10010 Cascinette d'Ivrea (TO)]]
Diagnosi: frattura composta del radio distale sinistro""".replace("[[A|Fraz. San Martino, Via dei Pini 2]], [[A|10010 Cascinette d'Ivrea (TO)]]", "[[A|Fraz. San Martino, Via dei Pini 2, 10010 Cascinette d'Ivrea (TO)]]") % codice_fiscale("LRSMGR65S62L219"))

pos("log", "it", """2024-05-07 09:12:33 INFO  login riuscito utente=[[E|g.marchetti@fastwebnet.it]] da [[IP|93.41.208.17]]
2024-05-07 09:13:02 INFO  aggiornato profilo: telefono=[[P|349 771 2203]] indirizzo="[[A|Via Garibaldi 8, 16124 Genova]]"
2024-05-07 09:15:40 WARN  tentativo accesso admin da 192.168.10.5 bloccato""")

neg("history", "it", """Giuseppe Garibaldi nacque a Nizza il 4 luglio 1807 e morì a Caprera il 2 giugno 1882. 
Quasi ogni città italiana ha una Via Garibaldi o una Piazza Garibaldi; a Genova, Via Garibaldi è patrimonio UNESCO con i Palazzi dei Rolli.""")

neg("company", "it", """Ferramenta Rossi & Figli S.r.l.
Sede legale: Via dell'Industria 45, 20090 Segrate (MI)
P.IVA 01234567890 - REA MI-1234567 - Capitale sociale € 10.000 i.v.
Tel. 02 2134 5678 - info@ferramentarossi.it - PEC ferramentarossi@legalmail.it""")

neg("news", "it", """ROMA (ANSA) - La presidente del Consiglio Giorgia Meloni ha incontrato a Palazzo Chigi il presidente ucraino Volodymyr Zelensky. 
Il presidente della Repubblica Sergio Mattarella ha firmato il decreto. Jannik Sinner è il nuovo numero uno del tennis mondiale.""")

neg("product", "it", """Scheda prodotto
Caffettiera Bialetti Moka Express 6 tazze - cod. art. 0001163
EAN 8006363011631
Garanzia 2 anni - lotto 24B07-118
Istruzioni: non lavare in lavastoviglie.""")


def rg_sp(d8):
    r = 11 - sum(int(a) * b for a, b in zip(d8, range(2, 10))) % 11
    c = "0" if r == 11 else "X" if r == 10 else str(r)
    return "%s.%s.%s-%s" % (d8[:2], d8[2:5], d8[5:], c)


def pis(d10):
    r = 11 - sum(int(a) * b for a, b in zip(d10, [3, 2, 9, 8, 7, 6, 5, 4, 3, 2])) % 11
    c = 0 if r >= 10 else r
    return "%s.%s.%s-%d" % (d10[:3], d10[3:8], d10[8:], c)


def niss(d10):
    return d10 + str(9 - sum(int(a) * b for a, b in zip(d10, [29, 23, 19, 17, 13, 11, 7, 5, 3, 2])) % 10)


# =============================================================================================
# PORTUGUESE (pt, Brazil and Portugal)
# =============================================================================================

pos("form", "pt", """FICHA CADASTRAL - Clínica Sorriso Paulista
Nome completo: [[N|Ana Beatriz dos Santos Oliveira]]
Data de nascimento: [[D|08/05/1992]]
CPF: [[ID|%s]]     RG: [[ID|%s]] SSP/SP
Endereço: [[A|Rua das Flores, 123, apto 45, Bloco B]]
          [[A|Jardim Paulista]]
          [[A|01310-100 São Paulo - SP]]
Celular/WhatsApp: [[P|(11) 98765-4321]]
Responsável financeiro: [[N|José Carlos Oliveira]]""" % (cpf("385291047"), rg_sp("28471905")))

pos("email", "pt", """De: [[N|Rui Manuel Pereira]] <[[E|ruimpereira@sapo.pt]]>
Para: Finanças - Serviço de Loulé <sf1082@at.gov.pt>
Assunto: Alteração de morada fiscal

Exmos. Senhores,

Venho solicitar a alteração da minha morada fiscal para [[A|Sítio do Poço Novo, Apartado 412, 8100-247 Loulé]].
NIF: [[ID|%s]]
NISS: [[ID|%s]]
Data de nascimento: [[D|17 de janeiro de 1969]]

Com os melhores cumprimentos,
[[N|Rui Pereira]]""" % (nif_pt("21849173"), niss("1204871935")))

pos("chat", "pt", """[[N|Thiago]]: mano me passa teu pix
[[N|Gabi Nascimento]]: é o cpf mesmo, [[ID|%s]]
[[N|Thiago]]: blz, e o endereço pra mandar o convite? ainda é aquele na tijuca?
[[N|Gabi Nascimento]]: não, mudei. [[A|rua conde de bonfim 412, bl 2 ap 1103, tijuca, rio de janeiro - rj, 20520-054]]""" % cpf("104729386"))

pos("invoice", "pt", """FATURA-RECIBO FR 2024/1187
Prestador: [[N|Inês Catarina Moura]] (trabalhadora independente), NIF [[ID|%s]]
Morada: [[A|Rua Augusta, 120, 3.º Esq.]], [[A|1100-053 Lisboa]]
Adquirente: Tecnosoft Lda., NIPC 509 123 456
Serviço: Tradução técnica EN-PT (12.400 palavras)
Valor: 992,00 €   IVA 23%%: 228,16 €
Pagamento para: [[I|%s]]""".replace("[[A|Rua Augusta, 120, 3.º Esq.]], [[A|1100-053 Lisboa]]", "[[A|Rua Augusta, 120, 3.º Esq., 1100-053 Lisboa]]") % (nif_pt("23741986"), iban("PT", "003506510000123456789")))

pos("hr", "pt", """Dados para admissão (RH)
Nome: [[N|Francisco Xavier de Albuquerque Lins]]
Nascimento: [[D|1985-10-02]]
CPF: [[ID|%s]]
PIS/PASEP: [[ID|%s]]
Endereço: [[A|SQN 308, Bloco K, Apto 604, Asa Norte]], [[A|Brasília - DF]], [[A|70747-110]]
Telefone: [[P|+55 61 99812-3344]]""".replace("[[A|SQN 308, Bloco K, Apto 604, Asa Norte]], [[A|Brasília - DF]], [[A|70747-110]]", "[[A|SQN 308, Bloco K, Apto 604, Asa Norte, Brasília - DF, 70747-110]]") % (cpf("572018394"), pis("1204817293")))

pos("log", "pt", """[2024-05-03 22:41:07] ERRO pagamento recusado cartao=[[C|%s]] titular="[[N|MARCOS V SILVA]]" ip=[[IP|177.92.14.203]]
[2024-05-03 22:41:09] INFO  nova tentativa com cartao final 5521 aprovada""" % card("5502", 16, ""))

neg("history", "pt", """Fernando Pessoa nasceu em Lisboa, no Largo de São Carlos, a 13 de junho de 1888, e morreu a 30 de novembro de 1935. 
A sua estátua em bronze está à porta do café A Brasileira, na Rua Garrett, no Chiado.""")

neg("company", "pt", """Padaria Pão Quente Ltda. - CNPJ 12.345.678/0001-95
Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200
SAC: 0800 777 1234 - sac@paoquente.com.br
Pedido nº 00048213 - NF-e 35240512345678000195550010000482131000482130""")

neg("news", "pt", """BRASÍLIA - O presidente Luiz Inácio Lula da Silva sancionou nesta terça-feira a lei aprovada pelo Congresso. 
O ministro da Fazenda, Fernando Haddad, disse que a medida entra em vigor em 1º de julho. Neymar segue em recuperação no Al-Hilal.""")

neg("docs", "pt", """Validação de CPF: o CPF tem 11 dígitos, os dois últimos são dígitos verificadores calculados por módulo 11. 
Números com todos os dígitos iguais, como 111.111.111-11, passam no cálculo mas são inválidos. Use 000.000.000-00 nos exemplos.""")

# =============================================================================================
# DUTCH (nl, Netherlands and Flanders)
# =============================================================================================

pos("form", "nl", """INSCHRIJFFORMULIER HUISARTSENPRAKTIJK DE LINDEBOOM
Achternaam: [[N|van den Berg-Bakker]]     Voornamen: [[N|Johanna Cornelia]]
Roepnaam: [[N|Anneke]]
Geboortedatum: [[D|02-08-1961]]
BSN: [[ID|%s]]
Adres: [[A|Keizersgracht 123-III]]
       [[A|1015 CJ Amsterdam]]
Telefoon: [[P|06-41 82 93 07]]
Zorgverzekeraar: Zilveren Kruis, polisnr. 118.204.771 (niet het BSN)""" % bsn("30519528"))

pos("email", "nl", """Van: [[N|Daan Hoekstra]] <[[E|daan.hoekstra@ziggo.nl]]>
Aan: verhuur@woonstichting-noord.nl
Onderwerp: Opzegging huur

Geachte heer/mevrouw,

Hierbij zeg ik de huur op van de woning aan de [[A|Dorpsstraat 4 bis, 9051 BP Stiens]] per 1 juli.
Mijn nieuwe adres wordt: [[A|Postbus 1182]], [[A|8900 CD Leeuwarden]].
De borg kan worden overgemaakt naar [[I|%s]] t.n.v. [[N|D.J. Hoekstra]].

Met vriendelijke groet,
[[N|Daan Hoekstra]]
[[P|+31 6 2918 4470]]""".replace("[[A|Postbus 1182]], [[A|8900 CD Leeuwarden]]", "[[A|Postbus 1182, 8900 CD Leeuwarden]]") % iban("NL", "RABO0304721955"))

pos("chat", "nl", """[[N|sanne]]: hoi! kun je me het adres van [[N|pieter]] sturen voor de kaart?
[[N|femke]]: [[A|kerkstraat 12 bus 3, 9000 gent]]
[[N|femke]]: en zijn verjaardag is [[D|14 maart 1993]] toch?
[[N|sanne]]: klopt 🎂 zijn rijksregisternummer moet trouwens op het formulier van de reis: [[ID|%s]]""" % be_nn("930314", "187"))

pos("hr", "nl", """Personeelsdossier - indiensttreding
Naam: [[N|Mohamed El Amrani]]
Geboren: [[D|19 november 1994]] te Utrecht
BSN: [[ID|%s]]
Paspoort: [[ID|NW92RH4K1]], geldig tot 12-05-2031
Adres: [[A|Kanaalweg 88 A]], [[A|3533 HG Utrecht]]
Loon op rekening: [[I|%s]]""".replace("[[A|Kanaalweg 88 A]], [[A|3533 HG Utrecht]]", "[[A|Kanaalweg 88 A, 3533 HG Utrecht]]") % (bsn("17382940"), iban("NL", "INGB0007194823")))

pos("config", "nl", """# deploy.sh - tijdelijk, daarna naar vault!
export MOLLIE_API_KEY=[[K|live_Hq7vTz3Wm9xKp2Lr8Nc4Bs6Jd1Fy]]
export POSTNL_APIKEY=[[K|c81f0d47e2a94b3f9e5d6a17b2c0e8f4]]
export DATABASE_URL=[[U|mysql://webshop:Tulp3nB0l!@10.1.0.4:3306/shop]]
rsync -az ./build/ deploy@web01:/var/www/shop""")

pos("register", "nl", """Leerlingenlijst groep 5 - Basisschool De Regenboog
Naam;Geboortedatum;Ouder/verzorger;Telefoon
[[N|Lotte de Vries]];[[D|2015-04-11]];[[N|Marieke de Vries]];[[P|06 1234 8870]]
[[N|Noah Çelik]];[[D|2015-07-29]];[[N|Emine Çelik]];[[P|06 4455 0192]]
[[N|Sem Wijnaldum]];[[D|2016-01-03]];[[N|Ruud Wijnaldum]];[[P|+31 20 555 8183]]""")

neg("history", "nl", """Rembrandt van Rijn werd op 15 juli 1606 in Leiden geboren en overleed op 4 oktober 1669 in Amsterdam. 
Zijn huis aan de Jodenbreestraat 4 is nu het Rembrandthuis; op het Rembrandtplein staat een standbeeld van de schilder.""")

neg("company", "nl", """Bakkerij Van Dam B.V.
Vestigingsadres: Industrieweg 21, 3044 AS Rotterdam
KvK 24123456 - btw NL812345678B01
Klantenservice: 010 234 5678 (ma-vr 9-17 uur) - info@bakkerijvandam.nl""")

neg("shipping", "nl", """Je pakket is onderweg!
Track & Trace: 3SABCD1234567890
Bestelnummer: 2024-NL-0518332
Verwachte bezorging: woensdag tussen 13:15 en 15:45
Niet thuis? Dan leggen we het pakket bij een PostNL-punt in de buurt.""")

neg("news", "nl", """DEN HAAG (ANP) - Premier Mark Rutte heeft afscheid genomen van de Tweede Kamer. 
Koning Willem-Alexander ontving de nieuwe ministers op Paleis Huis ten Bosch. Max Verstappen won zondag de Grand Prix van Japan.""")

# =============================================================================================
# POLISH (pl)
# =============================================================================================

pos("form", "pl", """KARTA PACJENTA - Przychodnia Zdrowie Mokotów
Nazwisko: [[N|Wiśniewska-Kowal]]     Imię: [[N|Agnieszka]]
PESEL: [[ID|%s]]
Data urodzenia: [[D|7 marca 1986]]
Adres zamieszkania: [[A|ul. Marszałkowska 84/92 m. 15]]
                    [[A|00-514 Warszawa]]
Telefon: [[P|+48 601 234 567]]
Osoba upoważniona: [[N|Tomasz Kowal]] (mąż), tel. [[P|502 118 904]]""" % pesel(1986, 3, 7, "048", True))

pos("email", "pl", """Od: [[N|Grzegorz Brzęczyszczykiewicz]] <[[E|g.brzeczyszczykiewicz@wp.pl]]>
Do: biuro@wspolnota-osiedle.pl
Temat: zmiana właściciela lokalu

Dzień dobry,

informuję, że od 1 czerwca właścicielem lokalu [[A|os. Tysiąclecia 45/12, 31-609 Kraków]] jest mój syn, [[N|Kacper Brzęczyszczykiewicz]] (PESEL [[ID|%s]]).
Proszę o przesyłanie rozliczeń na jego adres: [[A|al. Jerozolimskie 123A lok. 4]], [[A|02-017 Warszawa]].

Z poważaniem,
[[N|Grzegorz Brzęczyszczykiewicz]]""".replace("[[A|al. Jerozolimskie 123A lok. 4]], [[A|02-017 Warszawa]]", "[[A|al. Jerozolimskie 123A lok. 4, 02-017 Warszawa]]") % pesel(2001, 11, 23, "157", False))

pos("invoice", "pl", """FAKTURA VAT nr 14/05/2024
Sprzedawca: Usługi Remontowe [[N|Marek Zieliński]]
[[A|Wólka Kosowska 12]]
[[A|05-506 Lesznowola]]
NIP: [[ID|%s]]
Nabywca: [[N|Beata Lis]], [[A|ul. Kwiatowa 3, 05-500 Piaseczno]]
Pozycja: malowanie mieszkania 52 m2 - 3 640,00 zł netto
Rachunek: [[I|%s]]""" % (nip("527104838"), iban("PL", "114020040000330201837261")))

pos("chat", "pl", """[[N|kasia]]: hej, wysyłam ci dane do umowy
[[N|kasia]]: [[N|Katarzyna Nowak]], dowód [[ID|%s]], pesel [[ID|%s]]
[[N|kasia]]: adres [[A|ul. Chopina 7/3, 20-026 Lublin]]
[[N|bartek]]: dzięki, drukuję""" % (pl_id_card("CKZ", "48213"), pesel(1995, 6, 30, "082", True)))

pos("hr", "pl", """Kwestionariusz osobowy pracownika
1. Imię (imiona) i nazwisko: [[N|Paweł Jan Dąbrowski]]
2. Data urodzenia: [[D|1979-12-19]]
3. Numer PESEL: [[ID|%s]]
4. Adres zamieszkania: [[A|Stare Juchy 41]], [[A|19-330 Stare Juchy]]
5. Numer rachunku do wypłaty: [[I|%s]]
6. Kontakt w razie wypadku: [[N|Ewa Dąbrowska]] [[P|87 621 04 55]]""".replace("[[A|Stare Juchy 41]], [[A|19-330 Stare Juchy]]", "[[A|Stare Juchy 41, 19-330 Stare Juchy]]") % (pesel(1979, 12, 19, "031", False), iban("PL", "102010260000042270201111")))

pos("log", "pl", """2024-05-08 14:22:10 [auth] zalogowano: [[E|m.sikorski@onet.pl]] z [[IP|83.24.117.205]]
2024-05-08 14:22:41 [profil] zmiana hasła zakończona sukcesem dla [[E|m.sikorski@onet.pl]]
2024-05-08 14:25:03 [api] klucz testowy pk_test_xxxxxxxxxxxx odrzucony""")

neg("history", "pl", """Fryderyk Chopin urodził się 1 marca 1810 roku w Żelazowej Woli, a zmarł 17 października 1849 roku w Paryżu. 
Jego serce spoczywa w kościele Świętego Krzyża przy Krakowskim Przedmieściu. W wielu miastach jest ulica Chopina.""")

neg("company", "pl", """Piekarnia Złoty Kłos Sp. z o.o.
ul. Przemysłowa 8, 60-111 Poznań
KRS 0000123456, NIP 7791234567, REGON 301234567
Kapitał zakładowy 50 000 zł - infolinia 61 222 33 44 - biuro@zlotyklos.pl""")

neg("shipping", "pl", """Twoja paczka czeka w Paczkomacie WAW22M!
Numer przesyłki: 602677012345678901234567
Kod odbioru otrzymasz SMS-em. Zamówienie nr 2024/05/18/7712 z Allegro.""")

neg("sports", "pl", """Robert Lewandowski strzelił dwa gole w meczu z Realem Madryt na Estadi Olímpic Lluís Companys. 
Iga Świątek awansowała do finału turnieju w Rzymie, pokonując Coco Gauff 6:4, 6:3.""")

# =============================================================================================
# DANISH (da)
# =============================================================================================

pos("form", "da", """Tilmelding - Tandlæge Østerbro
Navn: [[N|Mette Kjærsgaard Holm]]
CPR-nr.: [[ID|%s]]
Fødselsdato: [[D|12.03.1985]]
Adresse: [[A|Nørregade 12, 3. tv.]]
         [[A|1165 København K]]
Mobil: [[P|+45 20 12 34 56]]
E-mail: [[E|mette.k.holm@gmail.com]]""" % cpr("120385", "182"))

pos("email", "da", """Fra: [[N|Søren Bæk Nielsen]] <[[E|sbn@jubii.dk]]>
Til: kontakt@andelsforeningen-birken.dk
Emne: Fremleje af lejlighed

Hej bestyrelse,

Jeg fremlejer min lejlighed på [[A|Hovedgaden 4, st. th., 4000 Roskilde]] til [[N|Freja Lund]] fra 1. august. Hun er født [[D|5. december 1999]] og hendes CPR er [[ID|%s]].
Husleje betales fortsat fra min konto [[I|%s]].

Venlig hilsen
[[N|Søren]]""" % (cpr("051299", "321"), iban("DK", "20001234567891")))

pos("chat", "da", """[[N|ida]]: hvad er adressen til sommerhuset igen?
[[N|mads]]: [[A|Klitvej 17, Lønstrup, 9800 Hjørring]]
[[N|mads]]: nøglen ligger i boksen, kode [[K|1974]]
[[N|ida]]: tak! ring til [[N|farmor]] på [[P|98 96 01 22]] hvis hun skal hentes""".replace("[[N|farmor]]", "farmor"))

neg("history", "da", """H.C. Andersen blev født den 2. april 1805 i Odense og døde den 4. august 1875 i København. 
Hans barndomshjem i Munkemøllestræde 3-5 er i dag museum, og H.C. Andersens Boulevard er en af byens store færdselsårer.""")

neg("company", "da", """Møbelhuset Nord ApS
Industrivej 45, 7400 Herning - CVR 12345678
Telefon 97 12 34 56 - salg@moebelhusetnord.dk
Ordrenummer 2024-88213, levering uge 21. Varenummer: BORD-EG-180.""")

# =============================================================================================
# NORWEGIAN (nb)
# =============================================================================================

pos("form", "nb", """Innmeldingsskjema - Fastlegekontoret Grünerløkka
Navn: [[N|Kristoffer Aune Bakke]]
Fødselsnummer: [[ID|%s]]
Fødselsdato: [[D|24.02.1991]]
Adresse: [[A|Storgata 5 H0304]]
         [[A|0155 Oslo]]
Telefon: [[P|+47 912 34 567]]
Pårørende: [[N|Ingrid Aune]] (mor), [[P|975 55 210]]""" % fnr("240291", "487"))

pos("email", "nb", """Fra: [[N|Hanne Solvik]] <[[E|hanne.solvik@online.no]]>
Til: post@regnskapsbyraaet-nord.no
Emne: Skattemelding for [[N|Eirik]]

Hei!
Her er opplysningene for sønnen min til skattemeldingen:
[[N|Eirik Solvik Haugen]], f.nr. [[ID|%s]]
Adresse: [[A|Nordre Lien 14]], [[A|2743 Harestua]]
Lønnskonto: [[I|%s]]

Hilsen [[N|Hanne]]""".replace("[[A|Nordre Lien 14]], [[A|2743 Harestua]]", "[[A|Nordre Lien 14, 2743 Harestua]]") % (fnr("180404", "533"), iban("NO", "15032080119")))

pos("chat", "nb", """[[N|jonas]]: passordet til nas'en er [[K|Fjordhest!88]], ikke del det
[[N|thea]]: ok. bor [[N|oddvar]] fortsatt i [[A|Sjøgata 22, 8006 Bodø]]?
[[N|jonas]]: ja, 2. etasje""")

neg("history", "nb", """Roald Amundsen ble født 16. juli 1872 i Borge og forsvant i juni 1928 under en redningsaksjon i Barentshavet. 
I Oslo er Roald Amundsens gate oppkalt etter ham, og Fram-museet på Bygdøynesveien 39 forteller historien.""")

neg("docs", "nb", """Fødselsnummeret består av 11 siffer: fødselsdato (ddmmåå), personnummer (3 siffer) og to kontrollsiffer beregnet med modulus 11. 
Syntetiske testnumre fra Skatteetaten har +80 i måneden og skal kun brukes i testmiljø.""")

# =============================================================================================
# SWEDISH (sv)
# =============================================================================================

pos("form", "sv", """Anmälan till förskola - Göteborgs Stad
Barnets namn: [[N|Elsa Lindqvist Bergström]]
Personnummer: [[ID|%s]]
Vårdnadshavare 1: [[N|Karin Bergström]], personnummer [[ID|%s]]
Adress: [[A|c/o Andersson]]
        [[A|Storgatan 12 lgh 1102]]
        [[A|411 38 Göteborg]]
Telefon: [[P|070-123 45 67]]""" % (personnummer("200118", "246"), personnummer("850709", "980")))

pos("email", "sv", """Från: [[N|Björn Åkesson]] <[[E|bjorn.akesson@telia.com]]>
Till: kundtjanst@forsakringsbolaget.se
Ämne: Skadeanmälan villa

Hej,
Vattenläcka i källaren på [[A|Gårdsvägen 3, Lilla Edet]]. Min fru [[N|Annika Åkesson]] (född [[D|1962-09-30]]) är försäkringstagare.
Ersättningen kan betalas till [[I|%s]].
Mvh [[N|Björn]]""" % iban("SE", "30000000032145698712"))

pos("log", "sv", """2024-05-09 07:41:15 BankID signering OK pnr=[[ID|%s]] ip=[[IP|78.72.190.14]]
2024-05-09 07:41:16 Swish betalning 450 kr till [[P|+46 73 555 12 98]] meddelande "hyra maj"
2024-05-09 07:41:20 session avslutad""" % personnummer("920412", "238", ""))

neg("history", "sv", """Astrid Lindgren föddes den 14 november 1907 på gården Näs utanför Vimmerby och dog den 28 januari 2002 i Stockholm. 
Hon bodde i över sextio år på Dalagatan 46 i Vasastan. Pippi Långstrump och Emil i Lönneberga är hennes mest kända figurer.""")

neg("company", "sv", """Kafferosteriet i Norrland AB
Org.nr 556123-4567 - Momsreg.nr SE556123456701
Besöksadress: Hamngatan 2, 972 38 Luleå
Växel: 0920-123 45 - order@kafferosteriet.se - Bankgiro 123-4567
Ordernummer 88213 skickades med PostNord, kolli-id 00370733740012345678""")

# =============================================================================================
# FINNISH (fi)
# =============================================================================================

pos("form", "fi", """Potilastiedot - Terveysasema Kallio
Nimi: [[N|Virtanen, Aino Kaarina]]
Henkilötunnus: [[ID|%s]]
Syntymäaika: [[D|7.3.1990]]
Osoite: [[A|Mannerheimintie 12 B 34]]
        [[A|00100 Helsinki]]
Puhelin: [[P|040 123 4567]]
Lähiomainen: [[N|Mikko Virtanen]], [[P|+358 50 555 2210]]""" % hetu("070390", "-", "218"))

pos("email", "fi", """Lähettäjä: [[N|Jukka Heikkinen]] <[[E|jukka.heikkinen@elisanet.fi]]>
Vastaanottaja: asiakaspalvelu@sahkoyhtio.fi
Aihe: Osoitteenmuutos

Hei,
muutin 1.5. alkaen osoitteeseen [[A|Kuusikkotie 8, 71800 Siilinjärvi]]. Laskut voi lähettää myös postilokeroon [[A|PL 45]], [[A|70101 Kuopio]].
Tilinumero hyvityksiä varten: [[I|%s]]

Terveisin
[[N|Jukka Heikkinen]]""".replace("[[A|PL 45]], [[A|70101 Kuopio]]", "[[A|PL 45, 70101 Kuopio]]") % iban("FI", "40055210034567"))

pos("school", "fi", """Luokka 2B - oppilasluettelo
[[N|Eetu Mäkelä]]        s. [[D|15.8.2016]]   huoltaja [[N|Sari Mäkelä]] [[P|044 555 0182]]
[[N|Venla Korhonen]]     s. [[D|2.2.2017]]    huoltaja [[N|Petri Korhonen]] [[P|050 555 7734]]
[[N|Ahmed Hassan Ali]]   s. [[D|30.11.2016]]  huoltaja [[N|Hodan Ali]] [[P|045 555 9021]]""")

neg("history", "fi", """Jean Sibelius syntyi Hämeenlinnassa 8. joulukuuta 1865 ja kuoli Järvenpäässä 20. syyskuuta 1957. 
Hänen kotinsa Ainola on museo, ja Sibeliuksenkatu kulkee Helsingin Töölössä.""")

neg("docs", "fi", """Henkilötunnus on muotoa PPKKVVSNNNT, jossa S on vuosisatamerkki (+, -, A). 
Tarkistusmerkki lasketaan jakamalla yhdeksännumeroinen luku 31:llä. Esimerkkinä käytetään usein keksittyä tunnusta 131052-308T.""")

# =============================================================================================
# CZECH (cs)
# =============================================================================================

pos("form", "cs", """Přihláška k pojištění - Všeobecná zdravotní pojišťovna
Jméno a příjmení: [[N|Lucie Dvořáková]]
Rodné číslo: [[ID|%s]]
Datum narození: [[D|14. června 1988]]
Trvalé bydliště: [[A|Vinohradská 1511/230]]
                 [[A|100 00 Praha 10]]
Číslo OP: [[ID|204815736]]
Telefon: [[P|+420 602 123 456]]""" % rodne_cislo("886614", "482"))

pos("email", "cs", """Od: [[N|Jiří Procházka]] <[[E|jiri.prochazka@seznam.cz]]>
Komu: sekretariat@obec-hornilhota.cz
Předmět: Žádost o přidělení čísla popisného

Dobrý den,
dokončili jsme stavbu rodinného domu na pozemku p. č. 412/3. Současná adresa pro doručování je [[A|Horní Lhota 45, 763 23 Dolní Lhota]].
Bankovní spojení pro vrácení poplatku: [[I|%s]].
S pozdravem
[[N|Jiří Procházka]], nar. [[D|3.1.1975]]""" % iban("CZ", "01000000195712340257"))

pos("chat", "cs", """[[N|petra]]: ahoj, heslo k účtu na netflixu je [[K|Marmelada2024]]
[[N|ondra]]: díky! a kam mám poslat ty knihy?
[[N|petra]]: [[A|Masarykova 27, byt č. 8, 602 00 Brno]], zvonek [[N|Horáková]]""")

pos("hr", "cs", """Osobní dotazník zaměstnance
Příjmení, jméno: [[N|Novák Tomáš]]
Rodné číslo: [[ID|%s]]
Číslo pasu: [[ID|45812937]]
Zdravotní pojišťovna: 111
Bydliště: [[A|Nádražní 1204/5, 702 00 Ostrava]]""" % rodne_cislo("780219", "113"))

neg("history", "cs", """Tomáš Garrigue Masaryk se narodil 7. března 1850 v Hodoníně a zemřel 14. září 1937 v Lánech. 
Masarykova třída najdete téměř v každém českém městě; v Praze po něm nese jméno Masarykovo nádraží.""")

neg("company", "cs", """Pekárna U Zlatého klasu s.r.o.
Sídlo: Průmyslová 1472/11, 102 00 Praha 10
IČO: 27082440, DIČ: CZ27082440
Zapsaná v obchodním rejstříku vedeném Městským soudem v Praze, oddíl C, vložka 98765
Zákaznická linka: 800 123 456 - objednavky@zlatyklas.cz""")

neg("shipping", "cs", """Zásilka č. DR0412837465CZ je připravena k vyzvednutí na výdejním místě Zásilkovna - Tabák Na Rohu.
Číslo objednávky: 2024051800321
Úložní doba: 7 dní. Kód pro vyzvednutí vám přijde SMS.""")

# =============================================================================================
# SLOVAK (sk)
# =============================================================================================

pos("form", "sk", """Žiadosť o vydanie parkovacej karty - Magistrát hl. mesta SR Bratislavy
Meno a priezvisko: [[N|Martin Kováčik]]
Rodné číslo: [[ID|%s]]
Dátum narodenia: [[D|12.03.1990]]
Trvalý pobyt: [[A|Obchodná 12]]
              [[A|811 06 Bratislava]]
Číslo OP: [[ID|EA482913]]
EČV vozidla: BA-123XY""" % rodne_cislo("900312", "457"))

pos("email", "sk", """Dobrý deň pani [[N|Hudáková]],

posielam údaje syna pre prihlášku do tábora: [[N|Samuel Hudák]], narodený [[D|8. júla 2015]], rodné číslo [[ID|%s]].
Bydlisko: [[A|Hlavná 88, 040 01 Košice]]. V prípade potreby ma kontaktujte na čísle [[P|0905 123 456]].

S pozdravom
[[N|Zuzana Hudáková]]""" % rodne_cislo("150708", "119"))

neg("history", "sk", """Milan Rastislav Štefánik sa narodil 21. júla 1880 v Košariskách a zahynul 4. mája 1919 pri Ivanke pri Dunaji. 
Štefánikova ulica v Bratislave vedie od Prezidentského paláca k Palisádam.""")

neg("company", "sk", """Mliekareň Tatry a.s., Priemyselná 5, 058 01 Poprad
IČO: 36123456, IČ DPH: SK2021234567
Zapísaná v OR OS Prešov, oddiel Sa, vložka 1234/P
Infolinka 0800 123 123 - objednavky@mliekarentatry.sk""")

# =============================================================================================
# HUNGARIAN (hu)
# =============================================================================================

pos("form", "hu", """Betegfelvételi lap - Szent Imre Kórház
Név: [[N|Kovács Ildikó Erzsébet]]
Születési dátum: [[D|1976. április 22.]]
TAJ szám: [[ID|%s]]
Adóazonosító jel: [[ID|%s]]
Lakcím: [[A|1132 Budapest, Váci út 45. III. em. 12.]]
Telefon: [[P|+36 30 123 4567]]
Értesítendő: [[N|Kovács Gábor]] (férj)""" % (taj("04821937"), hu_adoazonosito(__import__("datetime").date(1976, 4, 22), "318")))

pos("email", "hu", """Feladó: [[N|Nagy-Tóth Balázs]] <[[E|ntbalazs@freemail.hu]]>
Címzett: ugyfelszolgalat@energiaszolgaltato.hu
Tárgy: Mérőóra-állás és címváltozás

Tisztelt Ügyfélszolgálat!
Új levelezési címem: [[A|6720 Szeged, Kárász utca 9. 2/5.]]
Személyi igazolvány száma: [[ID|482913KA]]
Bankszámlaszám a visszatérítéshez: [[I|%s]]
Üdvözlettel: [[N|Nagy-Tóth Balázs]]""" % iban("HU", "120100540012345600100004"))

pos("chat", "hu", """[[N|réka]]: szia! [[N|anya]] címe megvan? [[A|8200 veszprém, jutasi út 61/b fsz. 2]]
[[N|dani]]: igen, köszi. a wifi jelszó [[K|Balaton-1990!]] ha jöttök hétvégén""".replace("[[N|anya]]", "anya"))

pos("hr", "hu", """Munkavállalói adatlap
Név: [[N|Szabó Dániel]]
Anyja neve: [[N|Farkas Katalin]]
Születési hely, idő: Debrecen, [[D|1990.12.03.]]
Adóazonosító jel: [[ID|%s]]
TAJ: [[ID|%s]]
Lakcím: [[A|4032 Debrecen, Egyetem sugárút 14. 4. em. 18. ajtó]]""" % (hu_adoazonosito(__import__("datetime").date(1990, 12, 3), "552"), taj("03917284")))

neg("history", "hu", """Petőfi Sándor 1823. január 1-jén született Kiskőrösön, és 1849. július 31-én esett el a segesvári csatában. 
A budapesti Petőfi híd és a Petőfi Sándor utca is az ő nevét viseli.""")

neg("company", "hu", """Kiskunsági Pékség Kft.
Székhely: 6000 Kecskemét, Ipar utca 12.
Cégjegyzékszám: 03-09-123456, Adószám: 12345678-2-03
Ügyfélszolgálat: +36 76 500 600 - info@kiskunsagipekseg.hu""")

neg("news", "hu", """Budapest (MTI) - Orbán Viktor miniszterelnök csütörtökön Brüsszelben tárgyalt Ursula von der Leyennel, az Európai Bizottság elnökével. 
Szoboszlai Dominik gólt szerzett a Liverpool színeiben.""")

# =============================================================================================
# ROMANIAN (ro)
# =============================================================================================

pos("form", "ro", """CERERE DE ÎNSCRIERE - Cabinet Medicină de Familie Dr. Popa
Nume și prenume: [[N|Ioana-Maria Popescu]]
CNP: [[ID|%s]]
Data nașterii: [[D|26 septembrie 1984]]
Domiciliu: [[A|Str. Mihai Eminescu nr. 14, bl. A2, sc. 1, et. 3, ap. 12]]
           [[A|Sector 2, București]]
CI seria RX nr. [[ID|482913]]
Telefon: [[P|+40 722 123 456]]""".replace("Dr. Popa", "Dr. [[N|Popa]]") % cnp("284092640021"))

pos("email", "ro", """De la: [[N|Andrei Constantinescu]] <[[E|andrei.constantinescu@yahoo.ro]]>
Către: secretariat@liceul-teoretic-cluj.ro
Subiect: Transfer elev

Bună ziua,
Vă rog să aprobați transferul fiului meu, [[N|Luca Constantinescu]] (CNP [[ID|%s]], născut la [[D|15.12.2003]]), începând cu semestrul al II-lea.
Adresa actuală: [[A|Calea Dorobanților 102, ap. 7, 400609 Cluj-Napoca]].
Cu stimă,
[[N|Andrei Constantinescu]]
[[P|0744 555 218]]""" % cnp("503121540117"))

pos("invoice", "ro", """FACTURĂ nr. 0412 / 06.05.2024
Furnizor: PFA [[N|Radu Ionescu]], CIF 41234567
Sediu: [[A|Sat Valea Mare nr. 218, com. Valea Mare, jud. Dâmbovița]]
Client: SC Construct Nord SRL
Cont: [[I|%s]] - Banca Transilvania""" % iban("RO", "BTRLRONCRT0312345601"))

pos("chat", "ro", """[[N|cristi]]: parola de la routerul de la birou e [[K|Carpati#2024]]
[[N|elena]]: mersi. [[N|domnul Stoica]] a zis să-i trimitem actele acasă, pe [[A|Bd. Unirii 45, bl. E3, ap. 21, sector 3]]""".replace("[[N|domnul Stoica]]", "domnul [[N|Stoica]]"))

neg("history", "ro", """Mihai Eminescu s-a născut la 15 ianuarie 1850 la Botoșani și a murit la 15 iunie 1889 la București. 
Aproape fiecare oraș din România are o stradă Mihai Eminescu, iar Casa Memorială de la Ipotești îi poartă numele.""")

neg("company", "ro", """Brutăria Dacia SRL
Sediul social: Str. Fabricii nr. 10, 400632 Cluj-Napoca
CUI RO12345678, Nr. Reg. Com. J12/1234/2001
Telefon centrală: 0264 123 456 - comenzi@brutariadacia.ro
Comanda nr. 2024-0518-112, AWB FAN Courier 2345678901""")

neg("news", "ro", """București (Agerpres) - Președintele Klaus Iohannis a promulgat joi legea bugetului. 
Premierul Marcel Ciolacu a declarat că măsurile intră în vigoare de la 1 iulie. Simona Halep revine pe teren la Miami.""")

# =============================================================================================
# BULGARIAN (bg)
# =============================================================================================

pos("form", "bg", """ДЕКЛАРАЦИЯ ЗА ИЗБОР НА ОБЩОПРАКТИКУВАЩ ЛЕКАР
Име, презиме, фамилия: [[N|Мария Иванова Петрова]]
ЕГН: [[ID|%s]]
Дата на раждане: [[D|15.07.1990]]
Адрес: [[A|ул. „Витоша“ 15, ет. 3, ап. 7]]
       [[A|гр. София 1000]]
Телефон: [[P|+359 88 123 4567]]""" % egn("900715123"))

pos("email", "bg", """От: [[N|Георги Димитров Стоянов]] <[[E|g.stoyanov@abv.bg]]>
До: office@etazhna-sobstvenost.bg
Относно: Такса поддръжка

Здравейте,
плащам таксата за апартамента в [[A|ж.к. Младост 1, бл. 42, вх. Б, ет. 6, ап. 38, София]] от сметка [[I|%s]].
Дъщеря ми [[N|Виктория Стоянова]] (ЕГН [[ID|%s]]) вече живее там.
Поздрави,
[[N|Георги Стоянов]]""" % (iban("BG", "UNCR70001523456781"), egn("034403071")))

pos("hr", "bg", """Служебно досие
Име: [[N|Ахмед Мехмедов Юсеинов]]
ЕГН: [[ID|%s]]
Лична карта №: [[ID|645821937]]
Постоянен адрес: [[A|с. Бенковски, ул. „Шипка“ 3, общ. Кирково, обл. Кърджали]]""" % egn("851102486"))

neg("history", "bg", """Христо Ботев е роден на 6 януари 1848 г. в Калофер и загива на 1 юни 1876 г. във Врачанския Балкан. 
Булевард „Христо Ботев“ в София и връх Ботев в Стара планина носят неговото име.""")

neg("company", "bg", """„Родопско мляко“ ЕООД, ЕИК 123456789
Седалище и адрес на управление: гр. Смолян, ул. „Индустриална“ 5
Телефон за поръчки: 0301 6 22 33 - office@rodopskomlyako.bg
Поръчка № 2024-771, товарителница Еконт 1051234567890""")

# =============================================================================================
# GREEK (el)
# =============================================================================================

pos("form", "el", """ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ - Δημοτικό Γυμναστήριο Χαλανδρίου
Ονοματεπώνυμο: [[N|Ελένη Παπαδοπούλου]]
Ημερομηνία γέννησης: [[D|22/03/1988]]
ΑΜΚΑ: [[ID|%s]]
ΑΦΜ: [[ID|%s]]
Διεύθυνση: [[A|Οδός Ερμού 25, 3ος όροφος]]
           [[A|105 63 Αθήνα]]
Κινητό: [[P|+30 694 123 4567]]""" % (amka("2203881234"), afm("14839276")))

pos("email", "el", """Από: [[N|Νίκος Γεωργίου]] <[[E|nikos.georgiou@otenet.gr]]>
Προς: info@ktimatologio-grafeio.gr
Θέμα: Μεταβίβαση ακινήτου

Καλησπέρα σας,
στέλνω τα στοιχεία του αγοραστή: [[N|Δημήτρης Καραγιάννης]], Α.Δ.Τ. [[ID|ΑΚ 482913]], ΑΦΜ [[ID|%s]], κάτοικος [[A|Τσιμισκή 44, 546 23 Θεσσαλονίκη]].
Η προκαταβολή κατατέθηκε στον λογαριασμό [[I|%s]].
Με εκτίμηση,
[[N|Νίκος Γεωργίου]]""" % (afm("07912345"), iban("GR", "02601760000840201432117")))

pos("chat", "el", """[[N|μαρία]]: ο κωδικός του wifi στο εξοχικό είναι [[K|Thalassa_2023!]]
[[N|κώστας]]: τέλεια. η διεύθυνση για το gps; 
[[N|μαρία]]: [[A|Παραλία Αγίου Νικολάου, Σιθωνία, 630 78 Χαλκιδική]], μετά το καφενείο δεξιά""")

pos("log", "el", """2024-05-10 19:02:11 σύνδεση χρήστη [[E|a.vlachou@gmail.com]] από [[IP|94.66.211.87]] (Cosmote)
2024-05-10 19:02:40 αλλαγή κινητού σε [[P|697 555 2194]]""")

neg("history", "el", """Ο Ελευθέριος Βενιζέλος γεννήθηκε στις 23 Αυγούστου 1864 στις Μουρνιές Κυδωνίας και πέθανε στις 18 Μαρτίου 1936 στο Παρίσι. 
Το αεροδρόμιο της Αθήνας και η λεωφόρος Βενιζέλου στη Θεσσαλονίκη φέρουν το όνομά του.""")

neg("company", "el", """ΑΡΤΟΠΟΙΕΙΑ ΟΛΥΜΠΟΣ Α.Ε.
Έδρα: Λεωφόρος Κηφισίας 120, 115 26 Αθήνα
ΑΦΜ 094123456 - ΔΟΥ ΦΑΕ Αθηνών - ΓΕΜΗ 123456701000
Τηλ. 210 123 4567 - info@artopoiia-olympos.gr""")

# =============================================================================================
# TURKISH (tr)
# =============================================================================================

pos("form", "tr", """HASTA KAYIT FORMU - Özel Moda Tıp Merkezi
Adı Soyadı: [[N|Zeynep Şahin Arslan]]
T.C. Kimlik No: [[ID|%s]]
Doğum Tarihi: [[D|03.10.1993]]
Adres: [[A|Caferağa Mah. Moda Cad. No: 15 D: 4]]
       [[A|34710 Kadıköy/İstanbul]]
Cep Tel: [[P|+90 532 123 45 67]]
Yakını: [[N|Mehmet Arslan]] (eşi) [[P|0533 555 12 90]]""" % tckn("482917305"))

pos("email", "tr", """Kimden: [[N|Emre Yıldırım]] <[[E|emre.yildirim@hotmail.com.tr]]>
Kime: muhasebe@site-yonetimi.com.tr
Konu: Aidat iadesi

Merhaba,
[[A|Atatürk Bulvarı No: 112 Kat: 3 Daire: 7, Çankaya/Ankara]] adresindeki dairemi sattım. Fazla ödenen aidatın [[I|%s]] numaralı hesaba iadesini rica ederim.
Doğum tarihim: [[D|12 Mayıs 1979]], TC: [[ID|%s]]
Saygılarımla,
[[N|Emre Yıldırım]]""" % (iban("TR", "0006200000006294183712"), tckn("197305841")))

pos("chat", "tr", """[[N|ayşe]]: kargo hangi adrese gelsin?
[[N|burak]]: [[A|Yeni Mah. 1204 Sok. No: 8/3, 35000 Bornova/İzmir]]
[[N|ayşe]]: tamam. bu arada modemin şifresi [[K|Kedi_Mavi_77]] değişmedi dimi
[[N|burak]]: değişmedi""")

pos("hr", "tr", """Personel Bilgi Formu
Ad Soyad: [[N|Hüseyin Can Öztürk]]
Doğum Yeri/Tarihi: Trabzon / [[D|1988-01-29]]
Pasaport No: [[ID|U18294736]]
T.C. Kimlik No: [[ID|%s]]
Ev Adresi: [[A|Köprübaşı Köyü, Merkez Mevkii No: 4, Beşikdüzü/Trabzon]]""" % tckn("316824570"))

neg("history", "tr", """Mustafa Kemal Atatürk 1881 yılında Selanik'te doğdu ve 10 Kasım 1938'de İstanbul'daki Dolmabahçe Sarayı'nda hayatını kaybetti. 
Türkiye'nin hemen her şehrinde bir Atatürk Caddesi ve Atatürk Bulvarı bulunur.""")

neg("company", "tr", """Karadeniz Fındık Gıda San. ve Tic. A.Ş.
Merkez: Organize Sanayi Bölgesi 3. Cad. No: 12, 28000 Giresun
Mersis No: 0123456789000015 - Vergi Dairesi: Giresun, VKN 1234567890
Müşteri hizmetleri: 0850 123 45 67 - bilgi@karadenizfindik.com.tr""")

neg("shipping", "tr", """Siparişiniz kargoya verildi!
Sipariş No: 1049827713
Kargo takip no: 7290012345678 (Yurtiçi Kargo)
Tahmini teslimat: 16 Mayıs Perşembe. Teslimat kodunuz kapıda SMS ile iletilecektir.""")

# =============================================================================================
# INDONESIAN (id)
# =============================================================================================

pos("form", "id", """FORMULIR PENDAFTARAN PASIEN - Klinik Sehat Sentosa
Nama Lengkap: [[N|Siti Rahmawati Putri]]
NIK: [[ID|3171015705920003]]
Tempat/Tgl Lahir: Jakarta, [[D|17 Mei 1992]]
Alamat: [[A|Jl. Merdeka No. 10, RT 003/RW 005]]
        [[A|Kel. Gambir, Kec. Gambir]]
        [[A|Jakarta Pusat 10110]]
No. HP: [[P|+62 812-3456-7890]]
BPJS Kesehatan: [[ID|0001234567891]]""")

pos("chat", "id", """[[N|dimas]]: bro alamat kosan baru gue [[A|Jl. Kaliurang Km 5, Gg. Pandega Marta No. 12, Sleman, Yogyakarta 55281]]
[[N|rizky]]: oke. password wifi kos masih [[K|kosputra123!]]?
[[N|dimas]]: udah ganti jadi [[K|Pandega#2024]]""")

pos("hr", "id", """Data Karyawan Baru
Nama: [[N|I Made Wirawan]]
NIK: [[ID|5171011203880002]]
NPWP: [[ID|09.254.294.3-901.000]]
Tanggal lahir: [[D|12-03-1988]]
Alamat: [[A|Br. Dinas Peguyangan Kaja, Jl. Ahmad Yani Utara Gg. Mawar No. 7]], [[A|Denpasar Utara, Bali 80115]]
Rekening: BCA 8410 123 456 a.n. [[N|I Made Wirawan]]""".replace("[[A|Br. Dinas Peguyangan Kaja, Jl. Ahmad Yani Utara Gg. Mawar No. 7]], [[A|Denpasar Utara, Bali 80115]]", "[[A|Br. Dinas Peguyangan Kaja, Jl. Ahmad Yani Utara Gg. Mawar No. 7, Denpasar Utara, Bali 80115]]"))

pos("email", "id", """Dari: [[N|Budi Santoso]] <[[E|budi.santoso78@yahoo.co.id]]>
Kepada: cs@asuransi-nusantara.co.id
Perihal: Klaim rawat inap

Dengan hormat,
Saya mengajukan klaim untuk istri saya, [[N|Dewi Lestari Santoso]], lahir [[D|2 Agustus 1981]], nomor paspor [[ID|C4812937]].
Mohon dana ditransfer ke rekening atas nama saya. Untuk konfirmasi hubungi [[P|0813-1122-4455]].
Hormat saya,
[[N|Budi Santoso]]""")

neg("history", "id", """Soekarno lahir di Surabaya pada 6 Juni 1901 dan wafat di Jakarta pada 21 Juni 1970. 
Bersama Mohammad Hatta ia memproklamasikan kemerdekaan di Jalan Pegangsaan Timur 56 pada 17 Agustus 1945. Jalan Sudirman kini menjadi pusat bisnis Jakarta.""")

neg("shipping", "id", """Pesanan Anda sedang dikirim.
No. Pesanan: 240518ABCD1234
No. Resi JNE: JP1234567890
Penjual: PT Sumber Elektronik Jaya, Ruko Mangga Dua Square Blok B No. 12, Jakarta Utara
Produk: Xiaomi Redmi Note 13 8/256 GB, SKU RN13-BLK-256""")

# =============================================================================================
# MALAY (ms)
# =============================================================================================

pos("form", "ms", """BORANG PENDAFTARAN AHLI - Koperasi Warga Petaling Jaya
Nama: [[N|Muhammad Aiman bin Abdul Rahman]]
No. MyKad: [[ID|900412-14-5523]]
Tarikh lahir: [[D|12 April 1990]]
Alamat: [[A|No. 12, Jalan SS 2/24]]
        [[A|47300 Petaling Jaya]]
        [[A|Selangor]]
Telefon: [[P|+60 12-345 6789]]
Waris: [[N|Nur Aisyah binti Kamal]] (isteri)""")

pos("chat", "ms", """[[N|farah]]: akak, alamat rumah mak kat kampung apa ya? nak hantar kuih raya
[[N|kak long]]: [[A|Lot 1142, Kampung Parit Baru, 83000 Batu Pahat, Johor]]
[[N|kak long]]: nombor mak [[P|019-772 4410]]""".replace("[[N|kak long]]", "kak long"))

neg("history", "ms", """Tunku Abdul Rahman Putra Al-Haj dilahirkan pada 8 Februari 1903 di Istana Pelamin, Alor Setar, dan meninggal dunia pada 6 Disember 1990. 
Jalan Tunku Abdul Rahman di Kuala Lumpur dinamakan sempena beliau.""")

neg("company", "ms", """Kedai Roti Gemilang Sdn. Bhd. (No. Syarikat 201901012345)
Alamat berdaftar: Lot 5, Jalan Perusahaan 2, Kawasan Perindustrian Bayan Lepas, 11900 Pulau Pinang
Talian pelanggan: 1-300-88-1234 - pesanan@rotigemilang.com.my
No. pesanan: RG-2024-0518, No. penjejakan Pos Laju: EM123456789MY""")

# =============================================================================================
# TAGALOG / FILIPINO (tl)
# =============================================================================================

pos("form", "tl", """PORMULARYO NG PAGPAPATALA - Barangay San Isidro
Pangalan: [[N|Maria Cristina Dela Cruz Santos]]
Petsa ng kapanganakan: [[D|Hunyo 19, 1995]]
PhilSys Card No. (PCN): [[ID|4821-9375-1046-2283]]
SSS No.: [[ID|34-8291735-6]]
Tirahan: [[A|Blk 5 Lot 12, Phase 2, Brgy. San Isidro]]
         [[A|Antipolo City, Rizal 1870]]
Cellphone: [[P|0917 123 4567]]""")

pos("chat", "tl", """[[N|jenny]]: ate, pakisend naman ng TIN mo para sa padala
[[N|ate joy]]: [[ID|274-918-305-000]] yan. ipadala mo sa [[A|#23 Mabini St., Brgy. Poblacion, Tagum City, Davao del Norte]]
[[N|jenny]]: sige po, pati gcash ko [[P|0998 765 4321]] ha""".replace("[[N|ate joy]]", "ate [[N|joy]]"))

pos("email", "tl", """Mula kay: [[N|Rodel Bautista]] <[[E|rodel.bautista@gmail.com]]>
Para sa: hr@callcenter-makati.ph
Paksa: Mga requirements

Magandang araw po,
Narito po ang aking mga detalye: Pag-IBIG MID No. [[ID|1211-4829-3756]], PhilHealth No. [[ID|01-048291735-2]], ipinanganak noong [[D|ika-3 ng Marso, 1997]].
Kasalukuyang tirahan: [[A|Unit 1408, Tower 2, Avida Towers Centera, EDSA cor. Reliance St., Mandaluyong City]].
Salamat po,
[[N|Rodel Bautista]]""")

neg("history", "tl", """Si Dr. José Rizal ay isinilang noong Hunyo 19, 1861 sa Calamba, Laguna at binaril sa Bagumbayan noong Disyembre 30, 1896. 
Ang Rizal Avenue sa Maynila at ang lalawigan ng Rizal ay ipinangalan sa kanya.""")

neg("company", "tl", """Panaderya ni Aling Nena Corp. - SEC Reg. No. CS201912345
Rehistradong opisina: 2/F Sunshine Bldg., 123 Quezon Ave., Quezon City 1104
Hotline: (02) 8123 4567 - orders@alingnena.ph
Order #PN-2024-0518, tracking LBC 123456789012""")

# =============================================================================================
# SWAHILI (sw)
# =============================================================================================

pos("form", "sw", """FOMU YA USAJILI WA MWANACHAMA - SACCO ya Walimu Nairobi
Jina kamili: [[N|Wanjiru Njeri Kamau]]
Nambari ya kitambulisho: [[ID|28471936]]
KRA PIN: [[ID|A012847193Z]]
Tarehe ya kuzaliwa: [[D|14/08/1989]]
Anwani: [[A|S.L.P. 1234-00100]]
        [[A|Nairobi]]
Makazi: [[A|Kasarani, Mwiki Road, Nyumba Na. 17]]
Simu: [[P|+254 712 345 678]]""")

pos("chat", "sw", """[[N|baraka]]: nitumie namba ya mpesa ya [[N|mama Amina]]
[[N|halima]]: [[P|0722 555 019]]
[[N|halima]]: na anaishi [[A|Mtaa wa Uhuru, Nyumba Na. 42, Kariakoo, Dar es Salaam]]
[[N|baraka]]: asante. NIDA yake ni [[ID|19650412-11101-00002-18]] nimeiandika""".replace("[[N|mama Amina]]", "mama [[N|Amina]]"))

pos("email", "sw", """Kutoka: [[N|Otieno Odhiambo]] <[[E|otieno.odhiambo@yahoo.com]]>
Kwa: huduma@benki-ya-wakulima.co.ke
Kichwa: Kubadilisha anwani

Habari,
Naomba mbadilishe anwani yangu kuwa [[A|S.L.P. 88, 40100 Kisumu]]. Nambari yangu ya kitambulisho ni [[ID|31829475]] na nilizaliwa tarehe [[D|3 Machi 1994]].
Asante,
[[N|Otieno Odhiambo]]""")

neg("history", "sw", """Mwalimu Julius Kambarage Nyerere alizaliwa tarehe 13 Aprili 1922 huko Butiama na kufariki tarehe 14 Oktoba 1999 jijini London. 
Uwanja wa Ndege wa Kimataifa wa Julius Nyerere na Barabara ya Nyerere jijini Dar es Salaam zimepewa jina lake.""")

neg("payments", "sw", """Lipa kwa M-Pesa:
Paybill: 247247
Nambari ya akaunti: nambari ya ankara yako (mfano INV-2024-0518)
Till number ya duka: 5123456
Huduma kwa wateja: 0722 000 000 (Safaricom) - saa 24""")

# =============================================================================================
# AFRIKAANS (af)
# =============================================================================================

pos("form", "af", """AANSOEKVORM - Stellenbosch Munisipaliteit, Waterrekening
Naam en van: [[N|Pieter-Jan du Toit]]
ID-nommer: [[ID|%s]]
Geboortedatum: [[D|3 Februarie 1982]]
Posadres: [[A|Posbus 212]]
          [[A|Stellenbosch]]
          [[A|7599]]
Straatadres: [[A|Kerkstraat 14, Idas Vallei, Stellenbosch 7600]]
Selfoon: [[P|082 555 1234]]""" % sa_id("820203", "5173"))

pos("email", "af", """Van: [[N|Annelie Botha]] <[[E|annelie.botha@mweb.co.za]]>
Aan: kantoor@skool-paarl.co.za
Onderwerp: Inskrywing graad 1

Goeiemiddag,
Ek wil graag my dogter [[N|Marike Botha]] (gebore [[D|17 Oktober 2018]], ID [[ID|%s]]) inskryf.
Ons woon op [[A|Plaas Rietfontein, Agter-Paarl]], en u kan my skakel by [[P|+27 83 555 9087]].
Groete
[[N|Annelie]]""" % sa_id("181017", "0249"))

pos("chat", "af", """[[N|riaan]]: wat is die wifi wagwoord by die strandhuis?
[[N|elmarie]]: [[K|Seemeeu#1995]]
[[N|riaan]]: dankie! en oom [[N|Koos]] se adres vir die geskenk?
[[N|elmarie]]: [[A|Vlakteweg 8, Hermanus 7200]]""")

neg("history", "af", """Paul Kruger is op 10 Oktober 1825 in die distrik Cradock gebore en is op 14 Julie 1904 in Clarens, Switserland, oorlede. 
Sy woonhuis in Kerkstraat, Pretoria, is vandag die Krugerhuis-museum, en die Krugerwildtuin dra sy naam.""")

neg("company", "af", """Boland Bakkery (Edms) Bpk - Reg. nr. 2001/012345/07
Hoofkantoor: Nywerheidsweg 12, Paarl 7646
BTW nr. 4123456789 - Kliëntediens 021 555 0000 - bestellings@bolandbakkery.co.za
Bestelling 2024-0518, vragbrief RAM 123456789""")

# =============================================================================================
# IRISH (ga)
# =============================================================================================

pos("form", "ga", """FOIRM CHLÁRAITHE - Gaelscoil na Trá
Ainm an dalta: [[N|Caoimhe Ní Mhaoláin]]
Dáta breithe: [[D|12 Márta 2017]]
Uimhir PPS: [[ID|%s]]
Seoladh: [[A|12 Bóthar na Trá]]
         [[A|An Spidéal]]
         [[A|Co. na Gaillimhe H91 X2Y3]]
Tuismitheoir: [[N|Pádraig Ó Maoláin]] - [[P|087 555 2398]]""" % ppsn("7182934", "A"))

pos("email", "ga", """Ó: [[N|Siobhán Nic Dhonncha]] <[[E|siobhan.nicdhonncha@eircom.net]]>
Chuig: eolas@udaras.ie
Ábhar: Deontas tithíochta

A chara,
Tá mé ag cur isteach ar an deontas don teach ag [[A|Baile na hAbhann, Indreabhán, Co. na Gaillimhe]]. Is é m'uimhir PPS [[ID|%s]].
Le meas,
[[N|Siobhán Nic Dhonncha]]""" % ppsn("6038214"))

neg("history", "ga", """Rugadh Pádraig Mac Piarais i mBaile Átha Cliath ar an 10 Samhain 1879 agus cuireadh chun báis é ar an 3 Bealtaine 1916. 
Tá Stáisiún an Phiarsaigh agus Sráid an Phiarsaigh ainmnithe ina dhiaidh.""")

neg("notice", "ga", """Fógra: Beidh Oifig an Phoist ar Shráid Uí Chonaill dúnta Dé Luain 6 Bealtaine (Lá Saoire Bainc). 
Glaoigh ar 1800 57 57 57 nó seol ríomhphost chuig custserv@anpost.ie. Uimhir rianaithe: CE123456789IE""")

# =============================================================================================
# more ENGLISH
# =============================================================================================

pos("pharmacy", "en", """WALGREENS #04417      Rx# 0581923-04417
[[N|ESPERANZA QUINTANILLA]]
DOB: [[D|04/17/1951]]
[[A|8813 BLUEBONNET TRL]]
[[A|SAN ANTONIO TX 78254]]
METFORMIN HCL 500MG TAB  Qty: 60
TAKE 1 TABLET BY MOUTH TWICE DAILY WITH MEALS
Dr. [[N|R. Okwuosa]]    Refills: 3    Filled: 05/02/2024""")

pos("letter", "en", """Subject Access Request under Article 15 UK GDPR

To: Data Protection Officer, Brightwater Energy Ltd

I, [[N|Rowan Ellis-Fairbrother]], born [[D|29 February 1988]], request a copy of all personal data you hold about me.
Account number: BWE-00442817
Current address: [[A|Top Floor Flat, 9 Clifton Vale, Bristol BS8 4PT]]
Previous addresses: [[A|31 Gloucester Road, Bristol BS7 8AA]] (2015-2019); [[A|Hall C, Room 214, Churchill Hall, Stoke Park Road, Bristol BS9 1JG]] (2014-2015)
Contact e-mail: [[E|rowan.ef@pm.me]]""")

pos("manifest", "en", """APIS PAX MANIFEST  FLT XP482  MCO-YYZ  07MAY24
SEQ,SURNAME,GIVEN,DOB,SEX,DOC,DOC_NO,NAT,EXP
001,[[N|OKONJO]],[[N|ADAEZE CHIAMAKA]],[[D|1992-11-03]],F,P,[[ID|A09482713]],NGA,2029-04-30
002,[[N|MACDONALD]],[[N|EWAN]],[[D|1958-02-17]],M,P,[[ID|548201937]],GBR,2031-08-12
003,[[N|DE SOUSA SANTOS]],[[N|RAFAELA]],[[D|2009-06-25]],F,P,[[ID|FX482193]],BRA,2027-01-15
004,[[N|LEFEBVRE]],[[N|NOAH]],[[D|2016-09-09]],M,P,[[ID|21CX48291]],FRA,2030-03-02""")

pos("tfvars", "en", """# prod.auto.tfvars
location            = "westeurope"
sql_admin_login     = "sqladmin"
sql_admin_password  = "[[K|P@ssw0rd-Terra-9931!]]"
storage_connection  = "DefaultEndpointsProtocol=https;AccountName=contosodata01;AccountKey=[[K|q8V2mZ4xT7bN1kR9sL3wP6yH0cJ5dF2gA8eU4iO7tQ1zX9vB3nM6lK2jH5gF8dS0aP4oI7uY1tR3eW6qZ9x==]];EndpointSuffix=core.windows.net"
tags = { owner = "platform-team", cost_center = "4410" }""")

pos("js", "en", """// bot.js
const { Client } = require('discord.js');
const twilio = require('twilio');
const TWILIO_AUTH_TOKEN = '[[K|9f2c7e1a4b8d3f6e0a5c9b2d7e4f1a38]]';
const client = new Client({ intents: 3276799 });
client.login('[[K|MTE4NzQ5MjgxNzM2NTQ4NzY1OA.GxQ2mP.Zk7vR9tW3nL1yB5cH8sJ2dF6aE0qU4oI9pX7m]]');""")

pos("report", "en", """TENANT SCREENING REPORT - CONFIDENTIAL
Subject: [[N|Darnell Lamont Whitaker]]
SSN: [[S|431-58-2290]]   DOB: [[D|09/14/1990]]
Address history:
  [[A|4417 Prytania St, New Orleans, LA 70115]]   2021 - present
  [[A|2290 Gentilly Blvd Apt 12, New Orleans, LA 70122]]   2017 - 2021
  [[A|PO Box 881, Slidell, LA 70459]]   2014 - 2017
Evictions: none found   Criminal: none found
Also known as: [[N|D. L. Whitaker]], [[N|Darnell Whittaker]]""")

pos("announcement", "en", """We're over the moon to announce the arrival of [[N|Oscar James Whitfield]], born [[D|2 May 2024]] at 3:12am, weighing 7lb 8oz. Mum [[N|Hannah]] and baby are doing brilliantly. Cards to [[A|17 Larkspur Way, Didcot OX11 7GF]] - no flowers please!""")

pos("incident", "en", """SECURITY INCIDENT SIR-2024-031 - lost laptop
Reported by: [[N|Chloe Marchetti]] ([[E|c.marchetti@ventura-legal.com]]), [[P|+44 20 7946 0321]]
Device: Dell Latitude 7440, asset VL-0934
Wi-Fi MAC: [[MAC|5C:BA:EF:12:9A:70]]   Ethernet MAC: [[MAC|5c-ba-ef-12-9a-71]]
Last seen: 2024-05-06 18:41 from [[IP|86.14.201.77]] (home broadband) and 10.8.0.14 (VPN)
Disk encryption: BitLocker, recovery key escrowed""")

pos("hotel", "en", """GUEST REGISTRATION CARD - The Harbour Hotel, Room 512
Name: [[N|Katarzyna Wróblewska-Hart]]
Nationality: Polish     Passport no.: [[ID|EK4829173]]
Date of birth: [[D|1984/08/21]]
Home address: [[A|ul. Długa 44/7]], [[A|80-827 Gdańsk]], Poland
Arrival 06 May 2024 - Departure 09 May 2024
Card guarantee: [[C|%s]]  exp 03/28""".replace("[[A|ul. Długa 44/7]], [[A|80-827 Gdańsk]], Poland", "[[A|ul. Długa 44/7, 80-827 Gdańsk]], Poland") % card("4539", 16, " "))

pos("consent", "en", """YEAR 6 RESIDENTIAL TRIP - CONSENT & MEDICAL FORM
Child's name: [[N|Isla-Mae Robertson]]     DOB: [[D|18/05/2013]]
Medical conditions: type 1 diabetes (pump)   GP: Dr [[N|Farah Siddiqui]]
Parent/guardian: [[N|Kirsty Robertson]]
Daytime phone: [[P|01224 555 019]]   Mobile: [[P|07812 555 433]]
Alternative contact: [[N|Douglas Robertson]] (grandfather) [[P|07700 900 742]]""")

pos("claim", "en", """Extended health claim - Sun Valley Benefits
Member: [[N|Gurpreet Kaur Sandhu]]    DOB: [[D|Mar 11, 1979]]
Ontario health card: [[ID|%s-PX]]
Home: [[A|55 Brickstone Mews, Unit 1802]]
      [[A|Mississauga ON L5B 0J4]]
Dependant: [[N|Arjun Sandhu]], DOB [[D|Jun 2, 2011]]
Deposit claim payments to: transit 00102, institution 003, account 5044172""" % (lambda s: s[:4] + "-" + s[4:7] + "-" + s[7:])("482917365" + luhn_digit("482917365")))

pos("chat", "en", """<b>lucas_m</b>: anyone got the staging db creds?
<b>priya.n</b>: host stg-db-2, user app_ro, pass [[K|tangerine-Orbit-51]]
<b>lucas_m</b>: ty. also the bastion is [[IP|34.251.118.9]] right?
<b>priya.n</b>: yep. pls rotate after, [[N|Hamid]] will kill us""")

neg("ssn_docs", "en", """About Social Security numbers
The SSN 078-05-1120 became famous after a wallet manufacturer printed it on sample cards in 1938; it was later invalidated. 
Numbers beginning with 000, 666 or 900-999 are never assigned, and the Social Security Administration uses 219-09-9999 in its own examples.""")

neg("changelog", "en", """## Contributors to v2.8.0
Thanks to @octocat, @jdoe-dev, @mkowalski and @sanjay-p for their pull requests, and to the Apache Software Foundation for hosting.
- #4412 fix timezone handling for dates before 1970-01-01 (by @jdoe-dev)
- #4420 add Polish translation (by @mkowalski)""")

neg("famous_birthdays", "en", """On this day - 9 May
1800: John Brown, American abolitionist, is born in Torrington, Connecticut.
1860: J. M. Barrie, author of Peter Pan, is born in Kirriemuir, Scotland.
1949: Billy Joel, American singer-songwriter, is born in the Bronx, New York.""")

neg("offices", "en", """Our offices
London HQ     - 1 Canada Square, Canary Wharf, London E14 5AB - +44 20 7000 1000
Dublin        - 2 Grand Canal Plaza, Dublin 4, D04 W2K6 - +353 1 600 0000
New York      - 350 Fifth Avenue, Suite 4100, New York, NY 10118 - +1 212 555 0100
Reception hours 8:30-18:00; deliveries via the loading bay on Water Street.""")

# =============================================================================================
# more cases in other languages
# =============================================================================================

pos("form", "de", """Kita-Anmeldung - Kindertagesstätte Sonnenblume
Kind: [[N|Mila Sophie Oberländer]], geb. [[D|2021-11-08]]
Eltern: [[N|Jana Oberländer]] und [[N|Ferhat Yıldız]]
Anschrift: [[A|Wilhelm-Busch-Weg 3]]
           [[A|Wohnung 12, 4. Etage]]
           [[A|30177 Hannover]]
Notfallkontakt: Großmutter [[N|Renate Oberländer]], [[P|0511 / 66 23 09]]""")

neg("news", "de", """Wegen Bauarbeiten ist die Schillerstraße zwischen Goetheplatz und Bismarckallee ab Montag gesperrt. 
Die Buslinien 12 und 34 werden über die Kaiser-Wilhelm-Straße umgeleitet, teilte die Stadt am 6. Mai mit.""")

pos("certificate", "fr", """EXTRAIT D'ACTE DE NAISSANCE
Le [[D|trois juin deux mille quinze]], à quatorze heures dix, est né à Rennes (Ille-et-Vilaine) : [[N|Gabriel Louis Marie Kerjean]], de sexe masculin,
fils de [[N|Yann Kerjean]], né le [[D|12 octobre 1984]], et de [[N|Élodie Tanguy]], née le [[D|2 mars 1987]], domiciliés [[A|14 rue de Saint-Malo, 35000 Rennes]].""")

neg("tv", "fr", """Programme TV de ce soir
20h00 Journal présenté par Anne-Claire Coudray
21h10 « Les Misérables » (2019), film de Ladj Ly - avec Damien Bonnard
23h05 Documentaire : Simone Veil, une vie de combats (née le 13 juillet 1927 à Nice)""")

pos("shell", "es", """$ export OPENAI_API_KEY=[[K|sk-proj-7Tq2Wm9xLp4Zr8Nc1Bs6Jd3Fy5Hk0Gv2Qa]]
$ psql "[[U|postgresql://facturacion:Jam0n-Iberic0@10.0.2.15:5432/erp]]"
psql (16.2)
erp=> SELECT nombre, dni FROM clientes LIMIT 1;
        nombre        |    dni
----------------------+-----------
 [[N|Lucía Martín Ortega]] | [[ID|%s]]""" % dni("03948217"))

neg("recipe", "es", """Tortilla de patatas (4 personas)
Ingredientes: 5 huevos, 600 g de patatas, 1 cebolla, aceite de oliva virgen extra, sal.
Tiempo: 45 min. Receta tradicional de la abuela, según la versión publicada en el recetario de Simone Ortega en 1972.""")

pos("env", "it", """# .env (server Milano) - non committare
DB_PASSWORD=[[K|Ciao!Roma_1987]]
PAYPAL_CLIENT_SECRET=[[K|EKx7Tz2QmW9pL4vR8nB1cY5sH3fJ6dA0gU2iO]]
ADMIN_EMAIL=[[E|valentina.ricci@gmail.com]]
ADMIN_PHONE=[[P|+39 347 221 0984]]""")

pos("form", "pt", """Pedido de cartão de estacionamento - Câmara Municipal de Viseu
Nome: [[N|Maria do Céu Ferreira Lopes]]
N.º Cartão de Cidadão: [[ID|14827391 7 ZY2]]
NIF: [[ID|%s]]
Data de nascimento: [[D|30-04-1958]]
Morada: [[A|Quinta da Ribeira, Lugar de Fontelo]]
        [[A|3505-187 Viseu]]""" % nif_pt("18294736"))

pos("shell", "nl", """$ curl -s -u [[E|r.vanleeuwen@gmail.com]]:[[K|Stroopwafel#88]] https://api.mijnboekhouding.nl/v1/facturen
$ ssh beheer@[[IP|145.53.82.19]]
Welkom, [[N|Ruben van Leeuwen]]. Laatste login: Mon May  6 08:12:44 2024 from 192.168.2.14""")

neg("docs", "pl", """Struktura numeru PESEL: RRMMDDPPPPK. Dla osób urodzonych w latach 2000-2099 do miesiąca dodaje się 20. 
Cyfra kontrolna liczona jest z wagami 1-3-7-9. W dokumentacji testowej często używa się numeru 44051401359 (przykład z Wikipedii).""")

pos("hr", "da", """Personaleoplysninger
Navn: [[N|Rasmus Thygesen Kragh]]
CPR: [[ID|%s]]
Adresse: [[A|Skovvej 17, Gl. Rye, 8680 Ry]]
Lønkonto: reg.nr. 9570 kontonr. 0012345678
Pårørende: [[N|Louise Kragh]], [[P|+45 31 55 47 20]]""" % cpr("300958", "064"))

neg("news", "da", """Statsminister Mette Frederiksen holdt tale på Christiansborg tirsdag. 
Kong Frederik X modtog senere den franske præsident på Amalienborg. Viktor Axelsen vandt All England-turneringen.""")

pos("log", "nb", """2024-05-11T06:12:09Z vipps innlogging ok tlf=[[P|+47 988 21 340]] ip=[[IP|84.210.17.233]]
2024-05-11T06:12:14Z kontonummer endret til [[I|%s]] for kunde 88213
2024-05-11T06:13:02Z varsel sendt til [[E|sigrid.haugland@hotmail.no]]""" % iban("NO", "36124012345", spaced=False))

neg("company", "nb", """Fjordfisk AS - org.nr. 912 345 678 MVA
Besøksadresse: Bryggen 12, 5003 Bergen
Sentralbord: 55 00 00 00 - ordre@fjordfisk.no
Ordrenummer 44812, sporingsnummer Posten 70701234567890123""")

pos("chat", "sv", """[[N|linnea]]: vad är koden till porten hos [[N|farmor]]?
[[N|oscar]]: [[K|1947]] och sen hiss till 4:e våningen, [[A|Karlavägen 58, 4 tr, 114 49 Stockholm]]
[[N|linnea]]: tack! hennes personnummer behövs till apoteket också
[[N|oscar]]: [[ID|%s]]""".replace("[[N|farmor]]", "farmor") % personnummer("370214", "062"))

neg("docs", "sv", """Personnummer skrivs ÅÅMMDD-NNNK. Kontrollsiffran K beräknas med Luhn-algoritmen. 
Skatteverket publicerar särskilda testpersonnummer för systemtester; de får inte användas för riktiga personer.""")

pos("chat", "fi", """[[N|aleksi]]: mikä oli mökin wlan-salasana?
[[N|noora]]: [[K|Saimaa-Norppa!22]]
[[N|aleksi]]: kiitti. [[N|tuomas]] tulee perjantaina osoitteesta [[A|Rantatie 114, 57230 Savonlinna]]""")

neg("company", "fi", """Leipomo Lämmin Oy
Y-tunnus 1234567-8
Käyntiosoite: Teollisuuskatu 21, 00510 Helsinki
Asiakaspalvelu 09 123 4567 - tilaukset@leipomolammin.fi
Tilaus 2024-0518, seurantakoodi JJFI12345678900012345""")

pos("chat", "sk", """[[N|miro]]: heslo na wifi v chate je [[K|Tatry2024!!]]
[[N|janka]]: vďaka. a adresa? [[A|Štrbské Pleso 112, 059 85 Vysoké Tatry]]
[[N|miro]]: áno, zvonček [[N|Kollár]]""")

pos("email", "ms", """Daripada: [[N|Nurul Izzah binti Hashim]] <[[E|nurulizzah.hashim@gmail.com]]>
Kepada: hr@syarikat-teknologi.com.my
Perkara: Kemaskini maklumat peribadi

Tuan/Puan,
Sila kemaskini alamat saya kepada [[A|No. 8, Jalan Bukit Indah 3/5, Taman Bukit Indah, 81200 Johor Bahru]]. No. KP: [[ID|920817-01-6034]]. Tarikh lahir [[D|17 Ogos 1992]].
Terima kasih.""")


if __name__ == "__main__":
    emit("tuning20p", cases)
