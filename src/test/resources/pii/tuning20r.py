"""Tuning corpus 20r: a hand-labelled DEVELOPMENT set for the PII detector (about 320 cases).

Every person, address, number, key and password below is invented.  Card numbers are Luhn-valid,
IBANs mod-97 valid and national ids carry their real check digits: all of them are computed by the
helpers in this script (a few ids, e.g. passports and driving licences, are typed without one).

The set is weighted toward five kinds, each with positives and hard negatives mixed:
  dob      - dates of birth in data rows and tables whose header is far away or absent (CSV, SQL
             INSERT values, fixed-width reports, JSON arrays, HL7, vCard) in many languages and
             formats; hard negatives carry invoice/hire/expiry/release dates in the same shapes.
  secret   - passwords in prose and chats in many languages, vendor tokens, connection strings,
             JWTs, basic auth, .netrc, Terraform/Ansible; hard negatives are placeholders,
             ${VAR}/{{ }} references, masked values, hashes, public keys, certificates, commit SHAs,
             UUIDs and documented example keys.
  name     - chat transcripts, inflected names, names in many scripts; hard negatives are products,
             public figures, historical and fictional people, streets/places/companies named after
             people and capitalised common words.
  address  - addresses in their own scripts and formats; hard negatives are company seats given as
             town only, landmarks, government addresses and place names alone.
  phone_id - phone and id numbers next to other numbers, with extensions, in other scripts' digits,
             plus a few cards and IBANs; hard negatives are order, tracking, company registration
             and IBAN-like reference numbers, toll-free numbers, hotlines and switchboards.

Writing aid: <<T|value>> in a case text becomes m(T, value) (T = N, E, P, C, I, S, IP, MAC, U, K,
A, D, ID as in labels.py) and {{=name}} inserts a value computed below.

Labelling conventions (followed exactly):

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
from labels import *

# ---------------------------------------------------------------------------------------------
# Writing aid: <<T|value>> is m(T, value) with T one of the short names below, {{=name}} inserts
# a value computed by the check-digit helpers (so numbers carry their real check digits).
# ---------------------------------------------------------------------------------------------
_T = {"N": N, "E": E, "P": P, "C": C, "I": I, "S": S, "IP": IP, "MAC": MAC, "U": U, "K": K, "A": A, "D": D,
      "ID": ID}
_RX = re.compile(r"<<(IP|MAC|ID|N|E|P|C|I|S|U|K|A|D)\|(.*?)>>", re.S)
V = {}
cases = []


def x(kind, lang, hard, text):
    text = re.sub(r"\{\{=(\w+)\}\}", lambda mo: V[mo.group(1)], text)
    for mo in _RX.finditer(text):
        v = mo.group(2)
        assert v and v == v.strip(), repr(v)
        assert "<<" not in v and "\u27e6" not in v, repr(v)
    text = _RX.sub(lambda mo: m(_T[mo.group(1)], mo.group(2)), text)
    assert not re.search(r"<<(IP|MAC|ID|N|E|P|C|I|S|U|K|A|D)\|", text), text
    assert "{{=" not in text, text
    assert not (hard and "\u27e6" in text), text
    assert hard or "\u27e6" in text, text
    cases.append((kind, lang, hard, text))


# ---------------------------------------------------------------------------------------------
# Check-digit helpers (all people and numbers are invented; the digits only have to be valid)
# ---------------------------------------------------------------------------------------------
def _digits(s):
    return [int(c) for c in s]


def luhn_digit(body):
    for d in "0123456789":
        if luhn(body + d):
            return d


def card(body, groups=(4, 4, 4, 4), sep=" "):
    s = body + luhn_digit(body)
    assert len(s) == sum(groups), s
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    return sep.join(out)


def iban(cc, bban, sep=" "):
    n = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    s = cc + "%02d" % (98 - n % 97) + bban
    out = sep.join(s[i:i + 4] for i in range(0, len(s), 4))
    assert iban_ok(out), out
    return out


def pesel(yymmdd_coded, serial4):
    b = yymmdd_coded + serial4
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return b + str((10 - sum(a * c for a, c in zip(_digits(b), w)) % 10) % 10)


def pl_id_card(letters, digits5):
    # Polish identity card: AAA + check digit + 5 digits, weights 7 3 1 | 9 | 7 3 1 7 3
    vals = [ord(c) - 55 for c in letters] + _digits(digits5)
    w = [7, 3, 1, 7, 3, 1, 7, 3]
    chk = sum(a * c for a, c in zip(vals, w)) % 10
    return letters + str(chk) + digits5


def bsn(b8):
    w = [9, 8, 7, 6, 5, 4, 3, 2]
    s = sum(a * c for a, c in zip(_digits(b8), w))
    for d in range(10):
        if (s - d) % 11 == 0:
            return b8 + str(d)
    raise ValueError(b8)


def personnummer(yymmdd, nnn, sep="-"):
    return yymmdd + sep + nnn + luhn_digit(yymmdd + nnn)


def hetu(ddmmyy, sep, nnn):
    return ddmmyy + sep + nnn + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(ddmmyy + nnn) % 31]


def tckn(b9):
    d = _digits(b9)
    d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
    d11 = (sum(d) + d10) % 10
    return b9 + str(d10) + str(d11)


def cnp(b12):
    w = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
    r = sum(a * c for a, c in zip(_digits(b12), w)) % 11
    return b12 + ("1" if r == 10 else str(r))


def cpf(b9, fmt=True):
    d = _digits(b9)
    r1 = sum(a * c for a, c in zip(d, range(10, 1, -1))) * 10 % 11 % 10
    d.append(r1)
    r2 = sum(a * c for a, c in zip(d, range(11, 1, -1))) * 10 % 11 % 10
    s = b9 + str(r1) + str(r2)
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s


def nir(b13, sep=True):
    key = 97 - int(b13) % 97
    if not sep:
        return b13 + "%02d" % key
    return "%s %s %s %s %s %s %02d" % (b13[0], b13[1:3], b13[3:5], b13[5:7], b13[7:10], b13[10:13], key)


def dni(num8):
    return num8 + "TRWAGMYFPDXBNJZSQVHLCKE"[int(num8) % 23]


def cn_id(b17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return b17 + "10X98765432"[sum(a * c for a, c in zip(_digits(b17), w)) % 11]


def rrn(b12):
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    s = b12 + str((11 - sum(a * c for a, c in zip(_digits(b12), w)) % 11) % 10)
    return s[:6] + "-" + s[6:]


def my_number(b11):
    d = _digits(b11)[::-1]
    s = sum(p * (n + 1 if n <= 6 else n - 5) for n, p in enumerate(d, start=1))
    r = s % 11
    c = 0 if r <= 1 else 11 - r
    t = b11 + str(c)
    return "%s %s %s" % (t[:4], t[4:8], t[8:])


def nhs(b9):
    s = sum(a * c for a, c in zip(_digits(b9), range(10, 1, -1)))
    c = 11 - s % 11
    c = 0 if c == 11 else c
    assert c != 10, b9
    t = b9 + str(c)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


def sin(b8):
    t = b8 + luhn_digit(b8)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


def amka(b10):
    return b10 + luhn_digit(b10)


def thai_id(b12):
    s = sum(a * c for a, c in zip(_digits(b12), range(13, 1, -1)))
    t = b12 + str((11 - s % 11) % 10)
    return "%s %s %s %s %s" % (t[0], t[1:5], t[5:10], t[10:12], t[12])


def il_id(b8):
    return b8 + luhn_digit(b8)


def fnr(ddmmyy, iii):
    d = _digits(ddmmyy + iii)
    k1 = 11 - sum(a * c for a, c in zip(d, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
    k1 = 0 if k1 == 11 else k1
    assert k1 != 10
    d.append(k1)
    k2 = 11 - sum(a * c for a, c in zip(d, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
    k2 = 0 if k2 == 11 else k2
    assert k2 != 10
    return ddmmyy + iii + str(k1) + str(k2)


def cpr(ddmmyy, b3):
    d = _digits(ddmmyy + b3)
    s = sum(a * c for a, c in zip(d, [4, 3, 2, 7, 6, 5, 4, 3, 2]))
    for c in range(10):
        if (s + c) % 11 == 0:
            return ddmmyy + "-" + b3 + str(c)
    raise ValueError(ddmmyy + b3)


def rodne(yymmdd, b3):
    for c in range(10):
        if int(yymmdd + b3 + str(c)) % 11 == 0:
            return yymmdd + "/" + b3 + str(c)
    raise ValueError(yymmdd + b3)


def taj(b8):
    d = _digits(b8)
    c = sum(a * (3 if i % 2 == 0 else 7) for i, a in enumerate(d)) % 10
    t = b8 + str(c)
    return "%s %s %s" % (t[:3], t[3:6], t[6:])


def snils(b9):
    d = _digits(b9)
    s = sum(a * c for a, c in zip(d, range(9, 0, -1)))
    if s > 101:
        s %= 101
    c = 0 if s in (100, 101) else s
    return "%s-%s-%s %02d" % (b9[:3], b9[3:6], b9[6:], c)


def steuer_id(b10):
    p = 10
    for a in _digits(b10):
        s = (a + p) % 10
        s = 10 if s == 0 else s
        p = (s * 2) % 11
    c = 11 - p
    c = 0 if c == 10 else c
    t = b10 + str(c)
    return "%s %s %s %s" % (t[:2], t[2:5], t[5:8], t[8:])


def verhoeff(b):
    dt = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
          [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
          [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
          [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
    pt = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
          [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
          [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
    inv = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]
    c = 0
    for i, a in enumerate(reversed(_digits(b))):
        c = dt[c][pt[(i + 1) % 8][a]]
    t = b + str(inv[c])
    return "%s %s %s" % (t[:4], t[4:8], t[8:])


def ua_rnokpp(b9):
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return b9 + str(sum(a * c for a, c in zip(_digits(b9), w)) % 11 % 10)


def ssn(area, group, serial, sep="-"):
    assert area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"
    return area + sep + group + sep + serial


def to_script(s, zero):
    """Digits rewritten in another script whose zero is the given character."""
    return "".join(chr(ord(zero) + int(ch)) if ch.isdigit() else ch for ch in s)

# =============================================================================================
# 1. DATES OF BIRTH — data rows with far-away or absent headers, many languages and formats;
#    hard negatives carry other dates (invoice, hire, expiry, release) in the same shapes.
# =============================================================================================
import datetime as _dt

V["nhs1"] = nhs("485772103").replace(" ", "")
V["nhs2"] = nhs("401239874").replace(" ", "")
V["pesel1"] = pesel("900712", "0482")
V["dowod1"] = pl_id_card("CBK", "41735")
V["cnid1"] = cn_id("44030519880921046")
V["tc1"] = tckn("284619730")
V["snils1"] = snils("148372915")
V["cpr1"] = cpr("050387", "214")
V["hetu1"] = hetu("050387", "-", "246")
V["dni1"] = dni("48271936")
V["cpf1"] = cpf("384912706")
V["bsn1"] = bsn("27381947")
V["rc1"] = rodne("915504", "231")
V["taj1"] = taj("04718263")
V["amka1"] = amka("1702890417")
V["il1"] = il_id("31847265")
V["ua1"] = ua_rnokpp("%05d" % (_dt.date(1991, 8, 24) - _dt.date(1899, 12, 31)).days + "0364")
V["cnp1"] = cnp("288120140392")
V["th1"] = thai_id("110370045821")
V["rrn1"] = rrn("950614231847")
V["fnr1"] = fnr("140683", "312")

x("dob", "en", False, """$ head -1 exports/members_full_2025-06.csv
member_id,surname,given_name,dob,joined,tier,postcode,email
$ sed -n '3480,3483p' exports/members_full_2025-06.csv
3480,<<N|Okafor>>,<<N|Chinedu>>,<<D|1987-03-05>>,2019-11-12,silver,M14 5RT,<<E|chinedu.okafor@outlook.com>>
3481,<<N|Brennan>>,<<N|Siobhan>>,<<D|1991-12-30>>,2021-02-01,gold,BT9 6AX,<<E|siobhanbrennan@gmail.com>>
3482,<<N|Ferreira-Stone>>,<<N|Marta>>,<<D|1979-07-04>>,2018-05-23,bronze,LS6 2QD,
3483,<<N|Lindqvist>>,<<N|Per>>,<<D|2001-01-19>>,2024-09-30,student,EH9 1JT,<<E|per.lindqvist@protonmail.com>>""")

x("dob", "en", False, """-- dump of clinic_prod.patients (partial), generated 2025-02-11 03:00 UTC
-- (schema, indexes and 1,041 earlier rows omitted)
INSERT INTO `patients` (`id`,`given_name`,`family_name`,`birth_date`,`admitted_on`,`ward`,`nhs_no`) VALUES
(1042,'<<N|Harriet>>','<<N|Mbeki-Lowe>>','<<D|1952-07-19>>','2024-01-03','C2','<<ID|{{=nhs1}}>>'),
(1043,'<<N|Tomasz>>','<<N|Wrona>>','<<D|1968-11-02>>','2024-01-03','C4','<<ID|{{=nhs2}}>>'),
(1044,'<<N|Aoife>>','<<N|Ní Bhriain>>','<<D|1999-04-27>>','2024-01-04','B1',NULL);""")

x("dob", "en", False, """-- legacy_crm.sql  (MySQL 5.7 export)
-- customer(id, first_name, last_name, dob /* MM/DD/YYYY, imported from FileMaker */, email, created_at)
-- ... 2,400 lines of DDL, triggers and lookup data ...
INSERT INTO customer VALUES (77,'<<N|Deborah>>','<<N|Achterberg>>','<<D|3/5/1987>>','<<E|deb.achterberg@fastmail.fm>>','2023-06-01 09:12:44');
INSERT INTO customer VALUES (78,'<<N|Rafael>>','<<N|Quintero>>','<<D|11/23/1990>>','<<E|rq1990@yahoo.com>>','2023-06-01 09:13:02');
INSERT INTO customer VALUES (79,'<<N|Min-jun>>','<<N|Seo>>','<<D|7/14/2002>>',NULL,'2023-06-02 17:40:19');""")

x("dob", "en", False, """NORTHGATE LOGISTICS LTD - EMPLOYEE CENSUS, PLAN YEAR 2025                    PAGE 14 OF 22
------------------------------------------------------------------------------------------
0412  <<N|OYELARAN, FOLASADE>>          F  <<D|1983-02-11>>  2016-09-01  FT   84,500
0413  <<N|DUNCAN-REID, CALLUM>>         M  <<D|1990-08-27>>  2022-01-17  PT   31,200
0414  <<N|PRZYBYLSKI, MAREK>>           M  <<D|1975-05-30>>  2009-03-02  FT   92,750
0415  <<N|VAN DER MERWE, ANKE>>         F  <<D|1968-12-09>>  1998-10-05  FT  101,300
------------------------------------------------------------------------------------------
Column order as on page 1: EMP NO, NAME, SEX, DATE OF BIRTH, DATE OF HIRE, STATUS, SALARY""")

x("dob", "en", False, """{"export":"guest_register","property":"Harbour View Inn","generated":"2025-07-02T06:00:00Z",
 "columns":["room","name","born","nationality","arrival","departure"],
 "data":[
  ["214","<<N|Lena Fischer>>","<<D|1994-10-08>>","DE","2025-07-01","2025-07-05"],
  ["215","<<N|Joaquín Ibarra>>","<<D|1986-02-17>>","AR","2025-07-01","2025-07-03"],
  ["301","<<N|Priya Raman>>","<<D|1971-06-30>>","IN","2025-07-02","2025-07-09"]
 ]}""")

x("dob", "en", False, """RP/LON1A0980/LON1A0980            AA/SU  14JUN25/0912Z   7QX4LM
  1.<<N|ABUBAKAR/ZAINAB>> MRS
  2  BA 075 Y 14AUG 4 LOSLHR HK1  2315 0540+1 *1A/E*
  3 AP <<P|+234 803 418 2276>>
  4 SSR DOCS BA HK1 P/NGA/<<ID|A07519384>>/NGA/<<D|05MAR87>>/F/12DEC29/<<N|ABUBAKAR/ZAINAB>>
  5 TK OK14JUN/LON1A0980""")

x("dob", "en", False, """Pt: <<N|Rivera, Marisol>>    DOB <<D|3/5/1987>>    MRN 00482719    Visit 06/12/2025
CC: f/u HTN, med refill
S: Feels well. Occasional headaches in the morning. No chest pain.
O: BP 138/86, HR 72, Wt 71.2 kg
A/P: HTN, suboptimally controlled. Increase lisinopril to 20 mg. RTC 3 months. -- <<N|K. Abernathy>>, NP""")

x("dob", "en", False, r"""MSH|^~\&|EPIC|NWH|LABSYS|NWH|202506120830||ADT^A04|MSG00417|P|2.5
EVN|A04|202506120830
PID|1||784512^^^NWH^MR||<<N|Halvorsen>>^<<N|Ingrid>>^M||<<D|19870305>>|F|||<<A|44 Birchwood Ave>>^^Duluth^MN^55803||<<P|(218)724-3190>>
PV1|1|O|CLINIC2^^^NWH||||0412^<<N|Sato>>^<<N|Ken>>""")

x("dob", "en", False, """BEGIN:VCARD
VERSION:3.0
N:<<N|Delacroix>>;<<N|Simone>>;;;
FN:<<N|Simone Delacroix>>
BDAY:<<D|1987-03-05>>
TEL;TYPE=CELL:<<P|+1 514 382 7719>>
EMAIL;TYPE=HOME:<<E|simone.delacroix@videotron.ca>>
REV:2024-11-03T18:22:10Z
END:VCARD""")

x("dob", "en", False, """#insurance-forms  (Slack)
Megan Doyle  10:14 AM
ugh the school trip form wants Theo's date of birth and I'm at work
Chris Doyle  10:16 AM
<<D|9 May 2016>> :sweat_smile: how do you not know this
Megan Doyle  10:16 AM
i know his birthday, not the year at 10am on a monday""".replace("Megan Doyle", "<<N|Megan Doyle>>").replace("Chris Doyle", "<<N|Chris Doyle>>").replace("Theo's", "<<N|Theo>>'s"))

x("dob", "en", False, """Dear Visa Officer,

I, <<N|Chioma Okonjo-Hart>>, a British citizen residing in Manchester, am writing to invite my sister
<<N|Adaeze Okonjo>> (date of birth: <<D|5 Mar 1987>>; passport no. <<ID|A08827163>>) to stay with me from
14 to 28 August 2025. I will cover her accommodation and daily expenses during the visit.

Yours faithfully,
<<N|Chioma Okonjo-Hart>>""")

x("dob", "de", False, """Mitgliederliste TTV Grün-Weiß Ahlen e.V. – Abteilung Tischtennis (Auszug, Seite 3 von 5)

117  <<N|Krüger>>             <<N|Jonas>>      <<D|05.03.87>>    01.08.2019  Erwachsene
118  <<N|Schäfer-Demir>>      <<N|Aylin>>      <<D|22.11.04>>    15.01.2021  Jugend
119  <<N|Wohlfahrt>>          <<N|Gisela>>     <<D|30.06.49>>    01.04.1988  Ehrenmitglied

Spalten wie auf S. 1: Nr., Name, Vorname, Geburtsdatum, Eintritt, Beitragsklasse""")

x("dob", "de", False, """Vollmacht

Hiermit bevollmächtige ich, <<N|Lena Vogt>>, geboren am <<D|14.02.1979>> in Bielefeld, wohnhaft
<<A|Am Sandberg 7, 33617 Bielefeld>>, Herrn <<N|Tobias Renner>>, geb. <<D|02.09.1975>>, mich bei der
Wohnungsübergabe am 30.06.2025 zu vertreten und die Schlüssel entgegenzunehmen.

Bielefeld, den 18.06.2025
<<N|Lena Vogt>>""")

x("dob", "de", False, """kunden_export_ohne_kopfzeile.csv (Zeilen 5012–5014)
5012;Hr.;<<N|Baumgartner>>;<<N|Florian>>;<<D|1979-12-01>>;2021-03-14;A;Newsletter
5013;Fr.;<<N|Yilmaz>>;<<N|Selin>>;<<D|1998-04-22>>;2021-03-14;B;
5014;Div.;<<N|Kaya>>;<<N|Robin>>;<<D|2003-08-09>>;2021-03-15;A;Newsletter
# Spalten laut Schnittstellenbeschreibung v2: ID;Anrede;Nachname;Vorname;Geburtsdatum;Angelegt;Segment;Opt-in""")

x("dob", "fr", False, """ATTESTATION D'HÉBERGEMENT

Je soussignée <<N|Clémence Aubry>>, née le <<D|3 mars 1985>> à Lyon (69), demeurant <<A|12 rue des Tanneurs, 69005 Lyon>>,
atteste sur l'honneur héberger à mon domicile M. <<N|Yanis Belkacem>>, né le <<D|17/10/1998>> à Oran (Algérie),
depuis le 1er septembre 2024.

Fait à Lyon, le 4 juin 2025, pour servir et valoir ce que de droit.
<<N|C. Aubry>>""")

x("dob", "sv", False, """Protokoll fört vid ordinarie föreningsstämma i Brf Linden 12, 2025-03-22

§ 9 Val av styrelse
Till ordinarie ledamöter för två år valdes <<N|Karl-Erik Sjöberg>> (f. <<D|1958-06-24>>), <<N|Amira Haddad>>
(f. <<D|1990-01-09>>) och <<N|Jonas Ek>> (f. <<D|1984-11-30>>). Till suppleant valdes <<N|Lovisa Berg>>.

§ 10 Stämmans avslutande
Ordföranden förklarade stämman avslutad kl. 20.41.""")

x("dob", "pl", False, """PEŁNOMOCNICTWO

Ja, niżej podpisana <<N|Agnieszka Zielińska>>, ur. <<D|12.07.1990>> r. w Gdańsku, legitymująca się dowodem
osobistym nr <<ID|{{=dowod1}}>>, PESEL <<ID|{{=pesel1}}>>, upoważniam pana <<N|Piotra Zielińskiego>> do odbioru
mojej przesyłki poleconej w placówce pocztowej Gdańsk 50.

Gdańsk, 3 czerwca 2025 r.""")

x("dob", "ja", False, """履　歴　書　　　　　　　　　　　　　　　　　2025年 6月 1日現在
ふりがな　<<N|やまもと　みさき>>
氏　　名　<<N|山本　美咲>>
生年月日　<<D|平成4年4月8日>>生（満33歳）
現 住 所　〒<<A|164-0001 東京都中野区中野5丁目32番7号 メゾン中野203号室>>
電　　話　<<P|090-4172-8836>>
E-mail　　<<E|misaki.yamamoto92@docomo.ne.jp>>""")

x("dob", "ja", False, """# kaiin_meibo_2025.csv の 1,204〜1,206 行目（列順は1行目を参照: 会員番号,氏名,フリガナ,生年月日,入会日,区分）
A-0193,<<N|佐藤 健一>>,<<N|サトウ ケンイチ>>,<<D|昭和58年11月3日>>,令和2年4月1日,正会員
A-0194,<<N|大野 真理子>>,<<N|オオノ マリコ>>,<<D|昭和62年1月25日>>,令和2年4月1日,正会員
A-0195,<<N|グエン ヴァン ナム>>,<<N|グエン ヴァン ナム>>,<<D|平成9年9月9日>>,令和3年10月1日,準会員""")

x("dob", "zh", False, """员工信息登记表
姓名：<<N|陈晓雯>>　　性别：女　　民族：汉
出生日期：<<D|1988年9月21日>>　　政治面貌：群众
身份证号码：<<ID|{{=cnid1}}>>
联系电话：<<P|138 2651 7794>>
入职日期：2019年3月1日　　部门：财务部""")

x("dob", "zh", False, """-- hr_backup_20250301.sql
-- 表 emp 列：工号, 姓名, 性别, 出生日期, 入职日期, 部门, 状态
-- ……（以下省略 3,118 行）……
INSERT INTO emp VALUES ('E0231','<<N|王磊>>','男','<<D|1990-02-14>>','2015-07-01','研发部','在职');
INSERT INTO emp VALUES ('E0232','<<N|赵敏>>','女','<<D|1993-10-30>>','2016-03-15','市场部','离职');""")

x("dob", "ko", False, """<<N|김서연>> 님, 회원가입을 환영합니다!

가입 정보
- 아이디: seoyeon_k95
- 생년월일: <<D|1995.06.14>>
- 휴대폰: <<P|010-4821-7736>>
- 이메일: <<E|seoyeon.kim95@naver.com>>

본 메일은 발신 전용입니다.""")

x("dob", "ko", False, """[학부모 연락망 - 3학년 2반]  (엑셀 시트 2, 머리글은 시트 1에 있음)
7	<<N|이도윤>>	<<D|2016.03.11>>	<<N|이정민>>	<<P|010-3392-1840>>
8	<<N|최하은>>	<<D|2016.08.29>>	<<N|박소영>>	<<P|010-7714-0265>>
9	<<N|정우진>>	<<D|2016.12.02>>	<<N|정성훈>>	<<P|010-2208-5573>>""")

x("dob", "tr", False, """Başvuru Formu — Halk Kütüphanesi Üyeliği
Adı Soyadı      : <<N|Elif Yıldırım>>
T.C. Kimlik No  : <<ID|{{=tc1}}>>
Doğum tarihi    : <<D|21/11/1984>>
Doğum yeri      : İzmir
Telefon         : <<P|0532 418 27 93>>
Başvuru tarihi  : 09/06/2025""")

x("dob", "ru", False, """АНКЕТА КЛИЕНТА (физическое лицо)
ФИО: <<N|Смирнова Ольга Викторовна>>
Дата рождения: <<D|05.03.1987>>
Место рождения: г. Пермь
Паспорт: <<ID|5709 418263>>, выдан 12.04.2007
СНИЛС: <<ID|{{=snils1}}>>
Дата заполнения: 16.06.2025""")

x("dob", "da", False, """LEJEKONTRAKT – BEBOELSE
§ 1 Parterne
Udlejer: Ejendomsselskabet Åhave ApS, Aarhus
Lejer: <<N|Mette Kjærgaard>>, født <<D|5. marts 1987>>, CPR-nr. <<ID|{{=cpr1}}>>
Lejeforholdet begynder den 1. august 2025.""")

x("dob", "fi", False, """VUOKRASOPIMUS (asuinhuoneisto)
Vuokranantaja: Kiinteistö Oy Näsinkallio, Tampere
Vuokralainen: <<N|Aino Virtanen>>, syntynyt <<D|5.3.1987>>, henkilötunnus <<ID|{{=hetu1}}>>, puh. <<P|040 718 2293>>
Vuokrasuhde alkaa 1.8.2025 ja on voimassa toistaiseksi.""")

x("dob", "nb", False, """Klasseliste 7B – Haukeland skole, skoleåret 2024/25 (side 2 av 2)
14  <<N|Nordby, Sigrid>>          født <<D|02.11.2012>>   foresatt: <<N|Hanne Nordby>>, tlf. <<P|922 41 836>>
15  <<N|Olsen, Mats Andreas>>     født <<D|19.04.2012>>   foresatt: <<N|Trond Olsen>>, tlf. <<P|481 27 550>>
16  <<N|Rasheed, Nora>>           født <<D|07.07.2012>>   foresatt: <<N|Samira Rasheed>>, tlf. <<P|405 93 118>>""")

x("dob", "es", False, """FICHA DE INSCRIPCIÓN — Escuela Oficial de Idiomas, curso 2025/26
Apellidos: <<N|García Ortega>>
Nombre: <<N|Lucía>>
Fecha de nacimiento: <<D|14/09/1976>>
DNI/NIE: <<ID|{{=dni1}}>>
Teléfono: <<P|612 48 37 90>>
Fecha de solicitud: 02/06/2025""")

x("dob", "it", False, """DICHIARAZIONE SOSTITUTIVA DI CERTIFICAZIONE (art. 46 D.P.R. 445/2000)

Il sottoscritto <<N|Marco De Santis>>, nato a Bari il <<D|22/01/1981>>, residente in <<A|Via Giulio Petroni 118, 70124 Bari>>,
consapevole delle sanzioni penali previste in caso di dichiarazioni mendaci, dichiara di essere iscritto
al Centro per l'Impiego di Bari dal 03/02/2025.""")

x("dob", "pt", False, """Cadastro de cliente — Loja Virtual
Nome completo: <<N|Beatriz Albuquerque Santos>>
Data de nascimento: <<D|30/06/1993>>
CPF: <<ID|{{=cpf1}}>>
Celular: <<P|(21) 98734-2210>>
Cliente desde: 14/02/2022""")

x("dob", "nl", False, """Inschrijfformulier Huisartsenpraktijk De Linde
Achternaam: <<N|de Vries-Bakker>>
Roepnaam: <<N|Marleen>>
Geboortedatum: <<D|12-08-1969>>
BSN: <<ID|{{=bsn1}}>>
Vorige huisarts: dr. <<N|P. Hoekstra>>, Zwolle
Datum inschrijving: 01-07-2025""")

x("dob", "cs", False, """NÁJEMNÍ SMLOUVA
Pronajímatel: Bytové družstvo Vinohrady, Praha
Nájemce: <<N|Tereza Procházková>>, nar. <<D|4. 5. 1991>>, r. č. <<ID|{{=rc1}}>>, bytem <<A|Korunní 1207/58, 120 00 Praha 2>>
Nájem se sjednává na dobu určitou od 1. 7. 2025 do 30. 6. 2026.""")

x("dob", "hu", False, """JELENTKEZÉSI LAP – nyári tábor
Név: <<N|Kovács Eszter>>
Születési idő: <<D|2013. március 3.>>, Budapest
Anyja neve: <<N|Tóth Mária>>
TAJ-szám: <<ID|{{=taj1}}>>
Kitöltés dátuma: 2025. május 20.""")

x("dob", "el", False, """ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ
Επώνυμο: <<N|Παπαδοπούλου>>
Όνομα: <<N|Ελένη>>
Πατρώνυμο: <<N|Γεώργιος>>
Ημερομηνία γέννησης: <<D|17/02/1989>>
ΑΜΚΑ: <<ID|{{=amka1}}>>
Ημερομηνία αίτησης: 10/06/2025""")

x("dob", "ar", False, """استمارة تسجيل — نادي السباحة
الاسم: <<N|ليلى حداد>>
تاريخ الميلاد: <<D|1990/05/12>>
رقم الجوال: <<P|0551 384 229>>
تاريخ التسجيل: 2025/06/01""")

x("dob", "he", False, """טופס הרשמה לחוג רובוטיקה
שם התלמיד/ה: <<N|נועה כהן>>
תאריך לידה: <<D|12.05.2014>>
שם ההורה: <<N|אבי כהן>>
ת.ז. הורה: <<ID|{{=il1}}>>
טלפון: <<P|052-718-4493>>""")

x("dob", "hi", False, """आवेदन पत्र — पुस्तकालय सदस्यता
नाम: <<N|प्रिया शर्मा>>
पिता का नाम: <<N|राजेश शर्मा>>
जन्म तिथि: <<D|15/08/1992>>
मोबाइल: <<P|98201 45678>>
आवेदन की तिथि: 02/06/2025""")

x("dob", "id", False, """NIK               : <<ID|3273015708900004>>
Nama              : <<N|SITI RAHAYU>>
Tempat/Tgl Lahir  : BANDUNG, <<D|17-08-1990>>
Jenis Kelamin     : PEREMPUAN
Alamat            : <<A|JL. CIHAMPELAS NO. 112>>
RT/RW             : 004/007
Kel/Desa          : CIPAGANTI
Berlaku Hingga    : SEUMUR HIDUP""")

x("dob", "vi", False, """PHIẾU ĐĂNG KÝ THÀNH VIÊN
Họ và tên: <<N|Nguyễn Thị Thu Hà>>
Ngày sinh: <<D|02/09/1995>>
Số CCCD: <<ID|001195034712>>
SĐT: <<P|0912 384 756>>
Ngày đăng ký: 05/06/2025""")

x("dob", "uk", False, """ЗАЯВА на отримання довідки
Прізвище, ім'я, по батькові: <<N|Коваленко Олена Петрівна>>
Дата народження: <<D|24.08.1991>>
РНОКПП: <<ID|{{=ua1}}>>
Дата подання: 11.06.2025""")

x("dob", "ro", False, """DECLARAȚIE PE PROPRIA RĂSPUNDERE

Subsemnata <<N|Ioana Marinescu>>, născută la <<D|1 decembrie 1988>> în București, CNP <<ID|{{=cnp1}}>>, declar pe
propria răspundere că datele furnizate sunt reale. Data: 12.06.2025""")

x("dob", "th", False, """ใบสมัครงาน
ชื่อ-นามสกุล: นางสาว<<N|พิมพ์ชนก วงศ์สวัสดิ์>>
วันเกิด: <<D|5 มีนาคม 2530>>
เลขประจำตัวประชาชน: <<ID|{{=th1}}>>
วันที่สมัคร: 3 มิถุนายน 2568""")

x("dob", "ru", False, """-- выгрузка из 1С, таблица сотрудники (без заголовков; порядок полей см. регламент обмена, п. 4.2:
-- табельный номер; фамилия; имя; отчество; дата рождения; дата приёма)
000187;<<N|Кузнецов>>;<<N|Артём>>;<<N|Игоревич>>;<<D|14.01.1992>>;01.03.2018
000188;<<N|Ахмедова>>;<<N|Лейла>>;<<N|Руслановна>>;<<D|29.07.1985>>;15.09.2020""")


# ---- hard negatives: other dates in the same shapes ------------------------------------------
x("dob", "en", True, """$ tail -n 4 exports/invoices_2025Q1.csv
20931,ACCT-4471,2025-03-05,2025-04-04,240.00,EUR,paid
20932,ACCT-1180,2025-03-05,2025-04-04,1180.50,EUR,open
20933,ACCT-0097,2025-03-06,2025-03-20,75.00,GBP,open
20934,ACCT-4471,2025-03-07,2025-04-06,240.00,EUR,void""")

x("dob", "en", True, """INSERT INTO headcount_plan (req_id, dept, grade, planned_start, approved_on, budget_code) VALUES
('REQ-1187','Finance','G7','2025-09-01','2025-06-12','FIN-OPEX-02'),
('REQ-1188','Warehouse','G3','2025-08-18','2025-06-12','OPS-CAPEX-11'),
('REQ-1189','Customer Care','G4','2025-10-06','2025-06-13','CC-OPEX-01');""")

x("dob", "en", True, """PRODUCT             VERSION   GA DATE      END OF SUPPORT   NOTES
Lumen Server        3.2       2017-03-05   2022-03-05       retired
Lumen Server        3.4       2019-02-11   2024-02-11       extended support available
Lumen Gateway       1.0       05/03/2021   05/03/2026       LTS
Lumen Gateway       1.1       5 Mar 2023   5 Mar 2028       LTS""")

x("dob", "en", True, """{"fleet":"north","vehicles":[["VAN-12","2019-11-02","2025-11-01","MOT"],["VAN-14","2021-03-05","2025-03-04","service"],
["TRK-03","1998-07-19","2025-07-18","tacho calibration"]],"columns":["unit","first_registered","due","check"]}""")

x("dob", "en", True, """WARRANTY REGISTRATION CONFIRMATION
Product: Brevilla Barista Pro espresso machine, serial BRV-2291-0047
Date of purchase: 5 Mar 2025
Warranty valid until: 5 Mar 2027
Retailer: Cookshop Direct, Leeds
Keep this e-mail together with your receipt.""")

x("dob", "en", True, """Profile: Angela Merkel (born 17 July 1954 in Hamburg) served as Chancellor of Germany from
22 November 2005 to 8 December 2021. Before entering politics she earned a doctorate in quantum chemistry
in 1986 and worked at the Academy of Sciences in East Berlin.""")

x("dob", "en", True, """ED TRIAGE NOTE 06/03/2025 02:14
58-year-old male, brought in by ambulance, chest pain since 23:30. Hx: T2DM since 2011, MI 03/2019.
Obs on arrival: HR 104, BP 152/91, SpO2 96% RA. ECG at 02:20 — no acute ST changes. Trop pending.""")

x("dob", "en", True, """## `people` table
| column     | type | notes                                                         |
|------------|------|---------------------------------------------------------------|
| id         | int  | surrogate key                                                 |
| dob        | date | ISO 8601, e.g. `1970-01-01`; never log this column            |
| created_at | ts   | e.g. `2024-03-05T09:30:00Z`                                   |
Dates before `1900-01-01` are rejected by the loader.""")

x("dob", "de", True, """RECHNUNG Nr. 2025-0417
Rechnungsdatum: 05.03.2025   Leistungszeitraum: 01.02.25 – 28.02.25
Zahlbar bis: 19.03.2025 ohne Abzug
Pos. 1  Wartung Heizungsanlage, pauschal     189,00 EUR
Steuernummer 147/258/36912 – Gläubiger-ID DE98ZZZ09999999999""")

x("dob", "de", True, """Heimtierausweis – Impfungen
Name des Tieres: Bruno   Rasse: Labrador Retriever   Geburtsdatum: 05.03.2020
Tollwut: geimpft am 14.04.2025, gültig bis 13.04.2028 (Nobivac Rabies, Ch.-B. A417B01)
Chip-Nr.: 276098106237815""")

x("dob", "de", True, """Handelsregisterauszug (Auszug)
Firma: Gebr. Lindner Maschinenbau GmbH
Sitz: Heilbronn
Tag der ersten Eintragung: 01.04.1987
Gesellschaftsvertrag vom 12.03.1987, zuletzt geändert am 05.03.2019""")

x("dob", "fr", True, """Victor Hugo, né le 26 février 1802 à Besançon et mort le 22 mai 1885 à Paris, est un poète,
dramaturge et romancier français. La maison de la place des Vosges, où il vécut de 1832 à 1848,
est aujourd'hui un musée ouvert du mardi au dimanche.""")

x("dob", "fr", True, """Bon de livraison n° BL-77120
Date de commande : 03/03/2025 — Date d'expédition : 05/03/2025 — Livraison prévue : 07/03/2025
Carte de fidélité valable jusqu'au 03/27""")

x("dob", "es", True, """Frida Kahlo (Coyoacán, 6 de julio de 1907 – 13 de julio de 1954) fue una pintora mexicana.
La Casa Azul, donde nació y murió, abre de martes a domingo; la entrada general cuesta 320 pesos.""")

x("dob", "it", True, """Modulo ritiro farmaci
Ricetta n. 1200A 4471 2290 — data di prescrizione: 22/01/2025
Data di scadenza confezione: 01/2027 — lotto K2281
Data di ritiro: 24/01/2025""")

x("dob", "pt", True, """NOTA FISCAL DE SERVIÇO ELETRÔNICA
Número: 000.482   Data de emissão: 30/06/2025   Competência: 06/2025
Vencimento: 10/07/2025
Prestador: Clínica Veterinária Bons Amigos Ltda, Curitiba""")

x("dob", "nl", True, """Factuur 2025-118
Factuurdatum: 12-08-2025
Vervaldatum: 26-08-2025
Leverdatum: 11-08-2025
Omschrijving: onderhoud cv-ketel, inclusief voorrijkosten""")

x("dob", "pl", True, """FAKTURA VAT nr FV/2025/06/118
Data wystawienia: 12.07.2025   Data sprzedaży: 12.07.2025
Termin płatności: 26.07.2025 (14 dni)
Gwarancja ważna do: 12.07.2027""")

x("dob", "ru", True, """ОБРАЗЕЦ ЗАПОЛНЕНИЯ
Фамилия: ________________   Имя: ________________
Дата рождения: ДД.ММ.ГГГГ (например, 01.01.1990)
Дата выдачи документа: ДД.ММ.ГГГГ
Заполняется печатными буквами.""")

x("dob", "ja", True, """請求書
発行日：2025年3月5日
お支払期限：2025年4月30日
ご注文日：令和7年2月27日
品名：業務用コーヒー豆 5kg × 2""")

x("dob", "zh", True, """订单详情
订单编号：250305112847391
下单时间：2025-03-05 11:28:47
发货日期：2025-03-06
预计送达：2025年3月8日
保修截止：2027-03-05""")

x("dob", "ko", True, """[모바일 상품권]
상품명: 아메리카노 Tall
유효기간: 2027.06.14
발행일: 2025.06.14
교환처: 전국 매장 (일부 특수매장 제외)""")

x("dob", "fi", True, """LASKU 10492
Laskun päivä 5.3.2025
Eräpäivä 19.3.2025
Toimituspäivä 3.3.2025
Viitenumero 10492 00031""")

x("dob", "sv", True, """Skivrecension: "Sommarnatt" – nyutgåva
Utgivningsdatum: 1987-03-05 (originalet), 2025-03-05 (remaster)
Skivbolag: Nordljud AB. Betyg: 4/5.""")

x("dob", "hu", True, """SZÁMLA
Kiállítás dátuma: 2025. március 3.
Teljesítés dátuma: 2025. március 1.
Fizetési határidő: 2025. március 17.""")

x("dob", "da", True, """Om os
Tømrerfirmaet Holm & Søn blev stiftet 5. marts 1987 i Vejle og har i dag 14 ansatte.
CVR-nr. oplyses på faktura. Åbningstider: man–fre 7.00–15.30.""")

# =============================================================================================
# 2. SECRETS — passwords in prose and chats in many languages, vendor tokens, connection strings,
#    JWTs, basic auth, .netrc, Terraform/Ansible; hard negatives: placeholders, ${VAR} references,
#    masked values, hashes (sha256, bcrypt, argon2), public keys, certificates, commit SHAs,
#    UUIDs and documented example keys.
# =============================================================================================
import base64 as _b64
import json as _json
import random as _random
import string as _string

_ALNUM = _string.ascii_letters + _string.digits
_UPPER = _string.ascii_uppercase + _string.digits
_HEX = "0123456789abcdef"
_B64 = _ALNUM + "+/"
_B64URL = _ALNUM + "-_"
_BCRYPT = "./" + _ALNUM


def tok(n, seed, alphabet=_ALNUM):
    r = _random.Random(seed)
    return "".join(r.choice(alphabet) for _ in range(n))


def b64url(obj):
    return _b64.urlsafe_b64encode(_json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def pem_body(n_lines, seed, width=64, last=40):
    lines = [tok(width, "pem-%d-%d" % (seed, i), _B64) for i in range(n_lines)] + [tok(last, "pem-%d-end" % seed, _B64) + "=="]
    return lines


V["ghp1"] = "ghp_" + tok(36, 1)
V["ghfg1"] = "github_pat_11A" + tok(19, 2, _UPPER) + "_" + tok(59, 3)
V["glpat1"] = "glpat-" + tok(20, 4, _B64URL)
V["xoxb1"] = "xoxb-" + tok(12, 5, "0123456789") + "-" + tok(13, 6, "0123456789") + "-" + tok(24, 7)
V["slsig1"] = tok(32, 8, _HEX)
V["slhook1"] = "https://hooks.slack.com/services/T0" + tok(8, 9, _UPPER) + "/B0" + tok(9, 10, _UPPER) + "/" + tok(24, 11)
V["sklive1"] = "sk_live_51" + tok(14, 12) + tok(60, 13)
V["pklive1"] = "pk_live_51" + tok(14, 12) + tok(60, 14)
V["whsec1"] = "whsec_" + tok(32, 15)
V["twsid1"] = "AC" + tok(32, 16, _HEX)
V["twtok1"] = tok(32, 17, _HEX)
V["sg1"] = "SG." + tok(22, 18, _B64URL) + "." + tok(43, 19, _B64URL)
V["oai1"] = "sk-proj-" + tok(74, 20, _B64URL) + "T3BlbkFJ" + tok(74, 21, _B64URL)
V["ant1"] = "sk-ant-api03-" + tok(93, 22, _B64URL) + "AA"
V["npm1"] = "npm_" + tok(36, 23)
V["pypi1"] = "pypi-AgEIcHlwaS5vcmcCJD" + tok(140, 24, _B64URL)
V["sas1"] = tok(20, 25) + "%2B" + tok(20, 26) + "%2F" + tok(3, 27) + "%3D"
V["azkey1"] = tok(86, 28, _B64) + "=="
V["gcpkey1"] = "\\n".join(["-----BEGIN PRIVATE KEY-----", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC" + tok(13, 29, _B64)]
                          + pem_body(7, 30) + ["-----END PRIVATE KEY-----"])
V["akia1"] = "AKIA" + tok(16, 31, _string.ascii_uppercase + "234567")
V["awssec1"] = tok(40, 32, _ALNUM + "/+")
V["jwt1"] = ".".join([b64url({"alg": "RS256", "typ": "JWT", "kid": "k1-2025-05"}),
                      b64url({"sub": "u_48213", "aud": "api.rivenpay.io", "iat": 1749892410, "exp": 1749896010,
                              "scope": "payments:write"}), tok(342, 33, _B64URL)])
V["basic1"] = _b64.b64encode(b"svc-reports:Hx7pQ2vW9tLmRz").decode()
V["k8spw1"] = _b64.b64encode(b"Fr0stige-Wiese#2291").decode()
V["k8sapi1"] = _b64.b64encode(tok(32, 34).encode()).decode()
V["sshpriv1"] = "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----",
                           "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"]
                          + [tok(70, "ssh-%d" % i, _B64) for i in range(3)] + [tok(24, "ssh-end", _B64) + "==",
                                                                          "-----END OPENSSH PRIVATE KEY-----"])
V["tfpw1"] = "mK4#vR9!qT2wLx8z"
V["hex40a"] = tok(40, 50, _HEX)
V["hex40b"] = tok(40, 51, _HEX)
V["hex40c"] = tok(40, 52, _HEX)
V["sha256a"] = tok(64, 53, _HEX)
V["sha256b"] = tok(64, 54, _HEX)
V["sha256c"] = tok(64, 55, _HEX)
V["bcrypt1"] = "$2b$12$" + tok(53, 56, _BCRYPT)
V["bcrypt2"] = "$2b$12$" + tok(53, 57, _BCRYPT)
V["argon1"] = "$argon2id$v=19$m=65536,t=3,p=4$" + tok(22, 58, _ALNUM + "+/") + "$" + tok(43, 59, _ALNUM + "+/")
V["ed25519pub"] = "AAAAC3NzaC1lZDI1NTE5AAAAI" + tok(43, 60, _B64)
V["rsapub"] = "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + tok(120, 61, _B64)
V["cert1"] = "\n".join(["-----BEGIN CERTIFICATE-----", "MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ"]
                       + pem_body(4, 62) + ["-----END CERTIFICATE-----"])
V["pgp1"] = "\n".join(["-----BEGIN PGP PUBLIC KEY BLOCK-----", "", "mQINBGR" + tok(57, 70, _B64)]
                      + pem_body(3, 71) + ["=" + tok(4, 75, _B64), "-----END PGP PUBLIC KEY BLOCK-----"])
V["sri1"] = "sha512-" + tok(86, 76, _B64) + "=="
V["sri2"] = "sha512-" + tok(86, 77, _B64) + "=="
V["uuid1"] = "%s-%s-4%s-a%s-%s" % (tok(8, 78, _HEX), tok(4, 79, _HEX), tok(3, 80, _HEX), tok(3, 81, _HEX), tok(12, 82, _HEX))
V["uuid2"] = "%s-%s-4%s-8%s-%s" % (tok(8, 83, _HEX), tok(4, 84, _HEX), tok(3, 85, _HEX), tok(3, 86, _HEX), tok(12, 87, _HEX))
V["uuid3"] = "%s-%s-4%s-b%s-%s" % (tok(8, 88, _HEX), tok(4, 89, _HEX), tok(3, 90, _HEX), tok(3, 91, _HEX), tok(12, 92, _HEX))
V["uuid4"] = "%s-%s-4%s-9%s-%s" % (tok(8, 96, _HEX), tok(4, 97, _HEX), tok(3, 98, _HEX), tok(3, 99, _HEX), tok(12, 100, _HEX))
V["sha256d"] = tok(64, 101, _HEX)
V["dd1"] = tok(32, 102, _HEX)
V["fp1"] = "SHA256:" + tok(43, 93, _B64)

x("secret", "en", False, """#platform-oncall
Priya Nair  9:02 AM
what's the staging db password again? the vault CLI keeps timing out for me
Tom Whitcombe  9:03 AM
the password is <<K|Quokka!Tide-2291>> — rotate it after the demo pls
Priya Nair  9:03 AM
ty, will do""".replace("Priya Nair", "<<N|Priya Nair>>").replace("Tom Whitcombe", "<<N|Tom Whitcombe>>"))

x("secret", "fr", False, """[10:41] <<N|Nadia Benali>>
Bonjour <<N|Julien>>, voici ton accès au portail RH.
Identifiant : jmoreau
Mot de passe : <<K|Brume#Lavande84>>
(à changer à la première connexion)
[10:43] <<N|Julien Moreau>>
Merci <<N|Nadia>> !""")

x("secret", "de", False, """Betreff: Ihr Zugang zum Gäste-WLAN

Sehr geehrte Frau <<N|Weber>>,

das Netz heißt „Praxis-Gast“, das Passwort lautet <<K|Kiesel-7Fahrrad!Mond>>. Bitte geben Sie es nicht an
Patientinnen und Patienten weiter.

Mit freundlichen Grüßen
<<N|Sven Hartmann>>
IT-Service""")

x("secret", "pl", False, """<<N|Kasia Wójcik>>, 19:22
hasło do routera: <<K|Wiewiórka_2024!#>>
sieć to Dom_5G, nie ta druga
<<N|Marek>>, 19:25
dzięki, działa 👍""")

x("secret", "ru", False, """<<N|Наталья Орлова>>, [14.06.2025 19:22]
<<N|Дима>>, пароль от вайфая на даче: <<K|Сирень1987дача>>
Только никому не пересылай, пожалуйста

<<N|Дмитрий Орлов>>, [14.06.2025 19:30]
Ок, спасибо""")

x("secret", "ja", False, """[LINE] 家族グループのトーク履歴
2025/06/14(土)
21:05	<<N|高橋 彩>>	Wi-Fiのパスワードは <<K|hanabi_0731!>> です
21:06	<<N|高橋 彩>>	全部小文字で入れてね
21:07	<<N|佐々木 翔>>	ありがとう、つながった""")

x("secret", "zh", False, """<<N|刘洋>>：测试服务器的 root 密码：<<K|Xq7#mLp92vT>>，登录后记得改掉
<<N|周婷>>：好的，收到
<<N|刘洋>>：IP 是 <<IP|10.8.31.22>>，端口 22""")

x("secret", "ko", False, """[<<N|이수진>>] [오후 3:12] 사무실 공유기 비밀번호는 <<K|dalbit2024!!>> 이에요
[<<N|이수진>>] [오후 3:12] 게스트망 말고 본망으로 연결하세요
[<<N|박지훈>>] [오후 3:13] 감사합니다""")

x("secret", "es", False, """[14/6/25, 20:01:33] <<N|Carmen Ruiz>>: la contraseña de Netflix es <<K|Girasol.7731>>, no la cambiéis porfa
[14/6/25, 20:02:10] <<N|Álvaro>>: vale mamá
[14/6/25, 20:02:41] <<N|Lucía>>: 👍""")

x("secret", "tr", False, """<<N|Ayşe Demir>>: Ofis Wi-Fi şifresi: <<K|Lale*5519kuş>>
<<N|Ayşe Demir>>: misafir ağına değil, "Ofis-Personel" ağına bağlan
<<N|Emre>>: sağ ol""")

x("secret", "hu", False, """[09:14] <<N|Szabó Gergő>>: a teszt adatbázis jelszó: <<K|Pogácsa#2025tavasz>>
[09:15] <<N|Varga Réka>>: köszi, működik""")

x("secret", "cs", False, """Ahoj <<N|Petře>>,

posílám přístup do administrace e-shopu: uživatel admin_petr, heslo je <<K|Švestka-88-Knedlík>>.
Připojovací řetězec k DB je v configu: Server=db01;Database=eshop;User Id=eshop_app;Password=<<K|Vl4k!Brno22>>;

<<N|Martina>>""")

x("secret", "fi", False, """<<N|Mikko Heikkinen>> 11.06. klo 8.47
Moi! Kokoushuoneen näytön salasana on <<K|Revontuli!714>>
<<N|Laura Niemi>> 11.06. klo 8.49
kiitos 🙏""")

x("secret", "sv", False, """Ärende #44817 – Kan inte logga in på lönesystemet
Från: <<N|Johanna Lund>>
Hej! Jag har bytt lösenord men det fungerar inte. Det nya lösenordet är <<K|Blåbär-Sylt-2025>> och användarnamnet jlund.
Mvh <<N|Johanna>>

Svar från Servicedesk (<<N|Anders>>): Vänligen skicka aldrig lösenord i ärenden. Vi har spärrat kontot och skickar en återställningslänk.""")

x("secret", "ar", False, """مرحباً <<N|أحمد>>،
تم إنشاء حسابك على بوابة الموظفين.
اسم المستخدم: a.salem
كلمة المرور المؤقتة: <<K|Nakhla#7731>>
يرجى تغييرها عند أول تسجيل دخول.
مع التحية،
<<N|سارة القحطاني>>""")

x("secret", "uk", False, """<<N|Олександр Бондар>>, [10.06.2025 14:02]
Пароль до облікового запису бухгалтерії: <<K|Калина-2025#Львів>>
Логін той самий, що й раніше.""")

x("secret", "en", False, """DEVOPS-2291  CI cannot clone private submodule
Reporter: <<N|Kevin Osei>>   Priority: P3   Status: Open

Works on my machine with this, so the runner must be missing it:

    export GITHUB_TOKEN=<<K|{{=ghp1}}>>
    git -c url."https://${GITHUB_TOKEN}@github.com/".insteadOf="https://github.com/" submodule update --init

Can someone add it to the runner env?""")

x("secret", "en", False, """  1041  cd ~/src/infra
  1042  git remote -v
  1043  git remote set-url origin <<U|https://oauth2:{{=glpat1}}@gitlab.com/northgate/infra.git>>
  1044  git push origin main
  1045  history | tail""")

x("secret", "en", False, """# config/alerts.env  (committed by mistake in a3f0c91, see INC-3308)
SLACK_BOT_TOKEN=<<K|{{=xoxb1}}>>
SLACK_SIGNING_SECRET=<<K|{{=slsig1}}>>
ALERT_WEBHOOK_URL=<<K|{{=slhook1}}>>
ALERT_CHANNEL=#prod-alerts""")

x("secret", "en", False, """# .env.production
NODE_ENV=production
STRIPE_SECRET_KEY=<<K|{{=sklive1}}>>
STRIPE_PUBLISHABLE_KEY={{=pklive1}}
STRIPE_WEBHOOK_SECRET=<<K|{{=whsec1}}>>
SENTRY_ENVIRONMENT=prod""")

x("secret", "en", False, """$ curl -X POST https://api.twilio.com/2010-04-01/Accounts/$TWILIO_ACCOUNT_SID/Messages.json \\
    --data-urlencode "To=<<P|+447911482265>>" --data-urlencode "From=NORTHGATE" \\
    --data-urlencode "Body=Your code is 482913" \\
    -u <<K|{{=twsid1}}:{{=twtok1}}>>""")

x("secret", "en", False, """import sendgrid
from sendgrid.helpers.mail import Mail

sg = sendgrid.SendGridAPIClient(api_key="<<K|{{=sg1}}>>")
msg = Mail(from_email="receipts@rivenpay.io", to_emails="<<E|marcus.bell@icloud.com>>",
           subject="Your receipt", html_content="<p>Thanks for your order</p>")
sg.send(msg)""")

x("secret", "en", False, """In [3]:  import openai
         client = openai.OpenAI(api_key="<<K|{{=oai1}}>>")
         resp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
Out[3]:  ChatCompletion(id='chatcmpl-9x...', choices=[...])""")

x("secret", "en", False, """**Bug: SDK ignores ANTHROPIC_BASE_URL behind proxy**

My env (from `printenv | grep ANTH`):
```
ANTHROPIC_API_KEY=<<K|{{=ant1}}>>
ANTHROPIC_BASE_URL=https://llm-proxy.internal.northgate.io
```
Calls still go to the public endpoint. Python 3.11, SDK 0.34.""")

x("secret", "en", False, """# ~/.npmrc
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=<<K|{{=npm1}}>>
@northgate:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GH_PACKAGES_TOKEN}""")

x("secret", "en", False, """# ~/.pypirc
[distutils]
index-servers =
    pypi

[pypi]
  username = __token__
  password = <<K|{{=pypi1}}>>""")

x("secret", "en", False, """SUP-7714  Backup restore fails with 403
Customer pasted the link they were given:
https://stnorthgatebkp.blob.core.windows.net/db/nightly-2025-06-13.bak?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-07-01T00:00:00Z&st=2025-06-13T08:00:00Z&spr=https&sig=<<K|{{=sas1}}>>
Expiry looks fine; suspect clock skew on their side. -- <<N|Ruth Adebayo>>, L2 support""")

x("secret", "en", False, """{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "ConnectionStrings": {
    "Blob": "DefaultEndpointsProtocol=https;AccountName=stnorthgatedata;AccountKey=<<K|{{=azkey1}}>>;EndpointSuffix=core.windows.net",
    "Payroll": "Server=sql-prod-02;Database=Payroll;User Id=payroll_app;Password=<<K|Vx9!kQ2#Lm77>>;Encrypt=True"
  }
}""")

x("secret", "en", False, """{
  "type": "service_account",
  "project_id": "northgate-analytics",
  "private_key": "<<K|{{=gcpkey1}}>>\\n",
  "client_email": "etl-runner@northgate-analytics.iam.gserviceaccount.com",
  "token_uri": "https://oauth2.googleapis.com/token"
}""")

x("secret", "en", False, """$ cat ~/.aws/credentials
[default]
region = eu-west-2

[northgate-prod]
aws_access_key_id = <<K|{{=akia1}}>>
aws_secret_access_key = <<K|{{=awssec1}}>>""")

x("secret", "en", False, """services:
  api:
    image: ghcr.io/northgate/api:2.14.1
    environment:
      DATABASE_URL: <<U|postgres://api_user:Rt8!zN4qW2@db:5432/northgate>>
      REDIS_URL: <<U|redis://default:hQ7vL2mX9pKc@cache:6379/0>>
  db:
    image: postgres:16""")

x("secret", "en", False, """> POST /v2/payments HTTP/1.1
> Host: api.rivenpay.io
> Authorization: Bearer <<K|{{=jwt1}}>>
> Content-Type: application/json
>
< HTTP/1.1 201 Created
< x-request-id: {{=uuid1}}""")

x("secret", "en", False, """2025-06-14T08:12:55Z DEBUG http.client send: GET /reports/monthly?format=csv HTTP/1.1
2025-06-14T08:12:55Z DEBUG http.client header: Authorization: Basic <<K|{{=basic1}}>>
2025-06-14T08:12:55Z DEBUG http.client header: User-Agent: report-fetcher/1.3
2025-06-14T08:12:56Z INFO  fetched 48213 bytes in 0.82s""")

x("secret", "en", False, """Quick way to test the staging API from your laptop:

    curl -u <<K|deploy-bot:W7x!rQ9zLp2v>> https://staging.api.northgate.io/v1/health

If you get 401, ping <<N|Marcus>> in #platform.""")

x("secret", "en", False, """$ cat ~/.netrc
machine ftp.northgate-partners.net
  login edi_upload
  password <<K|Xp4-Harbour-Kite-19>>
machine api.heroku.com
  login <<E|dana.whitlock@gmail.com>>
  password <<K|{{=uuid4}}>>""")

x("secret", "en", False, """# envs/prod/terraform.tfvars  -- DO NOT COMMIT (it was committed, see SEC-118)
region          = "eu-west-2"
db_username     = "app_admin"
db_password     = "<<K|{{=tfpw1}}>>"
datadog_api_key = "<<K|{{=dd1}}>>"
instance_class  = "db.r6g.large"
""")

x("secret", "en", False, """# inventories/prod/group_vars/dbservers.yml
postgresql_version: 16
ansible_user: deploy
ansible_become_password: <<K|Hedgehog-Lantern-77>>
postgresql_users:
  - name: reporting
    password: "<<K|rP2#xV8qLm!4>>"
  - name: app
    password: "{{ vault_app_db_password }}"
""")

x("secret", "de", False, """# k8s/secrets/mailer.yaml – Achtung: echte Werte, nach dem Deploy wieder entfernen!
apiVersion: v1
kind: Secret
metadata:
  name: mailer-credentials
type: Opaque
data:
  SMTP_PASSWORD: <<K|{{=k8spw1}}>>
  MAILGUN_API_KEY: <<K|{{=k8sapi1}}>>""")

x("secret", "en", False, """  388  ssh deploy@bastion.northgate.io
  389  mysql -u root -p<<K|R00t!Maple77>> -h <<IP|10.20.4.15>> payroll
  390  mysqldump -u root -p<<K|R00t!Maple77>> -h <<IP|10.20.4.15>> payroll > /tmp/payroll.sql
  391  rm /tmp/payroll.sql""")

x("secret", "en", False, """INC-4120: deploy key leaked in ticket attachment

Original comment by <<N|Sam Kowalczyk>> (now deleted):
"here's the key the runner uses, paste it into the new box:
<<K|{{=sshpriv1}}>>
"
Action: key revoked 2025-06-13 14:02 UTC, new key issued via Vault.""")

# ---- hard negatives ----------------------------------------------------------------------------
x("secret", "en", True, """# .env.example — copy to .env and fill in
STRIPE_SECRET_KEY=sk_live_your_key_here
OPENAI_API_KEY=<your-openai-api-key>
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app
JWT_SECRET=replace-me
SMTP_PASSWORD=""")

x("secret", "en", True, """services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}
  api:
    environment:
      DATABASE_URL: postgres://app:${DB_PASS}@db:5432/app
      SENDGRID_API_KEY: ${SENDGRID_API_KEY}""")

x("secret", "en", True, """      - name: Publish
        run: npm publish --access public
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
          PYPI_PASSWORD: ${{ secrets.PYPI_API_TOKEN }}""")

x("secret", "en", True, """Your API keys
NAME            KEY                              CREATED       LAST USED
prod-backend    sk_live_••••••••••••••••3f9K     2024-11-02    2 minutes ago
ci              ghp_****************************a1B2   2025-01-15    yesterday
Revealed keys are shown only once. Contact billing@ if you lost a key.""")

x("secret", "en", True, """SHA256SUMS for northgate-cli 2.14.1
{{=sha256a}}  northgate-cli_2.14.1_linux_amd64.tar.gz
{{=sha256b}}  northgate-cli_2.14.1_darwin_arm64.tar.gz
{{=sha256c}}  northgate-cli_2.14.1_windows_amd64.zip""")

x("secret", "en", True, """COPY public.users (id, username, password_hash, created_at) FROM stdin;
1	admin	{{=bcrypt1}}	2023-01-04 10:00:00
2	ops	{{=bcrypt2}}	2023-01-04 10:00:01
3	reporter	{{=argon1}}	2024-08-19 16:22:43
\\.""")

x("secret", "en", True, """$ cat ~/.ssh/authorized_keys
ssh-ed25519 {{=ed25519pub}} build@ci-runner-03
ssh-rsa {{=rsapub}} deploy@bastion
$ ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub
256 {{=fp1}} root@bastion (ED25519)""")

x("secret", "en", True, """# ca-bundle.pem (public CA certificate, safe to commit)
{{=cert1}}""")

x("secret", "en", True, """commit {{=hex40a}}
Merge: {{=hex40b}} {{=hex40c}}
Author: release-bot <noreply@northgate.io>
Date:   Fri Jun 13 16:02:11 2025 +0000

    chore(release): 2.14.1 [skip ci]""")

x("secret", "en", True, """2025-06-14T09:01:12.448Z INFO  request_id={{=uuid1}} tenant={{=uuid2}} POST /v1/orders 201 38ms
2025-06-14T09:01:12.902Z INFO  request_id={{=uuid3}} tenant={{=uuid2}} GET /v1/orders/8841 200 12ms
2025-06-14T09:01:13.115Z WARN  trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7 slow query""")

x("secret", "en", True, """# Example from the AWS CLI user guide — these are AWS's documented sample credentials
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = us-west-2""")

x("secret", "en", True, """## Quickstart
```bash
curl https://api.stripe.com/v1/charges \\
  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \\
  -d amount=2000 -d currency=usd
```
The key above is Stripe's public documentation test key; use your own from the dashboard.""")

x("secret", "en", True, """JWT debugging tips (wiki)
Paste a token into jwt.io to inspect it, e.g. the site's own sample:
eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c
Never paste production tokens into third-party sites.""")

x("secret", "en", True, """resource "aws_db_instance" "payroll" {
  identifier          = "payroll-prod"
  username            = var.db_username
  password            = random_password.db.result
  kms_key_id          = data.aws_kms_key.rds.arn
}

resource "random_password" "db" {
  length  = 24
  special = true
}""")

x("secret", "en", True, """- name: Create reporting role
  community.postgresql.postgresql_user:
    name: reporting
    password: "{{ vault_reporting_password }}"
    login_password: "{{ lookup('env', 'PGPASSWORD') }}"
  no_log: true""")

x("secret", "en", True, """          env:
            - name: SMTP_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: mailer-credentials
                  key: SMTP_PASSWORD
            - name: API_TOKEN
              value: "$(API_TOKEN)"
""")

x("secret", "en", True, """    "node_modules/lodash": {
      "version": "4.17.21",
      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",
      "integrity": "{{=sri1}}"
    },
    "node_modules/ms": {
      "version": "2.1.3",
      "integrity": "{{=sri2}}"
    }""")

x("secret", "en", True, """Security contact: security@northgate.io
Encrypt sensitive reports with our public key:

{{=pgp1}}""")

x("secret", "en", True, """  210  git clone git@github.com:northgate/infra.git
  211  git remote add upstream ssh://deploy@git.northgate.io:2222/infra.git
  212  vault kv get -field=password secret/prod/payroll-db
  213  export PGPASSWORD=$(vault kv get -field=password secret/prod/payroll-db)""")

x("secret", "de", True, """Sehr geehrte Kundin, sehr geehrter Kunde,

Ihr Benutzerkonto wurde eingerichtet. Aus Sicherheitsgründen erhalten Sie das Passwort nicht per E-Mail,
sondern mit separater Post. Das Passwort muss mindestens 12 Zeichen lang sein und darf nicht Ihrem
Benutzernamen entsprechen.

Ihr Kundenservice""")

x("secret", "fr", True, """Paramètres du compte
Identifiant : client-48213
Mot de passe : ******** (masqué)  [Modifier]
Dernière modification du mot de passe : 12/05/2025
Double authentification : activée""")

x("secret", "ja", True, """【重要】パスワード再設定のお知らせ
パスワードは本メールには記載しておりません。別途お送りするメールに記載のURLから再設定してください。
パスワードは8文字以上、英大文字・小文字・数字を含めて設定してください。""")

x("secret", "zh", True, """账户安全设置
登录账号：user_48213
登录密码：******（已设置）
支付密码：未设置
密码强度：强""")

x("secret", "ru", True, """Инструкция по подключению к VPN
1. Установите клиент.
2. В поле «Логин» укажите табельный номер.
3. В поле «Пароль» введите <пароль от личного кабинета>.
4. Пароль никому не сообщайте, сотрудники ИТ его никогда не запрашивают.""")

x("secret", "pl", True, """Wymagania dotyczące hasła:
- co najmniej 12 znaków,
- wielka i mała litera, cyfra oraz znak specjalny,
- hasło nie może zawierać loginu.
Przykład formatu: Xxxxxxxx#00 (nie używaj tego przykładu!)""")

# =============================================================================================
# 3. NAMES — chat transcripts (speaker labels, lower-case names, @mentions not labelled, display
#    names in headers labelled), inflected names, many scripts; hard negatives: products, public
#    figures, historical and fictional people, streets/places and companies named after people,
#    capitalised common words.
# =============================================================================================

x("name", "en", False, """Megan Doyle  10:14 AM
anyone seen the Q3 board deck? it's not in /finance anymore
raj  10:15 AM
@megan.doyle it's in the shared drive under Board/2025, ask priya if you can't open it
Megan Doyle  10:15 AM
found it, thanks raj""".replace("Megan Doyle", "<<N|Megan Doyle>>").replace("raj  10", "<<N|raj>>  10").replace("ask priya", "ask <<N|priya>>").replace("thanks raj", "thanks <<N|raj>>"))

x("name", "en", False, """12/03/2025, 21:14 - Mum: did you call grandad about sunday?
12/03/2025, 21:16 - <<N|Tariq Hussain>>: not yet, will ring him tmrw after work
12/03/2025, 21:17 - Mum: and tell <<N|Yasmin>> happy birthday from me, she's not answering
12/03/2025, 21:17 - <<N|Tariq Hussain>>: 👍""")

x("name", "en", False, """kestrel_99 — Today at 3:02 PM
lol <<N|ben>> you're on the wrong branch again
<<N|Ben Okoro>> — Today at 3:03 PM
@kestrel_99 no i'm not, main was force-pushed. ask <<N|sophie>>
kestrel_99 — Today at 3:04 PM
oh. OH. sorry""")

x("name", "en", False, """Weekly sync – transcript (auto-generated)

<<N|Okafor, Chinedu>>   0:03
Can everyone hear me? <<N|Sarah>>, you're still on mute.
<<N|Sarah Lindqvist>>   0:07
Sorry! Yes. Before we start, <<N|Dan>> sends apologies, he's at the dentist.
<<N|Okafor, Chinedu>>   0:15
No problem. First item is the vendor renewal.""")

x("name", "en", False, """From: <<N|Gwen Adeyemi-Clarke>> <<<E|gwen.ac@btinternet.com>>>
To: Hollis Property Management <lettings@hollispm.co.uk>
Subject: Leak from flat above (again)

Hello,
Water is coming through the bathroom ceiling again. I spoke to my neighbour Mr <<N|Pereira>> at number 14 and he
says his plumber, <<N|Callum Reid>>, can't come until Friday. Could you send someone sooner?
Kind regards,
<<N|Gwen>>""")

x("name", "en", False, """commit {{=hex40b}}
Author: <<N|Eleanor Whitfield>> <<<E|e.whitfield@brightlane.io>>>
Date:   Tue Jun 10 14:22:31 2025 +0100

    fix(parser): handle empty CSV trailer rows

    Reported-by: <<N|Hamid Farahani>> <<<E|hamid.farahani@brightlane.io>>>
    Co-authored-by: <<N|Kwame Mensah>> <<<E|kwame.mensah@brightlane.io>>>""")

x("name", "en", False, """r/legaladvice · Posted by u/throwaway_dad_22 · 6h

Ex won't return our daughter's passport

My ex-wife (<<N|Rachel>>) has had <<N|Isla>>'s passport since the divorce and won't hand it over for our
holiday in August. The mediator, <<N|Joanne Pike>>, said I should write to her solicitor first. Is that right?""")

x("name", "en", False, """Ticket #58812 — Refund not received
Customer: <<N|Deb Harkness-Vale>>
Message: Hi, this is <<N|Deb>>. I returned the boots on 2 June but still no refund. My husband <<N|Nigel>> dropped them at the post office.

Agent reply:
Hi <<N|Deb>>, sorry about that. I've escalated it to our returns team today.
Best, <<N|Fi>> (Customer Care)""")

x("name", "en", False, """MINUTES — Allotment Society committee, 4 June 2025
Present: <<N|J. Okoro>> (chair), <<N|Lisa Marchetti>>, <<N|Omar Shaikh>>, <<N|Pat Dunleavy>>
Apologies: <<N|Beth>>
1. Water trough by plot 17 leaking — <<N|Omar>> to contact the council.
2. Rent review: <<N|Lisa>> proposed keeping fees at £45; agreed.""")

x("name", "en", False, """Booking confirmation BA2291 — LHR to HND
Passenger 1: <<N|NAKAMURA/HARUKI>> MR
Passenger 2: <<N|NAKAMURA/EMI>> MRS
Seats: 31A, 31B   Booking reference: 7QX4LM
Lead passenger contact: <<E|haruki.nakamura@gmail.com>>""")

x("name", "de", False, """lukas 18:02
kommst du heute zum training?
mia 18:05
ja, aber erst um 7, muss noch mit oma zum arzt. jonas bringt die bälle mit
lukas 18:06
ok bis dann""".replace("lukas 18", "<<N|lukas>> 18").replace("mia 18", "<<N|mia>> 18").replace("jonas bringt", "<<N|jonas>> bringt"))

x("name", "de", False, """Sehr geehrte Frau Dr. <<N|von Bülow-Hartmann>>,

vielen Dank für Ihre Nachricht. Ihr Termin bei Herrn <<N|Keskin>> ist auf Donnerstag, 14 Uhr verschoben.

Mit freundlichen Grüßen
<<N|Annika Brandt>>
Praxis für Physiotherapie""")

x("name", "fi", False, """Moi!
Kysyin asiaa <<N|Matilta>> ja <<N|Liisan>> kanssa sovittiin, että avaimet annetaan <<N|Aino Virtaselle>> perjantaina.
<<N|Jussin>> auto on pihassa lauantaihin asti.
t. <<N|Heikki>>""")

x("name", "hu", False, """Szia!
Az anyagot elküldtem <<N|Kovács Eszternek>>, és beszéltem <<N|Nagy Péterrel>> is a szerződésről.
<<N|Tóth Annát>> még nem értem el, holnap újra hívom.
Üdv, <<N|Gábor>>""")

x("name", "pl", False, """Cześć,
rozmawiałem wczoraj z <<N|Anną Kowalską>> i z panem <<N|Tomaszem Wiśniewskim>> w sprawie remontu klatki.
Oboje się zgadzają. <<N|Kasi>> przekażę klucze w piątek.
Pozdrawiam, <<N|Marek>>""")

x("name", "cs", False, """Dobrý den,
předejte to prosím paní <<N|Janě Novotné>> nebo panu <<N|Petrovi Dvořákovi>>, oba mají přístup do archivu.
S pozdravem
<<N|Lucie Horáková>>""")

x("name", "ru", False, """Привет!
Передай <<N|Ивану Петровичу Соколову>>, что <<N|Марина Андреевна>> ждёт его звонка до пятницы.
И напомни <<N|Серёже>> про ключи.
<<N|Лена>>""")

x("name", "tr", False, """Merhaba,
<<N|Derya>>'nın dosyasını <<N|Mehmet>> Bey'e ilettim. <<N|Ayşe Kaya>>'ya da bilgi verdim, yarın dönüş yapacak.
İyi çalışmalar,
<<N|Burak Şahin>>""")

x("name", "uk", False, """Дякую, <<N|Оксано>>! Передам <<N|Андрієві>>, він завтра буде в офісі.
<<N|Тарас Мельник>>""")

x("name", "el", False, """Αγαπητή κυρία <<N|Αθανασίου>>,
σας ενημερώνω ότι ο κ. <<N|Νικόλαος Παππάς>> θα σας καλέσει αύριο για την επισκευή. Για οποιαδήποτε απορία,
επικοινωνήστε με τη <<N|Μαρία Κωνσταντίνου>>.
Με εκτίμηση,
<<N|Σοφία Λαμπράκη>>""")

x("name", "ar", False, """مرحباً <<N|خالد>>،
أرسلتُ الملف إلى <<N|نورة العتيبي>> صباح اليوم، وستتواصل معك <<N|ريم>> بخصوص الموعد.
تحياتي،
<<N|يوسف منصور>>""")

x("name", "he", False, """היי <<N|דנה>>,
דיברתי עם <<N|יעל לוי>> מהנהלת החשבונות, היא תעביר את הקבלות ל<<N|אורי>> עד יום חמישי.
<<N|רון>>""")

x("name", "zh", False, """<<N|张伟>>：明天的会改到下午三点，会议室不变
<<N|李娜>>：收到
<<N|王建国>>：好的，我通知一下小<<N|陈>>
<<N|张伟>>：@产品组 大家记得带电脑""")

x("name", "ja", False, """<<N|田中>>さん

資料のご送付ありがとうございます。内容確認のうえ、来週<<N|山口>>からご連絡いたします。
引き続きよろしくお願いいたします。

<<N|鈴木 一郎>>""")

x("name", "ko", False, """<<N|박지훈>> 님이 <<N|이수진>> 님, <<N|최민호>> 님을 초대했습니다.
<<N|이수진>>: 안녕하세요!
<<N|최민호>>: 반갑습니다~ <<N|지훈>>씨 초대 감사해요""")

x("name", "th", False, """เรียน คุณ<<N|สมศักดิ์ ทองดี>>
ทางเราได้รับเอกสารของท่านเรียบร้อยแล้ว หากมีข้อสงสัยกรุณาติดต่อคุณ<<N|วิภาวดี>>
ขอแสดงความนับถือ
<<N|ณัฐพล ศรีสุข>>""")

x("name", "hi", False, """नमस्ते <<N|सुनीता>> जी,
<<N|राहुल वर्मा>> ने कल की रिपोर्ट भेज दी है। कृपया <<N|अमित>> को भी कॉपी कर दें।
धन्यवाद,
<<N|कविता जोशी>>""")

x("name", "es", False, """[12/3/25 20:01] Tía <<N|Carmen>>: ¿al final venís el domingo?
[12/3/25 20:03] <<N|Pablo Herrera>>: sí, con <<N|Inés>> y los niños
[12/3/25 20:03] Tía <<N|Carmen>>: perfecto, avisad a la abuela""")

x("name", "pt", False, """<<N|Bia>>, fala com a vó e com o <<N|Rodrigo>> sobre o almoço de domingo?
Beijos, <<N|Dani>>""")

x("name", "vi", False, """Chị <<N|Lan>> ơi, anh <<N|Tuấn>> gửi hồ sơ rồi ạ. Em đã chuyển cho cô <<N|Nguyễn Thị Mai>> ký.
<<N|Phương>>""")

x("name", "id", False, """Yth. Pak <<N|Budi Santoso>> dan Bu <<N|Rina>>,
Undangan rapat RT hari Sabtu pukul 19.00 di rumah Pak <<N|Haryanto>>.
Salam, <<N|Dewi Lestari>> (sekretaris RT 04)""")

x("name", "sv", False, """Hej <<N|Björn>>!
Mormor och <<N|Elsa>> kommer med tåget på lördag, kan du hämta dem vid stationen?
Kram, <<N|Karin>>""")


# ---- hard negatives ----------------------------------------------------------------------------
x("name", "en", True, """IT-REQ-3391  Laptop refresh Q3
Requested: 12 × Dell Latitude 7450, 4 × MacBook Air M3, 2 × Lenovo ThinkPad X1 Carbon
Software: Microsoft Office, Adobe Acrobat, Jenkins agent, Oracle JDK 21
Delivery van: Ford Transit booked for 14 July. Approved by: Finance Ops (group approval)""")

x("name", "en", True, """Prime Minister Keir Starmer met President Emmanuel Macron in Paris on Thursday, where the two leaders
discussed migration and defence spending. German Chancellor Friedrich Merz joined by video link.""")

x("name", "en", True, """Blog: Women in computing, part 1
Ada Lovelace (1815–1852) wrote what is widely considered the first published algorithm. A century later,
Grace Hopper (1906–1992) built one of the first compilers, and Alan Turing (1912–1954) formalised computation.""")

x("name", "en", True, """Book club notes — June
This month: Pride and Prejudice. Most of us preferred Elizabeth Bennet to Jane; Mr Darcy split the room.
Next month: The Hound of the Baskervilles — bring your theories about Sherlock Holmes and Dr Watson.""")

x("name", "en", True, """Traffic update 07:45: Martin Luther King Jr Blvd closed between Abraham Lincoln Way and George Washington
Bridge approach after a water main break. Diversion via Franklin Ave and Jefferson St.""")

x("name", "en", True, """Supplier list (approved vendors, FY25)
- Johnson & Johnson — first-aid kits
- Procter & Gamble — cleaning supplies
- Ernst & Young — audit
- Dyson — hand dryers
- Marks & Spencer — catering vouchers""")

x("name", "en", True, """Ticket comment:
Will check again after the deploy. Mark as resolved if the error rate stays flat. Bill the client for
April only. Grace period for the old API ends Friday. Rose Garden and Hope Street sites unaffected.""")

x("name", "en", True, """<kestrel_99> has anyone tried the new build?
<jdoe> yes, crashes on start
<kestrel_99> @marta can you look at the crash log?
* marta has quit (Ping timeout)""")

x("name", "en", True, """Chat transcript #88213
Bot: Hi! I'm Ava, the virtual assistant. How can I help?
Customer: my Alexa won't connect to wifi
Bot: Sorry to hear that. Have you tried restarting the Echo device?
Agent: Taking over from the bot — can you tell me the model number?""")

x("name", "en", True, """Forum: Best boss fights of all time?
Top answers: GLaDOS in Portal, Bowser in every Mario game, and Sephiroth obviously. Honourable
mention to Lara Croft's T-Rex fight and Geralt vs. the Crones.""")

x("name", "de", True, """Baustelleninfo: Ab Montag ist die Konrad-Adenauer-Straße zwischen Willy-Brandt-Platz und
Goethestraße gesperrt. Umleitung über die Bismarckallee. Die Haltestelle „Rathaus/Schillerplatz“ entfällt.""")

x("name", "de", True, """Lieferantenübersicht
Siemens – Gebäudetechnik; Bosch – Werkzeuge; Porsche Leasing – Dienstwagen;
Dr. Oetker – Kantinenbedarf; Aldi Süd – Getränke für Veranstaltungen""")

x("name", "fr", True, """Plan d'accès : descendre à la station Charles de Gaulle – Étoile, prendre l'avenue Victor-Hugo puis la
rue Émile-Zola. Le lycée Jean-Moulin est en face de la médiathèque Marguerite-Duras.""")

x("name", "es", True, """Itinerario: salida desde la Plaza de Cristóbal Colón, avenida Simón Bolívar, visita a la Casa Museo
Benito Pérez Galdós y regreso por la calle Miguel de Cervantes.""")

x("name", "it", True, """Come arrivare: dall'Aeroporto Leonardo da Vinci prendere il treno per Roma Termini, poi la metro fino a
Piazza Garibaldi. Parcheggio convenzionato in Via Giuseppe Verdi, accanto allo showroom Ferrari.""")

x("name", "pt", True, """Trajeto sugerido: Avenida Presidente Vargas até o Estádio Mané Garrincha, depois Rua Machado de Assis.
Ponto de encontro em frente à Biblioteca Monteiro Lobato.""")

x("name", "ru", True, """Как добраться: от станции метро «Пушкинская» пройти по проспекту Ленина до памятника Льву Толстому.
Вход в музей — со стороны улицы Гагарина.""")

x("name", "ja", True, """今月の課題図書は夏目漱石の『こころ』です。次回は豊田市のトヨタ会館見学と、本田技研工業の工場見学を予定しています。""")

x("name", "zh", True, """路线：从中山路出发，经鲁迅公园，到孙中山故居纪念馆。午餐在李宁体育园附近。""")

x("name", "ko", True, """집결지: 세종대로 이순신 장군 동상 앞. 이후 세종문화회관 방향으로 이동합니다.""")

x("name", "tr", True, """Ulaşım: Atatürk Havalimanı yerine İstanbul Havalimanı'nı kullanın. Otel, İstiklal Caddesi üzerinde,
Galatasaray Lisesi'nin karşısındadır.""")

x("name", "pl", True, """Dojazd: z Lotniska Chopina autobusem 175 do przystanku Plac Piłsudskiego, dalej ulicą Jana Pawła II.""")

x("name", "hu", True, """Megközelítés: a Liszt Ferenc repülőtérről a 100E busszal a Deák Ferenc térig, onnan gyalog a Petőfi Sándor utcán.""")

x("name", "el", True, """Οδηγίες: από το αεροδρόμιο «Ελευθέριος Βενιζέλος» με το μετρό μέχρι τη στάση Σύνταγμα, και μετά
στην οδό Ελευθερίου Βενιζέλου.""")

x("name", "he", True, """הגעה: מרחוב הרצל פונים לשדרות בן גוריון, החניה ליד אולם ז'בוטינסקי.""")

x("name", "nl", True, """Leveranciers 2025: Philips (verlichting), Albert Heijn (catering), C&A (bedrijfskleding), Van Houtum (papier).""")

x("name", "hi", True, """मार्ग: महात्मा गांधी मार्ग से होते हुए इंदिरा गांधी अंतरराष्ट्रीय हवाई अड्डे तक।""")

# =============================================================================================
# 4. ADDRESSES in their own scripts and formats; hard negatives: company seats written as town
#    only, landmarks, government addresses, place and street names used alone.
# =============================================================================================

x("address", "ja", False, """【ご注文確認】注文番号 250614-0042871
お届け先：〒<<A|530-0012 大阪府大阪市北区芝田2丁目4-18 グランメゾン梅田1104号室>>
お名前：<<N|林 直樹>> 様
お届け予定日：6月17日（火）午前中""")

x("address", "ja", False, """〒<<A|812-0011 福岡県福岡市博多区博多駅前3丁目19番5号>>
<<A|博多ハイツ502号室>>
<<N|中村 由美>> 様""")

x("address", "ja", False, """会員情報の変更を受け付けました。
郵便番号：060-0807
住所1：<<A|北海道札幌市北区北7条西5丁目8-1>>
住所2：<<A|ノースコート703>>
電話番号：<<P|011-736-4418>>""")

x("address", "zh", False, """订单 SO20250614-3391 已发货
收货人：<<N|刘洋>>
电话：<<P|138 2651 7794>>
收货地址：<<A|广东省深圳市南山区科技园路18号科兴花园B栋1502室>>
邮编：518057""")

x("address", "zh", False, """个人简历
姓名：<<N|周婷>>
现居住地：<<A|上海市徐汇区宜山路700弄12号402室>>
期望城市：上海 / 杭州""")

x("address", "zh", False, """寄件人：<<N|林志明>>
地址：<<A|106臺北市大安區忠孝東路四段181巷7號3樓>>
手機：<<P|0912-345-678>>""")

x("address", "ko", False, """[배송 정보]
받는 분: <<N|김서연>>
우편번호: 03925
주소: <<A|서울특별시 마포구 월드컵북로 396, 101동 1203호 (상암동)>>
연락처: <<P|010-4821-7736>>""")

x("address", "ko", False, """전입신고 확인
세대주: <<N|정성훈>>
전입 주소: <<A|경기도 성남시 분당구 정자일로 95, 파크뷰 302동 1504호>>
전입일: 2025.05.30""")

x("address", "th", False, """ที่อยู่จัดส่ง: <<A|99/125 หมู่บ้านพฤกษา ซอย 8 ถนนรามอินทรา แขวงคันนายาว เขตคันนายาว กรุงเทพฯ 10230>>
ผู้รับ: <<N|อรุณี แก้วมณี>>
โทร: <<P|081-234-5678>>""")

x("address", "th", False, """<<N|สมชาย ใจดี>>
<<A|123/45 หมู่ 6 ถนนพหลโยธิน>>
<<A|ตำบลคลองหนึ่ง อำเภอคลองหลวง>>
<<A|จังหวัดปทุมธานี 12120>>""")

x("address", "ar", False, """طلب رقم 448217
الاسم: <<N|عبدالله الشمري>>
العنوان الوطني: <<A|8228 شارع الأمير سلطان، حي الروضة، جدة 23432 - 2791>>
الجوال: <<P|0553 184 729>>""")

x("address", "ar", False, """إلى: <<N|منى عبد الرحمن>>
<<A|١٤ شارع النصر، الشقة ٦>>
<<A|المعادي الجديدة، القاهرة ١١٧٤٢>>
مصر""")

x("address", "ru", False, """Заказ № 7731-0614 оформлен.
Получатель: <<N|Кузнецова Мария Игоревна>>
Адрес доставки: <<A|620014, г. Екатеринбург, ул. Малышева, д. 51, кв. 37>>
Телефон: <<P|+7 (912) 384-27-61>>""")

x("address", "ru", False, """Кому: <<N|Сорокину Алексею Игоревичу>>
Куда: <<A|ул. Гагарина, д. 12, корп. 2, кв. 118>>
<<A|630007, г. Новосибирск>>""")

x("address", "uk", False, """Отримувач: <<N|Мельник Тарас>>
Адреса: <<A|вул. Шевченка, 24, кв. 9, м. Львів, 79005>>
Телефон: <<P|+380 67 418 2290>>""")

x("address", "el", False, """Στοιχεία αποστολής
Ονοματεπώνυμο: <<N|Ελένη Παπαδοπούλου>>
Διεύθυνση: <<A|Αγίου Δημητρίου 17, 546 30 Θεσσαλονίκη>>
Τηλέφωνο: <<P|694 718 2235>>""")

x("address", "el", False, """Προς:
<<N|Νικόλαο Αθανασίου>>
<<A|Λεωφόρος Κηφισίας 214, 3ος όροφος>>
<<A|152 31 Χαλάνδρι>>""")

x("address", "en", False, """Shipping label — Order #IN-448213
Deliver to:
Mr. <<N|Arjun Mehta>>
<<A|B-14, Shanti Niketan Society>>
<<A|Near Gandhi Chowk, Kothrud>>
<<A|Pune, Maharashtra - 411038>>
India
Mobile: <<P|+91 98220 41137>>""")

x("address", "en", False, """Rental agreement, clause 1: The Tenant, <<N|Kavya Iyer>>, residing at <<A|Flat 302, Sai Krupa Apartments, 14th Cross, Indiranagar, Bengaluru 560038>>,
agrees to pay a monthly rent of Rs. 38,000.""")

x("address", "hi", False, """पता: <<A|मकान नं. 45, गली नं. 3, शास्त्री नगर, जयपुर, राजस्थान 302016>>
नाम: <<N|सुरेश कुमार>>
फोन: <<P|94141 23876>>""")

x("address", "pt", False, """Pedido #BR-77120 enviado!
Destinatário: <<N|Beatriz Albuquerque Santos>>
Endereço: <<A|Rua das Laranjeiras, 245, apto 302 - Laranjeiras, Rio de Janeiro - RJ, 22240-003>>
Previsão de entrega: 18/06""")

x("address", "pt", False, """Cadastro atualizado
Logradouro: <<A|Av. Sete de Setembro, 1840, casa 2>>
Bairro: Vitória
CEP: 40080-001
Cidade/UF: Salvador/BA""")

x("address", "en", False, """Mrs <<N|Eleanor Hughes>>
<<A|Flat 4, Rosemount House>>
<<A|27 Kingsley Road>>
<<A|Hove>>
<<A|BN3 5QF>>

Dear Mrs <<N|Hughes>>,
Your council tax bill for 2025/26 is enclosed.""")

x("address", "en", False, """Change of address form
Name: <<N|Darnell Whitaker>>
New address: <<A|4418 N Winthrop Ave Apt 3B, Chicago, IL 60640>>
Effective: 07/01/2025
Phone: <<P|(773) 409-2215>>""")

x("address", "en", False, """<<N|Rosa Delgado>>
<<A|1207 Alameda Street, Unit 12>>
<<A|Santa Fe NM 87501>>""")

x("address", "en", False, """Hi <<N|Callum>>, the spare key is with my mum, but post anything for me to <<A|PO Box 4471, Alice Springs NT 0871>>
until the end of the season. Cheers, <<N|Jess>>""")

x("address", "de", False, """Ihre Bestellung 302-4471193 wird geliefert an:
<<N|Florian Baumgartner>>
<<A|Hohenzollernstraße 112>>
<<A|80796 München>>
Deutschland""")

x("address", "de", False, """Hallo zusammen, ab 1. Juli wohnen wir in der <<A|Lindenstraße 8a, 3. OG links, 50674 Köln>>. Neue Festnetznummer folgt.
Liebe Grüße, <<N|Nils>> und <<N|Aylin>>""")

x("address", "fr", False, """<<N|Lucie Garnier>>
<<A|Résidence Les Tilleuls, Bât. C>>
<<A|14 allée des Peupliers>>
<<A|44300 Nantes>>""")

x("address", "es", False, """Datos de envío: <<N|Jordi Puig Serra>>, <<A|C/ de Sant Joan de Déu, 17, 3º 2ª, 08903 L'Hospitalet de Llobregat>> (Barcelona).
Tel. <<P|+34 612 48 37 90>>""")

x("address", "pl", False, """Adres do korespondencji: <<A|ul. Piotrkowska 143 m. 12, 90-434 Łódź>>
<<N|Magdalena Wróbel>>, tel. <<P|+48 605 318 442>>""")

x("address", "tr", False, """Teslimat adresi: <<A|Caferağa Mah. Moda Cad. No: 47 Daire: 6, 34710 Kadıköy/İstanbul>>
Alıcı: <<N|Zeynep Aydın>>
Tel: <<P|0 (532) 418 27 93>>""")

x("address", "he", False, """כתובת למשלוח: <<A|רחוב ביאליק 22 דירה 5, רמת גן 5245122>>
שם: <<N|תמר אברהם>>
טלפון: <<P|054-381-2270>>""")

x("address", "vi", False, """Địa chỉ nhận hàng: <<A|Số 18 ngõ 45 phố Trần Quang Khải, phường Tràng Tiền, quận Hoàn Kiếm, Hà Nội>>
Người nhận: <<N|Trần Văn Hùng>>
SĐT: <<P|0903 218 447>>""")

x("address", "id", False, """Alamat pengiriman: <<A|Jl. Kaliurang KM 5,6 Gg. Pandega Marta No. 12, Sleman, DI Yogyakarta 55281>>
Penerima: <<N|Rizky Pratama>>
HP: <<P|0812-2734-8891>>""")

x("address", "hu", False, """Szállítási cím: <<A|1137 Budapest, Pozsonyi út 38. II. em. 4.>>
Címzett: <<N|Horváth Balázs>>""")

x("address", "en", False, """customers_uk.csv (no header row; see data dictionary)
40117,<<N|Harper>>,<<N|Ellis>>,<<A|16 Chestnut Grove>>,Leeds,LS6 3AX
40118,<<N|Quinn>>,<<N|Morgan>>,<<A|Flat 9, 3 Wharf Street>>,Bristol,BS1 4QA
40119,<<N|Adeyemi>>,<<N|Tolu>>,<<A|The Old Forge, Mill Lane>>,Hexham,NE46 1RT""")

# ---- hard negatives ----------------------------------------------------------------------------
x("address", "en", True, """Brightlane Ltd is registered in England and Wales under company number 11892377.
Registered office: Reading. VAT no. GB 318 4471 29.
This e-mail and any attachments are confidential.""")

x("address", "en", True, """Day 2 itinerary: meet at the main gate of the Tower of London at 9:00, walk to St Paul's Cathedral,
lunch at Borough Market, then Buckingham Palace for the Changing of the Guard.""")

x("address", "en", True, """Where to send your form:
HM Revenue and Customs, Self Assessment, BX9 1AS, United Kingdom.
For urgent matters write to the Prime Minister's Office, 10 Downing Street, London.""")

x("address", "en", True, """Traffic and travel, 08:10: Delays on Oxford Street and King's Road after a burst pipe; the A40 Westway
is slow between White City and Paddington. Services at Victoria station are running normally.""")

x("address", "en", True, """Offices: Northgate Logistics has sites in Manchester, Glasgow and Rotterdam; the group is headquartered
in Dublin. Our distribution centre near Milton Keynes opened in 2019.""")

x("address", "ja", True, """会社概要
本社所在地：東京都港区
支店：大阪、名古屋、福岡
最寄りの観光地：東京タワー、増上寺""")

x("address", "zh", True, """公司简介：本公司总部位于深圳，在北京、上海设有分公司。团建活动地点：天安门广场、故宫博物院。""")

x("address", "ko", True, """회사 소개: 본사는 경기도 성남시에 있으며, 부산과 대구에 지사가 있습니다. 워크숍 장소: 경복궁 인근.""")

x("address", "th", True, """โปรแกรมทัวร์: วัดพระแก้ว พระบรมมหาราชวัง และตลาดน้ำดำเนินสะดวก รับส่งที่สนามบินสุวรรณภูมิ""")

x("address", "ar", True, """المقر الرئيسي للشركة: الرياض. الفروع: جدة والدمام. فعالية الموظفين السنوية عند برج المملكة.""")

x("address", "ru", True, """Офис компании находится в Москве, склад — в Подольске. На улице Ленина утром пробки, объезд по Садовому
кольцу. Встреча с партнёрами — у Большого театра.""")

x("address", "el", True, """Η έδρα της εταιρείας είναι στον Πειραιά. Εκδρομή προσωπικού: Ακρόπολη και Μουσείο Ακρόπολης.""")

x("address", "en", True, """Head office: Mumbai. Regional offices in Pune and Hyderabad. Team offsite at the Gateway of India,
followed by dinner near Marine Drive.""")

x("address", "pt", True, """Sede: São Paulo - SP. Filiais em Campinas e Curitiba. Passeio da equipe: Cristo Redentor e Pão de Açúcar.""")

x("address", "de", True, """Sitz der Gesellschaft: Hamburg, Amtsgericht Hamburg HRB 148812. Geschäftsführer: siehe Impressum.
Hinweis: Wegen Bauarbeiten Stau auf der A7 zwischen Hamburg-Othmarschen und dem Elbtunnel.""")

x("address", "fr", True, """Siège social : Lyon. Établissements secondaires à Grenoble et Annecy. Séminaire annuel au pied de la tour Eiffel.""")

x("address", "nl", True, """Statutair gevestigd te Utrecht, KvK 30218847. Bedrijfsuitje: Rijksmuseum en een rondvaart over de Amstel.""")

x("address", "pl", True, """Utrudnienia: korki na Marszałkowskiej i w Alejach Jerozolimskich. Siedziba spółki: Kraków.""")

x("address", "tr", True, """Genel Müdürlük: Ankara. Bölge ofisleri: İzmir, Bursa. Şirket gezisi: Galata Kulesi ve Topkapı Sarayı.""")

x("address", "vi", True, """Trụ sở chính: TP. Hồ Chí Minh. Chi nhánh: Hà Nội, Đà Nẵng. Điểm tham quan: Chợ Bến Thành, Nhà thờ Đức Bà.""")

x("address", "cs", True, """Sídlo společnosti: Brno. Pobočky: Ostrava, Plzeň. Firemní výlet: Karlův most a Pražský hrad.""")

x("address", "he", True, """מטה החברה: חיפה. סניפים בתל אביב ובבאר שבע. יום הגיבוש יתקיים ליד הכותל.""")

x("address", "uk", True, """Головний офіс компанії: Київ. Філії: Львів, Одеса. Зустріч партнерів — біля Майдану Незалежності.""")

# =============================================================================================
# 5. PHONE AND ID NUMBERS in hard contexts — next to other numbers in tables, with extensions,
#    in other scripts' digits; hard negatives: order, tracking, company registration and
#    IBAN-like reference numbers, toll-free numbers, hotlines and switchboards.
# =============================================================================================


def iran_code(b9):
    s = sum(a * c for a, c in zip(_digits(b9), range(10, 1, -1))) % 11
    return b9 + str(s if s < 2 else 11 - s)


def afm(b8):
    s = sum(a * 2 ** (8 - i) for i, a in enumerate(_digits(b8)))
    return b8 + str(s % 11 % 10)


def hu_adoazon(b9):
    s = sum(a * (i + 1) for i, a in enumerate(_digits(b9))) % 11
    assert s != 10, b9
    return b9 + str(s)


def ppsn(b7, second=""):
    s = sum(a * c for a, c in zip(_digits(b7), range(8, 1, -1)))
    if second:
        s += 9 * (ord(second) - 64)
    return b7 + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + second


def tfn(b8):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    for c in range(10):
        if sum(a * b for a, b in zip(_digits(b8 + str(c)), w)) % 11 == 0:
            t = b8 + str(c)
            return "%s %s %s" % (t[:3], t[3:6], t[6:])
    raise ValueError(b8)


def nric(prefix, b7):
    s = sum(a * c for a, c in zip(_digits(b7), [2, 7, 6, 5, 4, 3, 2])) + (4 if prefix in "TG" else 0)
    return prefix + b7 + "JZIHGFEDCBA"[s % 11]


V["ir1"] = to_script(iran_code("007418235"), "\u06f0")
V["fa_ph1"] = to_script("0912 345 6789", "\u06f0")
V["ar_ph1"] = to_script("0553 184 729", "\u0660")
V["ar_ph2"] = to_script("050 771 4823", "\u0660")
V["ar_ord1"] = to_script("448217", "\u0660")
V["hi_ph1"] = to_script("98201 45678", "\u0966")
V["th_ph1"] = to_script("081-234-5678", "\u0e50")
V["th_id2"] = to_script(thai_id("310060044563"), "\u0e50")
V["ja_ph1"] = to_script("090", "\uff10") + "－" + to_script("4172", "\uff10") + "－" + to_script("8836", "\uff10")
V["mynum1"] = my_number("48217390215")
V["rrn2"] = rrn("880417128734")
V["cnid2"] = cn_id("11010819850312153")
V["dni2"] = dni("71948203")
V["nie1"] = "X" + "4718263" + "TRWAGMYFPDXBNJZSQVHLCKE"[int("0" + "4718263") % 23]
V["cpf2"] = cpf("718204936")
V["cpf3"] = cpf("402813579")
V["bsn2"] = bsn("18473920")
V["pesel2"] = pesel("850314", "0917")
V["pesel3"] = pesel("920725", "1846")
V["snils2"] = snils("209417386")
V["tc2"] = tckn("381947260")
V["ssn1"] = ssn("523", "41", "8876")
V["ssn2"] = ssn("287", "63", "1045")
V["ssn3"] = ssn("614", "09", "3327", "")
V["sin1"] = sin("72813946")
V["pnr1"] = personnummer("790214", "362")
V["pnr2"] = "19" + personnummer("880612", "471", "")
V["pnr3"] = "19" + personnummer("750411", "889", "")
V["fnr2"] = fnr("211190", "473")
V["cpr2"] = cpr("110392", "215")
V["hetu2"] = hetu("170304", "A", "718")
V["nir1"] = nir("2870575056044")
V["stid1"] = steuer_id("4728193560")
V["aad1"] = verhoeff("73816402951")
V["cnp2"] = cnp("192061514072")
V["amka2"] = amka("0903764521")
V["afm1"] = afm("13804729")
V["il2"] = il_id("04829317")
V["rc2"] = rodne("870312", "418")
V["taj2"] = taj("12847391")
V["adoazon1"] = hu_adoazon("847213960")
V["ua2"] = ua_rnokpp("308124712")
V["nhs3"] = nhs("612093347")
V["ppsn1"] = ppsn("8472193", "A")
V["tfn1"] = tfn("45817393")
V["nric1"] = nric("S", "8826413")
V["card1"] = card("448213907715620")
V["card2"] = card("552318049277164")
V["card3"] = card("34772819305518", (4, 6, 5))
V["iban1"] = iban("DE", "500105175407324931")
V["iban2"] = iban("FR", "30004028370001044829167")
V["iban3"] = iban("NL", "INGB0007463819")
V["iban4"] = iban("ES", "00491500052718204457")
V["iban5"] = iban("PL", "114020040000350271846390")
V["iban6"] = iban("GB", "LOYD30963718204455")

x("phone_id", "en", False, """# orders_2025-06-14.csv — header row lost in the export, columns per spec: order_id,qty,unit_price,phone,ship_date,country
4410293381,3,12.99,<<P|07834 219006>>,2025-06-14,GB
4410293382,1,249.00,<<P|+44 7456 118390>>,2025-06-14,GB
4410293383,12,3.50,<<P|+353 87 412 6630>>,2025-06-15,IE
4410293384,2,74.90,,2025-06-15,GB""")

x("phone_id", "en", False, """Thanks, I'll send the revised quote tomorrow.

<<N|Dana Whitlock>> | Senior Buyer, Harbour Foods Inc.
Direct: <<P|+1 617 824 3390 ext. 218>>
Mobile: <<P|+1 (857) 204-7716>>
Main: +1 617 824 3300 | Fax: +1 617 824 3399""")

x("phone_id", "de", False, """Ihre Ansprechpartnerin:
Dr. <<N|Anja Sommer>>
Abteilung Schadenregulierung
Telefon <<P|+49 89 4117-2203>> (Durchwahl)
Zentrale +49 89 4117-0, Fax +49 89 4117-1999
Schadennummer: 2025-SR-0448213""")

x("phone_id", "ar", False, """بيانات العميل
الاسم: <<N|عبدالله الشمري>>
الجوال: <<P|{{=ar_ph1}}>>
هاتف بديل: <<P|{{=ar_ph2}}>>
رقم الطلب: {{=ar_ord1}}""")

x("phone_id", "fa", False, """فرم ثبت‌نام
نام و نام خانوادگی: <<N|مریم رضایی>>
کد ملی: <<ID|{{=ir1}}>>
شماره همراه: <<P|{{=fa_ph1}}>>
تاریخ ثبت‌نام: ۱۴۰۴/۰۳/۲۵""")

x("phone_id", "hi", False, """ग्राहक विवरण
नाम: <<N|अनिल गुप्ता>>
मोबाइल: <<P|{{=hi_ph1}}>>
ऑर्डर संख्या: ४४१०२९३३८१
राशि: ₹ १,२४९""")

x("phone_id", "th", False, """แบบฟอร์มลงทะเบียน
ชื่อ: นาย<<N|ธนากร ศรีสุข>>
เลขประจำตัวประชาชน: <<ID|{{=th_id2}}>>
โทร: <<P|{{=th_ph1}}>>
เลขที่ใบสั่งซื้อ: ๖๘๐๖๑๔๐๐๔๒""")

x("phone_id", "ja", False, """お客様情報
氏名：<<N|井上 亮>>
携帯電話：<<P|{{=ja_ph1}}>>
個人番号：<<ID|{{=mynum1}}>>
受付番号：２０２５０６１４－００８８""")

x("phone_id", "zh", False, """| 订单号 | 数量 | 金额 | 收货人 | 手机 |
|---|---|---|---|---|
| 250614112847391 | 2 | 198.00 | <<N|孙丽>> | <<P|139 1024 7735>> |
| 250614112847392 | 1 | 59.90 | <<N|黄志强>> | <<P|186-2193-0448>> |""")

x("phone_id", "ko", False, """주문번호 2025061400123 / 결제금액 48,900원
주문자: <<N|최민호>>
주민등록번호: <<ID|{{=rrn2}}>>
휴대폰: <<P|010-7714-0265>>
배송메모: 문 앞에 놓아주세요""")

x("phone_id", "fr", False, """N° client | Nom            | Tél.            | Montant dû | Échéance
100482    | <<N|Girard Paul>>    | <<P|06 48 27 19 53>>  | 128,40     | 30/06
100483    | <<N|Moulin Sabrina>> | <<P|+33 7 81 22 40 96>> | 56,00  | 30/06
100484    | <<N|Traoré Issa>>    | <<P|01 44 82 17 63>>  | 312,75     | 15/07""")

x("phone_id", "es", False, """Listado de socios (hoja 2)
0417  <<N|Martín Ruiz, Elena>>     <<ID|{{=dni2}}>>   <<P|+34 655 214 908>>   cuota 45,00
0418  <<N|Kowalski, Adam>>         <<ID|{{=nie1}}>>   <<P|644 08 71 23>>       cuota 45,00""")

x("phone_id", "pt", False, """pedido;valor;cpf;celular
88213;149,90;<<ID|{{=cpf2}}>>;<<P|(11) 98412-3307>>
88214;89,00;<<ID|{{=cpf3}}>>;<<P|(31) 99721-0846>>""")

x("phone_id", "nl", False, """Klantnummer 20448213 | BSN <<ID|{{=bsn2}}>> | tel. <<P|06-41827390>> | contractnr. 7700-1182-4""")

x("phone_id", "pl", False, """Lista uczestników szkolenia BHP – firma Stolbud Sp. z o.o., NIP 5261040828
1. <<N|Nowak Piotr>>, PESEL <<ID|{{=pesel2}}>>, tel. <<P|605 318 442>>
2. <<N|Lewandowska Ewa>>, PESEL <<ID|{{=pesel3}}>>, tel. <<P|+48 512 904 117>>""")

x("phone_id", "ru", False, """Заявление № 2025/0614-77
Заявитель: <<N|Волков Денис Сергеевич>>
Паспорт: <<ID|4519 827364>>
СНИЛС: <<ID|{{=snils2}}>>
Тел.: <<P|+7 (916) 402-18-93>>
Рабочий: <<P|+7 (495) 644-82-10 доб. 4471>>""")

x("phone_id", "tr", False, """Sipariş No: 7700418823  Kargo Takip: 1Z4F82W80395128841
Alıcı: <<N|Mert Çelik>>  T.C. Kimlik No: <<ID|{{=tc2}}>>  Cep: <<P|0 (541) 882 19 06>>""")

x("phone_id", "en", False, """EmpNo | Name              | NI Number   | Mobile         | Salary
E0412 | <<N|Folasade Oyelaran>> | <<ID|JT 48 29 17 C>> | <<P|07912 448 103>> | 84,500
E0413 | <<N|Callum Duncan-Reid>> | <<ID|PK 73 10 52 A>> | <<P|07788 210 644>> | 31,200""")

x("phone_id", "en", False, """PAYROLL EXPORT 2025-06 (W-2 prep)
EMP     SSN           HIRED        GROSS YTD    STATE
20931   <<S|{{=ssn1}}>>   2016-09-01   42,118.40    MA
20932   <<S|{{=ssn2}}>>   2022-01-17   18,904.00    NH
20933   <<S|{{=ssn3}}>>     2009-03-02   51,377.25    MA""")

x("phone_id", "en", False, """Employee onboarding — Toronto office
Name: <<N|Priya Raman>>
SIN: <<ID|{{=sin1}}>>
Employee #: 48213   Cost centre: 7710
Emergency contact: <<N|Vikram Raman>>, <<P|416-902-3318>>""")

x("phone_id", "sv", False, """Order 1002448 – Kund: <<N|Ebba Lindgren>>, personnr <<ID|{{=pnr1}}>>
Säljare: Nordljud AB, org.nr 556677-8899
Leveransavisering skickas till <<P|070-482 19 33>>""")

x("phone_id", "sv", False, """Patientlista mottagning 3, 2025-06-16
08:20  <<ID|{{=pnr2}}>>  <<N|Ali Hassan>>       återbesök
08:40  <<ID|{{=pnr3}}>>  <<N|Maja Ek>>        nybesök""")

x("phone_id", "fr", False, """FEUILLE DE SOINS
Assuré(e) : <<N|Sandrine Lefort>>
N° d'immatriculation : <<ID|{{=nir1}}>>
Médecin : Dr <<N|Benoît Marchal>>, RPPS 10003418827
Date des soins : 12/06/2025 — Montant : 30,00 €""")

x("phone_id", "de", False, """Personalfragebogen
Name, Vorname: <<N|Demir, Aylin>>
Steuerliche Identifikationsnummer: <<ID|{{=stid1}}>>
Personalausweis-Nr.: <<ID|L01X4RT72>>
Telefon privat: <<P|0171 4827739>>
Personalnummer: 004821""")

x("phone_id", "zh", False, """快递单号：SF1402381749203
寄件人：<<N|黄志强>>  身份证：<<ID|{{=cnid2}}>>
收件电话：<<P|186-2193-0448>>
保价金额：2000 元""")

x("phone_id", "en", False, """KYC checklist — loan application LA-77120
Applicant: <<N|Meera Pillai>>
Aadhaar: <<ID|{{=aad1}}>>
PAN: <<ID|BQRPP4418K>>
Mobile: <<P|+91 98470 22381>>
Branch code: 0418, application fee receipt no. 552190""")

x("phone_id", "el", False, """Στοιχεία ασφαλισμένου
Ονοματεπώνυμο: <<N|Δημήτρης Νικολάου>>
ΑΜΚΑ: <<ID|{{=amka2}}>>
ΑΦΜ: <<ID|{{=afm1}}>>
Κινητό: <<P|697 204 8813>>
Αρ. πρωτοκόλλου: 44821/2025""")

x("phone_id", "he", False, """בקשה לתו חניה
שם: <<N|אורי שפירא>>
ת.ז.: <<ID|{{=il2}}>>
נייד: <<P|050-771-4823>>
מספר רכב: 48-213-77""")

x("phone_id", "hu", False, """Munkavállalói adatlap
Név: <<N|Szabó Gergő>>
Adóazonosító jel: <<ID|{{=adoazon1}}>>
TAJ szám: <<ID|{{=taj2}}>>
Telefon: <<P|+36 30 418 2277>>""")

x("phone_id", "vi", False, """Đơn hàng #VN-250614-0092 | Tổng: 1.249.000đ
Người nhận: <<N|Lê Thị Hồng>>
CCCD: <<ID|079188014523>>
SĐT: <<P|0903 218 447>>""")

x("phone_id", "id", False, """Data pelanggan
Nama: <<N|Rizky Pratama>>
NIK: <<ID|3404071203910002>>
No. HP: <<P|0812-2734-8891>>
No. pesanan: INV/20250614/XX/VI/1187""")

x("phone_id", "en", False, """Dear Dr <<N|Okafor>>,
Re: Mr <<N|Lewis Carter>>, NHS No. <<ID|{{=nhs3}}>>, Hosp. No. RX4471820
Thank you for referring this 62-year-old man. Clinic letter dictated 12/06/2025, typed 13/06/2025.
Yours sincerely, Mr <<N|Imran Siddiqui>>, Consultant Urologist""")

x("phone_id", "en", False, """Revenue myAccount registration
Name: <<N|Aoife Byrne>>
PPSN: <<ID|{{=ppsn1}}>>
Mobile: <<P|+353 86 214 7730>>
Reference: MYA-2025-0448213""")

x("phone_id", "en", False, """New starter form — Melbourne
Full name: <<N|Liam O'Connor>>
Tax file number: <<ID|{{=tfn1}}>>
Super fund member no.: 10448213 (AustralianSuper)
Phone: <<P|0412 738 905>>""")

x("phone_id", "en", False, """Visitor pass request
Name: <<N|Tan Wei Ling>>
NRIC: <<ID|{{=nric1}}>>
Contact: <<P|+65 9182 4473>>
Host: Facilities (ext. 2200)""")

x("phone_id", "en", False, """Travel roster — offsite Lisbon, 23–26 June
NAME                 PASSPORT     FLIGHT   PNR      SEAT
<<N|Hollis, Grace>>        <<ID|548217739>>    TP1357   7QX4LM   14C
<<N|Obi, Chukwuemeka>>     <<ID|A09941207>>    TP1357   7QX4LM   14D
<<N|Varga, Réka>>          <<ID|BK4418203>>    TP1351   8RT2NW   22A""")

x("phone_id", "de", False, """Erstattung Kursgebühr
Kontoinhaberin: <<N|Lena Vogt>>
IBAN: <<I|{{=iban1}}>>
Betrag: 240,00 EUR – Verwendungszweck: Kurs 2025-17 / Mitglied 117""")

x("phone_id", "fr", False, """Demande de remboursement
Titulaire du compte : <<N|Clémence Aubry>>
IBAN : <<I|{{=iban2}}>>
BIC : BNPAFRPPXXX
Référence dossier : RMB-2025-0612""")

x("phone_id", "en", False, """[14:02] <<N|Josh Turner>>: can you book the cabin? use my card <<C|{{=card1}}>> exp 09/27
[14:03] <<N|Amy>>: on it. cvv?
[14:03] <<N|Josh Turner>>: i'll tell you on the phone lol""")

x("phone_id", "nl", False, """Hoi <<N|Fleur>>, wil je de borg terugstorten op <<I|{{=iban3}}>> t.n.v. <<N|D. Jansen>>? Bedankt! <<N|Daan>>""")

x("phone_id", "en", False, """Chargeback dispute #CB-44821
Cardholder: <<N|Marcus Bell>>
Card: <<C|{{=card2}}>>
Amex (secondary): <<C|{{=card3}}>>
Refund to: <<I|{{=iban6}}>>""")

# ---- hard negatives ----------------------------------------------------------------------------
x("phone_id", "en", True, """Your order #4410293381 has shipped!
Carrier: UPS   Tracking: 1Z4F82W80395128841
Second parcel (FedEx): 7749 1234 5512
Questions? Call 1-800-432-7781 (toll-free, Mon–Fri 8am–8pm ET)
Order total: $248.90 — Invoice 2025-0614-7731""")

x("phone_id", "en", True, """Harbour Foods Inc. — Contact us
Switchboard: +1 617 824 3300
Fax: +1 617 824 3399
Customer care (toll-free): 1-888-273-4410
Out-of-hours emergency line: 911 for life-threatening emergencies, otherwise 311""")

x("phone_id", "en", True, """Payment instructions
Please pay invoice INV-2025-0448 using the structured reference RF18 5390 0754 7034 or, from Belgian
accounts, +++090/9337/55493+++. Do not use the order number 4410293381 as reference.""")

x("phone_id", "en", True, """BILL OF MATERIALS rev C
LINE  PART NO          QTY   UNIT     DESCRIPTION
10    0791-123-4567    4     EA       bracket, zinc plated
20    0800-448-2130    2     EA       hinge, stainless
30    978-0-14-044913-6  1   EA       manual (ISBN)
40    SN 44821-77310   1     EA       controller board""")

x("phone_id", "en", True, """W-4 completion guide
Enter your SSN in box 1 exactly as shown on your card, e.g. 123-45-6789. Do not enter 000-00-0000 or
leave it blank. Employer identification number (EIN) of Harbour Foods: 04-3318872.""")

x("phone_id", "en", True, """Incident INC-44821 — patient MRN 00482719, bed 14, ward C2
Employee ID E-20931 reported the fall at 02:14. Policy no. POL-8841-2290, claim ref CLM-2025-7731.
Equipment asset tag 0044-8213-77.""")

x("phone_id", "en", True, """Payment page
Card: •••• •••• •••• 4471 (Visa, expires 09/27)
For testing use 4242 4242 4242 4242 or 4111 1111 1111 1111 with any future date.
Example IBAN from the documentation: GB82 WEST 1234 5698 7654 32, sort code 60-16-13""")

x("phone_id", "de", True, """Impressum
Muster Maschinenbau GmbH, Sitz: Heilbronn
Zentrale: +49 7131 4482-0, Fax: +49 7131 4482-99
USt-IdNr.: DE 318447129, Handelsregister: HRB 104882
Sendungsnummer Ihrer Bestellung 302-4471193: 00340434161234567890""")

x("phone_id", "fr", True, """Service client : numéro vert 0 800 124 480 (appel gratuit)
SIRET : 732 829 320 00074 — TVA FR 40 732829320
Votre commande n° 100482-77 a été expédiée, numéro de suivi 6A18823440017.""")

x("phone_id", "es", True, """Atención al cliente: 900 124 480 (gratuito). CIF B-86211874.
Su pedido nº 2025-0614-77 saldrá mañana. Número de seguimiento: PK4471820ES.""")

x("phone_id", "nl", True, """Klantenservice: 0800-0228 (gratis). KvK 30218847, btw NL001234567B01.
Uw ordernummer 123456782 is verzonden; track & trace 3SABC1234567890.""")

x("phone_id", "pl", True, """Infolinia: 801 400 100 (opłata jak za połączenie lokalne). NIP 526-104-08-28, REGON 012100784.
Numer zamówienia: 2025/06/44821. Numer przesyłki: 00259007738812345678.""")

x("phone_id", "ja", True, """お問い合わせ先：フリーダイヤル 0120-448-213（平日9時〜18時）
ご注文番号：250614-0042871
お問い合わせ伝票番号：4471-2290-1183
法人番号：3010401044821""")

x("phone_id", "zh", True, """客服热线：400-820-4482（9:00-21:00）
快递单号：SF1402381749203、YT7430021188453
统一社会信用代码：91440300MA5F4482XL""")

x("phone_id", "ko", True, """고객센터 1588-4482 (평일 09~18시)
운송장번호: 6071-2384-9921
사업자등록번호: 214-86-44821""")

x("phone_id", "ar", True, """للاستفسار: الرقم الموحد ٩٢٠٠٠٤٤٨٢ أو خدمة العملاء ٨٠٠١٢٤٤٨٠٠ (مجاني)
رقم الطلب: ٤٤٨٢١٣٧٧١٠
السجل التجاري: ١٠١٠٤٤٨٢١٣""")

x("phone_id", "ru", True, """Горячая линия: 8-800-100-44-82 (звонок бесплатный)
ИНН организации 7704482130, КПП 770401001, ОГРН 1027700044821
Номер заказа: 44821-0614, трек-номер RA644821305RU""")

x("phone_id", "tr", True, """Çağrı Merkezi: 444 4 482. Vergi No: 4820011873, Mersis No: 0482001187300015.
Sipariş No: 7700418823 — Kargo takip no: 1Z4F82W80395128841""")

x("phone_id", "hi", True, """ग्राहक सेवा टोल-फ्री: 1800-180-4482
GSTIN: 27AABCU9603R1ZM
ऑर्डर संख्या: 402-7741182-4471""")

x("phone_id", "sv", True, """Nordljud AB, org.nr 556677-8899. Bankgiro 5050-1055, OCR-nummer 4482130077.
Kundtjänst: 0771-44 82 13. Ordernummer 1002448.""")

x("phone_id", "fi", True, """Laskuttaja: Kiinteistö Oy Näsinkallio, Y-tunnus 2448213-7
Viitenumero: 10492 00031   RF-viite: RF71 1049 2000 31
Asiakaspalvelu 0800 04482 (maksuton)""")

x("phone_id", "nb", True, """Faktura fra Haugen Bygg AS, org.nr. 987 654 321 MVA
KID-nummer: 0044821365
Kontonummer: 1503.44.82136
Sentralbord: 22 44 82 00""")

x("phone_id", "da", True, """Holm & Søn Tømrerfirma ApS – CVR-nr. 31874402 – EAN-nr. 5798000448213
Hovednummer: 70 20 44 82. Ordrenummer: 2025-0448.""")

x("phone_id", "el", True, """Εξυπηρέτηση πελατών: 801 11 44821 (αστική χρέωση). ΑΦΜ εταιρείας: 801448213, ΓΕΜΗ 122448201000.
Αριθμός παραγγελίας: 44821-25.""")

x("phone_id", "he", True, """מוקד שירות: *2700 או 1-800-44-82-13. ח.פ. 514482130.
מספר הזמנה: 4482130077.""")

x("phone_id", "vi", True, """Tổng đài hỗ trợ: 1900 4482 (1.000đ/phút). Mã số thuế doanh nghiệp: 0314482130.
Mã vận đơn: GHN4482130077.""")

x("phone_id", "id", True, """Call center 1500-448. NPWP perusahaan: 01.448.213.0-077.000.
Nomor resi: JNE4482130077.""")


if __name__ == "__main__":
    emit("tuning20r", cases)
