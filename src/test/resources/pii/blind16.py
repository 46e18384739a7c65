"""Blind corpus 16: hand-labelled multilingual documents, written without looking at the detector.

Run:  python3 blind16.py > corpus-blind16.jsonl
"""
import base64
import datetime
import json
import random
import string

from labels import A, C, D, E, I, ID, IP, K, MAC, N, NL, P, S, U, emit, m, luhn, iban_ok

R = random.Random(161616)
cases = []


def add(kind, lang, text, hard=False):
    cases.append((kind, lang, hard, text.strip("\n")))


def neg(kind, lang, text):
    add(kind, lang, text, hard=True)


# short markup helpers
def n(v): return m(N, v)
def a(v): return m(A, v)
def d(v): return m(D, v)
def e(v): return m(E, v)
def p(v): return m(P, v)
def c(v): return m(C, v)
def ib(v): return m(I, v)
def ss(v): return m(S, v)
def ip(v): return m(IP, v)
def mac(v): return m(MAC, v)
def u(v): return m(U, v)
def k(v): return m(K, v)
def pid(v): return m(ID, v)


# ---------------------------------------------------------------- generators
def digits(k):
    return "".join(R.choice(string.digits) for _ in range(k))


def card(brand="visa", sep=" "):
    if brand == "visa":
        pre, ln = "4" + digits(5), 16
    elif brand == "mc":
        pre, ln = R.choice(["51", "52", "53", "54", "55", "2221", "2298", "2520"]), 16
    elif brand == "amex":
        pre, ln = R.choice(["34", "37"]), 15
    elif brand == "disc":
        pre, ln = "6011", 16
    elif brand == "maestro":
        pre, ln = R.choice(["6759", "5018", "6304"]), 16
    else:
        raise ValueError(brand)
    body = pre + digits(ln - len(pre) - 1)
    for x in range(10):
        if luhn(body + str(x)):
            num = body + str(x)
            break
    if brand == "amex":
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(parts) if sep is not None else num


IBAN_SPEC = {"DE": "18n", "FR": "23n", "ES": "20n", "IT": "1a22n", "NL": "4a10n", "PL": "24n", "GB": "4a14n",
             "BE": "12n", "PT": "21n", "CZ": "20n", "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n",
             "TR": "22n", "RO": "4a16n", "HU": "24n", "GR": "23n", "IE": "4a14n", "CH": "17n", "AT": "16n",
             "LU": "16n", "IS": "22n"}
BANKS = {"NL": ["INGB", "ABNA", "RABO", "SNSB", "TRIO"], "GB": ["NWBK", "BARC", "LOYD", "MIDL", "HBUK"],
         "IE": ["AIBK", "BOFI", "IPBS"], "RO": ["BTRL", "RNCB", "BRDE", "INGB"], "IT": list("XAXBC")}


def iban(cc, grouped=True):
    spec = IBAN_SPEC[cc]
    if "a" in spec:
        na, nn = spec.split("a")
        bank = R.choice(BANKS[cc]) if cc in BANKS else "".join(R.choice(string.ascii_uppercase) for _ in range(int(na)))
        bban = bank[:int(na)] + digits(int(nn[:-1]))
    else:
        bban = digits(int(spec[:-1]))
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    raw = bban + cc + "00"
    chk = 98 - int("".join(str(int(ch, 36)) for ch in raw)) % 97
    s = cc + "%02d" % chk + bban
    assert iban_ok(s)
    if grouped:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def ssn(sep="-"):
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return "%03d%s%02d%s%04d" % (area, sep, R.randint(1, 99), sep, R.randint(1, 9999))


def pesel(y, mo, dd, female=None):
    mm = mo + (20 if y >= 2000 else 0)
    sex = R.choice([0, 2, 4, 6, 8]) if female else R.choice([1, 3, 5, 7, 9])
    if female is None:
        sex = R.randint(0, 9)
    s = "%02d%02d%02d%s%d" % (y % 100, mm, dd, digits(3), sex)
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return s + str((10 - sum(int(x) * q for x, q in zip(s, w)) % 10) % 10)


def personnummer(y, mo, dd, long=False):
    s = "%02d%02d%02d%s" % (y % 100, mo, dd, digits(3))
    for x in range(10):
        if luhn(s + str(x)):
            s = s + str(x)
            break
    out = s[:6] + "-" + s[6:]
    return ("%02d" % (y // 100)) + out if long else out


def fnr(y, mo, dd):
    while True:
        ind = R.randint(0, 499) if y < 2000 else R.randint(500, 999)
        s = "%02d%02d%02d%03d" % (dd, mo, y % 100, ind)
        dg = [int(x) for x in s]
        k1 = 11 - sum(a_ * b_ for a_, b_ in zip(dg, [3, 7, 6, 1, 8, 9, 4, 5, 2])) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        dg.append(k1)
        k2 = 11 - sum(a_ * b_ for a_, b_ in zip(dg, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return s + str(k1) + str(k2)


def cpr(y, mo, dd):
    return "%02d%02d%02d-%s" % (dd, mo, y % 100, digits(4))


def hetu(y, mo, dd):
    ind = "%03d" % R.randint(2, 899)
    base = "%02d%02d%02d" % (dd, mo, y % 100)
    ch = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(base + ind) % 31]
    return base + ("A" if y >= 2000 else "-") + ind + ch


def tckn():
    dg = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(8)]
    d10 = ((dg[0] + dg[2] + dg[4] + dg[6] + dg[8]) * 7 - (dg[1] + dg[3] + dg[5] + dg[7])) % 10
    dg.append(d10)
    dg.append(sum(dg) % 10)
    return "".join(map(str, dg))


def cnp(y, mo, dd, female=False, county=None):
    s0 = (2 if female else 1) + (4 if y >= 2000 else 0)
    cty = county if county is not None else R.randint(1, 46)
    s = "%d%02d%02d%02d%02d%s" % (s0, y % 100, mo, dd, cty, digits(3))
    t = sum(int(x) * int(w) for x, w in zip(s, "279146358279")) % 11
    return s + str(1 if t == 10 else t)


def dni():
    num = R.randint(10000000, 79999999)
    return "%08d%s" % (num, "TRWAGMYFPDXBNJZSQVHLCKE"[num % 23])


def nie():
    pre = R.choice("XYZ")
    num = R.randint(1000000, 9999999)
    full = int(str("XYZ".index(pre)) + "%07d" % num)
    return "%s%07d%s" % (pre, num, "TRWAGMYFPDXBNJZSQVHLCKE"[full % 23])


def bsn():
    while True:
        dg = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(7)]
        t = sum(x * w for x, w in zip(dg, range(9, 1, -1))) % 11
        if t < 10:
            return "".join(map(str, dg)) + str(t)


def insee(female, y, mo, dept=None, spaced=True):
    dept = dept or R.choice(["75", "69", "13", "33", "59", "31", "44", "67", "35", "06"])
    s = "%d%02d%02d%s%03d%03d" % (2 if female else 1, y % 100, mo, dept, R.randint(1, 990), R.randint(1, 999))
    key = 97 - int(s) % 97
    if spaced:
        return "%s %s %s %s %s %s %02d" % (s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], key)
    return s + "%02d" % key


def cpf(fmt=True):
    dg = [R.randint(0, 9) for _ in range(9)]
    for ln in (9, 10):
        t = sum(x * w for x, w in zip(dg, range(ln + 1, 1, -1))) % 11
        dg.append(0 if t < 2 else 11 - t)
    s = "".join(map(str, dg))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:]) if fmt else s


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar(sep=" "):
    s = str(R.randint(2, 9)) + digits(10)
    cc = 0
    for i, x in enumerate(reversed(s)):
        cc = _VD[cc][_VP[(i + 1) % 8][int(x)]]
    s += str(_VINV[cc])
    return sep.join([s[:4], s[4:8], s[8:]])


def pan(surname):
    return ("".join(R.choice(string.ascii_uppercase) for _ in range(3)) + "P" + surname[0].upper()
            + digits(4) + R.choice(string.ascii_uppercase))


def nino(spaced=False):
    bad1, bad2 = set("DFIQUV"), set("DFIQUVO")
    while True:
        p1 = R.choice(string.ascii_uppercase)
        p2 = R.choice(string.ascii_uppercase)
        if p1 in bad1 or p2 in bad2 or p1 + p2 in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            continue
        break
    dg = digits(6)
    suf = R.choice("ABCD")
    if spaced:
        return "%s%s %s %s %s %s" % (p1, p2, dg[:2], dg[2:4], dg[4:], suf)
    return p1 + p2 + dg + suf


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23]))


def codice_fiscale(surname, given, y, mo, dd, female, comune):
    def cons(s):
        return [ch for ch in s.upper() if ch.isalpha() and ch not in "AEIOU"]

    def vows(s):
        return [ch for ch in s.upper() if ch in "AEIOU"]
    sc = (cons(surname) + vows(surname) + ["X"] * 3)[:3]
    gc = cons(given)
    gc = [gc[0], gc[2], gc[3]] if len(gc) >= 4 else (gc + vows(given) + ["X"] * 3)[:3]
    s = "".join(sc) + "".join(gc) + "%02d" % (y % 100) + "ABCDEHLMPRST"[mo - 1] + "%02d" % (dd + (40 if female else 0)) + comune
    tot = 0
    for i, ch in enumerate(s):
        tot += _CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return s + chr(65 + tot % 26)


def steuer_id():
    while True:
        dg = [R.randint(1, 9)] + [R.randint(0, 9) for _ in range(9)]
        if len(set(dg)) in (8, 9):
            break
    prod = 10
    for x in dg:
        sm = (x + prod) % 10
        sm = 10 if sm == 0 else sm
        prod = (sm * 2) % 11
    chk = 11 - prod
    chk = 0 if chk == 10 else chk
    s = "".join(map(str, dg)) + str(chk)
    return s


def perso():
    first = R.choice("LMNPRTVWXY")
    rest = "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    return first + rest


def rodne(y, mo, dd, female=False):
    mm = mo + (50 if female else 0)
    while True:
        base = "%02d%02d%02d%s" % (y % 100, mm, dd, digits(3))
        last = int(base) % 11
        if last < 10:
            s = base + str(last)
            assert int(s) % 11 == 0
            return s[:6] + "/" + s[6:]


def taj():
    dg = [R.randint(0, 9) for _ in range(8)]
    dg[0] = R.randint(0, 1)
    chk = sum(x * (3 if i % 2 == 0 else 7) for i, x in enumerate(dg)) % 10
    s = "".join(map(str, dg)) + str(chk)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def afm():
    dg = [R.randint(0, 9) for _ in range(8)]
    dg[0] = R.randint(0, 1)
    chk = sum(x * 2 ** (8 - i) for i, x in enumerate(dg)) % 11 % 10
    return "".join(map(str, dg)) + str(chk)


def amka(y, mo, dd):
    base = "%02d%02d%02d%s" % (dd, mo, y % 100, digits(4))
    for x in range(10):
        if luhn(base + str(x)):
            return base + str(x)


def ppsn():
    dg = digits(7)
    tot = sum(int(x) * w for x, w in zip(dg, range(8, 1, -1)))
    return dg + "WABCDEFGHIJKLMNOPQRSTUV"[tot % 23]


def nif_pt():
    while True:
        dg = [R.choice([1, 2])] + [R.randint(0, 9) for _ in range(7)]
        t = 11 - sum(x * w for x, w in zip(dg, range(9, 1, -1))) % 11
        t = 0 if t >= 10 else t
        return "".join(map(str, dg)) + str(t)


def nik(prov, y, mo, dd, female=False):
    return "%s%02d%02d%02d%s" % (prov, dd + (40 if female else 0), mo, y % 100, digits(4))


def cccd(prov, y, female=False):
    cent = (0 if y < 2000 else 2) + (1 if female else 0)
    return "%s%d%02d%s" % (prov, cent, y % 100, digits(6))


def passport(cc):
    if cc in ("GB", "US"):
        return digits(9)
    if cc == "DE":
        return "C" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    if cc == "FR":
        return digits(2) + "".join(R.choice(string.ascii_uppercase) for _ in range(2)) + digits(5)
    if cc == "IN":
        return R.choice("JKLMNPRSTUVWZ") + digits(7)
    if cc == "NG":
        return "A" + digits(8)
    if cc == "KE":
        return "AK" + digits(7)
    if cc in ("NL",):
        return "".join(R.choice("BCDFGHJKLNPRSTVWXYZ") for _ in range(2)) + "".join(
            R.choice("BCDFGHJKLNPRSTVWXYZ0123456789") for _ in range(6)) + digits(1)
    if cc == "IT":
        return "Y" + R.choice("ABCDEFGH") + digits(7)
    if cc == "ES":
        return "PA" + R.choice("ABCDEFGH") + digits(6)
    if cc == "PL":
        return "E" + R.choice("ABCDEFGHJK") + digits(7)
    if cc == "TR":
        return "U" + digits(8)
    if cc == "VN":
        return "C" + digits(7)
    if cc == "ID":
        return "X" + digits(7)
    return R.choice(string.ascii_uppercase) + digits(8)


def ip4():
    while True:
        o = [R.randint(2, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)]
        if o[0] in (10, 127, 100, 169, 172, 192, 198, 203):
            continue
        return ".".join(map(str, o))


def ip6():
    pre = R.choice(["2a02:8108", "2a01:cb1d", "2003:e4", "2a00:23c6", "2001:16b8", "2a02:a45e", "2604:3d09"])
    return pre + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(8 - pre.count(":") - 1))


def macaddr(sep=":", upper=False):
    oui = R.choice(["3c:22:fb", "f4:5c:89", "a4:83:e7", "dc:a6:32", "b8:27:eb", "00:1a:2b", "8c:85:90", "f0:18:98",
                    "ac:de:48", "e4:5f:01", "28:cf:e9", "60:f8:1d"])
    s = oui + ":" + ":".join("%02x" % R.randint(0, 255) for _ in range(3))
    s = s.replace(":", sep)
    return s.upper() if upper else s


B62 = string.ascii_letters + string.digits


def rnd(k, alphabet=B62):
    return "".join(R.choice(alphabet) for _ in range(k))


def aws_id():
    return "AKIA" + rnd(16, string.ascii_uppercase + "234567")


def aws_secret():
    return rnd(40, B62 + "/+")


def gh_token():
    return "ghp_" + rnd(36)


def slack_token():
    return "xoxb-%s-%s-%s" % (digits(12), digits(13), rnd(24))


def stripe_key():
    return "sk_live_" + rnd(24)


def google_key():
    return "AIza" + rnd(35, B62 + "-_")


def b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def jwt(payload):
    return b64u({"alg": "HS256", "typ": "JWT"}) + "." + b64u(payload) + "." + rnd(43, B62 + "-_")


def hexs(k):
    return rnd(k, "0123456789abcdef")


def dob(y0=1950, y1=2004):
    return datetime.date(R.randint(y0, y1), R.randint(1, 12), R.randint(1, 28))


MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}


def ph(cc, intl=False):
    """A phone number in the usual local or international style of the country."""
    x = digits
    if cc == "GB":
        b = "7" + R.choice("45789") + x(2)
        return "+44 %s %s" % (b, x(6)) if intl else "0%s %s" % (b, x(6))
    if cc == "DE":
        pre = R.choice(["151", "152", "160", "170", "171", "176", "157"])
        return "+49 %s %s" % (pre, x(8)) if intl else "0%s %s" % (pre, x(7))
    if cc == "FR":
        s = R.choice("67") + x(8)
        g = " ".join(s[i:i + 2] for i in range(1, 9, 2))
        return "+33 %s %s" % (s[0], g) if intl else "0%s %s" % (s[0], g)
    if cc == "ES":
        s = R.choice("67") + x(8)
        return "+34 %s %s %s" % (s[:3], s[3:6], s[6:]) if intl else "%s %s %s" % (s[:3], s[3:6], s[6:])
    if cc == "IT":
        s = "3" + R.choice("2345789") + x(8)
        return "+39 %s %s" % (s[:3], s[3:]) if intl else "%s %s %s" % (s[:3], s[3:6], s[6:])
    if cc == "NL":
        return "+31 6 %s" % x(8) if intl else "06-%s" % x(8)
    if cc == "PL":
        s = R.choice("5678") + x(8)
        return "+48 %s %s %s" % (s[:3], s[3:6], s[6:]) if intl else "%s-%s-%s" % (s[:3], s[3:6], s[6:])
    if cc == "SE":
        s = "7" + R.choice("0236") + x(7)
        return "+46 %s %s %s %s" % (s[:2], s[2:5], s[5:7], s[7:]) if intl else "0%s-%s %s %s" % (s[:2], s[2:5], s[5:7], s[7:])
    if cc == "NO":
        s = R.choice("49") + x(7)
        return "+47 %s %s %s" % (s[:3], s[3:5], s[5:]) if intl else "%s %s %s" % (s[:3], s[3:5], s[5:])
    if cc == "DK":
        s = R.choice("2345") + x(7)
        return ("+45 " if intl else "") + " ".join(s[i:i + 2] for i in range(0, 8, 2))
    if cc == "FI":
        s = R.choice(["40", "44", "45", "50"]) + x(7)
        return "+358 %s %s" % (s[:2], s[2:]) if intl else "0%s %s %s" % (s[:2], s[2:5], s[5:])
    if cc == "TR":
        s = "5" + R.choice("0345") + x(8)
        return "+90 %s %s %s %s" % (s[:3], s[3:6], s[6:8], s[8:]) if intl else "0%s %s %s %s" % (s[:3], s[3:6], s[6:8], s[8:])
    if cc == "RO":
        s = "7" + R.choice("2345") + x(7)
        return "+40 %s %s %s" % (s[:3], s[3:6], s[6:]) if intl else "0%s %s %s" % (s[:3], s[3:6], s[6:])
    if cc == "HU":
        s = R.choice(["20", "30", "70"]) + x(7)
        return "+36 %s %s %s" % (s[:2], s[2:5], s[5:]) if intl else "06 %s %s %s" % (s[:2], s[2:5], s[5:])
    if cc == "GR":
        s = "69" + R.choice("3479") + x(7)
        return "+30 %s %s" % (s[:3], s[3:]) if intl else "%s %s %s" % (s[:3], s[3:6], s[6:])
    if cc == "IE":
        s = "8" + R.choice("35679") + x(7)
        return "+353 %s %s %s" % (s[:2], s[2:5], s[5:]) if intl else "0%s %s %s" % (s[:2], s[2:5], s[5:])
    if cc == "ID":
        s = "8" + R.choice(["12", "13", "21", "57", "77"]) + x(8)
        return "+62 %s %s %s" % (s[:3], s[3:7], s[7:]) if intl else "0%s-%s-%s" % (s[:3], s[3:7], s[7:])
    if cc == "VN":
        s = R.choice(["91", "98", "90", "35", "70", "86"]) + x(7)
        return "+84 %s %s %s" % (s[:3], s[3:6], s[6:]) if intl else "0%s %s %s" % (s[:3], s[3:6], s[6:])
    if cc == "NG":
        s = R.choice(["803", "806", "813", "703", "805", "816"]) + x(7)
        return "+234 %s %s %s" % (s[:3], s[3:6], s[6:]) if intl else "0%s %s %s" % (s[:3], s[3:6], s[6:])
    if cc == "KE":
        s = "7" + R.choice("0129") + x(7)
        return "+254 %s %s" % (s[:3], s[3:]) if intl else "0%s %s %s" % (s[:3], s[3:6], s[6:])
    if cc == "IN":
        s = R.choice("6789") + x(9)
        return "+91 %s %s" % (s[:5], s[5:]) if intl else "%s %s" % (s[:5], s[5:])
    if cc == "US":
        s = R.choice(["312", "415", "646", "617", "503", "512", "720", "919"]) + str(R.randint(2, 9)) + x(2)
        while s[3:6] == "555":
            s = s[:3] + str(R.randint(2, 9)) + x(2)
        s += x(4)
        return "+1 %s-%s-%s" % (s[:3], s[3:6], s[6:]) if intl else "(%s) %s-%s" % (s[:3], s[3:6], s[6:])
    if cc == "BR":
        s = R.choice(["11", "21", "31", "41", "51", "61", "71"]) + "9" + x(8)
        return "+55 %s %s-%s" % (s[:2], s[2:7], s[7:]) if intl else "(%s) %s-%s" % (s[:2], s[2:7], s[7:])
    if cc == "PT":
        s = "9" + R.choice("1236") + x(7)
        return "+351 %s %s %s" % (s[:3], s[3:6], s[6:]) if intl else "%s %s %s" % (s[:3], s[3:6], s[6:])
    if cc == "CZ":
        s = R.choice("67") + x(8)
        return "+420 %s %s %s" % (s[:3], s[3:6], s[6:]) if intl else "%s %s %s" % (s[:3], s[3:6], s[6:])
    if cc == "AU":
        s = "4" + x(8)
        return "+61 %s %s %s" % (s[:3], s[3:6], s[6:]) if intl else "0%s %s %s" % (s[:3], s[3:6], s[6:])
    if cc == "JP":
        s = R.choice(["90", "80", "70"]) + x(8)
        return "+81 %s %s %s" % (s[:2], s[2:6], s[6:]) if intl else "0%s-%s-%s" % (s[:2], s[2:6], s[6:])
    raise ValueError(cc)


def fdate(dt, style):
    if style == "iso":
        return dt.isoformat()
    if style == "dmy.":
        return "%02d.%02d.%d" % (dt.day, dt.month, dt.year)
    if style == "dmy/":
        return "%02d/%02d/%d" % (dt.day, dt.month, dt.year)
    if style == "mdy/":
        return "%02d/%02d/%d" % (dt.month, dt.day, dt.year)
    if style == "dmy-":
        return "%02d-%02d-%d" % (dt.day, dt.month, dt.year)
    if style == "ymd.":
        return "%d.%02d.%02d" % (dt.year, dt.month, dt.day)
    if style == "ymd/":
        return "%d/%02d/%02d" % (dt.year, dt.month, dt.day)
    if style == "compact":
        return "%d%02d%02d" % (dt.year, dt.month, dt.day)
    lang = style
    mn = MONTHS[lang][dt.month - 1]
    if lang == "en":
        return "%d %s %d" % (dt.day, mn, dt.year)
    if lang == "de":
        return "%d. %s %d" % (dt.day, mn, dt.year)
    if lang in ("es", "pt"):
        return "%d de %s de %d" % (dt.day, mn, dt.year)
    return "%d %s %d" % (dt.day, mn, dt.year)


# ============================================================ data dumps (many records)

# --- 1. UK HR export, CSV with header
rows = [("Aoife", "Ní Bhriain", "Didcot", "14 Larkspur Close, Didcot OX11 7QT"),
        ("Olumide", "Bankole", "Leeds", "3 Brudenell Grove, Leeds LS6 1HD"),
        ("Grace", "Summers", "Bristol", "Flat 2, 88 Cheltenham Road, Bristol BS6 5RL"),
        ("Mark", "Law", "Manchester", "27 Elm Grove, Didsbury, Manchester M20 6PL"),
        ("Priyanka", "Chaudhary", "Leicester", "119 Narborough Road, Leicester LE3 0PA"),
        ("Tomasz", "Wiśniewski", "Slough", "6 Montem Lane, Slough SL1 2QJ"),
        ("Siobhan", "O'Rourke", "Belfast", "41 Candahar Street, Belfast BT7 3AP"),
        ("Will", "Young", "Norwich", "12 Unthank Road, Norwich NR2 2PA"),
        ("Fatima", "Al-Sayed", "Birmingham", "70 Stratford Road, Sparkhill, Birmingham B11 1AN"),
        ("Rhys", "ap Dafydd", "Cardiff", "9 Llandaff Road, Canton, Cardiff CF11 9NG"),
        ("Mei", "Lin", "Glasgow", "2/1, 35 Nithsdale Road, Glasgow G41 2AN"),
        ("Jean-Luc", "Moreau", "Brighton", "5 Clifton Hill, Brighton BN1 3HQ"),
        ("Hope", "Adeyemi", "Croydon", "48 Lodge Road, Croydon CR0 2PF"),
        ("Eilidh", "MacLeod", "Inverness", "17 Culduthel Road, Inverness IV2 4AG"),
        ("Rajesh", "Pillai", "Reading", "230 Oxford Road, Reading RG1 7PX"),
        ("Bill", "Rich", "York", "8 Bishopthorpe Road, York YO23 1JJ"),
        ("Zsófia", "Kertész", "Cambridge", "63 Mill Road, Cambridge CB1 2AW"),
        ("Kwame", "Asante-Darko", "Luton", "21 Dunstable Road, Luton LU1 1EB")]
lines = ["employee_id,full_name,email,mobile,date_of_birth,ni_number,home_address,start_date,department"]
depts = ["Finance", "Logistics", "IT", "Customer Care", "Warehouse", "HR", "Sales"]
for i, (g, s, town, addr) in enumerate(rows):
    b = dob(1960, 2001)
    em = "%s.%s@%s" % (g.lower().replace("-", ""), s.lower().replace(" ", "").replace("'", ""), R.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "hotmail.co.uk"]))
    em = em.replace("í", "i").replace("ś", "s").replace("ó", "o")
    start = datetime.date(R.randint(2012, 2024), R.randint(1, 12), R.randint(1, 28))
    lines.append('E%05d,%s,%s,%s,%s,%s,"%s",%s,%s' % (
        1040 + i * 7, n(g + " " + s), e(em), p(ph("GB", i % 3 == 0)), d(fdate(b, "dmy/")), pid(nino(i % 4 == 0)),
        a(addr), fdate(start, "dmy/"), R.choice(depts)))
add("csv", "en", NL.join(lines))

# --- 2. German customer table, SQL INSERTs
de_rows = [("Jürgen", "Haßelbach", "Lindenstraße 42", "10969 Berlin"),
           ("Anneliese", "Köhler-Brandt", "Am Mühlbach 7a", "83022 Rosenheim"),
           ("Murat", "Demirci", "Keupstraße 118", "51063 Köln"),
           ("Sabine", "von Ahlen", "Eppendorfer Weg 233", "20251 Hamburg"),
           ("Dragan", "Petrović", "Schwanthalerstr. 61", "80336 München"),
           ("Katharina", "Nguyen", "Bautzner Straße 19", "01099 Dresden"),
           ("Heinz-Peter", "Ludwig", "Hauptstr. 3", "67434 Neustadt an der Weinstraße"),
           ("Elke", "Sommer-Wirth", "Ginsterweg 12", "48161 Münster"),
           ("Lukas", "Brückner", "Marktplatz 1", "97070 Würzburg"),
           ("Fatma", "Aksoy", "Mannheimer Str. 5", "68309 Mannheim"),
           ("Birgit", "Zimmermann", "Feldbergstraße 28", "79115 Freiburg im Breisgau"),
           ("Ole", "Jensen", "Holtenauer Straße 140", "24105 Kiel")]
lines = ["-- Export kunden_stamm, erzeugt von crm-sync 4.2.1 am 2024-03-18 02:00:01",
         "INSERT INTO kunden (kd_nr, vorname, nachname, geburtsdatum, strasse, plz_ort, telefon, email, iban, angelegt_am) VALUES"]
vals = []
for i, (g, s, st, po) in enumerate(de_rows):
    b = dob(1942, 2002)
    em = "%s.%s" % (g.lower(), s.lower())
    for x, y in (("ü", "ue"), ("ö", "oe"), ("ä", "ae"), ("ß", "ss"), ("ć", "c"), (" ", ""), ("-", "")):
        em = em.replace(x, y)
    em += "@" + R.choice(["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"])
    vals.append("  (%d, '%s', '%s', '%s', '%s', '%s', '%s', '%s', '%s', '2023-%02d-%02d')" % (
        700412 + i * 13, n(g), n(s), d(b.isoformat()), a(st), a(po), p(ph("DE", i % 2 == 0)), e(em), ib(iban("DE", False)),
        R.randint(1, 12), R.randint(1, 28)))
add("sql", "de", NL.join(lines) + NL + ("," + NL).join(vals) + ";")

# --- 3. French patient records, JSON
fr_rows = [("Camille", "Dubois", True, "12 rue des Lilas, 69003 Lyon"),
           ("Théo", "Garnier", False, "4 impasse du Moulin, 44300 Nantes"),
           ("Inès", "Benali", True, "27 boulevard de la Liberté, 59800 Lille"),
           ("Jean-Baptiste", "Lefèvre", False, "3 place Saint-Sernin, 31000 Toulouse"),
           ("Maëlle", "Le Goff", True, "18 rue de Siam, 29200 Brest"),
           ("Youssef", "El Amrani", False, "Bât. C, 55 avenue Jean Jaurès, 13003 Marseille"),
           ("Hélène", "Rousseau-Vidal", True, "9 chemin des Vignes, 33400 Talence"),
           ("Gaspard", "d'Aubigné", False, "21 quai des Chartrons, 33000 Bordeaux")]
recs = []
for i, (g, s, fem, addr) in enumerate(fr_rows):
    b = dob(1938, 2015)
    recs.append('''  {
    "dossier": "PAT-%06d",
    "nom": "%s",
    "prenom": "%s",
    "date_naissance": "%s",
    "num_secu": "%s",
    "adresse": "%s",
    "telephone": "%s",
    "email": "%s",
    "medecin_traitant": "Dr %s",
    "derniere_visite": "2024-0%d-1%d"
  }''' % (R.randint(100000, 999999), n(s.upper()), n(g), d(fdate(b, "dmy/")), pid(insee(fem, b.year, b.month)),
          a(addr), p(ph("FR", i % 3 == 1)),
          e("%s.%s%d@%s" % (g.lower().replace("é", "e").replace("ë", "e").replace("è", "e").replace("-", ""),
                            s.lower().replace(" ", "").replace("'", "").replace("è", "e").replace("é", "e"),
                            R.randint(1, 99), R.choice(["orange.fr", "free.fr", "laposte.net", "sfr.fr"]))),
          n(R.choice(["Martine Caradec", "Louis Perrot", "Nadia Haddad", "Pierre-Yves Marchal"])), R.randint(1, 6), R.randint(0, 9)))
add("json", "fr", "[\n" + ",\n".join(recs) + "\n]")

# --- 4. Dutch test fixtures, YAML
nl_rows = [("Sanne", "van den Berg", "Keizersgracht 123-II", "1015 CJ Amsterdam"),
           ("Joost", "de Vries", "Oudegracht 214 bis", "3511 NR Utrecht"),
           ("Femke", "Bakker", "Prins Hendrikkade 9", "3071 KA Rotterdam"),
           ("Thijs", "van Dijk", "Molenstraat 77", "6511 HD Nijmegen"),
           ("Noor", "El Idrissi", "Vaillantlaan 310", "2526 HR Den Haag"),
           ("Bram", "Hoekstra", "Nieuwe Ebbingestraat 45a", "9712 NG Groningen"),
           ("Lieke", "Verhoeven-Smit", "Stratumsedijk 18", "5611 NB Eindhoven")]
y = ["# fixtures/klanten.yml — wordt geladen door seed_dev_db.py", "klanten:"]
for i, (g, s, st, pc) in enumerate(nl_rows):
    b = dob(1955, 2003)
    y += ["  - id: %d" % (31 + i),
          "    naam: %s" % n(g + " " + s),
          "    geboortedatum: %s" % d(fdate(b, "dmy-")),
          "    bsn: \"%s\"" % pid(bsn()),
          "    adres:",
          "      straat: %s" % a(st),
          "      postcode_plaats: %s" % a(pc),
          "    telefoon: \"%s\"" % p(ph("NL", i % 2 == 1)),
          "    rekening: %s" % ib(iban("NL")),
          "    klant_sinds: 20%02d-0%d-15" % (R.randint(10, 23), R.randint(1, 9)),
          "    nieuwsbrief: %s" % R.choice(["true", "false"])]
add("yaml", "nl", NL.join(y))

# --- 5. Spanish clients, XML
es_rows = [("María José", "García Ruiz", "C/ Mayor 12, 3º 2ª, 28013 Madrid", False),
           ("Álvaro", "Fernández de la Torre", "Avda. de la Constitución 45, 1º B, 41001 Sevilla", False),
           ("Nerea", "Etxeberria Goikoetxea", "Kale Nagusia 8, 2º izda., 20003 Donostia", False),
           ("Jordi", "Puig i Soler", "C/ de Verdi 33, ático 1ª, 08012 Barcelona", False),
           ("Ana Belén", "Ortega Muñoz", "Plaza del Pilar 4, 5º C, 50003 Zaragoza", False),
           ("Ionuț", "Mocanu", "C/ San Vicente Mártir 102, pta. 9, 46007 Valencia", True),
           ("Lucía", "Romero Vázquez", "Rúa do Franco 21, bajo, 15705 Santiago de Compostela", False)]
x = ['<?xml version="1.0" encoding="UTF-8"?>', '<clientes exportado="2024-05-02T09:14:00+02:00" origen="gestion-v3">']
for i, (g, s, addr, foreign) in enumerate(es_rows):
    b = dob(1948, 2000)
    x += ['  <cliente id="C-%04d">' % (2201 + i),
          "    <nombre>%s</nombre>" % n(g),
          "    <apellidos>%s</apellidos>" % n(s),
          '    <documento tipo="%s">%s</documento>' % ("NIE" if foreign else "DNI", pid(nie() if foreign else dni())),
          "    <fechaNacimiento>%s</fechaNacimiento>" % d(b.isoformat()),
          "    <direccion>%s</direccion>" % a(addr),
          "    <movil>%s</movil>" % p(ph("ES", i % 3 == 0)),
          "    <iban>%s</iban>" % ib(iban("ES")),
          "    <alta>2022-%02d-%02d</alta>" % (R.randint(1, 12), R.randint(1, 28)),
          "  </cliente>"]
x.append("</clientes>")
add("xml", "es", NL.join(x))

# --- 6. Polish fixed-width report
pl_rows = [("Agnieszka", "Wróblewska", True, "ul. Długa 5 m. 7, 80-831 Gdańsk"),
           ("Tomasz", "Zieliński", False, "ul. Piotrkowska 120/4, 90-006 Łódź"),
           ("Małgorzata", "Kaczmarek", True, "os. Kościuszkowskie 3/41, 31-858 Kraków"),
           ("Paweł", "Nowicki", False, "al. Jerozolimskie 85 lok. 12, 02-001 Warszawa"),
           ("Zofia", "Szymańska-Lis", True, "ul. Świdnicka 19/2, 50-066 Wrocław"),
           ("Krzysztof", "Dąbrowski", False, "ul. Półwiejska 8, 61-888 Poznań"),
           ("Weronika", "Grabowska", True, "ul. Lipowa 14a, 15-424 Białystok"),
           ("Jakub", "Wójcik", False, "ul. Zamkowa 2 m. 3, 20-117 Lublin"),
           ("Halina", "Pawlak", True, "ul. Mickiewicza 31, 70-383 Szczecin")]
hdr = "%-4s %-11s %-28s %-44s %-15s %s" % ("LP", "PESEL", "NAZWISKO I IMIĘ", "ADRES ZAMIESZKANIA", "TELEFON", "SKŁADKA")
lines = ["ZESTAWIENIE UBEZPIECZONYCH — ODDZIAŁ PÓŁNOC          stan na 31.03.2024   str. 1/1", "", hdr, "-" * 120]
for i, (g, s, fem, addr) in enumerate(pl_rows):
    b = dob(1950, 2004)
    nm = "%s %s" % (s.upper(), g.upper())
    tel = ph("PL", False)
    lines.append("%-4s %s %s %s %s %s" % (
        "%d." % (i + 1), pid(pesel(b.year, b.month, b.day, fem)), n(nm) + " " * (28 - len(nm)),
        a(addr) + " " * max(1, 44 - len(addr)), p(tel) + " " * (15 - len(tel)), "%d,%02d zł" % (R.randint(90, 900), R.randint(0, 99))))
lines += ["-" * 120, "Razem pozycji: %d" % len(pl_rows), "Sporządził: " + n("E. Jabłońska") + ", tel. wewn. 214"]
add("report", "pl", NL.join(lines))

# --- 7. Swedish member list, CSV without header (semicolon)
sv_rows = [("Astrid", "Lindqvist", "Storgatan 14", "852 30 Sundsvall"),
           ("Erik", "Johansson", "Vasagatan 3 lgh 1102", "411 24 Göteborg"),
           ("Linnéa", "Åberg", "Kungsgatan 27B", "753 21 Uppsala"),
           ("Mohammed", "Haddad", "Rinkebystråket 60", "163 73 Spånga"),
           ("Karin", "Sjöström", "Drottninggatan 88", "111 36 Stockholm"),
           ("Oskar", "Nyberg", "Östra Promenaden 4", "602 29 Norrköping"),
           ("Sofia", "Eriksson Berg", "Södra Förstadsgatan 51", "211 43 Malmö"),
           ("Nils", "Holm", "Bergsgatan 9", "972 31 Luleå")]
lines = []
for i, (g, s, st, pc) in enumerate(sv_rows):
    b = dob(1944, 2005)
    em = ("%s.%s@%s" % (g, s, R.choice(["telia.com", "gmail.com", "hotmail.se", "bredband.net"]))).lower()
    for x_, y_ in (("å", "a"), ("ä", "a"), ("ö", "o"), ("é", "e"), (" ", "")):
        em = em.replace(x_, y_)
    lines.append("%d;%s;%s;%s;%s;%s;%s;%s" % (
        5501 + i, pid(personnummer(b.year, b.month, b.day, i % 3 == 0)), n(s), n(g), a(st), a(pc), p(ph("SE", i % 4 == 0)),
        e(em)))
add("csv", "sv", NL.join(lines))

# --- 8. auth service + DHCP log (client addresses are personal, upstream/server addresses are not)
users = ["r.okonkwo@brightpath-clinic.co.uk", "dana.whitfield@gmail.com", "tkowalczyk@protonmail.com",
         "m.haugen@online.no", "li.xiuying@outlook.com", "s.mcgrath@eircom.net"]
lg = []
t = datetime.datetime(2024, 6, 11, 8, 2, 17)
for i in range(14):
    t += datetime.timedelta(seconds=R.randint(2, 300), milliseconds=R.randint(0, 999))
    ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % R.randint(0, 999)
    usr = users[i % len(users)]
    src = ip6() if i % 5 == 3 else ip4()
    kind_ = i % 4
    if kind_ == 0:
        lg.append('%s INFO  auth-svc[2231]: login ok user=%s src=%s upstream=10.20.0.14:8443 mfa=totp' % (ts, e(usr), ip(src)))
    elif kind_ == 1:
        lg.append('%s WARN  auth-svc[2231]: failed password for user=%s src=%s attempts=%d' % (ts, e(usr), ip(src), R.randint(2, 5)))
    elif kind_ == 2:
        lg.append('%s INFO  dhcpd[877]: DHCPACK on 192.168.40.%d to %s (LT-%04d) via eth1' % (ts, R.randint(20, 250), mac(macaddr()), R.randint(100, 9999)))
    else:
        lg.append('%s INFO  auth-svc[2231]: session refreshed user=%s src=%s sid=%s' % (ts, e(usr), ip(src), hexs(32)))
lg.append("2024-06-11T09:00:00.000Z INFO  healthcheck: upstream 10.20.0.14:8443 ok, 10.20.0.15:8443 ok, build 7.3.12-rc2")
add("log", "en", NL.join(lg))

# --- 9. Indian KYC test fixture, Python
in_rows = [("Priya", "Raghunathan", "Flat 4B, Sai Krupa Apartments, 12th Main Road, Indiranagar, Bengaluru 560038"),
           ("Arjun", "Mehta", "B-402, Shanti Kunj, Andheri East, Mumbai 400069"),
           ("Sneha", "Kulkarni", "23, Prabhat Road, Erandwane, Pune 411004"),
           ("Mohammed", "Irfan Qureshi", "House No. 7-1-621, Sanjeeva Reddy Nagar, Hyderabad 500038"),
           ("Lakshmi", "Venkataraman", "No. 18, 2nd Cross Street, Besant Nagar, Chennai 600090"),
           ("Gurpreet", "Kaur Sandhu", "H.No. 1142, Sector 21-B, Chandigarh 160022")]
py = ['"""KYC fixtures for the onboarding tests — do not use in production."""', "", "KYC_RECORDS = ["]
for i, (g, s, addr) in enumerate(in_rows):
    b = dob(1958, 2003)
    py += ["    {",
           '        "customer_ref": "CUST-IN-%05d",' % (88100 + i),
           '        "name": "%s",' % n(g + " " + s),
           '        "dob": "%s",' % d(fdate(b, "dmy-")),
           '        "aadhaar": "%s",' % pid(aadhaar(" " if i % 2 == 0 else "")),
           '        "pan": "%s",' % pid(pan(s.split()[-1])),
           '        "mobile": "%s",' % p(ph("IN", i % 2 == 0)),
           '        "address": "%s",' % a(addr),
           '        "risk_band": "%s",' % R.choice(["LOW", "MEDIUM"]),
           "    },"]
py.append("]")
add("code", "en-IN", NL.join(py))

# --- 10. Italian payroll, Markdown table
it_rows = [("Rossi", "Giulia", True, 1988, "F205", "Via Paolo Sarpi 14, 20154 Milano"),
           ("Esposito", "Gennaro", False, 1971, "F839", "Vico Lungo Gelso 33, 80134 Napoli"),
           ("Bianchi", "Matteo", False, 1995, "L219", "Corso San Maurizio 51, 10124 Torino"),
           ("Colombo", "Chiara", True, 1983, "A944", "Via del Pratello 7/2, 40122 Bologna"),
           ("Lo Presti", "Salvatore", False, 1966, "G273", "Via Maqueda 201, 90133 Palermo"),
           ("De Santis", "Federica", True, 1992, "H501", "Via dei Volsci 28, int. 5, 00185 Roma")]
md = ["## Anagrafica dipendenti — cedolini marzo 2024", "",
      "| Cognome | Nome | Codice fiscale | Nata/o il | Residenza | Cellulare | IBAN accredito |",
      "|---|---|---|---|---|---|---|"]
for i, (s, g, fem, yy, com, addr) in enumerate(it_rows):
    b = datetime.date(yy, R.randint(1, 12), R.randint(1, 28))
    md.append("| %s | %s | %s | %s | %s | %s | %s |" % (
        n(s), n(g), pid(codice_fiscale(s, g, b.year, b.month, b.day, fem, com)), d(fdate(b, "dmy/")), a(addr),
        p(ph("IT", i % 3 == 2)), ib(iban("IT"))))
md += ["", "_Documento riservato — ufficio paghe. Ultimo aggiornamento 02/04/2024._"]
add("markdown", "it", NL.join(md))

# --- 11. Brazilian customer list, HTML table
br_rows = [("Ana Beatriz", "Souza Lima", "Rua Augusta, 1508, apto 42 — Consolação, São Paulo/SP, 01304-001"),
           ("João Pedro", "Carvalho", "Av. Nossa Senhora de Copacabana, 680, bloco B, ap. 901 — Rio de Janeiro/RJ, 22050-001"),
           ("Francisca", "das Chagas Oliveira", "Rua Barão de Studart, 2210 — Aldeota, Fortaleza/CE, 60120-002"),
           ("Thiago", "Nakamura", "Rua XV de Novembro, 355, sala 3 — Centro, Curitiba/PR, 80020-310"),
           ("Luana", "Ferreira dos Santos", "Travessa Padre Eutíquio, 1120 — Batista Campos, Belém/PA, 66023-710")]
h = ["<table class=\"clientes\">", "  <thead><tr><th>Nome</th><th>CPF</th><th>Nascimento</th><th>E-mail</th><th>Celular</th><th>Endereço</th></tr></thead>", "  <tbody>"]
for i, (g, s, addr) in enumerate(br_rows):
    b = dob(1960, 2004)
    em = ("%s.%s" % (g.split()[0], s.split()[-1])).lower().replace("ã", "a").replace("ç", "c") + "@" + R.choice(["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"])
    h.append("    <tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (
        n(g + " " + s), pid(cpf(i != 3)), d(fdate(b, "dmy/")), e(em), p(ph("BR", i % 2 == 1)), a(addr)))
h += ["  </tbody>", "</table>", "<p class=\"rodape\">Gerado em 14/05/2024 às 18:22 — página 1 de 1</p>"]
add("html", "pt-BR", NL.join(h))

# --- 12. Turkish seed data, JavaScript
tr_rows = [("Elif", "Yılmaz", "Moda Cad. No: 112 D: 5, 34710 Kadıköy/İstanbul"),
           ("Mehmet Ali", "Öztürk", "Atatürk Bulvarı No: 87/12, 06680 Çankaya/Ankara"),
           ("Zeynep", "Kaya", "1453 Sokak No: 9 Daire 3, 35220 Alsancak/İzmir"),
           ("Emre", "Şahin", "Cumhuriyet Mah. Gazi Cad. No: 41, 16010 Osmangazi/Bursa"),
           ("Gülşen", "Arslan", "Kızılay Mah. 282. Sokak No: 6, 07100 Muratpaşa/Antalya")]
js = ["// seed/customers.tr.js", "export const customers = ["]
for i, (g, s, addr) in enumerate(tr_rows):
    b = dob(1955, 2002)
    js.append("  { id: %d, adSoyad: '%s', tckn: '%s', dogumTarihi: '%s', telefon: '%s', iban: '%s', adres: '%s', kvkkOnay: %s }," % (
        i + 1, n(g + " " + s), pid(tckn()), d(fdate(b, "dmy.")), p(ph("TR", i % 2 == 0)), ib(iban("TR")), a(addr),
        R.choice(["true", "false"])))
js += ["];", "", "export default customers;"]
add("code", "tr", NL.join(js))

# --- 13. US chargeback export, CSV (CVV and expiry are not labelled types)
us_rows = [("Dana", "Whitfield", "4418 N Ravenswood Ave, Apt 2, Chicago, IL 60640"),
           ("Marcus", "O'Connell-Reyes", "1209 Alder St, Eugene, OR 97401"),
           ("Summer", "Nguyen", "77 Prospect Pl, Brooklyn, NY 11217"),
           ("Rich", "Kowalski", "305 W 5th St, Austin, TX 78701"),
           ("Yolanda", "Baptiste", "18 Larch Way, Framingham, MA 01701"),
           ("Harold", "Tsosie", "2231 Camino Real SW, Albuquerque, NM 87105"),
           ("Keisha", "Monroe-Grant", "940 Peachtree St NE, Unit 1503, Atlanta, GA 30309")]
lines = ["case_id,cardholder,card_number,exp,cvv,ssn_on_file,dob,billing_address,email,amount_usd,reason"]
for i, (g, s, addr) in enumerate(us_rows):
    b = dob(1950, 2001)
    brand = ["visa", "mc", "amex", "disc", "visa", "mc", "visa"][i]
    em = "%s%s%d@%s" % (g[0].lower(), s.lower().replace("'", "").replace("-", ""), R.randint(1, 99), R.choice(["gmail.com", "yahoo.com", "aol.com", "icloud.com"]))
    lines.append('CB-%d,%s,%s,%02d/%02d,%03d,%s,%s,"%s",%s,%d.%02d,%s' % (
        90311 + i, n(g + " " + s), c(card(brand, "" if i % 2 else " ")), R.randint(1, 12), R.randint(25, 29), R.randint(100, 999),
        ss(ssn()), d(fdate(b, "mdy/")), a(addr), e(em), R.randint(20, 1900), R.randint(0, 99),
        R.choice(["fraud", "not_received", "duplicate", "not_as_described"])))
add("csv", "en", NL.join(lines))

# --- 14. Romanian beneficiaries, SQL
ro_rows = [("Ioana", "Popescu", True, 40, "Str. Academiei nr. 14, bl. A2, sc. 1, ap. 9, Sector 1, 010014 București"),
           ("Andrei", "Ionescu", False, 12, "Str. Memorandumului nr. 28, 400114 Cluj-Napoca"),
           ("Mihaela", "Dumitrescu", True, 22, "Bd. Independenței nr. 5, bl. B3, ap. 21, 700104 Iași"),
           ("Răzvan", "Constantinescu", False, 35, "Str. Alba Iulia nr. 3, 300077 Timișoara"),
           ("Florentina", "Stan", True, 13, "Str. Mircea cel Bătrân nr. 64, 900658 Constanța")]
sq = ["INSERT INTO beneficiari (cnp, nume, prenume, data_nasterii, adresa, telefon, cont_iban) VALUES"]
vs = []
for i, (g, s, fem, cty, addr) in enumerate(ro_rows):
    b = dob(1950, 2004)
    vs.append("('%s', '%s', '%s', '%s', '%s', '%s', '%s')" % (
        pid(cnp(b.year, b.month, b.day, fem, cty)), n(s), n(g), d(b.isoformat()), a(addr), p(ph("RO", i % 2 == 1)),
        ib(iban("RO", False))))
add("sql", "ro", NL.join(sq) + NL + ("," + NL).join(vs) + ";")

# --- 15. Norwegian booking export, JSON lines
no_rows = [("Ingrid", "Haugen", "Storgata 14B", "0184 Oslo"),
           ("Magnus", "Solberg Øverli", "Kong Oscars gate 27", "5017 Bergen"),
           ("Sigrid", "Nilsen", "Nedre Bakklandet 33", "7014 Trondheim"),
           ("Håkon", "Aasheim", "Storgata 88", "9008 Tromsø"),
           ("Amina", "Yusuf", "Tollbugata 5, H0302", "3044 Drammen")]
jl = []
for i, (g, s, st, pc) in enumerate(no_rows):
    b = dob(1948, 2004)
    em = ("%s.%s" % (g, s.split()[-1])).lower().replace("å", "aa").replace("ø", "o") + "@" + R.choice(["online.no", "gmail.com", "hotmail.no"])
    jl.append('{"bestilling":"NX-%s","kunde":{"navn":"%s","fodselsnummer":"%s","adresse":{"gate":"%s","postnr_sted":"%s"},"mobil":"%s","epost":"%s"},"avgang":"2024-07-%02dT07:40:00+02:00","sete":"%d%s"}' % (
        rnd(6, string.ascii_uppercase + string.digits), n(g + " " + s), pid(fnr(b.year, b.month, b.day)), a(st), a(pc),
        p(ph("NO", i % 2 == 0)), e(em), R.randint(1, 28), R.randint(1, 30), R.choice("ABCDEF")))
add("jsonl", "no", NL.join(jl))

# --- 16. Danish membership list, CSV with header (semicolon)
da_rows = [("Mette", "Kjærgaard", "Nørrebrogade 52, 3. tv., 2200 København N"),
           ("Rasmus", "Thygesen", "Jægergårdsgade 101, st., 8000 Aarhus C"),
           ("Freja", "Østergaard Holm", "Vestergade 7, 1. th., 5000 Odense C"),
           ("Søren", "Bech", "Algade 40, 9000 Aalborg"),
           ("Yasmin", "Ali", "Tingbjerg Allé 18, 2. mf., 2700 Brønshøj"),
           ("Kasper", "Lund-Madsen", "Strandvejen 233, 2900 Hellerup")]
lines = ["medlemsnr;navn;cpr;adresse;telefon;email;indmeldt"]
for i, (g, s, addr) in enumerate(da_rows):
    b = dob(1950, 2006)
    em = ("%s%s" % (g[0], s.split()[-1])).lower().replace("ø", "oe").replace("æ", "ae").replace("-", "") + "@" + R.choice(["mail.dk", "gmail.com", "hotmail.dk", "outlook.dk"])
    lines.append("%d;%s;%s;%s;%s;%s;%02d.%02d.20%02d" % (
        1200 + i * 3, n(g + " " + s), pid(cpr(b.year, b.month, b.day)), a(addr), p(ph("DK", i % 3 == 0)), e(em),
        R.randint(1, 28), R.randint(1, 12), R.randint(15, 24)))
add("csv", "da", NL.join(lines))

# --- 17. Finnish tenant register, TSV
fi_rows = [("Aino", "Korhonen", "Hämeenkatu 12 B 24, 33100 Tampere"),
           ("Juha-Pekka", "Virtanen", "Mannerheimintie 102 A 7, 00250 Helsinki"),
           ("Liisa", "Mäkelä", "Kauppakatu 31 C 15, 40100 Jyväskylä"),
           ("Mikko", "Heikkinen", "Rantakatu 4 as. 2, 90100 Oulu"),
           ("Elina", "Nieminen", "Yliopistonkatu 9 D 41, 20100 Turku")]
lines = ["asunto\tnimi\thenkilötunnus\tosoite\tpuhelin\tvuokra\tsopimus_alkaa"]
for i, (g, s, addr) in enumerate(fi_rows):
    b = dob(1950, 2005)
    lines.append("%s\t%s\t%s\t%s\t%s\t%d,00\t1.%d.2023" % (
        "%s%d" % (R.choice("ABCD"), R.randint(1, 60)), n(s + " " + g), pid(hetu(b.year, b.month, b.day)), a(addr),
        p(ph("FI", i % 2 == 1)), R.randint(520, 1400), R.randint(1, 12)))
add("tsv", "fi", NL.join(lines))

# --- 18. Czech loan applicants, CSV
cs_rows = [("Tereza", "Nováková", True, "Vinohradská 1511/230, 100 00 Praha 10"),
           ("Jan", "Dvořák", False, "Masarykova 427/31, 602 00 Brno"),
           ("Lucie", "Černá", True, "Nádražní 1124, 702 00 Ostrava"),
           ("Ondřej", "Procházka", False, "Americká 23, 301 00 Plzeň"),
           ("Kateřina", "Svobodová", True, "Husova 8/12, 370 01 České Budějovice")]
lines = ["jmeno;prijmeni;rodne_cislo;cislo_op;adresa;telefon;ucet"]
for i, (g, s, fem, addr) in enumerate(cs_rows):
    b = dob(1955, 2004)
    lines.append("%s;%s;%s;%s;%s;%s;%s" % (n(g), n(s), pid(rodne(b.year, b.month, b.day, fem)), pid(digits(9)), a(addr),
                                           p(ph("CZ", i % 2 == 0)), ib(iban("CZ"))))
add("csv", "cs", NL.join(lines))

# --- 19. Hungarian patient list, pipe table
hu_rows = [("Kovács Eszter", "1072 Budapest, Király utca 28. II/5"),
           ("Nagy Bálint", "6720 Szeged, Kárász utca 11"),
           ("Tóth Réka", "4026 Debrecen, Piac utca 45. 3/12"),
           ("Szabó-Horváth Gergely", "7621 Pécs, Ferencesek utcája 17"),
           ("Farkas Zsuzsanna", "9022 Győr, Baross Gábor út 6. fszt. 2")]
lines = ["| Név | TAJ szám | Születési idő | Lakcím | Telefon |", "|---|---|---|---|---|"]
for i, (nm, addr) in enumerate(hu_rows):
    b = dob(1940, 2004)
    lines.append("| %s | %s | %s. | %s | %s |" % (n(nm), pid(taj()), d(fdate(b, "ymd.")), a(addr), p(ph("HU", i % 2 == 1))))
add("markdown", "hu", NL.join(lines))

# --- 20. Greek citizens' service records, JSON (Greek script)
el_rows = [("Ελένη", "Παπαδοπούλου", "Ερμού 45, 105 63 Αθήνα"),
           ("Γιώργος", "Κωνσταντινίδης", "Τσιμισκή 112, 546 22 Θεσσαλονίκη"),
           ("Δήμητρα", "Αλεξίου", "Κορίνθου 231, 262 23 Πάτρα"),
           ("Νικόλαος", "Μαυρίδης", "Λεωφόρος Κνωσού 58, 713 06 Ηράκλειο")]
recs = []
for i, (g, s, addr) in enumerate(el_rows):
    b = dob(1945, 2003)
    recs.append('  {"επώνυμο": "%s", "όνομα": "%s", "ΑΜΚΑ": "%s", "ΑΦΜ": "%s", "ημερομηνία_γέννησης": "%s", "διεύθυνση": "%s", "κινητό": "%s"}' % (
        n(s), n(g), pid(amka(b.year, b.month, b.day)), pid(afm()), d(fdate(b, "dmy/")), a(addr), p(ph("GR", i % 2 == 0))))
add("json", "el", "[\n" + ",\n".join(recs) + "\n]")

# --- 21. Indonesian member CSV
id_rows = [("Siti Nurhaliza", "Rahmawati", True, "33", "Jl. Kaliurang KM 5 No. 12, RT 03/RW 08, Sleman, DI Yogyakarta 55281"),
           ("Budi", "Santoso", False, "31", "Jl. Kebon Sirih Raya No. 47, Menteng, Jakarta Pusat 10340"),
           ("Dewi", "Lestari Putri", True, "32", "Perum Griya Asri Blok C2 No. 9, Cimahi, Jawa Barat 40512"),
           ("Agus", "Wijaya", False, "35", "Jl. Darmo Permai III No. 88, Surabaya 60226"),
           ("I Made", "Suardana", False, "51", "Jl. Raya Ubud Gg. Sandat No. 4, Gianyar, Bali 80571")]
lines = ["no,nik,nama_lengkap,tgl_lahir,alamat,no_hp,status"]
for i, (g, s, fem, prov, addr) in enumerate(id_rows):
    b = dob(1960, 2004)
    lines.append('%d,%s,%s,%s,"%s",%s,%s' % (i + 1, pid(nik(prov + "%02d%02d" % (R.randint(1, 20), R.randint(1, 30)), b.year, b.month, b.day, fem)),
                                            n(g + " " + s), d(fdate(b, "dmy-")), a(addr), p(ph("ID", i % 2 == 1)),
                                            R.choice(["aktif", "aktif", "nonaktif"])))
add("csv", "id", NL.join(lines))

# --- 22. Vietnamese delivery list, CSV
vi_rows = [("Nguyễn Thị Lan", True, "001", "Số 12 ngõ 45 Phố Huế, Hai Bà Trưng, Hà Nội"),
           ("Trần Văn Minh", False, "079", "123/4 Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh"),
           ("Phạm Thu Hà", True, "048", "K56/7 Hoàng Diệu, Hải Châu, Đà Nẵng"),
           ("Lê Quang Huy", False, "031", "Số 8 Lạch Tray, Ngô Quyền, Hải Phòng"),
           ("Võ Ngọc Ánh", True, "092", "27 Nguyễn Văn Cừ, Ninh Kiều, Cần Thơ")]
lines = ["stt,ho_ten,so_cccd,ngay_sinh,dia_chi,sdt,ghi_chu"]
for i, (nm, fem, prov, addr) in enumerate(vi_rows):
    b = dob(1962, 2004)
    lines.append('%d,%s,%s,%s,"%s",%s,%s' % (i + 1, n(nm), pid(cccd(prov, b.year, fem)), d(fdate(b, "dmy/")), a(addr),
                                            p(ph("VN", i % 3 == 0)), R.choice(["giao giờ hành chính", "gọi trước 30 phút", ""])))
add("csv", "vi", NL.join(lines))

# --- 23. Nigerian microfinance onboarding, pipe-delimited
ng_rows = [("Chinedu", "Okafor", "14 Adeola Odeku Street, Victoria Island, Lagos"),
           ("Ngozi", "Adeyemi-Bello", "Plot 22, Gana Street, Maitama, Abuja"),
           ("Oluwaseun", "Balogun", "7 Ring Road, Dugbe, Ibadan, Oyo State"),
           ("Emeka", "Nwosu", "33 Zik Avenue, Uwani, Enugu"),
           ("Aisha", "Garba", "No. 5 Ahmadu Bello Way, Nassarawa GRA, Kano"),
           ("Blessing", "Etim", "18 Calabar Road, Calabar, Cross River State")]
lines = ["ACCT_NO|FULL_NAME|NIN|DATE_OF_BIRTH|PHONE|RESIDENTIAL_ADDRESS|BRANCH"]
for i, (g, s, addr) in enumerate(ng_rows):
    b = dob(1965, 2004)
    lines.append("%s|%s|%s|%s|%s|%s|%s" % ("30%08d" % R.randint(0, 99999999), n((s + " " + g).upper()), pid(digits(11)),
                                          d(fdate(b, "dmy/")), p(ph("NG", i % 2 == 0)), a(addr.upper()),
                                          R.choice(["IKEJA", "WUSE II", "BODIJA", "OGUI"])))
add("csv", "en-NG", NL.join(lines))

# --- 24. Portuguese (PT) insurance renewals, XML-ish attributes
pt_rows = [("Inês", "Carvalho Marques", "Rua de Santa Catarina 312, 2.º Esq., 4000-447 Porto"),
           ("Duarte", "Sequeira", "Av. Almirante Reis 118, 5.º Dto., 1150-022 Lisboa"),
           ("Beatriz", "Figueiredo", "Rua Ferreira Borges 74, 3000-180 Coimbra"),
           ("Tiago", "Albuquerque Neves", "Travessa do Carmo 9, r/c, 8000-297 Faro")]
x = ["<renovacoes lote=\"2024-06\">"]
for i, (g, s, addr) in enumerate(pt_rows):
    b = dob(1950, 2002)
    x.append('  <apolice numero="AUT-%d" tomador="%s" nif="%s" nascimento="%s" morada="%s" telemovel="%s" premio="%d,%02d"/>' % (
        R.randint(1000000, 9999999), n(g + " " + s), pid(nif_pt()), d(fdate(b, "dmy-")), a(addr), p(ph("PT", i % 2 == 1)),
        R.randint(150, 900), R.randint(0, 99)))
x.append("</renovacoes>")
add("xml", "pt-PT", NL.join(x))


def uk_dl(surname, initials, dt, female=False):
    sn = (surname.upper().replace("'", "").replace("-", "").replace(" ", "") + "99999")[:5]
    mm = dt.month + (50 if female else 0)
    ini = (initials.upper() + "9")[:2]
    return "%s%d%02d%02d%d%s9%s" % (sn, (dt.year // 10) % 10, mm, dt.day, dt.year % 10, ini,
                                   R.choice(string.ascii_uppercase) + R.choice(string.ascii_uppercase + string.digits))


# ============================================================ English documents (hand-written)

add("ticket", "en", f"""
Ticket #48213 — Cannot log in after password reset
Status: Open   Priority: High   Channel: Web form
Requester: {n("Dana Whitfield")} <{e("dana.whitfield@gmail.com")}>

-- Message from requester (11 Jun 2024 08:31) --
Hi,
I reset my password yesterday and since then every login attempt says "account locked".
I've tried from home ({ip("188.41.157.141")}) and from my phone on 4G. My account email is the one above,
and my mobile for the SMS code is {p("(312) 846-2291")}. The last four digits of the card on file are 8274 if you
need to verify me. Please don't close this, I have a rent payment due on Friday.
Thanks,
{n("Dana")}

-- Internal note ({n("Ravi Chandrasekaran")}, Tier 1, 11 Jun 2024 08:47) --
Identity verified via last 4 + postcode. Lockout triggered by 5 failed attempts from {ip("188.41.157.141")} at 08:06 UTC.
Escalating to Tier 2 — looks like the reset token was reused. @{n("bea")} can you check the auth-svc logs?

-- Internal note ({n("Beatriz Alves")}, Tier 2, 11 Jun 2024 09:12) --
Confirmed, token replay from the password manager extension. Unlocked. Build 7.3.12 has the fix.

-- Reply to requester (11 Jun 2024 09:15) --
Hello {n("Dana")}, your account is unlocked. Please clear the saved password in your browser extension before
logging in again. Kind regards, {n("Beatriz")} — Customer Support
""")

add("email", "en", f"""
From: {n("Siobhán McGrath")} <{e("s.mcgrath@eircom.net")}>
To: {n("Peter Lyons")} <{e("peter@lyonslettings.ie")}>
Date: Tue, 4 Jun 2024 19:02:11 +0100
Subject: Re: Deposit return — {a("Apt 3, 17 Gardiner Place, Dublin 1, D01 X2R7")}

Hi {n("Peter")},

Thanks for the inspection report. I've attached photos of the hall carpet from the day I moved in, the marks
were already there. Could you please return the full deposit of €1,850 to my account:
IBAN {ib(iban("IE"))}, BIC AIBKIE2D, account name {n("Siobhán McGrath")}.
My forwarding address is {a("22 Bóthar na Trá, Salthill, Galway H91 KT62")}.

Best,
{n("Siobhán")}
{p("087 294 1183")}

> On Mon, 3 Jun 2024 at 16:40, {n("Peter Lyons")} <{e("peter@lyonslettings.ie")}> wrote:
> Dear {n("Siobhán")},
> Following the check-out on 31 May we noted staining in the hallway and one broken blind slat.
> We propose deducting €120. Let me know if you agree and where to send the balance.
> Regards,
> {n("Peter Lyons")}
> Lyons Lettings | {a("4 Upper Baggot Street, Dublin 4")} | {p("+353 1 668 2741")}
""")

add("chat", "en", f"""
[09:14] {n("marek")}: morning all, deploy of billing-api 2.18.0 is blocked, CI can't pull from the registry
[09:15] {n("Oluwakemi Adebayo")}: yeah saw that, the robot account creds expired on the 1st
[09:15] {n("marek")}: can someone paste the new ones? i don't have vault access yet
[09:16] {n("Oluwakemi Adebayo")}: please don't paste secrets in here 🙃 but fine, rotating after:
[09:16] {n("Oluwakemi Adebayo")}: AWS_ACCESS_KEY_ID={k(aws_id())}
[09:16] {n("Oluwakemi Adebayo")}: AWS_SECRET_ACCESS_KEY={k(aws_secret())}
[09:17] {n("marek")}: thx, works 🙏
[09:21] {n("Sven Thorvaldsen")}: @{n("kemi")} the old ghp token is still in the Jenkins global config btw: {k(gh_token())}
[09:22] {n("Oluwakemi Adebayo")}: ugh. revoking now. @{n("marek")} please open a ticket to move all of this to OIDC
[09:30] {n("marek")}: done, INFRA-2231
[09:41] {n("Sven Thorvaldsen")}: fyi the staging db url in the README also had the password: {u("postgresql://billing:Vk7!pR2qz@staging-db.int.lumeno.io:5432/billing")}
[09:41] {n("Sven Thorvaldsen")}: removed it from main but it's in history since commit 3f9c2ab
""")

b1 = datetime.date(1979, 11, 23)
add("form", "en", f"""
NEW PATIENT REGISTRATION — Lakeshore Family Medicine
-----------------------------------------------------
Patient name (Last, First, MI):  {n("Tsosie, Harold J.")}
Date of birth:                    {d("11/23/1979")}          Sex: M
SSN:                              {ss(ssn())}
Home address:                     {a("2231 Camino Real SW")}
City / State / ZIP:               {a("Albuquerque, NM 87105")}
Home phone:                       {p(ph("US"))}      Cell: {p(ph("US"))}
E-mail:                           {e("harold.tsosie@icloud.com")}
Primary insurance:                BlueCross PPO   Member ID: XGH448120771   Group: 20418
Policy holder (if not patient):   {n("Marlene Tsosie")}   DOB: {d("04/02/1981")}   Relationship: spouse
Emergency contact:                {n("Marlene Tsosie")}  {p(ph("US"))}
Preferred pharmacy:               Walgreens #11942, Central Ave
Appointment date:                 06/18/2024 10:40 AM with Dr. {n("Imani Clarke")}
Allergies:                        penicillin (rash)
Signature: ________________________   Date: 06/12/2024
""")

b2 = datetime.date(1986, 7, 14)
add("insurance", "en", f"""
MOTOR CLAIM NOTIFICATION — Claim ref MC/24/0098813

Policyholder:      Mrs {n("Helen Ogunleye")}
Address:           {a("58 Kingsley Road, Hounslow TW3 1QB")}
Telephone:         {p(ph("GB"))} (mobile)
Email:             {e("helen.ogunleye@hotmail.co.uk")}
Date of birth:     {d("14/07/1986")}
Driving licence:   {pid(uk_dl("Ogunleye", "HA", b2, True))}
Vehicle:           2019 Vauxhall Corsa 1.2, reg. LN19 XKT

Incident date/time: 2 May 2024, approx. 17:45
Location:           junction of Bath Road and Lampton Road, Hounslow

Third party driver: {n("Kieran Doyle")}, {a("14 Cranford Lane, Harlington UB3 5HB")}, tel {p(ph("GB"))}
Third party insurer: Admiral, policy no. P77-441029-3
Witness:            {n("Anjali Shah")} (pedestrian), contactable on {p(ph("GB", True))}

Description: I was stationary at the lights when the third party vehicle hit the rear of my car. The driver
admitted he was looking at his satnav. Police were not called. Photos attached (7).

Declaration signed: {n("H. Ogunleye")}   Date: 03/05/2024
""")

b3 = datetime.date(1992, 2, 9)
add("tenancy", "en", f"""
RESIDENTIAL TENANCY AGREEMENT (New South Wales)

This agreement is made on 1 March 2024 between:

LANDLORD: {n("Theodoros Papadakis")}
Address for service: {a("12 Wattle Street, Haberfield NSW 2045")}
Phone: {p(ph("AU"))}   Email: {e("t.papadakis@bigpond.com")}

TENANT(S):
1. {n("Chloe Nguyen-Whitlam")}, born {d("9 February 1992")}, NSW driver licence no. {pid(digits(8))}
2. {n("Rory McAllister")}, born {d("30 June 1990")}, passport no. {pid(passport("GB"))} (UK)

PREMISES: {a("Unit 4/27 Ramsay Street, Collingwood Park NSW 2170")}

Term: 12 months commencing 8 March 2024 and ending 7 March 2025.
Rent: $640 per week, payable fortnightly in advance into BSB 062-118, account 1044 7721 (name: {n("T Papadakis")}).
Rental bond: $2,560 lodged with NSW Fair Trading.

Urgent repairs tradesperson: {n("Bill Harrow")} (plumber), {p(ph("AU"))}

Signed by the landlord: {n("T. Papadakis")}          Signed by the tenants: {n("C. Nguyen-Whitlam")}, {n("R. McAllister")}
""")

add("invoice", "en", f"""
HARROW PLUMBING & GAS
{a("3 Foundry Lane, Kilmore VIC 3764")}
ABN 51 824 753 556 · {p(ph("AU"))} · {e("bill@harrowplumbing.com.au")}

TAX INVOICE  INV-2024-0417                      Date: 17/04/2024   Due: 01/05/2024

Bill to:
{n("Meredith Carr")}
{a("88 Sydney Street, Kilmore VIC 3764")}

Description                                   Qty    Unit      Amount
Call-out fee                                    1    95.00      95.00
Replace hot water system (Rheem 315L)           1  1,840.00  1,840.00
Labour (hours)                                  3    110.00     330.00
                                                     GST       226.50
                                                     TOTAL   2,491.50

Payment: direct deposit BSB 063-512 Acc 1099 3382, reference INV-2024-0417, or card over the phone.
Thank you for your business, {n("Meredith")}!
""")

add("shipping", "en", f"""
FROM:                                   SHIP TO:
{n("Keisha Monroe-Grant")}                     {n("Tobias Lindgren")}
{a("940 Peachtree St NE, Unit 1503")}          {a("Hornsgatan 41")}
{a("Atlanta, GA 30309")}                       {a("118 49 Stockholm")}
USA                                      SWEDEN
Tel {p("+1 404-873-1150")}                      Tel {p("+46 70 482 19 33")}

USPS PRIORITY MAIL INTERNATIONAL   Tracking: LZ 508 114 236 US
Weight: 1.8 lb   Customs CN22: gift — knitted blanket, value USD 60.00
""")

add("travel", "en", f"""
BOOKING CONFIRMATION   Record locator: QX7LMP
Passengers:
 1. {n("OYELARAN/ADEBOLA")} MRS     DOB {d("12MAR1984")}   PP {pid(passport("NG"))}  exp 22NOV2029
 2. {n("OYELARAN/TUNDE")} MR       DOB {d("05SEP1981")}   PP {pid(passport("NG"))}  exp 03JUL2028
 3. {n("OYELARAN/DAMILOLA")} MSTR  DOB {d("19JAN2016")}   PP {pid(passport("NG"))}  exp 19JAN2027

Itinerary:
 LOS-LHR  BA 0074  14JUL  23:05  06:05+1  Economy  Seats 42A 42B 42C
 LHR-LOS  BA 0075  02AUG  11:15  18:25    Economy

Contact: {e("bola.oyelaran@yahoo.com")}  Mobile {p("+234 803 412 7765")}
Paid by: VISA ending 5512   Total NGN 4,812,300.00
Frequent flyer: BA 12094478 ({n("Adebola")})
""")

add("school", "en", f"""
St. Columba's Primary School — Enrolment Form 2024/25

CHILD
Surname: {n("O'DONNELL")}        First name(s): {n("Fionn Patrick")}
Date of birth: {d("22/08/2019")}      PPSN: {pid(ppsn())}
Home address: {a("6 Hazelwood Crescent, Letterkenny, Co. Donegal F92 P2X8")}

PARENT / GUARDIAN 1
Name: {n("Gráinne O'Donnell")}   Relationship: mother   Mobile: {p(ph("IE"))}   Email: {e("grainneodonnell@gmail.com")}
PARENT / GUARDIAN 2
Name: {n("Ciarán O'Donnell")}    Relationship: father   Mobile: {p(ph("IE"))}

Siblings already attending: {n("Aoibheann")} (3rd class)
Medical: mild asthma, inhaler kept in school office. GP: Dr {n("Mairéad Kelly")}, {p("074 912 2310")}
Start date: 28 August 2024        Form received: 14/03/2024 (office use: MF)
""")

add("police", "en", f"""
INCIDENT REPORT  — Reference 24/118042   Officer: PC 4471 {n("J. Wainwright")}

Date/time reported: 19/05/2024 22:10
Location: outside {a("31 Alma Road, Southsea PO4 0HU")}

PERSON 1 (complainant)
Name: {n("Natalia Grabowska")}   DOB: {d("02/11/1995")}   Nationality: Polish
Address: {a("31 Alma Road, Southsea PO4 0HU")}
Tel: {p(ph("GB"))}   ID seen: Polish passport {pid(passport("PL"))}

PERSON 2 (suspect)
Name: {n("Lee Tranter")}   DOB: {d("17/03/1989")}
Address: no fixed abode, previously {a("Flat 9, Hanway House, Arundel Street, Portsmouth PO1 1NG")}
PNC ID 09/441782X (not a national ID; internal reference)

WITNESS
{n("Abdulrahman Yusuf")}, taxi driver, {p(ph("GB"))}, states he saw PERSON 2 kick the front door at approx. 21:50
and shout at the complainant through the letterbox.

Action taken: PERSON 2 located on Albert Road at 22:40 and arrested. Body-worn video ref BWV-4471-0519-03.
""")

add("cv", "en", f"""
{n("PRIYA RAGHUNATHAN")}
Senior Data Engineer
{a("Flat 4B, Sai Krupa Apartments, 12th Main Road, Indiranagar, Bengaluru 560038")} · {p("+91 98452 17730")} · {e("priya.r.dataeng@gmail.com")}
Date of birth: {d("17 January 1990")} · Nationality: Indian · Passport: {pid(passport("IN"))}

PROFILE
Data engineer with 10 years of experience building batch and streaming pipelines (Spark 3.4, Kafka 3.6, Airflow 2.8).

EXPERIENCE
2019–present  Flipkart, Bengaluru — Senior Data Engineer
  • Migrated 400+ Airflow DAGs to Kubernetes executor; cut infra cost by 28%.
2014–2019     Infosys, Mysuru — Software Engineer
  • Built ETL for a UK retail client, 2 TB/day.

EDUCATION
2010–2014  B.Tech, Computer Science, NIT Tiruchirappalli (CGPA 8.7/10)

REFERENCES
{n("Dr. Venkatesh Iyer")}, Head of Data Platform, Flipkart — {e("venkatesh.iyer@flipkart.com")}
{n("Ananya Bose")}, former manager, Infosys — {p("+91 99001 44812")}
""".replace(n("Dr. Venkatesh Iyer"), "Dr. " + n("Venkatesh Iyer")))

add("obituary", "en", f"""
{n("MARGARET ROSE (PEGGY) FITZGERALD")}
née {n("Brennan")}

{n("Peggy Fitzgerald")}, late of {a("14 Convent Road, Clonmel, Co. Tipperary")}, passed away peacefully at South Tipperary
General Hospital on Sunday, 9 June 2024, surrounded by her loving family. Born in Cashel on {d("2 February 1936")},
{n("Peggy")} was predeceased by her husband {n("Jack")} and her brother {n("Fr. Seán Brennan")}.

Sadly missed by her children {n("Noel")}, {n("Bernadette")} ({n("Bernie")}) and {n("Declan")}, sons-in-law and daughters-in-law,
grandchildren {n("Aisling")}, {n("Cormac")}, {n("Rose")} and {n("Hope")}, great-grandson {n("Oisín")}, neighbours and friends.

Reposing at Ryan's Funeral Home, Gladstone Street, Clonmel on Tuesday from 5pm to 7pm. Requiem Mass on Wednesday
at 11am in SS. Peter and Paul's Church, followed by burial in St. Patrick's Cemetery.
Family flowers only please; donations, if desired, to the Irish Hospice Foundation.
""".replace(n("Fr. Seán Brennan"), "Fr. " + n("Seán Brennan")))

add("invitation", "en", f"""
Together with their families

{n("GRACE AMARA OKONKWO")}
&
{n("DANIEL JAMES HOLLOWAY")}

request the pleasure of your company
at the celebration of their marriage
on Saturday, the fourteenth of September, two thousand and twenty-four
at three o'clock in the afternoon

Holy Trinity Church, Guildford
and afterwards at Loseley Park

RSVP by 1 August to {n("Grace")} — {p("07841 226 903")} or {e("grace.and.dan.2024@gmail.com")}
Please let us know of any dietary requirements.
Gifts: your presence is the best gift, but if you wish, our honeymoon fund details are on the card inside.
""")

add("minutes", "en", f"""
Minutes — Riverside Allotment Association, committee meeting
Date: 12 March 2024, 19:30, Riverside Community Hall

Present: {n("Margaret Oyelowo")} (chair), {n("Tom Fairweather")} (treasurer), {n("Jadwiga Nowak")}, {n("Will Pemberton")}, {n("Hye-jin Park")}
Apologies: {n("Ahmed Rashid")}, {n("Summer Lowe")}

1. Minutes of the last meeting approved (proposed TF, seconded JN).
2. Treasurer's report: balance £3,412.17. Two plot holders in arrears — {n("Tom")} to write to them.
3. Plot 14: vacated by {n("Mr. Derek Hollis")}; offered to {n("Priya Sandhu")}, {a("7 Mill Lane, Wareham BH20 4QP")}, next on the waiting list.
   Her phone is {p(ph("GB"))}; {n("Jadwiga")} to show her the plot on Saturday.
4. Water troughs: {n("Will")} reported a leak at trough 3; quote from the plumber £180. Approved.
5. AOB: the shed key code changes on 1 April. New code to be circulated by text only, not email.

Actions
- TF: arrears letters by 20 March
- JN: contact {n("Priya")} re plot 14
- WP: book plumber

Next meeting: 9 April 2024.
""".replace(n("Mr. Derek Hollis"), "Mr. " + n("Derek Hollis")))

add("vcard", "en", f"""
BEGIN:VCARD
VERSION:3.0
N:{n("Kowalczyk;Tomasz")};;;
FN:{n("Tomasz Kowalczyk")}
ORG:Kowalczyk Renovations Ltd
TITLE:Owner
TEL;TYPE=CELL:{p("+44 7712 408 316")}
TEL;TYPE=WORK:{p("01865 774 201")}
EMAIL;TYPE=INTERNET:{e("tkowalczyk@protonmail.com")}
ADR;TYPE=WORK:;;{a("Unit 5, Horspath Industrial Estate;Oxford;;OX4 2RD")};UK
BDAY:{d("1981-04-27")}
NOTE:Recommended by {n("Jenny")} from no. 22 — did our kitchen in 2023.
END:VCARD
""")

add("html", "en", f"""
<div class="contact-card">
  <img src="/img/staff/okafor.jpg" alt="Photo of {n("Dr. Nkechi Okafor")}">
  <h3>{n("Nkechi Okafor")}, MRCGP</h3>
  <p class="role">GP Partner — Elmwood Surgery</p>
  <ul>
    <li>Direct line: <a href="tel:{p("+441865310118")}">{p("+44 1865 310118")}</a></li>
    <li>Email: <a href="mailto:{e("n.okafor@nhs.net")}">{e("n.okafor@nhs.net")}</a></li>
    <li>Clinics: Mon, Tue, Thu</li>
  </ul>
  <p class="pa">PA: {n("Lorraine Bell")} — {p("01865 310 224")}</p>
</div>
""".replace(n("Dr. Nkechi Okafor"), "Dr. " + n("Nkechi Okafor")))

add("news", "en", f"""
Pensioner praised for rescuing neighbour from house fire

A 78-year-old grandmother has been praised by firefighters after she dragged her neighbour from his burning
kitchen in Bedminster on Tuesday evening.

{n("Rosemary Atkins")}, who has lived at {a("42 Greville Road")} for more than fifty years, heard the smoke alarm next door
and found {n("Kevin Osei")}, 51, unconscious on the floor. "I just grabbed him by the jumper and pulled," she said.
"{n("Kevin")}'s a big lad, so I don't know how I managed it."

Mr {n("Osei")} was treated for smoke inhalation at the Bristol Royal Infirmary and is expected to make a full recovery.
His daughter, {n("Abena Osei-Bonsu")}, said the family would be "forever grateful" to Mrs {n("Atkins")}.

Avon Fire & Rescue Service station manager {n("Craig Lucas")} said the fire was caused by an unattended chip pan
and urged residents to test their smoke alarms monthly.
""")

add("letter", "en", f"""
{n("Mr A. J. Pritchard")}
{a("9 Heol y Felin")}
{a("Rhiwbina, Cardiff CF14 6NN")}

Council Tax Department
Cardiff Council
County Hall, Atlantic Wharf
Cardiff CF10 4UW

23 April 2024

Your reference: CT 4410228751

Dear Sir or Madam,

I am writing to request a single person discount from 1 March 2024. My wife, {n("Eluned Pritchard")} (born
{d("12 October 1948")}), moved into Bryn Ivor Lodge care home on that date and will not be returning home.

My National Insurance number is {pid(nino(True))} and hers is {pid(nino(True))}. I enclose a letter from the
care home manager. Please contact me on {p("029 2061 7743")} if you need anything else; I am not on email.

Yours faithfully,

Alun Pritchard
""".replace(n("Mr A. J. Pritchard"), "Mr " + n("A. J. Pritchard")).replace("\nAlun Pritchard\n", "\n" + n("Alun Pritchard") + "\n"))

add("diary", "en", f"""
Sunday 7th April

Rain all day. Took Mum to see Auntie {n("Bridget")} in the home — she didn't know either of us today, kept calling me
"{n("Maureen")}", which was her sister's name. The nurse ({n("Joy")}, the kind one from Kerala) says it's worse in the
afternoons. Mum cried in the car.

Rang {n("Colm")} when we got back. He's still at {a("Flat 2, 61 Rathmines Road Lower, Dublin 6")} but moving to Cork in May.
He wants me to keep his post — told him fine. Wrote his new number in the back of this book: {p("085 771 4032")}.

Must remember: Mum's pension review form needs her PPS number ({pid(ppsn())}) and her date of birth, which
is {d("4 December 1941")}, and the form says to write it as DD/MM/YYYY which I always forget. Due back by the 19th.
""")

add("review", "en", f"""
★★★★★  "Best brunch in Leith"  — {n("Hamish Grant")}, Edinburgh, 3 visits
The shakshuka was perfect and {n("Lina")} at the counter remembered my order from last month. Dog friendly too!

★★☆☆☆  "Slow service"  — {n("Rich Oduya")}, 12 Mar 2024
Waited 40 minutes for two coffees. The owner, {n("Karim")}, apologised and didn't charge us, which was decent.

★★★★☆  "Lovely but pricey" — {n("Summer")} (verified guest)
Great pastries. £4.20 for a croissant is a lot though.

Owner response from {n("Karim Haddad")}: Thank you all! {n("Rich")}, sorry again — we were two staff down that morning.
""")

add("forum", "en", f"""
Re: Home Assistant can't reach my MQTT broker after router swap  [SOLVED]

Posted by {n("gareth")}_w » Sat Jun 01, 2024 9:12 pm

ok so I'm an idiot. New ISP router gave the Pi a different lease. For anyone searching later, my config was:

mqtt:
  broker: 192.168.1.50
  port: 1883
  username: ha_mqtt
  password: {k("Nerys2019!bluebell")}

and I'd also hard-coded the old WAN address {ip("86.142.77.203")} in the port forward, which obviously changed too.
Also for the record the broker URL in my Node-RED flow was {u("mqtt://ha_mqtt:Nerys2019!bluebell@86.142.77.203:1883")}
— yes I know, I've changed the password now 😅 Thanks {n("Paul")} and {n("Deepika")} for the help.
""".replace("{n(\"gareth\")}_w", "gareth_w"))

add("issue", "en", f"""
### Bug: `sync` command crashes with 401 after token refresh

**Version:** cloudsync-cli 3.9.4 (also 3.9.3)
**OS:** Ubuntu 22.04

**Steps to reproduce**
1. `cloudsync login`
2. wait > 1 h
3. `cloudsync sync ~/Documents`

**Log**
```
DEBUG http: POST https://api.cloudsync.dev/v2/token -> 200
DEBUG auth: refreshed, new bearer {k(jwt({"sub": "u_8813042", "email": "lena.fischer@posteo.de", "exp": 1717690000}))}
DEBUG http: GET https://api.cloudsync.dev/v2/files?cursor=eyJwYWdlIjozfQ -> 401
ERROR sync failed: unauthorized (request id 7f3e0c1b-2d4a-4c19-9a0e-5b6f8d2e1c47)
```

**Expected** sync continues with the refreshed token.

_Edit: oops, that log has my real token in it. It has expired by now, but mods please redact it. — {n("Lena")}_

---
**Comment by maintainer {n("Ivo Marković")}:** redacted in our copy, thanks. The cursor value isn't sensitive.
Fixed in 3.9.5 (#1882).
""")

add("config", "en", f"""
# .env.production — DO NOT COMMIT  (committed by accident in a1c9e77, rotated 2024-05-02)
NODE_ENV=production
PORT=8080
DATABASE_URL={u("postgres://shop_admin:q9LmT2v!xR7w@db-prod-01.eu-west-1.rds.amazonaws.com:5432/shop")}
REDIS_URL={u("redis://default:Zt0pH4cKs9Wb@cache-prod.internal:6379/0")}
STRIPE_SECRET_KEY={k(stripe_key())}
STRIPE_PUBLISHABLE_KEY=pk_live_placeholder_see_dashboard
SENDGRID_API_KEY={k("SG." + rnd(22) + "." + rnd(43))}
JWT_SIGNING_SECRET={k(hexs(64))}
GOOGLE_MAPS_KEY={k(google_key())}
ADMIN_EMAIL={e("mirela.vasilescu@shopfront.ro")}
LOG_LEVEL=info
FEATURE_FLAGS=checkout_v2,klarna
""")

add("shell", "en", f"""
  501  ssh deploy@10.0.4.21
  502  export PGPASSWORD={k("Wint3r!sComing-88")}
  503  psql -h 10.0.4.30 -U reporting -d analytics -c "select count(*) from events where ts > now() - interval '1 day'"
  504  curl -u admin:{k("Adm1n#Kestrel")} https://jenkins.internal.corp:8443/job/nightly/lastBuild/api/json
  505  mysql -u root -p'{k("t0psecret!Maple")}' -h 127.0.0.1 crm < dump_2024-06-01.sql
  506  git clone {u("https://oauth2:glpat-" + rnd(20) + "@gitlab.internal.corp/platform/terraform.git")}
  507  docker login -u ci-bot -p {k(rnd(32, string.ascii_lowercase + string.digits))} registry.internal.corp
  508  history -c
""")

add("chat", "en", f"""
[02/05/2024, 18:42:11] {n("Mum")}: Has anyone got {n("Grandad")}'s new address for the birthday card?
[02/05/2024, 18:44:30] {n("Ellie")}: {a("Flat 12, Beechwood Court, 40 Grange Road, Darlington DL1 5NR")}
[02/05/2024, 18:44:52] {n("Ellie")}: his landline isn't working yet, use his mobile {p("07893 115 402")}
[02/05/2024, 18:45:03] {n("Mum")}: Thanks love ❤️
[02/05/2024, 19:10:47] {n("Josh")}: also reminder he turns 80 on the 14th!! born {d("14 May 1944")} if anyone's doing the photo book
[02/05/2024, 19:11:20] {n("Auntie Pam")}: I'll send £20 to whoever is organising
[02/05/2024, 19:13:02] {n("Ellie")}: me 🙋‍♀️ my account is {ib(iban("GB"))} (E Marsh)
[02/05/2024, 19:13:40] {n("Josh")}: 👍
""".replace("{n(\"Mum\")}", "Mum").replace(n("Mum"), "Mum").replace(n("Grandad"), "Grandad").replace("(E Marsh)", "(" + n("E Marsh") + ")").replace(n("Auntie Pam"), "Auntie " + n("Pam")))

add("chat", "en", f"""
*** Topic for #homelab: no pastebin links to configs with passwords pls
[21:03] <{n("tormund")}> anyone running wireguard on an edgerouter?
[21:04] <kx_44> yeah, what's up
[21:05] <{n("tormund")}> handshake never completes. peer endpoint is my brother's place {ip("92.41.177.208")}:51820
[21:05] <kx_44> is his isp cgnat? 92.41 looks like three uk mobile broadband
[21:06] <{n("tormund")}> ah. yes it's a 4g box. damn
[21:07] <kx_44> use a vps relay, or tailscale
[21:09] <{n("tormund")}> my own end is {ip("2a02:c7c:7f21:5e00:9c2a:11ff:fe43:6b1d")} btw, v6 works fine
[21:10] <dwarfstar> tormund: you just posted your home v6 in a logged channel lol
[21:10] <{n("tormund")}> lol whatever, it's behind nftables
""".replace("<" + n("tormund") + ">", "<tormund>"))

add("chat", "en", f"""
{n("Laura Bennett")} (HR) 10:02
Hi {n("Marcus")}, welcome aboard! For payroll I still need your SSN, bank details and emergency contact — you can reply
here, the channel is private.

{n("Marcus O'Connell-Reyes")} 10:15
Hi {n("Laura")}! SSN is {ss(ssn())}. Direct deposit: Chase routing 322271627, account 5549 0188 73.
Emergency contact is my partner {n("Sam Reyes")}, {p(ph("US"))}.
Home address changed last month: {a("1209 Alder St, Eugene, OR 97401")}

{n("Laura Bennett")} (HR) 10:17
Perfect, thanks. I've put it into Workday and deleted my notes. Your start date stays 3 June, badge photo at 9am.
""")


def sa_id(y, mo, dd, female=False):
    g_ = R.randint(0, 4999) if female else R.randint(5000, 9999)
    s_ = "%02d%02d%02d%04d0%d" % (y % 100, mo, dd, g_, R.choice([8, 9]))
    for x_ in range(10):
        if luhn(s_ + str(x_)):
            return s_ + str(x_)


def sin_ca():
    while True:
        s_ = str(R.choice([1, 2, 3, 4, 5, 6, 7])) + digits(7)
        for x_ in range(10):
            if luhn(s_ + str(x_)):
                s_ = s_ + str(x_)
                return "%s %s %s" % (s_[:3], s_[3:6], s_[6:])


def nric(prefix="S"):
    dg = digits(7)
    w = [2, 7, 6, 5, 4, 3, 2]
    t = sum(int(x_) * y_ for x_, y_ in zip(dg, w)) + (4 if prefix in "TG" else 0)
    return prefix + dg + ("JZIHGFEDCBA" if prefix in "ST" else "XWUTRQPNMLK")[t % 11]


add("agreement", "en-IN", f"""
LEAVE AND LICENCE AGREEMENT

This Agreement is executed at Pune on this 5th day of April, 2024, BETWEEN

{n("Shri Vinayak Damodar Joshi")}, aged about 63 years, Occupation: Retired, residing at {a("Flat No. 7, Shrikrupa Co-op Housing Society, Karve Nagar, Pune 411052")},
PAN {pid(pan("Joshi"))}, Aadhaar No. {pid(aadhaar())}, hereinafter called the "LICENSOR",

AND

{n("Ms. Ritika Sharma")}, D/o {n("Rakesh Sharma")}, born on {d("23.09.1998")}, Occupation: Service (TCS), permanent
address {a("H. No. 221, Sector 15-A, Faridabad, Haryana 121007")}, PAN {pid(pan("Sharma"))}, mobile {p(ph("IN"))},
hereinafter called the "LICENSEE".

WHEREAS the Licensor is the owner of {a("Flat No. 12, 3rd Floor, Wing B, Green Meadows, Kothrud, Pune 411038")}
(the "Licensed Premises") ...

1. Period: 11 months from 10/04/2024 to 09/03/2025.
2. Licence fee: Rs. 22,000/- per month, payable on or before the 5th of every month into the Licensor's account
   (SBI, A/c 30419876552, IFSC SBIN0001634).
3. Deposit: Rs. 1,00,000/- (refundable, interest-free).

WITNESSES:
1. {n("Anil Kulkarni")}, {a("Plot 14, Mayur Colony, Kothrud, Pune 411038")}
2. {n("Pooja Deshpande")}, mobile {p(ph("IN", True))}
""".replace(n("Shri Vinayak Damodar Joshi"), "Shri " + n("Vinayak Damodar Joshi")).replace(n("Ms. Ritika Sharma"), "Ms. " + n("Ritika Sharma")))

add("email", "en-IN", f"""
To: customercare@bank.example.in
Subject: Complaint — unauthorised transaction on debit card, A/c ending 4471

Respected Sir/Madam,

I, {n("Gurpreet Kaur Sandhu")}, hold a savings account at your Sector 17 branch, Chandigarh. On 28/05/2024 at
11:52 PM an amount of Rs. 48,999 was debited from my account through my debit card {c(card("visa"))} at an online
merchant "GAMESTORE*DIGI". I did not make this transaction and the card was with me at all times.

I have already blocked the card through the app (complaint no. SR-2405-88213) and filed a cyber-crime complaint
on 1930 portal. Kindly reverse the amount as per RBI circular on customer liability.

My details for verification:
Registered mobile: {p(ph("IN", True))}
Date of birth: {d("19/11/1985")}
Address: {a("H.No. 1142, Sector 21-B, Chandigarh 160022")}

Thanking you,
{n("Gurpreet Kaur Sandhu")}
""")

add("classified", "en-IN", f"""
MATRIMONIAL — BRIDE WANTED
Well-settled Telugu Brahmin family seeks alliance for son, 31, 5'10", M.Tech (IIT Madras), working as senior
engineer in Hyderabad, CTC 38 LPA. Born {d("14 August 1992")} at 06:40 AM, Vijayawada (for horoscope matching).
Father retired from APSRTC. Contact: {n("Ramakrishna Sastry")} — {p("98490 22716")}, {e("sastry.family.alliance@gmail.com")}.
Caste no bar for the right match. Photos exchanged on request only.
""")

add("chat", "en-IN", f"""
Sunshine Heights RWA 🏢
[7:02 am] {n("Meenakshi Iyer")} (C-304): Water tanker has come, please tell your maids to not use the lift for buckets 🙏
[7:15 am] {n("Rohit Bansal")} (A-1102): Who parked a white Creta in my slot again? DL 8C AF 4417. Please move.
[7:16 am] {n("Sanjay")} (Security): Sir it belongs to guest of B-702, informing them
[7:40 am] {n("Farhan Siddiqui")} (B-702): Sorry {n("Rohit")} ji, my brother-in-law. Moving now.
[8:05 am] {n("Meenakshi Iyer")} (C-304): New plumber number for everyone: {n("Ramesh")} {p("+91 99596 10342")}, charges 300 per visit
[8:06 am] {n("Kavya Reddy")} (D-210): Thanks aunty! Also maintenance for June is due by 10th, UPI to treasurer {n("Suresh Nair")} — {p("98860 44219")}
""")

b4 = datetime.date(1968, 3, 2)
add("form", "en-NG", f"""
GUARANTOR'S FORM — Ikeja Microfinance Bank Ltd

Applicant: {n("Mr. Chinedu Okafor")}   Loan ref: LN/IKJ/2024/00731   Amount: ₦2,500,000

GUARANTOR'S DETAILS
Surname: {n("ADEYEMI-BELLO")}        Other names: {n("Ngozi Folasade")}
Date of birth: {d("02/03/1968")}           Marital status: Married
National Identification Number (NIN): {pid(digits(11))}
International passport no.: {pid(passport("NG"))}
Residential address: {a("Plot 22, Gana Street, Maitama, Abuja")}
Office address: Federal Ministry of Works, Mabushi, Abuja
Phone: {p(ph("NG"))}, {p(ph("NG", True))}        Email: {e("ngozi.adeyemibello@yahoo.com")}
Relationship with applicant: family friend (known for 15 years)

I, the undersigned, undertake to repay the loan in the event of default by the applicant.

Signature: ____________   Date: 14/06/2024   Witness: {n("Babatunde Akinola")}, Branch Officer
""".replace(n("Mr. Chinedu Okafor"), "Mr. " + n("Chinedu Okafor")))

add("bulletin", "en-NG", f"""
RCCG House of Praise Parish, Ikorodu — Sunday Bulletin, 2nd June 2024

BIRTHDAYS THIS WEEK 🎂
• Deaconess {n("Funmilayo Adeyemi")} — celebrating 64 years! (born {d("3rd June 1960")})
• Bro. {n("Emmanuel Chukwuemeka")} — {d("5th June 1991")}
• Sis. {n("Blessing Etim")} and her twin {n("Gift Etim")} — {d("7th June 2001")}

THANKSGIVING
The family of Pastor {n("Segun Oladipo")} thanks God for the safe delivery of a baby girl, {n("Oluwadarasimi")}.

WELFARE
Please remember Elder {n("Joseph Okon")} who is recovering at LASUTH. Contributions to welfare secretary,
Sis. {n("Ronke Bamidele")}, {p("0816 334 9021")}.

Youth meeting holds Saturday 4pm. All are welcome!
""")

add("form", "en-KE", f"""
KIMBILIO SACCO SOCIETY LTD — MEMBERSHIP APPLICATION

Full name: {n("WANJIKU MUTHONI KAMAU")}
National ID No.: {pid(digits(8))}        KRA PIN: {pid("A" + digits(9) + "K")}
Date of birth: {d("21-04-1990")}         Gender: F
Postal address: P.O. Box 4471-00200, Nairobi
Physical address: {a("Kilimani, Argwings Kodhek Road, Hse No. 21, Nairobi")}
Mobile (M-PESA): {p(ph("KE"))}    Alt: {p(ph("KE", True))}
Email: {e("wanjiku.kamau90@gmail.com")}
Employer: Kenya Power & Lighting Co., Stima Plaza

NEXT OF KIN
Name: {n("Peter Kamau Njoroge")}   Relationship: spouse   Tel: {p(ph("KE"))}   ID No.: {pid(digits(8))}

NOMINEES (for benefits)
1. {n("Brian Kamau")}, son, born {d("09/02/2015")}, 50%
2. {n("Faith Wairimu Kamau")}, daughter, born {d("17/11/2018")}, 50%

Entrance fee KES 1,000 paid via M-PESA ref SFG7K2LQ9T on 03/05/2024.
""")

add("chat", "en-KE", f"""
Customer: hello, i sent 3,500 to wrong number yesterday at 8pm. i wanted {p("0722 419 306")} but typed {p("0722 491 306")}
Agent ({n("Mercy")}): Sorry for the inconvenience. Kindly share the M-PESA transaction code and your full name as per ID.
Customer: SF82HQ4TZ1. name is {n("Otieno Kevin Ochieng")}
Agent ({n("Mercy")}): Thank you {n("Kevin")}. Please confirm your ID number and year of birth.
Customer: ID {pid(digits(8))}, born {d("12/7/1994")}
Agent ({n("Mercy")}): Thank you. The recipient has been notified and the amount is on hold.
Agent ({n("Mercy")}): If they do not object within 24 hours it will be reversed to your line.
""")

add("court", "en", f"""
SUPERIOR COURT OF CALIFORNIA, COUNTY OF ALAMEDA — SMALL CLAIMS

PLAINTIFF: {n("Rosalind Oyelaran-Pike")}
Address: {a("1547 Cedar Street, Berkeley, CA 94703")}        Phone: {p(ph("US"))}

DEFENDANT: {n("Gregory Marsh")}, individually and dba "Marsh Handyman Services"
Address: {a("3209 Foothill Blvd, Oakland, CA 94601")}

Case No.: 24SC012775         Hearing: July 22, 2024, 8:30 a.m., Dept. 102

PLAINTIFF'S CLAIM: Defendant owes me $4,850 because he was paid in full on January 9, 2024 for re-roofing my
garage and abandoned the job after two days. I asked him to finish or refund on February 1 and March 15 (letters
attached). Defendant's cell, which he now does not answer, is {p(ph("US"))}.

I declare under penalty of perjury under the laws of the State of California that the foregoing is true.
Date: April 30, 2024            {n("Rosalind Oyelaran-Pike")}
""")

add("form", "en", f"""
RENTAL APPLICATION — Maple Court Apartments, Unit 3C

Applicant: {n("Jamal Whitaker")}               Date of Birth: {d("08/19/1993")}
SSN: {ss(ssn())}           Driver's License: IL {pid("W362-" + digits(4) + "-" + digits(4))}
Current address: {a("6120 S Kenwood Ave, Apt 2F, Chicago, IL 60637")}   Since: 06/2021   Rent: $1,350
Previous address: {a("901 E 47th St, Chicago, IL 60653")}
Phone: {p(ph("US"))}       Email: {e("jwhitaker93@gmail.com")}

Employer: Rush University Medical Center — Respiratory Therapist, since 03/2019
Monthly gross income: $5,900        Supervisor: {n("Denise Alvarez")}, {p(ph("US"))}

Co-applicant: {n("Tanisha Whitaker")}   DOB {d("02/27/1995")}   SSN {ss(ssn())}

Emergency contact: {n("Loretta Whitaker")} (mother), {p(ph("US"))}
I authorize Maple Court LLC to obtain a credit report. Signature: J. Whitaker   Date: 05/09/2024
""".replace("Signature: J. Whitaker", "Signature: " + n("J. Whitaker")))

add("email", "en", f"""
From: {n("Rebecca Thornton-Hale")} <{e("rebecca.th@fastmail.com")}>
To: dpo@northbridge-fitness.example
Subject: Subject Access Request under Article 15 UK GDPR

Dear Data Protection Officer,

I am a former member of your Reading (Oracle) club. Under Article 15 of the UK GDPR I request a copy of all
personal data you hold about me, including CCTV stills, entry logs and any notes about my account cancellation.

To help you locate my records:
 - Full name: {n("Rebecca Louise Thornton-Hale")} (previously {n("Rebecca Thornton")})
 - Date of birth: {d("30 January 1991")}
 - Membership number: NBF-0044817
 - Address while a member: {a("27 Addington Road, Reading RG1 5PZ")}
 - Current address: {a("3 Queens Walk, Stamford PE9 2QE")}
 - Mobile: {p(ph("GB", True))}

Please respond within one calendar month. I do not consent to you contacting me by phone about this request.

Yours faithfully,
{n("Rebecca Thornton-Hale")}
""")

add("email", "en", f"""
Subject: Your order #ND-4471820 has shipped!

Hi {n("Anneke")},

Great news — your order is on its way.

Delivering to:
{n("Anneke de Groot")}
{a("Flat 5, 19 Marchmont Crescent")}
{a("Edinburgh EH9 1HN")}

Items: 1 × Trail Runner GTX (EU 39) — £129.00
       2 × Merino socks — £24.00
Paid with: Mastercard •••• 4471

Carrier: DPD — tracking 15501234567890, expected Thursday 13 June.
Questions? Reply to this email or call us free on 0800 xxx xxxx (Mon–Fri).
""")

add("statement", "en", f"""
Monzo — Statement for {n("Mr Tobiah Adekunle-Smith")}
Account IBAN: {ib(iban("GB"))}     Sort code 04-00-04  Account 3818 2271
Period: 01/05/2024 – 31/05/2024

Date        Description                              Amount      Balance
02/05/2024  Salary BRIGHTWELL ENGINEERING LTD       +2,814.55    3,120.18
03/05/2024  Transfer to {n("KEMI ADEKUNLE")} (mum birthday)     -150.00    2,970.18
05/05/2024  TfL Travel Ch                            -7.80      2,962.38
09/05/2024  Transfer from {n("J O'SULLIVAN")} "pub quiz"         +12.50    2,974.88
15/05/2024  Rent to {ib(iban("GB"))} {n("H PATEL")}   -1,150.00    1,824.88
28/05/2024  Tesco Stores 2231                       -64.17     1,760.71
""".replace(n("Mr Tobiah Adekunle-Smith"), "Mr " + n("Tobiah Adekunle-Smith")))

add("report", "en", f"""
EXPENSE CLAIM — March 2024
Employee: {n("Nadia Kowalczyk-Hart")}        Employee no. 40213      Cost centre: 7100-SALES
Corporate card: {c(card("amex"))}  (Amex Corporate Green)

Date       Merchant                    Category      GBP       Receipt
04/03/24   Premier Inn Leeds City      Hotel         96.00     Y
04/03/24   LNER                        Rail          142.30    Y
05/03/24   Zizzi Leeds (client dinner) Meals         88.40     Y   attendees: {n("Marcus Lee")}, {n("Harriet Okoye")} (Ventrix)
12/03/24   Uber                        Taxi          18.75     N   (lost)
Total                                                 345.45

Approved by: {n("G. Whitcombe")} 02/04/2024
""")

add("form", "en", f"""
APPLICATION FOR SCHENGEN VISA — (extract, section 1–21)
1. Surname: {n("RAHMAN")}
2. Surname at birth: {n("RAHMAN")}
3. First name(s): {n("MD ASIF")}
4. Date of birth: {d("1987-10-02")}     5. Place of birth: Sylhet     6. Country of birth: Bangladesh
9. Sex: M    10. Civil status: married
13. National identity number: {pid(digits(10))}
14. Travel document: ordinary passport   15. Number: {pid("A" + digits(8))}   16. Date of issue: 2021-08-15   17. Valid until: 2031-08-14
19. Applicant's home address: {a("House 12, Road 7, Sector 4, Uttara, Dhaka 1230")}   E-mail: {e("asif.rahman.bd@gmail.com")}   Phone: {p("+880 1711 482 903")}
21. Current occupation: Software engineer, BJIT Ltd.
31. Inviting person: {n("Farhana Chowdhury")}, {a("Lindenstraße 8, 60325 Frankfurt am Main")}, {p("+49 69 2648 1130")}
""")

# ============================================================ German
add("email", "de", f"""
Von: {n("Jürgen Haßelbach")} <{e("juergen.hasselbach@t-online.de")}>
An: Kundenservice Stadtwerke <service@stadtwerke.example>
Datum: 12.03.2024 21:47
Betreff: AW: Ihre Zählerstandsmeldung / Vertragskonto 4007 1182 33

Sehr geehrte Damen und Herren,

leider stimmt die Abrechnung immer noch nicht. Ich wohne seit dem 1. Februar nicht mehr in der
{a("Lindenstraße 42, 10969 Berlin")}, sondern in der {a("Wrangelstraße 17, 10997 Berlin")} (3. OG links).
Der Zählerstand bei Auszug war 48.211 kWh, das Foto habe ich Ihnen bereits am 02.02. geschickt.

Bitte buchen Sie die Abschläge ab sofort von meinem neuen Konto ab:
IBAN {ib(iban("DE"))}, Kontoinhaber {n("Jürgen Haßelbach")}.

Für Rückfragen bin ich tagsüber unter {p("0170 2539627")} erreichbar.

Mit freundlichen Grüßen
{n("Jürgen Haßelbach")}
geb. {d("03.03.2001")}

-----Ursprüngliche Nachricht-----
Von: Kundenservice Stadtwerke
Gesendet: Montag, 11. März 2024 09:12
Betreff: Ihre Zählerstandsmeldung

Sehr geehrter Herr {n("Haßelbach")},
vielen Dank für Ihre Nachricht. Leider konnten wir Ihre Meldung keinem Zähler zuordnen. Bitte nennen Sie uns
die Zählernummer (1ESY1160523847) und Ihr Geburtsdatum zur Verifizierung.
Mit freundlichen Grüßen, {n("Sandra Weller")}, Kundenservice
""")

add("form", "de", f"""
PATIENTENAUFNAHME — Praxis Dr. med. {n("Annette Vogelsang")}, Fachärztin für Allgemeinmedizin

Name, Vorname:        {n("Köhler-Brandt, Anneliese")}
Geburtsdatum:         {d("03.07.1991")}
Anschrift:            {a("Am Mühlbach 7a, 83022 Rosenheim")}
Telefon / Mobil:      {p("08031 228814")} / {p(ph("DE"))}
E-Mail:               {e("a.koehler-brandt@posteo.de")}
Krankenkasse:         AOK Bayern     Versichertennr.: K{digits(9)}
Hausarzt bisher:      Dr. {n("Wimmer")}, Kolbermoor
Notfallkontakt:       {n("Thomas Brandt")} (Ehemann), {p(ph("DE", True))}

Allergien: Pollen, Nickel         Dauermedikation: L-Thyroxin 50 µg
Ich bin damit einverstanden, dass Befunde an meinen Hausarzt übermittelt werden. ☒ ja ☐ nein
Rosenheim, den 18.04.2024        Unterschrift: {n("A. Köhler-Brandt")}
""")

add("contract", "de", f"""
ARBEITSVERTRAG (Auszug)

zwischen der Bäckerei {n("Lukas Brückner")} e.K., {a("Marktplatz 1, 97070 Würzburg")} — im Folgenden „Arbeitgeber" —
und
Frau {n("Fatma Aksoy")}, geboren am {d("14. Mai 1996")} in Mannheim, wohnhaft {a("Mannheimer Str. 5, 68309 Mannheim")}
— im Folgenden „Arbeitnehmerin" —

§ 1 Beginn: Das Arbeitsverhältnis beginnt am 01.08.2024.
§ 3 Vergütung: 2.650,00 € brutto monatlich, zahlbar auf das Konto {ib(iban("DE"))}.
§ 9 Angaben für die Lohnabrechnung:
    Steuer-Identifikationsnummer: {pid(steuer_id())}
    Sozialversicherungsnummer: {pid("53 140596 A 0" + digits(2))}
    Steuerklasse: I, Konfession: keine

Würzburg, 15.07.2024
_________________________               _________________________
{n("Lukas Brückner")}                           {n("Fatma Aksoy")}
""")

add("chat", "de", f"""
[14.06.24, 19:03:12] {n("Mama")}: Hat jemand die neue Adresse von {n("Tante Gerda")}? Ich will ihr zum 80. eine Karte schicken
[14.06.24, 19:05:40] {n("Steffi")}: {a("Seniorenresidenz Am Park, Zi. 214, Parkstraße 9, 37073 Göttingen")}
[14.06.24, 19:05:58] {n("Steffi")}: Sie hat am 21. Geburtstag, geb. {d("21.06.1944")} 😄
[14.06.24, 19:06:30] {n("Mama")}: Danke Schatz ❤️
[14.06.24, 19:12:01] {n("Jonas")}: Ich kann leider nicht kommen, hab Schicht. Ruft sie doch an: {p("0551 3894 1207")}
[14.06.24, 19:20:44] {n("Steffi")}: @{n("Jonas")} schick mir 15€ für den Blumenstrauß, PayPal {e("steffi.baumgartner@gmx.de")}
""".replace(n("Mama"), "Mama").replace(n("Tante Gerda"), "Tante " + n("Gerda")))

add("police", "de", f"""
Polizeiinspektion Freiburg-Nord — Verkehrsunfallanzeige VU-2024-011873

Unfallzeit: Dienstag, 07.05.2024, 07:52 Uhr
Unfallort: Kreuzung Habsburgerstraße / Hauptstraße, 79104 Freiburg

Beteiligte/r 01 (Radfahrerin):
  {n("Birgit Zimmermann")}, geb. {d("22.11.1979")}, wohnhaft {a("Feldbergstraße 28, 79115 Freiburg im Breisgau")}
  Personalausweis-Nr. {pid(perso())}, Tel. {p(ph("DE"))}
  Verletzungen: Prellungen, Schürfwunden (RTW, Uniklinik)
Beteiligte/r 02 (Pkw-Führer):
  {n("Dariusz Kowal")}, geb. {d("03.02.1988")}, wohnhaft {a("Hugstetter Str. 51, 79106 Freiburg")}
  Führerschein-Nr. {pid("B072" + rnd(7, string.ascii_uppercase + string.digits))}, Fahrzeug VW Golf, amtl. Kennz. FR-DK 218
Zeugin: {n("Leonie Hartmann")}, {p(ph("DE"))}

Sachverhalt: Der Pkw bog nach rechts in die Hauptstraße ein und übersah die bevorrechtigte Radfahrerin.
Sachbearbeiter: POK {n("Wieland")}, Sachgebiet Verkehr
""")

add("obituary", "de", f"""
In Liebe und Dankbarkeit nehmen wir Abschied von

{n("Heinz-Peter Ludwig")}
* {d("11. Februar 1939")}      † 28. Mai 2024

In stiller Trauer
{n("Ingrid Ludwig")} geb. {n("Schäfer")}
{n("Martina")} und {n("Frank Ostermann")}
{n("Sebastian")} mit {n("Lea")} und {n("Mia")}

Die Trauerfeier findet am Freitag, 7. Juni 2024, um 14 Uhr auf dem Hauptfriedhof Neustadt statt.
Traueranschrift: {n("Ingrid Ludwig")}, {a("Hauptstr. 3, 67434 Neustadt an der Weinstraße")}
""")

add("invoice", "de", f"""
Elektro Sommer-Wirth · Meisterbetrieb · {a("Ginsterweg 12, 48161 Münster")}
Tel. {p("0251 8721 440")} · {e("info@elektro-sommerwirth.de")} · Inhaberin: {n("Elke Sommer-Wirth")}

Herrn
{n("Ole Jensen")}
{a("Holtenauer Straße 140")}
{a("24105 Kiel")}

RECHNUNG Nr. 2024-118                                   Münster, 22.05.2024
Leistungszeitraum: 13.05.–15.05.2024 (Ferienwohnung {a("Zur Aa 4, 48161 Münster")})

Pos. Menge Bezeichnung                                        Einzel    Gesamt
1    6,5 h  Arbeitszeit Geselle                                58,00    377,00
2    1      FI/LS-Schalter 1-polig B16 30mA                    71,40     71,40
3    12 m   NYM-J 3x1,5                                         1,10     13,20
                                                 Netto                461,60
                                                 19 % USt.             87,70
                                                 Gesamt               549,30

Zahlbar innerhalb von 14 Tagen ohne Abzug auf {ib(iban("DE"))} (Sparkasse Münsterland Ost).
""")

add("cv", "de", f"""
LEBENSLAUF

Persönliche Daten
Name:           {n("Katharina Nguyen")}
Anschrift:      {a("Bautzner Straße 19, 01099 Dresden")}
Telefon:        {p(ph("DE", True))}
E-Mail:         {e("katharina.nguyen@web.de")}
Geburtsdatum:   {d("01.05.1993")} in Leipzig
Familienstand:  ledig

Berufserfahrung
seit 04/2020    Pflegefachkraft, Universitätsklinikum Carl Gustav Carus, Dresden
2016 – 2020     Gesundheits- und Krankenpflegerin, Klinikum St. Georg, Leipzig

Ausbildung
2013 – 2016     Ausbildung Gesundheits- und Krankenpflege, Medizinische Berufsfachschule Leipzig

Sprachen        Deutsch (Muttersprache), Vietnamesisch (fließend), Englisch (B2)

Dresden, im Juni 2024                                  {n("Katharina Nguyen")}
""")

# ============================================================ French
add("email", "fr", f"""
De : {n("Camille Dubois")} <{e("camille.dubois79@sfr.fr")}>
À : {n("Maître Olivier Ferrand")} <{e("o.ferrand@ferrand-avocats.fr")}>
Objet : Dossier succession {n("DUBOIS")} — pièces complémentaires
Date : jeu. 16 mai 2024 à 10:03

Maître,

Comme convenu par téléphone, voici les informations manquantes pour l'acte de notoriété :

- Défunt : {n("Bernard Dubois")}, né le {d("14 septembre 1937")} à Villeurbanne, décédé le 2 avril 2024
- Dernier domicile : {a("12 rue des Lilas, 69003 Lyon")}
- Héritiers : moi-même, {n("Camille Dubois")}, née le {d("6 mars 1959")}, et mon frère {n("Pascal Dubois")},
  né le {d("21/10/1962")}, domicilié {a("8 allée des Peupliers, 38400 Saint-Martin-d'Hères")}
- N° de sécurité sociale de mon père : {pid(insee(False, 1937, 9, "69"))}

Le relevé d'identité bancaire du compte joint est en pièce jointe (IBAN {ib(iban("FR"))}).
Vous pouvez me joindre au {p("06 12 48 77 30")} après 17 h.

Bien cordialement,
{n("Camille Dubois")}

> Le 14/05/2024 à 18:22, {n("Olivier Ferrand")} a écrit :
> Madame, pour finaliser l'acte j'aurai besoin des dates de naissance des héritiers et de l'adresse de votre frère.
""".replace(n("Maître Olivier Ferrand"), "Maître " + n("Olivier Ferrand")))

add("form", "fr", f"""
FICHE D'INSCRIPTION — Centre de loisirs Les Petits Castors — Année 2024-2025

ENFANT
Nom : {n("BENALI")}           Prénom : {n("Yanis")}
Né(e) le : {d("03/02/2017")}        à : Roubaix
Adresse : {a("27 boulevard de la Liberté, 59800 Lille")}

RESPONSABLES LÉGAUX
Mère : {n("Inès Benali")}        Tél. portable : {p("07 41 93 88 82")}      Courriel : {e("ines.benali34@laposte.net")}
Père : {n("Karim Benali")}       Tél. travail : {p("03 20 55 41 18")}
N° allocataire CAF : 4410872    Quotient familial : 812 €

Personnes autorisées à récupérer l'enfant :
1. {n("Fatiha Benali")} (grand-mère) — {p("06 63 02 19 47")}
2. {n("Lucas Vandenberghe")} (voisin) — {p("+33 6 81 44 20 15")}

Médecin traitant : Dr {n("Martine Caradec")}      Allergies : arachides (PAI joint)
Date d'inscription : 29/08/2024            Signature : I. Benali
""".replace("Signature : I. Benali", "Signature : " + n("I. Benali")))

add("chat", "fr", f"""
#support-interne — export du 04/06/2024
09:12 {n("julien.m")}: qqn peut regarder le ticket de Mme {n("Lefèvre")} ? elle dit qu'elle est prélevée deux fois
09:14 {n("Aurélie Nguyen")}: je prends. client 88213, {n("Jean-Baptiste Lefèvre")} en fait, c'est son mari qui a appelé
09:15 {n("Aurélie Nguyen")}: il m'a dicté sa carte pour le remboursement 🙄 {c(card("visa"))} exp 09/27
09:15 {n("julien.m")}: supprime ça tout de suite stp, on rembourse sur l'IBAN du mandat SEPA
09:16 {n("Aurélie Nguyen")}: oui pardon. IBAN du mandat : {ib(iban("FR"))}
09:20 {n("Aurélie Nguyen")}: remboursement de 39,90 € lancé, je le rappelle au {p("07 81 54 96 66")}
""".replace(n("julien.m"), "julien.m"))

add("letter", "fr", f"""
{n("Gaspard d'Aubigné")}
{a("21 quai des Chartrons")}
{a("33000 Bordeaux")}
Tél. : {p("05 56 44 18 20")}

                                            Madame la Directrice
                                            Caisse primaire d'assurance maladie de la Gironde
                                            Place de l'Europe, 33085 Bordeaux Cedex

                                            Bordeaux, le 3 juin 2024

Objet : demande de carte Vitale — changement de situation
N° de sécurité sociale : {pid(insee(False, 1971, 12, "33"))}

Madame la Directrice,

Suite à mon mariage le 18 mai dernier avec Mme {n("Hélène Rousseau-Vidal")}, née le {d("9 août 1974")},
je souhaiterais que mon épouse soit rattachée en tant qu'ayant droit jusqu'à l'ouverture de ses propres droits.

Vous trouverez ci-joint la copie de notre livret de famille ainsi que sa carte d'identité n° {pid(digits(12))}.

Je vous prie d'agréer, Madame la Directrice, l'expression de mes salutations distinguées.

{n("Gaspard d'Aubigné")}
""")

add("announcement", "fr", f"""
Faire-part de naissance

{n("Maëlle")} et {n("Yannick Le Goff")} ont la joie de vous annoncer la naissance de

{n("Nolwenn")}

le {d("12 avril 2024")} à 4 h 17, à la maternité de Brest — 3,210 kg et 49 cm de bonheur !

Grande sœur {n("Enora")} veille déjà sur elle.
Pour les visites, appelez d'abord {n("Yannick")} au {p("06 98 12 45 03")}.
{a("18 rue de Siam, 29200 Brest")}
""")

# ============================================================ Spanish
add("email", "es", f"""
De: {n("Nerea Etxeberria")} <{e("nerea.etxeberria@euskaltel.net")}>
Para: Administración de Fincas Lozano <admin@fincas-example.es>
Asunto: Derrama ascensor — datos para domiciliación

Buenos días,

Soy la propietaria del piso 3º 2ª. Les paso los datos que me pidieron para domiciliar la derrama:

Titular: {n("Nerea Etxeberria Goikoetxea")}
DNI: {pid(dni())}
Domicilio habitual: {a("Kale Nagusia 8, 2º izda., 20003 Donostia")}
IBAN: {ib(iban("ES"))}
Teléfono: {p(ph("ES"))}

El inquilino actual del piso, {n("Álvaro Fernández")}, me dice que no le ha llegado la convocatoria de la junta
del 27 de junio. ¿Podrían enviársela a {e("alvaro.fdez.torre@gmail.com")}?

Un saludo,
{n("Nerea")}
""")

add("form", "es", f"""
HOJA DE ADMISIÓN — Hospital Universitario Virgen del Rocío — Urgencias

Apellidos: {n("ORTEGA MUÑOZ")}                 Nombre: {n("Ana Belén")}
Fecha de nacimiento: {d("17/02/1983")}     Sexo: M
DNI/NIE: {pid(dni())}                   Nº tarjeta sanitaria: AN{digits(10)}
Domicilio: {a("Plaza del Pilar 4, 5º C, 50003 Zaragoza")} (desplazada en Sevilla por trabajo)
Teléfono de contacto: {p(ph("ES"))}
Persona de contacto: {n("Javier Lasheras Ortega")} (marido) — {p(ph("ES", True))}

Motivo de consulta: dolor abdominal FID de 12 h de evolución.
Hora de llegada: 03:41     Triaje: nivel 3 (amarillo)    Box: 7
Médico responsable: Dra. {n("Consuelo Prieto")}
""")

add("chat", "es", f"""
[18/3/24 22:10] {n("Lucía")}: chicos el viernes cena en mi casa, os paso la dirección nueva
[18/3/24 22:10] {n("Lucía")}: {a("Rúa do Franco 21, bajo, 15705 Santiago de Compostela")}
[18/3/24 22:11] {n("Diego")}: 🙌 llevo yo el vino
[18/3/24 22:13] {n("Marta R")}: yo no tengo tu móvil nuevo {n("Lu")}
[18/3/24 22:13] {n("Lucía")}: {p("+34 644 21 87 90")}
[18/3/24 22:15] {n("Diego")}: {n("Lucía")} te hago bizum de lo de la quedada, era 12€ no?
[18/3/24 22:16] {n("Lucía")}: sí! y {n("Marta")} me debes lo del regalo de {n("Pablo")}, mi cuenta es {ib(iban("ES"))}
""")

add("report", "es", f"""
ACTA DE LA REUNIÓN DE LA COMUNIDAD DE PROPIETARIOS — {a("C/ de Verdi 33, Barcelona")}
Fecha: 11 de abril de 2024, 19:00 h, en segunda convocatoria

Asistentes: {n("Jordi Puig i Soler")} (presidente, ático 1ª), {n("Montserrat Vilaró")} (1º 1ª), {n("Hamza Benjelloun")} (2º 2ª),
{n("Carmen Ruiz Salas")} (3º 1ª, representada por {n("Xavier Ruiz")}), {n("Iñaki Beristain")} (4º 2ª)
Secretario-administrador: {n("Ramon Cardona")}

1. Se aprueban las cuentas de 2023 por unanimidad.
2. Morosidad: el propietario del 2º 1ª, {n("Sr. Enric Mas Bonet")}, adeuda 1.240 €. Se acuerda reclamación judicial.
   Su domicilio a efectos de notificaciones es {a("C/ de Sant Pere Més Alt 14, 4º, 08003 Barcelona")}.
3. Ruegos y preguntas: {n("Hamza")} pide que se revise la iluminación de la escalera.

Sin más asuntos se levanta la sesión a las 20:35 h.
""".replace(n("Sr. Enric Mas Bonet"), "Sr. " + n("Enric Mas Bonet")))

add("cv", "es", f"""
CURRÍCULUM VITAE

{n("Santiago Herrera Quispe")}
Nacido el {d("5 de noviembre de 1990")} en Arequipa (Perú) · NIE {pid(nie())}
{a("Calle de Embajadores 88, 2º D, 28012 Madrid")} · {p(ph("ES", True))} · {e("santiago.herrera.q@gmail.com")}

EXPERIENCIA
2021–actualidad   Cocinero jefe de partida, Restaurante Sobrino de Botín, Madrid
2016–2021         Ayudante de cocina, Hotel Libertador, Lima

FORMACIÓN
Técnico Superior en Dirección de Cocina — IES Hotel Escuela de la Comunidad de Madrid (2020)

IDIOMAS: español (nativo), inglés (B1), quechua (básico)
Permiso de conducir B.
""")

# ============================================================ Italian
add("email", "it", f"""
Da: {n("Chiara Colombo")} <{e("chiara.colombo83@libero.it")}>
A: segreteria@scuola-example.it
Oggetto: Iscrizione classe prima — {n("Colombo Tommaso")}

Gentile segreteria,

invio i dati mancanti per l'iscrizione di mio figlio:

Alunno: {n("Tommaso Colombo")}, nato a Bologna il {d("9 marzo 2018")}
Codice fiscale alunno: {pid(codice_fiscale("Colombo", "Tommaso", 2018, 3, 9, False, "A944"))}
Residenza: {a("Via del Pratello 7/2, 40122 Bologna")}
Madre: {n("Chiara Colombo")}, cell. {p("336 788 9762")}
Padre: {n("Stefano Ghedini")}, cell. {p(ph("IT"))}, e-mail {e("s.ghedini@gmail.com")}

Il bambino ha un'allergia alle proteine del latte, allego certificato del pediatra (dott.ssa {n("Elena Rinaldi")}).

Cordiali saluti,
{n("Chiara Colombo")}
""")

add("contract", "it", f"""
CONTRATTO DI LOCAZIONE AD USO ABITATIVO (4+4) — estratto

Il sig. {n("Salvatore Lo Presti")}, nato a Palermo il {d("26/06/1966")}, C.F. {pid(codice_fiscale("Lo Presti", "Salvatore", 1966, 6, 26, False, "G273"))},
residente in {a("Via Maqueda 201, 90133 Palermo")} (di seguito "locatore")

concede in locazione a

la sig.ra {n("Ana Lucía Restrepo Gómez")}, nata a Medellín (Colombia) il {d("02/12/1995")}, passaporto n. {pid("AT" + digits(7))},
C.F. {pid(codice_fiscale("Restrepo Gomez", "Ana Lucia", 1995, 12, 2, True, "Z604"))} (di seguito "conduttore")

l'unità immobiliare sita in {a("Via Vittorio Emanuele 318, 3° piano, int. 6, 90134 Palermo")}, foglio 134, particella 622, sub 14.

Il canone annuo è convenuto in € 7.800,00, da pagarsi in rate mensili anticipate di € 650,00 mediante bonifico su
IBAN {ib(iban("IT"))} intestato al locatore.
""")

add("chat", "it", f"""
[10/06/24, 08:31] {n("Giulia")}: Ragazzi domani riunione condominio alle 21, chi viene?
[10/06/24, 08:33] {n("Matteo B.")}: io sì. {n("Giulia")} mi mandi il numero dell'amministratore?
[10/06/24, 08:34] {n("Giulia")}: rag. {n("Fabrizio Conti")} {p("02 8945 3310")}, ma risponde solo la mattina
[10/06/24, 08:40] {n("Gennaro")}: non ci sono, sono giù a Napoli da mamma. Delego {n("Matteo")}
[10/06/24, 08:41] {n("Gennaro")}: se serve il mio CF per la delega è {pid(codice_fiscale("Esposito", "Gennaro", 1971, 8, 15, False, "F839"))}
[10/06/24, 08:45] {n("Matteo B.")}: ok ricevuto 👍
""")

add("report", "it", f"""
VERBALE DI SINISTRO STRADALE — Polizia Municipale di Torino — prot. 2024/88713

In data 21/02/2024 alle ore 18:10 in Corso Vittorio Emanuele II angolo Via Sacchi si verificava un sinistro tra:

Veicolo A: Fiat Panda tg. GE 418 XK, condotto da {n("Bianchi Matteo")}, nato a Torino il {d("27/03/1995")},
residente in {a("Corso San Maurizio 51, 10124 Torino")}, patente n. {pid("TO" + digits(7) + "L")}, tel. {p("+39 351 8580427")}

Veicolo B: Renault Clio tg. FZ 072 PM, condotta da {n("Okonkwo Adaeze")}, nata a Enugu (Nigeria) il {d("30/08/1989")},
residente in {a("Via Nizza 150, 10126 Torino")}, permesso di soggiorno n. {pid("I" + digits(8))}

Testimone: {n("Ferraris Luca")}, {p(ph("IT"))}
Danni: lievi ad entrambi i veicoli. Nessun ferito.
""")

# ============================================================ Dutch
add("email", "nl", f"""
Van: {n("Femke Bakker")} <{e("femkebakker@ziggo.nl")}>
Aan: {n("Joost de Vries")} <{e("joost@devries-makelaardij.nl")}>
Onderwerp: Re: bezichtiging Keizersgracht

Hoi {n("Joost")},

Dank voor de rondleiding gisteren! We willen graag een bod uitbrengen op het appartement aan de
{a("Keizersgracht 123-II, 1015 CJ Amsterdam")}. Hierbij onze gegevens voor de koopovereenkomst:

Koper 1: {n("Femke Bakker")}, geboren {d("26 mei 1974")} te Zaandam, BSN {pid(bsn())}
Koper 2: {n("Ruud van 't Hek")}, geboren {d("11-09-1972")} te Haarlem
Huidig adres: {a("Prins Hendrikkade 9, 3071 KA Rotterdam")}
Telefoon: {p("06-26805432")}

Groet,
{n("Femke")}

Op 4 jun. 2024 om 17:02 schreef {n("Joost de Vries")}:
> Beste {n("Femke")}, zoals besproken: de vraagprijs is € 649.000 k.k. Laat je me weten of jullie een bod doen?
> Met vriendelijke groet, {n("Joost de Vries")} | De Vries Makelaardij | {p("020 624 1187")}
""")

add("chat", "nl", f"""
[12-04-2024 08:15] {n("Thijs")}: Morgen bbq bij ons! {a("Molenstraat 77, Nijmegen")}, vanaf 16u
[12-04-2024 08:16] {n("Noor")}: gezellig! mag {n("Youssef")} ook mee?
[12-04-2024 08:17] {n("Thijs")}: natuurlijk. Neem zelf stoelen mee als je kan
[12-04-2024 09:40] {n("Bram H")}: ik heb geen auto, kan iemand me ophalen? ik zit op {a("Nieuwe Ebbingestraat 45a")} in Groningen 😂
[12-04-2024 09:41] {n("Thijs")}: {n("Bram")} dat is 2 uur rijden man
[12-04-2024 09:45] {n("Lieke")}: tikkie voor het vlees volgt, stuur anders naar {ib(iban("NL"))} t.n.v. {n("L. Verhoeven")}
""")

add("form", "nl", f"""
INSCHRIJFFORMULIER HUISARTSENPRAKTIJK DE LINDE

Achternaam: {n("El Idrissi")}          Voornamen: {n("Noor Fatima")}
Geboortedatum: {d("19-03-1979")}        Geslacht: V
BSN: {pid(bsn())}                     Identiteitsbewijs: paspoort nr. {pid(passport("NL"))}
Adres: {a("Vaillantlaan 310")}        Postcode/plaats: {a("2526 HR Den Haag")}
Telefoon: {p(ph("NL"))}                E-mail: {e("noor.elidrissi@kpnmail.nl")}
Zorgverzekeraar: Zilveren Kruis, polisnummer 188204471
Vorige huisarts: dokter {n("Hendriks")}, Rijswijk

Gezinsleden die zich ook inschrijven:
- {n("Youssef El Idrissi")}, geb. {d("02-10-2012")}, BSN {pid(bsn())}
- {n("Sara El Idrissi")}, geb. {d("15-06-2015")}, BSN {pid(bsn())}
""")

add("news", "nl", f"""
Buurtbewoners redden zwaan uit ijskoude Singel

UTRECHT — Twee buurtbewoners hebben zaterdagochtend een zwaan gered die vastzat in een visdraad in de Singel.
{n("Anouk Jansen")} (34) zag het dier spartelen vanuit haar raam aan de {a("Tolsteegsingel 12")}. "Ik heb meteen
mijn buurman {n("Dirk")} gebeld," vertelt ze. {n("Dirk Mulder")} (61) trok een waadpak aan en knipte de draad door.
De Dierenambulance Utrecht nam de zwaan mee ter controle. "Hij maakt het prima," aldus {n("Jansen")}.
""")

# ============================================================ Portuguese (BR and PT)
add("email", "pt-BR", f"""
De: {n("João Pedro Carvalho")} <{e("joao.carvalho@uol.com.br")}>
Para: RH Construtora Atlântica <rh@construtora-example.com.br>
Assunto: Documentos para admissão

Boa tarde, {n("Patrícia")},

Seguem os dados solicitados para minha admissão no dia 01/07:

Nome completo: {n("João Pedro Carvalho")}
CPF: {pid(cpf())}
RG: {pid("12.345.%03d-%d" % (R.randint(100, 999), R.randint(0, 9)))} SSP/RJ
PIS/PASEP: {pid("%s.%s.%s-%s" % (digits(3), digits(5), digits(2), digits(1)))}
Data de nascimento: {d("17/09/1996")}
Endereço: {a("Av. Nossa Senhora de Copacabana, 680, bloco B, ap. 901 — Rio de Janeiro/RJ, 22050-001")}
Celular/WhatsApp: {p("(21) 99431-4653")}
Conta para pagamento: Itaú, ag. 0418, c/c 22871-4 (chave PIX: o próprio CPF)

Dependente para plano de saúde: {n("Mariana Costa Carvalho")}, esposa, nascida em {d("04/02/1997")}, CPF {pid(cpf())}.

Atenciosamente,
{n("João Pedro")}
""")

add("chat", "pt-BR", f"""
[22:41, 12/05/2024] {n("Thiago")}: galera o churrasco de sábado vai ser lá em casa mesmo
[22:41, 12/05/2024] {n("Thiago")}: {a("Rua XV de Novembro, 355, ap 3 — Centro, Curitiba")}
[22:43, 12/05/2024] {n("Luana")}: oba! levo a farofa 😋
[22:44, 12/05/2024] {n("Rafa Nogueira")}: {n("Thi")} me passa teu pix pra eu mandar a parte da carne
[22:45, 12/05/2024] {n("Thiago")}: pix é o celular: {p("(41) 98252-0341")}
[22:47, 12/05/2024] {n("Luana")}: {n("Rafa")} vc traz a {n("Bia")}? ela faz aniversário dia 18, nasceu {d("18/05/2000")} kkk já tá velha
""")

add("form", "pt-PT", f"""
FICHA DE INSCRIÇÃO — Ginásio Clube Ferreira Borges, Coimbra

Nome: {n("Beatriz Figueiredo")}
Data de nascimento: {d("08-11-1997")}      NIF: {pid(nif_pt())}
Cartão de Cidadão n.º: {pid(digits(8) + " " + digits(1) + " ZX" + digits(1))}
Morada: {a("Rua Ferreira Borges 74, 3000-180 Coimbra")}
Telemóvel: {p("+351 916 402 238")}     E-mail: {e("bia.figueiredo97@sapo.pt")}
Contacto de emergência: {n("Manuel Figueiredo")} (pai) — {p("239 482 115")}
Modalidade: natação + musculação      Pagamento: débito direto IBAN {ib(iban("PT"))}
Data: 02/09/2024          Assinatura: {n("B. Figueiredo")}
""")

add("letter", "pt-PT", f"""
Exmo. Senhor
{n("Eng. Duarte Sequeira")}
{a("Av. Almirante Reis 118, 5.º Dto., 1150-022 Lisboa")}

Lisboa, 14 de maio de 2024

Assunto: Condomínio do prédio — quotas em atraso (fração E)

Exmo. Senhor,

Verificámos que as quotas de fevereiro a abril de 2024 da sua fração continuam por liquidar, no valor total de
€ 186,00. Solicitamos o pagamento até 31 de maio para o IBAN do condomínio PT50 0000 0000 0000 0000 0000 0 (ver
aviso anexo — substitua pelos dados do seu aviso) ou diretamente à administradora, D. {n("Fernanda Lopes")},
pelo telefone {p("913 227 504")}.

Com os melhores cumprimentos,
A Administração
""".replace(n("Eng. Duarte Sequeira"), "Eng. " + n("Duarte Sequeira")))

# ============================================================ Polish
add("email", "pl", f"""
Od: {n("Agnieszka Wróblewska")} <{e("a.wroblewska@wp.pl")}>
Do: biuro@spoldzielnia-example.pl
Temat: Zmiana danych — lokal nr 7

Dzień dobry,

uprzejmie proszę o aktualizację danych w kartotece lokalu przy {a("ul. Długa 5 m. 7, 80-831 Gdańsk")}.
Od 1 czerwca współwłaścicielem mieszkania jest mój mąż, {n("Marcin Wróblewski")}, PESEL {pid(pesel(1982, 7, 19, False))},
tel. {p("+48 601 442 918")}.

Moje dane: {n("Agnieszka Wróblewska")}, PESEL {pid(pesel(1961, 6, 8, True))}, ur. {d("8 czerwca 1961")}.
Opłaty będą od teraz pobierane z konta {ib(iban("PL"))}.

Z poważaniem
{n("Agnieszka Wróblewska")}
""")

add("chat", "pl", f"""
[15.05.2024 20:12] {n("Kasia")}: kto odbiera {n("Zosię")} jutro z przedszkola? ja mam dyżur do 18
[15.05.2024 20:14] {n("Paweł")}: ja mogę, ale muszę mieć upoważnienie. Mój dowód to {pid("ABC" + digits(6))}
[15.05.2024 20:15] {n("Kasia")}: wpisałam cię już, pani {n("Ewa")} z grupy Biedronki wie
[15.05.2024 20:20] {n("Babcia Halina")}: A ja mogę w czwartek. Mój numer jakby co {p("734-796-877")}
[15.05.2024 20:21] {n("Kasia")}: dzięki mamo ❤️
""".replace(n("Babcia Halina"), "Babcia " + n("Halina")))

add("report", "pl", f"""
PROTOKÓŁ ZDAWCZO-ODBIORCZY LOKALU MIESZKALNEGO

Sporządzony w dniu 30.04.2024 w Krakowie.
Lokal: {a("os. Kościuszkowskie 3/41, 31-858 Kraków")}

Wynajmujący: {n("Małgorzata Kaczmarek")}, zam. j.w., PESEL {pid(pesel(1977, 8, 15, True))}, tel. {p("875-010-939")}
Najemca: {n("Oleksandr Hnatiuk")}, ur. {d("12.01.1998")} w Lwowie, paszport UA nr {pid("FE" + digits(6))},
adres do korespondencji: {a("ul. Wielicka 44/12, 30-552 Kraków")}, tel. {p("+48 512 887 301")}

Stan liczników: woda zimna 112,4 m³, woda ciepła 48,9 m³, prąd 20 441 kWh.
Klucze: 3 komplety + pilot do bramy.
Kaucja 3 000 zł zwrócona na rachunek {ib(iban("PL"))}.

Podpisy: {n("M. Kaczmarek")}   {n("O. Hnatiuk")}
""")

# ============================================================ Czech
add("email", "cs", f"""
Od: {n("Tereza Nováková")} <{e("tereza.novakova@seznam.cz")}>
Komu: {n("Jan Dvořák")} <{e("jan.dvorak@email.cz")}>
Předmět: Smlouva o zápůjčce — podklady

Ahoj {n("Honzo")},

posílám údaje do té smlouvy, jak jsme se bavili:

Věřitel: {n("Tereza Nováková")}, r. č. {pid(rodne(1981, 3, 16, True))}, bytem {a("Vinohradská 1511/230, 100 00 Praha 10")}
Dlužník: {n("Jan Dvořák")}, nar. {d("22. 12. 2001")}, bytem {a("Masarykova 427/31, 602 00 Brno")}
Částka: 80 000 Kč, splatnost do 31. 12. 2025, splátky na účet {ib(iban("CZ"))}

Zavolej mi prosím na {p("+420 728 034 911")}, až to projdeš.
{n("Terka")}
""")

add("form", "cs", f"""
PŘIHLÁŠKA K ZÁPISU DO 1. TŘÍDY — ZŠ Americká, Plzeň

Jméno a příjmení dítěte: {n("Matyáš Procházka")}
Datum narození: {d("4. 9. 2018")}         Rodné číslo: {pid(rodne(2018, 9, 4))}
Místo trvalého pobytu: {a("Americká 23, 301 00 Plzeň")}

Zákonný zástupce: {n("Ondřej Procházka")}
Telefon: {p("602 311 620")}        E-mail: {e("ondra.prochazka@centrum.cz")}
Zákonný zástupce 2: {n("Lenka Procházková")}, tel. {p("+420 777 148 502")}

Sourozenec na škole: {n("Adéla Procházková")}, 4.B
V Plzni dne 10. 4. 2024
""")

# ============================================================ Swedish
add("email", "sv", f"""
Från: {n("Karin Sjöström")} <{e("karin.sjostrom@gmail.com")}>
Till: Hyresgästföreningen region Stockholm <info@hgf-example.se>
Ämne: Störningar från lägenheten ovanför

Hej!

Jag bor på {a("Drottninggatan 88, 111 36 Stockholm")}, lägenhet 1204. Sedan mars har grannen ovanför,
{n("Pontus Ek")}, haft fester nästan varje helg till kl. 04. Jag har pratat med honom och även med
hyresvärdens förvaltare {n("Lena Holmberg")} ({p("08-412 330 17")}), men inget har hänt.

Mitt personnummer är {pid(personnummer(1997, 5, 22))} om ni behöver det för medlemsregistret.
Ni når mig på {p("070-871 65 16")}.

Vänliga hälsningar
{n("Karin")}
""")

add("chat", "sv", f"""
{n("Linnéa")} 21:04: har nån nycklarna till förrådet? {n("Oskar")} lånade dem i fredags
{n("Oskar Nyberg")} 21:10: sorry, ligger i min jacka. kan lämna på {a("Kungsgatan 27B")} imorgon?
{n("Linnéa")} 21:11: ja lägg i brevlådan, det står {n("Åberg/Lind")} på den
{n("Erik J")} 21:30: påminnelse: swisha 250 kr för städdagen till {n("Nils")}, {p("070-310 70 27")}
""")

# ============================================================ Norwegian
add("email", "no", f"""
Fra: {n("Håkon Aasheim")} <{e("hakon.aasheim@online.no")}>
Til: {n("Sigrid Nilsen")} <{e("sigrid.nilsen@gmail.com")}>
Emne: Kjøpekontrakt bil — Toyota RAV4

Hei {n("Sigrid")},

Her er opplysningene til kontrakten:

Selger: {n("Håkon Aasheim")}, f. {d("17.08.1966")}, {a("Storgata 88, 9008 Tromsø")}, tlf. {p("+47 412 34 567")}
Kjøper: {n("Sigrid Nilsen")}, fødselsnummer {pid(fnr(1991, 2, 4))}, {a("Nedre Bakklandet 33, 7014 Trondheim")}
Kjøpesum: 214 000 kr, overføres til kontonr. 1503.22.48113 innen overtakelse 15.06.

Bilen har reg.nr. EL 44182 og ble EU-godkjent i april.

Mvh
{n("Håkon")}
""")

add("form", "no", f"""
SØKNAD OM BARNEHAGEPLASS — Bergen kommune

Barnets navn: {n("Eirik Solberg Øverli")}
Fødselsnummer: {pid(fnr(2022, 10, 3))}          Født: {d("03.10.2022")}
Adresse: {a("Kong Oscars gate 27, 5017 Bergen")}

Foresatt 1: {n("Magnus Solberg Øverli")}, tlf. {p("909 93 485")}, e-post {e("magnus.overli@gmail.com")}
Foresatt 2: {n("Kristine Øverli")}, tlf. {p(ph("NO", True))}

Ønsket oppstart: 19.08.2024     Ønsket barnehage: 1. Nordnes barnehage, 2. Klosteret barnehage
""")

# ============================================================ Danish
add("email", "da", f"""
Fra: {n("Mette Kjærgaard")} <{e("mkjaergaard@outlook.dk")}>
Til: {n("Søren Bech")} <{e("soren.bech@mail.dk")}>
Emne: Fremleje af værelse — kontraktoplysninger

Hej {n("Søren")},

Tak for en hyggelig fremvisning. Her er mine oplysninger til fremlejekontrakten:

Navn: {n("Mette Kjærgaard")}
CPR-nr.: {pid(cpr(1999, 8, 23))}
Nuværende adresse: {a("Nørrebrogade 52, 3. tv., 2200 København N")}
Telefon: {p("+45 30 29 73 45")}

Depositum på 3 mdr. husleje overføres fra min konto {ib(iban("DK"))} senest 25. juni.
Min mor, {n("Birthe Kjærgaard")}, står som kautionist hvis det bliver nødvendigt.

Kh {n("Mette")}
""")

add("news", "da", f"""
Nabo fandt 89-årig der var faret vild i Aalborg

En 89-årig kvinde fra Aalborg Øst blev natten til søndag fundet i god behold af sin nabo. {n("Yasmin Ali")}, 26, så
kvinden gå i natkjole på {a("Tingbjerg Allé")} og fulgte hende hjem. "Jeg kendte hende godt fra opgangen," siger
{n("Yasmin")}. Kvindens søn, {n("Poul Erik Hansen")}, takker naboen: "Hun er dement, og vi var meget bekymrede."
""".replace(a("Tingbjerg Allé"), "Tingbjerg Allé"))

# ============================================================ Finnish
add("email", "fi", f"""
Lähettäjä: {n("Aino Korhonen")} <{e("aino.korhonen@elisanet.fi")}>
Vastaanottaja: isännöinti@asunto-example.fi
Aihe: Vuokrasopimuksen irtisanominen

Hei,

irtisanon vuokrasopimukseni asuntoon {a("Hämeenkatu 12 B 24, 33100 Tampere")} päättymään 31.7.2024.
Uusi osoitteeni 1.8. alkaen: {a("Rautatienkatu 21 A 5, 33100 Tampere")}.
Vakuusmaksun voi palauttaa tililleni {ib(iban("FI"))}.

Henkilötunnukseni on {pid(hetu(1960, 4, 24))} ja puhelinnumeroni {p("045 681 0472")}.

Ystävällisin terveisin
{n("Aino Korhonen")}
""")

add("form", "fi", f"""
ILMOITTAUTUMINEN — Jyväskylän kesäyliopisto, suomen kielen kurssi B1

Sukunimi: {n("Mäkelä")}              Etunimet: {n("Liisa Marjatta")}
Syntymäaika: {d("19.8.1971")}         Henkilötunnus: {pid(hetu(1971, 8, 19))}
Osoite: {a("Kauppakatu 31 C 15, 40100 Jyväskylä")}
Puhelin: {p("045 759 3024")}       Sähköposti: {e("liisa.makela@kolumbus.fi")}
Laskutus: työnantaja (Jyväskylän kaupunki), viite 104418
""")

# ============================================================ Turkish
add("email", "tr", f"""
Kimden: {n("Zeynep Kaya")} <{e("zeynep.kaya84@hotmail.com")}>
Kime: İnsan Kaynakları <ik@firma-example.com.tr>
Konu: İşe giriş evrakları

Merhaba {n("Selin")} Hanım,

İşe giriş için istenen bilgileri aşağıda iletiyorum:

Ad Soyad: {n("Zeynep Kaya")}
T.C. Kimlik No: {pid(tckn())}
Doğum tarihi: {d("16.08.1984")}
Adres: {a("1453 Sokak No: 9 Daire 3, 35220 Alsancak/İzmir")}
Cep: {p("0530 031 13 16")}
Maaş hesabı IBAN: {ib(iban("TR"))}
Acil durumda aranacak kişi: {n("Murat Kaya")} (eşim) — {p(ph("TR"))}

Nüfus cüzdanı fotokopisi ve diploma ekte.
Saygılarımla,
{n("Zeynep Kaya")}
""")

add("chat", "tr", f"""
[19.04.2024 20:01] {n("Emre")}: abi yarın halı saha var mı
[19.04.2024 20:03] {n("Burak Yıldız")}: var, 21:00 Osmangazi'deki saha. {n("Mehmet Ali")} abi kaleye geçecek
[19.04.2024 20:05] {n("Mehmet Ali Öztürk")}: geçerim ama ben Ankara'dayım haftaya kadar 😂
[19.04.2024 20:06] {n("Emre")}: {n("Gülşen")} ablanın oğlu {n("Kerem")} gelsin o zaman, numarası {p("0548 755 20 92")} mı?
[19.04.2024 20:07] {n("Burak Yıldız")}: o {n("Gülşen")} ablanın numarası, {n("Kerem")}'inki {p("0532 417 88 05")}
""")

# ============================================================ Romanian
add("email", "ro", f"""
De la: {n("Mihaela Dumitrescu")} <{e("mihaela.dumitrescu@yahoo.com")}>
Către: Asociația de Proprietari Bl. B3 <asociatia.b3@example.ro>
Subiect: Cerere de eliberare adeverință

Bună ziua,

Subsemnata {n("Mihaela Dumitrescu")}, CNP {pid(cnp(1975, 3, 27, True, 22))}, domiciliată în
{a("Bd. Independenței nr. 5, bl. B3, ap. 21, 700104 Iași")}, vă rog să-mi eliberați o adeverință din care să
reiasă că nu am datorii la întreținere, necesară pentru vânzarea apartamentului.

Cumpărătorul este dl. {n("Radu-Ștefan Onofrei")}, născut la {d("14.02.1989")}.
Vă pot plăti taxa de eliberare în contul {ib(iban("RO"))} sau la casierie.
Mă puteți contacta la {p("0722 160 096")}.

Cu stimă,
{n("Mihaela Dumitrescu")}
""")

add("report", "ro", f"""
PROCES-VERBAL DE CONSTATARE — Poliția Locală Cluj-Napoca, seria PL nr. 0044718

Încheiat astăzi, 08.05.2024, ora 11:20, de agent principal {n("Horea Mureșan")}.
Contravenient: {n("Ionescu Andrei")}, fiul lui {n("Gheorghe")} și al {n("Maria")}, născut la {d("08.03.1987")} în Cluj-Napoca,
domiciliat în {a("Str. Memorandumului nr. 28, 400114 Cluj-Napoca")}, CNP {pid(cnp(1987, 3, 8, False, 12))},
posesor al CI seria CJ nr. {pid(digits(6))}.

Fapta: a parcat autoturismul CJ 07 ANI pe trotuar, în Piața Muzeului, lângă stația de autobuz.
Sancțiune: amendă 290 lei. Martor: {n("Ana Pop")}, tel. {p(ph("RO"))}.
""")

# ============================================================ Hungarian
add("email", "hu", f"""
Feladó: {n("Tóth Réka")} <{e("toth.reka@freemail.hu")}>
Címzett: {n("dr. Nagy Bálint")} <{e("nagy.balint.ugyved@gmail.com")}>
Tárgy: Adásvételi szerződés — adatok

Tisztelt Ügyvéd Úr!

Küldöm a lakás-adásvételi szerződéshez szükséges adataimat:

Név: {n("Tóth Réka")}
Születési név: {n("Tóth Réka")}   Anyja neve: {n("Varga Ilona")}
Születési hely, idő: Debrecen, {d("1989. július 21")}.
Lakcím: {a("4026 Debrecen, Piac utca 45. 3/12")}
Személyi igazolvány szám: {pid(digits(6) + "AB")}
Adóazonosító jel: {pid("8" + digits(9))}
Telefon: {p("06 20 260 6917")}

Üdvözlettel:
{n("Tóth Réka")}
""".replace(n("dr. Nagy Bálint"), "dr. " + n("Nagy Bálint")))

# ============================================================ Greek
add("email", "el", f"""
Από: {n("Ελένη Παπαδοπούλου")} <{e("eleni.papadopoulou@yahoo.gr")}>
Προς: {n("Γιώργος Κωνσταντινίδης")} <{e("g.konstantinidis@otenet.gr")}>
Θέμα: Μισθωτήριο — στοιχεία ενοικιαστή

Καλησπέρα κύριε {n("Κωνσταντινίδη")},

Σας στέλνω τα στοιχεία μου για το μισθωτήριο του διαμερίσματος στην {a("Τσιμισκή 112, 546 22 Θεσσαλονίκη")}:

Ονοματεπώνυμο: {n("Ελένη Παπαδοπούλου")}
Ημερομηνία γέννησης: {d("22/07/1947")}
ΑΦΜ: {pid(afm())}   ΔΟΥ: Α' Αθηνών
Αρ. Δελτίου Ταυτότητας: {pid("ΑΚ " + digits(6))}
Τηλέφωνο: {p("+30 697 4363387")}

Η εγγύηση θα κατατεθεί στον λογαριασμό {ib(iban("GR"))}.

Με εκτίμηση,
{n("Ελένη Παπαδοπούλου")}
""")

add("chat", "el", f"""
[21/5/24 19:02] {n("Dimitra")}: paidia to Savvato kaloume ton {n("Niko")} gia ta genethlia tou, 40 xronia!! 🎉
[21/5/24 19:03] {n("Kostas P")}: pote gennithike akrivos? {d("25/05/1984")} den einai?
[21/5/24 19:03] {n("Dimitra")}: nai! tha to kanoume sto spiti mou, {a("Korinthou 231, Patra")}
[21/5/24 19:05] {n("Maria Alexiou")}: ferno egw tourta. {n("Dimitra")} steile mou to IBAN na sou dwsw ta lefta gia to doro
[21/5/24 19:06] {n("Dimitra")}: {ib(iban("GR"))} — {n("Dimitra Alexiou")}
""")

# ============================================================ Irish (Gaeilge)
add("letter", "ga", f"""
{n("Aoife Ní Bhriain")}
{a("14 Ascaill na Páirce, Bóthar na Trá, Gaillimh H91 X2F4")}

Roinn Coimirce Sóisialaí
Oifig Íocaíochtaí Teaghlaigh

15 Bealtaine 2024

A chara,

Ba mhaith liom iarratas a dhéanamh ar Shochar Linbh do m'iníon, {n("Caoimhe Ní Bhriain Uí Dhónaill")}, a rugadh ar an
{d("2 Aibreán 2024")} in Ospidéal na hOllscoile, Gaillimh.

M'Uimhir PSP: {pid(ppsn())}
Uimhir PSP m'fhir chéile, {n("Pádraig Ó Dónaill")}: {pid(ppsn())}
Uimhir theileafóin: {p("087 412 3390")}
Cuntas bainc: {ib(iban("IE"))}

Is mise le meas,
{n("Aoife Ní Bhriain")}
""")

add("announcement", "ga", f"""
Fógra Báis

{n("Séamus Mac Giolla Phádraig")}, {a("Baile an Fheirtéaraigh, Trá Lí, Co. Chiarraí")}, a d'éag go síochánta ar an 3 Meitheamh 2024.
Rugadh é ar an {d("19 Samhain 1931")}. Caoineann a bhean chéile {n("Máire")}, a chlann {n("Tadhg")}, {n("Nóra")} agus {n("Colm")},
agus a ghariníonacha {n("Saoirse")} agus {n("Róisín")}.
Beidh an tAifreann Éagnairce i Séipéal Naomh Uinseann ag 11 r.n. Dé hAoine.
""")

# ============================================================ Indonesian
add("email", "id", f"""
Dari: {n("Dewi Lestari Putri")} <{e("dewi.lestari.putri@gmail.com")}>
Kepada: HRD PT Sinar Nusantara <hrd@sinar-example.co.id>
Perihal: Lamaran Kerja — Staf Administrasi

Dengan hormat,

Saya yang bertanda tangan di bawah ini:
Nama             : {n("Dewi Lestari Putri")}
Tempat/tgl lahir : Bandung, {d("24 Oktober 2003")}
NIK              : {pid(nik("320206", 2003, 10, 24, True))}
Alamat           : {a("Perum Griya Asri Blok C2 No. 9, Cimahi, Jawa Barat 40512")}
No. HP/WA        : {p("0877-4665-4184")}

bermaksud melamar posisi Staf Administrasi sebagaimana diiklankan di JobStreet tanggal 3 Juni 2024.
Sebagai bahan pertimbangan, saya lampirkan CV, fotokopi KTP dan ijazah SMK.

Hormat saya,
{n("Dewi Lestari Putri")}
""")

add("chat", "id", f"""
[08.15, 10/6/2024] {n("Bu RT")}: Assalamualaikum warga RT 03, iuran kebersihan bulan Juni mohon dibayar ke {n("Pak Agus")} ya
[08.17, 10/6/2024] {n("Agus Wijaya")}: Bisa transfer ke BCA 4410 2288 713 a.n. {n("Agus Wijaya")} atau bayar tunai di {a("Jl. Darmo Permai III No. 88")}
[08.20, 10/6/2024] {n("Siti")}: Siap pak. Oh ya, ada yang kenal tukang AC? Nomor {n("Mas Joko")} yang kemarin ganti ya?
[08.22, 10/6/2024] {n("Agus Wijaya")}: {n("Mas Joko")} sekarang pakai {p("0812-3390-7741")} bu
""".replace(n("Bu RT"), "Bu RT").replace(n("Pak Agus"), "Pak " + n("Agus")).replace(n("Mas Joko"), "Mas " + n("Joko")))

# ============================================================ Vietnamese
add("email", "vi", f"""
Từ: {n("Phạm Thu Hà")} <{e("phamthuha85@gmail.com")}>
Đến: Phòng Nhân sự <nhansu@congty-example.vn>
Tiêu đề: Cập nhật thông tin cá nhân

Kính gửi anh {n("Tuấn")},

Em xin cập nhật thông tin để làm sổ bảo hiểm xã hội:

Họ và tên: {n("Phạm Thu Hà")}
Ngày sinh: {d("21/07/1985")}
Số CCCD: {pid(cccd("048", 1985, True))}, cấp ngày 10/08/2021 tại Cục CS QLHC về TTXH
Địa chỉ thường trú: {a("K56/7 Hoàng Diệu, Hải Châu, Đà Nẵng")}
Số điện thoại: {p("0863 869 481")}
Số tài khoản Vietcombank: 0041000388217

Em cảm ơn anh.
{n("Thu Hà")}
""")

add("form", "vi", f"""
PHIẾU KHÁM BỆNH — Phòng khám Đa khoa Hòa Bình

Họ tên bệnh nhân: {n("TRẦN VĂN MINH")}          Giới tính: Nam
Ngày sinh: {d("07/04/1981")}             Số BHYT: DN4797914412338
Địa chỉ: {a("123/4 Lê Văn Sỹ, Phường 13, Quận 3, TP. Hồ Chí Minh")}
Điện thoại: {p("0359 500 248")}
Người nhà liên hệ: {n("Nguyễn Thị Hồng")} (vợ) — {p(ph("VN"))}
Lý do khám: sốt 3 ngày, ho khan.      Ngày khám: 11/06/2024
Bác sĩ: {n("Lê Minh Châu")}
""")

# ============================================================ Japanese addresses (in English / romaji)
add("shipping", "en", f"""
PACKING SLIP — Order JP-20240611-0042

Ship to:
{n("Sato Haruka")} 様
{a("2-14-7 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023")}
Tel: {p("090-4418-2275")}

Bill to:
{n("Haruka Sato")}
{a("Room 503, Sakura Mansion, 3-1-12 Tenjin, Chuo-ku, Fukuoka 810-0001")}

Items: Hario V60 grinder ×1, Kenyan AA beans 500 g ×2
Gift message: "Happy birthday {n("Yuki")}! — from {n("Haruka")}"
""")

# ============================================================ English, technical documents with personal data
lg = []
paths = ["/", "/account/orders", "/cart", "/api/v1/session", "/static/app.9f3c2e1.js", "/search?q=walking+boots",
         "/checkout/payment", "/account/settings", "/wp-login.php", "/favicon.ico", "/api/v1/wishlist"]
uas = ['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148"',
       '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0.0.0 Safari/537.36"',
       '"curl/8.5.0"', '"Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"']
for i in range(12):
    addr_ = ip6() if i % 6 == 5 else ip4()
    pth = paths[i % len(paths)]
    if i == 7:
        pth = "/newsletter/confirm?email=" + e("margot.delacroix%40gmail.com").replace("%40", "@").replace("@", "%40") + "&t=8f1a"
    lg.append('%s - - [11/Jun/2024:14:%02d:%02d +0000] "GET %s HTTP/1.1" %d %d "-" %s' % (
        ip(addr_), 10 + i, R.randint(0, 59), pth, R.choice([200, 200, 200, 304, 404, 302]), R.randint(200, 90000), R.choice(uas)))
add("log", "en", NL.join(lg))

add("chat", "en", f"""
Live chat — BroadStream Home Broadband — transcript emailed to customer

[19:02] Agent {n("Tasha")}: Hi, thanks for waiting! Can I take your full name and the account postcode?
[19:02] {n("Emeka Obi")}: {n("Emeka Obi")}, {a("22 Ferndale Road, Luton LU1 3TP")}
[19:03] Agent {n("Tasha")}: Thanks {n("Emeka")}. What seems to be the problem?
[19:03] {n("Emeka Obi")}: my son's xbox keeps getting kicked off the wifi. I set up MAC filtering last week
[19:04] Agent {n("Tasha")}: Could you read me the MAC addresses in the allow list?
[19:05] {n("Emeka Obi")}: laptop {mac(macaddr())}, my phone {mac(macaddr(":", True))}, wife's ipad {mac(macaddr("-", True))}
[19:05] {n("Emeka Obi")}: and the xbox is {mac(macaddr())}
[19:07] Agent {n("Tasha")}: The Xbox is actually connecting as {mac(macaddr())} — it uses a randomised address on 5 GHz.
          Please add that one too, or turn off "private address" on the console.
[19:09] {n("Emeka Obi")}: done, it works!! thanks
[19:09] Agent {n("Tasha")}: Great. Your router's public IP is {ip("86.29.114.73")} if you need it for port forwarding.
""")

lines = ["asset_tag,owner,department,hostname,wifi_mac,ethernet_mac,last_seen,issued"]
owners = [("Hannah Schofield", "Finance"), ("Kwabena Mensah", "Engineering"), ("Ilse de Bruijn", "Design"),
          ("Ronan Fitzpatrick", "Sales"), ("Mei-Ling Chow", "Engineering"), ("Rosa Villanueva", "Support")]
for i, (nm, dep) in enumerate(owners):
    lines.append("LT-%05d,%s,%s,lt%05d.corp.local,%s,%s,%s,%s" % (
        3301 + i, n(nm), dep, 3301 + i, mac(macaddr()), mac(macaddr("-", True)), "2024-06-%02d" % R.randint(1, 11),
        "2023-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))))
add("csv", "en", NL.join(lines))

fr_ = []
for i in range(5):
    fr_.append("| %d | %s | %s | %s | %s | %s |" % (
        i + 1, c(card(["visa", "mc", "visa", "amex", "mc"][i])), ip(ip4()), e(["k.lindqvist88@gmail.com", "raf.mendes@hotmail.com",
                                                                               "benji.t@icloud.com", "oksana.kravets@ukr.net", "g.yamamoto@yahoo.co.jp"][i]),
        n(["Karl Lindqvist", "Rafael Mendes", "Benjamin Tshabalala", "Oksana Kravets", "Goro Yamamoto"][i]),
        R.choice(["declined — CVV mismatch", "approved, later charged back", "declined — AVS fail", "approved"])))
add("report", "en", f"""
# Fraud review FR-2024-0611 — card testing on /checkout

**Analyst:** {n("Priyanka Venkatesh")}   **Date:** 11 June 2024

Between 02:10 and 02:48 UTC we saw 1,412 payment attempts from a small set of IPs. The attacker reused real
customer profiles (probably from the 2023 credential-stuffing list). Attempts that reached the gateway:

| # | Card | Source IP | Account email | Account holder | Result |
|---|------|-----------|---------------|----------------|--------|
{NL.join(fr_)}

All five customers were contacted; {n("Oksana")} confirmed she never placed an order.
Blocklisted ASN 9009 and added velocity rule `max 3 attempts / card / 10 min`. Ticket SEC-7712.
""")

add("json", "en", f"""
{{
  "id": "evt_3PQa8sLkd92Jr0",
  "type": "charge.failed",
  "created": 1718112233,
  "data": {{
    "object": {{
      "amount": 18999,
      "currency": "usd",
      "billing_details": {{
        "name": "{n("Yolanda Baptiste")}",
        "email": "{e("ybaptiste61@yahoo.com")}",
        "phone": "{p("+1 508-626-4419")}",
        "address": {{"line1": "{a("18 Larch Way")}", "city": "Framingham", "state": "MA", "postal_code": "01701", "country": "US"}}
      }},
      "payment_method_details": {{
        "card": {{"brand": "visa", "last4": "5375", "exp_month": 5, "exp_year": 2028}},
        "raw_pan_debug": "{c(card("visa", ""))}"
      }},
      "failure_code": "card_declined",
      "outcome": {{"network_status": "declined_by_network", "risk_score": 71}},
      "client_ip": "{ip(ip4())}"
    }}
  }}
}}
""")

add("code", "en", f"""
# tests/test_notifier.py
import os
import pytest
from notifier import SlackNotifier, WebhookNotifier

# TODO(security): move these to CI secrets before merging!!
SLACK_TOKEN = "{k(slack_token())}"
WEBHOOK = "{u("https://hooks-user:" + rnd(18) + "@notify.internal.example-corp.net/v1/alerts")}"
TWILIO_AUTH_TOKEN = "{k(hexs(32))}"


@pytest.fixture
def notifier():
    return SlackNotifier(token=os.environ.get("SLACK_TOKEN", SLACK_TOKEN), channel="#alerts-test")


def test_message_format(notifier):
    msg = notifier.format("disk full", host="db-02", severity="P2")
    assert msg.startswith(":rotating_light:")


def test_placeholder_token_rejected():
    with pytest.raises(ValueError):
        SlackNotifier(token="xoxb-your-token-here", channel="#x")
""")

add("config", "en", f"""
# docker-compose.override.yml  (local dev — copied from {n("Piotr")}'s machine)
services:
  db:
    image: postgres:16.3
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: {k("Pi0tr-local-Kr4kow!")}
  api:
    build: .
    environment:
      DATABASE_URL: {u("postgresql://app:Pi0tr-local-Kr4kow!@db:5432/app")}
      MAIL_URL: {u("smtp://piotr.zielinski%40gmail.com:ebxq-ltmw-zrpc-vkfa@smtp.gmail.com:587")}
      SENTRY_ENVIRONMENT: local
    ports:
      - "8000:8000"
""")

add("yaml", "en", f"""
apiVersion: v1
kind: Secret
metadata:
  name: payments-gateway
  namespace: prod
type: Opaque
data:
  # base64 — still a secret!
  ADYEN_API_KEY: {k(base64.b64encode(("AQE" + rnd(60)).encode()).decode())}
  DB_PASSWORD: {k(base64.b64encode(b"mB7#tQ2w!Lp9").decode())}
stringData:
  WEBHOOK_HMAC: {k(hexs(64))}
  LOG_LEVEL: info
""")

add("config", "en", f"""
# terraform.tfvars — environment: staging
region            = "eu-west-2"
instance_type     = "t3.medium"
db_username       = "tf_admin"
db_password       = "{k("st4g1ng-Wren-77-Oak")}"
cloudflare_token  = "{k(rnd(40, string.ascii_letters + string.digits + "_-"))}"
datadog_api_key   = "{k(hexs(32))}"
datadog_app_key   = "{k(hexs(40))}"
github_pat        = "{k("github_pat_" + rnd(22) + "_" + rnd(59))}"
alert_email       = "{e("oncall.rotation+staging@gmail.com")}"
allowed_cidrs     = ["10.0.0.0/8", "172.16.0.0/12"]
""")

add("log", "en", f"""
Run actions/checkout@v4
  with:
    repository: acme-retail/storefront
    token: ***
Run ./scripts/deploy.sh
+ echo 'Deploying build 2024.06.11-1842 (sha 9c1e44f0b2d7)'
Deploying build 2024.06.11-1842 (sha 9c1e44f0b2d7)
+ curl -sS -X POST https://deploy.example-retail.io/hooks/release -H 'Authorization: Bearer {k(jwt({"sub": "ci-deployer", "iat": 1718130000}))}'
{{"status":"queued","release":"r-4410"}}
+ npm config set //registry.npmjs.org/:_authToken {k("npm_" + rnd(36))}
Warning: the secret above was printed because `set -x` was enabled; GitHub masks only secrets it knows about.
""")

add("notebook", "en", f"""
In [1]:
import openai, pandas as pd
openai.api_key = "{k("sk-proj-" + rnd(48))}"   # {n("Lars")}'s personal key — replace!

In [2]:
df = pd.read_csv("survey_responses_2024.csv")
df.head(3)

Out[2]:
   respondent_id  name               email                        age  city
0  R-0001         {n("Hilde Sørensen")}     {e("hilde.sorensen@gmail.com")}     44   Bergen
1  R-0002         {n("Tariq Mahmood")}      {e("tariq.m1980@outlook.com")}       43   Bradford
2  R-0003         {n("Jo Whitfield")}       {e("jo.whitfield@btinternet.com")}   29   Leeds

In [3]:
df["age"].describe()
""")

add("config", "en", f"""
# inventory/hosts.ini
[web]
web-01.internal ansible_host=10.12.0.21
web-02.internal ansible_host=10.12.0.22

[db]
db-01.internal ansible_host=10.12.0.31 ansible_user=dbadmin ansible_password={k("Qx9!vR2m#Lt7")}

[all:vars]
ansible_become_pass={k("S3rv3r-R00m-Keys")}
ansible_ssh_private_key_file=~/.ssh/id_ed25519
""")

add("config", "en", f"""
[core]
	repositoryformatversion = 0
	filemode = true
[remote "origin"]
	url = {u("https://jdubois:" + gh_token() + "@github.com/jdubois/thesis-code.git")}
	fetch = +refs/heads/*:refs/remotes/origin/*
[user]
	name = {n("Julien Dubois")}
	email = {e("julien.dubois@etu.univ-lyon1.fr")}
[branch "main"]
	remote = origin
	merge = refs/heads/main
""")

# ============================================================ HARD NEGATIVES — English, technical
neg("changelog", "en", """
# Changelog

## [4.12.0] — 2024-06-03
### Added
- Support for PostgreSQL 16.3 and MariaDB 11.4.2.
- New `--since` flag for `export` (accepts ISO 8601, e.g. `2024-05-01T00:00:00Z`).
### Fixed
- Crash when the config path contains spaces (#2214).
- Memory leak in the 4.11.2 scheduler under high load (#2209, #2230).
### Changed
- Minimum supported Node.js is now 18.20.3; Node 16 reached end of life.
- Bumped `protobufjs` from 7.2.5 to 7.3.0 and `undici` from 5.28.3 to 5.28.4 (security).

## [4.11.2] — 2024-05-14
### Fixed
- Regression from 4.11.1 where 10.0.0.1-style host entries were parsed as version strings.
- Windows installer 4.11.2.1093 now signs the uninstaller.

## [4.11.1] — 2024-05-02
- Build 4.11.1.1078, SHA-256 3b0e1f6c9a7d44c2b8e5f0a1d9c3e7b2a6f4d8c1e0b9a7f5d3c2b1a0e9f8d7c6
""")

neg("config", "en", """
# /etc/nginx/conf.d/shop.conf — managed by Ansible, do not edit by hand
upstream shop_backend {
    least_conn;
    server 10.12.0.21:8080 max_fails=3 fail_timeout=10s;
    server 10.12.0.22:8080 max_fails=3 fail_timeout=10s;
    server 10.12.0.23:8080 backup;
}

server {
    listen 443 ssl http2;
    listen [::]:443 ssl http2;
    server_name shop.example.net www.shop.example.net;

    ssl_certificate     /etc/letsencrypt/live/shop.example.net/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/shop.example.net/privkey.pem;

    set_real_ip_from 173.245.48.0/20;
    set_real_ip_from 103.21.244.0/22;
    real_ip_header CF-Connecting-IP;

    location /healthz { access_log off; return 200 "ok"; }
    location / {
        proxy_pass http://shop_backend;
        proxy_set_header Host $host;
        proxy_read_timeout 30s;
    }
}
""")

neg("config", "en", """
# /etc/hosts — build farm
127.0.0.1       localhost
::1             localhost ip6-localhost ip6-loopback
10.30.1.10      build-master.ci.internal build-master
10.30.1.11      build-agent-01.ci.internal
10.30.1.12      build-agent-02.ci.internal
10.30.1.13      build-agent-03.ci.internal
10.30.2.50      artifactory.ci.internal
10.30.2.51      sonarqube.ci.internal
172.17.0.1      docker-bridge
""")

neg("docs", "en", """
## Subnet plan — Leeds office (rev. 7, approved by Network CAB 2024-02-12)

| VLAN | Name        | Subnet            | Gateway       | DHCP range                       |
|------|-------------|-------------------|---------------|----------------------------------|
| 10   | Servers     | 10.20.10.0/24     | 10.20.10.1    | static only                      |
| 20   | Staff       | 10.20.20.0/22     | 10.20.20.1    | 10.20.20.50 – 10.20.23.200       |
| 30   | Voice       | 10.20.30.0/24     | 10.20.30.1    | 10.20.30.20 – 10.20.30.240       |
| 40   | Guest       | 192.168.40.0/24   | 192.168.40.1  | 192.168.40.20 – 192.168.40.250   |
| 99   | Management  | 10.20.99.0/27     | 10.20.99.1    | static only                      |

Upstream: BT Business leased line, /29 public block 81.145.12.96/29 (usable .97–.102), NAT pool .98.
Core switch stack: 2 × Aruba CX 6300M, firmware 10.13.1000. WLAN controller: 10.20.99.5.
""")

neg("code", "en", '''
import hashlib
import uuid

# Deterministic IDs for fixtures: uuid5 over a fixed namespace
NAMESPACE = uuid.UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
ORDER_IDS = [
    "3f2b8c1e-6a4d-4e9b-9c7a-1d2e3f4a5b6c",
    "a1b2c3d4-e5f6-4789-8abc-def012345678",
    "0c9e8d7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f",
]

EXPECTED_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # sha256 of b""
EXPECTED_MD5 = "d41d8cd98f00b204e9800998ecf8427e"
TEST_VECTOR_B64 = "SGVsbG8sIFdvcmxkIQ=="  # "Hello, World!"


def test_empty_digest():
    assert hashlib.sha256(b"").hexdigest() == EXPECTED_SHA256
    assert hashlib.md5(b"").hexdigest() == EXPECTED_MD5


def test_uuid5_stable():
    assert str(uuid.uuid5(NAMESPACE, "order-1")) == str(uuid.uuid5(NAMESPACE, "order-1"))
''')

neg("json", "en", """
{
  "name": "storefront",
  "version": "3.8.1",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "sha512-2A8QhOMrbomlDuiLeK9XibIBzuHeRcqqNOHp0Cyp5EoJ1IFDh+XZH3A6BkXtv0K4gFGCI0Y4BM7B1wOEi0Rmgw=="
    },
    "node_modules/follow-redirects": {
      "version": "1.15.6",
      "integrity": "sha512-wWN9QS0UHFtVbZGfBO8mT/kEOEAR2bJTqLM7q2VJwWnPmW8mD5r4f3RnZvK1J0lLUXwK8Dj3d+SSpJbjd7mfdg=="
    }
  }
}
""")

neg("code", "en", """
# syntax=docker/dockerfile:1.7
FROM python:3.12.4-slim@sha256:2be8daddbb82756f7d1f2c7ece706aadcb284bf6ab6d769ea695cc3ed6016743 AS base
ARG APP_VERSION=2.18.0
ENV PIP_NO_CACHE_DIR=1 \\
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /srv/app
COPY requirements.lock .
RUN pip install --require-hashes -r requirements.lock
COPY . .
EXPOSE 8000
HEALTHCHECK --interval=30s CMD curl -fsS http://127.0.0.1:8000/healthz || exit 1
CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:create_app()"]
""")

neg("catalog", "en", """
BUSINESS LAPTOPS — Q3 price list (ex. VAT)

SKU            Model                               CPU                 RAM   SSD     Price
N012L744014EMEA  Dell Latitude 7440 14"            Core i5-1345U       16GB  512GB   £1,049.00
N024L744014EMEA  Dell Latitude 7440 14"            Core i7-1365U       32GB  1TB     £1,389.00
21HD003KUK     Lenovo ThinkPad T14 Gen 4           Ryzen 7 PRO 7840U   32GB  1TB     £1,279.00
8A3R2EA#ABU    HP EliteBook 840 G10                Core i5-1335U       16GB  512GB   £999.00
MRX33B/A       Apple MacBook Pro 14" M3 Pro        11-core             18GB  512GB   £1,899.00

Accessories: Dell WD19S dock (210-AZBX) £169.00 · Dell KM5221W keyboard (580-AJRG) £39.99
EAN codes on request. All prices valid until 30/09/2024 or while stocks last. E&OE.
""")

neg("catalog", "en", """
FORD TRANSIT CUSTOM — 2024 model year specification sheet

Variant               Engine                     Power     Torque    Payload   Part no. (roof rack)
280 L1H1 Limited      2.0 EcoBlue 136PS          100 kW    360 Nm    1,107 kg  KM3J-19A478-AA
300 L1H1 Trail        2.0 EcoBlue 170PS Auto     125 kW    390 Nm    1,044 kg  KM3J-19A478-AA
320 L2H1 Sport        2.0 EcoBlue 170PS          125 kW    390 Nm    1,178 kg  KM3J-19A478-BB
E-Transit Custom      Electric 64 kWh usable     160 kW    415 Nm    1,088 kg  —

WLTP combined: 7.1–7.9 l/100 km, CO2 186–207 g/km. Service interval 2 years / 60,000 km.
""")

neg("docs", "en", """
### Authenticating with the API

Pass your key in the `Authorization` header:

```bash
curl https://api.example.com/v1/orders \\
  -H "Authorization: Bearer <YOUR_API_KEY>"
```

For the AWS CLI, configure a profile. The values below are the examples from the AWS documentation and will
not work:

```
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
region = eu-west-1
```

Database URLs follow the usual form `postgres://USER:PASSWORD@HOST:5432/DBNAME`, for example
`postgres://user:password@localhost:5432/mydb`. Never commit real credentials; use `${DB_PASSWORD}` from the
environment instead. Placeholder secrets such as `xxxxxxxxxxxxxxxx`, `changeme` or `********` are rejected at startup.
""")

neg("docs", "en", """
Testing payments in sandbox mode

Use these test card numbers. They only work with test API keys and never move real money.

| Brand      | Number                | CVC          | Date            |
|------------|-----------------------|--------------|-----------------|
| Visa       | 4242 4242 4242 4242   | any 3 digits | any future date |
| Visa       | 4111 1111 1111 1111   | any 3 digits | any future date |
| Mastercard | 5555 5555 5555 4444   | any 3 digits | any future date |
| Amex       | 3782 822463 10005     | any 4 digits | any future date |
| Declined   | 4000 0000 0000 0002   | any          | any             |

For SEPA tests use the IBAN DE89 3704 0044 0532 0130 00 or the classic example GB82 WEST 1234 5698 7654 32.
""")

neg("docs", "en", """
RFC-style examples used throughout this guide

Addresses reserved for documentation (RFC 5737 and RFC 3849) are used in all examples:
  - 192.0.2.0/24 (TEST-NET-1), e.g. 192.0.2.10
  - 198.51.100.0/24 (TEST-NET-2), e.g. 198.51.100.77
  - 203.0.113.0/24 (TEST-NET-3), e.g. 203.0.113.254
  - 2001:db8::/32, e.g. 2001:db8:85a3::8a2e:370:7334
The MAC address 00:00:5E:00:53:01 is from the documentation block (RFC 7042), and ff:ff:ff:ff:ff:ff is the
broadcast address. Example mailboxes are alice@example.com and bob@example.org; example phone numbers in North
America use 555-0100 through 555-0199, e.g. (212) 555-0142.
""")

neg("docs", "en", """
JWT anatomy

A JSON Web Token has three Base64URL-encoded parts separated by dots. The classic example from the jwt.io
debugger is:

    eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c

Decoded, the payload is {"sub": "1234567890", "name": "John Doe", "iat": 1516239022}. The signature was made with
the secret `your-256-bit-secret`. Never use this example key in production.
""")

neg("log", "en", """
2024-06-11T03:00:00.004Z INFO  scheduler  job=reindex-products run=7f9c2e1a-44b3-4c8d-a1e0-2b9d6f3c8e71 started
2024-06-11T03:00:12.511Z INFO  indexer    shard=3/8 docs=184220 took=12.4s node=10.40.2.17:9200
2024-06-11T03:00:19.902Z WARN  indexer    shard=5/8 slow query 1843ms node=10.40.2.18:9200 trace=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01
2024-06-11T03:01:02.337Z INFO  indexer    shard=8/8 docs=179054 took=9.8s node=10.40.2.19:9200
2024-06-11T03:01:02.340Z INFO  scheduler  job=reindex-products finished status=OK duration=62.3s version=2024.06.1
2024-06-11T03:05:00.000Z INFO  metrics    heap_used=2.41GB gc_pause_p99=38ms uptime=1209433s
""")

neg("terminal", "en", """
$ traceroute -n 1.1.1.1
traceroute to 1.1.1.1 (1.1.1.1), 30 hops max, 60 byte packets
 1  192.168.1.1  0.812 ms  0.770 ms  0.751 ms
 2  100.64.0.1  6.904 ms  7.115 ms  7.098 ms
 3  62.172.102.17  8.231 ms  8.203 ms  8.190 ms
 4  195.99.127.4  9.044 ms  9.122 ms  9.087 ms
 5  109.159.252.210  10.558 ms  10.431 ms  10.511 ms
 6  162.158.32.254  9.886 ms  9.870 ms  9.801 ms
 7  1.1.1.1  9.553 ms  9.540 ms  9.522 ms
$ dig +short MX example.net
10 mx1.example.net.
20 mx2.example.net.
""")

neg("config", "en", """
$ORIGIN example.net.
$TTL 3600
@       IN SOA  ns1.example.net. hostmaster.example.net. (
                2024061101 ; serial
                7200       ; refresh
                3600       ; retry
                1209600    ; expire
                3600 )     ; minimum
        IN NS   ns1.example.net.
        IN NS   ns2.example.net.
        IN MX   10 mx1.example.net.
ns1     IN A    198.51.100.53
ns2     IN A    203.0.113.53
mx1     IN A    198.51.100.25
www     IN A    198.51.100.80
        IN AAAA 2001:db8:10::80
""")

neg("terminal", "en", """
$ kubectl get pods -n checkout -o wide
NAME                              READY   STATUS    RESTARTS   AGE   IP             NODE
checkout-api-7d9f8c6b5-2xkqp      1/1     Running   0          3d    10.244.3.17    aks-pool1-38412207-vmss000003
checkout-api-7d9f8c6b5-9wz4m      1/1     Running   1          3d    10.244.1.42    aks-pool1-38412207-vmss000001
checkout-worker-5c8b9d7f4-lmn8t   1/1     Running   0          19h   10.244.2.8     aks-pool1-38412207-vmss000002
redis-master-0                    1/1     Running   0          12d   10.244.0.25    aks-pool1-38412207-vmss000000
$ kubectl get svc checkout-api
NAME           TYPE           CLUSTER-IP     EXTERNAL-IP     PORT(S)         AGE
checkout-api   LoadBalancer   10.0.148.211   20.108.54.17    443:31544/TCP   212d
""")

neg("config", "en", """
# iptables rules — edge firewall (generated 2024-06-01 by fwgen 2.4.0)
-A INPUT -i lo -j ACCEPT
-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT
-A INPUT -p tcp -s 10.20.99.0/27 --dport 22 -j ACCEPT
-A INPUT -p tcp --dport 443 -j ACCEPT
-A INPUT -p udp -s 10.20.30.0/24 --dport 5060:5061 -j ACCEPT
-A FORWARD -s 192.168.40.0/24 -d 10.0.0.0/8 -j DROP
-A INPUT -j LOG --log-prefix "DROP-IN: " --log-level 4
-A INPUT -j DROP
""")

neg("docs", "en", """
SHA256SUMS for release 2.18.0

9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  app-2.18.0-linux-amd64.tar.gz
60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752  app-2.18.0-linux-arm64.tar.gz
fd61a03af4f77d870fc21e05e7e80678095c92d808cfb3b5c279ee04c74aca13  app-2.18.0-darwin-arm64.zip
a4e624d686e03ed2767c0abd85c14426b0b1157d2ce81d27bb4fe4f6f01d688a  app-2.18.0-windows-amd64.zip

Verify with: sha256sum --ignore-missing -c SHA256SUMS
GPG key fingerprint: 4AEE 18F8 3AFD EB23 3F4C  7A1B 9D5E 8C2F 11A0 77D4
""")

neg("css", "en", """
:root {
  --brand-primary: #1a73e8;
  --brand-secondary: #fbbc04;
  --surface: #ffffff;
  --surface-dark: #202124;
  --text-muted: #5f6368;
  --focus-ring: 0 0 0 3px rgba(26, 115, 232, 0.45);
}
.badge--new { background: #e6f4ea; color: #137333; }
.badge--sale { background: #fce8e6; color: #c5221f; }
@media (min-width: 1024px) { .grid { grid-template-columns: repeat(12, minmax(0, 1fr)); gap: 24px; } }
/* build 2024.06.11+sha.9c1e44f */
""")

neg("iot", "en", """
timestamp,sensor_eui,site,temp_c,rh_pct,battery_v,rssi
2024-06-11T06:00:00Z,70-B3-D5-7E-D0-00-4A-11,Roof-North,14.2,71.3,3.61,-97
2024-06-11T06:00:00Z,70-B3-D5-7E-D0-00-4A-12,Roof-South,15.0,69.8,3.58,-101
2024-06-11T06:15:00Z,70-B3-D5-7E-D0-00-4A-11,Roof-North,14.6,70.9,3.61,-96
2024-06-11T06:15:00Z,70-B3-D5-7E-D0-00-4A-12,Roof-South,15.4,69.1,3.58,-102
# gateway: Kerlink iStation, firmware 5.9.2, backhaul 4G
""")

neg("math", "en", """
Exercise 7 (modular arithmetic). Show that 2^61 − 1 = 2305843009213693951 is prime using a Lucas–Lehmer test,
then compute 4111111111111111 mod 97 and 123456789012345678 mod 1000000007.

Hints:
  • 10^16 mod 97 = 62, so split the number into 16-digit blocks.
  • The 10,000th prime is 104729; the 1,000,000th is 15485863.
  • π ≈ 3.14159265358979323846264338327950288, e ≈ 2.71828182845904523536.
Answer key: 4111111111111111 mod 97 = 41 (check it!), and the Fibonacci number F(80) = 23416728348467685.
""")

neg("tracking", "en", """
Shipment status — order ORD-2024-0611-88213 (3 parcels)

Parcel 1  UPS 1Z 999 AA1 01 2345 6784   Out for delivery — Leeds depot, 07:42
Parcel 2  FedEx 7749 1234 5678          In transit — Memphis hub, arrived 02:15
Parcel 3  Royal Mail JD 0000 2231 4471 8826 GB  Delivered — signed for at reception, 11:03

Warehouse pick list 4410-B, bay 17, pallet SSCC 00 3 1234560 000004471 8
Customs entry 24GB7A1B2C3D4E5F6 cleared 10/06/2024 23:51.
""")

neg("bibliography", "en", """
Further reading

1. Kahneman, D. (2011). Thinking, Fast and Slow. Farrar, Straus and Giroux. ISBN 978-0-374-27563-1.
2. Harari, Y. N. (2015). Sapiens: A Brief History of Humankind. Harper. ISBN 978-0-06-231609-7.
3. Mantel, H. (2009). Wolf Hall. Fourth Estate. ISBN 978-0-00-723018-1.
4. Knuth, D. E. (1997). The Art of Computer Programming, Vol. 1 (3rd ed.). Addison-Wesley. ISBN 0-201-89683-4.
5. Shannon, C. E. (1948). A Mathematical Theory of Communication. Bell System Technical Journal 27(3), 379–423.
   doi:10.1002/j.1538-7305.1948.tb01338.x
""")

neg("gps", "en", """
Ride summary — Sunday loop
Start: 2024-06-09 07:12:04 BST   Distance: 84.3 km   Elevation: 1,142 m   Avg: 26.1 km/h   NP: 212 W

Waypoints
  51.4545° N, 2.5879° W   (Clifton Suspension Bridge)
  51.3811° N, 2.3590° W   (Bath, Pulteney Bridge)
  51.2813° N, 2.7750° W   (Cheddar Gorge summit, 07:58:31)
  51.4545° N, 2.5879° W   (finish)
Segment PR: "Cheddar Gorge climb" 5.2 km @ 4.1% in 17:43.
""")

# ============================================================ HARD NEGATIVES — English, prose
neg("sports", "en", """
Arsenal 3–1 Chelsea: Saka double keeps title race alive

Bukayo Saka scored twice as Arsenal came from behind to beat Chelsea at the Emirates on Saturday evening.
Cole Palmer had given the visitors the lead from the penalty spot on 23 minutes after William Saliba was
adjudged to have fouled Nicolas Jackson, but Saka levelled before half-time with a curling shot from 18 yards.

Declan Rice set up the second for Saka on 61 minutes and Kai Havertz, booed throughout by his former club's
supporters, sealed it in stoppage time. Mikel Arteta said afterwards: "We showed character. Bukayo was
outstanding." Mauricio Pochettino admitted his side "lost control" after the break.

Attendance: 60,212. Referee: Michael Oliver. Arsenal: Raya; White, Saliba, Gabriel, Zinchenko; Ødegaard, Rice,
Havertz; Saka, Jesus (Trossard 74), Martinelli.
""")

neg("review", "en", """
Book review: "Wolf Hall" revisited, fifteen years on

Hilary Mantel's Wolf Hall (2009) follows Thomas Cromwell from his brutal childhood in Putney to the heart of
Henry VIII's court. Rereading it now, what strikes me is how Mantel makes Cromwell — a man history remembered as
a thug — into the most humane person in the room. Anne Boleyn is brittle and brilliant; Thomas More, usually the
saint, is a cold zealot; Cardinal Wolsey is warm and doomed.

The sequels, Bring Up the Bodies (2012) and The Mirror and the Light (2020), complete the arc to Cromwell's
execution on 28 July 1540. Mark Rylance's performance in the BBC adaptation remains definitive.
Rating: 5/5. Fourth Estate, 653 pp., £10.99.
""")

neg("history", "en", """
Napoleon Bonaparte was born in Ajaccio, Corsica, on 15 August 1769, the fourth child of Carlo Buonaparte and
Letizia Ramolino. He attended the military school at Brienne-le-Château and graduated from the École Militaire
in Paris in 1785. He rose to prominence during the French Revolution, seized power in the coup of 18 Brumaire
(9 November 1799) and crowned himself Emperor on 2 December 1804 at Notre-Dame.

After the disastrous invasion of Russia in 1812 and defeat at Leipzig in 1813, he was exiled to Elba. He returned
for the Hundred Days, was defeated at Waterloo on 18 June 1815 by the Duke of Wellington and Gebhard Leberecht von
Blücher, and died on Saint Helena on 5 May 1821.
""")

neg("tourism", "en", """
A walking tour of Berlin's East

Start at Alexanderplatz and walk south-east along Karl-Marx-Allee, the monumental boulevard built in the 1950s.
At Strausberger Platz keep straight on; the Café Sibylle at number 72 has a small free exhibition about the
street's history. Turn left on Warschauer Straße and cross the Oberbaum Bridge to Kreuzberg, or turn right to
reach the East Side Gallery, where Dmitri Vrubel's "My God, Help Me to Survive This Deadly Love" still draws crowds.

Finish at the Topographie des Terrors, Niederkirchnerstraße 8, 10963 Berlin (free entry, daily 10:00–20:00).
Allow three hours. Nearest U-Bahn: Weberwiese (U5).
""")

neg("press", "en", """
FOR IMMEDIATE RELEASE

Siemens Healthineers opens new MRI production line in Erlangen

ERLANGEN, Germany, 11 June 2024 — Siemens Healthineers AG (Henkestraße 127, 91052 Erlangen) today opened a
€80 million production line for its MAGNETOM Flow MRI scanners. Chief Executive Officer Bernd Montag said the
helium-free design would "change where MRI can be installed".

The company also confirmed its fiscal 2024 outlook of 6.5% to 8.5% comparable revenue growth. Shares
(ISIN DE000SHL1006) closed at €52.14 in Frankfurt.

About Siemens Healthineers: headquartered in Erlangen, the company employs about 71,000 people in more than
70 countries. Commercial register: Amtsgericht Fürth, HRB 16223.
""")

neg("review", "en", """
Film review — "Oppenheimer" (2023), dir. Christopher Nolan

Cillian Murphy gives a haunted, hollow-cheeked performance as J. Robert Oppenheimer, the physicist who led the
Manhattan Project at Los Alamos. Robert Downey Jr. is superb as Lewis Strauss, and Emily Blunt does a lot with
the underwritten role of Kitty Oppenheimer. Nolan cuts between the 1954 security hearing and the 1945 Trinity
test, shot in black-and-white and colour respectively. Runtime 180 minutes. Ludwig Göransson's score is relentless.
Four stars.
""")

neg("encyclopedia", "en", """
Marie Curie (born Maria Salomea Skłodowska; 7 November 1867 – 4 July 1934) was a Polish and naturalised-French
physicist and chemist who conducted pioneering research on radioactivity. She was the first woman to win a Nobel
Prize, the first person to win a Nobel Prize twice, and the only person to win in two scientific fields.
Her husband, Pierre Curie, was a co-winner of her first Nobel Prize. Their daughter Irène Joliot-Curie and
son-in-law Frédéric Joliot-Curie also won a Nobel Prize. She was born in Warsaw, at 16 Freta Street, now the
Maria Skłodowska-Curie Museum.
""")

neg("news", "en", """
Toni Morrison, Nobel laureate, remembered at Princeton symposium

Scholars gathered at Princeton University on Friday to mark what would have been the 93rd birthday of Toni
Morrison, born Chloe Ardelia Wofford on February 18, 1931, in Lorain, Ohio. Morrison, who taught at Princeton
from 1989 until 2006, won the Pulitzer Prize for "Beloved" in 1988 and the Nobel Prize in Literature in 1993.
She died on August 5, 2019. Oprah Winfrey, who starred in the 1998 film adaptation of "Beloved", sent a video message.
""")

neg("directions", "en", """
How to find us

By car: leave the M62 at junction 27 and follow signs for the city centre. At the Martin Luther King Jr. roundabout
take the third exit onto Queen Victoria Street, then turn left after the Churchill Tower car park.
By train: we are a 10-minute walk from Leeds station. Exit by the Aire Street entrance, walk past the Rosa Parks
mural and the statue of the Black Prince in City Square.
By air: Leeds Bradford Airport, or Manchester Airport — not to be confused with John Lennon Airport in Liverpool or
George Best Belfast City Airport.
""")

neg("marketing", "en", """
SUMMER SALE — up to 40% off!

Mark your calendars: the sale starts Friday at 9am. Don't miss our Grace Period offer — pay nothing for 90 days.
Will you be the first through the door? We hope so! Rose gold watches from £49, Young Explorer backpacks from
£19.99, and the whole Rich Roast coffee range is buy-one-get-one-free. Bring the bill from your last
phone contract and we'll beat it. Law firms and schools: ask about bulk pricing.
Terms: while stocks last. Not valid with any other offer.
""")

neg("form", "en", """
APPLICATION FOR A PARKING PERMIT (template — fill in BLOCK CAPITALS)

Full name: ______________________________________
Date of birth: __ / __ / ____
Address: ________________________________________   Postcode: ________
Telephone: ______________   Email: _____________________@__________
Vehicle registration: ________    Make/model: ________________
National Insurance number (optional): __ __ __ __ __
Signature: ____________________   Date: __ / __ / ____

Return to: Parking Services, Civic Centre, PO Box 100. Fee: £65 per year (£32.50 for second vehicle).
""")

neg("code", "en", """
// fixtures/placeholder-customers.ts — obviously fake data for UI screenshots
export const demoCustomers = [
  { id: 1, name: "Jane Doe", email: "jane.doe@example.com", phone: "555-0100", address: "123 Main Street, Anytown" },
  { id: 2, name: "John Smith (sample)", email: "john.smith@example.org", phone: "555-0101", address: "1 Example Road" },
  { id: 3, name: "Test User", email: "test@test.invalid", phone: "000-000-0000", address: "N/A" },
];
export const demoCard = "4111 1111 1111 1111"; // Visa test number
export const demoIban = "XX00 0000 0000 0000 0000 00";
""")

neg("lorem", "en", """
Lorem ipsum dolor sit amet, consectetur adipiscing elit. Integer posuere erat a ante venenatis dapibus posuere
velit aliquet. Donec ullamcorper nulla non metus auctor fringilla. Vestibulum id ligula porta felis euismod
semper. Maecenas sed diam eget risus varius blandit sit amet non magna. Cras mattis consectetur purus sit amet
fermentum. Nullam quis risus eget urna mollis ornare vel eu leo. Version 1.0.4 — placeholder copy for layout 7b.
""")

neg("government", "en", """
Contact HM Revenue & Customs

Write to: Pay As You Earn and Self Assessment, HM Revenue and Customs, BX9 1AS, United Kingdom.
You do not need a street name or PO box. Telephone: 0300 200 3300 (Monday to Friday, 8am to 6pm).
From outside the UK: +44 161 931 9070. Have your National Insurance number or Unique Taxpayer Reference ready —
do not include them in web chat. Textphone: 18001 then 0300 200 3300.
""")

neg("museum", "en", """
Visiting the Rijksmuseum

Address: Museumstraat 1, 1071 XX Amsterdam. Open daily 9:00–17:00. Tickets €22.50, under-18s free.
Highlights include Rembrandt's "The Night Watch" (1642), Vermeer's "The Milkmaid" (c. 1660) and Frans Hals's
"The Merry Drinker". The Night Watch shows the militia company of District II under Captain Frans Banninck Cocq.
Tram 2 or 12 to the Rijksmuseum stop.
""")

neg("sports", "en", """
Premier League table after matchweek 37

Pos  Club               P   W   D   L   GF  GA   GD   Pts
1    Manchester City    37  27   7   3   93  33   +60   88
2    Arsenal            37  27   5   5   89  28   +61   86
3    Liverpool          37  23  10   4   84  41   +43   79
4    Aston Villa        37  20   8   9   76  56   +20   68
5    Tottenham Hotspur  37  19   6  12   71  61   +10   63
Top scorer: Erling Haaland 27. Most assists: Ollie Watkins 13. Golden Glove: David Raya 15 clean sheets.
""")

neg("finance", "en", """
Markets close: FTSE 100 +0.4% at 8,228.48; DAX −0.2% at 18,494.89; S&P 500 +0.3% at 5,360.79.
Nvidia (NVDA) rose 3.5% to $121.79 after its 10-for-1 split; Apple (AAPL) gained 7.3% to $207.15 after WWDC.
Brent crude $81.63/bbl; gold $2,317.40/oz; EUR/USD 1.0738; GBP/USD 1.2739. US 10-year yield 4.40%.
Warren Buffett's Berkshire Hathaway (BRK.B) slipped 0.6%.
""")

neg("science", "en", """
Abstract. We conducted a randomised, double-blind trial (NCT04512345) in 1,204 adults aged 40–75 with type 2
diabetes. Participants received 1.0 mg semaglutide or placebo weekly for 68 weeks. Mean HbA1c fell by 1.6
percentage points (95% CI 1.4–1.8; p < 0.001) versus 0.3 with placebo. The BRCA1 and TP53 variants were not
associated with response. Adverse events occurred in 74.2% vs 61.8%. Funded by grant R01-DK-118723.
""")

neg("timetable", "en", """
Departures — London King's Cross — 11/06/2024

Time   Destination               Operator   Platform   Status
10:00  Edinburgh                 LNER       4          On time
10:03  Cambridge North           GTR        9          Exp 10:07
10:06  Leeds                     LNER       1          On time
10:12  Peterborough              GTR        10         Cancelled
10:30  Newcastle                 LNER       2          On time
10:33  King's Lynn               GTR        11         On time
Service 1S09 formed of 2 × Class 801 Azuma (801 223 + 801 107).
""")

neg("chess", "en", """
[Event "Norway Chess 2024"]
[Site "Stavanger NOR"]
[Date "2024.05.30"]
[Round "4"]
[White "Carlsen, Magnus"]
[Black "Nakamura, Hikaru"]
[Result "1-0"]
[WhiteElo "2830"]
[BlackElo "2794"]
[ECO "C65"]

1. e4 e5 2. Nf3 Nc6 3. Bb5 Nf6 4. d3 Bc5 5. c3 O-O 6. O-O d6 7. h3 a6 8. Ba4 Ba7 9. Re1 h6 10. Nbd2 Re8 1-0
""")

neg("recipe", "en", """
Victoria sponge (serves 8)

Ingredients: 200 g caster sugar, 200 g softened butter, 4 eggs, 200 g self-raising flour, 1 tsp baking powder,
2 tbsp milk. For the filling: 100 g butter, 140 g icing sugar, 1 drop vanilla, 340 g jar strawberry jam.

Heat the oven to 190°C/170°C fan/gas 5. Grease two 20 cm tins. Beat everything together, divide between the tins
and bake for 20 minutes. Named after Queen Victoria, who reportedly ate a slice with her afternoon tea.
Recipe adapted from Mary Berry's Baking Bible (2009), p. 112.
""")

neg("weather", "en", """
Shipping forecast issued by the Met Office at 0505 on Tuesday 11 June 2024

Viking, North Utsire: Southwesterly 5 to 7, occasionally gale 8 later. Moderate or rough. Rain then showers. Good,
occasionally poor. Forties, Cromarty: Westerly 4 or 5, increasing 6 at times. Moderate. Showers. Good.
Low, Rockall, 986, moving slowly northeast, expected Faeroes 978 by 0600 Wednesday.
""")

neg("lottery", "en", """
National Lottery results — Saturday 8 June 2024
Lotto: 04 17 22 31 44 58   Bonus: 12      Jackpot: £3,812,441 — no winner, rolls over
Thunderball: 03 11 24 29 36   Thunderball 07
EuroMillions (Friday): 09 18 27 34 48  Lucky Stars 02 11   UK Millionaire Maker code: XTCR 48271
Prize claims must be made within 180 days. Odds of winning the Lotto jackpot: 1 in 45,057,474.
""")

neg("flight", "en", """
ARRIVALS — Terminal 5 — 14:20
Flight    From                 Sched  Expected  Status      Belt
BA 0117   New York JFK         14:05  13:58     Landed      07
BA 0283   Los Angeles          14:10  14:31     Delayed     —
IB 3166   Madrid               14:15  14:12     Landed      11
BA 0432   Amsterdam            14:25  14:25     On time     —
QR 0007   Doha                 14:35  14:40     Expected    —
Aircraft G-XWBG (A350-1041), G-ZBKF (787-9).
""")

neg("legal", "en", """
Under Article 15 of Regulation (EU) 2016/679 (GDPR) the data subject has the right to obtain confirmation of
whether personal data are being processed. See Case C-154/21 Österreichische Post and Case C-487/21 F.F. v
Österreichische Datenschutzbehörde. In the United States, cf. 42 U.S.C. § 1983 and Carpenter v. United States,
585 U.S. 296 (2018), concerning cell-site location information. See also Donoghue v Stevenson [1932] UKHL 100.
""")

neg("music", "en", """
Glastonbury 2024 — Pyramid Stage line-up
Friday: Dua Lipa (headline), LCD Soundsystem, Michael Kiwanuka, Keane
Saturday: Coldplay (headline), Little Simz, Paul Heaton, Ayra Starr
Sunday: SZA (headline), Shania Twain (Legends slot), Janelle Monáe, Burna Boy
Gates open Wednesday 08:00. Tickets £355 + £5 booking fee. No re-sale after 1 May.
""")

neg("places", "en", """
Meeting point options for the regional sales day:
- Charles de Gaulle Airport, Terminal 2E (CDG) — the Sheraton is inside the terminal
- John F. Kennedy International (JFK) — TWA Hotel
- Queen Elizabeth Olympic Park, London — Here East conference centre
- Simón Bolívar International Airport, Caracas — only if the LATAM team insists
- Wellington, New Zealand (named after Arthur Wellesley, 1st Duke of Wellington)
Vote in the poll by Friday.
""")

neg("products", "en", """
Staff picks this month:
• Dr. Martens 1460 boots, 8-eye, cherry red — sizes 3–13
• Ben & Jerry's Cookie Dough, 465 ml
• Tesla Model Y Long Range — test drives at the Park Royal showroom
• Johnnie Walker Black Label 12 Year Old, 70 cl
• Jack Daniel's Tennessee Honey
• Marie Claire back issues, 2019–2023
• Mrs. Meyer's Clean Day hand soap, lavender
""")

# ============================================================ HARD NEGATIVES — other languages
neg("history", "de", """
Johann Wolfgang von Goethe wurde am 28. August 1749 in Frankfurt am Main im Haus am Großen Hirschgraben 23
geboren. Sein Vater Johann Caspar Goethe war kaiserlicher Rat, seine Mutter Catharina Elisabeth Goethe, geb. Textor,
Tochter des Stadtschultheißen. 1775 folgte er der Einladung des Herzogs Carl August nach Weimar, wo er bis zu
seinem Tod am 22. März 1832 lebte. Mit Friedrich Schiller verband ihn ab 1794 eine enge Freundschaft.
Das Goethe-Haus (Großer Hirschgraben 23–25, 60311 Frankfurt) ist heute ein Museum.
""")

neg("directions", "de", """
Anfahrt zur Messe

Mit der U-Bahn: Linie U5 bis Frankfurter Tor, dann zu Fuß die Karl-Marx-Allee stadteinwärts bis zur
Strausberger Platz. Mit dem Auto: A100 Abfahrt Gradestraße, dann links in die Sonnenallee, nach 2 km rechts in
die Hermannstraße. Parkhaus am Alexanderplatz, Einfahrt Otto-Braun-Straße. Von der Rosa-Luxemburg-Straße sind es
nur 5 Minuten zu Fuß. Achtung: die Friedrich-Ebert-Brücke ist bis 30.09. gesperrt.
""")

neg("sports", "de", """
Bayer Leverkusen bleibt ungeschlagen: 2:1 gegen den VfB Stuttgart

Florian Wirtz brachte die Werkself in der 12. Minute in Führung, Serhou Guirassy glich kurz vor der Pause aus.
In der Nachspielzeit köpfte Robert Andrich zum 2:1 ein – sein dritter Treffer in der Nachspielzeit in dieser
Saison. Xabi Alonso lobte die Moral seiner Mannschaft. Zuschauer: 30.210 (ausverkauft). Schiedsrichter: Deniz Aytekin.
""")

neg("catalog", "de", """
Bosch Professional — Akku-Bohrschrauber

Artikelnr.        Modell               Spannung  Drehmoment  Akku            Preis (netto)
06019J4002        GSR 18V-55           18 V      55 Nm       2 × 2,0 Ah      189,00 €
06019J4102        GSR 18V-55 + L-BOXX  18 V      55 Nm       2 × 4,0 Ah      259,00 €
06019K6100        GSR 18V-110 C        18 V      110 Nm      ohne Akku       219,00 €
1600A016GB        ProCORE18V 4.0Ah     —         —           Ersatzakku       79,90 €
EAN 4059952513529 · Garantie 3 Jahre nach Registrierung · Stand: 06/2024
""")

neg("press", "de", """
Pressemitteilung — Deutsche Bahn AG, Potsdamer Platz 2, 10785 Berlin

Berlin, 11. Juni 2024. Die Deutsche Bahn nimmt zum Fahrplanwechsel am 15. Dezember 2024 die Neubaustrecke
Wendlingen–Ulm voll in Betrieb. ICE-Züge der Baureihe 412 verkehren dann im Stundentakt. Vorstandsvorsitzender
Richard Lutz sprach von einem „Meilenstein". Handelsregister: Amtsgericht Berlin-Charlottenburg, HRB 50000.
""")

neg("changelog", "de", """
Versionshinweise 8.4.2 (Build 8.4.2.1170), veröffentlicht am 04.06.2024

Neu:
 • Export nach DATEV-Format 700 (Version 12.0)
 • Unterstützung für ZUGFeRD 2.3 / XRechnung 3.0.1
Behoben:
 • Absturz beim Import von CSV-Dateien > 2 GB (Ticket #44817)
 • Falsche Rundung bei 7 % USt. in Version 8.4.1
Bekannte Probleme: Auf Windows Server 2016 (Build 14393.6981) startet der Dienst verzögert.
""")

neg("history", "fr", """
Napoléon Bonaparte est né le 15 août 1769 à Ajaccio. Victor Hugo, né le 26 février 1802 à Besançon, évoque
souvent l'Empereur dans ses poèmes. Hugo s'exila à Guernesey, à Hauteville House, de 1856 à 1870, et y écrivit
Les Misérables, dont les personnages — Jean Valjean, Javert, Fantine, Cosette — sont devenus universels.
Il mourut le 22 mai 1885 ; ses funérailles nationales rassemblèrent deux millions de personnes.
""")

neg("tourism", "fr", """
Une journée à Paris

Commencez par l'Arc de Triomphe et descendez l'avenue des Champs-Élysées jusqu'à la place de la Concorde.
Traversez le jardin des Tuileries vers le Louvre (entrée par la pyramide, 9 h–18 h, 22 €). Déjeunez rue Montorgueil,
puis prenez le métro ligne 4 jusqu'à Saint-Michel. Le soir, montez à Montmartre par la rue Lepic, où vécut Vincent
van Gogh au numéro 54. Aéroport Charles-de-Gaulle : RER B, 35 minutes.
""")

neg("press", "fr", """
Communiqué de presse — Renault Group

Boulogne-Billancourt, le 11 juin 2024 — Renault Group (siège social : 122-122 bis avenue du Général Leclerc,
92100 Boulogne-Billancourt) annonce la production du millionième moteur électrique à Cléon. Luca de Meo,
directeur général, a salué « une étape historique ». RCS Nanterre 441 639 465. Capital social : 1 126 701 902,04 €.
""")

neg("recipe", "fr", """
Tarte Tatin (pour 6 personnes)

150 g de sucre, 80 g de beurre demi-sel, 1,2 kg de pommes Golden, 1 pâte brisée de 230 g.
Préchauffez le four à 200 °C (th. 6-7). Faites un caramel avec le sucre et le beurre dans un moule de 24 cm,
disposez les pommes, faites cuire 15 min sur le feu puis 35 min au four. Recette dite des sœurs Stéphanie et
Caroline Tatin, hôtel Tatin, Lamotte-Beuvron, vers 1880.
""")

neg("sports", "es", """
El Real Madrid conquista su 15.ª Copa de Europa

Dani Carvajal y Vinícius Júnior marcaron en la segunda parte para dar al Real Madrid la victoria por 2-0 ante el
Borussia Dortmund en Wembley. Carlo Ancelotti se convierte en el entrenador con más títulos de la competición (5).
Toni Kroos se despidió del club con su sexto título europeo. Asistencia: 86.212 espectadores.
""")

neg("history", "es", """
Miguel de Cervantes Saavedra nació probablemente el 29 de septiembre de 1547 en Alcalá de Henares. Participó en
la batalla de Lepanto (1571), donde perdió la movilidad de la mano izquierda, y estuvo cautivo en Argel cinco
años. La primera parte de El ingenioso hidalgo don Quijote de la Mancha se publicó en 1605. Murió en Madrid el
22 de abril de 1616, en la calle del León, esquina con la calle de Francos (hoy calle de Cervantes, 2).
""")

neg("tourism", "es", """
Ruta por el Madrid de los Austrias: salga de la Puerta del Sol por la calle Mayor hasta la Plaza Mayor (construida
en 1619 bajo Felipe III). Continúe por la calle de Toledo hasta la Basílica de San Isidro y vuelva por la calle de
Alcalá hacia la Cibeles. El Museo del Prado (Paseo del Prado s/n, 28014 Madrid) abre de 10:00 a 20:00; entrada 15 €.
""")

neg("history", "it", """
Giuseppe Garibaldi nacque a Nizza il 4 luglio 1807. Nel 1860 guidò la spedizione dei Mille, salpando da Quarto il
5 maggio e sbarcando a Marsala l'11 maggio. Il 26 ottobre incontrò Vittorio Emanuele II a Teano. Morì a Caprera
il 2 giugno 1882. In quasi ogni città italiana c'è una via Garibaldi, una piazza Cavour e un corso Vittorio Emanuele.
""")

neg("sports", "it", """
Serie A, 38ª giornata: Inter campione con 94 punti

Lautaro Martínez chiude da capocannoniere con 24 reti, davanti a Dušan Vlahović (16). Simone Inzaghi festeggia il
secondo scudetto da allenatore. Retrocedono Frosinone, Sassuolo e Salernitana. Il Milan di Stefano Pioli chiude
secondo a 75 punti; la Juventus di Massimiliano Allegri terza con 71.
""")

neg("catalog", "it", """
Listino Fiat Professional — Ducato 2024
Versione                     Motore                  Potenza   Portata   Codice allestimento   Prezzo IVA esclusa
Furgone 33 MH2 Business      2.2 MultiJet3 140 CV    103 kW    1.395 kg  250.SXM.1             34.950 €
Furgone 35 LH2 Serie 2       2.2 MultiJet3 180 CV    132 kW    1.475 kg  250.SXN.3             41.200 €
E-Ducato 35 LH2              elettrico 110 kWh       200 kW    1.335 kg  250.EXA.1             62.900 €
""")

neg("tourism", "nl", """
Fietsroute door Amsterdam-Centrum

Start bij het Centraal Station en fiets via het Damrak naar de Dam. Neem de Raadhuisstraat en sla rechtsaf de
Keizersgracht op. Bij de Leidsegracht linksaf naar het Leidseplein en door het Vondelpark naar het Museumplein.
Het Van Gogh Museum (Museumplein 6) en het Stedelijk Museum (Museumplein 10) liggen naast elkaar. Het Anne Frank
Huis ligt aan de Prinsengracht 263-267; reserveer tickets online.
""")

neg("history", "nl", """
Rembrandt Harmenszoon van Rijn werd op 15 juli 1606 in Leiden geboren als negende kind van Harmen Gerritsz. van
Rijn en Neeltgen Willemsdr. van Zuytbrouck. In 1634 trouwde hij met Saskia van Uylenburgh. De Nachtwacht voltooide
hij in 1642. Hij stierf op 4 oktober 1669 in Amsterdam en werd begraven in de Westerkerk.
""")

neg("changelog", "nl", """
Release notes MijnApp 5.3.0 (build 5.3.0.2207) — 3 juni 2024
- Nieuw: inloggen met DigiD app-koppeling versie 2.1
- Verbeterd: laadtijd overzichtspagina van 1,8 s naar 0,6 s
- Opgelost: crash op Android 14 (API 34) bij het openen van PDF's groter dan 20 MB
- Minimale iOS-versie is nu 15.0
""")

neg("sports", "pt-BR", """
Pelé, o Rei do Futebol, nasceu Edson Arantes do Nascimento em 23 de outubro de 1940, em Três Corações (MG).
Marcou 1.281 gols em 1.363 jogos, venceu três Copas do Mundo (1958, 1962 e 1970) e defendeu o Santos por quase
duas décadas. Morreu em 29 de dezembro de 2022, em São Paulo. O estádio Rei Pelé, em Maceió, leva seu nome.
""")

neg("recipe", "pt-BR", """
Pão de queijo mineiro (rende 30 unidades)
500 g de polvilho azedo, 250 ml de leite, 125 ml de óleo, 1 colher (chá) de sal, 2 ovos, 200 g de queijo meia-cura ralado.
Ferva o leite com o óleo e o sal, escalde o polvilho, acrescente os ovos e o queijo. Modele bolinhas de 3 cm e asse a
180 °C por 25 a 30 minutos. Dica da Dona Benta: não abra o forno nos primeiros 15 minutos.
""")

neg("tourism", "pt-PT", """
Lisboa a pé: da Praça do Comércio suba a Rua Augusta até ao Rossio, apanhe o Elevador de Santa Justa (5,30 €) e
visite o Convento do Carmo. Desça pela Rua Garrett até ao Café A Brasileira, onde está a estátua de Fernando Pessoa.
À tarde, elétrico 28 até à Graça. O Mosteiro dos Jerónimos (Praça do Império 1400-206 Lisboa) fecha à segunda-feira.
""")

neg("history", "pl", """
Maria Skłodowska-Curie urodziła się 7 listopada 1867 r. w Warszawie przy ulicy Freta 16. Mikołaj Kopernik urodził
się 19 lutego 1473 r. w Toruniu. Fryderyk Chopin przyszedł na świat 1 marca 1810 r. w Żelazowej Woli. Wszyscy troje
mają swoje ulice w niemal każdym polskim mieście — ul. Kopernika, ul. Chopina i ul. Skłodowskiej-Curie.
""")

neg("tourism", "pl", """
Spacer po Krakowie: zacznij przy Barbakanie, przejdź przez Bramę Floriańską i ulicą Floriańską dojdź do Rynku
Głównego. Kościół Mariacki (hejnał co godzinę), Sukiennice, potem ul. Grodzka na Wawel. Bilety na Zamek Królewski:
35 zł. Powrót bulwarami wiślanymi do Kazimierza, ul. Szeroka. Tramwaj nr 8 lub 13.
""")

neg("sports", "pl", """
Robert Lewandowski strzelił 19. gola w sezonie La Liga, a FC Barcelona wygrała z Rayo Vallecano 3:0. Wojciech
Szczęsny zachował czyste konto w Juventusie. Reprezentacja Polski pod wodzą Michała Probierza zagra na Euro 2024
w grupie D z Holandią, Austrią i Francją. Mecz z Holandią 16 czerwca w Hamburgu o 15:00.
""")

neg("history", "cs", """
Karel IV. se narodil 14. května 1316 v Praze jako Václav. Roku 1348 založil Univerzitu Karlovu a Nové Město pražské,
roku 1357 položil základní kámen Karlova mostu. Zemřel 29. listopadu 1378. Turisté dnes procházejí po Karlově mostě
z Malé Strany na Staré Město, kolem sochy sv. Jana Nepomuckého.
""")

neg("catalog", "sv", """
IKEA — förvaring, sommarkampanj
BILLY bokhylla 80×28×202 cm, vit           art.nr 002.638.50    549 kr
KALLAX hylla 77×147 cm, vitlaserad ek       art.nr 403.512.19    799 kr
MALM byrå med 6 lådor, vit                  art.nr 204.035.98  1 795 kr
PAX garderob 100×58×236 cm                  art.nr 592.948.51  3 240 kr
Kampanjen gäller 10–30 juni 2024 eller så långt lagret räcker.
""")

neg("history", "sv", """
Gustav Vasa valdes till kung den 6 juni 1523 i Strängnäs, vilket är anledningen till att Sveriges nationaldag firas
den dagen. Han föddes troligen den 12 maj 1496. Astrid Lindgren, född 14 november 1907 på gården Näs utanför
Vimmerby, skapade Pippi Långstrump, Emil i Lönneberga och Ronja Rövardotter.
""")

neg("sports", "no", """
Erling Braut Haaland ble toppscorer i Premier League for andre år på rad med 27 mål. Martin Ødegaard var kaptein
for Arsenal, som endte to poeng bak Manchester City. Landslagssjef Ståle Solbakken tok ut Haaland og Ødegaard til
kampene mot Kosovo og Danmark. Karsten Warholm vant 400 m hekk på Bislett Games på 46,70.
""")

neg("tourism", "no", """
Oslo på en dag: gå Karl Johans gate fra Oslo S til Slottet, ta trikk 12 til Aker Brygge og båt til Bygdøy.
Vikingskipshuset er stengt til 2026, men Frammuseet og Kon-Tiki Museet er åpne 10–17. Operaen i Bjørvika har gratis
omvisning på taket. Munch-museet (Edvard Munchs plass 1, 0194 Oslo) har Skrik i tre versjoner.
""")

neg("history", "da", """
H.C. Andersen blev født den 2. april 1805 i Odense og døde den 4. august 1875 i København. Hans eventyr — Den grimme
ælling, Den lille havfrue, Kejserens nye klæder — er oversat til over 125 sprog. Søren Kierkegaard, født 5. maj 1813,
boede på Nytorv 2. Begge har gader opkaldt efter sig: H.C. Andersens Boulevard og Kierkegaards Plads.
""")

neg("catalog", "da", """
LEGO® nyheder juni 2024
Sæt 42171  Mercedes-AMG F1 W14 E Performance   1.642 dele   1.599,95 kr
Sæt 10316  THE LORD OF THE RINGS: RIVENDELL      6.167 dele   3.999,95 kr
Sæt 75367  Venator-klasse republikansk angrebskrydser   5.374 dele   4.499,95 kr
Sæt 21348  Dungeons & Dragons: Red Dragon's Tale   3.745 dele   2.899,95 kr
""")

neg("history", "fi", """
Jean Sibelius syntyi 8. joulukuuta 1865 Hämeenlinnassa ja kuoli 20. syyskuuta 1957 Ainolassa Järvenpäässä.
Finlandia valmistui 1899. Carl Gustaf Emil Mannerheim syntyi 4. kesäkuuta 1867 Askaisissa. Helsingin
Mannerheimintie ja Sibeliuksenkatu on nimetty heidän mukaansa.
""")

neg("history", "tr", """
Mustafa Kemal Atatürk 1881 yılında Selanik'te doğdu; resmi doğum günü olarak 19 Mayıs kabul edilir. 29 Ekim 1923'te
Cumhuriyet ilan edildi ve Atatürk ilk cumhurbaşkanı oldu. 10 Kasım 1938'de İstanbul'da Dolmabahçe Sarayı'nda vefat
etti. Anıtkabir, Ankara'nın Çankaya ilçesinde, Anıt Caddesi üzerindedir.
""")

neg("sports", "tr", """
Galatasaray, Konyaspor'u 3-1 yenerek 24. şampiyonluğunu ilan etti. Mauro Icardi 25 golle gol kralı oldu. Teknik
direktör Okan Buruk: "Bu şampiyonluk taraftarımızın." Fenerbahçe 99 puanla ikinci bitirdi; Edin Džeko 21 gol attı.
RAMS Park'ta 52.223 seyirci vardı.
""")

neg("history", "ro", """
Mihai Eminescu s-a născut la 15 ianuarie 1850 la Botoșani și a murit la 15 iunie 1889 la București. Ziua lui de
naștere este Ziua Culturii Naționale. Constantin Brâncuși, născut la 19 februarie 1876 la Hobița, a realizat Coloana
Infinitului de la Târgu Jiu. Pe Calea Victoriei și pe Bulevardul Eminescu se află numeroase statui ale poetului.
""")

neg("history", "hu", """
Petőfi Sándor 1823. január 1-jén született Kiskőrösön. 1848. március 15-én a Pilvax kávéházban olvasta fel a
Nemzeti dalt. Valószínűleg 1849. július 31-én esett el a segesvári csatában. Budapesten a Petőfi híd és a Petőfi
Sándor utca őrzi a nevét; az Andrássy úton áll az Operaház (Andrássy út 22).
""")

neg("history", "el", """
Ο Μέγας Αλέξανδρος γεννήθηκε το 356 π.Χ. στην Πέλλα, γιος του Φιλίππου Β' και της Ολυμπιάδας. Δάσκαλός του ήταν ο
Αριστοτέλης. Πέθανε στη Βαβυλώνα το 323 π.Χ. Στη Θεσσαλονίκη, το άγαλμά του βρίσκεται στη Νέα Παραλία, κοντά στον
Λευκό Πύργο. Η οδός Εγνατία και η λεωφόρος Νίκης είναι οι κεντρικοί δρόμοι της πόλης.
""")

neg("history", "ga", """
Rugadh Mícheál Ó Coileáin ar an 16 Deireadh Fómhair 1890 i Sam's Cross, Co. Chorcaí. Bhí sé ina Aire Airgeadais
sa Dáil agus ina cheannaire ar an Arm Náisiúnta. Maraíodh é ag Béal na Bláth ar an 22 Lúnasa 1922. Tá Sráid
Uí Choileáin agus Ospidéal Uí Choileáin i gCorcaigh ainmnithe ina dhiaidh.
""")

neg("history", "id", """
Soekarno lahir di Surabaya pada 6 Juni 1901 dan wafat di Jakarta pada 21 Juni 1970. Bersama Mohammad Hatta, ia
memproklamasikan kemerdekaan Indonesia pada 17 Agustus 1945 di Jalan Pegangsaan Timur 56, Jakarta. Bandara
Soekarno-Hatta di Tangerang dan Jalan Jenderal Sudirman di Jakarta dinamai menurut tokoh nasional.
""")

neg("tourism", "vi", """
Một ngày ở Hà Nội: bắt đầu từ Hồ Hoàn Kiếm, đi bộ qua phố Hàng Bạc, phố Mã Mây và chợ Đồng Xuân. Buổi chiều thăm
Lăng Chủ tịch Hồ Chí Minh (số 2 Hùng Vương, Ba Đình; mở cửa 7:30–10:30, đóng thứ Hai và thứ Sáu) và Văn Miếu.
Buổi tối xem múa rối nước ở Nhà hát Thăng Long, 57B Đinh Tiên Hoàng. Vé 100.000 đồng.
""")

neg("sports", "en-IN", """
Kohli's century powers RCB to 7-wicket win

Virat Kohli hit an unbeaten 113 off 72 balls as Royal Challengers Bengaluru chased down 197 against Rajasthan
Royals at the M. Chinnaswamy Stadium. Jos Buttler had earlier made 100* for RR. Yuzvendra Chahal took 2/34.
Mahatma Gandhi Road was jammed for two hours after the match. Next fixture: 14 April, 3:30 PM IST, Eden Gardens.
""")

neg("history", "en-IN", """
Mohandas Karamchand Gandhi was born on 2 October 1869 in Porbandar, Gujarat; the date is celebrated as Gandhi
Jayanti and the International Day of Non-Violence. Dr B. R. Ambedkar, born 14 April 1891 in Mhow, chaired the
drafting committee of the Constitution, adopted on 26 November 1949. Netaji Subhas Chandra Bose International
Airport in Kolkata and Chhatrapati Shivaji Maharaj Terminus in Mumbai are named after national figures.
""")

neg("sports", "en-NG", """
Super Eagles held by South Africa in Uyo

Victor Osimhen missed a first-half penalty as Nigeria drew 1–1 with South Africa in the World Cup qualifier at the
Godswill Akpabio International Stadium. Ademola Lookman set up Semi Ajayi's header on 41 minutes before Themba
Zwane equalised. Interim coach Finidi George said the team "must win in Abidjan". Attendance: 28,114.
""")

neg("sports", "en-KE", """
Kipchoge confirmed for Paris marathon team

Athletics Kenya has named two-time Olympic champion Eliud Kipchoge, 39, in the men's marathon team for Paris 2024
alongside Alexander Mutiso and Benson Kipruto. Faith Kipyegon will attempt a third straight 1500 m title. The team
flies out from Jomo Kenyatta International Airport on 20 July; a send-off is planned at Nyayo Stadium, Nairobi.
""")

# ============================================================ English — more documents
cc1 = card("visa", " ")
add("transcript", "en", f"""
CALL TRANSCRIPT (auto-generated, confidence 0.91) — Call ID 7731-0611-4482 — Agent: {n("Devon")}

00:00:03 AGENT: Thank you for calling Northwind Travel, my name's {n("Devon")}, who am I speaking with?
00:00:06 CALLER: Hi, it's {n("Marguerite Okonjo")}, I'm calling about my booking for Lisbon.
00:00:11 AGENT: Sure, can I take the booking reference and your date of birth?
00:00:15 CALLER: Reference is N W 4 4 7 1 K, and I was born on the {d("3rd of March 1987")}.
00:00:22 AGENT: Thank you, {n("Marguerite")}. I can see two passengers, yourself and {n("Adaeze Okonjo")}.
00:00:29 CALLER: Yes, my daughter. I need to add the hold luggage and pay the difference.
00:00:33 AGENT: That's forty-two pounds. Which card would you like to use?
00:00:37 CALLER: The visa, it's {c(cc1)}, expiry oh nine twenty-seven.
00:00:49 AGENT: And the billing address?
00:00:51 CALLER: {a("Flat 3, 27 Wellington Street, Gateshead NE8 2AJ")}.
00:00:58 AGENT: Lovely, that's gone through. Confirmation goes to {e("m.okonjo@outlook.com")}?
00:01:02 CALLER: Yes. Oh and my mobile changed, it's {p("07519 338 240")} now.
00:01:09 AGENT: Updated. Anything else today?
00:01:11 CALLER: No, that's all, thank you {n("Devon")}.
""")

add("form", "en", f"""
GUEST REGISTRATION CARD — The Harbour Hotel, Galway            Room: 214    Arrival: 11/06/2024   Departure: 14/06/2024

Surname: {n("VAN DER MEULEN")}            First name: {n("Pieter")}
Nationality: Dutch                   Date of birth: {d("22/09/1968")}
Passport no.: {pid(passport("NL"))}          Place of issue: Den Haag
Home address: {a("Van Baerlestraat 112-3, 1071 BD Amsterdam")}
Email: {e("p.vandermeulen@xs4all.nl")}      Mobile: {p("+31 6 41827703")}
Accompanied by: {n("Marieke van der Meulen")} (spouse), DOB {d("05/01/1971")}

Payment guarantee: Mastercard {c(card("mc", " "))}   exp 03/26
Vehicle reg.: —          Newspaper: Irish Times
Guest signature: {n("P. van der Meulen")}
""")

b5 = datetime.date(1984, 12, 9)
add("agreement", "en", f"""
RENTAL AGREEMENT RA-55102874 — SwiftDrive Car Hire, Edinburgh Airport

Main driver:       {n("Callum Hendry")}
Date of birth:     {d("09-Dec-1984")}
Licence no.:       {pid(uk_dl("Hendry", "CJ", b5))}   issued by DVLA, valid to 2031-04-17
Home address:      {a("44 Comely Bank Avenue, Edinburgh EH4 1EL")}
Mobile:            {p(ph("GB"))}
Additional driver: {n("Isla Hendry")}, DOB {d("1986-02-14")}, licence {pid(uk_dl("Hendry", "IM", datetime.date(1986, 2, 14), True))}

Vehicle: Skoda Octavia Estate, reg SK23 ORV, fuel full, mileage 18,442
Pick-up: 11 Jun 2024 09:10   Return: 18 Jun 2024 09:00
Deposit pre-authorised on card {c(card("visa", "-"))}: £250.00
Excess reduction declined. Customer signature on file.
""")

add("tax", "en", f"""
Form W-2 Wage and Tax Statement 2023                                    Copy B — To Be Filed With Employee's FEDERAL Tax Return

a  Employee's social security number     {ss(ssn())}
b  Employer identification number (EIN)   84-1937562
c  Employer's name, address, and ZIP code  UCHealth, 12401 E 17th Ave, Aurora CO 80045
e  Employee's first name and initial       {n("Angela M")}        Last name  {n("Ruiz-Whitford")}
f  Employee's address and ZIP code         {a("3876 W 38th Ave, Denver CO 80212")}
1  Wages, tips, other compensation         61,284.17       2  Federal income tax withheld   6,912.40
3  Social security wages                   63,400.00       4  Social security tax withheld  3,930.80
5  Medicare wages and tips                 63,400.00       6  Medicare tax withheld           919.30
15 State CO   Employer's state ID 41288901   16 State wages 61,284.17   17 State income tax 2,696.50
""")

add("claim", "en", f"""
HEALTH INSURANCE CLAIM FORM (1500) — excerpt

1a. Insured's ID number: W{digits(9)}
2.  Patient's name (Last, First, MI):   {n("PATEL, KIRAN R")}
3.  Patient's birth date: {d("07 | 14 | 1979")}    Sex: M
4.  Insured's name: {n("PATEL, ANJALI")}
5.  Patient's address: {a("1182 Beacon Hill Dr, Plano, TX 75025")}     Telephone: {p(ph("US"))}
7.  Insured's address: same
9.  Other insured's name: none
11c. Insurance plan name: Aetna Choice POS II
12. Patient's signature: SIGNATURE ON FILE      Date: 05 | 28 | 2024
17. Referring provider: DN {n("Samuel Oyelaran")} MD    NPI 1447388210
21. Diagnosis: M54.50, M62.830
24A. Dates of service: 05/28/24   CPT 97110 × 4 units   $260.00
25. Federal tax ID (provider): 75-2913004       26. Patient account no.: 00448120
""")

ssn_main = ssn()
add("report", "en", f"""
CONSUMER BACKGROUND REPORT — CONFIDENTIAL — Permissible purpose: employment (FCRA)

Subject: {n("Travis Lee Hollander")}
Also known as: {n("Travis Hollander")}, {n("T. L. Hollander")}, {n("Travis Holender")} (misspelling)
SSN: {ss(ssn_main)} (issued in Ohio, 1991–1993)      DOB: {d("1989-06-30")}

Address history
  2021-03 – present   {a("2209 Wexford Ct, Columbus, OH 43221")}
  2017-08 – 2021-02   {a("618 E Oakland Ave, Apt 4, Columbus, OH 43202")}
  2011-06 – 2017-07   {a("45 Maple St, Chillicothe, OH 45601")}

Phone numbers associated: {p(ph("US"))}, {p(ph("US"))}
Email addresses associated: {e("travis.hollander@gmail.com")}, {e("thollander89@yahoo.com")}

Criminal records search (county, state, federal): no records found.
Motor vehicle record: Ohio licence {pid("UT" + digits(6))}, valid, 1 minor violation (2022-09-14, speeding 11–15 mph over).
Employment verification: Nationwide Insurance, 2014–2023, Claims Adjuster — verified by {n("Kelly Brandt")} (HR).
""")

add("form", "en", f"""
STUDENT AID WORKSHEET 2024–25 (school use only)

Student: {n("Jasmine Okafor")}         SSN: {ss(ssn())}       DOB: {d("04/11/2006")}
Permanent address: {a("7731 Greenleaf Rd, Silver Spring, MD 20910")}
Email: {e("jasmine.okafor06@gmail.com")}     Cell: {p(ph("US"))}

Parent 1: {n("Chukwudi Okafor")}     SSN: {ss(ssn())}     DOB: {d("09/22/1971")}    Occupation: taxi owner-operator
Parent 2: {n("Rhonda Okafor")}       SSN: {ss(ssn())}     DOB: {d("01/30/1975")}    Occupation: LPN
Household size: 5   Number in college: 2 (sibling {n("Emeka Okafor")}, University of Maryland)
Parents' AGI 2022: $84,210    Untaxed income: $0
Verification group V1 — documents received 02/14/2024.
""")

pay_rows = [("Ashworth", "Nicola", "12 Kingfisher Way, Warrington WA3 6FB"), ("Banda", "Chisomo", "88 Ladypool Road, Birmingham B12 8JS"),
            ("Clarke", "Desmond", "3 Rowan Close, Stevenage SG2 9LP"), ("Dlamini", "Thandiwe", "19 Beech Avenue, Nottingham NG7 6LJ"),
            ("Evans", "Bethan", "5 Heol Las, Swansea SA5 7DY"), ("Fraser", "Angus", "27 Rosebery Crescent, Aberdeen AB15 5DB")]
lines = ["EMPNO SURNAME         FORENAME      NI NUMBER   DOB         TAX CODE  ADDRESS"]
for i, (sn, gn, ad) in enumerate(pay_rows):
    bb = dob(1962, 2003)
    lines.append("%05d %s %s %s %s %s %s" % (
        2201 + i, n(sn.upper()) + " " * (15 - len(sn)), n(gn.upper()) + " " * (13 - len(gn)), pid(nino()),
        d(fdate(bb, "dmy/")), R.choice(["1257L   ", "BR      ", "1257L M1", "K475    "]), a(ad)))
lines.append("-- 6 records -- payroll run 2024-05 -- generated 30/05/2024 16:02 by PAYRUN v9.3")
add("report", "en", NL.join(lines))

add("email", "en", f"""
From: {n("Eleanor Whitcombe")} <{e("eleanor.whitcombe@btinternet.com")}>
To: {n("Sharon")} at Horizon Holidays <{e("sharon.b@horizon-holidays-uk.co.uk")}>
Subject: Cruise booking — passport details as requested

Hi {n("Sharon")},

As requested here are the details for both of us for the Norwegian fjords cruise (departing 2 Aug):

1. {n("Eleanor Mary Whitcombe")}, born {d("18 April 1952")}, British passport {pid(passport("GB"))}, expires 09/2031
2. {n("Geoffrey Alan Whitcombe")}, born {d("2 November 1949")}, British passport {pid(passport("GB"))}, expires 03/2029

Please take the balance of £3,418 from the same card as the deposit, it's {c(card("mc", " "))} (exp 11/26, the
security code is on the back — I'll tell you over the phone). Our address hasn't changed:
{a("The Old Forge, Church Lane, Little Milton, Oxford OX44 7QB")}.

Many thanks,
{n("Eleanor")}
""")

add("log", "en", f"""
Jun 11 07:58:12 guestwifi portal[1187]: AUTH ok room=214 surname="{n("van der Meulen")}" mac={mac(macaddr())} ip=172.20.14.37 plan=free-24h
Jun 11 08:03:40 guestwifi portal[1187]: AUTH ok room=305 surname="{n("O'Sullivan")}" mac={mac(macaddr())} ip=172.20.14.52 plan=premium
Jun 11 08:03:41 guestwifi portal[1187]: AUTH ok room=305 surname="{n("O'Sullivan")}" mac={mac(macaddr())} ip=172.20.14.53 plan=premium
Jun 11 08:17:09 guestwifi portal[1187]: AUTH fail room=118 surname="{n("Nakamura")}" mac={mac(macaddr())} reason=surname_mismatch
Jun 11 08:17:55 guestwifi portal[1187]: AUTH ok room=118 surname="{n("Nakamura-Lee")}" mac={mac(macaddr())} ip=172.20.14.61 plan=free-24h
Jun 11 09:00:00 guestwifi portal[1187]: STATS active_sessions=43 wan_ip=62.3.18.201 uplink=ok fw=3.7.12
""")

add("report", "en", f"""
SECURITY INCIDENT SIR-2024-019 — credential stuffing against customer portal (summary for DPO)

Window: 2024-06-08 22:10 → 2024-06-09 03:40 UTC. 14,208 login attempts from 311 IPs (residential proxies).
71 accounts successfully accessed; forced reset applied. Sample of confirmed takeovers:

  account                          last legit login IP     attacker IP          password in breach corpus
  {e("harriet.osei@gmail.com")}          {ip(ip4())}          {ip(ip4())}       yes
  {e("d.mcallister@hotmail.co.uk")}      {ip(ip4())}          {ip(ip4())}       yes
  {e("nikos.andreou@yahoo.gr")}          {ip(ip6())}   {ip(ip4())}      yes
  {e("sam.whittaker1990@icloud.com")}    {ip(ip4())}          {ip(ip4())}       no (reused from 2019 forum leak)

Notification: 71 data subjects emailed 10/06. ICO report not required (no special category data, low risk) —
decision by {n("Fiona Gallagher")} (DPO) and {n("Rajiv Menon")} (CISO).
""")

add("log", "en", f"""
Jun 10 23:41:07 bastion sshd[20931]: Failed password for invalid user admin from {ip(ip4())} port 51022 ssh2
Jun 10 23:41:09 bastion sshd[20931]: Failed password for invalid user admin from {ip(ip4())} port 51022 ssh2
Jun 11 07:02:55 bastion sshd[21877]: Accepted publickey for okwame from {ip(ip4())} port 60214 ssh2: ED25519 SHA256:q8mN0Yk3c2vT9LwZ1aF7pR4xE6uB5sD0gH2jK8lM3nQ
Jun 11 07:15:31 bastion sshd[21990]: Accepted password for lfernandes from {ip(ip6())} port 49812 ssh2
Jun 11 07:15:31 bastion sshd[21990]: pam_unix(sshd:session): session opened for user lfernandes(uid=1007)
Jun 11 09:44:12 bastion sudo:  lfernandes : TTY=pts/1 ; PWD=/home/lfernandes ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx
""")

add("json", "en", f"""
[
  {{"type": "message", "user": "U04AB12CD", "user_profile": {{"real_name": "{n("Thandeka Mokoena")}", "display_name": "thandeka"}},
    "ts": "1718092210.004500", "text": "can someone share the staging creds? mine expired"}},
  {{"type": "message", "user": "U03ZX98YW", "user_profile": {{"real_name": "{n("Owen Prichard")}", "display_name": "owen.p"}},
    "ts": "1718092305.005100", "text": "DM'd you. (and here for the runbook, sorry): STAGING_TOKEN={k("stg_" + rnd(32))}"}},
  {{"type": "message", "user": "U04AB12CD", "user_profile": {{"real_name": "{n("Thandeka Mokoena")}", "display_name": "thandeka"}},
    "ts": "1718092390.005900", "text": "thx {n("Owen")}! also my new number for the on-call sheet is {p("+27 82 614 3390")}"}},
  {{"type": "message", "user": "USLACKBOT", "ts": "1718092391.006000", "text": "Reminder: never post credentials in public channels."}}
]
""".replace('"display_name": "thandeka"', '"display_name": "' + n("thandeka") + '"'))

add("log", "en", f"""
[14:02:11] [Server thread/INFO]: UUID of player CreeperSlayer99 is 3b5f7e1c-2a9d-4c6b-8e0f-1d2c3b4a5e6f
[14:02:11] [Server thread/INFO]: CreeperSlayer99[/{ip(ip4())}:52114] logged in with entity id 441 at (112.5, 64.0, -37.2)
[14:05:48] [Server thread/INFO]: xX_Luna_Xx[/{ip(ip4())}:61007] logged in with entity id 455 at (-20.1, 71.0, 88.9)
[14:06:02] [Server thread/INFO]: <xX_Luna_Xx> hi everyone!! its my bday today 🎂
[14:07:30] [Server thread/INFO]: MrBlock[/{ip(ip6())}:50551] logged in with entity id 462 at (0.5, 65.0, 0.5)
[14:09:12] [Server thread/WARN]: Can't keep up! Is the server overloaded? Running 2034ms or 40 ticks behind
[14:10:00] [Server thread/INFO]: Saving the game (this may take a moment!)
""")

add("csv", "en", f"""
comment_ID,comment_post_ID,comment_author,comment_author_email,comment_author_IP,comment_date,comment_content
4412,918,"{n("Margaret Doyle")}",{e("maggie.doyle@eircom.net")},{ip(ip4())},2024-05-30 19:12:44,"Made this for my grandson's party, it was gone in minutes!"
4413,918,"{n("Bill")}",{e("billwatts1957@aol.com")},{ip(ip4())},2024-05-31 08:01:09,"Can I use margarine instead of butter?"
4414,918,"Pastry Lover",{e("pastrylover88@gmail.com")},{ip(ip6())},2024-05-31 10:45:52,"@{n("Bill")} yes but it won't be as rich"
4415,921,"{n("Hope Nwachukwu")}",{e("hope.nwachukwu@gmail.com")},{ip(ip4())},2024-06-02 21:30:17,"Lovely recipe, thanks {n("Rose")}!"
""")

add("paste", "en", f"""
-----BEGIN LEAK SAMPLE (shared on a forum, 2024-05) — analysed by threat intel, DO NOT REUSE-----
{e("kieran.walsh84@gmail.com")}:{k("Liverpool1984!")}
{e("ana.popescu@yahoo.com")}:{k("Bucuresti2020")}
{e("hb.larsen@online.no")}:{k("Fjellheim#77")}
{e("mwright_accounts@outlook.com")}:{k("Summer2023")}
{e("deepa.iyer92@rediffmail.com")}:{k("Krishna@1992")}
-----END LEAK SAMPLE-----
Notes: all five addresses belong to real customers of the portal; forced password reset done 2024-06-03.
""")

add("csv", "en", f"""
name,url,username,password,note
GitHub,https://github.com/login,{e("ruth.adebayo@gmail.com")},{k("gh-R8t!Ade2021")},
Bank,https://online.monzo.example/login,ruth.adebayo,{k("Zebra-Canal-17")},memorable word: {k("OLUMIDE")}
Home router,http://192.168.0.1,admin,{k("Rk7vD2pQx9")},
Council tax,https://www.example-council.gov.uk/account,{e("ruth.adebayo@gmail.com")},{k("CouncilTax2024!")},ref 4410228751
""")

add("config", "en", f"""
# ~/.netrc  (chmod 600!)
machine api.heroku.com
  login {e("f.mensah@protonmail.com")}
  password {k(hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12))}
machine git.heroku.com
  login {e("f.mensah@protonmail.com")}
  password {k(hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12))}
machine ftp.mensah-photography.com
  login fmensah
  password {k("Accra!Lens2019")}
""")

add("config", "en", f"""
# /etc/pip.conf — company mirror
[global]
index-url = {u("https://build-svc:" + rnd(24) + "@pypi.internal.fabrikam.io/simple/")}
extra-index-url = https://pypi.org/simple/
trusted-host = pypi.internal.fabrikam.io
timeout = 60

# ~/.npmrc
//npm.pkg.github.com/:_authToken={k(gh_token())}
@fabrikam:registry=https://npm.pkg.github.com/
always-auth=true
""")

add("email", "en", f"""
From: {n("Geneviève Tremblay")} <{e("genevieve.tremblay@videotron.ca")}>
To: payroll@maplewood-dental.example
Subject: New hire paperwork — TD1 and direct deposit

Hello,

Please find my details for payroll below (I start Monday 17 June):

Legal name: {n("Geneviève Tremblay-Nadeau")}
SIN: {pid(sin_ca())}
Date of birth: {d("1993-08-26")}
Address: {a("4410 rue Saint-Denis, app. 3, Montréal QC H2J 2L1")}
Phone: {p("+1 514-277-4093")}

A void cheque is attached for direct deposit. My emergency contact is my partner, {n("Mathieu Nadeau")}, {p("514-909-3318")}.

Merci!
{n("Geneviève")}
""")

add("form", "en", f"""
RENTAL APPLICATION — Sea Point Properties (Cape Town)

Applicant full names: {n("Thabo Sipho Mahlangu")}
SA ID number: {pid(sa_id(1990, 5, 17))}           Date of birth: {d("17 May 1990")}
Current residential address: {a("14 Kloof Nek Road, Tamboerskloof, Cape Town 8001")}
Cell: {p("+27 83 559 2014")}      Email: {e("thabo.mahlangu@webmail.co.za")}
Employer: Old Mutual, Pinelands — Actuarial Analyst — gross R58,400 p.m.

Co-applicant: {n("Naledi Mahlangu")}    ID: {pid(sa_id(1992, 11, 3, True))}    Cell: {p("072 318 4471")}

Property applied for: {a("Unit 7, Bantry Court, 41 Beach Road, Sea Point 8005")}    Rent R18,500    From 1 July 2024
References: {n("Mrs. Estelle Jacobs")} (current landlord) {p("021 424 6619")}
""".replace(n("Mrs. Estelle Jacobs"), "Mrs. " + n("Estelle Jacobs")))

add("form", "en", f"""
PATIENT REGISTRATION — Tanjong Pagar Family Clinic

Name (as in NRIC): {n("TAN WEI MING, JONATHAN")}
NRIC/FIN: {pid(nric("S"))}                   Date of birth: {d("12-03-1985")}
Address: {a("Blk 1 Tanjong Pagar Plaza, #12-44, Singapore 082001")}
Mobile: {p("+65 9127 4480")}          Email: {e("jonathan.tan.wm@gmail.com")}
Next of kin: {n("LIM SOOK CHING")} (wife)  {p("+65 8233 1907")}
Drug allergy: NKDA        Company panel: DBS Bank (staff no. not required)
Visit: 11/06/2024 — fever, sore throat. Seen by Dr {n("Ng Hui Wen")}.
""")

add("form", "en", f"""
TAX FILE NUMBER DECLARATION (payee section) — copy held by employer

1. Tax file number: {pid("%s %s %s" % (digits(3), digits(3), digits(3)))}
2. Name: Title Ms   Surname {n("Kowalski-Reid")}   Given names {n("Bridget Anne")}
3. Previous surname: {n("Reid")}
4. Home address: {a("22 Jacaranda Street, Indooroopilly QLD 4068")}
5. Date of birth: {d("04/02/1997")}
6. Basis of payment: full-time
7. Residency: Australian resident for tax purposes
8. Claim tax-free threshold: Yes      HELP/SSL debt: Yes
Signature: {n("B. Kowalski-Reid")}   Date: 03/06/2024
""")

add("email", "en", f"""
Kia ora {n("Aroha")},

Thanks for agreeing to be our accountant! Here's what you asked for:

Me: {n("Wiremu Tane Hohaia")}, IRD {pid("%s-%s-%s" % (digits(3), digits(3), digits(3)))}, DOB {d("19/10/1980")}
My wife: {n("Moana Hohaia")}, IRD {pid("%s-%s-%s" % (digits(3), digits(3), digits(3)))}
Rental property: {a("18 Tui Street, Rotorua 3015")} — tenants pay $520/week into account 12-3140-0442871-00

Our home address for correspondence is {a("5 Kōwhai Place, Ngongotahā, Rotorua 3010")}, and my mobile is {p("021 448 9072")}.

Ngā mihi,
{n("Wiremu")}
""")

add("form", "en", f"""
U.S. PASSPORT APPLICATION (DS-11) — data entry check sheet

1. Name: Last {n("NGUYEN")}  First {n("MINH ANH")}  Middle {n("THI")}
2. Date of birth: {d("02/28/2001")}     3. Sex: F     4. Place of birth: San Jose, California
5. Social Security Number: {ss(ssn())}
6. Email: {e("minhanh.nguyen01@gmail.com")}     7. Primary phone: {p(ph("US"))}
8. Mailing address: {a("2150 Story Rd, Apt 18, San Jose, CA 95122")}
9. Parent 1: {n("Nguyen Van Hai")}, born {d("1970-01-05")}, Saigon, Vietnam
10. Parent 2: {n("Tran Thi Thu")}, born {d("1974-07-19")}, Da Nang, Vietnam
Identification presented: CA driver license {pid("Y" + digits(7))}, exp 02/28/2027
Acceptance facility: San Jose Main Post Office — agent ID 447 — date 06/10/2024
""")

add("form", "en", f"""
UNIFORM RESIDENTIAL LOAN APPLICATION — Section 1 (Borrower Information)

Borrower: {n("Daniel Kofi Mensah")}        SSN {ss(ssn())}      DOB {d("03/15/1986")}    Citizenship: U.S. citizen
Co-borrower: {n("Lauren Mensah")}          SSN {ss(ssn())}      DOB {d("11/02/1988")}
Marital status: married    Dependents: 2 (ages 4, 1)
Current address: {a("512 Willow Bend Dr, Raleigh, NC 27615")}    Housing: rent $2,150/mo    Since: 08/2019
Former address: {a("1604 Hillsborough St, Apt 22, Raleigh, NC 27605")}
Contact: {p(ph("US"))} (cell), {e("dan.mensah@outlook.com")}
Employment: SAS Institute, Cary NC — Senior Software Engineer — since 2016 — $148,000/yr
Property: {a("9 Heron Pointe Ct, Wake Forest, NC 27587")}   Purchase price $489,000   Loan amount $391,200
""")

rows_ = [("Aunt Bridie & Uncle Tom", "Bridie and Tom Kavanagh", "Knockmore House, Ballina, Co. Mayo F26 X9P4", "yes", "2"),
         ("Sophie (college)", "Sophie Lindqvist", "Flat 6, 14 Dalston Lane, London E8 3AZ", "yes", "1"),
         ("the Okonkwos", "Grace and Obinna Okonkwo", "31 Peartree Avenue, Southampton SO19 7JF", "maybe", "4"),
         ("Mark from work", "Mark Delaney", "2 Orchard Mews, Reading RG4 5NB", "no", "0"),
         ("Granny Rose", "Rose Kavanagh", "Cois Abhann, Pontoon Road, Foxford, Co. Mayo", "yes", "1")]
t_ = ["| Who | Name on envelope | Address | RSVP | Guests |", "|---|---|---|---|---|"]
for who, nm, ad, rs, g_ in rows_:
    who2 = who.replace("Bridie", n("Bridie")).replace("Tom", n("Tom")).replace("Sophie", n("Sophie")).replace("Okonkwos", n("Okonkwos")).replace("Mark", n("Mark")).replace("Rose", n("Rose"))
    nm2 = nm.replace("Bridie and Tom Kavanagh", n("Bridie") + " and " + n("Tom Kavanagh")).replace("Grace and Obinna Okonkwo", n("Grace") + " and " + n("Obinna Okonkwo"))
    if nm2 == nm:
        nm2 = n(nm)
    t_.append("| %s | %s | %s | %s | %s |" % (who2, nm2, a(ad), rs, g_))
add("markdown", "en", "## Wedding invitations — tracking sheet (" + n("Ciara") + " & " + n("Jonas") + ")\n\n" + NL.join(t_) + "\n\nMenu choices due by 15 July. Table plan draft v3.")

add("list", "en", f"""
Christmas cards 2023 — sent ✔ / received ★

✔★ {n("Jean & Malcolm Fairbairn")}, {a("7 Braid Hills Road, Edinburgh EH10 6HX")}
✔  {n("Dr. Lakshmi Rao")} & family, {a("65 Whitehall Road, Gateshead NE8 4ES")}
✔★ {n("Mrs D. Pargetter")}, {a("The Laurels, 3 School Lane, Bampton OX18 2LJ")} — moved? check with {n("Jill")}
 ★ {n("the Novaks")} — no address, they sent theirs via {n("Petra")}
✔  {n("Will & Summer Atherton")}, {a("Apartment 1402, 88 Harbour Esplanade, Docklands VIC 3008")}, Australia (post by 1 Dec!)
""".replace(n("Dr. Lakshmi Rao"), "Dr. " + n("Lakshmi Rao")).replace(n("Mrs D. Pargetter"), "Mrs " + n("D. Pargetter")).replace(n("the Novaks"), "the " + n("Novaks")).replace(n("Jean & Malcolm Fairbairn"), n("Jean") + " & " + n("Malcolm Fairbairn")).replace(n("Will & Summer Atherton"), n("Will") + " & " + n("Summer Atherton")))

add("list", "en", f"""
Year 4 Oak — class phone tree (for snow days only, please don't share outside the class)

Child            Parent/carer           Phone             Calls next
{n("Amara")}            {n("Funmi Adeyemi")}          {p("07956 214 880")}     {n("Leo")}
{n("Leo")}              {n("Ben Carver")}             {p("07700 443 190")}     {n("Zainab")}
{n("Zainab")}           {n("Hina Qureshi")}           {p("07411 908 552")}     {n("Oscar")}
{n("Oscar")}            {n("Kasia Nowak")}            {p("07824 330 117")}     {n("Maisie")}
{n("Maisie")}           {n("Gemma & Rob Pike")}        {p("07393 667 021")}     {n("Amara")}
Class rep: {n("Funmi")} — if you can't get through, text the next person on the list.
""".replace(n("Gemma & Rob Pike"), n("Gemma") + " & " + n("Rob Pike")))

roster = [("ACHTERBERG", "Willem", "1972-04-11", "W-48"), ("BRENNAN", "Orla", "1995-09-30", "W-21"),
          ("CHOWDHURY", "Rafiq", "1988-01-17", "M-07"), ("DUBOIS", "Léa", "2001-06-02", "J-33"),
          ("EKWUEME", "Ifeanyi", "1979-12-25", "M-15"), ("FÄLTSKOG", "Annika", "1966-03-08", "V-02")]
lines = ["RIVERSIDE ROWING CLUB — MEMBERSHIP ROSTER 2024            printed 01/04/2024", "",
         "SURNAME         FORENAME    BORN        CAT   PHONE              EMERGENCY CONTACT"]
for sn, gn, bd, cat in roster:
    lines.append("%s %s %s %s %s %s" % (n(sn) + " " * (15 - len(sn)), n(gn) + " " * (11 - len(gn)), d(bd), cat + "  ",
                                         p(ph("GB")) + "     ", n(R.choice(["Hanna", "Declan", "Nasrin", "Paul", "Chiamaka", "Lars"])) + " (" + R.choice(["spouse", "parent", "partner"]) + ")"))
lines += ["", "CAT: W=women's squad, M=men's squad, J=junior, V=veteran. Subs due 1 May."]
add("report", "en", NL.join(lines))

add("gedcom", "en", f"""
0 HEAD
1 SOUR FamilyTreeBuilder
2 VERS 8.0.4
1 GEDC
2 VERS 5.5.1
1 CHAR UTF-8
0 @I1@ INDI
1 NAME {n("Patrick /Kavanagh/")}
1 SEX M
1 BIRT
2 DATE {d("12 MAR 1921")}
2 PLAC Ballina, Mayo, Ireland
1 DEAT
2 DATE 4 JAN 1999
1 FAMS @F1@
0 @I2@ INDI
1 NAME {n("Bridget /Ó Máille/")}
1 SEX F
1 BIRT
2 DATE {d("2 FEB 1925")}
1 FAMS @F1@
0 @I3@ INDI
1 NAME {n("Thomas Joseph /Kavanagh/")}
1 SEX M
1 BIRT
2 DATE {d("19 AUG 1952")}
1 RESI
2 ADDR {a("Knockmore House, Ballina, Co. Mayo F26 X9P4")}
1 FAMC @F1@
0 @F1@ FAM
1 HUSB @I1@
1 WIFE @I2@
1 MARR
2 DATE 15 JUN 1949
1 CHIL @I3@
0 TRLR
""")

add("report", "en", f"""
Trust & Safety — profile review #TS-88120 — outcome: REMOVED (off-platform contact details in bio)

Profile name: {n("Jess")}, 29     Account email: {e("jessamy.holt@gmail.com")}    Signup IP: {ip(ip4())}
Bio (verbatim): "Hiya! Nurse, dog mum to Biscuit 🐶, love hiking & bad puns. Not on here much — text me
on {p("07458 991 302")} or find me on insta. PS I'm a Leo, born {d("12/08/1994")} 🦁"
Reported by: user #5521904 (reason: spam/solicitation)
Reviewer: {n("Marco Ferretti")} — 11/06/2024 10:42
Note: profile photos match a legitimate account; likely genuine user, not a scammer. Warning sent.
""")

add("invoice", "en", f"""
INVOICE #0042                                                      Date: 31 May 2024

From:  {n("Siobhan Kearney")} — Freelance Illustrator
       {a("Studio 4, 21 Stokes Croft, Bristol BS1 3PY")}
       {e("hello@siobhankearney.art")} · {p("07912 483 006")}
       UTR: {pid(digits(5) + " " + digits(5))}

To:    Penguin Random House UK, Children's Division, One Embassy Gardens, 8 Viaduct Gardens, London SW11 7BW
       Attn: {n("Tom Ashby")}, Art Director

Cover illustration — "The Lighthouse Fox" (PO 4500872213)        £2,400.00
Spot illustrations × 12                                          £1,800.00
Total (not VAT registered)                                       £4,200.00

Payment within 30 days to: {n("S Kearney")}, IBAN {ib(iban("GB"))} (BIC NWBKGB2L)
""")

add("chat", "en", f"""
Airbnb — conversation with {n("Henrik")} (host) — Stay 14–17 June, Bergen

{n("Henrik")} · 10 Jun: Hi {n("Priya")}! Looking forward to hosting you. The flat is at {a("Øvre Fjellsmauet 6, 5018 Bergen")},
  blue door at the top of the steps. Key box code will be sent on the day.
You · 10 Jun: Thanks {n("Henrik")}! We land at 22:40 — is late check-in ok? My number is {p("+44 7700 118 402")} if easier.
{n("Henrik")} · 10 Jun: No problem. If anything goes wrong call my neighbour {n("Solveig")} on {p("+47 948 22 113")} — she lives downstairs.
{n("Henrik")} · 14 Jun: Code is 4471 🙂 Enjoy!
""")

add("forum", "en", f"""
FOUND: brown leather wallet, near the bandstand in Jesmond Dene, Sunday afternoon

Hi all, my son found a wallet by the bandstand. There's a provisional driving licence in the name of
{n("Callum J. Robson")} (DOB {d("03/05/2007")}), a Metro card and some cash. Licence number ends in ...RO9 so I won't
post the rest. If this is you or you know {n("Callum")}, message me — I've also handed the details to Northumbria
Police (ref NP-20240609-0772). I can drop it round if you're near {a("Osborne Road")} — don't want to post my full
address here. — {n("Lesley")}
""".replace(a("Osborne Road"), "Osborne Road"))

add("letter", "en", f"""
{n("Ms. Femi Adeyinka")}
{a("Flat 11, Meridian Court, 52 Lower Road, London SE16 2XB")}

Parking Appeals, London Borough of Southwark, PO Box 1234, London SE1 2QH

PCN number: SK1847702X            Vehicle: LV68 HBN           Date of contravention: 28/05/2024

Dear Sir/Madam,

I wish to formally challenge the above Penalty Charge Notice. At the time of the alleged contravention I was
loading shopping for my mother, {n("Mrs. Comfort Adeyinka")} (aged 84, Blue Badge holder no. {pid("AYK" + digits(7))}),
into the car outside her home at {a("19 Rotherhithe New Road, London SE16 2AP")}. The loading exemption should apply.

Photographs and a statement from my mother's carer, {n("Janet Oduya")} ({p("07381 226 504")}), are enclosed.

Yours faithfully,
{n("Femi Adeyinka")}
""".replace(n("Ms. Femi Adeyinka"), "Ms. " + n("Femi Adeyinka")).replace(n("Mrs. Comfort Adeyinka"), "Mrs. " + n("Comfort Adeyinka")))

add("form", "en", f"""
NEW CLIENT FORM — Hillside Veterinary Centre

Owner: {n("Mr Rhodri Llewellyn")}                    Phone: {p("01970 612 448")} / {p("07812 306 991")}
Address: {a("Tŷ Gwyn, Penglais Road, Aberystwyth SY23 3BN")}
Email: {e("rhodri.llew@gmail.com")}
Second contact: {n("Cerys Llewellyn")}

Pet 1: Bella — Border Collie, female (spayed), born 14/03/2019, microchip 826098100447712
Pet 2: Mr Whiskers — domestic shorthair, male (neutered), approx. 6 years
Previous vet: Ystwyth Vets          Insurance: Petplan, policy 4471-88-21
""".replace(n("Mr Rhodri Llewellyn"), "Mr " + n("Rhodri Llewellyn")))

add("obituary", "en", f"""
{n("Dolores")} "{n("Dee")}" {n("Whitaker-Moss")}, 81, of Macon, passed away June 5, 2024, at Navicent Health. She was born
{d("October 14, 1942")}, in Fort Valley, Georgia, to the late {n("Ernest")} and {n("Lula Mae Whitaker")}. {n("Dee")} taught fourth grade
at Alexander II Magnet School for 34 years. She is survived by her husband of 58 years, {n("Reginald Moss")}; daughters
{n("Denise Moss-Carter")} ({n("Anthony")}) and {n("Karen Moss")}; five grandchildren; and her beloved sister, {n("Bernice")}.
A celebration of life will be held Saturday at 11 a.m. at Steward Chapel AME Church. In lieu of flowers, the family
asks that donations be made to the Macon Literacy Council.
""")

# ============================================================ more non-English documents
add("payslip", "de", f"""
Verdienstabrechnung Mai 2024                                         Personal-Nr. 00471   Abrechnungsmonat 05/2024

Firma: Brückner Backwaren GmbH, {a("Gewerbepark 4, 97076 Würzburg")}

Herrn
{n("Murat Demirci")}
{a("Keupstraße 118")}
{a("51063 Köln")}

Geburtsdatum: {d("26.02.1960")}     Eintritt: 01.09.2015     Steuerklasse: III / 1,0 Kinderfreibeträge
Steuer-ID: {pid(steuer_id())}      SV-Nummer: {pid("23 260260 D 0" + digits(2))}      Konfession: –
Krankenkasse: TK (Zusatzbeitrag 1,2 %)

Bezeichnung                          Betrag
Gehalt                             3.412,00
Nachtzuschlag (25 %)                 284,16
Gesamtbrutto                       3.696,16
Lohnsteuer                           298,33
Solidaritätszuschlag                   0,00
KV/PV/RV/AV Arbeitnehmeranteil       766,59
Netto / Auszahlungsbetrag          2.631,24

Überweisung auf: {ib(iban("DE"))} (Sparkasse KölnBonn)
""")

add("ticket", "de", f"""
Ticket #DE-118204 — Doppelte Abbuchung Jahresabo
Kanal: E-Mail · Kunde: {n("Birgit Zimmermann")} <{e("birgit.zimmermann@freenet.de")}> · Priorität: normal

[Kunde, 03.06.2024 08:12]
Guten Tag, mir wurden am 01.06. zweimal 119,00 € für das Jahresabo abgebucht, einmal von meiner Kreditkarte
{c(card("mc", " "))} und einmal per Lastschrift von {ib(iban("DE"))}. Bitte erstatten Sie einen Betrag zurück.
Mit freundlichen Grüßen, {n("B. Zimmermann")}

[Interne Notiz — {n("Kevin Schulte")}, 03.06.2024 09:40]
Beide Zahlungen bestätigt. Bestellung wurde zweimal ausgelöst, beide Male von IP {ip(ip4())} (Freiburg, Vodafone).
Kartenzahlung wird storniert. @{n("Anja")} bitte Kundin informieren.

[Antwort — {n("Anja Reinholz")}, 03.06.2024 10:02]
Liebe Frau {n("Zimmermann")}, die Kartenzahlung wurde storniert; die Gutschrift erscheint in 3–5 Werktagen.
""")

add("form", "de", f"""
AUFNAHMEANTRAG — TSV Eintracht Neustadt 1889 e.V. (Familienmitgliedschaft)

Mitglied 1: {n("Sabine von Ahlen")}, geb. {d("25.01.1996")}, {a("Eppendorfer Weg 233, 20251 Hamburg")}
Mitglied 2: {n("Jonas von Ahlen")}, geb. {d("11.07.2019")}, Abteilung: Kinderturnen
Mitglied 3: {n("Emil von Ahlen")}, geb. {d("03.03.2022")}, Abteilung: Eltern-Kind-Turnen
Telefon: {p("0170 7935478")}       E-Mail: {e("sabine.vonahlen@web.de")}

SEPA-Lastschriftmandat — Gläubiger-ID DE98ZZZ09999999999, Mandatsreferenz wird separat mitgeteilt.
Kontoinhaber: {n("Sabine von Ahlen")}        IBAN: {ib(iban("DE"))}        BIC: HASPDEHHXXX
Hamburg, 02.04.2024            Unterschrift: {n("S. v. Ahlen")}
""")

add("config", "de", f"""
# .env.local — NICHT einchecken! (Kommentar von {n("Jens")}: Zugangsdaten bis Freitag rotieren)
APP_ENV=dev
APP_SECRET={k(hexs(32))}
DATABASE_URL="{u("mysql://shopware:Zugspitze2962!@127.0.0.1:3306/shopware")}"
MAILER_DSN={u("smtp://bestellung%40weinhandel-roth.de:Riesling-1989-Spaetlese@smtp.ionos.de:587")}
PAYPAL_CLIENT_SECRET={k("E" + rnd(79, string.ascii_letters + string.digits + "-_"))}
SHOPWARE_ES_HOSTS=elasticsearch:9200
""")

add("payslip", "fr", f"""
BULLETIN DE PAIE — Période du 01/05/2024 au 31/05/2024

Employeur : SARL Boulangerie Le Goff, {a("18 rue de Siam, 29200 Brest")} — SIRET 812 447 019 00014 — APE 1071C
Salarié : {n("M. Yannick LE GOFF")}
Adresse : {a("7 rue Louis Pasteur, 29200 Brest")}
N° de sécurité sociale : {pid(insee(False, 1988, 4, "29"))}
Date de naissance : {d("14/04/1988")}       Entrée : 02/01/2019       Emploi : boulanger, coefficient 185

Salaire de base                 151,67 h × 13,45 €        2 039,96 €
Heures supplémentaires 25 %       8,00 h × 16,81 €          134,48 €
Total brut                                                2 174,44 €
Cotisations salariales                                     −483,12 €
Net à payer avant impôt                                   1 691,32 €
Prélèvement à la source (taux 2,1 %)                        −35,52 €
Net payé                                                  1 655,80 €

Virement le 31/05/2024 sur le compte {ib(iban("FR"))}
""".replace(n("M. Yannick LE GOFF"), "M. " + n("Yannick LE GOFF")))

add("config", "fr", f"""
# config/parameters.yml — environnement de recette (ne pas versionner ; cf. remarque de {n("Stéphanie")})
parameters:
    database_url: '{u("pgsql://recette:Vercors-38-Chartreuse@pg-recette.interne:5432/crm")}'
    mailer_url: '{u("smtp://notifications%40mutuelle-alpine.fr:Gr3noble!2024@ssl0.ovh.net:465")}'
    secret: '{k(hexs(40))}'
    api_insee_token: '{k(hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12))}'
    admin_contact: '{e("stephanie.roux@mutuelle-alpine.fr")}'
""")

add("report", "fr", f"""
CONSTAT AMIABLE D'ACCIDENT AUTOMOBILE — retranscription

1. Date : 22/05/2024, 8 h 40      2. Lieu : rond-point de la Porte de Saint-Cloud, Paris 16e
6. Véhicule A — Conducteur : {n("LAMBERT")} {n("Sophie")}, née le {d("30/11/1990")}
   Adresse : {a("41 rue d'Auteuil, 75016 Paris")}    Tél. : {p("06 71 22 48 09")}
   Permis n° {pid(digits(12))} délivré le 14/06/2009 par la préfecture des Hauts-de-Seine
   Assurance : MAIF, contrat n° 3318240 B
6. Véhicule B — Conducteur : {n("OUEDRAOGO")} {n("Issa")}, né le {d("02/02/1979")}
   Adresse : {a("12 avenue Jean Jaurès, 92130 Issy-les-Moulineaux")}    Tél. : {p("+33 7 58 14 90 27")}
   Permis n° {pid(digits(12))}
   Assurance : AXA, contrat n° 11204577604
Témoin : {n("Claire Dumas-Ferreira")}, {p("06 03 77 41 28")}
Circonstances : B changeait de file dans le rond-point, A circulait dans la file de droite.
""")

add("payslip", "es", f"""
RECIBO DE SALARIOS — Mayo 2024

Empresa: Talleres Mecánicos Ruiz S.L. — CIF B50123456 — CCC 50/1123456/78
Trabajador: {n("Javier Lasheras Ortega")}
DNI: {pid(dni())}             Nº afiliación S.S.: {pid("50/" + digits(8) + "/" + digits(2))}
Domicilio: {a("C/ Delicias 14, 2º A, 50017 Zaragoza")}
Categoría: oficial de 1ª       Antigüedad: 03/09/2012       Fecha de nacimiento: {d("21/06/1981")}

Salario base                        1.640,00
Plus convenio                         185,40
Prorrata pagas extras                 304,23
TOTAL DEVENGADO                     2.129,63
Contingencias comunes (4,70 %)       −100,09
IRPF (12,00 %)                       −255,56
LÍQUIDO A PERCIBIR                  1.706,83

Transferencia a {ib(iban("ES"))}
""")

add("chat", "es", f"""
Chat de soporte — Viajes Sol y Mar — 11/06/2024

[16:02] {n("Carmen")} (agente): ¡Hola! ¿En qué puedo ayudarte?
[16:03] Cliente: hola, quiero pagar la reserva del crucero, la referencia es SM-77120
[16:03] {n("Carmen")} (agente): Perfecto. ¿Nombre del titular y fecha de nacimiento?
[16:04] Cliente: {n("Rocío Benítez Salgado")}, {d("12/12/1978")}
[16:05] Cliente: la tarjeta es {c(card("visa", " "))} caduca 08/27
[16:05] {n("Carmen")} (agente): Por seguridad no compartas la tarjeta por chat 🙏 te envío un enlace de pago a tu móvil.
[16:06] Cliente: vale, el móvil es {p("+34 655 20 31 87")}
[16:09] {n("Carmen")} (agente): Pago recibido. ¡Buen viaje, {n("Rocío")}!
""")

rows_ = []
for i, (nm, em, ad) in enumerate([("Giulia Rossi", "giulia.rossi88@gmail.com", "Via Paolo Sarpi 14, 20154 Milano"),
                                   ("Francesco Greco", "f.greco@libero.it", "Via Toledo 256, 80132 Napoli"),
                                   ("Martina Conti", "marti.conti@hotmail.it", "Via Garibaldi 9, 16124 Genova"),
                                   ("Alessandro Ferri", "ale.ferri@tiscali.it", "Piazza delle Erbe 3, 37121 Verona"),
                                   ("Sofia Marchetti", "sofia.marchetti@yahoo.it", "Via Roma 88, 09124 Cagliari")]):
    full = i in (1, 3)
    cardv = c(card("visa" if i % 2 else "mc", "")) if full else "**** **** **** %s" % digits(4)
    rows_.append('%d;2024-06-%02d;"%s";%s;"%s";%s;%s;%d,%02d' % (
        88120 + i, R.randint(1, 10), n(nm), e(em), a(ad), cardv, ip(ip4()), R.randint(20, 400), R.randint(0, 99)))
add("csv", "it", "id_ordine;data;cliente;email;indirizzo_spedizione;carta;ip_cliente;totale_eur\n" + NL.join(rows_) +
    "\n# NB: le righe 88121 e 88123 contengono il PAN in chiaro per un bug del plugin (corretto nella 3.2.7)")

add("payslip", "nl", f"""
SALARISSTROOK — periode 05-2024

Werkgever: De Vries Makelaardij B.V., {a("Herengracht 440, 1017 BZ Amsterdam")}
Werknemer: {n("R.J. (Ruud) van 't Hek")}
Adres: {a("Prins Hendrikkade 9")}, {a("3071 KA Rotterdam")}
Geboortedatum: {d("11-09-1972")}      BSN: {pid(bsn())}      Personeelsnr: 0018
In dienst sinds: 01-02-2017          Loonheffingskorting: ja

Salaris                     4.250,00
Vakantietoeslag reservering   340,00
Pensioenpremie werknemer     −212,50
Loonheffing                 −1.102,34
Netto                        2.935,16

Uitbetaald op {ib(iban("NL"))} t.n.v. {n("R J van t Hek")}
""".replace(n("R.J. (Ruud) van 't Hek"), n("R.J.") + " (" + n("Ruud") + ") " + n("van 't Hek")))

add("chat", "nl", f"""
#dev-platform
{n("sanne")} 10:14  wie heeft de api key van mollie voor de testomgeving? de oude werkt niet meer
{n("bram")} 10:15   die is geroteerd na het incident. nieuwe staat in vault, maar hier voor het gemak: {k("live_" + rnd(30))}
{n("sanne")} 10:15  {n("bram")} dat is de LIVE key 😱
{n("bram")} 10:16   oeps. ok ik roteer hem nu meteen. @{n("thijs")} kun jij de webhook url in de configuratie ook updaten? die bevat nog het oude wachtwoord: {u("https://webhook:Fietsenstalling42@hooks.intern.bakker-fietsen.nl/mollie")}
{n("thijs")} 10:20  gedaan, en ik heb ook het ip van {n("bram")} thuis ({ip(ip4())}) uit de whitelist gehaald zoals gevraagd
""")

wan_pl = "83.24.119.40"
add("log", "pl", f"""
# fragment logów routera — mieszkanie {n("Tomasza")} (prośba o pomoc na forum, dane niezamaskowane)
May 28 21:14:02 dnsmasq-dhcp[1422]: DHCPACK(br0) 192.168.1.101 {mac(macaddr())} laptop-t14
May 28 21:14:40 dnsmasq-dhcp[1422]: DHCPACK(br0) 192.168.1.102 {mac(macaddr())} Galaxy-S23
May 28 21:15:11 dnsmasq-dhcp[1422]: DHCPACK(br0) 192.168.1.117 {mac(macaddr())} nieznane-urzadzenie
May 28 21:16:03 pppd[988]: local  IP address {ip(wan_pl)}
May 28 21:16:03 pppd[988]: remote IP address 83.24.0.1
May 28 23:02:45 kernel: DROP IN=ppp0 SRC={ip(ip4())} DST={ip(wan_pl)} PROTO=TCP DPT=22
Pytanie: czyje jest "nieznane-urzadzenie"? Ani ja, ani {n("Ania")} nie mamy takiego sprzętu.
""")

add("contract", "pl", f"""
UMOWA ZLECENIA nr 14/2024

zawarta w dniu 3 czerwca 2024 r. w Poznaniu pomiędzy:
Pracownią Architektoniczną „Forma" {n("Krzysztof Dąbrowski")}, {a("ul. Półwiejska 8, 61-888 Poznań")} — Zleceniodawcą,
a
Panią {n("Weroniką Grabowską")}, ur. {d("25.03.1997")} w Białymstoku, zam. {a("ul. Lipowa 14a, 15-424 Białystok")},
PESEL {pid(pesel(1997, 3, 25, True))}, legitymującą się dowodem osobistym nr {pid("DAB" + digits(6))} — Zleceniobiorcą.

§ 1. Zleceniobiorca zobowiązuje się do wykonania wizualizacji 3D dla projektu „Osiedle nad Wartą".
§ 4. Wynagrodzenie: 6 400 zł brutto, płatne na rachunek {ib(iban("PL"))} do 10 dni od odbioru prac.
§ 7. Kontakt: {p("+48 589 252 588")}, {e("weronika.grabowska.3d@gmail.com")}
""")

add("invoice", "pt-BR", f"""
NOTA FISCAL DE SERVIÇOS ELETRÔNICA — NFS-e nº 000.482   Emissão: 10/06/2024 14:22   Município: Belo Horizonte/MG

PRESTADOR: {n("Thiago Nakamura")} Fotografia ME — CNPJ 34.118.207/0001-49 — {a("Rua Sergipe, 1180, sala 4 — Savassi, Belo Horizonte/MG, 30130-171")}
TOMADOR: {n("Larissa Campos Moreira")}   CPF {pid(cpf())}
Endereço: {a("Rua Pernambuco, 552, ap. 1203 — Funcionários, Belo Horizonte/MG, 30130-150")}
E-mail: {e("larissa.cmoreira@gmail.com")}     Telefone: {p("(31) 99127-4408")}

Discriminação: cobertura fotográfica de casamento em 08/06/2024 (8 h), álbum 30×30 com 40 páginas.
Valor dos serviços: R$ 6.800,00    ISS (2%): R$ 136,00    Valor líquido: R$ 6.664,00
""")

add("chat", "pt-BR", f"""
Atendimento — Loja Casa&Cia — protocolo 2024061100731
[09:12] {n("Juliana")} (atendente): Bom dia! Como posso ajudar?
[09:13] Cliente: bom dia, comprei um sofá e veio rasgado. pedido 558120
[09:13] {n("Juliana")} (atendente): Sinto muito! Pode confirmar nome completo e CPF?
[09:14] Cliente: {n("Marcos Vinícius Araújo")}, {pid(cpf())}
[09:15] Cliente: paguei no cartão {c(card("mc", " "))}, quero estorno, não troca
[09:16] {n("Juliana")} (atendente): Entendido, {n("Marcos")}. A coleta será no endereço {a("Rua das Palmeiras, 77, casa 2 — Jardim América, Goiânia/GO, 74255-120")}, confirma?
[09:16] Cliente: isso. meu zap é {p("(62) 98440-1273")}
""")

add("contract", "sv", f"""
ANSTÄLLNINGSAVTAL — tillsvidareanställning

Arbetsgivare: Nybergs Cykel & Sport AB, org.nr 556812-4471, {a("Östra Promenaden 4, 602 29 Norrköping")}
Arbetstagare: {n("Mohammed Haddad")}
Personnummer: {pid(personnummer(1960, 4, 16))}
Adress: {a("Rinkebystråket 60, 163 73 Spånga")}
Telefon: {p("073-679 30 75")}     E-post: {e("mohammed.haddad@bredband.net")}

Tillträde: 2024-08-01. Befattning: cykelmekaniker. Månadslön: 31 500 kr.
Lön betalas till konto (IBAN) {ib(iban("SE"))}.
Närmaste anhörig: {n("Samira Haddad")} (maka), {p(ph("SE"))}

Norrköping den 14 juni 2024
{n("Oskar Nyberg")}, vd                         {n("Mohammed Haddad")}
""")

add("medical", "no", f"""
LEGEERKLÆRING VED ARBEIDSUFØRHET (utdrag)

Pasient: {n("Ingrid Haugen")}
Fødselsnummer: {pid(fnr(1974, 9, 5))}
Adresse: {a("Storgata 14B, 0184 Oslo")}
Telefon: {p("+47 477 80 934")}
Arbeidsgiver: Oslo kommune, Bydel Grünerløkka

Diagnose: L03 Korsryggsmerter uten utstråling
Sykmeldt: 100 % fra 10.06.2024 til og med 23.06.2024
Behandler: lege {n("Kristian Moe")}, Legesenteret Grünerløkka, HPR-nr. 9144217
""")

add("contract", "da", f"""
LEJEKONTRAKT FOR BEBOELSESLEJLIGHED (uddrag)

Udlejer: {n("Kasper Lund-Madsen")}, {a("Strandvejen 233, 2900 Hellerup")}, CPR {pid(cpr(1979, 11, 2))}
Lejer: {n("Freja Østergaard Holm")}, født {d("3. oktober 1976")}, CPR {pid(cpr(1976, 10, 3))}
Nuværende adresse: {a("Vestergade 7, 1. th., 5000 Odense C")}
Det lejede: {a("Jægersborggade 12, 2. tv., 2200 København N")}, 68 m², 2 værelser

Lejen udgør 11.400 kr. pr. måned og betales forud den 1. i hver måned til udlejers konto {ib(iban("DK"))}.
Depositum: 34.200 kr.    Lejeforholdet begynder: 1. august 2024.
Telefon lejer: {p("+45 56 97 27 12")}
""")

add("chat", "fi", f"""
[11.6.2024 klo 17.02] {n("aino")}: hei! muuttoapu lauantaina klo 10, osoite on {a("Rautatienkatu 21 A 5, Tampere")}
[11.6.2024 klo 17.03] {n("Mikko H")}: tuun! otanko peräkärryn?
[11.6.2024 klo 17.05] {n("aino")}: joo kiitos {n("mikko")} 🙏 {n("Elina")} tuo pahvilaatikoita
[11.6.2024 klo 17.08] {n("Elina Nieminen")}: tuon! soitan kun oon pihassa, mun uusi numero on {p("050 039 4077")}
[11.6.2024 klo 17.10] {n("aino")}: maksan pizzat, mobilepaylla voi lähettää osuutensa jos haluaa kaljaa 😄
""")

add("contract", "tr", f"""
KİRA SÖZLEŞMESİ (özet)

Kiraya veren: {n("Mehmet Ali Öztürk")}, T.C. {pid(tckn())}, adres: {a("Atatürk Bulvarı No: 87/12, 06680 Çankaya/Ankara")}
Kiracı: {n("Elif Yılmaz")}, T.C. {pid(tckn())}, doğum tarihi {d("25.04.1962")}, tel. {p("+90 553 619 73 06")}
Kiralanan: {a("Moda Cad. No: 112 D: 5, 34710 Kadıköy/İstanbul")}
Aylık kira: 32.000 TL — her ayın 5'ine kadar {ib(iban("TR"))} numaralı hesaba yatırılacaktır.
Depozito: 64.000 TL. Başlangıç: 01.07.2024, süre: 1 yıl.
Kefil: {n("Hakan Yılmaz")}, T.C. {pid(tckn())}, {p("0532 908 14 77")}
""")

add("chat", "ro", f"""
[10.06.2024, 19:22] {n("Ioana")}: {n("Andrei")}, notarul ne-a cerut datele pentru procură
[10.06.2024, 19:23] {n("Andrei Ionescu")}: ok: {n("Ionescu Andrei")}, CNP {pid(cnp(1987, 3, 8, False, 12))}, CI seria CJ nr. {pid(digits(6))}
[10.06.2024, 19:24] {n("Andrei Ionescu")}: domiciliul e tot {a("Str. Memorandumului nr. 28, Cluj-Napoca")}
[10.06.2024, 19:26] {n("Ioana")}: mersi! taxa notarială o plătim din contul tău? {ib(iban("RO"))}
[10.06.2024, 19:27] {n("Andrei Ionescu")}: da. sună-mă dacă mai vrea ceva: {p("0724 219 196")}
""")

add("contract", "hu", f"""
LAKÁSBÉRLETI SZERZŐDÉS (kivonat)

Bérbeadó: {n("Farkas Zsuzsanna")} (szül.: Győr, {d("1958. március 2")}., anyja neve: {n("Horváth Mária")}), lakcím:
{a("9022 Győr, Baross Gábor út 6. fszt. 2")}, adóazonosító jel: {pid("8" + digits(9))}
Bérlő: {n("Szabó-Horváth Gergely")} (szül.: Pécs, {d("1990. 11. 14")}.), személyi ig. szám: {pid(digits(6) + "KE")},
lakcím: {a("7621 Pécs, Ferencesek utcája 17")}, telefon: {p("+36 30 418 2291")}

A bérlemény: {a("9021 Győr, Széchenyi tér 8. II/4")}
Bérleti díj: havi 185 000 Ft, amelyet a bérlő minden hónap 10. napjáig a {ib(iban("HU"))} számlára fizet.
""")

add("ticket", "el", f"""
Αίτημα υποστήριξης #GR-44120 — Διπλή χρέωση

Πελάτης: {n("Νικόλαος Μαυρίδης")} <{e("nikos.mavridis@gmail.com")}>
Τηλέφωνο: {p("+30 694 812 2730")}
Διεύθυνση: {a("Λεωφόρος Κνωσού 58, 713 06 Ηράκλειο")}

Μήνυμα πελάτη: Καλησπέρα σας, χρεώθηκα δύο φορές για την παραγγελία 77120. Η κάρτα μου είναι η
{c(card("visa", " "))}. Παρακαλώ επιστρέψτε το ποσό των 89,90 €.

Εσωτερική σημείωση ({n("Κατερίνα Λαμπράκη")}): επιβεβαιώθηκε διπλή συναλλαγή από IP {ip(ip4())}. Έγινε επιστροφή.
""")

add("form", "id", f"""
FORMULIR PENDAFTARAN PESERTA DIDIK BARU — SD Negeri 3 Sleman, Tahun Ajaran 2024/2025

Nama lengkap       : {n("Aditya Pratama Nugroho")}
NIK                : {pid(nik("340410", 2018, 2, 9))}
Tempat/tgl lahir   : Sleman, {d("9 Februari 2018")}
Alamat             : {a("Jl. Kaliurang KM 7,5 Gg. Melati No. 3, Sleman, DI Yogyakarta 55581")}

Nama ayah          : {n("Budi Nugroho")}          Pekerjaan: wiraswasta     HP: {p("0812-2744-1908")}
Nama ibu           : {n("Rina Kusumawati")}       Pekerjaan: guru           HP: {p("+62 857 2901 4471")}
No. KK             : 3404101203150004
Tanggal daftar     : 10 Juni 2024
""")

add("chat", "vi", f"""
Zalo — Shop Mẹ Bông — 11/06/2024
[14:05] Khách: shop ơi em đặt 2 bộ đồ bộ size M màu hồng
[14:06] Shop ({n("Hương")}): dạ em gửi tên, sđt và địa chỉ nhận hàng giúp chị nha
[14:08] Khách: {n("Võ Ngọc Ánh")}, {p("0912 774 305")}, {a("27 Nguyễn Văn Cừ, Ninh Kiều, Cần Thơ")}
[14:09] Shop ({n("Hương")}): dạ tổng 398k, ship COD hay chuyển khoản ạ?
[14:10] Khách: ck nha chị, em chuyển rồi, nội dung "{n("Anh")} don 2 bo"
[14:12] Shop ({n("Hương")}): chị nhận rồi ạ, mai giao nha em 🥰
""")

add("order", "cs", f"""
Potvrzení objednávky č. 2024061147 — e-shop Horolezecké potřeby

Zákazník: {n("Lucie Černá")}
Doručovací adresa: {a("Nádražní 1124, 702 00 Ostrava")}
Fakturační adresa: {a("Sokolská třída 71, 702 00 Ostrava")}
Telefon: {p("+420 644 528 548")}     E-mail: {e("lucie.cerna@seznam.cz")}

Položky: lezečky La Sportiva Tarantulace 39 ×1 (2 190 Kč), sedací úvazek Black Diamond Momentum S ×1 (1 590 Kč)
Platba kartou: {c(card("mc", " "))} — autorizováno 11. 6. 2024 21:14
Doprava: Zásilkovna, výdejní místo Ostrava-Hlavní nádraží
""")

add("chat", "ga", f"""
[08:02] {n("Síle")}: maidin mhaith! an bhfuil aon duine ag dul go dtí an cruinniú i nGaillimh Dé hAoine?
[08:05] {n("Pádraig Ó Dónaill")}: beidh mise ann. Is féidir liom síob a thabhairt duit ón teach, {a("14 Ascaill na Páirce, Bóthar na Trá")}
[08:06] {n("Síle")}: go hiontach, go raibh maith agat {n("a Phádraig")}!
[08:10] {n("Aoife")}: cuir glao orm má bhíonn moill oraibh — {p("087 412 3390")}
""".replace(n("a Phádraig"), "a " + n("Phádraig")))

add("log", "en-IN", f"""
2024-06-11 10:41:03,118 INFO  ekyc.gateway  txn=EKYC-77120441 channel=app aadhaar_masked=XXXX-XXXX-4471 status=OTP_SENT mobile={p("+91 98450 12345")}
2024-06-11 10:41:39,902 INFO  ekyc.gateway  txn=EKYC-77120441 status=SUCCESS name="{n("Suresh Kumar Nair")}" dob={d("1979-03-14")} gender=M
2024-06-11 10:41:39,903 DEBUG ekyc.gateway  txn=EKYC-77120441 raw_uid={pid(aadhaar(""))} pincode=682020 (debug logging enabled by mistake — JIRA KYC-2231)
2024-06-11 10:41:40,010 INFO  ekyc.gateway  txn=EKYC-77120441 address="{a("14/221, Panampilly Nagar, Ernakulam, Kerala 682036")}"
2024-06-11 10:41:40,011 INFO  ekyc.gateway  txn=EKYC-77120441 client_ip={ip(ip4())} device=Android 14 app=4.18.2
""")

add("chat", "en-NG", f"""
Harmony Estate Residents' Association 🏘️
[7:10 am] {n("Chairman Babatunde")}: Good morning all. Security levy for Q3 is ₦45,000 per flat. Pay to {n("Mrs. Folake Adebisi")} (treasurer).
[7:12 am] {n("Folake Adebisi")}: Account: GTBank 0174492031, {n("Folake Adebisi")}. Send evidence to {p("0803 771 2045")} 🙏
[7:30 am] {n("Uche")} (Block C4): Who has the number of the electrician {n("Sunday")}? Our transformer is making noise again
[7:31 am] {n("Halima Bello")}: {n("Sunday")} is {p("0706 228 4419")}. Tell him {n("Halima")} from C2 sent you
[7:45 am] {n("Tunde Bakare")}: Please the new gateman {n("Musa")} should stop opening for delivery guys without calling. My flat is {a("Block A3, Flat 6, Harmony Estate, Lekki Phase 1, Lagos")} and they left my parcel outside!
""".replace(n("Chairman Babatunde"), "Chairman " + n("Babatunde")).replace(n("Mrs. Folake Adebisi"), "Mrs. " + n("Folake Adebisi")))

add("agreement", "en-KE", f"""
AGREEMENT FOR SALE OF LAND — Kiambu/Ruiru/Block 4/2271

THIS AGREEMENT is made this 10th day of June 2024 BETWEEN
{n("JOSEPH KIPROTICH LANGAT")} of ID No. {pid(digits(8))}, KRA PIN {pid("A" + digits(9) + "P")}, P.O. Box 1180-00232 Ruiru,
telephone {p("0722 481 306")} (hereinafter "the Vendor")
AND
{n("GRACE WANJIRU MWANGI")} of ID No. {pid(digits(8))}, KRA PIN {pid("A" + digits(9) + "Z")}, born {d("14th March 1988")},
residing at {a("Kahawa Sukari, Baringo Road, House No. 14, Nairobi")}, telephone {p("+254 711 902 388")} (hereinafter "the Purchaser")

1. The purchase price is KES 3,400,000, of which KES 340,000 has been paid by M-PESA on 03/06/2024.
2. Completion date: 90 days from the date hereof.

SIGNED by the Vendor ………………  in the presence of {n("Advocate Njeri Kamau")}, Advocate of the High Court.
""".replace(n("Advocate Njeri Kamau"), "Advocate " + n("Njeri Kamau")))

# ============================================================ HARD NEGATIVES — data look-alikes and specimens
neg("csv", "en", """
sku,ean13,description,warehouse,bin,qty_on_hand,reorder_point,unit_cost_gbp,last_counted
WB-1042-BLK-42,5055832104425,Trail Runner GTX black EU42,LEEDS-2,A14-03,118,40,54.20,2024-06-01T06:00:00Z
WB-1042-BLK-43,5055832104432,Trail Runner GTX black EU43,LEEDS-2,A14-04,96,40,54.20,2024-06-01T06:00:00Z
SK-MER-2P-M,5055832200219,Merino hiking socks 2-pack M,LEEDS-1,C02-11,1204,300,4.85,2024-05-28T06:00:00Z
JK-ALP-RED-L,5055832301145,Alpine shell jacket red L,BRISTOL-1,B07-01,33,15,61.00,2024-05-30T06:00:00Z
BT-1L-STEEL,5055832400411,Insulated bottle 1 l steel,LEEDS-1,D11-07,640,200,6.10,2024-06-01T06:00:00Z
""")

neg("sql", "en", """
-- migration 0047_seed_order_statuses.sql
INSERT INTO order_status (id, code, label, is_terminal, created_at) VALUES
  ('7c9e6679-7425-40de-944b-e07fc1f90ae7', 'NEW',        'New',                 false, '2024-06-01 00:00:00+00'),
  ('16fd2706-8baf-433b-82eb-8c7fada847da', 'PAID',       'Paid',                false, '2024-06-01 00:00:00+00'),
  ('886313e1-3b8a-5372-9b90-0c9aee199e5d', 'SHIPPED',    'Shipped',             false, '2024-06-01 00:00:00+00'),
  ('a8098c1a-f86e-11da-bd1a-00112444be1e', 'DELIVERED',  'Delivered',           true,  '2024-06-01 00:00:00+00'),
  ('6ba7b811-9dad-11d1-80b4-00c04fd430c8', 'REFUNDED',   'Refunded',            true,  '2024-06-01 00:00:00+00');
UPDATE app_meta SET schema_version = '4.12.0', applied_at = now() WHERE id = 1;
""")

neg("json", "en", """
{
  "station": "EGLL",
  "issued": "2024-06-11T09:50:00Z",
  "metar": "EGLL 110950Z 24012KT 9999 SCT035 16/08 Q1014 NOSIG",
  "hourly": [
    {"t": "2024-06-11T10:00:00Z", "temp_c": 16.4, "wind_kt": 12, "gust_kt": 20, "pressure_hpa": 1014.2},
    {"t": "2024-06-11T11:00:00Z", "temp_c": 17.1, "wind_kt": 13, "gust_kt": 22, "pressure_hpa": 1014.0},
    {"t": "2024-06-11T12:00:00Z", "temp_c": 17.9, "wind_kt": 14, "gust_kt": 24, "pressure_hpa": 1013.7}
  ],
  "model": "UKV 2.2 km", "run": "2024061106"
}
""")

neg("xml", "en", """
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://www.example-outdoor.co.uk/</loc><lastmod>2024-06-10</lastmod><priority>1.0</priority></url>
  <url><loc>https://www.example-outdoor.co.uk/mens/trail-runner-gtx-1042</loc><lastmod>2024-06-09</lastmod></url>
  <url><loc>https://www.example-outdoor.co.uk/blog/how-to-lace-hiking-boots</loc><lastmod>2024-05-21</lastmod></url>
  <url><loc>https://www.example-outdoor.co.uk/stores/leeds-briggate</loc><lastmod>2024-04-02</lastmod></url>
</urlset>
""")

neg("yaml", "en", """
name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-22.04
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-west-2
      - run: ./scripts/deploy.sh --version "${GITHUB_SHA::7}"
        env:
          DATABASE_URL: ${{ secrets.DATABASE_URL }}
          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}
""")

neg("yaml", "en", """
# values.yaml for bitnami/postgresql 15.5.7
auth:
  username: app
  # Leave empty and set existingSecret instead — the chart will NOT generate a password for you in prod.
  password: ""
  postgresPassword: ""
  existingSecret: app-postgresql-credentials
  secretKeys:
    adminPasswordKey: postgres-password
    userPasswordKey: password
primary:
  persistence:
    size: 50Gi
  resources:
    requests: {cpu: 500m, memory: 1Gi}
metrics:
  enabled: true
  serviceMonitor: {enabled: true, interval: 30s}
""")

neg("terminal", "en", """
$ git log --oneline -8
9c1e44f (HEAD -> main, tag: v2.18.0) Bump version to 2.18.0
3f9c2ab Remove hard-coded staging URL from README
a1c9e77 Add .env.production to .gitignore
7e3d0b2 Fix flaky test_checkout_timeout (increase to 2.5s)
5b8f1c0 Upgrade protobufjs 7.2.5 -> 7.3.0
c2d4e6f Merge pull request #2230 from renovate/undici-5.x
0f1e2d3 Refactor payment retry logic (#2214)
e4d5c6b Release 2.17.3
$ git describe --tags
v2.18.0
""")

neg("docs", "en", """
How the Luhn checksum works

Take 79927398713, the standard example from the original patent literature. From the rightmost digit, double
every second digit: 7 9 9 2 7 3 9 8 7 1 3 → the doubled digits are 1, 8, 3, 2, 9 → 2, 16(=7), 6, 4, 18(=9).
Sum everything: 70, which is divisible by 10, so the number is valid. Payment card numbers (e.g. the test number
4012 8888 8888 1881) and Canadian SINs (046 454 286 is the textbook example) use the same check.

US Social Security numbers have no check digit. Numbers beginning with 9, 666 or 000 are never issued, and
078-05-1120 — printed on a sample card inserted in Woolworth wallets in 1938 — is permanently invalid.
HMRC's documentation uses QQ 12 34 56 C as an example National Insurance number.
""")

neg("docs", "en", """
Machine-readable zone (MRZ) — ICAO Doc 9303 specimen

The ICAO specimen passport is issued by the fictional state of Utopia (code UTO):

P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
L898902C36UTO7408122F1204159ZE184226B<<<<<10

Line 2 encodes document number L898902C3 (check digit 6), nationality UTO, date of birth 740812 (check 2),
sex F, expiry 120415 (check 9), optional data ZE184226B and a composite check digit 0. Implementations should
be tested against this specimen only; never store real MRZ data in test fixtures.
""")

neg("docs", "en", """
Style guide: placeholders in our documentation

- People: use "Alex Example" or "Jordan Sample". Never use a colleague's real name.
- Emails: your.name@company.example, or support@example.com for shared inboxes.
- Phones: +44 20 7946 0000 (Ofcom drama range) or (555) 010-0199 in US docs.
- Addresses: 1 Example Street, Exampletown, EX1 2MP.
- Keys and tokens: sk_test_XXXXXXXXXXXXXXXXXXXXXXXX, ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX, <API_KEY>.
- Passwords: "hunter2" is a meme, not a placeholder — use ******** instead.
""")

neg("spreadsheet", "en", """
Region      Q1 2024     Q2 2024     Q3 2024 (fcst)   YoY %     Units     Avg order
North       1,204,881   1,318,440   1,402,000        +9.4      41,208    £31.99
Midlands      884,102     912,557     950,000        +3.2      29,771    £30.65
South       2,110,456   2,244,190   2,380,000        +6.3      70,112    £32.01
Scotland      502,774     531,902     560,000        +5.8      17,330    £30.69
Wales         288,019     301,448     315,000        +4.7       9,902    £30.44
TOTAL       4,990,232   5,308,537   5,607,000        +6.4     168,323    £31.54
=SUMIFS(C2:C6,A2:A6,"<>TOTAL")   last refresh 11/06/2024 07:00
""")

neg("chat", "en", """
#random
[11:02] alexp: anyone going to the Taylor Swift Eras show at Wembley on 21 June?
[11:03] sam_k: yes!! block 524, row 12 🎉
[11:03] alexp: Taylor's surprise songs in Edinburgh were insane
[11:05] rk_dev: I'd rather see Bruce Springsteen tbh, he's 74 and still does 3 hours
[11:06] sam_k: the Boss was born 23 September 1949, that's a lot of stamina
[11:07] alexp: anyway, standup in 5 — joining via the usual link
""")

neg("newsletter", "en", """
You're receiving this because you subscribed at example-outdoor.co.uk.

This month: new Trail Runner GTX colours, a guide to wild camping in the Cairngorms, and 15% off with code
SUMMER15 (ends 30 June, one use per customer).

Example Outdoor Ltd, Unit 7, Aire Valley Business Park, Leeds LS9 0PR. Registered in England & Wales no. 08812204.
VAT GB 298 4471 20. Unsubscribe: https://example-outdoor.co.uk/u?id=%%SUBSCRIBER_ID%%
""")

neg("cron", "en", """
# m   h  dom mon dow  command
15    2  *   *   *    /opt/backup/run.sh --target s3://backups-prod/db --retention 35 >> /var/log/backup.log 2>&1
*/5   *  *   *   *    /usr/local/bin/healthcheck --url http://127.0.0.1:8080/healthz --timeout 3
0     4  *   *   0    certbot renew --quiet --deploy-hook "systemctl reload nginx"
30    3  1   *   *    /opt/reports/monthly.py --month "$(date -d 'last month' +\\%Y-\\%m)"
""")

neg("seatmap", "en", """
BA0117 LHR-JFK  A350-1000  11JUN  Seat map (cabin World Traveller)
Row  A  B  C     D  E  F  G     H  J  K
30   X  X  .     X  X  .  X     .  X  X
31   X  .  .     X  X  X  X     X  X  X
32   .  .  X     .  .  .  .     X  X  .
Exit rows 35, 46. Bassinet positions 30D/30G. Seats 31A–31C blocked for crew rest (code BLK-4471).
""")

neg("docs", "de", """
Muster-Personalausweis (Erläuterung für Sachbearbeiter)

Auf dem Musterausweis der Bundesdruckerei ist die fiktive Person Erika Mustermann abgebildet: geb. 12.08.1964 in
Berlin, wohnhaft Heidestraße 17, 51147 Köln, Ausweisnummer T22000129. Diese Daten dürfen in Schulungsunterlagen
und Testsystemen verwendet werden. Echte Ausweisdaten von Kundinnen und Kunden gehören nie in ein Ticket.
Beispiel-IBAN für Tests: DE02 1203 0000 0000 2020 51 (Beispiel aus der Dokumentation einer Direktbank).
""")

neg("docs", "es", """
Ejemplo de DNI para formación

El documento de muestra que publica la Policía Nacional pertenece a la ciudadana ficticia Carmen Española
Española, con número 99999999R. Utilice este ejemplo en los manuales y nunca copie datos reales de clientes.
La letra de control se calcula como el resto de dividir el número entre 23: 99999999 mod 23 = 1 → "R".
""")

neg("docs", "it", """
Come si calcola il codice fiscale — esempio

Prendiamo il classico esempio dei manuali: Mario Rossi, nato a Roma il 1° gennaio 1980. Cognome → RSS,
nome → MRA, anno → 80, mese → A, giorno → 01, comune (Roma) → H501, carattere di controllo → U.
Risultato: RSSMRA80A01H501U. Attenzione: per le donne al giorno si aggiunge 40 (es. 41 per il 1° del mese).
""")

neg("docs", "nl", """
Specimen paspoort

Op het Nederlandse specimenpaspoort staat de fictieve houder Willeke Liselotte De Bruijn, geboren 10 maart 1965
te Maastricht, documentnummer SPECI2014. Gebruik dit specimen in trainingen en testomgevingen. Een BSN in
voorbeelden is altijd 999999990 of een ander nummer uit de testreeks van de Rijksdienst.
""")

neg("docs", "fr", """
Exemple de RIB pour les tests

Dans la documentation des API bancaires, l'IBAN d'exemple FR14 2004 1010 0505 0001 3M02 606 est couramment utilisé.
De même, le numéro de sécurité sociale 1 85 05 78 006 084 36 apparaît dans de nombreux tutoriels pour illustrer le
calcul de la clé (97 − reste de la division par 97). Ne l'utilisez pas comme donnée réelle.
""")

neg("catalog", "pl", """
Cennik części zamiennych — Škoda Octavia IV (2020–2024)
Nr części           Opis                                   Cena netto   Dostępność
5WA 698 151 B       Klocki hamulcowe przód                 412,00 zł    24 h
5Q0 615 301 H       Tarcza hamulcowa przód Ø 312 mm        389,00 zł    24 h
04E 115 561 H       Filtr oleju                             48,90 zł    od ręki
5Q0 819 653         Filtr kabinowy z węglem aktywnym       112,00 zł    od ręki
VIN w przykładach: TMBJJ7NX0L0000000 (numer zastępczy z katalogu ETKA)
""")

neg("changelog", "ro", """
Note de versiune — aplicația MyBank 7.4.0 (build 7.4.0.1183), 10.06.2024
• Nou: plăți instant prin RoPay pentru conturile persoanelor fizice
• Îmbunătățit: autentificare biometrică pe Android 14, timp de încărcare redus cu 40%
• Corectat: afișarea greșită a soldului în lei pentru conturile în euro (eroare introdusă în 7.3.2)
Cerințe minime: iOS 15.0, Android 9 (API 28).
""")

neg("history", "el", """
Kazantzakis: o Nikos Kazantzakis gennithike stis 18 Fevrouariou 1883 sto Irakleio tis Kritis kai pethane stis
26 Oktovriou 1957 sto Freiburg. Ta pio gnosta erga tou einai o "Vios kai Politeia tou Alexi Zorba" kai "O Teleftaios
Peirasmos". To aerodromio tou Irakleiou onomazetai "Nikos Kazantzakis". (Greeklish keimeno apo forum istorias)
""")

neg("docs", "en-IN", """
Understanding your Aadhaar and PAN

A PAN has 10 characters: five letters, four digits and a check letter, e.g. the format ABCDE1234F used in
Income Tax Department examples. The fourth letter shows the holder type (P = individual, C = company, H = HUF).
UIDAI never asks for your full Aadhaar on phone calls; masked Aadhaar shows only the last four digits, e.g.
XXXX XXXX 1234. Helpline 1947 is toll-free. IFSC codes such as SBIN0000001 identify bank branches, not people.
""")

neg("news", "en-NG", """
Lagos: Third Mainland Bridge to close for 48 hours

The Federal Ministry of Works says the Third Mainland Bridge will be closed from 11pm Friday to 11pm Sunday for
expansion-joint repairs. Motorists are advised to use the Carter Bridge and Eko Bridge. The Minister of Works,
David Umahi, said the repairs would cost ₦6.2 billion. Herbert Macaulay Way and Ikorodu Road are expected to be busy.
""")

# ============================================================ English — final positives
add("transcript", "en", f"""
Teams meeting — Sprint 42 review — transcript (auto) — 11 June 2024

{n("Grace Ndlovu")} 0:02  ok I think everyone's here. {n("will")}, can you share your screen?
{n("Will Tran")} 0:05  yep, one sec. Mark the tickets as done as I go, I'll skip the ones in review.
{n("Grace Ndlovu")} 0:09  sure. @{n("mark")} are you taking notes today?
{n("Mark Oyelaran")} 0:12  I will. Hope it's short, I have the customer call at half past.
{n("Hope Delgado")} 0:14  that was me who asked for it to be short 😄 — {n("Mark")}, the customer is {n("Mr. Ibsen")} from the Bergen office?
{n("Mark Oyelaran")} 0:18  yes, {n("Lars Ibsen")}. He wants the export fixed before the 20th.
{n("Will Tran")} 0:25  so, INV-2231: the export was writing the customer's full card number in the debug column, e.g. {c(card("visa", ""))}
{n("Will Tran")} 0:31  we now mask it to the last four. Release 3.9.5 went out this morning.
{n("Grace Ndlovu")} 0:40  great. and the grace period setting? will that ship this sprint?
{n("Will Tran")} 0:44  next sprint. I'll pair with {n("summer")} on it when she's back on Monday.
""".replace(n("Mr. Ibsen"), "Mr. " + n("Ibsen")))

add("letter", "en", f"""
PRIVATE & CONFIDENTIAL

{n("Mr Declan Moriarty")}
{a("27 Ashgrove Park, Douglas, Cork T12 K7R2")}

12 June 2024

Dear {n("Declan")},

Re: Invitation to a disciplinary hearing

Employee number: 00718      Date of birth: {d("02/09/1991")}      PPS number: {pid(ppsn())}
Start of employment: 14 March 2016            Position: Warehouse Team Leader, Little Island DC

Following the investigation carried out by {n("Niamh Cullinane")} on 28 and 29 May 2024, I am writing to invite you to
a disciplinary hearing on 19 June 2024 at 10:00 in Meeting Room 2. The allegation is that on 22 May 2024 you
allowed an unlicensed colleague to operate a reach truck.

You may be accompanied by a colleague or a trade union representative. If you have any questions, contact me
on {p("021 435 8812")} or {e("s.fitzgerald@lidc-logistics.ie")}.

Yours sincerely,
{n("Sinéad Fitzgerald")}
HR Business Partner
""".replace(n("Mr Declan Moriarty"), "Mr " + n("Declan Moriarty")))

add("form", "en", f"""
LIFE INSURANCE APPLICATION — Part A (Proposed Insured)

Name: {n("Raymond T. Kowalczyk")}        Sex: M      Date of birth: {d("Jan 17, 1968")}      Age: 56
SSN: {ss(ssn())}                 Driver's license: PA {pid(digits(8))}
Address: {a("412 Maple Ave, Scranton, PA 18503")}
Phone: {p(ph("US"))}        Email: {e("ray.kowalczyk68@verizon.net")}
Occupation: high school teacher (Scranton School District), 24 years

Beneficiaries
Primary:    {n("Donna Kowalczyk")} (spouse), DOB {d("05/30/1970")}, SSN {ss(ssn())}, 100%
Contingent: {n("Jacob Kowalczyk")} (son), DOB {d("11/08/1997")}, 50%; {n("Emily Kowalczyk-Reyes")} (daughter), DOB {d("02/21/2000")}, 50%

Coverage: 20-year term, $500,000.   Premium mode: monthly, EFT.   Application date: 06/03/2024.
""")

add("notes", "en", f"""
FRAUD CASE NOTES — Case 2024-FR-00871 — opened 06/04/2024 by {n("T. Alvarez")}

06/04 09:12  Customer {n("Marisol Quintero")} called: two unknown charges (Apple.com $999.00, BestBuy $1,249.99) on
             card {c(card("visa", " "))}. Verified with DOB {d("12/19/1983")} and SSN last 4 (0419). Card blocked, reissued.
06/04 09:30  Charges originated from IP {ip(ip4())}, device fingerprint not previously seen. Customer's usual IP {ip(ip4())}.
06/04 11:05  Fraudster also changed mailing address online to {a("1730 W Thomas Rd, Phoenix, AZ 85015")}; reverted to
             {a("8821 N 43rd Ave, Glendale, AZ 85302")} (confirmed by customer).
06/05 14:20  Customer provided full SSN {ss(ssn())} for the police report form; stored in the secure attachment, redacted here later.
06/07 10:00  Provisional credit issued. Referred to {n("Det. Aaron Whitehorse")}, Phoenix PD, report #24-118840.
""".replace(n("Det. Aaron Whitehorse"), "Det. " + n("Aaron Whitehorse")))

add("form", "en", f"""
Form W-9 (Rev. March 2024) — Request for Taxpayer Identification Number and Certification

1  Name of entity/individual: {n("Keith Baptiste")}
2  Business name/disregarded entity name, if different from above: Baptiste Mobile Detailing
3a Federal tax classification: ☒ Individual/sole proprietor
5  Address: {a("5107 Gentilly Blvd")}
6  City, state, and ZIP code: {a("New Orleans, LA 70126")}
Part I — Taxpayer Identification Number
   Social security number: {ss(ssn(" "))}          or   Employer identification number: __ - _______
Part II — Certification: Under penalties of perjury, I certify that the number shown on this form is my correct TIN.
Signature of U.S. person: {n("Keith Baptiste")}         Date: 05/20/2024
""")

lines = ["batch_id,txn_time,merchant_ref,pan,exp,amount,currency,auth_code,cardholder,avs"]
for i in range(8):
    br = ["visa", "mc", "visa", "amex", "disc", "mc", "visa", "maestro"][i]
    lines.append("B240611-07,%s,ORD-%d,%s,%02d%02d,%d.%02d,USD,%s,%s,%s" % (
        "2024-06-11T%02d:%02d:%02dZ" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), 551200 + i * 3,
        c(card(br, "")), R.randint(1, 12), R.randint(25, 30), R.randint(5, 900), R.randint(0, 99),
        rnd(6, string.ascii_uppercase + string.digits),
        n(["MELISSA OYELOWO", "J R TANAKA", "PRIYA NAIR", "OWEN GALLAGHER", "FATIMA ZAHRA BENNANI", "HENRIK BERG",
           "CHIDI EZE", "ROSE MCCARTHY"][i]), R.choice(["Y", "Z", "N", "Y"])))
add("csv", "en", "# settlement export — PCI: this file must not leave the CDE (found on a shared drive 2024-06-12)\n" + NL.join(lines))

add("log", "en", f"""
Started by timer
Running as SYSTEM
Building in workspace /var/lib/jenkins/workspace/nightly-integration
The recommended git tool is: NONE
 > git init /var/lib/jenkins/workspace/nightly-integration # timeout=10
Fetching upstream changes from {u("https://ci-reader:" + rnd(20) + "@bitbucket.example-corp.net/scm/int/integration-tests.git")}
 > git fetch --tags --force --progress -- {u("https://ci-reader:" + rnd(20) + "@bitbucket.example-corp.net/scm/int/integration-tests.git")} +refs/heads/*:refs/remotes/origin/*
 > git rev-parse refs/remotes/origin/main^{{commit}} # timeout=10
Checking out Revision 4c1f9a0e2b7d53c8e6f1a2b3c4d5e6f708192a3b (refs/remotes/origin/main)
[nightly-integration] $ /bin/sh -xe /tmp/jenkins8830412.sh
+ export SAUCE_ACCESS_KEY={k(hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12))}
+ mvn -B verify -Dsauce.user=ci-int
[INFO] Tests run: 412, Failures: 0, Errors: 0, Skipped: 3
Finished: SUCCESS
""")

add("police", "en", f"""
STATEMENT OF WITNESS (CJ Act 1967, s.9; MC Act 1980, s.5B) — harassment / stalking

Statement of: {n("Chloe Anne Marsden")}          Age if under 18: over 18       Occupation: paramedic
Date of birth: {d("21/06/1993")}                  Address: {a("9 Larch Drive, Chapel Allerton, Leeds LS7 4PQ")}
Telephone: {p(ph("GB"))}

Since about March 2024 my former partner, {n("Ryan Hollis")} (born {d("4 November 1990")}, of {a("61 Harehills Lane, Leeds LS8 4HA")}),
has been turning up wherever I am. On 2 June I found a tracking tag in the lining of my car boot. The officer
scanned it and it reported Bluetooth address {mac(macaddr(":", True))}; {n("Ryan")}'s phone had paired with it according to
the data the officer obtained. I also received messages from an account logging in from {ip(ip4())}, which my
internet provider confirmed is not mine. My own phone's Wi-Fi address is {mac(macaddr())}.

I am willing to attend court. Signed: {n("C. A. Marsden")}   Date: 05/06/2024
Witnessed by: PC 2271 {n("Farah Iqbal")}
""")

add("medical", "en", f"""
DISCHARGE SUMMARY — Ward 7B (Respiratory), St James's University Hospital

Patient: {n("Walter Eric Pennington")}          DOB: {d("08.01.1939")}          Hospital no.: J4418207
Address: {a("Flat 3, Tower Court, 15 Harehills Avenue, Leeds LS8 4EX")}
GP: Dr {n("Aisha Rahman")}, Burton Croft Surgery
Next of kin: {n("Susan Pennington-Blake")} (daughter) — {p(ph("GB"))}

Admitted: 02/06/2024 via ED      Discharged: 10/06/2024
Diagnosis: infective exacerbation of COPD; type 2 respiratory failure (resolved)
Medications on discharge: prednisolone 30 mg OD (5 days, then stop), doxycycline 100 mg OD (2 more days),
  Trimbow inhaler 2 puffs BD (new), salbutamol PRN.
Follow-up: respiratory nurse home visit within 72 h; clinic 6 weeks. Summary dictated by Dr {n("Ben Okafor")}, FY2.
""")

add("report", "en", f"""
WESTMINSTER MAGISTRATES' COURT — REGISTER EXTRACT — 10 June 2024 — Courtroom 3

1. {n("DUNMORE, Keith Alan")}         DOB {d("14/02/1986")}   {a("22 Carlisle Road, London N4 3BT")}
   Theft from a shop (s.1 Theft Act 1968). Plea: guilty. Fine £220, compensation £84, costs £85, surcharge £88.
2. {n("OKWUOSA, Ifeoma")}            DOB {d("30/09/1999")}   {a("Flat 41, Wenlock Court, New North Road, London N1 7QR")}
   Driving without insurance. Plea: guilty. Fine £440, 6 penalty points.
3. {n("KRÓL, Bartosz")}              DOB {d("07/07/1978")}   {a("5 Church Street, Edmonton, London N9 9DR")}
   Common assault. Plea: not guilty. Adjourned to 22/07/2024 for trial; unconditional bail.
Legal adviser: {n("P. Sandhu")}. District Judge (Magistrates' Courts) presiding.
""")

add("ics", "en", f"""
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//BirthdayBuddy//EN
BEGIN:VEVENT
UID:bday-0012@birthdaybuddy
SUMMARY:🎂 {n("Grace")}'s birthday ({n("Grace Mbeki-Holm")})
DTSTART;VALUE=DATE:{d("19900214")}
RRULE:FREQ=YEARLY
DESCRIPTION:Turns 35 next year. Likes orchids. Address for cards: {a("4 Rue des Carmes, 21000 Dijon")}
END:VEVENT
BEGIN:VEVENT
UID:dentist-2024-06@birthdaybuddy
SUMMARY:Dentist
DTSTART:20240618T093000
END:VEVENT
BEGIN:VEVENT
UID:bday-0031@birthdaybuddy
SUMMARY:🎂 Uncle {n("Bill")}'s birthday
DTSTART;VALUE=DATE:{d("19560703")}
RRULE:FREQ=YEARLY
END:VEVENT
END:VCALENDAR
""")

add("email", "en", f"""
Subject: [Website enquiry] New message from the contact form
From: WordPress <wordpress@brightsmile-dental.example>

Name: {n("Agnieszka (Aga) Lewandowska")}
Email: {e("aga.lewandowska@o2.pl")}
Phone: {p("+44 7403 229 118")}
Date of birth (new patients): {d("1995-10-03")}
Preferred appointment: Saturday mornings
Message: Hi, I'm new to the area (just moved to {a("18 Victoria Road, Kirkstall, Leeds LS5 3JB")}) and I'd like to register
as an NHS patient. I have a cracked filling on the lower left. My husband {n("Kuba")} would like to register too.

--
Sent from {ip(ip4())} · Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) · 11/06/2024 21:44
""".replace(n("Agnieszka (Aga) Lewandowska"), n("Agnieszka") + " (" + n("Aga") + ") " + n("Lewandowska")))

add("json", "en", f"""
<script type="application/ld+json">
{{
  "@context": "https://schema.org",
  "@type": "Person",
  "name": "{n("Oluwadamilare Ajayi")}",
  "alternateName": "{n("Dami Ajayi")}",
  "jobTitle": "Freelance translator (Yoruba ↔ English ↔ French)",
  "email": "mailto:{e("dami.ajayi.translates@gmail.com")}",
  "telephone": "{p("+234 806 441 7720")}",
  "birthDate": "{d("1991-04-22")}",
  "address": {{
    "@type": "PostalAddress",
    "streetAddress": "{a("12 Ogunlana Drive")}",
    "addressLocality": "Surulere, Lagos",
    "addressCountry": "NG"
  }}
}}
</script>
""")

add("code", "en", f"""
[
  {{
    "model": "accounts.customer",
    "pk": 1,
    "fields": {{
      "first_name": "{n("Noor")}",
      "last_name": "{n("Hassan-Whitley")}",
      "email": "{e("noor.hw@gmail.com")}",
      "birth_date": "{d("1988-12-01")}",
      "date_joined": "2021-03-14T10:22:00Z",
      "last_login": "2024-06-10T18:40:11Z",
      "phone": "{p("+44 7911 240 883")}",
      "postcode": "SW9 8JU",
      "marketing_opt_in": false
    }}
  }},
  {{
    "model": "accounts.customer",
    "pk": 2,
    "fields": {{
      "first_name": "{n("Bartholomew")}",
      "last_name": "{n("Achebe")}",
      "email": "{e("bart.achebe@yahoo.co.uk")}",
      "birth_date": "{d("1975-05-19")}",
      "date_joined": "2019-11-02T08:00:00Z",
      "last_login": "2024-05-30T07:12:45Z",
      "phone": "{p("07700 182 554")}",
      "postcode": "M14 5RG",
      "marketing_opt_in": true
    }}
  }}
]
""")


emit("blind16", cases)
