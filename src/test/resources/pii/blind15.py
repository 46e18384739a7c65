"""Blind corpus 15: hand-labelled multilingual documents, written without looking at the detector.

Run:  python3 blind15.py > corpus-blind15.jsonl
"""
import random

from labels import A, C, D, E, I, ID, IP, K, MAC, N, P, S, U, emit, m, luhn

R = random.Random(151515)
DIG = "0123456789"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"


def digits(n, first="123456789"):
    return R.choice(first) + "".join(R.choice(DIG) for _ in range(n - 1))


def rnd(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for g in sizes:
        out.append(s[i:i + g])
        i += g
    return sep.join(out)


# ---- payment cards (Luhn) -------------------------------------------------------------------

def card(prefix, length=16, sep=" "):
    body = prefix + "".join(R.choice(DIG) for _ in range(length - len(prefix) - 1))
    for c in DIG:
        if luhn(body + c):
            num = body + c
            break
    if length == 15:
        return group(num, (4, 6, 5), sep)
    if length == 14:
        return group(num, (4, 6, 4), sep)
    return group(num, (4, 4, 4, 4), sep)


# ---- IBAN (ISO 13616 mod 97) ----------------------------------------------------------------

def iban(cc, bban, spaced=True):
    n = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    raw = "%s%02d%s" % (cc, 98 - n % 97, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def iban_de(spaced=True):
    return iban("DE", digits(8) + digits(10, DIG), spaced)


def iban_fr(spaced=True):
    bank, branch, acct = digits(5), digits(5), digits(11, DIG)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
    return iban("FR", bank + branch + acct + "%02d" % key, spaced)


def iban_es(spaced=True):
    bank, branch, acct = digits(4), digits(4), digits(10, DIG)
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        v = 11 - sum(int(x) * y for x, y in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return iban("ES", bank + branch + str(dc("00" + bank + branch)) + str(dc(acct)) + acct, spaced)


def iban_it(spaced=True):
    return iban("IT", R.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + digits(10) + digits(12, DIG), spaced)


def iban_nl(bank="RABO", spaced=True):
    while True:
        acct = digits(10)
        if sum(int(x) * (10 - i) for i, x in enumerate(acct)) % 11 == 0:
            return iban("NL", bank + acct, spaced)


def iban_gb(bank="NWBK", spaced=True):
    return iban("GB", bank + digits(6) + digits(8), spaced)


def iban_ie(bank="AIBK", spaced=True):
    return iban("IE", bank + digits(6, "9") + digits(8), spaced)


def iban_be(spaced=True):
    base = digits(10)
    key = int(base) % 97 or 97
    return iban("BE", base + "%02d" % key, spaced)


def iban_simple(cc, length, spaced=True, prefix=""):
    return iban(cc, prefix + digits(length - len(prefix)), spaced)


def iban_ro(spaced=True):
    return iban("RO", R.choice(["BTRL", "RNCB", "BRDE", "INGB"]) + rnd(16, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), spaced)


# ---- national identifiers -------------------------------------------------------------------

def pesel(y, mo, d, female):
    mm = mo + (20 if y >= 2000 else 0)
    while True:
        serial = digits(3, DIG) + R.choice("02468" if female else "13579")
        s = "%02d%02d%02d%s" % (y % 100, mm, d, serial)
        c = (10 - sum(int(x) * w for x, w in zip(s, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10
        return s + str(c)


def bsn():
    while True:
        s = digits(8)
        r = sum(int(x) * w for x, w in zip(s, range(9, 1, -1))) % 11
        if r < 10:
            return s + str(r)


def dni():
    n = digits(8, "0123456789")
    return n + "TRWAGMYFPDXBNJZSQVHLCKE"[int(n) % 23]


def nie():
    p = R.choice("XYZ")
    n = digits(7, DIG)
    return p + n + "TRWAGMYFPDXBNJZSQVHLCKE"[int("XYZ".index(p).__str__() + n) % 23]


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23]))


def codice_fiscale(first15):
    t = 0
    for i, ch in enumerate(first15):
        t += _CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return first15 + chr(65 + t % 26)


def nir(sex, yy, mm, dept, commune, spaced=True):
    order = digits(3)
    base = "%d%02d%02d%s%s%s" % (sex, yy, mm, dept, commune, order)
    key = 97 - int(base) % 97
    if spaced:
        return "%d %02d %02d %s %s %s %02d" % (sex, yy, mm, dept, commune, order, key)
    return base + "%02d" % key


def cpf(formatted=True):
    d = [int(x) for x in digits(9, DIG)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        d.append(0 if s % 11 < 2 else 11 - s % 11)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if formatted else s


def personnummer(y, mo, d, female, sep="-", long=False):
    while True:
        serial = digits(2, DIG) + R.choice("02468" if female else "13579")
        s = "%02d%02d%02d%s" % (y % 100, mo, d, serial)
        tot = 0
        for i, ch in enumerate(s):
            x = int(ch) * (2 if i % 2 == 0 else 1)
            tot += x - 9 if x > 9 else x
        c = (10 - tot % 10) % 10
        head = ("%04d" % y if long else "%02d" % (y % 100)) + s[2:6]
        return head + sep + s[6:] + str(c)


def fodselsnummer(y, mo, d, female):
    while True:
        if y < 2000:
            ind = R.randint(0, 499)
        else:
            ind = R.randint(500, 999)
        if (ind % 2 == 0) != female:
            continue
        s = [int(x) for x in "%02d%02d%02d%03d" % (d, mo, y % 100, ind)]
        k1 = 11 - sum(x * w for x, w in zip(s, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        s.append(k1)
        k2 = 11 - sum(x * w for x, w in zip(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        s.append(k2)
        return "".join(map(str, s))


def cpr(y, mo, d, female):
    while True:
        serial = digits(3, DIG) + R.choice("02468" if female else "13579")
        s = "%02d%02d%02d%s" % (d, mo, y % 100, serial)
        if sum(int(x) * w for x, w in zip(s, [4, 3, 2, 7, 6, 5, 4, 3, 2, 1])) % 11 == 0:
            return s[:6] + "-" + s[6:]


def hetu(y, mo, d, female):
    while True:
        z = R.randint(2, 899)
        if (z % 2 == 0) != female:
            continue
        s = "%02d%02d%02d%03d" % (d, mo, y % 100, z)
        return s[:6] + ("A" if y >= 2000 else "-") + s[6:] + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(s) % 31]


def tckn():
    d = [int(x) for x in digits(9)]
    d.append(((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10)
    d.append(sum(d) % 10)
    return "".join(map(str, d))


def steuer_id(spaced=False):
    while True:
        ds = list("0123456789")
        R.shuffle(ds)
        ten = ds[:9]
        ten.insert(R.randint(1, 9), R.choice(ten))
        if ten[0] == "0":
            continue
        product = 10
        for ch in ten:
            sm = (int(ch) + product) % 10 or 10
            product = (sm * 2) % 11
        c = 11 - product
        s = "".join(ten) + str(0 if c == 10 else c)
        return "%s %s %s %s" % (s[:2], s[2:5], s[5:8], s[8:]) if spaced else s


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar():
    s = digits(11, "23456789")
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    s += str(_VINV[c])
    return "%s %s %s" % (s[:4], s[4:8], s[8:])


def rodne_cislo(y, mo, d, female):
    mm = mo + (50 if female else 0)
    while True:
        s = "%02d%02d%02d%s" % (y % 100, mm, d, digits(3, DIG))
        c = int(s) % 11
        if c < 10:
            return s[:6] + "/" + s[6:] + str(c)


def cnp(y, mo, d, female, county="40"):
    sex = (2 if female else 1) if y < 2000 else (6 if female else 5)
    s = "%d%02d%02d%02d%s%s" % (sex, y % 100, mo, d, county, digits(3, DIG))
    c = sum(int(x) * int(w) for x, w in zip(s, "279146358279")) % 11
    return s + str(1 if c == 10 else c)


def nif_pt(first="2"):
    s = first + digits(7, DIG)
    c = 11 - sum(int(x) * w for x, w in zip(s, range(9, 1, -1))) % 11
    return s + str(0 if c >= 10 else c)


def taj():
    s = digits(8)
    c = sum(int(x) * (3 if i % 2 == 0 else 7) for i, x in enumerate(s)) % 10
    return "%s %s %s" % (s[:3], s[3:6], s[6:] + str(c))


def amka(y, mo, d):
    while True:
        s = "%02d%02d%02d%s" % (d, mo, y % 100, digits(4, DIG))
        for c in DIG:
            if luhn(s + c):
                return s + c


def sa_id(y, mo, d, female):
    g = R.randint(0, 4999) if female else R.randint(5000, 9999)
    s = "%02d%02d%02d%04d08" % (y % 100, mo, d, g)
    for c in DIG:
        if luhn(s + c):
            return s + c


def belgian_nn(y, mo, d, female):
    while True:
        seq = R.randint(1, 997)
        if (seq % 2 == 0) != female:
            continue
        base = "%02d%02d%02d%03d" % (y % 100, mo, d, seq)
        key = 97 - int(("2" if y >= 2000 else "") + base) % 97
        return "%s.%s.%s-%s.%02d" % (base[:2], base[2:4], base[4:6], base[6:], key)


def ppsn():
    s = digits(7, DIG)
    r = sum(int(x) * w for x, w in zip(s, range(8, 1, -1))) % 23
    return s + "WABCDEFGHIJKLMNOPQRSTUV"[r]


def ni_number():
    first = R.choice("ABCEGHJKLMNPRSTWXYZ")
    second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    while first + second in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
        second = R.choice("ABCEGHJKLMNPRSTWXYZ")
    n = digits(6, DIG)
    return "%s%s %s %s %s %s" % (first, second, n[:2], n[2:4], n[4:], R.choice("ABCD"))


def nhs():
    while True:
        s = digits(9, "3456789")
        c = 11 - sum(int(x) * w for x, w in zip(s, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c < 10:
            s += str(c)
            return "%s %s %s" % (s[:3], s[3:6], s[6:])


def mbi():
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + DIG
    s = R.choice("123456789") + R.choice(al) + R.choice(an) + R.choice(DIG) + R.choice(al) + R.choice(an) + \
        R.choice(DIG) + R.choice(al) + R.choice(al) + R.choice(DIG) + R.choice(DIG)
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:])


def _qs(x):
    return sum(int(c) for c in str(x))


def rvnr(area, d, mo, y, letter):
    serial = digits(2, "01234")
    body = "%s%02d%02d%02d%02d%s" % (area, d, mo, y % 100, ord(letter) - 64, serial)
    c = sum(_qs(int(x) * w) for x, w in zip(body, [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1])) % 10
    return "%s %02d%02d%02d %s %s%d" % (area, d, mo, y % 100, letter, serial, c)


def kvnr():
    letter = R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    body = digits(8, DIG)
    s = "%02d%s" % (ord(letter) - 64, body)
    c = sum(_qs(int(x) * (1 if i % 2 == 0 else 2)) for i, x in enumerate(s)) % 10
    return letter + body + str(c)


def curp(first17):
    al = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ"
    t = sum(al.index(ch) * (18 - i) for i, ch in enumerate(first17))
    return first17 + str((10 - t % 10) % 10)


def nss_es(prov):
    n = digits(8)
    return "%s/%s/%02d" % (prov, n, int(prov + n) % 97)


def rg_sp():
    d = digits(8)
    c = sum(int(x) * w for x, w in zip(d, range(2, 10))) % 11
    return "%s.%s.%s-%s" % (d[:2], d[2:5], d[5:], "X" if c == 10 else str(c))


def iban_pt(spaced=True):
    base = digits(4, DIG) + digits(4, DIG) + digits(11, DIG)
    return iban("PT", base + "%02d" % (98 - int(base) * 100 % 97), spaced)


def cns():
    while True:
        s = "7" + digits(14, DIG)
        if sum(int(x) * w for x, w in zip(s, range(15, 0, -1))) % 11 == 0:
            return "%s %s %s %s" % (s[:3], s[3:7], s[7:11], s[11:])


def niss():
    s = R.choice("12") + digits(9, DIG)
    return s + str(9 - sum(int(x) * w for x, w in zip(s, [29, 23, 19, 17, 13, 11, 7, 5, 3, 2])) % 10)


def dowod():
    ser = rnd(3, "ABCDEFGHIJKLMNPRSTUVWXYZ")
    num = digits(5, DIG)
    vals = [ord(c) - 55 for c in ser] + [int(x) for x in num]
    c = sum(v * w for v, w in zip(vals, [7, 3, 1, 7, 3, 1, 7, 3])) % 10
    return "%s %d%s" % (ser, c, num)


def adoazonosito(y, mo, d):
    from datetime import date
    days = (date(y, mo, d) - date(1867, 1, 1)).days
    while True:
        s = "8%05d%s" % (days, digits(3, DIG))
        c = sum(int(x) * (i + 1) for i, x in enumerate(s)) % 11
        if c < 10:
            return s + str(c)


def afm():
    while True:
        s = digits(8, DIG)
        c = sum(int(x) * 2 ** (8 - i) for i, x in enumerate(s)) % 11 % 10
        return s + str(c)


def ssn(sep="-"):
    area = R.choice([a for a in range(1, 900) if a != 666])
    return "%03d%s%02d%s%04d" % (area, sep, R.randint(1, 99), sep, R.randint(1, 9999))


def passport(prefix="", n=9, alphabet=DIG):
    return prefix + "".join(R.choice(alphabet) for _ in range(n - len(prefix)))


# ---- secrets, network identifiers -----------------------------------------------------------

def mac(sep=":", upper=False):
    s = sep.join(rnd(2, HEX) for _ in range(6))
    return s.upper() if upper else s


def ipv4_public():
    first = R.choice([31, 37, 46, 62, 77, 78, 81, 82, 85, 88, 91, 94, 95, 109, 141, 151, 176, 178, 185, 188, 193, 195,
                      203, 212, 213, 217])
    return "%d.%d.%d.%d" % (first, R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def ipv6():
    return "2a02:%s:%s:%s::%s" % (rnd(4, HEX), rnd(4, HEX), rnd(3, HEX), rnd(4, HEX))


def hexs(n):
    return rnd(n, HEX)


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


cases = []


def pos(kind, lang, text):
    cases.append((kind, lang, False, text))


def neg(kind, lang, text):
    cases.append((kind, lang, True, text))


# =============================================================================================
# English: tickets, issues, logs
# =============================================================================================

pos("ticket", "en", f"""Ticket #48213 — Card declined twice at checkout, customer charged once?
Status: Open    Priority: P2    Assignee: {m(N, 'Rukmini Venkataraman')}
Reporter: {m(N, 'Desmond Achterberg')} <{m(E, 'd.achterberg@fastmail.com')}>

Customer message:
> Hi, I tried to pay for order 7781-AX with my Visa ending 4417 and it failed twice, but my bank shows
> a pending charge. Full number is {m(C, card('4'))}, exp 09/27, if that helps. Please call me on
> {m(P, '(614) 555-0187')} — I'm home after 5pm. Billing address is {m(A, '2206 Larkspur Hollow Rd, Apt 14C')}, Columbus OH 43215.

Internal note ({m(N, 'rukmini.v')}): masked the PAN in Stripe, asked the customer NOT to send card
numbers by e-mail. Refund of the duplicate auth raised as RF-20931. Escalating to payments team, cc @{m(N, 'tobias')}.
""")

pos("issue", "en", f"""### Bug: login loop after SSO redirect (v4.12.1)

**Reported by:** @{m(N, 'halvorsen-kristine')}  
**Environment:** Chrome 124, macOS 14.4, tenant `acme-eu`

Steps to reproduce:
1. Open https://app.example.io/login
2. Choose "Sign in with Okta"
3. After the redirect you land back on /login

Relevant auth log (trimmed):
```
2024-05-14T08:12:03Z INFO  auth.sso  user={m(E, 'kristine.halvorsen@nordlys-shipping.no')} ip={m(IP, ipv4_public())} state=REDIRECT
2024-05-14T08:12:04Z WARN  auth.sso  user={m(E, 'kristine.halvorsen@nordlys-shipping.no')} ip={m(IP, ipv4_public())} reason=nonce_mismatch
2024-05-14T08:12:04Z DEBUG auth.cfg  okta.client_secret={m(K, rnd(40))}
```

Note that the client secret was printed at DEBUG level, which is a second bug. /cc @{m(N, 'oyvind')} can you rotate it?
""")

pos("log", "en", f"""# nginx access.log excerpt, host web-03, 2024-03-02
{m(IP, ipv4_public())} - - [02/Mar/2024:10:14:22 +0000] "GET /account/settings HTTP/2.0" 200 5123 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"
{m(IP, ipv4_public())} - - [02/Mar/2024:10:14:25 +0000] "POST /api/v2/login HTTP/2.0" 401 88 "-" "okhttp/4.12.0"
{m(IP, ipv6())} - - [02/Mar/2024:10:14:31 +0000] "GET /reset?email={m(E, 'gwen.tremblay-okafor@outlook.com')} HTTP/2.0" 302 0 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
{m(IP, ipv4_public())} - - [02/Mar/2024:10:14:40 +0000] "GET /static/app.9f3c2e.js HTTP/2.0" 304 0 "https://shop.example.com/" "Mozilla/5.0 (X11; Linux x86_64)"
{m(IP, ipv4_public())} - - [02/Mar/2024:10:15:02 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
""")

pos("email", "en", f"""From: {m(N, 'Marguerite Oyelaran-Fitch')} <{m(E, 'moyelaran@harbourline-legal.com')}>
To: {m(N, 'Tomasz Wielgosz')} <{m(E, 'tomasz.wielgosz@gmail.com')}>
Subject: RE: Lease renewal – documents needed
Date: Tue, 9 Apr 2024 16:41:08 -0400

Hi {m(N, 'Tomasz')},

Thanks for getting back to me so quickly. For the renewal we still need a copy of your passport
(the number you gave on the phone, {m(ID, passport('', 9))}, doesn't match the one on file) and your
date of birth as it appears on the document — we have {m(D, 'March 3, 1986')} but please confirm.

Best regards,
{m(N, 'Marguerite')}

--
{m(N, 'Marguerite Oyelaran-Fitch')} | Paralegal
Harbourline Legal LLP · {m(A, '450 Atlantic Avenue, Suite 1200')} · Boston, MA 02210
T {m(P, '+1 617 555 0142')} | M {m(P, '+1 (857) 555-0199')}

> On Mon, Apr 8, 2024 at 9:02 AM {m(N, 'Tomasz Wielgosz')} <{m(E, 'tomasz.wielgosz@gmail.com')}> wrote:
> Hello, I'd like to renew for another 12 months. What do you need from me?
> {m(N, 'Tomasz')}

CONFIDENTIALITY NOTICE: This e-mail may contain privileged information. If you are not the intended
recipient, please delete it and notify the sender.
""")

pos("sql", "en", f"""-- dump of table customers (partial), generated 2024-02-11
INSERT INTO customers (id, first_name, last_name, email, phone, dob, ssn_last_full, street) VALUES
  (1001, '{m(N, 'Adaeze')}', '{m(N, 'Nwankwo-Harris')}', '{m(E, 'adaeze.nh@yahoo.com')}', '{m(P, '+1-404-555-0163')}', '{m(D, '1991-07-22')}', '{m(S, ssn())}', '{m(A, '88 Peachtree Cir NE')}'),
  (1002, '{m(N, 'Quang')}', '{m(N, 'Truong')}', '{m(E, 'qtruong88@gmail.com')}', '{m(P, '(713) 555-0121')}', '{m(D, '1979-12-02')}', '{m(S, ssn())}', '{m(A, '5127 Bellaire Blvd Unit 9')}'),
  (1003, '{m(N, 'Rosalind')}', '{m(N, 'MacAskill')}', '{m(E, 'roz.macaskill@icloud.com')}', '{m(P, '503.555.0110')}', '{m(D, '1966-04-30')}', '{m(S, ssn())}', '{m(A, '1930 SE Hawthorne Blvd')}'),
  (1004, '{m(N, 'Ignacio')}', '{m(N, 'Barrientos Soto')}', '{m(E, 'nacho.bsoto@protonmail.com')}', NULL, '{m(D, '2001-01-09')}', '{m(S, ssn())}', '{m(A, '412 W 47th St Apt 3R')}');
""")

pos("chat", "en", f"""#infra-oncall — exported 2024-06-03

[09:02] {m(N, 'lwazi.mthembu')}: morning. prod-db CPU pinned at 98% since 07:40
[09:03] {m(N, 'gareth')}: looking. who ran the migration?
[09:03] {m(N, 'lwazi.mthembu')}: @{m(N, 'sunniva')} kicked it off last night i think
[09:05] {m(N, 'sunniva')}: yeah sorry, used this to connect from my laptop: {m(U, 'postgresql://migrator:' + rnd(18) + '@prod-db.internal.example.net:5432/billing')}
[09:05] {m(N, 'gareth')}: please don't paste creds in here 🙃 rotating now
[09:06] {m(N, 'sunniva')}: my bad. killing the backfill job
[09:11] {m(N, 'lwazi.mthembu')}: CPU back to 30%. thanks {m(N, 'Sunniva')}, thanks {m(N, 'Gareth')}
[09:12] {m(N, 'gareth')}: creds rotated. postmortem doc later today, I'll tag {m(N, 'Femi Adewale')} as reviewer
""")

pos("hr", "en", f"""EMPLOYEE RECORD — CONFIDENTIAL

Name:              {m(N, 'Okonkwo, Chidinma Grace')}
Employee ID:       E-204417
Date of birth:     {m(D, '14/02/1988')}
SSN:               {m(S, ssn())}
Home address:      {m(A, '731 Oak Hollow Lane')}
                   Raleigh, NC 27606
Personal mobile:   {m(P, '919-555-0148')}
Personal e-mail:   {m(E, 'chidinma.okonkwo@gmail.com')}
Emergency contact: {m(N, 'Ikenna Okonkwo')} (spouse), {m(P, '919-555-0177')}

Direct deposit:    Routing 053000196 / Account ****8812
Manager:           {m(N, 'Birgitta Sandvik')}
Start date:        2019-09-16
Notes:             Relocation approved 2023-11-01. Do not share outside HR.
""")

pos("json", "en", f"""{{
  "request_id": "{uuid()}",
  "status": "ok",
  "data": {{
    "customer": {{
      "id": 55210,
      "full_name": "{m(N, 'Padraig Ó Murchú')}",
      "email": "{m(E, 'padraig.omurchu@eircom.net')}",
      "phone": "{m(P, '+353 87 555 4102')}",
      "date_of_birth": "{m(D, '1975-10-18')}",
      "address": {{
        "line1": "{m(A, '14 Glenageary Park')}",
        "city": "Dún Laoghaire",
        "county": "Dublin",
        "eircode": "A96 X2T4"
      }},
      "payment_methods": [
        {{"type": "card", "brand": "mastercard", "pan": "{m(C, card('5412', 16, ''))}", "exp": "11/26"}},
        {{"type": "sepa", "iban": "{m(I, iban_ie())}"}}
      ]
    }}
  }}
}}
""")

pos("code", "en", f"""# tests/fixtures/users.py
import datetime

SEED_USERS = [
    dict(username="{m(N, 'ananya.bhattacharjee')}", email="{m(E, 'ananya.b@proton.me')}",
         dob=datetime.date(1994, 8, 27), phone="{m(P, '+91 98300 55217')}"),
    dict(username="{m(N, 'kwame.asante')}", email="{m(E, 'kasante@mailbox.org')}",
         dob=datetime.date(1983, 1, 5), phone="{m(P, '+233 24 555 0193')}"),
]

# TODO(ops): move this out of the repo!
STRIPE_SECRET = "{m(K, 'sk_live_' + rnd(24))}"
AWS_ACCESS_KEY_ID = "{m(K, 'AKIA' + rnd(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'))}"
AWS_SECRET_ACCESS_KEY = "{m(K, rnd(40))}"
""")

pos("booking", "en", f"""BOOKING CONFIRMATION — PNR K7QX2M

Passenger 1: {m(N, 'NAKASHIMA/ERIKO')} MS
Passenger 2: {m(N, 'NAKASHIMA/HARUTO')} MR (child, DOB {m(D, '04JUN2017')})

Flight  Date     From  To   Dep    Arr    Class
UA 837  14AUG24  SFO   NRT  11:25  15:05+1  W
UA 838  02SEP24  NRT   SFO  17:10  10:20    W

Passport on file: {m(ID, 'TZ' + digits(7, DIG))} (JPN), exp 2031-03-19
Contact: {m(E, 'eriko.nakashima@me.com')}, {m(P, '+1 415 555 0136')}
Frequent flyer: UA-MP 008 331 2217

Paid by VISA XXXX-XXXX-XXXX-1181. Fare rules: non-refundable, changes permitted with fee.
""")

pos("medical", "en-GB", f"""Gloucester Road Surgery
Referral to: Cardiology Outpatients, Royal United Hospital

Dear Dr {m(N, 'Ramaswamy')},

Re: Mrs {m(N, 'Philippa Achebe-Lowther')}, DOB {m(D, '11.09.1958')}, NHS No. {m(ID, nhs())}
Address: {m(A, 'Flat 2, 17 Lansdown Crescent')}, Bath BA1 5EX
Tel: {m(P, '01225 555012')}

I would be grateful if you could see this 65-year-old lady with a 3-month history of exertional
breathlessness and intermittent palpitations. ECG shows AF with a ventricular rate of 110. She is
anticoagulated with apixaban 5 mg BD. Echo has been requested.

Her daughter, {m(N, 'Imogen Lowther')} ({m(P, '07700 900461')}), usually accompanies her to appointments.

Yours sincerely,

Dr {m(N, 'Saoirse Kavanagh')}
GP Partner
""")

pos("csv", "en", f"""order_id,customer_name,email,phone,shipping_street,city,postcode,country
SO-100233,{m(N, 'Harpreet Kaur Sandhu')},{m(E, 'harpreet.sandhu@btinternet.com')},{m(P, '+44 7700 900 318')},{m(A, '39 Soho Road')},Birmingham,B21 9SN,GB
SO-100234,{m(N, 'Lucas Ferreira-Lindgren')},{m(E, 'lucasfl@hotmail.se')},{m(P, '+46 70 555 12 84')},{m(A, 'Götgatan 78, lgh 1203')},Stockholm,118 30,SE
SO-100235,{m(N, 'Marie-Claude Dufresne')},{m(E, 'mcdufresne@videotron.ca')},{m(P, '+1 514 555 0177')},{m(A, '4520 rue Saint-Denis')},Montréal,H2J 2L3,CA
SO-100236,{m(N, 'Oyelaran Babajide')},{m(E, 'bj.oyelaran@yahoo.co.uk')},{m(P, '+234 803 555 7120')},{m(A, '12 Adeola Odeku Street')},Lagos,101241,NG
SO-100237,{m(N, 'Zhou Mingxuan')},{m(E, 'mingxuan.zhou@qq.com')},{m(P, '+86 138 5550 2716')},{m(A, '88 Huaihai Middle Road, Room 1702')},Shanghai,200031,CN
""")

pos("ticket", "en-GB", f"""Zendesk #771204  |  Channel: Web form  |  Group: Account Security

Subject: Someone changed my email address??

Hi there, I got a notification that my account email was changed to something I don't recognise.
My name is {m(N, 'Callum Fairweather')}, my account number is 10082231 and my date of birth is
{m(D, '23rd of May 1990')}. The original email was {m(E, 'callum.fairweather@live.co.uk')}. I can be
reached on {m(P, '07911 123456')} any time. Please lock the account.

--- Agent note ({m(N, 'Priya')}, Tier 2) ---
Checked audit trail: change made from {m(IP, ipv4_public())} (Lagos, NG) at 02:14 BST, device
fingerprint new. Reverted email, forced logout of all sessions, MFA reset sent to customer's
verified mobile. Linked to incident INC-5520 (credential stuffing wave).
""")

pos("form", "en-GB", f"""HMRC — Starter Checklist (extract)

Section 1: Employee's personal details
  Last name:            {m(N, 'Ferguson-Obi')}
  First names:          {m(N, 'Rhiannon Adaku')}
  Date of birth:        {m(D, '06 / 11 / 1997')}
  Home address:         {m(A, '27 Heol Y Nant')}
                        Cardiff
                        CF14 6QE
  National Insurance:   {m(ID, ni_number())}
  Employment start:     02 / 04 / 2024

Section 2: Employee statement — B (this is now my only job)
Section 3: Student loan — Plan 2, not finished repaying

Signed: {m(N, 'R. A. Ferguson-Obi')}        Date: 28/03/2024
""")

pos("email", "en-IE", f"""Subject: Your PPS number and Revenue registration
From: Payroll Team <{m(E, 'payroll@bradanfeasa-foods.ie')}>
To: {m(E, 'niamh.nicgiollaphadraig@gmail.com')}

Dia dhuit {m(N, 'Niamh')},

Welcome aboard! Before your first payslip on 25 April we need to register your employment with
Revenue. We have the following on file — please check it carefully:

  Name:        {m(N, 'Niamh Nic Giolla Phádraig')}
  PPSN:        {m(ID, ppsn())}
  Address:     {m(A, 'Apartment 6, The Maltings, Bridge Street')}, Kilkenny R95 H6P2
  IBAN:        {m(I, iban_ie('BOFI'))}

If anything is wrong, reply to this mail or ring {m(N, 'Dervla')} on {m(P, '056 775 2219')} (ext. 4).

Go raibh maith agat,
{m(N, 'Dervla Ní Chonchúir')}
Payroll & Benefits | Bradán Feasa Foods Ltd
""")

pos("kyc", "en-NG", f"""CUSTOMER ONBOARDING — KYC TIER 3 (Individual)

Full name:           {m(N, 'Oluwatosin Abimbola Adeyemi-Bakare')}
Date of birth:       {m(D, '17-08-1992')}
NIN:                 {m(ID, digits(11))}
BVN:                 {m(ID, digits(11, '2'))}
Residential address: {m(A, 'Plot 27, Admiralty Way, Lekki Phase 1')}, Lagos State
Phone:               {m(P, '0803 555 2914')}
Alt. phone:          {m(P, '+234 909 555 3307')}
Email:               {m(E, 'tosin.adeyemibakare@gmail.com')}
Next of kin:         Mr {m(N, 'Ayodele Bakare')} (husband)
Occupation:          Pharmacist
Source of funds:     Salary / business income

Verified by: {m(N, 'Chukwuemeka Obi')} (Compliance Officer)    Date: 03/04/2024
Remarks: Utility bill (EKEDC) and international passport {m(ID, 'A' + digits(8, DIG))} sighted.
""")

pos("wiki", "en-IN", f"""== Team: Payments Reconciliation (Bengaluru) ==

'''Lead:''' {m(N, 'Venkatesh Iyengar')} — {m(E, 'venkatesh.iyengar@finledger.in')}, {m(P, '+91 80 4555 7120')}
'''Members:'''
* {m(N, 'Lakshmi Subramaniam')} (settlement files, NPCI) — {m(E, 'lakshmi.s@finledger.in')}
* {m(N, 'Rohit Chaturvedi')} (chargebacks) — on leave till 15 July
* {m(N, 'Mohammed Irfan Qureshi')} (SRE liaison) — ping on Teams as @{m(N, 'irfan.q')}

=== Test data ===
For UAT use only the masked Aadhaar ''XXXX XXXX 1234''. Do '''not''' copy real customer Aadhaar
numbers here. (Removed on 2024-02-02: an entry containing {m(ID, aadhaar())} and PAN
{m(ID, 'AKRPQ' + digits(4, DIG) + 'L')} — incident ref SEC-311.)

Office: {m(A, '4th Floor, Prestige Tech Park, Outer Ring Road')}, Marathahalli, Bengaluru 560103
""")

pos("legal", "en-ZA", f"""IN THE MAGISTRATE'S COURT FOR THE DISTRICT OF JOHANNESBURG
HELD AT JOHANNESBURG                                   Case No: 4417/2024

In the matter between:

{m(N, 'THANDEKA NOMVULA MOKOENA')}                                   Applicant
(Identity Number {m(ID, sa_id(1985, 3, 14, True))})
residing at {m(A, '18 Jan Smuts Avenue, Parktown North')}

and

{m(N, 'PIETER JOHANNES VAN RENSBURG')}                              Respondent
(Identity Number {m(ID, sa_id(1979, 11, 2, False))})

NOTICE OF MOTION

TAKE NOTICE that the Applicant intends to apply for an order for the return of the deposit paid in
terms of the lease agreement dated 1 February 2022. Correspondence may be addressed to the
Applicant's attorney, Ms {m(N, 'L. Khumalo')}, at {m(E, 'lkhumalo@khumalo-attorneys.co.za')} or {m(P, '011 555 0934')}.
""")

pos("chat", "en", f"""WhatsApp Chat with Flat 4B 🏠
12/01/2024, 19:03 - {m(N, 'Mireille')}: who moved the bins again 😂
12/01/2024, 19:05 - {m(N, 'Jonah Abernethy')}: me, council collects tomorrow
12/01/2024, 19:06 - {m(N, 'Mireille')}: ok also landlord wants everyone's bank details for the deposit scheme
12/01/2024, 19:08 - {m(N, 'Jonah Abernethy')}: mine is {m(I, iban_gb('MIDL'))}
12/01/2024, 19:09 - {m(N, 'Dara')}: pretty sure we shouldn't put these in the group chat lol
12/01/2024, 19:09 - {m(N, 'Dara')}: just email Mr {m(N, 'Kessler')} directly: {m(E, 'h.kessler.lettings@gmail.com')}
12/01/2024, 19:12 - {m(N, 'Mireille')}: fair. his number is {m(P, '07700 900 852')} btw if anyone needs it
12/01/2024, 19:15 - {m(N, 'Jonah Abernethy')}: deleted for everyone? can't, too late 🙃
""")

pos("invoice", "en", f"""<html><body>
<h1>Invoice INV-2024-00318</h1>
<table class="bill-to">
  <tr><th>Bill to</th></tr>
  <tr><td>{m(N, 'Fiorella Cacciapuoti')}</td></tr>
  <tr><td>{m(A, '2901 Sawtelle Blvd #305')}</td></tr>
  <tr><td>Los Angeles, CA 90064</td></tr>
  <tr><td><a href="mailto:{m(E, 'fiorella.cacciapuoti@gmail.com')}">{m(E, 'fiorella.cacciapuoti@gmail.com')}</a></td></tr>
</table>
<table class="lines">
  <tr><th>Item</th><th>Qty</th><th>Unit</th><th>Total</th></tr>
  <tr><td>Portrait session (2h)</td><td>1</td><td>$320.00</td><td>$320.00</td></tr>
  <tr><td>Retouched prints 8x10</td><td>6</td><td>$18.00</td><td>$108.00</td></tr>
</table>
<p>Paid with American Express {m(C, card('37', 15))} on 2024-03-11.</p>
<p>Questions? Call {m(N, 'Beatriz Oyarzún')} at {m(P, '(310) 555-0148')}.</p>
</body></html>
""")

pos("yaml", "en", f"""# config/production.yaml — DO NOT COMMIT (it was committed anyway, see SEC-902)
service:
  name: ledger-sync
  owner: {m(N, 'Hamza Chaudhry')}   # {m(E, 'hamza.chaudhry@ledgerco.io')}
database:
  url: {m(U, 'postgres://ledger_rw:' + rnd(20) + '@ledger-prod.cluster-abc123.eu-west-1.rds.amazonaws.com:5432/ledger')}
  pool_size: 20
redis:
  url: {m(U, 'redis://default:' + rnd(24) + '@cache-prod.internal:6379/0')}
slack:
  bot_token: {m(K, 'xoxb-' + digits(12) + '-' + digits(13) + '-' + rnd(24))}
feature_flags:
  new_fx_rates: true
""")

pos("minutes", "en", f"""Minutes — Neighbourhood Garden Association, AGM
Date: 18 March 2024, 19:00, Community Hall

Present: {m(N, 'Euphemia Drummond')} (chair), {m(N, 'Kofi Boateng')}, {m(N, 'Yusuf Demirci')}, {m(N, 'Agnieszka Wróblewska')},
{m(N, 'Ravi Menon')}, {m(N, 'Hollis Whitcombe')}, {m(N, 'Sinéad Mulcahy')}
Apologies: {m(N, 'Bronwen Pryce')}, {m(N, 'Tadhg Ó Riain')}

1. Treasurer's report ({m(N, 'Kofi')}): balance £2,311.40; plot fees up 4%.
2. Water butts: {m(N, 'Yusuf')} to get three quotes before May.
3. New plot holders: waiting list now 14. {m(N, 'Agnieszka')} will contact the top five.
4. AOB: the shed key is kept by Mr {m(N, 'Whitcombe')} at {m(A, '9 Orchard Close')} — ring {m(P, '01632 960 417')} before 8pm.

Next meeting: 17 June 2024. Minutes taken by {m(N, 'S. Mulcahy')}.
""")

pos("env", "en", f"""# .env.production  (copied into ticket OPS-7712 by mistake — rotate everything below)
NODE_ENV=production
PORT=8080
DATABASE_URL={m(U, 'mysql://shop_admin:' + rnd(16) + '@10.0.4.21:3306/shop')}
JWT_SECRET={m(K, rnd(48))}
SENDGRID_API_KEY={m(K, 'SG.' + rnd(22) + '.' + rnd(43))}
GITHUB_TOKEN={m(K, 'ghp_' + rnd(36))}
ADMIN_EMAIL={m(E, 'oksana.hrytsenko@shopwave.io')}
LOG_LEVEL=info
""")

pos("insurance", "en", f"""AUTO CLAIM — FIRST NOTICE OF LOSS
Claim no.: AC-88-301775         Policy: PA-4471209

Insured:            {m(N, 'Theodora Papadakis-Grant')}
DOB:                {m(D, '02/19/1971')}
Driver's licence:   {m(ID, 'P' + digits(3, DIG) + '-' + digits(4, DIG) + '-' + digits(4, DIG))} (IL)
Address:            {m(A, '1140 N Lake Shore Dr, Unit 22B')}, Chicago, IL 60611
Phone:              {m(P, '312-555-0184')}

Other party:        {m(N, 'Demetrius Holloway')}, insured with Acme Mutual, tel {m(P, '(773) 555-0106')}
Date of loss:       03/02/2024, approx. 17:45
Location:           intersection of W Division St and N Clark St
Description:        Insured vehicle stationary at red light, struck from behind. Rear bumper and
                    tailgate damaged. No injuries reported. Police report #24-031177.
Adjuster:           {m(N, 'Marisol Quintanilla')}
""")

pos("bank", "en-GB", f"""Monzo-style statement export  •  Account holder: {m(N, 'Ewan MacGillivray')}
Sort code 04-00-04  •  Account 3310 2291  •  IBAN {m(I, iban_gb('MONZ'))}
Address: {m(A, '3/2, 144 Byres Road')}, Glasgow G12 8TD

Date        Description                               Amount     Balance
01/02/2024  Opening balance                                       1,204.33
02/02/2024  TESCO STORES 2291                           -23.41    1,180.92
03/02/2024  Faster Payment from {m(N, 'AILSA MACGILLIVRAY')}        +150.00    1,330.92
05/02/2024  Standing order — Rent to {m(N, 'D FORSYTH')}           -695.00      635.92
07/02/2024  SCOTRAIL                                    -12.60      623.32
09/02/2024  Transfer to {m(N, 'Kirsteen Lamont')} ref "pizza"           -18.50      604.82
""")

pos("payroll", "en", f"""PAY STATEMENT — Period ending 03/15/2024
Employee: {m(N, 'Anh Thu Vo')}           Employee #: 30417
SSN: XXX-XX-{ssn()[-4:]}    (full SSN on file: {m(S, ssn())})
Address: {m(A, '6812 Bissonnet St Apt 214')}, Houston TX 77074

Earnings            Hours    Rate      Current     YTD
Regular             80.00    27.50     2,200.00    11,000.00
Overtime             6.00    41.25       247.50       619.00

Deductions                              Current     YTD
Federal income tax                        231.18    1,142.90
Social Security                           151.75      720.37
Medicare                                   35.49      168.47
401(k) 5%                                 122.38      580.95

Net pay: 1,906.70    Direct deposit to checking ****0447
""")

pos("tenancy", "en-GB", f"""ASSURED SHORTHOLD TENANCY AGREEMENT

This agreement is made on 1 September 2023 between:

THE LANDLORD: {m(N, 'Gwendolyn Ashworth-Pryce')} of {m(A, '62 Abbotsford Road')}, Bristol BS6 6HB
(e-mail {m(E, 'g.ashworthpryce@btopenworld.com')}, telephone {m(P, '0117 496 0328')})

THE TENANTS: {m(N, 'Oluwadamilare Fasanya')} (born {m(D, '12 April 1999')}) and
             {m(N, 'Małgorzata Zielińska')} (born {m(D, '30 January 2000')})

THE PROPERTY: {m(A, 'Flat 3, 41 Cotham Brow')}, Bristol BS6 6AS

TERM: 12 months from 1 September 2023. RENT: £1,450 per calendar month, payable in advance on the
1st of each month. DEPOSIT: £1,673, protected with the Deposit Protection Service within 30 days.

Signed by the Landlord ............................  Signed by the Tenants ...........................
""")

pos("form", "en", f"""Maplewood Elementary — Student Enrollment Form 2024/25

Student legal name:     {m(N, 'Santiago Alejandro Villacorta')}
Preferred name:         {m(N, 'Santi')}
Date of birth:          {m(D, '08/30/2017')}
Grade entering:         2
Home address:           {m(A, '1507 Juniper Ct')}
                        Aurora, CO 80011

Parent/Guardian 1:      {m(N, 'Valeria Villacorta')}     cell {m(P, '720-555-0163')}   {m(E, 'vale.villacorta@gmail.com')}
Parent/Guardian 2:      {m(N, 'Andrés Villacorta Ruiz')}  cell {m(P, '720-555-0129')}   work {m(P, '303-555-0100')}
Emergency contact:      {m(N, 'Graciela Ruiz')} (grandmother) {m(P, '(720) 555-0191')}

Allergies: tree nuts (EpiPen in backpack). Bus: Route 14.
""")

pos("police", "en", f"""INCIDENT REPORT #2024-004781 — Springfield PD
Date/Time reported: 04/22/2024 22:17        Officer: Ptl. {m(N, 'R. Castellanos')} #4471

Reporting party: {m(N, 'Imani Whitfield-Baptiste')}, DOB {m(D, '05/07/1983')}
Address: {m(A, '318 Elmhurst Ave, 2nd Fl')}, Springfield
Phone: {m(P, '413-555-0172')}

Narrative: RP stated that at approx. 21:40 an unknown male attempted to open the rear door of her
vehicle parked in front of the residence. Neighbor {m(N, 'Augustin Delacroix')} (tel {m(P, '413-555-0135')})
observed a dark hatchback leaving eastbound. No property taken. RP's Ring camera footage requested.
Suspect description: W/M, 20-30, grey hoodie. Case forwarded to Detective {m(N, 'Okoro')}.
""")

pos("listing", "en", f"""FOR SALE — Charming 3-bed Craftsman, $649,000

{m(A, '2714 NE Alberta Street')}, Portland, OR 97211

Lovingly updated 1926 bungalow with original built-ins, new roof (2021), heat pump and a detached
studio. Walk score 92. Open house Saturday 1–3pm.

Listing agent: {m(N, 'Wilhelmina "Billie" Oduya')}, Broker
Direct: {m(P, '503-555-0194')}  |  {m(E, 'billie.oduya@rosecityrealty.com')}

Seller's disclosure available on request. Showing instructions: call or text {m(N, 'Billie')}; seller
({m(N, 'Alistair Brennan-Koch')}) works from home Mon–Wed, please give 24h notice.
""")

pos("shipping", "en", f"""UPS 2ND DAY AIR                               1Z 9X7 42A 02 1234 5678
SHIP FROM:
  {m(N, 'GOH WEI LING')}
  {m(A, '1450 EL CAMINO REAL STE 210')}
  SANTA CLARA CA 95050
  {m(P, '(408) 555-0150')}

SHIP TO:
  {m(N, 'AUGUSTINE NDUKA-OKAFOR')}
  {m(A, '77 CEDAR LANE APT 4')}
  TEANECK NJ 07666
  {m(P, '201-555-0142')}

REF 1: PO 4471-B    REF 2: RMA 20240418
WT: 4.2 LBS   DIM: 12x10x6   BILLING: P/P
""")

pos("customs", "en-GB", f"""CN23 — CUSTOMS DECLARATION (extract)

Sender:     {m(N, 'Ilse Vanderbeke')}, {m(A, 'Kortrijksesteenweg 1042')}, 9051 Gent, BELGIUM
            tel {m(P, '+32 9 555 41 07')}
Addressee:  {m(N, 'Rory MacLachlan')}, {m(A, '5 Culduthel Avenue')}, Inverness IV2 6AF, UNITED KINGDOM
            e-mail {m(E, 'rory.maclachlan@outlook.com')}, tel {m(P, '+44 1463 555 219')}

Detailed description        Qty  Net weight  Value   HS tariff no.  Country of origin
Dark chocolate pralines      2   0.80 kg     EUR 38  1806.90        BE
Linen tea towels             3   0.45 kg     EUR 27  6302.91        BE

Category: Gift.  Importer's reference (EORI): GB 123456789000.
I certify that the particulars given in this declaration are correct. Signature: {m(N, 'I. Vanderbeke')}
""")

pos("booking", "en-IN", f"""Hotel Reservation Voucher — The Deccan Residency, Hyderabad

Guest name:        Mr. {m(N, 'Siddharth Rao Kotagiri')}
Additional guest:  Mrs. {m(N, 'Pallavi Kotagiri')}
Check-in:          12-Jul-2024 (14:00)     Check-out: 15-Jul-2024 (12:00)
Room:              Deluxe King, non-smoking, 3 nights
Mobile:            {m(P, '+91 99490 55331')}
E-mail:            {m(E, 'sid.kotagiri@rediffmail.com')}
ID proof at check-in: Aadhaar {m(ID, aadhaar())}
Guarantee card:    {m(C, card('5241'))} (Mastercard)

Cancellation free until 48 hours before arrival. GSTIN of hotel: 36AABCD1234E1Z5.
""")

pos("cv", "en", f"""{m(N, 'NGUYEN THI THU HA')}
Data Engineer · {m(A, '1120 S Grand Ave, Apt 805')}, Los Angeles, CA · {m(P, '+1 213 555 0117')} · {m(E, 'thuha.nguyen.data@gmail.com')}
linkedin.com/in/{m(N, 'thuha-nguyen')}

EXPERIENCE
Senior Data Engineer — Brightline Analytics (2021–present)
  • Migrated 40 TB warehouse from Redshift to Snowflake; cut query cost 38%.
  • Mentored four junior engineers; introduced dbt tests and data contracts.
Data Engineer — Hanoi Fintech JSC (2017–2021)
  • Built Kafka ingestion for 12k tx/s card-payment stream.

EDUCATION
B.Eng. Computer Science, Hanoi University of Science and Technology, 2017

REFERENCES
Dr. {m(N, 'Marcus Feldkamp')}, VP Data, Brightline — {m(E, 'm.feldkamp@brightline-analytics.com')}
""")

pos("newsletter", "en", f"""THE RIVERBEND GAZETTE — Spring Issue

LOCAL BAKERY CELEBRATES 20 YEARS
By {m(N, 'Cordelia Vance-Imoru')}, Staff Writer

When {m(N, 'Fatou Diallo')} opened her bakery on Mill Street in 2004, she sold sixty baguettes on the
first day. Two decades later the queue still forms at 7am. "My husband {m(N, 'Ousmane')} still does the
4am shift," she laughs. The anniversary party is on 11 May; RSVP to {m(E, 'fatou@millstreetbakery.com')}.

COUNCIL CORNER
By {m(N, 'Henrik Abelsen')}

Councillor {m(N, 'Margarethe Loewen')} reminded residents that bulky-waste collection resumes in April.
Questions can be directed to her office at {m(P, '608-555-0130')}.

Photo: {m(N, 'Benedikt Achterhof')}
""")

pos("issue", "en", f"""JIRA  PAY-2291  "Export of refund report includes full card numbers"
Type: Bug   Priority: Highest   Assignee: {m(N, 'Tendai Mutasa')}   Reporter: {m(N, 'Ilona Szczepańska')}
Labels: pci, data-leak

Description
The nightly CSV export (refunds_2024-05-01.csv) contains unmasked PANs in column 7. Example rows:

  R-55012;2024-05-01;49.90;EUR;{m(N, 'Kowalczyk Jan')};{m(E, 'jan.kowalczyk@wp.pl')};{m(C, card('4', 16, ''))}
  R-55013;2024-05-01;12.00;EUR;{m(N, 'Brandão Thaís')};{m(E, 'thais.brandao@uol.com.br')};{m(C, card('51', 16, ''))}

Expected: only last four digits. Files have been distributed to the finance shared drive since
April 12. {m(N, 'Tendai')}, please also purge the S3 bucket `refund-exports` history.

Comments
{m(N, 'Ilona Szczepańska')}: Compliance informed ({m(N, 'Rashida Haddad')}), PCI QSA call on Thursday.
""")

pos("log", "en", f"""Jun  3 02:11:47 bastion-01 sshd[22817]: Invalid user admin from {m(IP, ipv4_public())} port 51422
Jun  3 02:11:49 bastion-01 sshd[22817]: Connection closed by invalid user admin {m(IP, ipv4_public())} port 51422 [preauth]
Jun  3 07:58:02 bastion-01 sshd[23990]: Accepted publickey for {m(N, 'dkowalewski')} from {m(IP, ipv4_public())} port 60211 ssh2: ED25519 SHA256:Vq3b0Zr2mYt0d8nM6F0Hk1aPzLq9cU5wXyR7sT2eJkQ
Jun  3 07:58:02 bastion-01 sshd[23990]: pam_unix(sshd:session): session opened for user {m(N, 'dkowalewski')}(uid=1044) by (uid=0)
Jun  3 08:03:15 bastion-01 sudo: {m(N, 'dkowalewski')} : TTY=pts/1 ; PWD=/home/{m(N, 'dkowalewski')} ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx
Jun  3 08:40:33 bastion-01 sshd[24102]: Accepted password for {m(N, 'abimbola.o')} from {m(IP, ipv6())} port 49822 ssh2
""")

pos("dhcp", "en", f"""# Wi-Fi controller — client list export (SSID: Corp-Staff), 2024-04-09 10:00
client_mac          ip            hostname                  user                         ap
{m(MAC, mac())}   {m(IP, '10.20.14.37')}   {m(N, 'SVETLANA')}-MBP              {m(E, 'svetlana.korhonen@kestrel.fi')}     AP-2F-East
{m(MAC, mac('-', True))}   {m(IP, '10.20.14.52')}   DESKTOP-7H2KQ1            {m(E, 'aarav.malhotra@kestrel.fi')}        AP-2F-West
{m(MAC, mac())}   {m(IP, '10.20.15.9')}    iPhone-{m(N, 'Birgit')}             {m(E, 'birgit.lauridsen@kestrel.fi')}      AP-3F-Lobby
{m(MAC, mac())}   {m(IP, '10.20.15.44')}   android-5c1e2a90b7        (guest)                      AP-3F-Lobby
""")

pos("docker", "en", f"""# docker-compose.yml (from {m(N, 'Kasimir')}'s branch feature/local-stack — secrets should be in .env!)
version: "3.9"
services:
  api:
    build: .
    environment:
      - DATABASE_URL={m(U, 'postgres://kasimir:' + rnd(14) + '@db:5432/orders_dev')}
      - OPENAI_API_KEY={m(K, 'sk-proj-' + rnd(48))}
      - MAIL_FROM={m(E, 'kasimir.wojtyniak@orderhub.dev')}
    ports:
      - "8080:8080"
  db:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: kasimir
      POSTGRES_PASSWORD: {m(K, 'Tr0mbone!Kettle' + digits(2, DIG))}
""")

pos("terraform", "en", f"""resource "aws_db_instance" "reporting" {{
  identifier          = "reporting-prod"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  username            = "reporting_admin"
  password            = "{m(K, rnd(12) + '#' + rnd(9))}"   # FIXME move to secrets manager ({m(N, 'Leocadia')}, 2023-10)
  skip_final_snapshot = false
  tags = {{
    owner   = "{m(E, 'leocadia.morales@finreport.com')}"
    team    = "data-platform"
    oncall  = "{m(P, '+1 646 555 0119')}"
  }}
}}

provider "datadog" {{
  api_key = "{m(K, hexs(32))}"
  app_key = "{m(K, hexs(40))}"
}}
""")

pos("code", "en", f"""// src/test/java/com/example/crm/ContactServiceTest.java
class ContactServiceTest {{

    @Test
    void normalisesPhoneNumbers() {{
        Contact c = new Contact("{m(N, 'Oyinkansola')}", "{m(N, 'Bamidele-Watts')}",
                "{m(E, 'oyinka.bw@gmail.com')}", "{m(P, '+44 (0)20 7946 0581')}");
        assertEquals("{m(P, '+442079460581')}", service.normalise(c).getPhone());
    }}

    @Test
    void rejectsDuplicateEmail() {{
        repo.save(new Contact("{m(N, 'Jiří')}", "{m(N, 'Dvořáček')}", "{m(E, 'jiri.dvoracek@seznam.cz')}", null));
        assertThrows(DuplicateContactException.class, () ->
                service.create(new Contact("{m(N, 'Jiri')}", "{m(N, 'Dvoracek')}", "{m(E, 'jiri.dvoracek@seznam.cz')}", null)));
    }}
}}
""")

pos("code", "en", f"""// cypress/fixtures/checkout.js
export const buyer = {{
  firstName: "{m(N, 'Maelle')}",
  lastName: "{m(N, 'Abernathy-Quispe')}",
  email: "{m(E, 'maelle.aq@gmail.com')}",
  phone: "{m(P, '347-555-0102')}",
  address: {{ line1: "{m(A, '219 Vanderbilt Ave Apt 5F')}", city: "Brooklyn", state: "NY", zip: "11205" }},
  dob: "{m(D, '1996-02-29')}",
  ssn: "{m(S, ssn())}",
}};

// real card from {m(N, 'Maelle')}'s own wallet, used once against prod by mistake (see INC-88)
export const card = {{ number: "{m(C, card('4', 16, ''))}", exp: "04/28", cvc: "311" }};
""")

pos("html", "en", f"""<section class="team">
  <h2>Meet our clinicians</h2>
  <div class="card">
    <h3>Dr. {m(N, 'Oyebisi Folarin')}</h3>
    <p>Consultant Dermatologist</p>
    <p><a href="mailto:{m(E, 'o.folarin@claremontclinic.co.uk')}">{m(E, 'o.folarin@claremontclinic.co.uk')}</a></p>
  </div>
  <div class="card">
    <h3>{m(N, 'Mairéad Ní Fhlannagáin')}, RGN</h3>
    <p>Nurse Specialist</p>
    <p>Direct line: <a href="tel:{m(P, '+441315550142')}">{m(P, '0131 555 0142')}</a></p>
  </div>
  <div class="card">
    <h3>{m(N, 'Tobiah Rosenzweig')}</h3>
    <p>Practice Manager · {m(P, '0131 555 0100')}</p>
  </div>
  <footer>Claremont Clinic, {m(A, '8 Melville Street')}, Edinburgh EH3 7NS</footer>
</section>
""")

pos("chat", "en", f"""[Microsoft Teams] Chat: Onboarding – Q2 hires
{m(N, 'Aoife Gallagher')}  10:14
Hi {m(N, 'Rashmi')}, can you send me your bank details and NI number for payroll?

{m(N, 'Rashmi Deshpande')}  10:21
Sure — NI is {m(ID, ni_number())}, account is with Barclays, IBAN {m(I, iban_gb('BARC'))}

{m(N, 'Aoife Gallagher')}  10:22
Thanks! In future please use the secure HR form rather than chat 🙂 I've logged it.

{m(N, 'Rashmi Deshpande')}  10:23
oops, noted. Also my new address from 1 June is {m(A, '22 Cranbrook Road')}, Ilford IG1 4PQ

{m(N, 'Aoife Gallagher')}  10:25
Updated. Welcome aboard!
""")

pos("irc", "en", f"""--- Log opened Sat Feb 10 2024
14:02 -!- {m(N, 'bjorn_e')} [~{m(N, 'bjorn')}@{m(IP, ipv4_public())}] has joined #selfhosted
14:03 < {m(N, 'bjorn_e')}> anyone know why my nextcloud says "trusted domain" error?
14:04 < tuxfan42> check config.php trusted_domains array
14:06 < {m(N, 'bjorn_e')}> here's mine: 'dbpassword' => '{m(K, rnd(14))}',  oops
14:06 < tuxfan42> lol change that now
14:07 < {m(N, 'marisa_k')}> {m(N, 'bjorn_e')}: also add your public hostname, not just localhost
14:09 -!- {m(N, 'bjorn_e')} [~{m(N, 'bjorn')}@{m(IP, ipv4_public())}] has quit [Quit: brb]
""")

pos("email", "en", f"""From: {m(N, 'Chen Xiaoling')} <{m(E, 'xiaoling.chen@hengrui-trading.com')}>
Sent: Thursday, February 22, 2024 3:12 AM
To: {m(N, 'Ezekiel Van Buren')} <{m(E, 'evanburen@tristatelogistics.com')}>
Cc: {m(N, 'Wang Haoran')} <{m(E, 'haoran.wang@hengrui-trading.com')}>
Subject: Updated remittance details

Dear Mr. {m(N, 'Van Buren')},

Please note our company has changed bank. Kindly remit invoice HR-2024-071 to the following account
from now on:

  Beneficiary: Hengrui Trading GmbH
  IBAN: {m(I, iban_de())}
  BIC: COBADEFFXXX

For verification you may call me directly at {m(P, '+49 40 555 28 173')}.

Best regards
{m(N, 'Xiaoling')}

[Security note added by Tristate IT: the sending domain was registered 3 days ago. Treat as
possible invoice fraud; verify by phone using the number on the original contract, not this e-mail.]
""")

pos("medical", "en", f"""DISCHARGE SUMMARY — St. Brendan's Regional Medical Center

Patient: {m(N, 'Lemuel Okafor-Reyes')}     MRN: 00482217     DOB: {m(D, '1949-06-12')}
Admitted: 2024-03-28    Discharged: 2024-04-02    Attending: {m(N, 'Nadia Rahimi')}, MD

Diagnosis: Community-acquired pneumonia, right lower lobe. Type 2 diabetes mellitus.
Course: Treated with IV ceftriaxone + azithromycin, switched to oral amoxicillin-clavulanate on day 3.
Discharge meds: amoxicillin-clavulanate 875/125 mg BID x 5 days; metformin 1000 mg BID (resume).

Follow-up: PCP Dr. {m(N, 'Howard Ekwueme')} in 7–10 days, chest X-ray in 6 weeks.
Patient lives with daughter {m(N, 'Amara Okafor')} at {m(A, '4419 Kessler Blvd N Dr')}, Indianapolis; contact {m(P, '317-555-0166')}.
Medicare ID: {m(ID, mbi())}
""")

pos("loan", "en", f"""Personal Loan Application — Summit Credit Union

Applicant: {m(N, 'Gabriela Szymańska-Ortiz')}
SSN: {m(S, ssn())}      DOB: {m(D, '10/14/1987')}
Current address: {m(A, '905 Pleasant Valley Rd')}, Cary, NC 27513 (4 years)
Previous address: {m(A, '1220 W Morehead St #411')}, Charlotte, NC 28208
Employer: Wake County Public Schools — Teacher, 9 years. Gross annual income: $61,400
Phone (mobile): {m(P, '984-555-0123')}     E-mail: {m(E, 'gszymanska.ortiz@gmail.com')}

Co-applicant: {m(N, 'Rafael Ortiz')}, SSN {m(S, ssn())}, DOB {m(D, '03/02/1985')}

Requested amount: $18,000, term 60 months, purpose: vehicle purchase.
Authorisation: I authorise Summit CU to obtain my credit report. Signature on file.
""")

# =============================================================================================
# English hard negatives
# =============================================================================================

neg("changelog", "en", """# Changelog

## [3.8.0] - 2024-05-21
### Added
- `--dry-run` flag for `sync` and `prune` commands (#2214)
- Support for TOML configuration files alongside YAML
### Changed
- Minimum supported Python is now 3.9; 3.8 reached end of life on 2024-10-07
- Bumped `urllib3` from 1.26.18 to 2.2.1 and `cryptography` from 41.0.7 to 42.0.5
### Fixed
- Race condition when two workers renamed the same lock file (#2198)
- Crash on Windows paths longer than 260 characters

## [3.7.2] - 2024-03-02
### Security
- Upgraded `jinja2` to 3.1.3 (CVE-2024-22195)

## [3.7.1] - 2024-02-14
### Fixed
- Regression in 3.7.0 where `--config` was ignored when `XDG_CONFIG_HOME` was set
""")

neg("lockfile", "en", """# This file is automatically @generated by Poetry 1.8.2 and should not be changed by hand.

[[package]]
name = "certifi"
version = "2024.2.2"
description = "Python package for providing Mozilla's CA Bundle."
optional = false
python-versions = ">=3.6"
files = [
    {file = "certifi-2024.2.2-py3-none-any.whl", hash = "sha256:dc383c07b76109f368f6106eee2b593b04a011ea4d55f652c6ca24a754d1cdd1"},
    {file = "certifi-2024.2.2.tar.gz", hash = "sha256:0569859f95fc761b18b45ef421b1290a0f65f147e92a1e5eb3e635f9a5e4e66f"},
]

[[package]]
name = "idna"
version = "3.7"
description = "Internationalized Domain Names in Applications (IDNA)"
optional = false
python-versions = ">=3.5"
files = [
    {file = "idna-3.7-py3-none-any.whl", hash = "sha256:82fee1fc78add43492d3a1898bfa6d8a904cc97d8427f683ed8e798d07761aa0"},
]

[metadata]
lock-version = "2.0"
python-versions = "^3.10"
content-hash = "6b1c9e3a0d5f2e7a4c8b9d1e0f3a2b5c7d9e1f0a3b5c7d9e2f4a6b8c0d2e4f6a"
""")

neg("manifest", "en", """apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing-api
  namespace: payments
  labels:
    app.kubernetes.io/name: billing-api
    app.kubernetes.io/version: "2.14.3"
spec:
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: billing-api
  template:
    spec:
      containers:
        - name: api
          image: registry.example.com/payments/billing-api:2.14.3@sha256:9b2f1c7e4d8a0b3c6e5f7a9d1b2c4e6f8a0b1c3d5e7f9a2b4c6d8e0f1a3b5c7d
          ports:
            - containerPort: 8080
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: billing-db
                  key: password
          resources:
            requests: {cpu: "250m", memory: "512Mi"}
            limits: {cpu: "1", memory: "1Gi"}
""")

neg("netdoc", "en", """Site network plan — Warehouse B (revision 7)

VLAN  Name          Subnet            Gateway        DHCP range
10    Management    10.10.0.0/24      10.10.0.1      none (static)
20    Staff         10.10.16.0/21     10.10.16.1     10.10.16.50 – 10.10.23.200
30    Scanners      10.10.32.0/22     10.10.32.1     10.10.32.20 – 10.10.35.250
40    Guest         172.16.40.0/23    172.16.40.1    172.16.40.10 – 172.16.41.250
99    Transit       192.0.2.0/30      —              —

Subnet mask for VLAN 20 is 255.255.248.0; for VLAN 30 it is 255.255.252.0.
Upstream BGP peer uses the documentation prefix 198.51.100.0/24 in this diagram; the real
prefix lives in the IPAM system. IPv6: each VLAN gets a /64 out of 2001:db8:4a00::/48.
MTU 9000 on the storage VLAN only. Spanning tree: RSTP, priority 4096 on the core pair.
""")

neg("snmp", "en", """SNMP monitoring — OIDs polled every 60 s

sysUpTime                 1.3.6.1.2.1.1.3.0
ifInOctets (64-bit)       1.3.6.1.2.1.31.1.1.1.6
ifOutOctets (64-bit)      1.3.6.1.2.1.31.1.1.1.10
ifOperStatus              1.3.6.1.2.1.2.2.1.8
hrProcessorLoad           1.3.6.1.2.1.25.3.3.1.2
UPS battery remaining     1.3.6.1.4.1.318.1.1.1.2.2.1.0
Printer toner level       1.3.6.1.2.1.43.11.1.1.9.1.1

Use SNMPv3 with authPriv (SHA-256 / AES-128). The community string "public" must be disabled on
all devices; audit with `snmpwalk -v2c -c public <host> 1.3.6.1.2.1.1` which should time out.
Thresholds: alert when ifOperStatus = 2 (down) for more than 3 consecutive polls.
""")

neg("spec", "en", """PRODUCT DATA SHEET — Industrial Ethernet Switch IES-2408G-PoE

Part number ............ IES-2408G-PoE-EU (order code 7701-2408-01)
Ports .................. 8 × 10/100/1000BASE-T PoE+ (IEEE 802.3at), 2 × 1G SFP
PoE budget ............. 240 W total, 30 W per port
Switching capacity ..... 20 Gbit/s, MAC table 8K entries, jumbo frames 9216 bytes
Power input ............ 48–57 VDC redundant, terminal block
Operating temperature .. –40 °C to +75 °C
Housing ................ IP40 aluminium, DIN-rail mount, 54 × 142 × 118 mm, 0.9 kg
Certifications ......... CE, FCC Part 15 Class A, UL 61010-2-201, EN 50155
MTBF ................... 512,000 h (Telcordia SR-332)

Serial number format: IES-YYWW-NNNNN (year, week, running number), e.g. label text "IES-2419-00000".
Firmware 4.2.1 or later is required for IEEE 1588 PTP support.
""")

neg("catalogue", "en", """Spring catalogue — Children's books (wholesale)

Title                                   ISBN-13              EAN/GTIN         RRP     Carton
The Lighthouse Cat                      978-0-14-312779-6    9780143127796    £7.99   24
Counting Clouds (board book)            978-1-4063-5903-2    9781406359032    £6.99   36
Atlas of Small Creatures                978-0-7534-4629-4    9780753446294    £14.99  12
The Midnight Garden Puzzle              978-1-84780-662-5    9781847806625    £9.99   20

Trade terms: 45% discount, carriage paid above £250. Orders placed before 14:00 ship same day.
Quote your account number and the order reference (format ORD-YYYY-NNNNNN) on all correspondence.
""")

neg("faq", "en", """Where is my parcel?

Your tracking number is printed on the dispatch e-mail. Formats by carrier:

  • Royal Mail Tracked 24: two letters, nine digits, "GB" (e.g. AB123456789GB)
  • DPD: 14 digits starting with 15
  • UPS: 18 characters starting with 1Z
  • DHL Express: 10 digits

Order numbers look like 402-1234567-8901234 and invoice numbers like INV-24-003381. Neither is a
payment reference — never send card details to anyone quoting them. If tracking has not updated
for 5 working days, open a claim from the Orders page; we will reply within 2 business days.
Returns are free within 30 days; use the prepaid label included in the box.
""")

neg("plan", "en", """Project plan — ERP migration, phase 2

Milestone                              Start        End          Status
Requirements sign-off                  08 Jan 2024  26 Jan 2024  Done
Data mapping (GL, AP, AR)              29 Jan 2024  08 Mar 2024  Done
Test migration #1                      11 Mar 2024  22 Mar 2024  Done
User acceptance testing                02 Apr 2024  10 May 2024  In progress
Cut-over weekend                       31 May 2024  02 Jun 2024  Planned
Hypercare                              03 Jun 2024  28 Jun 2024  Planned

Dependencies: finance year-end close must complete before 19 April. Freeze window begins 24 May.
Budget consumed: 61% of £1.2m. Risk register items R-07 and R-11 escalated to steering committee.
""")

neg("sports", "en", """Premier Division — Matchday 27 results

Riverside Rovers      2 – 1   Northgate Athletic
Harbour City          0 – 0   Kingsbridge Town
St. Albans Wanderers  3 – 2   Oakfield United (a.e.t.)
Millbrook FC          1 – 4   Eastport Rangers

Table (top 5)       P   W   D   L   GF  GA  GD  Pts
Eastport Rangers    27  19  5   3   61  22  +39  62
Riverside Rovers    27  18  4   5   52  27  +25  58
Harbour City        27  15  8   4   44  25  +19  53
Kingsbridge Town    27  14  6   7   40  31   +9  48
Oakfield United     27  12  7   8   45  38   +7  43

Attendance at Riverside Park: 18,214. Next round kicks off Saturday 15:00.
""")

neg("recipe", "en", """Brown butter banana bread (makes one 2 lb loaf)

Ingredients
  115 g unsalted butter
  3 very ripe bananas (about 350 g peeled)
  150 g light brown sugar
  2 large eggs, room temperature
  1 tsp vanilla extract
  220 g plain flour
  1 tsp bicarbonate of soda, ½ tsp salt, 1 tsp cinnamon
  75 g toasted walnuts (optional)

Method
1. Heat oven to 175 °C (155 °C fan). Line the tin with baking paper.
2. Melt butter over medium heat until nutty and golden, 4–5 minutes. Cool 10 minutes.
3. Mash bananas, whisk in sugar, eggs, vanilla and the brown butter.
4. Fold in dry ingredients until just combined; add walnuts.
5. Bake 55–65 minutes until a skewer comes out clean. Cool 15 minutes in the tin.
""")

neg("legal", "en", """TERMS OF SERVICE — 12. LIMITATION OF LIABILITY

12.1 Nothing in these Terms limits or excludes either party's liability for death or personal injury
caused by negligence, fraud or fraudulent misrepresentation, or any other liability that cannot be
limited or excluded by applicable law.

12.2 Subject to clause 12.1, the Provider shall not be liable, whether in contract, tort (including
negligence), breach of statutory duty or otherwise, for any loss of profits, loss of business,
depletion of goodwill, or any indirect or consequential loss arising under or in connection with
these Terms.

12.3 Subject to clause 12.1, the Provider's total aggregate liability shall not exceed the fees paid
by the Customer in the twelve (12) months preceding the event giving rise to the claim.

12.4 These Terms are governed by the laws of England and Wales.
""")

neg("market", "en", """Markets wrap — Tuesday

Wall Street analysts were split after Ford cut its full-year guidance, sending the carmaker's shares
down 4.1%. Dell rallied 6% on strong server demand, while Johnson & Johnson slipped after a
litigation update. In London, Marks & Spencer rose 2.3% following upbeat trading from its food
division; Hugo Boss fell in Frankfurt on weaker China sales. Unilever, owner of Ben & Jerry's,
was flat ahead of the ice-cream unit's separation. The FTSE 100 closed up 0.4% at 8,164; the
S&P 500 ended 0.2% lower at 5,187. Brent crude settled at $83.40 a barrel. Ten-year Treasury
yields eased to 4.42%. Sterling was steady at $1.2515.
""")

neg("travel", "en", """London in a weekend: a music lover's route

Start at the zebra crossing outside Abbey Road Studios — yes, the one from the album cover — then
take the Jubilee line from St John's Wood to Baker Street for a stroll through Regent's Park.
Continue along Oxford Street and Carnaby Street for vintage record shops, and finish the day on
Denmark Street, once known as Tin Pan Alley, where guitar shops still line the pavement.

Day two: Portobello Road market on Saturday morning, lunch on Brick Lane, and an evening gig at a
venue near Camden Lock. An Oyster card or contactless payment covers all buses and the Tube; a
weekend in Zone 1–2 rarely costs more than £20 in fares.
""")

neg("readme", "en", """## Configuration

Copy `.env.example` to `.env` and fill in your own values:

```
DB_HOST=localhost
DB_USER=app
DB_PASSWORD=<your-password>
API_TOKEN=${API_TOKEN}
SMTP_PASSWORD=changeme   # change this before deploying!
SECRET_KEY=xxxxxxxxxxxxxxxxxxxxxxxx
```

The default admin password is `changeme`; the application refuses to start in production mode until
it has been changed. Never commit `.env` — it is listed in `.gitignore`. In CI, secrets are injected
with `${{ secrets.DB_PASSWORD }}` and masked in logs. For local development you can run
`docker compose up -d db` which starts PostgreSQL 16 on port 5432 with the credentials above.
""")

neg("gitlog", "en", """$ git log --oneline --no-decorate -n 12
9f1c2e7 Merge pull request #4412 from release/2.14
3b7d0a1 Bump version to 2.14.3
e44c9d2 Fix NPE when invoice has no line items
a08f3b6 Add retry with jitter to webhook sender
7c21e5f Update dependencies (spring-boot 3.2.5, jackson 2.17.1)
d5e6f70 Rename CustomerDto.fullName to displayName
1a2b3c4 Reformat with google-java-format 1.22.0
c0ffee1 Remove dead feature flag NEW_CHECKOUT
5d41402 Document rate limits in README
b6589fc Add index on orders(created_at)
356a192 Initial import of billing module
""")

neg("css", "en", """/* icons.css — generated, do not edit */
.icon-check {
  width: 16px;
  height: 16px;
  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAGXRFWHRTb2Z0d2FyZQBBZG9iZSBJbWFnZVJlYWR5ccllPAAAAJ1JREFUeNpi/P//PwMlgImBQjDwBrCgC1y8ePE/EBuD2P/+/WMAsRlAbCD7PwMDA4OgqKgohgHIBsBsRTJAkEEkA4SEhDAMQDYApAAkDMQ/GBgY/oHYQDYKyR8G5D8DAwMDIyMjFQYAAv4DkYGBgQGkDfIJTAIcAJ0IJBMnAIxMDAwMIIQ+gDoANEAEgDAAKz0F/3gHr7QAAAAASUVORK5CYII=");
}
.icon-spinner { animation: spin 0.8s linear infinite; }
@keyframes spin { from { transform: rotate(0deg); } to { transform: rotate(360deg); } }
""")

neg("stats", "en", """OLS regression results — dependent variable: log(weekly_sales)

                 coef     std err        t      P>|t|     [0.025    0.975]
Intercept      4.2317      0.118    35.862     0.000      4.000     4.463
price         -0.8124      0.041   -19.815     0.000     -0.893    -0.732
promo          0.2210      0.027     8.185     0.000      0.168     0.274
holiday        0.1375      0.052     2.644     0.008      0.036     0.239
temp_c         0.0061      0.002     3.050     0.002      0.002     0.010

R-squared: 0.734   Adj. R-squared: 0.731   F-statistic: 271.4   Prob (F): 1.17e-142
No. observations: 1,046   Durbin-Watson: 1.987   Cond. No. 412.
""")

# =============================================================================================
# German
# =============================================================================================
PA = "CFGHJKLMNPRTVWXYZ0123456789"

pos("email", "de", f"""Von: {m(N, 'Friederike Schüttler')} <{m(E, 'f.schuettler@kanzlei-schuettler.de')}>
An: {m(N, 'Jens Oberhäuser')} <{m(E, 'jens.oberhaeuser@web.de')}>
Betreff: AW: Nebenkostenabrechnung 2023

Hallo {m(N, 'Jens')},

vielen Dank für die Unterlagen. Für den Widerspruch gegen die Abrechnung brauche ich noch Ihre
aktuelle Anschrift (ist es weiterhin {m(A, 'Kastanienallee 42, Hinterhaus 3. OG')}, 10435 Berlin?) und eine
Telefonnummer, unter der ich Sie tagsüber erreiche. Die Rückzahlung soll laut Vermieter auf das Konto
{m(I, iban_de())} erfolgen – bitte prüfen Sie, ob das noch stimmt.

Mit freundlichen Grüßen
{m(N, 'Friederike Schüttler')}
Rechtsanwältin

Kanzlei Schüttler & Partner · {m(A, 'Friedrichstraße 133')} · 10117 Berlin
Tel. {m(P, '+49 30 5558 9120')} · Fax {m(P, '+49 30 5558 9129')}

> Am 14.03.2024 um 18:22 schrieb {m(N, 'Jens Oberhäuser')} <{m(E, 'jens.oberhaeuser@web.de')}>:
> Sehr geehrte Frau {m(N, 'Schüttler')}, anbei die Abrechnung. Mobil bin ich unter {m(P, '0176 5551 2394')} erreichbar.

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren
Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""")

pos("hr", "de", f"""Personalstammblatt – vertraulich

Name, Vorname:         {m(N, 'Aydın-Krause, Emine')}
Geburtsdatum:          {m(D, '07.11.1990')}
Geburtsort:            Duisburg
Anschrift:             {m(A, 'Am Weidendamm 7a')}
                       47057 Duisburg
Steuer-ID:             {m(ID, steuer_id(True))}
Sozialversicherungsnr: {m(ID, rvnr('65', 7, 11, 1990, 'A'))}
Krankenkasse:          AOK Rheinland/Hamburg
Bankverbindung:        {m(I, iban_de())}
Telefon privat:        {m(P, '0203 555 71 42')}
Eintrittsdatum:        01.04.2024
Vorgesetzter:          {m(N, 'Kai-Uwe Rademacher')}
""")

pos("ticket", "de", f"""[OTRS] Ticket#2024041210000371 – Passwort-Reset funktioniert nicht

Kunde: {m(N, 'Dorothea von Hagenow')}
E-Mail: {m(E, 'd.vonhagenow@t-online.de')}
Telefon: {m(P, '089 / 555 671-30')}

Nachricht der Kundin:
„Guten Tag, seit gestern bekomme ich keine Mail zum Zurücksetzen. Mein Benutzername ist
{m(N, 'dhagenow')}, Geburtsdatum {m(D, '3. Februar 1962')}, falls Sie das zur Verifizierung brauchen.
Bitte rufen Sie mich an.“

Interne Notiz ({m(N, 'L. Brandstätter')}):
Mailserver-Log zeigt Bounce „mailbox full“. Kundin telefonisch informiert, Postfach aufgeräumt.
Login danach erfolgreich von {m(IP, ipv4_public())}. Ticket kann geschlossen werden.
""")

pos("chat", "de", f"""Slack #team-berlin  (Export 22.05.2024)

{m(N, 'sven.pietschmann')}  09:12  Moin! Wer übernimmt heute die Hotline?
{m(N, 'annegret')}          09:13  Ich, bis 13 Uhr. Danach @{m(N, 'mehmet')}
{m(N, 'mehmet.yilmazer')}   09:15  👍 Kann jemand den Kunden Herrn {m(N, 'Wachowiak')} zurückrufen? Nummer: {m(P, '+49 351 555 80 217')}
{m(N, 'annegret')}          09:16  mach ich. Hat er wieder wegen der Lieferung an {m(A, 'Königsbrücker Str. 96')} angerufen?
{m(N, 'mehmet.yilmazer')}   09:16  ja genau, Paket liegt noch im Depot
{m(N, 'sven.pietschmann')}  09:20  Danke euch! Und {m(N, 'Annegret')}, denk an den Urlaubsantrag 😉
""")

pos("medical", "de", f"""Praxis Dr. med. {m(N, 'Hildegard Auernheimer')} · Fachärztin für Innere Medizin
{m(A, 'Leopoldstraße 210')} · 80804 München · Tel. {m(P, '089 555 30 41')}

Überweisung / Arztbrief

Patient:        {m(N, 'Maximilian Grabowski-Wendt')}, geb. {m(D, '22.06.1957')}
Versichertennr: {m(ID, kvnr())}
Anschrift:      {m(A, 'Hohenzollernstraße 58, 2. Stock')}, 80801 München

Sehr geehrter Herr Kollege {m(N, 'Ostrowski')},

ich überweise Ihnen o. g. Patienten zur Koloskopie bei positivem iFOBT. Bekannte Diagnosen:
arterielle Hypertonie, Hypercholesterinämie. Aktuelle Medikation: Ramipril 5 mg 1-0-0,
Atorvastatin 20 mg 0-0-1. Keine Antikoagulation.

Mit freundlichen kollegialen Grüßen
{m(N, 'H. Auernheimer')}
""")

pos("form", "de", f"""Anmeldung Kita „Sonnenblume“ – Betreuungsjahr 2024/25

Kind:               {m(N, 'Lina Marie Osterkamp')}
Geburtsdatum:       {m(D, '19.09.2021')}
Anschrift:          {m(A, 'Eichendorffweg 3')}, 48149 Münster

Erziehungsberechtigte/r 1: {m(N, 'Svenja Osterkamp')}, Tel. {m(P, '0251 555 2283')}, {m(E, 'svenja.osterkamp@gmx.de')}
Erziehungsberechtigte/r 2: {m(N, 'Tobias Nwachukwu')}, Tel. {m(P, '0157 5550 7712')}
Abholberechtigt außerdem:  Oma {m(N, 'Gisela Osterkamp')}

Allergien / Unverträglichkeiten: Laktose
Gewünschter Betreuungsumfang: 35 Stunden/Woche
Einwilligung Fotos: ja ☒  nein ☐
""")

pos("log", "de", f"""2024-04-02 07:41:12,883 INFO  [LoginController] Anmeldung erfolgreich: benutzer={m(E, 'k.meyer-luedenscheid@stadtwerke-hagen.de')} quelle={m(IP, ipv4_public())}
2024-04-02 07:44:51,102 WARN  [LoginController] Fehlgeschlagene Anmeldung (3/5): benutzer={m(E, 'thorsten.baeumler@stadtwerke-hagen.de')} quelle={m(IP, ipv4_public())}
2024-04-02 07:45:03,447 WARN  [LoginController] Konto gesperrt: benutzer={m(E, 'thorsten.baeumler@stadtwerke-hagen.de')}
2024-04-02 07:52:19,006 INFO  [VpnGateway] Tunnel aufgebaut: user={m(N, 'tbaeumler')} client_mac={m(MAC, mac('-', True))} assigned={m(IP, '10.8.0.14')}
2024-04-02 08:00:00,000 INFO  [Scheduler] Nächtlicher Export abgeschlossen (12.441 Datensätze)
""")

pos("invoice", "de", f"""RECHNUNG Nr. 2024-0417

{m(N, 'Kathrin Weißenborn')}
Fotografie & Design
{m(A, 'Schillerstraße 14')}
04109 Leipzig

An: Herrn {m(N, 'Bogdan Lewandowski')}, {m(A, 'Karl-Liebknecht-Str. 81')}, 04275 Leipzig

Pos.  Leistung                                 Menge   Einzelpreis   Gesamt
1     Hochzeitsreportage (8 Std.)              1       1.450,00 €    1.450,00 €
2     Fotobuch 30×30, 40 Seiten                1         189,00 €      189,00 €

Gemäß § 19 UStG wird keine Umsatzsteuer berechnet (Kleinunternehmerregelung).
Bitte überweisen Sie den Betrag bis zum 30.04.2024 auf: {m(I, iban_de())}
Tel. {m(P, '0341 555 98 17')} · {m(E, 'hallo@weissenborn-foto.de')}
""")

pos("sql", "de", f"""-- Export Tabelle mitglieder (Sportverein), Stand 01.03.2024
INSERT INTO mitglieder (nr, nachname, vorname, geburtsdatum, strasse, plz, ort, iban) VALUES
(118, '{m(N, 'Hoffstätter')}', '{m(N, 'Ulrike')}', '{m(D, '1974-08-02')}', '{m(A, 'Talstraße 9')}', '79102', 'Freiburg', '{m(I, iban_de(False))}'),
(119, '{m(N, 'Çelik')}', '{m(N, 'Baran')}', '{m(D, '2009-12-24')}', '{m(A, 'Wiesentalweg 21b')}', '79115', 'Freiburg', '{m(I, iban_de(False))}'),
(120, '{m(N, 'Zimmermann-Ngata')}', '{m(N, 'Leonie')}', '{m(D, '1988-05-13')}', '{m(A, 'Basler Landstr. 3')}', '79111', 'Freiburg', NULL);
""")

pos("legal", "de", f"""Amtsgericht Köln
Az.: 134 C 287/23

In dem Rechtsstreit

{m(N, 'Rüdiger Pfannenschmidt')}, {m(A, 'Aachener Straße 512')}, 50933 Köln,
                                                                 – Kläger –
Prozessbevollmächtigte: Rechtsanwältin Dr. {m(N, 'Ayşe Karakaya')}, Köln

gegen

{m(N, 'Ludmila Jankowska')}, geb. am {m(D, '16.04.1981')}, {m(A, 'Venloer Str. 244')}, 50823 Köln,
                                                                 – Beklagte –

wegen Forderung

wird Termin zur mündlichen Verhandlung bestimmt auf Donnerstag, den 18.07.2024, 10:30 Uhr, Saal 217.
""")

pos("booking", "de", f"""Buchungsbestätigung – Ferienwohnung „Seeblick“, Binz (Rügen)

Gast:            {m(N, 'Wiebke Harms-Okonkwo')}
Mitreisende:     {m(N, 'Chinedu Okonkwo')}, {m(N, 'Mats Harms')} (6 J.)
Anreise:         27.07.2024 ab 16 Uhr     Abreise: 03.08.2024 bis 10 Uhr
Rechnungsadresse: {m(A, 'Große Bergstraße 190')}, 22767 Hamburg
Mobil:           {m(P, '+49 160 5552 8841')}
E-Mail:          {m(E, 'wiebke.harms@posteo.de')}
Ausweisnummer (Meldeschein): {m(ID, rnd(9, PA))}

Gesamtpreis: 1.260,00 € (inkl. Endreinigung), Anzahlung 30 % bezahlt per Kreditkarte {m(C, card('5', 16))}.
Ihr Gastgeber: {m(N, 'Holger Timmermann')}, {m(P, '038393 555 12')}
""")

# =============================================================================================
# French
# =============================================================================================

pos("email", "fr", f"""De : {m(N, 'Gwenaëlle Le Goff')} <{m(E, 'gwenaelle.legoff@orange.fr')}>
À : service-client <{m(E, 'contact@mutuelle-armorique.fr')}>
Objet : Remboursement lunettes – dossier 2024-11873

Bonjour,

Je me permets de vous relancer concernant le remboursement de mes lunettes (facture du 12/02).
Mon numéro de sécurité sociale est le {m(ID, nir(2, 84, 5, '29', '019'))} et je suis née le {m(D, '9 mai 1984')}.
Merci de verser le montant sur mon compte {m(I, iban_fr())}.

Vous pouvez me joindre au {m(P, '06 71 55 23 48')} ou à mon adresse : {m(A, '14, rue de Siam')}, 29200 Brest.

Cordialement,
{m(N, 'Gwenaëlle Le Goff')}

-----
Ce message et ses pièces jointes sont confidentiels. Si vous l'avez reçu par erreur, merci de le
détruire et d'en avertir l'expéditeur.
""")

pos("hr", "fr", f"""FICHE SALARIÉ – Direction des Ressources Humaines

Nom :                 {m(N, 'ROUX-DELMAS')}
Prénom(s) :           {m(N, 'Jean-Baptiste Aurélien')}
Né le :               {m(D, '28/12/1979')} à Clermont-Ferrand (63)
N° de sécurité sociale : {m(ID, nir(1, 79, 12, '63', '113'))}
Adresse :             {m(A, '45 bis, avenue Jean-Jaurès')}
                      69007 Lyon
Téléphone :           {m(P, '+33 4 78 55 61 02')}
Portable :            {m(P, '07 55 18 42 96')}
Courriel perso :      {m(E, 'jb.rouxdelmas@free.fr')}
RIB :                 {m(I, iban_fr())}
Responsable :         Mme {m(N, 'Anaïs Kerbrat')}
""")

pos("ticket", "fr", f"""Ticket GLPI #58231 — Accès VPN impossible depuis domicile

Demandeur : {m(N, 'Mathis Fournier-Aubry')} ({m(E, 'mathis.fournier-aubry@groupe-lumen.fr')})
Technicien : {m(N, 'Séverine Lacombe')}

Description :
Depuis ce matin, le client FortiClient affiche « identifiants invalides ». J'ai pourtant changé
mon mot de passe hier en {m(K, 'Soleil!Marseille' + digits(4, DIG))} (je le mets ici pour que vous puissiez tester).

Suivi ({m(N, 'S. Lacombe')}) :
— Mot de passe à changer immédiatement, ne jamais l'envoyer par ticket.
— Journal du concentrateur : tentative depuis {m(IP, ipv4_public())}, MAC {m(MAC, mac())}, échec MFA.
— Jeton MFA réinitialisé ; l'utilisateur rappelé au {m(P, '01 55 43 27 90')} poste 214.
""")

pos("legal", "fr", f"""COMMANDEMENT DE PAYER VALANT SAISIE

L'an deux mille vingt-quatre et le quinze mars,

À la requête de la SCI Les Tilleuls, ayant pour gérant M. {m(N, 'Hervé Castagnac')},

J'ai, Maître {m(N, 'Sandrine Leroux-Béranger')}, commissaire de justice, signifié à :

Monsieur {m(N, 'Kévin Dupuis-Mbemba')}, né le {m(D, '3 octobre 1991')} à Créteil,
demeurant {m(A, '7, allée des Peupliers, bâtiment B, escalier 2')}, 94000 Créteil,

d'avoir à payer dans un délai de huit jours la somme de 4 812,36 euros au titre des loyers impayés
du bail en date du 1er septembre 2021, outre les frais de procédure.
""")

pos("chat", "fr", f"""Groupe WhatsApp « Parents CM1-B »
[08/03/2024 20:11] {m(N, 'Aurélie')}: Bonsoir à tous ! Sortie au musée jeudi, il faut 3 accompagnateurs
[08/03/2024 20:13] Papa de {m(N, 'Noé')}: Je peux venir 🙋‍♂️ c'est {m(N, 'Yannick')} au fait
[08/03/2024 20:15] {m(N, 'Fatoumata Keïta')}: moi aussi, mon numéro si besoin {m(P, '06 12 55 89 03')}
[08/03/2024 20:16] {m(N, 'Aurélie')}: Super merci {m(N, 'Fatoumata')} et {m(N, 'Yannick')} ! Il manque une personne
[08/03/2024 20:30] {m(N, 'Bérénice Vasseur')}: Je prends, je finis tôt jeudi
[08/03/2024 20:31] {m(N, 'Aurélie')}: parfait, rdv 8h15 devant l'école rue Victor-Hugo
""")

pos("medical", "fr", f"""CENTRE HOSPITALIER UNIVERSITAIRE DE NANTES — Service de Pneumologie

Compte rendu de consultation du 04/04/2024

Patiente : Mme {m(N, 'Solène Kervella')}, née le {m(D, '17/01/1966')}
IPP : 00778123 — NIR : {m(ID, nir(2, 66, 1, '44', '109', False))}
Adresse : {m(A, '3 impasse des Mouettes')}, 44380 Pornichet
Médecin traitant : Dr {m(N, 'Loïc Brient')}

Motif : suivi BPCO stade 2. Dyspnée stable, pas d'exacerbation depuis la dernière consultation.
EFR : VEMS 62 % de la théorique. Poursuite du traitement inhalé (tiotropium + olodatérol).
Prochain rendez-vous dans 6 mois.

Dr {m(N, 'Clémence Aït-Hamouda')}, praticien hospitalier — secrétariat {m(P, '02 40 55 83 17')}
""")

pos("csv", "fr", f"""nom;prénom;date_naissance;email;téléphone;adresse;code_postal;ville
{m(N, 'Benali')};{m(N, 'Yasmine')};{m(D, '14/07/1995')};{m(E, 'yasmine.benali@laposte.net')};{m(P, '06 44 55 71 20')};{m(A, '12 rue Paradis')};13001;Marseille
{m(N, 'Lefèvre-Nguyen')};{m(N, 'Thomas')};{m(D, '02/03/1988')};{m(E, 'thomas.lefevre.nguyen@gmail.com')};{m(P, '07 81 55 30 64')};{m(A, '89 boulevard de la Liberté')};59000;Lille
{m(N, 'Ducasse')};{m(N, 'Élodie')};{m(D, '21/11/2000')};{m(E, 'elo.ducasse@hotmail.fr')};{m(P, '06 05 55 17 93')};{m(A, '5 place du Capitole')};31000;Toulouse
""")

pos("booking", "fr", f"""Confirmation de réservation — Hôtel des Remparts ***, Carcassonne

Nom du client : M. {m(N, 'Bertrand de Villeneuve-Arnaud')}
Accompagnant : {m(N, 'Inès Ouazzani')}
Séjour : du 19/08/2024 au 22/08/2024 (3 nuits), chambre double vue cité
Téléphone : {m(P, '+33 6 29 55 40 11')} — e-mail : {m(E, 'bertrand.dva@wanadoo.fr')}
Garantie : carte Visa {m(C, card('4974'))}, expiration 10/26

Taxe de séjour : 1,65 € / personne / nuit, à régler sur place.
Annulation gratuite jusqu'à 48 h avant l'arrivée.
""")

pos("form", "fr-BE", f"""Formulaire d'inscription – Académie de musique de Namur

Élève : {m(N, 'Noah Vandenbroucke')}
Date de naissance : {m(D, '11/02/2013')}
Numéro de registre national : {m(ID, belgian_nn(2013, 2, 11, False))}
Adresse : {m(A, 'Rue de Fer 27, boîte 3')}, 5000 Namur
Responsable légal : {m(N, 'Catherine Lambotte')} — {m(P, '0475 55 21 90')} — {m(E, 'c.lambotte@skynet.be')}

Cours choisis : formation musicale (2e année), piano (1re année)
Minerval payé par virement sur BE-compte de l'académie le 05/09/2024 (communication +++123/4567/89012+++).
""")

pos("minutes", "fr", f"""Procès-verbal de l'assemblée générale de copropriété — Résidence Les Glycines

Date : 12 juin 2024, 18 h 30, salle polyvalente.
Présents ou représentés : M. {m(N, 'Arnaud Picquenot')} (président de séance), Mme {m(N, 'Odile Ferrand')},
M. et Mme {m(N, 'Rakotomalala')}, Mme {m(N, 'Brigitte Saint-Amand')}, M. {m(N, 'Yohann Tessier')} (pouvoir à Mme {m(N, 'Ferrand')}).
Secrétaire : Mme {m(N, 'Saint-Amand')}.

Résolution n° 4 — Ravalement de façade : adoptée à la majorité de l'article 25.
Résolution n° 7 — Remplacement de l'interphone : refusée.
Questions diverses : le gardien est joignable au {m(P, '04 93 55 12 08')}.
""")

# =============================================================================================
# Spanish
# =============================================================================================

pos("email", "es", f"""De: {m(N, 'Lucía de la Fuente Ortega')} <{m(E, 'lucia.delafuente@telefonica.net')}>
Para: Administración Fincas Retiro <{m(E, 'admin@fincasretiro.es')}>
Asunto: Re: Derrama ascensor – domiciliación

Hola {m(N, 'Rocío')},

te confirmo los datos para domiciliar la derrama del ascensor:

  Titular: {m(N, 'Lucía de la Fuente Ortega')}
  DNI: {m(ID, dni())}
  Piso: {m(A, 'C/ de Alcalá, 187, 4.º B')}, 28009 Madrid
  IBAN: {m(I, iban_es())}

Mi móvil es el {m(P, '+34 612 55 87 40')} por si necesitas algo más.

Un saludo,
{m(N, 'Lucía')}

El 3 abr 2024, a las 10:12, {m(N, 'Rocío Villanueva Castaño')} <{m(E, 'rvillanueva@fincasretiro.es')}> escribió:
> Buenos días {m(N, 'Lucía')}, ¿me puedes enviar tus datos bancarios para la domiciliación?
> {m(N, 'Rocío')} · Tel. {m(P, '91 555 23 45')}
""")

pos("hr", "es", f"""FICHA DE ALTA DE TRABAJADOR

Apellidos:           {m(N, 'Etxeberria Goikoetxea')}
Nombre:              {m(N, 'Nahia')}
NIF:                 {m(ID, dni())}
Nº Seguridad Social: {m(ID, nss_es('20'))}
Fecha de nacimiento: {m(D, '25-02-1993')}
Domicilio:           {m(A, 'Kale Nagusia 14, 2º izda.')}
                     20003 Donostia-San Sebastián (Gipuzkoa)
Teléfono:            {m(P, '943 55 62 18')}
Correo:              {m(E, 'nahia.etxeberria@euskaltel.net')}
Cuenta nómina:       {m(I, iban_es())}
Categoría:           Técnica de laboratorio, grupo 2
Fecha de alta:       02/05/2024
""")

pos("ticket", "es", f"""Incidencia #INC-30417 — Cliente no recibe SMS de verificación

Cliente: {m(N, 'Íñigo Zubiaurre Madariaga')}
Teléfono registrado: {m(P, '+34 688 55 19 02')}
Correo: {m(E, 'inigo.zubiaurre@gmail.com')}
NIE del titular secundario ({m(N, 'Oksana Melnychuk')}): {m(ID, nie())}

Descripción del agente ({m(N, 'Maite')}):
El cliente indica que no le llega el SMS desde el cambio de operador. En los logs vemos:
  2024-03-18 12:01:44 sms.send to={m(P, '+34688551902')} status=REJECTED carrier_code=21
  2024-03-18 12:05:10 login.attempt user={m(E, 'inigo.zubiaurre@gmail.com')} ip={m(IP, ipv4_public())} result=MFA_PENDING
Se escala a Telco para revisar el enrutado. Se ofrece verificación por correo mientras tanto.
""")

pos("legal", "es", f"""JUZGADO DE PRIMERA INSTANCIA Nº 4 DE SEVILLA
Procedimiento: Juicio verbal 1123/2023

CÉDULA DE CITACIÓN

Por la presente se cita a D.ª {m(N, 'Macarena Olivares Benjumea')}, con DNI {m(ID, dni())}, nacida el
{m(D, '12 de diciembre de 1970')}, con domicilio en {m(A, 'Avda. de la Constitución 8, 3.º C')}, 41004 Sevilla,
para que comparezca ante este Juzgado el día 9 de julio de 2024 a las 11:00 horas, en calidad de
demandada, en el procedimiento promovido por D. {m(N, 'Alonso Pereda Villalobos')}.

Se le advierte que, de no comparecer, se le declarará en situación de rebeldía procesal.

En Sevilla, a 2 de abril de 2024.
La Letrada de la Administración de Justicia
""")

pos("chat", "es", f"""Telegram – grupo "Piso Lavapiés 🏠"
[21:03] {m(N, 'Camila Restrepo')}: chicos el casero pide copia del NIE de todos para el contrato
[21:04] {m(N, 'Thiago')}: el mío es {m(ID, nie())}
[21:04] {m(N, 'Camila Restrepo')}: {m(N, 'thiago')} por privado mejor 😅
[21:06] {m(N, 'Jorge Alcántara')}: yo se lo mando por mail a él directamente, ¿cuál es? 
[21:07] {m(N, 'Camila Restrepo')}: {m(E, 'gerardo.pinilla.alquileres@gmail.com')}, se llama {m(N, 'Gerardo')}
[21:09] {m(N, 'Jorge Alcántara')}: ok. y la dirección exacta para el contrato es {m(A, 'Calle del Ave María 31, 2º dcha')} no?
[21:10] {m(N, 'Thiago')}: sí, 28012
""")

pos("json", "es", f"""{{
  "pedido": "ES-77120",
  "cliente": {{
    "nombre": "{m(N, 'Guadalupe Ibarra Santacruz')}",
    "documento": {{"tipo": "DNI", "numero": "{m(ID, dni())}"}},
    "telefono": "{m(P, '+34 655 55 31 07')}",
    "email": "{m(E, 'lupe.ibarra@yahoo.es')}",
    "direccion_envio": {{
      "via": "{m(A, 'Paseo de Gràcia 92, ático 1ª')}",
      "cp": "08008",
      "ciudad": "Barcelona"
    }}
  }},
  "pago": {{"metodo": "tarjeta", "numero": "{m(C, card('4', 16, '-'))}", "caducidad": "07/27"}},
  "importe": 129.95,
  "moneda": "EUR"
}}
""")

pos("medical", "es-MX", f"""HOSPITAL ÁNGELES – Nota de referencia

Paciente: {m(N, 'Xóchitl Ramírez Huerta')}
Fecha de nacimiento: {m(D, '30/06/1982')}
CURP: {m(ID, curp('RAHX820630MDFMRC0'))}
Domicilio: {m(A, 'Av. Insurgentes Sur 1602, Int. 504')}, Col. Crédito Constructor, CDMX
Teléfono: {m(P, '55 5555 2190')}

Se refiere a la paciente al servicio de Endocrinología por nódulo tiroideo de 1.8 cm (TI-RADS 4).
Antecedentes: hipotiroidismo en tratamiento con levotiroxina 75 mcg.

Atentamente,
Dra. {m(N, 'Fernanda Lozano Ibáñez')}, Médico Internista — Céd. Prof. {m(ID, digits(7))}
""")

pos("invoice", "es", f"""FACTURA Nº A-2024/0192

Emisor: {m(N, 'Rubén Castellví Puig')} – Fontanería y Calefacción
NIF {m(ID, dni())} · {m(A, 'Carrer de Sants 215, bajos')} · 08028 Barcelona · Tel. {m(P, '93 555 40 71')}

Cliente: {m(N, 'Montserrat Vidal i Ferrer')} · {m(A, 'Carrer de Verdi 44, 1r 2a')} · 08012 Barcelona

Concepto                                        Importe
Sustitución de caldera estanca 24 kW            1.480,00 €
Mano de obra (6 h)                                270,00 €
Base imponible                                  1.750,00 €
IVA 21 %                                          367,50 €
TOTAL                                           2.117,50 €

Forma de pago: transferencia a {m(I, iban_es())} en 15 días.
""")

pos("form", "es", f"""SOLICITUD DE TARJETA DE SOCIO – Club Deportivo Ribera

Nombre y apellidos: {m(N, 'Álvaro Quiñones de Mendoza')}
Fecha de nacimiento: {m(D, '5 de marzo de 2008')}
DNI/NIE: {m(ID, dni())}
Tutor legal (menores): {m(N, 'Beatriz de Mendoza Ruiz')} — Tel. {m(P, '626 55 09 81')}
Dirección: {m(A, 'Plaza del Pilar 6, 5º A')}, 50003 Zaragoza
Correo electrónico: {m(E, 'beatriz.mendoza.ruiz@outlook.es')}
Modalidad: natación (nivel avanzado) · Cuota trimestral 96 €
""")

pos("minutes", "es-AR", f"""Acta de reunión – Cooperativa de Vivienda "El Ceibo"
Fecha: 14/05/2024 – Lugar: SUM del edificio

Asistentes: {m(N, 'Florencia Giménez')} (presidenta), {m(N, 'Matías Coria')} (tesorero), {m(N, 'Néstor Abdala')},
{m(N, 'Valentina Ruiz Díaz')}, {m(N, 'Hernán Szwarcberg')}

1. {m(N, 'Matías')} informa saldo de caja: $1.284.300.
2. Reparación de la bomba de agua: se aprueba presupuesto de "Hidro Sur".
3. {m(N, 'Néstor')} solicita que se actualice el padrón; su nuevo celular es {m(P, '+54 9 11 5555-8812')}.

Se levanta la sesión a las 21:40. Firma: {m(N, 'F. Giménez')}.
""")

# =============================================================================================
# Italian
# =============================================================================================

pos("email", "it", f"""Da: {m(N, 'Benedetta Scarpellini')} <{m(E, 'benedetta.scarpellini@libero.it')}>
A: Ufficio Anagrafe <{m(E, 'anagrafe@comune.example.it')}>
Oggetto: Richiesta certificato di residenza

Gentile Ufficio,

chiedo il rilascio di un certificato di residenza storico. Questi i miei dati:
  Nome e cognome: {m(N, 'Benedetta Scarpellini')}
  Nata a Bologna il {m(D, '14/03/1987')}
  Codice fiscale: {m(ID, codice_fiscale('SCRBDT87C54A944'))}
  Residenza: {m(A, 'Via dei Mille 24, scala B, int. 7')}, 40121 Bologna
  Cellulare: {m(P, '+39 347 555 2109')}

Resto a disposizione per eventuali chiarimenti.
Cordiali saluti,
{m(N, 'Benedetta Scarpellini')}

Le informazioni contenute in questa comunicazione sono riservate e destinate esclusivamente al
destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di cancellarlo.
""")

pos("hr", "it", f"""SCHEDA ANAGRAFICA DIPENDENTE

Cognome:            {m(N, "D'Ambrosio")}
Nome:               {m(N, 'Gianluca')}
Luogo e data di nascita: Napoli, {m(D, '02/11/1975')}
Codice fiscale:     {m(ID, codice_fiscale('DMBGLC75S02F839'))}
Indirizzo:          {m(A, 'Corso Vittorio Emanuele II 112')}, 80121 Napoli
Telefono:           {m(P, '081 555 3390')}
E-mail personale:   {m(E, 'g.dambrosio75@virgilio.it')}
IBAN accredito:     {m(I, iban_it())}
Qualifica:          Impiegato tecnico, livello 5 CCNL Metalmeccanici
Responsabile:       ing. {m(N, 'Federico Mastrandrea')}
""")

pos("chat", "it", f"""Gruppo WhatsApp "Condominio {m(A, 'Via Roma 18')}"
[15/04/24, 18:40] {m(N, 'Chiara Lo Iacono')}: Buonasera a tutti, domani passa il tecnico per l'ascensore
[15/04/24, 18:42] {m(N, 'Salvatore')}: a che ora? io lavoro fino alle 17
[15/04/24, 18:43] {m(N, 'Chiara Lo Iacono')}: dalle 9 alle 12. Se serve lascio io le chiavi, sono all'interno 5
[15/04/24, 18:45] {m(N, 'Ornella Vitale')}: grazie {m(N, 'Chiara')} 🙏 il numero dell'amministratore {m(N, 'Cusumano')} è {m(P, '091 555 8841')}
[15/04/24, 18:47] {m(N, 'Salvatore')}: perfetto. {m(N, 'Ornella')} hai ancora il modulo per la detrazione?
[15/04/24, 18:50] {m(N, 'Ornella Vitale')}: sì te lo mando, dammi la mail
[15/04/24, 18:51] {m(N, 'Salvatore')}: {m(E, 'salvo.genovese72@gmail.com')}
""")

pos("medical", "it", f"""AZIENDA OSPEDALIERA – Lettera di dimissione

Paziente: {m(N, 'MASTRANDREA FEDERICO')}        Nato il: {m(D, '09/09/1968')}
Codice fiscale: {m(ID, codice_fiscale('MSTFRC68P09L219'))}
Residente in: {m(A, 'Via Nizza 150')}, 10126 Torino

Diagnosi di dimissione: frattura pluriframmentaria del radio distale destro, trattata con
riduzione e sintesi con placca volare il 21/02/2024.
Terapia: paracetamolo 1 g al bisogno, enoxaparina 4000 UI s.c. per 10 giorni.
Controllo ambulatoriale ortopedico tra 15 giorni (prenotare al {m(P, '011 555 6020')}).

Il medico di reparto: dott.ssa {m(N, 'Giulia Perotti Brambilla')}
""")

pos("legal", "it", f"""TRIBUNALE ORDINARIO DI PALERMO – Sezione Civile

ATTO DI CITAZIONE

La sig.ra {m(N, 'Chiara Lo Iacono')}, nata a Palermo il {m(D, '21 luglio 1992')} (C.F. {m(ID, codice_fiscale('LCNCHR92L61G273'))}),
residente in {m(A, 'Via Maqueda 301')}, 90133 Palermo, rappresentata e difesa dall'avv. {m(N, 'Rosario Cangemi')},
con studio in {m(A, 'Via Libertà 47')}, Palermo (PEC {m(E, 'rosario.cangemi@pec.avvocatipalermo.it')})

CITA

il sig. {m(N, 'Calogero Bonanno')}, residente in {m(A, 'Via Sciuti 88')}, 90144 Palermo, a comparire innanzi al
Tribunale di Palermo all'udienza del 15 ottobre 2024, ore 9:30.
""")

pos("invoice", "it", f"""Fattura n. 37/2024 del 28/03/2024

Cedente: Studio di Architettura Arch. {m(N, 'Matteo Zanetti')}
{m(A, 'Piazza Santo Stefano 3')}, 40125 Bologna
Tel. {m(P, '051 555 2736')} — {m(E, 'studio@zanettiarchitettura.it')}

Cessionario: {m(N, 'Ilaria Bonfiglio')}, {m(A, 'Via Saragozza 61')}, 40123 Bologna

Descrizione                                   Imponibile
Progetto di ristrutturazione interna          3.200,00 €
Pratica CILA                                     600,00 €
Contributo integrativo 4%                        152,00 €
IVA 22%                                          869,44 €
Totale documento                               4.821,44 €

Pagamento: bonifico su {m(I, iban_it())} entro 30 gg d.f.
""")

pos("form", "it", f"""MODULO DI ISCRIZIONE – Palestra Fitness Aurora

Cognome e nome: {m(N, 'Esposito-Kamara Aminata')}
Data di nascita: {m(D, '3 gennaio 1999')}
Indirizzo: {m(A, 'Via Toledo 256')}, 80134 Napoli
Cellulare: {m(P, '331 555 4408')}
E-mail: {m(E, 'aminata.ek@hotmail.it')}
Documento: carta d'identità n. {m(ID, 'CA' + digits(5, DIG) + R.choice('ABCDEFGHJKLMNPRSTUVZ') + R.choice('ABCDEFGHJKLMNPRSTUVZ'))}
Certificato medico sportivo: valido fino al 10/2024
Abbonamento: annuale, pagato con carta {m(C, card('5', 16))}
""")

# =============================================================================================
# Portuguese (Brazil)
# =============================================================================================

pos("email", "pt-BR", f"""De: {m(N, 'Thaís Albuquerque')} <{m(E, 'thais.albuquerque@uol.com.br')}>
Para: RH Vértice Engenharia <{m(E, 'rh@verticeeng.com.br')}>
Assunto: Documentos para admissão

Olá, {m(N, 'Juliana')}!

Seguem os dados para o meu cadastro:
  Nome completo: {m(N, 'Thaís Albuquerque Nogueira')}
  CPF: {m(ID, cpf())}
  RG: {m(ID, rg_sp())} (SSP-SP)
  Data de nascimento: {m(D, '18/10/1996')}
  Endereço: {m(A, 'Rua Augusta, 1508, apto 72')} – Consolação, São Paulo/SP, CEP 01304-001
  Celular/WhatsApp: {m(P, '(11) 95555-3127')}

Qualquer coisa é só chamar!
Abraços,
{m(N, 'Thaís')}
""")

pos("chat", "pt-BR", f"""[WhatsApp] Grupo "Churrasco sábado 🔥"
[12/04 19:22] {m(N, 'Caio Takahashi')}: galera, quem vai levar carvão?
[12/04 19:23] {m(N, 'Rafa Guimarães')}: eu levo! manda o pix pra rachar a carne
[12/04 19:24] {m(N, 'Caio Takahashi')}: pix é meu cpf {m(ID, cpf(False))}
[12/04 19:25] {m(N, 'Luana')}: tô dentro, {m(N, 'Caio')} qual o endereço mesmo?
[12/04 19:26] {m(N, 'Caio Takahashi')}: {m(A, 'Rua Harmonia, 455, casa 2')}, Vila Madalena. interfone não funciona, liga no {m(P, '11 98555-7720')}
[12/04 19:30] {m(N, 'Jussara')}: levo a farofa 😂 @{m(N, 'Luana')} vc leva o vinagrete?
""")

pos("json", "pt-BR", f"""{{
  "pedido": 884120,
  "status": "PAGO",
  "comprador": {{
    "nome": "{m(N, 'Jussara Oliveira dos Santos')}",
    "cpf": "{m(ID, cpf())}",
    "nascimento": "{m(D, '1978-04-09')}",
    "email": "{m(E, 'jussara.osantos@bol.com.br')}",
    "telefone": "{m(P, '+55 21 99555-4410')}"
  }},
  "entrega": {{
    "logradouro": "{m(A, 'Av. Nossa Senhora de Copacabana, 1120, ap. 803')}",
    "bairro": "Copacabana",
    "cidade": "Rio de Janeiro",
    "uf": "RJ",
    "cep": "22060-002"
  }},
  "pagamento": {{"forma": "cartao", "bandeira": "elo", "final": "4417"}}
}}
""")

pos("medical", "pt-BR", f"""ENCAMINHAMENTO – Unidade Básica de Saúde Jardim Botânico

Paciente: {m(N, 'Raimundo Nonato Bezerra')}
Data de nascimento: {m(D, '02/02/1951')}
Cartão Nacional de Saúde (CNS): {m(ID, cns())}
Endereço: {m(A, 'Rua Jardim Botânico, 674, bloco B, ap. 101')}, Rio de Janeiro/RJ
Telefone para contato: {m(P, '(21) 3555-0912')} (filha {m(N, 'Cláudia')})

Ao serviço de Oftalmologia: paciente diabético há 15 anos, com baixa acuidade visual progressiva em
olho direito. Solicito avaliação de retinopatia diabética e fundoscopia.

Dra. {m(N, 'Mariana Fonseca Rezende')}
""")

pos("legal", "pt-BR", f"""CONTRATO DE LOCAÇÃO RESIDENCIAL

LOCADOR: {m(N, 'Rafael Guimarães de Souza')}, brasileiro, casado, engenheiro, portador do RG {m(ID, rg_sp())} e
inscrito no CPF sob nº {m(ID, cpf())}, residente na {m(A, 'Rua Haddock Lobo, 595, apto 141')}, São Paulo/SP.

LOCATÁRIA: {m(N, 'Luana Nascimento Pereira')}, brasileira, solteira, designer, nascida em {m(D, '27/08/1994')},
CPF nº {m(ID, cpf())}, e-mail {m(E, 'luana.npereira@gmail.com')}.

OBJETO: imóvel situado na {m(A, 'Rua Fradique Coutinho, 1247, apto 32')}, Pinheiros, São Paulo/SP.
PRAZO: 30 (trinta) meses, com início em 01/05/2024. ALUGUEL: R$ 3.800,00 mensais, com vencimento
todo dia 5, mediante depósito na conta do LOCADOR.
""")

pos("ticket", "pt-BR", f"""Chamado #2024-5531 — Cobrança em duplicidade no cartão

Cliente: {m(N, 'Edvaldo Cavalcanti Lins')} | CPF {m(ID, cpf())} | {m(P, '(81) 99555-0273')}
Canal: chat

Mensagem do cliente:
"Boa tarde, fui cobrado duas vezes na fatura. Meu cartão é o {m(C, card('6062', 16))} (Hipercard),
compra de 12/03 no valor de R$ 489,90. Moro na {m(A, 'Rua da Aurora, 325, sala 4')}, Recife, se precisarem enviar algo."

Resposta (atendente {m(N, 'Priscila')}): estorno solicitado, protocolo EST-77812. Orientado a não informar
número completo do cartão em canais de atendimento.
""")

# =============================================================================================
# Portuguese (Portugal)
# =============================================================================================

pos("email", "pt-PT", f"""De: {m(N, 'João Pedro Gonçalves Tavares')} <{m(E, 'jp.tavares@sapo.pt')}>
Para: Contabilidade <{m(E, 'contabilidade@atlanticoconsult.pt')}>
Assunto: Dados para recibos verdes

Boa tarde, Dra. {m(N, 'Inês')},

Envio os dados em falta para a emissão das faturas-recibo:
  NIF: {m(ID, nif_pt())}
  Morada: {m(A, 'Rua de Santa Catarina, 422, 3.º Esq.')}, 4000-443 Porto
  IBAN: {m(I, iban_pt())}
  Telemóvel: {m(P, '+351 912 555 483')}

Com os melhores cumprimentos,
{m(N, 'João Pedro Tavares')}
""")

pos("form", "pt-PT", f"""FICHA DE INSCRIÇÃO – Escola Básica n.º 2 de Braga (ano letivo 2024/2025)

Nome do aluno: {m(N, 'Matilde Magalhães Sequeira')}
Data de nascimento: {m(D, '16/04/2016')}
N.º de utente SNS: {m(ID, digits(9))}
NIF do aluno: {m(ID, nif_pt())}
Morada: {m(A, 'Avenida da Liberdade, 245, 5.º Dto.')}, 4710-251 Braga

Encarregado de educação: {m(N, 'Inês Magalhães')} (mãe)
Contacto: {m(P, '253 555 190')} / {m(P, '936 555 227')} — {m(E, 'ines.magalhaes@gmail.com')}
Autoriza saída sozinho(a): Não
""")

pos("hr", "pt-PT", f"""Processamento salarial — março de 2024

Colaborador: {m(N, 'Duarte Mascarenhas Vilaça')}        N.º mecanográfico: 00412
NIF: {m(ID, nif_pt())}      N.º Segurança Social: {m(ID, niss())}
Morada fiscal: {m(A, 'Travessa do Carmo, 8, 1.º')}, 1200-095 Lisboa

Vencimento base ........... 1.850,00 €
Subsídio de alimentação .....  132,00 €
IRS (retenção) ............. -296,00 €
Segurança Social (11%) ..... -203,50 €
Líquido a receber ......... 1.482,50 €

Transferido para {m(I, iban_pt())} em 28/03/2024.
""")

# =============================================================================================
# Dutch
# =============================================================================================

pos("email", "nl", f"""Van: {m(N, 'Maarten van der Heijden')} <{m(E, 'maarten.vanderheijden@ziggo.nl')}>
Aan: Klantenservice <{m(E, 'klantenservice@woonnet-amstel.nl')}>
Onderwerp: Re: Huurverhoging 2024 – bezwaar

Beste mevrouw {m(N, 'Ter Horst')},

Hierbij maak ik bezwaar tegen de voorgestelde huurverhoging voor mijn woning aan de
{m(A, 'Van Woustraat 14 II')}, 1073 LL Amsterdam. Mijn huurcontractnummer is 30-11872.
U kunt mij bereiken op {m(P, '06-55 21 87 43')}.

Met vriendelijke groet,
{m(N, 'Maarten van der Heijden')}

Op 2 mei 2024 om 14:02 schreef {m(N, 'Anouk ter Horst')} <{m(E, 'a.terhorst@woonnet-amstel.nl')}>:
> Geachte heer {m(N, 'Van der Heijden')}, per 1 juli wordt uw kale huur verhoogd met 5,5%.
> Met vriendelijke groet, {m(N, 'Anouk ter Horst')}, Team Verhuur, tel. {m(P, '020 555 4100')}

Dit bericht is uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per abuis ontvangen,
verwijder het dan en informeer de afzender.
""")

pos("hr", "nl", f"""Personeelsdossier – indiensttreding

Achternaam:       {m(N, 'De Vries-Bakker')}
Voornamen:        {m(N, 'Femke Johanna')}
Geboortedatum:    {m(D, '04-08-1989')}
BSN:              {m(ID, bsn())}
Adres:            {m(A, 'Burgemeester de Withstraat 9')}
                  3451 AB Utrecht
Telefoon:         {m(P, '+31 6 5553 9012')}
IBAN salaris:     {m(I, iban_nl('INGB'))}
Nummer ID-kaart:  {m(ID, rnd(2, 'ABCDEFGHJKLNPRSTUVWXYZ') + rnd(6, 'ABCDEFGHJKLNPRSTUVWXYZ0123456789') + digits(1, DIG))}
Functie:          Senior verpleegkundige, afdeling Cardiologie
Leidinggevende:   {m(N, 'Joost van Wijngaarden')}
""")

pos("chat", "nl", f"""[Teams] Kanaal: Servicedesk Noord
{m(N, 'Tjitske Hoekstra')}  08:47
@{m(N, 'Youssef')} kun jij meneer {m(N, 'Ramdin')} terugbellen? {m(P, '050 555 3187')}, gaat over zijn laptop

{m(N, 'Youssef El Amrani')}  08:49
Doe ik. Is dat {m(N, 'Priya')} of haar man?

{m(N, 'Tjitske Hoekstra')}  08:50
Haar man, {m(N, 'Ravi Ramdin')}. Laptop MAC {m(MAC, mac(':', True))} staat op de blocklist sinds gisteren

{m(N, 'Youssef El Amrani')}  08:58
Opgelost, was een verlopen certificaat. Ticket gesloten 👍
""")

pos("sql", "nl", f"""-- export patienten (test-omgeving bevatte productiedata! zie incident PRIV-2024-07)
INSERT INTO patient (id, naam, geboortedatum, bsn, straat, postcode, plaats, telefoon) VALUES
(5001, '{m(N, 'Sanne van den Broek')}', '{m(D, '1992-11-30')}', '{m(ID, bsn())}', '{m(A, 'Oudegracht 211-bis')}', '3511 NH', 'Utrecht', '{m(P, '06 5558 2210')}'),
(5002, '{m(N, 'Kees Oosterhuis')}', '{m(D, '1947-03-02')}', '{m(ID, bsn())}', '{m(A, 'Hoofdstraat 3')}', '9401 EA', 'Assen', '{m(P, '0592 555 128')}'),
(5003, '{m(N, 'Nguyen Van Long')}', '{m(D, '1985-07-19')}', '{m(ID, bsn())}', '{m(A, 'Keizersgracht 221-3hg')}', '1016 DV', 'Amsterdam', NULL);
""")

pos("tenancy", "nl-BE", f"""HUUROVEREENKOMST VOOR HOOFDVERBLIJFPLAATS

Tussen de ondergetekenden:
De verhuurder: {m(N, 'Wouter Claeys')}, geboren op {m(D, '12/06/1968')}, rijksregisternummer {m(ID, belgian_nn(1968, 6, 12, False))},
wonende te {m(A, 'Lange Leemstraat 87')}, 2018 Antwerpen;
en
De huurder: {m(N, 'Elif Yıldız')}, geboren op {m(D, '23/09/1997')}, rijksregisternummer {m(ID, belgian_nn(1997, 9, 23, True))}.

Voorwerp: een appartement gelegen te {m(A, 'Grote Steenweg 412, bus 5')}, 2600 Berchem.
Huurprijs: € 895 per maand, te storten op rekening {m(I, iban_be())}.
Huurwaarborg: twee maanden, op een geblokkeerde rekening op naam van de huurder.
""")

pos("invoice", "nl", f"""FACTUUR 2024-112

{m(N, 'Hendrikje Stoffels-Kamp')}
Klussenbedrijf
{m(A, 'Dorpsstraat 48')}
6731 AC Otterlo

Aan: dhr. {m(N, 'B. Oudeman')}, {m(A, 'Molenweg 12A')}, 6721 BH Bennekom

Omschrijving                                  Bedrag
Vervangen dakgoot (12 m)                      € 640,00
Arbeid 7 uur à € 52,50                        € 367,50
BTW 21%                                       € 211,58
Totaal                                      € 1.219,08

Graag binnen 14 dagen overmaken op {m(I, iban_nl('RABO'))} o.v.v. factuurnummer.
Vragen? Bel {m(P, '06 55 44 10 29')}.
""")

pos("log", "nl", f"""[2024-05-06 09:14:02] auth.INFO: Inloggen gelukt {{"gebruiker":"{m(E, 'l.dekker-amrani@gemeente-example.nl')}","ip":"{m(IP, ipv4_public())}","mfa":"totp"}}
[2024-05-06 09:14:40] auth.INFO: Inloggen gelukt {{"gebruiker":"{m(E, 'pieter.hofstede@gemeente-example.nl')}","ip":"{m(IP, ipv4_public())}","mfa":"sms"}}
[2024-05-06 09:15:11] app.WARNING: BSN in vrij tekstveld gedetecteerd {{"veld":"opmerking","waarde":"{m(ID, bsn())}","gebruiker":"{m(E, 'pieter.hofstede@gemeente-example.nl')}"}}
[2024-05-06 09:16:00] app.INFO: Export aanvraag WMO-voorzieningen gestart {{"rijen":214}}
""")

# =============================================================================================
# Polish
# =============================================================================================

pos("email", "pl", f"""Od: {m(N, 'Zofia Kaczmarczyk')} <{m(E, 'zofia.kaczmarczyk@wp.pl')}>
Do: Biuro Obsługi Klienta <{m(E, 'bok@energa-example.pl')}>
Temat: Zmiana właściciela licznika

Dzień dobry,

w związku z zakupem mieszkania proszę o przepisanie umowy na mnie. Moje dane:
  Imię i nazwisko: {m(N, 'Zofia Kaczmarczyk')}
  PESEL: {m(ID, pesel(1986, 2, 17, True))}
  Data urodzenia: {m(D, '17.02.1986')}
  Adres: {m(A, 'ul. Grunwaldzka 182/14')}, 80-266 Gdańsk
  Telefon: {m(P, '+48 601 555 273')}
  Numer konta do zwrotu nadpłaty: {m(I, iban_simple('PL', 24))}

Poprzedni właściciel, pan {m(N, 'Bartłomiej Grzybowski')}, wyraził zgodę (w załączniku).

Z poważaniem
{m(N, 'Zofia Kaczmarczyk')}
""")

pos("hr", "pl", f"""KWESTIONARIUSZ OSOBOWY DLA PRACOWNIKA

1. Imię (imiona) i nazwisko: {m(N, 'Krzysztof Andrzej Wiśniewski-Nowak')}
2. Data urodzenia: {m(D, '30 listopada 1983')}
3. Numer PESEL: {m(ID, pesel(1983, 11, 30, False))}
4. Seria i numer dowodu osobistego: {m(ID, dowod())}
5. Adres zamieszkania: {m(A, 'ul. Piotrkowska 104 m. 7')}, 90-006 Łódź
6. Dane kontaktowe: tel. {m(P, '502 555 118')}, e-mail {m(E, 'k.wisniewski.nowak@onet.pl')}
7. Numer rachunku bankowego: {m(I, iban_simple('PL', 24, False))}
8. Osoba do powiadomienia: {m(N, 'Magdalena Wiśniewska')}, tel. {m(P, '+48 698 555 041')}
""")

pos("chat", "pl", f"""Messenger — grupa „Wspólnota {m(A, 'Mokotowska 12')}”
{m(N, 'Agnieszka Wróbel')}: Dzień dobry, czy ktoś ma numer do administratora?
{m(N, 'Tadeusz Mazurkiewicz')}: pan {m(N, 'Lisiecki')}, {m(P, '22 555 18 90')}, ale odbiera tylko do 15
{m(N, 'Agnieszka Wróbel')}: dzięki! cieknie z sufitu w klatce B 😩
{m(N, 'Ola')}: u mnie też, mieszkanie 14. {m(N, 'Tadek')} możesz zadzwonić?
{m(N, 'Tadeusz Mazurkiewicz')}: dzwonię. {m(N, 'Agnieszka')} podaj jeszcze swój numer mieszkania
{m(N, 'Agnieszka Wróbel')}: {m(A, 'Mokotowska 12 m. 9')}, 2 piętro
""")

pos("legal", "pl", f"""Sąd Rejonowy dla Krakowa-Śródmieścia w Krakowie, I Wydział Cywilny
Sygn. akt I C 1441/23

POZEW O ZAPŁATĘ

Powód: {m(N, 'Jarosław Pawlikowski')}, PESEL {m(ID, pesel(1972, 6, 3, False))},
zam. {m(A, 'ul. Długa 55/3')}, 31-147 Kraków

Pozwana: {m(N, 'Dominika Szczęsna-Bąk')}, PESEL {m(ID, pesel(1995, 1, 22, True))},
zam. {m(A, 'os. Centrum C 6/118')}, 31-929 Kraków

Wartość przedmiotu sporu: 12 400 zł

Wnoszę o zasądzenie od pozwanej na rzecz powoda kwoty 12 400 zł wraz z ustawowymi odsetkami za
opóźnienie od dnia 1 września 2023 r. tytułem zwrotu pożyczki.
""")

pos("csv", "pl", f"""id;imie;nazwisko;pesel;telefon;email;miasto
1;{m(N, 'Wiktoria')};{m(N, 'Żurawska')};{m(ID, pesel(2001, 9, 14, True))};{m(P, '730 555 192')};{m(E, 'wiktoria.zurawska@gmail.com')};Poznań
2;{m(N, 'Mateusz')};{m(N, 'Chmielewski')};{m(ID, pesel(1990, 4, 8, False))};{m(P, '+48 512 555 640')};{m(E, 'mchmielewski@interia.pl')};Wrocław
3;{m(N, 'Halina')};{m(N, 'Ostrowska-Kuc')};{m(ID, pesel(1958, 12, 1, True))};{m(P, '85 555 62 11')};;Białystok
""")

pos("medical", "pl", f"""SKIEROWANIE DO PORADNI KARDIOLOGICZNEJ

Pacjent: {m(N, 'Stanisław Jędrzejczak')}, ur. {m(D, '11.05.1949')}, PESEL {m(ID, pesel(1949, 5, 11, False))}
Adres: {m(A, 'ul. Kościuszki 40 m. 2')}, 15-420 Białystok
Tel.: {m(P, '85 555 73 04')}

Rozpoznanie: I20.8 Inne postacie dławicy piersiowej.
Uzasadnienie: bóle w klatce piersiowej przy wysiłku od 2 miesięcy, EKG bez ostrych zmian.
Proszę o konsultację i ewentualne badanie wysiłkowe.

lek. {m(N, 'Marta Zielonka-Wójcik')}, specjalista medycyny rodzinnej
""")

# =============================================================================================
# Swedish
# =============================================================================================

pos("email", "sv", f"""Från: {m(N, 'Åsa Lindqvist')} <{m(E, 'asa.lindqvist@telia.com')}>
Till: Försäkringskassan handläggare {m(N, 'Johan Ekström')} <{m(E, 'johan.ekstrom@fk-example.se')}>
Ämne: Sv: Komplettering föräldrapenning

Hej {m(N, 'Johan')}!

Här kommer kompletteringen ni bad om. Barnets namn är {m(N, 'Elsa Lindqvist Berg')}, född {m(D, '2023-09-04')},
personnummer {m(ID, personnummer(2023, 9, 4, True))}. Mitt eget personnummer är {m(ID, personnummer(1988, 1, 26, True))}.
Vi bor på {m(A, 'Södermannagatan 21, lgh 1102')}, 116 40 Stockholm.

Ring gärna på {m(P, '070-555 48 12')} om något är oklart.

Vänliga hälsningar
{m(N, 'Åsa')}
""")

pos("hr", "sv", f"""ANSTÄLLNINGSAVTAL – personuppgifter

Namn:            {m(N, 'Linnea Björklund Haddad')}
Personnummer:    {m(ID, personnummer(1994, 6, 13, True, '-', True))}
Adress:          {m(A, 'Vasagatan 7B')}, 411 24 Göteborg
Mobil:           {m(P, '+46 73 555 20 19')}
E-post:          {m(E, 'linnea.bjorklund.h@gmail.com')}
Tjänst:          Projektledare, tillsvidare från 2024-08-19
Närmaste chef:   {m(N, 'Gustav Nordenskjöld')}
Anhörig:         {m(N, 'Karim Haddad')}, {m(P, '0702-55 31 88')}
""")

pos("chat", "sv", f"""#kundtjanst (Slack-export)
{m(N, 'oskar.wallin')}: någon som kan ta ärendet från fru {m(N, 'Sandström')}? hon har ringt tre gånger
{m(N, 'mira.aaltonen')}: jag tar det. har vi hennes nummer?
{m(N, 'oskar.wallin')}: {m(P, '08-555 219 40')}, hon heter {m(N, 'Birgitta Sandström')}, leveransen till {m(A, 'Tulegatan 33')} har inte kommit
{m(N, 'mira.aaltonen')}: ok. paketet står som levererat hos ombud sedan i fredags
{m(N, 'oskar.wallin')}: tack {m(N, 'Mira')} 🙏
""")

pos("medical", "sv", f"""REMISS – Hudkliniken, Akademiska sjukhuset

Patient: {m(N, 'Nils-Erik Holmqvist')}
Personnummer: {m(ID, personnummer(1952, 3, 8, False, '-', True))}
Adress: {m(A, 'Svartbäcksgatan 44')}, 753 33 Uppsala
Telefon: {m(P, '018-555 63 21')}

Frågeställning: pigmenterad förändring rygg, 9 mm, oregelbunden kant, tillväxt senaste halvåret.
Dermatoskopi inger misstanke om malignt melanom. Önskar bedömning och excision.

Remitterande läkare: {m(N, 'Amra Hodžić')}, leg. läkare, Vårdcentralen Luthagen
""")

pos("json", "sv", f"""{{
  "kund": {{
    "namn": "{m(N, 'Petter Sjöberg')}",
    "personnummer": "{m(ID, personnummer(1979, 12, 31, False, ''))}",
    "epost": "{m(E, 'petter.sjoberg@bredband.net')}",
    "telefon": "{m(P, '+46705553317')}",
    "adress": {{"gata": "{m(A, 'Storgatan 5 A')}", "postnummer": "903 26", "ort": "Umeå"}}
  }},
  "betalning": {{"typ": "kort", "nummer": "{m(C, card('4571', 16, ''))}", "giltigt_till": "2027-03"}},
  "senaste_inloggning": {{"ip": "{m(IP, ipv4_public())}", "tid": "2024-05-11T19:02:44+02:00"}}
}}
""")

# =============================================================================================
# Norwegian
# =============================================================================================

pos("email", "no", f"""Fra: {m(N, 'Eirik Haugland')} <{m(E, 'eirik.haugland@online.no')}>
Til: {m(N, 'Siv Rønneberg')} <{m(E, 'siv.ronneberg@advokatfirma-vest.no')}>
Emne: Skjøte – leilighet i Bergen

Hei {m(N, 'Siv')},

Takk for utkastet. Her er opplysningene som manglet:
  Kjøper: {m(N, 'Eirik Haugland')}, fødselsnummer {m(ID, fodselsnummer(1987, 10, 5, False))}
  Medkjøper: {m(N, 'Ingvild Haugland Aase')}, fødselsnummer {m(ID, fodselsnummer(1989, 2, 14, True))}
  Eiendom: {m(A, 'Nygårdsgaten 91, leilighet H0302')}, 5008 Bergen

Ring meg på {m(P, '+47 915 55 318')} hvis noe er uklart.

Med vennlig hilsen
{m(N, 'Eirik')}
""")

pos("hr", "no", f"""Personalopplysninger – ny ansatt

Navn: {m(N, 'Torbjørn Kvam')}
Fødselsdato: {m(D, '21.06.1990')}
Fødselsnummer: {m(ID, fodselsnummer(1990, 6, 21, False))}
Adresse: {m(A, 'Thorvald Meyers gate 58')}, 0552 Oslo
Mobil: {m(P, '45 55 21 09')}
E-post: {m(E, 'torbjorn.kvam@gmail.com')}
Kontonummer (lønn): {m(I, iban_simple('NO', 11))}
Nærmeste leder: {m(N, 'Hanne Bjerknes')}
Pårørende: {m(N, 'Solveig Kvam')} (mor), {m(P, '+47 930 55 412')}
""")

pos("chat", "no", f"""Teams – chat med {m(N, 'Kristoffer Lie')}
{m(N, 'Kristoffer Lie')} 13:02
hei! har du passnummeret til {m(N, 'Aslaug')} for reisen til Tromsø? trenger det til hotellet

{m(N, 'Mette Ringstad')} 13:05
Ja, det er {m(ID, rnd(2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(7, DIG))}. Hun er født {m(D, '3. mars 1975')} om de spør

{m(N, 'Kristoffer Lie')} 13:06
supert, takk {m(N, 'Mette')}! sletter denne meldingen etterpå
""")

pos("log", "no", f"""2024-02-19T06:30:11+01:00 fw01 DHCPACK on {m(IP, '192.168.50.23')} to {m(MAC, mac())} ({m(N, 'Halvard')}-sin-iPad) via igb1
2024-02-19T06:31:49+01:00 fw01 DHCPACK on {m(IP, '192.168.50.41')} to {m(MAC, mac())} (LAPTOP-{m(N, 'INGEBORG')}) via igb1
2024-02-19T06:40:02+01:00 fw01 openvpn[3301]: {m(N, 'ingeborg.dahl')}/{m(IP, ipv4_public())}:51820 MULTI: Learn: {m(IP, '10.9.0.6')} -> {m(N, 'ingeborg.dahl')}
2024-02-19T07:00:00+01:00 fw01 pfSense: backup completed, 14 files
""")

# =============================================================================================
# Danish
# =============================================================================================

pos("email", "da", f"""Fra: {m(N, 'Pernille Østergaard')} <{m(E, 'pernille.ostergaard@mail.dk')}>
Til: Borgerservice <{m(E, 'borgerservice@kommune-example.dk')}>
Emne: Flytning og nyt sundhedskort

Hej,

Jeg er flyttet pr. 1. maj og mangler stadig mit nye sundhedskort. Mine oplysninger:
  Navn: {m(N, 'Pernille Østergaard Nielsen')}
  CPR-nr.: {m(ID, cpr(1991, 7, 15, True))}
  Ny adresse: {m(A, 'Jægersborggade 24, 3. tv.')}, 2200 København N
  Telefon: {m(P, '+45 21 55 84 30')}

På forhånd tak.
Venlig hilsen
{m(N, 'Pernille')}
""")

pos("hr", "da", f"""Medarbejderstamkort

Navn:              {m(N, 'Rasmus Højgaard Mikkelsen')}
CPR:               {m(ID, cpr(1985, 12, 3, False))}
Fødselsdato:       {m(D, '03-12-1985')}
Adresse:           {m(A, 'Vestergade 17, 1. sal')}, 8000 Aarhus C
Mobil:             {m(P, '28 55 61 47')}
E-mail (privat):   {m(E, 'rasmus.hojgaard@gmail.com')}
IBAN (udbetaling): {m(I, iban_simple('DK', 14))}
Nærmeste leder:    {m(N, 'Sidsel Vinther')}
""")

pos("chat", "da", f"""Messenger – "Fodbold U11 forældre"
{m(N, 'Mads Kjærgaard')}: Hej alle, kamp lørdag kl 10 i Valby. Vi mangler kørsel til 3 drenge
{m(N, 'Louise')}: Jeg kan tage {m(N, 'Magnus')} og {m(N, 'Oliver')}
{m(N, 'Mads Kjærgaard')}: super {m(N, 'Louise')}! kan du hente dem på {m(A, 'Toftegårds Allé 12')}?
{m(N, 'Ahmad Rahimi')}: jeg kører {m(N, 'Idris')} selv. mit nr hvis der er ændringer: {m(P, '31 55 72 09')}
{m(N, 'Mads Kjærgaard')}: tak {m(N, 'Ahmad')} 👍
""")

pos("medical", "da", f"""HENVISNING – Ortopædkirurgisk Ambulatorium, Odense Universitetshospital

Patient: {m(N, 'Birthe Lauridsen Kjeldsen')}, CPR {m(ID, cpr(1956, 4, 9, True))}
Adresse: {m(A, 'Østre Stationsvej 33, st. th.')}, 5000 Odense C
Tlf.: {m(P, '66 55 19 23')}

Henvisningsårsag: Tiltagende smerter i højre hofte gennem 1 år, nu også i hvile. Røntgen viser
udtalt artrose. Ønskes vurderet med henblik på alloplastik.

Henvisende læge: {m(N, 'Jeppe Bonde')}, Lægehuset Vestergade
""")

# =============================================================================================
# Finnish
# =============================================================================================

pos("email", "fi", f"""Lähettäjä: {m(N, 'Oskari Väisänen')} <{m(E, 'oskari.vaisanen@elisanet.fi')}>
Vastaanottaja: Asiakaspalvelu <{m(E, 'asiakaspalvelu@vakuutus-example.fi')}>
Aihe: Vahinkoilmoitus 2024-0419

Hei,

ilmoitan vesivahingosta asunnossani osoitteessa {m(A, 'Hämeenkatu 14 B 22')}, 33100 Tampere.
Henkilötunnukseni on {m(ID, hetu(1982, 11, 27, False))} ja vakuutusnumero 88-4412-03.
Korvaukset voi maksaa tilille {m(I, iban_simple('FI', 14))}.

Tavoitatte minut numerosta {m(P, '040 555 7128')}.

Ystävällisin terveisin
{m(N, 'Oskari Väisänen')}
""")

pos("hr", "fi", f"""HENKILÖSTÖLOMAKE

Sukunimi:          {m(N, 'Kettunen')}
Etunimet:          {m(N, 'Aino Maria')}
Henkilötunnus:     {m(ID, hetu(2001, 3, 9, True))}
Syntymäaika:       {m(D, '9.3.2001')}
Osoite:            {m(A, 'Kauppakatu 31 A 5')}, 40100 Jyväskylä
Puhelin:           {m(P, '+358 50 555 3390')}
Sähköposti:        {m(E, 'aino.kettunen@gmail.com')}
Esimies:           {m(N, 'Jukka-Pekka Heikkilä')}
""")

pos("chat", "fi", f"""[Teams] #it-tuki
{m(N, 'Hannele Mäkeläinen')} 9.12
moi @{m(N, 'tuomas')}, mun VPN ei toimi taas. kone on LAPTOP-HM22, MAC {m(MAC, mac('-', True))}
{m(N, 'Tuomas Rantanen')} 9.14
katotaan. mikä IP sulla näkyy?
{m(N, 'Hannele Mäkeläinen')} 9.15
{m(IP, ipv4_public())}
{m(N, 'Tuomas Rantanen')} 9.21
sertifikaatti oli vanhentunut, uusittu. kokeile nyt {m(N, 'Hannele')}
{m(N, 'Hannele Mäkeläinen')} 9.22
toimii, kiitos!
""")

pos("medical", "fi", f"""LÄHETE – Sisätautien poliklinikka, TAYS

Potilas: {m(N, 'Ville-Matti Koskinen')}
Henkilötunnus: {m(ID, hetu(1963, 5, 2, False))}
Osoite: {m(A, 'Satakunnankatu 18 C 41')}, 33210 Tampere
Puhelin: {m(P, '045 555 8821')}

Lähetteen syy: Anemia (Hb 98 g/l), väsymys, painonlasku 6 kg kolmessa kuukaudessa.
Pyydetään gastroskopia ja kolonoskopia.

Lähettävä lääkäri: {m(N, 'Riikka Aaltonen')}, terveyskeskuslääkäri
""")

# =============================================================================================
# Czech
# =============================================================================================

pos("email", "cs", f"""Od: {m(N, 'Kateřina Procházková')} <{m(E, 'katerina.prochazkova@seznam.cz')}>
Komu: Pojišťovna – škody <{m(E, 'skody@pojistovna-example.cz')}>
Předmět: Hlášení pojistné události – byt

Dobrý den,

hlásím vytopení bytu od souseda (pan {m(N, 'Dvořák')}, byt nad námi). Moje údaje:
  Jméno: {m(N, 'Kateřina Procházková')}
  Rodné číslo: {m(ID, rodne_cislo(1983, 7, 14, True))}
  Adresa: {m(A, 'Vinohradská 1233/84')}, 130 00 Praha 3
  Telefon: {m(P, '+420 605 555 217')}
  Číslo účtu pro plnění: {m(I, iban_simple('CZ', 20, True, '0800'))}

S pozdravem
{m(N, 'Kateřina Procházková')}
""")

pos("hr", "cs", f"""OSOBNÍ DOTAZNÍK ZAMĚSTNANCE

Příjmení, jméno:     {m(N, 'Horák Ondřej')}
Datum narození:      {m(D, '2. 4. 1979')}
Rodné číslo:         {m(ID, rodne_cislo(1979, 4, 2, False))}
Číslo OP:            {m(ID, digits(9))}
Bydliště:            {m(A, 'Masarykova 512/17')}, 602 00 Brno
Telefon:             {m(P, '731 555 044')}
E-mail:              {m(E, 'ondrej.horak79@email.cz')}
Zdravotní pojišťovna: VZP (111)
Nadřízený:           Ing. {m(N, 'Ludmila Horáková')}
""")

pos("chat", "cs", f"""Slack #podpora-cz
{m(N, 'jiri.vesely')}: zákazník {m(N, 'Zdeněk Kolář')} volal kvůli faktuře, číslo {m(P, '777 555 318')}
{m(N, 'petra.novotna')}: vezmu to. jakou má adresu v systému?
{m(N, 'jiri.vesely')}: {m(A, 'Palackého 14')}, Olomouc
{m(N, 'petra.novotna')}: ok, faktura šla na starou adresu, opravím. díky {m(N, 'Jirko')}
""")

pos("legal", "cs", f"""USNESENÍ

Okresní soud v Plzni rozhodl samosoudkyní Mgr. {m(N, 'Janou Benešovou')} v právní věci žalobce
{m(N, 'Radek Šimánek')}, nar. {m(D, '15. 9. 1974')}, bytem {m(A, 'Klatovská třída 88')}, 301 00 Plzeň,
proti žalované {m(N, 'Veronika Kučerová')}, nar. {m(D, '1. 12. 1986')}, bytem {m(A, 'Americká 2241/12')}, 301 00 Plzeň,
o zaplacení 38 000 Kč s příslušenstvím,

takto: Řízení se přerušuje.
""")

# =============================================================================================
# Romanian
# =============================================================================================

pos("email", "ro", f"""De la: {m(N, 'Ioana Mărgineanu')} <{m(E, 'ioana.margineanu@yahoo.ro')}>
Către: Resurse Umane <{m(E, 'hr@softvision-example.ro')}>
Subiect: Documente angajare

Bună ziua, doamna {m(N, 'Popovici')},

Vă trimit datele pentru contractul de muncă:
  Nume: {m(N, 'Ioana Mărgineanu')}
  CNP: {m(ID, cnp(1993, 8, 21, True, '12'))}
  Data nașterii: {m(D, '21.08.1993')}
  Adresa: {m(A, 'Str. Memorandumului nr. 28, ap. 7')}, Cluj-Napoca
  Telefon: {m(P, '0745 555 219')}
  Cont salariu: {m(I, iban_ro())}

Cu stimă,
{m(N, 'Ioana')}
""")

pos("form", "ro", f"""CERERE DE ÎNSCRIERE – Grădinița nr. 14, București

Numele copilului: {m(N, 'Ștefănescu Luca Andrei')}
Data nașterii: {m(D, '07.05.2020')}
CNP copil: {m(ID, cnp(2020, 5, 7, False, '42'))}
Domiciliu: {m(A, 'Bd. Iuliu Maniu nr. 61, bl. 3, sc. B, et. 4, ap. 52')}, Sector 6

Mama: {m(N, 'Alexandra Ștefănescu')}, tel. {m(P, '+40 722 555 810')}, e-mail {m(E, 'alexandra.stefanescu@gmail.com')}
Tata: {m(N, 'Radu Ștefănescu')}, tel. {m(P, '0733 555 407')}
""")

pos("ticket", "ro", f"""Tichet #RO-8812 — Client blocat după 3 încercări

Client: {m(N, 'Gheorghița Vasilescu')} ({m(E, 'gvasilescu@gmail.com')})
Telefon: {m(P, '0264 555 312')}

Jurnal autentificare:
  2024-04-18 10:02:11 FAIL user={m(E, 'gvasilescu@gmail.com')} ip={m(IP, ipv4_public())}
  2024-04-18 10:02:40 FAIL user={m(E, 'gvasilescu@gmail.com')} ip={m(IP, ipv4_public())}
  2024-04-18 10:03:05 LOCKED user={m(E, 'gvasilescu@gmail.com')}

Notă agent ({m(N, 'Bogdan')}): clienta a confirmat identitatea telefonic, cont deblocat, resetare parolă trimisă.
""")

pos("legal", "ro", f"""CONTRACT DE ÎNCHIRIERE

Încheiat astăzi, 01.03.2024, între:
{m(N, 'Dumitrescu Mihai-Cristian')}, domiciliat în {m(A, 'Str. Lipscani nr. 19, ap. 3')}, București, CNP {m(ID, cnp(1969, 1, 30, False, '40'))},
în calitate de PROPRIETAR,
și
{m(N, 'Ana-Maria Constantinescu')}, născută la {m(D, '14 februarie 1998')}, CNP {m(ID, cnp(1998, 2, 14, True, '15'))},
în calitate de CHIRIAȘ.

Obiectul contractului: apartamentul situat în {m(A, 'Calea Victoriei nr. 120, et. 5, ap. 21')}, București.
Chiria lunară: 2.300 lei, plătibilă în contul {m(I, iban_ro())}.
""")

# =============================================================================================
# Turkish
# =============================================================================================

pos("email", "tr", f"""Kimden: {m(N, 'Elif Karaoğlu')} <{m(E, 'elif.karaoglu@hotmail.com')}>
Kime: İnsan Kaynakları <{m(E, 'ik@anadolu-lojistik.com.tr')}>
Konu: İşe giriş evrakları

Merhaba {m(N, 'Şebnem')} Hanım,

İşe giriş için istenen bilgileri aşağıda iletiyorum:
  Ad Soyad: {m(N, 'Elif Karaoğlu')}
  T.C. Kimlik No: {m(ID, tckn())}
  Doğum Tarihi: {m(D, '12.04.1995')}
  Adres: {m(A, 'Bağdat Caddesi No: 214 Daire: 9')}, Kadıköy / İstanbul
  Cep: {m(P, '0532 555 41 27')}
  IBAN: {m(I, iban('TR', digits(5, DIG) + '0' + digits(16, DIG)))}

Saygılarımla,
{m(N, 'Elif Karaoğlu')}
""")

pos("chat", "tr", f"""WhatsApp – "Site Yönetimi B Blok"
[10.03.2024 21:14] {m(N, 'Mert Yıldırımoğlu')}: Arkadaşlar aidat ödemeleri için yeni hesap numarası geldi
[10.03.2024 21:15] {m(N, 'Gülşah Demirtaş')}: Yönetici {m(N, 'Oğuzhan')} Bey'in numarası değişti mi? {m(P, '0533 555 18 62')} açmıyor
[10.03.2024 21:17] {m(N, 'Mert Yıldırımoğlu')}: yeni numarası {m(P, '+90 542 555 73 10')}
[10.03.2024 21:20] {m(N, 'Şükrü Aktaş')}: teşekkürler {m(N, 'Mert')}, ben {m(A, 'Atatürk Mah. Gül Sok. No: 7 D: 12')} deyim, kombi arızası var onu da ileteyim
""")

pos("form", "tr", f"""HASTA KAYIT FORMU – Özel Ege Tıp Merkezi

Adı Soyadı: {m(N, 'Oğuzhan Çelikkol')}
T.C. Kimlik No: {m(ID, tckn())}
Doğum Tarihi / Yeri: {m(D, '03/11/1968')} / İzmir
Adres: {m(A, 'Kıbrıs Şehitleri Cad. No: 55 K: 3')}, Alsancak, İzmir
Telefon: {m(P, '0232 555 14 90')}
Yakını: {m(N, 'Zeynep Çelikkol')} (eşi), {m(P, '0535 555 82 04')}
Sigorta: SGK
""")

pos("log", "tr", f"""2024-05-02 14:21:07 [GUVENLIK] Başarısız giriş: kullanıcı={m(N, 'burak.ozdemir')} kaynak={m(IP, ipv4_public())}
2024-05-02 14:21:19 [GUVENLIK] Başarısız giriş: kullanıcı={m(N, 'burak.ozdemir')} kaynak={m(IP, ipv4_public())}
2024-05-02 14:22:45 [GUVENLIK] Başarılı giriş: kullanıcı={m(N, 'burak.ozdemir')} kaynak={m(IP, ipv4_public())} cihaz={m(MAC, mac())}
2024-05-02 14:30:00 [SISTEM] Yedekleme tamamlandı (3.2 GB)
""")

pos("invoice", "tr", f"""FATURA – No: AND2024000000318

Satıcı: Anadolu Kırtasiye Ltd. Şti., Vergi No 1234567890
Alıcı: {m(N, 'Ayşe Nur Kahraman')}
TCKN: {m(ID, tckn())}
Adres: {m(A, 'Kızılay Mah. Atatürk Bulvarı No: 121/8')}, Çankaya / Ankara
Telefon: {m(P, '0312 555 27 33')}

Ürün                          Miktar   Birim Fiyat    Tutar
A4 fotokopi kağıdı (500'lü)     10       145,00 TL    1.450,00 TL
Dosya klasörü                   20        32,50 TL      650,00 TL
KDV %20                                                 420,00 TL
Genel Toplam                                          2.520,00 TL
""")

# =============================================================================================
# Hungarian
# =============================================================================================

pos("email", "hu", f"""Feladó: {m(N, 'Szabó Eszter')} <{m(E, 'szabo.eszter@freemail.hu')}>
Címzett: Ügyfélszolgálat <{m(E, 'ugyfelszolgalat@kozmu-example.hu')}>
Tárgy: Mérőóra-állás bejelentése

Tisztelt Ügyfélszolgálat!

A {m(A, 'Király utca 46. 2. em. 5.')} (1061 Budapest) alatti lakás gázmérőjének állása 04512 m³.
Felhasználó: {m(N, 'Szabó Eszter')}, születési dátum: {m(D, '1977. október 3.')}
Telefonszám: {m(P, '+36 30 555 1842')}

Üdvözlettel:
{m(N, 'Szabó Eszter')}
""")

pos("hr", "hu", f"""MUNKAVÁLLALÓI ADATLAP

Név:               {m(N, 'Kovácsné Tóth Andrea')}
Születési név:     {m(N, 'Tóth Andrea')}
Születési idő:     {m(D, '1984.05.19.')}
TAJ szám:          {m(ID, taj())}
Adóazonosító jel:  {m(ID, adoazonosito(1984, 5, 19))}
Lakcím:            {m(A, 'Petőfi Sándor utca 12.')}, 6720 Szeged
Telefon:           {m(P, '06 20 555 7310')}
Bankszámla:        {m(I, iban_simple('HU', 24))}
""")

pos("chat", "hu", f"""Viber – "Társasház, Dob utca"
{m(N, 'Bálint Nagy-Hegedűs')}: Sziasztok, holnap reggel 8-tól nincs víz a lépcsőházban
{m(N, 'Réka')}: köszi {m(N, 'Bálint')}! meddig?
{m(N, 'Bálint Nagy-Hegedűs')}: kb délig. a vízszerelő {m(N, 'Farkas Gábor')}, ha valakinek kérdése van: {m(P, '06 70 555 2291')}
{m(N, 'Zsófia Lakatos')}: a 3. emeleten is csöpög valami, {m(N, 'Gábor')} megnézhetné
""")

pos("medical", "hu", f"""BEUTALÓ – Szemészeti szakrendelés

Beteg neve: {m(N, 'Molnár Ferencné')}
Születési dátum: {m(D, '1948. 02. 11.')}
TAJ: {m(ID, taj())}
Lakcím: {m(A, 'Rákóczi út 77. fsz. 2.')}, 3300 Eger
Telefon: {m(P, '36/555-218')}

Diagnózis: H25.9 Időskori szürkehályog. Látásélesség jobb szem 0,3, bal szem 0,5.
Kérem műtéti előjegyzését.

Dr. {m(N, 'Kiss Levente')}, háziorvos
""")

# =============================================================================================
# Greek (Latin script)
# =============================================================================================

pos("email", "el", f"""From: {m(N, 'Eleftheria Papadopoulou')} <{m(E, 'e.papadopoulou@otenet.gr')}>
To: {m(N, 'Nikos Chatzigeorgiou')} <{m(E, 'nchatzigeorgiou@lawfirm-example.gr')}>
Subject: Stoixeia gia to symvolaio

Geia sou {m(N, 'Niko')},

ta stoixeia mou gia to symvolaio:
  Onomateponymo: {m(N, 'Eleftheria Papadopoulou')}
  Imerominia gennisis: {m(D, '22/01/1981')}
  AMKA: {m(ID, amka(1981, 1, 22))}
  AFM: {m(ID, afm())}
  Dieythynsi: {m(A, 'Odos Ermou 45, 3os orofos')}, 105 63 Athina
  Kinito: {m(P, '+30 694 555 2871')}

Efcharisto,
{m(N, 'Eleftheria')}
""")

pos("booking", "el", f"""KRATISI DOMATIOU – Hotel Kalimera, Chania

Onoma pelati: {m(N, 'Dimitra Kalogeropoulou')}
Synodos: {m(N, 'Stavros Kalogeropoulos')}
Afixi: 14/07/2024 – Anaxorisi: 21/07/2024
Tilefono: {m(P, '+30 210 555 4417')}
Email: {m(E, 'dimitra.kalogeropoulou@gmail.com')}
Arithmos diavatiriou: {m(ID, rnd(2, 'ABEHIKMNOPTXYZ') + digits(7, DIG))}
Karta eggyisis: {m(C, card('4', 16))}

Poliki akyrosis: dorean ews 7 imeres prin tin afixi.
""")

pos("hr", "el", f"""KARTELA ERGAZOMENOU

Eponymo: {m(N, 'Theodorakopoulos')}
Onoma: {m(N, 'Panagiotis')}
Patronymo: {m(N, 'Vasileios')}
Imerominia gennisis: {m(D, '05.06.1990')}
AMKA: {m(ID, amka(1990, 6, 5))}
Dieythynsi: {m(A, 'Leoforos Nikis 12')}, 546 22 Thessaloniki
Tilefono: {m(P, '2310 555 819')}
IBAN: {m(I, iban('GR', digits(3, '0') + digits(4, DIG) + digits(16, DIG)))}
""")

# =============================================================================================
# Non-English hard negatives
# =============================================================================================

neg("changelog", "de", """Versionshinweise – Kassensystem KassaPro

Version 5.3.0 (erschienen am 14.05.2024)
  Neu:
  • Unterstützung für TSE-Module der zweiten Generation (BSI-K-TR-0373-2023)
  • Export im DSFinV-K-Format 2.3
  Geändert:
  • Mindestversion Windows 10 22H2; Windows 8.1 wird nicht mehr unterstützt
  • Bibliothek OpenSSL auf 3.0.13 aktualisiert
  Behoben:
  • Absturz beim Storno von Bons mit mehr als 999 Positionen
  • Falsche Rundung bei 7 % USt. in Sonderfällen (Ticket-Nr. KP-4412)

Version 5.2.4 (erschienen am 02.03.2024)
  Behoben:
  • Druckertreiber für Epson TM-T88VII: Zeilenumbruch nach 42 Zeichen
""")

neg("netdoc", "de", """Netzwerkdokumentation Standort Hamburg – Stand 04/2024

Adressplan:
  Management-Netz:      10.40.0.0/24   (Gateway .1, Switches .10–.49)
  Clients Büro:         10.40.8.0/21   Subnetzmaske 255.255.248.0
  Drucker/IoT:          10.40.16.0/24
  Gäste-WLAN:           192.168.200.0/23, getrennt über eigenes VLAN 300
  DMZ:                  203.0.113.0/28 (Beispielnetz laut RFC 5737, in der Doku ersetzt)

DNS-Weiterleitung an die Resolver im Rechenzentrum. NTP über die Core-Switches.
Firewall-Regelwerk: Standard „deny“, Ausnahmen nur per Change-Antrag (CAB tagt dienstags).
Portsicherheit: max. 2 gelernte Adressen pro Access-Port, Verstoß → errdisable für 300 s.
""")

neg("recipe", "de", """Omas Apfelkuchen vom Blech

Zutaten für den Teig: 250 g Butter, 200 g Zucker, 1 Päckchen Vanillezucker, 4 Eier,
400 g Mehl, 1 Päckchen Backpulver, 125 ml Milch.
Für den Belag: 1,5 kg säuerliche Äpfel (z. B. Boskop), Saft einer halben Zitrone, 50 g Mandelblättchen,
2 EL Aprikosenkonfitüre.

Zubereitung:
1. Backofen auf 180 °C Ober-/Unterhitze vorheizen, Blech fetten.
2. Butter, Zucker und Vanillezucker schaumig rühren, Eier einzeln unterrühren.
3. Mehl und Backpulver mischen und abwechselnd mit der Milch unterheben.
4. Teig aufs Blech streichen, Apfelspalten dicht darauflegen.
5. 35–40 Minuten backen, noch warm mit erhitzter Konfitüre bestreichen und Mandeln bestreuen.
""")

neg("spec", "de", """Technisches Datenblatt – Akku-Bohrschrauber ABS 18-2 LI

Artikelnummer:        4.600.112 (Solo), 4.600.113 (Set mit 2 × 4,0 Ah)
Spannung:             18 V
Leerlaufdrehzahl:     0–500 / 0–1.900 min⁻¹
Max. Drehmoment:      60 Nm (hart), 28 Nm (weich)
Bohrfutter:           1,5–13 mm, Schnellspann
Gewicht inkl. Akku:   1,6 kg
Schalldruckpegel:     78 dB(A), Unsicherheit K = 3 dB
EAN:                  4006825640271
Seriennummern-Aufbau: JJ KW Werk lfd. Nr., z. B. 24 19 03 000000
Garantie:             3 Jahre nach Registrierung
""")

neg("sports", "de", """Bundesliga, 29. Spieltag – Ergebnisse

FC Rheinufer – SV Waldbach                    2:2 (1:0)
TSV Ostheim – Borussia Nordtal                0:3 (0:1)
1. FC Hafenstadt – SC Bergland                1:0 (0:0)

Tabelle (Auszug)
Pl. Verein              Sp.  S  U  N  Tore   Diff. Pkt.
1   Borussia Nordtal    29  21  5  3  68:25   +43   68
2   1. FC Hafenstadt    29  19  6  4  57:28   +29   63
3   FC Rheinufer        29  16  8  5  55:34   +21   56

Zuschauer im Rheinstadion: 47.300 (ausverkauft). Nächster Spieltag: Samstag, 15:30 Uhr.
""")

neg("changelog", "fr", """Notes de version — Application mobile BanqueFacile

Version 8.12.0 (déploiement progressif à partir du 6 mai 2024)
  Nouveautés
  • Paiement sans contact depuis la montre connectée (watchOS 10 et Wear OS 4)
  • Export des relevés au format CSV et OFX
  Améliorations
  • Temps de démarrage réduit de 35 % sur les appareils Android 12 et plus
  • Nouvel écran de gestion des plafonds de carte
  Corrections
  • Le solde ne se mettait pas à jour après un virement instantané (réf. BF-20871)
  • Affichage incorrect des montants négatifs en mode sombre

Version 8.11.3 (18 avril 2024)
  • Correctif de sécurité : mise à jour de la bibliothèque OkHttp en 4.12.0
""")

neg("recipe", "fr", """Crêpes de la Chandeleur (pour 15 crêpes environ)

Ingrédients : 250 g de farine de blé T45, 4 œufs, 50 cl de lait entier, 1 pincée de sel,
2 cuillères à soupe de sucre, 50 g de beurre fondu, 1 cuillère à soupe de rhum (facultatif).

Préparation :
1. Mettre la farine dans un saladier, creuser un puits, y casser les œufs.
2. Délayer progressivement avec le lait en fouettant pour éviter les grumeaux.
3. Ajouter le sel, le sucre, le beurre fondu et le rhum. Laisser reposer 1 heure.
4. Cuire dans une poêle chaude légèrement beurrée, 1 minute de chaque côté.

Astuce : une pâte trop épaisse se rattrape avec 5 cl d'eau.
""")

neg("plan", "fr", """Planning du chantier — Rénovation de l'école élémentaire

Lot                         Début        Fin          Avancement
Désamiantage                 08/04/2024   26/04/2024   100 %
Gros œuvre                   29/04/2024   07/06/2024    80 %
Menuiseries extérieures      10/06/2024   28/06/2024     0 %
Électricité / CVC            17/06/2024   16/08/2024     0 %
Peintures, sols              19/08/2024   30/08/2024     0 %
Réception des travaux        02/09/2024   02/09/2024     —

Contraintes : aucun travail bruyant pendant les épreuves du 17 au 21 juin.
Budget engagé : 1 184 000 € HT sur 1 420 000 € HT. Prochaine réunion de chantier : jeudi 9 h.
""")

neg("legal", "fr", """CONDITIONS GÉNÉRALES DE VENTE — Article 9 : Droit de rétractation

9.1 Conformément aux articles L221-18 et suivants du Code de la consommation, le Client dispose d'un
délai de quatorze (14) jours à compter de la réception du produit pour exercer son droit de
rétractation, sans avoir à motiver sa décision.

9.2 Le Client notifie sa décision au moyen du formulaire de rétractation figurant en annexe ou de
toute autre déclaration dénuée d'ambiguïté.

9.3 Le Vendeur rembourse la totalité des sommes versées, y compris les frais de livraison standard,
au plus tard quatorze (14) jours à compter de la date à laquelle il est informé de la décision.

9.4 Le droit de rétractation ne s'applique pas aux biens confectionnés selon les spécifications du Client.
""")

neg("spec", "fr", """Fiche technique — Pompe à chaleur air/eau PAC-R32-11T

Référence commerciale ........ PAC-R32-11T (code article 302.118.40)
Puissance calorifique ........ 11,2 kW (A7/W35), COP 4,65
Puissance frigorifique ....... 9,8 kW (A35/W18), EER 4,10
Fluide frigorigène ........... R32, charge 1,65 kg
Alimentation ................. 400 V triphasé, 50 Hz
Niveau sonore ................ 55 dB(A) à 1 m
Plage de fonctionnement ...... –25 °C à +35 °C
Dimensions (L × H × P) ....... 1 090 × 1 010 × 440 mm
Numéro de série .............. format PR-AAAA-SS-NNNNN (année, semaine, rang)
Classe énergétique ........... A+++ (35 °C) / A++ (55 °C)
""")

neg("changelog", "es", """Notas de la versión — Plataforma de facturación electrónica

v4.7.0 — 21/05/2024
  Novedades
  • Compatibilidad con el sistema VERI*FACTU (Real Decreto 1007/2023)
  • Nueva API REST /v2/facturas con paginación por cursor
  Cambios
  • Se elimina el soporte para TLS 1.0 y 1.1
  • Límite de subida de adjuntos ampliado a 20 MB
  Correcciones
  • Error de redondeo en facturas con recargo de equivalencia (incidencia FE-3391)
  • La serie rectificativa no respetaba el formato R-AAAA-NNNNN

v4.6.2 — 03/04/2024
  • Actualización de dependencias: Spring Boot 3.2.4, PostgreSQL JDBC 42.7.3
""")

neg("recipe", "es", """Tortilla de patatas (4 raciones)

Ingredientes: 6 huevos camperos, 700 g de patatas, 1 cebolla mediana, 250 ml de aceite de oliva
virgen extra, sal.

Elaboración:
1. Pelar y cortar las patatas en láminas finas; picar la cebolla en juliana.
2. Pochar patata y cebolla en el aceite a fuego medio durante 20-25 minutos, sin que se doren.
3. Escurrir bien y mezclar con los huevos batidos y la sal. Reposar 10 minutos.
4. Cuajar en una sartén de 24 cm con una cucharada de aceite, 3 minutos por cada lado.

Consejo: para una tortilla jugosa, retirarla del fuego cuando el centro aún tiembla.
""")

neg("sports", "es", """LaLiga – Jornada 33

Real Club Costa Azul   1 - 1   Atlético Sierra Norte
CD Ribera del Ebro     2 - 0   UD Puerto Blanco
Deportivo Meseta       0 - 3   Sporting Valle Verde

Clasificación        PJ   G   E   P   GF   GC   Pts
Sporting Valle Verde 33  24   6   3   71   24   78
CD Ribera del Ebro   33  22   5   6   60   31   71
Atl. Sierra Norte    33  19   8   6   55   30   65

Próxima jornada: sábado a las 18:30 h. Entradas a partir de 25 € en taquillas del estadio.
""")

neg("spec", "it", """Scheda tecnica – Macchina da caffè espresso EX-200 Pro

Codice prodotto: EX200PRO-IT (EAN 8003705114821)
Pressione pompa: 15 bar
Potenza: 1.450 W, 220–240 V, 50/60 Hz
Serbatoio acqua: 1,8 l removibile
Caldaia: acciaio inox, termoblocco a riscaldamento rapido (45 s)
Dimensioni: 28 × 33 × 42 cm; peso 7,4 kg
Numero di serie: formato EX-AA-SS-NNNNNN (anno, settimana, progressivo)
Garanzia: 24 mesi; ricambi disponibili per 7 anni
Classe di efficienza energetica: A (standby automatico dopo 9 min)
""")

neg("recipe", "it", """Risotto alla milanese (per 4 persone)

Ingredienti: 320 g di riso Carnaroli, 1,2 l di brodo di carne, 1 cipollotto, 80 g di burro,
60 g di Grana Padano grattugiato, 1 bustina di zafferano in polvere (0,15 g) o pistilli,
100 ml di vino bianco secco, sale.

Procedimento:
1. Soffriggere il cipollotto tritato in 30 g di burro.
2. Tostare il riso 2 minuti, sfumare con il vino.
3. Cuocere aggiungendo brodo caldo un mestolo alla volta per 16–18 minuti.
4. A metà cottura aggiungere lo zafferano sciolto in poco brodo.
5. Mantecare fuori dal fuoco con il burro restante e il formaggio. Riposare 2 minuti.
""")

neg("timetable", "it", """Orario treni regionali – Linea Milano Centrale ⇄ Bergamo (valido dal 10/06/2024)

Treno    Milano C.le   Monza   Carnate   Ponte S. Pietro   Bergamo
R 10721  06:05         06:17   06:29     06:44             06:55
R 10723  07:05         07:17   07:29     07:44             07:55
RV 2631  07:35         07:46   —         —                 08:20
R 10725  08:05         08:17   08:29     08:44             08:55

Nei giorni festivi le corse delle 07:35 non sono effettuate.
Il biglietto di corsa semplice costa 5,50 €; l'abbonamento mensile integrato 98,00 €.
""")

neg("changelog", "pt-BR", """Notas de versão — App de delivery RápidoJá

Versão 12.4.0 (liberada em 15/05/2024)
  Novidades
  • Pagamento por Pix parcelado em até 4 vezes
  • Acompanhamento do entregador em tempo real no Android Auto
  Melhorias
  • Busca de restaurantes 40% mais rápida
  • Novo layout da tela de cupons
  Correções
  • Itens duplicados no carrinho após perda de conexão (RJ-5521)
  • Horário de funcionamento exibido em UTC em alguns dispositivos

Versão 12.3.2 (29/04/2024)
  • Correção de falha ao abrir notificações no iOS 17.4
""")

neg("recipe", "pt-BR", """Pão de queijo mineiro (rende 30 unidades)

Ingredientes: 500 g de polvilho azedo, 250 ml de leite, 125 ml de óleo, 1 colher (chá) de sal,
2 ovos, 200 g de queijo meia-cura ralado.

Modo de preparo:
1. Ferva o leite com o óleo e o sal e escalde o polvilho, mexendo bem.
2. Deixe amornar, junte os ovos um a um e sove até a massa ficar lisa.
3. Acrescente o queijo e misture.
4. Com as mãos untadas, faça bolinhas de 3 cm e disponha numa assadeira.
5. Asse em forno preaquecido a 200 °C por 25 a 30 minutos, até dourar.
""")

neg("sports", "pt-BR", """Campeonato Estadual – Rodada 8

Esporte Clube Serra Alta   3 x 1   Atlético Vale do Rio
União Litorânea            0 x 0   Grêmio Planalto
Ferroviário do Norte       2 x 2   Operário Central

Classificação   J   V   E   D   SG   P
Serra Alta      8   6   1   1   +9   19
Grêmio Planalto 8   5   2   1   +6   17
União Litorânea 8   4   3   1   +4   15

Público pagante no Estádio Municipal: 12.480. Renda: R$ 486.720,00.
""")

neg("timetable", "pt-PT", """Horários – Linha Lisboa (Cais do Sodré) ⇄ Cascais, dias úteis

Partida Cais do Sodré   Oeiras   Carcavelos   Estoril   Cascais
06:00                   06:19    06:23        06:33     06:36
06:20                   06:39    06:43        06:53     06:56
06:40                   06:59    07:03        07:13     07:16
(depois de 20 em 20 minutos até às 21:00; de 30 em 30 até à 01:30)

Preço do bilhete simples: 2,30 €. O passe Navegante Metropolitano (40,00 €) é válido em toda a linha.
Aos fins de semana e feriados, as partidas entre as 07:00 e as 10:00 são de 30 em 30 minutos.
""")

neg("spec", "pt-PT", """Especificações técnicas – Bicicleta elétrica Urbano E7

Referência: URB-E7-M (quadro M, 50 cm) / URB-E7-L (quadro L, 54 cm)
Motor: central 250 W, binário 65 Nm
Bateria: 36 V, 14 Ah (504 Wh), removível, carregamento 0–100 % em 5 h
Autonomia: 60 a 120 km conforme modo de assistência
Transmissão: 8 velocidades, cubo interno
Travões: disco hidráulico 180/160 mm
Peso: 23,4 kg (com bateria)
Número de quadro: gravado no tubo inferior, formato UE7-AANN-XXXXX
Garantia: 2 anos (quadro 5 anos)
""")

neg("changelog", "nl", """Release notes – Roosterplanner 2024.2

Nieuw
• Koppeling met het loonsysteem via SFTP-export (UBL 2.1)
• Dienstruil tussen collega's met goedkeuring door de planner
Verbeterd
• Laadtijd van de weekweergave met 60% verminderd
• Ondersteuning voor afwijkende CAO-toeslagen per afdeling
Opgelost
• Nachtdiensten over de overgang naar zomertijd werden één uur te kort berekend (RP-1180)
• Exporteren naar Excel mislukte bij meer dan 65.536 regels

Ondersteunde browsers: Chrome 120+, Edge 120+, Firefox 115 ESR, Safari 17.
""")

neg("recipe", "nl", """Boerenkoolstamppot met rookworst (4 personen)

Ingrediënten: 1,5 kg kruimige aardappelen, 500 g gesneden boerenkool, 1 rookworst, 150 ml warme melk,
50 g roomboter, 1 el mosterd, peper en zout, 100 g spekjes (optioneel).

Bereiding:
1. Schil de aardappelen en kook ze in 20 minuten gaar in water met zout.
2. Leg de boerenkool de laatste 10 minuten bovenop de aardappelen.
3. Verwarm de rookworst 20 minuten in heet (niet kokend) water.
4. Giet af, stamp fijn met melk, boter en mosterd. Breng op smaak.
5. Serveer met plakjes rookworst en eventueel gebakken spekjes en jus.
""")

neg("netdoc", "nl", """Netwerkontwerp kantoor Zwolle — versie 2.1

VLAN 10  beheer         10.60.10.0/24    gateway 10.60.10.1
VLAN 20  medewerkers    10.60.32.0/20    subnetmasker 255.255.240.0
VLAN 30  VoIP           10.60.48.0/22    QoS DSCP 46 (EF)
VLAN 40  gasten         172.20.0.0/22    alleen internet, client-isolatie aan
IPv6: 2001:db8:60::/48, per VLAN een /64 (documentatieprefix, echte prefix in IPAM)

DHCP-leases: 8 uur voor medewerkers, 1 uur voor gasten. Spanning tree: MSTP, regio 'ZWL'.
Uplinks: 2 × 10 Gbit/s LACP naar de core. Beheer alleen via SSH vanaf het beheer-VLAN.
""")

neg("changelog", "pl", """Lista zmian – System Kadrowo-Płacowy 7.4

7.4.0 (2024-05-20)
  Nowości:
  • obsługa nowych wzorów deklaracji PIT-11 (wersja 29)
  • import wniosków urlopowych z pliku XLSX
  Zmiany:
  • minimalna wersja PostgreSQL: 14
  • usunięto przestarzały moduł eksportu do formatu DBF
  Poprawki:
  • błędne naliczanie dodatku za pracę w nocy przy zmianie czasu (KP-7781)
  • raport RMUA nie uwzględniał korekt z poprzedniego miesiąca

7.3.6 (2024-04-02)
  • aktualizacja biblioteki log4j do 2.23.1
""")

neg("recipe", "pl", """Pierogi ruskie (ok. 50 sztuk)

Ciasto: 500 g mąki pszennej, 250 ml ciepłej wody, 2 łyżki oleju, szczypta soli.
Farsz: 500 g ugotowanych ziemniaków, 300 g twarogu półtłustego, 2 cebule, sól, pieprz.

Przygotowanie:
1. Zagnieść gładkie ciasto i odstawić pod miską na 30 minut.
2. Cebulę zeszklić na oleju, połowę dodać do farszu, resztę zostawić do okraszenia.
3. Ziemniaki przecisnąć przez praskę, wymieszać z twarogiem i przyprawić.
4. Ciasto rozwałkować na grubość 2 mm, wykrawać krążki szklanką, nakładać farsz i sklejać.
5. Gotować w osolonym wrzątku 2–3 minuty od wypłynięcia. Podawać z cebulką.
""")

neg("changelog", "sv", """Versionshistorik – Bokningsappen Tvättstugan

3.2.0 (2024-05-13)
  Nytt
  • Push-notis 15 minuter innan ditt pass börjar
  • Stöd för flera tvättstugor i samma förening
  Ändrat
  • Kräver nu iOS 16 eller Android 10
  Rättat
  • Dubbelbokningar kunde uppstå vid samtidig bokning från två enheter (TV-418)
  • Fel tidszon visades efter byte till sommartid

3.1.4 (2024-03-02)
  • Säkerhetsuppdatering av beroenden (OpenSSL 3.0.13)
""")

neg("recipe", "sv", """Kanelbullar (ca 30 st)

Deg: 50 g jäst, 5 dl mjölk, 150 g smör, 1 dl socker, ½ tsk salt, 2 tsk stött kardemumma, ca 13 dl vetemjöl.
Fyllning: 150 g rumsvarmt smör, 1 dl socker, 1 msk kanel.
Pensling: 1 ägg, pärlsocker.

Gör så här:
1. Smält smöret, tillsätt mjölken och värm till 37 °C. Smula jästen i en bunke och häll på degvätskan.
2. Tillsätt socker, salt, kardemumma och det mesta av mjölet. Arbeta degen smidig, jäs 30 min.
3. Kavla ut, bred på fyllningen, rulla ihop och skär i bitar. Jäs ytterligare 30 min.
4. Pensla, strö över pärlsocker och grädda i 225 °C i 5–8 minuter.
""")

neg("weather", "no", """Værvarsel for Vestlandet, torsdag

Bergen: Regn, til tider kraftig. 9 °C. Frisk bris fra sørvest, 10 m/s. Nedbør 18–30 mm.
Stavanger: Skiftende skydekke og byger. 11 °C. Laber bris.
Ålesund: Overskyet, opphold utover ettermiddagen. 8 °C.

Farevarsel (gult nivå) for styrtregn i indre Hordaland fra kl. 06 til kl. 18. Fare for overvann i
bebygde områder og økt vannføring i bekker. Fredag: høytrykk bygger seg opp, ventet 14 °C og sol
i Bergen. Vanntemperatur ved Nordnes sjøbad: 7 °C.
""")

neg("spec", "no", """Produktark – Varmepumpe NordVarme 35 Arctic

Modellnummer: NV35-ARC-IN / NV35-ARC-OUT
Nominell varmeeffekt: 3,5 kW (maks 7,2 kW)
SCOP (kaldt klima): 4,2
Driftsområde: ned til –30 °C utetemperatur
Lydnivå innedel: 19–42 dB(A)
Kuldemedium: R32, 1,1 kg
Energiklasse: A+++ (varme)
Serienummer: 12 tegn, plassert på typeskiltet under frontdekselet, format NVYYWWxxxxxx
Garanti: 5 år på kompressor ved installasjon av sertifisert montør
""")

neg("recipe", "da", """Æbleskiver (ca. 40 stk.)

Ingredienser: 3 æg, 5 dl kærnemælk, 250 g hvedemel, 1 tsk natron, ½ tsk salt, 1 spsk sukker,
revet skal af ½ citron, 50 g smeltet smør til panden.

Fremgangsmåde:
1. Skil æggene. Pisk æggeblommer med kærnemælk, sukker og citronskal.
2. Bland mel, natron og salt og rør det i blandingen.
3. Pisk hviderne stive og vend dem forsigtigt i dejen.
4. Varm æbleskivepanden, kom lidt smør i hvert hul og fyld ¾ op med dej.
5. Vend skiverne med en strikkepind, når bunden er gylden. Server med flormelis og syltetøj.
""")

neg("status", "da", """Driftsstatus – Selvbetjeningsportalen

14.05.2024 kl. 06:12  Planlagt vedligehold påbegyndt (database-opgradering til PostgreSQL 16.2)
14.05.2024 kl. 06:48  Vedligehold afsluttet, alle tjenester kører normalt
15.05.2024 kl. 10:31  Forsinkelser ved login via MitID – vi undersøger sagen
15.05.2024 kl. 11:05  Årsag fundet hos ekstern leverandør; login fungerer igen
16.05.2024 kl. 22:00  Planlagt nedetid 22:00–23:30 for certifikatfornyelse

Oppetid seneste 30 dage: 99,94 %. Gennemsnitlig svartid: 212 ms.
""")

neg("changelog", "fi", """Versiotiedot – Laskutusohjelma 9.1

9.1.0 (21.5.2024)
  Uutta
  • Verkkolaskujen lähetys Finvoice 3.0 -muodossa
  • Toistuvien laskujen ajastus kuukauden viimeiselle arkipäivälle
  Muutokset
  • Tuki Windows Server 2012 R2:lle päättyy
  Korjaukset
  • ALV-erittely pyöristyi väärin 14 %:n verokannalla (LAS-2290)
  • PDF-tulostus epäonnistui, jos laskulla oli yli 200 riviä

9.0.3 (2.4.2024)
  • Riippuvuuksien tietoturvapäivitykset
""")

neg("weather", "fi", """Sääennuste – Pohjois-Suomi, viikonloppu

Lauantai: Rovaniemellä puolipilvistä, päivälämpötila +4…+7 °C, yöllä pakkasta –3 °C.
Oulussa heikkoa vesisadetta iltapäivällä, tuuli lounaasta 5–8 m/s.
Sunnuntai: Korkeapaine vahvistuu, aurinkoista koko Lapissa. Kilpisjärvellä lunta maassa 42 cm.

Liikennesää: aamulla paikoin liukasta sisämaan teillä. Ruskan odotetaan alkavan tunturialueilla
syyskuun ensimmäisellä viikolla. UV-indeksi 2–3.
""")

neg("recipe", "cs", """Svíčková na smetaně (4 porce)

Suroviny: 800 g hovězí svíčkové nebo zadního, 100 g slaniny, 2 mrkve, 1 petržel, ¼ celeru, 1 cibule,
4 kuličky nového koření, 2 bobkové listy, 250 ml smetany ke šlehání, ocet, cukr, sůl, pepř.

Postup:
1. Maso prošpikujte slaninou, osolte a opepřete, zprudka opečte.
2. Přidejte nakrájenou zeleninu a koření, podlijte vodou a duste 2 hodiny doměkka.
3. Maso vyjměte, zeleninu rozmixujte a přidejte smetanu.
4. Dochuťte octem, cukrem a solí. Podávejte s knedlíkem, brusinkami a šlehačkou.
""")

neg("timetable", "cs", """Jízdní řád – linka 136 (platí od 9. 6. 2024), pracovní dny

Sídliště Jižní Město   5:12   5:27   5:42   5:57   6:07   6:17
Chodov                 5:16   5:31   5:46   6:01   6:11   6:21
Budějovická            5:29   5:44   5:59   6:14   6:24   6:34

Ve špičce interval 10 minut, mimo špičku 15 minut. O víkendu jezdí linka každých 20 minut.
Jízdenka na 30 minut stojí 30 Kč, na 90 minut 40 Kč. Nízkopodlažní vozidla jsou označena v řádu.
""")

neg("spec", "ro", """Specificații tehnice – Frigider combinat FC-360 NoFrost

Cod produs: FC360NF-INOX (EAN 5948636012441)
Volum total: 360 l (frigider 250 l, congelator 110 l)
Clasa energetică: D, consum anual 212 kWh
Nivel de zgomot: 38 dB
Dimensiuni (Î × L × A): 1.860 × 600 × 650 mm
Temperatură congelator: până la –24 °C
Număr de serie: format FC-AA-SS-NNNNN (an, săptămână, număr curent)
Garanție: 2 ani, compresor 10 ani
""")

neg("recipe", "ro", """Sarmale în foi de varză (cca 40 bucăți)

Ingrediente: 1 varză murată mare, 1 kg carne tocată de porc, 150 g orez, 2 cepe, 1 lingură pastă de
roșii, 200 g afumătură, cimbru, boia dulce, sare, piper, 500 ml suc de roșii.

Mod de preparare:
1. Căliți ceapa, adăugați orezul și lăsați-l să se sticlească 2 minute.
2. Amestecați carnea cu orezul, condimentele și pasta de roșii.
3. Rulați compoziția în foi de varză și așezați sarmalele în oală, alternând cu varza tocată și afumătura.
4. Acoperiți cu suc de roșii și apă, fierbeți la foc mic 3 ore, apoi 1 oră la cuptor.
""")

neg("changelog", "tr", """Sürüm Notları – e-Fatura Entegrasyon Modülü

v6.2.0 (20.05.2024)
  Yenilikler
  • e-Arşiv raporlarının otomatik gönderimi
  • UBL-TR 1.2.1 şemasına tam uyum
  Değişiklikler
  • .NET 8 çalışma zamanı gereklidir
  Hata düzeltmeleri
  • KDV %20 oranında kuruş yuvarlama hatası giderildi (EF-3310)
  • İptal edilen faturaların listede görünmeye devam etmesi sorunu çözüldü

v6.1.4 (05.04.2024)
  • Güvenlik güncellemesi: Newtonsoft.Json 13.0.3
""")

neg("recipe", "tr", """Mercimek Çorbası (4 kişilik)

Malzemeler: 1 su bardağı kırmızı mercimek, 1 adet kuru soğan, 1 adet havuç, 1 adet patates,
1 yemek kaşığı un, 2 yemek kaşığı tereyağı, 1 tatlı kaşığı pul biber, 1 tatlı kaşığı kimyon,
7 su bardağı sıcak su, tuz.

Yapılışı:
1. Soğanı tereyağında kavurun, havuç ve patatesi ekleyin.
2. Unu ilave edip kokusu çıkana kadar karıştırın.
3. Yıkanmış mercimeği ve sıcak suyu ekleyip 30 dakika pişirin.
4. Blenderdan geçirin, tuz ve kimyonla tatlandırın.
5. Üzerine pul biberli tereyağı gezdirerek limonla servis yapın.
""")

neg("recipe", "hu", """Gulyásleves (6 személyre)

Hozzávalók: 800 g marhalábszár, 2 fej vöröshagyma, 3 ek zsír, 2 ek édes pirospaprika,
1 tk őrölt kömény, 2 gerezd fokhagyma, 2 sárgarépa, 1 fehérrépa, 500 g burgonya,
1 paradicsom, 1 zöldpaprika, só, csipetke.

Elkészítés:
1. A hagymát a zsíron üvegesre pároljuk, majd a húst hozzáadva fehéredésig pirítjuk.
2. Levesszük a tűzről, megszórjuk paprikával, köménnyel, felöntjük vízzel.
3. Fedő alatt 1,5 órát főzzük, majd hozzáadjuk a zöldségeket és a burgonyát.
4. Amikor minden megpuhult, belefőzzük a csipetkét. Forrón tálaljuk.
""")

neg("timetable", "hu", """Menetrend – Budapest-Keleti ⇄ Miskolc-Tiszai (érvényes 2024. június 9-től)

Vonat     Budapest-Keleti   Hatvan   Füzesabony   Mezőkövesd   Miskolc-Tiszai
IC 500    06:00             06:41    07:12        07:25        07:52
IC 502    07:00             07:41    08:12        08:25        08:52
IC 504    08:00             08:41    09:12        09:25        09:52

Az IC-vonatokra helyjegy váltása kötelező (250 Ft). Kerékpárszállítás csak az erre kijelölt kocsiban.
Vasárnap a 06:00-s vonat nem közlekedik.
""")

neg("recipe", "el", """Syntagi: Gemista (gia 4 atoma)

Ylika: 4 ntomates, 4 piperies, 1 kremmydi, 1 skordo, 200 g ryzi karolina, 1 matso diosmo,
1/2 matso maintano, 150 ml elaiolado, 2 patates, alati, piperi.

Ektelesi:
1. Adeiazoume tis ntomates kai tis piperies, krataw to esoteriko tis ntomatas.
2. Soteroume to kremmydi me to skordo, prosthetoume to ryzi kai ti ntomata.
3. Gemizoume ta lachanika, ta topothetoume sto tapsi me tis patates.
4. Psinoume stous 180 °C gia 1 ora kai 15 lepta, mechri na rodisoun.
""")

neg("lockfile", "en", """{
  "name": "storefront-web",
  "version": "1.42.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/react": {
      "version": "18.3.1",
      "resolved": "https://registry.npmjs.org/react/-/react-18.3.1.tgz",
      "integrity": "sha512-wS+hAgJShR0KhEvPJArfuPVN1+Hz1t0Y6n5jLrGQbkb4urgPE/0Rve+1kMB1v/oWgHgm4WIcV+i7F2pTVj+2iQ==",
      "dependencies": { "loose-envify": "^1.1.0" },
      "engines": { "node": ">=0.10.0" }
    },
    "node_modules/loose-envify": {
      "version": "1.4.0",
      "resolved": "https://registry.npmjs.org/loose-envify/-/loose-envify-1.4.0.tgz",
      "integrity": "sha512-lyuxPGr/Wfhrlem2CL/UcnUc1zcqKAImBDzukY7Y5F/yQiNdko6+fRLevlw1HgMySw7f611UIY408EtxRSoK3Q==",
      "bin": { "loose-envify": "cli.js" }
    }
  }
}
""")

neg("lockfile", "en", """github.com/google/uuid v1.6.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=
github.com/google/uuid v1.6.0/go.mod h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=
github.com/jackc/pgx/v5 v5.5.5 h1:amBjrZVmksIdNjxGW/IiIMzxMKZFelXbUoPNb+8sjQw=
github.com/jackc/pgx/v5 v5.5.5/go.mod h1:ez9gk+OAat140fv9ErkZDYFWmXLfV+++K0uAOiwgm1A=
golang.org/x/crypto v0.22.0 h1:g1v0xeRhjcugydODzvb3mEVNXbOPQ2DFWfYFO0Tm98w=
golang.org/x/crypto v0.22.0/go.mod h1:vr6Su+7cTlO45qkww3VDJlzDn0ctJvRgYbC2NvXHt+M=
golang.org/x/text v0.14.0 h1:ScX5w1eTa3QqT8oi6+ziP7dTV1S2+ALU0bI+0zXKWiQ=
golang.org/x/text v0.14.0/go.mod h1:18ZOQIKpY8NJVqYksKHtTdi31H5itFRjB5/qKTNYzSU=
gopkg.in/yaml.v3 v3.0.1 h1:fxVm/GzAzEWqLHuvctI7KUs8sj2K2Uc/9zF9zT4t0vE=
gopkg.in/yaml.v3 v3.0.1/go.mod h1:K4uyk7z7BCEPqu6E+C64Yfv1cQ7kz7rIZviUmN+EgEM=
""")

neg("manifest", "en", """apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: allow-ingress-from-lb
  namespace: storefront
spec:
  podSelector:
    matchLabels:
      app: web
  policyTypes: ["Ingress", "Egress"]
  ingress:
    - from:
        - ipBlock:
            cidr: 10.0.0.0/16
            except:
              - 10.0.99.0/24
      ports:
        - protocol: TCP
          port: 8443
  egress:
    - to:
        - ipBlock:
            cidr: 0.0.0.0/0
      ports:
        - protocol: TCP
          port: 443
""")

neg("manifest", "en", """# secret-template.yaml — fill in with `kubectl create secret` instead of editing this file
apiVersion: v1
kind: Secret
metadata:
  name: orders-db-credentials
  namespace: orders
type: Opaque
stringData:
  username: <db-username>
  password: <db-password>
  url: jdbc:postgresql://<host>:5432/<database>
---
# values.yaml for the Helm chart
database:
  host: ${DB_HOST}
  user: ${DB_USER}
  password: ${DB_PASSWORD}      # injected by the CI pipeline, never hard-code
  sslmode: require
replicaCount: 2
image:
  repository: ghcr.io/example/orders
  tag: "3.4.1"
""")

neg("firewall", "en", """# /etc/iptables/rules.v4 — edge router (documentation prefixes only)
*filter
:INPUT DROP [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
-A INPUT -i lo -j ACCEPT
-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A INPUT -p tcp -s 10.0.0.0/8 --dport 22 -j ACCEPT
-A INPUT -p tcp --dport 443 -j ACCEPT
-A INPUT -p udp -s 192.0.2.0/24 --dport 161 -j ACCEPT
-A INPUT -p icmp --icmp-type echo-request -m limit --limit 5/s -j ACCEPT
-A FORWARD -s 172.16.0.0/12 -d 198.51.100.0/24 -j ACCEPT
-A INPUT -j LOG --log-prefix "DROP-IN: " --log-level 4
COMMIT
""")

neg("openapi", "en", """openapi: 3.0.3
info:
  title: Customer API
  version: 2.1.0
paths:
  /customers/{id}:
    get:
      summary: Fetch a customer by id
      parameters:
        - name: id
          in: path
          required: true
          schema: {type: string, format: uuid}
      responses:
        "200":
          description: The customer
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Customer"}
        "404": {description: Not found}
components:
  schemas:
    Customer:
      type: object
      required: [id, email]
      properties:
        id: {type: string, format: uuid}
        email: {type: string, format: email, maxLength: 254}
        phone: {type: string, pattern: "^\\\\+[1-9][0-9]{6,14}$"}
        dateOfBirth: {type: string, format: date}
""")

neg("schema", "en", """-- V12__create_customer_tables.sql
CREATE TABLE customer (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    given_name      VARCHAR(100) NOT NULL,
    family_name     VARCHAR(100) NOT NULL,
    email           VARCHAR(254) UNIQUE NOT NULL,
    phone_e164      VARCHAR(16),
    date_of_birth   DATE,
    national_id_enc BYTEA,            -- encrypted with the KMS key "customer-pii"
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE customer_address (
    customer_id UUID REFERENCES customer(id) ON DELETE CASCADE,
    line1       VARCHAR(200) NOT NULL,
    line2       VARCHAR(200),
    postcode    VARCHAR(16),
    country     CHAR(2) NOT NULL
);
CREATE INDEX idx_customer_email ON customer (lower(email));
""")

neg("errors", "en", """Error reference — Payments API

Code   HTTP  Meaning                                  Retry?
P1001  400   Card number failed Luhn check            No
P1002  400   Expiry date in the past                  No
P1003  402   Issuer declined (generic)                No
P1004  402   Insufficient funds                       After 24 h
P2001  409   Idempotency key reused with new body     No
P3001  429   Rate limit exceeded (100 req/s/account)  Yes, with backoff
P5000  500   Internal error                           Yes
P5030  503   Acquirer unavailable                     Yes

All errors return JSON: {"code": "P1003", "message": "...", "request_id": "<uuid>"}.
Never log the full PAN; log only the BIN (first 6) and the last 4 digits.
""")

neg("ci", "en", """name: build
on:
  push:
    branches: [main]
  pull_request:
jobs:
  test:
    runs-on: ubuntu-22.04
    strategy:
      matrix:
        java: [17, 21]
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: ${{ matrix.java }}
          cache: maven
      - run: mvn -B verify
        env:
          SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}
          DB_PASSWORD: ${{ secrets.TEST_DB_PASSWORD }}
      - uses: actions/upload-artifact@v4
        with:
          name: surefire-reports-${{ matrix.java }}
          path: target/surefire-reports
""")

neg("config", "en", """# /etc/nginx/conf.d/shop.conf
upstream shop_backend {
    least_conn;
    server 10.0.2.11:8080 max_fails=3 fail_timeout=30s;
    server 10.0.2.12:8080 max_fails=3 fail_timeout=30s;
    keepalive 32;
}

server {
    listen 443 ssl http2;
    server_name shop.example.com;
    ssl_certificate     /etc/ssl/certs/shop.example.com.pem;
    ssl_certificate_key /etc/ssl/private/shop.example.com.key;
    ssl_protocols TLSv1.2 TLSv1.3;

    set_real_ip_from 10.0.0.0/8;
    real_ip_header X-Forwarded-For;

    location / {
        proxy_pass http://shop_backend;
        proxy_set_header Host $host;
    }
}
""")

neg("stacktrace", "en", """2024-05-07 11:42:19.331 ERROR 1 --- [nio-8080-exec-7] o.a.c.c.C.[.[.[/].[dispatcherServlet]
java.lang.IllegalStateException: Invoice 5520913 has no line items
	at com.example.billing.InvoiceService.finalise(InvoiceService.java:214)
	at com.example.billing.InvoiceController.close(InvoiceController.java:88)
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
	at org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)
	at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)
	at org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)
	at java.base/java.lang.Thread.run(Thread.java:1583)
Caused by: java.util.NoSuchElementException: No value present
	at java.base/java.util.Optional.orElseThrow(Optional.java:377)
	at com.example.billing.InvoiceService.finalise(InvoiceService.java:209)
	... 42 common frames omitted
""")

neg("metrics", "en", """# HELP http_server_requests_seconds Duration of HTTP server request handling
# TYPE http_server_requests_seconds summary
http_server_requests_seconds_count{method="GET",status="200",uri="/api/orders/{id}"} 184213
http_server_requests_seconds_sum{method="GET",status="200",uri="/api/orders/{id}"} 2931.44
http_server_requests_seconds_count{method="POST",status="201",uri="/api/orders"} 22011
http_server_requests_seconds_sum{method="POST",status="201",uri="/api/orders"} 1107.92
# HELP jvm_memory_used_bytes The amount of used memory
# TYPE jvm_memory_used_bytes gauge
jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 1.2582912E8
jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 4.41450496E8
process_uptime_seconds 871233.127
""")

neg("postmortem", "en", """Post-incident review — Checkout latency, 2024-04-17

Summary: Between 14:02 and 14:51 UTC, p99 checkout latency rose from 480 ms to 9.2 s and 3.1% of
payment attempts timed out. No data was lost and no customer was double-charged.

Timeline (UTC)
14:02  Deploy of pricing-service 7.3.0 completes
14:06  Alert "checkout p99 > 2s" fires; on-call engineer acknowledges
14:19  Connection pool exhaustion identified in pricing-service (max 20, in use 20)
14:37  Rollback to 7.2.4 started
14:51  Latency back to baseline

Root cause: a new query lacked an index on price_rule(valid_from). Action items: add the index
(owner: pricing team, due 24 Apr), load-test rule changes in staging, alert on pool saturation.
""")

neg("finance", "en", """Q1 FY2024 results (unaudited, £m)

                         Q1 2024   Q1 2023   Change
Revenue                    412.6     377.9    +9.2%
Gross profit               171.3     151.2   +13.3%
Gross margin               41.5%     40.0%   +1.5pp
Operating costs           (118.4)   (109.7)   +7.9%
EBITDA                      52.9      41.5   +27.5%
Net debt                   186.0     221.4   -16.0%
Free cash flow              23.7      11.2  +111.6%

Guidance for the full year is unchanged: revenue growth of 7–9% and an EBITDA margin of 12–13%.
The interim dividend of 3.1p per share will be paid on 28 June to shareholders on the register
on 31 May.
""")

neg("departures", "en", """DEPARTURES — Terminal 2                                  Updated 07:42

Time   Flight    Destination       Gate   Status
07:55  EI 153    Dublin            B32    Boarding
08:05  LH 2471   Munich            A12    Gate open
08:10  KL 1002   Amsterdam         A07    Delayed 08:40
08:20  SK 532    Copenhagen        B18    On time
08:35  TP 1363   Lisbon            C04    On time
08:45  AY 1332   Helsinki          B21    Cancelled
09:00  TK 1980   Istanbul          C11    On time

Passengers on cancelled flights should go to the transfer desk in Zone F or rebook in the app.
""")

neg("timetable", "en", """Route 24 — Weekday timetable (from 3 June)

Stop                                  06:10  06:40  07:05  07:25  07:45
Victoria Road (Library)               06:10  06:40  07:05  07:25  07:45
Baker Street / Market Square          06:16  06:46  07:12  07:32  07:52
Kingsway Retail Park                  06:22  06:52  07:19  07:39  07:59
Wellington Street (Hospital)          06:30  07:00  07:28  07:48  08:08
Park Lane Interchange                 06:38  07:08  07:37  07:57  08:17

Then every 12 minutes until 18:30. Single fare £2.00 (capped); day ticket £5.20.
Buses on this route are fully accessible and carry up to two wheelchairs.
""")

neg("reviews", "en", """Top-rated this month

★★★★★ Dr. Martens 1460 boots, cherry red — "Broke them in over two weeks, now the comfiest boots I own."
★★★★☆ Ray-Ban Wayfarer — "Classic shape, a bit heavy for long wear."
★★★★☆ Levi's 501 Original — "Sizing runs slightly large, go half a size down."
★★★☆☆ Tommy Hilfiger crew-neck jumper — "Nice colour, pilled after a few washes."
★★★★★ Ben & Jerry's Phish Food (sold in stores only) — "Still the best."
★★★★☆ Calvin Klein cotton tees, 3-pack — "Good value on sale."

Reviews are from verified purchases. Ratings are updated nightly; ties are broken by review count.
""")

neg("doc", "en", """IBAN and card number formats (for the validation library)

IBAN: two-letter country code, two check digits, then a country-specific BBAN. Example layout for
Germany: DEkk bbbb bbbb cccc cccc cc (22 characters), where k = check digit, b = bank code,
c = account number. Validate by moving the first four characters to the end, converting letters to
numbers (A = 10 … Z = 35) and checking that the result mod 97 equals 1.

Payment cards: 13–19 digits; the last digit is a Luhn check digit. Issuer prefixes: Visa 4,
Mastercard 51–55 and 2221–2720, American Express 34 and 37. Display only the last four digits,
e.g. "•••• 1234". Never store the card verification code.
""")

neg("api", "en", """Request tracing

Every response carries an X-Request-Id header (UUID v4) and, when the request was part of a batch,
an X-Batch-Id. Examples from the staging environment:

  X-Request-Id: 3f2b8c1e-9a7d-4e2f-b6c5-0d1a2e3f4b5c
  X-Request-Id: a8e4d2c0-5b1f-4c3e-9d7a-6f8e0b2c4d6e
  X-Batch-Id:   7c9e6679-7425-40de-944b-e07fc1f90ae7

Idempotency keys must also be UUIDs. Commits referenced in release tags use the full 40-character
SHA-1, e.g. 2fd4e1c67a2d28fced849ee1bb76e7391b93eb12. Artifact digests use SHA-256:
sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855.
""")

neg("hexdump", "en", """$ xxd -l 160 firmware-4.2.1.bin
00000000: 7f45 4c46 0201 0100 0000 0000 0000 0000  .ELF............
00000010: 0300 3e00 0100 0000 6010 0000 0000 0000  ..>.....`.......
00000020: 4000 0000 0000 0000 e83a 0000 0000 0000  @........:......
00000030: 0000 0000 4000 3800 0d00 4000 1f00 1e00  ....@.8...@.....
00000040: 0600 0000 0400 0000 4000 0000 0000 0000  ........@.......
00000050: 4000 0000 0000 0000 4000 0000 0000 0000  @.......@.......
00000060: d802 0000 0000 0000 d802 0000 0000 0000  ................
00000070: 0800 0000 0000 0000 0300 0000 0400 0000  ................
00000080: 1803 0000 0000 0000 1803 0000 0000 0000  ................
00000090: 1c00 0000 0000 0000 1c00 0000 0000 0000  ................
""")

neg("math", "en", """Table of powers and primes

n    n²     n³       2ⁿ        is prime
11   121    1331     2048      yes
12   144    1728     4096      no
13   169    2197     8192      yes
14   196    2744     16384     no
15   225    3375     32768     no
16   256    4096     65536     no
17   289    4913     131072    yes
18   324    5832     262144    no
19   361    6859     524288    yes

The 10,000th prime is 104,729; there are 78,498 primes below one million. The sum of the first
100 primes is 24,133. Mersenne number 2³¹ − 1 = 2,147,483,647 is prime.
""")

neg("license", "en", """MIT License

Copyright (c) <year> <copyright holders>

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
""")

neg("policy", "en", """Data retention schedule (extract)

Record type                               Retention                    Disposal
Payroll records                           6 years after tax year end   Secure shred / crypto-erase
Job applications (unsuccessful)           6 months after decision      Delete from ATS
CCTV footage                              31 days                      Automatic overwrite
Customer support tickets                  3 years after closure        Anonymise
Web server access logs                    90 days                      Automatic rotation
Backups                                   35 days rolling              Expire in object storage

Exceptions require written approval from the Data Protection Officer and must be recorded in the
retention register with a review date no later than 12 months ahead.
""")

neg("inventory", "en", """sku,description,gtin,bin,qty_on_hand,reorder_point,unit_cost
HW-M6-30-ZP,Hex bolt M6x30 zinc plated (box of 100),05012345678900,A-03-2,48,20,4.15
HW-M8-40-SS,Hex bolt M8x40 stainless A2 (box of 50),05012345678917,A-03-4,12,15,9.80
EL-CBL-2.5-BK,Cable 2.5mm² black (100 m reel),05012345678924,C-11-1,7,5,38.40
EL-SW-2G-WH,Double switch 2-gang white,05012345678931,C-02-6,140,60,1.95
PL-PIPE-15-CU,Copper pipe 15mm x 3m,05012345678948,D-07-3,65,40,11.20
PT-EMU-5L-MAG,Emulsion paint 5 L magnolia,05012345678955,E-01-1,22,10,18.60
""")

neg("leaflet", "en", """PACKAGE LEAFLET: INFORMATION FOR THE USER — Ibuprofen 400 mg film-coated tablets

Read all of this leaflet carefully before you start taking this medicine.
1. What it is used for: relief of mild to moderate pain such as headache, dental pain, period pain
   and fever.
2. Dosage for adults and children over 12: 1 tablet up to three times a day with water, after food.
   Leave at least 4 hours between doses. Do not take more than 3 tablets in 24 hours.
3. Do not take if you have had a stomach ulcer or are in the last 3 months of pregnancy.

Batch: LOT 24B1187   EXP: 02/2027   PL 12345/0067   GTIN 05021234567892
Store below 25 °C in the original package.
""")

neg("pgn", "en", """[Event "Computer Chess Championship, Rapid"]
[Site "Online"]
[Date "2024.04.12"]
[Round "7.2"]
[White "Stockfish 16.1"]
[Black "Leela Chess Zero 0.31"]
[Result "1/2-1/2"]
[ECO "C65"]
[TimeControl "600+5"]

1. e4 e5 2. Nf3 Nc6 3. Bb5 Nf6 4. O-O Nxe4 5. Re1 Nd6 6. Nxe5 Be7 7. Bf1 Nxe5 8. Rxe5 O-O
9. d4 Bf6 10. Re1 Re8 11. c3 Rxe1 12. Qxe1 Ne8 13. Bf4 d6 14. Nd2 Bf5 15. Qe2 c6 16. Nf3 Qd7
17. Re1 Nc7 18. h3 h6 19. Bh2 Re8 20. Qxe8+ Nxe8 21. Rxe8+ Qxe8 1/2-1/2
""")

neg("crontab", "en", """# m   h  dom mon dow  command
  */5 *  *   *   *    /opt/jobs/bin/poll-queue --max 200 >> /var/log/jobs/poll.log 2>&1
  0   2  *   *   *    /opt/jobs/bin/nightly-export --format parquet --dest s3://exports-bucket/daily/
  30  3  *   *   0    /opt/jobs/bin/vacuum-analyze --db reporting
  0   6  1   *   *    /opt/jobs/bin/monthly-invoices --dry-run=false
  15  */4 *  *   *    /usr/bin/certbot renew --quiet --deploy-hook "systemctl reload nginx"
  0   0  *   *   *    find /var/tmp/uploads -type f -mtime +7 -delete
# Times are UTC. Do not schedule anything between 01:00 and 01:30 (backup window).
""")

neg("dns", "en", """$ORIGIN example.com.
$TTL 3600
@       IN  SOA  ns1.example.com. hostmaster.example.com. (
                 2024051401 ; serial
                 7200       ; refresh
                 900        ; retry
                 1209600    ; expire
                 300 )      ; negative TTL
@       IN  NS   ns1.example.com.
@       IN  NS   ns2.example.net.
@       IN  MX   10 mx1.example.com.
@       IN  TXT  "v=spf1 mx -all"
ns1     IN  A    192.0.2.53
mx1     IN  A    192.0.2.25
www     IN  CNAME web-lb.example.com.
web-lb  IN  A    198.51.100.80
web-lb  IN  AAAA 2001:db8::80
""")

neg("agenda", "en", """DevOps Summit — Day 2 agenda

09:00  Keynote: Ten years of infrastructure as code (Main Hall)
10:00  Track A: Zero-downtime database migrations (Room 2.14)
       Track B: Observability on a budget with OpenTelemetry (Room 2.18)
11:00  Coffee break, sponsor expo (Level 1)
11:30  Workshop: Hardening Kubernetes clusters — bring a laptop with kubectl 1.29+ (Lab 3)
13:00  Lunch
14:00  Panel: Platform teams, product mindset (Main Hall)
15:30  Lightning talks (5 minutes each, sign-up sheet at the registration desk)
17:00  Closing remarks and prize draw

Wi-Fi network: Summit-Guest (no password). Slides will be published on the event site within a week.
""")

neg("compat", "en", """Compatibility matrix

Connector version   Server 6.x   Server 7.0   Server 7.1   Server 7.2   Java   Python
3.2.x               ✔            ✔            ✘            ✘            8+     3.7+
4.0.x               ✔            ✔            ✔            ✘            11+    3.8+
4.1.x               ✘            ✔            ✔            ✔            11+    3.9+
4.2.x (current)     ✘            ✔            ✔            ✔            17+    3.10+

Semantic versioning applies: 4.2.0 → 4.2.7 are drop-in upgrades; 4.x → 5.0 will remove the
deprecated v1 wire protocol. Support for 3.2.x ends on 2024-12-31.
""")

neg("menu", "en", """THE COPPER KETTLE — Lunch menu

Starters
  Roasted tomato soup, sourdough ........................................ £6.50
  Salt & pepper squid, lime aioli ....................................... £8.75
Mains
  Beer-battered haddock, triple-cooked chips, mushy peas ............... £16.95
  Wild mushroom risotto, parmesan crisp (v) ............................. £14.50
  8oz sirloin steak, peppercorn sauce (+£3 for béarnaise) .............. £24.00
Desserts
  Sticky toffee pudding, clotted cream .................................. £7.25
  Eton mess ............................................................. £6.95

A discretionary service charge of 12.5% is added to tables of six or more.
""")

neg("baggage", "en", """Baggage allowance

Economy Light: 1 personal item (40 × 30 × 15 cm), no checked bag.
Economy Standard: 1 cabin bag up to 8 kg (55 × 40 × 23 cm) plus 1 checked bag up to 23 kg.
Economy Flex: as Standard, plus a second checked bag up to 23 kg.
Business: 2 cabin bags (total 18 kg) and 2 checked bags up to 32 kg each.

Excess baggage: €60 per extra bag online, €90 at the airport. Sports equipment up to 23 kg travels
as a checked bag. Lithium batteries over 160 Wh are not permitted. Bag tags are issued with a
10-digit licence plate number starting with the airline's 3-digit code.
""")

neg("alert", "en", """[FIRING:2] DiskSpaceLow — cluster prod-eu-1

Labels:
  alertname = DiskSpaceLow
  severity  = warning
  instance  = node-exporter:9100
  mountpoint = /var/lib/docker
Annotations:
  summary     = Filesystem usage above 85% for 15 minutes
  description = Available space is 11.2 GiB of 100 GiB (11.2%). Predicted full in 9h at current rate.
  runbook_url = https://runbooks.example.com/disk-space-low
Started: 2024-05-19 03:12:44 UTC
Source: prometheus-0 (rule group node.rules, evaluation interval 30s)

Auto-remediation: docker image prune job triggered (job id 7f2c9a41), reclaimed 6.4 GiB.
This ticket was created automatically by the alert bridge; assignment follows the on-call rota.
""")

neg("template", "en", """<!-- email template: order_shipped.html (Handlebars) -->
<p>Hi {{customer.first_name}},</p>
<p>Good news — your order <strong>{{order.number}}</strong> is on its way.</p>
<table>
  <tr><td>Carrier</td><td>{{shipment.carrier}}</td></tr>
  <tr><td>Tracking</td><td><a href="{{shipment.tracking_url}}">{{shipment.tracking_number}}</a></td></tr>
  <tr><td>Delivery address</td><td>{{address.line1}}<br>{{address.city}} {{address.postcode}}</td></tr>
</table>
<p>Questions? Reply to this e-mail or call {{support.phone}}.</p>
<p>— The {{brand.name}} team</p>
<!-- Variables are HTML-escaped. Use {{{raw}}} only for pre-sanitised content. -->
""")

neg("spec", "en", """Fleet refresh — approved laptop models (FY2025)

Model                      CPU                RAM    SSD     Weight   Part number
Dell Latitude 7450         Core Ultra 7 165U  32 GB  512 GB  1.36 kg  LAT7450-CU7-32-512
Lenovo ThinkPad T14 Gen 5  Ryzen 7 PRO 8840U  32 GB  1 TB    1.31 kg  21ML003BUK
HP EliteBook 840 G11       Core Ultra 5 125U  16 GB  512 GB  1.35 kg  9G0D4ET#ABU
Apple MacBook Air 13 (M3)  Apple M3 8-core    16 GB  512 GB  1.24 kg  MXCT3B/A

Warranty: 3 years next-business-day on site. Asset tags follow the format LT-YYYY-NNNNN and are
applied by the service desk before deployment. Docking: Thunderbolt 4 / USB-C 100 W.
""")

neg("history", "en", """Company timeline

1987  Founded as a two-room machine shop supplying gear blanks to the regional rail workshops.
1994  First CNC line installed; ISO 9001 certification.
2001  Moved to the current site on the Riverside Industrial Estate (Unit 4–7).
2008  Export share passes 50%; subsidiary opened in Poland.
2015  Acquisition of a precision-casting business; headcount reaches 420.
2019  Additive-manufacturing centre opened; first aerospace approval (AS9100D).
2023  Net-zero roadmap published; 2.1 MW rooftop solar commissioned.
2024  Rebranded; new ERP live in June.
""")

neg("privacy", "en", """Privacy notice — 4. What personal data we collect

Depending on how you use our services we may process: identification data (such as your name and
date of birth), contact data (such as your e-mail address, postal address and telephone number),
payment data (the last four digits of your card and the card type; full card numbers are handled
only by our PCI-DSS certified payment provider), technical data (IP address, device identifiers and
browser type, retained for 90 days), and communications with our support team.

We do not sell personal data. You can exercise your rights of access, rectification, erasure and
portability through the account settings page or by writing to the Data Protection Officer at our
registered office. Response times are set out in section 9.
""")

neg("netdoc", "es", """Documentación de red – Sede Valencia (v3)

Segmento            Red              Máscara            Puerta de enlace
Gestión             10.80.0.0/24     255.255.255.0      10.80.0.1
Usuarios            10.80.16.0/20    255.255.240.0      10.80.16.1
Telefonía IP        10.80.32.0/23    255.255.254.0      10.80.32.1
Invitados           172.18.0.0/22    255.255.252.0      172.18.0.1
Enlace con CPD      192.0.2.8/30     255.255.255.252    —

DHCP: concesión de 8 h en usuarios y 2 h en invitados. Reserva de rango .2–.49 para equipos fijos.
Las impresoras se registran por etiqueta de inventario (formato INV-VLC-NNNN), nunca por nombre de usuario.
""")

neg("manifest", "fr", """# Déploiement du service de recherche — à appliquer avec kubectl apply -f
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: recherche-opensearch
  namespace: recherche
spec:
  serviceName: opensearch
  replicas: 3
  template:
    spec:
      containers:
        - name: opensearch
          image: opensearchproject/opensearch:2.13.0
          env:
            - name: OPENSEARCH_JAVA_OPTS
              value: "-Xms2g -Xmx2g"
            - name: OPENSEARCH_INITIAL_ADMIN_PASSWORD
              valueFrom: {secretKeyRef: {name: opensearch-admin, key: mot-de-passe}}
  volumeClaimTemplates:
    - metadata: {name: donnees}
      spec: {accessModes: ["ReadWriteOnce"], resources: {requests: {storage: 100Gi}}}
""")

neg("lockfile", "de", """# Gemfile.lock (Auszug) – automatisch erzeugt, nicht von Hand bearbeiten
GEM
  remote: https://rubygems.org/
  specs:
    actionpack (7.1.3.2)
      actionview (= 7.1.3.2)
      activesupport (= 7.1.3.2)
      rack (>= 2.2.4)
    nokogiri (1.16.4-x86_64-linux)
      racc (~> 1.4)
    pg (1.5.6)
    puma (6.4.2)
      nio4r (~> 2.0)

PLATFORMS
  x86_64-linux

RUBY VERSION
   ruby 3.3.1p55

BUNDLED WITH
   2.5.9
""")

neg("spec", "pl", """Karta katalogowa – Kocioł kondensacyjny KK-24 Eco

Numer katalogowy: KK24ECO-G20 (gaz ziemny), KK24ECO-G31 (propan)
Moc grzewcza: 4,8–24,0 kW
Sprawność sezonowa: 94 % (klasa A)
Ciśnienie robocze c.o.: 0,5–3 bar
Przyłącze spalin: 60/100 mm, współosiowe
Wymiary: 700 × 400 × 299 mm, masa 31 kg
Numer fabryczny: format KK-RR-TT-NNNNNN (rok, tydzień, numer kolejny)
Gwarancja: 5 lat przy corocznym przeglądzie serwisowym
""")

neg("changelog", "it", """Note di rilascio – Gestionale Magazzino 11.3

11.3.0 (17/05/2024)
  Novità
  • Inventario con lettore RFID UHF
  • Esportazione DDT in formato XML FatturaPA 1.2.2
  Modifiche
  • Richiesto SQL Server 2019 o successivo
  Correzioni
  • Giacenze negative in caso di resi parziali (GM-7712)
  • Stampa etichette EAN-13 con cifra di controllo errata per codici che iniziano con 0

11.2.5 (08/04/2024)
  • Aggiornamento di sicurezza della libreria di crittografia
""")

neg("netdoc", "sv", """Nätverksdokumentation – Kontor Malmö

VLAN 110  Klienter      10.110.0.0/21    nätmask 255.255.248.0   gateway 10.110.0.1
VLAN 120  Skrivare      10.110.8.0/24    nätmask 255.255.255.0   gateway 10.110.8.1
VLAN 130  Gäst          172.22.0.0/23    nätmask 255.255.254.0   gateway 172.22.0.1
VLAN 140  Kameror       10.110.12.0/24   isolerat, ingen internetåtkomst

IPv6 delegeras som 2001:db8:110::/48 i detta dokument (exempelprefix). DHCP-lånetid 12 timmar.
Brandväggsregler ändras endast via ändringsärende; godkännande krävs av två personer i driftgruppen.
""")

neg("netdoc", "tr", """Ağ Dokümantasyonu – Ankara Şubesi

VLAN 10   Yönetim       10.50.0.0/24     alt ağ maskesi 255.255.255.0    ağ geçidi 10.50.0.1
VLAN 20   Personel      10.50.16.0/20    alt ağ maskesi 255.255.240.0    ağ geçidi 10.50.16.1
VLAN 30   Misafir       172.19.0.0/22    alt ağ maskesi 255.255.252.0    ağ geçidi 172.19.0.1

SNMP izleme OID'leri: 1.3.6.1.2.1.2.2.1.10 (ifInOctets), 1.3.6.1.2.1.2.2.1.16 (ifOutOctets).
DHCP kira süresi 8 saat. Tüm anahtarlarda port güvenliği etkin; ihlalde port 300 saniye kapatılır.
""")

neg("changelog", "hu", """Változásnapló – Számlázó modul 4.8

4.8.0 (2024. 05. 22.)
  Újdonságok
  • NAV Online Számla 3.0 interfész támogatása
  • Tömeges sztornó funkció
  Változások
  • Minimális PHP-verzió: 8.2
  Javítások
  • Hibás kerekítés 27%-os ÁFA esetén (SZ-1184)
  • A PDF-export nem kezelte a 200 tételnél hosszabb számlákat

4.7.3 (2024. 04. 03.)
  • Biztonsági frissítések a függőségekben
""")

neg("changelog", "ro", """Note de lansare – Aplicația Facturare Online 5.1

5.1.0 (20.05.2024)
  Noutăți
  • Transmitere automată în sistemul e-Factura
  • Export SAF-T (D406) lunar
  Modificări
  • Necesită Android 9 sau iOS 15
  Remedieri
  • Cota TVA de 9% nu era aplicată corect pentru unele produse (FO-2231)
  • Seria facturilor nu se reseta la început de an

5.0.4 (04.04.2024)
  • Actualizări de securitate
""")

neg("changelog", "cs", """Poznámky k vydání – Docházkový systém 3.6

3.6.0 (15. 5. 2024)
  Novinky
  • Evidence práce z domova s geolokací pouze na úrovni města
  • Export mezd do formátu XML pro účetní systémy
  Změny
  • Podpora Windows Server 2016 končí
  Opravy
  • Chybný výpočet přesčasů při přechodu na letní čas (DS-908)
  • Terminál nepřijal čipy s 10místným kódem

3.5.2 (2. 4. 2024)
  • Bezpečnostní aktualizace knihoven
""")

neg("weather", "el", """Kairos – Provlepsi gia tin Kyriaki

Athina: Liakada, thermokrasia 18–27 °C, anemoi voreioi 3–4 Beaufort.
Thessaloniki: Ligi synnefia, 16–25 °C.
Irakleio: Aithrios, 20–26 °C, notioi 4 Beaufort.
Ioannina: Topikes mpores to apogevma, 12–23 °C.

Thermokrasia thalassas sto Aigaio: 19 °C. Deiktis UV: 7 (ypsilos).
Gia ti Deftera anamenontai afxisi ton thermokrasion kata 2–3 vathmous.
""")

neg("spec", "fi", """Tuotekortti – Ilmalämpöpumppu Arktinen 35

Mallinumero: ARK35-SIS / ARK35-ULK
Lämmitysteho: 3,5 kW (max 6,8 kW)
SCOP: 4,6 (kylmä ilmasto)
Käyttöalue: –30 °C saakka
Äänitaso sisäyksikkö: 20–41 dB(A)
Kylmäaine: R32, 0,95 kg
Sarjanumero: 14 merkkiä, arvokilvessä muodossa ARKVVVVKKNNNNNN
Takuu: 5 vuotta kompressorille valtuutetun asentajan asentamana
""")

# =============================================================================================
# English (more): technical documents with secrets, regional English
# =============================================================================================

pos("issue", "en", f"""GitHub issue #1187 — "Connection refused when running migrations in CI"
opened by {m(N, 'szymon-kubacki')} · 6 comments

**Describe the bug**
Flyway fails with `Connection refused` on the self-hosted runner. Here's the full command from the
job log (sorry, creds included, it's just the staging box):

```
flyway -url=jdbc:postgresql://staging-db.example.org:5432/app -user=flyway -password={m(K, rnd(16))} migrate
```
and the app's datasource is configured as `{m(U, 'postgresql://app_rw:' + rnd(12) + '@staging-db.example.org:5432/app')}`.

---
**{m(N, 'adaobi-eze')}** commented:
> Please rotate those immediately; GitHub's secret scanning already flagged the second one.
> Also the runner's egress IP ({m(IP, ipv4_public())}) isn't in the DB allow-list, that's your actual problem.

**{m(N, 'szymon-kubacki')}** commented:
> Rotated, thanks {m(N, 'Adaobi')}. Added the IP, works now. Closing.
""")

pos("properties", "en", f"""# application-prod.properties  (attached to support case 00418827 by the customer)
server.port=8443
spring.datasource.url=jdbc:mysql://crm-db.internal:3306/crm?useSSL=true
spring.datasource.username=crm_app
spring.datasource.password={m(K, rnd(10) + '!' + digits(3, DIG))}
spring.mail.host=smtp.office365.com
spring.mail.username={m(E, 'noreply.crm@brightwater-homes.co.uk')}
spring.mail.password={m(K, rnd(16, 'abcdefghijklmnopqrstuvwxyz'))}
app.admin.contact={m(N, 'Declan Fitzmaurice')} <{m(E, 'declan.fitzmaurice@brightwater-homes.co.uk')}>
app.sftp.url={m(U, 'sftp://bw_export:' + rnd(14) + '@sftp.partner-example.com:22/inbound')}
logging.level.root=INFO
""")

pos("code", "en", f"""# scripts/backfill_invoices.py — written by {m(N, 'Ngozi Eze-Lawson')}, 2023-11
import psycopg2
import requests

# TODO: read from vault, this is only for the one-off run
SRC = "{m(U, 'postgresql://readonly:' + rnd(16) + '@billing-replica.int.example.com/billing')}"
HUBSPOT_TOKEN = "{m(K, 'pat-eu1-' + uuid())}"

def main():
    conn = psycopg2.connect(SRC)
    with conn.cursor() as cur:
        cur.execute("SELECT id, total FROM invoices WHERE backfilled = false LIMIT 500")
        for inv_id, total in cur.fetchall():
            requests.post("https://api.hubapi.com/crm/v3/objects/deals",
                          headers={{"Authorization": f"Bearer {{HUBSPOT_TOKEN}}"}},
                          json={{"properties": {{"amount": str(total), "invoice_id": inv_id}}}})

if __name__ == "__main__":
    main()
""")

pos("log", "en", f"""2024-05-21T13:44:02.117Z INFO  http  POST /v1/payments 201 312ms client_ip={m(IP, ipv4_public())} user_id=88123 email={m(E, 'brigid.mccann@gmail.com')}
2024-05-21T13:44:03.908Z WARN  http  POST /v1/payments 402 281ms client_ip={m(IP, ipv4_public())} user_id=99012 email={m(E, 'olumide.ajayi@yahoo.com')} decline=insufficient_funds
2024-05-21T13:44:05.551Z ERROR psp   upstream error body={{"card":"{m(C, card('4', 16, ''))}","cvc":"***","error":"timeout"}}
2024-05-21T13:44:06.003Z INFO  http  GET /v1/payments/pm_1P2 200 41ms client_ip={m(IP, ipv6())} user_id=88123
2024-05-21T13:44:09.270Z INFO  auth  token refresh user_id=77310 device={m(MAC, mac())} ip={m(IP, ipv4_public())}
""")

pos("inventory", "en", f"""asset_tag,hostname,mac_address,assigned_to,email,location,purchased
LT-2023-00412,LT-0412,{m(MAC, mac())},{m(N, 'Keziah Oduya')},{m(E, 'keziah.oduya@northwind-legal.com')},London 3F,2023-02-14
LT-2023-00418,LT-0418,{m(MAC, mac())},{m(N, 'Fintan Doherty')},{m(E, 'fintan.doherty@northwind-legal.com')},Dublin,2023-02-14
LT-2024-00033,LT-0033,{m(MAC, mac('-', True))},{m(N, 'Saanvi Krishnamurthy')},{m(E, 'saanvi.k@northwind-legal.com')},London 2F,2024-01-09
PR-2022-00007,PRN-2F-01,{m(MAC, mac())},(shared),,London 2F,2022-06-30
""")

pos("ticket", "en", f"""Freshdesk #66120 · Priority: Urgent · Tags: account-takeover, ssn

From: {m(N, 'Lorenzo Ashby-Quayle')} <{m(E, 'lorenzo.aq@comcast.net')}>
Subject: Someone opened a credit line in my name

I just got a letter about an account I never opened. The application used my SSN {m(S, ssn())} and my
old address {m(A, '4410 Brookfield Terrace')} (I moved out in 2021). My current address is
{m(A, '87 Harrington Way, Unit 2')}, Worcester MA 01604. Phone {m(P, '(508) 555-0137')}.
My DOB is {m(D, 'Nov 2, 1977')} if you need it for verification.

-- Agent {m(N, 'Chioma')}: Fraud flag set, application FA-22091 frozen. Advised customer to file FTC
   identity-theft report and place a credit freeze. Escalated to fraud ops ({m(N, 'W. Hargreaves')}).
""")

pos("csv", "en", f"""employee_id\tfull_name\tssn\tdate_of_birth\thire_date\tstate
40011\t{m(N, 'Marisela Fuentes-Oakley')}\t{m(S, ssn())}\t{m(D, '1982-03-19')}\t2015-06-01\tAZ
40012\t{m(N, 'Tran Minh Duc')}\t{m(S, ssn())}\t{m(D, '1990-11-04')}\t2018-01-15\tCA
40013\t{m(N, 'Obadiah Whitlock')}\t{m(S, ssn())}\t{m(D, '1971-07-27')}\t2009-09-08\tTX
40014\t{m(N, 'Priyanka Raghunathan')}\t{m(S, ssn())}\t{m(D, '1995-05-05')}\t2022-03-21\tWA
""")

pos("chat", "en", f"""Slack #eng-backend
*{m(N, 'hiroshi.takeda')}* 4:12 PM
anyone have the creds for the analytics warehouse? my token expired
*{m(N, 'fernanda.lima')}* 4:13 PM
use your own SSO role pls 😅 but fwiw the service account url is in 1Password under "dwh-ro"
*{m(N, 'hiroshi.takeda')}* 4:15 PM
found an old one in the notebook: `{m(U, 'snowflake://svc_dwh_ro:' + rnd(20) + '@acme-eu.snowflakecomputing.com/ANALYTICS')}`
*{m(N, 'fernanda.lima')}* 4:15 PM
@{m(N, 'hiroshi.takeda')} delete that message! I'll ask {m(N, 'Dagny')} to rotate
*{m(N, 'dagny.solheim')}* 4:31 PM
rotated. {m(N, 'Hiroshi')}, ping me for a proper role grant tomorrow
""")

pos("email", "en-GB", f"""From: {m(N, 'Ottilie Harcourt-Nwosu')} <{m(E, 'ottilie.hn@gmail.com')}>
To: Lettings <{m(E, 'lettings@camdenkeys.co.uk')}>
Subject: Application for 2-bed on Kentish Town Road

Dear Sir or Madam,

I'd like to apply for the flat advertised on Rightmove (ref CK-2291). Some details:
  • Full name: {m(N, 'Ottilie Harcourt-Nwosu')}
  • Date of birth: {m(D, '9 July 1993')}
  • Current address: {m(A, 'Flat 11, Hazelwood Court, 52 Chalk Farm Road')}, London NW1 8AN
  • Passport number: {m(ID, digits(9, '15'))}
  • Mobile: {m(P, '+44 7700 900127')}
  • Employer: NHS — Band 6 physiotherapist, salary £41,600

My partner, {m(N, 'Jaime Ortega Lindahl')}, would also be on the tenancy.

Kind regards,
{m(N, 'Ottilie')}
""")

pos("form", "en-GB", f"""DVLA — Application for a driving licence (D1), extract

Surname:                 {m(N, 'MACKINTOSH-ADEBAYO')}
First name(s):           {m(N, 'ISLA FOLASADE')}
Date of birth:           {m(D, '14 03 2005')}
Place of birth:          Aberdeen
Current address:         {m(A, '21 Bon-Accord Crescent')}
                         Aberdeen AB11 6DE
Previous licence no.:    {m(ID, 'MACKI' + '053145' + 'IF9' + rnd(2, 'ABCDEFGHJKLMNPRSTUVWXYZ'))}
Email:                   {m(E, 'isla.mackintosh05@icloud.com')}
Phone:                   {m(P, '07700 900 634')}
National Insurance no.:  {m(ID, ni_number())}
""")

pos("payroll", "en-GB", f"""PAYSLIP — April 2024                          Tax code 1257L   NI category A

Employee:  {m(N, 'Morwenna Trelawney')}                    Payroll no. 00731
NI number: {m(ID, ni_number())}
Address:   {m(A, '5 Chapel Terrace')}, Penzance TR18 4AN

Payments                     Deductions
Basic salary    2,916.67     PAYE tax           373.40
Overtime          180.00     National Insurance 148.13
                             Pension (5%)       154.83
Gross pay       3,096.67     Total deductions   676.36

Net pay: £2,420.31 paid to {m(I, iban_gb('LOYD'))}
""")

pos("minutes", "en-IE", f"""Board of Management — St. Colmcille's National School
Minutes of meeting held 16 April 2024

Present: Fr. {m(N, 'Pádraig Ó Súilleabháin')} (Chairperson), {m(N, 'Gráinne Mhic Aoidh')} (Principal),
{m(N, 'Conor Breathnach')}, {m(N, 'Olamide Fashanu')}, {m(N, 'Aisling Ní Dhomhnaill')}, {m(N, 'Mícheál Ó Cuinn')}
Apologies: {m(N, 'Róisín Keogh')}

1. Minutes of previous meeting approved (proposed {m(N, 'C. Breathnach')}, seconded {m(N, 'O. Fashanu')}).
2. Principal's report: enrolment for September stands at 214. Two new SNA posts sanctioned.
3. Finance: summer works grant of €48,000 received for roof repairs.
4. Child safeguarding statement reviewed and adopted.
5. Correspondence: letter from a parent at {m(A, '12 Oakpark Drive')}, Tralee, re: school bus route — {m(N, 'Gráinne')} to reply.

Next meeting: 21 May 2024.
""")

pos("medical", "en-IE", f"""Referral — Mercy University Hospital, Orthopaedic OPD

Patient:   {m(N, 'Seán Ó hAodha')}
DOB:       {m(D, '30/11/1961')}
PPSN:      {m(ID, ppsn())}
MRN:       MUH-0091227
Address:   {m(A, "3 Sunday's Well Road")}, Cork T23 X9P2
Phone:     {m(P, '087 555 9013')}

Dear Mr {m(N, 'Donnelly')},

Thank you for seeing this 62-year-old retired postman with progressive right knee pain. X-ray shows
medial compartment OA, Kellgren–Lawrence grade 3. He has failed physiotherapy and analgesia.

Yours sincerely,
Dr {m(N, 'Eimear Cronin')}, GP, Blackpool Medical Centre
""")

pos("email", "en-NG", f"""From: {m(N, 'Chiamaka Okonkwo-Eze')} <{m(E, 'chiamaka.okonkwoeze@gmail.com')}>
To: Admissions Office <{m(E, 'admissions@lagoscitycollege.edu.ng')}>
Subject: Re: Admission letter – 2024/2025 session

Good afternoon Sir/Ma,

Thank you for the admission offer for my son, {m(N, 'Kenechukwu Eze')} (DOB {m(D, '12th March 2011')}).
Please find his details for the registration:
  Parent NIN: {m(ID, digits(11))}
  Home address: {m(A, 'No. 14 Bode Thomas Street')}, Surulere, Lagos
  Phone: {m(P, '0805 555 3142')}, WhatsApp {m(P, '+234 816 555 0977')}

The school fees have been paid to the college account (teller attached).

Kind regards,
Mrs. {m(N, 'Chiamaka Okonkwo-Eze')}
""")

pos("chat", "en-NG", f"""WhatsApp — "Estate Residents (Phase 2)"
[03/05/24, 7:41 pm] {m(N, 'Baba Tunde')}: Good evening everyone. NEPA took light again o
[03/05/24, 7:43 pm] {m(N, 'Ifeoma Nwachukwu')}: The electrician Mr {m(N, 'Sunday')} can check the transformer. His number {m(P, '0703 555 2281')}
[03/05/24, 7:45 pm] {m(N, 'Emeka Obiora')}: Abeg let him also check block C, {m(A, '7 Adebayo Close')}
[03/05/24, 7:50 pm] {m(N, 'Funmilayo')}: Thank you {m(N, 'Ifeoma')} 🙏 who is collecting the diesel contribution?
[03/05/24, 7:52 pm] {m(N, 'Ifeoma Nwachukwu')}: {m(N, 'Emeka')} is. Pay to his account, he will send details privately
""")

pos("kyc", "en-IN", f"""Video KYC — Session summary

Customer name:    {m(N, 'Aditya Vinayak Kulkarni')}
Date of birth:    {m(D, '22-01-1990')}
PAN:              {m(ID, 'BQKPK' + digits(4, DIG) + 'F')}
Aadhaar (masked): XXXX XXXX {digits(4, DIG)}
Address:          {m(A, 'Flat 603, Sai Krupa Residency, Baner Road')}, Pune 411045
Mobile:           {m(P, '+91 98220 55417')}
Email:            {m(E, 'aditya.kulkarni90@gmail.com')}
Session IP:       {m(IP, ipv4_public())}     Geo-tag: Pune, MH (within 2 km of address)

Agent: {m(N, 'Sneha Pillai')} · Liveness: PASS · Face match score: 0.94 · Outcome: APPROVED
""")

pos("hr", "en-IN", f"""OFFER LETTER — Private & Confidential

Date: 02 May 2024

Ms. {m(N, 'Harini Sundararajan')}
{m(A, 'No. 12, 3rd Cross Street, Besant Nagar')}
Chennai 600090

Dear {m(N, 'Harini')},

We are pleased to offer you the position of Senior QA Engineer at our Chennai office, effective
03 June 2024, with an annual CTC of INR 21,50,000. Please bring your original PAN card
({m(ID, 'CFRPS' + digits(4, DIG) + 'K')}) and Aadhaar for verification on joining.

For queries contact {m(N, 'Rajeshwari Menon')}, HR Business Partner, at {m(P, '044 4555 2190')}
or {m(E, 'rajeshwari.menon@velankaniinfo.co.in')}.

Yours sincerely,
{m(N, 'Karthik Ramaswamy')}
Director – Engineering
""")

pos("legal", "en-ZA", f"""LEASE AGREEMENT — RESIDENTIAL

LESSOR:  {m(N, 'Johannes Petrus Swanepoel')} (ID {m(ID, sa_id(1966, 8, 19, False))})
LESSEE:  {m(N, 'Nomvula Precious Dlamini')} (ID {m(ID, sa_id(1994, 2, 7, True))}), born {m(D, '7 February 1994')}
PREMISES: {m(A, 'Unit 14, Sunbird Gardens, 22 Kloof Street')}, Gardens, Cape Town 8001

1. The lease commences on 1 June 2024 and terminates on 31 May 2025.
2. Monthly rental of R 14 500,00 is payable on or before the first day of each month.
3. The deposit of R 21 750,00 shall be held in an interest-bearing account.
4. Lessee contact: {m(P, '072 555 8841')} · {m(E, 'nomvula.dlamini@webmail.co.za')}
""")

pos("ticket", "en-ZA", f"""Helpdesk ticket HD-20417 — Debit order reversed incorrectly

Customer: {m(N, 'Sipho Mahlangu')}
Contact: {m(P, '+27 82 555 4019')}, {m(E, 'sipho.mahlangu@gmail.com')}
ID number: {m(ID, sa_id(1987, 10, 30, False))}

Customer states his debit order to the gym was reversed but R 649 was still taken. Address on file:
{m(A, '9 Jacaranda Avenue, Lynnwood')}, Pretoria.
Agent ({m(N, 'Thandiwe')}): confirmed duplicate debit, refund processed, ref DR-88210.
""")

pos("booking", "en", f"""ITINERARY — Booking ref 7HXQ4P

Traveller 1: {m(N, 'BAPTISTE/LÉA MARIE')} MS      Date of birth {m(D, '23MAR1989')}   Passport {m(ID, rnd(2, 'ABCDEFGHJKLMNPRSTUVWXYZ') + digits(7, DIG))} (FRA)
Traveller 2: {m(N, 'ADJEI-BAPTISTE/KOJO')} MR     Date of birth {m(D, '02NOV1986')}   Passport {m(ID, 'G' + digits(8, DIG))} (GHA)

AF 0084   10 JUN  CDG 10:25 → SFO 12:50   Premium Economy   Seats 21A/21B
AF 0083   24 JUN  SFO 15:40 → CDG 11:10+1 Premium Economy

Emergency contact: {m(N, 'Ama Adjei')}, {m(P, '+233 20 555 7781')}
Payment: Visa {m(C, card('4', 16))}  Amount EUR 3,482.60
""")

pos("legal", "en", f"""SUPERIOR COURT OF CALIFORNIA, COUNTY OF ALAMEDA
Case No. RG24-118842

{m(N, 'MARISOL ECHEVERRÍA-DUNN')}, Petitioner,
v.
{m(N, 'CONRAD DUNN')}, Respondent.

PROOF OF PERSONAL SERVICE

I, {m(N, 'Leandro Figueroa')}, declare: I am over 18 and not a party to this action. On April 29, 2024,
at 6:15 p.m., I personally served the Respondent with the Summons and Petition at
{m(A, '3318 Telegraph Avenue, Apt 6')}, Oakland, CA 94609. The Respondent was identified by
California driver license {m(ID, 'D' + digits(7, DIG))}.

I declare under penalty of perjury under the laws of the State of California that the foregoing is
true and correct. Phone: {m(P, '(510) 555-0173')}
""")

pos("html", "en", f"""<!-- /about/people.html -->
<table class="staff">
  <thead><tr><th>Name</th><th>Role</th><th>Email</th><th>Phone</th></tr></thead>
  <tbody>
    <tr><td>{m(N, 'Anneliese Vogt-Kariuki')}</td><td>Managing Director</td><td>{m(E, 'a.vogt-kariuki@tallgrass.co')}</td><td>{m(P, '+1 (612) 555-0140')}</td></tr>
    <tr><td>{m(N, 'Bao Tran')}</td><td>Head of Design</td><td>{m(E, 'bao.tran@tallgrass.co')}</td><td>{m(P, '+1 (612) 555-0156')}</td></tr>
    <tr><td>{m(N, "Declan O'Hare")}</td><td>Lead Engineer</td><td>{m(E, 'declan.ohare@tallgrass.co')}</td><td>{m(P, '+1 (612) 555-0162')}</td></tr>
    <tr><td>{m(N, 'Yetunde Balogun')}</td><td>Office Manager</td><td>{m(E, 'yetunde.balogun@tallgrass.co')}</td><td>{m(P, '+1 (612) 555-0100')}</td></tr>
  </tbody>
</table>
""")

pos("wiki", "en", f"""= Runbook: rotating the payment gateway webhook secret =

''Owner:'' {m(N, 'Ruairí Mac Giolla')} · ''Last reviewed:'' 2024-04-02 by {m(N, 'Mei-Ling Kwan')}

1. Generate a new secret in the gateway dashboard (Developers → Webhooks).
2. Update Vault path `secret/payments/webhook` — do '''not''' paste it in Slack.
3. Redeploy `payments-webhook` (two replicas, rolling).

''History'' — 2024-03-11: the previous secret `{m(K, 'whsec_' + rnd(32))}` was pasted into this page by
mistake and has since been revoked. The gateway API key `{m(K, 'rk_live_' + rnd(24))}` was also exposed
and rotated the same day (see SEC-1204). Questions: {m(E, 'ruairi.macgiolla@paystream.ie')}.
""")

pos("log", "en", f"""May 19 22:14:07 mail-01 postfix/smtpd[18821]: connect from unknown[{m(IP, ipv4_public())}]
May 19 22:14:08 mail-01 postfix/smtpd[18821]: warning: unknown[{m(IP, ipv4_public())}]: SASL LOGIN authentication failed: UGFzc3dvcmQ6
May 19 22:14:09 mail-01 postfix/smtpd[18821]: disconnect from unknown[{m(IP, ipv4_public())}] ehlo=1 auth=0/1 quit=1 commands=2/3
May 19 22:20:44 mail-01 postfix/smtpd[18902]: 4VmK2B1yQmz9: client=cpe-home[{m(IP, ipv4_public())}], sasl_method=PLAIN, sasl_username={m(E, 'margot.lefebvre-ansah@ouremail.org')}
May 19 22:20:46 mail-01 postfix/smtp[18911]: 4VmK2B1yQmz9: to=<{m(E, 'tobiasz.wrona@o2.pl')}>, relay=mx.o2.pl[{m(IP, '193.17.41.98')}]:25, status=sent (250 OK)
""")

pos("sql", "en", f"""-- support asked for the duplicate accounts; output of the dedupe query 2024-05-03
 id   | email                              | full_name              | phone            | created_at
------+------------------------------------+------------------------+------------------+---------------------
 8812 | {m(E, 'ilse.marais@mweb.co.za')}             | {m(N, 'Ilse Marais')}            | {m(P, '+27 83 555 0192')}  | 2021-07-19 10:22:41
 9930 | {m(E, 'ilse.marais+shop@mweb.co.za')}        | {m(N, 'Ilse Marais-Botha')}      | {m(P, '083 555 0192')}     | 2023-02-02 18:05:13
 4107 | {m(E, 'kwabena.owusu@gmail.com')}           | {m(N, 'Kwabena Owusu')}          | {m(P, '+44 7700 900 441')} | 2020-11-30 08:14:55
 7755 | {m(E, 'k.owusu@outlook.com')}               | {m(N, 'Kwabena A. Owusu')}       | {m(P, '+447700900441')}    | 2022-06-08 21:40:02
(4 rows)
""")

pos("config", "en", f"""# ~/.gitconfig, ~/.npmrc and pip.conf collected from build agent ba-07 during the audit
[user]
    name = {m(N, 'Kalinda Brightwater')}
    email = {m(E, 'kalinda.brightwater@devhaus.io')}
[remote "origin"]
    url = {m(U, 'https://kbrightwater:' + 'ghp_' + rnd(36) + '@github.com/devhaus/platform.git')}

# .npmrc
//registry.npmjs.org/:_authToken={m(K, 'npm_' + rnd(36))}

# pip.conf
[global]
index-url = {m(U, 'https://ci-reader:' + rnd(22) + '@artifacts.devhaus.io/api/pypi/simple')}
""")

pos("log", "en", f"""{{"timestamp":"2024-05-08T07:31:55Z","level":"error","service":"order-worker","msg":"mongo connect failed","uri":"{m(U, 'mongodb+srv://orders_svc:' + rnd(18) + '@cluster0.ab1cd.mongodb.net/orders?retryWrites=true')}","attempt":3}}
{{"timestamp":"2024-05-08T07:31:58Z","level":"error","service":"order-worker","msg":"amqp channel closed","url":"{m(U, 'amqps://worker:' + rnd(16) + '@rabbit.prod.example.net:5671/orders')}"}}
{{"timestamp":"2024-05-08T07:32:10Z","level":"info","service":"order-worker","msg":"processing order","order_id":"A-7781","customer_email":"{m(E, 'tiago.valadares@gmail.com')}"}}
""")

pos("signin", "en", f"""{{
  "value": [
    {{
      "createdDateTime": "2024-04-30T06:55:12Z",
      "userDisplayName": "{m(N, 'Ruth Abara-Lindqvist')}",
      "userPrincipalName": "{m(E, 'ruth.abaralindqvist@contoso-example.com')}",
      "appDisplayName": "Office 365 Exchange Online",
      "ipAddress": "{m(IP, ipv4_public())}",
      "location": {{"city": "Gothenburg", "countryOrRegion": "SE"}},
      "status": {{"errorCode": 0}},
      "deviceDetail": {{"operatingSystem": "Windows10", "browser": "Edge 124.0"}}
    }},
    {{
      "createdDateTime": "2024-04-30T06:58:40Z",
      "userDisplayName": "{m(N, 'Ruth Abara-Lindqvist')}",
      "userPrincipalName": "{m(E, 'ruth.abaralindqvist@contoso-example.com')}",
      "appDisplayName": "Azure Portal",
      "ipAddress": "{m(IP, ipv4_public())}",
      "location": {{"city": "Lagos", "countryOrRegion": "NG"}},
      "status": {{"errorCode": 50126, "failureReason": "Invalid username or password"}},
      "riskLevelDuringSignIn": "high"
    }}
  ]
}}
""")

pos("listing", "en-GB", f"""Rightmove-style listing — £425,000 Guide Price

3 bedroom semi-detached house, {m(A, '47 Wentworth Road')}, Sheffield S10

Extended family home with south-facing garden, off-road parking for two cars and a loft conversion
with en-suite. EPC rating C. Council tax band D. Chain free.

Viewings strictly by appointment with {m(N, 'Jocasta Pemberton-Ali')}, Senior Negotiator
Tel {m(P, '0114 496 0731')} · {m(E, 'jocasta.pa@hallamhomes.co.uk')}

Vendor's note (Mr & Mrs {m(N, 'Haddadi')}): "We have loved raising our children here; the neighbours at
number 49 are wonderful."
""")

pos("vet", "en", f"""Willow Creek Veterinary Clinic — Patient record

Patient: "Biscuit" (Labrador Retriever, M/N, 6 y)        Microchip: 985 112 004 771 203
Owner:   {m(N, 'Delphine Abernathy-Osei')}
Address: {m(A, '1822 Cottonwood Dr')}, Boise ID 83704
Phone:   {m(P, '208-555-0118')}     Alt: {m(P, '208-555-0195')} ({m(N, 'Kwesi Osei')})
Email:   {m(E, 'delphine.ao@gmail.com')}

04/03/2024  Annual exam. Weight 34.2 kg (+1.1). Mild dental tartar. DHPP and rabies boosters given.
04/03/2024  Payment: Mastercard {m(C, card('5', 16))} — $286.40
Notes: owner asks for reminder texts, not e-mails.
""")

pos("prescription", "en", f"""Rx — Lakeside Family Pharmacy
{m(A, '600 Lakeside Pkwy, Suite 110')}, Madison WI 53704 · {m(P, '(608) 555-0100')}

Patient: {m(N, 'Augustina Kowalczyk-Bright')}      DOB: {m(D, '12/12/1944')}
Address: {m(A, '33 Willowbrook Ln')}, Madison WI 53711
Phone:   {m(P, '608-555-0149')}
Prescriber: {m(N, 'Hassan Al-Rawi')}, MD   DEA# withheld

Rx# 7712094   Metoprolol succinate ER 50 mg — take 1 tablet by mouth daily   Qty 90   Refills 3
Rx# 7712095   Atorvastatin 40 mg — take 1 tablet at bedtime                  Qty 90   Refills 3
Insurance: Medicare Part D, member ID {m(ID, mbi())}
""")

pos("mortgage", "en", f"""UNIFORM RESIDENTIAL LOAN APPLICATION — Section 1 (Borrower Information)

Name:                 {m(N, 'Benedikt Oyelowo-Strand')}
SSN:                  {m(S, ssn())}
Date of Birth:        {m(D, '06/21/1984')}
Citizenship:          U.S. Citizen
Current Address:      {m(A, '2719 Magnolia Bend Ct')}, Sugar Land, TX 77479   (How long: 6 yrs 3 mos)
Home Phone:           {m(P, '(281) 555-0164')}
Email:                {m(E, 'b.oyelowo.strand@outlook.com')}
Co-Borrower:          {m(N, 'Henrike Strand')}, SSN {m(S, ssn())}, DOB {m(D, '09/02/1986')}

Employer: Lone Star Energy Partners LLC — Reservoir Engineer, 11 years. Base income $14,250/month.
""")

pos("rsvp", "en", f"""Wedding RSVPs — {m(N, 'Imogen')} & {m(N, 'Tariq')}, 14 September

name,party_size,dietary,email,phone,address
{m(N, 'Hollis Farraday')},2,none,{m(E, 'hollis.farraday@gmail.com')},{m(P, '+44 7700 900212')},{m(A, '8 Orchard Row')}
{m(N, 'Zainab Qureshi-Lowe')},1,halal,{m(E, 'zainab.ql@hotmail.co.uk')},{m(P, '+44 7700 900583')},{m(A, '115 Mill Lane, Flat B')}
{m(N, 'Bernadette Coughlan')},1,vegetarian,,{m(P, '+353 86 555 2041')},{m(A, 'Knockbrack House, Ballyvaughan Road')}
{m(N, 'Tomasz Nowicki')},2,none,{m(E, 'tnowicki@wp.pl')},,
""")

pos("crm", "en", f"""{{
  "object": "contact",
  "id": "003Hp00002kL9QzIAK",
  "FirstName": "{m(N, 'Evangelina')}",
  "LastName": "{m(N, 'Castro-Whitfield')}",
  "Email": "{m(E, 'evangelina.cw@brightpathhealth.org')}",
  "MobilePhone": "{m(P, '+1 602 555 0171')}",
  "MailingStreet": "{m(A, '7340 E Shea Blvd, Ste 200')}",
  "MailingCity": "Scottsdale",
  "MailingState": "AZ",
  "Birthdate": "{m(D, '1979-08-14')}",
  "OwnerName": "{m(N, 'Lachlan Mbeki')}",
  "LastActivity": "2024-05-13",
  "Description": "Met at HIMSS. Interested in the scheduling module. Assistant: {m(N, 'Porter Nakamura')} ({m(E, 'pnakamura@brightpathhealth.org')})"
}}
""")

pos("okta", "en", f"""eventType=user.session.start outcome=SUCCESS actor={m(E, 'gustavo.inacio@meridianbank.com')} client.ipAddress={m(IP, ipv4_public())} client.userAgent="Chrome 124 macOS"
eventType=user.authentication.auth_via_mfa outcome=FAILURE actor={m(E, 'gustavo.inacio@meridianbank.com')} client.ipAddress={m(IP, ipv4_public())} reason=INVALID_CREDENTIALS factor=push
eventType=user.account.lock outcome=SUCCESS actor={m(E, 'gustavo.inacio@meridianbank.com')} client.ipAddress={m(IP, ipv4_public())}
eventType=user.account.unlock_by_admin outcome=SUCCESS actor={m(E, 'adm.chevonne.price@meridianbank.com')} target={m(E, 'gustavo.inacio@meridianbank.com')}
eventType=system.api_token.create outcome=SUCCESS actor={m(E, 'adm.chevonne.price@meridianbank.com')} token={m(K, '00' + rnd(40))}
""")

pos("newsletter", "en-GB", f"""THE PARISH PUMP — June issue

FROM THE EDITOR
Thanks to everyone who sent in photos of the May Fair. Special thanks to {m(N, 'Gwilym Rees')} for the
tombola and to {m(N, 'Perpetua Okoye')} for the cakes (the lemon drizzle sold out in 20 minutes).
— {m(N, 'Harriet Scrivener')}, Editor ({m(E, 'editor.parishpump@gmail.com')})

LOST & FOUND
A child's blue scooter was left at the recreation ground. Please contact Mrs {m(N, 'Penhaligon')} at
{m(A, '2 Church Cottages')}, or ring {m(P, '01736 555 219')}.

DIARY
12 June, 7.30pm — Quiz night, village hall (teams of up to six)
22 June — Open gardens, tickets £5 from the shop
""")

pos("police", "en-GB", f"""WITNESS STATEMENT (CJ Act 1967, s.9; MC Act 1980, s.5B)

Statement of: {m(N, 'Alasdair Macrae-Nkemelu')}
Age if under 18: over 18       Occupation: Bus driver
Address: {m(A, '19 Tolcross Road')}, Glasgow G31 4XJ         Tel: {m(P, '07700 900 918')}
Date of birth: {m(D, '04/01/1979')}

On Friday 12 April 2024 at approximately 23:10 I was driving the number 62 service eastbound on
Gallowgate. I saw a man I now know to be {m(N, 'Ross Kinnear')} push another man to the ground outside
the takeaway. I stopped the bus and called 999. The injured man told me his name was {m(N, 'Dariusz')}.

Signed: {m(N, 'A. Macrae-Nkemelu')}      Witnessed by: PC {m(N, 'Lorna Strachan')} 4471
""")

pos("claim", "en", f"""HOMEOWNERS CLAIM — WATER DAMAGE

Claim #: HO-24-55910          Policy #: HOP-8834721
Policyholder: {m(N, 'Ignatius Beauregard-Mensah')}
Property: {m(A, '1106 Palmetto Street')}, Charleston, SC 29403
Phone: {m(P, '843-555-0126')}   Email: {m(E, 'ignatius.bm@bellsouth.net')}
Date of loss: 03/28/2024

Loss description: Supply line to upstairs washing machine failed while insured was travelling.
Water migrated through ceiling into kitchen. Mitigation by ServiceMaster (invoice attached).
Contractor: {m(N, 'Roderick Vasquez')}, lic. #CLG-11820, {m(P, '843-555-0181')}
Claim payment to be issued to the insured and mortgagee jointly.
""")

pos("attendees", "en", f"""Attendee list — Regional Food Safety Workshop, 22 May 2024

#  Name                        Organisation                   Email
1  {m(N, 'Eun-ji Park')}                 Harbour Seafoods               {m(E, 'eunji.park@harbourseafoods.com')}
2  {m(N, 'Mohammed Al-Khatib')}          Al-Khatib Catering             {m(E, 'mo@alkhatibcatering.co.uk')}
3  {m(N, 'Siobhán Mac Cárthaigh')}       County Environmental Health    {m(E, 'siobhan.maccarthaigh@county-example.gov.uk')}
4  {m(N, 'Pedro Henrique Salgado')}      Brasa Grill                    {m(E, 'pedro@brasagrill.co.uk')}
5  {m(N, 'Olga Vasylenko')}              Kyiv Bakery                    {m(E, 'olga.vasylenko@kyivbakery.co.uk')}
6  {m(N, 'Ravindra Jadeja-Shah')}        Shah's Sweet Centre            {m(E, 'ravi@shahsweets.co.uk')}

Dietary requirements and access needs were collected separately and are not shown here.
""")

pos("cv", "en-GB", f"""CURRICULUM VITAE

{m(N, 'Folasade Adebayo-Whitmore')}
{m(A, '14 Ashgrove Terrace')}, Leeds LS6 1EZ · {m(P, '07700 900 562')} · {m(E, 'folasade.aw@gmail.com')}

PROFILE
Chartered accountant (ACA) with eight years' experience in audit and group reporting across retail
and logistics. Led IFRS 16 implementation for a FTSE 250 group.

EXPERIENCE
2020–present  Group Financial Controller, Pennine Freight plc
2016–2020     Audit Manager, regional practice, Leeds

EDUCATION
BSc Economics, University of Nottingham (2:1), 2015

REFEREES
{m(N, 'Crispin Alderton')}, CFO, Pennine Freight plc — {m(E, 'c.alderton@penninefreight.co.uk')}
{m(N, 'Meera Chandrasekhar')}, Partner — available on request
""")

pos("school", "en-IN", f"""ADMISSION FORM — Greenwood International School, Gurugram (Session 2024–25)

Name of student:   {m(N, 'Vihaan Malhotra')}
Date of birth:     {m(D, '17/09/2016')}
Class applied for: III
Aadhaar of student: {m(ID, aadhaar())}
Residential address: {m(A, 'House No. 1142, Sector 46')}, Gurugram, Haryana 122003

Father: {m(N, 'Arjun Malhotra')} — {m(P, '+91 98110 55392')} — {m(E, 'arjun.malhotra@gmail.com')}
Mother: {m(N, 'Ishita Sehgal Malhotra')} — {m(P, '+91 98910 55127')}
Transport required: Yes (Route 7)
""")

pos("invoice", "en-ZA", f"""TAX INVOICE  INV-0419

From: {m(N, 'Lindiwe Khumalo')} t/a Khumalo Interiors
{m(A, '41 Commissioner Street')}, Kimberley 8301 · {m(P, '053 555 0718')} · {m(E, 'lindiwe@khumalointeriors.co.za')}

To: {m(N, 'Pieter-Jan Coetzee')}, {m(A, '6 Dunvegan Road, Edenvale')}, Johannesburg

Description                                   Amount (ZAR)
Curtains — lounge, 3 sets (made to measure)      8 400,00
Installation                                     1 200,00
VAT @ 15%                                        1 440,00
TOTAL                                           11 040,00

Payment by EFT within 7 days; banking details on the attached letterhead. Reference: INV-0419.
""")

# =============================================================================================
# More non-English documents
# =============================================================================================

pos("yaml", "de", f"""# Ansible-Inventar (Auszug) – versehentlich im Wiki veröffentlicht, Zugangsdaten wurden gesperrt
all:
  vars:
    ansible_user: deploy
    ansible_become_password: "{m(K, rnd(14) + '$' + digits(2, DIG))}"
    ldap_bind_url: "{m(U, 'ldaps://cn=svc-ansible:' + rnd(12) + '@ldap.intern.example.de:636')}"
    verantwortlich: "{m(N, 'Reinhild Adebayo-Kessler')} <{m(E, 'reinhild.kessler@stadtwerke-example.de')}>"
  children:
    webserver:
      hosts:
        web01.intern.example.de:
        web02.intern.example.de:
""")

pos("shipping", "de", f"""DHL Paket – Sendungsdaten (Export aus dem Versandsystem)

Sendungsnummer: 00340434161094015902
Absender:    Gartenbedarf Lindenhof GmbH, {m(A, 'Industriestraße 12')}, 33602 Bielefeld
Empfänger:   {m(N, 'Gökhan Yıldırım-Becker')}
             {m(A, 'Hansaring 118, Hinterhaus')}
             50670 Köln
Telefon Empfänger (für Zustellbenachrichtigung): {m(P, '+49 221 555 19 44')}
E-Mail Empfänger: {m(E, 'goekhan.yb@gmx.net')}
Gewicht: 12,4 kg   Service: Wunschtag 24.05.2024, Ablageort Garage
""")

pos("police", "de", f"""Polizeipräsidium Mittelfranken – Strafanzeige (Auszug)

Vorgangsnummer: 24-0881-112/2024
Anzeigende Person: {m(N, 'Waltraud Pfisterer')}, geb. {m(D, '28.08.1951')}
Wohnanschrift: {m(A, 'Bucher Straße 67, 1. OG rechts')}, 90419 Nürnberg
Telefon: {m(P, '0911 555 3380')}

Sachverhalt: Die Anzeigende erhielt am 15.05.2024 einen Anruf eines angeblichen Polizeibeamten,
der sich als Kriminalbeamter ausgab, und übergab daraufhin Schmuck im Wert von ca. 8.000 € an einen
Abholer. Personalausweis der Anzeigenden: {m(ID, rnd(9, PA))}. Zeuge: Nachbar {m(N, 'Hasan Korkmaz')}.
Sachbearbeiter: KHK {m(N, 'Ströbel')}
""")

pos("newsletter", "fr", f"""LA LETTRE DU QUARTIER — n° 47, printemps 2024

ÉDITO, par {m(N, 'Hélène Marchetti-Diallo')}, présidente de l'association
Merci aux 64 bénévoles de la fête des voisins ! Une mention particulière pour {m(N, 'Jean-Luc Peyrard')},
qui a tenu la buvette de 10 h à minuit.

PORTRAIT
{m(N, 'Zoé Nguyen-Lambert')}, 34 ans, a ouvert l'atelier de réparation de vélos au {m(A, '18 rue des Tanneurs')}.
« J'ai appris la mécanique avec mon grand-père {m(N, 'Marcel')} », raconte-t-elle.

CONTACT : {m(E, 'lettre.quartier.tanneurs@gmail.com')} — permanence le samedi, 10 h–12 h.
""")

pos("log", "fr", f"""2024-05-12 03:14:07 [sécurité] Tentative de connexion échouée — utilisateur={m(E, 'r.benhamou@cabinet-example.fr')} adresse={m(IP, ipv4_public())} navigateur=Firefox/125
2024-05-12 03:14:52 [sécurité] Tentative de connexion échouée — utilisateur={m(E, 'r.benhamou@cabinet-example.fr')} adresse={m(IP, ipv4_public())}
2024-05-12 03:15:30 [sécurité] Compte verrouillé — utilisateur={m(E, 'r.benhamou@cabinet-example.fr')}
2024-05-12 08:02:11 [support] Déverrouillage manuel par {m(N, 'Nathalie Gauthier-Ba')} après rappel au {m(P, '+33 1 55 42 18 07')}
""")

pos("listing", "fr", f"""À VENDRE — Appartement T3 lumineux, 68 m², 289 000 €

{m(A, '22 quai de la Fosse, 4e étage')}, 44000 Nantes

Séjour traversant avec vue sur la Loire, deux chambres, cuisine équipée, cave. Copropriété de 24 lots,
charges 1 320 €/an. DPE : classe D. Taxe foncière : 1 050 €.

Contact : {m(N, 'Erwan Le Bihan')}, conseiller immobilier — {m(P, '06 58 55 20 14')} — {m(E, 'erwan.lebihan@immo-ouest.fr')}
Visites le samedi uniquement (les propriétaires, M. et Mme {m(N, 'Abiodun')}, sont présents).
""")

pos("wiki", "es", f"""== Guardias de soporte – mayo 2024 ==

{{| class="wikitable"
! Semana !! Titular !! Suplente !! Teléfono de guardia
|-
| 06–12 may || {m(N, 'Ainhoa Lasa')} || {m(N, 'Pau Roig')} || {m(P, '+34 600 55 21 04')}
|-
| 13–19 may || {m(N, 'Yerai Cabrera')} || {m(N, 'Marta Ocaña')} || {m(P, '+34 600 55 21 05')}
|-
| 20–26 may || {m(N, 'Dayana Quispe')} || {m(N, 'Ainhoa Lasa')} || {m(P, '+34 600 55 21 06')}
|}}

Escalado nivel 3: {m(N, 'Sergio Montalbán')} ({m(E, 'sergio.montalban@logisur-example.es')}).
Nota: no compartir aquí contraseñas; usar el gestor corporativo.
""")

pos("booking", "es", f"""Confirmación de reserva – Parador de Granada

Titular: D. {m(N, 'Esteban Mirabal Cuesta')}
Acompañante: Dña. {m(N, 'Carmen Lozano Prieto')}
Fechas: 18/10/2024 – 20/10/2024 (2 noches), habitación doble con vistas a los jardines
Documento del titular: DNI {m(ID, dni())}
Teléfono: {m(P, '+34 699 55 70 31')}   Correo: {m(E, 'esteban.mirabal@gmail.com')}
Garantía: tarjeta {m(C, card('5', 16))}
Llegada prevista: 17:00 h. Aparcamiento reservado.
""")

pos("csv", "es", f"""socio;nombre;apellidos;nif;fecha_nacimiento;telefono;iban
0412;{m(N, 'Begoña')};{m(N, 'Urrutia Larrañaga')};{m(ID, dni())};{m(D, '1966-02-10')};{m(P, '944 55 21 80')};{m(I, iban_es(False))}
0413;{m(N, 'Khadija')};{m(N, 'El Idrissi')};{m(ID, nie())};{m(D, '1989-09-27')};{m(P, '632 55 41 09')};{m(I, iban_es(False))}
0414;{m(N, 'Joaquín')};{m(N, 'Peralta de la Torre')};{m(ID, dni())};{m(D, '2002-06-03')};{m(P, '611 55 83 47')};{m(I, iban_es(False))}
""")

pos("ticket", "it", f"""Ticket #IT-44812 — Accesso negato al portale fornitori

Richiedente: {m(N, 'Raffaella Sgambati')} ({m(E, 'r.sgambati@ferramenta-sgambati.it')}), tel. {m(P, '+39 0824 555 310')}

Testo: "Buongiorno, da lunedì non riesco più ad accedere. Ho provato con la password
{m(K, 'Benevento' + digits(4, DIG) + '!')} ma mi dice credenziali errate."

Risposta operatore ({m(N, 'Davide')}): account sbloccato, password resettata. Ricordiamo di non inviare
mai la password via ticket. Ultimo accesso riuscito da {m(IP, ipv4_public())}.
""")

pos("minutes", "it", f"""Verbale della riunione del Consiglio di Istituto – 20 maggio 2024

Presenti: prof.ssa {m(N, 'Loredana Cipriani')} (dirigente), {m(N, 'Massimo Ferraris')} (presidente),
{m(N, 'Giovanna Russo Ndiaye')}, {m(N, 'Kevin Bianchi')}, {m(N, 'Aurora Testa')} (rappresentante studenti)
Assenti giustificati: {m(N, 'Paolo Serafini')}

1. Approvazione del conto consuntivo 2023: approvato all'unanimità.
2. Calendario scolastico 2024/25: inizio lezioni 12 settembre.
3. Varie: il sig. {m(N, 'Ferraris')} segnala la necessità di riparare il cancello di via Garibaldi.

Il segretario verbalizzante: {m(N, 'A. Testa')}
Eventuali osservazioni al verbale entro cinque giorni a {m(E, 'loredana.cipriani@istituto-example.edu.it')}.
""")

pos("chat", "pt-BR", f"""[Slack] #suporte-n2
{m(N, 'leticia.moura')}: alguém pode olhar o cliente {m(N, 'Anderson Queiroz')}? diz que o boleto veio com CPF errado
{m(N, 'bruno.okabe')}: qual o CPF certo?
{m(N, 'leticia.moura')}: {m(ID, cpf())}, e o e-mail é {m(E, 'anderson.queiroz@terra.com.br')}
{m(N, 'bruno.okabe')}: corrigido. reemiti o boleto, vence dia 20
{m(N, 'leticia.moura')}: valeu {m(N, 'Bruno')}!! 🙌
""")

pos("shipping", "pt-BR", f"""ETIQUETA DE ENVIO — Correios SEDEX

DESTINATÁRIO:
{m(N, 'Gabriela Yamamoto Ferraz')}
{m(A, 'Rua Padre Chagas, 342, apto 1201')}
Moinhos de Vento — Porto Alegre/RS
CEP 90570-080
Tel.: {m(P, '(51) 99555-8820')}

REMETENTE:
Loja Tecelagem Serrana Ltda., Caxias do Sul/RS

Objeto: QB 123 456 789 BR   Peso: 1,3 kg   Declaração de conteúdo: 2 mantas de lã
""")

pos("form", "pt-PT", f"""CONTRATO DE ADESÃO — Ginásio VivaFit Coimbra

Nome: {m(N, 'Beatriz Carvalhal Antunes')}
Data de nascimento: {m(D, '11 de junho de 1998')}
NIF: {m(ID, nif_pt())}
Morada: {m(A, 'Rua Ferreira Borges, 87, 2.º')}, 3000-180 Coimbra
Telemóvel: {m(P, '+351 966 555 024')}
Email: {m(E, 'beatriz.antunes98@gmail.com')}
Débito direto: {m(I, iban_pt())}
Plano: mensal, 34,90 € — fidelização 12 meses
""")

pos("medical", "pt-PT", f"""Carta de referenciação – Consulta de Cardiologia, Hospital de Santa Maria

Utente: {m(N, 'Joaquim Sebastião Ribeiro')}
Data de nascimento: {m(D, '04/03/1950')}
N.º de utente: {m(ID, digits(9))}
Morada: {m(A, 'Rua Morais Soares, 133, 4.º Esq.')}, 1900-343 Lisboa
Contacto: {m(P, '21 555 8710')} (filha {m(N, 'Helena Ribeiro')}, {m(P, '917 555 338')})

Exmo. Colega,
Refiro utente de 74 anos com fibrilhação auricular de novo e insuficiência cardíaca NYHA II.
Com os melhores cumprimentos,
Dr.ª {m(N, 'Sofia Albergaria')}, Médica de Família, USF Arroios
""")

pos("csv", "nl", f"""klantnummer;naam;e-mail;telefoon;straat;postcode;woonplaats;iban
K-20119;{m(N, 'Bram Dijkstra')};{m(E, 'bram.dijkstra@kpnmail.nl')};{m(P, '06-55123487')};{m(A, 'Zeestraat 12A')};2518 AA;Den Haag;{m(I, iban_nl('ABNA', False))}
K-20120;{m(N, 'Fatima Ouali')};{m(E, 'fatima.ouali@hotmail.nl')};{m(P, '+31 10 555 8821')};{m(A, 'Nieuwe Binnenweg 301')};3021 GD;Rotterdam;{m(I, iban_nl('INGB', False))}
K-20121;{m(N, 'Gerrit-Jan van Ommen')};{m(E, 'gj.vanommen@planet.nl')};{m(P, '0570 555 219')};{m(A, 'Brink 5')};7411 BR;Deventer;{m(I, iban_nl('RABO', False))}
""")

pos("medical", "nl", f"""VERWIJSBRIEF – Huisartsenpraktijk De Linde

Aan: Polikliniek Dermatologie, Gelre ziekenhuizen
Betreft: mevr. {m(N, 'Noor Hakkert-Boateng')}, geb. {m(D, '19-05-1971')}, BSN {m(ID, bsn())}
Adres: {m(A, 'Deventerstraat 44')}, 7311 LP Apeldoorn, tel. {m(P, '055 555 1730')}

Geachte collega,
Graag verwijs ik bovengenoemde patiënte met een snel groeiende gepigmenteerde laesie op de
linkerkuit. Verdenking melanoom. Graag beoordeling en zo nodig excisie.

Met collegiale groet,
{m(N, 'F. van Rijswijk')}, huisarts
""")

pos("ticket", "pl", f"""Zgłoszenie #PL-22107 — Nie mogę zalogować się do e-faktury

Klient: {m(N, 'Grzegorz Bąkowski')}
E-mail: {m(E, 'grzegorz.bakowski@o2.pl')}
Telefon: {m(P, '+48 604 555 128')}

Opis: „Po zmianie hasła system odrzuca logowanie. Konto założone na PESEL {m(ID, pesel(1977, 3, 5, False))}.”
Notatka konsultantki ({m(N, 'Karolina')}): hasło zresetowane, logowanie z {m(IP, ipv4_public())} udane.
""")

pos("booking", "pl", f"""Potwierdzenie rezerwacji – Pensjonat „Pod Giewontem”, Zakopane

Gość: {m(N, 'Aleksandra Pietrzyk-Nowak')}
Osoby towarzyszące: {m(N, 'Michał Nowak')}, {m(N, 'Zuzia Nowak')} (7 lat)
Termin: 26.12.2024 – 02.01.2025, pokój rodzinny z balkonem
Adres do faktury: {m(A, 'ul. Marszałkowska 84/92 m. 117')}, 00-514 Warszawa
Telefon: {m(P, '+48 501 555 902')}
Zaliczka 1 200 zł wpłacona z konta {m(I, iban_simple('PL', 24))}
""")

pos("log", "sv", f"""2024-05-14 07:58:31 INFO  inloggning lyckades användare={m(E, 'ebba.stromqvist@kommun-example.se')} ip={m(IP, ipv4_public())} enhet={m(MAC, mac())}
2024-05-14 08:02:17 WARN  inloggning misslyckades användare={m(E, 'ahmed.warsame@kommun-example.se')} ip={m(IP, ipv4_public())} orsak=fel_lösenord
2024-05-14 08:02:49 INFO  inloggning lyckades användare={m(E, 'ahmed.warsame@kommun-example.se')} ip={m(IP, ipv4_public())}
2024-05-14 08:10:00 INFO  personnummer maskerat i export (rader: 412)
""")

pos("form", "no", f"""Påmelding – Svømmeskole høst 2024, Trondheim

Barnets navn: {m(N, 'Sigrid Aune Nordahl')}
Fødselsdato: {m(D, '08.01.2018')}
Foresatt: {m(N, 'Eirin Nordahl')}, mobil {m(P, '+47 482 55 190')}, e-post {m(E, 'eirin.nordahl@gmail.com')}
Adresse: {m(A, 'Kongens gate 33')}, 7012 Trondheim
Kan svømme 25 meter: nei    Allergier: nøtter
""")

pos("invoice", "no", f"""FAKTURA 2024-0088

Fra: {m(N, 'Sondre Myklebust')}, Snekker ENK
{m(A, 'Strandgata 19')}, 5013 Bergen — tlf. {m(P, '934 55 871')} — {m(E, 'sondre@myklebust-snekker.no')}

Til: {m(N, 'Astrid Kolstad')}, {m(A, 'Fjellveien 140')}, 5019 Bergen

Beskrivelse                          Beløp
Nye kjøkkenfronter, montering        18 400,00
Materialer                            6 950,00
MVA 25 %                              6 337,50
Å betale                             31 687,50

Betales til {m(I, iban_simple('NO', 11))} innen 14 dager.
""")

pos("legal", "da", f"""LEJEKONTRAKT (uddrag)

Udlejer: {m(N, 'Henning Brøndum')}, {m(A, 'Strandvejen 212')}, 2900 Hellerup, CPR {m(ID, cpr(1961, 11, 22, False))}
Lejer: {m(N, 'Amalie Thygesen')}, født {m(D, '02.09.1999')}, CPR {m(ID, cpr(1999, 9, 2, True))}

Det lejede: lejligheden beliggende {m(A, 'Nørrebrogade 88, 4. th.')}, 2200 København N, 2 værelser, 58 m².
Lejeforholdet begynder den 1. august 2024. Månedlig leje 11 450 kr. Depositum svarende til 3 måneders leje.
Lejer kan kontaktes på {m(P, '+45 52 55 18 90')}.
""")

pos("ticket", "da", f"""Sag #DK-7712 – Forkert adresse på pakke

Kunde: {m(N, 'Frederik Dalsgaard')} ({m(E, 'frederik.dalsgaard@outlook.dk')})
Telefon: {m(P, '40 55 92 13')}

Kunden oplyser, at pakken er sendt til hans gamle adresse. Ny adresse: {m(A, 'Søndergade 7, 2. sal')}, 7100 Vejle.
Notat ({m(N, 'Camilla')}): adresse opdateret, GLS kontaktet om omdirigering. Kunden kompenseret med 50 kr.
""")

pos("csv", "fi", f"""asiakasnro;nimi;henkilötunnus;puhelin;sähköposti;osoite
40021;{m(N, 'Eveliina Hyvönen')};{m(ID, hetu(1996, 7, 30, True))};{m(P, '044 555 1029')};{m(E, 'eveliina.hyvonen@gmail.com')};{m(A, 'Aleksanterinkatu 15 B 9')}
40022;{m(N, 'Jari Nieminen')};{m(ID, hetu(1958, 2, 12, False))};{m(P, '050 555 7731')};{m(E, 'jari.nieminen@kolumbus.fi')};{m(A, 'Puistokatu 4 A 2')}
40023;{m(N, 'Mohamed Abdi Farah')};{m(ID, hetu(2003, 10, 1, False))};{m(P, '+358 41 555 6602')};;{m(A, 'Itäkatu 11 C 38')}
""")

pos("booking", "cs", f"""Potvrzení rezervace – Hotel U Zlaté studny, Český Krumlov

Host: {m(N, 'Tereza Vlčková')}
Spolubydlící: {m(N, 'Matěj Vlček')}
Termín: 5. 7. 2024 – 7. 7. 2024, dvoulůžkový pokoj s výhledem na zámek
Číslo OP: {m(ID, digits(9))}
Telefon: {m(P, '+420 724 555 380')}
E-mail: {m(E, 'tereza.vlckova@centrum.cz')}
Platba kartou {m(C, card('4', 16))} při příjezdu.
""")

pos("sql", "cs", f"""-- export zákazníků e-shopu (testovací prostředí obsahovalo produkční data!)
INSERT INTO zakaznik (jmeno, prijmeni, email, telefon, ulice, mesto) VALUES
('{m(N, 'Vojtěch')}', '{m(N, 'Šťastný')}', '{m(E, 'vojta.stastny@seznam.cz')}', '{m(P, '603 555 218')}', '{m(A, 'Husova 22')}', 'Liberec'),
('{m(N, 'Barbora')}', '{m(N, 'Nováková-Kim')}', '{m(E, 'barbora.novakova.kim@gmail.com')}', '{m(P, '+420 777 555 903')}', '{m(A, 'Lidická 1870/9')}', 'České Budějovice');
""")

pos("hr", "ro", f"""FIȘĂ PERSONALĂ – Angajat

Nume și prenume: {m(N, 'Radu-Cristian Ștefănescu')}
CNP: {m(ID, cnp(1987, 12, 9, False, '22'))}
Data nașterii: {m(D, '09.12.1987')}
Adresă: {m(A, 'Str. Păcurari nr. 54, bl. 2, ap. 18')}, Iași
Telefon: {m(P, '+40 744 555 093')}
E-mail: {m(E, 'radu.stefanescu87@yahoo.com')}
IBAN: {m(I, iban_ro())}
Funcție: inginer software, începând cu 01.06.2024
""")

pos("ticket", "tr", f"""Destek Talebi #TR-55021 — Kartımdan iki kez çekim yapıldı

Müşteri: {m(N, 'Derya Kocabaş')}
Telefon: {m(P, '+90 532 555 47 18')}   E-posta: {m(E, 'derya.kocabas@gmail.com')}

Mesaj: "Merhaba, 14.05 tarihli siparişim için kartımdan iki kez ödeme alındı. Kart numaram
{m(C, card('5', 16))}. Adresim {m(A, 'Cumhuriyet Mah. Halaskargazi Cad. No: 101 D: 4')}, Şişli / İstanbul."

Temsilci notu ({m(N, 'Kaan')}): mükerrer provizyon iptal edildi; müşteriye kart numarasını paylaşmaması hatırlatıldı.
""")

pos("sql", "tr", f"""-- musteri tablosu (yedek dosyasından)
INSERT INTO musteri (ad_soyad, tc_kimlik, dogum_tarihi, telefon, adres) VALUES
('{m(N, 'Hatice Nur Aydemir')}', '{m(ID, tckn())}', '{m(D, '1983-06-14')}', '{m(P, '0541 555 12 90')}', '{m(A, 'Alsancak Mah. 1453 Sok. No: 6/3')}'),
('{m(N, 'Volkan Erdoğdu')}', '{m(ID, tckn())}', '{m(D, '1991-01-27')}', '{m(P, '+90 505 555 63 41')}', '{m(A, 'Bahçelievler Mah. 7. Cad. No: 22')}');
""")

pos("form", "hu", f"""JELENTKEZÉSI LAP – Nyári tábor 2024, Balatonfüred

Gyermek neve: {m(N, 'Varga Bence')}
Születési idő: {m(D, '2014. 03. 22.')}
TAJ szám: {m(ID, taj())}
Lakcím: {m(A, 'Bartók Béla út 41. 3/12.')}, 1114 Budapest
Szülő neve: {m(N, 'Vargáné Simon Krisztina')}
Telefon: {m(P, '+36 20 555 8813')}   E-mail: {m(E, 'varga.krisztina@gmail.com')}
""")

pos("chat", "el", f"""Viber – "Polykatoikia {m(A, 'Patision 112')}"
{m(N, 'Giorgos Antoniadis')}: Kalispera, avrio erxetai o ydravlikos gia to kalorifer
{m(N, 'Katerina M.')}: ti ora {m(N, 'Giorgo')}?
{m(N, 'Giorgos Antoniadis')}: 10:00. to kinito tou einai {m(P, '697 555 2140')}, legetai {m(N, 'Stelios')}
{m(N, 'Eleni Vlachou')}: ego eimai sto {m(A, 'Patision 112, 4os orofos')}, tha eimai spiti
""")

# =============================================================================================
# Final English batch
# =============================================================================================

pos("email", "en-GB", f"""From: {m(N, 'Bartholomew Achterberg-Nkosi')} <{m(E, 'bart.an@protonmail.com')}>
To: Data Protection Officer <{m(E, 'dpo@fenwickgyms.co.uk')}>
Subject: Subject Access Request under Article 15 UK GDPR

Dear Data Protection Officer,

I am writing to request a copy of all personal data you hold about me. To help you locate my records:

  Name: {m(N, 'Bartholomew Achterberg-Nkosi')}
  Date of birth: {m(D, '17/10/1982')}
  Membership number: FG-0044172
  Address while a member: {m(A, '63 Cowley Road')}, Oxford OX4 1HR
  Mobile used for the app: {m(P, '+44 7700 900 774')}

Please also include CCTV stills and the card details you still store (my old card was
{m(C, card('4', 16))}). I expect a response within one calendar month.

Yours faithfully,
{m(N, 'B. Achterberg-Nkosi')}
""")

pos("wire", "en", f"""SWIFT MT103 — Outgoing payment confirmation (customer copy)

:20:  Transaction ref     FT24135XK0091
:32A: Value date/amount   240514EUR12500,00
:50K: Ordering customer   {m(N, 'Cassius Oyelaran-Whitby')}
                          {m(A, '77 Queen Street, Apt 1902')}
                          TORONTO ON M5C 2M6 CANADA
:57A: Beneficiary bank    BCITITMM
:59:  Beneficiary         /{m(I, iban_it(False))}
                          {m(N, 'ANGELICA PIRRONE')}
                          {m(A, 'VIA GIULIA 167')}, 00186 ROMA
:70:  Remittance info     DEPOSIT APARTMENT VIA GIULIA / SUMMER 2024
:71A: Charges             SHA

Customer contact on file: {m(P, '+1 416 555 0138')}, {m(E, 'cassius.ow@rogers.com')}
""")

pos("rental", "en", f"""VEHICLE RENTAL AGREEMENT  RA# 5518204            Pickup: DEN Airport  05/17/2024 14:20

Renter:            {m(N, 'Marguerite-Anne Tshabalala')}
Address:           {m(A, '2045 S Clarkson St')}, Denver CO 80210
Driver's license:  {m(ID, digits(2, DIG) + '-' + digits(3, DIG) + '-' + digits(4, DIG))} (CO)   Exp 2028-11-30
Date of birth:     {m(D, '08/08/1990')}
Phone:             {m(P, '720.555.0152')}
Additional driver: {m(N, 'Oisín Delaney')}, license {m(ID, 'S' + digits(11, DIG))} (WI), DOB {m(D, '01/25/1988')}

Vehicle: 2023 Toyota RAV4 Hybrid, white, plate CO BYR-4471, odometer 18,211 mi
Payment: {m(C, card('37', 15))} (Amex), pre-authorisation $350.00
Return due: 05/24/2024 10:00 DEN. Fuel: full-to-full.
""")

pos("hr", "en", f"""PRIVATE & CONFIDENTIAL — Notice of disciplinary hearing

To: {m(N, 'Leopold Anyanwu-Frost')}
Employee number: 77120
Home address: {m(A, '14 Ridgeview Court')}, Columbus OH 43085

Dear {m(N, 'Leopold')},

You are required to attend a disciplinary hearing on Thursday 6 June 2024 at 10:00 in Meeting Room 4.
The allegation is that on 21 May 2024 you accessed customer records (account holder {m(N, 'Rosemary Tillinghast')},
SSN {m(S, ssn())}) without a business reason. You may be accompanied by a colleague or union representative.

The hearing will be chaired by {m(N, 'Samira Haddad-Ellison')}, Head of Operations. Please confirm your
attendance to {m(E, 'samira.haddad-ellison@keystonefinancial.com')} or {m(P, '614-555-0190')}.

{m(N, 'Winifred Ostrowski')}
HR Business Partner
""")

pos("chat", "en", f"""Discord — #general (server: Tabletop Tuesdays)
[7:02 PM] {m(N, 'grimsby_greta')}: ok who's hosting next week
[7:03 PM] {m(N, 'Oluwaseun')}: I can, my place is {m(A, '58 Linden Ave, 2nd floor')}. buzzer is broken so text me
[7:03 PM] {m(N, 'Oluwaseun')}: {m(P, '617-555-0107')}
[7:05 PM] {m(N, 'theo.k')}: 👍 bringing the new expansion
[7:06 PM] {m(N, 'grimsby_greta')}: {m(N, 'Seun')} is your partner {m(N, 'Marguerite')} joining?
[7:08 PM] {m(N, 'Oluwaseun')}: yeah she's in. also venmo me $8 each for pizza: @{m(N, 'seun-adebisi')}
""")

pos("ticket", "en", f"""ServiceNow INC0048813 — Laptop stolen from car

Caller: {m(N, 'Fenella Ravensworth')} ({m(E, 'fenella.ravensworth@harcourt-pharma.com')})
Contact number: {m(P, '+1 201 555 0179')}
Asset: LT-2022-01177, serial 5CG2241XYZ, Wi-Fi MAC {m(MAC, mac())}, Ethernet MAC {m(MAC, mac('-', True))}
Last seen online: 2024-05-20 18:41 from {m(IP, ipv4_public())}

Work notes ({m(N, 'Kwame Mensah-Bonsu')}): BitLocker confirmed enabled. Device wiped remotely via Intune at 21:05.
Police report number provided by caller: 24-118-0331. MAC addresses added to NAC blocklist.
Replacement laptop to be shipped to {m(A, '301 Sylvan Ave, Suite 4')}, Englewood Cliffs NJ.
""")

pos("booking", "en-IN", f"""E-TICKET — IndiGo PNR QX7M2B

Passenger:   {m(N, 'MR RAGHAVENDRA PRASAD BHAT')}
Passenger:   {m(N, 'MRS DEEPIKA BHAT')}
Flight 6E 2134   BLR → DEL   18 Jun 2024   06:05 → 08:55   Seats 14C, 14D
Contact:     {m(P, '+91 94480 55231')}   {m(E, 'rp.bhat@yahoo.co.in')}
Government ID at check-in: PAN {m(ID, 'AHZPB' + digits(4, DIG) + 'Q')}

Web check-in opens 48 hours before departure. Carry a valid photo ID. Cabin baggage 7 kg, one piece.
""")

pos("school", "en-ZA", f"""GREENHILLS PRIMARY SCHOOL — Term 2 report (extract)

Learner:       {m(N, 'Ayanda Ngcobo')}         Grade 5B
Date of birth: {m(D, '03 May 2014')}
ID number:     {m(ID, sa_id(2014, 5, 3, True))}
Parent:        {m(N, 'Zanele Ngcobo')}, {m(P, '082 555 6710')}, {m(E, 'zanele.ngcobo@gmail.com')}
Address:       {m(A, '27 Protea Street, Northcliff')}, Johannesburg

English HL 78% · isiZulu FAL 84% · Mathematics 71% · Natural Sciences 80%
Class teacher: Mrs {m(N, 'R. Pillay')}
Comment: {m(N, 'Ayanda')} is a diligent learner who participates well in class discussions.
""")

neg("release", "en", """Release notes — Mobile banking app 9.4 (iOS and Android)

What's new
• Split a transaction into up to 10 categories
• Savings pots can now have a target date
• Faster login with passkeys on supported devices (iOS 17+, Android 14+)

Improvements
• Statements download as PDF/A for long-term archiving
• Reduced app size by 18 MB

Fixes
• Rare crash when rotating the screen on the payments page
• Notifications for standing orders could arrive twice

Minimum supported versions are now iOS 16.0 and Android 9. Update via the App Store or Google Play.
""")

neg("manifest", "en", """apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: storefront
  namespace: web
  annotations:
    cert-manager.io/cluster-issuer: letsencrypt-prod
    nginx.ingress.kubernetes.io/proxy-body-size: "10m"
    nginx.ingress.kubernetes.io/whitelist-source-range: "10.0.0.0/8,172.16.0.0/12"
spec:
  ingressClassName: nginx
  tls:
    - hosts: [shop.example.com]
      secretName: shop-example-com-tls
  rules:
    - host: shop.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: {service: {name: storefront, port: {number: 80}}}
""")

neg("doc", "en", """API rate limits

Tier        Requests/minute   Burst   Concurrent connections   Daily quota
Free        60                10      2                        10,000
Standard    600               100     10                       1,000,000
Enterprise  6,000             1,000   100                      unlimited

Responses include the headers X-RateLimit-Limit, X-RateLimit-Remaining and X-RateLimit-Reset (Unix
epoch seconds). When the limit is exceeded the API returns HTTP 429 with a Retry-After header.
Clients should back off exponentially starting at 1 s, doubling up to 64 s, with ±20% jitter.
Limits are applied per API key, not per IP address, and reset at 00:00 UTC.
""")

neg("scorecard", "en", """County Championship — Division One, Day 3 close

Hampshire 1st innings      412 all out (121.3 overs)
Surrey 1st innings         288 all out (94.2 overs)
Hampshire 2nd innings      176-4 (52 overs)

Hampshire lead by 300 runs with six second-innings wickets standing.
Fall of wickets: 1-12, 2-58, 3-101, 4-163. Run rate 3.38. Extras 14 (b 4, lb 6, nb 2, w 2).
Weather: bright spells, play started 30 minutes late after overnight rain. Attendance 3,412.
Points so far: Hampshire 5 (batting 4, bowling 1); Surrey 4 (batting 1, bowling 3).
""")

neg("conversion", "en", """Kitchen conversion chart

Volume                          Weight (approximate)
1 cup plain flour               125 g
1 cup granulated sugar          200 g
1 cup butter                    227 g (2 sticks)
1 tablespoon                    15 ml
1 teaspoon                      5 ml
1 US fluid ounce                29.57 ml
1 UK pint                       568 ml

Oven temperatures: 150 °C = 300 °F = gas 2; 180 °C = 350 °F = gas 4; 200 °C = 400 °F = gas 6;
220 °C = 425 °F = gas 7. For fan ovens reduce the temperature by 20 °C.
""")

neg("weather", "en", """Shipping forecast — issued 05:05 UTC

Viking, North Utsire: Southwesterly 5 to 7, occasionally gale 8 later. Moderate or rough.
Rain then showers. Good, occasionally poor.
Forties, Cromarty: Westerly 4 or 5, increasing 6 at times. Moderate. Showers. Good.
Dogger, Fisher: Variable 3 or 4, becoming northwesterly 5. Slight or moderate. Fair. Good.
Thames, Dover: Northeasterly 3 or 4. Smooth or slight. Fog patches later. Moderate or good,
occasionally very poor.

General synopsis at midnight: low 120 miles west of Rockall 984 expected Fair Isle 992 by midnight tonight.
""")

emit("blind15", cases)
