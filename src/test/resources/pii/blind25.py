"""blind25 - a blind, hand-labelled evaluation set for the PII detector. All data is invented.

Run from this directory:  python3 blind25.py > corpus-blind25.jsonl

Each case is (kind, lang, hard_negative, marked_text); labels are written with the short
[[CODE|value]] markup that T() turns into m() calls.  National ids, card numbers and IBANs carry
valid check digits computed by the helpers below.  Hard negatives contain no personal data.
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



def kvnr(letter, eight):
    """German health insurance number (Krankenversichertennummer): letter + 8 digits + check."""
    s = "%02d" % (ord(letter) - 64) + eight
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        tot += v // 10 + v % 10
    return letter + eight + str(tot % 10)


def medicare_au(eight, issue="1"):
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    c = sum(int(a) * b for a, b in zip(eight, w)) % 10
    x = eight + str(c) + issue
    return "%s %s %s" % (x[:4], x[4:9], x[9])


def jmbg(first12):
    return emso(first12)


# ================================================================ cases
# ---------------------------------------------------------------- English (positives)
pos("email", "en", """From: [[N|Marguerite Oyelaran-Pike]] <[[E|marguerite.op@fastmail.co.uk]]>
To: Claims Desk <claims@halberd-logistics.co.uk>
Subject: Re: Damaged pallet HLX-5520931

Hello,

The pallet was left outside in the rain overnight. Please arrange collection from the
address below (ring the bell for the ground floor, the side gate is locked):

[[A|Flat 2, Tolhurst House]]
[[A|19 Wycombe Gardens]]
[[A|Kettering NN15 7QJ]]

Kind regards,
[[N|Marguerite]]
[[P|07723 418906]]""")

pos("chat", "en", """#it-helpdesk
[09:14] [[N|Priya Raghunathan]]: morning all, [[N|tomasz]]'s laptop keeps dropping off the vpn
[09:15] @dkeller: which one? asset tag ends in 4471?
[09:16] [[N|Priya Raghunathan]]: the one with mac [[MAC|3c:22:fb:91:0e:4a]], last lease was [[IP|10.40.12.77]]
[09:18] @dkeller: ok. tell [[N|tomasz]] to bring it up to floor 3 after lunch
[09:19] [[N|Priya Raghunathan]]: will do. [[N|deb]] says thanks for sorting her monitor btw""")

pos("code", "en", """# tests/fixtures/customers.py  -- copied from a prod export, scrub before merging!
CUSTOMERS = [
    {
        "first_name": "[[N|Ignatius]]",
        "last_name": "[[N|Blackwood-Achebe]]",
        "ssn": "[[S|529-61-4077]]",
        "dob": "[[D|1983-11-02]]",
        "email": "[[E|iggy.blackwood@protonmail.com]]",
    },
    {
        "first_name": "[[N|Hollis]]",
        "last_name": "[[N|Featherstonehaugh]]",
        "ssn": "[[S|611382904]]",
        "dob": "[[D|1970-05-28]]",
        "email": "[[E|hfeatherstone@comcast.net]]",
    },
]""")

pos("config", "en", """# payments-api / staging  (rotate everything after the audit!)
NODE_ENV=staging
DATABASE_URL=[[U|postgresql://ledger_rw:Qv7rT2mZpL9xW@db-stg-02.halcyonpay.internal:5432/ledger]]
REDIS_URL=[[U|redis://default:hT4kq9Wm2vBn@cache-stg.halcyonpay.internal:6379/0]]
STRIPE_SECRET_KEY=[[K|sk_live_51HcQeLzP0aVw3RkXn2TfYbGmJd8UuEsQiOoPl]]
SMTP_USER=alerts@halcyonpay.io
SMTP_PASS=[[K|Zu8pQ3nE6rLw]]
LOG_LEVEL=debug""")

pos("log", "en", """Mar 11 02:17:44 bastion-1 sshd[22817]: Failed password for invalid user oracle from [[IP|185.220.47.113]] port 51122 ssh2
Mar 11 02:17:51 bastion-1 sshd[22817]: Connection closed by invalid user oracle [[IP|185.220.47.113]] port 51122 [preauth]
Mar 11 07:58:02 bastion-1 sshd[23104]: Accepted publickey for rkowalczyk from [[IP|172.22.8.145]] port 60214 ssh2
Mar 11 07:58:02 dhcp-core dhcpd[911]: DHCPACK on [[IP|172.22.8.145]] to [[MAC|a4:83:e7:2c:19:d0]] (rkowalczyk-mbp) via eth1""")

pos("sql", "en", """-- dump of clinic_crm.patients, taken 2024-02-19 for the migration
INSERT INTO patients (patient_no, given_name, family_name, dob, phone, street, postcode, city) VALUES
  ('P-004471', '[[N|Oluwaseun]]', '[[N|Adeyemi-Clarke]]', '[[D|1991-04-17]]', '[[P|+1 416 782 3390]]', '[[A|88 Glenholme Ave, Unit 4]]', 'M6H 3B2', 'Toronto'),
  ('P-004472', '[[N|Marisol]]', '[[N|de la Fuente Ortiz]]', '[[D|1964-12-03]]', '[[P|(647) 219-0458]]', '[[A|1207 Danforth Rd]]', 'M1K 1J3', 'Toronto');""")

pos("csv", "en", """employee_id,full_name,work_email,mobile,ssn,hire_date,location
E-10442,"[[N|Whitlock, Dorian]]",[[E|dorian.whitlock@brackenridge-ins.com]],[[P|(503) 846-2291]],[[S|412-78-3306]],2019-06-03,Portland
E-10518,"[[N|Nakashima-Reyes, Lupe]]",[[E|lupe.nakashima-reyes@brackenridge-ins.com]],[[P|(971) 302-7715]],[[S|531-40-9928]],2021-01-11,Salem
E-10533,"[[N|O'Driscoll, Fintan]]",[[E|fintan.odriscoll@brackenridge-ins.com]],[[P|(541) 660-0187]],[[S|287 55 1043]],2022-09-26,Bend""")

pos("json", "en", """{
  "applicationRef": "HAP-2024-118532",
  "applicant": {
    "givenName": "[[N|Saoirse]]",
    "familyName": "[[N|Ní Bhraonáin]]",
    "dateOfBirth": "[[D|1995-07-22]]",
    "ppsn": "[[ID|<<pp>>]]",
    "address": {
      "line1": "[[A|Apartment 12, Harbour View]]",
      "line2": "[[A|Strand Road]]",
      "town": "Bray",
      "county": "Wicklow",
      "eircode": "A98 K2X7"
    },
    "mobile": "[[P|+353 86 207 4418]]"
  },
  "payment": {"iban": "[[I|<<ib>>]]", "bic": "AIBKIE2D"}
}""", pp=ppsn("7294381"), ib=iban("IE", "AIBK93115212345678", grouped=False))

pos("html", "en", """<!-- committee.html : Larkhill Allotment Society -->
<section class="committee">
  <article>
    <h3>Rev. [[N|Cornelius Abernathy-Quist]]</h3>
    <p>Chair &middot; plot 14</p>
    <p><a href="tel:[[P|+12079341186]]">[[P|(207) 934-1186]]</a></p>
  </article>
  <article>
    <h3>[[N|Wren Castellanos]]</h3>
    <p>Treasurer &middot; plot 31</p>
    <p><a href="mailto:[[E|wren.castellanos@gmavt.net]]">[[E|wren.castellanos@gmavt.net]]</a></p>
  </article>
</section>""")

pos("form", "en", """CHILD CARE SUBSIDY APPLICATION - PART A (please print)
1. Applicant name (Last, First MI): [[N|Vasquez-Holloway, Renata J.]]
2. Date of birth (MM/DD/YYYY): [[D|03/14/1979]]
3. Social Security Number: [[S|547 22 8190]]
4. Home address: [[A|2290 NW Thurman St Apt 5B, Portland, OR 97210]]
5. Daytime phone: [[P|503-977-4120]]
6. Children in household: 2 (ages 4 and 7)
Signature: ____________________   Date: 02/12/2024""")

pos("invoice", "en", """INVOICE 2024-031                                   Issued: 4 March 2024
Bramble & Thorn Garden Design, Aylesbury

Bill to:
Mr [[N|Anselm Whitcombe]]
[[A|The Old Granary]]
[[A|Church Lane]]
[[A|Great Missenden HP16 0AZ]]

Border replanting and mulching, 3 days ........ £1,140.00
TOTAL DUE ..................................... £1,140.00

Please pay within 14 days to the account of [[N|Juniper Pemberton-Lowe]]
IBAN [[I|<<ib>>]]   (sort code 20-45-77)""", ib=iban("GB", "BARC20457731449208"))

pos("cv", "en", """CURRICULUM VITAE

[[N|Thandiwe Okonkwo-Baptiste]]
[[A|14B Marlowe Terrace, Leeds LS6 2QH]]
[[P|+44 7402 915 366]] | [[E|thandi.ob@gmail.com]]
Date of birth: [[D|9 February 1996]]

EXPERIENCE
2021-present  Data Analyst, Yorkshire Water, Bradford
2018-2021     Research Assistant, University of Leeds
REFERENCES available on request""")

pos("medical", "en", """Riverside Health Centre, Macclesfield

Re: Mrs [[N|Philippa Greenhalgh-Moss]]   DOB [[D|23/08/1958]]   NHS No: [[ID|<<nhs>>]]
[[A|17 Coppice Way, Macclesfield SK11 8PW]]

Dear Dr [[N|Okafor]],
Thank you for seeing this lady, who reports a six-week history of exertional chest tightness.
She stopped smoking in 2019. ECG attached.

Yours sincerely,
Dr [[N|Hamish Lachlan-Beattie]]""", nhs=nhs("401023798"))

pos("hr", "en", """CONFIDENTIAL - HR file note
Employee: [[N|Bartholomew Ngata]] (staff no. 20318)   NI number: [[ID|JT 48 21 90 C]]
Date of birth: [[D|19/07/1986]]
Meeting: 12 January 2024
Present: [[N|Bart]], line manager [[N|Colette Ferreira-Lind]], HR adviser [[N|Ruth Abiodun]]

[[N|Bart]] explained that his absences in December were due to caring for his mother.
We agreed a phased return. Personal mobile on file: [[P|021 447 8093]].
Emergency contact: [[N|Mere Ngata]] (sister), [[P|027 338 1164]].""")

pos("letter", "en", """[[N|Marta Brandvold]]
[[A|PO Box 1182]]
[[A|Ketchum, ID 83340]]

                                        February 6, 2024

Dear Ms. [[N|Brandvold]],

Your water-rights renewal has been received and will be reviewed at the April board meeting.
No further action is needed at this time.

Sincerely,
[[N|Dale Umberger]]
Blaine County Water District""")

pos("travel", "en", """ITINERARY RECEIPT                         Booking ref: QX7T4L
Passenger 1: [[N|HARTIGAN/ROISIN]] MS
Passenger 2: [[N|HARTIGAN/CILLIAN]] MSTR
EI 105  14JUN  DUB 10:55 -> JFK 13:20   seats 23A/23B
SSR DOCS EI HK1/P/IRL/[[ID|PK4418072]]/IRL/[[D|30JUL88]]/F/11MAR31/[[N|HARTIGAN/ROISIN]]
Contact: [[P|+353 87 614 2290]] / [[E|roisin.hartigan@eircom.net]]""")

pos("vcard", "en", """BEGIN:VCARD
VERSION:3.0
N:[[N|Yamamoto-Kerr]];[[N|Eleanor]];;;
FN:[[N|Eleanor Yamamoto-Kerr]]
TEL;TYPE=CELL:[[P|+1-312-448-0927]]
EMAIL;TYPE=HOME:[[E|ellie.yk@icloud.com]]
ADR;TYPE=HOME:;;[[A|4418 N Ravenswood Ave]];Chicago;IL;60640;USA
BDAY:[[D|1990-01-19]]
END:VCARD""")

pos("xml", "en", """<?xml version="1.0" encoding="UTF-8"?>
<BeneficiaryUpdate xmlns="urn:pension:v2">
  <MemberRef>PN-771-2043</MemberRef>
  <Beneficiary>
    <FullName>[[N|Augustin Delacroix-Mbeki]]</FullName>
    <Relationship>Son</Relationship>
    <BirthDate>[[D|2004-10-05]]</BirthDate>
    <SSN>[[S|301-84-2267]]</SSN>
    <Street>[[A|77 Sycamore Hollow Rd]]</Street>
    <City>Asheville</City><State>NC</State><Zip>28804</Zip>
  </Beneficiary>
</BeneficiaryUpdate>""")

pos("hl7", "en", """MSH|^~\\&|EPIC|RVH|LAB|RVH|202403110815||ADT^A04|MSG00917|P|2.5
PID|1||MRN0088213^^^RVH^MR||[[N|Fairweather]]^[[N|Imogen]]||[[D|19870912]]|F|||[[A|17 Larkspur Close]]^^Basingstoke^^RG22 4TY^GBR||[[P|01256 448210]]|||||||[[ID|<<nhs>>]]
NK1|1|[[N|Fairweather]]^[[N|Gideon]]|SPO|||[[P|07700 914552]]
PV1|1|O|OPD^^^RVH||||C3318^[[N|Mensah]]^[[N|Kwabena]]""", nhs=nhs("943476591", sep=""))

pos("shell", "en", """  488  cd ~/src/billing-sync
  489  export GITHUB_TOKEN=[[K|ghp_R8mWq2Lx7TzN4pVb9KcY1hJd6FsA3eU0oGiQ]]
  490  curl -u [[K|jmercer:Tw0rivers!88]] https://ci.tallowbrook.net/job/billing-sync/build
  491  mysql -h [[IP|10.8.3.21]] -u billing -p'[[K|Xk9#vLw2Pq]]' billing_prod
  492  ssh deploy@[[IP|10.8.3.22]]
  493  history | grep token""")

pos("court", "en", """IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
COUNTY DEPARTMENT, DOMESTIC RELATIONS DIVISION

IN RE THE MARRIAGE OF
[[N|DESMOND ACHTERBERG]], Petitioner,
and
[[N|LUCINDA ACHTERBERG-PAZ]], Respondent.                 No. 2023 D 004417

PETITION FOR DISSOLUTION OF MARRIAGE
1. Petitioner resides at [[A|5512 S Blackstone Ave, Apt 2, Chicago, IL 60637]].
2. Respondent was born on [[D|August 2, 1984]] and currently resides at [[A|918 W Belden Ave, Chicago, IL 60614]].
3. The parties were married on June 11, 2011 in Evanston, Illinois.""")

pos("receipt", "en", """GREENWAY PHARMACY #0412
Rx PICKUP            03/09/2024 14:22
Patient: [[N|ALVAREZ-KNOX, TOBIAS]]
DOB: [[D|06/30/1952]]
Rx# 6620913  ATORVASTATIN 20MG  QTY 90
COPAY                           $12.40
VISA ************8812   AUTH 044917
Served by: [[N|Kayleigh]]""")

pos("note", "en", """KYC verification note - case 88-2291
Customer name as stated: [[N|Zainab Oduya-Hartmann]]
Document: UK driving licence [[ID|ODUYA961264Z99LK]], expiry 2031
Date of birth on licence: [[D|26/11/1994]] - matches application
Proof of address (council tax bill): [[A|3 Kestrel Mews, Norwich NR3 1JT]]
Outcome: PASS. Checked by [[N|O. Lindqvist]], second check [[N|Faisal]].""")

pos("prose", "en", """Hebden Valley Times - Community

Eighty-one-year-old [[N|Winifred Oakshott]] has baked for the Tuesday market since 1979, and on
Saturday she finally took home the county's Best Loaf trophy. Her grandson [[N|Callum Reddaway]], 24,
now runs the stall with her. "Gran still gets up at four," [[N|Callum]] said.""")

pos("report", "en", """INCIDENT REPORT 24-031877          Reporting officer: PC 4417 [[N|Gethin Pryce]]
Date/time: 16/02/2024 23:40
Location: outside the Red Lion, High Street, Llandeilo
Victim: [[N|Aled Maddox-Rhys]], DOB [[D|02/05/1999]], of [[A|6 Heol y Gelli, Ffairfach, Llandeilo SA19 6UN]], tel [[P|07814 662093]]
Witness: [[N|Ffion Llewellyn]] (bar staff)
Summary: victim states he was pushed to the ground by an unknown male; minor injuries.""")

pos("report", "en", """MOTOR CLAIM - FIRST NOTIFICATION OF LOSS          Policy HMC-7732019-04
Policyholder: Mr [[N|Desmond Ugwu-Lawrence]]
Driver at time of loss: [[N|Anaya Ugwu-Lawrence]] (daughter), licence [[ID|UGWUL057213A99RT]]
Third party: [[N|Kerry-Ann Dobbs]], [[P|07952 114380]], vehicle reg not obtained
Circumstances: TP reversed out of a driveway on Mill Lane into the insured vehicle.
Handler: [[N|Rosalind Achebe-Stone]], motor claims team""")

pos("ticket", "en", """Ticket INC-0419982   Priority: P2   Status: Open
Requester: [[N|Siddharth Venkataraman]] <[[E|sid.venkataraman@orbitalfreight.com]]>, mobile [[P|+44 7385 660218]]
Summary: Cannot reach the file server from home since router swap
Details: my home router hands the laptop [[IP|192.168.50.23]] (MAC [[MAC|F0:2F:74:A1:6C:3E]]);
public IP according to whatismyip is [[IP|86.142.77.209]]. VPN connects but shares time out.
Assigned to: [[N|Hannah Ebbesen]]""")

pos("chat", "en", """[18/03/24, 19:02:11] Mum: Has anyone got Nana [[N|Rosalind]]'s new address? card needs posting
[18/03/24, 19:05:40] [[N|Lottie]]: it's [[A|12 Bramley Court, Ashby Road, Loughborough LE11 3TT]]
[18/03/24, 19:06:02] [[N|Lottie]]: her landline is [[P|01509 263774]] if you want to ring first
[18/03/24, 19:07:15] Mum: thanks love xx
[18/03/24, 19:09:48] [[N|Freddie Okoro]]: her birthday is [[D|2 May 1941]] isn't it? the big 83""")

pos("doc", "en", """Maple Row Residents' Association - minutes, 7 March 2024
Present: [[N|Gwendolyn Ashcroft]] (chair), [[N|Ravi Chandrasekar]], [[N|Bogdan Ilie]], [[N|Tessa McGonigle]] (minutes)
Apologies: [[N|Declan Furey]]
1. Parking: [[N|Ravi]] reported the abandoned van outside no. 22 to the council again.
2. Next meeting at [[A|31 Maple Row]] ([[N|Bogdan]]'s flat), 4 April, 7pm.
AOB: new residents can email [[N|Tessa]] on [[E|tessa.mcg@btinternet.com]] to join the list.""")

pos("letter", "en", """St Aldhelm's Primary School
Class 4 - trip to the Science Museum, Friday 22 March

Dear Parent/Carer of [[N|Jasper Kowalewski-Hughes]],
On the day the class teacher, Miss [[N|Ottilie Brennan]], can be reached on [[P|07931 550218]].
Please return the slip below by 15 March.
---------------------------------------------------------------
Child's name: [[N|Jasper Kowalewski-Hughes]]     Date of birth: [[D|11/10/2015]]
Parent contact number: [[P|07845 227901]]""")

pos("doc", "en", """FOR SALE - cot bed + mattress, as new, £60 ono
Collection from Didsbury (M20). Call or text [[N|Ros]] on [[P|07896 341227]] after 6pm.
Also: double buggy £35, high chair £10.
Email [[E|ros.akintola@outlook.com]] for photos.""")

pos("doc", "en", """SHIP TO:
[[N|PRIYANKA DESHMUKH-WALSH]]
[[A|UNIT 7, 118 CHAPEL STREET]]
[[A|PRAHRAN VIC 3181]]
AUSTRALIA
PH: [[P|0412 889 306]]
-----------------------------
FROM: Kestrel Outdoor Supply, Ballarat      REF: KOS-44120  WT 2.4KG""")

pos("report", "en", """PAYROLL EXCEPTION REPORT                          RUN 2024-03-01   PAGE 1
EMP#   NAME                      SSN          DOB         ST
------ ------------------------- ------------ ----------- --
000418 [[N|MCALLISTER, JUNE R]]        [[S|318-22-7046]]  [[D|1968-04-09]]  MO
000532 [[N|TRUONG, KEVIN B]]           [[S|602-19-5581]]  [[D|1990-12-30]]  KS
000577 [[N|OYELOWO-BRANT, FEMI]]       [[S|249-87-3310]]  [[D|1985-06-14]]  MO""")

pos("log", "en", """commit 9f3c2a1e7b40d5c8a6e2f1b0c3d4e5f6a7b8c9d0
Author: [[N|Anneliese Oduro]] <[[E|anneliese.oduro@fenwick-labs.io]]>
Date:   Tue Mar 12 16:04:11 2024 +0100

    fix(auth): stop logging refresh tokens

commit 1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e
Author: [[N|Jonah Pettifer-Sayeed]] <[[E|jonah@pettifer.dev]]>
Date:   Mon Mar 11 09:30:52 2024 +0000

    chore: bump deps""")

pos("config", "en", """apiVersion: v1
kind: Secret
metadata:
  name: billing-db
  namespace: prod
type: Opaque
data:
  password: [[K|VGg0bmtzLUZvci1BbGwtVGhlLUZpc2g5Mw==]]
stringData:
  SENDGRID_API_KEY: [[K|SG.x7Kp2QmLwR9vT3nB.fY8cZ1eJ4hU6gA0sD5kW2qE7rO9tP3mN1bV6xC8zL0]]""")

pos("chat", "en", """[[N|Lindqvist, Oskar]]  10:02 AM
Can someone cover my on-call Saturday? family thing
[[N|Abara, Chidinma]]  10:05 AM
I can take it if you take my Wednesday
[[N|Lindqvist, Oskar]]  10:06 AM
deal, thanks [[N|Chidi]] 🙏""")

pos("form", "en", """NEW EMPLOYEE DETAILS - Harbourside Physiotherapy
Full name: [[N|Ngoc Anh Tran-Whitby]]
Date of birth: [[D|14 Aug 1997]]
Residential address: [[A|3/42 Pittwater Road, Manly NSW 2095]]
Mobile: [[P|0433 218 794]]
Tax file number: [[ID|<<tfn>>]]
Medicare card: [[ID|<<mc>>]]
Super fund: AustralianSuper, member no. 7710442""", tfn=tfn("45928317"), mc=medicare_au("24718305"))

pos("letter", "en", """Mr [[N|Harjit Singh Dhaliwal]]
[[A|Basement Suite, 2218 E 41st Ave]]
[[A|Vancouver BC  V5P 1J7]]

Dear Mr [[N|Dhaliwal]],
Re: amended T4 slip for 2023 - SIN [[ID|<<sin>>]]
Please find enclosed the corrected slip. Your employer has been notified.
Payroll Services""", sin=sin("54713820"))

pos("form", "en", """CONDO MANAGEMENT - TENANT REGISTRATION
Tenant name: [[N|Lim Jia Hui]]
NRIC/FIN: [[ID|<<nric>>]]
Contact: [[P|+65 9127 4480]]
Address: [[A|Blk 23 Jalan Kembangan, #14-07, Singapore 419134]]
Vehicle: SKL 4471 T (season parking)
Lease start: 01/04/2024""", nric=nric("S", "8734521"))

pos("email", "en", """Subject: KYC documents - demat account opening
Dear Sir/Madam,
Please find my details below:
Name: [[N|Aniruddha Sengupta]]
PAN: [[ID|BQFPS4471K]]
Aadhaar: [[ID|<<aad>>]]
DOB: [[D|17-09-1989]]
Address: [[A|Flat 5C, Sukhobrishti Tower, Action Area III, New Town, Kolkata 700135]]
Regards,
[[N|Aniruddha]]
[[P|+91 98310 44726]]""", aad=aadhaar("49281730562"))

pos("json", "en", """{"client": {
  "name": "[[N|Tamati Whaanga-Reid]]",
  "ird": "[[ID|<<ird>>]]",
  "dob": "[[D|1979-02-08]]",
  "postal": {"street": "[[A|PO Box 3318]]", "city": "Rotorua", "postcode": "3046"},
  "email": "[[E|tamati.wr@xtra.co.nz]]"
}}""", ird=ird("49183722"))

pos("ticket", "en", """Case 55-0093817   Chargeback dispute
Cardholder: [[N|Ellery Vandermolen]]
Card number: [[C|<<cc>>]]
Disputed txn: 02/27/2024  $489.00  "GLOBALFLY*TKT"
Billing ZIP: 49503      Cardholder phone: [[P|(616) 458-2231]]
Agent notes ([[N|Marisa T.]]): customer confirms card was in her possession, no travel booked.""",
    cc=card("541275348890127"))

pos("medical", "en", """NURSING HANDOVER - Ward 7B, night shift
Bed 4: [[N|Cuthbert Ellingham]], 88, DOB [[D|1 Dec 1935]], post-op day 2 (hip). Pain controlled.
Bed 6: [[N|Shirin Farahani-Dobbs]], 52, for discharge tomorrow; daughter [[N|Leyla]] collecting, mob [[P|07411 092633]].
Bed 9: [[N|Eamon Whelehan]], confused overnight, falls bracelet on. Son [[N|Padraig]] aware.
Handed over by: [[N|Nkechi]] (RN) to [[N|Marta]] (RN)""")

pos("email", "en", """From: [[N|Lorcan Featherby]] <[[E|l.featherby@ashgrove-accountants.co.uk]]>
To: [[E|beatrix.holmwood@btinternet.com]]
Subject: Self assessment 2022/23 - UTR and bank details

Hi [[N|Beatrix]],
HMRC need the refund account in your own name. Can you confirm this is right?
IBAN [[I|<<ib>>]]
Direct line: [[P|01273 884 519]]

--
[[N|Lorcan Featherby]] ACA
Ashgrove Accountants, Brighton""", ib=iban("GB", "NWBK60161331926819"))

pos("config", "en", """# ~/.netrc
machine artifacts.oakmere.io
  login svc-build
  password [[K|Fq8!zR2wL6pXn4Tb]]
machine git.oakmere.io
  login hwhitfield
  password [[K|glpat-Wd3xQ9mZ7kR2vL5yN8bT]]""")

# ---------------------------------------------------------------- English (hard negatives)
neg("doc", "en", """## Configuring credentials

Put your keys in ~/.aws/credentials. The values below are the documented AWS examples and will not work:

    [default]
    aws_access_key_id = AKIAIOSFODNN7EXAMPLE
    aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    region = eu-west-1

To call the API from a test host such as 192.0.2.44 use:
    curl -H "Authorization: Bearer $API_TOKEN" https://api.example.com/v2/health""")

neg("prose", "en", """WASHINGTON (Reuters) - Federal Reserve Chair Jerome Powell told lawmakers on Wednesday that
rate cuts were "likely" later this year. Treasury Secretary Janet Yellen, speaking separately at
the Treasury building on 15th Street, said the labor market remained strong. Powell, born in 1953,
has led the central bank since February 2018.""")

neg("prose", "en", """Charles Dickens (7 February 1812 - 9 June 1870) was an English novelist and social critic.
From 1837 to 1839 he lived at 48 Doughty Street, London WC1N 2LX, where he completed The Pickwick
Papers and wrote Oliver Twist. The house is now the Charles Dickens Museum, open Wednesday to Sunday.
His wife Catherine Dickens (1815-1879) and their first three children lived there with him.""")

neg("doc", "en", """# Testing payments in the sandbox
Use any future expiry date and any 3-digit CVC with these test numbers:

| Brand       | Number                | Result                  |
|-------------|-----------------------|-------------------------|
| Visa        | 4242 4242 4242 4242   | succeeds                |
| Visa (3DS)  | 4000 0027 6000 3184   | requires authentication |
| Mastercard  | 5555 5555 5555 4444   | succeeds                |
| Amex        | 3782 822463 10005     | succeeds                |

Never log full PANs; receipts must show only the last four digits, e.g. •••• 4242.""")

neg("email", "en", """From: Parcelwise <noreply@parcelwise-mail.com>
Subject: Your order 114-8832019-5527431 has shipped

Hi there,
Good news - your order is on its way.
Tracking number: 1Z4R7F860394512287
Estimated delivery: Thursday, 14 March
Questions? Call our customer line on 0800 046 1812 (free from UK landlines) or write to help@parcelwise-mail.com.
The Parcelwise Team""")

neg("log", "en", """127.0.0.1 - - [12/Mar/2024:06:25:01 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
::1 - - [12/Mar/2024:06:25:11 +0000] "GET /metrics HTTP/1.1" 200 5120 "-" "Prometheus/2.50.1"
2024/03/12 06:25:14 [notice] 1#1: nginx/1.25.4
2024/03/12 06:25:14 [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14)
2024/03/12 06:25:14 [notice] 1#1: OS: Linux 6.1.0-18-amd64
2024/03/12 06:25:14 [notice] 1#1: start worker processes, listening on 0.0.0.0:8080""")

neg("config", "en", """# docker-compose.yml
services:
  db:
    image: postgres:16.2
    environment:
      POSTGRES_USER: ${POSTGRES_USER}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}
  app:
    image: ghcr.io/acme/orders:2.14.0
    environment:
      DATABASE_URL: postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db:5432/orders
      STRIPE_KEY: "sk_live_********************"
      ADMIN_EMAIL: ops@acme-orders.example
    ports: ["127.0.0.1:8080:8080"]""")

neg("code", "en", """// Preview data for the onboarding form - placeholders only, never real customers
private static final Customer PREVIEW = Customer.builder()
    .name("Jane Doe")
    .email("jane.doe@example.com")
    .ssn("XXX-XX-XXXX")
    .birthDate("YYYY-MM-DD")
    .iban("XX00 0000 0000 0000 0000 00")
    .build();""")

neg("html", "en", """<main class="product">
  <h1>Dr. Martens 1460 Smooth Leather Boots - Cherry Red</h1>
  <p>The 8-eye boot first made on 1 April 1960, hence the name 1460.</p>
  <ul>
    <li>Style no. 11822006</li><li>EAN 0883985432919</li><li>UK sizes 3-13</li>
  </ul>
  <p>Questions? Call 0800 917 2301 (Mon-Fri 9am-5pm) or email hello@bootroom-store.co.uk</p>
</main>""")

neg("ticket", "en", """Change request CHG-20931: split guest Wi-Fi from corporate
- New guest VLAN 40: 10.40.0.0/22, netmask 255.255.252.0, gateway .1
- DNS for guests: 1.1.1.1 and 9.9.9.9, fallback 8.8.8.8
- Block 172.16.0.0/12 and 192.168.0.0/16 from the guest SSID
- Remove the stray listener on 0.0.0.0:53
- Upgrade all APs to firmware 7.2.4.1 before the rollout on 18/03""")

neg("doc", "en", """MAC address basics
The first three octets are the OUI, e.g. 00:1A:2B is the prefix a vendor registers with the IEEE.
A frame sent to ff:ff:ff:ff:ff:ff is delivered to every host on the segment.
An ARP request carries 00:00:00:00:00:00 as the target hardware address because it is unknown.
Locally administered addresses set the second-least-significant bit of the first octet (x2, x6, xA, xE).""")

neg("csv", "en", """sku,name,gtin,firmware,price_gbp,released
KB-4471-UK,"Halden Mechanical Keyboard (UK)",5060912345676,3.2.1.7,129.00,2023-11-02
MS-2208-BK,"Halden Travel Mouse",5060912345683,1.0.14.2,39.00,2022-05-19
HB-0912-GR,"Halden USB-C Hub 7-in-1",5060912345690,2.4.0.11,59.00,2024-01-08""")

neg("sql", "en", """CREATE TABLE customers (
  id             BIGSERIAL PRIMARY KEY,
  full_name      TEXT NOT NULL,
  date_of_birth  DATE,
  ssn_last4      CHAR(4),
  iban           VARCHAR(34),
  email          TEXT CHECK (email LIKE '%@%')
);
-- smoke-test seed row only
INSERT INTO customers (full_name, date_of_birth, ssn_last4, iban, email)
VALUES ('TEST USER', '1900-01-01', '0000', 'XX00TEST0000000000', 'qa-smoke@example.org');""")

neg("invoice", "en", """INVOICE INV-88120                                   Date: 29 February 2024
From: Harrowgate Cables Ltd, Sheffield
      Company No. 08821734   VAT GB 291 4470 18
To:   Tindle & Marsh Electrical Ltd, Doncaster        PO ref: TM-PO-55102

4 x 100m drum SWA cable 3-core 2.5mm ........ £1,612.00
VAT 20% ...................................... £322.40
Payment terms 30 days. Remittance advice to accounts@harrowgatecables.co.uk""")

neg("prose", "en", """Carnival route confirmed
The parade leaves Westbourne Park Road at 10:00 on Sunday and turns onto Ladbroke Grove before
looping back along Great Western Road. Sound systems will be set up on Powis Square and
Tavistock Road. Road closures apply from 06:00; the nearest open station is Holland Park.""")

neg("doc", "en", """## 4.12.0.3 (2024-03-08)
- fix: race in session cache (#8812)
- deps: bump openssl to 3.0.13

Checksums (sha256):
9b74c9897bac770ffc029102a200c5de0d3c6a2e1f8b4d7e5a9c0b1d2e3f4a5b  app-4.12.0.3-linux-x64.tar.gz
e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  app-4.12.0.3-empty.txt""")

neg("form", "en", """NEW PATIENT REGISTRATION (please print in capitals)
Surname: ______________________   Forename(s): ______________________
Date of birth: DD / MM / YYYY     NHS number (if known): ___ ___ ____
Address: ___________________________________________  Postcode: ________
Tel: (      ) ______________      Email: ____________@____________
For office use: Reg. no. ________  Entered by: ____""")

neg("chat", "en", """<@U04QKZ81> anyone finished the new Sherlock Holmes pastiche yet?
<@U02HH7AB> yep, the one where Moriarty survives Reichenbach and Watson narrates again
<@U04QKZ81> lol. book club pick for April then? Hercule Poirot in May
<@U02HH7AB> works for me, Miss Marple can wait till summer""")

neg("json", "en", """{"station": "EGLL", "name": "London Heathrow", "lat": 51.4775, "lon": -0.4614,
 "observed": "2024-03-12T06:50:00Z", "temp_c": 7.2, "dewpoint_c": 4.9,
 "pressure_hpa": 1012.8, "wind": {"dir": 240, "kt": 14, "gust": 27},
 "metar": "EGLL 120650Z 24014G27KT 9999 FEW018 07/05 Q1013"}""")

neg("report", "en", """LONDON MARATHON 2024 - ELITE MEN (provisional)
1  Alexander Mutiso Munyao   KEN  2:04:01
2  Kenenisa Bekele           ETH  2:04:15
3  Emile Cairess             GBR  2:06:46
Bekele, born 13 June 1982, set a masters record. Official results: results@londonmarathonevents.example""")

neg("letter", "en", """Prime Minister's Office
10 Downing Street
London SW1A 2AA

Thank you for your letter about rural bus services. The Prime Minister has asked me to reply.
Your reference: MC2024/10882. For general enquiries please call 020 7930 4433.
Correspondence Unit""")

neg("travel", "en", """DEPARTURES - Terminal 2              updated 06:42
BA 1442  Edinburgh     07:10  Gate B32  Boarding
EI 155   Dublin        07:25  Gate A14  Go to gate
LH 2471  Munich        07:40  Gate B40  Delayed 08:15
Lost property: 0844 335 1801   Special assistance desk: Zone D""")

neg("doc", "en", """Why you should never use 123-45-6789 in production data
The SSN 078-05-1120 was printed on a sample card inside wallets sold in 1938 and was later used by
thousands of people; the SSA voided it. Numbers starting with 000, 666 or 9xx are never issued, and
000-00-0000 is a common null placeholder. Use XXX-XX-1234 style masking in the UI.""")

neg("code", "en", """@pytest.mark.parametrize("value,ok", [
    ("4111 1111 1111 1111", True),      # Visa test card
    ("4111 1111 1111 1112", False),     # bad checksum
    ("GB82 WEST 1234 5698 7654 32", True),  # IBAN registry example
    ("DE89 3704 0044 0532 0130 00", True),  # IBAN registry example
    ("000-00-0000", False),
])
def test_validators(value, ok):
    assert validate(value) is ok""")

neg("receipt", "en", """GROCERWAY SUPERSTORE  Store 2291
12/03/2024 18:04   Till 07   Op 118
MILK SEMI 4PT        1.45
SOURDOUGH            2.10
TOTAL                3.55
CONTACTLESS MASTERCARD ************4417
AID A0000000041010  AUTH 884201
Customer care 0800 505 555""")

neg("shell", "en", """$ git clone git@github.com:northwind-labs/atlas.git
$ ssh-keygen -lf ~/.ssh/id_ed25519.pub
256 SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8 build@ci-runner-04 (ED25519)
$ docker pull ghcr.io/northwind-labs/atlas@sha256:4c1a8e9b7d6f5e2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a
$ ssh -p 2222 deploy@bastion.northwind.example""")

neg("medical", "en", """PATIENT INFORMATION LEAFLET - Amoxicillin 500 mg capsules
Batch: AX2291B   Expiry: 09/2026   PL 04416/0702
Adults: one capsule three times a day. Do not take if you are allergic to penicillin.
If you take too much, contact NHS 111 or in an emergency call 999.
Marketing authorisation holder: Pennine Generics Ltd, Huddersfield.""")

neg("vcard", "en", """BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Northwind Cartography Ltd
TEL;TYPE=work:+44 20 3946 0000
EMAIL:info@northwind-carto.example
URL:https://northwind-carto.example
END:VCARD""")

# ---------------------------------------------------------------- German
pos("email", "de", """Von: [[N|Friederike von Kettelhorst]] <[[E|f.kettelhorst@gmx.de]]>
An: Hausverwaltung Brenneke <verwaltung@brenneke-immobilien.de>
Betreff: Wasserschaden in der Wohnung 3. OG links

Sehr geehrte Damen und Herren,

seit gestern Abend tropft Wasser aus der Badezimmerdecke. Der Mieter über mir, Herr [[N|Çelik]],
ist laut Nachbarn verreist. Bitte schicken Sie dringend einen Installateur.

Mit freundlichen Grüßen
[[N|Friederike von Kettelhorst]]
[[A|Rosenthaler Weg 17, 3. OG links]]
[[A|04155 Leipzig]]
Tel. [[P|0341 / 912 44 07]]
Mobil: [[P|+49 (0)176 3318 2290]]""")

pos("hr", "de", """Personalfragebogen - Neueinstellung zum 01.04.2024
Name, Vorname: [[N|Wójcik-Hoffmann, Maren]]
Geburtsdatum: [[D|12.04.1987]]        Geburtsort: Rostock
Anschrift: [[A|Am Wiesengrund 3a, 18055 Rostock]]
E-Mail: [[E|maren.wojcik-hoffmann@posteo.de]]
Steuerliche Identifikationsnummer: [[ID|<<stid>>]]
Rentenversicherungsnummer: [[ID|<<rv>>]]
Krankenkasse: AOK Nordost, KV-Nr. [[ID|<<kv>>]]
Bankverbindung: [[I|<<ib>>]]""", stid=mod11_10("5738291046"), rv=rvnr("12", "120487", "W", "52"),
    kv=kvnr("W", "41872230"), ib=iban("DE", "500105175423987163"))

pos("chat", "de", """[Mo 08:47] [[N|Jannik Oberholzer]]: moin! weiß jemand ob [[N|lotte]] heute im büro ist?
[Mo 08:49] [[N|Aylin Karataş]]: [[N|lotte]] ist krank, hat mir eben geschrieben
[Mo 08:49] [[N|Aylin Karataş]]: ihre private nummer falls es dringend ist: [[P|0157 88412903]]
[Mo 08:51] [[N|Jannik Oberholzer]]: danke dir! dann ruf ich [[N|Lottes]] vertretung an, also [[N|Henning]]""")

pos("medical", "de", """Universitätsklinikum - Klinik für Kardiologie
Patientin: Frau [[N|Hildegard Schönau-Petrović]], geb. [[D|03.09.1941]]
wohnhaft: [[A|Kastanienallee 88, 10435 Berlin]]
Versichertennummer: [[ID|<<kv>>]]

Sehr geehrte Frau Kollegin Dr. [[N|Ramadani]],
wir berichten über Ihre Patientin, die sich vom 04.03. bis 09.03.2024 in unserer stationären
Behandlung befand. Diagnose: Vorhofflimmern, Erstdiagnose.

Mit freundlichen Grüßen
Dr. med. [[N|Konstantin Aschenbrenner]], Oberarzt""", kv=kvnr("S", "58120447"))

pos("gov", "de", """MELDEZETTEL - Anmeldung einer Unterkunft in Österreich
Familienname: [[N|Gruber-Lindinger]]
Vorname: [[N|Theresia]]
Geburtsdatum: [[D|27.11.1963]]
Sozialversicherungsnummer: [[ID|<<sv>>]]
Anschrift der Unterkunft: [[A|Lerchenfelder Gürtel 41/2/14, 1160 Wien]]
Unterkunftgeber: [[N|Leopold Fasching]]
Datum der Anmeldung: 05.02.2024""", sv=at_svnr("473", "271163"))

neg("doc", "de", """Impressum
Brenneke Immobilien GmbH, Sitz: Leipzig
Geschäftsführung: vertreten durch die Gesellschafterversammlung
Handelsregister: Amtsgericht Leipzig, HRB 38812
USt-IdNr.: DE 318 447 209
Telefonzentrale: +49 341 2000 0 | E-Mail: info@brenneke-immobilien.de
Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV: die Redaktion""")

neg("prose", "de", """Berlin (dpa) - Bundeskanzler Olaf Scholz hat am Mittwoch im Bundestag eine Regierungserklärung
zum EU-Gipfel abgegeben. Vor dem Reichstagsgebäude am Platz der Republik 1 demonstrierten
rund 2.000 Landwirte. Oppositionsführer Friedrich Merz warf der Regierung Untätigkeit vor.
Die Sitzung dauerte bis 22:15 Uhr.""")

neg("config", "de", """# application.properties - Werte kommen aus dem Vault, NICHTS hier eintragen
spring.datasource.url=jdbc:postgresql://localhost:5432/bestellungen
spring.datasource.username=${DB_USER}
spring.datasource.password=${DB_PASSWORD}
git.remote=https://<benutzer>:<token>@git.example.com/shop/bestellungen.git
mail.absender=noreply@shop.example.de
server.port=8080""")

neg("prose", "de", """Johann Wolfgang von Goethe (* 28. August 1749 in Frankfurt am Main; † 22. März 1832 in Weimar)
gilt als einer der bedeutendsten Schöpfer deutschsprachiger Dichtung. Sein Geburtshaus am
Großen Hirschgraben 23-25 in Frankfurt ist heute ein Museum. Die Stadtführung „Auf Goethes Spuren"
startet jeden Samstag um 11 Uhr an der Hauptwache.""")

# ---------------------------------------------------------------- French
pos("letter", "fr", """Caisse primaire d'assurance maladie du Rhône

Madame [[N|Éloïse Ferrand-Aubriot]]
[[A|Résidence Les Tilleuls, Bât. C, Apt 214]]
[[A|12 rue des Capucines]]
[[A|69008 Lyon]]

Objet : votre attestation de droits
N° de sécurité sociale : [[ID|<<nir>>]]      Née le [[D|14 juin 1987]]

Madame,
Vous trouverez ci-joint votre attestation de droits à l'assurance maladie, valable jusqu'au 31/12/2024.
Votre conseiller, [[N|Yannick Le Goff]]""", nir=nir("2870669123045"))

pos("chat", "fr", """[21/03/2024 20:14] Maman: quelqu'un peut récupérer mamie [[N|Odette]] chez le kiné demain ?
[21/03/2024 20:16] [[N|Baptiste]]: moi je peux vers 17h
[21/03/2024 20:17] Maman: merci mon chéri, ensuite tu la ramènes chez elle, [[A|7 bis impasse des Glycines, 69100 Villeurbanne]]
[21/03/2024 20:18] [[N|Baptiste]]: ok. son portable c'est toujours le [[P|06 71 28 44 93]] ?
[21/03/2024 20:18] [[N|Clémence]]: oui oui""")

pos("cv", "fr", """[[N|Aminata Diallo-Kerbrat]]
Née le [[D|02/02/1993]]
[[A|29, boulevard Gambetta, appt 6, 29200 Brest]]
[[E|aminata.dk@laposte.net]] - [[P|07 82 19 44 60]]

EXPÉRIENCE
2019-2024  Technicienne de laboratoire, Ifremer, Plouzané
RÉFÉRENCES
M. [[N|Hervé Quéméneur]], responsable d'équipe - [[P|02 98 22 41 07]]""")

pos("report", "fr", """PROCÈS-VERBAL D'AUDITION n° BR.55.L1.004417/2024
Personne entendue : [[N|VERMEULEN-DUPONT, Géraldine]]
Née à Namur le [[D|19/01/1982]]
Numéro de registre national : [[ID|<<nrn>>]]
Domicile : [[A|Rue de la Station 42 boîte 3, 5000 Namur]]
GSM : [[P|0478 21 93 66]]
Déclare : « Le 12 février vers 22h, j'ai entendu du bruit dans la cave de mon voisin, M. [[N|Lambotte]]. »""",
    nrn=be_nrn("820119", "214"))

pos("hr", "fr", """Fiche collaborateur - Ressources humaines
Nom : [[N|Rochat]]
Prénom : [[N|Mélanie]]
Date de naissance : [[D|30.05.1990]]
N° AVS : [[ID|<<avs>>]]
Adresse : [[A|Chemin des Grangettes 9]]
NPA / Localité : 1224 Chêne-Bougeries
IBAN : [[I|<<ib>>]]
Entrée : 01.09.2022   Taux : 80 %""", avs=ahv("756904418372"), ib=iban("CH", "00762011623852957"))

neg("prose", "fr", """Paris - Le président Emmanuel Macron a reçu mardi à l'Élysée, 55 rue du Faubourg-Saint-Honoré,
les représentants des syndicats agricoles. La Première ministre de l'époque, Élisabeth Borne,
avait déjà rencontré la FNSEA le 26 janvier. Une nouvelle manifestation partira samedi de la place
de la République vers le boulevard Voltaire.""")

neg("email", "fr", """De : Service client Maisonéa <ne-pas-repondre@maisonea.fr>
Objet : Votre commande n° FR-2024-0088173 a été expédiée

Bonjour,
Votre colis (numéro de suivi 6A18224417930) sera livré entre le 14 et le 16 mars.
Pour toute question, notre service client est joignable au 09 69 32 15 15 (appel non surtaxé)
ou via sav@maisonea.fr. Merci de votre confiance !
L'équipe Maisonéa""")

neg("doc", "fr", """FAQ - Virements SEPA
Q : À quoi ressemble un IBAN français ?
R : Il compte 27 caractères, par exemple FR76 3000 6000 0112 3456 7890 189 (exemple fictif publié par
les banques). Le BIC associé ressemble à BNPAFRPPXXX.
Q : Quel délai ? Un virement émis avant 16h00 est crédité le jour ouvré suivant.
Aide : 3639 (service 0,15 €/min + prix d'appel).""")

# ---------------------------------------------------------------- Spanish
pos("gov", "es", """SOLICITUD DE ALTA EN EL PADRÓN MUNICIPAL
Primer apellido: [[N|Ibáñez]]
Segundo apellido: [[N|de la Torre]]
Nombre: [[N|María del Pilar]]
DNI/NIE: [[ID|<<dni>>]]
Fecha de nacimiento: [[D|8 de octubre de 1976]]
Domicilio: [[A|C/ Alcalde Sáinz de Baranda 47, 3º izda., 28009 Madrid]]
Teléfono: [[P|655 41 27 93]]
Firma del solicitante: ______________     Madrid, a 11 de marzo de 2024""", dni=dni("47731298"))

pos("email", "es", """Asunto: Corrección de datos en mi póliza GNP-7741
Hola, buenas tardes:
Mi CURP quedó mal capturado en la póliza; el correcto es [[ID|<<curp>>]].
Nombre: [[N|Guadalupe Ortega Rendón]]
Fecha de nacimiento: [[D|14/03/1985]]
Domicilio: [[A|Calle Tlacotalpan 118, Int. 4, Col. Roma Sur, 06760 Ciudad de México]]
Celular: [[P|55 3418 2076]]
Saludos,
[[N|Lupita]]""", curp=curp("OERG850314MDFRND0"))

pos("csv", "es", """rut;nombre;apellidos;fecha_nac;direccion;comuna;telefono
<<r1>>;[[N|Ignacio]];[[N|Sepúlveda Araya]];[[D|1984-07-22]];[[A|Pasaje Los Aromos 1432]];Maipú;[[P|+56 9 8741 2290]]
<<r2>>;[[N|Rosa Elvira]];[[N|Quilodrán Mella]];[[D|1961-01-30]];[[A|Av. Pedro de Valdivia 2210, depto 503]];Ñuñoa;[[P|+56 2 2274 1188]]""",
    r1=m(ID, rut("15882417")), r2=m(ID, rut("9447321")))

pos("email", "es", """De: [[N|Facundo Barrionuevo]] <[[E|facu.barrionuevo@hotmail.com]]>
Para: rrhh@lacordillera.com.ar
Asunto: Alta en nómina - mis datos

Hola, les paso lo que me pidieron:
CUIL: [[ID|<<cuil>>]]
Fecha de nacimiento: [[D|02/11/1985]]
Domicilio: [[A|Av. Corrientes 4512, piso 7 "B", C1195AAF CABA]]
Cel.: [[P|+54 9 11 5823-4471]]
CBU para el depósito del sueldo: se lo mando mañana.
Saludos,
[[N|Facu]]""", cuil=cuil("20", "31447820"))

pos("ticket", "es", """Ticket #ES-22871 - Cambio de domiciliación bancaria
Cliente: [[N|Oleksandr Hrytsenko]]  (NIE [[ID|<<nie>>]])
Fecha de nacimiento: [[D|30/04/1990]]
Nuevo IBAN: [[I|<<ib>>]]
Móvil de contacto: [[P|+34 622 48 17 30]]
Correo: [[E|o.hrytsenko@yahoo.es]]
Atendido por: [[N|Nerea Goikoetxea]] - resuelto el 06/03/2024""", nie=nie("Y", "4471829"),
    ib=iban("ES", "01825322180201547831"))

neg("prose", "es", """Madrid - El Real Madrid venció 3-1 al Sevilla en el estadio Santiago Bernabéu, en la avenida
de Concha Espina. Vinícius Júnior marcó dos goles y Carlo Ancelotti elogió a Jude Bellingham,
nacido el 29 de junio de 2003, por su partido. El próximo encuentro será el 31 de marzo.""")

neg("doc", "es", """Preguntas frecuentes - Banca online
¿Cómo sé si mi DNI está bien escrito? El formato es de 8 cifras y una letra de control, por ejemplo
12345678Z (número ficticio que aparece en los manuales). Nunca le pediremos su PIN ni la clave de firma.
Atención al cliente: 900 10 20 30 (gratuito) o atencion@bancoejemplo.es.""")

neg("config", "es", """# plantilla .env - copiar a .env y rellenar
DB_HOST=localhost
DB_USUARIO=<tu_usuario>
DB_CLAVE=<tu_contraseña>
SMTP_URL=smtp://${SMTP_USER}:${SMTP_PASS}@smtp.ejemplo.com:587
CORREO_SOPORTE=soporte@ejemplo.com
VERSION=3.10.2.4""")

# ---------------------------------------------------------------- Italian
pos("medical", "it", """AZIENDA PROVINCIALE PER I SERVIZI SANITARI - U.O. Ortopedia
Paziente: [[N|BERTOLDI GIANMARCO]]
Nato il: [[D|17/05/1972]] a Trento
C.F.: [[ID|<<cf>>]]
Residenza: [[A|Via dei Solteri 56/B, 38121 Trento]]
Medico curante: dott.ssa [[N|Loredana Pizzinini]]
Diagnosi: lesione del menisco mediale ginocchio dx. Controllo tra 30 giorni.""",
    cf=codice_fiscale("BRTGMR72E17L378"))

pos("chat", "it", """[[N|Giulia Esposito]], [14.03.24 21:10]
ragazzi chi porta la torta per il compleanno di [[N|ale]] sabato?
[[N|Tommaso De Luca]], [14.03.24 21:12]
io! mi ridite l'indirizzo di [[N|ale]]? non me lo ricordo mai
[[N|Giulia Esposito]], [14.03.24 21:13]
[[A|via Nazario Sauro 14, scala B, int. 9]] - citofono "[[N|Ferrandi]]" """)

pos("invoice", "it", """FATTURA N. 12/2024 del 05/03/2024
Cessionario:
Sig.ra [[N|Annunziata Caruso-Vitale]]
[[A|Via Pietro Micca 9]]
[[A|80121 Napoli]]
C.F. [[ID|<<cf>>]]

Restauro di n. 2 sedie in noce ........ € 380,00
Pagamento su IBAN [[I|<<ib>>]] intestato a [[N|Michele Sanfilippo]]""",
    cf=codice_fiscale("CRSNNZ58C63F839"), ib=iban("IT", "B0306909606100000117834"))

pos("csv", "it", """classe;cognome;nome;data_nascita;genitore;cellulare_genitore;email_genitore
3B;[[N|Mancuso]];[[N|Aurora]];[[D|12/09/2013]];[[N|Rosaria Lo Presti]];[[P|347 218 9054]];[[E|rosaria.lopresti@libero.it]]
3B;[[N|Ventimiglia]];[[N|Edoardo]];[[D|03/02/2014]];[[N|Calogero Ventimiglia]];[[P|+39 328 771 4406]];[[E|calo.venti@gmail.com]]""")

neg("prose", "it", """Roma - Il presidente della Repubblica Sergio Mattarella ha ricevuto al Quirinale la nazionale di
rugby. Giorgia Meloni era a Bruxelles per il Consiglio europeo. Sabato il corteo per il 25 aprile
sfilerà da piazza dell'Esquilino fino a via dei Fori Imperiali.""")

neg("doc", "it", """Come pagare un avviso pagoPA
1. Inserisci il codice avviso (18 cifre, es. 3018 0000 0000 1234 56) e il codice fiscale dell'ente creditore.
2. Per i bonifici usa il formato IBAN, ad esempio IT60 X054 2811 1010 0000 0123 456 (esempio di documentazione).
Assistenza: numero verde 800 254 009, lun-ven 8-18, o scrivi a assistenza@pagamenti-ente.it""")

neg("prose", "it", """Giuseppe Garibaldi (Nizza, 4 luglio 1807 - Caprera, 2 giugno 1882) fu generale e patriota.
La casa-museo di Caprera è visitabile tutto l'anno. Domenica la banda comunale suonerà in
corso Garibaldi, all'angolo con via Mazzini, alle ore 18.""")

# ---------------------------------------------------------------- Portuguese
pos("form", "pt", """FICHA CADASTRAL - LOCAÇÃO RESIDENCIAL
Nome completo: [[N|João Pedro Albuquerque dos Santos]]
CPF: [[ID|<<cpf>>]]      RG: [[ID|38.441.207-5]] SSP/SP
Data de nascimento: [[D|21/11/1990]]
Endereço atual: [[A|Rua Capitão Macedo 218, apto 74, Vila Clementino, São Paulo - SP, 04021-020]]
Celular: [[P|(11) 98744-3120]]     E-mail: [[E|jp.albuquerque@uol.com.br]]
Fiador: [[N|Sebastiana Albuquerque]]""", cpf=cpf("418227936"))

pos("chat", "pt", """[10/02/2024 08:31] Tia [[N|Neide]]: bom dia família! alguém tem o pix da [[N|Bia]]?
[10/02/2024 08:33] [[N|Rafa Monteiro]]: tenho sim tia, é o celular dela: [[P|+55 21 99812-4407]]
[10/02/2024 08:35] Tia [[N|Neide]]: obrigada [[N|rafa]] 🙏 vou mandar o dinheiro do bolo
[10/02/2024 08:36] [[N|Rafa Monteiro]]: de nada!""")

pos("letter", "pt", """Exmo. Senhor
[[N|Rui Manuel Gonçalves Peixoto]]
[[A|Rua do Almada, 412, 3.º Esq.]]
[[A|4050-032 Porto]]

Assunto: Reembolso de IRS 2023 - NIF [[ID|<<nif>>]]
Informamos que o reembolso será transferido para o IBAN [[I|<<ib>>]] no prazo de 10 dias úteis.
Com os melhores cumprimentos,
Serviço de Finanças do Porto-2""", nif=pt_nif("23881745"), ib=iban("PT", "003506510000638917283"))

pos("sql", "pt", """INSERT INTO utentes (nome, data_nasc, nif, morada, cod_postal, localidade, telemovel) VALUES
('[[N|Inês Carvalho de Sá]]', '[[D|1979-03-08]]', '[[ID|<<n1>>]]', '[[A|Travessa do Carvalhal 7, 1.º Dto]]', '1200-093', 'Lisboa', '[[P|912 447 380]]'),
('[[N|Duarte Fonseca Brito]]', '[[D|2001-10-26]]', '[[ID|<<n2>>]]', '[[A|Rua Dr. Manuel de Arriaga 15, r/c]]', '2745-188', 'Queluz', '[[P|+351 936 120 874]]');""",
    n1=pt_nif("21447903"), n2=pt_nif("26730158"))

pos("ticket", "pt", """Chamado #88123 - Compra não reconhecida no cartão
Cliente: [[N|Larissa Figueiredo Nakamura]]
Cartão: [[C|<<cc>>]]
IP do acesso suspeito: [[IP|177.34.212.9]]
Dispositivo cadastrado: MAC [[MAC|88:E9:FE:4C:21:07]]
Atendente: [[N|Wellington Batista]] - bloqueio preventivo aplicado em 07/03/2024""", cc=card("550209417738221"))

neg("prose", "pt", """Brasília - O presidente Luiz Inácio Lula da Silva recebeu no Palácio do Planalto o técnico
Dorival Júnior e o atacante Neymar, que se recupera de lesão. Lula, nascido em 27 de outubro de 1945,
confirmou presença na abertura da Copa América. A Esplanada dos Ministérios terá trânsito interditado.""")

neg("invoice", "pt", """DANFE - Documento Auxiliar da Nota Fiscal Eletrônica        Nº 000.118.442  Série 1
Emitente: Ferragens Paulistana Ltda - Campinas/SP
CNPJ: 12.345.678/0001-95   IE: 244.118.093.117
Chave de acesso: 3524 0312 3456 7800 0195 5500 1000 1184 4210 0118 4425
Destinatário: Construtora Horizonte Azul S.A. - CNPJ 98.765.432/0001-10
SAC: 0800 770 4411 - sac@ferragenspaulistana.com.br""")

neg("doc", "pt", """Como ler o seu boleto
A linha digitável tem 47 dígitos, por exemplo: 34191.79001 01043.510047 91020.150008 8 96870000026035
O vencimento aparece no campo "Data de vencimento"; após essa data há multa de 2%.
Nunca pague boletos recebidos por WhatsApp. Dúvidas: 4004 1234 (capitais) ou 0800 940 1234.""")

# ---------------------------------------------------------------- Dutch
pos("letter", "nl", """Gemeente Utrecht - Afdeling Burgerzaken

Mevrouw [[N|D.J. van den Akker-Bosschaart]]
[[A|Lauwerecht 118-III]]
[[A|3515 GV Utrecht]]

Betreft: aanvraag parkeervergunning
Burgerservicenummer: [[ID|<<bsn>>]]     Geboortedatum: [[D|4 februari 1969]]
Geachte mevrouw [[N|Van den Akker]],
Uw aanvraag is in behandeling genomen. U ontvangt binnen acht weken bericht.""", bsn=bsn("20417328"))

pos("chat", "nl", """[14:02] [[N|Sanne de Wit]]: wie heeft de rekening van de teamlunch betaald?
[14:03] [[N|Bram Hoekstra]]: ik, €184,50. maak maar over naar [[I|<<ib>>]] t.n.v. [[N|B. Hoekstra]]
[14:04] [[N|Sanne de Wit]]: top, doe ik vanavond. [[N|sem]], jij ook?
[14:06] [[N|Sem Oosterbeek]]: jaja komt goed""", ib=iban("NL", "RABO0312447291"))

pos("json", "nl", """{"medewerker": {
  "voornaam": "[[N|Wouter]]",
  "achternaam": "[[N|Vanderhaeghen]]",
  "rijksregisternummer": "[[ID|<<nrn>>]]",
  "geboortedatum": "[[D|23/08/1975]]",
  "adres": {"straat": "[[A|Kortrijksesteenweg 1120 bus 4]]", "postcode": "9051", "gemeente": "Sint-Denijs-Westrem"},
  "gsm": "[[P|+32 475 61 28 90]]"
}}""", nrn=be_nrn("750823", "117"))

pos("medical", "nl", """Verwijsbrief fysiotherapie
Patiënt: [[N|Fenna Groeneveld-Oudshoorn]], geb. [[D|11-07-2001]]
Adres: [[A|Tweede Jan Steenstraat 77-2, 1073 VN Amsterdam]]
Tel: [[P|06-41882307]]
Klachten: lage rugpijn sinds 3 weken, geen uitstraling.
Verwijzer: huisarts [[N|J.H. Mulder]], AGB-code 01-048812""")

neg("doc", "nl", """Testgegevens voor de koppeling met de BRP-sandbox
Gebruik alleen de officiële testnummers, bijvoorbeeld BSN 111222333 (elfproef-geldig, niet uitgegeven).
Postcode-voorbeeld: 1012 AB, huisnummer 1. Testomgeving: https://sandbox.example.nl/brp/v2
Vragen? servicedesk@example.nl""")

neg("prose", "nl", """Den Haag - Koning Willem-Alexander heeft dinsdag het nieuwe museum aan het Lange Voorhout
geopend. Demissionair premier Mark Rutte was eveneens aanwezig. Op Koningsdag, 27 april,
is de Grote Markt afgesloten voor verkeer vanwege de vrijmarkt.""")

neg("email", "nl", """Van: Klantenservice Stroomkracht <geen-antwoord@stroomkracht.nl>
Onderwerp: Uw factuur 2024-03 staat klaar

Beste klant,
Uw factuur (factuurnummer 7700441829, klantnummer 30018442) van € 118,40 wordt rond 28 maart
automatisch geïncasseerd. Vragen? Bel 0800 0230 (gratis) of kijk op stroomkracht.nl/service.
Met vriendelijke groet, Team Stroomkracht""")

# ---------------------------------------------------------------- Polish
pos("gov", "pl", """WNIOSEK O WYDANIE KARTY PARKINGOWEJ
Imię i nazwisko: [[N|Zdzisława Grzegorczyk-Wąsik]]
PESEL: [[ID|<<pesel>>]]
Data urodzenia: [[D|17 marca 1964 r.]]
Seria i numer dowodu osobistego: [[ID|<<dow>>]]
Adres zamieszkania: [[A|ul. Kwiatowa 12 m. 4, 62-800 Kalisz]]
Telefon kontaktowy: [[P|604 218 377]]
E-mail: [[E|zdzislawa.gw@o2.pl]]
Kalisz, dnia 04.03.2024 r.          ....................... (podpis)""",
    pesel=pesel("640317", "481", 6), dow=dowod("AXK", "48217"))

pos("chat", "pl", """[12:01] [[N|Kuba Wiśniewski]]: widział ktoś [[N|Magdę]]? miała przynieść klucze do magazynu
[12:03] [[N|Ola Zawadzka]]: [[N|Magda]] jest u [[N|Pawła]] na Mokotowie
[12:04] [[N|Kuba Wiśniewski]]: ok to dzwonię do [[N|Pawła]], masz jego numer?
[12:05] [[N|Ola Zawadzka]]: [[P|512 884 019]]""")

pos("sql", "pl", """-- eksport z systemu kadrowego, 2024-02-29
INSERT INTO pracownicy (imie, nazwisko, pesel, nr_konta, ulica, kod, miasto) VALUES
('[[N|Bartłomiej]]', '[[N|Szczepańczyk]]', '[[ID|<<pesel>>]]', '[[I|<<ib>>]]', '[[A|ul. Długa 44/7]]', '80-831', 'Gdańsk');""",
    pesel=pesel("920805", "117", 3), ib=iban("PL", "102055581111144178325591"))

pos("report", "pl", """NOTATKA SŁUŻBOWA z dnia 09.03.2024 r.
Dotyczy: kolizji drogowej na skrzyżowaniu ul. Głogowskiej i ul. Hetmańskiej w Poznaniu.
Sprawca: [[N|Henryk Malinowski]], zam. [[A|os. Piastowskie 31/118, 61-148 Poznań]],
prawo jazdy nr [[ID|04471/19/3064]], tel. [[P|+48 698 214 550]].
Poszkodowana: [[N|Agnieszka Lis-Kubiak]], ur. [[D|02.11.1988]].
Sporządził: sierż. [[N|Dawid Kempa]]""")

neg("prose", "pl", """Warszawa - Prezydent Andrzej Duda spotkał się w Pałacu Prezydenckim przy Krakowskim
Przedmieściu z kapitanem reprezentacji Robertem Lewandowskim. Piłkarz, urodzony 21 sierpnia 1988 r.,
odebrał odznaczenie. W niedzielę ulicą Marszałkowską przejdzie bieg uliczny.""")

neg("invoice", "pl", """FAKTURA VAT nr FV/2024/03/0412                     Data wystawienia: 12.03.2024
Sprzedawca: Hurtownia Elektryczna Voltex Sp. z o.o., Wrocław
NIP: 894-301-22-18   REGON: 021844193   KRS: 0000388127
Nabywca: Instalbud S.A., Opole, NIP: 754-118-40-22
Numer zamówienia: ZAM-55120. Infolinia: 801 44 22 11. Kontakt: faktury@voltex.example.pl""")

neg("log", "pl", """2024-03-11 10:14:02 INFO  [rejestracja] Nowe zgłoszenie #REJ-44182 przyjęte
2024-03-11 10:14:02 DEBUG [rejestracja] PESEL=***********, telefon=*** *** ***, email=<ukryty>
2024-03-11 10:14:03 WARN  [walidacja] Pole 'data_urodzenia' puste - użyto wartości domyślnej 1900-01-01
2024-03-11 10:14:03 INFO  [api] POST /v1/zgloszenia 201 (38 ms) z 127.0.0.1""")

# ---------------------------------------------------------------- Czech
pos("letter", "cs", """Věc: Žádost o vystavení potvrzení o bezdlužnosti
Žadatel: Ing. [[N|Radovan Přibyl]]
Rodné číslo: [[ID|<<rc>>]]
Datum narození: [[D|12. dubna 1978]]
Trvalé bydliště: [[A|Na Pankráci 1618/30, 140 00 Praha 4]]
Telefon: [[P|+420 731 448 206]]
E-mail: [[E|radovan.pribyl@volny.cz]]
V Praze dne 5. 3. 2024                       [[N|Radovan Přibyl]]""", rc=rodne("780412", "213"))

pos("chat", "cs", """[19:40] [[N|Verča Horáková]]: jede někdo zítra na chatu? [[N|pepa]] říkal že veze dřevo
[19:42] [[N|Ondřej Šťastný]]: já jedu, vezmu [[N|Kubu]] a psa
[19:43] [[N|Verča Horáková]]: super. klíče má pořád paní [[N|Dvořáková]] v čísle 12?
[19:45] [[N|Ondřej Šťastný]]: jo, její mobil je [[P|604 117 392]]""")

pos("csv", "cs", """objednavka;jmeno;prijmeni;ulice;psc;mesto;telefon;email
OBJ-20418;[[N|Květoslava]];[[N|Nováková-Brůhová]];[[A|Jeseniova 2771/104]];130 00;Praha 3;[[P|777 204 118]];[[E|kveta.bruhova@seznam.cz]]
OBJ-20419;[[N|Lubomír]];[[N|Čermák]];[[A|Husova 18]];602 00;Brno;[[P|+420 603 555 914]];[[E|lubos.cermak@email.cz]]""")

pos("ticket", "cs", """Požadavek #HD-7712 - nefunkční tiskárna v kanceláři 2.14
Zadal: [[N|Miroslav Kadlec]] ([[E|miroslav.kadlec@strojirny-kovo.cz]])
Počítač: NB-KADLEC, IP [[IP|10.12.4.66]], MAC [[MAC|00-1E-68-3A-B7-C2]]
Popis: od rána tiskne prázdné stránky, ovladač přeinstalován.
Řeší: [[N|Petra Svobodová]]""")

neg("prose", "cs", """Václav Havel (5. října 1936 Praha - 18. prosince 2011 Hrádeček) byl dramatik a první prezident
České republiky. Na Václavském náměstí se v sobotu uskuteční vzpomínkové setkání; program začíná
v 17 hodin u sochy svatého Václava.""")

neg("doc", "cs", """Platba převodem - nápověda
IBAN má v Česku 24 znaků, například CZ65 0800 0000 1920 0014 5399 (vzorový údaj z dokumentace banky).
Variabilní symbol je číslo faktury, např. 2024031188. IČO dodavatele: 27082440, DIČ: CZ27082440.
Zákaznická linka: 800 300 300 (zdarma).""")

# ---------------------------------------------------------------- Slovak
pos("form", "sk", """PRIHLÁŠKA NA TRVALÝ POBYT
Meno a priezvisko: [[N|Zuzana Kollárová]]
Rodné číslo: [[ID|<<rc>>]]
Dátum narodenia: [[D|16. 02. 1985]]
Adresa: [[A|Miletičova 58, 821 09 Bratislava]]
Číslo OP: [[ID|EK418227]]
Telefón: [[P|0905 331 487]]
E-mail: [[E|zuzana.kollarova@post.sk]]""", rc=rodne("855216", "044"))

pos("email", "sk", """Od: [[N|Matúš Ondrejka]] <[[E|matus.ondrejka@azet.sk]]>
Komu: info@autoservis-tatra.sk
Predmet: Objednávka na výmenu pneumatík

Dobrý deň,
chcel by som sa objednať na prezutie v piatok. Auto: Škoda Octavia, EČV BA-418KP.
Ďakujem,
[[N|Matúš Ondrejka]]
[[P|+421 948 220 116]]""")

pos("json", "sk", """{"klient": {"meno": "[[N|Alžbeta]]", "priezvisko": "[[N|Hudecová]]",
  "rodneCislo": "[[ID|<<rc>>]]", "datumNarodenia": "[[D|2001-09-23]]",
  "iban": "[[I|<<ib>>]]", "ulica": "[[A|Hlavná 112/7]]", "obec": "Košice", "psc": "040 01"}}""",
    rc=rodne("015923", "771"), ib=iban("SK", "09000000005112447302"))

neg("prose", "sk", """Bratislava - Prezident Peter Pellegrini prijal v Grasalkovičovom paláci hokejistov, ktorí
získali bronz. Zdeno Chára, narodený 18. marca 1977, odovzdal dres do múzea. Oslavy na
Hviezdoslavovom námestí potrvajú do 22.00 h.""")

neg("email", "sk", """Od: Zákaznícky servis <noreply@energia-domov.sk>
Predmet: Vyúčtovanie č. 4401187723

Vážený zákazník,
k odbernému miestu EIC 24ZSS4418220017X sme vystavili vyúčtovanie za rok 2023.
Preplatok 42,10 € vrátime do 30 dní. Linka 0850 111 468, po-pi 8-18.""")

neg("log", "sk", """[2024-03-08 06:00:01] cron.daily: zálohovanie databázy OK (12,4 GB, sha1 4f2a9c0e1b7d8e3a6c5b4a39281706f5e4d3c2b1)
[2024-03-08 06:00:04] verzia aplikácie 5.18.2.0, build 20240307.4
[2024-03-08 06:00:05] pripojenie k 127.0.0.1:5432 úspešné
[2024-03-08 06:00:05] počet záznamov na anonymizáciu: 0""")

# ---------------------------------------------------------------- Hungarian
pos("form", "hu", """ÜGYFÉL-ADATLAP - lakossági számlanyitás
Név: [[N|Kovácsné Szabó Erzsébet]]
Születési név: [[N|Szabó Erzsébet Ilona]]
Anyja neve: [[N|Tóth Margit]]
Születési hely, idő: Debrecen, [[D|1971. március 8.]]
TAJ szám: [[ID|<<taj>>]]
Adóazonosító jel: [[ID|8380511018]]
Lakcím: [[A|1137 Budapest, Pozsonyi út 38. II. em. 5.]]
E-mail: [[E|kovacsne.erzsebet@t-online.hu]]
Számlaszám (IBAN): [[I|<<ib>>]]""", taj=taj("04471829"), ib=iban("HU", "117730160441827300000000"))

pos("chat", "hu", """[08:12] [[N|Bence Hajdú]]: sziasztok, ki viszi ma [[N|zsófit]] a reptérre?
[08:14] [[N|Réka Farkas-Vörös]]: én megyek érte, [[N|Zsófinak]] mondtam hogy 14:30-kor indulunk
[08:15] [[N|Bence Hajdú]]: oké, a címe még mindig [[A|Bartók Béla út 61. 3/12]]?
[08:15] [[N|Réka Farkas-Vörös]]: igen""")

pos("email", "hu", """Feladó: [[N|Nagy-Bartos Levente]] <[[E|levente.nagybartos@freemail.hu]]>
Címzett: ugyfelszolgalat@lakasbiztosito.hu
Tárgy: Kárbejelentés - kötvényszám LB-5520871

Tisztelt Ügyfélszolgálat!
Március 9-én beázás történt a lakásomban ([[A|6720 Szeged, Kárász utca 14. fszt. 2.]]).
Kérem, vegyék fel velem a kapcsolatot a [[P|+36 30 418 2277]] számon.
Üdvözlettel:
[[N|Nagy-Bartos Levente]]""")

pos("medical", "hu", """ZÁRÓJELENTÉS - Belgyógyászati Osztály
Beteg neve: [[N|Halmos Béláné]]        Születési dátum: [[D|1949.11.02]]
TAJ: [[ID|<<taj>>]]
Lakcím: [[A|9021 Győr, Kazinczy u. 7. 1/3]]
Kezelőorvos: Dr. [[N|Pintér Ákos]] főorvos
Javaslat: kontroll 4 hét múlva háziorvosánál, Dr. [[N|Szőke Annamária]] rendelésén.""", taj=taj("11820497"))

neg("prose", "hu", """Puskás Ferenc (Budapest, 1927. április 1. - Budapest, 2006. november 17.) minden idők egyik
legjobb labdarúgója volt. A róla elnevezett stadion az Istvánmezei úton áll; vasárnap itt rendezik
a kupadöntőt. Jegyek a jegy@stadionjegy.hu címen és a +36 1 471 4100 központi számon.""")

neg("invoice", "hu", """SZÁMLA  Sorszám: VHT-2024-001882        Kelt: 2024.03.11
Eladó: Vasudvar Hungária Kft., Székesfehérvár
Adószám: 14418223-2-07   Cégjegyzékszám: 07-09-018822
Vevő: Alföldi Építő Zrt., Kecskemét, adószám: 10522871-2-03
Fizetési határidő: 2024.04.10. Rendelésszám: RND-7731""")

neg("doc", "hu", """Gyakori kérdések - Ügyfélkapu+
Kérdés: Hogyan néz ki a TAJ szám? Válasz: 9 számjegy, hármas csoportokban, pl. 000 000 000.
Soha ne adja meg jelszavát telefonon! Segélyhívó: 112. Kormányzati ügyfélvonal: 1818.
Rendszerverzió: 4.2.1.9 (2024. február 28.)""")

# ---------------------------------------------------------------- Romanian
pos("form", "ro", """CERERE PENTRU ELIBERAREA CERTIFICATULUI DE URBANISM
Subsemnata [[N|Ionescu-Vlădeanu Roxana-Maria]], CNP [[ID|<<cnp>>]],
născută la data de [[D|12.07.1986]], domiciliată în [[A|Str. Zorilor nr. 17, bl. B3, sc. 2, et. 4, ap. 18, sector 6, București]],
telefon [[P|0722 418 093]], e-mail [[E|roxana.vladeanu@yahoo.ro]],
solicit eliberarea certificatului pentru imobilul situat în comuna Snagov, județul Ilfov.""", cnp=cnp("286071240017"))

pos("chat", "ro", """[20:01] [[N|Andrei Munteanu]]: băieți, cine vine sâmbătă la [[N|vlad]] la grătar?
[20:03] [[N|Cosmin Tănase]]: eu! dă-mi adresa, n-am mai fost la el
[20:04] [[N|Andrei Munteanu]]: [[A|Strada Observatorului 44, Cluj-Napoca]], poarta verde
[20:05] [[N|Cosmin Tănase]]: mersi. îi zic și lui [[N|Mihai]]""")

pos("letter", "ro", """Către: Dl. [[N|Dumitru Sârbu]]
[[A|Bd. Independenței nr. 112, ap. 9]]
[[A|700102 Iași]]

Stimate domnule [[N|Sârbu]],
Vă informăm că restituirea sumei de 1.240 lei se va face în contul [[I|<<ib>>]].
Cu stimă,
[[N|Gabriela Popovici]], consilier""", ib=iban("RO", "BTRLRONCRT0448173901"))

pos("cv", "ro", """CURRICULUM VITAE
Nume: [[N|Bogdan Alexandru Căpraru]]
Data nașterii: [[D|23 noiembrie 1997]]
CNP: [[ID|<<cnp>>]]
Adresă: [[A|Aleea Teilor 5, Brașov 500183]]
Telefon: [[P|+40 745 220 381]]   E-mail: [[E|bogdan.capraru97@gmail.com]]
Experiență: 2020-prezent - inginer software, Brașov""", cnp=cnp("197112340021"))

neg("prose", "ro", """București - Președintele Klaus Iohannis a participat la ceremonia de la Palatul Cotroceni.
Simona Halep, născută la 27 septembrie 1991, a fost decorată. Parada de 1 Decembrie va trece
pe sub Arcul de Triumf, iar Șoseaua Kiseleff va fi închisă circulației între orele 8 și 14.""")

neg("email", "ro", """De la: Curier Rapid <notificari@curierrapid.ro>
Subiect: Coletul AWB 4401772183 este în livrare

Bună ziua,
Coletul dumneavoastră ajunge astăzi între 12:00 și 16:00. Codul de ridicare din easybox: 771-204.
Pentru reprogramare sunați la 021 9336 (tarif normal) sau scrieți la suport@curierrapid.ro.""")

neg("code", "ro", """# validare CNP - exemple din documentație, NU sunt persoane reale
def test_cnp_invalid():
    assert not valideaza_cnp("1234567890123")   # cifra de control greșită
    assert not valideaza_cnp("0000000000000")
    assert valideaza_cnp("") is False""")

# ---------------------------------------------------------------- Bulgarian
pos("form", "bg", """ЗАЯВЛЕНИЕ ЗА ИЗДАВАНЕ НА УДОСТОВЕРЕНИЕ
Име, презиме, фамилия: [[N|Светлана Иванова Петкова-Дончева]]
ЕГН: [[ID|<<egn>>]]
Дата на раждане: [[D|28.10.1975 г.]]
Постоянен адрес: [[A|гр. Пловдив 4000, ул. „Гладстон“ № 14, ет. 3, ап. 7]]
Телефон: [[P|0888 412 337]]
Имейл: [[E|svetla.petkova@mail.bg]]""", egn=egn("751028103"))

pos("email", "bg", """От: [[N|Калоян Стоянов]] <[[E|kaloyan.stoyanov@abv.bg]]>
До: office@detska-gradina-slunce.bg
Относно: Отсъствие на детето

Здравейте,
Дъщеря ми [[N|Мила Стоянова]] (ЕГН [[ID|<<egn>>]]) няма да присъства до петък поради настинка.
Поздрави,
[[N|Калоян Стоянов]], [[P|+359 89 771 2046]]""", egn=egn("044814062"))

pos("chat", "bg", """[21:15] [[N|Деси Колева]]: някой има ли номера на [[N|Ицо]]? трябва ми за колата
[21:17] [[N|Николай Георгиев]]: [[P|0897 556 120]]
[21:17] [[N|Николай Георгиев]]: кажи му, че съм те пратил аз
[21:18] [[N|Деси Колева]]: мерси, [[N|Ники]]!""")

neg("prose", "bg", """София - Президентът Румен Радев откри изложбата в Националния дворец на културата.
Христо Стоичков, роден на 8 февруари 1966 г., беше почетен гост. В неделя шествието ще мине
по бул. „Витоша“ и ще завърши пред храм-паметника „Св. Александър Невски“.""")

neg("invoice", "bg", """ФАКТУРА № 0000041822 / 11.03.2024 г.
Доставчик: Стройматериали Родопи ЕООД, гр. Смолян, ЕИК 120881447, ДДС № BG120881447
Получател: Техноинвест АД, гр. Пловдив, ЕИК 115522871
Основание: поръчка № П-2024-0441. Телефон за връзка: 0700 18 811 (национален номер).""")

neg("doc", "bg", """Често задавани въпроси - онлайн банкиране
Как изглежда IBAN в България? 22 символа, напр. BG80 BNBG 9661 1020 3456 78 (примерен номер от документацията).
BIC кодът е 8 или 11 символа. Никога не споделяйте ПИН кода си. Денонощна линия: 0700 12 777.""")

# ---------------------------------------------------------------- Russian
pos("hr", "ru", """АНКЕТА СОИСКАТЕЛЯ
ФИО: [[N|Белоусова-Крамер Ангелина Викторовна]]
Дата рождения: [[D|3 ноября 1992 г.]]
Паспорт: серия [[ID|45 17 882913]], выдан ОВД «Хамовники» г. Москвы 14.12.2017
СНИЛС: [[ID|<<snils>>]]
ИНН: [[ID|<<inn>>]]
Адрес регистрации: [[A|ул. Льва Толстого, д. 23, кв. 41, Москва, 119021]]
Телефон: [[P|+7 (916) 448-21-07]]
E-mail: [[E|angelina.bk@mail.ru]]""", snils=snils("148221907"), inn=inn12("7724418230"))

pos("chat", "ru", """[22:41] [[N|Лёша Воронцов]]: [[N|саш]] ты дома? у меня ключи от гаража остались у тебя
[22:43] [[N|Саша Ермакова]]: да, заходи. или [[N|димке]] отдам, он завтра к тебе едет
[22:44] [[N|Лёша Воронцов]]: лучше сам зайду. ты всё там же, [[A|Садовая 14, кв. 37]]?
[22:44] [[N|Саша Ермакова]]: ага, домофон не работает, набери [[P|8 912 604-33-18]]""")

pos("email", "ru", """От: [[N|Тимур Гайнуллин]] <[[E|t.gainullin@yandex.ru]]>
Кому: support@kazan-internet.ru
Тема: Нет интернета третий день

Здравствуйте! Договор № 77-441820. С понедельника роутер не получает адрес,
хотя раньше выдавался [[IP|100.72.14.209]]. MAC роутера: [[MAC|B0:BE:76:44:1A:9C]].
Адрес подключения: [[A|ул. Баумана, д. 58, кв. 12, Казань]].
С уважением, [[N|Тимур Гайнуллин]], [[P|+7 987 291-55-40]]""")

pos("sql", "ru", """-- выгрузка клиентов, филиал Новосибирск
INSERT INTO clients (fio, birth_date, snils, inn, phone) VALUES
('[[N|Кузнецов Пётр Андреевич]]', '[[D|1971-08-19]]', '[[ID|<<s1>>]]', '[[ID|<<inn>>]]', '[[P|+7 913 771-04-82]]'),
('[[N|Ахмедова Зарина Рустамовна]]', '[[D|1999-02-27]]', '[[ID|<<s2>>]]', NULL, '[[P|8 (383) 214-90-17]]');""",
    s1=snils("087331452"), s2=snils("152440918"), inn=inn12("5407112284"))

pos("medical", "ru", """ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ
Пациент: [[N|Селиванов Аркадий Ильич]], [[D|12.06.1948]] г.р.
Полис ОМС: [[ID|7748 8900 2211 4407]]
Адрес: [[A|пр. Ленина, д. 71, кв. 5, Екатеринбург]]
Диагноз: гипертоническая болезнь II ст.
Лечащий врач: [[N|Мирошниченко О.В.]]""")

neg("prose", "ru", """Москва. Президент России Владимир Путин провёл совещание в Кремле. Лев Толстой, родившийся
9 сентября 1828 года, упоминался в докладе о юбилее музея-усадьбы «Хамовники» на улице Льва Толстого, 21.
В субботу по Тверской улице пройдёт велопарад, движение будет перекрыто с 7:00 до 13:00.""")

neg("doc", "ru", """Инструкция по заполнению формы
Поле «СНИЛС» заполняется в формате XXX-XXX-XXX XX, например 000-000-000 00.
Поле «Паспорт»: серия и номер без пробелов. Пример: 0000000000.
Телефон горячей линии: 8 800 100-70-10 (звонок бесплатный). Версия формы 2.7.1.""")

neg("log", "ru", """2024-03-11 09:00:01,442 INFO  [1С:Предприятие 8.3.24.1368] Сеанс 88 начат, пользователь: Администратор
2024-03-11 09:00:02,118 INFO  Обмен с сервером 127.0.0.1:1541 выполнен, документов: 418
2024-03-11 09:00:02,530 WARN  Проверка лицензии: ключ ****-****-****-7F21 истекает 31.03.2024
2024-03-11 09:00:03,004 INFO  Резервная копия: sha256=1f0e9d8c7b6a59483726150f1e2d3c4b5a69788796a5b4c3d2e1f00112233445""")

# ---------------------------------------------------------------- Ukrainian
pos("gov", "uk", """ЗАЯВА про призначення житлової субсидії
ПІБ заявника: [[N|Шевчук-Ковальова Оксана Миколаївна]]
Дата народження: [[D|14.06.1983]]
РНОКПП: [[ID|<<ipn>>]]
ID-картка № [[ID|004417829]]
Адреса: [[A|вул. Січових Стрільців, 37, кв. 12, м. Львів, 79000]]
Телефон: [[P|+380 67 418 22 93]]
Ел. пошта: [[E|oksana.shevchuk.k@ukr.net]]""", ipn=rnokpp("304804471"))

pos("chat", "uk", """[18:20] [[N|Тарас Бондаренко]]: хлопці, хто забере [[N|Ярину]] з вокзалу о 19:40?
[18:22] [[N|Мирослав Гнатюк]]: я можу, скиньте її номер
[18:22] [[N|Тарас Бондаренко]]: [[P|097 331 20 84]], вагон 7
[18:23] [[N|Мирослав Гнатюк]]: ок, [[N|Ярині]] напишу що чекаю біля виходу""")

pos("letter", "uk", """Шановний пане [[N|Олексію]]!
Повідомляємо, що повернення коштів за договором № 2024/118 буде здійснено на рахунок
[[I|<<ib>>]], відкритий на ім'я [[N|Литвиненко Олексій Петрович]].
Поштова адреса для документів: [[A|просп. Науки, 14, кв. 88, м. Харків, 61166]]
З повагою,
[[N|Ірина Савчук]], бухгалтер""", ib=iban("UA", "3052990000026004118772031"))

pos("json", "uk", """{"patient": {
  "pib": "[[N|Мельник Данило Сергійович]]",
  "dataNarodzhennia": "[[D|1994-01-03]]",
  "rnokpp": "[[ID|<<ipn>>]]",
  "telefon": "[[P|+380 93 118 40 27]]",
  "email": "[[E|danylo.melnyk94@ukr.net]]"
}}""", ipn=rnokpp("343361182"))

neg("prose", "uk", """Київ. Президент Володимир Зеленський вручив нагороди у Маріїнському палаці. Тарас Шевченко
(9 березня 1814 - 10 березня 1861) - тема нової виставки в музеї на бульварі Тараса Шевченка, 12.
У неділю Хрещатик буде пішохідним з 10:00 до 20:00.""")

neg("email", "uk", """Від: Нова Доставка <noreply@novadostavka.ua>
Тема: Посилка 20450882441170 прибула у відділення

Вітаємо! Ваша посилка прибула у відділення №118. Термін безкоштовного зберігання - до 18.03.2024.
Гаряча лінія: 0 800 500 609 (безкоштовно). Код отримання надійде в SMS.""")

neg("config", "uk", """# nginx.conf - сервер документації
server {
    listen 0.0.0.0:80;
    server_name docs.example.ua;
    allow 10.0.0.0/8;      # внутрішня мережа
    allow 203.0.113.0/24;  # приклад з документації
    deny  all;
}""")

# ---------------------------------------------------------------- Greek
pos("form", "el", """ΑΙΤΗΣΗ ΕΓΓΡΑΦΗΣ ΣΤΟ ΔΗΜΟΤΙΚΟ ΠΑΙΔΙΚΟ ΣΤΑΘΜΟ
Ονοματεπώνυμο γονέα: [[N|Κωνσταντίνα Παπαδοπούλου-Ρήγα]]
ΑΔΤ: [[ID|ΑΚ 448213]]       ΑΦΜ: [[ID|<<afm>>]]
ΑΜΚΑ: [[ID|<<amka>>]]
Ημερομηνία γέννησης: [[D|14/05/1982]]
Διεύθυνση: [[A|Οδός Ερμού 112, 2ος όροφος, 546 24 Θεσσαλονίκη]]
Κινητό: [[P|694 418 2207]]
Email: [[E|k.papadopoulou.riga@yahoo.gr]]""", afm=afm("14418220"), amka=amka("140582", "1044"))

pos("email", "el", """Από: [[N|Γιώργος Μαυρίδης]] <[[E|g.mavridis@otenet.gr]]>
Προς: info@ktimatologio-example.gr
Θέμα: Διόρθωση στοιχείων ιδιοκτησίας

Καλησπέρα σας,
στο ακίνητο της μητέρας μου, [[N|Ελένης Μαυρίδου]], η διεύθυνση εμφανίζεται λάθος.
Η σωστή είναι: [[A|Αγίου Δημητρίου 45, 171 21 Νέα Σμύρνη]].
Ευχαριστώ,
[[N|Γιώργος]] - [[P|+30 697 220 4418]]""")

pos("chat", "el", """[10:05] [[N|Δήμητρα Κ.]]: παιδιά, ο [[N|Στέλιος]] έρχεται σήμερα;
[10:07] [[N|Νίκος Αλεξίου]]: ναι, αλλά θα αργήσει. πήρε το ταξί από το σπίτι της [[N|Ρένας]]
[10:08] [[N|Δήμητρα Κ.]]: οκ, πείτε στον [[N|Στέλιο]] να πάρει μαζί τα κλειδιά""")

pos("medical", "el", """ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ
Ασθενής: κ. [[N|Αθανάσιος Τσολάκης]]
Ημ. γέννησης: [[D|3 Μαρτίου 1999]]    ΑΜΚΑ: [[ID|<<amka>>]]
Διεύθυνση: [[A|Λεωφ. Ελευθερίου Βενιζέλου 210, 176 75 Καλλιθέα]]
Θεράπων ιατρός: [[N|Ευαγγελία Σταθοπούλου]]
Οδηγίες: ανάπαυση 5 ημερών, επανέλεγχος στα εξωτερικά ιατρεία.""", amka=amka("030399", "2217"))

neg("prose", "el", """Αθήνα - Ο πρωθυπουργός Κυριάκος Μητσοτάκης συναντήθηκε στο Μέγαρο Μαξίμου με τον
Γιάννη Αντετοκούνμπο. Η παρέλαση της 25ης Μαρτίου θα περάσει από τη λεωφόρο Βασιλίσσης Σοφίας
και την οδό Πανεπιστημίου. Ο Ελευθέριος Βενιζέλος (1864-1936) τιμήθηκε με στεφάνι.""")

neg("invoice", "el", """ΤΙΜΟΛΟΓΙΟ ΠΩΛΗΣΗΣ Α-0004418                Ημερομηνία: 11/03/2024
Εκδότης: Αιγαίο Εφόδια Α.Ε., Πειραιάς - ΑΦΜ 099887766, ΔΟΥ ΦΑΕ Πειραιά, ΓΕΜΗ 1224470100
Πελάτης: Κρήτη Ξενοδοχειακή Α.Ε., Ηράκλειο - ΑΦΜ 800441829
Παραγγελία: ΠΑΡ-2024-0771   Τηλ. εξυπηρέτησης: 801 11 44 000""")

neg("doc", "el", """Οδηγίες για την πλατφόρμα
Συμπληρώστε τον ΑΜΚΑ (11 ψηφία) στο πεδίο «ΑΜΚΑ», π.χ. 00000000000 για δοκιμή στο περιβάλλον test.
Μην αποστέλλετε κωδικούς TAXISnet μέσω email. Γραμμή υποστήριξης: 1555.
Έκδοση εφαρμογής 3.1.4.2 - 29/02/2024""")

# ---------------------------------------------------------------- Turkish
pos("form", "tr", """KİRA SÖZLEŞMESİ - KİRACI BİLGİLERİ
Adı Soyadı: [[N|Zeynep Gül Karaosmanoğlu]]
T.C. Kimlik No: [[ID|<<tc>>]]
Doğum Tarihi: [[D|12 Nisan 1990]]
Adres: [[A|Moda Cad. Şair Nefi Sok. No: 18 Daire: 6, 34710 Kadıköy/İstanbul]]
Cep Tel: [[P|0532 418 27 09]]
E-posta: [[E|zeynepgul.k@hotmail.com]]
Kefil: [[N|Mehmet Ali Karaosmanoğlu]]""", tc=tckn("284417302"))

pos("chat", "tr", """[09:30] [[N|Emre Aydın]]: [[N|Derin]]'in doğum günü için hediye aldık mı?
[09:32] [[N|Selin Yıldız]]: aldım, [[N|Burak]]'a verdim, akşam getirecek
[09:33] [[N|Emre Aydın]]: süper. [[N|Derin]]'e sürpriz olsun, kimse söylemesin
[09:35] [[N|Selin Yıldız]]: [[N|burak]] zaten ağzı sıkıdır :)""")

pos("email", "tr", """Kimden: [[N|Hakan Öztürk]] <[[E|hakan.ozturk@bilkent-muhendislik.com.tr]]>
Kime: ik@bilkent-muhendislik.com.tr
Konu: Bordro - banka bilgisi güncelleme

Merhaba,
Maaşımın bundan sonra [[I|<<ib>>]] numaralı hesaba yatırılmasını rica ederim.
TCKN: [[ID|<<tc>>]]
Teşekkürler,
[[N|Hakan Öztürk]]
Dahili: 2214 | Cep: [[P|+90 533 771 40 26]]""", ib=iban("TR", "0006200044100006298817"), tc=tckn("417220865"))

pos("doc", "tr", """KARGO GÖNDERİ ETİKETİ
ALICI: [[N|AYŞENUR DEMİRCİOĞLU]]
[[A|Atatürk Mah. Gül Sok. No: 7/3]]
[[A|35530 Bayraklı / İZMİR]]
TEL: [[P|0 (505) 331 72 18]]
Gönderen: Pamukkale Tekstil A.Ş., Denizli    Takip No: 7441822093""")

neg("prose", "tr", """Ankara - Cumhurbaşkanı Recep Tayyip Erdoğan, Anıtkabir'i ziyaret etti. Mustafa Kemal Atatürk
(1881-1938) anısına düzenlenen törene Ankara Valisi de katıldı. Pazar günü İstiklal Caddesi'nde
düzenlenecek yürüyüş nedeniyle Taksim metro istasyonu kapalı olacak.""")

neg("email", "tr", """Gönderen: Trendsepeti <bilgi@trendsepeti.example.com.tr>
Konu: 104418827 numaralı siparişiniz kargoya verildi

Merhaba, siparişiniz yola çıktı! Kargo takip numarası: YK4418220017.
Sorularınız için 0850 333 0 444 numaralı müşteri hizmetlerimizi arayabilirsiniz.
Kart bilgileriniz: **** **** **** 4417 (maskelenmiştir).""")

neg("doc", "tr", """e-Devlet Sık Sorulan Sorular
Kimlik numarası 11 hanelidir ve 0 ile başlamaz. Örnek gösterim: 1XXXXXXXXX0.
Şifrenizi kimseyle paylaşmayın. Alo 160 çağrı merkezi 7/24 hizmet verir.
Uygulama sürümü: 6.12.0.4""")

# ---------------------------------------------------------------- Arabic
pos("form", "ar", """نموذج طلب فتح حساب - فرد
الاسم الكامل: [[N|عبد الرحمن بن سعود القحطاني]]
رقم الهوية الوطنية: [[ID|<<nid>>]]
تاريخ الميلاد: [[D|<<dob>>]]
العنوان: [[A|حي النرجس، شارع الأمير سلطان، مبنى ٢٢، شقة ٥، الرياض ١٣٣٢٧]]
الجوال: [[P|<<tel>>]]
البريد الإلكتروني: [[E|a.alqahtani88@hotmail.com]]""",
    nid=saudi("104418220").translate(AR), dob="14/03/1988".translate(AR), tel="+966 55 418 2207".translate(AR))

pos("email", "ar", """من: [[N|مريم خليفة المزروعي]] <[[E|maryam.almazrouei@eim.ae]]>
إلى: hr@alnoor-trading.ae
الموضوع: تحديث بيانات الراتب

السلام عليكم،
أرجو تحويل الراتب إلى الحساب الجديد: [[I|<<ib>>]]
رقم الهوية الإماراتية: [[ID|<<eid>>]]
مع الشكر،
[[N|مريم]]
[[P|+971 50 441 8273]]""", ib=iban("AE", "0330000010198844172"), eid=emirates("78419881441822"))

pos("chat", "ar", """[٩:١٢ م] [[N|يوسف]]: وين صار بيت [[N|خالد]]؟ نسيت العنوان
[٩:١٤ م] [[N|أحمد الشمري]]: [[A|شارع الجاحظ، عمارة ٣٤، الطابق الثالث، الكويت]]
[٩:١٥ م] [[N|يوسف]]: مشكور، رقمه معك؟
[٩:١٦ م] [[N|أحمد الشمري]]: [[P|٩٩٤٤١٨٢٢]]""")

pos("doc", "ar", """بوليصة شحن - توصيل سريع
المستلم: [[N|هبة الله محمود عبد العزيز]]
العنوان: [[A|١٨ شارع مصدق، الدور الرابع، شقة ١٢، الدقي، الجيزة]]
الهاتف: [[P|0100 441 8227]]
الرقم القومي: [[ID|29203120104418]]
المرسل: متجر النيل للإلكترونيات - القاهرة      رقم التتبع: EG441822073""")

neg("prose", "ar", """الرياض - استقبل ولي العهد الأمير محمد بن سلمان في قصر اليمامة رئيس الوزراء الياباني.
وفي سياق آخر، احتفى النادي الأدبي بذكرى الشاعر أحمد شوقي (١٨٦٨-١٩٣٢). وتنطلق مسيرة اليوم الوطني
من طريق الملك فهد عند الساعة الرابعة عصراً.""")

neg("email", "ar", """من: متجر الواحة <no-reply@alwaha-store.example>
الموضوع: تم شحن طلبك رقم 7720441822

مرحباً،
تم شحن طلبك وسيصل خلال ٣-٥ أيام عمل. رقم التتبع: SMSA 290441822007.
لأي استفسار يرجى الاتصال بخدمة العملاء على الرقم المجاني 800 124 4444 أو عبر support@alwaha-store.example""")

neg("doc", "ar", """تعليمات تعبئة النموذج
- رقم الهوية: ١٠ أرقام، مثال للتوضيح فقط: ١٠٠٠٠٠٠٠٠٠
- الآيبان السعودي يبدأ بـ SA ويتكون من ٢٤ خانة، مثل SA03 8000 0000 6080 1016 7519 (مثال توضيحي).
- رقم الطوارئ الموحد: ٩١١ - الإصدار ٢٫٣٫١""")

# ---------------------------------------------------------------- Hebrew
pos("form", "he", """טופס הצטרפות לקופת חולים
שם פרטי: [[N|נועה]]
שם משפחה: [[N|בן-דוד שטרן]]
מספר תעודת זהות: [[ID|<<tz>>]]
תאריך לידה: [[D|07.11.1991]]
כתובת: [[A|רחוב הרצל 118, דירה 9, רחובות 7625512]]
טלפון נייד: [[P|052-441-8227]]
דוא"ל: [[E|noa.bendavid@gmail.com]]""", tz=il_id("04418227"))

pos("chat", "he", """[20:11] [[N|אורי כהן]]: מישהו יודע אם [[N|שירה]] מגיעה מחר לישיבה?
[20:13] [[N|דנה לוי]]: היא בחופש, תדבר עם [[N|עומר]] במקומה
[20:14] [[N|אורי כהן]]: יש לך את המספר שלו?
[20:14] [[N|דנה לוי]]: [[P|054-772-1093]]""")

pos("email", "he", """מאת: [[N|יעקב אזולאי]] <[[E|yaakov.azulay@walla.co.il]]>
אל: service@bituach-example.co.il
נושא: תביעה מספר 44-118207

שלום רב,
מצורפים המסמכים לתביעה. ת.ז. [[ID|<<tz>>]].
כתובתי למשלוח הצ'ק: [[A|שדרות ירושלים 41, יפו, תל אביב]]
תודה,
[[N|יעקב]]""", tz=il_id("31220984"))

pos("medical", "he", """סיכום ביקור - מרפאת עור
שם המטופלת: [[N|רבקה גולדברג-חדד]]
ת"ז: [[ID|<<tz>>]]     גיל: 67
כתובת: [[A|רחוב ויצמן 22, כפר סבא]]
רופא מטפל: ד"ר [[N|אבי פרידמן]]
המלצה: מעקב בעוד 6 חודשים.""", tz=il_id("05883310"))

neg("html", "he", """<article class="news">
  <h1>ראש הממשלה נפגש עם שר החוץ האמריקני</h1>
  <p class="meta">ירושלים, 11 במרץ 2024 | מערכת החדשות</p>
  <p>ראש הממשלה בנימין נתניהו נפגש היום בבניין הכנסת עם שר החוץ האמריקני. דוד בן-גוריון (1886-1973) הוזכר בנאום.</p>
  <p>מחר תיערך צעדה ברחוב יפו מכיכר ציון ועד שער יפו. פניות המערכת: news@itonut-example.co.il</p>
</article>""")

neg("doc", "he", """שאלות נפוצות - אתר הבנק
כיצד נראה מספר IBAN ישראלי? 23 תווים, לדוגמה IL62 0108 0000 0009 9999 999 (דוגמה מתוך התיעוד).
לעולם לא נבקש ממך סיסמה בטלפון. מוקד שירות: 2600* או 03-0000000 מחו"ל. גרסה 8.4.0.1""")

neg("email", "he", """מאת: חברת החשמל <noreply@chashmal-example.co.il>
נושא: החשבון שלך לתקופה 01-02/2024

לקוח יקר,
מספר חוזה 300441822, סכום לתשלום 412.80 ש"ח. ניתן לשלם באתר או במוקד 103.
בברכה, מחלקת שירות לקוחות""")

# ---------------------------------------------------------------- Persian
pos("form", "fa", """فرم ثبت‌نام دوره آموزشی
نام و نام خانوادگی: [[N|سارا رضایی‌نژاد]]
کد ملی: [[ID|<<km>>]]
تاریخ تولد: [[D|۱۳۷۰/۰۴/۱۲]]
نشانی: [[A|تهران، خیابان شریعتی، کوچه یاس، پلاک ۱۴، واحد ۳]]
تلفن همراه: [[P|۰۹۱۲ ۴۴۱ ۸۲۲۷]]
ایمیل: [[E|sara.rezaeinejad@gmail.com]]""", km=melli("004418227").translate(FA))

pos("chat", "fa", """[۲۱:۰۵] [[N|علی]]: [[N|مریم]] جان شماره آقای [[N|محمدی]] رو داری؟  
[۲۱:۰۷] [[N|مریم صادقی]]: آره، [[P|۰۹۳۵ ۲۲۰ ۷۱۸۴]]
[۲۱:۰۸] [[N|علی]]: مرسی، فردا بهش زنگ می‌زنم""")

pos("sql", "fa", """-- پشتیبان جدول مشتریان، شعبه اصفهان
INSERT INTO moshtarian (nam, kod_melli, tavalod, mobile, neshani) VALUES
('[[N|حمید کاظمی]]', '[[ID|<<k1>>]]', '[[D|1365-08-21]]', '[[P|09127718420]]', '[[A|اصفهان، خیابان چهارباغ بالا، کوچه ۱۲، پلاک ۷]]');""",
    k1=melli("228731046"))

neg("prose", "fa", """تهران - حافظ شیرازی (حدود ۷۲۶-۷۹۲ هجری قمری) موضوع همایش امسال در دانشگاه تهران است.
مراسم روز شنبه در خیابان انقلاب برگزار می‌شود و ورود برای عموم آزاد است.
اطلاعات بیشتر: info@hamayesh-example.ir""")

neg("config", "fa", """# تنظیمات فرم ثبت‌نام - نسخه ۴٫۱۲٫۰٫۲
kod_melli_sample: "۰۰۰۰۰۰۰۰۰۰"   # فقط برای آزمایش
support_phone: "۱۵۳۵"
sms_api_key: "${SMS_API_KEY}"
updated: "۱۴۰۲/۱۲/۱۵" """)

neg("invoice", "fa", """فاکتور فروش شماره ۱۴۰۲-۰۴۴۱۸
فروشنده: شرکت پارس ابزار - مشهد، شناسه ملی ۱۰۱۰۲۲۴۴۱۸۷، کد اقتصادی ۴۱۱۴۴۱۸۲۲۹۷۷
خریدار: شرکت ساختمانی البرز - کرج
جمع کل: ۴۸٬۲۰۰٬۰۰۰ ریال - تاریخ: ۱۴۰۲/۱۲/۲۰""")

# ---------------------------------------------------------------- Hindi
pos("form", "hi", """बचत खाता खोलने का आवेदन पत्र
आवेदक का नाम: [[N|राजेश कुमार श्रीवास्तव]]
पिता का नाम: [[N|हरिशंकर श्रीवास्तव]]
जन्म तिथि: [[D|<<dob>>]]
आधार संख्या: [[ID|<<aad>>]]
पैन: [[ID|CMKPS8842Q]]
पता: [[A|मकान नं. 47, गली नं. 3, राजेंद्र नगर, लखनऊ 226004]]
मोबाइल: [[P|+91 94150 27718]]
ईमेल: [[E|rajesh.srivastava84@gmail.com]]""", dob="१५/०८/१९८४", aad=aadhaar("73018844216"))

pos("chat", "hi", """[19:02] [[N|प्रिया]]: भैया, [[N|अनुज]] का नया पता भेज दो ना, राखी भेजनी है
[19:05] [[N|विकास शर्मा]]: [[A|फ्लैट 302, साईं रेजीडेंसी, सेक्टर 21, नोएडा 201301]]
[19:06] [[N|प्रिया]]: थैंक्यू! उसका नंबर भी दे दो
[19:06] [[N|विकास शर्मा]]: [[P|98110 44827]]""")

pos("letter", "hi", """किरायानामा
यह किरायानामा दिनांक 01/03/2024 को श्री [[N|मनोज प्रसाद यादव]] (मकान मालिक), निवासी
[[A|12/B, गांधी मार्ग, कंकड़बाग, पटना 800020]], तथा श्रीमती [[N|सुनीता देवी]] (किरायेदार),
आधार संख्या [[ID|<<aad>>]], के बीच किया गया।
किराया: ₹8,500 प्रति माह। संपर्क: [[P|०९४३१२ ७७१८०]]""", aad=aadhaar("52207718490"))

pos("ticket", "hi", """शिकायत संख्या: CMP-2024-88120
ग्राहक: [[N|अंकिता मिश्रा]]
ईमेल: [[E|ankita.mishra91@rediffmail.com]]
विवरण: मेरे क्रेडिट कार्ड [[C|<<cc>>]] से 12 मार्च को ₹14,999 का अनधिकृत लेनदेन हुआ।
कार्य अधिकारी: [[N|नवीन चौहान]]""", cc=card("436712004418227"))

neg("prose", "hi", """नई दिल्ली - प्रधानमंत्री नरेंद्र मोदी ने आज राष्ट्रपति भवन में आयोजित समारोह में भाग लिया।
महात्मा गांधी (2 अक्टूबर 1869 - 30 जनवरी 1948) की स्मृति में राजपथ पर प्रदर्शनी लगाई गई है।
आयोजन की जानकारी के लिए टोल-फ्री नंबर 1800 11 4000 पर संपर्क करें।""")

neg("email", "hi", """प्रेषक: ई-शॉप इंडिया <noreply@eshop-india.example>
विषय: आपका ऑर्डर #OD4418220771 भेज दिया गया है

नमस्ते,
आपका पैकेट 3-5 दिनों में पहुँच जाएगा। ट्रैकिंग नंबर: FMPC0441822073।
भुगतान: कार्ड XXXX XXXX XXXX 4417। सहायता हेतु 1800 208 9898 पर कॉल करें।""")

neg("doc", "hi", """सामान्य प्रश्न - आधार अपडेट
आधार संख्या 12 अंकों की होती है, जैसे XXXX XXXX 1234 (मास्क किया हुआ आधार)।
अपना OTP किसी के साथ साझा न करें। हेल्पलाइन: 1947। ऐप संस्करण 2.3.0.7""")

# ---------------------------------------------------------------- Bengali
pos("hr", "bn", """চাকরির আবেদন ফরম
নাম: [[N|মোঃ রফিকুল ইসলাম চৌধুরী]]
জাতীয় পরিচয়পত্র নং: [[ID|4418227093]]
জন্ম তারিখ: [[D|<<dob>>]]
ঠিকানা: [[A|বাড়ি নং ২৭, রোড নং ৪, ধানমন্ডি, ঢাকা ১২০৫]]
মোবাইল: [[P|+880 1711 448227]]
ইমেইল: [[E|rafiqul.chowdhury@gmail.com]]""", dob="০৩/০১/১৯৮৯")

pos("chat", "bn", """[২০:১০] [[N|তানিয়া]]: আপু, [[N|রুমানার]] বিয়ের দাওয়াত কার্ড কোন ঠিকানায় পাঠাবো?
[২০:১২] [[N|নাসরিন আক্তার]]: [[A|ফ্ল্যাট ৫বি, হাউস ১১, সেক্টর ৭, উত্তরা, ঢাকা]]
[২০:১৩] [[N|তানিয়া]]: ধন্যবাদ আপু!""")

pos("letter", "bn", """প্রাপক:
জনাব [[N|আবুল কালাম আজাদ]]
[[A|গ্রাম: চরপাড়া, ডাকঘর: মধুপুর]]
[[A|টাঙ্গাইল ১৯৯৬]]
বিষয়: জমির খাজনা পরিশোধের রসিদ
মোবাইল: [[P|০১৮১৯-৪৪১৮২২]]""")

neg("xml", "bn", """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>সংবাদ-উদাহরণ</title>
<item>
  <title>রবীন্দ্রনাথ ঠাকুরের জন্মবার্ষিকী উদযাপন</title>
  <description>রবীন্দ্রনাথ ঠাকুর (৭ মে ১৮৬১ - ৭ আগস্ট ১৯৪১) এর জন্মবার্ষিকীতে শিল্পকলা একাডেমিতে অনুষ্ঠান। শোভাযাত্রা মানিক মিয়া এভিনিউ থেকে শুরু হবে।</description>
  <pubDate>Wed, 08 May 2024 06:00:00 +0600</pubDate>
  <guid>https://sangbad-example.com.bd/news/441822</guid>
</item></channel></rss>""")

neg("email", "bn", """প্রেরক: মোবাইল ব্যাংকিং সেবা <no-reply@mbank-example.com.bd>
বিষয়: আপনার লেনদেন সফল হয়েছে

লেনদেন আইডি: 8HK4418220, পরিমাণ: ৳২,৫০০। অ্যাকাউন্ট: 01XXXXXX227 (আংশিক লুকানো)।
পিন কারো সাথে শেয়ার করবেন না। হেল্পলাইন: ১৬২৪৭""")

neg("code", "bn", """# জাতীয় পরিচয়পত্র যাচাই - পরীক্ষার ডেটা (বাস্তব নয়)
NID_SAMPLE = "০০০০০০০০০০"
DATE_FORMAT = "DD/MM/YYYY"
SUPPORT = "support@nid-portal.example"
VERSION = "3.2.1"
""")

# ---------------------------------------------------------------- Urdu
pos("form", "ur", """درخواست برائے نیا گیس کنکشن
نام درخواست گزار: [[N|محمد عثمان قریشی]]
ولدیت: [[N|عبدالغفور قریشی]]
شناختی کارڈ نمبر: [[ID|35202-4418227-3]]
تاریخ پیدائش: [[D|22-09-1987]]
پتہ: [[A|مکان نمبر 114، گلی نمبر 6، جوہر ٹاؤن، لاہور]]
موبائل: [[P|0300-4418227]]
ای میل: [[E|usman.qureshi87@gmail.com]]""")

pos("chat", "ur", """[21:30] [[N|عائشہ]]: [[N|فہد]] بھائی، [[N|زینب]] کا نمبر مل جائے گا؟
[21:32] [[N|فہد ملک]]: [[P|0321 7720 441]]
[21:33] [[N|عائشہ]]: شکریہ، کل اس سے بات کر لوں گی""")

pos("email", "ur", """منجانب: [[N|سعدیہ پرویز]] <[[E|sadia.pervaiz@yahoo.com]]>
بنام: admissions@karachi-college.example
موضوع: داخلہ فارم

محترم جناب،
میرے بیٹے [[N|حمزہ پرویز]] کی تاریخ پیدائش [[D|5 مارچ 2011]] ہے، فارم میں غلط لکھی گئی ہے۔
ہمارا پتہ: [[A|فلیٹ 8، بلاک 13-ڈی، گلشن اقبال، کراچی]]
شکریہ، [[N|سعدیہ]]""")

neg("json", "ur", """{
  "event": "یوم اقبال تقریب",
  "description": "علامہ محمد اقبال (9 نومبر 1877 - 21 اپریل 1938) کی یاد میں فیصل مسجد کے قریب تقریب",
  "road_closure": "شاہراہ دستور، صبح 8 بجے سے",
  "emergency": "1122",
  "contact": "info@taqreeb-example.pk"
}""")

neg("email", "ur", """منجانب: آن لائن بازار <noreply@bazaar-example.pk>
موضوع: آپ کا آرڈر نمبر PK-44182207 روانہ کر دیا گیا ہے

ٹریکنگ نمبر: LEO4418220771۔ ادائیگی: کارڈ **** 4417۔
کسٹمر سروس: 111-444-222 (صبح 9 تا رات 9)""")

neg("doc", "ur", """ہدایات برائے فارم
شناختی کارڈ نمبر اس طرح لکھیں: 00000-0000000-0 (صرف مثال)۔
تاریخ: DD-MM-YYYY۔ ورژن 1.4.2.0۔ معلومات کے لیے info@nadra-portal.example""")

# ---------------------------------------------------------------- Tamil
pos("form", "ta", """மாணவர் சேர்க்கை விண்ணப்பம்
மாணவர் பெயர்: [[N|கார்த்திகேயன் சுப்பிரமணியம்]]
பிறந்த தேதி: [[D|07-06-2009]]
ஆதார் எண்: [[ID|<<aad>>]]
பெற்றோர்: [[N|மீனாட்சி சுப்பிரமணியம்]]
முகவரி: [[A|எண் 14, காமராஜர் தெரு, அண்ணா நகர், மதுரை 625020]]
கைபேசி: [[P|+91 94433 18207]]
மின்னஞ்சல்: [[E|meenakshi.subramaniam@gmail.com]]""", aad=aadhaar("64419027735"))

pos("chat", "ta", """[18:45] [[N|அருண்]]: [[N|கவிதா]], நாளைக்கு [[N|செல்வம்]] வீட்டுக்கு வருகிறாயா?
[18:47] [[N|கவிதா ராஜன்]]: ஆமாம், அவர் முகவரி [[A|22/7 பெரியார் சாலை, தாம்பரம், சென்னை 600045]] தானே?
[18:48] [[N|அருண்]]: ஆமாம், அவர் எண் [[P|98400 27716]]""")

pos("letter", "ta", """பெறுநர்:
திரு. [[N|வேலுசாமி பழனிசாமி]]
[[A|கதவு எண் 5, மேலத்தெரு]]
[[A|திருச்செங்கோடு 637211]]
பொருள்: வீட்டு வரி நிலுவை அறிவிப்பு
அன்புடையீர், தங்களது வீட்டு வரி ரூ. 2,140 நிலுவையில் உள்ளது.""")

neg("travel", "ta", """அரசு விரைவுப் பேருந்து கால அட்டவணை - சென்னை கோயம்பேடு
வழித்தட எண்  புறப்பாடு  சேருமிடம்      நடைமேடை
180 UD      21:30      மதுரை          12
137 AC      22:15      திருநெல்வேலி   14
முன்பதிவு உதவி எண்: 1800 599 1500 (கட்டணமில்லா). பாரதி நினைவு நாளில் மெரினா சாலையில் போக்குவரத்து மாற்றம்.""")

neg("doc", "ta", """பயனர் கையேடு - பதிப்பு 5.0.3.1
ஆதார் எண்ணை XXXX XXXX 1234 என மறைத்து காட்டவும். கடவுச்சொல்லை யாருடனும் பகிர வேண்டாம்.
உதவி எண்: 1800 425 1333 (கட்டணமில்லா)""")

# ---------------------------------------------------------------- Thai
pos("hr", "th", """ใบสมัครงาน
ชื่อ-นามสกุล: นางสาว[[N|พิมพ์ชนก ศรีสวัสดิ์]]
เลขประจำตัวประชาชน: [[ID|<<tid>>]]
วันเกิด: [[D|12 มีนาคม 2533]]
ที่อยู่: [[A|99/14 หมู่ 5 ซอยรามคำแหง 24 แขวงหัวหมาก เขตบางกะปิ กรุงเทพฯ 10240]]
โทรศัพท์: [[P|081-441-8227]]
อีเมล: [[E|pimchanok.s@hotmail.co.th]]""", tid=th_id("110140044182"))

pos("chat", "th", """[20:15] [[N|แนน]]: พี่[[N|ต้น]] พรุ่งนี้ไปรับ[[N|มายด์]]ที่สนามบินได้ไหมคะ
[20:17] [[N|ต้น ธนากร]]: ได้ครับ กี่โมง
[20:18] [[N|แนน]]: บ่ายสองค่ะ เบอร์[[N|มายด์]] [[P|089 772 0415]]""")

pos("doc", "th", """ใบปะหน้าพัสดุ
ผู้รับ: [[N|สมชาย ใจดีงาม]]
[[A|45/7 ถนนนิมมานเหมินท์ ซอย 9]]
[[A|ต.สุเทพ อ.เมือง จ.เชียงใหม่ 50200]]
โทร: [[P|<<tel>>]]
ผู้ส่ง: ร้านผ้าไหมบ้านครัว กรุงเทพฯ    เลขพัสดุ: TH4418220771A""", tel="๐๘๖-๓๓๑-๗๐๒๘")

pos("medical", "th", """แบบบันทึกผู้ป่วยนอก - โรงพยาบาลขอนแก่น
ชื่อผู้ป่วย: นาย[[N|วีระพงษ์ บุญมา]]    HN: 64-118207
เลขบัตรประชาชน: [[ID|<<tid>>]]
วันเดือนปีเกิด: [[D|<<dob>>]]
แพทย์ผู้ตรวจ: พญ.[[N|อรอุมา แก้วประเสริฐ]]""", tid=th_id("350990027718"), dob="๐๒/๑๑/๒๕๑๘")

neg("prose", "th", """กรุงเทพฯ - นายกรัฐมนตรีเศรษฐา ทวีสิน เป็นประธานเปิดงานที่ทำเนียบรัฐบาล
ขบวนแห่จะเคลื่อนจากถนนราชดำเนินกลางไปยังสนามหลวงเวลา 16.00 น.
สอบถามข้อมูลเพิ่มเติมโทร 1111 (สายด่วนรัฐบาล)""")

neg("email", "th", """จาก: ร้านค้าออนไลน์ <noreply@shop-example.co.th>
เรื่อง: คำสั่งซื้อ #TH2024031100441 ของคุณถูกจัดส่งแล้ว

หมายเลขติดตามพัสดุ: KEX4418220771
ชำระด้วยบัตร **** **** **** 4417
ศูนย์บริการลูกค้า 02-000-0000 ทุกวัน 9.00-18.00 น.""")

neg("doc", "th", """คู่มือการใช้งานแอป เวอร์ชัน 4.8.1.2
- กรอกเลขบัตรประชาชน 13 หลัก เช่น X-XXXX-XXXXX-XX-X
- ห้ามบอกรหัส OTP แก่ผู้อื่น
- ติดต่อ support@app-example.co.th""")

# ---------------------------------------------------------------- Vietnamese
pos("gov", "vi", """PHIẾU ĐĂNG KÝ TẠM TRÚ
Họ và tên: [[N|Nguyễn Thị Thu Hằng]]
Ngày sinh: [[D|14/02/1987]]
Số CCCD: [[ID|001187004418]]
Nơi ở hiện tại: [[A|Số 18, ngõ 42 phố Trần Quang Diệu, phường Ô Chợ Dừa, quận Đống Đa, Hà Nội]]
Số điện thoại: [[P|0912 441 822]]
Email: [[E|thuhang.nguyen87@gmail.com]]""")

pos("chat", "vi", """[21:02] [[N|Minh Tuấn]]: chị [[N|Hằng]] ơi, mai em gửi hàng cho anh [[N|Khoa]] được không?
[21:04] [[N|Hằng]]: ok em, địa chỉ anh ấy là [[A|27 Nguyễn Thị Minh Khai, phường Bến Nghé, quận 1, TP.HCM]]
[21:05] [[N|Minh Tuấn]]: dạ, số điện thoại anh [[N|Khoa]] là [[P|0903 772 418]] đúng không chị?
[21:05] [[N|Hằng]]: đúng rồi""")

pos("email", "vi", """Từ: [[N|Trần Quốc Bảo]] <[[E|bao.tranquoc@gmail.com]]>
Đến: tuyendung@congty-example.vn
Tiêu đề: Ứng tuyển vị trí kế toán

Kính gửi Phòng Nhân sự,
Tôi xin gửi kèm CV. Ngày sinh: [[D|03/09/1995]].
Trân trọng,
[[N|Trần Quốc Bảo]]
ĐT: [[P|+84 98 441 2207]]""")

pos("invoice", "vi", """HÓA ĐƠN GIAO HÀNG - Mã đơn: DH-44182
Người nhận: [[N|Lê Văn Phúc]]
Địa chỉ: [[A|Tổ 5, khu phố 3, phường Tân Phong, TP. Biên Hòa, Đồng Nai]]
SĐT: [[P|0868 220 771]]
Thanh toán khi nhận hàng (COD): 1.250.000 đ""")

neg("prose", "vi", """Hà Nội - Chủ tịch Hồ Chí Minh (19/5/1890 - 2/9/1969) được tưởng niệm tại Lăng Chủ tịch
trên Quảng trường Ba Đình. Lễ diễu hành sẽ đi qua phố Tràng Tiền lúc 8 giờ sáng.
Đường dây nóng ban tổ chức: 1900 1234.""")

neg("email", "vi", """Từ: Ngân hàng Ví dụ <no-reply@nganhang-example.vn>
Tiêu đề: Thông báo giao dịch

Tài khoản ****4417 vừa giao dịch -1.500.000 VND lúc 10:14 ngày 11/03/2024. Mã GD: FT24071441822.
Tổng đài hỗ trợ 24/7: 1800 588 822 (miễn phí).""")

neg("code", "vi", """# Kiểm tra định dạng CCCD - chỉ dùng dữ liệu giả
def test_cccd_format():
    assert la_cccd_hop_le("0XX XXX XXX XXX") is False   # chuỗi minh họa
    assert la_cccd_hop_le("") is False
    assert phien_ban() == "2.1.0.3"
""")

# ---------------------------------------------------------------- Indonesian
pos("form", "id", """FORMULIR PEMBUKAAN REKENING
Nama Lengkap: [[N|Dewi Anggraini Siregar]]
NIK: [[ID|3174054412870003]]
Tempat/Tgl Lahir: Jakarta, [[D|04-12-1987]]
Alamat: [[A|Jl. Tebet Barat Dalam II No. 17, RT 005/RW 03, Kel. Tebet Barat, Kec. Tebet, Jakarta Selatan 12810]]
No. HP: [[P|0812-4418-2207]]
Email: [[E|dewi.siregar87@yahoo.co.id]]""")

pos("chat", "id", """[19:10] [[N|Rina]]: Bu [[N|Sri]], besok arisan di rumah siapa ya?
[19:12] [[N|Sri Wahyuni]]: di rumah Pak [[N|Hendra]], [[A|Jl. Melati No. 8, Perumahan Griya Asri, Bekasi]]
[19:13] [[N|Rina]]: oke bu. kak [[N|Yuni]] ikut juga?
[19:14] [[N|Sri Wahyuni]]: ikut, nanti dijemput [[N|Agus]]""")

pos("email", "id", """Dari: [[N|Bambang Prasetyo]] <[[E|bambang.prasetyo@telkom.net]]>
Kepada: cs@asuransi-example.co.id
Perihal: Klaim rawat inap - polis 77-441822

Selamat siang,
Saya lampirkan kuitansi rumah sakit atas nama istri saya, [[N|Lestari Handayani]], NIK [[ID|3578096107900002]].
Mohon dana klaim ditransfer ke rekening BCA atas nama saya.
Hormat saya,
[[N|Bambang Prasetyo]], HP [[P|+62 813 3144 8220]]""")

pos("config", "id", """# konfigurasi produksi - JANGAN di-commit!
MIDTRANS_SERVER_KEY=[[K|Mid-server-7Hk2pQx9LmR4vT8nWz3c]]
DATABASE_URL=[[U|mysql://toko_app:Sur4baya!2024@10.20.1.15:3306/toko]]
ADMIN_PHONE_WA=[[P|+62 857 2201 7714]]
APP_VERSION=2.3.1""")

neg("prose", "id", """Jakarta - Presiden Joko Widodo meresmikan jalan tol baru di Istana Merdeka. Soekarno
(6 Juni 1901 - 21 Juni 1970) dikenang dalam upacara tersebut. Car free day di Jalan Sudirman
dan Jalan M.H. Thamrin tetap berlangsung Minggu pagi.""")

neg("html", "id", """<div class="invoice">
  <h3>Pesanan INV/20240311/MPL/4418220771</h3>
  <p>Nomor resi: JNE 0441822077100 &middot; Pembayaran: kartu **** 4417</p>
  <p>Butuh bantuan? Hubungi 1500 600 atau <a href="mailto:halo@toko-example.co.id">halo@toko-example.co.id</a></p>
</div>""")

neg("doc", "id", """Panduan pengisian data
NIK terdiri dari 16 digit, contoh format: 31XXXXXXXXXXXXXX.
Jangan berikan kode OTP kepada siapa pun. Layanan pengaduan: 1500 200. Versi aplikasi 7.1.0.4""")

# ---------------------------------------------------------------- Malay
pos("form", "ms", """BORANG PERMOHONAN KEAHLIAN
Nama: [[N|Nurul Aisyah binti Mohd Razali]]
No. MyKad: [[ID|880714-10-5522]]
Tarikh lahir: [[D|14 Julai 1988]]
Alamat: [[A|No. 22, Jalan SS 2/55, 47300 Petaling Jaya, Selangor]]
No. telefon: [[P|012-441 8227]]
E-mel: [[E|nurul.aisyah88@yahoo.com]]""")

pos("chat", "ms", """[22:01] [[N|Hafiz]]: abang [[N|Amir]], esok boleh ambil [[N|Siti]] kat stesen?
[22:03] [[N|Amir Hakim]]: boleh, pukul berapa?
[22:04] [[N|Hafiz]]: 9 pagi. no dia [[P|019-772 0418]]""")

pos("hr", "ms", """NOTA SUMBER MANUSIA - SULIT
Pekerja: [[N|Muhammad Faizal bin Abdullah]]   No. pekerja: 10442
No. KWSP: 18822071   No. MyKad: [[ID|910305-14-6647]]
Alamat terkini: [[A|Lot 1182, Kampung Sungai Ramal Dalam, 43000 Kajang]]
Dilaporkan oleh: [[N|Zuraidah Ismail]]""")

neg("prose", "ms", """Kuala Lumpur - Perdana Menteri Anwar Ibrahim merasmikan sambutan di Dataran Merdeka.
Tunku Abdul Rahman (1903-1990) dikenang sebagai Bapa Kemerdekaan. Jalan Raja Laut akan ditutup
dari 6 pagi hingga 12 tengah hari.""")

neg("doc", "ms", """Soalan Lazim - Aplikasi Bank
Nombor MyKad mempunyai 12 digit, contoh: XXXXXX-XX-XXXX.
Jangan kongsi TAC anda. Talian khidmat pelanggan: 1300 88 0000. Versi 5.2.0.1""")

neg("json", "ms", """{"pesanan": "MY2403114418",
  "status": "dihantar",
  "penjejakan": "POS4418220771MY",
  "bayaran": "kad **** 4417",
  "hubungi": "bantuan@kedai-example.my"}""")

# ---------------------------------------------------------------- Chinese
pos("hr", "zh", """员工入职登记表
姓名：[[N|陈雨桐]]
身份证号：[[ID|<<id1>>]]
出生日期：[[D|1987年4月12日]]
户籍地址：[[A|上海市徐汇区枫林路318弄7号502室]]
手机：[[P|138 1744 2207]]
电子邮箱：[[E|yutong.chen87@163.com]]
紧急联系人：[[N|陈建国]]（父亲） [[P|139 0177 4418]]""", id1=cn_id("31010419870412442"))

pos("chat", "zh", """[20:31] [[N|刘志强]]：明天谁去机场接[[N|晓雯]]？
[20:33] [[N|王海燕]]：我去吧，她航班几点？
[20:34] [[N|刘志强]]：下午三点半到，她电话 [[P|186 2044 7718]]
[20:35] [[N|王海燕]]：好的，接到后直接送她回[[A|深圳市南山区科技园南区高新南七道18号3栋1201]]""")

pos("medical", "zh", """門診病歷摘要
病人姓名：[[N|林怡君]]
身分證字號：[[ID|<<tw>>]]
出生日期：[[D|民國79年10月5日]]
住址：[[A|臺北市大安區復興南路一段219巷12號4樓]]
聯絡電話：[[P|0912-441-827]]
主治醫師：[[N|張文彥]] 醫師""", tw=tw_id("A", "22441827"))

pos("doc", "zh", """顺丰速运 电子面单
寄件人：[[N|赵明辉]]  135****2207
收件人：[[N|黄佳琪]]  [[P|15920447718]]
收件地址：[[A|广东省广州市天河区龙口西路88号2单元601]]
托寄物：文件   运单号：SF1441822077104""")

pos("json", "zh", """{"customer": {
  "name": "[[N|周子轩]]",
  "idCard": "[[ID|<<id2>>]]",
  "birthday": "[[D|1993-08-25]]",
  "mobile": "[[P|+86 177 2441 8820]]",
  "bankCard": "[[C|<<cc>>]]",
  "address": "[[A|广东省深圳市福田区莲花路1098号金色家园8栋2203]]"
}}""", id2=cn_id("44030519930825071"), cc=card("621483004418227"))

neg("html", "zh", """<div class="news-item">
  <h2>鲁迅纪念馆举办特展</h2>
  <p>新华社北京电 国家主席习近平在人民大会堂会见来访外宾。鲁迅（1881年9月25日－1936年10月19日）纪念馆本周举办特展。</p>
  <p>国庆期间长安街将实行交通管制，咨询热线12345。</p>
  <span class="source">来源：新闻示例网 2024-03-11</span>
</div>""")

neg("email", "zh", """发件人：某某商城 <noreply@mall-example.cn>
主题：您的订单 202403114418220 已发货

快递单号：YT4418220771083。支付方式：银行卡 尾号4417。
如有疑问请拨打客服热线 400-820-8820 或发送邮件至 service@mall-example.cn。""")

neg("doc", "zh", """填写说明
1. 身份证号为18位，示例：110101XXXXXXXX0000（仅作格式说明）。
2. 手机号请勿填写 138****0000 等已脱敏号码。
3. 系统版本 V3.2.1.8，更新日期 2024-03-01。""")

# ---------------------------------------------------------------- Japanese
pos("cv", "ja", """履 歴 書                                  2024年3月10日現在
ふりがな　たかはし　みさき
氏名　[[N|高橋 美咲]]
生年月日　[[D|1991年7月3日]]生（満32歳）
郵便番号　155-0032
現住所　[[A|東京都世田谷区代沢4-21-9 コーポ代沢203]]
電話　[[P|090-4418-2207]]
メール　[[E|misaki.takahashi@docomo.ne.jp]]""")

pos("chat", "ja", """[10:02] [[N|佐藤 健一]]: [[N|田中]]さん、今日の打ち合わせ何時からでしたっけ？
[10:04] [[N|田中 美穂]]: 14時からです！[[N|山本]]部長も参加予定です
[10:05] [[N|佐藤 健一]]: 了解です。[[N|みほ]]さん資料ありがとう""")

pos("email", "ja", """差出人: [[N|佐々木 健太]] <[[E|kenta.sasaki@kaisha-example.co.jp]]>
宛先: [[E|yui.morimoto@gmail.com]]
件名: 面接日程のご案内

[[N|森本 結衣]] 様
先日はご応募ありがとうございました。面接は3月18日(月) 10:00からです。
--
株式会社サンプル商事 人事部
[[N|佐々木 健太]]
直通: [[P|03-4418-2207]]""")

pos("gov", "ja", """個人番号カード交付申請書
氏名: [[N|中村 大輔]]
個人番号: [[ID|<<mn>>]]
生年月日: [[D|昭和60年11月20日]]
住所: [[A|大阪府大阪市北区梅田2丁目4番9号 梅田レジデンス1105]]
電話番号: [[P|06-6441-8220]]""", mn=my_number("44182207718"))

pos("doc", "ja", """宅急便 送り状
お届け先: [[A|北海道札幌市中央区南3条西7丁目1-5 すすきのハイツ402]]
お名前: [[N|渡辺 さくら]] 様
電話: [[P|011-441-7720]]
ご依頼主: 株式会社北の味 (函館市)    伝票番号: 4418-2207-7183""")

neg("travel", "ja", """【運行情報】東海道新幹線 上り 2024年3月11日 08:40現在
のぞみ 8号  新大阪 7:00発 → 東京 9:27着  約15分遅れ
ひかり 632号 名古屋 8:12発 → 東京 9:53着  平常運転
お問い合わせ: JR案内センター 050-3772-3910（6:00〜24:00）
※夏目漱石生誕記念展の開催に伴い、上野駅公園口が混雑しています。""")

neg("email", "ja", """差出人: サンプル通販 <noreply@tsuhan-example.jp>
件名: ご注文（注文番号 250-4418220-7710）発送のお知らせ

お荷物伝票番号: 4418-2207-7103
お支払い: クレジットカード（末尾4417）
お問い合わせ: フリーダイヤル 0120-441-822（平日9時〜18時）""")

neg("config", "ja", """# フォーム入力チェック設定 (v3.4.1.0)
my_number:
  pattern: "^[0-9]{4} [0-9]{4} [0-9]{4}$"
  sample: "0000 0000 0000"   # 説明用のダミー
birth_date:
  format: "YYYY年MM月DD日"
support_mail: support@app-example.jp""")

# ---------------------------------------------------------------- Korean
pos("hr", "ko", """입사지원서
성명: [[N|김서연]]
주민등록번호: [[ID|<<rrn>>]]
생년월일: [[D|1985년 11월 20일]]
주소: [[A|서울특별시 마포구 성미산로17길 24, 302호]]
휴대전화: [[P|010-4418-2207]]
이메일: [[E|seoyeon.kim85@naver.com]]""", rrn=kr_rrn("851120277185"))

pos("chat", "ko", """[오후 9:10] [[N|박지훈]]: [[N|민지]]씨 내일 회식 장소 어디예요?
[오후 9:12] [[N|이민지]]: 강남역 근처요! [[N|준호]] 선배가 예약했어요
[오후 9:13] [[N|박지훈]]: 감사합니다 ㅎㅎ [[N|준호]] 선배 번호 알려주실 수 있어요?
[오후 9:13] [[N|이민지]]: [[P|010-7720-4418]]""")

pos("email", "ko", """보낸 사람: [[N|정우성]] <[[E|woosung.jung@daum.net]]>
받는 사람: cs@shop-example.co.kr
제목: 교환 요청 (주문번호 20240311-0441822)

안녕하세요. 배송지를 [[A|부산광역시 해운대구 센텀중앙로 97, 1503동 802호]]로 변경 부탁드립니다.
연락처: [[P|010-2207-7183]]
[[N|정우성]] 드림""")

pos("medical", "ko", """진료의뢰서
환자명: [[N|최영호]]          주민등록번호: [[ID|<<rrn>>]]
주소: [[A|대구광역시 수성구 달구벌대로 2450, 101동 1204호]]
연락처: [[P|053-441-8227]]
의뢰 의사: [[N|한소희]] (내과)""", rrn=kr_rrn("900312144182"))

neg("csv", "ko", """행사명,장소,일시,문의
세종대왕 탄신 기념식,광화문광장,2024-05-15 10:00,02-120
한글 전시회,국립한글박물관,2024-05-15 ~ 2024-06-30,02-2124-6200
차량 통제,세종대로 일부 구간,2024-05-15 08:00-14:00,120 다산콜센터""")

neg("email", "ko", """보낸 사람: 예시쇼핑 <noreply@shop-example.co.kr>
제목: 주문하신 상품이 발송되었습니다

주문번호: 20240311-0441822-01 / 운송장번호: 4418-2207-7103
결제수단: 신용카드(****-****-****-4417)
고객센터: 1588-0000 (평일 09:00-18:00)""")

neg("code", "ko", """// 주민등록번호 마스킹 유틸 - 예시 값은 테스트용 더미
export function maskRrn(rrn) {
  // 입력 예: 900101-1234567 -> 900101-1******
  return rrn.replace(/^(\\d{6}-\\d)\\d{6}$/, "$1******");
}
// 문의: help@service-example.kr / 버전 2.8.0.3""")

# ---------------------------------------------------------------- Tagalog
pos("gov", "tl", """APPLICATION FORM - BARANGAY CLEARANCE
Pangalan: [[N|Maria Cristina dela Cruz-Villanueva]]
Petsa ng Kapanganakan: [[D|Hunyo 14, 1992]]
Tirahan: [[A|Blk 7 Lot 22, Phase 2, Mabuhay Homes, Brgy. San Isidro, Antipolo City 1870]]
PhilSys No.: [[ID|4418-2207-7183-0044]]
SSS No.: [[ID|34-4418220-7]]
Cellphone: [[P|0917 441 8227]]
Email: [[E|mc.delacruz.villanueva@gmail.com]]""")

pos("chat", "tl", """[20:40] [[N|Jasmine]]: Tita [[N|Baby]], pwede po bang makuha yung number ni Kuya [[N|Jun]]?
[20:42] [[N|Remedios Santos]]: [[P|0918 220 7714]] anak
[20:43] [[N|Jasmine]]: salamat po! sasabihan ko rin si Ate [[N|Joy]]""")

pos("email", "tl", """From: [[N|Rodel Bautista]] <[[E|rodel.bautista@yahoo.com.ph]]>
To: hr@kumpanya-example.ph
Subject: Update ng TIN at address

Magandang araw po,
Heto po ang aking TIN: [[ID|441-822-077-000]]. Bagong address: [[A|142 Kalye Mabini, Brgy. Poblacion, Makati City 1210]].
Salamat po,
[[N|Rodel]]""")

neg("prose", "tl", """Maynila - Pinangunahan ni Pangulong Ferdinand Marcos Jr. ang seremonya sa Malacañang.
Ginunita si Jose Rizal (19 Hunyo 1861 - 30 Disyembre 1896) sa Luneta. Sarado ang Roxas Boulevard
mula 6:00 ng umaga hanggang tanghali.""")

neg("receipt", "tl", """ONLINE SHOP PH - OFFICIAL RECEIPT No. 0044182
Order #PH2403114418   11/03/2024
1 x Rice cooker 1.8L        PHP 1,899.00
TOTAL                       PHP 1,899.00
Paid: card ****4417  Ref 441822
Hotline: (02) 8888-0000""")

neg("config", "tl", """# settings ng form (bersyon 1.9.2.0)
philsys:
  format: "XXXX-XXXX-XXXX-XXXX"
  halimbawa: "0000-0000-0000-0000"
hotline: "8888"
otp_secret: "${OTP_SECRET}"   # galing sa vault""")

# ---------------------------------------------------------------- Swedish
pos("gov", "sv", """ANMÄLAN OM FLYTTNING
Namn: [[N|Ebba Lundqvist-Ahlgren]]
Personnummer: [[ID|<<pn>>]]
Ny adress: [[A|Tegnérgatan 14 lgh 1102]]
Postnummer och ort: [[A|113 58 Stockholm]]
Telefon: [[P|070-441 82 27]]
E-post: [[E|ebba.lundqvist@gmail.com]]
Född: [[D|12 april 1985]]
Flyttdatum: 2024-04-01""", pn=personnummer("850412", "238"))

pos("chat", "sv", """[16:02] [[N|Oskar Nyberg]]: någon som vet om [[N|linnea]] kommer på fikat?
[16:04] [[N|Maja Eriksson]]: hon är hemma med [[N|Alvin]] som är sjuk
[16:05] [[N|Oskar Nyberg]]: okej, säg till [[N|Linneas]] sambo att vi saknar henne 😄""")

pos("email", "sv", """Från: [[N|Gunnar Håkansson]] <[[E|gunnar.hakansson@telia.com]]>
Till: kundtjanst@elbolaget-exempel.se
Ämne: Autogiro - nytt konto

Hej!
Jag vill byta konto för autogirot till [[I|<<ib>>]].
Mitt personnummer är [[ID|<<pn>>]].
Vänliga hälsningar
[[N|Gunnar Håkansson]]
[[A|Storgatan 41 B]]
[[A|903 26 Umeå]]""", ib=iban("SE", "30000000041822077183"), pn=personnummer("920730", "442"))

pos("hr", "sv", """Personalanteckning - SEKRETESS
Medarbetare: [[N|Amira Haddad]]   Anst.nr 4471
Född: [[D|3 februari 1979]]
Närmast anhörig: [[N|Karim Haddad]], make, tel [[P|+46 73 220 71 83]]
Sjukskrivning 50 % från 2024-03-04 enligt läkarintyg från dr [[N|Sofia Wennberg]].""")

neg("prose", "sv", """Stockholm - Kung Carl XVI Gustaf delade ut Nobelpriset i Konserthuset. Astrid Lindgren
(14 november 1907 - 28 januari 2002) uppmärksammades med en utställning på Junibacken.
På lördag går Stockholm Marathon längs Strandvägen och Norr Mälarstrand.""")

neg("email", "sv", """Från: PostNord-exempel <noreply@paket-exempel.se>
Ämne: Ditt paket 00370712345678901234 är på väg

Hej! Ditt paket levereras till närmaste ombud, ICA Kvantum Farsta. Uthämtningskod: 4418.
Kundtjänst: 0771-33 33 10. Svara inte på detta mejl.""")

neg("doc", "sv", """Testdata för Skatteverkets testmiljö
Använd endast testpersonnummer från den officiella listan, t.ex. 19XXXXXX-XXXX.
Organisationsnummer för Exempelbolaget AB: 556677-8899. Bankgiro: 5050-1055.
Version 2.4.0.1""")

# ---------------------------------------------------------------- Norwegian
pos("form", "nb", """SØKNAD OM BARNEHAGEPLASS
Forelder: [[N|Ingrid Solbakken Haugen]]
Fødselsnummer: [[ID|<<fnr>>]]
Adresse: [[A|Thereses gate 22 B, 0358 Oslo]]
Mobil: [[P|+47 917 44 182]]
E-post: [[E|ingrid.s.haugen@online.no]]
Barn: [[N|Sigurd Haugen]], født [[D|02.07.2021]]""", fnr=fnr("140388", "112"))

pos("chat", "nb", """[07:55] [[N|Eirik Brekke]]: er [[N|sondre]] på jobb i dag?
[07:57] [[N|Kari Nilsen]]: nei, han er hos tannlegen. ring heller [[N|Vilde]] på [[P|482 20 771]]
[07:58] [[N|Eirik Brekke]]: takk!""")

pos("letter", "nb", """[[N|Ola Martin Kvamme]]
[[A|Postboks 1182]]
[[A|5809 Bergen]]

Vedtak om bostøtte
Fødselsnummer: [[ID|<<fnr>>]]
Bostøtten utbetales til konto [[I|<<ib>>]] den 20. hver måned.""", fnr=fnr("020795", "433"), ib=iban("NO", "15036044182"))

neg("report", "nb", """HOLMENKOLLEN - 50 KM FRI TEKNIKK, HERRER (offisielle resultater)
1  Simen Hegstad Krüger   NOR  2:08:44.2
2  Martin Løwstrøm Nyenget NOR  +3.1
3  Harald Østberg Amundsen NOR  +5.8
Arrangør: Skiforeningen, Oslo. Resultatservice: resultater@ski-eksempel.no""")

neg("doc", "nb", """Slik finner du KID-nummeret
KID står nederst på fakturaen, for eksempel 0044182207713. Kontonummer til Eksempel AS: 1503.60.44182.
Organisasjonsnummer: 998 877 665. Kundeservice: 800 12 345.""")

neg("log", "nb", """2024-03-11T08:00:00Z INFO  backup startet (versjon 6.2.1.4)
2024-03-11T08:04:12Z INFO  opplastet 14,2 GB til s3://backup-eksempel/2024-03-11/
2024-03-11T08:04:12Z INFO  sjekksum sha256 7d865e959b2466918c9863afca942d0fb89d7c9ac0c99bafc3749504ded97730
2024-03-11T08:04:13Z INFO  ferdig, lytter på 127.0.0.1:9100""")

# ---------------------------------------------------------------- Danish
pos("gov", "da", """FLYTTEANMELDELSE
Navn: [[N|Mette Kjærgaard Sørensen]]
CPR-nr.: [[ID|<<cpr>>]]
Ny adresse: [[A|Nørrebrogade 188, 3. tv., 2200 København N]]
Telefon: [[P|+45 28 44 18 22]]
E-mail: [[E|mette.kjaergaard@outlook.dk]]
Fødselsdato: [[D|23.06.1979]]
Medflyttende barn: [[N|Asger Kjærgaard]], CPR [[ID|<<cpr2>>]]""", cpr=cpr("230679", "441"), cpr2=cpr("110902", "412"))

pos("email", "da", """Fra: [[N|Frederik Østergaard]] <[[E|frederik.ostergaard@mail.dk]]>
Til: udlejning@boligselskab-eksempel.dk
Emne: Depositum

Hej,
Jeg er fraflyttet [[A|Vestergade 12, 1. sal, 8000 Aarhus C]]. Depositummet bedes overført til
[[I|<<ib>>]].
Venlig hilsen
[[N|Frederik]]""", ib=iban("DK", "20001244182207"))

pos("chat", "da", """[11:20] [[N|Laura Holm]]: har nogen [[N|bjørns]] nye nummer?
[11:22] [[N|Mads Pedersen]]: [[P|42 20 77 18]]
[11:22] [[N|Laura Holm]]: tak [[N|mads]]!""")

neg("receipt", "da", """KAFFEBAREN NYHAVN ApS - CVR 12345678
Kvittering nr. 004418       11-03-2024 09:14
1 x Cortado               42,00
1 x Kanelsnegl            35,00
I ALT DKK                 77,00
Dankort **** **** **** 4417   Godkendt 441822
Tak for besøget - åbent alle dage 7-18""")

neg("email", "da", """Fra: Webshop-eksempel <noreply@webshop-eksempel.dk>
Emne: Ordrebekræftelse 100441822

Tak for din ordre. Pakken sendes med GLS, track & trace 4418220771.
Betalt med Dankort **** 4417. Kundeservice: 70 20 30 40. CVR-nr. 12345678.""")

# ---------------------------------------------------------------- Finnish
pos("form", "fi", """VUOKRAHAKEMUS
Nimi: [[N|Aino-Maria Virtanen]]
Henkilötunnus: [[ID|<<hetu>>]]
Nykyinen osoite: [[A|Hämeenkatu 14 B 27, 33100 Tampere]]
Puhelin: [[P|040 441 8227]]
Syntymäaika: [[D|14.6.1989]]
Sähköposti: [[E|aino.virtanen@kolumbus.fi]]""", hetu=hetu("140689", "-", "441"))

pos("chat", "fi", """[13:05] [[N|Joonas Lehtinen]]: onks [[N|Villellä]] vielä mun pora?
[13:07] [[N|Emmi Kallio]]: on, se on [[N|Villen]] autotallissa
[13:08] [[N|Joonas Lehtinen]]: ok, soitan [[N|Villelle]] illalla""")

pos("medical", "fi", """LÄHETE - Fysioterapia
Potilas: [[N|Kalle Juhani Heikkilä]]
Hetu: [[ID|<<hetu>>]]
Osoite: [[A|Koulukatu 9 as. 3, 90100 Oulu]]
Puh. [[P|+358 50 220 7718]]
Lähettävä lääkäri: [[N|Riikka Nieminen]], LL""", hetu=hetu("030201", "A", "127"))

pos("invoice", "fi", """LASKU 2024-118                     Päiväys: 11.3.2024
Siivouspalvelu Kirkas Oy, Kuopio (Y-tunnus 3144182-2)
Asiakas: [[N|Pertti Mäkelä]]
[[A|Puijonkatu 22 A 5]]
[[A|70100 Kuopio]]
Siivous 6 h ..................... 270,00 €
Maksu tilille [[I|<<ib>>]], viite 1232""", ib=iban("FI", "57405520044182"))

neg("prose", "fi", """Helsinki - Tasavallan presidentti Alexander Stubb vieraili Eduskuntatalossa. Jean Sibelius
(8. joulukuuta 1865 - 20. syyskuuta 1957) muistokonsertti pidetään Musiikkitalossa.
Vappuna Esplanadi on suljettu liikenteeltä klo 12 alkaen.""")

neg("email", "fi", """Lähettäjä: Verkkokauppa-esimerkki <noreply@verkkokauppa-esim.fi>
Aihe: Tilauksesi 4418220 on lähetetty

Seurantakoodi: JJFI44182207710000. Maksettu kortilla **** 4417.
Asiakaspalvelu 010 555 0000 (pvm/mpm). Y-tunnus 1234567-8.""")

neg("doc", "fi", """Testiympäristön ohje
Käytä vain testihenkilötunnuksia, esim. 010101-123N (ei todellinen henkilö).
Testitili FI00 0000 0000 0000 00. Versio 3.3.0.2""")

# ---------------------------------------------------------------- Estonian
pos("gov", "et", """AVALDUS ELUKOHA REGISTREERIMISEKS
Nimi: [[N|Kadri Tamm-Saar]]
Isikukood: [[ID|<<ik>>]]
Sünniaeg: [[D|14.09.1988]]
Aadress: [[A|Tartu mnt 41-17, 10115 Tallinn]]
Telefon: [[P|+372 5441 8227]]
E-post: [[E|kadri.tammsaar@gmail.com]]""", ik=isikukood("4880914022"))

pos("email", "et", """Saatja: [[N|Rasmus Kask]] <[[E|rasmus.kask@mail.ee]]>
Adressaat: info@korteriuhistu-naide.ee
Teema: Kommunaalarve tagastus

Tere!
Palun kandke enammakse tagasi kontole [[I|<<ib>>]].
Isikukood [[ID|<<ik>>]].
Lugupidamisega,
[[N|Rasmus Kask]]""", ib=iban("EE", "772200221044182207"), ik=isikukood("3910415441"))

neg("travel", "et", """PRAAMIGRAAFIK Virtsu - Kuivastu, kehtib 01.03.2024
Väljub Virtsust: 06:05 07:20 08:35 09:50 11:05
Väljub Kuivastust: 06:45 08:00 09:15 10:30 11:45
Piletiinfo: info@praamid-naide.ee, tel 618 1310 (infotelefon)
Sõiduki registreerimisnumbrit eraisiku kohta ei avaldata.""")

neg("doc", "et", """Juhend: e-arve seadistamine
Viitenumber leiate arvelt, näiteks 4418220771. Registrikood: 10000000 (Näide OÜ).
Kliendiabi: 1234. Rakenduse versioon 7.0.4.1""")

neg("email", "et", """Saatja: Pakiautomaat-näide <noreply@pakk-naide.ee>
Teema: Teie pakk CC441822077EE on kohal

Pakk ootab automaadis Ülemiste keskus. Avamiskood: 441822. Kood kehtib 7 päeva.
Klienditugi: 6 000 000""")

# ---------------------------------------------------------------- Latvian
pos("gov", "lv", """IESNIEGUMS DZĪVESVIETAS DEKLARĒŠANAI
Vārds, uzvārds: [[N|Ilze Bērziņa-Kalniņa]]
Personas kods: [[ID|<<pk>>]]
Dzimšanas datums: [[D|18.05.1992.]]
Adrese: [[A|Brīvības iela 118-24, Rīga, LV-1001]]
Tālrunis: [[P|+371 26 441 822]]
E-pasts: [[E|ilze.berzina.k@inbox.lv]]""", pk=lv_pk("180592", "1270"))

pos("chat", "lv", """[09:40] [[N|Jānis Ozols]]: vai [[N|Līga]] šodien strādā no mājām?
[09:42] [[N|Anna Liepa]]: jā, viņa teica, ka [[N|Līgai]] slims bērns
[09:43] [[N|Jānis Ozols]]: labi, piezvanīšu [[N|Mārtiņam]]""")

pos("letter", "lv", """Godātais [[N|Andris Krūmiņš]]!
Informējam, ka atmaksa 84,20 EUR tiks pārskaitīta uz kontu [[I|<<ib>>]].
Personas kods: [[ID|<<pk>>]]
Adrese sarakstei: [[A|Raiņa iela 7 dz. 3, Jelgava, LV-3001]]""", ib=iban("LV", "HABA0551044182207183"), pk=lv_pk("071163", "1182"))

neg("json", "lv", """{"holidays": [
  {"date": "2024-05-04", "name": "Latvijas Republikas Neatkarības atjaunošanas diena"},
  {"date": "2024-11-18", "name": "Latvijas Republikas proklamēšanas diena"}
 ],
 "note": "Krišjānis Barons (1835-1923) piemiņas pasākums notiks Brīvības bulvārī.",
 "version": "1.4.2.0"}""")

neg("receipt", "lv", """INTERNETA VEIKALS PIEMĒRS SIA - PVN LV40000000000
Čeks Nr. LV-4418220      11.03.2024
Tējkanna 1,7 l               24,99 EUR
KOPĀ                         24,99 EUR
Karte **** 4417, autorizācija 441822""")

neg("doc", "lv", """Lietotāja rokasgrāmata
Personas kodu ievadiet formātā XXXXXX-XXXXX. Piemērs testam: 000000-00000.
Versija 1.8.3.0, atjaunināta 2024. gada 1. martā.""")

# ---------------------------------------------------------------- Lithuanian
pos("form", "lt", """PRAŠYMAS IŠDUOTI LEIDIMĄ
Vardas, pavardė: [[N|Rūta Petrauskienė]]
Asmens kodas: [[ID|<<ak>>]]
Gimimo data: [[D|1990-03-12]]
Gyvenamoji vieta nuo: 2019-05-01
Adresas: [[A|Gedimino pr. 41-8, LT-01109 Vilnius]]
Tel.: [[P|+370 612 44182]]
El. paštas: [[E|ruta.petrauskiene@gmail.com]]""", ak=lt_ak("4900312044"))

pos("email", "lt", """Nuo: [[N|Mindaugas Jankauskas]] <[[E|mindaugas.jankauskas@gmail.com]]>
Kam: buhalterija@imone-pavyzdys.lt
Tema: Atlyginimo sąskaita

Sveiki,
prašau atlyginimą pervesti į sąskaitą [[I|<<ib>>]].
Asmens kodas [[ID|<<ak>>]].
Pagarbiai,
[[N|Mindaugas]]""", ib=iban("LT", "7300010144182207"), ak=lt_ak("3780225071"))

pos("chat", "lt", """[18:10] [[N|Eglė Kazlauskaitė]]: ar kas nors matė [[N|Tomą]]?
[18:12] [[N|Paulius Butkus]]: [[N|Tomas]] išvažiavo pas [[N|Gintarę]] į Kauną
[18:13] [[N|Eglė Kazlauskaitė]]: aišku, parašysiu [[N|Tomui]]""")

neg("html", "lt", """<section class="muziejus">
  <h2>Jono Basanavičiaus paroda</h2>
  <p>Jonas Basanavičius (1851-1927) - Vasario 16-osios akto signataras. Paroda veikia Pilies gatvėje.</p>
  <p>Prezidentas Gitanas Nausėda paroda atidarys kovo 11 d.</p>
  <p>Bilietai: kasa@muziejus-pavyzdys.lt, +370 5 200 0000 (informacija)</p>
</section>""")

neg("sql", "lt", """-- Klientų lentelė (asmens duomenys saugomi šifruoti)
CREATE TABLE klientai (
  id           SERIAL PRIMARY KEY,
  asmens_kodas CHAR(11),      -- pvz. XXXXXXXXXXX
  imones_kodas CHAR(9) DEFAULT '300000000',
  sukurta      TIMESTAMP DEFAULT now()
);""")

# ---------------------------------------------------------------- Icelandic
pos("form", "is", """UMSÓKN UM LEIGUÍBÚÐ
Nafn: [[N|Guðrún Sigurðardóttir]]
Kennitala: [[ID|<<kt>>]]
Heimilisfang: [[A|Laugavegur 118, íbúð 302, 105 Reykjavík]]
Sími: [[P|+354 844 1822]]
Fæðingardagur: [[D|12. apríl 1989]]
Netfang: [[E|gudrun.sig@simnet.is]]""", kt=kennitala("120489", "44"))

pos("email", "is", """Frá: [[N|Einar Þór Magnússon]] <[[E|einar.thor@internet.is]]>
Til: bokhald@fyrirtaeki-daemi.is
Efni: Launareikningur

Sæl,
vinsamlegast leggið launin inn á [[I|<<ib>>]].
Kennitala: [[ID|<<kt>>]]
Kveðja,
[[N|Einar]]""", ib=iban("IS", "0133260044181204894459"), kt=kennitala("300795", "21"))

neg("receipt", "is", """KAFFIHÚSIÐ LAUGAVEGI ehf. - kt. 500000-0000
Kvittun 2024-004418      11.03.2024 10:02
Kaffi latte              890 kr.
Kleina                   450 kr.
SAMTALS                1.340 kr.
Kort **** 4417 - Heimild 441822""")

neg("config", "is", """# stillingar fyrir skráningarform (útgáfa 4.1.2.0)
kennitala:
  snid: "000000-0000"      # dæmi
  fyrirtaeki: "500000-0000"
thjonustuver: "440 0000"
netfang: thjonusta@daemi.is""")

neg("log", "is", """2024-03-11 08:00:01 INFO pöntun IS-4418220 móttekin (vefverslun 4.1.2.0)
2024-03-11 08:00:02 INFO greiðsla með korti **** 4417 samþykkt
2024-03-11 08:03:40 INFO sending IS4418220771 afhent Póstinum
2024-03-11 08:03:41 INFO tenging við 127.0.0.1:6379 lokað""")

# ---------------------------------------------------------------- Slovene
pos("form", "sl", """VLOGA ZA IZDAJO PARKIRNE DOVOLILNICE
Ime in priimek: [[N|Maja Kovačič Novak]]
EMŠO: [[ID|<<emso>>]]
Datum rojstva: [[D|15. 3. 1982]]
Naslov: [[A|Trubarjeva cesta 41, 1000 Ljubljana]]
Telefon: [[P|041 441 822]]
E-pošta: [[E|maja.kovacic@siol.net]]""", emso=emso("150398250504"))

pos("email", "sl", """Od: [[N|Matej Horvat]] <[[E|matej.horvat@gmail.com]]>
Za: racunovodstvo@podjetje-primer.si
Zadeva: TRR za izplačilo

Pozdravljeni,
prosim, da povračilo stroškov nakažete na [[I|<<ib>>]].
Lep pozdrav,
[[N|Matej Horvat]], [[P|+386 31 220 771]]""", ib=iban("SI", "191000000441822"))

pos("chat", "sl", """[17:30] [[N|Nina Zupan]]: a je [[N|Luka]] že prišel iz Maribora?
[17:32] [[N|Tadej Kranjc]]: ne še, [[N|Luki]] se je pokvaril avto
[17:33] [[N|Nina Zupan]]: joj. pokliči ga, [[P|031 772 044]]""")

neg("prose", "sl", """Ljubljana - Predsednica republike Nataša Pirc Musar je v Predsedniški palači sprejela olimpijce.
France Prešeren (3. december 1800 - 8. februar 1849) je bil počaščen na Prešernovem trgu.
Slovenska cesta bo v soboto zaprta za promet.""")

neg("code", "sl", """// preverjanje EMŠO - testni primeri brez resničnih oseb
@Test
void emsoNeveljaven() {
    assertFalse(Emso.veljaven("0000000000000"));   // primer iz navodil
    assertFalse(Emso.veljaven("SI12345678"));      // to je ID za DDV podjetja
}""")

neg("receipt", "sl", """SPLETNA TRGOVINA PRIMER d.o.o. - ID za DDV SI12345678
Račun št. 2024-4418220        11. 3. 2024
Slušalke BT-200                 49,90 EUR
DDV 22 %                         9,00 EUR
Plačano s kartico **** 4417, avtorizacija 441822
Pomoč: info@trgovina-primer.si""")

# ---------------------------------------------------------------- Croatian
pos("gov", "hr", """PRIJAVA PREBIVALIŠTA
Ime i prezime: [[N|Ivana Babić-Jurić]]
OIB: [[ID|<<oib>>]]
Datum rođenja: [[D|28. 7. 1984.]]
Adresa: [[A|Ulica Ivana Gorana Kovačića 12, 10000 Zagreb]]
Mobitel: [[P|091 441 8227]]
E-pošta: [[E|ivana.babic.juric@gmail.com]]""", oib=oib("7102845530"))

pos("email", "hr", """Od: [[N|Dario Marković]] <[[E|dario.markovic@net.hr]]>
Za: najam@apartmani-primjer.hr
Predmet: Povrat pologa

Poštovani,
molim povrat pologa na [[I|<<ib>>]].
OIB: [[ID|<<oib>>]]
Lijep pozdrav,
[[N|Dario]]""", ib=iban("HR", "2484008114418220771"), oib=oib("4418220771"))

pos("chat", "hr", """[20:05] [[N|Marko Perić]]: jel zna netko di je [[N|ana]]?
[20:07] [[N|Petra Knežević]]: kod [[N|Ane]] je slavlje, [[A|Vukovarska 58, Split]]
[20:08] [[N|Marko Perić]]: aa ok, dolazim za pola sata""")

neg("prose", "hr", """Zagreb - Predsjednik Zoran Milanović primio je rukometaše na Pantovčaku. Nikola Tesla
(10. srpnja 1856. - 7. siječnja 1943.) spominje se u izložbi Tehničkog muzeja.
Ilica će u nedjelju biti zatvorena zbog utrke.""")

neg("sql", "hr", """-- tablica klijenata, verzija sheme 3.0.2.1
CREATE TABLE klijenti (
  oib        CHAR(11) NOT NULL,   -- npr. 00000000000 (primjer)
  iban       VARCHAR(21),         -- HR00 0000 0000 0000 0000 0
  kreirano   DATE DEFAULT CURRENT_DATE
);
INSERT INTO postavke VALUES ('info_telefon', '0800 0000');""")

neg("log", "hr", """[2024-03-11 07:00:01] INFO pokrenut noćni izvoz (v4.4.0.12)
[2024-03-11 07:00:03] INFO spojeno na localhost:5432/racuni
[2024-03-11 07:02:45] INFO izvezeno 4418 računa, 0 grešaka
[2024-03-11 07:02:45] INFO MD5 kontrolni zbroj d41d8cd98f00b204e9800998ecf8427e""")

# ---------------------------------------------------------------- Serbian
pos("gov", "sr", """ЗАХТЕВ ЗА ИЗДАВАЊЕ ЛИЧНЕ КАРТЕ
Име и презиме: [[N|Јелена Петровић-Илић]]
ЈМБГ: [[ID|<<jmbg>>]]
Датум рођења: [[D|17. 08. 1985.]]
Адреса: [[A|Булевар ослобођења 118/4, 21000 Нови Сад]]
Телефон: [[P|064 441 8227]]
Е-пошта: [[E|jelena.petrovic.ilic@gmail.com]]""", jmbg=jmbg("170885771503"))

pos("email", "sr", """Od: [[N|Nemanja Đorđević]] <[[E|nemanja.djordjevic@gmail.com]]>
Za: prodaja@salon-primer.rs
Predmet: Podaci za ugovor

Pozdrav,
šaljem podatke: JMBG [[ID|<<jmbg>>]], adresa [[A|Kneza Miloša 44, stan 9, 11000 Beograd]].
Račun: [[I|<<ib>>]]
Hvala,
[[N|Nemanja]], [[P|+381 63 220 7718]]""", jmbg=jmbg("030199171004"), ib=iban("RS", "160005400104418227"))

pos("chat", "sr", """[19:15] [[N|Милош]]: јел зна неко где је [[N|Драгана]]?
[19:17] [[N|Ивана Стојановић]]: [[N|Драгана]] је код [[N|Петра]], у Земуну
[19:18] [[N|Милош]]: океј, зваћу [[N|Драгану]]""")

neg("xml", "sr", """<?xml version="1.0" encoding="UTF-8"?>
<vest id="44182">
  <naslov>Председник примио кошаркаше</naslov>
  <tekst>Председник Александар Вучић примио је кошаркаше у Палати Србија. Вук Стефановић Караџић (1787-1864) обележен је у Кнез Михаиловој улици.</tekst>
  <datum>2024-03-11</datum>
  <kontakt>redakcija@vesti-primer.rs</kontakt>
</vest>""")

neg("config", "sr", """# podešavanja obrasca - verzija 5.1.0.2
jmbg_sablon: "0000000000000"   # primer, nije stvarna osoba
pib_firme: "100000000"
kontakt_centar: "0800 100 100"
api_kljuc: "${JMBG_SERVIS_KLJUC}" """)

neg("log", "sr", """2024-03-11 10:14:02 INFO  porudžbina RS-4418220 kreirana (web-shop v5.1.0.2)
2024-03-11 10:14:03 INFO  plaćanje karticom **** 4417 odobreno, ref 441822
2024-03-11 10:14:05 INFO  pošiljka RS441822077 predata kuriru
2024-03-11 10:14:05 DEBUG notifikacija poslata na <maskirano>""")

# ---------------------------------------------------------------- Catalan
pos("gov", "ca", """SOL·LICITUD D'INSCRIPCIÓ AL PADRÓ
Nom i cognoms: [[N|Jordi Puigdemunt i Ferrer]]
DNI: [[ID|<<dni>>]]
Data de naixement: [[D|3 de maig de 1979]]
Adreça: [[A|C/ de Verdi 112, 2n 1a, 08012 Barcelona]]
Telèfon: [[P|633 41 82 27]]
Correu: [[E|jordi.puigdemunt@gmail.com]]""", dni=dni("39441827"))

pos("email", "ca", """De: [[N|Núria Vilaseca]] <[[E|nuria.vilaseca@gmail.com]]>
A: secretaria@escola-exemple.cat
Assumpte: Domiciliació de la quota

Bon dia,
us envio el compte per a la quota del menjador: [[I|<<ib>>]].
La meva filla és la [[N|Laia Roca Vilaseca]], de 3r B. NIE del pare: [[ID|<<nie>>]].
Salutacions,
[[N|Núria]]""", ib=iban("ES", "20381026804418220771"), nie=nie("X", "4418220"))

pos("chat", "ca", """[21:00] [[N|Pau]]: algú sap si la [[N|Mireia]] ve dissabte?
[21:02] [[N|Arnau Soler]]: sí, ve amb en [[N|Biel]]
[21:03] [[N|Pau]]: genial! [[N|arnau]] portes tu les cerveses?""")

neg("prose", "ca", """Barcelona - El president de la Generalitat va presidir l'acte al Palau de la Generalitat.
Antoni Gaudí (25 de juny de 1852 - 10 de juny de 1926) protagonitza una exposició a la Pedrera.
La Diada sortirà del passeig de Gràcia cap a la plaça de Catalunya.""")

neg("code", "ca", """// validació del DNI - exemples de la documentació
const EXEMPLES = ["00000000T", "12345678Z"];   // números fictícis
const NIF_EMPRESA = "B00000000";
export const TELEFON_ATENCIO = "012";
export const VERSIO = "2.6.1.0";""")

neg("json", "ca", """{"comanda": "CA-4418220",
 "estat": "enviada",
 "seguiment": "CA441822077",
 "pagament": {"targeta": "**** 4417", "import": 39.90},
 "atencio": "hola@botiga-exemple.cat"}""")

# ---------------------------------------------------------------- Swahili
pos("form", "sw", """FOMU YA KUJIUNGA NA SACCO
Jina kamili: [[N|Amina Wanjiru Kamau]]
Nambari ya kitambulisho: [[ID|28441822]]
Tarehe ya kuzaliwa: [[D|12/03/1991]]
Anwani: [[A|S.L.P. 4418-00100, Nairobi]]
Simu: [[P|0722 441 827]]
Barua pepe: [[E|amina.kamau91@gmail.com]]""")

pos("chat", "sw", """[19:00] [[N|Baraka]]: dada [[N|Neema]] yuko wapi leo?
[19:02] [[N|Juma Otieno]]: yuko kwa [[N|Wanjiku]], Kilimani
[19:03] [[N|Baraka]]: sawa, nipe namba yake
[19:03] [[N|Juma Otieno]]: [[P|+254 733 220 771]]""")

pos("letter", "sw", """Kwa: Bw. [[N|Hamisi Mwinyi Salim]]
[[A|S.L.P. 1182]]
[[A|Dar es Salaam]]

YAH: MALIPO YA KODI YA PANGO
Ndugu [[N|Hamisi]], tunakukumbusha kulipa kodi ya mwezi Machi kabla ya tarehe 15.
Nambari ya NIDA: [[ID|19880714-44182-00001-27]]""")

neg("travel", "sw", """RATIBA YA TRENI YA SGR - Nairobi hadi Mombasa
Treni ya Express: inaondoka 08:00, inafika 13:00
Treni ya Inter-County: inaondoka 15:15, inafika 21:30
Huduma kwa wateja: 0709 907 000. Tiketi: tiketi@reli-mfano.co.ke
Barabara ya Moi Avenue itafungwa Jumapili asubuhi kwa maandamano.""")

neg("doc", "sw", """Maelekezo ya kujaza fomu
Nambari ya kitambulisho ina tarakimu 8, mfano 00000000. Usimpe mtu yeyote PIN yako ya M-PESA.
Huduma kwa wateja: 100 (bila malipo). Toleo 3.2.0.1""")

neg("chat", "sw", """[09:01] DukaBot: Karibu! Oda yako KE-4418220 imetumwa.
[09:01] DukaBot: Nambari ya ufuatiliaji: KE441822077. Umelipa kwa kadi **** 4417.
[09:02] DukaBot: Kwa msaada andika "msaada" au tuma barua pepe kwa msaada@duka-mfano.co.ke""")

# ---------------------------------------------------------------- Afrikaans
pos("form", "af", """AANSOEK OM HUURWONING
Naam: [[N|Annelie van der Merwe]]
ID-nommer: [[ID|<<za>>]]
Geboortedatum: [[D|14 Julie 1988]]
Adres: [[A|Eenheid 4, Protea Hof, Kerkstraat 22, Stellenbosch 7600]]
Selfoon: [[P|082 441 8227]]
E-pos: [[E|annelie.vdmerwe@gmail.com]]""", za=za_id("880714522108"))

pos("email", "af", """Van: [[N|Pieter du Toit]] <[[E|pieter.dutoit@mweb.co.za]]>
Aan: rekeninge@munisipaliteit-voorbeeld.gov.za
Onderwerp: Waterrekening

Goeie dag,
my ID-nommer is [[ID|<<za>>]] en my posadres is [[A|Posbus 1182, Bloemfontein 9300]].
Groete,
[[N|Pieter]], [[P|+27 83 220 7718]]""", za=za_id("750921008208"))

pos("chat", "af", """[18:20] [[N|Riaan]]: het iemand ouma [[N|Sannie]] se nuwe nommer?
[18:22] [[N|Elmarie Botha]]: [[P|072 771 8204]]
[18:23] [[N|Riaan]]: dankie [[N|Elmarie]]!""")

neg("report", "af", """CURRIE-BEKER - UITSLAE, RONDTE 6
Blou Bulle 34 - 20 Westelike Provinsie     (Loftus Versfeld, Pretoria)
Cheetahs   27 - 27 Pumas                   (Toyota-stadion, Bloemfontein)
Man van die wedstryd: Siya Kolisi (gebore 16 Junie 1991) - kaptein van die Springbokke.
Media-navrae: media@rugby-voorbeeld.co.za""")

neg("code", "af", """# Suid-Afrikaanse ID-validasie - toetsgevalle (geen werklike persone)
def test_id_formaat():
    assert not geldige_id("YYMMDD0000000")
    assert not geldige_id("2010/000000/07")   # maatskappy-registrasie, nie 'n ID nie
    assert NOODNOMMER == "10111"
""")

neg("html", "af", """<div class="bestelling">
  <h2>Dankie vir jou bestelling ZA-4418220</h2>
  <p>Naspoornommer: ZA441822077 - betaal met kaart **** 4417</p>
  <p>Hulp: <a href="mailto:hulp@winkel-voorbeeld.co.za">hulp@winkel-voorbeeld.co.za</a></p>
</div>""")

# ================================================================ additional mixed cases (technical-heavy)
pos("log", "de", """# mail.log Auszug für Ticket SEC-4471 (Relay-Versuche) - bitte nicht weiterleiten
Mar 12 08:14:02 mx1 postfix/smtpd[4412]: connect from p5b8e0ecf.dip0.t-ipconnect.de[[[IP|91.142.14.207]]]
Mar 12 08:14:03 mx1 postfix/smtpd[4412]: NOQUEUE: reject: RCPT from p5b8e0ecf.dip0.t-ipconnect.de[[[IP|91.142.14.207]]]: 554 5.7.1 Relay access denied; from=<[[E|k.brandstaetter@web.de]]> to=<einkauf@holzbau-mayr.de>
Mar 12 08:20:47 mx1 postfix/smtpd[4498]: connect from unknown[[[IP|10.4.0.23]]]
Mar 12 08:20:48 mx1 postfix/qmgr[1187]: 3F1A2C04B1: from=<[[E|ruediger.pohlmann@t-online.de]]>, size=18442, nrcpt=1 (queue active)""")

pos("config", "fr", """# docker-compose.yml - environnement de recette (NE PAS POUSSER SUR GITHUB)
services:
  api:
    image: registry.club-voile.example/adherents-api:1.8.2
    environment:
      DATABASE_URL: "[[U|postgres://recette:Mtp8!vQz2La@10.3.0.12:5432/adherents]]"
      MAILJET_API_KEY: "[[K|4f1c9e2ab77d4c0e8a91f3b6d2e5a7c1]]"
      MAILJET_SECRET_KEY: "[[K|b92e7d41c0f84a6e9d3b18c7f5a20e64]]"
      ADMIN_CONTACT: "[[E|gaetan.lebris@orange.fr]]"   # notre admin bénévole, [[N|Gaëtan]]""")

pos("log", "es", """# access.log - tienda-online (extracto para el ticket SEC-118, datos sin anonimizar)
[[IP|83.44.201.17]] - - [11/Mar/2024:10:02:11 +0100] "GET /api/v1/pedidos?api_key=[[K|9c4e1f7a2b8d4e6f0a3c5b7d9e1f2a4c]]&page=2 HTTP/1.1" 200 812
[[IP|83.44.201.17]] - - [11/Mar/2024:10:02:14 +0100] "POST /login HTTP/1.1" 302 0
[[IP|192.168.10.58]] - - [11/Mar/2024:10:05:40 +0100] "GET /admin/ HTTP/1.1" 403 199
[[IP|88.27.140.3]] - - [11/Mar/2024:10:06:02 +0100] "GET /wp-login.php HTTP/1.1" 404 153""")

pos("json", "it", """{"ordine": "IT-2024-77120",
 "cliente": {"nome": "[[N|Federica]]", "cognome": "[[N|Lombardo]]", "email": "[[E|fede.lombardo@tiscali.it]]", "telefono": "[[P|+39 333 418 2207]]"},
 "spedizione": {"indirizzo": "[[A|Via Roma 118, scala C]]", "cap": "90133", "citta": "Palermo"},
 "fatturazione": {"indirizzo": "[[A|Corso Vittorio Emanuele 402]]", "cap": "90134", "citta": "Palermo"},
 "pagamento": {"carta": "[[C|<<cc>>]]", "scadenza": "08/27", "titolare": "[[N|FEDERICA LOMBARDO]]"}}""",
    cc=card("491674200441822", sep=""))

pos("csv", "pt", """data;beneficiario;iban;email;valor
2024-03-01;[[N|Tiago Vasconcelos]];[[I|<<i1>>]];[[E|tiago.vasconcelos@sapo.pt]];450,00
2024-03-01;[[N|Mariana Leitão]];[[I|<<i2>>]];[[E|mari.leitao@gmail.com]];1.120,00
2024-03-04;[[N|Hugo Pires Antunes]];[[I|<<i3>>]];[[E|hugo.antunes@netcabo.pt]];75,50""",
    i1=iban("PT", "003300004418220771805"), i2=iban("PT", "001000004418227703614", grouped=False),
    i3=iban("PT", "003501270004418220730"))

pos("config", "nl", """# inventory/productie.ini - beheer door [[N|Thijs]] (zie wiki), wachtwoorden nog naar de vault verhuizen!
[webservers]
web01 ansible_host=[[IP|10.1.4.21]] ansible_user=beheer ansible_password=[[K|Vl1nder!Kaas77]]
web02 ansible_host=[[IP|10.1.4.22]] ansible_user=beheer ansible_password=[[K|Vl1nder!Kaas77]]
[db]
db01 ansible_host=[[IP|10.1.5.10]] ansible_become_pass=[[K|Tulp3nB0l#2024]]""")

pos("html", "pl", """<section id="kontakt">
  <h2>Korepetycje z matematyki - mgr [[N|Anna Wróbel]]</h2>
  <p>Zajęcia u mnie w domu: [[A|ul. Słowackiego 27/4, 31-159 Kraków]]</p>
  <p>Tel.: <a href="tel:[[P|+48601774182]]">[[P|601 774 182]]</a></p>
  <p>E-mail: <a href="mailto:[[E|anna.wrobel.korki@wp.pl]]">[[E|anna.wrobel.korki@wp.pl]]</a></p>
</section>""")

pos("sql", "cs", """-- záloha tabulky zakaznici (eshop), 2024-03-10
INSERT INTO zakaznici (jmeno, email, telefon, ulice, psc, mesto) VALUES
('[[N|Radka Šimková]]', '[[E|radka.simkova@centrum.cz]]', '[[P|+420 604 118 227]]', '[[A|Křižíkova 448/12]]', '186 00', 'Praha 8'),
('[[N|Vojtěch Malý]]', '[[E|vojta.maly@seznam.cz]]', '[[P|737 220 481]]', '[[A|Palackého 1182]]', '708 00', 'Ostrava-Poruba'),
('[[N|Hana Doležalová]]', '[[E|hana.dolezalova@email.cz]]', '[[P|605 771 830]]', '[[A|Zahradní 9]]', '370 01', 'České Budějovice');""")

pos("xml", "hu", """<?xml version="1.0" encoding="UTF-8"?>
<Szamla>
  <Sorszam>WEB-2024-004418</Sorszam>
  <Vevo>
    <Nev>[[N|Pásztor Dóra]]</Nev>
    <Adoazonosito>[[ID|8465572003]]</Adoazonosito>
    <Cim><Iranyitoszam>4025</Iranyitoszam><Telepules>Debrecen</Telepules><Utca>[[A|Piac utca 44. 2/7.]]</Utca></Cim>
    <Email>[[E|dora.pasztor@citromail.hu]]</Email>
  </Vevo>
</Szamla>""")

pos("log", "ro", """# /var/lib/misc/dnsmasq.leases - router apartament, exportat de [[N|Vlad]] pentru depanare
1710152201 [[MAC|a4:5e:60:c2:19:7b]] [[IP|192.168.1.101]] iPhone-Ioana *
1710152390 [[MAC|dc:a6:32:4f:0e:11]] [[IP|192.168.1.102]] raspberrypi *
1710153004 [[MAC|3c:06:30:8b:22:f4]] [[IP|192.168.1.103]] Laptop-Vlad *
1710153377 [[MAC|70:ee:50:1a:9d:c3]] [[IP|192.168.1.104]] Netatmo *""")

pos("config", "ru", """# ~/.pgpass (сервер отчётности) - права 0600!
[[IP|10.0.12.5]]:5432:billing:[[K|billing_ro:Zx8kLq2Vw!rT]]
[[IP|10.0.12.6]]:5432:*:[[K|postgres:Pg_Adm1n#2024]]
# резервный сервер [[IP|10.0.12.7]] - пароль у [[N|Кирилла]]""")

pos("shell", "uk", """ 1021  # налаштування бекапу, попросив [[N|Андрій]]
 1022  scp backup.tar.gz admin@[[IP|91.202.144.18]]:/srv/backup/
 1023  curl -u [[K|andrii.k:Kyiv!Spring2024]] https://nexus.example-corp.ua/service/rest/v1/status
 1024  psql "[[U|postgresql://reporter:Zv3zda_77@10.20.0.8:5432/crm]]" -c "select 1"
 1025  ssh -i ~/.ssh/id_ed25519 ubuntu@[[IP|10.20.0.9]]""")

pos("csv", "el", """ΑΦΜ;Επώνυμο;Όνομα;IBAN;Καθαρές αποδοχές
[[ID|<<a1>>]];[[N|Καραγιάννης]];[[N|Παναγιώτης]];[[I|<<i1>>]];1.240,50
[[ID|<<a2>>]];[[N|Λαμπροπούλου]];[[N|Αικατερίνη]];[[I|<<i2>>]];1.385,00""",
    a1=afm("11882207"), a2=afm("07441829"), i1=iban("GR", "01712440000044188220771", grouped=False),
    i2=iban("GR", "02602250000440187720918", grouped=False))

pos("json", "tr", """{"kullanici": {
  "ad": "[[N|Cemre]]", "soyad": "[[N|Aksoy]]", "tckn": "[[ID|<<tc>>]]",
  "eposta": "[[E|cemre.aksoy@yandex.com.tr]]", "telefon": "[[P|+90 542 441 82 27]]",
  "adres": "[[A|Bağdat Cad. No: 412 D: 9, 34740 Bostancı/İstanbul]]",
  "sonGiris": {"ip": "[[IP|78.174.22.140]]", "zaman": "2024-03-11T21:14:08+03:00"}
}}""", tc=tckn("109447183"))

pos("log", "ar", """سجل الدخول - لوحة التحكم (مستخرج لفريق الأمن)
2024-03-11 22:14:08 تسجيل دخول ناجح للمستخدم sara.h من العنوان [[IP|94.204.18.77]]
2024-03-11 22:15:40 محاولة فاشلة للمستخدم admin من العنوان [[IP|185.156.73.54]]
2024-03-11 22:16:02 جهاز جديد مسجل: MAC [[MAC|5c:f9:38:a1:07:e2]] للمستخدمة [[N|سارة حداد]]""")

pos("code", "he", """# סקריפט סנכרון הזמנות - TODO: להעביר את הסודות ל-Vault (אמר [[N|גיל]])
import requests
API_KEY = "[[K|live_9f2a7c4e1b8d3f6a0e5c2b7d4a1f8e3c]]"
DB_URL = "[[U|mysql://sync:Hadar2024x@10.50.1.4:3306/orders]]"
requests.get("https://api.shipping-example.co.il/v2/orders", headers={"X-Api-Key": API_KEY})""")

pos("config", "fa", """# تنظیمات سرویس پیامک - محرمانه
KAVENEGAR_API_KEY=[[K|6A4F2B7C1E9D3F8A5B0C7E2D4F1A9B3C6E8D0F2A]]
DATABASE_URL=[[U|postgres://shop:Shiraz_1402_pw@db.internal:5432/shop]]
# شماره همراه مدیر فنی (مهندس [[N|رضا کریمی]])
ADMIN_MOBILE=[[P|09121874420]]""")

pos("ticket", "hi", """टिकट #IT-55120 - VPN कनेक्ट नहीं हो रहा
अनुरोधकर्ता: [[N|सौरभ त्रिपाठी]] ([[E|saurabh.tripathi@vyapar-example.in]])
लैपटॉप IP: [[IP|10.66.3.142]], MAC: [[MAC|84:1B:77:C0:5A:2E]]
घर के राउटर का सार्वजनिक IP: [[IP|49.36.118.207]]
सौंपा गया: [[N|दीपिका नायर]]""")

pos("json", "th", """{"note": "ห้ามเผยแพร่ - คีย์จริงของระบบแจ้งเตือน",
 "line_channel": {"channel_secret": "[[K|8f3a1c9e7b2d4f6a0c5e8b1d3f7a9c2e]]",
                  "channel_access_token": "[[K|Bq7xK2pLm9Rv4Tn8Wz3Yc6Hd1Fs5Ju0Ge2Ai7Oe/kQx+VbN4=]]"},
 "admin": {"name": "[[N|ธนวัฒน์ รุ่งเรือง]]", "email": "[[E|thanawat.r@gmail.com]]"},
 "server_ip": "[[IP|203.150.44.18]]"}""")

pos("log", "vi", """# nhật ký đăng nhập - hệ thống nội bộ (trích cho phiếu hỗ trợ #HT-2207)
2024-03-11 08:01:12 LOGIN OK   user=[[E|ngoc.anh.pham@congty-vd.vn]] ip=[[IP|113.161.42.207]]
2024-03-11 08:03:55 LOGIN FAIL user=[[E|quang.huy.do@congty-vd.vn]] ip=[[IP|14.232.118.40]]
2024-03-11 08:04:10 LOGIN OK   user=[[E|quang.huy.do@congty-vd.vn]] ip=[[IP|14.232.118.40]] mac=[[MAC|9c:b6:d0:11:4e:7a]]""")

pos("sql", "id", """-- backup tabel pelanggan toko, 10 Maret 2024
INSERT INTO pelanggan (nama, email, hp, alamat, kota, kodepos) VALUES
('[[N|Yoga Pratama]]', '[[E|yoga.pratama@gmail.com]]', '[[P|0813-2207-4418]]', '[[A|Jl. Kaliurang Km 5 Gg. Sitisonya No. 12]]', 'Sleman', '55281'),
('[[N|Ni Luh Putu Ariani]]', '[[E|ariani.niluh@yahoo.com]]', '[[P|+62 878 6120 4471]]', '[[A|Jl. Tukad Badung XV No. 8]]', 'Denpasar', '80226');""")

pos("csv", "ms", """no_ahli,nama,emel,telefon,alamat
A-1021,[[N|Siti Khadijah binti Omar]],[[E|siti.khadijah@gmail.com]],[[P|013-220 7718]],"[[A|No. 7, Jalan Kenanga 3, Taman Sri Muda, 40400 Shah Alam]]"
A-1022,[[N|Lee Chong Ming]],[[E|chongming.lee@hotmail.my]],[[P|+60 16-441 8220]],"[[A|12-3A, Jalan Bukit Bintang, 55100 Kuala Lumpur]]"
A-1023,[[N|Rajendran a/l Muthusamy]],[[E|rajen.muthu@yahoo.com]],[[P|012-771 0442]],"[[A|Lot 44, Kampung Baru Sungai Buloh, 47000 Sungai Buloh]]\"""")

pos("log", "zh", """# 用户登录日志（导出给安全组排查，含个人信息）
2024-03-11 09:12:44 登录成功 手机号=[[P|13917744220]] IP=[[IP|116.228.41.90]] 设备MAC=[[MAC|f4:8c:50:2a:91:0d]]
2024-03-11 09:15:02 登录失败 手机号=[[P|18620447718]] IP=[[IP|223.104.63.17]]
2024-03-11 09:15:30 登录成功 手机号=[[P|18620447718]] IP=[[IP|223.104.63.17]] 实名=[[N|王海燕]]""")

pos("config", "ja", """# ~/.aws/credentials（検証環境・[[N|鈴木]]さん用）
[dev-suzuki]
aws_access_key_id = [[K|AKIA4X7QPL2MZR8TWK3N]]
aws_secret_access_key = [[K|r8Fq2Lm9Xz4Wp7Tk1Vb6Nc3Hd0Js5Ga8Ye2Ui7Oq]]
# 通知用 Slack Webhook
slack_webhook = [[K|https://hooks.slack.com/services/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]]""")

pos("shell", "ko", """$ git clone [[U|https://jihoon.park:ghp_Vt7Kq2Lm9Xz4Wp8Rn3Yc6Hb1Fd5Js0Ga2Ue7@github.com/example-corp/settlement.git]]
$ ssh deploy@[[IP|175.45.220.18]]
$ mysql -h [[IP|10.30.2.15]] -u settle -p'[[K|Seoul#2024!]]'
# [[N|박지훈]] 선배가 알려준 임시 비밀번호 - 변경 필요""")

pos("vcard", "sv", """BEGIN:VCARD
VERSION:3.0
N:[[N|Sjöberg]];[[N|Klara]];;;
FN:[[N|Klara Sjöberg]]
ADR;TYPE=home:;;[[A|Vasagatan 7 lgh 1204]];Göteborg;;411 24;Sverige
TEL;TYPE=cell:[[P|+46 70 441 82 27]]
EMAIL:[[E|klara.sjoberg@bredband.net]]
BDAY:[[D|1994-08-30]]
END:VCARD""")

pos("hl7", "nb", """MSH|^~\\&|DIPS|OUS|LAB|OUS|202403111022||ADT^A08|44182|P|2.5
PID|1||[[ID|<<fnr>>]]^^^NOR^FNR||[[N|Bakke]]^[[N|Solveig]]||[[D|19760214]]|F|||[[A|Kirkeveien 41 B]]^^Oslo^^0368^NOR||[[P|+47 932 20 771]]
NK1|1|[[N|Bakke]]^[[N|Torstein]]|EPX|||[[P|+47 415 77 182]]
PV1|1|I|MED^^^OUS||||D2214^[[N|Lie]]^[[N|Kristoffer]]""", fnr=fnr("140276", "121").replace(" ", ""))

pos("xml", "da", """<?xml version="1.0" encoding="UTF-8"?>
<CreditNote xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:ID>KN-2024-4418</cbc:ID>
  <cac:AccountingCustomerParty><cac:Party>
    <cbc:Name>[[N|Rasmus Thygesen]]</cbc:Name>
    <cac:PostalAddress><cac:AddressLine><cbc:Line>[[A|Jægersborggade 41, 2. th.]]</cbc:Line></cac:AddressLine><cbc:PostalZone>2200</cbc:PostalZone><cbc:CityName>København N</cbc:CityName></cac:PostalAddress>
    <cbc:ElectronicMail>[[E|rasmus.thygesen@live.dk]]</cbc:ElectronicMail>
  </cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cac:PayeeFinancialAccount><cbc:ID>[[I|<<ib>>]]</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans>
</CreditNote>""", ib=iban("DK", "30000441822077", grouped=False))

pos("html", "fi", """<table class="tilausvahvistus">
  <tr><td>Tilaaja:</td><td>[[N|Sanni Laaksonen]]</td></tr>
  <tr><td>Toimitusosoite:</td><td>[[A|Tehtaankatu 27 C 41]]<br>[[A|00150 Helsinki]]</td></tr>
  <tr><td>Sähköposti:</td><td>[[E|sanni.laaksonen@elisanet.fi]]</td></tr>
  <tr><td>Puhelin:</td><td>[[P|044 772 0418]]</td></tr>
</table>""")

pos("travel", "et", """LENNUPILET / E-TICKET                 Broneering: K7TQ2M
Reisija: [[N|TAMM/MARKO]] MR
Kodakondsus: EST
Lend: LO 784  TLL-WAW  18MAR  06:05   Istekoht 14C
Reisidokument: pass [[ID|K1882207]], sünniaeg [[D|03.11.1986]]
Kontakt: [[E|marko.tamm@hot.ee]], [[P|+372 5220 7718]]""")

pos("travel", "lv", """VIESNĪCAS REĢISTRĀCIJAS KARTE - Jūrmala
Viesis: [[N|Dmitrijs Kalniņš-Petrovs]]
Dzimšanas datums: [[D|22.09.1979]]
Pase Nr.: [[ID|LV4418207]]
Adrese: [[A|Kr. Valdemāra iela 88-14, Rīga, LV-1013]]
E-pasts: [[E|dmitrijs.kp@inbox.lv]]
Ierašanās: 11.03.2024   Izbraukšana: 14.03.2024""")

pos("court", "lt", """KAUNO APYLINKĖS TEISMAS
NUTARTIS
2024 m. kovo 11 d., Kaunas
Teismas, išnagrinėjęs ieškovės [[N|Jurgitos Vaitkienės]] (a. k. [[ID|<<ak>>]], gyv. [[A|Savanorių pr. 118-7, Kaunas]])
ieškinį atsakovui [[N|Dariui Vaitkui]] (gyv. [[A|Ateities pl. 44, Kaunas]]) dėl išlaikymo priteisimo,
NUSPRENDĖ: ieškinį tenkinti iš dalies.
Teisėja [[N|Laima Žukauskienė]]""", ak=lt_ak("4850607044"))

pos("note", "sl", """Zapis preverjanja identitete - zadeva 2024-0441
Stranka: [[N|Urška Potočnik]]
EMŠO: [[ID|<<emso>>]]
Osebna izkaznica: [[ID|IA0441822]]
Naslov: [[A|Mestni trg 14, 4000 Kranj]]
TRR za izplačila: [[I|<<ib>>]]
Preveril: [[N|Gregor Vidmar]], 11. 3. 2024""", emso=emso("040691505231"), ib=iban("SI", "610000044182207"))

pos("report", "hr", """ZAPISNIK O PROMETNOJ NESREĆI br. 511-04-2024/1182
Mjesto: raskrižje Domovinskog rata i Vukovarske ulice, Split
Sudionik 1: [[N|Tomislav Grgić]], OIB [[ID|<<o1>>]], [[A|Ulica kralja Zvonimira 44, 21000 Split]], tel. [[P|098 441 822]]
Sudionik 2: [[N|Lucija Matić]], OIB [[ID|<<o2>>]], [[A|Put Supavla 7, 21000 Split]], tel. [[P|+385 95 220 7718]]
Zapisnik sastavio: [[N|Ante Bilić]]""", o1=oib("3314418220"), o2=oib("5520771846"))

pos("cv", "sr", """BIOGRAFIJA
Ime i prezime: [[N|Aleksandra Jovanović]]
Datum rođenja: [[D|9. april 1993.]]
Adresa: [[A|Cara Dušana 41, 11080 Zemun]]
Telefon: [[P|+381 64 771 2044]] | E-mail: [[E|aleksandra.jovanovic93@gmail.com]]
Iskustvo: 2018-2024 - računovođa, Beograd""")

pos("ticket", "ca", """Tiquet #CAU-7120 - No puc imprimir des de casa
Sol·licitant: [[N|Marta Casals Pujol]] ([[E|marta.casals@ajuntament-exemple.cat]])
Equip: portàtil amb IP [[IP|192.168.1.37]] i MAC [[MAC|18:56:80:4a:c2:0b]]
IP pública: [[IP|83.36.221.14]]
Assignat a: [[N|Oriol Serra]]""")

pos("receipt", "sw", """SGH4418220 Imethibitishwa. Ksh1,500.00 imetumwa kwa [[N|GRACE AKINYI ODHIAMBO]] [[P|0712 441 822]] tarehe 11/3/24 saa 8:14 PM.
Salio jipya la M-PESA ni Ksh4,220.50. Gharama ya muamala ni Ksh33.00.
SGH4418311 Imethibitishwa. Umepokea Ksh2,000.00 kutoka kwa [[N|PETER KAMAU NJOROGE]] [[P|0725 771 830]] tarehe 12/3/24 saa 9:02 AM.
Salio jipya la M-PESA ni Ksh6,220.50.""")

pos("hr", "af", """WERKNEMERREKORD - VERTROULIK
Naam: [[N|Marlize Coetzee]]
ID-nommer: [[ID|<<za>>]]
Geboortedatum: [[D|15 April 1983]]
Posadres: [[A|Posbus 441, Paarl 7620]]
Woonadres: [[A|Langstraat 18, Wellington 7655]]
E-pos: [[E|marlize.coetzee@telkomsa.net]]   Sel: [[P|071 220 4418]]""", za=za_id("830415011208"))

pos("sql", "ur", """-- کسٹمر ٹیبل بیک اپ (برانچ کراچی)
INSERT INTO customers (name, cnic, mobile, address) VALUES
('[[N|بلال احمد خان]]', '[[ID|42101-7718204-5]]', '[[P|0333-2207718]]', '[[A|مکان نمبر C-44، بلاک 5، گلشن اقبال، کراچی]]'),
('[[N|نادیہ رحمان]]', '[[ID|61101-4418227-8]]', '[[P|+92 321 4418207]]', '[[A|فلیٹ 12، ایف-11 مرکز، اسلام آباد]]');""")

pos("csv", "ta", """மாணவர்,பெற்றோர்,மின்னஞ்சல்,கைபேசி,முகவரி
[[N|ஹரிணி ரமேஷ்]],[[N|ரமேஷ் கணேசன்]],[[E|ramesh.ganesan@gmail.com]],[[P|98410 22718]],"[[A|எண் 8, வள்ளுவர் தெரு, வேளச்சேரி, சென்னை 600042]]"
[[N|அஜய் குமார்]],[[N|லதா குமார்]],[[E|latha.kumar77@yahoo.co.in]],[[P|+91 94440 71823]],"[[A|12/3 பாரதி நகர், கோவை 641004]]\"""")

pos("json", "bn", """{"kyc": {
  "naam": "[[N|সাবরিনা ইয়াসমিন]]",
  "nid": "[[ID|1994441822077]]",
  "jonmo_tarikh": "[[D|1994-02-11]]",
  "thikana": "[[A|বাসা ১২, রোড ৫, মিরপুর ১০, ঢাকা ১২১৬]]",
  "mobile": "[[P|01819-220771]]",
  "email": "[[E|sabrina.yasmin94@gmail.com]]"
}}""")

pos("csv", "en", """member_id,first,last,ssn,dob,street,city,state,zip
M-30018,[[N|Delphine]],[[N|Okerlund]],[[S|233-41-7780]],[[D|1975-02-11]],"[[A|4411 Maplewood Dr]]",Tulsa,OK,74135
M-30019,[[N|Rashad]],[[N|Whitfield-Imes]],[[S|488-20-1937]],[[D|1969-09-30]],"[[A|PO Box 2207]]",Muskogee,OK,74402
M-30020,[[N|Kaia]],[[N|Brightwater]],[[S|356720184]],[[D|2001-06-05]],"[[A|1182 E 71st St Apt 12]]",Tulsa,OK,74136""")

pos("config", "en", """# terraform.tfvars - DO NOT COMMIT (it was committed, see INC-2291)
aws_access_key     = "[[K|AKIAZ4T7QW2PLM8RXN5K]]"
aws_secret_key     = "[[K|p9Lk2Xz7Qw4Rt8Vn1Bm6Hc3Jd0Fs5Ga2Ye7Ui9O]]"
db_master_password = "[[K|Gl4cier-Bay-2024!]]"
datadog_api_key    = "[[K|3f9c1a7e5b2d8f4a6c0e9b1d7f3a5c2e]]"
alert_email        = "ops-oncall@tundrafin.io"
region             = "us-west-2\"""")

pos("log", "en", """2024-03-12T09:02:11Z wlc01 STA [[MAC|6c:4a:85:1e:90:d3]] associated to SSID Staff, IP [[IP|10.12.40.118]], user j.okafor
2024-03-12T09:02:47Z wlc01 STA [[MAC|98:01:a7:3b:c4:22]] associated to SSID Guest, IP [[IP|10.99.8.54]]
2024-03-12T09:05:10Z wlc01 STA [[MAC|6c:4a:85:1e:90:d3]] roamed AP-2F-EAST -> AP-3F-WEST
2024-03-12T09:07:33Z wlc01 rogue client [[MAC|b8:27:eb:44:10:9f]] detected, last IP [[IP|10.12.40.201]]""")

pos("xml", "es", """<?xml version="1.0" encoding="UTF-8"?>
<Factura>
  <Numero>F-2024-0441</Numero>
  <Destinatario>
    <NombreRazonSocial>[[N|Álvaro Menéndez Quiroga]]</NombreRazonSocial>
    <NIF>[[ID|<<dni>>]]</NIF>
    <Domicilio>[[A|Calle Uría 44, 5º B]]</Domicilio>
    <CodigoPostal>33003</CodigoPostal><Poblacion>Oviedo</Poblacion>
    <CorreoElectronico>[[E|alvaro.mq@telefonica.net]]</CorreoElectronico>
  </Destinatario>
</Factura>""", dni=dni("71882204"))

pos("sql", "fr", """-- export de la table adherents (club de voile), 10/03/2024
INSERT INTO adherents (nom, prenom, iban, adresse, cp, ville, email) VALUES
('[[N|Le Bihan]]', '[[N|Gwenaëlle]]', '[[I|<<i1>>]]', '[[A|14 rue du Port-Rhu]]', '29100', 'Douarnenez', '[[E|gwen.lebihan@free.fr]]'),
('[[N|Kerjean]]', '[[N|Loïc]]', '[[I|<<i2>>]]', '[[A|Lieu-dit Kerhervé]]', '29870', 'Landéda', '[[E|loic.kerjean@wanadoo.fr]]');""",
    i1=iban("FR", "30003044180001822077188"), i2=iban("FR", "17515900000441820771234"))

pos("csv", "de", """# Export zahlungen_maerz.csv - ACHTUNG: enthält volle Kartennummern (Ticket SEC-2291)
kunde;kartennummer;ablauf;strasse;plz;ort
[[N|Jürgen Vössing]];[[C|<<c1>>]];09/26;[[A|Hafenstraße 12]];48153;Münster
[[N|Büşra Aydemir]];[[C|<<c2>>]];03/27;[[A|Eichendorffweg 5a]];48149;Münster
[[N|Clemens von Alvensleben]];[[C|<<c3>>]];11/25;[[A|Roggenmarkt 3]];48143;Münster""",
    c1=card("552041770918223"), c2=card("455673018822041", sep=""), c3=card("37882200441823", (4, 6, 5)))

pos("shell", "it", """$ cat ~/.git-credentials
[[U|https://mrossi:ghp_Lx9Qw2Er7Ty4Ui8Op3As6Df1Gh5Jk0Zx2Cv7B@github.com]]
[[U|https://marco.rossi%40studio-rossi.it:glpat-Hq7Rk2Vw9Zp4Lm8Tn3Xs@gitlab.com]]
$ # credenziali personali di [[N|Marco]], da revocare subito""")

pos("xml", "pt", """<dest>
  <CPF>[[ID|<<cpf>>]]</CPF>
  <xNome>[[N|Camila Rezende Bittencourt]]</xNome>
  <enderDest>
    <xLgr>[[A|Rua Padre Chagas, 415, apto 1203]]</xLgr><xBairro>Moinhos de Vento</xBairro>
    <xMun>Porto Alegre</xMun><UF>RS</UF><CEP>90570080</CEP>
  </enderDest>
  <email>[[E|camila.bittencourt@terra.com.br]]</email>
</dest>""", cpf=cpf("772041839", fmt=False))

pos("note", "en", """Tax prep intake note - 2024 season
Client: [[N|Marisol Quintanilla-Berg]], SSN [[S|519-44-2207]]; spouse [[N|Anders Berg]], SSN [[S|462-18-7730]]
Dependent: [[N|Luca Berg]] (DOB [[D|04/18/2016]])
Mailing address: [[A|7120 Ridgecrest Ln, Boise, ID 83709]]
Refund by direct deposit (account ending 4417)
Prepared by: [[N|Tovah Rosenfeld]]""")

pos("chat", "nl", """[21:14] [[N|Femke Jansen]]: kun jij de vliegtickets boeken? mijn creditcard is [[C|<<cc>>]], geldig tot 05/27
[21:15] [[N|Daan Visser]]: ok! cvc stuur je even apart?
[21:16] [[N|Femke Jansen]]: ja bel me even op [[P|06 2207 4418]]
[21:20] [[N|Daan Visser]]: geboekt, bevestiging gaat naar [[E|femke.jansen88@ziggo.nl]]""", cc=card("522408441822077"))

pos("ticket", "ru", """Обращение № 2024-031177 - оспаривание операции
Клиент: [[N|Гусева Марина Олеговна]], тел. [[P|+7 921 440-18-22]]
Карта: [[C|<<cc>>]] (клиент продиктовал полный номер)
Адрес доставки перевыпущенной карты: [[A|ул. Марата, д. 41, кв. 12, Санкт-Петербург, 191119]]
Оператор: [[N|Ковалёв Д.С.]]""", cc=card("220010044182207"[:15]))

pos("note", "ko", """전화 주문 메모 - 2024.03.11 14:20
고객: [[N|윤하은]] / 연락처 [[P|010-3318-2207]]
카드번호: [[C|<<cc>>]] (유효기간 07/28)
배송지: [[A|경기도 성남시 분당구 정자일로 95, 204동 1701호]]
접수자: [[N|오세진]]""", cc=card("356600441822077"))

pos("travel", "en", """HOTEL RESERVATION - CREDIT CARD AUTHORIZATION (faxed 03/11/2024)
Guest name: [[N|Thaddeus Obi-Lindgren]]
Arrival: 04/02/2024   Departure: 04/05/2024   Room: King, non-smoking
Card type: Visa   Card number: [[C|<<cc>>]]   Exp: 10/26
Billing address: [[A|2207 Larchmont Blvd, Apt 3]], [[A|Los Angeles, CA 90004]]
Cardholder signature: ______   Phone: [[P|(323) 441-8207]]""", cc=card("414720441882207"))

pos("email", "sv", """Från: [[N|Henrik Dahlgren]] <[[E|henrik.dahlgren@spray.se]]>
Till: bokning@fjallhotell-exempel.se
Ämne: Garanti för bokning 44182

Hej!
Som garanti för vår bokning 14-16 mars, kortnummer [[C|<<cc>>]], giltigt t.o.m. 02/27.
Kortinnehavare: [[N|Henrik Dahlgren]], [[A|Drottninggatan 88, 111 36 Stockholm]].
Mvh [[N|Henrik]]""", cc=card("518822070441829"))

pos("form", "fr", """MANDAT D'AUTORISATION DE PRÉLÈVEMENT SUR CARTE
Titulaire : [[N|Anne-Laure Bessières]]
Numéro de carte : [[C|<<cc>>]]       Date d'expiration : 12/26
Adresse : [[A|8 allée des Érables, 31400 Toulouse]]
Née le : [[D|27/09/1983]]
Courriel : [[E|annelaure.bessieres@sfr.fr]]
Fait à Toulouse, le 11/03/2024""", cc=card("497010044182207"))

pos("config", "sk", """# .env - objednávkový systém (produkcia) - vlastník [[N|Peter Hraško]]
AMQP_URL=[[U|amqp://orders:Brat1slava!88@10.4.2.9:5672/]]
SMTP_URL=[[U|smtps://newsletter:Kx7pQ2wLm9@smtp.eshop-priklad.sk:465]]
PAYMENT_GATEWAY_SECRET=[[K|pg_live_7Hq2Kx9Lm4Vw8Rt3Zp6Nc1]]
ADMIN_IP_WHITELIST=[[IP|178.41.22.90]]""")

# ---------------------------------------------------------------- more addresses / technical (positives)
pos("report", "de", """TOURENPLAN Tour 14 - Zustellung 12.03.2024 (Fahrzeug BI-PX 441)
Stopp 1  07:40  [[A|Birkenweg 4, 33602 Bielefeld]]            Paket 2/2, Ablage Garage erlaubt
Stopp 2  07:52  [[A|Detmolder Straße 221, 2. OG, 33604 Bielefeld]]  Nachnahme 24,90 €
Stopp 3  08:05  [[A|Am Sparrenberg 17a, 33602 Bielefeld]]      Klingel defekt, anrufen
Stopp 4  08:21  [[A|Heeper Straße 96, Hinterhaus, 33607 Bielefeld]]
Stopp 5  08:34  Packstation 112 (nicht personenbezogen)
Stopp 6  08:50  [[A|Kiebitzweg 3, 33619 Bielefeld]]            Sperrgut""")

pos("csv", "fr", """reference_compteur;adresse;code_postal;commune;releve_kwh;date_releve
PDL-14418220771;[[A|3 impasse des Lilas]];44300;Nantes;18442;2024-03-01
PDL-14418220772;[[A|27 bis rue Paul Bellamy, appt 12]];44000;Nantes;7721;2024-03-01
PDL-14418220773;[[A|Lieu-dit La Grande Noë]];44470;Carquefou;30218;2024-03-02
PDL-14418220774;[[A|112 boulevard des Poilus, bât. B]];44300;Nantes;12007;2024-03-02""")

pos("doc", "en", """MAILING LABELS - spring appeal (Avery L7160, sheet 3 of 12)

Mrs [[N|Eunice Partridge]]                 Dr [[N|Rohan Vasudevan]]
[[A|Flat 6, Marlborough Mansions]]         [[A|The Coach House]]
[[A|22 Cannon Place]]                      [[A|Peppard Road]]
[[A|London NW3 1EU]]                       [[A|Sonning Common RG4 9NJ]]

[[N|Agnes Muldoon]]                        [[N|Kit Harrowby]]
[[A|PO Box 77]]                            [[A|4 Tern Close]]
[[A|Penzance TR18 2WX]]                    [[A|Whitstable CT5 4RG]]""")

pos("json", "es", """{"entregas": [
  {"id": "ENV-441820", "destinatario": "[[N|Carmen Ruiz Azcárate]]", "calle": "[[A|Calle Sierpes 48, 2º dcha.]]", "cp": "41004", "ciudad": "Sevilla", "telefono": "[[P|+34 611 204 418]]", "email": "[[E|carmen.ruiz.az@gmail.com]]"},
  {"id": "ENV-441821", "destinatario": "[[N|Iker Etxeberria]]", "calle": "[[A|Kale Nagusia 12, 1A]]", "cp": "20003", "ciudad": "Donostia", "telefono": "[[P|688 77 20 41]]", "email": "[[E|iker.etxe@euskaltel.net]]"},
  {"id": "ENV-441822", "destinatario": "[[N|Rocío Castellanos]]", "calle": "[[A|Avda. de la Constitución 7, bajo]]", "cp": "18012", "ciudad": "Granada", "telefono": "[[P|958 20 44 18]]", "email": "[[E|rocio.cast@hotmail.es]]"}
]}""")

pos("letter", "it", """Mittente:
[[N|Ornella Brambilla]]
[[A|Via Giuseppe Mazzini 41]]
[[A|20900 Monza (MB)]]

RACCOMANDATA A/R
Spett.le
Avv. [[N|Raimondo Giordano]]
[[A|Corso Magenta 12]]
[[A|20123 Milano]]

Oggetto: disdetta contratto di locazione dell'appartamento di [[A|via Boccaccio 7, int. 3, Monza]].""")

pos("csv", "pl", """nr_lokalu;adres_korespondencyjny;email;telefon
M-1;[[A|ul. Lipowa 8/1, 15-427 Białystok]];[[E|lokator.m1.lipowa@gmail.com]];[[P|602 441 822]]
M-2;[[A|ul. Lipowa 8/2, 15-427 Białystok]];[[E|j.sadowska@onet.pl]];[[P|+48 513 220 771]]
M-5;[[A|ul. Mickiewicza 71 m. 3, 15-213 Białystok]];[[E|rafal.gorski88@interia.pl]];[[P|733 018 442]]
M-7;[[A|skr. pocztowa 114, 15-001 Białystok]];[[E|bozena.kalinowska@wp.pl]];[[P|85 744 18 20]]""")

pos("json", "nl", """{"rit": "DEELAUTO-44182",
 "gebruiker": {"naam": "[[N|Joris van Leeuwen]]", "email": "[[E|joris.vanleeuwen@kpnmail.nl]]"},
 "ophaaladres": "[[A|Biltstraat 118, 3572 BK Utrecht]]",
 "afleveradres": "[[A|Zuidwal 41, 2512 XL Den Haag]]",
 "app": {"ip": "[[IP|84.26.118.40]]", "bluetooth_mac": "[[MAC|E4:5F:01:2B:7C:9A]]", "versie": "5.12.0"}}""")

pos("csv", "ja", """氏名,郵便番号,住所,電話
[[N|山口 智子]],060-0042,[[A|北海道札幌市中央区大通西11丁目4-2 大通ハイツ804]],[[P|011-221-4418]]
[[N|松本 洋平]],460-0008,[[A|愛知県名古屋市中区栄3-18-1 栄レジデンス1203]],[[P|052-441-8207]]
[[N|井上 恵美]],812-0011,[[A|福岡県福岡市博多区博多駅前2-7-15]],[[P|090-7720-4418]]""")

pos("report", "ru", """КУРЬЕРСКАЯ ВЕДОМОСТЬ № 118 от 12.03.2024, маршрут «Центр-2»
1. [[A|ул. Малая Бронная, д. 24, кв. 8, Москва]]        тел. [[P|+7 903 441-82-20]]   оплата картой
2. [[A|Большой Козихинский пер., д. 12/2, кв. 41]]     тел. [[P|8 916 220-77-18]]    наличные
3. [[A|Тверская ул., д. 18, корп. 1, кв. 117, Москва]]  тел. [[P|+7 925 018-44-27]]   домофон 117К
4. [[A|Спиридоньевский пер., д. 5, стр. 1, кв. 3]]     тел. [[P|+7 977 330-14-82]]
Курьер: [[N|Олейник Сергей]]""")

pos("json", "pt", """{"pedido": 884120,
 "cliente": {"nome": "[[N|Letícia Moraes Prado]]", "cpf": "[[ID|<<cpf>>]]", "telefone": "[[P|(31) 99744-1820]]", "email": "[[E|leticia.prado@bol.com.br]]"},
 "entrega": {"logradouro": "[[A|Rua Sergipe, 1182]]", "complemento": "[[A|Bloco B, apto 302]]", "bairro": "Savassi", "cidade": "Belo Horizonte", "cep": "30130-171"},
 "observacao": "deixar com o porteiro"}""", cpf=cpf("118220774"))

pos("html", "en", """<div class="listing fsbo">
  <h2>For sale by owner - 3 bed farmhouse, 2.4 acres</h2>
  <p class="addr">[[A|1182 Willow Creek Rd, Boone, NC 28607]]</p>
  <p>Open house Saturday 10-2. Ask for [[N|Wendell]] or [[N|Marjorie Ashby]].</p>
  <p>Call/text [[P|(828) 441-2207]] or email <a href="mailto:[[E|ashbyfarm.wm@gmail.com]]">[[E|ashbyfarm.wm@gmail.com]]</a></p>
</div>""")

pos("report", "sv", """HEMTJÄNST - KÖRLISTA tisdag 12 mars, grupp Söder
07:30  [[N|Astrid L.]]      [[A|Ringvägen 118, 4 tr, 118 60 Stockholm]]   portkod 4418, nyckel i tub
08:15  [[N|Bengt O.]]       [[A|Katarina Bangata 41, lgh 1302]]            insulin
09:00  [[N|Gun-Britt S.]]   [[A|Götgatan 77, 2 tr]]                        dusch
10:10  [[N|Sture W.]]       [[A|Skånegatan 9 nb, 116 37 Stockholm]]       inköp
Kontakt vid avvikelse: samordnare [[N|Leila Haddad]], [[P|08-441 822 07]]""")

pos("receipt", "zh", """外卖订单小票（打印时间 2024-03-11 12:04）
#41 收货地址：[[A|北京市朝阳区建国路88号SOHO现代城B座1705]]  电话：[[P|139 1077 4418]]
#42 收货地址：[[A|北京市朝阳区光华路9号院3号楼2单元602]]  电话：186****7718（隐私号）
#43 收货地址：[[A|北京市海淀区中关村大街27号1号楼1208]]  电话：[[P|13520447718]]
备注：#41 不要辣，放门口""")

pos("csv", "ko", """수취인,주소,연락처,품목
[[N|강다은]],[[A|인천광역시 연수구 송도과학로 32, 103동 2204호]],[[P|010-4418-7720]],건강식품
[[N|오준혁]],[[A|광주광역시 서구 상무중앙로 61, 5층]],[[P|010-2207-3318]],의류
[[N|임수빈]],[[A|제주특별자치도 제주시 연동 291-14]],[[P|064-744-1822]],도서""")

pos("letter", "el", """ΑΠΟΣΤΟΛΕΑΣ:
[[N|Σταύρος Δημητρίου]]
[[A|Παπαναστασίου 84]]
[[A|262 22 Πάτρα]]

ΠΡΟΣ:
[[N|Ειρήνη Χατζηγεωργίου]]
[[A|Κολοκοτρώνη 19, 3ος όροφος]]
[[A|105 62 Αθήνα]]""")

pos("csv", "hu", """kezbesites_id;cim;telefon;megjegyzes
KZ-4418;[[A|1052 Budapest, Váci utca 18. III/2.]];[[P|+36 20 441 8220]];kapukód 18
KZ-4419;[[A|7621 Pécs, Király utca 41.]];[[P|06 30 220 7718]];
KZ-4420;[[A|3525 Miskolc, Széchenyi István út 77. fszt. 1.]];[[P|+36 70 771 0442]];délután""")

pos("log", "en", """2024-03-12 06:14:02 openvpn[1182]: [[IP|81.103.22.194]]:51822 [tjacobsen] Peer Connection Initiated
2024-03-12 06:14:03 openvpn[1182]: tjacobsen/[[IP|81.103.22.194]]:51822 MULTI_sva: pool returned IPv4=[[IP|10.8.0.14]]
2024-03-12 07:02:19 openvpn[1182]: [[IP|2.31.140.77]]:40112 [mfernandez] Peer Connection Initiated
2024-03-12 07:02:19 openvpn[1182]: mfernandez/[[IP|2.31.140.77]]:40112 MULTI_sva: pool returned IPv4=[[IP|10.8.0.22]]
2024-03-12 07:45:50 openvpn[1182]: [[IP|5.148.77.201]]:62011 TLS Error: TLS handshake failed""")

pos("config", "de", """# secrets.yaml (Home Assistant) - Wohnung [[N|Kathrin]] & [[N|Malte]]
wifi_password: "[[K|Sommerregen!Balkon42]]"
fritzbox_host: [[IP|192.168.178.1]]
fritzbox_password: "[[K|kX9-Tr4m-Qp7z]]"
telegram_bot_token: "[[K|6814420771:AAHq7Kx2Lm9Vw4Rt8Zp3Nc6Yb1Fd5Js0Ga2]]"
waschmaschine_mac: "[[MAC|24:0A:C4:8E:12:F7]]"
thermostat_ip: [[IP|192.168.178.44]]""")

pos("log", "pl", """# arp -a z routera w mieszkaniu (dla technika, zgłoszenie 4418)
? ([[IP|192.168.0.10]]) at [[MAC|b8:27:eb:9a:41:0c]] [ether] on br0
? ([[IP|192.168.0.23]]) at [[MAC|f0:18:98:6d:2e:b1]] [ether] on br0
? ([[IP|192.168.0.31]]) at [[MAC|a0:78:17:44:c2:19]] [ether] on br0
? ([[IP|192.168.0.42]]) at [[MAC|00:e0:4c:68:0a:3d]] [ether] on br0""")

pos("code", "en", """# scripts/notify_winners.py  (hardcoded creds - rotate!)
from twilio.rest import Client
client = Client("[[K|AC4f9e2a7c1b8d3e6f0a5c2b7d4e1f8a3c]]", "[[K|9b2e7d41c0f84a6e9d3b18c7f5a20e64]]")
WINNERS = {"[[N|Imani Clarke]]": "[[P|+1 404 771 2208]]", "[[N|Beau Lacroix]]": "[[P|+1 504 330 4418]]"}
for name, phone in WINNERS.items():
    client.messages.create(to=phone, from_="+14045550000", body=f"Congrats {name}!")""")

pos("csv", "es", """ordenante;beneficiario;iban_beneficiario;importe;concepto
Comunidad de Propietarios Calle Mayor 12;[[N|Andrés Villalba Ortiz]];[[I|<<i1>>]];320,00;devolución derrama
Comunidad de Propietarios Calle Mayor 12;[[N|Pilar Ugarte]];[[I|<<i2>>]];320,00;devolución derrama
Comunidad de Propietarios Calle Mayor 12;[[N|Sergio Nieto Blanco]];[[I|<<i3>>]];160,00;devolución derrama
Comunidad de Propietarios Calle Mayor 12;[[N|Yolanda Prieto]];[[I|<<i4>>]];320,00;devolución derrama""",
    i1=iban("ES", "01280010410100044182"), i2=iban("ES", "20851111870330441822", grouped=False),
    i3=iban("ES", "00811006150001822077"), i4=iban("ES", "21009999310200441827"))

pos("json", "en", """{"w4_submissions": [
  {"employee": "[[N|Colby Ferraro]]", "ssn": "[[S|301-77-4182]]", "dob": "[[D|1992-10-03]]", "address": "[[A|18 Juniper Ct, Frederick, MD 21702]]", "filing_status": "single"},
  {"employee": "[[N|Yesenia Marroquín]]", "ssn": "[[S|220-41-8827]]", "dob": "[[D|1987-03-22]]", "address": "[[A|5530 Holloway Dr Apt 204, Rockville, MD 20852]]", "filing_status": "married"}
]}""")

pos("config", "it", """<?php
// wp-config.php - sito B&B di [[N|Lucia]] (hosting condiviso)
define( 'DB_NAME', 'bb_lucia' );
define( 'DB_USER', 'bb_lucia_wp' );
define( 'DB_PASSWORD', '[[K|Tr4monto@Mare!2024]]' );
define( 'DB_HOST', '[[IP|185.81.0.44]]' );
define( 'AUTH_KEY', '[[K|q7#Lm2^Xz9!Wp4&Tk1*Vb6@Nc3$Hd0%Js5]]' );""")

pos("log", "fi", """Mar 12 03:11:42 vps-hki sshd[8812]: Failed password for root from [[IP|45.143.200.18]] port 44120 ssh2
Mar 12 03:11:45 vps-hki sshd[8812]: Failed password for root from [[IP|45.143.200.18]] port 44120 ssh2
Mar 12 08:02:07 vps-hki sshd[9104]: Accepted password for mikko from [[IP|88.114.27.190]] port 52210 ssh2
Mar 12 08:02:07 vps-hki sshd[9104]: pam_unix(sshd:session): session opened for user mikko (uid=1000)
# huom. [[N|Mikon]] kotiyhteys, ei hyökkäys""")

pos("config", "ro", """# ~/.npmrc pe laptopul lui [[N|Radu]] - token personal, de revocat
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=[[K|npm_Q7xK2pLm9Rv4Tn8Wz3Yc6Hd1Fs5Ju0Ge2Ai7]]
@firma:registry=https://npm.firma-exemplu.ro/
//npm.firma-exemplu.ro/:_auth=[[K|cmFkdS5wb3BhOkJ1Y3VyZXN0aTIwMjQh]]""")

pos("csv", "uk", """отримувач;рнокпп;iban;сума;призначення
[[N|Гордієнко Василь Іванович]];[[ID|<<r1>>]];[[I|<<i1>>]];4500,00;заробітна плата за лютий
[[N|Остапчук Ганна Петрівна]];[[ID|<<r2>>]];[[I|<<i2>>]];5200,00;заробітна плата за лютий
[[N|Бойко Роман Сергійович]];[[ID|<<r3>>]];[[I|<<i3>>]];3900,00;заробітна плата за лютий""",
    r1=rnokpp("258817704"), r2=rnokpp("322071844"), r3=rnokpp("351822077"),
    i1=iban("UA", "3220010000026204418220771", grouped=False), i2=iban("UA", "3510050000026001822077418", grouped=False),
    i3=iban("UA", "3052990000026208441822077", grouped=False))

# ---------------------------------------------------------------- more hard negatives (varied kinds)
neg("vcard", "en", """BEGIN:VCARD
VERSION:3.0
FN:Sherlock Holmes
NOTE:Fictional consulting detective (Arthur Conan Doyle). Museum contact card for the gift shop.
ADR;TYPE=work:;;221B Baker Street;London;;NW1 6XE;United Kingdom
TEL;TYPE=work:+44 20 7224 3688
EMAIL:shop@holmes-museum.example
END:VCARD""")

neg("hl7", "en", """MSH|^~\\&|TESTHARNESS|LAB|EHR|LAB|202403110900||ADT^A01|TEST0001|T|2.5
PID|1||000000^^^TEST^MR||TEST^PATIENT^A||19000101|U|||123 TEST STREET^^ANYTOWN^^00000||(000)000-0000
PV1|1|I|TESTWARD^^^LAB||||000^DOCTOR^TEST
NTE|1||Synthetic message for interface validation only. Processing ID T = test.""")

neg("code", "en", """def test_is_public_ip():
    assert not is_public("192.0.2.10")       # TEST-NET-1 (RFC 5737)
    assert not is_public("198.51.100.7")     # TEST-NET-2
    assert not is_public("203.0.113.254")    # TEST-NET-3
    assert not is_public("2001:db8::42")     # documentation prefix (RFC 3849)
    assert not is_public("127.0.0.1")
    assert is_public("8.8.8.8")""")

neg("json", "en", """{
  "full_name": "kestrel-labs/atlas",
  "owner": {"login": "kestrel-labs", "type": "Organization"},
  "default_branch": "main",
  "latest_release": {"tag_name": "v3.14.0.2", "published_at": "2024-03-08T14:22:10Z",
                     "target_commitish": "4b825dc642cb6eb9a060e54bf8d69288fbee4904"},
  "committer_email": "noreply@github.com"
}""")

neg("log", "de", """# anonymisiertes Zugriffsprotokoll (DSGVO) - IPs gekürzt, E-Mails gehasht
91.142.xxx.xxx - - [12/Mar/2024:08:14:02 +0100] "GET /newsletter/abmelden?u=sha256:5e884898da28047151d0e56f8dc62927 HTTP/2" 200
10.4.x.x - - [12/Mar/2024:08:14:07 +0100] "GET /health HTTP/1.1" 200
Version 4.18.2.1, Build 20240311.3, Laufzeit 0.42 s""")

neg("config", "fr", """apiVersion: v1
kind: ConfigMap
metadata:
  name: bastion-authorized-keys
data:
  authorized_keys: |
    ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK7yQ2m3f9Xw4Lp8Tr2Vc6Zn1Bq5Hd0Js7Ga2Ue4Oi deploy@ci
  # clé publique uniquement - la clé privée reste dans le coffre""")

neg("csv", "es", """referencia;modelo;ean;stock;precio
XR-4418-2207;Auriculares inalámbricos XR;8435441822077;120;49,90
TV-5520-0441;Televisor 55" 4K;8435441822084;14;529,00
PH-1182-2207;Móvil 128 GB versión 2.1.4.0;8435441822091;66;299,00""")

neg("html", "ja", """<footer class="company">
  <p>株式会社サンプル精機（本社：浜松市）</p>
  <p>代表電話：053-000-0000　受付時間 平日9:00〜17:00</p>
  <p>お問い合わせ：<a href="mailto:info@sample-seiki.example.jp">info@sample-seiki.example.jp</a></p>
  <p>法人番号 1234567890123 ／ 適格請求書発行事業者登録番号 T1234567890123</p>
</footer>""")

neg("sql", "ru", """-- шаблон для демонстрации отчёта (тестовые данные, не реальные лица)
INSERT INTO clients (fio, birth_date, phone, email) VALUES
('Иванов Иван Иванович', '1900-01-01', '+7 (000) 000-00-00', 'test@example.ru'),
('Петров Пётр Петрович', '1900-01-01', '+7 (000) 000-00-00', 'test2@example.ru');""")

neg("log", "pt", """2024-03-11 10:02:11 INFO  [cadastro] CPF ***.418.227-** validado (mascarado)
2024-03-11 10:02:11 INFO  [cadastro] telefone (**) *****-3120 verificado por SMS
2024-03-11 10:02:12 WARN  [antifraude] score 0.12 - versão do modelo 2.7.0.1
2024-03-11 10:02:12 INFO  [api] POST /v2/clientes 201 em 88 ms""")

neg("config", "zh", """# 对象存储配置模板 - 请替换为你自己的密钥，不要提交真实值
oss:
  endpoint: https://oss-cn-hangzhou.aliyuncs.com
  access_key_id: YOUR_ACCESS_KEY_ID
  access_key_secret: YOUR_ACCESS_KEY_SECRET
  bucket: demo-bucket
  callback_url: https://{{USER}}:{{PASS}}@callback.example.cn/notify""")

neg("ticket", "pl", """Zgłoszenie #OPS-7712 - okno serwisowe 16.03.2024 22:00-02:00
- migracja podsieci 10.20.0.0/16 do nowego VLAN-u 120, maska 255.255.0.0
- testy z adresów dokumentacyjnych 198.51.100.0/24
- aktualizacja firmware przełączników do 16.12.4.1
Kontakt dyżurny: noc@firma-przyklad.pl, infolinia wewnętrzna 800 000 000""")

neg("receipt", "nl", """PARKEERGARAGE CENTRUM - Gemeente Zwolle
Ticket 4418220771    In: 11-03-2024 09:12   Uit: 11-03-2024 13:47
Parkeerduur 4u35m    Tarief € 2,80/u
Totaal € 13,07       Betaald met pin **** 4417
BTW 21% inbegrepen - Klantenservice 14 038""")

neg("csv", "it", """comune;provincia;centralino;pec;sito
Cremona;CR;0372 4071;protocollo@comunedicremona.example.it;www.comune.cremona.example.it
Lodi;LO;0371 4091;comunedilodi@pec.example.it;www.comune.lodi.example.it
Pavia;PV;0382 3991;protocollo@pec.comune.pavia.example.it;www.comune.pavia.example.it""")

neg("json", "he", """{"flight": "LY 318", "from": "TLV", "to": "FCO",
 "scheduled": "2024-03-12T06:10:00+02:00", "status": "בזמן",
 "gate": "B7", "terminal": "3", "aircraft": "B787-9 4X-EDF",
 "support": "מוקד שירות *9600"}""")

neg("log", "ko", """[2024-03-11 09:00:01] 배포 파이프라인 시작 - 버전 v7.2.0.14
[2024-03-11 09:00:44] 이미지 빌드 완료 sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
[2024-03-11 09:01:10] 헬스체크 127.0.0.1:8080/healthz OK
[2024-03-11 09:01:12] 배포 완료 (담당: 플랫폼팀)""")

neg("xml", "tr", """<?xml version="1.0" encoding="UTF-8"?>
<Invoice>
  <cbc:ID>EFT2024000004418</cbc:ID>
  <AccountingSupplierParty><PartyName>Ege Makina San. A.Ş.</PartyName><VKN>1234567890</VKN><CityName>İzmir</CityName></AccountingSupplierParty>
  <AccountingCustomerParty><PartyName>Marmara Lojistik Ltd. Şti.</PartyName><VKN>9876543210</VKN><CityName>Kocaeli</CityName></AccountingCustomerParty>
  <PayableAmount currencyID="TRY">48200.00</PayableAmount>
</Invoice>""")

neg("travel", "sv", """TRAFIKINFORMATION - SJ-exempel, tisdag 12 mars
Tåg 541 Stockholm C 07:21 - Göteborg C 10:25: cirka 20 min försenat (signalfel vid Flemingsberg)
Tåg 423 Göteborg C 08:00 - Stockholm C 11:05: enligt tidtabell
Kundservice: 0771-75 75 75. Ersättning söks via webben med bokningsnummer.""")

neg("sql", "da", """-- skema for kunderegister (ingen persondata i denne fil)
CREATE TABLE kunde (
  kunde_id     INT PRIMARY KEY,
  cpr_hash     CHAR(64),        -- SHA-256 af CPR, aldrig klartekst
  oprettet     DATE DEFAULT CURRENT_DATE
);
INSERT INTO indstillinger VALUES ('support_tlf', '70 10 20 30'), ('cvr', '12345678');""")

neg("report", "fi", """EDUSKUNTAVAALIT 2023 - HELSINGIN VAALIPIIRI (valitut, ote)
Elina Valtonen        KOK   34 402 ääntä
Li Andersson          VAS   30 201 ääntä
Sanna Marin ei ollut ehdokkaana tässä vaalipiirissä.
Lähde: oikeusministeriön tulospalvelu, päivitetty 3.4.2023""")

neg("medical", "cs", """PŘÍBALOVÁ INFORMACE: Ibuprofen 400 mg potahované tablety
Dospělí: 1 tableta 3x denně, nejvýše 1200 mg za den. Užívejte s jídlem.
Č. šarže: IB4418B   Použitelné do: 10/2026   Reg. č.: 07/441/18-C
Při předávkování volejte Toxikologické informační středisko 224 919 293 nebo 155.""")

neg("letter", "hu", """Tisztelt Ügyfelünk!
Tájékoztatjuk, hogy a 2024. április 1-jétől érvényes díjváltozás a 4418220771 számú
felhasználási helyet is érinti. Ügyfélazonosító: 300441822. Részletek: www.aramszolgaltato-pelda.hu
Ügyfélszolgálat: 06 80 000 000 (ingyenes). Üdvözlettel: Ügyfélkapcsolati Osztály""")

neg("ticket", "el", """Αίτημα #SRV-2207 - Ανανέωση πιστοποιητικού SSL
Διακομιστής: web-prod-02 (εικονική μηχανή), εύρος 10.10.0.0/24, μάσκα 255.255.255.0
Πιστοποιητικό: SHA-256 fingerprint 3B:8F:2A:91:C4:77:0E:5D:19:AA:41:6C:F0:82:B7:33:D5:E9:12:4C:68:A1:0F:97:2E:5B:C3:84:71:D0:9A:16
Λήξη: 31/03/2024. Υπεύθυνη ομάδα: Λειτουργίες (ops@etairia-paradeigma.gr)""")

neg("config", "ar", """# إعدادات nginx لموقع الشركة - الإصدار 1.25.4
server {
    listen 0.0.0.0:443 ssl;
    ssl_certificate     /etc/ssl/certs/site.crt;   # شهادة عامة
    ssl_certificate_key /etc/ssl/private/site.key; # المفتاح في الخزنة فقط
    set_real_ip_from 10.0.0.0/8;
}""")

neg("report", "hi", """स्कोरकार्ड - भारत बनाम ऑस्ट्रेलिया, तीसरा वनडे (सार)
विराट कोहली      89 (94)
रोहित शर्मा       57 (61)
जसप्रीत बुमराह   3/41 (10 ओवर)
स्रोत: आधिकारिक प्रसारक, मैच संख्या 4418""")

neg("receipt", "vi", """QUÁN CÀ PHÊ MẪU - MST 0312345678
Hóa đơn số 004418      11/03/2024 08:14
1 x Cà phê sữa đá        29.000
1 x Bánh mì ốp la        35.000
TỔNG                     64.000 đ
Thẻ **** 4417 - Mã chuẩn chi 441822. Hotline 1900 0000""")

neg("log", "id", """[2024-03-11 10:14:02] production.INFO: Checkout berhasil {"order":"INV/20240311/4418","user_id":"***","amount":125000}
[2024-03-11 10:14:02] production.DEBUG: Webhook payload disensor: {"card":"411111******1111","email":"[REDACTED]"}
[2024-03-11 10:14:03] production.INFO: Laravel v10.48.2 (PHP 8.2.16) - memory 18MB""")

neg("code", "uk", """# тести валідатора IBAN - лише приклади з документації
def test_iban_examples():
    assert is_valid_iban("UA21 3223 1300 0002 6007 2335 6600 1")   # приклад з реєстру IBAN
    assert not is_valid_iban("UA00 0000 0000 0000 0000 0000 0000 0")
    assert VERSION == "1.3.0.7"
""")

neg("sql", "th", """-- ตารางสินค้า (ข้อมูลตัวอย่าง)
INSERT INTO products (sku, name_th, barcode, price) VALUES
('TH-4418-01', 'หูฟังไร้สาย รุ่น 2.1.4', '8850441822077', 1290.00),
('TH-4418-02', 'สายชาร์จ USB-C 1 ม.', '8850441822084', 199.00);""")

neg("config", "bg", """# docker-compose.yml - всички тайни идват от .env
services:
  app:
    image: registry.example.bg/portal:3.2.1
    environment:
      DB_PASSWORD: ${DB_PASSWORD}
      SMTP_URL: smtp://${SMTP_USER}:${SMTP_PASS}@smtp.example.bg:587
      SUPPORT_EMAIL: podkrepa@example.bg""")

neg("gov", "sk", """ÚRADNÁ TABUĽA - Oznámenie o uzávierke cesty
Mestský úrad oznamuje, že v dňoch 18. - 22. 3. 2024 bude uzavretá Obchodná ulica v úseku
od Námestia SNP po Hurbanovo námestie z dôvodu opravy kanalizácie.
Informácie: Magistrát, Primaciálne námestie 1, Bratislava, tel. 02/593 56 111 (ústredňa).""")

neg("travel", "lt", """AUTOBUSŲ TVARKARAŠTIS Vilnius - Kaunas (galioja nuo 2024-03-01)
Išvyksta 06:00, 06:45, 07:30, 08:15 ... kas 45 min. iki 21:45
Kelionės trukmė apie 1 val. 30 min. Bilietai: www.autobusai-pavyzdys.lt
Informacija: 1661 (darbo dienomis 8-20 val.)""")

neg("html", "hr", """<section class="znamenitosti">
  <h2>Dioklecijanova palača</h2>
  <p>Rimski car Dioklecijan (oko 244. - 311.) dao je izgraditi palaču krajem 3. stoljeća.</p>
  <p>Ulaz s Rive, radno vrijeme 8-20 h. Informacije: info@visit-split.example.hr, +385 21 000 000 (turistički ured)</p>
</section>""")

neg("shell", "nb", """$ git remote -v
origin  git@github.com:eksempel-as/fakturering.git (fetch)
origin  git@github.com:eksempel-as/fakturering.git (push)
$ docker images --digests | head -2
REPOSITORY   TAG      DIGEST                                                                    IMAGE ID
faktura      6.2.1    sha256:2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824   4418220771ab""")

# ---------------------------------------------------------------- address / date-of-birth heavy records
pos("csv", "nl", """klantnummer;oud_adres;nieuw_adres;ingangsdatum
300441822;[[A|Vinkenstraat 41-2, 1013 JT Amsterdam]];[[A|Kerkweg 7, 1611 AB Bovenkarspel]];2024-04-01
300441823;[[A|Oranjeplein 118, 6224 KL Maastricht]];[[A|Postbus 2207, 6201 BE Maastricht]];2024-03-15
300441824;[[A|Lange Nieuwstraat 12 bis, 3512 PE Utrecht]];[[A|Ouderijnseweg 3, 3481 LA Harmelen]];2024-03-20
300441825;[[A|Grote Markt 9A, 9711 LV Groningen]];[[A|Hereweg 77 rood, 9725 AE Groningen]];2024-05-01""")

pos("report", "es", """HOJA DE RUTA - reparto 12/03/2024, furgoneta 7 (zona Chamberí)
09:10  [[A|C/ Fuencarral 141, 4º izq., 28010 Madrid]]       tel. [[P|612 44 18 20]]
09:25  [[A|C/ de Trafalgar 22, bajo B, 28010 Madrid]]       tel. [[P|+34 699 207 718]]
09:40  [[A|Plaza de Olavide 7, 3º C, 28010 Madrid]]        tel. [[P|91 441 82 27]]
10:05  [[A|C/ Santa Engracia 88, ático, 28010 Madrid]]     tel. [[P|677 018 442]]
Incidencias: ninguna. Repartidor: furgoneta 7, turno de mañana.""")

pos("log", "it", """2024-03-11 09:14:02 geocoder INFO  req=8812 query="[[A|Via Po 18, 10123 Torino]]" -> 45.0686,7.6931
2024-03-11 09:14:05 geocoder INFO  req=8813 query="[[A|Corso Buenos Aires 64, 20124 Milano]]" -> 45.4812,9.2101
2024-03-11 09:14:09 geocoder WARN  req=8814 query="[[A|Vicolo del Cedro 3, 00153 Roma]]" -> risultato approssimato
2024-03-11 09:14:12 geocoder INFO  req=8815 query="[[A|Via Toledo 256, 80134 Napoli]]" -> 40.8445,14.2488""")

pos("report", "pt", """LEITURA DE CONTADORES DE ÁGUA - Freguesia de Campanhã, 11/03/2024
Contador  Morada                                          Leitura (m3)
A-44182   [[A|Rua de Pinto Bessa 418, 2.º Esq., 4300-428 Porto]]   1 182
A-44183   [[A|Travessa do Falcão 7, r/c, 4300-183 Porto]]          407
A-44184   [[A|Rua do Heroísmo 220, 4300-259 Porto]]                2 077
A-44185   [[A|Bairro do Lagarteiro, Bloco 3, Ent. 12, Casa 21, 4300-314 Porto]]  918""")

pos("report", "tr", """KARGO DAĞITIM LİSTESİ - Şube: Çankaya, Kurye No: 14, 12.03.2024
1) [[A|Tunalı Hilmi Cad. No: 88/7, 06680 Çankaya/Ankara]]   Tel: [[P|0532 441 82 20]]
2) [[A|Kuzgun Sok. No: 12 Daire: 4, 06690 Çankaya/Ankara]]  Tel: [[P|0505 220 77 18]]
3) [[A|Ahmet Haşim Cad. 41/3, 06690 Çankaya/Ankara]]        Tel: [[P|0312 441 18 22]]
4) [[A|Bestekar Sok. No: 9 Kat: 2, 06680 Kavaklıdere/Ankara]] Tel: [[P|0544 771 04 42]]""")

pos("json", "pl", """{"projekt": "badanie-kohortowe-2024", "uwaga": "dane pseudonimizowane, ale z datą urodzenia i adresem",
 "rekordy": [
  {"id": "K-0441", "data_urodzenia": "[[D|1958-03-17]]", "plec": "K", "ulica": "[[A|ul. Kościuszki 41/2]]", "kod": "50-011"},
  {"id": "K-0442", "data_urodzenia": "[[D|1961-11-02]]", "plec": "M", "ulica": "[[A|ul. Legnicka 118 m. 9]]", "kod": "54-206"},
  {"id": "K-0443", "data_urodzenia": "[[D|1949-07-30]]", "plec": "K", "ulica": "[[A|pl. Grunwaldzki 7/14]]", "kod": "50-377"},
  {"id": "K-0444", "data_urodzenia": "[[D|1970-01-09]]", "plec": "M", "ulica": "[[A|ul. Ślężna 22]]", "kod": "53-302"}
 ]}""")

pos("csv", "en", """record_id,date_of_birth,sex,home_address,enrolled
R-10441,[[D|1948-06-02]],F,"[[A|88 Ferncliff Rd, Duluth, MN 55803]]",2023-11-14
R-10442,[[D|1955-12-19]],M,"[[A|4207 W 4th St, Duluth, MN 55807]]",2023-11-14
R-10443,[[D|1962-09-08]],F,"[[A|PO Box 118, Two Harbors, MN 55616]]",2023-11-20
R-10444,[[D|1939-04-25]],M,"[[A|301 N 40th Ave E Apt 7, Duluth, MN 55804]]",2023-12-01
R-10445,[[D|1971-02-14]],F,"[[A|5512 Oneota St, Duluth, MN 55807]]",2024-01-09""")

pos("json", "de", """{"geocache": [
  {"adresse": "[[A|Kastanienweg 12, 79100 Freiburg im Breisgau]]", "lat": 47.9812, "lon": 7.8377, "quelle": "nutzer-eingabe"},
  {"adresse": "[[A|Wiehre, Talstraße 41a, 79102 Freiburg]]", "lat": 47.9871, "lon": 7.8601, "quelle": "nutzer-eingabe"},
  {"adresse": "[[A|Schwarzwaldstraße 118, WG 3, 79117 Freiburg]]", "lat": 47.9902, "lon": 7.8733, "quelle": "nutzer-eingabe"},
  {"adresse": "Freiburg Hauptbahnhof", "lat": 47.9977, "lon": 7.8412, "quelle": "poi"}
]}""")

pos("csv", "ru", """id_подписчика;адрес_доставки;телефон;издание;срок
П-441822;[[A|ул. Гоголя, д. 18, кв. 4, Томск, 634050]];[[P|+7 913 882-20-77]];«Вечерний город»;до 30.06.2024
П-441823;[[A|пр. Кирова, д. 41, кв. 77, Томск, 634041]];[[P|8 (3822) 44-18-22]];«Вечерний город»;до 31.12.2024
П-441824;[[A|ул. Учебная, д. 7, корп. 2, кв. 118, Томск, 634034]];[[P|+7 952 771-04-42]];«Садовод»;до 30.09.2024
П-441825;[[A|с. Богашёво, ул. Школьная, д. 3]];[[P|+7 913 220-18-77]];«Садовод»;до 31.12.2024""")

pos("log", "ja", """2024-03-11 18:02:11 INFO  配達アプリ 再配達受付 住所=[[A|神奈川県横浜市港北区日吉本町1-22-7 日吉コート305]] 希望=19-21時
2024-03-11 18:04:40 INFO  配達アプリ 再配達受付 住所=[[A|埼玉県さいたま市浦和区岸町4-18-2]] 希望=翌日午前
2024-03-11 18:05:02 WARN  配達アプリ 住所不明 住所=[[A|千葉県船橋市本町7-11-4 ハイム本町201]] 端末IP=[[IP|126.209.44.18]]""")

pos("json", "fr", """{"extraction": "cohorte-santé-2024 (pseudonymisée)",
 "patients": [
  {"id": "PX-7701", "date_naissance": "[[D|14/02/1951]]", "adresse": "[[A|12 rue des Tanneurs, 67000 Strasbourg]]"},
  {"id": "PX-7702", "date_naissance": "[[D|03/08/1966]]", "adresse": "[[A|5 place de la Cathédrale, appt 4, 68000 Colmar]]"},
  {"id": "PX-7703", "date_naissance": "[[D|29/11/1943]]", "adresse": "[[A|Lieu-dit Le Moulin, 67140 Barr]]"},
  {"id": "PX-7704", "date_naissance": "[[D|17/05/1979]]", "adresse": "[[A|41 avenue de Colmar, 68100 Mulhouse]]"}
 ]}""")

pos("log", "en", """2024-03-12 02:14:07 fail2ban.actions [1182]: NOTICE [sshd] Ban [[IP|45.95.147.236]]
2024-03-12 02:31:40 fail2ban.actions [1182]: NOTICE [sshd] Ban [[IP|193.32.162.78]]
2024-03-12 03:02:11 fail2ban.actions [1182]: NOTICE [nginx-http-auth] Ban [[IP|82.165.71.209]]
2024-03-12 08:40:55 fail2ban.actions [1182]: NOTICE [sshd] Unban [[IP|86.12.204.118]] (requested by helpdesk: customer locked out)
2024-03-12 09:00:00 fail2ban.server  [1182]: INFO  Jail 'sshd' uses pyinotify, version 1.0.1""")

pos("config", "cs", """# /export compact - MikroTik hAP, chata [[N|Novotných]]
/interface wireless security-profiles
set [ find default=yes ] authentication-types=wpa2-psk mode=dynamic-keys wpa2-pre-shared-key="[[K|Chata2024!Lipno]]"
/ip dhcp-server lease
add address=[[IP|192.168.88.20]] mac-address=[[MAC|00:11:32:7A:0C:44]] comment="NAS"
add address=[[IP|192.168.88.21]] mac-address=[[MAC|C8:3A:35:1D:92:E0]] comment="kamera"
add address=[[IP|192.168.88.30]] mac-address=[[MAC|5C:E9:1E:40:77:A1]] comment="telefon"
""")

pos("config", "es", """# .env.production - tienda (copiado por error en el wiki)
REDSYS_SECRET_KEY=[[K|Xk4LmQ9wT2rZ7pV1nB8cY3hD6fG0sJ5a]]
DATABASE_URL=[[U|mysql://tienda:Gu4dalqu1vir@10.8.1.20:3306/tienda]]
MAIL_FROM=pedidos@tienda-ejemplo.es
APP_VERSION=4.2.0""")

pos("log", "ko", """[2024-03-11 10:14:02] INFO  POST /api/v2/orders 201 client_ip=[[IP|121.134.22.87]]
[2024-03-11 10:14:02] DEBUG 요청 헤더 Authorization: Bearer [[K|eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOjQ0MTgyMiwiZXhwIjoxNzEwMjAwMDAwfQ.kQ7vX2pL9mZr4Tn8Wc3Yb6Hd1Fs5Ju0Ge2Ai7Oe]]
[2024-03-11 10:14:03] INFO  POST /api/v2/orders 201 client_ip=[[IP|39.7.48.201]]
[2024-03-11 10:14:05] WARN  토큰 로깅 금지 규칙 위반 - 보안팀 확인 필요""")

# ---------------------------------------------------------------- a few more hard negatives
neg("csv", "de", """haltestelle;linie;abfahrt;steig
Karlsplatz (Stachus);S1;07:42;2
Marienplatz;U3;07:45;1
Max-Weber-Platz;Tram 19;07:51;B
Hinweis: Ersatzverkehr in der Rosenheimer Straße bis 22.03.2024, Info-Hotline 089 41 42 43 44""")

neg("json", "fr", """{"evenement": "Fête de la musique 2024",
 "scenes": [
   {"nom": "Scène Victor-Hugo", "lieu": "place Victor-Hugo", "ouverture": "18:00"},
   {"nom": "Scène des Quais", "lieu": "quai Jean-Moulin", "ouverture": "19:30"}
 ],
 "contact_presse": "presse@ville-exemple.fr", "standard": "04 00 00 00 00"}""")

neg("log", "es", """2024-03-11 10:02:11 INFO  [pagos] Tarjeta de prueba 4242 4242 4242 4242 aceptada (entorno sandbox)
2024-03-11 10:02:12 INFO  [pagos] IBAN de ejemplo ES91 2100 0418 4502 0005 1332 validado
2024-03-11 10:02:12 DEBUG [pagos] titular: <REDACTADO>, email: <REDACTADO>
2024-03-11 10:02:13 INFO  [api] versión 3.10.2.4 en 127.0.0.1:8000""")

neg("xml", "it", """<?xml version="1.0" encoding="UTF-8"?>
<Evento id="4418">
  <Titolo>Concerto di Capodanno</Titolo>
  <Luogo>Piazza del Plebiscito, Napoli</Luogo>
  <Artista>Orchestra del Teatro di San Carlo</Artista>
  <Biglietteria telefono="081 000 0000" email="biglietteria@teatro-esempio.it"/>
</Evento>""")

neg("receipt", "pl", """PARAGON FISKALNY            Sklep Spożywczy "Pod Lipami" Sp. z o.o., Lublin
NIP 946-000-00-00        11.03.2024 18:02   nr 4418
Chleb żytni 1 szt.                     6,49
Masło 200 g                            8,99
SUMA PLN                              15,48
Karta **** **** **** 4417   Terminal 00441822""")

neg("ticket", "en", """INC-88213 - false positive in DLP scanner
The scanner flagged "Order 4532-0120-4418-2207" in a PDF; it is an internal order id format, not a card.
It also flagged the example key AKIAIOSFODNN7EXAMPLE from our onboarding docs and the landmark
"Champ de Mars, 5 Avenue Anatole France" (Eiffel Tower) used in a geocoding unit test.
Resolution: allow-listed the three patterns. No customer data involved.""")

pos("log", "pt", """# gateway-pagamentos.log (nível DEBUG ligado por engano em produção - incidente INC-4418)
2024-03-11 14:02:11 DEBUG autorizar pan=[[C|<<c1>>]] validade=09/27 ip_cliente=[[IP|189.40.118.22]]
2024-03-11 14:02:40 DEBUG autorizar pan=[[C|<<c2>>]] validade=01/26 ip_cliente=[[IP|177.92.4.180]]
2024-03-11 14:03:05 DEBUG autorizar pan=[[C|<<c3>>]] validade=11/28 ip_cliente=[[IP|200.152.33.71]]
2024-03-11 14:03:06 WARN  mascaramento desativado - corrigir antes do próximo deploy""",
    c1=card("651652004418220", sep=""), c2=card("540612207704418", sep=""), c3=card("636368044182207", sep=""))

pos("sql", "en", """-- legacy_orders.sql (found on an old backup drive, PCI incident 2024-07)
INSERT INTO orders (order_no, cardholder, pan, exp, billing_street, billing_zip) VALUES
(100441, '[[N|Prudence Galloway]]', '[[C|<<c1>>]]', '04/25', '[[A|812 Tamarack Ln]]', '80521'),
(100442, '[[N|Osei Boateng]]', '[[C|<<c2>>]]', '12/26', '[[A|1907 Elmhurst Ave Apt 2]]', '80524'),
(100443, '[[N|Rutger Vanstone]]', '[[C|<<c3>>]]', '07/25', '[[A|44 Rimrock Ct]]', '80526');""",
    c1=card("601122070441822", sep="-", groups=(4, 4, 4, 4)), c2=card("542418822077044"),
    c3=card("453201204418220", sep=""))

emit("blind25", cases)
